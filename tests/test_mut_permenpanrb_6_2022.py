"""Tests that kill the mutants of ``skp/permenpanrb_6_2022.py`` (issue 10): PermenPANRB 6/2022
(the 3 × 3 predikat matrix, skp.md §4.3) and the 2023 distribution guidance (SE MenPANRB 2023,
skp.md §4.4), with the regime file that holds them."""

from __future__ import annotations

import copy
from decimal import Decimal
from typing import Any

import pytest

from _explained import check_node, check_refusal
from inovasi_daerah.errors import InovasiDaerahError, InvalidInput
from inovasi_daerah.law.load import read_rule_file, rules_root
from inovasi_daerah.skp import Predicate, Rating
from inovasi_daerah.skp import permenpanrb_6_2022 as pm6

R = pm6.RULES
A, S, B = "di_atas_ekspektasi", "sesuai_ekspektasi", "di_bawah_ekspektasi"


def _file() -> dict[str, Any]:
    data: dict[str, Any] = read_rule_file(rules_root() / "skp" / "permenpanrb_6_2022.toml")
    return data


def test_regime_file_read_again_gives_the_rules_in_force_skp_md_4() -> None:
    again = pm6._load()
    assert again == R
    assert again.matrix.get()[(Rating(A), Rating(A))] is Predicate.VERY_GOOD
    assert again.distribution.get()["istimewa"] == (((Predicate.VERY_GOOD,), "max", Decimal(70)),)
    assert again.valid_from == again.start.get()
    assert again.predikat_names == R.predikat_names


def test_regime_from_file_builds_a_regime_like_permenpanrb_6_2022() -> None:
    data = _file()
    data["parameters"]["distribution"]["value"]["istimewa"][0]["percent"] = "50"
    built = pm6.regime_from_file(data, "mine.toml")
    assert built.distribution.get()["istimewa"][0][2] == 50
    assert built.matrix == R.matrix
    assert pm6.check_distribution("istimewa", {"Sangat Baik": 6, "Baik": 4}, rules=built).findings


def test_regime_file_with_a_quadrant_written_twice_is_refused() -> None:
    data = _file()
    matrix = data["parameters"]["matrix"]["value"]
    matrix[1] = copy.deepcopy(matrix[0])
    with pytest.raises(InovasiDaerahError) as exc:
        pm6.regime_from_file(data, "twice.toml")
    assert exc.value.field is not None
    assert "parameters.matrix" in exc.value.field
    assert exc.value.message_en


@pytest.mark.parametrize(("args", "field"), [((["x"], "f.toml"), "data"), (({}, 5), "file")])
def test_regime_from_file_refuses_wrong_types_naming_them(
    args: tuple[Any, Any], field: str
) -> None:
    with pytest.raises(InovasiDaerahError) as exc:
        pm6.regime_from_file(*args)
    assert exc.value.field == field


@pytest.mark.parametrize(
    "call",
    [
        lambda rules: pm6.predikat(A, A, rules=rules),
        lambda rules: pm6.check_distribution("baik", {"Baik": 1}, rules=rules),
    ],
)
def test_a_foreign_rule_set_is_refused_naming_rules(call: Any) -> None:
    with pytest.raises(InvalidInput) as exc:
        call("pm6")
    check_refusal(exc.value, "rules", value="pm6")


def test_predikat_explained_by_the_matrix_skp_md_4_3() -> None:
    r = pm6.predikat(S, A)
    assert r.predicate is Predicate.GOOD
    assert r.value is None
    check_node(
        r.explanation,
        key="predicate",
        value=Predicate.GOOD,
        inputs={"results_rating": Rating(S), "behaviour_rating": Rating(A)},
        citations=[R.matrix, R.predikat_names],
        has_rule=True,
    )


def test_predikat_follows_an_overridden_matrix() -> None:
    matrix = dict(R.matrix.get())
    matrix[(Rating(S), Rating(S))] = Predicate.VERY_GOOD
    rules = R.override(matrix=matrix, reason="test")
    assert pm6.predikat(S, S, rules=rules).predicate is Predicate.VERY_GOOD


@pytest.mark.parametrize(("args", "field"), [(("x", A), "hasil_kerja"), ((A, "x"), "perilaku")])
def test_predikat_refusals_name_the_rating(args: tuple[str, str], field: str) -> None:
    with pytest.raises(InvalidInput) as exc:
        pm6.predikat(*args)
    assert exc.value.field == field


# -- SE MenPANRB 2023: distribution guidance (findings, never errors) ------------------------
def test_distribution_result_explained_skp_md_4_4() -> None:
    r = pm6.check_distribution(" Butuh Perbaikan ", {"Butuh Perbaikan": 6, "Baik": 4})
    assert r.organisation == "butuh_perbaikan"
    assert r.ok
    assert r.shares[Predicate.NEEDS_IMPROVEMENT] == 60
    assert r.shares[Predicate.VERY_GOOD] == 0
    e = check_node(
        r.explanation,
        key="distribution",
        value=True,
        inputs={"organisation_predicate": "butuh_perbaikan", "employee_count": 10},
        citations=[R.distribution],
    )
    assert e.note is not None
    assert r.to_dict()["ok"] is True


def test_cukup_is_butuh_perbaikan_skp_md_4_4() -> None:
    assert pm6.check_distribution("Cukup", {"Butuh Perbaikan": 1}).organisation == "butuh_perbaikan"


def test_distribution_bounds_are_inclusive_skp_md_4_4() -> None:
    """ "At most 70 %" allows 70 %, "at least 60 %" allows 60 %; one below/above is a finding."""
    assert pm6.check_distribution("istimewa", {"Sangat Baik": 7, "Baik": 3}).ok
    over = pm6.check_distribution("istimewa", {"Sangat Baik": 71, "Baik": 29})
    assert len(over.findings) == 1
    assert "71.0 %" in over.findings[0].id
    assert not over.explanation.value
    assert pm6.check_distribution("butuh_perbaikan", {"Butuh Perbaikan": 6, "Baik": 4}).ok
    under = pm6.check_distribution("butuh_perbaikan", {"Butuh Perbaikan": 59, "Baik": 41})
    assert len(under.findings) == 1
    assert "59.0 %" in under.findings[0].en


def test_distribution_counts_add_up_per_predikat() -> None:
    """Counts given twice for one predikat (under two spellings) are added."""
    r = pm6.check_distribution(
        "sangat_kurang",
        {"Sangat Kurang": 5, "sangat kurang": 1, "Kurang/Misconduct": 4},
    )
    assert r.shares[Predicate.VERY_POOR] == 60
    assert r.ok


def test_min_some_line_is_met_by_any_of_its_predikat_skp_md_4_4() -> None:
    assert pm6.check_distribution("baik", {"Baik": 7, "Kurang/Misconduct": 3}).ok
    missing = pm6.check_distribution("baik", {"Baik": 7, "Sangat Baik": 3})
    assert [f.en for f in missing.findings] == [
        "must include some Butuh Perbaikan + Kurang/Misconduct"
    ]


@pytest.mark.parametrize(
    ("org", "counts", "field", "value"),
    [
        (5, {"Baik": 1}, "organisation_predikat", 5),
        ("hebat", {"Baik": 1}, "organisation_predikat", "hebat"),
        ("baik", [("Baik", 1)], "counts", [("Baik", 1)]),
        ("baik", {"Baik": True}, "counts.Baik", True),
        ("baik", {"Baik": "1"}, "counts.Baik", "1"),
        ("baik", {"Baik": -1}, "counts.Baik", -1),
        ("baik", {"hebat": 1}, "counts", None),
        ("baik", {"Baik": 0}, "counts", None),
    ],
)
def test_distribution_refusals_name_the_field(
    org: Any, counts: Any, field: str, value: Any
) -> None:
    with pytest.raises(InvalidInput) as exc:
        pm6.check_distribution(org, counts)
    check_refusal(exc.value, field, value=value)


def test_distribution_accepts_zero_counts_beside_others() -> None:
    r = pm6.check_distribution("istimewa", {"Sangat Baik": 0, "Baik": 1})
    assert r.shares[Predicate.GOOD] == 100
