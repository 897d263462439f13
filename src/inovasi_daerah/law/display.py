"""Values as a person reads them: labels not enum keys, no "None", numbers rounded.

For printed reports and tables only; results, JSON and CSV keep the exact values.

>>> from decimal import Decimal
>>> from inovasi_daerah.iga import Predicate
>>> show(Decimal("13.83333333333333333333333333"), "en"), show(None, "en"), show(True, "id")
('13.83', '-', 'ya')
>>> show(Predicate.LESS_INNOVATIVE, "en")
'Less innovative'
>>> plural(1, "step", "steps", "en"), plural(2, "step", "steps", "en")
('1 step', '2 steps')
>>> plural(2, "langkah", "langkah", "id")
'2 langkah'
"""

from __future__ import annotations

import reprlib
from decimal import ROUND_HALF_UP, Decimal
from enum import Enum

from inovasi_daerah.errors import InvalidInput
from inovasi_daerah.law.text import Text

__all__ = ["DISPLAY_PLACES", "plural", "show"]

#: Decimal places of a number in a printed table (display only; the value stays exact).
DISPLAY_PLACES = 2


#: Nesting shown of a list inside a list; deeper levels print as "...".
_MAX_DEPTH = 3
_REPR = reprlib.Repr()  # keyword arguments only from Python 3.12
_REPR.maxlevel, _REPR.maxstring, _REPR.maxother = _MAX_DEPTH, 200, 200


def _check_lang(lang: object) -> None:
    if not isinstance(lang, str) or lang not in ("id", "en"):
        raise InvalidInput(
            "bahasa harus 'id' atau 'en'",
            field="lang",
            value=type(lang).__name__ if not isinstance(lang, str) else lang[:20],
            message_en="the language must be 'id' or 'en'",
        )


def show(value: object, lang: str) -> str:
    """``value`` for a printed report in ``lang`` ("id" or "en").

    Any value prints: an integer too long for ``str`` in scientific notation, a container
    nested deeper than a few levels shortened with "...".
    """
    _check_lang(lang)
    return _show(value, lang, 0)


def _show(value: object, lang: str, depth: int) -> str:
    if value is None:
        return "-"
    if isinstance(value, bool):
        return {"id": ("ya", "tidak"), "en": ("yes", "no")}[lang][0 if value else 1]
    if isinstance(value, Text):
        return value.get(lang)
    if isinstance(value, Enum):
        label = getattr(value, "label", None)
        return label.get(lang) if isinstance(label, Text) else str(value.value)
    if isinstance(value, Decimal):
        exponent = value.as_tuple().exponent
        if isinstance(exponent, int) and exponent < -DISPLAY_PLACES:
            value = value.quantize(Decimal(1).scaleb(-DISPLAY_PLACES), rounding=ROUND_HALF_UP)
        return str(value)
    if isinstance(value, str):
        return value
    if isinstance(value, int):
        try:
            return str(value)
        except ValueError:  # more digits than int -> str allows
            return f"{Decimal(value):.6E}"
    if isinstance(value, tuple | list):
        if depth >= _MAX_DEPTH:
            return "..."
        return ", ".join(_show(v, lang, depth + 1) for v in value) or "-"
    if isinstance(value, dict | set | frozenset):
        return _REPR.repr(value)
    return str(value)


def plural(n: int, one: str, many: str, lang: str) -> str:
    """``n`` with the noun in the right number (Indonesian nouns do not change)."""
    _check_lang(lang)
    if not isinstance(n, int) or isinstance(n, bool):
        raise InvalidInput(
            "jumlah harus bilangan bulat",
            field="n",
            value=type(n).__name__,
            message_en="the count must be an integer",
        )
    if not isinstance(one, str) or not isinstance(many, str):
        raise InvalidInput(
            "kata benda harus teks",
            field="one" if not isinstance(one, str) else "many",
            message_en="the nouns must be text",
        )
    if abs(n) >= 10**18:  # str() of an int this long is refused beyond 4300 digits
        return f"{Decimal(n):.6E} {many}"
    return f"{n} {one if n == 1 and lang == 'en' else many}"
