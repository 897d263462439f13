"""IGA 2023: Surat Mendagri 400.10.11/2704/SJ (18 May 2023) and its Pedoman Umum.

Sources (domain reference iid_iga.md): the formula, the divisor MAX(10, n), the shares
(SPD 25.2 %, SID 74.8 %) and the predicate bands come from BSKDN's sosialisasi slides [I1]
(VERIFIED-SECONDARY). The 20 SID indicators with their levels and evidence come from [T1], a
provincial implementation's data labelled "Indeks Inovasi Daerah 2023 – BSKDN" (THIRD-PARTY);
bobot = stored score ÷ level. Not established for 2023, and so UNCERTAIN or OPEN here: the
SPD list and cut-offs (provisional default: the 2026 names and weights, cut-offs as inputs),
the wajib flags, the jumlah-inovasi formula (the 2026 one assumed), the yandas rule (none
stated), the eligibility window and the rancang-bangun minimum.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from inovasi_daerah.iga._build import REFERENCE, bands, indicator, policy_params, provisional
from inovasi_daerah.iga.edition_2026 import EDITION_2026, SPD_2026
from inovasi_daerah.iga.model import Block, Direction, Edition, Indicator, Predicate, StatedMaxima
from inovasi_daerah.law import OPEN, Citation, Param, Status, cite, derived
from inovasi_daerah.law.text import T

__all__ = ["EDITION_2023", "SID_2023", "SPD_2023"]

INSTRUMENT = "Pedoman Umum Penilaian IGA 2023 (Surat Mendagri 400.10.11/2704/SJ, 18 Mei 2023)"
SLIDES = "BSKDN, PPT Sosialisasi IID 2023"
SLIDE = "slide 'Metode, Skor dan Predikat Penilaian IID 2023'"
TP, U, VS = Status.THIRD_PARTY, Status.UNCERTAIN, Status.VERIFIED_SECONDARY
SID = Block.SID


def _c(n: str) -> Citation:
    return cite(
        INSTRUMENT,
        f"Penjelasan Teknis Indikator IID, indikator {n}",
        TP,
        source="T1",
        note="bobot = stored score ÷ level (DERIVED from [T1])",
    )


WAJIB_UNKNOWN = cite(REFERENCE, "§4.1 (wajib SID 2023 not established)", U)
FORMULA = cite(SLIDES, SLIDE, VS, source="I1")

SID_2023: tuple[Indicator, ...] = (
    indicator(
        "16",
        "regulasi",
        ("Regulasi Inovasi Daerah", "Regional innovation regulation"),
        SID,
        "3",
        _c("16"),
        None,
        WAJIB_UNKNOWN,
        (
            ("SK Kepala Perangkat Daerah", "Decree of the head of the perangkat daerah"),
            ("SK Kepala Daerah", "Decree of the regional head"),
            ("Peraturan Kepala Daerah / Peraturan Daerah", "Perkada or Perda"),
        ),
        (
            "Halaman Perda/Perkada/SK yang menyebut inovasi, berlaku pada tahun penerapan (pdf)",
            "The page of the Perda, Perkada or SK naming the innovation, valid in "
            "the year of application (pdf)",
        ),
        categories=(
            ("sk kepala perangkat daerah", 1),
            ("sk kepala daerah", 2),
            ("perkada", 3),
            ("perda", 3),
        ),
    ),
    indicator(
        "17",
        "sdm",
        (
            "Ketersediaan SDM terhadap Inovasi Daerah",
            "Availability of personnel for the innovation",
        ),
        SID,
        "2",
        _c("17"),
        None,
        WAJIB_UNKNOWN,
        (("1–10 SDM", "1–10 people"), ("11–30 SDM", "11–30 people"), ("> 30 SDM", "> 30 people")),
        (
            "SK atau surat tugas kepala daerah/kepala PD pada tahun penerapan",
            "SK or assignment letter of the regional head or head of PD, in the year of "
            "application",
        ),
        bounds=("1-10", "11-30", ">30"),
        unit=("orang", "people"),
    ),
    indicator(
        "18",
        "anggaran",
        ("Dukungan Anggaran", "Budget support"),
        SID,
        "2",
        _c("18"),
        None,
        WAJIB_UNKNOWN,
        (
            ("Anggaran pada T-0 (tahun berjalan)", "Budget in T-0 (current year)"),
            ("Anggaran pada T-1 atau T-2", "Budget in T-1 or T-2"),
            ("Anggaran pada T-0, T-1 dan T-2", "Budget in T-0, T-1 and T-2"),
        ),
        (
            "Dokumen anggaran yang memuat program/kegiatan inovasi",
            "Budget document showing the innovation's programme or activity",
        ),
        year_sets=(((0,),), ((1,), (2,)), ((0, 1, 2),)),
        unit=("tahun anggaran (T-0 = tahun edisi)", "budget years (T-0 = edition year)"),
    ),
    indicator(
        "19",
        "alat_kerja",
        ("Penggunaan IT", "Use of IT"),
        SID,
        "2",
        _c("19"),
        None,
        WAJIB_UNKNOWN,
        (
            ("Manual / non-elektronik", "Manual / non-electronic"),
            ("Elektronik", "Electronic"),
            ("Sistem informasi daring", "Online information system"),
        ),
        ("Foto atau tangkapan layar", "Photo or screenshot"),
        aliases=("penggunaan_it",),
        categories=(("manual", 1), ("elektronik", 2), ("online", 3), ("daring", 3)),
    ),
    indicator(
        "20",
        "bimtek",
        ("Bimtek Inovasi", "Innovation technical guidance (bimtek)"),
        SID,
        "1",
        _c("20"),
        None,
        WAJIB_UNKNOWN,
        (
            ("1 kali transfer pengetahuan dalam 2 tahun", "1 knowledge-transfer event in 2 years"),
            ("2 kali bimtek/pelatihan/TOT dalam 2 tahun", "2 bimtek/training/TOT in 2 years"),
            ("Lebih dari 2 kali dalam 2 tahun", "More than 2 in 2 years"),
        ),
        (
            "SK/surat tugas, daftar hadir, undangan",
            "SK or assignment letter, attendance list, invitation",
        ),
        bounds=("1", "2", ">2"),
        unit=("kali dalam 2 tahun", "times in 2 years"),
    ),
    indicator(
        "21",
        "rkpd",
        (
            "Program dan Kegiatan Inovasi Perangkat Daerah dalam RKPD",
            "Innovation programme and activities in the RKPD",
        ),
        SID,
        "2",
        _c("21"),
        None,
        WAJIB_UNKNOWN,
        (
            ("Dalam RKPD T-1 atau T-2", "In the RKPD of T-1 or T-2"),
            ("Dalam RKPD T-1 dan T-2", "In the RKPD of T-1 and T-2"),
            ("Dalam RKPD T-1, T-2 dan T-0", "In the RKPD of T-1, T-2 and T-0"),
        ),
        ("Bab/halaman RKPD", "The RKPD chapter or page"),
        year_sets=(((1,), (2,)), ((1, 2),), ((0, 1, 2),)),
        unit=("tahun RKPD (T-0 = tahun edisi)", "RKPD years (T-0 = edition year)"),
    ),
    indicator(
        "22",
        "aktor",
        ("Keterlibatan Aktor Inovasi", "Involvement of innovation actors"),
        SID,
        "1",
        _c("22"),
        None,
        WAJIB_UNKNOWN,
        (("3 aktor", "3 actors"), ("4 aktor", "4 actors"), ("≥ 5 aktor", "5 or more actors")),
        (
            "SK perangkat daerah atau undangan rapat (2 tahun terakhir)",
            "SK of the perangkat daerah or meeting invitations (last 2 years)",
        ),
        bounds=("3", "4", ">=5"),
        unit=("aktor", "actors"),
    ),
    indicator(
        "23",
        "pelaksana",
        ("Pelaksana Inovasi Daerah", "Implementer of the innovation"),
        SID,
        "1",
        _c("23"),
        None,
        WAJIB_UNKNOWN,
        (
            ("Ada tim, tanpa SK", "A team exists, without an SK"),
            ("SK Kepala Perangkat Daerah", "SK of the head of the perangkat daerah"),
            ("SK Kepala Daerah", "SK of the regional head"),
        ),
        ("SK penetapan (2 tahun terakhir)", "Decree of appointment (last 2 years)"),
    ),
    indicator(
        "24",
        "jejaring",
        ("Jejaring Inovasi", "Innovation network"),
        SID,
        "1",
        _c("24"),
        None,
        WAJIB_UNKNOWN,
        (
            ("1–2 perangkat daerah terlibat", "1–2 perangkat daerah involved"),
            ("3–4 perangkat daerah", "3–4 perangkat daerah"),
            ("≥ 5 perangkat daerah", "5 or more perangkat daerah"),
        ),
        ("SK atau surat tugas tim pengelola", "SK or assignment letter of the management team"),
        bounds=("1-2", "3-4", ">=5"),
        unit=("perangkat daerah", "perangkat daerah"),
    ),
    indicator(
        "25",
        "sosialisasi",
        ("Sosialisasi Inovasi Daerah", "Dissemination of the innovation"),
        SID,
        "1",
        _c("25"),
        None,
        WAJIB_UNKNOWN,
        (
            ("Foto kegiatan dengan spanduk inovasi", "Photo of an activity with a banner"),
            ("Konten media sosial", "Social-media content"),
            ("Media berita", "News media"),
        ),
        ("Foto atau tangkapan layar (jpg/png)", "Photos or screenshots (jpg/png)"),
    ),
    indicator(
        "26",
        "pedoman_teknis",
        ("Pedoman Teknis", "Technical manual"),
        SID,
        "1",
        _c("26"),
        None,
        WAJIB_UNKNOWN,
        (
            ("Buku manual cetak", "Printed manual"),
            ("Buku elektronik", "Electronic book"),
            ("Buku yang dapat diakses daring", "Book accessible online"),
        ),
        ("Manual (pdf) atau tangkapan layar", "Manual (pdf) or screenshot"),
    ),
    indicator(
        "27",
        "informasi_layanan",
        ("Kemudahan Informasi Layanan", "Ease of service information"),
        SID,
        "1",
        _c("27"),
        None,
        WAJIB_UNKNOWN,
        (
            ("Telepon / tatap muka / noken", "Telephone / face-to-face / noken"),
            ("Email / media sosial", "Email / social media"),
            ("Aplikasi daring", "Online application"),
        ),
        ("Nomor telepon, tangkapan layar, buku tamu", "Telephone number, screenshots, guest book"),
    ),
    indicator(
        "28",
        "kemudahan_proses",
        ("Kemudahan Proses Inovasi yang Dihasilkan", "Ease of the innovation's process"),
        SID,
        "2",
        _c("28"),
        None,
        WAJIB_UNKNOWN,
        (
            ("Hasil dalam ≥ 6 hari", "Result in 6 days or more"),
            ("Hasil dalam 2–5 hari", "Result in 2–5 days"),
            ("Hasil dalam 1 hari", "Result in 1 day"),
        ),
        ("SOP yang memuat waktu layanan", "SOP stating the service time"),
        bounds=(">=6", "2-5", "<=1"),
        direction=Direction.LOWER_BETTER,
        unit=("hari", "days"),
    ),
    indicator(
        "29",
        "pengaduan",
        ("Penyelesaian Layanan Pengaduan", "Resolution of complaints"),
        SID,
        "1",
        _c("29"),
        None,
        WAJIB_UNKNOWN,
        (
            ("≤ 40 % selesai, atau tidak ada pengaduan", "≤ 40 % resolved, or no complaints"),
            ("40,01–70,99 % selesai", "40.01–70.99 % resolved"),
            ("≥ 71 % selesai", "≥ 71 % resolved"),
        ),
        ("Rekap pengaduan dan rasio penyelesaian", "Complaint recap and resolution ratio"),
        bounds=("<=40", "40.01-70.99", ">=71"),
        unit=("% pengaduan selesai", "% of complaints resolved"),
        share=True,
    ),
    indicator(
        "30",
        "online_sistem",
        ("Online Sistem", "Online system"),
        SID,
        "2",
        _c("30"),
        None,
        WAJIB_UNKNOWN,
        (
            (
                "Informasi melalui website atau media sosial",
                "Information via website or social media",
            ),
            ("Aplikasi web", "Web application"),
            ("Aplikasi web dan aplikasi mobile", "Web application and mobile app"),
        ),
        (
            "Tangkapan layar beranda dan halaman proses",
            "Screenshots of the home page and the process pages",
        ),
    ),
    indicator(
        "31",
        "replikasi",
        ("Replikasi", "Replication"),
        SID,
        "3",
        _c("31"),
        None,
        WAJIB_UNKNOWN,
        (
            ("Direplikasi 1 kali oleh daerah lain", "Replicated once by another region"),
            ("Direplikasi 2 kali", "Twice"),
            ("Direplikasi 3 kali", "Three times"),
        ),
        (
            "PKS, MoU atau surat pernyataan Pemda yang mereplikasi",
            "PKS, MoU or statement of the replicating Pemda",
        ),
        bounds=("1", "2", ">=3"),
        unit=("kali", "times"),
    ),
    indicator(
        "32",
        "kecepatan",
        ("Kecepatan Inovasi", "Speed of the innovation"),
        SID,
        "2",
        _c("32"),
        None,
        WAJIB_UNKNOWN,
        (
            ("Tercipta dalam ≥ 9 bulan", "Created in 9 months or more"),
            ("Tercipta dalam 5–8 bulan", "Created in 5–8 months"),
            ("Tercipta dalam 1–4 bulan", "Created in 1–4 months"),
        ),
        (
            "Proposal atau laporan yang menunjukkan tahapan dan durasinya",
            "Proposal or report showing the stages and their durations",
        ),
        bounds=(">=9", "5-8", "1-4"),
        direction=Direction.LOWER_BETTER,
        unit=("bulan (dimulai)", "months (begun)"),
    ),
    indicator(
        "33",
        "kemanfaatan",
        ("Kemanfaatan Inovasi", "Benefit of the innovation"),
        SID,
        "3",
        _c("33"),
        None,
        WAJIB_UNKNOWN,
        (
            ("1–100 pengguna/penerima manfaat", "1–100 users or beneficiaries"),
            ("101–200", "101–200"),
            ("≥ 201", "201 or more"),
        ),
        (
            "Daftar penerima manfaat (luring) atau tangkapan layar jumlah pengguna (daring)",
            "List of beneficiaries (offline) or user-count screenshot (online)",
        ),
        bounds=("1-100", "101-200", ">=201"),
        unit=("orang", "people"),
    ),
    indicator(
        "34",
        "monev",
        ("Monitoring dan Evaluasi Inovasi Daerah", "Monitoring and evaluation"),
        SID,
        "2",
        _c("34"),
        None,
        WAJIB_UNKNOWN,
        (
            ("Laporan monev internal perangkat daerah", "Internal monitoring report of the PD"),
            ("Hasil survei kepuasan masyarakat (SKM)", "Public satisfaction survey (SKM)"),
            ("Monev eksternal berbasis penelitian", "External research-based evaluation"),
        ),
        (
            "Tangkapan layar testimoni, SKM atau laporan penelitian",
            "Testimony screenshots, SKM or research report",
        ),
    ),
    indicator(
        "35",
        "video",
        ("Kualitas Inovasi Daerah (video)", "Quality of the innovation (video)"),
        SID,
        "4",
        _c("35"),
        None,
        WAJIB_UNKNOWN,
        (
            ("Video memuat 1–2 dari 5 unsur", "The video shows 1–2 of the 5 elements"),
            ("Video memuat 3–4 unsur", "3–4 elements"),
            ("Video memuat 5 unsur", "All 5"),
        ),
        (
            "Video ≤ 5 menit (mp4/MOV) atau tautan Drive/YouTube; unsur: latar belakang, "
            "penjaringan ide, pemilihan ide, manfaat, dampak",
            "Video of at most 5 minutes (mp4/MOV) or a Drive/YouTube link; elements: "
            "background, idea gathering, idea selection, benefit, impact",
        ),
        bounds=("1-2", "3-4", "5"),
        unit=("unsur", "elements"),
        aliases=("kualitas_inovasi",),
    ),
)

SPD_PROVISIONAL = cite(
    REFERENCE,
    "§5.2 (2023 SPD list, cut-offs and wajib flags not established)",
    U,
    note="provisional default: the 2026 names and weights (the total of 63 agrees), cut-offs "
    "left as inputs; 15 SPD indicators in 3 variables worth 25.2 % is VERIFIED-SECONDARY [I1]",
)
#: The 2026 category maps (visi/misi, BPK opinion, LAKIP grade, IKK, RIPJ PID) are carried only
#: marked: derivations from them are flagged "carried_map" and cite this.
CARRIED_CATEGORY_MAP = cite(
    REFERENCE,
    "§5.1, §5.2 (2026 category map carried into the provisional 2023 SPD rows)",
    U,
    note="the category-to-level map of IGA 2026 [T2]; whether 2023-2025 used the same map is "
    "not established",
)
SPD_2023: tuple[Indicator, ...] = tuple(
    provisional(i, SPD_PROVISIONAL, SPD_PROVISIONAL, CARRIED_CATEGORY_MAP) for i in SPD_2026
)

EDITION_2023 = Edition(
    id="iga-2023",
    family="iga",
    year=2023,
    title=T("IGA 2023 (Innovative Government Award)", "IGA 2023 (Innovative Government Award)"),
    citation=cite(INSTRUMENT, None, Status.VERIFIED, source="I2"),
    valid_from=date(2023, 1, 1),
    valid_to=date(2023, 12, 31),
    indicators=SPD_2023 + SID_2023,
    divisor_k=Param("divisor_k", 10, FORMULA, EDITION_2026.divisor_k.title),
    sji_rate=Param(
        "sji_rate",
        Decimal("0.38"),
        cite(
            REFERENCE,
            "§3.3, §3.6 (2023 SJI formula not established)",
            U,
            note="the 2026 rule 0.38 × MIN(n, 200) assumed",
        ),
        EDITION_2026.sji_rate.title,
    ),
    sji_n_cap=Param(
        "sji_n_cap",
        200,
        cite(REFERENCE, "§3.3, §3.6", U, note="the 2026 cap assumed; the 76 maximum is DERIVED"),
        EDITION_2026.sji_n_cap.title,
    ),
    yandas_minimum=Param(
        "yandas_minimum",
        0,
        cite(
            REFERENCE,
            "§3.5 (2023: no yandas rule stated)",
            U,
            note="0 = no coverage condition, as in the published 2023 formula [I1]",
        ),
        EDITION_2026.yandas_minimum.title,
    ),
    bands=Param(
        "bands",
        bands(
            (
                (Predicate.TIDAK_DAPAT_DINILAI, "0.00", "0.00"),
                (Predicate.KURANG_INOVATIF, "0.01", "34.99"),
                (Predicate.INOVATIF, "35.00", "60.00"),
                (Predicate.SANGAT_INOVATIF, "60.01", "100.00"),
            )
        ),
        FORMULA,
        EDITION_2026.bands.title,
    ),
    decimal_places=Param(
        "decimal_places",
        2,
        cite(SLIDES, SLIDE, VS, source="I1", note="IID reported and bands written with 2 decimals"),
        EDITION_2026.decimal_places.title,
    ),
    rounding_mode=EDITION_2026.rounding_mode,
    stated_maxima=Param(
        "stated_maxima",
        StatedMaxima(
            spd_weight=Decimal(21),
            sid_weight=Decimal(37),
            spd=Decimal(63),
            sid=Decimal(111),
            sji=Decimal(76),
            total=Decimal(250),
        ),
        derived(
            REFERENCE,
            "§2.2 (2023 maxima computed from the shares and the SID weights)",
            (
                cite(
                    SLIDES,
                    SLIDE,
                    VS,
                    source="I1",
                    note="shares SPD 25.2 % / SID 74.8 % of the total",
                ),
                cite(
                    "Aplikasi IID provinsi Sulawesi Selatan (data 'IID 2023 - BSKDN')",
                    "SID level scores",
                    TP,
                    source="T1",
                    note="SID weights sum to 37, maximum 111",
                ),
            ),
            note="63 = 0.252 × 250, 76 = 0.748 × 250 − 111, 250 the total",
        ),
        EDITION_2026.stated_maxima.title,
    ),
    eligibility_window=Param(
        "eligibility_window",
        OPEN,
        cite(
            REFERENCE,
            "§7 (2023-2025 windows not established)",
            U,
            note="the pattern suggests [T-2, T-1]: 2021-01-01..2022-12-31",
        ),
        EDITION_2026.eligibility_window.title,
    ),
    required_stage=Param(
        "required_stage",
        OPEN,
        cite(REFERENCE, "§7 (stage rule 2023 not established)", U),
        EDITION_2026.required_stage.title,
    ),
    max_entries=Param(
        "max_entries",
        2,
        cite(
            "Pernyataan pejabat daerah (Kab. Tegal, IGA 2024)",
            None,
            U,
            source="I5",
            note="VERIFIED-SECONDARY for 2024; applied to 2023 (UNCERTAIN)",
        ),
        EDITION_2026.max_entries.title,
    ),
    mandatory_empty_ineligible=Param(
        "mandatory_empty_ineligible",
        OPEN,
        cite(REFERENCE, "§3.8, §4.1 (wajib flags and consequence 2023 not established)", U),
        EDITION_2026.mandatory_empty_ineligible.title,
    ),
    rancang_bangun_min_words=Param(
        "rancang_bangun_min_words",
        OPEN,
        cite(REFERENCE, "§9 (minimum before 2026 not established)", U, note="commonly also 300"),
        EDITION_2026.rancang_bangun_min_words.title,
    ),
    **policy_params(),  # type: ignore[arg-type]
)
