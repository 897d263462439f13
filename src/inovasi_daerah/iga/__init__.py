"""The Indeks Inovasi Daerah (IID) and the Innovative Government Award (IGA), by edition."""

from inovasi_daerah.iga.editions import REGISTRY, edition, edition_for, editions
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

__all__ = [
    "REGISTRY",
    "Band",
    "Basis",
    "Block",
    "Direction",
    "Edition",
    "Indicator",
    "Interval",
    "Level",
    "Predicate",
    "StatedMaxima",
    "edition",
    "edition_for",
    "editions",
]
