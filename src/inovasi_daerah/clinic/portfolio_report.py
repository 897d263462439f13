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
from typing import TYPE_CHECKING, Any, TypedDict

from inovasi_daerah import pp38
from inovasi_daerah._util import EDITION_EXPECTED, check_rule_set
from inovasi_daerah.clinic.advice import innovations_arg
from inovasi_daerah.errors import InvalidInput
from inovasi_daerah.iga import Edition, maturity
from inovasi_daerah.iga.results import MaturityResult
from inovasi_daerah.io.tables import csv_text
from inovasi_daerah.law import Explanation, Result, T, Text, check_lang
from inovasi_daerah.law.context import exact
from inovasi_daerah.law.display import show
from inovasi_daerah.law.reprs import ShortRepr
from inovasi_daerah.law.tables import Numeric, records_to_dataframe
from inovasi_daerah.models import EvidenceStatus, Innovation
from inovasi_daerah.models.enums import Form, InnovationKind, LegalEnum, Stage, Urusan

if TYPE_CHECKING:
    import pandas as pd

__all__ = ["Action", "InnovationLine", "PortfolioRecord", "PortfolioReport", "portfolio"]

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
        """The action as JSON-ready data (Decimals as text)."""
        return {
            "innovation_id": self.innovation_id,
            "indicator": self.indicator,
            "text": self.text.model_dump(),
            "points": str(self.points),
            "evidence_only": self.evidence_only,
        }


class PortfolioRecord(TypedDict):
    """One innovation of a :class:`PortfolioReport` as a plain dict (``to_records``)."""

    id: str | None
    name: str
    stage: str
    forms: str
    kind: str | None
    main_urusan: str | None
    maturity: Decimal
    maximum: Decimal
    eligible: bool | None
    missing_mandatory: str
    procedure_gaps: int
    next_step: str | None


@dataclass(frozen=True, slots=True)
class InnovationLine(ShortRepr):
    """One innovation's line of the report."""

    innovation: Innovation
    maturity: MaturityResult
    procedure_gaps: int
    next_step: Text | None

    def record(self) -> PortfolioRecord:
        """The row with maturity and maximum as Decimals (for tables and DataFrames)."""
        row = self.row()
        return {
            **row,  # type: ignore[typeddict-item]
            "maturity": self.maturity.score,
            "maximum": self.maturity.maximum,
        }

    def row(self) -> dict[str, Any]:
        """The innovation's line as flat JSON-ready data (Decimals as text, lists joined by
        ``;``).
        """
        m = self.maturity
        return {
            "id": self.innovation.id,
            "name": self.innovation.name,
            "stage": self.innovation.stage.value,
            "forms": ";".join(f.value for f in self.innovation.forms),
            "kind": None if self.innovation.kind is None else self.innovation.kind.value,
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
        """Innovations counted by bentuk, jenis, tahapan and urusan utama (enum values as keys)."""
        invs = [line.innovation for line in self.lines]
        return {
            "forms": dict(Counter(f.value for i in invs for f in i.forms)),
            "kind": dict(Counter(i.kind.value if i.kind else "-" for i in invs)),
            "stage": dict(Counter(i.stage.value for i in invs)),
            "main_urusan": dict(
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
        """Innovations counted as eligible, not eligible, undecided, missing a wajib indicator
        and with procedure steps owed.
        """
        return {
            "eligible": sum(1 for line in self.lines if line.maturity.eligible is True),
            "not_eligible": sum(1 for line in self.lines if line.maturity.eligible is False),
            "undecided": sum(1 for line in self.lines if line.maturity.eligible is None),
            "missing_mandatory": sum(1 for line in self.lines if line.maturity.missing_mandatory),
            "procedure_gaps": sum(1 for line in self.lines if line.procedure_gaps),
        }

    @property
    def explanation(self) -> Explanation:
        """The tree of the report: each innovation's maturity tree."""
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

    def to_records(self) -> list[PortfolioRecord]:
        """One dict per innovation, for tables (maturity and maximum as exact Decimals)."""
        return [line.record() for line in self.lines]

    def to_dataframe(self, *, numeric: Numeric = "decimal") -> pd.DataFrame:
        """A pandas DataFrame of :meth:`to_records` (optional ``pandas`` extra).

        ``numeric="float"`` gives float columns (``describe()`` works); Decimals otherwise.
        """
        return records_to_dataframe(
            self.to_records(), list(PortfolioRecord.__annotations__), numeric=numeric
        )

    def to_csv(self) -> str:
        """One row per innovation; text cells escaped against CSV injection (io.tables)."""
        rows = [line.row() for line in self.lines]
        # text cells escaped against formula injection and terminal codes (io.tables)
        return csv_text(rows, list(rows[0])) if rows else ""

    def to_markdown(self, lang: str = "id") -> str:
        """The report as Markdown in ``lang``: counts, distribution, readiness, table, actions."""
        lang = check_lang(lang)

        def t(text: Text) -> str:
            return text.get(lang)

        out = [f"# {t(T('Laporan portofolio', 'Portfolio report'))}: {self.title}", ""]
        out.append(f"{t(T('Aturan', 'Rules'))}: {t(self.rules.title)} (`{self.rules.id}`)")
        for name, counts in self.counts().items():
            enum = _COUNT_ENUMS[name]
            out += ["", f"## {t(_COUNT_TITLES[name])}", ""]
            out += [
                f"- {show(enum(k) if k != '-' else None, lang)}: {v}"
                for k, v in sorted(counts.items())
            ]
        out += ["", f"## {t(T('Sebaran kematangan', 'Maturity distribution'))}", ""]
        out += [f"- {k}: {v}" for k, v in self.distribution().items()]
        out += ["", f"## {t(T('Kesiapan', 'Readiness'))}", ""]
        out += [f"- {t(_READINESS[k])}: {v}" for k, v in self.readiness().items()]
        out += ["", f"## {t(T('Inovasi', 'Innovations'))}", ""]
        out.append("| " + " | ".join(t(h) for h in _TABLE_HEAD) + " |")
        out.append("|---|---|---|---|---|---|---|")
        for line in self.lines:
            r = line.row()
            cells = (
                show(r["id"], lang),
                r["name"],
                show(line.innovation.stage, lang),
                f"{r['maturity']}/{r['maximum']}",
                show(r["eligible"], lang),
                r["missing_mandatory"] or "-",
                show(line.next_step, lang),
            )
            out.append("| " + " | ".join(c.replace("|", "\\|") for c in cells) + " |")
        out += ["", f"## {t(T('Tindakan teratas', 'Top actions'))}", ""]
        for a in self.actions:
            tag = t(T("bukti saja", "evidence only")) if a.evidence_only else ""
            out.append(f"- {t(a.text)} (+{a.points}) {tag}".rstrip())
        return "\n".join(out) + "\n"

    def to_text(self, lang: str = "id") -> str:
        """The Markdown report without its markup, for a terminal."""
        text = self.to_markdown(lang).replace("`", "")
        return "\n".join(line.lstrip("#").lstrip() for line in text.splitlines()) + "\n"

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


_COUNT_TITLES = {
    "forms": T("Bentuk", "Form"),
    "kind": T("Jenis", "Type"),
    "stage": T("Tahapan", "Stage"),
    "main_urusan": T("Urusan utama", "Main government affair"),
}
_COUNT_ENUMS: dict[str, type[LegalEnum]] = {
    "forms": Form,
    "kind": InnovationKind,
    "stage": Stage,
    "main_urusan": Urusan,
}
_READINESS = {
    "eligible": T("Memenuhi syarat", "Eligible"),
    "not_eligible": T("Tidak memenuhi syarat", "Not eligible"),
    "undecided": T("Belum dapat diputuskan", "Undecided"),
    "missing_mandatory": T("Indikator wajib kosong", "Mandatory indicator empty"),
    "procedure_gaps": T("Langkah prosedur terutang", "Procedure steps owed"),
}
_TABLE_HEAD = (
    T("id", "id"),
    T("nama", "name"),
    T("tahapan", "stage"),
    T("kematangan", "maturity"),
    T("layak", "eligible"),
    T("wajib kosong", "mandatory empty"),
    T("langkah berikutnya", "next step"),
)


@exact
def portfolio(
    innovations: Iterable[Innovation], rules: Edition, *, title: str = "", top: int = 10
) -> PortfolioReport:
    """Build the portfolio report of ``innovations`` under ``rules``.

    Top actions rank single-level upgrades by points (weight × 1), evidence-only upgrades
    first: an indicator whose declared level is above the level that counts because its
    evidence is not (yet) accepted.
    """
    rules = check_rule_set(rules, Edition, message=EDITION_EXPECTED)
    if type(top) is not int or top < 0:
        raise InvalidInput(
            "top harus bilangan bulat ≥ 0",
            field="top",
            value=top,
            message_en="top must be an integer ≥ 0",
        )
    invs = innovations_arg(innovations)
    if not invs:
        # An empty portfolio has no report: refused rather than an empty one.
        raise InvalidInput(
            "portofolio kosong: tidak ada inovasi",
            field="innovations",
            message_en="empty portfolio: no innovations",
        )
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
