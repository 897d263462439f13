"""Tests that kill the mutants of ``pp38/proposal.py`` (issue 10): the completeness of a proposal
under PP 38/2017 Pasal 7 — the verdict of each item, the budget required only when the
innovation needs one (an unknown need only advisory), the look-up of an item, the rule set
given, the explanation and the JSON summary."""

from __future__ import annotations

import dataclasses

import pytest

from inovasi_daerah.errors import InvalidInput
from inovasi_daerah.pp38 import Verdict
from inovasi_daerah.pp38.proposal import check_proposal
from pp38_factory import (
    PROPOSAL,
    check_explanation_head,
    check_lookup_refused,
    fresh_rules,
    make,
)

ITEMS = ["bentuk", "rancang_bangun", "tujuan", "manfaat", "waktu_uji_coba", "anggaran"]


def test_pasal_7_each_item_present_is_met_naming_its_fields() -> None:
    """Pasal 7: every item stated → MET; the reason names the fields that hold it."""
    r = check_proposal(make(**PROPOSAL))
    assert [f.field for f in r.fields] == ITEMS
    trial = r.field("waktu_uji_coba")
    assert trial.present is True
    assert trial.required is True
    assert trial.verdict is Verdict.MET
    assert trial.attributes == ("planned_trial", "trial_start")
    assert "(planned_trial / trial_start)" in trial.reason.id
    assert "(planned_trial / trial_start)" in trial.reason.en
    assert r.complete is True
    assert r.overall is Verdict.MET
    assert r.missing == ()


def test_pasal_7_an_absent_required_item_is_not_met_naming_its_fields() -> None:
    """Pasal 7: a required item absent → NOT_MET, listed in ``missing``, the reason naming the
    fields that would hold it."""
    r = check_proposal(make())
    assert r.missing == ("rancang_bangun", "tujuan", "manfaat", "waktu_uji_coba")
    trial = r.field("waktu_uji_coba")
    assert trial.verdict is Verdict.NOT_MET
    assert trial.present is False
    assert "(planned_trial / trial_start)" in trial.reason.id
    assert "(planned_trial / trial_start)" in trial.reason.en
    assert r.complete is False
    assert r.overall is Verdict.NOT_MET


def test_pasal_7_budget_follows_the_need() -> None:
    """Pasal 7, *jika memerlukan anggaran*: no need → MET (not required); need and no budget →
    NOT_MET; need unknown → NOT_ASSESSABLE and advisory only (the proposal stays complete)."""
    no_need = check_proposal(make(**PROPOSAL)).field("anggaran")
    assert no_need.required is False
    assert no_need.verdict is Verdict.MET
    assert no_need.advisory is False
    need = check_proposal(make(**{**PROPOSAL, "needs_budget": True}))
    assert need.field("anggaran").verdict is Verdict.NOT_MET
    assert need.missing == ("anggaran",)
    assert need.advisories == ()
    unknown = check_proposal(make(**{**PROPOSAL, "needs_budget": None}))
    item = unknown.field("anggaran")
    assert item.required is None
    assert item.verdict is Verdict.NOT_ASSESSABLE
    assert item.advisory is True
    assert item.reason.en.endswith("supply needs_budget or budget")
    assert unknown.advisories == ("anggaran",)
    assert unknown.complete is True
    assert unknown.overall is Verdict.MET


def test_pasal_7_an_unknown_item_is_refused_naming_the_field() -> None:
    """Only the items of Pasal 7 can be looked up; any other name is an InvalidInput."""
    check_lookup_refused(
        check_proposal(make()).field,
        "lampiran",
        field="name",
        in_id="bukan isi usulan Pasal 7; ada: ['bentuk', 'rancang_bangun'",
        in_en="not a Pasal 7 proposal item; known: ['bentuk', 'rancang_bangun'",
    )


def test_pasal_7_uses_the_items_of_the_rules_given() -> None:
    """A rule set with fewer items: only those are judged, and its id is recorded."""
    fresh = fresh_rules()
    variant = dataclasses.replace(
        fresh, id="pp38-varian", proposal_fields=fresh.proposal_fields[:1]
    )
    r = check_proposal(make(), variant)
    assert [f.field for f in r.fields] == ["bentuk"]
    assert r.complete is True
    assert r.rules_id == "pp38-varian"


def test_pasal_7_explanation() -> None:
    """The explanation: Pasal 7 on top with the rule set, one node per item with its verdict,
    reason, citation, ``wajib``/``ada``, the advisory item noted."""
    r = check_proposal(make())
    e = r.explanation
    check_explanation_head(
        e,
        key="pp38.proposal",
        value=Verdict.NOT_MET,
        rule_en="budget",
        article="Pasal 7",
        child_keys=[f"pp38.proposal.{i}" for i in ITEMS],
    )
    assert e.citations == (r.fields[0].citation,)
    design = e.children[1]
    assert design.title == r.fields[1].title
    assert design.value is Verdict.NOT_MET
    assert design.rule == r.fields[1].reason
    assert design.citations == (r.fields[1].citation,)
    assert design.inputs == {"mandatory": True, "present": False}
    assert design.note is None
    budget = e.children[-1]
    assert budget.inputs == {"mandatory": None, "present": False}
    assert budget.note is not None


def test_pasal_7_summary() -> None:
    """The JSON summary: overall, complete, missing, advisories and every item."""
    r = check_proposal(make())
    d = r.to_dict(explanation=False)
    assert d["innovation"] == "SI-JALAN"
    assert d["rules"] == "pp38-2017"
    assert d["overall"] == "tidak_terpenuhi"
    assert d["complete"] is False
    assert d["missing"] == ["rancang_bangun", "tujuan", "manfaat", "waktu_uji_coba"]
    assert d["advisories"] == ["anggaran"]
    assert d["fields"] == [f.to_dict() for f in r.fields]
    assert d["fields"][-1] == {
        "field": "anggaran",
        "attributes": ["budget"],
        "required": None,
        "present": False,
        "verdict": "tidak_dapat_dinilai",
        "advisory": True,
        "reason": {"id": r.fields[-1].reason.id, "en": r.fields[-1].reason.en},
        "citation": r.fields[-1].citation.model_dump(mode="json"),
    }


def test_pasal_7_refusal_names_the_function() -> None:
    """Bad input: the error names the field and the rule applied."""
    with pytest.raises(InvalidInput) as caught:
        check_proposal(42)  # type: ignore[arg-type]
    assert caught.value.field == "innovation"
    assert caught.value.rule == "check_proposal (Pasal 7)"
