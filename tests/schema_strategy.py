"""A small, bounded Hypothesis strategy for instances of the library's input JSON Schemas.

``hypothesis-jsonschema`` 0.23 does not run with the Hypothesis this project pins (it fails
inside Hypothesis with ``'many' object has no attribute 'more'``), so the property "the loader
accepts what the schema accepts" draws its instances from this generator instead. It knows
the keywords the generated schemas use (``$ref``, ``anyOf``, ``enum``, ``const``, ``type``,
``properties`` with the alias groups of ``io.schema`` — ``allOf`` of required-one-of and
never-two-names —, ``additionalProperties``, ``propertyNames``, ``items``, length, bound,
``pattern`` and ``format: date``) and refuses any other keyword, so a schema change that it
does not understand fails loudly rather than being sampled wrongly. Sizes are bounded (at most
3 extra list items or mapping entries) to keep examples small.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from datetime import date
from typing import Any

from hypothesis import strategies as st

# keywords that only annotate
_ANNOTATIONS = {"title", "description", "default", "examples", "$schema", "$defs", "deprecated"}
_KNOWN = _ANNOTATIONS | {
    "$ref", "anyOf", "allOf", "enum", "const", "type", "properties", "required",
    "additionalProperties", "propertyNames", "items", "minItems", "maxItems", "minLength",
    "maxLength", "pattern", "format", "minimum", "maximum", "exclusiveMinimum",
    "exclusiveMaximum", "uniqueItems", "maxProperties",
}  # fmt: skip
_EXTRA = 3
_BIG = 10**6


class Unsupported(Exception):
    """The schema uses a keyword this generator does not know."""


def from_schema(schema: Mapping[str, Any]) -> st.SearchStrategy[Any]:
    """Instances of ``schema`` (a root schema with ``$defs``)."""
    return _Gen(schema).strategy(schema)


class _Gen:
    def __init__(self, root: Mapping[str, Any]) -> None:
        self.root = root
        self.cache: dict[str, st.SearchStrategy[Any]] = {}

    def strategy(self, s: Mapping[str, Any]) -> st.SearchStrategy[Any]:
        unknown = set(s) - _KNOWN
        if unknown:
            raise Unsupported(sorted(unknown))
        if "$ref" in s:
            ref = s["$ref"]
            if ref not in self.cache:
                name = ref.removeprefix("#/$defs/")
                self.cache[ref] = st.deferred(lambda: self.strategy(self.root["$defs"][name]))
            return self.cache[ref]
        if "anyOf" in s:
            rest = {k: v for k, v in s.items() if k not in _ANNOTATIONS and k != "anyOf"}
            return st.one_of([self.strategy({**rest, **b}) for b in s["anyOf"]])
        if "const" in s:
            return st.just(s["const"])
        if "enum" in s:
            return st.sampled_from(s["enum"])
        kind = s.get("type")
        if kind == "object":
            return self._object(s)
        if kind == "array":
            lo = s.get("minItems", 0)
            hi = min(s.get("maxItems", lo + _EXTRA), lo + _EXTRA)
            return st.lists(self.strategy(s.get("items", {})), min_size=lo, max_size=hi)
        if kind == "string":
            return self._string(s)
        if kind in ("integer", "number"):
            lo, hi = _bounds(s)
            ints = st.integers(min_value=lo, max_value=hi)
            if kind == "integer":
                return ints
            floats = st.floats(
                min_value=lo, max_value=hi, allow_nan=False, allow_infinity=False, width=32
            )
            return ints | floats.filter(lambda x: _in(s, x))
        if kind == "boolean":
            return st.booleans()
        if kind == "null":
            return st.none()
        if kind is None and not (set(s) - _ANNOTATIONS):
            return st.none() | st.booleans() | st.integers(-5, 5) | st.text(max_size=5)
        raise Unsupported(f"type {kind!r} in {dict(s)}")

    def _string(self, s: Mapping[str, Any]) -> st.SearchStrategy[str]:
        lo = s.get("minLength", 0)
        hi = s.get("maxLength")
        if s.get("format") == "date":
            return st.dates(min_value=date(1900, 1, 1), max_value=date(2100, 12, 31)).map(
                date.isoformat
            )
        if "format" in s:
            raise Unsupported(f"format {s['format']!r}")
        if "pattern" in s:
            pat = s["pattern"]
            anchored = pat.startswith("^") and pat.endswith("$")
            # ECMA-262 semantics: "$" is the end of the text (Python's "$" also matches before
            # a final newline, which neither the schema's regex dialect nor pydantic accept)
            core = pat[1:-1] if anchored else pat
            text = st.from_regex(re.compile(core), fullmatch=anchored)
            if hi is not None and not anchored:
                text = text.map(lambda t: t[:hi])
            return text.filter(lambda t: lo <= len(t) and (hi is None or len(t) <= hi)).filter(
                lambda t: re.search(pat, t) is not None
            )
        return st.text(min_size=lo, max_size=min(hi if hi is not None else 12, lo + 12))

    def _object(self, s: Mapping[str, Any]) -> st.SearchStrategy[dict[str, Any]]:
        props: Mapping[str, Any] = s.get("properties", {})
        # names of one field: never two together; required groups: one of them
        parent = {n: n for n in props}

        def find(n: str) -> str:
            while parent[n] != n:
                n = parent[n]
            return n

        required_groups: list[set[str]] = [{n} for n in s.get("required", [])]
        for clause in s.get("allOf", []):
            if "not" in clause:
                a, b = clause["not"]["required"]
                parent[find(a)] = find(b)
            elif "anyOf" in clause:
                required_groups.append({r["required"][0] for r in clause["anyOf"]})
            else:
                raise Unsupported(f"allOf clause {clause}")
        clusters: dict[str, list[str]] = {}
        for n in props:
            clusters.setdefault(find(n), []).append(n)
        parts: list[st.SearchStrategy[dict[str, Any]]] = []
        for names in clusters.values():
            needed = any(set(names) & g for g in required_groups)
            choice = st.sampled_from(sorted(names))
            entry = choice.flatmap(lambda n: self.strategy(props[n]).map(lambda v, n=n: {n: v}))
            parts.append(entry if needed else st.just({}) | entry)
        extra = s.get("additionalProperties", True)
        if isinstance(extra, Mapping):
            keys = self._string({"type": "string", **s.get("propertyNames", {})})
            most = min(_EXTRA, s.get("maxProperties", _EXTRA))
            parts.append(st.dictionaries(keys, self.strategy(extra), max_size=most))
        elif extra is not False and not props:
            raise Unsupported("open object without properties")

        def merge(items: list[dict[str, Any]]) -> dict[str, Any]:
            out: dict[str, Any] = {}
            for d in items:
                out.update(d)
            return out

        return st.tuples(*parts).map(lambda t: merge(list(t)))


def _bounds(s: Mapping[str, Any]) -> tuple[int, int]:
    lo = s.get("minimum", s.get("exclusiveMinimum", -_BIG))
    hi = s.get("maximum", s.get("exclusiveMaximum", _BIG))
    lo_i = int(lo) + (1 if "exclusiveMinimum" in s and int(lo) == lo else 0)
    hi_i = int(hi) - (1 if "exclusiveMaximum" in s and int(hi) == hi else 0)
    return max(lo_i, -_BIG), min(hi_i, _BIG)


def _in(s: Mapping[str, Any], x: float) -> bool:
    if "exclusiveMinimum" in s and not x > s["exclusiveMinimum"]:
        return False
    return not ("exclusiveMaximum" in s and not x < s["exclusiveMaximum"])
