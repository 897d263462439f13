"""``inovasi-daerah skp FILE``: the SKP credit of ASN innovators from a JSON case file."""

from __future__ import annotations

import argparse
import json

from inovasi_daerah.cli import command
from inovasi_daerah.io.load import read_file
from inovasi_daerah.law.jsonable import to_jsonable
from inovasi_daerah.skp import SkpFile


def _configure(p: argparse.ArgumentParser) -> None:
    p.add_argument("file", metavar="FILE", help="berkas kasus SKP (JSON) / SKP case file")
    p.add_argument(
        "--ringkas", action="store_true", help="tanpa penjelasan / without the explanation"
    )


@command("skp", "kredit SKP inovator ASN dari berkas JSON / SKP credit from a file", _configure)
def run(args: argparse.Namespace) -> str:
    raw = read_file(str(args.file), field="FILE")
    assert raw is not None  # a path always yields text
    cases = SkpFile.load(raw)
    if args.json:
        return json.dumps(
            to_jsonable([r.to_dict() for r in cases.run()]), ensure_ascii=False, indent=2
        )
    return cases.report(args.lang, explanation=not args.ringkas)
