"""Reading JSON input with errors that say where the input is wrong.

>>> load_json('{"a": 1}')
{'a': 1}
>>> load_json(b'\\xef\\xbb\\xbf[1, 2]')  # a UTF-8 byte-order mark is accepted
[1, 2]
>>> load_json('{"a": }')
Traceback (most recent call last):
...
inovasi_daerah.errors.InvalidInput: input: JSON tidak valid pada baris 1 kolom 7: Expecting value
>>> try:
...     load_json('{"a": 1,\\n "b": {"c": 2, "c": 3}}')
... except InvalidInput as exc:
...     print(exc)
input.b.c: kunci 'c' muncul dua kali (duplicate key) pada baris 2 kolom 16

Every loader of the library (the models' ``from_json``, the SKP case file, the IGA year file,
the CLI) parses with :func:`loads`, which refuses what ``json.loads`` would silently accept
(a key written twice, ``NaN``/``Infinity``), and reports unreadable input through
:func:`json_error`, so one failure has one wording: an empty input, text that is not UTF-8
(with the byte, its line and column, and what to do), JSON syntax (line and column) and
nesting deeper than :data:`MAX_DEPTH`. Files are read with a byte cap whatever they are
(:func:`read_file`).
"""

from __future__ import annotations

import json
import os
import re
import stat
import sys
from pathlib import Path
from typing import Any, overload

from inovasi_daerah.errors import InvalidInput
from inovasi_daerah.types import JsonSource

__all__ = [
    "MAX_DEPTH",
    "json_error",
    "load_json",
    "loads",
    "read_file",
    "read_source",
    "source_label",
]

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
    if not isinstance(raw, str | bytes | bytearray):
        raise InvalidInput(
            "argumen raw harus teks atau bytes",
            field="raw",
            value=type(raw).__name__,
            message_en="argument raw must be text or bytes",
        )
    if not isinstance(field, str):
        raise InvalidInput(
            "argumen field harus teks",
            field="field",
            value=type(field).__name__,
            message_en="argument field must be text",
        )
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
        text = data.decode("utf-8")
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
        json.loads(text)  # text, not bytes: json would guess UTF-16/32 from NUL bytes
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


_MAX_PATH = 4096


class _Duplicate(Exception):
    """Raised inside the parser's object hook; located afterwards by :func:`_locate_duplicate`."""


def _no_duplicates(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    # dict(pairs) is C code; only a length mismatch (rare) costs more
    d = dict(pairs)
    if len(d) != len(pairs):
        raise _Duplicate
    return d


def _no_constant(name: str) -> Any:
    raise ValueError(f"{name} bukan angka JSON (not a JSON number)")


_TOKEN = re.compile(r'"(?:[^"\\]|\\.)*"|[{}\[\]:,]|[^\s{}\[\]:,"]+', re.S)


def _locate_duplicate(text: str) -> tuple[str, str, int, int]:
    """The first duplicate key of a (valid) JSON text: (key, path, line, column).

    Only runs after the parser found a duplicate, so it may be slow; it is iterative (no
    recursion limit) and reads tokens only.
    """
    # stack of [is_object, keys seen, current key or index]
    stack: list[list[Any]] = []
    expect_key = False
    for m in _TOKEN.finditer(text):
        tok = m.group()
        if tok in "{[":
            if stack and not stack[-1][0]:
                stack[-1][2] += 1
            stack.append([tok == "{", set(), -1])
            expect_key = tok == "{"
        elif tok in "}]":
            stack.pop()
            expect_key = False
        elif tok == ",":
            expect_key = bool(stack and stack[-1][0])
        elif tok == ":":
            expect_key = False
        elif expect_key and tok.startswith('"'):
            key = json.loads(tok)
            frame = stack[-1]
            frame[2] = key
            if key in frame[1]:
                path = "".join((f".{f[2]}" if f[0] else f"[{f[2]}]") for f in stack if f[2] != -1)
                line = text.count("\n", 0, m.start()) + 1
                col = m.start() - text.rfind("\n", 0, m.start())
                return key, path, line, col
            frame[1].add(key)
            expect_key = False
        elif stack and not stack[-1][0]:
            stack[-1][2] += 1
    return "?", "", 0, 0  # pragma: no cover - only called on text with a duplicate


def loads(raw: str | bytes, *, field: str = "input") -> Any:
    """Parse JSON text or bytes strictly: duplicate keys, ``NaN``/``Infinity`` and numbers
    beyond the interpreter's digit limit are refused with :class:`InvalidInput`; unreadable
    input gets the one wording of :func:`json_error`.
    """
    if not isinstance(raw, str | bytes | bytearray):
        raise InvalidInput(
            "JSON harus berupa teks atau bytes",
            field=field,
            value=raw,
            message_en="the JSON must be text or bytes",
        )
    if isinstance(raw, str) and raw.startswith("\ufeff"):
        raw = raw[1:]  # json.loads reads a BOM in bytes, not in text
    try:
        return json.loads(raw, object_pairs_hook=_no_duplicates, parse_constant=_no_constant)
    except _Duplicate:
        text = raw if isinstance(raw, str) else bytes(raw).decode("utf-8-sig", errors="replace")
        key, path, line, col = _locate_duplicate(text)
        raise InvalidInput(
            f"kunci {key[:80]!r} muncul dua kali (duplicate key) pada baris {line} kolom {col}",
            field=f"{field}{path}"[:300],
            message_en=f"key {key[:80]!r} appears twice at line {line} column {col}",
        ) from None
    except (json.JSONDecodeError, UnicodeDecodeError, RecursionError):
        raise json_error(bytes(raw) if isinstance(raw, bytearray) else raw, field=field) from None
    except MemoryError:
        raise InvalidInput(
            "JSON terlalu besar untuk dibaca", field=field, message_en="JSON too large to read"
        ) from None
    except ValueError as exc:  # int digit limit (> 4300 digits), NaN/Infinity
        raise InvalidInput(
            f"JSON tidak valid: {str(exc)[:120]}",
            field=field,
            message_en=f"invalid JSON: {str(exc)[:120]}",
        ) from None


#: Larger inputs are refused before reading: a national year is about 100 MB of JSON.
MAX_BYTES = 2 * 1024**3


def read_file(path: str | os.PathLike[str], *, field: str = "input") -> bytes:
    """The bytes of a file, ``-`` for standard input, read with a cap of ``MAX_BYTES``.

    The cap does not trust the size the file system reports: at most ``MAX_BYTES + 1`` bytes
    are read. Anything but a regular file (a device, a named pipe, a socket, a folder) is
    refused before it is opened for reading, so ``/dev/zero`` is not read forever and a pipe
    without a writer does not block.
    """
    if not isinstance(path, str | os.PathLike):
        raise InvalidInput(
            "harus nama berkas", field=field, value=path, message_en="must be a file name"
        )
    name = os.fspath(path)
    if not isinstance(name, str) or len(name) > _MAX_PATH or "\x00" in name:
        raise InvalidInput(
            "bukan nama berkas yang sah",
            field=field,
            value=name,
            message_en="not a valid file name",
        )
    if name == "-":
        return _read_capped(sys.stdin.buffer, field, "stdin")
    try:
        st = os.stat(name)
    except FileNotFoundError:
        raise InvalidInput(
            f"berkas tidak ditemukan: {name}",
            field=field,
            message_en=f"file not found: {name}",
        ) from None
    except (OSError, ValueError) as exc:
        raise InvalidInput(
            f"berkas tidak dapat dibaca: {name} ({exc})",
            field=field,
            message_en=f"the file cannot be read: {name} ({exc})",
        ) from None
    if stat.S_ISDIR(st.st_mode):
        raise InvalidInput(
            f"{name} adalah folder, bukan berkas",
            field=field,
            message_en=f"{name} is a folder, not a file",
        )
    if not stat.S_ISREG(st.st_mode):
        raise InvalidInput(
            f"{name} bukan berkas biasa (perangkat, pipa atau soket)",
            field=field,
            message_en=f"{name} is not a regular file (a device, pipe or socket)",
        )
    if st.st_size > MAX_BYTES:
        raise InvalidInput(
            f"berkas terlalu besar ({st.st_size} byte)",
            field=field,
            message_en=f"file too large ({st.st_size} bytes)",
        )
    try:
        with open(name, "rb") as fh:
            return _read_capped(fh, field, name)
    except OSError as exc:
        raise InvalidInput(
            f"berkas tidak dapat dibaca: {name} ({exc})",
            field=field,
            message_en=f"the file cannot be read: {name} ({exc})",
        ) from None


def _read_capped(fh: Any, field: str, name: str) -> bytes:
    data: bytes = fh.read(MAX_BYTES + 1)
    if len(data) > MAX_BYTES:
        raise InvalidInput(
            f"{name}: terlalu besar, lebih dari {MAX_BYTES} byte",
            field=field,
            message_en=f"{name}: too large, more than {MAX_BYTES} bytes",
        )
    return data


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
        if isinstance(source, str) and (len(source) > _MAX_PATH or "\x00" in source):
            raise InvalidInput(
                "bukan JSON dan bukan nama berkas",
                field=field,
                value=source,
                message_en="neither JSON nor a file name",
            )
        return read_file(path, field=field)
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
    return loads(raw, field=field)
