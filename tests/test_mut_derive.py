"""Tests that kill the mutants of ``iga/derive.py`` (issue 10): a level derived from a fact
with the edition's published cut-offs (iid_iga.md §4.1-§4.3, §5.1; Pedoman IGA 2026
Lampiran II [T2]), the gap/overlap policy (iid_iga.md §15.1), year sets (indikator 18, 21),
categories and kecepatan months (indikator 32)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Any

import pytest

from inovasi_daerah import iga
from inovasi_daerah.errors import InvalidInput
from inovasi_daerah.iga import derive as dv
from inovasi_daerah.iga.model import Direction, Interval
from inovasi_daerah.iga.policies import MonthCount

E23, E26 = iga.edition(2023), iga.edition(2026)
D = Decimal
B3 = (Interval.parse("1-10"), Interval.parse("11-30"), Interval.parse("> 30"))
GAPPY = (Interval.parse("<= 50"), Interval.parse("51-90"), Interval.parse(">= 91"))
LOWER = (Interval.parse(">= 6"), Interval.parse("2-5"), Interval.parse("1"))
OVERLAP = (Interval.parse("<= 2.04"), Interval.parse("2.05-5.23"), Interval.parse(">= 5.23"))


def test_derivation_to_dict_makes_facts_plain() -> None:
    years = dv.Derivation("18", 2, frozenset({2, 0}), None, None, "years")
    assert years.to_dict() == {
        "indicator": "18",
        "level": 2,
        "fact": [0, 2],
        "basis": None,
        "flag": None,
        "rule": "years",
    }
    num = dv.Derivation("33", 3, D("501"), "a", "gap", "r")
    assert num.to_dict()["fact"] == "501"
    assert num.to_dict()["basis"] == "a"
    assert num.to_dict()["flag"] == "gap"
    assert dv.Derivation("16", 1, "sk").to_dict()["fact"] == "sk"
    assert dv.Derivation("16", 1, "sk").rule == ""


@pytest.mark.parametrize(
    ("value", "gap_rule", "expected"),
    [
        (D("50.5"), "lower", (1, "gap")),
        (D("50.5"), "higher", (2, "gap")),
        (D("90.5"), "lower", (2, "gap")),
        (D("90.5"), "higher", (3, "gap")),
        (D(50), "higher", (1, None)),
        (D(91), "lower", (3, None)),
    ],
)
def test_gap_rule_decides_values_between_ranges_iid_iga_15_1(
    value: Decimal, gap_rule: str, expected: tuple[int, str]
) -> None:
    assert dv.level_from_bounds(value, GAPPY, Direction.HIGHER_BETTER, gap_rule) == expected


def test_gap_rule_decides_overlaps_iid_iga_15_1() -> None:
    """5.23 lies in "2.05–5.23" and in "≥ 5.23" (2026 SPD 4): the policy picks one."""
    up = Direction.HIGHER_BETTER
    assert dv.level_from_bounds(D("5.23"), OVERLAP, up) == (2, "overlap")
    assert dv.level_from_bounds(D("5.23"), OVERLAP, up, "higher") == (3, "overlap")
    assert dv.level_from_bounds(D("5.24"), OVERLAP, up, "higher") == (3, None)


def test_lower_is_better_below_level_1_and_beyond_the_best_range() -> None:
    down = Direction.LOWER_BETTER
    assert dv.level_from_bounds(D(1), LOWER, down) == (3, None)
    assert dv.level_from_bounds(D("5.5"), LOWER, down) == (1, "gap")
    assert dv.level_from_bounds(D("5.5"), LOWER, down, "higher") == (2, "gap")
    assert dv.level_from_bounds(D("0.5"), LOWER, down) == (None, "uncovered")
    assert dv.level_from_bounds(D(0), B3, Direction.HIGHER_BETTER) == (0, "below_level_1")
    assert dv.level_from_bounds(D(7), LOWER, "lower_better") == (1, None)  # type: ignore[arg-type]
    assert dv.level_from_bounds(8, B3, Direction.HIGHER_BETTER) == (1, None)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("bounds", "gap_rule", "field"),
    [
        (list(B3), "lower", "bounds"),
        (B3[:2], "lower", "bounds"),
        ((B3[0], B3[1], "> 30"), "lower", "bounds"),
        (B3, "atas", "gap_rule"),
    ],
)
def test_level_from_bounds_refusals_name_the_argument(
    bounds: Any, gap_rule: str, field: str
) -> None:
    with pytest.raises(InvalidInput) as exc:
        dv.level_from_bounds(D(1), bounds, Direction.HIGHER_BETTER, gap_rule)
    assert exc.value.field == field
    assert exc.value.message_en


def test_level_from_bounds_names_the_offending_interval() -> None:
    with pytest.raises(InvalidInput) as exc:
        dv.level_from_bounds(D(1), (B3[0], B3[1], "> 30"), Direction.HIGHER_BETTER)  # type: ignore[arg-type]
    assert exc.value.value == "> 30"
    with pytest.raises(InvalidInput) as whole:
        dv.level_from_bounds(D(1), B3[:2], Direction.HIGHER_BETTER)  # type: ignore[arg-type]
    assert whole.value.value == B3[:2]
    with pytest.raises(InvalidInput) as rule:
        dv.level_from_bounds(D(1), B3, Direction.HIGHER_BETTER, "atas")
    assert rule.value.value == "atas"


# -- indikator 32: months --------------------------------------------------------------------
@pytest.mark.parametrize(
    ("start", "end", "begun", "whole"),
    [
        ("2024-01-01", "2024-01-01", 0, 0),
        ("2024-01-01", "2024-01-02", 1, 0),
        ("2024-01-01", "2024-05-01", 4, 4),
        ("2024-01-01", "2024-05-02", 5, 4),
        ("2023-01-15", "2024-03-15", 14, 14),
        ("2023-01-15", "2024-03-16", 15, 14),
    ],
)
def test_creation_months_by_policy_iid_iga_15_1(
    start: str, end: str, begun: int, whole: int
) -> None:
    assert dv.creation_months(start, end) == begun
    assert dv.creation_months(start, end, count=MonthCount.MONTHS_BEGUN) == begun
    assert dv.creation_months(start, end, count="whole_months") == whole


def test_creation_months_refusals_name_the_field() -> None:
    with pytest.raises(InvalidInput) as exc:
        dv.creation_months("2024-01-01", "2024-02-01", count="weeks")
    assert exc.value.field == "count"
    assert exc.value.value == "weeks"
    assert "months_begun" in (exc.value.message_en or "")
    with pytest.raises(InvalidInput) as before:
        dv.creation_months(date(2024, 2, 1), date(2024, 1, 31))
    assert before.value.field == "end"
    assert before.value.value == "2024-01-31"
    assert "2024-02-01" in (before.value.message_en or "")
    for bad, field in ((("x", "2024-01-01"), "start"), (("2024-01-01", "x"), "end")):
        with pytest.raises(InvalidInput) as e:
            dv.creation_months(*bad)
        assert e.value.field == field


def test_normalize_text() -> None:
    assert dv.normalize_text("  Visi_dan-MISI  ") == "visi dan misi"


# -- indikator 18 / 21: years ----------------------------------------------------------------
@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("T-0,T-1", {0, 1}),
        ("T0;T2", {0, 2}),
        ("t-1,2025", {1}),
        (" T-2 ", {2}),
        ("T", {0}),
        ("T-", {0}),
        ("2026 2025,2024", {0, 1, 2}),
        ({2025, "T-2"}, {1, 2}),
        ((0, 1), {0, 1}),
        (["1926"], {100}),
        ([100], {100}),
    ],
)
def test_years_read_as_offsets_from_t0(value: Any, expected: set[int]) -> None:
    assert dv.parse_years(value, 2026, "f") == frozenset(expected)


@pytest.mark.parametrize(
    ("value", "bad"),
    [
        ("x" * 201, "x" * 201),
        (5, 5),
        ("T-x", "T-x"),
        ("20a4", "20a4"),
        ([1.5], 1.5),
        ([True], True),
        ("2027", 2027),
        ([101], 101),
        (["1925"], 1925),
    ],
)
def test_years_refused_naming_the_field_and_item(value: Any, bad: Any) -> None:
    with pytest.raises(InvalidInput) as exc:
        dv.parse_years(value, 2026, "indicator 18.basis")
    assert exc.value.field == "indicator 18.basis"
    assert exc.value.value == bad
    assert exc.value.message_en


def test_year_text_of_exactly_200_characters_is_read() -> None:
    assert dv.parse_years("," * 196 + "T-1,", 2026, "f") == frozenset({1})


@pytest.mark.parametrize(
    ("years", "level"),
    [({0}, 1), ({2}, 1), ({0, 1}, 2), ({1, 2}, 2), ({0, 2}, 1), ({0, 1, 2}, 3), (set(), 0)],
)
def test_budget_years_2026_lampiran_ii_indikator_18(years: set[int], level: int) -> None:
    assert dv._level_from_years(E26.indicator(18), frozenset(years)) == level
    d = iga.derive_level(E26, 18, None, basis=sorted(years) or "")  # type: ignore[arg-type]
    assert d.level == level
    assert d.rule == "years"
    assert d.fact == frozenset(years)
    assert d.flag is None
    assert d.basis is None


def test_years_are_required_for_a_year_indicator() -> None:
    with pytest.raises(InvalidInput) as exc:
        iga.derive_level(E26, 21, None)
    assert exc.value.field == "indicator 21.basis"
    assert exc.value.message_en


# -- categories, bases, numbers --------------------------------------------------------------
def test_category_from_value_or_basis_lampiran_ii() -> None:
    a = iga.derive_level(E26, 16, "Perda")
    b = iga.derive_level(E26, 16, None, basis="perda")
    assert a == b
    assert (a.level, a.fact, a.flag, a.rule, a.indicator) == (3, "perda", None, "category", "16")


@pytest.mark.parametrize(("value", "bad"), [(5, 5), ("x" * 201, "x" * 201), ("emas", "emas")])
def test_categories_refused_naming_the_indicator(value: Any, bad: Any) -> None:
    with pytest.raises(InvalidInput) as exc:
        iga.derive_level(E26, 16, value)
    assert exc.value.field == "indicator 16"
    assert exc.value.value == bad
    assert exc.value.message_en


def test_unknown_category_lists_the_known_ones() -> None:
    with pytest.raises(InvalidInput) as exc:
        iga.derive_level(E26, 16, "emas")
    assert "['perda', 'perkada', 'sk']" in (exc.value.message_en or "")


def test_kemanfaatan_2026_by_basis_lampiran_ii_indikator_33() -> None:
    d = iga.derive_level(E26, 33, 501, basis="a")
    b = E26.indicator(33).basis("a")
    assert (d.level, d.basis, d.fact, d.flag) == (3, "a", D(501), None)
    assert d.rule == " / ".join(str(x) for x in b.bounds)
    with pytest.raises(InvalidInput) as exc:
        iga.derive_level(E26, 33, 501)
    assert exc.value.field == "indicator 33.basis"
    assert exc.value.value is None
    assert "'a'" in (exc.value.message_en or "")


def test_numeric_derivation_records_fact_rule_and_flag() -> None:
    d = iga.derive_level(E26, "pengaduan", "50.5")
    assert (d.indicator, d.level, d.fact, d.flag) == ("29", 1, D("50.5"), "gap")
    assert d.rule == "≤ 50 / 51–90 / ≥ 91"
    higher = E26.override(reason="t", gap_rule="higher")
    assert iga.derive_level(higher, 29, "50.5").level == 2


def test_facts_negative_or_past_a_whole_are_refused() -> None:
    with pytest.raises(InvalidInput) as exc:
        iga.derive_level(E26, 17, -1)
    assert exc.value.field == "indicator 17"
    assert exc.value.value == "-1"
    assert exc.value.message_en
    assert iga.derive_level(E26, 3, "-60").level == 1  # a signed growth rate may be negative
    assert iga.derive_level(E26, 29, 100).level == 3
    with pytest.raises(InvalidInput) as share:
        iga.derive_level(E26, 29, "100.01")
    assert share.value.field == "indicator 29"
    assert share.value.value == "100.01"
    assert iga.derive_level(E26, 17, 101).level == 3  # a count is no share


@pytest.mark.parametrize(
    ("args", "kwargs", "field"),
    [
        (("2026", 17, 1), {}, "rules"),
        ((E26, 17, 1), {"basis": 5}, "indicator 17.basis"),
        ((E26, 23, 1), {}, "indicator 23"),
    ],
)
def test_derive_level_refusals_name_the_field(
    args: tuple[Any, Any, Any], kwargs: dict[str, Any], field: str
) -> None:
    with pytest.raises(InvalidInput) as exc:
        iga.derive_level(*args, **kwargs)
    assert exc.value.field == field
    assert exc.value.message_en


def test_a_qualitative_indicator_is_not_derivable_naming_the_edition() -> None:
    with pytest.raises(InvalidInput) as exc:
        iga.derive_level(E26, 23, 1)
    assert "iga-2026" in (exc.value.message_en or "")


def test_level_from_bounds_reads_text_and_direction_names() -> None:
    assert dv.level_from_bounds("5.5", LOWER, "lower_better") == (1, "gap")  # type: ignore[arg-type]
    with pytest.raises(InvalidInput) as exc:
        dv.level_from_bounds("x", B3, Direction.HIGHER_BETTER)  # type: ignore[arg-type]
    assert exc.value.field == "value"


def test_year_labels_in_a_list_may_hold_spaces() -> None:
    assert dv.parse_years([" T- 1", "t 2"], 2026, "f") == frozenset({1, 2})


def test_fact_refusals_carry_both_languages() -> None:
    with pytest.raises(InvalidInput) as exc:
        iga.derive_level(E26, 29, "100.5")
    assert exc.value.message_en
    with pytest.raises(InvalidInput) as text:
        iga.derive_level(E26, 17, "x")
    assert text.value.field == "indicator 17"
    with pytest.raises(InvalidInput) as rules:
        iga.derive_level("2026", 17, 1)  # type: ignore[arg-type]
    assert rules.value.value == "2026"
