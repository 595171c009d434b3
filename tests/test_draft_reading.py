"""How the drafter reads harder sentences: multiples, lists of metrics, periods given elsewhere,
fiscal years, levels counted on a day, verb-named metrics, speakers who open a clause.

Texts are invented in the style of the evaluation articles (none about Birmingham, Alabama);
the articles' desk pack gives the metrics and places the built-in rules lack.
"""

from __future__ import annotations

from datetime import date

import pytest

import auditor
import auditor.draft

from draft_helpers import by_anchor as _by_anchor
from draft_helpers import drafted
from draft_helpers import drafted_records
from draft_helpers import pack  # noqa: F401  (the fixture)
from draft_helpers import stated

# whole-article drafts (about 1 s in all): run with the slow suite, which CI runs
pytestmark = pytest.mark.slow


def test_doubled_tripled_and_times_higher_are_changes(pack):
    text = ("TORONTO - The number of shootings in January has doubled from the same time last year, and shootings "
            "are nearly three times higher than in the first month of 2013.\n\n"
            "The number of homicides has also tripled this month from the same time last year.\n")
    got = drafted(text, published=date(2016, 1, 27), pack=pack)
    assert got["doubled"]["change"] == {"direction": "up", "by": "100", "measure": "percent",
                                        "base": "from the same time last year"}
    assert got["nearly three"]["change"]["by"] == "nearly three"
    assert got["nearly three"]["change"]["measure"] == "ratio"
    assert got["tripled"]["metric"] == "homicides"
    assert (got["tripled"]["change"]["direction"], got["tripled"]["change"]["by"]) == ("up", "3")


def test_a_year_to_date_change_ends_on_the_day_the_article_gives_as_of():
    text = ("KANSAS CITY, Mo. - Homicides in Kansas City are up 15% compared to the same point in 2020.\n\n"
            "As of Sept. 26, 62 homicides have been recorded in the city.\n")
    d = auditor.draft(text, published=date(2021, 9, 28))
    up = next(x for x in d.drafted if "change" in x.record)
    assert up.record["period"] == "2021-01-01/2021-09-26"
    assert any("'as of'" in n for n in up.notes)


def test_a_budget_year_is_the_places_fiscal_year(pack):
    """Dallas's fiscal year starts on 1 October (declared in the pack): '$501 million in 2020' is
    October 2019 to September 2020, and 'the 2021 fiscal year' October 2020 to September 2021."""
    text = ("DALLAS (AP) - The Dallas City Council approved a budget for the 2021 fiscal year that includes "
            "increasing police spending by nearly $8 million.\n\n"
            "The police department budget will increase from $501 million in 2020 to $509 million for 2021.\n")
    got = drafted(text, published=date(2020, 9, 25), pack=pack)
    assert got["nearly $8 million"]["period"] == "2020-10-01/2021-09-30"
    assert got["$501 million"]["period"] == "2019-10-01/2020-09-30"
    assert got["$509 million"]["period"] == "2020-10-01/2021-09-30"
    # the number reader's range "from $501 million in 2020 to $509 million" holds a time: two figures
    assert got["$501 million"]["value"] == "$501 million" and got["$509 million"]["value"] == "$509 million"


def test_each_figure_takes_the_base_named_after_it_and_is_quoted_apart():
    text = ("KANSAS CITY, Mo. - Last year, 140 homicides were recorded in the city. Officials cited a drop of "
            "about 7 percent from 2021 and 15 percent from 2013.\n")
    got = drafted(text, published=date(2023, 1, 25))
    assert got["about 7 percent"]["change"]["base"] == "from 2021"
    assert got["15 percent"]["change"]["base"] == "from 2013"
    assert got["15 percent"]["quote"]["text"] == "15 percent from 2013"


def test_a_date_label_opening_the_text_leaves_the_period_of_the_first_sentence():
    text = "date 2023-01-25 Last year, 140 homicides were recorded in Kansas City, Mo., police said.\n"
    d = auditor.draft(text, published=date(2023, 1, 25))
    (x,) = d.drafted
    assert x.record["period"] == "last year" and x.complete


def test_a_paraphrase_goes_on_only_when_its_sentence_opens_with_the_speaker():
    opening = ("KANSAS CITY, Mo. - Captain Sean Edwards said a quick snapshot shows robberies were down 24 percent "
               "in 2019. Burglaries dropped by 22 percent in 2019.\n")
    trailing = ("KANSAS CITY, Mo. - Robberies were down 24 percent in 2019, according to Captain Sean Edwards. "
                "Burglaries dropped by 22 percent in 2019.\n")
    for text, continued in ((opening, True), (trailing, False)):
        burglaries = next(r for r in drafted_records(text, published=date(2020, 2, 1)) if r["metric"] == "burglaries")
        assert (burglaries["attribution"] == "paraphrase") is continued
        assert ("Sean Edwards" in burglaries.get("speaker", "")) is continued


def test_a_list_of_metrics_gives_one_claim_each_and_respectively_pairs_them(pack):
    text = ("CHICAGO - \u201cThere have been significant drops in murders, shootings and overall crime this "
            "year,\u201d Supt. Garry McCarthy said.\n\n"
            "Murders and rapes in the first half of 2023 are also down by 9.5 percent and 10.3 percent, "
            "respectively, with robberies down nearly 5 percent.\n")
    d = auditor.draft(text, published=date(2023, 7, 7), pack=pack)
    drops = [x.record for x in d.drafted if x.record.get("comparison", {}).get("relation") == "lower"]
    assert [r["metric"] for r in drops] == ["murders", "shootings", "reported_crimes"]
    got = _by_anchor(text, d)
    assert (got["9.5 percent"]["metric"], got["9.5 percent"]["change"]["phrase"]) == ("murders", "down 9.5 percent")
    assert (got["10.3 percent"]["metric"], got["10.3 percent"]["change"]["phrase"]) == ("rapes", "down 10.3 percent")
    assert got["nearly 5 percent"]["metric"] == "robberies"


def test_metrics_named_by_a_verb(pack):
    text = ("NEW YORK - The FDNY said 48 civilians died in fires last year. In Toronto, 62 people have been "
            "murdered so far this year. The Medical Examiner also said that 333 deaths were attributed to "
            "opioids in 2022.\n")
    got = drafted(text, published=date(2017, 1, 14), pack=pack)
    assert got["48"]["metric"] == "fire_deaths"
    assert got["62"]["metric"] == "murders"
    assert got["333"]["metric"] == "opioid_deaths"


def test_according_to_opening_a_sentence_names_its_source(pack):
    text = ("TORONTO - According to the FDNY, 48 civilians died in fires last year. According to statistics "
            "compiled by Toronto Police, there have been 306 shootings so far this year.\n")
    got = drafted(text, published=date(2017, 1, 14), pack=pack)
    assert (got["48"]["speaker"], got["48"]["attribution"]) == ("FDNY", "paraphrase")
    assert (got["306"]["speaker"], got["306"]["attribution"]) == ("Toronto Police", "document")


def test_a_story_filed_from_a_city_about_its_county_takes_the_county(pack):
    text = ("date 2023-11-30 ROCHESTER, N.Y. (WROC) \u2014 A new report from the Monroe County Medical Examiner "
            "shows there has been an increase in fatal drug overdoses in Monroe County.\n\n"
            "According to the report, over 400 people have died from overdoses of cocaine or opioids in 2022.\n")
    over = drafted(text, published=date(2023, 11, 30), pack=pack)["over 400"]
    assert over["place"] == "monroe-county-ny"
    assert (over["speaker"], over["attribution"]) == ("Monroe County Medical Examiner", "document")


def test_a_past_figure_naming_no_period_takes_the_articles_main_period(pack):
    text = ("PHILADELPHIA - A year after a record low, the fire death tally grew slightly in 2010, the "
            "Philadelphia Fire Department said.\n\n"
            "Fatal blazes claimed the lives of 33 civilians, compared with 30 in 2009.\n\n"
            "In 1970, 310 people died in fires.\n\n"
            "Firefighters installed more than 16,000 smoke alarms.\n")
    d = auditor.draft(text, published=date(2011, 1, 5), pack=pack)
    got = _by_anchor(text, d)
    assert got["33"]["period"] == "in 2010"
    assert got["30"]["period"] in ("2009", "in 2009")
    # the 1970 figure is a comparison's, not the article's period
    assert got["more than 16,000"]["period"] == "in 2010"
    assert any("earlier paragraph" in n for x in d.drafted if x.record.get("value") == "more than 16,000"
               for n in x.notes)


def test_a_level_counted_on_a_day_is_that_days(pack):
    text = ("QUESNEL, B.C. - There were 2,956 students in the Quesnel School District at this time a year ago and "
            "Secretary-Treasurer Bettina Ketcham confirms that the numbers are higher.\n\n"
            "\u201cAs of September 9th we have 2,969 students.\u201d\n")
    got = drafted(text, published=date(2019, 9, 13), pack=pack)
    assert got["2,956"]["period"] == "2018-09-13"
    assert got["2,956"]["attribution"] == "reporter"
    assert got["2,969"]["period"] == "2019-09-09"
    assert got["2,969"]["speaker"] == "Bettina Ketcham, Secretary-Treasurer"


def test_a_movement_from_one_level_to_another_is_two_levels(pack):
    text = ("PHILADELPHIA - Fatal blazes claimed the lives of 33 civilians in Philadelphia in 2010, while the number "
            "of people injured by fires fell from 237 to 201. Toronto's death toll has increased from 33 in 2019 "
            "to 37 in 2020.\n")
    records = stated(text, auditor.draft(text, published=date(2021, 1, 5), pack=pack))
    levels = {a: r for a, r in records if "value" in r}
    assert levels["201"]["value"] == "201" and levels["201"]["period"] == "in 2010"
    assert levels["37"]["value"] == "37" and levels["37"]["period"] in ("in 2020", "2020")
    assert not [r for a, r in records if a in ("201", "37") and "change" in r]


def test_a_count_of_a_period_not_over_is_counted_to_the_day_of_publication():
    text = ("KANSAS CITY, Mo. - There have been 12 homicides in January. There are no homicides to report in "
            "Kansas City so far for 2024. Police expect 150 homicides in 2024.\n")
    d = auditor.draft(text, published=date(2024, 1, 16))
    got = _by_anchor(text, d)
    assert got["12"]["period"] == "2024-01-01/2024-01-16"
    none = next(x.record for x in d.drafted if x.record.get("value") == "0")
    assert none["period"] == "2024-01-01/2024-01-16"
    assert got["150"]["period"] in ("in 2024", "2024")     # a forecast names its whole year


def test_the_metric_of_the_figures_own_part_and_deaths_of_a_counted_metric(pack):
    text = ("ROCHESTER, N.Y. - The report says the number of opioid-related deaths grew by 14% from 2021 and "
            "cocaine-related deaths went up by 34% in Monroe County in 2022.\n\n"
            "TORONTO - So far 2016 has had 32 shootings in Toronto, which have resulted in four deaths. There have "
            "been 306 shootings and firearms discharges as of Jan. 26.\n")
    got = drafted(text, published=date(2016, 1, 27), pack=pack)
    assert got["14%"]["metric"] == "opioid_deaths" and got["34%"]["metric"] == "cocaine_deaths"
    assert got["four"]["metric"] == "shooting_deaths"
    # "as of Jan. 26" holds a day, not a second figure: the quote is not cut at "and"
    assert got["306"]["quote"]["text"].endswith("as of Jan. 26")


def test_records_said_of_a_figure_and_a_years_digits_in_a_figureless_part(pack):
    text = ("GREENSBURG, Pa. (KDKA) - Drug and alcohol overdoses in Westmoreland County reached a high of 193 in "
            "2017. The report also said 2022 saw 62 suicides in Westmoreland County, the highest since 2005.\n")
    d = auditor.draft(text, published=date(2023, 3, 16), pack=pack)
    at_193 = [x.record for x in d.drafted if text[x.anchor[0]:x.anchor[1]] == "193"]
    assert [r.get("value") for r in at_193] == ["193", None]
    assert at_193[0]["metric"] == "overdose_deaths"            # "overdoses" are the deaths here
    assert at_193[1]["comparison"] == {"relation": "record-high"}
    since = next(x.record for x in d.drafted if x.record.get("comparison", {}).get("window"))
    assert since["comparison"] == {"relation": "record-high", "window": "since 2005"} and since["metric"] == "suicides"


def test_statewide_figures_are_the_states_and_a_documents_issuer_is_resolved(pack):
    text = ("BALTIMORE - Baltimore recorded 19 fire-related deaths in 1999. Statewide, 85 fire-related deaths were "
            "reported in 1999.\n")
    got = drafted(text, published=date(2000, 1, 6), pack=pack)
    assert got["19"]["place"] == "baltimore-md" and got["85"]["place"] == "maryland"
    text = ("ERIE, Pa. - Erie County saw 122 fatal drug overdoses in 2022, according to figures released by Erie "
            "County Coroner Lyell Cook on Friday.\n")
    got = drafted(text, published=date(2023, 5, 15), pack=pack)
    assert (got["122"]["speaker"], got["122"]["attribution"]) == ("Lyell Cook, Erie County Coroner", "document")


def test_the_figure_compared_with_after_the_and_its_period_are_the_bases(pack):
    text = ("DENVER - The 82 traffic deaths in Denver last year were only two fewer than the 84 counted in 2021.\n\n"
            "CHICAGO - According to the police, Chicago had 172 homicides through June 30, Police Superintendent "
            "Garry McCarthy's department said.\n")
    got = drafted(text, published=date(2023, 1, 10), pack=pack)
    assert got["only two"]["period"] == "last year" and got["only two"]["change"]["base"] in ("2021", "in 2021")
    assert got["84"]["value"] == "84" and got["84"]["period"] in ("2021", "in 2021")
    # a body, not the superintendent named later; the police named alone are the claim's city's (round 45)
    assert got["172"]["speaker"] == "Chicago police"


def test_a_part_of_a_city_the_article_never_names_is_not_its_place(pack):
    """'Ward 6' is Tucson's in the pack; an article about Bloomington naming 'Ward 6 Ald. Jenn
    Carrillo' is still about Bloomington (its publisher's city)."""
    text = ("The proposed FY 2022 general fund is $109.1 million. Ward 6 Ald. Jenn Carrillo seconded a motion "
            "to cut the police budget.\n")
    got = drafted(text, published=date(2021, 4, 12), pack=pack, publisher="The Pantagraph (Bloomington, Illinois)")
    assert got["$109.1 million"]["place"] == "bloomington-il"
    assert got["$109.1 million"]["period"] == "2021-05-01/2022-04-30"     # Bloomington's fiscal year


def test_a_clause_without_figures_parted_by_but_states_each_part():
    text = ("KANSAS CITY, Mo. - The number of homicides in Kansas City, Mo., fell during the first half of the year "
            "compared with the same period last year, but the number of robberies climbed.\n")
    d = auditor.draft(text, published=date(2014, 7, 2))
    relations = {x.record["metric"]: x.record["comparison"]["relation"] for x in d.drafted if "comparison" in x.record}
    assert relations == {"homicides": "lower", "robberies": "higher"}


def test_a_shortened_name_of_a_metric_and_a_speaker_who_will_announce(pack):
    text = ("ERIE, Pa. - Drug deaths in Erie County dropped to 76 in 2019, according to statistics released by "
            "Erie County Coroner Lyell Cook's office.\n\n"
            "BALTIMORE - Mayor Martin O'Malley will announce this morning that Baltimore recorded 19 fire-related "
            "deaths in 1999.\n")
    got = drafted(text, published=date(2023, 5, 15), pack=pack)
    assert got["76"]["metric"] == "overdose_deaths"             # "drug deaths" for "drug overdose deaths"
    assert got["76"]["speaker"] == "Lyell Cook, Erie County Coroner"
    assert (got["19"]["speaker"], got["19"]["attribution"]) == ("Martin O'Malley, Mayor", "paraphrase")
