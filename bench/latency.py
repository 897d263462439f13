"""Per-call latency of the common calls against minimal hand-written equivalents.

Each library call is paired with a *baseline*: the least plain Python that returns the same
answer for the same input, written from the documentation (docs/*.md and the domain
reference), sharing no code and no objects with the library. Only the numbers the docs state
are hard-coded (IGA 2026 weights, wajib indicators, k = 12, SJI 0.38 x MIN(n, 200) with >= 5
of 6 yandas, the 2026 bands; the SKP persentase and koefisien; the NIP layout). Before timing,
the script checks that the baseline and the library give the same answer on the input.

Timing: ``--runs`` rounds (default 9, at least 7). In each round the baseline and the
library are timed alternately, 5 short timings each (``timeit``, the GC in its normal state,
together about ``--budget`` seconds per call), and the fastest timing of each is kept: on a
shared machine the load changes within a round, and the fastest slice is the least
disturbed. The *ratio* is taken within one round. The table shows the min and median per call
of each over the rounds and the min and median of the per-round ratios; a goal holds when
the median ratio is at or below it.

Usage::

    python bench/latency.py                # all calls
    python bench/latency.py --only parse_date --runs 15
"""

from __future__ import annotations

import argparse
import platform
import statistics
import sys
import time
import timeit
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import date
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

# == baselines (independent of the library) ========================================================

# IGA 2026 SID indicators 16-35: bobot (iid_iga.md §5, "Bobot unchanged from 2023") and the wajib
# ones (16, 17, 32, 33, 35: "Wajib SID indicators in 2026").
W = {
    16: 3, 17: 2, 18: 2, 19: 2, 20: 1, 21: 2, 22: 1, 23: 1, 24: 1, 25: 1,
    26: 1, 27: 1, 28: 2, 29: 1, 30: 2, 31: 3, 32: 2, 33: 3, 34: 2, 35: 4,
}  # fmt: skip
WAJIB = (16, 17, 32, 33, 35)
# Decimal bobot, keyed both by int and by str (the library accepts both spellings)
WD = {n: Decimal(w) for n, w in W.items()}
WD_STR = {str(n): d for n, d in WD.items()}
SID_MAX = Decimal(sum(W.values()) * 3)  # 111
TOTAL_MAX = Decimal(250)  # SPD 63 + SID 111 + SJI 76 (iid_iga.md §3.4)
Q2 = Decimal("0.01")
H = Decimal(100)
RATE = Decimal("0.38")
B_HIGH, B_LOW = Decimal("65.01"), Decimal("40.01")  # 2026 bands (iid_iga.md §6)
WINDOW = (date(2024, 1, 1), date(2025, 12, 31))  # IGA 2026 window (docs/iga.md)


def base_index(spd: Decimal, ms: list[Decimal], yandas: int) -> tuple[Decimal, str]:
    """IID = round2((SPD + Σm / MAX(12, n) + SJI) / 250 × 100), its predicate."""
    n = len(ms)
    sji = RATE * min(n, 200) if yandas >= 5 else 0
    v = ((spd + sum(ms) / max(12, n) + sji) * H / TOTAL_MAX).quantize(Q2, ROUND_HALF_UP)
    p = (
        "Sangat Inovatif"
        if v >= B_HIGH
        else "Inovatif"
        if v >= B_LOW
        else "Kurang Inovatif"
        if v > 0
        else "Tidak Dapat Dinilai"
    )
    return v, p


def base_maturity_levels(levels: Mapping[int, int]) -> tuple[Decimal, tuple[str, ...], bool]:
    """Σ bobot × level; wajib indicators at 0 make it ineligible (2026)."""
    score = sum([WD[k] * v for k, v in levels.items()], Decimal(0))
    empty = tuple(str(n) for n in WAJIB if not levels.get(n))
    return score, empty, not empty


def base_maturity_innovation(inv: Any) -> tuple[Decimal, tuple[str, ...], bool]:
    """Evidence rules (accepted: the level or the verifier's lower one; rejected: 0; other
    statuses count as declared) and eligibility (window, penerapan, wajib, < 2 entries)."""
    lv: dict[str, int] = {}
    score = Decimal(0)
    for e in inv.indicators:
        ev = e.evidence.value
        x = 0 if ev == "ditolak" else (e.level or 0)
        if ev == "diterima" and e.accepted_level is not None and e.accepted_level < x:
            x = e.accepted_level
        lv[e.indicator] = x
        score += WD_STR[e.indicator] * x
    empty = tuple(str(n) for n in WAJIB if not lv.get(str(n)))
    lo, hi = WINDOW
    a, d = inv.applied_on, inv.developed_on
    eligible = (
        ((a is not None and lo <= a <= hi) or (d is not None and lo <= d <= hi))
        and inv.stage.value == "penerapan"
        and not empty
        and (inv.previous_entries or 0) < 2
    )
    return score, empty, eligible


# SKP: persentase per predikat and koefisien per jenjang (docs/skp.md, "angka_kredit").
PCT = {
    "Sangat Baik": Decimal(150), "Baik": Decimal(100), "Butuh Perbaikan": Decimal(75),
    "Cukup": Decimal(75), "Kurang": Decimal(50), "Kurang/Misconduct": Decimal(50),
    "Sangat Kurang": Decimal(25),
}  # fmt: skip
KOEF = {
    "Pemula": Decimal("3.75"), "Terampil": Decimal(5), "Mahir": Decimal("12.5"),
    "Penyelia": Decimal(25), "Ahli Pertama": Decimal("12.5"), "Ahli Muda": Decimal(25),
    "Ahli Madya": Decimal("37.5"), "Ahli Utama": Decimal(50),
}  # fmt: skip


def base_angka_kredit(predikat: str, jenjang: str, months: int) -> Decimal:
    """AK = months × persentase × koefisien / 12 (unrounded)."""
    return months * PCT[predikat] / H * KOEF[jenjang] / 12


def base_parse_nip(text: str) -> tuple[date, date, str, int]:
    """NIP PNS: birth YYYYMMDD, TMT YYYYMM, gender 1/2, sequence (docs/nip.md)."""
    d = text.replace(" ", "")
    if len(d) != 18 or not d.isdigit() or d[14] not in "12":
        raise ValueError(text)
    birth = date(int(d[:4]), int(d[4:6]), int(d[6:8]))
    tmt = date(int(d[8:12]), int(d[12:14]), 1)
    if not birth < tmt <= date.today():
        raise ValueError(text)
    return birth, tmt, "laki_laki" if d[14] == "1" else "perempuan", int(d[15:])


MONTHS = {
    "januari": 1, "februari": 2, "maret": 3, "april": 4, "mei": 5, "juni": 6, "juli": 7,
    "agustus": 8, "september": 9, "oktober": 10, "november": 11, "desember": 12,
}  # fmt: skip
DAYS = ("senin", "selasa", "rabu", "kamis", "jumat", "sabtu", "minggu")


def base_parse_date(text: str) -> date:
    """'Rabu, 20 April 2022': weekday name (checked), day, Indonesian month, year."""
    wd, rest = text.split(",", 1)
    day, month, year = rest.split()
    d = date(int(year), MONTHS[month.lower()], int(day))
    if DAYS[d.weekday()] != wd.strip().lower():
        raise ValueError(text)
    return d


def base_check_criteria(inv: Any) -> tuple[tuple[str, str], ...]:
    """Pasal 6: explicit facts; burden inferred from burdens_public=False; authority from an
    urusan utama other than fungsi_lain; all five must hold."""
    c = inv.criteria

    def fact(x: bool | None) -> str:
        return "tidak_dapat_dinilai" if x is None else "terpenuhi" if x else "tidak_terpenuhi"

    burden = c.burdens_public_unlawfully
    b = (
        fact(not burden)
        if burden is not None
        else "terpenuhi"
        if inv.adoption.burdens_public is False
        else "tidak_dapat_dinilai"
    )
    u = inv.main_urusan
    auth = (
        fact(c.regional_authority)
        if c.regional_authority is not None
        else "tidak_dapat_dinilai"
        if u is None or u.value == "fungsi_lain"
        else "terpenuhi"
    )
    v = (fact(c.renewal), fact(c.beneficial), b, auth, fact(c.replicable))
    overall = (
        "tidak_terpenuhi"
        if "tidak_terpenuhi" in v
        else "tidak_dapat_dinilai"
        if "tidak_dapat_dinilai" in v
        else "terpenuhi"
    )
    return (*zip(("1", "2", "3", "4", "5"), v, strict=True), ("all", overall))


def base_plan(
    levels: Mapping[int, int], target: int
) -> tuple[Decimal, bool, tuple[tuple[str, int, Decimal], ...]]:
    """Fewest single-level steps: the heaviest steps first (docs/clinic.md); with no
    evidence-only steps the tie-breaks (most points, lower numbers first) are the same order."""
    score = sum(W[n] * lv for n, lv in levels.items())
    need = target - score
    steps = sorted(
        (-W[n], n, lv) for n in W for lv in range(levels.get(n, 0) + 1, 4)
    )  # heaviest, then lowest number, then level
    chosen, gain = [], 0
    for negw, n, lv in steps:
        if gain >= need:
            break
        chosen.append((str(n), lv, Decimal(-negw)))
        gain -= negw
    return Decimal(score + gain), gain >= need, tuple(chosen)


# == the cases =====================================================================================


@dataclass
class Case:
    name: str
    goal: float
    baseline: Callable[[], object]
    library: Callable[[], object]
    base_answer: Callable[[], object]
    lib_answer: Callable[[], object]


def cases() -> list[Case]:
    import inovasi_daerah as ind
    from inovasi_daerah import clinic, iga, pp38, skp
    from inovasi_daerah.models import Innovation

    e = iga.edition(2026)
    spd = Decimal("40.5")
    ms = [Decimal(30 + (i * 7) % 80) for i in range(100)]
    lv = {n: 1 + (n % 3) for n in range(16, 36)}
    inv = Innovation(
        name="SI-JALAN",
        forms=["pelayanan_publik"],
        stage="penerapan",
        initiator="asn",
        main_urusan="pupr",
        applied_on="2024-03-01",
        criteria={"renewal": True, "beneficial": True, "replicable": True},
        adoption={"burdens_public": False},
        indicators=[
            {
                "indicator": str(n),
                "level": 1 + (n % 3),
                "evidence": "ditolak" if n == 20 else "diterima" if n % 2 else "dikirim",
            }
            for n in range(16, 36)
        ],
    )
    plan_lv = dict.fromkeys(range(16, 36), 1)

    def lib_index() -> object:
        return iga.index(spd=spd, maturities=ms, yandas_covered=5, rules=e)

    def lib_mat_lv() -> object:
        return iga.maturity(lv, e)

    def lib_mat_inv() -> object:
        return iga.maturity(inv, e)

    def mat_answer(m: Any) -> object:
        return m.score, m.missing_mandatory, m.eligible

    def lib_ak() -> object:
        return skp.angka_kredit("Baik", "Ahli Pertama", 9)

    def lib_nip() -> object:
        return ind.parse_nip("19660801 198803 1 001")

    def lib_date() -> object:
        return ind.parse_date("Rabu, 20 April 2022")

    def lib_crit() -> object:
        return pp38.check_criteria(inv)

    def lib_plan() -> object:
        return clinic.plan(plan_lv, 80, e)

    def crit_answer() -> object:
        r = pp38.check_criteria(inv)
        return (
            *((str(i), v.verdict.value) for i, v in enumerate(r.verdicts, 1)),
            ("all", r.overall.value),
        )

    def plan_answer() -> object:
        p = clinic.plan(plan_lv, 80, e)
        steps = tuple((s.indicator.number, s.to_level, s.points) for s in p.steps)
        return p.projected_score, p.reachable, steps

    def nip_answer() -> object:
        n = ind.parse_nip("19660801 198803 1 001")
        return n.birth_date, n.tmt, n.gender.value, n.serial

    return [
        Case(
            "iga.index (100 maturities)",
            15,
            lambda: base_index(spd, ms, 5),
            lib_index,
            lambda: base_index(spd, ms, 5),
            lambda: (lambda r: (r.value, r.predicate.value))(lib_index()),
        ),
        Case(
            "iga.maturity (levels dict)",
            10,
            lambda: base_maturity_levels(lv),
            lib_mat_lv,
            lambda: base_maturity_levels(lv),
            lambda: mat_answer(lib_mat_lv()),
        ),
        Case(
            "iga.maturity (Innovation)",
            5,
            lambda: base_maturity_innovation(inv),
            lib_mat_inv,
            lambda: base_maturity_innovation(inv),
            lambda: mat_answer(lib_mat_inv()),
        ),
        Case(
            "skp.angka_kredit",
            10,
            lambda: base_angka_kredit("Baik", "Ahli Pertama", 9),
            lib_ak,
            lambda: base_angka_kredit("Baik", "Ahli Pertama", 9),
            lambda: lib_ak().value,  # type: ignore[attr-defined]
        ),
        Case(
            "parse_nip",
            3,
            lambda: base_parse_nip("19660801 198803 1 001"),
            lib_nip,
            lambda: base_parse_nip("19660801 198803 1 001"),
            nip_answer,
        ),
        Case(
            'parse_date("Rabu, 20 April 2022")',
            20,
            lambda: base_parse_date("Rabu, 20 April 2022"),
            lib_date,
            lambda: base_parse_date("Rabu, 20 April 2022"),
            lib_date,
        ),
        Case(
            "pp38.check_criteria",
            20,
            lambda: base_check_criteria(inv),
            lib_crit,
            lambda: base_check_criteria(inv),
            crit_answer,
        ),
        Case(
            "clinic.plan (all at 1 -> 80)",
            20,
            lambda: base_plan(plan_lv, 80),
            lib_plan,
            lambda: base_plan(plan_lv, 80),
            plan_answer,
        ),
    ]


# == measuring =====================================================================================


#: timings of each call per round, alternating baseline and library
_SLICES = 5


def _per_call(fn: Callable[[], object], number: int) -> float:
    return timeit.timeit(fn, number=number) / number


def _number(fn: Callable[[], object], budget: float) -> int:
    """Calls per timing so that one timing takes about ``budget`` seconds."""
    t = _per_call(fn, 20)
    return max(20, int(budget / max(t, 1e-9)))


def measure(case: Case, runs: int, budget: float) -> dict[str, Any]:
    a, b = case.base_answer(), case.lib_answer()
    if a != b:
        raise SystemExit(f"{case.name}: baseline {a!r} != library {b!r}")
    nb = _number(case.baseline, budget / _SLICES)
    nl = _number(case.library, budget / _SLICES)
    base, lib, ratios = [], [], []
    for _ in range(runs):
        # alternate short timings of each and keep the fastest of each: on a shared machine
        # the load changes within a round, and the fastest slice is the least disturbed
        tb = tl = float("inf")
        for _ in range(_SLICES):
            tb = min(tb, _per_call(case.baseline, nb))
            tl = min(tl, _per_call(case.library, nl))
        base.append(tb)
        lib.append(tl)
        ratios.append(tl / tb)
    ratio = statistics.median(ratios)
    return {
        "call": case.name,
        "base_min": min(base),
        "base_med": statistics.median(base),
        "lib_min": min(lib),
        "lib_med": statistics.median(lib),
        "ratio_min": min(ratios),
        "ratio_med": ratio,
        "goal": case.goal,
        "pass": ratio <= case.goal,
    }


def _us(s: float) -> str:
    return f"{s * 1e6:.2f}"


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--runs", type=int, default=9, help="rounds (at least 7)")
    p.add_argument("--budget", type=float, default=0.1, help="seconds per call and round")
    p.add_argument("--only", help="only calls whose name contains this text")
    args = p.parse_args(argv)
    if args.runs < 7:
        p.error("--runs must be at least 7")
    import pydantic

    print(
        f"Python {platform.python_version()} on {platform.machine()}, pydantic "
        f"{pydantic.VERSION}, {time.strftime('%Y-%m-%d %H:%M')}; {args.runs} rounds; "
        "µs per call"
    )
    head = (
        "call", "baseline min", "baseline median", "library min", "library median",
        "ratio min", "ratio median", "goal", "",
    )  # fmt: skip
    print("| " + " | ".join(head) + " |")
    print("|" + "---|" * len(head))
    ok = True
    for case in cases():
        if args.only and args.only not in case.name:
            continue
        r = measure(case, args.runs, args.budget)
        ok &= r["pass"]
        cells = (
            f"`{r['call']}`", _us(r["base_min"]), _us(r["base_med"]), _us(r["lib_min"]),
            _us(r["lib_med"]), f"{r['ratio_min']:.1f}×", f"**{r['ratio_med']:.1f}×**",
            f"≤ {r['goal']:g}×", "pass" if r["pass"] else "FAIL",
        )  # fmt: skip
        print("| " + " | ".join(cells) + " |", flush=True)
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
