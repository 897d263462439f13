"""Generate the indicator catalogues and parameter tables of docs/iga.md from the rule files.

    python docs/catalogue.py          # rewrite the generated part of docs/iga.md
    python docs/catalogue.py --check  # exit 1 if docs/iga.md is not up to date

The generated part lies between the markers below; everything else in docs/iga.md is prose.
A test (tests/test_rules_files.py) runs the check, so the docs cannot drift from the data.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from inovasi_daerah import iga
from inovasi_daerah.iga.files import PARAMETER_KINDS
from inovasi_daerah.iga.model import Edition, Indicator

DOC = Path(__file__).resolve().parent / "iga.md"
BEGIN = "<!-- BEGIN GENERATED from src/inovasi_daerah/rules/iga (python docs/catalogue.py) -->"
END = "<!-- END GENERATED -->"


def _cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def _facts(i: Indicator) -> str:
    if i.bases:
        return f"number + basis {i.bases[0].key}–{i.bases[-1].key}"
    if i.direction is not None:
        better = "higher" if i.direction.value == "higher_better" else "lower"
        unit = i.unit.en if i.unit else "value"
        return f"number ({unit}, {better} better)"
    if i.year_sets:
        return "years (basis)"
    if i.categories:
        return "category (basis)"
    return "—"


def _wajib(i: Indicator) -> str:
    return {True: "W", False: "", None: "?"}[i.mandatory]


def _table(rows: tuple[Indicator, ...]) -> list[str]:
    out = [
        "| # | Code | Indicator | Bobot | Wajib | Level 1 | Level 2 | Level 3 | Facts |",
        "|---|---|---|---|---|---|---|---|---|",
    ]
    for i in rows:
        levels = " | ".join(_cell(lv.condition.id) for lv in i.levels)
        out.append(
            f"| {i.number} | `{i.code}` | {_cell(i.name.id)} | {i.weight} | {_wajib(i)} | "
            f"{levels} | {_facts(i)} |"
        )
    return out


def _value(e: Edition, key: str) -> str:
    p = getattr(e, key)
    if p.is_open:
        return "OPEN"
    v = p.to_dict()["value"]
    if key == "bands":
        return "; ".join(f"{b['predicate']} {b['low']}–{b['high']}" for b in v)
    if key == "stated_maxima":
        return f"SPD {v['spd']}, SID {v['sid']}, SJI {v['sji']}, total {v['total']}"
    if key == "eligibility_window":
        return f"{v[0]} – {v[1]}"
    return json.dumps(v, ensure_ascii=False).strip('"')


def _parameters(e: Edition) -> list[str]:
    out = ["| Parameter | Value | Status | Citation |", "|---|---|---|---|"]
    for key in PARAMETER_KINDS:
        if getattr(e, key, None) is None:
            continue
        c = getattr(e, key).citation
        ref = c.instrument if not c.article else f"{c.instrument}, {c.article}"
        src = f" [{c.source}]" if c.source else ""
        out.append(f"| `{key}` | {_cell(_value(e, key))} | {c.status.value} | {_cell(ref)}{src} |")
    return out


def render() -> str:
    """The generated part of docs/iga.md (markers included)."""
    e26, e23 = iga.edition(2026), iga.edition(2023)
    lines = [
        BEGIN,
        "",
        "## Parameters by edition",
        "",
        "Each edition's parameters as its rule file gives them, with status and citation "
        "(`inovasi-daerah aturan EDISI` prints the same; `--json` with everything).",
        "",
    ]
    for e in iga.editions(forecast=True):
        lines += [f"### {e.title.en} — `{e.id}`", "", *_parameters(e), ""]
    lines += [
        "## Indicator catalogue",
        "",
        "Generated from the rule files (`edition.catalogue()` gives the same as JSON, including "
        "evidence per level, bounds, units and citations — ready for upload forms). W = wajib, "
        "? = not established.",
        "",
        "### IGA 2026 — SID (per innovation)",
        "",
        *_table(e26.sid),
        "",
        "### IGA 2026 — SPD (per Pemda, 15 indicators in 20 rows)",
        "",
        *_table(e26.spd),
        "",
        "### IGA 2023 — SID (also the provisional 2024 and 2025 catalogue)",
        "",
        *_table(e23.sid),
        "",
        END,
    ]
    return "\n".join(lines) + "\n"


def updated(text: str) -> str:
    """``text`` (docs/iga.md) with its generated part replaced by :func:`render`."""
    start = text.index(BEGIN)
    end = text.index(END) + len(END) + 1
    return text[:start] + render() + text[end:]


def main(argv: list[str]) -> int:
    text = DOC.read_text(encoding="utf-8")
    new = updated(text)
    if "--check" in argv:
        return 0 if new == text else 1
    DOC.write_text(new, encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
