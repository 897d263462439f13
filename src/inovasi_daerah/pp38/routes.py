"""Initiator routes to litbang and the common end point (PP 38/2017 Pasal 7–15, Pasal 10(3)).

Each step is a cited data object holding the predicate that reads it off
``Innovation.procedure``: ``True`` done, ``False`` not done, ``None`` not known. A missing
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
>>> ASN_WRITTEN_PERMISSION.progress(inv).value
'belum'
"""

from __future__ import annotations

from dataclasses import dataclass

from inovasi_daerah.law.citation import Citation, Status, cite
from inovasi_daerah.law.text import T
from inovasi_daerah.models.enums import Initiator, LifecycleStatus
from inovasi_daerah.models.innovation import Innovation
from inovasi_daerah.pp38._base import Fact, Predicate, Progress, Provision, as_innovation
from inovasi_daerah.pp38.data import SOURCES

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

_PP = "PP 38/2017"
_VS = Status.VERIFIED_SECONDARY
_ROUTE_NOTE = "route content per Kemendagri; the article of this route (Pasal 8–13) is UNCERTAIN"


def _route(source: str) -> Citation:
    return cite(_PP, "Pasal 7–15", _VS, source=source, url=SOURCES.get(source), note=_ROUTE_NOTE)


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
        return not self.initiators or initiator in self.initiators


# -- ASN: written permission of the head of their perangkat daerah, before litbang [P9] ----------
def _asn_permission(i: Innovation) -> Fact:
    p = i.procedure
    if p.written_permission_on is None:
        return False
    # "before litbang": a permission dated after the submission does not satisfy the route.
    return p.submitted_to_litbang_on is None or p.written_permission_on <= (
        p.submitted_to_litbang_on
    )


ASN_WRITTEN_PERMISSION = RouteStep(
    key="asn_izin_tertulis",
    initiators=(Initiator.ASN,),
    due_in=LifecycleStatus.PROPOSED,
    text=T(
        "ASN menyampaikan usulan kepada kepala perangkat daerahnya dan memperoleh izin "
        "tertulis sebelum usulan dibawa ke litbang",
        "The ASN submits the proposal to the head of their perangkat daerah and obtains "
        "written permission before the proposal goes to litbang",
    ),
    citation=_route("P9"),
    fields=("procedure.written_permission_on",),
    check=_asn_permission,
)


# -- Anggota masyarakat: entry via the ketua DPRD or the kepala daerah [P9] ----------------------
CITIZEN_ENTRY = RouteStep(
    key="masyarakat_pintu_masuk",
    initiators=(Initiator.CITIZEN,),
    due_in=LifecycleStatus.PROPOSED,
    text=T(
        "Anggota masyarakat menyampaikan usulan kepada ketua DPRD atau kepala daerah; usulan "
        "diteruskan kepada kepala daerah untuk dievaluasi litbang",
        "The member of the public submits the proposal to the chair of the DPRD or to the "
        "kepala daerah; it is passed to the kepala daerah for evaluation by litbang",
    ),
    citation=_route("P9"),
    fields=("procedure.entry_point",),
    check=lambda i: i.procedure.entry_point is not None,
)


# -- Anggota DPRD: written proposal to the kepala daerah, verified by litbang [P8][P9] -----------
DPRD_WRITTEN_PROPOSAL = RouteStep(
    key="dprd_usulan_tertulis",
    initiators=(Initiator.DPRD_MEMBER,),
    due_in=LifecycleStatus.PROPOSED,
    text=T(
        "Anggota DPRD menyampaikan usulan tertulis kepada kepala daerah, untuk diverifikasi "
        "litbang",
        "The DPRD member submits a written proposal to the kepala daerah, to be verified by "
        "litbang",
    ),
    citation=_route("P9"),
    fields=("procedure.proposal_to_head_on",),
    check=lambda i: i.procedure.proposal_to_head_on is not None,
    note=T(
        "Apakah ada tahap internal DPRD lebih dahulu (pimpinan/paripurna) belum pasti",
        "Whether an internal DPRD step comes first (leadership or plenary) is UNCERTAIN",
    ),
)


# -- Kepala daerah: ad-hoc tim independen coordinated by the head of litbang [P3][P8] ------------
HEAD_INDEPENDENT_TEAM = RouteStep(
    key="kepala_daerah_tim_independen",
    initiators=(Initiator.REGIONAL_HEAD,),
    due_in=LifecycleStatus.UNDER_EVALUATION,
    text=T(
        "Usulan kepala daerah dibahas tim independen dari perguruan tinggi, pakar dan/atau "
        "praktisi, yang memutuskan kelayakannya",
        "The kepala daerah's proposal is discussed by an independent team of universities, "
        "experts and/or practitioners, which decides whether it is feasible",
    ),
    citation=_route("P8"),
    # The model's IndependentTeamMember enum admits only the three permitted member kinds.
    fields=("procedure.independent_team",),
    check=lambda i: len(i.procedure.independent_team) > 0,
)

HEAD_TEAM_COORDINATED = RouteStep(
    key="kepala_daerah_tim_dikoordinasikan_litbang",
    initiators=(Initiator.REGIONAL_HEAD,),
    due_in=LifecycleStatus.UNDER_EVALUATION,
    text=T(
        "Tim independen dikoordinasikan oleh kepala perangkat daerah yang melaksanakan litbang",
        "The independent team is coordinated by the head of the research and development "
        "office (litbang)",
    ),
    citation=_route("P8"),
    fields=("procedure.team_coordinated_by_litbang",),
    check=lambda i: i.procedure.team_coordinated_by_litbang,
)


# -- Every route: to litbang, evaluation, and Pasal 10(3) ----------------------------------------
SUBMIT_TO_LITBANG = RouteStep(
    key="disampaikan_ke_litbang",
    due_in=LifecycleStatus.PROPOSED,
    performed_by_transition=True,
    text=T(
        "Usulan disampaikan kepada perangkat daerah yang melaksanakan penelitian dan "
        "pengembangan (litbang) untuk dievaluasi",
        "The proposal is submitted to the research and development office (litbang) for evaluation",
    ),
    citation=_route("P9"),
    fields=("procedure.submitted_to_litbang_on",),
    check=lambda i: i.procedure.submitted_to_litbang_on is not None,
)

LITBANG_EVALUATION = RouteStep(
    key="evaluasi_litbang",
    due_in=LifecycleStatus.UNDER_EVALUATION,
    performed_by_transition=True,
    text=T(
        "Litbang mengevaluasi usulan dan menyatakan layak atau tidak layak",
        "Litbang evaluates the proposal and finds it feasible (layak) or not",
    ),
    citation=cite(_PP, "Pasal 10 ayat (3)", _VS, source="P4", url=SOURCES["P4"]),
    fields=("procedure.litbang_feasible",),
    check=lambda i: i.procedure.litbang_feasible is not None,
)

FORWARD_TO_HEAD = RouteStep(
    key="pasal_10_3_disampaikan_ke_kepala_daerah",
    due_in=LifecycleStatus.FEASIBLE,
    text=T(
        "Hasil evaluasi yang layak disampaikan kepala litbang kepada kepala daerah",
        "A feasible evaluation result is forwarded by the head of litbang to the kepala daerah",
    ),
    citation=cite(
        _PP,
        "Pasal 10 ayat (3)",
        _VS,
        source="P4",
        url=SOURCES["P4"],
        note="whether this ayat sits in one route's article and applies to the others by "
        "reference is UNCERTAIN",
    ),
    fields=("procedure.forwarded_to_head_on",),
    check=lambda i: i.procedure.forwarded_to_head_on is not None,
)

#: Every route step, in procedural order.
ROUTE_STEPS: tuple[RouteStep, ...] = (
    ASN_WRITTEN_PERMISSION,
    CITIZEN_ENTRY,
    DPRD_WRITTEN_PROPOSAL,
    SUBMIT_TO_LITBANG,
    HEAD_INDEPENDENT_TEAM,
    HEAD_TEAM_COORDINATED,
    LITBANG_EVALUATION,
    FORWARD_TO_HEAD,
)


def steps_for(initiator: Initiator, steps: tuple[RouteStep, ...] = ROUTE_STEPS) -> list[RouteStep]:
    """The route of ``initiator``: the steps that apply to it, in order."""
    return [s for s in steps if s.applies_to(initiator)]
