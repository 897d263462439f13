"""The code examples of README.md and docs/*.md run as written and show what they give.

The full check (also ``mypy --strict`` over the examples) is ``scripts/check_docs.py``, a CI
step of ``.ci/run``; this test runs the examples so that ``pytest`` alone catches a page that
drifts from the library.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SCRIPT = ROOT / "scripts" / "check_docs.py"

pytestmark = pytest.mark.skipif(not SCRIPT.exists(), reason="scripts/ not in this tree")


def _check_docs() -> object:
    spec = importlib.util.spec_from_file_location("check_docs", SCRIPT)
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["check_docs"] = module
    spec.loader.exec_module(module)
    return module


PAGES = [ROOT / "README.md", *sorted((ROOT / "docs").glob("*.md"))]


@pytest.mark.parametrize("page", PAGES, ids=[p.name for p in PAGES])
def test_page_examples_run_and_show_what_they_give(page: Path) -> None:
    if "to_dataframe" in page.read_text(encoding="utf-8"):
        pytest.importorskip("pandas")  # the page shows the optional pandas extra
    check_docs = _check_docs()
    failures = check_docs.run(check_docs.program(page))  # type: ignore[attr-defined]
    assert failures == []


def test_a_wrong_shown_value_is_caught(tmp_path: Path) -> None:
    check_docs = _check_docs()
    page = ROOT / "docs" / "_wrong_example.md"
    page.write_text(
        "```python\nfrom inovasi_daerah import iga\n\niga.edition(2026).id  # -> 'iga-2025'\n```\n"
    )
    try:
        failures = check_docs.run(check_docs.program(page))  # type: ignore[attr-defined]
    finally:
        page.unlink()
    assert len(failures) == 1
    assert "gives 'iga-2026'" in failures[0]
