"""Indonesian dates: strict parsing on dateutil, and the long written form."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from inovasi_daerah import dates as dates_module
from inovasi_daerah.dates import (
    MAX_LENGTH,
    MONTHS_ID,
    WEEKDAYS_ID,
    format_date,
    parse_date,
)
from inovasi_daerah.errors import InvalidDate, InvalidInput

APRIL_20 = date(2022, 4, 20)  # a Rabu (Wednesday)


@pytest.mark.parametrize(
    "text",
    [
        "20 April 2022",
        "20 Apr 2022",
        "20 april 2022",
        "Rabu, 20 April 2022",
        "Rabu 20 April 2022",
        "RABU, 20 APRIL 2022",
        "20 April 2022 (Rabu)",
        "20/4/2022",
        "20/04/2022",
        "20-04-2022",
        "20.04.2022",
        "2022-04-20",
        "2022/4/20",
        "(20/4/2022)",
        "  20 April 2022\n",
        "Wednesday, 20 April 2022",
        "April 20, 2022",
    ],
)
def test_accepted_forms(text: str) -> None:
    assert parse_date(text) == APRIL_20


@pytest.mark.parametrize("text", ["Rabu (20/4)", "20/4", "20 April", "20-04", "Rabu, 20 Apr"])
def test_forms_without_a_year_use_default_year(text: str) -> None:
    assert parse_date(text, default_year=2022) == APRIL_20


def test_a_written_year_wins_over_default_year() -> None:
    assert parse_date("20 April 2021", default_year=2022) == date(2021, 4, 20)


@pytest.mark.parametrize(("index", "name"), list(enumerate(MONTHS_ID)))
def test_indonesian_month_names(index: int, name: str) -> None:
    assert parse_date(f"1 {name} 2022").month == index + 1


@pytest.mark.parametrize(
    ("abbr", "month"),
    [
        ("Jan", 1),
        ("Feb", 2),
        ("Mar", 3),
        ("Apr", 4),
        ("Mei", 5),
        ("Jun", 6),
        ("Jul", 7),
        ("Agu", 8),
        ("Agt", 8),
        ("Ags", 8),
        ("Sep", 9),
        ("Okt", 10),
        ("Nov", 11),
        ("Des", 12),
    ],
)
def test_indonesian_month_abbreviations(abbr: str, month: int) -> None:
    assert parse_date(f"1 {abbr} 2022").month == month


@pytest.mark.parametrize(
    ("day_name", "day"),
    [
        ("Senin", 18),
        ("Selasa", 19),
        ("Rabu", 20),
        ("Kamis", 21),
        ("Jumat", 22),
        ("Jum'at", 22),
        ("Sabtu", 23),
        ("Minggu", 24),
        ("Ahad", 24),
    ],
)
def test_indonesian_day_names_checked_against_the_date(day_name: str, day: int) -> None:
    assert parse_date(f"{day_name}, {day} April 2022") == date(2022, 4, day)


def test_numeric_dates_are_day_first() -> None:
    """Indonesian convention: 4/5/2022 is 4 Mei, never 5 April."""
    assert parse_date("4/5/2022") == date(2022, 5, 4)
    assert parse_date("12/1/2022") == date(2022, 1, 12)


@pytest.mark.parametrize("text", ["04/20/2022", "4/20/2022"])
def test_month_first_numeric_dates_are_refused_not_swapped(text: str) -> None:
    with pytest.raises(InvalidDate, match="day-first"):
        parse_date(text)


# -- refusals ------------------------------------------------------------------------------------


def test_weekday_contradicting_the_date_names_both_days() -> None:
    with pytest.raises(InvalidDate, match=r"'Senin' tidak cocok.*hari Rabu.*Wednesday"):
        parse_date("Senin, 20 April 2022")


def test_weekday_is_checked_against_default_year_too() -> None:
    with pytest.raises(InvalidDate, match="hari Kamis"):
        parse_date("Rabu (20/4)", default_year=2023)


@pytest.mark.parametrize("text", ["Agustus 2022", "4/2022", "2022-04", "Rabu April 2022"])
def test_missing_day_is_refused(text: str) -> None:
    with pytest.raises(InvalidDate, match="tidak ada hari"):
        parse_date(text, default_year=2022)


@pytest.mark.parametrize("text", ["20", "2022", "Rabu", "Rabu 20"])
def test_missing_month_is_refused(text: str) -> None:
    with pytest.raises(InvalidDate, match=r"tidak ada .*bulan"):
        parse_date(text, default_year=2022)


@pytest.mark.parametrize("text", ["20 April", "20/4", "Rabu (20/4)"])
def test_missing_year_without_default_year_names_default_year(text: str) -> None:
    with pytest.raises(InvalidDate, match="default_year"):
        parse_date(text)


@pytest.mark.parametrize("text", ["20/4/22", "20-04-22", "20 April 22", "Rabu, 20 Apr 22"])
def test_two_digit_year_is_refused(text: str) -> None:
    with pytest.raises(InvalidDate, match="tahun dua digit"):
        parse_date(text)


@pytest.mark.parametrize(
    "text",
    ["31 April 2022", "29 Februari 2023", "29/2/2023", "0/4/2022", "20/13/2022", "32/1/2022"],
)
def test_impossible_dates_are_refused(text: str) -> None:
    with pytest.raises(InvalidDate, match="tidak ada"):
        parse_date(text)


def test_29_february_depends_on_the_default_year() -> None:
    assert parse_date("29/2", default_year=2024) == date(2024, 2, 29)
    with pytest.raises(InvalidDate):
        parse_date("29/2", default_year=2023)


@pytest.mark.parametrize(
    ("text", "match"),
    [
        ("20 April 2022 10:00", "':'"),
        ("20 April 2022 pukul 10", "'pukul'"),
        ("20 April 2022 2023", "terlalu banyak"),
        ("20/2022/4", "di awal atau di akhir"),
        ("Rabu Kamis 20 April 2022", "dua kali"),
        ("20 April Mei 2022", "dua kali"),
        ("20 April 20220", "angka '20220'"),
        ("1 Januari 0999", "sebelum 1000"),
        ("٢٠/٤/٢٠٢٢", "'٢'"),
        ("20 April 2022 😀", "'😀'"),
        ("", "kosong"),
        ("   ", "kosong"),
    ],
)
def test_text_that_is_not_a_plain_date_is_refused(text: str, match: str) -> None:
    with pytest.raises(InvalidDate, match=match):
        parse_date(text)


def test_huge_text_is_refused_before_parsing(monkeypatch: pytest.MonkeyPatch) -> None:
    def must_not_run(*args: object, **kwargs: object) -> None:
        raise AssertionError("dateutil was called")

    monkeypatch.setattr(dates_module, "parse", must_not_run)
    with pytest.raises(InvalidDate, match=f"lebih dari {MAX_LENGTH}"):
        parse_date("20 April 2022" + " " * MAX_LENGTH)


@pytest.mark.parametrize("value", [None, 20220420, 1.5, b"20 April 2022", ["20/4/2022"]])
def test_non_str_is_refused_naming_its_type(value: object) -> None:
    with pytest.raises(InvalidDate, match=f"bukan {type(value).__name__}"):
        parse_date(value)


def test_a_date_is_returned_unchanged_a_datetime_is_refused() -> None:
    assert parse_date(APRIL_20) is APRIL_20
    with pytest.raises(InvalidDate, match="datetime"):
        parse_date(datetime(2022, 4, 20))


@pytest.mark.parametrize("bad", [True, "2022", 22, 10_000, 2022.0])
def test_default_year_must_be_a_4_digit_int(bad: object) -> None:
    with pytest.raises(InvalidInput, match="default_year"):
        parse_date("20/4", default_year=bad)  # type: ignore[arg-type]


# -- format_date ---------------------------------------------------------------------------------


def test_format_date_in_both_languages() -> None:
    assert format_date(APRIL_20) == "Rabu, 20 April 2022"
    assert format_date(APRIL_20, lang="en") == "Wednesday, 20 April 2022"
    assert format_date(date(2024, 8, 17)) == "Sabtu, 17 Agustus 2024"


def test_format_date_refuses_bad_input() -> None:
    with pytest.raises(InvalidInput, match="lang"):
        format_date(APRIL_20, lang="jv")
    with pytest.raises(InvalidDate):
        format_date(datetime(2022, 4, 20))
    with pytest.raises(InvalidDate):
        format_date("2022-04-20")  # type: ignore[arg-type]


# -- properties ----------------------------------------------------------------------------------

supported = st.dates(min_value=date(1000, 1, 1), max_value=date(9999, 12, 31))


@given(supported, st.sampled_from(["id", "en"]))
def test_format_then_parse_round_trips(d: date, lang: str) -> None:
    assert parse_date(format_date(d, lang=lang)) == d


@given(supported, st.sampled_from(["{d}/{m}/{y}", "{d:02d}-{m:02d}-{y}", "{d}.{m}.{y}"]))
def test_numeric_day_first_round_trips(d: date, pattern: str) -> None:
    assert parse_date(pattern.format(d=d.day, m=d.month, y=d.year)) == d


@given(supported)
def test_iso_round_trips(d: date) -> None:
    assert parse_date(d.isoformat()) == d


@given(supported, st.integers(1, 6))
def test_any_wrong_weekday_is_refused(d: date, shift: int) -> None:
    wrong = WEEKDAYS_ID[(d.weekday() + shift) % 7]
    with pytest.raises(InvalidDate, match="tidak cocok"):
        parse_date(f"{wrong}, {d.day} {MONTHS_ID[d.month - 1]} {d.year}")


@given(
    st.one_of(
        st.none(),
        st.integers(),
        st.floats(),
        st.binary(),
        st.lists(st.text()),
        st.datetimes(),
        st.text(),
        st.text(alphabet="0123456789/-. ,()", max_size=30),
        st.text(alphabet="aeiourAJMSDNb0123456789 ", max_size=30),
        st.text(min_size=MAX_LENGTH + 1, max_size=2000),
        st.sampled_from(["😀", "-1", "-20/4/2022", "20/-4/2022", "2022--04--20", "١٢"]),
    ),
    st.one_of(st.none(), st.integers(1000, 9999)),
)
def test_junk_raises_only_library_errors(value: object, default_year: int | None) -> None:
    # Any exception other than InvalidDate escapes and fails the test.
    try:
        result = parse_date(value, default_year=default_year)
    except InvalidDate:
        return
    assert type(result) is date


@settings(deadline=None)  # the first call may import and warm dateutil
@given(
    day=st.dates(min_value=date(1000, 1, 1), max_value=date(9999, 12, 31)),
    shape=st.sampled_from(
        [
            "{d} {M} {y}",
            "{d} {M}",
            "{d}/{m}/{y}",
            "{y}-{m:02d}-{d:02d}",
            "{d}.{m}",
            "{W}, {d} {M} {y}",
            "{d}.{M}.{y}",
            "{d}-{M}-{y}",
            "{d}/{m}",
            "{d} ({M}) {y}",
        ]
    ),
    month_off=st.integers(min_value=0, max_value=20),
    day_off=st.integers(min_value=0, max_value=3),
)
def test_direct_reading_equals_the_dateutil_reading(
    day: date, shape: str, month_off: int, day_off: int
) -> None:
    """The direct reading of the common shapes (a speed path) gives exactly what the general
    dateutil reading gives, answer or refusal, including months above 12 and days that do
    not exist (``day_off``)."""
    from unittest import mock

    from inovasi_daerah import dates

    m = day.month + (month_off if month_off > 12 else 0)
    text = shape.format(
        d=min(day.day + day_off, 31),
        M=dates.MONTHS_ID[day.month - 1],
        m=m,
        y=day.year,
        W=dates.WEEKDAYS_ID[day.weekday()],
    )

    def read(direct: bool) -> object:
        try:
            if direct:
                return parse_date(text, default_year=day.year)
            with mock.patch.object(dates, "_direct", return_value=None):
                return parse_date(text, default_year=day.year)
        except InvalidDate as exc:
            return str(exc)

    assert read(True) == read(False)
