"""Reading JSON input with errors that say where the input is wrong.

>>> load_json('{"a": 1}')
{'a': 1}
>>> load_json(b'\\xef\\xbb\\xbf[1, 2]')  # a UTF-8 byte-order mark is accepted
[1, 2]
>>> load_json('{"a": }')
Traceback (most recent call last):
...
inovasi_daerah.errors.InvalidInput: input: JSON tidak valid pada baris 1 kolom 7: Expecting value

Every loader of the library (the models' ``from_json``, the SKP case file, the IGA year file,
the CLI) reports unreadable input through :func:`json_error`, so one failure has one wording:
an empty input, text that is not UTF-8 (with the byte, its line and column, and what to do),
JSON syntax (line and column) and nesting deeper than :data:`MAX_DEPTH`.
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path
from typing import Any, overload

from inovasi_daerah.errors import InvalidInput
from inovasi_daerah.types import JsonSource

__all__ = ["MAX_DEPTH", "json_error", "load_json", "read_source", "source_label"]

#: Deepest nesting of arrays and objects accepted; no input format of the library needs more
#: than 10, and the JSON parsers give up (RecursionError) somewhere near 200-1000.
MAX_DEPTH = 100
#: The UTF-8 byte-order mark some editors (Notepad, Excel) write at the start of a file.
_BOM = b"\xef\xbb\xbf"
#: ``-`` as a file name means standard input, as in most command-line tools.
STDIN = "-"


def _line_col(data: bytes, pos: int) -> tuple[int, int]:
    line = data.count(b"\n", 0, pos) + 1
    return line, pos - (data.rfind(b"\n", 0, pos) + 1) + 1


def _depth_error(text: str | bytes) -> tuple[int, int] | None:
    """(line, column) where nesting first exceeds :data:`MAX_DEPTH`, outside strings."""
    data = text.encode("utf-8", "surrogatepass") if isinstance(text, str) else text
    if data.count(b"[") + data.count(b"{") <= MAX_DEPTH:
        return None
    depth = 0
    in_str = esc = False
    for i, b in enumerate(data):
        if in_str:
            if esc:
                esc = False
            elif b == 0x5C:  # backslash
                esc = True
            elif b == 0x22:  # quote
                in_str = False
        elif b == 0x22:
            in_str = True
        elif b in (0x5B, 0x7B):  # [ {
            depth += 1
            if depth > MAX_DEPTH:
                return _line_col(data, i)
        elif b in (0x5D, 0x7D):
            depth -= 1
    return None


def source_label(source: str | os.PathLike[str]) -> str:
    """How messages name an input: the file name as given, ``<stdin>`` for ``-``.

    >>> source_label("-"), source_label("data/kasus.json")
    ('<stdin>', 'data/kasus.json')
    """
    if isinstance(source, str) and source == STDIN:
        return "<stdin>"
    return str(source) if isinstance(source, str | Path) else "input"


def json_error(raw: str | bytes, *, field: str = "input") -> InvalidInput:
    """The one error for input that cannot be read as JSON, in the user's terms.

    Names what is wrong (empty, not UTF-8, too deeply nested, bad syntax), where (line and
    column) and what to do; ``field`` names the file or argument. Returns the error; the
    caller raises it. Valid JSON gives a generic "unreadable" error (callers only call it
    after a parser refused the input).
    """
    data = raw.encode("utf-8", "surrogatepass") if isinstance(raw, str) else bytes(raw)
    if data.startswith(_BOM):
        data = data[len(_BOM) :]
    if not data.strip():
        return InvalidInput(
            "berkas/masukan kosong: isinya harus JSON",
            field=field,
            message_en="the file/input is empty: it must contain JSON",
        )
    try:
        data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line, col = _line_col(data, exc.start)
        byte = f"0x{data[exc.start]:02X}"
        return InvalidInput(
            f"bukan teks UTF-8: byte {byte} pada baris {line} kolom {col} (mungkin Latin-1 "
            "atau Windows-1252); simpan ulang berkas sebagai UTF-8",
            field=field,
            message_en=f"not UTF-8 text: byte {byte} at line {line} column {col} (perhaps "
            "Latin-1 or Windows-1252); save the file again as UTF-8",
        )
    try:
        json.loads(data)
    except json.JSONDecodeError as exc:
        return InvalidInput(
            f"JSON tidak valid pada baris {exc.lineno} kolom {exc.colno}: {exc.msg}",
            field=field,
            message_en=f"invalid JSON at line {exc.lineno} column {exc.colno}: {exc.msg}",
        )
    except RecursionError:
        pass  # too deep for the parser: located below
    deep = _depth_error(data)
    if deep is not None:
        return InvalidInput(
            f"bersarang terlalu dalam pada baris {deep[0]} kolom {deep[1]}: paling banyak "
            f"{MAX_DEPTH} tingkat array/objek; periksa kurung [ ] dan {{ }}",
            field=field,
            message_en=f"nested too deeply at line {deep[0]} column {deep[1]}: at most "
            f"{MAX_DEPTH} levels of arrays/objects; check the brackets [ ] and {{ }}",
        )
    return InvalidInput(
        "JSON tidak dapat dibaca", field=field, message_en="the JSON cannot be read"
    )


#: Larger inputs are refused before reading: a national year is about 100 MB of JSON.
MAX_BYTES = 2 * 1024**3


@overload
def read_source(
    source: bytes | bytearray | str | os.PathLike[str], *, field: str = "input"
) -> bytes | str: ...


@overload
def read_source(source: JsonSource, *, field: str = "input") -> bytes | str | None: ...


def read_source(source: JsonSource, *, field: str = "input") -> bytes | str | None:
    """Return the raw JSON text of ``source`` (path, bytes or text), or None if already parsed.

    A ``str`` that does not start like JSON (``{`` or ``[``) is taken as a file path; ``"-"``
    reads standard input. A UTF-8 byte-order mark at the start is dropped.
    """
    raw = _read(source, field)
    if isinstance(raw, bytes) and raw.startswith(_BOM):
        return raw[len(_BOM) :]
    if isinstance(raw, str) and raw.startswith("\ufeff"):
        return raw[1:]
    return raw


def _read(source: object, field: str) -> bytes | str | None:
    if isinstance(source, str) and source == STDIN:
        stream = getattr(sys.stdin, "buffer", None)
        data = stream.read(MAX_BYTES + 1) if stream is not None else sys.stdin.read()
        if len(data) > MAX_BYTES:
            raise InvalidInput(
                "masukan standar terlalu besar",
                field=field,
                message_en="standard input is too large",
            )
        return data if isinstance(data, bytes | str) else bytes(data)
    if isinstance(source, Path) or (
        isinstance(source, str) and source.lstrip().lstrip("\ufeff")[:1] not in ("{", "[")
    ):
        path = Path(source)
        if isinstance(source, str) and (len(source) > 4096 or "\x00" in source):
            raise InvalidInput(
                "bukan JSON dan bukan nama berkas",
                field=field,
                value=source,
                message_en="neither JSON nor a file name",
            )
        try:
            size = os.stat(path).st_size
        except FileNotFoundError:
            raise InvalidInput(
                f"berkas tidak ditemukan: {path}",
                field=field,
                message_en=f"file not found: {path}",
            ) from None
        except OSError as exc:
            raise InvalidInput(
                f"berkas tidak dapat dibaca: {path} ({exc})",
                field=field,
                message_en=f"the file cannot be read: {path} ({exc})",
            ) from None
        if path.is_dir():
            raise InvalidInput(
                f"{path} adalah folder, bukan berkas",
                field=field,
                message_en=f"{path} is a folder, not a file",
            )
        if size > MAX_BYTES:
            raise InvalidInput(
                f"berkas terlalu besar ({size} byte)",
                field=field,
                message_en=f"file too large ({size} bytes)",
            )
        try:
            return path.read_bytes()
        except OSError as exc:
            raise InvalidInput(
                f"berkas tidak dapat dibaca: {path} ({exc})",
                field=field,
                message_en=f"the file cannot be read: {path} ({exc})",
            ) from None
    if isinstance(source, bytes | bytearray | memoryview):
        return bytes(source)
    if isinstance(source, str):
        return source
    return None


def load_json(source: JsonSource, *, field: str = "input") -> Any:
    """Parse ``source``: a path, JSON bytes or text; already-parsed dicts/lists pass through."""
    raw = read_source(source, field=field)
    if raw is None:
        if isinstance(source, dict | list):
            return source
        raise InvalidInput(
            "harus berupa path, teks/bytes JSON, atau data dict/list",
            field=field,
            value=source,
            message_en="must be a path, JSON text/bytes, or dict/list data",
        )
    try:
        return json.loads(raw)
    except (ValueError, RecursionError):  # JSONDecodeError, UnicodeDecodeError
        raise json_error(raw, field=field) from None
