"""When two figures conflict: intervals of rounded and hedged figures, changes against levels, parts
against wholes, definitions and exclusions."""

from pathlib import Path

import pytest
from ruamel.yaml import YAML

from auditor.engine.audit import audit_corpus
from auditor.engine.intervals import amount_interval
from auditor.loading.corpus import load_records
from auditor.loading.phrases import parse_amount
from auditor.pack import load_pack

from verdict_cases import audit, CITY, claim, DRUGS, PHILADELPHIA, revisions, source, tensions
from verdict_cases import pack, staffing_pack  # noqa: F401  (fixtures)


def _dip(phrase):
    """A first quarter's count (129) with its change against the same quarter two years
    before, whose figure (174) the police gave a year earlier; the 129 restated as 130 a year on."""
    police = "Kansas City Police Department"
    q22, q24 = "2022-01-01/2022-03-31", "2024-01-01/2024-03-31"
    sources = [source("a", "2023-04-18"), source("b", "2024-04-16"), source("c", "2025-04-15")]
    claims = [claim("q22-174", "a", "homicides", q22, "174", speaker=police, attribution="paraphrase",
                    quote="the first quarter total in 2022 was 174"),
              claim("q24-129", "b", "homicides", q24, "129", speaker=police, attribution="paraphrase",
                    quote="from 176 last year to 129 this year"),
              {"id": "dip", "source": "b", "metric": "homicides", "place": "kansas-city-mo", "period": q24,
               "change": {"phrase": phrase, "base": q22}, "speaker": police, "attribution": "paraphrase",
               "quote": {"text": f"Compared to the same time frame in 2022, it's a {phrase}."}},
              claim("q24-130", "c", "homicides", q24, "130", speaker=police, attribution="paraphrase",
                    quote="down to 110 from 130")]
    return sources, claims


def _officers(staffing_pack, first_period, second_period):
    sources = [source("controller", "2024-03-01", publisher="City Controller"),
               source("tv", "2024-03-05", publisher="Channel 10")]
    claims = [claim("controller", "controller", "police_officers", first_period, "5,900") | {"place": "philadelphia-pa"},
              claim("tv", "tv", "police_officers", second_period, "5,400") | {"place": "philadelphia-pa"}]
    return audit_corpus(load_records({"sources": sources, "claims": claims}, pack=staffing_pack), workers=1)


def _radio_225(radio_from):
    sources = [source("star", "2023-01-01", publisher="Daily Paper"),
               source("radio", {"earliest": radio_from, "latest": "2023-01-15"}, publisher="Radio Station"),
               source("tv", "2023-12-31", publisher="Channel 59")]
    police = {"speaker": "Kansas City Police Department", "attribution": "paraphrase"}
    claims = [claim("police-at-least-226", "star", "homicides", "2022", "at least 226", **police),
              claim("radio-225", "radio", "homicides", "2022", "225"),
              claim("police-226", "tv", "homicides", "2022", "226", **police)]
    return sources, claims


def _pair(smaller_quote, smaller="571", larger="604", metric="homicides", period="2022"):
    sources = [source("city", "2023-02-01", publisher="City Data"), source("paper", "2023-03-01", publisher="Paper")]
    claims = [claim("all", "city", metric, period, larger, quote=f"The city counted {larger} in 2022."),
              claim("part", "paper", metric, period, smaller, quote=smaller_quote)]
    return sources, claims


def _plan(plan_published, later_published="2025-02-01"):
    sources = [source("plan", plan_published, publisher="Channel 5"), source("later", later_published, publisher="Paper")]
    claims = [claim("planned", "plan", "patrol_shifts", "2024", "835", quote="The budget funds 835 in 2024."),
              claim("actual", "later", "patrol_shifts", "2024", "731", quote="It is funded for 731.")]
    return sources, claims


def _changes(first, second, with_figures=False):
    sources = [source("paper", "2023-01-10", publisher="Paper"), source("station", "2023-01-11", publisher="Station")]
    claims = [{**claim("a", "paper", "homicides", "2022", None, quote=f"They are {first} from the previous year."),
               "change": {"phrase": first, "base": "2021"}},
              {**claim("b", "station", "homicides", "2022", None, quote=f"That is {second} than the previous year."),
               "change": {"phrase": second, "base": "2021"}}]
    for c in claims:
        del c["value"]
    if with_figures:
        # 250 to 244 is -2.4%: "nearly 3%" holds it only generously (2.5% to 3% by default, verdicts-22a)
        claims += [claim("now", "paper", "homicides", "2022", "244"), claim("before", "paper", "homicides", "2021", "250")]
    return sources, claims


def _inclusion(paper_quote, paper_value="152"):
    sources = [source("police", "2018-01-02", publisher="Police Blog"), source("paper", "2019-12-30", publisher="Daily Paper")]
    claims = [claim("police-143", "police", "homicides", "2017", "143", attribution="paraphrase",
                    speaker="Kansas City Police Department", quote="The city recorded 143 homicides in 2017."),
              claim(f"paper-{paper_value}", "paper", "homicides", "2017", paper_value, quote=paper_quote)]
    return sources, claims


LEVELS = ("default", "generous")


def read(text, level, pack, unit="count", counted=True):
    return amount_interval(parse_amount(text, pack), level, pack, unit, counted)


def _budget(change_quote):
    """A department's budget of 2020 and 2021 in two outlets, and a third's change over 2020."""
    sources = [source("mag", "2020-09-20", publisher="The Monthly"), source("gaz", "2020-09-16", publisher="Gazette"),
               source("site", "2020-09-15", publisher="City Site")]
    claims = [claim("mag-2020", "mag", "guns_recovered", "2020", "254", quote="254 in 2020"),
              claim("gaz-2021", "gaz", "guns_recovered", "2021", "240", quote="240 in 2021"),
              claim("site-down", "site", "guns_recovered", "2021", None, quote=change_quote)]
    del claims[2]["value"]
    claims[2]["change"] = {"phrase": "down 2.4 percent", "base": "2020"}
    return sources, claims


def _stretches(later_day, metric="overdose_deaths"):
    """303 deaths from 1 January to 18 August 2023, given that day; 313 to 31 July, given later."""
    from verdict_cases import with_metrics
    sources = [source("gaz", "2023-08-18", publisher="Gazette"), source("post", later_day, publisher="Post")]
    claims = [claim("gaz-303", "gaz", metric, "2023-01-01/2023-08-18", "303"),
              claim("post-313", "post", metric, "2023-01-01/2023-07-31", "313")]
    return audit(with_metrics(DRUGS), sources, claims)


RULES = Path(__file__).resolve().parents[2] / "rules" / "checks"


def _nearly(now, before, change):
    change = {"phrase": change} if isinstance(change, str) else change
    claims = [claim("now", "release", "homicides", "2022", now), claim("before", "release", "homicides", "2021", before),
              {**claim("change", "release", "homicides", "2022", None, quote="The change."),
               "change": {**change, "base": "2021"}}]
    del claims[2]["value"]
    return tensions(audit(load_pack(), [source("release", "2022-06-01")], claims))


def test_the_bodys_word_read_in_two_reports_of_its_releases(pack):
    """Two papers' reports of the police's year-end figures, a year apart, each crediting the
    police with one figure (the later one only with how many killings were ruled justifiable,
    a part of the same split) and giving 2017's count in their own words: 105, then 102. Each
    is the police's word of its day as the paper read it, so the 102 restates the 105."""
    sources = [source("one", "2019-01-02", "Paper One"), source("two", "2020-01-03", "Paper Two")]
    police = "Kansas City Police Department"
    claims = [claim("one-2018", "one", "homicides", "2018", "80", police, "paraphrase"),
              claim("one-2017", "one", "homicides", "2017", "105"),
              claim("two-justified", "two", "justifiable_homicides", "2019", "11", police, "paraphrase"),
              claim("two-2017", "two", "homicides", "2017", "102")]
    report = audit(pack, sources, claims)
    assert tensions(report) == []
    assert revisions(report) == [("one-2017", "two-2017")]


def test_a_change_is_judged_by_the_other_figure_of_its_day(pack):
    """"a 25% dip" to the article's 129 against the 174 of a year before is -25.9%: wrong by the
    figures of its day, although the police's later 130 would give -25.3%."""
    report = audit(pack, *_dip("25% dip"))
    assert {"dip", "q24-129", "q22-174"} in tensions(report)


def test_a_change_right_by_the_figures_of_its_day_stands(pack):
    """"a 26% dip" fits 129 against 174: no tension."""
    report = audit(pack, *_dip("26% dip"))
    assert not any("dip" in t for t in tensions(report))


def test_a_contested_figure_is_no_figure_of_its_day(pack):
    """When another outlet gave 180 for the base quarter before the change came out, the
    figure of its day is not known: the change is not judged against the 174."""
    sources, claims = _dip("25% dip")
    sources.append(source("d", "2023-05-01", publisher="Channel 9"))
    claims.append(claim("q22-180", "d", "homicides", "2022-01-01/2022-03-31", "180", quote="180 in early 2022"))
    report = audit(pack, sources, claims)
    assert not any({"dip", "q24-129"} <= t for t in tensions(report))


def test_staffing_for_a_year_and_at_its_last_day_are_not_compared(staffing_pack):
    """"5,900 sworn officers in 2023" against "5,400 as of 31 December 2023": a stock for a year is
    of no one day, and it is no longer read as the day's (a real contradiction at two
    granularities is missed: a risk the report names)."""
    report = _officers(staffing_pack, "2023", "2023-12-31")
    assert tensions(report) == []


@pytest.mark.parametrize("first, second", [("2023", "2023"), ("2023-12-31", "2023-12-31")])
def test_staffing_for_one_period_given_twice_still_conflicts(staffing_pack, first, second):
    assert tensions(_officers(staffing_pack, first, second)) == [{"controller", "tv"}]


def test_a_rate_a_body_publishes_holds_a_reporters_rate_of_its_year(pack):
    """A statistics service's "60.94 per 100,000" rests on the population it publishes; a
    blog's own 61.2 for the same year (0.4% off) is held to it."""
    sources = [source("metro", "2020-01-06"), source("blog", "2022-11-01")]
    claims = [claim("service", "metro", "homicide_rate", "2018", "60.94 per 100,000", "Statista", "paraphrase"),
              claim("blog", "blog", "homicide_rate", "2018", "61.2 per 100,000")]
    assert tensions(audit(pack, sources, claims)) == [{"service", "blog"}]


def test_a_population_given_before_its_year_ends_is_the_years(pack):
    """The Detroit News, 26 December 2019: "271 homicides" so far, in a city "which has about
    670,000 residents", "a rate of about 32 homicides per 100,000 people" (271 over 670,000 is
    40.4). The population, given while 2019 still runs, is 2019's: the rate is set against it."""
    sources = [source("dn", "2019-12-26")]
    claims = [claim("ytd-271", "dn", "homicides", "2019-01-01/2019-12-26", "271", "Detroit Police Department",
                    "paraphrase"),
              claim("rate-32", "dn", "homicide_rate", "2019-01-01/2019-12-26", "about 32 per 100,000"),
              claim("people", "dn", "population", "2019", "about 670,000")]
    assert tensions(audit(pack, sources, claims)) == [{"ytd-271", "rate-32", "people"}]


def test_of_two_figures_equally_cheap_to_doubt_the_one_its_own_change_misfits(pack):
    """A news conference's figures, read by two papers: the Free Press "228 homicides this year,
    an 18% drop compared to the 276 homicides during the same time last year", The Detroit News
    "228 ... an 18% drop from the 278 killings during same period in 2022". 276 and 278 cost the
    same to doubt; both papers' 18% fit 278 (-18.0%) and not 276 (-17.4%): the 276 is the figure
    most likely wrong, and the Free Press's 18% is no tension of its own."""
    ytd, before = "2023-01-01/2023-11-30", "2022-01-01/2022-11-30"
    sources = [source("fp", "2023-12-04"), source("dn", "2023-12-05")]
    claims = []
    for paper, last in (("fp", "276"), ("dn", "278")):
        claims += [claim(f"{paper}-228", paper, "homicides", ytd, "228", "City of Detroit", "paraphrase"),
                   claim(f"{paper}-{last}", paper, "homicides", before, last, "City of Detroit", "paraphrase"),
                   {"id": f"{paper}-down-18", "source": paper, "metric": "homicides", "place": CITY, "period": ytd,
                    "change": {"phrase": "down 18%", "base": "same period last year"}, "speaker": "City of Detroit",
                    "attribution": "paraphrase", "quote": {"text": "an 18% drop"}}]
    report = audit(pack, sources, claims)
    found = [f for f in report.findings if f.kind == "tension"]
    assert [set(f.claims) for f in found] == [{"fp-276", "dn-278"}]
    assert found[0].suspects[0].claim == "fp-276"


def test_ties_on_cost_go_to_the_preferred_claims():
    from fractions import Fraction

    from auditor.engine.suspects import cheapest_hitting_set, tied
    cost = {"a": Fraction(4), "b": Fraction(4), "c": Fraction(1)}
    assert tied([frozenset("ab")], cost)
    assert cheapest_hitting_set([frozenset("ab")], cost) == {"a"}            # by id, with nothing preferred
    assert cheapest_hitting_set([frozenset("ab")], cost, prefer=frozenset("b")) == {"b"}
    assert not tied([frozenset("ac")], cost)                                  # c is cheaper: no tie
    assert cheapest_hitting_set([frozenset("ac")], cost, prefer=frozenset("a")) == {"c"}
    # overlapping cores: {b} alone meets both, cheaper than any two claims whatever is preferred
    assert cheapest_hitting_set([frozenset("ab"), frozenset("bc")], cost, prefer=frozenset("ac")) == {"b"}


def test_the_old_figure_shown_is_the_bodys_word_not_a_site_citing_a_paper(pack):
    """Deadline Detroit, 5 January 2021: "Detroit recorded 327 criminal homicides in 2020",
    citing The Detroit News; the Free Press, 6 January: "Detroit saw 327 homicides in 2020",
    from the police chief; the department's 2021 figures a year later give 2020 as 324. The
    revision shows the chief's 327, the body's own word, as the figure restated."""
    sources = [source("deadline", "2021-01-05", "Deadline Detroit (citing The Detroit News)"),
               source("freep", "2021-01-06", "Detroit Free Press"),
               source("dn", "2022-01-05", "The Detroit News")]
    claims = [claim("site-327", "deadline", "homicides", "2020", "327", "The Detroit News", "paraphrase"),
              claim("chief-327", "freep", "homicides", "2020", "327", "Jane Roe, Kansas City Police Chief", "paraphrase"),
              claim("police-324", "dn", "homicides", "2020", "324", "Kansas City Police Department", "paraphrase")]
    report = audit(pack, sources, claims)
    revisions = [(f.evidence["old"], f.evidence["new"]) for f in report.findings if f.kind == "revision"]
    assert revisions == [("chief-327", "police-324")]
    assert not [f for f in report.findings if f.kind == "tension"]


def test_a_figure_published_on_the_periods_last_day_is_completed_by_the_next_higher_one(pack):
    sources = [source("dec31", "2021-12-31", publisher="Channel 10"), source("jan01", "2022-01-01", publisher="A Blog"),
               source("later", "2024-12-31", publisher="Channel 10")]
    claims = [claim("so-far", "dec31", "homicides", "2021", "559"), claim("year", "jan01", "homicides", "2021", "562"),
              claim("three-years-on", "later", "homicides", "2021", "559")]
    report = audit(pack, sources, claims)
    assert revisions(report) == [("so-far", "year")]
    # the station's own 559 three years on is no count so far: a tension with the year's 562
    (found,) = [f for f in report.findings if f.kind == "tension"]
    assert set(found.claims) == {"year", "three-years-on"} and found.suspects[0].claim == "three-years-on"


def test_a_figure_the_count_had_passed_is_a_misreport(pack):
    sources = [source("wire", "2014-12-31", publisher="A Wire"), source("paper", "2014-12-31", publisher="Daily Paper"),
               source("radio", "2015-01-12", publisher="Public Radio")]
    claims = [claim("wire-158", "wire", "homicides", "2014", "158"),
              claim("to-dec30", "paper", "homicides", "2014-01-01/2014-12-30", "159"),
              claim("year-159", "radio", "homicides", "2014", "159")]
    report = audit(pack, sources, claims)
    # no restatement; the paper's count to 30 December is completed by the year's 159
    assert revisions(report) == [("to-dec30", "year-159")]
    assert all(f.evidence.get("completed") for f in report.findings if f.kind == "revision")
    assert any("wire-158" in t for t in tensions(report))


def test_a_years_figure_repeating_the_count_to_its_last_days_is_completed_later(pack):
    sources = [source("dec31", "2018-12-31", publisher="Daily Paper"), source("jan02", "2019-01-02", publisher="Channel 29"),
               source("jan20", "2020-01-01", publisher="Daily Paper")]
    claims = [claim("to-dec30", "dec31", "homicides", "2018-01-01/2018-12-30", "351"),
              claim("by-year-end", "jan02", "homicides", "2018", "351"),
              claim("final", "jan20", "homicides", "2018", "353")]
    report = audit(pack, sources, claims)
    # (and the count to 30 December is completed by the first figure for the year)
    assert revisions(report) == [("by-year-end", "final"), ("to-dec30", "by-year-end")]
    # without the count to 30 December before it, the 351 is the year's figure, and 353 a rival
    report = audit(pack, sources, claims[1:])
    assert revisions(report) == []


def test_a_figure_below_the_bodys_word_of_its_day_is_a_tension(pack):
    report = audit(pack, *_radio_225("2023-01-01"))
    assert revisions(report) == []
    (found,) = [f for f in report.findings if f.kind == "tension"]
    assert "radio-225" in found.claims and found.suspects[0].claim == "radio-225"


def test_a_figure_given_before_the_bodys_word_is_still_restated(pack):
    """The radio's 225 surely out on 1 January, days before the police's "at least 226"."""
    sources, claims = _radio_225("2023-01-01")
    sources[1]["published"] = "2023-01-01"
    sources[0]["published"] = "2023-01-10"
    report = audit(pack, sources, claims)
    assert ("radio-225", "police-226") in revisions(report)


def test_a_figure_subtracting_exactly_the_gap_counts_less(pack):
    report = audit(pack, *_pair("This number drops to 571 if you subtract 33 that were ruled justifiable."))
    assert tensions(report) == []


def test_a_figure_subtracting_another_number_still_conflicts(pack):
    report = audit(pack, *_pair("This number drops to 571 if you subtract 12 that were ruled justifiable."))
    assert {"all", "part"} in tensions(report)


def test_a_figure_without_exclusion_words_still_conflicts(pack):
    report = audit(pack, *_pair("The paper counted 571, 33 fewer than the city."))
    assert {"all", "part"} in tensions(report)


def test_the_larger_figure_subtracting_the_gap_still_conflicts(pack):
    """Only the lower figure can leave cases out; words in the higher figure's sentence explain nothing."""
    sources, claims = _pair("The paper counted 571.")
    claims[0]["quote"]["text"] = "The city counted 604 in 2022, excluding 33 ruled justifiable."
    assert {"all", "part"} in tensions(audit(pack, sources, claims))


def test_a_count_begun_partway_through_the_year_is_no_rival(pack):
    quote = ("Police didn't start tracking them as a separate statistic until fall 2022. "
             "They reported 170 incidents that year.")
    assert tensions(audit(pack, *_pair(quote, smaller="170", larger="388"))) == []


def test_a_higher_count_begun_partway_through_still_conflicts(pack):
    quote = ("Police didn't start tracking them as a separate statistic until fall 2022. "
             "They reported 450 incidents that year.")
    assert {"all", "part"} in tensions(audit(pack, *_pair(quote, smaller="450", larger="388")))


def test_a_count_that_started_early_still_conflicts(pack):
    quote = "Police started tracking them in 2015. They reported 170 incidents last year."
    assert {"all", "part"} in tensions(audit(pack, *_pair(quote, smaller="170", larger="388")))


def test_a_figure_given_two_years_ahead_is_replaced_not_contradicted(pack):
    assert tensions(audit(pack, *_plan("2022-09-01"))) == []


def test_a_figure_given_within_a_year_of_its_period_is_audited(pack):
    assert {"planned", "actual"} in tensions(audit(pack, *_plan("2023-09-01")))


def test_two_figures_given_ahead_are_audited(pack):
    """Two plans given as far ahead that disagree: one is misstated."""
    assert {"planned", "actual"} in tensions(audit(pack, *_plan("2022-09-01", later_published="2022-09-20")))


def test_a_plan_and_a_figure_of_its_day_are_audited(pack):
    """Not surely later: the same day's other figure is a rival, not a replacement."""
    assert {"planned", "actual"} in tensions(audit(pack, *_plan("2022-09-01", later_published="2022-09-01")))


def test_two_hedged_changes_alone_are_not_reported(pack):
    assert tensions(audit(pack, *_changes("nearly 90 more", "about 100 more"))) == []


def test_two_changes_alone_that_no_reading_reconciles_are_reported(pack):
    assert {"a", "b"} in tensions(audit(pack, *_changes("9 more", "20 more")))


def test_a_hedged_change_against_stated_figures_is_still_reported(pack):
    report = audit(pack, *_changes("down nearly 3%", "down nearly 3%", with_figures=True))
    assert any({"now"} <= t and ({"a"} <= t or {"b"} <= t) for t in tensions(report))


def test_the_decimal_reading_finds_two_rates_a_tenth_apart(pack):
    sources = [source("a", "2023-01-10", "The Daily"), source("b", "2023-01-10", "City Radio")]
    claims = [claim("a-rate", "a", "homicide_clearance_rate", "2022", "41.3"),
              claim("b-rate", "b", "homicide_clearance_rate", "2022", "41.4")]
    assert tensions(audit(pack, sources, claims)) == [{"a-rate", "b-rate"}]


def test_a_years_count_is_no_event_toll(pack):
    """The rule is about an event's few days: a year's count that rises by a third is no
    restatement (more than a count moves when it is restated), and stays a contradiction."""
    sources = [source("jan", "2021-01-05"), source("dec", "2021-12-05")]
    claims = [claim("jan-90", "jan", "shooting_deaths", "2020", "90"),
              claim("dec-120", "dec", "shooting_deaths", "2020", "120")]
    report = audit(pack, sources, claims)
    assert tensions(report) == [{"jan-90", "dec-120"}]


def test_a_change_in_other_words_is_the_same_plain_figure():
    from benchmarks.eval_corpus import plain_statement
    assert plain_statement("fell by 33 percent (vs 2021)") == plain_statement("fell by 33% (vs 2021)") \
        == plain_statement("down 33% (vs 2021)") == "down 33% (vs 2021)"
    assert plain_statement("a 5% increase (vs 2019)") == plain_statement("rose 5 percent (vs 2019)") == "up 5% (vs 2019)"
    assert plain_statement("a 32% decrease (vs 2021)") != plain_statement("fell by 33% (vs 2021)")
    assert plain_statement("fell by 33% (vs 2020)") != plain_statement("fell by 33% (vs 2021)")   # another base
    assert plain_statement("down by almost 33% (vs 2021)") is None   # hedged: no copy
    assert plain_statement("nearly 190") is None and plain_statement("179") == "179"


def test_a_count_including_exactly_the_gap_is_another_definition(pack):
    report = audit(pack, *_inclusion("The rate has declined from a record-high 152 in 2017 (including nine deaths "
                                     "involved in the hospital investigation) to 104 in 2019."))
    assert tensions(report) == []


def test_the_inclusion_in_digits_reads_the_same(pack):
    report = audit(pack, *_inclusion("152 in 2017, which includes 9 deaths at the hospital."))
    assert tensions(report) == []


def test_an_inclusion_of_another_size_is_part_of_the_count(pack):
    report = audit(pack, *_inclusion("152 people were killed in 2017, including 12 children."))
    assert tensions(report) == [{"police-143", "paper-152"}]


def test_a_larger_figure_that_names_no_inclusion_still_conflicts(pack):
    report = audit(pack, *_inclusion("152 people were killed in 2017."))
    assert tensions(report) == [{"police-143", "paper-152"}]


def test_the_smaller_figure_naming_the_gap_explains_nothing(pack):
    """Only the larger figure's words can say it takes in more: a 134 "including nine" is audited."""
    report = audit(pack, *_inclusion("134 in 2017, including nine deaths at the hospital.", paper_value="134"))
    assert tensions(report) == [{"police-143", "paper-134"}]


def test_two_reports_of_a_bodys_word_days_apart_still_disagree(pack):
    """The police's word as "149" in one paper and "148" in another the next day: one of them
    misreports it (the police did not publish either in their own words)."""
    sources = [source("star", "2013-01-01", "The Star"), source("digest", "2013-01-02", "The Digest")]
    claims = [claim("star-149", "star", "homicides", "2012", "149", "Police Department", "paraphrase"),
              claim("digest-148", "digest", "homicides", "2012", "148", "Police Department", "paraphrase")]
    report = audit(pack, sources, claims)
    assert tensions(report) == [{"star-149", "digest-148"}]


def test_a_change_of_its_day_stays_with_the_old_figure_beside_a_vague_one(pack):
    """The police's 144 for 2012, then in January 2014 "26 fewer" for 2013's 118 (144 - 118),
    then 142 in December 2014 after two killings were ruled justified; a wire's "more than 140"
    for 2012 fits both. The change was worked out from the figure of its day: no tension."""
    sources = [source("jan13", "2013-01-02", "The Star"), source("wire", "2013-06-01", "The Wire"),
               source("jan14", "2014-01-03", "The Star"), source("dec14", "2014-12-29", "The Star")]
    claims = [claim("y12-144", "jan13", "homicides", "2012", "144", "Police Department", "paraphrase"),
              claim("y12-over-140", "wire", "homicides", "2012", "more than 140"),
              claim("y13-118", "jan14", "homicides", "2013", "118", "Police Department", "paraphrase"),
              {"id": "fewer-26", "source": "jan14", "metric": "homicides", "place": CITY, "period": "2013",
               "change": {"phrase": "26 fewer", "base": "2012"}, "attribution": "reporter",
               "quote": {"text": "That total was 26 fewer than 2012"}},
              claim("y12-142", "dec14", "homicides", "2012", "142", "Police Department", "paraphrase")]
    report = audit(pack, sources, claims)
    assert tensions(report) == []
    rev = [f for f in report.findings if f.kind == "revision" and f.evidence.get("old") == "y12-144"]
    assert rev and "fewer-26" in rev[0].claims


def test_the_place_and_its_police_named_with_another_body_are_one_counter(pack):
    """"50, according to county police and FBI statistics" (January 2013), then 49 in "the
    county's crime dashboard" two years later: the county restated its count."""
    sources = [source("jan13", "2013-01-03", "The Star"), source("jan15", "2015-01-25", "The Eagle")]
    claims = [claim("c50", "jan13", "homicides", "2012", "50",
                    "Kansas City Police Department and FBI statistics", "paraphrase"),
              claim("c49", "jan15", "homicides", "2012", "49", "Kansas City (crime dashboard)", "paraphrase")]
    report = audit(pack, sources, claims)
    assert tensions(report) == []
    assert ("c50", "c49") in revisions(report)


def test_another_body_named_first_is_not_the_place(pack):
    """"50, according to FBI statistics and county police", then the county's 49: the FBI's
    count against the county's, no restatement."""
    sources = [source("jan13", "2013-01-03", "The Star"), source("jan15", "2015-01-25", "The Eagle")]
    claims = [claim("c50", "jan13", "homicides", "2012", "50",
                    "FBI statistics and Kansas City Police Department", "paraphrase"),
              claim("c49", "jan15", "homicides", "2012", "49", "Kansas City (crime dashboard)", "paraphrase")]
    report = audit(pack, sources, claims)
    assert ("c50", "c49") not in revisions(report)


def test_a_running_count_above_the_old_year_figure_is_still_a_tension(pack):
    """A running count of 205 on 30 December beside the year's 201 and, later, 194: above the
    year's own figure of its day, it was never counted on either basis."""
    sources = [source("dec", "2012-12-30", "The Digest"), source("jan", "2013-01-02", "The Star"),
               source("later", "2014-01-01", "The Star")]
    claims = [claim("ytd-205", "dec", "homicides", "2012-01-01/2012-12-29", "205", "Police Department", "paraphrase"),
              claim("y12-201", "jan", "homicides", "2012", "201"),
              claim("y12-194", "later", "homicides", "2012", "194")]
    found = tensions(audit(pack, sources, claims))
    assert found and all("ytd-205" in t for t in found)


def test_between_two_round_counts_takes_in_nothing_beyond_them(pack):
    # "between 1,600 and 1,700": the writer's own bounds, at either reading; against "more
    # than 1,700" the two never meet
    for level in LEVELS:
        iv = read("between 1,600 and 1,700", level, pack)
        assert (iv.lo, iv.hi) == (1600, 1700)
        assert iv.intersect(read("more than 1,700", level, pack)) is None
    # "two to three hundred" is an estimate and still widens as "about" does (rules/calibration.md)
    assert read("two to three hundred", "default", pack).hi > 300
    # and so does a range a word hedges
    assert read("about 1,600 to 1,700", "default", pack).hi > 1700


def test_a_whole_percentage_covers_its_rounding_interval_no_wider(pack):
    # rounded to the unit, not to the ten: half of it by default, all of it at the generous reading
    for level, bounds in (("default", (69.5, 70.5)), ("generous", (69, 71))):
        iv = read("70%", level, pack, unit="percent", counted=False)
        assert (iv.lo, iv.hi) == bounds
    # "70%" and "68%" never meet by default, and at most at 69 when both are read generously
    assert read("70%", "default", pack, unit="percent", counted=False).intersect(
        read("68%", "default", pack, unit="percent", counted=False)) is None
    met = read("70%", "generous", pack, unit="percent", counted=False).intersect(
        read("68%", "generous", pack, unit="percent", counted=False))
    assert (met.lo, met.hi) == (69, 69)
    # a percentage with a decimal place keeps its reading (half up, by default)
    assert read("70.0%", "default", pack, unit="percent", counted=False).hi_open
    # a hedged one keeps its hedge
    assert read("about 70%", "default", pack, unit="percent", counted=False).lo < 69
    # and a change ("up 70%": no unit of the metric) keeps the round figure's reading
    assert read("70%", "default", pack, unit=None, counted=False).lo < 69


def test_a_range_and_a_floor_past_it_are_a_hard_tension(pack):
    sources = [source("tv", "2021-07-08", "Channel 5"), source("paper", "2021-07-08", "The Daily")]
    claims = [claim("tv-range", "tv", "guns_recovered", "2021-H1", "between 1,600 and 1,700"),
              claim("paper-floor", "paper", "guns_recovered", "2021-H1", "more than 1,700")]
    report = audit(pack, sources, claims)
    assert tensions(report) == [{"tv-range", "paper-floor"}]
    assert [f.strength for f in report.findings if f.kind == "tension"] == ["hard"]


def test_a_round_percentage_two_points_off_is_a_tension(pack):
    sources = [source("a", "2025-01-10", "The Daily"), source("b", "2025-02-10", "City Radio")]
    claims = [claim("a-70", "a", "homicide_clearance_rate", "2024", "70%"),
              claim("b-68", "b", "homicide_clearance_rate", "2024", "68%")]
    assert tensions(audit(pack, sources, claims)) == [{"a-70", "b-68"}]


def test_a_change_of_the_spending_power_is_not_the_wholes(pack):
    """ "2.4 percent of its spending power" against 254 to 240 (-5.5%): two measures."""
    report = audit(pack, *_budget("The department would lose 6, or 2.4 percent of its spending power."))
    assert tensions(report) == []


def test_a_change_of_the_whole_against_the_whole_conflicts(pack):
    """The same change with no part named is checked against the figures, and fails."""
    report = audit(pack, *_budget("The department would lose 2.4 percent of its budget."))
    assert tensions(report) == [{"mag-2020", "gaz-2021", "site-down"}]


def test_a_change_naming_the_part_the_figures_name_conflicts(pack):
    """A change and figures that all name one part (a general fund) are one count: checked."""
    sources, claims = _budget("The general fund would lose 2.4 percent.")
    claims[0]["quote"]["text"] = "254 in 2020 from the general fund"
    claims[1]["quote"]["text"] = "240 in 2021 from the general fund"
    assert tensions(audit(pack, sources, claims)) == [{"mag-2020", "gaz-2021", "site-down"}]


def test_a_drug_count_settled_long_after_is_no_part_above_its_whole():
    """313 to July given fifteen months on: the settled count, not a contradiction of 303."""
    assert tensions(_stretches("2024-11-24")) == []


def test_a_drug_count_above_its_whole_given_soon_after_conflicts():
    """The same 313 given two weeks after the 303: no time to settle."""
    assert tensions(_stretches("2023-09-01")) == [{"gaz-303", "post-313"}]


def test_another_count_above_its_whole_given_long_after_conflicts():
    """Homicides are no count of `settling_metric_words`: checked however late."""
    assert tensions(_stretches("2024-11-24", metric="homicides")) == [{"gaz-303", "post-313"}]


def test_tn001_and_tn004_read_an_exclusion_alike():
    """The "excluding" part pattern is one reading: TN004's copy is TN001's, word for word."""
    def excluding(rule):
        params = YAML(typ="safe").load((RULES / rule).read_text())["params"]   # libyaml: the files are large
        return [p for p in params["part_patterns"] if "excluding" in p]
    assert excluding("TN001-value-conflict.yaml") == excluding("TN004-change-arithmetic.yaml") != []


def test_a_change_opening_a_quote_is_the_same_plain_figure():
    # the chief's "A 34% decrease" and a station's "a 34% reduction" (Oakland, 2024) are copies
    from benchmarks.eval_corpus import plain_statement
    assert plain_statement("A 34% decrease (vs 2023)") == plain_statement("a 34% reduction (vs 2023)") \
        == "down 34% (vs 2023)"
    assert plain_statement("Fell by 33% (vs 2021)") == "down 33% (vs 2021)"


def test_a_pending_count_below_a_bound_is_completed_from_its_figure(pack):
    # before: a tension (110 measured from the floor, 0, of "fewer than 100")
    sources = [source("jan", "2024-01-03", publisher="Daily Paper"), source("next", "2024-09-05", publisher="Channel 9")]
    claims = [claim("under", "jan", "homicides", "2023", "fewer than 100",
                    quote="Fewer than 100 people died in 2023, with cases still pending toxicology."),
              claim("c110", "next", "homicides", "2023", "110")]
    assert revisions(audit(pack, sources, claims)) == [("under", "c110")]


def test_nearly_3_percent_holds_a_fall_of_2_6_percent():
    assert _nearly("187", "192", "down nearly 3%") == []   # -2.6%


def test_nearly_3_percent_is_no_fall_of_2_percent():
    assert _nearly("147", "150", "down nearly 3%") != []   # -2.0%


def test_nearly_double_keeps_its_factor():
    # a ratio is no decimal rounded up: "nearly double" of 150 to 270 (1.8x) holds, 150 to 255 (1.7x) does not
    double = {"direction": "up", "by": "nearly 2", "measure": "ratio"}
    assert _nearly("270", "150", double) == []
    assert _nearly("255", "150", double) != []


def test_the_unhedged_figures_are_built_once_per_audit(pack, monkeypatch):
    # three rules read them (named_for_another_count, carried_over, looked_back); each used to build its own
    from auditor.engine import suspects
    calls = []
    build = suspects._unhedged_figures
    monkeypatch.setattr(suspects, "_unhedged_figures", lambda *a: calls.append(1) or build(*a))
    audit(pack, [source("paper", "2021-01-05"), source("tv", "2021-01-06")],
          [claim("early", "paper", "homicides", "2020", "100"), claim("late", "tv", "homicides", "2020", "120")])
    assert len(calls) == 1
