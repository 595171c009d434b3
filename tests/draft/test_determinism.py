"""The drafter decides the same in every process: no choice may follow the order of a set of
strings, which changes with PYTHONHASHSEED."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

# A percent metric named in full in the clause ("a homicide clearance rate"), whose other name
# ("cleared homicide cases") also fits the clause's words, beside a second percent metric that fits
# them too: the named one must win whichever of its names is tried first. Before round 40 the
# first name that fit stopped the search, so under PYTHONHASHSEED=0 the answer was None and under 1
# the clearance rate.
_CHOOSE = """
from types import SimpleNamespace as N
from auditor.draft.drafting import _percent_metric_of
text = "Detectives cleared 73 percent of homicide cases, a homicide clearance rate the chief praised."
metrics = {m.id: m for m in (N(id="homicides", unit="count", label=None, aliases=()),
                             N(id="homicide_clearance_rate", unit="percent", label=None,
                               aliases=("cleared homicide cases",)),
                             N(id="homicide_case_share", unit="percent", label=None, aliases=()))}
art = N(pack=N(metrics=metrics), text=text)
print(_percent_metric_of(art, N(clause=(0, len(text))), metrics["homicides"]))
"""


def _chosen(seed: int) -> str:
    env = {**os.environ, "PYTHONHASHSEED": str(seed), "PYTHONPATH": str(ROOT)}
    done = subprocess.run([sys.executable, "-c", _CHOOSE], env=env, cwd=ROOT, capture_output=True, text=True,
                          check=True)
    return done.stdout.strip()


@pytest.mark.slow   # two interpreters, each loading the articles pack (CI runs it)
def test_percent_metric_of_a_count_does_not_follow_hash_order():
    assert _chosen(0) == _chosen(1) == "homicide_clearance_rate"
