"""Bilingual text: every user-facing string exists in Bahasa Indonesia and English.

>>> t = Text(id="Kriteria terpenuhi", en="Criterion met")
>>> t.get("en")
'Criterion met'
>>> t.get("id")
'Kriteria terpenuhi'
>>> str(t)
'Kriteria terpenuhi'
"""

from __future__ import annotations

from typing import Literal

from pydantic import ConfigDict

from inovasi_daerah.errors import InvalidInput
from inovasi_daerah.law.validated import Validated

Lang = Literal["id", "en"]
LANGS: tuple[Lang, ...] = ("id", "en")


def check_lang(lang: str) -> Lang:
    """Return ``lang`` when it is a supported language code, else raise a clear error."""
    if lang == "id":
        return "id"
    if lang == "en":
        return "en"
    raise InvalidInput(
        "bahasa harus 'id' atau 'en'",
        field="lang",
        value=lang,
        message_en="the language must be 'id' or 'en'",
    )


class Text(Validated):
    """A short text in Bahasa Indonesia (``id``, the default) and English (``en``)."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    id: str
    en: str

    def get(self, lang: str = "id") -> str:
        """The text in ``lang`` ("id" or "en")."""
        return self.id if check_lang(lang) == "id" else self.en

    def __str__(self) -> str:
        return self.id

    def format(self, **kwargs: object) -> Text:
        """Both languages with ``str.format`` placeholders filled."""
        return Text(id=self.id.format(**kwargs), en=self.en.format(**kwargs))


def T(id: str, en: str) -> Text:
    """Shorthand for :class:`Text`."""
    return Text(id=id, en=en)
