"""Rules as data (issue 12): the rule-file loader, run-time extension and its integrity checks.

The checks are the domain reference's (shared/domain/README.md rules 2 and 6, iid_iga.md §3,
§6): maxima and weight sums derived and equal to the stated ones, predicate bands covering
0..100 without gaps or overlaps, no number without a citation, validity intervals without
gaps or overlaps. A user's file is checked exactly like a shipped one.
"""

from __future__ import annotations

import importlib
import importlib.util
import json
import re
import tomllib
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from inovasi_daerah import clinic, iga
from inovasi_daerah.cli import main
from inovasi_daerah.errors import DataIntegrityError, InovasiDaerahError
from inovasi_daerah.iga import files
from inovasi_daerah.law import Status

ROOT = Path(__file__).resolve().parents[1]
editions_module = importlib.import_module("inovasi_daerah.iga.registry")
EXAMPLE = ROOT / "docs" / "examples" / "aturan_iga_2027.toml"


@pytest.fixture(autouse=True)
def _isolated_registry(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every test starts from the shipped editions; user files loaded here are forgotten."""
    reg = editions_module.REGISTRY
    list(reg)  # load the shipped editions
    monkeypatch.setattr(reg, "_sets", list(reg._sets))
    monkeypatch.setattr(editions_module, "_USER_EDITIONS", {})
    monkeypatch.setattr(editions_module, "_USER_FORECASTS", {})
    monkeypatch.setattr(files, "_USER_RAW", {})
    return


def _write(tmp_path: Path, text: str, name: str = "edisi.toml") -> Path:
    p = tmp_path / name
    p.write_text(text, encoding="utf-8")
    return p


def _variant(tmp_path: Path, old: str, new: str, name: str = "edisi.toml") -> Path:
    text = EXAMPLE.read_text(encoding="utf-8")
    assert old in text
    return _write(tmp_path, text.replace(old, new, 1), name)


def _refused(path: Path, *words: str) -> str:
    with pytest.raises(DataIntegrityError) as exc:
        iga.load_edition(path)
    # issue 9: a user's rule file gets its error in both languages; ``words`` are English
    message = exc.value.text("en")
    assert exc.value.message_en is not None, str(exc.value)
    assert path.name in message
    assert path.name in str(exc.value)
    for w in words:
        assert w in message, message
    return message


class TestShippedFiles:
    def test_every_shipped_edition_comes_from_a_file(self) -> None:
        # The registry holds what the rule files say (issue 12: no rule constant in Python).
        ids = {e.id for e in iga.editions(forecast=True)}
        assert ids == set(files.shipped_files())
        for ident in ids:
            assert files.shipped_edition(ident) in iga.editions(forecast=True)

    def test_loaded_once_per_process(self) -> None:
        assert files.shipped_edition("iga-2026") is files.shipped_edition("iga-2026")

    def test_provisional_editions_extend_2023(self) -> None:
        # iid_iga.md §14: 2024 and 2025 inherit the 2023 catalogue, re-cited UNCERTAIN.
        raw, _ = files._shipped_raw("iga-2024")
        assert raw["extends"] == "iga-2023"
        assert "indicator" not in raw  # only what differs is written
        e = iga.edition(2024)
        assert e.indicator(17).citation.status is Status.UNCERTAIN
        assert e.indicators[0].number == iga.edition(2023).indicators[0].number

    def test_forecasts_are_marked(self) -> None:
        # iid_iga.md §3.5: 2027-2029 are THIRD-PARTY forecasts, not rules in force.
        for year, k in ((2027, 14), (2028, 16), (2029, 18)):
            f = iga.edition(year, forecast=True)
            assert f.forecast
            assert f.divisor_k.get() == k
        assert iga.edition_for("2028-05-01").id == "iga-2026"


class TestUserEdition:
    def test_2027_example_loads_scores_and_is_found_by_date(self) -> None:
        """A 2027 file extending 2026 with a changed divisor and band, end to end."""
        e = iga.load_edition(EXAMPLE)
        assert e.id == "iga-2027"
        assert e.year == 2027
        assert e.divisor_k.get() == 14
        assert e.band(iga.Predicate.SANGAT_INOVATIF).low == Decimal("70.01")
        # everything else is 2026's, and the maxima are still derived (250)
        assert e.total_max == Decimal(250)
        assert e.indicator(33).bases == iga.edition(2026).indicator(33).bases
        assert iga.edition_for("2027-03-01") is e
        assert iga.edition(2027) is e
        assert iga.edition_for("2026-12-31").id == "iga-2026"
        assert iga.edition_for("2026-12-31").valid_to == date(2026, 12, 31)
        # scoring: 68.00 is Sangat Inovatif in 2026 but Inovatif under the 2027 file
        assert iga.edition(2026).predicate("68.00") is iga.Predicate.SANGAT_INOVATIF
        assert e.predicate("68.00") is iga.Predicate.INOVATIF
        levels = dict.fromkeys(range(16, 36), 2)
        e26 = iga.edition(2026)
        m26, m27 = iga.maturity(levels, e26), iga.maturity(levels, e)
        r26 = iga.index(spd=40, maturities=[m26] * 12, yandas_covered=6, rules=e26)
        r27 = iga.index(spd=40, maturities=[m27] * 12, yandas_covered=6, rules=e)
        assert r27.value < r26.value  # divides by MAX(14, 12) = 14 instead of 12

    def test_results_name_the_file_and_carry_its_statuses(self) -> None:
        e = iga.load_edition(EXAMPLE)
        m = iga.maturity(dict.fromkeys(range(16, 36), 3), e)
        r = iga.index(spd=63, maturities=[m] * 20, yandas_covered=6, rules=e)
        text = str(r.to_dict())
        assert "aturan_iga_2027.toml" in text
        assert e.citation.url is not None
        assert e.citation.url.startswith("file:")
        assert e.divisor_k.citation.status is Status.UNCERTAIN
        assert r.uncertain

    def test_diff_works_on_a_loaded_edition(self) -> None:
        e = iga.load_edition(EXAMPLE)
        d = clinic.diff(iga.edition(2026), e)
        assert {c.key for c in d.params} >= {"divisor_k", "bands"}
        assert not d.added
        assert not d.removed

    def test_bulk_path_uses_a_loaded_edition(self) -> None:
        import json

        e = iga.load_edition(EXAMPLE)
        data = json.loads((ROOT / "docs" / "examples" / "year_small.json").read_text())
        data["edition"] = 2027
        year = iga.score_year(data, e)
        first = year.regions[0]
        assert first.divisor >= 14
        assert year.region(first.id).result.value == first.value

    def test_loading_again_replaces_the_earlier_file(self, tmp_path: Path) -> None:
        iga.load_edition(EXAMPLE)
        p = _variant(tmp_path, "value = 14", "value = 15")
        assert iga.load_edition(p).divisor_k.get() == 15
        assert iga.edition(2027).divisor_k.get() == 15

    def test_a_file_may_extend_a_loaded_user_file(self, tmp_path: Path) -> None:
        iga.load_edition(EXAMPLE)
        p = _write(
            tmp_path,
            'id = "iga-2028"\nextends = "iga-2027"\nyear = 2028\n'
            'title = { id = "IGA 2028", en = "IGA 2028" }\nvalid = { from = 2028-01-01 }\n'
            "[parameters.divisor_k]\nvalue = 16\n"
            'cite = { base = "pedoman_2027", article = "prognosis" }\n',
        )
        e = iga.load_edition(p)
        assert e.divisor_k.get() == 16
        assert e.band(iga.Predicate.SANGAT_INOVATIF).low == Decimal("70.01")
        assert iga.edition_for("2027-12-31").id == "iga-2027"
        assert iga.edition_for("2030-01-01") is e


class TestIntegrityChecks:
    """Each check of the loader, refused with the file, the table and the key named."""

    def test_unknown_key(self, tmp_path: Path) -> None:
        p = _variant(tmp_path, "value = 14", "value = 14\nvalu = 15")
        _refused(p, "[parameters.divisor_k]", "valu", "unknown key")

    def test_unknown_key_in_an_indicator_level(self, tmp_path: Path) -> None:
        text = (ROOT / "src/inovasi_daerah/rules/iga/2026.toml").read_text(encoding="utf-8")
        p = _write(tmp_path, text.replace('bounds = "1-10"', 'bonds = "1-10"', 1))
        _refused(p, "indicator 17.level 1", "bonds")

    def test_maxima_are_derived_not_copied(self, tmp_path: Path) -> None:
        # Rule 6: Σ bobot × 3 must give the stated SID 111; a changed weight is refused.
        p = _variant(
            tmp_path,
            "# Lampiran I butir XI.B",
            '[[indicator]]\nnumber = "35"\nweight = "5"\n\n# Lampiran I butir XI.B',
        )
        _refused(p, "stated_maxima", "sid_weight")

    def test_bands_with_a_gap(self, tmp_path: Path) -> None:
        p = _variant(tmp_path, 'low = "70.01"', 'low = "70.02"')
        _refused(p, "bands", "gap")

    def test_bands_overlapping(self, tmp_path: Path) -> None:
        p = _variant(tmp_path, 'low = "70.01"', 'low = "69.50"')
        _refused(p, "bands", "overlap")

    def test_bands_not_reaching_100(self, tmp_path: Path) -> None:
        p = _variant(tmp_path, 'high = "100.00"', 'high = "99.00"')
        _refused(p, "bands", "0..100")

    def test_a_number_without_citation(self, tmp_path: Path) -> None:
        # No uncited number: a parameter table without `cite` in a standalone file.
        text = (ROOT / "src/inovasi_daerah/rules/iga/2026.toml").read_text(encoding="utf-8")
        i = text.index("[parameters.sji_n_cap]")
        j = text.index('cite = "lampiran_i_butir_xi_b"', i)
        p = _write(tmp_path, text[:j] + text[j + len('cite = "lampiran_i_butir_xi_b"') :])
        _refused(p, "[parameters.sji_n_cap]", "cite", "required key missing")

    def test_a_citation_without_status(self, tmp_path: Path) -> None:
        p = _variant(tmp_path, 'status = "UNCERTAIN"\nnote = "illustrative', 'note = "illustr')
        _refused(p, "status")

    def test_a_named_citation_that_does_not_exist(self, tmp_path: Path) -> None:
        p = _variant(tmp_path, 'cite = "pedoman_2027"', 'cite = "pedoman_2072"')
        _refused(p, "pedoman_2072")

    def test_validity_overlapping_a_closed_edition(self, tmp_path: Path) -> None:
        # Rule 2: no overlaps; 2025 is closed (ends 2025-12-31).
        p = _variant(tmp_path, "valid = { from = 2027-01-01 }", "valid = { from = 2025-06-01 }")
        _refused(p, "overlap")

    def test_validity_leaving_a_gap(self, tmp_path: Path) -> None:
        # Rule 2: no gaps. A closed 2027 followed by a 2029 file leaves 2028 uncovered.
        closed = "valid = { from = 2027-01-01, to = 2027-12-31 }"
        iga.load_edition(_variant(tmp_path, "valid = { from = 2027-01-01 }", closed, "a.toml"))
        text = EXAMPLE.read_text(encoding="utf-8")
        text = text.replace('id = "iga-2027"', 'id = "iga-2029"').replace(
            "year = 2027", "year = 2029"
        )
        text = text.replace("valid = { from = 2027-01-01 }", "valid = { from = 2029-01-01 }")
        with pytest.raises(DataIntegrityError, match="celah") as exc:
            iga.load_edition(_write(tmp_path, text, "b.toml"))
        assert "b.toml" in exc.value.text("en")
        assert "gap between iga-2027 and iga-2029" in exc.value.text("en")
        assert "iga-2029" not in {e.id for e in iga.editions()}  # nothing changed
        assert iga.edition_for("2027-06-01").id == "iga-2027"

    def test_extends_cycle_and_unknown_parent(self, tmp_path: Path) -> None:
        p = _variant(tmp_path, 'extends = "iga-2026"', 'extends = "iga-2027"')
        _refused(p, "cycle")
        p = _variant(tmp_path, 'extends = "iga-2026"', 'extends = "iga-2062"')
        with pytest.raises(DataIntegrityError, match="iga-2062"):
            iga.load_edition(p)

    def test_a_decimal_written_as_a_float(self, tmp_path: Path) -> None:
        # Exact arithmetic: TOML floats are binary; decimals are written as strings.
        p = _variant(tmp_path, 'low = "70.01"', "low = 70.01")
        _refused(p, "low", "decimal")

    def test_unreadable_bounds_and_missing_direction(self, tmp_path: Path) -> None:
        text = (ROOT / "src/inovasi_daerah/rules/iga/2026.toml").read_text(encoding="utf-8")
        p = _write(tmp_path, text.replace('bounds = "1-10"', 'bounds = "satu"', 1))
        _refused(p, "indicator 17.level 1", "bounds")
        p = _write(tmp_path, re.sub(r'direction = "higher_better"\n', "", text, count=1))
        _refused(p, "direction")

    def test_open_parameter_with_a_value(self, tmp_path: Path) -> None:
        p = _variant(tmp_path, "value = 14", "value = 14\nopen = true")
        _refused(p, "open")

    def test_a_shipped_id_cannot_be_replaced(self, tmp_path: Path) -> None:
        p = _variant(tmp_path, 'id = "iga-2027"', 'id = "iga-2025"')
        with pytest.raises(InovasiDaerahError):
            iga.load_edition(p)

    def test_not_toml_and_missing_file(self, tmp_path: Path) -> None:
        _refused(_write(tmp_path, "id = = 3"), "TOML")
        with pytest.raises(DataIntegrityError):
            iga.load_edition(tmp_path / "tidak_ada.toml")


class TestExportAndSchema:
    """`inovasi-daerah aturan [EDISI] --json` and `inovasi-daerah schema aturan`."""

    def test_aturan_json_gives_the_resolved_data_with_citations(
        self, capsys: pytest.CaptureFixture[str]
    ) -> None:
        assert main(["aturan", "2024", "--json"]) == 0
        data = json.loads(capsys.readouterr().out)
        assert data["id"] == "iga-2024"
        # resolved: the catalogue inherited from 2023 is there, re-cited UNCERTAIN
        assert len(data["indicators"]) == len(iga.edition(2023).indicators)
        assert data["indicators"][-1]["citation"]["status"] == "UNCERTAIN"
        assert data["parameters"]["divisor_k"]["value"] == 10
        assert data["parameters"]["divisor_k"]["citation"]["status"] == "UNCERTAIN"
        assert data["derived"]["total_max"] == "250"

    def test_aturan_default_forecast_and_user_file(
        self, capsys: pytest.CaptureFixture[str]
    ) -> None:
        assert main(["aturan"]) == 0
        assert "iga-2026" in capsys.readouterr().out
        assert main(["aturan", "2028", "--json"]) == 0
        assert json.loads(capsys.readouterr().out)["forecast"] is True
        assert main(["aturan", str(EXAMPLE), "--json", "--lang", "en"]) == 0
        data = json.loads(capsys.readouterr().out)
        assert data["parameters"]["divisor_k"]["value"] == 14
        assert "aturan_iga_2027.toml" in data["citation"]["note"]

    def test_aturan_unknown_edition(self, capsys: pytest.CaptureFixture[str]) -> None:
        assert main(["aturan", "iga-1999"]) == 2
        assert "edisi" in capsys.readouterr().err

    def test_schema_describes_every_key_of_every_shipped_file(
        self, capsys: pytest.CaptureFixture[str]
    ) -> None:
        assert main(["schema", "aturan"]) == 0
        schema = json.loads(capsys.readouterr().out)
        assert schema["additionalProperties"] is False
        assert "parameters" in schema["then"]["required"]

        def walk(value: object, node: dict[str, Any], path: str) -> None:
            if "oneOf" in node:  # a citation: a name or a table
                if isinstance(value, dict):
                    walk(value, node["oneOf"][1], path)
                return
            if isinstance(value, dict):
                props = node.get("properties")
                if props is None:
                    for k, v in value.items():
                        walk(v, node["additionalProperties"], f"{path}.{k}")
                    return
                for k, v in value.items():
                    assert k in props, f"{path}.{k} not in the schema"
                    walk(v, props[k], f"{path}.{k}")
            elif isinstance(value, list) and "items" in node:
                for v in value:
                    walk(v, node["items"], path)

        for path in files.shipped_files().values():
            walk(tomllib.loads(path.read_text(encoding="utf-8")), schema, path.name)

    def test_schema_validates_the_files_with_jsonschema(self) -> None:
        jsonschema = pytest.importorskip("jsonschema")
        schema = files.edition_schema()
        for path in [*files.shipped_files().values(), EXAMPLE]:
            raw = tomllib.loads(path.read_text(encoding="utf-8"))
            jsonschema.validate(json.loads(json.dumps(raw, default=str)), schema)


def test_docs_catalogue_and_parameter_tables_are_generated_from_the_files() -> None:
    """docs/iga.md's catalogue and parameter tables equal what docs/catalogue.py renders."""
    spec = importlib.util.spec_from_file_location("docs_catalogue", ROOT / "docs" / "catalogue.py")
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    text = (ROOT / "docs" / "iga.md").read_text(encoding="utf-8")
    assert module.updated(text) == text, "run: python docs/catalogue.py"


def test_docs_rules_as_data_example_runs_and_matches_the_file(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """docs/rules-as-data.md: its Python block runs as written (from the repository root) and
    its TOML block is the example file's data."""
    text = (ROOT / "docs" / "rules-as-data.md").read_text(encoding="utf-8")
    from inovasi_daerah.skp import regional

    monkeypatch.setattr(regional, "_USER_RULES", {})
    blocks = re.findall(r"```python\n(.*?)```", text, flags=re.DOTALL)
    assert len(blocks) == 2
    monkeypatch.chdir(ROOT)
    scope: dict[str, object] = {}
    for block in blocks:
        exec(compile(block, "docs/rules-as-data.md", "exec"), scope)  # our own docs
    assert scope["rule"] in regional.regional_rules()
    assert "aturan_iga_2027.toml" in capsys.readouterr().out
    toml_block = re.findall(r"```toml\n(.*?)```", text, flags=re.DOTALL)[0]
    documented = tomllib.loads(toml_block)
    actual = tomllib.loads(EXAMPLE.read_text(encoding="utf-8"))
    assert {k: v for k, v in actual.items() if k != "notes"} == documented


class TestRegionalRuleFiles:
    """skp.md §8: regional rules as files; a user's Perbup loads like a shipped Pergub."""

    REGIONAL = ROOT / "docs" / "examples" / "aturan_daerah_contoh.toml"

    @pytest.fixture(autouse=True)
    def _forget_user_rules(self, monkeypatch: pytest.MonkeyPatch) -> None:
        from inovasi_daerah.skp import regional

        monkeypatch.setattr(regional, "_USER_RULES", {})

    def test_shipped_rules_come_from_files(self) -> None:
        from inovasi_daerah import skp

        assert [r.id for r in skp.REGIONAL_RULES] == [
            "kepri_pergub_38_2025",
            "payakumbuh_nilai_tambah_skp",
        ]
        assert skp.KEPRI_PERGUB_38_2025.valid_from == date(2026, 1, 1)
        assert skp.PAYAKUMBUH_NILAI_TAMBAH.value is None
        assert skp.PAYAKUMBUH_NILAI_TAMBAH.uncertain

    def test_user_rule_loads_and_credits_points(self) -> None:
        """A Perbup giving 2 points to an applied innovation's innovator, end to end."""
        from inovasi_daerah import skp
        from inovasi_daerah.models import Innovation, Innovator

        rule = skp.load_regional_rule(self.REGIONAL)
        assert rule.value == Decimal(2)
        assert rule in skp.regional_rules()
        assert "aturan_daerah_contoh.toml" in (rule.citation.note or "")
        rina = Innovator(
            nama="Rina",
            asn=True,
            peran="ketua_tim",
            jenis_jabatan="fungsional",
            jenjang="Ahli Muda",
        )
        inv = Innovation(
            nama_inovasi="A",
            bentuk="pelayanan publik",
            tahapan="penerapan",
            inisiator="ASN",
            inovator=[rina],
            waktu_penerapan="2024-03-01",
        )
        r = skp.credit(
            rina, [inv], skp.Period.year(2024), regional_rules=[rule], region="Kab. Contoh"
        )
        assert r.points == 2
        assert rule.citation in r.uncertain_citations

    def test_a_case_file_may_name_a_loaded_rule(self) -> None:
        from inovasi_daerah import skp
        from inovasi_daerah.skp.case import SkpCase

        raw = json.loads((ROOT / "docs" / "examples" / "skp_case.json").read_text())
        raw["aturan_daerah"] = ["perbup_contoh_1_2024"]
        with pytest.raises(InovasiDaerahError):
            SkpCase.model_validate(raw)  # unknown until loaded
        rule = skp.load_regional_rule(self.REGIONAL)
        assert SkpCase.model_validate(raw).rules() == (rule,)

    def test_errors_name_the_file_and_key(self, tmp_path: Path) -> None:
        from inovasi_daerah import skp

        text = self.REGIONAL.read_text(encoding="utf-8")
        bad = {
            "valu": text.replace('value = "2"', 'valu = "2"'),
            "decimal": text.replace('value = "2"', "value = 2.5"),
            "UNCERTAIN": text.replace('value = "2"\n', "").replace(
                'cite.status = "UNCERTAIN"', 'cite.status = "VERIFIED"'
            ),
            "kind": text.replace('kind = "points"', 'kind = "poin"'),
            "cite": text.replace('cite.instrument = "Perbup Contoh 1/2024 (contoh)"\n', "")
            .replace('cite.article = "Pasal 5"\n', "")
            .replace('cite.status = "UNCERTAIN"\n', "")
            .replace('cite.note = "illustrative example of a user\'s regional rule file"\n', ""),
        }
        for word, content in bad.items():
            p = _write(tmp_path, content, "perbup.toml")
            with pytest.raises(DataIntegrityError) as exc:
                skp.load_regional_rule(p)
            assert "perbup.toml" in str(exc.value)
            assert word in str(exc.value), (word, str(exc.value))
        shipped = (ROOT / "src/inovasi_daerah/rules/regional/kepri_pergub_38_2025.toml").read_text(
            encoding="utf-8"
        )
        with pytest.raises(DataIntegrityError, match="shipped"):
            skp.load_regional_rule(_write(tmp_path, shipped, "kepri.toml"))


class TestUserRegime:
    """skp.md §4, §10: a successor of PermenPANRB 6/2022 (or an agency's reading) from a file,
    checked like the shipped regime and found by regime_for by its dates."""

    SHIPPED = ROOT / "src" / "inovasi_daerah" / "rules" / "skp" / "permenpanrb_6_2022.toml"

    @pytest.fixture(autouse=True)
    def _forget_user_regimes(self, monkeypatch: pytest.MonkeyPatch) -> None:
        regime = importlib.import_module("inovasi_daerah.skp.regime")
        monkeypatch.setattr(regime.REGISTRY, "_sets", list(regime.REGISTRY._sets))
        monkeypatch.setattr(regime, "_USER_REGIMES", {})

    def _file(self, tmp_path: Path, valid: str = "valid = { from = 2027-01-01 }") -> Path:
        text = self.SHIPPED.read_text(encoding="utf-8")
        text = text.replace('id = "permenpanrb_6_2022"', 'id = "permenpanrb_contoh_2027"')
        text = text.replace("checked = 2026-11-01", f"checked = 2026-11-01\n{valid}")
        old = (
            '{ hasil_kerja = "di_atas_ekspektasi", perilaku = "sesuai_ekspektasi", '
            'predikat = "Baik" }'
        )
        assert old in text
        text = text.replace(old, old.replace('"Baik"', '"Sangat Baik"'))
        return _write(tmp_path, text, "permenpanrb_contoh_2027.toml")

    def test_a_2027_regime_loads_and_is_found_by_date(self, tmp_path: Path) -> None:
        from inovasi_daerah import skp
        from inovasi_daerah.models.skp import Predicate, Rating

        reg = skp.load_regime(self._file(tmp_path))
        assert skp.regime_for("2027-03-01") is reg
        before = skp.regime_for("2026-12-31")
        assert before.id == "permenpanrb_6_2022"
        assert before.valid_to == date(2026, 12, 31)
        pm6 = importlib.import_module("inovasi_daerah.skp.permenpanrb_6_2022")
        above, meets = Rating.ABOVE, Rating.MEETS
        assert pm6.predikat(above, meets).predicate is Predicate.GOOD
        assert pm6.predikat(above, meets, rules=reg).predicate is Predicate.VERY_GOOD
        assert "permenpanrb_contoh_2027.toml" in (reg.citation.note or "")
        parts = skp.split_by_regime({"mulai": "2026-07-01", "selesai": "2027-06-30"})
        assert [(p.start, p.end) for p in parts] == [
            (date(2026, 7, 1), date(2026, 12, 31)),
            (date(2027, 1, 1), date(2027, 6, 30)),
        ]

    def test_overlap_and_shipped_id_are_refused(self, tmp_path: Path) -> None:
        from inovasi_daerah import skp

        with pytest.raises(DataIntegrityError, match="tumpang tindih") as exc:
            skp.load_regime(self._file(tmp_path, "valid = { from = 2021-10-01 }"))
        assert "overlap" in exc.value.text("en")
        assert skp.regime_for("2021-11-01").id == "pp30_2019"  # nothing changed
        text = self.SHIPPED.read_text(encoding="utf-8")
        with pytest.raises(DataIntegrityError, match="shipped"):
            skp.load_regime(_write(tmp_path, text, "pm6.toml"))
