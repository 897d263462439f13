"""skp.credit: what an ASN's innovations are worth in a period (skp.md §1.2, §8)."""

import json
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from _skp_inputs import BUDI, RINA, WRONG_SIGNER, credit_a, innovation, rec
from inovasi_daerah import skp
from inovasi_daerah.errors import InvalidInput
from inovasi_daerah.law import Status, T, cite
from inovasi_daerah.models import Innovator
from inovasi_daerah.skp import Period, RegionalInnovationCredit, RegionalRuleKind

D = Decimal
EXAMPLE = Path(__file__).resolve().parents[1] / "docs" / "examples" / "skp_case.json"


# -- PP 46/2011 (2014 – semester I 2021)
def test_pp46_kreativitas_with_certificate_and_signer() -> None:
    """Kreativitas 6 for 'organisasi' signed by eselon I ([KT3b]) + tugas tambahan 0 → 1."""
    inv = innovation("A", "2019-03-01", RINA)
    r = skp.credit(
        RINA,
        [inv],
        Period.year(2019),
        recognitions=[
            rec(
                "A",
                tingkat="organisasi",
                penandatangan="pejabat_eselon_i",
                surat_keterangan=True,
                tugas_tambahan=True,
            )
        ],
    )
    assert r.regime == "pp46_2011"
    assert r.points == 7
    assert r.potential_points == 7
    assert r.uncertain  # kreativitas values are THIRD-PARTY


def test_pp46_without_certificate_no_points_and_missing() -> None:
    inv = innovation("A", "2019-03-01", RINA)
    r = skp.credit(
        RINA,
        [inv],
        Period.year(2019),
        recognitions=[rec("A", tingkat="negara", penandatangan="presiden")],
    )
    assert r.points == 0
    assert r.potential_points == 12
    assert any("surat keterangan" in m.id for m in r.missing)


def test_pp46_wrong_signer_no_points() -> None:
    r = credit_a("2019-03-01", Period.year(2019), recognitions=[WRONG_SIGNER])
    assert r.points == 0
    assert any("penandatangan" in m.id for m in r.missing)


def test_pp46_no_recognition_asks_for_level() -> None:
    r = skp.credit(RINA, [innovation("A", "2019-03-01", RINA)], Period.year(2019))
    assert r.points == 0
    assert any("tingkat manfaat" in m.id for m in r.missing)


@pytest.mark.parametrize(("other", "gain"), [(0, 1), (2, 0), (3, 1), (6, 1), (7, 0)])
def test_pp46_tugas_tambahan_marginal(other: int, gain: int) -> None:
    """The innovation adds one approved tugas tambahan to the others (bands 0/1/2/3)."""
    r = credit_a(
        "2019-03-01",
        Period.year(2019),
        recognitions=[rec("A", tugas_tambahan=True)],
        other_tugas_tambahan=other,
    )
    assert r.points == gain


def test_pp46_semester_one_2021() -> None:
    r = skp.credit(
        RINA, [innovation("A", "2021-03-01", RINA)], Period(start="2021-01-01", end="2021-06-30")
    )
    assert r.regime == "pp46_2011"


# -- PP 30/2019 + PermenPANRB 8/2021 (semester II 2021)
def test_pp30_kinerja_tambahan_capped_and_gate() -> None:
    inv = innovation("A", "2021-08-01", RINA)
    kt = {"predikat": "Sangat Baik", "bobot": "0.2", "nilai": 100}
    r = skp.credit(
        RINA,
        [inv],
        Period(start="2021-07-01", end="2021-12-31"),
        recognitions=[rec("A", kinerja_tambahan=kt, gagasan_baru_diterima=True)],
        other_kinerja_tambahan=4,
        nilai_skp=104,
        nilai_perilaku=110,
        peer_input=False,
    )
    assert r.regime == "pp30_2019"
    assert r.points == 6  # 4 + 20 capped at 10 → gain 6
    assert r.predicate_before == "Baik"  # 0.7 × 104 + 0.3 × 110 = 105.8
    assert r.predicate_after == "Sangat Baik"  # 0.7 × 110 + 33 = 110 with the gate met


def test_pp30_gate_pending_is_missing() -> None:
    r = credit_a(
        "2021-08-01",
        Period(start="2021-07-01", end="2021-12-31"),
        nilai_skp=115,
        nilai_perilaku=115,
        peer_input=True,
    )
    assert r.predicate_before == "Baik"
    assert r.predicate_after == "Sangat Baik"
    assert any("Pasal 41" in m.id for m in r.missing)


def test_pp30_gate_refused_stays_baik() -> None:
    r = credit_a(
        "2021-08-01",
        Period(start="2021-07-01", end="2021-12-31"),
        recognitions=[rec("A", gagasan_baru_diterima=False)],
        nilai_skp=115,
        nilai_perilaku=115,
        peer_input=True,
    )
    assert r.predicate_after == "Baik"


# -- PermenPANRB 6/2022 (2022 – )
def test_2023_functional_baik_to_sangat_baik_ak_effect() -> None:
    """Baik → Sangat Baik: 100 % → 150 % × koefisien (Ahli Muda 25 → 37.5)."""
    r = credit_a(
        "2023-03-01",
        Period.year(2023),
        rating_hasil_kerja="sesuai_ekspektasi",
        rating_perilaku="di_atas_ekspektasi",
    )
    assert r.points == 0  # no numeric bonus under PermenPANRB 6/2022
    assert (r.predicate_before, r.predicate_after) == ("Baik", "Sangat Baik")
    assert (r.credit_before, r.credit_after) == (D(25), D("37.5"))
    assert r.credit_gain == D("12.5")
    assert len(r.additional_results) == 1


def test_2022_no_ak_conversion_yet() -> None:
    r = credit_a(
        "2022-03-01",
        Period.year(2022),
        rating_hasil_kerja="sesuai_ekspektasi",
        rating_perilaku="di_atas_ekspektasi",
    )
    assert r.predicate_after == "Sangat Baik"
    assert r.credit_before is None


def test_half_year_ak_uses_months() -> None:
    r = credit_a(
        "2023-03-01",
        Period(start="2023-01-01", end="2023-06-30"),
        rating_hasil_kerja="sesuai_ekspektasi",
        rating_perilaku="di_atas_ekspektasi",
    )
    assert r.credit_gain == D("6.25")


def test_perilaku_not_above_blocks_sangat_baik() -> None:
    r = credit_a(
        "2023-03-01",
        Period.year(2023),
        person=BUDI,
        rating_hasil_kerja="sesuai_ekspektasi",
        rating_perilaku="sesuai_ekspektasi",
    )
    assert r.predicate_after == "Baik"
    assert any("perilaku" in m.id for m in r.missing)
    assert r.credit_before is None  # not a jabatan fungsional


def test_functional_without_jenjang_asks_for_it() -> None:
    p = Innovator(nama="Sari", asn=True, jenis_jabatan="fungsional")
    r = credit_a(
        "2023-03-01",
        Period.year(2023),
        person=p,
        rating_hasil_kerja="sesuai_ekspektasi",
        rating_perilaku="di_atas_ekspektasi",
    )
    assert any("jenjang" in m.id for m in r.missing)


# -- which innovations count
def test_only_innovations_with_a_role_in_the_period() -> None:
    invs = [
        innovation("Mine", "2023-03-01", RINA),
        innovation("Theirs", "2023-03-01", BUDI),
        innovation("Old", "2019-03-01", RINA),
        innovation("Undated", None, RINA),
    ]
    r = skp.credit(RINA, invs, Period.year(2023))
    assert [c.name for c in r.counted] == ["Mine"]
    reasons = {i.name: i.reason.en for i in r.ignored}
    assert reasons["Theirs"] == "no role in it"
    assert "no milestone" in reasons["Old"]
    assert "no dated milestone" in reasons["Undated"]


def test_certificate_date_counts_as_milestone() -> None:
    inv = innovation("Old", "2018-03-01", RINA)
    r = skp.credit(
        RINA,
        [inv],
        Period.year(2019),
        recognitions=[rec("Old", tanggal_surat_keterangan="2019-05-01")],
    )
    assert [c.name for c in r.counted] == ["Old"]


def test_period_rule_is_a_named_uncertain_policy_recorded_in_the_result() -> None:
    """skp.md §1.2 gives no rule for when an innovation counts in a period: the library's
    convention is the named policy PeriodRule (default any_milestone), UNCERTAIN, recorded."""
    trial = innovation("Trial", None, RINA, waktu_uji_coba="2023-04-01")
    r = skp.credit(RINA, [trial], Period.year(2023))
    assert r.period_rule is skp.PeriodRule.ANY_MILESTONE
    assert r.policies == {"period_rule": "any_milestone"}
    assert r.to_dict()["policies"] == {"period_rule": "any_milestone"}
    assert [c.name for c in r.counted] == ["Trial"]
    node = r.explanation.find("innovations")
    assert node is not None
    assert all(c.status is Status.UNCERTAIN for c in node.citations)
    assert r.uncertain
    # the alternative: only the start of application, a development or the surat keterangan
    alt = skp.credit(RINA, [trial], Period.year(2023), period_rule="application")
    assert alt.period_rule is skp.PeriodRule.APPLICATION
    assert alt.counted == ()
    assert "no dated milestone" in alt.ignored[0].reason.en
    with pytest.raises(InvalidInput) as exc:
        skp.credit(RINA, [trial], Period.year(2023), period_rule="whenever")
    assert exc.value.field == "period_rule"


def test_scope_not_cited_to_pp30_pasal_1() -> None:
    """Corrections 2026-12-01: skp.credit's ASN scope cites PermenPANRB 6/2022 [K21]
    (skp.md §4.1), not "PP 30/2019 Pasal 1"."""
    citizen = Innovator(nama="Warga", asn=False)
    r = skp.credit(citizen, [innovation("A", "2023-03-01", citizen)], Period.year(2023))
    node = r.explanation.find("not_asn")
    assert node is not None
    labels = [c.label() for c in node.citations]
    assert labels
    assert not any("PP 30/2019 Pasal 1" in label for label in labels)
    assert all(c.source == "K21" for c in node.citations)


def test_not_asn_not_applicable() -> None:
    citizen = Innovator(nama="Warga", asn=False)
    r = skp.credit(citizen, [innovation("A", "2023-03-01", citizen)], Period.year(2023))
    assert not r.applicable
    assert r.points == 0
    assert r.predicate_after is None


def test_period_must_be_one_year_and_one_regime() -> None:
    inv = innovation("A", "2021-03-01", RINA)
    with pytest.raises(InvalidInput):
        skp.credit(RINA, [inv], Period.year(2021))
    with pytest.raises(InvalidInput):
        skp.credit(RINA, [inv], Period(start="2022-01-01", end="2023-12-31"))


def test_recognition_for_unknown_innovation() -> None:
    with pytest.raises(InvalidInput):
        skp.credit(
            RINA, [innovation("A", "2023-03-01", RINA)], Period.year(2023), recognitions=[rec("B")]
        )


def test_unknown_input_refused() -> None:
    with pytest.raises(InvalidInput):
        skp.credit(RINA, [], Period.year(2023), nilai_bonus=5)


# -- regional rules (skp.md §8)
def test_kepri_mandatory_rhk_from_2026() -> None:
    """Pergub Kepri 38/2025: innovation mandatory in every SKP from 2026 (VERIFIED [K40])."""
    inv = innovation("A", "2026-03-01", RINA)
    ok = skp.credit(
        RINA, [inv], Period.year(2026), regional_rules=skp.REGIONAL_RULES, region="Kepri"
    )
    assert ok.regional[0].satisfied is True
    none = skp.credit(
        RINA,
        [],
        Period.year(2026),
        regional_rules=skp.REGIONAL_RULES,
        region="Provinsi Kepulauan Riau",
    )
    assert none.regional[0].satisfied is False
    assert any("RHK inovasi" in m.id for m in none.missing)
    before = skp.credit(
        RINA,
        [inv.model_copy(update={"applied_on": date(2025, 3, 1)})],
        Period.year(2025),
        regional_rules=skp.REGIONAL_RULES,
        region="Kepri",
    )
    assert before.regional == ()
    elsewhere = skp.credit(
        RINA, [inv], Period.year(2026), regional_rules=skp.REGIONAL_RULES, region="Kota Padang"
    )
    assert elsewhere.regional == ()


def test_payakumbuh_statement_is_uncertain_without_number() -> None:
    r = credit_a(
        "2023-03-01",
        Period.year(2023),
        regional_rules=[skp.PAYAKUMBUH_NILAI_TAMBAH],
        region="Kota Payakumbuh",
    )
    assert r.regional[0].points is None
    assert r.points == 0
    assert skp.PAYAKUMBUH_NILAI_TAMBAH.citation in r.uncertain_citations


def test_custom_points_rule_plugs_in_without_engine_change() -> None:
    rule = RegionalInnovationCredit(
        id="contoh",
        region="Kabupaten Contoh",
        instrument="Perbup Contoh 1/2024",
        kind=RegionalRuleKind.POINTS,
        value=D(2),
        valid_from=date(2024, 1, 1),
        citation=cite("Perbup Contoh 1/2024", "Pasal 5", Status.VERIFIED),
        description=T("Tambahan 2 poin", "2 extra points"),
    )
    inv = innovation("A", "2024-03-01", RINA)
    assert (
        skp.credit(
            RINA, [inv], Period.year(2024), regional_rules=[rule], region="kabupaten contoh"
        ).points
        == 2
    )
    assert skp.credit(RINA, [inv], Period.year(2024), regional_rules=[rule]).points == 0


def test_regional_rule_integrity() -> None:
    from inovasi_daerah.errors import DataIntegrityError

    with pytest.raises(DataIntegrityError):
        RegionalInnovationCredit(
            id="x",
            region="X",
            instrument="Y",
            kind=RegionalRuleKind.POINTS,
            citation=cite("Y", None, Status.VERIFIED),
            description=T("a", "a"),
        )  # a points rule without a number must be UNCERTAIN
    with pytest.raises(DataIntegrityError):
        RegionalInnovationCredit(
            id="x",
            region="X",
            instrument="Y",
            kind=RegionalRuleKind.AWARD,
            citation=cite("Y", None, Status.VERIFIED),
            status=Status.UNCERTAIN,
            description=T("a", "a"),
        )


# -- results, reports, JSON
def test_result_explains_in_both_languages_and_serialises() -> None:
    r = credit_a(
        "2023-03-01",
        Period.year(2023),
        rating_hasil_kerja="sesuai_ekspektasi",
        rating_perilaku="di_atas_ekspektasi",
    )
    assert "Kredit inovasi" in r.explain("id")
    assert "Innovation credit" in r.explain("en")
    data = json.loads(r.to_json())
    assert data["regime"] == "permenpanrb_6_2022"
    assert data["uncertain"] is True
    assert D(data["credit_after"]) == D("37.5")


def test_report_function_text() -> None:
    invs = [innovation("A", "2023-03-01", RINA, BUDI)]
    text_id = skp.report(
        [RINA, BUDI],
        invs,
        Period.year(2023),
        lang="id",
        explanation=False,
        inputs={
            "Rina": {
                "rating_hasil_kerja": "sesuai_ekspektasi",
                "rating_perilaku": "di_atas_ekspektasi",
            }
        },
    )
    assert "Rina" in text_id
    assert "Budi" in text_id
    assert "Baik → Sangat Baik" in text_id
    text_en = skp.report([RINA], invs, Period.year(2023), lang="en")
    assert "Entries to record" in text_en
    with pytest.raises(InvalidInput):
        skp.report([RINA], invs, Period.year(2023), lang="fr")


def test_example_file_runs() -> None:
    f = skp.load_skp_file(EXAMPLE.read_text(encoding="utf-8"))
    results = f.run()
    assert [r.innovator for r in results] == ["Rina Wulandari", "Budi Santoso"]
    assert results[0].credit_gain == D("12.5")
    assert results[0].regional[0].satisfied is True
    assert "Rina Wulandari" in f.report("en")


def test_case_json_round_trip() -> None:
    case = skp.SkpCase.from_json(EXAMPLE.read_text(encoding="utf-8"))
    again = skp.SkpCase.from_json(case.to_json())
    assert again == case
    assert [r.to_dict() for r in again.run()] == [r.to_dict() for r in case.run()]


def test_case_without_people_uses_innovators() -> None:
    case = skp.SkpCase.from_dict(
        {
            "period": {"start": "2023-01-01", "end": "2023-12-31"},
            "innovations": [innovation("A", "2023-03-01", RINA, BUDI).to_dict()],
        }
    )
    assert [r.innovator for r in case.run()] == ["Rina", "Budi"]


@pytest.mark.parametrize("text", ["", "{", "[1]", '{"periode": 5}', "null", '{"kasus": [{}]}'])
def test_bad_files_raise_library_errors(text: str) -> None:
    with pytest.raises(InvalidInput):
        skp.load_skp_file(text)


def test_unknown_regional_rule_id_in_case() -> None:
    with pytest.raises(InvalidInput):
        skp.SkpCase.from_dict(
            {
                "periode": {"mulai": "2023-01-01", "selesai": "2023-12-31"},
                "aturan_daerah": ["tidak_ada"],
            }
        )
