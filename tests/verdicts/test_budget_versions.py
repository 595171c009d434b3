"""A budget's versions (proposed, adopted, current, amended) and officials' estimates: which
restates which, and which contradicts."""

import pytest

import auditor

from verdict_cases import audit, CITY, counted, revisions, source, tensions


BUDGETS = """\
metrics:
  general_fund_budget:
    label: general fund budget
    definition: a city's general fund expenditure budget for a fiscal year, in dollars
    unit: dollar
    integer: false
    non_negative: true
    additive_over_time: false
    additive_over_places: false
  budget_deficit:
    label: city budget deficit
    definition: the city's projected general fund deficit for a fiscal year, in dollars
    unit: dollar
    integer: false
    non_negative: true
    additive_over_time: false
    additive_over_places: false
  fire_budget:
    label: fire department budget
    definition: the fire department's general fund budget for a fiscal year, in dollars
    unit: dollar
    integer: false
    non_negative: true
    additive_over_time: false
    additive_over_places: false
"""


FY24, FY25, FY26 = "2023-07-01/2024-06-30", "2024-07-01/2025-06-30", "2025-07-01/2026-06-30"


@pytest.fixture(scope="module")
def pack(tmp_path_factory):
    folder = tmp_path_factory.mktemp("desk")
    (folder / "metrics.yaml").write_text(BUDGETS)
    return auditor.load_pack(folder)


def value(cid, sid, metric, period, figure, quote=None, attribution="reporter"):
    return {"id": cid, "source": sid, "metric": metric, "place": CITY, "period": period, "value": figure,
            "attribution": attribution, "quote": {"text": quote or figure}}


def change(cid, sid, metric, period, phrase, base, quote=None, attribution="reporter"):
    return {"id": cid, "source": sid, "metric": metric, "place": CITY, "period": period,
            "change": {"phrase": phrase, "base": base}, "attribution": attribution, "quote": {"text": quote or phrase}}


def _budget_gaps(pack, second_speaker, second_attribution="paraphrase"):
    sources = [source("city", "2024-05-14"), source("tv", "2024-05-20"), source("paper", "2024-06-13")]
    claims = [value("mayor-160", "city", "general_fund_budget", FY25, "$160 million", attribution="direct-quote",
                    quote="I inherited a mess, which at the time was a projected budget gap of $160 million"),
              value("paper-160", "paper", "general_fund_budget", FY25, "$160 million",
                    quote="Whitmire closed a $160 million shortfall"),
              value("other-250", "tv", "general_fund_budget", FY25, "$230 million to $280 million",
                    attribution=second_attribution, quote="Due to a projected $230 - $280 million budget shortfall")]
    claims[0]["speaker"] = "John Doe, Kansas City Mayor"
    if second_speaker:
        claims[2]["speaker"] = second_speaker
    return audit(pack, sources, claims)


def test_the_proposal_is_restated_by_the_adopted_budget(pack):
    """The proposal's "up $62.3 million" (14 May) and the adopted budget's "up $74.3 million"
    (12 June) over the same year: the council's amendments in between; the adopted budget
    restates the proposal."""
    sources = [source("may", "2024-05-14"), source("jun", "2024-06-12")]
    claims = [value("may-fy24", "may", "general_fund_budget", FY24, "$2,955.7 million"),
              change("may-up", "may", "general_fund_budget", FY25, "up $62.3 million", FY24,
                     quote="The FY2025 Proposed General Fund budget reflects an increase in spending of $62.3 million"),
              change("jun-up", "jun", "general_fund_budget", FY25, "up $74.3 million", FY24,
                     quote="The new General Fund Budget, an increase of $74.3 million")]
    report = audit(pack, sources, claims)
    assert tensions(report) == []
    assert revisions(report) == [("may-up", "jun-up")]


def test_the_adopted_budget_is_restated_by_the_current_one(pack):
    """Fiscal 2025's fire budget as adopted before the year began ($593 million), and fiscal
    2026's budget a year later, "up $22.8 million" over the current fiscal 2025 budget (since
    amended): no contradiction."""
    sources = [source("jun24", "2024-06-13"), source("jun25", "2025-06-05")]
    claims = [value("fy25-593", "jun24", "fire_budget", FY25, "$593 million"),
              value("fy26-659", "jun25", "fire_budget", FY26, "$659 million"),
              change("fy26-up", "jun25", "fire_budget", FY26, "up $22.8 million", FY25)]
    report = audit(pack, sources, claims)
    assert tensions(report) == []
    assert revisions(report) == [("fy25-593", "fy26-up")]


def test_an_outlets_misreport_of_the_adopted_budget_is_still_a_contradiction(pack):
    """The city's release gives the adopted general fund as $3.03 billion, an outlet the next
    day as $3.3 billion (a dropped zero): one version, two figures. The release's figure is
    restated by the current budget a year later, as two outlets give it; the outlet's $3.3
    billion is audited against it, and doubted first."""
    sources = [source("city", "2024-06-12"), source("outlet", "2024-06-13"), source("next", "2025-05-06"),
               source("other", "2025-06-05")]
    claims = [value("city-3-03", "city", "general_fund_budget", FY25, "$3.03 billion", attribution="document"),
              value("outlet-3-3", "outlet", "general_fund_budget", FY25, "$3.3 billion"),
              value("next-fy26", "next", "general_fund_budget", FY26, "$3.03 billion"),
              change("next-down", "next", "general_fund_budget", FY26, "down $74.5 million", FY25),
              value("other-fy26", "other", "general_fund_budget", FY26, "$3.03 billion"),
              change("other-down", "other", "general_fund_budget", FY26, "down $74.5 million", FY25)]
    sources[0]["kind"] = "official-statement"
    report = audit(pack, sources, claims)
    found = [f for f in report.findings if f.kind == "tension"]
    assert len(found) == 1 and {"outlet-3-3"} < set(found[0].claims) \
        and set(found[0].claims) <= {"outlet-3-3", "next-fy26", "next-down", "other-fy26", "other-down"}
    assert found[0].suspects[0].claim == "outlet-3-3"
    assert revisions(report) == [("city-3-03", "next-down")]


def test_a_proposal_the_adopted_budget_repeats_is_no_restatement(pack):
    """The adopted budget gives the proposal's figure again: nothing was restated, and the two
    agree."""
    sources = [source("may", "2025-05-06"), source("jun", "2025-06-05")]
    claims = [value("may-3-03", "may", "general_fund_budget", FY26, "$3.03 billion",
                    quote="The proposal pulls $3.03 billion from the general fund"),
              value("jun-3-03", "jun", "general_fund_budget", FY26, "$3.03 billion")]
    report = audit(pack, sources, claims)
    assert tensions(report) == []
    assert revisions(report) == []


def test_two_figures_of_one_version_out_the_same_week_are_a_contradiction(pack):
    """Two figures for the adopted budget a day apart, neither a later version (no word
    names one, both before the year began): a contradiction, as for any figure."""
    sources = [source("a", "2024-06-12"), source("b", "2024-06-13")]
    claims = [value("a-593", "a", "fire_budget", FY25, "$593 million"),
              value("b-636", "b", "fire_budget", FY25, "$636 million")]
    report = audit(pack, sources, claims)
    assert tensions(report) == [{"a-593", "b-636"}]
    assert revisions(report) == []


def test_two_officials_estimates_are_shown_as_differing_estimates(pack):
    """The mayor's "projected budget gap of $160 million" (and a paper's copy of it) and the
    controller's "projected $230 - $280 million": two officials' estimates on their own
    assumptions, shown side by side (NC003), not a contradiction blaming one."""
    report = _budget_gaps(pack, "Jane Roe, Kansas City Controller")
    assert tensions(report) == []
    shown = [set(f.claims) for f in report.findings if f.rule == "NC003"]
    assert shown == [{"mayor-160", "paper-160", "other-250"}]


def test_one_officials_estimate_given_two_ways_is_still_a_contradiction(pack):
    """The same figures, the second credited to the mayor too (an outlet misquoting him), or
    given by a reporter alone: checked as any figures are."""
    for speaker, attribution in (("John Doe, Kansas City Mayor", "paraphrase"), (None, "reporter")):
        report = _budget_gaps(pack, speaker, attribution)
        assert len(tensions(report)) == 1 and "other-250" in tensions(report)[0]
        assert [f for f in report.findings if f.rule == "NC003"] == []


def test_a_later_figure_far_from_the_adopted_one_is_no_amendment(pack):
    """A figure of the year's budget given after the year began, a third above the adopted
    one, is more than an amendment moves a budget: a contradiction, not a later version."""
    sources = [source("jun", "2024-06-12"), source("oct", "2025-08-01")]
    claims = [value("jun-593", "jun", "fire_budget", FY25, "$593 million"),
              value("oct-800", "oct", "fire_budget", FY25, "$800 million")]
    report = audit(pack, sources, claims)
    assert tensions(report) == [{"jun-593", "oct-800"}]
    assert revisions(report) == []


def test_an_amended_figure_during_the_year_restates_the_adopted_one(pack):
    """The same year's budget given after the year began at a few percent above the adopted
    one (amendments, a settlement): the current budget restates the adopted one."""
    sources = [source("jun", "2024-06-12"), source("oct", "2025-08-01")]
    claims = [value("jun-593", "jun", "fire_budget", FY25, "$593 million"),
              value("oct-636", "oct", "fire_budget", FY25, "$636 million")]
    report = audit(pack, sources, claims)
    assert tensions(report) == []
    assert revisions(report) == [("jun-593", "oct-636")]


FY21, FY22 = "2020-07-01/2021-06-30", "2021-07-01/2022-06-30"


def _rise_when_approved(later_quote):
    """A radio story of June 2022 (Sacramento, the police budget): FY2022's rise "when approved"
    over FY2021's $157.5 million, beside a figure of FY2022 in `later_quote`."""
    sources = [source("paper", "2021-01-26"), source("radio", "2022-06-15")]
    claims = [value("fy21", "paper", "general_fund_budget", FY21, "$157.5 million",
                    quote="the department's budget is already at an all-time high of $157.5 million for this year"),
              change("up-9m", "radio", "general_fund_budget", FY22, "about $9 million more", FY21,
                     quote="That police budget set the previous record and was an about $9 million increase "
                           "compared to the year before when approved."),
              value("fy22", "radio", "general_fund_budget", FY22, "$207 million", quote=later_quote)]
    return sources, claims


def test_a_rise_when_approved_is_no_rival_of_the_amended_budget(pack):
    """"$9 million increase ... when approved" against "the $207 million amended budget" of the
    same year: the rise is of the adopted budget, the $207 million of the amended one."""
    assert tensions(audit(pack, *_rise_when_approved(
        "The approved $224 million police budget rose from the $207 million amended budget for the current "
        "financial year."))) == []


def test_without_version_told_patterns_a_rise_when_approved_is_checked_against_the_amended_budget(pack):
    """TN004's `version_told_patterns` empty: the change's sentence tells no version, and the rise is
    checked against the $207 million amended budget."""
    rule = pack.rules["TN004"]
    off = pack.model_copy(update={"rules": {**pack.rules, "TN004": rule.model_copy(
        update={"params": {**rule.params, "version_told_patterns": ()}})}})
    report = audit(off, *_rise_when_approved("The approved $224 million police budget rose from the $207 million "
                                             "amended budget for the current financial year."))
    assert any("up-9m" in t for t in tensions(report))


def test_a_rise_when_approved_against_the_approved_budget_or_a_bare_one_conflicts(pack):
    """The same rise against "the $207 million approved budget" (its own version), or a $207 million
    that names no version, or "approved" before the figure and "amended" in another clause: checked."""
    for quote in ("The council's $207 million approved budget was a record.", "The police budget was $207 million.",
                  "The council's approved $207 million budget, amended later for overtime, funded the police."):
        assert any("up-9m" in t for t in tensions(audit(pack, *_rise_when_approved(quote)))), quote


def _titled(first_title, second_title, first_day=None):
    """Raleigh's FY2023 General Fund: the city's page on the proposal, dated only to between
    17 May and 30 June 2022, "an 8.2% increase over FY 22"; ABC11's report on the council's
    vote of 13 June, "an 8.5 percent increase over last year". Neither quote names a version."""
    sources = [source("city", first_day or {"earliest": "2022-05-17", "latest": "2022-06-30"}),
               source("tv", "2022-06-13")]
    sources[0]["title"], sources[1]["title"] = first_title, second_title
    fy22, fy23 = "2021-07-01/2022-06-30", "2022-07-01/2023-06-30"
    return sources, [change("city-8-2", "city", "general_fund_budget", fy23, "an 8.2% increase", fy22),
                     change("tv-8-5", "tv", "general_fund_budget", fy23, "an 8.5 percent increase", fy22)]


def test_a_version_named_by_its_sources_title_is_restated_by_the_later_one(pack):
    """The titles name the versions ("City Manager Presents Proposed Budget", "Raleigh City
    Council adopts budget"): the adopted budget restates the proposal, whichever page came first."""
    report = audit(pack, *_titled("City Manager Presents Proposed Budget", "Raleigh City Council adopts budget"))
    assert tensions(report) == []
    assert revisions(report) == [("city-8-2", "tv-8-5")]


@pytest.mark.parametrize("first_title", ["City Council adopts budget", "Budget news"])
def test_two_changes_of_one_version_or_of_no_named_version_are_a_contradiction(pack, first_title):
    """Both titles name the adopted budget, or one names none and the pages may be of the same
    days: the 8.2% and the 8.5% are one version's, and cannot both hold."""
    report = audit(pack, *_titled(first_title, "Raleigh City Council adopts budget"))
    assert tensions(report) == [{"city-8-2", "tv-8-5"}]
    assert revisions(report) == []


@pytest.mark.parametrize("first_title, second_title, first_day", [
    # the dates order the pages the other way: the "proposal" came out a week after the adoption
    ("City Manager Presents Proposed Budget", "Raleigh City Council adopts budget", "2022-06-20"),
    # "approves" names no budget's version outside a word "budget" beside it
    ("City Manager Presents Proposed Budget", "Council approves hiring freeze", None),
    ("Council approves hiring freeze", "Manager's proposed budget goes to council", None)])
def test_titles_the_dates_contradict_or_that_name_no_budget_are_a_contradiction(pack, first_title, second_title,
                                                                                first_day):
    """A proposal's page out after the adopted budget's, or a title whose "approves" is about
    something else: the 8.2% and the 8.5% cannot both hold."""
    report = audit(pack, *_titled(first_title, second_title, first_day))
    assert tensions(report) == [{"city-8-2", "tv-8-5"}]
    assert revisions(report) == []


def _moved_since(first_title, later_quote):
    """Fresno's FY2022 General Fund: the Sun's page on the mayor's proposal, dated only to between
    26 May and 30 June 2021, "nearly $375 million for the General Fund"; The Bee on 24 June: "Since
    Dyer rolled out his proposed budget about a month ago, sales tax revenue increased the general
    fund by $28.6 million to a total of over $400 million"."""
    sources = [source("sun", {"earliest": "2021-05-26", "latest": "2021-06-30"}), source("bee", "2021-06-24")]
    sources[0]["title"] = first_title
    fy22 = "2021-07-01/2022-06-30"
    return sources, [value("sun-375", "sun", "general_fund_budget", fy22, "nearly $375 million",
                           quote="Dyer's budget totals $1.4 billion, which includes nearly $375 million for the General Fund"),
                     value("bee-400", "bee", "general_fund_budget", fy22, "over $400 million", quote=later_quote)]


BEE = ("Since Dyer rolled out his proposed budget about a month ago, sales tax revenue increased the general fund "
       "by $28.6 million to a total of over $400 million, he said.")


def test_a_figure_moved_on_since_the_proposal_restates_the_budget_pitch(pack):
    """A version named in a clause of "since" is the one the figure moved on from (the Bee's is of
    the next, the adopted budget), and a "budget pitch" is the proposal: the later version restates it."""
    report = audit(pack, *_moved_since("Dyer pitches $1.4bil budget pitch heavy on public safety", BEE))
    assert tensions(report) == []
    assert revisions(report) == [("sun-375", "bee-400")]


@pytest.mark.parametrize("first_title, later_quote", [
    # the first page names no proposal: the two may be one version's figures
    ("Dyer's budget heavy on public safety", BEE),
    # the later figure names the proposal as its own version, not one it moved on from
    ("Dyer pitches $1.4bil budget pitch heavy on public safety",
     "Dyer's proposed budget puts the general fund at a total of over $400 million, he said."),
    # "since" of cause, and of time in the sentence before: no figure moved on from a version
    ("Dyer pitches $1.4bil budget pitch heavy on public safety",
     "Since the proposed budget leans on sales tax, its general fund of over $400 million is at risk, he said."),
    ("Dyer pitches $1.4bil budget pitch heavy on public safety",
     "Sales tax revenue has grown since January. The proposed budget puts the general fund at over $400 million."),
    # a version word in a quote orders undated pages only when the figure moved on from it
    ("Dyer's proposed budget heavy on public safety",
     "The council votes on June 22; if approved as written, the general fund would be over $400 million.")])
def test_a_figure_not_told_as_moved_on_from_the_pitch_is_a_contradiction(pack, first_title, later_quote):
    """Two statements that their words do not give as two versions: nearly $375 million and over
    $400 million cannot both hold."""
    report = audit(pack, *_moved_since(first_title, later_quote))
    assert tensions(report) == [{"sun-375", "bee-400"}]
    assert revisions(report) == []



@pytest.mark.parametrize("earlier_quote", [
    "The approved budget, with $2 million for a new soccer pitch, puts the general fund at $375.2 million.",
    "The council approved a general fund of $375.2 million after a last-minute pitch from library supporters."])
def test_a_pitch_in_a_quote_names_no_proposal(pack, earlier_quote):
    """"Pitch" is a budget's proposal only in a page's title ("Dyer pitches $1.4bil budget"): an
    approved general fund beside a soccer pitch or a supporters' pitch is the adopted budget, and the
    council's adopted $389.5 million two days later contradicts it."""
    sources = [source("bee", "2021-06-23"), source("sun", "2021-06-25")]
    sources[1]["title"] = "Council adopts budget"
    fy22 = "2021-07-01/2022-06-30"
    report = audit(pack, sources, [
        value("bee-375", "bee", "general_fund_budget", fy22, "$375.2 million", quote=earlier_quote),
        value("sun-389", "sun", "general_fund_budget", fy22, "$389.5 million",
              quote="The adopted budget includes $389.5 million for the general fund.")])
    assert tensions(report) == [{"bee-375", "sun-389"}]
    assert revisions(report) == []


MAY_24, MAY_25 = "Mayor Dyer's proposal details a nearly $2 billion budget, with an emphasis on bridging a $47 million deficit.", \
    "The FY25 mid-year budget projected deficit for the city stands at $20.6 million."


def _deficits(pack, closed_quote, later_quote, later_figure="$20.6 million"):
    """Fresno's FY2025 deficit: the gap the proposal set out to close (May 2024), then the gap
    projected under the adopted budget at mid-year (May 2025)."""
    sources = [source("chamber", "2024-05-20"), source("journal", "2025-05-14")]
    return audit(pack, sources, [value("gap-47", "chamber", "budget_deficit", FY25, "$47 million", quote=closed_quote),
                                 value("later", "journal", "budget_deficit", FY25, later_figure, quote=later_quote)])


def test_the_gap_a_budget_closed_and_its_mid_year_projection_are_two_figures(pack):
    """The deficit a budget was written to close and the one projected as its year goes are two
    gaps (rules/counted_ways.yaml, budget-gaps): $47 million and $20.6 million both hold, side by side."""
    report = _deficits(pack, MAY_24, MAY_25)
    assert tensions(report) == []
    assert counted(report) == [{"gap-47", "later"}]


@pytest.mark.parametrize("closed_quote, later_quote", [
    # two gaps the budget closed
    (MAY_24, "The city closed a $20.6 million deficit to balance the FY25 budget."),
    # two mid-year projections
    ("The FY25 mid-year review projected a $47 million deficit.", MAY_25),
    # a mid-year projection against a deficit told no way
    ("The city faces a $47 million deficit in FY25.", MAY_25),
    # "close to", a fund balance: no gap closed
    ("Officials now project a deficit of close to $47 million for FY25.", MAY_25),
    ("FY25's $47 million deficit will be covered from the city's fund balance, officials said.", MAY_25)])
def test_two_deficits_told_the_same_way_or_one_told_no_way_are_a_contradiction(pack, closed_quote, later_quote):
    """Two figures of one gap, or a figure naming no gap: $47 million and $20.6 million cannot both hold."""
    assert tensions(_deficits(pack, closed_quote, later_quote)) == [{"gap-47", "later"}]


ASSEMBLY = "Assembly members passed the $587 million city budget in a 9-3 vote."


@pytest.mark.parametrize("proposal_quote, holds", [
    # the figure an amendment was made to: the proposal, restated by the budget as passed
    ("The Assembly's amendments ended up adding about $3.6 million to the mayor's $583.6 million spending plan.", True),
    ("Members cut $2 million from the mayor's $583.6 million spending plan before the vote.", True),
    # the figure before the words, or no amendment told: two figures of the budget as passed
    ("The mayor's $583.6 million spending plan kept its shape, adding money to the police.", False),
    ("The mayor's spending plan was $583.6 million.", False)])
def test_a_figure_an_amendment_was_made_to_is_the_earlier_version(pack, proposal_quote, holds):
    """Anchorage, 23 November 2022: one story gives the budget as passed ("passed the $587 million
    city budget") and the mayor's plan the Assembly amended ("adding about $3.6 million to Mayor
    Dave Bronson's $583.6 million spending plan"). Written after "adding ... to", the $583.6
    million is the proposal (`amended_from_patterns`), restated with the paper's earlier
    $583.6 million by the $587 million; else the story's two figures are one version's, a contradiction."""
    sources = [source("nov10", "2022-11-10"), source("nov23", "2022-11-23")]
    claims = [value("nov10-583", "nov10", "general_fund_budget", "2023", "$583.6 million",
                    quote="The mayor has proposed a $583.6 million city operating budget for the coming year."),
              value("nov23-587", "nov23", "general_fund_budget", "2023", "$587 million", quote=ASSEMBLY),
              value("nov23-583", "nov23", "general_fund_budget", "2023", "$583.6 million", quote=proposal_quote)]
    report = audit(pack, sources, claims)
    if holds:
        assert tensions(report) == []
        # one revision to the budget as passed, from either copy of the proposal's figure
        assert [new for _, new in revisions(report)] == ["nov23-587"]
        assert {c for f in report.findings if f.kind == "revision" for c in f.claims} == {c["id"] for c in claims}
    else:
        assert tensions(report) == [{"nov10-583", "nov23-587", "nov23-583"}]
