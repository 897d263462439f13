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
from inovasi_daerah.cli import command, progress_wanted
from inovasi_daerah.clinic.portfolio_report import portfolio
from inovasi_daerah.clinic.region import advise_region
from inovasi_daerah.commands.klinik import add_edition_option
from inovasi_daerah.errors import InvalidInput
from inovasi_daerah.io.load import loads, read_file, source_label
from inovasi_daerah.law.display import plural, show
from inovasi_daerah.law.text import T
from inovasi_daerah.models import Innovation, RegionalGovernment, RegionalOffice
from inovasi_daerah.models.profile import RegionalProfile


def _configure(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "file", metavar="FILE", help="berkas JSON portofolio (- = stdin) / portfolio file"
    )
    add_edition_option(p)
    p.add_argument(
        "--format",
        choices=("text", "markdown", "csv"),
        default="text",
        help="format keluaran / output format",
    )


def _innovations(raw: Any) -> list[Innovation]:
    items = raw.get("inovasi", raw.get("innovations")) if isinstance(raw, dict) else raw
    if not isinstance(items, list):
        raise InvalidInput(
            "harus daftar inovasi atau objek dengan 'inovasi'",
            field="FILE",
            message_en="must be a list of innovations or an object with 'inovasi'",
        )
    if not items:
        # An empty portfolio would print an empty report and exit 0.
        raise InvalidInput(
            "portofolio kosong: tidak ada inovasi",
            field="inovasi",
            message_en="empty portfolio: no innovations",
        )
    key = next((k for k in ("inovasi", "innovations") if isinstance(raw, dict) and k in raw), "")
    out = []
    show_progress = progress_wanted()  # a counter on a terminal only: no \r in files or pipes
    for i, item in enumerate(items):
        if show_progress:
            print(f"\r{i + 1}/{len(items)}", end="", file=sys.stderr)
        try:
            out.append(Innovation.from_dict(item))
        except InvalidInput as exc:
            # the position in the user's file; the error keeps its class and both texts
            inner = "" if exc.field in (None, "Innovation") else f".{exc.field}"
            raise exc.with_field(f"{key}[{i}]{inner}") from None
    if show_progress:
        print(file=sys.stderr)
    return out


@command("laporan", "laporan portofolio inovasi / portfolio report", _configure)
def run(args: argparse.Namespace) -> str:
    """``inovasi-daerah laporan``: the portfolio report of the innovations in a file."""
    label = source_label(args.file)
    raw = loads(read_file(str(args.file), field=label), field=label)
    invs = _innovations(raw)
    rules = iga.edition(args.edisi)
    title = ""
    gov = None
    profile = None
    if isinstance(raw, dict):
        if "perangkat_daerah" in raw:
            title = RegionalOffice.from_dict(raw["perangkat_daerah"]).name
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
        lang = args.lang
        t = advice.current
        heading = T("Saran untuk {g}", "Advice for {g}").format(g=gov.name if gov else "")
        lines = ["", ("## " if args.format == "markdown" else "") + heading.get(lang), ""]
        lines.append(
            f"IID {show(t.value, lang)} ({show(t.predicate, lang)}); "
            + T("satu inovasi lagi: +{x}", "one more innovation: +{x}")
            .format(x=show(advice.one_more_gain, lang))
            .get(lang)
        )
        if advice.next_predicate is not None:
            n = len(advice.path)
            steps = plural(n, "step", "steps", "en") if lang == "en" else f"{n} langkah"
            lines += [
                "",
                T("{n} menuju {p}", "{n} to {p}")
                .format(n=steps, p=show(advice.next_predicate, lang))
                .get(lang),
                "",
            ]
            lines += [f"- {s.text.get(lang)} (+{show(s.gain, lang)})" for s in advice.path[:5]]
        text += "\n".join(lines) + "\n"
    return text
