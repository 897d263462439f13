"""Parameters: one rule constant, its value, its citation and its validity.

A parameter is the unit of "law as data": every weight, threshold, band, percentage, window
and duration the engines use is a :class:`Param` held by a dated rule set. Where the law gives
no value the parameter is *open* (``value`` is :data:`OPEN`) and using it raises
:class:`~inovasi_daerah.errors.MissingParameter` until the caller supplies a value.

>>> from decimal import Decimal
>>> from inovasi_daerah.law.citation import Status, cite
>>> from inovasi_daerah.law.text import T
>>> k = Param("divisor_k", 12, cite("Pedoman IGA 2026", "Lampiran I XI.B", Status.THIRD_PARTY),
...           T("Pembagi minimum", "Minimum divisor"))
>>> k.get(), k.uncertain
(12, True)
>>> open_ = Param("trial_max_months", OPEN, cite("PP 38/2017", "Pasal 16-19", Status.UNCERTAIN),
...               T("Durasi maksimum uji coba", "Maximum trial duration"))
>>> open_.get()
Traceback (most recent call last):
...
inovasi_daerah.errors.MissingParameter: trial_max_months: ...
>>> open_.override(6, reason="Perwako X/2024").get()
6

A value computed from other parameters is DERIVED and no stronger than its weakest input:

>>> rate = Param("sji_rate", Decimal("0.38"), k.citation, T("Tarif", "Rate"))
>>> cap = Param("sji_cap", 200, cite("Slide", None, Status.VERIFIED_SECONDARY), T("Batas", "Cap"))
>>> sji_max = derived_param("sji_max", rate.get() * cap.get(), T("Maks SJI", "SJI maximum"),
...                         (rate, cap), instrument="iid_iga.md", article="§2.2")
>>> sji_max.get(), sji_max.status, sji_max.uncertain
(Decimal('76.00'), <Status.THIRD_PARTY: 'THIRD-PARTY'>, True)
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, Final, Generic, TypeVar

from inovasi_daerah.errors import InvalidInput, MissingParameter
from inovasi_daerah.law.citation import Citation, Status, derived
from inovasi_daerah.law.jsonable import to_jsonable
from inovasi_daerah.law.text import Text

__all__ = ["OPEN", "Open", "Override", "Param", "derived_param", "find_params"]

V = TypeVar("V")


class Open:
    """Marker for a value the law does not give (the reference says "not established")."""

    _instance: Open | None = None

    def __new__(cls) -> Open:
        """The one ``OPEN`` marker (a singleton, so ``value is OPEN`` holds after a copy)."""
        if cls._instance is None:
            cls._instance = super().__new__(cls)
        return cls._instance

    def __repr__(self) -> str:
        return "OPEN"

    def __reduce__(self) -> str:
        return "OPEN"


OPEN: Final = Open()


@dataclass(frozen=True, slots=True)
class Override:
    """A caller's replacement of a parameter's value, recorded in every result that uses it."""

    key: str
    original: Any
    value: Any
    reason: str | None = None

    def to_dict(self) -> dict[str, Any]:
        """The override (key, original and new value, reason) as JSON-ready data."""
        return {
            "key": self.key,
            "original": to_jsonable(self.original),
            "value": to_jsonable(self.value),
            "reason": self.reason,
        }


@dataclass(frozen=True, slots=True)
class Param(Generic[V]):
    """One cited rule constant.

    ``options``, when given, makes the parameter a *named policy*: its value must be one of
    them, and results that depend on it record the choice.
    """

    key: str
    value: V | Open
    citation: Citation
    title: Text
    options: Sequence[V] | None = None
    override_info: Override | None = None

    def __post_init__(self) -> None:
        if (
            self.options is not None
            and not isinstance(self.value, Open)
            and self.value not in self.options
        ):
            raise InvalidInput(
                f"harus salah satu dari {list(self.options)!r}",
                field=self.key,
                value=self.value,
                message_en=f"must be one of {list(self.options)!r}",
            )

    @property
    def is_open(self) -> bool:
        """True when the law gives no value and none was supplied."""
        return isinstance(self.value, Open)

    @property
    def uncertain(self) -> bool:
        """True when the cited value rests on a THIRD-PARTY or UNCERTAIN source.

        An override is not flagged here; it is recorded in :attr:`override_info` and in every
        result that uses it.
        """
        return self.citation.uncertain

    @property
    def status(self) -> Status:
        """The effective status of the cited value (a DERIVED value is no stronger than its
        inputs; see :attr:`Citation.effective_status`)."""
        return self.citation.effective_status

    @property
    def is_policy(self) -> bool:
        """True when the parameter is a named policy: its value must be one of ``options``."""
        return self.options is not None

    def get(self) -> V:
        """The value; raises :class:`MissingParameter` when the law gives none."""
        if isinstance(self.value, Open):
            raise MissingParameter(
                "hukum tidak menetapkan nilai ini; berikan nilainya lewat override "
                "(the law gives no value; supply one with an override)",
                field=self.key,
                rule=self.title.en,
                article=self.citation.label(),
                message_en="the law gives no value; supply one with an override",
            )
        return self.value

    def override(self, value: V, *, reason: str | None = None) -> Param[V]:
        """A copy with ``value`` in place of the cited one, remembering the original."""
        original = self.override_info.original if self.override_info else self.value
        return dataclasses.replace(
            self, value=value, override_info=Override(self.key, original, value, reason)
        )

    def to_dict(self) -> dict[str, Any]:
        """The parameter (value, open or not, title, citation, options, override) as JSON-ready
        data.
        """
        return {
            "key": self.key,
            "value": None if self.is_open else to_jsonable(self.value),
            "open": self.is_open,
            "title": self.title.model_dump(),
            "citation": self.citation.model_dump(mode="json"),
            "options": None if self.options is None else to_jsonable(list(self.options)),
            "override": None if self.override_info is None else self.override_info.to_dict(),
        }


def derived_param(
    key: str,
    value: V,
    title: Text,
    inputs: Sequence[Param[Any]],
    *,
    instrument: str,
    article: str | None = None,
    note: str | None = None,
) -> Param[V]:
    """A parameter computed from ``inputs``: its citation is DERIVED from theirs, so it is
    flagged uncertain whenever one of the inputs is THIRD-PARTY or UNCERTAIN."""
    try:
        citations = [p.citation for p in inputs]
    except (TypeError, AttributeError):
        raise InvalidInput(
            "inputs harus daftar Param",
            field="inputs",
            value=inputs,
            message_en="inputs must be a list of Params",
        ) from None
    return Param(key, value, derived(instrument, article, citations, note=note), title)


def find_params(obj: Any, _seen: set[int] | None = None) -> list[Param[Any]]:
    """Every :class:`Param` reachable from ``obj`` through dataclass fields, tuples and dicts."""
    if _seen is None:
        try:
            return find_params(obj, set())
        except RecursionError:
            raise InvalidInput(
                "data terlalu dalam bersarang", field="obj", message_en="data nested too deeply"
            ) from None
    seen = _seen
    if id(obj) in seen:
        return []
    seen.add(id(obj))
    if isinstance(obj, Param):
        return [obj]
    found: list[Param[Any]] = []
    if dataclasses.is_dataclass(obj) and not isinstance(obj, type):
        for f in dataclasses.fields(obj):
            found.extend(find_params(getattr(obj, f.name), seen))
    elif isinstance(obj, list | tuple):
        for item in obj:
            found.extend(find_params(item, seen))
    elif isinstance(obj, dict):
        for item in obj.values():
            found.extend(find_params(item, seen))
    return found
