"""The five criteria of PP 38/2017 Pasal 6: a verdict per criterion, and all five must hold.

How each verdict is reached (explicit facts in ``innovation.criteria`` always win); the rule
file names the check of each criterion and :mod:`~inovasi_daerah.pp38.checks` holds its code:

1. *Mengandung pembaharuan*, 2. *memberi manfaat*, 5. *dapat direplikasi*: only the explicit
   fact decides. The proposal's rancang bangun, manfaat and the IID stage state what the
   innovation *claims*; they do not show that the claim holds, so without the fact the verdict
   is NOT_ASSESSABLE (the reason names the fact that would settle it and, where present, the
   proposal text a reviewer should read).
3. *Tidak membebani masyarakat secara bertentangan dengan peraturan*: the explicit fact
   ``criteria.burdens_public_unlawfully``; otherwise, when ``adoption.burdens_public`` is
   False, the criterion is MET by inference (no burden at all ⇒ no unlawful burden). A burden
   that exists may still be lawful, so ``burdens_public=True`` decides nothing.
4. *Kewenangan daerah*: the explicit fact; otherwise an urusan utama from the urusan list of
   the IID application (THIRD-PARTY) is taken as an affair within regional authority — except
   ``fungsi_lain``, which names no urusan. Komunikasi dan Informatika and Perindustrian are
   absent from that source's data, so their inference is flagged UNCERTAIN.

>>> from inovasi_daerah.models import Innovation
>>> inv = Innovation(name="SI-JALAN", forms=["pelayanan_publik"], stage="penerapan",
...     initiator="asn", main_urusan="pupr",
...     criteria={"renewal": True, "beneficial": True, "replicable": True},
...     adoption={"burdens_public": False})
>>> r = check_criteria(inv)
>>> r.overall.value, r.met
('terpenuhi', True)
>>> r.verdict(Criterion.REGIONAL_AUTHORITY).basis
'inferensi'
>>> check_criteria(inv.model_copy(update={"criteria": inv.criteria.model_copy(
...     update={"replicable": False})})).overall.value
'tidak_terpenuhi'
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from inovasi_daerah.errors import InvalidInput
from inovasi_daerah.law.explain import Explanation
from inovasi_daerah.law.result import Result
from inovasi_daerah.law.text import T
from inovasi_daerah.pp38._base import InnovationLike, Verdict, as_innovation
from inovasi_daerah.pp38.checks import CRITERION_CHECKS, Basis, CriterionVerdict
from inovasi_daerah.pp38.data import Criterion
from inovasi_daerah.pp38.rules import Pp38Rules, default_rules

__all__ = ["Basis", "CriteriaResult", "CriterionVerdict", "check_criteria"]


@dataclass(frozen=True, slots=True)
class CriteriaResult(Result):
    """The five verdicts of Pasal 6 and their conjunction (``overall``)."""

    verdicts: tuple[CriterionVerdict, ...]
    overall: Verdict
    rules_id: str
    innovation_name: str

    @property
    def met(self) -> bool:
        """True only when all five criteria are met."""
        return self.overall is Verdict.MET

    def verdict(self, criterion: Criterion | str) -> CriterionVerdict:
        """The verdict on ``criterion`` (member or its value/label)."""
        try:
            key = Criterion(criterion)
        except ValueError:
            raise InvalidInput(
                "kriteria tidak dikenal",
                field="criterion",
                value=criterion,
                message_en="unknown criterion",
            ) from None
        return next(v for v in self.verdicts if v.criterion is key)

    @property
    def missing_facts(self) -> tuple[str, ...]:
        """The facts that would settle the criteria not assessable now."""
        return tuple(
            v.settled_by
            for v in self.verdicts
            if v.verdict is Verdict.NOT_ASSESSABLE and v.settled_by is not None
        )

    @property
    def explanation(self) -> Explanation:
        """The explanation tree of this result (bilingual, with citations)."""
        children = tuple(
            Explanation(
                key=f"pp38.criteria.{v.criterion.value}",
                title=v.criterion.label,
                value=v.verdict,
                rule=v.reason,
                citations=v.citations,
                inputs={"basis": v.basis, **({"fact": v.settled_by} if v.settled_by else {})},
            )
            for v in self.verdicts
        )
        return Explanation(
            key="pp38.criteria",
            title=T(
                f"Kriteria inovasi daerah (Pasal 6): {self.innovation_name}",
                f"Criteria of a regional innovation (Pasal 6): {self.innovation_name}",
            ),
            value=self.overall,
            rule=T(
                "kelima kriteria harus terpenuhi (DAN); satu tidak terpenuhi → tidak terpenuhi",
                "all five criteria must hold (AND); one not met → not met",
            ),
            citations=(self.verdicts[0].citations[0],),
            inputs={"rule": self.rules_id},
            children=children,
        )

    def _summary(self) -> dict[str, Any]:
        return {
            "innovation": self.innovation_name,
            "rules": self.rules_id,
            "overall": self.overall.value,
            "met": self.met,
            "verdicts": [v.to_dict() for v in self.verdicts],
            "missing_facts": list(self.missing_facts),
        }


def check_criteria(innovation: InnovationLike, rules: Pp38Rules | None = None) -> CriteriaResult:
    """The verdict of PP 38/2017 Pasal 6 on each of the five criteria, and on all of them.

    ``innovation`` may be an :class:`~inovasi_daerah.models.Innovation` or a dict of its
    fields; ``rules`` defaults to the latest PP 38/2017 rule set.
    """
    inv = as_innovation(innovation, function="check_criteria (Pasal 6)")
    r = default_rules(rules)
    verdicts = tuple(CRITERION_CHECKS[rule.check](rule, inv, r) for rule in r.criteria)
    return CriteriaResult(
        verdicts=verdicts,
        overall=Verdict.all_of(v.verdict for v in verdicts),
        rules_id=r.id,
        innovation_name=inv.name,
    )
