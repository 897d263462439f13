"""``inovasi-daerah schema``: the JSON Schema of the input formats."""

from __future__ import annotations

import argparse
import json
from collections.abc import Callable
from typing import Any

from inovasi_daerah import nip
from inovasi_daerah.cli import command
from inovasi_daerah.errors import InvalidInput
from inovasi_daerah.iga.bulk import year_schema
from inovasi_daerah.iga.files import LEVELS_FILE, edition_schema
from inovasi_daerah.io.schema import input_schema
from inovasi_daerah.law.load import Table, json_schema
from inovasi_daerah.models import Innovation, Innovator, RegionalGovernment, RegionalOffice
from inovasi_daerah.pp38.files import rules_schema as pp38_rules_schema
from inovasi_daerah.skp import (
    CareerInput,
    career_rules,
    permenpanrb_1_2023,
    pp30,
    pp46,
    regime,
    skp_file_schema,
)
from inovasi_daerah.skp import permenpanrb_6_2022 as pm6
from inovasi_daerah.skp.regional import regional_rule_schema


def _rule_file(spec: Table, name: str, title: str) -> Callable[[], dict[str, Any]]:
    """The JSON Schema of the rule files following ``spec`` (the loader's own format)."""
    return lambda: json_schema(
        spec, title=title, schema_id=f"https://inovasi-daerah.example/schema/{name}.json"
    )


#: Named schemas of the input formats, generated from the models in validation mode with
#: every alias and enum spelling (``inovasi_daerah.io.schema``): they accept what the loaders
#: accept. The ``aturan*`` schemas describe the rule files, generated from the loaders' specs.
SCHEMAS: dict[str, Callable[[], dict[str, Any]]] = {
    "inovasi": lambda: input_schema(Innovation, title="Inovasi daerah (Innovation)"),
    "inovator": lambda: input_schema(Innovator, title="Inovator (Innovator)"),
    "perangkat_daerah": lambda: input_schema(RegionalOffice, title="Perangkat daerah"),
    "pemda": lambda: input_schema(RegionalGovernment, title="Pemerintah daerah"),
    "tahun": year_schema,
    "skp": skp_file_schema,
    "karier": lambda: input_schema(CareerInput, title="Karier JF (career input)"),
    "aturan": edition_schema,
    "aturan_daerah": regional_rule_schema,
    "aturan_pp38": pp38_rules_schema,
    "aturan_skp": _rule_file(
        pm6.REGIME_FILE,
        "aturan-skp",
        "Berkas aturan penilaian kinerja PermenPANRB 6/2022 (SKP regime file; skp.load_regime)",
    ),
    "aturan_skp_pp46": _rule_file(
        pp46.REGIME_FILE, "aturan-skp-pp46", "Berkas aturan SKP PP 46/2011 (SKP regime file)"
    ),
    "aturan_skp_pp30": _rule_file(
        pp30.REGIME_FILE, "aturan-skp-pp30", "Berkas aturan SKP PP 30/2019 (SKP regime file)"
    ),
    "aturan_skp_umum": _rule_file(
        regime.COMMON_FILE,
        "aturan-skp-umum",
        "Aturan bersama rezim SKP (rules shared by the SKP regimes)",
    ),
    "aturan_angka_kredit": _rule_file(
        permenpanrb_1_2023.RULE_FILE,
        "aturan-angka-kredit",
        "Berkas aturan angka kredit PermenPANRB 1/2023 (angka kredit rule file)",
    ),
    "aturan_karier": _rule_file(
        career_rules.RULE_FILE,
        "aturan-karier",
        "Berkas aturan karier jabatan fungsional (career rule file)",
    ),
    "aturan_level": _rule_file(
        LEVELS_FILE, "aturan-level", "Skala level indikator IGA (IGA indicator level scale)"
    ),
    "aturan_nip": _rule_file(
        nip.NIP_RULE_FILE, "aturan-nip", "Berkas aturan susunan NIP / NI PPPK (NIP rule file)"
    ),
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
    """``inovasi-daerah schema``: the JSON Schema of the input named ``nama``."""
    name = str(args.nama)
    if name not in SCHEMAS:
        raise InvalidInput(
            f"skema tidak dikenal; ada: {', '.join(SCHEMAS)}",
            field="nama",
            value=name,
            message_en=f"unknown schema; known: {', '.join(SCHEMAS)}",
        )
    return json.dumps(SCHEMAS[name](), ensure_ascii=False, indent=2)
