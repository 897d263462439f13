"""Rules of PermenPANRB 1/2023 + Peraturan BKN 3/2023 (angka kredit) that no other test pinned.

Written to kill the mutants ``scripts/mutation.py`` found surviving in ``skp/angka_kredit.py``.
Thresholds are read from ``RULES`` (never spelled out here for Terampil / Mahir: their rows are
being corrected on another branch, skp.md §5.4).
"""

from __future__ import annotations

import dataclasses
import decimal
from decimal import Decimal

import pytest

from _explained import check_node, check_refusal
from inovasi_daerah.errors import DataIntegrityError, InvalidInput, NoRuleSetInForce
from inovasi_daerah.law import Text
from inovasi_daerah.law.load import Where
from inovasi_daerah.models.enums import Jenjang
from inovasi_daerah.models.skp import Predicate
from inovasi_daerah.skp._common import load_rule_set
from inovasi_daerah.skp.permenpanrb_1_2023 import (
    _BARE_CITATIONS,
    RULE_FILE,
    RULES,
    AkProgress,
    AngkaKreditResult,
    AngkaKreditRules,
    _ak_value,
    accumulate,
    angka_kredit,
    angka_kredit_regime_for,
)

D = Decimal
J = Jenjang


def _threshold(j: Jenjang) -> tuple[Decimal, Decimal | None]:
    return RULES.thresholds.get()[j]


# -- PermenPANRB 1/2023 Lampiran (AK kumulatif): comparison with the thresholds ---------------


def test_pangkat_threshold_reached_exactly_at_the_threshold_permenpanrb_1_2023() -> None:
    """PermenPANRB 1/2023 Lampiran: AK kumulatif ≥ the threshold earns kenaikan pangkat."""
    pangkat, jenjang_t = _threshold(J.AHLI_PERTAMA)
    at = accumulate([pangkat], "Ahli Pertama")
    assert at.reached_rank
    assert at.remaining_rank == 0
    below = accumulate([pangkat - D("0.001")], "Ahli Pertama")
    assert not below.reached_rank
    assert below.remaining_rank == D("0.001")
    assert jenjang_t is not None
    assert below.remaining_career_level == jenjang_t - pangkat + D("0.001")


def test_jenjang_threshold_reached_exactly_at_the_threshold_permenpanrb_1_2023() -> None:
    """PermenPANRB 1/2023 Lampiran: AK kumulatif ≥ the jenjang threshold earns kenaikan jenjang."""
    _, jenjang_t = _threshold(J.AHLI_MUDA)
    assert jenjang_t is not None
    at = accumulate([jenjang_t], "Ahli Muda")
    assert at.reached_career_level
    assert at.remaining_career_level == 0
    assert not accumulate([jenjang_t - D("0.01")], "Ahli Muda").reached_career_level


def test_remaining_never_negative_permenpanrb_1_2023() -> None:
    """More AK than needed leaves nothing remaining (not a negative amount)."""
    p = accumulate([D(1000)], "Ahli Muda")
    assert p.remaining_rank == 0
    assert p.remaining_career_level == 0
    assert p.reached_rank
    assert p.reached_career_level


def test_top_grade_has_no_jenjang_threshold_permenpanrb_1_2023() -> None:
    """Ahli Utama is the last jenjang: no kenaikan jenjang, whatever the total."""
    p = accumulate([D(10_000)], "Ahli Utama")
    assert p.threshold_career_level is None
    assert p.reached_career_level is False
    assert p.remaining_career_level is None
    assert p.next_career_level is None
    assert p.professional_development_required is False
    assert p.reached_rank


# -- PermenPANRB 1/2023 Lampiran (pengembangan profesi) ----------------------------------------


@pytest.mark.parametrize(
    ("jenjang", "nxt", "required"),
    [
        (J.PEMULA, J.TERAMPIL, False),
        (J.TERAMPIL, J.MAHIR, False),
        (J.MAHIR, J.PENYELIA, True),
        (J.PENYELIA, None, False),
        (J.AHLI_PERTAMA, J.AHLI_MUDA, False),
        (J.AHLI_MUDA, J.AHLI_MADYA, True),
        (J.AHLI_MADYA, J.AHLI_UTAMA, True),
        (J.AHLI_UTAMA, None, False),
    ],
)
def test_pengembangan_profesi_required_for_promotion_permenpanrb_1_2023(
    jenjang: Jenjang, nxt: Jenjang | None, required: bool
) -> None:
    """PermenPANRB 1/2023 Lampiran: promotion to Penyelia, Ahli Madya, Ahli Utama also needs
    pengembangan profesi; the next jenjang follows the ladder of jabatan fungsional."""
    p = accumulate([], jenjang)
    assert p.next_career_level is nxt
    assert p.professional_development_required is required
    keys = set(p.explanation.citations)
    assert (RULES.pengembangan_profesi_for.citation in keys) is required
    assert RULES.thresholds.citation in keys
    assert RULES.next_jenjang.citation in keys
    if required:
        assert nxt is not None
        assert p.explanation.note is not None
        assert nxt.label.id in p.explanation.note.id
        assert nxt.label.id in p.explanation.note.en
    else:
        assert p.explanation.note is None


def test_overridden_pengembangan_profesi_list_is_used_permenpanrb_1_2023() -> None:
    """The rule set passed in decides which promotions need pengembangan profesi."""
    rules = RULES.override(pengembangan_profesi_for=(J.AHLI_MUDA,))
    assert accumulate([], "Ahli Pertama", rules=rules).professional_development_required
    assert not accumulate([], "Ahli Muda", rules=rules).professional_development_required


# -- accumulate: input ------------------------------------------------------------------------


def test_accumulate_adds_initial_numbers_and_results_permenpanrb_1_2023() -> None:
    """AK kumulatif = AK awal + every AK earned since (PermenPANRB 1/2023 Lampiran)."""
    year = angka_kredit("Baik", "Ahli Muda")
    p = accumulate([year, "2.5", 3, D("0.25")], "Ahli Muda", initial="10")
    assert p.total == D("25") + D("2.5") + 3 + D("0.25") + 10
    e = p.explanation
    assert e.key == "cumulative_credit"
    assert e.value == p.total
    assert e.inputs["initial"] == 10
    pangkat, jenjang_t = _threshold(J.AHLI_MUDA)
    assert e.inputs["rank_promotion"] == pangkat
    assert e.inputs["career_level_promotion"] == jenjang_t
    assert e.children == (year.explanation,)


def test_accumulate_refuses_negative_entries_and_initial() -> None:
    """A credit entry is an amount earned: a negative one is refused, naming the entry."""
    with pytest.raises(InvalidInput) as exc:
        accumulate([D(5), D(-1)], "Ahli Muda")
    assert exc.value.field == "entries[1]"
    with pytest.raises(InvalidInput) as exc:
        accumulate([], "Ahli Muda", initial=-1)
    assert exc.value.field == "initial"
    assert accumulate([0], "Ahli Muda", initial=0).total == 0


@pytest.mark.parametrize("entries", ["12", b"12", {"a": 1}])
def test_accumulate_refuses_text_and_mappings_as_entries(entries: object) -> None:
    with pytest.raises(InvalidInput) as exc:
        accumulate(entries, "Ahli Muda")  # type: ignore[arg-type]
    assert exc.value.field == "entries"


def test_accumulate_refuses_a_non_iterable() -> None:
    with pytest.raises(InvalidInput) as exc:
        accumulate(12, "Ahli Muda")  # type: ignore[arg-type]
    assert exc.value.field == "entries"
    assert exc.value.value == 12


def test_accumulate_names_the_entry_of_another_jenjang() -> None:
    with pytest.raises(InvalidInput) as exc:
        accumulate(
            [angka_kredit("Baik", "Ahli Muda"), angka_kredit("Baik", "Ahli Madya")], "Ahli Muda"
        )
    assert exc.value.field == "entries[1]"
    assert "ke-2" in exc.value.message
    assert "ahli_madya" in exc.value.message


def test_unknown_jenjang_refusal_names_jenjang() -> None:
    for call in (lambda: accumulate([], "Ahli Super"), lambda: angka_kredit("Baik", "Ahli Super")):
        with pytest.raises(InvalidInput) as exc:
            call()
        assert exc.value.field == "jenjang"
    with pytest.raises(InvalidInput) as exc:
        angka_kredit("Istimewa", "Ahli Muda")
    assert exc.value.field == "predikat"


def test_accumulate_refuses_a_foreign_rule_set() -> None:
    with pytest.raises(InvalidInput) as exc:
        accumulate([], "Ahli Muda", rules=object())  # type: ignore[arg-type]
    assert exc.value.field == "rules"
    with pytest.raises(InvalidInput) as exc:
        angka_kredit("Baik", "Ahli Muda", rules="permenpanrb_1_2023")  # type: ignore[arg-type]
    assert exc.value.field == "rules"


def test_accumulate_uses_the_thresholds_of_the_rule_set_passed() -> None:
    thresholds = dict(RULES.thresholds.get())
    thresholds[J.AHLI_MUDA] = (D(7), D(8))
    rules = RULES.override(thresholds=thresholds)
    p = accumulate([D(7)], "Ahli Muda", rules=rules)
    assert (p.threshold_rank, p.threshold_career_level) == (7, 8)
    assert p.reached_rank


def test_progress_summary_fields() -> None:
    p = accumulate([D(60)], "Ahli Pertama")
    pangkat, jenjang_t = _threshold(J.AHLI_PERTAMA)
    assert jenjang_t is not None
    s = p.to_dict(explanation=False)
    assert s["career_level"] == "ahli_pertama"
    assert D(s["total"]) == 60
    assert D(s["threshold_rank"]) == pangkat
    assert D(s["threshold_career_level"]) == jenjang_t
    assert s["reached_rank"] is (pangkat <= 60)
    assert s["reached_career_level"] is (jenjang_t <= 60)
    assert D(s["remaining_rank"]) == max(pangkat - 60, 0)
    assert D(s["remaining_career_level"]) == max(jenjang_t - 60, 0)
    assert s["next_career_level"] == "ahli_muda"
    assert s["professional_development_required"] is False
    assert isinstance(p, AkProgress)


# -- Peraturan BKN 3/2023 Lampiran: the conversion --------------------------------------------


def test_conversion_explanation_records_inputs_and_sources_bkn_3_2023() -> None:
    """Peraturan BKN 3/2023 Lampiran: AK = bulan / 12 × persentase × koefisien."""
    r = angka_kredit("Sangat Baik", "Ahli Pertama", months=6)
    e = r.explanation
    assert e.key == "credit"
    assert e.value == r.value == D("9.375")
    assert e.inputs == {
        "predicate": Predicate.VERY_GOOD,
        "career_level": J.AHLI_PERTAMA,
        "months": 6,
        "percentage": D("1.50"),
        "coefficient": D("12.5"),
    }
    assert e.rule is not None
    assert "12" in e.rule.id
    assert "12" in e.rule.en
    assert e.citations == (
        RULES.formula,
        RULES.percent_sangat_baik.citation,
        RULES.koefisien_ahli_pertama.citation,
        RULES.months_per_year.citation,
    )
    assert e.note is not None
    assert "9.38" in e.note.id
    assert "9.38" in e.note.en
    assert (r.predicate, r.career_level, r.months) == (Predicate.VERY_GOOD, J.AHLI_PERTAMA, 6)


def test_conversion_summary_fields() -> None:
    s = angka_kredit("Baik", "Ahli Muda", months=3).to_dict(explanation=False)
    assert D(s["value"]) == D("6.25")
    assert s["predicate"] == Predicate.GOOD.value
    assert s["career_level"] == "ahli_muda"
    assert s["months"] == 3
    assert D(s["percentage"]) == 1
    assert D(s["coefficient"]) == 25


def test_months_error_cites_the_months_rule() -> None:
    with pytest.raises(InvalidInput) as exc:
        angka_kredit("Baik", "Ahli Muda", months=13)
    assert exc.value.field == "months"
    assert exc.value.article == RULES.months_per_year.citation.label()
    assert exc.value.value == 13
    assert "12" in exc.value.message
    assert angka_kredit("Baik", "Ahli Muda", months=12).value == 25
    assert angka_kredit("Baik", "Ahli Muda", months=1).months == 1


def test_months_per_year_of_the_rule_set_passed_is_used() -> None:
    rules = RULES.override(months_per_year=6)
    assert angka_kredit("Baik", "Ahli Muda", months=6, rules=rules).value == 25
    with pytest.raises(InvalidInput):
        angka_kredit("Baik", "Ahli Muda", months=7, rules=rules)


def test_percent_and_koefisien_of_the_rule_set_passed_are_used() -> None:
    rules = RULES.override(percent_baik=D("0.9"), koefisien_ahli_muda=D(20))
    r = angka_kredit("Baik", "Ahli Muda", rules=rules)
    assert r.value == 18
    assert (r.percentage, r.coefficient) == (D("0.9"), 20)


def test_display_places_of_the_rule_set_passed_are_used() -> None:
    rules = RULES.override(display_places=1)
    r = angka_kredit("Baik", "Terampil", months=1, rules=rules)
    assert r.rounded() == D("0.4")
    assert r.explanation.note is not None
    assert "0.4" in r.explanation.note.id
    assert "0.42" not in r.explanation.note.id


@pytest.mark.parametrize("places", [0, 10])
def test_rounded_accepts_0_to_10_places(places: int) -> None:
    r = angka_kredit("Baik", "Terampil", months=1)
    assert r.rounded(places) == r.value.quantize(D(1).scaleb(-places))


def test_rounded_is_half_up() -> None:
    r = angka_kredit("Sangat Baik", "Ahli Pertama", months=6)  # 9.375
    assert r.rounded() == D("9.38")
    assert r.rounded(0) == 9


@pytest.mark.parametrize("places", [-1, 11, True, 2.0, "2"])
def test_rounded_refuses_other_places(places: object) -> None:
    r = angka_kredit("Baik", "Terampil", months=1)
    with pytest.raises(InvalidInput) as exc:
        r.rounded(places)  # type: ignore[arg-type]
    assert exc.value.field == "places"
    assert exc.value.value == places


def test_result_type() -> None:
    assert isinstance(angka_kredit("Baik", "Ahli Muda"), AngkaKreditResult)


def test_regime_refusal_names_the_date_permenpanrb_1_2023() -> None:
    with pytest.raises(NoRuleSetInForce) as exc:
        angka_kredit_regime_for("2022-12-31")
    assert exc.value.field == "date"
    assert exc.value.value == "2022-12-31"
    assert exc.value.article  # the citation of the regime's start
    assert angka_kredit_regime_for("2030-06-30") is RULES
    with pytest.raises(InvalidInput) as exc:
        angka_kredit_regime_for("bukan tanggal")
    assert exc.value.field == "date"


def test_rule_rows_carry_value_key_and_label_bkn_3_2023() -> None:
    """Peraturan BKN 3/2023 Lampiran (skp.md §5.2, §5.3): each percentage and koefisien row of
    the rule file carries its key, its value, its citation and a label naming the predikat /
    jenjang."""
    assert RULES.percent_baik.key == "percent_baik"
    assert RULES.percent_baik.get() == D("1.00")
    assert RULES.percent_sangat_kurang.get() == D("0.25")
    assert RULES.koefisien_ahli_madya.key == "koefisien_ahli_madya"
    assert RULES.koefisien_ahli_madya.get() == D("37.5")
    assert RULES.koefisien_pemula.get() == D("3.75")
    assert RULES.percent_baik.citation is not None
    assert RULES.percent_baik.title.en == "Percentage Baik"
    assert RULES.koefisien_pemula.title.id.startswith("Koefisien ")


def test_every_explanation_is_titled_and_valued() -> None:
    """Each result explains itself: a titled tree whose root carries the result's value."""
    year = angka_kredit("Baik", "Ahli Muda")
    progress = accumulate([year], "Ahli Muda")
    for e, value in ((year.explanation, year.value), (progress.explanation, progress.total)):
        assert e.value == value
        for node in e.walk():
            assert isinstance(node.title, Text)
            assert node.title.id
            assert node.title.en


def test_display_rounding_is_half_up_not_half_even_siasn() -> None:
    """SIASN shows 2 decimals rounded half up (THIRD-PARTY [KT4]): 3.125 → 3.13, not 3.12."""
    r = angka_kredit("Sangat Kurang", "Ahli Pertama")  # 0.25 × 12.5
    assert r.value == D("3.125")
    assert r.rounded() == D("3.13")
    assert r.rounded(2) == D("3.13")
    assert r.explanation.note is not None
    assert "3.13" in r.explanation.note.id


def test_foreign_rule_set_refusal_carries_the_value() -> None:
    with pytest.raises(InvalidInput) as exc:
        accumulate([], "Ahli Muda", rules="permenpanrb_1_2023")  # type: ignore[arg-type]
    assert exc.value.value == "permenpanrb_1_2023"


# -- Second round (issue 10, after @exact): the rule functions are mutated too ----------------
#
# ``angka_kredit`` keeps each result per rule-set object (``_memo("results")``), and mutmut 3
# runs each mutant in a process forked after a first run of the tests, so results of ``RULES``
# made before the mutant was switched on would hide a changed formula or explanation. The
# tests below therefore compute on a fresh copy of the rule set (``RULES.override()``: same
# values, empty cache), as a caller with its own rule set does.

_HOSTILE = decimal.Context(
    prec=2,
    rounding=decimal.ROUND_DOWN,
    Emin=-1,
    traps=[decimal.Subnormal, decimal.InvalidOperation, decimal.Inexact],
)


def test_rule_file_reloaded_gives_the_shipped_values_bkn_3_2023() -> None:
    """Peraturan BKN 3/2023 Lampiran, PermenPANRB 1/2023 Lampiran (skp.md §5.2–§5.4): reading
    rules/skp/angka_kredit_2023.toml again gives the percentages and koefisien as Decimals, the
    thresholds as (kenaikan pangkat, kenaikan jenjang or None), the ladder with None at the top
    and the jenjang that need pengembangan profesi as a tuple of Jenjang."""
    again = load_rule_set(
        AngkaKreditRules,
        "skp/angka_kredit_2023.toml",
        RULE_FILE,
        _ak_value,
        _BARE_CITATIONS,
        valid_from=lambda params: params["conversion_start"].get(),
    )
    assert again.percent_sangat_baik.get() == D("1.50")
    assert again.percent_butuh_perbaikan.get() == D("0.75")
    assert again.koefisien_ahli_utama.get() == D(50)
    for f in dataclasses.fields(AngkaKreditRules):
        mine, shipped = getattr(again, f.name), getattr(RULES, f.name)
        if f.name.startswith(("percent_", "koefisien_")):
            assert type(mine.get()) is Decimal, f.name
        assert mine == shipped, f.name
    thresholds = again.thresholds.get()
    assert thresholds[J.AHLI_MUDA] == (D(100), D(200))  # skp.md §5.4
    assert thresholds[J.PENYELIA] == (D(100), None)
    assert thresholds[J.AHLI_UTAMA] == (D(200), None)
    assert all(type(p) is Decimal for p, _ in thresholds.values())
    ladder = again.next_jenjang.get()
    assert ladder[J.AHLI_MUDA] is J.AHLI_MADYA
    assert ladder[J.AHLI_UTAMA] is None
    assert ladder[J.PENYELIA] is None
    assert again.pengembangan_profesi_for.get() == (J.PENYELIA, J.AHLI_MADYA, J.AHLI_UTAMA)


@pytest.mark.parametrize(
    ("key", "value"),
    [
        ("percent_baik", "seratus"),
        ("koefisien_ahli_muda", "dua puluh lima"),
        ("thresholds", [{"jenjang": "ahli_muda", "kenaikan_pangkat": "seratus"}]),
        (
            "thresholds",
            [{"jenjang": "ahli_muda", "kenaikan_pangkat": "100", "kenaikan_jenjang": "x"}],
        ),
    ],
)
def test_rule_file_refuses_a_decimal_that_is_not_one_bkn_3_2023(key: str, value: object) -> None:
    """Peraturan BKN 3/2023 Lampiran: a koefisien, percentage or threshold of the rule file that
    is no decimal is refused, naming the file, the table and the value."""
    with pytest.raises(DataIntegrityError) as exc:
        _ak_value(key, value, Where("angka_kredit.toml", "params"))
    check_refusal(exc.value, "angka_kredit.toml: [params] value")


def test_formula_on_a_fresh_rule_set_bkn_3_2023() -> None:
    """Peraturan BKN 3/2023 Pasal 13(1), PermenPANRB 1/2023 Pasal 37(4) (skp.md §5.1, §5.7):
    AK = bulan / 12 × persentase × koefisien, and the result names its inputs."""
    fresh = RULES.override()
    r = angka_kredit("Sangat Kurang", "Ahli Pertama", months=6, rules=fresh)
    assert r.value == D("1.5625")  # 6 / 12 × 0.25 × 12.5
    assert (r.predicate, r.career_level, r.months) == (Predicate.VERY_POOR, J.AHLI_PERTAMA, 6)
    assert (r.percentage, r.coefficient) == (D("0.25"), D("12.5"))
    assert angka_kredit("Baik", "Ahli Madya", months=4, rules=fresh).value == D("12.5")


def test_explanation_of_a_fresh_rule_set_bkn_3_2023() -> None:
    """Peraturan BKN 3/2023 Lampiran (skp.md §5.1–§5.3): the explanation states the rule
    bulan / 12 × persentase × koefisien, cites the formula, the predikat's percentage, the
    jenjang's koefisien and the months per year, and records the five inputs."""
    fresh = RULES.override()
    r = angka_kredit("Sangat Baik", "Ahli Muda", months=3, rules=fresh)
    e = check_node(
        r.explanation,
        key="credit",
        value=D("9.375"),  # 3 / 12 × 1.50 × 25
        inputs={
            "predicate": Predicate.VERY_GOOD,
            "career_level": J.AHLI_MUDA,
            "months": 3,
            "percentage": D("1.50"),
            "coefficient": D(25),
        },
        rule="bulan / 12 × persentase × koefisien",
    )
    assert e.rule is not None
    assert e.rule.en == "months / 12 × percentage × coefficient"
    assert e.title is not None
    assert (e.title.id, e.title.en) == ("Angka kredit", "Credit points")
    assert e.citations == (
        RULES.formula,
        RULES.percent_sangat_baik.citation,
        RULES.koefisien_ahli_muda.citation,
        RULES.months_per_year.citation,
    )
    assert e.note is not None
    assert (e.note.id, e.note.en) == ("tampilan: 9.38", "display: 9.38")


def test_explanation_note_rounds_half_up_in_any_caller_context_siasn() -> None:
    """skp.md §5.3 (SIASN shows 2 decimals, half up; THIRD-PARTY [KT4]): the display value in
    the note is 3.13 for 3.125, also when the explanation is first read under a caller's
    narrow, rounding-down, trapping decimal context."""
    fresh = RULES.override()
    r = angka_kredit("Sangat Kurang", "Ahli Pertama", rules=fresh)  # 0.25 × 12.5
    with decimal.localcontext(_HOSTILE):
        note = r.explanation.note
    assert note is not None
    assert (note.id, note.en) == ("tampilan: 3.13", "display: 3.13")


def test_rounded_ignores_the_callers_decimal_context_siasn() -> None:
    """skp.md §5.3 (display rounding half up, full precision kept): ``rounded`` works in the
    library's context, not in the caller's narrow, rounding-down, trapping one."""
    r = angka_kredit("Sangat Kurang", "Ahli Pertama")  # 3.125
    q = angka_kredit("Baik", "Terampil", months=1)  # 5 / 12
    with decimal.localcontext(_HOSTILE):
        assert r.rounded() == D("3.13")
        assert q.rounded(4) == D("0.4167")
        assert q.rounded(0) == D(0)


def test_result_is_made_once_per_rule_set_and_inputs() -> None:
    """A result follows from the rule set and the inputs (Peraturan BKN 3/2023 Lampiran): the
    same call on the same rule set returns the same immutable result; other months do not."""
    fresh = RULES.override()
    first = angka_kredit("Baik", "Ahli Muda", months=5, rules=fresh)
    assert angka_kredit("Baik", "Ahli Muda", months=5, rules=fresh) is first
    other = angka_kredit("Baik", "Ahli Muda", months=7, rules=fresh)
    assert other is not first
    assert other.value == D(25) * 7 / 12


def test_percent_and_koefisien_refuse_unknown_names_bkn_3_2023() -> None:
    """Peraturan BKN 3/2023 Lampiran (skp.md §5.2, §5.3): a percentage exists only for the five
    predikat and a koefisien only for the eight jenjang; the refusal names the field."""
    assert RULES.percent("Cukup") is RULES.percent_butuh_perbaikan
    assert RULES.koefisien("Ahli Madya") is RULES.koefisien_ahli_madya
    with pytest.raises(InvalidInput) as exc:
        RULES.percent("Istimewa")  # type: ignore[arg-type]
    check_refusal(exc.value, "predikat", value="Istimewa")
    with pytest.raises(InvalidInput) as exc:
        RULES.koefisien("Ahli Super")  # type: ignore[arg-type]
    check_refusal(exc.value, "jenjang", value="Ahli Super")


def test_rule_set_without_a_koefisien_refuses_bkn_3_2023() -> None:
    """Peraturan BKN 3/2023 Pasal 1 angka 9 (skp.md §5.1): the koefisien is the jenjang's
    annual AK; a rule set that has none for the jenjang gives no AK but a refusal naming it."""
    without = dataclasses.replace(RULES, koefisien_pemula=None)
    with pytest.raises(InvalidInput) as exc:
        angka_kredit("Baik", "Pemula", rules=without)
    check_refusal(exc.value, "jenjang", value="pemula")
    assert angka_kredit("Baik", "Terampil", rules=without).value == D(5)


def test_refusals_carry_both_texts_permenpanrb_1_2023() -> None:
    """Each refusal of the angka kredit rules names its field and carries its text in
    Indonesian and English: months outside 1–12 (Peraturan BKN 3/2023 Pasal 13(1)), an entry
    of another jenjang (PermenPANRB 1/2023 Lampiran, AK kumulatif per jenjang), a date before
    the 2023 conversion (skp.md §5.6), display places outside 0–10 and entries that are no
    list of angka kredit."""
    with pytest.raises(InvalidInput) as exc:
        angka_kredit("Baik", "Ahli Muda", months=0)
    check_refusal(exc.value, "months", value=0)
    assert "1-12" in exc.value.message
    assert exc.value.message_en == "number of months must be an integer 1-12"

    with pytest.raises(InvalidInput) as exc:
        accumulate(
            [angka_kredit("Baik", "Ahli Muda"), angka_kredit("Baik", "Ahli Madya")], "Ahli Muda"
        )
    check_refusal(exc.value, "entries[1]")
    assert exc.value.message_en == "AK no. 2 is for jenjang ahli_madya, not ahli_muda"

    with pytest.raises(NoRuleSetInForce) as exc2:
        angka_kredit_regime_for("2022-06-30")
    check_refusal(exc2.value, "date", value="2022-06-30")
    assert exc2.value.message_en is not None
    assert "DUPAK" in exc2.value.message_en
    assert "2022-06-30" in exc2.value.message_en

    with pytest.raises(InvalidInput) as exc:
        angka_kredit("Baik", "Ahli Muda").rounded(11)
    check_refusal(exc.value, "places", value=11)
    assert exc.value.message_en == "places must be 0-10"

    with pytest.raises(InvalidInput) as exc:
        accumulate(12, "Ahli Muda")  # type: ignore[arg-type]
    check_refusal(exc.value, "entries")
    assert exc.value.message == "harus daftar angka kredit"
    assert exc.value.message_en == "must be a list of angka kredit"
