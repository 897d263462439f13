"""Tests that kill the mutants of ``skp/regime.py`` (issue 10): which appraisal regime applies,
by date or by period (skp.md §1.1), the agency-dependent switch to PP 30/2019 in 2021
(SE Sekjen KemenkumHAM SEK-04.KP.05.02/2021 [K17]) and a user's successor regime file."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import pytest

from _explained import check_refusal
from inovasi_daerah import skp
from inovasi_daerah.errors import DataIntegrityError, InvalidInput, NoRuleSetInForce
from inovasi_daerah.skp import Period, permenpanrb_6_2022, pp30, pp46, regime

SHIPPED = Path(regime.__file__).parent.parent / "rules" / "skp" / "permenpanrb_6_2022.toml"


def test_switch_bounds_are_inclusive_k17() -> None:
    """The switch may lie anywhere from 2021-01-01 to 2022-01-01 ("never"), both included."""
    early = skp.regime_for("2021-01-01", pp30_start="2021-01-01")
    assert early.id == "pp30_2019"
    assert early.valid_from == date(2021, 1, 1)
    assert early.boundary_override == "pp30_start=2021-01-01 (instansi)"
    late = skp.regime_for("2021-12-31", pp30_start="2022-01-01")
    assert late.id == "pp46_2011"
    assert late.valid_to == date(2021, 12, 31)
    assert late.boundary_override == "pp30_start=2022-01-01 (instansi)"
    assert skp.regime_for("2022-01-01", pp30_start="2022-01-01") is permenpanrb_6_2022.RULES


def test_switch_moved_keeps_the_day_before_in_pp46_k17() -> None:
    before = skp.regime_for("2021-08-31", pp30_start="2021-09-01")
    assert before.id == "pp46_2011"
    assert before.valid_to == date(2021, 8, 31)
    after = skp.regime_for("2021-09-01", pp30_start="2021-09-01")
    assert after.id == "pp30_2019"
    assert after.valid_to == pp30.RULES.valid_to


def test_default_switch_given_explicitly_is_the_shipped_registry_k17() -> None:
    r = skp.regime_for("2021-07-01", pp30_start="2021-07-01")
    assert r is pp30.RULES
    assert r.boundary_override is None
    assert skp.regime_for("2021-06-30", pp30_start=date(2021, 7, 1)) is pp46.RULES


@pytest.mark.parametrize(
    ("bad", "value"), [("2020-12-31", "2020-12-31"), ("2022-01-02", "2022-01-02")]
)
def test_switch_outside_2021_is_refused_naming_pp30_start(bad: str, value: str) -> None:
    with pytest.raises(InvalidInput) as exc:
        skp.regime_for("2021-08-01", pp30_start=bad)
    check_refusal(exc.value, "pp30_start", value=value)
    assert "2021-01-01" in exc.value.message
    assert "2022-01-01" in (exc.value.message_en or "")


def test_switch_that_is_not_a_date_names_pp30_start() -> None:
    with pytest.raises(InvalidInput) as exc:
        skp.regime_for("2021-08-01", pp30_start="kemarin")
    assert exc.value.field == "pp30_start"


def test_before_2014_names_the_date_and_the_pp46_article() -> None:
    with pytest.raises(NoRuleSetInForce) as exc:
        skp.regime_for(date(2013, 12, 31))
    check_refusal(exc.value, "date", value="2013-12-31")
    assert exc.value.article == pp46.RULES.citation.label()
    assert "2013-12-31" in (exc.value.message_en or "")


def test_a_date_that_is_not_a_date_names_date() -> None:
    with pytest.raises(InvalidInput) as exc:
        skp.regime_for("kemarin")
    assert exc.value.field == "date"


def test_split_by_regime_with_a_moved_switch_k17() -> None:
    parts = skp.split_by_regime(Period.year(2021), pp30_start="2021-04-01")
    assert [(p.start, p.end) for p in parts] == [
        (date(2021, 1, 1), date(2021, 3, 31)),
        (date(2021, 4, 1), date(2021, 12, 31)),
    ]
    one = skp.split_by_regime({"mulai": "2023-01-01", "selesai": "2023-12-31"})
    assert [(p.start, p.end) for p in one] == [(date(2023, 1, 1), date(2023, 12, 31))]
    day = skp.split_by_regime({"mulai": "2021-06-30", "selesai": "2021-07-01"})
    assert [(p.start, p.end) for p in day] == [
        (date(2021, 6, 30), date(2021, 6, 30)),
        (date(2021, 7, 1), date(2021, 7, 1)),
    ]


@pytest.mark.parametrize("call", [skp.split_by_regime, skp.period_regime])
def test_period_that_is_not_a_period_names_period(call: Any) -> None:
    with pytest.raises(InvalidInput) as exc:
        call(5)
    assert exc.value.field is not None
    assert exc.value.field.startswith("period")


def test_period_regime_follows_the_moved_switch_k17() -> None:
    h1 = {"mulai": "2021-01-01", "selesai": "2021-03-31"}
    assert skp.period_regime(h1).id == "pp46_2011"
    assert skp.period_regime(h1, pp30_start="2021-01-01").id == "pp30_2019"
    last_day = {"mulai": "2021-06-01", "selesai": "2021-06-30"}
    assert skp.period_regime(last_day) is pp46.RULES


def test_straddling_period_names_period_article_and_parts() -> None:
    with pytest.raises(InvalidInput) as exc:
        skp.period_regime(Period.year(2021), pp30_start="2021-04-01")
    check_refusal(exc.value, "period", value=Period.year(2021).label)
    assert exc.value.article == pp46.RULES.citation.label()
    assert "2021-01-01..2021-03-31, 2021-04-01..2021-12-31" in (exc.value.message_en or "")


# -- a user's successor regime (skp.md §4, §10) ---------------------------------------------
def _user_file(tmp_path: Path, start: str, new_id: str = "permenpanrb_contoh_2027") -> Path:
    text = SHIPPED.read_text(encoding="utf-8")
    text = text.replace('id = "permenpanrb_6_2022"', f'id = "{new_id}"')
    text = text.replace(
        "checked = 2026-11-01", f"checked = 2026-11-01\nvalid = {{ from = {start} }}"
    )
    p = tmp_path / f"{new_id}.toml"
    p.write_text(text, encoding="utf-8")
    return p


def test_user_regime_cites_its_file_and_closes_the_previous_regime(tmp_path: Path) -> None:
    path = _user_file(tmp_path, "2027-01-01")
    reg = skp.load_regime(str(path))
    assert reg.citation.url == path.resolve().as_uri()
    shipped_note = permenpanrb_6_2022.RULES.citation.note
    assert shipped_note  # the shipped file's citation has a note: the file is added to it
    assert reg.citation.note == f"{shipped_note}; rule file: {path.name}"
    assert skp.regime_for("2027-01-01") is reg
    assert skp.regime_for("2026-12-31").valid_to == date(2026, 12, 31)
    assert regime._USER_REGIMES[reg.id] is reg


def test_a_second_user_regime_joins_the_first(tmp_path: Path) -> None:
    first = skp.load_regime(_user_file(tmp_path, "2027-01-01"))
    second = skp.load_regime(_user_file(tmp_path, "2029-01-01", "permenpanrb_contoh_2029"))
    assert skp.regime_for("2028-12-31").id == first.id
    assert skp.regime_for("2028-12-31").valid_to == date(2028, 12, 31)
    assert skp.regime_for("2029-01-01") is second


def test_user_regime_overlapping_names_the_file(tmp_path: Path) -> None:
    with pytest.raises(DataIntegrityError) as exc:
        skp.load_regime(_user_file(tmp_path, "2021-10-01"))
    assert exc.value.field is not None
    assert exc.value.field.startswith("permenpanrb_contoh_2027.toml: ")
    assert skp.regime_for("2021-11-01") is pp30.RULES


def test_user_regime_with_a_shipped_id_names_the_file(tmp_path: Path) -> None:
    p = tmp_path / "pm6.toml"
    p.write_text(SHIPPED.read_text(encoding="utf-8"), encoding="utf-8")
    with pytest.raises(DataIntegrityError) as exc:
        skp.load_regime(p)
    assert exc.value.field == "pm6.toml: id"
    assert exc.value.message_en


def test_load_regime_refuses_a_path_that_is_not_one() -> None:
    with pytest.raises(InvalidInput) as exc:
        skp.load_regime(5)  # type: ignore[arg-type]
    assert exc.value.field == "path"
