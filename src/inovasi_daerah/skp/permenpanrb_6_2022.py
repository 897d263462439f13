"""PermenPANRB 6/2022 (Pengelolaan Kinerja Pegawai ASN): ratings and the 3×3 predikat matrix.

From 2022 an innovation earns **no points**: it is evidence toward a rating "di atas
ekspektasi" (as hasil kerja tambahan, an RHK containing an innovation, or an ekspektasi khusus
pimpinan). The only path to Sangat Baik is "di atas ekspektasi" on both axes (skp.md §4).

>>> predikat("di_atas_ekspektasi", "di_atas_ekspektasi").predicate.value
'Sangat Baik'
>>> predikat(Rating.ABOVE, "Sesuai ekspektasi").predicate.value
'Baik'
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Any

from inovasi_daerah._legacy_names import module_getattr
from inovasi_daerah._util import check_rule_set, require_instance
from inovasi_daerah.errors import InvalidInput
from inovasi_daerah.law import Citation, Explanation, Param, Result, Status, T, Text
from inovasi_daerah.law.context import exact
from inovasi_daerah.law.load import (
    DATE,
    DECIMAL,
    ArrayOf,
    Choice,
    Citations,
    Field,
    Kind,
    ListOf,
    MapOf,
    Table,
    Where,
    build_params,
    check,
    read_rule_file,
    require_type,
    rule_set_header,
    rules_root,
)
from inovasi_daerah.models.skp import Predicate, Rating
from inovasi_daerah.skp._common import (
    PredicateResult,
    SkpRegime,
    as_enum,
    cites,
    rule_file,
    value_converter,
)

__all__ = [
    "REGIME_FILE",
    "RULES",
    "DistributionCheck",
    "Permenpanrb6Rules",
    "Predicate",
    "Rating",
    "check_distribution",
    "predikat",
    "regime_from_file",
]

VS = Status.VERIFIED_SECONDARY
TP = Status.THIRD_PARTY
UN = Status.UNCERTAIN
V = Status.VERIFIED
PM6 = "PermenPANRB 6/2022"

#: One guidance line: (predikat counted, "min" or "max", share in percent).
Guidance = tuple[tuple[Predicate, ...], str, Decimal]


@dataclass(frozen=True, kw_only=True)
class Permenpanrb6Rules(SkpRegime):
    """The constants of PermenPANRB 6/2022 (skp.md §4)."""

    start: Param[date]
    matrix: Param[Mapping[tuple[Rating, Rating], Predicate]]
    predikat_names: Citation
    hasil_kerja_tambahan: Citation
    innovation_evidence: Citation
    above_expectation_criteria: Citation
    ekspektasi_khusus: Citation
    distribution: Param[Mapping[str, tuple[Guidance, ...]]]


# -- the rule data: rules/skp/permenpanrb_6_2022.toml --------------------------------------------

_RATINGS = Choice(tuple(r.value for r in Rating))
_PREDIKAT = Choice(tuple(p.value for p in Predicate))
_VALUE_KINDS: dict[str, Kind] = {
    "start": DATE,
    "matrix": ListOf(
        Table(
            {
                "hasil_kerja": Field(_RATINGS, True),
                "perilaku": Field(_RATINGS, True),
                "predikat": Field(_PREDIKAT, True),
            }
        ),
        9,
        9,
    ),
    "distribution": MapOf(
        ListOf(
            Table(
                {
                    "predikat": Field(ArrayOf(_PREDIKAT), True),
                    "bound": Field(Choice(("min", "max", "min_some")), True),
                    "percent": Field(DECIMAL, True),
                }
            ),
            1,
        )
    ),
}

#: The format of the PermenPANRB 6/2022 regime file.
REGIME_FILE = rule_file(
    "skp",
    "The PermenPANRB 6/2022 appraisal regime",
    _VALUE_KINDS,
    with_key=True,
    valid=Field(
        Table({"from": Field(DATE, True), "to": Field(DATE)}),
        doc="validity (default: from the start parameter, until replaced)",
    ),
)

#: Citations of rules without a number, named in the file's [citations].
_BARE_CITATIONS = (
    "predikat_names",
    "hasil_kerja_tambahan",
    "innovation_evidence",
    "above_expectation_criteria",
    "ekspektasi_khusus",
)


_regime_value = value_converter(
    {
        "matrix": lambda v, d: {
            (Rating(m["hasil_kerja"]), Rating(m["perilaku"])): Predicate(m["predikat"]) for m in v
        },
        "distribution": lambda v, d: {
            name: tuple(
                (
                    tuple(Predicate(p) for p in g["predikat"]),
                    g["bound"],
                    d(g["percent"], "percent"),
                )
                for g in lines
            )
            for name, lines in v.items()
        },
    }
)


def regime_from_file(data: dict[str, Any], file: str) -> Permenpanrb6Rules:
    """Check a regime file of this format (a PermenPANRB 6/2022-like regime) and build it."""
    require_type(data, dict, "data", "tabel (dict)", "a table (dict)")
    require_type(file, str, "file", "teks (nama berkas)", "text (a file name)")
    where = Where(file)
    check(REGIME_FILE, data, where)
    cites = Citations(data["citations"], data["checked"], where)
    params = build_params(data, cites, where, _regime_value)
    header = rule_set_header(data, cites, where, _BARE_CITATIONS, valid_from=params["start"].get())
    if len(params["matrix"].get()) != len(Rating) ** 2:  # a quadrant written twice
        raise where.error(
            "parameters.matrix",
            "matriks harus memuat 3 × 3 kuadran berbeda",
            message_en="the matrix must hold 3 × 3 distinct quadrants",
        )
    return Permenpanrb6Rules(
        **header,
        start=params["start"],
        matrix=params["matrix"],
        distribution=params["distribution"],
    )


def _load() -> Permenpanrb6Rules:
    path = rules_root() / "skp" / "permenpanrb_6_2022.toml"
    return regime_from_file(read_rule_file(path), f"rules/skp/{path.name}")


RULES = _load()
#: Start of appraisal under PermenPANRB 6/2022: the 2022 assessment year; the exact date is not
#: established (skp.md §1.1, §10 item 9), so it is a dated, replaceable UNCERTAIN parameter.
START: Param[date] = RULES.start


@exact
def predikat(
    hasil_kerja: Rating | str, perilaku: Rating | str, *, rules: Permenpanrb6Rules | None = None
) -> PredicateResult[Predicate]:
    """Predikat kinerja from the rating of hasil kerja and the rating of perilaku kerja."""
    r = check_rule_set(rules, Permenpanrb6Rules, default=RULES)
    hk = as_enum(Rating, hasil_kerja, "hasil_kerja")
    pk = as_enum(Rating, perilaku, "perilaku")
    result = r.matrix.get()[(hk, pk)]
    return PredicateResult(
        result,
        None,
        Explanation(
            key="predicate",
            title=T("Predikat kinerja (PermenPANRB 6/2022)", "Predikat (PermenPANRB 6/2022)"),
            value=result,
            rule=T("matriks rating hasil kerja × rating perilaku", "results × behaviour matrix"),
            citations=cites(r.matrix, r.predikat_names),
            inputs={"results_rating": hk, "behaviour_rating": pk},
        ),
    )


@dataclass(frozen=True, slots=True)
class DistributionCheck(Result):
    """A unit's predikat distribution compared with the 2023 guidance (findings, never errors)."""

    organisation: str
    shares: Mapping[Predicate, Decimal]
    findings: tuple[Text, ...]
    _explanation: Explanation

    @property
    def ok(self) -> bool:
        """True when the distribution follows every line of the guidance."""
        return not self.findings

    def _summary(self) -> dict[str, Any]:
        return {
            "organisation": self.organisation,
            "shares": {k.value: v for k, v in self.shares.items()},
            "ok": self.ok,
            "findings": [f.model_dump() for f in self.findings],
        }


@exact
def check_distribution(
    organisation_predikat: str,
    counts: Mapping[Predicate | str, int],
    *,
    rules: Permenpanrb6Rules | None = None,
) -> DistributionCheck:
    """Compare employee predikat counts with the guidance for the organisation's predikat.

    ``organisation_predikat``: "istimewa", "baik", "butuh_perbaikan" (or "cukup"), "kurang",
    "sangat_kurang". Guidance only (SE MenPANRB 2023): deviations are findings, not errors.
    """
    r = check_rule_set(rules, Permenpanrb6Rules, default=RULES)
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
            message_en=f"the organisation's predikat must be one of {sorted(table)}",
        )
    require_instance(
        counts, Mapping, "counts", ("objek {predikat: jumlah}", "an object {predikat: count}")
    )
    n: dict[Predicate, int] = dict.fromkeys(Predicate, 0)
    for k, v in counts.items():
        p = as_enum(Predicate, k, "counts")
        if isinstance(v, bool) or not isinstance(v, int) or v < 0:
            raise InvalidInput(
                "jumlah harus bilangan bulat ≥ 0",
                field=f"counts.{p.value}",
                value=v,
                message_en="a count must be an integer ≥ 0",
            )
        n[p] += v
    total = sum(n.values())
    if total == 0:
        raise InvalidInput("tidak ada pegawai", field="counts", message_en="no employees")
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
            key="distribution",
            title=T("Pola distribusi predikat", "Predikat distribution"),
            value=not findings,
            citations=cites(r.distribution),
            inputs={"organisation_predicate": key, "employee_count": total},
            note=T("pedoman, bukan batasan mengikat", "guidance, not a hard constraint"),
        ),
    )


__getattr__ = module_getattr(__name__, globals())
