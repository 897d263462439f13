"""iga.bulk: the year format, score_year against the per-region engine, tables, junk.

The rules themselves (weights, divisor, SJI, bands, eligibility: iid_iga.md §3-§7) are tested
with the engine; here the claim is that the bulk path computes *the same thing*, exactly
(Decimal equality), for every edition, projection and policy, whatever the input order.
"""

from __future__ import annotations

import copy
import importlib.util
import json
import random
import re
import sys
from datetime import date
from decimal import Decimal
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from inovasi_daerah import iga
from inovasi_daerah.errors import InovasiDaerahError, InvalidInput, UnknownIndicator
from inovasi_daerah.iga.bulk import (
    EVIDENCE_CODES,
    InnovationScore,
    RegionScore,
    parse_year,
    score_year,
    year_schema,
)
from inovasi_daerah.law import OPEN
from inovasi_daerah.models import Innovation, RegionalGovernment, Stage, Urusan

ROOT = Path(__file__).resolve().parents[1]
EXAMPLE = ROOT / "docs" / "examples" / "year_small.json"
YANDAS = [u.value for u in Urusan.basic_services()]


def _bench() -> ModuleType:
    spec = importlib.util.spec_from_file_location("bench_national", ROOT / "bench" / "national.py")
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("bench_national", module)
    spec.loader.exec_module(module)
    return module


NATIONAL = _bench()


def example() -> dict[str, Any]:
    return dict(json.loads(EXAMPLE.read_text()))


# -- a varied sample: every evidence code, accepted levels, both level forms, spd_score -----------


def varied_year(seed: int, edition: int = 2026, scale: float = 0.012) -> dict[str, Any]:
    data: dict[str, Any] = NATIONAL.generate(seed=seed, scale=scale, edition=edition)
    rng = random.Random(seed)
    codes = "".join(EVIDENCE_CODES)
    sid_numbers = [i.number for i in iga.edition(edition).sid]
    for r, reg in enumerate(data["regions"]):
        if r % 4 == 1:
            del reg["spd"]
            reg["spd_score"] = str(Decimal(rng.randrange(0, 6301)) / 100)
        elif r % 4 == 2:
            reg["spd_evidence"] = "".join(rng.choices(codes, k=20))
        elif r % 4 == 3:
            reg["spd"] = {"1": 3, "2a": rng.randrange(4), "8": 2, "11b": rng.randrange(4)}
        for inv in reg["innovations"]:
            x = rng.random()
            if x < 0.3:
                inv["evidence"] = "".join(rng.choices(codes, k=20))
                inv["accepted"] = [
                    rng.randrange(lv + 1) if rng.random() < 0.3 else None for lv in inv["levels"]
                ]
            elif x < 0.4:
                inv["levels"] = {
                    n: rng.randrange(4) for n in rng.sample(sid_numbers, k=rng.randrange(21))
                }
                inv.pop("evidence", None)
            elif x < 0.5:
                inv.pop("evidence", None)
            if rng.random() < 0.1:
                inv["previous_entries"] = rng.randrange(4)
            if rng.random() < 0.05:
                inv.pop("applied_on", None)
            if rng.random() < 0.2:
                others = [u for u in YANDAS if u != inv.get("urusan")]
                inv["other_urusan"] = rng.sample(others, k=2)
    data["regions"][-1]["innovations"][3:] = []  # fewer than k: empty seats
    data["regions"][-2]["innovations"] = []  # none at all: SPD only
    return data


# -- the engine, from models built here (independently of iga.bulk) -------------------------------


def _entries(levels: Any, evidence: Any, accepted: Any, keys: list[str]) -> list[dict[str, Any]]:
    if isinstance(levels, dict):
        return [{"indicator": k, "level": v} for k, v in levels.items()]
    out = []
    for i, (key, lv) in enumerate(zip(keys, levels, strict=True)):
        e: dict[str, Any] = {"indicator": key, "level": lv}
        if evidence is not None:
            e["evidence"] = EVIDENCE_CODES[evidence[i]]
        if accepted is not None and accepted[i] is not None:
            e["accepted_level"] = accepted[i]
        out.append(e)
    return out


def engine_region(reg: dict[str, Any], rules: iga.Edition, projection: str) -> dict[str, Any]:
    sid_keys = [i.number for i in rules.sid]
    spd_keys = [i.number for i in rules.spd]
    invs = [
        Innovation.from_dict(
            {
                "id": inv["id"],
                "name": inv["name"],
                "forms": ["lainnya"],  # not read by any IGA rule
                "initiator": "asn",  # idem
                "stage": inv["stage"],
                "main_urusan": inv.get("urusan"),
                "other_urusan": inv.get("other_urusan", []),
                "applied_on": inv.get("applied_on"),
                "developed_on": inv.get("developed_on"),
                "previous_entries": inv.get("previous_entries", 0),
                "indicators": _entries(
                    inv["levels"], inv.get("evidence"), inv.get("accepted"), sid_keys
                ),
            }
        )
        for inv in reg["innovations"]
    ]
    if "spd_score" in reg:
        ms = [iga.maturity(inv, rules, projection=projection) for inv in invs]  # type: ignore[arg-type]
        policy = rules.count_in_n.get()
        counted = [
            i
            for i, (inv, m) in enumerate(zip(invs, ms, strict=True))
            if policy == "sent"
            or (policy == "eligible" and m.eligible is not False)
            or (policy == "penerapan" and inv.stage is Stage.APPLICATION)
        ]
        main_only = rules.yandas_basis.get() == "main_only"
        urusan = [
            u
            for i in counted
            for u in ([invs[i].main_urusan] if main_only else invs[i].all_urusan)
            if u is not None
        ]
        idx = iga.index(
            spd=Decimal(reg["spd_score"]),
            maturities=[ms[i] for i in counted],
            yandas_covered=urusan,
            rules=rules,
            projection=projection,  # type: ignore[arg-type]
        )
    else:
        profile = None
        if "spd" in reg:
            profile = {"indicators": _entries(reg["spd"], reg.get("spd_evidence"), None, spd_keys)}
        res = iga.regional_index(
            {"name": reg["name"], "level": reg["level"]},
            invs,
            rules,
            profile=profile,
            projection=projection,  # type: ignore[arg-type]
        )
        idx, ms, counted = res.index, list(res.maturities), list(res.counted)
    return {
        "region": {
            "spd": idx.spd,
            "maturity_sum": idx.maturity_sum,
            "sid": idx.sid,
            "count_score": idx.count_score,
            "divisor": idx.divisor,
            "empty_seats": idx.empty_seats,
            "yandas_covered": idx.yandas_covered,
            "value": idx.value,
            "predicate": idx.predicate,
            "n": idx.n,
        },
        "innovations": [(m.score, m.share, m.eligible, i in counted) for i, m in enumerate(ms)],
    }


def _rules(edition: int, policy: dict[str, Any]) -> iga.Edition:
    rules = iga.edition(edition)
    return rules.override(reason="test", **policy) if policy else rules


CASES = [
    (2026, "declared", {}),
    (2026, "verified", {}),
    (2026, "declared", {"rejected_evidence": "downgrade", "count_in_n": "eligible"}),
    (2026, "declared", {"count_in_n": "penerapan", "yandas_basis": "main_and_other"}),
    (2023, "declared", {}),
    (2025, "verified", {"rejected_evidence": "downgrade"}),
    (2026, "declared", {"mandatory_empty_ineligible": False}),
    (2026, "verified", {"mandatory_empty_ineligible": OPEN, "eligibility_window": OPEN}),
    # iid_iga.md §15.1: the rounding-step policy, both readings, bulk == engine
    (2026, "declared", {"rounding_step": "stepwise"}),
    (2023, "verified", {"rounding_step": "stepwise", "count_in_n": "eligible"}),
    (2026, "declared", {"rounding_step": "final_only"}),
    # iid_iga.md §15 item 2: the provisional basis of 2024 / 2025, every named basis
    (2024, "declared", {}),
    (2024, "declared", {"provisional_basis": "iga_2026"}),
    (2025, "declared", {}),
    (2024, "verified", {"provisional_basis": "iga_2024_partial", "rounding_step": "stepwise"}),
    (2025, "declared", {"provisional_basis": "iga_2026", "rounding_step": "stepwise"}),
    (
        2023,
        "declared",
        {
            "eligibility_window": (date(2021, 1, 1), date(2022, 12, 31)),
            "required_stage": Stage.APPLICATION,
            "mandatory_empty_ineligible": False,
            "count_in_n": "eligible",
        },
    ),
]


@pytest.mark.parametrize(("edition", "projection", "policy"), CASES)
def test_score_year_equals_the_engine_exactly(
    edition: int, projection: str, policy: dict[str, Any]
) -> None:
    rules = _rules(edition, policy)
    data = varied_year(seed=edition + len(policy), edition=edition)
    result = score_year(data, rules, projection=projection)  # type: ignore[arg-type]
    rows = iter(result.innovations)
    for reg, row in zip(data["regions"], result.regions, strict=True):
        want = engine_region(reg, rules, projection)
        got = {k: getattr(row, k) for k in want["region"]}
        assert got == want["region"], reg["id"]
        assert str(row.value) == str(want["region"]["value"])  # same digits, not only equal
        for expected in want["innovations"]:
            inv = next(rows)
            assert (inv.maturity, inv.share, inv.eligible, inv.counted) == expected, inv
    assert next(rows, None) is None


@pytest.mark.parametrize("step", ["final_only", "stepwise"])
def test_rounding_step_edge_case_bulk_equals_engine(step: str) -> None:
    """iid_iga.md §15.1: a region where the rounding step flips the predicate (docs/iga.md):
    SPD 30, 11 innovations with maturities summing to 790, all six yandas, IGA 2026. Bulk and
    engine agree under both policies."""
    rules = iga.edition(2026).override(rounding_step=step)
    reg = {
        "id": "edge",
        "name": "Edge",
        "level": "kabupaten",
        "spd_score": "30",
        "innovations": [
            {
                "id": str(i),
                "name": f"I{i}",
                "stage": "penerapan",
                "urusan": urusan,
                "levels": levels,
            }
            for i, (urusan, levels) in enumerate(_edge_innovations())
        ],
    }
    bulk = score_year({"edition": 2026, "regions": [reg]}, rules).regions[0]
    engine = engine_region(reg, rules, "declared")["region"]
    assert {k: getattr(bulk, k) for k in engine} == engine
    assert bulk.maturity_sum == 790
    expected = ("40.01", "Inovatif") if step == "final_only" else ("40.00", "Kurang Inovatif")
    assert (str(bulk.value), bulk.predicate.value) == expected
    result = score_year({"edition": 2026, "regions": [reg]}, rules)
    assert result.policies["rounding_step"] == step
    assert result.region("edge").result.policies["rounding_step"] == step


def test_bulk_records_the_provisional_basis() -> None:
    """iid_iga.md §15 item 2: a 2024 year scored in bulk records its provisional basis, and
    the basis changes the divisor as in the engine (k = 10 under iga_2023, 12 under
    iga_2026)."""
    data = varied_year(seed=3, edition=2024)
    default = score_year(data)
    assert default.policies["provisional_basis"] == "iga_2023"
    alt = score_year(data, iga.edition(2024).override(provisional_basis="iga_2026"))
    assert alt.policies["provisional_basis"] == "iga_2026"
    small = [(a, b) for a, b in zip(default.regions, alt.regions, strict=True) if a.n < 10]
    assert small
    assert all((a.divisor, b.divisor) == (10, 12) for a, b in small)


def _edge_innovations() -> list[tuple[str, list[int]]]:
    # 10 innovations of maturity 72 and one of 70 (IGA 2026 SID weights), six yandas covered.
    e = iga.edition(2026)
    weights = [int(i.weight) for i in e.sid]

    def levels_for(target: int) -> list[int]:
        levels = [0] * 20
        remaining = target
        for idx in sorted(range(20), key=lambda j: -weights[j]):
            for lv in (3, 2, 1):
                if weights[idx] * lv <= remaining:
                    levels[idx] = lv
                    remaining -= weights[idx] * lv
                    break
        assert remaining == 0
        return levels

    yandas = [u.value for u in Urusan.basic_services()]
    out = [(yandas[i % 6], levels_for(72)) for i in range(10)]
    out.append((yandas[0], levels_for(70)))
    return out


def test_main_only_coverage_ignores_urusan_beririsan_without_urusan_utama() -> None:
    reg = {
        "id": "x",
        "name": "X",
        "level": "kota",
        "innovations": [
            {"id": "1", "name": "A", "stage": "penerapan", "other_urusan": ["sosial"]},
        ],
    }
    for inv in reg["innovations"]:
        inv["levels"] = [1] * 20
    bulk = score_year({"edition": 2026, "regions": [reg]}).regions[0]
    assert bulk.yandas_covered == 0
    engine = engine_region(reg, iga.edition(2026), "declared")["region"]
    assert engine["yandas_covered"] == bulk.yandas_covered


def test_ampersand_urusan_counts_as_yandas_in_bulk() -> None:
    """iid_iga.md §15.1: "Pekerjaan Umum & Penataan Ruang" is the yandas PUPR in bulk input."""
    reg = {
        "id": "x",
        "name": "X",
        "level": "kota",
        "innovations": [
            {
                "id": "1",
                "name": "A",
                "stage": "penerapan",
                "urusan": "Pekerjaan Umum & Penataan Ruang",
                "levels": [1] * 20,
            },
        ],
    }
    bulk = score_year({"edition": 2026, "regions": [reg]}).regions[0]
    assert bulk.yandas_covered == 1
    engine = engine_region(reg, iga.edition(2026), "declared")["region"]
    assert engine["yandas_covered"] == 1


def test_the_sample_exercises_every_branch() -> None:
    result = score_year(varied_year(seed=1))
    eligible = {i.eligible for i in result.innovations}
    assert eligible == {True, False}
    assert {r.yandas_covered >= 5 for r in result.regions} == {True, False}
    assert any(r.n > 12 for r in result.regions)
    assert any(r.n < 12 for r in result.regions)
    assert None in {i.eligible for i in score_year(varied_year(seed=1, edition=2023)).innovations}


def test_maturity_tables_equal_the_fast_core() -> None:
    rng = random.Random(5)
    for year in (2023, 2026):
        rules = iga.edition(year)
        for _ in range(50):
            levels = [rng.randrange(4) for _ in range(20)]
            spd = [rng.randrange(4) for _ in range(20)]
            data = {
                "edition": year,
                "regions": [
                    {
                        "id": "x",
                        "name": "X",
                        "level": "kota",
                        "spd": spd,
                        "innovations": [
                            {"id": "1", "name": "A", "stage": "penerapan", "levels": levels}
                        ],
                    }
                ],
            }
            result = score_year(data)
            assert result.innovations[0].maturity == iga.score_levels(levels, rules)
            assert result.regions[0].spd == iga.spd_score(spd, rules)


def test_region_detail_is_the_engine_result_with_its_explanation() -> None:
    result = score_year(EXAMPLE)
    detail = result.region("13")
    assert detail.result.value == detail.score.value == result.regions[0].value
    assert detail.explanation.find("spd") is not None
    assert "IID" in detail.explanation.render("en")
    m = detail.maturity("13-002")
    assert m.score == result.innovations[1].maturity
    assert m.eligible is True
    assert score_year(EXAMPLE).region("13.76").result.value == result.regions[1].value
    with pytest.raises(InvalidInput, match="region"):
        result.region("nope")
    with pytest.raises(InvalidInput, match="innovation"):
        detail.maturity("nope")


# -- input forms, order, determinism --------------------------------------------------------------


def test_every_input_form_gives_the_same_result() -> None:
    text = EXAMPLE.read_text()
    forms = [EXAMPLE, str(EXAMPLE), text, text.encode(), json.loads(text)]
    first = score_year(forms[0]).regions.to_records()
    for form in forms[1:]:
        assert score_year(form).regions.to_records() == first


def test_indonesian_keys_are_accepted() -> None:
    result = score_year(EXAMPLE)
    row = result.region("13.05").score
    assert row.name == "Kabupaten Contoh"
    assert row.level.value == "kabupaten"
    assert row.n == 1


def test_order_independence() -> None:
    data = varied_year(seed=11)
    base = score_year(data)
    shuffled = copy.deepcopy(data)
    rng = random.Random(3)
    rng.shuffle(shuffled["regions"])
    for reg in shuffled["regions"]:
        rng.shuffle(reg["innovations"])
    other = score_year(shuffled)
    assert {r.id: r for r in other.regions} == {r.id: r for r in base.regions}
    key = lambda i: (i.region_id, i.innovation_id)  # noqa: E731
    assert sorted(other.innovations, key=key) == sorted(base.innovations, key=key)


def test_the_generator_is_deterministic() -> None:
    a = NATIONAL.dump(NATIONAL.generate(seed=7, scale=0.01))
    assert a == NATIONAL.dump(NATIONAL.generate(seed=7, scale=0.01))
    assert a != NATIONAL.dump(NATIONAL.generate(seed=8, scale=0.01))
    parse_year(a)  # and valid


def test_the_generator_has_the_2025_scale() -> None:
    data = NATIONAL.generate(seed=2025, scale=1.0)
    levels = [r["level"] for r in data["regions"]]
    assert (levels.count("provinsi"), levels.count("kabupaten"), levels.count("kota")) == (
        38,
        415,
        78,
    )
    assert sum(len(r["innovations"]) for r in data["regions"]) == 36_742
    urusan = {i["urusan"] for r in data["regions"] for i in r["innovations"]}
    assert set(YANDAS) <= urusan


# -- tables ---------------------------------------------------------------------------------------


def test_to_records_shape() -> None:
    result = score_year(EXAMPLE)
    regions = result.regions.to_records()
    assert len(regions) == len(result.regions) == 3
    assert list(regions[0]) == list(RegionScore._fields)
    assert isinstance(regions[0]["value"], Decimal)
    assert regions[0]["predicate"] == "Kurang Inovatif"
    assert regions[0]["level"] == "provinsi"
    innovations = result.innovations.to_records(decimals="str")
    assert len(innovations) == 6
    assert list(innovations[0]) == list(InnovationScore._fields)
    assert innovations[0]["maturity"] == "86"
    assert isinstance(innovations[0]["eligible"], bool)
    json.dumps(innovations)  # plain data
    assert result.innovations[1:3][0].innovation_id == "13-002"
    with pytest.raises(InvalidInput):
        result.regions.to_records(decimals="float")  # type: ignore[arg-type]


def test_to_dataframe_without_pandas(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "pandas", None)  # import pandas now raises ImportError
    with pytest.raises(InovasiDaerahError, match=r"inovasi-daerah\[pandas\]"):
        score_year(EXAMPLE).regions.to_dataframe()


def test_to_dataframe() -> None:
    pytest.importorskip("pandas")
    frame = score_year(EXAMPLE).innovations.to_dataframe()
    assert list(frame.columns) == list(InnovationScore._fields)
    assert len(frame) == 6
    assert frame["maturity"].iloc[0] == Decimal(86)


def test_schema() -> None:
    schema = year_schema()
    assert schema["$schema"].endswith("2020-12/schema")
    # a required key may be given under any of its names (issue 9)
    required = [
        {r["required"][0] for r in group["anyOf"]} for group in schema["allOf"] if "anyOf" in group
    ]
    assert {"edition", "edisi", "tahun"} in required
    assert {"regions", "pemda", "daerah"} in required
    json.dumps(schema)
    assert "InnovationRecord" in schema["$defs"]


# -- errors name the region, the innovation and the field -----------------------------------------


def _mutated(path: list[Any], value: Any) -> dict[str, Any]:
    data = example()
    node: Any = data
    for p in path[:-1]:
        node = node[p]
    if value is _DELETE:
        del node[path[-1]]
    else:
        node[path[-1]] = value
    return data


_DELETE = object()
R1I0 = ["regions", 1, "innovations", 0]


@pytest.mark.parametrize(
    ("path", "value", "field"),
    [
        (
            [*R1I0, "levels", 5],
            4,
            "regions[1].innovations[0].levels[5] (region '13.76', innovation 'pay-1')",
        ),
        ([*R1I0, "levels", 5], 2.0, "regions[1].innovations[0].levels[5]"),
        ([*R1I0, "levels", 5], "3", "regions[1].innovations[0].levels[5]"),
        ([*R1I0, "stage"], "selesai", "regions[1].innovations[0].stage"),
        ([*R1I0, "applied_on"], "2024-02-30", "regions[1].innovations[0].applied_on"),
        ([*R1I0, "evidence"], "AAX", "regions[1].innovations[0].evidence"),
        ([*R1I0, "name"], _DELETE, "regions[1].innovations[0].name"),
        ([*R1I0, "warna"], "biru", "regions[1].innovations[0].warna"),
        (["regions", 1, "level"], "desa", "regions[1].level (region '13.76')"),
        (["regions", 2, "inovasi", 0, "level", 0], -1, "regions[2].inovasi[0].level[0]"),
        (["regions", 1, "spd_score"], 41.25, "regions[1].spd_score"),
        (["edition"], "2026", "edition"),
    ],
)
def test_format_errors_name_region_innovation_and_field(
    path: list[Any], value: Any, field: str
) -> None:
    data = _mutated(path, value)
    for form in (data, json.dumps(data)):
        with pytest.raises(InvalidInput) as err:
            score_year(form)
        assert err.value.field is not None
        assert err.value.field.startswith(field)
        if field.startswith("regions["):
            assert "(region '" in err.value.field


@pytest.mark.parametrize(
    ("path", "value", "field", "error"),
    [
        ([*R1I0, "levels"], [3] * 19, "regions[1].innovations[0].levels", InvalidInput),
        ([*R1I0, "levels"], {"99": 1}, "regions[1].innovations[0].levels.99", UnknownIndicator),
        ([*R1I0, "evidence"], "A" * 19, "regions[1].innovations[0].evidence", InvalidInput),
        ([*R1I0, "id"], "pay-2", "regions[1].innovations[1].id", InvalidInput),
        (["regions", 1, "id"], "13", "regions[1].id", InvalidInput),
        (["regions", 1, "spd"], [1] * 20, "regions[1].spd_score", InvalidInput),
        (["regions", 1, "spd_score"], "63.5", "regions[1].spd_score", InvalidInput),
        ([*R1I0, "other_urusan"], ["pupr"], "regions[1].innovations[0].other_urusan", InvalidInput),
        ([*R1I0, "accepted"], [3] * 19, "regions[1].innovations[0].accepted", InvalidInput),
        (
            ["regions", 2, "inovasi", 0, "level_diterima", 8],
            2,
            "regions[2].innovations[0].accepted[8]",
            InvalidInput,
        ),
    ],
)
def test_scoring_errors_name_region_innovation_and_field(
    path: list[Any], value: Any, field: str, error: type[Exception]
) -> None:
    with pytest.raises(error) as err:
        score_year(_mutated(path, value))
    assert isinstance(err.value, InovasiDaerahError)
    assert err.value.field is not None
    # the ids follow the path (a duplicated region id is named in the message instead)
    assert err.value.field.startswith(field + " (region '") or (
        err.value.field == field == "regions[1].id" and "'13'" in str(err.value)
    ), err.value.field


def test_rules_must_match_the_year() -> None:
    with pytest.raises(InvalidInput, match="IGA 2026"):
        score_year(EXAMPLE, iga.edition(2025))
    with pytest.raises(InvalidInput, match="rules"):
        score_year(EXAMPLE, "2026")  # type: ignore[arg-type]
    with pytest.raises(InvalidInput, match="projection"):
        score_year(EXAMPLE, projection="hoped")  # type: ignore[arg-type]
    with pytest.raises(InvalidInput, match="edisi"):
        score_year({"edition": 2019, "regions": []})


# -- junk -----------------------------------------------------------------------------------------


JUNK: list[Any] = [
    None,
    0,
    -1,
    3.5,
    True,
    "",
    "   ",
    "{",
    '{"edition": 2026, "regions": [}',
    "[1, 2]",
    "/nonexistent/year.json",
    ROOT / "nonexistent.json",
    ROOT,
    "x" * 100_000,
    "{" + "x" * 100_000,
    b"\x00\xff\xfe",
    b'{"edition": 2026, "regions": [{"id": "' + b"x" * 1_000_000 + b'"}]}',
    [],
    {},
    {"edition": 2026},
    {"edition": 2026, "regions": None},
    {"edition": 2026, "regions": [None]},
    {"edition": 2026, "regions": [{"id": [], "name": {}, "level": 3}]},
    {"edition": 10**30, "regions": []},
    {"edition": 2026, "regions": [{"id": "a" * 10_000, "name": "n", "level": "kota"}]},
    "[" * 100_000,
    object(),
]


@pytest.mark.parametrize("junk", JUNK, ids=lambda j: type(j).__name__)
def test_junk_raises_only_library_errors(junk: Any) -> None:
    with pytest.raises(InovasiDaerahError):
        score_year(junk)


_json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=30),
    lambda inner: (
        st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=10), inner, max_size=4)
    ),
    max_leaves=10,
)


def _paths(node: Any, prefix: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    out = [prefix] if prefix else []
    if isinstance(node, dict):
        for k, v in node.items():
            out += _paths(v, (*prefix, k))
    elif isinstance(node, list):
        for i, v in enumerate(node):
            out += _paths(v, (*prefix, i))
    return out


_EXAMPLE_PATHS = _paths(example())


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.sampled_from(_EXAMPLE_PATHS), _json_values)
def test_any_value_anywhere_gives_a_result_or_a_library_error(
    path: tuple[Any, ...], value: Any
) -> None:
    data = _mutated(list(path), value)
    try:
        result = score_year(data)
    except InovasiDaerahError:
        return
    assert len(result.regions) == len(data["regions"])
    assert all(Decimal(0) <= r.value <= 100 for r in result.regions)


@pytest.mark.parametrize("enabled", [True, False])
def test_score_year_restores_the_callers_gc_state(enabled: bool) -> None:
    """score_year pauses the cyclic GC during the call (docs/performance.md) and leaves it
    as the caller had it, also when the year is refused."""
    import gc

    was = gc.isenabled()
    try:
        if enabled:
            gc.enable()
        else:
            gc.disable()
        score_year(EXAMPLE)
        assert gc.isenabled() is enabled
        with pytest.raises(InovasiDaerahError):
            score_year(b'{"edition": 2026, "regions": [{"id": 1}]}')
        assert gc.isenabled() is enabled
    finally:
        if was:
            gc.enable()
        else:
            gc.disable()


def test_a_refusal_names_the_region_when_validated_region_by_region() -> None:
    """Region-by-region validation of JSON text keeps the year format's paths and names."""
    data = example()
    data["regions"][1]["innovations"][0]["levels"][2] = 7
    with pytest.raises(InvalidInput) as err:
        score_year(json.dumps(data).encode())
    assert err.value.field.startswith("regions[1].innovations[0].levels[2] (region ")
    assert err.value.field == _field_from_parsed(data)


def _field_from_parsed(data: dict[str, Any]) -> str:
    with pytest.raises(InvalidInput) as err:
        score_year(data)
    return str(err.value.field)


def test_the_benchmark_floor_gives_the_library_numbers() -> None:
    """bench/national.py's floor (hard-coded IGA 2026 tables, integer arithmetic) agrees with
    score_year on a generated year: maturities, eligibility, IIDs and predicates."""
    NATIONAL.check_equal(NATIONAL.dump(NATIONAL.generate(seed=11, scale=0.05)))


# -- the bulk path and the engine accept and refuse the same inputs -------------------------------


def _outcome(fn: Any) -> str:
    try:
        fn()
    except InovasiDaerahError:
        return "refused"
    return "accepted"


_PARITY = [
    (["regions", 1, "spd_score"], -1),  # iid_iga.md §3.4: SPD score 0..maximum
    (["regions", 1, "spd_score"], -40),
    (["regions", 1, "spd_score"], 0),
    (["regions", 1, "spd_score"], 63),
    (["regions", 1, "spd_score"], 64),
    (["regions", 1, "name"], " "),
    (["regions", 1, "name"], "\t\n"),
    (["regions", 1, "name"], "  Kota Payakumbuh  "),
    (["regions", 0, "name"], "   "),
    ([*R1I0, "name"], " "),
    ([*R1I0, "name"], "  SI-PANTAU  "),
    ([*R1I0, "applied_on"], 0),
    ([*R1I0, "applied_on"], 1_700_000_000),
    ([*R1I0, "applied_on"], "1700000000"),
    ([*R1I0, "applied_on"], "1 Maret 2024"),
    ([*R1I0, "applied_on"], " 2024-03-01 "),
    ([*R1I0, "applied_on"], True),
    ([*R1I0, "developed_on"], 0),
    ([*R1I0, "applied_on"], None),
    ([*R1I0, "levels", 2], 4),  # Lampiran: levels 0..top (3)
    ([*R1I0, "levels", 2], -1),
    ([*R1I0, "stage"], "bogus"),
    ([*R1I0, "previous_entries"], -1),  # iid_iga.md §9: a count of entries
    ([*R1I0, "urusan"], "bogus"),
]

#: The year format's field names and the engine models' names of the same field.
_SAME_FIELD = {"spd_score": "spd", "urusan": "main_urusan", "level": "levels"}


def _leaf(field: str | None) -> str | None:
    """The last name of an error's field, without indices or the record ids."""
    if field is None:
        return None
    name = re.sub(r"\[\d+\]", "", field.split(" (")[0]).split(".")
    leaf = name[-1]
    return _SAME_FIELD.get(leaf, leaf)


def _refusal_field(fn: Any) -> str | None:
    try:
        fn()
    except InovasiDaerahError as exc:
        return _leaf(exc.field)
    return None


@pytest.mark.parametrize(("path", "value"), _PARITY, ids=lambda x: repr(x)[:30])
def test_bulk_and_engine_accept_and_refuse_the_same(path: list[Any], value: Any) -> None:
    """score_year refuses exactly what iga.regional_index / iga.index refuse (issue 10)."""
    data = _mutated(path, value)
    rules = iga.edition(data["edition"])
    region = data["regions"][path[1]]
    bulk = _outcome(lambda: score_year(data))

    def engine() -> None:
        # a region given by spd_score is scored with iga.index, which takes no government:
        # its identity is still the engine's model
        RegionalGovernment.from_dict({"name": region["name"], "level": region["level"]})
        engine_region(_english(region), rules, "declared")

    assert bulk == _outcome(engine), bulk
    # and a refusal names the same field (issue 14: the same bad inputs, the same field)
    assert _refusal_field(lambda: score_year(data)) == _refusal_field(engine)


def test_a_boolean_level_is_refused_by_both() -> None:
    """A boolean is not a level (Lampiran: levels are integers 0..3)."""
    data = _mutated([*R1I0, "levels", 2], True)
    region = data["regions"][1]
    bulk = _outcome(lambda: score_year(data))
    assert bulk == "refused"
    assert _outcome(lambda: engine_region(_english(region), iga.edition(2026), "declared")) == bulk


def _english(reg: dict[str, Any]) -> dict[str, Any]:
    """The example's records with the English keys engine_region reads."""
    out = dict(reg)
    invs = out.pop("innovations", out.pop("inovasi", []))
    out["innovations"] = [
        {
            **{k: v for k, v in inv.items() if k != "level"},
            "levels": inv.get("levels", inv.get("level")),
        }
        for inv in invs
    ]
    return out


@pytest.mark.parametrize("value", [-1, -40, -63])
def test_negative_spd_score_is_refused_naming_the_field(value: int) -> None:
    """iid_iga.md §3.4: the SPD score is 0..63; the error blames spd_score, not the IID."""
    with pytest.raises(InvalidInput) as err:
        score_year(_mutated(["regions", 1, "spd_score"], value))
    assert err.value.field is not None
    assert err.value.field.startswith("regions[1].spd_score (region '13.76')")


def test_integer_timestamp_is_not_a_date() -> None:
    """0 must not become 1970-01-01 (an ISO or Indonesian date text is required)."""
    for value in (0, 1_700_000_000):
        with pytest.raises(InvalidInput) as err:
            score_year(_mutated([*R1I0, "applied_on"], value))
        assert err.value.field is not None
        assert err.value.field.startswith("regions[1].innovations[0].applied_on")


@pytest.mark.parametrize("where", ["region", "innovation", "first"])
def test_duplicate_keys_in_a_year_file_are_refused(where: str) -> None:
    """A second "regions" / "levels" / "name" would silently win: refused with key and line."""
    text = json.dumps(example(), indent=1)
    if where == "first":
        text = text[:-1].rstrip() + ',\n "regions": []\n}'
        key, path = "regions", "year.regions"
    elif where == "region":
        text = text.replace('"name": "Kota Payakumbuh",', '"name": "Kota Payakumbuh", "name": "X",')
        key, path = "name", "year.regions[1].name"
    else:
        text = text.replace('"id": "pay-1",', '"id": "pay-1", "levels": [0],', 1)
        key, path = "levels", "year.regions[1].innovations[0].levels"
    with pytest.raises(InvalidInput) as err:
        score_year(text)
    assert err.value.field == path
    assert repr(key) in err.value.message
    assert "baris" in err.value.message
    with pytest.raises(InvalidInput):
        score_year(text.encode())
