"""The PP 38/2017 rule data: cited, dated, complete, and honest about what is uncertain."""

from __future__ import annotations

import dataclasses
from datetime import date

import pytest

from inovasi_daerah.errors import DataIntegrityError, MissingParameter, NoRuleSetInForce
from inovasi_daerah.law import Status
from inovasi_daerah.models import Form, Initiator, LifecycleStatus
from inovasi_daerah.pp38 import REGISTRY, Criterion, Pp38Rules, Principle, Target, rules_for
from inovasi_daerah.pp38._base import Provision

RULES = rules_for(date(2024, 1, 1))


def _provisions(rules: Pp38Rules) -> list[Provision]:
    found: list[Provision] = []
    for f in dataclasses.fields(rules):
        value = getattr(rules, f.name)
        for v in value if isinstance(value, tuple) else (value,):
            if isinstance(v, Provision):
                found.append(v)
                found.extend(getattr(v, "requires", ()))
    return found


class TestRuleSet:
    def test_in_force_from_promulgation_15_september_2017(self) -> None:
        assert rules_for("2017-09-15") is RULES
        assert RULES.valid_to is None
        assert RULES.family == "pp38"

    def test_dates_before_promulgation_have_no_rule_set(self) -> None:
        with pytest.raises(NoRuleSetInForce, match="2017-09-14"):
            rules_for(date(2017, 9, 14))

    def test_registry_passes_its_integrity_check(self) -> None:
        REGISTRY.check()
        assert len(REGISTRY) == 1

    def test_check_refuses_a_missing_criterion(self) -> None:
        broken = dataclasses.replace(RULES, criteria=RULES.criteria[:4])
        with pytest.raises(DataIntegrityError, match="criteria"):
            broken.check()

    def test_check_refuses_an_unreachable_state(self) -> None:
        kept = tuple(t for t in RULES.transitions if t.target is not LifecycleStatus.STOPPED)
        with pytest.raises(DataIntegrityError, match="dihentikan"):
            dataclasses.replace(RULES, transitions=kept).check()

    def test_check_refuses_a_rejected_reading_used_as_law(self) -> None:
        reading = RULES.rejected_readings[0]
        bad = dataclasses.replace(
            RULES, objective=dataclasses.replace(RULES.objective, citation=reading.stated_by)
        )
        with pytest.raises(DataIntegrityError, match="ditolak") as caught:
            bad.check()
        assert "rejected reading" in (caught.value.message_en or "")


class TestPasal6Criteria:
    def test_pasal_6_has_five_criteria_with_the_reference_enum_values(self) -> None:
        assert [c.value for c in Criterion] == [
            "mengandung_pembaharuan",
            "memberi_manfaat",
            "tidak_membebani_masyarakat",
            "kewenangan_daerah",
            "dapat_direplikasi",
        ]
        assert [c.number for c in RULES.criteria] == [1, 2, 3, 4, 5]

    def test_pasal_6_criteria_are_verified_secondary_from_p3(self) -> None:
        for c in RULES.criteria:
            assert c.citation.article == "Pasal 6"
            assert c.citation.status is Status.VERIFIED_SECONDARY
            assert c.citation.source == "P3"

    def test_criterion_accepts_display_text(self) -> None:
        assert Criterion("Memberi manfaat") is Criterion.BENEFICIAL
        assert Criterion.BENEFICIAL.label.en.startswith("Benefits")


class TestPrinciples:
    def test_uu_23_2014_pasal_387_has_eight_principles(self) -> None:
        assert len(Principle) == 8 == len(RULES.principles)
        assert Principle.EFFICIENCY == "peningkatan_efisiensi"
        assert Principle.ACCOUNTABILITY == "dapat_dipertanggungjawabkan"

    def test_pp_pasal_3_for_principles_is_only_an_uncertain_mirror(self) -> None:
        for p in RULES.principles:
            assert p.citation.label() == "UU 23/2014 Pasal 387 [VERIFIED-SECONDARY]"
            assert [c.label() for c in p.also] == ["PP 38/2017 Pasal 3 [UNCERTAIN]"]

    def test_berkelanjutan_is_a_regional_addition_not_a_ninth_principle(self) -> None:
        assert "berkelanjutan" not in {p.value for p in Principle}
        assert RULES.regional_principles[0].key == "berkelanjutan"


class TestObjectivesFormsInitiators:
    def test_three_sasaran_verified_from_the_penjelasan(self) -> None:
        assert len(Target) == 3
        for t in RULES.targets:
            assert t.citation.status is Status.VERIFIED
            assert t.citation.source == "P2"
            assert t.also[0].status is Status.UNCERTAIN  # "Pasal 2" is not established

    def test_pasal_4_three_forms_with_uncertain_article_for_sub_definitions(self) -> None:
        assert {f.form for f in RULES.forms} == set(Form)
        for f in RULES.forms:
            assert f.citation.article == "Pasal 4"
            assert "UNCERTAIN" in (f.definition_citation.note or "")
            assert f.definition.id
            assert f.definition.en

    def test_pasal_7_five_initiators(self) -> None:
        assert {i.initiator for i in RULES.initiators} == set(Initiator)
        assert {i.citation.article for i in RULES.initiators} == {"Pasal 7"}


class TestRejectedReadings:
    def test_initiators_pasal_3_is_recorded_and_rejected_for_pasal_7(self) -> None:
        r = next(x for x in RULES.rejected_readings if x.key == "inisiator_pasal_3")
        assert r.rejected == "PP 38/2017 Pasal 3"
        assert r.preferred.article == "Pasal 7"

    def test_asn_protection_pasal_386_2_is_rejected_for_pasal_389(self) -> None:
        r = next(x for x in RULES.rejected_readings if x.key == "pelindungan_asn_pasal_386_2")
        assert r.rejected == "UU 23/2014 Pasal 386 ayat (2)"
        assert r.preferred.article == "Pasal 389" == RULES.asn_protection.citation.article

    def test_no_rejected_article_is_cited_by_any_rule(self) -> None:
        used = {c.label() for p in _provisions(RULES) for c in p.citations}
        for r in RULES.rejected_readings:
            assert r.stated_by.label() not in used


class TestParameters:
    def test_maximum_trial_duration_pasal_16_19_is_open_without_default(self) -> None:
        p = RULES.trial_max_months
        assert p.is_open
        assert p.citation.status is Status.UNCERTAIN
        with pytest.raises(MissingParameter, match="trial_max_months"):
            p.get()

    def test_reporting_deadline_pasal_20_6_is_open(self) -> None:
        with pytest.raises(MissingParameter):
            RULES.reporting_deadline_days.get()

    def test_open_parameter_supplied_by_override_is_recorded(self) -> None:
        r = RULES.override(reason="Perwako X", trial_max_months=6)
        assert r.trial_max_months.get() == 6
        assert r.overrides[0].reason == "Perwako X"

    def test_pasal_20_2_a_perda_branch_is_a_policy_with_a_default(self) -> None:
        p = RULES.perda_branch
        assert p.is_policy
        assert p.get() == "perda"
        assert p.citation.status is Status.UNCERTAIN
        with pytest.raises(ValueError, match="perda_branch"):
            RULES.override(perda_branch="perkada")

    def test_every_provision_and_requirement_is_cited_and_bilingual(self) -> None:
        provisions = _provisions(RULES)
        assert len(provisions) > 40
        for p in provisions:
            assert p.citation.instrument
            assert p.text.id
            assert p.text.en
