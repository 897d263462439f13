"""``inovasi-daerah laporan FILE``: portfolio report of an office or a region.

FILE is a list of innovations, or an object with ``inovasi`` (the innovations) and, optionally,
``pemda``, ``perangkat_daerah`` and ``profil_spd`` — the format of the embedded example
(``inovasi_daerah/examples/payakumbuh_2022.json``). With ``pemda`` the report ends with the
region's advice: what one more innovation adds and the path to the next predicate.
"""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any

from inovasi_daerah import iga
from inovasi_daerah.cli import command
from inovasi_daerah.clinic.portfolio import portfolio
from inovasi_daerah.clinic.region import advise_region
from inovasi_daerah.errors import InvalidInput
from inovasi_daerah.io.load import loads, read_file
from inovasi_daerah.law.text import T
from inovasi_daerah.models import Innovation, PerangkatDaerah, RegionalGovernment
from inovasi_daerah.models.profile import RegionalProfile


def _configure(p: argparse.ArgumentParser) -> None:
    p.add_argument("file", metavar="FILE", help="berkas JSON portofolio / portfolio file")
    p.add_argument("--edisi", type=int, default=2026, help="edisi IGA / IGA edition (2026)")
    p.add_argument(
        "--format",
        choices=("text", "markdown", "csv"),
        default="text",
        help="format keluaran / output format",
    )


def _innovations(raw: Any) -> list[Innovation]:
    items = raw.get("inovasi", raw.get("innovations")) if isinstance(raw, dict) else raw
    if not isinstance(items, list):
        raise InvalidInput("harus daftar inovasi atau objek dengan 'inovasi'", field="FILE")
    out = []
    for i, item in enumerate(items):
        print(f"\r{i + 1}/{len(items)}", end="", file=sys.stderr)
        try:
            out.append(Innovation.from_dict(item))
        except InvalidInput as exc:
            raise InvalidInput(exc.message, field=f"inovasi[{i}].{exc.field}") from None
    print(file=sys.stderr)
    return out


@command("laporan", "laporan portofolio inovasi / portfolio report", _configure)
def run(args: argparse.Namespace) -> str:
    raw = loads(read_file(str(args.file), field="FILE"), field="FILE")
    invs = _innovations(raw)
    rules = iga.edition(args.edisi)
    title = ""
    gov = None
    profile = None
    if isinstance(raw, dict):
        if "perangkat_daerah" in raw:
            title = PerangkatDaerah.from_dict(raw["perangkat_daerah"]).name
        if "pemda" in raw:
            gov = RegionalGovernment.from_dict(raw["pemda"])
            title = title or gov.name
            if "profil_spd" in raw:
                profile = RegionalProfile.model_validate(
                    {"government": gov, "indicators": raw["profil_spd"]}
                )
    report = portfolio(invs, rules, title=title or str(args.file))
    advice = advise_region(gov, invs, rules, profile=profile) if gov is not None else None
    if args.json:
        data = report.to_dict(explanation=False)
        data["region"] = None if advice is None else advice.to_dict(explanation=False)
        return json.dumps(data, ensure_ascii=False, indent=2)
    if args.format == "csv":
        return report.to_csv()
    text = report.to_markdown(args.lang) if args.format == "markdown" else report.to_text(args.lang)
    if advice is not None:
        t = advice.current
        lines = [
            "",
            T("Saran untuk {g}", "Advice for {g}").format(g=gov.name if gov else "").get(args.lang),
            f"IID {t.value} ({t.predicate.value}); "
            + T("satu inovasi lagi: +{x}", "one more innovation: +{x}")
            .format(x=advice.one_more_gain)
            .get(args.lang),
        ]
        if advice.next_predicate is not None:
            lines.append(
                T("{n} langkah menuju {p}", "{n} steps to {p}")
                .format(n=len(advice.path), p=advice.next_predicate.value)
                .get(args.lang)
            )
            lines += [f"- {s.text.get(args.lang)} (+{s.gain})" for s in advice.path[:5]]
        text += "\n".join(lines) + "\n"
    return text
