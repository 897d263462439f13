"""Angka kredit of jabatan fungsional: PermenPANRB 1/2023 + Peraturan BKN 3/2023 (2023 – ).

AK = (months / 12) × persentase(predikat) × koefisien(jenjang), exact and unrounded; rounding
is for display only (:meth:`AngkaKreditResult.rounded`). Innovation earns no separate AK: it
pays off through the predikat (Sangat Baik 150 % against Baik 100 %; skp.md §5).

>>> angka_kredit("Sangat Baik", "Ahli Pertama").value
Decimal('18.750')
>>> angka_kredit(Predikat.GOOD, Jenjang.AHLI_MUDA, months=6).value
Decimal('12.50')
>>> accumulate([angka_kredit("Baik", "Ahli Muda")] * 4, "Ahli Muda").reached_pangkat
True
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

from inovasi_daerah.errors import InvalidInput, NoRuleSetInForce
from inovasi_daerah.law import (
    Citation,
    Explanation,
    Param,
    Registry,
    Result,
    RuleSet,
    Status,
    T,
    Text,
    as_date,
    cite,
    fmt_value,
)
from inovasi_daerah.law.context import CONTEXT, exact
from inovasi_daerah.models.enums import Jenjang
from inovasi_daerah.models.skp import Predikat
from inovasi_daerah.skp._common import as_enum, cites, to_decimal

__all__ = [
    "REGISTRY",
    "RULES",
    "AkProgress",
    "AngkaKreditResult",
    "AngkaKreditRules",
    "accumulate",
    "angka_kredit",
    "angka_kredit_regime_for",
]

V = Status.VERIFIED
VS = Status.VERIFIED_SECONDARY
TP = Status.THIRD_PARTY
UN = Status.UNCERTAIN
PM1 = "PermenPANRB 1/2023"
PB3 = "Peraturan BKN 3/2023"


@dataclass(frozen=True, kw_only=True)
class AngkaKreditRules(RuleSet):
    """The constants of the AK conversion (skp.md §5, §9)."""

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

    def percent(self, predikat: Predikat) -> Param[Decimal]:
        """The conversion percentage of ``predikat``."""
        predikat = as_enum(Predikat, predikat, "predikat")
        return {
            Predikat.VERY_GOOD: self.percent_sangat_baik,
            Predikat.GOOD: self.percent_baik,
            Predikat.NEEDS_IMPROVEMENT: self.percent_butuh_perbaikan,
            Predikat.POOR: self.percent_kurang,
            Predikat.VERY_POOR: self.percent_sangat_kurang,
        }[predikat]

    def koefisien(self, jenjang: Jenjang) -> Param[Decimal]:
        """The annual koefisien of ``jenjang``."""
        jenjang = as_enum(Jenjang, jenjang, "jenjang")
        param: Param[Decimal] | None = getattr(self, f"koefisien_{jenjang.value}", None)
        if param is None:
            raise InvalidInput("jenjang tanpa koefisien", field="jenjang", value=jenjang.value)
        return param


_PCT = cite(PB3, "Lampiran (konversi predikat)", VS, source="K28", note="also THIRD-PARTY [KT4]")
_KT4 = cite(PB3, "Lampiran (koefisien per jenjang)", TP, source="KT4")


def _pct(key: str, value: str, name: str) -> Param[Decimal]:
    return Param(key, Decimal(value), _PCT, T(f"Persentase {name}", f"Percentage {name}"))


def _koef(j: Jenjang, value: str, citation: Citation = _KT4) -> Param[Decimal]:
    return Param(
        f"koefisien_{j.value}",
        Decimal(value),
        citation,
        T(f"Koefisien {j.label.id}", f"Coefficient {j.label.id}"),
    )


_J = Jenjang
RULES = AngkaKreditRules(
    id="permenpanrb_1_2023",
    family="angka_kredit",
    title=T(
        "PermenPANRB 1/2023 + Peraturan BKN 3/2023 (angka kredit JF)",
        "PermenPANRB 1/2023 + BKN Regulation 3/2023 (credit points of functional posts)",
    ),
    citation=cite(
        PM1, None, VS, source="K30", note="start: the 2023 assessment year (exact date UNCERTAIN)"
    ),
    valid_from=date(2023, 1, 1),
    valid_to=None,
    percent_sangat_baik=_pct("percent_sangat_baik", "1.50", "Sangat Baik"),
    percent_baik=_pct("percent_baik", "1.00", "Baik"),
    percent_butuh_perbaikan=_pct("percent_butuh_perbaikan", "0.75", "Butuh Perbaikan"),
    percent_kurang=_pct("percent_kurang", "0.50", "Kurang/Misconduct"),
    percent_sangat_kurang=_pct("percent_sangat_kurang", "0.25", "Sangat Kurang"),
    koefisien_pemula=_koef(_J.PEMULA, "3.75"),
    koefisien_terampil=_koef(_J.TERAMPIL, "5"),
    koefisien_mahir=_koef(_J.MAHIR, "12.5"),
    koefisien_penyelia=_koef(_J.PENYELIA, "25"),
    koefisien_ahli_pertama=_koef(
        _J.AHLI_PERTAMA,
        "12.5",
        cite(PB3, "Lampiran (koefisien per jenjang)", VS, source="K28", note="also [KT4]"),
    ),
    koefisien_ahli_muda=_koef(
        _J.AHLI_MUDA,
        "25",
        cite(PB3, "contoh perhitungan", V, source="K29", note="also [KT4]"),
    ),
    koefisien_ahli_madya=_koef(_J.AHLI_MADYA, "37.5"),
    koefisien_ahli_utama=_koef(_J.AHLI_UTAMA, "50"),
    months_per_year=Param(
        "months_per_year",
        12,
        cite(PB3, "Lampiran (AK periodik = bulan / 12 × persentase × koefisien)", VS, source="K28"),
        T("Bulan dalam setahun penilaian", "Months in an assessment year"),
    ),
    thresholds=Param(
        "thresholds",
        {
            _J.AHLI_UTAMA: (Decimal(200), None),
            _J.AHLI_MADYA: (Decimal(150), Decimal(450)),
            _J.AHLI_MUDA: (Decimal(100), Decimal(200)),
            _J.AHLI_PERTAMA: (Decimal(50), Decimal(100)),
            _J.PENYELIA: (Decimal(100), None),
            _J.MAHIR: (Decimal(20), Decimal(60)),
            _J.TERAMPIL: (Decimal(50), Decimal(100)),
            _J.PEMULA: (Decimal(15), Decimal(15)),
        },
        cite(PM1, "Lampiran (AK kumulatif)", VS, source="K31"),
        T(
            "AK kumulatif untuk kenaikan pangkat / jenjang",
            "Cumulative AK for promotion in rank / grade",
        ),
    ),
    next_jenjang=Param(
        "next_jenjang",
        {
            _J.PEMULA: _J.TERAMPIL,
            _J.TERAMPIL: _J.MAHIR,
            _J.MAHIR: _J.PENYELIA,
            _J.PENYELIA: None,
            _J.AHLI_PERTAMA: _J.AHLI_MUDA,
            _J.AHLI_MUDA: _J.AHLI_MADYA,
            _J.AHLI_MADYA: _J.AHLI_UTAMA,
            _J.AHLI_UTAMA: None,
        },
        cite(PM1, "jenjang jabatan fungsional", VS, source="K31"),
        T("Jenjang berikutnya", "Next grade"),
    ),
    pengembangan_profesi_for=Param(
        "pengembangan_profesi_for",
        (_J.PENYELIA, _J.AHLI_MADYA, _J.AHLI_UTAMA),
        cite(PM1, "Lampiran (pengembangan profesi)", VS, source="K31"),
        T(
            "Jenjang yang mensyaratkan pengembangan profesi",
            "Grades requiring professional development",
        ),
    ),
    display_places=Param(
        "display_places",
        2,
        cite(
            "SIASN (formulir angka kredit)",
            None,
            TP,
            source="KT4",
            note="2 decimals, half up; official rounding rule UNCERTAIN",
        ),
        T("Desimal untuk tampilan", "Decimals for display"),
    ),
    formula=cite(PB3, "Lampiran (konversi predikat ke AK)", VS, source="K28"),
    no_innovation_ak=cite(
        PM1,
        None,
        UN,
        note="innovation earns no separate AK; it pays off through the predikat (inferred)",
    ),
)

REGISTRY: Registry[AngkaKreditRules] = Registry(
    "angka_kredit", T("Angka kredit jabatan fungsional", "Credit points of functional posts")
)
REGISTRY.register(RULES)
REGISTRY.check()


def angka_kredit_regime_for(on: object) -> AngkaKreditRules:
    """The AK conversion in force on ``on`` (2023 onward); earlier dates are refused."""
    day = as_date(on, "date")
    try:
        return REGISTRY.in_force(day)
    except NoRuleSetInForce:
        raise NoRuleSetInForce(
            f"konversi predikat ke angka kredit berlaku sejak penilaian 2023; sebelumnya AK "
            f"dinilai lewat DUPAK (tidak dimodelkan) — {day.isoformat()} "
            f"(predikat-to-AK conversion applies from the 2023 assessment; DUPAK not modelled)",
            field="date",
            article=RULES.citation.label(),
            value=day.isoformat(),
        ) from None


def _rules(rules: AngkaKreditRules | None) -> AngkaKreditRules:
    if rules is None:
        return RULES
    if not isinstance(rules, AngkaKreditRules):
        raise InvalidInput("harus AngkaKreditRules", field="rules", value=rules)
    return rules


@dataclass(frozen=True, slots=True)
class AngkaKreditResult(Result):
    """Angka kredit earned with ``predikat`` in ``jenjang`` over ``months`` months."""

    value: Decimal
    predikat: Predikat
    jenjang: Jenjang
    months: int
    percentage: Decimal
    koefisien: Decimal
    _explanation: Explanation
    _places: int = 2

    @property
    def explanation(self) -> Explanation:
        return self._explanation

    def rounded(self, places: int | None = None) -> Decimal:
        """The value rounded half up for display (2 places as SIASN shows; THIRD-PARTY)."""
        p = self._places if places is None else places
        if isinstance(p, bool) or not isinstance(p, int) or not 0 <= p <= 10:
            raise InvalidInput("places harus 0-10", field="places", value=places)
        return self.value.quantize(
            Decimal(1).scaleb(-p, CONTEXT), rounding=ROUND_HALF_UP, context=CONTEXT
        )

    def _summary(self) -> dict[str, Any]:
        return {
            "value": self.value,
            "predikat": self.predikat,
            "jenjang": self.jenjang,
            "months": self.months,
            "percentage": self.percentage,
            "koefisien": self.koefisien,
        }


@exact
def angka_kredit(
    predikat: object, jenjang: object, months: object = 12, *, rules: AngkaKreditRules | None = None
) -> AngkaKreditResult:
    """AK = months / 12 × persentase(predikat) × koefisien(jenjang), unrounded.

    ``predikat``: :class:`Predikat` or its name ("Sangat Baik", "Cukup" = Butuh Perbaikan);
    ``jenjang``: :class:`~inovasi_daerah.models.enums.Jenjang` or its name ("Ahli Pertama");
    ``months``: an integer 1–12.
    """
    r = _rules(rules)
    p = as_enum(Predikat, predikat, "predikat")
    j = as_enum(Jenjang, jenjang, "jenjang")
    per_year = r.months_per_year.get()
    if isinstance(months, bool) or not isinstance(months, int) or not 1 <= months <= per_year:
        raise InvalidInput(
            f"jumlah bulan harus bilangan bulat 1-{per_year}",
            field="months",
            article=r.months_per_year.citation.label(),
            value=months,
        )
    pct, koef = r.percent(p), r.koefisien(j)
    # Multiply before dividing: exact whenever the quotient terminates (e.g. 1/12 of 18.75).
    value = Decimal(months) * pct.get() * koef.get() / Decimal(per_year)
    return AngkaKreditResult(
        value,
        p,
        j,
        months,
        pct.get(),
        koef.get(),
        Explanation(
            key="angka_kredit",
            title=T("Angka kredit", "Credit points"),
            value=value,
            rule=T(
                "bulan / {m} × persentase × koefisien", "months / {m} × percentage × coefficient"
            ).format(m=per_year),
            citations=cites(r.formula, pct, koef, r.months_per_year),
            inputs={
                "predikat": p,
                "jenjang": j,
                "bulan": months,
                "persentase": pct.get(),
                "koefisien": koef.get(),
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
        ),
        r.display_places.get(),
    )


@dataclass(frozen=True, slots=True)
class AkProgress(Result):
    """Accumulated AK of a jenjang against the thresholds for kenaikan pangkat and jenjang."""

    jenjang: Jenjang
    total: Decimal
    threshold_pangkat: Decimal
    threshold_jenjang: Decimal | None
    next_jenjang: Jenjang | None
    pengembangan_profesi_required: bool
    _explanation: Explanation

    @property
    def reached_pangkat(self) -> bool:
        return self.total >= self.threshold_pangkat

    @property
    def reached_jenjang(self) -> bool:
        return self.threshold_jenjang is not None and self.total >= self.threshold_jenjang

    @property
    def remaining_pangkat(self) -> Decimal:
        return max(self.threshold_pangkat - self.total, Decimal(0))

    @property
    def remaining_jenjang(self) -> Decimal | None:
        if self.threshold_jenjang is None:
            return None
        return max(self.threshold_jenjang - self.total, Decimal(0))

    @property
    def explanation(self) -> Explanation:
        return self._explanation

    def _summary(self) -> dict[str, Any]:
        return {
            "jenjang": self.jenjang,
            "total": self.total,
            "threshold_pangkat": self.threshold_pangkat,
            "threshold_jenjang": self.threshold_jenjang,
            "reached_pangkat": self.reached_pangkat,
            "reached_jenjang": self.reached_jenjang,
            "remaining_pangkat": self.remaining_pangkat,
            "remaining_jenjang": self.remaining_jenjang,
            "next_jenjang": self.next_jenjang,
            "pengembangan_profesi_required": self.pengembangan_profesi_required,
        }


@exact
def accumulate(
    entries: Iterable[object],
    jenjang: object,
    *,
    initial: object = 0,
    rules: AngkaKreditRules | None = None,
) -> AkProgress:
    """Add AK (results or numbers) from ``initial`` and compare with the jenjang's thresholds.

    Promotion to Penyelia, Ahli Madya and Ahli Utama also needs pengembangan profesi (a
    condition, not an amount; skp.md §5.4).
    """
    r = _rules(rules)
    j = as_enum(Jenjang, jenjang, "jenjang")
    if isinstance(entries, str | bytes | Mapping):
        raise InvalidInput("harus daftar angka kredit", field="entries")
    try:
        items = list(entries)
    except TypeError:
        raise InvalidInput("harus daftar angka kredit", field="entries", value=entries) from None
    start = to_decimal(initial, "initial", minimum=Decimal(0))
    total = start
    children = []
    for i, e in enumerate(items):
        if isinstance(e, AngkaKreditResult):
            if e.jenjang is not j:
                raise InvalidInput(
                    f"AK ke-{i + 1} untuk jenjang {e.jenjang.value}, bukan {j.value}",
                    field=f"entries[{i}]",
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
            key="ak_kumulatif",
            title=T("Angka kredit kumulatif", "Cumulative credit points"),
            value=total,
            citations=cites(*used),
            inputs={
                "awal": start,
                "kenaikan_pangkat": pangkat,
                "kenaikan_jenjang": jenjang_t,
            },
            children=tuple(children),
            note=note,
        ),
    )
