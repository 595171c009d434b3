"""The sixth round: conventions of speakers, documents, periods and sentence shapes, drawn from
the tune half of `fresh4.yaml` (articles i01-i09) and the older development files; the measure
half (i10-i18) is never read. Sentences are written in the style of those local news articles
(overdoses, enrolment, fire calls, budgets, jobless rates), none about Birmingham, Alabama.
"""

from __future__ import annotations

from datetime import date

import auditor
import auditor.draft

from draft_helpers import by_anchor as _by_anchor
from draft_helpers import drafted
from draft_helpers import drafted_records
from draft_helpers import pack  # noqa: F401  (the fixture)


def test_a_report_cited_by_its_title_is_its_issuers_document(pack):
    """A report named by its title ("the X Association Report on ...") is a document of X, also
    when "according to the report" cites it again later; "recently released" is when it came
    out, not a period of the figures."""
    text = ("Overdose deaths in Erie County fell from 2020 to 2021.\n\n"
            "There was a 12 percent decrease in overdose deaths in Erie County in 2021, according to the "
            "newly released Pennsylvania State Coroners Association Report on Overdose Death Statistics.\n\n"
            "In Pennsylvania, 4,100 died in 2021 from a drug overdose, according to the report.\n")
    got = drafted(text, published=date(2022, 8, 1), pack=pack)
    for figure in ("12 percent", "4,100"):
        assert got[figure]["attribution"] == "document"
        assert got[figure]["speaker"] == "Pennsylvania State Coroners Association"
    assert got["12 percent"]["period"] == "in 2021"


def test_recently_released_leaves_the_period_to_the_context(pack):
    """'the recently released report' names no period: the figure takes the one before it, not
    an undecided 'recently'."""
    text = ("Overdose deaths in Erie County rose in 2021.\n"
            "There was a 12 percent increase in overdose deaths in Erie County, according to the recently released "
            "state report.\n")
    record = drafted(text, published=date(2022, 8, 1), pack=pack)["12 percent"]
    assert "period" in record and "recently" not in record["period"]


def test_a_name_then_its_post_between_commas_is_the_fullest_mention(pack):
    """'Coroner Pam Gay' and, elsewhere, 'Pam Gay, York County coroner, said': the speaker is
    written with the fuller post, whichever mention the clause's "Gay said" resolves to."""
    text = ("Tom Ruiz, Erie County coroner, said overdoses are a concern.\n\n"
            "Overdose deaths in Erie County fell 9 percent in 2021 compared with 2020, Coroner Tom Ruiz said.\n")
    record = drafted(text, published=date(2022, 8, 1), pack=pack)["9 percent"]
    assert record["attribution"] == "paraphrase"
    assert record["speaker"] == "Tom Ruiz, Erie County coroner"


def test_a_percentage_of_a_whole_that_is_of_a_kind_is_a_share_of_that_kind(pack):
    """'N percent of the X were from Y' and 'Of the X, N percent were from Y' are shares with
    the metric of Y's kind of X; 'or about M people' after them counts that kind."""
    text = ("Of the drug overdose deaths in Ohio in 2019, 41 percent were from opioids, or about 1,700 people. "
            "About 60 percent of the illegal drug overdoses were from heroin, or around 900 people.\n")
    got = drafted(text, published=date(2020, 6, 1), pack=pack)
    assert "share" in got["41 percent"] and got["41 percent"]["metric"] == "opioid_deaths"
    assert got["about 1,700"]["metric"] == "opioid_deaths" and got["about 1,700"]["value"] == "about 1,700"
    assert "share" in got["About 60 percent"] and got["About 60 percent"]["metric"] == "heroin_deaths"
    assert got["around 900"]["metric"] == "heroin_deaths"


def test_a_percentage_that_is_a_level_stays_a_value(pack):
    """A rate's percentage with no whole after 'of' is a value, not a share."""
    text = "In April, the county unemployment rate was 3.6 percent.\n"
    assert drafted(text, published=date(2017, 5, 23), pack=pack)["3.6 percent"].get("value") == "3.6 percent"


_DESK = """metrics:
  county_budget_total:
    label: county budget
    definition: a county's budget
    unit: dollar
    aliases: [county budget]
    additive_over_time: true
    additive_over_places: true
  million_dollar_sales:
    label: properties sold for a million dollars or more
    definition: home sales of a million dollars or more
    unit: count
    aliases: [million-dollar sales]
    integer: true
    non_negative: true
    additive_over_time: true
    additive_over_places: true
  dept_calls:
    label: fire department emergency calls
    definition: every call a fire department answered
    unit: count
    aliases: [emergency calls]
    integer: true
    non_negative: true
    additive_over_time: true
    additive_over_places: true
  dept_other_calls:
    label: other fire department calls
    definition: the calls a fire department lists as other
    unit: count
    aliases: [calls listed as other]
    integer: true
    non_negative: true
    additive_over_time: true
    additive_over_places: true
"""


def test_a_desks_new_metrics_do_not_take_a_sum_of_money_or_a_generic_noun(tmp_path):
    """A metric whose id holds 'dollar' does not own a sum of money's unit ("$155,693,582" counts
    no dollars sold), and "calls" alone is the department's calls, not its remainder ("other
    fire department calls"), whatever else a desk adds to its pack."""
    (tmp_path / "metrics.yaml").write_text(_DESK, encoding="utf-8")
    desk = auditor.load_pack(tmp_path)
    from auditor.draft import vocabulary
    assert vocabulary.metric_of_noun(desk, "dollar") is None
    text = ("The Springfield Fire Department has released its annual report.\n\n"
            "The department responded to 9,963 calls in 2022.\n")
    assert drafted(text, published=date(2023, 6, 8), pack=desk)["9,963"]["metric"] == "dept_calls"


# an enrolment story two tests read: its options of a draft, and the sentence of a fall
CLAYTON = {"published": date(2012, 8, 29), "title": "Clayton County schools enrollment down"}
SCHOOL_LOSS = "Figures for the second week of school show a loss of 440 students over the same time a year ago.\n\n"


def test_a_level_of_this_year_is_counted_on_the_day_it_is_reported(pack):
    """Enrolment 'this year' and 'for the same time period a year ago', with no day given: the
    day of the article and the same day a year before (a level is of a day, not of a year)."""
    text = ("The student count for the second week of school this year totaled 14,210 students.\n\n"
            "That compares to 14,650 for the same time period a year ago.\n")
    got = drafted(text, pack=pack, **CLAYTON)
    assert got["14,210"]["period"] == "2012-08-29"
    assert got["14,650"]["period"] == "2011-08-29"


def test_a_loss_and_a_growth_are_changes(pack):
    """'show a loss of 440 students' is a fall by 440; 'will grow by about $2.1 million' a rise."""
    text = SCHOOL_LOSS + "The city's general fund budget will grow by about $2.1 million during the 2021 fiscal year.\n"
    got = drafted(text, published=date(2020, 8, 29), pack=pack)
    assert got["440"]["change"]["phrase"].startswith("down")
    assert got["about $2.1 million"]["change"]["phrase"].startswith("up")


def test_the_items_of_a_documents_list_are_the_documents(pack):
    """'Numbers included in the report included:' then one item a paragraph: each item is the
    report's, by whoever the report was drafted by; the paragraph after the list is not."""
    text = ("Statistics were highlighted in a report drafted by Cobden Fire Chief Ray Miller.\n\n"
            "Numbers included in the report included:\n\n"
            "Service Calls: 41.\n\n"
            "Good Intent Calls: 9.\n\n"
            "The department has 12 volunteers.\n")
    d = auditor.draft(text, published=date(2017, 1, 26), pack=pack)
    got = _by_anchor(text, d)
    for figure in ("41", "9"):
        assert got[figure]["attribution"] == "document"
        assert got[figure]["speaker"] == "Ray Miller, Cobden Fire Chief"
    assert all(x.record.get("attribution") != "document" for x in d.drafted if x.anchor[0] > text.index("The department"))


def test_figures_for_and_information_supplied_by_show_a_document(pack):
    """'Figures for the second week of school show', 'Information supplied by the school system
    showed': documents, as 'statistics show' is."""
    text = SCHOOL_LOSS + ("Information supplied by the school system showed that the student count this year "
                          "totaled 14,210 students.\n")
    got = drafted(text, pack=pack, **CLAYTON)
    assert got["440"]["attribution"] == "document"
    assert got["14,210"]["attribution"] == "document"


def test_a_metric_word_inside_a_bodys_name_names_no_metric(pack):
    """'The Cobden Fire Department recorded 168 calls': the department's calls, not fires; 'fires'
    in lower case still names fires."""
    text = "The Cobden Fire Department recorded a total of 168 calls during 2016.\n"
    assert drafted(text, published=date(2017, 1, 26), pack=pack)["a total of 168"]["metric"] == "emergency_calls"
    text = "The department fought 23 fires during 2016.\n"
    assert drafted(text, published=date(2017, 1, 26), pack=pack)["23"]["metric"] == "fires"


def test_a_rate_down_from_a_percentage_is_the_level_before(pack):
    """'falling from 9.7 percent in June to 8.9 in July': June's level, not a fall by 9.7 percent."""
    text = "Harlan County's labor force dropped, resulting in the jobless rate falling from 9.7 percent in June to 8.9 in July.\n"
    record = drafted(text, published=date(2020, 9, 10), pack=pack)["9.7 percent"]
    assert record.get("value") == "9.7 percent" and record["period"] == "in June"


def test_digits_in_a_name_are_no_figure_and_a_record_since_an_event_is_read(pack):
    """'since the Covid-19 pandemic hit': 19 is part of a name; the clause is a record low."""
    text = ("Harlan County's unemployment rate fell to 8.9 percent in July. "
            "That's the lowest it has been since the Covid-19 pandemic hit.\n")
    d = auditor.draft(text, published=date(2020, 9, 10), pack=pack)
    assert not any(x.record.get("value") == "19" for x in d.drafted)
    assert any(x.record.get("comparison", {}).get("relation") == "record-low" for x in d.drafted)


def test_when_after_a_period_opens_the_figures_own_part(pack):
    """'a 36 percent increase from the previous year when just over 3,000 deaths were reported':
    3,000 is the previous year's level (no comma before 'when'), quoted apart; 'X reports (url)'
    is a frame left out of the quote."""
    text = ("The Dayton Daily News reports (http://bit.ly/2abc ) the state's 4,149 fatal overdoses in 2016 are a "
            "36 percent increase from the previous year when just over 3,000 deaths were reported.\n")
    d = auditor.draft(text, published=date(2017, 5, 28), pack=pack)
    got = {x.record.get("value") or x.record.get("change", {}).get("phrase"): x.record for x in d.drafted}
    low = got["just over 3,000"]
    assert "value" in low and low["period"] in ("2015", "from the previous year")
    assert low["quote"]["text"] == "when just over 3,000 deaths were reported"
    assert got["4,149"]["quote"]["text"].startswith("the state's 4,149")


def test_levels_that_both_moved_are_each_a_comparison(pack):
    """'the county's labor force (25,100) and number of employed (24,000) both dropped during the
    month': two levels, and a fall of each."""
    text = ("Harlan County's unemployment rate fell in July, to 4.4 percent. In an unusual occurrence, the county's "
            "labor force (25,100) and number of employed (24,000) both dropped during the month.\n")
    d = auditor.draft(text, published=date(2022, 9, 1), pack=pack)
    falls = {x.record["metric"] for x in d.drafted if x.record.get("comparison", {}).get("relation") == "lower"}
    assert {"labor_force", "employed_residents"} <= falls


def test_a_headline_reporting_a_change_is_a_comparison_but_a_change_referred_to_is_not(pack):
    """'Count shows increase in homelessness' states a rise; 'Despite the decrease in shootings'
    refers to one stated elsewhere."""
    text = "Despite the decrease in shootings, police said they were worried.\n"
    assert not any("comparison" in r for r in drafted_records(text, published=date(2021, 11, 5), pack=pack))
    text = "Police report decrease in shootings in Toronto this year\n"
    d = auditor.draft(text, published=date(2021, 11, 5), pack=pack)
    assert any(x.record.get("comparison", {}).get("relation") == "lower" for x in d.drafted)


def test_a_rate_named_by_its_words_is_of_the_articles_period(pack):
    """'about 27.4 deaths per 100,000 population' names the overdose death rate by its words; said
    in the present tense, it is a rate over the year the article's counts are of, not of a day."""
    text = ("Ohio had 3,505 overdose deaths in 2015, according to the report.\n\n"
            "The statewide average is about 27.4 deaths per 100,000 population.\n")
    d = auditor.draft(text, published=date(2016, 8, 12), pack=pack)
    record = next(x.record for x in d.drafted if "27.4" in str(x.record.get("value")))
    assert record["metric"] == "overdose_death_rate"
    assert record["period"] == "in 2015"


def test_a_change_of_a_named_metric_by_a_count_of_some_noun(pack):
    """'the county's labor force dropped by 184 workers': a fall of the labor force, the noun
    after the figure its unit; 'went up slightly after two big leaps' stays no claim."""
    text = "Twenty more people had jobs in July, but the county's labor force dropped by 184 workers.\n"
    record = drafted(text, published=date(2020, 9, 10), pack=pack, title="Harlan County jobless rate falls")["184"]
    assert record["metric"] == "labor_force" and record["change"]["phrase"].startswith("down")
    text = "Drug overdose deaths in the U.S. went up slightly in 2022 after two big leaps during the pandemic.\n"
    assert "two" not in drafted(text, published=date(2024, 1, 16), pack=pack)


def test_a_word_before_a_hyphen_is_a_modifier_not_the_generic_head(pack):
    """'3,505 died in 2015 from a drug-related overdose': the generic noun is 'overdose' (drug
    overdose deaths, the metric the article names), not 'drug' (which heads 'multiple-drug')."""
    text = ("Coroner: Drug-related deaths down, heroin deaths up\n\n"
            "By the numbers: In Ohio, 3,505 died in 2015 from a drug-related overdose, according to the report.\n")
    assert drafted(text, published=date(2016, 8, 12), pack=pack)["3,505"]["metric"] == "overdose_deaths"


def test_a_fall_for_the_second_year_in_a_row_is_a_streak(pack):
    """'decreased for the second year in a row' is a fall-streak of two years, as 'for the second
    straight year' is."""
    text = "The overall number of overdose deaths in Erie County decreased for the second year in a row in 2019.\n"
    d = auditor.draft(text, published=date(2020, 1, 4), pack=pack)
    comparison = next(x.record["comparison"] for x in d.drafted if "comparison" in x.record)
    assert comparison["relation"] == "fall-streak" and comparison["years"] == 2


def test_statistics_released_by_an_office_are_the_offices(pack):
    """'according to statistics released by the Erie County Coroner's Office': the office is
    the speaker, not the coroner."""
    text = ("Fatal drug overdoses in Erie County increased by more than 50 percent over the span of a year, "
            "according to statistics released by the Erie County Coroner's Office.\n")
    record = next(r for r in drafted_records(text, published=date(2020, 1, 4), pack=pack) if "change" in r)
    assert record["attribution"] == "document" and record["speaker"] == "Erie County Coroner's Office"


def test_a_count_of_a_whole_that_is_of_a_kind_counts_that_kind(pack):
    """'41 of the 120 drug-related deaths in 2019 were heroin overdoses': 41 heroin deaths; the
    120 stay drug overdose deaths."""
    text = "• 41 of the 120 drug-related deaths in 2019 were heroin overdoses.\n"
    got = drafted(text, published=date(2020, 8, 12), pack=pack)
    assert got["41"]["metric"] == "heroin_deaths"
    assert got["120"]["metric"] == "overdose_deaths"


def test_a_level_reached_and_a_record_said_after_are_quoted_apart(pack):
    """'fell four-tenths of a point in July, to 4.4 percent' and 'dropped one-tenth of a percent to
    5.4%': the level reached has its own words; 'an increase from 13 in 2018 and the highest number
    recorded in the past decade': the figure's words end before the record."""
    text = ("Harlan County's unemployment rate fell four-tenths of a point in July, to 4.4 percent.\n\n"
            "The rate dropped one-tenth of a percent to 5.4%.\n\n"
            "Of the office's 810 investigations in 2019, 20 involved overdose deaths, an increase from 13 in 2018 "
            "and the highest number recorded in the past decade.\n")
    quotes = {w: r["quote"]["text"] for w, r in drafted(text, published=date(2022, 9, 1), pack=pack).items()}
    assert quotes["4.4 percent"] == "to 4.4 percent"
    assert quotes["5.4%"] == "to 5.4%"
    assert quotes["13"] == "an increase from 13 in 2018"


def test_a_figure_in_parentheses_is_quoted_with_its_name(pack):
    """'the county's labor force (25,100) and number of employed (24,000) both dropped': each
    figure in parentheses is quoted with the name before it, up to the parenthesis."""
    text = ("In an unusual occurrence, Harlan County's labor force (25,100) and number of employed (24,000) "
            "both dropped during July.\n")
    quotes = {w: r["quote"]["text"] for w, r in drafted(text, published=date(2022, 9, 1), pack=pack).items()}
    assert quotes["24,000"] == "number of employed (24,000)"
