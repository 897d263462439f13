"""Results never depend on the caller's decimal context (issue 10; docs/design.md).

Python's decimal arithmetic uses the thread-local context of whoever calls. Every key
computation is run here under hostile contexts — low precision, other rounding modes, traps
enabled for ``Inexact``/``Rounded`` and more — and must give exactly the results it gives
under the default context, including the lazily built explanations and JSON.
"""

from __future__ import annotations

import decimal
from collections.abc import Callable
from decimal import Context, Decimal
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from inovasi_daerah import clinic, iga, skp
from inovasi_daerah.errors import InvalidInput
from inovasi_daerah.examples import payakumbuh
from inovasi_daerah.law.context import CONTEXT, computing, exact
from inovasi_daerah.skp.case import SkpFile

ROOT = Path(__file__).resolve().parents[1]
E2026 = iga.edition(2026)
E2023 = iga.edition(2023)

ROUNDINGS = [
    decimal.ROUND_DOWN,
    decimal.ROUND_UP,
    decimal.ROUND_FLOOR,
    decimal.ROUND_CEILING,
    decimal.ROUND_HALF_UP,
    decimal.ROUND_HALF_DOWN,
    decimal.ROUND_HALF_EVEN,
    decimal.ROUND_05UP,
]
SIGNALS = [
    decimal.Inexact,
    decimal.Rounded,
    decimal.Subnormal,
    decimal.Underflow,
    decimal.Clamped,
    decimal.FloatOperation,
    decimal.InvalidOperation,
    decimal.DivisionByZero,
    decimal.Overflow,
]

hostile_contexts = st.builds(
    lambda prec, rounding, traps, emax: Context(
        prec=prec, rounding=rounding, traps=traps, Emax=emax, Emin=-emax
    ),
    st.integers(min_value=1, max_value=6),
    st.sampled_from(ROUNDINGS),
    st.lists(st.sampled_from(SIGNALS), unique=True),
    st.sampled_from([4, 10, 999_999]),
)


def _plain(result: Any) -> Any:
    """Everything a caller can read of a result, computed now (lazy parts included)."""
    if hasattr(result, "to_json"):
        return result.to_json()
    if isinstance(result, tuple | list):
        return [_plain(r) for r in result]
    return repr(result)


def _example_levels() -> list[Any]:
    return list(payakumbuh().innovations)


def _skp_file() -> SkpFile:
    return SkpFile.load((ROOT / "docs" / "examples" / "skp_case.json").read_bytes())


COMPUTATIONS: dict[str, Callable[[], Any]] = {
    # issue 10's example: 0.30 normally, 0.29 at prec=3
    "iga.index(issue)": lambda: iga.index(
        spd=Decimal("0.24"), maturities=[Decimal(6)], yandas_covered=0, rules=E2026
    ),
    "iga.index": lambda: iga.index(
        spd=Decimal("41.25"),
        maturities=[Decimal("80.5"), Decimal(33), Decimal("101.75")],
        yandas_covered=5,
        rules=E2026,
    ),
    "iga.maturity": lambda: [iga.maturity(inv, E2023) for inv in _example_levels()],
    "iga.regional_index": lambda: iga.regional_index(
        payakumbuh().government,
        _example_levels(),
        E2023,
        profile={
            "government": payakumbuh().government,
            "year": 2023,
            "indicators": payakumbuh().spd_levels,
        },
    ),
    "iga.score_year": lambda: [
        tuple(r)
        for t in (lambda y: (y.regions, y.innovations))(
            iga.score_year(ROOT / "docs" / "examples" / "year_small.json")
        )
        for r in t
    ],
    "skp.angka_kredit": lambda: [
        skp.angka_kredit(p, j, m)
        for p in ("Sangat Baik", "Baik", "Butuh Perbaikan")
        for j in ("Ahli Pertama", "Ahli Muda", "Terampil")
        for m in (1, 5, 7, 12)
    ],
    "skp.accumulate": lambda: skp.accumulate(
        [skp.angka_kredit("Baik", "Ahli Muda", 7), Decimal("12.5"), Decimal("0.375")],
        "Ahli Muda",
        initial=Decimal("3.3"),
    ),
    "skp.credit (case file)": lambda: _skp_file().run(),
    "pp46.time_aspect": lambda: [
        skp.pp46.time_aspect(target=Decimal(12), realised=Decimal(r)) for r in ("7", "10", "13")
    ],
    "pp46.quantity/quality/cost": lambda: [
        skp.pp46.quantity_aspect(target=Decimal(3), realised=Decimal(2)),
        skp.pp46.quality_aspect(realised=Decimal("88.7")),
        skp.pp46.cost_aspect(target=Decimal(300), realised=Decimal(211)),
    ],
    "pp46.prestasi_kerja": lambda: skp.pp46.prestasi_kerja(Decimal("83.37"), Decimal("77.1")),
    "pp30.capaian": lambda: [
        skp.pp30.capaian(target=Decimal(7), realised=Decimal(r)) for r in ("3", "6", "7", "9")
    ],
    "pp30.nilai_kinerja": lambda: skp.pp30.nilai_kinerja(
        Decimal("97.33"), Decimal("88.88"), peer_input=True
    ),
    "clinic.plan": lambda: clinic.plan(_example_levels()[0], "75%", E2023),
    "clinic.advise": lambda: clinic.advise(_example_levels()[1], E2023),
}


@pytest.mark.parametrize("name", sorted(COMPUTATIONS))
@settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(ctx=hostile_contexts)
def test_results_do_not_depend_on_the_callers_context(name: str, ctx: Context) -> None:
    compute = COMPUTATIONS[name]
    with decimal.localcontext(Context()):
        expected = _plain(compute())
    with decimal.localcontext(ctx):
        got = _plain(compute())
    assert got == expected


def test_the_issue_example_at_prec_3() -> None:
    """iga.index gave 0.29 instead of 0.30 at prec=3 and crashed at prec <= 2."""
    for prec in (1, 2, 3):
        with decimal.localcontext(prec=prec, rounding=decimal.ROUND_DOWN):
            r = iga.index(
                spd=Decimal("0.24"), maturities=[Decimal(6)], yandas_covered=0, rules=E2026
            )
            assert r.value == Decimal("0.30")


def test_the_library_context_is_the_documented_one() -> None:
    assert CONTEXT.prec >= 28
    assert CONTEXT.rounding == decimal.ROUND_HALF_EVEN
    assert not CONTEXT.traps[decimal.Inexact]
    assert not CONTEXT.traps[decimal.Rounded]
    assert CONTEXT.traps[decimal.InvalidOperation]
    assert CONTEXT.traps[decimal.DivisionByZero]
    assert CONTEXT.traps[decimal.Overflow]


def test_trapped_signals_become_library_errors() -> None:
    @exact
    def divide(a: Decimal, b: Decimal) -> Decimal:
        return a / b

    with pytest.raises(InvalidInput, match="DivisionByZero") as err:
        divide(Decimal(1), Decimal(0))
    assert err.value.field == "divide"
    with pytest.raises(InvalidInput, match="InvalidOperation"):
        divide(Decimal(0), Decimal(0))
    with pytest.raises(InvalidInput, match="Overflow"), computing("x"):
        Decimal("9e999999") * 10
