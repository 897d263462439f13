"""Advice for a region: what one more innovation adds, missing yandas, the path to the next
predicate.

All what-if values are computed with the engine's own arithmetic
(:func:`inovasi_daerah.iga.index_value`), so they equal what :func:`iga.index` would give.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from inovasi_daerah._util import EDITION_EXPECTED, check_rule_set
from inovasi_daerah.clinic.advice import innovations_arg
from inovasi_daerah.errors import InvalidInput
from inovasi_daerah.iga import Edition, Predicate, index_value, regional_index
from inovasi_daerah.iga.results import IndexResult
from inovasi_daerah.law import Explanation, Result, T, Text
from inovasi_daerah.law.context import exact
from inovasi_daerah.models import Innovation, RegionalGovernment, Urusan
from inovasi_daerah.models.profile import RegionalProfile

__all__ = ["Contribution", "PathStep", "RegionAdvice", "advise_region", "office_contribution"]

#: The greedy search stops after this many steps (a safeguard, not a rule of law).
MAX_PATH_STEPS = 400


@dataclass(frozen=True, slots=True)
class PathStep:
    """One step towards the next predicate: an SPD row, an innovation's indicator, or a new
    innovation; ``gain`` is the exact IID change of this step given the ones before it."""

    kind: str  # "spd", "sid" or "new_innovation"
    target: str
    text: Text
    gain: Decimal
    value_after: Decimal

    def to_dict(self) -> dict[str, Any]:
        """The step as JSON-ready data (Decimals as text)."""
        return {
            "kind": self.kind,
            "target": self.target,
            "text": self.text.model_dump(),
            "gain": str(self.gain),
            "value_after": str(self.value_after),
        }


@dataclass(frozen=True, slots=True)
class RegionAdvice(Result):
    """The region's current index, the value of one more innovation and the path onward."""

    current: IndexResult
    new_maturity: Decimal
    one_more_gain: Decimal
    one_more_yandas_gain: Decimal | None
    missing_yandas: tuple[Urusan, ...]
    yandas_needed: int
    next_predicate: Predicate | None
    path: tuple[PathStep, ...]
    reachable: bool
    notes: tuple[Text, ...] = field(default=())

    @property
    def explanation(self) -> Explanation:
        """The tree of the advice: the current index, the value of one more innovation, the path."""
        children = [self.current.explanation]
        children.append(
            Explanation(
                key="clinic.one_more",
                title=T("Nilai satu inovasi tambahan", "Value of one more innovation"),
                value=self.one_more_gain,
                rule=T(
                    "IID(n+1, Σ+kematangan) − IID(n, Σ), dengan rumus edisi",
                    "IID(n+1, Σ+maturity) − IID(n, Σ), with the edition's formula",
                ),
                inputs={"new_maturity": self.new_maturity},
                citations=(self.current.rules.citation,),
            )
        )
        children.extend(
            Explanation(
                key=f"clinic.path.{i}",
                title=s.text,
                value=s.gain,
                inputs={"iid_after": s.value_after},
            )
            for i, s in enumerate(self.path, 1)
        )
        return Explanation(
            key="clinic.region",
            title=T("Saran untuk daerah", "Advice for the region"),
            value=self.current.value,
            note=None
            if self.next_predicate is None
            else T("menuju {p}", "towards {p}").format(p=self.next_predicate.value),
            children=tuple(children),
        )

    def _summary(self) -> dict[str, Any]:
        return {
            "current": self.current.to_dict(explanation=False),
            "new_maturity": self.new_maturity,
            "one_more_gain": self.one_more_gain,
            "one_more_yandas_gain": self.one_more_yandas_gain,
            "missing_yandas": [u.value for u in self.missing_yandas],
            "yandas_needed": self.yandas_needed,
            "next_predicate": None if self.next_predicate is None else self.next_predicate.value,
            "path": [s.to_dict() for s in self.path],
            "reachable": self.reachable,
            "notes": [n.model_dump() for n in self.notes],
        }


def _next_band_low(rules: Edition, value: Decimal) -> tuple[Predicate | None, Decimal | None]:
    bands = sorted(rules.bands.get(), key=lambda b: b.low)
    for band in bands:
        if band.low > value:
            return band.predicate, band.low
    return None, None


@exact
def advise_region(
    government: RegionalGovernment,
    innovations: Iterable[Innovation],
    rules: Edition,
    *,
    profile: RegionalProfile | None = None,
    new_maturity: Decimal | int | None = None,
) -> RegionAdvice:
    """What the region can do next under ``rules``.

    ``new_maturity`` is the maturity assumed for a new innovation (default: the current
    average maturity of the innovations counted, or half of the maximum when there are none).
    The path to the next predicate is **greedy**: at each step it takes the single action with
    the largest exact IID gain (an SPD row one level up, one innovation's indicator one level
    up, or one new innovation). It is a good plan, not a proven optimum.
    """
    rules = check_rule_set(rules, Edition, message=EDITION_EXPECTED)
    invs = innovations_arg(innovations)
    region = regional_index(government, invs, rules, profile=profile)
    cur = region.index
    if new_maturity is None:
        new = cur.maturity_sum / cur.n if cur.n else rules.sid_max / 2
    else:
        try:
            new = Decimal(new_maturity)
        except (ArithmeticError, TypeError, ValueError):
            raise InvalidInput(
                "kematangan harus angka",
                field="new_maturity",
                value=new_maturity,
                message_en="maturity must be a number",
            ) from None
        if not (0 <= new <= rules.sid_max):
            raise InvalidInput(
                f"kematangan harus 0..{rules.sid_max}",
                field="new_maturity",
                value=new_maturity,
                message_en=f"maturity must be 0..{rules.sid_max}",
            )

    def value(spd: Decimal, msum: Decimal, n: int, yandas: int) -> Decimal:
        return index_value(
            spd=spd, maturity_sum=msum, n=n, yandas_covered=yandas, rules=rules
        ).value

    spd, msum, n, yandas = cur.spd, cur.maturity_sum, cur.n, cur.yandas_covered
    base = value(spd, msum, n, yandas)
    one_more = value(spd, msum + new, n + 1, yandas) - base
    covered = set(region.yandas_urusan)
    missing = tuple(u for u in Urusan.basic_services() if u not in covered)
    one_more_y = value(spd, msum + new, n + 1, yandas + 1) - base if missing else None
    minimum = int(rules.yandas_minimum.get())
    needed = max(0, minimum - yandas)

    # Available level upgrades (points each), consumed as the path uses them.
    spd_ups: list[tuple[Decimal, str, Text]] = []
    for row in cur.spd_rows:
        for lvl in range(row.level + 1, rules.indicator(row.number, row.block).top_level + 1):
            spd_ups.append(
                (
                    row.weight,
                    f"SPD {row.number}",
                    T("Naikkan SPD {r} ke level {l}", "Raise SPD {r} to level {l}").format(
                        r=f"{row.number} {row.name.id}", l=lvl
                    ),
                )
            )
    sid_ups: list[tuple[Decimal, str, Text]] = []
    for inv, m in zip(invs, region.maturities, strict=True):
        for s in m.indicators:
            for lvl in range((s.level or 0) + 1, rules.indicator(s.number, s.block).top_level + 1):
                sid_ups.append(
                    (
                        s.weight,
                        f"{inv.id or inv.name}:{s.number}",
                        T(
                            "{i}: naikkan indikator {n} ke level {l}",
                            "{i}: raise indicator {n} to level {l}",
                        ).format(i=inv.id or inv.name, n=s.number, l=lvl),
                    )
                )
    spd_ups.sort(key=lambda x: (-x[0], x[1]))
    sid_ups.sort(key=lambda x: (-x[0], x[1]))

    target_pred, target_low = _next_band_low(rules, cur.value)
    path: list[PathStep] = []
    reachable = target_low is None
    current_value = cur.value
    new_y_left = len(missing)
    while target_low is not None and current_value < target_low and len(path) < MAX_PATH_STEPS:
        options: list[tuple[Decimal, str, str, Text, tuple[Decimal, Decimal, int, int]]] = []
        if spd_ups:
            w, tgt, txt = spd_ups[0]
            st = (spd + w, msum, n, yandas)
            options.append((value(*st) - current_value, "spd", tgt, txt, st))
        if sid_ups:
            w, tgt, txt = sid_ups[0]
            st = (spd, msum + w, n, yandas)
            options.append((value(*st) - current_value, "sid", tgt, txt, st))
        y_gain = 1 if new_y_left > 0 else 0
        st = (spd, msum + new, n + 1, yandas + y_gain)
        options.append(
            (
                value(*st) - current_value,
                "new_innovation",
                "new" + ("_yandas" if y_gain else ""),
                T(
                    "Tambah satu inovasi (kematangan {m}){y}",
                    "Add one innovation (maturity {m}){y}",
                ).format(m=new.quantize(Decimal("0.01")), y=" — yandas" if y_gain else ""),
                st,
            )
        )
        gain, kind, tgt, txt, st = max(options, key=lambda o: (o[0], o[1] == "new_innovation"))
        if gain <= 0:
            break
        spd, msum, n, yandas = st
        current_value += gain
        if kind == "spd":
            spd_ups.pop(0)
        elif kind == "sid":
            sid_ups.pop(0)
        elif y_gain:
            new_y_left -= 1
        path.append(PathStep(kind, tgt, txt, gain, current_value))
    if target_low is not None:
        reachable = current_value >= target_low
    return RegionAdvice(
        current=cur,
        new_maturity=new,
        one_more_gain=one_more,
        one_more_yandas_gain=one_more_y,
        missing_yandas=missing,
        yandas_needed=needed,
        next_predicate=target_pred,
        path=tuple(path),
        reachable=reachable,
    )


@dataclass(frozen=True, slots=True)
class Contribution(Result):
    """What an office's innovations contribute to its region's index: the IID with and
    without them, everything else equal."""

    office: str
    with_office: IndexResult
    without_office: IndexResult

    @property
    def gain(self) -> Decimal:
        """The IID with the office's innovations minus the IID without them."""
        return self.with_office.value - self.without_office.value

    @property
    def explanation(self) -> Explanation:
        """The tree of the contribution: the gain over both index trees."""
        return Explanation(
            key="clinic.contribution",
            title=T("Sumbangan {o} pada IID", "Contribution of {o} to the IID").format(
                o=self.office
            ),
            value=self.gain,
            rule=T("IID dengan − IID tanpa inovasinya", "IID with − IID without its innovations"),
            children=(self.with_office.explanation, self.without_office.explanation),
        )

    def _summary(self) -> dict[str, Any]:
        return {
            "office": self.office,
            "gain": self.gain,
            "with": {"value": self.with_office.value, "n": self.with_office.n},
            "without": {"value": self.without_office.value, "n": self.without_office.n},
        }


@exact
def office_contribution(
    government: RegionalGovernment,
    innovations: Iterable[Innovation],
    office: str,
    rules: Edition,
    *,
    profile: RegionalProfile | None = None,
) -> Contribution:
    """The IID gain the region owes to the innovations of ``office`` (its perangkat daerah's
    name, short name or code), computed by re-scoring the region without them."""
    if not isinstance(office, str) or not office.strip():
        raise InvalidInput(
            "nama perangkat daerah harus teks",
            field="office",
            value=office,
            message_en="the name of the regional agency (perangkat daerah) must be text",
        )
    rules = check_rule_set(rules, Edition, message=EDITION_EXPECTED)
    invs = innovations_arg(innovations)
    key = office.strip().casefold()

    def owned(i: Innovation) -> bool:
        pd = i.office
        return pd is not None and key in {
            (x or "").casefold() for x in (pd.name, pd.short_name, pd.code)
        }

    if not any(owned(i) for i in invs):
        raise InvalidInput(
            "tidak ada inovasi milik perangkat daerah ini",
            field="office",
            value=office,
            message_en="no innovation belongs to this regional agency (perangkat daerah)",
        )
    with_ = regional_index(government, invs, rules, profile=profile).index
    without = regional_index(
        government, [i for i in invs if not owned(i)], rules, profile=profile
    ).index
    return Contribution(office, with_, without)
