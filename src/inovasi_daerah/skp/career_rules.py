"""Rule data of a jabatan fungsional career: integration, AK dasar, degree bonus, promotions.

PermenPANRB 1/2023 + Peraturan BKN 3/2023, as read in skp.md §5.4, §5.6 and §5.7. Every number
is a cited :class:`~inovasi_daerah.law.Param` of the dated rule set :data:`RULES`; the engine
(:mod:`inovasi_daerah.skp.career`) holds none. The thresholds for kenaikan pangkat and jenjang,
the koefisien, the percentages and the jenjang ladder are those of
:data:`inovasi_daerah.skp.permenpanrb_1_2023.RULES` (one rule, one place).

Status in short: the keahlian nilai dasar table and golongan ranges are THIRD-PARTY (four
agreeing sources, official table not read), so every integration that uses them is flagged;
the keterampilan nilai dasar table is OPEN (no default); AK dasar III/d = 100 is
VERIFIED-SECONDARY, the other AK dasar rows THIRD-PARTY; the 25 % degree bonus rests on a
third-party copy of Pasal 37; the promotion conditions are VERIFIED-SECONDARY.

>>> RULES.nilai_dasar_keahlian.get()[Golongan.IV_B]
Decimal('400')
>>> RULES.nilai_dasar_keterampilan.is_open
True
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from inovasi_daerah.errors import DataIntegrityError
from inovasi_daerah.law import OPEN, Citation, Param, Registry, RuleSet, Status, T, cite
from inovasi_daerah.models.career import Golongan
from inovasi_daerah.models.enums import Jenjang, LegalEnum, set_labels
from inovasi_daerah.models.skp import Predikat

__all__ = ["REGISTRY", "RULES", "AccrualStep", "CareerRules"]

VS = Status.VERIFIED_SECONDARY
TP = Status.THIRD_PARTY
UN = Status.UNCERTAIN
DE = Status.DERIVED
PM1 = "PermenPANRB 1/2023"
PB3 = "Peraturan BKN 3/2023"


class AccrualStep(LegalEnum):
    """When the AK of a period count toward a threshold in a projection (a named policy).

    ``tahunan`` (default): the AK of a period count at its end, after its evaluation (the
    annual conversion of the predikat); ``bulanan``: they count month by month, as the
    proportional AK of a partial period (Peraturan BKN 3/2023 Pasal 13(1)) allow where the
    agency evaluates monthly.
    """

    ANNUAL = "tahunan"
    MONTHLY = "bulanan"


set_labels(
    AccrualStep,
    {"tahunan": ("Tahunan", "Annual"), "bulanan": ("Bulanan", "Monthly")},
    annual="tahunan",
    monthly="bulanan",
)


@dataclass(frozen=True, kw_only=True)
class CareerRules(RuleSet):
    """The constants of a JF career in the integrated model (skp.md §5.4, §5.6, §5.7)."""

    integration_cutoff: Param[date]
    conversion_start: Param[date]
    penunjang_percent: Param[Decimal]
    golongan_keahlian: Param[Mapping[Jenjang, tuple[Golongan, ...]]]
    golongan_keterampilan: Param[Mapping[Jenjang, tuple[Golongan, ...]]]
    nilai_dasar_keahlian: Param[Mapping[Golongan, Decimal]]
    nilai_dasar_keterampilan: Param[Mapping[Golongan, Decimal]]
    conventional_lower_keahlian: Param[Mapping[Golongan, Decimal]]
    ak_dasar_verified: Param[Mapping[Golongan, Decimal]]
    ak_dasar_third_party: Param[Mapping[Golongan, Decimal]]
    restart_after_jenjang: Param[Decimal]
    degree_bonus_percent: Param[Decimal]
    degree_bonus_min_predikat: Param[Predikat]
    degree_bonus_times: Param[int]
    pangkat_min_years: Param[int]
    pangkat_predikat_years: Param[int]
    pangkat_min_predikat: Param[Predikat]
    jenjang_min_years: Param[int]
    jenjang_min_predikat: Param[Predikat]
    jenjang_predikat_years: Param[int]
    accrual_step: Param[AccrualStep]
    formasi: Citation
    uji_kompetensi: Citation
    pengembangan_profesi: Citation
    mismatch_cases: Citation
    pangkat_steps: Citation
    no_2022_rule: Citation
    caller_nilai_dasar: Citation

    def check(self) -> None:
        """Integrity: the golongan ranges of keahlian and the nilai dasar rows agree."""
        super().check()
        ranges = self.golongan_keahlian.get()
        dasar = self.nilai_dasar_keahlian.get()
        lower = self.conventional_lower_keahlian.get()
        listed = [g for gs in ranges.values() for g in gs]
        if sorted(listed, key=lambda g: g.order) != sorted(dasar, key=lambda g: g.order):
            raise DataIntegrityError(
                "golongan ranges and nilai dasar rows differ", field=f"{self.id}.nilai_dasar"
            )
        if set(lower) != set(dasar):
            raise DataIntegrityError(
                "conventional ranges and nilai dasar rows differ", field=f"{self.id}.nilai_dasar"
            )
        for gs in ranges.values():
            # DERIVED reading: nilai dasar = lower bound of the jenjang's first golongan
            if any(dasar[g] != lower[gs[0]] for g in gs):
                raise DataIntegrityError(
                    "nilai dasar is not the lower bound of the jenjang's first golongan",
                    field=f"{self.id}.nilai_dasar_keahlian",
                )


_G = Golongan
_J = Jenjang
_TABLE = cite(
    "Tabel nilai dasar kategori keahlian (PAK integrasi)",
    None,
    TP,
    source="K52",
    note="four agreeing sources: [K52] agency PAK table, [K53] PAK integrasi form "
    "(550.63 - 400 = 150.63 at IV/b), [K54] article (Ahli Muda 200), [KT9] seeder; "
    "official table not read (skp.md §5.6)",
)
_K49 = cite(
    PB3,
    "penyesuaian AK konvensional ke integrasi",
    VS,
    source="K49",
    note="BKN Dit. Jabatan ASN deck; also [K50]",
)


RULES = CareerRules(
    id="karier_jf_2023",
    family="karier_jf",
    title=T(
        "Karier jabatan fungsional: PermenPANRB 1/2023 + Peraturan BKN 3/2023",
        "Career of a functional post: PermenPANRB 1/2023 + BKN Regulation 3/2023",
    ),
    citation=cite(PM1, None, VS, source="K30", note="integrated model from the 2023 assessment"),
    valid_from=date(2023, 1, 1),
    valid_to=None,
    integration_cutoff=Param(
        "integration_cutoff",
        date(2022, 12, 31),
        cite(
            PB3,
            "penyesuaian AK: PAK konvensional terakhir s.d. 31 Desember 2022",
            VS,
            source="K49",
            note="also [K50]",
        ),
        T("Batas PAK konvensional yang diintegrasikan", "Last date of the integrated PAK"),
    ),
    conversion_start=Param(
        "conversion_start",
        date(2023, 1, 1),
        cite(
            "Surat Ditjen GTK 5137/B/HK.04.01/2023",
            None,
            VS,
            source="K50",
            note="conversion of predikat applies from 1 Jan 2023, assessed after integration",
        ),
        T("Awal konversi predikat ke AK", "Start of the predikat-to-AK conversion"),
    ),
    penunjang_percent=Param(
        "penunjang_percent",
        Decimal(1),
        cite(
            PB3,
            "penyesuaian AK: unsur penunjang 100 %",
            VS,
            source="K31",
            note="no 80/20 cap in the integrated model; summing order THIRD-PARTY [KT8]",
        ),
        T("Persentase unsur penunjang yang diintegrasikan", "Share of unsur penunjang carried"),
    ),
    golongan_keahlian=Param(
        "golongan_keahlian",
        {
            _J.AHLI_PERTAMA: (_G.III_A, _G.III_B),
            _J.AHLI_MUDA: (_G.III_C, _G.III_D),
            _J.AHLI_MADYA: (_G.IV_A, _G.IV_B, _G.IV_C),
            _J.AHLI_UTAMA: (_G.IV_D, _G.IV_E),
        },
        _TABLE,
        T("Golongan per jenjang (keahlian)", "Golongan of each grade (expert category)"),
    ),
    golongan_keterampilan=Param(
        "golongan_keterampilan",
        {
            _J.TERAMPIL: (_G.II_B, _G.II_C, _G.II_D),
            _J.MAHIR: (_G.III_A, _G.III_B),
        },
        cite(
            PM1,
            "Lampiran (angka kredit kumulatif kenaikan pangkat, kategori keterampilan)",
            VS,
            source="K47",
            note="golongan columns of [K31]; Pemula and Penyelia ranges not established",
        ),
        T("Golongan per jenjang (keterampilan)", "Golongan of each grade (skill category)"),
    ),
    nilai_dasar_keahlian=Param(
        "nilai_dasar_keahlian",
        {
            _G.III_A: Decimal(100),
            _G.III_B: Decimal(100),
            _G.III_C: Decimal(200),
            _G.III_D: Decimal(200),
            _G.IV_A: Decimal(400),
            _G.IV_B: Decimal(400),
            _G.IV_C: Decimal(400),
            _G.IV_D: Decimal(850),
            _G.IV_E: Decimal(850),
        },
        _TABLE,
        T("Nilai dasar kategori keahlian", "Base value, expert category"),
    ),
    nilai_dasar_keterampilan=Param(
        "nilai_dasar_keterampilan",
        OPEN,
        cite(
            "Tabel nilai dasar kategori keterampilan",
            None,
            UN,
            source="KT8",
            note="only 'Mahir -> 100' seen in one third-party test; table not established "
            "(skp.md §5.6): the caller supplies it",
        ),
        T("Nilai dasar kategori keterampilan", "Base value, skill category"),
    ),
    conventional_lower_keahlian=Param(
        "conventional_lower_keahlian",
        {
            _G.III_A: Decimal(100),
            _G.III_B: Decimal(150),
            _G.III_C: Decimal(200),
            _G.III_D: Decimal(300),
            _G.IV_A: Decimal(400),
            _G.IV_B: Decimal(550),
            _G.IV_C: Decimal(700),
            _G.IV_D: Decimal(850),
            _G.IV_E: Decimal(1050),
        },
        _TABLE,
        T(
            "Batas bawah AK konvensional per golongan (keahlian)",
            "Lower bound of conventional AK per golongan (expert category)",
        ),
    ),
    ak_dasar_verified=Param(
        "ak_dasar_verified",
        {_G.III_D: Decimal(100)},
        cite(PB3, "contoh perhitungan (AK dasar III/d)", VS, source="K29"),
        T("AK dasar (baris terverifikasi)", "AK dasar (verified row)"),
    ),
    ak_dasar_third_party=Param(
        "ak_dasar_third_party",
        {_G.III_B: Decimal(50), _G.IV_B: Decimal(150), _G.IV_C: Decimal(300)},
        cite(
            "PerhitunganAKJF (KeahlianPage.js)",
            None,
            TP,
            source="KT10",
            note="third-party implementation: DickymDJAHU/PerhitunganAKJF; other rows not "
            "established",
        ),
        T("AK dasar (baris pihak ketiga)", "AK dasar (third-party rows)"),
    ),
    restart_after_jenjang=Param(
        "restart_after_jenjang",
        Decimal(0),
        _K49,
        T("AK integrasi setelah kenaikan jenjang", "Integrated AK after a grade promotion"),
    ),
    degree_bonus_percent=Param(
        "degree_bonus_percent",
        Decimal("0.25"),
        cite(
            PM1,
            "Pasal 37 ayat (2)-(3)",
            TP,
            source="K56",
            note="third-party copy of the article text; 25 % of the AK kumulatif for kenaikan "
            "pangkat of the jenjang, not of the koefisien",
        ),
        T("AK ijazah lebih tinggi (persen AK kenaikan pangkat)", "Higher-degree AK (share)"),
    ),
    degree_bonus_min_predikat=Param(
        "degree_bonus_min_predikat",
        Predikat.GOOD,
        cite(PM1, "Pasal 37 ayat (3)", TP, source="K56"),
        T("Predikat minimal untuk AK ijazah", "Minimum predikat for the degree AK"),
    ),
    degree_bonus_times=Param(
        "degree_bonus_times",
        1,
        cite(PM1, "Pasal 37 ayat (2)", TP, source="K56", note="diberikan satu kali"),
        T("Berapa kali AK ijazah diberikan", "How often the degree AK is given"),
    ),
    pangkat_min_years=Param(
        "pangkat_min_years",
        2,
        cite(PB3, "kenaikan pangkat JF", VS, source="K57", note="BKPSDM Kota Yogyakarta summary"),
        T("Masa dalam pangkat terakhir (tahun)", "Years in the last rank"),
    ),
    pangkat_predikat_years=Param(
        "pangkat_predikat_years",
        2,
        cite(PB3, "kenaikan pangkat JF", VS, source="K57"),
        T("Tahun terakhir dengan predikat minimal", "Last years with the minimum predikat"),
    ),
    pangkat_min_predikat=Param(
        "pangkat_min_predikat",
        Predikat.GOOD,
        cite(PB3, "kenaikan pangkat JF", VS, source="K57"),
        T("Predikat minimal untuk kenaikan pangkat", "Minimum predikat for a rank promotion"),
    ),
    jenjang_min_years=Param(
        "jenjang_min_years",
        1,
        cite(PB3, "kenaikan jenjang JF", VS, source="K57", note="also [K29]"),
        T("Masa dalam jenjang (tahun)", "Years in the grade"),
    ),
    jenjang_min_predikat=Param(
        "jenjang_min_predikat",
        Predikat.GOOD,
        cite(PB3, "kenaikan jenjang JF", VS, source="K57", note="also [K29]"),
        T("Predikat minimal untuk kenaikan jenjang", "Minimum predikat for a grade promotion"),
    ),
    jenjang_predikat_years=Param(
        "jenjang_predikat_years",
        1,
        cite(
            "inovasi_daerah (bacaan pustaka)",
            None,
            UN,
            note="the sources say 'predikat at least Baik' without a window; read as the last "
            "completed year",
        ),
        T("Tahun terakhir yang dinilai (kenaikan jenjang)", "Last years checked (grade)"),
    ),
    accrual_step=Param(
        "accrual_step",
        AccrualStep.ANNUAL,
        cite(
            PB3,
            "Pasal 13 ayat (1)",
            VS,
            source="K58",
            note="policy: AK counted at the end of each annual evaluation (default) or monthly "
            "as proportional partial-period AK",
        ),
        T("Kapan AK periode dihitung (kebijakan)", "When a period's AK count (policy)"),
        options=tuple(AccrualStep),
    ),
    formasi=cite(PB3, "kenaikan jenjang: tersedia formasi/kebutuhan", VS, source="K57"),
    uji_kompetensi=cite(
        PB3, "kenaikan jenjang: lulus uji kompetensi", VS, source="K57", note="also [K29]"
    ),
    pengembangan_profesi=cite(
        PM1, "Lampiran (pengembangan profesi)", VS, source="K31", note="skp.md §5.4"
    ),
    mismatch_cases=cite(
        "Kemdikbud SISTER: AK integrasi kasus A-E",
        None,
        VS,
        source="K55",
        note="also [K54] (THIRD-PARTY); skp.md §5.6",
    ),
    pangkat_steps=cite(
        "inovasi_daerah (aturan turunan)",
        None,
        DE,
        note="AK for the k-th kenaikan pangkat inside a jenjang = k x the jenjang's AK for "
        "kenaikan pangkat, the last step being the kenaikan jenjang; read from the integrated "
        "ranges of the nilai dasar table (THIRD-PARTY)",
    ),
    no_2022_rule=cite(
        PM1,
        None,
        UN,
        note="no official rule converts the 2022 predikat into AK; integration uses the last "
        "conventional PAK up to 31 Dec 2022 (skp.md §5.7): a caller's conversion is recorded",
    ),
    caller_nilai_dasar=cite(
        "nilai dasar dari pemanggil (caller-supplied)",
        None,
        UN,
        note="the keterampilan table is not established; the value is the caller's",
    ),
)

REGISTRY: Registry[CareerRules] = Registry(
    "karier_jf", T("Karier jabatan fungsional", "Career of functional posts")
)
REGISTRY.register(RULES)
REGISTRY.check()
