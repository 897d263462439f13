"""Rule sets with validity intervals, and the registry that picks the one in force.

A *family* (e.g. "iga", "skp") holds rule sets that follow each other in time. The registry
refuses overlaps and gaps within the family's declared range when it is checked (once per
process, when the family's module is first loaded), and :meth:`Registry.in_force` names the
date when no rule set covers it.

>>> from datetime import date
>>> from inovasi_daerah.law.citation import Status, cite
>>> from inovasi_daerah.law.text import T
>>> reg: Registry[RuleSet] = Registry("contoh", T("Contoh", "Example"))
>>> c = cite("PP 1/2000", None, Status.VERIFIED)
>>> a = reg.register(RuleSet(id="a", family="contoh", title=T("A", "A"), citation=c,
...                  valid_from=date(2020, 1, 1), valid_to=date(2020, 12, 31)))
>>> b = reg.register(RuleSet(id="b", family="contoh", title=T("B", "B"), citation=c,
...                  valid_from=date(2021, 1, 1), valid_to=None))
>>> reg.in_force(date(2021, 5, 1)).id
'b'
>>> reg.in_force(date(2019, 5, 1))
Traceback (most recent call last):
...
inovasi_daerah.errors.NoRuleSetInForce: date: tidak ada aturan contoh ... 2019-05-01 ...
"""

from __future__ import annotations

import dataclasses
import threading
from collections.abc import Callable, Iterable, Iterator
from contextlib import AbstractContextManager
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any, Generic, Self, TypeVar

from inovasi_daerah._util import find_item, require_instance
from inovasi_daerah.errors import DataIntegrityError, InvalidInput, NoRuleSetInForce
from inovasi_daerah.law.citation import Citation
from inovasi_daerah.law.param import Override, Param, find_params
from inovasi_daerah.law.reprs import ShortRepr
from inovasi_daerah.law.text import Text
from inovasi_daerah.types import DateLike

__all__ = ["LazyRegistry", "Registry", "RuleSet", "as_date"]

T_co = TypeVar("T_co")


def as_date(value: object, field: str = "date") -> date:
    """Read a date: a :class:`datetime.date`, a :class:`datetime.datetime` (its date part) or
    an ISO 8601 date string (``'YYYY-MM-DD'``, surrounding space ignored); refuse the rest.

    Unlike the input models and :func:`inovasi_daerah.dates.parse_date`, which refuse a
    datetime, this drops the time of day silently.

    Raises:
        InvalidInput: ``value`` is none of these; the error names ``field``.
    """
    from datetime import datetime

    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, str):
        try:
            return date.fromisoformat(value.strip())
        except ValueError:
            pass
    raise InvalidInput(
        "harus tanggal (datetime.date atau 'YYYY-MM-DD')",
        field=field,
        value=value,
        message_en="must be a date (datetime.date or 'YYYY-MM-DD')",
    )


@dataclass(frozen=True, kw_only=True)
class RuleSet(ShortRepr):
    """A set of rules in force from ``valid_from`` to ``valid_to`` (inclusive; None = open)."""

    id: str
    family: str
    title: Text
    citation: Citation
    valid_from: date
    valid_to: date | None = None
    provisional: bool = False
    forecast: bool = False

    def __post_init__(self) -> None:
        from inovasi_daerah.law.load import require_fields

        require_fields(
            self,
            {
                "id": str,
                "family": str,
                "title": Text,
                "citation": Citation,
                "valid_from": date,
                "valid_to": (date, None),
                "provisional": bool,
                "forecast": bool,
            },
        )
        if self.valid_to is not None and self.valid_to < self.valid_from:
            raise DataIntegrityError(
                "valid_to sebelum valid_from",
                field=f"{self.family}.{self.id}.valid_to",
                message_en="valid_to before valid_from",
            )

    def _memo(self, key: str, compute: Callable[[], T_co]) -> T_co:
        """``compute()`` once per rule-set object, kept in a per-instance cache.

        Rule sets are frozen and their data immutable, so anything derived from them can be
        computed once. The cache lives in the instance ``__dict__`` (not a dataclass field):
        ``dataclasses.replace`` and ``override`` make new objects with an empty cache, and
        equality, hashing and ``repr`` never see it.
        """
        cache: dict[str, Any] | None = self.__dict__.get("_memo_cache")
        if cache is None:
            cache = {}
            object.__setattr__(self, "_memo_cache", cache)
        try:
            hit: T_co = cache[key]
            return hit
        except KeyError:
            value = cache[key] = compute()
            return value

    def covers(self, on: date) -> bool:
        """True when ``on`` lies in the validity interval."""
        require_instance(on, date, "on", ("tanggal (datetime.date)", "a date (datetime.date)"))
        return self.valid_from <= on and (self.valid_to is None or on <= self.valid_to)

    def params(self) -> list[Param[Any]]:
        """Every cited parameter of this rule set (found once per rule set, then cached)."""
        return list(self._memo("params", lambda: tuple(find_params(self))))

    @property
    def uncertain_params(self) -> list[Param[Any]]:
        """The parameters of this rule set that rest on a THIRD-PARTY or UNCERTAIN source."""
        return [p for p in self._memo("params", lambda: tuple(find_params(self))) if p.uncertain]

    @property
    def overrides(self) -> tuple[Override, ...]:
        """The parameters the caller replaced (:meth:`override`), each with its original value."""
        return self._memo(
            "overrides",
            lambda: tuple(p.override_info for p in self.params() if p.override_info is not None),
        )

    def param(self, key: str) -> Param[Any]:
        """The top-level parameter whose key is ``key``."""
        for f in dataclasses.fields(self):
            v = getattr(self, f.name)
            if isinstance(v, Param) and v.key == key:
                return v
        known = sorted(
            getattr(self, f.name).key
            for f in dataclasses.fields(self)
            if isinstance(getattr(self, f.name), Param)
        )
        raise InvalidInput(
            f"parameter tidak dikenal; ada: {known}",
            field="key",
            value=key,
            message_en=f"unknown parameter; known: {known}",
        )

    def override(self, reason: str | None = None, **values: Any) -> Self:
        """A copy of this rule set with top-level parameters replaced (recorded as overrides).

        Keys are the parameters' keys, e.g. ``rules.override(divisor_k=14)``.
        """
        changes: dict[str, Any] = {}
        for key, value in values.items():
            self.param(key)  # raises for an unknown key
            for f in dataclasses.fields(self):
                v = getattr(self, f.name)
                if isinstance(v, Param) and v.key == key:
                    changes[f.name] = v.override(value, reason=reason)
        return dataclasses.replace(self, **changes)

    def check(self) -> None:
        """Integrity of this rule set: every parameter cited and keyed. Subclasses add more."""
        for p in self.params():
            if not p.key:
                raise DataIntegrityError(
                    "parameter tanpa kunci", field=self.id, message_en="parameter without key"
                )
            if not isinstance(p.citation, Citation):
                raise DataIntegrityError(
                    "parameter tanpa kutipan",
                    field=f"{self.id}.{p.key}",
                    message_en="parameter without citation",
                )


R = TypeVar("R", bound=RuleSet)


class Registry(Generic[R]):
    """The rule sets of one family, ordered in time."""

    def __init__(self, family: str, title: Text, *, covers_from: date | None = None) -> None:
        self.family = family
        self.title = title
        self.covers_from = covers_from
        self._sets: list[R] = []

    def register(self, rule_set: R) -> R:
        """Add ``rule_set`` to the registry, kept in order of ``valid_from``; return it.

        Raises:
            DataIntegrityError: the rule set is of another family, or its id is already taken.
        """
        if rule_set.family != self.family:
            raise DataIntegrityError(
                f"perangkat aturan keluarga {rule_set.family!r} di registri {self.family!r}",
                field=rule_set.id,
                message_en=f"rule set of family {rule_set.family!r} in registry {self.family!r}",
            )
        if any(r.id == rule_set.id for r in self._sets):
            raise DataIntegrityError(
                "id perangkat aturan ganda", field=rule_set.id, message_en="duplicate rule-set id"
            )
        self._sets.append(rule_set)
        self._sets.sort(key=lambda r: r.valid_from)
        return rule_set

    def __iter__(self) -> Iterator[R]:
        return iter(self._sets)

    def __len__(self) -> int:
        return len(self._sets)

    def get(self, rule_set_id: str) -> R:
        """The rule set whose id is ``rule_set_id``.

        Raises:
            InvalidInput: no rule set of this family has that id (the message lists the known ids).
        """
        return find_item(
            self._sets,
            lambda r: r.id,
            rule_set_id,
            field="id",
            unknown=(
                f"tidak ada aturan {self.family} dengan id ini",
                f"no {self.family} rules with this id",
            ),
        )

    def in_force(self, on: DateLike) -> R:
        """The rule set in force on ``on``; :class:`NoRuleSetInForce` names the date if none."""
        day = as_date(on)
        for r in self._sets:
            if r.covers(day):
                return r
        first = self._sets[0].valid_from.isoformat() if self._sets else "-"
        raise NoRuleSetInForce(
            f"tidak ada aturan {self.family} yang berlaku pada {day.isoformat()} "
            f"(no {self.family} rule set in force on {day.isoformat()}; covered from {first})",
            field="date",
            value=day.isoformat(),
            message_en=(
                f"no {self.family} rule set in force on {day.isoformat()}; covered from {first}"
            ),
        )

    def check(self) -> None:
        """No overlaps, no gaps between consecutive rule sets, every rule set intact."""
        for r in self._sets:
            r.check()
        for a, b in zip(self._sets, self._sets[1:], strict=False):
            if a.valid_to is None or a.valid_to >= b.valid_from:
                raise DataIntegrityError(
                    f"{a.id} dan {b.id} tumpang tindih",
                    field=f"{self.family}.valid_to",
                    message_en=f"{a.id} and {b.id} overlap",
                )
            if a.valid_to + timedelta(days=1) != b.valid_from:
                raise DataIntegrityError(
                    f"ada celah antara {a.id} dan {b.id}",
                    field=f"{self.family}.valid_from",
                    message_en=f"gap between {a.id} and {b.id}",
                )
        if (
            self.covers_from is not None
            and self._sets
            and self._sets[0].valid_from > self.covers_from
        ):
            raise DataIntegrityError(
                f"keluarga dimulai {self._sets[0].valid_from}, dinyatakan sejak {self.covers_from}",
                field=self.family,
                message_en=f"family starts {self._sets[0].valid_from}, declared from "
                f"{self.covers_from}",
            )


class LazyRegistry(Registry[R]):
    """A registry of shipped rule sets read on first use: importing a package stays cheap, and
    every look-up (and every registration of a user's rule set) comes after the shipped rule
    sets are loaded and checked once (gaps, overlaps, each rule set's integrity checks).

    A subclass says what to load in :meth:`_load`. The load runs under ``lock`` (re-entrant by
    default), so two threads never load twice.
    """

    def __init__(
        self,
        family: str,
        title: Text,
        *,
        covers_from: date | None = None,
        lock: AbstractContextManager[Any] | None = None,
    ) -> None:
        super().__init__(family, title, covers_from=covers_from)
        self._lock: AbstractContextManager[Any] = lock if lock is not None else threading.RLock()
        self._loaded = False

    def _load(self) -> Iterable[R]:
        """The shipped rule sets, in any order (a subclass reads its rule files)."""
        raise NotImplementedError  # pragma: no cover - every subclass says what to load

    def _ensure(self) -> None:
        if self._loaded:
            return
        with self._lock:
            if self._loaded:
                return
            for rule_set in self._load():
                Registry.register(self, rule_set)
            Registry.check(self)
            self._loaded = True

    def register(self, rule_set: R) -> R:
        """Register ``rule_set`` after the shipped ones (see :meth:`Registry.register`)."""
        self._ensure()
        return super().register(rule_set)

    def __iter__(self) -> Iterator[R]:
        self._ensure()
        return super().__iter__()

    def __len__(self) -> int:
        self._ensure()
        return super().__len__()

    def get(self, rule_set_id: str) -> R:
        """The rule set ``rule_set_id`` (see :meth:`Registry.get`)."""
        self._ensure()
        return super().get(rule_set_id)

    def in_force(self, on: DateLike) -> R:
        """The rule set in force on ``on`` (see :meth:`Registry.in_force`)."""
        self._ensure()
        return super().in_force(on)

    def check(self) -> None:
        """The registry's and every rule set's integrity checks (see :meth:`Registry.check`)."""
        self._ensure()
        super().check()
