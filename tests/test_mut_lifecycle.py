"""Tests that kill the mutants of ``pp38/lifecycle.py`` (issue 10): the state of an innovation
(recorded, or inferred from its latest event in the documented order, pp38_2017.md §17), the
conditions of each transition (its own and the initiator's route steps due in the source state,
PP 38/2017 Pasal 7–15, Pasal 10(3), Pasal 20), the options, and a transition's refusals (not
allowed, missing conditions named with their facts and articles, a date before a recorded
event, an invalid result)."""

from __future__ import annotations

import dataclasses
from datetime import date

import pytest

from inovasi_daerah.errors import IllegalTransition, InvalidInput
from inovasi_daerah.models import LifecycleStatus, Stage
from inovasi_daerah.pp38 import lifecycle as L
from pp38_factory import fresh_rules, make, ready, with_procedure

S = LifecycleStatus


@pytest.mark.parametrize(
    ("facts", "state", "basis"),
    [
        ({"stopped_on": "2024-06-01", "reported_on": "2024-05-01"}, S.STOPPED, "stopped_on"),
        ({"reported_on": "2024-05-01", "applied_on": "2024-04-01"}, S.REPORTED, "reported_on"),
        ({"applied_on": "2024-04-01", "trial_start": "2024-02-01"}, S.APPLIED, "applied_on"),
        ({"stage": "penerapan", "trial_start": "2024-02-01"}, S.APPLIED, "stage = penerapan"),
        ({"trial_start": "2024-02-01", "decided_on": "2024-01-20"}, S.TRIAL, "trial_start"),
        ({"stage": "uji_coba", "decided_on": "2024-01-20"}, S.TRIAL, "stage = uji_coba"),
        ({"decided_on": "2024-01-20"}, S.DECIDED, "decided_on"),
    ],
)
def test_state_inferred_from_the_latest_event(
    facts: dict[str, str], state: LifecycleStatus, basis: str
) -> None:
    """pp38_2017.md §17: without a recorded status the state is that of the latest event the
    record holds, in the documented order; the reason names the fact it rests on."""
    got = L.current_state(make(**facts))
    assert got.state is state
    assert got.inferred is True
    assert got.reason.en == f"inferred from {basis}"
    assert got.reason.id == f"disimpulkan dari {basis}"


@pytest.mark.parametrize(
    ("procedure", "state", "basis"),
    [
        (
            {"litbang_feasible": True, "submitted_to_litbang_on": "2024-01-05"},
            S.FEASIBLE,
            "procedure.litbang_feasible = True",
        ),
        (
            {"litbang_feasible": False, "submitted_to_litbang_on": "2024-01-05"},
            S.NOT_FEASIBLE,
            "procedure.litbang_feasible = False",
        ),
        ({"submitted_to_litbang_on": "2024-01-05"}, S.UNDER_EVALUATION, "submitted_to_litbang_on"),
    ],
)
def test_state_inferred_from_the_procedure(
    procedure: dict[str, object], state: LifecycleStatus, basis: str
) -> None:
    """Pasal 10(3): litbang's verdict (layak / tidak layak), else the submission to litbang."""
    got = L.current_state(with_procedure(make(), **procedure))
    assert got.state is state
    assert got.reason.en == f"inferred from {basis}"


def test_state_with_no_event_is_proposed_and_a_recorded_status_wins() -> None:
    """No event: DIUSULKAN (inferred); a recorded status is taken as it is."""
    start = L.current_state(make())
    assert start.state is S.PROPOSED
    assert start.inferred is True
    assert start.reason.en == "inferred: no event recorded yet"
    recorded = L.current_state(make(status="layak", decided_on="2024-01-20"))
    assert recorded.state is S.FEASIBLE
    assert recorded.inferred is False
    assert recorded.reason.en == "recorded status"
    with pytest.raises(InvalidInput) as caught:
        L.current_state(42)  # type: ignore[arg-type]
    assert caught.value.rule == "current_state"


def test_requirements_route_steps_due_in_the_source_then_the_transitions_own() -> None:
    """Pasal 7–15: the initiator's route steps due in the source state (not those the
    transition itself records), then the transition's own conditions."""
    r = fresh_rules()
    submit = r.transition_to(S.PROPOSED, S.UNDER_EVALUATION)
    assert submit is not None
    keys = [q.key for q in L.requirements(r, submit, make(initiator="asn"))]
    assert keys == ["asn_izin_tertulis", "usulan_lengkap"]  # not disampaikan_ke_litbang
    feasible = r.transition_to(S.UNDER_EVALUATION, S.FEASIBLE)
    assert feasible is not None
    head = make(initiator="kepala_daerah")
    assert [q.key for q in L.requirements(r, feasible, head)] == [
        "kepala_daerah_tim_independen",
        "kepala_daerah_tim_dikoordinasikan_litbang",
        "hasil_evaluasi_layak",
    ]
    decide = r.transition_to(S.FEASIBLE, S.DECIDED)
    assert decide is not None
    assert [q.key for q in L.requirements(r, decide, head)] == [
        "pasal_10_3_disampaikan_ke_kepala_daerah"
    ]


def test_requirements_checks_its_arguments() -> None:
    """The rule set, the transition and the innovation are checked, each refusal naming it."""
    r = fresh_rules()
    t = r.transitions[0]
    with pytest.raises(InvalidInput) as caught:
        L.requirements(None, t, make())  # type: ignore[arg-type]
    assert caught.value.field == "rules"
    with pytest.raises(InvalidInput) as caught:
        L.requirements(r, "usulan_ke_litbang", make())  # type: ignore[arg-type]
    assert caught.value.field == "t"
    assert caught.value.value == "usulan_ke_litbang"
    assert "Transition" in (caught.value.message_en or "")
    with pytest.raises(InvalidInput) as caught:
        L.requirements(r, t, 42)  # type: ignore[arg-type]
    assert caught.value.rule == "requirements"


def test_transition_options_and_allowed_transitions() -> None:
    """From DIEVALUASI both verdicts of Pasal 10(3) are options, each lacking what the record
    does not show; once litbang's verdict is recorded only that one is allowed."""
    inv = make(status="dievaluasi", initiator="perangkat_daerah")
    options = L.transition_options(inv)
    assert [o.target for o in options] == [S.FEASIBLE, S.NOT_FEASIBLE]
    assert [[q.key for q in o.missing] for o in options] == [
        ["hasil_evaluasi_layak"],
        ["hasil_evaluasi_tidak_layak"],
    ]
    assert not any(o.allowed for o in options)
    assert L.allowed_transitions(inv) == ()
    found = with_procedure(inv, litbang_feasible=False)
    assert L.allowed_transitions(found) == (S.NOT_FEASIBLE,)
    r = fresh_rules()
    lax = dataclasses.replace(
        r,
        transitions=tuple(dataclasses.replace(t, requires=()) for t in r.transitions),
        route_steps=(),
    )
    assert L.allowed_transitions(inv, lax) == (S.FEASIBLE, S.NOT_FEASIBLE)
    opt = L.transition_options(found)[1]
    assert opt.allowed is True
    assert opt.missing == ()
    assert opt.target is S.NOT_FEASIBLE
    assert L.citations_of(L.transition_options(inv)[0]) == (
        *options[0].transition.citations,
        options[0].missing[0].citation,
    )


def test_options_use_the_rules_given() -> None:
    """A rule set whose route and transitions differ: its options are given."""
    r = fresh_rules()
    only = dataclasses.replace(r, transitions=r.transitions[:1])
    assert [o.target for o in L.transition_options(make(), only)] == [S.UNDER_EVALUATION]
    assert L.transition_options(make(status="dievaluasi"), only) == ()
    with pytest.raises(InvalidInput) as caught:
        L.transition_options(42)  # type: ignore[arg-type]
    assert caught.value.rule == "transition_options"


def test_transition_records_the_step() -> None:
    """A step sets the status and its date (dotted for procedure facts) and the IID stage the
    step enters (uji coba); the input is not changed."""
    inv = ready()
    moved = L.transition(inv, "dievaluasi", on=date(2024, 1, 10))
    assert moved.status is S.UNDER_EVALUATION
    assert moved.procedure.submitted_to_litbang_on == date(2024, 1, 10)
    assert moved.procedure.written_permission_on == inv.procedure.written_permission_on
    assert moved.stage is inv.stage
    assert inv.status is None
    trial = L.transition(
        make(status="ditetapkan", decided_on="2024-01-01"), S.TRIAL, on="2024-02-01"
    )
    assert trial.status is S.TRIAL
    assert trial.stage is Stage.TRIAL
    assert trial.trial_start == date(2024, 2, 1)


def test_transition_uses_the_rules_given() -> None:
    """A rule set without the route's conditions allows what the shipped one refuses."""
    r = fresh_rules()
    submit = dataclasses.replace(r.transitions[0], requires=())
    lax = dataclasses.replace(r, route_steps=(), transitions=(submit, *r.transitions[1:]))
    with pytest.raises(IllegalTransition):
        L.transition(make(initiator="asn"), "dievaluasi", on="2024-01-10")
    moved = L.transition(make(initiator="asn"), "dievaluasi", on="2024-01-10", rules=lax)
    assert moved.status is S.UNDER_EVALUATION


def test_transition_refuses_an_unknown_target_and_a_bad_date() -> None:
    """The target must be a lifecycle state, ``on`` a date: each refusal names its field."""
    with pytest.raises(InvalidInput) as caught:
        L.transition(make(), "selesai", on="2024-01-10")
    assert caught.value.field == "to"
    assert caught.value.value == "selesai"
    assert "'dievaluasi'" in (caught.value.message_en or "")
    with pytest.raises(InvalidInput) as caught:
        L.transition(make(), "dievaluasi", on="kemarin")
    assert caught.value.field == "on"
    with pytest.raises(InvalidInput) as caught:
        L.transition(42, "dievaluasi", on="2024-01-10")  # type: ignore[arg-type]
    assert caught.value.rule == "transition"


def test_transition_not_allowed_names_the_options_and_the_stage_order() -> None:
    """pp38_2017.md §17 (stage order of the Penjelasan): a step the law does not provide is
    refused on ``status``, citing the Penjelasan."""
    with pytest.raises(IllegalTransition) as caught:
        L.transition(make(), "layak", on="2024-01-10")
    e = caught.value
    assert e.field == "status"
    assert e.rule == "PP 38/2017 lifecycle"
    assert e.article == fresh_rules().stage_order.citation.label()
    assert "['dievaluasi']" in (e.message_en or "")
    with pytest.raises(IllegalTransition) as caught:
        L.transition(make(status="dilaporkan"), "dihentikan", on="2024-01-10")
    assert "['-']" in (caught.value.message_en or "")


def test_transition_missing_conditions_named_with_fields_text_and_article() -> None:
    """Pasal 7–15 and Pasal 7: each missing condition is named with its facts, its text and its
    article; the articles are listed once each, in order."""
    with pytest.raises(IllegalTransition) as caught:
        L.transition(make(initiator="asn"), "dievaluasi", on="2024-01-10")
    e = caught.value
    assert e.field == "status"
    assert e.rule == "The proposal goes to litbang for evaluation"
    assert e.article == (
        "PP 38/2017 Pasal 7–15 [VERIFIED-SECONDARY]; PP 38/2017 Pasal 7 [VERIFIED-SECONDARY]"
    )
    r = fresh_rules()
    permission = r.route_steps[0]  # asn_izin_tertulis
    described = (
        f"procedure.written_permission_on — {permission.text.en} "
        "(PP 38/2017 Pasal 7–15 [VERIFIED-SECONDARY])"
    )
    assert described in (e.message_en or "")
    assert f"procedure.written_permission_on — {permission.text.id} (" in e.message
    # the missing conditions are listed one after the other, separated by "; "
    assert "(PP 38/2017 Pasal 7–15 [VERIFIED-SECONDARY]); forms, design, " in (e.message_en or "")
    assert "(PP 38/2017 Pasal 7–15 [VERIFIED-SECONDARY]); forms, design, " in e.message
    assert "forms, design, objective, benefit, planned_trial, budget — " in (e.message_en or "")
    with pytest.raises(IllegalTransition) as caught:
        L.transition(make(status="dievaluasi", initiator="kepala_daerah"), "layak", on="2024-02-01")
    # the two route steps of the kepala daerah share one article: listed once
    assert caught.value.article == (
        "PP 38/2017 Pasal 7–15 [VERIFIED-SECONDARY]; "
        "PP 38/2017 Pasal 10 ayat (3) [VERIFIED-SECONDARY]"
    )


@pytest.mark.parametrize(
    "field",
    ["proposed_on", "procedure.written_permission_on", "procedure.proposal_to_head_on"],
)
def test_transition_cannot_precede_a_recorded_event(field: str) -> None:
    """A step is not dated before any event the record holds (the same day is allowed); the
    refusal names ``on``, the event and its date."""
    inv = ready()
    if field == "proposed_on":
        inv = inv.model_copy(update={"proposed_on": date(2024, 1, 20)})
    else:
        inv = with_procedure(inv, **{field.split(".")[1]: "2024-01-20"})
    with pytest.raises(IllegalTransition) as caught:
        L.transition(inv, "dievaluasi", on="2024-01-19")
    e = caught.value
    assert e.field == "on"
    assert e.rule == "The proposal goes to litbang for evaluation"
    assert e.article == fresh_rules().stage_order.citation.label()
    assert f"precedes {field} (2024-01-20)" in (e.message_en or "")
    same_day = L.transition(inv, "dievaluasi", on="2024-01-20")
    assert same_day.procedure.submitted_to_litbang_on == date(2024, 1, 20)


def test_transition_to_an_invalid_result_is_refused_naming_the_field() -> None:
    """A step whose result the model refuses (the penetapan after the recorded trial start) is
    an IllegalTransition naming the model's field and the step taken."""
    inv = with_procedure(
        make(status="layak", proposed_on="2024-01-01", trial_start="2024-01-05"),
        forwarded_to_head_on="2024-01-03",
    )
    with pytest.raises(IllegalTransition) as caught:
        L.transition(inv, "ditetapkan", on="2024-03-01")
    assert caught.value.field == "trial_start"
    assert caught.value.rule == "layak → ditetapkan"
    assert "trial_start (2024-01-05) before decided_on (2024-03-01)" in (
        caught.value.message_en or ""
    )
