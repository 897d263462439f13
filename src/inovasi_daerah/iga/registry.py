"""The IGA editions: the registry, and picking one by year or by date.

>>> edition(2026).id, edition_for("2024-06-30").id
('iga-2026', 'iga-2024')
>>> later = edition_for("2031-01-01")   # after the last known edition: flagged, never silent
>>> later.id, later.latest_known is not None, later.latest_known.uncertain
('iga-2026', True, True)
>>> edition(2027, forecast=True).divisor_k.get()
14
>>> edition_for("2022-12-31")
Traceback (most recent call last):
...
inovasi_daerah.errors.NoRuleSetInForce: date: tidak ada aturan iga ... 2022-12-31 ...
"""

from __future__ import annotations

import dataclasses
from datetime import date

from inovasi_daerah.errors import InvalidInput
from inovasi_daerah.iga._build import REFERENCE
from inovasi_daerah.iga.edition_2023 import EDITION_2023
from inovasi_daerah.iga.edition_2024 import EDITION_2024
from inovasi_daerah.iga.edition_2025 import EDITION_2025
from inovasi_daerah.iga.edition_2026 import EDITION_2026
from inovasi_daerah.iga.editions_forecast import FORECASTS
from inovasi_daerah.iga.model import Edition
from inovasi_daerah.law import Registry, Status, as_date, cite
from inovasi_daerah.law.text import T
from inovasi_daerah.types import DateLike

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


def edition(year: int, *, forecast: bool = False) -> Edition:
    """The edition of IGA ``year`` (2023-2026; 2027-2029 only with ``forecast=True``)."""
    if type(year) is not int:
        raise InvalidInput(
            "tahun edisi harus bilangan bulat",
            field="year",
            value=year,
            message_en="the edition year must be an integer",
        )
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
            message_en=f"IGA {year} is only available as a forecast: "
            f"edition({year}, forecast=True)",
        )
    known = [e.year for e in REGISTRY] + [f"{y} (forecast)" for y in FORECASTS]
    raise InvalidInput(
        f"tidak ada edisi IGA {year}; ada: {known}",
        field="year",
        value=year,
        message_en=f"no IGA edition {year}; known: {known}",
    )


def edition_for(on: DateLike) -> Edition:
    """The edition in force on a date (``date`` or ISO text); never a forecast.

    Each edition is in force for its calendar year. A date after the last known edition's
    year gets that edition only as a flagged "latest known rules" result (iid_iga.md §15
    item 2): a copy whose ``latest_known`` is an UNCERTAIN citation, so every result computed
    with it is ``uncertain``, lists that citation and says so in its explanation. Forecasts
    (2027-2029) are never chosen by date. Before 2023:
    :class:`~inovasi_daerah.errors.NoRuleSetInForce` naming the date.
    """
    day = as_date(on)
    last = _last()
    if last.valid_to is not None and day > last.valid_to:
        return _latest_known(last)
    return REGISTRY.in_force(day)


def _last() -> Edition:
    return tuple(REGISTRY)[-1]


_LATEST: dict[str, Edition] = {}


def _latest_known(last: Edition) -> Edition:
    # One flagged copy per last edition (the flag does not depend on the date asked for).
    hit = _LATEST.get(last.id)
    if hit is None:
        hit = _LATEST[last.id] = _flagged(last)
    return hit


def _flagged(last: Edition) -> Edition:
    return dataclasses.replace(
        last,
        valid_to=None,
        latest_known=cite(
            REFERENCE,
            "§15 item 2 (a date after the last known edition)",
            Status.UNCERTAIN,
            note=f"no IGA edition is known after {last.year}: the rules of IGA {last.year} are "
            "used as the latest known rules, not as rules known to be in force; forecasts "
            "(2027-2029) are never chosen by date",
        ),
        notes=(
            *last.notes,
            T(
                f"Aturan terakhir yang diketahui (IGA {last.year}); belum ada edisi untuk "
                "tanggal ini.",
                f"Latest known rules (IGA {last.year}); no edition is known for this date.",
            ),
        ),
    )
