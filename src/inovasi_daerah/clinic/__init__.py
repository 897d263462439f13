"""The innovation clinic (LAKI IDA): advice, minimal upgrade plans and edition diffs.

>>> from inovasi_daerah import clinic, iga
>>> rules = iga.edition(2026)
>>> levels = {n: 2 for n in range(16, 36)}
>>> p = clinic.plan(levels, 80, rules)
>>> p.reachable, p.projected_score >= 80, len(p.steps)
(True, True, 2)
>>> clinic.diff(rules, rules).empty
True
"""

from inovasi_daerah.clinic.advice import (
    Advice,
    IndicatorAdvice,
    IndicatorRef,
    ProcedureStep,
    advise,
)
from inovasi_daerah.clinic.planning import Plan, PlanStep, plan, target_score
from inovasi_daerah.clinic.portfolio_report import (
    Action,
    PortfolioRecord,
    PortfolioReport,
    portfolio,
)
from inovasi_daerah.clinic.region import (
    Contribution,
    PathStep,
    RegionAdvice,
    advise_region,
    office_contribution,
)
from inovasi_daerah.clinic.rule_diff import Change, RuleDiff, diff
from inovasi_daerah.clinic.whatif import WhatIf, WhatIfRecord, WhatIfRow, compare

__all__ = [
    "Action",
    "Advice",
    "Change",
    "Contribution",
    "IndicatorAdvice",
    "IndicatorRef",
    "PathStep",
    "Plan",
    "PlanStep",
    "PortfolioRecord",
    "PortfolioReport",
    "ProcedureStep",
    "RegionAdvice",
    "RuleDiff",
    "WhatIf",
    "WhatIfRecord",
    "WhatIfRow",
    "advise",
    "advise_region",
    "compare",
    "diff",
    "office_contribution",
    "plan",
    "portfolio",
    "target_score",
]
