"""The clinic's planner (Pedoman IGA 2026 Lampiran II, SID indicator weights): targets, the
tie-breaks of a minimal plan, and what a plan reports.

Written to kill the mutants ``scripts/mutation.py`` found surviving in ``clinic/plan.py``.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

import pytest

from inovasi_daerah import clinic, iga
from inovasi_daerah.clinic.planning import Plan, target_score
from inovasi_daerah.errors import InvalidInput

RULES = iga.edition(2026)
SID = [int(i.number) for i in RULES.sid]
D = Decimal
REJECTED = "ditolak"


def _levels(**changes: Any) -> dict[int, Any]:
    """Every SID indicator at its top level except the ones named ``i<number>``."""
    levels: dict[int, Any] = {n: RULES.indicator(n).top_level for n in SID}
    for key, value in changes.items():
        levels[int(key[1:])] = value
    return levels


def _w(n: int) -> Decimal:
    return RULES.indicator(n).weight


# -- targets ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("target", "expected"),
    [
        ("0%", D(0)),
        ("0", D(0)),
        (0, D(0)),
        ("100%", None),  # the maximum
        (" 80 ", D(80)),
        ("75 %", D("83.25")),
        (" 50% ", D("55.5")),
        (D("80.5"), D("80.5")),
        ("150", D(150)),  # above the maximum: accepted, the plan is unreachable
        (10**9, D(10**9)),
    ],
)
def test_target_score_forms_pedoman_iga_2026(target: object, expected: Decimal | None) -> None:
    """A target is a score or, with ``%``, a share of the SID maximum (Pedoman IGA 2026)."""
    want = RULES.sid_max if expected is None else expected
    assert target_score(target, RULES) == want


@pytest.mark.parametrize(
    "target", ["-1%", "101%", "100.01%", "-0.5", 10**9 + 1, "1" * 41, "%", "", "inf", None, 1.5]
)
def test_target_score_refusals_name_the_target(target: object) -> None:
    with pytest.raises(InvalidInput) as exc:
        target_score(target, RULES)
    assert exc.value.field == "target"
    assert exc.value.value == target


def test_target_zero_percent_needs_no_step() -> None:
    p = clinic.plan(_levels(i16=0), "0%", RULES)
    assert p.target == 0
    assert p.steps == ()
    assert p.reachable
    assert p.projected_score == p.current_score == RULES.sid_max - 3 * _w(16)


def test_target_already_met_needs_no_step() -> None:
    p = clinic.plan(_levels(i16=2), RULES.sid_max - _w(16), RULES)
    assert p.steps == ()
    assert p.reachable
    assert p.gain == 0


def test_plan_refuses_a_foreign_edition() -> None:
    with pytest.raises(InvalidInput) as exc:
        clinic.plan(_levels(), 80, "iga-2026")  # type: ignore[arg-type]
    assert exc.value.field == "rules"


# -- the tie-breaks of a minimal plan ----------------------------------------------------------


def test_tie_break_more_points_first() -> None:
    """Among minimal plans, the one with more points wins (35, weight 4, over 20, weight 1)."""
    levels = _levels(i20=2, i35=2)
    current = RULES.sid_max - _w(20) - _w(35)
    p = clinic.plan(levels, current + 1, RULES)
    assert [(s.indicator.number, s.to_level, s.points) for s in p.steps] == [("35", 3, _w(35))]
    assert p.projected_score == RULES.sid_max - _w(20)


def test_tie_break_lower_number_first() -> None:
    """Equal weight and evidence: the lower official number is raised (16 before 31)."""
    assert _w(16) == _w(31)
    levels = _levels(i16=2, i31=2)
    p = clinic.plan(levels, RULES.sid_max - _w(16) - _w(31) + 1, RULES)
    assert [s.indicator.number for s in p.steps] == ["16"]


def test_tie_break_evidence_only_before_points() -> None:
    """A step the declaration already supports beats a heavier one (docstring rule 1)."""
    levels = _levels(i20={"level": 3, "evidence": REJECTED}, i35=2)
    p = clinic.plan(levels, RULES.sid_max - 3 * _w(20) - _w(35) + 1, RULES)
    assert [(s.indicator.number, s.to_level, s.evidence_only) for s in p.steps] == [("20", 1, True)]
    assert p.evidence_only_steps == 1


def test_unreachable_plan_holds_every_step_in_order() -> None:
    """Every available step; evidence-only first, then heavier, then lower number."""
    levels = _levels(i16=2, i20={"level": 2, "evidence": REJECTED}, i35=1)
    p = clinic.plan(levels, RULES.sid_max + 1, RULES)
    assert not p.reachable
    assert p.projected_score == RULES.sid_max
    assert [(s.indicator.number, s.to_level, s.evidence_only) for s in p.steps] == [
        ("20", 1, True),
        ("20", 2, True),
        ("35", 2, False),
        ("35", 3, False),
        ("16", 3, False),
        ("20", 3, False),
    ]
    assert p.evidence_only_steps == 2
    assert p.gain == RULES.sid_max - p.current_score


def test_reachable_exactly_at_the_target() -> None:
    levels = _levels(i16=2)
    p = clinic.plan(levels, RULES.sid_max, RULES)
    assert p.reachable
    assert p.projected_score == RULES.sid_max
    assert len(p.steps) == 1


def test_fewest_steps_with_a_gain_above_the_need() -> None:
    """A need of 2 is met by one step of 4 rather than two steps of 1."""
    levels = _levels(i20=1, i35=2)
    current = RULES.sid_max - 2 * _w(20) - _w(35)
    p = clinic.plan(levels, current + 2, RULES)
    assert [s.indicator.number for s in p.steps] == ["35"]


def test_points_tie_break_inside_the_minimal_count() -> None:
    """Need 3 with two steps: 35 + 16 (7 points) rather than 17 + 18 (4 points)."""
    levels = _levels(i16=2, i17=2, i18=2, i35=2)
    current = RULES.sid_max - _w(16) - _w(17) - _w(18) - _w(35)
    p = clinic.plan(levels, current + 5, RULES)
    assert sorted(s.indicator.number for s in p.steps) == ["16", "35"]
    assert p.gain == _w(16) + _w(35)


# -- what a plan reports -----------------------------------------------------------------------


def test_plan_summary_and_steps_to_dict() -> None:
    p = clinic.plan(_levels(i35=2), RULES.sid_max, RULES)
    assert isinstance(p, Plan)
    d = p.to_dict(explanation=False)
    assert d["rule_set"] == "iga-2026"
    assert D(d["current_score"]) == RULES.sid_max - _w(35)
    assert D(d["target"]) == RULES.sid_max
    assert d["reachable"] is True
    assert D(d["projected_score"]) == RULES.sid_max
    assert D(d["gain"]) == _w(35)
    (step,) = d["steps"]
    assert step["to_level"] == 3
    assert step["points"] == str(_w(35))
    assert step["evidence_only"] is False
    assert step["indicator"]["number"] == "35"
    assert step["indicator"]["weight"] == str(_w(35))
    assert p.rules is RULES


def test_plan_explanation() -> None:
    p = clinic.plan(_levels(i35=1), RULES.sid_max, RULES)
    e = p.explanation
    assert e.key == "plan"
    assert e.title.id
    assert e.title.en
    assert e.rule is not None
    assert e.value == p.projected_score
    assert e.citations == (RULES.citation,)
    assert e.inputs == {
        "rule_set": "iga-2026",
        "current": p.current_score,
        "target": RULES.sid_max,
        "steps": 2,
        "reachable": True,
    }
    assert [c.key for c in e.children] == ["step.1", "step.2"]
    assert [c.value for c in e.children] == [_w(35), _w(35)]
    assert e.children[0].inputs == {"evidence_only": False}
    first = e.children[0].title
    name = RULES.indicator(35).name
    assert first.id.startswith(f"35. {name.id}")
    assert first.en.startswith(f"35. {name.en}")
    assert first.id.endswith("level 2")
    assert e.children[1].title.en.endswith("level 3")


def test_plan_repr() -> None:
    p = clinic.plan(_levels(i35=2), RULES.sid_max, RULES)
    assert repr(p) == (
        f"<Plan iga-2026: {RULES.sid_max - _w(35)} -> {RULES.sid_max} "
        f"(target {RULES.sid_max}) steps=1 reachable=True>"
    )


def test_target_text_up_to_40_characters() -> None:
    """Text targets are read up to 40 characters; longer text is refused unread."""
    assert target_score("0" * 39 + "5", RULES) == 5
    with pytest.raises(InvalidInput):
        target_score("0" * 40 + "5", RULES)


def test_plan_projection_is_passed_on() -> None:
    """In the verified projection, levels without accepted evidence count 0 (iid_iga.md §3.8)."""
    levels = _levels()
    declared = clinic.plan(levels, 0, RULES)
    verified = clinic.plan(levels, 0, RULES, projection="verified")
    assert declared.current_score == RULES.sid_max
    assert verified.current_score == 0
    assert verified.maturity.projection == "verified"
    with pytest.raises(InvalidInput) as exc:
        clinic.plan(levels, 0, RULES, projection="x")  # type: ignore[arg-type]
    assert exc.value.field == "projection"
