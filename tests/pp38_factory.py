"""Shared builders for the PP 38/2017 tests (not a test module)."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from hypothesis import strategies as st

from inovasi_daerah.models import (
    Form,
    IndependentTeamMember,
    Initiator,
    Innovation,
    LifecycleStatus,
    Stage,
    Urusan,
)

BASE: dict[str, Any] = {
    "name": "SI-JALAN",
    "forms": ["pelayanan_publik"],
    "stage": "inisiatif",
    "initiator": "perangkat_daerah",
}
PROPOSAL: dict[str, Any] = {
    "design": "Rancang bangun: laporan jalan rusak lewat aplikasi, perubahan alur verifikasi.",
    "objective": "Mempercepat perbaikan jalan",
    "benefit": "Waktu tanggap turun dari 14 ke 3 hari",
    "planned_trial": "Januari-Juni 2024",
    "needs_budget": False,
}
#: Every route fact recorded, dated in procedural order.
ROUTE_DONE: dict[str, Any] = {
    "written_permission_on": "2024-01-02",
    "entry_point": "kepala_daerah",
    "proposal_to_head_on": "2024-01-02",
    "independent_team": ["perguruan_tinggi", "pakar"],
    "team_coordinated_by_litbang": True,
}
PERKADA_FACTS = {"internal_procedure_only": True, "burdens_public": False, "burdens_apbd": False}


def make(**kw: Any) -> Innovation:
    """An innovation from BASE updated with ``kw`` (validated like user input)."""
    return Innovation.model_validate({**BASE, **kw})


def with_procedure(inv: Innovation, **facts: Any) -> Innovation:
    """``inv`` with procedure facts added (validated)."""
    data = inv.model_dump()
    data["procedure"] = {**data["procedure"], **facts}
    return Innovation.model_validate(data)


def ready(initiator: Initiator | str = "perangkat_daerah", **kw: Any) -> Innovation:
    """A complete proposal with its route done, ready to go to litbang."""
    return make(
        initiator=initiator,
        proposed_on="2024-01-01",
        procedure=dict(ROUTE_DONE),
        adoption=dict(PERKADA_FACTS),
        **{**PROPOSAL, **kw},
    )


_D0 = date(2018, 1, 1)


@st.composite
def innovations(draw: st.DrawFn, status: bool = True) -> Innovation:
    """Valid innovations with any mix of facts; dates in the order the model requires."""
    offsets = sorted(draw(st.lists(st.integers(0, 2000), min_size=4, max_size=4)))
    dates = [_D0 + timedelta(days=o) for o in offsets]

    def maybe(value: Any) -> Any:
        return value if draw(st.booleans()) else None

    opt_bool = st.none() | st.booleans()
    trial_start = maybe(dates[2])
    data: dict[str, Any] = {
        "name": draw(st.text(min_size=1, max_size=20).filter(lambda s: s.strip())),
        "forms": draw(st.lists(st.sampled_from(list(Form)), min_size=1, max_size=3, unique=True)),
        "stage": draw(st.sampled_from(list(Stage))),
        "status": draw(st.none() | st.sampled_from(list(LifecycleStatus))) if status else None,
        "initiator": draw(st.sampled_from(list(Initiator))),
        "main_urusan": draw(st.none() | st.sampled_from(list(Urusan))),
        "proposed_on": maybe(dates[0]),
        "decided_on": maybe(dates[1]),
        "trial_start": trial_start,
        "applied_on": maybe(dates[3]),
        "reported_on": maybe(dates[3]),
        "stopped_on": maybe(dates[3]),
        "design": draw(st.none() | st.sampled_from(["", "  ", "rancang bangun"])),
        "objective": maybe("tujuan"),
        "benefit": maybe("manfaat"),
        "planned_trial": maybe("2024"),
        "needs_budget": draw(opt_bool),
        "budget": maybe("1000000"),
        "criteria": {
            k: draw(opt_bool)
            for k in (
                "renewal",
                "beneficial",
                "burdens_public_unlawfully",
                "regional_authority",
                "replicable",
            )
        },
        "adoption": {
            k: draw(opt_bool) for k in ("internal_procedure_only", "burdens_public", "burdens_apbd")
        },
        "procedure": {
            "written_permission_on": maybe(dates[0]),
            "entry_point": draw(st.none() | st.sampled_from(["ketua_dprd", "kepala_daerah"])),
            "independent_team": draw(
                st.lists(st.sampled_from(list(IndependentTeamMember)), max_size=3, unique=True)
            ),
            "team_coordinated_by_litbang": draw(opt_bool),
            "proposal_to_head_on": maybe(dates[0]),
            "submitted_to_litbang_on": maybe(dates[0]),
            "litbang_feasible": draw(opt_bool),
            "evaluated_on": maybe(dates[1]),
            "forwarded_to_head_on": maybe(dates[1]),
            "stop_reported_to_litbang": draw(opt_bool),
        },
    }
    return Innovation.model_validate(data)


def fresh_rules() -> Any:
    """The shipped PP 38/2017 rule set built again from its file: same data, but its predicates
    made now and its result caches empty (a test of a rule module must not see the predicates
    and cached verdicts of the rule set built earlier in the process; docs/quality.md, traps)."""
    from inovasi_daerah.pp38 import files

    return files.shipped_rules.__wrapped__()  # the undecorated builder of the cached one
