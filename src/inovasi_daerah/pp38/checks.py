"""The named checks of PP 38/2017: the predicate *code* the rule file refers to by name.

The rule file (``rules/pp38/pp38_2017.toml``) holds every provision, citation and number; what
it cannot hold is how a fact is read off an :class:`~inovasi_daerah.models.Innovation`. That
lives here, one function per named check, each docstring quoting the provision it serves. A row
of the file says which check applies (``check = "recorded"``) and to which facts
(``fields = ["decided_on"]``), so a reviewer ticks the row against the PP and a programmer
reads the check once.

The functions are the registries' building blocks, used by the loader
(:mod:`~inovasi_daerah.pp38.files`); the public surface is the three registries:

- :data:`REQUIREMENT_CHECKS`: the checks of route steps and transition conditions, built by
  :func:`requirement_check` into a predicate (True / False / None when the record is silent);
- :data:`PRESENCE_CHECKS`: whether a proposal holds an item (Pasal 7);
- :data:`CRITERION_CHECKS`: how each criterion of Pasal 6 is decided (explicit facts win).

>>> from inovasi_daerah.models import Innovation
>>> inv = Innovation(name="X", forms=["tata_kelola"], stage="inisiatif", initiator="asn")
>>> requirement_check("recorded", ("decided_on",), {})(inv) is False
True
>>> adoption_outcome(inv.adoption, (("burdens_public", False),)) is None
True
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from operator import attrgetter
from typing import TYPE_CHECKING, Any, get_args

from inovasi_daerah.errors import DataIntegrityError
from inovasi_daerah.law.citation import Citation
from inovasi_daerah.law.text import T, Text
from inovasi_daerah.models.enums import Urusan
from inovasi_daerah.models.innovation import AdoptionFacts, Innovation
from inovasi_daerah.pp38._base import Fact, Predicate, Verdict
from inovasi_daerah.pp38.data import Criterion, CriterionRule

if TYPE_CHECKING:
    from inovasi_daerah.pp38.rules import Pp38Rules

__all__ = [
    "CRITERION_CHECKS",
    "FACT",
    "INFERENCE",
    "NONE",
    "PRESENCE_CHECKS",
    "REQUIREMENT_CHECKS",
    "Basis",
    "CriterionCheck",
    "CriterionVerdict",
    "Presence",
    "RequirementCheck",
]

# -- requirements: route steps and transition conditions ------------------------------------------

#: A named requirement check: (getters of the row's ``fields``, the row's parameters, context)
#: to a predicate. The context holds the rule set's proposal fields and adoption facts.
RequirementCheck = Callable[[Sequence[Callable[[Any], Any]], Mapping[str, Any]], Predicate]


def _recorded(get: Sequence[Callable[[Any], Any]], _: Mapping[str, Any]) -> Predicate:
    """The event is recorded: its date (or entry) is present (e.g. Pasal 7–15: the proposal
    reaches litbang; Pasal 10(3): the result is forwarded to the kepala daerah)."""
    first = get[0]
    return lambda i: first(i) is not None


def _fact(get: Sequence[Callable[[Any], Any]], _: Mapping[str, Any]) -> Predicate:
    """A yes/no fact as recorded (None: the record does not say), e.g. Pasal 10(3): litbang
    finds the proposal *layak*."""
    return get[0]  # the recorded value is the fact


def _fact_negated(get: Sequence[Callable[[Any], Any]], _: Mapping[str, Any]) -> Predicate:
    """The opposite of a yes/no fact, None staying None (Pasal 10(3): litbang finds the
    proposal *tidak layak*)."""
    first = get[0]

    def check(i: Innovation) -> Fact:
        v = first(i)
        return None if v is None else not v

    return check


def _not_empty(get: Sequence[Callable[[Any], Any]], _: Mapping[str, Any]) -> Predicate:
    """At least one entry is recorded (the *tim independen* of the kepala daerah's route: from
    universities, experts and/or practitioners, Pasal 7–15 per Kemendagri)."""
    first = get[0]
    return lambda i: len(first(i)) > 0


def _recorded_before(get: Sequence[Callable[[Any], Any]], params: Mapping[str, Any]) -> Predicate:
    """The first field is recorded and not after the ``before`` field when that is recorded:
    the ASN obtains written permission of the head of their perangkat daerah *before* the
    proposal goes to litbang (Pasal 7–15 per Kemendagri [P9])."""
    first, before = get[0], attrgetter(params["before"])

    def check(i: Innovation) -> Fact:
        when = first(i)
        if when is None:
            return False
        limit = before(i)
        return limit is None or when <= limit

    return check


def _proposal_complete(_: Sequence[Callable[[Any], Any]], params: Mapping[str, Any]) -> Predicate:
    """Pasal 7: an initiative goes with a proposal holding the required items. A budget whose
    need is unknown does not block (``check_proposal`` reports it as an advisory)."""
    fields = params["proposal_fields"]
    return lambda i: all(f.present(i) or f.required(i) is not True for f in fields)


def _adoption_determinable(
    _: Sequence[Callable[[Any], Any]], params: Mapping[str, Any]
) -> Predicate:
    """Pasal 20(2): the facts of huruf b are recorded, so the instrument of penerapan
    (Perkada, or Perda under huruf a) can be determined."""
    facts = params["adoption_facts"]
    return lambda i: adoption_outcome(i.adoption, facts) is not None


#: The requirement checks by name, with the parameters a row must give (beside ``fields``).
REQUIREMENT_CHECKS: dict[str, tuple[RequirementCheck, tuple[str, ...]]] = {
    "recorded": (_recorded, ()),
    "fact": (_fact, ()),
    "fact_negated": (_fact_negated, ()),
    "not_empty": (_not_empty, ()),
    "recorded_before": (_recorded_before, ("before",)),
    "proposal_complete": (_proposal_complete, ()),
    "adoption_determinable": (_adoption_determinable, ()),
}


def requirement_check(
    name: str, fields: Sequence[str], params: Mapping[str, Any], **context: Any
) -> Predicate:
    """The predicate of the named check over ``fields`` (dotted paths) with ``params``.

    ``context`` gives the rule set's ``proposal_fields`` and ``adoption_facts`` to the checks
    that need them. An unknown name or a missing parameter is a :class:`DataIntegrityError`.
    """
    entry = REQUIREMENT_CHECKS.get(name)
    if entry is None:
        raise DataIntegrityError(
            f"pemeriksaan tidak dikenal; ada: {sorted(REQUIREMENT_CHECKS)}",
            field="check",
            value=name,
            message_en=f"unknown check; known: {sorted(REQUIREMENT_CHECKS)}",
        )
    build, needs = entry
    missing = [p for p in needs if p not in params]
    if missing:
        raise DataIntegrityError(
            f"pemeriksaan {name} memerlukan {missing}",
            field="check",
            value=name,
            message_en=f"check {name} needs {missing}",
        )
    return build([attrgetter(f) for f in fields], {**params, **context})


def adoption_outcome(facts: AdoptionFacts, wanted: Sequence[tuple[str, bool]]) -> Fact:
    """Pasal 20(2) huruf b in three-valued logic: any fact against ``wanted`` decides False;
    all as wanted → True; otherwise (a fact unknown) None."""
    values = [(getattr(facts, name), want) for name, want in wanted]
    if any(v is not None and v is not want for v, want in values):
        return False
    if any(v is None for v, _ in values):
        return None
    return True


# -- proposal items (Pasal 7) ---------------------------------------------------------------------


#: Whether an innovation's proposal states an item.
Presence = Callable[[Innovation], bool]


def _given_one(attribute: str) -> Presence:
    """Whether one ``Innovation`` attribute is given, by its declared type: a text not blank,
    a tuple not empty, any other value present (chosen once, for per-call speed)."""
    get = attrgetter(attribute)
    field = Innovation.model_fields.get(attribute)
    kinds = {getattr(t, "__origin__", t) for t in get_args(field.annotation)} if field else set()
    origin = getattr(field.annotation, "__origin__", None) if field else None
    if str in kinds:
        return lambda i: (v := get(i)) is not None and bool(v.strip())
    if origin is tuple:
        return lambda i: len(get(i)) > 0
    return lambda i: get(i) is not None


def any_given(attributes: Sequence[str]) -> Presence:
    """Pasal 7: the proposal states the item when any of its ``attributes`` is given (a text
    not blank, a list not empty, a date or amount present)."""
    checks = tuple(_given_one(a) for a in attributes)
    if len(checks) == 1:
        return checks[0]
    first, *rest = checks
    return lambda i: first(i) or any(c(i) for c in rest)


def always(_: Innovation) -> Fact:
    """Pasal 7: an item every proposal must state."""
    return True


def fact_of(attribute: str) -> Predicate:
    """Pasal 7: an item required only when the fact ``attribute`` holds (the budget, *jika
    inovasi memerlukan anggaran*); None when the record does not say."""
    getter: Predicate = attrgetter(attribute)  # the recorded value is the fact
    return getter


#: How a proposal item's presence is read (the row's ``present``).
PRESENCE_CHECKS: dict[str, Callable[[Sequence[str]], Presence]] = {"any_given": any_given}


# -- criteria (Pasal 6) ---------------------------------------------------------------------------

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
        """The verdict as plain JSON data."""
        return {
            "criterion": self.criterion.value,
            "verdict": self.verdict.value,
            "reason": {"id": self.reason.id, "en": self.reason.en},
            "basis": self.basis,
            "settled_by": self.settled_by,
            "citations": [c.model_dump(mode="json") for c in self.citations],
        }


#: A named criterion check: (the criterion's rule, the innovation, the rule set) to a verdict.
CriterionCheck = Callable[[CriterionRule, Innovation, "Pp38Rules"], CriterionVerdict]


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


def _verdict(
    rule: CriterionRule,
    verdict: Verdict,
    reason: Text,
    basis: Basis,
    citations: tuple[Citation, ...] = (),
) -> CriterionVerdict:
    """A verdict on ``rule``'s criterion, settled by its fact, citing the rule (and more)."""
    return CriterionVerdict(
        criterion=rule.criterion,
        verdict=verdict,
        reason=reason,
        citations=(*rule.citations, *citations),
        basis=basis,
        settled_by=f"criteria.{rule.fact}",
    )


def _explicit(rule: CriterionRule, fact: Fact, *, negated: bool = False) -> CriterionVerdict:
    holds = (not fact) if negated else bool(fact)
    verdict = Verdict.MET if holds else Verdict.NOT_MET
    reason = T(
        f"fakta criteria.{rule.fact} = {fact}: kriteria {verdict.label.id.lower()}",
        f"fact criteria.{rule.fact} = {fact}: criterion {verdict.label.en.lower()}",
    )
    return _verdict(rule, verdict, reason, FACT)


def _unknown(rule: CriterionRule, hint: Text | None = None) -> CriterionVerdict:
    extra_id = f"; {hint.id}" if hint else ""
    extra_en = f"; {hint.en}" if hint else ""
    reason = T(
        f"data tidak memuat fakta yang menentukan; isi criteria.{rule.fact}{extra_id}",
        f"the data hold no deciding fact; supply criteria.{rule.fact}{extra_en}",
    )
    return _verdict(rule, Verdict.NOT_ASSESSABLE, reason, NONE)


_READ_DESIGN = T(
    "rancang bangun ada dan dapat ditelaah untuk pokok perubahannya",
    "a rancang bangun is present; a reviewer can read it for the changes it makes",
)
_READ_BENEFIT = T(
    "manfaat yang diharapkan tertulis di usulan, tetapi itu klaim, bukan bukti",
    "the proposal states an expected benefit, but that is a claim, not evidence",
)


def _fact_or_claim(
    rule: CriterionRule, inv: Innovation, r: Pp38Rules, claim: str | None, hint: Text
) -> CriterionVerdict:
    """The explicit fact decides; without it, NOT_ASSESSABLE, pointing at the proposal's
    ``claim`` text when there is one (a claim is not evidence)."""
    fact: Fact = getattr(inv.criteria, rule.fact)
    if fact is not None:
        return _cached((rule.criterion, fact), r, lambda: _explicit(rule, fact))
    shown = hint if claim and claim.strip() else None
    return _cached((rule.criterion, None, shown is None), r, lambda: _unknown(rule, shown))


def fact_or_design(rule: CriterionRule, inv: Innovation, r: Pp38Rules) -> CriterionVerdict:
    """Pasal 6 huruf a, *mengandung pembaharuan seluruh atau sebagian unsur inovasi*: only the
    explicit fact decides; the rancang bangun states the claimed change for a reviewer."""
    return _fact_or_claim(rule, inv, r, inv.design, _READ_DESIGN)


def fact_or_benefit(rule: CriterionRule, inv: Innovation, r: Pp38Rules) -> CriterionVerdict:
    """Pasal 6 huruf b, *memberi manfaat bagi daerah dan/atau masyarakat*: only the explicit
    fact decides; the proposal's manfaat is a claim, not evidence."""
    return _fact_or_claim(rule, inv, r, inv.benefit, _READ_BENEFIT)


def fact_only(rule: CriterionRule, inv: Innovation, r: Pp38Rules) -> CriterionVerdict:
    """Pasal 6 huruf e, *dapat direplikasi*: only the explicit fact decides."""
    fact: Fact = getattr(inv.criteria, rule.fact)
    if fact is not None:
        return _cached((rule.criterion, fact), r, lambda: _explicit(rule, fact))
    return _cached((rule.criterion, None), r, lambda: _unknown(rule))


def fact_or_no_burden(rule: CriterionRule, inv: Innovation, r: Pp38Rules) -> CriterionVerdict:
    """Pasal 6 huruf c, *tidak membebani dan/atau membatasi masyarakat yang bertentangan dengan
    ketentuan peraturan*: the explicit fact (negated: it records an unlawful burden); without
    it, no burden at all (``adoption.burdens_public = False``) is MET by inference, and a
    burden that exists decides nothing (it may be lawful)."""
    fact: Fact = getattr(inv.criteria, rule.fact)
    if fact is not None:
        return _cached((rule.criterion, fact), r, lambda: _explicit(rule, fact, negated=True))
    burdens = inv.adoption.burdens_public
    return _cached((rule.criterion, None, burdens), r, lambda: _burden_inferred(rule, burdens))


def _burden_inferred(rule: CriterionRule, burdens: bool | None) -> CriterionVerdict:
    if burdens is False:
        reason = T(
            "disimpulkan: adoption.burdens_public = False, inovasi tidak membebani "
            "masyarakat sama sekali, jadi tidak membebani secara bertentangan dengan "
            "peraturan",
            "inferred: adoption.burdens_public = False, the innovation places no burden on "
            "the public at all, hence no unlawful burden",
        )
        return _verdict(rule, Verdict.MET, reason, INFERENCE)
    hint = (
        T(
            "inovasi membebani masyarakat; apakah bebannya sah tidak dapat disimpulkan",
            "the innovation burdens the public; whether lawfully cannot be inferred",
        )
        if burdens
        else None
    )
    return _unknown(rule, hint)


def fact_or_urusan_list(rule: CriterionRule, inv: Innovation, r: Pp38Rules) -> CriterionVerdict:
    """Pasal 6 huruf d, *merupakan urusan pemerintahan yang menjadi kewenangan daerah*: the
    explicit fact; without it, an urusan utama on the urusan list of the IID application
    (THIRD-PARTY; two entries UNCERTAIN) is MET by inference, except ``fungsi_lain``."""
    fact: Fact = getattr(inv.criteria, rule.fact)
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
    reason = T(
        f"disimpulkan: urusan utama '{urusan.label.id}' ({urusan.kind.label.id}) ada dalam "
        "daftar urusan pemerintahan daerah",
        f"inferred: the urusan utama '{urusan.label.en}' ({urusan.kind.label.en}) is on the "
        "list of regional government affairs",
    )
    return _verdict(rule, Verdict.MET, reason, INFERENCE, (source,))


#: The criterion checks by name (the ``check`` of a ``[[criteria]]`` row).
CRITERION_CHECKS: dict[str, CriterionCheck] = {
    "fact_or_design": fact_or_design,
    "fact_or_benefit": fact_or_benefit,
    "fact_or_no_burden": fact_or_no_burden,
    "fact_or_urusan_list": fact_or_urusan_list,
    "fact_only": fact_only,
}
