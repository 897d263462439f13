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

from decimal import ROUND_HALF_UP, Decimal
from enum import Enum

from inovasi_daerah.law.text import Text

__all__ = ["DISPLAY_PLACES", "plural", "show"]

#: Decimal places of a number in a printed table (display only; the value stays exact).
DISPLAY_PLACES = 2


def show(value: object, lang: str) -> str:
    """``value`` for a printed report in ``lang`` ("id" or "en")."""
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
    if isinstance(value, tuple | list):
        return ", ".join(show(v, lang) for v in value) or "-"
    return str(value)


def plural(n: int, one: str, many: str, lang: str) -> str:
    """``n`` with the noun in the right number (Indonesian nouns do not change)."""
    return f"{n} {one if n == 1 and lang == 'en' else many}"
