"""The IGA editions: the registry, and picking one by year or by date.

The editions are read from the rule files ``inovasi_daerah/rules/iga/*.toml`` on first use
(see :mod:`inovasi_daerah.iga.files`); a user's own file joins them with
:func:`~inovasi_daerah.iga.load_edition`.

>>> edition(2026).id, edition_for("2024-06-30").id
('iga-2026', 'iga-2024')
>>> later = edition_for("2031-01-01")   # after the last known edition: flagged, never silent
>>> later.id, later.latest_known is not None, later.latest_known.uncertain
('iga-2026', True, True)
>>> edition(2027, forecast=True).divisor_k.get()
14
>>> edition_for("2022-12-31")
Traceback (most recent call last):
...
inovasi_daerah.errors.NoRuleSetInForce: date: tidak ada aturan iga ... 2022-12-31 ...
"""

from __future__ import annotations

import dataclasses
import threading
from collections.abc import Iterator
from datetime import date, timedelta

from inovasi_daerah.errors import DataIntegrityError, InvalidInput
from inovasi_daerah.iga._build import REFERENCE
from inovasi_daerah.iga.model import Edition
from inovasi_daerah.law import Registry, Status, as_date, cite
from inovasi_daerah.law.load import require_type
from inovasi_daerah.law.ruleset import LazyRegistry
from inovasi_daerah.law.text import T
from inovasi_daerah.types import DateLike

__all__ = ["REGISTRY", "edition", "edition_for", "editions", "register_user_edition"]

#: The shipped editions in force order (their files' ids); forecasts are separate.
_IN_FORCE = ("iga-2023", "iga-2024", "iga-2025", "iga-2026")
_COVERS_FROM = date(2023, 1, 1)
_LOCK = threading.RLock()


class _ShippedRegistry(LazyRegistry[Edition]):
    """The IGA registry: filled from the rule files on first use, checked once."""

    def __init__(self) -> None:
        super().__init__(
            "iga",
            T("Innovative Government Award", "Innovative Government Award"),
            covers_from=_COVERS_FROM,
            lock=_LOCK,
        )

    def _load(self) -> Iterator[Edition]:
        from inovasi_daerah.iga.files import shipped_edition

        return (shipped_edition(ident) for ident in _IN_FORCE)


REGISTRY: Registry[Edition] = _ShippedRegistry()
#: editions read from users' files: in force by id, forecasts by year
_USER_EDITIONS: dict[str, Edition] = {}
_USER_FORECASTS: dict[int, Edition] = {}


def _forecasts() -> dict[int, Edition]:
    from inovasi_daerah.iga.files import shipped_edition, shipped_files

    out = {
        e.year: e
        for e in (shipped_edition(i) for i in shipped_files() if i not in _IN_FORCE)
        if e.forecast
    }
    return {**out, **_USER_FORECASTS}


def register_user_edition(new: Edition) -> None:
    """Add an edition read from a user's file (used by :func:`~inovasi_daerah.iga.load_edition`).

    Its validity may not overlap a closed edition; an open-ended latest edition is in force
    until the day before the new one starts. A file loaded again with the same id replaces
    the earlier one. A forecast is reachable only with ``edition(year, forecast=True)``.
    """
    require_type(new, Edition, "new", "Edition IGA", "an IGA Edition")
    with _LOCK:
        REGISTRY.check()
        from inovasi_daerah.iga.files import shipped_edition, shipped_files

        if new.id in shipped_files():
            raise DataIntegrityError(
                "id edisi bawaan tidak boleh ditimpa (a shipped edition's id)",
                field=new.id,
                message_en="a shipped edition's id cannot be replaced",
            )
        if new.forecast:
            _USER_FORECASTS[new.year] = new
            return
        users = {**_USER_EDITIONS, new.id: new}
        ordered = sorted(
            [*(shipped_edition(i) for i in _IN_FORCE), *users.values()], key=lambda e: e.valid_from
        )
        trial: Registry[Edition] = Registry("iga", REGISTRY.title, covers_from=_COVERS_FROM)
        for e, nxt in zip(ordered, [*ordered[1:], None], strict=True):
            if nxt is not None and e.valid_to is None and e.valid_from < nxt.valid_from:
                e = dataclasses.replace(e, valid_to=nxt.valid_from - timedelta(days=1))
            trial.register(e)
        trial.check()  # gaps, overlaps and every edition's checks, before anything changes
        _USER_EDITIONS[new.id] = new
        REGISTRY._sets = list(trial)


def editions(*, forecast: bool = False) -> tuple[Edition, ...]:
    """The editions in force order (2023-2026); with ``forecast=True`` also 2027-2029."""
    out = tuple(REGISTRY)
    if not forecast:
        return out
    years = {e.year for e in out}
    return out + tuple(f for y, f in sorted(_forecasts().items()) if y not in years)


def edition(year: int, *, forecast: bool = False) -> Edition:
    """The edition of IGA ``year`` (2023-2026; 2027-2029 only with ``forecast=True``)."""
    if type(year) is not int:
        raise InvalidInput(
            "tahun edisi harus bilangan bulat",
            field="year",
            value=year,
            message_en="the edition year must be an integer",
        )
    if not 0 < year < 10_000:  # bounded before it is formatted into a message
        raise InvalidInput(
            "tahun edisi di luar jangkauan",
            field="year",
            value=year,
            message_en="edition year out of range",
        )
    ident = f"iga-{year}"
    if ident in _IN_FORCE and not _USER_EDITIONS:
        # a shipped edition: load its file alone (forecasts and other years load on demand)
        from inovasi_daerah.iga.files import shipped_edition

        return shipped_edition(ident)
    for e in REGISTRY:
        if e.year == year:
            return e
    forecasts = _forecasts()
    if year in forecasts:
        if forecast:
            return forecasts[year]
        raise InvalidInput(
            f"IGA {year} hanya tersedia sebagai prakiraan: edition({year}, forecast=True) "
            f"(only available as a forecast)",
            field="year",
            value=year,
            message_en=f"IGA {year} is only available as a forecast: "
            f"edition({year}, forecast=True)",
        )
    known = [e.year for e in REGISTRY] + [f"{y} (forecast)" for y in forecasts]
    raise InvalidInput(
        f"tidak ada edisi IGA {year}; ada: {known}",
        field="year",
        value=year,
        message_en=f"no IGA edition {year}; known: {known}",
    )


def edition_for(on: DateLike) -> Edition:
    """The edition in force on a date (``date`` or ISO text); never a forecast.

    Each edition is in force for its calendar year. A date after the last known edition's
    year gets that edition only as a flagged "latest known rules" result (iid_iga.md §15
    item 2): a copy whose ``latest_known`` is an UNCERTAIN citation, so every result computed
    with it is ``uncertain``, lists that citation and says so in its explanation. Forecasts
    (2027-2029) are never chosen by date. Before 2023:
    :class:`~inovasi_daerah.errors.NoRuleSetInForce` naming the date.
    """
    day = as_date(on)
    last = _last()
    if last.valid_to is not None and day > last.valid_to:
        return _latest_known(last)
    return REGISTRY.in_force(day)


def _last() -> Edition:
    return tuple(REGISTRY)[-1]


_LATEST: dict[str, Edition] = {}


def _latest_known(last: Edition) -> Edition:
    # One flagged copy per last edition (the flag does not depend on the date asked for).
    hit = _LATEST.get(last.id)
    if hit is None or hit.valid_from != last.valid_from or hit.citation != last.citation:
        hit = _LATEST[last.id] = _flagged(last)
    return hit


def _flagged(last: Edition) -> Edition:
    return dataclasses.replace(
        last,
        valid_to=None,
        latest_known=cite(
            REFERENCE,
            "§15 item 2 (a date after the last known edition)",
            Status.UNCERTAIN,
            note=f"no IGA edition is known after {last.year}: the rules of IGA {last.year} are "
            "used as the latest known rules, not as rules known to be in force; forecasts "
            "(2027-2029) are never chosen by date",
        ),
        notes=(
            *last.notes,
            T(
                f"Aturan terakhir yang diketahui (IGA {last.year}); belum ada edisi untuk "
                "tanggal ini.",
                f"Latest known rules (IGA {last.year}); no edition is known for this date.",
            ),
        ),
    )
