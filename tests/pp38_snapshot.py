"""A canonical snapshot of the PP 38/2017 rule data and of every public pp38 function's result.

Used by ``tests/test_rules_equality.py`` to prove that the PP 38/2017 rule set read from
``rules/pp38/*.toml`` equals, value by value and result by result, the rule set as it was
written in Python before the move (the committed fixture). A predicate (a route step's or a
requirement's check, a proposal field's ``present``/``required``) is compared by its answers
on a fixed sample of innovations. Regenerate only for a deliberate change of rule data::

    python tests/pp38_snapshot.py > tests/fixtures/pp38_snapshot.json
"""

from __future__ import annotations

import dataclasses
import json
import random
import re
import sys
from datetime import date, timedelta
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from rules_snapshot import canonical, digest, snapshot_input, snapshot_key, snapshot_names

FIXTURE = Path(__file__).resolve().parent / "fixtures" / "pp38_snapshot.json"

#: Fields added by the move to the rule file (``type.field``), left out of the comparison:
#: they did not exist before (the values they now carry were module constants: MAIN_PATH,
#: ADOPTION_FACTS, SOURCES, compared under "constants"; a criterion's named check decides
#: its verdicts, compared under "results").
ADDED_FIELDS = frozenset(
    {
        "Pp38Rules.main_path",
        "Pp38Rules.adoption_facts",
        "Pp38Rules.sources",
        "CriterionRule.check",
    }
)


def samples() -> list[Any]:
    """A fixed, varied sample of innovations (seeded; independent of Hypothesis' version)."""
    from inovasi_daerah.models import (
        Form,
        IndependentTeamMember,
        Initiator,
        Innovation,
        LifecycleStatus,
        Stage,
        Urusan,
    )

    rng = random.Random(38_2017)
    d0 = date(2018, 1, 1)
    out: list[Any] = []
    for n in range(160):
        dates = [d0 + timedelta(days=o) for o in sorted(rng.randint(0, 2000) for _ in range(4))]

        def maybe(value: Any) -> Any:
            return value if rng.random() < 0.5 else None

        def opt_bool() -> bool | None:
            return rng.choice([None, True, False])

        data: dict[str, Any] = {
            "name": f"Inovasi {n}",
            "forms": rng.sample([f.value for f in Form], rng.randint(1, 3)),
            "stage": rng.choice(list(Stage)).value,
            "status": (None if n % 3 else rng.choice([None, *(s.value for s in LifecycleStatus)])),
            "initiator": list(Initiator)[n % len(Initiator)].value,
            "main_urusan": rng.choice([None, *(u.value for u in Urusan)]),
            "proposed_on": maybe(dates[0]),
            "decided_on": maybe(dates[1]),
            "trial_start": maybe(dates[2]),
            "applied_on": maybe(dates[3]),
            "reported_on": maybe(dates[3]),
            "stopped_on": maybe(dates[3]) if rng.random() < 0.3 else None,
            "design": rng.choice([None, "", "  ", "rancang bangun"]),
            "objective": maybe("tujuan"),
            "benefit": maybe("manfaat"),
            "planned_trial": maybe("2024"),
            "needs_budget": opt_bool(),
            "budget": maybe("1000000"),
            "criteria": {
                k: opt_bool()
                for k in (
                    "renewal",
                    "beneficial",
                    "burdens_public_unlawfully",
                    "regional_authority",
                    "replicable",
                )
            },
            "adoption": {
                k: opt_bool() for k in ("internal_procedure_only", "burdens_public", "burdens_apbd")
            },
            "procedure": {
                "written_permission_on": maybe(dates[0]),
                "entry_point": rng.choice([None, "ketua_dprd", "kepala_daerah"]),
                "independent_team": rng.sample(
                    [m.value for m in IndependentTeamMember], rng.randint(0, 3)
                ),
                "team_coordinated_by_litbang": opt_bool(),
                "proposal_to_head_on": maybe(dates[0]),
                "submitted_to_litbang_on": maybe(dates[0]),
                "litbang_feasible": opt_bool(),
                "evaluated_on": maybe(dates[1]),
                "forwarded_to_head_on": maybe(dates[1]),
                "stop_reported_to_litbang": opt_bool(),
            },
        }
        try:
            out.append(Innovation.model_validate(data))
        except Exception:
            continue
    return [*out, *early_stages()]


def early_stages() -> list[Any]:
    """The factory's proposals for every initiator, step by step along the main path."""
    from inovasi_daerah.models import Initiator
    from pp38_factory import make, ready, with_procedure

    out: list[Any] = []
    for who in Initiator:
        base = ready(who)
        out += [
            make(initiator=who),
            make(initiator=who, main_urusan="pupr", criteria={"renewal": True}),
            base,
            ready(who, needs_budget=True),
            ready(who, needs_budget=None, design="  "),
            with_procedure(base, written_permission_on="2024-02-01"),
            with_procedure(base, submitted_to_litbang_on="2024-01-05"),
            with_procedure(base, submitted_to_litbang_on="2024-01-05", litbang_feasible=True),
            with_procedure(base, submitted_to_litbang_on="2024-01-05", litbang_feasible=False),
            with_procedure(
                base,
                submitted_to_litbang_on="2024-01-05",
                litbang_feasible=True,
                forwarded_to_head_on="2024-01-20",
            ),
            with_procedure(
                base,
                submitted_to_litbang_on="2024-01-05",
                independent_team=[],
                team_coordinated_by_litbang=None,
            ),
        ]
    return out


def rule_canonical(obj: Any, sample: list[Any]) -> Any:
    """Like :func:`rules_snapshot.canonical`, a predicate replaced by its answers on ``sample``."""
    from inovasi_daerah.law.param import Param

    if callable(obj) and not isinstance(obj, type) and not dataclasses.is_dataclass(obj):
        return {"__answers__": digest([_answer(obj, i) for i in sample])}
    if isinstance(obj, Param):
        return canonical(obj)
    if dataclasses.is_dataclass(obj) and not isinstance(obj, type):
        return {
            "__type__": type(obj).__name__,
            **{
                f.name: rule_canonical(getattr(obj, f.name), sample)
                for f in dataclasses.fields(obj)
                if f.init and f"{type(obj).__name__}.{f.name}" not in ADDED_FIELDS
            },
        }
    if isinstance(obj, list | tuple):
        return [rule_canonical(x, sample) for x in obj]
    return canonical(obj)


def _answer(fn: Any, inv: Any) -> Any:
    try:
        return fn(inv)
    except Exception as exc:
        return f"raises {type(exc).__name__}"


def _call(fn: Any) -> Any:
    from inovasi_daerah.errors import InovasiDaerahError

    try:
        value = fn()
    except InovasiDaerahError as exc:
        return {"error": type(exc).__name__, "message": exc.message, "en": exc.message_en}
    return canonical_result(value)


def canonical_result(value: Any) -> Any:
    """A public function's result as plain data."""
    from inovasi_daerah.models import Innovation

    if hasattr(value, "to_dict"):
        return _old_names(value.to_dict())
    if isinstance(value, Innovation):
        return _old_names(json.loads(value.model_dump_json()))
    if isinstance(value, tuple):
        return [canonical_result(v) for v in value]
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: canonical_result(getattr(value, f.name)) for f in dataclasses.fields(value)}
    return canonical(value)


def _old_names(data: Any) -> Any:
    """``data`` with every innovation's fields under the names the fixture was taken with
    (before the English renames of issue 14): only names changed, so the digests still match."""
    if isinstance(data, list):
        return [_old_names(x) for x in data]
    if not isinstance(data, dict):
        return data
    names = snapshot_names("Innovation") if {"forms", "stage", "initiator"} <= set(data) else {}
    out = {names.get(k, k): _old_names(v) for k, v in data.items()}
    if {"key", "title", "inputs", "children"} <= set(data):  # an explanation node
        out["key"] = snapshot_key(data["key"])
        out["inputs"] = {snapshot_input(k): v for k, v in out["inputs"].items()}
    return out


def _old_inputs_text(text: str) -> str:
    """Rendered explanations show the inputs as ``(key=value, ...)``: the keys as the fixture
    was taken (before the renames of issue 14); nothing else of the text changed."""
    return re.sub(r"(?:(?<=\()|(?<=, ))([a-z_]+)=", lambda m: f"{snapshot_input(m[1])}=", text)


def results(sample: list[Any]) -> list[str]:
    """One digest per sample innovation of every public pp38 function's result."""
    from inovasi_daerah import pp38
    from inovasi_daerah.models import LifecycleStatus

    out = []
    for inv in sample:
        row: dict[str, Any] = {
            "check_criteria": _call(lambda i=inv: pp38.check_criteria(i)),
            "check_proposal": _call(lambda i=inv: pp38.check_proposal(i)),
            "next_steps": _call(lambda i=inv: pp38.next_steps(i)),
            "current_state": _call(lambda i=inv: pp38.current_state(i)),
            "allowed_transitions": _call(lambda i=inv: pp38.allowed_transitions(i)),
            "transition_options": _call(
                lambda i=inv: [
                    [o.transition.key, [q.key for q in o.missing]]
                    for o in pp38.transition_options(i)
                ]
            ),
            "adoption_instrument": _call(lambda i=inv: pp38.adoption_instrument(i)),
            "asn_protection": _call(lambda i=inv: pp38.asn_protection(i)),
            "explain": _call(
                lambda i=inv: [
                    _old_inputs_text(
                        pp38.check_criteria(i).explain(lang) + pp38.next_steps(i).explain(lang)
                    )
                    for lang in ("id", "en")
                ]
            ),
        }
        for to in LifecycleStatus:
            row[f"transition_{to.value}"] = _call(
                lambda i=inv, t=to: pp38.transition(i, t, on="2030-01-01")
            )
        out.append(digest(row))
    return out


def snapshot() -> dict[str, Any]:
    """The shipped PP 38/2017 rule set, field by field, and the results on the sample."""
    from inovasi_daerah import pp38

    sample = samples()
    rules = list(pp38.REGISTRY)
    out: dict[str, Any] = {"sample_size": len(sample), "rule_sets": [r.id for r in rules]}
    for r in rules:
        out[r.id] = {
            f.name: digest(rule_canonical(getattr(r, f.name), sample))
            for f in dataclasses.fields(r)
            if f.init and f"{type(r).__name__}.{f.name}" not in ADDED_FIELDS
        }
    out["constants"] = constants(sample)
    out["results"] = results(sample)
    return out


def constants(sample: list[Any]) -> dict[str, str]:
    """Every public constant of the pp38 data modules (``module.NAME``), canonically."""
    import importlib

    out: dict[str, str] = {}
    for name in ("data", "routes", "transitions", "pasal20"):
        module = importlib.import_module(f"inovasi_daerah.pp38.{name}")
        for attr in module.__all__:
            value = getattr(module, attr)
            if isinstance(value, type) or callable(value):
                continue
            out[f"{name}.{attr}"] = digest(rule_canonical(value, sample))
    return out


if __name__ == "__main__":
    json.dump(snapshot(), sys.stdout, ensure_ascii=False, indent=1, sort_keys=True)
    sys.stdout.write("\n")
