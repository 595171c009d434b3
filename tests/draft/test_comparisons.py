"""How the drafter reads a comparison: movements, changes, records, streaks and the levels
they reach or leave."""

from __future__ import annotations

from datetime import date

import pytest

import auditor
import auditor.draft

from draft_helpers import drafted, drafted_records, record_with, stated, stated as _stated
from draft_helpers import pack  # noqa: F401  (a fixture)


def _records(text: str, pack, published=date(2022, 4, 1)) -> list[dict]:
    return [r["comparison"] for r in drafted_records(text, published=published, pack=pack)
            if "comparison" in r and r["comparison"]["relation"].startswith("record")]


def _comparisons(text: str, pack, published=date(2022, 4, 1)) -> list[tuple[str, dict]]:
    d = auditor.draft(text, published=published, pack=pack)
    return [(w, r) for w, r in stated(text, d) if "comparison" in r]


# an enrolment story two tests read: its options of a draft, and the sentence of a fall
CLAYTON = {"published": date(2012, 8, 29), "title": "Clayton County schools enrollment down"}


SCHOOL_LOSS = "Figures for the second week of school show a loss of 440 students over the same time a year ago.\n\n"


def test_a_multiple_beside_the_level_it_reaches(pack):
    """'nearly doubled in 2021 to 44' states a change of nearly 100 percent and the level 44."""
    text = "Overdose deaths in Columbiana County nearly doubled in 2021 to 44, the coroner said.\n"
    d = auditor.draft(text, published=date(2022, 3, 1), pack=pack)
    got = _stated(text, d)
    changes = [r for w, r in got if "change" in r]
    assert [c["change"] for c in changes] == [{"direction": "up", "by": "nearly 100", "measure": "percent", "base": "2020"}]
    assert changes[0]["metric"] == "overdose_deaths"
    assert [r["value"] for w, r in got if w == "44"] == ["44"]


def test_a_headline_in_the_present_tense_doubles(pack):
    """A headline's 'Overdoses double in 2021' is up 100 percent; 'a double homicide in 2021' is no claim."""
    text = ("Overdose deaths double in Columbiana County in 2021\n\n"
            "A double homicide in 2021 in Columbiana County is still not solved.\n")
    d = auditor.draft(text, published=date(2022, 3, 1), pack=pack)
    got = _stated(text, d)
    assert [(w, r["change"]["by"]) for w, r in got if "change" in r] == [("double", "100")]
    assert all(w != "double" or r["metric"] == "overdose_deaths" for w, r in got)


def test_a_record_reached_before_the_figure(pack):
    """'reached a new high last year with 140 deaths' states the record beside the value; 'the
    highest number recorded in the past decade' is a record over ten years."""
    text = ("Overdose deaths in Guilford County reached a new high last year with 140 deaths.\n\n"
            "Overdose deaths in Guilford County were the highest number recorded in the past decade in 2019.\n")
    d = auditor.draft(text, published=date(2021, 3, 22), pack=pack)
    records = [r["comparison"] for w, r in _stated(text, d) if "comparison" in r]
    assert records[0]["relation"] == "record-high"
    assert records[1] == {"relation": "record-high", "window": "since 2009"}
    assert any(w == "140" and r.get("value") == "140" for w, r in _stated(text, d))


def test_steadily_rising_since_a_year(pack):
    """'had been steadily rising since 2012, reaching 30 in 2016' is a rise in each year to 2016."""
    text = "Overdose deaths in Guilford County had been steadily rising since 2012, reaching 30 in 2016.\n"
    d = auditor.draft(text, published=date(2017, 3, 1), pack=pack)
    streak = [r for w, r in _stated(text, d) if "comparison" in r]
    assert [s["comparison"] for s in streak] == [{"relation": "rise-streak", "years": 4}]
    assert streak[0]["period"] == "in 2016"


def test_a_movement_beside_a_record_keeps_its_comparison(pack):
    """'20 overdose deaths, an increase from 13 in 2018 and the highest number in the past decade':
    both the comparison with 2018 and the record are drafted."""
    text = ("In 2019, Guilford County had 20 overdose deaths, an increase from 13 in 2018 and the highest "
            "number recorded in the past decade.\n")
    d = auditor.draft(text, published=date(2020, 1, 4), pack=pack)
    relations = sorted(r["comparison"]["relation"] for w, r in _stated(text, d) if "comparison" in r)
    assert relations == ["higher", "record-high"]
    higher = next(r for w, r in _stated(text, d) if r.get("comparison", {}).get("relation") == "higher")
    assert higher["comparison"]["than"] == "in 2018"


def test_a_level_moved_from_two_earlier_levels_is_higher_than_each(pack):
    text = "In Ohio, there were 1,203 traffic deaths in 2021, up from 1,154 in 2020 and up sharply from 1,041 in 2019.\n"
    d = auditor.draft(text, published=date(2022, 3, 1), pack=pack)
    compared = [x.record for x in d.drafted if x.complete and "comparison" in x.record]
    assert sorted(r["comparison"]["than"] for r in compared) == ["in 2019", "in 2020"]
    assert all(r["comparison"]["relation"] == "higher" for r in compared)
    assert len({r["id"] for r in compared}) == 2


@pytest.mark.parametrize("sentence", [
    "Overdose deaths in Dayton are at their highest point since the county began tracking them in 2015.",
    "Overdose deaths in Dayton are now the most since officials started keeping records in 2015.",
])
def test_the_year_a_records_window_opened_is_not_its_period(pack, sentence):
    records = drafted_records("Dayton overdoses\n\n" + sentence + "\n", published=date(2023, 3, 1), pack=pack)
    record = [r for r in records if "comparison" in r]
    assert record and all("2015" not in str(r.get("period")) for r in record)


def test_a_year_after_a_records_earlier_figure_is_that_figures_and_not_the_changes(pack):
    text = ("Lake County crashes\n\nIn 2016, 31 people died in crashes in Lake County. That's an increase of six "
            "deaths from the 25 recorded in 2015 and the most since 33 in 2011.\n")
    d = auditor.draft(text, published=date(2017, 2, 1), pack=pack)
    by_words = {(words, next(k for k in ("value", "change", "comparison") if k in r)): r for words, r in stated(text, d)}
    assert by_words[("six", "change")]["period"].endswith("2016")
    assert by_words[("33", "value")]["period"].endswith("2011")


def test_twelve_months_compared_over_are_not_the_figures_own(pack):
    text = "Burglaries in Cork\n\nBurglaries in Cork rose 6% compared over the year to June 2022, police said.\n"
    records = drafted_records(text, published=date(2023, 9, 28), pack=pack)
    assert all(str(r.get("period")) != "2021-07-01/2022-06-30" for r in records)


@pytest.mark.parametrize("sentence, relation", [
    # any superlative of size or harm, with "since"
    ("Ohio recorded 5,017 overdose deaths in 2021, the largest number of overdose deaths since 2007.", "record-high"),
    ("Ohio recorded 120 fire deaths in 2021, the deadliest toll of fire deaths since 1999.", "record-high"),
    # "its" / "their" before the superlative
    ("Unemployment in Wisconsin fell to 3.1% in March, its lowest rate since May 2001.", "record-low"),
    ("Initial unemployment claims in Wisconsin are at their lowest levels since 1990.", "record-low"),
])
def test_a_superlative_since_a_year_is_a_record_with_its_window(pack, sentence, relation):
    records = _records(sentence + "\n", pack)
    assert [r["relation"] for r in records] == [relation]
    assert records[0]["window"].startswith("since ")


@pytest.mark.parametrize("sentence, relation", [
    ("Ohio had 44 overdose deaths, the most we have ever counted in a year, the coroner said.", "record-high"),
    ("March was the coldest month for overdose deaths ever recorded in Ohio.", "record-low"),
])
def test_a_superlative_with_ever_or_on_record_after_some_words(pack, sentence, relation):
    assert [r["relation"] for r in _records(sentence + "\n", pack)] == [relation]


def test_plural_all_time_highs_and_a_span_of_decades_after_a_comma(pack):
    """'reached all-time highs' is a record; 'the highest number ... per year, in over two decades'
    is a record over twenty years."""
    text = ("The unemployment rate in Wisconsin reached all-time highs in March 2020.\n\n"
            "Ohio had 44 overdose deaths in 2021, its highest number of overdose deaths per year, in over two decades.\n")
    records = _records(text, pack)
    assert [r["relation"] for r in records] == ["record-high", "record-high"]
    assert records[1].get("over_years") == 20 or records[1].get("window") == "since 2001"


def test_a_superlative_without_ever_since_or_years_is_no_record(pack):
    """'the largest share of the budget' names no record: no comparison is drafted."""
    text = "The police department in Ohio got the largest share of the budget, $84 million, in 2021.\n"
    assert _records(text, pack) == []


def test_a_record_broken_after_the_figure_is_said_of_it(pack):
    """'the 42 overdose deaths would still top past records': the 42 is a record (and a value)."""
    text = ("Ohio had 44 overdose deaths in 2021.\n\n"
            "Without the two from one house, the 42 overdose deaths would still top past records.\n")
    got = _comparisons(text, pack)
    assert [(w, r["comparison"]["relation"]) for w, r in got] == [("42", "record-high")]


@pytest.mark.parametrize("sentence, relation", [
    ("The number of overdose deaths in Ohio dipped slightly last year.", "lower"),
    ("Overdose deaths in Ohio soared in 2021, officials said.", "higher"),
    ("Ohio sees upswing in overdose deaths", "higher"),
    ("Ohio saw a spike in overdose deaths in 2021.", "higher"),
])
def test_the_verbs_and_nouns_news_copy_says_a_move_with(pack, sentence, relation):
    got = _comparisons(sentence + "\n", pack)
    assert [r["comparison"]["relation"] for w, r in got] == [relation]
    assert got[0][1]["metric"] == "overdose_deaths"


def test_more_with_words_before_than_and_a_period_after(pack):
    """'more overdose deaths this year than in 2017' compares this year with 2017; 'fewer ...
    than expected' names no period and is no comparison of periods."""
    got = _comparisons("There have already been more overdose deaths in Ohio this year than in 2017.\n", pack)
    assert [(r["comparison"]["relation"], r["comparison"].get("than"), r["period"]) for w, r in got] == \
        [("higher", "in 2017", "this year")]
    assert _comparisons("Ohio had fewer overdose deaths than expected.\n", pack) == []


def test_a_phrasal_verbs_up_is_no_direction_of_the_figure(pack):
    """'wrapped up with an average of 82.7', 'ended up at 26' are levels; 'went up by 26' is a change."""
    text = ("July in Ohio wrapped up with an average temperature of 82.7 degrees.\n\n"
            "Overdose deaths in Ohio ended up at 26 in 2015.\n\n"
            "Overdose deaths in Ohio went up by 26 in 2016.\n")
    d = auditor.draft(text, published=date(2023, 8, 1), pack=pack)
    assert [(text[x.anchor[0]:x.anchor[1]], "change" in x.record) for x in d.drafted] == \
        [("82.7", False), ("26", False), ("26", True)]


def test_a_movement_from_a_level_is_also_a_comparison(pack):
    """'increased from 64 in 2014 to 65 in 2015' and '20 ..., an increase from 13 in 2018' state two
    levels and that the later is higher than the earlier; 'rose 12 percent from 150 in 2018' has a
    size of its own and states no extra comparison."""
    text = ("In Warren County, 20 people died of overdoses in 2019, an increase from 13 in 2018.\n\n"
            "The number of heroin deaths in York County increased from 64 in 2014 to 65 in 2015.\n\n"
            "Homicides in Cleveland rose 12 percent from 150 in 2018.\n")
    d = auditor.draft(text, published=date(2020, 1, 4), pack=pack)
    comparisons = [x.record for x in d.drafted if "comparison" in x.record]
    assert [(r["metric"], r["period"], r["comparison"]) for r in comparisons] == [
        ("overdose_deaths", "in 2019", {"relation": "higher", "than": "in 2018"}),
        ("heroin_deaths", "in 2015", {"relation": "higher", "than": "in 2014"}),
    ]
    assert all(x.complete for x in d.drafted if "comparison" in x.record)
    assert comparisons[1]["quote"]["text"] == "increased from 64 in 2014 to 65 in 2015"


def test_a_change_named_by_its_periods_possessive(pack):
    """'last year's increase in homicides', 'this year's decline in overdose deaths' are
    comparisons of that period; 'the state' is the state of the article's place."""
    text = ("CLEVELAND — Officials are concerned by last year's increase in homicides in Cleveland.\n\n"
            "The state recorded 400 homicides in 2022, according to state figures.\n")
    got = drafted(text, published=date(2023, 3, 1), pack=pack)
    record = got["last year's increase"]
    assert (record["period"], record["comparison"]["relation"]) == ("last year", "higher")
    assert got["400"]["place"] == "ohio"


def test_the_year_through_a_month_and_a_change_over_the_first_months(pack):
    """'for the year through November' is the year to the end of November, not 'the year'; a
    change over the first months of a year naming no base is against the same months a year
    before."""
    text = ("CHICAGO (WGN) — Chicago's homicide total for the year through November was 469.\n\n"
            "In the first half of 2012, homicides in Chicago rose 38 percent.\n")
    got = drafted(text, published=date(2012, 12, 10), pack=pack)
    assert got["469"]["period"] == "through November"
    assert got["38 percent"]["change"]["base"] == "same period last year"


def test_a_movement_to_a_level_then_from_another(pack):
    """'dropped to 150 last year from 175 in 2021': the two levels, and lower than in 2021."""
    text = "Homicides in Franklin County dropped to 150 last year from 175 in 2021.\n"
    comparisons = [r for r in drafted_records(text, published=date(2023, 2, 1), pack=pack) if "comparison" in r]
    assert [(r["period"], r["comparison"]) for r in comparisons] == [("last year", {"relation": "lower", "than": "in 2021"})]


def test_a_monthly_level_moving_is_against_the_month_before(pack):
    """'Jobs increased slightly ... in July' (a level, not a count added up): higher than June; a
    count ('Homicides rose in July') is left for the editor; a stored page's date label opening the
    text is no figure of the part after it."""
    text = (" date 2020-09-10 Jobs increased slightly, but it was a smaller work force that helped drop "
            "Jefferson County’s July unemployment rate to 8.9 percent.\n\nHomicides in Cleveland rose in July.\n")
    got = drafted(text, published=date(2020, 9, 10), pack=pack)
    assert got["increased"]["comparison"] == {"relation": "higher", "than": "2020-06"}
    assert "than" not in got["rose"]["comparison"]


def test_a_monthly_levels_change_is_against_the_month_before(pack):
    """'Ohio's unemployment rate fell 0.2 percentage points in July' is against June; a count's
    change in a month ('Homicides rose 10 percent in July') names no base and is left to check."""
    text = ("Ohio's unemployment rate fell 0.2 percentage points in July.\n\n"
            "Homicides in Cleveland rose 10 percent in July.\n")
    got = drafted(text, published=date(2022, 9, 1), pack=pack)
    assert got["0.2 percentage points"]["change"]["base"] == "2022-06"
    assert "base" not in got["10 percent"]["change"]


def test_a_change_against_the_comparable_period_last_year_is_of_the_part(pack):
    text = ("Tucson home sales\n\nHome sales in Tucson from January through April are up 19 per cent from the "
            "comparable period last year, the board says.\n")
    change = record_with(drafted_records(text, published=date(2024, 5, 10), pack=pack), "change", "19 per cent")
    assert str(change["period"]) == "2024-01-01/2024-04-30"


def test_a_present_change_in_a_story_of_last_year_is_of_that_year(pack):
    text = ("Tucson overdoses\n\nOverdose deaths in Tucson reached 300 in 2023, the county said. In 2023 the "
            "county also recorded 41 fire deaths.\n\nOverdose deaths are up 12% compared with the year before, "
            "the report shows.\n")
    change = record_with(drafted_records(text, published=date(2024, 3, 10), pack=pack), "change", "12%")
    assert "2023" in str(change["period"])


def test_a_present_change_said_so_far_stays_the_year_to_date(pack):
    text = ("Tucson overdoses\n\nOverdose deaths in Tucson reached 300 in 2023, the county said. In 2023 the "
            "county also recorded 41 fire deaths.\n\nSo far, overdose deaths are up 12% compared with the same "
            "time last year, the report shows.\n")
    change = record_with(drafted_records(text, published=date(2024, 3, 10), pack=pack), "change", "12%")
    assert "2023" not in str(change.get("period"))


def test_a_present_change_to_the_same_point_last_year_stays_the_year_to_date(pack):
    text = ("Tucson murders\n\nMurders in Tucson are up 15% compared to the same point in 2023, police said.\n\n"
            "As of March 3, 62 people had been killed. That compares to 54 in the same period in 2023.\n\n"
            "Shootings in Tucson so far this year are running 19% below what the city saw to the same point in "
            "2023.\n")
    change = record_with(drafted_records(text, published=date(2024, 3, 10), pack=pack), "change", "15%")
    assert "2023" not in str(change.get("period"))


def test_last_year_beside_the_year_to_date_not_compared_stays_the_whole_year(pack):
    records = drafted_records("Tucson homicides\n\nThere were 95 homicides in Tucson last year and 30 so far this year.\n",
                              published=date(2024, 5, 10), pack=pack)
    assert str(record_with(records, "value", "95")["period"]) == "last year"


def test_a_percentage_that_is_a_level_stays_a_value(pack):
    """A rate's percentage with no whole after 'of' is a value, not a share."""
    text = "In April, the county unemployment rate was 3.6 percent.\n"
    assert drafted(text, published=date(2017, 5, 23), pack=pack)["3.6 percent"].get("value") == "3.6 percent"


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


def test_figures_for_and_information_supplied_by_show_a_document(pack):
    """'Figures for the second week of school show', 'Information supplied by the school system
    showed': documents, as 'statistics show' is."""
    text = SCHOOL_LOSS + ("Information supplied by the school system showed that the student count this year "
                          "totaled 14,210 students.\n")
    got = drafted(text, pack=pack, **CLAYTON)
    assert got["440"]["attribution"] == "document"
    assert got["14,210"]["attribution"] == "document"


def test_a_rate_down_from_a_percentage_is_the_level_before(pack):
    """'falling from 9.7 percent in June to 8.9 in July': June's level, not a fall by 9.7 percent."""
    text = "Harlan County's labor force dropped, resulting in the jobless rate falling from 9.7 percent in June to 8.9 in July.\n"
    record = drafted(text, published=date(2020, 9, 10), pack=pack)["9.7 percent"]
    assert record.get("value") == "9.7 percent" and record["period"] == "in June"


def test_levels_that_both_moved_are_each_a_comparison(pack):
    """'the county's labor force (25,100) and number of employed (24,000) both dropped during the
    month': two levels, and a fall of each."""
    text = ("Harlan County's unemployment rate fell in July, to 4.4 percent. In an unusual occurrence, the county's "
            "labor force (25,100) and number of employed (24,000) both dropped during the month.\n")
    d = auditor.draft(text, published=date(2022, 9, 1), pack=pack)
    falls = {x.record["metric"] for x in d.drafted if x.record.get("comparison", {}).get("relation") == "lower"}
    assert {"labor_force", "employed_residents"} <= falls


def test_a_change_of_a_named_metric_by_a_count_of_some_noun(pack):
    """'the county's labor force dropped by 184 workers': a fall of the labor force, the noun
    after the figure its unit; 'went up slightly after two big leaps' stays no claim."""
    text = "Twenty more people had jobs in July, but the county's labor force dropped by 184 workers.\n"
    record = drafted(text, published=date(2020, 9, 10), pack=pack, title="Harlan County jobless rate falls")["184"]
    assert record["metric"] == "labor_force" and record["change"]["phrase"].startswith("down")
    text = "Drug overdose deaths in the U.S. went up slightly in 2022 after two big leaps during the pandemic.\n"
    assert "two" not in drafted(text, published=date(2024, 1, 16), pack=pack)


def test_a_fall_for_the_second_year_in_a_row_is_a_streak(pack):
    """'decreased for the second year in a row' is a fall-streak of two years, as 'for the second
    straight year' is."""
    text = "The overall number of overdose deaths in Erie County decreased for the second year in a row in 2019.\n"
    d = auditor.draft(text, published=date(2020, 1, 4), pack=pack)
    comparison = next(x.record["comparison"] for x in d.drafted if "comparison" in x.record)
    assert comparison["relation"] == "fall-streak" and comparison["years"] == 2


def test_passing_a_record_stays_a_record(pack):
    records = drafted_records("State report\n\nOhio traffic deaths have already surpassed the previous record.\n",
                              published=date(2022, 4, 1), pack=pack)
    assert [r["comparison"]["relation"] for r in records if "comparison" in r] == ["record-high"]


@pytest.mark.parametrize("sentence, phrase", [
    ("There were 212 overdose deaths, a 24% increase over 171 in 2020.", "24%"),
    ("Crews answered 212 calls, a decrease of 12 percent on 2020.", "12 percent"),
])
def test_a_change_over_a_figures_year_is_not_of_that_year(pack, sentence, phrase):
    text = "Highland County\n\nOverdose deaths in Highland County rose sharply in 2021, the coroner said.\n\n" + sentence + "\n"
    change = record_with(drafted_records(text, published=date(2022, 3, 9), pack=pack), "change", phrase)
    assert "2020" not in str(change.get("period"))
    assert "2020" in str(change["change"].get("base"))


def test_over_a_figure_with_no_change_is_still_its_own_period(pack):
    # "over 300 deaths in 2021" qualifies the figure: 2021 is its period
    records = drafted_records("Tucson roads\n\nThe county recorded over 300 traffic deaths in 2021.\n",
                              published=date(2022, 3, 9), pack=pack)
    assert str(record_with(records, "value", "300")["period"]).endswith("2021")


@pytest.mark.parametrize(("text", "figure", "expected"), [
    pytest.param(  # the period after the figure compared with is its own, not the claim's
        "The sheriff's office made 1,132 arrests in 2016. They closed 611 cases with an arrest compared "
        "to 590 the year before.", "611", "in 2016", id="after-the-figure-compared-with"),
    pytest.param(
        "The agency extradited 190 people in 2016 compared with 179 the year before.", "179", "the year before",
        id="the-base-keeps-its-period"),
    pytest.param(  # a period of the claim's own before the base keeps its reading
        "The sheriff's office arrested 53 impaired motorists last year compared to 44 the year before.", "53",
        "last year", id="own-period-before-the-base"),
])
def test_the_period_of_the_figure_compared_with(pack, text, figure, expected):
    got = drafted(text, published=date(2017, 2, 6), pack=pack)
    assert got[figure].get("period") == expected, got[figure]


def test_a_budgets_proposed_rise_is_no_year_to_date(pack):
    # "is proposed to increase by 3.5 per cent" in a story on the 2019 budget: the budget's year,
    # not 1 January to the day of publication
    text = ("Mayor Jim Watson on Wednesday tabled the proposed 2019 municipal budget for Ottawa.\n\n"
            "The transit tax portion of the property tax bill is proposed to increase by 3.5 per cent.")
    got = drafted(text, published=date(2019, 2, 6), pack=pack)
    assert got["3.5 per cent"].get("period") == "2019-01-01/2019-12-31", got["3.5 per cent"]


@pytest.mark.parametrize("text, words, relation", [
    # a level said to stay the same, with no figure
    ("Homicides in Chicago remained the same in 2017.", "remained the same", "tie"),
    ("Homicides in Chicago were virtually the same in 2017.", "were virtually the same", "about-same"),
    ("The number of homicides in Chicago was the same in 2017.", "was the same", "tie"),
    ("Homicides in Chicago stayed static in 2017.", "stayed static", "about-same"),
    ("In 2017 there was relatively no change in homicides in Chicago.", "was relatively no change", "about-same"),
    # a headline's present tense or bare direction
    ("Chicago Homicides Up\n\nChicago recorded 500 homicides in 2017.\n", "Up", "higher"),
    ("Chicago homicides rise amid calls for more police\n\nChicago recorded 500 homicides in 2017.\n", "rise", "higher"),
    ("date 2018-03-01\nChicago homicides drop\n\nChicago recorded 500 homicides in 2017.\n", "drop", "lower"),
    ("Chicago homicides fall as police add patrols\n\nChicago recorded 500 homicides in 2017.\n", "fall", "lower"),
    # a direction with an adverb, or "compared to", and no figure
    ("Murders in Chicago are slightly up in 2017, compared to 2016.", "are slightly up", "higher"),
    ("There were fewer homicides in Chicago in 2017 compared to 2016.", "fewer homicides in Chicago in 2017 compared to ",
     "lower"),
])
def test_a_direction_or_sameness_said_in_words_with_no_figure(pack, text, words, relation):
    got = _comparisons(text, pack, published=date(2018, 3, 1))
    assert [(w, r["comparison"]["relation"]) for w, r in got] == [(words, relation)], got


def test_no_comparison_of_the_same_day_nor_a_zero_of_no_change_nor_a_headline_in_the_body(pack):
    assert _comparisons("Homicides in Chicago are reported the same day.", pack) == []
    text = "In 2017 there was no change in homicides in Chicago."
    assert not any(r.get("value") == "0" for _, r in stated(text, auditor.draft(text, published=date(2018, 3, 1), pack=pack)))
    assert [r["comparison"]["relation"] for _, r in _comparisons(text, pack, published=date(2018, 3, 1))] == ["about-same"]
    text = "Chicago homicides in 2017\n\nChicago recorded 500 homicides in 2017. Crime rises in summer\n"
    assert _comparisons(text, pack, published=date(2018, 3, 1)) == []


@pytest.mark.parametrize("headline", ["Chicago shooting victim's mother speaks up", "Chicago homicide suspect gives up",
                                      "Chicago homicide trial wraps up", "Homicides in Chicago: the mayor steps up",
                                      "Main Street work to wrap up",
                                      "Chicago homicide suspect falls from roof during chase"])
def test_a_headline_phrasal_up_or_a_fall_from_is_no_direction(pack, headline):
    text = f"{headline}\n\nChicago recorded 500 homicides in 2017.\n"
    assert _comparisons(text, pack, published=date(2018, 3, 1)) == []


@pytest.mark.parametrize("text", [
    "The policy on homicides in Chicago remained the same in 2017.",
    "Asked about homicides in Chicago, the chief said the approach is the same this year.",
    "Homicides in Chicago saw no change in how they were reported in 2017.",
    "Chicago recorded 500 homicides in 2017. There was no change in the schedule.",
    "Chicago recorded 500 homicides in 2017. The result was the same in 2016.",
])
def test_no_sameness_of_what_is_not_a_count(pack, text):
    assert _comparisons(text, pack, published=date(2018, 3, 1)) == []
