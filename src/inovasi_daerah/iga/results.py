"""Result objects of the IGA engine: immutable, explained on demand, serialisable.

Explanation trees are built lazily, on the first access of ``.explanation`` (or of anything
that needs it: ``uncertain``, ``to_dict()``, ``_repr_html_``), so a bulk run that only reads
``.score`` or ``.value`` never builds one.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from decimal import Decimal
from functools import cached_property
from typing import Any

from inovasi_daerah.iga.derive import Derivation
from inovasi_daerah.iga.model import Block, Edition, Predicate
from inovasi_daerah.law import Citation, Explanation, Override, Text
from inovasi_daerah.law.result import Result
from inovasi_daerah.law.text import T
from inovasi_daerah.models.enums import EvidenceStatus

__all__ = [
    "Conflict",
    "EligibilityCheck",
    "IndexResult",
    "IndicatorScore",
    "MaturityResult",
    "RegionalIndexResult",
]


@dataclass(frozen=True, slots=True)
class IndicatorScore:
    """One indicator's line in a result.

    ``declared`` is the level given (None if not given); ``level`` the level that scored after
    the evidence rules and the projection; ``score`` = ``weight`` × ``level``. ``flags`` say
    why a level differs or deserves a look: "missing", "derived", "unverified:<status>",
    "not_verified", "rejected_zero", "rejected_downgraded", "accepted_lower", "conflict",
    "gap", "overlap", "below_level_1", "uncovered", "fact_not_used", "carried_map".
    """

    number: str
    code: str
    name: Text
    block: Block
    weight: Decimal
    declared: int | None
    level: int
    score: Decimal
    evidence: EvidenceStatus | None
    mandatory: bool | None
    flags: tuple[str, ...] = ()
    derivation: Derivation | None = None

    def to_dict(self) -> dict[str, Any]:
        """The indicator line as JSON-ready data (Decimals as text)."""
        return {
            "number": self.number,
            "code": self.code,
            "name": self.name.model_dump(),
            "block": self.block.value,
            "weight": str(self.weight),
            "declared": self.declared,
            "level": self.level,
            "score": str(self.score),
            "evidence": None if self.evidence is None else self.evidence.value,
            "mandatory": self.mandatory,
            "flags": list(self.flags),
            "derivation": None if self.derivation is None else self.derivation.to_dict(),
        }


@dataclass(frozen=True, slots=True)
class Conflict:
    """A declared level that the facts contradict; reported, never silently changed."""

    indicator: str
    declared: int
    derived: int
    derivation: Derivation
    message: Text

    def to_dict(self) -> dict[str, Any]:
        """The conflict, with its derivation, as JSON-ready data (Decimals as text)."""
        return {
            "indicator": self.indicator,
            "declared": self.declared,
            "derived": self.derived,
            "derivation": self.derivation.to_dict(),
            "message": self.message.model_dump(),
        }


@dataclass(frozen=True, slots=True)
class EligibilityCheck:
    """One eligibility rule: ``passed`` True, False, or None when it cannot be decided
    (the edition gives no value, or the facts are missing). ``gating`` False for advice only.
    """

    key: str
    passed: bool | None
    reason: Text
    citation: Citation
    gating: bool = True

    def to_dict(self) -> dict[str, Any]:
        """The check, with its reason and citation, as JSON-ready data (Decimals as text)."""
        return {
            "key": self.key,
            "passed": self.passed,
            "gating": self.gating,
            "reason": self.reason.model_dump(),
            "citation": self.citation.model_dump(mode="json"),
        }


def _unique(*citations: Citation) -> tuple[Citation, ...]:
    return tuple(dict.fromkeys(citations))


def _overrides_node(rules: Edition, policies: Mapping[str, str]) -> Explanation:
    params = {p.key: p for p in rules.params()}
    children = []
    for key, value in policies.items():
        p = params.get(key)
        children.append(
            Explanation(
                key=f"policy.{key}",
                title=p.title if p is not None else T(key, key),
                value=value,
                citations=() if p is None else (p.citation,),
            )
        )
    for o in rules.overrides:
        p = params.get(o.key)
        children.append(
            Explanation(
                key=f"override.{o.key}",
                title=T(f"Diganti: {o.key}", f"Overridden: {o.key}"),
                value=o.value,
                inputs={"original": o.original},
                note=None if o.reason is None else T(o.reason, o.reason),
                citations=() if p is None else (p.citation,),
            )
        )
    if rules.latest_known is not None:
        children.append(
            Explanation(
                key="latest_known",
                title=T(
                    f"Aturan terakhir yang diketahui: IGA {rules.year}",
                    f"Latest known rules: IGA {rules.year}",
                ),
                value=True,
                note=T(
                    f"Tanggal ini jatuh setelah edisi terakhir yang diketahui; aturan IGA "
                    f"{rules.year} dipakai, bukan aturan yang diketahui berlaku.",
                    f"This date falls after the last known edition; the rules of IGA "
                    f"{rules.year} are used, not rules known to be in force.",
                ),
                citations=(rules.latest_known,),
            )
        )
    return Explanation(
        key="rules",
        title=T(f"Aturan {rules.id}", f"Rules {rules.id}"),
        value=rules.id,
        citations=(rules.citation,),
        inputs={
            "provisional": rules.provisional,
            "forecast": rules.forecast,
            **({"latest_known": True} if rules.latest_known is not None else {}),
        },
        children=tuple(children),
    )


def _indicator_node(rules: Edition, s: IndicatorScore) -> Explanation:
    ind = rules.indicator(s.number)
    kids: list[Explanation] = [
        Explanation(
            key=f"weight.{s.number}",
            title=T("Bobot", "Weight"),
            value=s.weight,
            citations=(ind.citation,),
        )
    ]
    level_note = ind.levels[s.level - 1].condition if s.level > 0 else None
    kids.append(
        Explanation(
            key=f"level.{s.number}",
            title=T("Level", "Level"),
            value=s.level,
            inputs={
                "declared": s.declared,
                "evidence": None if s.evidence is None else s.evidence.value,
                **({"flags": ", ".join(s.flags)} if s.flags else {}),
            },
            note=level_note,
            citations=(ind.levels[max(s.level, 1) - 1].citation,),
        )
    )
    if s.derivation is not None:
        d = s.derivation
        kids.append(
            Explanation(
                key=f"fact.{s.number}",
                title=T("Level menurut fakta", "Level from the facts"),
                value=d.level,
                rule=T(d.rule, d.rule),
                inputs={"fact": d.to_dict()["fact"], "basis": d.basis, "flag": d.flag},
                citations=(ind.citation,)
                if ind.categories_citation is None or d.rule != "category"
                else (ind.citation, ind.categories_citation),
            )
        )
    if s.mandatory is not None or ind.mandatory_citation.uncertain:
        kids.append(
            Explanation(
                key=f"mandatory.{s.number}",
                title=T("Wajib", "Mandatory"),
                value=s.mandatory,
                citations=(ind.mandatory_citation,),
            )
        )
    return Explanation(
        key=f"indicator.{s.number}",
        title=T(f"{s.number}. {ind.name.id}", f"{s.number}. {ind.name.en}"),
        value=s.score,
        rule=T("bobot × level", "weight × level"),
        inputs={"weight": s.weight, "level": s.level},
        children=tuple(kids),
    )


@dataclass(frozen=True, repr=False)
class MaturityResult(Result):
    """The skor kematangan of one innovation under one edition.

    ``score`` = Σ weight × level over the 20 SID indicators (0..``maximum``); ``share`` the
    score as a fraction of the maximum. ``eligible`` is True, False, or None when a gating rule
    cannot be decided (e.g. the 2023 window is not established); ``eligibility`` holds the
    checks with their reasons and citations.
    """

    rules: Edition
    projection: str
    score: Decimal
    maximum: Decimal
    indicators: tuple[IndicatorScore, ...]
    missing: tuple[str, ...]
    missing_mandatory: tuple[str, ...]
    conflicts: tuple[Conflict, ...]
    eligibility: tuple[EligibilityCheck, ...]
    eligible: bool | None
    policies: Mapping[str, str]
    innovation_id: str | None = None
    innovation_name: str | None = None

    @property
    def rule_set(self) -> str:
        """The id of the IGA edition that scored this innovation."""
        return self.rules.id

    @property
    def share(self) -> Decimal:
        """Score ÷ maximum (0..1), exact to 28 significant digits."""
        return self.score / self.maximum

    @property
    def percent(self) -> Decimal:
        """Score as a percentage of the maximum, rounded like the IID."""
        return self.rules.round(self.score * 100 / self.maximum)

    @property
    def eligibility_reasons(self) -> tuple[Text, ...]:
        """The reason of every eligibility check, in the order checked."""
        return tuple(c.reason for c in self.eligibility)

    @property
    def overrides(self) -> tuple[Override, ...]:
        """The parameters of the edition replaced by the caller (empty for the published rules)."""
        return self.rules.overrides

    @property
    def weakest(self) -> tuple[IndicatorScore, ...]:
        """Indicators by the points they leave on the table (largest first)."""
        top = self.rules.top_level
        return tuple(sorted(self.indicators, key=lambda s: (-(s.weight * top - s.score), s.number)))

    @cached_property
    def explanation(self) -> Explanation:
        """The tree Σ bobot × level over the SID indicators, one node per indicator, then
        overrides.

        Built on first access and cached.
        """
        kids = [_indicator_node(self.rules, s) for s in self.indicators]
        kids.append(_overrides_node(self.rules, self.policies))
        return Explanation(
            key="maturity",
            title=T("Skor kematangan inovasi", "Innovation maturity score"),
            value=self.score,
            rule=T(
                "Σ bobot × level atas indikator SID 16–35",
                "Σ weight × level over the SID indicators 16–35",
            ),
            citations=(self.rules.citation,),
            inputs={
                "rule_set": self.rules.id,
                "projection": self.projection,
                "maximum": self.maximum,
                "percent": self.percent,
                "eligible": self.eligible,
            },
            children=tuple(kids),
        )

    def _summary(self) -> dict[str, Any]:
        return {
            "rule_set": self.rules.id,
            "innovation_id": self.innovation_id,
            "innovation_name": self.innovation_name,
            "projection": self.projection,
            "score": self.score,
            "maximum": self.maximum,
            "share": self.share,
            "percent": self.percent,
            "indicators": [s.to_dict() for s in self.indicators],
            "missing": list(self.missing),
            "missing_mandatory": list(self.missing_mandatory),
            "conflicts": [c.to_dict() for c in self.conflicts],
            "eligible": self.eligible,
            "eligibility": [c.to_dict() for c in self.eligibility],
            "policies": dict(self.policies),
            "overrides": [o.to_dict() for o in self.rules.overrides],
        }

    def __repr__(self) -> str:
        name = f" {self.innovation_name!r}" if self.innovation_name else ""
        return (
            f"<MaturityResult{name} {self.rules.id}: {self.score}/{self.maximum} "
            f"eligible={self.eligible} missing={len(self.missing)} "
            f"conflicts={len(self.conflicts)}>"
        )


@dataclass(frozen=True, repr=False)
class IndexResult(Result):
    """The Indeks Inovasi Daerah of one Pemda from its SPD score and its maturities.

    ``value`` = round((``spd`` + ``sid``) / maximum × 100) with ``sid`` = Σ maturity /
    ``divisor`` + ``count_score``, ``divisor`` = MAX(k, n), ``count_score`` the skor jumlah
    inovasi (SJI), ``empty_seats`` = max(0, k − n).
    """

    rules: Edition
    value: Decimal
    raw: Decimal
    predicate: Predicate
    spd: Decimal
    sid: Decimal
    maturity_sum: Decimal
    maturity_average: Decimal
    n: int
    divisor: int
    empty_seats: int
    count_score: Decimal
    yandas_covered: int
    yandas_met: bool
    total: Decimal
    maximum: Decimal
    policies: Mapping[str, str]
    spd_rows: tuple[IndicatorScore, ...] = ()
    missing_spd: tuple[str, ...] = ()
    _extra: tuple[Explanation, ...] = field(default=(), compare=False)

    @property
    def rule_set(self) -> str:
        """The id of the IGA edition that computed the index."""
        return self.rules.id

    @property
    def overrides(self) -> tuple[Override, ...]:
        """The parameters of the edition replaced by the caller (empty for the published rules)."""
        return self.rules.overrides

    @cached_property
    def explanation(self) -> Explanation:
        """The tree of the IID: the SPD score, the SID score (average maturity, SJI) and
        predikat.

        Built on first access and cached.
        """
        r = self.rules
        spd_node = Explanation(
            key="spd",
            title=T("Skor SPD (profil Pemda)", "SPD score (regional profile)"),
            value=self.spd,
            rule=T("Σ bobot × level atas baris SPD", "Σ weight × level over the SPD rows")
            if self.spd_rows
            else None,
            inputs={"maximum": r.spd_max, "missing": len(self.missing_spd)},
            children=tuple(_indicator_node(r, s) for s in self.spd_rows),
        )
        avg_node = Explanation(
            key="sid.average",
            title=T("Rata-rata kematangan", "Average maturity"),
            value=self.maturity_average,
            rule=T("Σ kematangan / MAX(k, n)", "Σ maturity / MAX(k, n)"),
            inputs={
                "sum": self.maturity_sum,
                "n": self.n,
                "k": r.divisor_k.get(),
                "divisor": self.divisor,
                "empty_seats": self.empty_seats,
            },
            citations=(r.divisor_k.citation,),
            children=self._extra,
        )
        sji_node = Explanation(
            key="sji",
            title=T("Skor jumlah inovasi (SJI)", "Jumlah-inovasi score (SJI)"),
            value=self.count_score,
            rule=T(
                "tarif × MIN(n, batas) bila cakupan yandas ≥ minimum, selain itu 0",
                "rate × MIN(n, cap) if yandas coverage ≥ minimum, else 0",
            ),
            inputs={
                "n": self.n,
                "rate": r.sji_rate.get(),
                "cap": r.sji_n_cap.get(),
                "yandas_covered": self.yandas_covered,
                "yandas_minimum": r.yandas_minimum.get(),
                "met": self.yandas_met,
            },
            citations=_unique(r.sji_rate.citation, r.sji_n_cap.citation, r.yandas_minimum.citation),
        )
        sid_node = Explanation(
            key="sid",
            title=T("Skor SID", "SID score"),
            value=self.sid,
            rule=T("rata-rata kematangan + SJI", "average maturity + SJI"),
            children=(avg_node, sji_node),
        )
        total_node = Explanation(
            key="total",
            title=T("Skor total", "Total score"),
            value=self.total,
            rule=T("SPD + SID", "SPD + SID"),
            children=(spd_node, sid_node),
        )
        max_node = Explanation(
            key="maximum",
            title=T("Skor total maksimum", "Maximum total score"),
            value=self.maximum,
            rule=T(
                "maks SPD + maks SID + maks SJI (dihitung)", "SPD + SID + SJI maxima (computed)"
            ),
            inputs={"spd": r.spd_max, "sid": r.sid_max, "sji": r.sji_max},
            citations=(r.stated_maxima.citation,),
        )
        band = r.band(self.predicate)
        pred_node = Explanation(
            key="predicate",
            title=T("Predikat", "Predicate"),
            value=self.predicate,
            inputs={"low": band.low, "high": band.high},
            citations=(r.bands.citation,),
        )
        return Explanation(
            key="iid",
            title=T("Indeks Inovasi Daerah (IID)", "Regional Innovation Index (IID)"),
            value=self.value,
            rule=T(
                "bulatkan((SPD + SID) / maksimum × 100)",
                "round((SPD + SID) / maximum × 100)",
            ),
            inputs={
                "raw": self.raw,
                "decimal_places": r.decimal_places.get(),
                "rounding_mode": r.rounding_mode.get(),
            },
            citations=_unique(r.citation, r.decimal_places.citation, r.rounding_mode.citation),
            children=(total_node, max_node, pred_node, _overrides_node(r, self.policies)),
        )

    def _summary(self) -> dict[str, Any]:
        return {
            "rule_set": self.rules.id,
            "value": self.value,
            "raw": self.raw,
            "predicate": self.predicate.value,
            "spd": self.spd,
            "sid": self.sid,
            "maturity_sum": self.maturity_sum,
            "maturity_average": self.maturity_average,
            "n": self.n,
            "divisor": self.divisor,
            "empty_seats": self.empty_seats,
            "count_score": self.count_score,
            "yandas_covered": self.yandas_covered,
            "yandas_met": self.yandas_met,
            "total": self.total,
            "maximum": self.maximum,
            "spd_rows": [s.to_dict() for s in self.spd_rows],
            "missing_spd": list(self.missing_spd),
            "policies": dict(self.policies),
            "overrides": [o.to_dict() for o in self.rules.overrides],
        }

    def __repr__(self) -> str:
        return (
            f"<IndexResult {self.rules.id}: IID {self.value} {self.predicate.value!r} "
            f"(SPD {self.spd}, SID {self.sid}, n={self.n}, divisor={self.divisor})>"
        )


@dataclass(frozen=True, repr=False)
class RegionalIndexResult(Result):
    """A Pemda's index computed from models, with every innovation's maturity."""

    government: str | None
    index: IndexResult
    maturities: tuple[MaturityResult, ...]
    counted: tuple[int, ...]
    yandas_urusan: tuple[str, ...]
    spd_conflicts: tuple[Conflict, ...]

    # -- the index, delegated ------------------------------------------------------------------
    @property
    def rules(self) -> Edition:
        """The IGA edition the index was computed under."""
        return self.index.rules

    @property
    def rule_set(self) -> str:
        """The id of the IGA edition the index was computed under."""
        return self.index.rules.id

    @property
    def value(self) -> Decimal:
        """The Indeks Inovasi Daerah, rounded as the edition says."""
        return self.index.value

    @property
    def predicate(self) -> Predicate:
        """The predikat of the index (Sangat Inovatif, Inovatif, ...)."""
        return self.index.predicate

    @property
    def n(self) -> int:
        """The number of innovations counted in the average (n)."""
        return self.index.n

    @property
    def divisor(self) -> int:
        """The divisor of the maturity sum: MAX(k, n)."""
        return self.index.divisor

    @property
    def empty_seats(self) -> int:
        """Seats of the divisor no counted innovation fills: max(0, k − n)."""
        return self.index.empty_seats

    @property
    def count_score(self) -> Decimal:
        """The skor jumlah inovasi (SJI) added to the SID score."""
        return self.index.count_score

    @property
    def yandas_covered(self) -> int:
        """How many urusan of pelayanan dasar (yandas) the counted innovations cover."""
        return self.index.yandas_covered

    @property
    def policies(self) -> Mapping[str, str]:
        """The named policies the index depends on, by name, with the value used."""
        return self.index.policies

    @cached_property
    def explanation(self) -> Explanation:
        """The index's tree with each counted innovation's maturity tree under the average."""
        # The index tree, with each counted innovation's maturity tree under the average.
        import dataclasses

        kids = tuple(self.maturities[i].explanation for i in self.counted)
        return dataclasses.replace(self.index, _extra=kids).explanation

    def _summary(self) -> dict[str, Any]:
        return {
            "government": self.government,
            "index": self.index.to_dict(explanation=False),
            "maturities": [m.to_dict(explanation=False) for m in self.maturities],
            "counted": list(self.counted),
            "yandas_urusan": list(self.yandas_urusan),
            "spd_conflicts": [c.to_dict() for c in self.spd_conflicts],
        }

    def __repr__(self) -> str:
        who = self.government or "?"
        return (
            f"<RegionalIndexResult {who!r} {self.rule_set}: IID {self.value} "
            f"{self.predicate.value!r}, {len(self.maturities)} innovations, n={self.n}>"
        )
