"""The base of every domain model: immutable, strict about unknown fields, bilingual input.

Models accept their English field names and the Indonesian names existing IID applications
use (``nama_inovasi``, ``tahapan`` ...). Bad input raises the library's own
:class:`~inovasi_daerah.errors.InvalidInput` (or the specific error a field validator raised,
such as :class:`~inovasi_daerah.errors.InvalidNip`), naming the field.
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from datetime import date, datetime
from decimal import Decimal
from typing import Annotated, Any, Self

from pydantic import (
    AliasChoices,
    BaseModel,
    BeforeValidator,
    ConfigDict,
    ValidationError,
    WithJsonSchema,
    model_validator,
)

from inovasi_daerah.errors import InovasiDaerahError, InvalidDate, InvalidInput
from inovasi_daerah.law.validated import require_validation_error, too_deeply_nested

__all__ = ["MAX_MAGNITUDE", "LooseDate", "Model", "alias", "convert_validation_error"]

#: Largest absolute number a model field accepts. An input sanity bound, not a legal value: no
#: count, score, level, percentage or rupiah amount of one innovation or Pemda comes near it
#: (a province's APBD is below 10**14 rupiah), while 10**400 is a typo or an attack that would
#: only make exact arithmetic slow.
MAX_MAGNITUDE = 10**15
#: Most decimal places a number may carry (finer than any figure the rules compare).
MAX_PLACES = 12

_MAX_ERRORS_SHOWN = 5
#: No score, level, count or amount of the domain has more than 10**100 (refused earlier).
_MAX_EXP = 100


def convert_validation_error(
    exc: ValidationError, model: str, data: Any = None, model_cls: Any = None
) -> InovasiDaerahError:
    """Turn pydantic's error into the library's, in the user's terms (see ``messages``).

    ``data`` is the input as the user gave it, so that positions name the user's keys and
    indices; the specific error a validator raised (``InvalidNip`` ...) keeps its class.
    """
    require_validation_error(exc)
    from inovasi_daerah.models.messages import _convert_errors

    return _convert_errors(exc.errors(include_url=False), model, data, model_cls)


def _places(value: Decimal) -> int:
    """Decimal places of ``value`` without trailing zeros (no context, so no rounding)."""
    sign, digits, exponent = value.as_tuple()
    del sign
    if not isinstance(exponent, int):  # NaN, infinity: refused elsewhere
        return 0
    zeros = len(digits) - len("".join(map(str, digits)).rstrip("0"))
    return max(0, -(exponent + zeros))


def _check_keys(obj: Any, model: str) -> None:
    """Field names are text: a dict with other keys would reach ``cls(**data)`` (TypeError)."""
    if isinstance(obj, dict) and not all(type(k) is str for k in obj):
        bad = next(k for k in obj if type(k) is not str)
        raise InvalidInput(
            "nama field harus teks",
            field=model,
            value=bad,
            message_en="field names must be text",
        )


def _keyword_error(exc: TypeError, model: str) -> Exception:
    """pydantic builds a nested model with ``cls(**data)``: a dict with non-text keys deep in
    the input fails there with Python's TypeError, which becomes the library's error."""
    if "keywords must be strings" in str(exc):
        return InvalidInput(
            "nama field harus teks",
            field=model,
            message_en="field names must be text",
        )
    return exc


class _JsonValidationError(Exception):
    """pydantic's error of a JSON input, handed back to ``model_validate_json`` (which knows
    the text, so it can locate a JSON syntax error)."""

    def __init__(self, exc: ValidationError) -> None:
        super().__init__()
        self.exc = exc


#: ``data`` of :func:`_library_errors` for JSON text: the caller converts pydantic's error
_JSON_TEXT: Any = object()


@contextmanager
def _library_errors(cls: type[Any], data: Any) -> Iterator[None]:
    """Validation of ``cls`` ending only in the library's errors: pydantic's in the user's
    terms (``data`` is the input as given; ``_JSON_TEXT`` for JSON text, handled by the
    caller), too-deep nesting and wrong keyword arguments named."""
    try:
        yield
    except ValidationError as exc:
        if data is _JSON_TEXT:
            raise _JsonValidationError(exc) from None
        raise convert_validation_error(exc, cls.__name__, data, cls) from None
    except RecursionError:
        raise too_deeply_nested(cls.__name__) from None
    except TypeError as exc:
        raise _keyword_error(exc, cls.__name__) from None


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

    @classmethod
    def __pydantic_init_subclass__(cls, **kwargs: Any) -> None:
        super().__pydantic_init_subclass__(**kwargs)
        from inovasi_daerah._legacy_names import FIELDS, deprecated_attribute
        from inovasi_daerah.models.messages import FIELD_NAMES

        # names before the English convention: readable for one cycle, with a warning
        for old, new in FIELDS.get(f"{cls.__module__}.{cls.__qualname__}", {}).items():
            setattr(cls, old, deprecated_attribute(cls.__name__, old, new))

        for name, info in cls.model_fields.items():
            names = FIELD_NAMES.setdefault(name, {name})
            va = info.validation_alias
            if isinstance(va, AliasChoices):
                names.update(c for c in va.choices if isinstance(c, str))
            elif isinstance(va, str):
                names.add(va)

    @model_validator(mode="after")
    def _sane_numbers(self) -> Self:
        """Refuse a number beyond ±10^15 or with more than ``MAX_PLACES`` decimal places."""
        for name in type(self).model_fields:
            value = getattr(self, name)
            if isinstance(value, bool) or not isinstance(value, int | Decimal):
                continue
            number: int | Decimal = value
            too_fine = isinstance(number, Decimal) and _places(number) > MAX_PLACES
            if too_fine or not -MAX_MAGNITUDE <= number <= MAX_MAGNITUDE:
                raise InvalidInput(
                    f"angka di luar batas wajar (|x| ≤ 10^15, paling banyak {MAX_PLACES} desimal)",
                    field=name,
                    value=value,
                    message_en=f"number out of the sane range (|x| ≤ 10^15, at most "
                    f"{MAX_PLACES} decimal places)",
                )
        return self

    @model_validator(mode="before")
    @classmethod
    def _bound_magnitudes(cls, data: Any) -> Any:
        """Refuse a Decimal of absurd magnitude before pydantic converts it: turning
        ``Decimal("1e999999999")`` into an ``int`` level takes seconds and gigabytes."""
        if isinstance(data, dict):
            for key, value in data.items():
                if type(value) is Decimal and value.is_finite() and value.adjusted() > _MAX_EXP:
                    raise InvalidInput(
                        "angka terlalu besar",
                        field=str(key),
                        message_en="number too large",
                    )
        return data

    def __init__(self, /, **data: Any) -> None:
        with _library_errors(type(self), data):
            super().__init__(**data)

    @classmethod
    def model_validate(cls, obj: Any, *args: Any, **kwargs: Any) -> Self:
        """Validate ``obj`` as pydantic does, with the library's errors (field named as written).

        Raises:
            InvalidInput: a key is not text, or a field is missing or wrong.
        """
        _check_keys(obj, cls.__name__)
        with _library_errors(cls, obj):
            return super().model_validate(obj, *args, **kwargs)

    @classmethod
    def model_validate_json(cls, json_data: Any, *args: Any, **kwargs: Any) -> Self:
        """Validate JSON text, refusing duplicate keys, with the library's errors.

        Raises:
            InvalidInput: the text is not JSON, repeats a key, or a field is missing or wrong.
        """
        if isinstance(json_data, str | bytes | bytearray):
            from inovasi_daerah.io.load import loads

            # pydantic's parser keeps the last of two equal keys silently: check first
            loads(
                bytes(json_data) if isinstance(json_data, bytearray) else json_data,
                field=cls.__name__,
            )
        try:
            with _library_errors(cls, _JSON_TEXT):
                return super().model_validate_json(json_data, *args, **kwargs)
        except _JsonValidationError as wrapped:
            exc = wrapped.exc
            if exc.errors()[0]["type"] == "json_invalid" and isinstance(json_data, str | bytes):
                from inovasi_daerah.io.load import json_error

                raise json_error(json_data, field=cls.__name__) from None
            try:
                data = json.loads(json_data)
            except (ValueError, TypeError, RecursionError):
                data = None
            raise convert_validation_error(exc, cls.__name__, data, cls) from None

    @classmethod
    def model_validate_strings(cls, obj: Any, *args: Any, **kwargs: Any) -> Self:
        """Validate ``obj`` with string values (pydantic's strings mode), with the library's
        errors.

        Raises:
            InvalidInput: a key is not text, or a field is missing or wrong.
        """
        _check_keys(obj, cls.__name__)
        with _library_errors(cls, obj):
            return super().model_validate_strings(obj, *args, **kwargs)

    @classmethod
    def from_json(cls, text: str | bytes) -> Self:
        """Parse JSON text (English or Indonesian field names)."""
        if not isinstance(text, str | bytes | bytearray):
            raise InvalidInput(
                "JSON harus berupa teks",
                field=cls.__name__,
                value=text,
                message_en="the JSON must be text",
            )
        if isinstance(text, str) and text.startswith("\ufeff"):
            text = text[1:]  # a byte-order mark left by an editor
        elif isinstance(text, bytes | bytearray) and text.startswith(b"\xef\xbb\xbf"):
            text = bytes(text[3:])
        return cls.model_validate_json(text)

    @classmethod
    def from_dict(cls, data: Any) -> Self:
        """Validate already-parsed data (English or Indonesian field names)."""
        if not isinstance(data, dict):
            raise InvalidInput(
                "data harus berupa objek/dict",
                field=cls.__name__,
                value=data,
                message_en="data must be an object/dict",
            )
        return cls.model_validate(data)

    def model_copy(self, *, update: Mapping[str, Any] | None = None, deep: bool = False) -> Self:
        """A copy as pydantic makes it; a field name before the English renames (issue 14) in
        ``update`` still sets its field, with a DeprecationWarning (never silently ignored)."""
        if update:
            from inovasi_daerah._legacy_names import FIELDS, warn_renamed

            renamed: dict[str, str] = {}
            for cls in reversed(type(self).__mro__):
                renamed |= FIELDS.get(f"{cls.__module__}.{cls.__qualname__}", {})
            for old in update.keys() & renamed.keys():
                warn_renamed(f"{type(self).__name__} field", old, renamed[old])
            update = {renamed.get(k, k): v for k, v in update.items()}
        return super().model_copy(update=update, deep=deep)

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
        raise InvalidDate(
            "harus tanggal tanpa jam (a date, not a datetime)",
            value=value,
            message_en="must be a date without a time (a date, not a datetime)",
        )
    if isinstance(value, date) or value is None:
        return value
    if isinstance(value, str):
        text = value.strip()
        try:
            return date.fromisoformat(text)
        except ValueError:
            from inovasi_daerah.dates import parse_date

            return parse_date(text)
    raise InvalidDate(
        "harus tanggal (YYYY-MM-DD atau teks tanggal Indonesia)",
        value=value,
        message_en="must be a date (YYYY-MM-DD or an Indonesian date text)",
    )


_MONTHS_ID = (
    "Januari|Februari|Maret|April|Mei|Juni|Juli|Agustus|September|Oktober|November|Desember"
)
#: The input JSON Schema of a date: ISO, or the common Indonesian "20 April 2022" (the loader
#: reads more Indonesian forms, see ``inovasi_daerah.dates``; the schema's description says so).
_DATE_INPUT = Annotated[
    str,
    WithJsonSchema(
        {
            "anyOf": [
                {"type": "string", "format": "date"},
                {
                    "type": "string",
                    "pattern": f"^(0?[1-9]|[12][0-9]|3[01]) ({_MONTHS_ID}) [12][0-9]{{3}}$",
                },
            ]
        }
    ),
]

#: A date given as ``datetime.date``, ISO text, or Indonesian text ("20 April 2022").
LooseDate = Annotated[date, BeforeValidator(_to_date, json_schema_input_type=_DATE_INPUT)]
