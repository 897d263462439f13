"""One helper locates an inner error in the caller's input: ``InovasiDaerahError.with_field``.

Four places re-raised an inner error with a longer field by hand; two of them dropped the
English text and the value (issue 9: every error in both languages). They all use the helper.
"""

from __future__ import annotations

import pytest

from inovasi_daerah import skp
from inovasi_daerah.errors import InovasiDaerahError, InvalidInput, UnknownIndicator


@pytest.mark.parametrize("cls", [InvalidInput, UnknownIndicator, InovasiDaerahError])
def test_with_field_keeps_class_texts_rule_article_and_value(cls: type[InovasiDaerahError]) -> None:
    exc = cls("pesan", field="a", rule="r", article="Pasal 1", value=None, message_en="msg")
    moved = exc.with_field("x[3].a")
    assert type(moved) is cls
    assert (moved.field, moved.message, moved.message_en) == ("x[3].a", "pesan", "msg")
    assert (moved.rule, moved.article, moved.value) == ("r", "Pasal 1", None)
    assert moved.text("en") == "x[3].a: msg [r (Pasal 1)] (value: None)"
    bare = cls("pesan").with_field("f")
    assert "(value:" not in str(bare)


def test_a_ledger_entry_error_keeps_its_english_text() -> None:
    """skp.career_ledger refused a bad entry in Indonesian only."""
    with pytest.raises(InovasiDaerahError) as err:
        skp.career_ledger([{"kind": "no-such-kind"}], jenjang="ahli_pertama")
    assert err.value.message_en
    assert err.value.message_en != err.value.message


def test_a_portfolio_file_error_keeps_its_english_text() -> None:
    """The position in the user's portfolio file is added to the field; both texts stay."""
    from inovasi_daerah.commands.laporan import _innovations

    with pytest.raises(InvalidInput) as err:
        _innovations({"inovasi": [{"name": ""}]})
    assert (err.value.field or "").startswith("inovasi[0]")
    assert err.value.message_en
