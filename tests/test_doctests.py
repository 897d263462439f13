"""The docstring examples of every module, run against the package as imported.

The doctests run from the installed package (editable or not), not by collecting ``src/`` by
path: from an sdist or a wheel install, collecting ``src`` imported each module twice and
failed with import-mismatch errors (issue 9).
"""

from __future__ import annotations

import doctest
import importlib
import pkgutil

import pytest

import inovasi_daerah

FLAGS = doctest.NORMALIZE_WHITESPACE | doctest.ELLIPSIS

MODULES = sorted(
    info.name
    for info in pkgutil.walk_packages(inovasi_daerah.__path__, "inovasi_daerah.")
    if not info.name.endswith("__main__")
)


def test_modules_found() -> None:
    assert "inovasi_daerah.iga.registry" in MODULES
    assert len(MODULES) > 50


@pytest.mark.parametrize("name", ["inovasi_daerah", *MODULES])
def test_doctests(name: str) -> None:
    module = importlib.import_module(name)
    finder = doctest.DocTestFinder(exclude_empty=True)
    runner = doctest.DocTestRunner(optionflags=FLAGS)
    report: list[str] = []
    for test in finder.find(module, name):
        runner.run(test, out=report.append)
    results = runner.summarize(verbose=False)
    assert results.failed == 0, "".join(report)
