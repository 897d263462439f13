"""The smallest set of single-level upgrades that reaches a target maturity.

A *step* raises one SID indicator by one level and adds that indicator's bobot (weight × 1)
to the maturity score; a +2 on one indicator is two steps.

Minimality (why sorting by weight is enough). Every step of indicator *i* is worth the same
``w_i``, and the steps of different indicators do not interact. So among all sets of *c*
steps, the largest gain is the sum of the *c* largest available step weights (exchange
argument: replacing a step in a set by a heavier unused one never lowers the gain). Hence
the smallest number of steps reaching a gain ``G`` is the smallest *c* whose *c* heaviest
steps sum to at least ``G``; no plan with fewer steps exists. The tests check this against
brute force.

Among the plans with that minimal count, an exact dynamic programme over the indicators
(state: steps used, gain capped at ``G``) picks, in this order of preference:

1. the most *evidence-only* steps (the facts or the declaration already support the level);
2. the most points (gain);
3. lower official indicator numbers first (the allocation vector in catalogue order, larger
   earlier, compared lexicographically).

The plan's ``projected_score`` is verified by re-scoring the upgraded levels with
:func:`inovasi_daerah.iga.maturity`.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from functools import cached_property
from typing import Any

from inovasi_daerah._util import EDITION_EXPECTED, check_rule_set
from inovasi_daerah.clinic.advice import (
    IndicatorRef,
    check_rules,
    score_input,
    supported_level,
    top_level,
)
from inovasi_daerah.errors import InvalidInput
from inovasi_daerah.iga.model import Edition
from inovasi_daerah.iga.results import MaturityResult
from inovasi_daerah.iga.scoring import Projection, maturity
from inovasi_daerah.law.context import exact
from inovasi_daerah.law.explain import Explanation
from inovasi_daerah.law.result import Result
from inovasi_daerah.law.text import T
from inovasi_daerah.models.innovation import Innovation
from inovasi_daerah.types import Number

__all__ = ["Plan", "PlanStep", "plan", "target_score"]

_HUNDRED = Decimal(100)
#: Targets above the maximum are accepted (the plan is then unreachable); absurd ones are not.
_LIMIT = Decimal(10) ** 9


@dataclass(frozen=True, slots=True)
class PlanStep:
    """One step: ``indicator`` raised to ``to_level``, adding ``points``."""

    indicator: IndicatorRef
    to_level: int
    points: Decimal
    evidence_only: bool

    def to_dict(self) -> dict[str, Any]:
        """The step as JSON-ready data (Decimals as text)."""
        return {
            "indicator": self.indicator.to_dict(),
            "to_level": self.to_level,
            "points": str(self.points),
            "evidence_only": self.evidence_only,
        }


@exact
def target_score(target: Number, rules: Edition) -> Decimal:
    """The score a target asks for.

    - ``int`` or ``Decimal``: a maturity score (0..maximum, e.g. ``80``);
    - ``str``: a score (``"80"``) or, ending in ``%``, a share of the maximum (``"75%"`` of
      111 = 83.25).

    A score above the maximum is accepted; the plan is then unreachable.

    Floats and bools are refused (exact arithmetic).
    """
    rules = check_rule_set(rules, Edition, message=EDITION_EXPECTED)
    maximum = rules.sid_max
    value: Decimal
    if isinstance(target, bool) or not isinstance(target, int | Decimal | str):
        raise InvalidInput(
            "target harus int, Decimal atau teks seperti '80' atau '75%'",
            field="target",
            value=target,
            message_en="target must be an int, a Decimal or a text such as '80' or '75%'",
        )
    if isinstance(target, str):
        text = target.strip()
        percent = text.endswith("%")
        try:
            value = Decimal(text.rstrip("%").strip()) if len(text) <= 40 else Decimal("NaN")
        except InvalidOperation:
            raise InvalidInput(
                "target bukan angka",
                field="target",
                value=target,
                message_en="the target is not a number",
            ) from None
        if value.is_finite() and percent:
            if not 0 <= value <= _HUNDRED:
                raise InvalidInput(
                    "persentase harus 0-100",
                    field="target",
                    value=target,
                    message_en="a percentage must be 0-100",
                )
            value = maximum * value / _HUNDRED
    else:
        value = Decimal(target)
    if not value.is_finite() or value < 0 or value > _LIMIT:
        raise InvalidInput(
            "target harus bilangan ≥ 0 (atau 0%-100%)",
            field="target",
            value=target,
            message_en="the target must be a number ≥ 0 (or 0%-100%)",
        )
    return value


# (evidence-only steps, points, allocation in catalogue order)
_Key = tuple[int, Decimal, tuple[int, ...]]


def _choose(
    options: list[tuple[Decimal, int, int]], count: int, gain: Decimal
) -> tuple[int, ...] | None:
    """Allocation (steps per indicator) with exactly ``count`` steps and gain ≥ ``gain``,
    best by :data:`_Key`; ``options`` holds (weight, available steps, evidence-only steps).
    """
    if all(ev == 0 for _, _, ev in options):
        return _heaviest(options, count)
    states: dict[tuple[int, Decimal], _Key] = {(0, Decimal(0)): (0, Decimal(0), ())}
    for weight, avail, ev in options:
        nxt: dict[tuple[int, Decimal], _Key] = {}
        for (used, capped), (ev_sum, pts, alloc) in states.items():
            for m in range(min(avail, count - used) + 1):
                key = (used + m, min(gain, capped + weight * m))
                cand = (ev_sum + min(m, ev), pts + weight * m, (*alloc, m))
                best = nxt.get(key)
                if best is None or cand > best:
                    nxt[key] = cand
        states = nxt
    hit = states.get((count, gain))
    return None if hit is None else hit[2]


def _heaviest(options: list[tuple[Decimal, int, int]], count: int) -> tuple[int, ...]:
    """:func:`_choose` when no step is evidence-only, in closed form.

    Preference 1 then ties everywhere, so the best plan has the most points: the ``count``
    heaviest steps (the module docstring's exchange argument; ``count`` is the minimal count,
    so their gain reaches the target). Any set of ``count`` steps with that sum has the same
    weights: every step heavier than the lightest chosen weight ``cut``, and the rest of
    weight ``cut``. Preference 3 (larger earlier in catalogue order) then fills the
    indicators of weight ``cut`` in catalogue order. The tests compare this with the DP.
    """
    weights = sorted((w for w, avail, _ in options for _ in range(avail)), reverse=True)
    if count == 0:
        return (0,) * len(options)
    cut = weights[count - 1]
    left = count - sum(1 for w in weights[:count] if w > cut)
    alloc: list[int] = []
    for w, avail, _ in options:
        if w > cut:
            alloc.append(avail)
        elif w == cut:
            m = min(avail, left)
            left -= m
            alloc.append(m)
        else:
            alloc.append(0)
    return tuple(alloc)


@dataclass(frozen=True, repr=False)
class Plan(Result):
    """A minimal plan of single-level upgrades towards ``target`` (a score)."""

    maturity: MaturityResult
    target: Decimal
    steps: tuple[PlanStep, ...]
    reachable: bool
    projected_score: Decimal

    @property
    def rules(self) -> Edition:
        """The IGA edition the plan follows."""
        return self.maturity.rules

    @property
    def current_score(self) -> Decimal:
        """The innovation's skor kematangan before the plan."""
        return self.maturity.score

    @property
    def gain(self) -> Decimal:
        """The points all steps of the plan add."""
        return sum((s.points for s in self.steps), Decimal(0))

    @property
    def evidence_only_steps(self) -> int:
        """How many steps need only evidence (the facts already support them)."""
        return sum(1 for s in self.steps if s.evidence_only)

    @cached_property
    def explanation(self) -> Explanation:
        """The tree of the plan: one node per step with the points it adds."""
        kids = tuple(
            Explanation(
                key=f"step.{i}",
                title=T(
                    f"{s.indicator.number}. {s.indicator.name.id} → level {s.to_level}",
                    f"{s.indicator.number}. {s.indicator.name.en} → level {s.to_level}",
                ),
                value=s.points,
                inputs={"evidence_only": s.evidence_only},
            )
            for i, s in enumerate(self.steps, 1)
        )
        return Explanation(
            key="plan",
            title=T("Rencana peningkatan kematangan", "Maturity upgrade plan"),
            value=self.projected_score,
            rule=T(
                "jumlah langkah minimum (bobot terbesar dahulu); bukti-saja, poin, nomor",
                "fewest steps (largest weights first); evidence-only, points, number",
            ),
            citations=(self.rules.citation,),
            inputs={
                "rule_set": self.rules.id,
                "current": self.current_score,
                "target": self.target,
                "steps": len(self.steps),
                "reachable": self.reachable,
            },
            children=kids,
        )

    def _summary(self) -> dict[str, Any]:
        return {
            "rule_set": self.rules.id,
            "current_score": self.current_score,
            "target": self.target,
            "reachable": self.reachable,
            "projected_score": self.projected_score,
            "gain": self.gain,
            "steps": [s.to_dict() for s in self.steps],
        }

    def __repr__(self) -> str:
        return (
            f"<Plan {self.rules.id}: {self.current_score} -> {self.projected_score} "
            f"(target {self.target}) steps={len(self.steps)} reachable={self.reachable}>"
        )


@exact
def plan(
    innovation_or_levels: Innovation | Mapping[Any, Any],
    target: int | Decimal | str,
    rules: Edition,
    *,
    projection: Projection = "declared",
) -> Plan:
    """The fewest single-level upgrades that lift the maturity to ``target``.

    ``target`` is a score (``80``, ``Decimal("80")``, ``"80"``) or a share of the maximum
    written with a percent sign (``"75%"``); see :func:`target_score`. When even every
    indicator at level 3 misses the target, ``reachable`` is False and the plan holds every
    available step (the best that can be done). Ties are broken as the module docstring says.
    """
    edition = check_rules(rules)
    goal = target_score(target, edition)
    m = score_input(innovation_or_levels, edition, projection)
    need = max(Decimal(0), goal - m.score)
    options: list[tuple[Decimal, int, int]] = []
    for s in m.indicators:
        top = top_level(edition, s)
        options.append((s.weight, top - s.level, supported_level(s, top) - s.level))
    weights = sorted((w for w, avail, _ in options for _ in range(avail)), reverse=True)
    count, total = 0, Decimal(0)
    while total < need and count < len(weights):
        total += weights[count]
        count += 1
    reachable = total >= need
    alloc = _choose(options, count, min(need, total))
    if alloc is None:  # pragma: no cover - the greedy count is always feasible
        raise AssertionError("no plan with the minimal count")
    steps: list[PlanStep] = []
    levels: dict[str, int] = {}
    for s, (_, _, ev), k in zip(m.indicators, options, alloc, strict=True):
        levels[s.number] = s.level + k
        ref = IndicatorRef.of(edition.indicator(s.number))
        steps.extend(PlanStep(ref, s.level + j, s.weight, j <= ev) for j in range(1, k + 1))
    steps.sort(key=lambda st: (not st.evidence_only, -st.points, int(st.indicator.number)))
    projected = maturity(levels, edition).score
    gain = sum((st.points for st in steps), Decimal(0))
    if projected != m.score + gain:  # pragma: no cover - guards the arithmetic
        raise AssertionError(f"re-scoring gives {projected}, expected {m.score + gain}")
    return Plan(
        maturity=m,
        target=goal,
        steps=tuple(steps),
        reachable=reachable,
        projected_score=projected,
    )
