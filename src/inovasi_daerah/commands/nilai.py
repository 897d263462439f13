"""``inovasi-daerah nilai FILE``: score a year file (IGA year format) and print a table."""

from __future__ import annotations

import argparse
import json
import sys

from inovasi_daerah.cli import command
from inovasi_daerah.iga.bulk import score_year
from inovasi_daerah.io.load import read_file
from inovasi_daerah.io.tables import csv_text
from inovasi_daerah.law.jsonable import to_jsonable
from inovasi_daerah.law.text import T

COLUMNS = (
    "id",
    "name",
    "n",
    "spd",
    "sid",
    "count_score",
    "divisor",
    "yandas_covered",
    "value",
    "predicate",
)


def _configure(p: argparse.ArgumentParser) -> None:
    p.add_argument("file", metavar="FILE", help="berkas JSON format tahun IGA / IGA year file")
    p.add_argument("--csv", action="store_true", help="keluaran CSV / CSV output")
    p.add_argument(
        "--inovasi", action="store_true", help="tabel per inovasi / per-innovation table"
    )


@command("nilai", "nilai IID satu tahun dari berkas JSON / score a year file", _configure)
def run(args: argparse.Namespace) -> str:
    print(
        T("membaca dan menilai {f} ...", "reading and scoring {f} ...")
        .format(f=args.file)
        .get(args.lang),
        file=sys.stderr,
    )
    raw = read_file(str(args.file), field="FILE")
    result = score_year(raw)
    table = result.innovations if args.inovasi else result.regions
    records = table.to_records(decimals="str")
    if args.json:
        return json.dumps(to_jsonable(records), ensure_ascii=False, indent=2)
    cols = tuple(records[0]) if args.inovasi and records else COLUMNS
    if args.csv:
        return csv_text(records, cols, extrasaction="ignore")
    widths = {c: max([len(c), *(len(str(rec.get(c, ""))) for rec in records)]) for c in cols}
    widths = {c: min(w, 40) for c, w in widths.items()}
    lines = ["  ".join(c.ljust(widths[c]) for c in cols)]
    lines.append("  ".join("-" * widths[c] for c in cols))
    for rec in records:
        lines.append("  ".join(str(rec.get(c, ""))[: widths[c]].ljust(widths[c]) for c in cols))
    title = T("{r}: {n} baris", "{r}: {n} rows").format(r=result.rules.id, n=len(records))
    return title.get(args.lang) + "\n" + "\n".join(lines)
