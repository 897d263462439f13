"""Initiator routes to litbang and the common end point (PP 38/2017 Pasal 7–15, Pasal 10(3)).

Each step is a cited row of ``rules/pp38/pp38_2017.toml`` whose named check
(:mod:`~inovasi_daerah.pp38.checks`) reads it off ``Innovation.procedure``: ``True`` done,
``False`` not done, ``None`` not known. A missing
*date* counts as "not done" (the record has no such event); a missing yes/no fact counts as
"not known". ``due_in`` is the lifecycle state the step belongs to: it must be done before the
innovation can leave that state.

Route content is VERIFIED-SECONDARY (Kemendagri explanations [P8][P9]); the article of each
route (Pasal 8–13 expected) is not established, so the steps cite the established range
"Pasal 7–15" (pengusulan and penetapan, [P6]) and say so in the note.

>>> from inovasi_daerah.models import Innovation
>>> inv = Innovation(name="X", forms=["tata_kelola"], stage="inisiatif", initiator="asn")
>>> [s.key for s in steps_for(inv.initiator)]  # doctest: +NORMALIZE_WHITESPACE
['asn_izin_tertulis', 'disampaikan_ke_litbang', 'evaluasi_litbang',
 'pasal_10_3_disampaikan_ke_kepala_daerah']
>>> from inovasi_daerah.pp38.routes import ASN_WRITTEN_PERMISSION
>>> ASN_WRITTEN_PERMISSION.progress(inv).value
'belum'
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from inovasi_daerah.models.enums import Initiator, LifecycleStatus
from inovasi_daerah.models.innovation import Innovation
from inovasi_daerah.pp38._base import Fact, Predicate, Progress, Provision, as_innovation

__all__ = [
    "ASN_WRITTEN_PERMISSION",
    "CITIZEN_ENTRY",
    "DPRD_WRITTEN_PROPOSAL",
    "FORWARD_TO_HEAD",
    "HEAD_INDEPENDENT_TEAM",
    "HEAD_TEAM_COORDINATED",
    "LITBANG_EVALUATION",
    "ROUTE_STEPS",
    "SUBMIT_TO_LITBANG",
    "Requirement",
    "RouteStep",
    "steps_for",
]


@dataclass(frozen=True, kw_only=True)
class Requirement(Provision):
    """A condition the law sets, with the facts (``fields``) that settle it and its predicate."""

    fields: tuple[str, ...]
    check: Predicate
    #: True when the condition is the very outcome the step records (litbang's verdict):
    #: :func:`~inovasi_daerah.pp38.next_steps` shows the step, not the condition twice.
    outcome: bool = False

    def holds(self, innovation: Innovation) -> Fact:
        """True when the facts show the condition met, False when not, None when unknown."""
        return self.check(as_innovation(innovation, function="holds"))

    def progress(self, innovation: Innovation) -> Progress:
        """DONE, PENDING or UNKNOWN as :meth:`holds` says True, False or None."""
        return Progress.from_fact(self.holds(innovation))


@dataclass(frozen=True, kw_only=True)
class RouteStep(Requirement):
    """A step of an initiator's route. ``initiators`` empty means: every initiator.

    ``performed_by_transition`` marks a step that *is* the lifecycle transition out of
    ``due_in`` (the transition records it), so it is not a precondition of that transition.
    """

    initiators: tuple[Initiator, ...] = ()
    due_in: LifecycleStatus
    performed_by_transition: bool = False

    def applies_to(self, initiator: Initiator) -> bool:
        """Whether the step belongs to ``initiator``'s route."""
        return not self.initiators or initiator in self.initiators


if TYPE_CHECKING:  # read from the rule file on first use (module __getattr__ below)
    ASN_WRITTEN_PERMISSION: RouteStep
    CITIZEN_ENTRY: RouteStep
    DPRD_WRITTEN_PROPOSAL: RouteStep
    FORWARD_TO_HEAD: RouteStep
    HEAD_INDEPENDENT_TEAM: RouteStep
    HEAD_TEAM_COORDINATED: RouteStep
    LITBANG_EVALUATION: RouteStep
    ROUTE_STEPS: tuple[RouteStep, ...]
    SUBMIT_TO_LITBANG: RouteStep

#: The shipped route step behind each upper-case name of this module (by key).
_STEP_KEYS = {
    "ASN_WRITTEN_PERMISSION": "asn_izin_tertulis",
    "CITIZEN_ENTRY": "masyarakat_pintu_masuk",
    "DPRD_WRITTEN_PROPOSAL": "dprd_usulan_tertulis",
    "SUBMIT_TO_LITBANG": "disampaikan_ke_litbang",
    "HEAD_INDEPENDENT_TEAM": "kepala_daerah_tim_independen",
    "HEAD_TEAM_COORDINATED": "kepala_daerah_tim_dikoordinasikan_litbang",
    "LITBANG_EVALUATION": "evaluasi_litbang",
    "FORWARD_TO_HEAD": "pasal_10_3_disampaikan_ke_kepala_daerah",
}


def __getattr__(name: str) -> Any:
    """The upper-case names: the shipped rule set's route steps, read from its file on first use."""
    if not name.isupper():  # e.g. the import system's probe for __path__
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    from inovasi_daerah.pp38.files import shipped_attribute, shipped_rules

    if name in _STEP_KEYS:
        return next(s for s in shipped_rules().route_steps if s.key == _STEP_KEYS[name])
    return shipped_attribute(__name__, name, {"ROUTE_STEPS": "route_steps"})


def steps_for(initiator: Initiator, steps: tuple[RouteStep, ...] | None = None) -> list[RouteStep]:
    """The route of ``initiator``: the steps that apply to it (of ``steps``, default the
    shipped rule set's), in order."""
    if steps is None:
        from inovasi_daerah.pp38.files import shipped_rules

        steps = shipped_rules().route_steps
    return [s for s in steps if s.applies_to(initiator)]
