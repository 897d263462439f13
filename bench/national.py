"""Synthetic national IGA year and the bulk-scoring benchmark.

Generates, from a seed, a national year in the year format of :mod:`inovasi_daerah.iga.bulk`
at the scale of IGA 2025 (531 Pemda: 38 provinsi, 415 kabupaten, 78 kota; 36,742
innovations, iid_iga.md §13) and measures, on the same bytes:

(a) the library: ``iga.score_year(raw)`` -- JSON bytes -> validated -> every innovation's
    maturity, share and eligibility and every region's SPD, SID, SJI, IID and predicate;
(b) the floor: ``json.loads`` of the same bytes plus the simplest correct plain-Python
    computation of the same numbers in integer arithmetic (hundredths), written from the
    docs with the IGA 2026 tables hard-coded, sharing no code or objects with the library:
    every maturity (an int per innovation), its eligibility (a bool), every region's IID
    (an int in hundredths, rounded half up) and predicate. No validation, no error paths, no
    policies, no explanations.

Before timing, the two are checked to give the same maturities, eligibility, IIDs and
predicates. Time: ``--runs`` rounds (default 7, at least 7), library and floor back to back
in each round with the GC in its normal state (``gc.collect()`` before each call); min and
median per path, and min and median of the per-round ratio. Memory: peak RSS growth of the
call in fresh processes (VmHWM from /proc/self/status after the peak was reset via
/proc/self/clear_refs, minus VmRSS before the call; the JSON bytes are read and the imports
done before), median of ``--mem-runs`` processes per path.

Usage::

    python bench/national.py                  # scales 1, 5 and 10 (the scale curve)
    python bench/national.py --scale 1        # one scale only
    python bench/national.py --write year.json [--scale F] [--seed N]
    python bench/national.py --profile        # cProfile of the library path
"""

from __future__ import annotations

import argparse
import gc
import json
import platform
import random
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date, timedelta
from decimal import Decimal
from functools import partial
from operator import getitem
from pathlib import Path
from typing import Any

# -- the synthetic year ---------------------------------------------------------------------------

#: IGA 2025 participation (iid_iga.md §13): 531 Pemda, 36,742 innovations.
PROVINCES, REGENCIES, CITIES = 38, 415, 78
INNOVATIONS = 36_742
SID_COUNT = 20

YANDAS = (
    "pendidikan",
    "kesehatan",
    "pekerjaan_umum_dan_penataan_ruang",
    "perumahan_rakyat_dan_kawasan_permukiman",
    "ketenteraman_ketertiban_umum_dan_pelindungan_masyarakat",
    "sosial",
)
OTHER_URUSAN = (
    "tenaga_kerja",
    "pemberdayaan_perempuan_dan_perlindungan_anak",
    "pangan",
    "lingkungan_hidup",
    "administrasi_kependudukan_dan_pencatatan_sipil",
    "pemberdayaan_masyarakat_dan_desa",
    "pengendalian_penduduk_dan_keluarga_berencana",
    "perhubungan",
    "komunikasi_dan_informatika",
    "koperasi_usaha_kecil_dan_menengah",
    "penanaman_modal",
    "pariwisata",
    "pertanian",
    "kelautan_dan_perikanan",
    "perdagangan",
    "perencanaan",
    "keuangan",
    "kepegawaian",
    "penelitian_dan_pengembangan",
)
_WORDS = (
    "Layanan", "Sistem", "Gerakan", "Aplikasi", "Pojok", "Kampung", "Sekolah", "Posyandu",
    "Desa", "Pasar", "Jemput", "Bola", "Digital", "Terpadu", "Sehat", "Cerdas", "Mandiri",
    "Bersih", "Aman", "Hijau", "Pintar", "Ramah", "Anak", "Lansia", "Warga", "Tani",
)  # fmt: skip


def _counts(rng: random.Random, regions: int, total: int) -> list[int]:
    """Innovations per region: heavy-tailed (a few report hundreds, some fewer than k)."""
    weights = [rng.lognormvariate(0.0, 0.85) for _ in range(regions)]
    s = sum(weights)
    raw = [w / s * total for w in weights]
    counts = [int(x) for x in raw]
    rest = total - sum(counts)
    order = sorted(range(regions), key=lambda i: raw[i] - counts[i], reverse=True)
    for i in order[:rest]:
        counts[i] += 1
    return counts


def _levels(rng: random.Random, quality: float, n: int) -> list[int]:
    out = []
    for _ in range(n):
        x = rng.random()
        if x < 0.03:
            out.append(0)
        else:
            q = quality + rng.gauss(0.0, 0.8)
            out.append(1 if q < 1.6 else 2 if q < 2.4 else 3)
    return out


def _evidence(rng: random.Random, n: int) -> str:
    if rng.random() < 0.7:
        return "A" * n
    return "".join(rng.choices("AAAAAAAARPSK", k=n))


def _day(rng: random.Random, start: date, end: date) -> str:
    return (start + timedelta(days=rng.randrange((end - start).days + 1))).isoformat()


def generate(
    seed: int = 2025, scale: float = 1.0, edition: int = 2026, spd_rows: int = 20
) -> dict[str, Any]:
    """A synthetic national year as parsed data (deterministic for a seed and scale).

    ``scale`` multiplies the number of regions and of innovations (10x: 5,310 regions and
    367,420 innovations), so innovations per region keep their distribution.
    """
    rng = random.Random(f"{seed}:{scale}:{edition}")
    n_prov = max(1, round(PROVINCES * scale))
    n_kab = max(1, round(REGENCIES * scale))
    n_kota = max(1, round(CITIES * scale))
    n_regions = n_prov + n_kab + n_kota
    counts = _counts(rng, n_regions, max(1, round(INNOVATIONS * scale)))
    window_start, window_end = date(edition - 2, 1, 1), date(edition - 1, 12, 31)
    regions: list[dict[str, Any]] = []
    kinds = ["provinsi"] * n_prov + ["kabupaten"] * n_kab + ["kota"] * n_kota
    seq = {"provinsi": 0, "kabupaten": 0, "kota": 0}
    for r, kind in enumerate(kinds):
        seq[kind] += 1
        prov = (r % n_prov) + 11 if kind != "provinsi" else seq[kind] + 10
        if kind == "provinsi":
            rid, name = f"{prov:02d}", f"Provinsi Sintetis {seq[kind]}"
        elif kind == "kabupaten":
            rid, name = f"{prov:02d}.{seq[kind]:04d}", f"Kabupaten Sintetis {seq[kind]}"
        else:
            rid, name = f"{prov:02d}.{7000 + seq[kind]:04d}", f"Kota Sintetis {seq[kind]}"
        quality = rng.uniform(1.2, 2.9)
        # a region focuses on a few urusan; some regions miss yandas and so the SJI
        focus = rng.sample(YANDAS, k=rng.choice((3, 4, 5, 5, 6, 6, 6)))
        innovations = []
        for j in range(counts[r]):
            x = rng.random()
            stage = "penerapan" if x < 0.82 else "uji_coba" if x < 0.93 else "inisiatif"
            urusan = rng.choice(focus) if rng.random() < 0.55 else rng.choice(OTHER_URUSAN)
            inv: dict[str, Any] = {
                "id": f"{rid}-{j + 1:04d}",
                "name": " ".join(rng.choices(_WORDS, k=3)),
                "stage": stage,
                "urusan": urusan,
            }
            if rng.random() < 0.25:
                inv["other_urusan"] = [rng.choice(YANDAS + OTHER_URUSAN[:4])]
                if inv["other_urusan"][0] == urusan:
                    del inv["other_urusan"]
            if stage == "penerapan":
                y = rng.random()
                if y < 0.8:
                    inv["applied_on"] = _day(rng, window_start, window_end)
                else:  # older; developed within the window in half the cases
                    inv["applied_on"] = _day(
                        rng, date(edition - 8, 1, 1), window_start - timedelta(1)
                    )
                    if y < 0.9:
                        inv["developed_on"] = _day(rng, window_start, window_end)
            inv["levels"] = _levels(rng, quality, SID_COUNT)
            inv["evidence"] = _evidence(rng, SID_COUNT)
            innovations.append(inv)
        regions.append(
            {
                "id": rid,
                "name": name,
                "level": kind,
                "spd": _levels(rng, quality, spd_rows),
                "innovations": innovations,
                **({"underdeveloped": True} if rng.random() < 0.1 else {}),
            }
        )
    return {
        "format": "inovasi-daerah/iga-year",
        "version": 1,
        "edition": edition,
        "regions": regions,
    }


def dump(data: dict[str, Any]) -> bytes:
    """The canonical bytes of a year (compact, key order as generated)."""
    return json.dumps(data, ensure_ascii=False, separators=(",", ":")).encode()


# -- the floor ------------------------------------------------------------------------------------

# IGA 2026 (iid_iga.md §4-§6, docs/iga.md), in hundredths so that every sum is an integer:
# SPD bobot of rows 1, 2a, 2b, 3, 4, 5a, 5b, 6, 7, 8, 9, 10a, 10b, 11a, 11b, 12, 13a, 13b, 14, 15
SPD_W = (
    100,
    100,
    100,
    100,
    100,
    75,
    75,
    150,
    150,
    150,
    100,
    75,
    75,
    75,
    75,
    200,
    100,
    100,
    100,
    100,
)
# SID bobot of indicators 16..35 and the wajib ones (16, 17, 32, 33, 35)
SID_W = (
    300,
    200,
    200,
    200,
    100,
    200,
    100,
    100,
    100,
    100,
    100,
    100,
    200,
    100,
    200,
    300,
    200,
    300,
    200,
    400,
)
WAJIB = (0, 1, 16, 17, 19)  # positions of 16, 17, 32, 33, 35
K, SJI_RATE_H, SJI_CAP, YANDAS_MIN, TOTAL_MAX = 12, 38, 200, 5, 250
WINDOW = ("2024-01-01", "2025-12-31")  # ISO strings compare as dates


def floor(raw: bytes) -> tuple[list[tuple[str, int, str]], list[int], list[bool]]:
    """json.loads, then the same numbers with ints: regions (id, IID in hundredths,
    predicate), every maturity in hundredths, every eligibility."""
    doc = json.loads(raw)
    lo, hi = WINDOW
    yandas = set(YANDAS)
    sid_t = [(0, w, 2 * w, 3 * w) for w in SID_W]
    spd_t = [(0, w, 2 * w, 3 * w) for w in SPD_W]
    regions: list[tuple[str, int, str]] = []
    maturities: list[int] = []
    eligible: list[bool] = []
    for reg in doc["regions"]:
        spd = sum(map(getitem, spd_t, reg["spd"]))
        total = n = 0
        covered = set()
        for inv in reg["innovations"]:
            lv = inv["levels"]
            ev = inv["evidence"]
            if "R" in ev:  # rejected evidence scores 0
                lv = [0 if c == "R" else x for x, c in zip(lv, ev, strict=True)]
            m = sum(map(getitem, sid_t, lv))
            maturities.append(m)
            eligible.append(
                inv["stage"] == "penerapan"
                and (
                    lo <= inv.get("applied_on", "") <= hi or lo <= inv.get("developed_on", "") <= hi
                )
                and all(lv[i] for i in WAJIB)
            )
            n += 1
            total += m
            if inv["urusan"] in yandas:
                covered.add(inv["urusan"])
        d = max(K, n)
        sji = SJI_RATE_H * min(n, SJI_CAP) if len(covered) >= YANDAS_MIN else 0
        # IID in hundredths = (spd + sji + total / d) / 250 x 100, rounded half up
        num, den = 2 * ((spd + sji) * d + total), 5 * d
        iid = (2 * num + den) // (2 * den)
        pred = (
            "Sangat Inovatif"
            if iid >= 6501
            else "Inovatif"
            if iid >= 4001
            else "Kurang Inovatif"
            if iid > 0
            else "Tidak Dapat Dinilai"
        )
        regions.append((reg["id"], iid, pred))
    return regions, maturities, eligible


def check_equal(raw: bytes) -> None:
    """The floor and the library give the same numbers (asserted before any timing)."""
    from inovasi_daerah.iga import score_year

    lib = score_year(raw)
    regions, maturities, eligible = floor(raw)
    assert [(r.id, r.value, r.predicate.value) for r in lib.regions] == [
        (rid, Decimal(v).scaleb(-2), p) for rid, v, p in regions
    ], "floor != library (regions)"
    assert [i.maturity for i in lib.innovations] == [Decimal(m).scaleb(-2) for m in maturities], (
        "floor != library (maturities)"
    )
    assert [i.eligible for i in lib.innovations] == eligible, "floor != library (eligibility)"


# -- measuring ------------------------------------------------------------------------------------


def _timed(fn: Callable[[], object]) -> float:
    if gc.isenabled():
        gc.collect()
    t0 = time.perf_counter()
    fn()
    return time.perf_counter() - t0


_CHILD = """
import gc, sys, json, time
from pathlib import Path
raw = Path(sys.argv[2]).read_bytes()
if sys.argv[1] == "library":
    from inovasi_daerah.iga import score_year
    score_year(b'{"format": "inovasi-daerah/iga-year", "version": 1, "edition": 2026,'
               b' "regions": []}')  # builds the validator once, as any first call does
    call = lambda: score_year(raw)
else:
    sys.path.insert(0, sys.argv[3])
    from national import floor
    call = lambda: floor(raw)
def status():
    out = {}
    for line in Path("/proc/self/status").read_text().splitlines():
        k, _, v = line.partition(":")
        if k in ("VmRSS", "VmHWM"):
            out[k] = int(v.split()[0]) * 1024
    return out
gc.collect()
try:
    Path("/proc/self/clear_refs").write_text("5")  # reset VmHWM to the current RSS
    reset = True
except OSError:
    reset = False
before = status()
result = call()
after = status()
base = before["VmRSS"] if reset else max(before["VmRSS"], before["VmHWM"])
print(json.dumps({"growth": after["VmHWM"] - base, "reset": reset, "rss_before": base}))
"""


def peak_growth(path: str, which: str) -> dict[str, Any]:
    """Peak RSS growth (bytes) of one call in a fresh process."""
    out = subprocess.run(
        [sys.executable, "-c", _CHILD, which, path, str(Path(__file__).parent)],
        check=True,
        capture_output=True,
        text=True,
    )
    return dict(json.loads(out.stdout.strip().splitlines()[-1]))


def measure(scale: float, seed: int, runs: int, mem_runs: int, tmp: Path) -> dict[str, Any]:
    from inovasi_daerah.iga import score_year

    raw = dump(generate(seed=seed, scale=scale))
    n_inv = raw.count(b'"levels"')
    check_equal(raw)
    lib_t: list[float] = []
    floor_t: list[float] = []
    ratios: list[float] = []
    for _ in range(runs):
        a = _timed(partial(score_year, raw))
        b = _timed(partial(floor, raw))
        lib_t.append(a)
        floor_t.append(b)
        ratios.append(a / b)
    loads_t = [_timed(partial(json.loads, raw)) for _ in range(runs)]
    path = tmp / f"year_{scale:g}.json"
    path.write_bytes(raw)
    del raw
    gc.collect()
    lib_m = [peak_growth(str(path), "library") for _ in range(mem_runs)]
    floor_m = [peak_growth(str(path), "floor") for _ in range(mem_runs)]
    mb = path.stat().st_size / 1e6
    path.unlink()
    med = statistics.median
    lib_g, floor_g = med([m["growth"] for m in lib_m]), med([m["growth"] for m in floor_m])
    return {
        "scale": scale,
        "mb": mb,
        "regions": round((PROVINCES + REGENCIES + CITIES) * scale),
        "innovations": n_inv,
        "lib_min": min(lib_t),
        "lib_med": med(lib_t),
        "floor_min": min(floor_t),
        "floor_med": med(floor_t),
        "loads_med": med(loads_t),
        "ratio_min": min(ratios),
        "ratio_med": med(ratios),
        "lib_us_inv": med(lib_t) / n_inv * 1e6,
        "floor_us_inv": med(floor_t) / n_inv * 1e6,
        "lib_growth_mb": lib_g / 1e6,
        "floor_growth_mb": floor_g / 1e6,
        "mem_ratio": lib_g / floor_g,
        "lib_mb_per_mb": lib_g / 1e6 / mb,
        "floor_mb_per_mb": floor_g / 1e6 / mb,
        "hwm_reset": all(m["reset"] for m in lib_m + floor_m),
    }


def parts(scale: float, seed: int, runs: int) -> None:
    """Validation against json.loads, GC off, ratios within a round (--parts)."""
    from pydantic import TypeAdapter
    from pydantic_core import from_json

    from inovasi_daerah.iga.bulk import _fast_parse, _scoring_validator, _year_adapter, parse_year
    from inovasi_daerah.io.load import loads

    raw = dump(generate(seed=seed, scale=scale))
    any_adapter: TypeAdapter[Any] = TypeAdapter(Any)
    fns: dict[str, Callable[[], object]] = {
        "json.loads": partial(json.loads, raw),
        "TypeAdapter(Any).validate_json": partial(any_adapter.validate_json, raw),
        "year format validate_json (whole document)": partial(_year_adapter().validate_json, raw),
        "strict parser (json.loads + duplicate-key hook)": partial(loads, raw),
        "pydantic_core.from_json": partial(from_json, raw, allow_inf_nan=False),
        "parse_year (from_json, region by region, key count)": partial(parse_year, raw),
        "score_year's read (the scoring schema, key count)": partial(
            _fast_parse, raw, _scoring_validator()
        ),
    }
    for fn in fns.values():
        fn()
    times: dict[str, list[float]] = {k: [] for k in fns}
    for _ in range(runs):
        for k, fn in fns.items():
            gc.collect()
            gc.disable()
            try:
                times[k].append(_timed(fn))
            finally:
                gc.enable()
    base = times["json.loads"]
    print(f"scale {scale:g}, GC off while timing, {runs} rounds")
    print("| step | min s | median s | ÷ json.loads (median of per-round ratios) |")
    print("|---|---|---|---|")
    for k, ts in times.items():
        ratio = statistics.median(a / b for a, b in zip(ts, base, strict=True))
        print(f"| {k} | {min(ts):.3f} | {statistics.median(ts):.3f} | {ratio:.2f}× |")


def _report(rows: list[dict[str, Any]], runs: int, mem_runs: int) -> None:
    import pydantic

    print(
        f"Python {platform.python_version()} on {platform.machine()}, pydantic "
        f"{pydantic.VERSION}, {time.strftime('%Y-%m-%d %H:%M')}; GC in its normal state; "
        f"{runs} timing rounds, {mem_runs} fresh processes per memory figure"
    )
    print()
    head = (
        "scale", "JSON MB", "innovations", "library s (min / median)",
        "floor s (min / median)", "json.loads s (median)", "ratio (min / median)",
        "goal ≤ 1.5×",
    )  # fmt: skip
    print("| " + " | ".join(head) + " |")
    print("|" + "---|" * len(head))
    for r in rows:
        cells = (
            f"{r['scale']:g}×", f"{r['mb']:.1f}", f"{r['innovations']:,}",
            f"{r['lib_min']:.3f} / {r['lib_med']:.3f}",
            f"{r['floor_min']:.3f} / {r['floor_med']:.3f}", f"{r['loads_med']:.3f}",
            f"{r['ratio_min']:.2f} / **{r['ratio_med']:.2f}**",
            "pass" if r["ratio_med"] <= 1.5 else "FAIL",
        )  # fmt: skip
        print("| " + " | ".join(str(c) for c in cells) + " |")
    print()
    head = (
        "scale", "library peak RSS growth MB", "floor peak RSS growth MB", "ratio",
        "goal ≤ 1.3×", "library µs/innovation", "floor µs/innovation",
        "library MB per JSON MB", "floor MB per JSON MB",
    )  # fmt: skip
    print("| " + " | ".join(head) + " |")
    print("|" + "---|" * len(head))
    for r in rows:
        cells = (
            f"{r['scale']:g}×", f"{r['lib_growth_mb']:.0f}", f"{r['floor_growth_mb']:.0f}",
            f"**{r['mem_ratio']:.2f}**", "pass" if r["mem_ratio"] <= 1.3 else "FAIL",
            f"{r['lib_us_inv']:.2f}", f"{r['floor_us_inv']:.2f}",
            f"{r['lib_mb_per_mb']:.2f}", f"{r['floor_mb_per_mb']:.2f}",
        )  # fmt: skip
        print("| " + " | ".join(str(c) for c in cells) + " |")
    if not all(r["hwm_reset"] for r in rows):
        print("(VmHWM could not be reset: growth measured from the high-water mark before)")


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--write", metavar="PATH", help="write the synthetic year as JSON and exit")
    p.add_argument("--scale", type=float, default=None, help="size (default: 1, 5 and 10)")
    p.add_argument("--seed", type=int, default=2025)
    p.add_argument("--runs", type=int, default=7, help="timing rounds (at least 7)")
    p.add_argument("--mem-runs", type=int, default=3, help="fresh processes per memory figure")
    p.add_argument("--profile", action="store_true", help="cProfile the library path")
    p.add_argument("--parts", action="store_true", help="validation vs json.loads, GC off")
    args = p.parse_args(argv)
    if args.write:
        raw = dump(generate(seed=args.seed, scale=args.scale or 1.0))
        Path(args.write).write_bytes(raw)
        print(f"wrote {args.write}: {len(raw):,} bytes")
        return 0
    if args.profile:
        import cProfile
        import pstats

        from inovasi_daerah.iga import score_year

        raw = dump(generate(seed=args.seed, scale=args.scale or 1.0))
        with cProfile.Profile() as prof:
            score_year(raw)
        pstats.Stats(prof).sort_stats("cumulative").print_stats(25)
        return 0
    if args.runs < 7:
        p.error("--runs must be at least 7")
    if args.parts:
        parts(args.scale or 1.0, args.seed, args.runs)
        return 0
    scales = [args.scale] if args.scale else [1.0, 5.0, 10.0]
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        for s in scales:
            rows.append(measure(s, args.seed, args.runs, args.mem_runs, Path(tmp)))
            print(json.dumps(rows[-1]), file=sys.stderr, flush=True)
    _report(rows, args.runs, args.mem_runs)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
