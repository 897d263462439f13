"""Proposal completeness (PP 38/2017 Pasal 7): a verdict per item of the proposal.

Five items are always required: bentuk, rancang bangun (with the main changes), tujuan,
manfaat and waktu uji coba (``planned_trial`` text or a ``trial_start`` date). The anggaran is
required only when the innovation needs a budget: ``needs_budget=True`` without a budget is
NOT_MET; ``needs_budget=False`` makes it MET (not required); when the need is unknown and no
budget is given the item is NOT_ASSESSABLE and only *advisory* — it does not make the proposal
incomplete or unassessable.

>>> from inovasi_daerah.models import Innovation
>>> inv = Innovation(name="X", forms=["tata_kelola"], stage="inisiatif", initiator="asn",
...     design="Alur baru ...", objective="Mempercepat ...", benefit="Waktu layanan turun",
...     planned_trial="Januari-Juni 2024")
>>> r = check_proposal(inv)
>>> r.overall.value, r.complete, r.advisories
('terpenuhi', True, ('anggaran',))
>>> check_proposal(inv.model_copy(update={"needs_budget": True})).missing
('anggaran',)
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from inovasi_daerah._util import find_item
from inovasi_daerah.law.citation import Citation
from inovasi_daerah.law.explain import Explanation
from inovasi_daerah.law.result import Result
from inovasi_daerah.law.text import T, Text
from inovasi_daerah.pp38._base import InnovationLike, Verdict, as_innovation
from inovasi_daerah.pp38.data import ProposalField
from inovasi_daerah.pp38.rules import Pp38Rules, default_rules

__all__ = ["FieldVerdict", "ProposalResult", "check_proposal"]


@dataclass(frozen=True, slots=True)
class FieldVerdict:
    """One proposal item: required or not (None: unknown), present, verdict, reason."""

    field: str
    attributes: tuple[str, ...]
    title: Text
    required: bool | None
    present: bool
    verdict: Verdict
    reason: Text
    citation: Citation

    @property
    def advisory(self) -> bool:
        """True when the item is not assessable only because its need is unknown."""
        return self.required is None and self.verdict is Verdict.NOT_ASSESSABLE

    def to_dict(self) -> dict[str, Any]:
        """The item's verdict as plain JSON data."""
        return {
            "field": self.field,
            "attributes": list(self.attributes),
            "required": self.required,
            "present": self.present,
            "verdict": self.verdict.value,
            "advisory": self.advisory,
            "reason": {"id": self.reason.id, "en": self.reason.en},
            "citation": self.citation.model_dump(mode="json"),
        }


@dataclass(frozen=True, slots=True)
class ProposalResult(Result):
    """The verdict per item of Pasal 7 and overall (advisory items left out of ``overall``)."""

    fields: tuple[FieldVerdict, ...]
    overall: Verdict
    rules_id: str
    innovation_name: str

    @property
    def complete(self) -> bool:
        """True when every required item is present."""
        return self.overall is Verdict.MET

    @property
    def missing(self) -> tuple[str, ...]:
        """The items required and absent."""
        return tuple(f.field for f in self.fields if f.verdict is Verdict.NOT_MET)

    @property
    def advisories(self) -> tuple[str, ...]:
        """Items whose requirement the data cannot decide (the budget when the need is unknown)."""
        return tuple(f.field for f in self.fields if f.advisory)

    def field(self, name: str) -> FieldVerdict:
        """The verdict on the item ``name`` (a Pasal 7 item key); else an InvalidInput."""
        return find_item(
            self.fields,
            lambda f: f.field,
            name,
            field="name",
            unknown=("bukan isi usulan Pasal 7", "not a Pasal 7 proposal item"),
        )

    @property
    def explanation(self) -> Explanation:
        """The explanation tree of this result (bilingual, with citations)."""
        return Explanation(
            key="pp38.proposal",
            title=T(
                f"Kelengkapan usulan (Pasal 7): {self.innovation_name}",
                f"Completeness of the proposal (Pasal 7): {self.innovation_name}",
            ),
            value=self.overall,
            rule=T(
                "semua isi wajib ada; anggaran hanya bila inovasi memerlukannya",
                "every required item present; a budget only if the innovation needs one",
            ),
            citations=(self.fields[0].citation,),
            inputs={"rule": self.rules_id},
            children=tuple(
                Explanation(
                    key=f"pp38.proposal.{f.field}",
                    title=f.title,
                    value=f.verdict,
                    rule=f.reason,
                    citations=(f.citation,),
                    inputs={"mandatory": f.required, "present": f.present},
                    note=T("saran, tidak menggugurkan", "advisory, does not fail")
                    if f.advisory
                    else None,
                )
                for f in self.fields
            ),
        )

    def _summary(self) -> dict[str, Any]:
        return {
            "innovation": self.innovation_name,
            "rules": self.rules_id,
            "overall": self.overall.value,
            "complete": self.complete,
            "missing": list(self.missing),
            "advisories": list(self.advisories),
            "fields": [f.to_dict() for f in self.fields],
        }


def _judge(item: ProposalField, present: bool, required: bool | None) -> tuple[Verdict, Text]:
    attrs = " / ".join(item.attributes)
    if present:
        return Verdict.MET, T(f"ada ({attrs})", f"present ({attrs})")
    if required is False:
        return Verdict.MET, T(
            "tidak diperlukan (inovasi tidak memerlukan anggaran)",
            "not required (the innovation needs no budget)",
        )
    if required is None:
        return Verdict.NOT_ASSESSABLE, T(
            f"tidak ada, dan tidak diketahui apakah diperlukan; isi needs_budget atau {attrs}",
            f"absent, and whether it is needed is unknown; supply needs_budget or {attrs}",
        )
    return Verdict.NOT_MET, T(f"wajib tetapi tidak ada ({attrs})", f"required but absent ({attrs})")


def check_proposal(innovation: InnovationLike, rules: Pp38Rules | None = None) -> ProposalResult:
    """The completeness of the proposal under PP 38/2017 Pasal 7, item by item."""
    inv = as_innovation(innovation, function="check_proposal (Pasal 7)")
    r = default_rules(rules)
    verdicts = []
    for item in r.proposal_fields:
        present = item.present(inv)
        required = item.required(inv)
        verdict, reason = _judge(item, present, required)
        verdicts.append(
            FieldVerdict(
                field=item.field,
                attributes=item.attributes,
                title=item.text,
                required=required,
                present=present,
                verdict=verdict,
                reason=reason,
                citation=item.citation,
            )
        )
    counted = [v.verdict for v in verdicts if not v.advisory]
    return ProposalResult(
        fields=tuple(verdicts),
        overall=Verdict.all_of(counted),
        rules_id=r.id,
        innovation_name=inv.name,
    )
