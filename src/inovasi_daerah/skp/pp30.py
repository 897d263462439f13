"""PP 30/2019 (Penilaian Kinerja PNS) + PermenPANRB 8/2021: the SKP of semester II 2021.

Data first: :data:`RULES` (skp.md §3). The innovation gate of Pasal 41 ayat (5): a nilai of
110-120 is Sangat Baik only with a new idea or way benefiting the organisation or the state.

>>> predikat(115, innovation=True).predicate.value, predikat(115, innovation=False).predicate.value
('Sangat Baik', 'Baik')
>>> nilai_from_capaian(100).value, nilai_from_capaian(111).value, nilai_from_capaian(90).value
(Decimal('109'), Decimal('120'), Decimal('80'))
>>> nilai_kinerja(100, 100, peer_input=False).value
Decimal('100.00')
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from inovasi_daerah._util import as_list, check_rule_set, require_instance
from inovasi_daerah.errors import InvalidInput, MissingParameter
from inovasi_daerah.law import Citation, Explanation, Param, T, fmt_value
from inovasi_daerah.law.context import exact
from inovasi_daerah.law.load import (
    DECIMAL,
    Choice,
    Field,
    Kind,
    ListOf,
    Table,
    citation_kind,
)
from inovasi_daerah.models.skp import AdditionalPerformance, PredicatePp30
from inovasi_daerah.skp._common import (
    HUNDRED,
    VALID_CLOSED,
    DecimalReader,
    PredicateResult,
    SkpRegime,
    ValueResult,
    as_model,
    band_of,
    bands_rule,
    cites,
    load_rule_set,
    rule_file,
    target_and_realised,
    to_decimal,
    value_converter,
)
from inovasi_daerah.types import Number

__all__ = [
    "RULES",
    "Pp30Rules",
    "Segment",
    "capaian",
    "kinerja_tambahan",
    "nilai_from_capaian",
    "nilai_kinerja",
    "nilai_skp",
    "predikat",
    "weights",
]

_ZERO = Decimal(0)

#: A linear band of the capaian → nilai conversion:
#: (capaian from, capaian to, nilai from, nilai to), capaian in percent.
Segment = tuple[Decimal, Decimal, Decimal, Decimal]


@dataclass(frozen=True, kw_only=True)
class Pp30Rules(SkpRegime):
    """The constants of PP 30/2019 Pasal 41 and PermenPANRB 8/2021 (skp.md §3, §9)."""

    weight_skp_without_peers: Param[Decimal]
    weight_perilaku_without_peers: Param[Decimal]
    weight_skp_with_peers: Param[Decimal]
    weight_perilaku_with_peers: Param[Decimal]
    nilai_max: Param[Decimal]
    predikat_bands: Param[tuple[tuple[Decimal, PredicatePp30], ...]]
    predikat_bands_lower: Param[tuple[tuple[Decimal, PredicatePp30], ...]]
    predikat_floor: Param[PredicatePp30]
    lower_band_signs: Citation
    innovation_gate: Param[PredicatePp30]
    capaian_cap_above: Param[Decimal]
    nilai_above_cap: Param[Decimal]
    nilai_maximum_target: Param[Decimal]
    segment_sangat_baik: Param[Segment]
    segment_baik: Param[Segment]
    baik_example: Param[tuple[Decimal, Decimal]]
    segment_cukup: Param[Segment]
    segment_kurang: Param[Segment]
    segment_sangat_kurang: Param[Segment]
    between_bands: Citation
    capaian_rule: Citation
    capaian_lower_is_better_rule: Citation
    capaian_within_range: Citation
    kinerja_tambahan_factors: Param[tuple[tuple[PredicatePp30, Decimal], ...]]
    kinerja_tambahan_arrangement: Citation
    kinerja_tambahan_cap: Param[Decimal]
    nilai_skp_rule: Citation


# -- the rule data: rules/skp/pp30_2019.toml ------------------------------------------------------

_PRED = Choice(tuple(p.value for p in PredicatePp30))
_BANDS = ListOf(Table({"from": Field(DECIMAL, True), "predikat": Field(_PRED, True)}), 1)
_SEGMENT = ListOf(DECIMAL, 4, 4)
_VALUE_KINDS: dict[str, Kind] = {
    "weight_skp_without_peers": DECIMAL,
    "weight_perilaku_without_peers": DECIMAL,
    "weight_skp_with_peers": DECIMAL,
    "weight_perilaku_with_peers": DECIMAL,
    "nilai_max": DECIMAL,
    "predikat_bands": _BANDS,
    "predikat_bands_lower": _BANDS,
    "predikat_floor": _PRED,
    "innovation_gate": _PRED,
    "capaian_cap_above": DECIMAL,
    "nilai_above_cap": DECIMAL,
    "nilai_maximum_target": DECIMAL,
    "segment_sangat_baik": _SEGMENT,
    "segment_baik": _SEGMENT,
    "baik_example": ListOf(DECIMAL, 2, 2),
    "segment_cukup": _SEGMENT,
    "segment_kurang": _SEGMENT,
    "segment_sangat_kurang": _SEGMENT,
    "kinerja_tambahan_factors": ListOf(
        Table({"predikat": Field(_PRED, True), "percent": Field(DECIMAL, True)}), 1
    ),
    "kinerja_tambahan_cap": DECIMAL,
}

#: Citations of rules without a number, named in the file's [citations].
_BARE_CITATIONS = (
    "lower_band_signs",
    "between_bands",
    "capaian_rule",
    "capaian_lower_is_better_rule",
    "capaian_within_range",
    "kinerja_tambahan_arrangement",
    "nilai_skp_rule",
)

#: The format of the PP 30/2019 regime file.
REGIME_FILE = rule_file(
    "skp",
    "The PP 30/2019 appraisal regime",
    _VALUE_KINDS,
    valid=VALID_CLOSED,
    citations=Field(Table({n: Field(citation_kind(), True) for n in _BARE_CITATIONS}), True),
)


def _bands(v: Any, d: DecimalReader) -> tuple[tuple[Decimal, PredicatePp30], ...]:
    return tuple((d(b["from"]), PredicatePp30(b["predikat"])) for b in v)


_regime_value = value_converter(
    {
        "predikat_bands": _bands,
        "predikat_bands_lower": _bands,
        "kinerja_tambahan_factors": lambda v, d: tuple(
            (PredicatePp30(f["predikat"]), d(f["percent"])) for f in v
        ),
        "predikat_floor": lambda v, d: PredicatePp30(v),
        "innovation_gate": lambda v, d: PredicatePp30(v),
    },
    default=lambda v, d: tuple(d(x) for x in v) if isinstance(v, list) else d(v),
)


RULES = load_rule_set(Pp30Rules, "skp/pp30_2019.toml", REGIME_FILE, _regime_value, _BARE_CITATIONS)


def _bool(value: object, field: str) -> bool:
    require_instance(value, bool, field, ("boolean (true/false)", "a boolean (true/false)"))
    return value is True


@exact
def predikat(
    nilai: Number, innovation: bool = False, *, rules: Pp30Rules | None = None
) -> PredicateResult[PredicatePp30]:
    """Predikat of a nilai kinerja (0–120) under PP 30/2019 Pasal 41 ayat (5).

    ``innovation`` says the PNS created a new idea and/or way of improving performance that
    benefits the organisation or the state; without it 110–120 is Baik.
    """
    r = check_rule_set(rules, Pp30Rules, default=RULES)
    x = to_decimal(nilai, "nilai", minimum=_ZERO)
    inv = _bool(innovation, "innovation")
    top = r.nilai_max.get()
    if x > top:
        raise InvalidInput(
            f"nilai kinerja paling tinggi {fmt_value(top)}",
            field="nilai",
            article=r.nilai_max.citation.label(),
            value=str(x),
            message_en=f"performance value at most {fmt_value(top)}",
        )
    used: list[Param[Any] | Citation] = []
    bands = (*r.predikat_bands.get(), *r.predikat_bands_lower.get())
    result = band_of(x, bands, r.predikat_floor.get())
    if result in {p for _, p in r.predikat_bands.get()}:
        used.append(r.predikat_bands)
    else:
        used.extend([r.predikat_bands_lower, r.predikat_floor])
        if any(x == lower for lower, _ in r.predikat_bands_lower.get()):
            used.append(r.lower_band_signs)
    note = None
    if result is PredicatePp30.VERY_GOOD and not inv:
        result = r.innovation_gate.get()
        used.append(r.innovation_gate)
        note = T(
            "110–120 tanpa gagasan/cara baru yang bermanfaat bagi organisasi atau negara: Baik",
            "110–120 without a new idea or way benefiting the organisation or state: Baik",
        )
    return PredicateResult(
        result,
        x,
        Explanation(
            key="predicate",
            title=T("Predikat (PP 30/2019)", "Predikat (PP 30/2019)"),
            value=result,
            rule=bands_rule(bands, r.predikat_floor.get(), fmt_value),
            citations=cites(*used),
            inputs={"score": x, "innovations": inv},
            note=note,
        ),
    )


@exact
def capaian(
    *,
    target: Number,
    realised: Number,
    lower_is_better: bool = False,
    target_upper: Number | None = None,
    rules: Pp30Rules | None = None,
) -> ValueResult:
    """Capaian IKI in percent (PermenPANRB 8/2021).

    Normal: realisasi / target × 100. "Lower is better": (1 + (1 − realisasi / target)) × 100.
    A range target (``target`` .. ``target_upper``) compares with the upper bound above it and
    the lower bound below it; within the range the capaian is taken as 100 % (UNCERTAIN).
    """
    r = check_rule_set(rules, Pp30Rules, default=RULES)
    t, real = target_and_realised(target, realised)
    lib = _bool(lower_is_better, "lower_is_better")
    inputs: dict[str, Any] = {"target": t, "realised": real}
    if target_upper is not None:
        up = to_decimal(target_upper, "target_upper")
        if up < t:
            raise InvalidInput(
                "batas atas target di bawah batas bawah",
                field="target_upper",
                message_en="target upper bound below the lower bound",
            )
        inputs["target_upper"] = up
        if t <= real <= up:
            return ValueResult(
                HUNDRED,
                Explanation(
                    key="achievement",
                    title=T("Capaian IKI (%)", "Indicator achievement (%)"),
                    value=HUNDRED,
                    citations=(r.capaian_within_range,),
                    inputs=inputs,
                ),
            )
        if real > up:
            t = up
    ratio = real / t
    if lib:
        value = (1 + (1 - ratio)) * HUNDRED
        rule = T("(1 + (1 − R / T)) × 100", "(1 + (1 − R / T)) × 100")
        cit = r.capaian_lower_is_better_rule
    else:
        value = ratio * HUNDRED
        rule = T("R / T × 100", "R / T × 100")
        cit = r.capaian_rule
    return ValueResult(
        value,
        Explanation(
            key="achievement",
            title=T("Capaian IKI (%)", "Indicator achievement (%)"),
            value=value,
            rule=rule,
            citations=(cit,),
            inputs=inputs,
        ),
    )


def _on_segment(seg: Segment, c: Decimal) -> Decimal:
    c_lo, c_hi, n_lo, n_hi = seg
    return n_lo + (n_hi - n_lo) / (c_hi - c_lo) * (c - c_lo)


@exact
def nilai_from_capaian(
    capaian: Number, *, maximum_target: bool = False, rules: Pp30Rules | None = None
) -> ValueResult:
    """Nilai of an indicator from its capaian in percent (PermenPANRB 8/2021).

    > 110 % → 120; 101–110 % linear 110–120 (UNCERTAIN); 100 % → 109 (worked example; other
    Baik values need the OPEN ``segment_baik``); 80–99 % → 70–89; 60–79 % → 50–69;
    < 60 % → capaian / 59 × 49. 100 % of a maximum-possible target → 120.
    """
    r = check_rule_set(rules, Pp30Rules, default=RULES)
    c = to_decimal(capaian, "capaian", minimum=_ZERO)
    maxt = _bool(maximum_target, "maximum_target")
    inputs: dict[str, Any] = {"achievement": c}
    used: list[Param[Any] | Citation] = []
    ex_c, ex_n = r.baik_example.get()
    value: Decimal
    if maxt and c == ex_c:
        value = r.nilai_maximum_target.get()
        used.append(r.nilai_maximum_target)
        inputs["target_maximum"] = True
    elif c > r.capaian_cap_above.get():
        value = r.nilai_above_cap.get()
        used.extend([r.capaian_cap_above, r.nilai_above_cap])
    else:
        segs = [
            r.segment_sangat_baik,
            r.segment_baik,
            r.segment_cukup,
            r.segment_kurang,
            r.segment_sangat_kurang,
        ]
        # Lower bounds: the Baik band starts at the worked example's capaian.
        lows = [
            r.segment_sangat_baik.get()[0],
            ex_c,
            r.segment_cukup.get()[0],
            r.segment_kurang.get()[0],
            r.segment_sangat_kurang.get()[0],
        ]
        idx = next(i for i, lo in enumerate(lows) if c >= lo)
        seg = segs[idx]
        if seg is r.segment_baik and c == ex_c:
            value = ex_n
            used.append(r.baik_example)
        else:
            if seg is r.segment_baik and seg.is_open:
                raise MissingParameter(
                    "rumus rentang Baik tidak diketahui (hanya contoh 100 % → 109); berikan "
                    "segment_baik lewat override",
                    field="segment_baik",
                    rule="capaian → nilai",
                    article=seg.citation.label(),
                    message_en=(
                        "Baik-band formula unknown (only the example 100 % → 109); "
                        "supply segment_baik by override"
                    ),
                )
            value = _on_segment(seg.get(), c)
            used.append(seg)
            nominal_top = seg.get()[1]
            if c > nominal_top:
                used.append(r.between_bands)
    return ValueResult(
        value,
        Explanation(
            key="iki_score",
            title=T("Nilai capaian IKI", "Indicator value"),
            value=value,
            citations=cites(*used),
            inputs=inputs,
        ),
    )


def _factor(r: Pp30Rules, pred: PredicatePp30) -> Decimal:
    return dict(r.kinerja_tambahan_factors.get())[pred]


@exact
def kinerja_tambahan(
    entries: Iterable[AdditionalPerformance | Mapping[str, Any]],
    *,
    other: Number = 0,
    rules: Pp30Rules | None = None,
) -> ValueResult:
    """Nilai kinerja tambahan: Σ factor(predikat) × bobot × nilai / 100, capped at 10.

    ``other`` is weighted kinerja tambahan already counted (it shares the cap).
    """
    r = check_rule_set(rules, Pp30Rules, default=RULES)
    items = [as_model(AdditionalPerformance, e, "entries") for e in as_list(entries, "entries")]
    base = to_decimal(other, "other", minimum=_ZERO)
    children = []
    total = base
    for i, e in enumerate(items):
        f = _factor(r, e.predicate)
        v = f * e.weight * e.score / HUNDRED
        total += v
        children.append(
            Explanation(
                key=f"additional_performance_{i + 1}",
                title=T("Kinerja tambahan {i}", "Additional work {i}").format(i=i + 1),
                value=v,
                rule=T("faktor × bobot × nilai / 100", "factor × weight × value / 100"),
                citations=cites(r.kinerja_tambahan_factors, r.kinerja_tambahan_arrangement),
                inputs={
                    "predicate": e.predicate,
                    "factor": f,
                    "weight": e.weight,
                    "score": e.score,
                },
            )
        )
    cap = r.kinerja_tambahan_cap.get()
    capped = min(total, cap)
    return ValueResult(
        capped,
        Explanation(
            key="additional_performance_score",
            title=T("Nilai kinerja tambahan", "Additional-work value"),
            value=capped,
            rule=T("jumlah, paling tinggi {c}", "sum, at most {c}").format(c=fmt_value(cap)),
            citations=cites(r.kinerja_tambahan_cap),
            inputs={"total": total, "other": base},
            children=tuple(children),
        ),
    )


@exact
def nilai_skp(
    kinerja_utama: Number, kinerja_tambahan_value: Number = 0, *, rules: Pp30Rules | None = None
) -> ValueResult:
    """Nilai SKP = nilai kinerja utama + nilai kinerja tambahan (the latter capped at 10)."""
    r = check_rule_set(rules, Pp30Rules, default=RULES)
    ku = to_decimal(kinerja_utama, "kinerja_utama", minimum=_ZERO)
    kt = to_decimal(kinerja_tambahan_value, "kinerja_tambahan_value", minimum=_ZERO)
    cap = r.kinerja_tambahan_cap.get()
    kt_c = min(kt, cap)
    value = ku + kt_c
    return ValueResult(
        value,
        Explanation(
            key="skp_score",
            title=T("Nilai SKP", "SKP value"),
            value=value,
            rule=T("KU + KT", "main + additional"),
            citations=cites(r.nilai_skp_rule, r.kinerja_tambahan_cap),
            inputs={"main_performance": ku, "additional_performance": kt_c},
        ),
    )


@exact
def weights(
    peer_input: bool, *, rules: Pp30Rules | None = None
) -> tuple[Param[Decimal], Param[Decimal]]:
    """The (SKP, perilaku) weight parameters of Pasal 41 ayat (2)-(4)."""
    r = check_rule_set(rules, Pp30Rules, default=RULES)
    if _bool(peer_input, "peer_input"):
        return r.weight_skp_with_peers, r.weight_perilaku_with_peers
    return r.weight_skp_without_peers, r.weight_perilaku_without_peers


@exact
def nilai_kinerja(
    nilai_skp_value: Number,
    nilai_perilaku: Number,
    *,
    peer_input: bool,
    rules: Pp30Rules | None = None,
) -> ValueResult:
    """Nilai kinerja PNS: 70 % SKP + 30 % perilaku, or 60/40 when peers and direct
    subordinates give input on perilaku (PP 30/2019 Pasal 41 ayat (2)-(4))."""
    r = check_rule_set(rules, Pp30Rules, default=RULES)
    skp = to_decimal(nilai_skp_value, "nilai_skp", minimum=_ZERO)
    per = to_decimal(nilai_perilaku, "nilai_perilaku", minimum=_ZERO)
    ws, wp = weights(peer_input, rules=r)
    value = ws.get() * skp + wp.get() * per
    return ValueResult(
        value,
        Explanation(
            key="performance_score",
            title=T("Nilai kinerja PNS", "Performance value"),
            value=value,
            rule=T("{a} × SKP + {b} × perilaku", "{a} × SKP + {b} × behaviour").format(
                a=fmt_value(ws.get()), b=fmt_value(wp.get())
            ),
            citations=cites(ws, wp),
            inputs={"skp_score": skp, "behaviour_score": per, "peer_input": peer_input},
        ),
    )
