"""Builders shared by the edition modules: compact rule data in, cited objects out.

Nothing here holds a legal number; the edition modules pass every number with its citation.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from datetime import date
from decimal import Decimal
from typing import Any

from inovasi_daerah.iga.model import (
    Band,
    Basis,
    Block,
    Direction,
    Edition,
    Indicator,
    Interval,
    Level,
    Predicate,
)
from inovasi_daerah.iga.policies import KecepatanStart, MonthCount, ProvisionalBasis, RoundingStep
from inovasi_daerah.law import Citation, Param, Status, Text, cite
from inovasi_daerah.law.text import T

Pair = tuple[str, str]

#: The domain reference itself, for library choices documented there (policies, defaults).
REFERENCE = "Domain reference iid_iga.md"

VAR_INSTITUSI = T("Institusi", "Institutions")
VAR_SDM = T("Sumber Daya Manusia", "Human resources")
VAR_EKOSISTEM = T("Ekosistem Inovasi dan Kajian", "Innovation ecosystem and studies")


def text(pair: Pair) -> Text:
    return T(pair[0], pair[1])


def levels(
    citation: Citation,
    conditions: Sequence[Pair],
    evidence: Pair | Sequence[Pair],
    bounds: Sequence[str] | None = None,
) -> tuple[Level, Level, Level]:
    """Three levels from condition texts, evidence (one for all or one per level), bounds."""
    if isinstance(evidence, tuple) and len(evidence) == 2 and isinstance(evidence[0], str):
        per_level: list[Pair] = [evidence, evidence, evidence]
    else:
        per_level = list(evidence)
    out = [
        Level(
            number=i + 1,
            condition=text(conditions[i]),
            evidence=text(per_level[i]),
            citation=citation,
            bounds=None if bounds is None else Interval.parse(bounds[i]),
        )
        for i in range(3)
    ]
    return (out[0], out[1], out[2])


def indicator(
    number: str,
    code: str,
    name: Pair,
    block: Block,
    weight: str,
    citation: Citation,
    mandatory: bool | None,
    mandatory_citation: Citation,
    conditions: Sequence[Pair],
    evidence: Pair | Sequence[Pair],
    *,
    bounds: Sequence[str] | None = None,
    direction: Direction | None = None,
    unit: Pair | None = None,
    variable: Text | None = None,
    aliases: tuple[str, ...] = (),
    bases: tuple[Basis, ...] = (),
    year_sets: Sequence[Sequence[Sequence[int]]] = (),
    categories: Sequence[tuple[str, int]] = (),
    notes: Sequence[Pair] = (),
    description: Pair | None = None,
    signed: bool = False,
    share: bool = False,
) -> Indicator:
    if bounds is not None and direction is None:
        direction = Direction.HIGHER_BETTER
    return Indicator(
        number=number,
        code=code,
        name=text(name),
        block=block,
        weight=Decimal(weight),
        levels=levels(citation, conditions, evidence, bounds),
        citation=citation,
        mandatory=mandatory,
        mandatory_citation=mandatory_citation,
        variable=variable,
        description=None if description is None else text(description),
        aliases=aliases,
        unit=None if unit is None else text(unit),
        direction=direction,
        bases=bases,
        year_sets=tuple(tuple(frozenset(s) for s in sets) for sets in year_sets),
        categories=tuple((normalize_text(k), v) for k, v in categories),
        notes=tuple(text(n) for n in notes),
        signed=signed,
        share=share,
    )


def basis(
    key: str, title: Pair, unit: Pair, bounds: Sequence[str], note: Pair | None = None
) -> Basis:
    b = tuple(Interval.parse(x) for x in bounds)
    return Basis(
        key=key,
        title=text(title),
        unit=text(unit),
        bounds=(b[0], b[1], b[2]),
        note=None if note is None else text(note),
    )


def normalize_text(name: str) -> str:
    return " ".join(name.strip().lower().replace("_", " ").replace("-", " ").split())


def bands(spec: Sequence[tuple[Predicate, str, str]]) -> tuple[Band, ...]:
    return tuple(Band(p, Decimal(lo), Decimal(hi)) for p, lo, hi in spec)


def provisional(
    ind: Indicator,
    citation: Citation,
    mandatory_citation: Citation,
    categories_citation: Citation | None = None,
) -> Indicator:
    """An indicator carried into an edition whose own list is not established: same names
    and weights, no numeric cut-offs (levels are inputs), wajib flag unknown, UNCERTAIN.

    A category map (BPK opinion, LAKIP grade ...) is carried only *marked*: it keeps the
    source edition's map with ``categories_citation`` saying so, and every derivation from it
    is flagged "carried_map" (iid_iga.md §5.2: the 2023-2025 cut-offs are not established).
    """
    new_levels = tuple(
        dataclasses.replace(
            lv,
            citation=citation,
            bounds=None,
            condition=lv.condition
            if ind.direction is None
            else T(
                f"Level {lv.number} (batas angka edisi ini tidak diketahui; isikan level)",
                f"Level {lv.number} (this edition's cut-offs are not established; enter the level)",
            ),
        )
        for lv in ind.levels
    )
    return dataclasses.replace(
        ind,
        levels=(new_levels[0], new_levels[1], new_levels[2]),
        citation=citation,
        mandatory=None,
        mandatory_citation=mandatory_citation,
        direction=None,
        bases=(),
        categories_citation=categories_citation if ind.categories else None,
        notes=ind.notes
        if not ind.categories or categories_citation is None
        else (
            *ind.notes,
            T(
                "Peta kategori dibawa dari IGA 2026 (tidak ditetapkan untuk edisi ini; "
                "turunan level ditandai 'carried_map').",
                "Category map carried from IGA 2026 (not established for this edition; "
                "derived levels are flagged 'carried_map').",
            ),
        ),
    )


# -- policies (the reference gives two readings; the library's defaults, documented) ------------


def policy_params() -> dict[str, Param[Any]]:
    """The named policies with their documented defaults (docs/iga.md, "Policies")."""
    return {
        "rejected_evidence": Param(
            "rejected_evidence",
            "zero",
            cite(
                REFERENCE,
                "§3.8 (rejected evidence: zero or downgrade)",
                Status.UNCERTAIN,
                note="Default zero: [T2] counts a level only with accepted evidence, and the "
                "official check is whether the chosen level matches the evidence; zero is also "
                "the conservative reading. 'downgrade' uses the verifier's accepted level.",
            ),
            T("Bukti ditolak: nol atau turun level", "Rejected evidence: zero or downgrade"),
            ("zero", "downgrade"),
        ),
        "count_in_n": Param(
            "count_in_n",
            "sent",
            cite(
                REFERENCE,
                "§3.3, §3.6, §15.1 (which innovations count in n)",
                Status.UNCERTAIN,
                source="I39",
                note="Default 'sent': the 2023 formula [I1] defines n as the innovations sent, "
                "and the head of BSKDN said publicly that innovations rejected at verification "
                "still count in n (§15.1, [I39]: news quoting the official, marked THIRD-PARTY "
                "there); "
                "'eligible' drops innovations shown ineligible; 'penerapan' keeps only those at "
                "the application stage.",
            ),
            T("Inovasi yang dihitung dalam n", "Innovations counted in n"),
            ("sent", "eligible", "penerapan"),
        ),
        "yandas_basis": Param(
            "yandas_basis",
            "main_only",
            cite(
                REFERENCE,
                "§3.5 (urusan utama or also urusan beririsan)",
                Status.UNCERTAIN,
                note="Default main_only, as the reference's library default.",
            ),
            T("Dasar cakupan urusan yandas", "Basis of yandas coverage"),
            ("main_only", "main_and_other"),
        ),
        "gap_rule": Param(
            "gap_rule",
            "lower",
            cite(
                REFERENCE,
                "§4.2, §5.1 (values in a published gap or overlap)",
                Status.UNCERTAIN,
                note="Default lower: a value in a gap between two published ranges (e.g. 50.5 % "
                "between '≤ 50' and '51-90') or in two overlapping ranges (5.23 in '2.05-5.23' "
                "and '≥ 5.23') gets the lower level.",
            ),
            T("Nilai di celah/tumpang tindih pita", "Value in a gap or overlap of ranges"),
            ("lower", "higher"),
        ),
        "rounding_step": Param(
            "rounding_step",
            RoundingStep.FINAL_ONLY,
            cite(
                REFERENCE,
                "§3.7, §15.1 (rounding step not established)",
                Status.UNCERTAIN,
                note="Default final_only: exact arithmetic, only the IID rounded (§3.7). "
                "'stepwise' rounds the SID part and SPD + SID to the edition's decimals first, "
                "as a third-party 2026 application does [T3]; it differs by 0.01 in about 9 % "
                "of regions and can flip a predicate at a band edge.",
            ),
            T("Tahap pembulatan IID", "Rounding step of the IID"),
            tuple(RoundingStep),
        ),
        "kecepatan_start": Param(
            "kecepatan_start",
            KecepatanStart.FIRST_KNOWN,
            cite(
                REFERENCE,
                "§4.1, §4.2 indikator 32 (start of the count not stated)",
                Status.UNCERTAIN,
                note="Default first_known: the first given of proposal date, decision date and "
                "trial start (in that order) to the start of application; 'trial_start' counts "
                "from the start of the uji coba only. The evidence asked is 'a proposal or "
                "report showing the stages and their durations'.",
            ),
            T("Awal hitungan kecepatan penciptaan", "Start of the kecepatan count"),
            tuple(KecepatanStart),
        ),
        "month_count": Param(
            "month_count",
            MonthCount.MONTHS_BEGUN,
            cite(
                REFERENCE,
                "§4.1, §4.2 indikator 32 (bands in whole months: 1-4, 5-8, ≥ 9)",
                Status.UNCERTAIN,
                note="Default months_begun: a started month counts as one, which keeps '4 months "
                "and 10 days' out of the 1-4 band (the conservative reading); 'whole_months' "
                "counts completed calendar months only (a creation shorter than a month then "
                "lies below the published 1-4 band and derives no level).",
            ),
            T("Cara menghitung bulan", "How months are counted"),
            tuple(MonthCount),
        ),
    }


# -- the provisional basis of IGA 2024 and 2025 (iid_iga.md §15 item 2) -------------------------

#: The parameters a provisional basis supplies.
BASIS_KEYS = ("divisor_k", "sji_rate", "sji_n_cap", "yandas_minimum")

#: The 2024 partial yandas rule [I33] (named alternative ``iga_2024_partial``).
I33 = "Kataberita, 18 Okt 2024: BRIDA Makassar (inovasi minimal 2 dari 6 urusan yandas)"


def provisional_basis_param(year: int, options: tuple[ProvisionalBasis, ...]) -> Param[Any]:
    """The ``provisional_basis`` policy of IGA ``year`` (default: the 2023 values)."""
    return Param(
        "provisional_basis",
        ProvisionalBasis.IGA_2023,
        cite(
            REFERENCE,
            f"§15 item 2 (provisional basis of the parameters not established for {year})",
            Status.UNCERTAIN,
            note="divisor k, SJI rate and cap and yandas minimum of IGA "
            f"{year} are not established (§3.5, §3.6); default iga_2023 (the 2023 values), "
            "alternative iga_2026"
            + (", and iga_2024_partial ('at least 2 of 6 yandas' [I33])" if year == 2024 else ""),
        ),
        T("Dasar sementara parameter edisi", "Provisional basis of the edition's parameters"),
        options,
    )


def basis_params(
    year: int, basis: ProvisionalBasis, source: Edition, reference: str = REFERENCE
) -> dict[str, Param[Any]]:
    """The divisor, SJI and yandas parameters of IGA ``year`` under ``basis``, taken from
    ``source`` (IGA 2023 or 2026) and re-cited UNCERTAIN with the basis named."""
    out: dict[str, Param[Any]] = {}
    for key in BASIS_KEYS:
        p: Param[Any] = getattr(source, key)
        out[key] = dataclasses.replace(
            p,
            override_info=None,
            citation=cite(
                reference,
                f"§15 item 2 ({key} {year} not established; provisional basis {basis.value})",
                Status.UNCERTAIN,
                note=f"value of IGA {source.year}: {p.citation.label()}",
            ),
        )
    if basis is ProvisionalBasis.IGA_2024_PARTIAL:
        out["yandas_minimum"] = Param(
            "yandas_minimum",
            2,
            cite(
                I33,
                None,
                Status.UNCERTAIN,
                source="I33",
                note="'at least 2 of the 6 yandas' for 2024 is VERIFIED-SECONDARY [I33]; "
                "whether it gates the SJI is UNCERTAIN (iid_iga.md §3.5, §15 item 2)",
            ),
            source.yandas_minimum.title,
        )
    return out


# -- provisional editions built from an earlier one --------------------------------------------

#: Fields a provisional edition takes from the edition it inherits from (the divisor, SJI and
#: yandas parameters come from its named provisional basis instead, see BASIS_KEYS).
INHERITED = ("indicators", "stated_maxima")


def inherit(
    base: Edition,
    *,
    year: int,
    title: Text,
    citation: Citation,
    bands: Param[tuple[Band, ...]],
    valid_from: date,
    valid_to: date | None,
    reference: str,
    basis_options: tuple[ProvisionalBasis, ...],
    max_entries: Param[int] | None = None,
) -> Edition:
    """A provisional edition: ``base`` with its own bands; inherited parts re-cited UNCERTAIN.

    The divisor, SJI and yandas parameters come from the named provisional basis (default
    ``iga_2023``: ``base``'s values); ``basis_options`` are the bases the caller may choose.
    """

    def uncertain(p: Param[Any], what: str, extra: str = "") -> Param[Any]:
        note = f"inherited from IGA {base.year}: {p.citation.label()}" + (
            f"; {extra}" if extra else ""
        )
        return dataclasses.replace(
            p,
            citation=cite(
                reference, f"§14, §17 ({what} {year} not established)", Status.UNCERTAIN, note=note
            ),
        )

    ind_cit = cite(
        reference,
        f"§14 (indicators {year} assumed as {base.year})",
        Status.UNCERTAIN,
        note=f"inherited from IGA {base.year}",
    )
    indicators = tuple(
        dataclasses.replace(
            i,
            citation=ind_cit,
            levels=(
                dataclasses.replace(i.levels[0], citation=ind_cit),
                dataclasses.replace(i.levels[1], citation=ind_cit),
                dataclasses.replace(i.levels[2], citation=ind_cit),
            ),
        )
        for i in base.indicators
    )
    return dataclasses.replace(
        base,
        id=f"iga-{year}",
        year=year,
        title=title,
        citation=citation,
        valid_from=valid_from,
        valid_to=valid_to,
        provisional=True,
        indicators=indicators,
        **basis_params(year, ProvisionalBasis.IGA_2023, base, reference),  # type: ignore[arg-type]
        provisional_basis=provisional_basis_param(year, basis_options),
        stated_maxima=uncertain(base.stated_maxima, "maxima"),
        bands=bands,
        max_entries=max_entries or uncertain(base.max_entries, "re-entry limit"),
        inherited=INHERITED,
        notes=(
            T(
                f"Edisi sementara: {', '.join(INHERITED)} diwarisi dari IGA {base.year}; "
                f"{', '.join(BASIS_KEYS)} dari dasar sementara (provisional_basis).",
                f"Provisional edition: {', '.join(INHERITED)} inherited from IGA {base.year}; "
                f"{', '.join(BASIS_KEYS)} from the provisional basis (provisional_basis).",
            ),
        ),
    )
