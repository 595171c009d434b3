"""A broken rule pack is refused with located errors, all at once, before anything runs."""

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from auditor import InputError
from auditor.pack.load import default_pack_path, load_pack

# each test loads a whole broken pack (about 0.15 s): run with the slow suite, which CI runs
pytestmark = pytest.mark.slow


@pytest.fixture
def pack_dir(tmp_path) -> Path:
    """A desk's pack, which extends the bundled one as a copy of the whole pack would: each test
    copies in only the bundled files it breaks (`copied`), so that a load reads the bundled
    files once rather than twice (a whole copy loads cleanly in test_pack_cache.py)."""
    dst = tmp_path / "rules"
    dst.mkdir()
    return dst


def copied(pack_dir: Path, name: str) -> Path:
    """The bundled pack's file `name` (its path in the pack), copied into `pack_dir`."""
    dst = pack_dir / name
    dst.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(default_pack_path() / name, dst)
    return dst


def edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def problems(pack_dir: Path):
    with pytest.raises(InputError) as exc:
        load_pack(pack_dir)
    return exc.value.problems


def line_of(path: Path, text: str) -> int:
    return next(i for i, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1) if text in line)


def test_an_unknown_check_kind_is_located_with_a_suggestion(pack_dir):
    rule = copied(pack_dir, "checks/TN002-period-sum.yaml")
    edit(rule, "check: tension", "check: tensoin")
    (p,) = problems(pack_dir)
    assert (p.file, p.line, p.code, p.input) == (str(rule), line_of(rule, "tensoin"), "pack-unknown-check", "tensoin")
    assert "'tension'" in p.hint


def test_a_misspelt_parameter_and_a_bad_value_are_both_reported(pack_dir):
    tn = copied(pack_dir, "checks/TN003-place-containment.yaml")
    im = copied(pack_dir, "checks/IM001-implied-figure.yaml")
    edit(tn, "params: {via: place}", "params: {via: periods}")
    edit(im, "params: {max_spread: 10}", "params: {max_spred: 10}")
    found = {(p.file, p.field, p.input): p for p in problems(pack_dir)}
    assert set(found) == {(str(tn), "params.via", "periods"), (str(im), "params.max_spred", "max_spred")}
    assert all(p.line == line_of(Path(p.file), "params:") for p in found.values())
    assert "'max_spread'" in found[(str(im), "params.max_spred", "max_spred")].hint


def test_a_bad_max_spread_is_a_located_error_not_a_crash(pack_dir):
    im = copied(pack_dir, "checks/IM001-implied-figure.yaml")
    edit(im, "params: {max_spread: 10}", "params: {max_spread: ten}")
    (p,) = problems(pack_dir)
    assert (p.field, p.input, p.line) == ("params.max_spread", "ten", line_of(im, "max_spread"))


def test_a_containment_cycle_is_refused(pack_dir):
    places = copied(pack_dir, "places.yaml")
    edit(places, "  jefferson-county-al:\n", "  jefferson-county-al:\n    within: birmingham-al\n")
    (p,) = problems(pack_dir)
    assert p.code == "pack-cycle" and p.line > 0
    assert p.input == "birmingham-al -> jefferson-county-al -> birmingham-al"


def test_a_qualifier_whose_low_bound_is_above_its_high_is_refused(pack_dir):
    q = copied(pack_dir, "qualifiers.yaml")
    text = q.read_text(encoding="utf-8")
    # the first reading with both bounds: swap them
    import re
    m = re.search(r"low: ([\d.]+), high: ([\d.]+)", text)
    assert m, "qualifiers.yaml has a reading with both bounds"
    q.write_text(text[:m.start()] + f"low: {m.group(2)}1, high: {m.group(1)}" + text[m.end():], encoding="utf-8")
    found = problems(pack_dir)
    assert [p.code for p in found] == ["pack-invalid"] and "above the high" in found[0].message
    assert found[0].line == text[:m.start()].count("\n") + 1


@pytest.mark.slow   # end to end, in a fresh interpreter: run with -m slow, and in CI
def test_the_cli_refuses_a_broken_pack_with_exit_2_and_no_traceback(pack_dir):
    edit(copied(pack_dir, "checks/TN002-period-sum.yaml"), "check: tension", "check: tensoin")
    seeds = Path(__file__).resolve().parents[1] / "seeds" / "claims.yaml"
    run = subprocess.run([sys.executable, "-m", "auditor", "audit", "--rules", str(pack_dir), str(seeds)],
                         capture_output=True, text=True)
    assert run.returncode == 2
    assert "TN002-period-sum.yaml:3:8: error[pack-unknown-check]" in run.stderr
    assert "Traceback" not in run.stderr and not run.stdout


def test_the_bundled_pack_fills_in_parameter_defaults():
    pack = load_pack()
    assert all(isinstance(r.params, dict) for r in pack.rules.values())
    assert pack.rules["IM001"].params == {"max_spread": 10}


def test_a_relation_naming_an_unknown_metric_is_located(pack_dir):
    rel = copied(pack_dir, "relations.yaml")
    edit(rel, "parts: [homicides, justifiable_homicides]", "parts: [homicide, justifiable_homicides]")
    (p,) = problems(pack_dir)
    assert (p.file, p.code, p.input, p.line) == (str(rel), "pack-unknown-metric", "homicide",
                                                 line_of(rel, "homicide,"))
    assert "'homicides'" in p.hint


def test_relations_that_make_a_metric_part_of_itself_are_refused(pack_dir):
    rel = copied(pack_dir, "relations.yaml")
    text = rel.read_text(encoding="utf-8")
    rel.write_text(text + "  backwards:\n    whole: justifiable_homicides\n    parts: [homicides_incl_justifiable]\n"
                          "    why: wrong way round\n", encoding="utf-8")
    (p,) = problems(pack_dir)
    assert p.code == "pack-cycle" and p.line > 0
    assert set(p.input.split(" -> ")) == {"all-homicides", "backwards"}


def test_a_rate_naming_an_unknown_metric_and_a_wrong_kind_are_both_located(pack_dir):
    rates = copied(pack_dir, "rates.yaml")
    edit(rates, "count: homicides", "count: homicide")
    edit(rates, "population: population", "population: homicides_ruled")
    found = {p.field: p for p in problems(pack_dir)}
    assert set(found) == {"rates.homicide-rate.count", "rates.homicide-rate.population"}
    unknown, wrong = found["rates.homicide-rate.count"], found["rates.homicide-rate.population"]
    assert (unknown.code, unknown.input, unknown.line) == ("pack-unknown-metric", "homicide",
                                                           line_of(rates, "count: homicide"))
    assert "'homicides'" in unknown.hint
    assert wrong.code == "pack-invalid" and "not a stock" in wrong.message and wrong.line == line_of(
        rates, "population: homicides_ruled")


def test_a_stock_summed_over_time_is_refused(pack_dir):
    metrics = copied(pack_dir, "metrics.yaml")
    text = metrics.read_text(encoding="utf-8")
    at = text.index("  population:")
    metrics.write_text(text[:at] + text[at:].replace("additive_over_time: false", "additive_over_time: true", 1),
                       encoding="utf-8")
    (p,) = problems(pack_dir)
    assert (p.code, p.field) == ("pack-invalid", "metrics.population.additive_over_time") and p.line > 0


@pytest.mark.parametrize("table,text,field", [("metrics", "metrics:\n  - homicides\n", "metrics"),
                                              ("metrics", "metrics:\n  homicides: 3\n", "metrics.homicides"),
                                              ("places", "places:\n  riverton: [1]\n", "places.riverton")])
def test_a_desk_table_of_the_wrong_shape_is_a_located_error_not_a_crash(tmp_path, table, text, field):
    """A desk's pack extends the bundled one: a table written as a list, or an entry that is
    not a mapping of fields, is refused where it stands (it was an internal error)."""
    (tmp_path / f"{table}.yaml").write_text(text, encoding="utf-8")
    (p,) = problems(tmp_path)
    assert (p.file, p.code, p.field, p.line) == (str(tmp_path / f"{table}.yaml"), "pack-invalid", field, 2)


@pytest.mark.parametrize("start", ["04-31", "02-29"])
def test_a_fiscal_year_starting_on_no_day_of_the_year_is_a_located_error(tmp_path, start):
    """The pattern lets 31 April through; it was a ValueError out of the drafter's period reading."""
    (tmp_path / "places.yaml").write_text(
        f'places:\n  riverton:\n    name: Riverton\n    kind: city\n    fiscal_year: {{start: "{start}"}}\n', encoding="utf-8")
    (p,) = problems(tmp_path)
    assert (p.code, p.field, p.line) == ("pack-invalid", "places.riverton.fiscal_year.start", 5)
    assert "no day of the year" in p.message


@pytest.mark.parametrize("make", ["missing", "file", "empty", "claims folder"])
def test_a_pack_path_with_no_pack_is_refused_not_swapped_for_the_bundled_one(tmp_path, make):
    target = tmp_path / "pack"
    if make == "file":
        target.write_text("metrics: {}\n", encoding="utf-8")
    elif make != "missing":
        target.mkdir()
    if make == "claims folder":     # a corpus's folder given for its pack/
        (target / "claims.yaml").write_text("sources: []\nclaims: []\n", encoding="utf-8")
    with pytest.raises(InputError) as caught:
        load_pack(target)
    problem = caught.value.problems[0]
    assert problem.code == "pack-missing" and problem.file == str(target) and problem.hint


@pytest.mark.slow   # a whole CLI or engine run: CI runs it (`pytest -m slow`)
def test_the_cli_refuses_a_mistyped_rules_path_with_exit_2(tmp_path):
    run = subprocess.run([sys.executable, "-m", "auditor", "audit", "--rules", str(tmp_path / "no-such-pack")],
                         capture_output=True, text=True)
    assert run.returncode == 2 and "pack-missing" in run.stderr and "Traceback" not in run.stderr


def test_part_of_takes_one_name_and_an_unknown_whole_is_located(pack_dir, tmp_path):
    """`part_of: reported_crimes` is a list of one; a whole the pack lacks is refused at its line
    with the field and the name (before: "Input should be a valid tuple" for the single name)."""
    edit(copied(pack_dir, "metrics.yaml"), "part_of: [reported_crimes]", "part_of: reported_crimes")
    pack = load_pack(pack_dir)
    assert any(metric.part_of == ("reported_crimes",) for metric in pack.metrics.values())
    other = tmp_path / "other"
    other.mkdir()
    metrics = copied(other, "metrics.yaml")
    edit(metrics, "part_of: [reported_crimes]", "part_of: reported_crime")
    (p,) = problems(other)
    assert (p.code, p.input, p.line) == ("pack-unknown-metric", "reported_crime", line_of(metrics, "part_of: reported_crime"))
