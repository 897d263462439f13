"""Input contract (issue 9): files are read as people save them, nothing is silently dropped.

A UTF-8 byte-order mark is accepted; Latin-1 text and deep nesting give one message a person
understands (which file, what is wrong, where, what to do); ``-`` reads standard input; an
empty case list or portfolio is refused; an unknown region name is matched by its normalised
form or reported.
"""

from __future__ import annotations

import io
import json
from pathlib import Path
from typing import Any

import pytest

from inovasi_daerah import clinic, iga
from inovasi_daerah.cli import main
from inovasi_daerah.errors import InvalidInput
from inovasi_daerah.io.load import MAX_DEPTH, json_error, load_json
from inovasi_daerah.models import Innovation
from inovasi_daerah.skp import KEPRI_PERGUB_38_2025, SkpFile

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "docs" / "examples"
FILE_COMMANDS = ("nilai", "skp", "klinik", "laporan", "banding")
EXAMPLE_OF = {
    "nilai": "year_small.json",
    "skp": "skp_case.json",
    "klinik": "inovasi_si_jalan.json",
    "laporan": "../../src/inovasi_daerah/examples/payakumbuh_2022.json",
    "banding": "inovasi_si_jalan.json",
}


def _run(cmd: str, path: str, capsys: pytest.CaptureFixture[str], *extra: str) -> tuple[int, str]:
    argv = [cmd, path, *extra]
    status = main(argv)
    return status, capsys.readouterr().err


# -- byte-order mark -------------------------------------------------------------------------


@pytest.mark.parametrize("cmd", FILE_COMMANDS)
def test_a_utf8_bom_is_accepted_by_every_file_command(
    cmd: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = (EXAMPLES / EXAMPLE_OF[cmd]).resolve().read_bytes()
    path = tmp_path / "bom.json"
    path.write_bytes(b"\xef\xbb\xbf" + source)
    status, err = _run(cmd, str(path), capsys)
    assert status == 0, err


def test_models_and_loaders_accept_a_bom() -> None:
    text = (EXAMPLES / "inovasi_si_jalan.json").read_text(encoding="utf-8")
    assert Innovation.from_json("\ufeff" + text) == Innovation.from_json(text)
    assert Innovation.from_json(b"\xef\xbb\xbf" + text.encode()) == Innovation.from_json(text)
    skp = (EXAMPLES / "skp_case.json").read_text(encoding="utf-8")
    assert SkpFile.load("\ufeff" + skp) == SkpFile.load(skp)
    assert load_json("\ufeff[1]") == [1]


# -- unreadable files: one message per failure, in the user's terms ---------------------------


def _latin1(tmp_path: Path) -> Path:
    path = tmp_path / "latin.json"
    path.write_bytes('{\n  "nama_inovasi": "Café"\n}'.encode("latin-1"))
    return path


def _deep(tmp_path: Path) -> Path:
    path = tmp_path / "deep.json"
    path.write_text("[" * 5000 + "]" * 5000, encoding="utf-8")
    return path


def _empty(tmp_path: Path) -> Path:
    path = tmp_path / "empty.json"
    path.write_bytes(b"  \n")
    return path


@pytest.mark.parametrize("cmd", FILE_COMMANDS)
@pytest.mark.parametrize(
    ("make", "id_words", "en_words"),
    [
        (_latin1, ["bukan teks UTF-8", "0xE9", "baris 2", "simpan ulang"],
         ["not UTF-8", "0xE9", "line 2", "save the file again as UTF-8"]),
        (_deep, ["bersarang terlalu dalam", f"{MAX_DEPTH} tingkat"],
         ["nested too deeply", f"at most {MAX_DEPTH} levels"]),
        (_empty, ["kosong"], ["empty"]),
    ],
)  # fmt: skip
def test_unreadable_file_gives_one_understandable_message_in_every_command(
    cmd: str,
    make: Any,
    id_words: list[str],
    en_words: list[str],
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    path = make(tmp_path)
    for lang, words in (("id", id_words), ("en", en_words)):
        status, err = _run(cmd, str(path), capsys, "--lang", lang)
        assert status == 2
        assert str(path) in err  # which file
        for w in words:
            assert w in err, (lang, err)
        for raw in ("UnicodeDecodeError", "RecursionError", "Traceback", "codec can't"):
            assert raw not in err


def test_empty_file_has_the_same_wording_in_every_command(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = _empty(tmp_path)
    # the last line: `nilai` says what it reads first
    messages = {_run(cmd, str(path), capsys)[1].splitlines()[-1] for cmd in FILE_COMMANDS}
    assert len(messages) == 1, messages


def test_json_error_names_the_position_of_bad_syntax() -> None:
    err = json_error('{\n "a": 1,\n}', field="f.json")
    assert err.field == "f.json"
    assert "baris 3" in err.text("id")
    assert "line 3" in err.text("en")


# -- standard input ----------------------------------------------------------------------------


@pytest.mark.parametrize("cmd", FILE_COMMANDS)
def test_dash_reads_standard_input(
    cmd: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    data = (EXAMPLES / EXAMPLE_OF[cmd]).resolve().read_bytes()
    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(data), encoding="utf-8"))
    status, err = _run(cmd, "-", capsys)
    assert status == 0, err


def test_bad_standard_input_is_named_stdin(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(b'{"a":'), encoding="utf-8"))
    status, err = _run("laporan", "-", capsys)
    assert status == 2
    assert "<stdin>" in err
    assert "baris 1" in err


# -- nothing silently accepted or dropped ----------------------------------------------------


@pytest.mark.parametrize("content", ["[]", '{"kasus": []}', '{"cases": []}'])
def test_empty_case_list_is_an_error(
    content: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "kasus.json"
    path.write_text(content, encoding="utf-8")
    status, err = _run("skp", str(path), capsys)
    assert status == 2
    assert "cases" in err or "kasus" in err
    with pytest.raises(InvalidInput):
        SkpFile.load(content)


def test_case_with_nobody_to_assess_is_an_error() -> None:
    case = {
        "periode": {"mulai": "2026-01-01", "selesai": "2026-12-31"},
        "inovasi": [
            {"nama_inovasi": "X", "bentuk": "tata kelola", "tahapan": "inisiatif",
             "inisiator": "ASN"}
        ],
    }  # fmt: skip
    with pytest.raises(InvalidInput) as exc:
        SkpFile.from_data(case)
    assert "nobody to assess" in exc.value.text("en")


@pytest.mark.parametrize("content", ["[]", '{"inovasi": []}', '{"innovations": []}'])
def test_empty_portfolio_is_an_error(
    content: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "portofolio.json"
    path.write_text(content, encoding="utf-8")
    status, err = _run("laporan", str(path), capsys, "--lang", "en")
    assert status == 2
    assert "empty portfolio" in err


def test_empty_portfolio_is_refused_by_the_api() -> None:
    with pytest.raises(InvalidInput, match="kosong"):
        clinic.portfolio([], iga.edition(2026))


def _skp_case(region: str) -> dict[str, Any]:
    data: dict[str, Any] = json.loads((EXAMPLES / "skp_case.json").read_text(encoding="utf-8"))
    data["wilayah"] = region
    return data


@pytest.mark.parametrize(
    "region",
    ["Prov. Kepulauan Riau", "PROVINSI  KEPULAUAN RIAU", "Pemprov Kepulauan Riau", "prov kepri"],
)
def test_regional_rule_matches_a_normalised_region_name(region: str) -> None:
    """Pergub Kepulauan Riau 38/2025 applies however the province is spelled."""
    assert KEPRI_PERGUB_38_2025.applies_to(region)
    results = SkpFile.from_data(_skp_case(region)).run()
    assert all([e.rule_id for e in r.regional] == ["kepri_pergub_38_2025"] for r in results)
    assert all(r.unmatched_region is None for r in results)


def test_kota_and_kabupaten_of_one_name_stay_distinct() -> None:
    from inovasi_daerah.skp import PAYAKUMBUH_NILAI_TAMBAH

    assert PAYAKUMBUH_NILAI_TAMBAH.applies_to("Pemko Payakumbuh")
    assert not PAYAKUMBUH_NILAI_TAMBAH.applies_to("Kabupaten Payakumbuh")


def test_unknown_region_is_reported_in_the_result_and_the_cli(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    results = SkpFile.from_data(_skp_case("Kota Antah Berantah")).run()
    assert all(r.unmatched_region == "Kota Antah Berantah" for r in results)
    assert all(r.to_dict()["unmatched_region"] == "Kota Antah Berantah" for r in results)
    path = tmp_path / "kasus.json"
    path.write_text(json.dumps(_skp_case("Kota Antah Berantah")), encoding="utf-8")
    assert main(["skp", str(path), "--ringkas", "--lang", "en"]) == 0
    out = capsys.readouterr().out
    assert "'Kota Antah Berantah' matches no regional rule" in out
    assert "Provinsi Kepulauan Riau" in out


# -- absurd magnitudes and shares above 100 --------------------------------------------------

_INV = {"nama_inovasi": "X", "bentuk": "tata kelola", "tahapan": "inisiatif", "inisiator": "ASN"}


@pytest.mark.parametrize("budget", [10**400, "1e400", "1" + "0" * 30, "0.0000000000001"])
def test_absurd_magnitudes_are_refused(budget: object) -> None:
    with pytest.raises(InvalidInput) as exc:
        Innovation.from_dict({**_INV, "anggaran": budget})
    assert exc.value.field == "anggaran"
    assert "10^15" in exc.value.text("en")


def test_absurd_magnitude_in_json_and_indicator_values_is_refused() -> None:
    with pytest.raises(InvalidInput, match="anggaran"):
        Innovation.from_json(json.dumps(_INV)[:-1] + ', "anggaran": 1e400}')
    with pytest.raises(InvalidInput, match=r'indikator\["29"\]'):
        Innovation.from_dict({**_INV, "indikator": {"29": {"nilai": "1e400"}}})
    from inovasi_daerah.models.skp import CreditInputs

    with pytest.raises(InvalidInput, match="nilai_skp"):
        CreditInputs(nilai_skp=10**400)


def test_ordinary_large_and_precise_numbers_still_pass() -> None:
    inv = Innovation.from_dict({**_INV, "anggaran": "999999999999999.5"})
    assert inv.budget is not None
    assert Innovation.from_dict({**_INV, "anggaran": "1.250000000000000000"}).budget == 1.25


@pytest.mark.parametrize("field", ["tingkat_tpt", "tingkat_kemiskinan", "ipm"])
@pytest.mark.parametrize("value", ["100.01", "250", "-1"])
def test_shares_outside_0_100_are_refused(field: str, value: str) -> None:
    """TPT, poverty rate and IPM are rates of 0-100 (SPD 2026 rows 5b, 10b, 11b)."""
    from inovasi_daerah.models.profile import RegionalProfile

    assert RegionalProfile.from_dict({field: "100"})
    with pytest.raises(InvalidInput) as exc:
        RegionalProfile.from_dict({field: value})
    assert exc.value.field == field


def test_indicator_key_and_entry_must_agree() -> None:
    with pytest.raises(InvalidInput, match="kunci"):
        Innovation.from_dict({**_INV, "indikator": {"16": {"indikator": "17", "level": 3}}})
    inv = Innovation.from_dict({**_INV, "indikator": {"16": {"indikator": "16", "level": 3}}})
    assert inv.indicators[0].indicator == "16"


@pytest.mark.parametrize("year", [2023, 2024, 2025, 2026])
def test_share_above_100_is_refused_where_the_indicator_is_a_share(year: int) -> None:
    """Indicator 29 (% of complaints resolved) and SPD 5b/10b (TPT, poverty rate) are shares."""
    from inovasi_daerah.iga.derive import derive_level

    rules = iga.edition(year)
    assert derive_level(rules, "29", 100).level == 3
    # SPD rows are derived from figures from the 2026 catalogue on
    numbers = ("29", "5b", "10b") if year == 2026 else ("29",)
    for number in numbers:
        with pytest.raises(InvalidInput) as exc:
            derive_level(rules, number, "100.5")
        assert "cannot exceed 100" in exc.value.text("en")
    if year == 2026:
        # a growth rate is not a share: above 100 % stays allowed
        assert derive_level(rules, "6", 150).fact == 150
