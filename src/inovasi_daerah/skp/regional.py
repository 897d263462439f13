"""Regional rules that credit innovators: pluggable, dated, cited objects (skp.md §8).

A :class:`RegionalInnovationCredit` says what a region adds for innovators — points, a gate,
a TPP factor, a mandatory innovation RHK, an award or a promotion route — from when to when,
on which instrument and how sure we are. :func:`inovasi_daerah.skp.credit` applies the rules
in force in the period for the person's region, without changing the engine.

>>> KEPRI_PERGUB_38_2025.in_force_during(date(2026, 1, 1), date(2026, 12, 31))
True
>>> KEPRI_PERGUB_38_2025.applies_to("Kepri"), PAYAKUMBUH_NILAI_TAMBAH.uncertain
(True, True)
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from typing import Any

from inovasi_daerah.errors import DataIntegrityError, InvalidInput
from inovasi_daerah.law import Citation, Status, T, Text, cite
from inovasi_daerah.models.enums import LegalEnum, set_labels
from inovasi_daerah.models.enums import normalize_text as _norm_text

__all__ = [
    "KEPRI_PERGUB_38_2025",
    "PAYAKUMBUH_NILAI_TAMBAH",
    "REGIONAL_RULES",
    "RegionalInnovationCredit",
    "RegionalRuleKind",
]


class RegionalRuleKind(LegalEnum):
    """What a regional rule does for innovators."""

    POINTS = "points"
    GATE = "gate"
    TPP_FACTOR = "tpp_factor"
    MANDATORY_RHK = "mandatory_rhk"
    AWARD = "award"
    PROMOTION = "promotion"


set_labels(
    RegionalRuleKind,
    {
        "points": ("Tambahan nilai", "Points"),
        "gate": ("Syarat", "Gate"),
        "tpp_factor": ("Faktor TPP", "TPP factor"),
        "mandatory_rhk": ("RHK inovasi wajib", "Mandatory innovation RHK"),
        "award": ("Penghargaan", "Award"),
        "promotion": ("Kenaikan pangkat", "Promotion"),
    },
    nilai_tambah="points",
    rhk_wajib="mandatory_rhk",
    penghargaan="award",
)


@dataclass(frozen=True, kw_only=True)
class RegionalInnovationCredit:
    """One regional rule crediting innovators.

    ``valid_from`` None means the start is not established (the rule is then taken as in force
    and results are flagged by its status); ``value`` is the number the rule gives (points,
    factor), or None when it gives none. ``status`` defaults to the citation's status and
    must agree with it.
    """

    id: str
    region: str
    instrument: str
    kind: RegionalRuleKind
    citation: Citation
    description: Text
    valid_from: date | None = None
    valid_to: date | None = None
    value: Decimal | None = None
    status: Status | None = None
    region_aliases: tuple[str, ...] = field(default=())

    def __post_init__(self) -> None:
        if not self.id or not self.region.strip() or not self.instrument.strip():
            raise DataIntegrityError("regional rule needs id, region and instrument", field="id")
        if not isinstance(self.kind, RegionalRuleKind):
            object.__setattr__(self, "kind", RegionalRuleKind(self.kind))
        if not isinstance(self.citation, Citation):
            raise DataIntegrityError("regional rule without citation", field=self.id)
        if self.status is None:
            object.__setattr__(self, "status", self.citation.status)
        elif self.status is not self.citation.status:
            raise DataIntegrityError(
                f"status {self.status} differs from the citation's {self.citation.status}",
                field=f"{self.id}.status",
            )
        if self.valid_from and self.valid_to and self.valid_to < self.valid_from:
            raise DataIntegrityError("valid_to before valid_from", field=f"{self.id}.valid_to")
        if self.value is not None and (
            not isinstance(self.value, Decimal) or not self.value.is_finite()
        ):
            raise DataIntegrityError("value must be a finite Decimal", field=f"{self.id}.value")
        if self.kind is RegionalRuleKind.POINTS and self.value is None and not self.uncertain:
            raise DataIntegrityError(
                "a points rule without a number must be UNCERTAIN", field=f"{self.id}.value"
            )

    @property
    def uncertain(self) -> bool:
        return self.citation.uncertain

    def applies_to(self, region: str | None) -> bool:
        """True when ``region`` names this rule's region (case, spaces and aliases ignored)."""
        if not isinstance(region, str) or not region.strip():
            return False
        key = _norm_text(region)
        return key in {_norm_text(n) for n in (self.region, *self.region_aliases)}

    def in_force_during(self, start: date, end: date) -> bool:
        """True when the rule is in force on any day of ``start``..``end``."""
        if not isinstance(start, date) or not isinstance(end, date):
            raise InvalidInput("start dan end harus tanggal", field="start", value=(start, end))
        after_start = self.valid_to is None or self.valid_to >= start
        before_end = self.valid_from is None or self.valid_from <= end
        return after_start and before_end

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "region": self.region,
            "instrument": self.instrument,
            "kind": self.kind.value,
            "valid_from": None if self.valid_from is None else self.valid_from.isoformat(),
            "valid_to": None if self.valid_to is None else self.valid_to.isoformat(),
            "value": None if self.value is None else str(self.value),
            "status": None if self.status is None else self.status.value,
            "citation": self.citation.model_dump(mode="json"),
            "description": self.description.model_dump(),
        }


KEPRI_PERGUB_38_2025 = RegionalInnovationCredit(
    id="kepri_pergub_38_2025",
    region="Provinsi Kepulauan Riau",
    region_aliases=("Kepulauan Riau", "Kepri", "Prov. Kepri", "Pemprov Kepri"),
    instrument="Pergub Kepulauan Riau 38/2025 tentang Inovasi Daerah (+ SE Gubernur)",
    kind=RegionalRuleKind.MANDATORY_RHK,
    valid_from=date(2026, 1, 1),
    citation=cite(
        "Pergub Kepulauan Riau 38/2025",
        None,
        Status.VERIFIED,
        source="K40",
        url="https://bkddankorpri.kepriprov.go.id/baca/Mulai+2026%2C+SKP+ASN+Kepri+Wajib+Memuat+Inovasi.phtml",
        note="from SKP 2026 every ASN's SKP must contain an innovation; ≥ 3 per bidang",
    ),
    description=T(
        "Mulai SKP 2026 setiap SKP ASN wajib memuat inovasi (paling sedikit 3 inovasi per "
        "bidang, diinisiasi pejabat administrator)",
        "From SKP 2026 every ASN's SKP must contain an innovation (at least 3 per bidang, "
        "initiated by the pejabat administrator)",
    ),
)

PAYAKUMBUH_NILAI_TAMBAH = RegionalInnovationCredit(
    id="payakumbuh_nilai_tambah_skp",
    region="Kota Payakumbuh",
    region_aliases=("Payakumbuh", "Pemko Payakumbuh"),
    instrument="Kota Payakumbuh: penilaian inovator sebagai nilai tambah SKP (dasar hukum belum "
    "diketahui)",
    kind=RegionalRuleKind.POINTS,
    value=None,
    citation=cite(
        "Kota Payakumbuh (pernyataan)",
        None,
        Status.UNCERTAIN,
        note="'the innovator's assessment enters the SKP as added value under the staffing "
        "technical guidance'; legal text not consulted; no number",
    ),
    description=T(
        "Penilaian sebagai inovator masuk SKP sebagai nilai tambah sesuai juknis kepegawaian; "
        "tidak ada angka — merujuk aturan nasional (kreativitas PP 46/2011 dulu, hasil kerja "
        "tambahan / rating PermenPANRB 6/2022 kini)",
        "The innovator's assessment enters the SKP as added value under the staffing guidance; "
        "no number — it refers back to the national rules (PP 46/2011 kreativitas then, "
        "hasil kerja tambahan / rating under PermenPANRB 6/2022 now)",
    ),
)

#: The regional rules shipped with the library.
REGIONAL_RULES: tuple[RegionalInnovationCredit, ...] = (
    KEPRI_PERGUB_38_2025,
    PAYAKUMBUH_NILAI_TAMBAH,
)
