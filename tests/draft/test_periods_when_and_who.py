"""Periods and speakers of figures from articles never tuned on, with a desk pack."""

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
    counted_on: election_day
  early_voters:
    label: early voters
    definition: people who voted during an election's early voting
    unit: count
    aliases: [early voters]
    integer: true
    non_negative: true
    additive_over_time: true
    additive_over_places: true
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
  nelson-marlborough:
    name: Nelson/Marlborough
    kind: region
    aliases: [Nelson/Marlborough]
    within: ruritania
"""


@pytest.fixture(scope="module")
def desk(tmp_path_factory):
    return desk_pack(tmp_path_factory.mktemp("pack"), places=_PLACES, metrics=_METRICS)


# (text, day of publication, the figure's words, field, what is drafted)
_CASES = [
    pytest.param(  # "last fiscal year", named twice, is the article's year: July 2015 to June 2016, not FY2015
        "Dare County hotel tax collections topped $9 million for the first time, officials said Thursday.\n\n"
        "Hotel tax collections rose last fiscal year in most of the state, according to the state.\n\n"
        "Room tax collections were also up in most beach towns last fiscal year, the county said.",
        date(2016, 8, 18), "$9 million", "period", "2015-07-01/2016-06-30", id="fiscal-year-named-most"),
    pytest.param(
        "Turnout in Dare County reached 61% on Tuesday. The turnout for the 2014 midterm election was 45%, "
        "the county board of elections said.", date(2018, 11, 7), "45%", "period", "2014-11-04", id="election-year"),
    pytest.param("Turnout in Dare County in November 2016 was 68%, the county board of elections said.",
                 date(2018, 11, 7), "68%", "period", "2016-11-08", id="election-november"),
    pytest.param(  # "may" is no month: the vote is still the November one
        "Turnout in Dare County in 2014 was 45%, and it may climb in 2016, the board of elections said.",
        date(2015, 3, 1), "45%", "period", "2014-11-04", id="election-with-a-modal-may"),
    pytest.param(  # a metric the pack does not count on election day keeps its year, though its definition says "election"
        "Dare County had 30,000 early voters in 2014, the board of elections said.", date(2015, 3, 1), "30,000",
        "period", "in 2014", id="early-voters-keep-their-year"),
    pytest.param("Turnout in Dare County in the 2014 primary was 21%, the board of elections said.",
                 date(2018, 11, 7), "21%", "period", "2014", id="primary-keeps-its-year"),
    pytest.param("Turnout in Strelsau in the 2014 election was 55%, the electoral office said.",
                 date(2018, 11, 7), "55%", "period", "2014", id="election-abroad-keeps-its-year"),
    pytest.param("Among the cities where fires are up through the first four months:\n\n"
                 "In Strelsau, fires rose from 100 last year to 103 this year.",
                 date(2010, 5, 13), "103", "period", "2010-01-01/2010-04-30", id="first-four-months"),
    pytest.param("Among the cities where fires are up through the first four months:\n\n"
                 "In Strelsau, fires rose from 100 last year to 103 this year.",
                 date(2010, 5, 13), "100", "period", "2009-01-01/2009-04-30", id="first-four-months-a-year-before"),
    pytest.param("The first four months of last year were quiet for firefighters.\n\n"
                 "In Strelsau, fires rose from 100 last year to 103 this year.",
                 date(2010, 5, 13), "103", "period", "this year", id="first-months-of-another-year"),
    pytest.param(  # the first months of anything but this year are not this year's ("of her tenure", "after it began")
        "Chief Ann Lee said that in the first four months of her tenure she has focused on fires.\n\n"
        "In Strelsau, fires rose from 100 last year to 103 this year.", date(2010, 5, 13), "103", "period", "this year",
        id="first-months-of-a-tenure"),
    pytest.param("Chief Ann Lee said that in the first four months after she began she has focused on fires.\n\n"
                 "In Strelsau, fires rose from 100 last year to 103 this year.", date(2010, 5, 13), "103", "period",
                 "this year", id="first-months-after-it-began"),
    pytest.param(  # not a change from July 2013 to June 2014: twelve months, for the figures after it too
        "Fires in Ruritania increased from July 2013 to June 2014, official figures show.\n\n"
        "Blazes in Strelsau rose by 18%.", date(2014, 10, 1), "18%", "period", "from July 2013 to June 2014",
        id="twelve-months-july-to-june"),
    pytest.param(  # two months of one year: a change between them, not the year
        "Fires in Strelsau fell from January to December 2014, the fire service said.", date(2015, 1, 10), "fell",
        "comparison", {"relation": "lower", "than": "2014-01"}, id="twelve-months-of-one-year-are-two-months"),
    pytest.param(  # a level (turnout) over twelve months across two years: a change between two months
        "Turnout in Strelsau rose from July 2013 to June 2014, the electoral office said.", date(2014, 10, 1), "rose",
        "comparison", {"relation": "higher", "than": "2013-07"}, id="twelve-months-of-a-level-are-two-months"),
    pytest.param(  # "from October 2014 - pushing ...": the change's base, not the figures' period
        "In Strelsau, the fire count in October was 2,116 - an increase of 67, or about 3.3 percent, "
        "from October 2014 - pushing the service to 97.8 percent of capacity.",
        date(2015, 11, 1), "67", "period", "in October", id="dash-closes-an-aside"),
    pytest.param(  # a dash before a word that begins like a month or weekday ("marking", "Mayor") opens no range
        "In Strelsau, the fire count in October was 2,116 - an increase of 67, or about 3.3 percent, "
        "from October 2014 - marking the service's busiest month.", date(2015, 11, 1), "67", "period", "in October", id="dash-before-marking"),
    pytest.param(  # a dash before a word that begins like a month or weekday ("marking", "Mayor") opens no range
        "In Strelsau, the fire count in October was 2,116 - an increase of 67, or about 3.3 percent, "
        "from October 2014 - declining calls elsewhere.", date(2015, 11, 1), "67", "period", "in October", id="dash-before-declining"),
    pytest.param(  # a dash before a word that begins like a month or weekday ("marking", "Mayor") opens no range
        "In Strelsau, the fire count in October was 2,116 - an increase of 67, or about 3.3 percent, "
        "from October 2014 - decidedly above the average.", date(2015, 11, 1), "67", "period", "in October", id="dash-before-decidedly"),
    pytest.param("Fires drop\n\nStrelsau saw a 2.8 percent increase in the number of fires during the dry season, "
                 "with 1,574 fires in 2016 compared to 1,529 in 2015.",
                 date(2017, 2, 1), "2.8 percent", "period", "in 2016", id="change-with-its-two-ends"),
    pytest.param(  # a "with" part without a figure right after "with" gives the change no ends
        "Strelsau saw a 12 percent rise in fires, with hotel tax collections down to $3 million in 2016 compared to "
        "$4 million in 2013.", date(2017, 2, 1), "12 percent", "change", {"phrase": "up 12 percent"},
        id="with-another-metric-is-not-the-change-s-ends"),
    pytest.param("According to Ann Lee, executive director of the Strelsau Fire Service, fires rose 6 percent in 2016.",
                 date(2017, 2, 1), "6 percent", "speaker", "Ann Lee, executive director of the Strelsau Fire Service",
                 id="according-to-a-name-and-post"),
    pytest.param("Fire costs rose 2.6 percent in 2016, said Tom Ray, president and CEO of the Strelsau Fire Board.",
                 date(2017, 2, 1), "2.6 percent", "speaker", "Tom Ray, president and CEO of the Strelsau Fire Board",
                 id="president-and-ceo"),
    pytest.param("About 4,900 more fires were fought than last year, says Associate Fire Minister David Benson-Pope.",
                 date(2006, 2, 1), "About 4,900", "speaker", "David Benson-Pope, Associate Fire Minister",
                 id="minister-double-surname"),
    pytest.param("Fires in Strelsau fell to 378, FSA policy manager Simon Douglas said.",
                 date(2006, 2, 1), "378", "speaker", "Simon Douglas, FSA policy manager", id="post-in-lower-case-words"),
    pytest.param(  # a headline comparing with nothing named: the article's period, against the same days before
        "Strelsau sees upswing in fires\n\nStrelsau has recorded 20 fires so far this year, the fire service said. "
        "Another 8 fires were set so far this year. There were 12 fires in 2015.", date(2016, 11, 15), "sees upswing", "comparison",
        {"relation": "higher", "than": "same period last year"}, id="headline-comparison-takes-the-main-period"),
    pytest.param(  # a place's own count: "Westland" is no speaker of a region written with a slash
        "Nelson/Marlborough recorded a 2.7 percent increase in fires to 375.",
        date(2013, 10, 10), "375", "attribution", "reporter", id="a-slashed-place-recorded"),
]


@pytest.mark.parametrize(("text", "published", "figure", "field", "expected"), _CASES)
def test_when_and_who(desk, text, published, figure, field, expected):
    got = drafted(text, published=published, pack=desk)
    assert got[figure].get(field) == expected, got[figure]
