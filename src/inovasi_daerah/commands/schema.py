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
from inovasi_daerah.models import Innovation, Innovator, PerangkatDaerah, RegionalGovernment
from inovasi_daerah.skp import CareerInput, SkpFile
from inovasi_daerah.skp.regional import regional_rule_schema

#: Named schemas; rule modules add theirs (e.g. the IGA year file, the SKP case file).
SCHEMAS: dict[str, Callable[[], dict[str, Any]]] = {
    "inovasi": Innovation.model_json_schema,
    "inovator": Innovator.model_json_schema,
    "perangkat_daerah": PerangkatDaerah.model_json_schema,
    "pemda": RegionalGovernment.model_json_schema,
    "tahun": year_schema,
    "skp": SkpFile.model_json_schema,
    "karier": CareerInput.model_json_schema,
    "aturan": edition_schema,
    "aturan_daerah": regional_rule_schema,
}


def _configure(p: argparse.ArgumentParser) -> None:
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
        raise InvalidInput(f"skema tidak dikenal; ada: {', '.join(SCHEMAS)}", field="nama")
    return json.dumps(SCHEMAS[name](), ensure_ascii=False, indent=2)
