"""The Indeks Inovasi Daerah (IID) and the Innovative Government Award (IGA), by edition.

>>> from decimal import Decimal
>>> from inovasi_daerah import iga
>>> rules = iga.edition(2026)
>>> m = iga.maturity({n: 3 for n in range(16, 36)}, rules)
>>> m.score, m.maximum, m.percent
(Decimal('111'), Decimal('111'), Decimal('100.00'))
>>> r = iga.index(spd=Decimal(63), maturities=[m] * 200, yandas_covered=6, rules=rules)
>>> r.value, r.predicate
(Decimal('100.00'), <Predicate.SANGAT_INOVATIF: 'Sangat Inovatif'>)
"""

from inovasi_daerah.iga.bulk import score_year as score_year
from inovasi_daerah.iga.derive import Derivation, creation_months, derive_level
from inovasi_daerah.iga.editions import REGISTRY, edition, edition_for, editions
from inovasi_daerah.iga.eligibility import eligibility
from inovasi_daerah.iga.model import (
    Band,
    Basis,
    Block,
    Direction,
    Edition,
    Indicator,
    Interval,
    Level,
    Predicate,
    StatedMaxima,
)
from inovasi_daerah.iga.results import (
    Conflict,
    EligibilityCheck,
    IndexResult,
    IndicatorScore,
    MaturityResult,
    RegionalIndexResult,
)
from inovasi_daerah.iga.scoring import (
    PROJECTIONS,
    IndexParts,
    Projection,
    count_score,
    divisor,
    effective_level,
    index,
    index_value,
    maturity,
    regional_index,
    score_levels,
    spd_score,
)

__all__ = [
    "PROJECTIONS",
    "REGISTRY",
    "Band",
    "Basis",
    "Block",
    "Conflict",
    "Derivation",
    "Direction",
    "Edition",
    "EligibilityCheck",
    "IndexParts",
    "IndexResult",
    "Indicator",
    "IndicatorScore",
    "Interval",
    "Level",
    "MaturityResult",
    "Predicate",
    "Projection",
    "RegionalIndexResult",
    "StatedMaxima",
    "count_score",
    "creation_months",
    "derive_level",
    "divisor",
    "edition",
    "edition_for",
    "editions",
    "effective_level",
    "eligibility",
    "index",
    "index_value",
    "maturity",
    "regional_index",
    "score_levels",
    "score_year",
    "spd_score",
]
