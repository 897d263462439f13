"""A pydantic base for the law layer's own models whose validation raises the library's error.

``law.Text`` and ``law.Citation`` are pydantic models below the domain models (which have
their own richer conversion in ``models.base``); bad input to them raised pydantic's
``ValidationError``. :class:`Validated` converts it to :class:`~inovasi_daerah.errors.InvalidInput`
in the constructor and in every ``model_validate*`` entry point.
"""

from __future__ import annotations

from typing import Any, Self

from pydantic import BaseModel, ValidationError

from inovasi_daerah._util import require_instance
from inovasi_daerah.errors import InvalidInput

__all__ = ["Validated", "validation_error"]

_SHOWN = 5


def too_deeply_nested(model: str) -> InvalidInput:
    """The refusal of input nested too deeply to validate (Python's recursion limit)."""
    return InvalidInput(
        "data terlalu dalam bersarang", field=model, message_en="data nested too deeply"
    )


def require_validation_error(exc: object) -> None:
    """Refuse anything but a pydantic ``ValidationError`` as the error to convert."""
    require_instance(
        exc, ValidationError, "exc", ("ValidationError pydantic", "a pydantic ValidationError")
    )


def validation_error(exc: ValidationError, model: str) -> InvalidInput:
    """pydantic's error as the library's: the first few ``path: message`` pairs."""
    require_validation_error(exc)
    errors = exc.errors(include_url=False)
    shown = "; ".join(
        f"{'.'.join(str(p) for p in e['loc']) or model}: {e['msg']}" for e in errors[:_SHOWN]
    )
    more = f" (+{len(errors) - _SHOWN} more)" if len(errors) > _SHOWN else ""
    first = ".".join(str(p) for p in errors[0]["loc"]) if errors else ""
    return InvalidInput(
        f"{model} tidak valid: {shown}{more}",
        field=f"{model}.{first}" if first else model,
        message_en=f"{model} is invalid: {shown}{more}",
    )


class Validated(BaseModel):
    """pydantic ``BaseModel`` whose validation errors are ``InvalidInput``."""

    def __init__(self, /, **data: Any) -> None:
        try:
            super().__init__(**data)
        except ValidationError as exc:
            raise validation_error(exc, type(self).__name__) from None
        except RecursionError:
            raise InvalidInput(
                "data terlalu dalam bersarang",
                field=type(self).__name__,
                message_en="data nested too deeply",
            ) from None

    @classmethod
    def _guard(cls, method: Any, obj: Any, *args: Any, **kwargs: Any) -> Self:
        try:
            result: Self = method(obj, *args, **kwargs)
        except ValidationError as exc:
            raise validation_error(exc, cls.__name__) from None
        except RecursionError:
            raise too_deeply_nested(cls.__name__) from None
        return result

    @classmethod
    def _check_names(cls, obj: Any) -> None:
        """Refuse a dict whose field names are not all text (pydantic would say less)."""
        if isinstance(obj, dict) and any(not isinstance(k, str) for k in obj):
            raise InvalidInput(
                "nama field harus teks",
                field=cls.__name__,
                value=obj,
                message_en="field names must be text",
            )

    @classmethod
    def model_validate(cls, obj: Any, *args: Any, **kwargs: Any) -> Self:
        """pydantic's ``model_validate``; bad input raises ``InvalidInput``."""
        cls._check_names(obj)
        return cls._guard(super().model_validate, obj, *args, **kwargs)

    @classmethod
    def model_validate_json(cls, json_data: Any, *args: Any, **kwargs: Any) -> Self:
        """pydantic's ``model_validate_json``; bad input raises ``InvalidInput``."""
        return cls._guard(super().model_validate_json, json_data, *args, **kwargs)

    @classmethod
    def model_validate_strings(cls, obj: Any, *args: Any, **kwargs: Any) -> Self:
        """pydantic's ``model_validate_strings``; bad input raises ``InvalidInput``."""
        cls._check_names(obj)
        return cls._guard(super().model_validate_strings, obj, *args, **kwargs)
