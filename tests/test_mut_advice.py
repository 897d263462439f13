"""Tests that kill the mutants of ``clinic/advice.py`` (issue 10): the clinic's advice for one
innovation — every SID indicator below its top level with the next level's condition and
evidence (Pedoman IGA 2026 Lampiran I, the edition's level data), the points it adds (bobot × 1,
iid_iga.md §3), empty mandatory indicators first, and the PP 38/2017 steps still owed."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

import pytest

from inovasi_daerah import clinic, iga
from inovasi_daerah.clinic import advice as adv
from inovasi_daerah.errors import InvalidInput
from inovasi_daerah.models import Innovation

RULES = iga.edition(2026)
SID = [int(i.number) for i in RULES.sid]


def _order_key(a: adv.IndicatorAdvice) -> tuple[bool, Decimal, int]:
    return (not a.mandatory_missing, -a.points, int(a.indicator.number))


def test_items_are_ordered_mandatory_empty_then_points_then_number_iid_iga_3() -> None:
    levels: dict[int, Any] = dict.fromkeys(SID, 1)
    levels.update({35: 0, 33: 0, 16: 0, 18: 0, 31: 0, 20: 3})
    a = clinic.advise(levels, RULES)
    keys = [_order_key(x) for x in a.items]
    assert keys == sorted(keys)
    assert [x.indicator.number for x in a.mandatory_missing] == ["35", "16", "33"]
    assert [x.indicator.number for x in a.items[:5]] == ["35", "16", "33", "31", "17"]
    assert "20" not in {x.indicator.number for x in a.items}  # at its top level: no advice
    assert len(a.items) == 19


def test_item_carries_the_next_level_and_the_indicator_lampiran_i() -> None:
    a = clinic.advise({31: 1}, RULES)
    item = next(x for x in a.items if x.indicator.number == "31")
    ind = RULES.indicator(31)
    assert item.indicator == adv.IndicatorRef("31", ind.code, ind.name, ind.weight, ind.mandatory)
    assert (item.level, item.next_level, item.points) == (1, 2, Decimal(3))
    assert item.condition == ind.level(2).condition
    assert item.evidence == ind.level(2).evidence
    assert not item.evidence_only
    assert item.supported_level == 1
    assert not item.mandatory_missing
    d = item.to_dict()
    assert d == {
        "indicator": {
            "number": "31",
            "code": ind.code,
            "name": ind.name.model_dump(),
            "weight": "3",
            "mandatory": ind.mandatory,
        },
        "level": 1,
        "next_level": 2,
        "condition": ind.level(2).condition.model_dump(),
        "evidence": ind.level(2).evidence.model_dump(),
        "points": "3",
        "evidence_only": False,
        "supported_level": 1,
        "mandatory_missing": False,
    }


def test_rejected_evidence_makes_the_declared_level_evidence_only() -> None:
    """A declared level whose evidence was refused scores 0 but is supported: upload only."""
    a = clinic.advise({17: {"level": 2, "evidence": "ditolak"}}, RULES)
    item = next(x for x in a.items if x.indicator.number == "17")
    assert (item.level, item.supported_level, item.evidence_only) == (0, 2, True)
    assert item.mandatory_missing
    assert a.evidence_only == (item,)


def test_supported_level_is_capped_at_the_top_and_never_below_the_score() -> None:
    m = iga.maturity({17: {"level": 3, "evidence": "ditolak"}, 18: 2}, RULES)
    s17 = next(s for s in m.indicators if s.number == "17")
    s18 = next(s for s in m.indicators if s.number == "18")
    assert adv.supported_level(s17, 3) == 3
    assert adv.supported_level(s17, 2) == 2
    assert adv.supported_level(s18, 3) == 2
    assert adv.top_level(RULES, s17) == RULES.indicator(17).top_level


def test_indicator_ref_refuses_a_non_indicator() -> None:
    with pytest.raises(InvalidInput) as exc:
        adv.IndicatorRef.of("31")  # type: ignore[arg-type]
    assert exc.value.field == "ind"
    assert exc.value.value == "31"
    assert exc.value.message_en


@pytest.mark.parametrize(
    ("args", "field", "value"),
    [
        (({16: 1}, "2026", "declared"), "rules", "2026"),
        ((5, RULES, "declared"), "innovation_or_levels", 5),
        (({16: 1}, RULES, "x"), "projection", "x"),
    ],
)
def test_score_input_refusals_name_the_field(
    args: tuple[Any, Any, Any], field: str, value: Any
) -> None:
    with pytest.raises(InvalidInput) as exc:
        adv.score_input(*args)
    assert exc.value.field == field
    assert exc.value.value == value
    assert exc.value.message_en


def test_projection_is_passed_to_the_score() -> None:
    levels = {16: {"level": 3, "evidence": "menunggu"}}
    assert adv.score_input(levels, RULES, "declared").score == 9
    assert adv.score_input(levels, RULES, "verified").score == 0


def test_advice_explained_per_item_and_step() -> None:
    inv = Innovation.model_validate(
        {
            "name": "SI-PANTAU Jalan",
            "forms": ["pelayanan_publik"],
            "stage": "inisiatif",
            "initiator": "asn",
            "main_urusan": "pupr",
        }
    )
    a = clinic.advise(inv, RULES)
    assert a.rules is RULES
    assert a.score == a.maturity.score
    e = a.explanation
    assert e.key == "advice"
    assert e.value == a.score
    assert e.citations == (RULES.citation,)
    assert dict(e.inputs) == {"rule_set": RULES.id, "maximum": a.maturity.maximum}
    assert e.rule is not None
    first = a.items[0]
    node = e.children[0]
    assert node.key == f"advice.{first.indicator.number}"
    assert node.value == first.points
    assert dict(node.inputs) == {
        "evidence_only": first.evidence_only,
        "mandatory_missing": first.mandatory_missing,
    }
    level = RULES.indicator(first.indicator.number).level(first.next_level)
    assert node.citations == (level.citation,)
    assert node.note is not None
    assert level.condition.id in node.note.id
    assert first.indicator.name.en in node.title.en
    steps = [c for c in e.children if c.key.startswith("procedure.")]
    assert len(steps) == len(a.procedure) > 0
    p = a.procedure[0]
    assert steps[0].key == f"procedure.{p.key}"
    assert steps[0].value == p.article
    assert dict(steps[0].inputs) == {"blocking": p.blocking}
    assert p.to_dict() == {
        "key": p.key,
        "text": p.text.model_dump(),
        "article": p.article,
        "blocking": p.blocking,
    }
    d = a.to_dict()
    assert d["rule_set"] == RULES.id
    assert d["innovation_name"] == "SI-PANTAU Jalan"
    assert d["score"] == str(a.score) or d["score"] == a.score
    assert len(d["procedure"]) == len(a.procedure)
    assert repr(a) == f"<Advice {RULES.id}: {a.score} items={len(a.items)}>"


def test_levels_give_no_procedure_and_done_steps_are_left_out() -> None:
    assert clinic.advise({16: 1}, RULES).procedure == ()
    inv = Innovation.model_validate(
        {
            "name": "X",
            "forms": ["pelayanan_publik"],
            "stage": "inisiatif",
            "initiator": "asn",
            "procedure": {"written_permission_on": "2024-01-02"},
        }
    )
    keys = [p.key for p in clinic.advise(inv, RULES).procedure]
    assert "asn_izin_tertulis" not in keys
