"""The ninth round: readings of whole classes of statements that the first drafts of unseen
articles missed (records said with any superlative, with "its"/"their", "ever" after several
words, plural "all-time highs"), with sentences written for these tests, none about Birmingham,
Alabama; the second half of `fresh6.yaml` (k11-k20) is only measured by its summary."""

from __future__ import annotations

from datetime import date

import pytest

import auditor
import auditor.draft

from draft_helpers import drafted
from draft_helpers import drafted_records
from draft_helpers import pack  # noqa: F401  (the fixture)
from draft_helpers import stated


def _records(text: str, pack, published=date(2022, 4, 1)) -> list[dict]:
    return [r["comparison"] for r in drafted_records(text, published=published, pack=pack)
            if "comparison" in r and r["comparison"]["relation"].startswith("record")]


@pytest.mark.parametrize("sentence, relation", [
    # any superlative of size or harm, with "since"
    ("Ohio recorded 5,017 overdose deaths in 2021, the largest number of overdose deaths since 2007.", "record-high"),
    ("Ohio recorded 120 fire deaths in 2021, the deadliest toll of fire deaths since 1999.", "record-high"),
    # "its" / "their" before the superlative
    ("Unemployment in Wisconsin fell to 3.1% in March, its lowest rate since May 2001.", "record-low"),
    ("Initial unemployment claims in Wisconsin are at their lowest levels since 1990.", "record-low"),
])
def test_a_superlative_since_a_year_is_a_record_with_its_window(pack, sentence, relation):
    records = _records(sentence + "\n", pack)
    assert [r["relation"] for r in records] == [relation]
    assert records[0]["window"].startswith("since ")


@pytest.mark.parametrize("sentence, relation", [
    ("Ohio had 44 overdose deaths, the most we have ever counted in a year, the coroner said.", "record-high"),
    ("March was the coldest month for overdose deaths ever recorded in Ohio.", "record-low"),
])
def test_a_superlative_with_ever_or_on_record_after_some_words(pack, sentence, relation):
    assert [r["relation"] for r in _records(sentence + "\n", pack)] == [relation]


def test_plural_all_time_highs_and_a_span_of_decades_after_a_comma(pack):
    """'reached all-time highs' is a record; 'the highest number ... per year, in over two decades'
    is a record over twenty years."""
    text = ("The unemployment rate in Wisconsin reached all-time highs in March 2020.\n\n"
            "Ohio had 44 overdose deaths in 2021, its highest number of overdose deaths per year, in over two decades.\n")
    records = _records(text, pack)
    assert [r["relation"] for r in records] == ["record-high", "record-high"]
    assert records[1].get("over_years") == 20 or records[1].get("window") == "since 2001"


def test_a_superlative_without_ever_since_or_years_is_no_record(pack):
    """'the largest share of the budget' names no record: no comparison is drafted."""
    text = "The police department in Ohio got the largest share of the budget, $84 million, in 2021.\n"
    assert _records(text, pack) == []


def _comparisons(text: str, pack, published=date(2022, 4, 1)) -> list[tuple[str, dict]]:
    d = auditor.draft(text, published=published, pack=pack)
    return [(w, r) for w, r in stated(text, d) if "comparison" in r]


def test_a_record_broken_after_the_figure_is_said_of_it(pack):
    """'the 42 overdose deaths would still top past records': the 42 is a record (and a value)."""
    text = ("Ohio had 44 overdose deaths in 2021.\n\n"
            "Without the two from one house, the 42 overdose deaths would still top past records.\n")
    got = _comparisons(text, pack)
    assert [(w, r["comparison"]["relation"]) for w, r in got] == [("42", "record-high")]


@pytest.mark.parametrize("sentence, relation", [
    ("The number of overdose deaths in Ohio dipped slightly last year.", "lower"),
    ("Overdose deaths in Ohio soared in 2021, officials said.", "higher"),
    ("Ohio sees upswing in overdose deaths", "higher"),
    ("Ohio saw a spike in overdose deaths in 2021.", "higher"),
])
def test_the_verbs_and_nouns_news_copy_says_a_move_with(pack, sentence, relation):
    got = _comparisons(sentence + "\n", pack)
    assert [r["comparison"]["relation"] for w, r in got] == [relation]
    assert got[0][1]["metric"] == "overdose_deaths"


def test_more_with_words_before_than_and_a_period_after(pack):
    """'more overdose deaths this year than in 2017' compares this year with 2017; 'fewer ...
    than expected' names no period and is no comparison of periods."""
    got = _comparisons("There have already been more overdose deaths in Ohio this year than in 2017.\n", pack)
    assert [(r["comparison"]["relation"], r["comparison"].get("than"), r["period"]) for w, r in got] == \
        [("higher", "in 2017", "this year")]
    assert _comparisons("Ohio had fewer overdose deaths than expected.\n", pack) == []


def _periods(text: str, pack, published=date(2022, 4, 1)) -> dict[str, str | None]:
    return {w: r.get("period") for w, r in drafted(text, published=published, pack=pack).items()}


def test_the_year_something_else_was_done_is_not_the_figures_period(pack):
    """'a record set in 1993', 'a levy approved by the voters back in 2014', 'data going back to
    1960' date another thing: the figure's period is not that year; 'the record of 6 days set in
    2020' is that figure's own."""
    got = _periods("Ohio has had 52 homicides this year, one short of the state's record set in 1993, "
                   "according to FBI data going back to 1960.\n", pack)
    assert got["52"] == "this year" and "1993" not in (got.get("one") or "") and "1960" not in (got.get("one") or "")
    got = _periods("The Ohio budget adds $5 million in property taxes from a levy approved by the voters back in 2014.\n", pack)
    assert "2014" not in (got.get("$5 million") or "")
    got = _periods("In Ohio the previous record was 6 hot days set in 2020.\n", pack)
    assert got.get("6") == "in 2020"


def test_than_what_a_place_saw_in_a_year_is_the_base(pack):
    """'six more than the state saw in 2014': 2014 is compared with, the period is the year's."""
    text = "Ohio has had 44 overdose deaths this year, six more than the state saw in 2014.\n"
    change = next(r for r in drafted_records(text, published=date(2022, 4, 1), pack=pack) if "change" in r)
    assert change["period"] == "this year" and change["change"]["base"] == "in 2014"


def test_according_to_a_body_with_a_colon_speaks_for_the_list_after(pack):
    """'According to the weather service:' then one statement a paragraph: each is its paraphrase;
    a paragraph of several sentences ends the list."""
    text = ("Ohio had a hot July. According to the weather service:\n\n"
            "The average high in Ohio in July was 94.7 degrees.\n\n"
            "Ohio had 19 days above 90 degrees in July.\n\n"
            "Cooling centers stayed open. Ohio had 3 days above 100 degrees in July.\n")
    d = auditor.draft(text, published=date(2023, 8, 1), pack=pack)
    got = {text[x.anchor[0]:x.anchor[1]]: (x.record.get("attribution"), x.record.get("speaker")) for x in d.drafted}
    assert got["94.7"] == ("paraphrase", "weather service")
    assert got["above 90"] == ("paraphrase", "weather service")
    assert got["above 100"] == ("reporter", None)


def test_a_month_compared_with_is_not_the_month_a_release_is_of(pack):
    """'compared over the year to March 2021' names the month compared with: the monthly rates
    after it are of the latest March, not of March 2021."""
    text = ("March unemployment rates decreased in all Ohio counties when compared over the year to March 2021.\n\n"
            "The monthly state report finds Ohio's unemployment rate at 4.1 percent.\n\n"
            "The preliminary unemployment rate in Ohio was 4.1 percent in March.\n")
    d = auditor.draft(text, published=date(2022, 4, 27), pack=pack)
    periods = [x.record.get("period") for x in d.drafted if x.record.get("value") == "4.1 percent"]
    assert periods and all("2021" not in (p or "") for p in periods)


def test_people_who_died_in_a_places_crashes_are_traffic_deaths(pack):
    """'Fifty people died in Spokane County crashes' counts traffic deaths; 'people killed in
    distraction-affected crashes' stays the narrower metric its name holds."""
    text = "Fifty people died in Spokane County crashes in 2021, the state said.\n"
    assert [r.get("metric") for r in drafted_records(text, published=date(2022, 1, 3), pack=pack)] == ["traffic_deaths"]
    text = "The number of people killed in distraction-affected crashes in the U.S. rose to 3,331 in 2021.\n"
    d = auditor.draft(text, published=date(2022, 4, 1), pack=pack)
    assert "distraction_deaths" in [x.record.get("metric") for x in d.drafted]


def test_an_estimated_figure_is_said_by_whoever_the_sentence_cites(pack):
    """'An estimated 380 people died ..., according to the state patrol': the article before
    'estimated' is no speaker."""
    text = "An estimated 380 people died in Ohio crashes in 2020, according to the Ohio State Highway Patrol.\n"
    speakers = {r.get("speaker") for r in drafted_records(text, published=date(2022, 1, 3), pack=pack)}
    assert speakers == {"Ohio State Highway Patrol"}


def test_a_percentage_after_a_count_and_or_is_its_share(pack):
    """'(316 or 31.9 per cent)', '192 calls or 18.96 per cent' give the count's share of a whole,
    with or without a comma before 'or'; '3 or 4 percent' is a range, no share."""
    text = ("Medical calls (316 or 31.9 per cent) made up the bulk of the calls for the Fort Erie fire department in 2019.\n\n"
            "Ohio's unemployment rate could rise 3 or 4 percent in 2022.\n")
    d = auditor.draft(text, published=date(2020, 3, 16), pack=pack)
    shares = [x.record["share"]["fraction"] for x in d.drafted if "share" in x.record]
    assert shares == ["31.9 per cent"]


def test_a_phrasal_verbs_up_is_no_direction_of_the_figure(pack):
    """'wrapped up with an average of 82.7', 'ended up at 26' are levels; 'went up by 26' is a change."""
    text = ("July in Ohio wrapped up with an average temperature of 82.7 degrees.\n\n"
            "Overdose deaths in Ohio ended up at 26 in 2015.\n\n"
            "Overdose deaths in Ohio went up by 26 in 2016.\n")
    d = auditor.draft(text, published=date(2023, 8, 1), pack=pack)
    assert [(text[x.anchor[0]:x.anchor[1]], "change" in x.record) for x in d.drafted] == \
        [("82.7", False), ("26", False), ("26", True)]
