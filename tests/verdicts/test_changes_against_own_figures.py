"""Changes told against the figures their own story gives, or as a multiple ("doubled"): which
tension is reported and which claim is named first (Shreveport's blind scoring, round 48)."""

from verdict_cases import audit, claim, first_suspects, source, tensions
from verdict_cases import pack  # noqa: F401  (a fixture)


def change(cid, sid, period, base, quote, attribution="reporter", **how):
    c = claim(cid, sid, "homicides", period, None, attribution=attribution, quote=quote)
    c.pop("value")
    return c | {"change": {**how, "base": base}}


def test_doubled_is_not_one_and_a_half_times(pack):
    """KSLA: "The 2016 and 2017 homicide rates are double what the city recorded in 2015", beside
    its own 42 for 2016 and KTBS's 28 for 2015: 1.5 times. A whole multiple is read like a round
    figure (rules/rounding.yaml): "double" is 1.8 to 2.2 times by default, not 1.5 to 2.5."""
    report = audit(pack, [source("tv", "2017-11-28"), source("table", "2017-01-02")], [
        claim("tv-42", "tv", "homicides", "2016", "42"),
        change("tv-double", "tv", "2016", "2015", "double what the city recorded in 2015",
               direction="up", by="2", measure="ratio"),
        claim("table-28", "table", "homicides", "2015", "28")])
    assert tensions(report) == [{"tv-42", "tv-double", "table-28"}]
    assert first_suspects(report) == ["tv-double"]


def test_a_hedged_multiple_keeps_its_hedge(pack):
    """"Roughly doubled" for 34 against 20 (1.7 times): the hedge widens the multiple as before;
    only an unhedged "doubled" reaches below itself no further than a round figure."""
    def told(by):
        return audit(pack, [source("tv", "2017-11-28"), source("table", "2017-01-02")], [
            claim("tv-34", "tv", "homicides", "2016", "34"),
            change("tv-double", "tv", "2016", "2015", "roughly doubled from 2015",
                   direction="up", by=by, measure="ratio"),
            claim("table-20", "table", "homicides", "2015", "20")])
    assert tensions(told("about 2")) == []
    assert tensions(told("2")) == [{"tv-34", "tv-double", "table-20"}]


def test_a_multiple_written_to_a_decimal_keeps_its_precision(pack):
    """"1.5 times" 2015's 28 is 42: a multiple written to a decimal place is no round figure."""
    report = audit(pack, [source("tv", "2017-11-28"), source("table", "2017-01-02")], [
        claim("tv-42", "tv", "homicides", "2016", "42"),
        change("tv-times", "tv", "2016", "2015", "1.5 times what the city recorded in 2015",
               direction="up", by="1.5", measure="ratio"),
        claim("table-28", "table", "homicides", "2015", "28")])
    assert tensions(report) == []


def test_a_multiple_passed_has_been_reached(pack):
    """"Tripled" for 58 fentanyl deaths against 17, 3.4 times (Denver): above its multiple the
    figure keeps its rounding, so no tension; only the reach below it is a round figure's."""
    report = audit(pack, [source("tv", "2020-06-01"), source("table", "2020-02-01")], [
        claim("tv-58", "tv", "homicides", "2019", "58"),
        change("tv-tripled", "tv", "2019", "2018", "fentanyl deaths tripled", direction="up", by="3", measure="ratio"),
        claim("table-17", "table", "homicides", "2018", "17")])
    assert tensions(report) == []


def test_two_outlets_doubling_are_doubted_before_the_count_they_overstate(pack):
    """KTBS's "nearly doubled" and KSLA's "double" of 2015, both for 1.5 times its 28: the two
    multiples, not the one exact count, are the claims named first (rules/suspicion.yaml,
    told-as-a-multiple)."""
    report = audit(pack, [source("ktbs", "2017-01-02"), source("ksla", "2017-11-28")], [
        claim("ktbs-42", "ktbs", "homicides", "2016", "42"),
        claim("ktbs-28", "ktbs", "homicides", "2015", "28"),
        change("ktbs-nearly", "ktbs", "2016", "2015", "a nearly doubled homicide count in 2016 compared to 2015",
               direction="up", by="nearly 2", measure="ratio"),
        change("ksla-double", "ksla", "2016", "2015", "double what the city recorded in 2015",
               direction="up", by="2", measure="ratio")])
    assert sorted(first_suspects(report)) == ["ksla-double", "ktbs-nearly"]


def test_a_change_is_reported_against_its_own_storys_figures(pack):
    """KEEL: "dropping 43% in 2022. Those numbers were 83 homicides in 2021, and 43 homicides in
    2022" (-48% by its own figures); another station's 90 and 49 (-45.6%) also leave the 43% out,
    and contradict KEEL's counts. The change's tension is the one with its own figures."""
    report = audit(pack, [source("radio", "2023-06-15"), source("tv", "2023-01-10")], [
        change("radio-43pct", "radio", "2022", "2021", "before dropping 43% in 2022",
               direction="down", by="43", measure="percent"),
        claim("radio-83", "radio", "homicides", "2021", "83", quote="Those numbers were 83 homicides in 2021"),
        claim("radio-43", "radio", "homicides", "2022", "43", quote="In all of 2022, the city had 43 homicides."),
        claim("tv-90", "tv", "homicides", "2021", "90", quote="With 90 homicides in 2021"),
        claim("tv-49", "tv", "homicides", "2022", "49", quote="last year's entire total of 49")])
    found = {frozenset(t): f for t, f in zip(tensions(report), first_suspects(report))}
    assert found.get(frozenset({"radio-43pct", "radio-83", "radio-43"})) == "radio-43pct"
    assert frozenset({"radio-43pct", "tv-90", "tv-49"}) not in found


def test_a_percentage_beside_its_difference_is_doubted_before_it(pack):
    """KTBS: "56 more shootings already this year over last, which is an increase of 25 percent",
    and the chief's 255 this year (KTAL): the two changes of one sentence cannot both hold with
    it (56 more at +25% is 280). The percentage, worked out from the difference, is named first,
    whatever the ids' order."""
    sentence = "there've been 56 more shootings already this year over last, which is an increase of 25 percent."
    report = audit(pack, [source("tv", "2020-08-19"), source("other", "2020-08-19")], [
        change("a-56-more", "tv", "2020-01-01/2020-08-18", "2019-01-01/2019-08-18", sentence,
               attribution="paraphrase", direction="up", by="56", measure="absolute"),
        change("b-up-25pct", "tv", "2020-01-01/2020-08-18", "2019-01-01/2019-08-18", sentence,
               attribution="paraphrase", direction="up", by="25", measure="percent"),
        claim("other-255", "other", "homicides", "2020-01-01/2020-08-18", "255", attribution="paraphrase",
              quote="this year the city has had 255 shootings")])
    assert first_suspects(report) == ["b-up-25pct"]


def _briefing(last_years_end):
    """KTAL (20 August 2020), the chief's briefing of 18 August: "this year the city has had 255
    shootings, compared to 199 last year" and "shooting have also increased this year, by 25
    percent" (+28.1%); last year's 199 dated to `last_years_end`."""
    quote = "this year the city has had 255 shootings, compared to 199 last year."
    return [claim("this-255", "tv", "homicides", "so far this year", "255", quote=quote),
            claim("last-199", "tv", "homicides", f"2019-01-01/{last_years_end}", "199", quote=quote),
            change("up-25pct", "tv", "so far this year", "same period last year",
                   "shooting have also increased this year, by 25 percent.", direction="up", by="25",
                   measure="percent")]


def test_a_change_so_far_is_set_against_its_storys_own_figure_for_last_year(pack):
    """The story's 199 ends two days before the publication day's date last year: the 25% relates
    255 to it, and is named first against the two counts it leaves out."""
    report = audit(pack, [source("tv", "2020-08-20")], _briefing("2019-08-18"))
    assert tensions(report) == [{"this-255", "last-199", "up-25pct"}]
    assert first_suspects(report) == ["up-25pct"]


def test_a_pack_that_gives_no_days_keeps_the_publication_days_base(pack):
    """The window is rule data (rules/comparisons.yaml `own_base_days_before`): a pack giving 0
    leaves the 25% against a count to the publication day's date last year, which no one gave."""
    none = pack.model_copy(update={"comparisons": pack.comparisons.model_copy(update={"own_base_days_before": 0})})
    assert tensions(audit(none, [source("tv", "2020-08-20")], _briefing("2019-08-18"))) == []
    week = pack.model_copy(update={"comparisons": pack.comparisons.model_copy(update={"own_base_days_before": 1})})
    assert tensions(audit(week, [source("tv", "2020-08-20")], _briefing("2019-08-18"))) == []


def test_a_figure_for_last_year_weeks_earlier_is_no_base(pack):
    """Last year's figure through July is for another stretch than the story's "same period last
    year" (to 20 August): nothing ties the 25% to it."""
    report = audit(pack, [source("tv", "2020-08-20")], _briefing("2019-07-31"))
    assert tensions(report) == []


def test_a_change_so_far_without_its_storys_count_so_far_keeps_its_base(pack):
    """A story of 20 August: "Through Aug. 14 last year there had been 199 shootings" and
    "shootings are up 23 percent so far this year", with no count of its own for this year; another
    outlet's 258 so far (to 20 August). Nothing makes the story's "so far" its 14 August: the 23%
    relates 258 to about 210 by 20 August 2019, which 199 by the 14th allows. Set against the 199
    it made a hard tension of two stretches six days apart."""
    report = audit(pack, [source("tv", "2020-08-20"), source("other", "2020-08-20")], [
        claim("last-199", "tv", "homicides", "2019-01-01/2019-08-14", "199",
              quote="Through Aug. 14 last year there had been 199 shootings"),
        change("up-23pct", "tv", "so far this year", "same period last year",
               "Shootings are up 23 percent so far this year", direction="up", by="23", measure="percent"),
        claim("other-258", "other", "homicides", "so far this year", "258", quote="258 shootings so far this year")])
    assert tensions(report) == []


def test_a_story_dating_both_years_to_one_day_gives_no_base_for_its_change_to_the_day(pack):
    """"Through Aug. 14 there were 245 shootings, against 199 through the same date last year"
    (+23%, both dated) and "up 23 percent so far this year"; another outlet's 258 to 20 August.
    The story's figures are both of the 14th: its 199 is no base for a change to the 20th."""
    quote = "Through Aug. 14 there were 245 shootings, against 199 through the same date last year"
    report = audit(pack, [source("tv", "2020-08-20"), source("other", "2020-08-20")], [
        claim("this-245", "tv", "homicides", "2020-01-01/2020-08-14", "245", quote=quote),
        claim("last-199", "tv", "homicides", "2019-01-01/2019-08-14", "199", quote=quote),
        change("up-23pct", "tv", "so far this year", "same period last year",
               "Shootings are up 23 percent so far this year", direction="up", by="23", measure="percent"),
        claim("other-258", "other", "homicides", "so far this year", "258", quote="258 shootings so far this year")])
    assert tensions(report) == []
