"""The one table of names renamed to the English convention (issue 14; docs/glossary.md).

Identifiers are English; Indonesian legal terms live in values, labels and input aliases.
Names that were Indonesian before the rename keep working for one deprecation cycle (until
1.0.0, docs/versioning.md), each with a ``DeprecationWarning`` naming the new name:

- ``FIELDS``: input-model fields. The old name stays an input alias (stored JSON loads), and
  the old attribute a read-only property returning the new field.
- ``CLASSES``: class names, still importable from their module (PEP 562 ``__getattr__``).
- ``RESULT_KEYS``: keys of results' ``to_dict()``; output, so renamed at once (changelog).

docs/glossary.md quotes these tables as the migration table; ``tests/test_api_contract.py``
checks that every old name still loads and reads back with the warning.
"""

from __future__ import annotations

import warnings
from collections.abc import Callable
from typing import Any

__all__ = [
    "CLASSES",
    "FIELDS",
    "RESULT_KEYS",
    "deprecated_attribute",
    "module_getattr",
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

#: module → {old class name: new class name}; every module that exported the old name
CLASSES: dict[str, dict[str, str]] = {
    "inovasi_daerah": {"PerangkatDaerah": "RegionalOffice"},
    "inovasi_daerah.models.region": {"PerangkatDaerah": "RegionalOffice"},
    "inovasi_daerah.models": {"PerangkatDaerah": "RegionalOffice"},
    "inovasi_daerah.models.career": {"PakKonvensional": "ConventionalPak"},
    "inovasi_daerah.models.skp": {
        "Kegiatan": "Activity",
        "KinerjaTambahanInput": "AdditionalPerformance",
        "Predikat": "Predicate",
        "PredikatPp30": "PredicatePp30",
        "PredikatPp46": "PredicatePp46",
    },
    "inovasi_daerah.skp.permenpanrb_6_2022": {"Predikat": "Predicate"},
    "inovasi_daerah.skp": {
        "PakKonvensional": "ConventionalPak",
        "Kegiatan": "Activity",
        "KinerjaTambahanInput": "AdditionalPerformance",
        "Predikat": "Predicate",
        "PredikatPp30": "PredicatePp30",
        "PredikatPp46": "PredicatePp46",
    },
}


#: result class → {old ``to_dict()`` key: new key}. Output only: no deprecation path (a
#: reader of stored output maps the keys with this table), listed for the changelog and docs.
RESULT_KEYS: dict[str, dict[str, str]] = {
    "skp.PredikatResult": {"predikat": "predicate", "nilai": "value"},
    "skp.IntegrationResult": {
        "jenjang": "career_level",
        "golongan": "grade",
        "nilai_dasar": "base_value",
    },
    "skp.DegreeBonusResult": {"jenjang": "career_level", "predikat": "predicate"},
    "skp.ReadinessResult": {"jenjang": "career_level", "golongan": "grade", "ak": "credit"},
    "skp.ScheduleRow": {"predikat": "predicate", "ak": "credit"},
    "skp.ThresholdDate": {"ak_reached_on": "credit_reached_on"},
    "skp.ProjectionResult": {"final_ak": "final_credit"},
    "skp.LedgerRow": {"jenjang": "career_level", "golongan": "grade"},
    "skp.LedgerResult": {
        "jenjang": "career_level",
        "golongan": "grade",
        "tmt_pangkat": "rank_since",
        "tmt_jenjang": "career_level_since",
    },
    "skp.CreditResult": {
        "predikat_before": "predicate_before",
        "predikat_after": "predicate_after",
        "angka_kredit_before": "credit_before",
        "angka_kredit_after": "credit_after",
        "angka_kredit_gain": "credit_gain",
        "hasil_kerja_tambahan": "additional_results",
    },
    "skp.AngkaKreditResult": {
        "predikat": "predicate",
        "jenjang": "career_level",
        "koefisien": "coefficient",
    },
    "skp.AkProgress": {
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
    "clinic.PortfolioReport (counts, innovations, to_records, to_csv)": {
        "bentuk": "forms",
        "jenis": "kind",
        "tahapan": "stage",
        "urusan_utama": "main_urusan",
    },
}


def warn_renamed(kind: str, old: str, new: str, *, stacklevel: int = 3) -> None:
    """Warn that ``old`` (a field, class or key) is now ``new`` and goes in 1.0.0."""
    warnings.warn(
        f"{kind} {old!r} is deprecated and will be removed in 1.0.0; use {new!r} "
        "(docs/glossary.md, migration table)",
        DeprecationWarning,
        stacklevel=stacklevel,
    )


def deprecated_attribute(model: str, old: str, new: str) -> property:
    """A read-only property ``old`` returning the field ``new`` with a DeprecationWarning."""

    def read(self: Any) -> Any:
        warn_renamed(f"{model} field", old, new)
        return getattr(self, new)

    read.__doc__ = f"Deprecated name of ``{new}`` (removed in 1.0.0)."
    return property(read)


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
