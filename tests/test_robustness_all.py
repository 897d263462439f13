"""Every public name, junk in every argument: only the library's own errors come out (issue 10).

The entry points are generated from ``__all__`` of the package and of every subpackage and
module, so a new public function is covered without editing this file:

- functions are called with junk in every required argument (all at once, and one at a time
  with known-good values in the others);
- classes are called with junk (enums: ``Stage("x")``), and their public classmethods and
  staticmethods (``from_dict``, ``parse``, ``model_validate_strings`` ...) too;
- public methods of public objects (registries, shipped editions and rule sets) likewise.

A call may return (junk can be acceptable input); if it raises, the exception must be an
``InovasiDaerahError`` whose message can be built. Each call runs under a 5 s alarm: a hang
detector, not a timing assertion.
"""

from __future__ import annotations

import importlib
import inspect
import pkgutil
import signal
from collections.abc import Callable, Iterator
from datetime import date
from decimal import Decimal
from enum import Enum
from typing import Any, get_origin

import pytest
from typing_extensions import is_typeddict

import inovasi_daerah
from inovasi_daerah.errors import InovasiDaerahError

#: Names not called, each with its reason.
SKIP: dict[str, str] = {
    "inovasi_daerah.cli.main": "reads sys.argv; the CLI has its own tests (test_cli.py)",
    "inovasi_daerah.law.context.exact": "a decorator of library functions, not an input reader",
    "inovasi_daerah.law.context.computing": "a context manager for library code",
    "inovasi_daerah.law.context.in_context": "a decorator of library methods",
    "inovasi_daerah.models.enums.set_labels": "defines an enum's labels at import; mutates it",
    "inovasi_daerah.models.enums.LegalEnum": "abstract base of the enums: Python's Enum refuses "
    "any call on an enum without members (TypeError); its subclasses are covered",
}
#: Modules not walked: the CLI's sub-command registrations take parsed argparse namespaces.
SKIP_MODULES = ("inovasi_daerah.commands", "inovasi_daerah.__main__")
#: Methods of public objects that change them (registries) are not called with junk.
MUTATING = ("register", "add", "set", "clear", "update", "pop", "remove", "append")
ALARM_SECONDS = 5


def _deep_list(depth: int) -> Any:
    node: Any = []
    for _ in range(depth):
        node = [node]
    return node


def _deep_dict(depth: int) -> Any:
    node: Any = {}
    for _ in range(depth):
        node = {"a": node}
    return node


JUNK: list[Any] = [
    None,
    -5,
    10**5000,  # more digits than int -> str allows (4300)
    float("nan"),
    float("-inf"),
    Decimal("NaN"),
    Decimal("sNaN"),
    Decimal("-Infinity"),
    Decimal("1e999999999"),  # a huge exponent where a level or score is expected
    Decimal("-9.99e-999999999"),
    True,
    "",
    " \t ",
    "x" * 10_000,
    "\x00\x1b[2J",
    "[",
    "2026",
    b"\xff{",
    [],
    {},
    {1: 2},  # non-string keys
    {None: "x", ("a",): 1},
    {"name": {"x": [None, {2: 3}]}},  # nested junk
    [1, "a", None, [Decimal("NaN")]],
    _deep_list(50_000),
    _deep_dict(50_000),
    date(2999, 1, 1),
    object(),
]


class Hang(Exception):
    """A call ran longer than the alarm."""


def _alarm(signum: int, frame: Any) -> None:
    raise Hang


def _modules() -> Iterator[Any]:
    yield inovasi_daerah
    for info in pkgutil.walk_packages(inovasi_daerah.__path__, "inovasi_daerah."):
        # private modules (``skp._common``, ``pp38._base`` ...) are not public, whatever
        # their ``__all__`` says; their names reach users only through public modules
        if info.name.startswith(SKIP_MODULES) or any(
            part.startswith("_") for part in info.name.split(".")
        ):
            continue
        yield importlib.import_module(info.name)


def _public() -> dict[str, Any]:
    """Every distinct object named in an ``__all__``, under its first qualified name."""
    seen: set[int] = set()
    out: dict[str, Any] = {}
    for module in _modules():
        for name in getattr(module, "__all__", ()):
            obj = getattr(module, name)
            qual = f"{module.__name__}.{name}"
            canonical = f"{getattr(obj, '__module__', '')}.{getattr(obj, '__qualname__', '')}"
            if id(obj) in seen or qual in SKIP or canonical in SKIP or inspect.ismodule(obj):
                continue
            # a re-exported builtin (``Basis = str``) or a type alias of one
            # (``TextRow = dict[str, ...]``) is not the library's entry point
            if get_origin(obj) is not None:
                continue
            if (inspect.isclass(obj) or inspect.isfunction(obj)) and not getattr(
                obj, "__module__", ""
            ).startswith("inovasi_daerah"):
                continue
            seen.add(id(obj))
            out[qual] = obj
    return out


PUBLIC = _public()


def _required(fn: Callable[..., Any]) -> tuple[list[str], list[str]] | None:
    try:
        sig = inspect.signature(fn)
    except (TypeError, ValueError):
        return None
    positional, keyword = [], []
    for p in sig.parameters.values():
        if p.default is not p.empty or p.kind in (p.VAR_POSITIONAL, p.VAR_KEYWORD):
            continue
        (keyword if p.kind is p.KEYWORD_ONLY else positional).append(p.name)
    return positional, keyword


def _good(name: str) -> Any:
    """A valid value for a parameter of this name, or a plausible one."""
    from inovasi_daerah import iga

    return {
        "rules": iga.edition(2026),
        "edition": iga.edition(2026),
        "year": 2026,
        "target": Decimal(80),
        "realised": Decimal(70),
        "predikat": "Baik",
        "jenjang": "Ahli Muda",
        "lang": "id",
    }.get(name, Decimal(1))


def _callables() -> Iterator[tuple[str, Callable[..., Any]]]:
    for qual, obj in PUBLIC.items():
        if inspect.isclass(obj):
            # A TypedDict (``PortfolioRecord``, ``iga.bulk.TextRow`` ...) is a type for
            # annotations, not an entry point: calling it only builds a plain dict (``dict(x)``)
            # and checks nothing, by the typing spec; the functions that return such rows are
            # covered.
            if issubclass(obj, BaseException) or is_typeddict(obj):
                continue
            yield qual, obj
            if issubclass(obj, Enum):
                continue
            for attr, raw in vars(obj).items():
                if attr.startswith("_") and not attr.startswith("model_validate"):
                    continue
                if isinstance(raw, classmethod | staticmethod):
                    yield f"{qual}.{attr}", getattr(obj, attr)
            for attr in ("model_validate", "model_validate_json", "model_validate_strings"):
                if hasattr(obj, attr) and f"{qual}.{attr}" not in SKIP:
                    yield f"{qual}.{attr}", getattr(obj, attr)
        elif callable(obj):
            yield qual, obj
        elif type(obj).__module__.startswith("inovasi_daerah"):
            # a public object (registry, edition, rule set): its public methods
            for attr in dir(obj):
                if attr.startswith("_") or attr.startswith(MUTATING):
                    continue
                try:
                    bound = getattr(obj, attr)
                except Exception:
                    continue
                # the library's own methods, not those a base class brings (pydantic's API)
                if inspect.ismethod(bound) and getattr(bound, "__module__", "").startswith(
                    "inovasi_daerah"
                ):
                    yield f"{qual}.{attr}", bound


CALLABLES = dict(_callables())


def _calls(fn: Callable[..., Any], junk: Any) -> Iterator[tuple[tuple[Any, ...], dict[str, Any]]]:
    req = _required(fn)
    if req is None:
        yield (junk,), {}
        return
    positional, keyword = req
    if not positional and not keyword:
        params = list(inspect.signature(fn).parameters.values())
        first = next(
            (p for p in params if p.kind in (p.POSITIONAL_ONLY, p.POSITIONAL_OR_KEYWORD)), None
        )
        if first is not None:
            yield (junk,), {}
        return
    yield tuple(junk for _ in positional), dict.fromkeys(keyword, junk)
    names = positional + keyword
    if len(names) > 1:
        for bad in names:
            args = tuple(junk if n == bad else _good(n) for n in positional)
            kwargs = {n: (junk if n == bad else _good(n)) for n in keyword}
            yield args, kwargs


def _text(exc: BaseException) -> str:
    try:
        return str(exc)[:200]
    except Exception:
        return "<message cannot be built>"


HUGE_INT, DEEP_LIST, DEEP_DICT = JUNK[2], JUNK[24], JUNK[25]


def _check(name: str, fn: Callable[..., Any], junk: Any) -> None:
    if (
        inspect.isclass(fn)
        and issubclass(fn, Enum)
        and any(junk is j for j in (HUGE_INT, DEEP_LIST, DEEP_DICT))
    ):
        # Python's Enum builds ``ValueError("%r is not a valid ...")`` before it raises the
        # library error of ``_missing_``: repr of these values itself fails (RecursionError,
        # int digit limit). Not fixable short of replacing EnumType.__call__.
        return
    for args, kwargs in _calls(fn, junk):
        previous = signal.signal(signal.SIGALRM, _alarm)
        signal.setitimer(signal.ITIMER_REAL, ALARM_SECONDS)
        try:
            fn(*args, **kwargs)
        except InovasiDaerahError as exc:
            str(exc)  # the message builder must cope with any value
        except Hang:
            pytest.fail(f"{name}: no answer within {ALARM_SECONDS} s for {type(junk).__name__}")
        except BaseException as exc:
            pytest.fail(
                f"{name}({', '.join(type(a).__name__ for a in args)}"
                f"{', ' if args and kwargs else ''}"
                f"{', '.join(f'{k}={type(v).__name__}' for k, v in kwargs.items())}): "
                f"{type(exc).__name__}: {_text(exc)}"
            )
        finally:
            signal.setitimer(signal.ITIMER_REAL, 0)
            signal.signal(signal.SIGALRM, previous)


def test_every_public_name_is_covered() -> None:
    """The generated list reaches the known entry points (guards the generator itself)."""
    for short in (
        "iga.index",
        "iga.score_year",
        "skp.accumulate",
        "Stage",
        "iga.Interval.parse",
        "law.T",
        "law.Explanation.from_dict",
        "Innovation.model_validate_strings",
        "clinic.portfolio",
        "skp.pp46.time_aspect",
    ):
        assert any(n.endswith("." + short) for n in CALLABLES), short
    assert len(CALLABLES) > 400


@pytest.mark.parametrize("name", sorted(CALLABLES))
def test_junk_gives_only_library_errors(name: str) -> None:
    fn = CALLABLES[name]
    for junk in JUNK:
        _check(name, fn, junk)


def _constructed() -> dict[str, Any]:
    from inovasi_daerah import iga, skp
    from inovasi_daerah.nip import parse_nip

    return {
        "Nip": parse_nip("19660801 198803 1 001"),
        "Edition": iga.edition(2026),
        "RegionalInnovationCredit": skp.regional_rules()[0],
    }


@pytest.mark.parametrize(
    ("kind", "field", "junk"),
    [
        ("Nip", "birth_date", "1966-08-01"),  # a text where a date is required
        ("Nip", "gender", None),
        ("Nip", "serial", 10**5000),  # wider than the three digits of the nomor urut
        ("Nip", "serial", True),
        ("Nip", "contract_number", 10),
        ("Nip", "tmt_precision", "day"),
        ("Nip", "kind", Decimal("sNaN")),
        ("Edition", "indicators", ("x",)),
        ("Edition", "indicators", [1]),
        ("Edition", "divisor_k", 12),  # a bare number where a cited Param is required
        ("Edition", "valid_from", "2026-01-01"),
        ("Edition", "year", True),
        ("Edition", "title", None),
        ("RegionalInnovationCredit", "region", None),
        ("RegionalInnovationCredit", "kind", _deep_list(50_000)),
        ("RegionalInnovationCredit", "description", "x"),
        ("RegionalInnovationCredit", "region_aliases", ("a", 1)),
    ],
    ids=lambda v: v if isinstance(v, str) and len(v) < 30 else type(v).__name__,
)
def test_the_former_leaking_constructors_name_the_field(kind: str, field: str, junk: Any) -> None:
    """Issue 10: ``Nip``, ``Edition`` and ``RegionalInnovationCredit`` refuse junk with the
    library's error naming the field, in both languages (they leaked TypeError/AttributeError)."""
    import dataclasses

    good = _constructed()[kind]
    with pytest.raises(InovasiDaerahError) as exc:
        dataclasses.replace(good, **{field: junk})
    assert exc.value.field is not None
    assert exc.value.field.startswith(field)
    assert exc.value.message_en is not None
    assert exc.value.text("en") != exc.value.text("id")
    # the valid object itself is still accepted, unchanged
    assert dataclasses.replace(good) == good
