"""PP 46/2011 + Peraturan Kepala BKN 1/2013: the numeric SKP of 2014 to 2021 semester I.

Data first: :data:`RULES` holds every constant as a cited :class:`~inovasi_daerah.law.Param`
(skp.md §2). The engine functions take ``rules=`` to compute under an overridden copy.

The waktu aspect reproduces the reference's table (skp.md §2.2):

>>> [str(time_aspect(target=t, realised=r).value.quantize(Decimal("0.01")))
...  for t, r in [(12, 12), (5, 4), (12, "9.12"), (12, 9), (12, 6), (12, 13)]]
['76.00', '96.00', '100.00', '75.00', '50.00', '67.67']
>>> predikat(85).predicate.value
'Baik'
>>> tugas_tambahan(4).value, kreativitas("negara").value
(Decimal('2'), Decimal('12'))
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

from inovasi_daerah._util import as_list, check_list, check_rule_set, require_instance
from inovasi_daerah.errors import InvalidInput
from inovasi_daerah.law import Citation, Explanation, Param, T, Text, fmt_value
from inovasi_daerah.law.context import CONTEXT, exact
from inovasi_daerah.law.load import (
    DECIMAL,
    INT,
    ArrayOf,
    Choice,
    Field,
    Kind,
    ListOf,
    OneOf,
    Table,
)
from inovasi_daerah.models.skp import (
    Activity,
    KreativitasLevel,
    PerilakuAspect,
    PredicatePp46,
    Signer,
)
from inovasi_daerah.skp._common import (
    HUNDRED,
    VALID_CLOSED,
    PredicateResult,
    SkpRegime,
    ValueResult,
    as_enum,
    as_model,
    band_of,
    bands_rule,
    cites,
    load_rule_set,
    policy_note,
    rule_file,
    target_and_realised,
    to_decimal,
    value_converter,
)
from inovasi_daerah.types import Number

__all__ = [
    "RULES",
    "Pp46Rules",
    "cost_aspect",
    "kegiatan_score",
    "kreativitas",
    "perilaku_score",
    "predikat",
    "prestasi_kerja",
    "quality_aspect",
    "quantity_aspect",
    "skp_score",
    "time_aspect",
    "tugas_tambahan",
]

_ZERO = Decimal(0)


@dataclass(frozen=True, kw_only=True)
class Pp46Rules(SkpRegime):
    """The constants of PP 46/2011 and Perka BKN 1/2013 (skp.md §2, §9)."""

    weight_skp: Param[Decimal]
    weight_perilaku: Param[Decimal]
    quality_target: Param[Decimal]
    time_factor: Param[Decimal]
    efficiency_limit: Param[Decimal]
    tugas_tambahan_bands: Param[tuple[tuple[int | None, Decimal], ...]]
    kreativitas_unit_kerja: Param[Decimal]
    kreativitas_organisasi: Param[Decimal]
    kreativitas_negara: Param[Decimal]
    signers_unit_kerja: Param[tuple[Signer, ...]]
    signers_organisasi: Param[tuple[Signer, ...]]
    signers_negara: Param[tuple[Signer, ...]]
    kreativitas_stacking: Param[str]
    skp_cap: Param[Decimal | None]
    perilaku_aspects: Param[tuple[PerilakuAspect, ...]]
    leadership_aspect: Param[PerilakuAspect]
    predikat_bands: Param[tuple[tuple[Decimal, PredicatePp46], ...]]
    predikat_floor: Param[PredicatePp46]
    between_bands: Param[str]
    # Formula rules that carry no number: cited so that results can say where they come from.
    quantity_rule: Citation
    average_rule: Citation
    overall_average_rule: Citation
    perilaku_average_rule: Citation
    addons_rule: Citation
    time_over_limit_rule: Citation
    time_boundary_rule: Citation
    cost_rule: Citation
    not_done_rule: Citation

    def kreativitas_points(self, level: KreativitasLevel) -> Param[Decimal]:
        """The kreativitas points of ``level``."""
        level = as_enum(KreativitasLevel, level, "level")
        return {
            KreativitasLevel.UNIT_KERJA: self.kreativitas_unit_kerja,
            KreativitasLevel.ORGANISASI: self.kreativitas_organisasi,
            KreativitasLevel.NEGARA: self.kreativitas_negara,
        }[level]

    def kreativitas_signers(self, level: KreativitasLevel) -> Param[tuple[Signer, ...]]:
        """The signers whose certificate counts at ``level``."""
        level = as_enum(KreativitasLevel, level, "level")
        return {
            KreativitasLevel.UNIT_KERJA: self.signers_unit_kerja,
            KreativitasLevel.ORGANISASI: self.signers_organisasi,
            KreativitasLevel.NEGARA: self.signers_negara,
        }[level]


# -- the rule data: rules/skp/pp46_2011.toml ------------------------------------------------------

_SIGNERS = ArrayOf(Choice(tuple(x.value for x in Signer)))
_ASPECT = Choice(tuple(x.value for x in PerilakuAspect))
_PRED = Choice(tuple(x.value for x in PredicatePp46))
_VALUE_KINDS: dict[str, Kind] = {
    "weight_skp": DECIMAL,
    "weight_perilaku": DECIMAL,
    "quality_target": DECIMAL,
    "time_factor": DECIMAL,
    "efficiency_limit": DECIMAL,
    "tugas_tambahan_bands": ListOf(
        Table({"up_to": Field(INT, doc="left out: and more"), "points": Field(DECIMAL, True)}), 1
    ),
    "kreativitas_unit_kerja": DECIMAL,
    "kreativitas_organisasi": DECIMAL,
    "kreativitas_negara": DECIMAL,
    "signers_unit_kerja": _SIGNERS,
    "signers_organisasi": _SIGNERS,
    "signers_negara": _SIGNERS,
    "kreativitas_stacking": Choice(("sum", "highest")),
    "skp_cap": OneOf((Choice(("none",)), DECIMAL)),
    "perilaku_aspects": ArrayOf(_ASPECT),
    "leadership_aspect": _ASPECT,
    "predikat_bands": ListOf(
        Table({"from": Field(DECIMAL, True), "predikat": Field(_PRED, True)}), 1
    ),
    "predikat_floor": _PRED,
    "between_bands": Choice(("lower_threshold", "round_half_up")),
}

#: Formula rules that carry no number, named in the file's [citations].
_BARE_CITATIONS = (
    "quantity_rule",
    "average_rule",
    "overall_average_rule",
    "perilaku_average_rule",
    "addons_rule",
    "time_over_limit_rule",
    "time_boundary_rule",
    "cost_rule",
    "not_done_rule",
)

#: The format of the PP 46/2011 regime file.
REGIME_FILE = rule_file(
    "skp",
    "The PP 46/2011 appraisal regime",
    _VALUE_KINDS,
    valid=VALID_CLOSED,
)


_regime_value = value_converter(
    {
        "tugas_tambahan_bands": lambda v, d: tuple((b.get("up_to"), d(b["points"])) for b in v),
        "predikat_bands": lambda v, d: tuple(
            (d(b["from"]), PredicatePp46(b["predikat"])) for b in v
        ),
        "predikat_floor": lambda v, d: PredicatePp46(v),
        "perilaku_aspects": lambda v, d: tuple(PerilakuAspect(x) for x in v),
        "leadership_aspect": lambda v, d: PerilakuAspect(v),
        "skp_cap": lambda v, d: None if v == "none" else d(v),
        "kreativitas_stacking": lambda v, d: v,
        "between_bands": lambda v, d: v,
    },
    prefixes={"signers_": lambda v, d: tuple(Signer(x) for x in v)},
    default=lambda v, d: d(v),
)


RULES = load_rule_set(Pp46Rules, "skp/pp46_2011.toml", REGIME_FILE, _regime_value, _BARE_CITATIONS)


@exact
def quantity_aspect(
    *, target: Number, realised: Number, rules: Pp46Rules | None = None
) -> ValueResult:
    """Kuantitas = realisasi output / target output × 100 (skp.md §2.2)."""
    r = check_rule_set(rules, Pp46Rules, default=RULES)
    t, real = target_and_realised(target, realised)
    value = real / t * HUNDRED
    return ValueResult(
        value,
        Explanation(
            key="quantity",
            title=T("Aspek kuantitas", "Quantity aspect"),
            value=value,
            rule=T("RO / TO × 100", "realised / target × 100"),
            citations=cites(r.quantity_rule),
            inputs={"target": t, "realised": real},
        ),
    )


@exact
def quality_aspect(
    *, realised: Number, target: Number | None = None, rules: Pp46Rules | None = None
) -> ValueResult:
    """Kualitas = realisasi kualitas / target kualitas × 100; the target is normally 100."""
    r = check_rule_set(rules, Pp46Rules, default=RULES)
    param = r.quality_target
    t, real = target_and_realised(param.get() if target is None else target, realised)
    value = real / t * HUNDRED
    return ValueResult(
        value,
        Explanation(
            key="quality",
            title=T("Aspek kualitas", "Quality aspect"),
            value=value,
            rule=T("RK / TK × 100", "realised / target × 100"),
            citations=cites(param) if target is None else cites(r.quantity_rule),
            inputs={"target": t, "realised": real},
        ),
    )


def _efficiency_aspect(
    key: str, title: Text, target: object, realised: object, r: Pp46Rules, base: Citation | None
) -> ValueResult:
    t, real = target_and_realised(target, realised)
    inputs = {"target": t, "realised": real}
    base_cites: tuple[Citation, ...] = () if base is None else (base,)
    if real == 0:
        return ValueResult(
            _ZERO,
            Explanation(
                key=key,
                title=title,
                value=_ZERO,
                rule=T("kegiatan tidak dilaksanakan: 0", "activity not carried out: 0"),
                citations=(*base_cites, r.not_done_rule),
                inputs=inputs,
            ),
        )
    factor = r.time_factor.get()
    limit = r.efficiency_limit.get()
    efficiency = HUNDRED - real / t * HUNDRED
    first = (factor * t - real) / t * HUNDRED
    citations: tuple[Citation, ...] = (*base_cites, *cites(r.time_factor, r.efficiency_limit))
    if efficiency <= limit:
        value = first
        rule = T(
            "efisiensi ≤ {l} %: (({f} × T − R) / T) × 100",
            "efficiency ≤ {l} %: (({f} × T − R) / T) × 100",
        ).format(l=limit, f=factor)
        if efficiency == limit:
            citations = (*citations, r.time_boundary_rule)
    else:
        value = (factor - 1) * HUNDRED - (first - HUNDRED)
        rule = T(
            "efisiensi > {l} %: {b} − (((({f} × T − R) / T) × 100) − 100)",
            "efficiency > {l} %: {b} − (((({f} × T − R) / T) × 100) − 100)",
        ).format(l=limit, f=factor, b=fmt_value((factor - 1) * HUNDRED))
        citations = (*citations, r.time_over_limit_rule)
    return ValueResult(
        value,
        Explanation(
            key=key,
            title=title,
            value=value,
            rule=rule,
            citations=citations,
            inputs={**inputs, "efficiency": efficiency},
        ),
    )


@exact
def time_aspect(*, target: Number, realised: Number, rules: Pp46Rules | None = None) -> ValueResult:
    """Waktu (months): 76 + e up to the 24 % efficiency limit, then 100 − e (skp.md §2.2).

    The boundary e = 24 % belongs to the first branch (value 100); realised 0 scores 0.
    """
    return _efficiency_aspect(
        "time",
        T("Aspek waktu", "Time aspect"),
        target,
        realised,
        check_rule_set(rules, Pp46Rules, default=RULES),
        None,
    )


@exact
def cost_aspect(*, target: Number, realised: Number, rules: Pp46Rules | None = None) -> ValueResult:
    """Biaya: the waktu formula applied to target and realised cost (THIRD-PARTY [KT1])."""
    r = check_rule_set(rules, Pp46Rules, default=RULES)
    return _efficiency_aspect(
        "cost", T("Aspek biaya", "Cost aspect"), target, realised, r, r.cost_rule
    )


@exact
def kegiatan_score(
    kegiatan: Activity | Mapping[str, Any], *, rules: Pp46Rules | None = None
) -> ValueResult:
    """Nilai capaian of one kegiatan: the mean of its 3 aspects, or 4 when it has a budget."""
    r = check_rule_set(rules, Pp46Rules, default=RULES)
    k = as_model(Activity, kegiatan, "kegiatan")
    parts = [
        quantity_aspect(target=k.quantity_target, realised=k.quantity_realised, rules=r),
        quality_aspect(target=k.quality_target, realised=k.quality_realised, rules=r),
        time_aspect(target=k.time_target, realised=k.time_realised, rules=r),
    ]
    if k.cost_target is not None:
        # a missing cost_realised (None) is refused by cost_aspect, naming the field
        realised: Any = k.cost_realised
        parts.append(cost_aspect(target=k.cost_target, realised=realised, rules=r))
    value = sum((p.value for p in parts), _ZERO) / len(parts)
    return ValueResult(
        value,
        Explanation(
            key="activity_score",
            title=T("Nilai capaian kegiatan: {n}", "Activity score: {n}").format(n=k.name),
            value=value,
            rule=T("jumlah aspek ÷ {c}", "sum of aspects ÷ {c}").format(c=len(parts)),
            citations=cites(r.average_rule),
            children=tuple(p.explanation for p in parts),
        ),
    )


@exact
def tugas_tambahan(count: int, *, rules: Pp46Rules | None = None) -> ValueResult:
    """Points for the number of approved tugas tambahan in the year: 0 / 1 / 2 / 3."""
    r = check_rule_set(rules, Pp46Rules, default=RULES)
    if isinstance(count, bool) or not isinstance(count, int) or count < 0:
        raise InvalidInput(
            "jumlah tugas tambahan harus bilangan bulat ≥ 0",
            field="count",
            value=count,
            message_en="the number of additional tasks must be an integer ≥ 0",
        )
    points = _ZERO
    for upper, pts in r.tugas_tambahan_bands.get():
        if upper is None or count <= upper:
            points = pts
            break
    return ValueResult(
        points,
        Explanation(
            key="extra_duties",
            title=T("Nilai tugas tambahan", "Tugas tambahan points"),
            value=points,
            rule=T(
                _bands_text(r.tugas_tambahan_bands.get()), _bands_text(r.tugas_tambahan_bands.get())
            ),
            citations=cites(r.tugas_tambahan_bands),
            inputs={"total": count},
        ),
    )


def _bands_text(bands: Sequence[tuple[int | None, Decimal]]) -> str:
    parts, low = [], 0
    for upper, pts in bands:
        if upper is None:
            parts.append(f"≥ {low} → {pts}")
        else:
            parts.append(f"{low}–{upper} → {pts}" if upper != low else f"{low} → {pts}")
            low = upper + 1
    return "; ".join(parts)


@exact
def kreativitas(
    level: KreativitasLevel | str,
    signer: Signer | str | None = None,
    *,
    rules: Pp46Rules | None = None,
) -> ValueResult:
    """Points of one kreativitas finding proven by a surat keterangan (skp.md §2.5).

    ``signer``, when given, must be one the level accepts (both readings for "negara").
    """
    r = check_rule_set(rules, Pp46Rules, default=RULES)
    lvl = as_enum(KreativitasLevel, level, "level")
    points = r.kreativitas_points(lvl)
    signers = r.kreativitas_signers(lvl)
    used: list[Param[Any]] = [points]
    inputs: dict[str, Any] = {"level": lvl}
    if signer is not None:
        s = as_enum(Signer, signer, "signer")
        if s not in signers.get():
            raise InvalidInput(
                f"penandatangan tidak sesuai tingkat {lvl.value}; yang diterima: "
                f"{[x.value for x in signers.get()]}",
                field="signer",
                rule="kreativitas",
                article=signers.citation.label(),
                value=s.value,
                message_en=(
                    f"signer does not fit level {lvl.value}; "
                    f"accepted: {[x.value for x in signers.get()]}"
                ),
            )
        used.append(signers)
        inputs["signer"] = s
    value = points.get()
    return ValueResult(
        value,
        Explanation(
            key="creativity",
            title=T("Nilai kreativitas", "Kreativitas points"),
            value=value,
            rule=T("nilai per tingkat manfaat", "points by level of benefit"),
            citations=cites(*used),
            inputs=inputs,
        ),
    )


@exact
def skp_score(
    kegiatan: Sequence[Activity | Mapping[str, Any]],
    *,
    tugas_tambahan_count: int = 0,
    kreativitas_findings: Iterable[
        KreativitasLevel | str | tuple[KreativitasLevel | str, Signer | str | None]
    ] = (),
    rules: Pp46Rules | None = None,
) -> ValueResult:
    """Nilai capaian SKP: mean over the kegiatan, plus tugas tambahan and kreativitas points.

    ``kreativitas_findings`` are levels ("unit_kerja" ...) or ``(level, signer)`` pairs. The
    cap at 100 is the policy ``skp_cap`` (default: none, as [KT1]).
    """
    r = check_rule_set(rules, Pp46Rules, default=RULES)
    check_list(kegiatan, "kegiatan", kind=Sequence)
    if not kegiatan:
        raise InvalidInput(
            "SKP memerlukan paling sedikit satu kegiatan",
            field="kegiatan",
            message_en="an SKP needs at least one activity (kegiatan)",
        )
    scores = [kegiatan_score(k, rules=r) for k in kegiatan]
    mean = sum((s.value for s in scores), _ZERO) / len(scores)
    tt = tugas_tambahan(tugas_tambahan_count, rules=r)
    krs = []
    for f in as_list(kreativitas_findings, "kreativitas_findings"):
        if isinstance(f, tuple) and len(f) == 2:
            krs.append(kreativitas(f[0], f[1], rules=r))
        else:
            krs.append(kreativitas(f, rules=r))
    kr_node, kr_value = _stack(krs, r)
    total = mean + tt.value + kr_value
    cap = r.skp_cap.get()
    note = policy_note(r.skp_cap)
    if cap is not None and total > cap:
        total = Decimal(cap)
    mean_node = Explanation(
        key="activity_average",
        title=T("Rata-rata nilai capaian kegiatan", "Mean activity score"),
        value=mean,
        citations=cites(r.overall_average_rule),
        children=tuple(s.explanation for s in scores),
    )
    return ValueResult(
        total,
        Explanation(
            key="skp_achievement_score",
            title=T("Nilai capaian SKP", "SKP score"),
            value=total,
            rule=T(
                "rata-rata + tugas tambahan + kreativitas", "mean + tugas tambahan + kreativitas"
            ),
            citations=cites(r.addons_rule, r.skp_cap)
            if total > HUNDRED or cap
            else cites(r.addons_rule),
            children=(mean_node, tt.explanation, kr_node),
            note=note if total > HUNDRED or cap is not None else None,
        ),
    )


def _stack(krs: Sequence[ValueResult], r: Pp46Rules) -> tuple[Explanation, Decimal]:
    """Sum (default) or take the highest of several findings, as the stacking policy says."""
    policy = r.kreativitas_stacking
    values = [k.value for k in krs]
    if not values:
        value = _ZERO
    elif policy.get() == "highest":
        value = max(values)
    else:
        value = sum(values, _ZERO)
    node = Explanation(
        key="creativity_total",
        title=T("Nilai kreativitas", "Kreativitas points"),
        value=value,
        citations=cites(policy) if len(values) > 1 else (),
        children=tuple(k.explanation for k in krs),
        note=policy_note(policy) if len(values) > 1 else None,
    )
    return node, value


@exact
def perilaku_score(
    scores: Mapping[PerilakuAspect | str, Number],
    *,
    structural: bool = False,
    rules: Pp46Rules | None = None,
) -> ValueResult:
    """Nilai perilaku kerja: mean of the 5 aspects, or 6 with kepemimpinan for struktural.

    The averaging rule is THIRD-PARTY ([KT1], skp.md §2.6), so the result is flagged uncertain.
    """
    r = check_rule_set(rules, Pp46Rules, default=RULES)
    if not isinstance(scores, Mapping):
        raise InvalidInput(
            "nilai perilaku harus objek {aspek: nilai}",
            field="scores",
            value=scores,
            message_en="behaviour values must be an object {aspect: value}",
        )
    require_instance(structural, bool, "structural", ("boolean", "a boolean"))
    given: dict[PerilakuAspect, Decimal] = {}
    for k, v in scores.items():
        aspect = as_enum(PerilakuAspect, k, "scores")
        given[aspect] = to_decimal(v, f"scores.{aspect.value}", minimum=_ZERO)
    needed = list(r.perilaku_aspects.get())
    used: list[Param[Any]] = [r.perilaku_aspects]
    if structural:
        needed.append(r.leadership_aspect.get())
        used.append(r.leadership_aspect)
    missing = [a.value for a in needed if a not in given]
    extra = [a.value for a in given if a not in needed]
    if missing or extra:
        raise InvalidInput(
            f"aspek kurang: {missing}; aspek tidak berlaku: {extra}",
            field="scores",
            rule="perilaku kerja",
            article=r.perilaku_aspects.citation.label(),
            message_en=f"missing aspects: {missing}; aspects not applicable: {extra}",
        )
    value = sum((given[a] for a in needed), _ZERO) / len(needed)
    return ValueResult(
        value,
        Explanation(
            key="behaviour_score",
            title=T("Nilai perilaku kerja", "Behaviour score"),
            value=value,
            rule=T("rata-rata {n} aspek", "mean of {n} aspects").format(n=len(needed)),
            citations=cites(*used, r.perilaku_average_rule),
            inputs={a.value: given[a] for a in needed},
        ),
    )


@exact
def prestasi_kerja(
    nilai_skp: Number, nilai_perilaku: Number, *, rules: Pp46Rules | None = None
) -> ValueResult:
    """Nilai prestasi kerja = 60 % × nilai SKP + 40 % × nilai perilaku kerja."""
    r = check_rule_set(rules, Pp46Rules, default=RULES)
    skp = to_decimal(nilai_skp, "nilai_skp", minimum=_ZERO)
    per = to_decimal(nilai_perilaku, "nilai_perilaku", minimum=_ZERO)
    ws, wp = r.weight_skp.get(), r.weight_perilaku.get()
    value = ws * skp + wp * per
    return ValueResult(
        value,
        Explanation(
            key="work_performance_score",
            title=T("Nilai prestasi kerja", "Work performance score"),
            value=value,
            rule=T("{a} × SKP + {b} × perilaku", "{a} × SKP + {b} × behaviour").format(a=ws, b=wp),
            citations=cites(r.weight_skp, r.weight_perilaku),
            inputs={"skp_score": skp, "behaviour_score": per},
        ),
    )


@exact
def predikat(nilai: Number, *, rules: Pp46Rules | None = None) -> PredicateResult[PredicatePp46]:
    """Predikat of a PP 46/2011 value: ≥ 91 Sangat Baik, ≥ 76 Baik, ≥ 61 Cukup, ≥ 51 Kurang.

    Values between bands (90.5) follow the policy ``between_bands``: "lower_threshold"
    (default, [KT1]: 90.5 is Baik) or "round_half_up" (90.5 → 91 → Sangat Baik).
    """
    r = check_rule_set(rules, Pp46Rules, default=RULES)
    x = to_decimal(nilai, "nilai", minimum=_ZERO)
    bands = r.predikat_bands.get()
    policy = r.between_bands
    in_gap = x != x.to_integral_value(context=CONTEXT) and any(t - 1 < x < t for t, _ in bands)
    probe = (
        x.quantize(Decimal(1), rounding=ROUND_HALF_UP, context=CONTEXT)
        if (in_gap and policy.get() == "round_half_up")
        else x
    )
    result = band_of(probe, bands, r.predikat_floor.get())
    used: list[Param[Any]] = [r.predikat_bands]
    if in_gap:
        used.append(policy)
    return PredicateResult(
        result,
        x,
        Explanation(
            key="predicate",
            title=T("Predikat (PP 46/2011)", "Predikat (PP 46/2011)"),
            value=result,
            rule=bands_rule(bands, r.predikat_floor.get()),
            citations=cites(*used),
            inputs={"score": x},
            note=policy_note(policy) if in_gap else None,
        ),
    )
