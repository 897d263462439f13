"""Tests that kill the mutants of ``clinic/portfolio_report.py`` (issue 10): the portfolio
report of a perangkat daerah — counts by bentuk, jenis, tahapan and urusan (PP 38/2017 Pasal 3,
Pedoman IGA), maturity, readiness (eligibility, empty mandatory indicators, PP 38/2017 steps
owed) and the top actions: single-level upgrades by points (bobot × 1, iid_iga.md §3), upgrades
that need only accepted evidence first."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

import pytest

from inovasi_daerah import iga
from inovasi_daerah.clinic.portfolio_report import portfolio
from inovasi_daerah.errors import InvalidInput
from inovasi_daerah.examples import payakumbuh
from inovasi_daerah.models import Innovation

EX = payakumbuh()
R26 = iga.edition(2026)

EXPECTED_MARKDOWN = """\
# Laporan portofolio: Dinas PUPR

Aturan: IGA 2026 (Innovative Government Award) (`iga-2026`)

## Bentuk

- Inovasi pelayanan publik: 2
- Inovasi tata kelola pemerintahan daerah: 1

## Jenis

- Digital: 2

## Tahapan

- Penerapan: 2

## Urusan utama

- Pekerjaan Umum dan Penataan Ruang: 2

## Sebaran kematangan

- ≤25%: 0
- ≤50%: 0
- ≤75%: 2
- ≤100%: 0

## Kesiapan

- Memenuhi syarat: 0
- Tidak memenuhi syarat: 2
- Belum dapat diputuskan: 0
- Indikator wajib kosong: 0
- Langkah prosedur terutang: 1

## Inovasi

| id | nama | tahapan | kematangan | layak | wajib kosong | langkah berikutnya |
|---|---|---|---|---|---|---|
| PUPR-01 | SI-JALAN: aplikasi pengaduan jalan rusak | Penerapan | 78/111 | tidak | - | - |
| PUPR-02 | PETA RUANG: informasi tata ruang daring | Penerapan | 74/111 | tidak | - | \
Kepala daerah melaporkan penerapan inovasi daerah kepada Menteri |

## Tindakan teratas

- PUPR-02: indikator 35 Video Inovasi Daerah ke level 3 (+4)
- PUPR-01: indikator 16 Regulasi Inovasi Daerah ke level 3 (+3)
- PUPR-01: indikator 31 Replikasi ke level 2 (+3)
"""


def _report() -> Any:
    return portfolio(EX.innovations[:2], R26, title="Dinas PUPR", top=3)


def test_report_in_bahasa_indonesia() -> None:
    assert _report().to_markdown() == EXPECTED_MARKDOWN


def test_report_in_english_and_as_text() -> None:
    r = _report()
    md = r.to_markdown("en")
    assert md.startswith("# Portfolio report: Dinas PUPR\n\nRules: ")
    assert "\n## Main government affair\n\n- Public works and spatial planning: 2\n" in md
    assert "| id | name | stage | maturity | eligible | mandatory empty | next step |" in md
    assert "\n- Procedure steps owed: 1\n" in md
    assert "PUPR-02: indicator 35 Innovation video to level 3 (+4)" in md
    text = r.to_text("en")
    assert text.startswith("Portfolio report: Dinas PUPR\n\nRules: IGA 2026")
    assert "`" not in text
    assert "\nMaturity distribution\n" in text
    assert r._repr_html_().startswith("<pre># Laporan portofolio: Dinas PUPR")


def test_counts_distribution_and_readiness_pedoman_iga() -> None:
    r = _report()
    assert r.counts() == {
        "forms": {"pelayanan_publik": 2, "tata_kelola": 1},
        "kind": {"digital": 2},
        "stage": {"penerapan": 2},
        "main_urusan": {"pekerjaan_umum_dan_penataan_ruang": 2},
    }
    assert r.distribution() == {"≤25%": 0, "≤50%": 0, "≤75%": 2, "≤100%": 0}
    assert r.readiness() == {
        "eligible": 0,
        "not_eligible": 2,
        "undecided": 0,
        "missing_mandatory": 0,
        "procedure_gaps": 1,
    }


def test_rows_records_and_csv() -> None:
    r = _report()
    assert r.lines[0].row() == {
        "id": "PUPR-01",
        "name": "SI-JALAN: aplikasi pengaduan jalan rusak",
        "stage": "penerapan",
        "forms": "pelayanan_publik",
        "kind": "digital",
        "main_urusan": "pekerjaan_umum_dan_penataan_ruang",
        "maturity": "78",
        "maximum": "111",
        "eligible": False,
        "missing_mandatory": "",
        "procedure_gaps": 0,
        "next_step": None,
    }
    rec = r.to_records()[1]
    assert rec["maturity"] == Decimal(74)
    assert rec["maximum"] == Decimal(111)
    assert rec["forms"] == "pelayanan_publik;tata_kelola"
    assert rec["procedure_gaps"] == 1
    assert rec["next_step"] == "Kepala daerah melaporkan penerapan inovasi daerah kepada Menteri"
    csv = r.to_csv().splitlines()
    assert csv[0] == (
        "id,name,stage,forms,kind,main_urusan,maturity,maximum,eligible,"
        "missing_mandatory,procedure_gaps,next_step"
    )
    assert csv[1].startswith("PUPR-01,SI-JALAN: aplikasi pengaduan jalan rusak,penerapan,")
    assert len(csv) == 3
    d = r.to_dict(explanation=False)
    assert d["title"] == "Dinas PUPR"
    assert d["rule_set"] == "iga-2026"
    assert d["actions"][0] == {
        "innovation_id": "PUPR-02",
        "indicator": "35",
        "text": r.actions[0].text.model_dump(),
        "points": "4",
        "evidence_only": False,
    }
    assert len(d["innovations"]) == 2
    e = r.explanation
    assert e.key == "clinic.portfolio"
    assert e.value == 2
    assert e.unit == "inovasi"
    assert e.citations == (R26.citation,)
    assert e.children == tuple(line.maturity.explanation for line in r.lines)
    assert e.title.en == "Portfolio report: Dinas PUPR"


def _declared(indicators: list[dict[str, Any]], **changes: Any) -> Innovation:
    d = EX.innovations[0].model_dump(mode="json")
    d.update({"id": None, "indicators": indicators, **changes})
    return Innovation.model_validate(d)


def test_evidence_only_upgrades_come_first_with_all_their_points_iid_iga_3() -> None:
    """A declared level 3 whose evidence was refused: upload only, worth 3 levels × bobot."""
    inv = _declared(
        [
            {"indicator": "31", "level": 3, "evidence": "ditolak"},
            {"indicator": "35", "level": 2, "evidence": "diterima"},
        ]
    )
    r = portfolio([inv], R26, top=2)
    first, second = r.actions
    assert (first.indicator, first.evidence_only, first.points) == ("31", True, Decimal(9))
    assert first.innovation_id == inv.name
    assert first.text.id.endswith("indikator 31 Replikasi ke level 3")
    assert (second.indicator, second.evidence_only, second.points) == ("35", False, Decimal(4))
    assert second.text.en.endswith("to level 3")
    md = r.to_markdown("en")
    assert "to level 3 (+9) evidence only\n" in md
    assert r.lines[0].row()["missing_mandatory"] == "16;17;33"
    assert r.readiness()["missing_mandatory"] == 1
    assert r.distribution() == {"≤25%": 1, "≤50%": 0, "≤75%": 0, "≤100%": 0}
    assert "| - | SI-JALAN" in r.to_markdown()


def test_ties_on_points_are_ordered_by_innovation_then_indicator() -> None:
    r = portfolio(EX.innovations[:2], R26, top=50)
    keys = [(not a.evidence_only, -a.points, a.innovation_id, a.indicator) for a in r.actions]
    assert keys == sorted(keys)
    below_top = sum(
        1 for line in r.lines for s in line.maturity.indicators if s.level < 3
    )  # one action per indicator below its top level (level 3 in 2026)
    assert len(r.actions) == below_top == 34
    assert all(a.points > 0 for a in r.actions)
    top0 = portfolio(EX.innovations[:1], R26, top=0)
    assert top0.actions == ()


def test_unknown_jenis_and_urusan_count_as_dash() -> None:
    inv = _declared([], kind=None, main_urusan=None)
    r = portfolio([inv], R26)
    assert r.counts()["kind"] == {"-": 1}
    assert r.counts()["main_urusan"] == {"-": 1}
    assert r.lines[0].row()["kind"] is None
    assert r.lines[0].row()["main_urusan"] is None
    assert "\n## Jenis\n\n- -: 1\n" in r.to_markdown()


def test_a_pipe_in_a_name_is_escaped_in_the_table() -> None:
    inv = _declared([], name="A|B")
    assert "| A\\|B |" in portfolio([inv], R26).to_markdown()


@pytest.mark.parametrize(
    ("args", "kwargs", "field", "value"),
    [
        (([], "2026"), {}, "rules", "2026"),
        ((EX.innovations, R26), {"top": -1}, "top", -1),
        ((EX.innovations, R26), {"top": True}, "top", True),
        ((EX.innovations, R26), {"top": 1.0}, "top", 1.0),
        (("abc", R26), {}, "innovations", "abc"),
        ((5, R26), {}, "innovations", 5),
    ],
)
def test_refusals_name_the_argument(
    args: tuple[Any, Any], kwargs: dict[str, Any], field: str, value: Any
) -> None:
    with pytest.raises(InvalidInput) as exc:
        portfolio(*args, **kwargs)
    assert exc.value.field == field
    assert exc.value.value == value
    assert exc.value.message_en


@pytest.mark.parametrize(
    ("innovations", "field"), [([], "innovations"), ([{"name": "x"}], "innovations[0]")]
)
def test_empty_or_foreign_lists_are_refused(innovations: Any, field: str) -> None:
    with pytest.raises(InvalidInput) as exc:
        portfolio(innovations, R26)
    assert exc.value.field == field
    assert exc.value.message_en


def test_defaults_are_no_title_and_ten_actions() -> None:
    r = portfolio(EX.innovations[:2], R26)
    assert r.title == ""
    assert len(r.actions) == 10
    d = r.to_dict(explanation=False)
    assert d["counts"] == r.counts()
    assert d["maturity_distribution"] == r.distribution()
    assert d["readiness"] == r.readiness()
    assert r.to_text().endswith("ke level 3 (+2)\n")
    assert not r.to_text().endswith("\n\n")
    assert r._repr_html_().endswith("</pre>")


def test_report_records_as_a_dataframe() -> None:
    pytest.importorskip("pandas")
    df = _report().to_dataframe()
    assert list(df["id"]) == ["PUPR-01", "PUPR-02"]
    assert df["maturity"][0] == Decimal(78)
    assert list(df.columns)[:3] == ["id", "name", "stage"]
