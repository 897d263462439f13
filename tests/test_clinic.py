"""The innovation clinic: advice, minimal plans (checked against brute force), edition diffs
and the klinik/banding commands."""

from __future__ import annotations

import itertools
import json
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from inovasi_daerah import clinic, iga
from inovasi_daerah.cli import main
from inovasi_daerah.errors import InovasiDaerahError
from inovasi_daerah.models import Innovation

RULES = iga.edition(2026)
EXAMPLE = Path(__file__).parent.parent / "docs" / "examples" / "inovasi_si_jalan.json"
SID = [int(i.number) for i in RULES.sid]


def _inv() -> Innovation:
    return Innovation.from_json(EXAMPLE.read_bytes())


# -- brute force ------------------------------------------------------------------------------

#: A small case: these indicators vary; every other indicator is at level 3.
free_indicators = st.lists(st.sampled_from(SID), min_size=1, max_size=4, unique=True)


@st.composite
def small_case(draw: st.DrawFn) -> tuple[dict[int, Any], list[int], Decimal]:
    free = draw(free_indicators)
    levels: dict[int, Any] = dict.fromkeys(SID, 3)
    for n in free:
        declared = draw(st.integers(0, 3))
        rejected = draw(st.booleans())
        levels[n] = {"level": declared, "evidence": "ditolak"} if rejected else declared
    target = Decimal(draw(st.integers(0, 115)))
    return levels, free, target


def _brute(levels: dict[int, Any], free: list[int], target: Decimal) -> tuple[int, int] | None:
    """(fewest steps, most evidence-only steps among those) by trying every allocation."""
    m = iga.maturity(levels, RULES)
    by_number = {int(s.number): s for s in m.indicators}
    best: tuple[int, int] | None = None
    ranges = [range(3 - by_number[n].level + 1) for n in free]
    for alloc in itertools.product(*ranges):
        gain = sum(RULES.indicator(n).weight * k for n, k in zip(free, alloc, strict=True))
        if m.score + gain < target:
            continue
        count = sum(alloc)
        ev = 0
        for n, k in zip(free, alloc, strict=True):
            s = by_number[n]
            sup = max(s.level, s.declared or 0)
            ev += min(k, sup - s.level)
        cand = (count, -ev)
        if best is None or cand < best:
            best = cand
    return None if best is None else (best[0], -best[1])


@settings(max_examples=150, deadline=None)
@given(small_case())
def test_plan_is_never_longer_than_brute_force(
    case: tuple[dict[int, Any], list[int], Decimal],
) -> None:
    levels, free, target = case
    p = clinic.plan(levels, target, RULES)
    brute = _brute(levels, free, target)
    if brute is None:
        assert not p.reachable
        assert p.projected_score == RULES.sid_max
        return
    assert p.reachable
    assert p.projected_score >= target
    assert len(p.steps) == brute[0]
    assert p.evidence_only_steps == brute[1]
    # the re-scored projection equals the current score plus the steps' points
    assert p.projected_score == p.current_score + p.gain


@settings(max_examples=60, deadline=None)
@given(
    st.lists(st.integers(0, 3), min_size=20, max_size=20),
    st.integers(0, 111),
)
def test_plan_reaches_reachable_targets_and_advice_points_add_up(
    lv: list[int], target: int
) -> None:
    levels = dict(zip(SID, lv, strict=True))
    p = clinic.plan(levels, target, RULES)
    assert p.reachable
    assert p.projected_score >= target
    assert (
        p.projected_score
        == iga.maturity(
            {**levels, **{int(s.indicator.number): s.to_level for s in p.steps}}, RULES
        ).score
    )
    # each step's points are the advice's points for that indicator (weight × 1)
    advice = {a.indicator.number: a for a in clinic.advise(levels, RULES).items}
    assert sum(advice[s.indicator.number].points for s in p.steps) == p.gain
    # the greedy count: no fewer steps can reach the target
    need = max(0, target - int(p.current_score))
    weights = sorted(
        (int(RULES.indicator(n).weight) for n, k in levels.items() for _ in range(3 - k)),
        reverse=True,
    )
    shorter = sum(weights[: len(p.steps) - 1]) if p.steps else 0
    assert not p.steps or shorter < need


def test_plan_targets_share_and_unreachable() -> None:
    levels = dict.fromkeys(SID, 2)
    p = clinic.plan(levels, "75%", RULES)
    assert p.target == Decimal("83.25")
    assert p.projected_score >= p.target
    assert [s.indicator.number for s in p.steps][:1] == ["35"]
    assert clinic.plan(levels, 0, RULES).steps == ()
    full = clinic.plan(levels, 112, RULES)
    assert not full.reachable
    assert full.projected_score == 111
    assert clinic.plan(levels, "100%", RULES).reachable


def test_plan_prefers_evidence_only_steps() -> None:
    # 33 (weight 3) rejected at level 3: raising it back is evidence-only; 16 has weight 3 too.
    levels: dict[int, Any] = dict.fromkeys(SID, 3)
    levels[16] = 2
    levels[33] = {"level": 3, "evidence": "ditolak"}
    p = clinic.plan(levels, 111 - 9, RULES)  # score 99: one step of 3 needed
    assert [(s.indicator.number, s.to_level, s.evidence_only) for s in p.steps] == [("33", 1, True)]


def test_advice_orders_mandatory_first_and_marks_evidence_only() -> None:
    a = clinic.advise({16: 1, 17: {"level": 3, "evidence": "ditolak"}}, RULES)
    first = a.items[0]
    assert first.mandatory_missing
    assert first.indicator.number == "35"
    sdm = next(x for x in a.items if x.indicator.number == "17")
    assert sdm.evidence_only
    assert sdm.level == 0
    assert sdm.next_level == 1
    assert sdm.condition == RULES.indicator(17).level(1).condition
    assert sdm.evidence == RULES.indicator(17).level(1).evidence
    assert all(x.level < 3 for x in a.items)
    assert len(a.items) == 20
    d = a.to_dict()
    assert d["items"][0]["indicator"]["number"] == "35"
    assert "Saran" in a.explain()
    assert "advice" in a.explain("en")


def test_advice_for_an_innovation_lists_pp38_steps() -> None:
    inv = Innovation(
        name="SI-PANTAU Jalan", forms=["pelayanan_publik"], stage="inisiatif",
        initiator="asn", main_urusan="pupr",
    )  # fmt: skip
    a = clinic.advise(inv, RULES)
    assert a.procedure
    assert a.procedure[0].key == "asn_izin_tertulis"
    assert "PP 38/2017" in a.procedure[0].article
    json.dumps(a.to_dict())


def test_verified_projection_makes_pending_levels_evidence_only() -> None:
    a = clinic.advise(dict.fromkeys(SID, 3), RULES, projection="verified")
    assert len(a.items) == 20
    assert all(x.evidence_only for x in a.items)


# -- diff -------------------------------------------------------------------------------------


@pytest.mark.parametrize("year", [2023, 2024, 2025, 2026])
def test_diff_of_an_edition_with_itself_is_empty(year: int) -> None:
    d = clinic.diff(iga.edition(year), iga.edition(year))
    assert d.empty
    assert d.to_dict()["empty"] is True


def test_diff_2023_2026_renames_and_divisor() -> None:
    d = clinic.diff(iga.edition(2023), RULES)
    renamed = {c.key for c in d.renamed}
    assert {"19", "30", "35"} <= renamed
    assert not d.added
    assert not d.removed
    k = next(c for c in d.params if c.key == "divisor_k")
    assert (k.before, k.after) == (10, 12)
    assert any(c.key == "bands" for c in d.params)
    assert any(c.kind == "level_condition" for c in d.changes)
    assert not d.empty
    json.dumps(d.to_dict())


def test_diff_change_names_are_labelled_in_both_languages_keys_stay() -> None:
    """Issue 9: the explanation and text show each change in the reader's language; to_dict
    keeps the machine keys (kind, key) that applications read."""
    d = clinic.diff(iga.edition(2023), RULES)
    k = next(c for c in d.params if c.key == "divisor_k")
    assert k.text().id == "Parameter divisor_k: 10 → 12"
    weight = clinic.rule_diff.Change("weight", "17", 2, 3)
    assert weight.text().id == "Bobot indikator 17: 2 → 3"
    assert weight.text().en == "Weight of indicator 17: 2 → 3"
    level = next(c for c in d.changes if c.kind == "level_condition")
    number, _, lv = level.key.partition(".")
    assert level.label.id == f"Kondisi indikator {number} level {lv}"
    assert level.label.en == f"Indicator {number} level {lv} condition"
    renamed = next(c for c in d.renamed if c.key == "19")
    assert renamed.label.en == "Indicator 19 renamed"
    assert "berubah" in renamed.label.id
    for c in d.changes:  # no raw machine kind in the reader's text
        assert not c.text().id.startswith(c.kind + " ")
        assert not c.text().en.startswith(c.kind + " ")
    # explain(): each change as "label = before → after" in the reader's language
    assert "  Parameter divisor_k = 10 → 12" in d.explain("en").splitlines()
    assert "  Indikator 1 wajib = - → ya" in d.explain("id").splitlines()
    assert "  Indicator 1 mandatory = - → yes" in d.explain("en").splitlines()
    for lang in ("id", "en"):
        assert not any(line.endswith(("= param", "= level_condition", "= mandatory"))
                       for line in d.explain(lang).splitlines())  # fmt: skip
    node = d.explanation.find("param.divisor_k")
    assert node is not None
    assert node.to_dict()["value"] == {
        "kind": "param",
        "key": "divisor_k",
        "before": 10,
        "after": 12,
    }
    data = d.to_dict(explanation=False)
    assert {c["kind"] for c in data["changes"]} <= {
        "renamed", "weight", "mandatory", "level_condition", "level_evidence", "number", "param"
    }  # fmt: skip
    assert {"kind": "param", "key": "divisor_k", "before": 10, "after": 12} in data["changes"]
    # an unknown kind (a caller's own Change) is shown as its key, never lost
    assert clinic.rule_diff.Change("x", "y", 1, 2).text().en == "x y: 1 → 2"


def test_diff_sees_an_override() -> None:
    d = clinic.diff(RULES, RULES.override(reason="what-if", divisor_k=14))
    assert [(c.kind, c.key, c.after) for c in d.changes] == [("param", "divisor_k", 14)]


# -- junk -------------------------------------------------------------------------------------

JUNK: list[object] = [None, 1, "x", [], {"99": 1}, {16: 7}, {16: "a"}, object(), 1.5]


@pytest.mark.parametrize("junk", JUNK)
def test_junk_gives_only_library_errors(junk: object) -> None:
    for call in (
        lambda: clinic.advise(junk, RULES),  # type: ignore[arg-type]
        lambda: clinic.plan(junk, 80, RULES),  # type: ignore[arg-type]
        lambda: clinic.advise({16: 1}, junk),  # type: ignore[arg-type]
        lambda: clinic.diff(RULES, junk),  # type: ignore[arg-type]
        lambda: clinic.diff(junk, RULES),  # type: ignore[arg-type]
    ):
        with pytest.raises(InovasiDaerahError):
            call()


@pytest.mark.parametrize("target", ["-1", "abc", "150%", "nan", "1e99", 1.0, True, -3])
def test_bad_targets(target: object) -> None:
    with pytest.raises(InovasiDaerahError):
        clinic.plan({16: 1}, target, RULES)  # type: ignore[arg-type]


def test_bad_projection() -> None:
    with pytest.raises(InovasiDaerahError):
        clinic.advise({16: 1}, RULES, projection="x")  # type: ignore[arg-type]


# -- CLI --------------------------------------------------------------------------------------


def test_klinik_on_the_example(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["klinik", str(EXAMPLE), "--target", "90"]) == 0
    out = capsys.readouterr().out
    assert "Saran per indikator" in out
    assert "Skor proyeksi: 90" in out
    assert main(["klinik", str(EXAMPLE), "--target", "75%", "--json", "--edisi", "2023"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["plan"]["reachable"] is True
    assert data["advice"]["rule_set"] == "iga-2023"


def test_banding(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["banding", "--edisi", "2023", "2026", "--lang", "en"]) == 0
    out = capsys.readouterr().out
    assert "divisor_k: 10 → 12" in out
    assert main(["banding", str(EXAMPLE), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert set(data["maturity"]) == {"iga-2023", "iga-2026"}
    assert main(["banding", "--edisi", "2026", "2026"]) == 0
    assert "Tidak ada perbedaan" in capsys.readouterr().out


@pytest.mark.parametrize(
    "content",
    [None, "{not json", '{"nama_inovasi": "x"}', '{"nama_inovasi": "x", "bentuk": 5}', "[1]"],
)
def test_cli_bad_input_exit_2(
    content: str | None, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "inv.json"
    if content is not None:
        path.write_text(content, encoding="utf-8")
    for argv in (["klinik", str(path)], ["banding", str(path)]):
        assert main(argv) == 2
        err = capsys.readouterr().err
        assert "galat/error" in err
        assert "Traceback" not in err


def test_cli_bad_target_and_edition(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["klinik", str(EXAMPLE), "--target", "banyak"]) == 2
    assert main(["klinik", str(EXAMPLE), "--edisi", "1990"]) == 2
    assert main(["banding", "--edisi", "1990", "2026"]) == 2
    assert "Traceback" not in capsys.readouterr().err


@given(
    options=st.lists(
        st.tuples(st.sampled_from([1, 2, 3, 4]), st.integers(0, 3)), min_size=1, max_size=20
    ),
    need=st.integers(0, 120),
)
def test_closed_form_plan_equals_the_dynamic_programme(
    options: list[tuple[int, int]], need: int
) -> None:
    """Without evidence-only steps the plan is taken in closed form (heaviest steps, then
    catalogue order); it is the allocation the exact DP picks (module docstring of
    clinic.plan: fewest steps, most points, larger earlier)."""
    import importlib

    plan_module = importlib.import_module("inovasi_daerah.clinic.planning")

    opts = [(Decimal(w), avail, 0) for w, avail in options]
    weights = sorted((w for w, a, _ in opts for _ in range(a)), reverse=True)
    count, total = 0, Decimal(0)
    while total < need and count < len(weights):
        total += weights[count]
        count += 1
    gain = min(Decimal(need), total)
    # an option without steps but marked evidence-only keeps _choose on its DP
    with_dp = plan_module._choose(
        [(w, a, ev) for w, a, ev in opts] + [(Decimal(1), 0, 1)], count, gain
    )
    assert with_dp is not None
    assert plan_module._heaviest(opts, count) == with_dp[:-1]
