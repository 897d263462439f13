"""Region advice and portfolio report (issue 5): what-if values are the engine's own numbers."""

from __future__ import annotations

import json
from decimal import Decimal
from pathlib import Path

import pytest

from inovasi_daerah import iga
from inovasi_daerah.cli import main
from inovasi_daerah.clinic.portfolio_report import portfolio
from inovasi_daerah.clinic.region import advise_region
from inovasi_daerah.errors import InovasiDaerahError
from inovasi_daerah.examples import payakumbuh
from inovasi_daerah.models.profile import RegionalProfile

EXAMPLE = (
    Path(__file__).resolve().parent.parent
    / "src"
    / "inovasi_daerah"
    / "examples"
    / "payakumbuh_2022.json"
)


@pytest.fixture(scope="module")
def setup() -> tuple[object, ...]:
    ex = payakumbuh()
    profile = RegionalProfile.model_validate(
        {"government": ex.government, "indicators": ex.spd_levels}
    )
    return ex, profile


@pytest.mark.parametrize("year", [2023, 2026])
def test_one_more_innovation_equals_rescoring(setup: tuple[object, ...], year: int) -> None:
    ex, profile = setup
    rules = iga.edition(year)
    a = advise_region(ex.government, ex.innovations, rules, profile=profile, new_maturity=60)  # type: ignore[attr-defined]
    cur = a.current
    region = iga.regional_index(ex.government, ex.innovations, rules, profile=profile)  # type: ignore[attr-defined]
    assert cur.n == len(region.maturities)  # count_in_n = sent: every innovation counts
    again = iga.index(
        spd=cur.spd,
        maturities=[*(m.score for m in region.maturities), 60],
        yandas_covered=cur.yandas_covered,
        rules=rules,
    )
    assert a.one_more_gain == again.value - cur.value


def test_path_reaches_the_next_predicate(setup: tuple[object, ...]) -> None:
    ex, profile = setup
    rules = iga.edition(2023)
    a = advise_region(ex.government, ex.innovations, rules, profile=profile)  # type: ignore[attr-defined]
    assert a.next_predicate is iga.Predicate.SANGAT_INOVATIF
    assert a.reachable
    assert rules.predicate(a.path[-1].value_after) is iga.Predicate.SANGAT_INOVATIF
    assert sum((s.gain for s in a.path), Decimal(0)) == a.path[-1].value_after - a.current.value
    assert all(s.gain > 0 for s in a.path)
    assert a.explanation.render("en")


def test_missing_yandas_and_needed(setup: tuple[object, ...]) -> None:
    ex, profile = setup
    only_pupr = [
        i for i in ex.innovations if i.main_urusan and i.main_urusan.value.startswith("pek")
    ]  # type: ignore[attr-defined]
    a = advise_region(ex.government, only_pupr, iga.edition(2026), profile=profile)  # type: ignore[attr-defined]
    assert len(a.missing_yandas) == 5
    assert a.yandas_needed == 4  # IGA 2026: >= 5 of 6 [T2]
    assert a.one_more_yandas_gain is not None


def test_portfolio_counts_and_renderings(setup: tuple[object, ...]) -> None:
    ex, _ = setup
    r = portfolio(ex.innovations, iga.edition(2026), title="Dinas PUPR")  # type: ignore[attr-defined]
    counts = r.counts()
    assert sum(counts["stage"].values()) == 16
    assert sum(r.distribution().values()) == 16
    assert sum(r.readiness()[k] for k in ("eligible", "not_eligible", "undecided")) == 16
    assert r.actions
    assert r.actions[0].evidence_only  # evidence-only upgrades come first
    assert r.to_csv().count("\n") == 17
    assert "Top actions" in r.to_markdown("en")
    json.dumps(r.to_dict(explanation=False))


@pytest.mark.parametrize("junk", [None, 5, "x", [1, 2]])
def test_junk(junk: object, setup: tuple[object, ...]) -> None:
    ex, _ = setup
    with pytest.raises(InovasiDaerahError):
        portfolio(junk, iga.edition(2026))  # type: ignore[arg-type]
    with pytest.raises(InovasiDaerahError):
        portfolio(ex.innovations, junk)  # type: ignore[arg-type, attr-defined]
    with pytest.raises(InovasiDaerahError):
        advise_region(ex.government, ex.innovations, junk)  # type: ignore[arg-type, attr-defined]


@pytest.mark.parametrize("extra", [[], ["--format", "markdown"], ["--format", "csv"], ["--json"]])
def test_laporan_cli(extra: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["laporan", str(EXAMPLE), *extra]) == 0
    assert "PUPR-01" in capsys.readouterr().out


@pytest.mark.parametrize("content", [None, "{", '{"inovasi": 3}', '[{"nama_inovasi": 1}]'])
def test_laporan_bad_input(
    content: str | None, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "p.json"
    if content is not None:
        path.write_text(content, encoding="utf-8")
    assert main(["laporan", str(path)]) == 2
    assert "Traceback" not in capsys.readouterr().err


def test_whatif_same_rules_changes_nothing(setup: tuple[object, ...]) -> None:
    from inovasi_daerah.clinic.whatif import compare

    ex, profile = setup
    rules = iga.edition(2026)
    w = compare(ex.innovations, rules, rules, government=ex.government, profile=profile)  # type: ignore[attr-defined]
    assert all(r.delta == 0 for r in w.rows)
    assert not w.predicate_changed


def test_whatif_records_the_override(setup: tuple[object, ...]) -> None:
    from inovasi_daerah.clinic.whatif import compare

    ex, profile = setup
    a = iga.edition(2026)
    b = a.override(reason="T14", divisor_k=14, yandas_minimum=6)
    w = compare(ex.innovations[:5], a, b, government=ex.government, profile=profile)  # type: ignore[attr-defined]
    data = w.to_dict(explanation=False)
    assert [o["key"] for o in data["overrides_b"]] == ["divisor_k", "yandas_minimum"]
    assert w.index_a is not None
    assert w.index_b is not None
    assert w.index_a.divisor == 12
    assert w.index_b.divisor == 14
    assert w.index_b.value <= w.index_a.value


def test_whatif_2023_vs_2026(setup: tuple[object, ...]) -> None:
    from inovasi_daerah.clinic.whatif import compare

    ex, _ = setup
    w = compare(ex.innovations, iga.edition(2023), iga.edition(2026))  # type: ignore[attr-defined]
    assert len(w.to_records()) == 16
    assert w.explanation.render("en").startswith("Comparison of iga-2023 and iga-2026")


def test_office_contribution(setup: tuple[object, ...]) -> None:
    from inovasi_daerah.clinic import office_contribution

    ex, profile = setup
    rules = iga.edition(2023)
    c = office_contribution(ex.government, ex.innovations, ex.office.name, rules, profile=profile)  # type: ignore[attr-defined]
    assert c.without_office.n == 0
    assert c.with_office.n == 16
    assert c.gain == c.with_office.value - c.without_office.value
    assert c.gain > 0
    with pytest.raises(InovasiDaerahError, match="office"):
        office_contribution(ex.government, ex.innovations, "Dinas Lain", rules)  # type: ignore[attr-defined]
