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
from inovasi_daerah.clinic.diff import Change, RuleDiff, diff
from inovasi_daerah.clinic.plan import Plan, PlanStep, plan, target_score

__all__ = [
    "Advice",
    "Change",
    "IndicatorAdvice",
    "IndicatorRef",
    "Plan",
    "PlanStep",
    "ProcedureStep",
    "RuleDiff",
    "advise",
    "diff",
    "plan",
    "target_score",
]
