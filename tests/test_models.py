"""Domain models: aliases, enums, immutability, JSON round-trip, clear errors."""

from __future__ import annotations

import json
from datetime import date
from decimal import Decimal
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from inovasi_daerah.errors import InovasiDaerahError, InvalidInput
from inovasi_daerah.models import (
    EvidenceStatus,
    Form,
    GovernmentLevel,
    IndicatorEntry,
    Initiator,
    Innovation,
    InnovationKind,
    Innovator,
    Jenjang,
    LifecycleStatus,
    RegionalGovernment,
    RegionalOffice,
    Stage,
    Tematik,
    Urusan,
    UrusanKind,
)

BASE: dict[str, Any] = {
    "nama_inovasi": "SI-JALAN",
    "bentuk": ["pelayanan_publik"],
    "tahapan": "penerapan",
    "inisiator": "asn",
}


class TestEnums:
    @pytest.mark.parametrize(
        ("text", "member"),
        [
            ("Uji Coba", Stage.TRIAL),
            ("uji_coba", Stage.TRIAL),
            ("UJI-COBA", Stage.TRIAL),
            ("Trial", Stage.TRIAL),
            ("Penerapan", Stage.APPLICATION),
            ("inisiatif", Stage.INITIATIVE),
        ],
    )
    def test_stage_accepts_display_text(self, text: str, member: Stage) -> None:
        assert Stage(text) is member

    def test_values_are_the_legal_terms(self) -> None:
        assert Stage.TRIAL == "uji_coba"
        assert Initiator.CITIZEN == "anggota_masyarakat"
        assert Form.GOVERNANCE == "tata_kelola"

    def test_pasal_7_five_initiators(self) -> None:
        # PP 38/2017 Pasal 7: kepala daerah, anggota DPRD, ASN, perangkat daerah, masyarakat.
        assert len(Initiator) == 5
        assert Initiator("Masyarakat") is Initiator.CITIZEN
        assert Initiator("OPD") is Initiator.PERANGKAT_DAERAH

    def test_pasal_4_three_forms(self) -> None:
        assert len(Form) == 3

    def test_six_urusan_wajib_pelayanan_dasar(self) -> None:
        # iid_iga.md §3.5: the six yandas.
        assert [u.value for u in Urusan.basic_services()] == [
            "pendidikan",
            "kesehatan",
            "pekerjaan_umum_dan_penataan_ruang",
            "perumahan_rakyat_dan_kawasan_permukiman",
            "ketenteraman_ketertiban_umum_dan_pelindungan_masyarakat",
            "sosial",
        ]

    def test_urusan_list_has_38_entries_in_four_groups(self) -> None:
        # iid_iga.md §8: 6 + 18 + 8 + 6; two entries marked UNCERTAIN (†).
        counts = {k: sum(1 for u in Urusan if u.kind is k) for k in UrusanKind}
        assert len(Urusan) == 38
        assert counts == {
            UrusanKind.BASIC_SERVICE: 6,
            UrusanKind.MANDATORY_OTHER: 18,
            UrusanKind.OPTIONAL: 8,
            UrusanKind.SUPPORT: 6,
        }
        assert {u for u in Urusan if u.uncertain} == {Urusan.KOMINFO, Urusan.PERINDUSTRIAN}

    @pytest.mark.parametrize("urusan", list(Urusan), ids=lambda u: u.value)
    def test_urusan_ampersand_spelling_is_the_same_urusan(self, urusan: Urusan) -> None:
        """iid_iga.md §15.1: "&" and "dan" name the same urusan, for every urusan."""
        dan = urusan.label.id
        amp = dan.replace(" dan ", " & ")
        assert Urusan(dan) is urusan
        assert Urusan(amp) is urusan
        assert Urusan(amp.replace(" & ", "&")) is urusan
        assert Urusan(amp.upper()) is urusan
        # through the model too (JSON input of the IID applications)
        inv = Innovation.from_dict({**BASE, "urusan_utama": amp})
        assert inv.main_urusan is urusan

    def test_urusan_ampersand_example_from_the_reference(self) -> None:
        """iid_iga.md §15.1: "Pekerjaan Umum & Penataan Ruang" is PUPR (a yandas)."""
        assert Urusan("Pekerjaan Umum & Penataan Ruang") is Urusan.PUPR
        assert Urusan("Koperasi, Usaha Kecil & Menengah") is Urusan.KUKM
        with pytest.raises(ValueError, match="not a valid"):
            Urusan("Pendidikan & Kesehatan")

    def test_unknown_value_is_a_clear_error(self) -> None:
        with pytest.raises(ValueError, match="not a valid"):
            Stage("selesai")

    def test_every_member_has_both_labels(self) -> None:
        for enum in (
            Stage,
            LifecycleStatus,
            Form,
            InnovationKind,
            Initiator,
            Tematik,
            Urusan,
            Jenjang,
        ):
            for m in enum:
                assert m.label.id
                assert m.label.en
                assert enum(m.label.id) is m


class TestInnovation:
    def test_indonesian_and_english_names(self) -> None:
        a = Innovation(**BASE)
        b = Innovation(
            name="SI-JALAN", forms=["pelayanan_publik"], stage="penerapan", initiator="asn"
        )
        assert a == b

    def test_single_form_becomes_a_tuple(self) -> None:
        assert Innovation(**{**BASE, "bentuk": "Tata Kelola"}).forms == (Form.GOVERNANCE,)

    def test_forms_are_required_and_unique(self) -> None:
        with pytest.raises(InvalidInput, match="bentuk"):
            Innovation(**{**BASE, "bentuk": []})
        with pytest.raises(InvalidInput, match="bentuk"):
            Innovation(**{**BASE, "bentuk": ["tata_kelola", "Tata Kelola"]})

    def test_immutable(self) -> None:
        inv = Innovation(**BASE)
        with pytest.raises(ValueError, match="frozen"):
            inv.name = "lain"  # type: ignore[misc]

    def test_unknown_field_is_refused(self) -> None:
        with pytest.raises(InvalidInput, match="nama_inovsai"):
            Innovation(**{**BASE, "nama_inovsai": "typo"})

    def test_dates_must_follow_the_procedure_order(self) -> None:
        # the field is named as the user wrote it (issue 9)
        with pytest.raises(InvalidInput, match="waktu_penerapan"):
            Innovation(**{**BASE, "waktu_uji_coba": "2022-05-01", "waktu_penerapan": "2022-01-01"})
        with pytest.raises(InvalidInput, match="waktu_uji_coba_selesai"):
            Innovation(
                **{**BASE, "waktu_uji_coba": "2022-05-01", "waktu_uji_coba_selesai": "2022-04-01"}
            )

    def test_datetime_is_not_silently_truncated(self) -> None:
        from datetime import datetime

        with pytest.raises(InovasiDaerahError):
            Innovation(**{**BASE, "waktu_penerapan": datetime(2022, 1, 1, 10, 0)})

    def test_indicators_as_mapping_or_list(self) -> None:
        a = Innovation(
            **{**BASE, "indikator": {"16": 3, 17: {"level": 2, "status_bukti": "diterima"}}}
        )
        b = Innovation(
            **{
                **BASE,
                "indikator": [
                    {"indikator": "17", "level": 2, "status_bukti": "Diterima/terverifikasi"},
                    {"indikator": "16", "level": 3},
                ],
            }
        )
        assert a == b
        entry = a.indicator("17")
        assert entry is not None
        assert entry.evidence is EvidenceStatus.ACCEPTED

    def test_duplicate_indicator_is_refused(self) -> None:
        with pytest.raises(InvalidInput, match="lebih dari sekali"):
            Innovation(**{**BASE, "indikator": [{"indikator": "16"}, {"indikator": "16"}]})

    def test_level_bounds_and_accepted_level(self) -> None:
        with pytest.raises(InvalidInput):
            IndicatorEntry(indicator="16", level=4)
        with pytest.raises(InvalidInput, match="accepted_level"):
            IndicatorEntry(indicator="16", level=1, accepted_level=2)

    def test_nan_budget_refused(self) -> None:
        with pytest.raises(InvalidInput):
            Innovation(**{**BASE, "anggaran": "NaN"})
        with pytest.raises(InvalidInput):
            Innovation(**{**BASE, "anggaran": -1})

    def test_main_urusan_not_repeated_in_others(self) -> None:
        with pytest.raises(InvalidInput, match="urusan"):
            Innovation(**{**BASE, "urusan_utama": "pupr", "urusan_lain": ["PUPR"]})

    def test_json_schema_exports(self) -> None:
        schema = Innovation.model_json_schema()
        assert "name" in schema["properties"]
        assert "stage" in schema["required"]


class TestPeople:
    def test_jenjang_only_for_functional(self) -> None:
        with pytest.raises(InvalidInput, match="jenjang"):
            Innovator(nama="A", jenis_jabatan="struktural", jenjang="Ahli Muda")
        assert Innovator(nama="A", jenjang="ahli muda").is_functional

    def test_non_asn_without_nip(self) -> None:
        p = Innovator(nama="Warga", asn=False)
        assert not p.is_asn
        assert p.key == "warga"

    def test_government_and_office(self) -> None:
        g = RegionalGovernment(nama="Kota Payakumbuh", tingkat="kota")
        assert g.level is GovernmentLevel.CITY
        assert RegionalOffice(nama="Dinas PUPR").name == "Dinas PUPR"


def _innovations() -> st.SearchStrategy[Innovation]:
    enum = st.sampled_from
    d = st.dates(min_value=date(2017, 9, 15), max_value=date(2030, 12, 31))
    entry = st.builds(
        IndicatorEntry,
        indicator=st.sampled_from([str(i) for i in range(16, 36)]),
        level=st.none() | st.integers(0, 3),
        evidence=enum(list(EvidenceStatus)),
        # within the models' sane range (base.MAX_MAGNITUDE)
        value=st.none()
        | st.decimals(-(10**12), 10**12, allow_nan=False, allow_infinity=False, places=2),
    )
    return st.builds(
        lambda name, forms, stage, ini, urusan, jenis, tem, start, entries, budget: Innovation(
            name=name,
            forms=tuple(sorted(set(forms), key=list(Form).index)),
            stage=stage,
            initiator=ini,
            main_urusan=urusan,
            jenis=jenis,
            tematik=tem,
            trial_start=start,
            applied_on=start,
            indicators={e.indicator: e for e in entries},
            budget=budget,
        ),
        st.text(min_size=1, max_size=40).filter(lambda s: s.strip() == s and s),
        st.lists(enum(list(Form)), min_size=1, max_size=3),
        enum(list(Stage)),
        enum(list(Initiator)),
        st.none() | enum(list(Urusan)),
        st.none() | enum(list(InnovationKind)),
        st.none() | enum(list(Tematik)),
        st.none() | d,
        st.lists(entry, max_size=5, unique_by=lambda e: e.indicator),
        st.none() | st.decimals(min_value=0, max_value=10**12, places=2, allow_nan=False),
    )


@settings(max_examples=75)
@given(_innovations())
def test_innovation_json_round_trip_is_lossless(inv: Innovation) -> None:
    assert Innovation.from_json(inv.to_json()) == inv
    assert Innovation.from_dict(json.loads(inv.to_json())) == inv


@settings(max_examples=40)
@given(st.decimals(min_value=0, max_value=10**15, places=4, allow_nan=False))
def test_decimal_budget_keeps_every_digit(budget: Decimal) -> None:
    inv = Innovation(**{**BASE, "anggaran": budget})
    assert Innovation.from_json(inv.to_json()).budget == budget
