"""IGA editions: registry and validity, catalogue, cited maxima, load-time integrity checks,
predicate bands. Sources are the domain reference iid_iga.md; the article each test
implements is named in its docstring or comment."""

from __future__ import annotations

import dataclasses
import json
from datetime import date
from decimal import Decimal

import pytest

from _iga_inputs import E2023, E2024, E2025, E2026, POLICIES_2026
from inovasi_daerah import iga
from inovasi_daerah.errors import (
    DataIntegrityError,
    InvalidInput,
    NoRuleSetInForce,
    UnknownIndicator,
)
from inovasi_daerah.iga import Band, Block, Edition, Predicate
from inovasi_daerah.law import Param, Status

P = Predicate


class TestRegistry:
    def test_each_edition_in_force_for_its_calendar_year(self) -> None:
        # domain README rule 2: validity intervals without gaps or overlaps.
        for year in (2023, 2024, 2025):
            assert iga.edition_for(date(year, 1, 1)).year == year
            assert iga.edition_for(date(year, 12, 31)).year == year
        assert iga.edition_for("2026-01-01").year == 2026

    def test_after_the_last_edition_only_flagged_latest_known_never_a_forecast(self) -> None:
        """iid_iga.md §15 item 2: a date after the last known edition's year gets that edition
        only as a flagged "latest known rules" result, never silently; §3.5: 2027-2029 are
        forecasts, never chosen by date."""
        assert E2026.valid_to == date(2026, 12, 31)
        assert E2026.latest_known is None
        assert iga.edition_for("2026-12-31") is E2026
        later = iga.edition_for("2027-06-01")
        assert later is not E2026
        assert later.year == 2026
        assert not later.forecast
        assert later.divisor_k.get() == 12  # not the 2027 forecast's 14
        assert later.latest_known is not None
        assert later.latest_known.status is Status.UNCERTAIN
        assert not iga.edition_for("2029-12-31").forecast
        assert iga.edition_for("2031-01-01") is later  # one flagged copy
        m = iga.maturity({16: 3}, later)
        assert later.latest_known in m.uncertain_citations
        assert "Latest known rules" in m.explain("en")
        assert "Aturan terakhir yang diketahui" in m.explain("id")
        r = iga.index(spd=40, maturities=[80] * 12, yandas_covered=5, rules=later)
        assert later.latest_known in r.uncertain_citations
        assert (
            r.value == iga.index(spd=40, maturities=[80] * 12, yandas_covered=5, rules=E2026).value
        )
        # within 2026 the edition is not flagged as latest-known
        m2026 = iga.maturity({16: 3}, E2026)
        assert m2026.explanation.find("latest_known") is None

    def test_before_2023_names_the_date(self) -> None:
        with pytest.raises(NoRuleSetInForce, match="2022-12-31"):
            iga.edition_for(date(2022, 12, 31))

    def test_forecasts_only_on_request(self) -> None:
        # iid_iga.md §3.5: 2027 k = 14, 2028 k = 16, 2029 k = 18, 6 of 6 (THIRD-PARTY forecast).
        with pytest.raises(InvalidInput, match="forecast"):
            iga.edition(2027)
        ks = {y: iga.edition(y, forecast=True).divisor_k.get() for y in (2027, 2028, 2029)}
        assert ks == {2027: 14, 2028: 16, 2029: 18}
        f = iga.edition(2027, forecast=True)
        assert (f.forecast, f.provisional, f.yandas_minimum.get()) == (True, True, 6)
        assert f not in iga.editions()
        assert f in iga.editions(forecast=True)

    def test_unknown_year(self) -> None:
        with pytest.raises(InvalidInput, match="2019"):
            iga.edition(2019)
        with pytest.raises(InvalidInput):
            iga.edition("2026")

    def test_provisional_editions_list_what_they_inherit(self) -> None:
        # iid_iga.md §2 ("Which editions are implementable"): 2024, 2025 provisional.
        assert (E2023.provisional, E2026.provisional) == (False, False)
        for e in (E2024, E2025):
            assert e.provisional
            assert "indicators" in e.inherited
            # iid_iga.md §15 item 2: k, SJI and yandas come from the named provisional basis
            assert "divisor_k" not in e.inherited
            assert e.provisional_basis is not None
            assert e.divisor_k.citation.status is Status.UNCERTAIN
            assert all(i.citation.status is Status.UNCERTAIN for i in e.indicators)


class TestCatalogue:
    @pytest.mark.parametrize("e", [E2023, E2024, E2025, E2026], ids=lambda e: e.id)
    def test_20_sid_and_20_spd_rows(self, e: Edition) -> None:
        # iid_iga.md §2.1: 15 SPD indicators in 20 score rows + 20 SID (no. 16-35).
        assert [i.number for i in e.sid] == [str(n) for n in range(16, 36)]
        assert [i.number for i in e.spd] == [
            "1", "2a", "2b", "3", "4", "5a", "5b", "6", "7", "8", "9", "10a", "10b",
            "11a", "11b", "12", "13a", "13b", "14", "15",
        ]  # fmt: skip

    @pytest.mark.parametrize("e", [E2023, E2026], ids=lambda e: e.id)
    def test_sid_weights(self, e: Edition) -> None:
        # iid_iga.md §4.1 (2023 [T1]) and §4.2 (2026 [T2], "bobot unchanged from 2023").
        weights = {i.number: i.weight for i in e.sid}
        assert weights == {
            "16": 3, "17": 2, "18": 2, "19": 2, "20": 1, "21": 2, "22": 1, "23": 1, "24": 1,
            "25": 1, "26": 1, "27": 1, "28": 2, "29": 1, "30": 2, "31": 3, "32": 2, "33": 3,
            "34": 2, "35": 4,
        }  # fmt: skip

    def test_spd_weights_2026(self) -> None:
        # iid_iga.md §5.1 [T2][T3].
        w = {i.number: i.weight for i in E2026.spd}
        assert w["5a"] == w["5b"] == w["10a"] == w["11b"] == Decimal("0.75")
        assert w["6"] == w["7"] == w["8"] == Decimal("1.5")
        assert w["12"] == 2

    @pytest.mark.parametrize("e", iga.editions(forecast=True), ids=lambda e: e.id)
    def test_maxima_follow_from_the_data(self, e: Edition) -> None:
        # iid_iga.md §2.2: SPD 63, SID 111, SJI 76, total 250 (computed, README rule 6).
        assert (e.spd_weight, e.sid_weight) == (21, 37)
        assert (e.spd_max, e.sid_max, e.sji_max, e.total_max) == (63, 111, 76, 250)

    def test_mandatory_flags_2026(self) -> None:
        # iid_iga.md §4.2 and §5.1: wajib SID 16, 17, 32, 33, 35; SPD 1, 3-11 [T2].
        assert {i.number for i in E2026.sid if i.mandatory} == {"16", "17", "32", "33", "35"}
        assert {i.number for i in E2026.spd if i.mandatory} == {
            "1", "3", "4", "5a", "5b", "6", "7", "8", "9", "10a", "10b", "11a", "11b",
        }  # fmt: skip
        assert all(i.mandatory is not None for i in E2026.indicators)

    def test_2023_mandatory_flags_are_unknown_not_invented(self) -> None:
        # iid_iga.md §4.1: "Which 2023 SID indicators were wajib is not established".
        assert all(i.mandatory is None for i in E2023.indicators)
        assert all(i.mandatory_citation.uncertain for i in E2023.indicators)

    def test_2023_spd_cutoffs_are_inputs(self) -> None:
        # iid_iga.md §5.2: 2023 SPD cut-offs UNCERTAIN; provisional default without cut-offs.
        assert all(i.direction is None for i in E2023.spd)
        with pytest.raises(InvalidInput, match="not derivable"):
            iga.derive_level(E2023, "4", "5")

    def test_stable_codes_across_editions(self) -> None:
        for code in ("regulasi", "kemanfaatan", "kecepatan", "video", "alat_kerja"):
            assert E2023.indicator(code).number == E2026.indicator(code).number
        assert E2026.indicator("penggunaan_it").number == "19"  # 2023 name as an alias
        assert E2023.indicator("online_sistem").number == "30"
        with pytest.raises(UnknownIndicator):
            E2026.indicator("online_sistem")  # levels changed meaning: a different indicator

    def test_kemanfaatan_2026_has_six_bases(self) -> None:
        # iid_iga.md §4.3 [T2][T4].
        assert [b.key for b in E2026.indicator(33).bases] == ["a", "b", "c", "d", "e", "f"]
        assert E2023.indicator(33).bases == ()

    def test_unknown_indicator_names_key_and_edition(self) -> None:
        with pytest.raises(UnknownIndicator, match="iga-2026") as exc:
            E2026.indicator("36")
        assert exc.value.value == "36"
        with pytest.raises(UnknownIndicator):
            E2026.indicator("1", Block.SID)

    def test_catalogue_is_json_ready_output_data(self) -> None:
        # iid_iga.md §15.7: evidence requirements are output data for upload forms.
        data = json.loads(json.dumps(E2026.catalogue()))
        first = next(d for d in data if d["number"] == "16")
        assert first["levels"][2]["condition"]["id"] == "Peraturan Daerah (Perda)"
        assert all(lv["evidence"]["id"] for d in data for lv in d["levels"])


class TestParameters:
    def test_2026_divisor_and_yandas_with_the_rejected_alternative(self) -> None:
        # Lampiran I butir XI.B pedoman IGA 2026 [T2]: MAX(12, n), >= 5 of 6; [T14]: 14, 6.
        assert (E2026.divisor_k.get(), E2026.yandas_minimum.get()) == (12, 5)
        assert "T14" in (E2026.divisor_k.citation.note or "")
        alt = E2026.override(reason="reading of [T14]", divisor_k=14, yandas_minimum=6)
        assert (alt.divisor_k.get(), alt.yandas_minimum.get()) == (14, 6)
        assert {o.key for o in alt.overrides} == {"divisor_k", "yandas_minimum"}

    def test_2023_divisor(self) -> None:
        # BSKDN slide "Metode, Skor dan Predikat Penilaian IID 2023" [I1]: MAX(10, n).
        assert E2023.divisor_k.get() == 10
        assert E2023.divisor_k.citation.status is Status.VERIFIED_SECONDARY

    def test_windows_and_rancang_bangun(self) -> None:
        # iid_iga.md §7 and §9: 2026 window 2024-2025, 300 words [T2]; earlier not established.
        assert E2026.eligibility_window.get() == (date(2024, 1, 1), date(2025, 12, 31))
        assert E2026.rancang_bangun_min_words.get() == 300
        for e in (E2023, E2024, E2025):
            assert e.eligibility_window.is_open
            assert e.rancang_bangun_min_words.is_open

    def test_policies_and_defaults(self) -> None:
        # domain README rule 4: two readings -> named policy with a documented default.
        assert E2026.policies() == POLICIES_2026
        assert E2024.policies()["provisional_basis"] == "iga_2023"
        assert E2025.policies()["provisional_basis"] == "iga_2023"
        assert "provisional_basis" not in E2023.policies()
        with pytest.raises(InvalidInput):
            E2026.override(rejected_evidence="maybe")
        for key in ("rounding_step", "kecepatan_start", "month_count"):
            with pytest.raises(InvalidInput) as exc:
                E2026.override(**{key: "maybe"})
            assert exc.value.field == key

    def test_new_policies_are_enums_with_documented_defaults(self) -> None:
        """docs/iga.md "Policies" (iid_iga.md §15.1, §4 indicator 32): Enum-valued policy
        parameters whose defaults keep the earlier behaviour."""
        from inovasi_daerah.iga.policies import KecepatanStart, MonthCount, RoundingStep

        for e in (E2023, E2024, E2025, E2026):
            assert e.rounding_step.get() is RoundingStep.FINAL_ONLY
            assert e.kecepatan_start.get() is KecepatanStart.FIRST_KNOWN
            assert e.month_count.get() is MonthCount.MONTHS_BEGUN
            for p in (e.rounding_step, e.kecepatan_start, e.month_count):
                assert p.is_policy
                assert p.citation.status is Status.UNCERTAIN
        changed = E2026.override(rounding_step="stepwise", month_count="whole_months")
        assert changed.rounding_step.get() is RoundingStep.STEPWISE
        assert changed.month_count.get() is MonthCount.WHOLE_MONTHS
        assert {o.key for o in changed.overrides} == {"rounding_step", "month_count"}

    def test_count_in_n_default_cites_the_divisor_statement(self) -> None:
        """iid_iga.md §15.1: rejected innovations stay in the divisor ([I39]); the default
        'sent' of count_in_n cites that statement."""
        c = E2026.count_in_n.citation
        assert E2026.count_in_n.get() == "sent"
        assert "§15.1" in (c.article or "")
        assert c.source == "I39"


class TestIntegrityChecks:
    def _sid_weight(self, e: Edition, number: str, weight: str) -> Edition:
        inds = tuple(
            dataclasses.replace(i, weight=Decimal(weight)) if i.number == number else i
            for i in e.indicators
        )
        return dataclasses.replace(e, indicators=inds)

    def test_weight_change_breaks_stated_maxima(self) -> None:
        with pytest.raises(DataIntegrityError, match="sid_weight"):
            self._sid_weight(E2026, "35", "5").check()

    def test_band_gap_and_overlap_are_refused(self) -> None:
        bands = E2026.bands.get()
        gap = tuple(
            Band(b.predicate, Decimal("65.02"), b.high) if b.predicate is P.SANGAT_INOVATIF else b
            for b in bands
        )
        over = tuple(
            Band(b.predicate, Decimal("65.00"), b.high) if b.predicate is P.SANGAT_INOVATIF else b
            for b in bands
        )
        # refused when overridden (InvalidInput) and by the load-time check (DataIntegrityError)
        # both texts (issue 9): Indonesian in str(), English in text("en")
        with pytest.raises(InvalidInput, match="celah") as exc:
            E2026.override(bands=gap)
        assert "gap between" in exc.value.text("en")
        with pytest.raises(InvalidInput, match="tumpang tindih") as exc:
            E2026.override(bands=over)
        assert "overlap between" in exc.value.text("en")
        bad = dataclasses.replace(
            E2026, bands=Param("bands", gap, E2026.bands.citation, E2026.bands.title)
        )
        with pytest.raises(DataIntegrityError, match="celah") as integrity:
            bad.check()
        assert "gap between" in integrity.value.text("en")

    def test_bounds_must_be_monotone(self) -> None:
        ind = E2026.indicator("17")
        a, b, c = ind.levels
        swapped = (
            dataclasses.replace(a, bounds=b.bounds),
            dataclasses.replace(b, bounds=a.bounds),
            c,
        )
        broken = tuple(
            dataclasses.replace(i, levels=swapped) if i.number == "17" else i
            for i in E2026.indicators
        )
        with pytest.raises(DataIntegrityError, match="tidak monoton") as exc:
            dataclasses.replace(E2026, indicators=broken).check()
        assert "level bounds not monotone" in exc.value.text("en")

    def test_stated_maxima_must_match(self) -> None:
        stated = dataclasses.replace(E2026.stated_maxima.get(), total=Decimal(251))
        bad = dataclasses.replace(
            E2026, stated_maxima=Param("stated_maxima", stated, E2026.citation, E2026.title)
        )
        with pytest.raises(DataIntegrityError, match="total"):
            bad.check()

    def test_every_parameter_is_cited(self) -> None:
        for e in iga.editions(forecast=True):
            for p in e.params():
                assert p.citation.instrument
            for i in e.indicators:
                assert all(lv.citation.instrument for lv in i.levels)


class TestPredicate:
    @pytest.mark.parametrize(
        ("value", "expected"),
        [
            ("0", P.TIDAK_DAPAT_DINILAI),
            ("0.004", P.TIDAK_DAPAT_DINILAI),  # rounds to 0.00 first
            ("0.01", P.KURANG_INOVATIF),
            ("40.00", P.KURANG_INOVATIF),
            ("40.01", P.INOVATIF),
            ("65.00", P.INOVATIF),
            ("65.004", P.INOVATIF),
            ("65.005", P.SANGAT_INOVATIF),  # half up to 65.01
            ("65.01", P.SANGAT_INOVATIF),
            ("100", P.SANGAT_INOVATIF),
        ],
    )
    def test_2026_and_2025_bands(self, value: str, expected: Predicate) -> None:
        # Pedoman IGA 2026 Lampiran I (predikat) [T2][T3]; 2025 top band [I6] (§6).
        assert E2026.predicate(Decimal(value)) is expected
        assert E2025.predicate(value) is expected

    @pytest.mark.parametrize(
        ("value", "expected"),
        [
            ("0.00", P.TIDAK_DAPAT_DINILAI),
            ("0.01", P.KURANG_INOVATIF),
            ("34.99", P.KURANG_INOVATIF),
            ("34.995", P.INOVATIF),  # the 34.99/35.00 gap cannot be hit after rounding
            ("35.00", P.INOVATIF),
            ("60.00", P.INOVATIF),
            ("60.01", P.SANGAT_INOVATIF),
        ],
    )
    def test_2023_and_2024_bands(self, value: str, expected: Predicate) -> None:
        # BSKDN slide IID 2023 [I1]; 2024 "> 60 / 35-60 / < 35" [I5] read as 2023 (§6).
        assert E2023.predicate(Decimal(value)) is expected
        assert E2024.predicate(value) is expected

    def test_official_names(self) -> None:
        assert [p.value for p in Predicate] == [
            "Sangat Inovatif", "Inovatif", "Kurang Inovatif", "Tidak Dapat Dinilai",
        ]  # fmt: skip
        assert Predicate("Inovatif") is P.INOVATIF

    @pytest.mark.parametrize("bad", [Decimal("100.01"), Decimal("-0.01"), 65.01, "abc", None])
    def test_out_of_range_and_floats_refused(self, bad: object) -> None:
        with pytest.raises(InvalidInput):
            E2026.predicate(bad)

    def test_rounding_mode_is_a_parameter(self) -> None:
        # iid_iga.md §3.7: mode not stated; default half up, replaceable.
        even = E2026.override(rounding_mode="ROUND_HALF_EVEN")
        assert even.predicate("65.005") is P.INOVATIF


def test_each_edition_cites_its_own_rounding_source() -> None:
    """iid_iga.md §3.4 (2026: "rounded to 2 decimals", Lampiran I butir XI.B [T2]) and §3.7
    (2023: reported with 2 decimals, [I1]): the 2026 rounding cites the 2026 source."""
    from inovasi_daerah import iga

    c2026 = iga.edition(2026).decimal_places.citation
    assert "2026" in c2026.instrument
    assert c2026.source == "T2"
    c2023 = iga.edition(2023).decimal_places.citation
    assert c2023.source == "I1"
    assert "2023" in c2023.label()


def test_docs_policy_table_lists_every_policy_with_default_and_options() -> None:
    """Issue 8 "Done when": the docs' table of UNCERTAIN readings lists every policy of every
    edition with its default and its alternatives (docs/iga.md, "Policies")."""
    from pathlib import Path

    from inovasi_daerah import iga

    text = (Path(__file__).resolve().parents[1] / "docs" / "iga.md").read_text(encoding="utf-8")
    table = text[text.index("## Policies") : text.index("## What is uncertain")]
    rows = {
        line.split("|")[1].strip().split()[0].strip("`"): line
        for line in table.splitlines()
        if line.startswith("| `")
    }
    for e in iga.editions():
        for p in e.params():
            if not p.is_policy:
                continue
            assert p.key in rows, p.key
            row = rows[p.key]
            assert f"`{p.value}`" in row, (p.key, p.value)
            for option in p.options or ():
                assert f"`{option}`" in row or p.key == "rounding_mode", (p.key, option)


def test_cached_maxima_follow_an_override_and_params_stay_private() -> None:
    """The maxima and params() are computed once per edition object (iid_iga.md §3.4:
    total = SPD + SID + SJI maxima); an override is a new object and recomputes them, and
    the list params() returns is the caller's own (mutating it changes nothing)."""
    e = iga.edition(2026)
    assert e.total_max == Decimal(250)
    o = e.override(reason="test", sji_n_cap=100)
    assert o.sji_max == Decimal(38)
    assert o.total_max == Decimal(212)
    assert e.sji_max == Decimal(76)
    assert e.total_max == Decimal(250)
    assert [p.key for p in o.overrides] == ["sji_n_cap"]
    assert e.overrides == ()
    ps = e.params()
    ps.clear()
    assert e.params()
    assert len(e.params()) == len(o.params())
