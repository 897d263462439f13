"""Tests that kill the mutants of ``pp38/pasal20.py`` (issue 10): PP 38/2017 Pasal 20 ayat (2)
huruf b read over the rule set given, the refusal naming the function, and the module's
upper-case names as the shipped rule set's data."""

from __future__ import annotations

import dataclasses

import pytest

from inovasi_daerah.errors import InvalidInput
from inovasi_daerah.pp38 import pasal20
from inovasi_daerah.pp38.files import shipped_rules
from pp38_factory import PERKADA_FACTS, fresh_rules, make


def test_pasal20_2_b_uses_the_facts_of_the_rules_given() -> None:
    """Pasal 20(2) huruf b is read with the facts of the rule set passed in, not the shipped
    one: a region's reading that asks only ``burdens_public = False`` holds on that fact alone."""
    inv = make(adoption={"burdens_public": False})
    assert pasal20.perkada_conditions(inv) is None  # shipped: two facts unknown
    narrow = dataclasses.replace(fresh_rules(), adoption_facts=(("burdens_public", False),))
    assert pasal20.perkada_conditions(inv, narrow) is True
    assert pasal20.perkada_conditions(make(adoption=PERKADA_FACTS), narrow) is True
    assert pasal20.perkada_conditions(make(adoption={"burdens_public": True}), narrow) is False


def test_pasal20_2_b_three_valued_over_the_shipped_facts() -> None:
    """Pasal 20(2) huruf b: all three facts as wanted → True; one against → False; else None."""
    assert pasal20.perkada_conditions(make(adoption=PERKADA_FACTS)) is True
    assert (
        pasal20.perkada_conditions(make(adoption={**PERKADA_FACTS, "burdens_apbd": True})) is False
    )
    assert (
        pasal20.perkada_conditions(make(adoption={**PERKADA_FACTS, "burdens_apbd": None})) is None
    )
    assert pasal20.perkada_conditions({**make().model_dump(), "adoption": PERKADA_FACTS}) is True


def test_a_refusal_names_perkada_conditions() -> None:
    """Bad input: the error names the field and the function (the rule applied)."""
    with pytest.raises(InvalidInput) as caught:
        pasal20.perkada_conditions(42)  # type: ignore[arg-type]
    assert caught.value.field == "innovation"
    assert caught.value.rule == "perkada_conditions"


def test_upper_case_names_are_the_shipped_rule_sets_data() -> None:
    """Pasal 20(2) huruf a/b and ayat (6): the compatibility names read the shipped rule file."""
    r = shipped_rules()
    assert r.adoption_facts == pasal20.ADOPTION_FACTS
    assert pasal20.ADOPTION_FACTS == (
        ("internal_procedure_only", True),
        ("burdens_public", False),
        ("burdens_apbd", False),
    )
    assert r.adoption_perda == pasal20.PERDA_RULE
    assert r.adoption_perkada == pasal20.PERKADA_RULE
    assert pasal20.PERDA_RULE != pasal20.PERKADA_RULE
    assert r.reporting == pasal20.REPORTING_RULE
    assert r.reporting_uu == pasal20.REPORTING_UU_RULE
    assert pasal20.REPORTING_RULE != pasal20.REPORTING_UU_RULE
    assert pasal20.PERDA_BRANCH_OPTIONS == ("perda", "tidak_ditentukan")
    assert r.reporting_deadline_days.citation == pasal20.REPORTING_DEADLINE_CITATION
    assert pasal20.REPORTING_DEADLINE_CITATION.article == "Pasal 20 ayat (6)"
    assert pasal20.perda_branch_param().get() == "perda"
    assert pasal20.reporting_deadline_param().is_open


@pytest.mark.parametrize("name", ["not_a_rule", "NOT_A_RULE"])
def test_an_unknown_name_is_an_attribute_error_naming_the_module(name: str) -> None:
    """Any other name (lower-case such as the import system's probes, or upper-case) is an
    AttributeError naming the module and the name."""
    with pytest.raises(AttributeError) as caught:
        getattr(pasal20, name)
    assert str(caught.value) == f"module 'inovasi_daerah.pp38.pasal20' has no attribute {name!r}"
    assert not hasattr(pasal20, name)
