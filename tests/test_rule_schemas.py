"""JSON Schemas of the rule files (issue 12): every shipped rule file validates against the
schema ``inovasi-daerah schema NAME`` prints (jsonschema, Draft 2020-12), and the schema refuses
what the loader refuses (an unknown key)."""

from __future__ import annotations

import json
import tomllib
from pathlib import Path
from typing import Any

import pytest

from inovasi_daerah.cli import main
from inovasi_daerah.commands.schema import SCHEMAS
from inovasi_daerah.law.load import rules_root

jsonschema = pytest.importorskip("jsonschema")

ROOT = Path(__file__).resolve().parents[1]
RULES = rules_root()

#: Each rule-file schema and the shipped files it describes.
FILES: dict[str, list[Path]] = {
    "aturan_pp38": [RULES / "pp38" / "pp38_2017.toml"],
    "aturan_skp": [RULES / "skp" / "permenpanrb_6_2022.toml"],
    "aturan_skp_pp46": [RULES / "skp" / "pp46_2011.toml"],
    "aturan_skp_pp30": [RULES / "skp" / "pp30_2019.toml"],
    "aturan_skp_umum": [RULES / "skp" / "common.toml"],
    "aturan_angka_kredit": [RULES / "skp" / "angka_kredit_2023.toml"],
    "aturan_karier": [RULES / "skp" / "career_2023.toml"],
    "aturan_nip": [RULES / "nip" / "perka_bkn_22_2007.toml"],
    "aturan_level": [RULES / "iga_scale" / "levels.toml"],
    "aturan_daerah": sorted((RULES / "regional").glob("*.toml")),
    "aturan": sorted((RULES / "iga").glob("*.toml")),
}


def test_every_shipped_rule_file_has_a_schema() -> None:
    """No rule file the package ships is left without the schema that describes it."""
    covered = {p for paths in FILES.values() for p in paths}
    assert sorted(RULES.rglob("*.toml")) == sorted(covered)


def _json(path: Path) -> Any:
    """A TOML rule file as the JSON data a schema validates (dates as ISO text)."""
    raw = tomllib.loads(path.read_text(encoding="utf-8"))
    return json.loads(json.dumps(raw, default=lambda d: d.isoformat()))


def _validator(name: str) -> Any:
    schema = SCHEMAS[name]()
    jsonschema.Draft202012Validator.check_schema(schema)
    return jsonschema.Draft202012Validator(schema, format_checker=jsonschema.FormatChecker())


@pytest.mark.parametrize(
    ("name", "path"), [(n, p) for n, paths in FILES.items() for p in paths], ids=str
)
def test_every_shipped_rule_file_validates_against_its_schema(name: str, path: Path) -> None:
    errors = [e.message for e in _validator(name).iter_errors(_json(path))]
    assert errors == []


@pytest.mark.parametrize("name", list(FILES))
def test_the_schema_refuses_an_unknown_key(name: str) -> None:
    data = _json(FILES[name][0])
    data["kunci_asing"] = 1
    assert not _validator(name).is_valid(data)


@pytest.mark.parametrize("name", list(FILES))
def test_the_cli_prints_the_schema(name: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["schema", name]) == 0
    schema = json.loads(capsys.readouterr().out)
    assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    assert schema == json.loads(json.dumps(SCHEMAS[name]()))
