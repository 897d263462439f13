"""CLI output polish (issue 9): what a person reads in a terminal, a file or a pipe."""

from __future__ import annotations

import io
import json
import re
import sys
from pathlib import Path

import pytest

from inovasi_daerah.cli import build_parser, main
from inovasi_daerah.law.display import plural, show

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE = ROOT / "src" / "inovasi_daerah" / "examples" / "payakumbuh_2022.json"
YEAR = ROOT / "docs" / "examples" / "year_small.json"
ONE = ROOT / "docs" / "examples" / "inovasi_si_jalan.json"

# Raw keys a reader should never see: enum values and dict keys of the data.
RAW_KEYS = re.compile(
    r"\b(pelayanan_publik|tata_kelola|non_digital|uji_coba|urusan_utama|not_eligible|"
    r"missing_mandatory|procedure_gaps|pekerjaan_umum_dan_penataan_ruang|ketua_tim|anggota_tim)\b"
)


def _run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


class _Tty(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_progress_only_on_a_terminal(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Captured stderr is not a terminal: no ``\\r`` counter, no status line."""
    code, _, err = _run(capsys, "laporan", str(EXAMPLE))
    assert code == 0
    assert "\r" not in err
    assert err == ""
    code, _, err = _run(capsys, "nilai", str(YEAR))
    assert code == 0
    assert err == ""
    tty = _Tty()
    monkeypatch.setattr(sys, "stderr", tty)
    assert main(["laporan", str(EXAMPLE)]) == 0
    capsys.readouterr()
    assert "\r16/16" in tty.getvalue()


def test_laporan_markdown_headings_are_valid_markdown(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = _run(capsys, "laporan", str(EXAMPLE), "--format", "markdown", "--lang", "en")
    assert code == 0
    lines = out.splitlines()
    headings = [line for line in lines if line.startswith("#")]
    assert all(re.match(r"^#{1,6} \S", h) for h in headings), headings
    assert "## Advice for Kota Payakumbuh" in headings
    # a table ends with a blank line before the next block
    for i, line in enumerate(lines[:-1]):
        if line.startswith("|") and not lines[i + 1].startswith("|"):
            assert lines[i + 1] == ""


@pytest.mark.parametrize("lang", ["id", "en"])
@pytest.mark.parametrize("fmt", ["text", "markdown"])
def test_laporan_shows_labels_not_raw_keys_or_none(
    capsys: pytest.CaptureFixture[str], lang: str, fmt: str
) -> None:
    code, out, _ = _run(capsys, "laporan", str(EXAMPLE), "--format", fmt, "--lang", lang)
    assert code == 0
    assert RAW_KEYS.findall(out) == []
    assert not re.search(r"\b(None|True|False)\b", out)


def test_predicates_follow_lang_en(capsys: pytest.CaptureFixture[str]) -> None:
    _, laporan, _ = _run(capsys, "laporan", str(EXAMPLE), "--lang", "en")
    _, nilai, _ = _run(capsys, "nilai", str(YEAR), "--lang", "en")
    for out in (laporan, nilai):
        assert "Inovatif" not in out
        assert "Less innovative" in out
    _, contoh, _ = _run(capsys, "contoh", "--lang", "en")
    assert "Sangat Inovatif" not in contoh
    assert "Kurang Inovatif" not in contoh
    _, nilai_id, _ = _run(capsys, "nilai", str(YEAR))
    assert "Kurang Inovatif" in nilai_id


def test_numbers_are_rounded_for_display(capsys: pytest.CaptureFixture[str]) -> None:
    """The printed table shows 13.83, not 13.83333333333333333333333333; JSON stays exact."""
    for argv in (["nilai", str(YEAR)], ["nilai", str(YEAR), "--inovasi"]):
        _, out, _ = _run(capsys, *argv)
        assert not re.search(r"\d\.\d{3,}", out), out
    _, data, _ = _run(capsys, "nilai", str(YEAR), "--json")
    assert any(len(str(r["sid"])) > 10 for r in json.loads(data))


def test_no_none_in_banding(capsys: pytest.CaptureFixture[str]) -> None:
    for lang in ("id", "en"):
        code, out, _ = _run(capsys, "banding", str(ONE), "--lang", lang)
        assert code == 0
        assert "None" not in out


def test_skp_report_names_roles(capsys: pytest.CaptureFixture[str]) -> None:
    case = str(ROOT / "docs" / "examples" / "skp_case.json")
    code, out, _ = _run(capsys, "skp", case, "--lang", "en", "--ringkas")
    assert code == 0
    assert "(Team lead)" in out
    assert RAW_KEYS.findall(out) == []


def test_english_plurals(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    assert plural(1, "row", "rows", "en") == "1 row"
    assert plural(3, "row", "rows", "en") == "3 rows"
    year = json.loads(YEAR.read_text(encoding="utf-8"))
    year["regions"] = year["regions"][:1]
    one = tmp_path / "one.json"
    one.write_text(json.dumps(year), encoding="utf-8")
    _, out, _ = _run(capsys, "nilai", str(one), "--lang", "en")
    assert out.splitlines()[0].endswith(": 1 row")
    _, out, _ = _run(capsys, "nilai", str(YEAR), "--lang", "en")
    assert out.splitlines()[0].endswith(": 3 rows")
    _, out, _ = _run(capsys, "klinik", str(ONE), "--lang", "en", "--target", "80")
    assert not re.search(r"\b1 steps\b", out)
    assert re.search(r"\(\d+ steps?\)", out)


@pytest.mark.parametrize(
    "argv",
    [
        ["nilai", str(YEAR), "--csv", "--json"],
        ["laporan", str(EXAMPLE), "--format", "csv", "--json"],
        ["laporan", str(EXAMPLE), "--format", "markdown", "--json"],
    ],
)
def test_conflicting_output_flags_are_refused(
    capsys: pytest.CaptureFixture[str], argv: list[str]
) -> None:
    code, out, err = _run(capsys, *argv)
    assert code == 2
    assert out == ""
    assert "--json" in err
    assert "choose one output format" in err


def _helps() -> dict[str, str]:
    parser = build_parser()
    sub = next(a for a in parser._actions if a.dest == "command")
    choices: dict[str, object] = sub.choices  # type: ignore[assignment]
    return {name: p.format_help() for name, p in choices.items()}  # type: ignore[attr-defined]


@pytest.mark.parametrize("name", sorted(_helps()))
def test_every_command_states_its_default_edition(name: str) -> None:
    text = " ".join(_helps()[name].split())
    assert re.search(r"edisi IGA|IGA edition", text), text
    if "--edisi" in text:
        assert re.search(r"default \d{4}", text), text


def test_show() -> None:
    from decimal import Decimal

    assert show(Decimal("15.41666666666666666666666667"), "en") == "15.42"
    assert show(Decimal("22.83"), "en") == "22.83"
    assert show(None, "id") == "-"
    assert show(False, "en") == "no"
