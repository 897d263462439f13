"""Strict conversion of user input to the exact types the engine computes with.

Floats are refused on purpose: scores and thresholds are exact decimals (design.md, "Exact
arithmetic"), and a float such as ``65.01`` is not the decimal 65.01.
"""

from __future__ import annotations

from decimal import Decimal

from inovasi_daerah import _util
from inovasi_daerah._levels import TOP_LEVEL
from inovasi_daerah._util import NumberStyle
from inovasi_daerah.errors import InvalidInput

_MAX_TEXT = 60


#: How the IGA engines read a number: floats refused, a decimal comma read as a point.
NUMBER = NumberStyle(
    float_refused=(
        "float tidak diterima; gunakan Decimal, int atau teks angka",
        "floats refused: use Decimal, int or a numeric string",
    ),
    decimal_comma=True,
    max_text=_MAX_TEXT,
    not_a_number=(
        "harus angka (Decimal, int atau teks)",
        "must be a number (Decimal, int or text)",
    ),
    not_finite=("angka harus terhingga", "the number must be finite"),
)


def to_decimal(value: object, field: str) -> Decimal:
    """A finite Decimal from a Decimal, an int or a numeric string; refuse the rest."""
    return _util.to_decimal(value, field, NUMBER)


def to_level(value: object, field: str, top: int = TOP_LEVEL) -> int:
    """A level 0..``top`` (the edition's top level; by default that of the indicator schema)
    given as an int (not a bool, float or text)."""
    if type(value) is not int or not 0 <= value <= top:
        raise InvalidInput(
            f"level harus bilangan bulat 0-{top}",
            field=field,
            value=value,
            message_en=f"level must be an integer 0-{top}",
        )
    return value


def to_count(value: object, field: str, *, maximum: int | None = None) -> int:
    """A non-negative int."""
    if type(value) is not int or value < 0 or (maximum is not None and value > maximum):
        bound = "" if maximum is None else f" (≤ {maximum})"
        raise InvalidInput(
            f"harus bilangan bulat ≥ 0{bound}",
            field=field,
            value=value,
            message_en=f"must be an integer ≥ 0{bound}",
        )
    return value
