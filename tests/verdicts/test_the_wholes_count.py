"""Round 51 (vd51a): misses and culprits of a city scored blind (Fort Wayne). A county's count
retold under its city's name is no word of the city's counter (suspects.told_for_its_part, the
pack's `the-wholes-figure`): it neither restates the city's figures nor is restated by them, and
it is doubted first. Invented corpus, figures in the form of the sources."""

from verdict_cases import CITY, audit, first_suspects, pack, revisions, source, tensions  # noqa: F401 (the pack fixture)

COUNTY = "kansas-city-metro"   # the bundled pack's place containing CITY


def _count(cid, sid, value, place=CITY, speaker=None, quote=None, period="2013"):
    out = {"id": cid, "source": sid, "metric": "homicides", "place": place, "period": period, "value": value,
           "attribution": "paraphrase" if speaker else "reporter", "quote": {"text": quote or value}}
    return out | ({"speaker": speaker} if speaker else {})


def _editorial(pack, city_later="45", county_later="45", city_note=""):
    """The Journal Gazette (12 January 2014): "Of the 44 homicides in 2013, 42 were in the city";
    its editorial (June 2014): "the city had set a sad, new record of 45 homicides"; WANE (July
    2014): "Allen County saw a record-breaking 45 homicides in 2013"."""
    sources = [source("paper", "2014-01-12", "The Paper"), source("editorial", "2014-06-09", "The Paper"),
               source("tv", "2014-07-07", "Channel 15")]
    claims = [_count("county-44", "paper", "44", place=COUNTY),
              _count("city-42", "paper", "42", quote=f"Of the 44 homicides in 2013, 42 were in the city{city_note}."),
              _count("city-later", "editorial", city_later,
                     quote=f"By the end of the year, the city had set a sad, new record of {city_later} homicides."),
              _count("county-45", "tv", county_later, place=COUNTY)]
    return audit(pack, sources, claims)


def test_the_countys_count_under_the_citys_name_restates_nothing_and_is_doubted(pack):
    report = _editorial(pack)
    assert ("city-42", "city-later") not in revisions(report)
    assert {"city-42", "city-later"} in tensions(report)
    assert "city-later" in first_suspects(report)


def test_a_city_figure_the_county_does_not_give_is_the_citys_restatement(pack):
    """The same paper's later 43 for the city, the county's 45: one count moving."""
    report = _editorial(pack, city_later="43")
    assert ("city-42", "city-later") in revisions(report)


def test_not_against_a_city_figure_told_as_one_that_will_move(pack):
    """The city's earlier figure with cases pending may still reach the county's."""
    pending = ", with three deaths pending toxicology results"
    report, unmatched = _editorial(pack, city_note=pending), _editorial(pack, county_later="46", city_note=pending)
    assert (revisions(report), tensions(report), first_suspects(report)) == \
        (revisions(unmatched), tensions(unmatched), first_suspects(unmatched))


def test_a_counters_later_word_does_not_restate_the_countys_count_retold(pack):
    """WOWO (February 2018), from The Journal Gazette: "just 7 of the 41 homicide victims in 2017
    were women" for Fort Wayne; the paper (2020): the county's "41 homicides in 2017"; the city's
    police (WANE, 2020): "40 in 2017"."""
    sources = [source("radio", "2018-02-10", "The Radio"), source("paper", "2020-09-16", "The Paper"),
               source("tv", "2020-09-25", "Channel 15")]
    claims = [_count("city-41", "radio", "41", period="2017",
                     quote="Just 7 of the 41 homicide victims in 2017 were women."),
              _count("county-41", "paper", "41", place=COUNTY, period="2017"),
              _count("city-40", "tv", "40", speaker="Kansas City Police Department", period="2017",
                     quote="The number of homicides have fluctuated with 40 in 2017.")]
    report = audit(pack, sources, claims)
    assert revisions(report) == []
    assert tensions(report) == [{"city-41", "city-40"}]
    assert first_suspects(report) == ["city-41"]


def test_the_citys_counter_giving_the_countys_figure_is_its_own_word(pack):
    """rev51v: the city police's final 45 (every killing of the county in the city that year) is the
    city's own count, though the coroner gives 45 for the county: doubted as if the county gave
    another figure, not as the county's count retold."""
    def report(county):
        sources = [source("paper", "2014-01-12", "The Paper"), source("tv", "2014-06-09", "Channel 15"),
                   source("coroner", "2014-07-07", "Channel 9")]
        claims = [_count("city-42", "paper", "42", quote="There were 42 homicides in the city in 2013."),
                  _count("city-45", "tv", "45", speaker="Kansas City Police Department",
                         quote="Police said the city ended 2013 with 45 homicides."),
                  _count("county", "coroner", county, place=COUNTY, speaker="Jackson County coroner",
                         quote=f"The coroner counted {county} homicides in the county in 2013.")]
        return audit(pack, sources, claims)
    matched, unmatched = report("45"), report("46")
    assert first_suspects(matched) == first_suspects(unmatched) == ["city-42"]
