"""The base of every domain model: immutable, strict about unknown fields, bilingual input.

Models accept their English field names and the Indonesian names existing IID applications
use (``nama_inovasi``, ``tahapan`` ...). Bad input raises the library's own
:class:`~inovasi_daerah.errors.InvalidInput` (or the specific error a field validator raised,
such as :class:`~inovasi_daerah.errors.InvalidNip`), naming the field.
"""

from __future__ import annotations

import json
from datetime import date, datetime
from decimal import Decimal
from typing import Annotated, Any, Self

from pydantic import (
    AliasChoices,
    BaseModel,
    BeforeValidator,
    ConfigDict,
    ValidationError,
    model_validator,
)

from inovasi_daerah.errors import InovasiDaerahError, InvalidDate, InvalidInput

__all__ = ["LooseDate", "Model", "alias", "convert_validation_error"]

_MAX_ERRORS_SHOWN = 5
#: No score, level, count or amount of the domain has more than 10**100 (refused earlier).
_MAX_EXP = 100


def convert_validation_error(exc: ValidationError, model: str) -> InovasiDaerahError:
    """Turn pydantic's error into the library's: the specific one when a validator raised it."""
    if not isinstance(exc, ValidationError):
        raise InvalidInput("harus ValidationError pydantic", field="exc", value=exc)
    errors = exc.errors(include_url=False)
    first = errors[0]
    path = ".".join(str(p) for p in first["loc"])
    loc = path or model
    ctx_error = (first.get("ctx") or {}).get("error")
    if len(errors) == 1 and isinstance(ctx_error, InovasiDaerahError):
        cls = type(ctx_error)
        inner = ctx_error.field
        if inner and not path.endswith(inner):
            # a model-level validator names the field; keep the path to the model
            loc = f"{path}.{inner}" if path else inner
        return cls(
            ctx_error.message,
            field=loc,
            rule=ctx_error.rule,
            article=ctx_error.article,
            **({"value": ctx_error.value} if ctx_error.value is not None else {}),
        )
    shown = "; ".join(
        f"{'.'.join(str(p) for p in e['loc']) or model}: {e['msg']}"
        for e in errors[:_MAX_ERRORS_SHOWN]
    )
    more = f" (+{len(errors) - _MAX_ERRORS_SHOWN} more)" if len(errors) > _MAX_ERRORS_SHOWN else ""
    err_cls: type[InovasiDaerahError] = InvalidInput
    if isinstance(ctx_error, InovasiDaerahError) and all(
        isinstance((e.get("ctx") or {}).get("error"), type(ctx_error)) for e in errors
    ):
        err_cls = type(ctx_error)
    return err_cls(f"{model} tidak valid: {shown}{more}", field=loc)


def _check_keys(obj: Any, model: str) -> None:
    """Field names are text: a dict with other keys would reach ``cls(**data)`` (TypeError)."""
    if isinstance(obj, dict) and not all(type(k) is str for k in obj):
        bad = next(k for k in obj if type(k) is not str)
        raise InvalidInput(
            "nama field harus teks (field names must be text)", field=model, value=bad
        )


def _keyword_error(exc: TypeError, model: str) -> Exception:
    """pydantic builds a nested model with ``cls(**data)``: a dict with non-text keys deep in
    the input fails there with Python's TypeError, which becomes the library's error."""
    if "keywords must be strings" in str(exc):
        return InvalidInput("nama field harus teks (field names must be text)", field=model)
    return exc


class Model(BaseModel):
    """Immutable pydantic model with Indonesian aliases and the library's errors."""

    model_config = ConfigDict(
        frozen=True,
        extra="forbid",
        validate_by_name=True,
        validate_by_alias=True,
        str_strip_whitespace=True,
        use_enum_values=False,
        ser_json_inf_nan="strings",
    )

    @model_validator(mode="before")
    @classmethod
    def _bound_magnitudes(cls, data: Any) -> Any:
        """Refuse a Decimal of absurd magnitude before pydantic converts it: turning
        ``Decimal("1e999999999")`` into an ``int`` level takes seconds and gigabytes."""
        if isinstance(data, dict):
            for key, value in data.items():
                if type(value) is Decimal and value.is_finite() and value.adjusted() > _MAX_EXP:
                    raise InvalidInput("angka terlalu besar (number too large)", field=str(key))
        return data

    def __init__(self, /, **data: Any) -> None:
        try:
            super().__init__(**data)
        except ValidationError as exc:
            raise convert_validation_error(exc, type(self).__name__) from None
        except RecursionError:
            raise InvalidInput("data terlalu dalam bersarang", field=type(self).__name__) from None
        except TypeError as exc:
            raise _keyword_error(exc, type(self).__name__) from None

    @classmethod
    def model_validate(cls, obj: Any, *args: Any, **kwargs: Any) -> Self:
        _check_keys(obj, cls.__name__)
        try:
            return super().model_validate(obj, *args, **kwargs)
        except ValidationError as exc:
            raise convert_validation_error(exc, cls.__name__) from None
        except RecursionError:
            raise InvalidInput("data terlalu dalam bersarang", field=cls.__name__) from None
        except TypeError as exc:
            raise _keyword_error(exc, cls.__name__) from None

    @classmethod
    def model_validate_json(cls, json_data: Any, *args: Any, **kwargs: Any) -> Self:
        if isinstance(json_data, str | bytes | bytearray):
            from inovasi_daerah.io.load import loads

            # pydantic's parser keeps the last of two equal keys silently: check first
            loads(
                bytes(json_data) if isinstance(json_data, bytearray) else json_data,
                field=cls.__name__,
            )
        try:
            return super().model_validate_json(json_data, *args, **kwargs)
        except ValidationError as exc:
            raise convert_validation_error(exc, cls.__name__) from None
        except RecursionError:
            raise InvalidInput("data terlalu dalam bersarang", field=cls.__name__) from None
        except TypeError as exc:
            raise _keyword_error(exc, cls.__name__) from None

    @classmethod
    def model_validate_strings(cls, obj: Any, *args: Any, **kwargs: Any) -> Self:
        _check_keys(obj, cls.__name__)
        try:
            return super().model_validate_strings(obj, *args, **kwargs)
        except ValidationError as exc:
            raise convert_validation_error(exc, cls.__name__) from None
        except RecursionError:
            raise InvalidInput("data terlalu dalam bersarang", field=cls.__name__) from None
        except TypeError as exc:
            raise _keyword_error(exc, cls.__name__) from None

    @classmethod
    def from_json(cls, text: str | bytes) -> Self:
        """Parse JSON text (English or Indonesian field names)."""
        if not isinstance(text, str | bytes | bytearray):
            raise InvalidInput("JSON harus berupa teks", field=cls.__name__, value=text)
        return cls.model_validate_json(text)

    @classmethod
    def from_dict(cls, data: Any) -> Self:
        """Validate already-parsed data (English or Indonesian field names)."""
        if not isinstance(data, dict):
            raise InvalidInput("data harus berupa objek/dict", field=cls.__name__, value=data)
        return cls.model_validate(data)

    def to_json(self, *, indent: int | None = None) -> str:
        """JSON with the English field names; :meth:`from_json` reads it back unchanged."""
        return self.model_dump_json(indent=indent, exclude_defaults=False)

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready data (Decimals as strings, dates ISO)."""
        return dict(json.loads(self.to_json()))


def alias(*names: str) -> AliasChoices:
    """Input names of a field: the English name first, then the Indonesian ones."""
    return AliasChoices(*names)


def _to_date(value: Any) -> Any:
    if isinstance(value, datetime):
        raise InvalidDate("harus tanggal tanpa jam (a date, not a datetime)", value=value)
    if isinstance(value, date) or value is None:
        return value
    if isinstance(value, str):
        text = value.strip()
        try:
            return date.fromisoformat(text)
        except ValueError:
            from inovasi_daerah.dates import parse_date

            return parse_date(text)
    raise InvalidDate("harus tanggal (YYYY-MM-DD atau teks tanggal Indonesia)", value=value)


#: A date given as ``datetime.date``, ISO text, or Indonesian text ("20 April 2022").
LooseDate = Annotated[date, BeforeValidator(_to_date)]
