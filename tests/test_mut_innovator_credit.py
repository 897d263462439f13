"""Tests that kill the mutants of ``skp/innovator_credit.py`` (issue 10): what an ASN's
innovations are worth in one appraisal period under the regime in force (skp.md §1.2) —
PP 46/2011 kreativitas and tugas tambahan, PP 30/2019 + PermenPANRB 8/2021 kinerja tambahan and
the Sangat Baik gate (PP 30/2019 Pasal 41 ayat (5)), PermenPANRB 6/2022 hasil kerja tambahan and
the angka kredit effect (PermenPANRB 1/2023), regional rules (skp.md §8) and the library's
milestone convention (the named policy ``PeriodRule``)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Any

import pytest

from _explained import check_node, check_refusal, child, keys
from _skp_inputs import (
    BUDI,
    NEGARA_SIGNED,
    RATED,
    RINA,
    SESUAI,
    WRONG_SIGNER,
    credit_a,
    innovation,
    rec,
)
from inovasi_daerah import skp
from inovasi_daerah.errors import InvalidInput
from inovasi_daerah.law import Status, T, cite
from inovasi_daerah.models import Innovator
from inovasi_daerah.skp import Period, RegionalInnovationCredit, RegionalRuleKind, pp30, pp46
from inovasi_daerah.skp import innovator_credit as ic
from inovasi_daerah.skp import permenpanrb_1_2023 as ak
from inovasi_daerah.skp import permenpanrb_6_2022 as pm6

D = Decimal


def ids(texts: tuple[T, ...] | tuple[Any, ...]) -> list[str]:
    """The Indonesian texts of a tuple of bilingual texts."""
    return [t.id for t in texts]


def ens(texts: tuple[Any, ...]) -> list[str]:
    """The English texts of a tuple of bilingual texts."""
    return [t.en for t in texts]


# -- PP 46/2011 (2014 – semester I 2021): kreativitas and tugas tambahan (skp.md §2) ---------
FULL_PP46 = rec(
    "A",
    tingkat="organisasi",
    penandatangan="pejabat_eselon_i",
    surat_keterangan=True,
    tugas_tambahan=True,
)


def test_pp46_kreativitas_and_tugas_tambahan_points_and_tree_perka_bkn_1_2013() -> None:
    """Kreativitas 'organisasi' signed by eselon I = 6 ([KT3b]) plus one approved tugas
    tambahan (0 → 1, [KT1]); nilai SKP 80 + 7 = 87, both Baik (PP 46/2011 bands)."""
    r = credit_a("2019-03-01", Period.year(2019), recognitions=[FULL_PP46], nilai_skp=80)
    assert (r.points, r.potential_points) == (7, 7)
    assert r.missing == ()
    assert ens(r.evidence) == [
        "kreativitas surat keterangan: number, level of benefit, signer matching the level",
        "the leader's approval/assignment of the tugas tambahan (written form UNCERTAIN)",
    ]
    assert ids(r.evidence)[1].startswith("persetujuan/penugasan tugas tambahan")
    assert [(c.name, c.role, ens(c.channels)) for c in r.counted] == [
        ("A", "ketua_tim", ["kreativitas", "tugas tambahan"])
    ]
    root = r.explanation
    assert keys(root) == [
        "innovations",
        "creativity_total",
        "added_extra_duties",
        "before",
        "after",
    ]
    check_node(child(root, "creativity_total"), key="creativity_total", value=6)
    tt = check_node(
        child(root, "added_extra_duties"),
        key="added_extra_duties",
        value=1,
        inputs={"other_extra_duties": 0, "innovations": 1},
        has_rule=True,
    )
    assert [c.value for c in tt.children] == [0, 1]
    before, after = child(root, "before"), child(root, "after")
    assert before.children[-1].value == after.children[-1].value == "Baik"
    assert len(before.children) == len(after.children) == 1  # no perilaku: predikat only
    assert (r.predicate_before, r.predicate_after) == ("Baik", "Baik")


def test_pp46_certificate_missing_keeps_potential_points_perka_bkn_1_2013() -> None:
    """Without the surat keterangan the kreativitas counts only as potential (12 for
    'negara'); the missing surat names its level and the accepted signers."""
    r = credit_a(
        "2019-03-01",
        Period.year(2019),
        recognitions=[rec("A", tingkat="negara", penandatangan="presiden")],
        nilai_skp=80,
    )
    assert (r.points, r.potential_points) == (0, 12)
    signers = pp46.RULES.kreativitas_signers(pp46.KreativitasLevel("negara")).get()
    names = ", ".join(s.label.id for s in signers)
    names_en = ", ".join(s.label.en for s in signers)
    level = pp46.KreativitasLevel("negara").label
    assert [(m.id, m.en) for m in r.missing] == [
        (
            f"A: surat keterangan kreativitas (tingkat {level.id}) ditandatangani {names}",
            f"A: kreativitas surat keterangan ({level.en}) signed by {names_en}",
        )
    ]
    assert len(signers) > 1  # the join of several signers is checked
    assert r.counted[0].channels == ()
    assert len(r.evidence) == 1  # no tugas tambahan: no leader's approval asked
    pot = check_node(
        child(r.explanation, "potential_creativity"), key="potential_creativity", value=12
    )
    assert len(pot.children) == 1
    assert child(r.explanation, "creativity_total").value == 0
    # the predikat after uses the potential points: 80 + 12 = 92
    assert r.predicate_after == pp46.predikat(D(92)).predicate.value


def test_pp46_wrong_signer_is_named_with_the_accepted_ones_perka_bkn_1_2013() -> None:
    """A surat keterangan signed by someone not accepted for its level earns nothing."""
    r = credit_a("2019-03-01", Period.year(2019), recognitions=[WRONG_SIGNER], nilai_skp=80)
    signers = pp46.RULES.kreativitas_signers(pp46.KreativitasLevel("negara")).get()
    names = ", ".join(s.label.id for s in signers)
    names_en = ", ".join(s.label.en for s in signers)
    assert (r.points, r.potential_points) == (0, 12)
    assert [(m.id, m.en) for m in r.missing] == [
        (
            f"A: penandatangan surat keterangan harus {names}",
            f"A: the surat keterangan must be signed by {names_en}",
        )
    ]


def test_pp46_certificate_without_signer_is_missing_perka_bkn_1_2013() -> None:
    """A surat keterangan without a signer does not count either."""
    r = credit_a(
        "2019-03-01",
        Period.year(2019),
        recognitions=[rec("A", tingkat="negara", surat_keterangan=True)],
        nilai_skp=80,
    )
    assert (r.points, r.potential_points) == (0, 12)
    assert len(r.missing) == 1
    assert "must be signed by" in r.missing[0].en


def test_pp46_no_level_no_nilai_skp_names_both_missing_perka_bkn_1_2013() -> None:
    """No level of benefit: nothing potential; no nilai_skp: no predikat change, named."""
    r = credit_a("2019-03-01", Period.year(2019), recognitions=[rec("A", tugas_tambahan=True)])
    assert [m.en for m in r.missing] == [
        "A: a kreativitas surat keterangan stating the level of benefit (work unit / "
        "organisation / state) and its signer",
        "the SKP score without these innovations (nilai_skp) to compute the predikat change",
    ]
    assert [m.id for m in r.missing] == [
        "A: surat keterangan kreativitas dengan tingkat manfaat (unit kerja / organisasi / "
        "negara) dan penandatangannya",
        "nilai capaian SKP tanpa inovasi ini (nilai_skp) untuk menghitung perubahan predikat",
    ]
    assert (r.points, r.potential_points) == (1, 1)  # the tugas tambahan alone
    assert (r.predicate_before, r.predicate_after) == (None, None)
    assert "kreativitas_potensial" not in keys(r.explanation)
    assert "sebelum" not in keys(r.explanation)


def test_pp46_prestasi_kerja_with_perilaku_pp46_2011_pasal_5() -> None:
    """With nilai perilaku the predikat is that of the prestasi kerja (60 % SKP + 40 %
    perilaku): 85 + 12 = 97 with perilaku 90 gives 87 → 94.2, Baik → Sangat Baik."""
    r = credit_a(
        "2020-03-01",
        Period.year(2020),
        recognitions=[NEGARA_SIGNED],
        nilai_skp=85,
        nilai_perilaku=90,
    )
    before, after = child(r.explanation, "before"), child(r.explanation, "after")
    assert [c.value for c in before.children] == [D("87.0"), "Baik"]
    assert [c.value for c in after.children] == [D("94.2"), "Sangat Baik"]
    assert (before.value, after.value) == ("Baik", "Sangat Baik")
    assert (r.predicate_before, r.predicate_after) == ("Baik", "Sangat Baik")


# -- PP 30/2019 + PermenPANRB 8/2021 (semester II 2021): kinerja tambahan, Pasal 41(5) gate ---
H2_2021 = Period(start="2021-07-01", end="2021-12-31")
KT = {"predikat": "Sangat Baik", "bobot": "0.2", "nilai": 100}


def pp30_credit(**kw: Any) -> Any:
    """``credit_a`` in semester II 2021 with kinerja tambahan ``KT`` and the new idea accepted
    (PP 30/2019 Pasal 41 ayat (5)), no peer input; ``kw`` the nilai and the other inputs."""
    return credit_a(
        "2021-08-01",
        H2_2021,
        recognitions=[rec("A", kinerja_tambahan=KT, gagasan_baru_diterima=True)],
        peer_input=False,
        **kw,
    )


def test_pp30_kinerja_tambahan_gain_room_and_gate_permenpanrb_8_2021() -> None:
    """Kinerja tambahan 4 (other) + 20 capped at 10 (PermenPANRB 8/2021): gain 6, room 6;
    the accepted new idea opens Sangat Baik (PP 30/2019 Pasal 41 ayat (5))."""
    r = pp30_credit(other_kinerja_tambahan=4, nilai_skp=104, nilai_perilaku=110)
    assert (r.points, r.potential_points) == (6, 6)
    assert r.missing == ()
    assert ens(r.evidence) == [
        "evidence of the new idea/way and its benefit to the organisation or the state"
    ]
    assert ids(r.evidence) == ["bukti gagasan/cara baru dan manfaatnya bagi organisasi atau negara"]
    assert ens(r.counted[0].channels) == ["kinerja tambahan", "new idea/way (Sangat Baik gate)"]
    root = r.explanation
    assert keys(root) == [
        "innovations",
        "added_additional_performance",
        "very_good_condition",
        "before",
        "after",
    ]
    kt = check_node(
        child(root, "added_additional_performance"),
        key="added_additional_performance",
        value=6,
        inputs={"remaining_room": D(6)},
        has_rule=True,
    )
    assert [c.value for c in kt.children] == [4, 10]
    check_node(
        child(root, "very_good_condition"),
        key="very_good_condition",
        value="diterima",
        citations=[pp30.RULES.innovation_gate],
    )
    assert [c.value for c in child(root, "before").children] == [D("105.80"), "Baik"]
    assert [c.value for c in child(root, "after").children] == [D("110.00"), "Sangat Baik"]
    assert (r.predicate_before, r.predicate_after) == ("Baik", "Sangat Baik")


def test_pp30_nilai_kinerja_capped_at_120_pp30_2019_pasal_41() -> None:
    """Nilai kinerja is at most 120 (PP 30/2019 Pasal 41): scores above it are read as 120,
    before and after the innovations."""
    r = pp30_credit(nilai_skp=125, nilai_perilaku=125)
    assert (r.predicate_before, r.predicate_after) == ("Baik", "Sangat Baik")
    assert r.points == 10


@pytest.mark.parametrize(
    ("accepted", "gate", "after"),
    [
        ([True], "diterima", "Sangat Baik"),
        ([None], "menunggu", "Sangat Baik"),
        ([False], "tidak", "Baik"),
        ([True, None], "diterima", "Sangat Baik"),
        ([None, True], "diterima", "Sangat Baik"),
        ([False, None], "menunggu", "Sangat Baik"),
        ([None, False], "menunggu", "Sangat Baik"),
        ([False, False], "tidak", "Baik"),
    ],
)
def test_pp30_gate_any_accepted_idea_pp30_2019_pasal_41_ayat_5(
    accepted: list[bool | None], gate: str, after: str
) -> None:
    """One accepted new idea meets the Sangat Baik gate; none accepted but one undecided
    leaves it pending (and asks for the appraiser's acceptance); all refused closes it."""
    names = [f"I{i}" for i in range(len(accepted))]
    recs = [
        rec(n) if a is None else rec(n, gagasan_baru_diterima=a)
        for n, a in zip(names, accepted, strict=True)
    ]
    r = skp.credit(
        RINA,
        [innovation(n, "2021-08-01", RINA) for n in names],
        H2_2021,
        recognitions=recs,
        nilai_skp=115,
        nilai_perilaku=115,
        peer_input=True,
    )
    assert child(r.explanation, "very_good_condition").value == gate
    assert (r.predicate_before, r.predicate_after) == ("Baik", after)
    pending = [m for m in r.missing if "Pasal 41" in m.id]
    assert len(pending) == (gate == "menunggu")
    if pending:
        assert pending[0].en == (
            "the appraiser's acceptance that the innovation is a new idea/way benefiting the "
            "organisation or the state (Sangat Baik gate, PP 30/2019 Pasal 41(5))"
        )
        assert pending[0].id == (
            "penerimaan pejabat penilai bahwa inovasi adalah gagasan/cara baru yang bermanfaat "
            "bagi organisasi atau negara (syarat Sangat Baik, PP 30/2019 Pasal 41 ayat (5))"
        )
    assert [ens(c.channels) for c in r.counted] == [
        ["new idea/way (Sangat Baik gate)"] if a else [] for a in accepted
    ]


def test_pp30_nothing_counted_no_gate_no_sangat_baik_pp30_2019_pasal_41_ayat_5() -> None:
    """Without a counted innovation the gate is 'tidak' and nothing is asked for it."""
    r = skp.credit(RINA, [], H2_2021, nilai_skp=115, nilai_perilaku=115, peer_input=True)
    assert child(r.explanation, "very_good_condition").value == "tidak"
    assert r.missing == ()
    assert (r.predicate_before, r.predicate_after) == ("Baik", "Baik")
    assert r.points == 0


def test_pp30_extra_duty_must_be_recorded_as_kinerja_tambahan_permenpanrb_8_2021() -> None:
    """An assigned innovation without its kinerja tambahan entry earns nothing yet; the
    missing entry is named. Missing nilai inputs stop the predikat change, named too."""
    r = credit_a(
        "2021-08-01",
        H2_2021,
        recognitions=[rec("A", tugas_tambahan=True, gagasan_baru_diterima=False)],
        nilai_skp=100,
    )
    assert r.points == 0
    assert [m.en for m in r.missing] == [
        "A: record it as kinerja tambahan with its predikat and scope weight",
        "nilai_skp, nilai_perilaku and peer_input to compute the predikat change",
    ]
    assert [m.id for m in r.missing] == [
        "A: catat sebagai kinerja tambahan dengan predikat dan bobot lingkup penugasan",
        "nilai_skp, nilai_perilaku dan peer_input untuk menghitung perubahan predikat",
    ]
    assert (r.predicate_before, r.predicate_after) == (None, None)
    assert "sebelum" not in keys(r.explanation)


@pytest.mark.parametrize(
    "given",
    [
        {"nilai_perilaku": 100, "peer_input": True},
        {"nilai_skp": 100, "peer_input": True},
        {"nilai_skp": 100, "nilai_perilaku": 100},
    ],
)
def test_pp30_each_nilai_input_is_needed_pp30_2019_pasal_41(given: dict[str, Any]) -> None:
    """nilai_skp, nilai_perilaku and peer_input each decide the nilai kinerja."""
    r = credit_a(
        "2021-08-01", H2_2021, recognitions=[rec("A", gagasan_baru_diterima=True)], **given
    )
    assert r.predicate_after is None
    assert r.missing[-1].en.startswith("nilai_skp, nilai_perilaku and peer_input")


# -- PermenPANRB 6/2022 (2022 – ): hasil kerja tambahan, rating, angka kredit (skp.md §4) ------


def test_pm6_innovation_is_hasil_kerja_tambahan_not_points_permenpanrb_6_2022() -> None:
    """Under PermenPANRB 6/2022 an innovation is recorded as 'B. Tambahan' and is evidence
    toward 'di atas ekspektasi', never numeric points; its awards are listed."""
    r = credit_a(
        "2023-03-01",
        Period.year(2023),
        recognitions=[rec("A", penghargaan=["Top 45", "IGA"])],
        rating_hasil_kerja=SESUAI,
        rating_perilaku=SESUAI,
    )
    assert (r.points, r.potential_points) == (0, 0)
    assert [t.en for t in r.additional_results] == [
        'B. Additional: innovation "A" (role: Team lead; stage: Application)'
    ]
    assert [t.id for t in r.additional_results] == [
        'B. Tambahan: inovasi "A" (peran: Ketua tim; tahapan: Penerapan)'
    ]
    assert ens(r.counted[0].channels) == ["additional result; evidence", "awards: Top 45; IGA"]
    assert r.counted[0].channels[1].id == "penghargaan: Top 45; IGA"
    assert ens(r.evidence) == [
        "evidence of the innovation (decision, trial/application report, awards) attached "
        "to the additional result",
        "the leader's assignment when the innovation is an additional result",
    ]
    assert ids(r.evidence) == [
        "bukti dukung realisasi inovasi (dokumen penetapan, laporan uji coba/penerapan, "
        "penghargaan) dilampirkan pada hasil kerja tambahan",
        "penugasan dari pimpinan bila inovasi adalah hasil kerja tambahan",
    ]
    rules = pm6.RULES
    check_node(
        child(r.explanation, "without_points"),
        key="without_points",
        value=0,
        has_rule=True,
        citations=[
            rules.hasil_kerja_tambahan,
            rules.innovation_evidence,
            rules.above_expectation_criteria,
        ],
    )
    # behaviour still 'sesuai': the innovations cannot give Sangat Baik, and that is named
    assert (r.predicate_before, r.predicate_after) == ("Baik", "Baik")
    assert [m.en for m in r.missing] == [
        "behaviour above expectations is also needed for Sangat Baik (e.g. the leader's "
        'special expectation "Adaptif: keep innovating")'
    ]
    assert r.missing[0].id == (
        "perilaku kerja di atas ekspektasi juga diperlukan untuk Sangat Baik (mis. "
        'ekspektasi khusus pimpinan "Adaptif: terus berinovasi")'
    )
    assert (r.credit_before, r.credit_after) == (D(25), D(25))


def test_pm6_without_innovations_nothing_changes_permenpanrb_6_2022() -> None:
    """No counted innovation: the rating stays, nothing is asked beyond the ratings."""
    r = skp.credit(RINA, [], Period.year(2023), rating_hasil_kerja=SESUAI, rating_perilaku=SESUAI)
    assert (r.predicate_before, r.predicate_after) == ("Baik", "Baik")
    assert r.missing == ()
    assert r.evidence == ()
    assert r.additional_results == ()
    assert r.credit_gain == 0


def test_pm6_perilaku_above_no_behaviour_note_permenpanrb_6_2022() -> None:
    """With behaviour above expectations the counted innovation lifts the hasil kerja
    rating to 'di atas': Baik → Sangat Baik, and nothing is missing."""
    r = credit_a("2023-03-01", Period.year(2023), **RATED)
    assert (r.predicate_before, r.predicate_after) == ("Baik", "Sangat Baik")
    assert r.missing == ()
    before, after = child(r.explanation, "before"), child(r.explanation, "after")
    assert (before.value, after.value) == ("Baik", "Sangat Baik")


@pytest.mark.parametrize("given", [{"rating_hasil_kerja": SESUAI}, {"rating_perilaku": SESUAI}, {}])
def test_pm6_both_ratings_needed_permenpanrb_6_2022(given: dict[str, Any]) -> None:
    """The predikat needs both ratings (hasil kerja and perilaku); a missing one is named."""
    r = credit_a("2023-03-01", Period.year(2023), **given)
    assert (r.predicate_before, r.predicate_after) == (None, None)
    assert [m.en for m in r.missing] == [
        "rating_hasil_kerja and rating_perilaku (without the innovations) to compute the "
        "predikat change; Sangat Baik needs both above expectations"
    ]
    assert r.missing[0].id == (
        "rating_hasil_kerja dan rating_perilaku (tanpa inovasi) untuk menghitung perubahan "
        "predikat; Sangat Baik hanya bila keduanya di atas ekspektasi"
    )
    assert r.credit_before is None
    assert "efek_angka_kredit" not in keys(r.explanation)


def test_pm6_angka_kredit_effect_node_permenpanrb_1_2023() -> None:
    """Baik → Sangat Baik for an Ahli Muda: 100 % → 150 % of koefisien 25 (PermenPANRB
    1/2023), explained as AK(after) − AK(before) with both computations."""
    r = credit_a("2023-03-01", Period.year(2023), **RATED)
    node = check_node(
        child(r.explanation, "credit_effect"),
        key="credit_effect",
        value=D("12.5"),
        citations=[ak.RULES.no_innovation_ak],
        has_rule=True,
    )
    assert node.note is None  # whole months
    assert [c.value for c in node.children] == [D(25), D("37.5")]
    assert (r.credit_before, r.credit_after) == (D(25), D("37.5"))
    assert r.credit_gain == D("12.5")


def test_pm6_angka_kredit_counts_calendar_months_touched_permenpanrb_1_2023() -> None:
    """A period not in whole months counts each calendar month touched (15 Jan – 30 Jun:
    6 months, 6/12 × 25 = 12.5), with a note saying so."""
    r = credit_a("2023-03-01", Period(start="2023-01-15", end="2023-06-30"), **RATED)
    node = child(r.explanation, "credit_effect")
    assert node.note is not None
    assert node.note.en == ("period not in whole months: calendar months touched are counted")
    assert (r.credit_before, r.credit_after) == (D("12.5"), D("18.75"))


def test_pm6_no_ak_conversion_before_2023_is_explained_permenpanrb_1_2023() -> None:
    """The predikat → AK conversion starts with the 2023 appraisal: a 2022 period gets a
    node citing that start instead of numbers."""
    r = credit_a("2022-03-01", Period.year(2022), **RATED)
    node = check_node(
        child(r.explanation, "credit"),
        key="credit",
        value=None,
        citations=[ak.RULES.conversion_start],
    )
    assert node.note is not None
    assert "2023" in node.note.en
    assert node.note.id == node.note.en  # the refusal's own text, in both fields
    assert (r.credit_before, r.credit_after) == (None, None)
    assert r.credit_gain is None


def test_pm6_functional_without_jenjang_asks_for_it_permenpanrb_1_2023() -> None:
    """A jabatan fungsional without its jenjang gets no AK figure; the jenjang is asked."""
    p = Innovator(nama="Sari", asn=True, jenis_jabatan="fungsional")
    r = credit_a("2023-03-01", Period.year(2023), person=p, **RATED)
    assert [(m.id, m.en) for m in r.missing] == [
        ("jenjang jabatan fungsional untuk angka kredit", "the JF jenjang for angka kredit")
    ]
    assert r.credit_before is None
    assert "efek_angka_kredit" not in keys(r.explanation)


def test_pm6_first_year_cites_the_uncertain_start_skp_md_1_1() -> None:
    """A 2022 period rests on PermenPANRB 6/2022's start date, not established (skp.md
    §1.1): the root cites the dated start parameter; a 2023 period does not."""
    r22 = skp.credit(RINA, [], Period.year(2022))
    r23 = skp.credit(RINA, [], Period.year(2023))
    assert r22.explanation.citations == (pm6.RULES.citation, pm6.RULES.start.citation)
    assert r23.explanation.citations == (pm6.RULES.citation,)
    r19 = skp.credit(RINA, [], Period.year(2019))
    assert r19.explanation.citations == (pp46.RULES.citation,)


# -- which innovations count: role and milestone (the PeriodRule convention, UNCERTAIN) -------
MILESTONES = [
    "tanggal_usulan",
    "tanggal_penetapan",
    "waktu_uji_coba",
    "waktu_uji_coba_selesai",
    "waktu_penerapan",
    "tanggal_pengembangan",
    "tanggal_pelaporan",
]
APPLICATION_MILESTONES = {"waktu_penerapan", "tanggal_pengembangan"}


@pytest.mark.parametrize("field", MILESTONES)
def test_each_dated_milestone_counts_under_any_milestone_period_rule(field: str) -> None:
    """any_milestone (default): any one dated milestone in the period makes it count;
    application: only the start of application or the latest development."""
    inv = innovation("A", None, RINA, **{field: "2023-05-01"})
    r = skp.credit(RINA, [inv], Period.year(2023))
    assert [c.name for c in r.counted] == ["A"]
    alt = skp.credit(RINA, [inv], Period.year(2023), period_rule=ic.PeriodRule.APPLICATION)
    assert [c.name for c in alt.counted] == (["A"] if field in APPLICATION_MILESTONES else [])
    if field not in APPLICATION_MILESTONES:
        assert [(g.name, g.reason.en) for g in alt.ignored] == [
            ("A", "no dated milestone (trial, application ...)")
        ]


def test_certificate_date_counts_under_both_period_rules() -> None:
    """The surat keterangan's date is a milestone under both readings."""
    inv = innovation("A", None, RINA, waktu_uji_coba="2018-05-01")
    for rule in ic.PeriodRule:
        r = skp.credit(
            RINA,
            [inv],
            Period.year(2019),
            period_rule=rule.value,
            recognitions=[rec("A", tanggal_surat_keterangan="2019-05-01")],
        )
        assert [c.name for c in r.counted] == ["A"], rule


def test_milestone_outside_the_period_is_ignored_with_the_period_named() -> None:
    """A milestone only outside the period: ignored, the reason names the period."""
    r = skp.credit(RINA, [innovation("Old", "2022-12-31", RINA)], Period.year(2023))
    assert r.counted == ()
    assert [(g.name, g.reason.en, g.reason.id) for g in r.ignored] == [
        (
            "Old",
            "no milestone within 2023-01-01..2023-12-31",
            "tidak ada tahapan dalam periode 2023-01-01..2023-12-31",
        )
    ]
    assert r.ignored[0].to_dict() == {"name": "Old", "reason": r.ignored[0].reason.model_dump()}
    node = check_node(
        child(r.explanation, "ignored_innovations"), key="ignored_innovations", value=None
    )
    assert node.note == r.ignored[0].reason
    # both ends of the period count
    for day in ("2023-01-01", "2023-12-31"):
        assert skp.credit(RINA, [innovation("E", day, RINA)], Period.year(2023)).counted


def test_no_role_is_ignored_first_even_when_undated() -> None:
    """Only the innovator's own innovations count; no role is the reason given."""
    r = skp.credit(RINA, [innovation("T", None, BUDI)], Period.year(2023))
    assert [(g.name, g.reason.en, g.reason.id) for g in r.ignored] == [
        ("T", "no role in it", "tidak berperan dalam inovasi")
    ]
    u = skp.credit(RINA, [innovation("U", None, RINA)], Period.year(2023))
    assert [(g.name, g.reason.id) for g in u.ignored] == [
        ("U", "tidak ada tanggal tahapan (uji coba, penerapan ...)")
    ]


def test_counted_node_records_role_milestone_rule_and_policy() -> None:
    """Each counted innovation: its role, the milestone convention cited (UNCERTAIN) and the
    policy value in a note; the root records the inputs (person, period, regime, policy)."""
    r = skp.credit(
        BUDI,
        [innovation("A", "2023-03-01", RINA, BUDI)],
        Period.year(2023),
        period_rule="application",
    )
    assert [(c.name, c.role) for c in r.counted] == [("A", "anggota_tim")]
    assert r.counted[0].to_dict() == {
        "name": "A",
        "role": "anggota_tim",
        "channels": [c.model_dump() for c in r.counted[0].channels],
    }
    node = check_node(
        child(r.explanation, "innovations"),
        key="innovations",
        value="anggota_tim",
        citations=[ic.MILESTONE_RULE],
    )
    assert node.note is not None
    assert node.note.en == "policy period_rule = application"
    assert node.title is not None
    assert node.title.en == "Counted: A"
    root = check_node(
        r.explanation,
        key="skp_innovation_credit",
        value=0,
        inputs={
            "employee": "Budi",
            "period": "2023-01-01..2023-12-31",
            "rule": "permenpanrb_6_2022",
            "period_rule": "application",
        },
    )
    assert root.rule == pm6.RULES.title
    assert r.regime_title == pm6.RULES.title
    assert r.innovator == "Budi"
    assert r.period == Period.year(2023)


def test_pp30_start_moves_the_2021_switch_and_is_recorded() -> None:
    """The agency-dependent PP 30/2019 start (skp.md §1.1) moves the regime of 2021; the
    boundary override is recorded in the root's inputs ("peralihan")."""
    q3 = Period(start="2021-07-01", end="2021-09-30")
    r = skp.credit(RINA, [], q3, pp30_start="2021-10-01")
    assert r.regime == "pp46_2011"
    assert r.explanation.inputs["transition"] == "pp30_start=2021-10-01 (instansi)"
    plain = skp.credit(RINA, [], q3)
    assert plain.regime == "pp30_2019"
    assert "peralihan" not in plain.explanation.inputs


# -- recognitions matched by id or name ---------------------------------------------------------
def test_recognition_matches_by_id_or_name_any_case() -> None:
    """A recognition names its innovation by id or by name, case-insensitively."""
    inv = innovation("Sigap", "2019-03-01", RINA, id="INV-7")
    for name in ("inv-7", "SIGAP", "Sigap"):
        r = skp.credit(
            RINA, [inv], Period.year(2019), recognitions=[rec(name, tugas_tambahan=True)]
        )
        assert r.points == 1, name


def test_unknown_or_second_recognition_refused_naming_the_entry() -> None:
    """A recognition of no listed innovation, or a second one of the same innovation, is
    refused naming ``recognitions[i].innovation``."""
    inv = innovation("A", "2019-03-01", RINA, id="x1")
    with pytest.raises(InvalidInput) as exc:
        skp.credit(RINA, [inv], Period.year(2019), recognitions=[rec("A"), rec("B")])
    check_refusal(exc.value, "recognitions[1].innovation", value="B")
    with pytest.raises(InvalidInput) as exc:
        skp.credit(RINA, [inv], Period.year(2019), recognitions=[rec("A"), rec("X1")])
    check_refusal(exc.value, "recognitions[1].innovation", value="X1")
    assert exc.value.message_en == "an innovation given more than one recognition"


def test_first_innovation_of_a_shared_key_takes_the_recognition() -> None:
    """Two innovations with the same name: the recognition goes to the first listed (here
    the counted one; given to the other, uncounted one, it would earn nothing)."""
    a1 = innovation("A", "2019-03-01", RINA)
    a2 = innovation("A", "2019-04-01", BUDI)
    r = skp.credit(RINA, [a1, a2], Period.year(2019), recognitions=[rec("a", tugas_tambahan=True)])
    assert r.points == 1
    r2 = skp.credit(RINA, [a2, a1], Period.year(2019), recognitions=[rec("a", tugas_tambahan=True)])
    assert r2.points == 0


def test_single_items_accepted_where_lists_are_expected() -> None:
    """One innovation, one recognition, one regional rule may be given without a list."""
    inv = innovation("A", "2019-03-01", RINA)
    r = skp.credit(RINA, inv, Period.year(2019), recognitions=rec("A", tugas_tambahan=True))
    assert r.points == 1
    r2 = skp.credit(
        RINA,
        inv.to_dict(),
        {"start": "2019-01-01", "end": "2019-12-31"},
        recognitions=skp.InnovationRecognition.model_validate(rec("A", tugas_tambahan=True)),
    )
    assert r2.points == 1
    r3 = credit_a(
        "2026-03-01", Period.year(2026), regional_rules=skp.KEPRI_PERGUB_38_2025, region="Kepri"
    )
    assert [e.rule_id for e in r3.regional] == [skp.KEPRI_PERGUB_38_2025.id]


@pytest.mark.parametrize(
    ("kwargs", "field"),
    [
        ({"innovations": 5}, "innovations"),
        ({"innovations": [5]}, "innovations[0]"),
        ({"recognitions": 5}, "recognitions"),
        ({"recognitions": [rec("A"), 5]}, "recognitions[1]"),
        ({"regional_rules": 5}, "regional_rules"),
        ({"period": 5}, "period"),
        ({"innovator": 5}, "innovator"),
        ({"nilai_skp": -1}, "nilai_skp"),
    ],
)
def test_bad_arguments_refused_naming_the_field(kwargs: dict[str, Any], field: str) -> None:
    """Each argument is converted and refused under its own name."""
    args: dict[str, Any] = {
        "innovator": RINA,
        "innovations": [innovation("A", "2019-03-01", RINA)],
        "period": Period.year(2019),
    }
    extra = {k: v for k, v in kwargs.items() if k not in args}
    args.update({k: v for k, v in kwargs.items() if k in args})
    with pytest.raises(InvalidInput) as exc:
        skp.credit(args["innovator"], args["innovations"], args["period"], **extra)
    assert exc.value.field is not None
    assert exc.value.field.startswith(field)


def test_period_over_two_years_refused_skp_md_annual_appraisal() -> None:
    """An SKP period lies within one calendar year; 2022-12-01..2023-01-31 is refused."""
    with pytest.raises(InvalidInput) as exc:
        skp.credit(RINA, [], Period(start="2022-12-01", end="2023-01-31"))
    check_refusal(exc.value, "period", value="2022-12-01..2023-01-31")
    with pytest.raises(InvalidInput) as exc:
        skp.credit(RINA, [], Period.year(2023), period_rule="sometimes")
    check_refusal(exc.value, "period_rule", value="sometimes")
    assert "any_milestone" in exc.value.message_en


def test_not_asn_gets_no_credit_and_is_told_why_permenpanrb_6_2022() -> None:
    """The SKP appraises ASN only (skp.md §4.1): no regime credit, no regional effect."""
    citizen = Innovator(nama="Warga", asn=False)
    r = credit_a(
        "2026-03-01",
        Period.year(2026),
        person=citizen,
        regional_rules=skp.REGIONAL_RULES,
        region="Kepri",
    )
    assert not r.applicable
    assert r.regional == ()
    assert [(m.id, m.en) for m in r.missing] == [
        (
            "SKP hanya untuk ASN: nyatakan status ASN (asn) atau NIP",
            "the SKP applies to ASN only: state the ASN status (asn) or the NIP",
        )
    ]
    check_node(
        child(r.explanation, "not_asn"), key="not_asn", value=False, citations=[ic._ASN_ONLY]
    )
    assert [c.name for c in r.counted] == ["A"]
    assert r.counted[0].channels == ()


# -- regional rules in force for the person's region (skp.md §8) --------------------------------
TWO = D(2)


def points_rule(value: Decimal | None = TWO, **kw: Any) -> RegionalInnovationCredit:
    """A regional points rule of the made-up Kabupaten Contoh from 2024."""
    data: dict[str, Any] = {
        "id": "contoh",
        "region": "Kabupaten Contoh",
        "instrument": "Perbup Contoh 1/2024",
        "kind": RegionalRuleKind.POINTS,
        "value": value,
        "valid_from": date(2024, 1, 1),
        "citation": cite("Perbup Contoh 1/2024", "Pasal 5", Status.VERIFIED),
        "description": T("Tambahan 2 poin", "2 extra points"),
    }
    if value is None:  # a points rule without a number is UNCERTAIN (regional.py integrity)
        data["status"] = Status.UNCERTAIN
        data["citation"] = cite("Perbup Contoh 1/2024", "Pasal 5", Status.UNCERTAIN)
    data.update(kw)
    return RegionalInnovationCredit(**data)


def test_regional_points_added_when_an_innovation_counts_skp_md_8() -> None:
    """A regional points rule adds its value to points and potential points (PermenPANRB
    6/2022 gives none: 0 + 2), explained with its citation; nothing counted, nothing added."""
    rule = points_rule()
    r = credit_a("2024-03-01", Period.year(2024), regional_rules=[rule], region="Kab. Contoh")
    assert (r.points, r.potential_points) == (2, 2)
    assert [e.to_dict() for e in r.regional] == [
        {
            "rule_id": "contoh",
            "kind": "points",
            "points": "2",
            "satisfied": None,
            "note": rule.description.model_dump(),
        }
    ]
    node = check_node(
        child(r.explanation, "region_contoh"),
        key="region_contoh",
        value=D(2),
        citations=[rule.citation],
    )
    assert node.note == rule.description
    assert node.title is not None
    assert node.title.en == "Regional rule: Kabupaten Contoh"
    assert r.explanation.value == 2
    none = skp.credit(RINA, [], Period.year(2024), regional_rules=[rule], region="Kab. Contoh")
    assert (none.points, none.potential_points) == (0, 0)
    assert [(e.points, e.satisfied) for e in none.regional] == [(None, None)]
    assert none.regional[0].to_dict()["points"] is None


def test_regional_points_add_to_pp46_points_skp_md_8() -> None:
    """Under PP 46/2011 the regional value adds to kreativitas and tugas tambahan."""
    rule = points_rule(valid_from=date(2019, 1, 1))
    r = credit_a(
        "2019-03-01",
        Period.year(2019),
        recognitions=[FULL_PP46],
        regional_rules=[rule],
        region="Kabupaten Contoh",
    )
    assert (r.points, r.potential_points) == (9, 9)


def test_regional_points_without_number_not_counted_skp_md_8() -> None:
    """A points rule without a number (Payakumbuh) adds nothing and says so."""
    rule = points_rule(None)
    r = credit_a("2024-03-01", Period.year(2024), regional_rules=[rule], region="Kabupaten Contoh")
    assert r.points == 0
    note = r.regional[0].note
    assert note.en == "2 extra points (no number; not counted)"
    assert note.id == "Tambahan 2 poin (tanpa angka; tidak dihitung)"
    assert child(r.explanation, "region_contoh").note == note


def test_regional_rule_out_of_force_or_elsewhere_has_no_effect_skp_md_8() -> None:
    """A rule applies only in its region and while in force during the period."""
    rule = points_rule()
    early = credit_a(
        "2023-03-01", Period.year(2023), regional_rules=[rule], region="Kabupaten Contoh"
    )
    assert early.regional == ()
    assert early.points == 0
    assert early.unmatched_region is None  # the region is known, only not in force
    ended = points_rule(valid_to=date(2024, 6, 30))
    later = credit_a(
        "2025-03-01", Period.year(2025), regional_rules=[ended], region="Kabupaten Contoh"
    )
    assert later.regional == ()


def test_kepri_mandatory_rhk_names_the_innovations_pergub_kepri_38_2025() -> None:
    """Pergub Kepri 38/2025: the SKP must contain an innovation RHK from 2026; counted
    innovations are listed as that RHK, none counted is a missing item naming the Pergub."""
    k = skp.KEPRI_PERGUB_38_2025
    r = skp.credit(
        RINA,
        [innovation("A", "2026-03-01", RINA), innovation("B", "2026-04-01", RINA)],
        Period.year(2026),
        regional_rules=[k],
        region="Kepri",
    )
    assert r.regional[0].satisfied is True
    assert r.regional[0].points is None
    assert [t.en for t in r.additional_results][-1] == (
        f"Mandatory innovation RHK ({k.instrument}): A, B"
    )
    assert [t.id for t in r.additional_results][-1] == (f"RHK inovasi wajib ({k.instrument}): A, B")
    check_node(
        child(r.explanation, f"region_{k.id}"),
        key=f"region_{k.id}",
        value=True,
        citations=[k.citation],
    )
    none = skp.credit(RINA, [], Period.year(2026), regional_rules=[k], region="Kepri", **RATED)
    assert none.regional[0].satisfied is False
    assert [(m.id, m.en) for m in none.missing] == [
        (
            f"SKP wajib memuat RHK inovasi ({k.instrument})",
            f"the SKP must contain an innovation RHK ({k.instrument})",
        )
    ]
    assert child(none.explanation, f"region_{k.id}").value is False
    assert none.additional_results == ()


def test_unmatched_region_is_reported_with_the_known_regions_skp_md_8() -> None:
    """A region no rule names is reported (never silently no effect), with the known
    regions; with nothing counted, what would count is named too."""
    rules = [points_rule(), skp.KEPRI_PERGUB_38_2025]
    r = skp.credit(RINA, [], Period.year(2026), regional_rules=rules, region="Kota Padang", **RATED)
    assert r.unmatched_region == "Kota Padang"
    assert r.to_dict()["unmatched_region"] == "Kota Padang"
    node = check_node(child(r.explanation, "unknown_region"), key="unknown_region", value=None)
    known = ", ".join(sorted({"Kabupaten Contoh", skp.KEPRI_PERGUB_38_2025.region}))
    assert node.note is not None
    assert node.note.en == "known: " + known
    assert node.note.id == "dikenal: " + known
    assert [(m.id, m.en) for m in r.missing] == [
        (
            "inovasi dengan peran dan tahapan bertanggal dalam periode ini",
            "an innovation with a role and a dated milestone in this period",
        )
    ]
    counted = credit_a(
        "2026-03-01", Period.year(2026), regional_rules=rules, region="Kota Padang", **RATED
    )
    assert counted.unmatched_region == "Kota Padang"
    assert counted.missing == ()


@pytest.mark.parametrize("region", [None, "", "   "])
def test_no_region_given_is_not_unmatched_skp_md_8(region: str | None) -> None:
    """No region (or a blank one) is not an unknown region."""
    kw = {} if region is None else {"region": region}
    r = skp.credit(RINA, [], Period.year(2026), regional_rules=[points_rule()], **kw, **RATED)
    assert r.unmatched_region is None
    assert "daerah_tidak_dikenal" not in keys(r.explanation)
    assert r.missing == ()


def test_region_without_rules_is_not_unmatched_skp_md_8() -> None:
    """Without any regional rule given, a region is not reported as unmatched."""
    r = skp.credit(RINA, [], Period.year(2026), region="Kota Padang")
    assert r.unmatched_region is None


def test_region_known_by_a_rule_out_of_force_is_not_unmatched_skp_md_8() -> None:
    """A region some rule names (whatever its dates) is not 'unmatched'."""
    r = skp.credit(
        RINA,
        [],
        Period.year(2023),
        regional_rules=[points_rule(), skp.KEPRI_PERGUB_38_2025],
        region="Kabupaten Contoh",
    )
    assert r.unmatched_region is None


# -- the result -------------------------------------------------------------------------------
def test_result_summary_and_policies() -> None:
    """The JSON-ready summary carries every figure, the policy and the region report."""
    r = credit_a("2023-03-01", Period.year(2023), **RATED)
    d = r.to_dict(explanation=False)
    assert d["regime"] == "permenpanrb_6_2022"
    assert d["period"] == {"start": "2023-01-01", "end": "2023-12-31"}
    assert d["innovator"] == "Rina"
    assert d["applicable"] is True
    assert d["counted"] == [c.to_dict() for c in r.counted]
    assert d["ignored"] == []
    assert D(d["points"]) == 0
    assert D(d["potential_points"]) == 0
    assert (d["predicate_before"], d["predicate_after"]) == ("Baik", "Sangat Baik")
    assert D(d["credit_before"]) == 25
    assert D(d["credit_after"]) == D("37.5")
    assert D(d["credit_gain"]) == D("12.5")
    assert d["additional_results"] == [t.model_dump() for t in r.additional_results]
    assert d["evidence"] == [t.model_dump() for t in r.evidence]
    assert d["missing"] == []
    assert d["regional"] == []
    assert d["policies"] == {"period_rule": "any_milestone"}
    assert d["unmatched_region"] is None
    assert "Rina" in r.render("en", explanation=False)


def test_angka_kredit_gain_needs_both_figures() -> None:
    """The AK gain is after − before, and None when either is unknown."""
    r = skp.credit(RINA, [innovation("A", "2023-03-01", RINA)], Period.year(2023))
    assert r.credit_gain is None
    import dataclasses

    only_after = dataclasses.replace(r, credit_after=D(3))
    assert only_after.credit_gain is None
    only_before = dataclasses.replace(r, credit_before=D(3))
    assert only_before.credit_gain is None
    both = dataclasses.replace(r, credit_before=D(3), credit_after=D(5))
    assert both.credit_gain == 2


# -- the regime in force decides every value (law as data: its own rule set, not a default) ----
# ``credit`` finds the regime with ``period_regime`` (and the AK conversion with
# ``angka_kredit_regime_for``); replacing those with an overridden rule set shows that every
# figure is computed with the regime's own values, never with a module's default rule set.
def _regime(monkeypatch: pytest.MonkeyPatch, rules: Any) -> None:
    monkeypatch.setattr(ic, "period_regime", lambda per, pp30_start=None: rules)


def test_pp46_values_come_from_the_regime_in_force_perka_bkn_1_2013(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Kreativitas 'organisasi' 9 instead of 6, tugas tambahan 2 from one task, the nilai SKP
    capped at 100 (policy skp_cap), Sangat Baik only at 100 and a 50/50 prestasi kerja: each
    value is the overridden rule set's."""
    rules = pp46.RULES.override(
        reason="test",
        kreativitas_organisasi=D(9),
        tugas_tambahan_bands=((0, D(0)), (None, D(2))),
        skp_cap=D(100),
        predikat_bands=(
            (D(100), pp46.PredicatePp46("Sangat Baik")),
            (D(60), pp46.PredicatePp46("Baik")),
            (D(50), pp46.PredicatePp46("Cukup")),
            (D(40), pp46.PredicatePp46("Kurang")),
        ),
        weight_skp=D("0.5"),
        weight_perilaku=D("0.5"),
    )
    _regime(monkeypatch, rules)
    inv = innovation("A", "2019-03-01", RINA)
    r = skp.credit(RINA, [inv], Period.year(2019), recognitions=[FULL_PP46], nilai_skp=95)
    assert (r.points, r.potential_points) == (11, 11)  # 9 + 2
    assert (r.predicate_before, r.predicate_after) == ("Baik", "Sangat Baik")  # 95; min(106, 100)
    assert child(r.explanation, "after").children[-1].value == "Sangat Baik"
    with_perilaku = skp.credit(
        RINA, [inv], Period.year(2019), recognitions=[FULL_PP46], nilai_skp=95, nilai_perilaku=60
    )
    # before: 0.5 × 95 + 0.5 × 60 = 77.5; after: min(106, 100) → 0.5 × 100 + 30 = 80
    assert child(with_perilaku.explanation, "before").children[0].value == D("77.5")
    assert child(with_perilaku.explanation, "after").children[0].value == D(80)
    assert (with_perilaku.predicate_before, with_perilaku.predicate_after) == ("Baik", "Baik")
    pending = skp.credit(
        RINA,
        [inv],
        Period.year(2019),
        recognitions=[rec("A", tingkat="organisasi")],
        nilai_skp=91,
    )
    assert (pending.points, pending.potential_points) == (0, 9)
    assert pending.predicate_after == "Sangat Baik"  # 91 + 9 = 100


def test_pp30_values_come_from_the_regime_in_force_permenpanrb_8_2021(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Kinerja tambahan capped at 8, nilai kinerja 50/50 without peers and Sangat Baik from
    100: each value is the overridden PP 30/2019 rule set's."""
    rules = pp30.RULES.override(
        reason="test",
        kinerja_tambahan_cap=D(8),
        weight_skp_without_peers=D("0.5"),
        weight_perilaku_without_peers=D("0.5"),
        predikat_bands=(
            (D(100), pp30.PredicatePp30("Sangat Baik")),
            (D(90), pp30.PredicatePp30("Baik")),
            (D(70), pp30.PredicatePp30("Cukup")),
        ),
    )
    _regime(monkeypatch, rules)
    r = pp30_credit(other_kinerja_tambahan=2, nilai_skp=96, nilai_perilaku=100)
    assert (r.points, r.potential_points) == (6, 6)  # 2 + 20 capped at 8
    assert child(r.explanation, "added_additional_performance").inputs == {"remaining_room": D(6)}
    # before 0.5 × 96 + 50 = 98 (Baik); after 0.5 × 102 + 50 = 101 (Sangat Baik from 100)
    assert child(r.explanation, "before").children[0].value == D(98)
    assert child(r.explanation, "after").children[0].value == D(101)
    assert (r.predicate_before, r.predicate_after) == ("Baik", "Sangat Baik")
    assert child(r.explanation, "very_good_condition").citations == (
        rules.innovation_gate.citation,
    )


def test_pm6_matrix_and_ak_values_come_from_the_rules_in_force_permenpanrb_6_2022(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The rating matrix of the regime in force (here: 'sesuai' hasil kerja with 'di atas'
    perilaku already Sangat Baik) and the AK conversion in force (koefisien 20, 6 months a
    year) decide the predikat and the angka kredit."""
    matrix = dict(pm6.RULES.matrix.get())
    matrix[(pm6.Rating.MEETS, pm6.Rating.ABOVE)] = pm6.Predicate.VERY_GOOD
    _regime(monkeypatch, pm6.RULES.override(reason="test", matrix=matrix))
    conversion = ak.RULES.override(reason="test", koefisien_ahli_muda=D(20), months_per_year=6)
    monkeypatch.setattr(ic, "angka_kredit_regime_for", lambda on: conversion)
    r = credit_a("2023-03-01", Period.year(2023), **RATED)
    assert (r.predicate_before, r.predicate_after) == ("Sangat Baik", "Sangat Baik")
    # 150 % × 20 × min(12, 6) / 6 = 30, before and after
    assert (r.credit_before, r.credit_after) == (D(30), D(30))
    node = child(r.explanation, "credit_effect")
    assert node.citations == (conversion.no_innovation_ak,)


def test_every_regional_rule_in_force_is_applied_skp_md_8() -> None:
    """Rules of other regions before a matching one do not stop the matching one."""
    rules = [skp.KEPRI_PERGUB_38_2025, skp.PAYAKUMBUH_NILAI_TAMBAH, points_rule()]
    r = credit_a(
        "2024-03-01", Period.year(2024), regional_rules=rules, region="Kabupaten Contoh", **RATED
    )
    assert [e.rule_id for e in r.regional] == ["contoh"]
    assert r.points == 2


def test_channels_belong_to_their_own_innovation_when_names_repeat() -> None:
    """Each counted innovation reports only what it brings (skp.md §1.2): an innovation
    without a recognition brings no tugas tambahan, even if another has the same name."""
    a = innovation("Sigap", "2019-03-01", RINA, id="a")
    b = innovation("Sigap", "2019-04-01", RINA, id="b")
    r = skp.credit(RINA, [a, b], Period.year(2019), recognitions=[rec("a", tugas_tambahan=True)])
    assert [ens(c.channels) for c in r.counted] == [["tugas tambahan"], []]


# -- gaps the measured run left (see docs/quality.md; added after it) ---------------------------
@pytest.mark.parametrize(
    ("kwargs", "field", "id_", "en"),
    [
        (
            {"innovations": 5},
            "innovations",
            "harus daftar inovasi",
            "must be a list of innovations",
        ),
        (
            {"recognitions": 5},
            "recognitions",
            "harus daftar pengakuan inovasi",
            "must be a list of innovation recognitions",
        ),
        (
            {"regional_rules": 5},
            "regional_rules",
            "harus daftar aturan daerah",
            "must be a list of regional rules",
        ),
        (
            {"regional_rules": [5]},
            "regional_rules[0]",
            "harus RegionalInnovationCredit",
            "must be a RegionalInnovationCredit",
        ),
    ],
)
def test_list_refusals_name_what_the_list_holds(
    kwargs: dict[str, Any], field: str, id_: str, en: str
) -> None:
    """A list argument that is no list is refused naming the field and what it holds."""
    kwargs = dict(kwargs)  # the parameter is shared between runs: never pop from it
    invs = kwargs.pop("innovations", [])
    with pytest.raises(InvalidInput) as exc:
        skp.credit(RINA, invs, Period.year(2023), **kwargs)
    assert (exc.value.field, exc.value.message, exc.value.message_en) == (field, id_, en)


def test_period_rule_refuses_unknown_values_naming_them() -> None:
    with pytest.raises(InvalidInput) as exc:
        ic.PeriodRule("x")
    assert exc.value.value == "x"


def test_render_defaults_to_indonesian_with_the_explanation() -> None:
    r = credit_a("2023-03-01", Period.year(2023), **RATED)
    assert r.render() == r.render("id", explanation=True)
    assert r.render() != r.render("en")
    assert r.render() != r.render("id", explanation=False)


def test_pp46_each_assigned_innovation_is_one_more_tugas_tambahan_perka_bkn_1_2013() -> None:
    """Two assigned innovations besides two other tasks: 4 tasks (band 2) against 2 (band 1)."""
    invs = [innovation("A", "2019-03-01", RINA), innovation("B", "2019-04-01", RINA)]
    r = skp.credit(
        RINA,
        invs,
        Period.year(2019),
        recognitions=[rec("A", tugas_tambahan=True), rec("B", tugas_tambahan=True)],
        other_tugas_tambahan=2,
    )
    assert r.points == 1
    assert child(r.explanation, "added_extra_duties").inputs["innovations"] == 2
    assert ids(r.evidence)[0] == (
        "surat keterangan kreativitas: nomor, tingkat manfaat, penandatangan sesuai tingkat"
    )
    assert ids(r.evidence)[1] == (
        "persetujuan/penugasan tugas tambahan dari pimpinan (bentuk tertulis UNCERTAIN)"
    )


def test_pp46_kreativitas_records_the_accepted_signer_perka_bkn_1_2013() -> None:
    r = credit_a("2019-03-01", Period.year(2019), recognitions=[FULL_PP46])
    node = child(r.explanation, "creativity_total").children[0]
    assert dict(node.inputs) == {"level": "organisasi", "signer": "pejabat_eselon_i"}


def test_pp30_other_kinerja_tambahan_counts_before_and_after_permenpanrb_8_2021() -> None:
    """2 other + 5 from the innovation (under the cap of 10): gain 5."""
    kt = {"predikat": "Sangat Baik", "bobot": "0.05", "nilai": 100}
    r = credit_a(
        "2021-08-01",
        H2_2021,
        recognitions=[rec("A", kinerja_tambahan=kt)],
        other_kinerja_tambahan=2,
    )
    assert r.points == 5
    assert [c.value for c in child(r.explanation, "added_additional_performance").children] == [
        2,
        7,
    ]


def test_pm6_nothing_counted_keeps_the_hasil_kerja_rating_permenpanrb_6_2022() -> None:
    """Without a counted innovation the hasil kerja rating is not raised: Baik stays Baik."""
    r = skp.credit(RINA, [], Period.year(2023), **RATED)
    assert (r.predicate_before, r.predicate_after) == ("Baik", "Baik")


def test_an_undated_innovation_does_not_stop_the_next_from_counting() -> None:
    r = skp.credit(
        RINA,
        [innovation("U", None, RINA), innovation("A", "2023-03-01", RINA)],
        Period.year(2023),
    )
    assert [c.name for c in r.counted] == ["A"]
    assert [g.name for g in r.ignored] == ["U"]
