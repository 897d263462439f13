"""Issue 10: no silent loss, only the library's errors, context-free arithmetic.

Regression tests for the defects the fuzz of issue 10 found: duplicate JSON keys, special files,
file names read as JSON text, CSV injection, the caller's decimal context, and entry points that
leaked Python's or pydantic's exceptions.
"""

from __future__ import annotations

import json
import os
import threading
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

import inovasi_daerah as ind
from inovasi_daerah.cli import main
from inovasi_daerah.errors import InovasiDaerahError, InvalidInput
from inovasi_daerah.io.load import load_json, loads, read_file
from inovasi_daerah.law import Citation, Explanation, T, Text
from inovasi_daerah.skp.case import SkpFile

ROOT = Path(__file__).resolve().parents[1]
YEAR = ROOT / "docs" / "examples" / "year_small.json"

# -- duplicate JSON keys ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "key", "field", "line"),
    [
        ('{"a": 1, "a": 2}', "a", "input.a", 1),
        ('{"a": {"b": [1, {"c": 1,\n"c": 2}]}}', "c", "input.a.b[1].c", 2),
        ('[{"x": 1}, {"y": 1, "y": 1}]', "y", "input[1].y", 1),
        ('{"k\\u00e9": 1, "k\\u00e9": 2}', "ké", "input.ké", 1),
        ('{"a": "{\\"a\\": 1, \\"a\\": 2}", "b": 1, "b": 2}', "b", "input.b", 1),
    ],
)
def test_duplicate_keys_are_refused_with_key_path_and_line(
    text: str, key: str, field: str, line: int
) -> None:
    for raw in (text, text.encode()):
        with pytest.raises(InvalidInput) as err:
            load_json(raw)
        assert err.value.field == field
        assert repr(key) in err.value.message
        assert f"baris {line}" in err.value.message


def test_equal_keys_in_different_objects_are_not_duplicates() -> None:
    assert loads('[{"a": 1}, {"a": 2}, {"b": {"a": 3}}]') == [{"a": 1}, {"a": 2}, {"b": {"a": 3}}]


def test_model_json_refuses_duplicate_keys() -> None:
    text = (
        '{"name": "A", "name": "B", "forms": ["lainnya"], "stage": "inisiatif", "initiator": "asn"}'
    )
    with pytest.raises(InvalidInput) as err:
        ind.Innovation.from_json(text)
    assert err.value.field == "Innovation.name"
    with pytest.raises(InvalidInput):
        ind.Innovation.model_validate_json(text.encode())
    # the same document without the duplicate is valid: the refusal is the duplicate's
    assert ind.Innovation.from_json(text.replace('"name": "A", ', "")).name == "B"


def test_skp_file_refuses_duplicate_keys() -> None:
    with pytest.raises(InvalidInput, match="'cases'"):
        SkpFile.load('{"cases": [], "cases": []}')


def test_cli_refuses_a_year_file_with_a_second_regions_key(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Before: a trailing ``"regions": []`` scored 0 regions with exit 0."""
    text = YEAR.read_text().rstrip()[:-1] + ', "regions": []}'
    path = tmp_path / "year.json"
    path.write_text(text)
    assert main(["nilai", str(path)]) == 2
    assert "regions" in capsys.readouterr().err


@pytest.mark.parametrize("digits", [4301, 10_000])
def test_huge_json_integers_are_a_library_error(digits: int) -> None:
    with pytest.raises(InvalidInput):
        load_json("[" + "9" * digits + "]")


def test_huge_json_integer_in_a_year_file_is_a_clear_cli_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "year.json"
    path.write_text('{"edition": ' + "2" * 5000 + ', "regions": []}')
    assert main(["nilai", str(path)]) == 2
    assert "Traceback" not in capsys.readouterr().err


def test_nan_is_not_a_json_number() -> None:
    with pytest.raises(InvalidInput):
        loads('{"a": NaN}')


# -- files: a path is a path; special files are refused -----------------------------------------


@pytest.mark.parametrize("name", ["[2026].json", "{x}.json", "[tahun"])
def test_cli_reads_a_file_name_starting_with_a_bracket_as_a_path(
    name: str,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    (tmp_path / name).write_bytes(YEAR.read_bytes())
    monkeypatch.chdir(tmp_path)
    assert main(["nilai", name]) == 0
    assert "Kota Payakumbuh" in capsys.readouterr().out


@pytest.mark.skipif(not Path("/dev/zero").exists(), reason="no /dev/zero")
def test_dev_zero_is_refused_not_read(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(InvalidInput, match="bukan berkas biasa"):
        read_file("/dev/zero")
    assert main(["nilai", "/dev/zero"]) == 2
    assert "bukan berkas biasa" in capsys.readouterr().err


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no named pipes")
def test_a_named_pipe_is_refused_without_blocking(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    result: list[Any] = []

    def attempt() -> None:
        try:
            read_file(fifo)
        except InovasiDaerahError as exc:
            result.append(exc)

    t = threading.Thread(target=attempt, daemon=True)
    t.start()
    t.join(10)  # a hang detector, not a timing assertion
    if t.is_alive():  # unblock the reader so the test process can exit
        with open(fifo, "wb"):
            pass
    assert result
    assert isinstance(result[0], InvalidInput)


def test_the_byte_cap_does_not_trust_the_reported_size(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import inovasi_daerah.io.load as load

    path = tmp_path / "big.json"
    path.write_bytes(b"[" + b"1," * 50 + b"1]")
    monkeypatch.setattr(load, "MAX_BYTES", 20)
    real_stat = os.stat

    def lying_stat(name: Any, *args: Any, **kwargs: Any) -> os.stat_result:
        st = real_stat(name, *args, **kwargs)
        if os.fspath(name) != str(path):
            return st
        # a size the file system got wrong (as /dev/zero's 0 or a growing file)
        return os.stat_result((st.st_mode, st.st_ino, st.st_dev, 1, 0, 0, 0, 0, 0, 0))

    with monkeypatch.context() as m:
        m.setattr(load.os, "stat", lying_stat)
        with pytest.raises(InvalidInput, match="terlalu besar") as caught:
            read_file(path)
    # the message is Indonesian first (str), English beside it (bilingual errors, issue 9)
    assert "too large" in caught.value.text("en")


def test_stdin_dash_is_read(monkeypatch: pytest.MonkeyPatch) -> None:
    import io
    import sys

    class Stdin:
        buffer = io.BytesIO(b'{"a": 1}')

    monkeypatch.setattr(sys, "stdin", Stdin)
    assert json.loads(read_file("-")) == {"a": 1}


# -- CSV injection and terminal escape codes ------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("=1+1", "'=1+1"),
        ('=HYPERLINK("http://x", "klik")', '\'=HYPERLINK("http://x", "klik")'),
        ("+62 812", "'+62 812"),
        ("-x", "'-x"),
        ("@SUM(A1)", "'@SUM(A1)"),
        ("\t=1", "'\t=1"),
        ("\r=1", "\\u000d=1"),
        ("Kota \x1b[2JPayakumbuh", "Kota \\u001b[2JPayakumbuh"),
        ("\x9b31m", "\\u009b31m"),
        ("-3.5", "-3.5"),  # a number stays a number
        ("-12", "-12"),
        ("41.25", "41.25"),
        ("Kota Payakumbuh", "Kota Payakumbuh"),
        ("a-b=c", "a-b=c"),
    ],
)
def test_safe_cell(value: str, expected: str) -> None:
    from inovasi_daerah.io.tables import safe_cell

    assert safe_cell(value) == expected


def test_numbers_that_are_not_text_are_written_unchanged() -> None:
    from decimal import Decimal

    from inovasi_daerah.io.tables import csv_text

    out = csv_text([{"a": Decimal("-3.50"), "b": -4, "c": None}], ["a", "b", "c"])
    assert out.splitlines() == ["a,b,c", "-3.50,-4,"]


def _hostile_year(tmp_path: Path) -> Path:
    data = json.loads(YEAR.read_text())
    data["regions"][1]["name"] = '=HYPERLINK("http://evil.example", "klik")'
    data["regions"][0]["name"] = "Provinsi \x1b[2J\x1b]0;pwned\x07"
    data["regions"][1]["innovations"][0]["name"] = "@SUM(1+1)"
    path = tmp_path / "year.json"
    path.write_text(json.dumps(data))
    return path


def test_nilai_csv_escapes_formulas_and_control_characters(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    import csv
    import io

    path = _hostile_year(tmp_path)
    assert main(["nilai", str(path), "--csv"]) == 0
    out = capsys.readouterr().out
    assert "\x1b" not in out
    assert "\x07" not in out
    rows = list(csv.DictReader(io.StringIO(out)))
    names = [r["name"] for r in rows]
    assert names[1] == '\'=HYPERLINK("http://evil.example", "klik")'
    assert names[0].startswith("Provinsi \\u001b[2J")
    assert all(not r[c].startswith(("=", "+", "@")) for r in rows for c in r)
    assert main(["nilai", str(path), "--csv", "--inovasi"]) == 0
    rows = list(csv.DictReader(io.StringIO(capsys.readouterr().out)))
    assert "'@SUM(1+1)" in [r["name"] for r in rows]


def test_nilai_table_and_json_do_not_pass_terminal_escapes(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = _hostile_year(tmp_path)
    assert main(["nilai", str(path)]) == 0
    assert "\x1b" not in capsys.readouterr().out
    assert main(["nilai", str(path), "--json"]) == 0
    out = capsys.readouterr().out
    assert "\x1b" not in out
    assert json.loads(out)[0]["name"] == "Provinsi \x1b[2J\x1b]0;pwned\x07"  # JSON keeps the text


def test_portfolio_csv_escapes_formula_names() -> None:
    import csv
    import io

    inv = ind.Innovation.from_dict(
        {
            "name": "=cmd|' /C calc'!A0",
            "forms": ["lainnya"],
            "stage": "inisiatif",
            "initiator": "asn",
        }
    )
    report = ind.clinic.portfolio([inv], ind.iga.edition(2026))
    rows = list(csv.DictReader(io.StringIO(report.to_csv())))
    assert all(not v.startswith(("=", "+", "@")) for r in rows for v in r.values() if v)
    assert "'=cmd|' /C calc'!A0" in rows[0].values()


# -- only the library's own errors -------------------------------------------------------------


def _deep(depth: int) -> Any:
    node: Any = []
    for _ in range(depth):
        node = [node]
    return node


@pytest.mark.parametrize(
    "call",
    [
        lambda: ind.Stage("x"),  # an enum lookup of an unknown value
        lambda: ind.Urusan("x" * 500),
        lambda: ind.iga.Block("x"),
        lambda: ind.iga.Interval.parse("junk"),
        lambda: ind.iga.Interval.parse(None),
        lambda: ind.clinic.portfolio([], ind.iga.edition(2026), top=""),
        lambda: ind.iga.count_score(-5, 6, ind.iga.edition(2026)),
        lambda: ind.iga.divisor(-1, ind.iga.edition(2026)),
        lambda: ind.skp.accumulate([Decimal(-5)], "Ahli Muda"),
        lambda: ind.skp.pp46.time_aspect(target=Decimal("1e-999999"), realised=Decimal("1e999999")),
        lambda: ind.skp.pp30.capaian(target=Decimal("1e-999999"), realised=Decimal("1e999999")),
        lambda: ind.iga.maturity({16: Decimal("1e999999999")}, ind.iga.edition(2026)),
        lambda: ind.iga.edition(10**5000),
        lambda: ind.Innovation.from_dict({1: 2}),  # non-string keys
        lambda: ind.Innovation.model_validate({None: "x"}),
        lambda: SkpFile.model_validate({"cases": [{"period": {1: 2}}]}),  # nested non-text keys
        lambda: ind.Innovation.model_validate_strings({"name": "A"}),
        lambda: ind.Innovation.from_dict({"name": _deep(50_000)}),  # deep nesting
        lambda: ind.Innovation.from_dict({"name": 10**5000}),  # a 5,000-digit int in a message
        lambda: Text(id=1, en=2),
        lambda: T(None, None),  # type: ignore[arg-type]
        lambda: Citation(),  # type: ignore[call-arg]
        lambda: Text.model_validate_strings({"id": 1}),
        lambda: Explanation.from_dict({"x": 1}),
        lambda: Explanation.from_dict({"key": "k", "title": {"id": "a"}}),
        lambda: ind.iga.edition(2026).round("1.5"),  # type: ignore[arg-type]
    ],
    ids=lambda c: "",
)
def test_bad_input_raises_only_the_librarys_error(call: Any) -> None:
    """Issue 10: TypeError, RecursionError, decimal signals and pydantic's ValidationError
    leaked from these calls; each now raises an InovasiDaerahError whose message builds."""
    with pytest.raises(InovasiDaerahError) as err:
        call()
    assert len(str(err.value)) < 2000


def test_negative_count_is_refused_not_scored() -> None:
    """count_score(-5, 6) gave -1.90 (iid_iga.md §3.4: n is a number of innovations)."""
    with pytest.raises(InvalidInput, match="bilangan bulat") as err:
        ind.iga.count_score(-5, 6, ind.iga.edition(2026))
    assert err.value.field == "n"


def test_unknown_enum_value_is_a_value_error_and_the_librarys() -> None:
    """The Enum protocol (ValueError) holds: the library's error is a ValueError."""
    with pytest.raises(ValueError, match="Stage") as err:
        ind.Stage("x")
    assert isinstance(err.value, InvalidInput)
    assert ind.Stage("Uji Coba") is ind.Stage.TRIAL  # display text still accepted


def test_score_year_is_in_iga_all() -> None:
    assert "score_year" in ind.iga.__all__
    assert ind.iga.score_year is ind.iga.bulk.score_year


def _under_alarm(call: Any, seconds: int = 5) -> BaseException | None:
    """Run ``call`` under a SIGALRM hang detector (not a timing assertion)."""
    import signal

    class Hang(Exception):
        pass

    def alarm(signum: int, frame: Any) -> None:
        raise Hang

    previous = signal.signal(signal.SIGALRM, alarm)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        call()
    except BaseException as exc:  # returned for the caller's assertion
        return exc
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)
    return None


@pytest.mark.parametrize("exponent", [999_999, 999_999_999])
def test_a_huge_exponent_where_a_level_is_expected_is_refused_at_once(exponent: int) -> None:
    """Decimal("1e999999999") as a level: pydantic's int conversion took seconds (and memory)
    before the refusal; the magnitude is now bounded first."""
    huge = Decimal(f"1e{exponent}")
    exc = _under_alarm(lambda: ind.IndicatorEntry.from_dict({"indicator": "16", "level": huge}))
    assert isinstance(exc, InvalidInput), exc
    assert exc.field == "level"
    doc = {"name": "A", "forms": ["lainnya"], "stage": "inisiatif", "initiator": "asn"}
    exc = _under_alarm(
        lambda: ind.Innovation.from_dict({**doc, "indicators": [{"indicator": 16, "level": huge}]})
    )
    assert isinstance(exc, InvalidInput), exc
