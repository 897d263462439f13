"""JSON Schemas (draft 2020-12) that accept what the loaders accept.

pydantic's own schema names a field by its first alias only and an enum by its values only,
so it refused the project's own examples (``nama_inovasi``, ``periode``, ``"pupr"``). The
:class:`InputSchema` generator, in validation mode:

- lists every input name of a field (``name``, ``nama_inovasi``, ``nama``) as a property; a
  required field needs one of its names, and two names of one field are refused together (the
  loader refuses them as an unknown field);
- describes a :class:`~inovasi_daerah.models.enums.LegalEnum` as its values *or* any spelling
  the loader reads: the value, member name, Indonesian or English label and aliases, in any
  case, with spaces, hyphens or underscores (a case-insensitive ``pattern``);
- takes the accepted input shapes of before-validators from their ``json_schema_input_type``
  (a single value where a list is accepted, ``{"16": 3}`` for indicator entries ...).

What the schema cannot express is left to the loader and said in the schema's description:
rules across fields (dates in procedure order, accepted level not above the declared one),
the NIP's digit layout and Indonesian date text beyond ``D Month YYYY``.

>>> from inovasi_daerah.models import Innovation
>>> s = input_schema(Innovation)
>>> {"name", "nama_inovasi", "nama"} <= set(s["properties"])
True
"""

from __future__ import annotations

import itertools
import re
from typing import Any

from pydantic import PydanticUserError, TypeAdapter
from pydantic.json_schema import GenerateJsonSchema, JsonSchemaValue
from pydantic_core import PydanticOmit, core_schema

from inovasi_daerah.errors import InvalidInput
from inovasi_daerah.law.load import require_type
from inovasi_daerah.models.enums import LegalEnum, normalize_text

__all__ = ["DRAFT", "InputSchema", "enum_pattern", "input_schema"]

DRAFT = "https://json-schema.org/draft/2020-12/schema"
# the separators LegalEnum lookup ignores (models/enums.py: _SEP)
_SEP = r"[\s_\-/.,()']"
#: Longest text an enum lookup reads (LegalEnum._missing_).
_ENUM_MAX_LENGTH = 200

GAPS = (
    "Rules the schema cannot express are checked by the loader: rules across fields (dates in "
    "procedure order, accepted level not above the declared one, a form or indicator given "
    "twice), the NIP's digit layout (Perka BKN 22/2007), dates that do not exist "
    "('31 Februari 2022'). The loader also reads Indonesian date text beyond the 'D Month "
    "YYYY' the schema shows (day names, numeric day-first dates: see docs/dates.md)."
)


def _ci(token: str) -> str:
    out = []
    for ch in token:
        up, low = ch.upper(), ch.lower()
        if up != low and len(up) == 1 and len(low) == 1 and up.lower() == low:
            out.append(f"[{low}{up}]")
        else:
            out.append(re.escape(ch))
    return "".join(out)


def enum_pattern(cls: type[LegalEnum]) -> str:
    """A regular expression matching every spelling ``cls`` reads (ASCII case-insensitive)."""
    if not (isinstance(cls, type) and issubclass(cls, LegalEnum)):
        raise InvalidInput(
            "argumen cls harus kelas enum pustaka (LegalEnum)",
            field="cls",
            value=type(cls).__name__,
            message_en="argument cls must be an enum class of the library (LegalEnum)",
        )
    spellings: set[str] = set()
    labels: dict[str, tuple[str, str]] = getattr(cls, "_LABELS", {})
    for member in cls:
        id_, en = labels.get(member.value, (member.value, member.value))
        spellings.update(normalize_text(s) for s in (member.value, member.name, id_, en))
    spellings.update(getattr(cls, "_ALIASES", {}))
    spellings.discard("")
    alts = sorted(
        (f"{_SEP}+".join(_ci(tok) for tok in s.split(" ")) for s in spellings),
        key=lambda a: (-len(a), a),
    )
    return f"^{_SEP}*(?:{'|'.join(alts)}){_SEP}*$"


def _plain(value: Any) -> int | float:
    from decimal import Decimal

    if isinstance(value, Decimal):
        return int(value) if value == value.to_integral_value() else float(value)
    return value if isinstance(value, int | float) else float(value)


class InputSchema(GenerateJsonSchema):
    """Schema generator for input: every alias, every enum spelling (see the module)."""

    def str_schema(self, schema: core_schema.StringSchema) -> JsonSchemaValue:
        """A string; a required text must contain a character that is not a space."""
        out = super().str_schema(schema)
        if schema.get("min_length") and "pattern" not in out:
            # models strip whitespace first: a required text needs a character that is not space
            out["pattern"] = r"\S"
        return out

    def decimal_schema(self, schema: core_schema.DecimalSchema) -> JsonSchemaValue:
        """A Decimal: a number within the models' sane bounds, or (where the bounds allow a
        pattern) decimal text.
        """
        from inovasi_daerah.models.base import MAX_MAGNITUDE, MAX_PLACES

        number: JsonSchemaValue = {"type": "number"}
        bounds = {
            "ge": "minimum",
            "gt": "exclusiveMinimum",
            "le": "maximum",
            "lt": "exclusiveMaximum",
        }
        for key, word in bounds.items():
            if schema.get(key) is not None:
                number[word] = _plain(schema[key])  # type: ignore[literal-required]
        number.setdefault("maximum", MAX_MAGNITUDE)
        if "exclusiveMinimum" not in number:
            number["minimum"] = max(number.get("minimum", -MAX_MAGNITUDE), -MAX_MAGNITUDE)
        digits = f"[0-9]{{1,{len(str(MAX_MAGNITUDE)) - 1}}}(\\.[0-9]{{1,{MAX_PLACES}}})?"
        lower = schema.get("ge")
        others = [k for k in ("gt", "le", "lt") if schema.get(k) is not None]
        if others or (lower is not None and lower != 0):
            # decimal text is read too, but its bounds cannot be written as a pattern
            number["description"] = "also accepted as decimal text within the same bounds"
            return number
        sign = "" if lower == 0 else "-?"
        text = {"type": "string", "pattern": f"^{sign}{digits}$"}
        return {"anyOf": [number, text]}

    def dict_schema(self, schema: core_schema.DictSchema) -> JsonSchemaValue:
        """A mapping; a key pattern becomes ``propertyNames``: other keys are refused, as the
        loader refuses them.
        """
        out = super().dict_schema(schema)
        pattern_props = out.get("patternProperties")
        if isinstance(pattern_props, dict) and len(pattern_props) == 1:
            # pydantic turns a key pattern into patternProperties, which lets keys that do not
            # match through with any value; the loader refuses them: say so with propertyNames
            ((pattern, values),) = pattern_props.items()
            del out["patternProperties"]
            out["additionalProperties"] = values
            out.setdefault("propertyNames", {})["pattern"] = pattern
        return out

    def enum_schema(self, schema: core_schema.EnumSchema) -> JsonSchemaValue:
        """A :class:`LegalEnum`: one of its values, or any spelling the loader reads (a
        case-insensitive pattern).
        """
        base = super().enum_schema(schema)
        cls = schema["cls"]
        if not (isinstance(cls, type) and issubclass(cls, LegalEnum)):
            return base
        values = base.pop("enum", [m.value for m in cls])
        base.pop("type", None)
        base["anyOf"] = [
            {"type": "string", "enum": values},
            {"type": "string", "pattern": enum_pattern(cls), "maxLength": _ENUM_MAX_LENGTH},
        ]
        base.setdefault(
            "description",
            f"{cls.__name__}: one of {', '.join(values)}, or its label in Bahasa Indonesia or "
            "English; case, spaces, hyphens and underscores do not matter.",
        )
        return base

    def _named_required_fields_schema(
        self, named_required_fields: Any
    ) -> JsonSchemaValue:  # pydantic's hook for model and TypedDict fields
        properties: dict[str, JsonSchemaValue] = {}
        required: list[str] = []
        all_of: list[JsonSchemaValue] = []
        for name, is_required, field in named_required_fields:
            names = self._input_names(field, name)
            try:
                sub = self.generate_inner(field).copy()
            except PydanticOmit:
                continue
            if "title" not in sub and self.field_title_should_be_set(field):
                sub["title"] = self.get_title_from_name(names[0])
            sub = self.handle_ref_overrides(sub)
            for n in names:
                properties[n] = sub
            if is_required:
                if len(names) == 1:
                    required.append(names[0])
                else:
                    all_of.append({"anyOf": [{"required": [n]} for n in names]})
            # two names of one field: the loader refuses the second as an unknown field
            all_of.extend(
                {"not": {"required": [a, b]}} for a, b in itertools.combinations(names, 2)
            )
        out: JsonSchemaValue = {"type": "object", "properties": properties}
        if required:
            out["required"] = required
        if all_of:
            out["allOf"] = all_of
        return out

    def _input_names(self, field: Any, name: str) -> list[str]:
        alias: Any = field.get("validation_alias", name)
        if isinstance(alias, str):
            return [alias]
        names = [p[0] for p in alias if isinstance(p, list) and len(p) == 1]
        names = [n for n in names if isinstance(n, str)]
        return list(dict.fromkeys(names)) or [name]


def input_schema(
    tp: Any, *, title: str | None = None, description: str | None = None
) -> dict[str, Any]:
    """The input JSON Schema of a model class or type (validation mode, every alias)."""
    for name, text in (("title", title), ("description", description)):
        if text is not None:
            require_type(text, str, name, "teks", "text")
    try:
        adapter: TypeAdapter[Any] = TypeAdapter(tp)
        schema = adapter.json_schema(by_alias=True, mode="validation", schema_generator=InputSchema)
    except (
        PydanticUserError,
        LookupError,
        NameError,
        SyntaxError,
        TypeError,
        ValueError,
        RecursionError,
    ) as exc:
        # not a type pydantic can describe (a value, an arbitrary class, a bad forward
        # reference such as "" ...)
        raise InvalidInput(
            f"argumen tp bukan tipe yang dapat dijadikan skema JSON ({type(exc).__name__})",
            field="tp",
            value=type(tp).__name__,
            message_en=f"argument tp is no type a JSON Schema can be made of "
            f"({type(exc).__name__})",
        ) from None
    out: dict[str, Any] = {"$schema": DRAFT}
    out.update(schema)
    if title is not None:
        out["title"] = title
    text = description or out.get("description") or ""
    out["description"] = (text + "\n\n" if text else "") + GAPS
    return out
