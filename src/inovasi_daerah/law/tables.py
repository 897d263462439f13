"""Tables of results as pandas DataFrames (the optional ``pandas`` extra).

Decimals stay exact by default (``numeric="decimal"``: object columns of
:class:`~decimal.Decimal`). ``numeric="float"`` converts every Decimal to a float so that
``describe()``, plotting and the other numeric tools of pandas work; use it for analysis, not
for deciding a threshold.
"""

from __future__ import annotations

import importlib
from collections.abc import Mapping, Sequence
from decimal import Decimal
from typing import TYPE_CHECKING, Any, Literal

from inovasi_daerah.errors import InovasiDaerahError, InvalidInput

if TYPE_CHECKING:
    import pandas as pd

__all__ = ["Numeric", "check_numeric", "records_to_dataframe"]

#: How :meth:`to_dataframe` gives numbers: exact Decimals (default) or floats.
Numeric = Literal["decimal", "float"]


def check_numeric(numeric: object) -> Numeric:
    """``numeric`` if it is "decimal" or "float"; otherwise an error naming the field."""
    if numeric == "decimal":
        return "decimal"
    if numeric == "float":
        return "float"
    raise InvalidInput(
        "numeric harus 'decimal' atau 'float'",
        field="numeric",
        value=numeric,
        message_en="numeric must be 'decimal' or 'float'",
    )


def records_to_dataframe(
    records: Sequence[Mapping[str, Any]],
    columns: Sequence[str] | None = None,
    *,
    numeric: Numeric = "decimal",
) -> pd.DataFrame:
    """A pandas DataFrame of ``records``; Decimals as floats when ``numeric="float"``."""
    as_float = check_numeric(numeric) == "float"
    try:
        pandas = importlib.import_module("pandas")
    except ImportError:
        raise InovasiDaerahError(
            "to_dataframe() memerlukan pandas: pip install 'inovasi-daerah[pandas]'",
            field="pandas",
            message_en=(
                "to_dataframe() needs the optional 'pandas' extra: "
                "pip install 'inovasi-daerah[pandas]'"
            ),
        ) from None
    rows: Sequence[Mapping[str, Any]] = records
    if as_float:
        rows = [
            {k: float(v) if isinstance(v, Decimal) else v for k, v in r.items()} for r in records
        ]
    frame: pd.DataFrame = pandas.DataFrame.from_records(
        list(rows), columns=None if columns is None else list(columns)
    )
    return frame
