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

import re
from enum import StrEnum
from typing import Any, ClassVar

from inovasi_daerah.errors import InvalidInput, unknown_member
from inovasi_daerah.law.text import Text

__all__ = [
    "AdoptionInstrument",
    "EntryPoint",
    "EvidenceStatus",
    "Form",
    "GovernmentLevel",
    "IndependentTeamMember",
    "Initiator",
    "InnovatorRole",
    "JabatanKind",
    "Jenis",
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

_SEP = re.compile(r"[\s_\-/.,()']+")


def normalize_text(text: str) -> str:
    """Lower case; separators (space, ``_``, ``-``, ``/``, ``.``, ``,``, brackets) as one space."""
    if not isinstance(text, str):
        raise InvalidInput("harus teks", field="text", value=text)
    return _SEP.sub(" ", text.strip().lower()).strip()


class LegalEnum(StrEnum):
    """A StrEnum whose members carry a bilingual label and accept display text as input."""

    # label per member value; filled by each subclass's _LABELS mapping.
    _LABELS: ClassVar[dict[str, tuple[str, str]]]
    _ALIASES: ClassVar[dict[str, str]]

    @property
    def label(self) -> Text:
        """The display label in Bahasa Indonesia (``.id``) and English (``.en``)."""
        id_, en = type(self)._LABELS[self.value]
        return Text(id=id_, en=en)

    @classmethod
    def _missing_(cls, value: object) -> Any:
        if not isinstance(value, str) or len(value) > 200:
            raise unknown_member(cls, value)
        key = normalize_text(value)
        aliases: dict[str, str] = getattr(cls, "_ALIASES", {})
        if key in aliases:
            return cls(aliases[key])
        for member in cls:
            id_, en = cls._LABELS[member.value]
            if key in (
                normalize_text(member.value),
                normalize_text(member.name),
                normalize_text(id_),
                normalize_text(en),
            ):
                return member
        raise unknown_member(cls, value)


def set_labels(cls: type[LegalEnum], labels: dict[str, tuple[str, str]], **aliases: str) -> None:
    missing = {m.value for m in cls} - set(labels)
    if missing:  # pragma: no cover - guarded by the import itself
        raise RuntimeError(f"{cls.__name__}: no label for {sorted(missing)}")
    cls._LABELS = labels
    cls._ALIASES = {normalize_text(k.replace("_", " ")): v for k, v in aliases.items()}


class Stage(LegalEnum):
    """Tahapan inovasi as reported in the IID (PP 38/2017 stages; iid_iga.md §8)."""

    INITIATIVE = "inisiatif"
    TRIAL = "uji_coba"
    APPLICATION = "penerapan"


set_labels(
    Stage,
    {
        "inisiatif": ("Inisiatif", "Initiative"),
        "uji_coba": ("Uji Coba", "Trial"),
        "penerapan": ("Penerapan", "Application"),
    },
    ujicoba="uji_coba",
)


class LifecycleStatus(LegalEnum):
    """Workflow state of an innovation (library design over PP 38/2017, pp38_2017.md §17)."""

    PROPOSED = "diusulkan"
    UNDER_EVALUATION = "dievaluasi"
    FEASIBLE = "layak"
    NOT_FEASIBLE = "tidak_layak"
    DECIDED = "ditetapkan"
    TRIAL = "uji_coba"
    APPLIED = "diterapkan"
    REPORTED = "dilaporkan"
    STOPPED = "dihentikan"


set_labels(
    LifecycleStatus,
    {
        "diusulkan": ("Diusulkan", "Proposed"),
        "dievaluasi": ("Dievaluasi litbang", "Under evaluation by litbang"),
        "layak": ("Layak", "Evaluated feasible"),
        "tidak_layak": ("Tidak layak", "Evaluated not feasible"),
        "ditetapkan": ("Ditetapkan kepala daerah", "Decided by the kepala daerah"),
        "uji_coba": ("Uji coba", "On trial"),
        "diterapkan": ("Diterapkan", "Applied"),
        "dilaporkan": ("Dilaporkan ke Menteri", "Reported to the Minister"),
        "dihentikan": ("Dihentikan", "Stopped"),
    },
)


class Form(LegalEnum):
    """Bentuk inovasi daerah (PP 38/2017 Pasal 4); an innovation has one or more."""

    GOVERNANCE = "tata_kelola"
    PUBLIC_SERVICE = "pelayanan_publik"
    OTHER = "lainnya"


set_labels(
    Form,
    {
        "tata_kelola": (
            "Inovasi tata kelola pemerintahan daerah",
            "Regional governance innovation",
        ),
        "pelayanan_publik": ("Inovasi pelayanan publik", "Public service innovation"),
        "lainnya": (
            "Inovasi daerah lainnya sesuai urusan pemerintahan yang menjadi kewenangan daerah",
            "Other innovation within a government affair of the region",
        ),
    },
    inovasi_tata_kelola="tata_kelola",
    tata_kelola_pemerintahan_daerah="tata_kelola",
    inovasi_pelayanan_publik="pelayanan_publik",
    inovasi_daerah_lainnya="lainnya",
    other="lainnya",
)


class Jenis(LegalEnum):
    """Jenis inovasi in the IID forms (not PP law): digital or non-digital."""

    DIGITAL = "digital"
    NON_DIGITAL = "non_digital"


set_labels(
    Jenis,
    {"digital": ("Digital", "Digital"), "non_digital": ("Non digital", "Non-digital")},
    daring="digital",
    luring="non_digital",
    nondigital="non_digital",
)


class Initiator(LegalEnum):
    """Inisiator inovasi daerah (PP 38/2017 Pasal 7)."""

    REGIONAL_HEAD = "kepala_daerah"
    DPRD_MEMBER = "anggota_dprd"
    ASN = "asn"
    PERANGKAT_DAERAH = "perangkat_daerah"
    CITIZEN = "anggota_masyarakat"


set_labels(
    Initiator,
    {
        "kepala_daerah": ("Kepala Daerah", "Regional head"),
        "anggota_dprd": ("Anggota DPRD", "DPRD member"),
        "asn": ("Aparatur Sipil Negara", "Civil servant (ASN)"),
        "perangkat_daerah": ("Perangkat Daerah", "Regional government office"),
        "anggota_masyarakat": ("Anggota Masyarakat", "Member of the public"),
    },
    dprd="anggota_dprd",
    opd="perangkat_daerah",
    opd_perangkat_daerah="perangkat_daerah",
    masyarakat="anggota_masyarakat",
)


class EntryPoint(LegalEnum):
    """Where a citizen's proposal enters (pp38_2017.md §9): the ketua DPRD or kepala daerah."""

    DPRD_CHAIR = "ketua_dprd"
    REGIONAL_HEAD = "kepala_daerah"


set_labels(
    EntryPoint,
    {
        "ketua_dprd": ("Ketua DPRD", "Chair of the DPRD"),
        "kepala_daerah": ("Kepala Daerah", "Regional head"),
    },
)


class IndependentTeamMember(LegalEnum):
    """Members of the tim independen for a kepala daerah's proposal (pp38_2017.md §9)."""

    UNIVERSITY = "perguruan_tinggi"
    EXPERT = "pakar"
    PRACTITIONER = "praktisi"


set_labels(
    IndependentTeamMember,
    {
        "perguruan_tinggi": ("Perguruan tinggi", "University"),
        "pakar": ("Pakar", "Expert"),
        "praktisi": ("Praktisi", "Practitioner"),
    },
)


class AdoptionInstrument(LegalEnum):
    """The instrument that adopts an innovation's result (PP 38/2017 Pasal 20 ayat (2))."""

    PERKADA = "perkada"
    PERDA = "perda"


set_labels(
    AdoptionInstrument,
    {
        "perkada": ("Peraturan Kepala Daerah", "Regulation of the regional head"),
        "perda": ("Peraturan Daerah", "Regional regulation"),
    },
)


class Tematik(LegalEnum):
    """Tematik of the IID forms, 2023 (iid_iga.md §8, THIRD-PARTY)."""

    DIGITAL_SERVICES = "digitalisasi_layanan_pemerintahan"
    POVERTY = "penanggulangan_kemiskinan"
    INVESTMENT = "kemudahan_investasi"
    PRESIDENTIAL_PRIORITY = "prioritas_aktual_presiden"
    NONE = "non_tematik"


set_labels(
    Tematik,
    {
        "digitalisasi_layanan_pemerintahan": (
            "Digitalisasi layanan pemerintahan",
            "Digitalisation of government services",
        ),
        "penanggulangan_kemiskinan": ("Penanggulangan kemiskinan", "Poverty reduction"),
        "kemudahan_investasi": ("Kemudahan investasi", "Ease of investment"),
        "prioritas_aktual_presiden": ("Prioritas aktual presiden", "Current presidential priority"),
        "non_tematik": ("Non tematik", "No theme"),
    },
)


class UrusanKind(LegalEnum):
    """Kind of urusan pemerintahan (UU 23/2014; the IID urusan list, iid_iga.md §8)."""

    BASIC_SERVICE = "wajib_pelayanan_dasar"
    MANDATORY_OTHER = "wajib_non_pelayanan_dasar"
    OPTIONAL = "pilihan"
    SUPPORT = "penunjang"


set_labels(
    UrusanKind,
    {
        "wajib_pelayanan_dasar": ("Urusan wajib pelayanan dasar", "Mandatory, basic service"),
        "wajib_non_pelayanan_dasar": (
            "Urusan wajib non-pelayanan dasar",
            "Mandatory, not a basic service",
        ),
        "pilihan": ("Urusan pilihan", "Optional affair"),
        "penunjang": ("Fungsi penunjang", "Supporting function"),
    },
)


class Urusan(LegalEnum):
    """Urusan pemerintahan as listed by the IID application (2023, THIRD-PARTY [T1]).

    The first six are the urusan wajib pelayanan dasar (*yandas*) that the IGA counts for the
    jumlah-inovasi score. ``Komunikasi dan Informatika`` and ``Perindustrian`` are absent from
    the source data and are UNCERTAIN (iid_iga.md §8).
    """

    PENDIDIKAN = "pendidikan"
    KESEHATAN = "kesehatan"
    PUPR = "pekerjaan_umum_dan_penataan_ruang"
    PERUMAHAN = "perumahan_rakyat_dan_kawasan_permukiman"
    TRANTIBUM = "ketenteraman_ketertiban_umum_dan_pelindungan_masyarakat"
    SOSIAL = "sosial"
    TENAGA_KERJA = "tenaga_kerja"
    PPPA = "pemberdayaan_perempuan_dan_perlindungan_anak"
    PANGAN = "pangan"
    PERTANAHAN = "pertanahan"
    LINGKUNGAN_HIDUP = "lingkungan_hidup"
    ADMINDUK = "administrasi_kependudukan_dan_pencatatan_sipil"
    PMD = "pemberdayaan_masyarakat_dan_desa"
    PPKB = "pengendalian_penduduk_dan_keluarga_berencana"
    PERHUBUNGAN = "perhubungan"
    KOMINFO = "komunikasi_dan_informatika"
    KUKM = "koperasi_usaha_kecil_dan_menengah"
    PENANAMAN_MODAL = "penanaman_modal"
    KEPEMUDAAN_OLAHRAGA = "kepemudaan_dan_olahraga"
    STATISTIK = "statistik"
    PERSANDIAN = "persandian"
    KEBUDAYAAN = "kebudayaan"
    PERPUSTAKAAN = "perpustakaan"
    KEARSIPAN = "kearsipan"
    KELAUTAN_PERIKANAN = "kelautan_dan_perikanan"
    PARIWISATA = "pariwisata"
    PERTANIAN = "pertanian"
    KEHUTANAN = "kehutanan"
    ESDM = "energi_dan_sumber_daya_mineral"
    PERDAGANGAN = "perdagangan"
    PERINDUSTRIAN = "perindustrian"
    TRANSMIGRASI = "transmigrasi"
    PERENCANAAN = "perencanaan"
    KEUANGAN = "keuangan"
    KEPEGAWAIAN = "kepegawaian"
    DIKLAT = "pendidikan_dan_pelatihan"
    LITBANG = "penelitian_dan_pengembangan"
    FUNGSI_LAIN = "fungsi_lain"

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
        return tuple(u for u in cls if u.is_basic_service)


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


class GovernmentLevel(LegalEnum):
    """Level of a regional government (pemerintah daerah)."""

    PROVINCE = "provinsi"
    REGENCY = "kabupaten"
    CITY = "kota"


set_labels(
    GovernmentLevel,
    {
        "provinsi": ("Provinsi", "Province"),
        "kabupaten": ("Kabupaten", "Regency"),
        "kota": ("Kota", "City"),
    },
    prov="provinsi",
    kab="kabupaten",
)


class InnovatorRole(LegalEnum):
    """A person's role in an innovation (as the IID profile records it)."""

    INITIATOR = "inisiator"
    TEAM_LEAD = "ketua_tim"
    TEAM_MEMBER = "anggota_tim"
    MANAGER = "pengelola"
    SUPPORTER = "pendukung"


set_labels(
    InnovatorRole,
    {
        "inisiator": ("Inisiator", "Initiator"),
        "ketua_tim": ("Ketua tim", "Team lead"),
        "anggota_tim": ("Anggota tim", "Team member"),
        "pengelola": ("Pengelola", "Manager"),
        "pendukung": ("Pendukung", "Supporter"),
    },
)


class JabatanKind(LegalEnum):
    """Kind of position of an ASN."""

    STRUCTURAL = "struktural"
    FUNCTIONAL = "fungsional"
    EXECUTIVE = "pelaksana"


set_labels(
    JabatanKind,
    {
        "struktural": ("Jabatan struktural", "Structural position"),
        "fungsional": ("Jabatan fungsional", "Functional position"),
        "pelaksana": ("Jabatan pelaksana", "Executive position"),
    },
    administrator="struktural",
    jf="fungsional",
)


class Jenjang(LegalEnum):
    """Jenjang of a jabatan fungsional (PermenPANRB 1/2023; skp.md §5.3)."""

    PEMULA = "pemula"
    TERAMPIL = "terampil"
    MAHIR = "mahir"
    PENYELIA = "penyelia"
    AHLI_PERTAMA = "ahli_pertama"
    AHLI_MUDA = "ahli_muda"
    AHLI_MADYA = "ahli_madya"
    AHLI_UTAMA = "ahli_utama"


set_labels(
    Jenjang,
    {
        "pemula": ("Pemula", "Beginner"),
        "terampil": ("Terampil", "Skilled"),
        "mahir": ("Mahir", "Proficient"),
        "penyelia": ("Penyelia", "Supervisor"),
        "ahli_pertama": ("Ahli Pertama", "First expert"),
        "ahli_muda": ("Ahli Muda", "Junior expert"),
        "ahli_madya": ("Ahli Madya", "Middle expert"),
        "ahli_utama": ("Ahli Utama", "Principal expert"),
    },
)


class EvidenceStatus(LegalEnum):
    """State of the evidence (data dukung) for an indicator level (iid_iga.md §3.8, §15).

    ``draft`` → ``sent`` → ``accepted`` or ``rejected``/``returned``; ``self_declared``
    marks a level claimed without verification. Only ``accepted`` evidence counts in a
    verified projection.
    """

    DRAFT = "draft"
    SENT = "dikirim"
    PENDING = "menunggu"
    ACCEPTED = "diterima"
    REJECTED = "ditolak"
    RETURNED = "dikembalikan"
    SELF_DECLARED = "mandiri"


set_labels(
    EvidenceStatus,
    {
        "draft": ("Draf", "Draft"),
        "dikirim": ("Dikirim", "Sent"),
        "menunggu": ("Menunggu verifikasi", "Pending"),
        "diterima": ("Diterima/terverifikasi", "Accepted"),
        "ditolak": ("Ditolak", "Rejected"),
        "dikembalikan": ("Dikembalikan untuk perbaikan", "Returned for revision"),
        "mandiri": ("Dinyatakan sendiri", "Self-declared"),
    },
    terverifikasi="diterima",
    verified="diterima",
    pending="menunggu",
    self_declared="mandiri",
    sent="dikirim",
)
