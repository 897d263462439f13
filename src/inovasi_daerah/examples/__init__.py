"""The embedded example: Dinas PUPR Kota Payakumbuh, 2022 (ILLUSTRATIVE data).

Kota Payakumbuh's Dinas PUPR prepared 16 innovations with the help of BAPPEDA's innovation
clinic LAKI IDA. The names of the real 16 are not published, so the innovations, people,
NIPs, dates and indicator levels here are **illustrative**: made up to exercise every rule of
the library (every bentuk, every tahapan, every initiator route, a failing criterion, a
stopped trial, rejected and self-declared evidence, all six urusan wajib pelayanan dasar).
They are not the office's real data and must not be quoted as such.

The data is a JSON file in the format of :mod:`inovasi_daerah.io` with the Indonesian field
names IID applications use.

>>> ex = payakumbuh()
>>> ex.government.name, ex.office.short_name, len(ex.innovations)
('Kota Payakumbuh', 'Dinas PUPR', 16)
>>> sorted({s.value for i in ex.innovations for s in [i.stage]})
['inisiatif', 'penerapan', 'uji_coba']
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any

from inovasi_daerah.law.text import T, Text
from inovasi_daerah.models import Innovation, RegionalGovernment, RegionalOffice

__all__ = ["ILLUSTRATIVE", "Example", "payakumbuh", "payakumbuh_career_raw", "payakumbuh_raw"]

#: The notice every rendering of the example carries.
ILLUSTRATIVE: Text = T(
    "Data ILUSTRATIF: 16 inovasi contoh, bukan data sebenarnya Dinas PUPR Kota Payakumbuh.",
    "ILLUSTRATIVE data: 16 made-up innovations, not the real data of Dinas PUPR Kota Payakumbuh.",
)


@dataclass(frozen=True, slots=True)
class Example:
    """The example's government, office, innovations and illustrative SPD profile levels."""

    government: RegionalGovernment
    office: RegionalOffice
    innovations: tuple[Innovation, ...]
    spd_levels: dict[str, int]
    clinic: str
    notice: Text = ILLUSTRATIVE


@cache
def _text() -> str:
    return (
        resources.files("inovasi_daerah.examples")
        .joinpath("payakumbuh_2022.json")
        .read_text(encoding="utf-8")
    )


def payakumbuh_raw() -> dict[str, Any]:
    """The example as parsed JSON (Indonesian field names), e.g. to feed the CLI or io."""
    data: dict[str, Any] = json.loads(_text())
    return data


@cache
def payakumbuh() -> Example:
    """Dinas PUPR Kota Payakumbuh 2022, as validated models (illustrative data)."""
    raw = payakumbuh_raw()
    return Example(
        government=RegionalGovernment.model_validate(raw["pemda"]),
        office=RegionalOffice.model_validate(raw["perangkat_daerah"]),
        innovations=tuple(Innovation.model_validate(i) for i in raw["inovasi"]),
        spd_levels={str(k): int(v) for k, v in raw["profil_spd"].items()},
        clinic=str(raw["klinik"]["nama"]),
    )


def payakumbuh_career_raw() -> dict[str, Any]:
    """One innovator's illustrative career (PAK, golongan, TMT) for the career projection.

    The innovator is named by NIP in the example; the career data are made up like the rest
    of the example.
    """
    text = (
        resources.files("inovasi_daerah.examples")
        .joinpath("payakumbuh_karier.json")
        .read_text(encoding="utf-8")
    )
    data: dict[str, Any] = json.loads(text)
    return data
