"""The IGA rules themselves, once: pure functions on plain data (private API).

Both the explained engine (:mod:`~inovasi_daerah.iga.scoring`,
:mod:`~inovasi_daerah.iga.eligibility_rules`), which wraps their answers in explanations, and the
bulk path (:mod:`~inovasi_daerah.iga.bulk`), which calls them on plain data at national scale,
decide with these functions; neither writes a rule again. They take ints, Decimals, dates,
tuples and enums (no models, no editions), check nothing the callers have not checked, and
build nothing they do not return.

Rules (iid_iga.md; Lampiran I butir XI.B of the 2026 letter [T2], 2023 formula [I1]):

- the evidence rule (§3.8, §15.3): :func:`effective`;
- who counts in *n* (§3.3, §3.6, §15.1): :func:`counts_in_n`; the yandas urusan (§3.5):
  :func:`yandas_urusan`;
- eligibility (§3.2, §7, §9): :func:`window_passes`, :func:`stage_passes`,
  :func:`mandatory_passes`, :func:`reentry_passes`, :func:`verdict`;
- the index arithmetic (§3.4, §3.7, §15.1): :func:`products`, :func:`divisor`,
  :func:`count_score`, :func:`index_parts`, :func:`band_predicate`.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from datetime import date
from decimal import Context, Decimal
from typing import NamedTuple, TypeVar

from inovasi_daerah.iga.policies import CountInN, LevelFlag, RejectedEvidence, YandasBasis
from inovasi_daerah.models.enums import EvidenceStatus, Stage, Urusan

__all__ = [
    "IndexArithmetic",
    "band_predicate",
    "count_score",
    "counts_in_n",
    "divisor",
    "effective",
    "index_parts",
    "mandatory_passes",
    "products",
    "reentry_passes",
    "stage_passes",
    "verdict",
    "window_passes",
    "yandas_urusan",
]

_ZERO = Decimal(0)
_HUNDRED = Decimal(100)
#: A fixed context, so results never depend on the caller's thread-local decimal context.
_CTX = Context(prec=34)

P = TypeVar("P")

# == the evidence rule =============================================================================


def effective(
    level: int,
    evidence: EvidenceStatus,
    accepted: int | None,
    *,
    verified: bool,
    rejected: RejectedEvidence,
) -> tuple[int, LevelFlag | None]:
    """The level that scores and the flag saying why it differs (iid_iga.md §3.8, §15.3).

    - accepted evidence: the level, or the verifier's ``accepted`` level when lower
      (``accepted_lower``);
    - rejected evidence: 0 under :attr:`RejectedEvidence.ZERO` (``rejected_zero``); the
      ``accepted`` level (else 0, never above the level) under ``DOWNGRADE``
      (``rejected_downgraded``);
    - any other status: the level in the "declared" projection (flag ``UNVERIFIED``, written
      with the status), 0 in the "verified" one (``not_verified``).
    """
    if evidence is EvidenceStatus.ACCEPTED:
        if accepted is not None and accepted < level:
            return accepted, LevelFlag.ACCEPTED_LOWER
        return level, None
    if evidence is EvidenceStatus.REJECTED:
        if rejected is RejectedEvidence.DOWNGRADE:
            return min(accepted or 0, level), LevelFlag.REJECTED_DOWNGRADED
        return 0, LevelFlag.REJECTED_ZERO
    if verified:
        return 0, LevelFlag.NOT_VERIFIED
    return level, LevelFlag.UNVERIFIED


# == who counts in n ===============================================================================


def counts_in_n(policy: CountInN, eligible: bool | None, stage: Stage) -> bool:
    """Whether an innovation counts in *n* under the ``count_in_n`` policy (iid_iga.md §3.3,
    §3.6, §15.1): every one sent; those not shown ineligible; or those at penerapan."""
    if policy is CountInN.SENT:
        return True
    if policy is CountInN.ELIGIBLE:
        return eligible is not False
    return stage is Stage.APPLICATION


def yandas_urusan(
    basis: YandasBasis, main: Urusan | None, others: Iterable[Urusan] | None
) -> Iterable[Urusan]:
    """The urusan wajib pelayanan dasar an innovation counted in *n* covers (iid_iga.md §3.5):
    its urusan utama, and under ``main_and_other`` its urusan beririsan too."""
    if basis is YandasBasis.MAIN_AND_OTHER and others:
        found = [u for u in others if u.is_basic_service]
        if main is not None and main.is_basic_service:
            found.append(main)
        return found
    if main is not None and main.is_basic_service:
        return (main,)
    return ()


# == eligibility ===================================================================================


def window_passes(
    window: tuple[date, date] | None, applied_on: date | None, developed_on: date | None
) -> bool | None:
    """The window check (iid_iga.md §3.2; 2026: 2024-01-01..2025-12-31 [T2]): the start of
    application or the latest development lies in the window, both ends inclusive; None when
    the edition sets no window."""
    if window is None:
        return None
    start, end = window
    return (applied_on is not None and start <= applied_on <= end) or (
        developed_on is not None and start <= developed_on <= end
    )


def stage_passes(required: Stage | None, stage: Stage) -> bool | None:
    """The stage check (2026: penerapan [T2]); None when the edition sets no stage."""
    if required is None:
        return None
    return stage is required


def mandatory_passes(
    disqualifies: bool | None, empty_known: bool, empty_unknown: bool
) -> bool | None:
    """The wajib-indicator check (iid_iga.md §7, 2026 [T2]).

    ``disqualifies`` is the edition's ``mandatory_empty_ineligible`` (None: not established);
    ``empty_known`` whether a wajib indicator scores 0, ``empty_unknown`` whether an indicator
    whose wajib status is not established does. An empty wajib indicator fails the check
    (undecided when the rule is not established); an empty indicator of unknown status leaves
    it undecided.
    """
    if disqualifies is False:
        return True
    if empty_known:
        return None if disqualifies is None else False
    if empty_unknown:
        return None
    return True


def reentry_passes(previous_entries: int, max_entries: int) -> bool:
    """The re-entry check (iid_iga.md §9, [I5]): this entry is at most the ``max_entries``-th."""
    return previous_entries + 1 <= max_entries


def verdict(passed: Iterable[bool | None]) -> bool | None:
    """The verdict of the gating checks: False if one fails, else None if one is undecided,
    else True."""
    undecided = False
    for p in passed:
        if p is False:
            return False
        if p is None:
            undecided = True
    return None if undecided else True


# == the index arithmetic ==========================================================================


def products(weight: P, top_level: int, zero: P) -> tuple[P, ...]:
    """weight × level for the levels 0..``top_level`` of one indicator (Lampiran: skor =
    bobot × level): ``zero`` for level 0, then ``weight`` × 1 ... ``weight`` × top. ``weight``
    is a Decimal, or an int in the bulk path's units."""
    out = [zero]
    for lvl in range(1, top_level + 1):
        out.append(weight * lvl)  # type: ignore[operator,arg-type]  # a Decimal or an int
    return tuple(out)


def divisor(k: int, n: int) -> int:
    """MAX(k, n) (iid_iga.md §3.4): fewer than k innovations still divide by k."""
    return max(k, n)


def count_score(n: int, covered: int, *, rate: Decimal, cap: int, minimum: int) -> Decimal:
    """Skor jumlah inovasi (iid_iga.md §3.5): rate × MIN(n, cap) when at least ``minimum``
    yandas urusan are covered, else 0."""
    if covered < minimum:
        return _ZERO
    return rate * min(n, cap)


class IndexArithmetic(NamedTuple):
    """The numbers of one IID computation (:func:`index_parts`)."""

    value: Decimal
    raw: Decimal
    total: Decimal
    sid: Decimal
    maturity_average: Decimal
    count_score: Decimal
    divisor: int


def index_parts(
    *,
    spd: Decimal,
    maturity_sum: Decimal,
    n: int,
    covered: int,
    k: int,
    rate: Decimal,
    cap: int,
    minimum: int,
    total_max: Decimal,
    stepwise: bool,
    round_: Callable[[Decimal], Decimal],
) -> IndexArithmetic:
    """IID = round((SPD + Σ maturity / MAX(k, n) + SJI) / maximum × 100) (iid_iga.md §3.4).

    ``stepwise`` (the ``rounding_step`` policy, §15.1): the SID part and SPD + SID are rounded
    with ``round_`` before the IID, as [T3] does; otherwise only the IID is rounded.
    """
    d = divisor(k, n)
    average = _CTX.divide(maturity_sum, Decimal(d))
    sji = count_score(n, covered, rate=rate, cap=cap, minimum=minimum)
    sid = average + sji
    total = spd + sid
    if stepwise:
        sid = round_(sid)
        total = round_(spd + sid)
    raw = _CTX.divide(_CTX.multiply(total, _HUNDRED), total_max)
    return IndexArithmetic(
        value=round_(raw),
        raw=raw,
        total=total,
        sid=sid,
        maturity_average=average,
        count_score=sji,
        divisor=d,
    )


def band_predicate(value: Decimal, bands: Sequence[tuple[Decimal, Decimal, P]]) -> P | None:
    """The predikat of a rounded IID: the band (low, high, predicate) holding it, both ends
    inclusive (iid_iga.md §3.7); None outside every band."""
    for low, high, predicate in bands:
        if low <= value <= high:
            return predicate
    return None
