"""The input JSON Schemas accept what the loaders accept (issue 9, "Input contract").

- every shipped example and every JSON example of the docs validates against its schema with
  a real validator (``jsonschema``, Draft 2020-12, formats checked);
- on instances generated from the schema (``tests/schema_strategy.py``), the loader never
  refuses what the schema allows for a *structural* reason (unknown key, type, enum, length,
  missing field): its only refusals are the library's own rules that the schema documents as
  beyond JSON Schema (rules across fields, the NIP layout, impossible dates).
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

import jsonschema
import pytest
from hypothesis import HealthCheck, given, settings

from inovasi_daerah.commands.schema import SCHEMAS
from inovasi_daerah.errors import InovasiDaerahError
from inovasi_daerah.iga.bulk import parse_year
from inovasi_daerah.io.schema import enum_pattern
from inovasi_daerah.models import Innovation, Innovator, RegionalGovernment, RegionalOffice
from inovasi_daerah.models.enums import Form, GovernmentLevel, LegalEnum, Stage, Urusan
from inovasi_daerah.skp import SkpFile
from schema_strategy import from_schema

ROOT = Path(__file__).resolve().parent.parent
FORMATS = jsonschema.Draft202012Validator.FORMAT_CHECKER


def _validator(name: str) -> jsonschema.Draft202012Validator:
    schema = SCHEMAS[name]()
    jsonschema.Draft202012Validator.check_schema(schema)
    return jsonschema.Draft202012Validator(schema, format_checker=FORMATS)


def _schema_of(data: Any) -> str | None:
    """Which input format a JSON document is, by its keys."""
    keys = set(data) if isinstance(data, dict) else set()
    if keys & {"regions", "edition", "edisi"}:
        return "tahun"
    if keys & {"periode", "period", "cases", "kasus"} or isinstance(data, list):
        return "skp"
    if keys & {"tahapan", "stage"}:
        return "inovasi"
    if keys & {"pak_konvensional", "conventional_pak", "jenjang"}:
        return "karier"
    return None


def _docs_examples() -> list[tuple[str, Any]]:
    found = []
    for md in sorted([*ROOT.glob("docs/*.md"), ROOT / "README.md"]):
        text = md.read_text(encoding="utf-8")
        for i, block in enumerate(re.findall(r"```json\n(.*?)```", text, re.DOTALL)):
            found.append((f"{md.name}#{i}", json.loads(block)))
    return found


SHIPPED = sorted(
    [*ROOT.glob("docs/examples/*.json"), *ROOT.glob("src/inovasi_daerah/examples/*.json")]
)


@pytest.mark.parametrize("path", SHIPPED, ids=lambda p: p.name)
def test_every_shipped_example_validates_against_its_schema(path: Path) -> None:
    data = json.loads(path.read_text(encoding="utf-8"))
    documents: list[tuple[str, Any]] = []
    if isinstance(data, dict) and "inovasi" in data and "periode" not in data:
        # the portfolio file of `laporan`: its parts have schemas
        documents += [("inovasi", inv) for inv in data["inovasi"]]
        documents += [("pemda", data["pemda"])] if "pemda" in data else []
        if "perangkat_daerah" in data:
            documents.append(("perangkat_daerah", data["perangkat_daerah"]))
    elif isinstance(data, dict) and "karier" in data:
        # the embedded career example of `contoh`: its career part is a career input
        documents.append(("karier", data["karier"]))
    else:
        name = _schema_of(data)
        assert name is not None, path
        documents.append((name, data))
    assert documents
    for name, doc in documents:
        errors = [f"{e.json_path}: {e.message[:200]}" for e in _validator(name).iter_errors(doc)]
        assert not errors, (path.name, name, errors[:3])


def test_docs_hold_json_examples() -> None:
    assert _docs_examples(), "no ```json example in docs/: the next test would test nothing"


@pytest.mark.parametrize(("where", "data"), _docs_examples(), ids=lambda x: str(x)[:30])
def test_every_json_example_of_the_docs_validates(where: str, data: Any) -> None:
    name = _schema_of(data)
    assert name is not None, f"{where}: which format is this example?"
    errors = [f"{e.json_path}: {e.message[:200]}" for e in _validator(name).iter_errors(data)]
    assert not errors, (where, errors[:3])


@pytest.mark.parametrize("cls", [Stage, Form, Urusan, GovernmentLevel])
def test_enum_pattern_accepts_every_spelling_the_loader_reads(cls: type[LegalEnum]) -> None:
    pattern = re.compile(enum_pattern(cls))
    for member in cls:
        for text in (member.value, member.name, member.label.id, member.label.en.upper()):
            assert pattern.search(f" {text} ") is not None, text
            assert cls(f" {text} ") is member


def test_enum_pattern_matches_only_what_the_loader_reads() -> None:
    pattern = re.compile(enum_pattern(Urusan))
    assert pattern.search("pupr") is not None
    assert Urusan("pupr")
    assert pattern.search("jalan rusak") is None


# -- the loader accepts what the schema accepts ------------------------------------------------

#: The library's own rules the schemas document as beyond JSON Schema (see io/schema.GAPS).
_SEMANTIC = "value_error"

LOADERS: dict[str, Callable[[str], Any]] = {
    "inovasi": Innovation.from_json,
    "inovator": Innovator.from_json,
    "perangkat_daerah": RegionalOffice.from_json,
    "pemda": RegionalGovernment.from_json,
    "skp": SkpFile.load,
    "tahun": parse_year,
}


def _structural(exc: InovasiDaerahError) -> list[Any]:
    leaves = getattr(exc, "_leaves", None)
    assert leaves is not None, f"error without its validation details: {exc}"
    return [lf for lf in leaves if lf.type != _SEMANTIC]


@pytest.mark.parametrize("name", sorted(LOADERS))
def test_loader_accepts_what_the_schema_accepts(name: str) -> None:
    schema = SCHEMAS[name]()
    validator = jsonschema.Draft202012Validator(schema, format_checker=FORMATS)
    examples = 40 if name in ("inovasi", "skp", "tahun") else 100
    instances = from_schema(schema)  # built once: building it is the slow part

    @settings(
        max_examples=examples,
        deadline=None,
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
    )
    @given(instances)
    def check(instance: Any) -> None:
        # the generator keeps to the schema
        assert not list(validator.iter_errors(instance))
        text = json.dumps(instance)
        refused: InovasiDaerahError | None = None
        try:
            LOADERS[name](text)
        except InovasiDaerahError as exc:
            refused = exc
        if refused is not None:
            assert not _structural(refused), (str(refused), _structural(refused), text[:500])

    check()


def test_date_schema_accepts_iso_and_indonesian_text() -> None:
    validator = _validator("inovasi")
    base = {"nama_inovasi": "X", "bentuk": "tata kelola", "tahapan": "uji coba", "inisiator": "ASN"}
    for text in ("2022-03-01", "1 Maret 2022", "20 April 2022"):
        assert validator.is_valid({**base, "waktu_uji_coba": text})
        assert Innovation.from_dict({**base, "waktu_uji_coba": text}).trial_start is not None
    assert not validator.is_valid({**base, "waktu_uji_coba": "kemarin"})


def test_schema_refuses_two_names_of_one_field() -> None:
    """The loader refuses {"name": .., "nama_inovasi": ..} (the second is unknown)."""
    base = {"bentuk": "tata kelola", "tahapan": "uji coba", "inisiator": "ASN"}
    both = {**base, "name": "X", "nama_inovasi": "Y"}
    assert not _validator("inovasi").is_valid(both)
    with pytest.raises(InovasiDaerahError):
        Innovation.from_dict(both)
