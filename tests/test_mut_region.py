"""Tests that kill the mutants of ``clinic/region.py`` (issue 10): advice for a region — the
value of one more innovation and of one more yandas innovation with the edition's IID formula
(iid_iga.md §3.4-§3.6), the yandas minimum (Pedoman IGA 2026 [T2]: ≥ 5 of 6), the greedy path
to the next predicate band (iid_iga.md §3.7) and an office's contribution."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

import pytest

from inovasi_daerah import iga
from inovasi_daerah.clinic import office_contribution
from inovasi_daerah.clinic import region as reg
from inovasi_daerah.clinic.region import advise_region
from inovasi_daerah.errors import InvalidInput
from inovasi_daerah.examples import payakumbuh
from inovasi_daerah.models.profile import RegionalProfile

EX = payakumbuh()
PROFILE = RegionalProfile.model_validate({"government": EX.government, "indicators": EX.spd_levels})
R26 = iga.edition(2026)
R23 = iga.edition(2023)


def _advice(rules: iga.Edition = R26, **kw: Any) -> reg.RegionAdvice:
    return advise_region(EX.government, EX.innovations, rules, profile=PROFILE, **kw)


def test_one_more_innovation_uses_the_average_maturity_by_default_iid_iga_3() -> None:
    a = _advice()
    cur = a.current
    assert a.new_maturity == cur.maturity_sum / cur.n
    again = iga.index(
        spd=cur.spd,
        maturities=[*[cur.maturity_sum / cur.n] * (cur.n + 1)],
        yandas_covered=cur.yandas_covered,
        rules=R26,
    )
    assert a.one_more_gain == again.value - cur.value


def test_without_innovations_a_new_one_is_half_the_maximum() -> None:
    a = advise_region(EX.government, [], R26, profile=PROFILE)
    assert a.new_maturity == R26.sid_max / 2
    assert a.path[0].kind == "new_innovation"
    assert a.path[0].target == "new_yandas"
    assert a.path[0].text.en == "Add one innovation (maturity 55.50) — yandas"


def test_one_more_yandas_innovation_counts_one_more_urusan_iid_iga_3_6() -> None:
    only_pupr = [
        i for i in EX.innovations if i.main_urusan and i.main_urusan.value.startswith("pek")
    ]
    a = advise_region(EX.government, only_pupr, R26, profile=PROFILE, new_maturity=60)
    cur = a.current
    with_y = iga.index_value(
        spd=cur.spd,
        maturity_sum=cur.maturity_sum + 60,
        n=cur.n + 1,
        yandas_covered=cur.yandas_covered + 1,
        rules=R26,
    ).value
    assert a.one_more_yandas_gain == with_y - cur.value
    assert a.yandas_needed == int(R26.yandas_minimum.get()) - cur.yandas_covered
    assert len(a.missing_yandas) == 6 - cur.yandas_covered


def test_all_yandas_covered_gives_no_yandas_gain_and_none_needed() -> None:
    a = _advice()
    assert a.missing_yandas == ()
    assert a.one_more_yandas_gain is None
    assert a.yandas_needed == 0


@pytest.mark.parametrize("m", [0, 111, Decimal("0.5")])
def test_new_maturity_range_is_inclusive(m: Any) -> None:
    assert _advice(new_maturity=m).new_maturity == Decimal(m)


@pytest.mark.parametrize("m", [-1, 112, "x", [1]])
def test_new_maturity_outside_the_range_names_the_field(m: Any) -> None:
    with pytest.raises(InvalidInput) as exc:
        _advice(new_maturity=m)
    assert exc.value.field == "new_maturity"
    assert exc.value.value == m
    assert exc.value.message_en


def test_path_to_inovatif_2026_takes_the_heaviest_spd_rows_first_iid_iga_3_7() -> None:
    a = _advice()
    assert a.next_predicate is iga.Predicate.INNOVATIVE
    assert a.reachable
    assert [(s.kind, s.target) for s in a.path] == [("spd", "SPD 12"), ("spd", "SPD 6")]
    first = a.path[0]
    assert first.gain == Decimal("0.80")
    assert first.value_after == a.current.value + Decimal("0.80")
    assert first.text.id.startswith("Naikkan SPD 12 ")
    assert first.text.id.endswith(" ke level 3")
    assert a.path[-1].value_after >= Decimal("40.01")
    assert a.path[-2 if len(a.path) > 1 else 0].value_after < Decimal("40.01")
    assert first.to_dict() == {
        "kind": "spd",
        "target": "SPD 12",
        "text": first.text.model_dump(),
        "gain": "0.80",
        "value_after": str(first.value_after),
    }


def test_path_raises_sid_indicators_and_adds_innovations_when_spd_is_full() -> None:
    full = RegionalProfile.model_validate(
        {
            "government": EX.government,
            "indicators": dict.fromkeys(EX.spd_levels, 3),
        }
    )
    # a new innovation of maturity 0 only lowers the average: the indicators are raised
    a = advise_region(EX.government, EX.innovations, R23, profile=full, new_maturity=0)
    kinds = {s.kind for s in a.path}
    assert kinds == {"sid"}
    assert a.path[0].gain > 0
    sid = next(s for s in a.path if s.kind == "sid")
    assert ":" in sid.target
    assert sid.text.en.split(": raise indicator ")[1].split(" to level ")[1].isdigit()
    gains = [s.gain for s in a.path]
    assert all(g > 0 for g in gains)
    assert a.path[-1].value_after - a.current.value == sum(gains, Decimal(0))


def test_next_band_is_the_first_band_starting_above_the_value_iid_iga_3_7() -> None:
    """Bands of IGA 2026: Inovatif from 40.01, Sangat Inovatif from 65.01."""
    assert reg._next_band_low(R26, Decimal(40)) == (iga.Predicate.INNOVATIVE, Decimal("40.01"))
    assert reg._next_band_low(R26, Decimal("40.01")) == (
        iga.Predicate.VERY_INNOVATIVE,
        Decimal("65.01"),
    )
    assert reg._next_band_low(R26, Decimal("65.01")) == (None, None)


def test_explanation_holds_the_index_one_more_and_the_path() -> None:
    a = _advice()
    e = a.explanation
    assert e.key == "clinic.region"
    assert e.value == a.current.value
    assert e.note is not None
    assert e.note.en == "towards Inovatif"
    one = e.children[1]
    assert one.key == "clinic.one_more"
    assert one.value == a.one_more_gain
    assert dict(one.inputs) == {"new_maturity": a.new_maturity}
    assert one.citations == (R26.citation,)
    assert one.rule is not None
    step = e.children[2]
    assert step.key == "clinic.path.1"
    assert step.value == a.path[0].gain
    assert dict(step.inputs) == {"iid_after": a.path[0].value_after}
    assert e.children[3].key == "clinic.path.2"
    d = a.to_dict()
    assert d["reachable"] is True
    assert d["next_predicate"] == "Inovatif"
    assert d["missing_yandas"] == []
    assert len(d["path"]) == 2


@pytest.mark.parametrize(
    ("innovations", "field"),
    [
        ("abc", "innovations"),
        ({"a": 1}, "innovations"),
        (5, "innovations"),
        ([5], "innovations[0]"),
    ],
)
def test_innovations_must_be_a_list_of_innovations(innovations: Any, field: str) -> None:
    with pytest.raises(InvalidInput) as exc:
        advise_region(EX.government, innovations, R26)
    assert exc.value.field == field
    assert exc.value.message_en


def test_rules_must_be_an_edition() -> None:
    with pytest.raises(InvalidInput) as exc:
        advise_region(EX.government, EX.innovations, "2026")  # type: ignore[arg-type]
    assert exc.value.field == "rules"
    assert exc.value.value == "2026"


# -- office contribution ---------------------------------------------------------------------
def test_office_found_by_name_short_name_any_case() -> None:
    by_name = office_contribution(EX.government, EX.innovations, EX.office.name, R23)
    spelled = f"  {EX.office.name.upper()} "
    by_short = office_contribution(EX.government, EX.innovations, spelled, R23)
    assert by_name.gain == by_short.gain
    assert by_short.office == spelled
    e = by_short.explanation
    assert e.key == "clinic.contribution"
    assert e.value == by_short.gain
    assert e.children == (by_short.with_office.explanation, by_short.without_office.explanation)
    assert e.rule is not None
    assert EX.office.name.upper() in e.title.en
    d = by_short.to_dict()
    assert d["with"]["n"] == 16
    assert d["without"]["n"] == 0


@pytest.mark.parametrize(
    ("office", "rules", "field"),
    [("", R23, "office"), (5, R23, "office"), ("Dinas Lain", R23, "office"), ("x", "r", "rules")],
)
def test_office_contribution_refusals_name_the_field(office: Any, rules: Any, field: str) -> None:
    with pytest.raises(InvalidInput) as exc:
        office_contribution(EX.government, EX.innovations, office, rules)
    assert exc.value.field == field
    assert exc.value.value == (office if field == "office" else rules)
    assert exc.value.message_en


def test_office_contribution_uses_the_region_profile_iid_iga_3() -> None:
    """With the SPD profile the region keeps its SPD score without the office (17.00)."""
    c = office_contribution(EX.government, EX.innovations, EX.office.name, R23, profile=PROFILE)
    whole = iga.regional_index(EX.government, EX.innovations, R23, profile=PROFILE).index
    assert c.with_office.value == whole.value
    assert c.without_office.spd == whole.spd
    assert c.to_dict(explanation=False) == {
        "office": EX.office.name,
        "gain": "21.78",
        "with": {"value": "38.78", "n": 16},
        "without": {"value": "17.00", "n": 0},
        "uncertain": True,
    }


def test_region_advice_summary_holds_every_part() -> None:
    a = _advice()
    d = a.to_dict(explanation=False)
    assert d["current"] == a.current.to_dict(explanation=False)
    assert d["new_maturity"] == str(a.new_maturity)
    assert d["one_more_gain"] == str(a.one_more_gain)
    assert d["one_more_yandas_gain"] is None
    assert d["yandas_needed"] == 0
    assert d["notes"] == []
    assert set(d) == {
        "current",
        "new_maturity",
        "one_more_gain",
        "one_more_yandas_gain",
        "missing_yandas",
        "yandas_needed",
        "next_predicate",
        "path",
        "reachable",
        "notes",
        "uncertain",
    }
