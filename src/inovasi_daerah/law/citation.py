"""Citations: where every rule constant comes from, and how sure we are of it.

The status legend is the domain reference's (``shared/domain/README.md``):

>>> Status.THIRD_PARTY.is_uncertain, Status.VERIFIED.is_uncertain
(True, False)
>>> Status.weakest([Status.VERIFIED, Status.DERIVED, Status.VERIFIED_SECONDARY])
<Status.DERIVED: 'DERIVED'>
>>> c = cite("PP 38/2017", "Pasal 6", Status.VERIFIED_SECONDARY, source="P3")
>>> c.label()
'PP 38/2017 Pasal 6 [VERIFIED-SECONDARY]'
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from enum import StrEnum
from typing import Any

from pydantic import ConfigDict, field_validator

from inovasi_daerah.errors import DataIntegrityError, InvalidInput, unknown_member
from inovasi_daerah.law.validated import Validated

__all__ = ["CHECKED", "Citation", "Status", "cite"]

#: The date the domain reference's citations were last checked (the reference's own date).
CHECKED = date(2026, 11, 1)


class Status(StrEnum):
    """How well a fact is established (strongest first)."""

    @classmethod
    def _missing_(cls, value: object) -> Any:
        raise unknown_member(cls, value)

    VERIFIED = "VERIFIED"
    VERIFIED_SECONDARY = "VERIFIED-SECONDARY"
    DERIVED = "DERIVED"
    THIRD_PARTY = "THIRD-PARTY"
    UNCERTAIN = "UNCERTAIN"

    @property
    def rank(self) -> int:
        """0 for the strongest status; higher is weaker."""
        return _ORDER.index(self)

    @property
    def is_uncertain(self) -> bool:
        """True for THIRD-PARTY and UNCERTAIN: results resting on it are flagged."""
        return self in (Status.THIRD_PARTY, Status.UNCERTAIN)

    @staticmethod
    def weakest(statuses: Iterable[Status]) -> Status:
        """The weakest of ``statuses`` (a fact is no stronger than what it rests on)."""
        result = Status.VERIFIED
        for s in statuses:
            if s.rank > result.rank:
                result = s
        return result


_ORDER = (
    Status.VERIFIED,
    Status.VERIFIED_SECONDARY,
    Status.DERIVED,
    Status.THIRD_PARTY,
    Status.UNCERTAIN,
)


class Citation(Validated):
    """Where a rule or constant comes from.

    ``instrument`` is the legal instrument or document ("PP 38/2017", "Pedoman IGA 2026"),
    ``article`` the Pasal / ayat / huruf or Lampiran item, ``source`` the key of the source in
    the domain reference (e.g. "P3", "T2"), ``status`` how well the fact is established and
    ``checked`` when the citation was last checked.
    """

    model_config = ConfigDict(frozen=True, extra="forbid")

    instrument: str
    article: str | None = None
    status: Status
    url: str | None = None
    source: str | None = None
    checked: date = CHECKED
    note: str | None = None

    @field_validator("instrument")
    @classmethod
    def _instrument_named(cls, v: str) -> str:
        if not v.strip():
            raise ValueError("a citation must name its instrument")
        return v

    @property
    def uncertain(self) -> bool:
        """True when the cited fact is THIRD-PARTY or UNCERTAIN."""
        return self.status.is_uncertain

    def label(self) -> str:
        """One line: instrument, article and status."""
        ref = self.instrument if not self.article else f"{self.instrument} {self.article}"
        return f"{ref} [{self.status.value}]"

    def __str__(self) -> str:
        return self.label()


def cite(
    instrument: str,
    article: str | None,
    status: Status,
    *,
    source: str | None = None,
    url: str | None = None,
    note: str | None = None,
    checked: date = CHECKED,
) -> Citation:
    """Shorthand used by the rule data; a malformed citation is a :class:`DataIntegrityError`."""
    try:
        return Citation(
            instrument=instrument,
            article=article,
            status=status,
            source=source,
            url=url,
            note=note,
            checked=checked,
        )
    except InvalidInput as exc:  # Citation's own validation (law.validated)
        raise DataIntegrityError(
            f"citation tidak valid: {exc.message}", field="citation", value=instrument
        ) from None
