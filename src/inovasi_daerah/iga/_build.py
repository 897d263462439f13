"""Small helpers of the IGA engine shared by the rule-file loader and the engines.

The rule data itself lives in the rule files (``inovasi_daerah/rules/iga/*.toml``, read by
:mod:`inovasi_daerah.iga.files`); nothing here holds a legal number.
"""

from __future__ import annotations

#: The domain reference itself, cited for library choices documented there.
REFERENCE = "Domain reference iid_iga.md"


def normalize_text(name: str) -> str:
    """A category name as compared: lower case, single spaces, ``_`` and ``-`` as spaces."""
    return " ".join(name.strip().lower().replace("_", " ").replace("-", " ").split())
