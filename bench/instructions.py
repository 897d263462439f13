"""Instruction counts of score_year and of the benchmark floor, for valgrind's callgrind.

A busy machine makes wall-clock ratios swing; the number of machine instructions does not.
Run it under callgrind with 0 and with 1 call and take the difference (per call)::

    python bench/national.py --write /tmp/year1.json --scale 1
    PYTHONHASHSEED=0 valgrind --tool=callgrind python bench/instructions.py lib 0 /tmp/year1.json
    PYTHONHASHSEED=0 valgrind --tool=callgrind python bench/instructions.py lib 1 /tmp/year1.json
    (the same with ``floor``; the ``summary:`` line of each callgrind.out.* file). A fixed hash
    seed keeps the counts of one tree from moving between processes.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

from inovasi_daerah.iga import score_year


def main(argv: list[str]) -> None:
    """Import, read the year, warm up (edition and validator built), then call ``argv[1]``
    (``lib`` or ``floor``) ``argv[2]`` times on the bytes of the year file ``argv[3]``."""
    which, calls, path = argv[1], int(argv[2]), argv[3]
    spec = importlib.util.spec_from_file_location(
        "national", Path(__file__).with_name("national.py")
    )
    assert spec is not None
    assert spec.loader is not None
    national = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(national)
    raw = Path(path).read_bytes()
    score_year(b'{"edition": 2026, "regions": []}')
    fn = score_year if which == "lib" else national.floor
    for _ in range(calls):
        fn(raw)


if __name__ == "__main__":
    main(sys.argv)
