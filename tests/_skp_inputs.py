"""SKP credit inputs shared by the innovator-credit tests (tests/test_skp_credit.py,
tests/test_mut_innovator_credit.py): two innovators, one innovation builder, one recognition
builder."""

from __future__ import annotations

from typing import Any

from inovasi_daerah.models import Innovation, Innovator

#: A team leader in a jabatan fungsional (Ahli Muda), the usual subject of the credit tests.
RINA = Innovator(
    nama="Rina", asn=True, peran="ketua_tim", jenis_jabatan="fungsional", jenjang="Ahli Muda"
)
#: A team member without a jabatan given.
BUDI = Innovator(nama="Budi", asn=True, peran="anggota_tim")


def innovation(name: str, applied: str | None, *people: Innovator, **extra: Any) -> Innovation:
    """An innovation in its application stage, built from its Indonesian JSON keys; ``applied``
    is its ``waktu_penerapan`` (none when ``None``), ``extra`` adds or replaces keys."""
    data: dict[str, Any] = {
        "nama_inovasi": name,
        "bentuk": "pelayanan publik",
        "tahapan": "penerapan",
        "inisiator": "ASN",
        "inovator": list(people),
    }
    if applied:
        data["waktu_penerapan"] = applied
    return Innovation.model_validate({**data, **extra})


def rec(name: str, **kw: Any) -> dict[str, Any]:
    """A recognition (pengakuan inovasi) of innovation ``name`` in its Indonesian keys."""
    return {"inovasi": name, **kw}
