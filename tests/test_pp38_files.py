"""The PP 38/2017 rule file (issue 12): every provision as cited data, read by the generic loader,
checked at load with errors naming the file, the table and the key, and a user's own file."""

from __future__ import annotations

import inspect
from pathlib import Path

import pytest

from inovasi_daerah import pp38
from inovasi_daerah.errors import DataIntegrityError
from inovasi_daerah.law.load import rules_root
from inovasi_daerah.pp38 import checks
from inovasi_daerah.pp38.files import load_rules, shipped_rules
from inovasi_daerah.pp38.rules import REGISTRY

SHIPPED = rules_root() / "pp38" / "pp38_2017.toml"
TEXT = SHIPPED.read_text("utf-8")


def _variant(tmp_path: Path, old: str, new: str, name: str = "pp38_varian.toml") -> Path:
    """The shipped file with one passage replaced (it must occur), as a user's file."""
    assert old in TEXT, old
    path = tmp_path / name
    path.write_text(TEXT.replace(old, new, 1).replace('id = "pp38-2017"', 'id = "pp38-varian"'))
    return path


def _refused(path: Path, *parts: str, own: bool = True) -> DataIntegrityError:
    """Loading ``path`` fails naming every one of ``parts``; an error of the pp38 loader
    (``own``; the generic loader's are the errors branch's) carries its English text."""
    with pytest.raises(DataIntegrityError) as caught:
        load_rules(path)
    text = str(caught.value)
    for part in parts:
        assert part in text, (part, text)
    if own:
        assert caught.value.message_en, "every pp38 loader error has its English text"
    return caught.value


class TestShippedFile:
    def test_the_registry_holds_the_rule_set_read_from_the_file(self) -> None:
        """PP 38/2017 diundangkan 15 September 2017: the file's validity is the rule set's."""
        r = pp38.rules_for("2017-09-15")
        assert r is shipped_rules()
        assert r.valid_from.isoformat() == "2017-09-15"
        assert r.valid_to is None

    def test_every_row_carries_a_citation_with_status_and_checked_date(self) -> None:
        r = shipped_rules()
        rows = [
            *r.targets, *r.principles, *r.regional_principles, *r.forms, *r.criteria,
            *r.initiators, *r.proposal_fields, *r.route_steps, *r.transitions,
            *(q for t in r.transitions for q in t.requires),
        ]  # fmt: skip
        assert len(rows) > 40
        for row in rows:
            for c in row.citations:
                assert c.instrument, row.key
                assert c.checked, row.key

    def test_criteria_name_their_check_pasal_6(self) -> None:
        """Pasal 6: five criteria, numbered 1-5, each decided by a named check."""
        r = shipped_rules()
        assert [c.number for c in r.criteria] == [1, 2, 3, 4, 5]
        assert {c.check for c in r.criteria} <= set(checks.CRITERION_CHECKS)
        assert all(c.citation.article == "Pasal 6" for c in r.criteria)

    @pytest.mark.parametrize(
        "check",
        [*checks.CRITERION_CHECKS.values(), *(f for f, _ in checks.REQUIREMENT_CHECKS.values())],
    )
    def test_every_named_check_quotes_its_provision(self, check: object) -> None:
        doc = inspect.getdoc(check) or ""
        assert "Pasal" in doc

    def test_source_urls_agree_with_the_sources_table(self) -> None:
        r = shipped_rules()
        sources = dict(r.sources)
        for row in [*r.criteria, *r.route_steps, *r.transitions]:
            for c in row.citations:
                if c.url and c.source in sources:
                    assert c.url == sources[c.source]

    def test_module_constants_are_the_rule_set_rows(self) -> None:
        from inovasi_daerah.pp38 import data, pasal20, routes, transitions

        r = shipped_rules()
        assert data.CRITERIA is r.criteria
        assert routes.ASN_WRITTEN_PERMISSION in r.route_steps
        assert transitions.STOP_REPORTED is r.requirement("penghentian_dilaporkan_ke_litbang")
        assert r.adoption_facts == pasal20.ADOPTION_FACTS
        with pytest.raises(AttributeError):
            _ = data.NO_SUCH_NAME


class TestLoadErrors:
    def test_unknown_key_names_file_table_and_key(self, tmp_path: Path) -> None:
        path = _variant(tmp_path, "number = 5\n", "number = 5\nbobot = 3\n")
        _refused(path, "pp38_varian.toml", "criteria", "bobot", own=False)

    def test_unknown_state_in_a_transition(self, tmp_path: Path) -> None:
        path = _variant(tmp_path, 'target = "dilaporkan"', 'target = "diarsipkan"')
        _refused(path, "pp38_varian.toml", "pelaporan", "target", own=False)

    def test_unknown_requirement_in_a_transition(self, tmp_path: Path) -> None:
        path = _variant(tmp_path, 'requires = ["diterapkan"]', 'requires = ["disetujui_dprd"]')
        _refused(path, "transitions pelaporan", "requires", "disetujui_dprd")

    def test_unknown_check(self, tmp_path: Path) -> None:
        path = _variant(tmp_path, 'check = "fact_only"', 'check = "by_intuition"')
        _refused(path, "criteria", "check", "by_intuition", own=False)

    def test_fact_that_is_no_innovation_field(self, tmp_path: Path) -> None:
        path = _variant(
            tmp_path, 'fields = ["decided_on"]', 'fields = ["procedure.decided_by_perkada_on"]'
        )
        _refused(path, "requirements ditetapkan", "fields", "decided_by_perkada_on")

    def test_criterion_fact_must_be_a_criteria_field(self, tmp_path: Path) -> None:
        path = _variant(tmp_path, 'fact = "replicable"', 'fact = "replicated"')
        _refused(path, "criteria dapat_direplikasi", "fact")

    def test_unknown_named_citation(self, tmp_path: Path) -> None:
        path = _variant(tmp_path, 'cite = "kriteria"', 'cite = "kriteria_pasal_9"')
        _refused(path, "criteria", "kriteria_pasal_9", own=False)

    def test_url_that_contradicts_the_sources_table(self, tmp_path: Path) -> None:
        path = _variant(tmp_path, 'url = "https://daelpos.com/?p=49904"', 'url = "https://x.test"')
        _refused(path, "citations.", "url", "P8")

    def test_missing_criterion_fails_the_integrity_check(self, tmp_path: Path) -> None:
        """Pasal 6 has five criteria: a file with four is refused."""
        start = TEXT.index("[[criteria]]", TEXT.index("[[criteria]]") + 1)
        end = TEXT.index("[[criteria]]", start + 1)
        path = tmp_path / "empat.toml"
        path.write_text(TEXT[:start] + TEXT[end:])
        _refused(path, "empat.toml", "criteria")

    def test_transition_text_and_text_of_exclude_each_other(self, tmp_path: Path) -> None:
        path = _variant(
            tmp_path,
            'text_of = "reporting"',
            'text_of = "reporting"\ntext = { id = "a", en = "a" }',
        )
        _refused(path, "pelaporan", "text")


class TestUserFile:
    def test_a_user_file_is_used_as_rules_and_names_the_file(self, tmp_path: Path) -> None:
        """Pasal 20(2) huruf a: a region that refuses the inferred Perda branch writes its own
        file with the policy ``tidak_ditentukan``; results under it follow that policy."""
        path = _variant(
            tmp_path,
            'value = "perda"',
            'value = "tidak_ditentukan"',
            name="pergub_contoh.toml",
        )
        rules = load_rules(path)
        assert rules.id == "pp38-varian"
        assert "pergub_contoh.toml" in (rules.citation.note or "")
        inv = {
            "name": "X",
            "forms": ["tata_kelola"],
            "stage": "penerapan",
            "initiator": "asn",
            "adoption": {"internal_procedure_only": False},
        }
        assert pp38.adoption_instrument(inv).instrument is not None  # shipped: Perda
        assert pp38.adoption_instrument(inv, rules).instrument is None
        assert pp38.adoption_instrument(inv, rules).policy == "tidak_ditentukan"

    def test_register_puts_a_later_file_in_force(self, tmp_path: Path) -> None:
        path = _variant(tmp_path, "valid = { from = 2017-09-15 }", "valid = { from = 2030-01-01 }")
        before = list(REGISTRY._sets)
        try:
            rules = load_rules(path, register=True)
            assert pp38.rules_for("2030-06-01") is rules
            assert pp38.rules_for("2029-12-31").valid_to.isoformat() == "2029-12-31"
        finally:
            REGISTRY._sets = before
        assert pp38.rules_for("2030-06-01") is shipped_rules()

    def test_register_refuses_an_earlier_file(self, tmp_path: Path) -> None:
        path = _variant(tmp_path, "valid = { from = 2017-09-15 }", "valid = { from = 2016-01-01 }")
        with pytest.raises(DataIntegrityError, match=r"valid\.from"):
            load_rules(path, register=True)
        assert len(REGISTRY) == 1

    def test_the_shipped_id_cannot_be_loaded_again(self, tmp_path: Path) -> None:
        path = tmp_path / "salinan.toml"
        path.write_text(TEXT)
        with pytest.raises(DataIntegrityError, match="id"):
            load_rules(path)
