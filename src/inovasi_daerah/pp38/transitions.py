"""The lifecycle of an innovation as data: states, allowed transitions, their legal conditions.

The transitions and their conditions are rows of ``rules/pp38/pp38_2017.toml``; this module
gives their shape. The upper-case names are the shipped rule set's, read on first use.

The states are the library's design over PP 38/2017 (pp38_2017.md §17); the order of the
stages they follow — pengusulan → penetapan → uji coba → penerapan, then penilaian — is the
official Penjelasan's (VERIFIED [P2]). Each transition carries the citation of the rule that
allows it and the :class:`~inovasi_daerah.pp38.routes.Requirement` s that must hold before
it; route steps due in the source state are added for the innovation's initiator.

::

    DIUSULKAN → DIEVALUASI → LAYAK → DITETAPKAN → UJI_COBA → DITERAPKAN → DILAPORKAN
                          ↘ TIDAK_LAYAK             UJI_COBA, DITERAPKAN → DIHENTIKAN

>>> from inovasi_daerah.pp38.transitions import TRANSITIONS
>>> [t.target.value for t in TRANSITIONS if t.source is LifecycleStatus.UNDER_EVALUATION]
['layak', 'tidak_layak']
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from inovasi_daerah.models.enums import LifecycleStatus, Stage
from inovasi_daerah.pp38._base import Provision
from inovasi_daerah.pp38.routes import Requirement

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


if TYPE_CHECKING:  # read from the rule file on first use (module __getattr__ below)
    ADOPTION_DETERMINABLE: Requirement
    APPLIED: Requirement
    DECIDED: Requirement
    FOUND_FEASIBLE: Requirement
    FOUND_NOT_FEASIBLE: Requirement
    MAIN_PATH: tuple[LifecycleStatus, ...]
    PROPOSAL_COMPLETE: Requirement
    STAGE_ORDER: Provision
    STOP_REPORTED: Requirement
    STOP_RULE: Provision
    TRANSITIONS: tuple[Transition, ...]
    TRIAL_HELD: Requirement
    TRIAL_RULE: Provision

#: The shipped requirement behind each upper-case name of this module (by key).
_REQUIREMENT_KEYS = {
    "PROPOSAL_COMPLETE": "usulan_lengkap",
    "FOUND_FEASIBLE": "hasil_evaluasi_layak",
    "FOUND_NOT_FEASIBLE": "hasil_evaluasi_tidak_layak",
    "DECIDED": "ditetapkan",
    "TRIAL_HELD": "uji_coba_dilaksanakan",
    "ADOPTION_DETERMINABLE": "instrumen_penerapan_dapat_ditentukan",
    "APPLIED": "diterapkan",
    "STOP_REPORTED": "penghentian_dilaporkan_ke_litbang",
}


def __getattr__(name: str) -> Any:
    """The upper-case names: the shipped rule set's data, read from its file on first use."""
    if not name.isupper():  # e.g. the import system's probe for __path__
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    from inovasi_daerah.pp38.files import shipped_attribute, shipped_rules

    if name in _REQUIREMENT_KEYS:
        return shipped_rules().requirement(_REQUIREMENT_KEYS[name])
    return shipped_attribute(
        __name__,
        name,
        {
            "MAIN_PATH": "main_path",
            "STAGE_ORDER": "stage_order",
            "STOP_RULE": "stop",
            "TRANSITIONS": "transitions",
            "TRIAL_RULE": "trial",
        },
    )
