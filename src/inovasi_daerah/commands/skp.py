"""``inovasi-daerah skp FILE``: the SKP credit of ASN innovators from a JSON case file.

``inovasi-daerah skp --karier FILE``: a JF holder's career from a
:class:`~inovasi_daerah.skp.CareerInput` file — integration of the conventional AK, promotion
readiness and the projection with and without the innovation (``--bagian`` picks one).
"""

from __future__ import annotations

import argparse
import json

from inovasi_daerah.cli import command
from inovasi_daerah.io.load import loads, read_file, source_label
from inovasi_daerah.law.jsonable import to_jsonable
from inovasi_daerah.skp import CareerInput, SkpFile

#: The parts of the career output (``--bagian``).
CAREER_PARTS = ("integrasi", "kesiapan", "proyeksi")


def _configure(p: argparse.ArgumentParser) -> None:
    p.epilog = (
        "Tanpa edisi IGA: rezim SKP mengikuti periode setiap kasus. / No IGA edition: the SKP "
        "regime follows each case's period."
    )
    p.add_argument(
        "file", metavar="FILE", help="berkas kasus SKP (JSON; - = stdin) / SKP case file"
    )
    p.add_argument(
        "--ringkas", action="store_true", help="tanpa penjelasan / without the explanation"
    )
    p.add_argument(
        "--karier",
        action="store_true",
        help="FILE adalah masukan karier JF (integrasi, kesiapan, proyeksi) / FILE is a career "
        "input (schema: karier)",
    )
    p.add_argument(
        "--bagian",
        choices=(*CAREER_PARTS, "semua"),
        default="semua",
        help="bagian keluaran karier / career part to show",
    )


@command("skp", "kredit SKP inovator ASN dari berkas JSON / SKP credit from a file", _configure)
def run(args: argparse.Namespace) -> str:
    """``inovasi-daerah skp``: the SKP credit of the cases of a file, or a career's report."""
    label = source_label(args.file)
    # a path is a path, even "[2026].json"; duplicate keys are refused (io.load.loads)
    data = loads(read_file(str(args.file), field=label), field=label)
    if args.karier:
        career = CareerInput.model_validate(data)
        parts = CAREER_PARTS if args.bagian == "semua" else (str(args.bagian),)
        if args.json:
            return json.dumps(career.run(parts), ensure_ascii=False, indent=2)
        return career.report(args.lang, parts)
    cases = SkpFile.from_data(data)
    if args.json:
        return json.dumps(
            to_jsonable([r.to_dict() for r in cases.run()]), ensure_ascii=False, indent=2
        )
    return cases.report(args.lang, explanation=not args.ringkas)
