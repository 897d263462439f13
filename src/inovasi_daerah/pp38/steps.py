"""What the procedure still requires of an innovation, in order, each with its article.

From the current state (recorded or inferred, see :mod:`~inovasi_daerah.pp38.lifecycle`) the
main path is walked to DILAPORKAN. For each remaining transition the list holds first the
conditions not yet met (the initiator's route steps and the transition's own conditions that
no earlier step on the path produces), then the step itself (*tahap*). The penerapan step
names the instrument of Pasal 20(2); the uji coba and reporting steps carry the OPEN duration
and deadline parameters (their value when the caller supplied one). A stopped innovation
needs only its report to litbang; TIDAK_LAYAK and DILAPORKAN need nothing further under the
PP.

``blocking`` marks what stands between the innovation and its *next* lifecycle state;
``kind`` is "syarat" (a condition), "tahap" (a step of the procedure) or "saran" (advisory).
Route steps of earlier states that the record does not show are listed apart, in
``unrecorded``.

>>> from inovasi_daerah.models import Innovation
>>> inv = Innovation(name="X", forms=["pelayanan_publik"], stage="inisiatif",
...     initiator="asn", design="d", objective="o", benefit="b", planned_trial="2024",
...     needs_budget=False)
>>> ns = next_steps(inv)
>>> [(s.key, s.blocking) for s in ns.steps][:3]
[('asn_izin_tertulis', True), ('usulan_ke_litbang', True), ('dinyatakan_layak', False)]
>>> ns.next.citations[0].label()
'PP 38/2017 Pasal 7–15 [VERIFIED-SECONDARY]'
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass
from typing import Any

from dateutil.relativedelta import relativedelta

from inovasi_daerah.law.citation import Citation
from inovasi_daerah.law.explain import Explanation
from inovasi_daerah.law.result import Result
from inovasi_daerah.law.text import T, Text
from inovasi_daerah.models.enums import LifecycleStatus
from inovasi_daerah.models.innovation import Innovation
from inovasi_daerah.pp38._base import InnovationLike, Progress, as_innovation
from inovasi_daerah.pp38.adoption import determine_instrument
from inovasi_daerah.pp38.lifecycle import current_state, requirements
from inovasi_daerah.pp38.routes import Requirement
from inovasi_daerah.pp38.rules import Pp38Rules, default_rules
from inovasi_daerah.pp38.transitions import Transition

__all__ = ["ADVISORY", "CONDITION", "STEP", "NextStep", "NextSteps", "next_steps"]

S = LifecycleStatus
CONDITION = "syarat"
STEP = "tahap"
ADVISORY = "saran"


def _positions(r: Pp38Rules) -> dict[LifecycleStatus, int]:
    """Where each state sits on the main path (off-path states beside the state they leave
    from), for "earlier" and "later"; once per rule set."""

    def compute() -> dict[LifecycleStatus, int]:
        path = r.main_path
        return {s: i for i, s in enumerate(path)} | {
            S.NOT_FEASIBLE: path.index(S.FEASIBLE),
            S.STOPPED: path.index(S.APPLIED),
        }

    return r._memo("positions", compute)


@dataclass(frozen=True, slots=True)
class NextStep:
    """One thing the procedure requires (or advises), with its article and whether it blocks."""

    key: str
    text: Text
    citations: tuple[Citation, ...]
    blocking: bool
    kind: str
    progress: Progress = Progress.PENDING
    fields: tuple[str, ...] = ()
    note: Text | None = None

    def to_dict(self) -> dict[str, Any]:
        """The step as plain JSON data."""
        return {
            "key": self.key,
            "text": {"id": self.text.id, "en": self.text.en},
            "kind": self.kind,
            "blocking": self.blocking,
            "progress": self.progress.value,
            "fields": list(self.fields),
            "note": None if self.note is None else {"id": self.note.id, "en": self.note.en},
            "citations": [c.model_dump(mode="json") for c in self.citations],
        }

    def _node(self) -> Explanation:
        return Explanation(
            key=f"pp38.steps.{self.key}",
            title=self.text,
            value=self.progress,
            citations=self.citations,
            inputs={"kind": self.kind, "blocking": self.blocking}
            | ({"fact": ", ".join(self.fields)} if self.fields else {}),
            note=self.note,
        )


@dataclass(frozen=True, slots=True)
class NextSteps(Result):
    """The remaining procedure from the innovation's current state."""

    state: LifecycleStatus
    state_inferred: bool
    state_reason: Text
    steps: tuple[NextStep, ...]
    unrecorded: tuple[NextStep, ...]
    rules_id: str
    innovation_name: str

    @property
    def next(self) -> NextStep | None:
        """The first thing to do, or None when the procedure asks nothing more."""
        return self.steps[0] if self.steps else None

    @property
    def blocking(self) -> tuple[NextStep, ...]:
        """What stands between the innovation and its next state."""
        return tuple(s for s in self.steps if s.blocking)

    @property
    def done(self) -> bool:
        """True when the PP asks nothing more of this innovation."""
        return not any(s.kind != ADVISORY for s in self.steps)

    @property
    def explanation(self) -> Explanation:
        """The explanation tree of this result (bilingual, with citations)."""
        children = tuple(s._node() for s in self.steps)
        if self.unrecorded:
            children += (
                Explanation(
                    key="pp38.steps.not_recorded",
                    title=T(
                        "Langkah sebelumnya yang tidak tercatat",
                        "Earlier steps the record does not show",
                    ),
                    value=len(self.unrecorded),
                    children=tuple(s._node() for s in self.unrecorded),
                ),
            )
        return Explanation(
            key="pp38.steps",
            title=T(
                f"Langkah berikutnya (PP 38/2017): {self.innovation_name}",
                f"Next steps (PP 38/2017): {self.innovation_name}",
            ),
            value=self.state,
            rule=self.state_reason,
            inputs={"rule": self.rules_id, "step_count": len(self.steps)},
            children=children,
        )

    def _summary(self) -> dict[str, Any]:
        return {
            "innovation": self.innovation_name,
            "rules": self.rules_id,
            "state": self.state.value,
            "state_inferred": self.state_inferred,
            "steps": [s.to_dict() for s in self.steps],
            "unrecorded": [s.to_dict() for s in self.unrecorded],
        }


def _condition(q: Requirement, inv: Innovation, blocking: bool) -> NextStep:
    return NextStep(
        key=q.key,
        text=q.text,
        citations=q.citations,
        blocking=blocking,
        kind=CONDITION,
        progress=q.progress(inv),
        fields=q.fields,
        note=q.note,
    )


def _param_note(r: Pp38Rules, key: str, inv: Innovation) -> tuple[Text, Citation]:
    """The note for an OPEN duration/deadline parameter: its value if supplied, else open."""
    p = r.param(key)
    if p.is_open:
        return (
            T(
                f"hukum tidak menetapkan nilainya ({p.title.id}); berikan lewat override {key}",
                f"the law gives no value ({p.title.en}); supply it with the override {key}",
            ),
            p.citation,
        )
    value = p.get()
    start = inv.trial_start if key == "trial_max_months" else inv.applied_on
    if start is None:
        return T(f"{p.title.id}: {value}", f"{p.title.en}: {value}"), p.citation
    end = (
        start + relativedelta(months=value)
        if key == "trial_max_months"
        else start + relativedelta(days=value)
    )
    return (
        T(
            f"{p.title.id}: {value}, paling lambat {end.isoformat()}",
            f"{p.title.en}: {value}, at the latest {end.isoformat()}",
        ),
        p.citation,
    )


def _milestone(t: Transition, inv: Innovation, r: Pp38Rules, blocking: bool) -> NextStep:
    citations = t.citations
    note: Text | None = None
    if t.target is S.APPLIED:
        instrument, reason, cits = determine_instrument(inv, r)
        label = instrument.label if instrument else T("belum dapat ditentukan", "undetermined")
        note = T(f"Instrumen: {label.id} — {reason.id}", f"Instrument: {label.en} — {reason.en}")
        citations = (*citations, *(c for c in cits if c not in citations))
    elif t.target is S.TRIAL or t.target is S.REPORTED:
        key = "trial_max_months" if t.target is S.TRIAL else "reporting_deadline_days"
        note, cit = _param_note(r, key, inv)
        citations = (*citations, cit)
    return NextStep(
        key=t.key, text=t.text, citations=citations, blocking=blocking, kind=STEP, note=note
    )


def next_steps(innovation: InnovationLike, rules: Pp38Rules | None = None) -> NextSteps:
    """What PP 38/2017 still requires of the innovation, in order (see module doc)."""
    inv = as_innovation(innovation, function="next_steps")
    r = default_rules(rules)
    here = current_state(inv)
    state = here.state
    steps: list[NextStep] = []

    main_path = r.main_path
    if state is S.STOPPED:
        stop_reported = r.requirement("penghentian_dilaporkan_ke_litbang")
        if stop_reported.holds(inv) is not True:
            steps.append(_condition(stop_reported, inv, blocking=True))
    elif state in main_path:
        produced: set[str] = set()
        path = main_path[main_path.index(state) :]
        for n, (src, tgt) in enumerate(itertools.pairwise(path)):
            t = r.transition_to(src, tgt)
            if t is None:  # pragma: no cover - guarded by Pp38Rules.check()
                continue
            for q in requirements(r, t, inv):
                if q.outcome or set(q.fields) <= produced or q.holds(inv) is True:
                    continue
                steps.append(_condition(q, inv, blocking=n == 0))
            steps.append(_milestone(t, inv, r, blocking=n == 0))
            produced.add(t.sets)
        if state is S.TRIAL:
            note, cit = _param_note(r, "trial_max_months", inv)
            steps.append(
                NextStep(
                    key="durasi_uji_coba",
                    text=r.trial.text,
                    citations=(*r.trial.citations, cit),
                    blocking=False,
                    kind=ADVISORY,
                    progress=Progress.UNKNOWN,
                    note=note,
                )
            )
        if state in (S.DECIDED, S.TRIAL):
            steps.append(
                NextStep(
                    key=r.reporting_uu.key,
                    text=r.reporting_uu.text,
                    citations=r.reporting_uu.citations,
                    blocking=False,
                    kind=ADVISORY,
                    progress=Progress.UNKNOWN,
                )
            )
        if state in (S.TRIAL, S.APPLIED):
            steps.append(
                NextStep(
                    key=r.stop.key,
                    text=T(
                        f"Bila tidak berhasil: {r.stop.text.id}",
                        f"If unsuccessful: {r.stop.text.en}",
                    ),
                    citations=r.stop.citations,
                    blocking=False,
                    kind=ADVISORY,
                    progress=Progress.UNKNOWN,
                )
            )

    positions = _positions(r)
    position = positions[state]
    unrecorded = tuple(
        _condition(s, inv, blocking=False)
        for s in r.route(inv.initiator)
        if positions[s.due_in] < position and s.progress(inv) is not Progress.DONE
    )
    return NextSteps(
        state=state,
        state_inferred=here.inferred,
        state_reason=here.reason,
        steps=tuple(steps),
        unrecorded=unrecorded,
        rules_id=r.id,
        innovation_name=inv.name,
    )
