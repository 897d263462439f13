"""Names renamed to the English convention keep working for one cycle (issue 14).

Every old field name of ``inovasi_daerah._legacy_names.FIELDS`` still loads as input and still
reads back as an attribute, with a DeprecationWarning naming the new name; output uses the new
names only. Every old class name of ``CLASSES`` is still importable, with the warning. The
migration table of docs/glossary.md lists every entry.
"""

from __future__ import annotations

import importlib
from pathlib import Path
from typing import Any

import pytest

from inovasi_daerah._legacy_names import ATTRIBUTES, CLASSES, FIELDS, RESULT_KEYS
from inovasi_daerah.errors import InvalidInput
from inovasi_daerah.models.enums import Tematik

_PAK = {"tanggal": "2022-12-31", "unsur_utama": "250", "unsur_penunjang": "37.5"}
_KT = {"predikat": "Baik", "bobot": "50", "nilai": "100"}

#: one input per renamed model, written with every old field name
OLD_INPUTS: dict[str, dict[str, Any]] = {
    "inovasi_daerah.models.career.ConventionalPak": _PAK,
    "inovasi_daerah.models.career.CareerStart": {
        "jenjang": "Ahli Muda",
        "golongan": "III/c",
        "ak": "50",
        "mulai": "2023-01-01",
        "tmt_pangkat": "2020-04-01",
        "tmt_jenjang": "2019-04-01",
    },
    "inovasi_daerah.models.career.PlannedPeriod": {
        "mulai": "2023-01-01",
        "selesai": "2023-12-31",
        "predikat": "Baik",
    },
    "inovasi_daerah.models.career.IntegrationEntry": {"pak": _PAK, "nilai_dasar": "200"},
    "inovasi_daerah.models.career.PeriodEntry": {
        "jenis": "periode",
        "mulai": "2023-01-01",
        "selesai": "2023-12-31",
        "predikat": "Sangat Baik",
    },
    "inovasi_daerah.models.career.BonusEntry": {
        "jenis": "ijazah",
        "tanggal": "2024-01-01",
        "predikat": "Baik",
    },
    "inovasi_daerah.models.career.PromotionEntry": {
        "jenis": "kenaikan_jenjang",
        "tanggal": "2024-04-01",
        "golongan": "III/d",
        "jenjang": "Ahli Madya",
    },
    "inovasi_daerah.models.innovation.Innovation": {
        "nama_inovasi": "Sistem antrean daring",
        "bentuk": "pelayanan_publik",
        "tahapan": "penerapan",
        "inisiator": "asn",
        "jenis": "digital",
        "tematik": next(iter(Tematik)).value,
        "perangkat_daerah": "Dinas Kesehatan",
    },
    "inovasi_daerah.models.innovator.Innovator": {
        "nama": "Rina",
        "jabatan_kind": "fungsional",
        "jabatan": "Analis Kebijakan",
        "jenjang": "Ahli Muda",
        "perangkat_daerah": "Bappeda",
    },
    "inovasi_daerah.models.skp.AdditionalPerformance": _KT,
    "inovasi_daerah.models.skp.InnovationRecognition": {
        "inovasi": "Sistem antrean daring",
        "kinerja_tambahan": _KT,
    },
    "inovasi_daerah.models.skp.CreditInputs": {
        "nilai_skp": "80",
        "nilai_perilaku": "85",
        "other_tugas_tambahan": 1,
        "other_kinerja_tambahan": "2",
        "rating_hasil_kerja": "sesuai_ekspektasi",
        "rating_perilaku": "di_atas_ekspektasi",
    },
    "inovasi_daerah.skp.career_input.CareerInput": {
        "jenjang": "Ahli Muda",
        "golongan": "III/c",
        "nilai_dasar": "200",
        "ak": "87.5",
        "tmt_pangkat": "2020-04-01",
        "tmt_jenjang": "2019-04-01",
        "predikat": "Baik",
        "predikat_with_innovation": "Sangat Baik",
        "predikat_history": {"2023": "Baik"},
        "formasi": True,
        "uji_kompetensi": True,
        "pengembangan_profesi": False,
    },
}


def _model(path: str) -> Any:
    module, name = path.rsplit(".", 1)
    return getattr(importlib.import_module(module), name)


def test_the_samples_use_every_old_field_name() -> None:
    """The inputs below cover the whole table (a new entry needs a sample)."""
    assert set(OLD_INPUTS) == set(FIELDS)
    for path, renamed in FIELDS.items():
        assert set(renamed) <= set(OLD_INPUTS[path]), path


@pytest.mark.parametrize("path", sorted(FIELDS))
def test_old_field_names_load_and_read_back_with_a_warning(path: str) -> None:
    """Stored JSON with the old names loads; the old attribute returns the new field's value
    with a DeprecationWarning naming the new name; output has only the new names."""
    cls = _model(path)
    obj = cls.model_validate(OLD_INPUTS[path])
    for old, new in FIELDS[path].items():
        with pytest.warns(DeprecationWarning, match=f"{old!r} is deprecated.*use {new!r}"):
            value = getattr(obj, old)
        assert value == getattr(obj, new)
        assert getattr(obj, new) is not None
    dumped = obj.model_dump()
    assert set(FIELDS[path].values()) <= set(dumped)
    assert not set(FIELDS[path]) & set(dumped)
    # the output reads back unchanged, and so does the input given as JSON text
    assert cls.from_json(obj.to_json()) == obj
    assert cls.model_validate_json(obj.to_json()) == cls.model_validate(dumped)


@pytest.mark.parametrize("path", sorted(FIELDS))
def test_model_copy_with_an_old_name_sets_the_new_field(path: str) -> None:
    """``model_copy(update={old: value})`` changes the field (with the warning): an old name
    is never silently ignored (pydantic would keep it as a stray attribute)."""
    obj = _model(path).model_validate(OLD_INPUTS[path])
    old, new = next(iter(FIELDS[path].items()))
    other = obj.model_copy()  # a value of the right type: the field's own, or None
    with pytest.warns(DeprecationWarning, match=f"{old!r} is deprecated.*use {new!r}"):
        copy = obj.model_copy(update={old: None})
    assert getattr(copy, new) is None
    assert old not in copy.__dict__
    assert getattr(other, new) == getattr(obj, new)


@pytest.mark.parametrize("path", sorted(FIELDS))
def test_an_old_attribute_cannot_be_assigned(path: str) -> None:
    """The deprecated attribute is read-only, like the frozen model's fields."""
    obj = _model(path).model_validate(OLD_INPUTS[path])
    old = next(iter(FIELDS[path]))
    with pytest.raises((AttributeError, TypeError, ValueError)):
        setattr(obj, old, None)


def test_old_and_new_name_together_is_refused() -> None:
    """Both names of one field in the same input: the old one is an unknown extra key, as
    for any two aliases of a field (never a silent choice between two values)."""
    data = {**OLD_INPUTS["inovasi_daerah.models.skp.AdditionalPerformance"], "score": "90"}
    with pytest.raises(InvalidInput, match="nilai"):
        _model("inovasi_daerah.models.skp.AdditionalPerformance").model_validate(data)


@pytest.mark.parametrize(
    ("module", "old", "new"),
    [(m, o, n) for m, table in CLASSES.items() for o, n in table.items()],
)
def test_old_class_names_import_with_a_warning(module: str, old: str, new: str) -> None:
    """``from module import Old`` gives the new class with a DeprecationWarning (PEP 562);
    ``__all__`` lists only the new name."""
    mod = importlib.import_module(module)
    with pytest.warns(DeprecationWarning, match=f"{old}' is deprecated.*use {new!r}"):
        cls = getattr(mod, old)
    assert cls is getattr(mod, new)
    assert new in mod.__all__
    assert old not in mod.__all__
    # every access warns (the old name is never cached in the module)
    with pytest.warns(DeprecationWarning, match=new):
        getattr(mod, old)


def test_unknown_names_still_raise_attribute_error() -> None:
    """The modules' ``__getattr__`` answers only the renamed classes."""
    for module in CLASSES:
        with pytest.raises(AttributeError):
            importlib.import_module(module).NoSuchName  # noqa: B018


def test_old_enum_classes_keep_their_members_and_values() -> None:
    """An old class name is the same enum: same members, same values (stored JSON)."""
    from inovasi_daerah import skp

    with pytest.warns(DeprecationWarning, match="Predicate"):
        old = skp.Predikat
    assert old("Sangat Baik") is skp.Predicate.VERY_GOOD
    assert [p.value for p in old] == [p.value for p in skp.Predicate]


def test_the_glossary_lists_every_rename() -> None:
    """docs/glossary.md (migration table) names every old → new pair of the table."""
    glossary = (Path(__file__).resolve().parent.parent / "docs" / "glossary.md").read_text()
    pairs = [p for t in FIELDS.values() for p in t.items()]
    pairs += [p for t in CLASSES.values() for p in t.items()]
    pairs += [p for t in RESULT_KEYS.values() for p in t.items()]
    pairs += [p for t in ATTRIBUTES.values() for p in t.items()]
    missing = [f"{o} → {n}" for o, n in pairs if f"`{o}` → `{n}`" not in glossary]
    assert missing == []


def test_old_explanation_keys_still_find_their_node() -> None:
    """``Explanation.find`` with a key before the renames gives the node under its new key,
    with a DeprecationWarning naming it: whole keys and keys ending in a data id."""
    from inovasi_daerah import pp38, skp
    from inovasi_daerah.examples import payakumbuh

    tree = skp.angka_kredit("Baik", "Ahli Muda", months=6).explanation
    with pytest.warns(DeprecationWarning, match="'angka_kredit' is deprecated.*'credit'"):
        node = tree.find("angka_kredit")
    assert node is tree.find("credit")
    assert node is not None
    tree = pp38.check_criteria(payakumbuh().innovations[0]).explanation
    new = next(n.key for n in tree.walk() if n.key.startswith("pp38.criteria."))
    old = "pp38.kriteria." + new.removeprefix("pp38.criteria.")
    with pytest.warns(DeprecationWarning, match=f"{old!r} is deprecated.*{new!r}"):
        assert tree.find(old) is tree.find(new)
    # a key that never existed: None, no warning
    assert tree.find("no_such_key") is None


def test_old_input_keys_still_answer() -> None:
    """``node.inputs[old]`` and ``node.inputs.get(old)`` answer with the new key's value and
    a DeprecationWarning; an unknown key still raises KeyError / gives the default."""
    from inovasi_daerah import skp

    node = skp.angka_kredit("Baik", "Ahli Muda", months=6).explanation
    assert "months" in node.inputs
    assert "bulan" not in node.inputs
    with pytest.warns(DeprecationWarning, match="'bulan' is deprecated.*'months'"):
        assert node.inputs["bulan"] == node.inputs["months"] == 6
    with pytest.warns(DeprecationWarning, match="'koefisien'.*'coefficient'"):
        assert node.inputs.get("koefisien") == node.inputs["coefficient"]
    with pytest.raises(KeyError):
        node.inputs["no_such_input"]
    assert node.inputs.get("no_such_input", "-") == "-"
    assert dict(node.inputs) == node.to_dict()["inputs"] | dict(node.inputs)


def test_the_glossary_lists_every_explanation_rename() -> None:
    """docs/glossary.md names every old → new explanation key, prefix and input key."""
    from inovasi_daerah._legacy_names import EXPLANATION_KEYS, EXPLANATION_PREFIXES, INPUT_KEYS

    glossary = (Path(__file__).resolve().parent.parent / "docs" / "glossary.md").read_text()
    pairs = [*EXPLANATION_KEYS.items(), *INPUT_KEYS.items()]
    pairs += [(f"{o}*", f"{n}*") for o, n in EXPLANATION_PREFIXES.items()]
    missing = [f"{o} → {n}" for o, n in pairs if f"`{o}` → `{n}`" not in glossary]
    assert missing == []


def _result_samples() -> dict[str, Any]:
    """One instance of every result class with renamed attributes, by module.qualname."""
    import dataclasses
    from datetime import date

    import _samples as samples

    objs = {f"{c.__module__}.{c.__qualname__}": obj for c, obj in samples.instances().items()}
    # the sample projection reaches no threshold: give the row a date to read back
    path = "inovasi_daerah.skp.career.ThresholdDate"
    objs[path] = dataclasses.replace(objs[path], credit_reached_on=date(2026, 4, 1))
    return objs


@pytest.mark.parametrize("path", sorted(ATTRIBUTES))
def test_old_result_attributes_read_with_a_warning(path: str) -> None:
    """Every old result attribute (``result.predikat_after``, ``LedgerResult.jenjang`` ...)
    returns the new attribute's value, with a DeprecationWarning naming the new name that
    points at the caller's line; it cannot be assigned; ``to_dict()`` is unchanged."""
    obj = _result_samples()[path]
    for old, new in ATTRIBUTES[path].items():
        with pytest.warns(DeprecationWarning, match=f"{old!r} is deprecated.*use {new!r}") as w:
            value = getattr(obj, old)
        assert value == getattr(obj, new)
        assert [r.filename for r in w] == [__file__]
        # frozen (a slotted frozen dataclass raises TypeError, the property AttributeError)
        with pytest.raises((AttributeError, TypeError)):
            setattr(obj, old, value)
        assert getattr(obj, new) == value
    if hasattr(obj, "to_dict"):
        keys = set(obj.to_dict())
        assert not set(ATTRIBUTES[path]) & keys


def test_the_samples_have_a_value_for_every_renamed_attribute() -> None:
    """The samples reach every renamed class, each with a set value (not None) for some of its
    renamed attributes, so the test above compares real values."""
    objs = _result_samples()
    assert set(ATTRIBUTES) <= set(objs)
    empty = [
        path
        for path, t in ATTRIBUTES.items()
        if all(getattr(objs[path], new) is None for new in t.values())
    ]
    assert empty == []


def test_old_attribute_warning_points_at_the_caller_of_a_result_property() -> None:
    """A renamed property (``CreditResult.angka_kredit_gain``) warns at the caller's line too:
    the deprecated alias is not wrapped in the library's decimal context."""
    from inovasi_daerah import skp

    r = skp.angka_kredit("Baik", "Ahli Muda", months=12)
    progress = skp.accumulate([r], "Ahli Muda")
    with pytest.warns(DeprecationWarning, match="'remaining_pangkat'.*'remaining_rank'") as w:
        assert progress.remaining_pangkat == progress.remaining_rank
    assert w[0].filename == __file__
