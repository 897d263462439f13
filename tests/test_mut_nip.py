"""NIP rules (Perka BKN 22/2007; NI PPPK THIRD-PARTY [KT2]) that no other test pinned.

Written to kill the mutants ``scripts/mutation.py`` found surviving in ``nip.py``: every
refusal names the field, the rule, the digit positions and the value given; the boundaries
(today, age 0) are accepted; the layout integrity check refuses broken layouts.
"""

from __future__ import annotations

import dataclasses
from datetime import date

import pytest

from inovasi_daerah import nip as nip_module
from inovasi_daerah.errors import DataIntegrityError, InovasiDaerahError, InvalidInput, InvalidNip
from inovasi_daerah.law.param import Param
from inovasi_daerah.law.text import T
from inovasi_daerah.nip import (
    KIND_BY_DIGIT_13,
    MIN_AGE_YEARS,
    NIP_LENGTH,
    PNS_LAYOUT,
    PPPK_LAYOUT,
    SERIAL_RANGE,
    DigitField,
    Gender,
    Nip,
    NipKind,
    is_valid,
    parse_nip,
)

TODAY = date(2026, 1, 15)
PNS = "19660801 198803 1 001"
PPPK = "19900512 2022 2 1 2 005"
PERKA = PNS_LAYOUT.citation.instrument
NI_PPPK = PPPK_LAYOUT.citation.instrument


def refused(text: object, **kwargs: object) -> InvalidNip:
    """The InvalidNip raised for ``text``; it names the nip field, carries a message and the
    text given."""
    with pytest.raises(InvalidNip) as info:
        parse_nip(text, today=TODAY, **kwargs)  # type: ignore[arg-type]
    err = info.value
    assert err.field == "nip"
    assert isinstance(err.message, str)
    assert err.message
    assert isinstance(err.message_en, str)
    assert err.message_en
    assert err.message_en != err.message
    assert err.value == text
    return err


def invalid_input(exc: pytest.ExceptionInfo[InovasiDaerahError], field: str, value: object) -> None:
    assert exc.value.field == field
    assert exc.value.value == value
    assert isinstance(exc.value.message, str)
    assert exc.value.message
    assert isinstance(exc.value.message_en, str)
    assert exc.value.message_en
    assert exc.value.message_en != exc.value.message


# -- the kind and sex enums ---------------------------------------------------------------------


def test_unknown_kind_and_gender_name_their_field_and_value() -> None:
    with pytest.raises(InvalidInput) as exc:
        NipKind("honorer")
    invalid_input(exc, "kind", "honorer")
    with pytest.raises(InvalidInput) as exc:
        Gender("x")
    invalid_input(exc, "gender", "x")


def test_kind_given_as_a_non_string_is_refused() -> None:
    with pytest.raises(InvalidInput) as exc:
        parse_nip(PNS, kind=1)  # type: ignore[arg-type]
    invalid_input(exc, "kind", 1)


# -- Perka BKN 22/2007: the layout as data ------------------------------------------------------


def test_digit_field_positions() -> None:
    f = DigitField("TMT CPNS", 9, 6)
    assert (f.stop, f.positions, f.take("196608011988031001")) == (14, "digit 9–14", "198803")
    assert DigitField("jenis kelamin", 15, 1).positions == "digit 15"


def test_field_lookup_by_name() -> None:
    assert nip_module._field(PNS_LAYOUT, "nomor urut") == DigitField("nomor urut", 16, 3)
    assert nip_module._field(PPPK_LAYOUT, "kode PPPK") == DigitField("kode PPPK", 13, 1)


def _layout(*fields: DigitField) -> Param[tuple[DigitField, ...]]:
    return Param("test_layout", fields, PNS_LAYOUT.citation, T("uji", "test"))


def test_layout_integrity_accepts_the_perka_bkn_22_2007_layouts() -> None:
    nip_module._check_layout(PNS_LAYOUT)
    nip_module._check_layout(PPPK_LAYOUT)
    nip_module._check_layout(_layout(DigitField("a", 1, 1), DigitField("b", 2, 17)))


@pytest.mark.parametrize(
    "fields",
    [
        (DigitField("a", 2, 17),),  # does not start at digit 1
        (DigitField("a", 1, 8), DigitField("b", 10, 9)),  # gap
        (DigitField("a", 1, 8), DigitField("b", 8, 11)),  # overlap
        (DigitField("a", 1, 18), DigitField("b", 19, 0)),  # empty group
        (DigitField("a", 1, 17),),  # 17 digits
        (DigitField("a", 1, 19),),  # 19 digits
        (DigitField("a", 1, 0), DigitField("b", 1, 18)),  # empty first group
    ],
)
def test_layout_integrity_refuses_broken_layouts(fields: tuple[DigitField, ...]) -> None:
    """A layout must tile digits 1..18 exactly (Perka BKN 22/2007: 18 digits)."""
    with pytest.raises(DataIntegrityError) as exc:
        nip_module._check_layout(_layout(*fields))
    assert exc.value.field == "test_layout"
    assert isinstance(exc.value.message, str)
    assert exc.value.message
    assert exc.value.message_en
    assert exc.value.message_en != exc.value.message


def test_nip_length_is_18_perka_bkn_22_2007() -> None:
    assert NIP_LENGTH.get() == 18


# -- the Nip value ------------------------------------------------------------------------------


def test_nip_construction_refusal_names_the_digits() -> None:
    n = parse_nip(PNS)
    with pytest.raises(InvalidNip) as exc:
        Nip(
            kind=n.kind,
            birth_date=n.birth_date,
            tmt=n.tmt,
            tmt_precision=n.tmt_precision,
            gender=n.gender,
            serial=2,
            contract_number=None,
            digits=n.digits,
        )
    invalid_input(exc, "nip", n.digits)


# -- parsing: refusals name the rule, the digits and the value ----------------------------------


def test_non_str_refusal_carries_the_value() -> None:
    err = refused(196608011988031001)
    assert "int" in err.message


def test_non_digit_refusal_names_its_position() -> None:
    err = refused("19660801 198803 1 00X")
    assert "posisi 18" in err.message
    assert "'X'" in err.message
    assert err.rule == PERKA
    assert err.article is None
    assert "posisi 1 " in refused("X9660801 198803 1 001").message


def test_wrong_length_refusal_names_the_rule() -> None:
    err = refused("1966080119880310")
    assert err.rule == PERKA
    assert "16" in err.message


def test_unknown_digit_13_refusal_cites_the_inference_skp_7() -> None:
    err = refused("19660801 198833 1 001")
    assert err.rule == KIND_BY_DIGIT_13.citation.instrument
    assert err.article == "digit 13, skp.md §7 (UNCERTAIN)"


@pytest.mark.parametrize(
    ("text", "rule", "article"),
    [
        ("19661301 198803 1 001", PERKA, "digit 1–8: tanggal lahir"),
        ("19901312 2022 2 1 2 005", NI_PPPK, "digit 1–8: tanggal lahir"),
        ("18991231 192001 1 001", PERKA, "digit 1–8: tanggal lahir"),
        ("18991231 1920 2 1 1 001", NI_PPPK, "digit 1–8: tanggal lahir"),
        ("20260116 202601 1 001", PERKA, "digit 1–8: tanggal lahir"),
        ("20260116 2026 2 1 1 001", NI_PPPK, "digit 1–8: tanggal lahir"),
        ("19660801 198813 1 001", PERKA, "digit 9–14: TMT CPNS"),
        ("19660815 196608 1 001", PERKA, "digit 9–14: TMT CPNS"),
        ("19900512 1989 2 1 2 005", NI_PPPK, "digit 9–12: tahun TMT PPPK"),
        ("19900512 2022 2 0 2 005", NI_PPPK, "digit 14: perjanjian kerja ke-"),
        ("19900101 202602 1 001", PERKA, "digit 9–14: TMT CPNS"),
        ("19900101 2027 2 1 1 001", NI_PPPK, "digit 9–12: tahun TMT PPPK"),
        ("19660801 198803 3 001", PERKA, "digit 15: jenis kelamin"),
        ("19660801 198803 1 000", SERIAL_RANGE.citation.instrument, "digit 16–18: nomor urut"),
    ],
)
def test_refusals_cite_the_layout_of_the_kind_and_the_digits(
    text: str, rule: str, article: str
) -> None:
    """Perka BKN 22/2007 (PNS) or the NI PPPK layout [KT2], whichever digit 13 says."""
    err = refused(text)
    assert err.rule == rule
    assert err.article == article


def test_explicit_pppk_code_refusal_cites_the_pppk_layout() -> None:
    err = refused(PNS, kind="pppk")
    assert err.rule == NI_PPPK
    assert err.article == "digit 13: kode PPPK"


def test_minimum_age_refusal_cites_the_caller_parameter_skp_6() -> None:
    err = refused("20000601 201805 1 001", min_age_years=18)
    assert err.rule == MIN_AGE_YEARS.citation.instrument
    assert err.article == "digit 9–14: TMT CPNS; min_age_years, skp.md §6"
    assert "2018-06-01" in err.message


def test_minimum_age_at_the_end_of_the_calendar() -> None:
    """A threshold in year 9999 is still a date; beyond it only the year is named."""
    err = refused(PNS, min_age_years=9999 - 1966)
    assert "9999-08-01" in err.message
    err = refused(PNS, min_age_years=10_000)
    assert "tahun 11966" in err.message


# -- boundaries that are accepted ---------------------------------------------------------------


def test_born_today_and_tmt_this_month_is_accepted() -> None:
    """Neither the birth date nor the TMT is in the future on the day itself."""
    day = date(2026, 1, 1)
    n = parse_nip("20260101 202601 1 001", today=day)
    assert (n.birth_date, n.tmt) == (day, day)


def test_minimum_age_zero_is_accepted() -> None:
    n = parse_nip("20000601 200006 1 001", min_age_years=0, today=TODAY)
    assert n.tmt == date(2000, 6, 1)


@pytest.mark.parametrize("bad", [-1, True])
def test_minimum_age_refusal_carries_the_value(bad: object) -> None:
    with pytest.raises(InvalidInput) as exc:
        parse_nip(PNS, min_age_years=bad)  # type: ignore[arg-type]
    invalid_input(exc, "min_age_years", bad)


def test_today_refusal_carries_the_value() -> None:
    from datetime import datetime

    moment = datetime(2026, 1, 1, 12, 0)
    with pytest.raises(InvalidInput) as exc:
        parse_nip(PNS, today=moment)
    invalid_input(exc, "today", moment)


# -- is_valid passes its options on --------------------------------------------------------------


def test_is_valid_applies_minimum_age_and_kind() -> None:
    assert is_valid("20000101 201501 1 001")
    assert not is_valid("20000101 201501 1 001", min_age_years=18)
    assert is_valid("20000101 201801 1 001", min_age_years=18)
    assert is_valid(PPPK)
    assert not is_valid(PPPK, kind="pns")
    assert not is_valid(PNS, kind=NipKind.PPPK)
    assert is_valid(PNS, kind=NipKind.PNS)


# -- the Nip constructor checks its fields (issue 10) --------------------------------------------


def _parts(text: str = PNS) -> dict[str, object]:
    n = parse_nip(text, today=TODAY)
    return {
        "kind": n.kind,
        "birth_date": n.birth_date,
        "tmt": n.tmt,
        "tmt_precision": n.tmt_precision,
        "gender": n.gender,
        "serial": n.serial,
        "contract_number": n.contract_number,
        "digits": n.digits,
        "kind_inferred": n.kind_inferred,
    }


@pytest.mark.parametrize("text", [PNS, PPPK])
def test_nip_constructor_accepts_the_parts_of_a_perka_bkn_22_2007_number(text: str) -> None:
    """The parts read from a valid PNS NIP or NI PPPK rebuild an equal Nip."""
    assert Nip(**_parts(text)) == parse_nip(text, today=TODAY)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("name", "junk"),
    [
        ("kind", "pns"),
        ("birth_date", "1966-08-01"),
        ("tmt", "1988-03-01"),
        ("tmt_precision", 1),
        ("gender", "1"),
        ("serial", "001"),
        ("serial", True),
        ("contract_number", "1"),
        ("digits", 196608011988031001),
        ("kind_inferred", 1),
    ],
)
def test_nip_constructor_refuses_junk_naming_the_field(name: str, junk: object) -> None:
    """Each part of a NIP has its type; the refusal names the part, in both languages."""
    parts = _parts()
    parts[name] = junk
    with pytest.raises(InvalidInput) as exc:
        Nip(**parts)  # type: ignore[arg-type]
    assert exc.value.field == name
    assert exc.value.message_en
    assert exc.value.message_en != exc.value.message


def test_nip_constructor_refuses_an_unknown_tmt_precision() -> None:
    """A TMT is known to the month (PNS, Perka BKN 22/2007) or the year (NI PPPK), no finer."""
    parts = _parts()
    parts["tmt_precision"] = "day"
    with pytest.raises(InvalidNip) as exc:
        Nip(**parts)  # type: ignore[arg-type]
    invalid_input(exc, "tmt_precision", "day")


@pytest.mark.parametrize(
    ("name", "number", "text"),
    [
        ("serial", 1000, PNS),
        ("serial", -1, PNS),
        ("contract_number", 10, PPPK),
        ("contract_number", -1, PPPK),
    ],
)
def test_nip_constructor_refuses_parts_wider_than_their_digits(
    name: str, number: int, text: str
) -> None:
    """Perka BKN 22/2007: nomor urut is 3 digits; NI PPPK: perjanjian kerja ke- is 1 digit."""
    parts = _parts(text)
    parts[name] = number
    with pytest.raises(InvalidNip) as exc:
        Nip(**parts)  # type: ignore[arg-type]
    invalid_input(exc, name, number)
    width = "3" if name == "serial" else "1"
    assert width in exc.value.message
    assert width in exc.value.message_en  # type: ignore[operator]


@pytest.mark.parametrize(
    ("name", "number", "digits"),
    [
        ("serial", 999, "196608011988031999"),
        ("serial", 0, "196608011988031000"),
        ("contract_number", 9, "199005122022292005"),
        ("contract_number", 0, "199005122022202005"),
    ],
)
def test_nip_constructor_accepts_the_widest_and_smallest_part(
    name: str, number: int, digits: str
) -> None:
    """The width check is 0 <= part < 10**digits: 999 and 9 fit, as does 0 (range is parse's)."""
    parts = _parts(PNS if name == "serial" else PPPK)
    parts[name] = number
    parts["digits"] = digits
    n = Nip(**parts)  # type: ignore[arg-type]
    assert getattr(n, name) == number
    assert n.digits == digits


@pytest.mark.parametrize(
    ("name", "value"),
    [
        ("birth_date", date(1966, 8, 2)),
        ("tmt", date(1988, 4, 1)),
        ("gender", Gender.FEMALE),
        ("serial", 2),
        ("kind", NipKind.PPPK),
    ],
)
def test_nip_constructor_refuses_digits_that_disagree_with_a_pns_part(
    name: str, value: object
) -> None:
    """Perka BKN 22/2007: YYYYMMDD YYYYMM G NNN must be the digits of the parts."""
    parts = _parts()
    parts[name] = value
    with pytest.raises(InvalidNip) as exc:
        Nip(**parts)  # type: ignore[arg-type]
    invalid_input(exc, "nip", parts["digits"])


@pytest.mark.parametrize(
    ("name", "value"),
    [
        ("birth_date", date(1990, 5, 13)),
        ("tmt", date(2023, 1, 1)),
        ("gender", Gender.MALE),
        ("serial", 6),
        ("contract_number", 2),
        ("contract_number", None),
        ("kind", NipKind.PNS),
    ],
)
def test_nip_constructor_refuses_digits_that_disagree_with_a_pppk_part(
    name: str, value: object
) -> None:
    """NI PPPK [KT2]: YYYYMMDD YYYY 2 C G NNN must be the digits of the parts."""
    parts = _parts(PPPK)
    parts[name] = value
    with pytest.raises(InvalidNip) as exc:
        Nip(**parts)  # type: ignore[arg-type]
    invalid_input(exc, "nip", parts["digits"])


def test_nip_compose_writes_each_layout() -> None:
    """Perka BKN 22/2007 (PNS) and NI PPPK: the parts give back the 18 digits, year zero-padded."""
    assert parse_nip(PNS, today=TODAY)._compose() == "196608011988031001"
    assert parse_nip(PPPK, today=TODAY)._compose() == "199005122022212005"
    early = dataclasses.replace(
        parse_nip(PPPK, today=TODAY),
        birth_date=date(990, 5, 12),
        tmt=date(995, 1, 1),
        digits="099005120995212005",
    )
    assert early._compose() == "099005120995212005"


# -- the Nip's layout, citations and the inference of skp.md §7 ----------------------------------


def test_layout_and_citations_follow_the_kind() -> None:
    """PNS: Perka BKN 22/2007 (VERIFIED); PPPK: the THIRD-PARTY NI PPPK layout (uncertain)."""
    pns, pppk = parse_nip(PNS, today=TODAY), parse_nip(PPPK, today=TODAY)
    assert pns.layout is PNS_LAYOUT
    assert pppk.layout is PPPK_LAYOUT
    assert pns.citation == PNS_LAYOUT.citation
    assert pppk.citation == PPPK_LAYOUT.citation
    assert pns.citations == (PNS_LAYOUT.citation, KIND_BY_DIGIT_13.citation)
    assert pppk.citations == (PPPK_LAYOUT.citation, KIND_BY_DIGIT_13.citation)
    given = parse_nip(PPPK, kind="pppk", today=TODAY)
    assert given.citations == (PPPK_LAYOUT.citation,)
    assert given.uncertain  # the NI PPPK layout itself is THIRD-PARTY
    assert not parse_nip(PNS, kind="pns", today=TODAY).uncertain
    assert pns.inference is nip_module._INFERRED
    assert given.inference is nip_module._GIVEN
    assert pns.kind_inferred
    assert not given.kind_inferred


def test_str_is_the_18_digits_and_formatted_groups_them() -> None:
    """Perka BKN 22/2007: YYYYMMDD YYYYMM G NNN; NI PPPK: YYYYMMDD YYYY 2 C G NNN."""
    n = parse_nip("19660801-198803-1-001", today=TODAY)
    assert str(n) == "196608011988031001"
    assert n.formatted() == PNS
    assert parse_nip("199005122022212005", today=TODAY).formatted() == PPPK


# -- parse_nip's named steps: the accepted boundaries of Perka BKN 22/2007 -----------------------


def test_today_defaults_to_the_real_date() -> None:
    """Without today= the birth date and TMT are bounded by date.today()."""
    real = date.today().replace(day=1)
    assert parse_nip(f"{real:%Y%m%d} {real:%Y%m} 1 001").birth_date == real
    nxt = real.replace(year=real.year + 1)
    with pytest.raises(InvalidNip) as exc:
        parse_nip(f"{nxt:%Y%m%d} {nxt:%Y%m} 1 001")
    assert exc.value.article == "digit 1–8: tanggal lahir"


def test_birth_year_min_1900_is_itself_accepted() -> None:
    """The library's sanity bound (nip_birth_year_min): 1900 accepted, 1899 refused."""
    assert parse_nip("19000101 192001 1 001", today=TODAY).birth_date == date(1900, 1, 1)
    assert parse_nip("19000101 1920 2 1 1 001", today=TODAY).birth_date == date(1900, 1, 1)
    err = refused("18991231 192001 1 001")
    assert "1899" in err.message
    assert "1900" in err.message


@pytest.mark.parametrize(("month", "tmt"), [("01", date(1988, 1, 1)), ("12", date(1988, 12, 1))])
def test_tmt_months_01_and_12_are_accepted_perka_bkn_22_2007(month: str, tmt: date) -> None:
    """Perka BKN 22/2007: digits 13-14 are the TMT CPNS month 01-12; the TMT is its 1st day."""
    n = parse_nip(f"19660801 1988{month} 1 001", today=TODAY)
    assert (n.tmt, n.tmt_precision, n.contract_number) == (tmt, "month", None)


def test_birth_date_digits_are_year_month_day() -> None:
    """Perka BKN 22/2007: digits 1-8 are YYYYMMDD, not another order."""
    n = parse_nip("19711230 199002 2 017", today=TODAY)
    assert (n.birth_date, n.tmt, n.gender, n.serial) == (
        date(1971, 12, 30),
        date(1990, 2, 1),
        Gender.FEMALE,
        17,
    )


@pytest.mark.parametrize("contract", [1, 9])
def test_pppk_contract_numbers_1_and_9_are_accepted(contract: int) -> None:
    """NI PPPK [KT2]: digit 14 is the perjanjian kerja number 1-9."""
    n = parse_nip(f"19900512 2022 2 {contract} 1 123", today=TODAY)
    assert (n.contract_number, n.gender, n.serial) == (contract, Gender.MALE, 123)
    assert (n.tmt, n.tmt_precision) == (date(2022, 1, 1), "year")


def test_pppk_tmt_in_the_birth_year_is_accepted() -> None:
    """NI PPPK: only the TMT year is encoded; a birth late in that year is not after it."""
    assert parse_nip("19901231 1990 2 1 1 001", today=TODAY).tmt == date(1990, 1, 1)


def test_pppk_tmt_this_year_is_accepted_not_in_the_future() -> None:
    """NI PPPK: a TMT year equal to today's year is not in the future (its 1 January)."""
    assert parse_nip("19900101 2026 2 1 1 001", today=TODAY).tmt == date(2026, 1, 1)
    assert parse_nip("19900101 2026 2 1 1 001", today=date(2026, 1, 1)).tmt.year == 2026


def test_kind_is_read_from_digit_13_skp_7() -> None:
    """skp.md §7: digit 13 is 0/1 (PNS TMT month) or 2 (PPPK code); other digits don't decide."""
    assert parse_nip("19660801 198810 1 001", today=TODAY).kind is NipKind.PNS
    assert parse_nip("19660801 198803 1 001", today=TODAY).kind is NipKind.PNS
    # digit 14 = 2 would be a PPPK code if digit 14 were read: still a PNS number
    assert parse_nip("19660801 198812 2 001", today=TODAY).kind is NipKind.PNS
    assert parse_nip(PPPK, today=TODAY).kind is NipKind.PPPK
    err = refused("19660801 198833 1 001")
    assert "'3'" in err.message
    assert "'3'" in err.message_en


@pytest.mark.parametrize("kind", [NipKind.PNS, "pns", "PNS"])
def test_kind_given_is_used_and_not_inferred(kind: object) -> None:
    n = parse_nip(PNS, kind=kind, today=TODAY)  # type: ignore[arg-type]
    assert (n.kind, n.kind_inferred) == (NipKind.PNS, False)


def test_sex_digit_perka_bkn_22_2007_1_male_2_female() -> None:
    assert parse_nip("19660801 198803 1 001", today=TODAY).gender is Gender.MALE
    assert parse_nip("19660801 198803 2 001", today=TODAY).gender is Gender.FEMALE
    assert parse_nip("19900512 2022 2 1 1 005", today=TODAY).gender is Gender.MALE
    err = refused("19660801 198803 0 001")
    assert err.rule == PERKA
    assert "1/2" in err.message
    assert "1/2" in err.message_en


def test_serial_range_001_999_names_the_range() -> None:
    """Perka BKN 43/2007: nomor urut starts at 001; 999 the last of three digits."""
    assert parse_nip("19660801 198803 1 999", today=TODAY).serial == 999
    assert parse_nip("19660801 198803 1 001", today=TODAY).serial == 1
    err = refused("19660801 198803 1 000")
    assert "001-999" in err.message
    assert "001-999" in err.message_en


def test_error_without_a_field_has_no_article_and_with_one_names_positions() -> None:
    """_error: the rule of the layout, the digit positions and name of the group."""
    e = nip_module._error("x", None, PNS_LAYOUT, "v", message_en="y")
    assert (e.field, e.rule, e.article, e.value, e.message, e.message_en) == (
        "nip",
        PERKA,
        None,
        "v",
        "x",
        "y",
    )
    e = nip_module._error("x", nip_module._CONTRACT, PPPK_LAYOUT, "v")
    assert (e.rule, e.article, e.message_en) == (NI_PPPK, "digit 14: perjanjian kerja ke-", None)


def test_wrong_length_names_both_lengths() -> None:
    err = refused("1966080119880310011")
    assert "18" in err.message
    assert "19" in err.message
    assert "18" in err.message_en
    assert "19" in err.message_en
    assert err.article is None


def test_minimum_age_exactly_reached_is_accepted_pppk_and_pns() -> None:
    """skp.md §6 (caller's min_age_years): a TMT on the day the age is reached is accepted."""
    assert parse_nip("20000101 201801 1 001", min_age_years=18, today=TODAY).tmt.year == 2018
    assert parse_nip("20001231 2018 2 1 1 001", min_age_years=18, today=TODAY).tmt.year == 2018
    err = refused("20000102 201801 1 001", min_age_years=18)
    assert "2018-01-02" in err.message_en  # type: ignore[operator]
    assert "18" in err.message


def test_minimum_age_threshold_on_the_last_calendar_year_is_a_date() -> None:
    """birth.year + min_age == 9999 is still computed as a date; 10000 names only the year."""
    err = refused(PNS, min_age_years=9999 - 1966)
    assert "9999-08-01" in err.message_en  # type: ignore[operator]
    err = refused(PNS, min_age_years=9999 - 1966 + 1)
    assert "tahun 10000" in err.message
    assert "10000" in err.message_en  # type: ignore[operator]


# -- the rule data as read from rules/nip/perka_bkn_22_2007.toml ---------------------------------


def test_rule_file_reread_gives_the_perka_bkn_22_2007_values() -> None:
    """Reading the shipped rule file again gives the layouts, digit maps and ranges in use."""
    params = nip_module._load_params()
    assert params["nip_length"].get() == 18
    assert params["nip_pns_layout"].get() == (
        DigitField("tanggal lahir", 1, 8),
        DigitField("TMT CPNS", 9, 6),
        DigitField("jenis kelamin", 15, 1),
        DigitField("nomor urut", 16, 3),
    )
    assert params["ni_pppk_layout"].get() == PPPK_LAYOUT.get()
    assert [f.length for f in PPPK_LAYOUT.get()] == [8, 4, 1, 1, 1, 3]
    assert params["nip_gender_digits"].get() == (("1", Gender.MALE), ("2", Gender.FEMALE))
    assert params["nip_kind_by_digit_13"].get() == (
        ("0", NipKind.PNS),
        ("1", NipKind.PNS),
        ("2", NipKind.PPPK),
    )
    assert params["ni_pppk_code"].get() == "2"
    assert params["ni_pppk_contract_range"].get() == (1, 9)
    assert params["nip_serial_range"].get() == (1, 999)
    assert params["nip_birth_year_min"].get() == 1900
    assert params["nip_pns_layout"].citation == PNS_LAYOUT.citation
    assert params["nip_serial_range"].citation == SERIAL_RANGE.citation


def test_rule_values_are_converted_by_key() -> None:
    """_nip_value: layouts to DigitFields, digit maps to enum pairs, ranges to (min, max)."""
    where = None
    conv = nip_module._nip_value
    layout = [{"name": "a", "start": 1, "length": 18}]
    assert conv("nip_pns_layout", layout, where) == (DigitField("a", 1, 18),)
    assert conv("ni_pppk_layout", layout, where) == (DigitField("a", 1, 18),)
    assert conv("nip_gender_digits", {"1": "laki_laki"}, where) == (("1", Gender.MALE),)
    assert conv("nip_kind_by_digit_13", {"2": "pppk"}, where) == (("2", NipKind.PPPK),)
    assert conv("ni_pppk_contract_range", {"min": 1, "max": 9}, where) == (1, 9)
    assert conv("nip_serial_range", {"min": 1, "max": 999}, where) == (1, 999)
    assert conv("nip_length", 18, where) == 18
    assert conv("ni_pppk_code", "2", where) == "2"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("male", Gender.MALE),
        ("L", Gender.MALE),
        ("female", Gender.FEMALE),
        ("Laki Laki", Gender.MALE),
    ],
)
def test_gender_aliases(text: str, expected: Gender) -> None:
    assert Gender(text) is expected


def test_kind_aliases_cpns_is_pns() -> None:
    assert NipKind("CPNS") is NipKind.PNS
    assert NipKind("p-3-k") is NipKind.PPPK


def test_code_of_a_non_text_is_none() -> None:
    assert nip_module._code(1, {"1": "x"}) is None
    assert nip_module._code(" P_3-K ", {"p3k": "pppk"}) == "pppk"
    assert nip_module._code("zz", {"p3k": "pppk"}) is None


# -- the texts name what was read: position, month -----------------------------------------------


def test_non_digit_position_is_1_based_in_both_texts() -> None:
    """The refusal of a non-digit (Perka BKN 22/2007: 18 digits) counts positions from 1."""
    err = refused("19660801 198803 1 00X")
    assert "18" in err.message_en  # type: ignore[operator]
    assert "'X'" in err.message_en  # type: ignore[operator]
    err = refused("X9660801 198803 1 001")
    assert "position 1 " in err.message_en  # type: ignore[operator]
    err = refused("1X660801 198803 1 001")
    assert "posisi 2 " in err.message
    assert "position 2 " in err.message_en  # type: ignore[operator]


def test_tmt_month_refusal_names_the_month_in_both_texts() -> None:
    """Perka BKN 22/2007: digits 13-14 (the TMT CPNS month) are named as typed."""
    err = refused("19660801 198813 1 001")
    assert "13" in err.message
    assert "month 13 " in err.message_en  # type: ignore[operator]


# -- _pairs: a parameter's pairs as a dict, made once per value ----------------------------------


def test_pairs_are_made_once_per_value() -> None:
    """The digit maps (GENDER_DIGITS, KIND_BY_DIGIT_13) are looked up as one dict per value."""
    value = (("a", 1), ("b", 2))
    first = nip_module._pairs(value)
    assert first == {"a": 1, "b": 2}
    assert nip_module._pairs(value) is first
    assert nip_module._PAIRS[id(value)][0] is value


def test_pairs_rebuild_a_stale_entry_of_another_value(monkeypatch: pytest.MonkeyPatch) -> None:
    """An entry left under the same id by another (freed) value is not reused."""
    value = (("a", 1),)
    monkeypatch.setattr(nip_module, "_PAIRS", {id(value): ((("z", 9),), {"z": 9})})
    assert nip_module._pairs(value) == {"a": 1}


def test_pairs_cache_is_bounded(monkeypatch: pytest.MonkeyPatch) -> None:
    """More than 64 cached values empty the cache before the next is added."""
    cache: dict[int, tuple[object, dict[object, object]]] = {}
    monkeypatch.setattr(nip_module, "_PAIRS", cache)
    kept = [((str(i), i),) for i in range(66)]
    for value in kept[:64]:
        nip_module._pairs(value)
    assert len(cache) == 64
    nip_module._pairs(kept[64])
    assert len(cache) == 65
    nip_module._pairs(kept[65])
    assert len(cache) == 1
    assert nip_module._pairs(kept[65]) == {"65": 65}
