"""Regional governments (pemerintah daerah) and their offices (perangkat daerah)."""

from __future__ import annotations

from pydantic import Field

from inovasi_daerah._legacy_names import module_getattr
from inovasi_daerah.models.base import Model, alias
from inovasi_daerah.models.enums import GovernmentLevel

__all__ = ["RegionalGovernment", "RegionalOffice"]


class RegionalGovernment(Model):
    """A pemerintah daerah: provinsi, kabupaten or kota.

    >>> g = RegionalGovernment(nama="Kota Payakumbuh", tingkat="Kota", provinsi="Sumatera Barat")
    >>> g.level.label.en, g.underdeveloped
    ('City', False)
    """

    name: str = Field(
        min_length=1, max_length=200, validation_alias=alias("name", "nama", "nama_pemda")
    )
    level: GovernmentLevel = Field(validation_alias=alias("level", "tingkat", "jenis_pemda"))
    province: str | None = Field(
        default=None, max_length=200, validation_alias=alias("province", "provinsi")
    )
    code: str | None = Field(
        default=None, max_length=20, validation_alias=alias("code", "kode", "kode_wilayah")
    )
    underdeveloped: bool = Field(
        default=False, validation_alias=alias("underdeveloped", "daerah_tertinggal")
    )
    border: bool = Field(default=False, validation_alias=alias("border", "daerah_perbatasan"))


class RegionalOffice(Model):
    """A perangkat daerah (OPD): a dinas, badan, kantor, kecamatan ... of a Pemda.

    >>> RegionalOffice(nama="Dinas Pekerjaan Umum dan Penataan Ruang", singkatan="PUPR").short_name
    'PUPR'
    """

    name: str = Field(min_length=1, max_length=300, validation_alias=alias("name", "nama"))
    short_name: str | None = Field(
        default=None, max_length=50, validation_alias=alias("short_name", "singkatan")
    )
    code: str | None = Field(default=None, max_length=40, validation_alias=alias("code", "kode"))
    government: str | None = Field(
        default=None, max_length=200, validation_alias=alias("government", "pemda")
    )
    is_litbang: bool = Field(
        default=False, validation_alias=alias("is_litbang", "litbang", "bidang_litbang")
    )


__getattr__ = module_getattr(__name__, globals())
