"""What changed between two IGA editions: indicators, weights, levels, flags, parameters.

Indicators are matched by stable code, then by a former code (``aliases``), then — for an
indicator whose code appears nowhere in the other edition — by official number and block
(2023 "online_sistem" is 2026 "layanan_terintegrasi", both no. 30). A matched pair whose
name or code differs is *renamed*. Parameters are the edition's top-level ``Param`` values
(divisor k, SJI rate and cap, yandas minimum, bands, rounding, eligibility, policies).
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from functools import cached_property
from typing import Any

from inovasi_daerah.clinic.advice import IndicatorRef, check_rules
from inovasi_daerah.iga.model import Band, Edition, Indicator
from inovasi_daerah.law.context import exact
from inovasi_daerah.law.display import show
from inovasi_daerah.law.explain import Explanation
from inovasi_daerah.law.param import Param
from inovasi_daerah.law.result import Result
from inovasi_daerah.law.text import T, Text

__all__ = ["Change", "RuleDiff", "diff"]


#: The reader's label of each kind of change ({key}: the indicator number, the code for
#: ``number``, the parameter key; {indicator} and {level} split a level's key "17.2"); the kind
#: itself stays the machine key of ``to_dict``.
_LABELS: dict[str, Text] = {
    "renamed": T("Nama/kode indikator {key} berubah", "Indicator {key} renamed"),
    "weight": T("Bobot indikator {key}", "Weight of indicator {key}"),
    "mandatory": T("Indikator {key} wajib", "Indicator {key} mandatory"),
    "level_condition": T(
        "Kondisi indikator {indicator} level {level}",
        "Indicator {indicator} level {level} condition",
    ),
    "level_evidence": T(
        "Bukti indikator {indicator} level {level}", "Indicator {indicator} level {level} evidence"
    ),
    "number": T("Nomor indikator {key}", "Number of indicator {key}"),
    "param": T("Parameter {key}", "Parameter {key}"),
}


@dataclass(frozen=True, slots=True)
class Change:
    """One difference: ``kind`` ("renamed", "weight", "mandatory", "level_condition",
    "level_evidence", "number", "param"), what it concerns (``key``), before and after."""

    kind: str
    key: str
    before: Any
    after: Any

    def to_dict(self) -> dict[str, Any]:
        """The change as JSON-ready data (Decimals as text)."""

        def j(v: Any) -> Any:
            if isinstance(v, Text):
                return v.model_dump()
            return v

        from inovasi_daerah.law.jsonable import to_jsonable

        return {
            "kind": self.kind,
            "key": self.key,
            "before": to_jsonable(j(self.before)),
            "after": to_jsonable(j(self.after)),
        }

    def text(self) -> Text:
        """The change as one line in each language, values shown by their labels."""

        def s(v: Any, lang: str) -> str:
            if isinstance(v, tuple) and v and all(isinstance(x, Band) for x in v):
                return "; ".join(f"{b.predicate.label.get(lang)} {b.low}–{b.high}" for b in v)
            if isinstance(v, tuple):
                return "–".join(show(x, lang) for x in v)
            return show(v, lang)  # labels, "-" for an absent value, yes/no

        label = self.label
        return T(
            f"{label.id}: {s(self.before, 'id')} → {s(self.after, 'id')}",
            f"{label.en}: {s(self.before, 'en')} → {s(self.after, 'en')}",
        )

    @property
    def label(self) -> Text:
        """What changed, in the reader's words ("Bobot indikator 17" / "Weight of indicator
        17"); a kind without a label is shown as its key."""
        template = _LABELS.get(self.kind)
        if template is None:
            return T(f"{self.kind} {self.key}", f"{self.kind} {self.key}")
        indicator, _, level = self.key.rpartition(".")
        return template.format(key=self.key, indicator=indicator or self.key, level=level)

    @property
    def shift(self) -> Text:
        """Before → after in both languages: :meth:`text` without the label."""
        line, label = self.text(), self.label
        return T(line.id.removeprefix(f"{label.id}: "), line.en.removeprefix(f"{label.en}: "))


@dataclass(frozen=True, slots=True)
class _Shown:
    """A change as the value of its explanation node: shown as before → after in the reader's
    language (``label``, read by ``fmt_value``), in JSON as the change's machine keys."""

    change: Change

    @property
    def label(self) -> Text:
        return self.change.shift

    def to_dict(self) -> dict[str, Any]:
        return self.change.to_dict()


def _match(a: Edition, b: Edition) -> list[tuple[Indicator, Indicator]]:
    codes_a = {i.code for i in a.indicators} | {x for i in a.indicators for x in i.aliases}
    codes_b = {i.code for i in b.indicators} | {x for i in b.indicators for x in i.aliases}
    pairs: list[tuple[Indicator, Indicator]] = []
    used: set[str] = set()
    for ia in a.indicators:
        hit = next((ib for ib in b.indicators if ib.code == ia.code), None)
        if hit is None:
            hit = next(
                (
                    ib
                    for ib in b.indicators
                    if ia.code in ib.aliases
                    or ib.code in ia.aliases
                    or set(ia.aliases) & set(ib.aliases)
                ),
                None,
            )
        if hit is None and ia.code not in codes_b:
            hit = next(
                (
                    ib
                    for ib in b.indicators
                    if ib.number == ia.number and ib.block is ia.block and ib.code not in codes_a
                ),
                None,
            )
        if hit is not None and hit.code not in used:
            used.add(hit.code)
            pairs.append((ia, hit))
    return pairs


def _param_values(rules: Edition) -> dict[str, Param[Any]]:
    out: dict[str, Param[Any]] = {}
    for f in dataclasses.fields(rules):
        v = getattr(rules, f.name)
        if isinstance(v, Param):
            out[v.key] = v
    return out


@dataclass(frozen=True, repr=False)
class RuleDiff(Result):
    """The differences between edition ``a`` and edition ``b``."""

    a: Edition
    b: Edition
    added: tuple[IndicatorRef, ...]
    removed: tuple[IndicatorRef, ...]
    changes: tuple[Change, ...]

    @property
    def empty(self) -> bool:
        """True when the two editions do not differ."""
        return not (self.added or self.removed or self.changes)

    def of_kind(self, kind: str) -> tuple[Change, ...]:
        """The changes of ``kind`` (see :class:`Change`), in order."""
        return tuple(c for c in self.changes if c.kind == kind)

    @property
    def renamed(self) -> tuple[Change, ...]:
        """The indicators whose name changed."""
        return self.of_kind("renamed")

    @property
    def params(self) -> tuple[Change, ...]:
        """The parameters whose value changed."""
        return self.of_kind("param")

    @cached_property
    def explanation(self) -> Explanation:
        """The tree of the differences: indicators added, removed, then each change."""
        kids = [
            Explanation(
                key=f"{kind}.{r.code}",
                title=T(f"{title_id} {r.number}", f"{title_en} {r.number}"),
                value=r.code,
            )
            for kind, title_id, title_en, refs in (
                ("added", "Indikator baru", "New indicator", self.added),
                ("removed", "Indikator dihapus", "Removed indicator", self.removed),
            )
            for r in refs
        ]
        kids += [
            Explanation(key=f"{c.kind}.{c.key}", title=c.label, value=_Shown(c))
            for c in self.changes
        ]
        n = len(self.added) + len(self.removed) + len(self.changes)
        return Explanation(
            key="diff",
            title=T(f"Perbedaan {self.a.id} → {self.b.id}", f"Changes {self.a.id} → {self.b.id}"),
            value=n,
            citations=(self.a.citation, self.b.citation),
            children=tuple(kids),
        )

    def _summary(self) -> dict[str, Any]:
        return {
            "a": self.a.id,
            "b": self.b.id,
            "empty": self.empty,
            "added": [r.to_dict() for r in self.added],
            "removed": [r.to_dict() for r in self.removed],
            "changes": [c.to_dict() for c in self.changes],
        }

    def __repr__(self) -> str:
        return (
            f"<RuleDiff {self.a.id} -> {self.b.id}: +{len(self.added)} -{len(self.removed)} "
            f"changes={len(self.changes)}>"
        )


@exact
def diff(rules_a: Edition, rules_b: Edition) -> RuleDiff:
    """Compare two IGA editions; ``diff(x, x).empty`` is True."""
    a, b = check_rules(rules_a), check_rules(rules_b)
    pairs = _match(a, b)
    matched_a = {ia.code for ia, _ in pairs}
    matched_b = {ib.code for _, ib in pairs}
    changes: list[Change] = []
    for ia, ib in pairs:
        key = ib.number
        if ia.number != ib.number:
            changes.append(Change("number", ib.code, ia.number, ib.number))
        if ia.name != ib.name or ia.code != ib.code:
            changes.append(
                Change("renamed", key, f"{ia.code}: {ia.name.id}", f"{ib.code}: {ib.name.id}")
            )
        if ia.weight != ib.weight:
            changes.append(Change("weight", key, ia.weight, ib.weight))
        if ia.mandatory != ib.mandatory:
            changes.append(Change("mandatory", key, ia.mandatory, ib.mandatory))
        for la, lb in zip(ia.levels, ib.levels, strict=True):
            if la.condition != lb.condition:
                changes.append(
                    Change("level_condition", f"{key}.{lb.number}", la.condition, lb.condition)
                )
            if la.evidence != lb.evidence:
                changes.append(
                    Change("level_evidence", f"{key}.{lb.number}", la.evidence, lb.evidence)
                )
    pa, pb = _param_values(a), _param_values(b)
    for k in sorted(pa.keys() | pb.keys()):
        va = pa[k].value if k in pa else None
        vb = pb[k].value if k in pb else None
        if va != vb:
            changes.append(Change("param", k, va, vb))
    return RuleDiff(
        a=a,
        b=b,
        added=tuple(IndicatorRef.of(i) for i in b.indicators if i.code not in matched_b),
        removed=tuple(IndicatorRef.of(i) for i in a.indicators if i.code not in matched_a),
        changes=tuple(changes),
    )
