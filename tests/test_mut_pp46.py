"""Rules of PP 46/2011 + Perka BKN 1/2013 (SKP 2014 – 2021/I) that no other test pinned.

Written to kill the mutants ``scripts/mutation.py`` found surviving in ``skp/pp46.py``: the
rule set passed in must be the one used everywhere, explanations record their inputs and
sources, and every refusal names its field.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

import pytest

from inovasi_daerah.errors import InvalidInput
from inovasi_daerah.law import Explanation, Text
from inovasi_daerah.models.skp import KreativitasLevel, PerilakuAspect, PredicatePp46, Signer
from inovasi_daerah.skp import pp46
from inovasi_daerah.skp.pp46 import RULES

D = Decimal

K: dict[str, Any] = {
    "quantity_target": 10,
    "quantity_realised": 10,
    "quality_realised": 100,
    "time_target": 12,
    "time_realised": 12,
}
FIVE = {
    "orientasi_pelayanan": 80,
    "integritas": 85,
    "komitmen": 90,
    "disiplin": 75,
    "kerja_sama": 70,
}


def test_foreign_rule_set_refused() -> None:
    for call in (
        lambda: pp46.quantity_aspect(target=1, realised=1, rules="pp46"),  # type: ignore[arg-type]
        lambda: pp46.predikat(80, rules=object()),  # type: ignore[arg-type]
    ):
        with pytest.raises(InvalidInput) as exc:
            call()
        assert exc.value.field == "rules"


# -- Perka BKN 1/2013 Lampiran (Penilaian SKP): kuantitas and kualitas --------------------------


def test_quantity_explanation_perka_bkn_1_2013() -> None:
    """Kuantitas = RO / TO × 100 (Perka BKN 1/2013 Lampiran, Penilaian SKP)."""
    r = pp46.quantity_aspect(target="8", realised="6")
    e = r.explanation
    assert (e.key, e.value) == ("quantity", D(75))
    assert e.inputs == {"target": 8, "realised": 6}
    assert e.citations == (RULES.quantity_rule,)


def test_quality_target_defaults_to_the_rule_set_perka_bkn_1_2013() -> None:
    """Kualitas = RK / TK × 100; TK is the rule set's quality target (normally 100)."""
    r = pp46.quality_aspect(realised=90)
    assert r.explanation.key == "quality"
    assert r.explanation.citations == (RULES.quality_target.citation,)
    assert r.explanation.inputs == {"target": 100, "realised": 90}
    given = pp46.quality_aspect(realised=45, target=50)
    assert given.explanation.citations == (RULES.quantity_rule,)
    rules = RULES.override(quality_target=D(90))
    assert pp46.quality_aspect(realised=90, rules=rules).value == 100


def test_aspects_refuse_negative_realisation_and_zero_target() -> None:
    with pytest.raises(InvalidInput) as exc:
        pp46.quantity_aspect(target=1, realised=-1)
    assert exc.value.field == "realised"
    with pytest.raises(InvalidInput) as exc:
        pp46.quality_aspect(realised=1, target=0)
    assert exc.value.field == "target"
    assert exc.value.value == 0
    assert pp46.quantity_aspect(target=1, realised=0).value == 0


# -- Perka BKN 1/2013 Lampiran (aspek waktu, biaya) --------------------------------------------


def test_time_aspect_explanation_first_branch_perka_bkn_1_2013() -> None:
    """Efisiensi ≤ 24 %: ((1.76 × T − R) / T) × 100 (Perka BKN 1/2013 Lampiran, aspek waktu)."""
    r = pp46.time_aspect(target=12, realised=12)
    e = r.explanation
    assert e.key == "time"
    assert e.inputs == {"target": 12, "realised": 12, "efficiency": 0}
    assert e.citations == (RULES.time_factor.citation,)
    assert RULES.time_boundary_rule not in e.citations
    assert RULES.time_over_limit_rule not in e.citations
    assert e.rule is not None
    assert "24" in e.rule.id
    assert "1.76" in e.rule.en


def test_time_aspect_boundary_cites_the_boundary_rule_perka_bkn_1_2013() -> None:
    r = pp46.time_aspect(target=100, realised=76)
    assert r.explanation.citations[-1] == RULES.time_boundary_rule
    assert r.explanation.inputs["efficiency"] == 24


def test_time_aspect_second_branch_explanation_perka_bkn_1_2013() -> None:
    """Efisiensi > 24 %: 76 − ((((1.76 × T − R) / T) × 100) − 100)."""
    r = pp46.time_aspect(target=12, realised=6)
    e = r.explanation
    assert r.value == 50
    assert e.citations[-1] == RULES.time_over_limit_rule
    assert e.inputs["efficiency"] == 50
    assert e.rule is not None
    assert e.rule.id == "efisiensi > 24 %: 76 − ((((1.76 × T − R) / T) × 100) − 100)"
    assert e.rule.en.startswith("efficiency > 24 %: 76 − ((((1.76 × T")


def test_time_aspect_not_done_explanation_perka_bkn_1_2013() -> None:
    r = pp46.time_aspect(target=12, realised=0)
    assert r.explanation.key == "time"
    assert r.explanation.citations == (RULES.not_done_rule,)
    assert r.explanation.value == 0
    assert r.explanation.inputs == {"target": 12, "realised": 0}


def test_cost_aspect_cites_the_cost_rule_perka_bkn_1_2013() -> None:
    """Biaya: the waktu formula, cited to the cost rule in every branch."""
    for realised, last in ((0, RULES.not_done_rule), (1000, RULES.time_factor.citation)):
        e = pp46.cost_aspect(target=1000, realised=realised).explanation
        assert e.key == "cost"
        assert e.citations[0] == RULES.cost_rule
        assert e.citations[-1] == last


def test_time_factor_and_limit_of_the_rule_set_are_used() -> None:
    rules = RULES.override(time_factor=D(2), efficiency_limit=D(10))
    # e = 0 ≤ 10: (2 × 12 − 12) / 12 × 100
    assert pp46.time_aspect(target=12, realised=12, rules=rules).value == 100
    # e = 20 > 10: (2 − 1) × 100 − ((2 × 10 − 8) / 10 × 100 − 100)
    assert pp46.time_aspect(target=10, realised=8, rules=rules).value == 80
    assert pp46.cost_aspect(target=10, realised=8, rules=rules).value == 80
    # the same realisation under the default rule set: e = 20 ≤ 24
    assert pp46.time_aspect(target=10, realised=8).value == 96


# -- Perka BKN 1/2013 Lampiran (Penilaian SKP): per kegiatan -----------------------------------


def test_kegiatan_score_uses_the_rule_set_passed_perka_bkn_1_2013() -> None:
    """An overridden rule set reaches every aspect of the kegiatan (not the module's RULES)."""
    rules = RULES.override(time_factor=D(2), quality_target=D(50))
    r = pp46.kegiatan_score(K, rules=rules)
    # kuantitas 100, kualitas 100 / 50 × 100 = 200, waktu 100
    assert r.value == D(400) / 3
    funded = {**K, "cost_target": 10, "cost_realised": 10}
    assert pp46.kegiatan_score(funded, rules=rules).value == D(500) / 4


def test_kegiatan_score_explanation_perka_bkn_1_2013() -> None:
    r = pp46.kegiatan_score({**K, "name": "Laporan"})
    e = r.explanation
    assert e.key == "activity_score"
    assert e.citations == (RULES.average_rule,)
    assert [c.key for c in e.children] == ["quantity", "quality", "time"]
    assert "Laporan" in e.title.id
    assert e.rule is not None
    assert "3" in e.rule.id
    funded = pp46.kegiatan_score({**K, "cost_target": 10, "cost_realised": 10}).explanation
    assert [c.key for c in funded.children][-1] == "cost"
    assert funded.rule is not None
    assert "4" in funded.rule.en


def test_kegiatan_refuses_non_objects() -> None:
    with pytest.raises(InvalidInput) as exc:
        pp46.kegiatan_score("kegiatan")  # type: ignore[arg-type]
    assert exc.value.field == "kegiatan"


# -- Perka BKN 1/2013 Lampiran (Penilaian Tugas Tambahan) --------------------------------------


def test_tugas_tambahan_explanation_perka_bkn_1_2013() -> None:
    """0 → 0, 1–3 → 1, 4–6 → 2, 7 or more → 3, written out as the rule."""
    r = pp46.tugas_tambahan(5)
    e = r.explanation
    assert e.key == "extra_duties"
    assert e.inputs == {"total": 5}
    assert e.citations == (RULES.tugas_tambahan_bands.citation,)
    assert e.rule is not None
    assert e.rule.id == "0 → 0; 1–3 → 1; 4–6 → 2; ≥ 7 → 3"
    assert e.rule.en == e.rule.id


def test_tugas_tambahan_bands_of_the_rule_set_are_used() -> None:
    rules = RULES.override(
        tugas_tambahan_bands=((1, D(0)), (2, D(5)), (None, D(9))),
    )
    assert [pp46.tugas_tambahan(n, rules=rules).value for n in (0, 1, 2, 3)] == [0, 0, 5, 9]
    rule = pp46.tugas_tambahan(0, rules=rules).explanation.rule
    assert rule is not None
    assert rule.id == "0–1 → 0; 2 → 5; ≥ 3 → 9"


def test_tugas_tambahan_without_open_band_gives_zero_above_the_last() -> None:
    rules = RULES.override(tugas_tambahan_bands=((0, D(0)), (3, D(1))))
    assert pp46.tugas_tambahan(4, rules=rules).value == 0


def test_tugas_tambahan_refusal_names_count() -> None:
    with pytest.raises(InvalidInput) as exc:
        pp46.tugas_tambahan(-1)
    assert exc.value.field == "count"
    assert exc.value.value == -1


# -- Perka BKN 1/2013 Lampiran (Penilaian Kreativitas) -----------------------------------------


def test_kreativitas_explanation_records_signer_perka_bkn_1_2013() -> None:
    """The surat keterangan's signer is recorded and its rule cited only when given."""
    plain = pp46.kreativitas("organisasi").explanation
    assert plain.key == "creativity"
    assert plain.inputs == {"level": KreativitasLevel.ORGANISASI}
    assert plain.citations == (RULES.kreativitas_organisasi.citation,)
    signed = pp46.kreativitas("negara", "presiden").explanation
    assert signed.inputs == {"level": KreativitasLevel.NEGARA, "signer": Signer.PRESIDENT}
    assert signed.citations == (
        RULES.kreativitas_negara.citation,
        RULES.signers_negara.citation,
    )


def test_kreativitas_wrong_signer_refusal_cites_the_rule_perka_bkn_1_2013() -> None:
    with pytest.raises(InvalidInput) as exc:
        pp46.kreativitas("unit_kerja", "presiden")
    e = exc.value
    assert e.field == "signer"
    assert e.rule == "kreativitas"
    assert e.article == RULES.signers_unit_kerja.citation.label()
    assert e.value == "presiden"
    assert "kepala_unit_kerja" in e.message
    with pytest.raises(InvalidInput) as exc:
        pp46.kreativitas("unit_kerja", "nobody")
    assert exc.value.field == "signer"
    with pytest.raises(InvalidInput) as exc:
        pp46.kreativitas("dunia")
    assert exc.value.field == "level"


def test_kreativitas_points_and_signers_of_the_rule_set_are_used() -> None:
    rules = RULES.override(kreativitas_unit_kerja=D(4), signers_unit_kerja=(Signer.PRESIDENT,))
    assert pp46.kreativitas("unit_kerja", "presiden", rules=rules).value == 4
    with pytest.raises(InvalidInput):
        pp46.kreativitas("unit_kerja", "kepala_unit_kerja", rules=rules)


def test_skp_score_accepts_level_signer_pairs_perka_bkn_1_2013() -> None:
    """``(level, signer)`` findings are checked against the level's signers."""
    r = pp46.skp_score([K], kreativitas_findings=[("organisasi", "pejabat_eselon_i")])
    base = pp46.skp_score([K]).value
    assert r.value == base + 6
    kr = r.explanation.find("creativity")
    assert kr is not None
    assert kr.inputs["signer"] is Signer.ESELON_I
    with pytest.raises(InvalidInput) as exc:
        pp46.skp_score([K], kreativitas_findings=[("organisasi", "presiden")])
    assert exc.value.field == "signer"


def test_skp_score_refuses_findings_given_as_text() -> None:
    with pytest.raises(InvalidInput) as exc:
        pp46.skp_score([K], kreativitas_findings="negara")
    assert exc.value.field == "kreativitas_findings"


# -- Perka BKN 1/2013 Lampiran: nilai capaian SKP ----------------------------------------------


@pytest.mark.parametrize("kegiatan", ["K", b"K", {"a": 1}, iter([K]), 5])
def test_skp_score_needs_a_list_of_kegiatan(kegiatan: object) -> None:
    with pytest.raises(InvalidInput) as exc:
        pp46.skp_score(kegiatan)  # type: ignore[arg-type]
    assert exc.value.field == "kegiatan"


def test_skp_score_empty_refusal_names_kegiatan() -> None:
    with pytest.raises(InvalidInput) as exc:
        pp46.skp_score([])
    assert exc.value.field == "kegiatan"


def test_skp_score_mean_over_kegiatan_perka_bkn_1_2013() -> None:
    """Nilai capaian SKP = Σ nilai capaian kegiatan ÷ jumlah kegiatan (+ add-ons)."""
    low = {**K, "quantity_realised": 5}  # (50 + 100 + 76) / 3
    r = pp46.skp_score([K, low], tugas_tambahan_count=4)
    mean = ((D(276) / 3) + (D(226) / 3)) / 2
    assert r.value == mean + 2
    e = r.explanation
    assert e.key == "skp_achievement_score"
    mean_node = e.children[0]
    assert mean_node.key == "activity_average"
    assert mean_node.value == mean
    assert mean_node.citations == (RULES.overall_average_rule,)
    assert len(mean_node.children) == 2
    assert [c.key for c in e.children[1:]] == ["extra_duties", "creativity_total"]
    # at most 100 without a cap: only the add-on rule is cited, no policy note
    assert e.citations == (RULES.addons_rule,)
    assert e.note is None


def test_skp_score_over_100_cites_the_cap_policy_perka_bkn_1_2013() -> None:
    """Above 100 without a cap the UNCERTAIN cap question is cited and noted."""
    r = pp46.skp_score([K], kreativitas_findings=["negara"])  # 92 + 12 = 104
    assert r.value == D(276) / 3 + 12
    assert r.explanation.citations == (RULES.addons_rule, RULES.skp_cap.citation)
    assert r.explanation.note is not None


def test_skp_cap_applies_only_above_the_cap() -> None:
    rules = RULES.override(skp_cap=D(100))
    capped = pp46.skp_score([K], kreativitas_findings=["negara"], rules=rules)
    assert capped.value == 100
    under = pp46.skp_score([K], rules=rules)
    assert under.value == D(276) / 3
    assert under.explanation.note is not None  # the cap policy is recorded when set
    assert RULES.skp_cap.citation in under.explanation.citations


def test_kreativitas_stacking_explanation() -> None:
    """One finding: no stacking policy involved; several: the policy is cited and noted."""
    none = pp46.skp_score([K]).explanation.children[2]
    assert (none.key, none.value, none.citations, none.note) == ("creativity_total", 0, (), None)
    one = pp46.skp_score([K], kreativitas_findings=["negara"]).explanation.children[2]
    assert one.value == 12
    assert one.citations == ()
    assert one.note is None
    two = pp46.skp_score([K], kreativitas_findings=["negara", "negara"]).explanation.children[2]
    assert two.value == 24
    assert two.citations == (RULES.kreativitas_stacking.citation,)
    assert two.note is not None
    assert len(two.children) == 2


# -- PP 46/2011: perilaku kerja and nilai prestasi kerja ---------------------------------------


def test_perilaku_refuses_non_mapping_and_non_bool() -> None:
    with pytest.raises(InvalidInput) as exc:
        pp46.perilaku_score([80, 85])  # type: ignore[arg-type]
    assert exc.value.field == "scores"
    with pytest.raises(InvalidInput) as exc:
        pp46.perilaku_score(FIVE, structural=1)  # type: ignore[arg-type]
    assert exc.value.field == "structural"


def test_perilaku_refuses_negative_scores_naming_the_aspect() -> None:
    with pytest.raises(InvalidInput) as exc:
        pp46.perilaku_score({**FIVE, "integritas": -1})
    assert exc.value.field == "scores.integritas"
    assert pp46.perilaku_score({**FIVE, "integritas": 0}).value == D(315) / 5


def test_perilaku_missing_aspect_refusal_cites_pp_46_2011() -> None:
    """PP 46/2011: all five aspects are required (kepemimpinan only for pejabat struktural)."""
    partial = {k: v for k, v in FIVE.items() if k != "disiplin"}
    with pytest.raises(InvalidInput) as exc:
        pp46.perilaku_score(partial)
    assert exc.value.field == "scores"
    assert exc.value.rule == "perilaku kerja"
    assert exc.value.article == RULES.perilaku_aspects.citation.label()
    assert "disiplin" in exc.value.message


def test_perilaku_explanation_pp_46_2011() -> None:
    r = pp46.perilaku_score({**FIVE, "kepemimpinan": 86}, structural=True)
    e = r.explanation
    assert e.key == "behaviour_score"
    assert e.inputs == {**{k: D(v) for k, v in FIVE.items()}, "kepemimpinan": D(86)}
    assert RULES.perilaku_aspects.citation in e.citations
    assert RULES.leadership_aspect.citation in e.citations
    assert e.rule is not None
    assert "6" in e.rule.id
    plain = pp46.perilaku_score(FIVE).explanation
    assert RULES.perilaku_aspects.citation in plain.citations
    assert RULES.leadership_aspect.citation not in plain.citations
    assert plain.rule is not None
    assert "5" in plain.rule.en


def test_perilaku_aspects_of_the_rule_set_are_used() -> None:
    rules = RULES.override(
        perilaku_aspects=(PerilakuAspect.SERVICE, PerilakuAspect.INTEGRITY),
    )
    r = pp46.perilaku_score({"orientasi_pelayanan": 80, "integritas": 90}, rules=rules)
    assert r.value == 85


def test_prestasi_kerja_explanation_and_refusals_pp_46_2011() -> None:
    """PP 46/2011: nilai prestasi kerja = 60 % SKP + 40 % perilaku kerja."""
    e = pp46.prestasi_kerja(90, 80).explanation
    assert e.key == "work_performance_score"
    assert e.inputs == {"skp_score": 90, "behaviour_score": 80}
    assert e.citations == (RULES.weight_skp.citation,)
    assert e.rule is not None
    assert "0.60" in e.rule.id
    assert "0.40" in e.rule.en
    for args, field in (((-1, 80), "nilai_skp"), ((80, -1), "nilai_perilaku")):
        with pytest.raises(InvalidInput) as exc:
            pp46.prestasi_kerja(*args)
        assert exc.value.field == field
    assert pp46.prestasi_kerja(0, 0).value == 0


def test_prestasi_kerja_weights_of_the_rule_set_are_used() -> None:
    rules = RULES.override(weight_skp=D("0.5"), weight_perilaku=D("0.5"))
    assert pp46.prestasi_kerja(90, 80, rules=rules).value == 85


# -- Perka BKN 1/2013 Lampiran (predikat) ------------------------------------------------------


def test_predikat_explanation_perka_bkn_1_2013() -> None:
    r = pp46.predikat(80)
    e = r.explanation
    assert e.key == "predicate"
    assert e.value is PredicatePp46.GOOD
    assert e.inputs == {"score": 80}
    assert e.citations == (RULES.predikat_bands.citation,)
    assert e.note is None
    assert e.rule is not None
    assert e.rule.id == "≥ 91 Sangat Baik; ≥ 76 Baik; ≥ 61 Cukup; ≥ 51 Kurang; lainnya Buruk"
    assert e.rule.en == "≥ 91 Sangat Baik; ≥ 76 Baik; ≥ 61 Cukup; ≥ 51 Kurang; else Buruk"
    assert r.value == 80
    assert str(r) == "Baik"


def test_predikat_between_bands_records_the_policy_perka_bkn_1_2013() -> None:
    r = pp46.predikat("75.5")
    assert r.predicate is PredicatePp46.FAIR
    assert r.explanation.citations == (
        RULES.predikat_bands.citation,
        RULES.between_bands.citation,
    )
    assert r.explanation.note is not None


@pytest.mark.parametrize(
    ("nilai", "expected"),
    [
        ("50.5", PredicatePp46.POOR),
        ("50.4", PredicatePp46.BAD),
        ("60.5", PredicatePp46.FAIR),
        ("75.5", PredicatePp46.GOOD),
        ("76.4", PredicatePp46.GOOD),
        ("91.4", PredicatePp46.VERY_GOOD),
    ],
)
def test_predikat_round_half_up_policy_perka_bkn_1_2013(
    nilai: str, expected: PredicatePp46
) -> None:
    """Round half up reads 50.5 as 51 (Kurang); values inside a band are not rounded."""
    rules = RULES.override(between_bands="round_half_up")
    assert pp46.predikat(nilai, rules=rules).predicate is expected


def test_predikat_inside_a_band_is_not_between_bands() -> None:
    """85.5 lies inside the Baik band: no policy involved."""
    r = pp46.predikat("85.5")
    assert r.explanation.note is None
    assert RULES.between_bands.citation not in r.explanation.citations


def test_predikat_refuses_negative_and_uses_overridden_bands() -> None:
    with pytest.raises(InvalidInput) as exc:
        pp46.predikat(-1)
    assert exc.value.field == "nilai"
    rules = RULES.override(
        predikat_bands=((D(50), PredicatePp46.VERY_GOOD),), predikat_floor=PredicatePp46.POOR
    )
    assert pp46.predikat(50, rules=rules).predicate is PredicatePp46.VERY_GOOD
    assert pp46.predikat(49, rules=rules).predicate is PredicatePp46.POOR


def _titled(node: Explanation) -> None:
    """Every node of the explanation tree has a bilingual title."""
    for n in node.walk():
        assert isinstance(n.title, Text)
        assert n.title.id
        assert n.title.en


def test_every_explanation_is_titled_and_valued() -> None:
    """Each result explains itself: a titled tree whose root carries the result's value."""
    results = [
        pp46.quantity_aspect(target=10, realised=8),
        pp46.quality_aspect(realised=90),
        pp46.time_aspect(target=12, realised=12),
        pp46.time_aspect(target=12, realised=6),
        pp46.time_aspect(target=12, realised=0),
        pp46.cost_aspect(target=10, realised=8),
        pp46.kegiatan_score(K),
        pp46.tugas_tambahan(2),
        pp46.kreativitas("negara", "presiden"),
        pp46.skp_score([K], kreativitas_findings=["negara", "organisasi"]),
        pp46.perilaku_score(FIVE),
        pp46.prestasi_kerja(90, 80),
    ]
    for r in results:
        _titled(r.explanation)
        assert r.explanation.value == r.value
        assert r.explanation.rule is not None
        assert r.explanation.rule.id
    p = pp46.predikat("90.5")
    _titled(p.explanation)
    assert p.explanation.value is p.predicate


def test_perilaku_refusals_carry_the_value() -> None:
    with pytest.raises(InvalidInput) as exc:
        pp46.perilaku_score([80])  # type: ignore[arg-type]
    assert exc.value.value == [80]
    with pytest.raises(InvalidInput) as exc:
        pp46.perilaku_score(FIVE, structural="ya")  # type: ignore[arg-type]
    assert exc.value.value == "ya"
    with pytest.raises(InvalidInput) as exc:
        pp46.perilaku_score({**FIVE, "kreativitas": 80})
    assert exc.value.field == "scores"
    assert exc.value.value == "kreativitas"


def test_predikat_just_below_a_gap_is_not_between_bands() -> None:
    """89.5 lies inside the Baik band (76–90); only (90, 91) is the gap below Sangat Baik."""
    r = pp46.predikat("89.5")
    assert r.predicate is PredicatePp46.GOOD
    assert r.explanation.note is None
    assert r.explanation.citations == (RULES.predikat_bands.citation,)


def test_skp_score_uses_the_rule_set_passed_everywhere_perka_bkn_1_2013() -> None:
    """An overridden rule set reaches every kegiatan, tugas tambahan and kreativitas finding."""
    rules = RULES.override(
        time_factor=D(2),
        tugas_tambahan_bands=((None, D(5)),),
        kreativitas_negara=D(1),
        signers_negara=(Signer.PRESIDENT,),
    )
    r = pp46.skp_score(
        [K],
        tugas_tambahan_count=1,
        kreativitas_findings=["negara", ("negara", "presiden")],
        rules=rules,
    )
    # kegiatan (100 + 100 + 100) / 3 with factor 2, tugas tambahan 5, kreativitas 1 + 1
    assert r.value == 100 + 5 + 2
    with pytest.raises(InvalidInput):
        pp46.skp_score([K], kreativitas_findings=[("negara", "pimpinan_tertinggi_instansi")],
                       rules=rules)  # fmt: skip


def test_kegiatan_quality_target_is_used_perka_bkn_1_2013() -> None:
    """Kualitas = RK / TK × 100 with the kegiatan's own target when it has one."""
    r = pp46.kegiatan_score({**K, "quality_target": 50, "quality_realised": 50})
    assert r.value == D(276) / 3
    kualitas = r.explanation.children[1]
    assert kualitas.inputs == {"target": 50, "realised": 50}


def test_skp_score_of_exactly_100_needs_no_cap_note_perka_bkn_1_2013() -> None:
    exact = {**K, "time_realised": "9.12"}  # (100 + 100 + 100) / 3
    r = pp46.skp_score([exact])
    assert r.value == 100
    assert r.explanation.citations == (RULES.addons_rule,)
    assert r.explanation.note is None


def test_foreign_rule_set_refusal_carries_the_value() -> None:
    with pytest.raises(InvalidInput) as exc:
        pp46.tugas_tambahan(1, rules="pp46_2011")  # type: ignore[arg-type]
    assert exc.value.value == "pp46_2011"
    with pytest.raises(InvalidInput) as exc:
        pp46.skp_score("kegiatan")  # type: ignore[arg-type]
    assert exc.value.value == "kegiatan"
