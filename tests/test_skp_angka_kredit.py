"""PermenPANRB 1/2023 + Peraturan BKN 3/2023: angka kredit (skp.md §5)."""

from decimal import Decimal

import pytest

from inovasi_daerah import skp
from inovasi_daerah.errors import InvalidInput, NoRuleSetInForce
from inovasi_daerah.models.enums import Jenjang
from inovasi_daerah.skp import Predicate
from inovasi_daerah.skp.permenpanrb_1_2023 import RULES

D = Decimal


# §5.2 percentages (VERIFIED-SECONDARY [K28]).
@pytest.mark.parametrize(
    ("predikat", "pct"),
    [
        ("Sangat Baik", "1.50"),
        ("Baik", "1.00"),
        ("Butuh Perbaikan", "0.75"),
        ("Cukup", "0.75"),
        ("Kurang/Misconduct", "0.50"),
        ("Kurang", "0.50"),
        ("Sangat Kurang", "0.25"),
    ],
)
def test_percentage_per_predikat(predikat: str, pct: str) -> None:
    r = skp.angka_kredit(predikat, "Ahli Muda")
    assert r.percentage == D(pct)
    assert r.value == D(pct) * 25


# §5.3 koefisien (THIRD-PARTY [KT4]; Ahli Pertama [K28]; Ahli Muda VERIFIED [K29]).
@pytest.mark.parametrize(
    ("jenjang", "koef", "uncertain"),
    [
        ("Pemula", "3.75", True),
        ("Terampil", "5", True),
        ("Mahir", "12.5", True),
        ("Penyelia", "25", True),
        ("Ahli Pertama", "12.5", False),
        ("Ahli Muda", "25", False),
        ("Ahli Madya", "37.5", True),
        ("Ahli Utama", "50", True),
    ],
)
def test_koefisien_per_jenjang(jenjang: str, koef: str, uncertain: bool) -> None:
    r = skp.angka_kredit("Baik", jenjang)
    assert r.coefficient == D(koef)
    assert r.value == D(koef)
    assert r.uncertain is uncertain


def test_formula_months_over_12() -> None:
    """AK = months / 12 × persentase × koefisien (VERIFIED-SECONDARY [K28])."""
    assert skp.angka_kredit("Sangat Baik", "Ahli Pertama", months=6).value == D("9.375")
    assert skp.angka_kredit("Baik", "Ahli Pertama", months=1).value == D(
        "1.041666666666666666666666667"
    )


def test_enums_accepted() -> None:
    assert skp.angka_kredit(Predicate.VERY_GOOD, Jenjang.AHLI_UTAMA).value == 75


def test_unrounded_and_display_rounding() -> None:
    r = skp.angka_kredit("Baik", "Terampil", months=1)
    assert r.value == D(5) / 12
    assert r.rounded() == D("0.42")
    assert r.rounded(4) == D("0.4167")


@pytest.mark.parametrize("months", [0, 13, -1, 6.0, "6", True, None])
def test_months_must_be_1_to_12(months: object) -> None:
    with pytest.raises(InvalidInput) as exc:
        skp.angka_kredit("Baik", "Ahli Muda", months=months)
    assert exc.value.field == "months"


def test_unknown_names_refused() -> None:
    with pytest.raises(InvalidInput):
        skp.angka_kredit("Istimewa", "Ahli Muda")
    with pytest.raises(InvalidInput):
        skp.angka_kredit("Baik", "Ahli Super")


# skp.md §5.4 cumulative thresholds (VERIFIED-SECONDARY [K31] golongan columns; PermenPANRB
# 1/2023 Lampiran [K47]). Corrected 2026-12-01: Terampil 20 / 60, Mahir 50 / 100.
@pytest.mark.parametrize(
    ("jenjang", "pangkat", "naik_jenjang"),
    [
        ("Ahli Utama", 200, None),
        ("Ahli Madya", 150, 450),
        ("Ahli Muda", 100, 200),
        ("Ahli Pertama", 50, 100),
        ("Penyelia", 100, None),
        ("Mahir", 50, 100),
        ("Terampil", 20, 60),
        ("Pemula", 15, 15),
    ],
)
def test_thresholds(jenjang: str, pangkat: int, naik_jenjang: int | None) -> None:
    p = skp.accumulate([], jenjang)
    assert p.threshold_rank == pangkat
    assert p.threshold_career_level == naik_jenjang


def test_pangkat_threshold_is_four_years_of_koefisien() -> None:
    """skp.md §5.4 correction and §5.7 "Observation" (DERIVED consistency rule): the AK for
    kenaikan pangkat is 4 × the yearly koefisien (four years of Baik) for every jenjang that has
    both a koefisien and a pangkat threshold. Computed from RULES, not copied."""
    thresholds = RULES.thresholds.get()
    checked = []
    for jenjang in Jenjang:
        if jenjang not in thresholds:
            continue
        koefisien = RULES.koefisien(jenjang).get()
        pangkat, _ = thresholds[jenjang]
        assert pangkat == 4 * koefisien, jenjang
        checked.append(jenjang)
    assert set(checked) == set(Jenjang)  # every jenjang has both


def test_terampil_mahir_rows_not_swapped() -> None:
    """skp.md §5.4 correction 2026-12-01 ([K31] golongan columns, [K47]): four years of Baik
    as Terampil (4 × 5 = 20) reach kenaikan pangkat; as Mahir (4 × 12.5 = 50) likewise."""
    terampil = skp.accumulate([skp.angka_kredit("Baik", "Terampil")] * 4, "Terampil")
    assert terampil.total == 20
    assert terampil.reached_rank
    assert terampil.remaining_career_level == 40
    mahir = skp.accumulate([skp.angka_kredit("Baik", "Mahir")] * 3, "Mahir")
    assert mahir.total == D("37.5")
    assert not mahir.reached_rank
    assert mahir.remaining_rank == D("12.5")


def test_accumulate_four_years_baik_ahli_muda() -> None:
    years = [skp.angka_kredit("Baik", "Ahli Muda")] * 4
    p = skp.accumulate(years, "Ahli Muda")
    assert p.total == 100
    assert p.reached_rank
    assert not p.reached_career_level
    assert p.remaining_career_level == 100
    assert p.next_career_level is Jenjang.AHLI_MADYA
    assert p.professional_development_required


def test_accumulate_one_year_short() -> None:
    p = skp.accumulate([skp.angka_kredit("Baik", "Ahli Muda")] * 3, "Ahli Muda", initial=0)
    assert p.total == 75
    assert not p.reached_rank
    assert p.remaining_rank == 25


def test_accumulate_refuses_other_jenjang() -> None:
    with pytest.raises(InvalidInput):
        skp.accumulate([skp.angka_kredit("Baik", "Ahli Madya")], "Ahli Muda")


def test_regime_2023_onward() -> None:
    """AK conversion from the 2023 assessment year (start date UNCERTAIN)."""
    assert skp.angka_kredit_regime_for("2023-01-01") is RULES
    with pytest.raises(NoRuleSetInForce) as exc:
        skp.angka_kredit_regime_for("2022-12-31")
    assert "DUPAK" in str(exc.value)


def test_results_ignore_the_callers_decimal_context() -> None:
    """AK = months / 12 × persentase × koefisien (PermenPANRB 1/2023): the library computes in
    its own decimal context (law.context.CONTEXT, prec 28), so a caller's narrower context
    neither changes the result nor reaches the per-input cache in either order."""
    import decimal

    from inovasi_daerah.law.context import CONTEXT

    angka_kredit = skp.angka_kredit
    expected = CONTEXT.divide(CONTEXT.multiply(Decimal(7), Decimal("12.5")), Decimal(12))
    with decimal.localcontext(prec=5):
        short = angka_kredit("Baik", "Ahli Pertama", 7).value
    full = angka_kredit("Baik", "Ahli Pertama", 7).value
    assert short == full == expected
    with decimal.localcontext(prec=3, rounding=decimal.ROUND_DOWN):
        assert angka_kredit("Baik", "Ahli Pertama", 7).value == expected
