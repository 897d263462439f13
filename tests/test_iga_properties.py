"""Properties of the IGA engine (Hypothesis): bounds, monotonicity, order independence,
determinism, explanations that add up, JSON round-trips; and junk input refused with the
library's own errors only."""

from __future__ import annotations

import contextlib
import json
from datetime import date
from decimal import Decimal
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from inovasi_daerah import iga
from inovasi_daerah.errors import InovasiDaerahError
from inovasi_daerah.iga import Edition
from inovasi_daerah.models import Innovation
from inovasi_daerah.models.profile import RegionalProfile

EDITIONS = list(iga.editions(forecast=True))
SID = [str(n) for n in range(16, 36)]
EVIDENCE = ["draft", "dikirim", "menunggu", "diterima", "ditolak", "dikembalikan", "mandiri"]

editions = st.sampled_from(EDITIONS)
policies = st.sampled_from(["zero", "downgrade"])
projections = st.sampled_from(["declared", "verified"])
level_maps = st.dictionaries(st.sampled_from(SID), st.integers(0, 3))
entries = st.dictionaries(
    st.sampled_from(SID),
    st.fixed_dictionaries(
        {"level": st.integers(0, 3), "evidence": st.sampled_from(EVIDENCE)},
        optional={"accepted_level": st.integers(0, 3)},
    ).map(
        lambda e: (
            {**e, "accepted_level": min(e["accepted_level"], e["level"])}
            if "accepted_level" in e
            else e
        )
    ),
)
maturity_values = st.lists(st.integers(0, 111).map(Decimal), max_size=40)


def _rules(e: Edition, policy: str) -> Edition:
    return e.override(reason="property test", rejected_evidence=policy)


@given(editions, entries, policies, projections)
def test_maturity_within_bounds(e: Edition, levels: dict[str, Any], pol: str, proj: Any) -> None:
    m = iga.maturity(levels, _rules(e, pol), projection=proj)
    assert 0 <= m.score <= m.maximum == e.sid_max
    assert 0 <= m.share <= 1


@given(editions, entries, st.sampled_from(SID), policies, projections)
def test_raising_a_level_never_lowers_maturity(
    e: Edition, levels: dict[str, Any], key: str, pol: str, proj: Any
) -> None:
    rules = _rules(e, pol)
    before = iga.maturity(levels, rules, projection=proj).score
    entry = dict(levels.get(key, {"level": 0, "evidence": "menunggu"}))
    entry["level"] = min(3, entry["level"] + 1)
    after = iga.maturity({**levels, key: entry}, rules, projection=proj).score
    assert after >= before


@given(editions, entries, st.sampled_from(SID), policies, projections)
def test_accepting_evidence_never_lowers_maturity(
    e: Edition, levels: dict[str, Any], key: str, pol: str, proj: Any
) -> None:
    rules = _rules(e, pol)
    before = iga.maturity(levels, rules, projection=proj).score
    entry = {"level": levels.get(key, {"level": 2})["level"], "evidence": "diterima"}
    after = iga.maturity({**levels, key: entry}, rules, projection=proj).score
    assert after >= before


@given(editions, st.integers(0, 63), maturity_values, st.integers(0, 6), st.data())
def test_index_bounds_and_monotone(
    e: Edition, spd: int, ms: list[Decimal], yandas: int, data: st.DataObject
) -> None:
    r = iga.index(spd=spd, maturities=ms, yandas_covered=yandas, rules=e)
    assert 0 <= r.value <= 100
    assert r.predicate is e.predicate(r.value)
    assert r.empty_seats == max(0, e.divisor_k.get() - len(ms))
    if ms:
        i = data.draw(st.integers(0, len(ms) - 1))
        higher = [*ms]
        higher[i] = min(Decimal(111), higher[i] + data.draw(st.integers(1, 50)))
        r2 = iga.index(spd=spd, maturities=higher, yandas_covered=yandas, rules=e)
        assert r2.value >= r.value
    more_yandas = iga.index(spd=spd, maturities=ms, yandas_covered=min(6, yandas + 1), rules=e)
    more_spd = iga.index(spd=min(63, spd + 1), maturities=ms, yandas_covered=yandas, rules=e)
    assert more_yandas.value >= r.value
    assert more_spd.value >= r.value


@given(editions, level_maps, st.randoms(use_true_random=False))
def test_maturity_independent_of_order_and_deterministic(
    e: Edition, levels: dict[str, int], rnd: Any
) -> None:
    items = list(levels.items())
    rnd.shuffle(items)
    a, b = iga.maturity(levels, e), iga.maturity(dict(items), e)
    assert a.to_dict() == b.to_dict()
    assert iga.maturity(levels, e).to_dict() == a.to_dict()


@given(editions, maturity_values, st.randoms(use_true_random=False))
def test_index_independent_of_order(e: Edition, ms: list[Decimal], rnd: Any) -> None:
    shuffled = [*ms]
    rnd.shuffle(shuffled)
    a = iga.index(spd=10, maturities=ms, yandas_covered=5, rules=e)
    b = iga.index(spd=10, maturities=shuffled, yandas_covered=5, rules=e)
    assert a.value == b.value
    assert a.raw == b.raw


@given(editions, entries, projections)
def test_explanation_parts_sum_and_json_round_trip(
    e: Edition, levels: dict[str, Any], proj: Any
) -> None:
    m = iga.maturity(levels, e, projection=proj)
    parts = [c.value for c in m.explanation.children if c.key.startswith("indicator.")]
    assert sum(parts, Decimal(0)) == m.score == m.explanation.value
    d = m.to_dict()
    assert json.loads(json.dumps(d)) == d
    assert iga.score_levels({s.number: s.level for s in m.indicators}, e) == m.score


@given(editions, st.integers(0, 63), maturity_values, st.integers(0, 6))
def test_index_explanation_adds_up(e: Edition, spd: int, ms: list[Decimal], y: int) -> None:
    r = iga.index(spd=spd, maturities=ms, yandas_covered=y, rules=e)
    ex = r.explanation
    nodes = {n.key: n.value for n in ex.walk()}
    assert nodes["total"] == nodes["spd"] + nodes["sid"]
    assert nodes["sid"] == nodes["sid.average"] + nodes["sji"]
    assert nodes["iid"] == e.round(nodes["total"] * 100 / nodes["maximum"])
    d = r.to_dict()
    assert json.loads(json.dumps(d)) == d


@settings(max_examples=30)
@given(st.lists(st.sampled_from(["pendidikan", "kesehatan", "sosial", "pariwisata"]), max_size=6),
       st.randoms(use_true_random=False))  # fmt: skip
def test_regional_index_independent_of_innovation_order(urusan: list[str], rnd: Any) -> None:
    invs = [
        Innovation(name=f"I{i}", forms=["tata_kelola"], stage="penerapan", initiator="asn",
                   main_urusan=u, applied_on=date(2024, 2, 1), indicators={"16": 1 + i % 3})
        for i, u in enumerate(urusan)
    ]  # fmt: skip
    shuffled = [*invs]
    rnd.shuffle(shuffled)
    e = iga.edition(2026)
    a, b = iga.regional_index(None, invs, e), iga.regional_index(None, shuffled, e)
    assert a.index.to_dict() == b.index.to_dict()


# -- robustness: junk in, library errors (or a valid result) out ---------------------------------

junk = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(min_value=-(10**30), max_value=10**30),
    st.floats(allow_nan=True, allow_infinity=True),
    st.text(max_size=30),
    st.just("🙂" * 5000),
    st.just("x" * 100_000),
    st.binary(max_size=10),
    st.decimals(allow_nan=True, allow_infinity=True),
    st.lists(st.integers(-5, 5), max_size=25),
    st.dictionaries(st.text(max_size=5), st.integers(-5, 5), max_size=5),
    st.just(object()),
    st.just(date(2024, 1, 1)),
)


def _only_library_errors(call: Any) -> None:
    with contextlib.suppress(InovasiDaerahError):
        call()


E = iga.edition(2026)


@settings(max_examples=300)
@given(junk, junk, junk)
def test_junk_to_every_public_function(a: Any, b: Any, c: Any) -> None:
    calls = [
        lambda: iga.maturity(a, E),
        lambda: iga.maturity({"16": a}, E),
        lambda: iga.maturity({a: 3}, E) if isinstance(a, str | int) else None,
        lambda: iga.maturity({"16": 3}, a),
        lambda: iga.maturity({"16": 3}, E, projection=a),
        lambda: iga.index(spd=a, maturities=[1], yandas_covered=5, rules=E),
        lambda: iga.index(spd=1, maturities=a, yandas_covered=5, rules=E),
        lambda: iga.index(spd=1, maturities=[a], yandas_covered=b, rules=E, n=c),
        lambda: iga.regional_index(a, [], E),
        lambda: iga.regional_index(None, a, E),
        lambda: iga.regional_index(None, [], E, profile=a),
        lambda: iga.score_levels(a, E),
        lambda: iga.score_levels({"16": a}, E),
        lambda: iga.derive_level(E, a, b),
        lambda: iga.derive_level(E, "17", a),
        lambda: iga.derive_level(E, "33", a, basis=b),
        lambda: iga.derive_level(E, "18", None, basis=a),
        lambda: iga.derive_level(E, "8", a, basis=b),
        lambda: iga.edition(a),
        lambda: iga.edition_for(a),
        lambda: E.predicate(a),
        lambda: E.indicator(a),
        lambda: iga.creation_months(a, b),
        lambda: RegionalProfile.from_dict({"ipm": a, "opini_bpk": b, "indikator": c}),
        lambda: E.override(gap_rule=a),
        lambda: E.override(divisor_k=a),
        lambda: E.override(sji_rate=a, eligibility_window=b),
        lambda: E.override(bands=a),
    ]
    for call in calls:
        _only_library_errors(call)
