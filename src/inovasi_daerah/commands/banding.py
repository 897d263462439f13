"""``inovasi-daerah banding --edisi A B [FILE]``: what changed between two IGA editions, and
optionally one innovation's maturity under both.

``A`` and ``B`` are each a year, a shipped edition id (``iga-2027-forecast``) or the path of a
user's edition file (``.toml``), loaded and checked like a shipped edition (as ``aturan``)."""

from __future__ import annotations

import argparse

from inovasi_daerah import clinic, iga
from inovasi_daerah.cli import Report, command
from inovasi_daerah.commands.aturan import edition_arg
from inovasi_daerah.commands.klinik import load_innovation
from inovasi_daerah.law.text import T


def _configure(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "file", metavar="FILE", nargs="?", default=None, help="satu inovasi (JSON), opsional"
    )
    p.add_argument(
        "--edisi",
        nargs=2,
        default=["2023", "2026"],
        metavar=("A", "B"),
        help="dua edisi IGA: tahun, id edisi atau berkas .toml (bawaan 2023 2026) / two IGA "
        "editions: a year, an edition id or a .toml file (default 2023 2026)",
    )


@command("banding", "perbedaan dua edisi IGA / diff of two IGA editions", _configure)
def run(args: argparse.Namespace) -> str:
    """``inovasi-daerah banding``: the differences between two IGA editions."""
    a, b = (edition_arg(str(spec), forecast=False) for spec in args.edisi)
    d = clinic.diff(a, b)
    r = Report(args.lang)
    r.heading(T("Perbedaan {a} → {b}", "Changes {a} → {b}").format(a=a.id, b=b.id))
    if d.empty:
        r.line(r.t(T("Tidak ada perbedaan", "No differences")))
    for ref in d.added:
        r.line(f"+ {ref.number} {ref.code}: {r.t(ref.name)}")
    for ref in d.removed:
        r.line(f"- {ref.number} {ref.code}: {r.t(ref.name)}")
    for c in d.changes:
        r.line(r.t(c.text()))
    r.data["diff"] = d.to_dict(explanation=False)
    if args.file is not None:
        inv = load_innovation(str(args.file))
        r.heading(T("Kematangan {n}", "Maturity of {n}").format(n=inv.name))
        ms = {}
        for rules in (a, b):
            m = iga.maturity(inv, rules)
            r.line(f"{rules.id}: {m.score}/{m.maximum} ({m.percent}%)")
            ms[rules.id] = m.to_dict(explanation=False)
        r.data["maturity"] = ms
    return r.emit(args.json)
