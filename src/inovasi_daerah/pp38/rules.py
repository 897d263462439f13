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

from dataclasses import dataclass
from typing import Any

from inovasi_daerah._util import check_rule_set
from inovasi_daerah.errors import DataIntegrityError, InvalidInput
from inovasi_daerah.law.citation import Citation
from inovasi_daerah.law.param import Param
from inovasi_daerah.law.ruleset import LazyRegistry, Registry, RuleSet
from inovasi_daerah.law.text import T
from inovasi_daerah.models.enums import Form, Initiator, LifecycleStatus
from inovasi_daerah.pp38 import routes
from inovasi_daerah.pp38._base import Provision, RejectedReading
from inovasi_daerah.pp38.data import (
    CriterionRule,
    FormRule,
    InitiatorRule,
    PrincipleRule,
    ProposalField,
    TargetRule,
)
from inovasi_daerah.pp38.routes import Requirement, RouteStep
from inovasi_daerah.pp38.transitions import Transition
from inovasi_daerah.types import DateLike

__all__ = ["REGISTRY", "Pp38Rules", "default_rules", "rules_for"]


@dataclass(frozen=True, kw_only=True)
class Pp38Rules(RuleSet):
    """PP 38/2017 tentang Inovasi Daerah with UU 23/2014 Pasal 386–390, as data.

    Read from a rule file (``rules/pp38/pp38_2017.toml``, or a user's file through
    :func:`~inovasi_daerah.pp38.files.load_rules`). Parameters (override with
    :meth:`~inovasi_daerah.law.RuleSet.override`): ``trial_max_months`` and
    ``reporting_deadline_days`` are OPEN (the law gives no value), ``perda_branch`` is the
    policy for Pasal 20(2) huruf a (UNCERTAIN).
    """

    entry_into_force: Provision
    objective: Provision
    targets: tuple[TargetRule, ...]
    principles: tuple[PrincipleRule, ...]
    regional_principles: tuple[Provision, ...]
    forms: tuple[FormRule, ...]
    criteria: tuple[CriterionRule, ...]
    urusan_list: Citation
    urusan_list_uncertain: Citation
    initiators: tuple[InitiatorRule, ...]
    proposal_fields: tuple[ProposalField, ...]
    route_steps: tuple[RouteStep, ...]
    stage_order: Provision
    transitions: tuple[Transition, ...]
    trial: Provision
    stop: Provision
    adoption_perkada: Provision
    adoption_perda: Provision
    reporting: Provision
    reporting_uu: Provision
    asn_protection: Provision
    asn_protection_condition: Provision
    rejected_readings: tuple[RejectedReading, ...]
    perda_branch: Param[str]
    trial_max_months: Param[int]
    reporting_deadline_days: Param[int]
    #: The states of the main path, in order (the library's design over the Penjelasan).
    main_path: tuple[LifecycleStatus, ...]
    #: Pasal 20(2) huruf b: (AdoptionFacts field, the value that satisfies huruf b).
    adoption_facts: tuple[tuple[str, bool], ...]
    #: The public URL of each source key the citations use.
    sources: tuple[tuple[str, str], ...]

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

    def requirement(self, key: str) -> Requirement:
        """The condition ``key`` of a transition; an unknown key is an :class:`InvalidInput`."""
        for t in self.transitions:
            for q in t.requires:
                if q.key == key:
                    return q
        raise InvalidInput(
            "syarat tidak dikenal", field="key", value=key, message_en="unknown requirement"
        )

    # -- integrity --------------------------------------------------------------------------------
    def check(self) -> None:
        """Every enum member has its cited rule; the state machine is well formed."""
        super().check()
        from inovasi_daerah.pp38.data import Criterion, Principle, Target

        def covers(name: str, have: list[Any], want: list[Any]) -> None:
            if sorted(map(str, have)) != sorted(map(str, want)):
                raise DataIntegrityError(
                    f"{name}: seharusnya {want}, tertulis {have}",
                    field=self.id,
                    message_en=f"{name}: expected {want}, got {have}",
                )

        covers("criteria", [c.criterion for c in self.criteria], list(Criterion))
        covers("principles", [p.principle for p in self.principles], list(Principle))
        covers("targets", [t.target for t in self.targets], list(Target))
        covers("forms", [f.form for f in self.forms], list(Form))
        covers("initiators", [i.initiator for i in self.initiators], list(Initiator))
        pairs = [(t.source, t.target) for t in self.transitions]
        if len(set(pairs)) != len(pairs):
            raise DataIntegrityError(
                "transisi siklus hidup ganda",
                field=f"{self.id}.transitions",
                message_en="duplicate lifecycle transition",
            )
        reachable = {LifecycleStatus.PROPOSED} | {t.target for t in self.transitions}
        if reachable != set(LifecycleStatus):
            missing = sorted(s.value for s in set(LifecycleStatus) - reachable)
            raise DataIntegrityError(
                f"status tidak terjangkau {missing}",
                field=f"{self.id}.transitions",
                message_en=f"unreachable states {missing}",
            )
        used = {c.label() for p in self._provisions() for c in p.citations}
        for r in self.rejected_readings:
            if r.stated_by.label() in used:
                raise DataIntegrityError(
                    f"bacaan yang ditolak {r.rejected!r} dikutip sebagai hukum",
                    field=r.key,
                    message_en=f"rejected reading {r.rejected!r} is cited as law",
                )

    def _provisions(self) -> list[Provision]:
        found: list[Provision] = []
        for value in vars(self).values():
            items = value if isinstance(value, tuple) else (value,)
            found.extend(v for v in items if isinstance(v, Provision))
        return found


class _ShippedRegistry(LazyRegistry[Pp38Rules]):
    """The PP 38/2017 registry: the shipped rule file is read and checked on first use (so
    importing ``pp38`` stays cheap), then every look-up goes to the loaded rule sets."""

    def _load(self) -> tuple[Pp38Rules, ...]:
        from inovasi_daerah.pp38.files import shipped_rules

        return (shipped_rules(),)


REGISTRY: Registry[Pp38Rules] = _ShippedRegistry(
    "pp38", T("PP 38/2017 tentang Inovasi Daerah", "PP 38/2017 on Regional Innovation")
)


def rules_for(on: DateLike) -> Pp38Rules:
    """The PP 38/2017 rule set in force on ``on`` (a date or ISO text).

    Dates before the promulgation (15 September 2017) raise
    :class:`~inovasi_daerah.errors.NoRuleSetInForce`.
    """
    return REGISTRY.in_force(on)


def default_rules(rules: object = None) -> Pp38Rules:
    """``rules`` when it is a :class:`Pp38Rules`, the latest rule set when None; else an error."""
    return check_rule_set(
        rules,
        Pp38Rules,
        default=list(REGISTRY)[-1],
        message=("harus Pp38Rules atau None", "must be Pp38Rules or None"),
    )


def require_rules(value: object, name: str) -> Pp38Rules:
    """``value`` when it is a :class:`Pp38Rules`; else an :class:`InvalidInput` naming the
    argument ``name`` (the engine's check of an argument; not part of ``__all__``)."""
    return check_rule_set(
        value,
        Pp38Rules,
        message=(
            f"{name} harus aturan PP 38 (rules_for(...))",
            f"{name} must be PP 38 rules (rules_for(...))",
        ),
        field=str(name),
    )
