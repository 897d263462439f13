"""Named refusals of wrong arguments to the rule-file loaders and helpers (issue 10 follow-up).

tests/test_robustness_all.py proves only the library's errors come out; these tests pin what
the refusal says: the argument's name, in both languages.
"""

from __future__ import annotations

from typing import Any

import pytest

from inovasi_daerah import iga, skp
from inovasi_daerah.errors import DataIntegrityError, InvalidInput
from inovasi_daerah.iga.files import shipped_edition
from inovasi_daerah.io.load import json_error
from inovasi_daerah.law.display import plural, show
from inovasi_daerah.law.load import Where, read_rule_file
from inovasi_daerah.law.tables import records_to_dataframe


@pytest.mark.parametrize(
    "enum",
    [iga.KecepatanStart, iga.MonthCount, iga.ProvisionalBasis, iga.RoundingStep, skp.PeriodRule],
)
def test_policy_enums_refuse_unknown_values_naming_the_choices(enum: Any) -> None:
    with pytest.raises(InvalidInput) as caught:
        enum("tidak-ada")
    assert caught.value.field == enum.__name__
    assert next(iter(enum)).value in str(caught.value)


@pytest.mark.parametrize("load", [iga.load_edition, skp.load_regime, skp.load_regional_rule])
def test_a_path_that_is_no_path_is_refused_by_name(load: Any) -> None:
    with pytest.raises(InvalidInput) as caught:
        load(42)
    assert caught.value.field == "path"
    assert "argument path must be" in caught.value.text("en")
    assert "harus" in caught.value.text("id")


def test_the_rule_file_reader_refuses_a_nul_byte_as_unreadable() -> None:
    with pytest.raises(DataIntegrityError) as caught:
        read_rule_file("a\x00b.toml")
    assert "not readable" in caught.value.text("en")


def test_a_checker_needs_a_place_and_a_key() -> None:
    from inovasi_daerah.law.load import STR

    with pytest.raises(InvalidInput, match="where"):
        STR.check("x", None, "k")  # type: ignore[arg-type]
    with pytest.raises(InvalidInput, match="key"):
        STR.check("x", Where("f.toml"), 3)  # type: ignore[arg-type]


def test_an_unknown_shipped_edition_lists_the_known_ones() -> None:
    with pytest.raises(InvalidInput, match="iga-2026"):
        shipped_edition("iga-1999")


def test_json_error_needs_text_or_bytes() -> None:
    with pytest.raises(InvalidInput) as caught:
        json_error(None)  # type: ignore[arg-type]
    assert caught.value.field == "raw"


def test_show_prints_any_value() -> None:
    assert show(10**5000, "en") == "1.000000E+5000"
    nested: Any = [1]
    for _ in range(10):
        nested = [nested]
    assert show(nested, "en") == "..."
    assert show([1, [2, 3]], "id") == "1, 2, 3"
    with pytest.raises(InvalidInput, match="lang"):
        show(1, "fr")
    with pytest.raises(InvalidInput, match="n"):
        plural(None, "step", "steps", "en")  # type: ignore[arg-type]


def test_records_to_dataframe_refuses_rows_that_are_no_mappings() -> None:
    with pytest.raises(InvalidInput) as caught:
        records_to_dataframe([[1, 2]])  # type: ignore[list-item]
    assert caught.value.field == "records"
    with pytest.raises(InvalidInput) as caught:
        records_to_dataframe([{"a": 1}], [1])  # type: ignore[list-item]
    assert caught.value.field == "columns"
