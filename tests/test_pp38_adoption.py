"""PP 38/2017 Pasal 20 ayat (2) (Perkada or Perda) and UU 23/2014 Pasal 389 (ASN protection)."""

from __future__ import annotations

import itertools
import json

import pytest
from hypothesis import given, settings

from inovasi_daerah.law import Status
from inovasi_daerah.models import AdoptionInstrument, Innovation
from inovasi_daerah.pp38 import Verdict, adoption_instrument, asn_protection, rules_for
from pp38_factory import PERKADA_FACTS, innovations, make, with_procedure

RULES = rules_for("2024-01-01")
FACTS = ("internal_procedure_only", "burdens_public", "burdens_apbd")


class TestPasal20Ayat2:
    def test_pasal_20_2_b_internal_and_no_burden_is_perkada(self) -> None:
        r = adoption_instrument(make(adoption=PERKADA_FACTS))
        assert r.instrument is AdoptionInstrument.PERKADA
        assert r.determinable
        assert [c.label() for c in r.citations] == [
            "PP 38/2017 Pasal 20 ayat (2) huruf b [VERIFIED-SECONDARY]"
        ]
        assert not r.uncertain

    @pytest.mark.parametrize(
        ("fact", "value"),
        [("internal_procedure_only", False), ("burdens_public", True), ("burdens_apbd", True)],
    )
    def test_pasal_20_2_a_any_failing_fact_gives_perda_flagged_uncertain(
        self, fact: str, value: bool
    ) -> None:
        r = adoption_instrument(make(adoption={**PERKADA_FACTS, fact: value}))
        assert r.instrument is AdoptionInstrument.PERDA
        assert r.uncertain
        assert r.policy == "perda"
        assert {c.status for c in r.uncertain_citations} == {Status.UNCERTAIN}
        assert f"adoption.{fact}" in r.reason.en

    def test_pasal_20_2_one_failing_fact_decides_even_with_others_unknown(self) -> None:
        r = adoption_instrument(make(adoption={"burdens_public": True}))
        assert r.instrument is AdoptionInstrument.PERDA
        assert r.missing == ()

    def test_pasal_20_2_unknown_facts_are_not_determinable_and_named(self) -> None:
        r = adoption_instrument(make(adoption={"internal_procedure_only": True}))
        assert r.instrument is None
        assert not r.determinable
        assert r.missing == ("adoption.burdens_public", "adoption.burdens_apbd")

    def test_pasal_20_2_a_policy_can_refuse_to_infer_perda(self) -> None:
        rules = RULES.override(reason="strict reading", perda_branch="tidak_ditentukan")
        r = adoption_instrument(make(adoption={"burdens_apbd": True}), rules)
        assert r.instrument is None
        assert r.policy == "tidak_ditentukan"
        assert "tidak_ditentukan" in r.explain("en")
        perkada = adoption_instrument(make(adoption=PERKADA_FACTS), rules)
        assert perkada.instrument is AdoptionInstrument.PERKADA  # huruf b unaffected

    def test_pasal_20_2_truth_table(self) -> None:
        for values in itertools.product([True, False, None], repeat=3):
            facts = dict(zip(FACTS, values, strict=True))
            r = adoption_instrument(make(adoption=facts))
            good = (True, False, False)
            if any(v is not None and v is not g for v, g in zip(values, good, strict=True)):
                assert r.instrument is AdoptionInstrument.PERDA
            elif None in values:
                assert r.instrument is None
            else:
                assert r.instrument is AdoptionInstrument.PERKADA

    def test_result_serialises_with_the_policy_used(self) -> None:
        data = json.loads(adoption_instrument(make(adoption={"burdens_apbd": True})).to_json())
        assert data["instrument"] == "perda"
        assert data["policy"] == "perda"
        assert data["explanation"]["inputs"]["perda_policy"] == "perda"


class TestUuPasal389:
    @pytest.mark.parametrize(
        "facts",
        [
            {"status": "ditetapkan"},
            {"stage": "uji_coba"},
            {"stage": "penerapan"},
            {"status": "dilaporkan"},
            {"status": "dihentikan"},
        ],
    )
    def test_pasal_389_applies_once_the_innovation_is_pemda_policy(
        self, facts: dict[str, str]
    ) -> None:
        r = asn_protection(make(**facts))
        assert r.applies is Verdict.MET
        assert r.became_policy
        assert r.explanation.citations[0].label() == "UU 23/2014 Pasal 389 [VERIFIED-SECONDARY]"

    @pytest.mark.parametrize("status", ["diusulkan", "dievaluasi", "layak", "tidak_layak"])
    def test_pasal_389_does_not_apply_before_penetapan(self, status: str) -> None:
        r = asn_protection(make(status=status))
        assert r.applies is Verdict.NOT_MET
        assert not r.became_policy

    def test_procedural_condition_is_a_separate_uncertain_advisory(self) -> None:
        inv = make(initiator="asn", stage="penerapan")
        r = asn_protection(inv)
        assert r.applies is Verdict.MET  # the advisory never changes the verdict
        assert r.procedure_recorded is False
        advisory = r.explanation.find("pp38.asn_protection.procedure")
        assert advisory is not None
        assert advisory.citations[0].status is Status.UNCERTAIN
        assert dict(r.procedure_steps)["asn_izin_tertulis"].value == "belum"

    def test_procedure_fully_recorded(self) -> None:
        inv = with_procedure(
            make(stage="penerapan", decided_on="2024-02-01"),
            submitted_to_litbang_on="2024-01-10",
            litbang_feasible=True,
            forwarded_to_head_on="2024-01-20",
        )
        assert asn_protection(inv).procedure_recorded is True

    def test_asn_involved_are_named(self) -> None:
        inv = make(
            stage="penerapan",
            innovators=[{"name": "Rina", "asn": True}, {"name": "Budi", "asn": False}],
        )
        r = asn_protection(inv)
        assert r.asn_involved == ("Rina",)
        assert json.loads(r.to_json())["advisory"]["status"] == "UNCERTAIN"

    @settings(max_examples=100, deadline=None)
    @given(innovations())
    def test_adoption_and_protection_never_raise_on_valid_innovations(
        self, inv: Innovation
    ) -> None:
        a = adoption_instrument(inv)
        assert (a.instrument is None) == (not a.determinable)
        p = asn_protection(inv)
        assert p.applies in (Verdict.MET, Verdict.NOT_MET)
        json.loads(a.to_json())
        json.loads(p.to_json())
