"""IGA editions from rule files: the file format, the loader and run-time extension.

Every IGA edition is a TOML file under ``inovasi_daerah/rules/iga/`` (2023-2026, and the
2027-2029 forecasts). A file names its indicators, levels, bounds and parameters by key, each
beside its citation, and may ``extends = "iga-2026"`` another edition to change only what
differs. :func:`load_edition` reads a user's own file with exactly the same checks and
registers it for :func:`~inovasi_daerah.iga.edition_for` by its validity dates; results
computed with it name the file in the edition's citation.

See ``docs/rules-as-data.md`` for how to write one.

>>> from inovasi_daerah.iga.files import shipped_files
>>> sorted(shipped_files())[:2]
['iga-2023', 'iga-2024']
"""

from __future__ import annotations

import dataclasses
import threading
from collections.abc import Mapping
from enum import StrEnum
from functools import cache
from os import PathLike
from pathlib import Path
from typing import Any

from inovasi_daerah._levels import LEVELS, RULE_FILE
from inovasi_daerah.errors import DataIntegrityError, InovasiDaerahError, InvalidInput
from inovasi_daerah.iga._build import normalize_text
from inovasi_daerah.iga.model import (
    DECIMAL_ROUNDING_MODES,
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
from inovasi_daerah.iga.policies import (
    POLICY_ENUMS,
    CountInN,
    KecepatanStart,
    MonthCount,
    ProvisionalBasis,
    RejectedEvidence,
    RoundingStep,
    YandasBasis,
)
from inovasi_daerah.law import OPEN, Citation, Param
from inovasi_daerah.law.load import (
    BOOL,
    DATE,
    DECIMAL,
    INT,
    STR,
    TEXT,
    ArrayOf,
    Choice,
    Citations,
    Field,
    ListOf,
    MapOf,
    Merge,
    Table,
    Where,
    build_params,
    citation_kind,
    cite_rule_file,
    decimal_of,
    json_schema,
    load_shipped,
    parameters_table,
    read_rule_file,
    require_type,
    resolve,
    rules_root,
    text_of,
)
from inovasi_daerah.models.enums import Stage

#: the level scale as a reader sees it ("1, 2, 3"), in the file format's docs and errors
_LEVELS_TEXT = ", ".join(map(str, LEVELS))

__all__ = [
    "EDITION_FILE",
    "LEVELS_FILE",
    "PARAMETER_KINDS",
    "edition_data",
    "edition_from_file",
    "edition_schema",
    "level_scale",
    "load_edition",
    "resolved_data",
    "shipped_edition",
    "shipped_files",
]

# -- the level scale (rules/iga_scale/levels.toml) --------------------------------------------

#: The format of the level-scale file every edition shares (iid_iga.md §3.1). ``_levels``
#: reads its two values with the standard library at import (no cycle); this format checks
#: the file, its citations and its types like every other rule file.
LEVELS_FILE = Table(
    {
        "id": Field(STR, True),
        "checked": Field(DATE, True, "default date the citations were checked"),
        "citations": Field(MapOf(citation_kind()), doc="named citations"),
        "parameters": Field(parameters_table({"levels": ArrayOf(INT), "no_level": INT}), True),
    },
    "the IGA indicator level scale shared by every edition",
)


def level_scale() -> dict[str, Any]:
    """The checked, cited parameters of the level-scale file (``levels``, ``no_level``).

    Raises:
        DataIntegrityError: the file breaks its format, lacks a citation, or its levels are
            not 1, 2, ... in order above ``no_level``.
    """
    data, cites, where = load_shipped(RULE_FILE, LEVELS_FILE)
    params = build_params(data, cites, where, lambda _k, v, _w: v)
    levels = tuple(params["levels"].value)
    none = params["no_level"].value
    if not levels or levels != tuple(range(none + 1, none + 1 + len(levels))):
        raise where.error(
            "levels",
            f"level harus berurutan mulai {none + 1}",
            levels,
            message_en=f"levels must run in order from {none + 1}",
        )
    return params


# -- the format --------------------------------------------------------------------------------

CITE = citation_kind()
_BOUNDS_DOC = (
    "the level's numeric range: 'a-b', '>=a', '>a', '<=b', '<b', 'a' or 'a..b' "
    "(for negative numbers)"
)

LEVEL = Table(
    {
        "level": Field(INT, True, "1, 2 or 3"),
        "condition": Field(TEXT, True, "the level's condition as published"),
        "evidence": Field(TEXT, doc="what to upload (default: the indicator's evidence)"),
        "bounds": Field(STR, doc=_BOUNDS_DOC),
        "years": Field(
            ListOf(ArrayOf(INT)),
            doc="sets of years (offsets from T-0), any of which earns the level",
        ),
        "cite": Field(CITE, doc="default: the indicator's citation"),
    },
    "one level (parameter option) of an indicator",
    label="level",
)

BASIS = Table(
    {
        "key": Field(STR, True),
        "title": Field(TEXT, True),
        "unit": Field(TEXT, True),
        "bounds": Field(
            ListOf(STR, len(LEVELS), len(LEVELS)), True, f"levels {_LEVELS_TEXT}; " + _BOUNDS_DOC
        ),
        "direction": Field(Choice(tuple(d.value for d in Direction))),
        "note": Field(TEXT),
    },
    "one alternative basis of a multi-basis indicator",
    label="key",
)

INDICATOR = Table(
    {
        "number": Field(STR, True, "the official number ('16', '2a')"),
        "code": Field(STR, True, "stable snake_case code shared by editions"),
        "block": Field(Choice(tuple(b.value for b in Block)), True),
        "name": Field(TEXT, True),
        "weight": Field(DECIMAL, True, "bobot"),
        "mandatory": Field(BOOL, doc="wajib; leave out when not established"),
        "mandatory_cite": Field(CITE, True, "where the wajib flag (or its absence) comes from"),
        "cite": Field(CITE, True, "where the indicator, its weight and levels come from"),
        "variable": Field(TEXT),
        "description": Field(TEXT),
        "aliases": Field(ArrayOf(STR)),
        "unit": Field(TEXT),
        "direction": Field(Choice(tuple(d.value for d in Direction))),
        "signed": Field(BOOL, doc="the fact may be negative"),
        "share": Field(BOOL, doc="the fact is a percentage of a whole: 0-100, never above"),
        "evidence": Field(TEXT, doc="what to upload, for every level"),
        "categories": Field(MapOf(INT), doc="category name -> level"),
        "categories_cite": Field(
            CITE, doc="set when the category map is not the edition's own (carried, flagged)"
        ),
        "notes": Field(ArrayOf(TEXT)),
        "level": Field(ListOf(LEVEL, len(LEVELS), len(LEVELS)), True, f"levels {_LEVELS_TEXT}"),
        "basis": Field(ListOf(BASIS)),
    },
    "one indicator (SID) or score row (SPD)",
    label="number",
)

_BAND = Table(
    {
        "predicate": Field(Choice(tuple(p.value for p in Predicate)), True),
        "low": Field(DECIMAL, True),
        "high": Field(DECIMAL, True),
    },
    "a predicate band, both ends inclusive",
)
_MAXIMA = Table(
    {k: Field(DECIMAL, True) for k in ("spd_weight", "sid_weight", "spd", "sid", "sji", "total")},
    "the maxima and weight sums the reference states (checked against the derived ones)",
)
_WINDOW = Table({"from": Field(DATE, True), "to": Field(DATE, True)})

#: The kind of every parameter's ``value``, by key.
PARAMETER_KINDS: Mapping[str, Any] = {
    "divisor_k": INT,
    "sji_rate": DECIMAL,
    "sji_n_cap": INT,
    "yandas_minimum": INT,
    "bands": ListOf(_BAND, 1),
    "decimal_places": INT,
    "rounding_mode": Choice(DECIMAL_ROUNDING_MODES),
    "stated_maxima": _MAXIMA,
    "eligibility_window": _WINDOW,
    "required_stage": Choice(tuple(s.value for s in Stage)),
    "max_entries": INT,
    "mandatory_empty_ineligible": BOOL,
    "rancang_bangun_min_words": INT,
    "rejected_evidence": Choice(tuple(m.value for m in RejectedEvidence)),
    "count_in_n": Choice(tuple(m.value for m in CountInN)),
    "yandas_basis": Choice(tuple(m.value for m in YandasBasis)),
    "gap_rule": STR,
    "rounding_step": Choice(tuple(m.value for m in RoundingStep)),
    "kecepatan_start": Choice(tuple(m.value for m in KecepatanStart)),
    "month_count": Choice(tuple(m.value for m in MonthCount)),
    "provisional_basis": Choice(tuple(m.value for m in ProvisionalBasis)),
}

#: Policies whose values are Enum members (written as their value text in the files).
_POLICY_ENUMS: Mapping[str, type[StrEnum]] = POLICY_ENUMS

#: Parameters only some editions have (2024 and 2025: where their open parameters come from).
_OPTIONAL_PARAMETERS = ("provisional_basis",)


def _param_table(key: str) -> Table:
    return Table(
        {
            "value": Field(PARAMETER_KINDS[key], doc="leave out (with open = true) if not given"),
            "open": Field(BOOL, doc="true: the law gives no value (the caller supplies one)"),
            "title": Field(TEXT, True),
            "cite": Field(CITE, True),
            "options": Field(ArrayOf(STR), doc="a named policy's alternatives"),
        },
        f"parameter {key}",
    )


PARAMETERS = Table(
    {k: Field(_param_table(k), k not in _OPTIONAL_PARAMETERS) for k in PARAMETER_KINDS},
    "the parameters",
)

#: The parameters a provisional basis may set (iid_iga.md §15 item 2).
_BASIS_KEYS = ("divisor_k", "sji_rate", "sji_n_cap", "yandas_minimum")
_BASIS_VALUES = MapOf(
    Table(
        {
            k: Field(Table({"value": Field(PARAMETER_KINDS[k], True), "cite": Field(CITE, True)}))
            for k in _BASIS_KEYS
        },
        "what a named provisional basis sets besides its source edition's values",
    )
)

EDITION_FILE = Table(
    {
        "id": Field(STR, True, "e.g. 'iga-2026'"),
        "extends": Field(STR, doc="the id of the edition this file changes"),
        "family": Field(Choice(("iga",)), True),
        "year": Field(INT, True),
        "title": Field(TEXT, True),
        "cite": Field(CITE, True, "the edition's instrument"),
        "checked": Field(DATE, True, "default date the citations were checked"),
        "valid": Field(
            Table({"from": Field(DATE, True), "to": Field(DATE)}),
            True,
            "validity, both ends inclusive; no 'to' = until replaced",
        ),
        "provisional": Field(BOOL),
        "forecast": Field(BOOL),
        "inherited": Field(ArrayOf(STR)),
        "notes": Field(ArrayOf(TEXT)),
        "citations": Field(MapOf(citation_kind()), doc="named citations, cited by name"),
        "every_indicator": Field(
            Table({"cite": Field(CITE, True)}),
            doc="with extends: re-cite every indicator inherited from the parent",
        ),
        "parameters": Field(PARAMETERS, True),
        "provisional_basis_values": Field(
            _BASIS_VALUES, doc="per provisional basis: the values it sets itself (2024)"
        ),
        "indicator": Field(ListOf(INDICATOR, 1), True, "the indicator catalogue, in order"),
    },
    "An IGA edition",
)

_MERGE = Merge(
    keyed={
        "indicator": (
            "number",
            Merge(keyed={"level": ("level", Merge()), "basis": ("key", Merge())}),
        )
    },
    fields={"citations": Merge(), "parameters": Merge(each=True)},
)


def edition_schema() -> dict[str, Any]:
    """The JSON Schema of an IGA edition file."""
    return json_schema(
        EDITION_FILE,
        title="Berkas aturan edisi IGA (IGA edition rule file)",
        schema_id="https://inovasi-daerah.example/schema/aturan-iga.json",
    )


# -- shipped files ------------------------------------------------------------------------------

_LOCK = threading.RLock()
#: rule sets read from users' files: id -> (raw data, file name)
_USER_RAW: dict[str, tuple[dict[str, Any], str]] = {}


@cache
def shipped_files() -> dict[str, Path]:
    """The shipped edition files by edition id."""
    out: dict[str, Path] = {}
    for path in sorted((rules_root() / "iga").glob("*.toml")):
        data = read_rule_file(path)
        ident = data.get("id")
        if not isinstance(ident, str):
            raise Where(path.name).error(
                "id", "kunci wajib tidak ada", message_en="required key missing"
            )
        out[ident] = path
    return out


@cache
def _shipped_raw(ident: str) -> tuple[dict[str, Any], str]:
    path = shipped_files()[ident]
    return read_rule_file(path), f"rules/iga/{path.name}"


def _lookup(ident: str) -> tuple[dict[str, Any], str]:
    if ident in _USER_RAW:
        return _USER_RAW[ident]
    if ident in shipped_files():
        return _shipped_raw(ident)
    known = sorted({*shipped_files(), *_USER_RAW})
    raise DataIntegrityError(
        f"tidak ada edisi {ident!r} untuk extends; ada: {known}",
        field="extends",
        value=ident,
        message_en=f"no edition {ident!r} to extend; known: {known}",
    )


def _recite_all(parent: dict[str, Any], child: dict[str, Any]) -> dict[str, Any]:
    every = child.get("every_indicator")
    out = {k: v for k, v in parent.items() if k != "every_indicator"}
    if not every:
        return out
    out["indicator"] = [
        {
            **ind,
            "cite": every["cite"],
            "level": [{k: v for k, v in lv.items() if k != "cite"} for lv in ind["level"]],
        }
        for ind in parent["indicator"]
    ]
    return out


def resolved_data(data: dict[str, Any], file: str) -> dict[str, Any]:
    """A file's data checked and with its ``extends`` chain resolved (plain TOML data)."""
    require_type(data, dict, "data", "tabel (dict)", "a table (dict)")
    require_type(file, str, "file", "teks (nama berkas)", "text (a file name)")
    where = Where(file)
    EDITION_FILE.check_keys(data, where, partial=bool(data.get("extends")))
    out = resolve(data, where, _lookup, _MERGE, before_merge=_recite_all)
    out.pop("every_indicator", None)
    if data.get("extends"):
        _check_merged(out, data, where)
    return out


def _check_merged(out: Mapping[str, Any], child: Mapping[str, Any], where: Where) -> None:
    # The parent is checked when it is loaded; what the child wrote is checked again once
    # merged over the parent's entries (a new indicator must then be complete).
    for key, spec in EDITION_FILE.fields.items():
        if spec.required and key not in out:
            raise where.error(key, "kunci wajib tidak ada", message_en="required key missing")
    for key in child.get("parameters", {}):
        PARAMETERS.fields[key].kind.check(out["parameters"][key], where.at("parameters"), key)
    numbers = {i.get("number") for i in child.get("indicator", ())}
    for ind in out["indicator"]:
        if ind.get("number") in numbers:
            INDICATOR.check(ind, where, "indicator")


def shipped_edition(ident: str) -> Edition:
    """The shipped edition ``ident`` ('iga-2026'), loaded and checked once per process."""
    require_type(ident, str, "ident", "teks seperti 'iga-2026'", "text such as 'iga-2026'")
    if ident not in shipped_files():
        raise InvalidInput(
            f"tidak ada edisi bawaan {ident[:50]!r}; ada: {sorted(shipped_files())}",
            field="ident",
            message_en=f"no shipped edition {ident[:50]!r}; known: {sorted(shipped_files())}",
        )
    return _shipped_edition(ident)


@cache
def _shipped_edition(ident: str) -> Edition:
    raw, file = _shipped_raw(ident)
    return edition_from_file(raw, file)


def edition_from_file(data: dict[str, Any], file: str) -> Edition:
    """Build and check an :class:`Edition` from a rule file's parsed data."""
    require_type(data, dict, "data", "tabel (dict)", "a table (dict)")
    require_type(file, str, "file", "teks (nama berkas)", "text (a file name)")
    where = Where(file)
    d = resolved_data(data, file)
    cites = Citations(d.get("citations", {}), d["checked"], where)
    try:
        edition = _build(d, cites, where)
        edition.check()
    except DataIntegrityError as exc:
        if exc.field and exc.field.startswith(file):
            raise
        raise DataIntegrityError(
            exc.message, field=f"{file}: {exc.field}", message_en=exc.message_en
        ) from None
    except InovasiDaerahError as exc:
        raise DataIntegrityError(str(exc), field=file, message_en=exc.text("en")) from None
    return edition


# -- building the models ------------------------------------------------------------------------


def _build(d: Mapping[str, Any], cites: Citations, where: Where) -> Edition:
    params: dict[str, Any] = {
        key: _param(key, d["parameters"][key], cites, where.at(f"parameters.{key}"))
        for key in PARAMETER_KINDS
        if key in d["parameters"]
    }
    valid = d["valid"]
    return Edition(
        id=d["id"],
        family=d["family"],
        year=d["year"],
        title=text_of(d["title"]),
        citation=cites.get(d["cite"], "cite"),
        valid_from=valid["from"],
        valid_to=valid.get("to"),
        provisional=d.get("provisional", False),
        forecast=d.get("forecast", False),
        indicators=tuple(
            _indicator(i, cites, where.at(f"indicator {i['number']}")) for i in d["indicator"]
        ),
        basis_values=_basis_values(d.get("provisional_basis_values", {}), cites, where),
        inherited=tuple(d.get("inherited", ())),
        notes=tuple(text_of(n) for n in d.get("notes", ())),
        **params,
    )


def _basis_values(
    raw: Mapping[str, Mapping[str, Any]], cites: Citations, where: Where
) -> tuple[tuple[str, tuple[tuple[str, Any, Citation], ...]], ...]:
    out = []
    for basis, table in raw.items():
        w = where.at(f"provisional_basis_values.{basis}")
        _member(ProvisionalBasis, basis, w)
        out.append(
            (
                basis,
                tuple(
                    (key, _value(key, t["value"], w), cites.get(t["cite"], "cite", w))
                    for key, t in table.items()
                ),
            )
        )
    return tuple(out)


def _param(key: str, p: Mapping[str, Any], cites: Citations, where: Where) -> Param[Any]:
    citation = cites.get(p["cite"], "cite", where)
    if p.get("open"):
        if "value" in p:
            raise where.error(
                "value",
                "parameter terbuka (open = true) tidak boleh memberi nilai",
                message_en="an open parameter (open = true) gives no value",
            )
        value: Any = OPEN
    elif "value" not in p:
        raise where.error(
            "value",
            "nilai tidak ada; tulis open = true bila hukum tak menetapkan",
            message_en="no value; write open = true where the law sets none",
        )
    else:
        value = _value(key, p["value"], where)
    options = p.get("options")
    enum = _POLICY_ENUMS.get(key)
    if options is not None and enum is not None:
        options = [_member(enum, o, where) for o in options]
    try:
        return Param(
            key,
            value,
            citation,
            text_of(p["title"]),
            None if options is None else tuple(options),
        )
    except InovasiDaerahError as exc:
        raise where.error("value", exc.message, p.get("value"), message_en=exc.message_en) from None


def _value(key: str, v: Any, where: Where) -> Any:
    if key == "sji_rate":
        return decimal_of(v, where, "value")
    if key == "bands":
        return tuple(
            Band(
                Predicate(b["predicate"]),
                decimal_of(b["low"], where, "low"),
                decimal_of(b["high"], where, "high"),
            )
            for b in v
        )
    if key == "stated_maxima":
        return StatedMaxima(**{k: decimal_of(x, where, k) for k, x in v.items()})
    if key == "eligibility_window":
        return (v["from"], v["to"])
    if key == "required_stage":
        return Stage(v)
    if key in _POLICY_ENUMS:
        return _member(_POLICY_ENUMS[key], v, where)
    return v


def _member(enum: type[StrEnum], v: object, where: Where) -> StrEnum:
    try:
        return enum(str(v))
    except ValueError:
        choices = [m.value for m in enum]
        raise where.error(
            "value",
            f"harus salah satu dari {choices}",
            v,
            message_en=f"must be one of {choices}",
        ) from None


def _interval(text: str, where: Where, key: str) -> Interval:
    try:
        return Interval.parse(text)
    except (ArithmeticError, InovasiDaerahError):  # Interval.parse refuses with InvalidInput
        raise where.error(
            key, "batas tidak terbaca", text, message_en="unreadable bounds"
        ) from None


def _indicator(i: Mapping[str, Any], cites: Citations, where: Where) -> Indicator:
    citation = cites.get(i["cite"], "cite", where)
    levels = sorted(i["level"], key=lambda lv: lv["level"])
    if tuple(lv["level"] for lv in levels) != LEVELS:
        raise where.error(
            "level", f"level harus {_LEVELS_TEXT}", message_en=f"levels must be {_LEVELS_TEXT}"
        )
    default_evidence = i.get("evidence")
    built: list[Level] = []
    for lv in levels:
        w = where.at(f"level {lv['level']}")
        evidence = lv.get("evidence", default_evidence)
        if evidence is None:
            raise w.error(
                "evidence",
                "bukti tidak ada, di sini maupun pada indikator",
                message_en="no evidence, here or on the indicator",
            )
        built.append(
            Level(
                number=lv["level"],
                condition=text_of(lv["condition"]),
                evidence=text_of(evidence),
                citation=cites.get(lv["cite"], "cite", w) if "cite" in lv else citation,
                bounds=_interval(lv["bounds"], w, "bounds") if "bounds" in lv else None,
            )
        )
    has_bounds = any(lv.bounds is not None for lv in built)
    direction = Direction(i["direction"]) if "direction" in i else None
    if has_bounds and direction is None:
        raise where.error(
            "direction", "batas angka tanpa arah", message_en="bounds need a direction"
        )
    years = [lv.get("years") for lv in levels]
    if any(y is not None for y in years) and any(y is None for y in years):
        raise where.error(
            "years",
            "tahun harus ada pada ketiga level",
            message_en="years must be given on all 3 levels",
        )
    return Indicator(
        number=i["number"],
        code=i["code"],
        name=text_of(i["name"]),
        block=Block(i["block"]),
        weight=decimal_of(i["weight"], where, "weight"),
        levels=(built[0], built[1], built[2]),
        citation=citation,
        mandatory=i.get("mandatory"),
        mandatory_citation=cites.get(i["mandatory_cite"], "mandatory_cite", where),
        variable=_opt_text(i.get("variable")),
        description=_opt_text(i.get("description")),
        aliases=tuple(i.get("aliases", ())),
        unit=_opt_text(i.get("unit")),
        direction=direction,
        bases=tuple(_basis(b, where.at(f"basis {b['key']}")) for b in i.get("basis", ())),
        year_sets=tuple(tuple(frozenset(s) for s in y) for y in years if y is not None),
        categories=tuple((normalize_text(k), v) for k, v in i.get("categories", {}).items()),
        notes=tuple(text_of(n) for n in i.get("notes", ())),
        signed=i.get("signed", False),
        share=i.get("share", False),
        categories_citation=cites.get(i["categories_cite"], "categories_cite", where)
        if "categories_cite" in i
        else None,
    )


def _opt_text(v: Mapping[str, Any] | None) -> Any:
    return None if v is None else text_of(v)


def _basis(b: Mapping[str, Any], where: Where) -> Basis:
    bounds = tuple(_interval(x, where, "bounds") for x in b["bounds"])
    return Basis(
        key=b["key"],
        title=text_of(b["title"]),
        unit=text_of(b["unit"]),
        bounds=(bounds[0], bounds[1], bounds[2]),
        direction=Direction(b.get("direction", Direction.HIGHER_BETTER.value)),
        note=_opt_text(b.get("note")),
    )


# -- run-time extension ---------------------------------------------------------------------------


def load_edition(path: str | PathLike[str]) -> Edition:
    """Load a user's edition file, check it like a shipped one, register it for edition_for.

    The file may ``extends = "iga-2026"`` (or another loaded edition) and change only what
    differs. Its validity may not overlap another edition nor leave a gap; an open-ended
    edition stays in force until the day before the next one starts. The edition's
    citation names the file (``url``), so every result computed with it does.
    """
    from inovasi_daerah.iga.registry import register_user_edition

    require_type(
        path,
        (str, PathLike),
        "path",
        "jalur berkas (str atau os.PathLike)",
        "a file path (str or os.PathLike)",
    )
    p = Path(path)
    data = read_rule_file(p)
    with _LOCK:
        edition = edition_from_file(data, p.name)
        edition = dataclasses.replace(edition, citation=cite_rule_file(edition.citation, p))
        try:
            register_user_edition(edition)
        except DataIntegrityError as exc:
            raise DataIntegrityError(
                exc.message, field=f"{p.name}: {exc.field}", message_en=exc.message_en
            ) from None
        _USER_RAW[edition.id] = (data, p.name)
    return edition


# -- export -------------------------------------------------------------------------------------


def edition_data(edition: Edition) -> dict[str, Any]:
    """The resolved rule data of ``edition`` as JSON-ready data, every value with its citation.

    Parameters, the indicator catalogue (levels, bounds, evidence, categories) and the maxima
    derived from them; for applications in other languages.
    """
    require_type(edition, Edition, "edition", "Edition IGA", "an IGA Edition")
    from inovasi_daerah.law import to_jsonable

    params = [p.to_dict() for p in (getattr(edition, key, None) for key in PARAMETER_KINDS) if p]
    return {
        "format": "inovasi-daerah/aturan-iga",
        "version": 1,
        "id": edition.id,
        "family": edition.family,
        "year": edition.year,
        "title": edition.title.model_dump(),
        "valid": {
            "from": edition.valid_from.isoformat(),
            "to": None if edition.valid_to is None else edition.valid_to.isoformat(),
        },
        "provisional": edition.provisional,
        "forecast": edition.forecast,
        "citation": edition.citation.model_dump(mode="json"),
        "inherited": list(edition.inherited),
        "notes": [n.model_dump() for n in edition.notes],
        "parameters": {p["key"]: p for p in params},
        "derived": to_jsonable(
            {
                "spd_weight": edition.spd_weight,
                "sid_weight": edition.sid_weight,
                "spd_max": edition.spd_max,
                "sid_max": edition.sid_max,
                "sji_max": edition.sji_max,
                "total_max": edition.total_max,
            }
        ),
        "provisional_basis_values": {
            basis: {
                key: {"value": to_jsonable(value), "citation": c.model_dump(mode="json")}
                for key, value, c in values
            }
            for basis, values in edition.basis_values
        },
        "indicators": edition.catalogue(),
    }
