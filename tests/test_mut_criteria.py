"""Tests that kill the mutants of ``pp38/criteria.py`` (issue 10): the result of PP 38/2017
Pasal 6 — the look-up of one criterion's verdict, the facts that would settle the rest, the
explanation tree and the JSON summary — and ``check_criteria`` over the rule set given."""

from __future__ import annotations

import dataclasses

import pytest

from inovasi_daerah.errors import InvalidInput
from inovasi_daerah.pp38 import Criterion, Verdict
from inovasi_daerah.pp38.checks import CriterionVerdict
from inovasi_daerah.pp38.criteria import CriteriaResult, check_criteria
from pp38_factory import (
    ALL_MET,
    check_explanation_head,
    check_lookup_refused,
    fresh_rules,
    make,
)

FACTS = (
    "criteria.renewal",
    "criteria.beneficial",
    "criteria.burdens_public_unlawfully",
    "criteria.regional_authority",
    "criteria.replicable",
)


@pytest.mark.parametrize("key", [Criterion.REPLICABLE, "dapat_direplikasi", "Dapat direplikasi"])
def test_pasal_6_verdict_by_member_value_or_label(key: Criterion | str) -> None:
    """Pasal 6 huruf e: the verdict on one criterion is found by member, value or label."""
    r = check_criteria(make(criteria={"replicable": False}))
    v = r.verdict(key)
    assert v.criterion is Criterion.REPLICABLE
    assert v.verdict is Verdict.NOT_MET


def test_pasal_6_an_unknown_criterion_is_refused_naming_the_field() -> None:
    """Pasal 6 has five criteria; any other name is an InvalidInput naming ``criterion``."""
    check_lookup_refused(
        check_criteria(make()).verdict,
        "bukan_kriteria",
        field="criterion",
        in_id="kriteria",
        in_en="criterion",
    )


def test_pasal_6_missing_facts_name_each_unsettled_criterion_in_order() -> None:
    """Pasal 6: without facts every criterion is not assessable and names its fact; a met or
    not-met criterion is not missing."""
    assert check_criteria(make()).missing_facts == FACTS
    assert check_criteria(make(criteria=ALL_MET)).missing_facts == ()
    some = check_criteria(make(criteria={"renewal": False, "replicable": True}))
    assert some.missing_facts == FACTS[1:4]


def _result(*verdicts: CriterionVerdict) -> CriteriaResult:
    return CriteriaResult(
        verdicts=verdicts, overall=Verdict.NOT_ASSESSABLE, rules_id="r", innovation_name="X"
    )


def test_pasal_6_a_verdict_with_no_settling_fact_is_not_listed_nor_explained_as_one() -> None:
    """A not-assessable verdict that names no fact adds nothing to ``missing_facts`` and its
    explanation node has no ``fakta`` input."""
    base = check_criteria(make()).verdicts
    silent = dataclasses.replace(base[0], settled_by=None)
    r = _result(silent, base[1])
    assert r.missing_facts == ("criteria.beneficial",)
    nodes = r.explanation.children
    assert nodes[0].inputs == {"basis": "tidak_ada"}
    assert nodes[1].inputs == {"basis": "tidak_ada", "fact": "criteria.beneficial"}


def test_pasal_6_explanation_tree() -> None:
    """The explanation: the conjunction of Pasal 6 on top, citing Pasal 6, one node per
    criterion with its verdict, reason, citations, basis and fact."""
    r = check_criteria(make(criteria={"renewal": True}, adoption={"burdens_public": False}))
    e = r.explanation
    check_explanation_head(
        e,
        key="pp38.criteria",
        value=Verdict.NOT_ASSESSABLE,
        rule_en="AND",
        article="Pasal 6",
        child_keys=[f"pp38.criteria.{c.value}" for c in Criterion],
    )
    assert e.citations == (r.verdicts[0].citations[0],)
    first = e.children[0]
    assert first.value is Verdict.MET
    assert first.title == Criterion.RENEWAL.label
    assert first.rule == r.verdicts[0].reason
    assert first.citations == r.verdicts[0].citations
    assert first.inputs == {"basis": "fakta", "fact": "criteria.renewal"}
    burden = e.children[2]
    assert burden.inputs == {"basis": "inferensi", "fact": "criteria.burdens_public_unlawfully"}


def test_pasal_6_summary() -> None:
    """The JSON summary: innovation, rules, overall, met, each verdict and the missing facts."""
    r = check_criteria(make(criteria=ALL_MET))
    d = r.to_dict(explanation=False)
    assert d["innovation"] == "SI-JALAN"
    assert d["rules"] == "pp38-2017"
    assert d["overall"] == "terpenuhi"
    assert d["met"] is True
    assert d["missing_facts"] == []
    assert [v["criterion"] for v in d["verdicts"]] == [c.value for c in Criterion]
    assert d["verdicts"][0] == r.verdicts[0].to_dict()
    unsettled = check_criteria(make()).to_dict(explanation=False)
    assert unsettled["met"] is False
    assert unsettled["overall"] == "tidak_dapat_dinilai"
    assert unsettled["missing_facts"] == list(FACTS)


def test_pasal_6_check_uses_the_rules_given() -> None:
    """The rule set passed in decides: its id is recorded and its criterion rows are read (a
    region's reading that decides *dapat direplikasi* like *mengandung pembaharuan*)."""
    fresh = fresh_rules()
    rows = list(fresh.criteria)
    rows[0] = dataclasses.replace(rows[0], check="fact_only")
    variant = dataclasses.replace(fresh, id="pp38-varian", criteria=tuple(rows))
    inv = make(design="Rancang bangun: alur baru")
    shipped = check_criteria(inv)
    got = check_criteria(inv, variant)
    assert got.rules_id == "pp38-varian"
    assert shipped.rules_id == "pp38-2017"
    assert "rancang bangun" in shipped.verdict(Criterion.RENEWAL).reason.id
    assert "rancang bangun" not in got.verdict(Criterion.RENEWAL).reason.id


def test_pasal_6_refusal_names_the_function() -> None:
    """Bad input: the error names the field and ``check_criteria (Pasal 6)``."""
    with pytest.raises(InvalidInput) as caught:
        check_criteria(42)  # type: ignore[arg-type]
    assert caught.value.field == "innovation"
    assert caught.value.rule == "check_criteria (Pasal 6)"


def test_pasal_6_the_innovation_name_is_recorded() -> None:
    """The result names the innovation it judged."""
    r = check_criteria(make(name="E-Retribusi"))
    assert r.innovation_name == "E-Retribusi"
    assert r.to_dict(explanation=False)["innovation"] == "E-Retribusi"
