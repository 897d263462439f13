"""``inovasi-daerah nilai FILE``: score a year file (IGA year format) and print a table."""

from __future__ import annotations

import argparse
import json
import sys

from inovasi_daerah.cli import command, progress_wanted
from inovasi_daerah.errors import InvalidInput
from inovasi_daerah.iga.bulk import score_year
from inovasi_daerah.io.load import read_file, source_label
from inovasi_daerah.io.tables import csv_text
from inovasi_daerah.law.display import plural, show
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
    p.add_argument(
        "file",
        metavar="FILE",
        help="berkas JSON format tahun IGA (- = stdin); edisi IGA = 'edisi' dalam berkas (tanpa "
        "bawaan) / IGA year file (- = stdin); the IGA edition is the file's 'edition' (no default)",
    )
    p.add_argument("--csv", action="store_true", help="keluaran CSV / CSV output")
    p.add_argument(
        "--inovasi", action="store_true", help="tabel per inovasi / per-innovation table"
    )


@command("nilai", "nilai IID satu tahun dari berkas JSON / score a year file", _configure)
def run(args: argparse.Namespace) -> str:
    """``inovasi-daerah nilai``: the IID of every Pemda of a year file."""
    if progress_wanted():  # a status line on a terminal only, not in a file or pipe
        print(
            T("membaca dan menilai {f} ...", "reading and scoring {f} ...")
            .format(f=args.file)
            .get(args.lang),
            file=sys.stderr,
        )
    label = source_label(args.file)
    raw = read_file(str(args.file), field=label)  # a path is a path, even "[2026].json"
    try:
        result = score_year(raw)
    except InvalidInput as exc:
        if exc.field != "year":
            raise
        # the file could not be read as JSON: name the file, as the other commands do
        raise InvalidInput(
            exc.message, field=label, message_en=exc.message_en, rule=exc.rule
        ) from None
    table = result.innovations if args.inovasi else result.regions
    records = table.to_records(decimals="str")
    if args.json:
        return json.dumps(to_jsonable(records), ensure_ascii=False, indent=2)
    cols = tuple(records[0]) if args.inovasi and records else COLUMNS
    if args.csv:
        return csv_text(records, cols, extrasaction="ignore")
    # The printed table: numbers rounded for display, predicates and levels in --lang.
    rows = [
        {c: show(v, args.lang) for c, v in zip(table.columns, row, strict=True)} for row in table
    ]
    widths = {c: max([len(c), *(len(row.get(c, "")) for row in rows)]) for c in cols}
    widths = {c: min(w, 40) for c, w in widths.items()}
    lines = ["  ".join(c.ljust(widths[c]) for c in cols)]
    lines.append("  ".join("-" * widths[c] for c in cols))
    for row in rows:
        lines.append("  ".join(row.get(c, "")[: widths[c]].ljust(widths[c]) for c in cols))
    n = plural(len(records), "row", "rows", "en") if args.lang == "en" else f"{len(records)} baris"
    return f"{result.rules.id}: {n}\n" + "\n".join(lines)
