"""Scoring: maturity, evidence rules, conflicts, eligibility, the index and the regional
index. Each rule test names its source in the domain reference iid_iga.md."""

from __future__ import annotations

import json
from datetime import date
from decimal import Decimal
from typing import Any

import pytest

import _iga_inputs
from _iga_inputs import ALL3
from inovasi_daerah import iga
from inovasi_daerah.errors import InvalidInput, MissingParameter, UnknownIndicator
from inovasi_daerah.iga import Block, Predicate
from inovasi_daerah.law import Explanation
from inovasi_daerah.models import Innovation, RegionalGovernment, Stage
from inovasi_daerah.models.profile import RegionalProfile

E2023, E2024, E2025, E2026 = (iga.edition(y) for y in (2023, 2024, 2025, 2026))
MANDATORY_2026 = ("16", "17", "32", "33", "35")


def innovation(**kw: Any) -> Innovation:
    """The shared test innovation, with only the 2026 wajib indicators at level 3."""
    return _iga_inputs.innovation(**{"indicators": dict.fromkeys(MANDATORY_2026, 3), **kw})


class TestFastCore:
    def test_score_levels_mapping_and_sequence(self) -> None:
        # iid_iga.md §3.1: indicator score = bobot × level.
        assert iga.score_levels([3] * 20, E2026) == 111
        assert iga.score_levels([0] * 20, E2026) == 0
        assert iga.score_levels({"16": 1, 35: 2, "kemanfaatan": 3}, E2026) == 3 + 8 + 9
        assert iga.spd_score([3] * 20, E2026) == 63
        assert iga.spd_score({"5a": 1, "2a": 2}, E2026) == Decimal("2.75")

    def test_score_levels_refuses(self) -> None:
        with pytest.raises(UnknownIndicator):
            iga.score_levels({"1": 3}, E2026)  # an SPD row is not a SID indicator
        with pytest.raises(InvalidInput):
            iga.score_levels({"16": 3, "regulasi": 2}, E2026)  # same indicator twice
        with pytest.raises(InvalidInput):
            iga.score_levels({"16": 4}, E2026)
        with pytest.raises(InvalidInput):
            iga.score_levels({"16": True}, E2026)
        with pytest.raises(InvalidInput):
            iga.score_levels([3] * 19, E2026)

    @pytest.mark.parametrize(("n", "k", "expected"), [(11, 12, 12), (12, 12, 12), (13, 12, 13)])
    def test_divisor_2026(self, n: int, k: int, expected: int) -> None:
        # Lampiran I butir XI.B pedoman IGA 2026 [T2]: MAX(12, n).
        assert iga.divisor(n, E2026) == expected

    @pytest.mark.parametrize(("n", "expected"), [(9, 10), (10, 10), (11, 11)])
    def test_divisor_2023(self, n: int, expected: int) -> None:
        # BSKDN slide IID 2023 [I1]: MAX(10, n).
        assert iga.divisor(n, E2023) == expected

    def test_count_score_2026(self) -> None:
        # Lampiran I butir XI.B pedoman IGA 2026 [T2]: 0.38 × MIN(n, 200) if >= 5 of 6 yandas.
        assert iga.count_score(10, 4, E2026) == 0
        assert iga.count_score(10, 5, E2026) == Decimal("3.80")
        assert iga.count_score(199, 6, E2026) == Decimal("75.62")
        assert iga.count_score(200, 6, E2026) == 76
        assert iga.count_score(250, 6, E2026) == 76
        t14 = E2026.override(reason="[T14]", yandas_minimum=6)
        assert iga.count_score(10, 5, t14) == 0

    def test_count_score_2023_has_no_yandas_condition(self) -> None:
        # iid_iga.md §3.5: 2023 yandas rule "none stated" (UNCERTAIN); 2026 rule assumed.
        assert iga.count_score(10, 0, E2023) == Decimal("3.80")


class TestMaturity:
    def test_full_and_empty(self) -> None:
        # iid_iga.md §3.2: skor kematangan = Σ of the 20 SID scores, 0..111.
        m = iga.maturity(ALL3, E2026)
        assert (m.score, m.maximum, m.share, m.percent) == (111, 111, 1, Decimal("100.00"))
        assert m.missing == ()
        empty = iga.maturity({}, E2026)
        assert empty.score == 0
        assert len(empty.missing) == 20
        assert empty.missing_mandatory == MANDATORY_2026

    def test_keys_by_number_int_str_and_code(self) -> None:
        a = iga.maturity({16: 3, 33: 2}, E2026).score
        b = iga.maturity({"16": 3, "33": 2}, E2026).score
        c = iga.maturity({"regulasi": 3, "kemanfaatan": 2}, E2026).score
        assert a == b == c == 15

    def test_unknown_key_names_key_and_edition(self) -> None:
        with pytest.raises(UnknownIndicator, match="iga-2023") as exc:
            iga.maturity({"99": 3}, E2023)
        assert exc.value.value == "99"

    def test_indicators_list_breakdown(self) -> None:
        m = iga.maturity({"35": 2}, E2026)
        line = next(s for s in m.indicators if s.number == "35")
        assert (line.code, line.weight, line.level, line.score) == ("video", 4, 2, 8)
        assert line.mandatory is True

    def test_projection(self) -> None:
        # iid_iga.md §3.8 [T2]: only verifier-accepted evidence counts in a verified projection.
        levels = {"16": {"level": 3, "evidence": "diterima"}, "35": {"level": 3}}
        declared = iga.maturity(levels, E2026)
        verified = iga.maturity(levels, E2026, projection="verified")
        assert (declared.score, verified.score) == (21, 9)
        assert "unverified:menunggu" in declared.indicators[-1].flags
        assert "not_verified" in verified.indicators[-1].flags
        with pytest.raises(InvalidInput):
            iga.maturity(levels, E2026, projection="hoped")  # type: ignore[arg-type]

    def test_rejected_evidence_policies(self) -> None:
        # iid_iga.md §3.8: rejected evidence scores 0 or is downgraded (UNCERTAIN; policy).
        levels = {"16": {"level": 3, "evidence": "ditolak", "accepted_level": 1}}
        zero = iga.maturity(levels, E2026)
        down = iga.maturity(levels, E2026.override(reason="test", rejected_evidence="downgrade"))
        assert (zero.score, down.score) == (0, 3)
        assert zero.policies["rejected_evidence"] == "zero"
        assert down.policies["rejected_evidence"] == "downgrade"
        no_level = {"16": {"level": 3, "evidence": "ditolak"}}
        assert iga.maturity(no_level, E2026.override(rejected_evidence="downgrade")).score == 0

    def test_verifier_accepted_a_lower_level(self) -> None:
        m = iga.maturity({"16": {"level": 3, "evidence": "diterima", "accepted_level": 2}}, E2026)
        assert m.score == 6
        assert "accepted_lower" in m.indicators[0].flags

    def test_conflict_reported_not_hidden(self) -> None:
        # Issue 3: "A declared level that contradicts the facts is reported, not hidden."
        m = iga.maturity({"17": {"level": 1, "value": 25}}, E2026)
        assert m.score == 2  # the declared level scores
        (c,) = m.conflicts
        assert (c.indicator, c.declared, c.derived) == ("17", 1, 2)
        assert "conflict" in m.indicators[1].flags

    def test_level_derived_when_not_declared(self) -> None:
        m = iga.maturity({"29": {"value": "95"}, "33": {"value": 300, "basis": "a"}}, E2026)
        assert m.score == 1 * 3 + 3 * 2
        assert "derived" in next(s for s in m.indicators if s.number == "29").flags

    def test_kecepatan_from_dates(self) -> None:
        # Indicator 32 [T2]: 1-4 months -> 3; proposal to application, months begun.
        fast = innovation(proposed_on=date(2024, 1, 1), applied_on=date(2024, 5, 1))
        slow = innovation(proposed_on=date(2024, 1, 1), applied_on=date(2024, 5, 2))
        # the mandatory defaults declare 32 at level 3; the facts agree for `fast` only
        assert iga.maturity(fast, E2026).conflicts == ()
        (c,) = iga.maturity(slow, E2026).conflicts
        assert (c.indicator, c.derived) == ("32", 2)
        undeclared = innovation(
            proposed_on=date(2024, 1, 1), applied_on=date(2024, 10, 1), indicators={}
        )
        line = next(s for s in iga.maturity(undeclared, E2026).indicators if s.number == "32")
        assert (line.level, line.flags[0]) == (1, "derived")

    def test_maturity_is_independent_of_entry_order(self) -> None:
        a = iga.maturity({"16": 3, "20": 1, "35": 2}, E2026)
        b = iga.maturity({"35": 2, "20": 1, "16": 3}, E2026)
        assert a.to_dict() == b.to_dict()


class TestEligibility:
    """iid_iga.md §7 (window, stage), §3.8 (empty wajib), §3.2 (at most twice), §9 (words)."""

    @pytest.mark.parametrize(
        ("applied", "ok"),
        [
            (date(2023, 12, 31), False),
            (date(2024, 1, 1), True),
            (date(2025, 12, 31), True),
            (date(2026, 1, 1), False),
        ],
    )
    def test_window_2026_edges(self, applied: date, ok: bool) -> None:
        # Lampiran I pedoman IGA 2026 [T2]: application started 2024-01-01..2025-12-31.
        m = iga.maturity(innovation(applied_on=applied), E2026)
        assert next(c for c in m.eligibility if c.key == "window").passed is ok
        assert m.eligible is ok

    def test_older_innovation_with_recent_development(self) -> None:
        m = iga.maturity(
            innovation(applied_on=date(2021, 3, 1), developed_on=date(2025, 2, 1)), E2026
        )
        assert m.eligible is True

    def test_stage_2026(self) -> None:
        m = iga.maturity(innovation(stage="uji_coba"), E2026)
        assert next(c for c in m.eligibility if c.key == "stage").passed is False
        assert m.eligible is False

    def test_mandatory_missing_makes_2026_ineligible(self) -> None:
        # iid_iga.md §3.8 [T2]: an empty wajib SID indicator -> not eligible (2026).
        levels = dict.fromkeys(MANDATORY_2026, 3)
        assert iga.maturity(levels, E2026).eligible is True
        del levels["33"]
        m = iga.maturity(levels, E2026)
        assert (m.eligible, m.missing_mandatory) == (False, ("33",))

    def test_rejected_mandatory_evidence_empties_it(self) -> None:
        levels: dict[str, Any] = dict.fromkeys(MANDATORY_2026, 3)
        levels["35"] = {"level": 3, "evidence": "ditolak"}
        assert iga.maturity(levels, E2026).eligible is False

    def test_reentry_at_most_twice(self) -> None:
        # [I5] (VERIFIED-SECONDARY, 2024): an innovation may enter at most twice.
        assert iga.maturity(innovation(previous_entries=1), E2026).eligible is True
        assert iga.maturity(innovation(previous_entries=2), E2026).eligible is False

    def test_rancang_bangun_is_advisory(self) -> None:
        # iid_iga.md §9 [T2]: at least 300 words (2026).
        short = iga.maturity(innovation(design="kata " * 299), E2026)
        long = iga.maturity(innovation(design="kata " * 300), E2026)
        rb = [next(c for c in m.eligibility if c.key == "rancang_bangun") for m in (short, long)]
        assert [c.passed for c in rb] == [False, True]
        assert short.eligible is True  # advisory, not gating

    def test_2023_window_undecided_until_supplied(self) -> None:
        # iid_iga.md §7: windows 2023-2025 not established -> undecided, not guessed.
        inv = innovation(applied_on=date(2022, 5, 1))
        assert iga.maturity(inv, E2023).eligible is None
        supplied = E2023.override(
            reason="Pedoman 2023 dibaca lokal",
            eligibility_window=(date(2021, 1, 1), date(2022, 12, 31)),
            required_stage=Stage.APPLICATION,
            mandatory_empty_ineligible=False,
        )
        assert iga.maturity(inv, supplied).eligible is True
        late = innovation(applied_on=date(2023, 1, 1))
        assert iga.maturity(late, supplied).eligible is False


class TestIndex:
    def test_worked_example_2026(self) -> None:
        # Lampiran I butir XI.B pedoman IGA 2026 [T2]:
        # SID = 6 × 55.5 / MAX(12, 6) + 0.38 × 6 = 27.75 + 2.28; IID = (31.5 + 30.03)/250×100.
        r = iga.index(spd=Decimal("31.5"), maturities=[Decimal("55.5")] * 6, yandas_covered=5,
                      rules=E2026)  # fmt: skip
        assert (r.divisor, r.empty_seats, r.count_score) == (12, 6, Decimal("2.28"))
        assert r.sid == Decimal("30.03")
        assert (r.value, r.predicate) == (Decimal("24.61"), Predicate.KURANG_INOVATIF)

    def test_conflicting_2026_reading(self) -> None:
        # [T14]: MAX(14, n), 6 of 6 yandas -> divisor 14, SJI 0 with 5 yandas.
        alt = E2026.override(reason="reading of [T14]", divisor_k=14, yandas_minimum=6)
        r = iga.index(spd=Decimal("31.5"), maturities=[Decimal("55.5")] * 6, yandas_covered=5,
                      rules=alt)  # fmt: skip
        assert (r.divisor, r.empty_seats, r.count_score, r.value) == (14, 8, 0, Decimal("22.11"))
        d = r.to_dict()
        assert {o["key"] for o in d["overrides"]} == {"divisor_k", "yandas_minimum"}
        assert r.explanation.find("override.divisor_k") is not None
        assert "reading of [T14]" in r.explain("en")

    def test_maximum_is_100(self) -> None:
        r = iga.index(spd=63, maturities=[111] * 200, yandas_covered=6, rules=E2026)
        assert (r.value, r.total, r.maximum) == (Decimal("100.00"), 250, 250)

    def test_yandas_4_vs_5_of_6(self) -> None:
        # Lampiran I butir XI.B pedoman IGA 2026 [T2]: SJI only with >= 5 of the 6 yandas.
        four = iga.index(spd=0, maturities=[50] * 20, yandas_covered=4, rules=E2026)
        five = iga.index(spd=0, maturities=[50] * 20, yandas_covered=5, rules=E2026)
        assert (four.count_score, five.count_score) == (0, Decimal("7.60"))
        urusan = ["pendidikan", "kesehatan", "sosial", "pupr", "perkim", "pariwisata"]
        assert (
            iga.index(spd=0, maturities=[], yandas_covered=urusan, rules=E2026).yandas_covered == 5
        )

    def test_rounding_half_up_at_the_predicate_edge(self) -> None:
        # iid_iga.md §3.7: round half up to 2 decimals, then classify (§6).
        # SPD 63 + 12 × 94.9525 / 12 + 0.38 × 12 = 162.5125 -> 65.005 % -> 65.01.
        args: dict[str, Any] = {
            "spd": 63,
            "maturities": [Decimal("94.9525")] * 12,
            "yandas_covered": 6,
        }
        up = iga.index(**args, rules=E2026)
        even = iga.index(**args, rules=E2026.override(rounding_mode="ROUND_HALF_EVEN"))
        assert up.raw == Decimal("65.005")
        assert (up.value, up.predicate) == (Decimal("65.01"), Predicate.SANGAT_INOVATIF)
        assert (even.value, even.predicate) == (Decimal("65.00"), Predicate.INOVATIF)

    def test_nothing_reported_cannot_be_assessed(self) -> None:
        # iid_iga.md §6: "Tidak Dapat Dinilai" = IID exactly 0.
        r = iga.index(spd=0, maturities=[], yandas_covered=0, rules=E2026)
        assert (r.value, r.predicate) == (0, Predicate.TIDAK_DAPAT_DINILAI)

    def test_spd_as_rows(self) -> None:
        r = iga.index(spd={"1": 3, "5a": 2}, maturities=[], yandas_covered=0, rules=E2026)
        assert r.spd == Decimal("4.50")
        assert len(r.missing_spd) == 18
        with pytest.raises(UnknownIndicator):
            iga.index(spd={"16": 3}, maturities=[], yandas_covered=0, rules=E2026)

    def test_n_larger_than_the_maturities_listed(self) -> None:
        r = iga.index(spd=0, maturities=[111], yandas_covered=6, rules=E2026, n=24)
        assert (r.divisor, r.maturity_average) == (24, Decimal("4.625"))
        with pytest.raises(InvalidInput):
            iga.index(spd=0, maturities=[1, 2], yandas_covered=6, rules=E2026, n=1)

    def test_maturity_results_accepted(self) -> None:
        m = iga.maturity(ALL3, E2026)
        r = iga.index(spd=0, maturities=[m, Decimal(0)], yandas_covered=0, rules=E2026)
        assert r.maturity_sum == 111
        with pytest.raises(InvalidInput):
            iga.index(spd=0, maturities=[m], yandas_covered=0, rules=E2023)

    def test_provisional_editions_compute_with_inherited_values(self) -> None:
        r24 = iga.index(spd=30, maturities=[60] * 10, yandas_covered=0, rules=E2024)
        assert r24.divisor == 10
        assert r24.uncertain

    def test_open_parameter_refuses_until_supplied(self) -> None:
        from inovasi_daerah.law import OPEN

        e = E2026.override(reason="test", divisor_k=OPEN)
        with pytest.raises(MissingParameter, match="divisor_k"):
            iga.index(spd=0, maturities=[], yandas_covered=0, rules=e)


class TestRegionalIndex:
    def _innovations(self) -> list[Innovation]:
        urusan = ["pendidikan", "kesehatan", "sosial", "pupr", "perkim", "pariwisata"]
        return [
            innovation(name=f"I{i}", main_urusan=u, indicators=ALL3) for i, u in enumerate(urusan)
        ]

    def test_from_models(self) -> None:
        gov = RegionalGovernment(name="Kota Uji", level="kota")
        profile = RegionalProfile(indikator={"1": 3}, opini_bpk="WTP", ipm="80")
        r = iga.regional_index(gov, self._innovations(), E2026, profile=profile)
        assert (r.n, r.yandas_covered, r.divisor) == (6, 5, 12)
        assert r.index.spd == Decimal("3") + Decimal("4.5") + Decimal("2.25")
        assert r.index.maturity_sum == 6 * 111
        assert len(r.maturities) == 6
        assert r.government == "Kota Uji"
        json.dumps(r.to_dict())

    def test_yandas_basis_policy(self) -> None:
        # iid_iga.md §3.5: whether urusan beririsan count is UNCERTAIN; default main only.
        invs = [innovation(main_urusan="pariwisata", other_urusan=["pendidikan", "kesehatan"])]
        main = iga.regional_index(None, invs, E2026)
        both = iga.regional_index(None, invs, E2026.override(yandas_basis="main_and_other"))
        assert (main.yandas_covered, both.yandas_covered) == (0, 2)

    def test_count_in_n_policy(self) -> None:
        # iid_iga.md §3.6, §15.6: which innovations count in n is a policy (default: sent).
        invs = [innovation(name="a"), innovation(name="b", stage="uji_coba")]
        assert iga.regional_index(None, invs, E2026).n == 2
        assert iga.regional_index(None, invs, E2026.override(count_in_n="penerapan")).n == 1
        assert iga.regional_index(None, invs, E2026.override(count_in_n="eligible")).n == 1

    def test_independent_of_innovation_order(self) -> None:
        invs = self._innovations()
        a = iga.regional_index(None, invs, E2026)
        b = iga.regional_index(None, list(reversed(invs)), E2026)
        assert a.index.to_dict() == b.index.to_dict()

    def test_spd_conflict_from_figures(self) -> None:
        profile = RegionalProfile(indikator={"8": 1}, opini_bpk="WTP")
        r = iga.regional_index(None, [], E2026, profile=profile)
        (c,) = r.spd_conflicts
        assert (c.indicator, c.declared, c.derived) == ("8", 1, 3)

    def test_dicts_accepted(self) -> None:
        r = iga.regional_index(
            {"nama": "Kab. Uji", "tingkat": "kabupaten"},
            [{"nama_inovasi": "X", "bentuk": "tata kelola", "tahapan": "Penerapan",
              "inisiator": "ASN", "indikator": {"16": 3}}],
            E2026,
            profile={"indikator": {"12": 3}},
        )  # fmt: skip
        assert (r.n, r.index.spd, r.index.maturity_sum) == (1, 6, 9)


class TestResults:
    def test_lazy_explanation(self) -> None:
        m = iga.maturity(ALL3, E2026)
        assert "explanation" not in m.__dict__
        _ = m.score
        assert "explanation" not in m.__dict__
        assert m.explanation is m.explanation

    def test_explanation_parts_sum_to_total(self) -> None:
        m = iga.maturity({"16": 3, "28": 2, "35": 1}, E2026)
        parts = [c.value for c in m.explanation.children if c.key.startswith("indicator.")]
        assert sum(parts) == m.explanation.value == m.score
        r = iga.index(spd=10, maturities=[m.score] * 3, yandas_covered=5, rules=E2026)
        ex = r.explanation
        total, spd, sid, avg, sji = (
            _node(ex, k) for k in ("total", "spd", "sid", "sid.average", "sji")
        )
        assert total.value == spd.value + sid.value
        assert sid.value == avg.value + sji.value

    def test_uncertain_and_citations_listed(self) -> None:
        m = iga.maturity(ALL3, E2026)
        assert m.uncertain
        assert any(c.source == "T2" for c in m.uncertain_citations)

    def test_bilingual_rendering_and_html(self) -> None:
        m = iga.maturity({"16": 3}, E2026)
        assert "Skor kematangan" in m.explain("id")
        assert "maturity" in m.explain("en")
        assert m._repr_html_().startswith("<ul")
        assert "iga-2026" in repr(m)
        assert "IID" in repr(iga.index(spd=0, maturities=[], yandas_covered=0, rules=E2026))

    def test_to_dict_json_round_trip(self) -> None:
        m = iga.maturity(innovation(), E2026)
        d = m.to_dict()
        assert json.loads(json.dumps(d)) == d
        assert d["score"] == str(m.score)
        assert d["policies"] == {"projection": "declared", "rejected_evidence": "zero",
                                 "gap_rule": "lower", "kecepatan_start": "first_known",
                                 "month_count": "months_begun"}  # fmt: skip

    def test_weakest_indicators(self) -> None:
        m = iga.maturity(dict.fromkeys(range(16, 35), 3), E2026)
        assert m.weakest[0].number == "35"  # video, weight 4, left empty


def _node(ex: Explanation, key: str) -> Explanation:
    found = ex.find(key)
    assert found is not None, key
    return found


def test_block_enum() -> None:
    assert Block("SPD") is Block.SPD


def _kecepatan_level(inv: Innovation, rules: iga.Edition) -> int:
    return next(s for s in iga.maturity(inv, rules).indicators if s.number == "32").level


class TestNamedReadings:
    """Issue 8, named readings: each reading the sources leave open is an Enum policy with a
    documented default, recorded in every result that depends on it."""

    def test_kecepatan_start_policy(self) -> None:
        """iid_iga.md §4.1/§4.2 indicator 32 (1-4 / 5-8 / >= 9 months; start not stated):
        default first_known (proposal first), alternative trial_start."""
        inv = innovation(
            proposed_on=date(2023, 10, 1),
            trial_start=date(2024, 1, 1),
            applied_on=date(2024, 5, 1),
            indicators={},
        )
        assert _kecepatan_level(inv, E2026) == 2  # 7 months from the proposal
        by_trial = E2026.override(kecepatan_start="trial_start")
        assert _kecepatan_level(inv, by_trial) == 3  # 4 months from the trial start
        m = iga.maturity(inv, by_trial)
        assert m.policies["kecepatan_start"] == "trial_start"
        assert iga.maturity(inv, E2026).policies["kecepatan_start"] == "first_known"
        # without a trial start the trial_start reading derives nothing from the dates
        no_trial = innovation(proposed_on=date(2024, 1, 1), indicators={})
        line = next(s for s in iga.maturity(no_trial, by_trial).indicators if s.number == "32")
        assert line.flags == ("missing",)

    def test_month_count_policy(self) -> None:
        """iid_iga.md §4 indicator 32: months begun (default) or whole months."""
        inv = innovation(proposed_on=date(2024, 1, 1), applied_on=date(2024, 5, 10), indicators={})
        assert _kecepatan_level(inv, E2026) == 2  # 5 months begun
        whole = E2026.override(month_count="whole_months")
        assert _kecepatan_level(inv, whole) == 3  # 4 whole months
        assert iga.maturity(inv, whole).policies["month_count"] == "whole_months"
        assert iga.creation_months("2024-01-01", "2024-05-10", count="whole_months") == 4
        with pytest.raises(InvalidInput) as exc:
            iga.creation_months("2024-01-01", "2024-05-10", count="weeks")
        assert exc.value.field == "count"

    def test_rounding_step_can_flip_the_predicate(self) -> None:
        """iid_iga.md §15.1: stepwise rounding (SID part and SPD + SID to 2 decimals first, as
        [T3]) differs from final-only at a band edge: docs/iga.md's example."""
        maturities = [72] * 10 + [70]  # Σ 790, n = 11 < k = 12
        final = iga.index(spd=30, maturities=maturities, yandas_covered=6, rules=E2026)
        assert (final.raw, final.value) == (
            Decimal("40.00533333333333333333333332"),
            Decimal("40.01"),
        )
        assert final.predicate is Predicate.INOVATIF
        assert final.policies["rounding_step"] == "final_only"
        stepwise = E2026.override(rounding_step="stepwise")
        step = iga.index(spd=30, maturities=maturities, yandas_covered=6, rules=stepwise)
        assert step.sid == Decimal("70.01")
        assert step.total == Decimal("100.01")
        assert step.value == Decimal("40.00")
        assert step.predicate is Predicate.KURANG_INOVATIF
        assert step.policies["rounding_step"] == "stepwise"
        node = step.explanation.find("policy.rounding_step")
        assert node is not None
        assert node.value == "stepwise"

    def test_provisional_basis_2024(self) -> None:
        """iid_iga.md §15 item 2: 2024 divisor, SJI and yandas minimum from a named basis —
        2023 values (default), 2026 values, or the partial 2024 rule '≥ 2 of 6' [I33]."""
        args: dict[str, Any] = {"spd": 40, "maturities": [80] * 10, "yandas_covered": 3}
        default = iga.index(**args, rules=E2024)
        assert (default.divisor, default.count_score) == (10, Decimal("3.80"))
        assert default.policies["provisional_basis"] == "iga_2023"
        assert default.uncertain
        b2026 = E2024.override(provisional_basis="iga_2026")
        r2026 = iga.index(**args, rules=b2026)
        assert (r2026.divisor, r2026.empty_seats, r2026.count_score) == (12, 2, 0)
        assert r2026.policies["provisional_basis"] == "iga_2026"
        assert b2026.divisor_k.citation.status.is_uncertain
        assert "iga_2026" in (b2026.divisor_k.citation.article or "")
        partial = E2024.override(provisional_basis="iga_2024_partial")
        assert (partial.divisor_k.get(), partial.yandas_minimum.get()) == (10, 2)
        assert partial.yandas_minimum.citation.source == "I33"
        assert iga.index(**{**args, "yandas_covered": 1}, rules=partial).count_score == 0
        assert iga.index(**args, rules=partial).count_score == Decimal("3.80")
        node = iga.index(**args, rules=partial).explanation.find("policy.provisional_basis")
        assert node is not None
        assert node.value == "iga_2024_partial"
        # back to the default basis gives the default parameters again
        back = b2026.override(provisional_basis="iga_2023")
        assert back.divisor_k == E2024.divisor_k
        # an explicit override wins over the basis
        mixed = E2024.override(provisional_basis="iga_2026", divisor_k=14)
        assert (mixed.divisor_k.get(), mixed.yandas_minimum.get()) == (14, 5)

    def test_provisional_basis_2025_and_refusals(self) -> None:
        """iid_iga.md §15 item 2: the partial rule is a 2024 source; 2023 and 2026 are not
        provisional."""
        assert E2025.override(provisional_basis="iga_2026").divisor_k.get() == 12
        with pytest.raises(InvalidInput) as exc:
            E2025.override(provisional_basis="iga_2024_partial")
        assert exc.value.field == "provisional_basis"
        with pytest.raises(InvalidInput):
            E2026.override(provisional_basis="iga_2023")
        with pytest.raises(InvalidInput):
            E2024.override(provisional_basis="iga_2030")
        assert (
            "provisional_basis"
            not in iga.index(spd=1, maturities=[1], yandas_covered=0, rules=E2026).policies
        )
