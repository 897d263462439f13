"""The data model of an IGA edition: indicators, levels, bounds, bands and the edition itself.

An :class:`Edition` is a :class:`~inovasi_daerah.law.RuleSet` of family ``"iga"``. It holds the
indicator catalogue (SPD rows 1-15 with sub-rows such as ``"2a"``; SID indicators 16-35), the
formula parameters of the regional index (divisor *k* of MAX(k, n), the jumlah-inovasi rate and
cap, the yandas minimum, the predicate bands, the rounding), the eligibility rules and the
named policies where the domain reference gives two readings. Every number is cited.

The maxima (SPD 63, SID 111, SJI 76, total 250) are *computed* from the data and checked at
import against the values the reference states (domain README rule 6), together with the
weight sums, the band coverage of 0..100 and the monotony of every level's numeric bounds.

>>> from inovasi_daerah.iga import edition
>>> e = edition(2026)
>>> e.sid_max, e.spd_max, e.sji_max, e.total_max
(Decimal('111'), Decimal('63'), Decimal('76'), Decimal('250'))
>>> e.indicator("kemanfaatan").number, e.indicator(33).weight
('33', Decimal('3'))
"""

from __future__ import annotations

import dataclasses
import itertools
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from decimal import ROUND_HALF_EVEN, Context, Decimal
from typing import Any, Self

from inovasi_daerah._levels import LEVELS
from inovasi_daerah._util import StrictStrEnum
from inovasi_daerah.errors import (
    DataIntegrityError,
    InvalidInput,
    UnknownIndicator,
)
from inovasi_daerah.iga import _core as core
from inovasi_daerah.iga.policies import (
    POLICY_ENUMS,
    CountInN,
    KecepatanStart,
    MonthCount,
    ProvisionalBasis,
    RejectedEvidence,
    RoundingStep,
    YandasBasis,
)
from inovasi_daerah.law import Citation, Param, RuleSet, Text
from inovasi_daerah.law.context import CONTEXT
from inovasi_daerah.law.text import T
from inovasi_daerah.models.enums import Stage
from inovasi_daerah.types import Number

__all__ = [
    "DECIMAL_ROUNDING_MODES",
    "Band",
    "Basis",
    "Block",
    "Direction",
    "Edition",
    "Indicator",
    "Interval",
    "Level",
    "Predicate",
    "StatedMaxima",
]

#: Rounding modes accepted by the ``rounding_mode`` parameter (names of :mod:`decimal`).
DECIMAL_ROUNDING_MODES = (
    "ROUND_HALF_UP",
    "ROUND_HALF_EVEN",
    "ROUND_HALF_DOWN",
    "ROUND_DOWN",
    "ROUND_UP",
    "ROUND_FLOOR",
    "ROUND_CEILING",
)

# LEVELS / TOP_LEVEL: the level scale from rules/iga/levels.toml (iid_iga.md §3.1). Each
# indicator's rule data describes exactly these levels (checked when an edition is built);
# engine code reads an edition's levels from its data (Edition.top_level); the scale is for
# where no edition is at hand.

#: Context for rounding: precision ample for any index value, independent of the caller's.
_ROUNDING = Context(prec=60)

#: weight × level for levels 0, 1, 2, 3
Products = tuple[Decimal, ...]


def plain(value: Decimal) -> Decimal:
    """``value`` without trailing zeros or exponent (``Decimal("63.00")`` -> ``Decimal("63")``)."""
    if value == value.to_integral_value(context=CONTEXT):
        return value.quantize(Decimal(1), rounding=ROUND_HALF_EVEN, context=CONTEXT)
    return value.normalize(CONTEXT)


class Block(StrictStrEnum):
    """The two aspects of the index: the Pemda profile and the innovations."""

    SPD = "SPD"  # Satuan Pemerintahan Daerah
    SID = "SID"  # Satuan Inovasi Daerah

    @property
    def label(self) -> Text:
        """The block's name: Satuan Pemerintahan Daerah (SPD) or Satuan Inovasi Daerah (SID)."""
        return (
            T("Satuan Pemerintahan Daerah", "Regional government unit")
            if self is Block.SPD
            else T("Satuan Inovasi Daerah", "Innovation unit")
        )


class Predicate(StrictStrEnum):
    """The predikat of the Indeks Inovasi Daerah; values are the official names."""

    VERY_INNOVATIVE = "Sangat Inovatif"
    INNOVATIVE = "Inovatif"
    LESS_INNOVATIVE = "Kurang Inovatif"
    NOT_ASSESSABLE = "Tidak Dapat Dinilai"

    # Names before 0.2.0, kept as aliases (same value, same member): the convention is
    # English member names, Indonesian legal terms as values (docs/glossary.md).
    SANGAT_INOVATIF = VERY_INNOVATIVE
    INOVATIF = INNOVATIVE
    KURANG_INOVATIF = LESS_INNOVATIVE
    TIDAK_DAPAT_DINILAI = NOT_ASSESSABLE

    @property
    def label(self) -> Text:
        """The predikat in Bahasa Indonesia (its official name) and English."""
        en = {
            "Sangat Inovatif": "Very innovative",
            "Inovatif": "Innovative",
            "Kurang Inovatif": "Less innovative",
            "Tidak Dapat Dinilai": "Cannot be assessed (disclaimer)",
        }[self.value]
        return T(self.value, en)


class Direction(StrictStrEnum):
    """Which end of a quantitative indicator is better."""

    HIGHER_BETTER = "higher_better"
    LOWER_BETTER = "lower_better"


@dataclass(frozen=True, slots=True)
class Interval:
    """A closed or half-open interval of a fact's value; ``None`` = unbounded on that side.

    >>> Interval.parse("11-30").contains(Decimal(30)), Interval.parse(">30").contains(Decimal(30))
    (True, False)
    >>> str(Interval.parse("<=-50.32")), str(Interval.parse("2.05-5.23"))
    ('≤ -50.32', '2.05–5.23')
    """

    low: Decimal | None = None
    high: Decimal | None = None
    low_open: bool = False
    high_open: bool = False

    @classmethod
    def parse(cls, text: str) -> Interval:
        """Read ``"a-b"``, ``">=a"``, ``">a"``, ``"<=b"``, ``"<b"`` or ``"a"`` (one point).

        A range's separator is the first ``-`` after the first character, so negative
        numbers work: ``"-50.33--8.16"`` is not used; write ``"-50.33..8.16"`` for those.
        """
        if not isinstance(text, str) or len(text) > 100:
            raise InvalidInput(
                "interval harus teks seperti '1-3' atau '>=5'",
                value=text,
                message_en="interval must be text such as '1-3' or '>=5'",
            )
        try:
            return cls._parse(text.replace(" ", ""))
        except ArithmeticError:  # decimal.InvalidOperation: not a number
            raise InvalidInput(
                "interval tidak dapat dibaca", value=text, message_en="interval cannot be read"
            ) from None

    @classmethod
    def _parse(cls, s: str) -> Interval:
        for op, kw in ((">=", "low"), ("<=", "high"), (">", "low"), ("<", "high")):
            if s.startswith(op):
                v = Decimal(s[len(op) :])
                is_open = len(op) == 1
                if kw == "low":
                    return cls(low=v, low_open=is_open)
                return cls(high=v, high_open=is_open)
        if ".." in s:
            a, b = s.split("..", 1)  # a second ".." is not a number: refused below
            return cls(low=Decimal(a), high=Decimal(b))
        if "-" in s[1:]:
            i = s.index("-", 1)
            return cls(low=Decimal(s[:i]), high=Decimal(s[i + 1 :]))
        v = Decimal(s)
        return cls(low=v, high=v)

    def contains(self, v: Decimal) -> bool:
        """True when ``v`` lies in the interval (open ends excluded, no bound = unbounded)."""
        if self.low is not None and (v < self.low or (self.low_open and v == self.low)):
            return False
        return not (
            self.high is not None and (v > self.high or (self.high_open and v == self.high))
        )

    def is_below(self, v: Decimal) -> bool:
        """True when ``v`` lies above the whole interval (the interval is below ``v``)."""
        return self.high is not None and (v > self.high or (self.high_open and v == self.high))

    def is_above(self, v: Decimal) -> bool:
        """True when ``v`` lies below the whole interval."""
        return self.low is not None and (v < self.low or (self.low_open and v == self.low))

    def __str__(self) -> str:
        def f(x: Decimal) -> str:
            return format(x, "f")

        if self.low is not None and self.high is not None:
            if self.low == self.high:
                return f(self.low)
            return f"{f(self.low)}–{f(self.high)}"
        if self.low is not None:
            return f"{'>' if self.low_open else '≥'} {f(self.low)}"
        if self.high is not None:
            return f"{'<' if self.high_open else '≤'} {f(self.high)}"
        return "any"

    def to_dict(self) -> dict[str, Any]:
        """The interval (bounds, open ends and text) as JSON-ready data (Decimals as text)."""
        return {
            "low": None if self.low is None else str(self.low),
            "high": None if self.high is None else str(self.high),
            "low_open": self.low_open,
            "high_open": self.high_open,
            "text": str(self),
        }


@dataclass(frozen=True, slots=True)
class Level:
    """One of the three levels (parameter options) of an indicator.

    ``condition`` is the level's condition as published, ``evidence`` what to upload for it
    (output data for upload forms), ``bounds`` the numeric range of the underlying fact where
    the indicator is quantitative, and ``citation`` where the level comes from.
    """

    number: int
    condition: Text
    evidence: Text
    citation: Citation
    bounds: Interval | None = None

    def to_dict(self) -> dict[str, Any]:
        """The level, with its condition, evidence, bounds and citation, as JSON-ready data
        (Decimals as text).
        """
        return {
            "level": self.number,
            "condition": self.condition.model_dump(),
            "evidence": self.evidence.model_dump(),
            "bounds": None if self.bounds is None else self.bounds.to_dict(),
            "citation": self.citation.model_dump(mode="json"),
        }


@dataclass(frozen=True, slots=True)
class Basis:
    """One alternative basis of a multi-basis indicator (2026 kemanfaatan a-f)."""

    key: str
    title: Text
    unit: Text
    bounds: tuple[Interval, Interval, Interval]
    direction: Direction = Direction.HIGHER_BETTER
    note: Text | None = None

    def to_dict(self) -> dict[str, Any]:
        """The basis, with its unit, direction and bounds, as JSON-ready data (Decimals as text)."""
        return {
            "key": self.key,
            "title": self.title.model_dump(),
            "unit": self.unit.model_dump(),
            "direction": self.direction.value,
            "bounds": [b.to_dict() for b in self.bounds],
            "note": None if self.note is None else self.note.model_dump(),
        }


@dataclass(frozen=True, slots=True)
class Indicator:
    """One indicator (SID) or score row (SPD) of an edition.

    ``number`` is the official number ("16", "2a"), ``code`` the stable snake_case code shared
    by editions where the indicator is the same, ``aliases`` former codes. ``weight`` is the
    bobot; ``mandatory`` the wajib flag (``None`` = not established for the edition).
    Quantitative indicators carry ``unit`` and ``direction`` and numeric bounds on their
    levels (or per basis in ``bases``); ``year_sets`` gives, per level, the sets of years
    (offsets from T-0) any of which earns the level; ``categories`` maps category names to
    levels. ``categories_citation`` is set when the category map is not the edition's own (the
    2026 maps carried into the provisional 2023–2025 SPD rows): derivations from it are then
    flagged "carried_map" and cite it.
    """

    number: str
    code: str
    name: Text
    block: Block
    weight: Decimal
    levels: tuple[Level, Level, Level]
    citation: Citation
    mandatory: bool | None
    mandatory_citation: Citation
    variable: Text | None = None
    description: Text | None = None
    aliases: tuple[str, ...] = ()
    unit: Text | None = None
    direction: Direction | None = None
    bases: tuple[Basis, ...] = ()
    year_sets: tuple[tuple[frozenset[int], ...], ...] = ()
    categories: tuple[tuple[str, int], ...] = ()
    notes: tuple[Text, ...] = ()
    signed: bool = False  # the fact may be negative (growth rates, reductions)
    categories_citation: Citation | None = None
    share: bool = False  # the fact is a percentage of a whole: 0-100, never above

    @property
    def top_level(self) -> int:
        """The highest level of this indicator, from its level data (3 in every edition)."""
        return max(level.number for level in self.levels)

    @property
    def max_score(self) -> Decimal:
        """The most this indicator can score: bobot × its top level."""
        return self.weight * self.top_level

    @property
    def quantitative(self) -> bool:
        """True when the level can be derived from a fact (number, years or category)."""
        return bool(self.direction is not None or self.bases or self.year_sets or self.categories)

    @property
    def uncertain(self) -> bool:
        """True when the indicator's citation is THIRD-PARTY or UNCERTAIN."""
        return self.citation.uncertain

    def level(self, number: int) -> Level:
        """The description of level ``number`` (1, 2 or 3) of this indicator.

        Raises:
            InvalidInput: ``number`` is not a level.
        """
        if number not in LEVELS:
            raise InvalidInput(
                "level harus 1, 2 atau 3",
                field=f"indicator {self.number}",
                message_en="level must be 1, 2 or 3",
            )
        return self.levels[number - 1]

    def basis(self, key: str) -> Basis:
        """The basis (dasar) of this indicator named ``key``, by key or by title in either
        language.

        Case, surrounding space and a final full stop are ignored.

        Raises:
            InvalidInput: no basis of this indicator has that name.
        """
        k = key.strip().lower().rstrip(".")
        for b in self.bases:
            if b.key == k or b.title.id.lower() == k or b.title.en.lower() == k:
                return b
        raise InvalidInput(
            f"dasar (basis) tidak dikenal untuk indikator {self.number}; "
            f"ada: {[b.key for b in self.bases]}",
            field=f"indicator {self.number}.basis",
            value=key,
            message_en=(
                f"unknown basis for indicator {self.number}; known: {[b.key for b in self.bases]}"
            ),
        )

    def to_dict(self) -> dict[str, Any]:
        """The indicator with every cited attribute as JSON-ready data (Decimals as text)."""
        return {
            "number": self.number,
            "code": self.code,
            "aliases": list(self.aliases),
            "name": self.name.model_dump(),
            "block": self.block.value,
            "variable": None if self.variable is None else self.variable.model_dump(),
            "weight": str(self.weight),
            "max_score": str(self.max_score),
            "mandatory": self.mandatory,
            "mandatory_citation": self.mandatory_citation.model_dump(mode="json"),
            "unit": None if self.unit is None else self.unit.model_dump(),
            "direction": None if self.direction is None else self.direction.value,
            "levels": [lv.to_dict() for lv in self.levels],
            "bases": [b.to_dict() for b in self.bases],
            "year_sets": [[sorted(s) for s in sets] for sets in self.year_sets],
            "categories": dict(self.categories),
            "categories_citation": None
            if self.categories_citation is None
            else self.categories_citation.model_dump(mode="json"),
            "citation": self.citation.model_dump(mode="json"),
            "notes": [n.model_dump() for n in self.notes],
        }


@dataclass(frozen=True, slots=True)
class Band:
    """A predicate band: ``low`` and ``high`` inclusive, at the edition's decimal places."""

    predicate: Predicate
    low: Decimal
    high: Decimal

    def to_dict(self) -> dict[str, Any]:
        """The band (its predikat and bounds) as JSON-ready data (Decimals as text)."""
        return {"predicate": self.predicate.value, "low": str(self.low), "high": str(self.high)}


@dataclass(frozen=True, slots=True)
class StatedMaxima:
    """The maxima and weight sums the domain reference states for an edition (checked)."""

    spd_weight: Decimal
    sid_weight: Decimal
    spd: Decimal
    sid: Decimal
    sji: Decimal
    total: Decimal


def _iid_out_of_range(value: Decimal) -> InvalidInput:
    """The refusal of an IID value outside 0..100 (shown as text)."""
    return InvalidInput(
        "IID harus antara 0 dan 100",
        field="value",
        value=str(value),
        message_en="IID must be between 0 and 100",
    )


@dataclass(frozen=True, kw_only=True)
class Edition(RuleSet):
    """The rules of one IGA edition (family ``"iga"``).

    Parameters are read with ``.get()``; replace any of them with
    ``edition.override(reason=..., divisor_k=14)``. Results computed with an overridden
    edition record the override.
    """

    year: int
    indicators: tuple[Indicator, ...]
    divisor_k: Param[int]
    sji_rate: Param[Decimal]
    sji_n_cap: Param[int]
    yandas_minimum: Param[int]
    bands: Param[tuple[Band, ...]]
    decimal_places: Param[int]
    rounding_mode: Param[str]
    stated_maxima: Param[StatedMaxima]
    eligibility_window: Param[tuple[date, date]]
    required_stage: Param[Stage]
    max_entries: Param[int]
    mandatory_empty_ineligible: Param[bool]
    rancang_bangun_min_words: Param[int]
    rejected_evidence: Param[RejectedEvidence]
    count_in_n: Param[CountInN]
    yandas_basis: Param[YandasBasis]
    gap_rule: Param[str]
    rounding_step: Param[RoundingStep]
    kecepatan_start: Param[KecepatanStart]
    month_count: Param[MonthCount]
    #: 2024 and 2025 only: where the parameters their year does not establish come from
    provisional_basis: Param[ProvisionalBasis] | None = None
    #: set when the edition is given for a date after its own year (``edition_for``): the
    #: latest known rules, not rules known to be in force then (a flagged, UNCERTAIN fact)
    latest_known: Citation | None = None
    #: values a named provisional basis sets besides its source edition's, per basis value:
    #: ``((basis, ((key, value, citation), ...)), ...)`` (2024: iga_2024_partial's yandas)
    basis_values: tuple[tuple[str, tuple[tuple[str, Any, Citation], ...]], ...] = ()
    inherited: tuple[str, ...] = ()
    notes: tuple[Text, ...] = ()
    # -- precomputed tables (not part of the rule data; rebuilt on every copy) ---------------
    _by_key: Mapping[str, Indicator] = field(init=False, repr=False, compare=False)
    #: per block: key (number, code, alias; int for plain numbers) -> (number, level products)
    _tables: Mapping[Block, Mapping[object, tuple[str, Products]]] = field(
        init=False, repr=False, compare=False
    )
    #: per block: the level products in catalogue order (for sequences of levels)
    _sequences: Mapping[Block, tuple[Products, ...]] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        RuleSet.__post_init__(self)
        self._check_types()
        by_key: dict[str, Indicator] = {}
        tables: dict[Block, dict[object, tuple[str, Products]]] = {Block.SID: {}, Block.SPD: {}}
        sequences: dict[Block, list[Products]] = {Block.SID: [], Block.SPD: []}
        for ind in self.indicators:
            # weight × level for levels 0..3, computed once per edition (the bulk fast path)
            products: Products = core.products(ind.weight, ind.top_level, Decimal(0))
            keys: list[object] = [ind.number, ind.code, *ind.aliases]
            if ind.number.isascii() and ind.number.isdigit():  # int("²") fails
                keys.append(int(ind.number))
            for key in keys:
                if isinstance(key, str) and key in by_key:
                    raise DataIntegrityError(
                        f"kunci indikator {key!r} dipakai dua kali",
                        field=f"{self.id}.indicators",
                        message_en=f"indicator key {key!r} used twice",
                    )
                if isinstance(key, str):
                    by_key[key] = ind
                tables[ind.block][key] = (ind.number, products)
            sequences[ind.block].append(products)
        object.__setattr__(self, "_by_key", by_key)
        object.__setattr__(self, "_tables", tables)
        object.__setattr__(self, "_sequences", {b: tuple(v) for b, v in sequences.items()})

    # -- catalogue ---------------------------------------------------------------------------
    @property
    def sid(self) -> tuple[Indicator, ...]:
        """The SID indicators (16-35) in catalogue order."""
        return self._memo("sid", lambda: tuple(i for i in self.indicators if i.block is Block.SID))

    @property
    def spd(self) -> tuple[Indicator, ...]:
        """The SPD score rows (1-15 with sub-rows) in catalogue order."""
        return self._memo("spd", lambda: tuple(i for i in self.indicators if i.block is Block.SPD))

    def indicator(self, key: int | str, block: Block | None = None) -> Indicator:
        """The indicator with official number or stable code ``key`` (int or str).

        Raises :class:`~inovasi_daerah.errors.UnknownIndicator` naming the key and the edition.
        """
        if block is not None and not isinstance(block, Block):
            block = Block(block)  # unknown values raise InvalidInput (Block._missing_)
        ind = self._lookup(key)
        if ind is None or (block is not None and ind.block is not block):
            where = "" if block is None else f" {block.value}"
            raise UnknownIndicator(
                f"indikator{where} tidak dikenal dalam {self.id} "
                f"(unknown{where} indicator in {self.id})",
                field="indicator",
                value=key,
                message_en=f"unknown{where} indicator in {self.id}",
            )
        return ind

    def lookup(self, key: int | str) -> Indicator | None:
        """The indicator with number, code or alias ``key`` (any case), or None (no error)."""
        return self._lookup(key)

    def key_products(self, block: Block) -> Mapping[object, tuple[str, Products]]:
        """Per key of a ``block`` indicator (number, code, alias; int for plain numbers): its
        number and weight × level for the levels 0..top (computed once per edition)."""
        return self._tables[block]

    def level_products(self, block: Block) -> tuple[Products, ...]:
        """weight × level for the levels 0..top of each ``block`` indicator, catalogue order."""
        return self._sequences[block]

    @property
    def top_level(self) -> int:
        """The highest level of the edition's indicators, from their level data (3 in
        2023-2026)."""
        return self._memo("top_level", lambda: max(i.top_level for i in self.indicators))

    @property
    def levels(self) -> range:
        """The levels an indicator may have: 0 (empty) to :attr:`top_level`."""
        return range(self.top_level + 1)

    def _lookup(self, key: object) -> Indicator | None:
        if isinstance(key, bool):
            return None
        if isinstance(key, int):
            # bounded first: str() of a 5,000-digit int raises
            return self._by_key.get(str(key)) if -1000 < key < 1000 else None
        if isinstance(key, str) and len(key) <= 80:
            hit = self._by_key.get(key)
            if hit is None:
                hit = self._by_key.get(key.strip().lower())
            return hit
        return None

    # -- derived maxima (computed from the data once per edition object, never copied) ------
    # An override makes a new Edition (dataclasses.replace), whose cache starts empty.
    @property
    def spd_weight(self) -> Decimal:
        """Σ bobot over the SPD rows (the regional profile)."""
        return self._memo("spd_weight", lambda: sum((i.weight for i in self.spd), Decimal(0)))

    @property
    def sid_weight(self) -> Decimal:
        """Σ bobot over the SID indicators (the innovation maturity)."""
        return self._memo("sid_weight", lambda: sum((i.weight for i in self.sid), Decimal(0)))

    @property
    def spd_max(self) -> Decimal:
        """Σ bobot × 3 over the SPD rows (63 in 2023-2026)."""
        return self._memo(
            "spd_max", lambda: plain(sum((i.max_score for i in self.spd), Decimal(0)))
        )

    @property
    def sid_max(self) -> Decimal:
        """Σ bobot × 3 over the SID indicators: the maximum maturity (111 in 2023-2026)."""
        return self._memo(
            "sid_max", lambda: plain(sum((i.max_score for i in self.sid), Decimal(0)))
        )

    @property
    def sji_max(self) -> Decimal:
        """Rate × cap of the jumlah-inovasi score (0.38 × 200 = 76)."""
        return self._memo("sji_max", lambda: plain(self.sji_rate.get() * self.sji_n_cap.get()))

    @property
    def total_max(self) -> Decimal:
        """SPD + SID + SJI maxima (250): the denominator of the index."""
        return self._memo("total_max", lambda: plain(self.spd_max + self.sid_max + self.sji_max))

    # -- rounding and predicate ---------------------------------------------------------------
    @property
    def quantum(self) -> Decimal:
        """The step of the rounded index: 10^−places with the edition's decimal places."""
        return self._memo("quantum", lambda: Decimal(1).scaleb(-self.decimal_places.get(), CONTEXT))

    def round(self, value: Decimal) -> Decimal:
        """Round ``value`` as the edition says (places and mode are parameters)."""
        if not isinstance(value, Decimal) or not value.is_finite():
            raise InvalidInput(
                "harus Decimal terhingga",
                field="value",
                value=value,
                message_en="must be a finite Decimal",
            )
        try:
            return value.quantize(
                self.quantum, rounding=self.rounding_mode.get(), context=_ROUNDING
            )
        except ArithmeticError:  # InvalidOperation: too many digits for the quantum
            raise InvalidInput(
                "nilai di luar jangkauan",
                field="value",
                value=value,
                message_en="value out of range",
            ) from None

    def predicate(self, value: Number) -> Predicate:
        """The predikat of an IID value (0..100): rounded first, lower bounds inclusive.

        >>> from inovasi_daerah.iga import edition
        >>> edition(2026).predicate(Decimal("65.00")), edition(2026).predicate("65.01")
        (<Predicate.INNOVATIVE: 'Inovatif'>, <Predicate.VERY_INNOVATIVE: 'Sangat Inovatif'>)
        """
        from inovasi_daerah.iga._convert import to_decimal

        raw = to_decimal(value, "value")
        if raw < -1 or raw > 101:  # far outside: refuse before rounding can overflow
            raise _iid_out_of_range(raw)
        v = self.round(raw)
        if v < 0 or v > 100:
            raise _iid_out_of_range(v)
        found = core.band_predicate(v, self._band_rows)
        if found is not None:
            return found
        raise InvalidInput(  # pragma: no cover - excluded by the load-time band check
            "nilai di luar semua pita predikat",
            field="value",
            value=str(v),
            message_en="value outside every predikat band",
        )

    @property
    def _band_rows(self) -> tuple[tuple[Decimal, Decimal, Predicate], ...]:
        return self._memo(
            "band_rows", lambda: tuple((b.low, b.high, b.predicate) for b in self.bands.get())
        )

    def band(self, predicate: Predicate) -> Band:
        """The band of index values of ``predicate`` in this edition.

        Raises:
            InvalidInput: the edition gives that predikat no band.
        """
        for b in self.bands.get():
            if b.predicate is predicate:
                return b
        raise InvalidInput(
            "predikat tanpa pita",
            field="predicate",
            value=predicate,
            message_en="predikat without a band",
        )

    # -- policies ----------------------------------------------------------------------------
    def policies(self) -> dict[str, str]:
        """The named policies and their values (recorded in every result)."""
        params: list[Param[Any]] = [
            self.rejected_evidence,
            self.count_in_n,
            self.yandas_basis,
            self.gap_rule,
            self.rounding_step,
            self.kecepatan_start,
            self.month_count,
        ]
        if self.provisional_basis is not None:
            params.append(self.provisional_basis)
        return {p.key: str(p.value) for p in params}

    # -- overrides ---------------------------------------------------------------------------
    def override(self, reason: str | None = None, **values: Any) -> Self:
        """A copy with parameters replaced, recorded as overrides in every result.

        Values are type-checked here (an int k, a Decimal rate, bands covering 0..100 ...), so
        a wrong override fails at once with :class:`~inovasi_daerah.errors.InvalidInput`
        instead of deep inside a computation. ``OPEN`` is accepted for any parameter.
        """
        values = {key: _coerce_policy(key, value) for key, value in values.items()}
        for key, value in values.items():
            _check_override(key, value)
        source = self
        if "provisional_basis" in values:
            source = self._with_basis(values["provisional_basis"], values)
        new = super(Edition, source).override(reason, **values)
        if "bands" in values or "decimal_places" in values:
            try:
                _check_bands(new.bands.get(), new.quantum, "bands")
            except DataIntegrityError as exc:
                raise InvalidInput(exc.message, field="bands", message_en=exc.message_en) from None
        return new

    def _with_basis(self, basis: object, explicit: Mapping[str, Any]) -> Self:
        """A copy whose divisor, SJI and yandas parameters follow provisional ``basis``
        (iid_iga.md §15 item 2); parameters overridden explicitly (now or before) are kept."""
        from inovasi_daerah.errors import InvalidInput as _Invalid

        if self.provisional_basis is None:
            raise _Invalid(
                f"{self.id} bukan edisi sementara: tidak ada dasar sementara "
                f"(not a provisional edition: no provisional basis)",
                field="provisional_basis",
                value=basis,
            )
        if not isinstance(basis, ProvisionalBasis):  # OPEN: no basis chosen
            return self
        options = self.provisional_basis.options or ()
        if basis not in options:
            raise _Invalid(
                f"dasar sementara untuk {self.id} harus salah satu dari "
                f"{[o.value for o in options]}",
                field="provisional_basis",
                value=basis.value,
            )
        from inovasi_daerah.iga._build import basis_params
        from inovasi_daerah.iga.files import shipped_edition

        source = shipped_edition("iga-2026" if basis is ProvisionalBasis.IGA_2026 else "iga-2023")
        changes: dict[str, Any] = {
            key: p
            for key, p in basis_params(
                self.year, basis, source, dict(self.basis_values).get(basis.value, ())
            ).items()
            if key not in explicit and getattr(self, key).override_info is None
        }
        return dataclasses.replace(self, **changes)

    def _check_types(self) -> None:
        """Junk given to the constructor is refused naming the field (issue 10), before the
        tables are built from it; every ``Param[...]`` field must hold a :class:`Param`."""
        from inovasi_daerah.law.load import require_fields

        params: dict[str, type | tuple[type | None, ...]] = {
            f.name: (Param, None) if f.type.endswith("| None") else Param
            for f in dataclasses.fields(self)
            if isinstance(f.type, str) and f.type.startswith("Param[")
        }
        require_fields(
            self,
            {
                "year": int,
                "indicators": tuple,
                **params,
                "latest_known": (Citation, None),
                "basis_values": tuple,
                "inherited": tuple,
                "notes": tuple,
            },
            {"indicators": Indicator, "inherited": str, "notes": Text},
        )

    # -- integrity ---------------------------------------------------------------------------
    def check(self) -> None:
        """Load-time checks: maxima follow from the data, weights sum as stated, bands cover
        0..100 without gaps or overlaps, level bounds are monotone. Raises DataIntegrityError.
        """
        super().check()
        where = f"iga.{self.id}"
        if self.family != "iga":
            raise DataIntegrityError(
                "edisi di luar keluarga 'iga'",
                field=where,
                message_en="edition outside family 'iga'",
            )
        # a number that is no plain decimal ("x", "²") stays text: refused below, not a crash
        sid_numbers = [_as_int(i.number) for i in self.sid]
        if sid_numbers != list(range(16, 36)):
            raise DataIntegrityError(
                f"indikator SID harus 16..35, didapat {sid_numbers}",
                field=where,
                message_en=f"SID indicators must be 16..35, got {sid_numbers}",
            )
        parents = {_as_int(i.number.rstrip("ab")) for i in self.spd}
        if parents != set(range(1, 16)):
            spd_parents = sorted(map(str, parents), key=lambda t: (len(t), t))
            raise DataIntegrityError(
                f"indikator SPD harus 1..15, didapat {spd_parents}",
                field=where,
                message_en=f"SPD indicators must be 1..15, got {spd_parents}",
            )
        for ind in self.indicators:
            _check_indicator(ind, where)
        stated = self.stated_maxima.get()
        computed = {
            "spd_weight": self.spd_weight,
            "sid_weight": self.sid_weight,
            "spd": self.spd_max,
            "sid": self.sid_max,
            "sji": self.sji_max,
            "total": self.total_max,
        }
        for key, value in computed.items():
            if value != getattr(stated, key):
                raise DataIntegrityError(
                    f"{key}: hasil hitung {value}, tetapi rujukan menyatakan "
                    f"{getattr(stated, key)}",
                    field=f"{where}.stated_maxima",
                    message_en=f"{key}: computed {value} but the reference states "
                    f"{getattr(stated, key)}",
                )
        _check_bands(self.bands.get(), self.quantum, f"{where}.bands")
        if self.rounding_mode.get() not in DECIMAL_ROUNDING_MODES:  # pragma: no cover
            raise DataIntegrityError(
                "mode pembulatan tidak dikenal",
                field=f"{where}.rounding_mode",
                message_en="unknown rounding mode",
            )
        window = self.eligibility_window
        if not window.is_open:
            start, end = window.get()
            if end < start:
                raise DataIntegrityError(
                    "jendela berakhir sebelum dimulai",
                    field=where,
                    message_en="window ends before it starts",
                )

    def catalogue(self) -> list[dict[str, Any]]:
        """The indicator catalogue as JSON-ready data (for upload forms and documentation)."""
        return [i.to_dict() for i in self.indicators]


def _is_int(v: object, lo: int, hi: int) -> bool:
    return type(v) is int and lo <= v <= hi


def _coerce_policy(key: str, value: object) -> object:
    """A policy given by its value text becomes its Enum member; unknown values are refused."""
    enum = POLICY_ENUMS.get(key)
    if enum is None or isinstance(value, enum):
        return value
    from inovasi_daerah.law import Open

    if isinstance(value, Open):
        return value
    try:
        return enum(value)  # type: ignore[arg-type]  # refused below when not a member value
    except ValueError:
        raise InvalidInput(
            f"harus salah satu dari {[m.value for m in enum]}",
            field=key,
            value=value,
            message_en=f"must be one of {[m.value for m in enum]}",
        ) from None


def _check_override(key: str, value: object) -> None:
    from inovasi_daerah.law import Open

    if isinstance(value, Open):
        return
    ok = True
    if key in ("divisor_k", "sji_n_cap", "max_entries", "rancang_bangun_min_words"):
        ok = _is_int(value, 1 if key == "divisor_k" else 0, 1_000_000)
    elif key == "yandas_minimum":
        ok = _is_int(value, 0, 6)
    elif key == "decimal_places":
        ok = _is_int(value, 0, 10)
    elif key == "sji_rate":
        ok = isinstance(value, Decimal) and value.is_finite() and value >= 0
    elif key == "bands":
        ok = isinstance(value, tuple) and all(isinstance(b, Band) for b in value)
    elif key == "eligibility_window":
        ok = (
            isinstance(value, tuple)
            and len(value) == 2
            and all(type(d) is date for d in value)
            and value[0] <= value[1]
        )
    elif key == "required_stage":
        ok = isinstance(value, Stage)
    elif key == "mandatory_empty_ineligible":
        ok = isinstance(value, bool)
    elif key == "stated_maxima":
        ok = isinstance(value, StatedMaxima)
    if not ok:
        raise InvalidInput(
            "nilai override tidak sesuai jenis parameter",
            field=key,
            value=value,
            message_en="override value does not fit the parameter's kind",
        )


def _as_int(number: str) -> int | str:
    """An indicator number as an int when it is plain ASCII digits, else the text itself."""
    return int(number) if number.isascii() and number.isdigit() else number


def _check_indicator(ind: Indicator, where: str) -> None:
    w = f"{where}.indicator {ind.number}"
    if ind.weight <= 0:
        raise DataIntegrityError(
            "bobot harus positif", field=w, message_en="weight must be positive"
        )
    if tuple(lv.number for lv in ind.levels) != LEVELS:
        raise DataIntegrityError(
            "level harus 1, 2, 3", field=w, message_en="levels must be 1, 2, 3"
        )
    if not ind.code.replace("_", "").isalnum() or ind.code != ind.code.lower():
        raise DataIntegrityError(
            "kode harus snake_case", field=w, message_en="code must be snake_case"
        )
    if ind.direction is not None:
        bounds = [lv.bounds for lv in ind.levels]
        if any(b is None for b in bounds):
            raise DataIntegrityError(
                "indikator kuantitatif perlu batas pada setiap level",
                field=w,
                message_en="a quantitative indicator needs bounds on every level",
            )
        _check_monotone([b for b in bounds if b is not None], ind.direction, w)
    for basis in ind.bases:
        _check_monotone(list(basis.bounds), basis.direction, f"{w}.basis {basis.key}")
    if ind.year_sets and len(ind.year_sets) != 3:
        raise DataIntegrityError(
            "himpunan tahun diperlukan untuk ketiga level",
            field=w,
            message_en="year sets needed for each of the 3 levels",
        )
    for _, lv in ind.categories:
        if lv not in LEVELS:
            raise DataIntegrityError(
                "level kategori harus 1..3", field=w, message_en="category level must be 1..3"
            )


def _lo(i: Interval) -> Decimal:
    return i.low if i.low is not None else Decimal("-Infinity")


def _hi(i: Interval) -> Decimal:
    return i.high if i.high is not None else Decimal("Infinity")


def _check_monotone(bounds: Sequence[Interval], direction: Direction, where: str) -> None:
    # Levels get better from 1 to 3: in the better direction, both ends never go back.
    # Overlaps of one edge, as published (e.g. "2.05-5.23" beside ">= 5.23"), are allowed.
    for a, b in itertools.pairwise(bounds):
        if direction is Direction.HIGHER_BETTER:
            ok = _lo(a) <= _lo(b) and _hi(a) <= _hi(b) and _lo(a) < _hi(b)
        else:
            ok = _hi(a) >= _hi(b) and _lo(a) >= _lo(b) and _hi(a) > _lo(b)
        if not ok:
            raise DataIntegrityError(
                f"batas level tidak monoton: {a} lalu {b}",
                field=where,
                message_en=f"level bounds not monotone: {a} then {b}",
            )


def _check_bands(bands: Iterable[Band], quantum: Decimal, where: str) -> None:
    ordered = sorted(bands, key=lambda b: b.low)
    if not ordered or ordered[0].low != 0 or ordered[-1].high != 100:
        raise DataIntegrityError(
            "rentang predikat harus meliputi 0..100",
            field=where,
            message_en="bands must cover 0..100",
        )
    if len({b.predicate for b in ordered}) != len(ordered):
        raise DataIntegrityError(
            "satu predikat memiliki dua rentang",
            field=where,
            message_en="a predicate has two bands",
        )
    for b in ordered:
        if b.low > b.high or b.low != b.low.quantize(quantum) or b.high != b.high.quantize(quantum):
            raise DataIntegrityError(
                f"rentang {b.predicate} cacat",
                field=where,
                message_en=f"band {b.predicate} malformed",
            )
    for a, b in itertools.pairwise(ordered):
        if b.low != a.high + quantum:
            overlap = b.low <= a.high
            raise DataIntegrityError(
                f"{'tumpang tindih' if overlap else 'celah'} antara {a.predicate} dan "
                f"{b.predicate}",
                field=where,
                message_en=f"{'overlap' if overlap else 'gap'} between {a.predicate} and "
                f"{b.predicate}",
            )
    if ordered[0].predicate is not Predicate.TIDAK_DAPAT_DINILAI or ordered[0].high != 0:
        raise DataIntegrityError(
            "0 harus 'Tidak Dapat Dinilai'",
            field=where,
            message_en="0 must be 'Tidak Dapat Dinilai'",
        )
