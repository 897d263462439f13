"""Mutation testing of the rule modules, one module at a time, with mutmut.

Usage (from the repository root, with ``pip install -e '.[dev,mutation]'``)::

    python scripts/mutation.py                      # every module in MODULES (hours)
    python scripts/mutation.py skp/pp46.py          # one module (path under src/inovasi_daerah)
    python scripts/mutation.py --list-survivors nip.py
    python scripts/mutation.py --baseline nip.py     # without tests/test_mut_nip.py

For each module the script copies ``src/``, ``tests/``, ``docs/`` and ``pyproject.toml`` into a
temporary directory, appends a ``[tool.mutmut]`` table that mutates only that module and selects
only that module's own test files (``MODULES``), and runs ``nice -n 15 mutmut run
--max-children 1`` there
(the machine is shared; mutation testing is slow, so it is not part of ``.ci/run``). It then reads
mutmut's result file and prints one line per module::

    module  mutants  killed  survived  message-only  score  score(excl. message-only)

Exclusion rule (automatic, never by hand): a surviving mutant is *message-only* when the
mutated function and the original differ in nothing but the value of string constants, and
every such constant sits, as a positional argument or as the ``id``/``en``/``message`` keyword,
inside a call of ``T(...)`` or ``Text(...)`` (bilingual labels and notes), of an exception
class (one of the library's ``InvalidInput``-family classes or a name ending in ``Error``) or
of an error-building helper (a name ending in ``error`` or ``err``, e.g. ``nip._error``,
``dates._err``).
Field names (``field=...``), citations, enum values and every other string are *not* excluded.
Such a survivor changes only what a human reads; the score "excl. message-only" leaves it out
of both the numerator and the denominator. Timeouts count as killed (the mutant was detected).
"unreached" counts the survivors that no selected test executes (mutmut's "no tests"), e.g.
helpers that only run while the module is imported: mutmut 3 switches mutants on inside each
test, after the import, so only a test that calls such a helper again can kill its mutants.
They count as survivors in both scores.
"""

from __future__ import annotations

import argparse
import ast
import json
import os
import shutil
import subprocess
import sys
import tempfile
import textwrap
import tomllib
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = Path("src/inovasi_daerah")

#: Every rule module (docs/quality.md, "Which modules are rule modules") -> its own test files.
#: A ``tests/test_mut_<stem>.py`` file, when present, is added automatically (tests written to
#: kill this module's mutants). Criterion: a module is a rule module when its code applies rule
#: data (a cited ``Param``, an edition's or rule set's values, a cited provision or condition)
#: to the caller's input and produces a legal outcome from it: a score, credit, level, predikat,
#: verdict, eligibility, date, lifecycle state, instrument, or the change between two rule sets.
#: Modules whose code only defines types or results, loads or checks rule files, converts input,
#: or renders output and wires the CLI are not, and are listed in ``NOT_RULE_MODULES``.
MODULES: dict[str, list[str]] = {
    # skp: the appraisal regimes, angka kredit, the career and the innovator's credit
    "skp/pp30.py": ["tests/test_skp_pp30.py"],
    "skp/permenpanrb_6_2022.py": ["tests/test_skp_permenpanrb_6_2022.py"],
    "skp/regional.py": ["tests/test_skp_credit.py", "tests/test_rules_files.py"],
    "skp/regime.py": ["tests/test_skp_regime.py"],
    "skp/career.py": ["tests/test_skp_career.py"],
    "skp/permenpanrb_1_2023.py": ["tests/test_skp_angka_kredit.py"],
    "skp/pp46.py": ["tests/test_skp_pp46.py"],
    "skp/innovator_credit.py": ["tests/test_skp_credit.py"],
    # clinic: advice, plans, what-if, edition diffs, portfolio
    "clinic/advice.py": ["tests/test_clinic.py"],
    "clinic/region.py": ["tests/test_clinic_region.py"],
    "clinic/whatif.py": ["tests/test_clinic_region.py"],
    "clinic/rule_diff.py": ["tests/test_clinic.py"],
    "clinic/portfolio_report.py": ["tests/test_clinic_region.py"],
    "clinic/planning.py": ["tests/test_clinic.py"],
    # iga: scoring, derivation, eligibility, the national year, the edition's bands, by date
    "iga/_core.py": ["tests/test_iga_core.py", "tests/test_iga_scoring.py"],
    "iga/derive.py": ["tests/test_iga_derive.py"],
    "iga/scoring.py": ["tests/test_iga_scoring.py"],
    "iga/eligibility_rules.py": ["tests/test_iga_scoring.py"],
    "iga/bulk.py": ["tests/test_iga_bulk.py", "tests/test_iga_bulk_read.py"],
    "iga/model.py": ["tests/test_iga_editions.py"],
    "iga/registry.py": ["tests/test_iga_editions.py"],
    # pp38: PP 38/2017
    "pp38/checks.py": ["tests/test_pp38_criteria.py", "tests/test_pp38_files.py"],
    "pp38/criteria.py": ["tests/test_pp38_criteria.py"],
    "pp38/proposal.py": ["tests/test_pp38_criteria.py"],
    "pp38/adoption.py": ["tests/test_pp38_adoption.py"],
    "pp38/pasal20.py": ["tests/test_pp38_adoption.py"],
    "pp38/protection.py": ["tests/test_pp38_adoption.py", "tests/test_pp38_data.py"],
    "pp38/lifecycle.py": ["tests/test_pp38_lifecycle.py"],
    "pp38/transitions.py": ["tests/test_pp38_lifecycle.py"],
    "pp38/steps.py": ["tests/test_pp38_steps.py"],
    "pp38/routes.py": ["tests/test_pp38_steps.py"],
    "pp38/data.py": ["tests/test_pp38_data.py"],
    "pp38/rules.py": ["tests/test_pp38_data.py"],
    # the NIP and the dates of the law
    "nip.py": ["tests/test_nip.py"],
    "dates.py": ["tests/test_dates.py"],
}

#: The modules of iga/, skp/, pp38/ and clinic/ that are not rule modules, with the reason
#: (the criterion above). tests/test_mutation_script.py checks that every module is in one of
#: the two tables, so a new module has to be classified.
NOT_RULE_MODULES: dict[str, str] = {
    "iga/_build.py": "loading: category-name comparison and re-citation of provisional params",
    "iga/_convert.py": "input conversion (to Decimal, level, count)",
    "iga/files.py": "loading: the rule-file format, reader and merge checks",
    "pp38/files.py": "loading: the PP 38/2017 rule-file format and reader",
    "iga/policies.py": "types: the policy enums",
    "iga/results.py": "results: result containers and their explanation trees",
    "skp/_common.py": "input conversion and small result types",
    "skp/career_rules.py": "loading: the career rule data, its reader and integrity check",
    "skp/career_input.py": "CLI wiring: the JSON input of `skp --karier`",
    "skp/case.py": "CLI wiring: the JSON input of `skp`",
    "skp/credit_report.py": "rendering: the plain-text credit report",
    "pp38/_base.py": "types: verdicts, progress, cited provisions",
}

#: exception classes whose message arguments are text for humans (see the module docstring).
_EXCEPTION_NAMES = frozenset(
    {
        "InovasiDaerahError",
        "InvalidInput",
        "InvalidNip",
        "InvalidDate",
        "UnknownIndicator",
        "NoRuleSetInForce",
        "MissingParameter",
        "IllegalTransition",
        "ConflictingRules",
        "DataIntegrityError",
    }
)
_TEXT_CALLS = frozenset({"T", "Text"})
_MESSAGE_KEYWORDS = frozenset({"id", "en", "message", "message_en", "msg"})

# Exit codes in mutmut's result file (mutmut.stats.status_by_exit_code).
_KILLED = {1, 3, 36, 24, -24, 152, 255, 37}
_SURVIVED = {0}
_NO_TESTS = {5, 33}

# Run inside the temporary copy: prints {mutant name: [original source, mutant source]}.
_EXTRACT = textwrap.dedent(
    """
    import json, sys
    import libcst as cst
    from mutmut.mutation.diff_apply import (
        find_mutant, read_functions_from_index, read_mutants_module,
        read_original_function, read_mutant_function,
    )
    out = {}
    for name in json.load(sys.stdin):
        path = find_mutant(name).path
        fns = read_functions_from_index(name, path)
        if fns is None:
            module = read_mutants_module(path)
            fns = (read_original_function(module, name), read_mutant_function(module, name))
        out[name] = [cst.Module([f]).code for f in fns]
    json.dump(out, sys.stdout)
    """
)


def _call_name(node: ast.Call) -> str:
    func = node.func
    if isinstance(func, ast.Name):
        return func.id
    if isinstance(func, ast.Attribute):
        return func.attr
    return ""


def _is_message_call(node: ast.Call) -> bool:
    name = _call_name(node)
    return (
        name in _TEXT_CALLS or name in _EXCEPTION_NAMES or name.lower().endswith(("error", "err"))
    )


def _in_message(stack: list[ast.AST]) -> bool:
    """Whether the constant at the end of ``stack`` is message text of a call in the stack."""
    for i in range(len(stack) - 2, -1, -1):
        parent = stack[i]
        child = stack[i + 1]
        if isinstance(parent, ast.keyword):
            if parent.arg not in _MESSAGE_KEYWORDS:
                return False
            call = stack[i - 1] if i >= 1 else None
            return isinstance(call, ast.Call) and _is_message_call(call)
        if isinstance(parent, ast.Call):
            if child is parent.func:
                return False
            if _is_message_call(parent):
                return True
        # f-strings and string concatenation stay inside the message; anything else ends it
        if not isinstance(parent, ast.JoinedStr | ast.FormattedValue | ast.BinOp | ast.Call):
            return False
    return False


def _differences(a: ast.AST, b: ast.AST, stack: list[ast.AST], out: list[list[ast.AST]]) -> bool:
    """Collect the stacks of differing string constants; False if anything else differs."""
    if type(a) is not type(b):
        return False
    if isinstance(a, ast.Constant) and isinstance(b, ast.Constant):
        if a.value == b.value and type(a.value) is type(b.value):
            return True
        if isinstance(a.value, str) and isinstance(b.value, str):
            out.append([*stack, a])
            return True
        return False
    for name, va in ast.iter_fields(a):
        vb = getattr(b, name, None)
        if isinstance(va, list):
            if not isinstance(vb, list) or len(va) != len(vb):
                return False
            for xa, xb in zip(va, vb, strict=True):
                if isinstance(xa, ast.AST):
                    if not isinstance(xb, ast.AST) or not _differences(xa, xb, [*stack, a], out):
                        return False
                elif xa != xb:
                    return False
        elif isinstance(va, ast.AST):
            if not isinstance(vb, ast.AST) or not _differences(va, vb, [*stack, a], out):
                return False
        elif va != vb:
            return False
    return True


def message_only(original: str, mutant: str) -> bool:
    """The documented exclusion rule: the mutant changes message text and nothing else."""
    try:
        a = ast.parse(textwrap.dedent(original))
        b = ast.parse(textwrap.dedent(mutant))
    except SyntaxError:
        return False
    diffs: list[list[ast.AST]] = []
    if not _differences(a, b, [], diffs) or not diffs:
        return False
    return all(_in_message(stack) for stack in diffs)


@dataclass
class Score:
    """The mutation figures of one module."""

    module: str
    total: int = 0
    killed: int = 0
    survived: list[str] = field(default_factory=list)
    message_only: list[str] = field(default_factory=list)
    not_checked: int = 0
    unreached: int = 0

    @property
    def score(self) -> float:
        """Killed share of all mutants, in percent."""
        return 100.0 * self.killed / self.total if self.total else 0.0

    @property
    def adjusted(self) -> float:
        """Killed share once message-only survivors are left out, in percent."""
        counted = self.total - len(self.message_only)
        return 100.0 * self.killed / counted if counted else 0.0


def test_files(module: str, baseline: bool = False) -> list[str]:  # noqa: PT028
    """The module's own test files, plus its ``tests/test_mut_<stem>.py`` if there is one
    (left out with ``baseline``: the figure before the tests written to kill mutants)."""
    files = list(MODULES.get(module, []))
    extra = f"tests/test_mut_{Path(module).stem}.py"
    if not baseline and (ROOT / extra).exists() and extra not in files:
        files.append(extra)
    if not files:
        raise SystemExit(f"no test files known for {module}: add it to MODULES")
    return files


#: decorators that ``unwrap_decorators`` turns into an assignment after the definition. mutmut
#: 3 does not mutate a decorated function at all (only ``staticmethod``/``classmethod``), and
#: the rule functions are ``@exact`` (their decimal context), so without this their mutants
#: would simply not exist and the score would describe the undecorated helpers only.
_UNWRAPPED = frozenset(
    {
        "exact",
        "in_context",
        "cache",
        "functools.cache",
        "property",
        "cached_property",
        "functools.cached_property",
    }
)


def unwrap_decorators(source: str) -> str:
    """``@d`` above ``def f`` becomes ``f = d(f)`` after it: the same object, mutable by mutmut.

    Only functions whose every decorator is one of ``_UNWRAPPED`` (plain names, no arguments)
    are rewritten; ``@a @b def f`` becomes ``f = a(b(f))``, as Python itself applies them.
    The copy in the temporary directory is rewritten, never ``src/``.
    """
    tree = ast.parse(source)
    lines = source.splitlines(keepends=True)
    edits: list[tuple[int, int, int, str]] = []  # (first decorator line, def line, end, stmt)
    for node in ast.walk(tree):
        if not isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef) or not node.decorator_list:
            continue
        names = [ast.unparse(d) for d in node.decorator_list]
        if not all(n in _UNWRAPPED for n in names):
            continue
        first = min(d.lineno for d in node.decorator_list)
        indent = lines[node.lineno - 1][: node.col_offset]
        call = node.name
        for n in reversed(names):
            call = f"{n}({call})"
        assert node.end_lineno is not None
        edits.append((first, node.lineno, node.end_lineno, f"{indent}{node.name} = {call}\n"))
    for first, def_line, end, stmt in sorted(edits, reverse=True):
        lines.insert(end, stmt)
        del lines[first - 1 : def_line - 1]
    return "".join(lines)


def prepare(module: str, work: Path, baseline: bool = False) -> None:
    """Copy the project into ``work`` with a mutmut configuration for ``module`` only."""
    shutil.copytree(ROOT / "src", work / "src", ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copytree(ROOT / "tests", work / "tests", ignore=shutil.ignore_patterns("__pycache__"))
    # some tests read the documented examples (docs/examples)
    shutil.copytree(ROOT / "docs", work / "docs", ignore=shutil.ignore_patterns("__pycache__"))
    # the bulk path's tests build their national years with the benchmark's generator
    shutil.copytree(ROOT / "bench", work / "bench", ignore=shutil.ignore_patterns("__pycache__"))
    target = work / PACKAGE / module
    target.write_text(unwrap_decorators(target.read_text("utf-8")), "utf-8")
    pyproject = (ROOT / "pyproject.toml").read_text("utf-8")
    if "mutmut" in tomllib.loads(pyproject).get("tool", {}):
        raise SystemExit("pyproject.toml has its own [tool.mutmut]; this script writes its own")
    config = {
        "source_paths": ["src/"],
        "only_mutate": [str(PACKAGE / module)],
        "also_copy": ["docs/", "bench/"],
        "pytest_add_cli_args_test_selection": test_files(module, baseline),
        # no doctests, no cache; the project's warnings-as-errors stays on
        "pytest_add_cli_args": ["-p", "no:cacheprovider", "-o", "addopts=--strict-markers"],
    }
    table = "\n[tool.mutmut]\n" + "".join(f"{k} = {json.dumps(v)}\n" for k, v in config.items())
    (work / "pyproject.toml").write_text(pyproject + table, "utf-8")


def run_module(
    module: str, max_children: int, keep: bool, verbose: bool, baseline: bool = False
) -> Score:
    """Run mutmut on one module and classify its mutants."""
    work = Path(tempfile.mkdtemp(prefix="mutation-"))
    try:
        prepare(module, work, baseline)
        mutmut = shutil.which("mutmut") or "mutmut"
        cmd = ["nice", "-n", "15", mutmut, "run", "--max-children", str(max_children)]
        log = work / "mutmut.log"
        with log.open("w") as out:
            done = subprocess.run(cmd, cwd=work, stdout=out, stderr=subprocess.STDOUT, check=False)
        meta = work / "mutants" / PACKAGE / (module + ".meta")
        if not meta.exists():
            sys.stderr.write(log.read_text(errors="replace")[-3000:])
            raise SystemExit(f"mutmut failed on {module} (exit {done.returncode})")
        codes: dict[str, int | None] = json.loads(meta.read_text("utf-8"))["exit_code_by_key"]
        tally = Counter(codes.values())
        odd = {c: k for c, k in tally.items() if c not in _KILLED | _SURVIVED | _NO_TESTS}
        if odd:  # errors, interruptions, segfaults: say so rather than call them survivors
            print(f"# {module}: unusual mutmut exit codes {odd}", file=sys.stderr)
            sys.stderr.write(log.read_text(errors="replace")[-2000:] + "\n")
        score = Score(module, total=len(codes))
        survivors = []
        for name, code in codes.items():
            if code in _KILLED:
                score.killed += 1
            elif code is None:
                score.not_checked += 1
                survivors.append(name)
            elif code in _NO_TESTS:  # no selected test runs this function
                score.unreached += 1
                survivors.append(name)
            else:  # survived, no tests, suspicious, segfault: not detected by a test
                survivors.append(name)
        sources = _sources(work, survivors)
        for name in survivors:
            original, mutant = sources.get(name, ("", ""))
            if message_only(original, mutant):
                score.message_only.append(name)
            else:
                score.survived.append(name)
        if verbose:
            _print_survivors(score, sources)
        return score
    finally:
        if keep:
            print(f"# kept {work}", file=sys.stderr)
        else:
            shutil.rmtree(work, ignore_errors=True)


def _sources(work: Path, names: list[str]) -> dict[str, tuple[str, str]]:
    if not names:
        return {}
    done = subprocess.run(
        [sys.executable, "-c", _EXTRACT],
        cwd=work,
        input=json.dumps(names),
        capture_output=True,
        text=True,
        check=True,
    )
    data: dict[str, list[str]] = json.loads(done.stdout)
    return {k: (v[0], v[1]) for k, v in data.items()}


def _print_survivors(score: Score, sources: dict[str, tuple[str, str]]) -> None:
    import difflib

    for name in score.survived:
        original, mutant = sources.get(name, ("", ""))
        print(f"\n# {name}")
        diff = difflib.unified_diff(original.splitlines(), mutant.splitlines(), lineterm="", n=1)
        print("\n".join(list(diff)[2:]))


def main(argv: list[str] | None = None) -> int:
    """Run the mutation tests of the named modules (default: all of MODULES)."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("modules", nargs="*", help="paths under src/inovasi_daerah")
    parser.add_argument("--max-children", type=int, default=1, help="mutmut workers (default 1)")
    parser.add_argument("--keep", action="store_true", help="keep the temporary copy")
    parser.add_argument(
        "--baseline",
        action="store_true",
        help="without tests/test_mut_<module>.py (the figure before those tests)",
    )
    parser.add_argument("--list-survivors", action="store_true", help="print survivors' diffs")
    args = parser.parse_args(argv)
    os.chdir(ROOT)
    modules = args.modules or list(MODULES)
    header = f"{'module':<22} {'mutants':>7} {'killed':>6} {'survived':>8} {'msg-only':>8}"
    print(f"{header} {'score':>7} {'excl.msg':>8} {'unreached':>9}")
    for module in modules:
        s = run_module(module, args.max_children, args.keep, args.list_survivors, args.baseline)
        print(
            f"{module:<22} {s.total:>7} {s.killed:>6} {len(s.survived):>8} "
            f"{len(s.message_only):>8} {s.score:>6.1f}% {s.adjusted:>7.1f}% {s.unreached:>9}",
            flush=True,
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
