"""The IGA editions: the registry, and picking one by year or by date.

>>> edition(2026).id, edition_for("2024-06-30").id
('iga-2026', 'iga-2024')
>>> edition_for("2031-01-01").id   # the latest edition stays in force until replaced
'iga-2026'
>>> edition(2027, forecast=True).divisor_k.get()
14
>>> edition_for("2022-12-31")
Traceback (most recent call last):
...
inovasi_daerah.errors.NoRuleSetInForce: date: tidak ada aturan iga ... 2022-12-31 ...
"""

from __future__ import annotations

from datetime import date

from inovasi_daerah.errors import InvalidInput
from inovasi_daerah.iga.edition_2023 import EDITION_2023
from inovasi_daerah.iga.edition_2024 import EDITION_2024
from inovasi_daerah.iga.edition_2025 import EDITION_2025
from inovasi_daerah.iga.edition_2026 import EDITION_2026
from inovasi_daerah.iga.editions_forecast import FORECASTS
from inovasi_daerah.iga.model import Edition
from inovasi_daerah.law import Registry
from inovasi_daerah.law.text import T

__all__ = ["REGISTRY", "edition", "edition_for", "editions"]

REGISTRY: Registry[Edition] = Registry(
    "iga",
    T("Innovative Government Award", "Innovative Government Award"),
    covers_from=date(2023, 1, 1),
)
for _e in (EDITION_2023, EDITION_2024, EDITION_2025, EDITION_2026):
    REGISTRY.register(_e)
REGISTRY.check()  # at import: no gaps or overlaps, every edition's load-time checks
for _f in FORECASTS.values():
    _f.check()


def editions(*, forecast: bool = False) -> tuple[Edition, ...]:
    """The editions in force order (2023-2026); with ``forecast=True`` also 2027-2029."""
    out = tuple(REGISTRY)
    return out + tuple(FORECASTS.values()) if forecast else out


def edition(year: object, *, forecast: bool = False) -> Edition:
    """The edition of IGA ``year`` (2023-2026; 2027-2029 only with ``forecast=True``)."""
    if type(year) is not int:
        raise InvalidInput("tahun edisi harus bilangan bulat", field="year", value=year)
    if not 0 < year < 10_000:  # bounded before it is formatted into a message
        raise InvalidInput("tahun edisi di luar jangkauan", field="year", value=year)
    for e in REGISTRY:
        if e.year == year:
            return e
    if year in FORECASTS:
        if forecast:
            return FORECASTS[year]
        raise InvalidInput(
            f"IGA {year} hanya tersedia sebagai prakiraan: edition({year}, forecast=True) "
            f"(only available as a forecast)",
            field="year",
            value=year,
        )
    known = [e.year for e in REGISTRY] + [f"{y} (forecast)" for y in FORECASTS]
    raise InvalidInput(f"tidak ada edisi IGA {year}; ada: {known}", field="year", value=year)


def edition_for(on: object) -> Edition:
    """The edition in force on a date (``date`` or ISO text); never a forecast.

    Each edition is in force for its calendar year; the latest stays in force until replaced.
    Before 2023: :class:`~inovasi_daerah.errors.NoRuleSetInForce` naming the date.
    """
    return REGISTRY.in_force(on)
