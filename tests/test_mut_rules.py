"""Tests that kill the mutants of ``pp38/rules.py`` (issue 10): the PP 38/2017 rule set's
look-ups (transitions of the lifecycle, pp38_2017.md §17; initiator routes, Pasal 7–15;
conditions by key), its integrity checks (every criterion of Pasal 6, principle of UU 23/2014
Pasal 387, sasaran, bentuk of Pasal 4 and initiator of Pasal 7 has its row; the state machine
well formed; a rejected article reading never cited as law), the shipped registry built again
(it is filled once per process), and the rule-set arguments."""

from __future__ import annotations

import dataclasses
from datetime import date

import pytest

from inovasi_daerah.errors import DataIntegrityError, InvalidInput, NoRuleSetInForce
from inovasi_daerah.models import Initiator, LifecycleStatus
from inovasi_daerah.pp38 import rules as R
from inovasi_daerah.pp38._base import Provision
from pp38_factory import fresh_rules

S = LifecycleStatus


def test_transitions_from_each_state_in_data_order() -> None:
    """pp38_2017.md §17: from DIEVALUASI to LAYAK or TIDAK_LAYAK; from UJI_COBA to DITERAPKAN
    or DIHENTIKAN; nothing leaves DILAPORKAN."""
    r = fresh_rules()
    assert [t.target for t in r.transitions_from(S.UNDER_EVALUATION)] == [
        S.FEASIBLE,
        S.NOT_FEASIBLE,
    ]
    assert [t.target for t in r.transitions_from(S.TRIAL)] == [S.APPLIED, S.STOPPED]
    assert r.transitions_from(S.REPORTED) == ()
    assert all(t.source is S.APPLIED for t in r.transitions_from(S.APPLIED))


def test_transition_to_the_step_the_law_allows_or_none() -> None:
    """The transition ``source → target`` if the law provides it, else None."""
    r = fresh_rules()
    t = r.transition_to(S.UNDER_EVALUATION, S.NOT_FEASIBLE)
    assert t is not None
    assert t.key == "dinyatakan_tidak_layak"
    assert r.transition_to(S.UNDER_EVALUATION, S.FEASIBLE).key == "dinyatakan_layak"  # type: ignore[union-attr]
    assert r.transition_to(S.PROPOSED, S.FEASIBLE) is None
    assert r.transition_to(S.FEASIBLE, S.UNDER_EVALUATION) is None


def test_route_of_an_initiator() -> None:
    """Pasal 7–15: the route steps of the initiator, in order."""
    r = fresh_rules()
    assert [s.key for s in r.route(Initiator.DPRD_MEMBER)] == [
        "dprd_usulan_tertulis",
        "disampaikan_ke_litbang",
        "evaluasi_litbang",
        "pasal_10_3_disampaikan_ke_kepala_daerah",
    ]
    assert [s.key for s in dataclasses.replace(r, route_steps=()).route(Initiator.ASN)] == []


def test_requirement_by_key_or_refused() -> None:
    """The condition of a transition by its key (the first one found); any other key is an
    InvalidInput naming ``key``."""
    r = fresh_rules()
    assert r.requirement("ditetapkan").key == "ditetapkan"
    assert r.requirement("penghentian_dilaporkan_ke_litbang").fields
    with pytest.raises(InvalidInput) as caught:
        r.requirement("tidak_ada")
    assert caught.value.field == "key"
    assert caught.value.value == "tidak_ada"
    assert caught.value.message
    assert caught.value.message_en


def test_the_shipped_rule_set_passes_its_checks() -> None:
    """The shipped rule set is intact."""
    fresh_rules().check()


@pytest.mark.parametrize(
    ("attribute", "name"),
    [
        ("criteria", "criteria"),
        ("principles", "principles"),
        ("targets", "targets"),
        ("forms", "forms"),
        ("initiators", "initiators"),
    ],
)
def test_check_every_member_has_its_cited_row(attribute: str, name: str) -> None:
    """Pasal 6 (five criteria), UU 23/2014 Pasal 387 (eight principles), the sasaran, Pasal 4
    (three forms), Pasal 7 (five initiators): a rule set missing one row is refused, naming the
    list and the rule set."""
    r = fresh_rules()
    rows = getattr(r, attribute)
    broken = dataclasses.replace(r, **{attribute: rows[1:]})
    with pytest.raises(DataIntegrityError) as caught:
        broken.check()
    assert caught.value.field == "pp38-2017"
    assert (caught.value.message_en or "").startswith(f"{name}: expected ")
    twice = dataclasses.replace(r, **{attribute: (*rows[1:], rows[1])})
    with pytest.raises(DataIntegrityError):
        twice.check()


def test_check_refuses_a_duplicate_transition() -> None:
    """The state machine: one transition per (source, target)."""
    r = fresh_rules()
    broken = dataclasses.replace(r, transitions=(*r.transitions, r.transitions[0]))
    with pytest.raises(DataIntegrityError) as caught:
        broken.check()
    assert caught.value.field == "pp38-2017.transitions"
    assert "duplicate" in (caught.value.message_en or "")


def test_check_refuses_an_unreachable_state() -> None:
    """The state machine: every state is reachable (DIUSULKAN is the start)."""
    r = fresh_rules()
    kept = tuple(t for t in r.transitions if t.target is not S.NOT_FEASIBLE)
    with pytest.raises(DataIntegrityError) as caught:
        dataclasses.replace(r, transitions=kept).check()
    assert caught.value.field == "pp38-2017.transitions"
    assert "['tidak_layak']" in (caught.value.message_en or "")
    # DIUSULKAN needs no transition into it
    assert all(t.target is not S.PROPOSED for t in r.transitions)


def test_check_refuses_a_rejected_reading_cited_as_law() -> None:
    """pp38_2017.md §3: a rejected article reading is recorded and never used; citing it in a
    provision is refused, naming the reading."""
    r = fresh_rules()
    reading = r.rejected_readings[1]
    cited = dataclasses.replace(r.asn_protection, citation=reading.stated_by)
    with pytest.raises(DataIntegrityError) as caught:
        dataclasses.replace(r, asn_protection=cited).check()
    assert caught.value.field == reading.key
    assert reading.rejected in (caught.value.message_en or "")
    also = dataclasses.replace(r.asn_protection, also=(reading.stated_by,))
    with pytest.raises(DataIntegrityError):
        dataclasses.replace(r, asn_protection=also).check()
    in_a_tuple = dataclasses.replace(r.criteria[0], citation=reading.stated_by)
    with pytest.raises(DataIntegrityError):
        dataclasses.replace(r, criteria=(in_a_tuple, *r.criteria[1:])).check()


def test_provisions_are_every_provision_single_or_in_a_tuple() -> None:
    """The provisions the check looks through: the single ones and those in tuples, nothing
    else (no citations, parameters or rejected readings)."""
    r = fresh_rules()
    found = r._provisions()
    assert r.asn_protection in found
    assert r.criteria[4] in found
    assert r.route_steps[0] in found
    assert r.transitions[-1] in found
    assert all(isinstance(p, Provision) for p in found)
    singles = 11  # entry_into_force ... asn_protection_condition
    tuples = sum(
        len(getattr(r, f))
        for f in (
            "targets",
            "principles",
            "regional_principles",
            "forms",
            "criteria",
            "initiators",
            "proposal_fields",
            "route_steps",
            "transitions",
        )
    )
    assert len(found) == singles + tuples


# -- the registry ---------------------------------------------------------------------------------


def test_a_new_shipped_registry_loads_the_rule_file_on_each_first_use() -> None:
    """The shipped PP 38/2017 rule set, in force from its promulgation (15 September 2017),
    is loaded and checked on the first look-up of a new registry, whichever it is."""
    for look in (
        lambda g: list(g),
        lambda g: len(g),
        lambda g: g.get("pp38-2017"),
        lambda g: g.in_force("2024-01-01"),
        lambda g: g.check(),
    ):
        fresh = R._ShippedRegistry("pp38", R.REGISTRY.title)
        assert fresh._loaded is False
        look(fresh)
        assert fresh._loaded is True
        assert [s.id for s in fresh._sets] == ["pp38-2017"]
    fresh = R._ShippedRegistry("pp38", R.REGISTRY.title)
    assert len(fresh) == 1
    assert fresh.in_force(date(2017, 9, 15)).id == "pp38-2017"
    with pytest.raises(NoRuleSetInForce):
        fresh.in_force(date(2017, 9, 14))


def test_a_new_shipped_registry_registers_after_the_shipped() -> None:
    """A later rule set registered on a new registry comes after the shipped one."""
    fresh = R._ShippedRegistry("pp38", R.REGISTRY.title)
    later = dataclasses.replace(
        fresh_rules(), id="pp38-2030", valid_from=date(2030, 1, 1), valid_to=None
    )
    fresh.register(later)
    assert [s.id for s in fresh] == ["pp38-2017", "pp38-2030"]
    assert len(fresh) == 2


def test_the_registry_title_and_family() -> None:
    """The family ``pp38``, titled after PP 38/2017."""
    assert R.REGISTRY.family == "pp38"
    assert R.REGISTRY.title.en == "PP 38/2017 on Regional Innovation"
    assert R.REGISTRY.title.id == "PP 38/2017 tentang Inovasi Daerah"


def test_rules_for_a_date() -> None:
    """In force from the promulgation, 15 September 2017; before it, none."""
    assert R.rules_for("2017-09-15").id == "pp38-2017"
    with pytest.raises(NoRuleSetInForce):
        R.rules_for("2017-09-14")


def test_default_rules_and_require_rules() -> None:
    """``rules``: a Pp38Rules as given, None the latest; anything else refused naming the
    argument."""
    mine = fresh_rules()
    assert R.default_rules(mine) is mine
    assert R.default_rules(None) is list(R.REGISTRY)[-1]
    assert R.default_rules().id == "pp38-2017"
    with pytest.raises(InvalidInput) as caught:
        R.default_rules("pp38-2017")
    assert caught.value.field == "rules"
    assert caught.value.value == "pp38-2017"
    assert "Pp38Rules" in (caught.value.message_en or "")
    assert R.require_rules(mine, "r") is mine
    with pytest.raises(InvalidInput) as caught:
        R.require_rules("pp38-2017", "aturan")
    assert caught.value.field == "aturan"
    assert caught.value.value == "pp38-2017"
    assert "aturan must be PP 38 rules" in (caught.value.message_en or "")
