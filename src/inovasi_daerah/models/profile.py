"""The regional profile (profil Pemda) that the SPD block of the IGA scores.

The SPD levels are inputs by default (domain reference iid_iga.md §5.1): give them as
``indicators`` entries keyed by the SPD row ("1", "2a" ... "15") or its stable code, each with
its evidence status like an innovation's indicators. The raw regional figures (growth rates,
BPK opinion, LAKIP grade, IPM ...) are optional; where an edition publishes cut-offs the engine
derives the level from them and reports a declared level that contradicts them.

>>> p = RegionalProfile(indikator={"1": 3, "8": {"level": 3, "status_bukti": "diterima"}},
...                     opini_bpk="WTP", ipm="72.5", tpt="4.1")
>>> [e.indicator for e in p.indicators], p.figures()["opini_bpk"], p.figures()["tingkat_ipm"]
(['1', '8'], 'WTP', Decimal('72.5'))
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from pydantic import Field, field_validator

from inovasi_daerah.models.base import Model, alias
from inovasi_daerah.models.innovation import (
    IndicatorEntry,
    IndicatorsInput,
    indicator_entries,
    unique_indicators,
)
from inovasi_daerah.models.region import RegionalGovernment

__all__ = ["FIGURE_CODES", "RegionalProfile"]

#: Raw figure (field name) -> stable code of the SPD row it measures.
FIGURE_CODES: dict[str, str] = {
    "vision_mission": "visi_misi",
    "apbd_on_time_years": "apbd_tepat_waktu",
    "mandatory_spending_components": "belanja_wajib",
    "permit_growth_pct": "perizinan",
    "per_capita_income_growth_pct": "pendapatan_per_kapita",
    "unemployment_reduction": "penurunan_tpt",
    "unemployment_rate": "tingkat_tpt",
    "investment_growth_pct": "investasi",
    "pad_growth_pct": "pad",
    "bpk_opinion": "opini_bpk",
    "lakip_grade": "lakip",
    "poverty_reduction": "penurunan_kemiskinan",
    "poverty_rate": "tingkat_kemiskinan",
    "hdi_increase": "kenaikan_ipm",
    "hdi": "tingkat_ipm",
    "policy_recommendations": "rekomendasi_kebijakan",
    "ikk_grade": "ikk",
    "ripj_pid": "ripj_pid",
}

_CATEGORY = 40


def _num(*names: str) -> Any:
    return Field(default=None, allow_inf_nan=False, validation_alias=alias(*names))


def _share(*names: str) -> Any:
    # a rate or index of 0-100 (TPT, poverty, IPM): above 100 or below 0 is a typo
    return Field(default=None, ge=0, le=100, allow_inf_nan=False, validation_alias=alias(*names))


class RegionalProfile(Model):
    """SPD entries and raw figures of one Pemda for one IGA edition."""

    government: RegionalGovernment | None = Field(
        default=None, validation_alias=alias("government", "pemda", "pemerintah_daerah")
    )
    year: int | None = Field(
        default=None, ge=2000, le=2100, validation_alias=alias("year", "tahun", "tahun_iga")
    )
    indicators: tuple[IndicatorEntry, ...] = Field(
        default=(), validation_alias=alias("indicators", "indikator", "indikator_spd")
    )
    # -- raw figures (Lampiran II SPD 2026; units as published) ---------------------------------
    vision_mission: str | None = Field(
        default=None, max_length=_CATEGORY, validation_alias=alias("vision_mission", "visi_misi")
    )
    apbd_on_time_years: int | None = Field(
        default=None, ge=0, le=3, validation_alias=alias("apbd_on_time_years", "apbd_tepat_waktu")
    )
    mandatory_spending_components: int | None = Field(
        default=None,
        ge=0,
        le=4,
        validation_alias=alias("mandatory_spending_components", "belanja_wajib"),
    )
    permit_growth_pct: Decimal | None = _num("permit_growth_pct", "pertumbuhan_perizinan")
    per_capita_income_growth_pct: Decimal | None = _num(
        "per_capita_income_growth_pct", "pertumbuhan_pendapatan_per_kapita"
    )
    unemployment_reduction: Decimal | None = _num("unemployment_reduction", "penurunan_tpt")
    unemployment_rate: Decimal | None = _share("unemployment_rate", "tpt", "tingkat_tpt")
    investment_growth_pct: Decimal | None = _num("investment_growth_pct", "pertumbuhan_investasi")
    pad_growth_pct: Decimal | None = _num("pad_growth_pct", "pertumbuhan_pad")
    bpk_opinion: str | None = Field(
        default=None, max_length=_CATEGORY, validation_alias=alias("bpk_opinion", "opini_bpk")
    )
    lakip_grade: str | None = Field(
        default=None,
        max_length=_CATEGORY,
        validation_alias=alias("lakip_grade", "nilai_lakip", "sakip"),
    )
    poverty_reduction: Decimal | None = _num("poverty_reduction", "penurunan_kemiskinan")
    poverty_rate: Decimal | None = _share("poverty_rate", "tingkat_kemiskinan")
    hdi_increase: Decimal | None = _num("hdi_increase", "kenaikan_ipm")
    hdi: Decimal | None = _share("hdi", "ipm")
    policy_recommendations: int | None = Field(
        default=None,
        ge=0,
        le=100_000,
        validation_alias=alias("policy_recommendations", "rekomendasi_kebijakan"),
    )
    ikk_grade: str | None = Field(
        default=None, max_length=_CATEGORY, validation_alias=alias("ikk_grade", "ikk")
    )
    ripj_pid: str | None = Field(
        default=None, max_length=_CATEGORY, validation_alias=alias("ripj_pid", "status_ripj_pid")
    )

    @field_validator("indicators", mode="before", json_schema_input_type=IndicatorsInput)
    @classmethod
    def _entries(cls, value: Any) -> Any:
        """Accept the SPD rows as a mapping ``{"1": 3}`` or as a list of entries."""
        return indicator_entries(value)

    @field_validator("indicators", mode="after")
    @classmethod
    def _unique(cls, value: tuple[IndicatorEntry, ...]) -> tuple[IndicatorEntry, ...]:
        """Refuse an SPD row given twice; sort the rows by length, then text ("9" before "10")."""
        return unique_indicators(value)

    def figures(self) -> dict[str, Decimal | int | str]:
        """The raw figures given, keyed by the stable code of the SPD row they measure."""
        out: dict[str, Decimal | int | str] = {}
        for name, code in FIGURE_CODES.items():
            v = getattr(self, name)
            if v is not None:
                out[code] = v
        return out
