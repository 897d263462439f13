"""Tests that kill the mutants of ``pp38/protection.py`` (issue 10): UU 23/2014 Pasal 389 (ASN
not prosecuted when an innovation that has become Pemda policy fails) — which states count as
policy, the Kemendagri advisory on the procedure (three-valued), the ASN named, the rule set
given, the explanation tree and the JSON summary."""

from __future__ import annotations

import dataclasses

import pytest

from inovasi_daerah.errors import InvalidInput
from inovasi_daerah.models import LifecycleStatus
from inovasi_daerah.pp38 import Progress, Verdict
from inovasi_daerah.pp38.protection import POLICY_STATES, asn_protection
from pp38_factory import fresh_rules, make, ready, with_procedure

S = LifecycleStatus
DONE = Progress.DONE
PENDING = Progress.PENDING


def _head_all_done() -> object:
    """A kepala daerah's innovation decided, with every route fact and the penetapan recorded."""
    inv = ready("kepala_daerah", status="ditetapkan", decided_on="2024-03-01")
    return with_procedure(
        inv,
        submitted_to_litbang_on="2024-01-03",
        evaluated_on="2024-01-20",
        litbang_feasible=True,
        forwarded_to_head_on="2024-02-01",
    )


@pytest.mark.parametrize("state", list(S))
def test_pasal_389_applies_once_the_innovation_is_policy(state: LifecycleStatus) -> None:
    """UU 23/2014 Pasal 389: decided by the kepala daerah (DITETAPKAN) or later on that path —
    uji coba, diterapkan, dilaporkan, dihentikan — is policy; earlier states are not."""
    policy = state in {S.DECIDED, S.TRIAL, S.APPLIED, S.REPORTED, S.STOPPED}
    assert (state in POLICY_STATES) is policy
    r = asn_protection(make(status=state.value))
    assert r.became_policy is policy
    assert r.applies is (Verdict.MET if policy else Verdict.NOT_MET)
    assert r.state is state
    assert r.state_inferred is False


def test_pasal_389_advisory_lists_the_route_then_the_penetapan_once_policy() -> None:
    """The Kemendagri gloss (criteria and stages followed): the initiator's route steps, and the
    penetapan as well once the innovation is policy."""
    before = asn_protection(make(initiator="asn"))
    assert [k for k, _ in before.procedure_steps] == [
        "asn_izin_tertulis",
        "disampaikan_ke_litbang",
        "evaluasi_litbang",
        "pasal_10_3_disampaikan_ke_kepala_daerah",
    ]
    after = asn_protection(make(initiator="asn", status="ditetapkan"))
    assert [k for k, _ in after.procedure_steps] == [
        *(k for k, _ in before.procedure_steps),
        "ditetapkan",
    ]
    assert after.procedure_steps[-1] == ("ditetapkan", PENDING)


def test_pasal_389_advisory_is_three_valued() -> None:
    """Every step done → True; one step not known (and none pending) → None; one pending →
    False, even beside an unknown one. The advisory never changes ``applies``."""
    done = asn_protection(_head_all_done())
    assert {p for _, p in done.procedure_steps} == {DONE}
    assert done.procedure_recorded is True
    unknown = asn_protection(with_procedure(_head_all_done(), team_coordinated_by_litbang=None))
    assert unknown.procedure_recorded is None
    pending = asn_protection(
        with_procedure(
            _head_all_done(), team_coordinated_by_litbang=None, forwarded_to_head_on=None
        )
    )
    assert pending.procedure_recorded is False
    assert done.applies is unknown.applies is pending.applies is Verdict.MET


def test_pasal_389_names_the_asn_involved() -> None:
    """The protection is of the ASN involved: only innovators who are ASN are named."""
    inv = make(
        innovators=[
            {"nama": "Rina", "asn": True},
            {"nama": "Budi", "asn": False},
            {"nama": "Sari", "asn": True},
        ]
    )
    r = asn_protection(inv)
    assert r.asn_involved == ("Rina", "Sari")
    assert r.explanation.inputs == {"asn": "Rina, Sari"}
    assert asn_protection(make()).explanation.inputs == {"asn": "-"}


def test_pasal_389_inferred_state_is_reported_with_its_reason() -> None:
    """The state comes from the lifecycle (inferred from the record when not given)."""
    r = asn_protection(make(stage="uji_coba", trial_start="2023-02-01"))
    assert r.state is S.TRIAL
    assert r.state_inferred is True
    assert "trial_start" in r.state_reason.en


def test_pasal_389_uses_the_rules_given() -> None:
    """The rule set passed in is recorded and its route is read (a route without steps leaves
    only the penetapan in the advisory)."""
    variant = dataclasses.replace(fresh_rules(), id="pp38-varian", route_steps=())
    r = asn_protection(make(status="ditetapkan", decided_on="2024-03-01"), variant)
    assert r.rules is variant
    assert r.procedure_steps == (("ditetapkan", DONE),)
    assert r.procedure_recorded is True
    assert r.to_dict(explanation=False)["rules"] == "pp38-varian"


def test_pasal_389_explanation_tree() -> None:
    """The explanation: Pasal 389 on top (its text and citation), the policy test and the
    Kemendagri advisory (its own text and citation, flagged as not statute) below."""
    r = asn_protection(make(initiator="asn", status="uji_coba", trial_start="2023-02-01"))
    rules = r.rules
    e = r.explanation
    assert e.key == "pp38.asn_protection"
    assert e.value is Verdict.MET
    assert e.rule == rules.asn_protection.text
    assert e.citations == (rules.asn_protection.citation,)
    policy, advisory = e.children
    assert policy.key == "pp38.asn_protection.policy"
    assert policy.value is True
    assert policy.inputs == {"status": S.TRIAL}
    assert policy.note == r.state_reason
    assert policy.rule is not None
    assert "kepala daerah" in policy.rule.en
    assert advisory.key == "pp38.asn_protection.procedure"
    assert advisory.value is False
    assert advisory.rule == rules.asn_protection_condition.text
    assert advisory.citations == (rules.asn_protection_condition.citation,)
    assert advisory.inputs == dict(r.procedure_steps)
    assert advisory.note is not None
    assert "SI-JALAN" in e.title.id
    assert "SI-JALAN" in e.title.en


def test_pasal_389_summary() -> None:
    """The JSON summary, with the advisory's steps and the gloss's status (UNCERTAIN)."""
    r = asn_protection(make(initiator="asn", innovators=[{"nama": "Rina", "asn": True}]))
    d = r.to_dict(explanation=False)
    assert d["innovation"] == "SI-JALAN"
    assert d["rules"] == "pp38-2017"
    assert d["applies"] == "tidak_terpenuhi"
    assert d["became_policy"] is False
    assert d["state"] == "diusulkan"
    assert d["state_inferred"] is True
    assert d["asn_involved"] == ["Rina"]
    assert d["advisory"] == {
        "procedure_recorded": False,
        "steps": {
            "asn_izin_tertulis": "belum",
            "disampaikan_ke_litbang": "belum",
            "evaluasi_litbang": "belum",
            "pasal_10_3_disampaikan_ke_kepala_daerah": "belum",
        },
        "status": "UNCERTAIN",
    }


def test_pasal_389_refusal_names_the_function() -> None:
    """Bad input: the error names the field and the rule applied."""
    with pytest.raises(InvalidInput) as caught:
        asn_protection(42)  # type: ignore[arg-type]
    assert caught.value.field == "innovation"
    assert caught.value.rule == "asn_protection (UU 23/2014 Pasal 389)"
