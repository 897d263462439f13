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

from inovasi_daerah._util import check_choice
from inovasi_daerah.errors import InovasiDaerahError, InvalidInput

if TYPE_CHECKING:
    import pandas as pd

__all__ = ["Numeric", "check_numeric", "records_to_dataframe"]

#: How :meth:`to_dataframe` gives numbers: exact Decimals (default) or floats.
Numeric = Literal["decimal", "float"]
#: The values of :data:`Numeric`, in the order the refusal names them.
_NUMERICS: tuple[Numeric, ...] = ("decimal", "float")


def check_numeric(numeric: object) -> Numeric:
    """``numeric`` if it is "decimal" or "float"; otherwise an error naming the field."""
    return check_choice(numeric, _NUMERICS, "numeric")


def records_to_dataframe(
    records: Sequence[Mapping[str, Any]],
    columns: Sequence[str] | None = None,
    *,
    numeric: Numeric = "decimal",
) -> pd.DataFrame:
    """A pandas DataFrame of ``records``; Decimals as floats when ``numeric="float"``.

    ``records`` is a list (or tuple) of mappings with text keys, ``columns`` None or a list of
    texts; anything else is :class:`InvalidInput` naming the argument.
    """
    if not isinstance(records, list | tuple) or not all(
        isinstance(r, Mapping) and all(isinstance(k, str) for k in r) for r in records
    ):
        raise InvalidInput(
            "records harus daftar baris (pemetaan dengan kunci teks)",
            field="records",
            value=type(records).__name__,
            message_en="records must be a list of rows (mappings with text keys)",
        )
    if columns is not None and (
        not isinstance(columns, list | tuple) or not all(isinstance(c, str) for c in columns)
    ):
        raise InvalidInput(
            "columns harus daftar nama kolom (teks)",
            field="columns",
            value=type(columns).__name__,
            message_en="columns must be a list of column names (text)",
        )
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
