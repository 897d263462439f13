"""Strict conversion of user input to the exact types the engine computes with.

Floats are refused on purpose: scores and thresholds are exact decimals (design.md, "Exact
arithmetic"), and a float such as ``65.01`` is not the decimal 65.01.
"""

from __future__ import annotations

from decimal import Decimal, InvalidOperation

from inovasi_daerah._levels import TOP_LEVEL
from inovasi_daerah.errors import InvalidInput

_MAX_TEXT = 60


def to_decimal(value: object, field: str) -> Decimal:
    """A finite Decimal from a Decimal, an int or a numeric string; refuse the rest."""
    if isinstance(value, bool):
        raise InvalidInput(
            "harus angka, bukan boolean",
            field=field,
            value=value,
            message_en="must be a number, not a boolean",
        )
    if isinstance(value, Decimal):
        result = value
    elif isinstance(value, int):
        result = Decimal(value)
    elif isinstance(value, str) and len(value) <= _MAX_TEXT:
        try:
            result = Decimal(value.strip().replace(",", "."))
        except InvalidOperation:
            raise InvalidInput(
                "bukan angka", field=field, value=value, message_en="not a number"
            ) from None
    elif isinstance(value, float):
        raise InvalidInput(
            "float tidak diterima; gunakan Decimal, int atau teks angka",
            field=field,
            value=value,
            message_en="floats refused: use Decimal, int or a numeric string",
        )
    else:
        raise InvalidInput(
            "harus angka (Decimal, int atau teks)",
            field=field,
            value=value,
            message_en="must be a number (Decimal, int or text)",
        )
    if not result.is_finite():
        raise InvalidInput(
            "angka harus terhingga",
            field=field,
            value=value,
            message_en="the number must be finite",
        )
    return result


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
