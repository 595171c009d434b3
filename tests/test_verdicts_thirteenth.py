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
