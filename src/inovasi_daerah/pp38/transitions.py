"""The lifecycle of an innovation as data: states, allowed transitions, their legal conditions.

The states are the library's design over PP 38/2017 (pp38_2017.md §17); the order of the
stages they follow — pengusulan → penetapan → uji coba → penerapan, then penilaian — is the
official Penjelasan's (VERIFIED [P2]). Each transition carries the citation of the rule that
allows it and the :class:`~inovasi_daerah.pp38.routes.Requirement` s that must hold before
it; route steps due in the source state are added for the innovation's initiator.

::

    DIUSULKAN → DIEVALUASI → LAYAK → DITETAPKAN → UJI_COBA → DITERAPKAN → DILAPORKAN
                          ↘ TIDAK_LAYAK             UJI_COBA, DITERAPKAN → DIHENTIKAN

>>> [t.target.value for t in TRANSITIONS if t.source is LifecycleStatus.UNDER_EVALUATION]
['layak', 'tidak_layak']
"""

from __future__ import annotations

from dataclasses import dataclass

from inovasi_daerah.law.citation import Status, cite
from inovasi_daerah.law.text import T
from inovasi_daerah.models.enums import LifecycleStatus, Stage
from inovasi_daerah.models.innovation import Innovation
from inovasi_daerah.pp38._base import Fact, Provision
from inovasi_daerah.pp38.data import PROPOSAL_FIELDS, SOURCES
from inovasi_daerah.pp38.pasal20 import PERKADA_RULE, REPORTING_RULE, perkada_conditions
from inovasi_daerah.pp38.routes import LITBANG_EVALUATION, Requirement

__all__ = [
    "ADOPTION_DETERMINABLE",
    "APPLIED",
    "DECIDED",
    "FOUND_FEASIBLE",
    "FOUND_NOT_FEASIBLE",
    "MAIN_PATH",
    "PROPOSAL_COMPLETE",
    "STAGE_ORDER",
    "STOP_REPORTED",
    "STOP_RULE",
    "TRANSITIONS",
    "TRIAL_HELD",
    "TRIAL_RULE",
    "Transition",
]

_PP = "PP 38/2017"
_VS = Status.VERIFIED_SECONDARY
S = LifecycleStatus

#: The order of the stages (Penjelasan Umum, TLN No. 6123).
STAGE_ORDER = Provision(
    key="urutan_tahap",
    text=T(
        "Tahapan: pengusulan → penetapan → uji coba → penerapan, lalu penilaian dan "
        "pemberian penghargaan",
        "Stages: proposal → decision → trial → application, then assessment and award",
    ),
    citation=cite(
        _PP, "Penjelasan (TLN No. 6123)", Status.VERIFIED, source="P2", url=SOURCES["P2"]
    ),
)

#: The states of the main path, in order.
MAIN_PATH: tuple[LifecycleStatus, ...] = (
    S.PROPOSED,
    S.UNDER_EVALUATION,
    S.FEASIBLE,
    S.DECIDED,
    S.TRIAL,
    S.APPLIED,
    S.REPORTED,
)

_PENETAPAN = cite(
    _PP,
    "Pasal 7–15",
    _VS,
    source="P4",
    url=SOURCES["P4"],
    note="after a layak evaluation the kepala daerah decides and designates the perangkat "
    "daerah that carries it out; Pasal 14–15 expected, form of the instrument UNCERTAIN",
)

TRIAL_RULE = Provision(
    key="uji_coba",
    text=T(
        "Inovasi yang ditetapkan diuji coba sebelum diterapkan; litbang mengoordinasikan, "
        "memverifikasi dan mengevaluasi proses uji coba",
        "A decided innovation is trialled before it is applied; litbang coordinates, verifies "
        "and evaluates the trial",
    ),
    citation=cite(_PP, "Pasal 16–19", _VS, source="P6", url=SOURCES["P6"], note="range only"),
    also=(STAGE_ORDER.citation, cite(_PP, "Pasal 16–19", _VS, source="P19")),
)

STOP_RULE = Provision(
    key="penghentian",
    text=T(
        "Inovasi yang tidak berhasil dapat dihentikan; penghentian dilaporkan kepada kepala "
        "litbang",
        "An unsuccessful innovation may be stopped; the stop is reported to the head of litbang",
    ),
    citation=cite(
        _PP,
        None,
        _VS,
        source="P7",
        url=SOURCES.get("P7"),
        note="Kemendagri official; article not established (probably within Pasal 16–19)",
    ),
)

_PENERAPAN = cite(_PP, "Pasal 20", _VS, source="P6", url=SOURCES["P6"])


@dataclass(frozen=True, kw_only=True)
class Transition(Provision):
    """One allowed step ``source`` → ``target``.

    ``requires`` must hold before the step (route steps due in ``source`` are added for the
    initiator by the engine); ``sets`` names the date field the step records (dotted for
    ``procedure.*``) and ``stage`` the IID tahapan the innovation enters, if any.
    """

    source: LifecycleStatus
    target: LifecycleStatus
    requires: tuple[Requirement, ...] = ()
    sets: str
    stage: Stage | None = None


# -- preconditions, each next to its article ---------------------------------------------------


def _proposal_complete(i: Innovation) -> Fact:
    # Pasal 7: an initiative goes with a proposal holding the required items. A budget whose
    # need is unknown does not block (it is reported as an advisory by check_proposal).
    return all(f.present(i) or f.required(i) is not True for f in PROPOSAL_FIELDS)


PROPOSAL_COMPLETE = Requirement(
    key="usulan_lengkap",
    text=T(
        "Inisiatif disertai usulan yang memuat bentuk, rancang bangun, tujuan, manfaat, "
        "waktu uji coba dan (bila perlu) anggaran",
        "The initiative comes with a proposal stating the form, design, objective, benefit, "
        "trial period and (if needed) budget",
    ),
    citation=PROPOSAL_FIELDS[0].citation,
    fields=("forms", "design", "objective", "benefit", "planned_trial", "budget"),
    check=_proposal_complete,
)

FOUND_FEASIBLE = Requirement(
    key="hasil_evaluasi_layak",
    text=T("Litbang menyatakan usulan layak", "Litbang found the proposal feasible (layak)"),
    citation=LITBANG_EVALUATION.citation,
    fields=("procedure.litbang_feasible",),
    check=lambda i: i.procedure.litbang_feasible,
    outcome=True,
)


def _not_feasible(i: Innovation) -> Fact:
    v = i.procedure.litbang_feasible
    return None if v is None else not v


FOUND_NOT_FEASIBLE = Requirement(
    key="hasil_evaluasi_tidak_layak",
    text=T("Litbang menyatakan usulan tidak layak", "Litbang found the proposal not feasible"),
    citation=LITBANG_EVALUATION.citation,
    fields=("procedure.litbang_feasible",),
    check=_not_feasible,
    outcome=True,
)

DECIDED = Requirement(
    key="ditetapkan",
    text=T(
        "Kepala daerah telah menetapkan inovasi (tanggal penetapan)",
        "The kepala daerah has decided the innovation (date of decision)",
    ),
    citation=_PENETAPAN,
    fields=("decided_on",),
    check=lambda i: i.decided_on is not None,
)

TRIAL_HELD = Requirement(
    key="uji_coba_dilaksanakan",
    text=T(
        "Uji coba telah dilaksanakan (tanggal mulai uji coba)",
        "The trial has taken place (trial start date)",
    ),
    citation=TRIAL_RULE.citation,
    also=(STAGE_ORDER.citation,),
    fields=("trial_start",),
    check=lambda i: i.trial_start is not None,
)

ADOPTION_DETERMINABLE = Requirement(
    key="instrumen_penerapan_dapat_ditentukan",
    text=T(
        "Fakta Pasal 20(2) tercatat: tata laksana internal saja, membebani masyarakat, "
        "membebani APBD — agar instrumen penerapan (Perkada/Perda) dapat ditentukan",
        "The Pasal 20(2) facts are recorded (internal procedures only, burden on the public, "
        "burden on the APBD) so that the instrument (Perkada/Perda) can be determined",
    ),
    citation=PERKADA_RULE.citation,
    fields=(
        "adoption.internal_procedure_only",
        "adoption.burdens_public",
        "adoption.burdens_apbd",
    ),
    check=lambda i: perkada_conditions(i) is not None,
)

APPLIED = Requirement(
    key="diterapkan",
    text=T("Inovasi telah diterapkan (tanggal penerapan)", "The innovation is applied (date)"),
    citation=_PENERAPAN,
    fields=("applied_on",),
    check=lambda i: i.applied_on is not None,
)

STOP_REPORTED = Requirement(
    key="penghentian_dilaporkan_ke_litbang",
    text=T(
        "Penghentian dilaporkan kepada kepala litbang",
        "The stop is reported to the head of litbang",
    ),
    citation=STOP_RULE.citation,
    fields=("procedure.stop_reported_to_litbang",),
    check=lambda i: i.procedure.stop_reported_to_litbang,
)

# -- the transitions ------------------------------------------------------------------------------

TRANSITIONS: tuple[Transition, ...] = (
    Transition(
        key="usulan_ke_litbang",
        source=S.PROPOSED,
        target=S.UNDER_EVALUATION,
        text=T(
            "Usulan diserahkan kepada litbang untuk dievaluasi",
            "The proposal goes to litbang for evaluation",
        ),
        citation=PROPOSAL_FIELDS[0].citation,
        requires=(PROPOSAL_COMPLETE,),
        sets="procedure.submitted_to_litbang_on",
    ),
    Transition(
        key="dinyatakan_layak",
        source=S.UNDER_EVALUATION,
        target=S.FEASIBLE,
        text=T("Litbang menyatakan layak", "Litbang finds the proposal feasible"),
        citation=LITBANG_EVALUATION.citation,
        requires=(FOUND_FEASIBLE,),
        sets="procedure.evaluated_on",
    ),
    Transition(
        key="dinyatakan_tidak_layak",
        source=S.UNDER_EVALUATION,
        target=S.NOT_FEASIBLE,
        text=T("Litbang menyatakan tidak layak", "Litbang finds the proposal not feasible"),
        citation=LITBANG_EVALUATION.citation,
        requires=(FOUND_NOT_FEASIBLE,),
        sets="procedure.evaluated_on",
    ),
    Transition(
        key="penetapan",
        source=S.FEASIBLE,
        target=S.DECIDED,
        text=T(
            "Kepala daerah menetapkan inovasi dan perangkat daerah pelaksananya",
            "The kepala daerah decides the innovation and designates the perangkat daerah "
            "that carries it out",
        ),
        citation=_PENETAPAN,
        sets="decided_on",
    ),
    Transition(
        key="mulai_uji_coba",
        source=S.DECIDED,
        target=S.TRIAL,
        text=T("Uji coba dimulai", "The trial starts"),
        citation=TRIAL_RULE.citation,
        also=(STAGE_ORDER.citation,),
        requires=(DECIDED,),
        sets="trial_start",
        stage=Stage.TRIAL,
    ),
    Transition(
        key="penerapan",
        source=S.TRIAL,
        target=S.APPLIED,
        text=T(
            "Hasil inovasi diterapkan, ditetapkan dengan Perkada atau Perda",
            "The innovation result is applied, set by a Perkada or a Perda",
        ),
        citation=_PENERAPAN,
        also=(PERKADA_RULE.citation,),
        requires=(TRIAL_HELD, ADOPTION_DETERMINABLE),
        sets="applied_on",
        stage=Stage.APPLICATION,
    ),
    Transition(
        key="pelaporan",
        source=S.APPLIED,
        target=S.REPORTED,
        text=REPORTING_RULE.text,
        citation=REPORTING_RULE.citation,
        requires=(APPLIED,),
        sets="reported_on",
    ),
    Transition(
        key="dihentikan_saat_uji_coba",
        source=S.TRIAL,
        target=S.STOPPED,
        text=STOP_RULE.text,
        citation=STOP_RULE.citation,
        requires=(STOP_REPORTED,),
        sets="stopped_on",
    ),
    Transition(
        key="dihentikan_saat_penerapan",
        source=S.APPLIED,
        target=S.STOPPED,
        text=STOP_RULE.text,
        citation=STOP_RULE.citation,
        requires=(STOP_REPORTED,),
        sets="stopped_on",
    ),
)
