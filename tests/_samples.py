"""Real results, editions and reports from the example, for tests over every result type."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from datetime import date
from functools import cache
from pathlib import Path
from typing import Any

from inovasi_daerah import clinic, iga, pp38, skp
from inovasi_daerah.examples import payakumbuh
from inovasi_daerah.models.profile import RegionalProfile

DOCS_EXAMPLES = Path(__file__).resolve().parent.parent / "docs" / "examples"


@cache
def roots() -> tuple[Any, ...]:
    """One call of every public computation, on the embedded example where it fits."""
    ex = payakumbuh()
    inv = ex.innovations[0]
    rules = iga.edition(2026)
    old = iga.edition(2024)
    profile = RegionalProfile.model_validate(
        {"government": ex.government, "year": 2026, "indicators": ex.spd_levels}
    )
    person = next(p for i in ex.innovations for p in i.innovators if p.nip)
    maturity = iga.maturity(inv, rules)
    out: list[Any] = [
        rules,
        old,
        skp.regime_for("2022-05-01"),
        skp.angka_kredit_regime_for("2023-05-01"),
        pp38.rules_for("2022-01-01"),
        pp38.check_criteria(inv),
        pp38.next_steps(inv),
        pp38.check_proposal(inv),
        pp38.adoption_instrument(inv),
        pp38.asn_protection(inv),
        pp38.current_state(inv),
        pp38.transition_options(inv),
        maturity,
        iga.regional_index(ex.government, ex.innovations, rules),
        iga.index(spd=50, maturities=[60, 70], yandas_covered=3, rules=rules),
        skp.credit(person, ex.innovations, skp.Period.year(2022)),
        skp.angka_kredit("Baik", "Ahli Muda"),
        skp.accumulate([skp.angka_kredit("Baik", "Ahli Muda")] * 2, "Ahli Muda"),
        skp.predikat("di_atas_ekspektasi", "sesuai_ekspektasi"),
        skp.check_distribution("istimewa", {"Sangat Baik": 7, "Baik": 3}),
        skp.regime_for("2015-05-01"),
        skp.regime_for("2021-08-01"),
        skp.pp46.tugas_tambahan(2),
        skp.pp46.predikat(80),
        skp.pp30.predikat(115, innovation=True),
        skp.load_skp_file((DOCS_EXAMPLES / "skp_case.json").read_text(encoding="utf-8")),
        clinic.advise(inv, rules),
        clinic.plan(inv, 80, rules),
        clinic.diff(old, rules),
        clinic.portfolio(ex.innovations, rules, title=ex.office.name),
        clinic.compare(ex.innovations, old, rules, government=ex.government),
        clinic.advise_region(ex.government, ex.innovations, rules, profile=profile),
        clinic.office_contribution(
            ex.government, ex.innovations, ex.office.name, rules, profile=profile
        ),
    ]
    start = {"jenjang": "Ahli Muda", "golongan": "III/c", "ak": 0, "mulai": "2023-01-01"}
    out += [
        skp.integrate_ak({"tanggal": "2022-12-31", "unsur_utama": "287.5"}, "Ahli Muda", "III/c"),
        skp.ak_dasar("III/d"),
        skp.career_rules.RULES,
        skp.degree_bonus("Ahli Muda", "Baik"),
        skp.promotion_readiness(
            "kenaikan_pangkat",
            jenjang="Ahli Muda",
            golongan="III/c",
            ak=100,
            on="2025-01-01",
            tmt_pangkat="2022-10-01",
            predikat_history={2023: "Baik", 2024: "Sangat Baik"},
        ),
        skp.project_career(start, "Baik", years=3),
        skp.compare_projection(start, "Baik", "Sangat Baik", years=3),
        skp.career_ledger(
            [
                {
                    "jenis": "periode",
                    "mulai": "2023-01-01",
                    "selesai": "2023-12-31",
                    "predikat": "Baik",
                }
            ],
            jenjang="Ahli Muda",
            golongan="III/c",
        ),
    ]
    year = iga.score_year((DOCS_EXAMPLES / "year_small.json").read_bytes())
    out += [year, year.region(year.regions[0].id), year.regions, year.innovations]
    out.append(maturity.explanation)  # built on demand, so not reachable through fields
    return tuple(out)


def walk(obj: Any, seen: set[int] | None = None, depth: int = 0) -> Iterator[Any]:
    """Every object reachable through dataclass fields, tuples, lists and dict values."""
    seen = set() if seen is None else seen
    if id(obj) in seen or depth > 12 or isinstance(obj, (str, bytes, int, float, date)):
        return
    seen.add(id(obj))
    yield obj
    if dataclasses.is_dataclass(obj) and not isinstance(obj, type):
        for f in dataclasses.fields(obj):
            yield from walk(getattr(obj, f.name, None), seen, depth + 1)
    elif isinstance(obj, (tuple, list, frozenset, set)):
        for x in list(obj)[:50]:
            yield from walk(x, seen, depth + 1)
    elif isinstance(obj, dict):
        for x in list(obj.values())[:50]:
            yield from walk(x, seen, depth + 1)


@cache
def instances() -> dict[type, Any]:
    """One instance of every library type reachable from :func:`roots`."""
    found: dict[type, Any] = {}
    for root in roots():
        for o in walk(root):
            t = type(o)
            if t.__module__.startswith("inovasi_daerah") and t not in found:
                found[t] = o
    return found
