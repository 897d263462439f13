"""Private helpers written once for the whole library (issue 14: one helper per job).

- :func:`normalize_text`: how free text is compared with a known spelling (enum labels,
  category names of the IGA indicators, the NIP kind and sex codes).
- :func:`check_rule_set`: the check of a ``rules=`` argument (a rule set of the right class, or
  the default rule set in force when the caller gives none).

Nothing here is a rule of law; rule constants live in the rule files (``rules/``).
"""

from __future__ import annotations

import re
from enum import Enum
from typing import TypeVar

from inovasi_daerah.errors import InvalidInput

__all__ = ["EDITION_EXPECTED", "TextStyle", "check_rule_set", "normalize_text"]


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
