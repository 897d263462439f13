"""Import time of ``inovasi_daerah`` against importing what it uses of its dependencies.

Each measurement is a fresh ``python -c`` process (bytecode compiled beforehand with
``compileall``), timed inside the process with ``time.perf_counter`` around the import
statement alone, so interpreter start-up is not counted. The two statements alternate,
``--runs`` times each (default 9, at least 7); the table shows min and median and the ratio of
the medians and of the minima.

- **dependencies**: ``from pydantic import BaseModel, TypeAdapter; import dateutil.parser,
  dateutil.relativedelta``;
- **library**: ``import inovasi_daerah``;
- with ``--first-use``: also ``import inovasi_daerah as ind; ind.iga.edition(2026)`` (a
  subpackage, an edition and its integrity check loaded on first use).

Usage::

    python bench/import_time.py [--runs 15] [--first-use] [--importtime]
"""

from __future__ import annotations

import argparse
import compileall
import statistics
import subprocess
import sys
from pathlib import Path

DEPS = "from pydantic import BaseModel, TypeAdapter; import dateutil.parser, dateutil.relativedelta"
LIB = "import inovasi_daerah"
FIRST_USE = "import inovasi_daerah as ind; ind.iga.edition(2026)"

_PROBE = """
import time
t0 = time.perf_counter()
{stmt}
t1 = time.perf_counter()
print(t1 - t0)
"""


def one(stmt: str) -> float:
    """Seconds the import statement takes in a fresh interpreter."""
    out = subprocess.run(
        [sys.executable, "-c", _PROBE.format(stmt=stmt)],
        check=True,
        capture_output=True,
        text=True,
    )
    return float(out.stdout.strip().splitlines()[-1])


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--runs", type=int, default=9)
    p.add_argument("--first-use", action="store_true", help="also time a first use of iga")
    p.add_argument(
        "--importtime", action="store_true", help="print python -X importtime of the library"
    )
    args = p.parse_args(argv)
    if args.runs < 7:
        p.error("--runs must be at least 7")
    import inovasi_daerah

    src = Path(inovasi_daerah.__file__).parent
    compileall.compile_dir(str(src), quiet=1)
    if args.importtime:
        r = subprocess.run(
            [sys.executable, "-X", "importtime", "-c", LIB],
            capture_output=True,
            text=True,
            check=True,
        )
        rows = [ln for ln in r.stderr.splitlines() if "inovasi_daerah" in ln]
        print("\n".join(rows))
    stmts = {"dependencies": DEPS, "library": LIB}
    if args.first_use:
        stmts["library + iga.edition(2026)"] = FIRST_USE
    for stmt in stmts.values():  # warm the OS file cache
        one(stmt)
    times: dict[str, list[float]] = {k: [] for k in stmts}
    for _ in range(args.runs):
        for name, stmt in stmts.items():
            times[name].append(one(stmt))
    import platform

    print(f"Python {platform.python_version()}; {args.runs} fresh processes each; ms")
    print("| import | min ms | median ms | ÷ dependencies (median) | ÷ dependencies (min) |")
    print("|---|---|---|---|---|")
    d_med = statistics.median(times["dependencies"])
    d_min = min(times["dependencies"])
    for name, ts in times.items():
        med, lo = statistics.median(ts), min(ts)
        cells = (name, f"{lo * 1e3:.1f}", f"{med * 1e3:.1f}", f"{med / d_med:.2f}×")
        print("| " + " | ".join(cells) + f" | {lo / d_min:.2f}× |")
    ratio = statistics.median(times["library"]) / d_med
    print(f"goal: library ≤ 1.3× dependencies (median): {'pass' if ratio <= 1.3 else 'FAIL'}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
