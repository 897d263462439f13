"""Tests that kill the mutants of ``clinic/rule_diff.py`` (issue 10): what changed between two
IGA editions (iid_iga.md §15, the editions' Lampiran I): indicators matched by code, former
code (aliases) or number, and every change of name, number, weight, mandatory flag, level
text and parameter."""

from __future__ import annotations

import dataclasses
import json
from typing import Any

import pytest

from inovasi_daerah import clinic, iga
from inovasi_daerah.clinic.rule_diff import Change, _match, _param_values
from inovasi_daerah.errors import InvalidInput
from inovasi_daerah.law import T

R23, R26 = iga.edition(2023), iga.edition(2026)


def _edited(**by_number: dict[str, Any]) -> iga.Edition:
    inds = [
        dataclasses.replace(i, **by_number[i.number]) if i.number in by_number else i
        for i in R26.indicators
    ]
    return dataclasses.replace(R26, indicators=tuple(inds))


def test_weight_and_mandatory_changes_are_found_lampiran_i() -> None:
    b = _edited(**{"31": {"weight": R26.indicator(31).weight + 1, "mandatory": True}})
    d = clinic.diff(R26, b)
    assert [(c.kind, c.key, c.before, c.after) for c in d.changes] == [
        ("weight", "31", R26.indicator(31).weight, R26.indicator(31).weight + 1),
        ("mandatory", "31", False, True),
    ]
    assert not d.empty
    assert d.of_kind("weight") == d.changes[:1]
    assert d.renamed == ()
    assert d.params == ()


def test_an_indicator_with_a_new_code_and_its_number_is_matched_by_number() -> None:
    """2023 "online_sistem" is 2026 "layanan_terintegrasi": both no. 30 (iid_iga.md §15)."""
    d = clinic.diff(R23, R26)
    c = next(c for c in d.renamed if c.key == "30")
    assert c.before == "online_sistem: Online Sistem"
    assert c.after == "layanan_terintegrasi: Layanan Terintegrasi"
    assert d.added == ()
    assert d.removed == ()
    pairs = {(a.code, b.code) for a, b in _match(R23, R26)}
    assert ("online_sistem", "layanan_terintegrasi") in pairs
    assert len(pairs) == len(R26.indicators)


def test_a_new_code_and_number_is_added_and_removed() -> None:
    b = _edited(**{"34": {"code": "baru", "number": "36"}})
    d = clinic.diff(R26, b)
    assert [r.code for r in d.added] == ["baru"]
    assert [r.code for r in d.removed] == ["monev"]
    assert [r.number for r in d.added] == ["36"]
    e = d.explanation
    assert e.value == 2 + len(d.changes)
    assert e.children[0].key == "added.baru"
    assert e.children[0].value == "baru"
    assert e.children[0].title.en == "New indicator 36"
    assert e.children[1].key == "removed.monev"
    assert e.children[1].title.id == "Indikator dihapus 34"
    assert e.citations == (R26.citation, b.citation)
    data = d.to_dict()
    assert data["added"][0]["code"] == "baru"
    assert data["removed"][0]["code"] == "monev"
    assert data["empty"] is False
    assert repr(d) == f"<RuleDiff {R26.id} -> {b.id}: +1 -1 changes={len(d.changes)}>"


def test_a_former_code_matches_and_a_moved_number_is_a_change() -> None:
    b = _edited(**{"34": {"code": "monev_baru", "aliases": ("monev",), "number": "36"}})
    d = clinic.diff(R26, b)
    assert d.added == ()
    assert d.removed == ()
    kinds = [(c.kind, c.key) for c in d.changes]
    assert ("number", "monev_baru") in kinds
    assert ("renamed", "36") in kinds
    back = clinic.diff(b, R26)
    assert back.added == ()
    assert ("number", "monev") in [(c.kind, c.key) for c in back.changes]


def test_indicators_sharing_a_former_code_match() -> None:
    a = _edited(**{"34": {"code": "satu", "aliases": ("lama",)}})
    b = _edited(**{"34": {"code": "dua", "aliases": ("lama",), "number": "36"}})
    d = clinic.diff(a, b)
    assert d.added == ()
    assert d.removed == ()


def test_level_texts_are_compared_level_by_level() -> None:
    lv = R26.indicator(31).levels
    new_levels = (dataclasses.replace(lv[0], condition=T("baru", "new")), *lv[1:])
    new_levels = (*new_levels[:2], dataclasses.replace(new_levels[2], evidence=T("b", "e")))
    d = clinic.diff(R26, _edited(**{"31": {"levels": new_levels}}))
    assert [(c.kind, c.key) for c in d.changes] == [
        ("level_condition", f"31.{lv[0].number}"),
        ("level_evidence", f"31.{lv[2].number}"),
    ]
    c = d.changes[0]
    assert c.before == lv[0].condition
    assert c.after == T("baru", "new")
    assert c.to_dict()["after"] == {"id": "baru", "en": "new"}
    assert c.text().en.startswith(f"Indicator 31 level {lv[0].number} condition: ")
    assert c.text().id.startswith(f"Kondisi indikator 31 level {lv[0].number}: ")
    assert c.text().en.endswith(" → new")


def test_parameters_compared_by_key_2023_2026() -> None:
    d = clinic.diff(R23, R26)
    k = next(c for c in d.params if c.key == "divisor_k")
    assert (k.before, k.after) == (10, 12)
    assert k.to_dict() == {"kind": "param", "key": "divisor_k", "before": 10, "after": 12}
    assert k.text().id == "Parameter divisor_k: 10 → 12"
    y = next(c for c in d.params if c.key == "yandas_minimum")
    assert (y.before, y.after) == (0, 5)
    bands = next(c for c in d.params if c.key == "bands")
    assert "Inovatif 35" in bands.text().id
    assert "; " in bands.text().en
    assert [c.key for c in d.params] == sorted(c.key for c in d.params)
    json.dumps(d.to_dict())


def test_param_values_are_keyed_by_the_params_key() -> None:
    values = _param_values(R26)
    assert values["divisor_k"] is R26.divisor_k
    assert values["yandas_minimum"].get() == 5


def test_a_tuple_value_reads_joined() -> None:
    c = Change("param", "x", (1, 2), None)
    assert c.text().en == "Parameter x: 1–2 → -"


@pytest.mark.parametrize(("a", "b"), [("2023", R26), (R23, None)])
def test_diff_refuses_a_non_edition(a: Any, b: Any) -> None:
    with pytest.raises(InvalidInput) as exc:
        clinic.diff(a, b)
    assert exc.value.field == "rules"


def test_every_change_is_a_child_of_the_explanation_and_the_summary() -> None:
    b = _edited(**{"34": {"code": "monev_baru", "aliases": ("monev",), "number": "36"}})
    d = clinic.diff(R26, b)
    number = next(c for c in d.changes if c.kind == "number")
    assert (number.before, number.after) == ("34", "36")
    e = d.explanation
    assert e.key == "diff"
    assert e.value == len(d.changes) == 2
    assert [(c.key, c.value.to_dict()) for c in e.children] == [
        (f"{c.kind}.{c.key}", c.to_dict()) for c in d.changes
    ]
    assert [c.value.label for c in e.children] == [c.shift for c in d.changes]
    data = d.to_dict()
    assert (data["a"], data["b"]) == (R26.id, b.id)
    assert data["changes"] == [c.to_dict() for c in d.changes]


def test_level_evidence_change_keeps_both_texts() -> None:
    lv = R26.indicator(31).levels
    new_levels = (*lv[:2], dataclasses.replace(lv[2], evidence=T("b", "e")))
    d = clinic.diff(R26, _edited(**{"31": {"levels": new_levels}}))
    (c,) = d.changes
    assert (c.before, c.after) == (lv[2].evidence, T("b", "e"))


def test_a_diff_with_only_an_added_indicator_is_not_empty() -> None:
    b = _edited(**{"34": {"code": "baru", "number": "36"}})
    d = clinic.diff(R26, b)
    assert d.added
    assert not d.empty
