"""PermenPANRB 6/2022: ratings and the 3×3 predikat matrix (skp.md §4)."""

import pytest

from inovasi_daerah import skp
from inovasi_daerah.errors import InvalidInput
from inovasi_daerah.skp import Predicate, Rating

A, S, B = "di_atas_ekspektasi", "sesuai_ekspektasi", "di_bawah_ekspektasi"


# skp.md §4.3, the whole matrix (THIRD-PARTY [KT5]; names VERIFIED [K25]).
@pytest.mark.parametrize(
    ("hasil_kerja", "perilaku", "expected"),
    [
        (A, B, "Kurang/Misconduct"),
        (A, S, "Baik"),
        (A, A, "Sangat Baik"),
        (S, B, "Kurang/Misconduct"),
        (S, S, "Baik"),
        (S, A, "Baik"),
        (B, B, "Sangat Kurang"),
        (B, S, "Butuh Perbaikan"),
        (B, A, "Butuh Perbaikan"),
    ],
)
def test_matrix(hasil_kerja: str, perilaku: str, expected: str) -> None:
    r = skp.predikat(hasil_kerja, perilaku)
    assert r.predicate is Predicate(expected)
    assert r.predicate.value == expected
    assert r.uncertain  # the matrix is THIRD-PARTY


def test_only_path_to_sangat_baik_is_above_on_both_axes() -> None:
    hits = [
        (h, p)
        for h in Rating
        for p in Rating
        if skp.predikat(h, p).predicate is Predicate.VERY_GOOD
    ]
    assert hits == [(Rating.ABOVE, Rating.ABOVE)]


def test_ratings_accept_display_text_and_enums() -> None:
    assert skp.predikat("Di atas ekspektasi", Rating.ABOVE).predicate is Predicate.VERY_GOOD
    assert Rating("sesuai ekspektasi") is Rating.MEETS


def test_predikat_aliases() -> None:
    """'Cukup' = Butuh Perbaikan, 'Kurang' = Kurang/Misconduct (skp.md §5.2)."""
    assert Predicate("Cukup") is Predicate.NEEDS_IMPROVEMENT
    assert Predicate("Kurang") is Predicate.POOR
    assert Predicate("Kurang/Misconduct") is Predicate.POOR


@pytest.mark.parametrize("bad", ["luar biasa", "", None, 3, ["di_atas_ekspektasi"]])
def test_bad_ratings(bad: object) -> None:
    with pytest.raises(InvalidInput):
        skp.predikat(bad, A)


# skp.md §4.4: distribution guidance (SE MenPANRB 2023, VERIFIED-SECONDARY [K24]); not binding.
def test_distribution_istimewa_at_most_70_percent_sangat_baik() -> None:
    ok = skp.check_distribution("istimewa", {"Sangat Baik": 7, "Baik": 3})
    bad = skp.check_distribution("istimewa", {"Sangat Baik": 8, "Baik": 2})
    assert ok.ok
    assert not bad.ok


def test_distribution_baik_needs_some_butuh_perbaikan_or_kurang() -> None:
    assert not skp.check_distribution("baik", {"Baik": 7, "Sangat Baik": 3}).ok
    assert skp.check_distribution("baik", {"Baik": 7, "Sangat Baik": 2, "Cukup": 1}).ok


def test_distribution_sangat_kurang_no_sangat_baik() -> None:
    r = skp.check_distribution("sangat_kurang", {"Sangat Kurang": 6, "Kurang": 3, "Sangat Baik": 1})
    assert not r.ok
    assert len(r.findings) == 1


def test_distribution_refuses_junk() -> None:
    with pytest.raises(InvalidInput):
        skp.check_distribution("hebat", {"Baik": 1})
    with pytest.raises(InvalidInput):
        skp.check_distribution("baik", {"Baik": -1})
    with pytest.raises(InvalidInput):
        skp.check_distribution("baik", {})
