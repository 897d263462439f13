"""Shared helpers of the SKP rules: exact numbers, enum input, small result types.

Numbers: ``int``, ``str`` and ``Decimal`` are taken as they are; a ``float`` is converted
through ``str()`` (so ``9.12`` becomes ``Decimal("9.12")``, never the binary expansion);
``bool``, NaN and infinities are refused.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from enum import Enum
from typing import Any, Generic, TypeVar, cast

from inovasi_daerah.errors import InovasiDaerahError, InvalidInput
from inovasi_daerah.law import Citation, Explanation, Param, Result, RuleSet, T, Text
from inovasi_daerah.models.base import Model
from inovasi_daerah.models.enums import LegalEnum

__all__ = [
    "HUNDRED",
    "PredikatResult",
    "SkpRegime",
    "ValueResult",
    "as_enum",
    "as_model",
    "cites",
    "policy_note",
    "to_decimal",
]

#: Percent scale (a unit, not a legal number).
HUNDRED = Decimal(100)

E = TypeVar("E", bound=Enum)
M = TypeVar("M", bound=Model)


def to_decimal(value: object, field: str, *, minimum: Decimal | None = None) -> Decimal:
    """``value`` as a finite Decimal, or :class:`InvalidInput` naming ``field``."""
    if isinstance(value, bool):
        raise InvalidInput(
            "harus angka, bukan boolean",
            field=field,
            value=value,
            message_en="must be a number, not a boolean",
        )
    result: Decimal
    if isinstance(value, Decimal):
        result = value
    elif isinstance(value, int):
        result = Decimal(value)
    elif isinstance(value, float):
        result = Decimal(str(value))
    elif isinstance(value, str) and len(value) <= 100:
        try:
            result = Decimal(value.strip())
        except InvalidOperation:
            raise InvalidInput(
                "bukan angka", field=field, value=value, message_en="not a number"
            ) from None
    else:
        raise InvalidInput(
            "harus angka (int, str atau Decimal)",
            field=field,
            value=value,
            message_en="must be a number (int, str or Decimal)",
        )
    if not result.is_finite():
        raise InvalidInput(
            "harus angka terhingga", field=field, value=value, message_en="must be a finite number"
        )
    if minimum is not None and result < minimum:
        raise InvalidInput(
            f"tidak boleh kurang dari {minimum}",
            field=field,
            value=value,
            message_en=f"must not be less than {minimum}",
        )
    return result


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
    if isinstance(value, cls):
        return value
    if isinstance(value, Mapping):
        try:
            return cls.model_validate(dict(value))
        except InovasiDaerahError:
            raise
        except (TypeError, ValueError) as exc:  # pragma: no cover - Model converts these
            raise InvalidInput(str(exc), field=field, message_en=str(exc)) from None
    raise InvalidInput(
        f"harus {cls.__name__} atau objek",
        field=field,
        value=value,
        message_en=f"must be a {cls.__name__} or an object",
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

    @property
    def explanation(self) -> Explanation:
        """The explanation tree of the value."""
        return self._explanation

    def _summary(self) -> dict[str, Any]:
        return {"key": self._explanation.key, "value": self.value}

    def __str__(self) -> str:
        return self._explanation.render()


P = TypeVar("P", bound=Enum)


@dataclass(frozen=True, slots=True)
class PredikatResult(Result, Generic[P]):
    """A predikat with the value (if any) it was read from, and its explanation."""

    predikat: P
    nilai: Decimal | None
    _explanation: Explanation

    @property
    def explanation(self) -> Explanation:
        """The explanation tree of the predikat."""
        return self._explanation

    def _summary(self) -> dict[str, Any]:
        return {"predikat": self.predikat, "nilai": self.nilai}

    def __str__(self) -> str:
        return str(self.predikat.value)


@dataclass(frozen=True, kw_only=True)
class SkpRegime(RuleSet):
    """Base of the appraisal regimes; ``id`` is stable ("pp46_2011", "pp30_2019" ...)."""

    boundary_override: str | None = None


def as_list(value: object, field: str) -> list[Any]:
    """``value`` as a list when it is a non-text, non-mapping iterable; else InvalidInput."""
    if isinstance(value, str | bytes | bytearray | Mapping):
        raise InvalidInput("harus daftar", field=field, value=value, message_en="must be a list")
    if not isinstance(value, Iterable):
        raise InvalidInput("harus daftar", field=field, value=value, message_en="must be a list")
    try:
        return list(value)
    except TypeError:  # pragma: no cover - an iterable whose iteration fails
        raise InvalidInput(
            "harus daftar", field=field, value=value, message_en="must be a list"
        ) from None
