"""The fast read of a year file (issue 11) answers exactly as the strict read (issue 10).

``iga.bulk`` reads a year's JSON text with pydantic-core's parser, which keeps the last of two
equal keys, and catches a lost key by counting colons (``bulk._fast_parse``). These tests hold
it to the strict read (the standard library's parser with a duplicate-key hook, then the same
validation): the same year or the same refusal, for every text, and every duplicate key refused.
"""

from __future__ import annotations

import json
import typing
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pydantic import TypeAdapter, ValidationError

from inovasi_daerah import iga
from inovasi_daerah.errors import InovasiDaerahError, InvalidInput
from inovasi_daerah.iga import bulk, score_year
from inovasi_daerah.io.load import loads
from test_iga_bulk import example, varied_year


def _strict(text: str | bytes) -> Any:
    """The strict read: the duplicate-refusing parser, then the same validation."""
    try:
        return bulk._parse(loads(text, field="year"), None)
    except InovasiDaerahError as exc:
        return ("refused", exc.field, exc.message)


def outcome(text: str | bytes) -> Any:
    """What parse_year answers: the year, or the refusal (field and message)."""
    try:
        return bulk.parse_year(text)
    except InovasiDaerahError as exc:
        return ("refused", exc.field, exc.message)


def _objects(node: Any, path: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    """The path of every JSON object in ``node``."""
    out = [path] if isinstance(node, dict) else []
    items = (
        node.items()
        if isinstance(node, dict)
        else enumerate(node)
        if isinstance(node, list)
        else ()
    )
    for k, v in items:
        out += _objects(v, (*path, k))
    return out


def _with_duplicate(doc: dict[str, Any], where: tuple[Any, ...], key: str, value: Any) -> str:
    """The compact JSON text of ``doc`` with ``key`` given a second time in the object at
    ``where`` (``key`` may be an existing key or a new one written twice)."""
    marker = "\u0000DUP\u0000"
    node = doc
    for k in where:
        node = node[k]
    node[marker] = None
    text = json.dumps(doc, ensure_ascii=False, separators=(",", ":"))
    pair = f"{json.dumps(key)}:{json.dumps(value)}"
    existing = key in node
    dup = pair if existing else f"{pair},{pair}"
    return text.replace(f"{json.dumps(marker)}:null", dup)


YEAR = varied_year(7, scale=0.004)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    data=st.data(),
    value=st.one_of(st.integers(0, 3), st.text(max_size=4), st.none(), st.just([])),
)
def test_a_duplicate_key_anywhere_is_refused(data: st.DataObject, value: Any) -> None:
    """Issue 10: a duplicate key is refused wherever it is, never collapsed (last one wins)."""
    doc = json.loads(json.dumps(YEAR))
    where = data.draw(st.sampled_from(_objects(doc)))
    node = doc
    for k in where:
        node = node[k]
    key = data.draw(st.sampled_from([*node, "x:y", "name", "nama"]))
    text = _with_duplicate(doc, where, key, value)
    with pytest.raises(InvalidInput) as err:
        bulk.parse_year(text)
    assert "(duplicate key)" in err.value.message or "muncul dua kali" in err.value.message
    assert bulk._fast_parse(text) is None
    assert bulk._fast_parse(text.encode()) is None


TEXT_VARIANTS = [
    lambda s: s,
    lambda s: s.replace('":', '" :'),  # whitespace before the colon
    lambda s: s.replace('"name":"', '"name":"a:b '),  # colons inside strings
    lambda s: s.replace('"name":"', '"name":"\\u003a'),  # an escaped colon
    lambda s: s.replace('"name":"', '"name":"\\u003A\\"'),
    lambda s: s.replace('"name":"', '"nama":"'),  # the Indonesian key
    lambda s: s.replace('"id":"', '"id":"k:'),
]


@pytest.mark.parametrize("variant", range(len(TEXT_VARIANTS)))
def test_the_fast_read_answers_as_the_strict_read(variant: int) -> None:
    """Same year, same types, for texts with colons in strings, escapes, spacing, aliases."""
    text = TEXT_VARIANTS[variant](json.dumps(YEAR, separators=(",", ":")))
    for t in (text, text.encode(), json.dumps(json.loads(text), indent=2)):
        assert repr(outcome(t)) == repr(_strict(t))


def _edited(data: st.DataObject, doc: Any, least: int, most: int, pieces: list[str]) -> bytes:
    """The compact JSON text of ``doc`` with ``least``..``most`` random edits (a few
    characters replaced by one of ``pieces``), as bytes: bytes are always JSON text (a str
    may name a file)."""
    text = json.dumps(doc, separators=(",", ":"))
    for _ in range(data.draw(st.integers(least, most))):
        i = data.draw(st.integers(0, len(text)))
        j = data.draw(st.integers(i, min(len(text), i + 6)))
        text = text[:i] + data.draw(st.sampled_from(pieces)) + text[j:]
    return text.encode()


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.data())
def test_any_edit_of_a_year_text_answers_as_the_strict_read(data: st.DataObject) -> None:
    """Random edits of a valid text (insert, delete or replace a few characters, often
    around keys and colons): parse_year answers what the strict read answers."""
    pieces = ['":', ":", '"', ",", "{", "}", '"a":1,', "\\u003a", "x", ""]
    raw = _edited(data, example(), 1, 3, pieces)
    assert repr(outcome(raw)) == repr(_strict(raw))


def test_usual_texts_take_the_fast_read() -> None:
    """The fast read serves years with colons in their names and mapping-form levels too
    (a string it did not count would only cost speed; this keeps the usual ones fast)."""
    doc = json.loads(json.dumps(YEAR))
    doc["note"] = "catatan: uji"
    doc["regions"][0]["name"] = "Kota: A"
    doc["regions"][0]["province"] = "P: Q"
    doc["regions"][0]["innovations"][0]["name"] = "Inovasi: satu"
    doc["regions"][0]["innovations"][0]["id"] = "id:1"
    for indent in (None, 2):
        text = json.dumps(doc, indent=indent)
        assert any(
            isinstance(inv["levels"], dict) for r in doc["regions"] for inv in r["innovations"]
        )
        assert bulk._fast_parse(text) == bulk._parse_by_region(loads(text), owned=True)


@pytest.mark.parametrize(
    "record", [bulk.YearRecord, bulk.RegionRecord, bulk.InnovationRecord], ids=lambda r: r.__name__
)
def test_the_year_format_adds_no_key_and_keeps_every_string(record: Any) -> None:
    """What the colon count relies on: no field has a default (no key is added), unknown keys
    are refused, not dropped (``extra="forbid"``), and strings are kept as given."""
    hints = typing.get_type_hints(record, include_extras=True)
    for name, hint in hints.items():
        for meta in getattr(hint, "__metadata__", ()):
            assert getattr(meta, "default", ...) in (..., None) or "PydanticUndefined" in repr(
                getattr(meta, "default", ...)
            ), name
    config = getattr(record, "__pydantic_config__", {})
    assert config.get("extra") == "forbid"
    assert not config.get("str_strip_whitespace")
    assert not config.get("str_to_lower")
    assert not config.get("str_to_upper")
    minimal = {
        bulk.YearRecord: {"edition": 2026, "regions": []},
        bulk.RegionRecord: {"id": "r", "name": " n ", "level": "kota"},
        bulk.InnovationRecord: {"id": "i", "name": " n ", "stage": "penerapan", "levels": [1]},
    }[record]
    got = TypeAdapter(record).validate_python(minimal)
    assert set(got) == set(minimal)
    assert got.get("name", " n ") == " n "


def test_a_scored_text_keeps_no_copy_and_explains_on_request() -> None:
    """The scoring call leaves no validated copy of a text behind; region() reads it again."""
    text = json.dumps(example())
    result = score_year(text)
    assert result._records is None
    detail = result.region(result.regions[1].id)
    assert detail.result.value == result.regions[1].value
    assert result._records is not None
    kept = score_year(example())
    assert kept._records is not None
    assert kept.region(kept.regions[1].id).result.value == result.regions[1].value


def test_a_located_scoring_error_keeps_its_english_text() -> None:
    """Issue 9: every error in both languages; the bulk path's region/innovation label kept
    the Indonesian text only."""
    doc = example()
    doc["regions"][1]["innovations"][0]["levels"] = {"99": 1}
    with pytest.raises(InovasiDaerahError) as err:
        score_year(doc)
    assert err.value.message_en
    assert err.value.message_en != err.value.message
    assert "(region '" in (err.value.field or "")


def test_tables_are_columns_that_make_rows_on_request() -> None:
    result = score_year(json.dumps(YEAR))
    rows = list(result.innovations)
    assert len(rows) == len(result.innovations) > 0
    assert result.innovations[0] == rows[0]
    assert result.innovations[-1] == rows[-1]
    assert result.innovations[1:3] == rows[1:3]
    assert [r["innovation_id"] for r in result.innovations.to_records()] == [
        r.innovation_id for r in rows
    ]
    with pytest.raises(IndexError):
        result.innovations[len(rows)]


@pytest.mark.parametrize("escape", ["\\u003a", "\\u003A"])
def test_an_escaped_colon_cannot_hide_a_duplicate(escape: str) -> None:
    """A colon written as an escape is in the validated string but not among the text's
    colons: it would balance the colon of a lost key, so such a text is not counted."""
    text = json.dumps(example(), separators=(",", ":"))
    first = text.index('"name":"') + len('"name":"')
    end = text.index('"', first)
    dup = text[:end] + f'","name":"{escape}' + text[end:]
    with pytest.raises(InvalidInput, match="muncul dua kali"):
        bulk.parse_year(dup)
    assert bulk._fast_parse(dup) is None


def _scored(source: Any) -> Any:
    try:
        result = score_year(source)
    except InovasiDaerahError as exc:
        return ("refused", exc.field, exc.message, exc.message_en)
    return (list(result.regions), list(result.innovations))


def _scored_strictly(raw: bytes) -> Any:
    """The reference: the strict parser, then scoring of the parsed data."""
    try:
        data = loads(raw, field="year")
    except InovasiDaerahError as exc:
        return ("refused", exc.field, exc.message, exc.message_en)
    return _scored(data)


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.data())
def test_scoring_a_text_answers_as_scoring_its_strict_parse(data: st.DataObject) -> None:
    """score_year validates and scores a text region by region; any edit of the text gives
    the rows, or the refusal (field and both texts), of the strict parse scored."""
    pieces = ['":', ":", "3", "9", "-1", "4", '"', ",", '"a":1,', '"levels":[1],', "x", ""]
    raw = _edited(data, YEAR, 0, 2, pieces)
    assert repr(_scored(raw)) == repr(_scored_strictly(raw))


# -- the scoring read: the year format with two checks moved (bulk._scoring_validator) ----------


def _fresh_scoring_validator() -> Any:
    """The scoring validator built anew (the module keeps the first one it builds)."""
    return bulk._scoring_validator.__wrapped__()


def _constraints(node: Any) -> list[tuple[Any, ...]]:
    """Every (type, extra behaviour, ge, le) of a core schema, depth first."""
    out: list[tuple[Any, ...]] = []
    if isinstance(node, dict):
        if "type" in node:
            out.append((node["type"], node.get("extra_behavior"), node.get("ge"), node.get("le")))
        for k, v in node.items():
            if k != "metadata":
                out += _constraints(v)
    elif isinstance(node, list):
        for v in node:
            out += _constraints(v)
    return out


def test_the_scoring_schema_is_the_year_format_s_with_two_changes() -> None:
    """Built from a copy of the format's own schema, which stays as it was; the copy differs
    in the two typed dicts' extra behaviour and the bounds of the four declared-level ints
    (list and mapping forms of ``levels`` and ``spd``), and in nothing else."""
    import copy

    strict = bulk._region_adapter().core_schema
    before = _constraints(strict)
    _fresh_scoring_validator()
    assert _constraints(strict) == before
    assert strict["config"]["extra_fields_behavior"] == "forbid"
    relaxed = copy.deepcopy(strict)
    bulk._relax(relaxed, declared=False)
    a, b = _constraints(strict), _constraints(relaxed)
    assert len(a) == len(b)
    changed = [(x, y) for x, y in zip(a, b, strict=True) if x != y]
    assert changed == [
        (("typed-dict", "forbid", None, None), ("typed-dict", "ignore", None, None)),
        (("int", None, 0, 3), ("int", None, None, None)),
        (("int", None, 0, 3), ("int", None, None, None)),
        (("typed-dict", "forbid", None, None), ("typed-dict", "ignore", None, None)),
        (("int", None, 0, 3), ("int", None, None, None)),
        (("int", None, 0, 3), ("int", None, None, None)),
    ]
    assert relaxed["config"]["extra_fields_behavior"] == "ignore"
    inner = relaxed["fields"]["innovations"]["schema"]["items_schema"]
    assert inner["config"]["extra_fields_behavior"] == "ignore"


def test_the_scoring_schema_falls_back_to_the_format_s(monkeypatch: pytest.MonkeyPatch) -> None:
    """A schema laid out otherwise (here: _relax fails) leaves the year format's validator."""

    def broken(node: Any, *, declared: bool) -> None:
        raise KeyError("fields")

    monkeypatch.setattr(bulk, "_relax", broken)
    validate = _fresh_scoring_validator()
    with pytest.raises(ValidationError):
        validate(_region(extra=1))


def test_the_fast_read_releases_each_parsed_region(monkeypatch: pytest.MonkeyPatch) -> None:
    """The peak holds about one copy of the year: each parsed region is dropped once its
    validated copy exists, under either validator."""
    parsed: list[Any] = []
    real = bulk.from_json

    def keep(*args: Any, **kwargs: Any) -> Any:
        parsed.append(real(*args, **kwargs))
        return parsed[-1]

    monkeypatch.setattr(bulk, "from_json", keep)
    text = json.dumps(YEAR).encode()
    for validate in (None, bulk._scoring_validator()):
        year = bulk._fast_parse(text, validate)
        assert year is not None
        assert len(year["regions"]) == len(YEAR["regions"])
        assert parsed[-1]["regions"] == [None] * len(YEAR["regions"])


@pytest.mark.parametrize("as_bytes", [False, True])
def test_the_scoring_read_keeps_what_the_scoring_checks(as_bytes: bool) -> None:
    """The scoring read returns a year with a level off the scale (the tables refuse it);
    bytes and text are counted alike, with and without colons inside strings."""
    doc = json.loads(json.dumps(YEAR))
    doc["regions"][0]["innovations"][0]["levels"] = [9] * 20
    for name in ("plain", "with: a colon"):
        doc["regions"][0]["name"] = name
        text = json.dumps(doc)
        raw = text.encode() if as_bytes else text
        year = bulk._fast_parse(raw, bulk._scoring_validator())
        assert year is not None
        assert year["regions"][0]["innovations"][0]["levels"] == [9] * 20
        assert bulk._fast_parse(raw) is None  # the year format refuses it
        doc["regions"][0]["innovations"][0]["levels"] = [1] * 20
        raw = json.dumps(doc).encode() if as_bytes else json.dumps(doc)
        assert bulk._fast_parse(raw) == bulk._parse_by_region(loads(raw), owned=True)
        doc["regions"][0]["innovations"][0]["levels"] = [9] * 20


def test_a_level_above_an_edition_s_own_top_is_refused() -> None:
    """The tables of an indicator hold its own levels: a plan whose indicators top out at 2
    refuses a level 3 that the level scale allows, naming the place and the bound."""
    import dataclasses

    plan = bulk._Plan.of(iga.edition(2026), "declared")
    short = tuple({k: v for k, v in t.items() if k < 3} for t in plan.sid.tables)
    plan = dataclasses.replace(plan, sid=dataclasses.replace(plan.sid, tables=short))
    reg = _region(inv_levels=[1, 2, 3] + [0] * 17)
    off = bulk._level_off_scale(plan, 4, reg)  # type: ignore[arg-type]
    assert off is not None
    assert off.field == "regions[4].innovations[0].levels[2]"
    assert off.value == 3
    assert off.message_en == "level must be an integer 0-2"
    assert bulk._level_off_scale(plan, 4, _region()) is None  # type: ignore[arg-type]


INNOVATION = {"id": "i", "name": "n", "stage": "penerapan", "levels": [1] * 20}
REGION = {"id": "r", "name": "n", "level": "kota", "spd": [1] * 20, "innovations": [INNOVATION]}


def _region(**changes: Any) -> dict[str, Any]:
    """REGION with its first innovation's fields (``inv_*``) and its own fields changed."""
    inv = {**INNOVATION, **{k[4:]: v for k, v in changes.items() if k.startswith("inv_")}}
    return {
        **REGION,
        **{k: v for k, v in changes.items() if not k.startswith("inv_")},
        "innovations": [inv],
    }


@pytest.mark.parametrize(
    "changes",
    [
        {"inv_levels": [-1] + [1] * 19},
        {"inv_levels": [4] + [1] * 19},
        {"inv_levels": {"16": 9}},
        {"spd": [1] * 19 + [-2]},
        {"spd": {"1": 7}},
        {"inv_extra": 1},
        {"extra": "x"},
    ],
    ids=str,
)
def test_the_scoring_read_moves_two_checks_only(changes: dict[str, Any]) -> None:
    """What the scoring read leaves to the key count and the tables: an unknown key (dropped,
    so the count sees it lost) and a declared level off the scale (kept as given)."""
    record = _region(**changes)
    with pytest.raises(ValidationError):
        bulk._region_adapter().validate_python(record)
    got = _fresh_scoring_validator()(record)
    assert "extra" not in got
    assert "extra" not in got["innovations"][0]
    assert got.get("spd") == record["spd"]
    assert got["innovations"][0]["levels"] == record["innovations"][0]["levels"]


@pytest.mark.parametrize(
    "changes",
    [
        {"inv_accepted": [-1] * 20},
        {"inv_accepted": [4] * 20},
        {"spd_accepted": {"1": 4}},
        {"inv_previous_entries": 101},
        {"inv_levels": [True] * 20},
        {"inv_levels": [1.0] * 20},
        {"inv_levels": ["1"] * 20},
        {"inv_evidence": "X" * 20},
        {"inv_name": " "},
        {"inv_stage": "x"},
        {"inv_applied_on": 0},
        {"level": "negara"},
    ],
    ids=str,
)
def test_the_scoring_read_keeps_every_other_check(changes: dict[str, Any]) -> None:
    """Verifier's levels, entry counts, level types, codes, names, enums and dates are
    validated as the year format validates them."""
    record = _region(**changes)
    with pytest.raises(ValidationError):
        bulk._region_adapter().validate_python(record)
    with pytest.raises(ValidationError):
        _fresh_scoring_validator()(record)
    ok = _region()
    assert _fresh_scoring_validator()(ok) == bulk._region_adapter().validate_python(ok)


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"inv_levels": [1, 1, 7] + [1] * 17}, "regions[0].innovations[0].levels[2]"),
        ({"inv_levels": [1, 1, -1] + [1] * 17}, "regions[0].innovations[0].levels[2]"),
        ({"inv_levels": {"16": 1, "17": 5}}, "regions[0].innovations[0].levels.17"),
        # masked by the evidence rule (rejected evidence scores 0): still refused
        ({"inv_levels": [8] + [1] * 19, "inv_evidence": "R" * 20}, "levels[0]"),
        ({"inv_levels": [8] + [1] * 19, "inv_accepted": [None] * 20}, "levels[0]"),
        ({"spd": [1] * 19 + [6]}, "regions[0].spd[19]"),
        ({"spd": {"1": -3}}, "regions[0].spd.1"),
        ({"spd": [5] * 20, "innovations": []}, "regions[0].spd[0]"),
    ],
    ids=str,
)
def test_the_scoring_tables_refuse_a_level_off_the_scale(
    changes: dict[str, Any], field: str
) -> None:
    """The check the scoring read moved: a declared level the tables have no row for is
    refused with its place, never read from the end of a table (a negative index)."""
    year = {"edition": 2026, "regions": [_region(**changes)]}
    with pytest.raises(InvalidInput) as err:
        bulk._score_parsed(year, None, "declared", None)  # type: ignore[arg-type]
    assert field in (err.value.field or "")
    assert "(region 'r'" in (err.value.field or "")
    assert err.value.message == "level harus bilangan bulat 0-3"
    assert err.value.message_en == "level must be an integer 0-3"
    # and a text with it gets the strict read's refusal, of the year format
    text = json.dumps(year).encode()
    assert _scored(text) == _scored_strictly(text)
    assert "level harus bilangan bulat" not in _scored(text)[2]


def test_a_text_with_a_late_format_fault_and_an_early_scoring_fault() -> None:
    """Scoring region by region must not change which fault is named: the strict path
    validates the whole year before scoring, so the format fault of the last region wins
    over a scoring fault of the first."""
    doc = example()
    doc["regions"][0]["innovations"][0]["levels"] = [1, 2]  # scoring: 20 levels needed
    doc["regions"][-1]["name"] = ""  # format: a name is required
    raw = json.dumps(doc).encode()
    assert _scored(raw) == _scored_strictly(raw)
    assert "regions[2].name" in _scored(raw)[1]
