"""SKP credit inputs shared by the innovator-credit tests (tests/test_skp_credit.py,
tests/test_mut_innovator_credit.py) and the career tests fed by a credit
(tests/test_skp_career.py, tests/test_mut_career.py): two innovators, the PermenPANRB 6/2022
ratings, one innovation builder, one recognition builder and the credit of one innovation."""

from __future__ import annotations

from typing import Any

from inovasi_daerah import skp
from inovasi_daerah.models import Innovation, Innovator
from inovasi_daerah.skp import Period
from inovasi_daerah.skp.innovator_credit import CreditResult

#: A team leader in a jabatan fungsional (Ahli Muda), the usual subject of the credit tests.
RINA = Innovator(
    nama="Rina", asn=True, peran="ketua_tim", jenis_jabatan="fungsional", jenjang="Ahli Muda"
)
#: A team member without a jabatan given.
BUDI = Innovator(nama="Budi", asn=True, peran="anggota_tim")

#: PermenPANRB 6/2022 ratings (hasil kerja, perilaku): as expected, above expectations.
SESUAI = "sesuai_ekspektasi"
DI_ATAS = "di_atas_ekspektasi"
#: Both ratings given, so that nothing is missing for the predikat (hasil kerja as expected,
#: perilaku above).
RATED = {"rating_hasil_kerja": SESUAI, "rating_perilaku": DI_ATAS}


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


#: A PP 46/2011 kreativitas recognition of innovation 'A': level negara, signed by the head of
#: the agency, with its surat keterangan.
NEGARA_SIGNED = rec(
    "A", tingkat="negara", penandatangan="pimpinan_tertinggi_instansi", surat_keterangan=True
)
#: A PP 46/2011 kreativitas recognition of innovation 'A' at level negara, numbered but signed
#: by a head of a work unit, a signer that level does not accept.
WRONG_SIGNER = rec(
    "A", tingkat="negara", penandatangan="kepala_unit_kerja", nomor_surat_keterangan="800/1/2019"
)


def credit_a(applied: str, period: Period, person: Innovator = RINA, **kw: Any) -> CreditResult:
    """``skp.credit`` of ``person`` for one innovation of theirs, 'A', applied on ``applied``,
    appraised in ``period``; ``kw`` are the other inputs of ``skp.credit``."""
    return skp.credit(person, [innovation("A", applied, person)], period, **kw)
