"""Small helpers of the IGA engine shared by the rule-file loader and the engines.

The rule data itself lives in the rule files (``inovasi_daerah/rules/iga/*.toml``, read by
:mod:`inovasi_daerah.iga.files`). What remains here: how a category name is compared, and the
re-citation of a provisional edition's parameters when the caller picks another provisional
basis (``edition(2024).override(provisional_basis="iga_2026")``, iid_iga.md §15 item 2).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from inovasi_daerah._util import TextStyle
from inovasi_daerah._util import normalize_text as _normalize
from inovasi_daerah.iga.policies import ProvisionalBasis
from inovasi_daerah.law import Citation, Param, Status, cite

if TYPE_CHECKING:
    from inovasi_daerah.iga.model import Edition

#: The domain reference itself, cited for library choices documented there.
REFERENCE = "Domain reference iid_iga.md"


def normalize_text(name: str) -> str:
    """A category name as compared: lower case, single spaces, ``_`` and ``-`` as spaces
    (:attr:`~inovasi_daerah._util.TextStyle.NAME`)."""
    return _normalize(name, TextStyle.NAME)


# -- the provisional basis of IGA 2024 and 2025 (iid_iga.md §15 item 2) -------------------------

#: The parameters a provisional basis supplies.
BASIS_KEYS = ("divisor_k", "sji_rate", "sji_n_cap", "yandas_minimum")


def basis_params(
    year: int,
    basis: ProvisionalBasis,
    source: Edition,
    values: Iterable[tuple[str, Any, Citation]] = (),
    reference: str = REFERENCE,
) -> dict[str, Param[Any]]:
    """The divisor, SJI and yandas parameters of IGA ``year`` under ``basis``, taken from
    ``source`` (IGA 2023 or 2026) and re-cited UNCERTAIN with the basis named; ``values``
    (from the edition's rule file) replace some of them with their own citation."""
    out: dict[str, Param[Any]] = {}
    for key in BASIS_KEYS:
        p: Param[Any] = getattr(source, key)
        out[key] = dataclasses.replace(
            p,
            override_info=None,
            citation=cite(
                reference,
                f"§15 item 2 ({key} {year} not established; provisional basis {basis.value})",
                Status.UNCERTAIN,
                note=f"value of IGA {source.year}: {p.citation.label()}",
            ),
        )
    for key, value, citation in values:
        out[key] = Param(key, value, citation, getattr(source, key).title)
    return out
