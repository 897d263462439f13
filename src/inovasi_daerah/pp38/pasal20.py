"""Penerapan (PP 38/2017 Pasal 20): the adoption instrument, ayat (2), and reporting, ayat (6).

Pasal 20 ayat (2) huruf b (VERIFIED-SECONDARY, quoted in Perbup Pamekasan 15/2022 [P14]):
the penerapan of an innovation result that concerns only the Pemda's internal procedures and
burdens neither the public nor the APBD is set by **Perkada**. Huruf a, the complement set by
**Perda**, is inferred from the structure of huruf b (UNCERTAIN); the library applies it
through the policy parameter ``perda_branch`` (default ``"perda"``; ``"tidak_ditentukan"``
refuses to infer).

>>> from inovasi_daerah.models import Innovation
>>> inv = Innovation(name="X", forms=["tata_kelola"], stage="penerapan", initiator="asn",
...     adoption={"internal_procedure_only": True, "burdens_public": False,
...               "burdens_apbd": False})
>>> perkada_conditions(inv)
True
>>> perkada_conditions(inv.model_copy(update={"adoption": inv.adoption.model_copy(
...     update={"burdens_apbd": None})}))  # one fact unknown: undecided
"""

from __future__ import annotations

from inovasi_daerah.law.citation import Status, cite
from inovasi_daerah.law.param import OPEN, Param
from inovasi_daerah.law.text import T
from inovasi_daerah.models.innovation import Innovation
from inovasi_daerah.pp38._base import Fact, Provision, as_innovation
from inovasi_daerah.pp38.data import SOURCES

__all__ = [
    "ADOPTION_FACTS",
    "PERDA_BRANCH_OPTIONS",
    "PERDA_RULE",
    "PERKADA_RULE",
    "REPORTING_DEADLINE_CITATION",
    "REPORTING_RULE",
    "REPORTING_UU_RULE",
    "perda_branch_param",
    "perkada_conditions",
    "reporting_deadline_param",
]

_PP = "PP 38/2017"

PERKADA_RULE = Provision(
    key="pasal_20_2_b",
    text=T(
        "Penerapan hasil inovasi yang terkait tata laksana internal Pemerintah Daerah dan "
        "tidak membebani masyarakat maupun APBD ditetapkan dengan Perkada",
        "The penerapan of an innovation result concerning only internal procedures and "
        "burdening neither the public nor the APBD is set by a Perkada",
    ),
    citation=cite(
        _PP,
        "Pasal 20 ayat (2) huruf b",
        Status.VERIFIED_SECONDARY,
        source="P14",
        url=SOURCES["P14"],
        note="quoted in the considerans of Perbup Pamekasan 15/2022",
    ),
)

PERDA_RULE = Provision(
    key="pasal_20_2_a",
    text=T(
        "Penerapan hasil inovasi yang membebani masyarakat dan/atau APBD, atau tidak semata "
        "tata laksana internal, ditetapkan dengan Perda",
        "The penerapan of an innovation result that burdens the public and/or the APBD, or is "
        "not purely internal, is set by a Perda",
    ),
    citation=cite(
        _PP,
        "Pasal 20 ayat (2) huruf a",
        Status.UNCERTAIN,
        note="inferred as the complement of huruf b; official text not consulted",
    ),
)

#: The three facts of huruf b, as (AdoptionFacts field, value that satisfies huruf b).
ADOPTION_FACTS: tuple[tuple[str, bool], ...] = (
    ("internal_procedure_only", True),
    ("burdens_public", False),
    ("burdens_apbd", False),
)

#: ``perda`` applies the inferred huruf a; ``tidak_ditentukan`` leaves the instrument open.
PERDA_BRANCH_OPTIONS: tuple[str, ...] = ("perda", "tidak_ditentukan")


def perda_branch_param() -> Param[str]:
    """The policy for the complement of huruf b (UNCERTAIN, so a named policy)."""
    return Param(
        "perda_branch",
        "perda",
        PERDA_RULE.citation,
        T(
            "Instrumen bila syarat Pasal 20(2) huruf b tidak terpenuhi",
            "Instrument when Pasal 20(2)(b) does not hold",
        ),
        PERDA_BRANCH_OPTIONS,
    )


def perkada_conditions(innovation: Innovation) -> Fact:
    """Huruf b in three-valued logic: any failing fact decides False; all three hold → True."""
    facts = as_innovation(innovation, function="perkada_conditions").adoption
    pairs = [(getattr(facts, name), want) for name, want in ADOPTION_FACTS]
    if any(v is not None and v is not want for v, want in pairs):
        return False
    if any(v is None for v, _ in pairs):
        return None
    return True


REPORTING_RULE = Provision(
    key="pasal_20_6",
    text=T(
        "Kepala daerah melaporkan penerapan inovasi daerah kepada Menteri",
        "The kepala daerah reports the penerapan of the innovation to the Minister",
    ),
    citation=cite(_PP, "Pasal 20 ayat (6)", Status.VERIFIED, source="P10", url=SOURCES["P10"]),
)

REPORTING_UU_RULE = Provision(
    key="uu_388_7",
    text=T(
        "Kepala daerah melaporkan kepada Menteri inovasi yang akan diterapkan",
        "The kepala daerah reports to the Minister the innovations that will be applied",
    ),
    citation=cite(
        "UU 23/2014",
        "Pasal 388 ayat (7)",
        Status.VERIFIED_SECONDARY,
        source="P11",
        note="also [P12]",
    ),
)

REPORTING_DEADLINE_CITATION = cite(
    _PP,
    "Pasal 20 ayat (6)",
    Status.UNCERTAIN,
    source="P10",
    note="no deadline established; in practice annual IID windows (iid_iga.md §10)",
)


def reporting_deadline_param() -> Param[int]:
    """Days after penerapan within which the report is due: OPEN (the law gives none known)."""
    return Param(
        "reporting_deadline_days",
        OPEN,
        REPORTING_DEADLINE_CITATION,
        T(
            "Batas waktu pelaporan penerapan kepada Menteri (hari sejak penerapan)",
            "Deadline for reporting the penerapan to the Minister (days after penerapan)",
        ),
    )
