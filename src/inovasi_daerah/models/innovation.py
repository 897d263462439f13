"""The innovation (inovasi daerah): proposal, classification, stage, dates, evidence.

Field names are English; the Indonesian names used by IID applications are accepted on input
(``nama_inovasi``, ``tahapan``, ``inisiator``, ``bentuk``, ``jenis``, ``urusan_utama``,
``urusan_lain``, ``waktu_uji_coba``, ``waktu_penerapan``, ``rancang_bangun``, ``tujuan``,
``manfaat``, ``hasil``, ``anggaran`` ...).

>>> inv = Innovation(nama_inovasi="SI-PANTAU Jalan", bentuk="pelayanan publik",
...                  tahapan="Penerapan", inisiator="ASN", urusan_utama="PUPR",
...                  waktu_penerapan="1 Maret 2022")
>>> inv.stage.label.en, inv.forms, inv.applied_on.isoformat()
('Application', (<Form.PUBLIC_SERVICE: 'pelayanan_publik'>,), '2022-03-01')
>>> Innovation.from_json(inv.to_json()) == inv
True
"""

from __future__ import annotations

import itertools
from collections.abc import Iterable, Mapping
from decimal import Decimal
from typing import Annotated, Any

from pydantic import BeforeValidator, ConfigDict, Field, field_validator, model_validator

from inovasi_daerah._levels import TOP_LEVEL
from inovasi_daerah.errors import InvalidInput
from inovasi_daerah.models.base import LooseDate, Model, alias
from inovasi_daerah.models.enums import (
    EntryPoint,
    EvidenceStatus,
    Form,
    IndependentTeamMember,
    Initiator,
    InnovationKind,
    LifecycleStatus,
    Stage,
    Tematik,
    Urusan,
)
from inovasi_daerah.models.innovator import Innovator
from inovasi_daerah.models.region import RegionalOffice

__all__ = [
    "AdoptionFacts",
    "CriteriaFacts",
    "Document",
    "IndicatorEntry",
    "Innovation",
    "Procedure",
    "as_tuple",
]

_LONG_TEXT = 20_000
# indicator keys accepted as int (JSON numbers) besides text; bounded like any number
_KeyInput = (
    Annotated[str, Field(min_length=1, max_length=80)]
    | Annotated[int, Field(ge=-(10**15), le=10**15)]
)
_INDICATOR_NAMES = ("indicator", "indikator", "kode", "no")


def _refuse_bool(value: Any) -> Any:
    """A JSON ``true`` is not a level (iid_iga.md §3.1: levels are the integers of the scale);
    pydantic's lax int would read it as 1, the year format refuses it: both refuse it."""
    if isinstance(value, bool):
        raise InvalidInput(
            "level harus bilangan bulat, bukan true/false",
            field="level",
            value=value,
            message_en="a level must be an integer, not true/false",
        )
    return value


#: An indicator level: an integer of the IGA scale, 0 (none) to the top level (iid_iga.md §3.1).
_Level = Annotated[int, Field(ge=0, le=TOP_LEVEL), BeforeValidator(_refuse_bool)]


def as_tuple(value: Any) -> Any:
    """A single value where a list is expected becomes a one-element tuple."""
    if value is None:
        return ()
    if isinstance(value, str | Mapping) or not isinstance(value, Iterable):
        return (value,)
    return tuple(value)


class Document(Model):
    """One piece of evidence (data dukung): a file or link with a title and date."""

    title: str = Field(min_length=1, max_length=500, validation_alias=alias("title", "judul"))
    kind: str | None = Field(
        default=None, max_length=100, validation_alias=alias("kind", "jenis_dokumen")
    )
    url: str | None = Field(
        default=None, max_length=2000, validation_alias=alias("url", "tautan", "file")
    )
    dated: LooseDate | None = Field(default=None, validation_alias=alias("dated", "tanggal"))


class IndicatorEntry(Model):
    """What an innovation (or a Pemda profile) reports for one IGA indicator.

    ``indicator`` is the official number ("16".."35"; SPD "1".."15" with sub-rows such as
    "2a") or the indicator's stable code. ``level`` is the declared level (0-3);
    ``evidence`` the state of its data dukung; ``accepted_level`` the level a verifier
    accepted, if lower. ``value`` is the underlying fact for a quantitative indicator
    (people, days, percent ...), from which the engine can derive the level; ``basis`` picks
    the basis of a multi-basis indicator (2026 kemanfaatan a-f).
    """

    indicator: str = Field(
        min_length=1, max_length=80, validation_alias=alias("indicator", "indikator", "kode", "no")
    )
    level: _Level | None = Field(
        default=None, validation_alias=alias("level", "parameter", "pilihan")
    )
    evidence: EvidenceStatus = Field(
        default=EvidenceStatus.PENDING,
        validation_alias=alias("evidence", "status_bukti", "status_verifikasi"),
    )
    accepted_level: _Level | None = Field(
        default=None,
        validation_alias=alias("accepted_level", "level_diterima"),
    )
    value: Decimal | None = Field(
        default=None, allow_inf_nan=False, validation_alias=alias("value", "nilai", "fakta")
    )
    basis: str | None = Field(default=None, max_length=40, validation_alias=alias("basis", "dasar"))
    documents: tuple[Document, ...] = Field(
        default=(), validation_alias=alias("documents", "data_dukung", "bukti")
    )
    note: str | None = Field(
        default=None, max_length=_LONG_TEXT, validation_alias=alias("note", "catatan")
    )

    # the accepted input shapes (json_schema_input_type) feed the JSON Schema of the input
    @field_validator("indicator", mode="before", json_schema_input_type=_KeyInput)
    @classmethod
    def _key_text(cls, value: Any) -> Any:
        """Read an indicator number given as an integer (``16``) as its text (``"16"``)."""
        if isinstance(value, int) and not isinstance(value, bool):
            return str(value)
        return value

    @field_validator(
        "documents", mode="before", json_schema_input_type=Document | list[Document] | None
    )
    @classmethod
    def _docs(cls, value: Any) -> Any:
        """Accept one document where a list is expected (as a one-item tuple)."""
        return as_tuple(value)

    @model_validator(mode="after")
    def _accepted_not_above_declared(self) -> IndicatorEntry:
        """Refuse an accepted level above the declared one: the verifier accepts the level
        submitted or lowers it, never raises it.
        """
        if (
            self.accepted_level is not None
            and self.level is not None
            and self.accepted_level > self.level
        ):
            raise InvalidInput(
                "level yang diterima verifikator tidak boleh melebihi level yang diajukan",
                field="accepted_level",
                message_en="the level the verifier accepted cannot exceed the declared level",
                value=self.accepted_level,
            )
        return self


def _drop_required_indicator(schema: dict[str, Any]) -> None:
    # as a value of {"16": {...}} the entry takes its indicator from the key
    schema["allOf"] = [
        c
        for c in schema.get("allOf", [])
        if not any(r.get("required") == ["indicator"] for r in c.get("anyOf", []))
    ]
    if not schema["allOf"]:
        del schema["allOf"]


class IndicatorValue(IndicatorEntry):
    """Schema only: an entry given as the value of ``{"16": {...}}`` (indicator from the key)."""

    model_config = ConfigDict(json_schema_extra=_drop_required_indicator)


#: What ``indicators`` accepts: ``{"16": 3, "17": {"level": 2, ...}}`` or a list of entries.
IndicatorsInput = (
    dict[
        Annotated[str, Field(min_length=1, max_length=80)],
        _Level | IndicatorValue | None,
    ]
    | list[IndicatorEntry]
    | None
)


def indicator_entries(value: Any) -> Any:
    """Accept ``{"16": 3, "17": {"level": 2, ...}}`` or a list of entries; refuse duplicates."""
    if value is None:
        return ()
    if isinstance(value, Mapping):
        items: list[Any] = []
        for key, entry in value.items():
            if isinstance(entry, IndicatorEntry):
                if entry.indicator != str(key):
                    raise InvalidInput(
                        "kunci tidak sama dengan indikator entri",
                        field=f"indicators.{key}",
                        message_en="the key differs from the entry's indicator",
                    )
                items.append(entry)
            elif isinstance(entry, Mapping):
                named = {str(entry[k]) for k in _INDICATOR_NAMES if k in entry}
                if named - {str(key)}:
                    # {"16": {"indicator": "17"}} would silently score indicator 17
                    raise InvalidInput(
                        "kunci tidak sama dengan indikator entri",
                        field=f"indicators.{key}",
                        message_en="the key differs from the entry's indicator",
                    )
                entry = {k: v for k, v in entry.items() if k not in _INDICATOR_NAMES}
                items.append({"indicator": str(key), **entry})
            else:
                items.append({"indicator": str(key), "level": entry})
        value = items
    if isinstance(value, str) or not isinstance(value, Iterable):
        raise InvalidInput(
            "indikator harus berupa objek {nomor: level} atau daftar entri",
            field="indicators",
            message_en="indicators must be an object {number: level} or a list of entries",
            value=value,
        )
    return tuple(value)


def unique_indicators(entries: tuple[IndicatorEntry, ...]) -> tuple[IndicatorEntry, ...]:
    """``entries`` in indicator order, each indicator at most once (else ``InvalidInput``)."""
    seen: set[str] = set()
    for e in entries:
        if e.indicator in seen:
            raise InvalidInput(
                "indikator disebut lebih dari sekali",
                field="indicators",
                value=e.indicator,
                message_en="an indicator is given more than once",
            )
        seen.add(e.indicator)
    return tuple(sorted(entries, key=lambda e: (len(e.indicator), e.indicator)))


class Procedure(Model):
    """Facts of the PP 38/2017 procedure so far (routes of Pasal 7-13, Pasal 10(3))."""

    written_permission_on: LooseDate | None = Field(
        default=None,
        validation_alias=alias("written_permission_on", "izin_tertulis", "tanggal_izin_tertulis"),
    )
    entry_point: EntryPoint | None = Field(
        default=None, validation_alias=alias("entry_point", "disampaikan_kepada", "pintu_masuk")
    )
    independent_team: tuple[IndependentTeamMember, ...] = Field(
        default=(), validation_alias=alias("independent_team", "tim_independen")
    )
    team_coordinated_by_litbang: bool | None = Field(
        default=None,
        validation_alias=alias("team_coordinated_by_litbang", "dikoordinasikan_litbang"),
    )
    proposal_to_head_on: LooseDate | None = Field(
        default=None,
        validation_alias=alias(
            "proposal_to_head_on",
            "tanggal_usulan_ke_kepala_daerah",
            "usulan_tertulis_ke_kepala_daerah",
        ),
    )
    submitted_to_litbang_on: LooseDate | None = Field(
        default=None, validation_alias=alias("submitted_to_litbang_on", "tanggal_ke_litbang")
    )
    litbang_feasible: bool | None = Field(
        default=None, validation_alias=alias("litbang_feasible", "hasil_evaluasi_layak", "layak")
    )
    evaluated_on: LooseDate | None = Field(
        default=None, validation_alias=alias("evaluated_on", "tanggal_evaluasi")
    )
    forwarded_to_head_on: LooseDate | None = Field(
        default=None,
        validation_alias=alias("forwarded_to_head_on", "tanggal_disampaikan_kepala_daerah"),
    )
    decision_number: str | None = Field(
        default=None, max_length=200, validation_alias=alias("decision_number", "nomor_keputusan")
    )
    stop_reported_to_litbang: bool | None = Field(
        default=None,
        validation_alias=alias("stop_reported_to_litbang", "penghentian_dilaporkan_litbang"),
    )

    @field_validator(
        "independent_team",
        mode="before",
        json_schema_input_type=IndependentTeamMember | list[IndependentTeamMember] | None,
    )
    @classmethod
    def _team(cls, value: Any) -> Any:
        """Accept one member of the tim independen where a list is expected (as a one-item
        tuple).
        """
        return as_tuple(value)


class CriteriaFacts(Model):
    """Facts bearing on the five criteria of PP 38/2017 Pasal 6; None = not known."""

    renewal: bool | None = Field(
        default=None, validation_alias=alias("renewal", "mengandung_pembaharuan")
    )
    beneficial: bool | None = Field(
        default=None, validation_alias=alias("beneficial", "memberi_manfaat")
    )
    burdens_public_unlawfully: bool | None = Field(
        default=None,
        validation_alias=alias("burdens_public_unlawfully", "membebani_masyarakat"),
    )
    regional_authority: bool | None = Field(
        default=None, validation_alias=alias("regional_authority", "kewenangan_daerah")
    )
    replicable: bool | None = Field(
        default=None, validation_alias=alias("replicable", "dapat_direplikasi")
    )


class AdoptionFacts(Model):
    """Facts deciding the adoption instrument (PP 38/2017 Pasal 20 ayat (2))."""

    internal_procedure_only: bool | None = Field(
        default=None, validation_alias=alias("internal_procedure_only", "tata_laksana_internal")
    )
    burdens_public: bool | None = Field(
        default=None, validation_alias=alias("burdens_public", "membebani_masyarakat")
    )
    burdens_apbd: bool | None = Field(
        default=None, validation_alias=alias("burdens_apbd", "membebani_apbd")
    )


class Innovation(Model):
    """An inovasi daerah as proposed, decided, trialled, applied and reported.

    Dates accept ``datetime.date``, ISO text or Indonesian text ("20 April 2022").
    """

    id: str | None = Field(
        default=None, max_length=100, validation_alias=alias("id", "id_inovasi", "nomor_registrasi")
    )
    name: str = Field(
        min_length=1, max_length=500, validation_alias=alias("name", "nama_inovasi", "nama")
    )
    forms: tuple[Form, ...] = Field(min_length=1, validation_alias=alias("forms", "bentuk"))
    kind: InnovationKind | None = Field(
        default=None,
        validation_alias=alias("kind", "jenis"),
    )
    main_urusan: Urusan | None = Field(
        default=None, validation_alias=alias("main_urusan", "urusan_utama")
    )
    other_urusan: tuple[Urusan, ...] = Field(
        default=(), validation_alias=alias("other_urusan", "urusan_lain", "urusan_beririsan")
    )
    theme: Tematik | None = Field(
        default=None,
        validation_alias=alias("theme", "tematik"),
    )
    stage: Stage = Field(validation_alias=alias("stage", "tahapan"))
    status: LifecycleStatus | None = Field(
        default=None, validation_alias=alias("status", "status_proses")
    )
    initiator: Initiator = Field(validation_alias=alias("initiator", "inisiator"))
    innovators: tuple[Innovator, ...] = Field(
        default=(), validation_alias=alias("innovators", "inovator", "tim_inovasi")
    )
    office: RegionalOffice | None = Field(
        default=None, validation_alias=alias("office", "perangkat_daerah", "opd", "dibuat_oleh")
    )
    # -- dates --------------------------------------------------------------------------------
    proposed_on: LooseDate | None = Field(
        default=None, validation_alias=alias("proposed_on", "tanggal_usulan")
    )
    decided_on: LooseDate | None = Field(
        default=None, validation_alias=alias("decided_on", "tanggal_penetapan")
    )
    trial_start: LooseDate | None = Field(
        default=None, validation_alias=alias("trial_start", "waktu_uji_coba")
    )
    trial_end: LooseDate | None = Field(
        default=None, validation_alias=alias("trial_end", "waktu_uji_coba_selesai")
    )
    applied_on: LooseDate | None = Field(
        default=None, validation_alias=alias("applied_on", "waktu_penerapan")
    )
    developed_on: LooseDate | None = Field(
        default=None,
        validation_alias=alias("developed_on", "tanggal_pengembangan", "pengembangan_terakhir"),
    )
    reported_on: LooseDate | None = Field(
        default=None, validation_alias=alias("reported_on", "tanggal_pelaporan")
    )
    stopped_on: LooseDate | None = Field(
        default=None, validation_alias=alias("stopped_on", "tanggal_dihentikan")
    )
    # -- proposal (PP 38/2017 Pasal 7) ---------------------------------------------------------
    design: str | None = Field(
        default=None, max_length=_LONG_TEXT, validation_alias=alias("design", "rancang_bangun")
    )
    objective: str | None = Field(
        default=None, max_length=_LONG_TEXT, validation_alias=alias("objective", "tujuan")
    )
    benefit: str | None = Field(
        default=None,
        max_length=_LONG_TEXT,
        validation_alias=alias("benefit", "manfaat", "manfaat_yang_diperoleh"),
    )
    result: str | None = Field(
        default=None,
        max_length=_LONG_TEXT,
        validation_alias=alias("result", "hasil", "hasil_inovasi"),
    )
    planned_trial: str | None = Field(
        default=None,
        max_length=_LONG_TEXT,
        validation_alias=alias("planned_trial", "rencana_waktu_uji_coba"),
    )
    budget: Decimal | None = Field(
        default=None, ge=0, allow_inf_nan=False, validation_alias=alias("budget", "anggaran")
    )
    needs_budget: bool | None = Field(
        default=None, validation_alias=alias("needs_budget", "butuh_anggaran")
    )
    # -- facts for the PP 38/2017 rules --------------------------------------------------------
    procedure: Procedure = Field(
        default_factory=Procedure, validation_alias=alias("procedure", "prosedur")
    )
    criteria: CriteriaFacts = Field(
        default_factory=CriteriaFacts, validation_alias=alias("criteria", "kriteria")
    )
    adoption: AdoptionFacts = Field(
        default_factory=AdoptionFacts, validation_alias=alias("adoption", "penetapan_hasil")
    )
    # -- IGA -------------------------------------------------------------------------------------
    indicators: tuple[IndicatorEntry, ...] = Field(
        default=(), validation_alias=alias("indicators", "indikator", "indikator_sid")
    )
    previous_entries: int = Field(
        default=0, ge=0, le=100, validation_alias=alias("previous_entries", "jumlah_keikutsertaan")
    )

    @field_validator(
        "forms",
        mode="before",
        json_schema_input_type=Form | Annotated[list[Form], Field(min_length=1)],
    )
    @classmethod
    def _listish(cls, value: Any) -> Any:
        """Accept one bentuk (form) where a list is expected (as a one-item tuple)."""
        return as_tuple(value)

    @field_validator(
        "other_urusan", mode="before", json_schema_input_type=Urusan | list[Urusan] | None
    )
    @classmethod
    def _listish_urusan(cls, value: Any) -> Any:
        """Accept one urusan where a list is expected (as a one-item tuple)."""
        return as_tuple(value)

    @field_validator(
        "innovators", mode="before", json_schema_input_type=Innovator | list[Innovator] | None
    )
    @classmethod
    def _listish_innovators(cls, value: Any) -> Any:
        """Accept one innovator where a list is expected (as a one-item tuple)."""
        return as_tuple(value)

    @field_validator(
        "office",
        mode="before",
        json_schema_input_type=Annotated[str, Field(min_length=1, max_length=300)]
        | RegionalOffice
        | None,
    )
    @classmethod
    def _pd(cls, value: Any) -> Any:
        """Accept the perangkat daerah by its name alone."""
        if isinstance(value, str):
            return {"name": value}
        return value

    @field_validator("indicators", mode="before", json_schema_input_type=IndicatorsInput)
    @classmethod
    def _indicators(cls, value: Any) -> Any:
        """Accept the indicators as a mapping ``{"16": 3}`` or as a list of entries."""
        return indicator_entries(value)

    @field_validator("indicators", mode="after")
    @classmethod
    def _indicators_unique(cls, value: tuple[IndicatorEntry, ...]) -> tuple[IndicatorEntry, ...]:
        """Refuse an indicator given twice; sort the entries by length, then text ("9", "16")."""
        return unique_indicators(value)

    @model_validator(mode="after")
    def _coherent(self) -> Innovation:
        """Refuse a bentuk or urusan given twice and dates out of the PP 38/2017 order.

        Proposed, decided and trial start must follow each other; the trial ends after it
        starts and the innovation is applied after its trial starts.
        """
        if len(set(self.forms)) != len(self.forms):
            raise InvalidInput(
                "bentuk disebut lebih dari sekali",
                field="forms",
                message_en="a form is given more than once",
            )
        if self.main_urusan is not None and self.main_urusan in self.other_urusan:
            raise InvalidInput(
                "urusan utama juga disebut sebagai urusan lain",
                field="other_urusan",
                message_en="the main urusan is also given as another urusan",
                value=self.main_urusan.value,
            )
        order = [
            ("proposed_on", self.proposed_on),
            ("decided_on", self.decided_on),
            ("trial_start", self.trial_start),
        ]
        known = [(n, d) for n, d in order if d is not None]
        for (n1, d1), (n2, d2) in itertools.pairwise(known):
            if d2 < d1:
                raise InvalidInput(
                    f"{n2} ({d2}) sebelum {n1} ({d1})",
                    field=n2,
                    value=str(d2),
                    message_en=f"{n2} ({d2}) before {n1} ({d1})",
                )
        if self.trial_start and self.trial_end and self.trial_end < self.trial_start:
            raise InvalidInput(
                f"uji coba selesai ({self.trial_end}) sebelum dimulai ({self.trial_start})",
                field="trial_end",
                message_en=f"the trial ends ({self.trial_end}) before it starts "
                f"({self.trial_start})",
                value=str(self.trial_end),
            )
        if self.trial_start and self.applied_on and self.applied_on < self.trial_start:
            raise InvalidInput(
                f"penerapan ({self.applied_on}) sebelum uji coba ({self.trial_start})",
                field="applied_on",
                message_en=f"application ({self.applied_on}) before the trial ({self.trial_start})",
                value=str(self.applied_on),
            )
        return self

    # -- conveniences -----------------------------------------------------------------------------
    @property
    def all_urusan(self) -> tuple[Urusan, ...]:
        """The urusan utama followed by the urusan beririsan."""
        head = () if self.main_urusan is None else (self.main_urusan,)
        return head + self.other_urusan

    def indicator(self, key: str) -> IndicatorEntry | None:
        """The entry for indicator ``key`` (number or code as given), or None."""
        return next((e for e in self.indicators if e.indicator == key), None)

    def has_person(self, person: Innovator) -> bool:
        """True when ``person`` (matched by NIP, else name) is among the innovators."""
        return any(p.key == person.key for p in self.innovators)
