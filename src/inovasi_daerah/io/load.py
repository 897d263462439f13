"""Reading JSON input with errors that say where the input is wrong.

>>> load_json('{"a": 1}')
{'a': 1}
>>> load_json(b'[1, 2]')
[1, 2]
>>> load_json('{"a": }')
Traceback (most recent call last):
...
inovasi_daerah.errors.InvalidInput: input: JSON tidak valid pada baris 1 kolom 7: Expecting value
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any, overload

from inovasi_daerah.errors import InvalidInput
from inovasi_daerah.types import JsonSource

__all__ = ["load_json", "read_source"]

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

    A ``str`` that does not start like JSON (``{`` or ``[``) is taken as a file path.
    """
    if isinstance(source, Path) or (
        isinstance(source, str) and source.lstrip()[:1] not in ("{", "[")
    ):
        path = Path(source)
        if isinstance(source, str) and (len(source) > 4096 or "\x00" in source):
            raise InvalidInput("bukan JSON dan bukan nama berkas", field=field, value=source)
        try:
            size = os.stat(path).st_size
        except FileNotFoundError:
            raise InvalidInput(f"berkas tidak ditemukan: {path}", field=field) from None
        except OSError as exc:
            raise InvalidInput(f"berkas tidak dapat dibaca: {path} ({exc})", field=field) from None
        if path.is_dir():
            raise InvalidInput(f"{path} adalah folder, bukan berkas", field=field)
        if size > MAX_BYTES:
            raise InvalidInput(f"berkas terlalu besar ({size} byte)", field=field)
        try:
            return path.read_bytes()
        except OSError as exc:
            raise InvalidInput(f"berkas tidak dapat dibaca: {path} ({exc})", field=field) from None
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
            "harus berupa path, teks/bytes JSON, atau data dict/list", field=field, value=source
        )
    try:
        return json.loads(raw)
    except json.JSONDecodeError as exc:
        raise InvalidInput(
            f"JSON tidak valid pada baris {exc.lineno} kolom {exc.colno}: {exc.msg}", field=field
        ) from None
    except (UnicodeDecodeError, RecursionError) as exc:
        raise InvalidInput(f"JSON tidak valid: {type(exc).__name__}", field=field) from None
