"""The lifecycle state machine over PP 38/2017 (pp38_2017.md §11, §17)."""

from __future__ import annotations

import itertools
from datetime import date, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from inovasi_daerah.errors import IllegalTransition, InvalidInput
from inovasi_daerah.models import Initiator, Innovation, LifecycleStatus, Stage
from inovasi_daerah.pp38 import allowed_transitions, current_state, rules_for, transition
from pp38_factory import PROPOSAL, innovations, make, ready, with_procedure

S = LifecycleStatus
RULES = rules_for("2024-01-01")
LEGAL = {(t.source, t.target) for t in RULES.transitions}
ILLEGAL = [p for p in itertools.product(S, S) if p not in LEGAL]


def walk_to_reported(inv: Innovation) -> Innovation:
    """Every step of the main path, recording litbang's verdict and the forward on the way."""
    inv = transition(inv, S.UNDER_EVALUATION, on=date(2024, 1, 10))
    inv = with_procedure(inv, litbang_feasible=True)
    inv = transition(inv, S.FEASIBLE, on=date(2024, 2, 1))
    inv = with_procedure(inv, forwarded_to_head_on="2024-02-05")
    inv = transition(inv, S.DECIDED, on=date(2024, 2, 10))
    inv = transition(inv, S.TRIAL, on=date(2024, 3, 1))
    inv = transition(inv, S.APPLIED, on=date(2024, 9, 1))
    return transition(inv, S.REPORTED, on=date(2024, 10, 1))


class TestStateMachine:
    def test_the_designed_transitions_and_no_others(self) -> None:
        assert {
            (S.PROPOSED, S.UNDER_EVALUATION),
            (S.UNDER_EVALUATION, S.FEASIBLE),
            (S.UNDER_EVALUATION, S.NOT_FEASIBLE),
            (S.FEASIBLE, S.DECIDED),
            (S.DECIDED, S.TRIAL),
            (S.TRIAL, S.APPLIED),
            (S.APPLIED, S.REPORTED),
            (S.TRIAL, S.STOPPED),
            (S.APPLIED, S.STOPPED),
        } == LEGAL

    @pytest.mark.parametrize("initiator", list(Initiator))
    def test_every_initiator_route_reaches_the_report_to_the_minister(
        self, initiator: Initiator
    ) -> None:
        done = walk_to_reported(ready(initiator))
        assert done.status is S.REPORTED
        assert done.stage is Stage.APPLICATION
        assert done.procedure.submitted_to_litbang_on == date(2024, 1, 10)
        assert done.procedure.evaluated_on == date(2024, 2, 1)
        assert (done.decided_on, done.trial_start) == (date(2024, 2, 10), date(2024, 3, 1))
        assert (done.applied_on, done.reported_on) == (date(2024, 9, 1), date(2024, 10, 1))

    def test_transition_returns_a_new_innovation(self) -> None:
        inv = ready()
        after = transition(inv, "dievaluasi", on="2024-01-10")
        assert inv.status is None
        assert after.status is S.UNDER_EVALUATION
        assert after.name == inv.name

    def test_pasal_10_3_not_feasible_ends_the_procedure(self) -> None:
        inv = with_procedure(
            transition(ready(), S.UNDER_EVALUATION, on="2024-01-10"), litbang_feasible=False
        )
        assert allowed_transitions(inv) == (S.NOT_FEASIBLE,)
        out = transition(inv, S.NOT_FEASIBLE, on="2024-02-01")
        assert allowed_transitions(out) == ()
        with pytest.raises(IllegalTransition, match="tidak_layak → layak"):
            transition(out, S.FEASIBLE, on="2024-02-02")

    def test_pasal_10_3_feasible_needs_litbangs_verdict(self) -> None:
        inv = transition(ready(), S.UNDER_EVALUATION, on="2024-01-10")
        assert allowed_transitions(inv) == ()
        with pytest.raises(IllegalTransition, match=r"procedure\.litbang_feasible.*Pasal 10"):
            transition(inv, S.FEASIBLE, on="2024-02-01")

    def test_pasal_10_3_decision_needs_the_forward_to_the_kepala_daerah(self) -> None:
        inv = with_procedure(
            transition(ready(), S.UNDER_EVALUATION, on="2024-01-10"), litbang_feasible=True
        )
        inv = transition(inv, S.FEASIBLE, on="2024-02-01")
        with pytest.raises(IllegalTransition, match="forwarded_to_head_on") as exc:
            transition(inv, S.DECIDED, on="2024-02-10")
        assert "Pasal 10 ayat (3)" in (exc.value.article or "")
        forwarded = with_procedure(inv, forwarded_to_head_on="2024-02-05")
        assert transition(forwarded, S.DECIDED, on="2024-02-10").decided_on == date(2024, 2, 10)

    def test_pasal_7_litbang_needs_a_complete_proposal(self) -> None:
        inv = ready(objective=None)
        with pytest.raises(IllegalTransition, match="objective"):
            transition(inv, S.UNDER_EVALUATION, on="2024-01-10")

    def test_asn_route_needs_written_permission_before_litbang(self) -> None:
        inv = make(initiator="asn", **PROPOSAL)
        with pytest.raises(IllegalTransition, match="written_permission_on") as exc:
            transition(inv, S.UNDER_EVALUATION, on="2024-01-10")
        assert "Pasal 7–15" in (exc.value.article or "")
        ok = with_procedure(inv, written_permission_on="2024-01-05")
        assert transition(ok, S.UNDER_EVALUATION, on="2024-01-10").status is S.UNDER_EVALUATION
        with pytest.raises(IllegalTransition, match="written_permission_on"):
            transition(ok, S.UNDER_EVALUATION, on="2024-01-04")  # permission after litbang

    def test_citizen_route_needs_an_entry_point(self) -> None:
        inv = make(initiator="anggota_masyarakat", **PROPOSAL)
        with pytest.raises(IllegalTransition, match="entry_point"):
            transition(inv, S.UNDER_EVALUATION, on="2024-01-10")
        for entry in ("ketua_dprd", "kepala_daerah"):
            ok = with_procedure(inv, entry_point=entry)
            assert transition(ok, S.UNDER_EVALUATION, on="2024-01-10").status

    def test_dprd_route_needs_a_written_proposal_to_the_kepala_daerah(self) -> None:
        inv = make(initiator="anggota_dprd", **PROPOSAL)
        with pytest.raises(IllegalTransition, match="proposal_to_head_on"):
            transition(inv, S.UNDER_EVALUATION, on="2024-01-10")
        ok = with_procedure(inv, proposal_to_head_on="2024-01-03")
        assert transition(ok, S.UNDER_EVALUATION, on="2024-01-10").status

    def test_kepala_daerah_route_needs_the_independent_team_coordinated_by_litbang(self) -> None:
        inv = with_procedure(
            transition(
                make(initiator="kepala_daerah", **PROPOSAL), S.UNDER_EVALUATION, on="2024-01-10"
            ),
            litbang_feasible=True,
        )
        with pytest.raises(IllegalTransition, match=r"independent_team.*coordinated"):
            transition(inv, S.FEASIBLE, on="2024-02-01")
        team_only = with_procedure(inv, independent_team=["praktisi"])
        with pytest.raises(IllegalTransition, match="team_coordinated_by_litbang"):
            transition(team_only, S.FEASIBLE, on="2024-02-01")
        both = with_procedure(team_only, team_coordinated_by_litbang=True)
        assert transition(both, S.FEASIBLE, on="2024-02-01").status is S.FEASIBLE

    def test_perangkat_daerah_route_goes_straight_to_litbang(self) -> None:
        inv = make(initiator="perangkat_daerah", **PROPOSAL)
        assert allowed_transitions(inv) == (S.UNDER_EVALUATION,)

    def test_pasal_20_penerapan_needs_a_trial_and_the_pasal_20_2_facts(self) -> None:
        inv = make(status="uji_coba", stage="uji_coba", trial_start="2024-03-01")
        with pytest.raises(IllegalTransition, match=r"adoption\.internal_procedure_only"):
            transition(inv, S.APPLIED, on="2024-09-01")
        perda = make(
            status="uji_coba",
            stage="uji_coba",
            trial_start="2024-03-01",
            adoption={"burdens_apbd": True},
        )  # one failing fact decides Pasal 20(2)
        assert transition(perda, S.APPLIED, on="2024-09-01").applied_on == date(2024, 9, 1)
        no_trial = make(status="uji_coba", adoption={"burdens_apbd": True})
        with pytest.raises(IllegalTransition, match="trial_start"):
            transition(no_trial, S.APPLIED, on="2024-09-01")

    def test_pasal_20_6_report_needs_the_penerapan_date(self) -> None:
        inv = make(status="diterapkan", stage="penerapan")
        with pytest.raises(IllegalTransition, match="applied_on"):
            transition(inv, S.REPORTED, on="2024-10-01")
        dated = make(status="diterapkan", stage="penerapan", applied_on="2024-09-01")
        assert transition(dated, S.REPORTED, on="2024-10-01").reported_on == date(2024, 10, 1)

    @pytest.mark.parametrize("source", [S.TRIAL, S.APPLIED])
    def test_stopping_requires_a_report_to_litbang(self, source: LifecycleStatus) -> None:
        inv = make(status=source, stage="uji_coba", trial_start="2024-03-01")
        with pytest.raises(IllegalTransition, match="stop_reported_to_litbang"):
            transition(inv, S.STOPPED, on="2024-05-01")
        reported = with_procedure(inv, stop_reported_to_litbang=True)
        stopped = transition(reported, S.STOPPED, on="2024-05-01")
        assert stopped.status is S.STOPPED
        assert stopped.stopped_on == date(2024, 5, 1)
        assert allowed_transitions(stopped) == ()

    def test_a_step_cannot_precede_a_recorded_event(self) -> None:
        inv = make(status="ditetapkan", decided_on="2024-02-10")
        with pytest.raises(IllegalTransition, match="decided_on") as exc:
            transition(inv, S.TRIAL, on="2024-02-09")
        assert exc.value.field == "on"

    def test_illegal_step_names_current_state_target_and_options(self) -> None:
        with pytest.raises(IllegalTransition) as exc:
            transition(make(status="diusulkan"), "diterapkan", on="2024-01-01")
        msg = str(exc.value)
        assert "diusulkan → diterapkan" in msg
        assert "dievaluasi" in msg

    def test_unknown_target_or_bad_date_is_invalid_input(self) -> None:
        with pytest.raises(InvalidInput, match="to"):
            transition(ready(), "selesai", on="2024-01-01")
        with pytest.raises(InvalidInput, match="on"):
            transition(ready(), "dievaluasi", on="10/01/2024")


class TestInferredState:
    @pytest.mark.parametrize(
        ("facts", "state"),
        [
            ({}, S.PROPOSED),
            ({"procedure": {"submitted_to_litbang_on": "2024-01-10"}}, S.UNDER_EVALUATION),
            ({"procedure": {"litbang_feasible": True}}, S.FEASIBLE),
            ({"procedure": {"litbang_feasible": False}}, S.NOT_FEASIBLE),
            ({"decided_on": "2024-02-01"}, S.DECIDED),
            ({"stage": "uji_coba"}, S.TRIAL),
            ({"trial_start": "2024-02-01"}, S.TRIAL),
            ({"stage": "penerapan"}, S.APPLIED),
            ({"applied_on": "2024-02-01"}, S.APPLIED),
            ({"reported_on": "2024-02-01"}, S.REPORTED),
            ({"stopped_on": "2024-02-01", "stage": "penerapan"}, S.STOPPED),
        ],
    )
    def test_state_is_inferred_from_stage_and_dates(
        self, facts: dict[str, object], state: LifecycleStatus
    ) -> None:
        here = current_state(make(**facts))
        assert here.state is state
        assert here.inferred
        assert here.reason.id
        assert here.reason.en

    def test_recorded_status_wins_over_inference(self) -> None:
        here = current_state(make(status="layak", stage="penerapan"))
        assert here.state is S.FEASIBLE
        assert not here.inferred


class TestProperties:
    @settings(max_examples=200, deadline=None)
    @given(innovations(status=False), st.sampled_from(ILLEGAL))
    def test_every_illegal_transition_is_refused(
        self, inv: Innovation, pair: tuple[LifecycleStatus, LifecycleStatus]
    ) -> None:
        source, target = pair
        at = inv.model_copy(update={"status": source})
        with pytest.raises(IllegalTransition, match=f"{source.value} → {target.value}"):
            transition(at, target, on=date(2030, 1, 1))

    @settings(max_examples=200, deadline=None)
    @given(innovations(status=False), st.integers(0, 400))
    def test_allowed_transitions_succeed_and_round_trip_through_json(
        self, inv: Innovation, days: int
    ) -> None:
        # Without a recorded status the state is inferred from the latest event, so the
        # record is coherent with it and every allowed step must succeed.
        on = date(2024, 1, 1) + timedelta(days=days)  # after every generated date
        for target in allowed_transitions(inv):
            after = transition(inv, target, on=on)
            assert after.status is target
            assert Innovation.from_json(after.to_json()) == after
            assert current_state(after).state is target

    @settings(max_examples=200, deadline=None)
    @given(innovations(), st.sampled_from(list(S)))
    def test_any_step_either_succeeds_validly_or_is_an_illegal_transition(
        self, inv: Innovation, target: LifecycleStatus
    ) -> None:
        # A recorded status may contradict the dates (status DITETAPKAN with a penerapan
        # date): the step is then refused, never turned into an invalid innovation.
        try:
            after = transition(inv, target, on=date(2024, 6, 1))
        except IllegalTransition:
            return
        assert after.status is target
        assert Innovation.from_json(after.to_json()) == after

    def test_a_status_contradicting_the_dates_is_refused_not_corrupted(self) -> None:
        inv = make(status="ditetapkan", decided_on="2018-01-01", applied_on="2018-01-01")
        with pytest.raises(IllegalTransition, match="applied_on"):
            transition(inv, S.TRIAL, on="2024-01-01")

    @settings(max_examples=100, deadline=None)
    @given(innovations())
    def test_allowed_transitions_leave_the_current_state_legally(self, inv: Innovation) -> None:
        here = current_state(inv).state
        for target in allowed_transitions(inv):
            assert (here, target) in LEGAL
