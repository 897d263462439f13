"""Rule data of a jabatan fungsional career: integration, AK dasar, degree bonus, promotions.

PermenPANRB 1/2023 + Peraturan BKN 3/2023, as read in skp.md §5.4, §5.6 and §5.7. Every number
is a cited :class:`~inovasi_daerah.law.Param` of the dated rule set :data:`RULES`; the engine
(:mod:`inovasi_daerah.skp.career`) holds none. The thresholds for kenaikan pangkat and jenjang,
the koefisien, the percentages and the jenjang ladder are those of
:data:`inovasi_daerah.skp.permenpanrb_1_2023.RULES` (one rule, one place).

Status in short: the keahlian nilai dasar table and golongan ranges are THIRD-PARTY (four
agreeing sources, official table not read), so every integration that uses them is flagged;
the keterampilan nilai dasar table is OPEN (no default); AK dasar III/d = 100 is
VERIFIED-SECONDARY, the other AK dasar rows THIRD-PARTY; the 25 % degree bonus rests on a
third-party copy of Pasal 37; the promotion conditions are VERIFIED-SECONDARY.

>>> RULES.nilai_dasar_keahlian.get()[Golongan.IV_B]
Decimal('400')
>>> RULES.nilai_dasar_keterampilan.is_open
True
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Any

from inovasi_daerah.errors import DataIntegrityError
from inovasi_daerah.law import Citation, Param, Registry, RuleSet, T
from inovasi_daerah.law.load import (
    DATE,
    DECIMAL,
    INT,
    ArrayOf,
    Choice,
    Kind,
    MapOf,
    Where,
    decimal_of,
)
from inovasi_daerah.models.career import Golongan
from inovasi_daerah.models.enums import Jenjang, LegalEnum, set_labels
from inovasi_daerah.models.skp import Predicate
from inovasi_daerah.skp._common import VALID_OPEN, load_rule_set, rule_file

__all__ = ["REGISTRY", "RULES", "AccrualStep", "CareerRules"]


class AccrualStep(LegalEnum):
    """When the AK of a period count toward a threshold in a projection (a named policy).

    ``tahunan`` (default): the AK of a period count at its end, after its evaluation (the
    annual conversion of the predikat); ``bulanan``: they count month by month, as the
    proportional AK of a partial period (Peraturan BKN 3/2023 Pasal 13(1)) allow where the
    agency evaluates monthly.
    """

    ANNUAL = "tahunan", "Tahunan", "Annual"
    MONTHLY = "bulanan", "Bulanan", "Monthly"


set_labels(AccrualStep, annual="tahunan", monthly="bulanan")


@dataclass(frozen=True, kw_only=True)
class CareerRules(RuleSet):
    """The constants of a JF career in the integrated model (skp.md §5.4, §5.6, §5.7)."""

    integration_cutoff: Param[date]
    conversion_start: Param[date]
    penunjang_percent: Param[Decimal]
    golongan_keahlian: Param[Mapping[Jenjang, tuple[Golongan, ...]]]
    golongan_keterampilan: Param[Mapping[Jenjang, tuple[Golongan, ...]]]
    nilai_dasar_keahlian: Param[Mapping[Golongan, Decimal]]
    nilai_dasar_keterampilan: Param[Mapping[Golongan, Decimal]]
    conventional_lower_keahlian: Param[Mapping[Golongan, Decimal]]
    ak_dasar_verified: Param[Mapping[Golongan, Decimal]]
    ak_dasar_third_party: Param[Mapping[Golongan, Decimal]]
    restart_after_jenjang: Param[Decimal]
    degree_bonus_percent: Param[Decimal]
    degree_bonus_min_predikat: Param[Predicate]
    degree_bonus_times: Param[int]
    pangkat_min_years: Param[int]
    pangkat_predikat_years: Param[int]
    pangkat_min_predikat: Param[Predicate]
    jenjang_min_years: Param[int]
    jenjang_min_predikat: Param[Predicate]
    jenjang_predikat_years: Param[int]
    accrual_step: Param[AccrualStep]
    formasi: Citation
    uji_kompetensi: Citation
    pengembangan_profesi: Citation
    mismatch_cases: Citation
    pangkat_steps: Citation
    no_2022_rule: Citation
    caller_nilai_dasar: Citation

    def check(self) -> None:
        """Integrity: the golongan ranges of keahlian and the nilai dasar rows agree."""
        super().check()
        ranges = self.golongan_keahlian.get()
        dasar = self.nilai_dasar_keahlian.get()
        lower = self.conventional_lower_keahlian.get()
        listed = [g for gs in ranges.values() for g in gs]
        if sorted(listed, key=lambda g: g.order) != sorted(dasar, key=lambda g: g.order):
            raise DataIntegrityError(
                "rentang golongan dan baris nilai dasar berbeda",
                field=f"{self.id}.nilai_dasar",
                message_en="golongan ranges and nilai dasar rows differ",
            )
        if set(lower) != set(dasar):
            raise DataIntegrityError(
                "rentang konvensional dan baris nilai dasar berbeda",
                field=f"{self.id}.nilai_dasar",
                message_en="conventional ranges and nilai dasar rows differ",
            )
        for gs in ranges.values():
            # DERIVED reading: nilai dasar = lower bound of the jenjang's first golongan
            if any(dasar[g] != lower[gs[0]] for g in gs):
                raise DataIntegrityError(
                    "nilai dasar bukan batas bawah golongan pertama jenjangnya",
                    field=f"{self.id}.nilai_dasar_keahlian",
                    message_en="nilai dasar is not the lower bound of the jenjang's first golongan",
                )


# -- the rule data: rules/skp/career_2023.toml ----------------------------------------------------

_GOL = Choice(tuple(g.value for g in Golongan))
_PRED = Choice(tuple(p.value for p in Predicate))
_BY_JENJANG = MapOf(ArrayOf(_GOL))
_BY_GOLONGAN = MapOf(DECIMAL)
_VALUE_KINDS: dict[str, Kind] = {
    "integration_cutoff": DATE,
    "conversion_start": DATE,
    "penunjang_percent": DECIMAL,
    "golongan_keahlian": _BY_JENJANG,
    "golongan_keterampilan": _BY_JENJANG,
    "nilai_dasar_keahlian": _BY_GOLONGAN,
    "nilai_dasar_keterampilan": _BY_GOLONGAN,
    "conventional_lower_keahlian": _BY_GOLONGAN,
    "ak_dasar_verified": _BY_GOLONGAN,
    "ak_dasar_third_party": _BY_GOLONGAN,
    "restart_after_jenjang": DECIMAL,
    "degree_bonus_percent": DECIMAL,
    "degree_bonus_min_predikat": _PRED,
    "degree_bonus_times": INT,
    "pangkat_min_years": INT,
    "pangkat_predikat_years": INT,
    "pangkat_min_predikat": _PRED,
    "jenjang_min_years": INT,
    "jenjang_min_predikat": _PRED,
    "jenjang_predikat_years": INT,
    "accrual_step": Choice(tuple(a.value for a in AccrualStep)),
}

#: Rules that carry no number, named in the file's [citations].
_BARE_CITATIONS = (
    "formasi",
    "uji_kompetensi",
    "pengembangan_profesi",
    "mismatch_cases",
    "pangkat_steps",
    "no_2022_rule",
    "caller_nilai_dasar",
)

#: The format of the career rule file.
RULE_FILE = rule_file(
    "karier_jf",
    "The career rules of a functional post (PermenPANRB 1/2023 + Peraturan BKN 3/2023)",
    _VALUE_KINDS,
    valid=VALID_OPEN,
)


def _career_value(key: str, v: Any, where: Where) -> Any:
    kind = _VALUE_KINDS[key]
    if kind is _BY_JENJANG:
        return {Jenjang(j): tuple(Golongan(g) for g in gs) for j, gs in v.items()}
    if kind is _BY_GOLONGAN:
        return {Golongan(g): decimal_of(x, where, "value") for g, x in v.items()}
    if kind is _PRED:
        return Predicate(v)
    if key == "accrual_step":
        return AccrualStep(v)
    if kind is DECIMAL:
        return decimal_of(v, where, "value")
    return v


RULES = load_rule_set(
    CareerRules, "skp/career_2023.toml", RULE_FILE, _career_value, _BARE_CITATIONS
)

REGISTRY: Registry[CareerRules] = Registry(
    "karier_jf", T("Karier jabatan fungsional", "Career of functional posts")
)
REGISTRY.register(RULES)
REGISTRY.check()
