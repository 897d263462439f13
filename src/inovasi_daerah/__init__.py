"""inovasi_daerah: Indonesia's regional-innovation law as typed, tested, explainable code.

>>> import inovasi_daerah as ind
>>> ind.parse_nip("19660801 198803 1 001").tmt.isoformat()
'1988-03-01'
>>> ind.parse_date("Rabu (20/4)", default_year=2022).isoformat()
'2022-04-20'
"""

from inovasi_daerah import clinic, iga, pp38, skp
from inovasi_daerah._version import __version__
from inovasi_daerah.dates import format_date, parse_date
from inovasi_daerah.errors import InovasiDaerahError
from inovasi_daerah.models import (
    Form,
    IndicatorEntry,
    Initiator,
    Innovation,
    Innovator,
    LifecycleStatus,
    PerangkatDaerah,
    RegionalGovernment,
    Stage,
    Urusan,
)
from inovasi_daerah.nip import Gender, Nip, NipKind, parse_nip

__all__ = [
    "Form",
    "Gender",
    "IndicatorEntry",
    "Initiator",
    "Innovation",
    "Innovator",
    "InovasiDaerahError",
    "LifecycleStatus",
    "Nip",
    "NipKind",
    "PerangkatDaerah",
    "RegionalGovernment",
    "Stage",
    "Urusan",
    "__version__",
    "clinic",
    "format_date",
    "iga",
    "parse_date",
    "parse_nip",
    "pp38",
    "skp",
]
