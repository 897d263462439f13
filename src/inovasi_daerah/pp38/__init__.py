"""PP 38/2017 tentang Inovasi Daerah (with UU 23/2014 Pasal 386–390) as explainable rules.

The law is data, the rule file ``rules/pp38/pp38_2017.toml`` (read by
:mod:`~inovasi_daerah.pp38.files`; the predicates are the named checks of
:mod:`~inovasi_daerah.pp38.checks`), held by a dated rule set (:class:`Pp38Rules`,
:func:`rules_for`; a user's own file: :func:`load_rules`); the functions below apply it and
return results that explain themselves in Bahasa Indonesia and English.

>>> from inovasi_daerah import pp38
>>> from inovasi_daerah.models import Innovation
>>> inv = Innovation(name="SI-PANTAU Jalan", forms=["pelayanan_publik"], stage="inisiatif",
...     initiator="asn", main_urusan="pupr")
>>> r = pp38.check_criteria(inv)
>>> r.verdict(pp38.Criterion.REGIONAL_AUTHORITY).verdict.value, r.overall.value
('terpenuhi', 'tidak_dapat_dinilai')
>>> pp38.next_steps(inv).next.key
'asn_izin_tertulis'
>>> print(r.explain("en").splitlines()[0])  # doctest: +ELLIPSIS
Criteria of a regional innovation (Pasal 6): SI-PANTAU Jalan = Not assessable from the data ...
"""

from inovasi_daerah.pp38._base import InnovationLike, Progress, Provision, RejectedReading, Verdict
from inovasi_daerah.pp38.adoption import AdoptionResult, adoption_instrument
from inovasi_daerah.pp38.criteria import CriteriaResult, CriterionVerdict, check_criteria
from inovasi_daerah.pp38.data import Criterion, Principle, Target
from inovasi_daerah.pp38.files import load_rules
from inovasi_daerah.pp38.lifecycle import (
    CurrentState,
    TransitionOption,
    allowed_transitions,
    current_state,
    transition,
    transition_options,
)
from inovasi_daerah.pp38.proposal import FieldVerdict, ProposalResult, check_proposal
from inovasi_daerah.pp38.protection import ProtectionResult, asn_protection
from inovasi_daerah.pp38.routes import Requirement, RouteStep
from inovasi_daerah.pp38.rules import REGISTRY, Pp38Rules, rules_for
from inovasi_daerah.pp38.steps import NextStep, NextSteps, next_steps
from inovasi_daerah.pp38.transitions import Transition

__all__ = [
    "REGISTRY",
    "AdoptionResult",
    "CriteriaResult",
    "Criterion",
    "CriterionVerdict",
    "CurrentState",
    "FieldVerdict",
    "InnovationLike",
    "NextStep",
    "NextSteps",
    "Pp38Rules",
    "Principle",
    "Progress",
    "ProposalResult",
    "ProtectionResult",
    "Provision",
    "RejectedReading",
    "Requirement",
    "RouteStep",
    "Target",
    "Transition",
    "TransitionOption",
    "Verdict",
    "adoption_instrument",
    "allowed_transitions",
    "asn_protection",
    "check_criteria",
    "check_proposal",
    "current_state",
    "load_rules",
    "next_steps",
    "rules_for",
    "transition",
    "transition_options",
]
