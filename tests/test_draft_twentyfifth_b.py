"""Draft-25b, when: a fiscal year the article names most relative to today ("last fiscal year") is
that fiscal year, not a calendar year; a US election's figures said of a year or of November are of
election day; a count of this year (or the same part of last year) in an article whose figures run
"through the first four months" ends with the fourth month, not on the day of publication."""
from datetime import date

import pytest

from draft_helpers import desk_pack, drafted

_METRICS = """metrics:
  hotel_tax_collections:
    label: hotel tax collections
    definition: room occupancy tax collected by a county
    unit: dollar
    aliases: [hotel tax collections, room tax collections]
    integer: false
    non_negative: true
    additive_over_time: true
    additive_over_places: true
  voter_turnout:
    label: voter turnout
    definition: the share of registered voters who cast a ballot in an election
    unit: percent
    aliases: [turnout, voter turnout]
    integer: false
    non_negative: true
    additive_over_time: false
    additive_over_places: false
  fires:
    label: fires
    definition: fires attended by a fire service
    unit: count
    aliases: [fires, blazes]
    integer: true
    non_negative: true
    additive_over_time: true
    additive_over_places: true
"""
_PLACES = """places:
  united-states:
    name: United States
    kind: country
    aliases: [United States]
  north-carolina:
    name: North Carolina
    kind: state
    aliases: [North Carolina]
    within: united-states
  dare-county-nc:
    name: Dare County, North Carolina
    kind: county
    aliases: [Dare County]
    within: north-carolina
    fiscal_year: {start: "07-01"}
  ruritania:
    name: Ruritania
    kind: country
    aliases: [Ruritania]
  strelsau:
    name: Strelsau
    kind: city
    aliases: [Strelsau]
    within: ruritania
"""


@pytest.fixture(scope="module")
def desk(tmp_path_factory):
    return desk_pack(tmp_path_factory.mktemp("pack"), places=_PLACES, metrics=_METRICS)


def test_the_fiscal_year_an_article_names_most_is_that_fiscal_year(desk):
    # "last fiscal year", named twice, is the article's year: July 2015 to June 2016, not FY2015
    text = ("Dare County hotel tax collections topped $9 million for the first time, officials said Thursday.\n\n"
            "Hotel tax collections rose last fiscal year in most of the state, according to the state.\n\n"
            "Room tax collections were also up in most beach towns last fiscal year, the county said.")
    got = drafted(text, published=date(2016, 8, 18), pack=desk)
    assert got["$9 million"].get("period") == "2015-07-01/2016-06-30", got["$9 million"]


def test_a_us_elections_turnout_in_a_year_is_of_election_day(desk):
    text = ("Turnout in Dare County reached 61% on Tuesday. The turnout for the 2014 midterm election was 45%, "
            "the county board of elections said.")
    got = drafted(text, published=date(2018, 11, 7), pack=desk)
    assert got["45%"].get("period") == "2014-11-04", got["45%"]


def test_a_november_turnout_is_of_that_years_election_day(desk):
    text = "Turnout in Dare County in November 2016 was 68%, the county board of elections said."
    got = drafted(text, published=date(2018, 11, 7), pack=desk)
    assert got["68%"].get("period") == "2016-11-08", got["68%"]


def test_a_primarys_turnout_and_another_countrys_election_keep_their_year(desk):
    primary = drafted("Turnout in Dare County in the 2014 primary was 21%, the board of elections said.",
                      published=date(2018, 11, 7), pack=desk)
    assert primary["21%"].get("period") == "2014", primary["21%"]
    abroad = drafted("Turnout in Strelsau in the 2014 election was 55%, the electoral office said.",
                     published=date(2018, 11, 7), pack=desk)
    assert abroad["55%"].get("period") == "2014", abroad["55%"]


def test_this_years_count_runs_to_the_end_of_the_first_months_the_lede_names(desk):
    text = ("Among the cities where fires are up through the first four months:\n\n"
            "In Strelsau, fires rose from 100 last year to 103 this year.")
    got = drafted(text, published=date(2010, 5, 13), pack=desk)
    assert got["103"].get("period") == "2010-01-01/2010-04-30", got["103"]
    assert got["100"].get("period") == "2009-01-01/2009-04-30", got["100"]


def test_the_first_months_of_another_year_say_nothing_of_this_years_count(desk):
    text = ("The first four months of last year were quiet for firefighters.\n\n"
            "In Strelsau, fires rose from 100 last year to 103 this year.")
    got = drafted(text, published=date(2010, 5, 13), pack=desk)
    assert got["103"].get("period") != "2010-01-01/2010-04-30", got["103"]


def test_twelve_months_from_july_to_june_are_one_period_for_the_figures_after(desk):
    # not a change from July 2013 to June 2014: the article's twelve months, for the figures after it
    text = ("Fires in Ruritania increased from July 2013 to June 2014, official figures show.\n\n"
            "Blazes in Strelsau rose by 18%.")
    got = drafted(text, published=date(2014, 10, 1), pack=desk)
    assert got["increased"].get("period") == "from July 2013 to June 2014", got["increased"]
    assert got["18%"].get("period") == "from July 2013 to June 2014", got["18%"]


def test_a_dash_before_words_closes_an_aside_and_opens_no_range(desk):
    # "from October 2014 - pushing ...": the change's base, not the figures' period
    text = ("In Strelsau, the fire count in October was 2,116 - an increase of 67, or about 3.3 percent, "
            "from October 2014 - pushing the service to 97.8 percent of capacity.")
    got = drafted(text, published=date(2015, 11, 1), pack=desk)
    assert got["67"].get("period") == "in October", got["67"]


def test_a_change_takes_the_period_of_its_two_ends_given_after_it(desk):
    text = ("Fires drop\n\nStrelsau saw a 2.8 percent increase in the number of fires during the dry season, "
            "with 1,574 fires in 2016 compared to 1,529 in 2015.")
    got = drafted(text, published=date(2017, 2, 1), pack=desk)
    assert got["2.8 percent"].get("period") == "in 2016", got["2.8 percent"]


def test_a_speaker_introduced_by_according_to_with_a_post_of_ceo(desk):
    text = ("According to Ann Lee, executive director of the Strelsau Fire Service, fires rose 6 percent in 2016.\n\n"
            "Fire costs rose 2.6 percent in 2016, said Tom Ray, president and CEO of the Strelsau Fire Board.")
    got = drafted(text, published=date(2017, 2, 1), pack=desk)
    assert got["6 percent"].get("speaker") == "Ann Lee, executive director of the Strelsau Fire Service", got["6 percent"]
    assert got["2.6 percent"].get("speaker") == "Tom Ray, president and CEO of the Strelsau Fire Board", got["2.6 percent"]


def test_a_minister_with_a_double_surname_and_a_post_in_lower_case_words(desk):
    text = ("About 4,900 more fires were fought than last year, says Associate Fire Minister David Benson-Pope.\n\n"
            "Fires in Strelsau fell to 378, FSA policy manager Simon Douglas said.")
    got = drafted(text, published=date(2006, 2, 1), pack=desk)
    assert got["About 4,900"].get("speaker") == "David Benson-Pope, Associate Fire Minister", got["About 4,900"]
    assert got["378"].get("speaker") == "Simon Douglas, FSA policy manager", got["378"]
