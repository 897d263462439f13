"""iga._core: each IGA rule once, and both the engine and the bulk path decide with it.

Each test names the section of iid_iga.md (and the Lampiran) whose rule it checks.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from itertools import product

import pytest
from hypothesis import given
from hypothesis import strategies as st

from inovasi_daerah import iga
from inovasi_daerah.errors import InvalidInput
from inovasi_daerah.iga import _core as core
from inovasi_daerah.iga.bulk import EVIDENCE_CODES, _Plan
from inovasi_daerah.iga.policies import (
    CountInN,
    LevelFlag,
    RejectedEvidence,
    YandasBasis,
    unverified_flag,
)
from inovasi_daerah.iga.scoring import effective_level, index_value
from inovasi_daerah.models.enums import EvidenceStatus, Stage, Urusan

E2026 = iga.edition(2026)
LEVELS = range(E2026.top_level + 1)


# -- the evidence rule (iid_iga.md §3.8, §15.3) ----------------------------------------------------


def test_evidence_rule_iid_iga_3_8_table() -> None:
    """Accepted: the level or the lower accepted one; rejected: 0 or the accepted level
    (downgrade); other statuses: the level (declared) or 0 (verified)."""
    acc, rej = EvidenceStatus.ACCEPTED, EvidenceStatus.REJECTED
    zero, down = RejectedEvidence.ZERO, RejectedEvidence.DOWNGRADE
    assert core.effective(3, acc, None, verified=False, rejected=zero) == (3, None)
    assert core.effective(3, acc, 2, verified=True, rejected=zero) == (
        2,
        LevelFlag.ACCEPTED_LOWER,
    )
    assert core.effective(3, rej, 2, verified=False, rejected=zero) == (
        0,
        LevelFlag.REJECTED_ZERO,
    )
    assert core.effective(3, rej, 2, verified=False, rejected=down) == (
        2,
        LevelFlag.REJECTED_DOWNGRADED,
    )
    assert core.effective(3, rej, None, verified=False, rejected=down) == (
        0,
        LevelFlag.REJECTED_DOWNGRADED,
    )
    pending = EvidenceStatus.PENDING
    assert core.effective(2, pending, None, verified=False, rejected=zero) == (
        2,
        LevelFlag.UNVERIFIED,
    )
    assert core.effective(2, pending, None, verified=True, rejected=zero) == (
        0,
        LevelFlag.NOT_VERIFIED,
    )


@pytest.mark.parametrize("projection", ["declared", "verified"])
@pytest.mark.parametrize("policy", list(RejectedEvidence))
def test_engine_effective_level_is_the_core_rule_iid_iga_3_8(
    projection: str, policy: RejectedEvidence
) -> None:
    """iga.effective_level answers exactly as core.effective, flags as their value text."""
    for level, status, accepted in product(LEVELS, EvidenceStatus, (None, *LEVELS)):
        got = effective_level(
            level,
            status,
            accepted,
            projection=projection,  # type: ignore[arg-type]
            rejected_policy=policy.value,
        )
        lvl, flag = core.effective(
            level, status, accepted, verified=projection == "verified", rejected=policy
        )
        want_flags = (
            ()
            if flag is None
            else (unverified_flag(status),)
            if flag is LevelFlag.UNVERIFIED
            else (flag.value,)
        )
        assert got == (lvl, want_flags)
        assert all(type(f) is str for f in got[1])  # results hold plain text


@pytest.mark.parametrize("projection", ["declared", "verified"])
@pytest.mark.parametrize("policy", ["zero", "downgrade"])
def test_bulk_evidence_tables_are_the_core_rule_iid_iga_3_8(projection: str, policy: str) -> None:
    """The bulk path's per-code tables are core.effective's answers for every code and level."""
    rules = E2026.override(rejected_evidence=policy)
    plan = _Plan.of(rules, projection)  # type: ignore[arg-type]
    for code, status in EVIDENCE_CODES.items():
        want = tuple(
            core.effective(
                lv,
                status,
                None,
                verified=projection == "verified",
                rejected=RejectedEvidence(policy),
            )[0]
            for lv in LEVELS
        )
        assert list(plan.evidence_levels[code].items()) == list(enumerate(want))
        assert (code in plan.changing) == (want != tuple(LEVELS))


def test_unknown_rejected_policy_is_refused_naming_the_members() -> None:
    """A policy is an Enum: an unknown value is refused, at the call and in an override."""
    with pytest.raises(InvalidInput):
        effective_level(
            3, EvidenceStatus.REJECTED, None, projection="declared", rejected_policy="half"
        )
    with pytest.raises(InvalidInput) as err:
        E2026.override(count_in_n="all")
    assert err.value.field == "count_in_n"


def test_policies_are_recorded_as_text() -> None:
    """Results record the policy values as text, as before the Enums (JSON unchanged)."""
    m = iga.maturity({16: 3}, E2026)
    assert type(m.policies["rejected_evidence"]) is str
    r = iga.index(spd=Decimal(0), maturities=[], yandas_covered=0, rules=E2026)
    assert {type(v) for v in r.policies.values()} == {str}
    assert r.policies["count_in_n"] == "sent"


# -- who counts in n, the yandas urusan (iid_iga.md §3.3, §3.5, §3.6, §15.1) -----------------------


@pytest.mark.parametrize(
    ("policy", "eligible", "stage", "want"),
    [
        (CountInN.SENT, False, Stage.TRIAL, True),
        (CountInN.ELIGIBLE, False, Stage.APPLICATION, False),
        (CountInN.ELIGIBLE, None, Stage.TRIAL, True),
        (CountInN.ELIGIBLE, True, Stage.TRIAL, True),
        (CountInN.APPLICATION, False, Stage.APPLICATION, True),
        (CountInN.APPLICATION, True, Stage.TRIAL, False),
    ],
)
def test_counts_in_n_iid_iga_15_1(
    policy: CountInN, eligible: bool | None, stage: Stage, want: bool
) -> None:
    """count_in_n: every one sent; those not shown ineligible; those at penerapan."""
    assert core.counts_in_n(policy, eligible, stage) is want


def test_yandas_urusan_iid_iga_3_5() -> None:
    """The urusan utama; under main_and_other also the urusan beririsan; yandas only."""
    edu, health = Urusan.basic_services()[:2]
    other = next(u for u in Urusan if not u.is_basic_service)
    assert set(core.yandas_urusan(YandasBasis.MAIN_ONLY, edu, (health,))) == {edu}
    assert set(core.yandas_urusan(YandasBasis.MAIN_AND_OTHER, edu, (health, other))) == {
        edu,
        health,
    }
    assert set(core.yandas_urusan(YandasBasis.MAIN_ONLY, other, ())) == set()
    assert set(core.yandas_urusan(YandasBasis.MAIN_AND_OTHER, None, (health,))) == {health}


# -- eligibility (iid_iga.md §3.2, §7, §9) ---------------------------------------------------------


def test_window_both_ends_inclusive_iid_iga_3_2() -> None:
    """The start of application or the latest development in the window, ends inclusive."""
    w = (date(2024, 1, 1), date(2025, 12, 31))
    assert core.window_passes(w, date(2024, 1, 1), None) is True
    assert core.window_passes(w, date(2025, 12, 31), None) is True
    assert core.window_passes(w, date(2023, 12, 31), None) is False
    assert core.window_passes(w, date(2023, 12, 31), date(2026, 1, 1)) is False
    assert core.window_passes(w, date(2020, 1, 1), date(2025, 1, 1)) is True
    assert core.window_passes(w, None, None) is False
    assert core.window_passes(None, None, None) is None


def test_mandatory_check_iid_iga_7() -> None:
    """An empty wajib indicator fails (undecided when the rule is open); an empty indicator of
    unknown wajib status leaves it undecided; no consequence when the edition says so."""
    assert core.mandatory_passes(True, True, False) is False
    assert core.mandatory_passes(None, True, False) is None
    assert core.mandatory_passes(True, False, True) is None
    assert core.mandatory_passes(True, False, False) is True
    assert core.mandatory_passes(False, True, True) is True


def test_reentry_iid_iga_9() -> None:
    """At most max_entries entries: with 2, previous 0 and 1 pass, 2 fails."""
    assert [core.reentry_passes(p, 2) for p in (0, 1, 2, 3)] == [True, True, False, False]


@given(st.lists(st.sampled_from([True, False, None]), max_size=6))
def test_verdict_of_gating_checks(checks: list[bool | None]) -> None:
    """False if one check fails, else None if one is undecided, else True."""
    want = False if False in checks else None if None in checks else True
    assert core.verdict(checks) is want


# -- the index arithmetic (iid_iga.md §3.4, §3.7, §15.1) -------------------------------------------


@given(
    spd=st.integers(0, 63).map(Decimal),
    counted=st.integers(0, 30).flatmap(lambda n: st.tuples(st.just(n), st.integers(0, 111 * n))),
    covered=st.integers(0, 6),
    step=st.sampled_from(["final_only", "stepwise"]),
)
def test_index_value_is_the_core_arithmetic_iid_iga_3_4(
    spd: Decimal, counted: tuple[int, int], covered: int, step: str
) -> None:
    """iga.index_value = core.index_parts with the edition's parameters, predicate by band."""
    n, msum = counted[0], Decimal(counted[1])  # n maturities of at most 111 each
    rules = E2026.override(rounding_step=step)
    parts = index_value(spd=spd, maturity_sum=msum, n=n, yandas_covered=covered, rules=rules)
    a = core.index_parts(
        spd=spd,
        maturity_sum=msum,
        n=n,
        covered=covered,
        k=rules.divisor_k.get(),
        rate=rules.sji_rate.get(),
        cap=rules.sji_n_cap.get(),
        minimum=rules.yandas_minimum.get(),
        total_max=rules.total_max,
        stepwise=step == "stepwise",
        round_=rules.round,
    )
    assert (parts.value, parts.raw, parts.divisor, parts.count_score) == (
        a.value,
        a.raw,
        a.divisor,
        a.count_score,
    )
    bands = [(b.low, b.high, b.predicate) for b in rules.bands.get()]
    assert parts.predicate is core.band_predicate(parts.value, bands)


def test_divisor_and_count_score_iid_iga_3_4_3_5() -> None:
    """MAX(k, n); rate × MIN(n, cap) only when the yandas minimum is met."""
    assert core.divisor(12, 3) == 12
    assert core.divisor(12, 40) == 40
    rate = Decimal("0.38")
    assert core.count_score(250, 5, rate=rate, cap=200, minimum=5) == Decimal("76.00")
    assert core.count_score(250, 4, rate=rate, cap=200, minimum=5) == 0


def test_products_are_weight_times_level_lampiran() -> None:
    """skor = bobot × level for levels 0..top, level 0 exactly 0."""
    assert core.products(Decimal("1.5"), 3, Decimal(0)) == (
        Decimal(0),
        Decimal("1.5"),
        Decimal("3.0"),
        Decimal("4.5"),
    )
    assert core.products(150, 3, 0) == (0, 150, 300, 450)


# -- levels from the data --------------------------------------------------------------------------


@pytest.mark.parametrize("year", [2023, 2024, 2025, 2026])
def test_edition_levels_come_from_the_indicator_data(year: int) -> None:
    """Edition.top_level is the highest level the indicators' rule data describes."""
    e = iga.edition(year)
    assert e.top_level == max(lv.number for i in e.indicators for lv in i.levels)
    assert list(e.levels) == list(range(e.top_level + 1))
    assert e.sid_max == sum(i.weight * e.top_level for i in e.sid)
    assert all(len(p) == e.top_level + 1 for p in e.level_products(iga.Block.SID))


def test_the_level_scale_is_rule_data_iid_iga_3_1() -> None:
    """iid_iga.md §3.1: levels 1, 2, 3 (0 = none) come from rules/iga_scale/levels.toml, read
    the same by the import-light reader and the checked loader, cited THIRD-PARTY [T1]; every
    shipped edition's indicators use exactly that scale."""
    from inovasi_daerah import _levels
    from inovasi_daerah.iga.files import level_scale

    params = level_scale()
    assert tuple(params["levels"].value) == _levels.LEVELS == (1, 2, 3)
    assert params["no_level"].value == _levels.NO_LEVEL == 0
    assert str(params["levels"].citation.status.value) == "THIRD-PARTY"
    for year in (2023, 2024, 2025, 2026):
        assert tuple(iga.edition(year).levels) == (_levels.NO_LEVEL, *_levels.LEVELS)
