"""inovasi_daerah: Indonesia's regional-innovation law as typed, tested, explainable code.

>>> import inovasi_daerah as ind
>>> ind.parse_nip("19660801 198803 1 001").tmt.isoformat()
'1988-03-01'
>>> ind.parse_date("Rabu (20/4)", default_year=2022).isoformat()
'2022-04-20'
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING

from inovasi_daerah._version import __version__

if TYPE_CHECKING:  # what type checkers and the API docs see; at run time see __getattr__
    from inovasi_daerah import clinic, iga, pp38, skp
    from inovasi_daerah.dates import format_date, parse_date
    from inovasi_daerah.errors import InovasiDaerahError
    from inovasi_daerah.models import (
        Form,
        IndicatorEntry,
        Initiator,
        Innovation,
        Innovator,
        LifecycleStatus,
        RegionalGovernment,
        RegionalOffice,
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
    "RegionalGovernment",
    "RegionalOffice",
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

# Public name -> the module that defines it. Nothing below is imported with the package:
# each name loads its module on first access (PEP 562), so ``import inovasi_daerah`` costs
# almost nothing and a script that only parses dates never loads the IGA editions.
_LAZY: dict[str, str] = {
    "clinic": "inovasi_daerah.clinic",
    "iga": "inovasi_daerah.iga",
    "pp38": "inovasi_daerah.pp38",
    "skp": "inovasi_daerah.skp",
    "format_date": "inovasi_daerah.dates",
    "parse_date": "inovasi_daerah.dates",
    "InovasiDaerahError": "inovasi_daerah.errors",
    **dict.fromkeys(("Gender", "Nip", "NipKind", "parse_nip"), "inovasi_daerah.nip"),
    **dict.fromkeys(
        (
            "Form",
            "IndicatorEntry",
            "Initiator",
            "Innovation",
            "Innovator",
            "LifecycleStatus",
            "RegionalGovernment",
            "RegionalOffice",
            "Stage",
            "Urusan",
        ),
        "inovasi_daerah.models",
    ),
}


def __getattr__(name: str) -> object:
    """Load a public name's module on first access and keep the name (PEP 562)."""
    module = _LAZY.get(name)
    if module is None:
        from inovasi_daerah._legacy_names import CLASSES, warn_renamed

        new = CLASSES[__name__].get(name)
        if new is None:
            raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
        # a name before the English convention: not cached, so every use warns
        warn_renamed("class", f"{__name__}.{name}", new)
        return __getattr__(new)
    loaded = importlib.import_module(module)
    value = loaded if module == f"{__name__}.{name}" else getattr(loaded, name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *__all__})
