"""The seventh round: general mechanisms of speakers, places and periods, with sentences written
in the style of local news (overdoses, budgets, homicides, traffic deaths), none about
Birmingham, Alabama; the measure half of `fresh4.yaml` (i10-i18) is never read per claim.
"""

from __future__ import annotations

from datetime import date

import auditor
import auditor.draft

from draft_helpers import drafted
from draft_helpers import drafted_records
from draft_helpers import pack  # noqa: F401  (the fixture)


def test_a_pronoun_is_the_person_mentioned_last(pack):
    """'he said' is the person the text mentioned last, also one named before without a
    reporting verb ("Mayor Ann Cole did not release ... However, she said") and one named
    without a post who speaks elsewhere ("Engen said")."""
    text = ("Mayor Ann Cole did not release a total. However, she said the general fund budget will grow by "
            "about $1.7 million in 2023.\n\n"
            "Engen did not give a figure for the police. He said the fire department will need about $2 million "
            "more in 2023, which Engen said the city can pay.\n")
    got = drafted(text, published=date(2022, 7, 8), pack=pack)
    assert got["about $1.7 million"]["attribution"] == "paraphrase"
    assert got["about $1.7 million"]["speaker"] == "Ann Cole, Mayor"
    assert got["about $2 million"]["speaker"] == "Engen"


def test_a_name_with_its_post_after_it_speaks(pack):
    """'John Baker, a police spokesman, said' is John Baker's paraphrase, written with his post;
    'said X, associate director for ... of the Y' too."""
    text = ("John Baker, a police spokesman, said there were 45 homicides in Toledo in 2022.\n\n"
            "Overdose deaths in Ohio dropped by 1,400 in 2022, said Jeremy Ekeler, associate director for "
            "policy for the Ohio Recovery Council.\n")
    got = drafted(text, published=date(2023, 3, 1), pack=pack)
    assert got["45"]["attribution"] == "paraphrase"
    assert got["45"]["speaker"] == "John Baker, police spokesman"
    assert got["1,400"]["speaker"] == "Jeremy Ekeler, associate director for policy for the Ohio Recovery Council"


def test_a_document_of_a_body_named_in_lower_case(pack):
    """'according to data from the state health department' is that department's document."""
    text = "Overdose deaths in Ohio rose to 4,120 last year, according to data from the state health department.\n"
    record = drafted(text, published=date(2023, 3, 1), pack=pack)["4,120"]
    assert record["attribution"] == "document"
    assert record["speaker"] == "state health department"


def test_a_newspaper_keeps_its_article(pack):
    """'The Columbus Dispatch reports' is written with its 'The' (a paper's name holds it); 'The
    FDNY' is not."""
    text = ("The Akron Beacon Journal reports the county's 212 overdose deaths in 2022 were a record.\n\n"
            "The FDNY said 64 people died in fires in 2022.\n")
    got = drafted(text, published=date(2023, 3, 1), pack=pack)
    assert got["212"]["speaker"] == "The Akron Beacon Journal"
    assert got["64"]["speaker"] == "FDNY"


def test_a_nationwide_figure_is_the_countrys(pack):
    """'nationwide' with no place of its own is the country of the article's place."""
    text = ("CLEVELAND (WKYC) — Homicides in Cleveland rose to 170 in 2022.\n\n"
            "Homicides rose 10 percent nationwide in 2022.\n")
    got = drafted(text, published=date(2023, 3, 1), pack=pack)
    assert got["10 percent"]["place"] == "united-states"
    assert got["170"]["place"] != "united-states"


def test_an_article_without_dateline_is_about_the_place_its_lede_names(pack):
    """With no dateline, a figure naming no place is of the place the headline and lede name
    (the one of them named most), not of a place named more often further down."""
    text = ("U.S. traffic deaths fall\n\n"
            "Traffic deaths in the U.S. fell to 36,000 in 2022.\n\n"
            "Texas had the most. Texas counted 4,400 deaths and Texas officials said so.\n\n"
            "Deaths of motorcyclists rose to 6,000 in 2022.\n")
    got = drafted(text, published=date(2023, 5, 1), pack=pack)
    assert got["6,000"]["place"] == "united-states"


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


def test_a_time_said_without_a_preposition_right_after_the_figure_is_its_period(pack):
    """'dropped to 825 in 2018 and decreased again to 810 last year': 810 is of last year, not of
    the clause's first year."""
    text = "In Warren County, death investigations dropped to 825 in 2018 and decreased again to 810 last year.\n"
    got = drafted(text, published=date(2020, 1, 4), pack=pack)
    assert got["825"]["period"] == "in 2018"
    assert got["810"]["period"] == "last year"


def test_a_comparison_over_a_range_of_years_is_of_the_later_than_the_earlier(pack):
    """'a decrease in overdose deaths from 2014 to 2015' is of 2015, lower than 2014 (complete);
    a change with a size over months keeps its range ('from December to January')."""
    text = "There was a decrease in overall overdose deaths from 2014 to 2015 in York County.\n"
    d = auditor.draft(text, published=date(2016, 8, 12), pack=pack)
    [item] = [x for x in d.drafted if "comparison" in x.record]
    assert item.complete
    assert (item.record["period"], item.record["comparison"]) == ("2015", {"relation": "lower", "than": "2014"})


def test_a_body_named_before_speaks_as_the_agency(pack):
    """'the agency said', 'according to the bureau's figures' are the body named before whose name
    ends in a word of that kind, written in full (a name of six words too)."""
    text = ("Overdose deaths in Ohio fell in 2022, the Ohio Department of Mental Health and Addiction Services "
            "said Tuesday.\n\n"
            "There were 4,900 overdose deaths in Ohio in 2022, according to the agency's figures. "
            "Fentanyl was involved in 3,900 overdose deaths in Ohio in 2022, the agency said.\n")
    got = drafted(text, published=date(2023, 5, 1), pack=pack)
    assert got["4,900"]["attribution"] == "document"
    assert got["4,900"]["speaker"] == "Ohio Department of Mental Health and Addiction Services"
    assert got["3,900"]["attribution"] == "paraphrase"
    assert got["3,900"]["speaker"] == "Ohio Department of Mental Health and Addiction Services"


def test_a_date_in_the_datelines_parenthesis_is_no_publisher():
    """'JACKSON, Miss. (Dec. 30, 2024) —': no publisher 'Dec. 30, 2024'; the date is read as the
    publication date (noted); an outlet there is still the publisher."""
    d = auditor.draft("JACKSON, Miss. (Dec. 30, 2024) — Homicides in Jackson fell to 90 in 2024, police said.\n")
    assert d.source.publisher != "Dec. 30, 2024"
    assert d.source.published.earliest == date(2024, 12, 30) == d.source.published.latest
    d = auditor.draft("BIRMINGHAM, Ala. (WBRC) - Homicides fell to 90 in 2024, police said.\n", published="2025-01-02")
    assert d.source.publisher == "WBRC"


def test_a_dateline_of_a_city_alone_with_a_dash(pack):
    """'CLEVELAND — Homicides fell ...': the dateline's city is the place, and the quote leaves the
    dateline out; also after a headline line."""
    text = "Homicides down in 2022\n\nCLEVELAND — Homicides fell to 150 in 2022, police said.\n"
    record = drafted(text, published=date(2023, 3, 1), pack=pack)["150"]
    assert record["place"] == "cleveland-oh"
    assert record["quote"]["text"].startswith("Homicides fell")


def test_a_change_named_by_its_periods_possessive(pack):
    """'last year's increase in homicides', 'this year's decline in overdose deaths' are
    comparisons of that period; 'the state' is the state of the article's place."""
    text = ("CLEVELAND — Officials are concerned by last year's increase in homicides in Cleveland.\n\n"
            "The state recorded 400 homicides in 2022, according to state figures.\n")
    got = drafted(text, published=date(2023, 3, 1), pack=pack)
    record = got["last year's increase"]
    assert (record["period"], record["comparison"]["relation"]) == ("last year", "higher")
    assert got["400"]["place"] == "ohio"


def test_a_generic_noun_tied_by_the_headline_is_the_metric_the_article_names(pack):
    """'2 deaths' in an article headed 'traffic deaths': the headline's 'traffic' heads several
    metrics' names (traffic deaths, speed-related traffic deaths, ...); the one the article
    names by its full name is meant."""
    text = ("Denver traffic deaths hit 40-year high\n\n"
            "DENVER (KDVR) — A total of 82 people died on Denver streets in 2022.\n\n"
            "Pedestrian fatalities rose to 25, up from 19 the year before.\n\n"
            "The city has recorded 2 deaths so far in 2023.\n")
    assert drafted(text, published=date(2023, 1, 10), pack=pack)["2"]["metric"] == "traffic_deaths"


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


def test_a_sentence_restating_a_documents_figure_keeps_its_voice(pack):
    """'..., according to the report. That's a 30 percent increase over 2014' is the report's too;
    a sentence that does not point back is the reporter's."""
    text = ("In Pennsylvania, 3,505 died in 2015 from a drug-related overdose, according to the Pennsylvania "
            "State Coroners Association Report on Overdose Death Statistics. That's a 30 percent increase over 2014. "
            "Officers seized 44 guns in 2015.\n")
    got = drafted(text, published=date(2016, 8, 12), pack=pack)
    assert got["30 percent"]["attribution"] == "document"
    assert got["30 percent"]["speaker"] == got["3,505"]["speaker"] == "Pennsylvania State Coroners Association"
    assert got["44"]["attribution"] == "reporter"


def test_an_abbreviated_rank_is_a_post_not_part_of_another(pack):
    """'said Cmdr. Dan Ross' is Dan Ross with his rank; 'Cmdr.' holds no 'Dr.'."""
    text = "CLEVELAND — \"There were 44 homicides in 2022,\" said Cmdr. Dan Ross, who leads the homicide unit.\n"
    assert drafted(text, published=date(2023, 2, 1), pack=pack)["44"]["speaker"] == "Dan Ross, Cmdr."


def test_posts_of_many_words_suffixes_and_a_posts_officer(pack):
    """'Oklahoma City Fire Department’s Public Information Officer Benny Fulkerson' keeps the whole
    post ('Officer' is the post's, not a rank of the name); 'Herman Williams Jr.' keeps his
    suffix; 'The Medical Examiner said' is the place's medical examiner."""
    text = ("OKLAHOMA CITY (KOCO) — Fire deaths in Oklahoma City rose to 22 in 2018, said Oklahoma City Fire "
            "Department’s Public Information Officer Benny Fulkerson.\n\n"
            "Fire Chief Herman Williams Jr. said 19 died in fires in 2017.\n")
    got = drafted(text, published=date(2018, 12, 21), pack=pack)
    assert got["22"]["speaker"] == "Benny Fulkerson, Oklahoma City Fire Department’s Public Information Officer"
    assert got["19"]["speaker"] == "Herman Williams Jr., Fire Chief"
    text = ("ROCHESTER, N.Y. (WROC) — A new report from the Monroe County Medical Examiner shows overdose deaths "
            "in Monroe County rose in 2022.\n\nThe Medical Examiner also said that 333 deaths were attributed to opioids in 2022.\n")
    got = drafted(text, published=date(2023, 11, 30), pack=pack)
    assert got["333"]["speaker"] == "Monroe County Medical Examiner"


def test_an_agency_named_with_a_documents_word_and_data_released_on_a_day(pack):
    """'according to Statistics Canada' is that body's paraphrase ('... Statistics Canada data' its
    document), not a document of no one; 'Data released Thursday by the X show' is X's document."""
    text = ("Homicides in Canada rose to 743 in 2020, according to Statistics Canada.\n\n"
            "According to Statistics Canada data, homicides in Canada rose 7 percent in 2020.\n\n"
            "Data released Thursday by the Ohio Department of Health show 5,017 overdose deaths in Ohio in 2020.\n")
    got = drafted(text, published=date(2021, 1, 21), pack=pack)
    assert (got["743"]["attribution"], got["743"]["speaker"]) == ("paraphrase", "Statistics Canada")
    assert (got["7 percent"]["attribution"], got["7 percent"]["speaker"]) == ("document", "Statistics Canada")
    assert (got["5,017"]["attribution"], got["5,017"]["speaker"]) == ("document", "Ohio Department of Health")


def test_one_of_a_metric_named_after_it(pack):
    """'one fire-related death was reported last year' is a value of 1 (the number reader leaves
    a lower-case 'one' alone); 'One of the fires' is no claim."""
    text = ("CLEVELAND — The report showed that one fire-related death was reported in Cleveland last year. "
            "One of the fires was arson.\n")
    d = auditor.draft(text, published=date(2017, 1, 26), pack=pack)
    values = [(x.record["metric"], x.record["value"]) for x in d.drafted if "value" in x.record]
    assert values == [("fire_deaths", "1")]


def test_the_place_named_post_after_a_quotation(pack):
    """'..., the York County coroner said' names the coroner named before ('Pam Gay, York County
    coroner')."""
    text = ("Pam Gay, York County coroner, said overdoses are a concern.\n\n"
            "\"While 12 overdose deaths were heroin-related in 2015, that will change,\" the York County coroner said.\n")
    record = drafted(text, published=date(2016, 8, 12), pack=pack)["12"]
    assert (record["attribution"], record["speaker"]) == ("direct-quote", "Pam Gay, York County coroner")


def test_a_sentence_going_on_with_however_keeps_the_document(pack):
    """'..., according to the ... Report. However, heroin deaths increased ...' is the report's."""
    text = ("There was a 16 percent decrease in overdose deaths in York County in 2015, according to the Pennsylvania "
            "State Coroners Association Report on Overdose Death Statistics. However, the number of heroin deaths "
            "increased from 64 in 2014 to 65 in 2015 in York County.\n")
    got = drafted(text, published=date(2016, 8, 12), pack=pack)
    assert (got["65"]["attribution"], got["65"]["speaker"]) == ("document", "Pennsylvania State Coroners Association")


def test_a_rate_falling_to_a_level_from_another_and_the_national_rate(pack):
    """'fell to 3.9 percent in July from 4.0 percent in June': 4.0 percent is June's level, July's is
    lower than June's; 'The national unemployment rate' is the country's."""
    text = ("Ohio's unemployment rate fell to 3.9 percent in July from 4.0 percent in June, the Ohio Department "
            "of Job and Family Services said Thursday.\n\nThe national unemployment rate was 3.5 percent in July.\n")
    got = drafted(text, published=date(2022, 9, 1), pack=pack)
    assert got["4.0 percent"]["period"] == "in June"
    assert got["fell"]["comparison"] == {"relation": "lower", "than": "in June"}
    assert got["3.5 percent"]["place"] == "united-states"


def test_a_quote_leaves_out_an_opening_connective(pack):
    """'However, the number of heroin deaths increased to 65 in 2015': the quote opens at the
    claim's own words."""
    text = "However, the number of heroin deaths in York County increased to 65 in 2015.\n"
    got = drafted(text, published=date(2016, 8, 12), pack=pack)
    assert got["65"]["quote"]["text"].startswith("the number of heroin deaths")


def test_a_claim_missing_only_its_place_still_gives_its_period(pack):
    """'Toledo recorded 45 homicides in 2022. That is a 30% drop from 2021.' with no Toledo in the
    pack: both lack a place, but the drop is of 2022 (carried), not of the year to date."""
    text = "Toledo recorded 45 homicides in 2022. That is a 30% drop from 2021.\n"
    record = drafted(text, published=date(2023, 3, 1), pack=pack)["30%"]
    assert record["period"] == "in 2022"
    assert "place" not in record


def test_a_citys_police_speak_with_its_name(pack):
    """'Cleveland police reported' is 'Cleveland police'; 'When police said' is 'police'."""
    text = ("CLEVELAND — Cleveland police reported 170 homicides in 2022.\n\n"
            "When police said 12 homicides were solved in 2022, the mayor agreed.\n")
    got = drafted(text, published=date(2023, 3, 1), pack=pack)
    assert got["170"]["speaker"] == "Cleveland police"
    assert got["12"]["speaker"] == "police"


def test_a_paragraph_opening_by_pointing_back_keeps_the_document_of_the_one_before(pack):
    """'Information supplied by the school system showed ... 20,429 students.' then a paragraph 'That
    compares to 21,216 ...': the same document; a paragraph that does not point back is the reporter's."""
    text = ("Information supplied by the Fayette County school system showed that the overall student count for "
            "the second week of school this year totaled 20,429 students.\n\n"
            "That compares to 21,216 for the same time period a year ago.\n\n"
            "Enrollment in Fayette County schools was 22,000 students in 2005.\n")
    got = drafted(text, published=date(2011, 8, 24), pack=pack)
    assert got["20,429"]["attribution"] == got["21,216"]["attribution"] == "document"
    assert got["22,000"]["attribution"] == "reporter"


def test_a_survey_or_analysis_that_found_is_a_document(pack):
    """'A newspaper survey of Ohio county coroners has found ...' is a document; 'An analysis by
    the Ohio Department of Health found ...' that department's."""
    text = ("A newspaper survey of Ohio county coroners has found more than 4,000 people died from drug overdoses "
            "in Ohio last year.\n\nAn analysis by the Ohio Department of Health found 4,100 overdose deaths in "
            "Ohio in 2016.\n")
    got = drafted(text, published=date(2017, 5, 28), pack=pack)
    assert got["more than 4,000"]["attribution"] == "document"
    assert (got["4,100"]["attribution"], got["4,100"]["speaker"]) == ("document", "Ohio Department of Health")


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

