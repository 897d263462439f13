"""The embedding contract (issue 9): the names, types and reprs that embedders see."""

from __future__ import annotations

import enum
import importlib
import inspect
import pkgutil
import re
import types
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

import _samples as samples
import inovasi_daerah
from inovasi_daerah.law.reprs import ShortRepr
from inovasi_daerah.law.result import Result
from inovasi_daerah.law.ruleset import RuleSet
from inovasi_daerah.models.enums import LegalEnum
from inovasi_daerah.skp._common import SkpRegime


def _modules() -> list[types.ModuleType]:
    mods = []
    for info in pkgutil.walk_packages(inovasi_daerah.__path__, "inovasi_daerah."):
        if info.name.endswith("__main__"):
            continue
        mods.append(importlib.import_module(info.name))
    return mods


def _enums() -> list[type[enum.Enum]]:
    found: dict[str, type[enum.Enum]] = {}
    for mod in _modules():
        for v in vars(mod).values():
            if (
                isinstance(v, type)
                and issubclass(v, enum.Enum)
                and v.__module__.startswith("inovasi_daerah")
                and len(v) > 0
            ):
                found[f"{v.__module__}.{v.__qualname__}"] = v
    return [found[k] for k in sorted(found)]


# Words that are the same in both languages, and legal acronyms kept as they are (docs/glossary.md).
_SHARED = {
    "asn", "pns", "pppk", "dprd", "spd", "sid", "perda", "perkada", "digital", "non",
    "draft", "dan", "misconduct", "higher", "better", "lower", "points", "gate", "tpp",
    "factor", "mandatory", "rhk", "award", "promotion", "unit", "i", "ii",
    # law.citation.Status: its values are English status codes
    "verified", "secondary", "derived", "third", "party", "uncertain",
}  # fmt: skip


def _tokens(text: str) -> set[str]:
    return {t for t in re.split(r"[^a-z0-9]+", text.casefold()) if t and not t.isdigit()}


def test_enum_member_names_are_english_values_indonesian() -> None:
    """One naming convention (docs/glossary.md): no canonical member name is an Indonesian word."""
    enums = _enums()
    # the vocabulary is the values that differ from their member's name: a value that merely
    # spells its English name (a library policy slug such as "first_known") is not Indonesian
    values = [str(m.value) for e in enums for m in e if _tokens(str(m.value)) != _tokens(m.name)]
    indonesian = set().union(*(_tokens(v) for v in values)) - _SHARED
    bad = [f"{e.__name__}.{m.name}" for e in enums for m in e if _tokens(m.name) & indonesian]
    assert bad == []


@pytest.mark.parametrize(
    ("old", "new"),
    [
        ("iga.Predicate.SANGAT_INOVATIF", "iga.Predicate.VERY_INNOVATIVE"),
        ("iga.Predicate.TIDAK_DAPAT_DINILAI", "iga.Predicate.NOT_ASSESSABLE"),
        ("models.Jenjang.AHLI_MUDA", "models.Jenjang.JUNIOR_EXPERT"),
        ("models.Urusan.PUPR", "models.Urusan.PUBLIC_WORKS"),
        ("skp.KreativitasLevel.UNIT_KERJA", "skp.KreativitasLevel.WORK_UNIT"),
        ("skp.Signer.ESELON_II", "skp.Signer.ECHELON_II"),
        ("models.Initiator.PERANGKAT_DAERAH", "models.Initiator.REGIONAL_OFFICE"),
    ],
)
def test_old_enum_names_stay_as_aliases_with_the_same_value(old: str, new: str) -> None:
    """Renamed members keep their old name as an Enum alias; the JSON value does not change."""

    def get(path: str) -> enum.Enum:
        obj: object = inovasi_daerah
        for part in path.split("."):
            obj = getattr(obj, part)
        assert isinstance(obj, enum.Enum)
        return obj

    a, b = get(old), get(new)
    assert a is b
    assert b.name == new.rsplit(".", 1)[1]
    if isinstance(b, LegalEnum):  # the old name is still accepted as input
        assert type(b)(old.rsplit(".", 1)[1].lower()) is b


def test_no_function_shadows_its_own_submodule() -> None:
    """``pkg.name`` is either the submodule or something else, never both (issue 9)."""
    bad = []
    for mod in _modules():
        if not hasattr(mod, "__path__"):
            continue
        for info in pkgutil.iter_modules(mod.__path__):
            attr = getattr(mod, info.name, None)
            if attr is not None and not isinstance(attr, types.ModuleType):
                bad.append(f"{mod.__name__}.{info.name}")
    assert bad == []


def _concrete_short_repr_types() -> list[type]:
    """Every class that promises a one-line repr (results, rule sets, reports), as defined."""
    _modules()

    def subclasses(c: type) -> list[type]:
        return [s for d in c.__subclasses__() for s in (d, *subclasses(d))]

    abstract = {Result, RuleSet, SkpRegime}
    return sorted(
        {
            c
            for c in subclasses(ShortRepr)
            if c not in abstract
            and c.__module__.startswith("inovasi_daerah")
            and getattr(importlib.import_module(c.__module__), c.__name__, None) is c
        },
        key=lambda c: f"{c.__module__}.{c.__qualname__}",
    )


def test_every_result_rule_set_and_report_type_is_sampled() -> None:
    """The repr tests below see an instance of every result, rule set and report type."""
    missing = [t.__qualname__ for t in _concrete_short_repr_types() if t not in samples.instances()]
    assert missing == []


def _reported() -> list[tuple[str, object]]:
    pattern = re.compile(r"(Result|Report|Rules|Edition|Detail|Table|Diff|Plan|Advice|WhatIf)$")
    return [
        (t.__qualname__, obj)
        for t, obj in samples.instances().items()
        if issubclass(t, ShortRepr) or pattern.search(t.__name__) or hasattr(t, "explain")
    ]


@pytest.mark.parametrize(("name", "obj"), _reported(), ids=[n for n, _ in _reported()])
def test_repr_is_one_short_line(name: str, obj: object) -> None:
    """Issue 9: an edition's repr was 117 k characters, a portfolio report's 200 k."""
    text = repr(obj)
    assert "\n" not in text
    assert len(text) < 200, text
    assert type(obj).__name__ in text


@pytest.mark.parametrize(
    ("name", "obj"),
    [(n, o) for n, o in _reported() if isinstance(o, ShortRepr)],
    ids=[n for n, o in _reported() if isinstance(o, ShortRepr)],
)
def test_notebook_reprs(name: str, obj: ShortRepr) -> None:
    """``_repr_html_`` and ``_repr_markdown_`` give the rich content for notebooks."""
    assert obj._repr_html_().strip()
    assert obj._repr_markdown_().strip()


def test_full_content_stays_in_explain_and_to_dict() -> None:
    portfolio = next(o for t, o in samples.instances().items() if t.__name__ == "PortfolioReport")
    assert isinstance(portfolio, Result)
    assert len(portfolio.explain()) > 200
    assert len(str(portfolio.to_dict())) > 200


# Functions whose job is to take any value: checkers that refuse what is wrong, naming the
# field, and display helpers.
_VALIDATORS = {
    "inovasi_daerah.law.display.show",
    "inovasi_daerah.law.ruleset.as_date",
    "inovasi_daerah.pp38.rules.default_rules",
    "inovasi_daerah.law.text.Text.format",
    "inovasi_daerah.law.reprs.short_repr",
    "inovasi_daerah.law.reprs.repr_items",
    "inovasi_daerah.law.tables.check_numeric",
}


# The rule-file loader's checkers take any value read from TOML and refuse what is wrong,
# naming the file, the table and the key.
_RULE_FILE_CHECKERS = ("inovasi_daerah.law.load.",)


def _public_callables() -> list[tuple[str, object]]:
    out: dict[str, object] = {}
    for mod in _modules():
        if any(part.startswith("_") for part in mod.__name__.split(".")):
            continue
        for name in getattr(mod, "__all__", []):
            obj = getattr(mod, name)
            if inspect.isfunction(obj) and obj.__module__.startswith("inovasi_daerah"):
                out[f"{obj.__module__}.{obj.__qualname__}"] = obj
            elif inspect.isclass(obj) and obj.__module__.startswith("inovasi_daerah"):
                for attr, value in vars(obj).items():
                    fn = getattr(value, "__func__", value)
                    if not attr.startswith("_") and inspect.isfunction(fn):
                        out[f"{fn.__module__}.{fn.__qualname__}"] = fn
    return sorted(out.items())


def test_public_signatures_say_what_they_accept() -> None:
    """No ``object`` where a union of accepted types is meant (``edition(year: object)``)."""
    bad = []
    for name, fn in _public_callables():
        if name in _VALIDATORS or name.startswith(_RULE_FILE_CHECKERS):
            continue
        hints = inspect.signature(fn).parameters  # type: ignore[arg-type]
        for pname, p in hints.items():
            if re.search(r"\bobject\b", str(p.annotation)):
                bad.append(f"{name}({pname}: {p.annotation})")
    assert bad == []


API_MD = Path(__file__).resolve().parent.parent / "docs" / "api.md"


def _documented() -> dict[str, set[str]]:
    """``module -> member names`` of the ``::: module`` blocks of docs/api.md."""
    out: dict[str, set[str]] = {}
    current = None
    for line in API_MD.read_text(encoding="utf-8").splitlines():
        m = re.match(r"^::: (\S+)$", line)
        if m:
            current = m.group(1)
            out[current] = set()
            continue
        item = re.match(r"^\s+- (\w+)$", line)
        if current and item:
            out[current].add(item.group(1))
        elif line.startswith("#"):
            current = None
    return out


@pytest.mark.parametrize(
    "package",
    ["inovasi_daerah", "inovasi_daerah.pp38", "inovasi_daerah.iga", "inovasi_daerah.skp",
     "inovasi_daerah.clinic", "inovasi_daerah.models", "inovasi_daerah.law",
     "inovasi_daerah.nip", "inovasi_daerah.dates", "inovasi_daerah.errors", "inovasi_daerah.io",
     "inovasi_daerah.types", "inovasi_daerah.iga.bulk", "inovasi_daerah.examples"],
)  # fmt: skip
def test_api_reference_lists_every_public_name(package: str) -> None:
    """docs/api.md lists every name of the package's ``__all__`` (issue 9: skp.credit ...)."""
    documented = _documented()
    module = importlib.import_module(package)
    listed = documented.get(package, set()) | {
        mod.rsplit(".", 1)[1]
        for mod in documented
        if "." in mod and mod.rsplit(".", 1)[0] == package
    }
    missing = sorted(set(module.__all__) - listed - {"__version__"})
    assert missing == []


@pytest.mark.parametrize(
    "name",
    ["skp.angka_kredit", "skp.credit", "iga.score_year", "clinic.plan", "clinic.diff",
     "clinic.portfolio", "iga.eligibility"],
)  # fmt: skip
def test_api_reference_names_the_functions_the_issue_found_missing(name: str) -> None:
    package, member = name.split(".")
    assert member in _documented()[f"inovasi_daerah.{package}"]


def test_pretty_printers_use_the_short_repr() -> None:
    """IPython and Hypothesis print ``_repr_pretty_``: an edition there was 124 kB."""
    from hypothesis.vendor.pretty import pretty

    for obj in samples.instances().values():
        if isinstance(obj, ShortRepr):
            assert pretty(obj) == repr(obj)


# -- model fields: one naming convention (issue 14; docs/glossary.md "Field names") -----------

# Words written the same in both languages, and acronyms kept as they are, as they occur in
# the Indonesian input names of fields ("data_dukung", "tahun_iga", "status_bukti" ...). PAK
# (penetapan angka kredit) is the name of a document, kept like NIP (docs/glossary.md).
_SHARED_FIELD_WORDS = {
    "data", "file", "is", "no", "output", "parameter", "per", "status", "unit", "iga", "sid",
    "spd", "pppk", "ni", "nip", "opd", "tpt", "ipm", "sakip", "id", "pak",
}  # fmt: skip

# Indonesian legal terms that today serve as field identifiers (docs/glossary.md); a new field
# built on one of them is caught even when no alias happens to contain the word.
_LEGAL_TERMS = {
    "predikat", "jenjang", "golongan", "pangkat", "tmt", "ak", "nilai", "dasar", "unsur",
    "penunjang", "utama", "perilaku", "bobot", "jabatan", "formasi", "kompetensi", "profesi",
    "pengembangan", "tematik", "jenis", "perangkat", "daerah", "kinerja", "tugas", "tambahan",
    "hasil", "kerja", "uji",
}  # fmt: skip

# Fields that break the convention: an Indonesian legal term as the identifier, or no
# Indonesian input name beside the English one. Empty since the renames of issue 14 (the old
# names are input aliases and deprecated attributes, ``inovasi_daerah._legacy_names``). Do not
# add to this list: name a new field in English and accept the Indonesian term as an alias
# (``Field(validation_alias=alias("main_urusan", "urusan_utama"))``).
_FIELD_EXCEPTIONS: set[str] = set()


def _input_fields() -> dict[str, tuple[str, tuple[str, ...]]]:
    """Every field of every public input model: its name and the names input accepts for it."""
    from pydantic import AliasChoices

    from inovasi_daerah.models.base import Model

    models: dict[str, type[Model]] = {}
    for mod in _modules():
        for v in vars(mod).values():
            if (
                isinstance(v, type)
                and issubclass(v, Model)
                and v is not Model
                and not v.__name__.startswith("_")
                and v.__module__.startswith("inovasi_daerah")
            ):
                models[f"{v.__module__.removeprefix('inovasi_daerah.')}.{v.__qualname__}"] = v
    fields = {}
    for path, model in models.items():
        for name, info in model.model_fields.items():
            va = info.validation_alias
            if isinstance(va, AliasChoices):
                names = tuple(c for c in va.choices if isinstance(c, str))
            else:
                names = (va,) if isinstance(va, str) else ()
            fields[f"{path}.{name}"] = (name, names)
    return fields


def test_every_input_field_accepts_its_own_name() -> None:
    """A field's identifier is always one of its input names (the English one)."""
    fields = _input_fields()
    assert len(fields) > 150  # the scan sees the models
    assert [path for path, (name, names) in fields.items() if name not in names] == []


def test_field_names_are_english_with_the_indonesian_name_as_alias() -> None:
    """One naming convention for fields (issue 14): an English identifier, the Indonesian
    input name as an alias; the exceptions of today are listed, none can be added silently,
    and a fixed one must leave the list."""
    fields = _input_fields()
    # the Indonesian vocabulary: the words of the input names that are not the field's own
    indonesian = set(_LEGAL_TERMS)
    for name, names in fields.values():
        for n in names:
            indonesian |= _tokens(n) - _tokens(name)
    indonesian -= _SHARED_FIELD_WORDS
    breaking = {
        path
        for path, (name, names) in fields.items()
        if _tokens(name) & indonesian or not set(names) - {name}
    }
    assert sorted(breaking - _FIELD_EXCEPTIONS) == [], "new field names break the convention"
    assert sorted(_FIELD_EXCEPTIONS - breaking) == [], "fixed: remove them from the exceptions"
    # the exceptions are listed for readers too
    glossary = (Path(__file__).resolve().parent.parent / "docs" / "glossary.md").read_text()
    unlisted = [
        path
        for path in sorted(_FIELD_EXCEPTIONS)
        if "`{}.{}`".format(*path.rsplit(".", 2)[-2:]) not in glossary
    ]
    assert unlisted == []


# -- result keys and explanation keys: the same convention (issue 14) ------------------------


def _dict_keys(data: Any, path: str = "") -> Iterator[tuple[str, str]]:
    """Every key of nested JSON-ready ``data`` with the path of the dict that holds it."""
    if isinstance(data, dict):
        for k, v in data.items():
            yield path, str(k)
            yield from _dict_keys(v, f"{path}/{k}")
    elif isinstance(data, list):
        for x in data:
            yield from _dict_keys(x, f"{path}[]")


def _enum_values() -> set[str]:
    """The values of every public enum: keys of data maps (counts by stage ...), not names."""
    return {
        str(m.value)
        for mod in _modules()
        for v in vars(mod).values()
        if isinstance(v, type) and issubclass(v, LegalEnum)
        for m in v
    }


# Dicts whose keys are data (rule-data ids), not identifiers of the result.
_DATA_MAPS = {"/advisory/steps"}


def _renamed_vocabulary() -> set[str]:
    """Indonesian words of the keys renamed in issue 14 (result, explanation and input keys,
    ``inovasi_daerah._legacy_names``), and the legal terms: none may come back in a key."""
    from inovasi_daerah._legacy_names import (
        EXPLANATION_KEYS,
        EXPLANATION_PREFIXES,
        INPUT_KEYS,
        RESULT_KEYS,
    )

    renames = [*EXPLANATION_KEYS.items(), *INPUT_KEYS.items(), *EXPLANATION_PREFIXES.items()]
    renames += [pair for table in RESULT_KEYS.values() for pair in table.items()]
    words = set().union(*(_tokens(old) for old, _ in renames))
    words -= set().union(*(_tokens(new) for _, new in renames))
    return (words | _LEGAL_TERMS) - _SHARED_FIELD_WORDS


def test_result_keys_are_english() -> None:
    """``to_dict()`` of every result type (and the portfolio's ``counts()``) names its keys in
    English (issue 14; docs/glossary.md): no Indonesian legal term as a key. The SKP results'
    ``jenjang``, ``predikat``, ``angka_kredit_after`` ... and the portfolio's ``bentuk``,
    ``jenis``, ``tahapan``, ``urusan_utama`` were the exceptions before."""
    values = _enum_values()
    vocabulary = _renamed_vocabulary()
    seen: set[str] = set()
    bad = set()
    for cls, obj in samples.instances().items():
        outputs = []
        if isinstance(obj, Result):
            outputs.append(obj.to_dict(explanation=False))
        if cls.__name__ == "PortfolioReport":
            outputs.append(obj.counts())
        for data in outputs:
            seen.add(cls.__name__)
            for path, key in _dict_keys(data):
                if key in values or path in _DATA_MAPS:
                    continue
                if _tokens(key) & vocabulary:
                    bad.add(f"{cls.__name__}{path}/{key}")
    assert {"CreditResult", "LedgerResult", "AkProgress", "PortfolioReport"} <= seen
    assert sorted(bad) == []


def _explanations() -> Iterator[Any]:
    """The explanation trees of every sample result, and of the PP 46/2011 and PP 30/2019
    aspects the samples do not reach."""
    from inovasi_daerah.law.explain import Explanation
    from inovasi_daerah.skp import pp30, pp46

    for obj in samples.instances().values():
        if isinstance(obj, Explanation):
            yield obj
        elif isinstance(obj, Result):
            yield obj.explanation
    kegiatan = {"quantity_target": 10, "quantity_realised": 9, "quality_realised": 90}
    kegiatan |= {"time_target": 12, "time_realised": 10, "cost_target": 10, "cost_realised": 8}
    aspects = {a.value: 80 for a in pp46.RULES.perilaku_aspects.get()}
    for result in (
        pp46.kegiatan_score(kegiatan),
        pp46.kreativitas("negara", "presiden"),
        pp46.perilaku_score(aspects),
        pp46.prestasi_kerja(80, 80),
        pp46.predikat(80),
        pp30.capaian(target=80, target_upper=90, realised=85),
        pp30.nilai_from_capaian(110, maximum_target=True),
        pp30.kinerja_tambahan([{"predikat": "Baik", "bobot": "0.2", "nilai": 100}], other=1),
    ):
        yield result.explanation


# Input keys that are data (the rule file's step ids of the ASN protection procedure).
_DATA_INPUTS = {"pasal_10_3_disampaikan_ke_kepala_daerah"}


def test_explanation_keys_are_english() -> None:
    """Explanation node keys and their ``inputs`` keys are English (issue 14): the SKP and
    PP 38/2017 trees had Indonesian ones (``angka_kredit``, ``pp38.kriteria.*``, ``bulan``
    ...). A key may end in a data id (``readiness.kenaikan_pangkat``, an enum value), which
    stays as it is; so may an input named by an enum value or a fact path."""
    from inovasi_daerah._legacy_names import EXPLANATION_PREFIXES

    vocabulary = _renamed_vocabulary()
    values = _enum_values()
    bad = set()
    nodes = 0
    for tree in _explanations():
        for node in tree.walk():
            nodes += 1
            key = next((p for p in EXPLANATION_PREFIXES.values() if node.key.startswith(p)), "")
            if _tokens(key or node.key) & vocabulary:
                bad.add(node.key)
            for name in node.inputs:
                if name in values or name in _DATA_INPUTS or "." in name:
                    continue
                if _tokens(name) & vocabulary:
                    bad.add(f"{node.key}: input {name}")
    assert nodes > 500
    assert sorted(bad) == []


# -- result attributes: the same words as their to_dict() keys (issue 14) ---------------------


def _public_attributes(cls: type) -> set[str]:
    """The public data attributes of a result or row class: its fields and properties."""
    import dataclasses
    import functools

    names: set[str] = set()
    if dataclasses.is_dataclass(cls):
        names |= {f.name for f in dataclasses.fields(cls)}
    names |= set(getattr(cls, "_fields", ()))  # a NamedTuple row
    for klass in cls.__mro__:
        names |= {
            n for n, a in vars(klass).items() if isinstance(a, property | functools.cached_property)
        }
    return {n for n in names if not n.startswith("_")}


def test_result_attributes_are_english() -> None:
    """The public attributes of every result and of the rows and records it holds are English
    (issue 14; docs/glossary.md): ``result.predicate_after``, ``LedgerResult.career_level``
    ... were Indonesian before (``predikat_after``, ``jenjang``). Their old names are
    deprecated properties of ``_legacy_names.ATTRIBUTES`` and are not counted; none may be
    added. Rule sets are left out (their attributes are the rule files' parameter names,
    versioned with the rule data) and so are input models (checked field by field above)."""
    from pydantic import BaseModel

    from inovasi_daerah._legacy_names import ATTRIBUTES

    vocabulary = _renamed_vocabulary()
    seen: set[str] = set()
    bad = set()
    for cls in samples.instances():
        if (
            not cls.__module__.startswith("inovasi_daerah")
            or issubclass(cls, RuleSet | BaseModel)
            or cls.__name__.startswith("_")
        ):
            continue
        seen.add(cls.__name__)
        legacy = set(ATTRIBUTES.get(f"{cls.__module__}.{cls.__qualname__}", {}))
        for name in _public_attributes(cls) - legacy:
            if _tokens(name) & vocabulary:
                bad.add(f"{cls.__name__}.{name}")
    renamed = {path.rsplit(".", 1)[1] for path in ATTRIBUTES}
    assert renamed <= seen, "the scan sees every renamed class"
    assert len(seen) > 40
    assert sorted(bad) == [], "Indonesian result attributes: name them in English"


def test_the_renamed_result_attributes_are_gone_from_the_classes() -> None:
    """Each old attribute of ``_legacy_names.ATTRIBUTES`` is only the deprecated property: not a
    field (so not in the repr, ``dataclasses.replace`` or equality) of its class."""
    import dataclasses

    from inovasi_daerah._legacy_names import ATTRIBUTES

    for path, renamed in ATTRIBUTES.items():
        module, name = path.rsplit(".", 1)
        cls = getattr(importlib.import_module(module), name)
        fields = {f.name for f in dataclasses.fields(cls)}
        assert not set(renamed) & fields, path
        assert set(renamed.values()) <= _public_attributes(cls), path
