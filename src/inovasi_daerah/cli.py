"""Command line: ``inovasi-daerah`` (also ``python -m inovasi_daerah``).

Every command prints in Bahasa Indonesia by default (``--lang en`` for English) and as JSON
with ``--json``. Bad input gives a one-line message on stderr, in the language of ``--lang``,
and exit status 2, never a traceback. ``-`` as FILE reads standard input.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable, Sequence
from typing import Any

from inovasi_daerah._version import __version__
from inovasi_daerah.errors import InovasiDaerahError
from inovasi_daerah.io.tables import terminal_safe
from inovasi_daerah.law.text import Text

__all__ = ["main"]

EXIT_OK = 0
EXIT_BAD_INPUT = 2


class Report:
    """A report under construction: text lines and JSON data side by side."""

    def __init__(self, lang: str) -> None:
        self.lang = lang
        self.lines: list[str] = []
        self.data: dict[str, Any] = {}

    def t(self, text: Text) -> str:
        """The text in the report's language."""
        return text.get(self.lang)

    def heading(self, text: Text | str) -> None:
        """Add a heading line, underlined, after a blank line unless it is the first."""
        title = text if isinstance(text, str) else self.t(text)
        if self.lines:
            self.lines.append("")
        self.lines.append(title)
        self.lines.append("=" * min(len(title), 100))

    def line(self, text: str = "", indent: int = 0) -> None:
        """Add one text line, indented by ``indent`` steps of two spaces."""
        self.lines.append("  " * indent + text)

    def emit(self, as_json: bool) -> str:
        """The report: its JSON data when ``as_json``, else its text lines."""
        if as_json:
            return json.dumps(self.data, ensure_ascii=False, indent=2)
        return "\n".join(self.lines)


def progress_wanted() -> bool:
    """True when stderr is a terminal: progress there, no ``\\r`` noise in a file or pipe."""
    isatty = getattr(sys.stderr, "isatty", None)
    return bool(isatty and isatty())


def conflicting_outputs(args: argparse.Namespace) -> list[str]:
    """The output options given together that cannot both hold (``--json`` with ``--csv``)."""
    chosen = []
    if getattr(args, "json", False):
        chosen.append("--json")
    if getattr(args, "csv", False):
        chosen.append("--csv")
    fmt = getattr(args, "format", None)
    if fmt not in (None, "text"):
        chosen.append(f"--format {fmt}")
    return chosen if len(chosen) > 1 else []


def _parent() -> argparse.ArgumentParser:
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument(
        "--lang", choices=("id", "en"), default="id", help="bahasa keluaran / output language"
    )
    common.add_argument("--json", action="store_true", help="keluaran JSON / JSON output")
    return common


Command = Callable[[argparse.Namespace], str]
_COMMANDS: dict[str, tuple[str, Callable[[argparse.ArgumentParser], None], Command]] = {}


def command(
    name: str, help_text: str, configure: Callable[[argparse.ArgumentParser], None] | None = None
) -> Callable[[Command], Command]:
    """Register a sub-command; ``configure`` adds its own arguments."""

    def deco(fn: Command) -> Command:
        _COMMANDS[name] = (help_text, configure or (lambda p: None), fn)
        return fn

    return deco


def build_parser() -> argparse.ArgumentParser:
    """The argument parser of ``inovasi-daerah`` with every registered sub-command."""
    from inovasi_daerah import commands  # noqa: F401 - registers the sub-commands

    parser = argparse.ArgumentParser(
        prog="inovasi-daerah",
        description=(
            "Hukum inovasi daerah sebagai kode: PP 38/2017, IID/IGA, SKP. "
            "(Indonesia's regional-innovation law as code.)"
        ),
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="PERINTAH")
    common = _parent()
    for name, (help_text, configure, fn) in _COMMANDS.items():
        p = sub.add_parser(name, help=help_text, parents=[common], description=help_text)
        configure(p)
        p.set_defaults(func=fn)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit status."""
    parser = build_parser()
    args = parser.parse_args(argv)
    if not getattr(args, "func", None):
        parser.print_help(sys.stderr)
        return EXIT_BAD_INPUT
    conflict = conflicting_outputs(args)
    if conflict:
        given = " + ".join(conflict)
        print(
            f"inovasi-daerah: galat/error: {given}: pilih satu format keluaran "
            f"(choose one output format)",
            file=sys.stderr,
        )
        return EXIT_BAD_INPUT
    try:
        out = args.func(args)
    except InovasiDaerahError as exc:
        # The message follows --lang like the output does; one wording per failure.
        lang = getattr(args, "lang", "id")
        print(f"inovasi-daerah: galat/error: {terminal_safe(exc.text(lang))}", file=sys.stderr)
        return EXIT_BAD_INPUT
    except KeyboardInterrupt:  # pragma: no cover - interactive
        return 130
    # names from input files may carry terminal escape codes: shown, not executed
    out = terminal_safe(out)
    try:
        sys.stdout.write(out + ("\n" if not out.endswith("\n") else ""))
        sys.stdout.flush()
    except BrokenPipeError:  # pragma: no cover - e.g. `| head`
        return EXIT_OK
    return EXIT_OK


if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(main())
