"""``inovasi-daerah skp --karier`` and ``schema karier`` (skp.md §5.6, §5.7; docs/career.md)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from inovasi_daerah.cli import main
from inovasi_daerah.models.enums import Jenjang
from inovasi_daerah.skp.permenpanrb_1_2023 import RULES as AK

EXAMPLE = Path(__file__).resolve().parent.parent / "docs" / "examples" / "karier.json"


def test_career_text_report_in_both_languages(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["skp", "--karier", str(EXAMPLE)]) == 0
    out = capsys.readouterr().out
    assert "AK integrasi = 87.5" in out
    assert "Kesiapan kenaikan jenjang" in out
    assert "bulan lebih cepat" in out
    assert main(["skp", "--karier", str(EXAMPLE), "--lang", "en"]) == 0
    assert "months sooner" in capsys.readouterr().out


def test_career_json(capsys: pytest.CaptureFixture[str]) -> None:
    """The worked example: 250 + 37.5 − 200 (skp.md §5.6), ledger to 206.25, ready but for
    pengembangan profesi (not given: not assessable)."""
    assert main(["skp", "--karier", str(EXAMPLE), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["integration"]["integrated"] == "87.5"
    assert data["ledger"]["balance"] == "206.25"
    jenjang = next(r for r in data["readiness"] if r["kind"] == "kenaikan_jenjang")
    assert jenjang["required"] == str(AK.thresholds.get()[Jenjang.AHLI_MUDA][1])
    assert jenjang["missing_facts"] == ["pengembangan_profesi"]
    assert data["comparison"]["months_gained"][-1] > 0


@pytest.mark.parametrize("part", ["integrasi", "kesiapan", "proyeksi"])
def test_career_parts(part: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["skp", "--karier", str(EXAMPLE), "--json", "--bagian", part]) == 0
    data = json.loads(capsys.readouterr().out)
    keys = {"integrasi": "integration", "kesiapan": "readiness", "proyeksi": "comparison"}
    assert keys[part] in data
    assert set(data) - {"name", keys[part], "ledger"} == set()


def test_schema_karier(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["schema", "karier"]) == 0
    schema = json.loads(capsys.readouterr().out)
    # jenjang and golongan are required under any of their names (issue 14: English first)
    assert {"anyOf": [{"required": ["career_level"]}, {"required": ["jenjang"]}]} in schema["allOf"]
    assert {
        "anyOf": [{"required": ["grade"]}, {"required": ["golongan"]}, {"required": ["pangkat"]}]
    } in schema["allOf"]
    assert "ConventionalPak" in schema["$defs"]


@pytest.mark.parametrize(
    "content",
    [
        "{",
        "[]",
        '{"jenjang": "Ahli Muda"}',
        '{"jenjang": "Ahli Muda", "golongan": "III/c", "pak": {"tanggal": "2023-02-01", '
        '"unsur_utama": "300"}}',
        '{"jenjang": "Mahir", "golongan": "III/a", "pak": {"tanggal": "2022-12-31", '
        '"unsur_utama": "150"}}',
        '{"jenjang": "Ahli Muda", "golongan": "III/c", "tahun": 0}',
    ],
)
def test_career_bad_input_exits_2_with_one_line(
    content: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "karier.json"
    path.write_text(content, encoding="utf-8")
    assert main(["skp", "--karier", str(path)]) == 2
    err = capsys.readouterr().err
    assert err.startswith("inovasi-daerah: galat/error:")
    assert "Traceback" not in err


def test_contoh_shows_one_innovators_projection_with_and_without(
    capsys: pytest.CaptureFixture[str],
) -> None:
    """The embedded Payakumbuh example: skp.credit's predikat before/after feed the projection."""
    assert main(["contoh", "--json"]) == 0
    career = json.loads(capsys.readouterr().out)["career"]
    comp = career["comparison"]
    assert comp["without"]["rows"][0]["predicate"] == "Baik"
    assert comp["with_innovation"]["rows"][0]["predicate"] == "Sangat Baik"
    assert comp["months_gained"][-1] > 0
    assert comp["uncertain"] is True
    assert main(["contoh"]) == 0
    assert "bulan lebih cepat" in capsys.readouterr().out


def test_docs_career_examples_run_and_state_true_results() -> None:
    """The Python blocks of docs/career.md run in order; their commented results hold."""
    import re

    from inovasi_daerah import skp

    text = (EXAMPLE.parent.parent / "career.md").read_text(encoding="utf-8")
    blocks = re.findall(r"```python\n(.*?)```", text, flags=re.DOTALL)
    assert len(blocks) >= 5
    scope: dict[str, object] = {}
    for block in blocks:
        exec(compile(block, "docs/career.md", "exec"), scope)  # our own docs
    led = scope["led"]
    assert isinstance(led, skp.LedgerResult)
    assert led.career_level is Jenjang.AHLI_MADYA
    assert str(led.balance) == "9.375"
    rd = scope["rd"]
    assert isinstance(rd, skp.ReadinessResult)
    assert rd.missing_facts == ("pengembangan_profesi",)
    comp = scope["c"]
    assert isinstance(comp, skp.ComparisonResult)
    assert comp.months_gained == (2, 18)
