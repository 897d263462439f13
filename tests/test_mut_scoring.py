"""IID/IGA scoring rules (Pedoman IGA 2026 Lampiran I butir XI.B [T2]; iid_iga.md §3) that no
other test pinned.

Written to kill the mutants ``scripts/mutation.py`` found surviving in ``iga/scoring.py``:
range checks of the index inputs, level 4 in list input, the lists of missing SPD rows and
missing indicators, the evidence rules (iid_iga.md §3.8) and what the results record.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Any

import pytest

from _explained import check_refusal
from _iga_inputs import ALL3, innovation
from inovasi_daerah import iga
from inovasi_daerah.errors import InovasiDaerahError, InvalidInput
from inovasi_daerah.iga import Block, Predicate
from inovasi_daerah.models import RegionalGovernment
from inovasi_daerah.models.enums import EvidenceStatus
from inovasi_daerah.models.profile import RegionalProfile

E2023, E2026 = iga.edition(2023), iga.edition(2026)
SPD_ROWS = tuple(i.number for i in E2026.spd)
SID = tuple(i.number for i in E2026.sid)
D = Decimal


def refused(call: Any, field: str, value: object = None) -> InovasiDaerahError:
    with pytest.raises(InvalidInput) as exc:
        call()
    assert exc.value.field == field
    assert isinstance(exc.value.message, str)
    assert exc.value.message
    if value is not None:
        assert exc.value.value == value
    return exc.value


# -- the fast core: score = bobot × level (iid_iga.md §3.1) -------------------------------------


@pytest.mark.parametrize("bad", [4, -1, True, None, "3"])
def test_level_out_of_0_to_3_in_list_input_is_refused(bad: object) -> None:
    """iid_iga.md §3.1: levels are 0..3; list input names the position."""
    levels: list[object] = [3] * 20
    levels[4] = bad
    refused(lambda: iga.score_levels(levels, E2026), "levels[4]")  # type: ignore[arg-type]
    refused(lambda: iga.spd_score(levels, E2026), "levels[4]")  # type: ignore[arg-type]


@pytest.mark.parametrize("bad", [4, -1, True, "3"])
def test_level_out_of_0_to_3_in_mapping_input_is_refused(bad: object) -> None:
    refused(lambda: iga.score_levels({"16": bad}, E2026), "levels.16", bad)  # type: ignore[dict-item]


def test_level_3_and_0_in_list_input_score_the_products() -> None:
    levels = [0] * 20
    levels[-1] = 3  # indicator 35, bobot 4
    assert iga.score_levels(levels, E2026) == 12
    levels[0] = 1  # indicator 16, bobot 3
    assert iga.score_levels(levels, E2026) == 15


def test_mapping_none_is_not_given_and_duplicates_name_the_key() -> None:
    assert iga.score_levels({"16": None, "35": 1}, E2026) == 4
    refused(lambda: iga.score_levels({"16": 1, 16: 2}, E2026), "levels", 16)
    assert iga.spd_score({"1": None}, E2026) == 0


@pytest.mark.parametrize("bad", [5, "3333", b"33", None])
def test_levels_must_be_a_mapping_or_sequence(bad: object) -> None:
    refused(lambda: iga.score_levels(bad, E2026), "levels")  # type: ignore[arg-type]


def test_sequence_length_refusal_gives_the_length() -> None:
    refused(lambda: iga.score_levels([3] * 21, E2026), "levels", 21)
    refused(lambda: iga.spd_score([3] * 19, E2026), "levels", 19)


def test_foreign_rules_refused() -> None:
    refused(lambda: iga.score_levels([3] * 20, "iga-2026"), "rules")  # type: ignore[arg-type]
    refused(lambda: iga.maturity({}, None), "rules")  # type: ignore[arg-type]


def test_index_value_parts_pedoman_iga_2026() -> None:
    """Lampiran I butir XI.B [T2]: IID = (SPD + Σ kematangan / MAX(12, n) + SJI) / 250 × 100."""
    p = iga.index_value(spd=D(40), maturity_sum=D(960), n=12, yandas_covered=5, rules=E2026)
    assert p.divisor == 12
    assert p.maturity_average == 80
    assert p.count_score == D("4.56")
    assert p.sid == D("84.56")
    assert p.total == D("124.56")
    assert p.raw == D("49.824")
    assert p.value == D("49.82")
    assert p.predicate is Predicate.INOVATIF
    assert p.yandas_met is True
    four = iga.index_value(spd=D(0), maturity_sum=D(0), n=12, yandas_covered=4, rules=E2026)
    assert four.yandas_met is False
    assert four.count_score == 0


# -- evidence (iid_iga.md §3.8, §15.3) ----------------------------------------------------------


@pytest.mark.parametrize(
    ("evidence", "accepted", "projection", "policy", "expected"),
    [
        (EvidenceStatus.ACCEPTED, None, "declared", "zero", (3, ())),
        (EvidenceStatus.ACCEPTED, 2, "verified", "zero", (2, ("accepted_lower",))),
        (EvidenceStatus.ACCEPTED, 3, "verified", "zero", (3, ())),
        (EvidenceStatus.REJECTED, 2, "declared", "zero", (0, ("rejected_zero",))),
        (EvidenceStatus.REJECTED, 2, "declared", "downgrade", (2, ("rejected_downgraded",))),
        (EvidenceStatus.REJECTED, None, "declared", "downgrade", (0, ("rejected_downgraded",))),
        (EvidenceStatus.PENDING, None, "verified", "zero", (0, ("not_verified",))),
        (EvidenceStatus.PENDING, None, "declared", "zero", (3, ("unverified:menunggu",))),
        (EvidenceStatus.RETURNED, None, "declared", "zero", (3, ("unverified:dikembalikan",))),
    ],
)
def test_effective_level_evidence_rules_iid_iga_3_8(
    evidence: EvidenceStatus,
    accepted: int | None,
    projection: Any,
    policy: str,
    expected: tuple[int, tuple[str, ...]],
) -> None:
    """iid_iga.md §3.8: accepted evidence scores (at most the verifier's level); rejected
    evidence scores 0 or the accepted level (policy); unverified evidence only when declared."""
    got = iga.effective_level(3, evidence, accepted, projection=projection, rejected_policy=policy)
    assert got == expected


def test_downgrade_never_raises_the_level() -> None:
    got = iga.effective_level(
        1, EvidenceStatus.REJECTED, 3, projection="declared", rejected_policy="downgrade"
    )
    assert got == (1, ("rejected_downgraded",))


def test_verifier_level_lower_than_declared_scores_in_maturity() -> None:
    m = iga.maturity({"16": {"level": 3, "evidence": "diterima", "accepted_level": 1}}, E2026)
    line = next(s for s in m.indicators if s.number == "16")
    assert (line.declared, line.level, line.score, line.flags) == (3, 1, 3, ("accepted_lower",))


def test_rejected_downgrade_policy_in_maturity() -> None:
    rules = E2026.override(rejected_evidence="downgrade")
    entry = {"level": 3, "evidence": "ditolak", "accepted_level": 1}
    m = iga.maturity({"16": entry}, rules)
    line = next(s for s in m.indicators if s.number == "16")
    assert (line.level, line.flags) == (1, ("rejected_downgraded",))
    assert m.policies["rejected_evidence"] == "downgrade"


# -- maturity: what it records (iid_iga.md §3.2) ------------------------------------------------


def test_missing_indicators_are_listed_in_catalogue_order() -> None:
    """Indicators not given score 0 and are listed; a declared 0 is not missing."""
    m = iga.maturity({"16": 0, "35": 2, "20": None}, E2026)
    assert m.missing == tuple(n for n in SID if n not in ("16", "35"))
    assert m.missing_mandatory == ("16", "17", "32", "33")
    line16 = next(s for s in m.indicators if s.number == "16")
    assert (line16.declared, line16.level, line16.flags) == (0, 0, ("unverified:menunggu",))
    line20 = next(s for s in m.indicators if s.number == "20")
    assert (line20.declared, line20.level, line20.flags, line20.evidence) == (
        None,
        0,
        ("missing",),
        None,
    )
    assert line20.mandatory is not None
    assert line20.weight == E2026.indicator(20).weight


def test_maturity_records_policies_and_innovation() -> None:
    inv = innovation()
    m = iga.maturity(inv, E2026, projection="verified")
    assert {k: m.policies[k] for k in ("projection", "rejected_evidence", "gap_rule")} == {
        "projection": "verified",
        "rejected_evidence": "zero",
        "gap_rule": E2026.gap_rule.get(),
    }
    assert m.projection == "verified"
    assert m.innovation_id == inv.id
    assert m.innovation_name == "Inovasi uji"
    assert m.score == 0  # pending evidence scores nothing when only verified levels count
    assert m.maximum == E2026.sid_max
    plain = iga.maturity(ALL3, E2026)
    assert (plain.innovation_id, plain.innovation_name) == (None, None)


def test_maturity_refusals_name_their_field() -> None:
    refused(lambda: iga.maturity([3] * 20, E2026), "innovation_or_levels")  # type: ignore[arg-type]
    refused(lambda: iga.maturity({}, E2026, projection="x"), "projection", "x")  # type: ignore[arg-type]
    refused(lambda: iga.maturity({"16": 1, "regulasi": 2}, E2026), "indicators", "regulasi")
    refused(lambda: iga.maturity({"16": 4}, E2026), "indicators.16")


def test_eligibility_verdict_2026() -> None:
    """Pedoman IGA 2026: an innovation in the window, in penerapan, with every mandatory
    indicator filled is eligible; a failing gate makes it ineligible."""
    assert iga.maturity(innovation(), E2026).eligible is True
    assert iga.maturity(innovation(stage="uji_coba"), E2026).eligible is False


def test_conflict_is_reported_with_both_levels_iid_iga_3_3() -> None:
    """A declared level the facts contradict is reported, the declared level still scores."""
    m = iga.maturity({"32": {"level": 3, "value": "6"}}, E2026)
    (c,) = m.conflicts
    assert (c.indicator, c.declared, c.derived) == ("32", 3, 2)
    assert "32" in c.message.id
    assert "32" in c.message.en
    line = next(s for s in m.indicators if s.number == "32")
    assert line.level == 3
    assert line.flags == ("conflict", "unverified:menunggu")
    assert line.derivation is not None


def test_level_derived_from_facts_when_not_declared_iid_iga_3_3() -> None:
    m = iga.maturity({"32": {"value": "60"}}, E2026)
    line = next(s for s in m.indicators if s.number == "32")
    assert (line.declared, line.level, line.flags) == (None, 1, ("derived", "unverified:menunggu"))
    assert "32" not in m.missing
    assert m.conflicts == ()


# -- the index: range checks (Lampiran I butir XI.B [T2]) ---------------------------------------


@pytest.mark.parametrize("spd", [D(-1), D("-0.01"), D("63.01"), 64])
def test_spd_outside_0_to_its_maximum_is_refused(spd: object) -> None:
    """The SPD score lies in 0..63 (Σ bobot × 3 over the SPD rows, 2026)."""
    refused(
        lambda: iga.index(spd=spd, maturities=[], yandas_covered=0, rules=E2026),  # type: ignore[arg-type]
        "spd",
        str(D(spd)),  # type: ignore[arg-type]
    )


@pytest.mark.parametrize("spd", [0, 63, "63"])
def test_spd_at_the_bounds_is_accepted(spd: object) -> None:
    r = iga.index(spd=spd, maturities=[], yandas_covered=0, rules=E2026)  # type: ignore[arg-type]
    assert r.spd == D(str(spd))


@pytest.mark.parametrize("m", [D(-1), D("111.01"), 112])
def test_maturity_outside_0_to_111_is_refused(m: object) -> None:
    refused(
        lambda: iga.index(spd=0, maturities=[50, m], yandas_covered=0, rules=E2026),  # type: ignore[list-item]
        "maturities[1]",
        str(D(m)),  # type: ignore[arg-type]
    )


def test_maturity_at_the_bounds_is_accepted() -> None:
    r = iga.index(spd=0, maturities=[0, 111], yandas_covered=0, rules=E2026)
    assert r.maturity_sum == 111


@pytest.mark.parametrize("bad", ["50", b"50", {"a": 50}, 50])
def test_maturities_must_be_a_list(bad: object) -> None:
    refused(
        lambda: iga.index(spd=0, maturities=bad, yandas_covered=0, rules=E2026),  # type: ignore[arg-type]
        "maturities",
    )


def test_maturity_of_another_edition_names_its_position() -> None:
    m = iga.maturity(ALL3, E2026)
    err = refused(
        lambda: iga.index(spd=0, maturities=[0, m], yandas_covered=0, rules=E2023),
        "maturities[1]",
    )
    assert "iga-2026" in err.message


def test_yandas_refusals_and_counting() -> None:
    """Yandas: 0..6 urusan wajib pelayanan dasar, counted once each; others ignored."""
    refused(
        lambda: iga.index(spd=0, maturities=[], yandas_covered=7, rules=E2026), "yandas_covered"
    )
    refused(
        lambda: iga.index(spd=0, maturities=[], yandas_covered="pendidikan", rules=E2026),
        "yandas_covered",
    )
    refused(
        lambda: iga.index(spd=0, maturities=[], yandas_covered=["bukan urusan"], rules=E2026),
        "yandas_covered",
        "bukan urusan",
    )
    refused(
        lambda: iga.index(spd=0, maturities=[], yandas_covered=None, rules=E2026),  # type: ignore[arg-type]
        "yandas_covered",
    )
    r = iga.index(
        spd=0,
        maturities=[],
        yandas_covered=["pendidikan", "pendidikan", "pariwisata", "kesehatan"],
        rules=E2026,
    )
    assert r.yandas_covered == 2
    assert iga.index(spd=0, maturities=[], yandas_covered=6, rules=E2026).yandas_covered == 6


def test_n_refusal_names_n() -> None:
    err = refused(
        lambda: iga.index(spd=0, maturities=[1, 2], yandas_covered=6, rules=E2026, n=1), "n"
    )
    assert "1" in err.message
    r = iga.index(spd=0, maturities=[1, 2], yandas_covered=6, rules=E2026, n=2)
    assert r.n == 2


def test_missing_spd_rows_are_listed_pedoman_iga_2026() -> None:
    """SPD rows not given score 0 and are listed in catalogue order."""
    r = iga.index(spd={"1": 3, "5a": 0, "2b": None}, maturities=[], yandas_covered=0, rules=E2026)
    assert r.missing_spd == tuple(n for n in SPD_ROWS if n not in ("1", "5a"))
    assert [s.number for s in r.spd_rows] == list(SPD_ROWS)
    assert r.spd == E2026.indicator("1", Block.SPD).weight * 3
    plain = iga.index(spd=10, maturities=[], yandas_covered=0, rules=E2026)
    assert (plain.spd_rows, plain.missing_spd) == ((), ())


def test_index_result_records_parts_and_policies() -> None:
    r = iga.index(spd=D(40), maturities=[D(96)] * 5, yandas_covered=5, rules=E2026)
    assert (r.n, r.divisor, r.empty_seats) == (5, 12, 7)
    assert r.maturity_sum == 480
    assert r.maturity_average == 40
    assert r.count_score == D("1.90")
    assert r.yandas_met is True
    assert r.total == 40 + r.sid
    assert r.maximum == 250
    keys = ("rejected_evidence", "count_in_n", "yandas_basis", "gap_rule")
    assert {k: r.policies[k] for k in keys} == {
        "rejected_evidence": "zero",
        "count_in_n": "sent",
        "yandas_basis": "main_only",
        "gap_rule": E2026.gap_rule.get(),
    }
    full = iga.index(spd=0, maturities=[1] * 13, yandas_covered=0, rules=E2026)
    assert (full.divisor, full.empty_seats) == (13, 0)


def test_index_verified_projection_applies_to_spd_rows() -> None:
    declared = iga.index(spd={"1": 3}, maturities=[], yandas_covered=0, rules=E2026)
    verified = iga.index(
        spd={"1": 3}, maturities=[], yandas_covered=0, rules=E2026, projection="verified"
    )
    assert declared.spd > 0
    assert verified.spd == 0


# -- the regional index from models (iid_iga.md §3.5, §3.6) -------------------------------------


def test_regional_index_without_profile_misses_every_spd_row() -> None:
    r = iga.regional_index(None, [innovation()], E2026)
    assert r.index.missing_spd == SPD_ROWS
    assert r.index.spd == 0
    assert r.government is None
    assert r.counted == (0,)
    assert r.yandas_urusan == ("kesehatan",)


def test_regional_index_government_name_from_profile_or_dict() -> None:
    prof = RegionalProfile.from_dict({"pemda": {"nama": "Kota P", "tingkat": "kota"}})
    assert iga.regional_index(None, [], E2026, profile=prof).government == "Kota P"
    gov = RegionalGovernment(name="Kota G", level="kota")
    assert iga.regional_index(gov, [], E2026, profile=prof).government == "Kota G"
    assert iga.regional_index({"nama": "Kota D", "tingkat": "kota"}, [], E2026).government == (
        "Kota D"
    )


def test_regional_index_refusals_name_their_field() -> None:
    refused(lambda: iga.regional_index(None, "x", E2026), "innovations")  # type: ignore[arg-type]
    refused(lambda: iga.regional_index(None, {"a": 1}, E2026), "innovations")  # type: ignore[arg-type]
    refused(lambda: iga.regional_index(None, [5], E2026), "innovations[0]", 5)  # type: ignore[list-item]
    refused(lambda: iga.regional_index(5, [], E2026), "government", 5)  # type: ignore[arg-type]
    refused(lambda: iga.regional_index(None, [], E2026, profile=5), "profile", 5)  # type: ignore[arg-type]


def test_count_in_n_policies_pick_the_innovations_iid_iga_3_6() -> None:
    invs = [
        innovation(name="a"),
        innovation(name="b", stage="uji_coba"),
        innovation(name="c", applied_on=date(2010, 1, 1)),
    ]
    sent = iga.regional_index(None, invs, E2026)
    assert sent.counted == (0, 1, 2)
    eligible = iga.regional_index(None, invs, E2026.override(count_in_n="eligible"))
    assert eligible.counted == (0,)
    applied = iga.regional_index(None, invs, E2026.override(count_in_n="penerapan"))
    assert applied.counted == (0, 2)
    assert applied.index.maturity_sum == 2 * 111


def test_yandas_basis_counts_other_urusan_only_by_policy_iid_iga_3_5() -> None:
    inv = innovation(main_urusan="pendidikan", other_urusan=["sosial", "pariwisata"])
    main = iga.regional_index(None, [inv], E2026)
    assert main.yandas_urusan == ("pendidikan",)
    both = iga.regional_index(None, [inv], E2026.override(yandas_basis="main_and_other"))
    assert both.yandas_urusan == ("pendidikan", "sosial")
    none = iga.regional_index(None, [innovation(main_urusan=None)], E2026)
    assert none.yandas_urusan == ()


def test_profile_figures_feed_spd_rows() -> None:
    """A figure of the profile derives the SPD row's level when the row is not declared."""
    prof = RegionalProfile(opini_bpk="WTP")
    r = iga.regional_index(None, [], E2026, profile=prof)
    assert r.index.spd > 0
    assert len(r.index.missing_spd) == len(SPD_ROWS) - 1


def test_mapping_level_0_scores_zero_and_spelling_variants_are_found() -> None:
    """A declared 0 is a level (scores 0); keys may be codes in any case or padded numbers."""
    assert iga.score_levels({"16": 0, "35": 3}, E2026) == 12
    assert iga.score_levels({"REGULASI": 1, " 35 ": 1}, E2026) == 3 + 4
    assert iga.spd_score({"1": 0}, E2026) == 0


def test_non_numeric_inputs_name_their_field() -> None:
    refused(lambda: iga.index(spd="abc", maturities=[], yandas_covered=0, rules=E2026), "spd")
    refused(
        lambda: iga.index(spd=0, maturities=[1, "x"], yandas_covered=0, rules=E2026),
        "maturities[1]",
    )
    refused(lambda: iga.index(spd=0, maturities=[], yandas_covered=0, rules=E2026, n=-1), "n")
    refused(
        lambda: iga.index(spd=0, maturities=[], yandas_covered=0, rules=E2026, n=10**6 + 1), "n"
    )
    err = refused(
        lambda: iga.index(spd=0, maturities=5, yandas_covered=0, rules=E2026),  # type: ignore[arg-type]
        "maturities",
    )
    assert err.value == 5
    err = refused(
        lambda: iga.index(spd=0, maturities=[], yandas_covered=2.5, rules=E2026),  # type: ignore[arg-type]
        "yandas_covered",
    )
    assert err.value == 2.5
    err = refused(lambda: iga.score_levels(7, E2026), "levels")  # type: ignore[arg-type]
    assert err.value == 7
    err = refused(lambda: iga.score_levels([3] * 19 + [9], E2026), "levels[19]")
    assert err.value == 9
    err = refused(lambda: iga.regional_index(None, 5, E2026), "innovations")  # type: ignore[arg-type]
    assert err.value == 5


def test_conflict_carries_the_derivation() -> None:
    (c,) = iga.maturity({"32": {"level": 3, "value": "6"}}, E2026).conflicts
    assert c.derivation is not None
    assert c.derivation.level == 2


def test_spd_row_basis_declared_wins_over_the_profile_figure() -> None:
    """A basis given with the SPD row is used; the profile's figure fills only what is missing."""
    prof = RegionalProfile(indikator={"8": {"level": 1, "basis": "WDP"}}, opini_bpk="WTP")
    r = iga.regional_index(None, [], E2026, profile=prof)
    (c,) = r.spd_conflicts
    assert (c.indicator, c.declared, c.derived) == ("8", 1, 2)


def test_profile_rows_are_spd_rows() -> None:
    from inovasi_daerah.errors import UnknownIndicator

    with pytest.raises(UnknownIndicator):
        iga.regional_index(None, [], E2026, profile=RegionalProfile(indikator={"16": 3}))


def test_regional_index_projection_reaches_every_maturity() -> None:
    """iid_iga.md §3.8: in the verified projection pending evidence scores nothing."""
    inv = innovation()
    declared = iga.regional_index(None, [inv], E2026)
    verified = iga.regional_index(None, [inv], E2026, projection="verified")
    assert declared.index.maturity_sum == 111
    assert verified.index.maturity_sum == 0
    assert verified.maturities[0].projection == "verified"
    assert declared.spd_conflicts == ()


def test_entry_without_a_level_is_missing() -> None:
    """An entry that gives neither a level nor a usable fact scores 0 and is listed missing."""
    m = iga.maturity({"16": {"evidence": "diterima"}}, E2026)
    line = next(s for s in m.indicators if s.number == "16")
    assert (line.declared, line.level, line.flags, line.evidence) == (None, 0, ("missing",), None)
    assert line.code == E2026.indicator(16).code
    assert "16" in m.missing


@pytest.mark.parametrize("entry", [{"level": 2, "basis": "x"}])
@pytest.mark.parametrize("number", ["35", "32"])
def test_a_fact_the_indicator_cannot_use_is_flagged_iid_iga_3_3(
    number: str, entry: dict[str, Any]
) -> None:
    """A basis for an indicator read from a number (or from nothing) is not used, and said so."""
    m = iga.maturity({number: entry}, E2026)
    line = next(s for s in m.indicators if s.number == number)
    assert line.flags == ("fact_not_used", "unverified:menunggu")
    assert line.derivation is None
    assert line.level == 2


def test_plain_levels_carry_pending_evidence() -> None:
    line = next(s for s in iga.maturity({"16": 2}, E2026).indicators if s.number == "16")
    assert line.evidence is EvidenceStatus.PENDING
    assert line.code == "regulasi"


def test_sid_maturity_refuses_spd_rows() -> None:
    from inovasi_daerah.errors import UnknownIndicator

    with pytest.raises(UnknownIndicator):
        iga.maturity({"1": 3}, E2026)
    with pytest.raises(UnknownIndicator):
        iga.index(spd={"16": 3}, maturities=[], yandas_covered=0, rules=E2026)


def test_kecepatan_from_the_decision_date_iid_iga_3_3() -> None:
    """Kecepatan penciptaan (32) runs from the first known of proposal, decision or trial."""
    inv = innovation(indicators={}, decided_on=date(2023, 1, 1), applied_on=date(2024, 6, 1))
    line = next(s for s in iga.maturity(inv, E2026).indicators if s.number == "32")
    assert line.flags[0] == "derived"
    assert line.derivation is not None
    assert line.derivation.fact == 17


def test_maturity_records_the_innovation_id() -> None:
    inv = innovation(id="INV-1")
    assert iga.maturity(inv, E2026).innovation_id == "INV-1"


def test_regional_index_projection_reaches_the_spd_rows_iid_iga_3_8() -> None:
    """In the verified projection, SPD rows without accepted evidence score nothing too."""
    prof = RegionalProfile(indikator={"1": 3})
    declared = iga.regional_index(None, [], E2026, profile=prof)
    verified = iga.regional_index(None, [], E2026, profile=prof, projection="verified")
    assert declared.index.spd == E2026.indicator("1", Block.SPD).weight * 3
    assert verified.index.spd == 0


# -- refusals: the field, the value and the text in both languages (issue 9) -------------------


def _both(call: Any, field: str, value: object = None) -> None:
    with pytest.raises(InvalidInput) as exc:
        call()
    check_refusal(exc.value, field, value=value)


@pytest.mark.parametrize(
    ("args", "field", "value"),
    [
        ((5, EvidenceStatus.ACCEPTED, None, "declared", "zero"), "level", 5),
        (("1", EvidenceStatus.ACCEPTED, None, "declared", "zero"), "level", "1"),
        ((1, "diterima", None, "declared", "zero"), "evidence", "diterima"),
        ((1, EvidenceStatus.ACCEPTED, 4, "declared", "zero"), "accepted_level", 4),
        ((1, EvidenceStatus.ACCEPTED, None, "x", "zero"), "projection", "x"),
        ((1, EvidenceStatus.ACCEPTED, None, "declared", "bad"), "RejectedEvidence", "bad"),
    ],
)
def test_effective_level_refuses_each_bad_argument_iid_iga_3_8(
    args: tuple[Any, ...], field: str, value: object
) -> None:
    """iid_iga.md §3.8: a level is 0..3, evidence an EvidenceStatus, the accepted level 0..3,
    the projection declared/verified, the rejected-evidence policy zero/downgrade."""
    level, evidence, accepted, projection, policy = args
    _both(
        lambda: iga.effective_level(
            level, evidence, accepted, projection=projection, rejected_policy=policy
        ),
        field,
        value,
    )


def test_effective_level_accepts_level_0_and_accepted_level_0_iid_iga_3_8() -> None:
    """iid_iga.md §3.8: level 0 and a verifier's accepted level 0 are valid levels."""
    got = iga.effective_level(
        0, EvidenceStatus.ACCEPTED, 0, projection="declared", rejected_policy="zero"
    )
    assert got == (0, ())
    got = iga.effective_level(
        2, EvidenceStatus.ACCEPTED, 0, projection="verified", rejected_policy="downgrade"
    )
    assert got == (0, ("accepted_lower",))


def test_counts_refused_under_their_own_field_iid_iga_3_4() -> None:
    """iid_iga.md §3.4: n and the yandas coverage are counts ≥ 0, refused under their names."""
    _both(lambda: iga.divisor(-1, E2026), "n", -1)
    _both(lambda: iga.count_score(-1, 5, E2026), "n", -1)
    _both(lambda: iga.count_score(12, -1, E2026), "yandas_covered", -1)
    _both(
        lambda: iga.index_value(spd=D(0), maturity_sum=D(0), n=-1, yandas_covered=5, rules=E2026),
        "n",
        -1,
    )
    _both(
        lambda: iga.index_value(spd=D(0), maturity_sum=D(0), n=12, yandas_covered=-1, rules=E2026),
        "yandas_covered",
        -1,
    )


def test_input_refusals_carry_both_texts_iid_iga_3() -> None:
    """iid_iga.md §3.1/§3.4: every refused input names its field in both languages."""
    _both(lambda: iga.score_levels({"16": 1, 16: 2}, E2026), "levels", 16)
    _both(lambda: iga.score_levels([3] * 21, E2026), "levels", 21)
    _both(lambda: iga.score_levels(5, E2026), "levels", 5)  # type: ignore[arg-type]
    _both(lambda: iga.maturity({"16": 1, 16: 2}, E2026), "indicators", 16)
    _both(lambda: iga.maturity({}, E2026, projection="x"), "projection", "x")  # type: ignore[arg-type]
    _both(lambda: iga.maturity(5, E2026), "innovation_or_levels", 5)  # type: ignore[arg-type]
    ok = {"spd": D(0), "maturities": [D(1)], "yandas_covered": 5, "rules": E2026}
    _both(lambda: iga.index(**{**ok, "spd": D(-1)}), "spd", "-1")
    _both(lambda: iga.index(**{**ok, "maturities": "12"}), "maturities", "12")
    _both(lambda: iga.index(**{**ok, "maturities": [D(-1)]}), "maturities[0]", "-1")
    m2023 = iga.maturity(ALL3, E2023)
    _both(lambda: iga.index(**{**ok, "maturities": [m2023]}), "maturities[0]")
    _both(lambda: iga.index(**{**ok, "yandas_covered": "x"}), "yandas_covered", "x")
    _both(lambda: iga.index(**{**ok, "yandas_covered": ["bukan"]}), "yandas_covered", "bukan")
    _both(lambda: iga.index(**{**ok, "maturities": [D(1), D(2)], "n": 1}), "n")
    _both(lambda: iga.regional_index(None, "x", E2026), "innovations", "x")
    _both(lambda: iga.regional_index(None, [5], E2026), "innovations[0]", 5)


def test_a_level_not_given_does_not_end_the_indicators_iid_iga_3_1() -> None:
    """iid_iga.md §3.1: an indicator given as None scores 0; the ones after it still score."""
    m = iga.maturity({"16": None, "35": 3}, E2026)
    assert m.score == 12
    assert "16" in m.missing
    m = iga.maturity({"16": None, "35": 0, "34": 3}, E2026)
    assert "35" not in m.missing


# -- the lines of a maturity: what each indicator line records (iid_iga.md §3.1, §3.3, §3.8) ----


def _line(m: Any, number: str) -> Any:
    return next(s for s in m.indicators if s.number == number)


def _check_line(line: Any, rules: Any, **expected: Any) -> None:
    ind = rules.indicator(line.number)
    assert (line.code, line.name, line.block) == (ind.code, ind.name, ind.block)
    assert line.weight == ind.weight
    assert line.mandatory is ind.mandatory
    assert line.score == ind.weight * line.level
    for name, value in expected.items():
        assert getattr(line, name) == value, name


def test_declared_and_missing_lines_on_a_fresh_edition_iid_iga_3_1() -> None:
    """iid_iga.md §3.1: skor = bobot × level; a line records the indicator it scores (number,
    code, name, block, bobot, mandatory), the declared level and its evidence; an indicator not
    given is a line with level 0 flagged missing. A fresh edition has no shared lines yet."""
    fresh = E2026.override(rejected_evidence="zero")
    m = iga.maturity({"16": 3, "35": 0}, fresh)
    _check_line(
        _line(m, "16"),
        fresh,
        declared=3,
        level=3,
        score=D(9),
        evidence=EvidenceStatus.PENDING,
        flags=("unverified:menunggu",),
    )
    _check_line(_line(m, "35"), fresh, declared=0, level=0, flags=("unverified:menunggu",))
    _check_line(
        _line(m, "17"), fresh, declared=None, level=0, score=D(0), evidence=None, flags=("missing",)
    )
    assert m.score == 9
    v = iga.maturity({"16": 3}, E2026.override(rejected_evidence="zero"), projection="verified")
    assert (_line(v, "16").level, _line(v, "16").flags) == (0, ("not_verified",))
    assert v.score == 0


def test_fact_line_keeps_declared_level_and_verifier_level_iid_iga_3_3_3_8() -> None:
    """iid_iga.md §3.3/§3.8: with a fact that agrees, the declared level stays the line's
    declared level and a verifier's lower level is what scores."""
    m = iga.maturity(
        {"17": {"level": 3, "value": 100, "evidence": "diterima", "accepted_level": 1}}, E2026
    )
    line = _line(m, "17")
    _check_line(
        line,
        E2026,
        declared=3,
        level=1,
        score=D(2),
        evidence=EvidenceStatus.ACCEPTED,
        flags=("accepted_lower",),
    )
    assert line.derivation is not None
    assert line.derivation.level == 3


def test_derived_line_records_the_indicator_iid_iga_3_3() -> None:
    """iid_iga.md §3.3: a level derived from a fact alone scores bobot × derived level."""
    line = _line(iga.maturity({"17": {"value": 100}}, E2026), "17")
    _check_line(
        line,
        E2026,
        declared=None,
        level=3,
        score=D(6),
        evidence=EvidenceStatus.PENDING,
        flags=("derived", "unverified:menunggu"),
    )


def test_unusable_fact_without_level_is_missing_and_later_ones_score_iid_iga_3_3() -> None:
    """iid_iga.md §3.3: a fact the indicator cannot use and no declared level: the line is
    missing, flagged fact_not_used, and the indicators after it still score."""
    m = iga.maturity({"17": {"basis": "x"}, "35": 3}, E2026)
    _check_line(
        _line(m, "17"),
        E2026,
        declared=None,
        level=0,
        score=D(0),
        evidence=None,
        flags=("missing", "fact_not_used"),
        derivation=None,
    )
    assert m.score == 12
    assert _line(m, "35").level == 3


def test_fact_outside_the_bands_keeps_its_derivation_iid_iga_3_3() -> None:
    """iid_iga.md §3.3: a fact no band covers (efisiensi belanja above 30 %) derives no level;
    the line is missing but keeps the derivation and its flag "uncovered"."""
    m = iga.maturity({"33": {"basis": "c", "value": 40}, "35": 3}, E2026)
    line = _line(m, "33")
    assert line.derivation is not None
    assert line.derivation.level is None
    assert line.derivation.flag == "uncovered"
    _check_line(
        line,
        E2026,
        declared=None,
        level=0,
        evidence=None,
        flags=("missing", line.derivation.flag),
    )
    assert m.score == 12


class _Sized(dict):  # type: ignore[type-arg]
    """A mapping that reports a size without holding the items."""

    def __init__(self, size: int) -> None:
        super().__init__()
        self.size = size

    def __len__(self) -> int:
        return self.size


def test_maturity_refuses_more_than_a_million_indicators_iid_iga_3_1() -> None:
    """The input limit of maturity: 1,000,000 items are read, one more is refused."""
    assert iga.maturity(_Sized(1_000_000), E2026).score == 0
    _both(lambda: iga.maturity(_Sized(1_000_001), E2026), "indicators")


def test_index_sums_are_decimals_even_when_empty_iid_iga_3_4() -> None:
    """iid_iga.md §3.4: Σ kematangan and the SPD score are exact Decimals, also when nothing
    is summed (no innovation counted)."""
    r = iga.index(spd=D(0), maturities=[], yandas_covered=0, rules=E2026)
    assert type(r.maturity_sum) is Decimal
    assert r.maturity_sum == 0
    assert r.value == 0
