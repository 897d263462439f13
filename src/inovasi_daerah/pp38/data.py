"""The law of PP 38/2017 and UU 23/2014 Pasal 386-390 as cited data.

Everything here restates ``shared/domain/pp38_2017.md`` with its status and source key. The
article of record is the one that reference prefers; conflicting numbers are kept as
:class:`~inovasi_daerah.pp38._base.RejectedReading` and never used. Where the content of a
rule is established but its article is not, the citation names the *established* article
range (e.g. "Pasal 7–15" for the routes, VERIFIED-SECONDARY) and the guessed single article
appears only as an UNCERTAIN secondary citation.

>>> [c.value for c in Criterion][:2]
['mengandung_pembaharuan', 'memberi_manfaat']
>>> Criterion("Dapat direplikasi") is Criterion.REPLICABLE
True
>>> len(PRINCIPLES), PRINCIPLES[0].citation.label()
(8, 'UU 23/2014 Pasal 387 [VERIFIED-SECONDARY]')
>>> CRITERIA[0].citation.label()
'PP 38/2017 Pasal 6 [VERIFIED-SECONDARY]'
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from inovasi_daerah.law.citation import Citation, Status, cite
from inovasi_daerah.law.text import T, Text
from inovasi_daerah.models.enums import Form, Initiator, LegalEnum, set_labels
from inovasi_daerah.models.innovation import Innovation
from inovasi_daerah.pp38._base import Fact, Provision, RejectedReading

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

# -- sources (pp38_2017.md §19) -------------------------------------------------------------------
#: Public URLs of the source keys this package cites.
SOURCES: dict[str, str] = {
    "P1": "http://docplayer.info/59694642-peraturan-pemerintah-republik-indonesia-nomor-38-tahun-2017-tentang-inovasi-daerah-dengan-rahmat-tuhan-yang-maha-esa-presiden-republik-indonesia.html",
    "P2": "https://123dok.com/document/qm04984y-tambahan-lembaran-negara-r-i.html",
    "P3": "https://nasional.kompas.com/read/2017/09/28/12284531/jokowi-teken-pp-baru-daerah-silakan-berinovasi",
    "P4": "https://nasional.kompas.com/copy/2017/09/28/12284531/twitter.com",
    "P5": "https://dukcapilmalut.blogspot.com/2017/09/presiden-teken-pp-baru-terkait-inovasi_92.html",
    "P6": "https://opera.liputan6.com/news/read/3655282/kemendagri-imbau-asn-tidak-takut-berinovasi",
    "P7": "https://sedangsulit.blogspot.com/2018/09/inovasinya-gagal-pns-dijamin-tak-akan.html",
    "P8": "https://daelpos.com/?p=49904",
    "P9": "https://www.jpnn.com/news/kemendagri-inisiatif-inovasi-daerah-bisa-dari-kada-dprd-asn-dan-masyarakat?page=2",
    "P10": "https://bskdn.kemendagri.go.id/website/?p=18165",
    "P11": "https://papua.antaranews.com/nasional/berita/2398073/kemendagri-ingatkan-daerah-laporkan-inovasi",
    "P12": "https://id.scribd.com/document/585999275/Bahan-Sosialisasi-IID-2022-Bapak-Kapus",
    "P13": "https://pdfcoffee.com/download/paparan-indeks-inovasi-daerah-3-pdf-free.html",
    "P14": "https://id.scribd.com/document/668421380/PERBUP-NOMOR-15-TAHUN-2022-Penyelenggaraan-Inovasi",
    "P15": "https://daerah.peraturanpedia.com/peraturan-bupati-mukomuko-nomor-16-tahun-2022/amp",
    "P17": "https://analisaglobal.com/dede-farhan-aulawi-pentingnya-penguatan-inovasi-daerah-dalam-persaingan-global/2",
    "P18": "https://m.jpnn.com/news/di-ngawi-kepala-bskdn-tegaskan-8-prinsip-inovasi-berbasis-ilmu-pengetahuan",
    "P19": "https://id.scribd.com/presentation/557765337/STRATEGI-PENGUATAN-INOVASI-DAERAH-BOLMUT",
}

_PP = "PP 38/2017"
_UU = "UU 23/2014"
VS = Status.VERIFIED_SECONDARY


def _c(
    instrument: str, article: str | None, status: Status, source: str, note: str | None = None
) -> Citation:
    return cite(instrument, article, status, source=source, url=SOURCES.get(source), note=note)


#: The regulation itself: considerans and Pasal 1 confirmed from a copy of the official text.
PP38 = _c(_PP, None, Status.VERIFIED, "P1", "PP 38/2017 tentang Inovasi Daerah, LN 2017 No. 206")

#: Promulgation date (diundangkan), the first day the rule set covers.
PROMULGATED = date(2017, 9, 15)

ENTRY_INTO_FORCE = Provision(
    key="berlaku",
    text=T(
        "PP 38/2017 diundangkan 15 September 2017 dan berlaku sejak diundangkan",
        "PP 38/2017 was promulgated on 15 September 2017 and is in force from promulgation",
    ),
    citation=_c(_PP, None, VS, "P5", "promulgated 15 Sep 2017, LN 2017 No. 206"),
    also=(
        cite(
            _PP,
            "Pasal 36",
            Status.UNCERTAIN,
            note="entry into force on promulgation inferred; closing article presumably Pasal 36",
        ),
    ),
)

# -- Tujuan and sasaran (Pasal 2, number UNCERTAIN; pp38_2017.md §5) -----------------------------
OBJECTIVE = Provision(
    key="tujuan",
    text=T(
        "Inovasi daerah bertujuan meningkatkan kinerja penyelenggaraan Pemerintahan Daerah",
        "Regional innovation aims to raise the performance of regional government",
    ),
    citation=_c(_PP, None, VS, "P3", "also [P5]"),
    also=(cite(_PP, "Pasal 2", Status.UNCERTAIN, note="article number not established"),),
)


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


_SASARAN = _c(_PP, "Penjelasan (TLN No. 6123)", Status.VERIFIED, "P2", "also [P3][P5]")
_SASARAN_ART = cite(_PP, "Pasal 2", Status.UNCERTAIN, note="article number not established")
TARGETS: tuple[TargetRule, ...] = tuple(
    TargetRule(
        key=t.value,
        target=t,
        text=T(f"Mempercepat kesejahteraan masyarakat melalui {t.label.id.lower()}", t.label.en),
        citation=_SASARAN,
        also=(_SASARAN_ART,),
    )
    for t in Target
)

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


_PRINSIP = _c(
    _UU,
    "Pasal 387",
    VS,
    "P18",
    "count of eight also [P16]; items in paraphrase, exact statutory wording UNCERTAIN",
)
_PRINSIP_PP = _c(_PP, "Pasal 3", Status.UNCERTAIN, "P13", "mirror of UU Pasal 387 in the PP")
PRINCIPLES: tuple[PrincipleRule, ...] = tuple(
    PrincipleRule(key=p.value, principle=p, text=p.label, citation=_PRINSIP, also=(_PRINSIP_PP,))
    for p in Principle
)

#: Additions some sources make to the eight (not statutory; a region may adopt them).
REGIONAL_PRINCIPLES: tuple[Provision, ...] = (
    Provision(
        key="berkelanjutan",
        text=T("Berkelanjutan", "Sustainable"),
        citation=_c("Perbup Mukomuko 16/2022", None, VS, "P15"),
        also=(_c("BSKDN (restatement 2026)", None, VS, "P18"),),
        note=T(
            "tambahan daerah/kebijakan, bukan prinsip undang-undang",
            "a regional or policy addition, not a statutory principle",
        ),
    ),
)

# -- Bentuk (Pasal 4; sub-definitions Pasal 4 or 5 UNCERTAIN; pp38_2017.md §7) -------------------


@dataclass(frozen=True, kw_only=True)
class FormRule(Provision):
    """One bentuk with its sub-definition (``definition``)."""

    form: Form
    definition: Text
    definition_citation: Citation


_BENTUK = _c(_PP, "Pasal 4", VS, "P6", "the three forms are VERIFIED in the Penjelasan [P2]")
_BENTUK_DEF = _c(_PP, None, VS, "P17", "sub-definition in Pasal 4 or Pasal 5: article UNCERTAIN")
FORMS: tuple[FormRule, ...] = (
    FormRule(
        key=Form.GOVERNANCE.value,
        form=Form.GOVERNANCE,
        text=Form.GOVERNANCE.label,
        citation=_BENTUK,
        also=(_c(_PP, "Penjelasan (TLN No. 6123)", Status.VERIFIED, "P2"),),
        definition=T(
            "Inovasi dalam tata laksana internal untuk melaksanakan fungsi manajemen dan "
            "mengelola unsur manajemen pemerintahan daerah",
            "Innovation in internal procedures for carrying out management functions and "
            "managing the elements of regional government management",
        ),
        definition_citation=_BENTUK_DEF,
    ),
    FormRule(
        key=Form.PUBLIC_SERVICE.value,
        form=Form.PUBLIC_SERVICE,
        text=Form.PUBLIC_SERVICE.label,
        citation=_BENTUK,
        also=(_c(_PP, "Penjelasan (TLN No. 6123)", Status.VERIFIED, "P2"),),
        definition=T(
            "Inovasi dalam proses penyediaan barang/jasa publik dan jenis atau bentuk baru "
            "barang/jasa publik, termasuk pelayanan administratif",
            "Innovation in the delivery of public goods and services and new kinds or forms of "
            "them, including administrative services",
        ),
        definition_citation=_BENTUK_DEF,
    ),
    FormRule(
        key=Form.OTHER.value,
        form=Form.OTHER,
        text=Form.OTHER.label,
        citation=_BENTUK,
        also=(_c(_PP, "Penjelasan (TLN No. 6123)", Status.VERIFIED, "P2"),),
        definition=T(
            "Inovasi lain dalam pelaksanaan urusan pemerintahan yang menjadi kewenangan daerah",
            "Any other innovation in carrying out a government affair within the region's "
            "authority",
        ),
        definition_citation=_BENTUK_DEF,
    ),
)

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
    """One criterion with the fact that settles it (``fact``: the ``CriteriaFacts`` field)."""

    criterion: Criterion
    number: int
    fact: str


_KRITERIA = _c(_PP, "Pasal 6", VS, "P3", "all five must hold; also [P13][P48]")
CRITERIA: tuple[CriterionRule, ...] = (
    CriterionRule(
        key=Criterion.RENEWAL.value,
        criterion=Criterion.RENEWAL,
        number=1,
        fact="renewal",
        text=Criterion.RENEWAL.label,
        citation=_KRITERIA,
    ),
    CriterionRule(
        key=Criterion.BENEFICIAL.value,
        criterion=Criterion.BENEFICIAL,
        number=2,
        fact="beneficial",
        text=Criterion.BENEFICIAL.label,
        citation=_KRITERIA,
    ),
    CriterionRule(
        key=Criterion.NO_UNLAWFUL_BURDEN.value,
        criterion=Criterion.NO_UNLAWFUL_BURDEN,
        number=3,
        fact="burdens_public_unlawfully",
        text=Criterion.NO_UNLAWFUL_BURDEN.label,
        citation=_KRITERIA,
    ),
    CriterionRule(
        key=Criterion.REGIONAL_AUTHORITY.value,
        criterion=Criterion.REGIONAL_AUTHORITY,
        number=4,
        fact="regional_authority",
        text=Criterion.REGIONAL_AUTHORITY.label,
        citation=_KRITERIA,
        note=T(
            "Rumusan varian ('... atau kebutuhan publik ...') hanya ada di satu sumber [P17]; "
            "tidak dipakai sebagai aturan nasional",
            "A variant wording ('... or a public need ...') appears in one source only [P17]; "
            "not used as the national rule",
        ),
    ),
    CriterionRule(
        key=Criterion.REPLICABLE.value,
        criterion=Criterion.REPLICABLE,
        number=5,
        fact="replicable",
        text=Criterion.REPLICABLE.label,
        citation=_KRITERIA,
    ),
)

#: The urusan list whose entries the library takes as within regional authority (criterion 4).
URUSAN_LIST = _c(
    "Aplikasi IID 2023 (daftar urusan)",
    None,
    Status.THIRD_PARTY,
    "T1",
    "iid_iga.md §8: 38 urusan; UU 23/2014 classification of urusan not consulted",
)
#: The two entries absent from the source data (Komunikasi dan Informatika, Perindustrian).
URUSAN_LIST_UNCERTAIN = cite(
    "Aplikasi IID 2023 (daftar urusan)",
    None,
    Status.UNCERTAIN,
    source="T1",
    note="entry absent from the source data (iid_iga.md §8, †)",
)

# -- Inisiator (Pasal 7; pp38_2017.md §9) --------------------------------------------------------


@dataclass(frozen=True, kw_only=True)
class InitiatorRule(Provision):
    """One of the five initiator types."""

    initiator: Initiator


_INISIATOR = _c(_PP, "Pasal 7", VS, "P8", "also [P3][P13][P47]")
INITIATORS: tuple[InitiatorRule, ...] = tuple(
    InitiatorRule(key=i.value, initiator=i, text=i.label, citation=_INISIATOR) for i in Initiator
)

# -- Proposal contents (Pasal 7; pp38_2017.md §10) -----------------------------------------------


def _text_given(value: str | None) -> bool:
    return value is not None and bool(value.strip())


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


_USULAN = _c(_PP, "Pasal 7", VS, "P8", "Kemendagri quoting Pasal 7; consistent with [P3]")


def _always(_: Innovation) -> Fact:
    return True


PROPOSAL_FIELDS: tuple[ProposalField, ...] = (
    ProposalField(
        key="bentuk",
        field="bentuk",
        attributes=("forms",),
        text=T("Bentuk inovasi daerah", "Form(s) of the innovation"),
        citation=_USULAN,
        present=lambda i: len(i.forms) > 0,
        required=_always,
    ),
    ProposalField(
        key="rancang_bangun",
        field="rancang_bangun",
        attributes=("design",),
        text=T(
            "Rancang bangun dan pokok perubahan yang akan dilakukan",
            "Design of the innovation and the main changes it makes",
        ),
        citation=_USULAN,
        present=lambda i: _text_given(i.design),
        required=_always,
    ),
    ProposalField(
        key="tujuan",
        field="tujuan",
        attributes=("objective",),
        text=T("Tujuan inovasi daerah", "Objective of the innovation"),
        citation=_USULAN,
        present=lambda i: _text_given(i.objective),
        required=_always,
    ),
    ProposalField(
        key="manfaat",
        field="manfaat",
        attributes=("benefit",),
        text=T("Manfaat yang diperoleh", "Expected benefit"),
        citation=_USULAN,
        present=lambda i: _text_given(i.benefit),
        required=_always,
    ),
    ProposalField(
        key="waktu_uji_coba",
        field="waktu_uji_coba",
        attributes=("planned_trial", "trial_start"),
        text=T("Waktu uji coba inovasi", "Planned trial period"),
        citation=_USULAN,
        present=lambda i: _text_given(i.planned_trial) or i.trial_start is not None,
        required=_always,
    ),
    ProposalField(
        key="anggaran",
        field="anggaran",
        attributes=("budget",),
        text=T(
            "Anggaran, jika inovasi memerlukan anggaran",
            "Budget, if the innovation needs one",
        ),
        citation=_USULAN,
        present=lambda i: i.budget is not None,
        required=lambda i: i.needs_budget,
    ),
)

# -- UU 23/2014 Pasal 389: protection of ASN (pp38_2017.md §12) ----------------------------------
ASN_PROTECTION = Provision(
    key="pelindungan_asn",
    text=T(
        "Dalam hal inovasi yang telah menjadi kebijakan Pemerintah Daerah tidak mencapai "
        "sasaran, aparatur sipil negara tidak dapat dipidana",
        "When an innovation that has become regional government policy does not reach its "
        "targets, the civil servants involved cannot be prosecuted",
    ),
    citation=_c(_UU, "Pasal 389", VS, "P7", "also [P6][P12]"),
)

ASN_PROTECTION_CONDITION = Provision(
    key="pelindungan_asn_syarat_prosedur",
    text=T(
        "Menurut Kemendagri, perlindungan berlaku bila kriteria dan tahapan (evaluasi, "
        "prosedur) diikuti",
        "According to Kemendagri the protection holds when the criteria and stages "
        "(evaluation, procedure) were followed",
    ),
    citation=_c(
        "Kemendagri (penjelasan pejabat)",
        None,
        Status.UNCERTAIN,
        "P6",
        "official gloss, not statute text; open question 7",
    ),
)

# -- Conflicting article numbers (pp38_2017.md §3) -----------------------------------------------
REJECTED_READINGS: tuple[RejectedReading, ...] = (
    RejectedReading(
        key="inisiator_pasal_3",
        subject=T("Lima jenis inisiator", "The five initiator types"),
        rejected="PP 38/2017 Pasal 3",
        stated_by=cite(
            "Slide IID (satu set)",
            "Pasal 3",
            Status.UNCERTAIN,
            note="other slides link Pasal 3 to the principles",
        ),
        preferred=_INISIATOR,
        reason=T(
            "Kemendagri dan Kota Payakumbuh menyebut Pasal 7; Pasal 3 dianggap kekeliruan slide",
            "Kemendagri and Kota Payakumbuh cite Pasal 7; Pasal 3 is treated as a slide error",
        ),
    ),
    RejectedReading(
        key="pelindungan_asn_pasal_386_2",
        subject=T("Pelindungan ASN", "Protection of ASN"),
        rejected="UU 23/2014 Pasal 386 ayat (2)",
        stated_by=_c(_UU, "Pasal 386 ayat (2)", Status.UNCERTAIN, "P6", "one news report"),
        preferred=ASN_PROTECTION.citation,
        reason=T(
            "Sumber lain [P7][P12] menyebut Pasal 389",
            "Other sources [P7][P12] cite Pasal 389",
        ),
    ),
    RejectedReading(
        key="bentuk_pasal_9",
        subject=T("Tiga bentuk inovasi daerah", "The three forms"),
        rejected="PP 38/2017 Pasal 9",
        stated_by=_c(_PP, "Pasal 9", Status.UNCERTAIN, "P19", "one BSKDN slide"),
        preferred=_BENTUK,
        reason=T(
            "Peta pasal Kemendagri menempatkan bentuk di Pasal 4; Pasal 9 kemungkinan salah slide",
            "The Kemendagri article map puts the forms in Pasal 4; Pasal 9 is probably a slide "
            "error",
        ),
    ),
)
