"""Which instrument sets the penerapan of an innovation result (PP 38/2017 Pasal 20 ayat (2)).

Huruf b (VERIFIED-SECONDARY): internal procedures only, no burden on the public, no burden on
the APBD → **Perkada**. Otherwise → **Perda** under huruf a, which is *inferred* (UNCERTAIN)
and therefore applied through the policy parameter ``perda_branch`` ("perda" by default,
"tidak_ditentukan" to leave the instrument open). One failing fact is enough to rule huruf b
out; when none fails but one is unknown, the instrument is not determinable and the result
names the missing facts.

>>> from inovasi_daerah.models import Innovation
>>> inv = Innovation(name="E-Retribusi", forms=["pelayanan_publik"], stage="penerapan",
...     initiator="perangkat_daerah", adoption={"burdens_public": True})
>>> r = adoption_instrument(inv)
>>> r.instrument.value, r.uncertain, r.policy
('perda', True, 'perda')
>>> adoption_instrument(inv, rules_for("2024-01-01").override(perda_branch="tidak_ditentukan")
...     ).instrument is None
True
>>> adoption_instrument({"name": "X", "forms": "tata_kelola", "stage": "penerapan",
...     "initiator": "asn", "adoption": {"burdens_apbd": False}}).missing
('adoption.internal_procedure_only', 'adoption.burdens_public')
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from inovasi_daerah.law.citation import Citation
from inovasi_daerah.law.explain import Explanation
from inovasi_daerah.law.result import Result
from inovasi_daerah.law.text import T, Text
from inovasi_daerah.models.enums import AdoptionInstrument
from inovasi_daerah.models.innovation import Innovation
from inovasi_daerah.pp38._base import Fact, InnovationLike, as_innovation
from inovasi_daerah.pp38.pasal20 import perkada_conditions
from inovasi_daerah.pp38.rules import Pp38Rules, default_rules, require_rules
from inovasi_daerah.pp38.rules import rules_for as rules_for  # for the doctest

__all__ = ["AdoptionResult", "adoption_instrument", "determine_instrument"]


@dataclass(frozen=True, slots=True)
class AdoptionResult(Result):
    """The instrument (None when not determinable), why, and what facts are missing."""

    instrument: AdoptionInstrument | None
    perkada_conditions: Fact
    facts: dict[str, Fact]
    missing: tuple[str, ...]
    policy: str
    reason: Text
    citations: tuple[Citation, ...]
    rules_id: str
    innovation_name: str

    @property
    def determinable(self) -> bool:
        """True when the instrument (Perkada or Perda) can be named."""
        return self.instrument is not None

    @property
    def explanation(self) -> Explanation:
        """The explanation tree of this result (bilingual, with citations)."""
        return Explanation(
            key="pp38.adoption_instrument",
            title=T(
                f"Instrumen penerapan (Pasal 20 ayat (2)): {self.innovation_name}",
                f"Instrument of penerapan (Pasal 20(2)): {self.innovation_name}",
            ),
            value=self.instrument,
            rule=self.reason,
            citations=self.citations,
            inputs={**self.facts, "perda_policy": self.policy},
        )

    def _summary(self) -> dict[str, Any]:
        return {
            "innovation": self.innovation_name,
            "rules": self.rules_id,
            "instrument": None if self.instrument is None else self.instrument.value,
            "determinable": self.determinable,
            "perkada_conditions": self.perkada_conditions,
            "facts": self.facts,
            "missing": list(self.missing),
            "policy": self.policy,
            "reason": {"id": self.reason.id, "en": self.reason.en},
        }


def determine_instrument(
    inv: Innovation, r: Pp38Rules
) -> tuple[AdoptionInstrument | None, Text, tuple[Citation, ...]]:
    """The instrument, the reason and the citations (the logic of Pasal 20(2))."""
    inv = as_innovation(inv, function="determine_instrument")
    r = require_rules(r, "r")
    cond = perkada_conditions(inv, r)
    b = r.adoption_perkada.citation
    if cond is True:
        return (
            AdoptionInstrument.PERKADA,
            T(
                "tata laksana internal saja, tidak membebani masyarakat dan APBD → Perkada",
                "internal procedures only, no burden on the public or the APBD → Perkada",
            ),
            (b,),
        )
    if cond is None:
        return (
            None,
            T(
                "belum dapat ditentukan: fakta Pasal 20(2) huruf b belum lengkap",
                "not determinable: the facts of Pasal 20(2)(b) are incomplete",
            ),
            (b,),
        )
    failing = [
        name for name, want in r.adoption_facts if getattr(inv.adoption, name) not in (None, want)
    ]
    why = ", ".join(f"adoption.{n} = {getattr(inv.adoption, n)}" for n in failing)
    policy = r.perda_branch.get()
    a = r.adoption_perda.citation
    if policy == "perda":
        return (
            AdoptionInstrument.PERDA,
            T(
                f"syarat huruf b tidak terpenuhi ({why}) → Perda (huruf a, disimpulkan)",
                f"huruf b does not hold ({why}) → Perda (huruf a, inferred)",
            ),
            (b, a),
        )
    return (
        None,
        T(
            f"syarat huruf b tidak terpenuhi ({why}); huruf a belum terverifikasi dan kebijakan "
            "'tidak_ditentukan' tidak menyimpulkan Perda",
            f"huruf b does not hold ({why}); huruf a is unverified and the policy "
            "'tidak_ditentukan' does not infer a Perda",
        ),
        (b, a),
    )


def adoption_instrument(
    innovation: InnovationLike, rules: Pp38Rules | None = None
) -> AdoptionResult:
    """Perkada or Perda for the penerapan of the innovation (Pasal 20(2)); see module doc."""
    inv = as_innovation(innovation, function="adoption_instrument (Pasal 20(2))")
    r = default_rules(rules)
    instrument, reason, citations = determine_instrument(inv, r)
    facts = {f"adoption.{n}": getattr(inv.adoption, n) for n, _ in r.adoption_facts}
    cond = perkada_conditions(inv, r)
    missing = tuple(k for k, v in facts.items() if v is None) if cond is None else ()
    return AdoptionResult(
        instrument=instrument,
        perkada_conditions=cond,
        facts=facts,
        missing=missing,
        policy=r.perda_branch.get(),
        reason=reason,
        citations=citations,
        rules_id=r.id,
        innovation_name=inv.name,
    )
