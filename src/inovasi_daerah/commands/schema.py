"""``inovasi-daerah schema``: the JSON Schema of the input formats."""

from __future__ import annotations

import argparse
import json
from collections.abc import Callable
from typing import Any

from inovasi_daerah.cli import command
from inovasi_daerah.errors import InvalidInput
from inovasi_daerah.iga.bulk import year_schema
from inovasi_daerah.iga.files import edition_schema
from inovasi_daerah.io.schema import input_schema
from inovasi_daerah.models import Innovation, Innovator, PerangkatDaerah, RegionalGovernment
from inovasi_daerah.pp38.files import rules_schema as pp38_rules_schema
from inovasi_daerah.skp import CareerInput, skp_file_schema
from inovasi_daerah.skp.regional import regional_rule_schema

#: Named schemas of the input formats, generated from the models in validation mode with
#: every alias and enum spelling (``inovasi_daerah.io.schema``): they accept what the loaders
#: accept.
SCHEMAS: dict[str, Callable[[], dict[str, Any]]] = {
    "inovasi": lambda: input_schema(Innovation, title="Inovasi daerah (Innovation)"),
    "inovator": lambda: input_schema(Innovator, title="Inovator (Innovator)"),
    "perangkat_daerah": lambda: input_schema(PerangkatDaerah, title="Perangkat daerah"),
    "pemda": lambda: input_schema(RegionalGovernment, title="Pemerintah daerah"),
    "tahun": year_schema,
    "skp": skp_file_schema,
    "karier": lambda: input_schema(CareerInput, title="Karier JF (career input)"),
    "aturan": edition_schema,
    "aturan_daerah": regional_rule_schema,
    "aturan_pp38": pp38_rules_schema,
}


def _configure(p: argparse.ArgumentParser) -> None:
    p.epilog = "Tanpa edisi IGA. / No IGA edition."
    p.add_argument(
        "nama",
        nargs="?",
        default="inovasi",
        help="skema yang diminta / which schema: " + ", ".join(SCHEMAS),
    )


@command("schema", "JSON Schema masukan / JSON Schema of the input", _configure)
def run(args: argparse.Namespace) -> str:
    name = str(args.nama)
    if name not in SCHEMAS:
        raise InvalidInput(
            f"skema tidak dikenal; ada: {', '.join(SCHEMAS)}",
            field="nama",
            value=name,
            message_en=f"unknown schema; known: {', '.join(SCHEMAS)}",
        )
    return json.dumps(SCHEMAS[name](), ensure_ascii=False, indent=2)
