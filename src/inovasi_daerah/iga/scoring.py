"""Scoring: indicator scores, the maturity of an innovation, the regional index.

Two layers share one arithmetic:

- the **fast core** — :func:`score_levels`, :func:`divisor`, :func:`count_score` and
  :func:`index_value` — scores plain level tuples or dicts with per-edition tables of
  weight × level (computed once per edition) and builds no explanation and no model. A bulk
  scorer of a national year calls these;
- the **explained layer** — :func:`maturity`, :func:`index` and :func:`regional_index` —
  takes models or plain data, applies the evidence rules, derives levels from facts, reports
  conflicts and eligibility, and returns results whose explanation trees are built on demand.

The formula (iid_iga.md §3.4, Lampiran I butir XI.B of the 2026 letter [T2]; 2023 [I1])::

    IID = round( (SPD + Σ maturity_j / MAX(k, n) + SJI(n, yandas)) / maximum × 100 )

>>> from inovasi_daerah.iga import edition
>>> e = edition(2026)
>>> score_levels([3] * 20, e)
Decimal('111')
>>> m = maturity({16: 3, "sdm": 2, "35": 3}, e)
>>> m.score, m.missing_mandatory
(Decimal('25'), ('32', '33'))
>>> r = index(spd=Decimal("40"), maturities=[Decimal("80")] * 12, yandas_covered=5, rules=e)
>>> r.value, r.predicate.value, r.divisor, r.count_score
(Decimal('49.82'), 'Inovatif', 12, Decimal('4.56'))
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from decimal import Context, Decimal
from typing import Any, Literal, NamedTuple

from inovasi_daerah._levels import TOP_LEVEL
from inovasi_daerah._util import (
    EDITION_EXPECTED,
    as_model,
    check_choice,
    check_list,
    check_rule_set,
)
from inovasi_daerah.errors import InvalidInput
from inovasi_daerah.iga import _core as core
from inovasi_daerah.iga._convert import to_count, to_decimal, to_level
from inovasi_daerah.iga.derive import Derivation, creation_months, derive_level
from inovasi_daerah.iga.model import Block, Edition, Indicator, Predicate
from inovasi_daerah.iga.policies import (
    CountInN,
    KecepatanStart,
    LevelFlag,
    RejectedEvidence,
    RoundingStep,
    unverified_flag,
)
from inovasi_daerah.iga.results import (
    Conflict,
    EligibilityCheck,
    IndexResult,
    IndicatorScore,
    MaturityResult,
    RegionalIndexResult,
)
from inovasi_daerah.law.context import exact
from inovasi_daerah.law.text import T
from inovasi_daerah.models.enums import EvidenceStatus, Urusan
from inovasi_daerah.models.innovation import IndicatorEntry, Innovation
from inovasi_daerah.models.profile import RegionalProfile
from inovasi_daerah.models.region import RegionalGovernment

__all__ = [
    "PROJECTIONS",
    "IndexParts",
    "Projection",
    "count_score",
    "divisor",
    "effective_level",
    "index",
    "index_value",
    "maturity",
    "regional_index",
    "score_levels",
    "spd_score",
]

Projection = Literal["declared", "verified"]
#: "declared": every level given counts except rejected evidence (unverified ones are flagged);
#: "verified": only levels whose evidence a verifier accepted count.
PROJECTIONS: tuple[Projection, ...] = ("declared", "verified")

ZERO = Decimal(0)
HUNDRED = Decimal(100)
#: A fixed context, so results never depend on the caller's thread-local decimal context.
_CTX = Context(prec=34)
_MAX_ITEMS = 1_000_000


def _check_rules(rules: object) -> Edition:
    """``rules`` if it is an IGA edition (the one check of a ``rules=`` argument, ``_util``)."""
    return check_rule_set(rules, Edition, message=EDITION_EXPECTED)


# == fast core =====================================================================================


@exact
def score_levels(
    levels: Mapping[Any, int | None] | Sequence[int], rules: Edition, *, block: Block = Block.SID
) -> Decimal:
    """Σ weight × level of plain levels: the arithmetic every result uses.

    ``levels`` is a mapping keyed by official number (int or str) or stable code, values
    0..3 or None (not given); or a sequence of levels in catalogue order (20 SID levels;
    20 SPD rows for ``block=Block.SPD``). No evidence rules here: pass effective levels.
    """
    rules = _check_rules(rules)
    total = ZERO
    if isinstance(levels, Mapping):
        table = rules.key_products(block)
        top = rules.top_level
        seen: set[str] = set()
        for key, lvl in levels.items():
            hit = table.get(key) if type(key) is str or type(key) is int else None
            if hit is None:  # a spelling variant, or unknown: indicator() raises for the latter
                hit = table[rules.indicator(key, block).number]
            if hit[0] in seen:
                raise InvalidInput(
                    "indikator disebut lebih dari sekali",
                    field="levels",
                    value=key,
                    message_en="indicator given more than once",
                )
            seen.add(hit[0])
            if lvl is None:
                continue
            if type(lvl) is not int or not 0 <= lvl <= top:
                to_level(lvl, f"levels.{key}", top)
            total += hit[1][lvl]
        return total
    if isinstance(levels, Sequence) and not isinstance(levels, str | bytes):
        seq = rules.level_products(block)
        top = rules.top_level
        if len(levels) != len(seq):
            raise InvalidInput(
                f"harus {len(seq)} level {block.value} dalam urutan katalog",
                field="levels",
                value=len(levels),
                message_en=f"must be {len(seq)} {block.value} levels in catalogue order",
            )
        for i, (products, lvl) in enumerate(zip(seq, levels, strict=True)):
            if type(lvl) is not int or not 0 <= lvl <= top:
                to_level(lvl, f"levels[{i}]", top)
            total += products[lvl]
        return total
    raise InvalidInput(
        "levels harus mapping atau urutan level",
        field="levels",
        value=levels,
        message_en="levels must be a mapping or a sequence of levels",
    )


@exact
def spd_score(levels: Mapping[Any, int | None] | Sequence[int], rules: Edition) -> Decimal:
    """Σ weight × level over the SPD rows (see :func:`score_levels`)."""
    return score_levels(levels, rules, block=Block.SPD)


@exact
def divisor(n: int, rules: Edition) -> int:
    """MAX(k, n): fewer than k innovations still divide by k (empty seats score 0)."""
    rules = _check_rules(rules)
    return core.divisor(rules.divisor_k.get(), to_count(n, "n"))


@exact
def count_score(n: int, yandas_covered: int, rules: Edition) -> Decimal:
    """Skor jumlah inovasi: rate × MIN(n, cap) if the yandas minimum is met, else 0.

    ``n`` and ``yandas_covered`` are counts (ints ≥ 0): a negative n is refused, not scored.
    """
    rules = _check_rules(rules)
    n = to_count(n, "n")
    yandas_covered = to_count(yandas_covered, "yandas_covered")
    return core.count_score(
        n,
        yandas_covered,
        rate=rules.sji_rate.get(),
        cap=rules.sji_n_cap.get(),
        minimum=rules.yandas_minimum.get(),
    )


class IndexParts(NamedTuple):
    """The numbers of one index computation (the fast core's result)."""

    value: Decimal
    raw: Decimal
    predicate: Predicate
    total: Decimal
    sid: Decimal
    maturity_average: Decimal
    count_score: Decimal
    divisor: int
    yandas_met: bool


@exact
def index_value(
    *, spd: Decimal, maturity_sum: Decimal, n: int, yandas_covered: int, rules: Edition
) -> IndexParts:
    """The IID from an SPD score, the sum of the n maturities, n and the yandas coverage.

    No validation beyond what the arithmetic needs: callers pass checked numbers
    (:func:`index` validates user input and then calls this). Under the ``rounding_step``
    policy ``stepwise`` the SID part and SPD + SID are rounded before the IID (iid_iga.md
    §15.1); the default ``final_only`` rounds only the IID.
    """
    rules = _check_rules(rules)
    a = core.index_parts(
        spd=spd,
        maturity_sum=maturity_sum,
        n=to_count(n, "n"),
        covered=to_count(yandas_covered, "yandas_covered"),
        k=rules.divisor_k.get(),
        rate=rules.sji_rate.get(),
        cap=rules.sji_n_cap.get(),
        minimum=rules.yandas_minimum.get(),
        total_max=rules.total_max,
        stepwise=rules.rounding_step.get() is RoundingStep.STEPWISE,
        round_=rules.round,
    )
    return IndexParts(
        value=a.value,
        raw=a.raw,
        predicate=rules.predicate(a.value),
        total=a.total,
        sid=a.sid,
        maturity_average=a.maturity_average,
        count_score=a.count_score,
        divisor=a.divisor,
        yandas_met=yandas_covered >= rules.yandas_minimum.get(),
    )


# == evidence ======================================================================================


def _check_effective_args(
    level: object, evidence: object, accepted: object, projection: object, policy: object
) -> None:
    to_level(level, "level")
    if type(evidence) is not EvidenceStatus:
        raise InvalidInput(
            "evidence harus EvidenceStatus",
            field="evidence",
            value=evidence,
            message_en="evidence must be an EvidenceStatus",
        )
    if accepted is not None:
        to_level(accepted, "accepted_level")
    _check_projection(projection)
    RejectedEvidence(policy)  # type: ignore[arg-type]  # unknown values raise InvalidInput
    raise InvalidInput(  # pragma: no cover - every failing argument raised above
        "rejected_policy harus 'zero' atau 'downgrade'",
        field="rejected_policy",
        value=policy,
        message_en="rejected_policy must be 'zero' or 'downgrade'",
    )


@exact
def effective_level(
    level: int,
    evidence: EvidenceStatus,
    accepted_level: int | None,
    *,
    projection: Projection,
    rejected_policy: RejectedEvidence | str,
) -> tuple[int, tuple[str, ...]]:
    """The level that scores, given the evidence status (iid_iga.md §3.8, §15.3).

    - accepted: the level, or the verifier's ``accepted_level`` when lower;
    - rejected: 0 under policy ``zero``; the ``accepted_level`` (else 0) under ``downgrade``;
    - draft / sent / pending / returned / self-declared: the level in the "declared"
      projection (flagged "unverified:<status>"), 0 in the "verified" projection.
    """
    if not (  # one cheap test on the engine's hot path; details only for bad input
        type(level) is int
        and 0 <= level <= TOP_LEVEL
        and type(evidence) is EvidenceStatus
        and (
            accepted_level is None
            or (type(accepted_level) is int and 0 <= accepted_level <= TOP_LEVEL)
        )
        and projection in PROJECTIONS
        and rejected_policy in _REJECTED
    ):
        _check_effective_args(level, evidence, accepted_level, projection, rejected_policy)
    lvl, flag = core.effective(
        level,
        evidence,
        accepted_level,
        verified=projection == "verified",
        rejected=_REJECTED[rejected_policy],
    )
    return lvl, _FLAG_TEXT[flag] if flag is not LevelFlag.UNVERIFIED else _UNVERIFIED[evidence]


_REJECTED: dict[object, RejectedEvidence] = {
    **{m.value: m for m in RejectedEvidence},
    **{m: m for m in RejectedEvidence},
}
#: The flags as results hold them (value text, one tuple per flag, made once).
_FLAG_TEXT: dict[LevelFlag | None, tuple[str, ...]] = {
    None: (),
    **{f: (f.value,) for f in LevelFlag},
}
_UNVERIFIED = {s: (unverified_flag(s),) for s in EvidenceStatus}


# == maturity ======================================================================================


class _Given:
    __slots__ = ("accepted", "basis", "declared", "evidence", "source", "value")

    def __init__(
        self,
        declared: int | None,
        evidence: EvidenceStatus = EvidenceStatus.PENDING,
        accepted: int | None = None,
        value: Decimal | None = None,
        basis: str | None = None,
        source: str = "level",
    ) -> None:
        self.declared = declared
        self.evidence = evidence
        self.accepted = accepted
        self.value = value
        self.basis = basis
        self.source = source


def _entry_given(entry: IndicatorEntry) -> _Given:
    return _Given(
        entry.level, entry.evidence, entry.accepted_level, entry.value, entry.basis, "entry"
    )


def _collect(
    items: Iterable[tuple[object, object]], rules: Edition, block: Block
) -> dict[str, _Given | int]:
    """Number -> what was given: a plain level (int: declared, evidence pending) or _Given."""
    out: dict[str, _Given | int] = {}
    table = rules.key_products(block)
    top = rules.top_level
    for key, raw in items:
        # the edition's key table first (numbers, codes, aliases); indicator() for the rest
        hit = table.get(key) if type(key) is str or type(key) is int else None
        # indicator() checks the key and refuses what is not an indicator
        number = hit[0] if hit is not None else rules.indicator(key, block).number  # type: ignore[arg-type]
        if number in out:
            raise InvalidInput(
                "indikator disebut lebih dari sekali",
                field="indicators",
                value=key,
                message_en="indicator given more than once",
            )
        if raw is None:
            continue
        if type(raw) is int and 0 <= raw <= top:  # the common case first (no ABC checks)
            out[number] = raw
        elif isinstance(raw, IndicatorEntry):
            out[number] = _entry_given(raw)
        elif isinstance(raw, Mapping):
            entry = IndicatorEntry.from_dict({"indicator": number, **raw})
            out[number] = _entry_given(entry)
        else:
            out[number] = to_level(raw, f"indicators.{key}", top)
    return out


_LineKey = tuple[str, int | None, EvidenceStatus, int | None, str, str]


def _line(
    rules: Edition,
    ind: Indicator,
    declared: int | None,
    evidence: EvidenceStatus,
    accepted: int | None,
    projection: Projection,
    policy: RejectedEvidence,
) -> IndicatorScore:
    """The line of an indicator whose level comes from a declaration alone (no facts).

    It depends only on the key below, and results are immutable, so each line is made once
    per edition and shared by every result that has it (a bounded set: 20 indicators x 5
    levels x the evidence statuses x the projections and policies).
    """
    cache: dict[_LineKey, IndicatorScore] = rules._memo("score_lines", dict)
    key = (ind.number, declared, evidence, accepted, projection, policy)
    hit = cache.get(key)
    if hit is not None:
        return hit
    if len(cache) > 100_000:  # pragma: no cover - unreachable with valid keys; a safety cap
        cache.clear()
    if declared is None:
        line = _missing(ind)
    else:
        line = _scored(ind, declared, declared, evidence, accepted, projection, policy)
    cache[key] = line
    return line


def _kecepatan_from_dates(inv: Innovation, rules: Edition) -> tuple[str, Decimal] | None:
    # Kecepatan penciptaan (32): from the start the ``kecepatan_start`` policy names (default:
    # the first given of proposal, decision, trial start) to the start of application, months
    # counted per ``month_count`` (docs/iga.md, "Facts" and "Policies").
    if rules.kecepatan_start.get() is KecepatanStart.TRIAL_START:
        start = inv.trial_start
    else:
        start = inv.proposed_on or inv.decided_on or inv.trial_start
    if start is None or inv.applied_on is None:
        return None
    ind = rules.lookup("kecepatan")
    if ind is None or ind.direction is None:
        return None
    months = creation_months(start, inv.applied_on, count=rules.month_count.get())
    return ind.number, Decimal(months)


def _score_block(
    rules: Edition,
    block: Block,
    given: Mapping[str, _Given | int],
    projection: Projection,
) -> tuple[list[IndicatorScore], list[Conflict]]:
    policy = rules.rejected_evidence.get()
    scores: list[IndicatorScore] = []
    conflicts: list[Conflict] = []
    pending = EvidenceStatus.PENDING
    lines: dict[_LineKey, IndicatorScore] = rules._memo("score_lines", dict)
    for ind in rules.sid if block is Block.SID else rules.spd:
        g = given.get(ind.number)
        if g is None or type(g) is int:  # nothing, or a plain level (evidence pending)
            line = lines.get((ind.number, g, pending, None, projection, policy))
            if line is None:
                line = _line(rules, ind, g, pending, None, projection, policy)
            scores.append(line)
            continue
        assert isinstance(g, _Given)
        if g.value is None and g.basis is None:  # no facts: the line follows from the key
            scores.append(_line(rules, ind, g.declared, g.evidence, g.accepted, projection, policy))
            continue
        flags: list[str] = []
        derivation = _derive(rules, ind, g, flags)
        base = g.declared
        if base is None and derivation is not None and derivation.level is not None:
            base = derivation.level
            flags.append(LevelFlag.DERIVED.value)
        if (
            g.declared is not None
            and derivation is not None
            and derivation.level is not None
            and derivation.level != g.declared
        ):
            flags.append(LevelFlag.CONFLICT.value)
            conflicts.append(_conflict(ind, g.declared, derivation))
        if base is None:
            s = _missing(ind)
            scores.append(
                IndicatorScore(
                    **{**_fields(s), "flags": (*s.flags, *flags), "derivation": derivation}
                )
            )
            continue
        scores.append(
            _scored(
                ind, g.declared, base, g.evidence, g.accepted, projection, policy, flags, derivation
            )
        )
    return scores, conflicts


def _scored(
    ind: Indicator,
    declared: int | None,
    base: int,
    evidence: EvidenceStatus,
    accepted: int | None,
    projection: Projection,
    policy: RejectedEvidence,
    flags: Sequence[str] = (),
    derivation: Derivation | None = None,
) -> IndicatorScore:
    """The line of an indicator whose level before the evidence rule is ``base`` (declared,
    or derived from facts); a verifier's level above it counts as ``base``."""
    if accepted is not None:
        accepted = min(accepted, base)
    lvl, eflags = effective_level(
        base, evidence, accepted, projection=projection, rejected_policy=policy
    )
    return IndicatorScore(
        number=ind.number,
        code=ind.code,
        name=ind.name,
        block=ind.block,
        weight=ind.weight,
        declared=declared,
        level=lvl,
        score=ind.weight * lvl,
        evidence=evidence,
        mandatory=ind.mandatory,
        flags=(*flags, *eflags),
        derivation=derivation,
    )


def _fields(s: IndicatorScore) -> dict[str, Any]:
    return {name: getattr(s, name) for name in IndicatorScore.__slots__}


def _missing(ind: Indicator) -> IndicatorScore:
    return IndicatorScore(
        number=ind.number,
        code=ind.code,
        name=ind.name,
        block=ind.block,
        weight=ind.weight,
        declared=None,
        level=0,
        score=ZERO,
        evidence=None,
        mandatory=ind.mandatory,
        flags=(LevelFlag.MISSING.value,),
    )


def _derive(rules: Edition, ind: Indicator, g: _Given, flags: list[str]) -> Derivation | None:
    if g.value is None and g.basis is None:
        return None
    if (
        not ind.quantitative
        or (ind.bases and g.value is None)
        or (ind.direction is not None and g.value is None)
    ):
        flags.append(LevelFlag.FACT_NOT_USED.value)
        return None
    d = derive_level(rules, ind.number, g.value, basis=g.basis)
    if d.flag:
        flags.append(d.flag)
    return d


def _conflict(ind: Indicator, declared: int, d: Derivation) -> Conflict:
    assert d.level is not None
    return Conflict(
        indicator=ind.number,
        declared=declared,
        derived=d.level,
        derivation=d,
        message=T(
            f"Indikator {ind.number}: level {declared} diajukan, fakta menunjukkan level "
            f"{d.level} ({d.rule})",
            f"Indicator {ind.number}: level {declared} declared, the facts give level "
            f"{d.level} ({d.rule})",
        ),
    )


def _check_projection(projection: object) -> Projection:
    """``projection`` if it is "declared" or "verified" (the one check of a ``projection=``
    argument: the engines here, the bulk path, the clinic); else an error naming it."""
    return check_choice(projection, PROJECTIONS, "projection")


@exact
def maturity(
    innovation_or_levels: Innovation | Mapping[Any, Any],
    rules: Edition,
    *,
    projection: Projection = "declared",
) -> MaturityResult:
    """The skor kematangan of an innovation: Σ weight × level over the SID indicators.

    ``innovation_or_levels`` is an :class:`~inovasi_daerah.models.Innovation` or a mapping
    keyed by official number (16..35, int or str) or stable code, whose values are levels
    (0..3), :class:`~inovasi_daerah.models.IndicatorEntry` objects or dicts of their fields.
    Plain levels carry no evidence (status "pending"). Indicators not given score 0 and are
    listed in ``missing``; unknown keys raise :class:`~inovasi_daerah.errors.UnknownIndicator`.
    """
    rules = _check_rules(rules)
    projection = _check_projection(projection)
    inv: Innovation | None = None
    if isinstance(innovation_or_levels, Innovation):
        inv = innovation_or_levels
        given = _collect(((e.indicator, e) for e in inv.indicators), rules, Block.SID)
        speed = _kecepatan_from_dates(inv, rules)
        if speed is not None:
            number, months = speed
            g = given.get(number)
            if g is None:
                given[number] = _Given(None, value=months, source="dates")
            elif isinstance(g, int):  # pragma: no cover - entries of an Innovation are models
                given[number] = _Given(g, value=months)
            elif g.value is None:
                g.value = months
    elif isinstance(innovation_or_levels, Mapping):
        if len(innovation_or_levels) > _MAX_ITEMS:
            raise InvalidInput(
                "terlalu banyak indikator", field="indicators", message_en="too many indicators"
            )
        given = _collect(innovation_or_levels.items(), rules, Block.SID)
    else:
        raise InvalidInput(
            "berikan Innovation atau mapping indikator -> level",
            field="innovation_or_levels",
            value=innovation_or_levels,
            message_en="give an Innovation or a mapping indicator -> level",
        )
    scores, conflicts = _score_block(rules, Block.SID, given, projection)
    total = sum((s.score for s in scores), ZERO)
    missing = tuple(
        s.number
        for s in scores
        if s.declared is None and s.level == 0 and LevelFlag.DERIVED.value not in s.flags
    )
    empty_mandatory = tuple(s.number for s in scores if s.mandatory and s.level == 0)
    from inovasi_daerah.iga.eligibility_rules import eligibility

    checks = eligibility(inv, rules, scores)
    return MaturityResult(
        rules=rules,
        projection=projection,
        score=total,
        maximum=rules.sid_max,
        indicators=tuple(scores),
        missing=missing,
        missing_mandatory=empty_mandatory,
        conflicts=tuple(conflicts),
        eligibility=checks,
        eligible=_verdict(checks),
        policies={
            "projection": projection,
            "rejected_evidence": rules.rejected_evidence.get().value,
            "gap_rule": rules.gap_rule.get(),
            "kecepatan_start": rules.kecepatan_start.get().value,
            "month_count": rules.month_count.get().value,
        },
        innovation_id=None if inv is None else inv.id,
        innovation_name=None if inv is None else inv.name,
    )


def _verdict(checks: Iterable[EligibilityCheck]) -> bool | None:
    return core.verdict(c.passed for c in checks if c.gating)


# == index =========================================================================================


def _spd_input(
    spd: object, rules: Edition, projection: Projection
) -> tuple[Decimal, tuple[IndicatorScore, ...], tuple[str, ...], tuple[Conflict, ...]]:
    if isinstance(spd, Mapping):
        given = _collect(spd.items(), rules, Block.SPD)
        rows, conflicts = _score_block(rules, Block.SPD, given, projection)
        total = sum((s.score for s in rows), ZERO)
        missing = tuple(s.number for s in rows if LevelFlag.MISSING.value in s.flags)
        return total, tuple(rows), missing, tuple(conflicts)
    value = to_decimal(spd, "spd")
    if value < 0 or value > rules.spd_max:
        raise InvalidInput(
            f"skor SPD harus 0..{rules.spd_max}",
            field="spd",
            value=str(value),
            message_en=f"SPD score must be 0..{rules.spd_max}",
        )
    return value, (), (), ()


def _maturity_values(maturities: object, rules: Edition) -> list[Decimal]:
    items = check_list(maturities, "maturities", ("skor", "scores"))
    out: list[Decimal] = []
    top = rules.sid_max
    for i, m in enumerate(items):
        if i >= _MAX_ITEMS:
            raise InvalidInput(
                "terlalu banyak inovasi", field="maturities", message_en="too many innovations"
            )
        if type(m) is Decimal and m.is_finite():  # the common case, without the converter
            v = m
        elif isinstance(m, MaturityResult):
            if m.rules.year != rules.year:
                raise InvalidInput(
                    f"kematangan dihitung dengan {m.rules.id}, bukan {rules.id}",
                    field=f"maturities[{i}]",
                    message_en=f"maturity computed with {m.rules.id}, not {rules.id}",
                )
            v = m.score
        else:
            v = to_decimal(m, f"maturities[{i}]")
        if v < 0 or v > top:
            raise InvalidInput(
                f"kematangan harus 0..{top}",
                field=f"maturities[{i}]",
                value=str(v),
                message_en=f"maturity must be 0..{top}",
            )
        out.append(v)
    return out


def _yandas_count(value: object) -> int:
    maximum = len(Urusan.basic_services())
    if isinstance(value, int) and not isinstance(value, bool):
        return to_count(value, "yandas_covered", maximum=maximum)
    if isinstance(value, str | bytes) or not isinstance(value, Iterable):
        raise InvalidInput(
            f"yandas_covered: jumlah (0-{maximum}) atau daftar urusan",
            field="yandas_covered",
            value=value,
            message_en=f"yandas_covered: a count (0-{maximum}) or a list of urusan",
        )
    found: set[Urusan] = set()
    for item in value:
        try:
            u = item if isinstance(item, Urusan) else Urusan(item)
        except ValueError:
            raise InvalidInput(
                "urusan tidak dikenal",
                field="yandas_covered",
                value=item,
                message_en="unknown urusan",
            ) from None
        if u.is_basic_service:
            found.add(u)
    return len(found)


@exact
def index(
    *,
    spd: Decimal | int | str | Mapping[Any, Any],
    maturities: Iterable[Decimal | int | str | MaturityResult],
    yandas_covered: int | Iterable[Urusan | str],
    rules: Edition,
    n: int | None = None,
    projection: Projection = "declared",
) -> IndexResult:
    """The IID from plain numbers.

    ``spd`` is the SPD score or a mapping of SPD row ("1", "2a" ... or code) -> level /
    entry; ``maturities`` the maturity scores (or :class:`MaturityResult` objects) of the
    innovations counted in *n*; ``yandas_covered`` the number (0..6) of urusan wajib pelayanan
    dasar covered, or the urusan themselves; ``n`` defaults to the number of maturities (give
    it when innovations counted in *n* have no maturity listed: they add 0 to the sum).
    """
    rules = _check_rules(rules)
    projection = _check_projection(projection)
    spd_value, rows, missing_spd, _ = _spd_input(spd, rules, projection)
    values = _maturity_values(maturities, rules)
    covered = _yandas_count(yandas_covered)
    count = len(values) if n is None else to_count(n, "n", maximum=_MAX_ITEMS)
    if count < len(values):
        raise InvalidInput(
            f"n ({count}) lebih kecil dari jumlah kematangan ({len(values)})",
            field="n",
            message_en=f"n ({count}) is smaller than the number of maturities ({len(values)})",
        )
    return _index(rules, spd_value, values, count, covered, rows, missing_spd)


def _index(
    rules: Edition,
    spd: Decimal,
    values: Sequence[Decimal],
    n: int,
    covered: int,
    rows: tuple[IndicatorScore, ...],
    missing_spd: tuple[str, ...],
) -> IndexResult:
    msum = sum(values, ZERO)
    parts = index_value(spd=spd, maturity_sum=msum, n=n, yandas_covered=covered, rules=rules)
    k = rules.divisor_k.get()
    return IndexResult(
        rules=rules,
        value=parts.value,
        raw=parts.raw,
        predicate=parts.predicate,
        spd=spd,
        sid=parts.sid,
        maturity_sum=msum,
        maturity_average=parts.maturity_average,
        n=n,
        divisor=parts.divisor,
        empty_seats=max(0, k - n),
        count_score=parts.count_score,
        yandas_covered=covered,
        yandas_met=parts.yandas_met,
        total=parts.total,
        maximum=rules.total_max,
        policies=_index_policies(rules),
        spd_rows=rows,
        missing_spd=missing_spd,
    )


def _index_policies(rules: Edition) -> dict[str, str]:
    # Every policy the index depends on (the kecepatan policies act through the maturities,
    # whose results record them).
    out = {
        "rejected_evidence": rules.rejected_evidence.get().value,
        "count_in_n": rules.count_in_n.get().value,
        "yandas_basis": rules.yandas_basis.get().value,
        "gap_rule": rules.gap_rule.get(),
        "rounding_step": rules.rounding_step.get().value,
    }
    if rules.provisional_basis is not None:
        out["provisional_basis"] = rules.provisional_basis.get().value
    return out


# == regional index from models ====================================================================


def _profile_given(profile: RegionalProfile, rules: Edition) -> dict[str, _Given | int]:
    given = _collect(((e.indicator, e) for e in profile.indicators), rules, Block.SPD)
    for code, fact in profile.figures().items():
        ind = rules.lookup(code)
        if ind is None or ind.block is not Block.SPD:
            continue
        found = given.get(ind.number)
        if found is None:
            g = given[ind.number] = _Given(None, source="figures")
        elif isinstance(found, int):  # pragma: no cover - entries of a profile are models
            g = given[ind.number] = _Given(found)
        else:
            g = found
        if ind.categories and isinstance(fact, str):
            g.basis = g.basis if g.basis is not None else fact
        elif isinstance(fact, Decimal | int) and g.value is None:
            g.value = Decimal(fact)
    return given


@exact
def regional_index(
    government: RegionalGovernment | Mapping[str, Any] | None,
    innovations: Iterable[Innovation | Mapping[str, Any]],
    rules: Edition,
    *,
    profile: RegionalProfile | Mapping[str, Any] | None = None,
    projection: Projection = "declared",
) -> RegionalIndexResult:
    """The IID of a Pemda from models: its profile (SPD) and its innovations (SID).

    Every innovation's maturity is computed; *n* counts the innovations the ``count_in_n``
    policy admits (default: all sent, i.e. all given), and the yandas coverage is the number
    of distinct urusan wajib pelayanan dasar among them, per the ``yandas_basis`` policy
    (default: urusan utama only). Without a profile the SPD scores 0 (every row missing).
    """
    rules = _check_rules(rules)
    projection = _check_projection(projection)
    gov = (
        _as_model(government, RegionalGovernment, "government") if government is not None else None
    )
    prof = _as_model(profile, RegionalProfile, "profile") if profile is not None else None
    check_list(innovations, "innovations", ("inovasi", "innovations"))
    invs = [_as_model(x, Innovation, f"innovations[{i}]") for i, x in enumerate(innovations)]
    results = tuple(maturity(inv, rules, projection=projection) for inv in invs)
    counted = _counted(rules, invs, results)
    yandas = _yandas(rules, (invs[i] for i in counted))
    if prof is not None:
        given = _profile_given(prof, rules)
        rows_l, conflicts_l = _score_block(rules, Block.SPD, given, projection)
        rows, spd_conflicts = tuple(rows_l), tuple(conflicts_l)
    else:
        rows = tuple(_missing(i) for i in rules.spd)
        spd_conflicts = ()
    spd = sum((s.score for s in rows), ZERO)
    missing_spd = tuple(s.number for s in rows if LevelFlag.MISSING.value in s.flags)
    result = _index(
        rules,
        spd,
        [results[i].score for i in counted],
        len(counted),
        len(yandas),
        rows,
        missing_spd,
    )
    name = (
        gov.name
        if gov is not None
        else (prof.government.name if prof and prof.government else None)
    )
    return RegionalIndexResult(
        government=name,
        index=result,
        maturities=results,
        counted=counted,
        yandas_urusan=tuple(sorted(u.value for u in yandas)),
        spd_conflicts=spd_conflicts,
    )


def _counted(
    rules: Edition, invs: Sequence[Innovation], results: Sequence[MaturityResult]
) -> tuple[int, ...]:
    """The positions of the innovations counted in *n* (``count_in_n`` policy, core rule)."""
    policy: CountInN = rules.count_in_n.get()
    return tuple(
        i
        for i, (inv, m) in enumerate(zip(invs, results, strict=True))
        if core.counts_in_n(policy, m.eligible, inv.stage)
    )


def _yandas(rules: Edition, counted: Iterable[Innovation]) -> set[Urusan]:
    """The yandas urusan the counted innovations cover (``yandas_basis`` policy, core rule)."""
    basis = rules.yandas_basis.get()
    out: set[Urusan] = set()
    for inv in counted:
        out.update(core.yandas_urusan(basis, inv.main_urusan, inv.other_urusan))
    return out


def _as_model(value: object, cls: Any, field: str) -> Any:
    name = cls.__name__
    return as_model(cls, value, field, (f"harus {name} atau dict", f"must be a {name} or a dict"))
