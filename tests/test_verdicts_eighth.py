"""Verdicts, eighth round: small hand-written cases of how news states numbers (the forms seen
in the development corpora, with invented places and figures)."""

import pytest

from verdict_cases import audit, claim, revisions, source, tensions
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


DECLARED = "Police removed two homicides from their database Monday, changing the number of homicides in 2022 from 301 to 299."


def test_a_restatement_its_words_declare_shows_the_figure_it_names(pack):
    """"changing the number of homicides in 2022 from 301 to 299": the tracker's 301 of the day
    before and a station's "more than 300" are that count's figures of their day, not
    contradictions of the 299; the old figure shown is the 301 the words name."""
    sources = [source("radio", "2022-11-21"), source("york", "2022-11-21"),
               {"id": "sun", "title": "sun", "publisher": "sun", "published": {"earliest": "2022-11-21", "latest": "2022-11-23"}}]
    claims = [claim("a-over-300", "radio", "homicides", "2022-01-01/2022-11-21", "more than 300",
                    quote="more than 300 homicides with 40 days left"),
              claim("b-301", "york", "homicides", "2022-01-01/2022-11-20", "301", quote="the 301st homicide of the year"),
              claim("c-299", "sun", "homicides", "2022-01-01/2022-11-21", "299", "Police Department", "paraphrase", DECLARED)]
    report = audit(pack, sources, claims)
    assert tensions(report) == []
    assert revisions(report) == [("b-301", "c-299")]


def test_a_sentence_giving_both_figures_declares_the_restatement(pack):
    """"boosted the year-to-date numbers from 78 to 102": the article states both figures and
    says which replaced which; the 78 is the old figure, not a rival of the 102, and another
    paper's later 98 for a longer stretch is what contradicts the 102 (a running count does
    not fall)."""
    said = "The failure to disclose the additional murders boosted the year-to-date numbers from 78 to 102."
    sources = [source("talk", "2023-06-01"), source("paper", "2023-11-12")]
    claims = [claim("a-102", "talk", "homicides", "2023-01-01/2023-05-31", "102", "Police Department", "paraphrase", said),
              claim("b-78", "talk", "homicides", "2023-01-01/2023-05-31", "78", "Police Department", "paraphrase", said),
              claim("c-98", "paper", "homicides", "2023-01-01/2023-11-10", "98", quote="As of Nov. 10, there were 98 homicides.")]
    report = audit(pack, sources, claims)
    assert revisions(report) == [("b-78", "a-102")]
    assert tensions(report) == [{"a-102", "c-98"}]


def test_the_bodys_word_read_in_two_reports_of_its_releases(pack):
    """Two papers' reports of the police's year-end figures, a year apart, each crediting the
    police with one figure (the later one only with how many killings were ruled justifiable,
    a part of the same split) and giving 2017's count in their own words: 105, then 102. Each
    is the police's word of its day as the paper read it, so the 102 restates the 105."""
    sources = [source("one", "2019-01-02", "Paper One"), source("two", "2020-01-03", "Paper Two")]
    police = "Kansas City Police Department"
    claims = [claim("one-2018", "one", "homicides", "2018", "80", police, "paraphrase"),
              claim("one-2017", "one", "homicides", "2017", "105"),
              claim("two-justified", "two", "justifiable_homicides", "2019", "11", police, "paraphrase"),
              claim("two-2017", "two", "homicides", "2017", "102")]
    report = audit(pack, sources, claims)
    assert tensions(report) == []
    assert revisions(report) == [("one-2017", "two-2017")]


def test_rival_figures_of_one_day_are_no_restatement(pack):
    """120 for 2015 (October 2016), a magazine's 121 (23 December 2016), the AP's 120 again (29
    December 2016), then 121 in a 2020 report of the police's figures: the 120 and the 121 were
    both current that December, so the 2020 figure takes a side; it restates nothing."""
    sources = [source("oct", "2016-10-24", "Paper One"), source("mag", "2016-12-23", "Magazine"),
               source("ap", "2016-12-29", "Wire"), source("tv", "2020-01-01", "Channel 19")]
    police = "Kansas City Police Department"
    claims = [claim("oct-2016", "oct", "homicides", "2016-01-01/2016-10-23", "103", police, "paraphrase"),
              claim("oct-2015", "oct", "homicides", "2015", "120"),
              claim("mag-2015", "mag", "homicides", "2015", "121"),
              claim("ap-2015", "ap", "homicides", "2015", "120"),
              claim("tv-2019", "tv", "homicides", "2019", "144", police, "paraphrase"),
              claim("tv-2015", "tv", "homicides", "2015", "121")]
    report = audit(pack, sources, claims)
    assert not [(old, new) for old, new in revisions(report) if old in ("oct-2015", "ap-2015")]
    assert any({"oct-2015", "mag-2015"} <= t or {"ap-2015", "mag-2015"} <= t for t in tensions(report))


def test_a_copy_sites_credit_line_is_the_outlets_line(pack):
    """WLBT's year-end story as a copy site credits it ("WLBT (C.J. LeMaster), excerpted by
    American Renaissance", 6 January: 133) and as WLBT's own site keeps it, updated (138): one
    outlet's line, so the 138 restates the 133."""
    sources = [source("copy", "2023-01-06", "Channel 3 (Jane Roe), excerpted by Some Site"),
               {"id": "own", "title": "own", "publisher": "Channel 3",
                "published": {"earliest": "2023-01-07", "latest": "2023-05-12"}}]
    claims = [claim("copy-2022", "copy", "homicides", "2022", "133"),
              claim("own-2022", "own", "homicides", "2022", "138")]
    report = audit(pack, sources, claims)
    assert tensions(report) == []
    assert revisions(report) == [("copy-2022", "own-2022")]


def test_a_change_of_two_figures_both_restated_is_of_its_day(pack):
    """"133 homicides, a 13 percent drop from 153" (-13.1%), then the same story updated: 138
    and 160 (-13.75%). The 13% was worked out from the two figures of its day, both restated
    since; it is judged by them, not by one old figure beside the other's new one."""
    sources = [source("first", "2023-01-06", "Channel 3"), source("updated", "2023-02-01", "Channel 3")]
    said = "The city ended 2022 with 133 homicides, a 13 percent drop from the year before, when 153 people died."
    claims = [claim("first-2022", "first", "homicides", "2022", "133", quote=said),
              claim("first-2021", "first", "homicides", "2021", "153", quote=said),
              {"id": "first-down", "source": "first", "metric": "homicides", "place": "kansas-city-mo", "period": "2022",
               "change": {"phrase": "down 13 percent", "base": "2021"}, "attribution": "reporter", "quote": {"text": said}},
              claim("updated-2022", "updated", "homicides", "2022", "138"),
              claim("updated-2021", "updated", "homicides", "2021", "160")]
    report = audit(pack, sources, claims)
    assert tensions(report) == []
    assert len(revisions(report)) == 2
