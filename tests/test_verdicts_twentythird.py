"""Twenty-third verdicts round: two figures for a year long closed, given within a week of each
other, are two retellings of a settled count, not the count restated, even in one newsroom's line
(auditor/engine/revisions.py retold_in_a_week, rules/checks/RV001-revision.yaml); and the
families of counts under one name counted in different ways are one table the checks take by name
(rules/counted_ways.yaml, auditor/pack/load.py). Invented figures, invented corpus."""

from pathlib import Path

import pytest
from ruamel.yaml import YAML

from auditor.checks.params import NamedCountWays
from auditor.errors import InputError
from auditor.pack.load import _load_pack_files, _named_counted_ways, default_pack_path
from verdict_cases import audit, claim, pack, released_by, revisions, source, tensions  # noqa: F401 (the pack fixture)


def _retold(first_day="2022-01-24", second_day="2022-01-28", publisher="The Daily"):
    """One newsroom's homicides for 2020, given twice in a week, thirteen months on."""
    sources = [source("jan24", first_day, publisher="The Daily"), source("jan28", second_day, publisher=publisher)]
    claims = [claim("daily-202", "jan24", "homicides", "2020", "202", speaker="Kansas City Police Department",
                    attribution="paraphrase",
                    quote="There were 210 homicides in 2021 and 202 in 2020, according to the "
                          "department's data."),
              claim("daily-204", "jan28", "homicides", "2020", "204",
                    quote="That is up from 2020, when the city recorded 204 homicides.")]
    return sources, claims


def test_one_newsrooms_two_figures_a_year_on_in_one_week_are_a_tension(pack):
    """Thirteen months after 2020, four days apart: a year-old count does not move in a week."""
    report = audit(pack, *_retold())
    assert revisions(report) == []
    assert tensions(report) == [{"daily-202", "daily-204"}]


def test_two_outlets_a_year_on_in_one_week_are_a_tension(pack):
    """The same with the second figure another outlet's, credited to the police too (under
    `retold_years_on`'s two years)."""
    sources, claims = _retold(publisher="Channel 4")
    claims[1].update(speaker="Kansas City Police Department", attribution="paraphrase")
    report = audit(pack, sources, claims)
    assert revisions(report) == []
    assert tensions(report) == [{"daily-202", "daily-204"}]


def test_a_year_on_but_weeks_apart_still_restates(pack):
    """The second figure five weeks after the first: outside `retold_in_a_week_days` (7)."""
    report = audit(pack, *_retold(second_day="2022-03-01"))
    assert revisions(report) == [("daily-202", "daily-204")]
    assert tensions(report) == []


def test_an_update_dated_only_to_within_months_still_restates(pack):
    """The second figure from an update of the article known only to be out between the next day
    and four months on: not surely within the week, so it may be the newsroom's word months on."""
    report = audit(pack, *_retold(second_day={"earliest": "2022-01-25", "latest": "2022-05-12"}))
    assert revisions(report) == [("daily-202", "daily-204")]


def test_in_a_week_soon_after_the_year_still_restates(pack):
    """Both figures in the weeks after 2020 ended: the count of its day, still settling."""
    report = audit(pack, *_retold(first_day="2021-01-24", second_day="2021-01-28"))
    assert revisions(report) == [("daily-202", "daily-204")]


def test_a_bodys_own_releases_in_a_week_still_restate(pack):
    """The police department's own two releases a year on: its word again."""
    report = audit(pack, *released_by("Kansas City Police Department", *_retold()))
    assert revisions(report) == [("daily-202", "daily-204")]
    assert tensions(report) == []


# --------------------------------------------------------------------------------------------
# counted_ways: one table, taken by name

_RULE = """id: TN901
name: counted
check: tension
kind: tension
params:
  via: value
  counted_ways: {ways}
severity: error
summary: test rule.
why: test rule.
fix: test rule.
examples: []
"""

_FAMILIES = """counted_ways:
  vacancies:
    metric_words: ["vacancies"]
    ways:
      vacant-positions: ['\\bvacant\\b']
      officers-short: ['\\bshort\\b']
  recruits:
    metric_words: ["recruits"]
    ways:
      academy-entrants: ['\\benrolled\\b']
      officers-hired: ['\\bhired\\b']
"""


def _desk(tmp_path, ways, families=_FAMILIES):
    """A desk's pack over the bundled one: one more tension rule, and its own families."""
    (tmp_path / "checks").mkdir()
    (tmp_path / "checks" / "TN901-counted.yaml").write_text(_RULE.format(ways=ways), encoding="utf-8")
    if families is not None:
        (tmp_path / "counted_ways.yaml").write_text(families, encoding="utf-8")
    return _load_pack_files(tmp_path)


def test_the_four_checks_take_every_family_of_the_table(pack):
    """TN001, TN002, TN004 and NC001 hold the same families, those of rules/counted_ways.yaml, in its order."""
    table = YAML(typ="safe").load((default_pack_path() / "counted_ways.yaml").read_text(encoding="utf-8"))["counted_ways"]
    assert len(table) >= 4
    for rid in ("TN001", "TN002", "TN004", "NC001"):
        got = pack.rules[rid].params["counted_ways"]
        assert [list(f["metric_words"]) for f in got] == [f["metric_words"] for f in table.values()], rid
        assert [{k: list(v) for k, v in f["ways"].items()} for f in got] == [f["ways"] for f in table.values()], rid


_TABLE = {"vacancies": NamedCountWays(id="vacancies", metric_words=["vacancies"],
                                      ways={"vacant": [r"\bvacant\b"], "short": [r"\bshort\b"]}),
          "recruits": NamedCountWays(id="recruits", metric_words=["recruits"],
                                     ways={"enrolled": [r"\benrolled\b"], "hired": [r"\bhired\b"]})}


def _named(ways):
    problems = []
    out = _named_counted_ways({"via": "value", "counted_ways": ways}, _TABLE, Path("TN901.yaml"),
                              lambda file, loc, **f: problems.append((loc, f)))
    return out, problems


def test_families_by_name():
    """`all` takes every family in the table's order; a list takes the ones it names, beside one written out."""
    out, _ = _named("all")
    assert [f["metric_words"] for f in out["counted_ways"]] == [("vacancies",), ("recruits",)]
    assert "id" not in out["counted_ways"][0]
    inline = {"metric_words": ["hires"], "ways": {"a": ["x"], "b": ["y"]}}
    out, _ = _named(["recruits", inline])
    assert out["counted_ways"] == [_TABLE["recruits"].model_dump(exclude={"id"}), inline]
    written = [inline]
    assert _named(written)[0]["counted_ways"] is written   # nothing named: as written


def test_an_unknown_family_is_a_located_pack_error():
    out, problems = _named(["recruits", "vacancy"])
    assert out is None
    assert problems[0][0] == ("params", "counted_ways", 1)
    assert "did you mean 'vacancies'" in problems[0][1]["hint"]


@pytest.mark.slow
def test_a_desks_pack_names_its_own_families(tmp_path):
    """A desk's rule names families by id; the desk's table replaces a bundled family by its id,
    and an unknown id stops the pack with the file it is in."""
    loaded = _desk(tmp_path, "[recruits, vacancies]")
    got = loaded.rules["TN901"].params["counted_ways"]
    assert [tuple(f["metric_words"]) for f in got] == [("recruits",), ("vacancies",)]
    assert dict(got[1]["ways"]) == {"vacant-positions": ("\\bvacant\\b",), "officers-short": ("\\bshort\\b",)}
    assert "counted_ways.drug-deaths" in loaded.origins
    (tmp_path / "checks" / "TN901-counted.yaml").write_text(_RULE.format(ways="[recruits, vacancy]"), encoding="utf-8")
    with pytest.raises(InputError) as err:
        _load_pack_files(tmp_path)
    text = err.value.render()
    assert "TN901-counted.yaml" in text and "vacancy" in text and "did you mean 'vacancies'" in text
