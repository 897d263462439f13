"""Execute the example notebooks (CI): a failing cell fails the run."""

from __future__ import annotations

import sys
from pathlib import Path

import nbformat
from nbclient import NotebookClient

HERE = Path(__file__).resolve().parent


def main() -> int:
    for path in sorted(HERE.glob("*.ipynb")):
        nb = nbformat.read(path, as_version=4)
        NotebookClient(
            nb, timeout=300, kernel_name="python3", resources={"metadata": {"path": str(HERE)}}
        ).execute()
        print(f"executed {path.name}: {len(nb.cells)} cells")
    return 0


if __name__ == "__main__":
    sys.exit(main())
