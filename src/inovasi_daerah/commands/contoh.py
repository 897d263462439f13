"""``inovasi-daerah contoh``: the main job on the embedded example (illustrative data).

Each capability adds a section: the innovations with their procedure (PP 38/2017), then
maturity and the regional index (IGA), SKP credit and the clinic's advice as they land.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable

from inovasi_daerah.cli import Report, command
from inovasi_daerah.examples import Example, payakumbuh
from inovasi_daerah.law.text import T

Section = Callable[[Example, Report], None]

#: Sections in order; each writes its text lines and its part of the JSON document.
SECTIONS: list[Section] = []


def section(fn: Section) -> Section:
    SECTIONS.append(fn)
    return fn


@section
def _header(ex: Example, r: Report) -> None:
    r.heading(
        T("Contoh: {pd}, {pemda}", "Example: {pd}, {pemda}").format(
            pd=ex.office.name, pemda=ex.government.name
        )
    )
    r.line(r.t(ex.notice))
    r.line(r.t(T("Klinik inovasi: {k}", "Innovation clinic: {k}").format(k=ex.clinic)))
    r.data["notice"] = ex.notice.model_dump()
    r.data["government"] = ex.government.to_dict()
    r.data["office"] = ex.office.to_dict()


@section
def _innovations(ex: Example, r: Report) -> None:
    r.heading(T("Inovasi ({n})", "Innovations ({n})").format(n=len(ex.innovations)))
    items = []
    for i, inv in enumerate(ex.innovations, 1):
        forms = ", ".join(r.t(f.label) for f in inv.forms)
        r.line(f"{i:2}. [{inv.id}] {inv.name}")
        r.line(
            f"{r.t(inv.stage.label)} · {forms} · {r.t(T('inisiator', 'initiator'))}: "
            f"{r.t(inv.initiator.label)}",
            indent=2,
        )
        items.append({"id": inv.id, "name": inv.name, "stage": inv.stage.value})
    r.data["innovations"] = items


def _configure(p: argparse.ArgumentParser) -> None:
    del p  # no options beyond --lang and --json


@command("contoh", "laporan contoh Dinas PUPR Kota Payakumbuh / the example report", _configure)
def run(args: argparse.Namespace) -> str:
    ex = payakumbuh()
    report = Report(args.lang)
    for fn in SECTIONS:
        fn(ex, report)
    return report.emit(args.json)
