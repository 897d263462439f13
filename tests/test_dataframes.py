"""DataFrames: Decimals exact by default, floats on request so ``describe()`` works (issue 9)."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from inovasi_daerah import clinic, iga
from inovasi_daerah.errors import InvalidInput
from inovasi_daerah.examples import payakumbuh
from inovasi_daerah.law.tables import Numeric

pd = pytest.importorskip("pandas")  # the `pandas` extra; CI installs it with `dev`

YEAR = Path(__file__).resolve().parent.parent / "docs" / "examples" / "year_small.json"


def _frames(numeric: Numeric) -> dict[str, object]:
    ex = payakumbuh()
    year = iga.score_year(YEAR.read_bytes())
    return {
        "regions": year.regions.to_dataframe(numeric=numeric),
        "innovations": year.innovations.to_dataframe(numeric=numeric),
        "portfolio": clinic.portfolio(ex.innovations, iga.edition(2026)).to_dataframe(
            numeric=numeric
        ),
        "whatif": clinic.compare(ex.innovations, iga.edition(2023), iga.edition(2026)).to_dataframe(
            numeric=numeric
        ),
    }


@pytest.mark.parametrize("name", ["regions", "innovations", "portfolio", "whatif"])
def test_numeric_float_gives_float_columns_for_describe(name: str) -> None:
    frame = _frames("float")[name]
    assert isinstance(frame, pd.DataFrame)
    numeric = frame.select_dtypes("number")
    float_cols = [c for c in frame.columns if frame[c].dtype == "float64"]
    assert float_cols, frame.dtypes
    summary = frame.describe()
    assert set(float_cols) <= set(summary.columns)
    assert not numeric.empty


@pytest.mark.parametrize("name", ["regions", "innovations", "portfolio", "whatif"])
def test_decimals_stay_the_default(name: str) -> None:
    frame = _frames("decimal")[name]
    assert isinstance(frame, pd.DataFrame)
    decimal_cols = [c for c in frame.columns if isinstance(frame[c].iloc[0], Decimal)]
    assert decimal_cols


def test_float_values_equal_the_exact_decimals() -> None:
    exact, floats = _frames("decimal")["regions"], _frames("float")["regions"]
    assert isinstance(exact, pd.DataFrame)
    assert isinstance(floats, pd.DataFrame)
    assert [float(v) for v in exact["value"]] == list(floats["value"])


def test_unknown_numeric_is_refused_naming_the_field() -> None:
    year = iga.score_year(YEAR.read_bytes())
    with pytest.raises(InvalidInput, match="numeric"):
        year.regions.to_dataframe(numeric="int")  # type: ignore[arg-type]
