"""Enumerations of the domain, with the Indonesian legal terms as values.

Every enum accepts, besides its value, the Indonesian display text and the English label,
insensitive to case, spaces, hyphens and underscores:

>>> Stage("Uji Coba") is Stage.TRIAL, Stage("uji_coba") is Stage.TRIAL
(True, True)
>>> Stage.TRIAL == "uji_coba"
True
>>> Stage.TRIAL.label.en
'Trial'
>>> Form("Inovasi Pelayanan Publik")
<Form.PUBLIC_SERVICE: 'pelayanan_publik'>
>>> Urusan("Pekerjaan Umum dan Penataan Ruang").is_basic_service
True
"""

from __future__ import annotations

from enum import StrEnum
from typing import Any, ClassVar, Self

from inovasi_daerah._legacy_names import module_getattr
from inovasi_daerah._util import normalize_text
from inovasi_daerah.errors import unknown_member
from inovasi_daerah.law.text import Text

__all__ = [
    "AdoptionInstrument",
    "EntryPoint",
    "EvidenceStatus",
    "Form",
    "GovernmentLevel",
    "IndependentTeamMember",
    "Initiator",
    "InnovationKind",
    "InnovatorRole",
    "JabatanKind",
    "Jenjang",
    "LegalEnum",
    "LifecycleStatus",
    "Stage",
    "Tematik",
    "Urusan",
    "UrusanKind",
    "normalize_text",
    "set_labels",
]


class LegalEnum(StrEnum):
    """A StrEnum whose members carry a bilingual label and accept display text as input.

    A member is declared with its value and its label, Indonesian then English, and the class
    is finished by :func:`set_labels` (which also takes the aliases)::

        class EntryPoint(LegalEnum):
            DPRD_CHAIR = "ketua_dprd", "Ketua DPRD", "Chair of the DPRD"
            REGIONAL_HEAD = "kepala_daerah", "Kepala Daerah", "Regional head"

        set_labels(EntryPoint)
    """

    # label per member value; filled by set_labels from the members or a mapping.
    _LABELS: ClassVar[dict[str, tuple[str, str]]]
    #: the (Indonesian, English) label declared with the member, if any
    _label_pair: tuple[str, str] | None
    _ALIASES: ClassVar[dict[str, str]]
    #: normalised spelling (alias, value, name, Indonesian or English label) -> member value,
    #: built once by :func:`set_labels` so coercion is one dict lookup, not a scan
    _LOOKUP: ClassVar[dict[str, str]]
    #: the same spellings exactly as written (a fast path before normalising)
    _EXACT: ClassVar[dict[str, str]]
    #: the label Text per member value, made once (Text is immutable, so it can be shared)
    _LABEL_TEXT: ClassVar[dict[str, Text]]

    def __new__(cls, value: str, label_id: str | None = None, label_en: str | None = None) -> Self:
        """A member of value ``value``, labelled ``label_id`` / ``label_en`` when given."""
        member = str.__new__(cls, value)
        member._value_ = value
        member._label_pair = None if label_id is None else (label_id, label_en or label_id)
        return member

    @property
    def label(self) -> Text:
        """The display label in Bahasa Indonesia (``.id``) and English (``.en``)."""
        cls = type(self)
        try:
            return cls._LABEL_TEXT[self.value]
        except KeyError:
            id_, en = cls._LABELS[self.value]
            text = cls._LABEL_TEXT[self.value] = Text(id=id_, en=en)
            return text

    @classmethod
    def _coerce(cls, value: object) -> Any:
        """The member for ``value`` (member, value or any accepted spelling), else None.

        The same answer as ``cls(value)`` without :class:`enum.Enum`'s member scan and
        exception on a miss: for callers that coerce on every call.
        """
        if isinstance(value, cls):
            return value
        if not isinstance(value, str) or len(value) > 200:
            return None
        hit = cls._value2member_map_.get(value)
        if hit is not None:
            return hit
        found = cls.__dict__.get("_EXACT", {}).get(value)
        if found is None:
            found = cls.__dict__.get("_LOOKUP", {}).get(normalize_text(value))
        return None if found is None else cls._value2member_map_[found]

    @classmethod
    def _missing_(cls, value: object) -> Any:
        if not isinstance(value, str) or len(value) > 200:
            raise unknown_member(cls, value)
        found = cls.__dict__.get("_EXACT", {}).get(value)  # a label as written: no regex
        if found is None:
            found = cls.__dict__.get("_LOOKUP", {}).get(normalize_text(value))
        if found is None:
            raise unknown_member(cls, value)
        return cls(found)


def set_labels(
    cls: type[LegalEnum], labels: dict[str, tuple[str, str]] | None = None, **aliases: str
) -> None:
    """Finish ``cls``: its labels (from the members' declarations, or ``labels`` per member
    value), the ``aliases`` (extra spelling -> member value) and the lookup of every accepted
    spelling (value, name, either label, alias), built once so coercion is one dict lookup."""
    if labels is None:
        labels = {m.value: m._label_pair for m in cls if m._label_pair is not None}
    missing = {m.value for m in cls} - set(labels)
    if missing:  # pragma: no cover - guarded by the import itself
        raise RuntimeError(f"{cls.__name__}: no label for {sorted(missing)}")
    cls._LABELS = labels
    cls._ALIASES = {normalize_text(k.replace("_", " ")): v for k, v in aliases.items()}
    cls._LABEL_TEXT = {}
    # Precedence as before: aliases first, then members in order, the first spelling wins.
    lookup = dict(cls._ALIASES)
    for member in cls:
        id_, en = labels[member.value]
        for spelling in (member.value, member.name, id_, en):
            lookup.setdefault(normalize_text(spelling), member.value)
    # __members__ includes the aliases, so names before 0.2.0 are accepted as input too
    for name, member in cls.__members__.items():
        lookup.setdefault(normalize_text(name), member.value)
    cls._LOOKUP = lookup
    cls._EXACT = {
        spelling: value
        for spelling, value in ((n, m.value) for n, m in cls.__members__.items())
        if lookup.get(normalize_text(spelling)) == value
    } | {
        spelling: m.value
        for m in cls
        for spelling in labels[m.value]
        if lookup.get(normalize_text(spelling)) == m.value
    }


class Stage(LegalEnum):
    """Tahapan inovasi as reported in the IID (PP 38/2017 stages; iid_iga.md §8)."""

    INITIATIVE = "inisiatif", "Inisiatif", "Initiative"
    TRIAL = "uji_coba", "Uji Coba", "Trial"
    APPLICATION = "penerapan", "Penerapan", "Application"


set_labels(Stage, ujicoba="uji_coba")


class LifecycleStatus(LegalEnum):
    """Workflow state of an innovation (library design over PP 38/2017, pp38_2017.md §17)."""

    PROPOSED = "diusulkan", "Diusulkan", "Proposed"
    UNDER_EVALUATION = "dievaluasi", "Dievaluasi litbang", "Under evaluation by litbang"
    FEASIBLE = "layak", "Layak", "Evaluated feasible"
    NOT_FEASIBLE = "tidak_layak", "Tidak layak", "Evaluated not feasible"
    DECIDED = "ditetapkan", "Ditetapkan kepala daerah", "Decided by the kepala daerah"
    TRIAL = "uji_coba", "Uji coba", "On trial"
    APPLIED = "diterapkan", "Diterapkan", "Applied"
    REPORTED = "dilaporkan", "Dilaporkan ke Menteri", "Reported to the Minister"
    STOPPED = "dihentikan", "Dihentikan", "Stopped"


set_labels(LifecycleStatus)


class Form(LegalEnum):
    """Bentuk inovasi daerah (PP 38/2017 Pasal 4); an innovation has one or more."""

    GOVERNANCE = (
        "tata_kelola",
        "Inovasi tata kelola pemerintahan daerah",
        "Regional governance innovation",
    )
    PUBLIC_SERVICE = "pelayanan_publik", "Inovasi pelayanan publik", "Public service innovation"
    OTHER = (
        "lainnya",
        "Inovasi daerah lainnya sesuai urusan pemerintahan yang menjadi kewenangan daerah",
        "Other innovation within a government affair of the region",
    )


set_labels(
    Form,
    inovasi_tata_kelola="tata_kelola",
    tata_kelola_pemerintahan_daerah="tata_kelola",
    inovasi_pelayanan_publik="pelayanan_publik",
    inovasi_daerah_lainnya="lainnya",
    other="lainnya",
)


class InnovationKind(LegalEnum):
    """Jenis inovasi in the IID forms (not PP law): digital or non-digital."""

    DIGITAL = "digital", "Digital", "Digital"
    NON_DIGITAL = "non_digital", "Non digital", "Non-digital"


set_labels(InnovationKind, daring="digital", luring="non_digital", nondigital="non_digital")


class Initiator(LegalEnum):
    """Inisiator inovasi daerah (PP 38/2017 Pasal 7)."""

    REGIONAL_HEAD = "kepala_daerah", "Kepala Daerah", "Regional head"
    DPRD_MEMBER = "anggota_dprd", "Anggota DPRD", "DPRD member"
    ASN = "asn", "Aparatur Sipil Negara", "Civil servant (ASN)"
    REGIONAL_OFFICE = "perangkat_daerah", "Perangkat Daerah", "Regional government office"

    # Names before 0.2.0, kept as aliases (same value, same member): the convention is
    # English member names, Indonesian legal terms as values (docs/glossary.md).
    PERANGKAT_DAERAH = REGIONAL_OFFICE
    CITIZEN = "anggota_masyarakat", "Anggota Masyarakat", "Member of the public"


set_labels(
    Initiator,
    dprd="anggota_dprd",
    opd="perangkat_daerah",
    opd_perangkat_daerah="perangkat_daerah",
    masyarakat="anggota_masyarakat",
)


class EntryPoint(LegalEnum):
    """Where a citizen's proposal enters (pp38_2017.md §9): the ketua DPRD or kepala daerah."""

    DPRD_CHAIR = "ketua_dprd", "Ketua DPRD", "Chair of the DPRD"
    REGIONAL_HEAD = "kepala_daerah", "Kepala Daerah", "Regional head"


set_labels(EntryPoint)


class IndependentTeamMember(LegalEnum):
    """Members of the tim independen for a kepala daerah's proposal (pp38_2017.md §9)."""

    UNIVERSITY = "perguruan_tinggi", "Perguruan tinggi", "University"
    EXPERT = "pakar", "Pakar", "Expert"
    PRACTITIONER = "praktisi", "Praktisi", "Practitioner"


set_labels(IndependentTeamMember)


class AdoptionInstrument(LegalEnum):
    """The instrument that adopts an innovation's result (PP 38/2017 Pasal 20 ayat (2))."""

    PERKADA = "perkada", "Peraturan Kepala Daerah", "Regulation of the regional head"
    PERDA = "perda", "Peraturan Daerah", "Regional regulation"


set_labels(AdoptionInstrument)


class Tematik(LegalEnum):
    """Tematik of the IID forms, 2023 (iid_iga.md §8, THIRD-PARTY)."""

    DIGITAL_SERVICES = (
        "digitalisasi_layanan_pemerintahan",
        "Digitalisasi layanan pemerintahan",
        "Digitalisation of government services",
    )
    POVERTY = "penanggulangan_kemiskinan", "Penanggulangan kemiskinan", "Poverty reduction"
    INVESTMENT = "kemudahan_investasi", "Kemudahan investasi", "Ease of investment"
    PRESIDENTIAL_PRIORITY = (
        "prioritas_aktual_presiden",
        "Prioritas aktual presiden",
        "Current presidential priority",
    )
    NONE = "non_tematik", "Non tematik", "No theme"


set_labels(Tematik)


class UrusanKind(LegalEnum):
    """Kind of urusan pemerintahan (UU 23/2014; the IID urusan list, iid_iga.md §8)."""

    BASIC_SERVICE = (
        "wajib_pelayanan_dasar",
        "Urusan wajib pelayanan dasar",
        "Mandatory, basic service",
    )
    MANDATORY_OTHER = (
        "wajib_non_pelayanan_dasar",
        "Urusan wajib non-pelayanan dasar",
        "Mandatory, not a basic service",
    )
    OPTIONAL = "pilihan", "Urusan pilihan", "Optional affair"
    SUPPORT = "penunjang", "Fungsi penunjang", "Supporting function"


set_labels(UrusanKind)


class Urusan(LegalEnum):
    """Urusan pemerintahan as listed by the IID application (2023, THIRD-PARTY [T1]).

    The first six are the urusan wajib pelayanan dasar (*yandas*) that the IGA counts for the
    jumlah-inovasi score. ``Komunikasi dan Informatika`` and ``Perindustrian`` are absent from
    the source data and are UNCERTAIN (iid_iga.md §8).
    """

    EDUCATION = "pendidikan"
    HEALTH = "kesehatan"
    PUBLIC_WORKS = "pekerjaan_umum_dan_penataan_ruang"
    HOUSING = "perumahan_rakyat_dan_kawasan_permukiman"
    PUBLIC_ORDER = "ketenteraman_ketertiban_umum_dan_pelindungan_masyarakat"
    SOCIAL = "sosial"
    LABOUR = "tenaga_kerja"
    WOMEN_AND_CHILDREN = "pemberdayaan_perempuan_dan_perlindungan_anak"
    FOOD = "pangan"
    LAND = "pertanahan"
    ENVIRONMENT = "lingkungan_hidup"
    CIVIL_REGISTRATION = "administrasi_kependudukan_dan_pencatatan_sipil"
    VILLAGE_EMPOWERMENT = "pemberdayaan_masyarakat_dan_desa"
    FAMILY_PLANNING = "pengendalian_penduduk_dan_keluarga_berencana"
    TRANSPORT = "perhubungan"
    COMMUNICATION = "komunikasi_dan_informatika"
    COOPERATIVES_AND_SMES = "koperasi_usaha_kecil_dan_menengah"
    INVESTMENT = "penanaman_modal"
    YOUTH_AND_SPORTS = "kepemudaan_dan_olahraga"
    STATISTICS = "statistik"
    ENCRYPTION = "persandian"
    CULTURE = "kebudayaan"
    LIBRARIES = "perpustakaan"
    ARCHIVES = "kearsipan"
    MARINE_AND_FISHERIES = "kelautan_dan_perikanan"
    TOURISM = "pariwisata"
    AGRICULTURE = "pertanian"
    FORESTRY = "kehutanan"
    ENERGY_AND_MINERALS = "energi_dan_sumber_daya_mineral"
    TRADE = "perdagangan"
    INDUSTRY = "perindustrian"
    TRANSMIGRATION = "transmigrasi"
    PLANNING = "perencanaan"
    FINANCE = "keuangan"
    PERSONNEL = "kepegawaian"
    TRAINING = "pendidikan_dan_pelatihan"
    RESEARCH = "penelitian_dan_pengembangan"
    OTHER_FUNCTION = "fungsi_lain"

    # Names before 0.2.0, kept as aliases (same value, same member): the convention is
    # English member names, Indonesian legal terms as values (docs/glossary.md).
    PENDIDIKAN = EDUCATION
    KESEHATAN = HEALTH
    PUPR = PUBLIC_WORKS
    PERUMAHAN = HOUSING
    TRANTIBUM = PUBLIC_ORDER
    SOSIAL = SOCIAL
    TENAGA_KERJA = LABOUR
    PPPA = WOMEN_AND_CHILDREN
    PANGAN = FOOD
    PERTANAHAN = LAND
    LINGKUNGAN_HIDUP = ENVIRONMENT
    ADMINDUK = CIVIL_REGISTRATION
    PMD = VILLAGE_EMPOWERMENT
    PPKB = FAMILY_PLANNING
    PERHUBUNGAN = TRANSPORT
    KOMINFO = COMMUNICATION
    KUKM = COOPERATIVES_AND_SMES
    PENANAMAN_MODAL = INVESTMENT
    KEPEMUDAAN_OLAHRAGA = YOUTH_AND_SPORTS
    STATISTIK = STATISTICS
    PERSANDIAN = ENCRYPTION
    KEBUDAYAAN = CULTURE
    PERPUSTAKAAN = LIBRARIES
    KEARSIPAN = ARCHIVES
    KELAUTAN_PERIKANAN = MARINE_AND_FISHERIES
    PARIWISATA = TOURISM
    PERTANIAN = AGRICULTURE
    KEHUTANAN = FORESTRY
    ESDM = ENERGY_AND_MINERALS
    PERDAGANGAN = TRADE
    PERINDUSTRIAN = INDUSTRY
    TRANSMIGRASI = TRANSMIGRATION
    PERENCANAAN = PLANNING
    KEUANGAN = FINANCE
    KEPEGAWAIAN = PERSONNEL
    DIKLAT = TRAINING
    LITBANG = RESEARCH
    FUNGSI_LAIN = OTHER_FUNCTION

    @property
    def kind(self) -> UrusanKind:
        """Wajib pelayanan dasar, wajib non-pelayanan dasar, pilihan or penunjang."""
        return _URUSAN_KIND[self]

    @property
    def is_basic_service(self) -> bool:
        """True for the six urusan wajib pelayanan dasar (yandas)."""
        return _URUSAN_KIND[self] is UrusanKind.BASIC_SERVICE

    @property
    def uncertain(self) -> bool:
        """True for the two entries absent from the source list (iid_iga.md §8, †)."""
        return self in (Urusan.KOMINFO, Urusan.PERINDUSTRIAN)

    @classmethod
    def basic_services(cls) -> tuple[Urusan, ...]:
        """The six urusan wajib pelayanan dasar, in the order of the list."""
        return _BASIC_SERVICES

    @classmethod
    def _missing_(cls, value: object) -> Any:
        # "&" and "dan" name the same urusan ("Pekerjaan Umum & Penataan Ruang"): iid_iga.md §15.1.
        if isinstance(value, str) and "&" in value and len(value) <= 200:
            value = value.replace("&", " dan ")
        return super()._missing_(value)


def _title(value: str) -> str:
    small = {"dan", "atau"}
    return " ".join(w if w in small else w.capitalize() for w in value.split("_"))


_URUSAN_EN = {
    "pendidikan": "Education",
    "kesehatan": "Health",
    "pekerjaan_umum_dan_penataan_ruang": "Public works and spatial planning",
    "perumahan_rakyat_dan_kawasan_permukiman": "Public housing and settlement areas",
    "ketenteraman_ketertiban_umum_dan_pelindungan_masyarakat": (
        "Peace, public order and community protection"
    ),
    "sosial": "Social affairs",
    "tenaga_kerja": "Labour",
    "pemberdayaan_perempuan_dan_perlindungan_anak": "Women's empowerment and child protection",
    "pangan": "Food",
    "pertanahan": "Land",
    "lingkungan_hidup": "Environment",
    "administrasi_kependudukan_dan_pencatatan_sipil": (
        "Population administration and civil registry"
    ),
    "pemberdayaan_masyarakat_dan_desa": "Community and village empowerment",
    "pengendalian_penduduk_dan_keluarga_berencana": "Population control and family planning",
    "perhubungan": "Transport",
    "komunikasi_dan_informatika": "Communication and informatics",
    "koperasi_usaha_kecil_dan_menengah": "Cooperatives and small and medium enterprises",
    "penanaman_modal": "Investment",
    "kepemudaan_dan_olahraga": "Youth and sports",
    "statistik": "Statistics",
    "persandian": "Encryption",
    "kebudayaan": "Culture",
    "perpustakaan": "Libraries",
    "kearsipan": "Archives",
    "kelautan_dan_perikanan": "Marine affairs and fisheries",
    "pariwisata": "Tourism",
    "pertanian": "Agriculture",
    "kehutanan": "Forestry",
    "energi_dan_sumber_daya_mineral": "Energy and mineral resources",
    "perdagangan": "Trade",
    "perindustrian": "Industry",
    "transmigrasi": "Transmigration",
    "perencanaan": "Planning",
    "keuangan": "Finance",
    "kepegawaian": "Personnel",
    "pendidikan_dan_pelatihan": "Education and training",
    "penelitian_dan_pengembangan": "Research and development",
    "fungsi_lain": "Other functions",
}
set_labels(
    Urusan,
    {v: (_title(v), _URUSAN_EN[v]) for v in _URUSAN_EN},
    pu="pekerjaan_umum_dan_penataan_ruang",
    pupr="pekerjaan_umum_dan_penataan_ruang",
    pekerjaan_umum_dan_tata_ruang="pekerjaan_umum_dan_penataan_ruang",
    perkim="perumahan_rakyat_dan_kawasan_permukiman",
    trantibum="ketenteraman_ketertiban_umum_dan_pelindungan_masyarakat",
    ketentraman_ketertiban_umum_dan_perlindungan_masyarakat=(
        "ketenteraman_ketertiban_umum_dan_pelindungan_masyarakat"
    ),
    kominfo="komunikasi_dan_informatika",
    litbang="penelitian_dan_pengembangan",
    diklat="pendidikan_dan_pelatihan",
)
_URUSAN_KIND: dict[Urusan, UrusanKind] = {}
for _i, _u in enumerate(Urusan):
    # The list's order is the grouping: 6 yandas, 18 wajib non-yandas, 8 pilihan, 6 penunjang.
    _URUSAN_KIND[_u] = (
        UrusanKind.BASIC_SERVICE
        if _i < 6
        else UrusanKind.MANDATORY_OTHER
        if _i < 24
        else UrusanKind.OPTIONAL
        if _i < 32
        else UrusanKind.SUPPORT
    )
_BASIC_SERVICES = tuple(u for u in Urusan if _URUSAN_KIND[u] is UrusanKind.BASIC_SERVICE)


class GovernmentLevel(LegalEnum):
    """Level of a regional government (pemerintah daerah)."""

    PROVINCE = "provinsi", "Provinsi", "Province"
    REGENCY = "kabupaten", "Kabupaten", "Regency"
    CITY = "kota", "Kota", "City"


set_labels(GovernmentLevel, prov="provinsi", kab="kabupaten")


class InnovatorRole(LegalEnum):
    """A person's role in an innovation (as the IID profile records it)."""

    INITIATOR = "inisiator", "Inisiator", "Initiator"
    TEAM_LEAD = "ketua_tim", "Ketua tim", "Team lead"
    TEAM_MEMBER = "anggota_tim", "Anggota tim", "Team member"
    MANAGER = "pengelola", "Pengelola", "Manager"
    SUPPORTER = "pendukung", "Pendukung", "Supporter"


set_labels(InnovatorRole)


class JabatanKind(LegalEnum):
    """Kind of position of an ASN."""

    STRUCTURAL = "struktural", "Jabatan struktural", "Structural position"
    FUNCTIONAL = "fungsional", "Jabatan fungsional", "Functional position"
    EXECUTIVE = "pelaksana", "Jabatan pelaksana", "Executive position"


set_labels(JabatanKind, administrator="struktural", jf="fungsional")


class Jenjang(LegalEnum):
    """Jenjang of a jabatan fungsional (PermenPANRB 1/2023; skp.md §5.3)."""

    BEGINNER = "pemula", "Pemula", "Beginner"
    SKILLED = "terampil", "Terampil", "Skilled"
    PROFICIENT = "mahir", "Mahir", "Proficient"
    SUPERVISOR = "penyelia", "Penyelia", "Supervisor"
    FIRST_EXPERT = "ahli_pertama", "Ahli Pertama", "First expert"
    JUNIOR_EXPERT = "ahli_muda", "Ahli Muda", "Junior expert"
    MIDDLE_EXPERT = "ahli_madya", "Ahli Madya", "Middle expert"
    PRINCIPAL_EXPERT = "ahli_utama", "Ahli Utama", "Principal expert"

    # Names before 0.2.0, kept as aliases (same value, same member): the convention is
    # English member names, Indonesian legal terms as values (docs/glossary.md).
    PEMULA = BEGINNER
    TERAMPIL = SKILLED
    MAHIR = PROFICIENT
    PENYELIA = SUPERVISOR
    AHLI_PERTAMA = FIRST_EXPERT
    AHLI_MUDA = JUNIOR_EXPERT
    AHLI_MADYA = MIDDLE_EXPERT
    AHLI_UTAMA = PRINCIPAL_EXPERT


set_labels(Jenjang)


class EvidenceStatus(LegalEnum):
    """State of the evidence (data dukung) for an indicator level (iid_iga.md §3.8, §15).

    ``draft`` → ``sent`` → ``accepted`` or ``rejected``/``returned``; ``self_declared``
    marks a level claimed without verification. Only ``accepted`` evidence counts in a
    verified projection.
    """

    DRAFT = "draft", "Draf", "Draft"
    SENT = "dikirim", "Dikirim", "Sent"
    PENDING = "menunggu", "Menunggu verifikasi", "Pending"
    ACCEPTED = "diterima", "Diterima/terverifikasi", "Accepted"
    REJECTED = "ditolak", "Ditolak", "Rejected"
    RETURNED = "dikembalikan", "Dikembalikan untuk perbaikan", "Returned for revision"
    SELF_DECLARED = "mandiri", "Dinyatakan sendiri", "Self-declared"


set_labels(
    EvidenceStatus,
    terverifikasi="diterima",
    verified="diterima",
    pending="menunggu",
    self_declared="mandiri",
    sent="dikirim",
)


#: old class names, importable with a DeprecationWarning until 1.0.0 (docs/glossary.md)
__getattr__ = module_getattr(__name__, globals())
