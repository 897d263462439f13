"""Check the code examples of README.md and docs/*.md: type-checked and run as written.

Every fenced ``python`` block of a page belongs to one program (the blocks of a page follow
each other, as a reader runs them). The program is

1. type-checked with ``mypy --strict`` exactly as written, and
2. executed from the repository root; a line ``EXPR  # -> VALUE`` asserts that EXPR equals
   VALUE (VALUE is Python, evaluated in the page's namespace, e.g. ``Decimal('27')``).

Usage: ``python scripts/check_docs.py [--no-mypy] [FILE.md ...]`` (default: README.md and
docs/*.md). Exit status 1 when an example fails, with the page and line.
"""

from __future__ import annotations

import argparse
import ast
import contextlib
import io
import re
import subprocess
import sys
import tempfile
import traceback
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FENCE = re.compile(r"^```python\s*$")
ARROW = re.compile(r"^(?P<indent>\s*)(?P<expr>.+?)\s+# -> (?P<expected>.+?)\s*$")


def _rel(page: Path) -> Path:
    return page.relative_to(ROOT) if page.is_relative_to(ROOT) else page


@dataclass(frozen=True)
class Line:
    """One line of a page's program and where it is in the page."""

    text: str
    page: Path
    number: int


def program(page: Path) -> list[Line]:
    """The python blocks of ``page``, one after another (a blank line between blocks)."""
    out: list[Line] = []
    inside = False
    for n, text in enumerate(page.read_text(encoding="utf-8").splitlines(), 1):
        if not inside and FENCE.match(text):
            inside = True
            continue
        if inside and text.startswith("```"):
            inside = False
            out.append(Line("", page, n))
            continue
        if inside:
            out.append(Line(text, page, n))
    if inside:
        raise SystemExit(f"{page}: unclosed ```python block")
    return out


def place(lines: list[Line]) -> str:
    """Source with each line at its line number in the page (tracebacks and mypy agree)."""
    out: list[str] = []
    for line in lines:
        out.extend([""] * (line.number - 1 - len(out)))
        out.append(line.text)
    return "\n".join(out) + "\n"


def arrows(lines: list[Line]) -> list[tuple[int, str, str]]:
    """``(index, expr, expected)`` of the ``# -> `` lines; each must be one expression."""
    found = []
    for i, line in enumerate(lines):
        m = ARROW.match(line.text)
        if not m:
            continue
        for part in (m["expr"], m["expected"]):
            try:
                ast.parse(part.strip(), mode="eval")
            except SyntaxError as e:
                where = f"{_rel(line.page)}:{line.number}"
                raise SystemExit(f"{where}: '# ->' needs a one-line expression: {e}") from None
        found.append((i, m["expr"], m["expected"]))
    return found


def run(lines: list[Line]) -> list[str]:
    """Execute the page's program; the failures (page:line and what went wrong)."""
    with contextlib.chdir(ROOT):  # pages name files relative to the repository root
        return _run(lines)


def _run(lines: list[Line]) -> list[str]:
    checks = {i: (expr, expected) for i, expr, expected in arrows(lines)}
    namespace: dict[str, object] = {"__name__": "__docs__"}
    failures: list[str] = []
    chunk_lines: list[Line] = []

    def flush() -> bool:
        if not chunk_lines:
            return True
        source = place(chunk_lines)
        try:
            code = compile(source, str(_rel(chunk_lines[0].page)), "exec")
            with contextlib.redirect_stdout(io.StringIO()):
                exec(code, namespace)
        except Exception:
            failures.append(traceback.format_exc(limit=-1))
            return False
        finally:
            chunk_lines.clear()
        return True

    # Lines are run in statements grouped up to each '# ->' line, which is then checked.
    for i, line in enumerate(lines):
        if i in checks:
            if not flush():
                return failures
            expr, expected = checks[i]
            where = f"{_rel(line.page)}:{line.number}"
            try:
                with contextlib.redirect_stdout(io.StringIO()):
                    got = eval(expr.strip(), namespace)
                want = eval(expected.strip(), namespace)
            except Exception:
                failures.append(f"{where}: {traceback.format_exc(limit=-1)}")
                return failures
            if got != want:
                failures.append(f"{where}: {expr.strip()} gives {got!r}, the page shows {want!r}")
            continue
        chunk_lines.append(line)
    flush()
    return failures


def typecheck(pages: dict[Path, list[Line]]) -> list[str]:
    """``mypy --strict`` over each page's program as written; the error lines, by page."""
    failures: list[str] = []
    with tempfile.TemporaryDirectory() as tmp:
        files: dict[str, Path] = {}
        for page, lines in pages.items():
            if not any(line.text.strip() for line in lines):
                continue
            name = re.sub(r"\W", "_", str(_rel(page))) + ".py"
            Path(tmp, name).write_text(place(lines))
            files[name] = page
        if not files:
            return []
        proc = subprocess.run(
            [sys.executable, "-m", "mypy", "--strict", "--no-incremental",
             "--config-file", str(ROOT / "pyproject.toml"), *sorted(files)],
            cwd=tmp, capture_output=True, text=True, check=False,
        )  # fmt: skip
        for text in proc.stdout.splitlines():
            m = re.match(r"^(?P<file>[^:]+\.py):(?P<line>\d+): (?P<msg>error: .*)$", text)
            if not m:
                continue
            page = files[Path(m["file"]).name]
            failures.append(f"{_rel(page)}:{m['line']}: mypy {m['msg']}")
        if proc.returncode not in (0, 1):
            failures.append(f"mypy did not run: {proc.stderr.strip()}")
    return failures


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("pages", nargs="*", type=Path)
    parser.add_argument("--no-mypy", action="store_true", help="only run the examples")
    args = parser.parse_args(argv)
    pages = [p.resolve() for p in args.pages] or [
        ROOT / "README.md",
        *sorted((ROOT / "docs").glob("*.md")),
    ]
    programs = {page: program(page) for page in pages}
    failures: list[str] = []
    if not args.no_mypy:
        failures += typecheck(programs)
    for lines in programs.values():
        failures += run(lines)
    blocks = sum(
        1 for page in pages for text in page.read_text(encoding="utf-8").splitlines()
        if FENCE.match(text)
    )  # fmt: skip
    for f in failures:
        print(f, file=sys.stderr)
    print(f"check_docs: {len(pages)} pages, {blocks} python blocks, {len(failures)} failures")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
