"""Tests that kill the mutants of ``pp38/adoption.py`` (issue 10): the instrument of penerapan
under PP 38/2017 Pasal 20 ayat (2) — Perkada under huruf b, Perda under the inferred huruf a
(policy ``perda_branch``) — the failing facts named, the missing facts, the citations, the rule
set given, the explanation and the JSON summary."""

from __future__ import annotations

import dataclasses

import pytest

from inovasi_daerah.errors import InvalidInput
from inovasi_daerah.law.citation import Citation
from inovasi_daerah.models import AdoptionInstrument
from inovasi_daerah.pp38.adoption import adoption_instrument, determine_instrument
from pp38_factory import PERKADA_FACTS, fresh_rules, make

HURUF_A = "PP 38/2017 Pasal 20 ayat (2) huruf a [UNCERTAIN]"
HURUF_B = "PP 38/2017 Pasal 20 ayat (2) huruf b [VERIFIED-SECONDARY]"


def _labels(citations: tuple[Citation, ...]) -> list[str]:
    return [c.label() for c in citations]


def test_pasal_20_2_b_all_three_facts_give_a_perkada() -> None:
    """Huruf b: internal procedures only, no burden on the public or the APBD → Perkada, citing
    huruf b alone."""
    r = adoption_instrument(make(adoption=PERKADA_FACTS))
    assert r.instrument is AdoptionInstrument.PERKADA
    assert r.determinable is True
    assert r.perkada_conditions is True
    assert r.missing == ()
    assert _labels(r.citations) == [HURUF_B]
    assert "Perkada" in r.reason.id
    assert r.uncertain is False


def test_pasal_20_2_an_unknown_fact_leaves_the_instrument_open_naming_the_missing() -> None:
    """Huruf b with a fact unknown and none failing: not determinable; the missing facts are
    named in the rule's order."""
    r = adoption_instrument(make(adoption={"burdens_apbd": False}))
    assert r.instrument is None
    assert r.determinable is False
    assert r.perkada_conditions is None
    assert r.missing == ("adoption.internal_procedure_only", "adoption.burdens_public")
    assert _labels(r.citations) == [HURUF_B]
    assert r.facts == {
        "adoption.internal_procedure_only": None,
        "adoption.burdens_public": None,
        "adoption.burdens_apbd": False,
    }


def test_pasal_20_2_a_one_failing_fact_gives_a_perda_naming_only_the_failing_facts() -> None:
    """Huruf a (inferred, UNCERTAIN): one fact against huruf b → Perda under the default
    policy; the reason names exactly the failing facts (not the unknown or satisfied ones)."""
    inv = make(adoption={"internal_procedure_only": True, "burdens_public": True})
    r = adoption_instrument(inv)
    assert r.instrument is AdoptionInstrument.PERDA
    assert r.perkada_conditions is False
    assert r.missing == ()  # one failing fact decides: nothing is missing
    assert _labels(r.citations) == [HURUF_B, HURUF_A]
    assert "(adoption.burdens_public = True)" in r.reason.id
    assert "(adoption.burdens_public = True)" in r.reason.en
    assert r.uncertain is True
    both = adoption_instrument(
        make(adoption={"internal_procedure_only": False, "burdens_apbd": True})
    )
    assert (
        "(adoption.internal_procedure_only = False, adoption.burdens_apbd = True)" in both.reason.id
    )


def test_pasal_20_2_a_policy_tidak_ditentukan_leaves_the_instrument_open() -> None:
    """The named policy ``perda_branch = tidak_ditentukan`` refuses to infer huruf a: no
    instrument, both letters cited, the failing facts still named, the policy recorded."""
    rules = fresh_rules().override(perda_branch="tidak_ditentukan")
    r = adoption_instrument(make(adoption={"burdens_public": True}), rules)
    assert r.instrument is None
    assert r.policy == "tidak_ditentukan"
    assert _labels(r.citations) == [HURUF_B, HURUF_A]
    assert "(adoption.burdens_public = True)" in r.reason.id
    assert "tidak_ditentukan" in r.reason.en
    assert r.missing == ()
    assert r.perkada_conditions is False


def test_pasal_20_2_uses_the_facts_of_the_rules_given() -> None:
    """A rule set whose huruf b asks one fact only: the facts, the missing ones and the
    verdict follow it; its id is recorded."""
    narrow = dataclasses.replace(
        fresh_rules(), id="pp38-varian", adoption_facts=(("burdens_public", False),)
    )
    inv = make(adoption={"burdens_public": False})
    r = adoption_instrument(inv, narrow)
    assert r.instrument is AdoptionInstrument.PERKADA
    assert r.perkada_conditions is True
    assert r.facts == {"adoption.burdens_public": False}
    assert r.rules_id == "pp38-varian"
    assert adoption_instrument(inv).instrument is None  # shipped: two facts unknown
    open_ = adoption_instrument(make(), narrow)
    assert open_.missing == ("adoption.burdens_public",)


def test_determine_instrument_checks_its_arguments() -> None:
    """The engine's entry: the innovation and the rule set are checked, each refusal naming
    its argument."""
    rules = fresh_rules()
    instrument, _, cits = determine_instrument(make(adoption=PERKADA_FACTS), rules)
    assert instrument is AdoptionInstrument.PERKADA
    assert _labels(cits) == [HURUF_B]
    with pytest.raises(InvalidInput) as caught:
        determine_instrument(make(), None)  # type: ignore[arg-type]
    assert caught.value.field == "r"
    with pytest.raises(InvalidInput) as caught:
        determine_instrument(42, rules)  # type: ignore[arg-type]
    assert caught.value.rule == "determine_instrument"


def test_adoption_refusal_names_the_function() -> None:
    """Bad input: the error names the field and the rule applied."""
    with pytest.raises(InvalidInput) as caught:
        adoption_instrument(42)  # type: ignore[arg-type]
    assert caught.value.field == "innovation"
    assert caught.value.rule == "adoption_instrument (Pasal 20(2))"


def test_pasal_20_2_explanation_and_summary() -> None:
    """The explanation (the instrument, the reason as rule, the citations, the facts and the
    policy as inputs) and the JSON summary."""
    r = adoption_instrument(make(adoption={"burdens_apbd": False}))
    e = r.explanation
    assert e.key == "pp38.adoption_instrument"
    assert e.value is None
    assert e.rule == r.reason
    assert e.citations == r.citations
    assert e.inputs == {**r.facts, "perda_policy": "perda"}
    assert "SI-JALAN" in e.title.id
    assert "SI-JALAN" in e.title.en
    assert adoption_instrument(make(adoption=PERKADA_FACTS)).explanation.value is (
        AdoptionInstrument.PERKADA
    )
    d = r.to_dict(explanation=False)
    assert d == {
        "innovation": "SI-JALAN",
        "rules": "pp38-2017",
        "instrument": None,
        "determinable": False,
        "perkada_conditions": None,
        "facts": r.facts,
        "missing": ["adoption.internal_procedure_only", "adoption.burdens_public"],
        "policy": "perda",
        "reason": {"id": r.reason.id, "en": r.reason.en},
        "uncertain": False,
    }
    perda = adoption_instrument(make(adoption={"burdens_public": True})).to_dict(explanation=False)
    assert perda["instrument"] == "perda"
    assert perda["determinable"] is True
