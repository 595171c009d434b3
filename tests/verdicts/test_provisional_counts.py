"""Forty-seventh verdicts round (b): counts told while their cases are decided, and a change
told as a fraction of its base. Invented corpora, figures in the form of Buffalo's sources (Erie
County's opioid deaths of 2022 and 2023; a blog's homicides "slashed in half")."""

from verdict_cases import DRUGS, audit, claim, pack, revisions, source, tensions, with_metrics  # noqa: F401


def _halved(by, measure):
    sources = [source("blog", "2009-01-15")]
    quote = "It's been slashed in half from the 74 people killed by homicide only two years ago."
    change = claim("half", "blog", "homicides", "2008", None, quote=quote)
    del change["value"]
    change["change"] = {"direction": "down", "by": by, "measure": measure, "base": "2006"}
    claims = [claim("y2008", "blog", "homicides", "2008", "37", quote="There were 37 homicides in 2008."),
              claim("y2006", "blog", "homicides", "2006", "74", quote=quote), change]
    return sources, claims


def test_a_change_by_half_in_percent_is_half_of_the_base(pack):
    """`{by: half, measure: percent}` is 50 percent, as "down by half" is: not half of one percent."""
    assert tensions(audit(pack, *_halved("half", "percent"))) == []


def test_a_change_by_half_against_figures_a_third_apart_still_conflicts(pack):
    sources, claims = _halved("half", "percent")
    claims[0].update(value="49", quote="There were 49 homicides in 2008.")
    assert tensions(audit(pack, sources, claims)) == [{"y2008", "y2006", "half"}]


def test_half_of_one_percent_written_in_figures_is_still_read_so(pack):
    found = tensions(audit(pack, *_halved("0.5", "percent")))
    assert len(found) == 1 and {"y2008", "half"} <= found[0]


def _confirmed_and_total(probable):
    sources = [source("health", "2023-05-10")]
    quote = (f"Through April 28, 2023, the department has confirmed 51 opioid-related overdose deaths with another "
             f"{probable} probable cases - an unofficial total of 145 deaths that will increase this year.")
    claims = [claim("confirmed", "health", "overdose_deaths", "2023-01-01/2023-04-28", "51", quote=quote),
              claim("total", "health", "overdose_deaths", "2023-01-01/2023-04-28", "145",
                    quote="an unofficial total of 145 deaths that will increase this year.")]
    return sources, claims


def test_confirmed_deaths_beside_the_probable_ones_are_a_part_of_their_total():
    assert tensions(audit(with_metrics(DRUGS), *_confirmed_and_total("94"))) == []


def test_confirmed_deaths_beside_probable_ones_short_of_the_gap_conflict():
    assert tensions(audit(with_metrics(DRUGS), *_confirmed_and_total("90"))) == [{"confirmed", "total"}]


def test_confirmed_deaths_told_with_probable_cases_are_completed_by_the_later_count():
    sources = [source("tv", "2023-03-16"), source("health", "2023-05-10"), source("task", "2023-08-15")]
    claims = [claim("c298", "tv", "overdose_deaths", "2022", "298", speaker="County Executive", attribution="paraphrase",
                    quote="298 deaths have been confirmed as the result of opioid overdoses, and there are still 20 "
                          "probable cases."),
              claim("c306", "health", "overdose_deaths", "2022", "306", speaker="Medical Examiner's Office",
                    attribution="document", quote="compared to 306 deaths with 2 probable deaths in 2022."),
              claim("c307", "task", "overdose_deaths", "2022", "307", speaker="Opiate Task Force", attribution="document",
                    quote="In 2022, there were 379 overdoses reported, of which 307 were fatal.")]
    report = audit(with_metrics(DRUGS), sources, claims)
    assert tensions(report) == []
    assert sorted(revisions(report)) == [("c298", "c306"), ("c306", "c307")]


# Review rev47w: the shapes of these rules where they must not apply.

def test_a_change_by_a_fraction_of_a_percent_is_not_a_share_of_the_base(pack):
    """"up a half percent" is 0.5 percent (200 to 201), not half of the base."""
    sources = [source("paper", "2024-01-15")]
    change = claim("chg", "paper", "homicides", "2023", None, quote="Homicides were up a half percent from 2022.")
    del change["value"]
    change["change"] = {"phrase": "up a half percent", "base": "2022"}
    claims = [claim("now", "paper", "homicides", "2023", "201"), claim("base", "paper", "homicides", "2022", "200"),
              change]
    assert tensions(audit(pack, sources, claims)) == []


def _one_sentence(quote, low, high):
    sources = [source("paper", "2023-05-10")]
    return sources, [claim("low", "paper", "overdose_deaths", "2022", low, quote=quote),
                     claim("high", "paper", "overdose_deaths", "2022", high, quote=quote)]


def test_cases_pending_beside_the_other_figure_make_no_part_of_it():
    """The 10 pending are the medical examiner's, beside its 50: the police's 40 is no confirmed part of them."""
    quote = "Police counted 40 overdose deaths in 2022, while the medical examiner confirmed 50, with another 10 pending."
    assert tensions(audit(with_metrics(DRUGS), *_one_sentence(quote, "40", "50"))) == [{"low", "high"}]


def test_a_total_smaller_than_its_confirmed_part_still_conflicts():
    quote = "The department has confirmed 145 overdose deaths with another 94 probable cases - an unofficial total of 51."
    assert tensions(audit(with_metrics(DRUGS), *_one_sentence(quote, "51", "145"))) == [{"low", "high"}]


def test_a_count_told_with_its_probable_cases_rises_at_most_by_them():
    """298 "and there are still 2 probable cases", then another body's 345: not the count completed."""
    sources = [source("tv", "2023-03-16"), source("state", "2023-09-01")]
    claims = [claim("c298", "tv", "overdose_deaths", "2022", "298", speaker="County Executive", attribution="paraphrase",
                    quote="298 deaths have been confirmed as the result of opioid overdoses, and there are still 2 "
                          "probable cases."),
              claim("s345", "state", "overdose_deaths", "2022", "345", speaker="State Health Department",
                    attribution="document", quote="The state counted 345 overdose deaths in the county in 2022.")]
    report = audit(with_metrics(DRUGS), sources, claims)
    assert revisions(report) == [] and tensions(report) == [{"c298", "s345"}]
