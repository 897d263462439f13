"""Private helpers written once for the whole library (issue 14: one helper per job).

- :class:`StrictStrEnum`: a string enum that refuses an unknown value naming its members.
- :func:`normalize_text`: how free text is compared with a known spelling (enum labels,
  category names of the IGA indicators, the NIP kind and sex codes).
- :func:`check_rule_set`: the check of a ``rules=`` argument (a rule set of the right class, or
  the default rule set in force when the caller gives none).
- :func:`to_decimal` with a :class:`NumberStyle`: a number given by a caller as an exact
  Decimal (each package declares its style: the IGA refuses floats, the SKP reads them as
  written).
- :func:`require_instance`: the refusal of an argument of the wrong type ("harus <what>").
- :func:`check_choice`: the check of an argument that takes one of a few fixed words.
- :func:`as_model`: an input model given as the model or as a mapping of its fields.
- :func:`find_item`: the item of a result or registry named by its key (or a refusal listing
  the known keys).
- :func:`as_list` and :func:`check_items`: the check of a list argument and of its items;
  :func:`check_list`: the same check of a list argument read in place (not copied).

Nothing here is a rule of law; rule constants live in the rule files (``rules/``).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from enum import Enum, StrEnum
from typing import Any, TypeVar, cast

from pydantic import BaseModel

from inovasi_daerah.errors import InovasiDaerahError, InvalidInput, unknown_member

__all__ = [
    "EDITION_EXPECTED",
    "NumberStyle",
    "StrictStrEnum",
    "TextStyle",
    "as_list",
    "as_model",
    "check_choice",
    "check_items",
    "check_list",
    "check_rule_set",
    "find_item",
    "normalize_text",
    "require_instance",
    "to_decimal",
]


class StrictStrEnum(StrEnum):
    """A string enum whose unknown value is refused with
    :func:`~inovasi_daerah.errors.unknown_member` (an :class:`InvalidInput` naming the members)
    rather than :class:`enum.Enum`'s bare ``ValueError``."""

    @classmethod
    def _missing_(cls, value: object) -> Any:
        raise unknown_member(cls, value)


class TextStyle(Enum):
    """How much of a spelling :func:`normalize_text` treats as noise.

    The callers compare different kinds of text, so the one function takes the kind:

    - ``LABEL`` (enum labels, :mod:`inovasi_daerah.models.enums`; region names): lower case;
      runs of spaces, ``_``, ``-``, ``/``, ``.``, ``,``, brackets and ``'`` become one space,
      because a label such as "Pekerjaan Umum/Penataan Ruang" or "Opini (WTP)" is written with
      any of them.
    - ``NAME`` (category names of the IGA indicators, :mod:`inovasi_daerah.iga._build`): lower
      case; runs of spaces, ``_`` and ``-`` become one space; other punctuation is significant,
      because a category name in a rule file may contain it ("w.t.p." and "w t p" stay apart).
    - ``CODE`` (NIP kind and sex codes, :mod:`inovasi_daerah.nip`): Unicode case folding; spaces,
      ``_`` and ``-`` are dropped, because a code is one token ("P-3-K", "laki laki").
    """

    LABEL = "label"
    NAME = "name"
    CODE = "code"


_LABEL_SEP = re.compile(r"[\s_\-/.,()']+")
_CODE_SEP = re.compile(r"[\s_\-]")


def normalize_text(text: str, style: TextStyle = TextStyle.LABEL) -> str:
    """``text`` as compared under ``style`` (see :class:`TextStyle`; default: enum labels).

    "Whitespace" is Unicode whitespace (``str.isspace``: NBSP and em space included, the
    zero-width space not); accents are kept.

    Raises :class:`~inovasi_daerah.errors.InvalidInput` (field ``text``) when ``text`` is no
    string.
    """
    if not isinstance(text, str):
        raise InvalidInput("harus teks", field="text", value=text, message_en="must be text")
    if style is TextStyle.LABEL:
        return _LABEL_SEP.sub(" ", text.strip().lower()).strip()
    if style is TextStyle.NAME:
        return " ".join(text.strip().lower().replace("_", " ").replace("-", " ").split())
    return _CODE_SEP.sub("", text).casefold()


R = TypeVar("R")
S = TypeVar("S", bound=str)


def require_instance(
    value: object,
    kind: type | tuple[type, ...],
    field: str,
    what: tuple[str, str],
    *,
    optional: bool = False,
) -> None:
    """Refuse ``value`` unless it is a ``kind`` (or None when ``optional``):
    :class:`~inovasi_daerah.errors.InvalidInput` on ``field``, "harus <what[0]>" / "must be
    <what[1]>" (``what`` names the expected kind in Indonesian and English, with its article)."""
    if not isinstance(value, kind) and not (optional and value is None):
        raise InvalidInput(
            f"harus {what[0]}", field=field, value=value, message_en=f"must be {what[1]}"
        )


def check_choice(value: object, choices: tuple[S, ...], field: str) -> S:
    """The one of ``choices`` that ``value`` equals; else
    :class:`~inovasi_daerah.errors.InvalidInput` on ``field``: "<field> harus 'a' atau 'b'" /
    "<field> must be 'a' or 'b'"."""
    for choice in choices:
        if value == choice:
            return choice
    words = [f"'{c}'" for c in choices]
    raise InvalidInput(
        f"{field} harus {' atau '.join(words)}",
        field=field,
        value=value,
        message_en=f"{field} must be {' or '.join(words)}",
    )


@dataclass(frozen=True, slots=True)
class NumberStyle:
    """How :func:`to_decimal` reads a number a caller gives (each package declares its own).

    ``bool`` is always refused, ``Decimal`` and ``int`` always taken as they are; the style
    says the rest and the wording of the refusals (Indonesian, English).
    """

    #: The refusal of a float (the IGA: a float is not the decimal it looks like); None: a
    #: float is read through ``str()`` (the SKP: ``9.12`` is ``Decimal("9.12")``).
    float_refused: tuple[str, str] | None
    #: Text with a decimal comma ("65,01") is read as with a point.
    decimal_comma: bool
    #: Longer text is refused as no number, without parsing it.
    max_text: int
    #: The refusal of anything else (what a number may be given as).
    not_a_number: tuple[str, str]
    #: The refusal of NaN and the infinities.
    not_finite: tuple[str, str]


def to_decimal(value: object, field: str, style: NumberStyle) -> Decimal:
    """``value`` as a finite Decimal read under ``style``; else
    :class:`~inovasi_daerah.errors.InvalidInput` naming ``field``."""
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
    elif isinstance(value, str) and len(value) <= style.max_text:
        text = value.strip()
        try:
            result = Decimal(text.replace(",", ".") if style.decimal_comma else text)
        except InvalidOperation:
            raise InvalidInput(
                "bukan angka", field=field, value=value, message_en="not a number"
            ) from None
    elif isinstance(value, float):
        if style.float_refused is not None:
            id_, en = style.float_refused
            raise InvalidInput(id_, field=field, value=value, message_en=en)
        result = Decimal(str(value))
    else:
        id_, en = style.not_a_number
        raise InvalidInput(id_, field=field, value=value, message_en=en)
    if not result.is_finite():
        id_, en = style.not_finite
        raise InvalidInput(id_, field=field, value=value, message_en=en)
    return result


#: The refusal of an IGA engine given something other than an edition (Indonesian, English).
EDITION_EXPECTED = (
    "rules harus edisi IGA (iga.edition(...))",
    "rules must be an IGA edition (iga.edition(...))",
)


def check_rule_set(
    rules: object,
    kind: type[R],
    *,
    default: R | None = None,
    message: tuple[str, str] | None = None,
    field: str = "rules",
) -> R:
    """``rules`` if it is a ``kind``; ``default`` when ``rules`` is None and a default is given.

    Every engine that takes a ``rules=`` argument checks it here: the SKP rule modules pass
    their rule set in force as ``default``; the IGA engines pass
    ``Edition`` with :data:`EDITION_EXPECTED` and no default (an edition is always chosen).
    Anything else raises :class:`~inovasi_daerah.errors.InvalidInput` on ``field`` (the
    argument's name, ``rules`` unless the engine takes two rule sets) with ``message``
    (Indonesian, English), by default "harus <kind>" / "must be <kind>".
    """
    if rules is None and default is not None:
        return default
    if not isinstance(rules, kind):
        name = kind.__name__
        id_, en = message if message is not None else (f"harus {name}", f"must be {name}")
        raise InvalidInput(id_, field=field, value=rules, message_en=en)
    return rules


M = TypeVar("M", bound=BaseModel)


def as_model(
    cls: type[M], value: object, field: str, refusal: tuple[str, str], *, rule: str | None = None
) -> M:
    """``value`` as ``cls``: an instance as it is, a mapping validated as its fields (the
    model's own refusals), anything else refused on ``field`` with ``refusal`` (Indonesian,
    English) and ``rule`` (the engine that asked, where it names one)."""
    if isinstance(value, cls):
        return value
    if isinstance(value, Mapping):
        try:
            return cls.model_validate(dict(value))
        except InovasiDaerahError:
            raise
        except (TypeError, ValueError) as exc:  # pragma: no cover - Model converts these
            raise InvalidInput(str(exc), field=field, rule=rule, message_en=str(exc)) from None
    raise InvalidInput(refusal[0], field=field, rule=rule, value=value, message_en=refusal[1])


def find_item(
    items: Sequence[R],
    key_of: Callable[[R], object],
    wanted: object,
    *,
    field: str,
    unknown: tuple[str, str],
) -> R:
    """The first of ``items`` whose key (``key_of(item)``) equals ``wanted``.

    Else :class:`~inovasi_daerah.errors.InvalidInput` on ``field`` with ``wanted`` as its value:
    "<unknown[0]>; ada: [keys]" / "<unknown[1]>; known: [keys]" (``unknown`` says, in Indonesian
    and English, what was not found; the keys of all ``items`` follow).
    """
    for item in items:
        if key_of(item) == wanted:
            return item
    keys = [key_of(i) for i in items]
    raise InvalidInput(
        f"{unknown[0]}; ada: {keys}",
        field=field,
        value=wanted,
        message_en=f"{unknown[1]}; known: {keys}",
    )


#: What a list argument may not be although Python can iterate it: text and bytes (a list of
#: characters) and mappings (a list of keys) are mistakes, not lists.
NOT_A_LIST: tuple[type, ...] = (str, bytes, bytearray, Mapping)


def as_list(
    value: object,
    field: str,
    noun: tuple[str, str] | None = None,
    *,
    refuse: tuple[type, ...] = NOT_A_LIST,
) -> list[Any]:
    """``value`` as a list when it is an iterable other than the types in ``refuse``.

    Anything else raises :class:`~inovasi_daerah.errors.InvalidInput` on ``field``: "harus
    daftar <noun>" / "must be a list of <noun>" (``noun`` in Indonesian and English; without
    it, "harus daftar" / "must be a list").
    """
    if isinstance(value, refuse) or not isinstance(value, Iterable):
        raise _not_a_list(value, field, noun)
    try:
        return list(value)
    except TypeError:  # pragma: no cover - an iterable whose iteration fails
        raise _not_a_list(value, field, noun) from None


def _not_a_list(value: object, field: str, noun: tuple[str, str] | None) -> InvalidInput:
    """The refusal of a list argument that is no list."""
    if noun is None:
        return InvalidInput("harus daftar", field=field, value=value, message_en="must be a list")
    return InvalidInput(
        f"harus daftar {noun[0]}",
        field=field,
        value=value,
        message_en=f"must be a list of {noun[1]}",
    )


def check_list(
    value: object,
    field: str,
    noun: tuple[str, str] | None = None,
    *,
    kind: type = Iterable,
    refuse: tuple[type, ...] = (str, bytes, Mapping),
) -> Iterable[Any]:
    """``value`` itself when it is a ``kind`` (an iterable unless told) other than ``refuse``.

    For engines that read a list argument in place rather than copy it (:func:`as_list`): the
    refusal is :class:`~inovasi_daerah.errors.InvalidInput` on ``field``, "<field> harus daftar
    <noun>" / "<field> must be a list of <noun>" (without ``noun``: "<field> harus daftar" /
    "<field> must be a list").
    """
    if isinstance(value, refuse) or not isinstance(value, kind):
        id_, en = f"{field} harus daftar", f"{field} must be a list"
        if noun is not None:
            id_, en = f"{id_} {noun[0]}", f"{en} of {noun[1]}"
        raise InvalidInput(id_, field=field, value=value, message_en=en)
    return cast("Iterable[Any]", value)


def check_items(items: Iterable[Any], kind: type[R], field: str) -> tuple[R, ...]:
    """``items`` as a tuple when every one is a ``kind``; else
    :class:`~inovasi_daerah.errors.InvalidInput` naming the first other one (``field[i]``)."""
    out = tuple(items)
    for i, item in enumerate(out):
        if not isinstance(item, kind):
            name = kind.__name__
            article = "an" if name[:1] in "AEIOU" else "a"
            raise InvalidInput(
                f"harus {name}",
                field=f"{field}[{i}]",
                value=item,
                message_en=f"must be {article} {name}",
            )
    return out
