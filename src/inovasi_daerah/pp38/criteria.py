"""The five criteria of PP 38/2017 Pasal 6: a verdict per criterion, and all five must hold.

How each verdict is reached (explicit facts in ``innovation.criteria`` always win):

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

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from inovasi_daerah.errors import InvalidInput
from inovasi_daerah.law.citation import Citation
from inovasi_daerah.law.explain import Explanation
from inovasi_daerah.law.result import Result
from inovasi_daerah.law.text import T, Text
from inovasi_daerah.models.enums import Urusan
from inovasi_daerah.models.innovation import Innovation
from inovasi_daerah.pp38._base import Fact, InnovationLike, Verdict, as_innovation
from inovasi_daerah.pp38.data import Criterion, CriterionRule
from inovasi_daerah.pp38.rules import Pp38Rules, default_rules

__all__ = ["Basis", "CriteriaResult", "CriterionVerdict", "check_criteria"]

#: How a verdict was reached: from an explicit fact, by a documented inference, or not at all.
Basis = str
FACT: Basis = "fakta"
INFERENCE: Basis = "inferensi"
NONE: Basis = "tidak_ada"


@dataclass(frozen=True, slots=True)
class CriterionVerdict:
    """The verdict on one criterion, why, on what basis, and what fact would settle it."""

    criterion: Criterion
    verdict: Verdict
    reason: Text
    citations: tuple[Citation, ...]
    basis: Basis
    settled_by: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "criterion": self.criterion.value,
            "verdict": self.verdict.value,
            "reason": {"id": self.reason.id, "en": self.reason.en},
            "basis": self.basis,
            "settled_by": self.settled_by,
            "citations": [c.model_dump(mode="json") for c in self.citations],
        }


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
        children = tuple(
            Explanation(
                key=f"pp38.kriteria.{v.criterion.value}",
                title=v.criterion.label,
                value=v.verdict,
                rule=v.reason,
                citations=v.citations,
                inputs={"dasar": v.basis, **({"fakta": v.settled_by} if v.settled_by else {})},
            )
            for v in self.verdicts
        )
        return Explanation(
            key="pp38.kriteria",
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
            inputs={"aturan": self.rules_id},
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


# -- one function per criterion ------------------------------------------------------------------


def _cached(
    key: tuple[object, ...], r: Pp38Rules, make: Callable[[], CriterionVerdict]
) -> CriterionVerdict:
    """A verdict is immutable and follows from a small key (criterion, fact, hint, urusan):
    each one is made once per rule set and shared."""
    cache: dict[tuple[object, ...], CriterionVerdict] = r._memo("criteria_verdicts", dict)
    hit = cache.get(key)
    if hit is None:
        hit = cache[key] = make()
    return hit


def _explicit(rule: CriterionRule, fact: Fact, *, negated: bool = False) -> CriterionVerdict:
    holds = (not fact) if negated else bool(fact)
    verdict = Verdict.MET if holds else Verdict.NOT_MET
    return CriterionVerdict(
        criterion=rule.criterion,
        verdict=verdict,
        reason=T(
            f"fakta criteria.{rule.fact} = {fact}: kriteria {verdict.label.id.lower()}",
            f"fact criteria.{rule.fact} = {fact}: criterion {verdict.label.en.lower()}",
        ),
        citations=rule.citations,
        basis=FACT,
        settled_by=f"criteria.{rule.fact}",
    )


def _unknown(rule: CriterionRule, hint: Text | None = None) -> CriterionVerdict:
    extra_id = f"; {hint.id}" if hint else ""
    extra_en = f"; {hint.en}" if hint else ""
    return CriterionVerdict(
        criterion=rule.criterion,
        verdict=Verdict.NOT_ASSESSABLE,
        reason=T(
            f"data tidak memuat fakta yang menentukan; isi criteria.{rule.fact}{extra_id}",
            f"the data hold no deciding fact; supply criteria.{rule.fact}{extra_en}",
        ),
        citations=rule.citations,
        basis=NONE,
        settled_by=f"criteria.{rule.fact}",
    )


_READ_DESIGN = T(
    "rancang bangun ada dan dapat ditelaah untuk pokok perubahannya",
    "a rancang bangun is present; a reviewer can read it for the changes it makes",
)
_READ_BENEFIT = T(
    "manfaat yang diharapkan tertulis di usulan, tetapi itu klaim, bukan bukti",
    "the proposal states an expected benefit, but that is a claim, not evidence",
)


def _renewal(rule: CriterionRule, inv: Innovation, r: Pp38Rules) -> CriterionVerdict:
    fact = inv.criteria.renewal
    if fact is not None:
        return _cached((rule.criterion, fact), r, lambda: _explicit(rule, fact))
    hint = _READ_DESIGN if inv.design and inv.design.strip() else None
    return _cached((rule.criterion, None, hint is None), r, lambda: _unknown(rule, hint))


def _beneficial(rule: CriterionRule, inv: Innovation, r: Pp38Rules) -> CriterionVerdict:
    fact = inv.criteria.beneficial
    if fact is not None:
        return _cached((rule.criterion, fact), r, lambda: _explicit(rule, fact))
    hint = _READ_BENEFIT if inv.benefit and inv.benefit.strip() else None
    return _cached((rule.criterion, None, hint is None), r, lambda: _unknown(rule, hint))


def _no_unlawful_burden(rule: CriterionRule, inv: Innovation, r: Pp38Rules) -> CriterionVerdict:
    fact = inv.criteria.burdens_public_unlawfully
    if fact is not None:
        return _cached((rule.criterion, fact), r, lambda: _explicit(rule, fact, negated=True))
    burdens = inv.adoption.burdens_public
    return _cached((rule.criterion, None, burdens), r, lambda: _burden_inferred(rule, burdens))


def _burden_inferred(rule: CriterionRule, burdens: bool | None) -> CriterionVerdict:
    if burdens is False:
        return CriterionVerdict(
            criterion=rule.criterion,
            verdict=Verdict.MET,
            reason=T(
                "disimpulkan: adoption.burdens_public = False, inovasi tidak membebani "
                "masyarakat sama sekali, jadi tidak membebani secara bertentangan dengan "
                "peraturan",
                "inferred: adoption.burdens_public = False, the innovation places no burden on "
                "the public at all, hence no unlawful burden",
            ),
            citations=rule.citations,
            basis=INFERENCE,
            settled_by=f"criteria.{rule.fact}",
        )
    hint = (
        T(
            "inovasi membebani masyarakat; apakah bebannya sah tidak dapat disimpulkan",
            "the innovation burdens the public; whether lawfully cannot be inferred",
        )
        if burdens
        else None
    )
    return _unknown(rule, hint)


def _regional_authority(rule: CriterionRule, inv: Innovation, r: Pp38Rules) -> CriterionVerdict:
    fact = inv.criteria.regional_authority
    if fact is not None:
        return _cached((rule.criterion, fact), r, lambda: _explicit(rule, fact))
    urusan = inv.main_urusan
    return _cached((rule.criterion, None, urusan), r, lambda: _authority(rule, urusan, r))


def _authority(rule: CriterionRule, urusan: Urusan | None, r: Pp38Rules) -> CriterionVerdict:
    if urusan is None:
        return _unknown(rule, T("atau isi urusan_utama", "or supply main_urusan"))
    if urusan is Urusan.FUNGSI_LAIN:
        return _unknown(
            rule,
            T(
                "urusan utama 'fungsi lain' tidak menyebut urusan tertentu",
                "the urusan utama 'fungsi lain' names no particular affair",
            ),
        )
    source = r.urusan_list_uncertain if urusan.uncertain else r.urusan_list
    return CriterionVerdict(
        criterion=rule.criterion,
        verdict=Verdict.MET,
        reason=T(
            f"disimpulkan: urusan utama '{urusan.label.id}' ({urusan.kind.label.id}) ada dalam "
            "daftar urusan pemerintahan daerah",
            f"inferred: the urusan utama '{urusan.label.en}' ({urusan.kind.label.en}) is on the "
            "list of regional government affairs",
        ),
        citations=(*rule.citations, source),
        basis=INFERENCE,
        settled_by=f"criteria.{rule.fact}",
    )


def _replicable(rule: CriterionRule, inv: Innovation, r: Pp38Rules) -> CriterionVerdict:
    fact = inv.criteria.replicable
    if fact is not None:
        return _cached((rule.criterion, fact), r, lambda: _explicit(rule, fact))
    return _cached((rule.criterion, None), r, lambda: _unknown(rule))


_DECIDE = {
    Criterion.RENEWAL: _renewal,
    Criterion.BENEFICIAL: _beneficial,
    Criterion.NO_UNLAWFUL_BURDEN: _no_unlawful_burden,
    Criterion.REGIONAL_AUTHORITY: _regional_authority,
    Criterion.REPLICABLE: _replicable,
}


def check_criteria(innovation: InnovationLike, rules: Pp38Rules | None = None) -> CriteriaResult:
    """The verdict of PP 38/2017 Pasal 6 on each of the five criteria, and on all of them.

    ``innovation`` may be an :class:`~inovasi_daerah.models.Innovation` or a dict of its
    fields; ``rules`` defaults to the latest PP 38/2017 rule set.
    """
    inv = as_innovation(innovation, function="check_criteria (Pasal 6)")
    r = default_rules(rules)
    verdicts = tuple(_DECIDE[rule.criterion](rule, inv, r) for rule in r.criteria)
    return CriteriaResult(
        verdicts=verdicts,
        overall=Verdict.all_of(v.verdict for v in verdicts),
        rules_id=r.id,
        innovation_name=inv.name,
    )
