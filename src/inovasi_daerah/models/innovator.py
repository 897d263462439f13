"""Innovators: the people behind an innovation, with the NIP of ASN parsed and validated."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from pydantic import Field, field_validator, model_validator

from inovasi_daerah.errors import InvalidInput
from inovasi_daerah.models.base import Model, alias
from inovasi_daerah.models.enums import InnovatorRole, JabatanKind, Jenjang

if TYPE_CHECKING:
    from inovasi_daerah.nip import Nip

__all__ = ["Innovator"]


class Innovator(Model):
    """A person with a role in an innovation.

    For an ASN the NIP (PNS) or NI PPPK is parsed and validated; spaces and dots as people
    type them are accepted and the canonical 18 digits are stored.

    >>> p = Innovator(nama="Rina", peran="Ketua tim", nip="19800115 200501 2 003",
    ...               jenis_jabatan="fungsional", jenjang="Ahli Muda")
    >>> p.nip, p.is_asn, p.nip_info.gender.value
    ('198001152005012003', True, 'perempuan')
    >>> Innovator(nama="Budi", asn=False, nip="198001152005012003")
    Traceback (most recent call last):
    ...
    inovasi_daerah.errors.InvalidInput: ...
    """

    name: str = Field(min_length=1, max_length=200, validation_alias=alias("name", "nama"))
    role: InnovatorRole = Field(
        default=InnovatorRole.TEAM_MEMBER, validation_alias=alias("role", "peran")
    )
    asn: bool | None = Field(default=None, validation_alias=alias("asn", "is_asn", "status_asn"))
    nip: str | None = Field(default=None, validation_alias=alias("nip", "ni_pppk", "nipppk"))
    position_kind: JabatanKind | None = Field(
        default=None, validation_alias=alias("position_kind", "jabatan_kind", "jenis_jabatan")
    )
    position: str | None = Field(
        default=None, max_length=200, validation_alias=alias("position", "jabatan", "nama_jabatan")
    )
    career_level: Jenjang | None = Field(
        default=None,
        validation_alias=alias("career_level", "jenjang"),
    )
    office: str | None = Field(
        default=None,
        max_length=300,
        validation_alias=alias("office", "perangkat_daerah", "unit_kerja", "opd"),
    )

    @field_validator("nip", mode="before", json_schema_input_type=str | None)
    @classmethod
    def _canonical_nip(cls, value: Any) -> Any:
        """Parse and validate the NIP or NI PPPK; store its 18 digits (spaces and dots dropped)."""
        if value is None:
            return None
        from inovasi_daerah.nip import parse_nip

        return str(parse_nip(value))

    @model_validator(mode="after")
    def _consistent(self) -> Innovator:
        """Refuse a NIP for a person who is not ASN, and a jenjang outside a jabatan fungsional
        (PermenPANRB 1/2023).
        """
        if self.nip is not None and self.asn is False:
            raise InvalidInput(
                "NIP/NI PPPK diberikan untuk orang yang bukan ASN",
                field="asn",
                value=self.asn,
                message_en="NIP/NI PPPK given for a person who is not an ASN",
            )
        if self.career_level is not None and self.position_kind not in (
            None,
            JabatanKind.FUNCTIONAL,
        ):
            raise InvalidInput(
                "jenjang hanya untuk jabatan fungsional (PermenPANRB 1/2023)",
                field="jenjang",
                value=self.career_level.value,
                message_en="jenjang applies only to functional positions (PermenPANRB 1/2023)",
            )
        return self

    @property
    def is_asn(self) -> bool:
        """True when the person is an ASN: declared so, or identified by a NIP / NI PPPK."""
        return bool(self.asn) or self.nip is not None

    @property
    def nip_info(self) -> Nip | None:
        """The parsed NIP (birth date, TMT, gender, serial, kind), or None."""
        if self.nip is None:
            return None
        from inovasi_daerah.nip import parse_nip

        return parse_nip(self.nip)

    @property
    def is_functional(self) -> bool:
        """True for a jabatan fungsional (declared, or implied by a jenjang)."""
        return self.position_kind is JabatanKind.FUNCTIONAL or self.career_level is not None

    @property
    def key(self) -> str:
        """Identity used to match the person across innovations: the NIP, else the name."""
        return self.nip if self.nip is not None else self.name.casefold()
