"""The library's exceptions.

Every error raised on bad input derives from :class:`InovasiDaerahError`, itself a
:class:`ValueError`, so callers can catch one type. Each subclass names the field and, where a
legal rule is involved, the rule (``rule``) and its article (``article``) in its message.

>>> from inovasi_daerah.errors import InvalidNip, InovasiDaerahError
>>> issubclass(InvalidNip, InovasiDaerahError) and issubclass(InvalidNip, ValueError)
True
>>> str(InvalidNip("terlalu pendek", field="nip", value="1966"))
"nip: terlalu pendek (value: '1966')"
"""

from __future__ import annotations

import reprlib
from typing import Any

__all__ = [
    "ConflictingRules",
    "DataIntegrityError",
    "IllegalTransition",
    "InovasiDaerahError",
    "InvalidDate",
    "InvalidInput",
    "InvalidNip",
    "MissingParameter",
    "NoRuleSetInForce",
    "UnknownIndicator",
]

_MAX_VALUE_REPR = 60

# A bounded repr: nesting, long containers, long strings and huge integers are cut before they
# are formatted, so a message about a 50,000-deep list or a 5,000-digit int is cheap and
# cannot fail (``repr`` of either raises RecursionError or ValueError).
_REPR = reprlib.Repr()
_REPR.maxlevel = 3
_REPR.maxstring = _MAX_VALUE_REPR
_REPR.maxother = _MAX_VALUE_REPR
_REPR.maxlong = 40
_REPR.maxlist = _REPR.maxtuple = _REPR.maxdict = _REPR.maxset = _REPR.maxfrozenset = 4


def _short(value: Any) -> str:
    if isinstance(value, int) and not isinstance(value, bool) and value.bit_length() > 128:
        text = f"<int of about {int(value.bit_length() * 0.30103) + 1} digits>"
    else:
        try:
            text = _REPR.repr(value)
        except Exception:
            text = f"<{type(value).__name__}>"
    if len(text) > _MAX_VALUE_REPR:
        return text[: _MAX_VALUE_REPR - 3] + "..."
    return text


class InovasiDaerahError(ValueError):
    """Root of every error the library raises on bad input or an unanswerable question.

    ``field`` names the input at fault, ``rule`` the rule that refused it and ``article`` the
    legal reference of that rule, when there is one.
    """

    _NO_VALUE: Any = object()

    def __init__(
        self,
        message: str,
        *,
        field: str | None = None,
        rule: str | None = None,
        article: str | None = None,
        value: Any = _NO_VALUE,
    ) -> None:
        self.message = message
        self.field = field
        self.rule = rule
        self.article = article
        self.value = None if value is InovasiDaerahError._NO_VALUE else value
        parts = []
        if field:
            parts.append(f"{field}: ")
        parts.append(message)
        if rule or article:
            ref = " ".join(x for x in (rule, f"({article})" if article else None) if x)
            parts.append(f" [{ref}]")
        if value is not InovasiDaerahError._NO_VALUE:
            parts.append(f" (value: {_short(value)})")
        super().__init__("".join(parts))


class InvalidInput(InovasiDaerahError):
    """Input that does not fit the model: wrong type, missing or malformed field."""


def unknown_member(enum: type, value: Any) -> InvalidInput:
    """The error for a value that is no member of ``enum`` (raised by the enums' ``_missing_``).

    ``InvalidInput`` is a ``ValueError``, so the :class:`~enum.Enum` protocol (``Stage("x")``
    raises ``ValueError``) and pydantic's enum validation keep working.
    """
    members = [str(getattr(m, "value", m)) for m in list(enum)[:12]]  # type: ignore[call-overload]
    return InvalidInput(
        f"bukan nilai {enum.__name__} yang dikenal ({_short(value)} is not a valid "
        f"{enum.__name__}); "
        f"pilihan/choices: {', '.join(members)}",
        field=enum.__name__,
        value=value,
    )


class InvalidNip(InvalidInput):
    """A NIP or NI PPPK that is not 18 digits or whose parts are impossible (Perka BKN 22/2007)."""


class InvalidDate(InvalidInput):
    """A date that cannot be read, is impossible, ambiguous, or contradicts its weekday."""


class UnknownIndicator(InvalidInput):
    """An indicator number or code that the rule set of the edition does not define."""


class NoRuleSetInForce(InovasiDaerahError):
    """No rule set of the asked family is in force on the asked date."""


class MissingParameter(InovasiDaerahError):
    """A rule needs a value the law does not give; the caller must supply it."""


class IllegalTransition(InovasiDaerahError):
    """A procedure step that the law does not allow from the current state (PP 38/2017)."""


class ConflictingRules(InovasiDaerahError):
    """Two rules give contradictory answers to one question; resolving it needs a choice."""


class DataIntegrityError(InovasiDaerahError):
    """The shipped rule data breaks an integrity rule (uncited value, overlapping validity)."""
