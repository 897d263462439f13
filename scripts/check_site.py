"""Check the built documentation site (CI): the 404 page's links work from any path.

A static host serves ``404.html`` for a missing page at any depth (``/a/b/c``), so the page
must link its stylesheets, scripts and navigation root-absolutely (``/assets/...``), which
MkDocs does when ``site_url`` is set; relative links break one folder down.

Usage: ``python scripts/check_site.py SITE_DIR [SITE_URL]``; with SITE_URL (the value the
site was built with, e.g. ``https://host/docs/``) every local link must lie under its path.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path
from urllib.parse import urlsplit


def check(site: Path, site_url: str = "/") -> list[str]:
    """The broken links of ``site/404.html`` and the missing notebook page."""
    prefix = urlsplit(site_url).path or "/"
    problems: list[str] = []
    page = site / "404.html"
    if not page.exists():
        return ["no 404.html"]
    html = page.read_text(encoding="utf-8")
    links = re.findall(r'(?:href|src)="([^"#]+)"', html)
    for link in links:
        parts = urlsplit(link)
        if parts.scheme or parts.netloc or link.startswith(("mailto:", "data:")):
            continue
        if not link.startswith(prefix):
            problems.append(f"404.html links {link!r}, not under {prefix!r}: broken when served")
            continue
        target = site / parts.path[len(prefix) :]
        if not (target.exists() or (target / "index.html").exists()):
            problems.append(f"404.html links {link!r}, which the site does not have")
    if not any(
        (site / p).exists() for p in ("notebooks/example/index.html", "notebooks/example.html")
    ):
        problems.append("the example notebook is not rendered in the site")
    return problems


def main(argv: list[str]) -> int:
    problems = check(Path(argv[0]), *argv[1:2])
    for p in problems:
        print(f"check_site: {p}", file=sys.stderr)
    print(f"check_site: {len(problems)} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
