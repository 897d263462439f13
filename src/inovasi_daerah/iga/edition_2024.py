"""IGA 2024 (provisional): the 2023 structure with the 2024 predicate bands.

The domain reference (iid_iga.md §2, §6, §14, §17) establishes for 2024 only the predicate
bands ("> 60", "35–60", "< 35", restated by a local official [I5], read as the 2023 bands) and
the "at most twice" re-entry rule [I5]. Everything else is inherited from IGA 2023 and marked
UNCERTAIN here, listed in :attr:`Edition.inherited`: the indicator catalogue and weights. The
divisor *k*, the jumlah-inovasi rate and cap and the yandas minimum (2024 values not
established) come from the named provisional basis (iid_iga.md §15 item 2; policy
``provisional_basis``): the 2023 values by default, the 2026 values with
``override(provisional_basis="iga_2026")``, or the partial 2024 rule "at least 2 of 6 yandas"
(a regional agency [I33]; whether it gates the SJI is UNCERTAIN) with
``override(provisional_basis="iga_2024_partial")``. Results record the basis in ``policies``.
"""

from __future__ import annotations

from datetime import date

from inovasi_daerah.iga._build import REFERENCE, bands, inherit
from inovasi_daerah.iga.edition_2023 import EDITION_2023
from inovasi_daerah.iga.model import Edition, Predicate
from inovasi_daerah.iga.policies import ProvisionalBasis
from inovasi_daerah.law import Param, Status, cite
from inovasi_daerah.law.text import T

__all__ = ["EDITION_2024"]

U, VS = Status.UNCERTAIN, Status.VERIFIED_SECONDARY
I5 = "Smpantura: Kab. Tegal, IGA 2024 (pernyataan pejabat daerah)"

EDITION_2024: Edition = inherit(
    EDITION_2023,
    year=2024,
    title=T("IGA 2024 (sementara)", "IGA 2024 (provisional)"),
    citation=cite(
        "Permendagri 104/2018 dan surat teknis IGA 2024",
        None,
        U,
        note="yearly letter not consulted; Permendagri 104/2018 cited as the basis [I23][I24]",
    ),
    basis_options=tuple(ProvisionalBasis),
    bands=Param(
        "bands",
        bands(
            (
                (Predicate.TIDAK_DAPAT_DINILAI, "0.00", "0.00"),
                (Predicate.KURANG_INOVATIF, "0.01", "34.99"),
                (Predicate.INOVATIF, "35.00", "60.00"),
                (Predicate.SANGAT_INOVATIF, "60.01", "100.00"),
            )
        ),
        cite(I5, None, VS, source="I5", note="'> 60', '35–60', '< 35' read as the 2023 bands"),
        EDITION_2023.bands.title,
    ),
    max_entries=Param(
        "max_entries",
        2,
        cite(I5, None, VS, source="I5"),
        EDITION_2023.max_entries.title,
    ),
    valid_from=date(2024, 1, 1),
    valid_to=date(2024, 12, 31),
    reference=REFERENCE,
)
