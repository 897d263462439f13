"""NIP (PNS, Perka BKN 22/2007) and NI PPPK (THIRD-PARTY layout) parsing."""

from __future__ import annotations

import dataclasses
from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from inovasi_daerah import nip as nip_module
from inovasi_daerah.errors import InvalidInput, InvalidNip, MissingParameter
from inovasi_daerah.law.citation import Status
from inovasi_daerah.law.param import find_params
from inovasi_daerah.nip import (
    KIND_BY_DIGIT_13,
    MIN_AGE_YEARS,
    PNS_LAYOUT,
    PPPK_LAYOUT,
    Gender,
    Nip,
    NipKind,
    compact,
    format,
    is_valid,
    parse_nip,
)

TODAY = date(2026, 1, 15)
PNS = "19660801 198803 1 001"
PPPK = "19900512 2022 2 1 2 005"


def raises_nip(text: object, match: str, **kwargs: object) -> InvalidNip:
    with pytest.raises(InvalidNip, match=match) as info:
        parse_nip(text, today=TODAY, **kwargs)  # type: ignore[arg-type]
    assert info.value.field == "nip"
    return info.value


# -- accepted numbers ---------------------------------------------------------------------------


def test_pns_layout_perka_bkn_22_2007_reads_every_part() -> None:
    """Perka BKN 22/2007: YYYYMMDD (lahir) YYYYMM (TMT CPNS) G (jenis kelamin) NNN (urut)."""
    n = parse_nip(PNS)
    assert n.kind is NipKind.PNS
    assert n.birth_date == date(1966, 8, 1)
    assert n.tmt == date(1988, 3, 1)
    assert n.tmt_precision == "month"
    assert n.gender is Gender.MALE
    assert n.serial == 1
    assert n.contract_number is None
    assert n.digits == str(n) == "196608011988031001"
    assert n.formatted() == PNS


def test_ni_pppk_third_party_layout_reads_every_part() -> None:
    """NI PPPK [KT2]: YYYYMMDD YYYY 2 C G NNN, TMT known to the year only."""
    n = parse_nip(PPPK)
    assert n.kind is NipKind.PPPK
    assert n.birth_date == date(1990, 5, 12)
    assert (n.tmt, n.tmt_precision) == (date(2022, 1, 1), "year")
    assert n.contract_number == 1
    assert n.gender is Gender.FEMALE
    assert n.serial == 5
    assert n.formatted() == PPPK
    assert str(n) == "199005122022212005"


@pytest.mark.parametrize(
    "typed",
    [
        "196608011988031001",
        "19660801 198803 1 001",
        "19660801.198803.1.001",
        "19660801-198803-1-001",
        "19660801\t198803\t1\t001",
        "  19660801 198803 1 001\n",
    ],
)
def test_separators_people_type_are_ignored(typed: str) -> None:
    assert parse_nip(typed).digits == "196608011988031001"
    assert compact(typed) == "196608011988031001"


def test_stdnum_style_interface() -> None:
    assert format("196608011988031001") == PNS
    assert format("199005122022212005") == PPPK
    assert is_valid(PNS)
    assert is_valid(PPPK)
    assert not is_valid("19660801 198803 1 000")
    assert not is_valid(None)
    # compact only strips separators; it does not validate (as in python-stdnum).
    assert compact("12-34") == "1234"


# -- citations and the digit-13 inference -----------------------------------------------------


def test_pns_citation_is_perka_bkn_22_2007_verified() -> None:
    c = parse_nip(PNS).citation
    assert (c.instrument, c.status, c.source) == ("Perka BKN 22/2007", Status.VERIFIED, "K32")


def test_pppk_citation_is_third_party_kt2_and_notes_digit_13() -> None:
    c = parse_nip(PPPK).citation
    assert (c.status, c.source) == (Status.THIRD_PARTY, "KT2")
    assert c.note is not None
    assert "digit 13" in c.note


def test_kind_inferred_from_digit_13_is_flagged_uncertain_skp_7() -> None:
    """skp.md §7: telling PNS from PPPK by digit 13 is an UNCERTAIN inference."""
    n = parse_nip(PNS)
    assert n.kind_inferred
    assert "digit 13" in n.inference.get("en")
    assert "UNCERTAIN" in n.inference.get("id")
    assert KIND_BY_DIGIT_13.citation in n.citations
    assert KIND_BY_DIGIT_13.citation.status is Status.UNCERTAIN
    assert n.uncertain


def test_explicit_kind_skips_the_inference() -> None:
    n = parse_nip(PNS, kind="PNS")
    assert not n.kind_inferred
    assert n.citations == (n.citation,)
    assert not n.uncertain  # the PNS layout itself is VERIFIED
    assert "pemanggil" in n.inference.get("id")


def test_explicit_kind_accepts_p3k_alias() -> None:
    assert parse_nip(PPPK, kind="P3K").kind is NipKind.PPPK


def test_explicit_pppk_requires_the_fixed_code_in_digit_13() -> None:
    raises_nip(PNS, r"digit 13 harus kode PPPK '2'.*digit 13: kode PPPK", kind=NipKind.PPPK)


def test_explicit_pns_on_a_pppk_number_has_an_impossible_tmt_month() -> None:
    raises_nip(PPPK, r"bulan TMT CPNS 21 bukan 01-12", kind="pns")


def test_unknown_kind_is_invalid_input() -> None:
    with pytest.raises(InvalidInput, match="kind"):
        parse_nip(PNS, kind="honorer")


@pytest.mark.parametrize("d13", "3456789")
def test_digit_13_other_than_0_1_2_is_refused_naming_digit_13(d13: str) -> None:
    raises_nip(f"19660801 1988{d13}3 1 001", rf"digit 13 '{d13}' tidak dikenal")


# -- refusals, one per rule ---------------------------------------------------------------------


@pytest.mark.parametrize("value", [196608011988031001, None, b"196608011988031001", 1.5, ["1"]])
def test_non_str_is_refused_naming_its_type(value: object) -> None:
    raises_nip(value, rf"bukan {type(value).__name__}")


@pytest.mark.parametrize("text", ["1966080119880310", "1966080119880310011", ""])
def test_perka_bkn_22_2007_wrong_length_is_refused(text: str) -> None:
    raises_nip(text, r"harus 18 digit, bukan \d+.*Perka BKN 22/2007")


@pytest.mark.parametrize(
    "text",
    [
        "19660801 198803 1 00A",
        "١٩٦٦٠٨٠١١٩٨٨٠٣١٠٠١",  # Arabic-Indic digits: str.isdigit() would accept them
        "１９６６０８０１１９８８０３１００１",  # fullwidth digits
        "19660801 198803 1 00😀",
        "+19660801198803100",
    ],
)
def test_only_ascii_digits_are_accepted(text: str) -> None:
    raises_nip(text, r"bukan angka 0-9")


@pytest.mark.parametrize("birth", ["19661301", "19660231", "19660800", "00000000"])
def test_perka_bkn_22_2007_impossible_birth_date_is_refused(birth: str) -> None:
    raises_nip(f"{birth} 198803 1 001", r"bukan tanggal yang ada.*digit 1–8: tanggal lahir")


def test_birth_year_before_1900_is_refused() -> None:
    raises_nip("18991231 192001 1 001", r"tahun lahir 1899 sebelum 1900")


def test_birth_date_after_today_is_refused() -> None:
    raises_nip("20260116 202601 1 001", r"tanggal lahir 2026-01-16 di masa depan")


@pytest.mark.parametrize("month", ["00", "13", "19"])
def test_perka_bkn_22_2007_tmt_month_must_be_01_to_12(month: str) -> None:
    raises_nip(f"19660801 1988{month} 1 001", rf"bulan TMT CPNS {month} bukan 01-12.*digit 9–14")


def test_tmt_before_birth_date_is_always_refused() -> None:
    # TMT CPNS is the 1st of its month: 1 Aug 1966 precedes a birth on 15 Aug 1966.
    raises_nip("19660815 196608 1 001", r"TMT 196608 sebelum tanggal lahir 1966-08-15")
    assert parse_nip("19660801 196608 1 001").tmt == date(1966, 8, 1)


def test_pppk_tmt_year_before_birth_year_is_refused() -> None:
    raises_nip("19900512 1989 2 1 2 005", r"TMT 1989 sebelum tanggal lahir.*digit 9–12")


def test_minimum_age_has_no_default() -> None:
    """skp.md §6: the minimum age is a parameter with no default; the library invents none."""
    assert parse_nip("20000601 200101 1 001").tmt == date(2001, 1, 1)  # age 0: not refused
    assert MIN_AGE_YEARS.is_open
    with pytest.raises(MissingParameter):
        MIN_AGE_YEARS.get()


def test_minimum_age_given_by_the_caller_is_applied_to_the_tmt_month() -> None:
    raises_nip("20000601 201805 1 001", r"sebelum usia minimum 18 tahun", min_age_years=18)
    assert parse_nip("20000601 201806 1 001", min_age_years=18, today=TODAY).tmt.year == 2018


def test_minimum_age_for_pppk_uses_the_whole_tmt_year() -> None:
    # Only the year is encoded: a TMT in Dec 2018 is possible for someone 18 on 1 Jun 2018.
    assert parse_nip("20000601 2018 2 1 1 001", min_age_years=18, today=TODAY).kind == "pppk"
    raises_nip("20000601 2017 2 1 1 001", r"sebelum usia minimum 18", min_age_years=18)


def test_minimum_age_beyond_the_calendar_is_refused_not_crashing() -> None:
    raises_nip(PNS, r"sebelum usia minimum", min_age_years=10_000)


@pytest.mark.parametrize("bad", [-1, True, 18.0, "18"])
def test_minimum_age_must_be_a_non_negative_int(bad: object) -> None:
    with pytest.raises(InvalidInput, match="min_age_years"):
        parse_nip(PNS, min_age_years=bad)  # type: ignore[arg-type]


def test_tmt_in_the_future_is_refused() -> None:
    raises_nip("19900101 202602 1 001", r"TMT 202602 di masa depan")
    raises_nip("19900101 2027 2 1 1 001", r"TMT 2027 di masa depan")
    assert parse_nip("19900101 202601 1 001", today=TODAY).tmt == date(2026, 1, 1)


@pytest.mark.parametrize("sex", "03456789")
def test_perka_bkn_22_2007_sex_digit_must_be_1_or_2(sex: str) -> None:
    raises_nip(f"19660801 198803 {sex} 001", rf"kode jenis kelamin '{sex}' harus 1/2.*digit 15")


def test_serial_000_is_refused_serial_starts_at_001_perka_bkn_43_2007() -> None:
    raises_nip("19660801 198803 1 000", r"nomor urut 000 harus 001-999.*Perka BKN 43/2007")
    assert parse_nip("19660801 198803 1 999").serial == 999


def test_pppk_contract_digit_0_is_refused() -> None:
    raises_nip("19900512 2022 2 0 2 005", r"perjanjian kerja ke-0 di luar 1-9.*digit 14")


def test_today_must_be_a_date() -> None:
    with pytest.raises(InvalidInput, match="today"):
        parse_nip(PNS, today="2026-01-01")  # type: ignore[arg-type]


# -- the Nip value, enums and data integrity ----------------------------------------------------


def test_nip_refuses_digits_that_disagree_with_its_parts() -> None:
    n = parse_nip(PNS)
    with pytest.raises(InvalidNip, match="tidak cocok"):
        Nip(
            kind=n.kind,
            birth_date=n.birth_date,
            tmt=n.tmt,
            tmt_precision=n.tmt_precision,
            gender=Gender.FEMALE,
            serial=n.serial,
            contract_number=None,
            digits=n.digits,
        )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Laki-laki", Gender.MALE),
        ("laki_laki", Gender.MALE),
        ("LAKI LAKI", Gender.MALE),
        ("pria", Gender.MALE),
        ("Perempuan", Gender.FEMALE),
        ("wanita", Gender.FEMALE),
        ("P", Gender.FEMALE),
    ],
)
def test_gender_accepts_indonesian_display_input(text: str, expected: Gender) -> None:
    assert Gender(text) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [("PNS", NipKind.PNS), ("pns", NipKind.PNS), ("P3K", NipKind.PPPK), ("PPPK", NipKind.PPPK)],
)
def test_kind_accepts_display_input(text: str, expected: NipKind) -> None:
    assert NipKind(text) is expected


@pytest.mark.parametrize("bad", ["lelaki?", "", None, 1])
def test_enums_refuse_unknown_values_with_the_library_error(bad: object) -> None:
    with pytest.raises(InvalidInput, match="gender"):
        Gender(bad)
    with pytest.raises(InvalidInput, match="kind"):
        NipKind(bad)


@pytest.mark.parametrize(
    ("layout", "grouping"),
    [(PNS_LAYOUT, "YYYYMMDD YYYYMM G NNN"), (PPPK_LAYOUT, "YYYYMMDD YYYY 2 C G NNN")],
)
def test_layouts_tile_18_digits_in_the_documented_groups(layout: object, grouping: str) -> None:
    fields = layout.get()  # type: ignore[attr-defined]
    assert [f.length for f in fields] == [len(g) for g in grouping.split()]
    assert sum(f.length for f in fields) == 18


def test_every_layout_constant_is_cited() -> None:
    params = find_params([getattr(nip_module, name) for name in nip_module.__all__])
    assert len(params) == 10
    for p in params:
        assert p.citation.instrument.strip()
        assert isinstance(p.citation.status, Status)


# -- properties ----------------------------------------------------------------------------------

births = st.dates(min_value=date(1900, 1, 1), max_value=TODAY)


@st.composite
def pns_parts(draw: st.DrawFn) -> tuple[date, date, str, int]:
    birth = draw(st.dates(min_value=date(1900, 1, 1), max_value=TODAY - timedelta(days=62)))
    # birth + 31 days always falls in a later month, so its 1st is still after the birth.
    tmt = draw(st.dates(min_value=birth + timedelta(days=31), max_value=TODAY)).replace(day=1)
    return birth, tmt, draw(st.sampled_from("12")), draw(st.integers(1, 999))


@given(pns_parts())
def test_pns_round_trip(parts: tuple[date, date, str, int]) -> None:
    birth, tmt, sex, serial = parts
    digits = f"{birth:%Y%m%d}{tmt:%Y%m}{sex}{serial:03d}"
    n = parse_nip(digits, today=TODAY)
    assert str(n) == digits
    assert (n.birth_date, n.tmt, n.serial) == (birth, tmt, serial)
    assert n.gender is (Gender.MALE if sex == "1" else Gender.FEMALE)
    assert parse_nip(n.formatted(), today=TODAY) == n


@given(
    births.flatmap(lambda b: st.tuples(st.just(b), st.integers(b.year, TODAY.year))),
    st.integers(1, 9),
    st.sampled_from("12"),
    st.integers(1, 999),
)
def test_pppk_round_trip(
    birth_and_year: tuple[date, int], contract: int, sex: str, serial: int
) -> None:
    birth, year = birth_and_year
    digits = f"{birth:%Y%m%d}{year}2{contract}{sex}{serial:03d}"
    n = parse_nip(digits, today=TODAY)
    assert str(n) == digits
    assert (n.kind, n.tmt, n.contract_number) == (NipKind.PPPK, date(year, 1, 1), contract)
    assert parse_nip(n.formatted(), today=TODAY) == n


@given(st.text(alphabet="0123456789", min_size=18, max_size=18))
def test_any_18_digits_parse_or_raise_invalid_nip(digits: str) -> None:
    try:
        n = parse_nip(digits, today=TODAY)
    except InvalidNip:
        return
    assert n.digits == digits


junk = st.one_of(
    st.none(),
    st.integers(),
    st.floats(),
    st.binary(),
    st.lists(st.integers()),
    st.text(),
    st.text(min_size=1000, max_size=5000),
    st.sampled_from(["😀" * 18, "-1", "-196608011988031001", "١" * 18, "\x00" * 18]),
)


@given(junk)
def test_junk_raises_only_library_errors(value: object) -> None:
    # Any other exception (even another library error) escapes and fails the test.
    try:
        parse_nip(value)
        accepted = True
    except InvalidNip:
        accepted = False
    assert is_valid(value) is accepted


@given(st.dates(min_value=date(1940, 1, 1), max_value=date(2000, 12, 31)), st.integers(1, 999))
def test_parsed_parts_recompose_the_digits(born: date, serial: int) -> None:
    """parse_nip builds the Nip from the digits it read without re-running the constructor's
    consistency check (Perka BKN 22/2007 layout); the parts must still give the digits."""
    tmt_year = born.year + 25
    text = f"{born:%Y%m%d}{tmt_year:04d}03{1 + serial % 2}{serial:03d}"
    n = parse_nip(text)
    assert n._compose() == n.digits == text
    assert dataclasses.replace(n) == n  # the checked constructor accepts the same parts
