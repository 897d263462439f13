"""PP 30/2019 Pasal 41 + PermenPANRB 8/2021 (skp.md §3)."""

from decimal import Decimal

import pytest

from inovasi_daerah.errors import InvalidInput, MissingParameter
from inovasi_daerah.skp import PredicatePp30, pp30

D = Decimal


# -- §3.1 weights: Pasal 41 ayat (2)-(4), VERIFIED [K11]
def test_weights_70_30_without_peer_input() -> None:
    """Pasal 41 ayat (2) huruf a, ayat (3)."""
    r = pp30.nilai_kinerja(100, 50, peer_input=False)
    assert r.value == 85
    assert not r.uncertain


def test_weights_60_40_with_peer_input() -> None:
    """Pasal 41 ayat (2) huruf b, ayat (4)."""
    assert pp30.nilai_kinerja(100, 50, peer_input=True).value == 80


def test_peer_input_must_be_bool() -> None:
    with pytest.raises(InvalidInput):
        pp30.nilai_kinerja(100, 50, peer_input="ya")


# -- §3.2 predikat: Pasal 41 ayat (5) --------------------------------------------------------------
@pytest.mark.parametrize(
    ("nilai", "innovation", "expected"),
    [
        (120, True, "Sangat Baik"),
        (110, True, "Sangat Baik"),
        ("109.99", True, "Baik"),
        (110, False, "Baik"),
        (120, False, "Baik"),
        (90, False, "Baik"),
        ("89.99", False, "Cukup"),
        (70, False, "Cukup"),
        ("69.99", False, "Kurang"),
        (50, False, "Kurang"),
        ("49.99", False, "Sangat Kurang"),
        (0, False, "Sangat Kurang"),
    ],
)
def test_predikat_bands_both_sides(nilai: object, innovation: bool, expected: str) -> None:
    assert pp30.predikat(nilai, innovation=innovation).predicate is PredicatePp30(expected)


def test_innovation_gate_is_verified() -> None:
    """Sangat Baik needs a new idea/way benefiting the organisation or state (VERIFIED [K11])."""
    assert not pp30.predikat(115, innovation=True).uncertain
    assert not pp30.predikat(115, innovation=False).uncertain


def test_lower_band_sign_uncertain_only_at_50() -> None:
    """Signs of Kurang / Sangat Kurang are UNCERTAIN ([K12]): flagged exactly where they matter."""
    assert pp30.predikat(50).uncertain
    assert not pp30.predikat(60).uncertain
    assert not pp30.predikat(40).uncertain


def test_predikat_refuses_above_120() -> None:
    with pytest.raises(InvalidInput) as exc:
        pp30.predikat(121)
    assert "Pasal 41" in str(exc.value)


# -- §3.3 capaian IKI ------------------------------------------------------------------------------
def test_capaian_normal_and_lower_is_better() -> None:
    """R/T × 100; (1 + (1 − R/T)) × 100 for 'lower is better' (VERIFIED [K18])."""
    assert pp30.capaian(target=80, realised=100).value == 125
    assert pp30.capaian(target=100, realised=80, lower_is_better=True).value == 120


def test_capaian_range_target() -> None:
    """Above the range: vs upper bound; below: vs lower bound; within: 100 % (UNCERTAIN)."""
    assert pp30.capaian(target=80, target_upper=90, realised=99).value == 110
    assert pp30.capaian(target=80, target_upper=90, realised=40).value == 50
    within = pp30.capaian(target=80, target_upper=90, realised=85)
    assert within.value == 100
    assert within.uncertain


@pytest.mark.parametrize(
    ("capaian", "nilai"),
    [
        ("110.01", 120),
        (200, 120),  # > 110 % → 120 (VERIFIED)
        (80, 70),
        (99, 89),
        (90, 80),  # Cukup 70 + 19/19 × (c − 80) (VERIFIED)
        (60, 50),
        (79, 69),
        (70, 60),  # Kurang 50 + 19/19 × (c − 60) (VERIFIED)
        (59, 49),
        (0, 0),  # Sangat Kurang c / 59 × 49 (VERIFIED)
    ],
)
def test_nilai_from_capaian_verified_bands(capaian: object, nilai: int) -> None:
    r = pp30.nilai_from_capaian(capaian)
    assert r.value == nilai
    assert not r.uncertain


def test_sangat_kurang_formula_fraction() -> None:
    assert pp30.nilai_from_capaian(30).value == D(30) / 59 * 49


def test_baik_worked_example_100_gives_109() -> None:
    """The regulation's worked example: 100 % → 109 (VERIFIED [K18])."""
    r = pp30.nilai_from_capaian(100)
    assert r.value == 109
    assert not r.uncertain


def test_baik_band_otherwise_open() -> None:
    """The general Baik formula is not known: OPEN, supply it with an override."""
    with pytest.raises(MissingParameter):
        pp30.nilai_from_capaian("100.5")
    rules = pp30.RULES.override(segment_baik=(D(100), D(101), D(109), D(110)), reason="test")
    assert pp30.nilai_from_capaian("100.5", rules=rules).value == D("109.5")


def test_sangat_baik_band_linear_uncertain() -> None:
    """101–110 % → 110–120 linear (UNCERTAIN)."""
    assert pp30.nilai_from_capaian(101).value == 110
    assert pp30.nilai_from_capaian(110).value == 120
    assert pp30.nilai_from_capaian(101).uncertain


def test_maximum_target_100_percent_gives_120() -> None:
    """100 % on a target that is the maximum possible → 120 (VERIFIED)."""
    assert pp30.nilai_from_capaian(100, maximum_target=True).value == 120


def test_capaian_between_bands_flagged() -> None:
    """99.5 % lies between Cukup (≤ 99) and Baik (100): lower bound inclusive, UNCERTAIN."""
    r = pp30.nilai_from_capaian("99.5")
    assert r.value == D("89.5")
    assert r.uncertain
    assert pp30.nilai_from_capaian("79.5").uncertain
    assert pp30.nilai_from_capaian("59.5").uncertain


# -- kinerja tambahan -----------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("predikat", "factor"),
    [("Sangat Baik", 100), ("Baik", 80), ("Cukup", 60), ("Kurang", 40), ("Sangat Kurang", 20)],
)
def test_kinerja_tambahan_factors(predikat: str, factor: int) -> None:
    """Factor 100/80/60/40/20 (VERIFIED); arrangement of the fraction UNCERTAIN."""
    r = pp30.kinerja_tambahan([{"predikat": predikat, "bobot": "0.05", "nilai": 100}])
    assert r.value == D(factor) * D("0.05") * 100 / 100
    assert r.uncertain


def test_kinerja_tambahan_capped_at_10() -> None:
    """Total weighted kinerja tambahan above 10 is set to 10 (VERIFIED)."""
    entry = {"predikat": "Sangat Baik", "bobot": "0.1", "nilai": 100}
    assert pp30.kinerja_tambahan([entry]).value == 10
    assert pp30.kinerja_tambahan([entry, entry]).value == 10
    assert pp30.kinerja_tambahan([entry], other=5).value == 10
    assert pp30.kinerja_tambahan([], other=3).value == 3


def test_nilai_skp_is_ku_plus_kt_capped() -> None:
    """Nilai SKP = KU + KT (VERIFIED)."""
    assert pp30.nilai_skp(100, 4).value == 104
    assert pp30.nilai_skp(100, 15).value == 110
