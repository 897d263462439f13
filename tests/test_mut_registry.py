"""Tests that kill the mutants of ``iga/registry.py`` (issue 10): picking the IGA edition by year
or by date (each edition in force for its calendar year; a later date gets the last edition
only flagged as "latest known rules", iid_iga.md §15 item 2; forecasts 2027–2029 only on
request), registering a user's edition, and the shipped registry built again from its files
(it is filled once per process, so only a new instance runs its loader under a mutant)."""

from __future__ import annotations

import dataclasses
from datetime import date

import pytest

from inovasi_daerah.errors import DataIntegrityError, InvalidInput, NoRuleSetInForce
from inovasi_daerah.iga import registry as R
from inovasi_daerah.iga.model import Edition
from inovasi_daerah.law import Status


@pytest.fixture(autouse=True)
def _no_flagged_copies(monkeypatch: pytest.MonkeyPatch) -> None:
    """The flagged "latest known" copies are kept per process: start each test without them, so
    the copy is made under the test (and under mutmut's mutant)."""
    monkeypatch.setattr(R, "_LATEST", {})


SHIPPED = ["iga-2023", "iga-2024", "iga-2025", "iga-2026"]
FORECASTS = ["iga-2027-forecast", "iga-2028-forecast", "iga-2029-forecast"]


def _user(year: int, ident: str | None = None, *, to: date | None = None) -> Edition:
    """A region's own edition for ``year`` (the 2026 rules, dated for that year)."""
    return dataclasses.replace(
        R.edition(2026),
        id=ident or f"iga-{year}-daerah",
        year=year,
        valid_from=date(year, 1, 1),
        valid_to=to,
    )


# -- the shipped registry, built again --------------------------------------------------------


def test_a_new_shipped_registry_loads_the_four_editions_in_force_order() -> None:
    """iid_iga.md: the editions 2023–2026 in force, one per calendar year, covered from
    1 January 2023; every look-up of a new registry loads the files first."""
    for look in (
        lambda g: [e.id for e in g],
        lambda g: len(g),
        lambda g: g.get("iga-2025").id,
        lambda g: g.in_force("2024-06-30").id,
        lambda g: g.check(),
    ):
        fresh = R._ShippedRegistry()
        assert fresh._loaded is False
        look(fresh)
        assert fresh._loaded is True
        assert [e.id for e in fresh._sets] == SHIPPED
    fresh = R._ShippedRegistry()
    assert fresh.family == "iga"
    assert fresh.title.en == "Innovative Government Award"
    assert fresh.title.id == "Innovative Government Award"
    assert fresh.covers_from == date(2023, 1, 1)
    assert len(fresh) == 4
    assert fresh.in_force("2023-01-01").id == "iga-2023"
    assert fresh.in_force("2026-12-31").id == "iga-2026"
    with pytest.raises(NoRuleSetInForce):
        fresh.in_force("2022-12-31")


def test_a_new_shipped_registry_loads_once_and_registers_after_the_shipped() -> None:
    """A user's edition registered on a new registry comes after the four shipped ones; a
    second look-up does not load them again."""
    fresh = R._ShippedRegistry()
    fresh.register(_user(2027, to=date(2027, 12, 31)))
    assert [e.id for e in fresh] == [*SHIPPED, "iga-2027-daerah"]
    assert len(fresh) == 5
    fresh.check()
    assert fresh.get("iga-2027-daerah").year == 2027


# -- edition(year) ------------------------------------------------------------------------------


@pytest.mark.parametrize("year", [2023, 2024, 2025, 2026])
def test_edition_by_year(year: int) -> None:
    """Each shipped edition by its year."""
    e = R.edition(year)
    assert e.id == f"iga-{year}"
    assert e.year == year
    assert e.forecast is False


@pytest.mark.parametrize("year", [2023.0, "2026", True, None])
def test_edition_year_must_be_an_integer(year: object) -> None:
    """The year is an int (not a bool, float or text): the refusal names ``year``."""
    with pytest.raises(InvalidInput) as caught:
        R.edition(year)  # type: ignore[arg-type]
    assert caught.value.field == "year"
    assert caught.value.value == year
    assert "integer" in (caught.value.message_en or "")


@pytest.mark.parametrize("year", [0, -1, 10_000, 10**50])
def test_edition_year_out_of_range_is_refused_before_formatting(year: int) -> None:
    """A year outside 1–9999 is refused as out of range (bounded before any message is
    formatted with it)."""
    with pytest.raises(InvalidInput) as caught:
        R.edition(year)
    assert caught.value.field == "year"
    assert caught.value.value == year
    assert "out of range" in (caught.value.message_en or "")


@pytest.mark.parametrize("year", [1, 9_999])
def test_edition_years_at_the_range_edges_are_unknown_not_out_of_range(year: int) -> None:
    """1 and 9999 are in range: the refusal is "no edition", listing the known ones."""
    with pytest.raises(InvalidInput) as caught:
        R.edition(year)
    assert caught.value.field == "year"
    assert caught.value.value == year
    assert "known: [2023, 2024, 2025, 2026, '2027 (forecast)', '2028 (forecast)', " in (
        caught.value.message_en or ""
    )


@pytest.mark.parametrize("year", [2027, 2028, 2029])
def test_forecasts_only_on_request(year: int) -> None:
    """iid_iga.md §15: the forecasts 2027–2029 are given only with ``forecast=True``; without
    it the refusal says how to ask."""
    f = R.edition(year, forecast=True)
    assert f.id == f"iga-{year}-forecast"
    assert f.forecast is True
    with pytest.raises(InvalidInput) as caught:
        R.edition(year)
    assert caught.value.field == "year"
    assert caught.value.value == year
    assert f"edition({year}, forecast=True)" in (caught.value.message_en or "")


def test_editions_lists_forecasts_only_on_request() -> None:
    """``editions()`` gives the four in force; with ``forecast=True`` the three forecasts
    follow in year order."""
    assert [e.id for e in R.editions()] == SHIPPED
    assert [e.id for e in R.editions(forecast=True)] == [*SHIPPED, *FORECASTS]


# -- edition_for(date) --------------------------------------------------------------------------


def test_edition_for_a_date_in_each_calendar_year() -> None:
    """Each edition is in force for its calendar year; before 2023 no edition is."""
    assert R.edition_for("2023-01-01").id == "iga-2023"
    assert R.edition_for(date(2024, 12, 31)).id == "iga-2024"
    assert R.edition_for("2026-12-31").id == "iga-2026"
    assert R.edition_for("2026-12-31").latest_known is None
    with pytest.raises(NoRuleSetInForce):
        R.edition_for("2022-12-31")


def test_after_the_last_edition_the_latest_known_rules_are_flagged() -> None:
    """iid_iga.md §15 item 2: a date after the last edition's year gets that edition as the
    latest known rules — open-ended, with an UNCERTAIN citation saying so and a note — never a
    forecast; the flagged copy is made once per last edition."""
    got = R.edition_for("2027-01-01")
    last = R.edition(2026)
    assert got.id == "iga-2026"
    assert got.forecast is False
    assert got.valid_to is None
    assert got.valid_from == last.valid_from
    flag = got.latest_known
    assert flag is not None
    assert flag.status is Status.UNCERTAIN
    assert flag.article == "§15 item 2 (a date after the last known edition)"
    assert flag.note == (
        "no IGA edition is known after 2026: the rules of IGA 2026 are used as the latest "
        "known rules, not as rules known to be in force; forecasts (2027-2029) are never "
        "chosen by date"
    )
    assert got.notes[:-1] == last.notes
    assert "IGA 2026" in got.notes[-1].en
    assert R.edition_for("2040-05-05") is got


def test_the_flagged_copy_follows_a_changed_last_edition() -> None:
    """A flagged copy is made again when the last edition changed (another citation alone, or
    another start alone), and kept while it did not."""
    last = R.edition(2026)
    first = R._latest_known(last)
    assert R._latest_known(last) is first
    recited = dataclasses.replace(
        last, citation=last.citation.model_copy(update={"note": "another source"})
    )
    second = R._latest_known(recited)
    assert second is not first
    assert second.citation.note == "another source"
    assert R._latest_known(recited) is second
    moved = dataclasses.replace(recited, valid_from=date(2026, 2, 1))
    third = R._latest_known(moved)
    assert third is not second
    assert third.valid_from == date(2026, 2, 1)
    for flagged in (first, second, third):
        assert flagged.valid_to is None
        assert flagged.latest_known is not None
        assert flagged.latest_known.status is Status.UNCERTAIN


# -- a user's edition ---------------------------------------------------------------------------


def test_a_user_edition_after_the_last_is_in_force_and_found_by_year() -> None:
    """A region's edition for 2027 joins after 2026: in force from 1 January 2027, found by
    year and date (no longer flagged), listed by ``editions``."""
    R.register_user_edition(_user(2027))
    assert [e.id for e in R.editions()] == [*SHIPPED, "iga-2027-daerah"]
    assert R.edition(2027).id == "iga-2027-daerah"
    assert R.edition(2026).id == "iga-2026"  # with a user edition: looked up in the registry
    got = R.edition_for("2031-01-01")
    assert got.id == "iga-2027-daerah"
    assert got.latest_known is None
    # the 2027 forecast is shadowed by the edition in force for that year
    assert [e.id for e in R.editions(forecast=True)] == [
        *SHIPPED,
        "iga-2027-daerah",
        *FORECASTS[1:],
    ]


def test_an_open_ended_user_edition_ends_the_day_before_the_next() -> None:
    """An open-ended edition stays in force until the day before the next one starts; a file
    loaded again with the same id replaces the earlier one."""
    R.register_user_edition(_user(2027))
    R.register_user_edition(_user(2028))
    ids = [(e.id, e.valid_from, e.valid_to) for e in R.REGISTRY]
    assert ids[-2:] == [
        ("iga-2027-daerah", date(2027, 1, 1), date(2027, 12, 31)),
        ("iga-2028-daerah", date(2028, 1, 1), None),
    ]
    R.register_user_edition(_user(2028, to=date(2028, 6, 30)))
    assert R.REGISTRY.get("iga-2028-daerah").valid_to == date(2028, 6, 30)
    assert len(R.REGISTRY) == 6


def test_a_user_edition_leaving_a_gap_is_refused_and_nothing_changes() -> None:
    """Editions may not leave a gap: 2028 straight after 2026 is refused before anything is
    registered."""
    with pytest.raises(DataIntegrityError):
        R.register_user_edition(_user(2028))
    assert [e.id for e in R.REGISTRY] == SHIPPED
    assert "iga-2028-daerah" not in R._USER_EDITIONS


def test_a_user_forecast_is_reachable_only_as_a_forecast() -> None:
    """A user's forecast replaces the forecast of its year and is not in force."""
    mine = dataclasses.replace(R.edition(2028, forecast=True), id="iga-2028-prakiraan-daerah")
    R.register_user_edition(mine)
    assert R.edition(2028, forecast=True) is mine
    assert [e.id for e in R.REGISTRY] == SHIPPED
    assert {2028: mine} == R._USER_FORECASTS


def test_a_shipped_id_cannot_be_replaced() -> None:
    """The shipped editions' ids (in force or forecast) are reserved."""
    for ident in ("iga-2026", "iga-2027-forecast"):
        with pytest.raises(DataIntegrityError) as caught:
            R.register_user_edition(_user(2027, ident))
        assert caught.value.field == ident
        assert "cannot be replaced" in (caught.value.message_en or "")
    assert [e.id for e in R.REGISTRY] == SHIPPED


def test_register_refuses_anything_but_an_edition() -> None:
    """Only an IGA Edition is registered; the refusal names ``new`` and the type given."""
    with pytest.raises(InvalidInput) as caught:
        R.register_user_edition({"id": "iga-2027"})  # type: ignore[arg-type]
    assert caught.value.field == "new"
    assert caught.value.value == "dict"
    assert "IGA Edition" in (caught.value.message_en or "")


def test_two_user_editions_starting_the_same_day_overlap() -> None:
    """Validity may not overlap: a second edition starting the same day as an open-ended one
    is refused as an overlap of the family (the first is not cut to end before it starts)."""
    R.register_user_edition(_user(2027))
    with pytest.raises(DataIntegrityError) as caught:
        R.register_user_edition(_user(2027, "iga-2027-lain"))
    assert caught.value.field == "iga.valid_to"
    assert "overlap" in (caught.value.message_en or "")
    assert [e.id for e in R.REGISTRY] == [*SHIPPED, "iga-2027-daerah"]
