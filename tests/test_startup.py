"""What start-up imports (issue 17, goal 5): `import auditor` and `auditor --help` import no
engine, loading a pack and claim files (`auditor validate`) imports no solver, and every
module can be imported first, with no import circle to resolve. Timings live in
benchmarks/bench_startup.py; these are the structural laws behind them."""

from __future__ import annotations

import json
import os
import pkgutil
import subprocess
import sys
from pathlib import Path

import pytest

import auditor
import auditor.checks as checks

pytestmark = pytest.mark.slow   # fresh interpreters, one per import law: CI runs them (`pytest -m slow`)

ROOT = Path(__file__).resolve().parents[1]
SOLVERS = ("z3", "highspy", "numpy", "flint")


def _imported_after(code: str) -> set[str]:
    """The modules a fresh interpreter holds after running `code`."""
    script = f"import sys, json\n{code}\nprint(json.dumps(sorted(sys.modules)))"
    out = subprocess.run([sys.executable, "-c", script], cwd=ROOT, capture_output=True, text=True, check=True)
    return set(json.loads(out.stdout.splitlines()[-1]))


def test_every_check_kind_has_its_check_and_its_parameters():
    scenario, cross = checks.SCENARIO_CHECKS, checks.CROSS_SCENARIO_CHECKS
    assert not set(scenario) & set(cross)
    assert set(scenario) | set(cross) == set(checks.CHECK_KINDS) == set(checks.PARAMS)
    assert checks.BLOCK_FREE_CHECKS <= set(scenario)


def test_loading_a_pack_and_claim_files_imports_no_solver():
    modules = _imported_after("import auditor\nauditor.load_claims(['seeds/'], pack=auditor.load_pack())")
    assert "auditor.loading.corpus" in modules and "auditor.pack.load" in modules   # it did load them
    assert not modules & {*SOLVERS, "auditor.engine.solver", "auditor.checks.implied"}


def test_auditor_draft_is_the_callable_drafting_package_after_import_auditor_alone():
    # a notebook's `import auditor` then `auditor.draft(text)` works as `import auditor.draft` does,
    # and the package's other entry points stay reachable on it
    code = ("import auditor\nd = auditor.draft('Police counted 12 homicides in 2020.', published='2021-01-05')\n"
            "assert d.drafted and auditor.draft.claim_file(d) and callable(auditor.draft.check)")
    assert "auditor.draft.drafting" in _imported_after(code)


def test_import_auditor_imports_no_library():
    modules = _imported_after("import auditor")
    assert not modules & {"pydantic", "typer", *SOLVERS, "auditor.models", "auditor.engine"}


def _modules() -> list[str]:
    return sorted(m.name for m in pkgutil.walk_packages(auditor.__path__, "auditor.")
                  if m.name.split(".")[1] in ("checks", "engine", "loading", "models", "pack", "periods", "units"))


@pytest.mark.slow
@pytest.mark.parametrize("module", _modules())
def test_each_module_imports_first(module):
    # no import circle that only resolves when another module is imported before this one
    assert module in _imported_after(f"import {module}")


def test_the_command_line_runs_with_the_collector_off_and_gives_it_back(monkeypatch):
    import gc

    from auditor import cli

    seen = []
    monkeypatch.setattr(cli, "app", lambda: seen.append(gc.isenabled()))
    assert gc.isenabled()
    cli.run()
    assert seen == [False] and gc.isenabled()


@pytest.mark.parametrize("chosen", [None, {"OPENBLAS_NUM_THREADS": "3", "PYDANTIC_DISABLE_PLUGINS": ""}])
def test_the_command_line_sets_openblas_and_pydantic_plugins_unless_the_user_chose(chosen):
    script = ("import os, sys\nfrom auditor import cli\n"
              "cli.app = lambda: print(repr(os.environ.get('OPENBLAS_NUM_THREADS')), "
              "repr(os.environ.get('PYDANTIC_DISABLE_PLUGINS')), 'numpy' in sys.modules)\ncli.run()")
    env = {k: v for k, v in os.environ.items() if k not in ("OPENBLAS_NUM_THREADS", "PYDANTIC_DISABLE_PLUGINS")}
    env.update(chosen or {})
    out = subprocess.run([sys.executable, "-c", script], cwd=ROOT, env=env, capture_output=True, text=True, check=True)
    assert out.stdout.split() == (["'3'", "''", "False"] if chosen else ["'1'", "'__all__'", "False"])


@pytest.mark.parametrize("through_the_cli", [True, False])
def test_what_the_command_made_is_left_to_the_process_end_not_collected_at_exit(through_the_cli):
    # the interpreter's last collection at exit walks every object; the CLI freezes them first
    script = ("import sys\nfrom auditor import cli\n"
              "class Cycle:\n    def __del__(self):\n        print('collected', flush=True)\n"
              "def command():\n    c = Cycle(); c.me = c\n"
              + ("cli.app = command\ncli.run()\n" if through_the_cli else "import gc; gc.disable(); command()\n"))
    out = subprocess.run([sys.executable, "-c", script], cwd=ROOT, capture_output=True, text=True, check=True)
    assert ("collected" in out.stdout) is not through_the_cli
