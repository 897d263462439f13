"""The private helpers of :mod:`inovasi_daerah._util` (issue 14: one helper per job).

The text-normalisation table pins what each caller did before the four ``normalize_text``
copies became one function, so the switch changes no comparison anywhere.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from decimal import Decimal
from typing import Any

import pytest

from inovasi_daerah._util import (
    EDITION_EXPECTED,
    TextStyle,
    as_list,
    as_model,
    check_choice,
    check_items,
    check_list,
    check_rule_set,
    find_item,
    normalize_text,
    require_instance,
)
from inovasi_daerah.errors import InvalidInput
from inovasi_daerah.iga import _build
from inovasi_daerah.models import enums
from inovasi_daerah.models.enums import Stage, Urusan
from inovasi_daerah.nip import Gender, NipKind

# input, category name (iga._build / iga.derive), NIP code (nip), enum label (models.enums)
TRICKY = [
    ("Uji Coba", "uji coba", "ujicoba", "uji coba"),
    ("  UJI_coba  ", "uji coba", "ujicoba", "uji coba"),
    ("uji-coba", "uji coba", "ujicoba", "uji coba"),
    ("Uji\xa0Coba", "uji coba", "ujicoba", "uji coba"),  # NBSP
    ("Uji\tCoba\n", "uji coba", "ujicoba", "uji coba"),
    ("a  b   c", "a b c", "abc", "a b c"),
    (
        "Pekerjaan Umum dan Penataan Ruang",
        "pekerjaan umum dan penataan ruang",
        "pekerjaanumumdanpenataanruang",
        "pekerjaan umum dan penataan ruang",
    ),
    (  # "&" is not "dan": no caller equates them
        "Pekerjaan Umum & Penataan Ruang",
        "pekerjaan umum & penataan ruang",
        "pekerjaanumum&penataanruang",
        "pekerjaan umum & penataan ruang",
    ),
    (
        "Pekerjaan Umum/Penataan Ruang",
        "pekerjaan umum/penataan ruang",
        "pekerjaanumum/penataanruang",
        "pekerjaan umum penataan ruang",
    ),
    ("W.T.P.", "w.t.p.", "w.t.p.", "w t p"),
    ("opini (WTP)", "opini (wtp)", "opini(wtp)", "opini wtp"),
    ("Dinas's", "dinas's", "dinas's", "dinas s"),
    ("a,b", "a,b", "a,b", "a b"),
    ("Laki-laki", "laki laki", "lakilaki", "laki laki"),
    ("LAKI LAKI", "laki laki", "lakilaki", "laki laki"),
    ("laki_laki", "laki laki", "lakilaki", "laki laki"),
    ("P3K", "p3k", "p3k", "p3k"),
    ("p-3-k", "p 3 k", "p3k", "p 3 k"),
    ("PN\u017f", "pn\u017f", "pns", "pn\u017f"),  # long s: only case folding maps it to "s"
    ("Straße", "straße", "strasse", "straße"),
    ("STRASSE", "strasse", "strasse", "strasse"),
    ("Éducation", "éducation", "éducation", "éducation"),  # accents are kept by every caller
    ("educación", "educación", "educación", "educación"),
    ("İstanbul", "i̇stanbul", "i̇stanbul", "i̇stanbul"),
    ("", "", "", ""),
    ("   ", "", "", ""),
    ("--__--", "", "", ""),
    ("a/ b", "a/ b", "a/b", "a b"),
    ("x\u2003y", "x y", "xy", "x y"),  # em space
    ("\u200bzero", "\u200bzero", "\u200bzero", "\u200bzero"),  # zero-width space is no space
    ("ǅ", "ǆ", "ǆ", "ǆ"),
    ("ﬁle", "ﬁle", "file", "ﬁle"),
    ("a..b", "a..b", "a..b", "a b"),
    ("(a)", "(a)", "(a)", "a"),
    ("a-/-b", "a / b", "a/b", "a b"),
]


@pytest.mark.parametrize(("text", "name", "code", "label"), TRICKY)
def test_normalize_text_pins_each_callers_behaviour(
    text: str, name: str, code: str, label: str
) -> None:
    """Category names (iid_iga.md categorical indicators), NIP kind/sex codes (Perka BKN
    22/2007) and enum labels each compare text as they did before the merge of the copies."""
    assert _build.normalize_text(text) == name
    assert normalize_text(text, TextStyle.NAME) == name
    assert normalize_text(text, TextStyle.CODE) == code
    assert enums.normalize_text(text) == label
    assert normalize_text(text) == label


@pytest.mark.parametrize("spelling", ["P-3-K", "p 3 k", "PPPK", "pppk", "P_3_K"])
def test_nip_kind_compares_codes_without_separators(spelling: str) -> None:
    """NI PPPK kind codes (Perka BKN 22/2007 layout, THIRD-PARTY) in any case and spacing."""
    assert NipKind(spelling) is NipKind.PPPK


def test_nip_codes_use_full_case_folding() -> None:
    """NIP codes are case-folded (long s is "s"); enum labels only lower-cased, as before."""
    assert NipKind("PN\u017f") is NipKind.PNS
    assert Gender("LAKI LAKI") is Gender.MALE
    with pytest.raises(InvalidInput):
        Urusan("Ke\u017fehatan")


def test_enum_labels_treat_punctuation_as_separators() -> None:
    """Tahapan inovasi (iid_iga.md §8) accepted with slashes, dots and brackets as spaces."""
    assert Stage("(uji/coba.)") is Stage.TRIAL


@pytest.mark.parametrize("style", list(TextStyle))
def test_normalize_text_refuses_non_text(style: TextStyle) -> None:
    """A non-string is refused with the library's error naming the field, in every style."""
    with pytest.raises(InvalidInput) as caught:
        normalize_text(12, style)  # type: ignore[arg-type]
    assert caught.value.field == "text"


def test_check_rule_set_gives_the_default_rule_set_in_force() -> None:
    """SKP engines without ``rules=`` use the regime in force (PP 30/2019 rule set here)."""
    from inovasi_daerah.skp import pp30

    assert check_rule_set(None, pp30.Pp30Rules, default=pp30.RULES) is pp30.RULES
    assert check_rule_set(pp30.RULES, pp30.Pp30Rules, default=None) is pp30.RULES


@pytest.mark.parametrize("junk", [None, "iga-2024", 2024, object()])
def test_check_rule_set_refuses_anything_but_the_rule_set_class(junk: object) -> None:
    """An IGA engine needs an edition (no default); the refusal names the argument."""
    from inovasi_daerah.iga import Edition

    with pytest.raises(InvalidInput) as caught:
        check_rule_set(junk, Edition, message=EDITION_EXPECTED)
    assert caught.value.field == "rules"
    assert EDITION_EXPECTED[1] in caught.value.text("en")


def test_check_rule_set_names_the_second_rule_set_argument() -> None:
    """Career engines take ``ak_rules`` beside ``rules`` (PermenPANRB 1/2023 angka kredit)."""
    from inovasi_daerah.skp import career

    with pytest.raises(InvalidInput) as caught:
        career.ak_dasar("III/a", rules="x")  # type: ignore[arg-type]
    assert caught.value.field == "rules"
    with pytest.raises(InvalidInput) as caught:
        career.integrate_ak({}, "ahli_pertama", "III/a", ak_rules="x")  # type: ignore[arg-type]
    assert caught.value.field == "ak_rules"


def test_legal_enum_label_declared_with_the_member() -> None:
    """A member declared as value, Indonesian label, English label (pp38_2017.md §9 entry
    point) is found by either label and shows both."""
    from inovasi_daerah.models.enums import EntryPoint

    assert EntryPoint("Chair of the DPRD") is EntryPoint.DPRD_CHAIR
    assert EntryPoint("ketua dprd") is EntryPoint.DPRD_CHAIR
    assert (EntryPoint.DPRD_CHAIR.label.id, EntryPoint.DPRD_CHAIR.label.en) == (
        "Ketua DPRD",
        "Chair of the DPRD",
    )
    assert EntryPoint.DPRD_CHAIR.value == "ketua_dprd"


def test_set_labels_still_takes_a_table() -> None:
    """Enums labelled by a table per value (the pp38 enums, Golongan) keep working."""
    from inovasi_daerah.models.career import Golongan

    assert Golongan("iii/a").label.en == "III/a"


@pytest.mark.parametrize("junk", ["abc", b"abc", {"a": 1}, 3, None])
def test_as_list_refuses_text_mappings_and_scalars(junk: object) -> None:
    """A list argument is never silently read as characters or keys (never silent loss)."""
    with pytest.raises(InvalidInput) as caught:
        as_list(junk, "innovations", ("inovasi", "innovations"))
    assert caught.value.field == "innovations"
    assert "must be a list of innovations" in caught.value.text("en")


def test_as_list_takes_any_other_iterable() -> None:
    """Tuples, generators and sets are lists to the caller."""
    assert as_list((1, 2), "x") == [1, 2]
    assert as_list((i for i in range(2)), "x") == [0, 1]


@pytest.mark.parametrize("junk", ["abc", b"abc", {"a": 1}, 3, None])
def test_check_list_refuses_like_as_list_and_names_the_field(junk: object) -> None:
    """A list read in place: the same refusals, the message names the argument."""
    with pytest.raises(InvalidInput) as caught:
        check_list(junk, "maturities", ("skor", "scores"))
    assert caught.value.field == "maturities"
    assert caught.value.message == "maturities harus daftar skor"
    assert caught.value.message_en == "maturities must be a list of scores"
    with pytest.raises(InvalidInput) as caught:
        check_list(junk, "kegiatan", kind=Sequence)
    assert (caught.value.message, caught.value.message_en) == (
        "kegiatan harus daftar",
        "kegiatan must be a list",
    )


def test_check_list_gives_back_the_value_itself() -> None:
    """No copy: a generator is not consumed; ``refuse`` and ``kind`` narrow what passes."""
    gen = (i for i in range(2))
    assert check_list(gen, "x") is gen
    assert list(gen) == [0, 1]
    assert check_list("ab", "x", kind=Sequence, refuse=(Mapping,)) == "ab"
    with pytest.raises(InvalidInput):
        check_list(gen, "x", kind=Sequence)


def test_find_item_gives_the_first_match_or_lists_the_known_keys() -> None:
    """Registry.get, ProposalResult.field, ReadinessResult.condition: one lookup."""
    items = [("a", 1), ("b", 2), ("b", 3)]
    assert find_item(items, lambda i: i[0], "b", field="key", unknown=("x", "y")) == ("b", 2)
    with pytest.raises(InvalidInput) as caught:
        find_item(items, lambda i: i[0], "c", field="key", unknown=("tidak dikenal", "unknown"))
    assert caught.value.field == "key"
    assert caught.value.value == "c"
    assert caught.value.message == "tidak dikenal; ada: ['a', 'b', 'b']"
    assert caught.value.message_en == "unknown; known: ['a', 'b', 'b']"


def test_check_items_names_the_first_wrong_item() -> None:
    """The clinic's innovations argument: the error names the item by its index."""
    from inovasi_daerah.clinic.advice import innovations_arg

    with pytest.raises(InvalidInput) as caught:
        check_items([1, "a"], int, "values")
    assert caught.value.field == "values[1]"
    with pytest.raises(InvalidInput) as caught:
        innovations_arg([{"name": "x"}])
    assert caught.value.field == "innovations[0]"
    assert "must be an Innovation" in caught.value.text("en")


#: Each caller's reading of a number, pinned before the two converters became one
#: (``_util.to_decimal`` with the IGA and SKP styles): value -> (IGA, SKP), a Decimal or the
#: English refusal.
_IGA_KINDS = "must be a number (Decimal, int or text)"
_SKP_KINDS = "must be a number (int, str or Decimal)"
_IGA_FLOAT = "floats refused: use Decimal, int or a numeric string"
_NUMBERS: list[tuple[object, object, object]] = [
    (Decimal("1.5"), Decimal("1.5"), Decimal("1.5")),
    (7, Decimal(7), Decimal(7)),
    (" 65,01 ", Decimal("65.01"), "not a number"),
    (" 65.01 ", Decimal("65.01"), Decimal("65.01")),
    (9.12, _IGA_FLOAT, Decimal("9.12")),
    (True, "must be a number, not a boolean", "must be a number, not a boolean"),
    ("x", "not a number", "not a number"),
    ("1" * 61, _IGA_KINDS, Decimal("1" * 61)),
    ("1" * 101, _IGA_KINDS, _SKP_KINDS),
    (None, _IGA_KINDS, _SKP_KINDS),
    ("NaN", "the number must be finite", "must be a finite number"),
    (float("inf"), _IGA_FLOAT, "must be a finite number"),
    (Decimal("-Infinity"), "the number must be finite", "must be a finite number"),
]


@pytest.mark.parametrize(("value", "iga_reads", "skp_reads"), _NUMBERS)
def test_number_styles_pin_each_callers_reading(
    value: object, iga_reads: object, skp_reads: object
) -> None:
    """The IGA refuses floats and reads a decimal comma; the SKP reads a float as written."""
    from inovasi_daerah.iga._convert import to_decimal as iga_decimal
    from inovasi_daerah.skp._common import to_decimal as skp_decimal

    for convert, expected in ((iga_decimal, iga_reads), (skp_decimal, skp_reads)):
        if isinstance(expected, Decimal):
            assert convert(value, "x") == expected
        else:
            with pytest.raises(InvalidInput) as caught:
                convert(value, "x")
            assert caught.value.field == "x"
            assert caught.value.message_en == expected


def test_argument_type_refusals_through_require_type_keep_their_words() -> None:
    """``iga.register_user_edition`` and ``io.schema.input_schema`` refuse a wrong argument
    type with ``law.load.require_type``'s wording: the argument's name and its type's name."""
    from inovasi_daerah.iga.registry import register_user_edition
    from inovasi_daerah.io.schema import input_schema
    from inovasi_daerah.models import Innovation

    with pytest.raises(InvalidInput) as caught:
        register_user_edition(3)  # type: ignore[arg-type]
    assert (caught.value.field, caught.value.value) == ("new", "int")
    assert caught.value.message == "argumen new harus Edition IGA"
    assert caught.value.message_en == "argument new must be an IGA Edition"
    with pytest.raises(InvalidInput) as caught:
        input_schema(Innovation, description=True)  # type: ignore[arg-type]
    assert (caught.value.field, caught.value.value) == ("description", "bool")
    assert caught.value.message == "argumen description harus teks"
    assert caught.value.message_en == "argument description must be text"


def _choice_calls() -> dict[str, Any]:
    """Each caller of ``_util.check_choice`` given the word "x"."""
    from inovasi_daerah import iga
    from inovasi_daerah.iga.derive import level_from_bounds
    from inovasi_daerah.iga.model import Direction, Interval
    from inovasi_daerah.law.tables import check_numeric

    bounds = (Interval.parse("<= 50"), Interval.parse("51-90"), Interval.parse(">= 91"))
    up = Direction.HIGHER_BETTER
    return {
        "numeric": lambda: check_numeric("x"),
        "projection": lambda: iga.maturity({}, iga.edition(2026), projection="x"),
        "gap_rule": lambda: level_from_bounds(Decimal(1), bounds, up, gap_rule="x"),
    }


@pytest.mark.parametrize(
    ("field", "words"),
    [
        ("numeric", "'decimal' atau 'float'"),
        ("projection", "'declared' atau 'verified'"),
        ("gap_rule", "'lower' atau 'higher'"),
    ],
)
def test_choice_refusals_keep_their_words(field: str, words: str) -> None:
    """An argument that takes one of two words refuses another with the same message as
    before ``_util.check_choice`` (law.tables, iga.scoring, iga.derive; iga.bulk's
    ``decimals`` is checked in tests/test_iga_bulk.py)."""
    with pytest.raises(InvalidInput) as caught:
        _choice_calls()[field]()
    assert (caught.value.field, caught.value.value) == (field, "x")
    assert caught.value.message == f"{field} harus {words}"
    assert caught.value.message_en == f"{field} must be {words.replace(' atau ', ' or ')}"


def test_check_choice_gives_the_choice() -> None:
    """The choice itself is returned (typed as the choices' literal type)."""
    assert check_choice("b", ("a", "b"), "f") == "b"


def test_require_instance_refuses_the_wrong_type_naming_what_is_expected() -> None:
    """The type guard of an argument: "harus <what>" / "must be <what>", None only when
    ``optional``."""
    require_instance(True, bool, "flag", ("boolean", "a boolean"))
    require_instance(None, bool, "flag", ("boolean atau None", "a boolean or None"), optional=True)
    for junk in (None, 1, "true"):
        with pytest.raises(InvalidInput) as caught:
            require_instance(junk, bool, "flag", ("boolean", "a boolean"))
        assert (caught.value.field, caught.value.value) == ("flag", junk)
        assert (caught.value.message, caught.value.message_en) == (
            "harus boolean",
            "must be a boolean",
        )


@pytest.mark.parametrize("year", ["20x3", 1899, 2201, True])
def test_a_year_to_predikat_mapping_refuses_a_bad_year_in_both_readers(year: object) -> None:
    """``skp.promotion_readiness``'s ``predikat_history`` and ``skp.project_career``'s plan
    read a year → predikat mapping the same way (one reader, ``skp.career._by_year``)."""
    from inovasi_daerah import skp

    start = {"jenjang": "Ahli Muda", "golongan": "III/c", "ak": 0, "mulai": "2023-01-01"}
    calls = {
        "predikat_history": lambda: skp.promotion_readiness(
            "kenaikan_pangkat",
            jenjang="Ahli Muda",
            golongan="III/c",
            ak=0,
            on="2025-01-01",
            predikat_history={year: "Baik"},
        ),
        "predikat": lambda: skp.project_career(start, {year: "Baik"}),
    }
    for field, call in calls.items():
        with pytest.raises(InvalidInput) as caught:
            call()
        assert (caught.value.field, caught.value.value) == (field, year)
        assert (caught.value.message, caught.value.message_en) == (
            "tahun tidak valid",
            "invalid year",
        )


def test_as_model_takes_the_model_or_its_fields_and_refuses_the_rest() -> None:
    """``pp38`` (the innovation argument), ``skp`` and ``iga.regional_index`` coerce an input
    model the same way; each keeps its own refusal."""
    from inovasi_daerah.models import Innovation

    fields = {
        "name": "X",
        "forms": ["pelayanan_publik"],
        "stage": "inisiatif",
        "initiator": "asn",
    }
    refusal = ("harus Innovation", "must be an Innovation")
    inv = as_model(Innovation, fields, "innovation", refusal)
    assert as_model(Innovation, inv, "innovation", refusal) is inv
    with pytest.raises(InvalidInput) as caught:
        as_model(Innovation, 3, "innovation", refusal, rule="r")
    assert (caught.value.field, caught.value.value, caught.value.rule) == ("innovation", 3, "r")
    assert caught.value.message_en == "must be an Innovation"
