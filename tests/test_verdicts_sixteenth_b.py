"""Sixteenth verdicts round (b): restatements reported as conflicts, tried on realistic
sentences (invented figures, invented corpus; auditor/engine/revisions.py,
benchmarks/eval_corpus.py)."""

import pytest

from verdict_cases import audit, claim, pack, revisions, source, tensions  # noqa: F401 (the pack fixture)


# --------------------------------------------------------------------------------------------
# A correction in the article restates the article's figure and the copies made before it
# (revisions.corrected_in_words)

def _corrected(fix_quote, copy_published="2022-02-03"):
    """A station's "just 50 hired" (February), a trade site's copy, then the station's editor's
    note in the same story giving 105."""
    sources = [source("tv", {"earliest": "2022-02-01", "latest": "2022-03-04"}, publisher="Channel 10"),
               source("trade", copy_published, publisher="Trade Site")]
    claims = [claim("tv-50", "tv", "homicides", "2021", "50", quote="In 2021, 140 left the department with just 50 hired."),
              claim("tv-105", "tv", "homicides", "2021", "105", attribution="paraphrase",
                    speaker="Kansas City Police Department", quote=fix_quote),
              claim("trade-50", "trade", "homicides", "2021", "50", quote="Only 50 were hired to replace them.")]
    return sources, claims


def test_an_editors_correction_restates_the_figure_and_its_copy(pack):
    report = audit(pack, *_corrected("A spokesperson has clarified that the department actually hired 105 in 2021."))
    assert sorted(revisions(report)) == [("trade-50", "tv-105"), ("tv-50", "tv-105")]
    assert tensions(report) == []


def test_without_correction_words_the_two_figures_are_a_tension(pack):
    report = audit(pack, *_corrected("The department hired 105 in 2021."))
    assert ("tv-50", "tv-105") not in revisions(report)
    assert any({"tv-50", "tv-105"} & set(t) for t in tensions(report))


def test_a_copy_made_after_the_correction_is_not_restated(pack):
    """A copy surely published after the correction repeated a corrected figure: audited."""
    report = audit(pack, *_corrected("An earlier version of this story incorrectly reported the hires; 105 were hired.",
                                     copy_published="2022-05-01"))
    assert ("tv-50", "tv-105") in revisions(report)
    assert ("trade-50", "tv-105") not in revisions(report)
    assert any("trade-50" in t for t in tensions(report))


# --------------------------------------------------------------------------------------------
# The scorer: a change in other words is the same figure (benchmarks/eval_corpus.plain_statement)

def test_a_change_in_other_words_is_the_same_plain_figure():
    from benchmarks.eval_corpus import plain_statement
    assert plain_statement("fell by 33 percent (vs 2021)") == plain_statement("fell by 33% (vs 2021)") \
        == plain_statement("down 33% (vs 2021)") == "down 33% (vs 2021)"
    assert plain_statement("a 5% increase (vs 2019)") == plain_statement("rose 5 percent (vs 2019)") == "up 5% (vs 2019)"
    assert plain_statement("a 32% decrease (vs 2021)") != plain_statement("fell by 33% (vs 2021)")
    assert plain_statement("fell by 33% (vs 2020)") != plain_statement("fell by 33% (vs 2021)")   # another base
    assert plain_statement("down by almost 33% (vs 2021)") is None   # hedged: no copy
    assert plain_statement("nearly 190") is None and plain_statement("179") == "179"


# --------------------------------------------------------------------------------------------
# A figure that says it takes in exactly the gap counts more (comparability.counts_more)

def _inclusion(paper_quote, paper_value="152"):
    sources = [source("police", "2018-01-02", publisher="Police Blog"), source("paper", "2019-12-30", publisher="Daily Paper")]
    claims = [claim("police-143", "police", "homicides", "2017", "143", attribution="paraphrase",
                    speaker="Kansas City Police Department", quote="The city recorded 143 homicides in 2017."),
              claim(f"paper-{paper_value}", "paper", "homicides", "2017", paper_value, quote=paper_quote)]
    return sources, claims


def test_a_count_including_exactly_the_gap_is_another_definition(pack):
    report = audit(pack, *_inclusion("The rate has declined from a record-high 152 in 2017 (including nine deaths "
                                     "involved in the hospital investigation) to 104 in 2019."))
    assert tensions(report) == []


def test_the_inclusion_in_digits_reads_the_same(pack):
    report = audit(pack, *_inclusion("152 in 2017, which includes 9 deaths at the hospital."))
    assert tensions(report) == []


def test_an_inclusion_of_another_size_is_part_of_the_count(pack):
    report = audit(pack, *_inclusion("152 people were killed in 2017, including 12 children."))
    assert tensions(report) == [{"police-143", "paper-152"}]


def test_a_larger_figure_that_names_no_inclusion_still_conflicts(pack):
    report = audit(pack, *_inclusion("152 people were killed in 2017."))
    assert tensions(report) == [{"police-143", "paper-152"}]


def test_the_smaller_figure_naming_the_gap_explains_nothing(pack):
    """Only the larger figure's words can say it takes in more: a 134 "including nine" is audited."""
    report = audit(pack, *_inclusion("134 in 2017, including nine deaths at the hospital.", paper_value="134"))
    assert tensions(report) == [{"police-143", "paper-134"}]


# --------------------------------------------------------------------------------------------
# A change called preliminary is restated by the body's later change (revisions.preliminary_change_restated)

def _change(cid, sid, phrase, quote, speaker="Kansas City Police Department"):
    out = claim(cid, sid, "homicides", "2020-01-01/2020-06-30", None, speaker=speaker,
                attribution="paraphrase" if speaker else "reporter", quote=quote)
    del out["value"]
    return out | {"change": {"phrase": phrase, "base": "same period last year"}}


def _half_year(later_speaker="Kansas City Police Department", first_quote=None):
    sources = [source("aug", "2020-09-13", publisher="A Blog"), source("oct", "2020-10-14", publisher="Channel 10")]
    claims = [_change("aug-65", "aug", "a 65% increase", first_quote or
                      "In early August, the chief's preliminary statistics showed a 65% increase in the first six months."),
              _change("oct-73", "oct", "up 73.4%", "She said that is an increase of 73.4% from the year prior.",
                      speaker=later_speaker)]
    return sources, claims


def test_a_preliminary_change_is_restated_by_the_bodys_later_one(pack):
    report = audit(pack, *_half_year())
    assert revisions(report) == [("aug-65", "oct-73")]
    assert tensions(report) == []


def test_another_voices_later_change_restates_nothing(pack):
    report = audit(pack, *_half_year(later_speaker=None))
    assert revisions(report) == []
    assert tensions(report) == [{"aug-65", "oct-73"}]


def test_a_change_not_called_preliminary_is_audited(pack):
    report = audit(pack, *_half_year(first_quote="In early August, statistics showed a 65% increase in six months."))
    assert revisions(report) == []
    assert tensions(report) == [{"aug-65", "oct-73"}]


# --------------------------------------------------------------------------------------------
# A budget is a plan for its whole year, whenever given (pack/plans.py: plan_metrics), and is restated
# by its later versions alone (budget_versions), not by its outlet's later figure of it

BUDGETS = """\
metrics:
  general_fund_budget:
    label: general fund budget
    definition: a city's general fund budget for a calendar year, in dollars
    unit: dollar
    integer: false
    non_negative: true
    additive_over_time: false
    additive_over_places: false
"""


@pytest.fixture(scope="module")
def budget_pack(tmp_path_factory):
    import auditor
    folder = tmp_path_factory.mktemp("desk")
    (folder / "metrics.yaml").write_text(BUDGETS)
    return auditor.load_pack(folder)


def _budget(later_quote, later_figure="$1.03 billion"):
    """The paper's budget for 2020 of February 2020, then its "budget for 2020" two years on."""
    sources = [source("feb20", "2020-02-05", publisher="Daily Paper"), source("jan22", "2022-01-31", publisher="Daily Paper")]
    claims = [claim("feb20-budget", "feb20", "general_fund_budget", "2020", "$969.5 million",
                    quote="That spending increase, to $969.5 million, is well above last year's growth."),
              claim("jan22-budget", "jan22", "general_fund_budget", "2020", later_figure, quote=later_quote)]
    return sources, claims


@pytest.mark.slow   # loading a desk pack takes about a second
def test_a_budget_given_during_its_year_is_the_years_and_a_later_other_figure_conflicts(budget_pack):
    report = audit(budget_pack, *_budget("The council is set to vote Monday on a $1.03 billion general "
                                                     "fund budget for 2020."))
    assert revisions(report) == []
    assert tensions(report) == [{"feb20-budget", "jan22-budget"}]


@pytest.mark.slow
def test_the_same_budget_given_again_corroborates(budget_pack):
    report = audit(budget_pack, *_budget("the $969.5 million budget of 2020", later_figure="$969.5 million"))
    assert tensions(report) == [] and revisions(report) == []
    assert any(f.kind == "corroboration" for f in report.findings)
