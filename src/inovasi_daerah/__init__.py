"""inovasi_daerah: Indonesia's regional-innovation law as typed, tested, explainable code."""

from inovasi_daerah._version import __version__
from inovasi_daerah.errors import InovasiDaerahError

__all__ = ["InovasiDaerahError", "__version__"]
