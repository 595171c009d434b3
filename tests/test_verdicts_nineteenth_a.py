"""Nineteenth verdicts round (a): look-alikes reported as tensions, tried on realistic sentences
(invented figures, invented corpus; auditor/checks/comparability.py counts_less and
planned_ahead, rules/checks/TN001-value-conflict.yaml)."""

from verdict_cases import audit, claim, pack, source, tensions  # noqa: F401 (the pack fixture)


def _pair(smaller_quote, smaller="571", larger="604", metric="homicides", period="2022"):
    sources = [source("city", "2023-02-01", publisher="City Data"), source("paper", "2023-03-01", publisher="Paper")]
    claims = [claim("all", "city", metric, period, larger, quote=f"The city counted {larger} in 2022."),
              claim("part", "paper", metric, period, smaller, quote=smaller_quote)]
    return sources, claims


# --------------------------------------------------------------------------------------------
# A figure that says it leaves out exactly the gap counts less (comparability.counts_less)

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


# --------------------------------------------------------------------------------------------
# A lower count that began partway through the period (comparability.counts_less)

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


# --------------------------------------------------------------------------------------------
# A figure given more than a year before its period began is a plan (comparability.planned_ahead)

def _plan(plan_published, later_published="2025-02-01"):
    sources = [source("plan", plan_published, publisher="Channel 5"), source("later", later_published, publisher="Paper")]
    claims = [claim("planned", "plan", "patrol_shifts", "2024", "835", quote="The budget funds 835 in 2024."),
              claim("actual", "later", "patrol_shifts", "2024", "731", quote="It is funded for 731.")]
    return sources, claims


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


# --------------------------------------------------------------------------------------------
# Changes alone that only the default reading of their hedges sets apart (TN004 soft_changes_alone)

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


def test_two_hedged_changes_alone_are_not_reported(pack):
    assert tensions(audit(pack, *_changes("nearly 90 more", "about 100 more"))) == []


def test_two_changes_alone_that_no_reading_reconciles_are_reported(pack):
    assert {"a", "b"} in tensions(audit(pack, *_changes("9 more", "20 more")))


def test_a_hedged_change_against_stated_figures_is_still_reported(pack):
    report = audit(pack, *_changes("down nearly 3%", "down nearly 3%", with_figures=True))
    assert any({"now"} <= t and ({"a"} <= t or {"b"} <= t) for t in tensions(report))
