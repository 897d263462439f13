"""Deriving an indicator's level from facts, with the edition's published cut-offs.

Four kinds of facts, as the catalogue declares per indicator:

- a **number** (people, days, percent, months ...) against each level's ``bounds``
  (``Indicator.direction`` says which end is better); for 2026 kemanfaatan (33) against the
  bounds of the chosen **basis** a-f;
- a set of **years** relative to the edition year T-0 (budget 18, RKPD 21), against the
  level's year sets: a level is reached when one of its sets is among the given years;
- a **category** (BPK opinion, LAKIP grade, regulation type ...);
- **dates** of the innovation for kecepatan penciptaan (32), see :func:`creation_months`.

Values the published ranges leave ambiguous follow the edition's ``gap_rule`` policy
(default ``lower``): a value in a gap between two ranges (50.5 % between "≤ 50" and "51-90")
or in two overlapping ranges (5.23 in "2.05-5.23" and "≥ 5.23"). A value short of level 1
derives level 0; a value beyond the best range (efficiency above 30 % for basis c, a sixth
video element) derives *no* level — the reference leaves it uncovered.

>>> from inovasi_daerah.iga import edition
>>> e = edition(2026)
>>> derive_level(e, "pengaduan", "50.5").level, derive_level(e, 29, 91).level
(1, 3)
>>> derive_level(e, 33, 501, basis="a").level, derive_level(e, 33, "30.01", basis="c").flag
(3, 'uncovered')
>>> derive_level(e, "rkpd", None, basis="T-1,T-2").level
2
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from dateutil.relativedelta import relativedelta

from inovasi_daerah._levels import LEVELS
from inovasi_daerah._util import EDITION_EXPECTED, check_choice, check_rule_set
from inovasi_daerah.errors import InvalidInput
from inovasi_daerah.iga._build import normalize_text
from inovasi_daerah.iga._convert import to_decimal
from inovasi_daerah.iga.model import Direction, Edition, Indicator, Interval
from inovasi_daerah.iga.policies import MonthCount
from inovasi_daerah.law import as_date
from inovasi_daerah.law.context import exact
from inovasi_daerah.types import DateLike, Number

__all__ = ["Derivation", "creation_months", "derive_level", "level_from_bounds"]

_MAX_TEXT = 200
_HUNDRED = Decimal(100)  # a whole, in percent


@dataclass(frozen=True, slots=True)
class Derivation:
    """A level derived from a fact.

    ``level`` is None when the fact lies beyond the best published range (``flag`` =
    "uncovered"). ``flag`` is also "gap", "overlap" or "below_level_1" when the gap rule or
    the level-0 rule decided, and "carried_map" when a category map of another edition was
    applied (marked, UNCERTAIN); ``rule`` is the range (or year set, or category) applied.
    """

    indicator: str
    level: int | None
    fact: Any
    basis: str | None = None
    flag: str | None = None
    rule: str = ""

    def to_dict(self) -> dict[str, Any]:
        """The derivation (a year set as a sorted list) as JSON-ready data (Decimals as text)."""
        fact = self.fact
        if isinstance(fact, frozenset):
            fact = sorted(fact)
        elif isinstance(fact, Decimal):
            fact = str(fact)
        return {
            "indicator": self.indicator,
            "level": self.level,
            "fact": fact,
            "basis": self.basis,
            "flag": self.flag,
            "rule": self.rule,
        }


@exact
def level_from_bounds(
    value: Decimal,
    bounds: tuple[Interval, Interval, Interval],
    direction: Direction,
    gap_rule: str = "lower",
) -> tuple[int | None, str | None]:
    """The level (0-3, or None beyond the best range) of ``value`` and the deciding flag."""
    if type(value) is not Decimal:  # the engine passes Decimals: checks only for other callers
        value = to_decimal(value, "value")
    if type(bounds) is not tuple or len(bounds) != len(LEVELS):
        raise InvalidInput(
            "bounds harus tiga Interval",
            field="bounds",
            value=bounds,
            message_en="bounds must be three Intervals",
        )
    for b in bounds:
        if type(b) is not Interval:
            raise InvalidInput(
                "bounds harus tiga Interval",
                field="bounds",
                value=b,
                message_en="bounds must be three Intervals",
            )
    if type(direction) is not Direction:
        direction = Direction(direction)
    check_choice(gap_rule, ("lower", "higher"), "gap_rule")
    hits = [i + 1 for i, b in enumerate(bounds) if b.contains(value)]
    if len(hits) == 1:
        return hits[0], None
    if hits:
        return (min(hits) if gap_rule == "lower" else max(hits)), "overlap"
    if direction is Direction.HIGHER_BETTER:
        past = [b.is_below(value) for b in bounds]
    else:
        past = [b.is_above(value) for b in bounds]
    reached = max((i + 1 for i, p in enumerate(past) if p), default=0)
    if reached == len(bounds):  # past the top level's range
        return None, "uncovered"
    if reached == 0:
        return 0, "below_level_1"
    return (reached if gap_rule == "lower" else reached + 1), "gap"


@exact
def creation_months(
    start: DateLike, end: DateLike, *, count: MonthCount | str = MonthCount.MONTHS_BEGUN
) -> int:
    """Months from ``start`` to ``end`` (kecepatan penciptaan, indicator 32).

    Calendar months (python-dateutil ``relativedelta``), counted per the named policy
    ``count`` (an edition's ``month_count``): ``months_begun`` (default) counts a started month
    as one — 1 Jan → 1 May is 4 months, 1 Jan → 2 May is 5 — which keeps "4 months and 10 days"
    out of the "1–4" band, the conservative reading; ``whole_months`` counts completed months
    only (1 Jan → 2 May is 4). The reference gives the bands in whole months ("1–4", "5–8",
    "≥ 9") without saying how to count (docs/iga.md, "Policies").

    >>> creation_months("2024-01-01", "2024-05-02"), creation_months(
    ...     "2024-01-01", "2024-05-02", count="whole_months")
    (5, 4)
    """
    a, b = as_date(start, "start"), as_date(end, "end")
    try:
        how = MonthCount(count)
    except ValueError:
        raise InvalidInput(
            f"count harus salah satu dari {[m.value for m in MonthCount]}",
            field="count",
            value=count,
            message_en=f"count must be one of {[m.value for m in MonthCount]}",
        ) from None
    if b < a:
        raise InvalidInput(
            f"tanggal akhir ({b}) sebelum awal ({a})",
            field="end",
            value=str(b),
            message_en=f"end date ({b}) before start ({a})",
        )
    rd = relativedelta(b, a)
    months = rd.years * 12 + rd.months
    if how is MonthCount.WHOLE_MONTHS:
        return months
    return months + 1 if rd.days > 0 else months


def parse_years(value: object, t0: int, field: str) -> frozenset[int]:
    """Offsets from T-0 ({0, 1, 2} = T-0, T-1, T-2) from calendar years or "T-1" labels."""
    items: Iterable[Any]
    if isinstance(value, str):
        if len(value) > _MAX_TEXT:
            raise InvalidInput(
                "teks tahun terlalu panjang",
                field=field,
                value=value,
                message_en="year text too long",
            )
        items = [p for p in value.replace(";", ",").replace(" ", ",").split(",") if p]
    elif isinstance(value, set | frozenset | list | tuple):
        items = value
    else:
        raise InvalidInput(
            "tahun harus daftar (mis. 'T-1,T-2' atau '2024,2025')",
            field=field,
            value=value,
            message_en="years must be a list (e.g. 'T-1,T-2' or '2024,2025')",
        )
    out: set[int] = set()
    for item in items:
        if isinstance(item, str):
            s = item.strip().upper().replace(" ", "")
            if s.startswith("T"):
                s = s[1:].lstrip("-") or "0"
                if not (s.isascii() and s.isdigit()):  # "²".isdigit() is True, int("²") fails
                    raise InvalidInput(
                        "label tahun tidak dikenal",
                        field=field,
                        value=item,
                        message_en="unknown year label",
                    )
                out.add(int(s))
                continue
            if not (s.isascii() and s.isdigit()):
                raise InvalidInput(
                    "tahun tidak dikenal", field=field, value=item, message_en="unknown year"
                )
            item = int(s)
        if type(item) is not int:
            raise InvalidInput(
                "tahun harus bilangan bulat",
                field=field,
                value=item,
                message_en="year must be an integer",
            )
        offset = t0 - item if item > 100 else item
        if offset < 0 or offset > 100:
            raise InvalidInput(
                f"tahun setelah T-0 ({t0}) atau tidak masuk akal",
                field=field,
                value=item,
                message_en=f"year after T-0 ({t0}) or implausible",
            )
        out.add(offset)
    return frozenset(out)


def _level_from_years(ind: Indicator, years: frozenset[int]) -> int:
    level = 0
    for i, sets in enumerate(ind.year_sets):
        if any(s <= years for s in sets):
            level = i + 1
    return level


def _fact(ind: Indicator, value: object, field: str) -> Decimal:
    v = to_decimal(value, field)
    if v < 0 and not ind.signed:
        raise InvalidInput(
            "nilai fakta tidak boleh negatif",
            field=field,
            value=str(v),
            message_en="the fact cannot be negative",
        )
    if ind.share and v > _HUNDRED:
        # a share of a whole (complaints resolved, unemployment rate ...) cannot pass 100 %
        raise InvalidInput(
            "persentase bagian dari keseluruhan tidak boleh di atas 100",
            field=field,
            value=str(v),
            message_en="a percentage of a whole cannot exceed 100",
        )
    return v


@exact
def derive_level(
    rules: Edition,
    indicator: int | str,
    value: Number | None,
    *,
    basis: str | Iterable[str] | None = None,
) -> Derivation:
    """Derive the level of ``indicator`` (number or code) from a fact.

    ``value`` is the number for numeric indicators; ``basis`` the basis key (2026
    kemanfaatan "a".."f"), the years (budget 18, RKPD 21: ``"T-1,T-2"``, ``"2024,2025"`` or a
    set) or the category (e.g. ``"WTP"``, ``"perda"``) for the other kinds.
    """
    rules = check_rule_set(rules, Edition, message=EDITION_EXPECTED)
    ind = rules.indicator(indicator)
    field = f"indicator {ind.number}"
    gap_rule = rules.gap_rule.get()
    if basis is not None and not isinstance(basis, str | set | frozenset | list | tuple):
        raise InvalidInput(
            "basis harus teks", field=f"{field}.basis", value=basis, message_en="basis must be text"
        )
    if ind.year_sets:
        if basis is None:
            raise InvalidInput(
                "berikan tahun-tahunnya di 'basis' (mis. 'T-1,T-2')",
                field=f"{field}.basis",
                message_en="give the years in 'basis' (e.g. 'T-1,T-2')",
            )
        years = parse_years(basis, rules.year, f"{field}.basis")
        return Derivation(ind.number, _level_from_years(ind, years), years, None, None, "years")
    if ind.categories:
        cat = basis if basis is not None else value
        if not isinstance(cat, str) or len(cat) > _MAX_TEXT:
            raise InvalidInput(
                "berikan kategori sebagai teks",
                field=field,
                value=cat,
                message_en="give the category as text",
            )
        table = dict(ind.categories)
        key = normalize_text(cat)
        if key not in table:
            raise InvalidInput(
                f"kategori tidak dikenal; ada: {sorted(table)}",
                field=field,
                value=cat,
                message_en=f"unknown category; known: {sorted(table)}",
            )
        carried = None if ind.categories_citation is None else "carried_map"
        return Derivation(ind.number, table[key], key, None, carried, "category")
    if ind.bases:
        if not isinstance(basis, str):
            raise InvalidInput(
                f"indikator {ind.number} perlu dasar (basis) {[b.key for b in ind.bases]}",
                field=f"{field}.basis",
                value=basis,
                message_en=f"indicator {ind.number} needs a basis {[b.key for b in ind.bases]}",
            )
        b = ind.basis(basis)
        v = _fact(ind, value, field)
        lvl, flag = level_from_bounds(v, b.bounds, b.direction, gap_rule)
        rule = " / ".join(str(x) for x in b.bounds)
        return Derivation(ind.number, lvl, v, b.key, flag, rule)
    if ind.direction is not None:
        bounds = (ind.levels[0].bounds, ind.levels[1].bounds, ind.levels[2].bounds)
        if bounds[0] is None or bounds[1] is None or bounds[2] is None:  # pragma: no cover
            raise InvalidInput(
                "indikator tanpa batas angka",
                field=field,
                message_en="indicator without numeric bounds",
            )
        v = _fact(ind, value, field)
        lvl, flag = level_from_bounds(v, (bounds[0], bounds[1], bounds[2]), ind.direction, gap_rule)
        return Derivation(ind.number, lvl, v, None, flag, " / ".join(str(x) for x in bounds))
    raise InvalidInput(
        f"level indikator {ind.number} tidak dapat diturunkan dari fakta dalam {rules.id} "
        f"(not derivable from facts in this edition)",
        field=field,
        message_en=f"level of indicator {ind.number} cannot be derived from facts in {rules.id}",
    )
