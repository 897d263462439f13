"""Tests that kill the mutants of ``pp38/transitions.py`` (issue 10): the module's upper-case
names are the shipped rule set's lifecycle data (pp38_2017.md §17, PP 38/2017 Pasal 7–20), each
condition the one of its key, and any other name an AttributeError naming the module."""

from __future__ import annotations

import pytest

from inovasi_daerah.models import LifecycleStatus
from inovasi_daerah.pp38 import transitions
from inovasi_daerah.pp38.files import shipped_rules
from pp38_factory import UNKNOWN_NAMES, check_compat_name, check_unknown_name, compat_names

S = LifecycleStatus


@pytest.mark.parametrize(("name", "key"), compat_names(transitions))
def test_each_condition_name_is_the_rule_files_condition(name: str, key: str) -> None:
    """Pasal 7 (usulan lengkap), Pasal 10(3) (layak / tidak layak), the penetapan, the uji coba,
    Pasal 20(2) (instrumen) and the penghentian: each name is the shipped condition of its key."""
    check_compat_name(transitions, name, key)


def test_the_other_names_are_the_rule_files_lifecycle_data() -> None:
    """pp38_2017.md §17: the main path, the stage order of the Penjelasan, the transitions and
    the provisions of the uji coba and the penghentian, as the shipped rule set holds them."""
    r = shipped_rules()
    assert r.main_path == transitions.MAIN_PATH
    assert transitions.MAIN_PATH[0] is S.PROPOSED
    assert r.stage_order == transitions.STAGE_ORDER
    assert r.stop == transitions.STOP_RULE
    assert r.trial == transitions.TRIAL_RULE
    assert transitions.STOP_RULE != transitions.TRIAL_RULE
    assert r.transitions == transitions.TRANSITIONS
    assert [t.target for t in transitions.TRANSITIONS if t.source is S.UNDER_EVALUATION] == [
        S.FEASIBLE,
        S.NOT_FEASIBLE,
    ]


@pytest.mark.parametrize("name", UNKNOWN_NAMES)
def test_an_unknown_name_is_an_attribute_error_naming_the_module(name: str) -> None:
    """Any other name is an AttributeError naming the module and the name."""
    check_unknown_name(transitions, name)
