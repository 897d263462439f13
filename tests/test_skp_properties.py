"""Properties of the SKP rules (Hypothesis) and robustness against junk input."""

import contextlib
import inspect
import json
from datetime import date, timedelta
from decimal import Decimal
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from inovasi_daerah import skp
from inovasi_daerah.errors import InovasiDaerahError
from inovasi_daerah.models import Innovation, Innovator
from inovasi_daerah.models.enums import Jenjang
from inovasi_daerah.skp import (
    CreditInputs,
    InnovationRecognition,
    Period,
    Predicate,
    Rating,
    pp30,
    pp46,
)
from inovasi_daerah.skp import permenpanrb_6_2022 as pm6

D = Decimal
predikats = st.sampled_from(list(Predicate))
jenjangs = st.sampled_from(list(Jenjang))
ratings = st.sampled_from(list(Rating))
months = st.integers(min_value=1, max_value=12)
nilai = st.decimals(min_value=0, max_value=120, places=2, allow_nan=False, allow_infinity=False)


# -- angka kredit (PermenPANRB 1/2023 + Peraturan BKN 3/2023) ------------------------------------
@given(predikats, jenjangs, months)
def test_ak_linear_in_months(p: Predicate, j: Jenjang, m: int) -> None:
    """AK(m) = m / 12 × AK(12)."""
    annual = skp.angka_kredit(p, j).value
    assert abs(skp.angka_kredit(p, j, months=m).value - annual * m / 12) < D("1e-20")


@given(predikats, jenjangs, months, months)
def test_ak_additive_over_months(p: Predicate, j: Jenjang, a: int, b: int) -> None:
    if a + b <= 12:
        total = skp.angka_kredit(p, j, months=a + b).value
        parts = skp.angka_kredit(p, j, months=a).value + skp.angka_kredit(p, j, months=b).value
        assert abs(total - parts) < D("1e-20")


@given(predikats, predikats, jenjangs, months)
def test_ak_monotone_in_predikat(p: Predicate, q: Predicate, j: Jenjang, m: int) -> None:
    if p.rank >= q.rank:
        assert skp.angka_kredit(p, j, months=m).value >= skp.angka_kredit(q, j, months=m).value


# -- PermenPANRB 6/2022 matrix -------------------------------------------------------------------
@given(ratings, ratings, ratings, ratings)
def test_better_rating_never_worse_predikat(h1: Rating, p1: Rating, h2: Rating, p2: Rating) -> None:
    if h1.rank >= h2.rank and p1.rank >= p2.rank:
        assert skp.predikat(h1, p1).predicate.rank >= skp.predikat(h2, p2).predicate.rank


# -- PP 46 / PP 30 predikat monotone --------------------------------------------------------------
@given(nilai, nilai)
def test_pp46_predikat_monotone(a: Decimal, b: Decimal) -> None:
    lo, hi = min(a, b), max(a, b)
    assert pp46.predikat(lo).predicate.rank <= pp46.predikat(hi).predicate.rank


@given(nilai, nilai, st.booleans())
def test_pp30_predikat_monotone(a: Decimal, b: Decimal, inv: bool) -> None:
    lo, hi = min(a, b), max(a, b)
    assert pp30.predikat(lo, inv).predicate.rank <= pp30.predikat(hi, inv).predicate.rank
    assert pp30.predikat(hi, False).predicate.rank <= pp30.predikat(hi, True).predicate.rank


@given(
    st.decimals(min_value=1, max_value=1000, places=2),
    st.decimals(min_value=0, max_value=2000, places=2),
)
def test_time_aspect_never_above_100(t: Decimal, r: Decimal) -> None:
    """The 24 % cliff: the maximum, 100, is reached at e = 24 % (skp.md §2.2, DERIVED)."""
    assert pp46.time_aspect(target=t, realised=r).value <= 100


@given(st.decimals(min_value=0, max_value=300, places=2))
def test_capaian_conversion_monotone_outside_baik(c: Decimal) -> None:
    rules = pp30.RULES.override(segment_baik=(D(100), D(101), D(109), D(110)))
    step = D("0.5")
    assert (
        pp30.nilai_from_capaian(c, rules=rules).value
        <= pp30.nilai_from_capaian(c + step, rules=rules).value
    )
    assert 0 <= pp30.nilai_from_capaian(c, rules=rules).value <= 120


# -- credit: role, determinism --------------------------------------------------------------------
RINA = Innovator(nama="Rina", asn=True, jenis_jabatan="fungsional", jenjang="Ahli Muda")
OTHERS = [Innovator(nama=n, asn=True) for n in ("Budi", "Sari", "Tono")]
day_2023 = st.dates(min_value=date(2023, 1, 1), max_value=date(2023, 12, 31))


def _inv(name: str, on: date, people: list[Innovator]) -> Innovation:
    return Innovation(
        nama_inovasi=name,
        bentuk="tata kelola",
        tahapan="uji coba",
        inisiator="ASN",
        waktu_uji_coba=on,
        inovator=people,
    )


def _essence(r: skp.CreditResult) -> dict[str, Any]:
    d = r.to_dict(explanation=False)
    d.pop("ignored")
    return d


@settings(max_examples=40, deadline=None)
@given(
    day_2023, st.lists(st.tuples(day_2023, st.sampled_from(OTHERS)), max_size=4), ratings, ratings
)
def test_credit_ignores_innovations_without_role(
    on: date, extra: list[tuple[date, Innovator]], hk: Rating, pk: Rating
) -> None:
    mine = [_inv("Mine", on, [RINA])]
    theirs = [_inv(f"Theirs {i}", d, [p]) for i, (d, p) in enumerate(extra)]
    kw = {"rating_hasil_kerja": hk, "rating_perilaku": pk}
    base = skp.credit(RINA, mine, Period.year(2023), **kw)
    more = skp.credit(RINA, mine + theirs, Period.year(2023), **kw)
    assert _essence(base) == _essence(more)
    assert len(more.ignored) == len(theirs)


@settings(max_examples=25, deadline=None)
@given(st.integers(min_value=2014, max_value=2030).filter(lambda y: y != 2021), ratings, ratings)
def test_credit_deterministic(year: int, hk: Rating, pk: Rating) -> None:
    invs = [_inv("A", date(year, 5, 1), [RINA])]
    a = skp.credit(RINA, invs, Period.year(year), rating_hasil_kerja=hk, rating_perilaku=pk)
    b = skp.credit(RINA, invs, Period.year(year), rating_hasil_kerja=hk, rating_perilaku=pk)
    assert a.to_json() == b.to_json()


# -- JSON round-trips of the inputs ---------------------------------------------------------------
@given(
    st.one_of(st.none(), nilai),
    st.one_of(st.none(), nilai),
    st.one_of(st.none(), st.booleans()),
    st.integers(min_value=0, max_value=20),
    st.one_of(st.none(), ratings),
    st.one_of(st.none(), st.text(min_size=1, max_size=30).filter(str.strip)),
)
def test_credit_inputs_json_round_trip(
    skp_v: Decimal | None,
    per: Decimal | None,
    peer: bool | None,
    tt: int,
    hk: Rating | None,
    region: str | None,
) -> None:
    x = CreditInputs(
        nilai_skp=skp_v,
        nilai_perilaku=per,
        peer_input=peer,
        other_tugas_tambahan=tt,
        rating_hasil_kerja=hk,
        region=region,
    )
    assert CreditInputs.from_json(x.to_json()) == x


@given(
    st.sampled_from(["unit_kerja", "organisasi", "negara", None]),
    st.sampled_from([s.value for s in skp.Signer] + [None]),
    st.booleans(),
    st.dates(min_value=date(2014, 1, 1), max_value=date(2030, 1, 1)),
)
def test_recognition_json_round_trip(
    level: str | None, signer: str | None, duty: bool, d: date
) -> None:
    x = InnovationRecognition(
        innovation="A",
        level=level,
        signer=signer,
        extra_duty=duty,
        certificate_date=d,
        awards=("Juara 1",),
    )
    assert InnovationRecognition.from_json(x.to_json()) == x


@given(st.dates(min_value=date(2014, 1, 1), max_value=date(2040, 1, 1)), st.integers(0, 400))
def test_period_json_round_trip(start: date, days: int) -> None:
    p = Period(start=start, end=start + timedelta(days=days))
    assert Period.from_json(p.to_json()) == p


# -- robustness: junk → only InovasiDaerahError ---------------------------------------------------
JUNK: list[Any] = [
    None,
    "",
    "x",
    -1,
    10**30,
    1.5,
    float("nan"),
    float("inf"),
    True,
    [],
    {},
    [1, 2],
    {"a": 1},
    object(),
    b"\x00",
    date(2022, 1, 1),
    D("-0"),
    D("NaN"),
]


def _call(fn: Any, args: tuple[Any, ...], kwargs: dict[str, Any]) -> None:
    with contextlib.suppress(InovasiDaerahError):
        fn(*args, **kwargs)


PUBLIC = [
    (pp46.quantity_aspect, ("target", "realised")),
    (pp46.quality_aspect, ("realised", "target")),
    (pp46.time_aspect, ("target", "realised")),
    (pp46.cost_aspect, ("target", "realised")),
    (pp46.tugas_tambahan, ("count",)),
    (pp46.kreativitas, ("level", "signer")),
    (pp46.predikat, ("nilai",)),
    (pp46.prestasi_kerja, ("nilai_skp", "nilai_perilaku")),
    (pp46.perilaku_score, ("scores",)),
    (pp46.kegiatan_score, ("kegiatan",)),
    (pp46.skp_score, ("kegiatan",)),
    (pp30.predikat, ("nilai", "innovation")),
    (pp30.capaian, ("target", "realised")),
    (pp30.nilai_from_capaian, ("capaian",)),
    (pp30.kinerja_tambahan, ("entries",)),
    (pp30.nilai_skp, ("kinerja_utama",)),
    (pp30.nilai_kinerja, ("nilai_skp_value", "nilai_perilaku", "peer_input")),
    (pm6.predikat, ("hasil_kerja", "perilaku")),
    (pm6.check_distribution, ("organisation_predikat", "counts")),
    (skp.angka_kredit, ("predikat", "jenjang", "months")),
    (skp.accumulate, ("entries", "jenjang")),
    (skp.angka_kredit_regime_for, ("on",)),
    (skp.regime_for, ("on",)),
    (skp.split_by_regime, ("period",)),
    (skp.period_regime, ("period",)),
    (skp.load_skp_file, ("text",)),
    (skp.credit, ("innovator", "innovations", "period")),
    (skp.report, ("innovators", "innovations", "period")),
    (skp.SkpCase.from_dict, ("data",)),
    (skp.Period.year, ("year",)),
]

GOOD: dict[str, Any] = {
    "target": 12,
    "realised": 9,
    "count": 1,
    "level": "negara",
    "signer": None,
    "nilai": 80,
    "nilai_skp": 80,
    "nilai_perilaku": 80,
    "scores": {},
    "kegiatan": [],
    "innovation": False,
    "capaian": 90,
    "entries": [],
    "kinerja_utama": 90,
    "nilai_skp_value": 90,
    "peer_input": True,
    "hasil_kerja": "sesuai_ekspektasi",
    "perilaku": "sesuai_ekspektasi",
    "organisation_predikat": "baik",
    "counts": {"Baik": 1},
    "predikat": "Baik",
    "jenjang": "Ahli Muda",
    "months": 12,
    "on": "2022-01-01",
    "period": Period.year(2022),
    "text": "{}",
    "innovator": RINA,
    "innovations": [],
    "innovators": [RINA],
    "data": {"periode": {"mulai": "2023-01-01", "selesai": "2023-12-31"}},
    "year": 2023,
}


@pytest.mark.parametrize(("fn", "params"), PUBLIC, ids=[f.__qualname__ for f, _ in PUBLIC])
def test_junk_raises_only_library_errors(fn: Any, params: tuple[str, ...]) -> None:
    sig = inspect.signature(fn)
    for name in params:
        for junk in JUNK:
            args = {p: GOOD[p] for p in params}
            args[name] = junk
            pos = [
                args[p]
                for p in params
                if sig.parameters[p].kind is not inspect.Parameter.KEYWORD_ONLY
            ]
            kw = {
                p: args[p]
                for p in params
                if sig.parameters[p].kind is inspect.Parameter.KEYWORD_ONLY
            }
            _call(fn, tuple(pos), kw)


@pytest.mark.parametrize("junk", JUNK)
def test_credit_inputs_junk(junk: Any) -> None:
    for key in (
        "nilai_skp",
        "peer_input",
        "other_tugas_tambahan",
        "rating_perilaku",
        "region",
        "recognitions",
        "regional_rules",
        "pp30_start",
    ):
        _call(skp.credit, (RINA, [], Period.year(2023)), {key: junk})


def test_explanations_are_json() -> None:
    r = skp.credit(RINA, [_inv("A", date(2023, 5, 1), [RINA])], Period.year(2023))
    json.dumps(r.to_dict())
