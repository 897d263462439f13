"""The lifecycle state machine: where an innovation stands, where it may go, and going there.

The allowed transitions and their conditions are data (:mod:`~inovasi_daerah.pp38.transitions`);
this module applies them.

**Current state.** ``innovation.status`` when given. Otherwise it is inferred from the
latest event the record holds, in this order (documented, conservative):
``stopped_on`` → DIHENTIKAN; ``reported_on`` → DILAPORKAN; ``applied_on`` or stage
*penerapan* → DITERAPKAN; ``trial_start`` or stage *uji coba* → UJI_COBA; ``decided_on`` →
DITETAPKAN; ``procedure.litbang_feasible`` True → LAYAK, False → TIDAK_LAYAK;
``procedure.submitted_to_litbang_on`` → DIEVALUASI; else DIUSULKAN.

**A transition** ``transition(inv, to, on=date)`` checks that the law allows ``to`` from the
current state, that every condition holds (the transition's own and the route steps of the
initiator due in the current state), and that ``on`` is not before any recorded event. It
returns a *new* innovation with ``status``, the date of the step (and the IID stage when the
step changes it) set, validated again as a whole.

>>> from datetime import date
>>> from inovasi_daerah.models import Innovation
>>> inv = Innovation(name="X", forms=["tata_kelola"], stage="inisiatif",
...     initiator="perangkat_daerah", design="d", objective="o", benefit="b",
...     planned_trial="2024", needs_budget=False)
>>> current_state(inv).state.value
'diusulkan'
>>> allowed_transitions(inv)
(<LifecycleStatus.UNDER_EVALUATION: 'dievaluasi'>,)
>>> inv2 = transition(inv, "dievaluasi", on=date(2024, 1, 10))
>>> inv2.status.value, inv2.procedure.submitted_to_litbang_on.isoformat()
('dievaluasi', '2024-01-10')
>>> transition(inv2, "layak", on=date(2024, 2, 1))
Traceback (most recent call last):
...
inovasi_daerah.errors.IllegalTransition: status: dievaluasi → layak: belum terpenuhi ...
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from typing import Any

from inovasi_daerah.errors import IllegalTransition, InovasiDaerahError, InvalidInput
from inovasi_daerah.law.citation import Citation
from inovasi_daerah.law.ruleset import as_date
from inovasi_daerah.law.text import T, Text
from inovasi_daerah.models.enums import LifecycleStatus, Stage
from inovasi_daerah.models.innovation import Innovation
from inovasi_daerah.pp38._base import InnovationLike, as_innovation
from inovasi_daerah.pp38.routes import Requirement
from inovasi_daerah.pp38.rules import Pp38Rules, default_rules, require_rules
from inovasi_daerah.pp38.transitions import Transition

__all__ = [
    "CurrentState",
    "TransitionOption",
    "allowed_transitions",
    "current_state",
    "requirements",
    "transition",
    "transition_options",
]

S = LifecycleStatus

#: Dated events of the record, as (field path, getter); ``on`` may not precede any of them.
_EVENT_DATES: tuple[tuple[str, Any], ...] = (
    ("proposed_on", lambda i: i.proposed_on),
    ("procedure.written_permission_on", lambda i: i.procedure.written_permission_on),
    ("procedure.proposal_to_head_on", lambda i: i.procedure.proposal_to_head_on),
    ("procedure.submitted_to_litbang_on", lambda i: i.procedure.submitted_to_litbang_on),
    ("procedure.evaluated_on", lambda i: i.procedure.evaluated_on),
    ("procedure.forwarded_to_head_on", lambda i: i.procedure.forwarded_to_head_on),
    ("decided_on", lambda i: i.decided_on),
    ("trial_start", lambda i: i.trial_start),
    ("applied_on", lambda i: i.applied_on),
    ("reported_on", lambda i: i.reported_on),
    ("stopped_on", lambda i: i.stopped_on),
)


@dataclass(frozen=True, slots=True)
class CurrentState:
    """The state of an innovation, and whether (and from what) it was inferred."""

    state: LifecycleStatus
    inferred: bool
    reason: Text


def current_state(innovation: InnovationLike) -> CurrentState:
    """``innovation.status``, or the state inferred from its stage and dates (module doc)."""
    inv = as_innovation(innovation, function="current_state")
    if inv.status is not None:
        return CurrentState(inv.status, False, T("status tercatat", "recorded status"))
    p = inv.procedure
    rules: Iterable[tuple[bool, LifecycleStatus, str]] = (
        (inv.stopped_on is not None, S.STOPPED, "stopped_on"),
        (inv.reported_on is not None, S.REPORTED, "reported_on"),
        (inv.applied_on is not None, S.APPLIED, "applied_on"),
        (inv.stage is Stage.APPLICATION, S.APPLIED, "stage = penerapan"),
        (inv.trial_start is not None, S.TRIAL, "trial_start"),
        (inv.stage is Stage.TRIAL, S.TRIAL, "stage = uji_coba"),
        (inv.decided_on is not None, S.DECIDED, "decided_on"),
        (p.litbang_feasible is True, S.FEASIBLE, "procedure.litbang_feasible = True"),
        (p.litbang_feasible is False, S.NOT_FEASIBLE, "procedure.litbang_feasible = False"),
        (p.submitted_to_litbang_on is not None, S.UNDER_EVALUATION, "submitted_to_litbang_on"),
    )
    for holds, state, basis in rules:
        if holds:
            return CurrentState(
                state, True, T(f"disimpulkan dari {basis}", f"inferred from {basis}")
            )
    return CurrentState(
        S.PROPOSED,
        True,
        T("disimpulkan: belum ada peristiwa tercatat", "inferred: no event recorded yet"),
    )


def requirements(
    rules: Pp38Rules, t: Transition, innovation: Innovation
) -> tuple[Requirement, ...]:
    """The conditions of ``t`` for this innovation: its own, then the initiator's route steps."""
    rules = require_rules(rules, "rules")
    if not isinstance(t, Transition):
        raise InvalidInput(
            "t harus Transition", field="t", value=t, message_en="t must be a Transition"
        )
    innovation = as_innovation(innovation, function="requirements")
    route = tuple(
        s
        for s in rules.route(innovation.initiator)
        if s.due_in is t.source and not s.performed_by_transition
    )
    return (*route, *t.requires)


@dataclass(frozen=True, slots=True)
class TransitionOption:
    """A transition leaving the current state, with the conditions not (known to be) met."""

    transition: Transition
    missing: tuple[Requirement, ...]

    @property
    def target(self) -> LifecycleStatus:
        """The state the transition leads to."""
        return self.transition.target

    @property
    def allowed(self) -> bool:
        """True when no condition is missing."""
        return not self.missing


def _resolve(innovation: object, rules: object, function: str) -> tuple[Innovation, Pp38Rules]:
    return as_innovation(innovation, function=function), default_rules(rules)


def transition_options(
    innovation: InnovationLike, rules: Pp38Rules | None = None
) -> tuple[TransitionOption, ...]:
    """Every transition the law provides from the current state, with what each still lacks."""
    inv, r = _resolve(innovation, rules, "transition_options")
    state = current_state(inv).state
    return tuple(
        TransitionOption(t, tuple(q for q in requirements(r, t, inv) if q.holds(inv) is not True))
        for t in r.transitions_from(state)
    )


def allowed_transitions(
    innovation: InnovationLike, rules: Pp38Rules | None = None
) -> tuple[LifecycleStatus, ...]:
    """The states the innovation may move to now: legal from its state, conditions met."""
    return tuple(o.target for o in transition_options(innovation, rules) if o.allowed)


def _describe(req: Requirement, lang: str) -> str:
    return f"{', '.join(req.fields)} — {req.text.get(lang)} ({req.citation.label()})"


def _set(inv: Innovation, path: str, value: object, stage: Stage | None, to: S) -> Innovation:
    update: dict[str, Any] = {"status": to}
    if stage is not None:
        update["stage"] = stage
    head, _, attr = path.partition(".")
    if attr:
        sub = getattr(inv, head)
        update[head] = sub.model_copy(update={attr: value})
    else:
        update[head] = value
    candidate = inv.model_copy(update=update)
    try:
        # model_copy does not validate: rebuild from the data so every model rule is checked.
        return Innovation.model_validate(candidate.model_dump())
    except InovasiDaerahError as exc:
        raise IllegalTransition(
            f"hasil langkah tidak valid (the result would be invalid): {exc.message}",
            field=exc.field,
            rule=f"{inv.status or '-'} → {to.value}",
            message_en=f"the result would be invalid: {exc.message_en or exc.message}",
        ) from None


def transition(
    innovation: InnovationLike,
    to: LifecycleStatus | str,
    *,
    on: date | str,
    rules: Pp38Rules | None = None,
) -> Innovation:
    """Move the innovation to ``to`` on ``on``; a new :class:`Innovation` is returned.

    Raises :class:`~inovasi_daerah.errors.IllegalTransition` when the law does not allow the
    step from the current state, when a condition is missing (each named with its field and
    article), or when ``on`` precedes a recorded event.
    """
    inv, r = _resolve(innovation, rules, "transition")
    try:
        target = LifecycleStatus(to)
    except ValueError:
        raise InvalidInput(
            f"status tidak dikenal; ada: {[s.value for s in LifecycleStatus]}",
            field="to",
            value=to,
            message_en=f"unknown status; known: {[s.value for s in LifecycleStatus]}",
        ) from None
    day = as_date(on, field="on")
    here = current_state(inv)
    t = r.transition_to(here.state, target)
    if t is None:
        options = [x.target.value for x in r.transitions_from(here.state)] or ["-"]
        raise IllegalTransition(
            f"{here.state.value} → {target.value} tidak diizinkan; dari {here.state.value} "
            f"hanya ke {options} (not allowed; from {here.state.value} only to {options})",
            field="status",
            rule="PP 38/2017 lifecycle",
            article=r.stage_order.citation.label(),
            message_en=(
                f"{here.state.value} → {target.value} not allowed; from {here.state.value} only "
                f"to {options}"
            ),
        )
    missing = [q for q in requirements(r, t, inv) if q.holds(inv) is not True]
    if missing:
        raise IllegalTransition(
            f"{here.state.value} → {target.value}: belum terpenuhi (missing): "
            + "; ".join(_describe(q, "id") for q in missing),
            field="status",
            rule=t.text.en,
            article="; ".join(dict.fromkeys(q.citation.label() for q in missing)),
            message_en=f"{here.state.value} → {target.value}: missing: "
            + "; ".join(_describe(q, "en") for q in missing),
        )
    for name, getter in _EVENT_DATES:
        when = getter(inv)
        if when is not None and day < when:
            raise IllegalTransition(
                f"{target.value} pada {day.isoformat()} mendahului {name} ({when.isoformat()}) "
                "(the step cannot precede a recorded event)",
                field="on",
                rule=t.text.en,
                article=r.stage_order.citation.label(),
                message_en=(
                    f"{target.value} on {day.isoformat()} precedes {name} ({when.isoformat()}); "
                    "the step cannot precede a recorded event"
                ),
            )
    return _set(inv, t.sets, day, t.stage, target)


def citations_of(option: TransitionOption) -> tuple[Citation, ...]:
    """The citations of a transition and of the conditions it lacks."""
    return (*option.transition.citations, *(q.citation for q in option.missing))
