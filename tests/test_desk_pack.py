"""A desk's own vocabulary: a pack of one or two small files extends the bundled one (issue 14)."""

import os
import subprocess
import sys
from pathlib import Path

import pytest

import auditor
from auditor.pack.load import load_pack

from pack_cases import SWORN_OFFICERS as METRICS

PLACES = """places:
  tulsa-ok:
    name: Tulsa, Oklahoma
    kind: city
    aliases: [Tulsa]
"""
CLAIMS = """sources:
  - {id: world, title: Year in review, publisher: Tulsa World, published: 2024-01-03}
  - {id: pd, title: Annual report, publisher: Tulsa Police Department, kind: official-statement, published: 2024-02-01}
claims:
  - {id: w, source: world, metric: homicides, place: Tulsa, period: "2023", value: "71", quote: "71 homicides"}
  - {id: p, source: pd, metric: homicides, place: tulsa-ok, period: "2023", value: "67", quote: "67 homicides"}
  - {id: o, source: pd, metric: sworn_officers, place: tulsa-ok, period: "2023", value: "720", quote: "720 officers"}
"""


@pytest.fixture
def desk(tmp_path) -> Path:
    (tmp_path / "pack").mkdir()
    (tmp_path / "pack" / "places.yaml").write_text(PLACES, encoding="utf-8")
    (tmp_path / "pack" / "metrics.yaml").write_text(METRICS, encoding="utf-8")
    (tmp_path / "claims.yaml").write_text(CLAIMS, encoding="utf-8")
    return tmp_path


def test_a_desk_pack_adds_its_places_and_metrics_to_the_bundled_ones(desk):
    pack = load_pack(desk / "pack")
    bundled = load_pack()
    assert set(pack.metrics) == set(bundled.metrics) | {"sworn_officers"}
    assert set(pack.places) == set(bundled.places) | {"tulsa-ok"}
    assert set(pack.rules) == set(bundled.rules)          # the rules come with it
    assert pack.file_of("places", "tulsa-ok") == str(desk / "pack" / "places.yaml")
    report = auditor.audit([str(desk / "claims.yaml")], pack=pack)
    (t,) = [f for f in report.findings if f.kind == "tension"]
    assert t.suspects[0].claim == "w"                     # the department's release outranks the paper


def test_a_desk_pack_edited_in_a_running_process_is_read_again(desk):
    """A notebook or server that loads the desk's pack, then the desk edits it: the next load
    gives the edited pack; an untouched pack is the same object."""
    metrics = desk / "pack" / "metrics.yaml"
    first = load_pack(desk / "pack")
    assert load_pack(desk / "pack") is first
    assert first.metrics["sworn_officers"].label == "sworn officers"
    metrics.write_text(METRICS.replace("label: sworn officers", "label: officers on the roll"), encoding="utf-8")
    stat = metrics.stat()
    os.utime(metrics, ns=(stat.st_atime_ns, stat.st_mtime_ns + 1_000_000))   # a clock coarser than the edit
    assert load_pack(desk / "pack").metrics["sworn_officers"].label == "officers on the roll"
    (desk / "pack" / "places.yaml").unlink()   # a file gone is an edit too
    assert "tulsa-ok" not in load_pack(desk / "pack").places


def test_misspelt_vocabulary_names_the_desks_file(desk):
    (desk / "pack" / "places.yaml").write_text(PLACES + "    within: oklahoma-stat\n", encoding="utf-8")
    with pytest.raises(auditor.InputError) as exc:
        load_pack(desk / "pack")
    (p,) = exc.value.problems
    assert (p.file, p.line, p.input) == (str(desk / "pack" / "places.yaml"), 6, "oklahoma-stat")
    (desk / "pack" / "places.yaml").write_text(PLACES, encoding="utf-8")
    (desk / "claims.yaml").write_text(CLAIMS.replace("place: tulsa-ok, period: \"2023\", value: \"720\"",
                                                     "place: tusla, period: \"2023\", value: \"720\""), encoding="utf-8")
    with pytest.raises(auditor.InputError) as exc:
        auditor.load_claims(desk / "claims.yaml", pack=load_pack(desk / "pack"))
    (p,) = exc.value.problems
    assert p.code == "place-unknown" and p.line == 7 and str(desk / "pack" / "places.yaml") in p.hint


def test_a_pack_may_stand_alone(desk):
    (desk / "pack" / "pack.yaml").write_text("standalone: true\n", encoding="utf-8")
    with pytest.raises(auditor.InputError) as exc:
        load_pack(desk / "pack")
    assert {Path(p.file).name for p in exc.value.problems} >= {"qualifiers.yaml", "rounding.yaml"}


def test_did_you_mean_only_for_close_matches():
    pack = load_pack()
    assert pack.suggest_metric("homicidez") == "homicides"
    assert pack.suggest_metric("non-fatal shootings") == "nonfatal_shootings"
    assert pack.suggest_metric("sworn_officers") is None      # was 'reported_crimes'


@pytest.mark.slow   # a fresh interpreter: run with -m slow, and in CI
def test_vocab_lists_the_desks_entries_with_their_file(desk):
    run = subprocess.run([sys.executable, "-m", "auditor", "vocab", "places", "--rules", str(desk / "pack")],
                         capture_output=True, text=True)
    assert run.returncode == 0, run.stderr
    line = next(x for x in run.stdout.splitlines() if "tulsa-ok" in x)
    assert "Tulsa, Oklahoma" in line and str(desk / "pack" / "places.yaml") in line
    assert "birmingham-al" in run.stdout


def _a_desks_fractional_count(folder: Path):
    """A desk's pack with a metric in "count" that is not a whole number (a levy in cents)."""
    (folder / "metrics.yaml").write_text("""metrics:
  property_tax_rate:
    label: property tax rate
    definition: the levy on property, in cents per 100 dollars of valuation
    unit: count
    integer: false
    non_negative: true
    additive_over_time: false
    additive_over_places: false
""", encoding="utf-8")
    pack = load_pack(folder)
    assert not pack.metrics["property_tax_rate"].integer
    return pack


def _examples_pass_with_it(pack, results) -> None:
    failed = [r.test_id for r in results if not r.passed]
    assert failed == []
    # the bundled pack holds the example (its ids, without running its examples again: the
    # same ids run_all(load_pack()) gives), and it ran, and passed, with the desk's metric
    bundled = {f"{rule.id}::{ex.name}" for rule in load_pack().rules.values() for ex in rule.examples}
    assert "TN001::plain-120-against-121" in bundled
    assert "TN001::plain-120-against-121" in {r.test_id for r in results}


@pytest.mark.slow   # a whole CLI or engine run: CI runs it (`pytest -m slow`)
def test_a_desks_fractional_count_changes_no_other_metrics_figures(tmp_path):
    """A desk's metric in "count" that is not a whole number (a levy in cents) leaves every
    whole-number metric's figures as they were: the examples of the rule of one figure against
    another (TN001, whose verdicts turn on whole numbers) all pass with it, and "120" homicides
    still contradicts 121 (it did not, read as a measurement). Every rule's examples: below,
    with -m slow."""
    from auditor.pack.examples import run_example

    pack = _a_desks_fractional_count(tmp_path)
    rule = pack.rules["TN001"]
    _examples_pass_with_it(pack, [run_example(rule, ex, pack) for ex in rule.examples])


@pytest.mark.slow
def test_a_desks_fractional_count_changes_no_other_metrics_figures_in_any_rules_examples(tmp_path):
    """The same with every bundled rule's examples (run_all)."""
    from auditor.pack.examples import run_all

    pack = _a_desks_fractional_count(tmp_path)
    _examples_pass_with_it(pack, run_all(pack))


def test_a_desk_pack_shares_no_mutable_value_with_the_bundled_one(tmp_path):
    """Pack files are parsed once per process (auditor.pack.load._parsed); each load gets its own
    copy, so a desk's pack built on the bundled files holds none of the bundled pack's lists."""
    (tmp_path / "places.yaml").write_text(PLACES, encoding="utf-8")
    bundled, desk = load_pack(), load_pack(tmp_path)
    def nested(pack):   # the dicts and lists inside the rules' examples' claims ('change': {...})
        return {id(v) for r in pack.rules.values() for ex in r.examples for c in ex.claims
                for v in c.values() if isinstance(v, (dict, list))}

    assert desk.rules == bundled.rules
    assert nested(bundled) and not nested(bundled) & nested(desk)


def test_a_desk_budget_in_euros_leaves_out_the_bundled_budget_relation(tmp_path):
    """A desk's own `city_budget` in euros beside the bundled General Fund in dollars: the bundled
    relation general-fund-within-budget could only compare euros with dollars, so the pack loads
    without it (it failed to load, with pack-invalid, and nothing was audited)."""
    (tmp_path / "metrics.yaml").write_text(
        "metrics:\n  city_budget:\n    label: city budget\n    definition: the city's budget, in euros\n"
        "    unit: euro\n    integer: false\n    non_negative: true\n    additive_over_time: false\n"
        "    additive_over_places: false\n", encoding="utf-8")
    pack = load_pack(tmp_path)
    assert pack.metrics["city_budget"].unit == "euro"
    assert "general-fund-within-budget" not in pack.relations
    assert "general-fund-within-budget" in load_pack().relations
