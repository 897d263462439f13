"""Safe text for spreadsheets and terminals: CSV without formula injection or escape codes.

A cell that starts with ``=``, ``+``, ``-`` or ``@`` (or a tab or carriage return) is a
formula to a spreadsheet: a name such as ``=HYPERLINK("http://evil", "klik")`` in an input file
would run when the CSV is opened (CSV injection). Control characters such as ESC start
terminal escape sequences that can rewrite what a terminal shows.

The rule (documented in ``docs/cli.md``):

- a **number** — a value that is not text (``Decimal``, ``int``), or text that is a plain
  decimal number such as ``-3.5`` — is written unchanged: a spreadsheet reads it as a number,
  not as a formula, and a negative score stays a number;
- every other **text** cell loses its control characters (written as a visible ``\\uXXXX``)
  and, if it starts with ``=``, ``+``, ``-``, ``@``, a tab or a carriage return, gets a
  leading apostrophe (``'=1+1``), which spreadsheets show as text.

>>> safe_cell("=1+1"), safe_cell("-3.5"), safe_cell("-x"), safe_cell("Kota\\x1b[2J")
("'=1+1", '-3.5', "'-x", 'Kota\\\\u001b[2J')
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterable, Mapping, Sequence
from typing import Any, Literal

from inovasi_daerah._util import check_list
from inovasi_daerah.errors import InvalidInput

__all__ = ["csv_text", "safe_cell", "terminal_safe"]

#: A plain decimal number: written as is (a spreadsheet reads a number, not a formula).
_NUMBER = re.compile(r"-?\d+(?:\.\d+)?\Z")
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
# C0 controls except tab and newline, DEL, C1 controls (\x9b is a one-byte CSI)
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def terminal_safe(text: str) -> str:
    """``text`` with every control character except tab and newline written as ``\\uXXXX``.

    The escape is valid inside a JSON string too, so JSON output stays valid JSON.
    """
    if not isinstance(text, str):
        raise InvalidInput("harus teks", field="text", value=text, message_en="must be text")
    return _CONTROL.sub(lambda m: f"\\u{ord(m.group()):04x}", text)


def safe_cell(value: Any) -> Any:
    """One CSV cell: numbers unchanged, text without control characters or formula start."""
    if not isinstance(value, str) or _NUMBER.match(value):
        return value
    text = terminal_safe(value)
    if text.startswith(_FORMULA_START):
        return "'" + text
    return text


def csv_text(
    rows: Iterable[Mapping[str, Any]],
    fieldnames: Sequence[str],
    *,
    extrasaction: Literal["raise", "ignore"] = "raise",
) -> str:
    """CSV (header and rows) with every cell passed through :func:`safe_cell`."""
    check_list(rows, "rows", ("dict", "dicts"))
    check_list(fieldnames, "fieldnames", ("teks", "texts"), kind=Sequence, refuse=(Mapping,))
    if isinstance(fieldnames, str) or not all(isinstance(f, str) for f in fieldnames):
        raise InvalidInput(
            "fieldnames harus daftar teks",
            field="fieldnames",
            value=fieldnames,
            message_en="fieldnames must be a list of texts",
        )
    rows = list(rows)
    if not all(isinstance(r, Mapping) and all(isinstance(k, str) for k in r) for r in rows):
        raise InvalidInput(
            "rows harus daftar dict", field="rows", message_en="rows must be a list of dicts"
        )
    buf = io.StringIO()
    safe = {f: safe_cell(f) for f in fieldnames}
    writer = csv.DictWriter(buf, fieldnames=list(safe.values()), extrasaction=extrasaction)
    writer.writeheader()
    for row in rows:
        writer.writerow({safe.get(k, k): safe_cell(v) for k, v in row.items()})
    return buf.getvalue()
