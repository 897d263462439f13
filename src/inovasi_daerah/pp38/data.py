"""The vocabulary of PP 38/2017 and UU 23/2014 Pasal 386-390, and the shapes of its rule data.

The enums (sasaran, prinsip, kriteria) and the shapes of the cited rows live here; the rows
themselves are data, in ``rules/pp38/pp38_2017.toml`` (read by :mod:`~inovasi_daerah.pp38.files`).
That file restates ``shared/domain/pp38_2017.md`` with each status and source key. The article
of record is the one that reference prefers; conflicting numbers are kept as
:class:`~inovasi_daerah.pp38._base.RejectedReading` and never used. Where the content of a
rule is established but its article is not, the citation names the *established* article
range (e.g. "Pasal 7–15" for the routes, VERIFIED-SECONDARY) and the guessed single article
appears only as an UNCERTAIN secondary citation.

The upper-case names (``CRITERIA``, ``SOURCES`` ...) are those of the shipped rule set, read
from the file on first use.

>>> [c.value for c in Criterion][:2]
['mengandung_pembaharuan', 'memberi_manfaat']
>>> Criterion("Dapat direplikasi") is Criterion.REPLICABLE
True
>>> from inovasi_daerah.pp38.data import CRITERIA, PRINCIPLES
>>> len(PRINCIPLES), PRINCIPLES[0].citation.label()
(8, 'UU 23/2014 Pasal 387 [VERIFIED-SECONDARY]')
>>> CRITERIA[0].citation.label()
'PP 38/2017 Pasal 6 [VERIFIED-SECONDARY]'
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING, Any

from inovasi_daerah.law.citation import Citation
from inovasi_daerah.law.text import Text
from inovasi_daerah.models.enums import Form, Initiator, LegalEnum, set_labels
from inovasi_daerah.models.innovation import Innovation
from inovasi_daerah.pp38._base import Fact, Provision

__all__ = [
    "ASN_PROTECTION",
    "ASN_PROTECTION_CONDITION",
    "CRITERIA",
    "ENTRY_INTO_FORCE",
    "FORMS",
    "INITIATORS",
    "OBJECTIVE",
    "PP38",
    "PRINCIPLES",
    "PROMULGATED",
    "PROPOSAL_FIELDS",
    "REGIONAL_PRINCIPLES",
    "REJECTED_READINGS",
    "SOURCES",
    "TARGETS",
    "URUSAN_LIST",
    "URUSAN_LIST_UNCERTAIN",
    "Criterion",
    "CriterionRule",
    "FormRule",
    "InitiatorRule",
    "Principle",
    "PrincipleRule",
    "ProposalField",
    "Target",
    "TargetRule",
]


# -- Tujuan and sasaran (Pasal 2, number UNCERTAIN; pp38_2017.md §5) -----------------------------
class Target(LegalEnum):
    """Sasaran inovasi daerah: the three ways it accelerates public welfare (pp38 §5)."""

    PUBLIC_SERVICE = "peningkatan_pelayanan_publik"
    EMPOWERMENT = "pemberdayaan_dan_peran_serta_masyarakat"
    COMPETITIVENESS = "peningkatan_daya_saing_daerah"


set_labels(
    Target,
    {
        "peningkatan_pelayanan_publik": (
            "Peningkatan pelayanan publik",
            "Better public services",
        ),
        "pemberdayaan_dan_peran_serta_masyarakat": (
            "Pemberdayaan dan peran serta masyarakat",
            "Community empowerment and participation",
        ),
        "peningkatan_daya_saing_daerah": (
            "Peningkatan daya saing daerah",
            "Higher regional competitiveness",
        ),
    },
)


@dataclass(frozen=True, kw_only=True)
class TargetRule(Provision):
    """One sasaran with its citation."""

    target: Target


# -- Prinsip (UU 23/2014 Pasal 387; PP Pasal 3 UNCERTAIN; pp38_2017.md §6) -----------------------


class Principle(LegalEnum):
    """The eight principles of regional innovation (UU 23/2014 Pasal 387)."""

    EFFICIENCY = "peningkatan_efisiensi"
    EFFECTIVENESS = "perbaikan_efektivitas"
    SERVICE_QUALITY = "perbaikan_kualitas_pelayanan"
    NO_CONFLICT_OF_INTEREST = "tidak_ada_konflik_kepentingan"
    PUBLIC_INTEREST = "berorientasi_kepentingan_umum"
    OPENNESS = "dilakukan_secara_terbuka"
    PROPRIETY = "memenuhi_nilai_kepatutan"
    ACCOUNTABILITY = "dapat_dipertanggungjawabkan"


set_labels(
    Principle,
    {
        "peningkatan_efisiensi": ("Peningkatan efisiensi", "Higher efficiency"),
        "perbaikan_efektivitas": ("Perbaikan efektivitas", "Better effectiveness"),
        "perbaikan_kualitas_pelayanan": (
            "Perbaikan kualitas pelayanan",
            "Better quality of service",
        ),
        "tidak_ada_konflik_kepentingan": (
            "Tidak ada konflik kepentingan",
            "No conflict of interest",
        ),
        "berorientasi_kepentingan_umum": (
            "Berorientasi kepada kepentingan umum",
            "Oriented to the public interest",
        ),
        "dilakukan_secara_terbuka": ("Dilakukan secara terbuka", "Carried out openly"),
        "memenuhi_nilai_kepatutan": (
            "Memenuhi nilai-nilai kepatutan",
            "Meets the norms of propriety",
        ),
        "dapat_dipertanggungjawabkan": (
            "Dapat dipertanggungjawabkan hasilnya, tidak untuk kepentingan diri sendiri",
            "Results can be accounted for and do not serve personal interest",
        ),
    },
)


@dataclass(frozen=True, kw_only=True)
class PrincipleRule(Provision):
    """One principle with its citation (paraphrase; statutory wording UNCERTAIN)."""

    principle: Principle


# -- Bentuk (Pasal 4; sub-definitions Pasal 4 or 5 UNCERTAIN; pp38_2017.md §7) -------------------


@dataclass(frozen=True, kw_only=True)
class FormRule(Provision):
    """One bentuk with its sub-definition (``definition``)."""

    form: Form
    definition: Text
    definition_citation: Citation


# -- Kriteria (Pasal 6; pp38_2017.md §8) ---------------------------------------------------------


class Criterion(LegalEnum):
    """The five criteria of PP 38/2017 Pasal 6; an innovation must meet all five."""

    RENEWAL = "mengandung_pembaharuan"
    BENEFICIAL = "memberi_manfaat"
    NO_UNLAWFUL_BURDEN = "tidak_membebani_masyarakat"
    REGIONAL_AUTHORITY = "kewenangan_daerah"
    REPLICABLE = "dapat_direplikasi"


set_labels(
    Criterion,
    {
        "mengandung_pembaharuan": (
            "Mengandung pembaharuan seluruh atau sebagian unsur inovasi",
            "Contains renewal of all or part of the elements of the innovation",
        ),
        "memberi_manfaat": (
            "Memberi manfaat bagi daerah dan/atau masyarakat",
            "Benefits the region and/or the public",
        ),
        "tidak_membebani_masyarakat": (
            "Tidak membebani/membatasi masyarakat yang bertentangan dengan peraturan",
            "Imposes no burden or restriction on the public contrary to the law",
        ),
        "kewenangan_daerah": (
            "Merupakan urusan pemerintahan yang menjadi kewenangan daerah",
            "Is a government affair within the region's authority",
        ),
        "dapat_direplikasi": ("Dapat direplikasi", "Can be replicated"),
    },
)


@dataclass(frozen=True, kw_only=True)
class CriterionRule(Provision):
    """One criterion with the fact that settles it (``fact``: the ``CriteriaFacts`` field) and
    the named check that decides it (``check``: a key of
    :data:`~inovasi_daerah.pp38.checks.CRITERION_CHECKS`)."""

    criterion: Criterion
    number: int
    fact: str
    check: str


# -- Inisiator (Pasal 7; pp38_2017.md §9) --------------------------------------------------------


@dataclass(frozen=True, kw_only=True)
class InitiatorRule(Provision):
    """One of the five initiator types."""

    initiator: Initiator


# -- Proposal contents (Pasal 7; pp38_2017.md §10) -----------------------------------------------


@dataclass(frozen=True, kw_only=True)
class ProposalField(Provision):
    """One item a proposal must contain.

    ``attributes`` are the :class:`~inovasi_daerah.models.Innovation` fields that hold it,
    ``present`` says whether the innovation has it, and ``required`` whether the law requires
    it for this innovation (None: the data do not say).
    """

    field: str
    attributes: tuple[str, ...]
    present: Callable[[Innovation], bool]
    required: Callable[[Innovation], Fact]


if TYPE_CHECKING:  # read from the rule file on first use (module __getattr__ below)
    from inovasi_daerah.pp38._base import RejectedReading

    ASN_PROTECTION: Provision
    ASN_PROTECTION_CONDITION: Provision
    CRITERIA: tuple[CriterionRule, ...]
    ENTRY_INTO_FORCE: Provision
    FORMS: tuple[FormRule, ...]
    INITIATORS: tuple[InitiatorRule, ...]
    OBJECTIVE: Provision
    PP38: Citation
    PRINCIPLES: tuple[PrincipleRule, ...]
    PROMULGATED: date
    PROPOSAL_FIELDS: tuple[ProposalField, ...]
    REGIONAL_PRINCIPLES: tuple[Provision, ...]
    REJECTED_READINGS: tuple[RejectedReading, ...]
    SOURCES: dict[str, str]
    TARGETS: tuple[TargetRule, ...]
    URUSAN_LIST: Citation
    URUSAN_LIST_UNCERTAIN: Citation

#: The shipped rule set's attribute behind each upper-case name of this module.
_SHIPPED = {
    "ASN_PROTECTION": "asn_protection",
    "ASN_PROTECTION_CONDITION": "asn_protection_condition",
    "CRITERIA": "criteria",
    "ENTRY_INTO_FORCE": "entry_into_force",
    "FORMS": "forms",
    "INITIATORS": "initiators",
    "OBJECTIVE": "objective",
    "PP38": "citation",
    "PRINCIPLES": "principles",
    "PROMULGATED": "valid_from",
    "PROPOSAL_FIELDS": "proposal_fields",
    "REGIONAL_PRINCIPLES": "regional_principles",
    "REJECTED_READINGS": "rejected_readings",
    "SOURCES": "sources",
    "TARGETS": "targets",
    "URUSAN_LIST": "urusan_list",
    "URUSAN_LIST_UNCERTAIN": "urusan_list_uncertain",
}


def __getattr__(name: str) -> Any:
    """The upper-case names: the shipped rule set's data, read from its file on first use."""
    if not name.isupper():  # e.g. the import system's probe for __path__
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    from inovasi_daerah.pp38.files import shipped_attribute

    value = shipped_attribute(__name__, name, _SHIPPED)
    return dict(value) if name == "SOURCES" else value
