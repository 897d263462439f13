"""The command line: every command on the example and on bad input (clear message, exit 2)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from inovasi_daerah.cli import main


def test_contoh_in_both_languages(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["contoh"]) == 0
    out_id = capsys.readouterr().out
    assert "ILUSTRATIF" in out_id
    assert "Dinas Pekerjaan Umum dan Penataan Ruang Kota Payakumbuh" in out_id
    assert main(["contoh", "--lang", "en"]) == 0
    out_en = capsys.readouterr().out
    assert "ILLUSTRATIVE" in out_en
    assert out_en != out_id


def test_contoh_json_is_valid_json(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["contoh", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert len(data["innovations"]) == 16
    assert data["government"]["name"] == "Kota Payakumbuh"


def test_schema(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["schema"]) == 0
    schema = json.loads(capsys.readouterr().out)
    # stage is required under either of its names (issue 9: schemas accept the aliases)
    assert {"anyOf": [{"required": ["stage"]}, {"required": ["tahapan"]}]} in schema["allOf"]


def test_unknown_schema_is_a_clear_error(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["schema", "tidak-ada"]) == 2
    err = capsys.readouterr().err
    assert "skema tidak dikenal" in err
    assert "Traceback" not in err


def test_no_command_prints_help(capsys: pytest.CaptureFixture[str]) -> None:
    assert main([]) == 2
    assert "PERINTAH" in capsys.readouterr().err


def test_bad_option_exits_2_without_traceback(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exc:
        main(["contoh", "--lang", "fr"])
    assert exc.value.code == 2
    assert "Traceback" not in capsys.readouterr().err


def test_python_dash_m_runs(tmp_path: Path) -> None:
    proc = subprocess.run(
        [sys.executable, "-m", "inovasi_daerah", "--version"],
        capture_output=True,
        text=True,
        check=False,
        cwd=tmp_path,
    )
    assert proc.returncode == 0
    assert "inovasi-daerah" in proc.stdout


EXAMPLES = Path(__file__).resolve().parent.parent / "docs" / "examples"


def test_contoh_has_every_section(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["contoh", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert set(data) >= {"innovations", "maturity", "index", "skp", "clinic"}
    assert data["clinic"]["actions"]
    assert any(i["criteria"]["met"] is False for i in data["innovations"])
    assert data["index"]["predicate"] in {"Sangat Inovatif", "Inovatif", "Kurang Inovatif"}


@pytest.mark.parametrize("extra", [[], ["--csv"], ["--json"], ["--inovasi"], ["--lang", "en"]])
def test_nilai_scores_a_year_file(extra: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["nilai", str(EXAMPLES / "year_small.json"), *extra]) == 0
    assert "Kota Payakumbuh" in capsys.readouterr().out or "--inovasi" in extra


@pytest.mark.parametrize("extra", [[], ["--ringkas"], ["--json"], ["--lang", "en"]])
def test_skp_reports_a_case_file(extra: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["skp", str(EXAMPLES / "skp_case.json"), *extra]) == 0
    assert capsys.readouterr().out.strip()


@pytest.mark.parametrize("cmd", ["nilai", "skp"])
@pytest.mark.parametrize("content", [None, "{", "[1]", '{"regions": 5}', '{"x": 1}'])
def test_file_commands_on_bad_input(
    cmd: str, content: str | None, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "input.json"
    if content is not None:
        path.write_text(content, encoding="utf-8")
    assert main([cmd, str(path)]) == 2
    err = capsys.readouterr().err
    assert "galat/error" in err
    assert "Traceback" not in err
