"""Shared builders for the PP 38/2017 tests (not a test module)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from types import ModuleType
from typing import Any

import pytest
from hypothesis import strategies as st

from inovasi_daerah.errors import InvalidInput
from inovasi_daerah.law import Explanation
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
#: PP 38/2017 Pasal 6: every one of the five criteria met (the facts of ``Innovation.criteria``).
ALL_MET = {
    "renewal": True,
    "beneficial": True,
    "burdens_public_unlawfully": False,
    "regional_authority": True,
    "replicable": True,
}


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


def check_lookup_refused(
    lookup: Callable[[str], Any], name: str, *, field: str, in_id: str, in_en: str
) -> None:
    """Looking up ``name``, not a row of the rule, is an InvalidInput naming ``field`` and the
    value given, its Indonesian message containing ``in_id`` and its English one ``in_en``."""
    with pytest.raises(InvalidInput) as caught:
        lookup(name)
    assert caught.value.field == field
    assert caught.value.value == name
    assert in_id in caught.value.message
    assert in_en in (caught.value.message_en or "")


def check_explanation_head(
    e: Explanation, *, key: str, value: Any, rule_en: str, article: str, child_keys: list[str]
) -> None:
    """The top of a PP 38/2017 check's explanation of ``make()``'s innovation under the shipped
    rules: its key, verdict, a rule whose English text contains ``rule_en``, the rule set as
    input, the first citation's article, the children's keys and the innovation in the title."""
    assert e.key == key
    assert e.value is value
    assert e.rule is not None
    assert rule_en in e.rule.en
    assert e.inputs == {"rule": "pp38-2017"}
    assert e.citations[0].article == article
    assert [c.key for c in e.children] == child_keys
    assert "SI-JALAN" in e.title.id
    assert "SI-JALAN" in e.title.en


# -- the compatibility names of pp38/data.py, pp38/routes.py and pp38/transitions.py -----------
#: The public upper-case names of each compatibility module, pinned here once (a name lost or
#: renamed fails its module's test), each with the part of the shipped rule set behind it: for
#: ``data`` the rule set's attribute, for ``routes`` the key of the route step (in the rule
#: file's order), for ``transitions`` the key of the requirement.
COMPAT_NAMES: dict[str, dict[str, str]] = {
    "inovasi_daerah.pp38.data": {
        "ASN_PROTECTION": "asn_protection",
        "ASN_PROTECTION_CONDITION": "asn_protection_condition",
        "CRITERIA": "criteria",
        "ENTRY_INTO_FORCE": "entry_into_force",
        "FORMS": "forms",
        "INITIATORS": "initiators",
        "OBJECTIVE": "objective",
        "PP38": "citation",
        "PRINCIPLES": "principles",
        "PROMULGATED": "valid_from",
        "PROPOSAL_FIELDS": "proposal_fields",
        "REGIONAL_PRINCIPLES": "regional_principles",
        "REJECTED_READINGS": "rejected_readings",
        "TARGETS": "targets",
        "URUSAN_LIST": "urusan_list",
        "URUSAN_LIST_UNCERTAIN": "urusan_list_uncertain",
    },
    "inovasi_daerah.pp38.routes": {
        "ASN_WRITTEN_PERMISSION": "asn_izin_tertulis",
        "CITIZEN_ENTRY": "masyarakat_pintu_masuk",
        "DPRD_WRITTEN_PROPOSAL": "dprd_usulan_tertulis",
        "SUBMIT_TO_LITBANG": "disampaikan_ke_litbang",
        "HEAD_INDEPENDENT_TEAM": "kepala_daerah_tim_independen",
        "HEAD_TEAM_COORDINATED": "kepala_daerah_tim_dikoordinasikan_litbang",
        "LITBANG_EVALUATION": "evaluasi_litbang",
        "FORWARD_TO_HEAD": "pasal_10_3_disampaikan_ke_kepala_daerah",
    },
    "inovasi_daerah.pp38.transitions": {
        "PROPOSAL_COMPLETE": "usulan_lengkap",
        "FOUND_FEASIBLE": "hasil_evaluasi_layak",
        "FOUND_NOT_FEASIBLE": "hasil_evaluasi_tidak_layak",
        "DECIDED": "ditetapkan",
        "TRIAL_HELD": "uji_coba_dilaksanakan",
        "ADOPTION_DETERMINABLE": "instrumen_penerapan_dapat_ditentukan",
        "APPLIED": "diterapkan",
        "STOP_REPORTED": "penghentian_dilaporkan_ke_litbang",
    },
}
#: Names no compatibility module has (lower case is the import system's probe, upper case a name).
UNKNOWN_NAMES = ["not_a_rule", "NOT_A_RULE"]


def _shipped_part(module: str) -> Callable[[Any, str], Any]:
    """How the shipped rule set ``r`` holds the part named in COMPAT_NAMES for ``module``."""
    if module.endswith(".data"):
        return getattr
    if module.endswith(".routes"):
        return lambda r, key: next((s for s in r.route_steps if s.key == key), None)
    return lambda r, key: r.requirement(key)


def compat_names(module: ModuleType) -> list[tuple[str, str]]:
    """The pinned (name, part) pairs of ``module``, sorted by name (the test parameters)."""
    return sorted(COMPAT_NAMES[module.__name__].items())


def check_compat_name(module: ModuleType, name: str, part: str) -> None:
    """``module.<name>`` is the shipped rule set's ``part`` (a route step or requirement also
    carries that key)."""
    from inovasi_daerah.pp38.files import shipped_rules

    got = getattr(module, name)
    assert got == _shipped_part(module.__name__)(shipped_rules(), part)
    if not module.__name__.endswith(".data"):
        assert got.key == part


def check_unknown_name(module: ModuleType, name: str) -> None:
    """Any other name is an AttributeError naming the module and the name."""
    with pytest.raises(AttributeError) as caught:
        getattr(module, name)
    assert str(caught.value) == f"module {module.__name__!r} has no attribute {name!r}"
    assert not hasattr(module, name)
