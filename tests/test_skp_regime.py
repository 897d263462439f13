"""Regime selection by date and period (skp.md §1.1)."""

from datetime import date

import pytest

from inovasi_daerah import skp
from inovasi_daerah.errors import InvalidInput, NoRuleSetInForce
from inovasi_daerah.skp import Period


@pytest.mark.parametrize(
    ("day", "regime"),
    [
        ("2014-01-01", "pp46_2011"),  # PP 46/2011 from 1 Jan 2014 [K2]
        ("2020-12-31", "pp46_2011"),
        ("2021-06-30", "pp46_2011"),  # SKP 2021 semester I [K17][K20]
        ("2021-07-01", "pp30_2019"),  # semester II: PP 30/2019 + PermenPANRB 8/2021
        ("2021-12-31", "pp30_2019"),
        ("2022-01-01", "permenpanrb_6_2022"),  # PermenPANRB 6/2022
        ("2030-06-01", "permenpanrb_6_2022"),
    ],
)
def test_regime_at_boundaries(day: str, regime: str) -> None:
    assert skp.regime_for(day).id == regime
    assert skp.regime_for(date.fromisoformat(day)).id == regime


def test_before_2014_is_dp3_not_modelled() -> None:
    with pytest.raises(NoRuleSetInForce) as exc:
        skp.regime_for("2013-12-31")
    assert "DP3" in str(exc.value)
    assert "PP 10/1979" in str(exc.value)


def test_pp30_start_override_is_recorded() -> None:
    """The semester-II switch is agency-dependent: the selector accepts an override."""
    r = skp.regime_for("2021-03-01", pp30_start="2021-01-01")
    assert r.id == "pp30_2019"
    assert r.boundary_override is not None
    assert skp.regime_for("2021-03-01").boundary_override is None
    assert skp.regime_for("2021-08-01", pp30_start="2022-01-01").id == "pp46_2011"
    assert skp.regime_for("2022-01-01", pp30_start="2022-01-01").id == "permenpanrb_6_2022"


@pytest.mark.parametrize("bad", ["2020-12-31", "2022-01-02", "kemarin", 2021])
def test_pp30_start_bounds(bad: object) -> None:
    with pytest.raises(InvalidInput):
        skp.regime_for("2021-08-01", pp30_start=bad)


def test_straddling_period_refused_with_split() -> None:
    with pytest.raises(InvalidInput) as exc:
        skp.period_regime(Period.year(2021))
    msg = str(exc.value)
    assert "2021-01-01..2021-06-30" in msg
    assert "2021-07-01..2021-12-31" in msg


def test_split_by_regime() -> None:
    parts = skp.split_by_regime(Period(start="2021-05-01", end="2022-02-28"))
    assert [p.label for p in parts] == [
        "2021-05-01..2021-06-30",
        "2021-07-01..2021-12-31",
        "2022-01-01..2022-02-28",
    ]
    assert [skp.period_regime(p).id for p in parts] == [
        "pp46_2011",
        "pp30_2019",
        "permenpanrb_6_2022",
    ]


def test_period_within_one_regime() -> None:
    assert skp.period_regime({"mulai": "2021-07-01", "selesai": "2021-12-31"}).id == "pp30_2019"


def test_period_model() -> None:
    p = Period(mulai="2022-01-15", selesai="2022-03-01")
    assert p.months == 3
    assert not p.whole_months
    assert Period.year(2023).whole_months
    with pytest.raises(InvalidInput):
        Period(start="2022-02-01", end="2022-01-01")
    with pytest.raises(InvalidInput):
        Period.year("2022")  # type: ignore[arg-type]


def test_registry_has_no_gaps() -> None:
    from inovasi_daerah.skp.regime import REGISTRY

    REGISTRY.check()
    assert [r.id for r in REGISTRY] == ["pp46_2011", "pp30_2019", "permenpanrb_6_2022"]


def test_start_of_permenpanrb_6_2022_is_a_dated_uncertain_parameter() -> None:
    """skp.md §1.1: "Start of PermenPANRB 6/2022 — the 2022 assessment year, UNCERTAIN (exact
    date not established)": a dated, replaceable parameter that the regime's validity follows,
    cited in results for periods of its first year."""
    from inovasi_daerah.law import Status
    from inovasi_daerah.skp import permenpanrb_6_2022 as pm6
    from inovasi_daerah.skp import pp30

    assert pm6.START.get() == date(2022, 1, 1)
    assert pm6.START.citation.status is Status.UNCERTAIN
    assert pm6.RULES.valid_from == pm6.START.get()
    assert pm6.RULES.start is pm6.START
    assert pp30.RULES.valid_to is not None
    assert (pm6.START.get() - pp30.RULES.valid_to).days == 1
    from inovasi_daerah.models import Innovation, Innovator

    rina = Innovator(nama="Rina", asn=True)
    inv = Innovation(
        nama_inovasi="A",
        bentuk="pelayanan publik",
        tahapan="penerapan",
        inisiator="ASN",
        inovator=[rina],
        waktu_penerapan="2022-03-01",
    )
    first_year = skp.credit(rina, [inv], Period.year(2022))
    assert pm6.START.citation in first_year.explanation.citations
    later = skp.credit(rina, [inv], Period.year(2024))
    assert pm6.START.citation not in later.explanation.citations


def test_start_of_ak_conversion_is_january_2023_verified_secondary() -> None:
    """skp.md §5.6 ([K50], also [K49]; conversion rule PermenPANRB 1/2023 Pasal 36 [K48]):
    the predikat-to-AK conversion applies from 1 January 2023 — VERIFIED-SECONDARY."""
    from inovasi_daerah.law import Status
    from inovasi_daerah.skp.angka_kredit import CONVERSION_START, RULES

    assert CONVERSION_START.get() == date(2023, 1, 1)
    assert CONVERSION_START.citation.status is Status.VERIFIED_SECONDARY
    assert CONVERSION_START.citation.source == "K50"
    assert RULES.valid_from == CONVERSION_START.get()
    assert skp.angka_kredit_regime_for("2023-01-01") is RULES
    with pytest.raises(NoRuleSetInForce) as exc:
        skp.angka_kredit_regime_for("2022-12-31")
    assert "5137" in (exc.value.article or "")


def test_docs_table_lists_every_skp_policy_with_default_and_options() -> None:
    """Issue 8 "Done when": docs/skp.md "Choices on UNCERTAIN points" lists every SKP policy
    (a parameter with options, or the credit argument ``period_rule``) with its default and
    alternatives."""
    from pathlib import Path

    from inovasi_daerah.skp.angka_kredit import REGISTRY as AK
    from inovasi_daerah.skp.regime import REGISTRY as SKP

    text = (Path(__file__).resolve().parents[1] / "docs" / "skp.md").read_text(encoding="utf-8")
    table = text[text.index("## Choices on UNCERTAIN points") : text.index("## Regional rules")]
    policies: dict[str, tuple[object, tuple[object, ...]]] = {
        "period_rule": (
            skp.PeriodRule.ANY_MILESTONE.value,
            tuple(r.value for r in skp.PeriodRule),
        ),
    }
    for rs in (*SKP, *AK):
        for p in rs.params():
            if p.is_policy:
                policies[p.key] = (p.value, tuple(p.options or ()))
    for key, (default, options) in policies.items():
        row = next((line for line in table.splitlines() if f"`{key}`" in line), None)
        assert row is not None, key
        for value in (default, *options):
            assert str(value) in row, (key, value)
