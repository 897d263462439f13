"""IGA 2027-2029 as *forecasts*: the 2026 rules with the announced divisor schedule.

The 2026 pedoman's "prognosis" table, as reported by [T2], schedules MAX(14, n) with 6 of 6
yandas for 2027 and MAX(16, n), MAX(18, n) for 2028 and 2029 (6 of 6 carried over) —
THIRD-PARTY forecasts (iid_iga.md §3.5). Everything else is the 2026 edition. These editions
are reachable only with ``edition(2027, forecast=True)``; ``edition_for(date)`` never returns
them (the 2026 edition stays in force until a new one is published).
"""

from __future__ import annotations

import dataclasses
from datetime import date

from inovasi_daerah.iga.edition_2026 import EDITION_2026, INSTRUMENT
from inovasi_daerah.iga.model import Edition
from inovasi_daerah.law import Param, Status, cite
from inovasi_daerah.law.text import T

__all__ = ["FORECASTS"]

_SCHEDULE = {2027: (14, 6), 2028: (16, 6), 2029: (18, 6)}


def _forecast(year: int, k: int, yandas: int) -> Edition:
    c = cite(
        INSTRUMENT,
        "Lampiran I (prognosis)",
        Status.THIRD_PARTY,
        source="T2",
        note=f"forecast for {year}, not a rule in force",
    )
    return dataclasses.replace(
        EDITION_2026,
        id=f"iga-{year}-forecast",
        year=year,
        title=T(f"IGA {year} (prakiraan)", f"IGA {year} (forecast)"),
        citation=c,
        valid_from=date(year, 1, 1),
        valid_to=date(year, 12, 31),
        provisional=True,
        forecast=True,
        divisor_k=Param("divisor_k", k, c, EDITION_2026.divisor_k.title),
        yandas_minimum=Param("yandas_minimum", yandas, c, EDITION_2026.yandas_minimum.title),
        inherited=("everything except divisor_k and yandas_minimum (from IGA 2026)",),
        notes=(
            T(
                f"Prakiraan: k = {k}, {yandas} dari 6 yandas; sisanya aturan IGA 2026.",
                f"Forecast: k = {k}, {yandas} of 6 yandas; the rest is IGA 2026.",
            ),
        ),
    )


FORECASTS: dict[int, Edition] = {y: _forecast(y, k, m) for y, (k, m) in _SCHEDULE.items()}
