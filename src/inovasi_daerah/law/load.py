"""The generic rule-file loader: TOML in, checked plain data out, with errors naming the place.

Rule data lives in TOML files under ``inovasi_daerah/rules/`` (one file per instrument
edition). This module knows nothing of innovation: it reads a file with the standard library's
:mod:`tomllib`, checks it against a small *spec* (the keys a table may hold and their kinds;
an unknown key is an error naming the file, the table and the key), resolves ``extends``
chains (a file changes only what differs from the one it extends), builds citations and
caches what it read. The families (``iga``, ...) turn the checked data into their immutable
models. The same spec gives the JSON Schema of the files (:func:`json_schema`).

Decimals are written as strings (TOML floats are binary), dates as TOML dates.

>>> spec = Table({"id": Field(STR, required=True), "k": Field(INT)})
>>> check(spec, {"id": "x", "k": 3}, Where("contoh.toml"))
>>> check(spec, {"id": "x", "q": 3}, Where("contoh.toml"))
Traceback (most recent call last):
...
inovasi_daerah.errors.DataIntegrityError: contoh.toml: [top level] q: kunci tidak dikenal; ...

Every such error carries an English text too (``message_en``, ``error.text("en")``).
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from importlib import resources
from os import PathLike
from pathlib import Path
from typing import Any

from inovasi_daerah.errors import DataIntegrityError, InovasiDaerahError, InvalidInput
from inovasi_daerah.law.citation import Citation, Status
from inovasi_daerah.law.text import Text

__all__ = [
    "BOOL",
    "DATE",
    "DECIMAL",
    "INT",
    "STR",
    "TEXT",
    "ArrayOf",
    "Choice",
    "Field",
    "Kind",
    "ListOf",
    "MapOf",
    "OneOf",
    "Table",
    "Where",
    "build_citation",
    "build_params",
    "check",
    "citation_kind",
    "cite_rule_file",
    "decimal_of",
    "json_schema",
    "load_shipped",
    "parameters_table",
    "read_rule_file",
    "rule_set_header",
    "rules_root",
    "text_of",
]

#: The maximum size of a rule file (a shipped edition is ~60 KB).
MAX_BYTES = 2_000_000

_DECIMAL_RE = re.compile(r"^-?\d+(\.\d+)?$")


@dataclass(frozen=True, slots=True)
class Where:
    """A place in a rule file: the file's name and the table path, for error messages."""

    file: str
    table: str = "top level"

    def at(self, table: str) -> Where:
        """The place of a sub-table."""
        return Where(self.file, table if self.table == "top level" else f"{self.table}.{table}")

    def error(
        self, key: str | None, message: str, value: object = None, *, message_en: str | None = None
    ) -> DataIntegrityError:
        """A :class:`DataIntegrityError` naming file, table and key (``message_en``: English)."""
        place = f"{self.file}: [{self.table}]" + (f" {key}" if key else "")
        if value is None:
            return DataIntegrityError(message, field=place, message_en=message_en)
        return DataIntegrityError(message, field=place, value=value, message_en=message_en)


def require_type(
    value: object, types: type | tuple[type, ...], name: str, what: str, what_en: str
) -> None:
    """Refuse an argument of the wrong type, naming it (the loader's entry points)."""
    if not isinstance(value, types) or (
        isinstance(value, bool) and bool not in (types if isinstance(types, tuple) else (types,))
    ):
        raise InvalidInput(
            f"argumen {name} harus {what}",
            field=name,
            value=type(value).__name__,
            message_en=f"argument {name} must be {what_en}",
        )


def require_fields(
    obj: object,
    types: Mapping[str, type | tuple[type | None, ...]],
    items: Mapping[str, type | tuple[type, ...]] | None = None,
) -> None:
    """Refuse a constructed object whose fields have the wrong types, naming the field.

    The frozen dataclasses of the rule data (``Edition``, ``Nip``, regional rules) call it first
    in ``__post_init__``, so that junk passed to their constructor gives the library's error
    (:class:`~inovasi_daerah.errors.InvalidInput`), not a Python one from the code after it.
    ``types`` maps a field to its accepted types (``None`` among them: may be None); ``items``
    maps a tuple field to the accepted types of its items.
    """
    for name, allowed in types.items():
        value = getattr(obj, name)
        accepted = allowed if isinstance(allowed, tuple) else (allowed,)
        if value is None and None in accepted:
            continue
        real = tuple(t for t in accepted if t is not None)
        names = [t.__name__ for t in real]
        require_type(value, real, name, " atau ".join(names), " or ".join(names))
        item_types = (items or {}).get(name)
        if item_types is not None:
            kinds = item_types if isinstance(item_types, tuple) else (item_types,)
            what = [t.__name__ for t in kinds]
            for i, item in enumerate(value):
                require_type(item, kinds, f"{name}[{i}]", " atau ".join(what), " or ".join(what))


def _place(where: object, key: object) -> None:
    """Refuse a ``where`` that is no :class:`Where` and a ``key`` that is no text."""
    require_type(
        where, Where, "where", "Where (tempat dalam berkas aturan)", "a Where (a rule-file place)"
    )
    if key is not None:
        require_type(key, str, "key", "teks", "text")


# -- the spec: kinds of values ------------------------------------------------------------------


class Kind:
    """A kind of value in a rule file: it checks a value and describes itself as JSON Schema."""

    def check(self, value: object, where: Where, key: str) -> None:
        """Raise :class:`DataIntegrityError` naming ``where`` and ``key`` if ``value`` is wrong."""
        raise NotImplementedError

    def schema(self) -> dict[str, Any]:
        """This kind as a JSON Schema fragment."""
        raise NotImplementedError


@dataclass(frozen=True)
class _Scalar(Kind):
    name: str
    types: tuple[type, ...]
    json: dict[str, Any]

    def check(self, value: object, where: Where, key: str) -> None:
        _place(where, key)
        ok = isinstance(value, self.types) and not (
            isinstance(value, bool) and bool not in self.types
        )
        if self.name == "decimal" and ok and isinstance(value, str):
            ok = bool(_DECIMAL_RE.match(value))
        if self.name == "text" and ok and isinstance(value, str):
            ok = bool(value.strip())
        if not ok:
            raise where.error(key, f"harus {self.name}", value, message_en=f"must be {self.name}")

    def schema(self) -> dict[str, Any]:
        return dict(self.json)


STR = _Scalar("text", (str,), {"type": "string", "minLength": 1})
INT = _Scalar("integer", (int,), {"type": "integer"})
BOOL = _Scalar("boolean", (bool,), {"type": "boolean"})
DATE = _Scalar("date", (date,), {"type": "string", "format": "date"})
DECIMAL = _Scalar(
    "decimal",
    (str, int),
    {
        "oneOf": [
            {"type": "string", "pattern": _DECIMAL_RE.pattern},
            {"type": "integer"},
        ],
        "description": "a decimal number written as a string (TOML floats are binary)",
    },
)


@dataclass(frozen=True)
class Choice(Kind):
    """One of a fixed set of strings (an enum's values)."""

    values: tuple[str, ...]

    def check(self, value: object, where: Where, key: str) -> None:
        """Raise :class:`DataIntegrityError` unless ``value`` is one of the allowed words."""
        _place(where, key)
        if not isinstance(value, str) or value not in self.values:
            raise where.error(
                key,
                f"harus salah satu dari {list(self.values)}",
                value,
                message_en=f"must be one of {list(self.values)}",
            )

    def schema(self) -> dict[str, Any]:
        """This kind as a JSON Schema ``enum`` of the allowed words."""
        return {"enum": list(self.values)}


@dataclass(frozen=True)
class Field:
    """A key of a table: its kind, whether it is required, and what it means."""

    kind: Kind
    required: bool = False
    doc: str = ""


@dataclass(frozen=True)
class Table(Kind):
    """A TOML table with known keys; an unknown key is an error."""

    fields: Mapping[str, Field]
    doc: str = ""
    #: the key naming an entry in error messages (e.g. "number" for an indicator)
    label: str | None = None

    def check(self, value: object, where: Where, key: str) -> None:
        """Raise :class:`DataIntegrityError` unless ``value`` is a table with the required keys
        and no unknown key, each of its kind.
        """
        _place(where, key)
        if not isinstance(value, dict):
            raise where.error(key, "harus tabel", value, message_en="must be a table")
        here = where if not key else where.at(self._name(key, value))
        self.check_keys(value, here, partial=False)

    def _name(self, key: str, value: dict[str, Any]) -> str:
        if self.label and self.label in value:
            return f"{key} {value[self.label]}"
        return key

    def check_keys(self, value: Mapping[str, Any], where: Where, *, partial: bool) -> None:
        """Check every key; with ``partial`` (a file that extends another) none is required."""
        _place(where, None)
        require_type(value, Mapping, "value", "tabel (mapping)", "a table (mapping)")
        require_type(partial, bool, "partial", "bool", "a bool")
        for k, v in value.items():
            spec = self.fields.get(k)
            if spec is None:
                raise where.error(
                    k,
                    f"kunci tidak dikenal; dikenal: {sorted(self.fields)}",
                    message_en=f"unknown key; known: {sorted(self.fields)}",
                )
            if isinstance(spec.kind, Table) and partial:
                if not isinstance(v, dict):
                    raise where.error(k, "harus tabel", v, message_en="must be a table")
                spec.kind.check_keys(v, where.at(spec.kind._name(k, v)), partial=True)
            elif isinstance(spec.kind, ListOf | MapOf) and partial:
                spec.kind.check_partial(v, where, k)
            else:
                spec.kind.check(v, where, k)
        if not partial:
            for k, spec in self.fields.items():
                if spec.required and k not in value:
                    raise where.error(k, "kunci wajib tidak ada", message_en="required key missing")

    def schema(self) -> dict[str, Any]:
        """This table as a JSON Schema object: its keys, their descriptions, no other key."""
        out: dict[str, Any] = {
            "type": "object",
            "additionalProperties": False,
            "properties": {
                k: {**f.kind.schema(), **({"description": f.doc} if f.doc else {})}
                for k, f in self.fields.items()
            },
        }
        if self.doc:
            out["description"] = self.doc
        return out


@dataclass(frozen=True)
class ListOf(Kind):
    """An array (of tables: an array of tables ``[[name]]``)."""

    item: Kind
    min_items: int = 0
    max_items: int | None = None

    def check(self, value: object, where: Where, key: str) -> None:
        """Raise :class:`DataIntegrityError` unless ``value`` is an array of items of the kind,
        within the item-count bounds.
        """
        self._check(value, where, key, partial=False)

    def check_partial(self, value: object, where: Where, key: str) -> None:
        """As :meth:`check`, with required keys of table items not enforced."""
        self._check(value, where, key, partial=True)

    def _check(self, value: object, where: Where, key: str, *, partial: bool) -> None:
        _place(where, key)
        if not isinstance(value, list):
            raise where.error(key, "harus larik", value, message_en="must be an array")
        if len(value) < self.min_items or (
            self.max_items is not None and len(value) > self.max_items
        ):
            raise where.error(
                key,
                f"jumlah unsur salah ({len(value)})",
                message_en=f"wrong number of items ({len(value)})",
            )
        for i, v in enumerate(value, 1):
            if isinstance(self.item, Table):
                if not isinstance(v, dict):
                    raise where.error(key, "harus tabel", v, message_en="must be a table")
                name = self.item._name(key, v)
                self.item.check_keys(
                    v, where.at(name if name != key else f"{key} #{i}"), partial=partial
                )
            else:
                self.item.check(v, where, f"{key}[{i}]")

    def schema(self) -> dict[str, Any]:
        """This kind as a JSON Schema array, with its item-count bounds."""
        out: dict[str, Any] = {"type": "array", "items": self.item.schema()}
        if self.min_items:
            out["minItems"] = self.min_items
        if self.max_items is not None:
            out["maxItems"] = self.max_items
        return out


@dataclass(frozen=True)
class MapOf(Kind):
    """A table whose keys are names chosen by the file (e.g. named citations)."""

    item: Kind

    def check(self, value: object, where: Where, key: str) -> None:
        """Raise :class:`DataIntegrityError` unless ``value`` is a table whose every value is of
        the item kind.
        """
        self._check(value, where, key, partial=False)

    def check_partial(self, value: object, where: Where, key: str) -> None:
        """As :meth:`check`, with required keys of table items not enforced."""
        self._check(value, where, key, partial=True)

    def _check(self, value: object, where: Where, key: str, *, partial: bool) -> None:
        if not isinstance(value, dict):
            raise where.error(key, "harus tabel", value, message_en="must be a table")
        for k, v in value.items():
            if isinstance(self.item, Table):
                if not isinstance(v, dict):
                    raise where.error(f"{key}.{k}", "harus tabel", v, message_en="must be a table")
                self.item.check_keys(v, where.at(f"{key}.{k}"), partial=partial)
            else:
                self.item.check(v, where, f"{key}.{k}")

    def schema(self) -> dict[str, Any]:
        """This kind as a JSON Schema object with any key and values of the item kind."""
        return {"type": "object", "additionalProperties": self.item.schema()}


@dataclass(frozen=True)
class OneOf(Kind):
    """A value of one of several kinds (tried in order; the first kind's error is reported)."""

    kinds: tuple[Kind, ...]

    def check(self, value: object, where: Where, key: str) -> None:
        """Raise the first kind's :class:`DataIntegrityError` unless ``value`` is of one of the
        kinds.
        """
        first: DataIntegrityError | None = None
        for kind in self.kinds:
            try:
                kind.check(value, where, key)
                return
            except DataIntegrityError as exc:
                first = first or exc
        assert first is not None
        raise first

    def schema(self) -> dict[str, Any]:
        """This kind as a JSON Schema ``oneOf`` of its kinds."""
        return {"oneOf": [k.schema() for k in self.kinds]}


@dataclass(frozen=True)
class ArrayOf(Kind):
    """Alias kind: an array of a scalar kind (e.g. a list of strings)."""

    item: Kind

    def check(self, value: object, where: Where, key: str) -> None:
        """Raise :class:`DataIntegrityError` unless ``value`` is an array of the item kind."""
        ListOf(self.item).check(value, where, key)

    def schema(self) -> dict[str, Any]:
        """This kind as a JSON Schema array of the item kind."""
        return {"type": "array", "items": self.item.schema()}


TEXT = Table(
    {"id": Field(STR, True, "Bahasa Indonesia"), "en": Field(STR, True, "English")},
    "a text in Bahasa Indonesia and English",
)

_CITATION_FIELDS: dict[str, Field] = {
    "base": Field(STR, doc="a named citation of [citations] this one starts from"),
    "instrument": Field(STR, doc="the legal instrument or document"),
    "article": Field(STR, doc="Pasal / ayat / huruf or Lampiran item"),
    "status": Field(Choice(tuple(s.value for s in Status)), doc="how well the fact is established"),
    "source": Field(STR, doc="the source key of the domain reference (I1, T2, ...)"),
    "url": Field(STR),
    "checked": Field(DATE, doc="when the citation was last checked (default: the file's)"),
    "note": Field(STR),
    "derived_from": Field(
        ArrayOf(STR),
        doc="a DERIVED citation: the named citations it is computed from (status DERIVED)",
    ),
}


def citation_kind() -> Kind:
    """A citation: the name of one in ``[citations]``, or a table (optionally with ``base``)."""
    return OneOf((STR, Table(_CITATION_FIELDS, "a citation")))


def check(spec: Table, data: Mapping[str, Any], where: Where, *, partial: bool = False) -> None:
    """Check ``data`` against ``spec``; a :class:`DataIntegrityError` names file, table, key."""
    require_type(spec, Table, "spec", "Table (spesifikasi berkas)", "a Table (a file spec)")
    spec.check_keys(data, where, partial=partial)


def json_schema(spec: Table, *, title: str, schema_id: str) -> dict[str, Any]:
    """The JSON Schema (draft 2020-12) of files following ``spec``."""
    require_type(spec, Table, "spec", "Table (spesifikasi berkas)", "a Table (a file spec)")
    require_type(title, str, "title", "teks", "text")
    require_type(schema_id, str, "schema_id", "teks", "text")
    out: dict[str, Any] = {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": schema_id,
        "title": title,
        **spec.schema(),
    }
    required = [k for k, f in spec.fields.items() if f.required]
    if "extends" in spec.fields:
        # a file that extends another writes only what differs: nothing else is required
        out["if"] = {"not": {"required": ["extends"]}}
        out["then"] = {"required": required}
    elif required:
        out["required"] = required
    return out


# -- values -------------------------------------------------------------------------------------


def decimal_of(value: object, where: Where, key: str) -> Decimal:
    """A decimal written as a string (or an integer) in a rule file."""
    DECIMAL.check(value, where, key)
    return Decimal(str(value))


def text_of(value: Mapping[str, Any]) -> Text:
    """A checked ``{id, en}`` table as :class:`Text`."""
    require_type(value, Mapping, "value", "tabel {id, en}", "an {id, en} table")
    if not (isinstance(value.get("id"), str) and isinstance(value.get("en"), str)):
        raise InvalidInput(
            "teks harus tabel dengan id dan en berupa teks",
            field="value",
            message_en="a text must be a table whose id and en are text",
        )
    return Text(id=value["id"], en=value["en"])


@dataclass
class Citations:
    """The named citations of a (resolved) file and its default ``checked`` date."""

    named: Mapping[str, Any]
    checked: date
    where: Where
    _cache: dict[str, Citation] = field(default_factory=dict)

    def get(self, value: object, key: str, where: Where | None = None) -> Citation:
        """The citation ``value`` stands for (a name, or a table merged over its ``base``)."""
        return build_citation(value, self, where or self.where, key)


def build_citation(value: object, cites: Citations, where: Where, key: str) -> Citation:
    """Build a :class:`Citation` from a rule file's ``cite`` value (name or table)."""
    require_type(cites, Citations, "cites", "Citations", "Citations")
    _place(where, key)
    if isinstance(value, str):
        hit = cites._cache.get(value)
        if hit is not None:
            return hit
        raw = cites.named.get(value)
        if raw is None:
            raise where.error(
                key,
                f"kutipan bernama tidak ada di [citations]; ada: {sorted(cites.named)}",
                value,
                message_en=f"named citation not in [citations]; there are: {sorted(cites.named)}",
            )
        built = build_citation(dict(raw), cites, where.at(f"citations.{value}"), key)
        cites._cache[value] = built
        return built
    if not isinstance(value, dict):
        raise where.error(
            key,
            "kutipan harus nama atau tabel",
            value,
            message_en="a citation must be a name or a table",
        )
    fields = dict(value)
    base = fields.pop("base", None)
    merged: dict[str, Any] = {}
    if base is not None:
        merged = build_citation(base, cites, where, key).model_dump()
    merged.update(fields)
    merged.setdefault("checked", cites.checked)
    for required in ("instrument", "status"):
        if not merged.get(required):
            raise where.error(
                key, f"kutipan tanpa {required}", message_en=f"citation without {required}"
            )
    inputs = tuple(
        build_citation(name, cites, where, f"{key}.derived_from")
        for name in merged.get("derived_from", ())
    )
    try:
        return Citation(
            instrument=merged["instrument"],
            article=merged.get("article"),
            status=Status(merged["status"]),
            source=merged.get("source"),
            url=merged.get("url"),
            note=merged.get("note"),
            checked=merged["checked"],
            derived_from=inputs,
        )
    except ValueError as exc:  # pydantic: e.g. inputs named on a status other than DERIVED
        raise where.error(
            key, f"kutipan tidak valid: {exc}", message_en=f"invalid citation: {exc}"
        ) from None


# -- files --------------------------------------------------------------------------------------


def rules_root() -> Path:
    """The folder of the shipped rule files (``inovasi_daerah/rules``)."""
    return Path(str(resources.files("inovasi_daerah").joinpath("rules")))


def read_rule_file(path: str | PathLike[str]) -> dict[str, Any]:
    """Parse one TOML rule file; errors name the file (and TOML's line and column)."""
    require_type(
        path, (str, PathLike), "path", "path (str atau os.PathLike)", "a path (str or os.PathLike)"
    )
    path = Path(path)
    try:
        raw = path.read_bytes()
    except (OSError, ValueError) as exc:  # ValueError: a NUL byte in the path
        reason = getattr(exc, "strerror", None) or str(exc)
        raise DataIntegrityError(
            f"berkas aturan tidak terbaca: {reason}",
            field=str(path),
            message_en=f"rule file not readable: {reason}",
        ) from None
    if len(raw) > MAX_BYTES:
        raise DataIntegrityError(
            f"berkas aturan lebih dari {MAX_BYTES} bita",
            field=path.name,
            message_en=f"rule file larger than {MAX_BYTES} bytes",
        )
    try:
        return tomllib.loads(raw.decode("utf-8"))
    except UnicodeDecodeError:
        raise DataIntegrityError(
            "berkas aturan harus UTF-8", field=path.name, message_en="rule file must be UTF-8"
        ) from None
    except tomllib.TOMLDecodeError as exc:
        raise DataIntegrityError(
            f"TOML tidak valid: {exc}", field=path.name, message_en=f"invalid TOML: {exc}"
        ) from None


# -- extends: a file changes only what differs -----------------------------------------------------


@dataclass(frozen=True)
class Merge:
    """How a child file's table merges over its parent's.

    ``keyed`` names the arrays of tables whose entries merge by an identifying key
    (``{"indicator": ("number", Merge(...))}``); ``fields`` the sub-tables merged key by key
    (``{"parameters": Merge(...)}``). Everything else in the child replaces the parent's value.
    """

    keyed: Mapping[str, tuple[str, Merge]] = field(default_factory=dict)
    fields: Mapping[str, Merge] = field(default_factory=dict)
    #: a table of tables (e.g. parameters) whose entries each merge key by key
    each: bool = False


def cite_rule_file(citation: Citation, path: Path) -> Citation:
    """``citation`` naming the user's rule file ``path``: its address (unless the citation has
    one) and the note "rule file: <name>", so that every result built from the file names it."""
    require_type(citation, Citation, "citation", "Citation", "a Citation")
    require_type(path, Path, "path", "Path", "a Path")
    extra = f"rule file: {path.name}"
    return citation.model_copy(
        update={
            "url": citation.url or path.resolve().as_uri(),
            "note": extra if not citation.note else f"{citation.note}; {extra}",
        }
    )


def merge(parent: Mapping[str, Any], child: Mapping[str, Any], how: Merge) -> dict[str, Any]:
    """``child`` over ``parent``, following ``how``."""
    out = dict(parent)
    for k, v in child.items():
        old = out.get(k)
        if k in how.keyed and isinstance(old, list) and isinstance(v, list):
            ident, sub = how.keyed[k]
            items = [dict(x) for x in old]
            index = {x.get(ident): i for i, x in enumerate(items)}
            for entry in v:
                i = index.get(entry.get(ident))
                if i is None:
                    items.append(dict(entry))
                    index[entry.get(ident)] = len(items) - 1
                else:
                    items[i] = merge(items[i], entry, sub)
            out[k] = items
        elif k in how.fields and isinstance(old, dict) and isinstance(v, dict):
            sub = how.fields[k]
            if sub.each:
                merged = dict(old)
                for name, entry in v.items():
                    prev = merged.get(name)
                    merged[name] = (
                        merge(prev, entry, Merge())
                        if isinstance(prev, dict) and isinstance(entry, dict)
                        else entry
                    )
                out[k] = merged
            else:
                out[k] = merge(old, v, sub)
        else:
            out[k] = v
    return out


def resolve(
    data: dict[str, Any],
    where: Where,
    lookup: Callable[[str], tuple[dict[str, Any], str]],
    how: Merge,
    *,
    before_merge: Callable[[dict[str, Any], dict[str, Any]], dict[str, Any]] | None = None,
    _chain: Sequence[str] = (),
) -> dict[str, Any]:
    """Follow ``extends`` (a chain, no cycles) and merge each child over its parent.

    ``lookup(id)`` returns the raw data and file name of the rule set ``id``;
    ``before_merge(parent, child)`` may adjust the resolved parent for the child first.
    """
    parent_id = data.get("extends")
    if not parent_id:
        return {k: v for k, v in data.items() if k != "extends"}
    chain = (*_chain, str(data.get("id", where.file)))
    if parent_id in chain:
        cycle = " -> ".join((*chain, parent_id))
        raise where.error(
            "extends",
            f"rantai extends berputar: {cycle}",
            message_en=f"the extends chain is a cycle: {cycle}",
        )
    try:
        parent_raw, parent_file = lookup(parent_id)
    except DataIntegrityError as exc:
        if exc.field and exc.field.startswith(where.file):
            raise
        # an unknown parent is the child's error: name the child's file and key
        raise where.error("extends", exc.message, parent_id, message_en=exc.message_en) from None
    parent = resolve(
        parent_raw,
        Where(parent_file),
        lookup,
        how,
        before_merge=before_merge,
        _chain=chain,
    )
    if before_merge is not None:
        parent = before_merge(parent, data)
    child = {k: v for k, v in data.items() if k != "extends"}
    return merge(parent, child, how)


# -- files of named parameters (NIP layouts, SKP regimes ...) --------------------------------------


def parameters_table(kinds: Mapping[str, Kind], *, with_key: bool = False) -> Table:
    """The ``[parameters]`` table of a file of named parameters: one sub-table per key, with
    ``title``, ``value`` (or ``open = true``) and ``cite``; ``with_key`` allows the Param's own
    ``key`` where it differs from the table's name."""
    require_type(kinds, Mapping, "kinds", "pemetaan nama -> Kind", "a mapping name -> Kind")
    for name, kind in kinds.items():
        require_type(
            name, str, "kinds", "pemetaan nama (teks) -> Kind", "a mapping name (text) -> Kind"
        )
        require_type(kind, Kind, "kinds", "pemetaan nama -> Kind", "a mapping name -> Kind")

    def one(kind: Kind) -> Table:
        fields = {
            "title": Field(TEXT, True),
            "value": Field(kind, doc="leave out (with open = true) if the law gives none"),
            "open": Field(BOOL, doc="true: the law gives no value (the caller supplies one)"),
            "cite": Field(citation_kind(), True),
            "options": Field(ListOf(kind), doc="a named policy's alternatives"),
        }
        if with_key:
            fields["key"] = Field(STR, doc="the parameter's key in results (default: the name)")
        return Table(fields)

    return Table({k: Field(one(kind), True) for k, kind in kinds.items()}, "the parameters")


def load_shipped(relative: str, spec: Table) -> tuple[dict[str, Any], Citations, Where]:
    """Read and check the shipped rule file ``rules/<relative>``: its data, citations, place."""
    require_type(relative, str, "relative", "teks (jalur relatif)", "text (a relative path)")
    require_type(spec, Table, "spec", "Table (spesifikasi berkas)", "a Table (a file spec)")
    path = rules_root() / relative
    where = Where(f"rules/{relative}")
    data = read_rule_file(path)
    check(spec, data, where)
    return data, Citations(data.get("citations", {}), data["checked"], where), where


def rule_set_header(
    data: Mapping[str, Any],
    cites: Citations,
    where: Where,
    bare_citations: Sequence[str],
    *,
    valid_from: date | None = None,
) -> dict[str, Any]:
    """The fields every rule set read from a file shares: id, family, title, citation and
    validity (``valid_from`` when the file states none), and its named bare citations, each
    required in ``[citations]``."""
    require_type(data, Mapping, "data", "tabel", "a table")
    require_type(cites, Citations, "cites", "Citations", "Citations")
    require_type(where, Where, "where", "Where", "Where")
    require_type(bare_citations, (tuple, list), "bare_citations", "daftar nama", "a list of names")
    for key in ("id", "family", "title", "cite", "citations"):
        if key not in data:
            raise where.error(key, "kunci wajib tidak ada", message_en="required key missing")
    missing = [n for n in bare_citations if n not in data["citations"]]
    if missing:
        raise where.error(
            "citations",
            f"kutipan wajib tidak ada: {missing}",
            message_en=f"required citations missing: {missing}",
        )
    valid = data.get("valid", {})
    return {
        "id": data["id"],
        "family": data["family"],
        "title": text_of(data["title"]),
        "citation": cites.get(data["cite"], "cite"),
        "valid_from": valid.get("from", valid_from),
        "valid_to": valid.get("to"),
        **{n: cites.get(n, n) for n in bare_citations},
    }


def build_params(
    data: Mapping[str, Any],
    cites: Citations,
    where: Where,
    convert: Callable[[str, Any, Where], Any],
) -> dict[str, Any]:
    """The cited parameters of a checked file's ``[parameters]``, values through ``convert``."""
    require_type(data, Mapping, "data", "tabel (mapping)", "a table (mapping)")
    require_type(cites, Citations, "cites", "Citations", "Citations")
    _place(where, None)
    if not callable(convert):
        raise InvalidInput(
            "argumen convert harus fungsi",
            field="convert",
            message_en="argument convert must be a function",
        )
    if not isinstance(data.get("parameters"), Mapping):
        raise where.error(
            "parameters", "harus tabel", data.get("parameters"), message_en="must be a table"
        )
    from inovasi_daerah.law.param import OPEN, Param

    out: dict[str, Any] = {}
    for name, p in data["parameters"].items():
        w = where.at(f"parameters.{name}")
        if bool(p.get("open")) == ("value" in p):
            raise w.error(
                "value",
                "beri value, atau open = true bila hukum tak menetapkan",
                message_en="give a value, or open = true where the law sets none",
            )
        value = OPEN if p.get("open") else convert(name, p["value"], w)
        options = p.get("options")
        try:
            out[name] = Param(
                p.get("key", name),
                value,
                cites.get(p["cite"], "cite", w),
                text_of(p["title"]),
                None if options is None else tuple(convert(name, o, w) for o in options),
            )
        except InovasiDaerahError as exc:  # a value outside its options
            raise w.error("value", exc.message, p.get("value"), message_en=exc.message_en) from None
    return out
