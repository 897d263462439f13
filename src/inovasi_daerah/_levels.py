"""The IGA level scale, read from ``rules/iga_scale/levels.toml`` (iid_iga.md §3.1).

Every IGA indicator is scored at level 1, 2 or 3 (``k × bobot``); 0 means no level reached.
The scale lives in the rule data like every other rule value. This module reads it with the
standard library only, so the input models (which bound a level before any edition is at
hand) and the IGA engine share it without an import cycle; the file's format and citations
are checked by :data:`inovasi_daerah.iga.files.LEVELS_FILE` (tests, ``schema aturan_level``).
"""

from __future__ import annotations

import tomllib
from importlib import resources

__all__ = ["LEVELS", "NO_LEVEL", "RULE_FILE", "TOP_LEVEL"]

#: The rule file of the scale, relative to the package's ``rules/`` folder.
RULE_FILE = "iga_scale/levels.toml"


def _read() -> tuple[int, tuple[int, ...]]:
    path = resources.files("inovasi_daerah").joinpath("rules", *RULE_FILE.split("/"))
    parameters = tomllib.loads(path.read_text("utf-8"))["parameters"]
    return int(parameters["no_level"]["value"]), tuple(parameters["levels"]["value"])


#: NO_LEVEL: the level of an indicator with no choice, or whose evidence was not accepted.
#: LEVELS: the levels an indicator can reach, lowest first; TOP_LEVEL: the highest of them.
NO_LEVEL, LEVELS = _read()
TOP_LEVEL = LEVELS[-1]
