"""PP 46/2011 + Perka BKN 1/2013 (skp.md §2): every formula and band boundary."""

from decimal import Decimal

import pytest

from inovasi_daerah.errors import InvalidInput
from inovasi_daerah.law import Status
from inovasi_daerah.skp import PredicatePp46, pp46

D = Decimal
TWO = D("0.01")


# -- skp.md §2.2 waktu: the reference's table (Perka BKN 1/2013 Lampiran; [K8], [KT1]) ----------
@pytest.mark.parametrize(
    ("target", "realised", "expected"),
    [
        (12, 12, "76.00"),
        (5, 4, "96.00"),
        (12, "9.12", "100.00"),
        (12, 9, "75.00"),
        (12, 6, "50.00"),
        (12, 13, "67.67"),
    ],
)
def test_time_aspect_reference_table(target: int, realised: object, expected: str) -> None:
    assert pp46.time_aspect(target=target, realised=realised).value.quantize(TWO) == D(expected)


def test_time_aspect_boundary_24_percent_is_first_branch() -> None:
    """skp.md §2.2: e = 24 % belongs to the first branch (THIRD-PARTY [KT1]) → 100, not 76."""
    r = pp46.time_aspect(target=100, realised=76)
    assert r.value == 100
    assert r.uncertain  # the boundary rule is third-party
    assert any(c.source == "KT1" for c in r.explanation.citations)


def test_time_aspect_just_either_side_of_24_percent() -> None:
    below = pp46.time_aspect(target=100, realised="76.01")  # e = 23.99 → 76 + e
    above = pp46.time_aspect(target=100, realised="75.99")  # e = 24.01 → 100 − e
    assert below.value == D("99.99")
    assert above.value == D("75.99")
    assert not below.uncertain  # first branch, away from the boundary: VERIFIED-SECONDARY
    assert above.uncertain  # second branch: THIRD-PARTY


def test_time_aspect_equivalent_form_76_plus_e() -> None:
    """skp.md §2.2 (DERIVED): value = 76 + e for e ≤ 24, 100 − e above."""
    for realised in range(1, 30):
        e = 100 - D(realised) / 12 * 100
        v = pp46.time_aspect(target=12, realised=realised).value
        expected = 76 + e if e <= 24 else 100 - e
        assert abs(v - expected) < D("1e-20")


def test_time_aspect_realised_zero_scores_zero() -> None:
    """Kegiatan not carried out → 0 (THIRD-PARTY [KT1])."""
    r = pp46.time_aspect(target=12, realised=0)
    assert r.value == 0
    assert r.uncertain


def test_cost_aspect_same_shape_third_party() -> None:
    """Biaya: the waktu formula on cost, THIRD-PARTY [KT1]."""
    assert pp46.cost_aspect(target=1000, realised=1000).value == 76
    assert pp46.cost_aspect(target=1000, realised=760).value == 100
    assert pp46.cost_aspect(target=1000, realised=500).value == 50
    assert pp46.cost_aspect(target=1000, realised=0).value == 0
    assert pp46.cost_aspect(target=1000, realised=1000).uncertain


def test_quantity_and_quality_aspects() -> None:
    """Kuantitas RO/TO × 100, kualitas RK/TK × 100 with target normally 100 ([K7][K9])."""
    assert pp46.quantity_aspect(target=10, realised=8).value == 80
    assert pp46.quantity_aspect(target=10, realised=12).value == 120
    assert pp46.quality_aspect(realised=90).value == 90
    assert pp46.quality_aspect(realised=45, target=50).value == 90
    assert not pp46.quantity_aspect(target=10, realised=8).uncertain


@pytest.mark.parametrize(
    ("kwargs", "field"),
    [
        ({"target": 0, "realised": 1}, "target"),
        ({"target": -1, "realised": 1}, "target"),
        ({"target": 1, "realised": -1}, "realised"),
        ({"target": "x", "realised": 1}, "target"),
        ({"target": True, "realised": 1}, "target"),
        ({"target": float("nan"), "realised": 1}, "target"),
    ],
)
def test_aspects_refuse_bad_numbers(kwargs: dict[str, object], field: str) -> None:
    with pytest.raises(InvalidInput) as exc:
        pp46.time_aspect(**kwargs)
    assert exc.value.field == field


def test_floats_are_converted_through_str() -> None:
    assert pp46.time_aspect(target=12, realised=9.12).value == 100


# -- skp.md §2.3 nilai capaian ---------------------------------------------------------------------
def test_kegiatan_score_three_aspects_without_cost() -> None:
    """Per kegiatan: sum of aspects ÷ 3 without biaya ([K7])."""
    k = {
        "quantity_target": 10,
        "quantity_realised": 10,
        "quality_realised": 100,
        "time_target": 12,
        "time_realised": 12,
    }
    assert pp46.kegiatan_score(k).value == (D(100) + 100 + 76) / 3


def test_kegiatan_score_four_aspects_with_cost() -> None:
    """Per kegiatan: ÷ 4 when the activity is funded ([K7][KT1])."""
    k = {
        "target_output": 10,
        "realisasi_output": 10,
        "realisasi_kualitas": 100,
        "target_waktu": 12,
        "realisasi_waktu": 12,
        "target_biaya": 100,
        "realisasi_biaya": 76,
    }
    assert pp46.kegiatan_score(k).value == (D(100) + 100 + 76 + 100) / 4


def test_kegiatan_cost_needs_both() -> None:
    with pytest.raises(InvalidInput):
        pp46.kegiatan_score(
            {
                "quantity_target": 1,
                "quantity_realised": 1,
                "quality_realised": 1,
                "time_target": 1,
                "time_realised": 1,
                "cost_target": 5,
            }
        )


def test_skp_score_mean_plus_addons_no_cap_by_default() -> None:
    """Add-ons after averaging, no cap at 100 ([KT1]); the cap question is flagged UNCERTAIN."""
    k = {
        "quantity_target": 10,
        "quantity_realised": 10,
        "quality_realised": 100,
        "time_target": 12,
        "time_realised": "9.12",
    }
    r = pp46.skp_score([k, k], tugas_tambahan_count=7, kreativitas_findings=["negara"])
    assert r.value == 100 + 3 + 12
    assert any(c.status is Status.UNCERTAIN for c in r.explanation.citations)


def test_skp_score_cap_policy_override() -> None:
    rules = pp46.RULES.override(reason="instansi X caps", skp_cap=D(100))
    k = {
        "quantity_target": 10,
        "quantity_realised": 10,
        "quality_realised": 100,
        "time_target": 12,
        "time_realised": "9.12",
    }
    assert pp46.skp_score([k], tugas_tambahan_count=1, rules=rules).value == 100


def test_skp_score_needs_kegiatan() -> None:
    with pytest.raises(InvalidInput):
        pp46.skp_score([])


# -- skp.md §2.4 tugas tambahan
@pytest.mark.parametrize(
    ("count", "points"), [(0, 0), (1, 1), (3, 1), (4, 2), (6, 2), (7, 3), (50, 3)]
)
def test_tugas_tambahan_bands(count: int, points: int) -> None:
    """0 → 0, 1–3 → 1, 4–6 → 2, ≥ 7 → 3 (Perka BKN 1/2013; THIRD-PARTY [KT1])."""
    r = pp46.tugas_tambahan(count)
    assert r.value == points
    assert r.uncertain


@pytest.mark.parametrize("bad", [-1, 1.5, "3", True, None])
def test_tugas_tambahan_refuses_non_counts(bad: object) -> None:
    with pytest.raises(InvalidInput):
        pp46.tugas_tambahan(bad)


# -- skp.md §2.5 kreativitas -----------------------------------------------------------------------
@pytest.mark.parametrize(
    ("level", "points"), [("unit_kerja", 3), ("organisasi", 6), ("negara", 12)]
)
def test_kreativitas_points_third_party(level: str, points: int) -> None:
    """3 / 6 / 12 by level of benefit (THIRD-PARTY [KT3b])."""
    r = pp46.kreativitas(level)
    assert r.value == points
    assert r.uncertain


@pytest.mark.parametrize(
    ("level", "signer"),
    [
        ("unit_kerja", "kepala_unit_kerja"),
        ("unit_kerja", "pejabat_eselon_ii"),
        ("organisasi", "pejabat_eselon_i"),
        ("organisasi", "kepala_instansi_setingkat"),
        ("negara", "pimpinan_tertinggi_instansi"),
        ("negara", "presiden"),
    ],
)
def test_kreativitas_signers_accepted(level: str, signer: str) -> None:
    """Signers as data; both readings of the 'negara' signer are accepted ([KT3b], UNCERTAIN)."""
    assert pp46.kreativitas(level, signer).value > 0


def test_kreativitas_wrong_signer_refused() -> None:
    with pytest.raises(InvalidInput) as exc:
        pp46.kreativitas("negara", "kepala_unit_kerja")
    assert exc.value.field == "signer"


def test_kreativitas_negara_signer_uncertain() -> None:
    r = pp46.kreativitas("negara", "presiden")
    assert any(c.status is Status.UNCERTAIN for c in r.explanation.citations)


def test_kreativitas_stacking_policy() -> None:
    """Several findings: summed by default ([KT1]); 'highest' is the other reading (UNCERTAIN)."""
    k = {
        "quantity_target": 1,
        "quantity_realised": 1,
        "quality_realised": 100,
        "time_target": 12,
        "time_realised": "9.12",
    }
    both = ["unit_kerja", "organisasi"]
    assert pp46.skp_score([k], kreativitas_findings=both).value == 109
    rules = pp46.RULES.override(kreativitas_stacking="highest")
    assert pp46.skp_score([k], kreativitas_findings=both, rules=rules).value == 106
    with pytest.raises(InvalidInput):
        pp46.RULES.override(kreativitas_stacking="average")


# -- skp.md §2.6 perilaku and §2.1 weights
FIVE = {
    "orientasi_pelayanan": 80,
    "integritas": 85,
    "komitmen": 90,
    "disiplin": 75,
    "kerja_sama": 70,
}


def test_perilaku_five_aspects() -> None:
    """Mean of the 5 aspects ([K10][KT1])."""
    assert pp46.perilaku_score(FIVE).value == 80


def test_perilaku_average_is_third_party_and_flagged() -> None:
    """skp.md §2.6: "Nilai perilaku = average of the 5 (or 6) aspect scores" is THIRD-PARTY
    [KT1]; a result using it is flagged uncertain and cites it."""
    r = pp46.perilaku_score(FIVE)
    assert r.uncertain
    labels = [c.label() for c in r.uncertain_citations]
    assert any("Penilaian Perilaku Kerja" in label and "THIRD-PARTY" in label for label in labels)


def test_perilaku_six_aspects_for_structural() -> None:
    """Kepemimpinan for pejabat struktural only (THIRD-PARTY [KT1])."""
    r = pp46.perilaku_score({**FIVE, "kepemimpinan": 86}, structural=True)
    assert r.value == 81
    assert r.uncertain
    with pytest.raises(InvalidInput):
        pp46.perilaku_score({**FIVE, "kepemimpinan": 86})
    with pytest.raises(InvalidInput):
        pp46.perilaku_score(FIVE, structural=True)


def test_prestasi_kerja_60_40() -> None:
    """Nilai prestasi kerja = 60 % SKP + 40 % perilaku ([K3][K4])."""
    assert pp46.prestasi_kerja(90, 80).value == 86
    assert pp46.prestasi_kerja(100, 0).value == 60


# -- skp.md §2.7 predikat
@pytest.mark.parametrize(
    ("nilai", "expected"),
    [
        ("91", "Sangat Baik"),
        ("90", "Baik"),
        ("120", "Sangat Baik"),
        ("76", "Baik"),
        ("75", "Cukup"),
        ("61", "Cukup"),
        ("60", "Kurang"),
        ("51", "Kurang"),
        ("50", "Buruk"),
        ("0", "Buruk"),
    ],
)
def test_predikat_bands_both_sides(nilai: str, expected: str) -> None:
    """≥ 91 / 76 / 61 / 51 ([K10]); integers are not uncertain."""
    r = pp46.predikat(nilai)
    assert r.predicate is PredicatePp46(expected)
    assert not r.uncertain


def test_predikat_decimal_between_bands_is_policy() -> None:
    """90.5: lower thresholds → Baik (default, [KT1]); round half up → Sangat Baik. UNCERTAIN."""
    r = pp46.predikat("90.5")
    assert r.predicate is PredicatePp46.GOOD
    assert r.uncertain
    rules = pp46.RULES.override(between_bands="round_half_up")
    assert pp46.predikat("90.5", rules=rules).predicate is PredicatePp46.VERY_GOOD
    assert pp46.predikat("90.4", rules=rules).predicate is PredicatePp46.GOOD
    assert not pp46.predikat("85.5").uncertain  # not between bands
