"""Which appraisal regime applies: by date, or by a period that must not straddle a boundary.

>>> regime_for("2021-06-30").id, regime_for("2021-07-01").id, regime_for("2022-01-01").id
('pp46_2011', 'pp30_2019', 'permenpanrb_6_2022')
>>> regime_for("2021-03-01", pp30_start="2021-01-01").id
'pp30_2019'

A period spanning a boundary is refused with the parts to use instead
(:func:`split_by_regime` gives them):

>>> [p.label for p in split_by_regime(Period.year(2021))]
['2021-01-01..2021-06-30', '2021-07-01..2021-12-31']
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping
from datetime import date, timedelta
from os import PathLike
from pathlib import Path
from typing import Any

from inovasi_daerah.errors import (
    DataIntegrityError,
    InovasiDaerahError,
    InvalidInput,
    NoRuleSetInForce,
)
from inovasi_daerah.law import Citation, Param, Registry, T, as_date
from inovasi_daerah.law.load import (
    DATE,
    STR,
    TEXT,
    Choice,
    Field,
    Table,
    build_params,
    citation_kind,
    cite_rule_file,
    load_shipped,
    parameters_table,
    read_rule_file,
    require_type,
)
from inovasi_daerah.models.skp import Period
from inovasi_daerah.skp import permenpanrb_6_2022, pp30, pp46
from inovasi_daerah.skp._common import SkpRegime, as_model
from inovasi_daerah.types import DateLike

__all__ = [
    "COMMON_CITATIONS",
    "COMMON_FILE",
    "PP30_START",
    "REGISTRY",
    "Regime",
    "load_regime",
    "period_regime",
    "regime_for",
    "split_by_regime",
]

#: The union of the regimes ``regime_for`` returns.
Regime = pp46.Pp46Rules | pp30.Pp30Rules | permenpanrb_6_2022.Permenpanrb6Rules

# -- the rule data: rules/skp/common.toml -----------------------------------------------------

#: Citations of the rules shared by the regimes, named in the file's [citations].
_COMMON_CITATIONS = ("milestone_rule", "asn_only")

#: The format of ``rules/skp/common.toml``: the switch between the regimes and shared citations.
COMMON_FILE = Table(
    {
        "id": Field(STR, True),
        "family": Field(Choice(("skp",)), True),
        "title": Field(TEXT, True),
        "checked": Field(DATE, True),
        "citations": Field(
            Table({n: Field(citation_kind(), True) for n in _COMMON_CITATIONS}), True
        ),
        "parameters": Field(
            parameters_table({"pp30_start": DATE, "pp30_start_earliest": DATE}), True
        ),
    },
    "The rules shared by the SKP regimes",
)


def _load_common() -> tuple[dict[str, Param[date]], dict[str, Citation]]:
    data, cites, where = load_shipped("skp/common.toml", COMMON_FILE)
    params: dict[str, Param[date]] = build_params(data, cites, where, lambda _n, v, _w: v)
    start = params["pp30_start"].get()
    # one date, three places: the switch, the end of PP 46/2011 and the start of PP 30/2019
    pp46_end = pp46.RULES.valid_to
    if pp46_end is None or not pp30.RULES.valid_from == start == pp46_end + timedelta(days=1):
        raise where.error(
            "parameters.pp30_start",
            "tidak sama dengan awal pp30_2019.toml dan akhir pp46_2011.toml",
            start.isoformat(),
            message_en="differs from the start of pp30_2019.toml and the end of pp46_2011.toml",
        )
    return params, {n: cites.get(n, n) for n in _COMMON_CITATIONS}


_PARAMS, COMMON_CITATIONS = _load_common()

#: The switch to PP 30/2019 + PermenPANRB 8/2021: semester II 2021, agency-dependent.
PP30_START: Param[date] = _PARAMS["pp30_start"]
#: The earliest switch an agency may declare (``pp30_start``).
_EARLIEST_SWITCH = _PARAMS["pp30_start_earliest"].get()
#: The latest: the start of PermenPANRB 6/2022 ("never used PP 30/2019 + PermenPANRB 8/2021").
_LATEST_SWITCH = permenpanrb_6_2022.RULES.valid_from

#: The registry covers appraisal from the start of PP 46/2011 scoring on (earlier: DP3).
_COVERS = pp46.RULES.valid_from
REGISTRY: Registry[SkpRegime] = Registry(
    "skp", T("Penilaian kinerja PNS", "Civil-servant appraisal"), covers_from=_COVERS
)
for _r in (pp46.RULES, pp30.RULES, permenpanrb_6_2022.RULES):
    REGISTRY.register(_r)
REGISTRY.check()


def _registry(pp30_start: object) -> Registry[SkpRegime]:
    if pp30_start is None:
        return REGISTRY
    start = as_date(pp30_start, "pp30_start")
    if not _EARLIEST_SWITCH <= start <= _LATEST_SWITCH:
        raise InvalidInput(
            f"peralihan ke PP 30/2019 harus antara {_EARLIEST_SWITCH} dan {_LATEST_SWITCH}",
            field="pp30_start",
            value=start.isoformat(),
            message_en=f"the switch to PP 30/2019 must lie between {_EARLIEST_SWITCH} and "
            f"{_LATEST_SWITCH}",
        )
    if start == PP30_START.get():
        return REGISTRY
    reason = f"pp30_start={start.isoformat()} (instansi)"
    reg: Registry[SkpRegime] = Registry(REGISTRY.family, REGISTRY.title)
    reg.register(
        dataclasses.replace(
            pp46.RULES, valid_to=start - timedelta(days=1), boundary_override=reason
        )
    )
    if start < _LATEST_SWITCH:
        reg.register(dataclasses.replace(pp30.RULES, valid_from=start, boundary_override=reason))
    for r in REGISTRY:  # PermenPANRB 6/2022 and any regime loaded from a user's file
        if r.valid_from >= _LATEST_SWITCH:
            reg.register(r)
    return reg


#: regimes read from users' files, by id
_USER_REGIMES: dict[str, permenpanrb_6_2022.Permenpanrb6Rules] = {}


def load_regime(path: str | PathLike[str]) -> permenpanrb_6_2022.Permenpanrb6Rules:
    """Load a user's appraisal regime file (the format of ``rules/skp/permenpanrb_6_2022.toml``:
    a successor of PermenPANRB 6/2022, or an agency's reading of it), checked like the shipped
    one, and register it for :func:`regime_for` by its validity dates.

    Its validity may not overlap another regime nor leave a gap; an open-ended regime stays in
    force until the day before the next one starts. The regime's citation names the file.
    """
    require_type(path, (str, PathLike), "path", "jalur (str/PathLike)", "a path (str/PathLike)")
    p = Path(path)
    regime = permenpanrb_6_2022.regime_from_file(read_rule_file(p), p.name)
    regime = dataclasses.replace(regime, citation=cite_rule_file(regime.citation, p))
    shipped = (pp46.RULES, pp30.RULES, permenpanrb_6_2022.RULES)
    if any(r.id == regime.id for r in shipped):
        raise DataIntegrityError(
            "id aturan bawaan tidak boleh ditimpa (a shipped regime's id)",
            field=f"{p.name}: id",
            message_en="a shipped regime's id cannot be replaced",
        )
    users = {**_USER_REGIMES, regime.id: regime}
    ordered = sorted([*shipped, *users.values()], key=lambda r: r.valid_from)
    trial: Registry[SkpRegime] = Registry(REGISTRY.family, REGISTRY.title, covers_from=_COVERS)
    for r, nxt in zip(ordered, [*ordered[1:], None], strict=True):
        if nxt is not None and r.valid_to is None and r.valid_from < nxt.valid_from:
            r = dataclasses.replace(r, valid_to=nxt.valid_from - timedelta(days=1))
        trial.register(r)
    try:
        trial.check()  # gaps, overlaps and every regime's checks, before anything changes
    except DataIntegrityError as exc:
        raise DataIntegrityError(
            exc.message, field=f"{p.name}: {exc.field}", message_en=exc.message_en
        ) from None
    _USER_REGIMES[regime.id] = regime
    REGISTRY._sets = list(trial)
    return regime


def regime_for(on: DateLike, *, pp30_start: DateLike | None = None) -> Regime:
    """The appraisal regime in force on ``on`` (a date or ISO text).

    ``pp30_start`` moves the agency-dependent switch to PP 30/2019 + PermenPANRB 8/2021
    (default 2021-07-01; any day from 2021-01-01, or 2022-01-01 for "never"); the returned
    regime then records the override in ``boundary_override``.
    """
    day = as_date(on, "date")
    reg = _registry(pp30_start)
    try:
        found = reg.in_force(day)
    except NoRuleSetInForce:
        raise NoRuleSetInForce(
            f"sebelum {_COVERS.year} penilaian PNS memakai DP3 (PP 10/1979) yang tidak dimodelkan: "
            f"{day.isoformat()} (before {_COVERS.year} appraisal used the DP3 of PP 10/1979, "
            f"which is not modelled)",
            field="date",
            article=pp46.RULES.citation.label(),
            value=day.isoformat(),
            message_en=f"before {_COVERS.year} appraisal used the DP3 of PP 10/1979, which is not "
            f"modelled: {day.isoformat()}",
        ) from None
    assert isinstance(found, pp46.Pp46Rules | pp30.Pp30Rules | permenpanrb_6_2022.Permenpanrb6Rules)
    return found


def split_by_regime(
    period: Period | Mapping[str, Any], *, pp30_start: DateLike | None = None
) -> tuple[Period, ...]:
    """The parts of ``period`` that each lie in one regime (in order)."""
    p = as_model(Period, period, "period")
    parts: list[Period] = []
    start = p.start
    while start <= p.end:
        regime = regime_for(start, pp30_start=pp30_start)
        end = p.end if regime.valid_to is None else min(p.end, regime.valid_to)
        parts.append(Period(start=start, end=end))
        start = end + timedelta(days=1)
    return tuple(parts)


def period_regime(
    period: Period | Mapping[str, Any], *, pp30_start: DateLike | None = None
) -> Regime:
    """The one regime covering the whole ``period``; a straddling period is refused.

    Choice: refuse rather than guess — SKP 2021 was appraised in two separate periods, so
    the caller splits (:func:`split_by_regime`) and asks for each part.
    """
    p = as_model(Period, period, "period")
    first = regime_for(p.start, pp30_start=pp30_start)
    if first.covers(p.end):
        return first
    try:
        parts = split_by_regime(p, pp30_start=pp30_start)
        hint = ", ".join(x.label for x in parts)
    except InovasiDaerahError:  # the end lies where no regime is modelled
        hint = "-"
    raise InvalidInput(
        f"periode melintasi pergantian aturan penilaian; pisahkan menjadi: {hint} "
        f"(the period straddles a change of appraisal regime; split it)",
        field="period",
        article=first.citation.label(),
        value=p.label,
        message_en=f"the period straddles a change of appraisal regime; split it into: {hint}",
    )
