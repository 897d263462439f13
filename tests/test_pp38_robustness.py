"""Junk in, the library's own errors out: every public pp38 function."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from inovasi_daerah.errors import InovasiDaerahError
from inovasi_daerah.pp38 import (
    adoption_instrument,
    allowed_transitions,
    asn_protection,
    check_criteria,
    check_proposal,
    current_state,
    next_steps,
    rules_for,
    transition,
    transition_options,
)
from pp38_factory import ready

ONE_ARG: list[Callable[..., Any]] = [
    check_criteria,
    check_proposal,
    next_steps,
    adoption_instrument,
    asn_protection,
    allowed_transitions,
    transition_options,
    current_state,
]

JUNK: list[Any] = [
    None,
    0,
    -1,
    3.5,
    "",
    "inovasi 🚀",
    "x" * 100_000,
    b"bytes",
    [],
    {},
    {"name": "X"},
    {"nama_inovasi": "X", "bentuk": "tata_kelola", "tahapan": "??", "inisiator": "asn"},
    {"name": "X", "forms": [], "stage": "inisiatif", "initiator": "asn"},
    {
        "name": "X",
        "forms": "tata_kelola",
        "stage": "inisiatif",
        "initiator": "asn",
        "decided_on": "2024-01-02",
        "proposed_on": "2024-02-01",
    },
    {"name": "X", "forms": "tata_kelola", "stage": "inisiatif", "initiator": "asn", "budget": -5},
    object(),
]

junk = st.one_of(
    st.none(),
    st.integers(),
    st.floats(allow_nan=True),
    st.text(max_size=50),
    st.binary(max_size=20),
    st.lists(st.integers(), max_size=3),
    st.dictionaries(st.text(max_size=10), st.integers() | st.text(max_size=10), max_size=4),
)


@pytest.mark.parametrize("fn", ONE_ARG, ids=lambda f: f.__name__)
@pytest.mark.parametrize("value", JUNK, ids=lambda v: type(v).__name__)
def test_junk_innovation_raises_the_librarys_error(fn: Callable[..., Any], value: Any) -> None:
    with pytest.raises(InovasiDaerahError):
        fn(value)


@pytest.mark.parametrize("fn", ONE_ARG[:6], ids=lambda f: f.__name__)
@pytest.mark.parametrize("rules", ["pp38-2017", 1, {}, date(2024, 1, 1)])
def test_junk_rules_raise_the_librarys_error(fn: Callable[..., Any], rules: Any) -> None:
    with pytest.raises(InovasiDaerahError, match="rules"):
        fn(ready(), rules)


@settings(max_examples=200, deadline=None)
@given(junk)
def test_any_junk_to_any_function_raises_only_library_errors(value: Any) -> None:
    for fn in ONE_ARG:
        with pytest.raises(InovasiDaerahError):
            fn(value)


@settings(max_examples=200, deadline=None)
@given(junk, junk)
def test_transition_with_junk_target_or_date(to: Any, on: Any) -> None:
    with pytest.raises(InovasiDaerahError):
        transition(ready(), to, on=on)


@pytest.mark.parametrize(
    "on", [None, 20240101, "2017-13-01", "kemarin", date.max.isoformat() + "x"]
)
def test_rules_for_junk_dates(on: Any) -> None:
    with pytest.raises(InovasiDaerahError):
        rules_for(on)
