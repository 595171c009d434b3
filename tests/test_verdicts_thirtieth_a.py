"""Thirtieth verdicts round (a): false tensions of a city scored blind (Pittsburgh). A whole whose
own sentence splits it into parts is no rival of one of them (comparability.counts_less,
`named_part_words`); a count its own words set off one kind of road is a part (TN001's
`part_patterns`); a medical examiner's homicides are no part of the police's (rules/relations.yaml).
Invented corpus, figures in the form of the sources."""

from verdict_cases import audit, claim, pack, source, tensions, with_metrics  # noqa: F401 (the pack fixture)

BUDGET = {"city_budget": {"label": "city operating budget", "definition": "a city's operating budget for a year",
                          "unit": "dollar", "integer": False, "additive_over_time": False,
                          "additive_over_places": False}}


def _budgets(whole_quote):
    sources = [source("tv", "2024-10-01"), source("radio", "2024-12-11")]
    claims = [claim("total", "tv", "city_budget", "2025", "$774.3 million", quote=whole_quote),
              claim("spending", "radio", "city_budget", "2025", "$657 million",
                    quote="The $657 million spending plan does not contain a tax increase.")]
    return sources, claims


def test_a_budget_split_into_its_parts_is_no_rival_of_one():
    """KDKA's "$774.3 million budget with $657 million in operating and $117 million in capital"
    against WESA's "$657 million spending plan": the whole and its operating part."""
    report = audit(with_metrics(BUDGET), *_budgets(
        "Overall, the administration is proposing a $774.3 million budget with $657 million in operating "
        "and $117 million in capital."))
    assert tensions(report) == []


def test_parts_that_do_not_add_up_to_the_whole_name_no_part():
    """The same words with parts that do not make the whole ($657 million and $17 million): checked."""
    report = audit(with_metrics(BUDGET), *_budgets(
        "Overall, the administration is proposing a $774.3 million budget with $657 million in operating "
        "and $17 million in capital."))
    assert tensions(report) == [{"total", "spending"}]


def test_a_count_off_the_interstates_is_a_part(pack):
    """The city's release: 21 fatal crashes on all its roads, 18 "non-interstate"; two sources so
    that no one article's own figures settle it."""
    sources = [source("release", "2025-06-11"), source("paper", "2025-06-12")]
    claims = [claim("all", "release", "homicides", "2024", "21",
                    quote="In 2024, the city recorded 21 across its interstate, state, and city-owned roads."),
              claim("nonint", "paper", "homicides", "2024", "18",
                    quote="Of the 18 non-interstate ones in 2024, 7 involved pedestrians.")]
    assert tensions(audit(pack, sources, claims)) == []
    claims[1]["quote"] = {"text": "Of the 18 in 2024, 7 involved pedestrians."}
    assert tensions(audit(pack, sources, claims)) == [{"all", "nonint"}]


def test_an_examiners_count_above_the_polices_is_no_tension(pack):
    """The medical examiner's 79 killings in the city in 2008 against the police's 74."""
    sources = [source("report", "2015-01-04"), source("station", "2015-12-08")]
    claims = [claim("examiner", "report", "homicides_ruled", "2008", "79",
                    quote="That's more than any year since 2008, when officials counted 79."),
              claim("police", "station", "homicides", "2008", "74",
                    quote="the city's highest volume since officers investigated 74 homicides in 2008")]
    assert tensions(audit(pack, sources, claims)) == []
