"""Tests that kill the mutants of ``skp/regional.py`` (issue 10): regional rules crediting
innovators (skp.md §8) — Pergub Kepulauan Riau 38/2025, Kota Payakumbuh — their rule files,
the matching of a region's name and their validity."""

from __future__ import annotations

import dataclasses
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from inovasi_daerah.errors import DataIntegrityError, InvalidInput
from inovasi_daerah.law import Status, T
from inovasi_daerah.law.load import read_rule_file, rules_root
from inovasi_daerah.skp import regional as g

KEPRI = g.KEPRI_PERGUB_38_2025
PAYAKUMBUH = g.PAYAKUMBUH_NILAI_TAMBAH
KEPRI_FILE = rules_root() / "regional" / "kepri_pergub_38_2025.toml"


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Pemerintah Provinsi Kepulauan Riau", "provinsi kepulauan riau"),
        ("Pemprov Kepulauan Riau", "provinsi kepulauan riau"),
        ("Prov. Kepulauan  Riau", "provinsi kepulauan riau"),
        ("Propinsi Kepulauan Riau", "provinsi kepulauan riau"),
        ("PROVINSI Kepulauan Riau", "provinsi kepulauan riau"),
        ("Pemerintah Kota Payakumbuh", "kota payakumbuh"),
        ("Pemkot Payakumbuh", "kota payakumbuh"),
        ("Pemko Payakumbuh", "kota payakumbuh"),
        ("Kota Payakumbuh", "kota payakumbuh"),
        ("Pemerintah Kabupaten Bogor", "kabupaten bogor"),
        ("Pemkab Bogor", "kabupaten bogor"),
        ("Kab. Bogor", "kabupaten bogor"),
        ("Kabupaten Bogor", "kabupaten bogor"),
        ("Provinsial", "provinsial"),  # a prefix only counts as a whole word
        ("Kotabaru", "kotabaru"),
    ],
)
def test_region_spellings_are_one_name_skp_md_8(name: str, expected: str) -> None:
    assert g.normalize_region(name) == expected


def test_kota_and_kabupaten_stay_distinct() -> None:
    assert g.normalize_region("Kota Bogor") != g.normalize_region("Kabupaten Bogor")


def test_a_rule_applies_to_its_region_and_aliases_only() -> None:
    assert KEPRI.applies_to("Prov. Kepulauan Riau")
    assert KEPRI.applies_to("kepri")
    assert KEPRI.applies_to("Pemprov Kepri")
    assert not KEPRI.applies_to("Kota Payakumbuh")
    assert not KEPRI.applies_to("   ")
    assert not KEPRI.applies_to(None)
    assert not KEPRI.applies_to(5)  # type: ignore[arg-type]
    assert PAYAKUMBUH.applies_to("Payakumbuh")


def test_in_force_during_includes_both_ends_pergub_kepri_38_2025() -> None:
    """From SKP 2026: a period ending 2026-01-01 touches it, one ending 2025-12-31 does not."""
    assert KEPRI.in_force_during(date(2025, 1, 1), date(2026, 1, 1))
    assert not KEPRI.in_force_during(date(2025, 1, 1), date(2025, 12, 31))
    ended = dataclasses.replace(KEPRI, valid_to=date(2026, 12, 31))
    assert ended.in_force_during(date(2026, 12, 31), date(2027, 6, 30))
    assert not ended.in_force_during(date(2027, 1, 1), date(2027, 6, 30))
    assert PAYAKUMBUH.in_force_during(date(2000, 1, 1), date(2000, 1, 2))


@pytest.mark.parametrize("args", [("2026-01-01", date(2026, 1, 2)), (date(2026, 1, 1), None)])
def test_in_force_during_refuses_non_dates(args: tuple[Any, Any]) -> None:
    with pytest.raises(InvalidInput) as exc:
        KEPRI.in_force_during(*args)
    assert exc.value.field == "start"
    assert exc.value.value == args
    assert exc.value.message_en


def test_to_dict_holds_every_part() -> None:
    d = dataclasses.replace(KEPRI, valid_to=date(2027, 1, 1), value=Decimal("2.5")).to_dict()
    assert d["id"] == "kepri_pergub_38_2025"
    assert d["region"] == "Provinsi Kepulauan Riau"
    assert d["instrument"] == KEPRI.instrument
    assert d["kind"] == "mandatory_rhk"
    assert d["valid_from"] == "2026-01-01"
    assert d["valid_to"] == "2027-01-01"
    assert d["value"] == "2.5"
    assert d["status"] == "VERIFIED"
    assert d["citation"]["instrument"] == "Pergub Kepulauan Riau 38/2025"
    assert d["citation"]["checked"] == "2026-11-01"
    assert d["description"] == {"id": KEPRI.description.id, "en": KEPRI.description.en}
    p = PAYAKUMBUH.to_dict()
    assert p["valid_from"] is None
    assert p["valid_to"] is None
    assert p["value"] is None


def _rule(**changes: Any) -> g.RegionalInnovationCredit:
    base: dict[str, Any] = {
        "id": "r",
        "region": "Kota X",
        "instrument": "Perwako X 1/2024",
        "kind": "gate",
        "citation": KEPRI.citation,
        "description": T("a", "b"),
    }
    return g.RegionalInnovationCredit(**{**base, **changes})


def test_a_rule_takes_its_status_from_the_citation_and_its_kind_from_text() -> None:
    r = _rule()
    assert r.kind is g.RegionalRuleKind.GATE
    assert r.status is Status.VERIFIED
    assert _rule(status=Status.VERIFIED).status is Status.VERIFIED


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"id": ""}, "id"),
        ({"region": "  "}, "id"),
        ({"instrument": " "}, "id"),
        ({"citation": "Perwako X"}, "r"),
        ({"status": Status.UNCERTAIN}, "r.status"),
        ({"valid_from": date(2024, 2, 1), "valid_to": date(2024, 1, 31)}, "r.valid_to"),
        ({"value": 2}, "value"),  # not a Decimal: refused by the constructor's type check
        ({"value": Decimal("NaN")}, "r.value"),
        ({"kind": "points"}, "r.value"),  # a points rule without a number must be UNCERTAIN
    ],
)
def test_a_broken_rule_is_refused_naming_the_field(changes: dict[str, Any], field: str) -> None:
    with pytest.raises((DataIntegrityError, InvalidInput)) as exc:
        _rule(**changes)
    assert exc.value.field == field
    assert exc.value.message_en


def test_edge_validities_and_values_are_accepted() -> None:
    assert _rule(valid_from=date(2024, 1, 1), valid_to=date(2024, 1, 1)).valid_to
    assert _rule(valid_to=date(2024, 1, 1)).valid_from is None
    assert _rule(kind="points", value=Decimal(2)).value == 2
    assert _rule(kind="points", citation=PAYAKUMBUH.citation).value is None


# -- rule files ------------------------------------------------------------------------------
def test_shipped_rule_files_read_again_skp_md_8() -> None:
    assert g._shipped("kepri_pergub_38_2025") == KEPRI
    again = g._shipped("payakumbuh_nilai_tambah_skp")
    assert again == PAYAKUMBUH
    assert again.region_aliases == ("Payakumbuh", "Pemko Payakumbuh")
    assert g.regional_rules()[:2] == (KEPRI, PAYAKUMBUH)


def test_rule_from_file_reads_every_field() -> None:
    data: dict[str, Any] = read_rule_file(KEPRI_FILE)
    data["id"] = "contoh"
    data["value"] = "3"
    data["valid"] = {"from": date(2026, 1, 1), "to": date(2026, 12, 31)}
    r = g.regional_rule_from_file(data, "contoh.toml")
    assert r.id == "contoh"
    assert r.value == 3
    assert r.valid_to == date(2026, 12, 31)
    assert r.region == KEPRI.region
    assert r.instrument == KEPRI.instrument
    assert r.citation == KEPRI.citation
    assert r.description == KEPRI.description
    assert r.region_aliases == KEPRI.region_aliases


def test_rule_from_file_names_the_file_in_an_integrity_error() -> None:
    data: dict[str, Any] = read_rule_file(KEPRI_FILE)
    data["valid"] = {"from": date(2026, 1, 1), "to": date(2025, 1, 1)}
    with pytest.raises(DataIntegrityError) as exc:
        g.regional_rule_from_file(data, "contoh.toml")
    assert exc.value.field == "contoh.toml: kepri_pergub_38_2025.valid_to"
    assert exc.value.message_en == "valid_to before valid_from"


@pytest.mark.parametrize(("args", "field"), [((["x"], "f.toml"), "data"), (({}, 5), "file")])
def test_rule_from_file_refuses_wrong_types(args: tuple[Any, Any], field: str) -> None:
    with pytest.raises(InvalidInput) as exc:
        g.regional_rule_from_file(*args)
    assert exc.value.field == field


def test_loaded_rule_cites_its_file_and_joins_the_rules(tmp_path: Path) -> None:
    text = KEPRI_FILE.read_text(encoding="utf-8").replace(
        'id = "kepri_pergub_38_2025"', 'id = "kepri_contoh"'
    )
    p = tmp_path / "kepri_contoh.toml"
    p.write_text(text, encoding="utf-8")
    r = g.load_regional_rule(str(p))
    assert r.citation.url == KEPRI.citation.url  # the file's own url is kept
    assert r.citation.note == f"{KEPRI.citation.note}; rule file: kepri_contoh.toml"
    assert g.regional_rules()[-1] is r


def test_loaded_rule_without_url_or_note_gets_the_file(tmp_path: Path) -> None:
    text = "\n".join(
        line
        for line in KEPRI_FILE.read_text(encoding="utf-8").splitlines()
        if not line.startswith(("cite.url", "cite.note"))
    ).replace('id = "kepri_pergub_38_2025"', 'id = "kepri_polos"')
    p = tmp_path / "polos.toml"
    p.write_text(text, encoding="utf-8")
    r = g.load_regional_rule(p)
    assert r.citation.url == p.resolve().as_uri()
    assert r.citation.note == "rule file: polos.toml"


def test_loaded_rule_with_a_shipped_id_is_refused(tmp_path: Path) -> None:
    p = tmp_path / "kepri.toml"
    p.write_text(KEPRI_FILE.read_text(encoding="utf-8"), encoding="utf-8")
    with pytest.raises(DataIntegrityError) as exc:
        g.load_regional_rule(p)
    assert exc.value.field == "kepri.toml: id"
    assert exc.value.message_en


def test_load_regional_rule_refuses_a_non_path() -> None:
    with pytest.raises(InvalidInput) as exc:
        g.load_regional_rule(5)  # type: ignore[arg-type]
    assert exc.value.field == "path"


def test_schema_names_the_file_format() -> None:
    s = g.regional_rule_schema()
    assert s["$id"] == "https://inovasi-daerah.example/schema/aturan-daerah.json"
    assert s["title"] == "Berkas aturan daerah (regional rule file)"
    assert "region" in s["required"]
