"""The library's exceptions.

Every error raised on bad input derives from :class:`InovasiDaerahError`, itself a
:class:`ValueError`, so callers can catch one type. Each subclass names the field and, where a
legal rule is involved, the rule (``rule``) and its article (``article``) in its message.

>>> from inovasi_daerah.errors import InvalidNip, InovasiDaerahError
>>> issubclass(InvalidNip, InovasiDaerahError) and issubclass(InvalidNip, ValueError)
True
>>> str(InvalidNip("terlalu pendek", field="nip", value="1966"))
"nip: terlalu pendek (value: '1966')"

Every error carries its message in Bahasa Indonesia (``message``, also ``str(error)``) and,
when given, in English (``message_en``); :meth:`InovasiDaerahError.text` picks one:

>>> e = InvalidInput("berkas kosong", field="FILE", message_en="the file is empty")
>>> e.text("en"), e.text("id")
('FILE: the file is empty', 'FILE: berkas kosong')
"""

from __future__ import annotations

import reprlib
from typing import Any, Self

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
        message_en: str | None = None,
    ) -> None:
        self.message = message
        #: The message in English; None when only the Indonesian text exists.
        self.message_en = message_en
        self.field = field
        self.rule = rule
        self.article = article
        self.value = None if value is InovasiDaerahError._NO_VALUE else value
        self._has_value = value is not InovasiDaerahError._NO_VALUE
        super().__init__(self._compose(message))

    def _compose(self, message: str) -> str:
        parts = []
        if self.field:
            parts.append(f"{self.field}: ")
        parts.append(message)
        if self.rule or self.article:
            art = f"({self.article})" if self.article else None
            ref = " ".join(x for x in (self.rule, art) if x)
            parts.append(f" [{ref}]")
        if getattr(self, "_has_value", False):
            parts.append(f" (value: {_short(self.value)})")
        return "".join(parts)

    def with_field(self, field: str | None) -> Self:
        """The same error (class, both texts, rule, article, value) about ``field``: for a
        caller that locates an inner error in its own input (``regions[3].levels``)."""
        return type(self)(
            self.message,
            field=field,
            rule=self.rule,
            article=self.article,
            message_en=self.message_en,
            **({"value": self.value} if self._has_value else {}),
        )

    def text(self, lang: str = "id") -> str:
        """The whole message (field, text, rule, value) in ``lang``: "id" or "en".

        English falls back to the Indonesian text where no English message was given.
        """
        if lang == "en" and self.message_en:
            return self._compose(self.message_en)
        return str(self)

    def texts(self) -> dict[str, str]:
        """The whole message in both languages: ``{"id": ..., "en": ...}``."""
        return {"id": self.text("id"), "en": self.text("en")}


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
        message_en=f"{_short(value)} is not a valid {enum.__name__}; choices: {', '.join(members)}",
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
    """Rule data breaks an integrity rule (uncited value, overlapping validity, unknown key).

    Raised by the rule-file loader and the integrity checks, for the shipped files and for a
    user's own file (``iga.load_edition``, ``skp.load_regime``, ``skp.load_regional_rule``), so
    it carries both texts like every other error: ``message`` (Indonesian, also ``str()``) and
    ``message_en``; ``field`` names the file, the table and the key.

    >>> e = DataIntegrityError(
    ...     "kunci wajib tidak ada", field="a.toml: id", message_en="required key missing"
    ... )
    >>> e.texts()["en"]
    'a.toml: id: required key missing'
    """
