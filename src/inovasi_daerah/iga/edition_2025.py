"""IGA 2025 (provisional): the 2023 structure with the 2025 predicate bands.

The domain reference (iid_iga.md §5.2, §6, §14) establishes for 2025 the raised top band
(Sangat Inovatif from 65.01 [I6], VERIFIED-SECONDARY); the lower bands are taken from 2026
(UNCERTAIN). A 2025-era regional form still used the 2023 indicator names [T7], so the
catalogue is the 2023 one. Inherited from IGA 2023 and marked UNCERTAIN (see
:attr:`Edition.inherited`): the catalogue and weights. The divisor, the jumlah-inovasi rate and
cap and the yandas minimum come from the named provisional basis (iid_iga.md §15 item 2; policy
``provisional_basis``): the 2023 values by default, or the 2026 values with
``override(provisional_basis="iga_2026")``; results record the basis in ``policies``.
"""

from __future__ import annotations

from datetime import date

from inovasi_daerah.iga._build import REFERENCE, bands, inherit
from inovasi_daerah.iga.edition_2023 import EDITION_2023
from inovasi_daerah.iga.model import Edition, Predicate
from inovasi_daerah.iga.policies import ProvisionalBasis
from inovasi_daerah.law import Param, Status, cite
from inovasi_daerah.law.text import T

__all__ = ["EDITION_2025"]

EDITION_2025: Edition = inherit(
    EDITION_2023,
    year=2025,
    title=T("IGA 2025 (sementara)", "IGA 2025 (provisional)"),
    citation=cite(
        "Kepmendagri 400.10.11-6097 Tahun 2025 (hasil IID 2025)",
        None,
        Status.VERIFIED_SECONDARY,
        source="I6",
        note="the 2025 technical letter was not consulted",
    ),
    basis_options=(ProvisionalBasis.IGA_2023, ProvisionalBasis.IGA_2026),
    bands=Param(
        "bands",
        bands(
            (
                (Predicate.TIDAK_DAPAT_DINILAI, "0.00", "0.00"),
                (Predicate.KURANG_INOVATIF, "0.01", "40.00"),
                (Predicate.INOVATIF, "40.01", "65.00"),
                (Predicate.SANGAT_INOVATIF, "65.01", "100.00"),
            )
        ),
        cite(
            "Bappeda Kota Tangerang: evaluasi IID 2025",
            None,
            Status.UNCERTAIN,
            source="I6",
            note="top band 65.01-100 VERIFIED-SECONDARY [I6]; lower bands taken from 2026 "
            "(UNCERTAIN)",
        ),
        EDITION_2023.bands.title,
    ),
    valid_from=date(2025, 1, 1),
    valid_to=date(2025, 12, 31),
    reference=REFERENCE,
)
