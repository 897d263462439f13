"""Check the built sdist and wheel (CI): both carry LICENSE; the sdist can build docs and test.

Usage: ``python scripts/check_dist.py DIST_DIR`` (the output folder of ``python -m build``).
"""

from __future__ import annotations

import sys
import tarfile
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
#: What the sdist needs to run its tests and build the docs site from a non-editable install.
SDIST_NEEDS = ("LICENSE", "pyproject.toml", "mkdocs.yml", "README.md", "CHANGELOG.md")
SDIST_DIRS = ("src/inovasi_daerah/", "tests/", "docs/", "scripts/")


def check(dist: Path) -> list[str]:
    """The problems found in the sdist and wheel of ``dist``."""
    problems: list[str] = []
    license_text = (ROOT / "LICENSE").read_text(encoding="utf-8")
    if "MIT License" not in license_text:
        problems.append("LICENSE is not the MIT licence the metadata declares")
    sdists, wheels = sorted(dist.glob("*.tar.gz")), sorted(dist.glob("*.whl"))
    if len(sdists) != 1 or len(wheels) != 1:
        return [*problems, f"expected one sdist and one wheel in {dist}"]
    with tarfile.open(sdists[0]) as tar:
        names = [n.split("/", 1)[1] for n in tar.getnames() if "/" in n]
        for need in SDIST_NEEDS:
            if need not in names:
                problems.append(f"sdist lacks {need}")
        for folder in SDIST_DIRS:
            if not any(n.startswith(folder) for n in names):
                problems.append(f"sdist lacks {folder}")
        member = next(m for m in tar.getmembers() if m.name.endswith("/LICENSE"))
        handle = tar.extractfile(member)
        if handle is None or handle.read().decode("utf-8") != license_text:
            problems.append("sdist LICENSE differs from the repository's")
    with zipfile.ZipFile(wheels[0]) as whl:
        licences = [n for n in whl.namelist() if n.endswith(".dist-info/licenses/LICENSE")]
        if not licences:
            problems.append("wheel lacks LICENSE in its .dist-info/licenses/")
        elif whl.read(licences[0]).decode("utf-8") != license_text:
            problems.append("wheel LICENSE differs from the repository's")
    return problems


def main(argv: list[str]) -> int:
    problems = check(Path(argv[0]))
    for p in problems:
        print(f"check_dist: {p}", file=sys.stderr)
    print(f"check_dist: {len(problems)} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
