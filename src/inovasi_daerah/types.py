"""Type aliases of what the public functions accept, for the people who embed the library.

The functions check their input at run time as well (a wrong value is refused with an error
naming the field); these aliases say in the signature what is accepted.

>>> from datetime import date
>>> from inovasi_daerah import iga
>>> def in_force(on: DateLike) -> str:
...     return iga.edition_for(on).id
>>> in_force(date(2024, 6, 30)), in_force("2026-01-02")
('iga-2024', 'iga-2026')
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from decimal import Decimal
from os import PathLike
from typing import Any, TypeAlias

__all__ = ["DateLike", "JsonSource", "Number"]

#: A date: :class:`datetime.date` or text ("2024-06-30"; :func:`~inovasi_daerah.parse_date`
#: also reads Indonesian dates such as "30 Juni 2024").
DateLike: TypeAlias = date | str

#: A number read exactly: Decimal, int or its text ("12.5"); a float is read by its shortest
#: text (0.1 -> Decimal("0.1")). Booleans, NaN and infinities are refused.
Number: TypeAlias = Decimal | int | float | str

#: JSON input: bytes, text, a path, or data already parsed.
JsonSource: TypeAlias = bytes | bytearray | str | PathLike[str] | Mapping[str, Any] | list[Any]
