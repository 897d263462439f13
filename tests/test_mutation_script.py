"""The exclusion rule of scripts/mutation.py (docs/quality.md): only survivors that change
message text and nothing else are left out of the mutation score."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import pytest

SCRIPT = Path(__file__).parent.parent / "scripts" / "mutation.py"


@pytest.fixture(scope="module")
def mutation() -> ModuleType:
    spec = importlib.util.spec_from_file_location("mutation_script", SCRIPT)
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["mutation_script"] = module
    spec.loader.exec_module(module)
    return module


def _f(body: str) -> str:
    return "def f(x):\n" + "".join(f"    {line}\n" for line in body.splitlines())


@pytest.mark.parametrize(
    ("original", "mutant"),
    [
        ('return T("Bobot", "Weight")', 'return T("XXBobotXX", "Weight")'),
        ('return T(f"Koefisien {x}", "c")', 'return T(f"KOEFISIEN {x}", "c")'),
        ('return Text(id="a", en="b")', 'return Text(id="a", en="XXbXX")'),
        (
            'raise InvalidInput("harus angka", field="x")',
            'raise InvalidInput("HARUS ANGKA", field="x")',
        ),
        ('raise ValueError("bad")', 'raise ValueError("XXbadXX")'),
        ('raise _error("a" "b", x)', 'raise _error("a" "XXbXX", x)'),
        ('raise _err("kosong", x)', 'raise _err("KOSONG", x)'),
        (
            'raise InvalidNip(message="m", field="nip")',
            'raise InvalidNip(message="M", field="nip")',
        ),
    ],
)
def test_message_text_only_is_excluded(mutation: ModuleType, original: str, mutant: str) -> None:
    assert mutation.message_only(_f(original), _f(mutant))


@pytest.mark.parametrize(
    ("original", "mutant"),
    [
        # field names, keys, citations and other strings are behaviour
        ('raise InvalidInput("m", field="months")', 'raise InvalidInput("m", field="MONTHS")'),
        (
            'return Explanation(key="plan", title=T("a", "b"))',
            'return Explanation(key="XXplanXX", title=T("a", "b"))',
        ),
        ('return cite("PP 46/2011", None)', 'return cite("XXPP 46/2011XX", None)'),
        ('return x == "pns"', 'return x == "PNS"'),
        # a message replaced by None, a dropped argument, a changed operator: not text only
        ('raise InvalidInput("m", field="k")', 'raise InvalidInput(None, field="k")'),
        ('raise InvalidInput("m", field="k")', 'raise InvalidInput(field="k")'),
        ('return T(f"ke-{x + 1}", "e")', 'return T(f"ke-{x + 2}", "e")'),
        ('return T("a", "b")', "return None"),
        # identical code is no survivor to excuse
        ('return T("a", "b")', 'return T("a", "b")'),
    ],
)
def test_everything_else_counts(mutation: ModuleType, original: str, mutant: str) -> None:
    assert not mutation.message_only(_f(original), _f(mutant))


def test_score_leaves_message_only_out_of_both_sides(mutation: ModuleType) -> None:
    s = mutation.Score("m.py", total=10, killed=8, survived=["a"], message_only=["b"])
    assert s.score == 80
    assert s.adjusted == pytest.approx(100 * 8 / 9)


def test_decorated_rule_functions_are_unwrapped_for_mutmut(mutation: ModuleType) -> None:
    """mutmut 3 skips decorated functions; the script rewrites ``@exact`` and friends into an
    assignment after the definition (the same object), and leaves other decorators alone."""
    source = (
        "@exact\n"
        "def f(x):\n"
        "    return x + 1\n"
        "\n"
        "class C:\n"
        "    @property\n"
        "    @cache\n"
        "    def p(self):\n"
        "        return 2\n"
        "\n"
        "    @field_validator('a')\n"
        "    def v(cls, a):\n"
        "        return a\n"
    )
    out = mutation.unwrap_decorators(source)
    assert "@exact" not in out
    assert "f = exact(f)\n" in out
    assert "    p = property(cache(p))\n" in out
    assert "@field_validator('a')" in out
    calls: list[str] = []
    namespace = {
        "exact": lambda fn: calls.append("exact") or fn,
        "property": property,
        "cache": lambda fn: fn,
        "field_validator": lambda _a: lambda fn: fn,
    }
    exec(compile(out, "<unwrapped>", "exec"), namespace)
    assert calls == ["exact"]
    assert namespace["f"](1) == 2  # type: ignore[operator]
    assert namespace["C"]().p == 2  # type: ignore[operator]


def test_every_module_is_classified(mutation: ModuleType) -> None:
    """Every module of iga, skp, pp38 and clinic is either a rule module (mutation-tested, with
    existing test files) or listed as not one with its reason (docs/quality.md)."""
    src = SCRIPT.parent.parent / "src" / "inovasi_daerah"
    found = {
        str(p.relative_to(src))
        for pkg in ("iga", "skp", "pp38", "clinic")
        for p in (src / pkg).glob("*.py")
        if p.name != "__init__.py"
    }
    rule, other = set(mutation.MODULES), set(mutation.NOT_RULE_MODULES)
    assert not rule & other
    assert found <= rule | other, sorted(found - rule - other)
    assert {"nip.py", "dates.py"} <= rule
    root = SCRIPT.parent.parent
    for files in mutation.MODULES.values():
        assert files
        assert all((root / f).exists() for f in files)
