"""Twenty-eighth verdicts round (a): false tensions of the two cities scored blind (Tulsa,
Denver). A change of one part of a count (a budget's "spending power", deaths counted as
unintentional) is not checked against figures of another part or of the whole
(auditor/checks/comparability.py change_of_another_part, TN004's `part_patterns`). Invented
figures, invented corpus."""

from verdict_cases import audit, claim, pack, source, tensions  # noqa: F401 (the pack fixture)


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


# --------------------------------------------------------------------------------------------
# TN002: drug deaths' counts settle for months (comparability.settled_since)

DRUGS = {"overdose_deaths": {"label": "drug overdose deaths", "definition": "drug overdose deaths"}}


def _stretches(later_day, metric="overdose_deaths"):
    """303 deaths from 1 January to 18 August 2023, given that day; 313 to 31 July, given later."""
    from verdict_cases import with_metrics
    sources = [source("gaz", "2023-08-18", publisher="Gazette"), source("post", later_day, publisher="Post")]
    claims = [claim("gaz-303", "gaz", metric, "2023-01-01/2023-08-18", "303"),
              claim("post-313", "post", metric, "2023-01-01/2023-07-31", "313")]
    return audit(with_metrics(DRUGS), sources, claims)


def test_a_drug_count_settled_long_after_is_no_part_above_its_whole():
    """313 to July given fifteen months on: the settled count, not a contradiction of 303."""
    assert tensions(_stretches("2024-11-24")) == []


def test_a_drug_count_above_its_whole_given_soon_after_conflicts():
    """The same 313 given two weeks after the 303: no time to settle."""
    assert tensions(_stretches("2023-09-01")) == [{"gaz-303", "post-313"}]


def test_another_count_above_its_whole_given_long_after_conflicts():
    """Homicides are no count of `settling_metric_words`: checked however late."""
    assert tensions(_stretches("2024-11-24", metric="homicides")) == [{"gaz-303", "post-313"}]
