"""Reading JSON input with errors that say where the input is wrong.

Every JSON document the library reads goes through :func:`loads`: duplicate keys in an object
are refused (naming the key, its path and line) instead of silently keeping the last one, and
numbers too long to convert, ``NaN``/``Infinity`` and over-deep nesting become the library's
:class:`~inovasi_daerah.errors.InvalidInput`. Files are read with a byte cap whatever they are
(:func:`read_file`): a device such as ``/dev/zero`` or a named pipe is refused, not read forever.

>>> load_json('{"a": 1}')
{'a': 1}
>>> load_json(b'[1, 2]')
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
"""

from __future__ import annotations

import json
import os
import re
import stat
import sys
from pathlib import Path
from typing import Any

from inovasi_daerah.errors import InvalidInput

__all__ = ["load_json", "loads", "read_file", "read_source"]

#: Larger inputs are refused: a national year is about 10 MB of JSON (100 MB at 10x scale).
MAX_BYTES = 2 * 1024**3
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
    beyond the interpreter's digit limit are refused with :class:`InvalidInput`.
    """
    if not isinstance(raw, str | bytes | bytearray):
        raise InvalidInput("JSON harus berupa teks atau bytes", field=field, value=raw)
    try:
        return json.loads(raw, object_pairs_hook=_no_duplicates, parse_constant=_no_constant)
    except _Duplicate:
        text = raw if isinstance(raw, str) else raw.decode("utf-8-sig", errors="replace")
        key, path, line, col = _locate_duplicate(text)
        raise InvalidInput(
            f"kunci {key[:80]!r} muncul dua kali (duplicate key) pada baris {line} kolom {col}",
            field=f"{field}{path}"[:300],
        ) from None
    except json.JSONDecodeError as exc:
        raise InvalidInput(
            f"JSON tidak valid pada baris {exc.lineno} kolom {exc.colno}: {exc.msg}", field=field
        ) from None
    except (UnicodeDecodeError, RecursionError, MemoryError) as exc:
        raise InvalidInput(f"JSON tidak valid: {type(exc).__name__}", field=field) from None
    except ValueError as exc:  # int digit limit (> 4300 digits), NaN/Infinity
        raise InvalidInput(f"JSON tidak valid: {str(exc)[:120]}", field=field) from None


def read_file(path: str | os.PathLike[str], *, field: str = "input") -> bytes:
    """The bytes of a file, ``-`` for standard input, read with a cap of ``MAX_BYTES``.

    The cap does not trust the size the file system reports: at most ``MAX_BYTES + 1`` bytes
    are read. Anything but a regular file (a device, a named pipe, a socket, a folder) is
    refused before it is opened for reading, so ``/dev/zero`` is not read forever and a pipe
    without a writer does not block.
    """
    if not isinstance(path, str | os.PathLike):
        raise InvalidInput("harus nama berkas", field=field, value=path)
    name = os.fspath(path)
    if not isinstance(name, str) or len(name) > _MAX_PATH or "\x00" in name:
        raise InvalidInput("bukan nama berkas yang sah", field=field, value=name)
    if name == "-":
        return _read_capped(sys.stdin.buffer, field, "stdin")
    try:
        st = os.stat(name)
    except FileNotFoundError:
        raise InvalidInput(f"berkas tidak ditemukan: {name}", field=field) from None
    except (OSError, ValueError) as exc:
        raise InvalidInput(f"berkas tidak dapat dibaca: {name} ({exc})", field=field) from None
    if stat.S_ISDIR(st.st_mode):
        raise InvalidInput(f"{name} adalah folder, bukan berkas", field=field)
    if not stat.S_ISREG(st.st_mode):
        raise InvalidInput(
            f"{name} bukan berkas biasa (not a regular file: device, pipe or socket)", field=field
        )
    if st.st_size > MAX_BYTES:
        raise InvalidInput(f"berkas terlalu besar ({st.st_size} byte)", field=field)
    try:
        with open(name, "rb") as fh:
            return _read_capped(fh, field, name)
    except OSError as exc:
        raise InvalidInput(f"berkas tidak dapat dibaca: {name} ({exc})", field=field) from None


def _read_capped(fh: Any, field: str, name: str) -> bytes:
    data: bytes = fh.read(MAX_BYTES + 1)
    if len(data) > MAX_BYTES:
        raise InvalidInput(f"{name}: lebih dari {MAX_BYTES} byte (too large)", field=field)
    return data


def read_source(source: object, *, field: str = "input") -> bytes | str | None:
    """Return the raw JSON text of ``source`` (path, bytes or text), or None if already parsed.

    A ``str`` that does not start like JSON (``{`` or ``[``) is taken as a file path; a
    :class:`~pathlib.Path` always is (use :func:`read_file` for a name that may start with
    ``[``).
    """
    if isinstance(source, Path) or (
        isinstance(source, str) and source.lstrip()[:1] not in ("{", "[")
    ):
        if isinstance(source, str) and (len(source) > _MAX_PATH or "\x00" in source):
            raise InvalidInput("bukan JSON dan bukan nama berkas", field=field, value=source)
        return read_file(source, field=field)
    if isinstance(source, bytes | bytearray | memoryview):
        return bytes(source)
    if isinstance(source, str):
        return source
    return None


def load_json(source: object, *, field: str = "input") -> Any:
    """Parse ``source``: a path, JSON bytes or text; already-parsed dicts/lists pass through."""
    raw = read_source(source, field=field)
    if raw is None:
        if isinstance(source, dict | list):
            return source
        raise InvalidInput(
            "harus berupa path, teks/bytes JSON, atau data dict/list", field=field, value=source
        )
    return loads(raw, field=field)
