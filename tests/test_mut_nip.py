"""NIP rules (Perka BKN 22/2007; NI PPPK THIRD-PARTY [KT2]) that no other test pinned.

Written to kill the mutants ``scripts/mutation.py`` found surviving in ``nip.py``: every
refusal names the field, the rule, the digit positions and the value given; the boundaries
(today, age 0) are accepted; the layout integrity check refuses broken layouts.
"""

from __future__ import annotations

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
    assert err.value == text
    return err


def invalid_input(exc: pytest.ExceptionInfo[InovasiDaerahError], field: str, value: object) -> None:
    assert exc.value.field == field
    assert exc.value.value == value
    assert isinstance(exc.value.message, str)
    assert exc.value.message


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
