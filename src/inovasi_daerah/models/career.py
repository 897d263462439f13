"""Inputs of the career rules of a jabatan fungsional (skp.md §5.4, §5.6, §5.7).

Golongan ruang, the last conventional PAK (penetapan angka kredit) carried into the integrated
model, a starting point for a projection and the entries of a career ledger. Every model is
immutable and accepts Indonesian field names beside English ones.

>>> Golongan("III/c") is Golongan.III_C, Golongan("3c") is Golongan.III_C
(True, True)
>>> pak = ConventionalPak(tanggal="2022-12-31", unsur_utama="250", unsur_penunjang="37.5")
>>> pak.main_credit + pak.supporting_credit
Decimal('287.5')
"""

from __future__ import annotations

from decimal import Decimal
from typing import Annotated, Any, Literal

from pydantic import Discriminator, Field, Tag

from inovasi_daerah._legacy_names import module_getattr
from inovasi_daerah.models.base import LooseDate, Model, alias
from inovasi_daerah.models.enums import Jenjang, LegalEnum, set_labels
from inovasi_daerah.models.skp import Predicate

__all__ = [
    "BonusEntry",
    "CareerStart",
    "ConventionalPak",
    "Golongan",
    "IntegrationEntry",
    "LedgerEntry",
    "PeriodEntry",
    "PlannedPeriod",
    "PromotionEntry",
]


class Golongan(LegalEnum):
    """Golongan ruang of a PNS (pangkat), II/a to IV/e, in ascending order."""

    II_A = "II/a"
    II_B = "II/b"
    II_C = "II/c"
    II_D = "II/d"
    III_A = "III/a"
    III_B = "III/b"
    III_C = "III/c"
    III_D = "III/d"
    IV_A = "IV/a"
    IV_B = "IV/b"
    IV_C = "IV/c"
    IV_D = "IV/d"
    IV_E = "IV/e"

    @property
    def order(self) -> int:
        """Position in the ladder, 0 for II/a (higher is a higher pangkat)."""
        return list(Golongan).index(self)


set_labels(
    Golongan,
    {g: (g, g) for g in ("II/a", "II/b", "II/c", "II/d", "III/a", "III/b", "III/c", "III/d")}
    | {g: (g, g) for g in ("IV/a", "IV/b", "IV/c", "IV/d", "IV/e")},
    **{
        f"{roman}{letter}": f"{roman.upper()}/{letter}"
        for roman in ("ii", "iii", "iv")
        for letter in "abcde"
        if not (roman != "iv" and letter == "e")
    },
    **{
        f"{num}{letter}": f"{roman}/{letter}"
        for num, roman in (("2", "II"), ("3", "III"), ("4", "IV"))
        for letter in "abcde"
        if not (num != "4" and letter == "e")
    },
    **{
        f"{num} {letter}": f"{roman}/{letter}"
        for num, roman in (("2", "II"), ("3", "III"), ("4", "IV"))
        for letter in "abcde"
        if not (num != "4" and letter == "e")
    },
)

_AK = Annotated[Decimal, Field(ge=0, allow_inf_nan=False, max_digits=20)]


class ConventionalPak(Model):
    """The last conventional PAK (DUPAK era) of a JF holder, carried into the integrated model.

    ``main_credit`` (``unsur_utama``) is the cumulative AK of the unsur utama (pendidikan,
    tugas pokok, pengembangan profesi); ``supporting_credit`` (``unsur_penunjang``) the
    cumulative AK of the unsur penunjang. A PAK that shows only a total: put the total in
    ``main_credit``.
    """

    date: LooseDate = Field(validation_alias=alias("date", "tanggal", "tanggal_pak"))
    main_credit: _AK = Field(
        validation_alias=alias("main_credit", "unsur_utama", "utama", "ak_utama")
    )
    supporting_credit: _AK = Field(
        default=Decimal(0),
        validation_alias=alias("supporting_credit", "unsur_penunjang", "penunjang", "ak_penunjang"),
    )


class CareerStart(Model):
    """Where a projection starts: jenjang, golongan, integrated AK and the dates that count.

    ``start`` is the first day from which new AK accrue (1 January 2023 after integration, or
    the TMT of the last jenjang promotion); ``rank_since`` / ``career_level_since`` (TMT
    pangkat / TMT jenjang) are the dates the current pangkat and jenjang took effect (for the
    time conditions of promotion).
    """

    career_level: Jenjang = Field(validation_alias=alias("career_level", "jenjang"))
    grade: Golongan | None = Field(
        default=None, validation_alias=alias("grade", "golongan", "pangkat")
    )
    credit: _AK = Field(
        default=Decimal(0), validation_alias=alias("credit", "ak", "angka_kredit", "ak_integrasi")
    )
    start: LooseDate = Field(validation_alias=alias("start", "mulai", "tanggal_mulai"))
    rank_since: LooseDate | None = Field(
        default=None, validation_alias=alias("rank_since", "tmt_pangkat")
    )
    career_level_since: LooseDate | None = Field(
        default=None, validation_alias=alias("career_level_since", "tmt_jenjang")
    )


class PlannedPeriod(Model):
    """One appraisal period with its (assumed or actual) predikat, both ends inclusive."""

    start: LooseDate = Field(validation_alias=alias("start", "mulai", "awal"))
    end: LooseDate = Field(validation_alias=alias("end", "selesai", "akhir"))
    predicate: Predicate = Field(validation_alias=alias("predicate", "predikat"))
    conversion_2022: _AK | None = Field(
        default=None, validation_alias=alias("conversion_2022", "konversi_2022")
    )


class IntegrationEntry(Model):
    """Ledger entry: the integration of the conventional AK (the ledger's opening balance)."""

    kind: Literal["integrasi"] = Field(default="integrasi", validation_alias=alias("kind", "jenis"))
    pak: ConventionalPak = Field(validation_alias=alias("pak", "pak_konvensional"))
    base_value: _AK | None = Field(
        default=None, validation_alias=alias("base_value", "nilai_dasar")
    )


class PeriodEntry(Model):
    """Ledger entry: one appraisal period (a year or part of one) converted into AK."""

    kind: Literal["periode"] = Field(default="periode", validation_alias=alias("kind", "jenis"))
    start: LooseDate = Field(validation_alias=alias("start", "mulai", "awal"))
    end: LooseDate = Field(validation_alias=alias("end", "selesai", "akhir"))
    predicate: Predicate = Field(validation_alias=alias("predicate", "predikat"))
    conversion_2022: _AK | None = Field(
        default=None, validation_alias=alias("conversion_2022", "konversi_2022")
    )


class BonusEntry(Model):
    """Ledger entry: the one-time AK for a higher degree (ijazah), PermenPANRB 1/2023 Pasal 37."""

    kind: Literal["ijazah"] = Field(default="ijazah", validation_alias=alias("kind", "jenis"))
    date: LooseDate = Field(validation_alias=alias("date", "tanggal"))
    predicate: Predicate = Field(validation_alias=alias("predicate", "predikat"))


class PromotionEntry(Model):
    """Ledger entry: a kenaikan pangkat or a kenaikan jenjang taking effect on ``date``.

    After a kenaikan jenjang the integrated AK restart at 0 (skp.md §5.6); ``career_level``
    (jenjang) defaults to the next jenjang of the ladder, ``grade`` is the new golongan when
    known.
    """

    kind: Literal["kenaikan_pangkat", "kenaikan_jenjang"] = Field(
        validation_alias=alias("kind", "jenis")
    )
    date: LooseDate = Field(validation_alias=alias("date", "tanggal", "tmt"))
    grade: Golongan | None = Field(
        default=None, validation_alias=alias("grade", "golongan", "pangkat")
    )
    career_level: Jenjang | None = Field(
        default=None, validation_alias=alias("career_level", "jenjang")
    )


def _entry_kind(value: Any) -> str | None:
    """The ``kind`` (or ``jenis``) of a ledger entry given as a model or a mapping."""
    if isinstance(value, dict):
        kind = value.get("kind", value.get("jenis"))
        return kind if isinstance(kind, str) else None
    kind = getattr(value, "kind", None)
    return kind if isinstance(kind, str) else None


#: One entry of a career ledger (the ``kind``/``jenis`` field tells which).
LedgerEntry = Annotated[
    Annotated[IntegrationEntry, Tag("integrasi")]
    | Annotated[PeriodEntry, Tag("periode")]
    | Annotated[BonusEntry, Tag("ijazah")]
    | Annotated[PromotionEntry, Tag("kenaikan_pangkat")]
    | Annotated[PromotionEntry, Tag("kenaikan_jenjang")],
    Discriminator(
        _entry_kind,
        custom_error_type="jenis_entri",
        custom_error_message="jenis entri harus integrasi, periode, ijazah, kenaikan_pangkat "
        "atau kenaikan_jenjang (kind must be one of these)",
    ),
]


__getattr__ = module_getattr(__name__, globals())
