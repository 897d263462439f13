"""``inovasi-daerah aturan [EDISI]``: the resolved rule data of an IGA edition, with citations.

``EDISI`` is a year (2023-2026; 2027-2029 give the forecasts), an edition id
(``iga-2027-forecast``) or the path of a user's rule file (``.toml``), loaded and checked like
a shipped one. ``--json`` prints everything (parameters, indicator catalogue, derived maxima),
each value with its citation, so that applications in other languages use the same catalogue.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from inovasi_daerah.cli import Report, command
from inovasi_daerah.errors import InvalidInput
from inovasi_daerah.iga.files import edition_data, load_edition, shipped_edition, shipped_files
from inovasi_daerah.iga.model import Edition
from inovasi_daerah.law.text import T


def _configure(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "edisi",
        nargs="?",
        default=None,
        help="tahun, id edisi atau berkas .toml / year, edition id or a .toml file "
        "(bawaan/default: edisi terbaru / the latest edition)",
    )


def _edition(spec: str | None) -> Edition:
    from inovasi_daerah.iga.registry import editions

    if spec is None:
        return editions()[-1]
    return edition_arg(spec, forecast=True)


def edition_arg(spec: str, *, forecast: bool, field: str = "edisi") -> Edition:
    """The IGA edition a command-line argument names: a year (a forecast year only with
    ``forecast``), a shipped edition id, or the path of a rule file (``.toml``, loaded and
    checked like a shipped edition)."""
    from inovasi_daerah.iga.registry import edition

    if spec.endswith(".toml"):
        return load_edition(Path(spec))
    if spec in shipped_files():
        return shipped_edition(spec)
    if spec.isdigit() and len(spec) == 4:
        return edition(int(spec), forecast=forecast)
    raise InvalidInput(
        f"edisi tidak dikenal; pakai tahun, id ({', '.join(shipped_files())}) atau berkas .toml",
        field=field,
        value=spec,
        message_en=(
            f"unknown edition; use a year, an id ({', '.join(shipped_files())}) or a .toml file"
        ),
    )


@command(
    "aturan", "Data aturan edisi IGA dengan kutipan / IGA rule data with citations", _configure
)
def run(args: argparse.Namespace) -> str:
    """``inovasi-daerah aturan``: an IGA edition's rule data with citations, as text or JSON."""
    e = _edition(args.edisi)
    data = edition_data(e)
    if args.json:
        return json.dumps(data, ensure_ascii=False, indent=2)
    r = Report(args.lang)
    r.heading(r.t(e.title))
    valid_to = e.valid_to.isoformat() if e.valid_to else r.t(T("sampai diganti", "until replaced"))
    r.line(f"{e.id}: {e.valid_from.isoformat()} – {valid_to}")
    r.line(e.citation.label())
    r.heading(T("Parameter", "Parameters"))
    for key, p in data["parameters"].items():
        value = "OPEN" if p["open"] else json.dumps(p["value"], ensure_ascii=False)
        r.line(f"{key} = {value}")
        r.line(getattr(e, key).citation.label(), indent=1)
    r.heading(T("Indikator", "Indicators"))
    for ind in e.indicators:
        r.line(f"{ind.number:>3} {ind.code:<24} {ind.weight:>5}  {ind.citation.label()}")
    d = data["derived"]
    r.line()
    r.line(f"SPD {d['spd_max']} + SID {d['sid_max']} + SJI {d['sji_max']} = {d['total_max']}")
    return r.emit(False)
