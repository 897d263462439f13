"""The PP 38/2017 rule set: all the cited data in one dated, checkable, overridable object.

>>> rules = rules_for("2022-04-20")
>>> rules.id, rules.valid_from.isoformat(), rules.valid_to
('pp38-2017', '2017-09-15', None)
>>> rules_for("2017-09-14")
Traceback (most recent call last):
...
inovasi_daerah.errors.NoRuleSetInForce: date: tidak ada aturan pp38 ...
>>> rules.trial_max_months.is_open
True
>>> rules.override(reason="Perwako X/2024", trial_max_months=6).trial_max_months.get()
6
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from inovasi_daerah.errors import DataIntegrityError, InvalidInput
from inovasi_daerah.law.citation import Citation, Status, cite
from inovasi_daerah.law.param import OPEN, Param
from inovasi_daerah.law.ruleset import Registry, RuleSet
from inovasi_daerah.law.text import T
from inovasi_daerah.models.enums import Form, Initiator, LifecycleStatus
from inovasi_daerah.pp38 import data, pasal20, routes
from inovasi_daerah.pp38 import transitions as lifecycle_data
from inovasi_daerah.pp38._base import Provision, RejectedReading
from inovasi_daerah.pp38.data import (
    CriterionRule,
    FormRule,
    InitiatorRule,
    PrincipleRule,
    ProposalField,
    TargetRule,
)
from inovasi_daerah.pp38.routes import RouteStep
from inovasi_daerah.pp38.transitions import Transition
from inovasi_daerah.types import DateLike

__all__ = ["REGISTRY", "Pp38Rules", "default_rules", "rules_for"]


def _trial_max_months() -> Param[int]:
    return Param(
        "trial_max_months",
        OPEN,
        cite(
            "PP 38/2017",
            "Pasal 16–19",
            Status.UNCERTAIN,
            source="P6",
            note="no maximum trial duration established; official text not consulted",
        ),
        T("Durasi maksimum uji coba (bulan)", "Maximum trial duration (months)"),
    )


@dataclass(frozen=True, kw_only=True)
class Pp38Rules(RuleSet):
    """PP 38/2017 tentang Inovasi Daerah with UU 23/2014 Pasal 386–390, as data.

    Parameters (override with :meth:`~inovasi_daerah.law.RuleSet.override`):
    ``trial_max_months`` and ``reporting_deadline_days`` are OPEN (the law gives no value),
    ``perda_branch`` is the policy for Pasal 20(2) huruf a (UNCERTAIN).
    """

    entry_into_force: Provision = data.ENTRY_INTO_FORCE
    objective: Provision = data.OBJECTIVE
    targets: tuple[TargetRule, ...] = data.TARGETS
    principles: tuple[PrincipleRule, ...] = data.PRINCIPLES
    regional_principles: tuple[Provision, ...] = data.REGIONAL_PRINCIPLES
    forms: tuple[FormRule, ...] = data.FORMS
    criteria: tuple[CriterionRule, ...] = data.CRITERIA
    urusan_list: Citation = data.URUSAN_LIST
    urusan_list_uncertain: Citation = data.URUSAN_LIST_UNCERTAIN
    initiators: tuple[InitiatorRule, ...] = data.INITIATORS
    proposal_fields: tuple[ProposalField, ...] = data.PROPOSAL_FIELDS
    route_steps: tuple[RouteStep, ...] = routes.ROUTE_STEPS
    stage_order: Provision = lifecycle_data.STAGE_ORDER
    transitions: tuple[Transition, ...] = lifecycle_data.TRANSITIONS
    trial: Provision = lifecycle_data.TRIAL_RULE
    stop: Provision = lifecycle_data.STOP_RULE
    adoption_perkada: Provision = pasal20.PERKADA_RULE
    adoption_perda: Provision = pasal20.PERDA_RULE
    reporting: Provision = pasal20.REPORTING_RULE
    reporting_uu: Provision = pasal20.REPORTING_UU_RULE
    asn_protection: Provision = data.ASN_PROTECTION
    asn_protection_condition: Provision = data.ASN_PROTECTION_CONDITION
    rejected_readings: tuple[RejectedReading, ...] = data.REJECTED_READINGS
    perda_branch: Param[str] = field(default_factory=pasal20.perda_branch_param)
    trial_max_months: Param[int] = field(default_factory=_trial_max_months)
    reporting_deadline_days: Param[int] = field(default_factory=pasal20.reporting_deadline_param)

    # -- look-ups ---------------------------------------------------------------------------------
    def transitions_from(self, state: LifecycleStatus) -> tuple[Transition, ...]:
        """The transitions leaving ``state``, in data order."""
        return tuple(t for t in self.transitions if t.source is state)

    def transition_to(self, source: LifecycleStatus, target: LifecycleStatus) -> Transition | None:
        """The transition ``source`` → ``target``, or None when the law allows no such step."""
        return next((t for t in self.transitions_from(source) if t.target is target), None)

    def route(self, initiator: Initiator) -> list[RouteStep]:
        """The route steps that apply to ``initiator``, in order."""
        return routes.steps_for(initiator, self.route_steps)

    # -- integrity --------------------------------------------------------------------------------
    def check(self) -> None:
        """Every enum member has its cited rule; the state machine is well formed."""
        super().check()
        from inovasi_daerah.pp38.data import Criterion, Principle, Target

        def covers(name: str, have: list[Any], want: list[Any]) -> None:
            if sorted(map(str, have)) != sorted(map(str, want)):
                raise DataIntegrityError(f"{name}: expected {want}, got {have}", field=self.id)

        covers("criteria", [c.criterion for c in self.criteria], list(Criterion))
        covers("principles", [p.principle for p in self.principles], list(Principle))
        covers("targets", [t.target for t in self.targets], list(Target))
        covers("forms", [f.form for f in self.forms], list(Form))
        covers("initiators", [i.initiator for i in self.initiators], list(Initiator))
        pairs = [(t.source, t.target) for t in self.transitions]
        if len(set(pairs)) != len(pairs):
            raise DataIntegrityError(
                "duplicate lifecycle transition", field=f"{self.id}.transitions"
            )
        reachable = {LifecycleStatus.PROPOSED} | {t.target for t in self.transitions}
        if reachable != set(LifecycleStatus):
            missing = sorted(s.value for s in set(LifecycleStatus) - reachable)
            raise DataIntegrityError(
                f"unreachable states {missing}", field=f"{self.id}.transitions"
            )
        used = {c.label() for p in self._provisions() for c in p.citations}
        for r in self.rejected_readings:
            if r.stated_by.label() in used:
                raise DataIntegrityError(
                    f"rejected reading {r.rejected!r} is cited as law", field=r.key
                )

    def _provisions(self) -> list[Provision]:
        found: list[Provision] = []
        for value in vars(self).values():
            items = value if isinstance(value, tuple) else (value,)
            found.extend(v for v in items if isinstance(v, Provision))
        return found


REGISTRY: Registry[Pp38Rules] = Registry(
    "pp38", T("PP 38/2017 tentang Inovasi Daerah", "PP 38/2017 on Regional Innovation")
)
REGISTRY.register(
    Pp38Rules(
        id="pp38-2017",
        family="pp38",
        title=T("PP 38/2017 tentang Inovasi Daerah", "PP 38/2017 on Regional Innovation"),
        citation=data.PP38,
        valid_from=data.PROMULGATED,
        valid_to=None,
    )
)
REGISTRY.check()


def rules_for(on: DateLike) -> Pp38Rules:
    """The PP 38/2017 rule set in force on ``on`` (a date or ISO text).

    Dates before the promulgation (15 September 2017) raise
    :class:`~inovasi_daerah.errors.NoRuleSetInForce`.
    """
    return REGISTRY.in_force(on)


def default_rules(rules: object = None) -> Pp38Rules:
    """``rules`` when it is a :class:`Pp38Rules`, the latest rule set when None; else an error."""
    if rules is None:
        return list(REGISTRY)[-1]
    if isinstance(rules, Pp38Rules):
        return rules
    raise InvalidInput(
        "harus Pp38Rules atau None",
        field="rules",
        value=rules,
        message_en="must be Pp38Rules or None",
    )
