"""A canonical, JSON-ready snapshot of every IGA edition and of scores computed with it.

Used by ``tests/test_rules_equality.py`` to prove that the editions loaded from the rule files
(``src/inovasi_daerah/rules/iga/*.toml``) equal, field by field and result by result, the
editions as they were written in Python before the move (the committed fixture).
Regenerate the fixture only for a deliberate change of rule data::

    python tests/rules_snapshot.py > tests/fixtures/iga_editions_snapshot.json
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
import sys
from datetime import date
from decimal import Decimal
from enum import Enum
from pathlib import Path
from typing import Any

from pydantic import BaseModel

ROOT = Path(__file__).resolve().parents[1]
FIXTURE = ROOT / "tests" / "fixtures" / "iga_editions_snapshot.json"


def snapshot_names(model: str) -> dict[str, str]:
    """Field names of ``model`` (class name) as the fixtures were taken: before the English
    renames of issue 14 (``inovasi_daerah._legacy_names``), new name → old name."""
    from inovasi_daerah._legacy_names import FIELDS

    return {
        new: old
        for path, table in FIELDS.items()
        if path.rsplit(".", 1)[1] == model
        for old, new in table.items()
    }


def snapshot_key(key: str) -> str:
    """An explanation key as the fixtures were taken (before the renames of issue 14)."""
    from inovasi_daerah._legacy_names import EXPLANATION_KEYS, EXPLANATION_PREFIXES

    old = {new: old for old, new in EXPLANATION_KEYS.items()}
    if key in old:
        return old[key]
    for prefix_old, prefix_new in EXPLANATION_PREFIXES.items():
        if key.startswith(prefix_new):
            return prefix_old + key[len(prefix_new) :]
    return key


def snapshot_input(key: str) -> str:
    """An explanation input key as the fixtures were taken (before the renames of issue 14)."""
    from inovasi_daerah._legacy_names import INPUT_KEYS

    return {new: old for old, new in INPUT_KEYS.items()}.get(key, key)


def snapshot_class(cls: type) -> str:
    """A class name as the fixtures were taken (before the renames of issue 14)."""
    from inovasi_daerah._legacy_names import CLASSES

    old = {new: old for old, new in CLASSES.get(cls.__module__, {}).items()}
    return old.get(cls.__name__, cls.__name__)


def canonical(obj: Any) -> Any:
    """``obj`` as plain JSON data keeping every representation detail (Decimal text, order)."""
    from inovasi_daerah.law import Open

    if isinstance(obj, Open):
        return {"__open__": True}
    if isinstance(obj, BaseModel):
        names = snapshot_names(type(obj).__name__)
        return {names.get(k, k): canonical(v) for k, v in obj.model_dump().items()}
    if dataclasses.is_dataclass(obj) and not isinstance(obj, type):
        return {
            "__type__": type(obj).__name__,
            **{f.name: canonical(getattr(obj, f.name)) for f in dataclasses.fields(obj) if f.init},
        }
    if isinstance(obj, Enum):
        # by value: member names may be renamed (aliases kept), values are the contract
        return f"{snapshot_class(type(obj))}.{obj.value}"
    if isinstance(obj, Decimal):
        return {"__decimal__": str(obj)}
    if isinstance(obj, date):
        return obj.isoformat()
    if isinstance(obj, frozenset):
        return {"__frozenset__": sorted(canonical(x) for x in obj)}
    if isinstance(obj, list | tuple):
        return [canonical(x) for x in obj]
    if isinstance(obj, dict):
        return {str(k): canonical(v) for k, v in obj.items()}
    if obj is None or isinstance(obj, bool | int | str):
        return obj
    raise TypeError(f"no canonical form for {type(obj).__name__}")


def digest(obj: Any) -> str:
    """A short SHA-256 of the canonical JSON of ``obj`` (keeps the fixture small)."""
    text = json.dumps(canonical(obj), ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:20]


def edition_digest(e: Any) -> dict[str, Any]:
    """One digest per field of edition ``e`` and per indicator (a failure names the part)."""
    out: dict[str, Any] = {}
    for f in dataclasses.fields(e):
        if not f.init:
            continue
        if f.name == "indicators":
            out["indicators"] = {i.number: digest(i) for i in e.indicators}
        else:
            out[f.name] = digest(getattr(e, f.name))
    return out


def _scores(e: Any) -> dict[str, Any]:
    """Scores of the example data under edition ``e``: explained engine and bulk path."""
    from inovasi_daerah import iga
    from inovasi_daerah.iga.bulk import score_year

    out: dict[str, Any] = {}
    for lv in (1, 2, 3):
        m = iga.maturity({int(i.number): lv for i in e.sid}, e)
        out[f"maturity_all_{lv}"] = [str(m.score), str(m.percent)]
        out[f"spd_all_{lv}"] = str(iga.spd_score({i.number: lv for i in e.spd}, e))
    pattern = [(n % 3) + 1 for n in range(len(e.sid))]
    m = iga.maturity(dict(zip((int(i.number) for i in e.sid), pattern, strict=True)), e)
    rows = []
    for n in (0, 1, 5, 11, 12, 13, 40, 199, 200, 250):
        for yandas in (4, 5, 6):
            r = iga.index(spd=Decimal("41.25"), maturities=[m] * n, yandas_covered=yandas, rules=e)
            rows.append([n, yandas, str(r.value), r.predicate.value])
    out["index"] = rows
    data = json.loads((ROOT / "docs" / "examples" / "year_small.json").read_text())
    data["edition"] = e.year
    year = score_year(data, e)
    out["bulk_regions"] = canonical(year.regions.to_records(decimals="str"))
    out["bulk_innovations"] = canonical(year.innovations.to_records(decimals="str"))
    for p in ("declared", "verified"):
        detail = score_year(data, e, projection=p).region(str(data["regions"][0]["id"]))
        out[f"engine_{p}"] = digest(detail.result.to_dict())
    return out


def snapshot() -> dict[str, Any]:
    """Every edition (forecasts included) and its scores, canonically."""
    from inovasi_daerah import iga

    return {
        e.id: {"edition": edition_digest(e), "scores": _scores(e)}
        for e in iga.editions(forecast=True)
    }


if __name__ == "__main__":
    json.dump(snapshot(), sys.stdout, ensure_ascii=False, indent=1, sort_keys=True)
    sys.stdout.write("\n")
