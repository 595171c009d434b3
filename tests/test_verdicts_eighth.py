"""Verdicts, eighth round: small hand-written cases of how news states numbers (the forms seen
in the development corpora, with invented places and figures)."""

import pytest

from verdict_cases import audit, claim, source, tensions
from verdict_cases import pack  # noqa: F401  (the fixture)


def first_suspects(report):
    return [f.suspects[0].claim for f in report.findings if f.kind == "tension"]


@pytest.mark.parametrize("first_id, second_id", [("a-old", "b-new"), ("b-old", "a-new")])
def test_of_two_figures_one_sentence_gives_the_one_written_first_is_doubted(pack, first_id, second_id):
    """"reported 26,013 crimes in 2016, and 24,941 crimes in 2016 - a drop": one sentence, two
    figures for one quantity, nothing else to tell them apart. News gives such figures in time
    order, so the one written first is the one out of date (or under the wrong year), whichever
    id sorts first."""
    said = "Police reported 2,613 crimes in 2012, and 2,494 crimes in 2012 - a drop."
    sources = [source("paper")]
    claims = [claim(first_id, "paper", "reported_crimes", "2012", "2,613", quote=said),
              claim(second_id, "paper", "reported_crimes", "2012", "2,494", quote=said)]
    report = audit(pack, sources, claims)
    assert tensions(report) == [{first_id, second_id}]
    assert first_suspects(report) == [first_id]


def test_figures_of_two_sentences_keep_their_costs(pack):
    """The rule is about one sentence: two sentences of one article that give a quantity two
    figures are not ordered by it (the id decides the tie, as before)."""
    sources = [source("paper")]
    claims = [claim("b-old", "paper", "reported_crimes", "2012", "2,613", quote="Police reported 2,613 crimes in 2012."),
              claim("a-new", "paper", "reported_crimes", "2012", "2,494", quote="There were 2,494 crimes in 2012.")]
    report = audit(pack, sources, claims)
    assert first_suspects(report) == ["a-new"]
