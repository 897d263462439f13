"""Initiator routes (PP 38/2017 Pasal 7–15, 10(3)) and next_steps."""

from __future__ import annotations

import json

import pytest
from hypothesis import given, settings

from inovasi_daerah.law import Status
from inovasi_daerah.models import AdoptionInstrument, Initiator, Innovation, LifecycleStatus
from inovasi_daerah.pp38 import Progress, next_steps, rules_for
from inovasi_daerah.pp38.routes import (
    ASN_WRITTEN_PERMISSION,
    CITIZEN_ENTRY,
    DPRD_WRITTEN_PROPOSAL,
    HEAD_INDEPENDENT_TEAM,
    HEAD_TEAM_COORDINATED,
    ROUTE_STEPS,
)
from pp38_factory import PROPOSAL, innovations, make, ready, with_procedure

S = LifecycleStatus
RULES = rules_for("2024-01-01")


def keys(inv: Innovation) -> list[str]:
    return [s.key for s in next_steps(inv).steps]


class TestRoutes:
    @pytest.mark.parametrize(
        ("initiator", "own"),
        [
            (Initiator.ASN, ["asn_izin_tertulis"]),
            (Initiator.CITIZEN, ["masyarakat_pintu_masuk"]),
            (Initiator.DPRD_MEMBER, ["dprd_usulan_tertulis"]),
            (
                Initiator.REGIONAL_HEAD,
                ["kepala_daerah_tim_independen", "kepala_daerah_tim_dikoordinasikan_litbang"],
            ),
            (Initiator.PERANGKAT_DAERAH, []),
        ],
    )
    def test_each_initiator_has_its_route_then_the_common_pasal_10_3_end(
        self, initiator: Initiator, own: list[str]
    ) -> None:
        route = [s.key for s in RULES.route(initiator)]
        common = [
            "disampaikan_ke_litbang",
            "evaluasi_litbang",
            "pasal_10_3_disampaikan_ke_kepala_daerah",
        ]
        assert [k for k in route if k not in common] == own
        assert [k for k in route if k in common] == common

    def test_route_steps_cite_the_established_range_and_flag_the_article(self) -> None:
        for step in ROUTE_STEPS:
            assert step.citation.status is Status.VERIFIED_SECONDARY
            assert step.citation.article in ("Pasal 7–15", "Pasal 10 ayat (3)")
        assert "UNCERTAIN" in (ASN_WRITTEN_PERMISSION.citation.note or "")

    def test_asn_permission_done_pending_and_late(self) -> None:
        inv = make(initiator="asn")
        assert ASN_WRITTEN_PERMISSION.progress(inv) is Progress.PENDING
        ok = with_procedure(inv, written_permission_on="2024-01-02")
        assert ASN_WRITTEN_PERMISSION.progress(ok) is Progress.DONE
        late = with_procedure(ok, submitted_to_litbang_on="2024-01-01")
        assert ASN_WRITTEN_PERMISSION.progress(late) is Progress.PENDING

    def test_citizen_and_dprd_entry_facts(self) -> None:
        inv = make(initiator="anggota_masyarakat")
        assert CITIZEN_ENTRY.progress(inv) is Progress.PENDING
        assert CITIZEN_ENTRY.progress(with_procedure(inv, entry_point="ketua_dprd")).value == (
            "selesai"
        )
        dprd = make(initiator="anggota_dprd")
        assert DPRD_WRITTEN_PROPOSAL.progress(dprd) is Progress.PENDING
        done = with_procedure(dprd, proposal_to_head_on="2024-01-01")
        assert DPRD_WRITTEN_PROPOSAL.progress(done) is Progress.DONE

    def test_kepala_daerah_team_facts_done_pending_unknown(self) -> None:
        inv = make(initiator="kepala_daerah")
        assert HEAD_INDEPENDENT_TEAM.progress(inv) is Progress.PENDING
        assert HEAD_TEAM_COORDINATED.progress(inv) is Progress.UNKNOWN
        team = with_procedure(inv, independent_team=["pakar"], team_coordinated_by_litbang=False)
        assert HEAD_INDEPENDENT_TEAM.progress(team) is Progress.DONE
        assert HEAD_TEAM_COORDINATED.progress(team) is Progress.PENDING


class TestNextSteps:
    def test_asn_first_needs_written_permission_then_litbang(self) -> None:
        ns = next_steps(make(initiator="asn", **PROPOSAL))
        assert ns.state is S.PROPOSED
        assert ns.state_inferred
        assert [(s.key, s.blocking, s.kind) for s in ns.steps[:2]] == [
            ("asn_izin_tertulis", True, "syarat"),
            ("usulan_ke_litbang", True, "tahap"),
        ]
        assert [s.key for s in ns.blocking] == ["asn_izin_tertulis", "usulan_ke_litbang"]

    def test_the_whole_remaining_procedure_is_listed_in_order(self) -> None:
        assert keys(ready()) == [
            "usulan_ke_litbang",
            "dinyatakan_layak",
            "pasal_10_3_disampaikan_ke_kepala_daerah",
            "penetapan",
            "mulai_uji_coba",
            "penerapan",
            "pelaporan",
        ]

    def test_pasal_7_incomplete_proposal_blocks_the_way_to_litbang(self) -> None:
        ns = next_steps(make())
        assert ns.next is not None
        assert ns.next.key == "usulan_lengkap"
        assert ns.next.blocking
        assert ns.next.citations[0].article == "Pasal 7"

    def test_kepala_daerah_team_is_due_during_evaluation(self) -> None:
        inv = make(initiator="kepala_daerah", status="dievaluasi", **PROPOSAL)
        ns = next_steps(inv)
        assert [s.key for s in ns.blocking] == [
            "kepala_daerah_tim_independen",
            "kepala_daerah_tim_dikoordinasikan_litbang",
            "dinyatakan_layak",
        ]

    def test_pasal_10_3_forward_is_required_before_penetapan(self) -> None:
        ns = next_steps(make(status="layak"))
        assert [s.key for s in ns.blocking] == [
            "pasal_10_3_disampaikan_ke_kepala_daerah",
            "penetapan",
        ]

    def test_pasal_20_2_penerapan_step_names_the_instrument(self) -> None:
        inv = make(
            stage="uji_coba",
            trial_start="2024-03-01",
            adoption={
                "internal_procedure_only": True,
                "burdens_public": False,
                "burdens_apbd": False,
            },
        )
        step = next(s for s in next_steps(inv).steps if s.key == "penerapan")
        assert step.blocking
        assert step.note is not None
        assert "Perkada" in step.note.en
        assert any(c.article == "Pasal 20 ayat (2) huruf b" for c in step.citations)
        unknown = next(s for s in next_steps(make(stage="uji_coba")).steps if s.key == "penerapan")
        assert unknown.note is not None
        assert "undetermined" in unknown.note.en

    def test_pasal_20_2_facts_block_penerapan_when_unrecorded(self) -> None:
        ns = next_steps(make(stage="uji_coba", trial_start="2024-03-01"))
        assert ns.blocking[0].key == "instrumen_penerapan_dapat_ditentukan"

    def test_pasal_20_6_report_to_the_minister_after_penerapan(self) -> None:
        ns = next_steps(make(stage="penerapan", applied_on="2024-09-01"))
        assert ns.next is not None
        assert ns.next.key == "pelaporan"
        assert ns.next.citations[0].label() == "PP 38/2017 Pasal 20 ayat (6) [VERIFIED]"
        assert ns.next.note is not None
        assert "reporting_deadline_days" in ns.next.note.en

    def test_open_reporting_deadline_once_supplied_gives_a_date(self) -> None:
        rules = RULES.override(reason="Perwako X", reporting_deadline_days=30)
        ns = next_steps(make(stage="penerapan", applied_on="2024-09-01"), rules)
        assert ns.next is not None
        assert ns.next.note is not None
        assert "2024-10-01" in ns.next.note.en

    def test_open_trial_maximum_once_supplied_gives_a_date(self) -> None:
        inv = make(stage="uji_coba", trial_start="2024-03-01")
        open_ = next(s for s in next_steps(inv).steps if s.key == "durasi_uji_coba")
        assert open_.note is not None
        assert "no value" in open_.note.en
        rules = RULES.override(trial_max_months=6)
        step = next(s for s in next_steps(inv, rules).steps if s.key == "durasi_uji_coba")
        assert step.note is not None
        assert "2024-09-01" in step.note.en
        assert not step.blocking

    def test_stopped_innovation_needs_only_its_report_to_litbang(self) -> None:
        inv = make(status="dihentikan", stage="uji_coba", trial_start="2024-03-01")
        ns = next_steps(inv)
        assert [(s.key, s.blocking) for s in ns.steps] == [
            ("penghentian_dilaporkan_ke_litbang", True)
        ]
        done = next_steps(with_procedure(inv, stop_reported_to_litbang=True))
        assert done.steps == ()
        assert done.done

    @pytest.mark.parametrize("status", ["tidak_layak", "dilaporkan"])
    def test_end_states_need_nothing_further(self, status: str) -> None:
        ns = next_steps(make(status=status))
        assert ns.done
        assert ns.next is None

    def test_earlier_route_steps_missing_from_the_record_are_listed_apart(self) -> None:
        ns = next_steps(make(initiator="asn", stage="penerapan", applied_on="2024-09-01"))
        assert "asn_izin_tertulis" in [s.key for s in ns.unrecorded]
        assert "asn_izin_tertulis" not in [s.key for s in ns.steps]
        assert not any(s.blocking for s in ns.unrecorded)

    def test_next_steps_explain_in_both_languages_and_serialise(self) -> None:
        ns = next_steps(make(initiator="asn", **PROPOSAL))
        assert "Langkah berikutnya" in ns.explain()
        assert "Next steps" in ns.explain("en")
        data = json.loads(ns.to_json())
        assert data["state"] == "diusulkan"
        assert data["steps"][0]["key"] == "asn_izin_tertulis"

    @settings(max_examples=150, deadline=None)
    @given(innovations())
    def test_next_steps_never_raise_and_every_step_is_cited(self, inv: Innovation) -> None:
        ns = next_steps(inv)
        for s in (*ns.steps, *ns.unrecorded):
            assert s.citations
            assert s.text.id
            assert s.text.en
        assert all(s.blocking for s in ns.steps[: len(ns.blocking)])
        assert json.loads(ns.to_json())["state"] == ns.state.value


def test_the_embedded_example_runs_through_every_pp38_function() -> None:
    """The Payakumbuh example: every rule applies, and Pasal 6 fails for one innovation."""
    from inovasi_daerah.examples import payakumbuh
    from inovasi_daerah.pp38 import adoption_instrument, asn_protection, check_criteria

    invs = payakumbuh().innovations
    verdicts = {check_criteria(i).overall.value for i in invs}
    assert "tidak_terpenuhi" in verdicts
    states = {next_steps(i).state for i in invs}
    assert {S.PROPOSED, S.TRIAL, S.APPLIED, S.STOPPED} <= states
    instruments = {adoption_instrument(i).instrument for i in invs}
    assert instruments == {None, *AdoptionInstrument}
    assert any(asn_protection(i).became_policy for i in invs)
