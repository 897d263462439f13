"""IGA 2026: Surat Kepala BSKDN 400.10.11/1887/BSKDN (29 April 2026), Lampiran I and II.

Sources (domain reference iid_iga.md): the letter's Lampiran I (pedoman umum: formula, divisor,
jumlah inovasi, predicate bands, eligibility) and Lampiran II (indicators), as copied by the
third-party implementations [T2] (Kab. Rote Ndao; scoring module, catalogue, tests), [T3]
(Kab. Sumbawa; same formula and weights) and [T4] (catalogue with evidence and file types).
The official PDF was not consulted, so nearly everything here is THIRD-PARTY.

Recorded conflict: [T14], a 2026 module, uses MAX(14, n) and requires all 6 yandas urusan. The
library follows [T2] (k = 12, at least 5 of 6); the other reading is one call away::

    edition(2026).override(reason="reading of [T14]", divisor_k=14, yandas_minimum=6)
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Any

from inovasi_daerah.iga._build import (
    REFERENCE,
    VAR_EKOSISTEM,
    VAR_INSTITUSI,
    VAR_SDM,
    bands,
    basis,
    indicator,
    policy_params,
)
from inovasi_daerah.iga.model import (
    Block,
    Direction,
    Edition,
    Indicator,
    Predicate,
    StatedMaxima,
)
from inovasi_daerah.law import Citation, Param, Status, Text, cite
from inovasi_daerah.law.text import T
from inovasi_daerah.models.enums import Stage

__all__ = ["EDITION_2026", "SID_2026", "SPD_2026"]

INSTRUMENT = "Pedoman IGA 2026 (Surat Kepala BSKDN 400.10.11/1887/BSKDN, 29 Apr 2026)"
TP = Status.THIRD_PARTY
SID, SPD = Block.SID, Block.SPD


def _c(n: str, status: Status = TP, note: str | None = "also [T4] (catalogue)") -> Citation:
    return cite(INSTRUMENT, f"Lampiran II indikator {n}", status, source="T2", note=note)


def _s(n: str) -> Citation:
    return cite(
        INSTRUMENT, f"Lampiran II indikator SPD {n}", TP, source="T2", note="weights also [T3]"
    )


W = cite(INSTRUMENT, "Lampiran II (kolom wajib)", TP, source="T2")
NW = W  # the same column says "not wajib"

# -- SID, per innovation (no. 16-35) -------------------------------------------------------------

SID_2026: tuple[Indicator, ...] = (
    indicator(
        "16",
        "regulasi",
        ("Regulasi Inovasi Daerah", "Regional innovation regulation"),
        SID,
        "3",
        _c("16"),
        True,
        W,
        (
            (
                "SK Kepala Daerah, atau SK Kepala Perangkat Daerah yang ditandatangani "
                "atas nama (a.n.) kepala daerah",
                "Decree of the regional head, or a decree of the head of the perangkat daerah "
                "signed on behalf (a.n.) of the regional head",
            ),
            ("Peraturan Kepala Daerah (Perkada)", "Regulation of the regional head (Perkada)"),
            ("Peraturan Daerah (Perda)", "Regional regulation (Perda)"),
        ),
        (
            "Halaman Perda/Perkada/SK yang menyebut inovasi (pdf); Perda/Perkada berlaku dan "
            "terbit sebelum 2026, SK bertanggal tahun penerapan",
            "The page of the Perda, Perkada or SK naming the innovation (pdf); a Perda or "
            "Perkada in force and issued before 2026, an SK dated in the year of application",
        ),
        categories=(("sk", 1), ("perkada", 2), ("perda", 3)),
        notes=(
            (
                "Perkada dan Perda kini level terpisah (2023: satu level).",
                "Perkada and Perda are now separate levels (2023: one level).",
            ),
        ),
    ),
    indicator(
        "17",
        "sdm",
        (
            "Ketersediaan dan Peran SDM terhadap Inovasi Daerah",
            "Availability and role of personnel for the innovation",
        ),
        SID,
        "2",
        _c("17"),
        True,
        W,
        (("1–10 SDM", "1–10 people"), ("11–30 SDM", "11–30 people"), ("> 30 SDM", "> 30 people")),
        (
            "SK atau surat tugas kepala daerah/kepala perangkat daerah yang memuat peran SDM "
            "(T-2 s.d. T-0)",
            "SK or assignment letter of the regional head or head of the perangkat daerah "
            "documenting the personnel's roles (T-2 to T-0)",
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
        False,
        NW,
        (
            ("Anggaran pada 1 tahun (T-2, T-1 atau T-0)", "Budget in 1 year (T-2, T-1 or T-0)"),
            ("Anggaran pada 2 tahun berturut-turut", "Budget in 2 consecutive years"),
            ("Anggaran pada T-0, T-1 dan T-2", "Budget in T-0, T-1 and T-2"),
        ),
        (
            "Dokumen anggaran yang memuat program/kegiatan inovasi, baris anggaran ditandai; "
            "BOSP (sekolah) dan BOK/JKN (fasyankes) diterima",
            "Budget document showing the innovation's programme or activity with the budget "
            "lines highlighted; BOSP (schools) and BOK/JKN (health facilities) accepted",
        ),
        year_sets=(((0,), (1,), (2,)), ((0, 1), (1, 2)), ((0, 1, 2),)),
        unit=("tahun anggaran (T-0 = tahun edisi)", "budget years (T-0 = edition year)"),
    ),
    indicator(
        "19",
        "alat_kerja",
        ("Alat Kerja", "Working tools"),
        SID,
        "2",
        _c("19"),
        False,
        NW,
        (
            ("Manual", "Manual"),
            ("Perangkat elektronik", "Electronic device"),
            (
                "Sistem daring (online) / kecerdasan artifisial (AI)",
                "Online system / artificial intelligence (AI)",
            ),
        ),
        ("Foto atau tangkapan layar", "Photo or screenshot"),
        aliases=("penggunaan_it",),
        categories=(("manual", 1), ("elektronik", 2), ("online", 3), ("daring", 3), ("ai", 3)),
        notes=(("Dahulu 'Penggunaan IT'; AI ditambahkan.", "Was 'Penggunaan IT'; AI added."),),
    ),
    indicator(
        "20",
        "bimtek",
        ("Bimtek Inovasi", "Innovation technical guidance (bimtek)"),
        SID,
        "1",
        _c("20"),
        False,
        NW,
        (
            ("1 kali dalam 3 tahun (T-2 s.d. T-0)", "Once in 3 years (T-2 to T-0)"),
            ("2 kali dalam 3 tahun", "Twice in 3 years"),
            ("≥ 3 kali dalam 3 tahun", "At least 3 times in 3 years"),
        ),
        (
            "SK/surat tugas, daftar hadir, undangan dan sertifikat",
            "SK or assignment letter, attendance list, invitation and certificate",
        ),
        bounds=("1", "2", ">=3"),
        unit=("kali dalam 3 tahun", "times in 3 years"),
    ),
    indicator(
        "21",
        "rkpd",
        (
            "Integrasi Program dan Kegiatan Inovasi dalam RKPD",
            "Integration of the innovation's programme and activities in the RKPD",
        ),
        SID,
        "2",
        _c("21"),
        False,
        NW,
        (
            ("Dalam RKPD T-1 atau T-2", "In the RKPD of T-1 or T-2"),
            ("Dalam RKPD T-1 dan T-2", "In the RKPD of T-1 and T-2"),
            ("Dalam RKPD T-1, T-2 dan T-0", "In the RKPD of T-1, T-2 and T-0"),
        ),
        (
            "Bab/halaman RKPD yang memuat program/kegiatan; RKAS, RUK/RPK, RBA, RKA-BUMD dan "
            "RKPDes diterima sebagai padanan",
            "The RKPD chapter or page with the programme; RKAS, RUK/RPK, RBA, RKA-BUMD and "
            "RKPDes accepted as equivalents",
        ),
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
        False,
        NW,
        (
            ("3 aktor (termasuk pelaksana)", "3 actors (including the implementer)"),
            ("4 aktor", "4 actors"),
            ("≥ 5 aktor", "5 or more actors"),
        ),
        (
            "SK perangkat daerah atau undangan rapat (2 tahun terakhir)",
            "SK of the perangkat daerah or meeting invitations (last 2 years)",
        ),
        bounds=("3", "4", ">=5"),
        unit=("aktor", "actors"),
        notes=(
            (
                "Aktor: akademisi, dunia usaha, masyarakat, pemerintah, media.",
                "Actors: academia, business, community, government, media.",
            ),
        ),
    ),
    indicator(
        "23",
        "pelaksana",
        ("Pelaksana Inovasi Daerah", "Implementer of the innovation"),
        SID,
        "1",
        _c("23"),
        False,
        NW,
        (
            ("Ada pelaksana, tanpa surat", "An implementer exists, without a letter"),
            (
                "Surat penugasan/perintah kepala perangkat daerah (atau setara, mis. kepala "
                "puskesmas atau sekolah)",
                "Assignment letter of the head of the perangkat daerah (or equivalent, e.g. "
                "head of a puskesmas or school)",
            ),
            (
                "SK atau surat kepala daerah, atau SK kepala perangkat daerah a.n. kepala daerah",
                "SK or letter of the regional head, or SK of the head of the perangkat daerah "
                "on behalf of the regional head",
            ),
        ),
        ("SK penetapan pelaksana", "Decree appointing the implementer"),
    ),
    indicator(
        "24",
        "jejaring",
        ("Jejaring Inovasi", "Innovation network"),
        SID,
        "1",
        _c("24"),
        False,
        NW,
        (
            ("2 perangkat daerah terlibat", "2 perangkat daerah involved"),
            ("3–4 perangkat daerah", "3–4 perangkat daerah"),
            ("≥ 5 perangkat daerah", "5 or more perangkat daerah"),
        ),
        (
            "SK atau surat tugas tim pengelola inovasi",
            "SK or assignment letter of the management team",
        ),
        bounds=("2", "3-4", ">=5"),
        unit=("perangkat daerah", "perangkat daerah"),
        notes=(("Level 1 berubah dari 1–2 PD (2023).", "Level 1 changed from 1–2 PD (2023)."),),
    ),
    indicator(
        "25",
        "sosialisasi",
        ("Sosialisasi Inovasi Daerah", "Dissemination of the innovation"),
        SID,
        "1",
        _c(
            "25",
            Status.UNCERTAIN,
            "three levels per [T2]; [T4] shows only two options (conflict)",
        ),
        False,
        NW,
        (
            ("Foto kegiatan dengan spanduk inovasi", "Photo of an activity with a banner"),
            (
                "Media sosial atau media berita milik Pemda",
                "Social media or a news outlet owned by the Pemda",
            ),
            ("Media berita bukan milik Pemda", "News media not owned by the Pemda"),
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
        False,
        NW,
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
        False,
        NW,
        (
            ("1 dari 4 kanal", "1 of the 4 channels"),
            ("2 dari 4 kanal", "2 of the 4 channels"),
            ("≥ 3 dari 4 kanal", "3 or more of the 4 channels"),
        ),
        (
            "Nomor telepon, tangkapan layar, buku tamu",
            "Telephone number, screenshots, guest book",
        ),
        bounds=("1", "2", "3-4"),
        unit=("kanal", "channels"),
        notes=(
            (
                "Kanal: manual; hotline (email/telepon); media sosial; daring (web, aplikasi, "
                "chatbot AI).",
                "Channels: manual; hotline (email/telephone); social media; online (web, app, "
                "AI chatbot).",
            ),
        ),
    ),
    indicator(
        "28",
        "kemudahan_proses",
        ("Kemudahan Proses Inovasi yang Dihasilkan", "Ease of the innovation's process"),
        SID,
        "2",
        _c("28"),
        False,
        NW,
        (
            ("Hasil dalam ≥ 6 hari", "Result in 6 days or more"),
            ("Hasil dalam 2–5 hari", "Result in 2–5 days"),
            ("Hasil dalam 1 hari", "Result in 1 day"),
        ),
        (
            "SOP yang disetujui dan memuat waktu layanan (hari kalender)",
            "Approved SOP stating the service time (calendar days)",
        ),
        bounds=(">=6", "2-5", "<=1"),
        direction=Direction.LOWER_BETTER,
        unit=("hari kalender", "calendar days"),
    ),
    indicator(
        "29",
        "pengaduan",
        ("Penyelesaian Layanan Pengaduan", "Resolution of complaints"),
        SID,
        "1",
        _c("29"),
        False,
        NW,
        (
            ("≤ 50 % selesai, atau tidak ada pengaduan", "≤ 50 % resolved, or no complaints"),
            ("51–90 % selesai", "51–90 % resolved"),
            ("≥ 91 % selesai", "≥ 91 % resolved"),
        ),
        (
            "Rekap pengaduan dan rasio penyelesaian (2 tahun)",
            "Complaint recap and resolution ratio (2 years)",
        ),
        bounds=("<=50", "51-90", ">=91"),
        unit=("% pengaduan selesai", "% of complaints resolved"),
        share=True,
        notes=(("Batas naik dari 40/71 (2023).", "Cut-offs raised from 40/71 (2023)."),),
    ),
    indicator(
        "30",
        "layanan_terintegrasi",
        ("Layanan Terintegrasi", "Integrated service"),
        SID,
        "2",
        _c("30"),
        False,
        NW,
        (
            ("Layanan berdiri sendiri", "Stand-alone service"),
            (
                "Terintegrasi dalam satu unit atau satu urusan",
                "Integrated within one unit or one urusan",
            ),
            (
                "Terintegrasi dengan unit lain atau lintas lebih dari satu urusan",
                "Integrated with other units or across more than one urusan",
            ),
        ),
        (
            "Tangkapan layar/dokumen integrasi layanan (digital atau non-digital)",
            "Screenshots or documents of the integration (digital or non-digital)",
        ),
        notes=(
            (
                "Dahulu 'Online Sistem' (2023, kode online_sistem); level berubah isi, maka "
                "kodenya berbeda.",
                "Was 'Online Sistem' (2023, code online_sistem); the levels changed meaning, so "
                "the code differs.",
            ),
        ),
    ),
    indicator(
        "31",
        "replikasi",
        ("Replikasi", "Replication"),
        SID,
        "3",
        _c("31"),
        False,
        NW,
        (
            ("Direplikasi 1 kali", "Replicated once"),
            ("Direplikasi 2 kali (daerah berbeda)", "Twice (different regions)"),
            ("Direplikasi 3 kali (daerah berbeda)", "Three times (different regions)"),
        ),
        (
            "PKS, MoU atau surat pernyataan Pemda yang mereplikasi",
            "PKS, MoU or statement of the replicating Pemda",
        ),
        bounds=("1", "2", ">=3"),
        unit=("kali", "times"),
        notes=(
            (
                "Lebih dari 3 kali dibaca sebagai level 3 (batas atas terbuka).",
                "More than 3 times is read as level 3 (open upper bound).",
            ),
        ),
    ),
    indicator(
        "32",
        "kecepatan",
        ("Kecepatan Penciptaan Inovasi", "Speed of creating the innovation"),
        SID,
        "2",
        _c("32"),
        True,
        W,
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
        _c("33", note="bases a-f also [T4]"),
        True,
        W,
        (
            (
                "Level 1 menurut satu dasar a–f (a 1–200 orang; b 5,00–20,00 %; c 0,01–10,00 %; "
                "d 0,01–9,99 %; e 1–100 produk; f 1 periode)",
                "Level 1 on one basis a–f (a 1–200 people; b 5.00–20.00 %; c 0.01–10.00 %; "
                "d 0.01–9.99 %; e 1–100 products; f 1 period)",
            ),
            (
                "Level 2 menurut satu dasar (a 201–500; b 20,01–50,00 %; c 10,01–20,00 %; "
                "d 10,00–19,99 %; e 101–200; f 2 periode)",
                "Level 2 on one basis (a 201–500; b 20.01–50.00 %; c 10.01–20.00 %; "
                "d 10.00–19.99 %; e 101–200; f 2 periods)",
            ),
            (
                "Level 3 menurut satu dasar (a ≥ 501; b > 50,00 %; c 20,01–30 %; d ≥ 20 %; "
                "e > 200; f 3 periode)",
                "Level 3 on one basis (a ≥ 501; b > 50.00 %; c 20.01–30 %; d ≥ 20 %; "
                "e > 200; f 3 periods)",
            ),
        ),
        (
            "Rekap penerima manfaat bertanda tangan (luring) atau tangkapan layar jumlah "
            "pengguna (daring); dasar lain: data sebelum/sesudah",
            "Signed beneficiary recap (offline) or user-count screenshot (online); other "
            "bases: before/after data",
        ),
        bases=(
            basis(
                "a",
                ("Penerima manfaat", "Beneficiaries"),
                ("orang", "people"),
                ("1-200", "201-500", ">=501"),
            ),
            basis(
                "b",
                ("Cakupan", "Coverage"),
                ("% unit sasaran", "% of target units"),
                ("5.00-20.00", "20.01-50.00", ">50.00"),
                (
                    "Di bawah 5 % tidak tercakup pita (UNCERTAIN).",
                    "Below 5 % is not covered by the bands (UNCERTAIN).",
                ),
            ),
            basis(
                "c",
                ("Efisiensi belanja", "Spending efficiency"),
                ("% penghematan (sebelum vs sesudah)", "% saved (before vs after)"),
                ("0.01-10.00", "10.01-20.00", "20.01-30"),
                (
                    "Di atas 30 % tidak tercakup pita (UNCERTAIN).",
                    "Above 30 % is not covered by the bands (UNCERTAIN).",
                ),
            ),
            basis(
                "d",
                ("Tambahan pendapatan", "Added revenue"),
                ("% kenaikan pendapatan (tahun ke tahun)", "% revenue increase (year on year)"),
                ("0.01-9.99", "10.00-19.99", ">=20"),
            ),
            basis(
                "e",
                ("Produk dibuat/terjual", "Products made or sold"),
                ("produk", "items"),
                ("1-100", "101-200", ">200"),
            ),
            basis(
                "f",
                ("Tren kinerja positif", "Positive performance trend"),
                ("periode pengukuran", "measurement periods"),
                ("1", "2", ">=3"),
            ),
        ),
        notes=(
            (
                "Pilih satu dasar; batas antar-dasar tidak boleh dicampur.",
                "Choose one basis; thresholds of different bases must not be mixed.",
            ),
        ),
    ),
    indicator(
        "34",
        "monev",
        ("Monitoring dan Evaluasi Inovasi Daerah", "Monitoring and evaluation"),
        SID,
        "2",
        _c("34"),
        False,
        NW,
        (
            ("Monev internal Pemda", "Internal monitoring of the Pemda"),
            ("Laporan survei kepuasan masyarakat (SKM)", "Public satisfaction survey (SKM) report"),
            ("Monev eksternal berbasis penelitian", "External research-based evaluation"),
        ),
        (
            "Laporan monev, laporan SKM atau laporan penelitian",
            "Monitoring report, SKM report or research report",
        ),
    ),
    indicator(
        "35",
        "video",
        ("Video Inovasi Daerah", "Innovation video"),
        SID,
        "4",
        _c("35"),
        True,
        W,
        (
            ("Video memuat 1–2 dari 5 unsur", "The video shows 1–2 of the 5 elements"),
            ("Video memuat 3–4 unsur", "3–4 elements"),
            ("Video memuat 5 unsur", "All 5 elements"),
        ),
        (
            "Video ≤ 5 menit dengan thumbnail dan logo Kemendagri (tautan media sosial boleh)",
            "Video of at most 5 minutes with a cover thumbnail and the Kemendagri logo "
            "(social-media links allowed)",
        ),
        bounds=("1-2", "3-4", "5"),
        unit=("unsur", "elements"),
        aliases=("kualitas_inovasi",),
        notes=(
            (
                "Lima unsur (latar belakang, penjaringan ide, pemilihan ide, manfaat, dampak) "
                "diteruskan dari 2023 (UNCERTAIN untuk 2026).",
                "The five elements (background, idea gathering, idea selection, benefit, "
                "impact) carried over from 2023 (UNCERTAIN for 2026).",
            ),
        ),
    ),
)

# -- SPD, per Pemda (15 indicators in 20 score rows) ---------------------------------------------

_PCT = ("% pertumbuhan", "% growth")


def _spd(
    n: str,
    code: str,
    name: tuple[str, str],
    weight: str,
    mandatory: bool,
    conditions: tuple[tuple[str, str], tuple[str, str], tuple[str, str]],
    evidence: tuple[str, str],
    variable: Text = VAR_INSTITUSI,
    **kw: Any,
) -> Indicator:
    return indicator(
        n,
        code,
        name,
        SPD,
        weight,
        _s(n),
        mandatory,
        W,
        conditions,
        evidence,
        variable=variable,
        **kw,
    )


_BPS = ("Data BPS", "BPS statistics")

SPD_2026: tuple[Indicator, ...] = (
    _spd(
        "1",
        "visi_misi",
        ("Visi dan Misi Kepala Daerah", "Vision and mission"),
        "1",
        True,
        (
            ("Inovasi dalam misi saja", "Innovation in the mission only"),
            ("Inovasi dalam visi saja", "In the vision only"),
            ("Inovasi dalam visi dan misi", "In both vision and mission"),
        ),
        ("RPJMD atau Perkada", "RPJMD or Perkada"),
        categories=(("misi", 1), ("visi", 2), ("visi dan misi", 3)),
    ),
    _spd(
        "2a",
        "apbd_tepat_waktu",
        ("APBD Tepat Waktu", "APBD adopted on time"),
        "1",
        False,
        (
            ("1 tahun dari 3 tahun terakhir", "1 of the last 3 years"),
            ("2 tahun", "2 years"),
            ("3 tahun", "3 years"),
        ),
        ("Perda APBD", "APBD regulations"),
        bounds=("1", "2", "3"),
        unit=("tahun", "years"),
    ),
    _spd(
        "2b",
        "belanja_wajib",
        ("Pemenuhan Mandatory Spending", "Mandatory spending met"),
        "1",
        False,
        (
            ("2 komponen", "2 components"),
            ("3 komponen", "3 components"),
            ("> 3 komponen", "More than 3 components"),
        ),
        (
            "APBD: pendidikan 20 %, kesehatan 10 %, infrastruktur 40 % DTU, pegawai 30 %",
            "APBD: education 20 %, health 10 %, infrastructure 40 % of DTU, personnel 30 %",
        ),
        bounds=("2", "3", ">3"),
        unit=("komponen", "components"),
    ),
    _spd(
        "3",
        "perizinan",
        ("Kualitas Peningkatan Perizinan", "Growth in permits issued"),
        "1",
        True,
        (
            ("≤ -50,32 %", "≤ -50.32 %"),
            ("-50,33 % s.d. 8,16 %", "-50.33 % to 8.16 %"),
            ("≥ 8,17 %", "≥ 8.17 %"),
        ),
        ("Jumlah izin DPMPTSP, T-1 dibanding T-2", "DPMPTSP permit counts, T-1 vs T-2"),
        bounds=("<=-50.32", "-50.33..8.16", ">=8.17"),
        signed=True,
        unit=_PCT,
    ),
    _spd(
        "4",
        "pendapatan_per_kapita",
        ("Peningkatan Pendapatan per Kapita", "Growth in per-capita income"),
        "1",
        True,
        (("≤ 2,04 %", "≤ 2.04 %"), ("2,05–5,23 %", "2.05–5.23 %"), ("≥ 5,23 %", "≥ 5.23 %")),
        ("Data BPS harga konstan, T-1 dibanding T-2", "BPS constant-price data, T-1 vs T-2"),
        bounds=("<=2.04", "2.05-5.23", ">=5.23"),
        signed=True,
        unit=_PCT,
        notes=(
            (
                "Variabel: Institusi [T2] atau SDM [T10]; tidak memengaruhi skor.",
                "Variable: Institusi [T2] or SDM [T10]; no effect on the score.",
            ),
        ),
    ),
    _spd(
        "5a",
        "penurunan_tpt",
        ("Capaian Penurunan TPT", "Reduction of open unemployment"),
        "0.75",
        True,
        (("≤ 0,00", "≤ 0.00"), ("0,01–0,36", "0.01–0.36"), ("≥ 0,36", "≥ 0.36")),
        _BPS,
        bounds=("<=0.00", "0.01-0.36", ">=0.36"),
        signed=True,
        unit=("poin persentase", "percentage points"),
    ),
    _spd(
        "5b",
        "tingkat_tpt",
        ("Tingkat TPT (T-1)", "Open unemployment rate (T-1)"),
        "0.75",
        True,
        (("≥ 5,91", "≥ 5.91"), ("2,34–5,92", "2.34–5.92"), ("≤ 2,35", "≤ 2.35")),
        _BPS,
        bounds=(">=5.91", "2.34-5.92", "<=2.35"),
        direction=Direction.LOWER_BETTER,
        unit=("%", "%"),
        share=True,
    ),
    _spd(
        "6",
        "investasi",
        ("Peningkatan Investasi", "Growth in investment"),
        "1.5",
        True,
        (
            ("≤ -47,42 %", "≤ -47.42 %"),
            ("-47,43 % s.d. 94,75 %", "-47.43 % to 94.75 %"),
            ("≥ 94,76 %", "≥ 94.76 %"),
        ),
        ("Data realisasi investasi", "Investment realisation data"),
        bounds=("<=-47.42", "-47.43..94.75", ">=94.76"),
        signed=True,
        unit=_PCT,
    ),
    _spd(
        "7",
        "pad",
        ("Peningkatan PAD", "Growth in own-source revenue (PAD)"),
        "1.5",
        True,
        (
            ("≤ -5,14 %", "≤ -5.14 %"),
            ("-5,15 % s.d. 33,84 %", "-5.15 % to 33.84 %"),
            ("≥ 33,85 %", "≥ 33.85 %"),
        ),
        ("Laporan realisasi PAD", "PAD realisation report"),
        bounds=("<=-5.14", "-5.15..33.84", ">=33.85"),
        signed=True,
        unit=_PCT,
    ),
    _spd(
        "8",
        "opini_bpk",
        ("Opini BPK", "BPK audit opinion"),
        "1.5",
        True,
        (
            ("TMP (disclaimer) atau TW (adverse)", "Disclaimer (TMP) or adverse (TW)"),
            ("WDP", "Qualified (WDP)"),
            ("WTP", "Unqualified (WTP)"),
        ),
        ("LHP BPK", "BPK audit report"),
        categories=(("tmp", 1), ("tw", 1), ("wdp", 2), ("wtp", 3)),
    ),
    _spd(
        "9",
        "lakip",
        ("Nilai Capaian LAKIP (SAKIP)", "LAKIP (SAKIP) grade"),
        "1",
        True,
        (("D atau C", "D or C"), ("B", "B"), ("A", "A")),
        ("Hasil evaluasi SAKIP", "SAKIP evaluation result"),
        categories=(("d", 1), ("c", 1), ("b", 2), ("a", 3)),
    ),
    _spd(
        "10a",
        "penurunan_kemiskinan",
        ("Capaian Penurunan Kemiskinan", "Poverty reduction"),
        "0.75",
        True,
        (("≤ 0,07", "≤ 0.07"), ("0,08–1,15", "0.08–1.15"), ("≥ 1,16", "≥ 1.16")),
        _BPS,
        bounds=("<=0.07", "0.08-1.15", ">=1.16"),
        signed=True,
        unit=("poin persentase", "percentage points"),
    ),
    _spd(
        "10b",
        "tingkat_kemiskinan",
        ("Tingkat Kemiskinan (T-1)", "Poverty rate (T-1)"),
        "0.75",
        True,
        (("≥ 13,10", "≥ 13.10"), ("4,81–13,11", "4.81–13.11"), ("≤ 4,82", "≤ 4.82")),
        _BPS,
        bounds=(">=13.10", "4.81-13.11", "<=4.82"),
        direction=Direction.LOWER_BETTER,
        unit=("%", "%"),
        share=True,
    ),
    _spd(
        "11a",
        "kenaikan_ipm",
        ("Kenaikan IPM (2 tahun)", "HDI increase (2 years)"),
        "0.75",
        True,
        (("≤ 0,55", "≤ 0.55"), ("0,56–0,90", "0.56–0.90"), ("≥ 0,90", "≥ 0.90")),
        _BPS,
        variable=VAR_SDM,
        bounds=("<=0.55", "0.56-0.90", ">=0.90"),
        signed=True,
        unit=("poin", "points"),
    ),
    _spd(
        "11b",
        "tingkat_ipm",
        ("Capaian IPM (terakhir)", "HDI level (latest)"),
        "0.75",
        True,
        (("≤ 69,99", "≤ 69.99"), ("70,00–79,99", "70.00–79.99"), ("≥ 80,00", "≥ 80.00")),
        _BPS,
        variable=VAR_SDM,
        bounds=("<=69.99", "70.00-79.99", ">=80.00"),
        unit=("IPM", "HDI"),
    ),
    _spd(
        "12",
        "penghargaan_inovator",
        ("Penghargaan bagi Inovator", "Awards for innovators"),
        "2",
        False,
        (
            ("Sertifikat", "Certificate"),
            ("Sertifikat dan hadiah/insentif", "Certificate plus reward or incentive"),
            (
                "Sertifikat, insentif dan mekanisme menjaga budaya inovasi",
                "Certificate, incentive and a mechanism to keep the innovation culture",
            ),
        ),
        ("Dokumen pemberian penghargaan", "Award documents"),
        variable=VAR_SDM,
    ),
    _spd(
        "13a",
        "rekomendasi_kebijakan",
        ("Rekomendasi Kebijakan Pendukung Inovasi", "Policy recommendations for innovation"),
        "1",
        False,
        (("1–3 rekomendasi", "1–3 recommendations"), ("4–7", "4–7"), ("> 7", "More than 7")),
        ("Dokumen rekomendasi kebijakan", "Policy recommendation documents"),
        variable=VAR_EKOSISTEM,
        bounds=("1-3", "4-7", ">7"),
        unit=("rekomendasi", "recommendations"),
    ),
    _spd(
        "13b",
        "ikk",
        ("Indeks Kualitas Kebijakan (IKK)", "Policy quality index (IKK)"),
        "1",
        False,
        (
            ("Cukup / Kurang", "Fair / Poor"),
            ("Baik", "Good"),
            ("Sangat Baik / Unggul", "Very good / Excellent"),
        ),
        ("Hasil penilaian IKK", "IKK assessment result"),
        variable=VAR_EKOSISTEM,
        categories=(("kurang", 1), ("cukup", 1), ("baik", 2), ("sangat baik", 3), ("unggul", 3)),
    ),
    _spd(
        "14",
        "ripj_pid",
        (
            "RIPJ PID (Rencana Induk dan Peta Jalan Pemajuan Iptek Daerah)",
            "RIPJ PID (master plan and roadmap for regional science and technology)",
        ),
        "1",
        False,
        (
            ("Draf", "Draft"),
            ("Dokumen disepakati", "Agreed document"),
            ("Ditetapkan dengan Perkada", "Enacted by Perkada"),
        ),
        ("Dokumen RIPJ PID", "RIPJ PID document"),
        variable=VAR_EKOSISTEM,
        categories=(("draf", 1), ("draft", 1), ("disepakati", 2), ("perkada", 3)),
    ),
    _spd(
        "15",
        "haki",
        ("Fasilitasi HAKI bagi Inovasi", "Facilitation of IP rights (HAKI)"),
        "1",
        False,
        (
            ("Sosialisasi", "Socialisation"),
            ("Sosialisasi dan fasilitasi administrasi", "Plus administrative facilitation"),
            ("Ditambah insentif pembiayaan", "Plus a financing incentive"),
        ),
        ("Dokumen fasilitasi HAKI", "HAKI facilitation documents"),
        variable=VAR_EKOSISTEM,
    ),
)

# -- the edition -----------------------------------------------------------------------------------

FORMULA = cite(INSTRUMENT, "Lampiran I butir XI.B", TP, source="T2", note="same formula in [T3]")

EDITION_2026 = Edition(
    id="iga-2026",
    family="iga",
    year=2026,
    title=T("IGA 2026 (Innovative Government Award)", "IGA 2026 (Innovative Government Award)"),
    citation=cite(INSTRUMENT, "Lampiran I dan II", TP, source="T2"),
    valid_from=date(2026, 1, 1),
    # in force for its own year; later dates get it only as flagged "latest known rules"
    # (iga.edition_for, iid_iga.md §15 item 2)
    valid_to=date(2026, 12, 31),
    indicators=SPD_2026 + SID_2026,
    divisor_k=Param(
        "divisor_k",
        12,
        cite(
            INSTRUMENT,
            "Lampiran I butir XI.B",
            TP,
            source="T2",
            note="conflict: [T14] uses MAX(14, n); rejected alternative, see module docstring",
        ),
        T("Pembagi minimum k dalam MAX(k, n)", "Minimum divisor k in MAX(k, n)"),
    ),
    sji_rate=Param(
        "sji_rate",
        Decimal("0.38"),
        FORMULA,
        T("Tarif skor jumlah inovasi per inovasi", "Jumlah-inovasi score per innovation"),
    ),
    sji_n_cap=Param(
        "sji_n_cap",
        200,
        FORMULA,
        T("Batas n dalam MIN(n, 200)", "Cap on n in MIN(n, 200)"),
    ),
    yandas_minimum=Param(
        "yandas_minimum",
        5,
        cite(
            INSTRUMENT,
            "Lampiran I butir XI.B",
            TP,
            source="T2",
            note="conflict: [T14] requires 6 of 6; rejected alternative",
        ),
        T(
            "Minimum urusan wajib pelayanan dasar tercakup agar SJI > 0",
            "Minimum yandas urusan covered for SJI > 0",
        ),
    ),
    bands=Param(
        "bands",
        bands(
            (
                (Predicate.TIDAK_DAPAT_DINILAI, "0.00", "0.00"),
                (Predicate.KURANG_INOVATIF, "0.01", "40.00"),
                (Predicate.INOVATIF, "40.01", "65.00"),
                (Predicate.SANGAT_INOVATIF, "65.01", "100.00"),
            )
        ),
        cite(INSTRUMENT, "Lampiran I (predikat)", TP, source="T2", note="also [T3]"),
        T("Pita predikat", "Predicate bands"),
    ),
    decimal_places=Param(
        "decimal_places",
        2,
        cite(
            INSTRUMENT,
            "Lampiran I butir XI.B",
            TP,
            source="T2",
            note="'IID = (SPD + SID) / 250 × 100, rounded to 2 decimals' (iid_iga.md §3.4); "
            "same in [T3]; the 2026 bands are written with 2 decimals",
        ),
        T("Jumlah desimal IID", "Decimal places of the IID"),
    ),
    rounding_mode=Param(
        "rounding_mode",
        "ROUND_HALF_UP",
        cite(
            REFERENCE,
            "§3.7 (rounding mode not stated)",
            Status.UNCERTAIN,
            note="library default: round half up, then classify",
        ),
        T("Cara pembulatan", "Rounding mode"),
        (
            "ROUND_HALF_UP",
            "ROUND_HALF_EVEN",
            "ROUND_HALF_DOWN",
            "ROUND_DOWN",
            "ROUND_UP",
            "ROUND_FLOOR",
            "ROUND_CEILING",
        ),
    ),
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
        cite(INSTRUMENT, "Lampiran I dan II", TP, source="T2", note="also [T3], [T4]"),
        T("Maksimum yang dinyatakan (diperiksa)", "Stated maxima (checked)"),
    ),
    eligibility_window=Param(
        "eligibility_window",
        (date(2024, 1, 1), date(2025, 12, 31)),
        cite(INSTRUMENT, "Lampiran I (kriteria inovasi)", TP, source="T2", note="also [T3]"),
        T(
            "Jendela mulai penerapan (atau pengembangan terakhir)",
            "Window for the start of application (or the latest development)",
        ),
    ),
    required_stage=Param(
        "required_stage",
        Stage.APPLICATION,
        cite(
            INSTRUMENT,
            "Lampiran I (kriteria inovasi)",
            TP,
            source="T2",
            note="[T2] requires a penerapan start date",
        ),
        T("Tahapan yang disyaratkan", "Required stage"),
    ),
    max_entries=Param(
        "max_entries",
        2,
        cite(
            "Pernyataan pejabat daerah (Kab. Tegal, IGA 2024)",
            None,
            Status.UNCERTAIN,
            source="I5",
            note="VERIFIED-SECONDARY for 2024; carried to 2026 (UNCERTAIN)",
        ),
        T("Maksimum keikutsertaan satu inovasi", "Maximum entries of one innovation"),
    ),
    mandatory_empty_ineligible=Param(
        "mandatory_empty_ineligible",
        True,
        cite(
            INSTRUMENT,
            "Lampiran II (indikator wajib)",
            TP,
            source="T2",
            note="official consequence UNCERTAIN (iid_iga.md §3.8)",
        ),
        T(
            "Indikator wajib kosong: tidak memenuhi syarat",
            "Empty mandatory indicator: not eligible",
        ),
    ),
    rancang_bangun_min_words=Param(
        "rancang_bangun_min_words",
        300,
        cite(INSTRUMENT, "Lampiran I (proposal inovasi)", TP, source="T2"),
        T("Minimum kata rancang bangun", "Minimum words of the rancang bangun"),
    ),
    **policy_params(),  # type: ignore[arg-type]
    notes=(
        T(
            "Bacaan lain [T14]: k = 14 dan 6 dari 6 yandas; gunakan "
            "override(divisor_k=14, yandas_minimum=6).",
            "Other reading [T14]: k = 14 and 6 of 6 yandas; use "
            "override(divisor_k=14, yandas_minimum=6).",
        ),
    ),
)
