"""Eligibility rules of an IGA edition (iid_iga.md §3.2, §3.8, §7, §9; Pedoman IGA 2026 [T2])
that no other test pinned.

Written to kill the mutants ``scripts/mutation.py`` found surviving in
``iga/eligibility_rules.py``: the order and keys of the checks, each check's verdict at the
edges of its rule (the window's ends, the stage, empty wajib indicators, the second entry, the
300 words of the rancang bangun), its citation and gating, the undecided checks of an edition
that does not establish the rule, and the refusals of the arguments.
"""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from _explained import check_refusal
from _iga_inputs import ALL3, innovation
from inovasi_daerah import iga
from inovasi_daerah.errors import InvalidInput
from inovasi_daerah.iga.eligibility_rules import eligibility
from inovasi_daerah.models import Innovation

E2023, E2026 = iga.edition(2023), iga.edition(2026)
KEYS = ("window", "stage", "mandatory", "reentry", "rancang_bangun")


def checks(inv: Innovation | None, rules: Any = E2026, levels: Any = None) -> dict[str, Any]:
    """The checks on a fresh copy of ``rules``: an edition keeps the checks it has made (they
    depend only on their key), so a copy with an empty store makes each check anew."""
    scores = iga.maturity(levels if levels is not None else ALL3, rules).indicators
    got = eligibility(inv, rules.override(), scores)
    assert tuple(c.key for c in got) == (KEYS if inv is not None else ("mandatory",))
    return {c.key: c for c in got}


def _check(c: Any, passed: bool | None, param: str, rules: Any = E2026) -> None:
    assert c.passed is passed
    assert c.citation == getattr(rules, param).citation
    assert c.gating is (c.key != "rancang_bangun")
    assert c.reason.id
    assert c.reason.en


# -- refusals -------------------------------------------------------------------------------------


def test_eligibility_refuses_arguments_of_the_wrong_kind() -> None:
    """The checks read an Innovation (or None), an edition and a list of IndicatorScore."""
    scores = iga.maturity(ALL3, E2026).indicators
    for call, field, value in [
        (lambda: eligibility(5, E2026, scores), "innovation", 5),  # type: ignore[arg-type]
        (lambda: eligibility(None, E2026, "16"), "scores", "16"),  # type: ignore[arg-type]
        (lambda: eligibility(None, E2026, 5), "scores", 5),  # type: ignore[arg-type]
        (lambda: eligibility(None, E2026, [5]), "scores", None),  # type: ignore[list-item]
        (lambda: eligibility(None, "iga-2026", scores), "rules", None),  # type: ignore[arg-type]
    ]:
        with pytest.raises(InvalidInput) as exc:
            call()
        check_refusal(exc.value, field, value=value)


def test_without_an_innovation_only_the_mandatory_check_iid_iga_3_8() -> None:
    """iid_iga.md §3.8: from levels alone only the wajib-indicator rule can be checked."""
    got = checks(None)
    _check(got["mandatory"], True, "mandatory_empty_ineligible")


# -- the window (iid_iga.md §3.2; 2026: 2024-01-01..2025-12-31 [T2]) ------------------------------


@pytest.mark.parametrize(
    ("applied", "developed", "passed"),
    [
        (date(2024, 1, 1), None, True),
        (date(2025, 12, 31), None, True),
        (date(2023, 12, 31), None, False),
        (date(2026, 1, 1), None, False),
        (date(2020, 1, 1), date(2024, 1, 1), True),
        (date(2020, 1, 1), date(2025, 12, 31), True),
        (date(2020, 1, 1), date(2023, 12, 31), False),
        (None, date(2025, 1, 1), True),
        (None, date(2026, 1, 1), False),
        (None, None, False),
    ],
)
def test_window_2026_both_ends_inclusive_iid_iga_3_2(
    applied: date | None, developed: date | None, passed: bool
) -> None:
    """iid_iga.md §3.2 [T2]: the start of application or the latest development lies in
    2024-01-01..2025-12-31, both ends included; no date at all fails."""
    got = checks(innovation(applied_on=applied, developed_on=developed))
    _check(got["window"], passed, "eligibility_window")
    assert "2024-01-01..2025-12-31" in got["window"].reason.en
    assert "2024-01-01..2025-12-31" in got["window"].reason.id
    seen = ", ".join(str(d) for d in (applied, developed) if d is not None)
    if not passed and seen:  # the dates outside the window are named
        assert f"Dates ({seen}) outside" in got["window"].reason.en
    if not seen:
        assert got["window"].reason.en.startswith("No application date")


def test_window_reason_names_the_date_that_decided_iid_iga_3_2() -> None:
    """iid_iga.md §3.2: the reason names the application date when it is in the window, else
    the development date; outside, the dates seen."""
    both = checks(innovation(applied_on=date(2024, 6, 1), developed_on=date(2025, 6, 1)))
    assert "2024-06-01" in both["window"].reason.en
    assert "2025-06-01" not in both["window"].reason.en
    dev = checks(innovation(applied_on=date(2020, 6, 1), developed_on=date(2025, 6, 1)))
    assert "2025-06-01" in dev["window"].reason.en
    assert "2020-06-01" not in dev["window"].reason.en
    out = checks(innovation(applied_on=date(2020, 6, 1), developed_on=date(2021, 6, 1)))
    assert "2020-06-01, 2021-06-01" in out["window"].reason.en
    assert "2020-06-01, 2021-06-01" in out["window"].reason.id


def test_window_supplied_by_override_iid_iga_3_2() -> None:
    """iid_iga.md §3.2: a window the edition does not set is undecided; an override sets it."""
    got = checks(innovation(), E2023)
    _check(got["window"], None, "eligibility_window", E2023)
    rules = E2023.override(eligibility_window=(date(2021, 1, 1), date(2022, 12, 31)))
    got = checks(innovation(applied_on=date(2022, 12, 31)), rules)
    _check(got["window"], True, "eligibility_window", rules)
    got = checks(innovation(applied_on=date(2023, 1, 1)), rules)
    _check(got["window"], False, "eligibility_window", rules)


# -- the stage (2026: penerapan [T2]) -------------------------------------------------------------


@pytest.mark.parametrize(
    ("stage", "passed"), [("penerapan", True), ("uji_coba", False), ("inisiatif", False)]
)
def test_stage_2026_is_penerapan_iid_iga_3_2(stage: str, passed: bool) -> None:
    """Pedoman IGA 2026 [T2]: only innovations at the penerapan stage take part."""
    got = checks(innovation(stage=stage))
    _check(got["stage"], passed, "required_stage")
    assert "required Application" in got["stage"].reason.en


def test_stage_not_established_is_undecided_2023() -> None:
    """iid_iga.md §3.2: the 2023 edition sets no stage rule: undecided, not guessed."""
    for stage in ("penerapan", "uji_coba"):
        _check(checks(innovation(stage=stage), E2023)["stage"], None, "required_stage", E2023)


# -- empty wajib indicators (iid_iga.md §7, §3.8; 2026 [T2]) --------------------------------------


def test_empty_mandatory_indicator_fails_2026_iid_iga_7() -> None:
    """iid_iga.md §7 [T2]: a wajib indicator at level 0 disqualifies in 2026; the reason
    lists the empty ones; an empty non-wajib indicator does not."""
    got = checks(innovation(), levels={**ALL3, 16: 0, 33: 0})
    _check(got["mandatory"], False, "mandatory_empty_ineligible")
    assert "16, 33" in got["mandatory"].reason.en
    assert "16, 33" in got["mandatory"].reason.id
    got = checks(innovation(), levels={**ALL3, 18: 0})
    _check(got["mandatory"], True, "mandatory_empty_ineligible")
    got = checks(None, levels={**ALL3, 35: 0})
    _check(got["mandatory"], False, "mandatory_empty_ineligible")


def test_empty_mandatory_indicator_allowed_by_override_iid_iga_7() -> None:
    """iid_iga.md §7: an edition that does not disqualify empty wajib indicators passes."""
    rules = E2026.override(mandatory_empty_ineligible=False)
    got = checks(innovation(), rules, levels={**ALL3, 16: 0})
    _check(got["mandatory"], True, "mandatory_empty_ineligible", rules)


def test_mandatory_status_not_established_is_undecided_2023_iid_iga_7() -> None:
    """iid_iga.md §7: in 2023 wajib status and consequence are not established: an empty
    indicator leaves the check undecided, a full set passes."""
    got = checks(None, E2023, levels={**ALL3, 16: 0})
    _check(got["mandatory"], None, "mandatory_empty_ineligible", E2023)
    assert "16" in got["mandatory"].reason.en
    got = checks(None, E2023, levels=ALL3)
    _check(got["mandatory"], True, "mandatory_empty_ineligible", E2023)


# -- re-entry (iid_iga.md §9, [I5]) ---------------------------------------------------------------


@pytest.mark.parametrize(("previous", "passed"), [(0, True), (1, True), (2, False), (5, False)])
@pytest.mark.parametrize("year", [2023, 2026])
def test_at_most_two_entries_iid_iga_9(previous: int, passed: bool, year: int) -> None:
    """iid_iga.md §9 [I5]: an innovation takes part at most twice: previous_entries < 2."""
    rules = iga.edition(year)
    got = checks(innovation(previous_entries=previous), rules)
    _check(got["reentry"], passed, "max_entries", rules)
    assert f"Entry number {previous + 1}; at most 2" == got["reentry"].reason.en
    assert f"ke-{previous + 1}" in got["reentry"].reason.id


# -- rancang bangun (2026: at least 300 words [T2]; advisory) -------------------------------------


@pytest.mark.parametrize(("words", "passed"), [(299, False), (300, True), (301, True)])
def test_rancang_bangun_300_words_advisory_2026(words: int, passed: bool) -> None:
    """Pedoman IGA 2026 [T2]: a rancang bangun of at least 300 words; advice, not gating."""
    got = checks(innovation(design=" ".join(["kata"] * words)))
    _check(got["rancang_bangun"], passed, "rancang_bangun_min_words")
    assert f"{words} words; minimum 300" in got["rancang_bangun"].reason.en


def test_rancang_bangun_missing_or_not_established_is_undecided() -> None:
    """No rancang bangun, or an edition without a minimum (2023): undecided, advisory."""
    _check(checks(innovation())["rancang_bangun"], None, "rancang_bangun_min_words")
    _check(checks(innovation(design=""))["rancang_bangun"], None, "rancang_bangun_min_words")
    got = checks(innovation(design="kata " * 400), E2023)
    _check(got["rancang_bangun"], None, "rancang_bangun_min_words", E2023)


def test_undecided_mandatory_check_lists_every_empty_indicator_iid_iga_7() -> None:
    """iid_iga.md §7: in 2023 the reason names each empty indicator of unknown wajib status."""
    got = checks(None, E2023, levels={**ALL3, 16: 0, 17: 0})
    _check(got["mandatory"], None, "mandatory_empty_ineligible", E2023)
    assert "(16, 17)" in got["mandatory"].reason.en
    assert "(16, 17)" in got["mandatory"].reason.id
