"""The rules-as-code machinery: citations, parameters, rule sets, registry, explanations."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from inovasi_daerah.errors import (
    DataIntegrityError,
    InovasiDaerahError,
    InvalidInput,
    MissingParameter,
    NoRuleSetInForce,
)
from inovasi_daerah.law import (
    OPEN,
    Citation,
    Explanation,
    Param,
    Registry,
    RuleSet,
    Status,
    T,
    cite,
    derived,
    derived_param,
    to_jsonable,
)
from inovasi_daerah.law.ruleset import LazyRegistry

C_OK = cite("PP 38/2017", "Pasal 6", Status.VERIFIED_SECONDARY, source="P3")
C_TP = cite("Pedoman IGA 2026", "Lampiran I butir XI.B", Status.THIRD_PARTY, source="T2")


@dataclass(frozen=True, kw_only=True)
class _Rules(RuleSet):
    k: Param[int]
    policy: Param[str]


def _rules(rid: str, start: date, end: date | None) -> _Rules:
    return _Rules(
        id=rid,
        family="uji",
        title=T("Uji", "Test"),
        citation=C_OK,
        valid_from=start,
        valid_to=end,
        k=Param("divisor_k", 12, C_TP, T("Pembagi", "Divisor")),
        policy=Param(
            "rejected", "zero", C_TP, T("Bukti ditolak", "Rejected"), ("zero", "downgrade")
        ),
    )


class TestStatus:
    def test_weakest_status_wins(self) -> None:
        # domain README: "A fact carries the weakest marker of what it depends on."
        assert Status.weakest([Status.VERIFIED, Status.UNCERTAIN]) is Status.UNCERTAIN
        assert Status.weakest([]) is Status.VERIFIED

    def test_only_third_party_and_uncertain_are_uncertain(self) -> None:
        assert {s for s in Status if s.is_uncertain} == {Status.THIRD_PARTY, Status.UNCERTAIN}

    def test_citation_needs_an_instrument(self) -> None:
        with pytest.raises(InovasiDaerahError):
            cite("  ", None, Status.VERIFIED)

    def test_citation_round_trips_json(self) -> None:
        assert Citation.model_validate_json(C_TP.model_dump_json()) == C_TP


class TestDerived:
    """Domain README, status legend: "A DERIVED number is no stronger than its inputs"."""

    def test_derived_from_third_party_is_flagged(self) -> None:
        d = derived("iid_iga.md", "§2.2", (C_OK, C_TP))
        assert d.status is Status.DERIVED
        assert d.inputs_status is Status.THIRD_PARTY
        assert d.effective_status is Status.THIRD_PARTY
        assert d.uncertain
        assert "THIRD-PARTY" in d.label()

    def test_derived_from_verified_inputs_stays_derived(self) -> None:
        d = derived("iid_iga.md", None, (C_OK, cite("PP 30/2019", "Pasal 41", Status.VERIFIED)))
        assert d.effective_status is Status.DERIVED
        assert not d.uncertain

    def test_weakness_propagates_through_chains(self) -> None:
        inner = derived("a", None, (cite("b", None, Status.UNCERTAIN),))
        outer = derived("c", None, (C_OK, inner))
        assert outer.effective_status is Status.UNCERTAIN
        assert outer.uncertain

    def test_derived_needs_inputs_and_only_derived_names_inputs(self) -> None:
        with pytest.raises(DataIntegrityError):
            derived("a", None, ())
        with pytest.raises(DataIntegrityError):
            derived("a", None, 5)  # type: ignore[arg-type]
        with pytest.raises(InvalidInput):
            derived_param("k", 1, T("k", "k"), [object()], instrument="x")  # type: ignore[list-item]
        with pytest.raises(ValueError, match="DERIVED"):
            Citation(instrument="x", status=Status.VERIFIED, derived_from=(C_OK,))

    def test_derived_param_flags_results_resting_on_it(self) -> None:
        rate = Param("rate", Decimal("0.38"), C_TP, T("Tarif", "Rate"))
        cap = Param("cap", 200, C_OK, T("Batas", "Cap"))
        top = derived_param(
            "max", rate.get() * cap.get(), T("Maks", "Max"), (rate, cap), instrument="ref"
        )
        assert top.status is Status.THIRD_PARTY
        assert top.uncertain
        node = Explanation(key="x", title=T("x", "x"), value=1, citations=(top.citation,))
        assert node.uncertain
        assert node.uncertain_citations == (top.citation,)

    def test_derived_round_trips_json(self) -> None:
        d = derived("iid_iga.md", "§2.2", (C_OK, C_TP), note="n")
        assert Citation.model_validate_json(d.model_dump_json()) == d

    def test_shipped_derived_citations_name_their_inputs(self) -> None:
        """README rule 6: DERIVED numbers are computed from their inputs, so every DERIVED
        citation in the shipped rule data names them (and so carries their weakest status)."""
        from inovasi_daerah import iga, pp38
        from inovasi_daerah.skp.permenpanrb_1_2023 import REGISTRY as AK
        from inovasi_daerah.skp.regime import REGISTRY as SKP

        rule_sets = [*iga.editions(forecast=True), *pp38.REGISTRY, *SKP, *AK]
        seen = 0
        for rs in rule_sets:
            for p in rs.params():
                if p.citation.status is Status.DERIVED:
                    seen += 1
                    assert p.citation.derived_from, (rs.id, p.key)
        assert seen >= 1

    def test_2023_maxima_flagged_from_the_third_party_sid_weights(self) -> None:
        """iid_iga.md §2.2: the 2023 maxima are DERIVED from the slide's shares [I1]
        (VERIFIED-SECONDARY) and the SID weights of [T1] (THIRD-PARTY), named separately."""
        from inovasi_daerah import iga

        c = iga.edition(2023).stated_maxima.citation
        assert c.status is Status.DERIVED
        assert [x.source for x in c.derived_from] == ["I1", "T1"]
        assert [x.status for x in c.derived_from] == [Status.VERIFIED_SECONDARY, Status.THIRD_PARTY]
        assert c.uncertain


class TestParam:
    def test_open_parameter_refuses_until_supplied(self) -> None:
        # domain README rule 4: no value in the law -> no default; the caller supplies it.
        p: Param[int] = Param("trial_max", OPEN, C_OK, T("Durasi", "Duration"))
        with pytest.raises(MissingParameter, match="trial_max"):
            p.get()
        assert p.override(6, reason="Perwako").get() == 6

    def test_policy_value_must_be_an_option(self) -> None:
        with pytest.raises(InvalidInput, match="rejected"):
            Param("rejected", "maybe", C_TP, T("a", "a"), ("zero", "downgrade"))

    def test_override_remembers_the_original(self) -> None:
        p = Param("k", 12, C_TP, T("k", "k")).override(14, reason="T14").override(16)
        assert p.override_info is not None
        assert (p.override_info.original, p.override_info.value) == (12, 16)


class TestRegistry:
    def test_in_force_picks_by_date_at_each_boundary(self) -> None:
        reg: Registry[_Rules] = Registry("uji", T("Uji", "Test"))
        reg.register(_rules("a", date(2020, 1, 1), date(2020, 12, 31)))
        reg.register(_rules("b", date(2021, 1, 1), None))
        reg.check()
        assert reg.in_force(date(2020, 12, 31)).id == "a"
        assert reg.in_force(date(2021, 1, 1)).id == "b"
        assert reg.in_force("2030-01-01").id == "b"
        with pytest.raises(NoRuleSetInForce, match="2019-12-31"):
            reg.in_force(date(2019, 12, 31))

    def test_overlap_and_gap_are_refused(self) -> None:
        # domain README rule 2: no overlaps or gaps within a family.
        reg: Registry[_Rules] = Registry("uji", T("Uji", "Test"))
        reg.register(_rules("a", date(2020, 1, 1), date(2020, 12, 31)))
        reg.register(_rules("b", date(2020, 6, 1), None))
        with pytest.raises(DataIntegrityError, match="a dan b tumpang tindih") as exc:
            reg.check()
        assert exc.value.text("en") == "uji.valid_to: a and b overlap"
        reg2: Registry[_Rules] = Registry("uji", T("Uji", "Test"))
        reg2.register(_rules("a", date(2020, 1, 1), date(2020, 12, 30)))
        reg2.register(_rules("b", date(2021, 1, 1), None))
        with pytest.raises(DataIntegrityError, match="celah antara a dan b") as exc:
            reg2.check()
        assert exc.value.text("en") == "uji.valid_from: gap between a and b"

    def test_reversed_interval_is_refused(self) -> None:
        with pytest.raises(DataIntegrityError):
            _rules("x", date(2021, 1, 1), date(2020, 1, 1))

    @pytest.mark.parametrize("junk", [None, 2021, 3.5, "kemarin", b"2021-01-01", [], {}])
    def test_in_force_refuses_junk_dates(self, junk: object) -> None:
        reg: Registry[_Rules] = Registry("uji", T("Uji", "Test"))
        reg.register(_rules("a", date(2020, 1, 1), None))
        with pytest.raises(InovasiDaerahError):
            reg.in_force(junk)

    def test_rule_set_override_is_recorded(self) -> None:
        r = _rules("a", date(2020, 1, 1), None).override(reason="T14", divisor_k=14)
        assert r.k.get() == 14
        assert [o.key for o in r.overrides] == ["divisor_k"]
        assert {p.key for p in r.uncertain_params} == {"divisor_k", "rejected"}
        with pytest.raises(InvalidInput, match="tidak dikenal"):
            r.override(nonsense=1)


class TestExplanation:
    def _tree(self) -> Explanation:
        leaf = Explanation(
            key="w", title=T("Bobot", "Weight"), value=Decimal("1.5"), citations=(C_TP,)
        )
        return Explanation(
            key="s",
            title=T("Skor", "Score"),
            value=Decimal("4.5"),
            rule=T("bobot × level", "weight × level"),
            inputs={"level": 3},
            citations=(C_OK,),
            children=(leaf,),
        )

    def test_renders_both_languages(self) -> None:
        tree = self._tree()
        assert tree.render("id").splitlines()[0].startswith("Skor = 4.5")
        assert tree.render("en").splitlines()[1].strip().startswith("Weight = 1.5")
        with pytest.raises(InvalidInput):
            tree.render("fr")

    def test_uncertainty_propagates_from_any_node(self) -> None:
        # domain README rule 3: a result using a THIRD-PARTY value is flagged and lists it.
        tree = self._tree()
        assert tree.uncertain
        assert tree.uncertain_citations == (C_TP,)

    def test_json_round_trip_keeps_the_tree(self) -> None:
        tree = self._tree()
        data = json.loads(tree.render(fmt="json"))
        back = Explanation.from_dict(data)
        assert back.to_dict() == tree.to_dict()

    def test_markdown_and_html(self) -> None:
        tree = self._tree()
        assert tree.to_markdown("en").startswith("- Score = 4.5")
        assert "<ul" in tree._repr_html_()
        assert "Bobot" in tree.to_html()


@given(
    st.recursive(
        st.none()
        | st.booleans()
        | st.integers()
        | st.decimals(allow_nan=False, allow_infinity=False)
        | st.dates()
        | st.text(max_size=10),
        lambda inner: (
            st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=5), inner, max_size=3)
        ),
        max_leaves=10,
    )
)
def test_to_jsonable_is_json_serialisable_and_exact(value: object) -> None:
    data = to_jsonable(value)
    text = json.dumps(data)
    if isinstance(value, Decimal):
        assert Decimal(json.loads(text)) == value


class TestLazyRegistry:
    """The registries of shipped rule sets (IGA editions, PP 38/2017) read them on first use."""

    def test_loads_once_on_first_use_then_answers(self) -> None:
        loads: list[int] = []

        class Shipped(LazyRegistry[_Rules]):
            def _load(self) -> list[_Rules]:
                loads.append(1)
                return [
                    _rules("b", date(2021, 1, 1), None),
                    _rules("a", date(2020, 1, 1), date(2020, 12, 31)),
                ]

        reg = Shipped("uji", T("Uji", "Test"))
        assert loads == []
        assert reg.in_force(date(2020, 6, 1)).id == "a"
        assert [r.id for r in reg] == ["a", "b"]
        assert (len(reg), reg.get("b").id) == (2, "b")
        reg.check()
        reg.register(_rules("c", date(2030, 1, 1), None))
        assert loads == [1]

    def test_a_gap_between_the_shipped_rule_sets_is_refused_at_first_use(self) -> None:
        # domain README rule 2: no overlaps or gaps within a family.
        class Gappy(LazyRegistry[_Rules]):
            def _load(self) -> list[_Rules]:
                return [
                    _rules("a", date(2020, 1, 1), date(2020, 12, 30)),
                    _rules("b", date(2021, 1, 1), None),
                ]

        with pytest.raises(DataIntegrityError, match="celah antara a dan b"):
            len(Gappy("uji", T("Uji", "Test")))
