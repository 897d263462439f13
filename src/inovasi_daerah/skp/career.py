"""Angka kredit over a career: integration, AK dasar, degree bonus, readiness, projection, ledger.

The question an ASN innovator asks: *when can I be promoted, and how much sooner if my
innovation lifts my predikat?* Under PermenPANRB 1/2023 + Peraturan BKN 3/2023 (skp.md §5):

- :func:`integrate_ak` — AK integrasi = AK kumulatif konvensional − nilai dasar, with the
  cases where jenjang and pangkat do not match (§5.6);
- :func:`ak_dasar` — the AK dasar line of the integrated PAK form, kept apart from nilai dasar;
- :func:`degree_bonus` — once, 25 % of the AK for kenaikan pangkat, predikat at least Baik (§5.7);
- :func:`promotion_readiness` — each condition of kenaikan pangkat / jenjang met, not met or
  not assessable, with its reason and citation (as :func:`inovasi_daerah.pp38.check_criteria`);
- :func:`project_career` and :func:`compare_projection` — the date each threshold is reached
  under assumed predikat, and the months an innovation's better predikat gains;
- :func:`career_ledger` — integration, periods, bonus and promotions in one running balance.

Every constant comes from :data:`inovasi_daerah.skp.career_rules.RULES` and
:data:`inovasi_daerah.skp.permenpanrb_1_2023.RULES`; every period's AK is computed by
:func:`inovasi_daerah.skp.permenpanrb_1_2023.angka_kredit` (one implementation per rule).

>>> r = integrate_ak({"tanggal": "2022-12-31", "unsur_utama": "550.63"}, "Ahli Madya", "IV/b")
>>> r.integrated, r.case.value, r.uncertain
(Decimal('150.63'), 'sesuai', True)
>>> degree_bonus("Ahli Muda", "Baik").value
Decimal('25.00')
"""

from __future__ import annotations

import calendar
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Any, TypeAlias, TypeVar

from dateutil.relativedelta import relativedelta

from inovasi_daerah._legacy_names import add_deprecated_attributes
from inovasi_daerah._util import as_list, check_rule_set, find_item, require_instance
from inovasi_daerah.errors import InovasiDaerahError, InvalidInput, MissingParameter
from inovasi_daerah.law import Citation, Explanation, Param, Result, T, Text, as_date
from inovasi_daerah.models.base import Model
from inovasi_daerah.models.career import (
    BonusEntry,
    CareerStart,
    ConventionalPak,
    Golongan,
    IntegrationEntry,
    LedgerEntry,
    PeriodEntry,
    PlannedPeriod,
    PromotionEntry,
)
from inovasi_daerah.models.enums import Jenjang, LegalEnum, set_labels
from inovasi_daerah.models.skp import Predicate
from inovasi_daerah.pp38._base import Verdict
from inovasi_daerah.skp._common import as_enum, as_model, cites, policy_note, to_decimal
from inovasi_daerah.skp.career_rules import RULES, AccrualStep, CareerRules
from inovasi_daerah.skp.innovator_credit import CreditResult
from inovasi_daerah.skp.permenpanrb_1_2023 import RULES as AK_RULES
from inovasi_daerah.skp.permenpanrb_1_2023 import AngkaKreditRules, angka_kredit_regime_for
from inovasi_daerah.skp.permenpanrb_1_2023 import angka_kredit as ak_value
from inovasi_daerah.types import DateLike, Number

__all__ = [
    "ComparisonResult",
    "ConditionVerdict",
    "DegreeBonusResult",
    "IntegrationCase",
    "IntegrationResult",
    "LedgerResult",
    "LedgerRow",
    "ProjectionResult",
    "PromotionKind",
    "ReadinessResult",
    "ScheduleRow",
    "ThresholdDate",
    "ak_dasar",
    "career_ledger",
    "compare_projection",
    "degree_bonus",
    "integrate_ak",
    "pangkat_requirement",
    "project_career",
    "promotion_readiness",
]

_ZERO = Decimal(0)

#: A plan of assumed predikat: one predikat for every year, a year → predikat map, a list of
#: planned periods, or an innovator's :class:`CreditResult` (the predikat it enables).
PredikatPlan: TypeAlias = (
    Predicate
    | str
    | Mapping[int, Predicate | str]
    | Mapping[str, Predicate | str]
    | Iterable[PlannedPeriod | Mapping[str, Any]]
    | CreditResult
)
#: Longest projection horizon accepted (an input guard, not a legal number).
MAX_YEARS = 40


class IntegrationCase(LegalEnum):
    """How jenjang and pangkat relate in the integration (skp.md §5.6, cases of [K55])."""

    MATCH = "sesuai", "Jenjang dan pangkat sesuai", "Grade and rank match"
    GRADE_ABOVE_RANK = (
        "jenjang_lebih_tinggi",
        "Jenjang lebih tinggi dari pangkat",
        "Grade above the rank",
    )
    GRADE_BELOW_RANK = (
        "jenjang_lebih_rendah",
        "Jenjang lebih rendah dari pangkat",
        "Grade below the rank",
    )
    BELOW_BASE_VALUE = (
        "di_bawah_nilai_dasar",
        "AK konvensional di bawah nilai dasar",
        "AK below base value",
    )


set_labels(IntegrationCase)


class PromotionKind(LegalEnum):
    """Kenaikan pangkat (rank) or kenaikan jenjang (grade) of a jabatan fungsional."""

    RANK = "kenaikan_pangkat", "Kenaikan pangkat", "Rank promotion"
    GRADE = "kenaikan_jenjang", "Kenaikan jenjang", "Grade promotion"


set_labels(PromotionKind, pangkat="kenaikan_pangkat", jenjang="kenaikan_jenjang")


# -- shared helpers ------------------------------------------------------------------------------


def _ranges(r: CareerRules, j: Jenjang) -> Param[Mapping[Jenjang, tuple[Golongan, ...]]]:
    """The golongan-range parameter of ``j``'s category (keahlian or keterampilan)."""
    keahlian = r.golongan_keahlian
    if j in keahlian.get():
        return keahlian
    return r.golongan_keterampilan


def _nilai_dasar_param(r: CareerRules, j: Jenjang) -> Param[Mapping[Golongan, Decimal]]:
    if j in r.golongan_keahlian.get():
        return r.nilai_dasar_keahlian
    return r.nilai_dasar_keterampilan


def _range_of(r: CareerRules, j: Jenjang) -> tuple[Golongan, ...] | None:
    return _ranges(r, j).get().get(j)


def _ladder(ak: AngkaKreditRules, j: Jenjang) -> list[Jenjang]:
    """The jenjang ladder (lowest first) that contains ``j``, from the rule data."""
    nxt = ak.next_jenjang.get()
    heads = [k for k in nxt if k not in {v for v in nxt.values() if v is not None}]
    for head in heads:
        chain: list[Jenjang] = []
        cur: Jenjang | None = head
        while cur is not None and cur not in chain:
            chain.append(cur)
            cur = nxt.get(cur)
        if j in chain:
            return chain
    return [j]  # pragma: no cover - every jenjang is on a ladder of the rule data


M = TypeVar("M", bound=Model)


def _model(cls: type[M], value: object, field: str) -> M:
    """``value`` as ``cls``; an error names the field under ``field`` (``pak.date``)."""
    try:
        return as_model(cls, value, field)
    except InovasiDaerahError as exc:
        inner = exc.field or ""
        name = inner if inner.startswith(field) else f"{field}.{inner}" if inner else field
        raise exc.with_field(name) from None


def _years_after(day: date, years: int) -> date:
    return day + relativedelta(years=years)


def _end_of_month(year: int, month: int) -> date:
    return date(year, month, calendar.monthrange(year, month)[1])


def _months_between(a: date, b: date) -> int:
    """Whole calendar months from ``a`` to ``b`` (b later → positive)."""
    return (b.year - a.year) * 12 + b.month - a.month


# -- integration ---------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class IntegrationResult(Result):
    """The conventional AK carried into the integrated model (skp.md §5.6).

    ``integrated`` is None when no integrated AK follows (jenjang lower than pangkat, or the
    conventional AK below the nilai dasar) — never a negative number.
    """

    career_level: Jenjang
    grade: Golongan
    pak_date: date
    conventional: Decimal
    base_value: Decimal | None
    integrated: Decimal | None
    case: IntegrationCase
    above_range: bool
    _explanation: Explanation

    @property
    def has_integrated_credit(self) -> bool:
        """True when an integrated AK follows from the conventional PAK."""
        return self.integrated is not None

    def _summary(self) -> dict[str, Any]:
        return {
            "career_level": self.career_level,
            "grade": self.grade,
            "pak_date": self.pak_date,
            "conventional": self.conventional,
            "base_value": self.base_value,
            "integrated": self.integrated,
            "case": self.case,
            "above_range": self.above_range,
        }


def _jenjang_of_golongan(r: CareerRules, j: Jenjang, g: Golongan) -> Jenjang | None:
    for jj, gs in _ranges(r, j).get().items():
        if g in gs:
            return jj
    return None


def integrate_ak(
    pak: ConventionalPak | Mapping[str, Any],
    jenjang: Jenjang | str,
    golongan: Golongan | str,
    *,
    nilai_dasar: Number | None = None,
    rules: CareerRules | None = None,
    ak_rules: AngkaKreditRules | None = None,
) -> IntegrationResult:
    """AK integrasi = AK kumulatif konvensional (unsur utama + penunjang at 100 %) − nilai dasar.

    ``pak`` is the last conventional PAK (dated on or before 31 Dec 2022, else refused);
    ``jenjang`` and ``golongan`` are those held at integration. ``nilai_dasar`` is the
    caller's value (required for the keterampilan category, whose table is not established;
    recorded and flagged when given).
    """
    r, ak = (
        check_rule_set(rules, CareerRules, default=RULES),
        check_rule_set(ak_rules, AngkaKreditRules, default=AK_RULES, field="ak_rules"),
    )
    p = _model(ConventionalPak, pak, "pak")
    j = as_enum(Jenjang, jenjang, "jenjang")
    g = as_enum(Golongan, golongan, "golongan")
    cutoff = r.integration_cutoff
    if p.date > cutoff.get():
        raise InvalidInput(
            f"PAK konvensional yang diintegrasikan harus bertanggal paling lambat "
            f"{cutoff.get().isoformat()}; AK sesudahnya berasal dari konversi predikat "
            f"(the integrated PAK must be dated on or before {cutoff.get().isoformat()})",
            field="pak.date",
            rule=cutoff.title.en,
            article=cutoff.citation.label(),
            value=p.date.isoformat(),
            message_en=(
                "the integrated conventional PAK must be dated on or before "
                f"{cutoff.get().isoformat()}; later AK comes from the predikat conversion"
            ),
        )
    pct = r.penunjang_percent
    conventional = p.main_credit + p.supporting_credit * pct.get()
    conv_node = Explanation(
        key="conventional_credit",
        title=T("AK kumulatif konvensional", "Cumulative conventional AK"),
        value=conventional,
        rule=T("unsur utama + unsur penunjang × {p}", "core + support × {p}").format(p=pct.get()),
        citations=cites(pct),
        inputs={"main_credit": p.main_credit, "supporting_credit": p.supporting_credit},
    )
    caller_nd = (
        None if nilai_dasar is None else to_decimal(nilai_dasar, "nilai_dasar", minimum=_ZERO)
    )
    ranges = _ranges(r, j)
    own_range = _range_of(r, j) if caller_nd is None else None
    if caller_nd is None and own_range is None:
        raise MissingParameter(
            f"rentang golongan jenjang {j.label.id} tidak ditetapkan; berikan lewat override "
            "atau berikan nilai_dasar",
            field=ranges.key,
            rule=ranges.title.en,
            article=ranges.citation.label(),
            message_en=(
                f"golongan range of jenjang {j.label.en} not established; "
                "supply it by override or give nilai_dasar"
            ),
        )
    ladder = _ladder(ak, j)
    g_jenjang = _jenjang_of_golongan(r, j, g)
    if g_jenjang is not None and g_jenjang in ladder:
        diff = ladder.index(j) - ladder.index(g_jenjang)
    elif own_range is not None:
        diff = 1 if g.order < own_range[0].order else -1
    else:
        diff = 0  # caller's nilai dasar: the caller has matched jenjang and pangkat
    case = (
        IntegrationCase.MATCH
        if diff == 0
        else IntegrationCase.GRADE_ABOVE_RANK
        if diff > 0
        else IntegrationCase.GRADE_BELOW_RANK
    )
    case_node = Explanation(
        key="case",
        title=T("Kasus jenjang/pangkat", "Grade/rank case"),
        value=case,
        inputs={"career_level": j, "grade": g, "career_level_of_grade": g_jenjang},
        citations=(r.mismatch_cases, ranges.citation),
    )
    thresholds = ak.thresholds.get()[j]
    children = [conv_node, case_node]
    nd_value: Decimal | None = None
    integrated: Decimal | None = None
    note: Text | None = None
    above = False
    if case is IntegrationCase.GRADE_BELOW_RANK:
        note = T(
            "jenjang lebih rendah dari pangkat: tidak ada AK integrasi (bukan angka negatif)",
            "grade below the rank: no integrated AK follows (not a negative number)",
        )
    else:
        if caller_nd is not None:
            nd_value = caller_nd
            nd_cit: tuple[Citation, ...] = (r.caller_nilai_dasar,)
        else:
            nd_param = _nilai_dasar_param(r, j)
            table = nd_param.get()  # OPEN for keterampilan: MissingParameter names it
            if g not in table:
                raise MissingParameter(
                    f"nilai dasar golongan {g.value} tidak ada dalam tabel; berikan nilai_dasar "
                    f"(no base value for golongan {g.value} in the table)",
                    field=nd_param.key,
                    rule=nd_param.title.en,
                    article=nd_param.citation.label(),
                    value=g.value,
                    message_en=(
                        f"no base value (nilai dasar) for golongan {g.value} in the table; give "
                        "nilai_dasar"
                    ),
                )
            nd_value = table[g]
            nd_cit = cites(nd_param)
        children.append(
            Explanation(
                key="base_value",
                title=T("Nilai dasar", "Base value"),
                value=nd_value,
                rule=T("menurut jenjang", "by grade")
                if case is IntegrationCase.MATCH
                else T("menurut pangkat/golongan", "by rank/golongan"),
                citations=nd_cit,
                inputs={
                    "grade": g,
                    **({"from_caller": True} if caller_nd is not None else {}),
                },
            )
        )
        if conventional < nd_value:
            case = IntegrationCase.BELOW_BASE_VALUE
            note = T(
                "AK konvensional di bawah nilai dasar: tidak ada AK integrasi "
                "(bukan angka negatif)",
                "conventional AK below the base value: no integrated AK (not a negative number)",
            )
        else:
            integrated = conventional - nd_value
            top = thresholds[1]
            if case is IntegrationCase.GRADE_ABOVE_RANK:
                note = T(
                    "jenjang lebih tinggi dari pangkat: nilai dasar menurut pangkat; sisanya "
                    "untuk kenaikan pangkat berikutnya sampai pangkat sesuai jenjang",
                    "grade above the rank: base value by rank; the remainder serves later rank "
                    "promotions until rank and grade align",
                )
            elif top is not None and integrated >= top:
                above = True
                note = T(
                    f"AK melebihi rentang jenjang ({top}): dapat dipakai untuk kenaikan pangkat "
                    "dalam jenjang ini",
                    f"AK above the grade's range ({top}): usable for rank promotion within the "
                    "grade",
                )
    root = Explanation(
        key="integrated_credit",
        title=T("AK integrasi", "Integrated AK"),
        value=integrated,
        rule=T(
            "AK kumulatif konvensional − nilai dasar", "cumulative conventional AK − base value"
        ),
        citations=cites(r.integration_cutoff, ak.thresholds),
        inputs={"pak_date": p.date, "career_level": j, "grade": g, "case": case},
        children=tuple(children),
        note=note,
    )
    return IntegrationResult(j, g, p.date, conventional, nd_value, integrated, case, above, root)


def ak_dasar(golongan: Golongan | str, *, rules: CareerRules | None = None) -> Result:
    """The AK dasar of ``golongan`` (a line of the integrated PAK form, not the nilai dasar).

    III/d = 100 is VERIFIED-SECONDARY; III/b, IV/b, IV/c THIRD-PARTY (flagged); other golongan
    are not established and refused with :class:`MissingParameter`.
    """
    from inovasi_daerah.skp._common import ValueResult

    r = check_rule_set(rules, CareerRules, default=RULES)
    g = as_enum(Golongan, golongan, "golongan")
    for param in (r.ak_dasar_verified, r.ak_dasar_third_party):
        table = param.get()
        if g in table:
            return ValueResult(
                table[g],
                Explanation(
                    key="base_credit",
                    title=T(f"AK dasar {g.value}", f"AK dasar {g.value}"),
                    value=table[g],
                    citations=cites(param),
                    note=T(
                        "bukan nilai dasar integrasi (dua angka berbeda)",
                        "not the integration's base value (two different numbers)",
                    ),
                ),
            )
    raise MissingParameter(
        f"AK dasar golongan {g.value} tidak ditetapkan",
        field="ak_dasar",
        rule=r.ak_dasar_third_party.title.en,
        article=r.ak_dasar_third_party.citation.label(),
        value=g.value,
        message_en=f"AK dasar of golongan {g.value} not established",
    )


# -- degree bonus --------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class DegreeBonusResult(Result):
    """AK for a higher degree: once, a share of the AK for kenaikan pangkat (Pasal 37)."""

    career_level: Jenjang
    predicate: Predicate
    granted: bool
    value: Decimal
    base: Decimal
    _explanation: Explanation

    def _summary(self) -> dict[str, Any]:
        return {
            "career_level": self.career_level,
            "predicate": self.predicate,
            "granted": self.granted,
            "value": self.value,
            "base": self.base,
        }


def degree_bonus(
    jenjang: Jenjang | str,
    predikat: Predicate | str,
    *,
    rules: CareerRules | None = None,
    ak_rules: AngkaKreditRules | None = None,
) -> DegreeBonusResult:
    """25 % of the jenjang's AK for kenaikan pangkat, given once, only with predikat ≥ Baik."""
    r, ak = (
        check_rule_set(rules, CareerRules, default=RULES),
        check_rule_set(ak_rules, AngkaKreditRules, default=AK_RULES, field="ak_rules"),
    )
    j = as_enum(Jenjang, jenjang, "jenjang")
    p = as_enum(Predicate, predikat, "predikat")
    base = ak.thresholds.get()[j][0]
    minimum = r.degree_bonus_min_predikat.get()
    granted = p.rank >= minimum.rank
    value = r.degree_bonus_percent.get() * base if granted else _ZERO
    return DegreeBonusResult(
        j,
        p,
        granted,
        value,
        base,
        Explanation(
            key="degree_credit",
            title=T("AK ijazah lebih tinggi", "Higher-degree AK"),
            value=value,
            rule=T("{pct} × AK kenaikan pangkat jenjang", "{pct} × the grade's AK for rank").format(
                pct=r.degree_bonus_percent.get()
            ),
            citations=cites(
                r.degree_bonus_percent,
                r.degree_bonus_min_predikat,
                r.degree_bonus_times,
                ak.thresholds,
            ),
            inputs={"career_level": j, "predicate": p, "rank_promotion_credit": base},
            note=None
            if granted
            else T(
                f"tidak diberikan: predikat di bawah {minimum.value}",
                f"not granted: predikat below {minimum.value}",
            ),
        ),
    )


# -- thresholds inside a jenjang -----------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _Step:
    kind: PromotionKind
    required: Decimal
    target: str | None


def _steps(r: CareerRules, ak: AngkaKreditRules, j: Jenjang, g: Golongan | None) -> list[_Step]:
    """The promotions ahead inside ``j`` from ``g``: k-th kenaikan pangkat, then the jenjang."""
    pangkat, jenjang_t = ak.thresholds.get()[j]
    nxt = ak.next_jenjang.get()[j]
    rng = _range_of(r, j)
    steps: list[_Step] = []
    if g is not None and rng is not None and g in rng:
        for i in range(rng.index(g) + 1, len(rng)):
            steps.append(_Step(PromotionKind.RANK, pangkat * i, rng[i].value))
    elif pangkat != jenjang_t:
        steps.append(_Step(PromotionKind.RANK, pangkat, None))
    if jenjang_t is not None:
        steps.append(_Step(PromotionKind.GRADE, jenjang_t, None if nxt is None else nxt.value))
    return steps


def _step_citations(r: CareerRules, j: Jenjang, g: Golongan | None) -> list[Param[Any] | Citation]:
    """What the pangkat steps inside a jenjang rest on, when a golongan places the person."""
    if g is None:
        return []
    return [r.pangkat_steps, _ranges(r, j)]


def pangkat_requirement(
    jenjang: Jenjang | str,
    golongan: Golongan | str | None = None,
    *,
    rules: CareerRules | None = None,
    ak_rules: AngkaKreditRules | None = None,
) -> tuple[Decimal | None, PromotionKind]:
    """AK kumulatif the next promotion from ``golongan`` inside ``jenjang`` needs, and its kind.

    Inside a jenjang the k-th kenaikan pangkat needs k × the jenjang's AK for kenaikan pangkat
    (a DERIVED reading of the integrated ranges); from the jenjang's last golongan the next
    pangkat comes with the kenaikan jenjang. Without a golongan: the first kenaikan pangkat.
    """
    r, ak = (
        check_rule_set(rules, CareerRules, default=RULES),
        check_rule_set(ak_rules, AngkaKreditRules, default=AK_RULES, field="ak_rules"),
    )
    j = as_enum(Jenjang, jenjang, "jenjang")
    g = None if golongan is None else as_enum(Golongan, golongan, "golongan")
    steps = _steps(r, ak, j, g)
    if not steps:
        return None, PromotionKind.RANK
    return steps[0].required, steps[0].kind


# -- readiness -----------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class ConditionVerdict:
    """One condition of a promotion: verdict, reason, citations and the fact that settles it."""

    key: str
    title: Text
    verdict: Verdict
    reason: Text
    citations: tuple[Citation, ...]
    settled_by: str | None = None

    def to_dict(self) -> dict[str, Any]:
        """The condition's verdict, reason and citations as JSON-ready data."""
        return {
            "key": self.key,
            "title": self.title.model_dump(),
            "verdict": self.verdict.value,
            "reason": self.reason.model_dump(),
            "settled_by": self.settled_by,
            "citations": [c.model_dump(mode="json") for c in self.citations],
        }


@dataclass(frozen=True, slots=True)
class ReadinessResult(Result):
    """Whether a kenaikan pangkat or jenjang can be proposed on ``on``: each condition's verdict."""

    kind: PromotionKind
    career_level: Jenjang
    grade: Golongan | None
    on: date
    credit: Decimal
    required: Decimal | None
    conditions: tuple[ConditionVerdict, ...]
    overall: Verdict

    @property
    def ready(self) -> bool:
        """True only when every condition is met."""
        return self.overall is Verdict.MET

    def condition(self, key: str) -> ConditionVerdict:
        """The verdict on the condition ``key`` ("ak", "masa_pangkat", "predikat" ...)."""
        return find_item(
            self.conditions,
            lambda c: c.key,
            key,
            field="key",
            unknown=("syarat tidak dikenal", "unknown condition"),
        )

    @property
    def missing_facts(self) -> tuple[str, ...]:
        """The facts that would settle the conditions not assessable now."""
        return tuple(
            c.settled_by
            for c in self.conditions
            if c.verdict is Verdict.NOT_ASSESSABLE and c.settled_by is not None
        )

    @property
    def explanation(self) -> Explanation:
        """The tree of the readiness: every condition must hold; one not met makes it not met."""
        return Explanation(
            key=f"readiness.{self.kind.value}",
            title=T(
                f"Kesiapan {self.kind.label.id.lower()} ({self.career_level.label.id})",
                f"Readiness for {self.kind.label.en.lower()} ({self.career_level.label.en})",
            ),
            value=self.overall,
            rule=T(
                "semua syarat harus terpenuhi; satu tidak terpenuhi → tidak terpenuhi",
                "every condition must hold; one not met → not met",
            ),
            inputs={"date": self.on, "credit": self.credit, "required_credit": self.required},
            children=tuple(
                Explanation(
                    key=f"condition.{c.key}",
                    title=c.title,
                    value=c.verdict,
                    rule=c.reason,
                    citations=c.citations,
                    inputs={"fact": c.settled_by} if c.settled_by else {},
                )
                for c in self.conditions
            ),
        )

    def _summary(self) -> dict[str, Any]:
        return {
            "kind": self.kind,
            "career_level": self.career_level,
            "grade": self.grade,
            "on": self.on,
            "credit": self.credit,
            "required": self.required,
            "overall": self.overall.value,
            "ready": self.ready,
            "conditions": [c.to_dict() for c in self.conditions],
            "missing_facts": list(self.missing_facts),
        }


def _history(value: object) -> dict[int, Predicate] | None:
    if value is None:
        return None
    if not isinstance(value, Mapping):
        raise InvalidInput(
            "harus objek tahun → predikat",
            field="predikat_history",
            value=value,
            message_en="must be an object year → predikat",
        )
    return _by_year(value, "predikat_history")


def _by_year(value: Mapping[Any, Any], field: str) -> dict[int, Predicate]:
    """A mapping year → predikat (a year as int or text, 1900–2200) read from ``value``; a
    bad year or predikat is refused naming ``field`` (the history and a projection's plan)."""
    out: dict[int, Predicate] = {}
    for k, v in value.items():
        try:
            year = int(k) if not isinstance(k, bool) and isinstance(k, int | str) else None
        except ValueError:
            year = None
        if year is None or not 1900 <= year <= 2200:
            raise InvalidInput("tahun tidak valid", field=field, value=k, message_en="invalid year")
        out[year] = as_enum(Predicate, v, f"{field}[{year}]")
    return out


def _fact(value: object, field: str) -> bool | None:
    if value is None or isinstance(value, bool):
        return value
    raise InvalidInput(
        "harus true, false atau null",
        field=field,
        value=value,
        message_en="must be true, false or null",
    )


def _predikat_condition(
    history: dict[int, Predicate] | None,
    on: date,
    years_param: Param[int],
    min_param: Param[Predicate],
) -> ConditionVerdict:
    years = [on.year - k for k in range(1, years_param.get() + 1)]
    minimum = min_param.get()
    cits = cites(min_param, years_param)
    title = T(
        f"Predikat minimal {minimum.value} dalam {len(years)} tahun terakhir",
        f"Predikat at least {minimum.value} in the last {len(years)} year(s)",
    )
    if history is None or any(y not in history for y in years):
        missing = [y for y in years if history is None or y not in history]
        return ConditionVerdict(
            "predikat",
            title,
            Verdict.NOT_ASSESSABLE,
            T(
                f"predikat tahun {missing} tidak diberikan",
                f"the predikat of {missing} is not given",
            ),
            cits,
            "predikat_history",
        )
    low = [y for y in years if history[y].rank < minimum.rank]
    if low:
        return ConditionVerdict(
            "predikat",
            title,
            Verdict.NOT_MET,
            T(
                f"predikat di bawah {minimum.value} pada {low}",
                f"predikat below {minimum.value} in {low}",
            ),
            cits,
            "predikat_history",
        )
    return ConditionVerdict(
        "predikat",
        title,
        Verdict.MET,
        T(
            "predikat " + ", ".join(f"{y}: {history[y].value}" for y in years),
            "predikat " + ", ".join(f"{y}: {history[y].value}" for y in years),
        ),
        cits,
        "predikat_history",
    )


def _time_condition(
    key: str, since: date | None, on: date, years_param: Param[int], title: Text, fact: str
) -> ConditionVerdict:
    n = years_param.get()
    cits = cites(years_param)
    if since is None:
        return ConditionVerdict(
            key,
            title,
            Verdict.NOT_ASSESSABLE,
            T(f"{fact} tidak diberikan", f"{fact} not given"),
            cits,
            fact,
        )
    due = _years_after(since, n)
    met = due <= on
    return ConditionVerdict(
        key,
        title,
        Verdict.MET if met else Verdict.NOT_MET,
        T(
            f"sejak {since.isoformat()}: {n} tahun tercapai {due.isoformat()}",
            f"since {since.isoformat()}: {n} year(s) reached on {due.isoformat()}",
        ),
        cits,
        fact,
    )


def _fact_condition(
    key: str, title: Text, fact: bool | None, citation: Citation
) -> ConditionVerdict:
    verdict = Verdict.from_fact(fact)
    reason = {
        Verdict.MET: T(f"fakta {key} = ya", f"fact {key} = yes"),
        Verdict.NOT_MET: T(f"fakta {key} = tidak", f"fact {key} = no"),
        Verdict.NOT_ASSESSABLE: T(
            f"fakta {key} tidak diberikan (diisi pemanggil)", f"fact {key} not given (caller's)"
        ),
    }[verdict]
    return ConditionVerdict(key, title, verdict, reason, (citation,), key)


def promotion_readiness(
    kind: PromotionKind | str,
    *,
    jenjang: Jenjang | str,
    ak: Number,
    on: DateLike,
    golongan: Golongan | str | None = None,
    tmt_pangkat: DateLike | None = None,
    tmt_jenjang: DateLike | None = None,
    predikat_history: Mapping[Any, Any] | None = None,
    formasi: bool | None = None,
    uji_kompetensi: bool | None = None,
    pengembangan_profesi: bool | None = None,
    rules: CareerRules | None = None,
    ak_rules: AngkaKreditRules | None = None,
) -> ReadinessResult:
    """Each condition of a kenaikan pangkat or jenjang on ``on``: met, not met, not assessable.

    Kenaikan pangkat (skp.md §5.7, [K57]): AK kumulatif met, at least 2 years in the last
    pangkat (``tmt_pangkat``), predikat at least Baik in the last 2 years
    (``predikat_history``: year → predikat). Kenaikan jenjang: AK met, at least 1 year in the
    jenjang (``tmt_jenjang``), predikat at least Baik, ``formasi`` available and
    ``uji_kompetensi`` passed (caller's facts; None → not assessable), and
    ``pengembangan_profesi`` where the next jenjang requires it.
    """
    r, akr = (
        check_rule_set(rules, CareerRules, default=RULES),
        check_rule_set(ak_rules, AngkaKreditRules, default=AK_RULES, field="ak_rules"),
    )
    k = as_enum(PromotionKind, kind, "kind")
    j = as_enum(Jenjang, jenjang, "jenjang")
    g = None if golongan is None else as_enum(Golongan, golongan, "golongan")
    total = to_decimal(ak, "ak", minimum=_ZERO)
    day = as_date(on, "on")
    tmt_p = None if tmt_pangkat is None else as_date(tmt_pangkat, "tmt_pangkat")
    tmt_j = None if tmt_jenjang is None else as_date(tmt_jenjang, "tmt_jenjang")
    history = _history(predikat_history)
    facts = {
        "formasi": _fact(formasi, "formasi"),
        "uji_kompetensi": _fact(uji_kompetensi, "uji_kompetensi"),
        "pengembangan_profesi": _fact(pengembangan_profesi, "pengembangan_profesi"),
    }
    nxt = akr.next_jenjang.get()[j]
    conditions: list[ConditionVerdict] = []
    if k is PromotionKind.RANK:
        steps = _steps(r, akr, j, g)
        required = steps[0].required if steps else None
        ak_cits = cites(akr.thresholds, *_step_citations(r, j, g))
    else:
        required = akr.thresholds.get()[j][1]
        ak_cits = cites(akr.thresholds)
    ak_title = T(
        f"AK kumulatif untuk {k.label.id.lower()}", f"Cumulative AK for {k.label.en.lower()}"
    )
    if required is None:
        conditions.append(
            ConditionVerdict(
                "ak",
                ak_title,
                Verdict.NOT_MET,
                T(
                    f"tidak ada {k.label.id.lower()} lagi dari {j.label.id}",
                    f"no further {k.label.en.lower()} from {j.label.en}",
                ),
                ak_cits,
            )
        )
    else:
        met = total >= required
        conditions.append(
            ConditionVerdict(
                "ak",
                ak_title,
                Verdict.MET if met else Verdict.NOT_MET,
                T(
                    f"AK {total} {'≥' if met else '<'} {required}",
                    f"AK {total} {'≥' if met else '<'} {required}",
                ),
                ak_cits,
            )
        )
    if k is PromotionKind.RANK:
        conditions.append(
            _time_condition(
                "masa_pangkat",
                tmt_p,
                day,
                r.pangkat_min_years,
                T(
                    f"Paling singkat {r.pangkat_min_years.get()} tahun dalam pangkat terakhir",
                    f"At least {r.pangkat_min_years.get()} years in the last rank",
                ),
                "tmt_pangkat",
            )
        )
        conditions.append(
            _predikat_condition(history, day, r.pangkat_predikat_years, r.pangkat_min_predikat)
        )
        if steps and steps[0].kind is PromotionKind.GRADE:
            conditions.append(
                ConditionVerdict(
                    "melalui_jenjang",
                    T("Pangkat berikutnya lewat kenaikan jenjang", "Next rank via grade promotion"),
                    Verdict.NOT_ASSESSABLE,
                    T(
                        "golongan terakhir jenjang ini: pangkat berikutnya menuntut syarat "
                        "kenaikan jenjang (periksa kind=kenaikan_jenjang)",
                        "last golongan of the grade: the next rank needs the grade promotion's "
                        "conditions (check kind=kenaikan_jenjang)",
                    ),
                    (r.pangkat_steps,),
                    "kenaikan_jenjang",
                )
            )
    else:
        conditions.append(
            _time_condition(
                "masa_jenjang",
                tmt_j,
                day,
                r.jenjang_min_years,
                T(
                    f"Paling singkat {r.jenjang_min_years.get()} tahun dalam jenjang",
                    f"At least {r.jenjang_min_years.get()} year(s) in the grade",
                ),
                "tmt_jenjang",
            )
        )
        conditions.append(
            _predikat_condition(history, day, r.jenjang_predikat_years, r.jenjang_min_predikat)
        )
        conditions.append(
            _fact_condition(
                "formasi", T("Tersedia formasi", "Position available"), facts["formasi"], r.formasi
            )
        )
        conditions.append(
            _fact_condition(
                "uji_kompetensi",
                T("Lulus uji kompetensi", "Competency test passed"),
                facts["uji_kompetensi"],
                r.uji_kompetensi,
            )
        )
        if nxt is not None and nxt in akr.pengembangan_profesi_for.get():
            conditions.append(
                _fact_condition(
                    "pengembangan_profesi",
                    T(
                        f"Pengembangan profesi (syarat ke {nxt.label.id})",
                        f"Professional development (required for {nxt.label.en})",
                    ),
                    facts["pengembangan_profesi"],
                    akr.pengembangan_profesi_for.citation,
                )
            )
    return ReadinessResult(
        k,
        j,
        g,
        day,
        total,
        required,
        tuple(conditions),
        Verdict.all_of(c.verdict for c in conditions),
    )


# -- periods -------------------------------------------------------------------------------------


def _period_ak(
    start: date,
    end: date,
    predikat: Predicate,
    jenjang: Jenjang,
    conversion_2022: Decimal | None,
    r: CareerRules,
    ak: AngkaKreditRules,
    field: str,
) -> tuple[Decimal, Explanation, bool]:
    """The AK of one period: the predikat conversion, or the caller's 2022 conversion."""
    if end < start:
        raise InvalidInput(
            "periode selesai sebelum mulai",
            field=f"{field}.end",
            value=end,
            message_en="period ends before it starts",
        )
    if start.year != end.year:
        raise InvalidInput(
            "periode paling lama satu tahun kalender; pisahkan per tahun "
            "(a period lies within one calendar year)",
            field=field,
            value=f"{start}..{end}",
            message_en="a period lies within one calendar year; split it per year",
        )
    if start.day != 1 or end.day != calendar.monthrange(end.year, end.month)[1]:
        raise InvalidInput(
            "periode harus bulan penuh (mulai tanggal 1, selesai akhir bulan); AK parsial "
            "dihitung per bulan (a period must be whole months)",
            field=field,
            rule=ak.months_per_year.title.en,
            article=ak.months_per_year.citation.label(),
            value=f"{start}..{end}",
            message_en=(
                "a period must be whole months (start on the 1st, end on the last day); partial "
                "AK is computed per month"
            ),
        )
    months = _months_between(start, end) + 1
    cutoff_year = r.integration_cutoff.get().year
    if start.year < cutoff_year:
        raise InvalidInput(
            f"periode sebelum {cutoff_year} termasuk AK konvensional (DUPAK): masukkan lewat "
            f"integrasi PAK (a period before {cutoff_year} belongs to the conventional PAK)",
            field=field,
            article=r.integration_cutoff.citation.label(),
            value=f"{start}..{end}",
            message_en=(
                f"a period before {cutoff_year} belongs to the conventional AK (DUPAK): enter it "
                "through the PAK integration"
            ),
        )
    if start.year == cutoff_year:
        if conversion_2022 is None:
            raise MissingParameter(
                f"tidak ada aturan yang mengonversi predikat {cutoff_year} menjadi AK; "
                f"berikan konversi_2022 (AK periode ini) bila instansi menetapkannya "
                f"(no rule converts the {cutoff_year} predikat into AK; supply conversion_2022)",
                field=f"{field}.conversion_2022",
                rule="predikat 2022",
                article=r.no_2022_rule.label(),
                message_en=(
                    f"no rule converts the {cutoff_year} predikat into AK; supply konversi_2022 "
                    "(this period's AK) if the agency set it"
                ),
            )
        node = Explanation(
            key="credit_period_2022",
            title=T(f"AK periode {start}..{end}", f"AK of {start}..{end}"),
            value=conversion_2022,
            rule=T("konversi dari pemanggil (dicatat)", "caller's conversion (recorded)"),
            citations=(r.no_2022_rule,),
            inputs={"predicate": predikat, "months": months, "conversion_2022": conversion_2022},
        )
        return conversion_2022, node, True
    rules_in_force = angka_kredit_regime_for(start)
    if ak is not AK_RULES:
        rules_in_force = ak
    res = ak_value(predikat, jenjang, months, rules=rules_in_force)
    return res.value, res.explanation, False


# -- projection ----------------------------------------------------------------------------------


@add_deprecated_attributes  # old attribute names, read with a warning until 1.0.0
@dataclass(frozen=True, slots=True)
class ScheduleRow:
    """One projected period: its dates, predikat, AK and the cumulative AK at its end."""

    start: date
    end: date
    months: int
    predicate: Predicate
    credit: Decimal
    cumulative: Decimal
    converted_2022: bool = False

    def to_dict(self) -> dict[str, Any]:
        """The projected period as JSON-ready data (Decimals as text, dates ISO)."""
        return {
            "start": self.start.isoformat(),
            "end": self.end.isoformat(),
            "months": self.months,
            "predicate": self.predicate.value,
            "credit": str(self.credit),
            "cumulative": str(self.cumulative),
            "converted_2022": self.converted_2022,
        }


@add_deprecated_attributes  # old attribute names, read with a warning until 1.0.0
@dataclass(frozen=True, slots=True)
class ThresholdDate:
    """When one promotion's AK is reached, when its time condition is, and the later of both."""

    kind: PromotionKind
    required: Decimal
    target: str | None
    credit_reached_on: date | None
    time_met_on: date | None
    earliest: date | None
    already: bool

    def target_label(self, lang: str = "id") -> str:
        """The target golongan, or the next jenjang's label, in ``lang``; "-" when none."""
        if self.target is None:
            return "-"
        if self.kind is PromotionKind.GRADE:
            return Jenjang(self.target).label.get(lang)
        return self.target

    def to_dict(self) -> dict[str, Any]:
        """The threshold (AK date, time date, earliest) as JSON-ready data (dates ISO)."""

        def iso(d: date | None) -> str | None:
            return None if d is None else d.isoformat()

        return {
            "kind": self.kind.value,
            "required": str(self.required),
            "target": self.target,
            "credit_reached_on": iso(self.credit_reached_on),
            "time_met_on": iso(self.time_met_on),
            "earliest": iso(self.earliest),
            "already": self.already,
        }


@dataclass(frozen=True, slots=True)
class ProjectionResult(Result):
    """A projected schedule of periods and the date each threshold of the jenjang is reached."""

    start: CareerStart
    step: AccrualStep
    rows: tuple[ScheduleRow, ...]
    thresholds: tuple[ThresholdDate, ...]
    _explanation: Explanation

    def threshold(self, kind: PromotionKind | str) -> ThresholdDate | None:
        """The first threshold of ``kind`` ("kenaikan_pangkat" / "kenaikan_jenjang")."""
        k = as_enum(PromotionKind, kind, "kind")
        return next((t for t in self.thresholds if t.kind is k), None)

    @property
    def final_credit(self) -> Decimal:
        """Cumulative AK at the end of the schedule."""
        return self.rows[-1].cumulative if self.rows else self.start.credit

    def _summary(self) -> dict[str, Any]:
        return {
            "start": self.start.to_dict(),
            "step": self.step,
            "rows": [row.to_dict() for row in self.rows],
            "thresholds": [t.to_dict() for t in self.thresholds],
            "final_credit": self.final_credit,
        }


def _plan_predikat(plan: PredikatPlan, field: str, *, before: bool = False) -> PredikatPlan:
    """A :class:`CreditResult` yields the predikat it enables (or the one without it)."""
    if isinstance(plan, CreditResult):
        value = plan.predicate_before if before else plan.predicate_after
        if value is None:
            raise InvalidInput(
                "hasil kredit tidak memberi predikat; berikan rating_hasil_kerja dan "
                "rating_perilaku pada skp.credit (the credit result yields no predikat)",
                field=field,
                message_en=(
                    "the credit result yields no predikat; give rating_hasil_kerja and "
                    "rating_perilaku to skp.credit"
                ),
            )
        return value
    return plan


def _periods(
    start: CareerStart, plan: object, years: int, field: str
) -> list[tuple[date, date, Predicate, Decimal | None]]:
    if isinstance(plan, Mapping):
        by_year = _by_year(plan, field)
        single: Predicate | None = None
    elif isinstance(plan, Predicate | str):
        single = as_enum(Predicate, plan, field)
        by_year = {}
    else:
        items = as_list(plan, field)
        out = []
        for i, it in enumerate(items):
            pp = _model(PlannedPeriod, it, f"{field}[{i}]")
            out.append((pp.start, pp.end, pp.predicate, pp.conversion_2022))
        return out
    if start.start.day != 1:
        raise InvalidInput(
            "tanggal mulai proyeksi harus tanggal 1 (bulan penuh)",
            field="start.start",
            message_en="projection start date must be the 1st (a whole month)",
        )
    periods: list[tuple[date, date, Predicate, Decimal | None]] = []
    cur = start.start
    horizon = _years_after(start.start, years)
    while cur < horizon:
        end = min(date(cur.year, 12, 31), horizon - relativedelta(days=1))
        end = _end_of_month(end.year, end.month) if end.day != 1 else end
        pred = single if single is not None else by_year.get(cur.year)
        if pred is None:
            raise InvalidInput(
                f"predikat tahun {cur.year} tidak diberikan",
                field=f"{field}[{cur.year}]",
                message_en=f"predikat for year {cur.year} not given",
            )
        periods.append((cur, end, pred, None))
        cur = end + relativedelta(days=1)
    return periods


def project_career(
    start: CareerStart | Mapping[str, Any],
    predikat: PredikatPlan,
    *,
    years: int = 10,
    step: AccrualStep | str | None = None,
    basis: Result | None = None,
    rules: CareerRules | None = None,
    ak_rules: AngkaKreditRules | None = None,
) -> ProjectionResult:
    """Project the AK from ``start`` under assumed ``predikat`` and date each threshold.

    ``predikat``: one predikat for every year, a mapping year → predikat, a list of
    :class:`~inovasi_daerah.models.career.PlannedPeriod`, or a
    :class:`~inovasi_daerah.skp.innovator_credit.CreditResult` (its ``predicate_after``). Years are
    calendar periods from ``start.start`` for ``years`` years; the schedule stops once the
    jenjang's last threshold is reached. ``step`` is the :class:`AccrualStep` policy (default
    from the rule data: annual), recorded in the result. A period in 2022 needs the caller's
    ``conversion_2022``; each period's AK comes from :func:`skp.angka_kredit`. ``basis`` is the
    result the starting AK come from (e.g. :func:`integrate_ak`'s): it joins the explanation,
    so its flags carry over.
    """
    require_instance(
        basis, Result, "basis", ("hasil (Result) atau None", "a Result or None"), optional=True
    )
    r, ak = (
        check_rule_set(rules, CareerRules, default=RULES),
        check_rule_set(ak_rules, AngkaKreditRules, default=AK_RULES, field="ak_rules"),
    )
    s = _model(CareerStart, start, "start")
    if isinstance(years, bool) or not isinstance(years, int) or not 1 <= years <= MAX_YEARS:
        raise InvalidInput(
            f"years harus bilangan bulat 1-{MAX_YEARS}",
            field="years",
            value=years,
            message_en=f"years must be an integer 1-{MAX_YEARS}",
        )
    policy = r.accrual_step
    if step is not None:
        policy = policy.override(as_enum(AccrualStep, step, "step"), reason="caller")
    mode = policy.get()
    plan = _plan_predikat(predikat, "predikat")
    periods = _periods(s, plan, years, "predikat")
    steps = _steps(r, ak, s.career_level, s.grade)
    goal = max((st.required for st in steps), default=_ZERO)
    reached: dict[int, date] = {}
    for i, st in enumerate(steps):
        if s.credit >= st.required:
            reached[i] = s.start
    rows: list[ScheduleRow] = []
    children: list[Explanation] = []
    cum = s.credit
    last_end: date | None = None
    for n, (p_start, p_end, pred, conv) in enumerate(periods):
        if p_start < s.start or (last_end is not None and p_start <= last_end):
            raise InvalidInput(
                "periode tumpang tindih atau tidak berurutan",
                field=f"predikat[{n}]",
                value=f"{p_start}..{p_end}",
                message_en="periods overlap or are out of order",
            )
        if cum >= goal and rows:
            break
        value, node, converted = _period_ak(
            p_start, p_end, pred, s.career_level, conv, r, ak, f"predikat[{n}]"
        )
        months = _months_between(p_start, p_end) + 1
        before = cum
        cum = cum + value
        for i, st in enumerate(steps):
            if i in reached or cum < st.required:
                continue
            if mode is AccrualStep.MONTHLY and not converted:
                for k in range(1, months + 1):
                    part = ak_value(pred, s.career_level, k, rules=ak).value
                    if before + part >= st.required:
                        m = p_start.month + k - 1
                        reached[i] = _end_of_month(p_start.year, m)
                        break
            else:
                reached[i] = p_end
        rows.append(ScheduleRow(p_start, p_end, months, pred, value, cum, converted))
        children.append(node)
        last_end = p_end
    thresholds: list[ThresholdDate] = []
    prev_pangkat = s.rank_since
    for i, st in enumerate(steps):
        ak_on = reached.get(i)
        if st.kind is PromotionKind.RANK:
            time_on = (
                None
                if prev_pangkat is None
                else _years_after(prev_pangkat, r.pangkat_min_years.get())
            )
        else:
            time_on = (
                None
                if s.career_level_since is None
                else _years_after(s.career_level_since, r.jenjang_min_years.get())
            )
        known = [d for d in (ak_on, time_on) if d is not None]
        earliest = max(known) if ak_on is not None else None
        thresholds.append(
            ThresholdDate(
                st.kind, st.required, st.target, ak_on, time_on, earliest, s.credit >= st.required
            )
        )
        if st.kind is PromotionKind.RANK:
            prev_pangkat = earliest
    threshold_nodes = tuple(
        Explanation(
            key=f"threshold.{t.kind.value}",
            title=T(
                f"{t.kind.label.id} ({t.target_label('id')}): AK {t.required}",
                f"{t.kind.label.en} ({t.target_label('en')}): AK {t.required}",
            ),
            value=t.earliest,
            inputs={"credit_reached": t.credit_reached_on, "time_met": t.time_met_on},
            citations=cites(ak.thresholds, r.pangkat_min_years)
            if t.kind is PromotionKind.RANK
            else cites(ak.thresholds, r.jenjang_min_years),
        )
        for t in thresholds
    )
    root = Explanation(
        key="career_projection",
        title=T("Proyeksi angka kredit", "Credit-point projection"),
        value=cum,
        rule=T(
            "AK awal + Σ AK periode; tanggal = periode saat ambang tercapai, paling cepat saat "
            "masa pangkat/jenjang terpenuhi",
            "starting AK + Σ period AK; date = the period the threshold is reached, no earlier "
            "than the time in rank/grade allows",
        ),
        citations=cites(policy, ak.thresholds, *_step_citations(r, s.career_level, s.grade)),
        inputs={
            "career_level": s.career_level,
            "grade": s.grade,
            "initial_credit": s.credit,
            "start": s.start,
        },
        children=(() if basis is None else (basis.explanation,))
        + tuple(children)
        + threshold_nodes,
        note=T(
            policy_note(policy).id + "; syarat lain (predikat, formasi, uji kompetensi) tidak "
            "diproyeksikan",
            policy_note(policy).en + "; other conditions (predikat, formasi, competency test) "
            "are not projected",
        ),
    )
    return ProjectionResult(s, mode, tuple(rows), tuple(thresholds), root)


@dataclass(frozen=True, slots=True)
class ComparisonResult(Result):
    """Two projections, without and with the innovation, and the months each threshold gains."""

    without: ProjectionResult
    with_innovation: ProjectionResult
    months_gained: tuple[int | None, ...]

    @property
    def explanation(self) -> Explanation:
        """The tree of the comparison: for each threshold, the months the innovation gains."""
        nodes = tuple(
            Explanation(
                key=f"difference.{t.kind.value}",
                title=T(
                    f"{t.kind.label.id} ({t.target_label('id')}): bulan lebih cepat",
                    f"{t.kind.label.en} ({t.target_label('en')}): months sooner",
                ),
                value=g,
                inputs={"without": t.earliest, "with": w.earliest},
            )
            for t, w, g in zip(
                self.without.thresholds,
                self.with_innovation.thresholds,
                self.months_gained,
                strict=True,
            )
        )
        return Explanation(
            key="innovation_comparison",
            title=T("Dengan dan tanpa inovasi", "With and without the innovation"),
            value=self.months_gained[0] if self.months_gained else None,
            rule=T(
                "bulan(tanpa) − bulan(dengan) untuk tiap ambang",
                "months(without) − months(with) for each threshold",
            ),
            children=(
                Explanation(
                    key="without_innovation",
                    title=T("Tanpa inovasi", "Without the innovation"),
                    value=self.without.final_credit,
                    children=(self.without.explanation,),
                ),
                Explanation(
                    key="with_innovation",
                    title=T("Dengan inovasi", "With the innovation"),
                    value=self.with_innovation.final_credit,
                    children=(self.with_innovation.explanation,),
                ),
                *nodes,
            ),
        )

    def _summary(self) -> dict[str, Any]:
        return {
            "without": self.without.to_dict(explanation=False),
            "with_innovation": self.with_innovation.to_dict(explanation=False),
            "months_gained": list(self.months_gained),
        }


def compare_projection(
    start: CareerStart | Mapping[str, Any],
    with_innovation: PredikatPlan,
    without: PredikatPlan | None = None,
    *,
    years: int = 10,
    step: AccrualStep | str | None = None,
    basis: Result | None = None,
    rules: CareerRules | None = None,
    ak_rules: AngkaKreditRules | None = None,
) -> ComparisonResult:
    """Project twice and count the months each threshold is reached sooner with the innovation.

    ``with_innovation`` and ``without`` are plans as for :func:`project_career`; a
    :class:`~inovasi_daerah.skp.innovator_credit.CreditResult` as ``with_innovation`` also gives
    ``without`` (its ``predicate_before``) when ``without`` is omitted.
    """
    if without is None:
        if not isinstance(with_innovation, CreditResult):
            raise InvalidInput(
                "berikan rencana predikat tanpa inovasi (without)",
                field="without",
                message_en="give the predikat plan without the innovation (without)",
            )
        without = _plan_predikat(with_innovation, "without", before=True)
    kw: dict[str, Any] = {
        "years": years,
        "step": step,
        "basis": basis,
        "rules": rules,
        "ak_rules": ak_rules,
    }
    a = project_career(start, without, **kw)
    b = project_career(start, with_innovation, **kw)
    gained: list[int | None] = []
    for t, w in zip(a.thresholds, b.thresholds, strict=True):
        if t.earliest is None or w.earliest is None:
            gained.append(None)
        else:
            gained.append(_months_between(w.earliest, t.earliest))
    return ComparisonResult(a, b, tuple(gained))


# -- ledger --------------------------------------------------------------------------------------


@add_deprecated_attributes  # old attribute names, read with a warning until 1.0.0
@dataclass(frozen=True, slots=True)
class LedgerRow:
    """One ledger line: date, kind, AK change, running balance, jenjang and golongan after it."""

    date: date
    kind: str
    change: Decimal | None
    balance: Decimal
    career_level: Jenjang
    grade: Golongan | None
    note: Text

    def to_dict(self) -> dict[str, Any]:
        """The ledger line as JSON-ready data (Decimals as text, dates ISO)."""
        return {
            "date": self.date.isoformat(),
            "kind": self.kind,
            "change": None if self.change is None else str(self.change),
            "balance": str(self.balance),
            "career_level": self.career_level.value,
            "grade": None if self.grade is None else self.grade.value,
            "note": self.note.model_dump(),
        }


@dataclass(frozen=True, slots=True)
class LedgerResult(Result):
    """A career's AK ledger and the balance, jenjang and golongan at its end."""

    rows: tuple[LedgerRow, ...]
    balance: Decimal
    career_level: Jenjang
    grade: Golongan | None
    rank_since: date | None
    career_level_since: date | None
    _explanation: Explanation

    def _summary(self) -> dict[str, Any]:
        return {
            "rows": [row.to_dict() for row in self.rows],
            "balance": self.balance,
            "career_level": self.career_level,
            "grade": self.grade,
            "rank_since": self.rank_since,
            "career_level_since": self.career_level_since,
        }


class _Entries(Model):
    entries: tuple[LedgerEntry, ...]


def _entries(value: object) -> tuple[Any, ...]:
    items = as_list(value, "entries")
    try:
        return _Entries.model_validate({"entries": items}).entries
    except InovasiDaerahError as exc:
        raise exc.with_field(exc.field) from None


def career_ledger(
    entries: Iterable[Any],
    *,
    jenjang: Jenjang | str,
    golongan: Golongan | str | None = None,
    initial: Number = 0,
    rules: CareerRules | None = None,
    ak_rules: AngkaKreditRules | None = None,
) -> LedgerResult:
    """Run a career ledger: integration, periods (yearly or partial), degree bonus, promotions.

    Entries (models or mappings with ``kind``/``jenis``) must be in date order; periods may not
    overlap; an integration can only open the ledger; the degree bonus is given once; after a
    kenaikan jenjang the AK restart at 0 (skp.md §5.6).
    """
    r, ak = (
        check_rule_set(rules, CareerRules, default=RULES),
        check_rule_set(ak_rules, AngkaKreditRules, default=AK_RULES, field="ak_rules"),
    )
    j = as_enum(Jenjang, jenjang, "jenjang")
    g = None if golongan is None else as_enum(Golongan, golongan, "golongan")
    balance = to_decimal(initial, "initial", minimum=_ZERO)
    items = _entries(entries)
    rows: list[LedgerRow] = []
    children: list[Explanation] = []
    last: date | None = None  # the last dated event (integration, bonus, promotion)
    last_jenjang: date | None = None  # the last kenaikan jenjang
    last_period_end: date | None = None
    bonuses = 0
    tmt_pangkat: date | None = None
    tmt_jenjang: date | None = None
    for i, e in enumerate(items):
        field = f"entries[{i}]"
        if isinstance(e, PeriodEntry):
            floor = last_jenjang
        else:
            day = e.pak.date if isinstance(e, IntegrationEntry) else e.date
            floor = last
            if floor is not None and day < floor:
                raise InvalidInput(
                    f"entri tidak berurutan: {day} sebelum {floor}",
                    field=field,
                    value=day.isoformat(),
                    message_en=f"entries out of date order: {day} before {floor}",
                )
        if isinstance(e, PeriodEntry) and floor is not None and e.start < floor:
            raise InvalidInput(
                f"periode mulai sebelum kenaikan jenjang {floor}: pisahkan periode pada TMT "
                "(a period may not start before the last grade promotion; split it)",
                field=field,
                value=f"{e.start}..{e.end}",
                message_en=(
                    f"period starts before the jenjang promotion of {floor}: split the period at "
                    "the TMT"
                ),
            )
        if isinstance(e, IntegrationEntry):
            if i != 0:
                raise InvalidInput(
                    "integrasi hanya dapat membuka buku",
                    field=field,
                    message_en="integration must be the first entry of the ledger",
                )
            res = integrate_ak(
                e.pak,
                j,
                g if g is not None else _missing_golongan(field),
                nilai_dasar=e.base_value,
                rules=r,
                ak_rules=ak,
            )
            balance = res.integrated if res.integrated is not None else _ZERO
            rows.append(
                LedgerRow(
                    day,
                    "integrasi",
                    res.integrated,
                    balance,
                    j,
                    g,
                    T(f"kasus: {res.case.label.id}", f"case: {res.case.label.en}"),
                )
            )
            children.append(res.explanation)
            last = last_period_end = day
            continue
        if isinstance(e, PeriodEntry):
            if last_period_end is not None and e.start <= last_period_end:
                raise InvalidInput(
                    f"periode tumpang tindih dengan periode sebelumnya (berakhir "
                    f"{last_period_end})",
                    field=field,
                    value=f"{e.start}..{e.end}",
                    message_en=f"period overlaps the previous period (ending {last_period_end})",
                )
            value, node, converted = _period_ak(
                e.start, e.end, e.predicate, j, e.conversion_2022, r, ak, field
            )
            balance += value
            rows.append(
                LedgerRow(
                    e.end,
                    "periode",
                    value,
                    balance,
                    j,
                    g,
                    T(
                        f"{e.start}..{e.end} {e.predicate.value}"
                        + (" (konversi 2022 pemanggil)" if converted else ""),
                        f"{e.start}..{e.end} {e.predicate.value}"
                        + (" (caller's 2022 conversion)" if converted else ""),
                    ),
                )
            )
            children.append(node)
            last_period_end = e.end
            continue
        if isinstance(e, BonusEntry):
            if bonuses >= r.degree_bonus_times.get():
                raise InvalidInput(
                    "AK ijazah hanya diberikan satu kali (the degree AK is given once)",
                    field=field,
                    rule=r.degree_bonus_times.title.en,
                    article=r.degree_bonus_times.citation.label(),
                    message_en="the degree AK (AK ijazah) is given once only",
                )
            b = degree_bonus(j, e.predicate, rules=r, ak_rules=ak)
            if b.granted:
                bonuses += 1
            balance += b.value
            rows.append(
                LedgerRow(
                    e.date,
                    "ijazah",
                    b.value,
                    balance,
                    j,
                    g,
                    T("AK ijazah", "degree AK")
                    if b.granted
                    else T("tidak diberikan (predikat)", "not granted (predikat)"),
                )
            )
            children.append(b.explanation)
            last = e.date
            continue
        assert isinstance(e, PromotionEntry)
        if e.kind == PromotionKind.GRADE.value:
            if last_period_end is not None and e.date <= last_period_end:
                raise InvalidInput(
                    f"kenaikan jenjang {e.date} di dalam periode yang berakhir {last_period_end}: "
                    "pisahkan periode pada TMT (a grade promotion inside a period: split it)",
                    field=field,
                    value=e.date.isoformat(),
                    message_en=(
                        f"jenjang promotion {e.date} inside the period ending {last_period_end}: "
                        "split the period at the TMT"
                    ),
                )
            last_jenjang = e.date
            nxt = e.career_level or ak.next_jenjang.get()[j]
            if nxt is None:
                raise InvalidInput(
                    f"tidak ada jenjang di atas {j.label.id}",
                    field=f"{field}.jenjang",
                    message_en=f"no jenjang above {j.label.en}",
                )
            required = ak.thresholds.get()[j][1]
            below = required is not None and balance < required
            j = nxt
            rng = _range_of(r, j)
            g = e.grade or (rng[0] if rng else g)
            balance = r.restart_after_jenjang.get()
            note = T(
                f"naik ke {j.label.id}; AK mulai lagi dari {balance}",
                f"promoted to {j.label.en}; AK restart at {balance}",
            )
            cit = cites(r.restart_after_jenjang, ak.next_jenjang)
            tmt_jenjang = tmt_pangkat = e.date
        else:
            steps = _steps(r, ak, j, g)
            required = steps[0].required if steps else None
            below = required is not None and balance < required
            rng = _range_of(r, j)
            new_g = e.grade
            if new_g is None and g is not None and rng is not None and g in rng:
                idx = rng.index(g)
                new_g = rng[idx + 1] if idx + 1 < len(rng) else None
            g = new_g if new_g is not None else g
            note = T(
                f"naik pangkat ke {g.value if g else '-'}; AK tetap berjalan dalam jenjang",
                f"rank promotion to {g.value if g else '-'}; AK carry on within the grade",
            )
            cit = cites(ak.thresholds)
            tmt_pangkat = e.date
        if below:
            note = T(
                note.id + f" (catatan: AK {rows[-1].balance if rows else 0} di bawah {required})",
                note.en + f" (note: AK below the required {required})",
            )
        rows.append(LedgerRow(e.date, e.kind, None, balance, j, g, note))
        children.append(
            Explanation(
                key=e.kind,
                title=T(f"{e.kind} {e.date}", f"{e.kind} {e.date}"),
                value=balance,
                citations=cit,
                note=note,
            )
        )
        last = e.date
    root = Explanation(
        key="credit_ledger",
        title=T("Buku angka kredit", "Credit-point ledger"),
        value=balance,
        rule=T(
            "saldo berjalan; 0 setelah kenaikan jenjang",
            "running balance; 0 after a grade promotion",
        ),
        citations=cites(r.restart_after_jenjang),
        inputs={"career_level": j, "grade": g},
        children=tuple(children),
    )
    return LedgerResult(tuple(rows), balance, j, g, tmt_pangkat, tmt_jenjang, root)


def _missing_golongan(field: str) -> Golongan:
    raise InvalidInput(
        "integrasi memerlukan golongan",
        field=f"{field}.golongan",
        message_en="integration needs the golongan",
    )
