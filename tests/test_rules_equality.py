"""Rules as data (issue 12): the editions loaded from the rule files are the editions as they
were written in Python, field by field, and they score the example data identically through the
explained engine and the bulk path (iid_iga.md §3-§7, every shipped edition and forecast).

The fixture ``tests/fixtures/iga_editions_snapshot.json`` was written from the Python rule
data before the move (``python tests/rules_snapshot.py``); it changes only with a deliberate,
changelogged change of rule data.
"""

from __future__ import annotations

import importlib
import json
from typing import Any

import pytest

from inovasi_daerah import iga
from rules_snapshot import FIXTURE, _scores, edition_digest

SNAPSHOT: dict[str, Any] = json.loads(FIXTURE.read_text(encoding="utf-8"))
EDITIONS = {e.id: e for e in iga.editions(forecast=True)}


def test_every_shipped_edition_is_in_the_snapshot() -> None:
    assert sorted(EDITIONS) == sorted(SNAPSHOT)


@pytest.mark.parametrize("ident", sorted(SNAPSHOT))
def test_edition_data_unchanged(ident: str) -> None:
    """Every parameter, citation, indicator and level equals the snapshot (a failing key
    names the part that changed)."""
    got = edition_digest(EDITIONS[ident])
    want = SNAPSHOT[ident]["edition"]
    changed = [k for k in want if got.get(k) != want[k]]
    if "indicators" in changed:
        changed += [
            f"indicator {n}"
            for n in want["indicators"]
            if got["indicators"].get(n) != want["indicators"][n]
        ]
    assert not changed, f"{ident}: changed {changed}"
    assert got == want


@pytest.mark.parametrize("ident", sorted(SNAPSHOT))
def test_scores_unchanged_engine_and_bulk(ident: str) -> None:
    """Maturity, SPD, index over n and yandas, and a scored year (bulk rows and the explained
    engine's result for both projections) equal the snapshot."""
    got = _scores(EDITIONS[ident])
    want = SNAPSHOT[ident]["scores"]
    assert {k: got[k] == want[k] for k in want} == dict.fromkeys(want, True)


def test_regional_rules_unchanged() -> None:
    """skp.md §8: the shipped regional rules (Pergub Kepri 38/2025, Payakumbuh) equal the
    snapshot taken from their Python definitions before the move to rule files."""
    from inovasi_daerah.skp.regional import REGIONAL_RULES
    from rules_snapshot import canonical

    want = json.loads((FIXTURE.parent / "regional_rules_snapshot.json").read_text("utf-8"))
    got = {r.id: canonical(r) for r in REGIONAL_RULES}
    assert json.loads(json.dumps(got, ensure_ascii=False)) == want


def test_nip_layouts_unchanged() -> None:
    """Perka BKN 22/2007 and the NI PPPK layout (skp.md §6, §7): every NIP parameter equals
    the snapshot taken from its Python definition before the move to a rule file."""
    from inovasi_daerah import nip
    from rules_snapshot import canonical

    want = json.loads((FIXTURE.parent / "nip_layout_snapshot.json").read_text("utf-8"))
    got = {name: canonical(getattr(nip, name)) for name in want}
    assert json.loads(json.dumps(got, ensure_ascii=False)) == want


def test_permenpanrb_6_2022_regime_unchanged() -> None:
    """PermenPANRB 6/2022 (skp.md §4): the regime's matrix, distribution guidance, start and
    citations equal the snapshot taken from the Python definition before the move."""
    from inovasi_daerah.skp import permenpanrb_6_2022 as regime
    from rules_snapshot import canonical

    path = FIXTURE.parent / "skp_permenpanrb_6_2022_snapshot.json"
    want = json.loads(path.read_text("utf-8"))
    got = {"RULES": canonical(regime.RULES), "START": canonical(regime.START)}
    assert json.loads(json.dumps(got, ensure_ascii=False)) == want


def test_pp30_regime_unchanged() -> None:
    """PP 30/2019 + PermenPANRB 8/2021 (skp.md §3): weights, predikat bands, the Pasal 41
    ayat (5) innovation gate, conversion segments and kinerja tambahan factors equal the
    snapshot taken from the Python definition before the move."""
    from inovasi_daerah.skp import pp30
    from rules_snapshot import canonical

    path = FIXTURE.parent / "skp_pp30_2019_snapshot.json"
    want = json.loads(path.read_text("utf-8"))
    got = {"RULES": canonical(pp30.RULES)}
    assert json.loads(json.dumps(got, ensure_ascii=False)) == want


def test_angka_kredit_rules_unchanged() -> None:
    """PermenPANRB 1/2023 + Peraturan BKN 3/2023 (skp.md §5): percentages, koefisien,
    thresholds, jenjang order and the conversion start equal the snapshot taken from the
    Python definition before the move."""
    from rules_snapshot import canonical

    angka_kredit = importlib.import_module("inovasi_daerah.skp.permenpanrb_1_2023")
    path = FIXTURE.parent / "skp_angka_kredit_snapshot.json"
    want = json.loads(path.read_text("utf-8"))
    got = {
        "RULES": canonical(angka_kredit.RULES),
        "CONVERSION_START": canonical(angka_kredit.CONVERSION_START),
    }
    assert json.loads(json.dumps(got, ensure_ascii=False)) == want


def test_pp46_regime_unchanged() -> None:
    """PP 46/2011 + Perka BKN 1/2013 (skp.md §2): weights, time factor, tugas tambahan bands,
    kreativitas points and signers, perilaku aspects, predikat bands and the named policies
    equal the snapshot taken from the Python definition before the move."""
    from rules_snapshot import canonical

    pp46 = importlib.import_module("inovasi_daerah.skp.pp46")
    path = FIXTURE.parent / "skp_pp46_2011_snapshot.json"
    want = json.loads(path.read_text("utf-8"))
    got = {"RULES": canonical(pp46.RULES)}
    assert json.loads(json.dumps(got, ensure_ascii=False)) == want


def test_career_rules_unchanged() -> None:
    """PermenPANRB 1/2023 + Peraturan BKN 3/2023, career (skp.md §5.4, §5.6, §5.7): nilai
    dasar, golongan ranges, AK dasar, degree bonus, promotion conditions and the accrual policy
    equal the snapshot taken from the Python definition before the move."""
    from rules_snapshot import canonical

    career_rules = importlib.import_module("inovasi_daerah.skp.career_rules")
    path = FIXTURE.parent / "skp_career_rules_snapshot.json"
    want = json.loads(path.read_text("utf-8"))
    got = {"RULES": canonical(career_rules.RULES)}
    assert json.loads(json.dumps(got, ensure_ascii=False)) == want


def test_pp38_rules_unchanged() -> None:
    """PP 38/2017 Pasal 4, 6, 7, 10(3), 16–20 and UU 23/2014 Pasal 386–390 (pp38_2017.md):
    every provision, citation, parameter, route step, transition and public constant of the
    rule set, and every public pp38 function's result on a fixed sample of innovations, equal
    the snapshot taken from the Python definitions before the move to rule files."""
    from pp38_snapshot import FIXTURE as PP38_FIXTURE
    from pp38_snapshot import snapshot as pp38_snapshot

    want = json.loads(PP38_FIXTURE.read_text("utf-8"))
    got = json.loads(json.dumps(pp38_snapshot(), ensure_ascii=False))
    assert got["sample_size"] == want["sample_size"]
    for rule_set in want["rule_sets"]:
        assert got[rule_set] == want[rule_set], rule_set
    assert got["constants"] == want["constants"]
    pairs = zip(got["results"], want["results"], strict=True)
    changed = [i for i, (a, b) in enumerate(pairs) if a != b]
    assert not changed, f"results differ for sample innovations {changed[:10]}"
    assert got == want


def test_skp_switch_date_and_credit_citations_unchanged() -> None:
    """skp.md §1.1: the switch to PP 30/2019 + PermenPANRB 8/2021 (1 July 2021, SE Sekjen
    KemenkumHAM [K17], agency-dependent), its bounds (1 January 2021 … 1 January 2022) and the
    two citations of skp.credit equal their Python definitions before the move to
    rules/skp/common.toml."""
    from datetime import date

    from inovasi_daerah.law import Param, Status, T, cite
    from inovasi_daerah.skp import innovator_credit, regime

    switch, bounds = regime.PP30_START, (regime._EARLIEST_SWITCH, regime._LATEST_SWITCH)
    assert switch == Param(
        "pp30_start",
        date(2021, 7, 1),
        cite(
            "SE Sekjen KemenkumHAM SEK-04.KP.05.02/2021",
            None,
            Status.VERIFIED_SECONDARY,
            source="K17",
            note="SKP 2021 split Jan-Jun / Jul-Dec; also BKN slides [K20]; agency-dependent",
        ),
        T("Awal SKP PP 30/2019 (semester II 2021)", "Start of the PP 30/2019 SKP (2021 H2)"),
    )
    assert bounds == (date(2021, 1, 1), date(2022, 1, 1))
    covers = regime._COVERS
    assert covers == date(2014, 1, 1)
    milestone, asn_only = innovator_credit.MILESTONE_RULE, innovator_credit._ASN_ONLY
    assert milestone == cite(
        "inovasi_daerah (konvensi pustaka)",
        "kebijakan period_rule",
        Status.UNCERTAIN,
        note="no regulation says when an innovation counts in an SKP period; default "
        "any_milestone: a dated milestone or its surat keterangan falls in the period and the "
        "person has a role in it; alternative: application",
    )
    assert asn_only == cite(
        "PermenPANRB 6/2022",
        None,
        Status.VERIFIED_SECONDARY,
        source="K21",
        note="covers ASN = PNS and PPPK; PP 46/2011 and PP 30/2019 appraise PNS (skp.md §1, §4.1)",
    )


def test_skp_switch_date_must_match_the_regime_files(monkeypatch: pytest.MonkeyPatch) -> None:
    """One date in three places (skp.md §1.1): a switch date in rules/skp/common.toml other
    than the start of pp30_2019.toml (and the day after the end of pp46_2011.toml) is refused
    at load, naming the file and the key."""
    from datetime import date

    from inovasi_daerah.errors import DataIntegrityError
    from inovasi_daerah.skp import regime

    real = regime.load_shipped

    def moved(relative: str, spec: Any) -> Any:
        data, cites, where = real(relative, spec)
        data = {**data, "parameters": {**data["parameters"]}}
        data["parameters"]["pp30_start"] = {
            **data["parameters"]["pp30_start"],
            "value": date(2021, 8, 1),
        }
        return data, cites, where

    monkeypatch.setattr(regime, "load_shipped", moved)
    with pytest.raises(DataIntegrityError, match="pp30_2019") as caught:
        regime._load_common()
    assert "common.toml" in str(caught.value.field)
    assert caught.value.message_en
