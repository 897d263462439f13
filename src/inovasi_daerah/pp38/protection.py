"""Protection of ASN when an innovation fails (UU 23/2014 Pasal 389).

When an innovation that *has become regional government policy* does not reach its targets,
the ASN involved cannot be prosecuted (VERIFIED-SECONDARY [P6][P7][P12]; one report's
"Pasal 386 ayat (2)" is recorded as a rejected reading). The library takes "has become
policy" as: decided by the kepala daerah (DITETAPKAN) or later — on trial, applied, reported,
or stopped after trial or penerapan.

Kemendagri adds that the protection holds when the criteria and stages were followed. That
condition is an official gloss, not statute (UNCERTAIN): it never changes ``applies`` and is
shown separately as a flagged advisory listing the procedural steps the record does not show.

>>> from inovasi_daerah.models import Innovation
>>> inv = Innovation(name="X", forms=["tata_kelola"], stage="uji_coba", initiator="asn",
...     trial_start="2023-02-01")
>>> r = asn_protection(inv)
>>> r.applies.value, r.became_policy
('terpenuhi', True)
>>> r.procedure_recorded, r.uncertain
(False, True)
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from inovasi_daerah.law.explain import Explanation
from inovasi_daerah.law.result import Result
from inovasi_daerah.law.text import T, Text
from inovasi_daerah.models.enums import LifecycleStatus
from inovasi_daerah.pp38._base import Fact, InnovationLike, Progress, Verdict, as_innovation
from inovasi_daerah.pp38.lifecycle import current_state
from inovasi_daerah.pp38.rules import Pp38Rules, default_rules

__all__ = ["POLICY_STATES", "ProtectionResult", "asn_protection"]

S = LifecycleStatus

#: States in which the innovation has become Pemda policy (decided, or later on that path).
POLICY_STATES: frozenset[LifecycleStatus] = frozenset(
    {S.DECIDED, S.TRIAL, S.APPLIED, S.REPORTED, S.STOPPED}
)


@dataclass(frozen=True, slots=True)
class ProtectionResult(Result):
    """Whether UU 23/2014 Pasal 389 protects the ASN involved, and the procedural advisory."""

    applies: Verdict
    became_policy: bool
    state: LifecycleStatus
    state_inferred: bool
    state_reason: Text
    asn_involved: tuple[str, ...]
    procedure_recorded: Fact
    procedure_steps: tuple[tuple[str, Progress], ...]
    rules: Pp38Rules
    innovation_name: str

    @property
    def explanation(self) -> Explanation:
        """The explanation tree of this result (bilingual, with citations)."""
        r = self.rules
        advisory = Explanation(
            key="pp38.asn_protection.procedure",
            title=T(
                "Saran: kriteria dan tahapan diikuti (syarat menurut Kemendagri)",
                "Advisory: criteria and stages followed (condition per Kemendagri)",
            ),
            value=self.procedure_recorded,
            rule=r.asn_protection_condition.text,
            citations=(r.asn_protection_condition.citation,),
            inputs=dict(self.procedure_steps),
            note=T(
                "bukan teks undang-undang; tidak mengubah berlakunya perlindungan",
                "not statute text; does not change whether the protection applies",
            ),
        )
        policy = Explanation(
            key="pp38.asn_protection.policy",
            title=T("Telah menjadi kebijakan Pemda", "Has become regional government policy"),
            value=self.became_policy,
            rule=T(
                "ditetapkan kepala daerah atau tahap sesudahnya",
                "decided by the kepala daerah, or a later stage",
            ),
            inputs={"status": self.state},
            note=self.state_reason,
        )
        return Explanation(
            key="pp38.asn_protection",
            title=T(
                f"Pelindungan ASN (UU 23/2014 Pasal 389): {self.innovation_name}",
                f"Protection of ASN (UU 23/2014 Pasal 389): {self.innovation_name}",
            ),
            value=self.applies,
            rule=r.asn_protection.text,
            citations=(r.asn_protection.citation,),
            inputs={"asn": ", ".join(self.asn_involved) or "-"},
            children=(policy, advisory),
        )

    def _summary(self) -> dict[str, Any]:
        return {
            "innovation": self.innovation_name,
            "rules": self.rules.id,
            "applies": self.applies.value,
            "became_policy": self.became_policy,
            "state": self.state.value,
            "state_inferred": self.state_inferred,
            "asn_involved": list(self.asn_involved),
            "advisory": {
                "procedure_recorded": self.procedure_recorded,
                "steps": {k: p.value for k, p in self.procedure_steps},
                "status": self.rules.asn_protection_condition.citation.status.value,
            },
        }


def asn_protection(innovation: InnovationLike, rules: Pp38Rules | None = None) -> ProtectionResult:
    """Whether UU 23/2014 Pasal 389 applies to the innovation's ASN (see module doc)."""
    inv = as_innovation(innovation, function="asn_protection (UU 23/2014 Pasal 389)")
    r = default_rules(rules)
    here = current_state(inv)
    policy = here.state in POLICY_STATES
    steps = [(s.key, s.progress(inv)) for s in r.route(inv.initiator)]
    if policy:
        decided = r.requirement("ditetapkan")
        steps.append((decided.key, decided.progress(inv)))
    progress = {p for _, p in steps}
    recorded: Fact = (
        False if Progress.PENDING in progress else None if Progress.UNKNOWN in progress else True
    )
    return ProtectionResult(
        applies=Verdict.MET if policy else Verdict.NOT_MET,
        became_policy=policy,
        state=here.state,
        state_inferred=here.inferred,
        state_reason=here.reason,
        asn_involved=tuple(p.name for p in inv.innovators if p.is_asn),
        procedure_recorded=recorded,
        procedure_steps=tuple(steps),
        rules=r,
        innovation_name=inv.name,
    )
