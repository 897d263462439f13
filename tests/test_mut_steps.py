"""Tests that kill the mutants of ``pp38/steps.py`` (issue 10): what PP 38/2017 still requires of
an innovation from its state — the conditions not met and the steps of the main path in order
(blocking only before the next state), the instrument of Pasal 20(2) on the penerapan step, the
OPEN trial duration (Pasal 16–19) and reporting deadline (Pasal 20(6)) with their values when
supplied, the advisories (UU 23/2014 Pasal 388(7), the stop), the stopped innovation's report
to litbang, the route steps of earlier states the record does not show, the explanation and
the JSON summary. Each call uses a freshly built rule set (positions are cached per rule set)."""

from __future__ import annotations

import dataclasses
from typing import Any

from inovasi_daerah.law.text import T
from inovasi_daerah.models import LifecycleStatus
from inovasi_daerah.pp38 import Progress
from inovasi_daerah.pp38 import steps as St
from inovasi_daerah.pp38.steps import NextStep, NextSteps, next_steps
from pp38_factory import PERKADA_FACTS, fresh_rules, make, ready, with_procedure

S = LifecycleStatus


def _keys(ns: NextSteps) -> list[tuple[str, str, bool]]:
    return [(s.key, s.kind, s.blocking) for s in ns.steps]


def test_from_proposed_the_whole_main_path_blocking_only_the_first_transition() -> None:
    """From DIUSULKAN: the ASN's permission and the complete proposal (Pasal 7–15, Pasal 7)
    block the submission to litbang; litbang's verdict is the step itself, not a condition
    shown twice; the later steps follow, not blocking."""
    ns = next_steps(make(initiator="asn"), fresh_rules())
    assert _keys(ns) == [
        ("asn_izin_tertulis", "syarat", True),
        ("usulan_lengkap", "syarat", True),
        ("usulan_ke_litbang", "tahap", True),
        ("dinyatakan_layak", "tahap", False),
        ("pasal_10_3_disampaikan_ke_kepala_daerah", "syarat", False),
        ("penetapan", "tahap", False),
        ("mulai_uji_coba", "tahap", False),
        ("instrumen_penerapan_dapat_ditentukan", "syarat", False),
        ("penerapan", "tahap", False),
        ("pelaporan", "tahap", False),
    ]
    assert ns.state is S.PROPOSED
    assert ns.state_inferred is True
    assert ns.next is not None
    assert ns.next.key == "asn_izin_tertulis"
    assert [s.key for s in ns.blocking] == [
        "asn_izin_tertulis",
        "usulan_lengkap",
        "usulan_ke_litbang",
    ]
    assert ns.done is False
    assert ns.unrecorded == ()
    cond = ns.steps[0]
    assert cond.fields == ("procedure.written_permission_on",)
    assert cond.progress is Progress.PENDING
    permission = fresh_rules().route_steps[0]
    assert cond.text == permission.text
    assert cond.citations == permission.citations
    assert cond.note == permission.note


def test_a_route_condition_carries_its_note_and_progress() -> None:
    """Pasal 7–15: the DPRD member's written proposal carries the rule file's note; a yes/no
    fact not recorded is UNKNOWN, not PENDING (the stop reported to litbang)."""
    r = fresh_rules()
    dprd = next_steps(make(initiator="anggota_dprd"), r).steps[0]
    step = next(s for s in r.route_steps if s.key == "dprd_usulan_tertulis")
    assert dprd.key == "dprd_usulan_tertulis"
    assert step.note is not None
    assert dprd.note == step.note
    stopped = next_steps(make(status="dihentikan", stopped_on="2024-02-01"), r).steps[0]
    assert stopped.progress is Progress.UNKNOWN


def test_a_condition_produced_by_the_step_just_before_is_left_out() -> None:
    """From LAYAK: the penetapan records ``decided_on``, so the uji coba's condition "ditetapkan"
    (that very fact) is not listed."""
    r = fresh_rules()
    keys = [s.key for s in next_steps(make(status="layak"), r).steps]
    assert keys[:3] == ["pasal_10_3_disampaikan_ke_kepala_daerah", "penetapan", "mulai_uji_coba"]
    assert "ditetapkan" not in keys


def test_conditions_met_or_produced_earlier_on_the_path_are_left_out() -> None:
    """A condition that holds is not listed; one whose facts an earlier step of the path
    records (the penetapan before the uji coba) is not listed either."""
    ns = next_steps(ready("asn"), fresh_rules())
    keys = [k for k, _, _ in _keys(ns)]
    assert "asn_izin_tertulis" not in keys
    assert "usulan_lengkap" not in keys
    assert "ditetapkan" not in keys  # produced by the penetapan step
    assert "instrumen_penerapan_dapat_ditentukan" not in keys  # holds (huruf b decided)
    assert "uji_coba_dilaksanakan" not in keys  # produced by mulai_uji_coba
    assert keys[0] == "usulan_ke_litbang"


def test_penerapan_step_names_the_instrument_of_pasal_20_2() -> None:
    """Pasal 20(2): the penerapan step names the instrument and cites huruf b (and huruf a for
    a Perda) once each beside Pasal 20."""
    ns = next_steps(make(status="uji_coba", trial_start="2024-02-01", adoption=PERKADA_FACTS))
    step = next(s for s in ns.steps if s.key == "penerapan")
    assert step.note is not None
    assert step.note.en.startswith("Instrument: Regulation of the regional head — ")
    assert [c.label() for c in step.citations] == [
        "PP 38/2017 Pasal 20 [VERIFIED-SECONDARY]",
        "PP 38/2017 Pasal 20 ayat (2) huruf b [VERIFIED-SECONDARY]",
    ]
    perda = next_steps(
        make(status="uji_coba", trial_start="2024-02-01", adoption={"burdens_public": True}),
        fresh_rules(),
    )
    step = next(s for s in perda.steps if s.key == "penerapan")
    assert step.note is not None
    assert step.note.en.startswith("Instrument: Regional regulation — ")
    assert len(step.citations) == 3
    undetermined = next(s for s in next_steps(make(), fresh_rules()).steps if s.key == "penerapan")
    assert undetermined.note is not None
    assert undetermined.note.en.startswith("Instrument: undetermined — ")


def test_open_trial_duration_and_reporting_deadline() -> None:
    """Pasal 16–19 and Pasal 20(6): the law gives no value; the steps say so and cite the
    parameter; the uji coba step the trial duration, the report the deadline."""
    r = fresh_rules()
    ns = next_steps(make(status="ditetapkan", decided_on="2024-01-01"), r)
    trial = next(s for s in ns.steps if s.key == "mulai_uji_coba")
    report = next(s for s in ns.steps if s.key == "pelaporan")
    assert trial.note is not None
    assert "trial_max_months" in trial.note.en
    assert trial.citations[-1] == r.trial_max_months.citation
    assert report.note is not None
    assert "reporting_deadline_days" in report.note.en
    assert report.citations[-1] == r.reporting_deadline_days.citation
    assert next(s for s in ns.steps if s.key == "penetapan" or s.key == "penerapan").note


def test_a_supplied_trial_duration_dates_the_end_of_the_trial() -> None:
    """Pasal 16–19: with ``trial_max_months`` supplied, the advisory of a running trial names
    the value and the last day (months after the start); before the trial only the value."""
    r = fresh_rules().override(reason="Perkada X", trial_max_months=6)
    ns = next_steps(make(status="uji_coba", trial_start="2024-02-01"), r)
    advice = next(s for s in ns.steps if s.key == "durasi_uji_coba")
    assert advice.kind == St.ADVISORY == "saran"
    assert advice.blocking is False
    assert advice.progress is Progress.UNKNOWN
    assert advice.note is not None
    assert advice.note.en.endswith(": 6, at the latest 2024-08-01")
    assert advice.text == r.trial.text
    assert advice.citations == (*r.trial.citations, r.trial_max_months.citation)
    before = next_steps(make(status="ditetapkan", decided_on="2024-01-01"), r)
    step = next(s for s in before.steps if s.key == "mulai_uji_coba")
    assert step.note is not None
    assert step.note.en.endswith(": 6")


def test_a_supplied_reporting_deadline_dates_the_report() -> None:
    """Pasal 20(6): with ``reporting_deadline_days`` supplied, the report step of an applied
    innovation names the value and the last day (days after the penerapan)."""
    r = fresh_rules().override(reason="Perkada X", reporting_deadline_days=30)
    ns = next_steps(make(status="diterapkan", stage="penerapan", applied_on="2024-02-01"), r)
    assert _keys(ns) == [("pelaporan", "tahap", True), ("penghentian", "saran", False)]
    report = ns.steps[0]
    assert report.note is not None
    assert report.note.en.endswith(": 30, at the latest 2024-03-02")
    stop = ns.steps[1]
    assert stop.citations == r.stop.citations
    assert stop.progress is Progress.UNKNOWN
    assert stop.text.en == f"If unsuccessful: {r.stop.text.en}"


def test_advisories_by_state() -> None:
    """UU 23/2014 Pasal 388(7) advisory once decided and on trial; the trial duration on trial;
    the stop advisory on trial and applied; none before."""
    r = fresh_rules()
    decided = next_steps(make(status="ditetapkan", decided_on="2024-01-01"), r)
    assert [s.key for s in decided.steps if s.kind == "saran"] == [r.reporting_uu.key]
    uu = decided.steps[-1]
    assert uu.text == r.reporting_uu.text
    assert uu.citations == r.reporting_uu.citations
    assert uu.progress is Progress.UNKNOWN
    assert uu.blocking is False
    trial = next_steps(make(status="uji_coba", trial_start="2024-02-01"), r)
    assert [s.key for s in trial.steps if s.kind == "saran"] == [
        "durasi_uji_coba",
        r.reporting_uu.key,
        r.stop.key,
    ]
    feasible = next_steps(make(status="layak"), r)
    assert [s for s in feasible.steps if s.kind == "saran"] == []


def test_stopped_needs_only_its_report_to_litbang() -> None:
    """A stopped innovation needs only the report of the stop to litbang (blocking); once
    reported nothing more; TIDAK_LAYAK and DILAPORKAN need nothing further."""
    r = fresh_rules()
    stopped = next_steps(make(status="dihentikan", stopped_on="2024-02-01"), r)
    assert _keys(stopped) == [("penghentian_dilaporkan_ke_litbang", "syarat", True)]
    assert stopped.done is False
    reported = with_procedure(
        make(status="dihentikan", stopped_on="2024-02-01"), stop_reported_to_litbang=True
    )
    assert next_steps(reported, r).steps == ()
    assert next_steps(reported, r).done is True
    assert next_steps(make(status="tidak_layak"), r).steps == ()
    assert next_steps(make(status="dilaporkan"), r).done is True
    assert next_steps(make(status="dilaporkan"), r).next is None


def test_unrecorded_route_steps_of_earlier_states() -> None:
    """Route steps of states before the current one that the record does not show are listed
    apart (not blocking); a done one is not; TIDAK_LAYAK sits beside LAYAK and DIHENTIKAN beside
    DITERAPKAN on the path."""
    r = fresh_rules()
    decided = next_steps(make(status="ditetapkan", decided_on="2024-01-01"), r)
    assert [(s.key, s.blocking, s.kind) for s in decided.unrecorded] == [
        ("disampaikan_ke_litbang", False, "syarat"),
        ("evaluasi_litbang", False, "syarat"),
        ("pasal_10_3_disampaikan_ke_kepala_daerah", False, "syarat"),
    ]
    shown = with_procedure(
        make(status="ditetapkan", decided_on="2024-03-01"),
        submitted_to_litbang_on="2024-01-02",
        litbang_feasible=True,
    )
    assert [s.key for s in next_steps(shown, r).unrecorded] == [
        "pasal_10_3_disampaikan_ke_kepala_daerah"
    ]
    not_feasible = next_steps(make(status="tidak_layak"), r)
    assert [s.key for s in not_feasible.unrecorded] == [
        "disampaikan_ke_litbang",
        "evaluasi_litbang",
    ]
    stopped = next_steps(make(status="dihentikan", stopped_on="2024-02-01"), r)
    assert [s.key for s in stopped.unrecorded] == [s.key for s in decided.unrecorded]
    assert St._positions(r) == {
        S.PROPOSED: 0,
        S.UNDER_EVALUATION: 1,
        S.FEASIBLE: 2,
        S.DECIDED: 3,
        S.TRIAL: 4,
        S.APPLIED: 5,
        S.REPORTED: 6,
        S.NOT_FEASIBLE: 2,
        S.STOPPED: 5,
    }


def test_next_steps_uses_the_rules_given() -> None:
    """A rule set without route steps: no route conditions, nothing unrecorded; its id is
    recorded."""
    bare = dataclasses.replace(fresh_rules(), id="pp38-varian", route_steps=())
    ns = next_steps(make(initiator="asn"), bare)
    assert ns.steps[0].key == "usulan_lengkap"
    assert ns.rules_id == "pp38-varian"
    assert next_steps(make(status="ditetapkan", decided_on="2024-01-01"), bare).unrecorded == ()


def test_next_step_to_dict_and_node() -> None:
    """A step as JSON data and as an explanation node (kind, blocking, facts, note)."""
    cited = fresh_rules().trial.citations
    step = NextStep(
        key="k",
        text=T("teks", "text"),
        citations=cited,
        blocking=True,
        kind="syarat",
        progress=Progress.UNKNOWN,
        fields=("a", "b"),
        note=T("catatan", "note"),
    )
    assert step.to_dict() == {
        "key": "k",
        "text": {"id": "teks", "en": "text"},
        "kind": "syarat",
        "blocking": True,
        "progress": "tidak_diketahui",
        "fields": ["a", "b"],
        "note": {"id": "catatan", "en": "note"},
        "citations": [c.model_dump(mode="json") for c in cited],
    }
    node = step._node()
    assert node.key == "pp38.steps.k"
    assert node.title == step.text
    assert node.value is Progress.UNKNOWN
    assert node.inputs == {"kind": "syarat", "blocking": True, "fact": "a, b"}
    assert node.note == step.note
    assert node.citations == cited
    plain = dataclasses.replace(step, fields=(), note=None)
    assert plain.to_dict()["note"] is None
    assert plain._node().inputs == {"kind": "syarat", "blocking": True}
    assert NextStep(
        key="x", text=step.text, citations=(), blocking=False, kind="tahap"
    ).progress is (Progress.PENDING)


def test_explanation_and_summary() -> None:
    """The explanation: the state with its reason, the rule set and the number of steps, one
    node per step, the unrecorded ones grouped; the JSON summary."""
    ns = next_steps(make(status="ditetapkan", decided_on="2024-01-01"), fresh_rules())
    e = ns.explanation
    assert e.key == "pp38.steps"
    assert e.value is S.DECIDED
    assert e.rule == ns.state_reason
    assert ns.state_reason.en == "recorded status"
    assert e.inputs == {"rule": "pp38-2017", "step_count": len(ns.steps)}
    assert [c.key for c in e.children[:-1]] == [f"pp38.steps.{s.key}" for s in ns.steps]
    group = e.children[-1]
    assert group.key == "pp38.steps.not_recorded"
    assert group.value == 3
    assert [c.key for c in group.children] == [f"pp38.steps.{s.key}" for s in ns.unrecorded]
    assert "SI-JALAN" in e.title.en
    assert "SI-JALAN" in e.title.id
    first = next_steps(make(), fresh_rules())
    assert [c.key for c in first.explanation.children] == [
        f"pp38.steps.{s.key}" for s in first.steps
    ]
    d: dict[str, Any] = ns.to_dict(explanation=False)
    assert d["innovation"] == "SI-JALAN"
    assert d["rules"] == "pp38-2017"
    assert d["state"] == "ditetapkan"
    assert d["state_inferred"] is False
    assert d["steps"] == [s.to_dict() for s in ns.steps]
    assert d["unrecorded"] == [s.to_dict() for s in ns.unrecorded]


def test_next_steps_refusal_names_the_function() -> None:
    """Bad input: the error names the field and the function."""
    import pytest

    from inovasi_daerah.errors import InvalidInput

    with pytest.raises(InvalidInput) as caught:
        next_steps(42)  # type: ignore[arg-type]
    assert caught.value.rule == "next_steps"
