"""``inovasi-daerah klinik FILE``: the clinic's advice and a minimal upgrade plan for one
innovation (a JSON file with the fields of ``Innovation``; Indonesian names accepted)."""

from __future__ import annotations

import argparse

from inovasi_daerah import clinic, iga
from inovasi_daerah.cli import Report, command
from inovasi_daerah.io.load import loads, read_file, source_label
from inovasi_daerah.law.display import plural
from inovasi_daerah.law.text import T
from inovasi_daerah.models import Innovation

#: The IGA edition of the clinic and the report when ``--edisi`` is not given.
DEFAULT_EDITION = 2026


def add_edition_option(p: argparse.ArgumentParser) -> None:
    """The ``--edisi`` option of the commands that score under one IGA edition."""
    p.add_argument(
        "--edisi",
        type=int,
        default=DEFAULT_EDITION,
        help=f"edisi IGA (bawaan {DEFAULT_EDITION}) / IGA edition (default {DEFAULT_EDITION})",
    )


def _configure(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "file", metavar="FILE", help="berkas satu inovasi (JSON; - = stdin) / one innovation"
    )
    p.add_argument(
        "--target",
        default=None,
        help="skor target (mis. 80) atau persentase ('75%%') / target score or share",
    )
    add_edition_option(p)


def load_innovation(path: str) -> Innovation:
    """Read one innovation from the JSON file at ``path`` (``-`` for stdin)."""
    label = source_label(path)
    return Innovation.from_dict(loads(read_file(path, field=label), field=label))


@command("klinik", "saran klinik dan rencana peningkatan / clinic advice and plan", _configure)
def run(args: argparse.Namespace) -> str:
    """``inovasi-daerah klinik``: the clinic's advice and an upgrade plan for one innovation."""
    rules = iga.edition(args.edisi)
    inv = load_innovation(str(args.file))
    advice = clinic.advise(inv, rules)
    r = Report(args.lang)
    m = advice.maturity
    r.heading(T("Klinik: {n} ({e})", "Clinic: {n} ({e})").format(n=inv.name, e=rules.id))
    r.line(f"{r.t(T('Skor kematangan', 'Maturity score'))}: {m.score}/{m.maximum}")
    r.heading(T("Saran per indikator", "Advice per indicator"))
    for a in advice.items:
        tag = r.t(T("bukti saja", "evidence only")) if a.evidence_only else ""
        must = r.t(T("WAJIB", "MANDATORY")) if a.mandatory_missing else ""
        flags = " ".join(x for x in (must, tag) if x)
        r.line(
            f"{a.indicator.number}. {r.t(a.indicator.name)}: {a.level} → {a.next_level} "
            f"(+{a.points})" + (f" [{flags}]" if flags else "")
        )
        r.line(f"{r.t(T('Syarat', 'Condition'))}: {r.t(a.condition)}", indent=2)
        r.line(f"{r.t(T('Unggah', 'Upload'))}: {r.t(a.evidence)}", indent=2)
    if advice.procedure:
        r.heading(T("Langkah PP 38/2017 yang masih terutang", "PP 38/2017 steps still owed"))
        for p in advice.procedure:
            r.line(f"- {r.t(p.text)} ({p.article})")
    r.data["advice"] = advice.to_dict(explanation=False)
    if args.target is not None:
        pl = clinic.plan(inv, str(args.target), rules)
        r.heading(T("Rencana menuju {t}", "Plan towards {t}").format(t=pl.target))
        if not pl.reachable:
            r.line(r.t(T("Target tidak tercapai walau semua level 3", "Target unreachable")))
        for i, s in enumerate(pl.steps, 1):
            ev = f" [{r.t(T('bukti saja', 'evidence only'))}]" if s.evidence_only else ""
            r.line(
                f"{i:2}. {s.indicator.number}. {r.t(s.indicator.name)} → level {s.to_level} "
                f"(+{s.points}){ev}"
            )
        n = len(pl.steps)
        steps = plural(n, "step", "steps", "en") if args.lang == "en" else f"{n} langkah"
        r.line(f"{r.t(T('Skor proyeksi', 'Projected score'))}: {pl.projected_score} ({steps})")
        r.data["plan"] = pl.to_dict(explanation=False)
    return r.emit(args.json)
