"""``inovasi-daerah banding`` reads user edition files (.toml), as ``nilai`` and ``aturan`` do
(issue 12): the diff and the maturity under an edition loaded and checked like a shipped one.
A loaded edition is forgotten after each test (conftest)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from inovasi_daerah.cli import main

ROOT = Path(__file__).resolve().parents[1]
EDITION_2027 = ROOT / "docs" / "examples" / "aturan_iga_2027.toml"
INNOVATION = ROOT / "docs" / "examples" / "inovasi_si_jalan.json"


def test_banding_diffs_a_shipped_edition_against_a_user_file(
    capsys: pytest.CaptureFixture[str],
) -> None:
    """Lampiran I butir XI.B and the predikat bands: the example 2027 file changes the divisor
    (12 → 14) and the top band (65.01 → 70.01) of IGA 2026, and banding shows exactly that."""
    assert main(["banding", "--edisi", "2026", str(EDITION_2027), "--lang", "en"]) == 0
    out = capsys.readouterr().out
    assert "iga-2026 → iga-2027" in out
    assert "divisor_k: 12 → 14" in out
    assert "70.01–100.00" in out


def test_banding_with_a_file_scores_under_the_user_edition(
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert (
        main(["banding", str(INNOVATION), "--edisi", "iga-2026", str(EDITION_2027), "--json"]) == 0
    )
    data = json.loads(capsys.readouterr().out)
    assert set(data["maturity"]) == {"iga-2026", "iga-2027"}
    # the 2027 file changes only the divisor and the bands: the maturity is the same
    assert data["maturity"]["iga-2026"]["score"] == data["maturity"]["iga-2027"]["score"]


@pytest.mark.parametrize("spec", ["tidak_ada.toml", "iga-1999", "20x6"])
def test_banding_refuses_an_unknown_edition(spec: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["banding", "--edisi", "2026", spec]) == 2
    err = capsys.readouterr().err
    assert "galat/error" in err
    assert "Traceback" not in err


def test_banding_refuses_a_broken_edition_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    broken = tmp_path / "rusak.toml"
    broken.write_text(EDITION_2027.read_text("utf-8").replace("value = 14", 'value = "14.5x"'))
    assert main(["banding", "--edisi", "2026", str(broken)]) == 2
    assert "rusak.toml" in capsys.readouterr().err
