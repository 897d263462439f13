"""The one table of names renamed to the English convention (issue 14; docs/glossary.md).

Identifiers are English; Indonesian legal terms live in values, labels and input aliases.
Names that were Indonesian before the rename keep working for one deprecation cycle (until
1.0.0, docs/versioning.md), each with a ``DeprecationWarning`` naming the new name:

- ``FIELDS``: input-model fields. The old name stays an input alias (stored JSON loads), and
  the old attribute a read-only property returning the new field.
- ``ATTRIBUTES``: attributes of result objects (the same words as their ``to_dict()`` keys);
  the old attribute a read-only property returning the new one.
- ``CLASSES``: class names, still importable from their module (PEP 562 ``__getattr__``).
- ``RESULT_KEYS``: keys of results' ``to_dict()``; output, so renamed at once (changelog).
- ``EXPLANATION_KEYS`` / ``EXPLANATION_PREFIXES``: keys of explanation nodes;
  ``Explanation.find`` still finds a node by its old key.

docs/glossary.md quotes these tables as the migration table; ``tests/test_api_contract.py``
checks that every old name still loads and reads back with the warning.
"""

from __future__ import annotations

import warnings
from collections.abc import Callable
from typing import Any, TypeVar

__all__ = [
    "ATTRIBUTES",
    "CLASSES",
    "EXPLANATION_KEYS",
    "EXPLANATION_PREFIXES",
    "FIELDS",
    "INPUT_KEYS",
    "RESULT_KEYS",
    "add_deprecated_attributes",
    "deprecated_attribute",
    "module_getattr",
    "renamed_key",
    "warn_renamed",
]

#: model (module.qualname) → {old field name: new field name}
FIELDS: dict[str, dict[str, str]] = {
    "inovasi_daerah.models.career.ConventionalPak": {
        "unsur_utama": "main_credit",
        "unsur_penunjang": "supporting_credit",
    },
    "inovasi_daerah.models.career.CareerStart": {
        "jenjang": "career_level",
        "golongan": "grade",
        "ak": "credit",
        "tmt_pangkat": "rank_since",
        "tmt_jenjang": "career_level_since",
    },
    "inovasi_daerah.models.career.PlannedPeriod": {"predikat": "predicate"},
    "inovasi_daerah.models.career.IntegrationEntry": {"nilai_dasar": "base_value"},
    "inovasi_daerah.models.career.PeriodEntry": {"predikat": "predicate"},
    "inovasi_daerah.models.career.BonusEntry": {"predikat": "predicate"},
    "inovasi_daerah.models.career.PromotionEntry": {
        "golongan": "grade",
        "jenjang": "career_level",
    },
    "inovasi_daerah.models.innovation.Innovation": {
        "jenis": "kind",
        "tematik": "theme",
        "perangkat_daerah": "office",
    },
    "inovasi_daerah.models.innovator.Innovator": {
        "jabatan_kind": "position_kind",
        "jabatan": "position",
        "jenjang": "career_level",
        "perangkat_daerah": "office",
    },
    "inovasi_daerah.models.skp.AdditionalPerformance": {
        "predikat": "predicate",
        "bobot": "weight",
        "nilai": "score",
    },
    "inovasi_daerah.models.skp.InnovationRecognition": {
        "kinerja_tambahan": "additional_performance",
    },
    "inovasi_daerah.models.skp.CreditInputs": {
        "nilai_skp": "skp_score",
        "nilai_perilaku": "behaviour_score",
        "other_tugas_tambahan": "other_extra_duties",
        "other_kinerja_tambahan": "other_additional_performance",
        "rating_hasil_kerja": "results_rating",
        "rating_perilaku": "behaviour_rating",
    },
    "inovasi_daerah.skp.career_input.CareerInput": {
        "jenjang": "career_level",
        "golongan": "grade",
        "nilai_dasar": "base_value",
        "ak": "credit",
        "tmt_pangkat": "rank_since",
        "tmt_jenjang": "career_level_since",
        "predikat": "predicate",
        "predikat_with_innovation": "predicate_with_innovation",
        "predikat_history": "predicate_history",
        "formasi": "vacancy",
        "uji_kompetensi": "competency_test",
        "pengembangan_profesi": "professional_development",
    },
}

#: result class (module.qualname) → {old attribute: new attribute}; the same English word as
#: the class's ``to_dict()`` key (``RESULT_KEYS``)
ATTRIBUTES: dict[str, dict[str, str]] = {
    "inovasi_daerah.skp._common.PredicateResult": {"predikat": "predicate", "nilai": "value"},
    "inovasi_daerah.skp.career.IntegrationResult": {
        "jenjang": "career_level",
        "golongan": "grade",
        "nilai_dasar": "base_value",
        "has_integrated_ak": "has_integrated_credit",
    },
    "inovasi_daerah.skp.career.DegreeBonusResult": {
        "jenjang": "career_level",
        "predikat": "predicate",
    },
    "inovasi_daerah.skp.career.ReadinessResult": {
        "jenjang": "career_level",
        "golongan": "grade",
        "ak": "credit",
    },
    "inovasi_daerah.skp.career.ScheduleRow": {"predikat": "predicate", "ak": "credit"},
    "inovasi_daerah.skp.career.ThresholdDate": {"ak_reached_on": "credit_reached_on"},
    "inovasi_daerah.skp.career.ProjectionResult": {"final_ak": "final_credit"},
    "inovasi_daerah.skp.career.LedgerRow": {"jenjang": "career_level", "golongan": "grade"},
    "inovasi_daerah.skp.career.LedgerResult": {
        "jenjang": "career_level",
        "golongan": "grade",
        "tmt_pangkat": "rank_since",
        "tmt_jenjang": "career_level_since",
    },
    "inovasi_daerah.skp.innovator_credit.CreditResult": {
        "predikat_before": "predicate_before",
        "predikat_after": "predicate_after",
        "angka_kredit_before": "credit_before",
        "angka_kredit_after": "credit_after",
        "angka_kredit_gain": "credit_gain",
        "hasil_kerja_tambahan": "additional_results",
    },
    "inovasi_daerah.skp.permenpanrb_1_2023.AngkaKreditResult": {
        "predikat": "predicate",
        "jenjang": "career_level",
        "koefisien": "coefficient",
    },
    "inovasi_daerah.skp.permenpanrb_1_2023.AkProgress": {
        "jenjang": "career_level",
        "threshold_pangkat": "threshold_rank",
        "threshold_jenjang": "threshold_career_level",
        "reached_pangkat": "reached_rank",
        "reached_jenjang": "reached_career_level",
        "remaining_pangkat": "remaining_rank",
        "remaining_jenjang": "remaining_career_level",
        "next_jenjang": "next_career_level",
        "pengembangan_profesi_required": "professional_development_required",
    },
}

# each old class name once, where it was defined; re-exporting modules list these tables
_OFFICE = {"PerangkatDaerah": "RegionalOffice"}
_KIND = {"Jenis": "InnovationKind"}
_PAK = {"PakKonvensional": "ConventionalPak"}
_SKP_MODELS = {
    "Kegiatan": "Activity",
    "KinerjaTambahanInput": "AdditionalPerformance",
    "Predikat": "Predicate",
    "PredikatPp30": "PredicatePp30",
    "PredikatPp46": "PredicatePp46",
}
_PREDICATE_RESULT = {"PredikatResult": "PredicateResult"}

#: module → {old class name: new class name}; every module that exported the old name
CLASSES: dict[str, dict[str, str]] = {
    "inovasi_daerah": _OFFICE,
    "inovasi_daerah.models.region": _OFFICE,
    "inovasi_daerah.models": _OFFICE | _KIND,
    "inovasi_daerah.models.enums": _KIND,
    "inovasi_daerah.models.career": _PAK,
    "inovasi_daerah.models.skp": _SKP_MODELS,
    "inovasi_daerah.skp.permenpanrb_6_2022": {"Predikat": "Predicate"},
    "inovasi_daerah.skp._common": _PREDICATE_RESULT,
    "inovasi_daerah.skp": _PAK | _PREDICATE_RESULT | _SKP_MODELS,
}


#: attributes of ``ATTRIBUTES`` that are properties, not ``to_dict()`` keys
_NOT_KEYS = frozenset({"has_integrated_ak"})

#: result class → {old ``to_dict()`` key: new key}. Output only: no deprecation path (a
#: reader of stored output maps the keys with this table), listed for the changelog and docs.
#: A result's keys are its attributes (``ATTRIBUTES``), plus the portfolio's counts.
RESULT_KEYS: dict[str, dict[str, str]] = {
    f"skp.{cls.rsplit('.', 1)[1]}": {o: n for o, n in attrs.items() if o not in _NOT_KEYS}
    for cls, attrs in ATTRIBUTES.items()
} | {
    "clinic.PortfolioReport (counts, innovations, to_records, to_csv)": {
        "bentuk": "forms",
        "jenis": "kind",
        "tahapan": "stage",
        "urusan_utama": "main_urusan",
    },
}


#: explanation node key → new key (whole keys); ``Explanation.find`` accepts the old key with
#: a DeprecationWarning until 1.0.0
EXPLANATION_KEYS: dict[str, str] = {
    # skp.career
    "ak_dasar": "base_credit",
    "ak_ijazah": "degree_credit",
    "ak_integrasi": "integrated_credit",
    "ak_konvensional": "conventional_credit",
    "ak_periode_2022": "credit_period_2022",
    "buku_ak": "credit_ledger",
    "dengan_inovasi": "with_innovation",
    "kasus": "case",
    "nilai_dasar": "base_value",
    "perbandingan_inovasi": "innovation_comparison",
    "proyeksi_karier": "career_projection",
    "tanpa_inovasi": "without_innovation",
    # skp.credit
    "angka_kredit": "credit",
    "bukan_asn": "not_asn",
    "daerah_tidak_dikenal": "unknown_region",
    "efek_angka_kredit": "credit_effect",
    "inovasi": "innovations",
    "inovasi_diabaikan": "ignored_innovations",
    "kinerja_tambahan_tambahan": "added_additional_performance",
    "kreativitas_potensial": "potential_creativity",
    "kredit_inovasi_skp": "skp_innovation_credit",
    "sebelum": "before",
    "sesudah": "after",
    "syarat_sangat_baik": "very_good_condition",
    "tanpa_poin": "without_points",
    "tugas_tambahan_tambahan": "added_extra_duties",
    # skp.permenpanrb_1_2023, skp.permenpanrb_6_2022
    "ak_kumulatif": "cumulative_credit",
    "distribusi": "distribution",
    "predikat": "predicate",
    # skp.pp30
    "capaian": "achievement",
    "nilai_iki": "iki_score",
    "nilai_kinerja": "performance_score",
    "nilai_kinerja_tambahan": "additional_performance_score",
    "nilai_skp": "skp_score",
    # skp.pp46
    "biaya": "cost",
    "kreativitas": "creativity",
    "kreativitas_total": "creativity_total",
    "kualitas": "quality",
    "kuantitas": "quantity",
    "nilai_capaian_kegiatan": "activity_score",
    "nilai_capaian_skp": "skp_achievement_score",
    "nilai_perilaku": "behaviour_score",
    "nilai_prestasi_kerja": "work_performance_score",
    "rata_rata_kegiatan": "activity_average",
    "tugas_tambahan": "extra_duties",
    "waktu": "time",
    # pp38
    "pp38.instrumen_penerapan": "pp38.adoption_instrument",
    "pp38.kriteria": "pp38.criteria",
    "pp38.langkah": "pp38.steps",
    "pp38.langkah.tidak_tercatat": "pp38.steps.not_recorded",
    "pp38.pelindungan_asn": "pp38.asn_protection",
    "pp38.pelindungan_asn.kebijakan": "pp38.asn_protection.policy",
    "pp38.pelindungan_asn.prosedur": "pp38.asn_protection.procedure",
    "pp38.usulan": "pp38.proposal",
}

#: explanation key prefix → new prefix, for keys that end in a data id (an enum value, a
#: condition or step key, a rule id, a number), which stays as it is
EXPLANATION_PREFIXES: dict[str, str] = {
    "ambang.": "threshold.",
    "kesiapan.": "readiness.",
    "selisih.": "difference.",
    "syarat.": "condition.",
    "kinerja_tambahan_": "additional_performance_",
    "daerah_": "region_",
    "pp38.kriteria.": "pp38.criteria.",
    "pp38.langkah.": "pp38.steps.",
    "pp38.usulan.": "pp38.proposal.",
}


#: ``inputs`` key of an explanation node → new key; ``node.inputs[old]`` still answers with
#: a DeprecationWarning until 1.0.0
INPUT_KEYS: dict[str, str] = {
    "ada": "present",
    "ak": "credit",
    "ak_awal": "initial_credit",
    "ak_diperlukan": "required_credit",
    "ak_kenaikan_pangkat": "rank_promotion_credit",
    "ak_tercapai": "credit_reached",
    "aturan": "rule",
    "awal": "initial",
    "bobot": "weight",
    "bulan": "months",
    "capaian": "achievement",
    "dari_pemanggil": "from_caller",
    "dasar": "basis",
    "dengan": "with",
    "efisiensi": "efficiency",
    "fakta": "fact",
    "faktor": "factor",
    "golongan": "grade",
    "iid_setelah": "iid_after",
    "inovasi": "innovations",
    "jenis": "kind",
    "jenjang": "career_level",
    "jenjang_golongan": "career_level_of_grade",
    "jumlah": "total",
    "jumlah_langkah": "step_count",
    "jumlah_pegawai": "employee_count",
    "kasus": "case",
    "kebijakan_perda": "perda_policy",
    "kematangan_baru": "new_maturity",
    "kenaikan_jenjang": "career_level_promotion",
    "kenaikan_pangkat": "rank_promotion",
    "kinerja_tambahan": "additional_performance",
    "kinerja_utama": "main_performance",
    "koefisien": "coefficient",
    "konversi_2022": "conversion_2022",
    "lainnya": "other",
    "masa_tercapai": "time_met",
    "masukan_rekan": "peer_input",
    "menghambat": "blocking",
    "mulai": "start",
    "nilai": "score",
    "nilai_perilaku": "behaviour_score",
    "nilai_skp": "skp_score",
    "pegawai": "employee",
    "penandatangan": "signer",
    "peralihan": "transition",
    "periode": "period",
    "persentase": "percentage",
    "predikat": "predicate",
    "predikat_organisasi": "organisation_predicate",
    "rating_hasil_kerja": "results_rating",
    "rating_perilaku": "behaviour_rating",
    "realisasi": "realised",
    "sisa_ruang": "remaining_room",
    "tanggal": "date",
    "tanggal_pak": "pak_date",
    "tanpa": "without",
    "target_atas": "target_upper",
    "target_maksimum": "target_maximum",
    "tingkat": "level",
    "tugas_tambahan_lain": "other_extra_duties",
    "unsur_penunjang": "supporting_credit",
    "unsur_utama": "main_credit",
    "wajib": "mandatory",
}


def renamed_key(key: str) -> str | None:
    """The new explanation key of an old one, or None when ``key`` was not renamed."""
    new = EXPLANATION_KEYS.get(key)
    if new is not None:
        return new
    for old, prefix in EXPLANATION_PREFIXES.items():
        if key.startswith(old) and len(key) > len(old):
            return prefix + key[len(old) :]
    return None


def warn_renamed(kind: str, old: str, new: str, *, stacklevel: int = 3) -> None:
    """Warn that ``old`` (a field, class or key) is now ``new`` and goes in 1.0.0."""
    warnings.warn(
        f"{kind} {old!r} is deprecated and will be removed in 1.0.0; use {new!r} "
        "(docs/glossary.md, migration table)",
        DeprecationWarning,
        stacklevel=stacklevel,
    )


def deprecated_attribute(model: str, old: str, new: str, kind: str = "field") -> property:
    """A read-only property ``old`` returning the attribute ``new`` with a DeprecationWarning
    (``kind`` names what was renamed in the warning: "field" or "attribute")."""

    def read(self: Any) -> Any:
        warn_renamed(f"{model} {kind}", old, new)
        return getattr(self, new)

    read.__doc__ = f"Deprecated name of ``{new}`` (removed in 1.0.0)."
    return property(read)


_T = TypeVar("_T", bound=type)


def add_deprecated_attributes(cls: _T) -> _T:
    """Give the result class ``cls`` its old attribute names of ``ATTRIBUTES`` (read-only, with
    a DeprecationWarning); a class decorator, applied after ``@dataclass`` (which may replace
    the class). ``law.result.Result`` applies it to every result subclass."""
    for old, new in ATTRIBUTES.get(f"{cls.__module__}.{cls.__qualname__}", {}).items():
        setattr(cls, old, deprecated_attribute(cls.__name__, old, new, "attribute"))
    return cls


def module_getattr(module: str, namespace: dict[str, Any]) -> Callable[[str], Any]:
    """A PEP 562 ``__getattr__`` for ``module``: an old class name returns the new class with
    a DeprecationWarning; any other name raises AttributeError as usual."""
    renamed = CLASSES[module]

    def __getattr__(name: str) -> Any:
        new = renamed.get(name)
        if new is None:
            raise AttributeError(f"module {module!r} has no attribute {name!r}")
        warn_renamed("class", f"{module}.{name}", new)
        return namespace[new]

    return __getattr__
