"""Levels derived from facts: every published boundary, on both sides, per edition.

Expected levels are written out from the domain reference's tables (iid_iga.md §4.1 for 2023
[T1], §4.2-§4.3 for 2026 [T2][T4], §5.1 for the 2026 SPD rows [T2]), not read back from the
library's data, so a wrong bound in the data fails here.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from inovasi_daerah import iga
from inovasi_daerah.errors import InvalidInput

E2023, E2026 = iga.edition(2023), iga.edition(2026)
HIGHER = E2026.override(reason="test", gap_rule="higher")

Case = tuple[str, object, int | None]

# -- 2026 SID, Lampiran II pedoman IGA 2026 [T2] ---------------------------------------------
SID_2026: list[Case] = [
    # 17 SDM: 1-10 / 11-30 / > 30
    ("17", 0, 0), ("17", 1, 1), ("17", 10, 1), ("17", 11, 2), ("17", 30, 2), ("17", 31, 3),
    # 20 bimtek in 3 years: 1 / 2 / >= 3
    ("20", 0, 0), ("20", 1, 1), ("20", 2, 2), ("20", 3, 3), ("20", 9, 3),
    # 22 aktor: 3 / 4 / >= 5
    ("22", 2, 0), ("22", 3, 1), ("22", 4, 2), ("22", 5, 3),
    # 24 jejaring: 2 / 3-4 / >= 5 (lowest level changed from 1-2)
    ("24", 1, 0), ("24", 2, 1), ("24", 3, 2), ("24", 4, 2), ("24", 5, 3),
    # 27 channels: 1 / 2 / >= 3 of 4
    ("27", 1, 1), ("27", 2, 2), ("27", 3, 3), ("27", 4, 3), ("27", 5, None),
    # 28 process days (lower is better): >= 6 / 2-5 / 1
    ("28", 1, 3), ("28", 2, 2), ("28", 5, 2), ("28", "5.5", 1), ("28", 6, 1), ("28", 30, 1),
    # 29 pengaduan %: <= 50 / 51-90 / >= 91
    ("29", 0, 1), ("29", 50, 1), ("29", "50.5", 1), ("29", 51, 2), ("29", 90, 2),
    ("29", "90.99", 2), ("29", 91, 3), ("29", 100, 3),
    # 31 replikasi: 1 / 2 / 3
    ("31", 0, 0), ("31", 1, 1), ("31", 2, 2), ("31", 3, 3), ("31", 4, 3),
    # 32 kecepatan months (lower is better): >= 9 / 5-8 / 1-4 (iid_iga.md §4.2: level 3 is
    # 1-4 months, so 0 months lies beyond the published best range and derives no level)
    ("32", 1, 3), ("32", 4, 3), ("32", 5, 2), ("32", 8, 2), ("32", "8.5", 1), ("32", 9, 1),
    ("32", 0, None), ("32", "0.5", None), ("32", "4.5", 2),
    # 35 video elements: 1-2 / 3-4 / 5
    ("35", 0, 0), ("35", 1, 1), ("35", 2, 1), ("35", 3, 2), ("35", 4, 2), ("35", 5, 3),
    ("35", 6, None),
]  # fmt: skip

# -- 2023 SID, Penjelasan Teknis Indikator IID 2023 [T1] --------------------------------------
SID_2023: list[Case] = [
    ("17", 10, 1), ("17", 11, 2), ("17", 30, 2), ("17", 31, 3),
    # 20 bimtek in 2 years: 1 / 2 / > 2
    ("20", 1, 1), ("20", 2, 2), ("20", 3, 3),
    # 24 jejaring: 1-2 / 3-4 / >= 5
    ("24", 0, 0), ("24", 1, 1), ("24", 2, 1), ("24", 3, 2), ("24", 5, 3),
    # 29 pengaduan: <= 40 / 40.01-70.99 / >= 71
    ("29", 40, 1), ("29", "40.01", 2), ("29", "70.99", 2), ("29", "70.995", 2), ("29", 71, 3),
    # 33 kemanfaatan people: 1-100 / 101-200 / >= 201
    ("33", 0, 0), ("33", 1, 1), ("33", 100, 1), ("33", 101, 2), ("33", 200, 2), ("33", 201, 3),
    # 32 kecepatan (iid_iga.md §4.1): >= 9 / 5-8 / 1-4 months
    ("32", 1, 3), ("32", 4, 3), ("32", 5, 2), ("32", 8, 2), ("32", 9, 1), ("32", 0, None),
]  # fmt: skip

# -- 2026 kemanfaatan (33), six bases, iid_iga.md §4.3 [T2][T4] --------------------------------
BASES: list[tuple[str, object, int | None]] = [
    ("a", 1, 1), ("a", 200, 1), ("a", 201, 2), ("a", 500, 2), ("a", 501, 3),
    ("b", "4.99", 0), ("b", "5.00", 1), ("b", "20.00", 1), ("b", "20.01", 2), ("b", "50.00", 2),
    ("b", "50.01", 3),
    ("c", "0.01", 1), ("c", "10.00", 1), ("c", "10.01", 2), ("c", "20.00", 2), ("c", "20.01", 3),
    ("c", "30", 3), ("c", "30.01", None),
    ("d", "9.99", 1), ("d", "10.00", 2), ("d", "19.99", 2), ("d", "20", 3),
    ("e", 100, 1), ("e", 101, 2), ("e", 200, 2), ("e", 201, 3),
    ("f", 1, 1), ("f", 2, 2), ("f", 3, 3),
]  # fmt: skip

# -- 2026 SPD rows from regional figures, iid_iga.md §5.1 [T2] (overlaps as published) ---------
SPD_2026: list[Case] = [
    ("2a", 0, 0), ("2a", 1, 1), ("2a", 3, 3),
    ("2b", 1, 0), ("2b", 2, 1), ("2b", 3, 2), ("2b", 4, 3),
    ("3", "-50.34", 1), ("3", "-50.325", 1), ("3", "-50.32", 1), ("3", "-50.31", 2),
    ("3", "8.16", 2), ("3", "8.165", 2), ("3", "8.17", 3),
    ("4", "2.04", 1), ("4", "2.045", 1), ("4", "2.05", 2), ("4", "5.22", 2), ("4", "5.23", 2),
    ("4", "5.24", 3),
    ("5a", "0.00", 1), ("5a", "-1", 1), ("5a", "0.01", 2), ("5a", "0.36", 2), ("5a", "0.37", 3),
    ("5b", "6", 1), ("5b", "5.92", 1), ("5b", "5.90", 2), ("5b", "2.35", 2), ("5b", "2.34", 2),
    ("5b", "2.33", 3),
    ("6", "-47.42", 1), ("6", "-47.41", 2), ("6", "94.75", 2), ("6", "94.76", 3),
    ("7", "-5.14", 1), ("7", "-5.13", 2), ("7", "33.84", 2), ("7", "33.85", 3),
    ("10a", "0.07", 1), ("10a", "0.08", 2), ("10a", "1.15", 2), ("10a", "1.16", 3),
    ("10b", "13.11", 1), ("10b", "13.09", 2), ("10b", "4.82", 2), ("10b", "4.80", 3),
    ("11a", "0.55", 1), ("11a", "0.56", 2), ("11a", "0.90", 2), ("11a", "0.91", 3),
    ("11b", "69.99", 1), ("11b", "69.995", 1), ("11b", "70.00", 2), ("11b", "79.99", 2),
    ("11b", "80.00", 3),
    ("13a", 1, 1), ("13a", 3, 1), ("13a", 4, 2), ("13a", 7, 2), ("13a", 8, 3),
]  # fmt: skip


@pytest.mark.parametrize(("number", "value", "level"), SID_2026)
def test_sid_2026_boundaries(number: str, value: object, level: int | None) -> None:
    assert iga.derive_level(E2026, number, value).level == level


@pytest.mark.parametrize(("number", "value", "level"), SID_2023)
def test_sid_2023_boundaries(number: str, value: object, level: int | None) -> None:
    assert iga.derive_level(E2023, number, value).level == level


@pytest.mark.parametrize(("basis", "value", "level"), BASES)
def test_kemanfaatan_2026_bases(basis: str, value: object, level: int | None) -> None:
    assert iga.derive_level(E2026, "kemanfaatan", value, basis=basis).level == level


@pytest.mark.parametrize(("number", "value", "level"), SPD_2026)
def test_spd_2026_boundaries(number: str, value: object, level: int | None) -> None:
    assert iga.derive_level(E2026, number, value).level == level


class TestGapRule:
    """iid_iga.md §4.2: a value in a published gap gets the lower level by default
    (UNCERTAIN, a policy); the same rule settles the published overlaps of §5.1."""

    def test_gap_flag_and_policy(self) -> None:
        d = iga.derive_level(E2026, 29, "50.5")
        assert (d.level, d.flag) == (1, "gap")
        assert iga.derive_level(HIGHER, 29, "50.5").level == 2
        assert iga.derive_level(HIGHER, 32, "8.5").level == 2

    def test_overlap_flag_and_policy(self) -> None:
        d = iga.derive_level(E2026, "4", "5.23")
        assert (d.level, d.flag) == (2, "overlap")
        assert iga.derive_level(HIGHER, "4", "5.23").level == 3
        assert iga.derive_level(HIGHER, "5b", "5.91").level == 2

    def test_below_level_1_and_uncovered(self) -> None:
        # §4.3: "Values below level 1 ... are not covered by the published bands".
        assert iga.derive_level(E2026, 17, 0).flag == "below_level_1"
        d = iga.derive_level(E2026, 33, "30.01", basis="c")
        assert (d.level, d.flag) == (None, "uncovered")


class TestYearsAndCategories:
    @pytest.mark.parametrize(
        ("years", "level"),
        [("", 0), ("T-0", 1), ("T-2", 1), ("T-0,T-2", 1), ("T-1,T-2", 2), ("T-0,T-1", 2),
         ("T-0,T-1,T-2", 3), ("2024,2025,2026", 3), ({2025, 2026}, 2)],
    )  # fmt: skip
    def test_budget_2026(self, years: object, level: int) -> None:
        # Lampiran II no. 18 pedoman IGA 2026 [T2]: 1 year / 2 consecutive years / all three.
        assert iga.derive_level(E2026, "anggaran", None, basis=years).level == level

    @pytest.mark.parametrize(
        ("years", "level"), [("T-0", 1), ("T-1", 2), ("T-2", 2), ("T-0,T-1", 2), ("T-0,T-1,T-2", 3)]
    )
    def test_budget_2023(self, years: str, level: int) -> None:
        # Indicator 18, 2023 [T1]: T-0 / T-1 or T-2 / T-0, T-1 and T-2.
        assert iga.derive_level(E2023, 18, None, basis=years).level == level

    @pytest.mark.parametrize(
        ("years", "level"), [("T-0", 0), ("T-1", 1), ("T-2", 1), ("T-1,T-2", 2), ("T0,T1,T2", 3)]
    )
    def test_rkpd(self, years: str, level: int) -> None:
        # Indicator 21, 2023 [T1] and 2026 [T2]: T-1 or T-2 / both / with T-0.
        assert iga.derive_level(E2026, "rkpd", None, basis=years).level == level
        assert iga.derive_level(E2023, "rkpd", None, basis=years).level == level

    def test_future_year_refused(self) -> None:
        with pytest.raises(InvalidInput):
            iga.derive_level(E2026, 18, None, basis="2027")

    @pytest.mark.parametrize(
        ("number", "category", "level"),
        [("8", "WTP", 3), ("8", "wdp", 2), ("8", "TMP", 1), ("8", "TW", 1), ("9", "A", 3),
         ("9", "B", 2), ("9", "C", 1), ("9", "D", 1), ("13b", "Sangat Baik", 3),
         ("13b", "Cukup", 1), ("1", "visi dan misi", 3), ("16", "Perda", 3), ("16", "perkada", 2)],
    )  # fmt: skip
    def test_categories_2026(self, number: str, category: str, level: int) -> None:
        # iid_iga.md §5.1 (SPD 1, 8, 9, 13b) and §4.2 (16) [T2].
        assert iga.derive_level(E2026, number, None, basis=category).level == level

    def test_unknown_category_lists_the_known(self) -> None:
        with pytest.raises(InvalidInput, match="wtp"):
            iga.derive_level(E2026, "8", None, basis="AA")

    @pytest.mark.parametrize("years", ["²", "T²", "١٢"])
    def test_non_ascii_digit_years_are_a_library_error(self, years: str) -> None:
        # "²".isdigit() is True but int("²") raised a bare ValueError (Hypothesis found it)
        with pytest.raises(InvalidInput):
            iga.derive_level(E2026, "8", years, basis=None)
        with pytest.raises(InvalidInput):
            iga.derive_level(E2026, "18", None, basis=years)


class TestCreationMonths:
    """Kecepatan penciptaan (32) from dates: months begun (python-dateutil relativedelta)."""

    @pytest.mark.parametrize(
        ("start", "end", "months"),
        [
            ("2024-01-01", "2024-01-01", 0),
            ("2024-01-01", "2024-01-02", 1),
            ("2024-01-01", "2024-05-01", 4),
            ("2024-01-01", "2024-05-02", 5),
            ("2024-01-31", "2024-02-29", 1),
            ("2023-03-15", "2024-03-15", 12),
        ],
    )
    def test_months(self, start: str, end: str, months: int) -> None:
        assert iga.creation_months(start, end) == months

    def test_end_before_start(self) -> None:
        with pytest.raises(InvalidInput):
            iga.creation_months("2024-02-01", "2024-01-01")


class TestRefusals:
    def test_negative_count_refused_but_negative_growth_allowed(self) -> None:
        with pytest.raises(InvalidInput):
            iga.derive_level(E2026, 17, -1)
        assert iga.derive_level(E2026, "6", "-60").level == 1

    def test_float_refused(self) -> None:
        with pytest.raises(InvalidInput, match="float"):
            iga.derive_level(E2026, 17, 10.0)

    def test_kemanfaatan_2026_needs_a_basis(self) -> None:
        with pytest.raises(InvalidInput, match="basis"):
            iga.derive_level(E2026, 33, 300)
        with pytest.raises(InvalidInput):
            iga.derive_level(E2026, 33, 300, basis="z")

    def test_qualitative_indicator(self) -> None:
        with pytest.raises(InvalidInput, match="not derivable"):
            iga.derive_level(E2026, "34", 3)

    def test_bounds_as_decimal_exact(self) -> None:
        assert iga.derive_level(E2026, "11b", Decimal("79.999999999")).level == 2


def test_sid_32_level_3_is_1_to_4_months() -> None:
    """iid_iga.md §4.1 / §4.2 indicator 32: level 3 is "1-4 months" (not "≤ 4")."""
    for e in (E2023, E2026):
        bounds = e.indicator(32).levels[2].bounds
        assert bounds is not None
        assert (bounds.low, bounds.high) == (1, 4)


def test_2026_category_maps_carried_into_2023_spd_only_marked() -> None:
    """iid_iga.md §5.2: the 2023-2025 SPD cut-offs are not established. The 2026 category
    maps (here Opini BPK, §5.1 row 8) are carried only marked: the derivation is flagged
    "carried_map" and cites an UNCERTAIN citation saying so; 2026 itself is not flagged."""
    d2023 = iga.derive_level(E2023, "8", "WTP")
    assert d2023.level == 3
    assert d2023.flag == "carried_map"
    carried = E2023.indicator("8").categories_citation
    assert carried is not None
    assert carried.uncertain
    assert iga.derive_level(iga.edition(2025), "8", "WTP").flag == "carried_map"
    assert iga.derive_level(E2026, "8", "WTP").flag is None
    assert E2026.indicator("8").categories_citation is None


def test_year_labels_with_non_ascii_digits_are_refused() -> None:
    """iid_iga.md §4.1 indikator 18: years are T-n labels or calendar years; '²' (a digit to
    str.isdigit, not to int) is refused with the library's own error."""
    e = iga.edition(2026)
    for junk in ("²", "T-²", ["2024", "٢٠٢٥"]):
        with pytest.raises(InvalidInput):
            iga.derive_level(e, "18", None, basis=junk)
