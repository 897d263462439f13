"""A whole national IGA year in one call: the year format, :func:`score_year` and its tables.

The **year format** (JSON; documented in ``docs/bulk.md``, JSON Schema from
:func:`year_schema`) holds, for one IGA edition, every Pemda's identity and SPD profile and
every innovation with just what scoring needs. Its shapes are compact so that validation stays
cheap at national scale (36,742 innovations in IGA 2025, iid_iga.md §13): the SID levels of an
innovation are a list of 20 integers in indicator order 16..35 and their evidence statuses one
letter each in a parallel string.

>>> from inovasi_daerah.iga.bulk import score_year
>>> year = {"edition": 2026, "regions": [{"id": "13.76", "name": "Kota Payakumbuh",
...     "level": "kota", "spd": [3] * 20, "innovations": [
...     {"id": "pay-1", "name": "SI-PANTAU Jalan", "stage": "penerapan",
...      "urusan": "pupr", "applied_on": "2024-03-01", "levels": [3] * 20}]}]}
>>> result = score_year(year)
>>> row = result.regions[0]
>>> row.spd, row.n, row.divisor, row.empty_seats, row.value, row.predicate.value
(Decimal('63'), 1, 12, 11, Decimal('28.90'), 'Kurang Inovatif')
>>> result.innovations[0].maturity, result.innovations[0].eligible
(Decimal('111'), True)

The bulk path builds no explanation trees and no per-indicator models. Explanations come on
demand, per region, from the engine: ``result.region("13.76").explanation``.
"""

from __future__ import annotations

import copy
import functools
import gc
import re
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from decimal import ROUND_HALF_EVEN, Decimal
from functools import cached_property
from operator import getitem, itemgetter
from typing import (
    TYPE_CHECKING,
    Annotated,
    Any,
    ClassVar,
    Generic,
    Literal,
    NamedTuple,
    NotRequired,
    TypeVar,
    cast,
    overload,
)

from pydantic import (
    AliasChoices,
    BeforeValidator,
    ConfigDict,
    Field,
    StrictInt,
    StringConstraints,
    TypeAdapter,
    ValidationError,
    with_config,
)
from pydantic_core import from_json
from typing_extensions import TypedDict

from inovasi_daerah._levels import TOP_LEVEL
from inovasi_daerah._util import check_choice
from inovasi_daerah.errors import InovasiDaerahError, InvalidInput, UnknownIndicator
from inovasi_daerah.iga import _core as core
from inovasi_daerah.iga._convert import to_level
from inovasi_daerah.iga.model import Edition, Indicator, Predicate
from inovasi_daerah.iga.policies import CountInN, RejectedEvidence, YandasBasis
from inovasi_daerah.iga.registry import edition as _edition
from inovasi_daerah.iga.results import IndexResult, MaturityResult, RegionalIndexResult
from inovasi_daerah.iga.scoring import (
    Projection,
    _check_projection,
    index,
    index_value,
    maturity,
    regional_index,
)
from inovasi_daerah.iga.scoring import _counted as _engine_counted
from inovasi_daerah.iga.scoring import _yandas as _engine_yandas
from inovasi_daerah.io.load import loads, read_source
from inovasi_daerah.law import Explanation
from inovasi_daerah.law.context import CONTEXT, exact
from inovasi_daerah.law.reprs import ShortRepr
from inovasi_daerah.law.tables import Numeric, records_to_dataframe
from inovasi_daerah.models.base import _DATE_INPUT, _to_date
from inovasi_daerah.models.enums import EvidenceStatus, GovernmentLevel, Stage, Urusan
from inovasi_daerah.models.innovation import Innovation
from inovasi_daerah.types import JsonSource

if TYPE_CHECKING:
    import pandas as pd

__all__ = [
    "EVIDENCE_CODES",
    "FORMAT_ID",
    "InnovationScore",
    "InnovationScoreRow",
    "InnovationTable",
    "RegionDetail",
    "RegionScore",
    "RegionScoreRow",
    "RegionTable",
    "TextRow",
    "YearResult",
    "parse_year",
    "score_year",
    "year_schema",
]

#: The value of the optional ``format`` key of a year file.
FORMAT_ID = "inovasi-daerah/iga-year"
#: The version of the year format this module reads (optional ``version`` key).
FORMAT_VERSION = 1

#: One letter per evidence status in the compact ``evidence`` strings.
EVIDENCE_CODES: Mapping[str, EvidenceStatus] = {
    "A": EvidenceStatus.ACCEPTED,  # diterima
    "R": EvidenceStatus.REJECTED,  # ditolak
    "P": EvidenceStatus.PENDING,  # menunggu
    "S": EvidenceStatus.SELF_DECLARED,  # mandiri
    "D": EvidenceStatus.DRAFT,  # draf
    "K": EvidenceStatus.SENT,  # dikirim
    "E": EvidenceStatus.RETURNED,  # dikembalikan
}
_ONE = Decimal(1)
_ZERO = Decimal(0)
_YANDAS = frozenset(Urusan.basic_services())

# -- the year format ------------------------------------------------------------------------------

_MAX_ITEMS = 64  # more indicators or rows than any edition has: refused before scoring
_Text = Annotated[str, StringConstraints(min_length=1, max_length=500)]
# a name must have a visible character: the engine's models strip whitespace and refuse ""
_Name = Annotated[str, StringConstraints(min_length=1, max_length=500, pattern=r"\S")]
# dates as the engine's models read them (ISO or Indonesian text, never a number: pydantic's
# own date type would read 0 as 1970-01-01)
_DATES: dict[str, date] = {}
_MAX_DATES = 10_000


def _year_date(value: Any) -> Any:
    """The engine's date reading (``models.base.LooseDate``), memoised by text: a national
    year repeats a few hundred dates across tens of thousands of innovations, and reading
    one was about a tenth of the validation time. Refusals are the engine's own."""
    if type(value) is str:
        hit = _DATES.get(value)
        if hit is None:
            hit = _to_date(value)
            if len(_DATES) < _MAX_DATES:
                _DATES[value] = hit
        return hit
    return _to_date(value)


_Date = Annotated[date, BeforeValidator(_year_date, json_schema_input_type=_DATE_INPUT)]
# The members of each union below accept disjoint Python types (str / int; list / dict), so
# trying them in order gives the smart mode's answer, without its search across members
# (about 8 % of the validation time of a national year).
_LTR = Field(union_mode="left_to_right")
_Key = Annotated[Annotated[str, StringConstraints(min_length=1, max_length=100)] | StrictInt, _LTR]
# the level scale of the indicator schema (the edition is known only after validation; its
# own top level is checked again against its data when scored)
_Lvl = Annotated[int, Field(strict=True, ge=0, le=TOP_LEVEL)]
_Levels = Annotated[
    Annotated[list[_Lvl], Field(max_length=_MAX_ITEMS)]
    | Annotated[
        dict[Annotated[str, StringConstraints(max_length=80)], _Lvl], Field(max_length=_MAX_ITEMS)
    ],
    _LTR,
]
_Accepted = Annotated[
    Annotated[list[_Lvl | None], Field(max_length=_MAX_ITEMS)]
    | Annotated[
        dict[Annotated[str, StringConstraints(max_length=80)], _Lvl], Field(max_length=_MAX_ITEMS)
    ],
    _LTR,
]
_Codes = Annotated[str, StringConstraints(pattern=r"^[ARPSDKE]*$", max_length=_MAX_ITEMS)]
_Evidence = Annotated[
    _Codes
    | Annotated[list[EvidenceStatus], Field(max_length=_MAX_ITEMS)]
    | Annotated[
        dict[Annotated[str, StringConstraints(max_length=80)], EvidenceStatus],
        Field(max_length=_MAX_ITEMS),
    ],
    _LTR,
]
_Score = StrictInt | Annotated[str, StringConstraints(pattern=r"^\d{1,4}(\.\d{1,10})?$")]


def _f(*names: str, **kw: Any) -> Any:
    return Field(validation_alias=AliasChoices(*names), **kw)


@with_config(ConfigDict(extra="forbid", str_strip_whitespace=False))
class InnovationRecord(TypedDict):
    """One innovation of a year file (see ``docs/bulk.md``)."""

    id: Annotated[_Key, _f("id", "id_inovasi", "nomor_registrasi")]
    name: Annotated[_Name, _f("name", "nama", "nama_inovasi")]
    stage: Annotated[Stage, _f("stage", "tahapan")]
    urusan: NotRequired[Annotated[Urusan | None, _f("urusan", "urusan_utama", "main_urusan")]]
    other_urusan: NotRequired[
        Annotated[
            list[Urusan],
            _f("other_urusan", "urusan_beririsan", "urusan_lain", max_length=len(Urusan)),
        ]
    ]
    applied_on: NotRequired[Annotated[_Date | None, _f("applied_on", "waktu_penerapan")]]
    developed_on: NotRequired[
        Annotated[_Date | None, _f("developed_on", "pengembangan_terakhir", "tanggal_pengembangan")]
    ]
    previous_entries: NotRequired[
        Annotated[int, _f("previous_entries", "jumlah_keikutsertaan", strict=True, ge=0, le=100)]
    ]
    levels: Annotated[_Levels, _f("levels", "level", "indikator")]
    evidence: NotRequired[Annotated[_Evidence, _f("evidence", "bukti", "status_bukti")]]
    accepted: NotRequired[Annotated[_Accepted, _f("accepted", "level_diterima")]]


@with_config(ConfigDict(extra="forbid"))
class RegionRecord(TypedDict):
    """One Pemda of a year file: identity, SPD profile and innovations."""

    id: Annotated[_Key, _f("id", "kode", "kode_wilayah", "code")]
    name: Annotated[_Name, _f("name", "nama", "nama_pemda")]
    level: Annotated[GovernmentLevel, _f("level", "tingkat", "jenis_pemda")]
    province: NotRequired[Annotated[_Text | None, _f("province", "provinsi")]]
    underdeveloped: NotRequired[
        Annotated[bool, _f("underdeveloped", "daerah_tertinggal", strict=True)]
    ]
    border: NotRequired[Annotated[bool, _f("border", "daerah_perbatasan", strict=True)]]
    spd: NotRequired[Annotated[_Levels, _f("spd", "profil_spd", "level_spd")]]
    spd_evidence: NotRequired[Annotated[_Evidence, _f("spd_evidence", "bukti_spd")]]
    spd_accepted: NotRequired[Annotated[_Accepted, _f("spd_accepted", "level_spd_diterima")]]
    spd_score: NotRequired[Annotated[_Score, _f("spd_score", "skor_spd")]]
    innovations: NotRequired[Annotated[list[InnovationRecord], _f("innovations", "inovasi")]]


@with_config(ConfigDict(extra="forbid"))
class YearRecord(TypedDict):
    """A national year: the IGA edition and its regions."""

    format: NotRequired[Literal["inovasi-daerah/iga-year"]]
    version: NotRequired[Literal[1]]
    edition: Annotated[int, _f("edition", "edisi", "tahun", strict=True, ge=2000, le=2100)]
    note: NotRequired[Annotated[str, _f("note", "catatan", max_length=5000)]]
    regions: Annotated[list[RegionRecord], _f("regions", "pemda", "daerah")]


@functools.cache
def _year_adapter() -> TypeAdapter[YearRecord]:
    """The validator of the year format, built on first use (building it costs more than
    importing the module)."""
    return TypeAdapter(YearRecord)


def year_schema() -> dict[str, Any]:
    """The JSON Schema (draft 2020-12) of the year format, for validators and editors.

    >>> s = year_schema()
    >>> s["title"]
    'IGA national year (inovasi-daerah/iga-year, version 1)'
    >>> sorted(s["properties"])[:4]  # every input name of a key
    ['catatan', 'daerah', 'edisi', 'edition']
    """
    from inovasi_daerah.io.schema import input_schema

    return input_schema(
        YearRecord,
        title=f"IGA national year ({FORMAT_ID}, version {FORMAT_VERSION})",
        description=(
            "One IGA edition's national year: per Pemda its identity, SPD profile and "
            "innovations with their SID levels (indicators 16..35 in order) and evidence codes "
            + ", ".join(f"{k}={v.value}" for k, v in EVIDENCE_CODES.items())
            + ". Read by inovasi_daerah.iga.score_year; see docs/bulk.md."
        ),
    )


# -- errors ---------------------------------------------------------------------------------------

_TYPE_TAG = re.compile(
    r"[\[(]|^(str|int|bool|constrained-str|constrained-int|list|dict|enum|"
    r"literal|none|date|nullable)$"
)
_MAX_ERRORS_SHOWN = 5


def _path(loc: Sequence[int | str]) -> str:
    out = ""
    for part in loc:
        if isinstance(part, int):
            out += f"[{part}]"
        elif _TYPE_TAG.search(part) is None:
            out += f".{part}" if out else part
    return out or "input"


def _name_records(path: str, raw: Any) -> str:
    """Add the id of the region and innovation a path points into, when it can be read."""
    m = re.match(r"^(?:regions|pemda|daerah)\[(\d+)\](?:\.(?:innovations|inovasi)\[(\d+)\])?", path)
    if m is None or not isinstance(raw, Mapping):
        return path
    try:
        regions = next(raw[k] for k in ("regions", "pemda", "daerah") if k in raw)
        reg = regions[int(m.group(1))]
        rid = next(reg[k] for k in ("id", "kode", "kode_wilayah", "code") if k in reg)
        label = f"region {rid!r}"
        if m.group(2) is not None:
            invs = next(reg[k] for k in ("innovations", "inovasi") if k in reg)
            inv = invs[int(m.group(2))]
            iid = next(inv[k] for k in ("id", "id_inovasi", "nomor_registrasi") if k in inv)
            label += f", innovation {iid!r}"
    except (KeyError, IndexError, TypeError, StopIteration):
        return path
    return f"{path} ({label[:120]})"


def _convert(
    exc: ValidationError,
    raw: Any,
    reparse: Callable[[], Any],
    prefix: tuple[int | str, ...] = (),
) -> InvalidInput:
    """The year-file error in the user's terms (``models.messages``) with the record ids;
    ``prefix`` is the path of the part validated alone (``("regions", 3)``)."""
    from inovasi_daerah.models.messages import _convert_errors

    try:
        data = raw if raw is not None else reparse()
    except (ValueError, RecursionError):
        data = None
    errors = [{**e, "loc": (*prefix, *e["loc"])} for e in exc.errors(include_url=False)]
    err = _convert_errors(errors, "tahun", data)
    try:
        named = _name_records(err.field or "input", data)
    except (ValueError, RecursionError):
        named = err.field or "input"
    value = err.value if getattr(err, "_has_value", False) else InovasiDaerahError._NO_VALUE
    out = InvalidInput(
        f"berkas tahun tidak valid: {err.message}",
        field=named,
        value=value,
        message_en=f"invalid year file: {err.message_en or err.message}",
    )
    out._leaves = getattr(err, "_leaves", None)  # type: ignore[attr-defined]
    return out


def parse_year(data: JsonSource) -> YearRecord:
    """Validate a year (JSON bytes or text, a path, or parsed data) against the year format.

    Raises :class:`~inovasi_daerah.errors.InvalidInput` whose ``field`` names the region
    and innovation (index and id) and the field at fault, e.g.
    ``regions[3].innovations[7].levels[2] (region '32.76', innovation 'X-7')``.
    """
    return _parse(data, read_source(data, field="year"))


def _parse(data: Any, raw: bytes | str | None) -> YearRecord:
    """The validated year of ``raw`` (the JSON text read from ``data``) or, when there is
    none, of the parsed ``data``."""
    if raw is not None:
        year = _fast_parse(raw)
        if year is not None:
            return year
        # the strict path: the stdlib parser with a duplicate-key check, then Python-mode
        # validation region by region; its refusals are the year format's
        data = loads(raw, field="year")
    if not isinstance(data, Mapping):
        raise InvalidInput(
            "harus berupa path, teks/bytes JSON, atau objek tahun (dict)",
            field="year",
            value=data,
            message_en="must be a path, JSON text/bytes, or a year object (dict)",
        )
    try:
        return _parse_by_region(data, owned=raw is not None)
    except ValidationError as exc:
        raise _convert(exc, data, lambda: None) from None
    except RecursionError:
        raise InvalidInput(
            "data terlalu dalam bersarang", field="year", message_en="data nested too deeply"
        ) from None


@functools.cache
def _region_adapter() -> TypeAdapter[RegionRecord]:
    return TypeAdapter(RegionRecord)


#: The fields of declared levels (SID and SPD), whose bound the scoring read moves to the
#: scoring tables (:func:`_scoring_validator`).
_DECLARED_LEVELS = ("levels", "spd")


@functools.cache
def _scoring_validator() -> Callable[[Any], RegionRecord]:
    """The region schema of the year format with two of its checks moved out of validation,
    for :func:`score_year`'s read of a JSON text (about half the validation time of a
    national year; ``bench/national.py --parts``):

    - an unknown key is ignored rather than refused: the key count of :func:`_fast_parse`
      sees the key lost and sends the text to the strict read, which refuses it;
    - a declared level (``levels``, ``spd``) is a strict integer without the bound 0..top:
      the scoring tables (:data:`_Scale`) have no row for a level off the scale, and the
      refusal (:func:`_level_off_scale`) sends the text to the strict read.

    So a text this read scores is one the year format accepts, with the same values; every
    other text gets the strict read's answer. Built from the year format's own core schema
    (one definition of the format), on first use. Should a later pydantic-core lay its
    schemas out otherwise, the year format's own validator serves (slower, same answers;
    ``tests/test_iga_bulk_read.py`` then fails, to say so).
    """
    from pydantic_core import SchemaError, SchemaValidator

    strict = _region_adapter()
    try:
        schema = copy.deepcopy(strict.core_schema)
        _relax(schema, declared=False)
        validator = SchemaValidator(schema)
        return validator.validate_python
    except (SchemaError, KeyError, TypeError, AttributeError):  # pragma: no cover
        return strict.validate_python


def _relax(node: Any, *, declared: bool) -> None:
    """Make the changes :func:`_scoring_validator` describes, in place, in a core schema."""
    if isinstance(node, list):
        for item in node:
            _relax(item, declared=declared)
        return
    if not isinstance(node, dict):
        return
    if node.get("type") == "typed-dict":
        node["extra_behavior"] = "ignore"
        node.get("config", {})["extra_fields_behavior"] = "ignore"
        for name, f in node["fields"].items():
            _relax(f, declared=name in _DECLARED_LEVELS)
        return
    if declared and node.get("type") == "int":
        node.pop("ge", None)
        node.pop("le", None)
    for key, value in node.items():
        if key != "metadata":
            _relax(value, declared=declared)


_REGION_KEYS = ("regions", "pemda", "daerah")

# -- the fast read: pydantic-core's JSON parser, checked for lost keys ---------------------------

# the only way a JSON string holds a colon that is not a literal ":" of the text (\u003a or
# \u003A); a text with any escape of this family is not counted by its strings
_COLON_ESCAPE = "\\u003"
# the parser caches key strings only: looking every value up in its string cache cost about
# a sixth of the parse; the values that repeat (dates, enum texts) are shared once validated
_CACHE_STRINGS: Literal["keys"] = "keys"


def _fast_parse(
    raw: str | bytes, validate: Callable[[Any], RegionRecord] | None = None
) -> YearRecord | None:
    """The validated year from pydantic-core's JSON parser, or None where only the strict
    path (:func:`~inovasi_daerah.io.load.loads`, then the same validation) may answer.

    pydantic-core's parser (``from_json``) is faster than the standard library's with a
    duplicate-key hook, but it keeps the last of two equal keys. A lost key is caught by
    counting colons: each key of the text is followed by one, and every other colon is a
    literal one inside a string. Each key of the text becomes at most one key of the
    validated year (a duplicate, or two names of one field, leave one; the year format adds
    no defaults and ignores no key: tested), and each string of the year is a string of the
    text unchanged, so the keys of the year plus the colons counted in its strings are at
    most the colons of the text, and equal only when no key was lost. Counting fewer (a
    string or mapping left out) can only send a year to the strict path. Any refusal
    (the parser's, or the validation's: no field of the format takes a float, so NaN and
    Infinity are refused there, or lose their key under the scoring read) or a lost key
    hands the text to the strict path, which gives the error.

    ``validate`` is the validator of a region: by default the year format's own, so the
    year returned is a valid one; :func:`score_year` passes :func:`_scoring_validator`,
    whose year may still hold a level off the scale, for the scoring tables to refuse.
    """
    try:
        doc = from_json(raw, cache_strings=_CACHE_STRINGS)
    except ValueError:
        return None
    if not isinstance(doc, dict):
        return None
    try:
        year = _parse_by_region(doc, owned=True, validate=validate)
    except (InovasiDaerahError, ValidationError, RecursionError):
        return None
    del doc
    colons = raw.count(":") if isinstance(raw, str) else raw.count(b":")
    keys = _record_keys(year)
    if colons == keys:  # no colon left for a lost key, escaped or not
        return year
    escaped = _COLON_ESCAPE in raw if isinstance(raw, str) else _COLON_ESCAPE.encode() in raw
    if not escaped and colons == keys + _more_colons(year):
        return year
    return None


def _record_keys(year: YearRecord) -> int:
    """The keys of the year's records (year, regions, innovations): the whole count for the
    usual text, whose strings hold no colon and whose levels are lists."""
    n = len(year) + sum(map(len, year["regions"]))
    for reg in year["regions"]:
        n += sum(map(len, reg.get("innovations", ())))
    return n


def _text_colons(values: Iterable[Any]) -> int:
    """Colons in the strings among ``values`` (ids may be integers, a province None)."""
    return "".join([v for v in values if type(v) is str]).count(":")


def _form_colons(value: Any) -> int:
    """Keys and key colons of a mapping-form field (levels, evidence, accepted levels)."""
    return len(value) + _text_colons(value) if type(value) is dict else 0


_SPD_FORMS = ("spd", "spd_evidence", "spd_accepted")
_FORMS = ("levels", "evidence", "accepted")


def _more_colons(year: YearRecord) -> int:
    """The keys of the mapping forms and the colons inside the year's strings (names, ids,
    province, note, keys of mapping forms)."""
    n = year.get("note", "").count(":")
    for reg in year["regions"]:
        n += _text_colons((reg["id"], reg["name"], reg.get("province")))
        n += sum([_form_colons(reg.get(k)) for k in _SPD_FORMS])
        for inv in reg.get("innovations", ()):
            n += _text_colons((inv["id"], inv["name"]))
            n += sum([_form_colons(inv.get(k)) for k in _FORMS])
    return n


def _parse_by_region(
    doc: Mapping[str, Any],
    *,
    owned: bool,
    validate: Callable[[Any], RegionRecord] | None = None,
) -> YearRecord:
    """Validate a parsed year one region at a time; when the parsed document is the
    library's own (``owned``: parsed here from the caller's text), each parsed region is
    dropped once its validated copy exists.

    Validating the whole document at once holds the parsed tree and the validated objects
    together; here the parsed regions are released as the validated ones are made, so the
    peak is about one copy of the data. The answer and the refusals are those of the year
    format: the top level is validated by the year adapter (with no regions), each region by
    the region adapter (or by ``validate``, see :func:`_fast_parse`), and an error's path
    starts at ``regions[i]``. Anything unusual at the
    top level takes the whole-document path. A caller's own dict is never modified.
    """
    keys = [k for k in _REGION_KEYS if isinstance(doc, dict) and k in doc]
    if len(keys) != 1 or type(doc[keys[0]]) is not list:
        return _year_adapter().validate_python(doc)
    key = keys[0]
    regions: list[Any] = doc[key]
    head = _year_adapter().validate_python({**doc, key: []})
    out = head["regions"]
    if validate is None:
        validate = _region_adapter().validate_python
    for i in range(len(regions)):
        try:
            out.append(validate(regions[i]))
        except ValidationError as exc:
            raise _convert(exc, doc, lambda: None, (key, i)) from None
        if owned:
            regions[i] = None  # the parsed region is no longer needed
    return head


# -- per-edition tables ---------------------------------------------------------------------------


#: A table by level, 0 to an indicator's top level: a level off the scale is no key of it, so
#: a lookup raises KeyError where a tuple would read a negative level from its end. The
#: scoring read (:func:`_scoring_validator`) relies on it; :func:`_level_off_scale` names the
#: level.
_Scale = dict[int, int]


def _scale(values: Iterable[int]) -> _Scale:
    """The table of ``values`` by level, level 0 first."""
    return dict(enumerate(values))


def _level_off_scale(plan: _Plan, r: int, reg: RegionRecord) -> InvalidInput | None:
    """The refusal of the first declared level of region ``r`` that its table has no row for
    (what a KeyError of the scoring tables means), in scoring order: SPD, then innovations.
    The year format bounds every level by the level scale, so after the strict read this
    names a level above an edition's own top level; after the scoring read, any level."""
    where = f"regions[{r}]"
    forms = [(plan.spd, reg.get("spd"), f"{where}.spd")]
    for j, inv in enumerate(reg.get("innovations", ())):
        forms.append((plan.sid, inv["levels"], f"{where}.innovations[{j}].levels"))
    for block, levels, field_ in forms:
        if isinstance(levels, list):
            items = [(i, f"{field_}[{i}]", lv) for i, lv in enumerate(levels)]
        elif isinstance(levels, dict):
            items = [(_position(block, k, field_), f"{field_}.{k}", lv) for k, lv in levels.items()]
        else:
            continue
        # the places scored so far passed their checks: the first place off the scale is
        # the one that raised (lists of another length were refused before any lookup)
        for i, at, lv in items:
            try:
                to_level(lv, at, max(block.tables[i]))  # the engine's check of a level
            except InvalidInput as exc:
                return exc
    return None


def _getter(indices: Sequence[int]) -> Callable[[Sequence[int]], tuple[int, ...]]:
    if len(indices) == 1:
        (only,) = indices
        return lambda levels: (levels[only],)
    return itemgetter(*indices)


@dataclass(frozen=True, slots=True)
class _Block:
    """Integer score tables of one block (SID or SPD) of an edition, in catalogue order.

    ``tables[i][level]`` is weight_i x level in units of 10**-places (exact integers; a
    :data:`_Scale`, which has no row for a level off the indicator's scale), so a sum
    of scores is an integer sum; it becomes a Decimal once per result. The tables are built
    from the catalogue's weights with the core rule (:func:`~inovasi_daerah.iga._core.products`),
    and equal :func:`~inovasi_daerah.iga.score_levels` (tested).
    """

    keys: tuple[str, ...]
    index: Mapping[str, int]
    tables: tuple[_Scale, ...]
    known: tuple[int, ...]  # wajib (mandatory True)
    unknown: tuple[int, ...]  # wajib status not established (mandatory None)


def _block(indicators: Sequence[Indicator], places: int) -> _Block:
    index: dict[str, int] = {}
    for i, ind in enumerate(indicators):
        for key in (ind.number, ind.code, *ind.aliases):
            index[key] = i
    unit = Decimal(1).scaleb(-places, CONTEXT)
    tables = tuple(
        _scale(core.products(int(ind.weight / unit), ind.top_level, 0)) for ind in indicators
    )
    return _Block(
        keys=tuple(i.number for i in indicators),
        index=index,
        tables=tables,
        known=tuple(i for i, ind in enumerate(indicators) if ind.mandatory is True),
        unknown=tuple(i for i, ind in enumerate(indicators) if ind.mandatory is None),
    )


#: What decides an innovation's eligibility and count in n besides the edition (see
#: :meth:`_Plan.decide`).
_DecisionKey = tuple[bool | None, Stage, bool, bool, int]


class _Tally(NamedTuple):
    """What a region's innovations add to its index: n, the integer sum of the maturities
    counted, and the yandas urusan they cover."""

    n: int
    total: int
    covered: frozenset[Urusan]


@dataclass(frozen=True)
class _Plan:
    """Everything the bulk loop needs from an edition, read once (not per innovation).

    The lookup tables below are the core rules' answers (:mod:`~inovasi_daerah.iga._core`)
    over every value their inputs can take, computed once per call, so the loop decides each
    rule by the core's own answer without a call per innovation.
    """

    rules: Edition
    projection: Projection
    places: int
    sid: _Block
    spd: _Block
    k: int
    sid_max: Decimal
    spd_max: Decimal
    window: tuple[date, date] | None
    max_entries: int
    #: the edition's mandatory_empty_ineligible (None: not established)
    disqualifies: bool | None
    rejected: RejectedEvidence
    count_in_n: CountInN
    yandas_basis: YandasBasis
    #: evidence code -> the scored level by declared level (no verifier's level)
    evidence_levels: Mapping[str, _Scale]
    #: the evidence codes under which some level does not score as declared
    changing: str
    required_stage: Stage | None
    #: whether the wajib check's answer depends on which indicators are empty
    mandatory_varies: bool
    #: core.yandas_urusan of an innovation with only an urusan utama, per urusan
    yandas_main: Mapping[Urusan | None, tuple[Urusan, ...]]
    memo: dict[int, tuple[Decimal, Decimal]] = field(default_factory=dict, repr=False)
    decisions: dict[_DecisionKey, tuple[bool | None, bool]] = field(
        default_factory=dict, repr=False
    )

    @classmethod
    def of(cls, rules: Edition, projection: Projection) -> _Plan:
        """The plan of ``rules`` under ``projection``."""
        weights = [i.weight for i in rules.indicators]
        places = max(0, *(-int(w.as_tuple().exponent) for w in weights))
        rule = rules.mandatory_empty_ineligible
        disqualifies = None if rule.is_open else bool(rule.get())
        required = None if rules.required_stage.is_open else rules.required_stage.get()
        verified = projection == "verified"
        rejected: RejectedEvidence = rules.rejected_evidence.get()
        policy: CountInN = rules.count_in_n.get()
        basis: YandasBasis = rules.yandas_basis.get()
        evidence_levels = {
            code: _scale(
                core.effective(lv, status, None, verified=verified, rejected=rejected)[0]
                for lv in rules.levels
            )
            for code, status in EVIDENCE_CODES.items()
        }
        return cls(
            rules=rules,
            projection=projection,
            places=places,
            sid=_block(rules.sid, places),
            spd=_block(rules.spd, places),
            k=rules.divisor_k.get(),
            sid_max=rules.sid_max,
            spd_max=rules.spd_max,
            window=None if rules.eligibility_window.is_open else rules.eligibility_window.get(),
            max_entries=rules.max_entries.get(),
            disqualifies=disqualifies,
            rejected=rejected,
            count_in_n=policy,
            yandas_basis=basis,
            evidence_levels=evidence_levels,
            changing="".join(
                c for c, t in evidence_levels.items() if tuple(t.values()) != tuple(rules.levels)
            ),
            required_stage=required,
            mandatory_varies=len(
                {
                    core.mandatory_passes(disqualifies, a, b)
                    for a in (False, True)
                    for b in (False, True)
                }
            )
            > 1,
            yandas_main={u: tuple(core.yandas_urusan(basis, u, ())) for u in (None, *Urusan)},
        )

    def decimal(self, units: int) -> Decimal:
        """The Decimal of a sum in units of 10**-places, without trailing zeros (63, 48.5)."""
        d = Decimal(units).scaleb(-self.places, CONTEXT)
        if d == d.to_integral_value(context=CONTEXT):
            return d.quantize(_ONE, rounding=ROUND_HALF_EVEN, context=CONTEXT)
        return d.normalize(CONTEXT)

    def maturity(self, units: int) -> tuple[Decimal, Decimal]:
        """Maturity and share of the maximum (0..1, as ``MaturityResult.share``) of a SID sum;
        memoised: a national year has a few thousand distinct sums among tens of thousands of
        innovations.
        """
        hit = self.memo.get(units)
        if hit is None:
            m = self.decimal(units)
            hit = self.memo[units] = (m, m / self.sid_max)
        return hit

    def decide(self, key: _DecisionKey) -> tuple[bool | None, bool]:
        """An innovation's verdict (core eligibility checks, iid_iga.md §3.2, §7, §9) and
        whether it counts in *n* (core.counts_in_n), from the key (window check, stage, a wajib
        indicator empty, an indicator of unknown wajib status empty, previous entries);
        memoised: a national year has a few dozen keys."""
        hit = self.decisions.get(key)
        if hit is None:
            window_ok, stage, empty_known, empty_unknown, previous = key
            eligible = core.verdict(
                (
                    window_ok,
                    core.stage_passes(self.required_stage, stage),
                    core.mandatory_passes(self.disqualifies, empty_known, empty_unknown),
                    core.reentry_passes(previous, self.max_entries),
                )
            )
            if len(self.decisions) > 10_000:  # pragma: no cover - a cap for absurd entry counts
                self.decisions.clear()
            hit = self.decisions[key] = (
                eligible,
                core.counts_in_n(self.count_in_n, eligible, stage),
            )
        return hit


# -- result tables --------------------------------------------------------------------------------


class RegionScore(NamedTuple):
    """One region's index, as :func:`score_year` computes it (a row of :class:`RegionTable`).

    ``spd``, ``sid``, ``count_score`` (skor jumlah inovasi) and ``value`` (the IID, rounded as
    the edition says) are Decimals; ``n`` is the number of innovations counted (edition policy
    ``count_in_n``), ``sent`` the number in the file, ``divisor`` MAX(k, n), ``empty_seats``
    max(0, k - n), ``yandas_covered`` the number of distinct yandas urusan among the counted
    innovations.
    """

    id: str
    name: str
    level: GovernmentLevel
    spd: Decimal
    maturity_sum: Decimal
    sid: Decimal
    count_score: Decimal
    divisor: int
    empty_seats: int
    yandas_covered: int
    value: Decimal
    predicate: Predicate
    n: int
    sent: int


class InnovationScore(NamedTuple):
    """One innovation's maturity (a row of :class:`InnovationTable`).

    ``maturity`` is the skor kematangan (0..111 in 2023-2026), ``share`` its share of the
    edition's maximum in percent, ``eligible`` True/False, or None where the edition's
    eligibility rules are not established (2023-2025); ``counted`` whether it counts in *n*.
    """

    region_id: str
    innovation_id: str
    name: str
    maturity: Decimal
    share: Decimal
    eligible: bool | None
    counted: bool


class RegionScoreRow(TypedDict):
    """A :class:`RegionScore` as a plain dict (:meth:`RegionTable.to_records`)."""

    id: str
    name: str
    level: str
    spd: Decimal
    maturity_sum: Decimal
    sid: Decimal
    count_score: Decimal
    divisor: int
    empty_seats: int
    yandas_covered: int
    value: Decimal
    predicate: str
    n: int
    sent: int


class InnovationScoreRow(TypedDict):
    """An :class:`InnovationScore` as a plain dict (:meth:`InnovationTable.to_records`)."""

    region_id: str
    innovation_id: str
    name: str
    maturity: Decimal
    share: Decimal
    eligible: bool | None
    counted: bool


#: A row with its Decimals as text (``to_records(decimals="str")``).
TextRow = dict[str, str | int | bool | None]

R = TypeVar("R", RegionScore, InnovationScore)
D = TypeVar("D", RegionScoreRow, InnovationScoreRow)


class _Table(Sequence[R], Generic[R, D]):
    """Rows kept as columns of plain values, one tuple per field, so that a national year's
    tables are a few objects for the garbage collector rather than one per row; a row object
    is made only when asked for."""

    _row: ClassVar[type[Any]]

    __slots__ = ("_cols", "_len")

    def __init__(self, rows: list[tuple[Any, ...]]) -> None:
        width = len(self._row._fields)
        try:
            cols = tuple(zip(*rows, strict=True)) if rows else ((),) * width
        except (TypeError, ValueError):
            cols = ()
        if len(cols) != width or not isinstance(rows, list | tuple):
            raise InvalidInput(
                f"baris tabel harus daftar tuple dengan {width} nilai",
                field="rows",
                value=rows,
                message_en=f"table rows must be a list of tuples of {width} values",
            )
        self._len = len(rows)
        self._cols: tuple[tuple[Any, ...], ...] = cols

    def __len__(self) -> int:
        return self._len

    def __getitem__(self, i: Any) -> Any:
        if isinstance(i, slice):
            return [self._row._make(t) for t in zip(*(c[i] for c in self._cols), strict=True)]
        return self._row._make([c[i] for c in self._cols])

    def __iter__(self) -> Iterator[R]:
        return map(self._row._make, zip(*self._cols, strict=True))

    def __repr__(self) -> str:
        return f"<{type(self).__name__}: {len(self)} rows>"

    @property
    def columns(self) -> tuple[str, ...]:
        return tuple(self._row._fields)

    @overload
    def to_records(self, *, decimals: Literal["decimal"] = "decimal") -> list[D]: ...

    @overload
    def to_records(self, *, decimals: Literal["str"]) -> list[TextRow]: ...

    def to_records(
        self, *, decimals: Literal["decimal", "str"] = "decimal"
    ) -> list[D] | list[TextRow]:
        """Plain dicts, one per row, for notebooks and ``csv.DictWriter``.

        Decimals stay :class:`~decimal.Decimal` (exact) unless ``decimals="str"``; enums
        (level, predicate) become their official text value.
        """
        check_choice(decimals, ("decimal", "str"), "decimals")
        names = self.columns
        as_str = decimals == "str"

        def plain(v: Any) -> Any:
            if isinstance(v, Decimal):
                return str(v) if as_str else v
            if isinstance(v, GovernmentLevel | Predicate):
                return v.value
            return v

        rows = [
            {k: plain(v) for k, v in zip(names, t, strict=True)}
            for t in zip(*self._cols, strict=True)
        ]
        return cast("list[D]", rows)

    def to_dataframe(self, *, numeric: Numeric = "decimal") -> pd.DataFrame:
        """A pandas DataFrame of :meth:`to_records`, one column per field.

        Decimal columns stay exact (dtype object) unless ``numeric="float"``, which gives
        float columns for ``describe()`` and plots. Needs the optional extra:
        ``pip install 'inovasi-daerah[pandas]'`` (from a checkout: ``pip install '.[pandas]'``).
        """
        return records_to_dataframe(self.to_records(), self.columns, numeric=numeric)


class RegionTable(_Table[RegionScore, RegionScoreRow]):
    """The regions of a :class:`YearResult`, in input order."""

    _row = RegionScore
    __slots__ = ()


class InnovationTable(_Table[InnovationScore, InnovationScoreRow]):
    """The innovations of a :class:`YearResult`, in input order (region by region)."""

    _row = InnovationScore
    __slots__ = ()


@dataclass(frozen=True)
class RegionDetail(ShortRepr):
    """One region of a scored year: its row, its input record, and the engine's result and
    explanation, computed on first access (the bulk path builds neither).
    """

    score: RegionScore
    record: RegionRecord
    rules: Edition
    projection: Projection

    @cached_property
    def result(self) -> RegionalIndexResult | IndexResult:
        """The engine's result for this region, from models built from the record.

        A :class:`~inovasi_daerah.iga.RegionalIndexResult` (``iga.regional_index``), or, for a
        region given by ``spd_score``, an :class:`~inovasi_daerah.iga.IndexResult`
        (``iga.index``: the engine takes a precomputed SPD score only there).
        """
        return _engine_result(self.record, self.rules, self.projection)

    @property
    def explanation(self) -> Explanation:
        """The engine's explanation tree of this region's index."""
        return self.result.explanation

    def maturity(self, innovation_id: str | int) -> MaturityResult:
        """The engine's maturity result (with its explanation) of one innovation."""
        invs = self.record.get("innovations", [])
        for inv in invs:
            if str(inv["id"]) == str(innovation_id):
                return maturity(
                    _innovation_model(inv, self.rules), self.rules, projection=self.projection
                )
        raise InvalidInput(
            "tidak ada inovasi dengan id ini di daerah ini",
            field="innovation",
            value=innovation_id,
            message_en="no innovation with this id in this region",
        )


@dataclass(frozen=True)
class YearResult:
    """The scored year: ``regions`` (one row per region, input order) and ``innovations`` (one
    row per innovation, region by region), both with ``to_records()`` and ``to_dataframe()``.
    """

    rules: Edition
    projection: Projection
    regions: RegionTable
    innovations: InnovationTable
    # the validated records of a year given as parsed data; for a year given as JSON text,
    # the text, read again on the first call of region() (the scoring call keeps no copy)
    _records: list[RegionRecord] | None = field(repr=False)
    _index: dict[str, int] = field(repr=False)
    _text: bytes | str | None = field(default=None, repr=False)

    @property
    def policies(self) -> dict[str, str]:
        """The named policies every row was computed under (the edition's, with the
        projection): rounding step, provisional basis (2024/2025), count in *n* ..."""
        return {"projection": self.projection, **self.rules.policies()}

    def region(self, region_id: str | int) -> RegionDetail:
        """The region with id ``region_id``: its row, record and lazy engine explanation."""
        i = self._index.get(str(region_id))
        if i is None:
            raise InvalidInput(
                "tidak ada daerah dengan id ini",
                field="region",
                value=region_id,
                message_en="no region with this id",
            )
        records = self._records
        if records is None:  # read again: the text was validated once, so it is valid
            records = _parse(None, self._text)["regions"]
            object.__setattr__(self, "_records", records)
        return RegionDetail(self.regions[i], records[i], self.rules, self.projection)

    def __repr__(self) -> str:
        return (
            f"<YearResult {self.rules.id} ({self.projection}): {len(self.regions)} regions, "
            f"{len(self.innovations)} innovations>"
        )


# -- engine models, built only for explanations ---------------------------------------------------

#: Fields an Innovation model requires that no IGA rule reads (bentuk, inisiator); the year
#: format does not carry them, so explanations use these neutral values, never shown.
_UNSCORED = {"forms": ("lainnya",), "initiator": "perangkat_daerah"}


def _entries(block: _Block, levels: Any, evidence: Any, accepted: Any) -> list[dict[str, Any]]:
    lv = _levels(block, levels, "levels")
    st = _statuses(block, evidence, "evidence")
    acc = [None] * len(lv) if accepted is None else _accepted(block, accepted, "accepted")
    given = (
        range(len(lv))
        if type(levels) is list
        else sorted({_position(block, k, "levels") for k in levels})
    )
    return [
        {"indicator": block.keys[i], "level": lv[i], "evidence": st[i], "accepted_level": acc[i]}
        for i in given
    ]


def _innovation_model(inv: InnovationRecord, rules: Edition) -> Innovation:
    plan_sid = _block(rules.sid, 0)
    return Innovation.from_dict(
        {
            **_UNSCORED,
            "id": str(inv["id"]),
            "name": inv["name"],
            "stage": inv["stage"],
            "main_urusan": inv.get("urusan"),
            "other_urusan": inv.get("other_urusan", ()),
            "applied_on": inv.get("applied_on"),
            "developed_on": inv.get("developed_on"),
            "previous_entries": inv.get("previous_entries", 0),
            "indicators": _entries(
                plan_sid, inv["levels"], inv.get("evidence"), inv.get("accepted")
            ),
        }
    )


def _engine_result(
    reg: RegionRecord, rules: Edition, projection: Projection
) -> RegionalIndexResult | IndexResult:
    invs = [_innovation_model(inv, rules) for inv in reg.get("innovations", [])]
    if "spd_score" in reg:
        results = [maturity(inv, rules, projection=projection) for inv in invs]
        counted = _engine_counted(rules, invs, results)
        return index(
            spd=Decimal(reg["spd_score"]),
            maturities=[results[i] for i in counted],
            yandas_covered=list(_engine_yandas(rules, (invs[i] for i in counted))),
            rules=rules,
            projection=projection,
        )
    level = reg["level"]
    government = {
        "name": reg["name"],
        "level": level,
        "province": reg.get("province"),
        "underdeveloped": reg.get("underdeveloped", False),
        "border": reg.get("border", False),
    }
    profile = None
    if "spd" in reg:
        spd_block = _block(rules.spd, 0)
        profile = {
            "indicators": _entries(
                spd_block, reg["spd"], reg.get("spd_evidence"), reg.get("spd_accepted")
            )
        }
    return regional_index(government, invs, rules, profile=profile, projection=projection)


# -- scoring --------------------------------------------------------------------------------------


@exact
def score_year(
    data: JsonSource, rules: Edition | None = None, *, projection: Projection = "declared"
) -> YearResult:
    """Score a whole year: every innovation's maturity and every region's IID.

    ``data`` is JSON bytes or text, a path, or already-parsed data in the year format
    (:func:`year_schema`). ``rules`` defaults to the edition the data names
    (``iga.edition(data["edition"])``); an edition given explicitly (e.g. with overrides) must
    have the same year. ``projection`` is the engine's: "declared" (every level counts except
    rejected evidence) or "verified" (only accepted evidence counts).

    The results equal, exactly, what :func:`~inovasi_daerah.iga.maturity` and
    :func:`~inovasi_daerah.iga.regional_index` give for the same data; the region formula is
    the engine's own fast core (:func:`~inovasi_daerah.iga.index_value`).

    The cyclic garbage collector is paused during the call and restored on the way out (also
    on an error): validation and scoring allocate millions of acyclic objects, and the
    collector's passes over them took about half the time of a national year. If the caller
    had disabled the collector, it stays disabled; nothing else about it is touched.
    """
    enabled = gc.isenabled()
    if enabled:
        gc.disable()
    try:
        return _score_year(data, rules, projection)
    finally:
        if enabled:
            gc.enable()


def _score_year(data: JsonSource, rules: Edition | None, projection: Projection) -> YearResult:
    _check_projection(projection)
    text = read_source(data, field="year")
    if text is not None:
        # the scoring read (_scoring_validator); any refusal on it, of the format or of the
        # scoring, is given by the strict read below, so it is the strict read's own
        year = _fast_parse(text, _scoring_validator())
        if year is not None:
            try:
                return _score_parsed(year, rules, projection, text)
            except InovasiDaerahError:
                pass
            del year
    return _score_parsed(_parse(data, text), rules, projection, text)


def _score_parsed(
    year: YearRecord, rules: Edition | None, projection: Projection, text: bytes | str | None
) -> YearResult:
    """Score a validated year (``text``: the JSON text it was read from, if any)."""
    if rules is None:
        rules = _edition(year["edition"])
    elif not isinstance(rules, Edition):
        raise InvalidInput(
            "rules harus sebuah edisi IGA (iga.edition(...))",
            field="rules",
            value=rules,
            message_en="rules must be an IGA edition (iga.edition(...))",
        )
    elif rules.year != year["edition"]:
        raise InvalidInput(
            f"berkas untuk IGA {year['edition']}, aturan untuk IGA {rules.year}",
            field="edition",
            value=year["edition"],
            message_en=f"the file is for IGA {year['edition']}, the rules for IGA {rules.year}",
        )
    plan = _Plan.of(rules, projection)
    region_rows: list[tuple[Any, ...]] = []
    innovation_rows: list[tuple[Any, ...]] = []
    index: dict[str, int] = {}
    for r, reg in enumerate(year["regions"]):
        rid = reg["id"]
        if type(rid) is not str:
            rid = str(rid)
        if rid in index:
            raise InvalidInput(
                f"id daerah {rid!r} sudah dipakai oleh regions[{index[rid]}]",
                field=f"regions[{r}].id",
                value=rid,
                message_en=f"region id {rid!r} is already used by regions[{index[rid]}]",
            )
        index[rid] = r
        try:
            region_rows.append(_score_region(plan, r, rid, reg, innovation_rows))
        except InovasiDaerahError as exc:
            raise _located(exc, rid, reg) from None
        except KeyError:
            off = _level_off_scale(plan, r, reg)
            if off is None:  # pragma: no cover - a fault of this module, not of the input
                raise
            raise _located(off, rid, reg) from None
    return YearResult(
        rules=rules,
        projection=projection,
        regions=RegionTable(region_rows),
        innovations=InnovationTable(innovation_rows),
        _records=year["regions"] if text is None else None,
        _index=index,
        _text=text,
    )


def _located(exc: InovasiDaerahError, rid: str, reg: RegionRecord) -> InovasiDaerahError:
    """The same error, its field followed by the ids of the region and innovation."""
    label = f"region {rid!r}"
    m = re.search(r"\.innovations\[(\d+)\]", exc.field or "")
    if m is not None:
        label += f", innovation {str(reg.get('innovations', [])[int(m.group(1))]['id'])!r}"
    return exc.with_field(f"{exc.field} ({label[:160]})")


def _position(block: _Block, key: str, where: str) -> int:
    i = block.index.get(key)
    if i is None:
        i = block.index.get(key.strip().lower())
    if i is None:
        raise UnknownIndicator(
            "indikator tidak dikenal dalam edisi ini",
            field=f"{where}.{key}",
            message_en="indicator unknown in this edition",
        )
    return i


def _levels(block: _Block, value: Any, where: str) -> list[int]:
    """A level list in catalogue order from the list form (checked) or the mapping form."""
    if type(value) is list:
        if len(value) != len(block.keys):
            raise InvalidInput(
                f"harus {len(block.keys)} level (indikator {block.keys[0]}..{block.keys[-1]} "
                f"berurutan), ada {len(value)}",
                field=where,
                message_en=f"must be {len(block.keys)} levels (indicators "
                f"{block.keys[0]}..{block.keys[-1]} in order), got {len(value)}",
            )
        return value
    out = [0] * len(block.keys)
    seen: set[int] = set()
    for key, lv in value.items():
        i = _position(block, key, where)
        if i in seen:
            raise InvalidInput(
                "indikator disebut lebih dari sekali",
                field=f"{where}.{key}",
                message_en="indicator given more than once",
            )
        seen.add(i)
        out[i] = lv
    return out


def _statuses(block: _Block, value: Any, where: str) -> list[EvidenceStatus]:
    """Evidence statuses in catalogue order; absent = pending (as a plain level in the engine)."""
    if value is None:
        return [EvidenceStatus.PENDING] * len(block.keys)
    if isinstance(value, str | list):
        seq: list[EvidenceStatus] = (
            [EVIDENCE_CODES[c] for c in value] if isinstance(value, str) else value
        )
        if len(seq) != len(block.keys):
            raise InvalidInput(
                f"harus {len(block.keys)} status bukti sejajar dengan level, ada {len(seq)}",
                field=where,
                message_en=f"must be {len(block.keys)} evidence statuses alongside the levels, "
                f"got {len(seq)}",
            )
        return seq
    out = [EvidenceStatus.PENDING] * len(block.keys)
    for key, st in value.items():
        out[_position(block, key, where)] = st
    return out


def _accepted(block: _Block, value: Any, where: str) -> list[int | None]:
    if type(value) is list:
        if len(value) != len(block.keys):
            raise InvalidInput(
                f"harus {len(block.keys)} level diterima (atau null)",
                field=where,
                message_en=f"must be {len(block.keys)} accepted levels (or null)",
            )
        return value
    out: list[int | None] = [None] * len(block.keys)
    for key, lv in value.items():
        out[_position(block, key, where)] = lv
    return out


def _effective(
    plan: _Plan, block: _Block, levels: list[int], evidence: Any, accepted: Any, where: str
) -> list[int]:
    """The levels that score, per indicator by the core evidence rule
    (:func:`~inovasi_daerah.iga._core.effective`, iid_iga.md §3.8), for any shape of evidence
    and verifier's levels; a verifier's level above the submitted one is refused."""
    statuses = _statuses(block, evidence, f"{where}.evidence")
    acc = None if accepted is None else _accepted(block, accepted, f"{where}.accepted")
    verified = plan.projection == "verified"
    rejected = plan.rejected
    out = list(levels)
    for i, st in enumerate(statuses):
        lv = levels[i]
        if lv not in block.tables[i]:  # a declared level off the scale, as the tables refuse it
            raise KeyError
        a = None if acc is None else acc[i]
        if a is not None and a > lv:
            raise InvalidInput(
                "level yang diterima verifikator tidak boleh melebihi level yang diajukan",
                field=f"{where}.accepted[{i}]",
                value=a,
                message_en="the level the verifier accepted may not exceed the level submitted",
            )
        out[i] = core.effective(lv, st, a, verified=verified, rejected=rejected)[0]
    return out


def _spd(plan: _Plan, reg: RegionRecord, where: str) -> Decimal:
    """The region's SPD score: given (``spd_score``, 0..maximum as ``iga.index``), or
    Σ weight × effective level over the SPD rows, or 0 without a profile."""
    if "spd_score" in reg:
        if "spd" in reg:
            raise InvalidInput(
                "isi spd atau spd_score, tidak keduanya",
                field=f"{where}.spd_score",
                message_en="give spd or spd_score, not both",
            )
        spd = Decimal(reg["spd_score"])
        if spd < 0 or spd > plan.spd_max:  # as iga.index: a negative score is refused too
            raise InvalidInput(
                f"skor SPD harus 0..{plan.spd_max}",
                field=f"{where}.spd_score",
                value=str(spd),
                message_en=f"the SPD score must be 0..{plan.spd_max}",
            )
        return spd
    if "spd" in reg:
        block = plan.spd
        lv = _levels(block, reg["spd"], f"{where}.spd")
        if plan.projection != "declared" or "spd_evidence" in reg or "spd_accepted" in reg:
            lv = _effective(
                plan, block, lv, reg.get("spd_evidence"), reg.get("spd_accepted"), f"{where}.spd"
            )
        return plan.decimal(sum(map(getitem, block.tables, lv)))
    return _ZERO


def _scored_levels(plan: _Plan, inv: InnovationRecord, where: str) -> list[int]:
    """An innovation's SID levels after the evidence rule, in catalogue order, for the shapes
    the loop of :func:`_score_innovations` does not read itself (mappings, lists of
    statuses, verifier's levels, the "verified" projection without codes)."""
    sid = plan.sid
    levels = inv["levels"]
    if type(levels) is not list or len(levels) != len(sid.tables):
        levels = _levels(sid, levels, f"{where}.levels")
    ev = inv.get("evidence")
    if type(ev) is str and len(ev) == len(sid.tables) and "accepted" not in inv:
        return _coded(plan, levels, ev)
    if ev is not None or plan.projection != "declared" or "accepted" in inv:
        return _effective(plan, sid, levels, ev, inv.get("accepted"), where)
    return levels


def _coded(plan: _Plan, levels: list[int], ev: str) -> list[int]:
    """Levels under evidence codes without verifier's levels: the core rule's answers read
    from the plan's tables (unchanged when every code scores the level as declared)."""
    for c in plan.changing:
        if c in ev:
            table = plan.evidence_levels
            return list(map(getitem, map(table.__getitem__, ev), levels))
    return levels


def _main_urusan_conflict(inv: InnovationRecord, where: str) -> None:
    """Refuse an urusan utama given again among the other urusan (as the engine's model)."""
    u = inv.get("urusan")
    if u is not None and u in inv.get("other_urusan", ()):
        raise InvalidInput(
            "urusan utama juga disebut sebagai urusan lain",
            field=f"{where}.other_urusan",
            value=u.value,
            message_en="the main urusan is also given as another urusan",
        )


def _score_innovations(
    plan: _Plan, where: str, rid: str, invs: Sequence[InnovationRecord], out: list[tuple[Any, ...]]
) -> _Tally:
    """Score a region's innovations, appending one :class:`InnovationScore` tuple each to
    ``out``; the tally of those counted in *n*.

    Every rule is the core's (:mod:`~inovasi_daerah.iga._core`): the evidence rule, the
    eligibility checks and their verdict, who counts in *n* and the yandas urusan, called
    here or read from the plan's tables of its answers (a national year runs this loop
    tens of thousands of times, so the lookups stay inline).
    """
    sid = plan.sid
    tables, n_sid = sid.tables, len(sid.tables)
    declared = plan.projection == "declared"
    window, window_passes = plan.window, core.window_passes
    decisions, yandas_main = plan.decisions, plan.yandas_main
    # the wajib check needs the empty indicators only when its answer depends on them
    known = _getter(sid.known) if sid.known and plan.mandatory_varies else None
    unknown = _getter(sid.unknown) if sid.unknown and plan.mandatory_varies else None
    memo, changing = plan.memo, plan.changing
    covered: set[Urusan] = set()
    total = n = 0
    seen: set[str] = set()
    for j, inv in enumerate(invs):
        iid = inv["id"]
        if type(iid) is not str:
            iid = str(iid)
        if iid in seen:
            raise InvalidInput(
                f"id inovasi {iid!r} dipakai dua kali dalam daerah {rid!r}",
                field=f"{where}.innovations[{j}].id",
                message_en=f"innovation id {iid!r} used twice in region {rid!r}",
            )
        seen.add(iid)
        # -- evidence rule (core.effective, through the plan's tables for the common shapes)
        levels = inv["levels"]
        ev = inv.get("evidence")
        if type(levels) is not list or len(levels) != n_sid or "accepted" in inv:
            levels = _scored_levels(plan, inv, f"{where}.innovations[{j}]")
        elif type(ev) is str and len(ev) == n_sid:
            for c in changing:
                if c in ev:
                    levels = _coded(plan, levels, ev)
                    break
        elif ev is not None or not declared:
            levels = _scored_levels(plan, inv, f"{where}.innovations[{j}]")
        m = sum(map(getitem, tables, levels))
        # -- eligibility and the count in n (core checks, verdict and counts_in_n)
        stage = inv["stage"]
        key = (
            None
            if window is None
            else window_passes(window, inv.get("applied_on"), inv.get("developed_on")),
            stage,
            known is not None and 0 in known(levels),
            unknown is not None and 0 in unknown(levels),
            inv.get("previous_entries", 0),
        )
        decided = decisions.get(key)  # one hash of the key tuple, not two
        eligible, counted = plan.decide(key) if decided is None else decided
        # -- the yandas coverage (core.yandas_urusan)
        others = inv.get("other_urusan")
        u = inv.get("urusan")
        if others and u in others:
            _main_urusan_conflict(inv, f"{where}.innovations[{j}]")
        if counted:
            n += 1
            total += m
            covered.update(
                core.yandas_urusan(plan.yandas_basis, u, others) if others else yandas_main[u]
            )
        scored = memo.get(m)
        maturity, share = plan.maturity(m) if scored is None else scored
        out.append((rid, iid, inv["name"], maturity, share, eligible, counted))
    return _Tally(n, total, frozenset(covered))


def _score_region(
    plan: _Plan, r: int, rid: str, reg: RegionRecord, out: list[tuple[Any, ...]]
) -> RegionScore:
    """One region's row: its SPD, its innovations (appended to ``out``) and the engine's own
    index formula (:func:`~inovasi_daerah.iga.index_value`, iid_iga.md §3.4)."""
    where = f"regions[{r}]"
    spd = _spd(plan, reg, where)
    invs = reg.get("innovations", ())
    tally = _score_innovations(plan, where, rid, invs, out)
    maturity_sum = plan.decimal(tally.total)
    parts = index_value(
        spd=spd,
        maturity_sum=maturity_sum,
        n=tally.n,
        yandas_covered=len(tally.covered),
        rules=plan.rules,
    )
    return RegionScore(
        id=rid,
        name=reg["name"],
        level=reg["level"],
        spd=spd,
        maturity_sum=maturity_sum,
        sid=parts.sid,
        count_score=parts.count_score,
        divisor=parts.divisor,
        empty_seats=max(0, plan.k - tally.n),
        yandas_covered=len(tally.covered),
        value=parts.value,
        predicate=parts.predicate,
        n=tally.n,
        sent=len(invs),
    )
