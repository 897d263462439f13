"""Junk at every public entry point: only the library's own errors come out.

Each entry point is called with junk in each argument slot (None, wrong types, huge strings,
emoji, negative numbers, NaN, future dates ...). It may succeed where the junk happens to be
acceptable, but it must never raise anything but an ``InovasiDaerahError``.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from datetime import date, timedelta
from decimal import Decimal
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import inovasi_daerah as ind
from inovasi_daerah.errors import InovasiDaerahError
from inovasi_daerah.io import load_json

JUNK: list[Any] = [
    None,
    0,
    -1,
    10**30,
    3.5,
    float("nan"),
    float("inf"),
    Decimal("NaN"),
    Decimal("-1"),
    True,
    "",
    " ",
    "🙂" * 50,
    "x" * 100_000,
    "١٩٦٦٠٨٠١١٩٨٨٠٣١٠٠١",  # Arabic-Indic digits
    b"\x00\xff",
    [],
    {},
    {"nama_inovasi": None},
    [1, "a", None],
    date(2999, 1, 1),
    date.today() + timedelta(days=1),
    object(),
]

ENTRY_POINTS: dict[str, Callable[..., Any]] = {
    "parse_nip": ind.parse_nip,
    "parse_date": ind.parse_date,
    "Innovation.from_dict": ind.Innovation.from_dict,
    "Innovation.from_json": ind.Innovation.from_json,
    "Innovator.from_dict": ind.Innovator.from_dict,
    "RegionalGovernment.from_dict": ind.RegionalGovernment.from_dict,
    "PerangkatDaerah.from_dict": ind.RegionalOffice.from_dict,
    "load_json": load_json,
    "pp38.check_criteria": ind.pp38.check_criteria,
    "pp38.next_steps": ind.pp38.next_steps,
    "pp38.check_proposal": ind.pp38.check_proposal,
    "pp38.adoption_instrument": ind.pp38.adoption_instrument,
    "iga.edition": ind.iga.edition,
    "iga.edition_for": ind.iga.edition_for,
    "iga.maturity(2026)": lambda x: ind.iga.maturity(x, ind.iga.edition(2026)),
    "iga.score_year": ind.iga.score_year,
    "iga.predicate(2026)": lambda x: ind.iga.edition(2026).predicate(x),
    "skp.regime_for": ind.skp.regime_for,
    "clinic.advise(2026)": lambda x: ind.clinic.advise(x, ind.iga.edition(2026)),
    "clinic.plan(2026)": lambda x: ind.clinic.plan({16: 1}, x, ind.iga.edition(2026)),
    "clinic.diff": lambda x: ind.clinic.diff(x, ind.iga.edition(2026)),
    "clinic.portfolio": lambda x: ind.clinic.portfolio(x, ind.iga.edition(2026)),
    "skp.angka_kredit": lambda x: ind.skp.angka_kredit(x, "Ahli Muda"),
    "skp.angka_kredit(jenjang)": lambda x: ind.skp.angka_kredit("Baik", x),
    "skp.predikat": lambda x: ind.skp.predikat(x, "sesuai_ekspektasi"),
    "skp.pp46.predikat": ind.skp.pp46.predikat,
    "skp.pp30.predikat": ind.skp.pp30.predikat,
}


@pytest.mark.parametrize("name", sorted(ENTRY_POINTS))
@pytest.mark.parametrize("junk", JUNK, ids=lambda j: type(j).__name__)
def test_junk_raises_only_library_errors(name: str, junk: Any) -> None:
    fn = ENTRY_POINTS[name]
    with contextlib.suppress(InovasiDaerahError):
        fn(junk)


@pytest.mark.parametrize(
    "field",
    ["nama_inovasi", "bentuk", "tahapan", "inisiator", "waktu_penerapan", "indikator", "anggaran"],
)
@pytest.mark.parametrize("junk", JUNK, ids=lambda j: type(j).__name__)
def test_junk_in_each_innovation_field(field: str, junk: Any) -> None:
    data = {
        "nama_inovasi": "A",
        "bentuk": "tata_kelola",
        "tahapan": "penerapan",
        "inisiator": "asn",
        field: junk,
    }
    with contextlib.suppress(InovasiDaerahError):
        ind.Innovation(**data)


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=20),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=12), inner),
    max_leaves=20,
)


@settings(max_examples=150, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.dictionaries(
        st.sampled_from(
            [
                "nama_inovasi",
                "name",
                "bentuk",
                "tahapan",
                "inisiator",
                "inovator",
                "indikator",
                "prosedur",
                "kriteria",
                "waktu_uji_coba",
                "waktu_penerapan",
                "urusan_utama",
                "x",
            ]
        ),
        json_values,
    )
)
def test_random_innovation_documents(doc: dict[str, Any]) -> None:
    with contextlib.suppress(InovasiDaerahError):
        ind.Innovation.from_dict(doc)
