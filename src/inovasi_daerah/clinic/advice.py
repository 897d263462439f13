"""Advice for one innovation: what each SID indicator needs to reach its next level.

For every SID indicator below level 3 the advice gives the next level's condition and the
evidence to upload (both as published in the edition's level data), the points the upgrade
adds (bobot × 1) and whether the facts already support it (``evidence_only``: the declared
or fact-derived level is above the level that scores, so only accepted evidence is missing)
or real change is needed. Mandatory indicators at level 0 come first, then by points
(largest first), then by official number. For an :class:`~inovasi_daerah.models.Innovation`
the procedural steps still owed under PP 38/2017 are listed too.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from decimal import Decimal
from functools import cached_property
from typing import Any

from inovasi_daerah._util import (
    EDITION_EXPECTED,
    as_list,
    check_items,
    check_rule_set,
    require_instance,
)
from inovasi_daerah.errors import InvalidInput
from inovasi_daerah.iga.model import Edition, Indicator
from inovasi_daerah.iga.results import IndicatorScore, MaturityResult
from inovasi_daerah.iga.scoring import Projection, _check_projection, maturity
from inovasi_daerah.law.context import exact
from inovasi_daerah.law.explain import Explanation
from inovasi_daerah.law.reprs import ShortRepr
from inovasi_daerah.law.result import Result
from inovasi_daerah.law.text import T, Text
from inovasi_daerah.models.innovation import Innovation

__all__ = ["Advice", "IndicatorAdvice", "IndicatorRef", "ProcedureStep", "advise"]


@dataclass(frozen=True, slots=True)
class IndicatorRef:
    """An indicator as the clinic names it: official number, stable code, name, weight."""

    number: str
    code: str
    name: Text
    weight: Decimal
    mandatory: bool | None

    @classmethod
    def of(cls, ind: Indicator) -> IndicatorRef:
        """The reference of an edition's indicator."""
        require_instance(
            ind,
            Indicator,
            "ind",
            ("Indicator (edition.indicator(...))", "an Indicator (edition.indicator(...))"),
        )
        return cls(ind.number, ind.code, ind.name, ind.weight, ind.mandatory)

    def to_dict(self) -> dict[str, Any]:
        """The indicator reference as JSON-ready data (Decimals as text)."""
        return {
            "number": self.number,
            "code": self.code,
            "name": self.name.model_dump(),
            "weight": str(self.weight),
            "mandatory": self.mandatory,
        }


@dataclass(frozen=True, slots=True)
class IndicatorAdvice(ShortRepr):
    """The next upgrade of one indicator."""

    indicator: IndicatorRef
    level: int
    next_level: int
    condition: Text
    evidence: Text
    points: Decimal
    evidence_only: bool
    supported_level: int

    @property
    def mandatory_missing(self) -> bool:
        """True when the indicator is wajib (mandatory) and scores level 0."""
        return bool(self.indicator.mandatory) and self.level == 0

    def to_dict(self) -> dict[str, Any]:
        """The advice for the indicator as JSON-ready data (Decimals as text)."""
        return {
            "indicator": self.indicator.to_dict(),
            "level": self.level,
            "next_level": self.next_level,
            "condition": self.condition.model_dump(),
            "evidence": self.evidence.model_dump(),
            "points": str(self.points),
            "evidence_only": self.evidence_only,
            "supported_level": self.supported_level,
            "mandatory_missing": self.mandatory_missing,
        }


@dataclass(frozen=True, slots=True)
class ProcedureStep:
    """A PP 38/2017 step still owed, with its article."""

    key: str
    text: Text
    article: str
    blocking: bool

    def to_dict(self) -> dict[str, Any]:
        """The step and its article as JSON-ready data."""
        return {
            "key": self.key,
            "text": self.text.model_dump(),
            "article": self.article,
            "blocking": self.blocking,
        }


def top_level(rules: Edition, s: IndicatorScore) -> int:
    """The highest level of the indicator scored in ``s``, from the edition's level data."""
    return rules.indicator(s.number, s.block).top_level


def supported_level(s: IndicatorScore, top: int) -> int:
    """The level the declaration or the facts support (at least the scoring level)."""
    best = s.level
    if s.declared is not None:
        best = max(best, s.declared)
    if s.derivation is not None and s.derivation.level is not None:
        best = max(best, s.derivation.level)
    return min(best, top)


def check_rules(rules: object) -> Edition:
    """``rules`` if it is an IGA edition, else the library's refusal naming ``rules``."""
    return check_rule_set(rules, Edition, message=EDITION_EXPECTED)


def innovations_arg(value: object) -> tuple[Innovation, ...]:
    """The ``innovations`` argument of the clinic: a list (not text, not a mapping) of
    :class:`Innovation`; else the library's refusal naming the argument or the item."""
    items = as_list(value, "innovations", ("inovasi", "innovations"))
    return check_items(items, Innovation, "innovations")


def score_input(source: object, rules: object, projection: object) -> MaturityResult:
    """Score ``source`` (Innovation or mapping of levels) with the checks the clinic needs."""
    edition = check_rules(rules)
    if not isinstance(source, Innovation | Mapping):
        raise InvalidInput(
            "berikan Innovation atau mapping indikator -> level",
            field="innovation_or_levels",
            value=source,
            message_en="give an Innovation or a mapping indicator -> level",
        )
    return maturity(source, edition, projection=_check_projection(projection))


def _items(m: MaturityResult) -> tuple[IndicatorAdvice, ...]:
    items = []
    for s in m.indicators:
        top = top_level(m.rules, s)
        if s.level >= top:
            continue
        ind = m.rules.indicator(s.number)
        nxt = ind.level(s.level + 1)
        sup = supported_level(s, top)
        items.append(
            IndicatorAdvice(
                indicator=IndicatorRef.of(ind),
                level=s.level,
                next_level=s.level + 1,
                condition=nxt.condition,
                evidence=nxt.evidence,
                points=ind.weight,
                evidence_only=sup > s.level,
                supported_level=sup,
            )
        )
    items.sort(key=lambda a: (not a.mandatory_missing, -a.points, int(a.indicator.number)))
    return tuple(items)


def _procedure(inv: Innovation) -> tuple[ProcedureStep, ...]:
    from inovasi_daerah import pp38

    out = []
    for step in pp38.next_steps(inv).steps:
        if step.progress is pp38.Progress.DONE:
            continue
        article = "; ".join(c.label() for c in step.citations)
        out.append(ProcedureStep(step.key, step.text, article, step.blocking))
    return tuple(out)


@dataclass(frozen=True, repr=False)
class Advice(Result):
    """The clinic's advice for one innovation under one edition."""

    maturity: MaturityResult
    items: tuple[IndicatorAdvice, ...]
    procedure: tuple[ProcedureStep, ...]

    @property
    def rules(self) -> Edition:
        """The IGA edition the advice follows."""
        return self.maturity.rules

    @property
    def score(self) -> Decimal:
        """The innovation's current skor kematangan."""
        return self.maturity.score

    @property
    def evidence_only(self) -> tuple[IndicatorAdvice, ...]:
        """The upgrades the facts already support: only accepted evidence is missing."""
        return tuple(a for a in self.items if a.evidence_only)

    @property
    def mandatory_missing(self) -> tuple[IndicatorAdvice, ...]:
        """The upgrades of wajib (mandatory) indicators now at level 0."""
        return tuple(a for a in self.items if a.mandatory_missing)

    @cached_property
    def explanation(self) -> Explanation:
        """The tree of the advice: a node per upgrade (points it adds), then each step owed."""
        kids = [
            Explanation(
                key=f"advice.{a.indicator.number}",
                title=T(
                    f"{a.indicator.number}. {a.indicator.name.id}: level {a.level} → "
                    f"{a.next_level}",
                    f"{a.indicator.number}. {a.indicator.name.en}: level {a.level} → "
                    f"{a.next_level}",
                ),
                value=a.points,
                rule=T("tambahan = bobot × 1", "gain = weight × 1"),
                inputs={
                    "evidence_only": a.evidence_only,
                    "mandatory_missing": a.mandatory_missing,
                },
                note=T(
                    f"Syarat: {a.condition.id}. Unggah: {a.evidence.id}",
                    f"Condition: {a.condition.en}. Upload: {a.evidence.en}",
                ),
                citations=(self.rules.indicator(a.indicator.number).level(a.next_level).citation,),
            )
            for a in self.items
        ]
        kids.extend(
            Explanation(
                key=f"procedure.{p.key}",
                title=p.text,
                value=p.article,
                inputs={"blocking": p.blocking},
            )
            for p in self.procedure
        )
        return Explanation(
            key="advice",
            title=T("Saran klinik inovasi", "Innovation clinic advice"),
            value=self.score,
            rule=T(
                "indikator SID di bawah level 3: wajib yang kosong dahulu, lalu poin, lalu nomor",
                "SID indicators below level 3: empty mandatory first, then points, then number",
            ),
            citations=(self.rules.citation,),
            inputs={"rule_set": self.rules.id, "maximum": self.maturity.maximum},
            children=tuple(kids),
        )

    def _summary(self) -> dict[str, Any]:
        return {
            "rule_set": self.rules.id,
            "innovation_id": self.maturity.innovation_id,
            "innovation_name": self.maturity.innovation_name,
            "score": self.score,
            "maximum": self.maturity.maximum,
            "items": [a.to_dict() for a in self.items],
            "procedure": [p.to_dict() for p in self.procedure],
        }

    def __repr__(self) -> str:
        return f"<Advice {self.rules.id}: {self.score} items={len(self.items)}>"


@exact
def advise(
    innovation_or_levels: Innovation | Mapping[Any, Any],
    rules: Edition,
    *,
    projection: Projection = "declared",
) -> Advice:
    """The clinic's advice: every SID indicator below its maximum, with its next level.

    ``innovation_or_levels`` and ``projection`` are as in :func:`inovasi_daerah.iga.maturity`.
    Under the ``"verified"`` projection levels whose evidence is not yet accepted score 0 and
    appear as ``evidence_only`` upgrades.
    """
    m = score_input(innovation_or_levels, rules, projection)
    proc = _procedure(innovation_or_levels) if isinstance(innovation_or_levels, Innovation) else ()
    return Advice(maturity=m, items=_items(m), procedure=proc)
