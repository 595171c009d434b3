"""How the drafter reads a movement to a level, a level against another period's, a percentage of a
count (a share) and a metric the headline and lede name (slow: loads the articles pack)."""

from __future__ import annotations

from datetime import date

import pytest

import auditor.draft

from draft_helpers import pack  # noqa: F401  (a fixture)


def _records(text: str, pack, title: str | None = None, published: date = date(2023, 6, 20)):
    d = auditor.draft(text, published=published, pack=pack, title=title)
    return [(text[x.anchor[0]:x.anchor[1]], x.record, x.missing) for x in d.drafted]


def _kind(record: dict) -> str | None:
    return next((k for k in ("value", "change", "comparison", "share") if k in record), None)


@pytest.mark.slow
def test_a_figure_with_no_metric_named_takes_the_one_the_headline_and_lede_name(pack):
    """'Health officials counted 4,812 in 2022': the clause names no metric; the headline and the
    lede name one only (overdose deaths), so the figure is of it."""
    text = ("COLUMBUS, Ohio - Overdose deaths in Ohio rose again last year, state figures show, and "
            "overdose deaths are still climbing.\n\nHealth officials counted 4,812 in 2022, the state said.\n")
    got = {words: (record, missing) for words, record, missing in
           _records(text, pack, title="Ohio overdose deaths climb again")}
    record, missing = got["4,812"]
    assert record.get("metric") == "overdose_deaths" and "metric" not in missing


@pytest.mark.slow
def test_an_article_of_several_metrics_gives_none_of_them(pack):
    """The headline and lede name two metrics, each once: no one metric is the article's, so a figure
    whose clause names none is still left for the editor."""
    text = ("COLUMBUS, Ohio - Overdose deaths and traffic deaths in Ohio both rose last year.\n\n"
            "Health officials counted 4,812 in 2022, the state said.\n")
    got = {words: (record, missing) for words, record, missing in
           _records(text, pack, title="Two tolls climb in Ohio")}
    record, missing = got["4,812"]
    assert "metric" not in record and "metric" in missing


@pytest.mark.slow
def test_a_movement_to_a_level_is_also_a_comparison_with_the_month_before(pack):
    """'dropped to 3.9 percent in May': the level (a value) and lower than in April."""
    text = "Ohio's unemployment rate dropped to 3.9 percent in May, the state said.\n"
    got = _records(text, pack)
    value = next(r for w, r, _ in got if w == "3.9 percent")
    comparison = next(r for w, r, _ in got if w == "dropped")
    assert value["value"] == "3.9 percent" and _kind(value) == "value"
    assert comparison["comparison"] == {"relation": "lower", "than": "2023-04"}
    assert comparison["metric"] == "unemployment_rate" and comparison["period"] == value["period"]


@pytest.mark.slow
def test_a_rise_to_a_years_level_is_higher_than_the_year_before(pack):
    text = "Ohio recorded 980 traffic deaths in 2021 before traffic deaths climbed to 1,210 in 2022.\n"
    got = _records(text, pack)
    comparison = next(r for w, r, _ in got if w == "climbed")
    assert comparison["comparison"] == {"relation": "higher", "than": "2021"}
    assert comparison["metric"] == "traffic_deaths"


@pytest.mark.slow
def test_a_level_left_said_is_no_second_comparison(pack):
    """'fell from 1,210 in 2022 to 1,105 in 2023' is read by the movement from a level; the movement
    to a level adds nothing more."""
    text = "Traffic deaths in Ohio fell from 1,210 in 2022 to 1,105 in 2023.\n"
    got = _records(text, pack)
    assert sum(1 for _, r, _ in got if "comparison" in r) <= 1


@pytest.mark.slow
def test_a_movement_to_a_level_of_no_whole_year_or_month_is_no_comparison(pack):
    """'rose to 412 so far this year': the period before is not a year or a month; nothing assumed."""
    text = "Traffic deaths in Ohio rose to 412 so far this year, the patrol said.\n"
    got = _records(text, pack)
    assert any(w == "412" and "value" in r for w, r, _ in got)
    assert not [r for w, r, _ in got if w == "rose" and "comparison" in r]


@pytest.mark.slow
def test_a_percentage_of_a_count_is_a_share(pack):
    """'made up 17% of all traffic deaths', '17 percent were motorcyclists': a share of a count
    metric, not its value (a percentage is no value of a count)."""
    for text in ("Ohio recorded 1,210 traffic deaths in 2022. Motorcyclist deaths made up 17% of all traffic deaths.\n",
                 "Ohio recorded 1,210 traffic deaths in 2022, and 17 percent were motorcyclists.\n"):
        got = _records(text, pack)
        record = next(r for w, r, _ in got if w.startswith("17"))
        assert _kind(record) == "share" and record["share"]["fraction"].startswith("17")


@pytest.mark.slow
def test_a_percentage_of_a_count_is_the_percent_metric_the_clause_names(pack):
    """'clearance rate was 61 percent of its homicide cases': a percentage of a count (homicides) is the
    value of the percent metric whose words the clause says (the homicide clearance rate)."""
    text = "Ohio's homicide clearance rate was 61 percent of its homicide cases in 2022.\n"
    got = _records(text, pack)
    record = next(r for w, r, _ in got if w == "61 percent")
    assert record.get("metric") == "homicide_clearance_rate" and _kind(record) == "value"


@pytest.mark.slow
def test_a_count_is_no_share(pack):
    text = "Ohio recorded 1,210 of its traffic deaths on rural roads in 2022.\n"
    got = _records(text, pack)
    assert all(_kind(r) != "share" for w, r, _ in got if w == "1,210")


@pytest.mark.slow
def test_a_level_below_another_periods_level_is_a_comparison_too(pack):
    """'3.4% in August, below the 4% in August 2021': two levels and lower than in August 2021;
    'below 2.8%' after a level is the level compared with, not a bound of it."""
    text = ("Ohio's jobless rate was 3.4% in August, below the 4% in August 2021.\n\n"
            "Ohio's jobless rate was 2.5% in March, below 2.8% in March 2021.\n")
    got = _records(text, pack, published=date(2022, 9, 20))
    below = [r for w, r, _ in got if w == "below"]
    assert [r["comparison"]["relation"] for r in below] == ["lower", "lower"]
    assert below[0]["period"] == "in August" and below[0]["comparison"]["than"] == "in August 2021"
    level = next(r for w, r, _ in got if w.endswith("2.8%"))
    assert level["value"] == "2.8%"


@pytest.mark.slow
def test_compared_with_takes_its_relation_from_the_two_figures(pack):
    text = "Ohio's jobless rate was 3.1% in July, compared with 3.6% in July 2021.\n"
    got = _records(text, pack, published=date(2022, 8, 20))
    comparison = next(r for w, r, _ in got if "comparison" in r)
    assert comparison["comparison"]["relation"] == "lower" and comparison["period"] == "in July"


@pytest.mark.slow
def test_a_change_named_by_a_noun_after_words_of_what_changed(pack):
    """'a 7% annual increase', 'a 5% enrollment decline', 'a marked drop of 19%': changes."""
    text = ("Ohio recorded 1,240 home sales in September, a 7% annual increase.\n\n"
            "Ohio schools saw a 5% enrollment decline this fall.\n\n"
            "Home sales in Ohio saw a marked drop of 19% in October.\n")
    got = {w: r for w, r, _ in _records(text, pack, published=date(2023, 11, 20))}
    assert got["7%"]["change"]["phrase"] == "up 7%"
    assert got["5%"]["change"]["phrase"] == "down 5%"
    assert got["19%"]["change"]["phrase"] == "down 19%"


@pytest.mark.slow
def test_a_share_of_a_whole_is_no_change(pack):
    """'7% of all home sales': no direction noun after the words that follow 'of'."""
    text = "Ohio recorded 1,240 home sales in September, 7% of all home sales in the region.\n"
    got = {w: r for w, r, _ in _records(text, pack)}
    assert "change" not in got["7%"]


@pytest.mark.slow
def test_passing_an_earlier_periods_total_is_higher(pack):
    """'surpassed last year's total': higher than last year, said by a past tense alone; a figure
    passed ('topped 300 in 2022') is no such comparison."""
    text = ("Franklin County surpassed last year's total for traffic deaths in August.\n\n"
            "Traffic deaths in Ohio topped 300 in 2022.\n")
    got = _records(text, pack, published=date(2023, 9, 1))
    passed = next(r for w, r, _ in got if w == "surpassed")
    assert passed["comparison"]["relation"] == "higher" and passed.get("metric") == "traffic_deaths"
    assert not any(w == "topped" for w, _, _ in got)


@pytest.mark.slow
def test_a_level_that_stayed_is_a_tie_or_about_the_same(pack):
    """'remained unchanged in August': a tie with July; 'roughly flat': about the same; 'remained at
    44 per 100,000 in 2022': the level and about the same as in 2021."""
    text = ("Ohio's unemployment rate remained unchanged in August.\n\n"
            "The labor force in Ohio was roughly flat in August.\n\n"
            "Ohio's homicide rate remained at 44 per 100,000 residents in 2022.\n")
    got = _records(text, pack, published=date(2023, 9, 20))
    relations = {w: r["comparison"]["relation"] for w, r, _ in got if "comparison" in r}
    assert relations == {"remained unchanged": "tie", "roughly flat": "about-same", "remained": "about-same"}
    assert any(w.startswith("44") and "value" in r for w, r, _ in got)


@pytest.mark.slow
def test_the_first_fall_in_a_span_of_years(pack):
    """'down for the first time in nearly a decade': the first fall in nine years; 'the first time in
    20 years that ... enrollment declined': in twenty."""
    text = ("Ohio's homicide totals are down for the first time in nearly a decade.\n\n"
            "It is the first time in 20 years that Ohio's public school enrollment declined.\n")
    got = [r["comparison"] for _, r, _ in _records(text, pack, published=date(2023, 1, 5)) if "comparison" in r]
    assert [(c["relation"], c.get("years")) for c in got] == [("first-fall", 9), ("first-fall", 20)]
