"""Validation errors in the user's terms: field as written, position in the file, both languages.

pydantic reports an error at a location inside the *converted* input (a single value wrapped in
a list, an indicator mapping turned into a list of entries) and in English. This module maps
each error back onto the data the user gave and words it in Bahasa Indonesia and English, with
the expected values:

>>> from inovasi_daerah.models import Innovation
>>> try:
...     Innovation.from_dict({"nama_inovasi": "X", "bentuk": "tata kelola",
...                           "tahapan": "selesai", "inisiator": "ASN"})
... except Exception as exc:
...     print(exc.text("id")); print(exc.text("en"))
tahapan: harus salah satu dari 'inisiatif', 'uji_coba' atau 'penerapan' ... (value: 'selesai')
tahapan: must be one of 'inisiatif', 'uji_coba' or 'penerapan' ... (value: 'selesai')
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from inovasi_daerah.errors import InovasiDaerahError, InvalidInput, _short

# The converters of pydantic's errors are internal (leading underscore): they take pydantic's
# error records, which only the models' validation produces; users get their result as
# InvalidInput. FIELD_NAMES and Leaf stay public (field names by model, one refused value).
__all__ = ["FIELD_NAMES", "Leaf"]

_MAX_ERRORS_SHOWN = 5
# pydantic's location parts that name a union branch or a validator, not a place in the input
_TYPE_TAG = re.compile(
    r"[\[(]|^(str|int|bool|float|decimal|constrained-str|constrained-int|list|dict|tuple|enum|"
    r"literal|none|date|nullable|function-before|function-after|function-wrap|"
    r"function-plain|lax-or-strict|json-or-python|model|default|is-instance)$"
)


@dataclass(frozen=True, slots=True)
class Leaf:
    """One elementary validation error: where (pydantic location), what, and the given value."""

    loc: tuple[int | str, ...]
    type: str
    msg: str
    ctx: Mapping[str, Any]
    input: Any


def _leaves_of(errors: Sequence[Mapping[str, Any]]) -> list[Leaf]:
    """Flatten pydantic's errors: an error a nested model raised is replaced by its own leaves.

    Models with a custom ``__init__`` (all of the library's) are validated through it when
    nested, so their errors arrive as one ``value_error`` wrapping the library's error.
    """
    out: list[Leaf] = []
    for e in errors:
        loc = tuple(e.get("loc", ()))
        ctx = dict(e.get("ctx") or {})
        inner = ctx.get("error")
        nested: list[Leaf] | None = getattr(inner, "_leaves", None)
        if isinstance(inner, InovasiDaerahError) and nested:
            out.extend(Leaf(loc + n.loc, n.type, n.msg, n.ctx, n.input) for n in nested)
        else:
            kind, msg = str(e.get("type", "")), str(e.get("msg", ""))
            out.append(Leaf(loc, kind, msg, ctx, e.get("input")))
    # "at least 1 item" on a list whose item failed repeats that failure: drop it
    return [
        lf
        for lf in out
        if not (
            lf.type in ("too_short", "missing")
            and any(o is not lf and o.loc[: len(lf.loc)] == lf.loc and len(o.loc) > len(lf.loc)
                    for o in out)
        )
    ]  # fmt: skip


#: Input names of every model field, by field name (filled by ``Model`` subclasses), so that a
#: rule naming a field by its Python name is shown with the name the user wrote.
FIELD_NAMES: dict[str, set[str]] = {}


def _as_written(field: str, node: Any) -> str:
    """``field`` (a Python field name) as the user wrote it in ``node``, when it is there."""
    if isinstance(node, Mapping):
        for name in sorted(FIELD_NAMES.get(field, ())):
            if name in node:
                return name
    return field


def _user_path(loc: Sequence[int | str], data: Any) -> tuple[str, bool, Any]:
    """The location as the user wrote it, whether it fits the user's data, and the value there.

    Keys are the names the user used (pydantic reports the alias found in the input); an index
    into a list made from a mapping becomes that mapping's key (``indikator["17"]``); the index
    0 of a single value wrapped in a list disappears, and so do the fields of an entry the
    model built from a single value. False when ``loc`` runs through a union branch of another
    type than the user's value (that branch's error is beside the point).
    """
    out = ""
    node: Any = data
    known = True  # node is the user's value at ``out``
    frozen = False  # the user's value is a scalar the model expanded: stop here

    def add(text: str) -> None:
        nonlocal out
        if not frozen:
            out += text

    for part in loc:
        if isinstance(part, str) and _TYPE_TAG.search(part):
            if known and part.startswith(("list[", "tuple[")) and isinstance(node, Mapping):
                return out, False, node
            if known and part.startswith("dict[") and isinstance(node, list):
                return out, False, node
            continue
        if not known:
            add(f"[{part}]" if isinstance(part, int) else (f".{part}" if out else str(part)))
            continue
        if isinstance(part, int):
            if isinstance(node, list):
                add(f"[{part}]")
                node = node[part] if 0 <= part < len(node) else None
                known = node is not None
            elif isinstance(node, Mapping):
                keys = list(node)
                if 0 <= part < len(keys):
                    add(f"[{json.dumps(keys[part], ensure_ascii=False)}]")
                    node = node[keys[part]]
                else:
                    add(f"[{part}]")
                    known = False
            elif part == 0 and node is not None:
                pass  # a single value where a list is accepted
            else:
                add(f"[{part}]")
                known = False
        elif isinstance(node, Mapping):
            add(f".{part}" if out else part)
            if part in node:
                node = node[part]
            else:
                node, known = None, False
        elif node is not None and not isinstance(node, list):
            frozen = True  # e.g. {"17": 3} read as {"indicator": "17", "level": 3}
        else:
            add(f".{part}" if out else part)
            known = False
    return out, True, node


def _other_names(model: Any, loc: Sequence[int | str]) -> tuple[str, ...]:
    """The other input names of the field at ``loc`` of ``model`` (a pydantic model class)."""
    import typing

    from pydantic import AliasChoices, BaseModel

    cls: Any = model
    names: tuple[str, ...] = ()
    for part in loc:
        if isinstance(part, int) or _TYPE_TAG.search(part):
            continue
        if not (isinstance(cls, type) and issubclass(cls, BaseModel)):
            return ()
        for fname, info in cls.model_fields.items():
            va = info.validation_alias
            choices = (
                [c for c in va.choices if isinstance(c, str)]
                if isinstance(va, AliasChoices)
                else ([va] if isinstance(va, str) else [])
            )
            if part == fname or part in choices:
                names = tuple(dict.fromkeys([fname, *choices]))
                todo = [info.annotation]
                cls = None
                while todo:
                    t = todo.pop()
                    if isinstance(t, type) and issubclass(t, BaseModel):
                        cls = t
                        break
                    todo.extend(typing.get_args(t))
                break
        else:
            return ()
    return names


def _or(expected: str, word: str) -> str:
    return expected.replace(" or ", f" {word} ")


def _wording(leaf: Leaf) -> tuple[str, str]:
    """The error of ``leaf`` in Bahasa Indonesia and English, with the expected values."""
    t, c = leaf.type, leaf.ctx
    inner = c.get("error")
    if isinstance(inner, InovasiDaerahError):
        en = inner.message_en or inner.message
        return inner.message, en
    simple: dict[str, tuple[str, str]] = {
        "missing": ("wajib diisi", "is required"),
        "extra_forbidden": (
            "kolom tidak dikenal (periksa ejaannya; lihat `inovasi-daerah schema`)",
            "unknown field (check its spelling; see `inovasi-daerah schema`)",
        ),
        "string_type": ("harus teks", "must be text"),
        "int_type": ("harus bilangan bulat", "must be a whole number"),
        "int_parsing": ("harus bilangan bulat", "must be a whole number"),
        "int_from_float": ("harus bilangan bulat", "must be a whole number"),
        "bool_type": ("harus true atau false", "must be true or false"),
        "bool_parsing": ("harus true atau false", "must be true or false"),
        "decimal_type": ("harus angka", "must be a number"),
        "decimal_parsing": ("harus angka", "must be a number"),
        "finite_number": ("harus angka terhingga", "must be a finite number"),
        "list_type": ("harus daftar (array)", "must be a list (array)"),
        "tuple_type": ("harus daftar (array)", "must be a list (array)"),
        "dict_type": ("harus objek", "must be an object"),
        "model_type": ("harus objek", "must be an object"),
        "model_attributes_type": ("harus objek", "must be an object"),
        "date_type": ("harus tanggal", "must be a date"),
        "date_parsing": ("harus tanggal YYYY-MM-DD", "must be a date YYYY-MM-DD"),
        "date_from_datetime_parsing": ("harus tanggal YYYY-MM-DD", "must be a date YYYY-MM-DD"),
        "none_required": ("harus null", "must be null"),
        "json_invalid": ("JSON tidak valid", "invalid JSON"),
    }
    if t in simple:
        return simple[t]
    if t == "enum":
        exp = str(c.get("expected", ""))
        return (
            f"harus salah satu dari {_or(exp, 'atau')} (atau labelnya; huruf besar/kecil, spasi "
            "dan garis bawah bebas)",
            f"must be one of {exp} (or its label; case, spaces and underscores free)",
        )
    if t == "literal_error":
        exp = str(c.get("expected", ""))
        return f"harus {_or(exp, 'atau')}", f"must be {exp}"
    bounds = {
        "less_than_equal": ("le", "≤"),
        "less_than": ("lt", "<"),
        "greater_than_equal": ("ge", "≥"),
        "greater_than": ("gt", ">"),
    }
    if t in bounds:
        key, sign = bounds[t]
        return f"harus {sign} {c.get(key)}", f"must be {sign} {c.get(key)}"
    if t == "too_short" and c.get("actual_length") == 0:
        n = c.get("min_length")
        return f"kosong: paling sedikit {n} unsur", f"empty: at least {n} item(s) needed"
    if t in ("string_too_short", "too_short"):
        n = c.get("min_length")
        return f"terlalu pendek: paling sedikit {n}", f"too short: at least {n}"
    if t in ("string_too_long", "too_long"):
        n = c.get("max_length")
        return f"terlalu panjang: paling banyak {n}", f"too long: at most {n}"
    if t == "string_pattern_mismatch":
        p = c.get("pattern")
        return f"tidak sesuai pola {p}", f"does not match the pattern {p}"
    if t in ("decimal_max_digits", "decimal_max_places", "decimal_whole_digits"):
        return "angka terlalu panjang", "number too long"
    # anything else: pydantic's English, wrapped
    return f"tidak valid ({leaf.msg})", leaf.msg


def _short_value(value: Any) -> Any:
    # a container is shown only when it is small; its bounded repr (errors._short) cannot
    # recurse or fail, so deeply nested junk gets a message, not a RecursionError
    if isinstance(value, Mapping | list) and (len(value) > 4 or len(_short(value)) >= 60):
        return InovasiDaerahError._NO_VALUE
    return value


def _convert_errors(
    errors: Sequence[Mapping[str, Any]], model: str, data: Any = None, model_cls: Any = None
) -> InovasiDaerahError:
    """One library error for pydantic's ``errors`` on ``data``, in both languages.

    ``field`` is the first error's place in the user's data; the message lists up to five
    errors. A single error a validator raised keeps its class (``InvalidNip``, ``InvalidDate``).
    """
    return _from_leaves(_leaves_of(errors), model, data, model_cls)


def _from_leaves(
    leaves: Sequence[Leaf], model: str, data: Any = None, model_cls: Any = None
) -> InovasiDaerahError:
    """:func:`_convert_errors` on flattened errors (e.g. re-rooted by a loader that wrapped the
    user's data before validating it)."""
    placed = [(lf, *_user_path(lf.loc, data)) for lf in leaves]
    relevant = [p for p in placed if p[2]] or placed
    shown_id: list[str] = []
    shown_en: list[str] = []
    for lf, path, _, node in relevant[:_MAX_ERRORS_SHOWN]:
        inner = lf.ctx.get("error")
        where = path
        if isinstance(inner, InovasiDaerahError) and inner.field:
            own = _as_written(inner.field, node)
            if not where.endswith(own) and inner.field not in (model, "date"):
                where = f"{where}.{own}" if where else own
        text_id, text_en = _wording(lf)
        if lf.type == "missing" and model_cls is not None:
            others = [n for n in _other_names(model_cls, lf.loc) if not where.endswith(n)]
            if others:
                text_id += " (nama lain: " + ", ".join(others) + ")"
                text_en += " (other names: " + ", ".join(others) + ")"
        shown_id.append(f"{where or model}: {text_id}")
        shown_en.append(f"{where or model}: {text_en}")
    first = relevant[0][0]
    first_inner = first.ctx.get("error")
    field = shown_id[0].split(": ", 1)[0]
    cls: type[InovasiDaerahError] = InvalidInput
    kinds = {type(lf.ctx.get("error")) for lf, *_ in relevant}
    if len(kinds) == 1 and isinstance(first_inner, InovasiDaerahError):
        cls = type(first_inner)
    more = len(relevant) - _MAX_ERRORS_SHOWN
    if len(relevant) == 1:
        msg_id, msg_en = (t.split(": ", 1)[1] for t in (shown_id[0], shown_en[0]))
        value: Any = InovasiDaerahError._NO_VALUE
        if isinstance(first_inner, InovasiDaerahError):
            if first_inner.value is not None:
                value = first_inner.value
        elif first.type not in ("missing",):
            value = _short_value(first.input)
        err = cls(
            msg_id,
            field=field,
            rule=getattr(first_inner, "rule", None),
            article=getattr(first_inner, "article", None),
            value=value,
            message_en=msg_en,
        )
    else:
        tail_id = f" (+{more} lagi)" if more > 0 else ""
        tail_en = f" (+{more} more)" if more > 0 else ""
        err = cls(
            f"{len(relevant)} kesalahan dalam {model}: " + "; ".join(shown_id) + tail_id,
            field=field,
            message_en=f"{len(relevant)} errors in {model}: " + "; ".join(shown_en) + tail_en,
        )
    err._leaves = [lf for lf, *_ in relevant]  # type: ignore[attr-defined]
    return err
