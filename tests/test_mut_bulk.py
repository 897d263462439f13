"""Tests that kill the mutants of ``iga/bulk.py`` (issue 10): a national IGA year scored in
one call must give, row by row, what the engine gives (iid_iga.md §3.3–§3.7), and its tables,
lookups and refusals must name what they are about."""

from __future__ import annotations

import json
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from _explained import check_refusal
from inovasi_daerah import iga
from inovasi_daerah.errors import InvalidInput, UnknownIndicator
from inovasi_daerah.iga import bulk
from inovasi_daerah.iga.bulk import score_year

EXAMPLE = Path(__file__).resolve().parents[1] / "docs" / "examples" / "year_small.json"
D = Decimal


def example() -> dict[str, Any]:
    """The documented example year (three regions, six innovations)."""
    return dict(json.loads(EXAMPLE.read_text(encoding="utf-8")))


def test_year_result_repr_policies_and_lookup_iid_iga_15() -> None:
    """The result records its edition, projection and the edition's named policies."""
    r = score_year(EXAMPLE)
    assert repr(r) == "<YearResult iga-2026 (declared): 3 regions, 6 innovations>"
    assert repr(r.regions) == "<RegionTable: 3 rows>"
    assert repr(r.innovations) == "<InnovationTable: 6 rows>"
    assert r.policies == {"projection": "declared", **iga.edition(2026).policies()}
    assert r.regions.columns == bulk.RegionScore._fields
    assert r.innovations.columns == bulk.InnovationScore._fields
    first = r.regions[0]
    assert r.region(first.id).score == first
    assert r.region(int(first.id)).score == first  # ids are compared as text
    with pytest.raises(InvalidInput) as exc:
        r.region("zz")
    check_refusal(exc.value, "region", value="zz")
    assert exc.value.message_en == "no region with this id"


def test_region_detail_maturity_by_innovation_id() -> None:
    """A region's innovation is found by its id (text or number) for the engine's result."""
    r = score_year(EXAMPLE)
    row = r.innovations[0]
    detail = r.region(row.region_id)
    assert detail.maturity(row.innovation_id).score == row.maturity
    assert detail.maturity(row.innovation_id).innovation_id == row.innovation_id
    with pytest.raises(InvalidInput) as exc:
        detail.maturity("zz")
    check_refusal(exc.value, "innovation", value="zz")
    assert exc.value.message_en == "no innovation with this id in this region"


def test_tables_iterate_slice_and_convert() -> None:
    """Rows come back as named tuples, in input order; records convert enums to their
    official text and Decimals to text on request."""
    r = score_year(EXAMPLE)
    rows = list(r.regions)
    assert [x.id for x in rows] == [x.id for x in r.regions[0:3]]
    assert len(r.regions[1:]) == 2
    assert isinstance(rows[0], bulk.RegionScore)
    rec = r.regions.to_records(decimals="str")[0]
    assert rec["predicate"] == rows[0].predicate.value
    assert rec["level"] == rows[0].level.value
    assert rec["value"] == str(rows[0].value)
    assert rec["n"] == rows[0].n
    plain = r.regions.to_records()[0]
    assert plain["value"] == rows[0].value
    assert isinstance(plain["value"], Decimal)
    with pytest.raises(InvalidInput) as exc:
        r.regions.to_records(decimals="float")  # type: ignore[arg-type]
    check_refusal(exc.value, "decimals", value="float")


def test_path_names_the_field_not_the_validator() -> None:
    """Error paths keep record fields and indices, dropping pydantic's type tags."""
    assert bulk._path(("regions", 1, "innovations", 0, "levels", "list[constrained-int]", 5)) == (
        "regions[1].innovations[0].levels[5]"
    )
    assert bulk._path(()) == "input"
    assert bulk._path(("function-after[x]", "a")) == "a"
    assert bulk._path((3, "a")) == "[3].a"


def test_name_records_adds_the_ids() -> None:
    data = example()
    assert bulk._name_records("regions[1].innovations[0].levels", data) == (
        "regions[1].innovations[0].levels (region '13.76', innovation 'pay-1')"
    )
    assert bulk._name_records("regions[1].level", data) == "regions[1].level (region '13.76')"
    assert bulk._name_records("regions[9]", data) == "regions[9]"
    assert bulk._name_records("x", data) == "x"
    assert bulk._name_records("regions[1]", [1]) == "regions[1]"


def both_spd_refused() -> InvalidInput:
    """The refusal of the example's first region given both an SPD profile and a score."""
    data = example()
    reg = data["regions"][0]
    reg["spd_score"] = "40"
    reg.setdefault("spd", [1] * 20)
    with pytest.raises(InvalidInput) as exc:
        score_year(data)
    return exc.value


def test_spd_score_and_spd_profile_are_exclusive_iid_iga_3_4() -> None:
    exc = both_spd_refused()
    assert exc.field is not None
    assert exc.field.startswith("regions[0].spd_score")
    assert str(exc).endswith("isi spd atau spd_score, tidak keduanya")


@pytest.mark.parametrize("score", ["0", "63"])
def test_spd_score_bounds_are_inclusive_iid_iga_3_4(score: str) -> None:
    data = example()
    reg = data["regions"][0]
    reg.pop("spd", None)
    reg.pop("spd_evidence", None)
    reg.pop("spd_accepted", None)
    reg["spd_score"] = score
    row = score_year(data).regions[0]
    assert row.spd == D(score)
    assert score_year(data).region(row.id).result.value == row.value


def test_unknown_indicator_key_in_a_mapping_is_named() -> None:
    data = example()
    inv = data["regions"][1]["innovations"][0]
    inv["levels"] = {"16": 3, " KEMANFAATAN ": 2}
    out = score_year(data)
    row = next(i for i in out.innovations if i.innovation_id == str(inv["id"]))
    e = iga.edition(2026)
    # a key is found by number or by code (any case, surrounding space): 16 at 3, 33 at 2
    assert row.maturity == e.indicator(16).weight * 3 + e.indicator(33).weight * 2
    assert out.region(row.region_id).maturity(row.innovation_id).score == row.maturity
    inv["levels"] = {"16": 3, "regulasi": 2}
    with pytest.raises(InvalidInput) as exc:
        score_year(data)
    assert exc.value.field is not None
    assert exc.value.field.startswith("regions[1].innovations[0].levels.regulasi")
    inv["levels"] = {"nope": 1}
    with pytest.raises(UnknownIndicator) as unknown:
        score_year(data)
    assert unknown.value.field is not None
    assert unknown.value.field.startswith("regions[1].innovations[0].levels.nope (region '13.76'")


def test_located_scoring_refusals_keep_their_english_text_issue_9() -> None:
    assert both_spd_refused().message_en == "give spd or spd_score, not both"


# -- the explained engine behind every row (iid_iga.md §3.4, §3.8; docs/bulk.md "region") -------


@pytest.mark.parametrize("projection", ["declared", "verified"])
def test_every_region_detail_is_the_engine_result_of_its_row(projection: Any) -> None:
    """RegionDetail rebuilds the engine's models from each record (every evidence shape,
    verifier's levels, mapping-form levels, spd_score and SPD profiles, dates, previous
    entries, urusan beririsan): its index and every maturity equal the bulk row's."""
    from test_iga_bulk import varied_year

    year = varied_year(11, scale=0.004)
    result = score_year(json.dumps(year).encode(), projection=projection)
    rows = list(result.innovations)
    assert rows
    for reg in result.regions:
        detail = result.region(reg.id)
        assert detail.result.value == reg.value
        assert detail.result.predicate == reg.predicate
        for row in (r for r in rows if r.region_id == reg.id):
            m = detail.maturity(row.innovation_id)
            assert (m.score, m.eligible) == (row.maturity, row.eligible), row


def test_year_schema_names_the_format_and_every_evidence_code() -> None:
    """The published JSON Schema of the year format: its title, version and the evidence
    codes (docs/bulk.md) in its description."""
    s = bulk.year_schema()
    assert s["title"] == f"IGA national year ({bulk.FORMAT_ID}, version {bulk.FORMAT_VERSION})"
    for code, status in bulk.EVIDENCE_CODES.items():
        assert f"{code}={status.value}" in s["description"]
    assert "inovasi_daerah.iga.score_year" in s["description"]
    assert {"regions", "pemda", "daerah", "edition"} <= set(s["properties"])


# -- the refusals of the scoring call: field, value and both texts --------------------------------


def test_rules_of_another_kind_or_year_are_refused_naming_them() -> None:
    """``rules`` must be an edition, and of the year the file names (iid_iga.md §15)."""
    text = EXAMPLE.read_bytes()
    for source in (example(), text):
        with pytest.raises(InvalidInput) as exc:
            score_year(source, "2026")  # type: ignore[arg-type]
        check_refusal(exc.value, "rules", value="2026")
        assert exc.value.message_en == "rules must be an IGA edition (iga.edition(...))"
        with pytest.raises(InvalidInput) as exc:
            score_year(source, iga.edition(2025))
        check_refusal(exc.value, "edition", value=2026)
        assert exc.value.message_en == "the file is for IGA 2026, the rules for IGA 2025"


def test_region_ids_are_text_and_unique_whatever_their_json_type() -> None:
    """A numeric region id is read as its text: 13 and "13" are the same region."""
    doc = example()
    doc["regions"][0]["id"] = 13
    doc["regions"][1]["id"] = 14
    result = score_year(doc)
    assert [type(r.id) for r in result.regions] == [str, str, str]
    assert [r.id for r in result.regions][:2] == ["13", "14"]
    assert {i.region_id for i in result.innovations} >= {"13", "14"}
    doc["regions"][1]["id"] = "13"
    with pytest.raises(InvalidInput) as exc:
        score_year(doc)
    check_refusal(exc.value, "regions[1].id", value="13")
    assert exc.value.message_en == "region id '13' is already used by regions[0]"


def test_a_verifier_level_above_the_submitted_one_is_refused_iid_iga_3_8() -> None:
    """The verifier may lower a level, never raise it (iid_iga.md §3.8)."""
    doc = example()
    inv = doc["regions"][0]["innovations"][0]
    inv["levels"] = [1] * 20
    inv["accepted"] = [None, 2] + [None] * 18
    with pytest.raises(InvalidInput) as exc:
        score_year(doc)
    assert (exc.value.field or "").startswith("regions[0].innovations[0].accepted[1] (region ")
    assert exc.value.value == 2
    assert exc.value.message_en == (
        "the level the verifier accepted may not exceed the level submitted"
    )


def _first(**changes: Any) -> dict[str, Any]:
    """The example year with its first innovation's fields replaced (None deletes one)."""
    doc = example()
    inv = doc["regions"][0]["innovations"][0]
    inv.update(changes)
    for k in [k for k, v in changes.items() if v is None]:
        del inv[k]
    return doc


@pytest.mark.parametrize(
    ("changes", "field", "message_en"),
    [
        ({"levels": [1] * 19}, "levels", "must be 20 levels (indicators 16..35 in order), got 19"),
        (
            {"levels": [1] * 20, "evidence": "A" * 19},
            "evidence",
            "must be 20 evidence statuses alongside the levels, got 19",
        ),
        (
            {"levels": [1] * 20, "accepted": [None] * 19},
            "accepted",
            "must be 20 accepted levels (or null)",
        ),
        ({"levels": {"16": 1, "16 ": 2}}, "levels.16 ", "indicator given more than once"),
    ],
    ids=str,
)
def test_parallel_lists_must_match_the_indicators_iid_iga_3_3(
    changes: dict[str, Any], field: str, message_en: str
) -> None:
    """Levels, evidence and verifier's levels are parallel to the 20 SID indicators, each
    indicator given once."""
    with pytest.raises(InvalidInput) as exc:
        score_year(_first(**changes))
    assert (exc.value.field or "").startswith(f"regions[0].innovations[0].{field}")
    assert exc.value.message_en == message_en


def test_innovation_ids_are_text_and_unique_within_a_region() -> None:
    """A numeric innovation id is read as its text: 7 and "7" are the same innovation."""
    doc = _first(id=7)
    result = score_year(doc)
    assert result.innovations[0].innovation_id == "7"
    doc["regions"][0]["innovations"][1]["id"] = "7"
    with pytest.raises(InvalidInput) as exc:
        score_year(doc)
    assert (exc.value.field or "").startswith("regions[0].innovations[1].id")
    rid = doc["regions"][0]["id"]
    assert exc.value.message_en == f"innovation id '7' used twice in region '{rid}'"


def test_mapping_forms_of_evidence_and_verifier_levels_score_iid_iga_3_8() -> None:
    """Evidence and verifier's levels given by indicator key score as their list forms."""
    levels = [2] * 20
    listed = score_year(
        _first(levels=levels, evidence="R" + "A" * 19, accepted=[None, 1] + [None] * 18),
        projection="verified",
    )
    mapped = score_year(
        _first(
            levels=levels,
            evidence={**{str(n): "diterima" for n in range(17, 36)}, "16": "ditolak"},
            accepted={"17": 1},
        ),
        projection="verified",
    )
    plain = score_year(
        _first(levels=levels, evidence="A" * 20, accepted=None), projection="verified"
    )
    assert mapped.innovations[0] == listed.innovations[0]
    assert listed.innovations[0].maturity < plain.innovations[0].maturity


def test_an_spd_score_out_of_bounds_is_refused_with_its_value_iid_iga_3_4() -> None:
    """A precomputed SPD score lies in 0..the SPD maximum (63 in 2026)."""
    doc = example()
    reg = doc["regions"][0]
    for k in ("spd", "spd_evidence", "spd_accepted"):
        reg.pop(k, None)
    reg["spd_score"] = "63.5"
    with pytest.raises(InvalidInput) as exc:
        score_year(doc)
    assert (exc.value.field or "").startswith("regions[0].spd_score")
    assert exc.value.value == "63.5"
    assert exc.value.message_en == "the SPD score must be 0..63"


def test_region_details_follow_the_record_iid_iga_3_4() -> None:
    """The engine's result of a region equals its row for a region without innovations,
    for SPD verifier's levels under "verified", and lists a mapping's absent indicators as
    missing."""
    doc = example()
    doc["regions"][0].pop("innovations")
    reg = doc["regions"][1]
    reg.pop("spd_score", None)
    reg["spd"] = [3] * 20
    reg["spd_evidence"] = "A" * 20
    reg["spd_accepted"] = [1] * 20
    inv = reg["innovations"][0]
    inv["levels"] = {"16": 2, "20": 3}
    inv.pop("evidence", None)
    inv.pop("accepted", None)
    result = score_year(doc, projection="verified")
    for row in result.regions:
        assert result.region(row.id).result.value == row.value
    lowered = score_year(doc, projection="verified").regions[1].spd
    reg.pop("spd_accepted")
    assert score_year(doc, projection="verified").regions[1].spd > lowered
    detail = result.region(reg["id"]).maturity(inv["id"])
    assert len(detail.missing) == 18
    assert "16" not in detail.missing
