"""Synthetic national IGA year and the bulk-scoring benchmark.

Generates, from a seed, a national year in the year format of :mod:`inovasi_daerah.iga.bulk`
at the scale of IGA 2025 (531 Pemda: 38 provinsi, 415 kabupaten, 78 kota; 36,742
innovations, iid_iga.md §13) and measures, on the same bytes:

(a) the library: JSON bytes -> validated -> scored -> every region's IID (``iga.score_year``);
(b) the floor: ``json.loads`` of the same bytes plus a plain-Python loop computing the same
    sums with the same arithmetic (integer sums of weight x level in hundredths, the region
    formula in Decimal), with no validation at all.

Usage::

    python bench/national.py                 # benchmark at 1x and 10x (default)
    python bench/national.py --scale 10      # one scale only
    python bench/national.py --write year.json [--scale F] [--seed N]
    python bench/national.py --profile       # cProfile of the library path

Timing runs and the tracemalloc run are separate processes' worth of work: times are taken
without tracemalloc (which slows Python code several-fold); peak memory is taken in its own run.
"""

from __future__ import annotations

import argparse
import gc
import json
import platform
import random
import sys
import time
import tracemalloc
from collections.abc import Callable
from datetime import date, timedelta
from decimal import ROUND_HALF_UP, Decimal
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


def make_floor(
    edition_year: int,
) -> Callable[[bytes], tuple[list[tuple[Any, ...]], list[tuple[Any, ...]]]]:
    """The floor for an edition: ``json.loads`` plus the same sums in a plain loop.

    Same arithmetic as the library: per innovation an *integer* sum of weight x level in
    hundredths (tables precomputed once, outside the timing), per region the formula in
    Decimal (MAX(k, n), the SJI, /250 x 100, ROUND_HALF_UP to 2 places). Rejected evidence
    scores 0; eligibility is stage, window (ISO strings compare as dates) and wajib indicators.
    No validation, error paths, policies, memo or share of the maximum: the least a script does.
    """
    from inovasi_daerah.iga import edition

    e = edition(edition_year)
    sid_t = [tuple(int(i.weight * lv * 100) for lv in range(4)) for i in e.sid]
    spd_t = [tuple(int(i.weight * lv * 100) for lv in range(4)) for i in e.spd]
    mand = [n for n, i in enumerate(e.sid) if i.mandatory]
    k, rate, cap, ymin = (
        e.divisor_k.get(),
        e.sji_rate.get(),
        e.sji_n_cap.get(),
        e.yandas_minimum.get(),
    )
    total_max = e.total_max
    lo, hi = (d.isoformat() for d in e.eligibility_window.get())
    stage_req = e.required_stage.get().value
    q = Decimal("0.01")
    yandas = set(YANDAS)
    hundred = Decimal(100)
    from operator import getitem

    def floor(raw: bytes) -> tuple[list[tuple[Any, ...]], list[tuple[Any, ...]]]:
        doc = json.loads(raw)
        regions: list[tuple[Any, ...]] = []
        innovations: list[tuple[Any, ...]] = []
        for reg in doc["regions"]:
            rid = reg["id"]
            spd = Decimal(sum(map(getitem, spd_t, reg["spd"]))).scaleb(-2)
            total = n = 0
            covered = set()
            for inv in reg["innovations"]:
                lv = inv["levels"]
                ev = inv.get("evidence")
                if ev is not None and "R" in ev:
                    lv = [0 if c == "R" else x for x, c in zip(lv, ev, strict=True)]
                m = sum(map(getitem, sid_t, lv))
                eligible = (
                    inv["stage"] == stage_req
                    and (
                        lo <= inv.get("applied_on", "") <= hi
                        or lo <= inv.get("developed_on", "") <= hi
                    )
                    and all(lv[i] for i in mand)
                )
                n += 1
                total += m
                if inv.get("urusan") in yandas:
                    covered.add(inv["urusan"])
                innovations.append((rid, inv["id"], inv["name"], Decimal(m).scaleb(-2), eligible))
            sji = rate * min(n, cap) if len(covered) >= ymin else Decimal(0)
            msum = Decimal(total).scaleb(-2)
            sid = msum / max(k, n) + sji
            value = ((spd + sid) / total_max * hundred).quantize(q, rounding=ROUND_HALF_UP)
            regions.append(
                (
                    rid,
                    reg["name"],
                    spd,
                    msum,
                    sid,
                    sji,
                    max(k, n),
                    max(0, k - n),
                    len(covered),
                    value,
                    n,
                )
            )
        return regions, innovations

    return floor


# -- measuring ------------------------------------------------------------------------------------


GC_OFF = False  # --gc-off: time with the cyclic garbage collector disabled (both paths)


def _best_time(fn: Callable[[], object], repeat: int) -> float:
    best = float("inf")
    for _ in range(repeat):
        gc.collect()
        if GC_OFF:
            gc.disable()
        try:
            t0 = time.perf_counter()
            fn()
            best = min(best, time.perf_counter() - t0)
        finally:
            gc.enable()
    return best


def _peak(fn: Callable[[], object]) -> int:
    gc.collect()
    tracemalloc.start()
    try:
        fn()
        return tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


def measure(scale: float, seed: int, repeat: int) -> dict[str, Any]:
    from inovasi_daerah.iga.bulk import score_year

    data = generate(seed=seed, scale=scale)
    raw = dump(data)
    del data
    n_inv = raw.count(b'"levels"')
    floor = make_floor(2026)
    # check the floor and the library agree before timing them
    lib = score_year(raw)
    f_regions, f_innovations = floor(raw)
    assert [r.value for r in lib.regions] == [r[9] for r in f_regions], "floor != library"
    assert [i.maturity for i in lib.innovations] == [i[3] for i in f_innovations]
    del lib, f_regions, f_innovations
    t_lib = _best_time(lambda: score_year(raw), repeat)
    t_floor = _best_time(lambda: floor(raw), repeat)
    t_loads = _best_time(lambda: json.loads(raw), repeat)
    m_lib = _peak(lambda: score_year(raw))
    m_floor = _peak(lambda: floor(raw))
    return {
        "scale": scale,
        "bytes": len(raw),
        "regions": raw.count(b'"spd"'),
        "innovations": n_inv,
        "library_s": t_lib,
        "floor_s": t_floor,
        "json_loads_s": t_loads,
        "ratio": t_lib / t_floor,
        "library_us_per_innovation": t_lib / n_inv * 1e6,
        "floor_us_per_innovation": t_floor / n_inv * 1e6,
        "library_peak_mb": m_lib / 1e6,
        "floor_peak_mb": m_floor / 1e6,
    }


def _report(rows: list[dict[str, Any]]) -> None:
    print(
        f"Python {platform.python_version()} on {platform.machine()}, "
        f"{time.strftime('%Y-%m-%d')}, GC {'off' if GC_OFF else 'on'} while timing"
    )
    head = (
        "scale", "MB", "regions", "innovations", "library s", "floor s", "json.loads s",
        "ratio", "lib µs/inv", "floor µs/inv", "lib peak MB", "floor peak MB",
    )  # fmt: skip
    print("| " + " | ".join(head) + " |")
    print("|" + "---|" * len(head))
    for r in rows:
        cells = (
            f"{r['scale']:g}x", f"{r['bytes'] / 1e6:.1f}", r["regions"], f"{r['innovations']:,}",
            f"{r['library_s']:.3f}", f"{r['floor_s']:.3f}", f"{r['json_loads_s']:.3f}",
            f"{r['ratio']:.2f}", f"{r['library_us_per_innovation']:.2f}",
            f"{r['floor_us_per_innovation']:.2f}", f"{r['library_peak_mb']:.0f}",
            f"{r['floor_peak_mb']:.0f}",
        )  # fmt: skip
        print("| " + " | ".join(str(c) for c in cells) + " |")
    if len(rows) == 2:
        a, b = rows
        grow = b["library_us_per_innovation"] / a["library_us_per_innovation"]
        print(
            f"linearity: library time per innovation at {b['scale']:g}x / {a['scale']:g}x "
            f"= {grow:.2f}"
        )


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--write", metavar="PATH", help="write the synthetic year as JSON and exit")
    p.add_argument("--scale", type=float, default=None, help="size multiplier (default: 1 and 10)")
    p.add_argument("--seed", type=int, default=2025)
    p.add_argument("--repeat", type=int, default=3, help="timing runs; the best is reported")
    p.add_argument("--profile", action="store_true", help="cProfile the library path")
    p.add_argument("--gc-off", action="store_true", help="disable the cyclic GC while timing")
    args = p.parse_args(argv)
    global GC_OFF
    GC_OFF = args.gc_off
    if args.write:
        raw = dump(generate(seed=args.seed, scale=args.scale or 1.0))
        Path(args.write).write_bytes(raw)
        print(f"wrote {args.write}: {len(raw):,} bytes")
        return 0
    if args.profile:
        import cProfile
        import pstats

        from inovasi_daerah.iga.bulk import score_year

        raw = dump(generate(seed=args.seed, scale=args.scale or 1.0))
        with cProfile.Profile() as prof:
            score_year(raw)
        pstats.Stats(prof).sort_stats("cumulative").print_stats(25)
        return 0
    scales = [args.scale] if args.scale else [1.0, 10.0]
    rows = []
    for s in scales:
        rows.append(measure(s, args.seed, args.repeat if s <= 1 else max(1, args.repeat - 1)))
        print(json.dumps(rows[-1]), file=sys.stderr)
    _report(rows)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
