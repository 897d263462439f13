"""Portfolio report for a perangkat daerah or a region: counts, maturity, readiness, actions.

Rendered as text or Markdown (Bahasa Indonesia or English), JSON (``to_dict``), CSV (one row
per innovation) and HTML for notebooks.
"""

from __future__ import annotations

import html
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from inovasi_daerah import pp38
from inovasi_daerah.errors import InvalidInput
from inovasi_daerah.iga import Edition, maturity
from inovasi_daerah.iga.results import MaturityResult
from inovasi_daerah.io.tables import csv_text
from inovasi_daerah.law import Explanation, Result, T, Text, check_lang
from inovasi_daerah.law.context import exact
from inovasi_daerah.models import EvidenceStatus, Innovation

__all__ = ["Action", "InnovationLine", "PortfolioReport", "portfolio"]

#: Quarters of the maximum used to describe the maturity distribution (descriptive only:
#: no official per-innovation maturity bands exist, iid_iga.md §3.2).
QUARTERS = (Decimal("0.25"), Decimal("0.5"), Decimal("0.75"), Decimal(1))


@dataclass(frozen=True, slots=True)
class Action:
    """A recommended action: raise one indicator of one innovation by one level."""

    innovation_id: str
    indicator: str
    text: Text
    points: Decimal
    evidence_only: bool

    def to_dict(self) -> dict[str, Any]:
        return {
            "innovation_id": self.innovation_id,
            "indicator": self.indicator,
            "text": self.text.model_dump(),
            "points": str(self.points),
            "evidence_only": self.evidence_only,
        }


@dataclass(frozen=True, slots=True)
class InnovationLine:
    """One innovation's line of the report."""

    innovation: Innovation
    maturity: MaturityResult
    procedure_gaps: int
    next_step: Text | None

    def row(self) -> dict[str, Any]:
        m = self.maturity
        return {
            "id": self.innovation.id,
            "name": self.innovation.name,
            "stage": self.innovation.stage.value,
            "forms": ";".join(f.value for f in self.innovation.forms),
            "jenis": None if self.innovation.jenis is None else self.innovation.jenis.value,
            "main_urusan": None
            if self.innovation.main_urusan is None
            else self.innovation.main_urusan.value,
            "maturity": str(m.score),
            "maximum": str(m.maximum),
            "eligible": m.eligible,
            "missing_mandatory": ";".join(m.missing_mandatory),
            "procedure_gaps": self.procedure_gaps,
            "next_step": None if self.next_step is None else self.next_step.id,
        }


@dataclass(frozen=True, slots=True)
class PortfolioReport(Result):
    """Counts by bentuk, jenis, tahapan and urusan; maturity; readiness; top actions."""

    title: str
    rules: Edition
    lines: tuple[InnovationLine, ...]
    actions: tuple[Action, ...]

    def counts(self) -> dict[str, dict[str, int]]:
        invs = [line.innovation for line in self.lines]
        return {
            "bentuk": dict(Counter(f.value for i in invs for f in i.forms)),
            "jenis": dict(Counter(i.jenis.value if i.jenis else "-" for i in invs)),
            "tahapan": dict(Counter(i.stage.value for i in invs)),
            "urusan_utama": dict(
                Counter(i.main_urusan.value if i.main_urusan else "-" for i in invs)
            ),
        }

    def distribution(self) -> dict[str, int]:
        """Innovations per quarter of the maximum maturity (descriptive, not official)."""
        out = {f"≤{int(q * 100)}%": 0 for q in QUARTERS}
        for line in self.lines:
            share = line.maturity.score / line.maturity.maximum
            for q in QUARTERS:
                if share <= q:
                    out[f"≤{int(q * 100)}%"] += 1
                    break
        return out

    def readiness(self) -> dict[str, int]:
        return {
            "eligible": sum(1 for line in self.lines if line.maturity.eligible is True),
            "not_eligible": sum(1 for line in self.lines if line.maturity.eligible is False),
            "undecided": sum(1 for line in self.lines if line.maturity.eligible is None),
            "missing_mandatory": sum(1 for line in self.lines if line.maturity.missing_mandatory),
            "procedure_gaps": sum(1 for line in self.lines if line.procedure_gaps),
        }

    @property
    def explanation(self) -> Explanation:
        return Explanation(
            key="clinic.portfolio",
            title=T("Laporan portofolio: {t}", "Portfolio report: {t}").format(t=self.title),
            value=len(self.lines),
            unit="inovasi",
            citations=(self.rules.citation,),
            children=tuple(line.maturity.explanation for line in self.lines),
        )

    def _summary(self) -> dict[str, Any]:
        return {
            "title": self.title,
            "rule_set": self.rules.id,
            "counts": self.counts(),
            "maturity_distribution": self.distribution(),
            "readiness": self.readiness(),
            "innovations": [line.row() for line in self.lines],
            "actions": [a.to_dict() for a in self.actions],
        }

    def to_records(self) -> list[dict[str, Any]]:
        """One dict per innovation, for tables."""
        return [line.row() for line in self.lines]

    def to_dataframe(self) -> Any:
        """A pandas DataFrame of :meth:`to_records` (optional ``pandas`` extra)."""
        from inovasi_daerah.clinic.whatif import records_to_dataframe

        return records_to_dataframe(self.to_records())

    def to_csv(self) -> str:
        """One row per innovation; text cells escaped against CSV injection (io.tables)."""
        rows = [line.row() for line in self.lines]
        # text cells escaped against formula injection and terminal codes (io.tables)
        return csv_text(rows, list(rows[0])) if rows else ""

    def to_markdown(self, lang: str = "id") -> str:
        lang = check_lang(lang)

        def t(text: Text) -> str:
            return text.get(lang)

        out = [f"# {t(T('Laporan portofolio', 'Portfolio report'))}: {self.title}", ""]
        out.append(f"{t(T('Aturan', 'Rules'))}: {t(self.rules.title)} (`{self.rules.id}`)")
        for name, counts in self.counts().items():
            out += ["", f"## {name}", ""]
            out += [f"- {k}: {v}" for k, v in sorted(counts.items())]
        out += ["", f"## {t(T('Sebaran kematangan', 'Maturity distribution'))}", ""]
        out += [f"- {k}: {v}" for k, v in self.distribution().items()]
        out += ["", f"## {t(T('Kesiapan', 'Readiness'))}", ""]
        out += [f"- {k}: {v}" for k, v in self.readiness().items()]
        out += ["", f"## {t(T('Inovasi', 'Innovations'))}", ""]
        out.append("| id | nama | tahapan | kematangan | layak | wajib kosong | langkah |")
        out.append("|---|---|---|---|---|---|---|")
        for line in self.lines:
            r = line.row()
            out.append(
                f"| {r['id']} | {r['name']} | {r['stage']} | {r['maturity']}/{r['maximum']} | "
                f"{r['eligible']} | {r['missing_mandatory'] or '-'} | "
                f"{t(line.next_step) if line.next_step else '-'} |"
            )
        out += ["", f"## {t(T('Tindakan teratas', 'Top actions'))}", ""]
        for a in self.actions:
            tag = t(T("bukti saja", "evidence only")) if a.evidence_only else ""
            out.append(f"- {t(a.text)} (+{a.points}) {tag}".rstrip())
        return "\n".join(out) + "\n"

    def to_text(self, lang: str = "id") -> str:
        return self.to_markdown(lang).replace("# ", "").replace("`", "")

    def _repr_html_(self) -> str:
        return "<pre>" + html.escape(self.to_markdown()) + "</pre>"


_UNVERIFIED = {
    EvidenceStatus.PENDING,
    EvidenceStatus.SENT,
    EvidenceStatus.DRAFT,
    EvidenceStatus.SELF_DECLARED,
    EvidenceStatus.RETURNED,
    EvidenceStatus.REJECTED,
}


@exact
def portfolio(
    innovations: Iterable[Innovation], rules: Edition, *, title: str = "", top: int = 10
) -> PortfolioReport:
    """Build the portfolio report of ``innovations`` under ``rules``.

    Top actions rank single-level upgrades by points (weight × 1), evidence-only upgrades
    first: an indicator whose declared level is above the level that counts because its
    evidence is not (yet) accepted.
    """
    if not isinstance(rules, Edition):
        raise InvalidInput("rules harus sebuah edisi IGA", field="rules", value=rules)
    if type(top) is not int or top < 0:
        raise InvalidInput("top harus bilangan bulat ≥ 0", field="top", value=top)
    if isinstance(innovations, str | bytes) or not isinstance(innovations, Iterable):
        raise InvalidInput("harus daftar inovasi", field="innovations", value=innovations)
    invs = tuple(innovations)
    if not all(isinstance(i, Innovation) for i in invs):
        raise InvalidInput("setiap unsur harus Innovation", field="innovations")
    lines: list[InnovationLine] = []
    actions: list[Action] = []
    for inv in invs:
        m = maturity(inv, rules)
        steps = pp38.next_steps(inv)
        nxt = steps.next
        lines.append(InnovationLine(inv, m, len(steps.blocking), None if nxt is None else nxt.text))
        for s in m.indicators:
            level = s.level or 0
            if level >= rules.indicator(s.number, s.block).top_level:
                continue
            evidence_only = (s.declared or 0) > level and s.evidence in _UNVERIFIED
            actions.append(
                Action(
                    innovation_id=inv.id or inv.name,
                    indicator=s.number,
                    text=T(
                        "{i}: indikator {n} {name} ke level {l}",
                        "{i}: indicator {n} {name_en} to level {l}",
                    ).format(
                        i=inv.id or inv.name,
                        n=s.number,
                        name=s.name.id,
                        name_en=s.name.en,
                        l=(s.declared or 0) if evidence_only else level + 1,
                    ),
                    points=s.weight * (((s.declared or 0) - level) if evidence_only else 1),
                    evidence_only=evidence_only,
                )
            )
    actions.sort(key=lambda a: (not a.evidence_only, -a.points, a.innovation_id, a.indicator))
    return PortfolioReport(title, rules, tuple(lines), tuple(actions[:top]))
