"""``inovasi-daerah contoh``: the main job on the embedded example (illustrative data).

Each capability adds a section: the innovations with their procedure (PP 38/2017), then
maturity and the regional index (IGA), SKP credit and the clinic's advice as they land.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from datetime import date
from decimal import Decimal

from inovasi_daerah import clinic, iga, pp38, skp
from inovasi_daerah.cli import Report, command
from inovasi_daerah.examples import Example, payakumbuh, payakumbuh_career_raw
from inovasi_daerah.law.text import T
from inovasi_daerah.models.enums import Urusan
from inovasi_daerah.models.profile import RegionalProfile

Section = Callable[[Example, Report], None]

#: Sections in order; each writes its text lines and its part of the JSON document.
SECTIONS: list[Section] = []


def section(fn: Section) -> Section:
    """Register ``fn`` as the next section of the example report (a decorator)."""
    SECTIONS.append(fn)
    return fn


@section
def _header(ex: Example, r: Report) -> None:
    r.heading(
        T("Contoh: {pd}, {pemda}", "Example: {pd}, {pemda}").format(
            pd=ex.office.name, pemda=ex.government.name
        )
    )
    r.line(r.t(ex.notice))
    r.line(r.t(T("Klinik inovasi: {k}", "Innovation clinic: {k}").format(k=ex.clinic)))
    r.data["notice"] = ex.notice.model_dump()
    r.data["government"] = ex.government.to_dict()
    r.data["office"] = ex.office.to_dict()


#: The example is a 2022 portfolio: it is assessed in the first IGA window after 2022.
ASSESSMENT_DATE = date(2023, 6, 1)
#: SKP credit is shown for the example's appraisal year.
SKP_YEAR = 2022


@section
def _innovations(ex: Example, r: Report) -> None:
    r.heading(
        T(
            "Inovasi ({n}): kriteria (PP 38/2017 Pasal 6) dan langkah berikutnya",
            "Innovations ({n}): criteria (PP 38/2017 Pasal 6) and next step",
        ).format(n=len(ex.innovations))
    )
    items = []
    for i, inv in enumerate(ex.innovations, 1):
        forms = ", ".join(r.t(f.label) for f in inv.forms)
        crit = pp38.check_criteria(inv)
        steps = pp38.next_steps(inv)
        r.line(f"{i:2}. [{inv.id}] {inv.name}")
        r.line(
            f"{r.t(inv.stage.label)} · {forms} · {r.t(T('inisiator', 'initiator'))}: "
            f"{r.t(inv.initiator.label)}",
            indent=2,
        )
        failing = [v for v in crit.verdicts if v.verdict is not pp38.Verdict.MET]
        detail = "; ".join(f"{r.t(v.criterion.label)}: {r.t(v.verdict.label)}" for v in failing)
        r.line(
            f"{r.t(T('Kriteria', 'Criteria'))}: {r.t(crit.overall.label)}"
            + (f" ({detail})" if detail else ""),
            indent=2,
        )
        nxt = steps.next
        r.line(
            f"{r.t(T('Langkah berikut', 'Next step'))}: "
            + (r.t(nxt.text) if nxt else r.t(T("tidak ada (selesai)", "none (done)"))),
            indent=2,
        )
        items.append(
            {
                "id": inv.id,
                "name": inv.name,
                "stage": inv.stage.value,
                "criteria": crit.to_dict(explanation=False),
                "next_step": None if nxt is None else {"id": nxt.text.id, "en": nxt.text.en},
            }
        )
    r.data["innovations"] = items


@section
def _maturity_and_index(ex: Example, r: Report) -> None:
    rules = iga.edition_for(ASSESSMENT_DATE)
    profile = RegionalProfile.model_validate(
        {"government": ex.government, "year": rules.valid_from.year, "indicators": ex.spd_levels}
    )
    region = iga.regional_index(ex.government, ex.innovations, rules, profile=profile)
    r.heading(
        T(
            "Skor kematangan ({rs}, berlaku {d})",
            "Maturity score ({rs}, in force {d})",
        ).format(rs=r.t(rules.title), d=ASSESSMENT_DATE.isoformat())
    )
    rows = []
    for inv, m in zip(ex.innovations, region.maturities, strict=True):
        weakest = sorted(
            m.indicators,
            key=lambda s: (s.score - rules.indicator(s.number, s.block).max_score, s.number),
        )[:3]
        weak = ", ".join(f"{s.number} {r.t(s.name)}" for s in weakest)
        r.line(f"[{inv.id}] {m.score}/{m.maximum} — {r.t(T('terlemah', 'weakest'))}: {weak}")
        rows.append({"id": inv.id, "maturity": m.to_dict(explanation=False)})
    idx = region.index
    r.heading(
        T(
            "Indeks Inovasi Daerah {g} (profil SPD ilustratif)",
            "Regional innovation index of {g} (illustrative SPD profile)",
        ).format(g=ex.government.name)
    )
    r.line(f"IID = {idx.value} — {r.t(idx.predicate.label)}")
    r.line(
        f"SPD {idx.spd} · SID {idx.sid} · "
        f"{r.t(T('pembagi', 'divisor'))} {idx.divisor} · SJI {idx.count_score} · "
        f"yandas {idx.yandas_covered}/{len(Urusan.basic_services())}",
        indent=1,
    )
    if idx.uncertain:
        r.line(
            r.t(
                T(
                    "(!) memakai parameter THIRD-PARTY/UNCERTAIN; lihat --json",
                    "(!) uses THIRD-PARTY/UNCERTAIN parameters; see --json",
                )
            ),
            indent=1,
        )
    r.data["maturity"] = rows
    r.data["index"] = idx.to_dict()


@section
def _skp(ex: Example, r: Report) -> None:
    period = skp.Period.year(SKP_YEAR)
    people = {p.key: p for inv in ex.innovations for p in inv.innovators if p.is_asn}
    r.heading(
        T("Kredit SKP {y} bagi inovator ASN", "SKP {y} credit of ASN innovators").format(y=SKP_YEAR)
    )
    out = []
    for person in people.values():
        c = skp.credit(person, ex.innovations, period)
        r.line(c.render(r.lang))
        out.append(c.to_dict())
    r.data["skp"] = out


@section
def _career(ex: Example, r: Report) -> None:
    raw = payakumbuh_career_raw()
    career = skp.CareerInput.model_validate(raw["karier"])
    person = next(p for inv in ex.innovations for p in inv.innovators if p.nip == str(raw["nip"]))
    year = int(raw["tahun_skp"])
    credit = skp.credit(person, ex.innovations, skp.Period.year(year), **raw["penilaian"])
    comp = skp.compare_projection(
        career.start_point(),
        credit,
        years=career.years,
        step=career.step,
        basis=career.integration(),
    )
    r.heading(
        T(
            "Karier {n}: proyeksi AK tanpa dan dengan inovasi (ilustratif)",
            "Career of {n}: AK projection without and with the innovations (illustrative)",
        ).format(n=person.name)
    )
    start = comp.without.start
    r.line(
        r.t(
            T(
                "{j} {g}, AK integrasi {ak} (PAK konvensional {d}); predikat SKP {y}: {b} tanpa, "
                "{a} dengan inovasinya, diasumsikan sama tiap tahun sejak {s}",
                "{j} {g}, integrated AK {ak} (conventional PAK {d}); SKP {y} predikat: {b} "
                "without, {a} with the innovations, assumed for every year from {s}",
            ).format(
                j=r.t(start.career_level.label),
                g=start.grade.value if start.grade else "-",
                ak=start.credit,
                d=career.pak.date.isoformat() if career.pak else "-",
                y=year,
                b=credit.predicate_before,
                a=credit.predicate_after,
                s=start.start.isoformat(),
            )
        )
    )
    for t, w, gained in zip(
        comp.without.thresholds, comp.with_innovation.thresholds, comp.months_gained, strict=True
    ):
        r.line(
            r.t(
                T(
                    "{k} ({to}, AK {req}): tanpa {x}, dengan {y} — {m} bulan lebih cepat",
                    "{k} ({to}, AK {req}): without {x}, with {y} — {m} months sooner",
                ).format(
                    k=r.t(t.kind.label),
                    to=t.target_label(r.lang),
                    req=t.required,
                    x=t.earliest or "-",
                    y=w.earliest or "-",
                    m="-" if gained is None else gained,
                )
            ),
            indent=1,
        )
    if comp.uncertain:
        r.line(
            r.t(
                T(
                    "(!) nilai dasar dan rentang golongan THIRD-PARTY; lihat --json",
                    "(!) base values and golongan ranges are THIRD-PARTY; see --json",
                )
            ),
            indent=1,
        )
    r.data["career"] = {
        "innovator": person.name,
        "credit_year": year,
        "comparison": comp.to_dict(explanation=False),
    }


@section
def _clinic(ex: Example, r: Report) -> None:
    rules = iga.edition_for(ASSESSMENT_DATE)
    report = clinic.portfolio(ex.innovations, rules, title=ex.office.name, top=5)
    profile = RegionalProfile.model_validate(
        {"government": ex.government, "year": rules.valid_from.year, "indicators": ex.spd_levels}
    )
    advice = clinic.advise_region(ex.government, ex.innovations, rules, profile=profile)
    r.heading(
        T("Saran teratas klinik ({k})", "Top advice of the clinic ({k})").format(k="LAKI IDA")
    )
    for a in report.actions:
        tag = r.t(T(" — bukti saja", " — evidence only")) if a.evidence_only else ""
        r.line(f"- {r.t(a.text)} (+{a.points}){tag}")
    r.line(
        r.t(
            T(
                "Satu inovasi lagi (kematangan {m}) menambah IID {g}.",
                "One more innovation (maturity {m}) adds {g} to the IID.",
            ).format(m=advice.new_maturity.quantize(Decimal("0.01")), g=advice.one_more_gain)
        )
    )
    if advice.next_predicate is not None and advice.path:
        r.line(
            r.t(
                T("Langkah pertama menuju {p}: {s}", "First step towards {p}: {s}").format(
                    p=r.t(advice.next_predicate.label), s=r.t(advice.path[0].text)
                )
            )
        )
    r.data["clinic"] = {
        "actions": [a.to_dict() for a in report.actions],
        "region": advice.to_dict(explanation=False),
    }


def _configure(p: argparse.ArgumentParser) -> None:
    # no options beyond --lang and --json; the edition is fixed by the assessment date
    rules = iga.edition_for(ASSESSMENT_DATE)
    p.epilog = (
        f"Edisi IGA: yang berlaku pada tanggal penilaian {ASSESSMENT_DATE} ({rules.id}); "
        f"SKP tahun {SKP_YEAR}. / IGA edition: the one in force on the assessment date "
        f"{ASSESSMENT_DATE} ({rules.id}); SKP year {SKP_YEAR}."
    )


@command("contoh", "laporan contoh Dinas PUPR Kota Payakumbuh / the example report", _configure)
def run(args: argparse.Namespace) -> str:
    """``inovasi-daerah contoh``: the example report of Dinas PUPR Kota Payakumbuh, every
    section.
    """
    ex = payakumbuh()
    report = Report(args.lang)
    for fn in SECTIONS:
        fn(ex, report)
    return report.emit(args.json)
