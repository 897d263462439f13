"""Tests that kill the mutants of ``skp/pp30.py`` (issue 10): PP 30/2019 Pasal 41 and
PermenPANRB 8/2021 Lampiran, as read in skp.md §3.

Each test names the rule it checks. Besides the figures they pin what a result says about
itself (explanation key, inputs, citations) and what a refusal names (field, value, article),
because both are the library's public output.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

import pytest

from _explained import check_node, check_refusal, citations_of
from inovasi_daerah.errors import InvalidInput, MissingParameter
from inovasi_daerah.skp import PredicatePp30, pp30

D = Decimal
R = pp30.RULES


def test_rule_file_read_again_gives_the_shipped_rules_skp_md_3() -> None:
    """The PP 30/2019 rule file, read again, is the rule set in force (values, citations)."""
    again = pp30.load_rule_set(
        pp30.Pp30Rules,
        "skp/pp30_2019.toml",
        pp30.REGIME_FILE,
        pp30._regime_value,
        pp30._BARE_CITATIONS,
    )
    assert again == R
    assert again.weight_skp_without_peers.get() == D("0.70")
    assert again.weight_perilaku_with_peers.get() == D("0.40")
    assert next(p for _, p in again.predikat_bands.get()) is PredicatePp30.VERY_GOOD
    assert again.predikat_floor.get() is PredicatePp30.VERY_POOR
    assert again.innovation_gate.get() is PredicatePp30.GOOD
    assert dict(again.kinerja_tambahan_factors.get())[PredicatePp30.GOOD] == 80
    assert again.segment_cukup.get() == (D(80), D(99), D(70), D(89))
    assert again.kinerja_tambahan_cap.get() == 10
    assert again.id == R.id
    assert again.valid_from == R.valid_from


CALLS: list[Any] = [
    lambda rules: pp30.predikat(80, rules=rules),
    lambda rules: pp30.capaian(target=1, realised=1, rules=rules),
    lambda rules: pp30.nilai_from_capaian(80, rules=rules),
    lambda rules: pp30.kinerja_tambahan([], rules=rules),
    lambda rules: pp30.nilai_skp(80, rules=rules),
    lambda rules: pp30.weights(True, rules=rules),
    lambda rules: pp30.nilai_kinerja(80, 80, peer_input=True, rules=rules),
]


@pytest.mark.parametrize("call", CALLS)
def test_every_function_refuses_a_foreign_rule_set(call: Any) -> None:
    """``rules=`` must be a PP 30/2019 rule set; anything else is refused naming ``rules``."""
    with pytest.raises(InvalidInput) as exc:
        call("pp30")
    check_refusal(exc.value, "rules", value="pp30")


# -- Pasal 41 ayat (5): predikat -------------------------------------------------------------
def test_predikat_without_innovation_by_default_pasal_41_ayat_5() -> None:
    """110-120 is Sangat Baik only with an innovation; the default is without."""
    r = pp30.predikat(115)
    assert r.predicate is PredicatePp30.GOOD
    assert r.value == 115
    e = check_node(
        r.explanation,
        key="predicate",
        value=PredicatePp30.GOOD,
        inputs={"score": D(115), "innovations": False},
        citations=[R.predikat_bands, R.innovation_gate],
        rule="≥ 110 Sangat Baik; ≥ 90 Baik; ≥ 70 Cukup; ≥ 50 Kurang; lainnya Sangat Kurang",
    )
    assert e.rule is not None
    assert e.rule.en.endswith("; else Sangat Kurang")
    assert e.note is not None


def test_predikat_with_innovation_has_no_gate_note_pasal_41_ayat_5() -> None:
    r = pp30.predikat(115, innovation=True)
    assert r.predicate is PredicatePp30.VERY_GOOD
    e = check_node(
        r.explanation,
        key="predicate",
        value=PredicatePp30.VERY_GOOD,
        inputs={"score": D(115), "innovations": True},
        citations=[R.predikat_bands],
    )
    assert e.note is None
    assert pp30.predikat(95).explanation.note is None


def test_predikat_lower_bands_cite_their_secondary_source_pasal_41_ayat_5() -> None:
    e = pp30.predikat(60).explanation
    assert set(e.citations) == citations_of(R.predikat_bands_lower, R.predikat_floor)
    assert set(pp30.predikat(50).explanation.citations) == citations_of(
        R.predikat_bands_lower, R.predikat_floor, R.lower_band_signs
    )


@pytest.mark.parametrize(
    ("kwargs", "field"),
    [({"nilai": -1}, "nilai"), ({"nilai": 90, "innovation": "ya"}, "innovation")],
)
def test_predikat_refusals_name_the_field(kwargs: dict[str, Any], field: str) -> None:
    with pytest.raises(InvalidInput) as exc:
        pp30.predikat(**kwargs)
    assert exc.value.field == field
    assert exc.value.message_en


def test_predikat_above_120_names_value_and_article_pasal_41_ayat_5() -> None:
    with pytest.raises(InvalidInput) as exc:
        pp30.predikat(121)
    check_refusal(exc.value, "nilai", value="121")
    assert exc.value.article == R.nilai_max.citation.label()
    assert "120" in exc.value.message
    assert "120" in (exc.value.message_en or "")


def test_predikat_maximum_follows_an_overridden_rule_set() -> None:
    rules = R.override(nilai_max=D(130), reason="test")
    assert pp30.predikat(125, innovation=True, rules=rules).predicate is PredicatePp30.VERY_GOOD


# -- PermenPANRB 8/2021 Lampiran: capaian IKI ------------------------------------------------
def test_capaian_normal_explained_permenpanrb_8_2021() -> None:
    r = pp30.capaian(target=80, realised=100)
    check_node(
        r.explanation,
        key="achievement",
        value=D(125),
        inputs={"target": D(80), "realised": D(100)},
        citations=[R.capaian_rule],
        rule="R / T × 100",
    )


def test_capaian_lower_is_better_explained_permenpanrb_8_2021() -> None:
    r = pp30.capaian(target=100, realised=80, lower_is_better=True)
    check_node(
        r.explanation,
        key="achievement",
        value=D(120),
        inputs={"target": D(100), "realised": D(80)},
        citations=[R.capaian_lower_is_better_rule],
        rule="(1 + (1 − R / T)) × 100",
    )


def test_capaian_range_edges_permenpanrb_8_2021() -> None:
    """Within the range (edges included) 100 % by the range rule; above it vs the upper bound."""
    for realised in (80, 90, 85):
        r = pp30.capaian(target=80, target_upper=90, realised=realised)
        check_node(
            r.explanation,
            key="achievement",
            value=D(100),
            inputs={"target": D(80), "realised": D(realised), "target_upper": D(90)},
            citations=[R.capaian_within_range],
        )
    above = pp30.capaian(target=80, target_upper=90, realised=99)
    assert above.explanation.inputs["target_upper"] == 90
    assert set(above.explanation.citations) == citations_of(R.capaian_rule)
    # a range of one point is allowed
    assert pp30.capaian(target=80, target_upper=80, realised=80).value == 100


def test_capaian_small_positive_target_is_accepted() -> None:
    """Only a target of 0 or less is refused (a ratio needs a positive target)."""
    assert pp30.capaian(target="0.5", realised=1).value == 200
    with pytest.raises(InvalidInput) as exc:
        pp30.capaian(target=0, realised=1)
    check_refusal(exc.value, "target", value=0)


@pytest.mark.parametrize(
    ("kwargs", "field"),
    [
        ({"target": "x", "realised": 1}, "target"),
        ({"target": 1, "realised": -1}, "realised"),
        ({"target": 1, "realised": 1, "lower_is_better": 1}, "lower_is_better"),
        ({"target": 1, "realised": 1, "target_upper": "x"}, "target_upper"),
        ({"target": 2, "realised": 1, "target_upper": 1}, "target_upper"),
    ],
)
def test_capaian_refusals_name_the_field(kwargs: dict[str, Any], field: str) -> None:
    with pytest.raises(InvalidInput) as exc:
        pp30.capaian(**kwargs)
    assert exc.value.field == field
    assert exc.value.message_en


# -- PermenPANRB 8/2021 Lampiran: capaian → nilai --------------------------------------------
def test_nilai_from_capaian_explained_permenpanrb_8_2021() -> None:
    check_node(
        pp30.nilai_from_capaian(90).explanation,
        key="iki_score",
        value=D(80),
        inputs={"achievement": D(90)},
        citations=[R.segment_cukup],
    )
    check_node(
        pp30.nilai_from_capaian(100, maximum_target=True).explanation,
        key="iki_score",
        value=D(120),
        inputs={"achievement": D(100), "target_maximum": True},
        citations=[R.nilai_maximum_target],
    )
    check_node(
        pp30.nilai_from_capaian(100).explanation,
        key="iki_score",
        value=D(109),
        inputs={"achievement": D(100)},
        citations=[R.baik_example],
    )


def test_capaian_of_exactly_110_is_in_the_sangat_baik_band() -> None:
    """> 110 % → 120 (VERIFIED); 110 % itself is the top of 101-110 % (UNCERTAIN)."""
    at = pp30.nilai_from_capaian(110)
    assert at.value == 120
    assert set(at.explanation.citations) == citations_of(R.segment_sangat_baik)
    above = pp30.nilai_from_capaian("110.5")
    assert set(above.explanation.citations) == citations_of(R.capaian_cap_above, R.nilai_above_cap)
    assert not above.uncertain


def test_open_baik_band_names_the_missing_parameter() -> None:
    with pytest.raises(MissingParameter) as exc:
        pp30.nilai_from_capaian("100.5")
    check_refusal(exc.value, "segment_baik")
    assert exc.value.rule == "capaian → nilai"
    assert exc.value.article == R.segment_baik.citation.label()


@pytest.mark.parametrize(
    ("kwargs", "field"),
    [({"capaian": -1}, "capaian"), ({"capaian": 90, "maximum_target": "ya"}, "maximum_target")],
)
def test_nilai_from_capaian_refusals_name_the_field(kwargs: dict[str, Any], field: str) -> None:
    with pytest.raises(InvalidInput) as exc:
        pp30.nilai_from_capaian(**kwargs)
    assert exc.value.field == field


# -- PermenPANRB 8/2021 Lampiran: kinerja tambahan -------------------------------------------
def test_kinerja_tambahan_sums_its_entries_below_the_cap() -> None:
    """Σ factor × bobot × nilai / 100, each entry explained, capped at 10 (VERIFIED)."""
    a = {"predikat": "Baik", "bobot": "0.05", "nilai": 50}  # 80 × 0.05 × 50 / 100 = 2
    b = {"predikat": "Cukup", "bobot": "0.05", "nilai": 100}  # 60 × 0.05 × 100 / 100 = 3
    r = pp30.kinerja_tambahan([a, b], other=1)
    assert r.value == 6
    e = check_node(
        r.explanation,
        key="additional_performance_score",
        value=D(6),
        inputs={"total": D(6), "other": D(1)},
        citations=[R.kinerja_tambahan_cap],
        rule="jumlah, paling tinggi 10",
    )
    first, second = e.children
    check_node(
        first,
        key="additional_performance_1",
        value=D(2),
        inputs={
            "predicate": PredicatePp30.GOOD,
            "factor": D(80),
            "weight": D("0.05"),
            "score": D(50),
        },
        citations=[R.kinerja_tambahan_factors, R.kinerja_tambahan_arrangement],
        has_rule=True,
    )
    assert first.title.id.endswith("1")
    assert first.title.en.endswith("1")
    assert second.key == "additional_performance_2"
    assert second.title.id.endswith("2")


@pytest.mark.parametrize(
    ("kwargs", "field"),
    [({"entries": 5}, "entries"), ({"entries": [], "other": -1}, "other")],
)
def test_kinerja_tambahan_refusals_name_the_field(kwargs: dict[str, Any], field: str) -> None:
    with pytest.raises(InvalidInput) as exc:
        pp30.kinerja_tambahan(**kwargs)
    assert exc.value.field == field


def test_kinerja_tambahan_entry_that_is_not_a_record_names_entries() -> None:
    with pytest.raises(InvalidInput) as exc:
        pp30.kinerja_tambahan([5])  # type: ignore[list-item]
    assert exc.value.field is not None
    assert exc.value.field.startswith("entries")


# -- nilai SKP = KU + KT, Pasal 41 ayat (2)-(4): nilai kinerja -------------------------------
def test_nilai_skp_explained_and_without_tambahan_by_default() -> None:
    assert pp30.nilai_skp(100).value == 100
    check_node(
        pp30.nilai_skp(100, 15).explanation,
        key="skp_score",
        value=D(110),
        inputs={"main_performance": D(100), "additional_performance": D(10)},
        citations=[R.nilai_skp_rule, R.kinerja_tambahan_cap],
        has_rule=True,
    )


@pytest.mark.parametrize(
    ("args", "field"),
    [((-1,), "kinerja_utama"), ((1, -1), "kinerja_tambahan_value")],
)
def test_nilai_skp_refusals_name_the_field(args: tuple[Any, ...], field: str) -> None:
    with pytest.raises(InvalidInput) as exc:
        pp30.nilai_skp(*args)
    assert exc.value.field == field


def test_weights_refuse_a_non_boolean_naming_peer_input() -> None:
    with pytest.raises(InvalidInput) as exc:
        pp30.weights("ya")  # type: ignore[arg-type]
    assert exc.value.field == "peer_input"


def test_nilai_kinerja_explained_pasal_41_ayat_2_to_4() -> None:
    e = check_node(
        pp30.nilai_kinerja(100, 50, peer_input=False).explanation,
        key="performance_score",
        value=D(85),
        inputs={"skp_score": D(100), "behaviour_score": D(50), "peer_input": False},
        citations=[R.weight_skp_without_peers, R.weight_perilaku_without_peers],
        rule="0.7 × SKP + 0.3 × perilaku",
    )
    assert e.rule is not None
    assert e.rule.en == "0.7 × SKP + 0.3 × behaviour"


def test_nilai_kinerja_follows_overridden_weights() -> None:
    rules = R.override(
        weight_skp_without_peers=D("0.5"), weight_perilaku_without_peers=D("0.5"), reason="t"
    )
    assert pp30.nilai_kinerja(100, 50, peer_input=False, rules=rules).value == 75


@pytest.mark.parametrize(("args", "field"), [((-1, 1), "nilai_skp"), ((1, -1), "nilai_perilaku")])
def test_nilai_kinerja_refusals_name_the_field(args: tuple[Any, ...], field: str) -> None:
    with pytest.raises(InvalidInput) as exc:
        pp30.nilai_kinerja(*args, peer_input=False)
    assert exc.value.field == field
