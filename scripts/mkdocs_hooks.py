"""MkDocs hook: render docs/notebooks/*.ipynb as site pages, with no extra dependency.

Each notebook becomes ``notebooks/<name>.md`` in the build: its markdown cells as they are,
its code cells as ``python`` blocks (the notebook is executed in CI by
``docs/notebooks/run.py``; stored outputs, if any, are shown as text). The page is listed in
``nav`` of mkdocs.yml like any other.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.files import File, Files


def notebook_markdown(path: Path) -> str:
    """The notebook at ``path`` as a Markdown page (a link to download it at the end)."""
    nb = json.loads(path.read_text(encoding="utf-8"))
    out: list[str] = []
    for cell in nb.get("cells", []):
        source = "".join(cell.get("source", []))
        if cell.get("cell_type") == "markdown":
            out.append(source)
        elif cell.get("cell_type") == "code" and source.strip():
            out.append(f"```python\n{source}\n```")
            for output in cell.get("outputs", []):
                text = output.get("text") or output.get("data", {}).get("text/plain")
                if text:
                    out.append("```text\n" + "".join(text).rstrip() + "\n```")
    out.append(f"[Download the notebook]({path.name}) and run it with Jupyter.")
    return "\n\n".join(out) + "\n"


def on_files(files: Files, config: MkDocsConfig, **kwargs: Any) -> Files:
    """Add a generated page for every notebook of docs/notebooks."""
    docs = Path(config["docs_dir"])
    for path in sorted((docs / "notebooks").glob("*.ipynb")):
        uri = f"notebooks/{path.stem}.md"
        files.append(File.generated(config, uri, content=notebook_markdown(path)))
    return files
