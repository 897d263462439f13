"""Building blocks of the PP 38/2017 rule data: verdicts, progress, cited provisions.

Every piece of law the ``pp38`` package encodes is a frozen, cited data object. The shapes are
defined here, the content in :mod:`~inovasi_daerah.pp38.data`,
:mod:`~inovasi_daerah.pp38.routes` and :mod:`~inovasi_daerah.pp38.transitions`.

Three-valued logic for "all must hold" (PP 38/2017 Pasal 6):

>>> Verdict.all_of([Verdict.MET, Verdict.NOT_ASSESSABLE])
<Verdict.NOT_ASSESSABLE: 'tidak_dapat_dinilai'>
>>> Verdict.all_of([Verdict.NOT_ASSESSABLE, Verdict.NOT_MET])
<Verdict.NOT_MET: 'tidak_terpenuhi'>
>>> Verdict.from_fact(None), Verdict.from_fact(True)
(<Verdict.NOT_ASSESSABLE: 'tidak_dapat_dinilai'>, <Verdict.MET: 'terpenuhi'>)
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from typing import Any, TypeVar

from inovasi_daerah._util import as_model
from inovasi_daerah.law.citation import Citation
from inovasi_daerah.law.text import Text
from inovasi_daerah.models.enums import LegalEnum, set_labels
from inovasi_daerah.models.innovation import Innovation

__all__ = [
    "Fact",
    "InnovationLike",
    "Predicate",
    "Progress",
    "Provision",
    "RejectedReading",
    "Verdict",
    "as_innovation",
]

#: A fact read from an innovation: True, False, or None when the data do not say.
Fact = bool | None

_E = TypeVar("_E")


def _by_fact(fact: Fact, yes: _E, no: _E, unknown: _E) -> _E:
    """Three-valued reading of a fact: True → ``yes``, False → ``no``, None → ``unknown``."""
    if fact is None:
        return unknown
    return yes if fact else no


class Verdict(LegalEnum):
    """The outcome of one legal test on the data: met, not met, or not assessable."""

    MET = "terpenuhi"
    NOT_MET = "tidak_terpenuhi"
    NOT_ASSESSABLE = "tidak_dapat_dinilai"

    @staticmethod
    def from_fact(fact: Fact) -> Verdict:
        """True → MET, False → NOT_MET, None → NOT_ASSESSABLE."""
        return _by_fact(fact, Verdict.MET, Verdict.NOT_MET, Verdict.NOT_ASSESSABLE)

    @staticmethod
    def all_of(verdicts: Iterable[Verdict]) -> Verdict:
        """Conjunction in three-valued logic: any NOT_MET wins, then any NOT_ASSESSABLE."""
        seen = set(verdicts)
        if Verdict.NOT_MET in seen:
            return Verdict.NOT_MET
        if Verdict.NOT_ASSESSABLE in seen:
            return Verdict.NOT_ASSESSABLE
        return Verdict.MET


set_labels(
    Verdict,
    {
        "terpenuhi": ("Terpenuhi", "Met"),
        "tidak_terpenuhi": ("Tidak terpenuhi", "Not met"),
        "tidak_dapat_dinilai": ("Tidak dapat dinilai dari data", "Not assessable from the data"),
    },
    met="terpenuhi",
    not_met="tidak_terpenuhi",
    not_assessable="tidak_dapat_dinilai",
)


class Progress(LegalEnum):
    """Whether a procedural step has been done, according to the innovation's facts.

    A missing *date* means the step has not happened (as far as the record goes): PENDING.
    A missing *yes/no* fact means the record does not say: UNKNOWN.
    """

    DONE = "selesai"
    PENDING = "belum"
    UNKNOWN = "tidak_diketahui"

    @staticmethod
    def from_fact(fact: Fact) -> Progress:
        """True → DONE, False → PENDING, None → UNKNOWN."""
        return _by_fact(fact, Progress.DONE, Progress.PENDING, Progress.UNKNOWN)


set_labels(
    Progress,
    {
        "selesai": ("Selesai", "Done"),
        "belum": ("Belum dilakukan", "Not yet done"),
        "tidak_diketahui": ("Tidak diketahui dari data", "Not known from the data"),
    },
    done="selesai",
    pending="belum",
    unknown="tidak_diketahui",
)


@dataclass(frozen=True, kw_only=True)
class Provision:
    """One cited piece of law: a key, its bilingual text, its citation and any other sources.

    ``citation`` is the reading the library uses; ``also`` lists further citations of the same
    content (e.g. the mirror of a UU article in the PP), ``note`` says what is uncertain.
    """

    key: str
    text: Text
    citation: Citation
    also: tuple[Citation, ...] = ()
    note: Text | None = None

    @property
    def citations(self) -> tuple[Citation, ...]:
        """The citation of record followed by the others."""
        return (self.citation, *self.also)


@dataclass(frozen=True, kw_only=True)
class RejectedReading:
    """An article number some source gives, recorded and *not* used (pp38_2017.md §3).

    ``subject`` is what the number is claimed for, ``rejected`` the number, ``stated_by`` the
    source that states it, ``preferred`` the citation the library uses instead and ``reason``
    why.
    """

    key: str
    subject: Text
    rejected: str
    stated_by: Citation
    preferred: Citation
    reason: Text


#: What the public functions accept: an Innovation, or a mapping of its fields (validated).
InnovationLike = Innovation | Mapping[str, Any]

#: A predicate over an innovation's facts, stored next to the rule that needs it.
Predicate = Callable[[Innovation], Fact]


def as_innovation(value: Any, *, function: str) -> Innovation:
    """Accept an :class:`Innovation` or a mapping of its fields; refuse anything else clearly."""
    return as_model(
        Innovation,
        value,
        "innovation",
        (
            "harus Innovation atau dict data inovasi (must be an Innovation or a dict of its "
            "fields)",
            "must be an Innovation or a dict of its fields",
        ),
        rule=function,
    )
