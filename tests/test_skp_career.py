"""Angka kredit over a career (skp.md §5.4, §5.6, §5.7; PermenPANRB 1/2023, Peraturan BKN 3/2023).

Thresholds, koefisien and percentages are read from the rule data (``angka_kredit.RULES``),
never written here, so these tests hold whatever the threshold table says.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Any

import pytest

from _skp_inputs import RATED
from inovasi_daerah import skp
from inovasi_daerah.errors import InovasiDaerahError, InvalidInput, MissingParameter
from inovasi_daerah.law import Status
from inovasi_daerah.models.enums import Jenjang
from inovasi_daerah.pp38 import Verdict
from inovasi_daerah.skp import (
    AccrualStep,
    Golongan,
    IntegrationCase,
    Predicate,
    PromotionKind,
    integrate_ak,
)
from inovasi_daerah.skp.career_rules import RULES as CR
from inovasi_daerah.skp.permenpanrb_1_2023 import RULES as AK

D = Decimal
J = Jenjang
G = Golongan


def pak(total: object, when: str = "2022-12-31", penunjang: object = 0) -> dict[str, Any]:
    return {"tanggal": when, "unsur_utama": total, "unsur_penunjang": penunjang}


def pangkat_t(j: Jenjang) -> Decimal:
    return AK.thresholds.get()[j][0]


def jenjang_t(j: Jenjang) -> Decimal | None:
    return AK.thresholds.get()[j][1]


def koef(j: Jenjang) -> Decimal:
    return AK.koefisien(j).get()


# -- §5.6 integration: formula and worked examples ----------------------------------------------


def test_worked_example_k53_ivb_550_63_minus_400() -> None:
    """skp.md §5.6 [K53]: a PAK integrasi form, 550.63 − 400 = 150.63 at IV/b (Ahli Madya)."""
    r = integrate_ak(pak("550.63"), "Ahli Madya", "IV/b")
    assert r.integrated == D("150.63")
    assert r.base_value == 400
    assert r.case is IntegrationCase.MATCH
    # the keahlian nilai dasar table is THIRD-PARTY: the result is flagged
    assert r.uncertain
    assert any("nilai dasar" in c.instrument for c in r.uncertain_citations)


def test_worked_example_k54_ahli_muda_287_5_minus_200() -> None:
    """skp.md §5.6 [K54]: Ahli Muda nilai dasar 200; 287.5 − 200 = 87.5 (slip fixed)."""
    assert integrate_ak(pak("287.5"), "Ahli Muda", "III/c").integrated == D("87.5")


def test_unsur_penunjang_counts_at_100_percent() -> None:
    """skp.md §5.6 [K49]: unsur penunjang is carried at 100 % (no 80/20 cap)."""
    r = integrate_ak(pak("250", penunjang="37.5"), "Ahli Muda", "III/c")
    assert r.conventional == D("287.5")
    assert r.integrated == D("287.5") - CR.nilai_dasar_keahlian.get()[G.III_C]


@pytest.mark.parametrize("g", list(CR.nilai_dasar_keahlian.get()))
def test_every_table_row_lower_bound_gives_the_integrated_lower_bound(g: Golongan) -> None:
    """skp.md §5.6 table: at each golongan's conventional lower bound, AK integrasi is the
    lower end of that row's integrated range, and the row's jenjang is the one it matches."""
    jenjang = next(j for j, gs in CR.golongan_keahlian.get().items() if g in gs)
    lower = CR.conventional_lower_keahlian.get()[g]
    r = integrate_ak(pak(lower), jenjang, g)
    assert r.case is IntegrationCase.MATCH
    assert r.integrated == lower - CR.nilai_dasar_keahlian.get()[g]
    assert r.integrated is not None
    assert r.integrated >= 0


def test_nilai_dasar_is_the_lower_bound_of_the_jenjang_first_golongan() -> None:
    """skp.md §5.6 DERIVED reading: nilai dasar = conventional AK of the first golongan."""
    dasar, lower = CR.nilai_dasar_keahlian.get(), CR.conventional_lower_keahlian.get()
    for gs in CR.golongan_keahlian.get().values():
        assert all(dasar[g] == lower[gs[0]] for g in gs)


def test_integrated_ranges_agree_with_thresholds_keahlian() -> None:
    """Consistency of skp.md §5.4 with §5.6: inside each keahlian jenjang the integrated range
    of the k-th golongan starts at k × the AK for kenaikan pangkat, and the jenjang's range ends
    at its AK for kenaikan jenjang = (number of golongan) × the AK for kenaikan pangkat."""
    dasar, lower = CR.nilai_dasar_keahlian.get(), CR.conventional_lower_keahlian.get()
    for j, gs in CR.golongan_keahlian.get().items():
        for k, g in enumerate(gs):
            assert lower[g] - dasar[g] == k * pangkat_t(j)
        top = jenjang_t(j)
        if top is not None:
            assert top == len(gs) * pangkat_t(j)


@pytest.mark.parametrize(
    "j", [J.PEMULA, J.PENYELIA, J.AHLI_PERTAMA, J.AHLI_MUDA, J.AHLI_MADYA, J.AHLI_UTAMA]
)
def test_koefisien_is_a_quarter_of_the_pangkat_threshold(j: Jenjang) -> None:
    """skp.md §5.7 DERIVED check on §5.3/§5.4: every koefisien is 25 % of the jenjang's AK for
    kenaikan pangkat (four years of Baik). Terampil and Mahir rows are being corrected on the
    corrections branch (skp.md §5.4, Correction 2026-12-01) and are checked there."""
    assert koef(j) * 4 == pangkat_t(j)


# -- §5.6 cases when jenjang and pangkat do not match ([K55] cases A-E) --------------------------


def test_jenjang_higher_than_pangkat_uses_nilai_dasar_by_golongan() -> None:
    """skp.md §5.6 [K55]: jenjang higher than pangkat → nilai dasar by pangkat/golongan."""
    r = integrate_ak(pak("250"), "Ahli Muda", "III/b")
    assert r.case is IntegrationCase.GRADE_ABOVE_RANK
    assert r.base_value == CR.nilai_dasar_keahlian.get()[G.III_B]
    assert r.integrated == D(250) - r.base_value
    assert "sisanya" in r.explain("id")


def test_jenjang_lower_than_pangkat_gives_no_integrated_ak_not_a_negative() -> None:
    """skp.md §5.6 [K55]: jenjang lower than pangkat → no integrated AK (not a negative number)."""
    r = integrate_ak(pak("250"), "Ahli Pertama", "III/c")
    assert r.case is IntegrationCase.GRADE_BELOW_RANK
    assert r.integrated is None
    assert not r.has_integrated_credit
    assert r.to_dict()["integrated"] is None
    assert "bukan angka negatif" in r.explain("id")


def test_conventional_below_nilai_dasar_gives_no_integrated_ak() -> None:
    """skp.md §5.6 [K55]: conventional AK below the nilai dasar → no integrated AK."""
    r = integrate_ak(pak("150"), "Ahli Muda", "III/c")
    assert r.case is IntegrationCase.BELOW_BASE_VALUE
    assert r.integrated is None
    assert "not a negative number" in r.explain("en")


def test_ak_above_the_jenjang_range_is_kept_for_kenaikan_pangkat() -> None:
    """skp.md §5.6 [K55]: AK above the jenjang's range may be used for kenaikan pangkat in it."""
    top = jenjang_t(J.AHLI_MUDA)
    assert top is not None
    conv = CR.nilai_dasar_keahlian.get()[G.III_D] + top + 50
    r = integrate_ak(pak(conv), "Ahli Muda", "III/d")
    assert r.above_range
    assert r.integrated == top + 50  # kept whole, not capped
    assert "kenaikan pangkat" in r.explain("id")


def test_within_range_is_not_flagged_above() -> None:
    r = integrate_ak(pak("300"), "Ahli Muda", "III/d")
    assert not r.above_range


# -- refusals of the integration -----------------------------------------------------------------


def test_pak_after_31_december_2022_is_refused() -> None:
    """skp.md §5.6 [K49][K50]: the integrated PAK covers up to 31 Dec 2022."""
    with pytest.raises(InvalidInput) as exc:
        integrate_ak(pak("300", when="2023-01-01"), "Ahli Muda", "III/d")
    assert exc.value.field == "pak.date"
    assert "2022-12-31" in str(exc.value)


def test_pak_on_the_cutoff_is_accepted() -> None:
    assert integrate_ak(pak("300", when="2022-12-31"), "Ahli Muda", "III/d").integrated == 100


def test_keterampilan_nilai_dasar_is_open_and_refused_naming_the_parameter() -> None:
    """skp.md §5.6: the keterampilan table is not established: no default, refuse by name."""
    assert CR.nilai_dasar_keterampilan.is_open
    with pytest.raises(MissingParameter) as exc:
        integrate_ak(pak("150"), "Mahir", "III/a")
    assert exc.value.field == "nilai_dasar_keterampilan"


def test_keterampilan_with_the_callers_nilai_dasar_is_recorded_and_flagged() -> None:
    """skp.md §5.6: a caller-supplied keterampilan nilai dasar is used, recorded and flagged."""
    r = integrate_ak(pak("150"), "Mahir", "III/a", nilai_dasar="100")
    assert r.integrated == 50
    assert r.uncertain
    node = r.explanation.find("base_value")
    assert node is not None
    assert node.inputs.get("from_caller") is True


def test_keterampilan_by_override_of_the_open_parameter() -> None:
    rules = CR.override(nilai_dasar_keterampilan={G.III_A: D(100)}, reason="tabel instansi")
    r = integrate_ak(pak("150"), "Mahir", "III/a", rules=rules)
    assert r.integrated == 50


def test_jenjang_without_an_established_golongan_range_is_refused() -> None:
    """Pemula and Penyelia ranges are not established (skp.md §5.4 gives Terampil/Mahir only)."""
    with pytest.raises(MissingParameter) as exc:
        integrate_ak(pak("150"), "Penyelia", "III/c")
    assert exc.value.field == "golongan_keterampilan"


def test_golongan_without_a_nilai_dasar_row_is_refused() -> None:
    """An Ahli Pertama at II/d: jenjang above pangkat, but the keahlian table has no II/d row."""
    with pytest.raises(MissingParameter) as exc:
        integrate_ak(pak("150"), "Ahli Pertama", "II/d")
    assert exc.value.field == "nilai_dasar_keahlian"


@pytest.mark.parametrize(
    ("args", "field"),
    [
        ((pak("-1"), "Ahli Muda", "III/c"), "pak"),
        ((pak("abc"), "Ahli Muda", "III/c"), "pak"),
        ((pak("NaN"), "Ahli Muda", "III/c"), "pak"),
        (({"unsur_utama": "10"}, "Ahli Muda", "III/c"), "pak"),
        (("2022-12-31", "Ahli Muda", "III/c"), "pak"),
        ((pak("300"), "Ahli Super", "III/c"), "jenjang"),
        ((pak("300"), "Ahli Muda", "V/a"), "golongan"),
        ((pak("300"), "Ahli Muda", 3), "golongan"),
    ],
)
def test_junk_integration_input_is_refused_with_own_errors(
    args: tuple[Any, ...], field: str
) -> None:
    with pytest.raises(InovasiDaerahError) as exc:
        integrate_ak(*args)
    assert exc.value.field is not None
    assert exc.value.field.startswith(field)


# -- AK dasar (§5.6 last paragraph) ------------------------------------------------------------


def test_ak_dasar_iii_d_is_verified_secondary_and_kept_apart_from_nilai_dasar() -> None:
    """skp.md §5.6: AK dasar III/d = 100 (VERIFIED-SECONDARY [K29]); not the nilai dasar (200)."""
    r = skp.ak_dasar("III/d")
    assert r.value == 100
    assert not r.uncertain
    assert CR.ak_dasar_verified.citation.status is Status.VERIFIED_SECONDARY
    assert r.value != CR.nilai_dasar_keahlian.get()[G.III_D]


@pytest.mark.parametrize("g", ["III/b", "IV/b", "IV/c"])
def test_ak_dasar_other_rows_are_third_party(g: str) -> None:
    """skp.md §5.6: AK dasar III/b 50, IV/b 150, IV/c 300 are THIRD-PARTY [KT10] (flagged)."""
    assert skp.ak_dasar(g).uncertain


def test_ak_dasar_agrees_with_the_integrated_lower_bounds() -> None:
    """DERIVED check: each known AK dasar is the lower end of its golongan's integrated range."""
    dasar, lower = CR.nilai_dasar_keahlian.get(), CR.conventional_lower_keahlian.get()
    for table in (CR.ak_dasar_verified.get(), CR.ak_dasar_third_party.get()):
        for g, v in table.items():
            assert v == lower[g] - dasar[g]


def test_ak_dasar_not_established_is_refused() -> None:
    with pytest.raises(MissingParameter):
        skp.ak_dasar("III/a")


# -- §5.7 degree bonus ---------------------------------------------------------------------------


@pytest.mark.parametrize("j", list(Jenjang))
def test_degree_bonus_is_25_percent_of_the_pangkat_threshold(j: Jenjang) -> None:
    """PermenPANRB 1/2023 Pasal 37(2)-(3) (skp.md §5.7): 25 % of the AK for kenaikan pangkat,
    not 25 % of the koefisien."""
    r = skp.degree_bonus(j, "Baik")
    assert r.granted
    assert r.value == CR.degree_bonus_percent.get() * pangkat_t(j)
    assert r.uncertain  # a third-party copy of the article


@pytest.mark.parametrize("p", ["Butuh Perbaikan", "Kurang", "Sangat Kurang"])
def test_degree_bonus_needs_predikat_at_least_baik(p: str) -> None:
    """Pasal 37(3): only with predikat at least Baik."""
    r = skp.degree_bonus("Ahli Muda", p)
    assert not r.granted
    assert r.value == 0


def test_degree_bonus_with_sangat_baik() -> None:
    assert skp.degree_bonus("Ahli Muda", "Sangat Baik").granted


# -- §5.7 readiness ------------------------------------------------------------------------------


def _pangkat(**kw: Any) -> skp.ReadinessResult:
    base: dict[str, Any] = {
        "jenjang": "Ahli Muda",
        "golongan": "III/c",
        "ak": pangkat_t(J.AHLI_MUDA),
        "on": "2025-01-01",
        "tmt_pangkat": "2022-10-01",
        "predikat_history": {2023: "Baik", 2024: "Sangat Baik"},
    }
    base.update(kw)
    return skp.promotion_readiness("kenaikan_pangkat", **base)


def test_kenaikan_pangkat_all_conditions_met() -> None:
    """Peraturan BKN 3/2023 via [K57] (skp.md §5.7): AK met, 2 years in pangkat, Baik 2 years."""
    r = _pangkat()
    assert r.ready
    assert r.overall is Verdict.MET
    assert {c.key for c in r.conditions} == {"ak", "masa_pangkat", "predikat"}
    assert all(c.citations for c in r.conditions)


def test_kenaikan_pangkat_ak_not_met() -> None:
    r = _pangkat(ak=pangkat_t(J.AHLI_MUDA) - D("0.01"))
    assert r.condition("ak").verdict is Verdict.NOT_MET
    assert r.overall is Verdict.NOT_MET


def test_kenaikan_pangkat_two_years_boundary() -> None:
    """skp.md §5.7: at least 2 years in the last pangkat (the anniversary counts)."""
    assert _pangkat(tmt_pangkat="2023-01-01").condition("masa_pangkat").verdict is Verdict.MET
    late = _pangkat(tmt_pangkat="2023-01-02")
    assert late.condition("masa_pangkat").verdict is Verdict.NOT_MET


def test_kenaikan_pangkat_predikat_below_baik_in_last_two_years() -> None:
    r = _pangkat(predikat_history={2023: "Butuh Perbaikan", 2024: "Sangat Baik"})
    assert r.condition("predikat").verdict is Verdict.NOT_MET


def test_kenaikan_pangkat_missing_facts_are_not_assessable() -> None:
    r = _pangkat(tmt_pangkat=None, predikat_history={2024: "Baik"})
    assert r.condition("masa_pangkat").verdict is Verdict.NOT_ASSESSABLE
    assert r.condition("predikat").verdict is Verdict.NOT_ASSESSABLE
    assert r.overall is Verdict.NOT_ASSESSABLE
    assert set(r.missing_facts) == {"tmt_pangkat", "predikat_history"}


def test_kenaikan_pangkat_golongan_steps_inside_a_jenjang() -> None:
    """DERIVED from the §5.6 ranges: IV/a→IV/b needs 1×, IV/b→IV/c 2× the pangkat AK; from
    IV/c the next pangkat comes with the kenaikan jenjang (needs the jenjang AK)."""
    p = pangkat_t(J.AHLI_MADYA)
    assert skp.pangkat_requirement("Ahli Madya", "IV/a") == (p, PromotionKind.RANK)
    assert skp.pangkat_requirement("Ahli Madya", "IV/b") == (2 * p, PromotionKind.RANK)
    assert skp.pangkat_requirement("Ahli Madya", "IV/c") == (
        jenjang_t(J.AHLI_MADYA),
        PromotionKind.GRADE,
    )
    r = _pangkat(jenjang="Ahli Madya", golongan="IV/c", ak=p * 2)
    assert r.condition("melalui_jenjang").verdict is Verdict.NOT_ASSESSABLE
    assert r.uncertain  # the golongan ranges are THIRD-PARTY


def test_top_pangkat_has_no_further_kenaikan_pangkat() -> None:
    r = _pangkat(jenjang="Ahli Utama", golongan="IV/e", ak=1000)
    assert r.condition("ak").verdict is Verdict.NOT_MET


def _jenjang(**kw: Any) -> skp.ReadinessResult:
    base: dict[str, Any] = {
        "jenjang": "Ahli Pertama",
        "ak": jenjang_t(J.AHLI_PERTAMA),
        "on": "2025-01-01",
        "tmt_jenjang": "2024-01-01",
        "predikat_history": {2024: "Baik"},
        "formasi": True,
        "uji_kompetensi": True,
    }
    base.update(kw)
    return skp.promotion_readiness("kenaikan_jenjang", **base)


def test_kenaikan_jenjang_all_conditions_met() -> None:
    """skp.md §5.7 [K29][K57]: AK met, 1 year in jenjang, Baik, formasi, uji kompetensi."""
    r = _jenjang()
    assert r.ready
    assert {c.key for c in r.conditions} == {
        "ak",
        "masa_jenjang",
        "predikat",
        "formasi",
        "uji_kompetensi",
    }


@pytest.mark.parametrize("fact", ["formasi", "uji_kompetensi"])
def test_kenaikan_jenjang_caller_facts(fact: str) -> None:
    """Formasi and uji kompetensi are the caller's facts: None → not assessable, False → not met."""
    assert _jenjang(**{fact: None}).condition(fact).verdict is Verdict.NOT_ASSESSABLE
    assert _jenjang(**{fact: False}).condition(fact).verdict is Verdict.NOT_MET
    assert _jenjang(**{fact: False}).overall is Verdict.NOT_MET


def test_kenaikan_jenjang_one_year_in_jenjang() -> None:
    r = _jenjang(tmt_jenjang="2024-01-02")
    assert r.condition("masa_jenjang").verdict is Verdict.NOT_MET


@pytest.mark.parametrize(
    ("j", "needs"),
    [("Ahli Pertama", False), ("Ahli Muda", True), ("Ahli Madya", True), ("Mahir", True)],
)
def test_pengembangan_profesi_only_toward_penyelia_madya_utama(j: str, needs: bool) -> None:
    """skp.md §5.4 [K31]: pengembangan profesi is a condition for Penyelia, Madya and Utama."""
    r = _jenjang(jenjang=j, ak=jenjang_t(Jenjang(j)) or 0)
    keys = {c.key for c in r.conditions}
    assert ("pengembangan_profesi" in keys) is needs
    if needs:
        assert r.condition("pengembangan_profesi").verdict is Verdict.NOT_ASSESSABLE


def test_top_jenjang_has_no_kenaikan_jenjang() -> None:
    r = _jenjang(jenjang="Ahli Utama", ak=10_000)
    assert r.condition("ak").verdict is Verdict.NOT_MET


def test_readiness_to_dict_and_explain() -> None:
    r = _jenjang(uji_kompetensi=None)
    d = r.to_dict()
    assert d["overall"] == "tidak_dapat_dinilai"
    assert d["missing_facts"] == ["uji_kompetensi"]
    assert "uji kompetensi" in r.explain("id").lower()
    assert "Competency test" in r.explain("en")
    with pytest.raises(InvalidInput):
        r.condition("tidak_ada")


@pytest.mark.parametrize(
    ("kw", "field"),
    [
        ({"kind": "naik_gaji"}, "kind"),
        ({"ak": "-5"}, "ak"),
        ({"ak": True}, "ak"),
        ({"on": "kemarin"}, "on"),
        ({"formasi": "ya"}, "formasi"),
        ({"predikat_history": [1, 2]}, "predikat_history"),
        ({"predikat_history": {"dua ribu": "Baik"}}, "predikat_history"),
        ({"predikat_history": {2024: "Hebat"}}, "predikat_history[2024]"),
    ],
)
def test_junk_readiness_input_is_refused(kw: dict[str, Any], field: str) -> None:
    base: dict[str, Any] = {
        "kind": "kenaikan_jenjang",
        "jenjang": "Ahli Muda",
        "ak": 1,
        "on": "2025-01-01",
    }
    base.update(kw)
    kind = base.pop("kind")
    with pytest.raises(InvalidInput) as exc:
        skp.promotion_readiness(kind, **base)
    assert exc.value.field == field


# -- projection ----------------------------------------------------------------------------------


def _start(**kw: Any) -> dict[str, Any]:
    base: dict[str, Any] = {
        "jenjang": "Ahli Muda",
        "golongan": "III/c",
        "ak": 0,
        "mulai": "2023-01-01",
    }
    base.update(kw)
    return base


def test_projection_uses_skp_angka_kredit_per_period() -> None:
    """PermenPANRB 1/2023 Pasal 37 / Peraturan BKN 3/2023: each period's AK is the conversion."""
    p = skp.project_career(_start(), "Baik", years=3)
    for row in p.rows:
        assert row.credit == skp.angka_kredit(row.predicate, "Ahli Muda", row.months).value
    assert p.rows[-1].cumulative == sum((r.credit for r in p.rows), D(0))


def test_projection_dates_from_the_rule_data_annual() -> None:
    """With Baik every year, kenaikan pangkat after pangkat_t / koef years (annual policy)."""
    p = skp.project_career(_start(), "Baik")
    years_needed = int(-(-pangkat_t(J.AHLI_MUDA) // koef(J.AHLI_MUDA)))
    t = p.threshold("kenaikan_pangkat")
    assert t is not None
    assert t.credit_reached_on == date(2023 + years_needed - 1, 12, 31)
    assert p.step is AccrualStep.ANNUAL
    assert "accrual_step = tahunan" in p.explain("en")


def test_projection_monthly_policy_is_recorded_and_earlier_or_equal() -> None:
    """Peraturan BKN 3/2023 Pasal 13(1): partial AK by month; the policy is recorded."""
    s = _start(ak=D("87.5"))
    annual = skp.project_career(s, "Baik")
    monthly = skp.project_career(s, "Baik", step="bulanan")
    assert monthly.step is AccrualStep.MONTHLY
    assert "bulanan" in monthly.explain("id")
    for a, m in zip(annual.thresholds, monthly.thresholds, strict=True):
        assert a.credit_reached_on is not None
        assert m.credit_reached_on is not None
        assert m.credit_reached_on <= a.credit_reached_on
    t = monthly.threshold("kenaikan_pangkat")
    # 87.5 + k/12 × 25 ≥ 100 first at k = 6
    assert t is not None
    assert t.credit_reached_on == date(2023, 6, 30)


def test_projection_time_condition_delays_the_earliest_date() -> None:
    """skp.md §5.7: the AK alone is not enough; 2 years in pangkat count too."""
    p = skp.project_career(_start(ak=pangkat_t(J.AHLI_MUDA), tmt_pangkat="2022-07-01"), "Baik")
    t = p.threshold("kenaikan_pangkat")
    assert t is not None
    assert t.already
    assert t.time_met_on == date(2024, 7, 1)
    assert t.earliest == date(2024, 7, 1)


def test_projection_stops_after_the_jenjang_threshold() -> None:
    p = skp.project_career(_start(), "Sangat Baik", years=30)
    top = jenjang_t(J.AHLI_MUDA)
    assert top is not None
    assert p.rows[-1].cumulative >= top
    assert p.rows[-2].cumulative < top


def test_projection_per_year_plan_and_missing_year() -> None:
    plan = {2023: "Baik", "2024": "Sangat Baik"}
    p = skp.project_career(_start(), plan, years=2)
    assert [r.predicate for r in p.rows] == [Predicate.GOOD, Predicate.VERY_GOOD]
    with pytest.raises(InvalidInput) as exc:
        skp.project_career(_start(), plan, years=3)
    assert exc.value.field == "predikat[2025]"


def test_projection_partial_first_year() -> None:
    p = skp.project_career(_start(mulai="2023-07-01"), "Baik", years=1)
    assert [(r.start, r.end, r.months) for r in p.rows] == [
        (date(2023, 7, 1), date(2023, 12, 31), 6),
        (date(2024, 1, 1), date(2024, 6, 30), 6),
    ]


def test_comparison_with_and_without_the_innovation_in_months() -> None:
    """The innovation pays through the predikat (skp.md §5.5): Sangat Baik 150 % vs Baik 100 %."""
    c = skp.compare_projection(_start(), "Sangat Baik", "Baik", step="bulanan")
    assert all(g is not None and g > 0 for g in c.months_gained)
    # months to the jenjang threshold: required / (koef × pct / 12), rounded up
    top = jenjang_t(J.AHLI_MUDA)
    assert top is not None

    def months(pct: Decimal) -> int:
        return int(-(-top * 12 // (koef(J.AHLI_MUDA) * pct)))

    expected = months(AK.percent_baik.get()) - months(AK.percent_sangat_baik.get())
    assert c.months_gained[-1] == expected
    assert c.to_dict()["months_gained"][-1] == expected
    assert "Dengan inovasi" in c.explain("id")


def test_comparison_fed_by_skp_credit() -> None:
    """skp.credit's predikat before/after feed the comparison directly."""
    person = {
        "nama": "Rina",
        "nip": "19820718 200604 2 003",
        "jenis_jabatan": "fungsional",
        "jenjang": "Ahli Muda",
        "peran": "ketua_tim",
    }
    inv = {
        "nama_inovasi": "SI-PANTAU",
        "bentuk": "pelayanan publik",
        "tahapan": "penerapan",
        "inisiator": "ASN",
        "waktu_penerapan": "2023-03-01",
        "inovator": [person],
    }
    credit = skp.credit(person, [inv], skp.Period.year(2023), **RATED)
    assert credit.predicate_before == "Baik"
    assert credit.predicate_after == "Sangat Baik"
    c = skp.compare_projection(_start(), credit)
    d = skp.compare_projection(_start(), "Sangat Baik", "Baik")
    assert c.months_gained == d.months_gained
    assert skp.project_career(_start(), credit).rows[0].predicate is Predicate.VERY_GOOD


def test_credit_without_predikat_cannot_feed_a_projection() -> None:
    person = {"nama": "Rina", "asn": True, "peran": "ketua_tim"}
    credit = skp.credit(person, [], skp.Period.year(2023))
    with pytest.raises(InvalidInput):
        skp.project_career(_start(), credit)


def test_projection_carries_the_integration_flag() -> None:
    integ = integrate_ak(pak("287.5"), "Ahli Muda", "III/c")
    p = skp.project_career(_start(ak=integ.integrated), "Baik", basis=integ)
    assert p.uncertain
    assert p.explanation.find("integrated_credit") is not None


# -- 2022 predikat (§5.7) ------------------------------------------------------------------------


def test_a_2022_period_is_refused_without_a_conversion() -> None:
    """skp.md §5.7: no rule converts the 2022 predikat into AK (UNCERTAIN, OPEN)."""
    plan = [{"mulai": "2022-01-01", "selesai": "2022-12-31", "predikat": "Baik"}]
    with pytest.raises(MissingParameter) as exc:
        skp.project_career(_start(mulai="2022-01-01"), plan)
    assert exc.value.field == "predikat[0].conversion_2022"
    assert "2022" in str(exc.value)


def test_a_2022_period_with_the_callers_conversion_is_recorded_and_flagged() -> None:
    plan = [
        {"mulai": "2022-01-01", "selesai": "2022-12-31", "predikat": "Baik", "konversi_2022": "20"},
        {"mulai": "2023-01-01", "selesai": "2023-12-31", "predikat": "Baik"},
    ]
    p = skp.project_career(_start(mulai="2022-01-01"), plan)
    assert p.rows[0].credit == 20
    assert p.rows[0].converted_2022
    assert p.uncertain
    node = p.explanation.find("credit_period_2022")
    assert node is not None
    assert node.inputs["conversion_2022"] == 20


def test_a_period_before_2022_is_refused() -> None:
    plan = [{"mulai": "2021-01-01", "selesai": "2021-12-31", "predikat": "Baik"}]
    with pytest.raises(InvalidInput):
        skp.project_career(_start(mulai="2021-01-01"), plan)


@pytest.mark.parametrize(
    ("kw", "field"),
    [
        ({"years": 0}, "years"),
        ({"years": True}, "years"),
        ({"years": 41}, "years"),
        ({"step": "mingguan"}, "step"),
        ({"predikat": "Hebat"}, "predikat"),
        ({"predikat": 5}, "predikat"),
        ({"start": {"jenjang": "Ahli Muda"}}, "start"),
        ({"start": _start(mulai="2023-01-15")}, "start.start"),
        ({"basis": "integrasi"}, "basis"),
    ],
)
def test_junk_projection_input_is_refused(kw: dict[str, Any], field: str) -> None:
    args: dict[str, Any] = {"start": _start(), "predikat": "Baik"}
    args.update(kw)
    with pytest.raises(InvalidInput) as exc:
        skp.project_career(args.pop("start"), args.pop("predikat"), **args)
    assert exc.value.field is not None
    assert exc.value.field.startswith(field)


# -- ledger --------------------------------------------------------------------------------------


def _ledger(*entries: dict[str, Any], **kw: Any) -> skp.LedgerResult:
    base: dict[str, Any] = {"jenjang": "Ahli Muda", "golongan": "III/c"}
    base.update(kw)
    return skp.career_ledger(list(entries), **base)


INTEG = {"jenis": "integrasi", "pak": pak("287.5")}


def period(start: str, end: str, p: str = "Baik", **kw: Any) -> dict[str, Any]:
    return {"jenis": "periode", "mulai": start, "selesai": end, "predikat": p, **kw}


def test_ledger_mixes_integration_years_partial_periods_bonus_and_promotions() -> None:
    """skp.md §5.6/§5.7: integration, yearly and partial periods, the degree bonus, a kenaikan
    pangkat (AK carry on) and a kenaikan jenjang (AK restart at 0)."""
    led = _ledger(
        INTEG,
        period("2023-01-01", "2023-12-31"),
        {"jenis": "kenaikan_pangkat", "tmt": "2024-04-01"},
        period("2024-01-01", "2024-06-30", "Sangat Baik"),
        {"jenis": "ijazah", "tanggal": "2024-07-01", "predikat": "Baik"},
        period("2024-07-01", "2024-12-31", "Sangat Baik"),
        {"jenis": "kenaikan_jenjang", "tmt": "2025-01-01"},
        period("2025-01-01", "2025-03-31"),
    )
    kinds = [r.kind for r in led.rows]
    assert kinds == [
        "integrasi",
        "periode",
        "kenaikan_pangkat",
        "periode",
        "ijazah",
        "periode",
        "kenaikan_jenjang",
        "periode",
    ]
    before_jenjang = led.rows[5].balance
    expected = (
        D("87.5")
        + skp.angka_kredit("Baik", "Ahli Muda").value
        + skp.angka_kredit("Sangat Baik", "Ahli Muda", 6).value * 2
        + skp.degree_bonus("Ahli Muda", "Baik").value
    )
    assert before_jenjang == expected
    assert led.rows[2].grade is G.III_D
    assert led.rows[6].balance == CR.restart_after_jenjang.get() == 0
    assert led.career_level is J.AHLI_MADYA
    assert led.grade is G.IV_A
    assert led.balance == skp.angka_kredit("Baik", "Ahli Madya", 3).value
    assert led.career_level_since == date(2025, 1, 1)
    assert led.uncertain  # nilai dasar table and the degree bonus are THIRD-PARTY
    assert led.to_dict()["rows"][0]["kind"] == "integrasi"


def test_ledger_refuses_overlapping_periods() -> None:
    with pytest.raises(InvalidInput) as exc:
        _ledger(INTEG, period("2023-01-01", "2023-12-31"), period("2023-07-01", "2023-12-31"))
    assert exc.value.field == "entries[2]"


def test_ledger_refuses_out_of_order_periods() -> None:
    with pytest.raises(InvalidInput) as exc:
        _ledger(period("2024-01-01", "2024-12-31"), period("2023-01-01", "2023-12-31"))
    assert exc.value.field == "entries[1]"


def test_ledger_refuses_out_of_order_events() -> None:
    with pytest.raises(InvalidInput) as exc:
        _ledger(
            {"jenis": "kenaikan_pangkat", "tmt": "2024-04-01"},
            {"jenis": "ijazah", "tanggal": "2024-01-01", "predikat": "Baik"},
        )
    assert exc.value.field == "entries[1]"


def test_ledger_refuses_a_period_before_the_integration() -> None:
    with pytest.raises(InvalidInput):
        _ledger(
            {"jenis": "integrasi", "pak": pak("287.5", when="2022-12-31")},
            period("2022-12-01", "2022-12-31"),
        )


def test_ledger_integration_only_first() -> None:
    with pytest.raises(InvalidInput) as exc:
        _ledger(
            period("2023-01-01", "2023-12-31"), {**INTEG, "pak": pak("287.5", when="2022-12-31")}
        )
    assert exc.value.field == "entries[1]"


def test_ledger_kenaikan_jenjang_inside_a_period_must_split_it() -> None:
    with pytest.raises(InvalidInput):
        _ledger(
            period("2023-01-01", "2023-12-31"), {"jenis": "kenaikan_jenjang", "tmt": "2023-10-01"}
        )


def test_ledger_period_before_the_last_kenaikan_jenjang_is_refused() -> None:
    with pytest.raises(InvalidInput):
        _ledger(
            period("2023-01-01", "2023-06-30"),
            {"jenis": "kenaikan_jenjang", "tmt": "2023-10-01"},
            period("2023-07-01", "2023-12-31"),
        )


def test_ledger_degree_bonus_only_once() -> None:
    """PermenPANRB 1/2023 Pasal 37(2): the degree AK is given once."""
    bonus = {"jenis": "ijazah", "tanggal": "2024-01-01", "predikat": "Baik"}
    with pytest.raises(InvalidInput) as exc:
        _ledger(bonus, {**bonus, "tanggal": "2025-01-01"})
    assert exc.value.field == "entries[1]"


def test_ledger_bonus_refused_for_predikat_does_not_use_up_the_once() -> None:
    led = _ledger(
        {"jenis": "ijazah", "tanggal": "2024-01-01", "predikat": "Butuh Perbaikan"},
        {"jenis": "ijazah", "tanggal": "2025-01-01", "predikat": "Baik"},
    )
    assert [r.change for r in led.rows] == [0, skp.degree_bonus("Ahli Muda", "Baik").value]


def test_ledger_2022_period_needs_a_conversion() -> None:
    with pytest.raises(MissingParameter):
        _ledger(period("2022-01-01", "2022-12-31"))
    led = _ledger(period("2022-01-01", "2022-12-31", konversi_2022="10"))
    assert led.balance == 10
    assert led.uncertain


@pytest.mark.parametrize(
    ("entry", "field"),
    [
        (period("2023-01-15", "2023-12-31"), "entries[0]"),
        (period("2023-07-01", "2024-06-30"), "entries[0]"),
        (period("2023-07-01", "2023-06-30"), "entries[0]"),
        ({"jenis": "cuti", "tanggal": "2023-01-01"}, "entries[0]"),
        ({"jenis": "periode", "mulai": "2023-01-01"}, "entries[0]"),
    ],
)
def test_ledger_junk_entries(entry: dict[str, Any], field: str) -> None:
    with pytest.raises(InvalidInput) as exc:
        _ledger(entry)
    assert exc.value.field is not None
    assert exc.value.field.startswith(field)


@pytest.mark.parametrize("entries", ["abc", 5, {"jenis": "periode"}, None])
def test_ledger_entries_must_be_a_list(entries: Any) -> None:
    with pytest.raises(InvalidInput):
        skp.career_ledger(entries, jenjang="Ahli Muda")


def test_ledger_integration_needs_a_golongan() -> None:
    with pytest.raises(InvalidInput):
        skp.career_ledger([INTEG], jenjang="Ahli Muda")


# -- rule data -----------------------------------------------------------------------------------


def test_rule_data_is_cited_dated_and_checked() -> None:
    """Every career constant is a cited Param of a dated rule set (README rule 1-2)."""
    assert CR.valid_from == date(2023, 1, 1)
    assert CR.integration_cutoff.get() == date(2022, 12, 31)
    assert CR.penunjang_percent.get() == 1
    for p in CR.params():
        assert p.citation.instrument
    CR.check()
    assert CR.nilai_dasar_keahlian.citation.status is Status.THIRD_PARTY
    assert CR.degree_bonus_percent.citation.status is Status.THIRD_PARTY
    assert CR.pangkat_min_years.citation.status is Status.VERIFIED_SECONDARY
    assert CR.accrual_step.is_policy


def test_career_input_runs_end_to_end() -> None:
    c = skp.CareerInput.from_dict(
        {
            "jenjang": "Ahli Muda",
            "golongan": "III/c",
            "pak_konvensional": pak("287.5"),
            "predikat_dengan_inovasi": "Sangat Baik",
            "tanggal_penilaian": "2025-01-01",
        }
    )
    out = c.run()
    assert out["integration"]["integrated"] == "87.5"
    assert len(out["readiness"]) == 2
    assert out["comparison"]["months_gained"][-1] > 0
    assert "Proyeksi" in c.report("id")


def test_career_input_refuses_both_pak_and_ak() -> None:
    with pytest.raises(InvalidInput) as exc:
        skp.CareerInput.from_dict(
            {"jenjang": "Ahli Muda", "golongan": "III/c", "pak": pak("300"), "ak": "10"}
        )
    assert exc.value.field is not None
    assert "ak" in exc.value.field
