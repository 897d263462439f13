"""Angka kredit of jabatan fungsional: PermenPANRB 1/2023 + Peraturan BKN 3/2023 (2023 – ).

AK = (months / 12) × persentase(predikat) × koefisien(jenjang), exact and unrounded; rounding
is for display only (:meth:`AngkaKreditResult.rounded`). Innovation earns no separate AK: it
pays off through the predikat (Sangat Baik 150 % against Baik 100 %; skp.md §5).

>>> angka_kredit("Sangat Baik", "Ahli Pertama").value
Decimal('18.750')
>>> angka_kredit(Predicate.GOOD, Jenjang.AHLI_MUDA, months=6).value
Decimal('12.50')
>>> accumulate([angka_kredit("Baik", "Ahli Muda")] * 4, "Ahli Muda").reached_rank
True
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date
from decimal import ROUND_HALF_UP, Decimal, getcontext
from typing import Any

from inovasi_daerah._util import as_list, check_rule_set
from inovasi_daerah.errors import InvalidInput, NoRuleSetInForce
from inovasi_daerah.law import (
    Citation,
    Explanation,
    Param,
    Registry,
    Result,
    RuleSet,
    T,
    Text,
    as_date,
    fmt_value,
)
from inovasi_daerah.law.context import CONTEXT, exact
from inovasi_daerah.law.load import (
    DATE,
    DECIMAL,
    INT,
    ArrayOf,
    Choice,
    Field,
    Kind,
    ListOf,
    Table,
)
from inovasi_daerah.models.enums import Jenjang
from inovasi_daerah.models.skp import Predicate
from inovasi_daerah.skp._common import (
    as_enum,
    cites,
    load_rule_set,
    rule_file,
    to_decimal,
    value_converter,
)
from inovasi_daerah.types import DateLike, Number

__all__ = [
    "CONVERSION_START",
    "REGISTRY",
    "RULES",
    "AkProgress",
    "AngkaKreditResult",
    "AngkaKreditRules",
    "accumulate",
    "angka_kredit",
    "angka_kredit_regime_for",
]


@dataclass(frozen=True, kw_only=True)
class AngkaKreditRules(RuleSet):
    """The constants of the AK conversion (skp.md §5, §9)."""

    conversion_start: Param[date]
    percent_sangat_baik: Param[Decimal]
    percent_baik: Param[Decimal]
    percent_butuh_perbaikan: Param[Decimal]
    percent_kurang: Param[Decimal]
    percent_sangat_kurang: Param[Decimal]
    koefisien_pemula: Param[Decimal]
    koefisien_terampil: Param[Decimal]
    koefisien_mahir: Param[Decimal]
    koefisien_penyelia: Param[Decimal]
    koefisien_ahli_pertama: Param[Decimal]
    koefisien_ahli_muda: Param[Decimal]
    koefisien_ahli_madya: Param[Decimal]
    koefisien_ahli_utama: Param[Decimal]
    months_per_year: Param[int]
    thresholds: Param[Mapping[Jenjang, tuple[Decimal, Decimal | None]]]
    next_jenjang: Param[Mapping[Jenjang, Jenjang | None]]
    pengembangan_profesi_for: Param[tuple[Jenjang, ...]]
    display_places: Param[int]
    formula: Citation
    no_innovation_ak: Citation

    def percent(self, predikat: Predicate) -> Param[Decimal]:
        """The conversion percentage of ``predikat``."""
        predikat = as_enum(Predicate, predikat, "predikat")
        table: dict[Predicate, Param[Decimal]] = self._memo(
            "percent",
            lambda: {
                Predicate.VERY_GOOD: self.percent_sangat_baik,
                Predicate.GOOD: self.percent_baik,
                Predicate.NEEDS_IMPROVEMENT: self.percent_butuh_perbaikan,
                Predicate.POOR: self.percent_kurang,
                Predicate.VERY_POOR: self.percent_sangat_kurang,
            },
        )
        return table[predikat]

    def koefisien(self, jenjang: Jenjang) -> Param[Decimal]:
        """The annual koefisien of ``jenjang``."""
        jenjang = as_enum(Jenjang, jenjang, "jenjang")
        param: Param[Decimal] | None = getattr(self, f"koefisien_{jenjang.value}", None)
        if param is None:
            raise InvalidInput(
                "jenjang tanpa koefisien",
                field="jenjang",
                value=jenjang.value,
                message_en="jenjang without a coefficient",
            )
        return param


# -- the rule data: rules/skp/angka_kredit_2023.toml ----------------------------------------------

_JENJANG = Choice(tuple(j.value for j in Jenjang))
_VALUE_KINDS: dict[str, Kind] = {
    "conversion_start": DATE,
    **{
        f"percent_{p}": DECIMAL
        for p in ("sangat_baik", "baik", "butuh_perbaikan", "kurang", "sangat_kurang")
    },
    **{f"koefisien_{j.value}": DECIMAL for j in Jenjang},
    "months_per_year": INT,
    "thresholds": ListOf(
        Table(
            {
                "jenjang": Field(_JENJANG, True),
                "kenaikan_pangkat": Field(DECIMAL, True),
                "kenaikan_jenjang": Field(DECIMAL, doc="left out: no kenaikan jenjang"),
            }
        ),
        len(Jenjang),
        len(Jenjang),
    ),
    "next_jenjang": ListOf(
        Table({"jenjang": Field(_JENJANG, True), "next": Field(_JENJANG, doc="left out: top")}),
        len(Jenjang),
        len(Jenjang),
    ),
    "pengembangan_profesi_for": ArrayOf(_JENJANG),
    "display_places": INT,
}

#: Citations of rules without a number, named in the file's [citations].
_BARE_CITATIONS = ("formula", "no_innovation_ak")

#: The format of the angka kredit rule file.
RULE_FILE = rule_file(
    "angka_kredit",
    "The angka kredit conversion of PermenPANRB 1/2023 + Peraturan BKN 3/2023",
    _VALUE_KINDS,
    with_key=True,
)


_ak_value = value_converter(
    {
        "thresholds": lambda v, d: {
            Jenjang(t["jenjang"]): (
                d(t["kenaikan_pangkat"]),
                d(t["kenaikan_jenjang"]) if "kenaikan_jenjang" in t else None,
            )
            for t in v
        },
        "next_jenjang": lambda v, d: {
            Jenjang(t["jenjang"]): Jenjang(t["next"]) if "next" in t else None for t in v
        },
        "pengembangan_profesi_for": lambda v, d: tuple(Jenjang(j) for j in v),
    },
    prefixes={"percent_": lambda v, d: d(v), "koefisien_": lambda v, d: d(v)},
)


RULES = load_rule_set(
    AngkaKreditRules,
    "skp/angka_kredit_2023.toml",
    RULE_FILE,
    _ak_value,
    _BARE_CITATIONS,
    valid_from=lambda params: params["conversion_start"].get(),
)
#: Start of the predikat-to-AK conversion: 1 January 2023 (skp.md §5.6, VERIFIED-SECONDARY).
CONVERSION_START: Param[date] = RULES.conversion_start

REGISTRY: Registry[AngkaKreditRules] = Registry(
    "angka_kredit", T("Angka kredit jabatan fungsional", "Credit points of functional posts")
)
REGISTRY.register(RULES)
REGISTRY.check()


def angka_kredit_regime_for(on: DateLike) -> AngkaKreditRules:
    """The AK conversion in force on ``on`` (2023 onward); earlier dates are refused."""
    day = as_date(on, "date")
    try:
        return REGISTRY.in_force(day)
    except NoRuleSetInForce:
        raise NoRuleSetInForce(
            f"konversi predikat ke angka kredit berlaku sejak penilaian 2023; sebelumnya AK "
            f"dinilai lewat DUPAK (tidak dimodelkan) — {day.isoformat()}",
            field="date",
            article=RULES.conversion_start.citation.label(),
            value=day.isoformat(),
            message_en=(
                "predikat-to-AK conversion applies from the 2023 assessment; before it AK "
                f"was assessed through DUPAK (not modelled) — {day.isoformat()}"
            ),
        ) from None


@dataclass(frozen=True, slots=True)
class AngkaKreditResult(Result):
    """Angka kredit earned with ``predikat`` in ``jenjang`` over ``months`` months."""

    value: Decimal
    predicate: Predicate
    career_level: Jenjang
    months: int
    percentage: Decimal
    coefficient: Decimal
    #: the explanation, or the function that builds it on first access (then kept): building
    #: it costs more than the arithmetic, and most callers only read ``value``
    _explanation: Explanation | Callable[[], Explanation] = field(compare=False, repr=False)
    _places: int = 2

    @property
    def explanation(self) -> Explanation:
        """The tree bulan / bulan per tahun × persentase × koefisien (Peraturan BKN 3/2023).

        Built on first access and cached.
        """
        e = self._explanation
        if not isinstance(e, Explanation):
            e = e()
            object.__setattr__(self, "_explanation", e)  # a cache of a pure function
        return e

    def rounded(self, places: int | None = None) -> Decimal:
        """The value rounded half up for display (2 places as SIASN shows; THIRD-PARTY)."""
        p = self._places if places is None else places
        if isinstance(p, bool) or not isinstance(p, int) or not 0 <= p <= 10:
            raise InvalidInput(
                "places harus 0-10", field="places", value=places, message_en="places must be 0-10"
            )
        return self.value.quantize(
            Decimal(1).scaleb(-p, CONTEXT), rounding=ROUND_HALF_UP, context=CONTEXT
        )

    def _summary(self) -> dict[str, Any]:
        return {
            "value": self.value,
            "predicate": self.predicate,
            "career_level": self.career_level,
            "months": self.months,
            "percentage": self.percentage,
            "coefficient": self.coefficient,
        }


@exact
def angka_kredit(
    predikat: Predicate | str,
    jenjang: Jenjang | str,
    months: Number = 12,
    *,
    rules: AngkaKreditRules | None = None,
) -> AngkaKreditResult:
    """AK = months / 12 × persentase(predikat) × koefisien(jenjang), unrounded.

    ``predikat``: :class:`Predicate` or its name ("Sangat Baik", "Cukup" = Butuh Perbaikan);
    ``jenjang``: :class:`~inovasi_daerah.models.enums.Jenjang` or its name ("Ahli Pertama");
    ``months``: an integer 1–12.
    """
    r = check_rule_set(rules, AngkaKreditRules, default=RULES)
    p = as_enum(Predicate, predikat, "predikat")
    j = as_enum(Jenjang, jenjang, "jenjang")
    per_year = r.months_per_year.get()
    if isinstance(months, bool) or not isinstance(months, int) or not 1 <= months <= per_year:
        raise InvalidInput(
            f"jumlah bulan harus bilangan bulat 1-{per_year}",
            field="months",
            article=r.months_per_year.citation.label(),
            value=months,
            message_en=f"number of months must be an integer 1-{per_year}",
        )
    # A result is immutable and follows from these inputs and the decimal context it is
    # computed in (precision and rounding of the division): made once per rule set and key.
    ctx = getcontext()
    key = (p, j, months, ctx.prec, ctx.rounding)
    cache: dict[object, AngkaKreditResult] = r._memo("results", dict)
    hit = cache.get(key)
    if hit is None:
        if len(cache) > 10_000:  # pragma: no cover - only with many decimal contexts
            cache.clear()
        hit = cache[key] = _angka_kredit(r, p, j, months, per_year)
    return hit


def _angka_kredit(
    r: AngkaKreditRules, p: Predicate, j: Jenjang, months: int, per_year: int
) -> AngkaKreditResult:
    pct, koef = r.percent(p), r.koefisien(j)
    # Multiply before dividing: exact whenever the quotient terminates (e.g. 1/12 of 18.75).
    value = Decimal(months) * pct.get() * koef.get() / Decimal(per_year)

    def explain() -> Explanation:
        return Explanation(
            key="credit",
            title=T("Angka kredit", "Credit points"),
            value=value,
            rule=T(
                "bulan / {m} × persentase × koefisien", "months / {m} × percentage × coefficient"
            ).format(m=per_year),
            citations=cites(r.formula, pct, koef, r.months_per_year),
            inputs={
                "predicate": p,
                "career_level": j,
                "months": months,
                "percentage": pct.get(),
                "coefficient": koef.get(),
            },
            note=T("tampilan: {v}", "display: {v}").format(
                v=fmt_value(
                    value.quantize(
                        Decimal(1).scaleb(-r.display_places.get(), CONTEXT),
                        rounding=ROUND_HALF_UP,
                        context=CONTEXT,
                    )
                )
            ),
        )

    return AngkaKreditResult(
        value,
        p,
        j,
        months,
        pct.get(),
        koef.get(),
        explain,
        r.display_places.get(),
    )


@dataclass(frozen=True, slots=True)
class AkProgress(Result):
    """Accumulated AK of a jenjang against the thresholds for kenaikan pangkat and jenjang."""

    career_level: Jenjang
    total: Decimal
    threshold_rank: Decimal
    threshold_career_level: Decimal | None
    next_career_level: Jenjang | None
    professional_development_required: bool
    _explanation: Explanation

    @property
    def reached_rank(self) -> bool:
        """True when the accumulated AK reaches the AK required for kenaikan pangkat."""
        return self.total >= self.threshold_rank

    @property
    def reached_career_level(self) -> bool:
        """True when there is a kenaikan jenjang and the accumulated AK reaches its threshold."""
        return self.threshold_career_level is not None and self.total >= self.threshold_career_level

    @property
    def remaining_rank(self) -> Decimal:
        """AK still missing for kenaikan pangkat (0 once reached)."""
        return max(self.threshold_rank - self.total, Decimal(0))

    @property
    def remaining_career_level(self) -> Decimal | None:
        """AK still missing for kenaikan jenjang (0 once reached; None if the jenjang has none)."""
        if self.threshold_career_level is None:
            return None
        return max(self.threshold_career_level - self.total, Decimal(0))

    def _summary(self) -> dict[str, Any]:
        return {
            "career_level": self.career_level,
            "total": self.total,
            "threshold_rank": self.threshold_rank,
            "threshold_career_level": self.threshold_career_level,
            "reached_rank": self.reached_rank,
            "reached_career_level": self.reached_career_level,
            "remaining_rank": self.remaining_rank,
            "remaining_career_level": self.remaining_career_level,
            "next_career_level": self.next_career_level,
            "professional_development_required": self.professional_development_required,
        }


@exact
def accumulate(
    entries: Iterable[AngkaKreditResult | Number],
    jenjang: Jenjang | str,
    *,
    initial: Number = 0,
    rules: AngkaKreditRules | None = None,
) -> AkProgress:
    """Add AK (results or numbers) from ``initial`` and compare with the jenjang's thresholds.

    Promotion to Penyelia, Ahli Madya and Ahli Utama also needs pengembangan profesi (a
    condition, not an amount; skp.md §5.4).
    """
    r = check_rule_set(rules, AngkaKreditRules, default=RULES)
    j = as_enum(Jenjang, jenjang, "jenjang")
    items = as_list(entries, "entries", ("angka kredit", "angka kredit"))
    start = to_decimal(initial, "initial", minimum=Decimal(0))
    total = start
    children = []
    for i, e in enumerate(items):
        if isinstance(e, AngkaKreditResult):
            if e.career_level is not j:
                level = e.career_level.value
                raise InvalidInput(
                    f"AK ke-{i + 1} untuk jenjang {level}, bukan {j.value}",
                    field=f"entries[{i}]",
                    message_en=f"AK no. {i + 1} is for jenjang {level}, not {j.value}",
                )
            v = e.value
            children.append(e.explanation)
        else:
            v = to_decimal(e, f"entries[{i}]", minimum=Decimal(0))
        total += v
    pangkat, jenjang_t = r.thresholds.get()[j]
    nxt = r.next_jenjang.get()[j]
    needs_pp = nxt is not None and nxt in r.pengembangan_profesi_for.get()
    used: list[Param[Any]] = [r.thresholds, r.next_jenjang]
    if needs_pp:
        used.append(r.pengembangan_profesi_for)
    note: Text | None = None
    if needs_pp and nxt is not None:
        note = T(
            f"kenaikan ke {nxt.label.id} juga mensyaratkan pengembangan profesi",
            f"promotion to {nxt.label.id} also requires professional development",
        )
    return AkProgress(
        j,
        total,
        pangkat,
        jenjang_t,
        nxt,
        needs_pp,
        Explanation(
            key="cumulative_credit",
            title=T("Angka kredit kumulatif", "Cumulative credit points"),
            value=total,
            citations=cites(*used),
            inputs={
                "initial": start,
                "rank_promotion": pangkat,
                "career_level_promotion": jenjang_t,
            },
            children=tuple(children),
            note=note,
        ),
    )
