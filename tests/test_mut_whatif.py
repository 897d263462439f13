"""Tests that kill the mutants of ``clinic/whatif.py`` (issue 10): one portfolio under two IGA
rule sets (two editions or an override, iid_iga.md §15), innovation by innovation and for the
region, with the overrides recorded."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

import pytest

from inovasi_daerah import iga
from inovasi_daerah.clinic import compare
from inovasi_daerah.errors import InvalidInput
from inovasi_daerah.examples import payakumbuh
from inovasi_daerah.models.profile import RegionalProfile

EX = payakumbuh()
PROFILE = RegionalProfile.model_validate({"government": EX.government, "indicators": EX.spd_levels})
R23, R26 = iga.edition(2023), iga.edition(2026)


def test_rows_hold_both_maturities_and_eligibilities() -> None:
    w = compare(EX.innovations[:2], R23, R26)
    inv = EX.innovations[0]
    ma, mb = iga.maturity(inv, R23), iga.maturity(inv, R26)
    row = w.rows[0]
    assert (row.innovation_id, row.name) == ("PUPR-01", inv.name)
    assert (row.maturity_a, row.maturity_b) == (ma.score, mb.score)
    assert (row.eligible_a, row.eligible_b) == (ma.eligible, mb.eligible)
    assert row.delta == mb.score - ma.score
    assert row.to_dict() == {
        "innovation_id": "PUPR-01",
        "name": inv.name,
        "maturity_a": ma.score,
        "maturity_b": mb.score,
        "delta": row.delta,
        "eligible_a": ma.eligible,
        "eligible_b": mb.eligible,
    }
    assert w.to_records() == [r.to_dict() for r in w.rows]
    assert w.index_a is None
    assert w.index_b is None
    assert not w.predicate_changed


def test_an_innovation_without_id_is_named_by_its_name() -> None:
    inv = EX.innovations[0].model_copy(update={"id": None, "name": "Tanpa Nomor"})
    w = compare([inv], R26, R26)
    assert w.rows[0].innovation_id == "Tanpa Nomor"
    assert w.rows[0].maturity_a == iga.maturity(EX.innovations[0], R26).score
    assert w.rows[0].delta == 0


def test_region_changes_predicate_between_2023_and_2026_iid_iga_3_7() -> None:
    """The same 38.78 is Inovatif under 2023 (from 35.00) and Kurang Inovatif under 2026."""
    w = compare(EX.innovations, R23, R26, government=EX.government, profile=PROFILE)
    assert w.index_a is not None
    assert w.index_b is not None
    assert w.index_a.predicate is iga.Predicate.INNOVATIVE
    assert w.index_b.predicate is iga.Predicate.LESS_INNOVATIVE
    assert w.predicate_changed
    e = w.explanation
    assert e.key == "whatif"
    assert e.value == w.index_b.value - w.index_a.value
    assert dict(e.inputs) == {"override_a": "-", "override_b": "-"}
    assert e.title.en == f"Comparison of {R23.id} and {R26.id}"
    row_nodes = [c for c in e.children if c.key.startswith("whatif.")]
    assert len(row_nodes) == 16
    assert row_nodes[0].key == "whatif.PUPR-01"
    assert row_nodes[0].value == w.rows[0].delta
    assert dict(row_nodes[0].inputs) == {"a": w.rows[0].maturity_a, "b": w.rows[0].maturity_b}
    assert e.children[-2:] == (w.index_a.explanation, w.index_b.explanation)
    d = w.to_dict(explanation=False)
    assert d["index_a"] == {"value": "38.78", "predicate": "Inovatif"}
    assert d["index_b"]["predicate"] == "Kurang Inovatif"
    assert d["predicate_changed"] is True
    assert d["rules_a"] == R23.id
    assert d["rules_b"] == R26.id


def test_overrides_are_named_in_the_explanation_iid_iga_15() -> None:
    b = R26.override(reason="T14", divisor_k=14, yandas_minimum=6)
    w = compare(EX.innovations[:1], R26, b, government=EX.government, profile=PROFILE)
    assert dict(w.explanation.inputs) == {
        "override_a": "-",
        "override_b": "divisor_k, yandas_minimum",
    }
    assert w.to_dict(explanation=False)["overrides_a"] == []
    assert w.index_a is not None
    assert w.index_b is not None
    assert w.explanation.value == w.index_b.value - w.index_a.value < 0  # more seats, lower IID
    assert not w.predicate_changed


def test_no_region_without_government() -> None:
    w = compare(EX.innovations[:1], R23, R26, profile=PROFILE)
    assert w.explanation.value is None
    assert w.to_dict(explanation=False)["index_b"] is None


@pytest.mark.parametrize(
    ("args", "field", "value"),
    [
        (([], "2023", R26), "rules_a", "2023"),
        (([], R23, None), "rules_b", None),
        (("abc", R23, R26), "innovations", "abc"),
        ((5, R23, R26), "innovations", 5),
    ],
)
def test_refusals_name_the_argument(args: tuple[Any, Any, Any], field: str, value: Any) -> None:
    with pytest.raises(InvalidInput) as exc:
        compare(*args)
    assert exc.value.field == field
    assert exc.value.value == value
    assert exc.value.message_en


def test_a_list_with_a_non_innovation_is_refused() -> None:
    with pytest.raises(InvalidInput) as exc:
        compare([EX.innovations[0], {"name": "x"}], R23, R26)  # type: ignore[list-item]
    assert exc.value.field == "innovations[1]"
    assert exc.value.message_en


def test_an_empty_portfolio_compares_to_nothing() -> None:
    w = compare((), R23, R26)
    assert w.rows == ()
    assert w.explanation.children == ()


def test_both_region_indices_use_the_profile() -> None:
    w = compare(EX.innovations, R26, R26, government=EX.government, profile=PROFILE)
    assert w.index_a is not None
    assert w.index_b is not None
    assert w.index_a.value == w.index_b.value == Decimal("38.78")
    assert w.explanation.value == 0


def test_eligibility_is_kept_per_rule_set() -> None:
    w = compare(EX.innovations[:1], R26, R26)
    assert w.rows[0].eligible_a is False
    assert w.rows[0].eligible_b is False
    assert w.to_dict(explanation=False)["rows"][0]["maturity_a"] == "78"


def test_rows_as_a_dataframe() -> None:
    pd = pytest.importorskip("pandas")
    w = compare(EX.innovations[:2], R23, R26)
    df = w.to_dataframe()
    assert list(df.columns) == [
        "innovation_id",
        "name",
        "maturity_a",
        "maturity_b",
        "delta",
        "eligible_a",
        "eligible_b",
    ]
    assert list(df["innovation_id"]) == ["PUPR-01", "PUPR-02"]
    assert isinstance(df, pd.DataFrame)
    assert df["maturity_a"][0] == Decimal(78)
    assert w.to_dataframe(numeric="float")["maturity_b"].dtype == float
