"""Citations: where every rule constant comes from, and how sure we are of it.

The status legend is the domain reference's (``shared/domain/README.md``):

>>> Status.THIRD_PARTY.is_uncertain, Status.VERIFIED.is_uncertain
(True, False)
>>> Status.weakest([Status.VERIFIED, Status.DERIVED, Status.VERIFIED_SECONDARY])
<Status.DERIVED: 'DERIVED'>
>>> c = cite("PP 38/2017", "Pasal 6", Status.VERIFIED_SECONDARY, source="P3")
>>> c.label()
'PP 38/2017 Pasal 6 [VERIFIED-SECONDARY]'

A DERIVED fact is no stronger than what it is computed from (README: "A DERIVED number is no
stronger than its inputs"). :func:`derived` names its inputs and carries their weakest status,
so a number computed from a THIRD-PARTY input is flagged like one:

>>> t1 = cite("Aplikasi pihak ketiga", None, Status.THIRD_PARTY, source="T1")
>>> d = derived("Referensi", "§2.2", (c, t1))
>>> d.status, d.effective_status, d.uncertain
(<Status.DERIVED: 'DERIVED'>, <Status.THIRD_PARTY: 'THIRD-PARTY'>, True)
>>> d.label()
'Referensi §2.2 [DERIVED from VERIFIED-SECONDARY + THIRD-PARTY]'
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from typing import Any

from pydantic import ConfigDict, field_validator, model_validator

from inovasi_daerah._util import StrictStrEnum
from inovasi_daerah.errors import DataIntegrityError, InvalidInput
from inovasi_daerah.law.validated import Validated

__all__ = ["CHECKED", "Citation", "Status", "cite", "derived"]

#: The date the domain reference's citations were last checked (the reference's own date).
CHECKED = date(2026, 11, 1)


class Status(StrictStrEnum):
    """How well a fact is established (strongest first)."""

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
    ``checked`` when the citation was last checked. A DERIVED citation may name what it is
    computed from in ``derived_from``; its :attr:`effective_status` is then the weakest of
    DERIVED and its inputs' effective statuses (build one with :func:`derived`).
    """

    model_config = ConfigDict(frozen=True, extra="forbid")

    instrument: str
    article: str | None = None
    status: Status
    url: str | None = None
    source: str | None = None
    checked: date = CHECKED
    note: str | None = None
    derived_from: tuple[Citation, ...] = ()

    @field_validator("instrument")
    @classmethod
    def _instrument_named(cls, v: str) -> str:
        """Refuse a citation whose instrument is blank: every rule names its source."""
        if not v.strip():
            raise ValueError("a citation must name its instrument")
        return v

    @model_validator(mode="after")
    def _inputs_only_when_derived(self) -> Citation:
        """Refuse ``derived_from`` on a citation that is not DERIVED (status legend)."""
        if self.derived_from and self.status is not Status.DERIVED:
            raise ValueError("only a DERIVED citation names the citations it derives from")
        return self

    @property
    def inputs_status(self) -> Status | None:
        """The weakest effective status of the inputs (None when no inputs are named)."""
        if not self.derived_from:
            return None
        return Status.weakest(c.effective_status for c in self.derived_from)

    @property
    def effective_status(self) -> Status:
        """The status a result resting on this citation has: a DERIVED fact is no stronger
        than its weakest input (domain README, status legend)."""
        inputs = self.inputs_status
        if inputs is None:
            return self.status
        return Status.weakest((self.status, inputs))

    @property
    def uncertain(self) -> bool:
        """True when the cited fact is THIRD-PARTY or UNCERTAIN, or DERIVED from such a fact."""
        return self.effective_status.is_uncertain

    def label(self) -> str:
        """One line: instrument, article and status (with the inputs' statuses if DERIVED)."""
        ref = self.instrument if not self.article else f"{self.instrument} {self.article}"
        if self.derived_from:
            ins = " + ".join(dict.fromkeys(c.effective_status.value for c in self.derived_from))
            return f"{ref} [{self.status.value} from {ins}]"
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
    return _citation(
        instrument=instrument,
        article=article,
        status=status,
        source=source,
        url=url,
        note=note,
        checked=checked,
    )


def _citation(**fields: Any) -> Citation:
    """Build a citation of the rule data; a malformed one is a :class:`DataIntegrityError`."""
    try:
        return Citation(**fields)
    except InvalidInput as exc:  # Citation's own validation (law.validated)
        raise DataIntegrityError(
            f"kutipan tidak valid: {exc.message}",
            field="citation",
            value=fields.get("instrument"),
            message_en=f"invalid citation: {exc.message_en or exc.message}",
        ) from None


def derived(
    instrument: str,
    article: str | None,
    inputs: Iterable[Citation],
    *,
    source: str | None = None,
    url: str | None = None,
    note: str | None = None,
    checked: date = CHECKED,
) -> Citation:
    """A DERIVED citation computed from ``inputs`` (at least one), carrying their statuses.

    Its :attr:`Citation.effective_status` is the weakest of DERIVED and the inputs', so a
    number derived from a THIRD-PARTY or UNCERTAIN input is flagged in every result using it.
    """
    try:
        items = tuple(inputs)
    except TypeError:
        items = ()
    if not items or not all(isinstance(c, Citation) for c in items):
        raise DataIntegrityError(
            "kutipan DERIVED menyebut sekurang-kurangnya satu kutipan masukan",
            field="citation.derived_from",
            value=instrument,
            message_en="a DERIVED citation names at least one input citation",
        )
    return _citation(
        instrument=instrument,
        article=article,
        status=Status.DERIVED,
        source=source,
        url=url,
        note=note,
        checked=checked,
        derived_from=items,
    )
