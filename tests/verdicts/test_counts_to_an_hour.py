"""Two outlets' counts so far to the day their stories came out (TN001 `earlier_hour_patterns`,
comparability._to_the_hour): Rochester's blind scoring (round 50), 70 and 71 on 11 November 2021."""

from verdict_cases import audit, claim, load_pack, source, tensions


def _day(lower_quote):
    return audit(pack_of(), [source("ap", "2021-11-11"), source("tv", "2021-11-11")], [
        claim("ap-70", "ap", "homicides", "2021-01-01/2021-11-11", "70", quote=lower_quote),
        claim("tv-71", "tv", "homicides", "2021-01-01/2021-11-11", "71",
              quote="It brings the city's homicide total to 71 this year.")])


def pack_of():
    return load_pack()


def test_a_count_told_at_an_early_hour_is_no_rival_of_the_days_later_count():
    """AP: "The shooting early Thursday brings the total number of city homicides for 2021 to
    70"; WROC, the same day, 71 after a killing later that day. The count before and after."""
    assert tensions(_day("The shooting early Thursday brings the total number of city homicides for 2021 to 70.")) == []


def test_two_counts_of_one_day_told_without_an_hour_are_a_tension():
    """Indianapolis (30 November 2015): 137 and 138 after the same weekend, no hour told."""
    assert tensions(_day("The killing brings the total number of city homicides for 2021 to 70.")) == [{"ap-70", "tv-71"}]


def test_an_early_hour_does_not_cover_a_gap_beyond_a_days_pace():
    """Told early in the day, 70 against a same-day 75 is more than the day's events at the
    count's pace (about one in four days) could add."""
    report = audit(pack_of(), [source("ap", "2021-11-11"), source("tv", "2021-11-11")], [
        claim("ap-70", "ap", "homicides", "2021-01-01/2021-11-11", "70",
              quote="The shooting early Thursday brings the total to 70."),
        claim("tv-75", "tv", "homicides", "2021-01-01/2021-11-11", "75", quote="The total is 75 this year.")])
    assert tensions(report) == [{"ap-70", "tv-75"}]


def test_an_early_hour_of_another_sentence_of_the_quote_places_no_count():
    """The hour word must tell the count's own sentence: "early Thursday" about a fire before it
    says nothing of when the 70 was counted (review rev50w)."""
    assert tensions(_day("Firefighters put out a blaze early Thursday on Main Street. Police said the city "
                         "has recorded 70 homicides so far this year.")) == [{"ap-70", "tv-71"}]
