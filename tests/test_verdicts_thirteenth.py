"""Thirteenth verdicts round: the scorer takes in every copy of a listed change, as it does of a
listed value (benchmarks/eval_corpus.py, `with_copies`)."""

from types import SimpleNamespace

from benchmarks.eval_corpus import score, with_copies


def _claim(id, statement, metric="homicides", place="indy", start="2015-01-01", end="2015-12-31"):
    return SimpleNamespace(id=id, metric=metric, place=place, statement=statement,
                           period=SimpleNamespace(start=start, end=end))


def _report(claims, findings=()):
    return SimpleNamespace(claims=claims, sources=[], findings=list(findings))


def _tension(id, claims, first):
    return SimpleNamespace(id=id, kind="tension", claims=claims, suspects=[SimpleNamespace(claim=first)],
                           evidence={})


def test_a_change_brings_in_its_copies_with_the_same_base():
    claims = [_claim("a", "up 10.77 percent (vs 2014)"), _claim("b", "up 10.77 percent (vs 2014)"),
              _claim("other-base", "up 10.77 percent (vs 2013)"), _claim("other-figure", "up 10.7 percent (vs 2014)"),
              _claim("other-year", "up 10.77 percent (vs 2014)", start="2016-01-01", end="2016-12-31"),
              _claim("n", "12 more (vs 2014)"), _claim("m", "12 more (vs 2014)")]
    assert with_copies({"a"}, _report(claims)) == {"a", "b"}
    assert with_copies({"n"}, _report(claims)) == {"n", "m"}


def test_a_hedged_change_or_a_statement_without_a_figure_brings_in_nothing():
    claims = [_claim("a", "down about 5% (vs 2014)"), _claim("b", "down about 5% (vs 2014)"),
              _claim("r", "record-high"), _claim("s", "record-high"),
              _claim("v", "nearly 190"), _claim("w", "nearly 190"),
              _claim("x", "up 3% (vs 2014) | [b] up 4% (vs 2014)"), _claim("y", "up 3% (vs 2014) | [b] up 4% (vs 2014)")]
    for c in ("a", "r", "v", "x"):
        assert with_copies({c}, _report(claims)) == {c}


def test_a_finding_holding_two_copies_of_a_listed_change_matches_and_names_its_culprit():
    claims = [_claim("rtv-up", "up 10.77 percent (vs 2014)"), _claim("wrtv-up", "up 10.77 percent (vs 2014)"),
              _claim("c2014", "135", start="2014-01-01", end="2014-12-31"), _claim("c2015", "144")]
    finding = _tension("TN-1", ["rtv-up", "c2014", "wrtv-up"], first="rtv-up")
    want = {"tensions": [{"id": "t", "claims": ["rtv-up", "c2014", "c2015"], "culprit": "rtv-up"}],
            "revisions": [], "corroborations": [], "not_tensions": []}
    s = score(_report(claims, [finding]), want)
    assert s.found == ["t"] and s.culprit_first == ["t"] and s.false_tensions == []


# --------------------------------------------------------------------------------------------
# An outlet's look back decades on, then another body's different figure for the year that it
# prints (revisions.another_bodys_look_back), with invented figures in an invented corpus.

from verdict_cases import audit, claim, pack, revisions, source, tensions  # noqa: E402,F401 (the pack fixture)


def test_another_bodys_figure_decades_on_does_not_restate_the_outlets_look_back(pack):
    """The paper, in 2018: 1966 had 214 homicides "according to decades of data reviewed by" it;
    the same paper in 2024: "232 homicides, the city announced". Two histories of a settled count,
    not the paper's revision: a contradiction."""
    sources = [source("p18", "2018-01-02", publisher="The Daily"), source("p24", "2024-01-03", publisher="The Daily")]
    claims = [claim("old", "p18", "homicides", "1966", "214",
                    quote="in 1966, when 214 homicides occurred, according to decades of data reviewed by The Daily"),
              claim("new", "p24", "homicides", "1966", "232", speaker="City of Kansas City", attribution="paraphrase",
                    quote="the fewest since 1966, when there were 232 homicides, the city announced")]
    report = audit(pack, sources, claims)
    assert revisions(report) == []
    assert tensions(report) == [{"old", "new"}]


def test_the_outlets_own_later_figure_still_restates_its_look_back(pack):
    """The paper's 168 for 1991 (given in 2005), then its own 165 (2020): the outlet's line."""
    sources = [source("p05", "2005-01-02", publisher="The Daily"), source("p20", "2020-07-06", publisher="The Daily")]
    claims = [claim("old", "p05", "homicides", "1991", "168", quote="The bloodiest year was 1991, when 168 died."),
              claim("new", "p20", "homicides", "1991", "165", quote="It would top the 165 lives lost in 1991")]
    report = audit(pack, sources, claims)
    assert revisions(report) == [("old", "new")]


def test_another_bodys_figure_while_the_count_settles_restates_the_outlets(pack):
    """The paper's own 214 for 2016 (January 2017), then "216, the city announced" (January
    2018): the count of its day, restated in the outlet's line as before."""
    sources = [source("p17", "2017-01-03", publisher="The Daily"), source("p18", "2018-01-04", publisher="The Daily")]
    claims = [claim("old", "p17", "homicides", "2016", "214", quote="The city had 214 homicides in 2016."),
              claim("new", "p18", "homicides", "2016", "216", speaker="City of Kansas City", attribution="paraphrase",
                    quote="216 homicides in 2016, the city announced")]
    report = audit(pack, sources, claims)
    assert revisions(report) == [("old", "new")]
