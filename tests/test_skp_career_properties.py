"""Properties of the career rules (Hypothesis): skp.md §5.6 integration, §5.1/§5.7 projection.

- AK are never negative (integration gives a number ≥ 0 or none at all);
- AK are monotone in the predikat and in the months of a period;
- projected threshold dates are monotone in the predikat (a better predikat never delays);
- junk input is refused with the library's own errors.
"""

from __future__ import annotations

import calendar
import contextlib
from datetime import date
from decimal import Decimal
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from inovasi_daerah import skp
from inovasi_daerah.errors import InovasiDaerahError
from inovasi_daerah.models.enums import Jenjang
from inovasi_daerah.skp import Golongan, Predicate
from inovasi_daerah.skp.career_rules import RULES as CR

D = Decimal
predikats = st.sampled_from(list(Predicate))
keahlian = st.sampled_from(list(CR.golongan_keahlian.get()))
golongans = st.sampled_from(list(Golongan))
amounts = st.decimals(min_value=0, max_value=3000, places=3, allow_nan=False)
steps = st.sampled_from(["tahunan", "bulanan"])


@settings(max_examples=150, deadline=None)
@given(amounts, amounts, keahlian, golongans)
def test_integration_is_never_negative(
    utama: Decimal, penunjang: Decimal, jenjang: Jenjang, golongan: Golongan
) -> None:
    """skp.md §5.6: AK integrasi ≥ 0, or no integrated AK at all — never a negative number."""
    pak = {"tanggal": "2022-12-31", "unsur_utama": utama, "unsur_penunjang": penunjang}
    try:
        r = skp.integrate_ak(pak, jenjang, golongan)
    except InovasiDaerahError:
        return  # golongan without a nilai dasar row: refused by name
    assert r.integrated is None or r.integrated >= 0
    if r.integrated is not None:
        assert r.integrated == r.conventional - (r.base_value or 0)


@settings(max_examples=100, deadline=None)
@given(amounts, amounts, keahlian)
def test_integration_monotone_in_conventional_ak(a: Decimal, b: Decimal, j: Jenjang) -> None:
    """More conventional AK never gives less integrated AK (same jenjang and golongan)."""
    g = CR.golongan_keahlian.get()[j][0]
    lo, hi = sorted((a, b))
    r_lo = skp.integrate_ak({"tanggal": "2022-12-31", "unsur_utama": lo}, j, g)
    r_hi = skp.integrate_ak({"tanggal": "2022-12-31", "unsur_utama": hi}, j, g)
    assert (r_hi.integrated or 0) >= (r_lo.integrated or 0)


def _period(start: str, end: str, p: Predicate) -> dict[str, Any]:
    return {"jenis": "periode", "mulai": start, "selesai": end, "predikat": p}


@settings(max_examples=100, deadline=None)
@given(predikats, predikats, st.sampled_from(list(Jenjang)), st.integers(1, 12))
def test_ledger_monotone_in_predikat(a: Predicate, b: Predicate, j: Jenjang, months: int) -> None:
    """PermenPANRB 1/2023 (skp.md §5.2): a better predikat never gives fewer AK."""
    end_s = date(2023, months, calendar.monthrange(2023, months)[1]).isoformat()
    lo, hi = sorted((a, b), key=lambda p: p.rank)
    led_lo = skp.career_ledger([_period("2023-01-01", end_s, lo)], jenjang=j)
    led_hi = skp.career_ledger([_period("2023-01-01", end_s, hi)], jenjang=j)
    assert led_hi.balance >= led_lo.balance >= 0


@settings(max_examples=100, deadline=None)
@given(predikats, st.sampled_from(list(Jenjang)), st.integers(1, 11))
def test_ak_monotone_in_months(p: Predicate, j: Jenjang, months: int) -> None:
    """Peraturan BKN 3/2023 Pasal 13(1): one more month never gives fewer AK."""
    shorter = skp.angka_kredit(p, j, months).value
    longer = skp.angka_kredit(p, j, months + 1).value
    assert longer >= shorter >= 0


def _start(ak: Decimal, golongan: str | None) -> dict[str, Any]:
    return {"jenjang": "Ahli Muda", "golongan": golongan, "ak": ak, "mulai": "2023-01-01"}


@settings(max_examples=60, deadline=None)
@given(
    predikats,
    predikats,
    st.decimals(min_value=0, max_value=250, places=2, allow_nan=False),
    st.sampled_from([None, "III/c", "III/d"]),
    steps,
)
def test_projection_dates_monotone_in_predikat(
    a: Predicate, b: Predicate, ak: Decimal, golongan: str | None, step: str
) -> None:
    """A better predikat never reaches a threshold later (and never yields fewer AK)."""
    lo, hi = sorted((a, b), key=lambda p: p.rank)
    p_lo = skp.project_career(_start(ak, golongan), lo, years=12, step=step)
    p_hi = skp.project_career(_start(ak, golongan), hi, years=12, step=step)
    for t_lo, t_hi in zip(p_lo.thresholds, p_hi.thresholds, strict=True):
        if t_lo.credit_reached_on is not None:
            assert t_hi.credit_reached_on is not None
            assert t_hi.credit_reached_on <= t_lo.credit_reached_on
    for r_lo, r_hi in zip(p_lo.rows, p_hi.rows, strict=False):
        assert r_hi.cumulative >= r_lo.cumulative >= 0


@settings(max_examples=60, deadline=None)
@given(predikats, st.integers(1, 15))
def test_projection_cumulative_is_monotone_in_time(p: Predicate, years: int) -> None:
    """Cumulative AK never decrease from period to period."""
    rows = skp.project_career(_start(D(0), None), p, years=years).rows
    values = [r.cumulative for r in rows]
    assert values == sorted(values)
    assert all(r.credit >= 0 for r in rows)


junk = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(),
    st.floats(allow_nan=True),
    st.text(max_size=20),
    st.lists(st.integers(), max_size=3),
    st.dictionaries(st.text(max_size=5), st.integers(), max_size=3),
)


@settings(max_examples=200, deadline=None)
@given(junk, junk, junk)
def test_junk_is_refused_with_own_errors(a: object, b: object, c: object) -> None:
    """Whatever the input, the career functions answer or raise InovasiDaerahError only."""
    calls = [
        lambda: skp.integrate_ak(a, b, c),
        lambda: skp.degree_bonus(a, b),
        lambda: skp.ak_dasar(a),
        lambda: skp.promotion_readiness(a, jenjang=b, ak=c, on=a),
        lambda: skp.project_career(a, b, years=c),  # type: ignore[arg-type]
        lambda: skp.career_ledger(a, jenjang=b),  # type: ignore[arg-type]
        lambda: skp.compare_projection(a, b, c),
        lambda: skp.pangkat_requirement(a, b),
    ]
    for call in calls:
        with contextlib.suppress(InovasiDaerahError):
            call()
