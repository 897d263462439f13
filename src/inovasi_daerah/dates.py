"""Dates as Indonesian documents and news write them: strict, never silently guessed.

:func:`parse_date` reads "20 April 2022", "20 Apr 2022", "Rabu, 20 April 2022", "20/4/2022",
"20-04-2022", "20.04.2022", ISO "2022-04-20", and "20/4", "Rabu (20/4)" or "20 April" when a
``default_year`` is given. English month and day names are accepted too.

>>> parse_date("Rabu, 20 April 2022")
datetime.date(2022, 4, 20)
>>> parse_date("20.04.2022"), parse_date("2022-04-20"), parse_date("20 Agt 2022")
(datetime.date(2022, 4, 20), datetime.date(2022, 4, 20), datetime.date(2022, 8, 20))
>>> parse_date("Rabu (20/4)", default_year=2022)
datetime.date(2022, 4, 20)

Numeric dates are **day first** (the Indonesian convention): "4/5/2022" is 4 May 2022, and
"4/20/2022" is refused rather than read month first. Refused as ambiguous or impossible: a
2-digit year, a missing day ("Agustus 2022"), a missing year without ``default_year``, a day
that does not exist, and a weekday that contradicts the date:

>>> parse_date("4/5/2022")
datetime.date(2022, 5, 4)
>>> parse_date("Senin, 20 April 2022")
Traceback (most recent call last):
...
inovasi_daerah.errors.InvalidDate: date: hari 'Senin' tidak cocok: ... hari Rabu ...
>>> parse_date("Agustus 2022")
Traceback (most recent call last):
...
inovasi_daerah.errors.InvalidDate: date: tanggal tidak lengkap, tidak ada hari ...
>>> parse_date("20/4/22")
Traceback (most recent call last):
...
inovasi_daerah.errors.InvalidDate: date: tahun dua digit ambigu...

:func:`format_date` writes the long form, which :func:`parse_date` reads back:

>>> from datetime import date
>>> format_date(date(2022, 4, 20)), format_date(date(2022, 4, 20), lang="en")
('Rabu, 20 April 2022', 'Wednesday, 20 April 2022')
"""

from __future__ import annotations

import re
from datetime import date, datetime

from dateutil.parser import ParserError, parse, parserinfo

from inovasi_daerah.errors import InvalidDate, InvalidInput
from inovasi_daerah.law.text import check_lang
from inovasi_daerah.types import DateLike

__all__ = ["MAX_LENGTH", "IndonesianParserInfo", "format_date", "parse_date"]

#: Longest text :func:`parse_date` reads; longer input is refused before any parsing.
MAX_LENGTH = 200

MONTHS_ID = (
    "Januari",
    "Februari",
    "Maret",
    "April",
    "Mei",
    "Juni",
    "Juli",
    "Agustus",
    "September",
    "Oktober",
    "November",
    "Desember",
)
MONTHS_EN = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)
# Monday first, as datetime.date.weekday() counts.
WEEKDAYS_ID = ("Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu")
WEEKDAYS_EN = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


# Names dateutil recognises (case-insensitive), grouped per month / weekday.
_MONTH_NAMES: list[tuple[str, ...]] = [
    ("Jan", "Januari", "January"),
    ("Feb", "Februari", "February"),
    ("Mar", "Maret", "March"),
    ("Apr", "April"),
    ("Mei", "May"),
    ("Jun", "Juni", "June"),
    ("Jul", "Juli", "July"),
    ("Agu", "Agt", "Ags", "Agustus", "Aug", "August"),
    ("Sep", "Sept", "September"),
    ("Okt", "Oktober", "Oct", "October"),
    ("Nov", "November"),
    ("Des", "Desember", "Dec", "December"),
]
_WEEKDAY_NAMES: list[tuple[str, ...]] = [
    ("Senin", "Mon", "Monday"),
    ("Selasa", "Tue", "Tuesday"),
    ("Rabu", "Wed", "Wednesday"),
    ("Kamis", "Thu", "Thursday"),
    ("Jumat", "Fri", "Friday"),
    ("Sabtu", "Sat", "Saturday"),
    ("Minggu", "Ahad", "Sun", "Sunday"),
]


class IndonesianParserInfo(parserinfo):
    """dateutil names for Indonesian (and English) months and weekdays, day first.

    "Jum'at" is read after its apostrophe is dropped; "Ahad" is Minggu.
    """

    # The stubs type these as lists of 2- or 3-tuples; dateutil accepts any length.
    MONTHS = _MONTH_NAMES  # type: ignore[assignment]
    WEEKDAYS = _WEEKDAY_NAMES  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__(dayfirst=True, yearfirst=False)


_INFO = IndonesianParserInfo()

# Words, numbers, separators; anything else (":" of a time, emoji, other scripts) is refused,
# so dateutil never sees a token it could read as a time or a time zone.
_TOKEN = re.compile(
    r"(?P<word>[A-Za-z]+(?:'[A-Za-z]+)?)|(?P<num>[0-9]+)|(?P<sep>[\s,./()\-]+)|(?P<bad>.)",
    re.DOTALL,
)
# Two defaults that differ in year, month and day: a part missing from the text shows up as a
# difference between the two readings, instead of being filled in silently. Days 1 and 28
# exist in every month, and both years are leap years so that "29/2" is not refused early.
_DEFAULTS = (datetime(2000, 1, 1), datetime(2004, 12, 28))
_SPACES = re.compile(r"[()\s]+")


def _direct(
    order: list[str], numbers: list[str], month: int | None, year_default: int | None, text: str
) -> date | None:
    """The date of the common unambiguous shapes, read straight from the tokens.

    "20 April 2022", "20 April" (with a default year), "20/4/2022", "2022-04-20" and "20/4"
    (with a default year). Only a date that exists is returned: anything else (another shape,
    a month above 12, a day that does not exist) returns None and goes through the general
    reading below, which gives the same answer for these shapes and words the refusal.
    Numbers joined by dots ("1.1") go there too: dateutil reads them as decimals.
    """
    n = len(order)
    if month is not None:
        if n == 3 and order[0] == "n" and order[2] == "n":
            day, year = numbers
            if len(day) > 2 or len(year) != 4:
                return None
            y = int(year)
        elif n == 2 and order[0] == "n" and year_default is not None:
            day = numbers[0]
            if len(day) > 2:
                return None
            y = year_default
        else:
            return None
        d, m = int(day), month
    elif "." in text:
        return None
    elif n == 3:
        a, b, c = numbers
        if len(b) > 2:
            return None
        if len(c) == 4 and len(a) <= 2:
            y, m, d = int(c), int(b), int(a)
        elif len(a) == 4 and len(c) <= 2:
            y, m, d = int(a), int(b), int(c)
        else:
            return None
    elif n == 2 and year_default is not None and len(numbers[0]) <= 2 and len(numbers[1]) <= 2:
        y, m, d = year_default, int(numbers[1]), int(numbers[0])
    else:
        return None
    try:
        return date(y, m, d)
    except ValueError:
        return None


def _err(
    message: str, value: object, field: str = "date", message_en: str | None = None
) -> InvalidDate:
    return InvalidDate(message, field=field, value=value, message_en=message_en)


def _check_default_year(default_year: object) -> int | None:
    if default_year is None:
        return None
    if (
        isinstance(default_year, bool)
        or not isinstance(default_year, int)
        or not 1000 <= default_year <= 9999
    ):
        raise InvalidInput(
            "harus tahun 4 digit 1000-9999 atau None (must be a 4-digit year or None)",
            field="default_year",
            value=default_year,
            message_en="must be a 4-digit year 1000-9999 or None",
        )
    return default_year


def _parse(text: str, default: datetime, *, yearfirst: bool) -> datetime:
    try:
        return parse(
            text, parserinfo=_INFO, default=default, dayfirst=not yearfirst, yearfirst=yearfirst
        )
    except (ParserError, ValueError, OverflowError) as exc:
        raise _err(
            f"tanggal tidak ada atau tidak terbaca ({exc})",
            text,
            message_en=f"date does not exist or cannot be read ({exc})",
        ) from None


def _general(
    text: str,
    clean: list[str],
    order: list[str],
    numbers: list[str],
    month_word: str | None,
    yearfirst: bool,
    year_default: int | None,
) -> date:
    """Steps 3 and 4 for any shape: dateutil reads the cleaned tokens (twice)."""
    # 3. Parse twice with different defaults; a part that differs was not in the text.
    cleaned = "".join(clean)
    first, second = (_parse(cleaned, d, yearfirst=yearfirst) for d in _DEFAULTS)
    missing = [
        names
        for names, a, b in (
            (("hari", "day"), first.day, second.day),
            (("bulan", "month"), first.month, second.month),
        )
        if a != b
    ]
    if missing:
        raise _err(
            f"tanggal tidak lengkap, tidak ada {' dan '.join(n[0] for n in missing)} "
            f"(no {' and no '.join(n[1] for n in missing)}: ambiguous)",
            text,
            message_en=f"incomplete date: no {' and no '.join(n[1] for n in missing)}; ambiguous",
        )
    result = first
    if first.year != second.year:
        if year_default is None:
            raise _err(
                "tahun tidak ditulis; berikan default_year (no year: pass default_year)",
                text,
                message_en="no year written; pass default_year",
            )
        result = _parse(cleaned, datetime(year_default, 1, 1), yearfirst=yearfirst)

    # 4. Numeric dates are day first: refuse dateutil's fallback to month first.
    if month_word is None:
        day, month = (numbers[2], numbers[1]) if yearfirst else (numbers[0], numbers[1])
        if (result.day, result.month) != (int(day), int(month)):
            raise _err(
                f"bulan {month} tidak ada; tanggal angka dibaca hari-bulan-tahun "
                "(numeric dates are day-first)",
                text,
                message_en=f"month {month} does not exist; numeric dates are read day-month-year",
            )
    elif result.day != int(next(n for n in numbers if len(n) < 4)):
        raise _err(
            "hari tidak terbaca dengan pasti (the day could not be read reliably)",
            text,
            message_en="the day could not be read reliably",
        )

    return result.date()


def parse_date(text: DateLike, default_year: int | None = None) -> date:
    """Read an Indonesian (or English) date; raise :class:`InvalidDate` instead of guessing.

    A :class:`datetime.date` is returned unchanged; a :class:`datetime.datetime` and every
    other non-str type are refused. ``default_year`` (no default) completes "20 April" and
    "20/4"; it never replaces a year that is written. Years must have 4 digits (1000-9999).
    """
    if isinstance(text, datetime):
        raise _err(
            "datetime tidak diterima; berikan .date() (pass a date, not a datetime)",
            text,
            message_en="datetime refused; pass .date() (a date, not a datetime)",
        )
    if isinstance(text, date):
        return text
    if not isinstance(text, str):
        name = type(text).__name__
        raise _err(
            f"harus teks (str) atau date, bukan {name} (must be a str or date)",
            text,
            message_en=f"must be text (str) or a date, not {name}",
        )
    year_default = _check_default_year(default_year)
    if len(text) > MAX_LENGTH:
        raise _err(
            f"teks lebih dari {MAX_LENGTH} karakter (longer than {MAX_LENGTH})",
            text,
            message_en=f"text longer than {MAX_LENGTH} characters",
        )
    if not text.strip():
        raise _err("tanggal kosong (empty date)", text, message_en="empty date")

    # 1. Lex with a whitelist: only month names, weekday names, numbers and separators.
    weekday: tuple[str, int] | None = None
    month_word: str | None = None
    month_number: int | None = None
    numbers: list[str] = []
    order: list[str] = []  # "n" for a number, "m" for a month name: the shape of the date
    clean: list[str] = []
    for m in _TOKEN.finditer(text):
        kind, tok = m.lastgroup, m.group()
        if kind == "bad":
            raise _err(
                f"karakter {tok!r} tidak diterima dalam tanggal (character not allowed)",
                text,
                message_en=f"character {tok!r} not allowed in a date",
            )
        if kind == "sep":
            clean.append(_SPACES.sub(" ", tok))
            continue
        if kind == "word":
            word = tok.replace("'", "")
            day_index = _INFO.weekday(word)
            if day_index is not None:
                if weekday is not None:
                    raise _err(
                        f"nama hari ditulis dua kali ({tok!r}; two weekday names)",
                        text,
                        message_en=f"weekday name written twice ({tok!r})",
                    )
                weekday = (tok, day_index)
            elif (month_index := _INFO.month(word)) is not None:
                if month_word is not None:
                    raise _err(
                        f"nama bulan ditulis dua kali ({tok!r}; two month names)",
                        text,
                        message_en=f"month name written twice ({tok!r})",
                    )
                month_word, month_number = tok, month_index
                order.append("m")
            else:
                raise _err(
                    f"kata {tok!r} bukan nama bulan atau hari (not a month or day)",
                    text,
                    message_en=f"word {tok!r} is not a month or day name",
                )
            clean.append(word)
            continue
        if len(tok) not in (1, 2, 4):
            raise _err(f"angka {tok!r} bukan hari, bulan, atau tahun 4 digit", text)
        if len(tok) == 4 and tok.startswith("0"):
            raise _err(
                f"tahun {tok!r} sebelum 1000 tidak diterima (year before 1000)",
                text,
                message_en=f"year {tok!r} before 1000 refused",
            )
        numbers.append(tok)
        order.append("n")
        clean.append(tok)

    # 2. Shape: at most day, month and year; a year has 4 digits.
    years = [n for n in numbers if len(n) == 4]
    if len(order) > 3 or len(years) > 1:
        raise _err(
            "terlalu banyak angka untuk satu tanggal (too many numbers for one date)",
            text,
            message_en="too many numbers for one date",
        )
    if len(order) == 3 and not years:
        raise _err(
            "tahun dua digit ambigu; tulis 4 digit (2-digit year is ambiguous)",
            text,
            message_en="2-digit year is ambiguous; write 4 digits",
        )
    if month_word is None and len(numbers) == 3 and len(numbers[1]) == 4:
        raise _err(
            "tahun harus di awal atau di akhir (year must come first or last)",
            text,
            message_en="the year must come first or last",
        )
    yearfirst = month_word is None and bool(numbers) and len(numbers[0]) == 4

    # 3-4. The common shapes straight from the tokens; any other shape, and every refusal,
    # through dateutil (which _direct agrees with on the shapes it reads).
    found = _direct(order, numbers, month_number, year_default, text)
    if found is None:
        found = _general(text, clean, order, numbers, month_word, yearfirst, year_default)

    # 5. A weekday must agree with the date.
    if weekday is not None and weekday[1] != found.weekday():
        written = format_date(found).partition(", ")[2]
        raise _err(
            f"hari {weekday[0]!r} tidak cocok: {written} jatuh pada hari "
            f"{WEEKDAYS_ID[found.weekday()]} (weekday contradicts the date: it was a "
            f"{WEEKDAYS_EN[found.weekday()]})",
            text,
            message_en=(
                f"weekday {weekday[0]!r} contradicts the date: {written} was a "
                f"{WEEKDAYS_EN[found.weekday()]}"
            ),
        )
    return found


def format_date(d: date, lang: str = "id") -> str:
    """The long form "Rabu, 20 April 2022" (``lang="id"``) or "Wednesday, 20 April 2022" (en).

    >>> format_date(date(2024, 8, 17))
    'Sabtu, 17 Agustus 2024'
    """
    if isinstance(d, datetime) or not isinstance(d, date):
        raise _err(
            "harus datetime.date (must be a date, not a datetime)",
            d,
            message_en="must be a datetime.date, not a datetime",
        )
    if check_lang(lang) == "id":
        return f"{WEEKDAYS_ID[d.weekday()]}, {d.day} {MONTHS_ID[d.month - 1]} {d.year:04d}"
    return f"{WEEKDAYS_EN[d.weekday()]}, {d.day} {MONTHS_EN[d.month - 1]} {d.year:04d}"
