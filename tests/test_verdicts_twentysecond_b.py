"""Verdicts, twenty-second round (b): contradictions the scorer missed when the audit checks a
restated figure's restatement in its place, and the culprit named first."""

from types import SimpleNamespace

from benchmarks.eval_corpus import score


def _claim(cid, statement, period=("2024-01-01", "2024-12-31")):
    return SimpleNamespace(id=cid, statement=statement, metric="homicides", place="x",
                           period=SimpleNamespace(start=period[0], end=period[1]))


def _tension(fid, first, *claims):
    return SimpleNamespace(id=fid, kind="tension", claims=tuple(claims), suspects=(SimpleNamespace(claim=first),),
                           evidence={})


_CLAIMS = [_claim("change", "down about 40% (vs 2023)"), _claim("count", "268"), _claim("count-copy", "268"),
           _claim("restated", "269"), _claim("fewer", "142 fewer (vs 2023)")]
_WANT = {"corroborations": [], "not_tensions": [],
         "tensions": [{"id": "t", "claims": ["change", "count-copy", "fewer"], "culprit": "change"}],
         "revisions": [{"id": "r", "old": "count", "new": "restated"}]}


def test_a_tension_naming_the_restatement_of_a_listed_figure_is_the_contradiction():
    # the audit sets the 268 aside for the police's 269 a year on, and checks the 40% against it
    report = SimpleNamespace(claims=_CLAIMS, sources=[],
                             findings=[_tension("T1", "change", "change", "restated", "fewer")])
    s = score(report, _WANT)
    assert s.found == ["t"] and s.culprit_first == ["t"] and s.false_tensions == []


def test_without_the_revision_the_restatement_is_no_member():
    report = SimpleNamespace(claims=_CLAIMS, sources=[],
                             findings=[_tension("T1", "change", "change", "restated", "fewer")])
    s = score(report, dict(_WANT, revisions=[]))
    assert s.missed == ["t"] and len(s.false_tensions) == 1


def test_a_restated_figure_against_its_own_restatement_is_no_contradiction():
    # 268 against 269 is the revision reported as a tension, not the listed contradiction
    report = SimpleNamespace(claims=_CLAIMS, sources=[], findings=[_tension("T1", "count", "count", "restated")])
    s = score(report, _WANT)
    assert s.missed == ["t"] and len(s.false_tensions) == 1
