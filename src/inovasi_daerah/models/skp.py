"""Inputs of the SKP (performance appraisal) rules: periods, ratings, predikat, recognitions.

Enum values are the legal terms. Predikat enums use the official display names as values
("Sangat Baik", "Butuh Perbaikan" ...) because that is how the forms and the regulations write
them; ratings use snake case ("di_atas_ekspektasi"). All accept display text:

>>> Rating("Di atas ekspektasi") is Rating.ABOVE
True
>>> Predicate("Cukup") is Predicate.NEEDS_IMPROVEMENT, Predicate("kurang") is Predicate.POOR
(True, True)
>>> p = Period(mulai="2021-07-01", selesai="2021-12-31")
>>> p.months, p.label
(6, '2021-07-01..2021-12-31')
"""

from __future__ import annotations

import calendar
from datetime import date
from decimal import Decimal
from typing import Any

from pydantic import Field, field_validator, model_validator

from inovasi_daerah._legacy_names import module_getattr
from inovasi_daerah.errors import InvalidInput
from inovasi_daerah.models.base import LooseDate, Model, alias
from inovasi_daerah.models.enums import LegalEnum, set_labels

__all__ = [
    "Activity",
    "AdditionalPerformance",
    "CreditInputs",
    "InnovationRecognition",
    "KreativitasLevel",
    "PerilakuAspect",
    "Period",
    "Predicate",
    "PredicatePp30",
    "PredicatePp46",
    "Rating",
    "Signer",
]


class Rating(LegalEnum):
    """Rating of hasil kerja or perilaku kerja (PermenPANRB 6/2022; skp.md §4.2)."""

    ABOVE = "di_atas_ekspektasi", "Di atas ekspektasi", "Above expectations"
    MEETS = "sesuai_ekspektasi", "Sesuai ekspektasi", "Meets expectations"
    BELOW = "di_bawah_ekspektasi", "Di bawah ekspektasi", "Below expectations"

    @property
    def rank(self) -> int:
        """2 for di atas, 1 for sesuai, 0 for di bawah ekspektasi (higher is better)."""
        return {"di_bawah_ekspektasi": 0, "sesuai_ekspektasi": 1, "di_atas_ekspektasi": 2}[
            self.value
        ]


set_labels(
    Rating,
    diatas_ekspektasi="di_atas_ekspektasi",
    dibawah_ekspektasi="di_bawah_ekspektasi",
    above="di_atas_ekspektasi",
    meets="sesuai_ekspektasi",
    below="di_bawah_ekspektasi",
)


class Predicate(LegalEnum):
    """Predikat kinerja pegawai of PermenPANRB 6/2022 (names VERIFIED [K25]).

    Also the predikat that PermenPANRB 1/2023 converts to angka kredit. "Cukup" is accepted
    for Butuh Perbaikan and "Kurang" / "Misconduct" for Kurang/Misconduct (skp.md §5.2).
    """

    VERY_GOOD = "Sangat Baik", "Sangat Baik", "Very good"
    GOOD = "Baik", "Baik", "Good"
    NEEDS_IMPROVEMENT = "Butuh Perbaikan", "Butuh Perbaikan", "Needs improvement"
    POOR = "Kurang/Misconduct", "Kurang/Misconduct", "Poor/Misconduct"
    VERY_POOR = "Sangat Kurang", "Sangat Kurang", "Very poor"

    @property
    def rank(self) -> int:
        """4 for Sangat Baik down to 0 for Sangat Kurang (higher is better)."""
        return _PREDIKAT_RANK[self.value]


_PREDIKAT_RANK = {
    "Sangat Baik": 4,
    "Baik": 3,
    "Butuh Perbaikan": 2,
    "Kurang/Misconduct": 1,
    "Sangat Kurang": 0,
}
set_labels(
    Predicate, cukup="Butuh Perbaikan", kurang="Kurang/Misconduct", misconduct="Kurang/Misconduct"
)


class PredicatePp46(LegalEnum):
    """Predikat of PP 46/2011 (skp.md §2.7)."""

    VERY_GOOD = "Sangat Baik", "Sangat Baik", "Very good"
    GOOD = "Baik", "Baik", "Good"
    FAIR = "Cukup", "Cukup", "Fair"
    POOR = "Kurang", "Kurang", "Poor"
    BAD = "Buruk", "Buruk", "Bad"

    @property
    def rank(self) -> int:
        """4 for Sangat Baik down to 0 for Buruk."""
        return ("Buruk", "Kurang", "Cukup", "Baik", "Sangat Baik").index(self.value)


set_labels(PredicatePp46)


class PredicatePp30(LegalEnum):
    """Predikat of PP 30/2019 Pasal 41 ayat (5) (skp.md §3.2)."""

    VERY_GOOD = "Sangat Baik", "Sangat Baik", "Very good"
    GOOD = "Baik", "Baik", "Good"
    FAIR = "Cukup", "Cukup", "Fair"
    POOR = "Kurang", "Kurang", "Poor"
    VERY_POOR = "Sangat Kurang", "Sangat Kurang", "Very poor"

    @property
    def rank(self) -> int:
        """4 for Sangat Baik down to 0 for Sangat Kurang."""
        return ("Sangat Kurang", "Kurang", "Cukup", "Baik", "Sangat Baik").index(self.value)


set_labels(PredicatePp30)


class KreativitasLevel(LegalEnum):
    """Level of benefit of a kreativitas finding (Perka BKN 1/2013; skp.md §2.5)."""

    WORK_UNIT = "unit_kerja", "Bermanfaat bagi unit kerja", "Useful to the work unit"
    ORGANISATION = "organisasi", "Bermanfaat bagi organisasi", "Useful to the organisation"
    STATE = "negara", "Bermanfaat bagi negara", "Useful to the state"

    # Names before 0.2.0, kept as aliases (same value, same member): the convention is
    # English member names, Indonesian legal terms as values (docs/glossary.md).
    UNIT_KERJA = WORK_UNIT
    ORGANISASI = ORGANISATION
    NEGARA = STATE


set_labels(
    KreativitasLevel, unit="unit_kerja", instansi="organisasi", nasional="negara", state="negara"
)


class Signer(LegalEnum):
    """Who signed the surat keterangan of a kreativitas finding (skp.md §2.5)."""

    HEAD_OF_UNIT = "kepala_unit_kerja", "Kepala unit kerja", "Head of the work unit"
    ECHELON_II = "pejabat_eselon_ii", "Pejabat eselon II", "Echelon II official"
    ECHELON_I = "pejabat_eselon_i", "Pejabat eselon I", "Echelon I official"

    # Names before 0.2.0, kept as aliases (same value, same member): the convention is
    # English member names, Indonesian legal terms as values (docs/glossary.md).
    ESELON_II = ECHELON_II
    ESELON_I = ECHELON_I
    HEAD_OF_EQUIVALENT_AGENCY = (
        "kepala_instansi_setingkat",
        "Pimpinan instansi setingkat eselon I",
        "Head of an agency of echelon-I level",
    )
    HIGHEST_HEAD_OF_AGENCY = (
        "pimpinan_tertinggi_instansi",
        "Pimpinan tertinggi instansi",
        "Highest head of the agency",
    )
    PRESIDENT = "presiden", "Presiden", "President"


set_labels(
    Signer,
    eselon_ii="pejabat_eselon_ii",
    eselon_i="pejabat_eselon_i",
    kepala_daerah="pimpinan_tertinggi_instansi",
    ppk="pimpinan_tertinggi_instansi",
)


class PerilakuAspect(LegalEnum):
    """Aspects of perilaku kerja under PP 46/2011 (skp.md §2.6)."""

    SERVICE = "orientasi_pelayanan", "Orientasi pelayanan", "Service orientation"
    INTEGRITY = "integritas", "Integritas", "Integrity"
    COMMITMENT = "komitmen", "Komitmen", "Commitment"
    DISCIPLINE = "disiplin", "Disiplin", "Discipline"
    COOPERATION = "kerja_sama", "Kerja sama", "Cooperation"
    LEADERSHIP = "kepemimpinan", "Kepemimpinan", "Leadership"


set_labels(PerilakuAspect, kerjasama="kerja_sama")


def _last_day(d: date) -> int:
    return calendar.monthrange(d.year, d.month)[1]


class Period(Model):
    """An appraisal period (periode penilaian), both ends inclusive.

    >>> Period(start="2022-01-01", end="2022-12-31").months
    12
    >>> Period(mulai="2022-03-01", selesai="2022-01-01")
    Traceback (most recent call last):
    ...
    inovasi_daerah.errors.InvalidInput: selesai: periode selesai (2022-01-01) sebelum mulai ...
    """

    start: LooseDate = Field(validation_alias=alias("start", "mulai", "awal", "dari"))
    end: LooseDate = Field(validation_alias=alias("end", "selesai", "akhir", "sampai"))

    @model_validator(mode="after")
    def _ordered(self) -> Period:
        """Refuse a period that ends before it starts."""
        if self.end < self.start:
            raise InvalidInput(
                f"periode selesai ({self.end}) sebelum mulai ({self.start})",
                field="end",
                value=self.end.isoformat(),
                message_en=f"period ends ({self.end}) before it starts ({self.start})",
            )
        return self

    @classmethod
    def year(cls, year: int) -> Period:
        """The calendar year ``year`` (the annual SKP period)."""
        if not isinstance(year, int) or isinstance(year, bool) or not 1900 <= year <= 2200:
            raise InvalidInput(
                "tahun harus bilangan bulat 1900-2200",
                field="year",
                value=year,
                message_en="year must be an integer 1900-2200",
            )
        return cls(start=date(year, 1, 1), end=date(year, 12, 31))

    def contains(self, day: date) -> bool:
        """True when ``day`` lies in the period."""
        return self.start <= day <= self.end

    @property
    def months(self) -> int:
        """Calendar months the period touches (Jan 15 - Mar 1 touches 3)."""
        return (self.end.year - self.start.year) * 12 + self.end.month - self.start.month + 1

    @property
    def whole_months(self) -> bool:
        """True when the period starts on a 1st and ends on the last day of a month."""
        return self.start.day == 1 and self.end.day == _last_day(self.end)

    @property
    def label(self) -> str:
        """The period as ``start..end`` in ISO dates."""
        return f"{self.start.isoformat()}..{self.end.isoformat()}"


class AdditionalPerformance(Model):
    """One kinerja tambahan entry under PermenPANRB 8/2021 (skp.md §3.3).

    ``predicate`` is the predikat of the extra work, ``weight`` the weight of its scope of
    assignment (bobot lingkup penugasan) and ``score`` its value (nilai).
    """

    predicate: PredicatePp30 = Field(validation_alias=alias("predicate", "predikat"))
    weight: Decimal = Field(
        ge=0,
        allow_inf_nan=False,
        validation_alias=alias("weight", "bobot", "bobot_lingkup_penugasan"),
    )
    score: Decimal = Field(
        ge=0, le=120, allow_inf_nan=False, validation_alias=alias("score", "nilai")
    )


class InnovationRecognition(Model):
    """How one innovation of a person is documented for the appraisal.

    ``innovation`` names the innovation (its ``id`` or its ``name``). The PP 46/2011 fields are
    the surat keterangan of a kreativitas finding (``level``, ``signer``, ``certificate``,
    ``certificate_number``, ``certificate_date``); ``extra_duty`` says the leader assigned the
    innovation work as a tugas tambahan / hasil kerja tambahan; ``additional_performance`` is its
    PermenPANRB 8/2021 entry; ``new_idea_accepted`` says the pejabat penilai accepts it as a new
    idea or way benefiting the organisation or the state (PP 30/2019 Pasal 41 ayat (5));
    ``awards`` lists awards received.
    """

    innovation: str = Field(
        min_length=1, max_length=500, validation_alias=alias("innovation", "inovasi")
    )
    level: KreativitasLevel | None = Field(
        default=None, validation_alias=alias("level", "tingkat", "tingkat_manfaat")
    )
    signer: Signer | None = Field(
        default=None, validation_alias=alias("signer", "penandatangan", "ditandatangani_oleh")
    )
    certificate: bool | None = Field(
        default=None, validation_alias=alias("certificate", "surat_keterangan", "ada_surat")
    )
    certificate_number: str | None = Field(
        default=None,
        max_length=200,
        validation_alias=alias("certificate_number", "nomor_surat_keterangan", "nomor_surat"),
    )
    certificate_date: LooseDate | None = Field(
        default=None, validation_alias=alias("certificate_date", "tanggal_surat_keterangan")
    )
    extra_duty: bool = Field(
        default=False, validation_alias=alias("extra_duty", "tugas_tambahan", "ditugaskan")
    )
    additional_performance: AdditionalPerformance | None = Field(
        default=None, validation_alias=alias("additional_performance", "kinerja_tambahan")
    )
    new_idea_accepted: bool | None = Field(
        default=None, validation_alias=alias("new_idea_accepted", "gagasan_baru_diterima")
    )
    awards: tuple[str, ...] = Field(default=(), validation_alias=alias("awards", "penghargaan"))

    @field_validator("awards", mode="before", json_schema_input_type=str | list[str])
    @classmethod
    def _awards(cls, value: Any) -> Any:
        """Accept one award where a list is expected (as a one-item tuple)."""
        if isinstance(value, str):
            return (value,)
        return value

    @property
    def has_certificate(self) -> bool:
        """True when a surat keterangan exists (declared, or identified by its number)."""
        return bool(self.certificate) or self.certificate_number is not None


class Activity(Model):
    """One kegiatan tugas jabatan of a PP 46/2011 SKP: targets and realisations.

    ``time`` in months; ``cost`` (biaya) only when the activity is funded (skp.md §2.1).
    """

    name: str = Field(default="kegiatan", max_length=500, validation_alias=alias("name", "nama"))
    quantity_target: Decimal = Field(
        gt=0, allow_inf_nan=False, validation_alias=alias("quantity_target", "target_output")
    )
    quantity_realised: Decimal = Field(
        ge=0, allow_inf_nan=False, validation_alias=alias("quantity_realised", "realisasi_output")
    )
    quality_target: Decimal | None = Field(
        default=None,
        gt=0,
        allow_inf_nan=False,
        validation_alias=alias("quality_target", "target_kualitas"),
    )
    quality_realised: Decimal = Field(
        ge=0, allow_inf_nan=False, validation_alias=alias("quality_realised", "realisasi_kualitas")
    )
    time_target: Decimal = Field(
        gt=0, allow_inf_nan=False, validation_alias=alias("time_target", "target_waktu")
    )
    time_realised: Decimal = Field(
        ge=0, allow_inf_nan=False, validation_alias=alias("time_realised", "realisasi_waktu")
    )
    cost_target: Decimal | None = Field(
        default=None,
        gt=0,
        allow_inf_nan=False,
        validation_alias=alias("cost_target", "target_biaya"),
    )
    cost_realised: Decimal | None = Field(
        default=None,
        ge=0,
        allow_inf_nan=False,
        validation_alias=alias("cost_realised", "realisasi_biaya"),
    )

    @model_validator(mode="after")
    def _cost_pair(self) -> Activity:
        """Refuse a cost target without its realisation or the other way round: the cost aspect
        needs both (skp.md §2.1).
        """
        if (self.cost_target is None) != (self.cost_realised is None):
            raise InvalidInput(
                "target dan realisasi biaya harus diberikan bersama",
                field="cost_realised",
                message_en="cost target and realisation must be given together",
            )
        return self


class CreditInputs(Model):
    """What :func:`inovasi_daerah.skp.credit` needs besides the innovations, all optional.

    Without them the result still lists the entries, evidence and the maximum credit; with
    them it also gives the predikat before and after and the angka kredit effect.

    - PP 46/2011: ``skp_score`` (nilai capaian SKP without the innovations' add-ons),
      ``behaviour_score`` (nilai perilaku), ``other_extra_duties`` (approved tugas tambahan
      besides these).
    - PP 30/2019 + PermenPANRB 8/2021: ``skp_score`` (without the innovations' kinerja
      tambahan), ``behaviour_score``, ``peer_input`` (perilaku assessed with input from peers
      and subordinates), ``other_additional_performance`` (weighted kinerja tambahan besides
      these).
    - PermenPANRB 6/2022: ``results_rating`` (hasil kerja) and ``behaviour_rating`` (perilaku)
      as they stand without counting the innovations.
    - ``region``: the person's regional government, for regional rules.
    """

    skp_score: Decimal | None = Field(
        default=None, ge=0, allow_inf_nan=False, validation_alias=alias("skp_score", "nilai_skp")
    )
    behaviour_score: Decimal | None = Field(
        default=None,
        ge=0,
        allow_inf_nan=False,
        validation_alias=alias("behaviour_score", "nilai_perilaku"),
    )
    peer_input: bool | None = Field(
        default=None, validation_alias=alias("peer_input", "masukan_rekan_dan_bawahan")
    )
    other_extra_duties: int = Field(
        default=0,
        ge=0,
        le=1000,
        validation_alias=alias("other_extra_duties", "other_tugas_tambahan", "tugas_tambahan_lain"),
    )
    other_additional_performance: Decimal = Field(
        default=Decimal(0),
        ge=0,
        allow_inf_nan=False,
        validation_alias=alias(
            "other_additional_performance", "other_kinerja_tambahan", "kinerja_tambahan_lain"
        ),
    )
    results_rating: Rating | None = Field(
        default=None,
        validation_alias=alias("results_rating", "rating_hasil_kerja", "hasil_kerja"),
    )
    behaviour_rating: Rating | None = Field(
        default=None, validation_alias=alias("behaviour_rating", "rating_perilaku", "perilaku")
    )
    region: str | None = Field(
        default=None, max_length=200, validation_alias=alias("region", "wilayah", "pemda")
    )


__getattr__ = module_getattr(__name__, globals())
