"""Lossless conversion of library values to JSON-ready data.

Decimals become strings so that no digit is lost (``Decimal("0.1")`` stays ``"0.1"``);
dates become ISO strings; enums their value.

>>> from decimal import Decimal
>>> from datetime import date
>>> to_jsonable({"skor": Decimal("27.75"), "tanggal": date(2022, 4, 20), "n": (1, 2)})
{'skor': '27.75', 'tanggal': '2022-04-20', 'n': [1, 2]}
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping
from datetime import date, datetime
from decimal import Decimal
from enum import Enum
from typing import Any

from pydantic import BaseModel

from inovasi_daerah.errors import InvalidInput

JsonValue = None | bool | int | float | str | list["JsonValue"] | dict[str, "JsonValue"]


def to_jsonable(value: Any) -> Any:
    """Convert ``value`` to plain JSON data without losing precision.

    Nesting deeper than the interpreter's recursion limit raises ``InvalidInput``.
    """
    try:
        return _jsonable(value)
    except RecursionError:
        raise InvalidInput(
            "data terlalu dalam bersarang", field="value", message_en="data nested too deeply"
        ) from None


def _jsonable(value: Any) -> Any:
    if value is None or isinstance(value, bool | int | str):
        return value
    if isinstance(value, Enum):
        return _jsonable(value.value)
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, float):
        return value
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, BaseModel):
        return value.model_dump(mode="json", by_alias=False)
    if hasattr(value, "to_dict"):
        return value.to_dict()
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {
            f.name: _jsonable(getattr(value, f.name))
            for f in dataclasses.fields(value)
            if not f.name.startswith("_")
        }
    if isinstance(value, Mapping):
        return {str(_jsonable(k)): _jsonable(v) for k, v in value.items()}
    if isinstance(value, list | tuple | set | frozenset):
        items = [_jsonable(v) for v in value]
        return sorted(items, key=repr) if isinstance(value, set | frozenset) else items
    return str(value)
