"""PermenPANRB 6/2022 (Pengelolaan Kinerja Pegawai ASN): ratings and the 3×3 predikat matrix.

From 2022 an innovation earns **no points**: it is evidence toward a rating "di atas
ekspektasi" (as hasil kerja tambahan, an RHK containing an innovation, or an ekspektasi khusus
pimpinan). The only path to Sangat Baik is "di atas ekspektasi" on both axes (skp.md §4).

>>> predikat("di_atas_ekspektasi", "di_atas_ekspektasi").predikat.value
'Sangat Baik'
>>> predikat(Rating.ABOVE, "Sesuai ekspektasi").predikat.value
'Baik'
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Any

from inovasi_daerah.errors import InvalidInput
from inovasi_daerah.law import Citation, Explanation, Param, Result, Status, T, Text, cite
from inovasi_daerah.law.context import exact
from inovasi_daerah.models.skp import Predikat, Rating
from inovasi_daerah.skp._common import PredikatResult, SkpRegime, as_enum, cites

__all__ = [
    "RULES",
    "DistributionCheck",
    "Permenpanrb6Rules",
    "Predikat",
    "Rating",
    "check_distribution",
    "predikat",
]

VS = Status.VERIFIED_SECONDARY
TP = Status.THIRD_PARTY
UN = Status.UNCERTAIN
V = Status.VERIFIED
PM6 = "PermenPANRB 6/2022"

_A, _S, _B = Rating.ABOVE, Rating.MEETS, Rating.BELOW

#: One guidance line: (predikat counted, "min" or "max", share in percent).
Guidance = tuple[tuple[Predikat, ...], str, Decimal]


@dataclass(frozen=True, kw_only=True)
class Permenpanrb6Rules(SkpRegime):
    """The constants of PermenPANRB 6/2022 (skp.md §4)."""

    matrix: Param[Mapping[tuple[Rating, Rating], Predikat]]
    predikat_names: Citation
    hasil_kerja_tambahan: Citation
    innovation_evidence: Citation
    above_expectation_criteria: Citation
    ekspektasi_khusus: Citation
    distribution: Param[Mapping[str, tuple[Guidance, ...]]]


_MATRIX = {
    (_A, _B): Predikat.POOR,
    (_A, _S): Predikat.GOOD,
    (_A, _A): Predikat.VERY_GOOD,
    (_S, _B): Predikat.POOR,
    (_S, _S): Predikat.GOOD,
    (_S, _A): Predikat.GOOD,
    (_B, _B): Predikat.VERY_POOR,
    (_B, _S): Predikat.NEEDS_IMPROVEMENT,
    (_B, _A): Predikat.NEEDS_IMPROVEMENT,
}

_SB, _BK, _BP, _KM, _SK = (
    Predikat.VERY_GOOD,
    Predikat.GOOD,
    Predikat.NEEDS_IMPROVEMENT,
    Predikat.POOR,
    Predikat.VERY_POOR,
)

RULES = Permenpanrb6Rules(
    id="permenpanrb_6_2022",
    family="skp",
    title=T(
        "PP 30/2019 + PermenPANRB 6/2022 (pengelolaan kinerja ASN, 2022 – )",
        "PP 30/2019 + PermenPANRB 6/2022 (ASN performance management, 2022 – )",
    ),
    citation=cite(
        PM6, None, VS, source="K21", note="start: the 2022 assessment year (exact date UNCERTAIN)"
    ),
    valid_from=date(2022, 1, 1),
    valid_to=None,
    matrix=Param(
        "matrix",
        _MATRIX,
        cite(
            PM6,
            "Lampiran (kuadran predikat kinerja)",
            TP,
            source="KT5",
            note="identical in several independent implementations; names VERIFIED [K25]",
        ),
        T("Matriks predikat (hasil kerja × perilaku)", "Predikat matrix (results × behaviour)"),
    ),
    predikat_names=cite(PM6, "Lampiran (predikat kinerja pegawai)", V, source="K25"),
    hasil_kerja_tambahan=cite(
        PM6, "Lampiran (formulir SKP, B. Tambahan)", VS, source="K23", note="also [K22]"
    ),
    innovation_evidence=cite(
        PM6,
        "Lampiran (rating hasil kerja)",
        UN,
        source="K24",
        note="effect of hasil kerja tambahan on the rating is the pejabat penilai's judgement",
    ),
    above_expectation_criteria=cite(
        PM6, "Lampiran (rating)", UN, note="no numeric criteria for di atas ekspektasi"
    ),
    ekspektasi_khusus=cite(
        PM6, "Lampiran (ekspektasi khusus pimpinan)", VS, source="K22", note="wording UNCERTAIN"
    ),
    distribution=Param(
        "distribution",
        {
            "istimewa": (((_SB,), "max", Decimal(70)),),
            "baik": (((_BK,), "max", Decimal(70)), ((_BP, _KM), "min_some", Decimal(0))),
            "butuh_perbaikan": (((_BP,), "min", Decimal(60)), ((_SB,), "max", Decimal(10))),
            "kurang": (
                ((_KM,), "min", Decimal(60)),
                ((_BP,), "min", Decimal(10)),
                ((_SB,), "max", Decimal(10)),
            ),
            "sangat_kurang": (
                ((_SK,), "min", Decimal(60)),
                ((_KM, _BP), "min", Decimal(10)),
                ((_SB,), "max", Decimal(0)),
            ),
        },
        cite(
            "SE MenPANRB (2023) pola distribusi predikat",
            None,
            VS,
            source="K24",
            note="guidance, not a hard constraint; number of the circular (3/2023?) UNCERTAIN",
        ),
        T("Pola distribusi predikat pegawai", "Distribution of employee predikat"),
    ),
)


def _rules(rules: Permenpanrb6Rules | None) -> Permenpanrb6Rules:
    if rules is None:
        return RULES
    if not isinstance(rules, Permenpanrb6Rules):
        raise InvalidInput("harus Permenpanrb6Rules", field="rules", value=rules)
    return rules


@exact
def predikat(
    hasil_kerja: object, perilaku: object, *, rules: Permenpanrb6Rules | None = None
) -> PredikatResult[Predikat]:
    """Predikat kinerja from the rating of hasil kerja and the rating of perilaku kerja."""
    r = _rules(rules)
    hk = as_enum(Rating, hasil_kerja, "hasil_kerja")
    pk = as_enum(Rating, perilaku, "perilaku")
    result = r.matrix.get()[(hk, pk)]
    return PredikatResult(
        result,
        None,
        Explanation(
            key="predikat",
            title=T("Predikat kinerja (PermenPANRB 6/2022)", "Predikat (PermenPANRB 6/2022)"),
            value=result,
            rule=T("matriks rating hasil kerja × rating perilaku", "results × behaviour matrix"),
            citations=cites(r.matrix, r.predikat_names),
            inputs={"rating_hasil_kerja": hk, "rating_perilaku": pk},
        ),
    )


@dataclass(frozen=True, slots=True)
class DistributionCheck(Result):
    """A unit's predikat distribution compared with the 2023 guidance (findings, never errors)."""

    organisation: str
    shares: Mapping[Predikat, Decimal]
    findings: tuple[Text, ...]
    _explanation: Explanation

    @property
    def ok(self) -> bool:
        """True when the distribution follows every line of the guidance."""
        return not self.findings

    @property
    def explanation(self) -> Explanation:
        return self._explanation

    def _summary(self) -> dict[str, Any]:
        return {
            "organisation": self.organisation,
            "shares": {k.value: v for k, v in self.shares.items()},
            "ok": self.ok,
            "findings": [f.model_dump() for f in self.findings],
        }


@exact
def check_distribution(
    organisation_predikat: object,
    counts: Mapping[object, object],
    *,
    rules: Permenpanrb6Rules | None = None,
) -> DistributionCheck:
    """Compare employee predikat counts with the guidance for the organisation's predikat.

    ``organisation_predikat``: "istimewa", "baik", "butuh_perbaikan" (or "cukup"), "kurang",
    "sangat_kurang". Guidance only (SE MenPANRB 2023): deviations are findings, not errors.
    """
    r = _rules(rules)
    table = r.distribution.get()
    key = (
        str(organisation_predikat).strip().lower().replace(" ", "_")
        if isinstance(organisation_predikat, str)
        else None
    )
    if key == "cukup":
        key = "butuh_perbaikan"
    if key is None or key not in table:
        raise InvalidInput(
            f"predikat organisasi harus salah satu dari {sorted(table)}",
            field="organisation_predikat",
            value=organisation_predikat,
        )
    if not isinstance(counts, Mapping):
        raise InvalidInput("harus objek {predikat: jumlah}", field="counts", value=counts)
    n: dict[Predikat, int] = dict.fromkeys(Predikat, 0)
    for k, v in counts.items():
        p = as_enum(Predikat, k, "counts")
        if isinstance(v, bool) or not isinstance(v, int) or v < 0:
            raise InvalidInput(
                "jumlah harus bilangan bulat ≥ 0", field=f"counts.{p.value}", value=v
            )
        n[p] += v
    total = sum(n.values())
    if total == 0:
        raise InvalidInput("tidak ada pegawai", field="counts")
    shares = {p: Decimal(c) * 100 / total for p, c in n.items()}
    findings: list[Text] = []
    for preds, kind, pct in table[key]:
        share = sum((shares[p] for p in preds), Decimal(0))
        names = " + ".join(p.value for p in preds)
        if kind == "max" and share > pct:
            findings.append(
                T(
                    f"{names}: {share:.1f} % > paling banyak {pct} %",
                    f"{names}: {share:.1f} % > at most {pct} %",
                )
            )
        elif kind == "min" and share < pct:
            findings.append(
                T(
                    f"{names}: {share:.1f} % < paling sedikit {pct} %",
                    f"{names}: {share:.1f} % < at least {pct} %",
                )
            )
        elif kind == "min_some" and share == 0:
            findings.append(T(f"harus ada {names}", f"must include some {names}"))
    return DistributionCheck(
        key,
        shares,
        tuple(findings),
        Explanation(
            key="distribusi",
            title=T("Pola distribusi predikat", "Predikat distribution"),
            value=not findings,
            citations=cites(r.distribution),
            inputs={"predikat_organisasi": key, "jumlah_pegawai": total},
            note=T("pedoman, bukan batasan mengikat", "guidance, not a hard constraint"),
        ),
    )
