"""Eligibility of an innovation for an IGA edition (iid_iga.md §3.2, §3.8, §7, §9).

Each rule is an :class:`~inovasi_daerah.iga.results.EligibilityCheck` with its reason and
citation. A check whose parameter the edition does not establish (``OPEN``: the 2023-2025
window, stage rule and wajib consequence) is *undecided* (``passed=None``), never guessed;
the verdict is then None unless another gating check fails.

Rules:

- **window** — the start of application (``applied_on``) or the latest development
  (``developed_on``) lies in the edition's window (2026: 2024-01-01..2025-12-31 [T2]);
- **stage** — the innovation is at the required stage (2026: penerapan [T2]);
- **mandatory** — no wajib indicator is empty (scores 0) when the edition makes that
  disqualifying (2026 [T2]);
- **re-entry** — at most ``max_entries`` entries (2, [I5]): ``previous_entries`` < 2;
- **rancang bangun** — at least the minimum number of words (2026: 300 [T2]); advisory only.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from inovasi_daerah._util import EDITION_EXPECTED, check_rule_set, require_instance
from inovasi_daerah.errors import InvalidInput
from inovasi_daerah.iga import _core as core
from inovasi_daerah.iga.model import Edition
from inovasi_daerah.iga.results import EligibilityCheck, IndicatorScore
from inovasi_daerah.law.context import exact
from inovasi_daerah.law.text import T
from inovasi_daerah.models.innovation import Innovation

__all__ = ["eligibility"]


@exact
def eligibility(
    innovation: Innovation | None, rules: Edition, scores: Sequence[IndicatorScore]
) -> tuple[EligibilityCheck, ...]:
    """The eligibility checks of ``innovation`` (None: only the indicator-based ones)."""
    rules = check_rule_set(rules, Edition, message=EDITION_EXPECTED)
    require_instance(
        innovation,
        Innovation,
        "innovation",
        ("Innovation atau None", "an Innovation or None"),
        optional=True,
    )
    if isinstance(scores, str | bytes) or not isinstance(scores, Sequence):
        raise InvalidInput(
            "scores harus daftar IndicatorScore",
            field="scores",
            value=scores,
            message_en="scores must be a list of IndicatorScore",
        )
    if not all(isinstance(x, IndicatorScore) for x in scores):
        raise InvalidInput(
            "scores harus daftar IndicatorScore",
            field="scores",
            message_en="scores must be a list of IndicatorScore",
        )
    checks: list[EligibilityCheck] = []
    if innovation is not None:
        checks.append(_window(innovation, rules))
        checks.append(_stage(innovation, rules))
    checks.append(_mandatory(rules, scores))
    if innovation is not None:
        checks.append(_reentry(innovation, rules))
        checks.append(_design(innovation, rules))
    return tuple(checks)


def _window(inv: Innovation, rules: Edition) -> EligibilityCheck:
    p = rules.eligibility_window
    if p.is_open:
        return EligibilityCheck(
            "window",
            None,
            T(
                f"Jendela waktu {rules.id} tidak ditetapkan; berikan lewat override",
                f"The {rules.id} window is not established; supply it with an override",
            ),
            p.citation,
        )
    window = p.get()
    start, end = window
    span = f"{start.isoformat()}..{end.isoformat()}"
    # the verdict is the core rule's; the branches below only say which date decided it
    passed = core.window_passes(window, inv.applied_on, inv.developed_on)
    if passed and core.window_passes(window, inv.applied_on, None):
        return EligibilityCheck(
            "window",
            True,
            T(
                f"Mulai penerapan {inv.applied_on} dalam jendela {span}",
                f"Application started {inv.applied_on}, within {span}",
            ),
            p.citation,
        )
    if passed:
        return EligibilityCheck(
            "window",
            True,
            T(
                f"Pengembangan terakhir {inv.developed_on} dalam jendela {span}",
                f"Latest development {inv.developed_on}, within {span}",
            ),
            p.citation,
        )
    if inv.applied_on is None and inv.developed_on is None:
        return EligibilityCheck(
            "window",
            False,
            T(
                f"Tanpa tanggal penerapan; jendela {span} mensyaratkannya",
                f"No application date; the window {span} requires one",
            ),
            p.citation,
        )
    seen = ", ".join(str(d) for d in (inv.applied_on, inv.developed_on) if d is not None)
    return EligibilityCheck(
        "window",
        False,
        T(f"Tanggal ({seen}) di luar jendela {span}", f"Dates ({seen}) outside the window {span}"),
        p.citation,
    )


def _cached(
    rules: Edition, name: str, key: object, make: Callable[[], EligibilityCheck]
) -> EligibilityCheck:
    """A check that depends only on ``key``: made once per edition and key (checks are
    immutable), the cache capped against absurd inputs."""
    cache: dict[object, EligibilityCheck] = rules._memo(name, dict)
    hit = cache.get(key)
    if hit is None:
        if len(cache) > 10_000:  # pragma: no cover - a cap
            cache.clear()
        hit = cache[key] = make()
    return hit


def _stage(inv: Innovation, rules: Edition) -> EligibilityCheck:
    # A check is immutable and depends here only on the stage: made once per edition.
    return _cached(rules, "eligibility_stage", inv.stage, lambda: _stage_check(inv, rules))


def _stage_check(inv: Innovation, rules: Edition) -> EligibilityCheck:
    p = rules.required_stage
    if p.is_open:
        return EligibilityCheck(
            "stage",
            None,
            T(
                f"Syarat tahapan {rules.id} tidak ditetapkan",
                f"The {rules.id} stage requirement is not established",
            ),
            p.citation,
        )
    need = p.get()
    return EligibilityCheck(
        "stage",
        core.stage_passes(need, inv.stage),
        T(
            f"Tahapan {inv.stage.label.id}; disyaratkan {need.label.id}",
            f"Stage {inv.stage.label.en}; required {need.label.en}",
        ),
        p.citation,
    )


def _mandatory(rules: Edition, scores: Sequence[IndicatorScore]) -> EligibilityCheck:
    known = tuple(s.number for s in scores if s.mandatory is True and s.level == 0)
    unknown = tuple(s.number for s in scores if s.mandatory is None and s.level == 0)
    # The check depends only on which indicators are empty: made once per edition and key.
    return _cached(
        rules,
        "eligibility_mandatory",
        (known, unknown),
        lambda: _mandatory_check(rules, known, unknown),
    )


def _mandatory_check(
    rules: Edition, known: Sequence[str], unknown: Sequence[str]
) -> EligibilityCheck:
    p = rules.mandatory_empty_ineligible
    disqualifies = None if p.is_open else bool(p.get())
    passed = core.mandatory_passes(disqualifies, bool(known), bool(unknown))
    # the verdict is the core rule's; the text says what decided it
    if disqualifies is False:
        reason = T(
            f"Indikator wajib kosong tidak menggugurkan di {rules.id}",
            f"Empty mandatory indicators do not disqualify in {rules.id}",
        )
    elif known:
        listed = ", ".join(known)
        reason = T(f"Indikator wajib kosong: {listed}", f"Empty mandatory indicators: {listed}")
    elif unknown:
        reason = T(
            f"Status wajib indikator kosong ({', '.join(unknown)}) tidak ditetapkan di {rules.id}",
            f"Whether the empty indicators ({', '.join(unknown)}) are mandatory is not "
            f"established for {rules.id}",
        )
    else:
        reason = T("Semua indikator wajib terisi", "Every mandatory indicator is filled")
    return EligibilityCheck("mandatory", passed, reason, p.citation)


def _reentry(inv: Innovation, rules: Edition) -> EligibilityCheck:
    return _cached(
        rules,
        "eligibility_reentry",
        inv.previous_entries,
        lambda: _reentry_check(inv.previous_entries, rules),
    )


def _reentry_check(previous_entries: int, rules: Edition) -> EligibilityCheck:
    p = rules.max_entries
    limit = p.get()
    entry = previous_entries + 1
    return EligibilityCheck(
        "reentry",
        core.reentry_passes(previous_entries, limit),
        T(
            f"Keikutsertaan ke-{entry}; paling banyak {limit} kali",
            f"Entry number {entry}; at most {limit}",
        ),
        p.citation,
    )


def _design(inv: Innovation, rules: Edition) -> EligibilityCheck:
    words = len(inv.design.split()) if inv.design else None
    return _cached(rules, "eligibility_design", words, lambda: _design_check(inv, rules))


def _design_check(inv: Innovation, rules: Edition) -> EligibilityCheck:
    p = rules.rancang_bangun_min_words
    if p.is_open:
        return EligibilityCheck(
            "rancang_bangun",
            None,
            T(
                f"Minimum kata rancang bangun {rules.id} tidak ditetapkan",
                f"The {rules.id} minimum rancang-bangun length is not established",
            ),
            p.citation,
            gating=False,
        )
    minimum = p.get()
    if not inv.design:
        return EligibilityCheck(
            "rancang_bangun",
            None,
            T("Rancang bangun tidak diberikan", "No rancang bangun given"),
            p.citation,
            gating=False,
        )
    words = len(inv.design.split())
    return EligibilityCheck(
        "rancang_bangun",
        words >= minimum,
        T(
            f"Rancang bangun {words} kata; minimum {minimum}",
            f"Rancang bangun has {words} words; minimum {minimum}",
        ),
        p.citation,
        gating=False,
    )
