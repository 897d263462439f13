"""Shared helpers of the SKP rules: exact numbers, enum input, small result types.

Numbers: ``int``, ``str`` and ``Decimal`` are taken as they are; a ``float`` is converted
through ``str()`` (so ``9.12`` becomes ``Decimal("9.12")``, never the binary expansion);
``bool``, NaN and infinities are refused.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal
from enum import Enum
from typing import Any, Generic, Protocol, TypeVar, cast

from inovasi_daerah import _util
from inovasi_daerah._legacy_names import module_getattr
from inovasi_daerah._util import NumberStyle
from inovasi_daerah.errors import InvalidInput
from inovasi_daerah.law import Citation, Explanation, Param, Result, RuleSet, T, Text
from inovasi_daerah.law.load import (
    DATE,
    STR,
    TEXT,
    Choice,
    Field,
    Kind,
    MapOf,
    Table,
    Where,
    build_params,
    citation_kind,
    decimal_of,
    load_shipped,
    parameters_table,
    rule_set_header,
)
from inovasi_daerah.models.base import Model
from inovasi_daerah.models.enums import LegalEnum

__all__ = [
    "HUNDRED",
    "DecimalReader",
    "PredicateResult",
    "SkpRegime",
    "ValueResult",
    "ValueRule",
    "as_enum",
    "as_model",
    "band_of",
    "bands_rule",
    "cites",
    "load_rule_set",
    "policy_note",
    "rule_file",
    "target_and_realised",
    "to_decimal",
    "value_converter",
]

#: Percent scale (a unit, not a legal number).
HUNDRED = Decimal(100)
_ZERO = Decimal(0)

E = TypeVar("E", bound=Enum)
M = TypeVar("M", bound=Model)
R = TypeVar("R", bound=RuleSet)

#: The validity of a rule file whose two ends are both known.
VALID_CLOSED = Field(Table({"from": Field(DATE, True), "to": Field(DATE, True)}), True)
#: The validity of a rule file in force until replaced (no ``to``).
VALID_OPEN = Field(Table({"from": Field(DATE, True), "to": Field(DATE)}), True)


def rule_file(
    family: str,
    doc: str,
    value_kinds: Mapping[str, Kind],
    *,
    with_key: bool = False,
    valid: Field | None = None,
    citations: Field | None = None,
) -> Table:
    """The format of an SKP rule file: the header every one shares (``id``, ``family``,
    ``title``, ``checked``, ``valid`` when the file has one, ``cite``, ``citations``; the
    fields :func:`~inovasi_daerah.law.load.rule_set_header` reads) and its ``[parameters]``
    table of ``value_kinds`` (``with_key``: each parameter also names its source key).

    ``citations`` defaults to a table of named citations, every one optional.
    """
    fields: dict[str, Field] = {
        "id": Field(STR, True),
        "family": Field(Choice((family,)), True),
        "title": Field(TEXT, True),
        "checked": Field(DATE, True),
    }
    if valid is not None:
        fields["valid"] = valid
    fields["cite"] = Field(citation_kind(), True)
    fields["citations"] = citations or Field(MapOf(citation_kind()), True)
    fields["parameters"] = Field(parameters_table(value_kinds, with_key=with_key), True)
    return Table(fields, doc)


class DecimalReader(Protocol):
    """Reads a decimal written in a rule file; an error names the parameter's ``key``."""

    def __call__(self, x: object, key: str = "value") -> Decimal:
        """``x`` as a Decimal, checked as the rule file's decimal kind."""
        ...


#: How one parameter's value is read: from the raw value and the file's decimal reader.
ValueRule = Callable[[Any, DecimalReader], Any]


def value_converter(
    rules: Mapping[str, ValueRule],
    *,
    prefixes: Mapping[str, ValueRule] | None = None,
    default: ValueRule | None = None,
) -> Callable[[str, Any, Where], Any]:
    """The value converter of an SKP rule file, for :func:`load_rule_set`.

    A parameter's value goes through the rule of its key in ``rules``, else the rule of the
    first of ``prefixes`` its key starts with, else ``default`` (the value as written when
    there is none). Each rule gets the raw value and a :class:`DecimalReader` for the
    parameter's place in the file.
    """
    by_prefix = tuple((prefixes or {}).items())

    def convert(key: str, v: Any, where: Where) -> Any:
        def d(x: object, key: str = "value") -> Decimal:
            return decimal_of(x, where, key)

        rule = rules.get(key)
        if rule is None:
            rule = next((r for p, r in by_prefix if key.startswith(p)), default)
        return v if rule is None else rule(v, d)

    return convert


def load_rule_set(
    kind: type[R],
    name: str,
    spec: Table,
    convert: Callable[[str, Any, Where], Any],
    bare_citations: Sequence[str],
    *,
    valid_from: Callable[[dict[str, Any]], Any] | None = None,
) -> R:
    """The rule set ``kind`` read from the shipped rule file ``name`` (under ``rules/``),
    checked against ``spec``: its header, its named ``bare_citations`` and its parameters,
    each converted by ``convert``. ``valid_from`` gives the start of validity from the
    parameters when the file states none."""
    data, cites_, where = load_shipped(name, spec)
    params: dict[str, Any] = build_params(data, cites_, where, convert)
    start = None if valid_from is None else valid_from(params)
    header = rule_set_header(data, cites_, where, bare_citations, valid_from=start)
    return kind(**header, **params)


#: How the SKP engines read a number: a float through ``str()`` (see the module docstring).
NUMBER = NumberStyle(
    float_refused=None,
    decimal_comma=False,
    max_text=100,
    not_a_number=("harus angka (int, str atau Decimal)", "must be a number (int, str or Decimal)"),
    not_finite=("harus angka terhingga", "must be a finite number"),
)


def to_decimal(value: object, field: str, *, minimum: Decimal | None = None) -> Decimal:
    """``value`` as a finite Decimal, or :class:`InvalidInput` naming ``field``."""
    result = _util.to_decimal(value, field, NUMBER)
    if minimum is not None and result < minimum:
        raise InvalidInput(
            f"tidak boleh kurang dari {minimum}",
            field=field,
            value=value,
            message_en=f"must not be less than {minimum}",
        )
    return result


def target_and_realised(target: object, realised: object) -> tuple[Decimal, Decimal]:
    """The target (more than 0: a capaian against 0 is undefined) and the realisation (at
    least 0) of an SKP aspect, as exact numbers."""
    t = to_decimal(target, "target")
    if t <= 0:
        raise InvalidInput(
            "target harus lebih dari 0",
            field="target",
            value=target,
            message_en="target must be more than 0",
        )
    return t, to_decimal(realised, "realised", minimum=_ZERO)


L = TypeVar("L", bound=LegalEnum)


def band_of(x: Decimal, bands: Iterable[tuple[Decimal, L]], floor: L) -> L:
    """The predikat of the first band (highest first) whose lower threshold ``x`` reaches;
    ``floor`` when it reaches none (the reading of :func:`bands_rule`'s line)."""
    for threshold, predikat in bands:
        if x >= threshold:
            return predikat
    return floor


def bands_rule(
    bands: Iterable[tuple[Decimal, LegalEnum]],
    floor: LegalEnum,
    show: Callable[[Decimal], str] = str,
) -> Text:
    """The predikat bands as the rule line of an explanation: "≥ 90 Sangat Baik; ...;
    lainnya <floor>", each threshold shown by ``show``."""
    line = "; ".join(f"≥ {show(t)} {p.value}" for t, p in bands)
    return T(line + f"; lainnya {floor.value}", line + f"; else {floor.value}")


def as_enum(cls: type[E], value: object, field: str) -> E:
    """``value`` as a member of ``cls`` (member, value or display text), else InvalidInput."""
    if isinstance(value, cls):
        return value
    if issubclass(cls, LegalEnum):
        hit = cls._coerce(value)  # one dict lookup for the spellings set_labels records
        if hit is not None:
            return cast(E, hit)
    elif isinstance(value, str) and len(value) <= 200:
        try:
            return cls(value)
        except ValueError:
            pass
    known = [m.value for m in cls]
    raise InvalidInput(
        f"harus salah satu dari {known}",
        field=field,
        value=value,
        message_en=f"must be one of {known}",
    )


def as_model(cls: type[M], value: object, field: str) -> M:
    """``value`` as ``cls`` (an instance or a mapping of its fields)."""
    name = cls.__name__
    return _util.as_model(
        cls, value, field, (f"harus {name} atau objek", f"must be a {name} or an object")
    )


def cites(*params: Param[Any] | Citation) -> tuple[Citation, ...]:
    """The citations of ``params`` (or citations), each once, in order."""
    seen: dict[Citation, None] = {}
    for p in params:
        c = p if isinstance(p, Citation) else p.citation
        seen.setdefault(c, None)
    return tuple(seen)


def policy_note(param: Param[Any]) -> Text:
    """A note recording the policy choice of ``param``."""
    value = getattr(param.value, "value", param.value)
    return T(
        f"kebijakan {param.key} = {value}",
        f"policy {param.key} = {value}",
    )


@dataclass(frozen=True, slots=True)
class ValueResult(Result):
    """A single number with its explanation (aspect values, nilai, points)."""

    value: Decimal
    _explanation: Explanation

    def _summary(self) -> dict[str, Any]:
        return {"key": self._explanation.key, "value": self.value}

    def __str__(self) -> str:
        return self._explanation.render()


P = TypeVar("P", bound=Enum)


@dataclass(frozen=True, slots=True)
class PredicateResult(Result, Generic[P]):
    """A predikat with the value (if any) it was read from, and its explanation."""

    predicate: P
    value: Decimal | None
    _explanation: Explanation

    def _summary(self) -> dict[str, Any]:
        return {"predicate": self.predicate, "value": self.value}

    def __str__(self) -> str:
        return str(self.predicate.value)


@dataclass(frozen=True, kw_only=True)
class SkpRegime(RuleSet):
    """Base of the appraisal regimes; ``id`` is stable ("pp46_2011", "pp30_2019" ...)."""

    boundary_override: str | None = None


#: old class names, importable with a DeprecationWarning until 1.0.0 (docs/glossary.md)
__getattr__ = module_getattr(__name__, globals())
