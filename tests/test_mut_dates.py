"""Indonesian dates (docs/dates.md): refusals that name the text, the shape rules and the
boundaries no other test pinned.

Written to kill the mutants ``scripts/mutation.py`` found surviving in ``dates.py``.
"""

from __future__ import annotations

from datetime import date, datetime

import pytest

from inovasi_daerah import dates
from inovasi_daerah.dates import MAX_LENGTH, format_date, parse_date
from inovasi_daerah.errors import InvalidDate, InvalidInput


def refused(text: object, **kwargs: object) -> InvalidDate:
    """The InvalidDate for ``text``: it names the date field and carries the text given."""
    with pytest.raises(InvalidDate) as exc:
        parse_date(text, **kwargs)  # type: ignore[arg-type]
    assert exc.value.field == "date"
    assert exc.value.value == text
    assert isinstance(exc.value.message, str)
    assert exc.value.message
    return exc.value


@pytest.mark.parametrize(
    "text",
    [
        datetime(2022, 4, 20, 8, 0),  # a datetime, not a date
        20220420,  # not text
        "x" * (MAX_LENGTH + 1),  # too long
        "   ",  # empty
        "20 April 2022 😀",  # a character outside the whitelist
        "Rabu Kamis 20 April 2022",  # two weekday names
        "20 April Mei 2022",  # two month names
        "20 Kemarin 2022",  # a word that is no month or day name
        "20 April 202",  # a 3-digit number
        "20 April 0999",  # a year before 1000
        "20/4/22",  # a 2-digit year
        "4/2022/20",  # the year in the middle
        "Agustus 2022",  # no day
        "20 April",  # no year, no default_year
        "31/4/2022",  # a day April does not have
        "4/20/2022",  # month first
        "Senin, 20 April 2022",  # the wrong weekday
    ],
)
def test_every_refusal_names_the_date_and_carries_the_text(text: object) -> None:
    refused(text)


@pytest.mark.parametrize("text", ["2022/2023/4", "1/2/3/2022", "2022 2023 April"])
def test_too_many_numbers_for_one_date(text: str) -> None:
    """At most day, month and year; a single 4-digit year."""
    assert "terlalu banyak" in refused(text).message


def test_text_of_the_maximum_length_is_read() -> None:
    text = "20 April 2022".rjust(MAX_LENGTH)
    assert parse_date(text) == date(2022, 4, 20)


@pytest.mark.parametrize("year", [1000, 9999])
def test_default_year_bounds_are_accepted(year: int) -> None:
    assert parse_date("20 April", default_year=year) == date(year, 4, 20)


@pytest.mark.parametrize("year", [999, 10_000])
def test_default_year_refusal_names_it(year: int) -> None:
    with pytest.raises(InvalidInput) as exc:
        parse_date("20 April", default_year=year)
    assert exc.value.field == "default_year"
    assert exc.value.value == year


def test_year_first_with_a_month_name_reads_the_day() -> None:
    assert parse_date("2022 April 20") == date(2022, 4, 20)
    assert parse_date("2022-04-20") == date(2022, 4, 20)


def test_wrong_weekday_message_names_the_date_and_the_right_day() -> None:
    err = refused("Senin, 20 April 2022")
    assert "20 April 2022" in err.message
    assert "Rabu" in err.message
    assert "Wednesday" in err.message


def test_incomplete_date_message_names_the_missing_parts() -> None:
    assert "hari" in refused("Agustus 2022").message
    both = refused("2022").message
    assert "hari dan bulan" in both
    assert "no day and no month" in both


def test_format_date_refusal_carries_the_value() -> None:
    moment = datetime(2022, 4, 20, 8, 0)
    with pytest.raises(InvalidDate) as exc:
        format_date(moment)
    assert exc.value.field == "date"
    assert exc.value.value == moment


# -- the fast path of the common shapes (dates._direct): it must read them, and only them -----
@pytest.mark.parametrize(
    ("order", "numbers", "month", "year_default", "text", "expected"),
    [
        (["n", "w", "n"], ["20", "2022"], 4, None, "20 April 2022", date(2022, 4, 20)),
        (["n", "w", "n"], ["5", "2022"], 4, None, "5 April 2022", date(2022, 4, 5)),
        (["n", "w", "n"], ["123", "2022"], 4, None, "123 April 2022", None),
        (["n", "w", "n"], ["20", "22"], 4, None, "20 April 22", None),
        (["n", "w", "n"], ["20", "20222"], 4, None, "20 April 20222", None),
        (["w", "n", "n"], ["20", "2022"], 4, None, "April 20 2022", None),
        (["n", "w", "w"], ["20", "2022"], 4, None, "20 April x", None),
        (["n", "w"], ["20"], 4, 2024, "20 April", date(2024, 4, 20)),
        (["n", "w"], ["20"], 4, None, "20 April", None),
        (["n", "w"], ["123"], 4, 2024, "123 April", None),
        (["w", "n"], ["20"], 4, 2024, "April 20", None),
        (["n", "w", "n", "n"], ["20", "2022", "1"], 4, None, "20 April 2022 1", None),
        (["n", "n", "n"], ["20", "4", "2022"], None, None, "20/4/2022", date(2022, 4, 20)),
        (["n", "n", "n"], ["2022", "04", "20"], None, None, "2022-04-20", date(2022, 4, 20)),
        (["n", "n", "n"], ["2022", "4", "5"], None, None, "2022-4-5", date(2022, 4, 5)),
        (["n", "n", "n"], ["20", "004", "2022"], None, None, "20/004/2022", None),
        (["n", "n", "n"], ["20", "4", "22"], None, None, "20/4/22", None),
        (["n", "n", "n"], ["123", "4", "2022"], None, None, "123/4/2022", None),
        (["n", "n", "n"], ["2022", "4", "123"], None, None, "2022/4/123", None),
        (["n", "n", "n"], ["20", "4", "2022"], None, None, "20.4.2022", None),
        (["n", "n", "n"], ["31", "2", "2022"], None, None, "31/2/2022", None),
        (["n", "n"], ["20", "4"], None, 2024, "20/4", date(2024, 4, 20)),
        (["n", "n"], ["20", "4"], None, None, "20/4", None),
        (["n", "n"], ["123", "4"], None, 2024, "123/4", None),
        (["n", "n"], ["20", "123"], None, 2024, "20/123", None),
        (["n", "n", "n", "n"], ["1", "2", "3", "4"], None, None, "1/2/3/4", None),
    ],
)
def test_common_shapes_are_read_directly_and_others_fall_back(
    order: list[str],
    numbers: list[str],
    month: int | None,
    year_default: int | None,
    text: str,
    expected: date | None,
) -> None:
    """The fast path reads "20 April 2022", "20 April", "20/4/2022", "2022-04-20" and "20/4"
    (dates.py, ``_direct``); anything else returns None for the general reading."""
    assert dates._direct(order, numbers, month, year_default, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "",
        "   ",
        "x" * (MAX_LENGTH + 1),
        "20 Aprul 2022",
        "20 April 2022 10:00",
        "32/1/2022",
        "2022-13-01",
        "20 April",
        "April 2022",
        "20/4",
        "20 Mei Juni 2022",
        "Senin, 20 April 2022",
        "20 April 22",
        "1/2/3/4",
        "2022",
        "😀",
    ],
)
def test_every_refusal_of_a_date_has_its_english_text(text: str) -> None:
    """Issue 9: each refusal carries its text in Bahasa Indonesia and in English."""
    with pytest.raises((InvalidDate, InvalidInput)) as exc:
        parse_date(text)
    assert exc.value.message
    assert exc.value.message_en
    assert exc.value.field is not None
