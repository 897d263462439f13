"""PP 38/2017 Pasal 6 (criteria) and Pasal 7 (proposal contents)."""

from __future__ import annotations

import json
from typing import Any

import pytest
from hypothesis import given, settings

from inovasi_daerah.law import Status
from inovasi_daerah.models import Innovation
from inovasi_daerah.pp38 import Criterion, Verdict, check_criteria, check_proposal
from pp38_factory import ALL_MET, PROPOSAL, innovations, make


class TestPasal6:
    def test_pasal_6_all_five_criteria_must_hold(self) -> None:
        r = check_criteria(make(criteria=ALL_MET))
        assert r.overall is Verdict.MET
        assert r.met
        assert {v.verdict for v in r.verdicts} == {Verdict.MET}
        assert [v.criterion for v in r.verdicts] == list(Criterion)

    @pytest.mark.parametrize("fact", sorted(ALL_MET))
    def test_pasal_6_one_failing_criterion_fails_the_innovation(self, fact: str) -> None:
        facts = {**ALL_MET, fact: not ALL_MET[fact]}
        r = check_criteria(make(criteria=facts))
        assert r.overall is Verdict.NOT_MET
        assert not r.met
        failing = [v for v in r.verdicts if v.verdict is Verdict.NOT_MET]
        assert len(failing) == 1
        assert failing[0].settled_by == f"criteria.{fact}"

    def test_pasal_6_not_met_beats_not_assessable(self) -> None:
        r = check_criteria(make(criteria={"replicable": False}))
        assert r.overall is Verdict.NOT_MET

    def test_pasal_6_unknown_facts_make_the_result_not_assessable(self) -> None:
        r = check_criteria(make(criteria={**ALL_MET, "renewal": None}))
        assert r.overall is Verdict.NOT_ASSESSABLE
        assert r.missing_facts == ("criteria.renewal",)

    def test_pasal_6_each_verdict_cites_pasal_6(self) -> None:
        for v in check_criteria(make()).verdicts:
            assert v.citations[0].article == "Pasal 6"
            assert v.reason.id
            assert v.reason.en

    def test_pasal_6_renewal_is_not_inferred_from_a_rancang_bangun(self) -> None:
        v = check_criteria(make(**PROPOSAL)).verdict(Criterion.RENEWAL)
        assert v.verdict is Verdict.NOT_ASSESSABLE
        assert v.basis == "tidak_ada"
        assert "rancang bangun" in v.reason.id  # points the reviewer at the design

    def test_pasal_6_benefit_is_not_inferred_from_the_stated_benefit(self) -> None:
        v = check_criteria(make(**PROPOSAL)).verdict("memberi_manfaat")
        assert v.verdict is Verdict.NOT_ASSESSABLE
        assert "claim" in v.reason.en

    def test_pasal_6_no_burden_at_all_implies_no_unlawful_burden(self) -> None:
        v = check_criteria(make(adoption={"burdens_public": False})).verdict(
            Criterion.NO_UNLAWFUL_BURDEN
        )
        assert v.verdict is Verdict.MET
        assert v.basis == "inferensi"

    def test_pasal_6_a_burden_decides_nothing_about_its_lawfulness(self) -> None:
        v = check_criteria(make(adoption={"burdens_public": True})).verdict(
            Criterion.NO_UNLAWFUL_BURDEN
        )
        assert v.verdict is Verdict.NOT_ASSESSABLE

    def test_pasal_6_explicit_unlawful_burden_wins_over_inference(self) -> None:
        inv = make(adoption={"burdens_public": False}, criteria={"burdens_public_unlawfully": True})
        v = check_criteria(inv).verdict(Criterion.NO_UNLAWFUL_BURDEN)
        assert v.verdict is Verdict.NOT_MET
        assert v.basis == "fakta"

    def test_pasal_6_urusan_utama_on_the_list_is_regional_authority(self) -> None:
        r = check_criteria(make(main_urusan="kesehatan"))
        v = r.verdict(Criterion.REGIONAL_AUTHORITY)
        assert v.verdict is Verdict.MET
        assert v.basis == "inferensi"
        assert v.citations[-1].status is Status.THIRD_PARTY  # the IID urusan list [T1]

    def test_pasal_6_urusan_absent_from_the_source_is_flagged_uncertain(self) -> None:
        r = check_criteria(make(main_urusan="kominfo"))
        assert r.verdict(Criterion.REGIONAL_AUTHORITY).verdict is Verdict.MET
        assert {c.status for c in r.uncertain_citations} == {Status.UNCERTAIN}
        listed = check_criteria(make(main_urusan="kesehatan"))
        # a THIRD-PARTY list is still flagged (domain README rule 3), but not as UNCERTAIN
        assert {c.status for c in listed.uncertain_citations} == {Status.THIRD_PARTY}
        explicit = check_criteria(make(criteria=ALL_MET, main_urusan="kominfo"))
        assert not explicit.uncertain

    def test_pasal_6_fungsi_lain_or_no_urusan_is_not_assessable(self) -> None:
        for inv in (make(main_urusan="fungsi_lain"), make()):
            v = check_criteria(inv).verdict(Criterion.REGIONAL_AUTHORITY)
            assert v.verdict is Verdict.NOT_ASSESSABLE

    def test_pasal_6_explicit_no_authority_wins_over_the_urusan(self) -> None:
        inv = make(main_urusan="kesehatan", criteria={"regional_authority": False})
        assert check_criteria(inv).verdict(Criterion.REGIONAL_AUTHORITY).verdict is Verdict.NOT_MET

    def test_pasal_6_explanation_is_bilingual_and_json_ready(self) -> None:
        r = check_criteria(make(criteria=ALL_MET))
        assert "Pasal 6" in r.explain("id")
        assert "all five" in r.explain("en")
        data = json.loads(r.to_json())
        assert data["overall"] == "terpenuhi"
        assert len(data["verdicts"]) == 5
        assert len(data["explanation"]["children"]) == 5

    def test_indonesian_field_names_are_accepted_as_a_dict(self) -> None:
        data: dict[str, Any] = {
            "nama_inovasi": "X",
            "bentuk": "tata_kelola",
            "tahapan": "inisiatif",
            "inisiator": "asn",
            "kriteria": {"dapat_direplikasi": False},
        }
        assert check_criteria(data).overall is Verdict.NOT_MET

    @settings(max_examples=150, deadline=None)
    @given(innovations())
    def test_pasal_6_check_is_deterministic_and_total(self, inv: Innovation) -> None:
        a, b = check_criteria(inv), check_criteria(Innovation.from_json(inv.to_json()))
        assert a.to_dict() == b.to_dict()
        assert a.overall is Verdict.all_of(v.verdict for v in a.verdicts)
        assert a.met == all(v.verdict is Verdict.MET for v in a.verdicts)


class TestPasal7Proposal:
    def test_pasal_7_complete_proposal(self) -> None:
        r = check_proposal(make(**PROPOSAL))
        assert r.complete
        assert r.missing == ()
        assert r.advisories == ()
        assert [f.field for f in r.fields] == [
            "bentuk",
            "rancang_bangun",
            "tujuan",
            "manfaat",
            "waktu_uji_coba",
            "anggaran",
        ]

    @pytest.mark.parametrize(
        ("attr", "item"),
        [("design", "rancang_bangun"), ("objective", "tujuan"), ("benefit", "manfaat")],
    )
    def test_pasal_7_each_text_item_is_required(self, attr: str, item: str) -> None:
        for empty in (None, "   "):
            r = check_proposal(make(**{**PROPOSAL, attr: empty}))
            assert r.overall is Verdict.NOT_MET
            assert r.missing == (item,)

    def test_pasal_7_trial_period_from_planned_text_or_start_date(self) -> None:
        no_trial = {**PROPOSAL, "planned_trial": None}
        assert check_proposal(make(**no_trial)).missing == ("waktu_uji_coba",)
        assert check_proposal(make(**no_trial, trial_start="2024-02-01")).complete

    def test_pasal_7_budget_required_only_when_needed(self) -> None:
        needed = {**PROPOSAL, "needs_budget": True}
        assert check_proposal(make(**needed)).missing == ("anggaran",)
        assert check_proposal(make(**needed, budget="25000000")).complete
        assert check_proposal(make(**{**PROPOSAL, "needs_budget": False})).complete

    def test_pasal_7_unknown_budget_need_is_advisory_and_does_not_fail(self) -> None:
        r = check_proposal(make(**{**PROPOSAL, "needs_budget": None}))
        assert r.complete
        assert r.advisories == ("anggaran",)
        item = r.field("anggaran")
        assert item.verdict is Verdict.NOT_ASSESSABLE
        assert item.required is None
        assert (
            check_proposal(make(**{**PROPOSAL, "needs_budget": None}, budget="1")).advisories == ()
        )

    def test_pasal_7_items_cite_pasal_7(self) -> None:
        r = check_proposal(make())
        assert {f.citation.article for f in r.fields} == {"Pasal 7"}
        assert "Pasal 7" in r.explain()
        assert json.loads(r.to_json())["complete"] is False
