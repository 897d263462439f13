"""Tests that kill the mutants of ``pp38/data.py`` (issue 10): the module's upper-case names are
the shipped rule set's data of PP 38/2017 and UU 23/2014 Pasal 386–390 (pp38_2017.md), the
sources a plain dict, and any other name an AttributeError naming the module."""

from __future__ import annotations

from datetime import date

import pytest

from inovasi_daerah.pp38 import data
from inovasi_daerah.pp38.files import shipped_rules
from pp38_factory import UNKNOWN_NAMES, check_compat_name, check_unknown_name, compat_names


@pytest.mark.parametrize(("name", "attribute"), compat_names(data))
def test_each_name_is_the_shipped_rule_sets_data(name: str, attribute: str) -> None:
    """Pasal 2–7 and 20 of PP 38/2017, UU 23/2014 Pasal 387–389: each compatibility name is the
    shipped rule set's attribute of that provision."""
    check_compat_name(data, name, attribute)


def test_the_names_hold_the_provisions_they_name() -> None:
    """Spot values: PP 38/2017 was promulgated on 15 September 2017; Pasal 6 has five criteria
    and UU 23/2014 Pasal 387 eight principles; Pasal 389 protects ASN (UU 23/2014)."""
    assert date(2017, 9, 15) == data.PROMULGATED
    assert len(data.CRITERIA) == 5
    assert data.CRITERIA[0].citation.label() == "PP 38/2017 Pasal 6 [VERIFIED-SECONDARY]"
    assert len(data.PRINCIPLES) == 8
    assert data.PRINCIPLES[0].citation.label() == "UU 23/2014 Pasal 387 [VERIFIED-SECONDARY]"
    assert "Pasal 389" in data.ASN_PROTECTION.citation.label()
    assert data.ASN_PROTECTION != data.ASN_PROTECTION_CONDITION
    assert data.URUSAN_LIST != data.URUSAN_LIST_UNCERTAIN
    assert data.PP38.instrument == "PP 38/2017"


def test_sources_is_a_fresh_plain_dict() -> None:
    """The public URL of each source key, as a dict (the rule set keeps pairs); each read is a
    new dict, so a caller's change does not reach the rule set."""
    sources = data.SOURCES
    assert isinstance(sources, dict)
    assert sources == dict(shipped_rules().sources)
    assert sources
    sources.clear()
    assert dict(shipped_rules().sources) == data.SOURCES


@pytest.mark.parametrize("name", UNKNOWN_NAMES)
def test_an_unknown_name_is_an_attribute_error_naming_the_module(name: str) -> None:
    """Any other name is an AttributeError naming the module and the name."""
    check_unknown_name(data, name)
