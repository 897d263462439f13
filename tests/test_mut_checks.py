"""Tests that kill the mutants of ``pp38/checks.py`` (issue 10): the named checks the PP 38/2017
rule file refers to, each run here directly (the loader builds the shipped predicates once per
process, before mutmut switches a mutant on) and on a freshly built rule set
(``fresh_rules()``: the criterion verdicts are cached per rule set).

Requirement checks (routes of Pasal 7–15, Pasal 10(3), Pasal 20(2)), proposal items (Pasal 7)
and the five criteria of Pasal 6."""

from __future__ import annotations

import dataclasses
from datetime import date
from decimal import Decimal
from typing import Any

import pytest

from inovasi_daerah.errors import DataIntegrityError
from inovasi_daerah.law.text import T
from inovasi_daerah.models import Innovation, Urusan
from inovasi_daerah.pp38 import Criterion, Verdict
from inovasi_daerah.pp38 import checks as C
from inovasi_daerah.pp38._base import Predicate
from inovasi_daerah.pp38.criteria import check_criteria
from pp38_factory import PERKADA_FACTS, PROPOSAL, fresh_rules, make, with_procedure

HURUF_B = (("internal_procedure_only", True), ("burdens_public", False), ("burdens_apbd", False))


def _check(
    name: str, fields: tuple[str, ...], params: dict[str, Any] | None = None, **ctx: Any
) -> Predicate:
    """The predicate of the named check, built now (under the mutant being tested)."""
    return C.requirement_check(name, fields, params or {}, **ctx)


# -- requirement checks -----------------------------------------------------------------------


def test_recorded_pasal_7_15_an_event_is_done_when_its_date_is_recorded() -> None:
    """Pasal 7–15: the proposal reaches litbang when its date is recorded (None: not done)."""
    p = _check("recorded", ("procedure.submitted_to_litbang_on",))
    assert p(make()) is False
    assert p(with_procedure(make(), submitted_to_litbang_on="2024-01-03")) is True


def test_fact_pasal_10_3_litbangs_verdict_as_recorded() -> None:
    """Pasal 10(3): *layak* is the recorded fact itself, None staying None."""
    p = _check("fact", ("procedure.litbang_feasible",))
    assert p(make()) is None
    assert p(with_procedure(make(), litbang_feasible=True)) is True
    assert p(with_procedure(make(), litbang_feasible=False)) is False


def test_fact_negated_pasal_10_3_tidak_layak() -> None:
    """Pasal 10(3): *tidak layak* is the opposite of the recorded fact, None staying None."""
    p = _check("fact_negated", ("procedure.litbang_feasible",))
    assert p(make()) is None
    assert p(with_procedure(make(), litbang_feasible=True)) is False
    assert p(with_procedure(make(), litbang_feasible=False)) is True


def test_not_empty_the_independent_team_has_a_member() -> None:
    """Pasal 7–15 (kepala daerah's route): at least one member of the tim independen."""
    p = _check("not_empty", ("procedure.independent_team",))
    assert p(make()) is False
    assert p(with_procedure(make(), independent_team=["pakar"])) is True


def test_recorded_before_asn_permission_precedes_the_submission() -> None:
    """Pasal 7–15 per Kemendagri: the ASN's written permission, recorded and not after the
    proposal goes to litbang (the same day is in time; an unrecorded submission sets no
    limit)."""
    p = _check(
        "recorded_before",
        ("procedure.written_permission_on",),
        {"before": "procedure.submitted_to_litbang_on"},
    )
    assert p(make()) is False
    permitted = with_procedure(make(), written_permission_on="2024-01-05")
    assert p(permitted) is True
    assert p(with_procedure(permitted, submitted_to_litbang_on="2024-01-05")) is True
    assert p(with_procedure(permitted, submitted_to_litbang_on="2024-01-06")) is True
    assert p(with_procedure(permitted, submitted_to_litbang_on="2024-01-04")) is False


def test_proposal_complete_pasal_7_needs_every_required_item() -> None:
    """Pasal 7: complete when every required item is present; the budget blocks only when it
    is needed (an unknown need does not block)."""
    fields = fresh_rules().proposal_fields
    p = _check("proposal_complete", (), proposal_fields=fields)
    assert p(make(**PROPOSAL)) is True
    assert p(make()) is False
    assert p(make(**{**PROPOSAL, "needs_budget": None})) is True
    assert p(make(**{**PROPOSAL, "needs_budget": True})) is False
    assert p(make(**{**PROPOSAL, "needs_budget": True, "budget": "1000000"})) is True


def test_adoption_determinable_pasal_20_2_facts_of_huruf_b_recorded() -> None:
    """Pasal 20(2): the instrument can be named once huruf b is decided — all facts as
    wanted, or one against it; not while a fact is unknown and none fails."""
    p = _check("adoption_determinable", (), adoption_facts=HURUF_B)
    assert p(make(adoption=PERKADA_FACTS)) is True
    assert p(make(adoption={"burdens_public": True})) is True
    assert p(make(adoption={"burdens_public": False})) is False
    assert p(make()) is False


def test_an_unknown_check_is_a_data_error_naming_it() -> None:
    """A rule row naming no known check is refused at load, naming ``check`` and the name."""
    with pytest.raises(DataIntegrityError) as caught:
        _check("recorded_after", ("decided_on",))
    assert caught.value.field == "check"
    assert caught.value.value == "recorded_after"
    assert "recorded_before" in (caught.value.message_en or "")


def test_a_check_missing_its_parameter_is_a_data_error_naming_it() -> None:
    """``recorded_before`` needs ``before``: a row without it is refused, naming it."""
    with pytest.raises(DataIntegrityError) as caught:
        _check("recorded_before", ("procedure.written_permission_on",))
    assert caught.value.field == "check"
    assert caught.value.value == "recorded_before"
    assert "['before']" in (caught.value.message_en or "")
    # a parameter given by the row alone is enough
    _check("recorded_before", ("decided_on",), {"before": "trial_start"})


def test_the_registry_of_requirement_checks() -> None:
    """The names the rule file may use, each with the parameters it needs."""
    assert {k: v[1] for k, v in C.REQUIREMENT_CHECKS.items()} == {
        "recorded": (),
        "fact": (),
        "fact_negated": (),
        "not_empty": (),
        "recorded_before": ("before",),
        "proposal_complete": (),
        "adoption_determinable": (),
    }
    assert {"any_given": C.any_given} == C.PRESENCE_CHECKS


@pytest.mark.parametrize(
    ("facts", "want"),
    [
        (PERKADA_FACTS, True),
        ({**PERKADA_FACTS, "burdens_apbd": True}, False),
        ({"internal_procedure_only": False}, False),
        ({"burdens_public": True, "burdens_apbd": None}, False),
        ({**PERKADA_FACTS, "burdens_public": None}, None),
        ({}, None),
    ],
)
def test_adoption_outcome_pasal_20_2_b_three_valued(facts: dict[str, Any], want: Any) -> None:
    """Pasal 20(2) huruf b: any fact against it → False (even beside an unknown one); all as
    wanted → True; else None."""
    assert C.adoption_outcome(make(adoption=facts).adoption, HURUF_B) is want


# -- proposal items (Pasal 7) -------------------------------------------------------------------


def test_given_text_is_not_blank() -> None:
    """Pasal 7: a text item (rancang bangun) is stated when it is not blank."""
    given = C.any_given(["design"])
    assert given(make(design="Alur baru")) is True
    assert given(make(design="   ")) is False
    assert given(make()) is False


def test_given_tuple_is_not_empty() -> None:
    """Pasal 7: a list item (bentuk) is stated when it holds an entry."""
    given = C.any_given(["innovators"])
    assert given(make()) is False
    assert given(make(innovators=[{"nama": "Rina"}])) is True
    assert C.any_given(["forms"])(make()) is True


def test_given_other_values_are_present() -> None:
    """Pasal 7: a date or an amount is stated when present (zero is an amount)."""
    given = C.any_given(["budget"])
    assert given(make()) is False
    assert given(make(budget=Decimal(0))) is True
    assert C.any_given(["trial_start"])(make(trial_start=date(2024, 1, 1))) is True


def test_any_given_of_several_attributes() -> None:
    """Pasal 7, waktu uji coba: the planned text or the trial's start date, either suffices."""
    given = C.any_given(["planned_trial", "trial_start", "design"])
    assert given(make()) is False
    assert given(make(planned_trial="2024")) is True
    assert given(make(trial_start="2024-01-01")) is True
    assert given(make(design="d")) is True
    assert given(make(planned_trial=" ")) is False


def test_any_given_of_two_attributes_reads_both() -> None:
    """Pasal 7, waktu uji coba as the rule file gives it: the planned text or the start date."""
    given = C.any_given(["planned_trial", "trial_start"])
    assert given(make(trial_start="2024-01-01")) is True
    assert given(make(planned_trial="2024")) is True
    assert given(make()) is False


def test_given_an_attribute_that_is_not_a_field_is_present_when_not_none() -> None:
    """An attribute that is not a declared field (a derived one such as ``all_urusan``) is
    read as present when it is not None."""
    given = C.any_given(["all_urusan"])
    assert given(make()) is True


def test_always_and_fact_of_pasal_7_required_items() -> None:
    """Pasal 7: five items always required; the budget only when the innovation needs one."""
    assert C.always(make()) is True
    need = C.fact_of("needs_budget")
    assert need(make()) is None
    assert need(make(needs_budget=True)) is True
    assert need(make(needs_budget=False)) is False


# -- criteria (Pasal 6) -------------------------------------------------------------------------


def _criterion(criterion: Criterion, inv: Innovation) -> C.CriterionVerdict:
    r = fresh_rules()
    rule = next(c for c in r.criteria if c.criterion is criterion)
    return C.CRITERION_CHECKS[rule.check](rule, inv, r)


@pytest.mark.parametrize(
    ("criterion", "fact"),
    [
        (Criterion.RENEWAL, "renewal"),
        (Criterion.BENEFICIAL, "beneficial"),
        (Criterion.REGIONAL_AUTHORITY, "regional_authority"),
        (Criterion.REPLICABLE, "replicable"),
    ],
)
def test_pasal_6_the_explicit_fact_decides(criterion: Criterion, fact: str) -> None:
    """Pasal 6 huruf a, b, d, e: the explicit fact decides (True → MET, False → NOT_MET),
    basis *fakta*, settled by that fact, citing Pasal 6 alone."""
    met = _criterion(criterion, make(criteria={fact: True}, main_urusan="pupr", **PROPOSAL))
    assert met.verdict is Verdict.MET
    assert met.basis == C.FACT == "fakta"
    assert met.settled_by == f"criteria.{fact}"
    assert met.criterion is criterion
    assert [c.article for c in met.citations] == ["Pasal 6"]
    assert met.reason.en == f"fact criteria.{fact} = True: criterion met"
    assert met.reason.id == f"fakta criteria.{fact} = True: kriteria terpenuhi"
    not_met = _criterion(criterion, make(criteria={fact: False}))
    assert not_met.verdict is Verdict.NOT_MET
    assert not_met.reason.en == f"fact criteria.{fact} = False: criterion not met"


def test_pasal_6_c_the_fact_records_an_unlawful_burden() -> None:
    """Pasal 6 huruf c: ``burdens_public_unlawfully = True`` → NOT_MET, False → MET."""
    yes = _criterion(
        Criterion.NO_UNLAWFUL_BURDEN, make(criteria={"burdens_public_unlawfully": True})
    )
    assert yes.verdict is Verdict.NOT_MET
    assert yes.basis == "fakta"
    assert yes.reason.en == "fact criteria.burdens_public_unlawfully = True: criterion not met"
    no = _criterion(
        Criterion.NO_UNLAWFUL_BURDEN,
        make(criteria={"burdens_public_unlawfully": False}, adoption={"burdens_public": True}),
    )
    assert no.verdict is Verdict.MET


@pytest.mark.parametrize(
    ("criterion", "claim", "hint"),
    [
        (Criterion.RENEWAL, "design", C._READ_DESIGN),
        (Criterion.BENEFICIAL, "benefit", C._READ_BENEFIT),
    ],
)
def test_pasal_6_a_b_a_claim_is_not_evidence(criterion: Criterion, claim: str, hint: T) -> None:
    """Pasal 6 huruf a and b: without the fact the criterion is NOT_ASSESSABLE; the proposal's
    text (rancang bangun, manfaat) is pointed at for a reviewer, a blank one is not."""
    fact = "renewal" if criterion is Criterion.RENEWAL else "beneficial"
    with_claim = _criterion(criterion, make(**{claim: "Waktu layanan turun"}))
    assert with_claim.verdict is Verdict.NOT_ASSESSABLE
    assert with_claim.basis == C.NONE == "tidak_ada"
    assert with_claim.settled_by == f"criteria.{fact}"
    assert with_claim.reason.id.endswith(f"isi criteria.{fact}; {hint.id}")
    assert with_claim.reason.en.endswith(f"supply criteria.{fact}; {hint.en}")
    for inv in (make(**{claim: "  "}), make()):
        bare = _criterion(criterion, inv)
        assert bare.verdict is Verdict.NOT_ASSESSABLE
        assert bare.reason.id.endswith(f"isi criteria.{fact}")
        assert bare.reason.en.endswith(f"supply criteria.{fact}")


def test_pasal_6_e_replicable_only_the_fact_decides() -> None:
    """Pasal 6 huruf e: nothing is inferred; without the fact NOT_ASSESSABLE, no hint."""
    v = _criterion(Criterion.REPLICABLE, make(**PROPOSAL))
    assert v.verdict is Verdict.NOT_ASSESSABLE
    assert v.reason.en.endswith("supply criteria.replicable")


def test_pasal_6_c_no_burden_at_all_is_met_by_inference() -> None:
    """Pasal 6 huruf c: ``adoption.burdens_public = False`` (no burden at all) → MET by
    inference; a burden decides nothing (it may be lawful), with a hint; unknown → no hint."""
    none = _criterion(Criterion.NO_UNLAWFUL_BURDEN, make(adoption={"burdens_public": False}))
    assert none.verdict is Verdict.MET
    assert none.basis == C.INFERENCE == "inferensi"
    assert none.settled_by == "criteria.burdens_public_unlawfully"
    assert "adoption.burdens_public = False" in none.reason.id
    assert "adoption.burdens_public = False" in none.reason.en
    assert [c.article for c in none.citations] == ["Pasal 6"]
    burden = _criterion(Criterion.NO_UNLAWFUL_BURDEN, make(adoption={"burdens_public": True}))
    assert burden.verdict is Verdict.NOT_ASSESSABLE
    assert burden.basis == "tidak_ada"
    assert burden.reason.en.endswith(
        "supply criteria.burdens_public_unlawfully; the innovation burdens the public; "
        "whether lawfully cannot be inferred"
    )
    assert burden.reason.id.endswith(
        "isi criteria.burdens_public_unlawfully; inovasi membebani masyarakat; apakah bebannya "
        "sah tidak dapat disimpulkan"
    )
    unknown = _criterion(Criterion.NO_UNLAWFUL_BURDEN, make())
    assert unknown.verdict is Verdict.NOT_ASSESSABLE
    assert unknown.reason.en.endswith("supply criteria.burdens_public_unlawfully")


def test_pasal_6_d_an_urusan_on_the_list_is_met_by_inference_citing_the_list() -> None:
    """Pasal 6 huruf d: an urusan utama on the IID application's list (THIRD-PARTY) → MET by
    inference citing that list; Komunikasi dan Informatika and Perindustrian cite the
    UNCERTAIN entry; ``fungsi_lain`` names no affair and no urusan decides nothing."""
    r = fresh_rules()
    pupr = _criterion(Criterion.REGIONAL_AUTHORITY, make(main_urusan="pupr"))
    assert pupr.verdict is Verdict.MET
    assert pupr.basis == "inferensi"
    assert pupr.citations[1] == r.urusan_list
    assert len(pupr.citations) == 2
    assert "'Public works and spatial planning' (Mandatory, basic service)" in pupr.reason.en
    assert f"'{Urusan.PUPR.label.id}' ({Urusan.PUPR.kind.label.id})" in pupr.reason.id
    info = _criterion(Criterion.REGIONAL_AUTHORITY, make(main_urusan=Urusan.COMMUNICATION.value))
    assert info.verdict is Verdict.MET
    assert info.citations[1] == r.urusan_list_uncertain
    other = _criterion(Criterion.REGIONAL_AUTHORITY, make(main_urusan="fungsi_lain"))
    assert other.verdict is Verdict.NOT_ASSESSABLE
    assert other.basis == "tidak_ada"
    assert "names no particular affair" in other.reason.en
    assert "'fungsi lain'" in other.reason.id
    nothing = _criterion(Criterion.REGIONAL_AUTHORITY, make())
    assert nothing.verdict is Verdict.NOT_ASSESSABLE
    assert nothing.reason.en.endswith("supply criteria.regional_authority; or supply main_urusan")
    assert nothing.reason.id.endswith("isi criteria.regional_authority; atau isi urusan_utama")


def test_pasal_6_verdicts_are_shared_per_rule_set_and_key() -> None:
    """A verdict follows from a small key; within one rule set the same key gives the same
    verdict object, another key (fact, hint, urusan) another verdict."""
    r = fresh_rules()
    rule = next(c for c in r.criteria if c.criterion is Criterion.RENEWAL)
    a = C.fact_or_design(rule, make(criteria={"renewal": True}), r)
    assert C.fact_or_design(rule, make(criteria={"renewal": True}, name="Y"), r) is a
    b = C.fact_or_design(rule, make(criteria={"renewal": False}), r)
    assert b.verdict is Verdict.NOT_MET
    hinted = C.fact_or_design(rule, make(design="d"), r)
    bare = C.fact_or_design(rule, make(), r)
    assert hinted is not bare
    assert hinted.reason != bare.reason
    assert C.fact_or_design(rule, make(design="e"), r) is hinted
    auth = next(c for c in r.criteria if c.criterion is Criterion.REGIONAL_AUTHORITY)
    x = C.fact_or_urusan_list(auth, make(main_urusan="pupr"), r)
    y = C.fact_or_urusan_list(auth, make(main_urusan="kesehatan"), r)
    assert x.reason != y.reason
    burden = next(c for c in r.criteria if c.criterion is Criterion.NO_UNLAWFUL_BURDEN)
    p = C.fact_or_no_burden(burden, make(adoption={"burdens_public": True}), r)
    q = C.fact_or_no_burden(burden, make(adoption={"burdens_public": False}), r)
    assert p.verdict is Verdict.NOT_ASSESSABLE
    assert q.verdict is Verdict.MET
    assert r._memo("criteria_verdicts", dict)  # the cache lives on the rule set


def test_pasal_6_two_fact_only_criteria_keep_their_own_verdicts() -> None:
    """A rule set deciding two criteria by the fact alone: each unknown verdict names its own
    criterion and fact (the cache key holds the criterion)."""
    r = fresh_rules()
    rows = tuple(
        dataclasses.replace(c, check="fact_only") if c.criterion is Criterion.RENEWAL else c
        for c in r.criteria
    )
    got = check_criteria(make(), dataclasses.replace(r, criteria=rows))
    assert got.verdict(Criterion.RENEWAL).settled_by == "criteria.renewal"
    assert got.verdict(Criterion.REPLICABLE).settled_by == "criteria.replicable"


def test_criterion_verdict_to_dict() -> None:
    """A verdict as JSON data: criterion, verdict, reason (both languages), basis, fact and
    citations."""
    v = _criterion(Criterion.REPLICABLE, make(criteria={"replicable": True}))
    assert v.to_dict() == {
        "criterion": "dapat_direplikasi",
        "verdict": "terpenuhi",
        "reason": {"id": v.reason.id, "en": v.reason.en},
        "basis": "fakta",
        "settled_by": "criteria.replicable",
        "citations": [c.model_dump(mode="json") for c in v.citations],
    }
