"""SKP and angka kredit: what an ASN's innovations are worth in the appraisal, by regime.

One module per appraisal regime, chosen by the period (skp.md §1):

- :mod:`~inovasi_daerah.skp.pp46` — PP 46/2011 + Perka BKN 1/2013 (2014 – June 2021);
- :mod:`~inovasi_daerah.skp.pp30` — PP 30/2019 + PermenPANRB 8/2021 (July – December 2021);
- :mod:`~inovasi_daerah.skp.permenpanrb_6_2022` — PermenPANRB 6/2022 (2022 – );
- :mod:`~inovasi_daerah.skp.permenpanrb_1_2023` — PermenPANRB 1/2023 + Peraturan BKN 3/2023
  (angka kredit of JF, 2023 – );
- :mod:`~inovasi_daerah.skp.regional` — pluggable regional rules (Kepri Pergub 38/2025 ...).

Over a JF career (:mod:`~inovasi_daerah.skp.career`, rule data in
:mod:`~inovasi_daerah.skp.career_rules`): ``integrate_ak``, ``ak_dasar``, ``degree_bonus``,
``promotion_readiness``, ``project_career``, ``compare_projection``, ``career_ledger``.

>>> from inovasi_daerah import skp
>>> skp.regime_for("2022-05-01").id
'permenpanrb_6_2022'
>>> skp.predikat("di_atas_ekspektasi", "di_atas_ekspektasi").predicate
<Predicate.VERY_GOOD: 'Sangat Baik'>
>>> skp.angka_kredit("Baik", "Ahli Muda").value
Decimal('25.00')
"""

from inovasi_daerah._legacy_names import module_getattr
from inovasi_daerah.models.career import (
    BonusEntry,
    CareerStart,
    ConventionalPak,
    Golongan,
    IntegrationEntry,
    PeriodEntry,
    PlannedPeriod,
    PromotionEntry,
)
from inovasi_daerah.models.skp import (
    Activity,
    AdditionalPerformance,
    CreditInputs,
    InnovationRecognition,
    KreativitasLevel,
    PerilakuAspect,
    Period,
    Predicate,
    PredicatePp30,
    PredicatePp46,
    Rating,
    Signer,
)
from inovasi_daerah.skp import permenpanrb_1_2023 as _ak_module
from inovasi_daerah.skp import permenpanrb_6_2022, pp30, pp46, regional
from inovasi_daerah.skp._common import PredicateResult, SkpRegime, ValueResult
from inovasi_daerah.skp.career import (
    ComparisonResult,
    ConditionVerdict,
    DegreeBonusResult,
    IntegrationCase,
    IntegrationResult,
    LedgerResult,
    LedgerRow,
    ProjectionResult,
    PromotionKind,
    ReadinessResult,
    ScheduleRow,
    ThresholdDate,
    ak_dasar,
    career_ledger,
    compare_projection,
    degree_bonus,
    integrate_ak,
    pangkat_requirement,
    project_career,
    promotion_readiness,
)
from inovasi_daerah.skp.career_input import CareerInput
from inovasi_daerah.skp.career_rules import AccrualStep, CareerRules
from inovasi_daerah.skp.case import SkpCase, SkpFile, SkpPerson, load_skp_file, skp_file_schema
from inovasi_daerah.skp.credit_report import render_report, render_result, report
from inovasi_daerah.skp.innovator_credit import (
    CountedInnovation,
    CreditResult,
    IgnoredInnovation,
    PeriodRule,
    RegionalEffect,
    credit,
)
from inovasi_daerah.skp.permenpanrb_1_2023 import (
    AkProgress,
    AngkaKreditResult,
    AngkaKreditRules,
    accumulate,
    angka_kredit_regime_for,
)
from inovasi_daerah.skp.permenpanrb_6_2022 import DistributionCheck, check_distribution, predikat
from inovasi_daerah.skp.regime import (
    Regime,
    load_regime,
    period_regime,
    regime_for,
    split_by_regime,
)
from inovasi_daerah.skp.regional import (
    KEPRI_PERGUB_38_2025,
    PAYAKUMBUH_NILAI_TAMBAH,
    REGIONAL_RULES,
    RegionalInnovationCredit,
    RegionalRuleKind,
    load_regional_rule,
    regional_rules,
)

#: ``skp.angka_kredit(predikat, jenjang, months=12)`` — the function; the module is
#: :mod:`inovasi_daerah.skp.permenpanrb_1_2023` (import it by that path).
angka_kredit = _ak_module.angka_kredit

__all__ = [
    "KEPRI_PERGUB_38_2025",
    "PAYAKUMBUH_NILAI_TAMBAH",
    "REGIONAL_RULES",
    "AccrualStep",
    "Activity",
    "AdditionalPerformance",
    "AkProgress",
    "AngkaKreditResult",
    "AngkaKreditRules",
    "BonusEntry",
    "CareerInput",
    "CareerRules",
    "CareerStart",
    "ComparisonResult",
    "ConditionVerdict",
    "ConventionalPak",
    "CountedInnovation",
    "CreditInputs",
    "CreditResult",
    "DegreeBonusResult",
    "DistributionCheck",
    "Golongan",
    "IgnoredInnovation",
    "InnovationRecognition",
    "IntegrationCase",
    "IntegrationEntry",
    "IntegrationResult",
    "KreativitasLevel",
    "LedgerResult",
    "LedgerRow",
    "PerilakuAspect",
    "Period",
    "PeriodEntry",
    "PeriodRule",
    "PlannedPeriod",
    "Predicate",
    "PredicatePp30",
    "PredicatePp46",
    "PredicateResult",
    "ProjectionResult",
    "PromotionEntry",
    "PromotionKind",
    "Rating",
    "ReadinessResult",
    "Regime",
    "RegionalEffect",
    "RegionalInnovationCredit",
    "RegionalRuleKind",
    "ScheduleRow",
    "Signer",
    "SkpCase",
    "SkpFile",
    "SkpPerson",
    "SkpRegime",
    "ThresholdDate",
    "ValueResult",
    "accumulate",
    "ak_dasar",
    "angka_kredit",
    "angka_kredit_regime_for",
    "career_ledger",
    "check_distribution",
    "compare_projection",
    "credit",
    "degree_bonus",
    "integrate_ak",
    "load_regime",
    "load_regional_rule",
    "load_skp_file",
    "pangkat_requirement",
    "period_regime",
    "permenpanrb_6_2022",
    "pp30",
    "pp46",
    "predikat",
    "project_career",
    "promotion_readiness",
    "regime_for",
    "regional",
    "regional_rules",
    "render_report",
    "render_result",
    "report",
    "skp_file_schema",
    "split_by_regime",
]

__getattr__ = module_getattr(__name__, globals())
