"""Which figures the drafter takes and how many claims it drafts of them: names, ages, ranges,
lists, pairs, hypotheticals and forecasts, and figures left to the editor."""

from __future__ import annotations

from datetime import date

import pytest

import auditor
import auditor.draft
from auditor.draft import draft
from auditor.draft.periods import resolves
from auditor.models import DateRange
from auditor.text.quantities import find_quantities

from draft_helpers import drafted, drafted_records, record_with, stated as _stated
from draft_helpers import pack  # noqa: F401  (a fixture)


def _drafted(text: str):
    return list(auditor.draft(text, published="2024-03-12").drafted)


_HEAD = "Homicides fall in Springfield\n\nSPRINGFIELD, Ill. — "


def _by_figure(text: str):
    out = {}
    for d in draft(text, published="2025-01-06").drafted:
        out[text[d.anchor[0]:d.anchor[1]]] = d
    return out


_DAY = date(2018, 3, 12)


def _periods(text: str) -> dict[str, tuple[date, date] | None]:
    out = {}
    for x in draft(text, _DAY).drafted:
        if "value" in x.record:
            p = resolves(x.record["period"], DateRange(earliest=_DAY, latest=_DAY), None) if x.record.get("period") else None
            out[x.record["value"]] = (p.start, p.end) if p else None
    return out


def _comparisons(text: str):
    return [x.record for x in draft(text, _DAY).drafted if "comparison" in x.record]


def _claims(text, pack):
    d = auditor.draft(text, published=date(2019, 11, 27), pack=pack)
    return [(text[x.anchor[0]:x.anchor[1]], x.record.get("place"), x.record.get("comparison", {}).get("relation"),
             x.record.get("speaker")) for x in d.drafted]


def _quotes(text, pack):
    d = auditor.draft.draft(text, date(2024, 2, 1), pack=pack)
    return {text[x.anchor[0]:x.anchor[1]]: text[x.quote[0]:x.quote[1]] for x in d.drafted}


@pytest.mark.parametrize("sentence", [
    "Police said the city is expected to reach 40 homicides this year.",
    "The city is on track to exceed 300 road deaths this year.",
    "Officials set a goal of 20 homicides for 2024.",
    "The county will end up around 50 overdose deaths this year, the coroner said.",
])
def test_forecast_is_a_projection(sentence):
    drafted = _drafted(sentence)
    assert drafted, sentence
    assert all(x.record.get("projection") is True for x in drafted), [x.record for x in drafted]
    assert all(any(n.startswith("projection:") for n in x.notes) for x in drafted)


@pytest.mark.parametrize("sentence", [
    "The city recorded 40 homicides in 2023, police said.",
    # a figure against a forecast, or the count after one, is a stated fact
    "The district had projected a rise, but the actual count was 3,637 students in 2023.",
    # a budget "will be" is no forecast by the hand conventions
    "The city will release its count of 41 homicides on Monday.",
])
def test_stated_fact_is_no_projection(sentence):
    drafted = _drafted(sentence)
    assert drafted, sentence
    assert not any(x.record.get("projection") for x in drafted), [x.record for x in drafted]


@pytest.mark.parametrize("sentence", [
    "There were 30 homicides reported Sunday in the city.",
    "The city recorded 9 homicides, reported Tuesday night.",
    "The city had 12 shootings, said Jan. 5 in a police report.",
    "The county had 14 overdose deaths reported last week.",
])
def test_day_after_reporting_verb_is_no_speaker(sentence):
    drafted = _drafted(sentence)
    assert drafted, sentence
    for x in drafted:
        speaker = x.record.get("speaker") or ""
        assert not any(day in speaker for day in ("Sunday", "Tuesday", "Jan", "last week")), x.record


def test_named_speaker_after_verb_is_kept():
    drafted = _drafted("Chicago had 40 homicides in 2023, said Mayor Brandon Johnson on Monday.")
    assert drafted and all("Brandon Johnson" in (x.record.get("speaker") or "") for x in drafted)


def test_hypothetical_stays_commented_out_not_projection():
    d = auditor.draft("If the trend continued, road deaths would be closer to 200 in 2024.", published="2024-03-12")
    assert d.drafted and all("hypothetical" in x.missing for x in d.drafted)
    assert not any(x.record.get("projection") for x in d.drafted)


def test_a_multiple_said_once_is_one_claim(pack):
    """'have tripled since 2019, to 120' is one change (ratio 3) beside the level, not two."""
    text = "Overdose deaths in Columbiana County have tripled since 2019, to 120.\n"
    d = auditor.draft(text, published=date(2022, 3, 1), pack=pack)
    changes = [r["change"] for w, r in _stated(text, d) if "change" in r]
    assert len(changes) == 1 and changes[0]["by"] == "3" and changes[0]["measure"] == "ratio"


def test_a_figure_the_vocabulary_does_not_name_is_left_for_the_editor(pack):
    """'394 deaths on the road' (no metric of the pack is named) is drafted without its metric,
    commented out with a note, its other fields read; a code or an address ('the 300 block of',
    'catch-22') is no figure."""
    text = ("Minnesota had 394 deaths on the road in 2021, the patrol said.\n\n"
            "A crash in the 300 block of Main Street in Minnesota was a catch-22 case.\n\n"
            "The 90-page report is at https://example.org/report?id=2021 for Minnesota.\n")
    d = auditor.draft(text, published=date(2022, 2, 1), pack=pack)
    got = {text[x.anchor[0]:x.anchor[1]]: x for x in d.drafted}
    assert set(got) == {"394"}
    x = got["394"]
    assert "metric" not in x.record and x.missing == ("metric",)
    assert x.record["place"] == "minnesota" and x.record["period"] == "in 2021" and x.record["value"] == "394"
    assert any(n.startswith("metric:") for n in x.notes)
    assert x.claim is None and not d.claims
    assert "# incomplete (metric" in auditor.draft.claim_file(d)


def test_two_figures_take_two_periods_in_order(pack):
    """'388 and 360 overdose deaths in 2015 and 2017' (and '..., respectively'): each figure its own
    year, in order; one year for two metrics ('12 deaths and 30 patients in 2021') is both's."""
    text = ("Guilford County had 88 and 96 overdose deaths in 2015 and 2017, respectively.\n\n"
            "Guilford County had 12 overdose deaths and 30 overdose patients in 2021.\n")
    got = drafted(text, published=date(2022, 1, 11), pack=pack)
    assert got["88"]["period"] == "in 2015" and got["96"]["period"] == "2017"
    assert got["12"]["period"] == "in 2021" and got["30"]["period"] == "in 2021"


def test_a_figure_compared_with_that_names_no_period_is_left_to_decide(pack):
    """'The county is down from 106 overdose deaths' (no period named, no figure in the sentence to
    pair it with): 106 is drafted, its period left to the editor, commented out."""
    text = "Guilford County had 98 overdose deaths last year.\n\nThe county is down from 106 overdose deaths.\n"
    d = auditor.draft(text, published=date(2023, 1, 11), pack=pack)
    x = next(x for x in d.drafted if text[x.anchor[0]:x.anchor[1]] == "106")
    assert x.missing == ("period",) and x.record["metric"] == "overdose_deaths" and x.record["value"] == "106"
    assert any("names no period of its own" in n for n in x.notes)


def test_a_rate_no_rate_metric_names_is_left_for_the_editor(pack):
    """'1.10 deaths for every 100 million vehicle miles traveled' (no rate metric of the pack) is
    drafted without its metric, commented out, its period read."""
    text = "Ohio recorded 1.10 deaths for every 100 million vehicle miles traveled in 2021.\n"
    d = auditor.draft(text, published=date(2022, 5, 1), pack=pack)
    x = next(x for x in d.drafted if text[x.anchor[0]:x.anchor[1]].startswith("1.10"))
    assert "metric" not in x.record and "metric" in x.missing and x.record["period"] == "in 2021"


def test_a_comparison_whose_metric_is_not_named_is_left_for_the_editor(pack):
    """'Both sets of numbers represented minor increases from 2019': a comparison the clause states
    without naming what rose, drafted without its metric, commented out."""
    text = "Guilford County had 140 overdose deaths in 2020.\n\nBoth sets of numbers represented minor increases from 2019.\n"
    d = auditor.draft(text, published=date(2021, 3, 1), pack=pack)
    x = next(x for x in d.drafted if "comparison" in x.record)
    assert "metric" not in x.record and "metric" in x.missing
    assert x.record["comparison"]["relation"] == "higher"


@pytest.mark.parametrize("sentence, figure", [
    ("Hamilton had 63 deaths, Preble 10, Union seven and Greene six.", "10"),
    ("Butler reported 41 crashes, Warren 18 and Clinton 4.", "18"),
    ("Butler reported 41 crashes, Warren 18 and Clinton 4.", "4"),
])
def test_a_place_and_its_figure_after_a_figure_is_a_list_item_not_a_name(sentence, figure):
    assert figure in [q.text for q in find_quantities(sentence)]


@pytest.mark.parametrize("sentence, name", [
    ("The district moved 400 laptops to Windows 10 last year.", "10"),
    ("The company sold the iPhone 11 and the Galaxy S9.", "11"),
    ("Crews closed Highway 61, Route 9 and Interstate 40 for 3 days.", "9"),
])
def test_a_number_in_a_name_stays_a_name(sentence, name):
    assert name not in [q.text for q in find_quantities(sentence)]


def test_not_a_single_death_is_none(pack):
    text = ("COLUMBIA, S.C. — Sumter County had 23 traffic deaths in 2019. Bamberg County did not experience a "
            "single highway death in 2019.\n")
    d = auditor.draft(text, published=date(2020, 1, 1), pack=pack, title="Traffic deaths fall across the state")
    zero = [x.record for x in d.drafted if x.record.get("value") == "0"]
    assert [(r["metric"], r["place"]) for r in zero] == [("traffic_deaths", "bamberg-county-sc")]


def test_no_with_a_noun_the_vocabulary_does_not_name_is_no_zero(pack):
    text = "COLUMBUS, Ohio — The city's 2022 budget totals $1.1 billion. The budgets contained no tax increases.\n"
    d = auditor.draft(text, published=date(2022, 3, 1), pack=pack, title="City budget adopted")
    assert not [x for x in d.drafted if x.record.get("value") == "0"]


def test_a_date_range_written_with_weekdays_is_one_period(pack):
    text = ("Akron budget\n\nThe Akron City Council approved the budget on Tuesday. The 150-page operating budget will be "
            "active from Sat., Oct. 1, 2022-Sat., Sept. 30, 2023.\n\nThe police budget is $98.2 million.\n")
    records = drafted_records(text, published=date(2022, 9, 15), pack=pack)
    assert any(r.get("period") == "2022-10-01/2023-09-30" for r in records)
    assert all(r.get("period") != "sept. 30, 2023" for r in records)


def test_a_comparison_over_a_range_of_years_is_of_the_later_than_the_earlier(pack):
    """'a decrease in overdose deaths from 2014 to 2015' is of 2015, lower than 2014 (complete);
    a change with a size over months keeps its range ('from December to January')."""
    text = "There was a decrease in overall overdose deaths from 2014 to 2015 in York County.\n"
    d = auditor.draft(text, published=date(2016, 8, 12), pack=pack)
    [item] = [x for x in d.drafted if "comparison" in x.record]
    assert item.complete
    assert (item.record["period"], item.record["comparison"]) == ("2015", {"relation": "lower", "than": "2014"})


def test_an_agency_named_with_a_documents_word_and_data_released_on_a_day(pack):
    """'according to Statistics Canada' is that body's paraphrase ('... Statistics Canada data' its
    document), not a document of no one; 'Data released Thursday by the X show' is X's document."""
    text = ("Homicides in Canada rose to 743 in 2020, according to Statistics Canada.\n\n"
            "According to Statistics Canada data, homicides in Canada rose 7 percent in 2020.\n\n"
            "Data released Thursday by the Ohio Department of Health show 5,017 overdose deaths in Ohio in 2020.\n")
    got = drafted(text, published=date(2021, 1, 21), pack=pack)
    assert (got["743"]["attribution"], got["743"]["speaker"]) == ("paraphrase", "Statistics Canada")
    assert (got["7 percent"]["attribution"], got["7 percent"]["speaker"]) == ("document", "Statistics Canada")
    assert (got["5,017"]["attribution"], got["5,017"]["speaker"]) == ("document", "Ohio Department of Health")


@pytest.mark.slow
def test_a_conditional_consequence_is_commented_out_with_a_note():
    text = _HEAD + ("Springfield recorded 41 homicides in 2024, police said. "
                    "If the trend of the last decade had held, homicides would be closer to 25, the chief said.\n")
    found = _by_figure(text)
    assert "hypothetical" not in found["41"].missing
    hypo = next(d for f, d in found.items() if "25" in f)
    assert not hypo.complete and "hypothetical" in hypo.missing
    assert any(n.startswith("hypothetical:") for n in hypo.notes)


@pytest.mark.slow
def test_a_figure_inside_the_condition_and_a_counterfactual_are_hypothetical():
    text = _HEAD + ("Springfield recorded 41 homicides in 2024, police said. "
                    "Even if 6 homicides were left out, the year was the worst since 2009. "
                    "In an ordinary year the city would have seen about 30 homicides.\n")
    found = _by_figure(text)
    assert "hypothetical" not in found["41"].missing
    for figure in ("6", "30"):
        hit = next((d for f, d in found.items() if figure in f.split()), None)
        assert hit is None or "hypothetical" in hit.missing


@pytest.mark.slow
def test_a_forecast_is_not_taken_for_a_hypothetical():
    text = _HEAD + ("Springfield recorded 41 homicides in 2024, police said. "
                    "Homicides are expected to fall to 35 in 2025, the chief said.\n")
    found = _by_figure(text)
    hit = next(d for f, d in found.items() if "35" in f)
    assert "hypothetical" not in hit.missing


def test_digits_in_a_name_are_no_figure_and_a_record_since_an_event_is_read(pack):
    """'since the Covid-19 pandemic hit': 19 is part of a name; the clause is a record low."""
    text = ("Harlan County's unemployment rate fell to 8.9 percent in July. "
            "That's the lowest it has been since the Covid-19 pandemic hit.\n")
    d = auditor.draft(text, published=date(2020, 9, 10), pack=pack)
    assert not any(x.record.get("value") == "19" for x in d.drafted)
    assert any(x.record.get("comparison", {}).get("relation") == "record-low" for x in d.drafted)


@pytest.mark.parametrize("words", ["from 2020 to 2021", "from 2019 through 2021"])
def test_a_change_over_a_range_is_of_its_later_end(pack, words):
    text = f"Tucson homicides\n\nThat is a 15% increase in homicides {words}.\n"
    change = record_with(drafted_records(text, published=date(2022, 1, 20), pack=pack), "change", "15%")
    assert str(change["period"]) == "2021"
    assert words.split()[1] in str(change["change"]["base"])


def test_a_range_with_no_change_stays_one_period(pack):
    records = drafted_records("Tucson deaths\n\nFrom January to June, 145 people died of overdoses.\n",
                              published=date(2022, 8, 1), pack=pack)
    assert str(record_with(records, "value", "145").get("period")) == "from January to June"


@pytest.mark.parametrize("text, first, second", [
    # a whole year: the year before
    ("There were 354 homicides in Chicago in 2016, compared to 365 in 2015. Several districts saw a rise "
     "in homicides in 2016: the 7th (34 to 41) and the 11th (9 to 12).", "34", "41"),
    # a month, "year over year" in the paragraph: the same month a year before
    ("Homicides in Chicago in January rose by 20 per cent (10 to 12) year over year.", "10", "12"),
    # a month, no year said: the month before
    ("Homicides in Chicago in January increased slightly, from 10 to 12.", "10", "12"),
])
def test_the_first_of_two_split_levels_is_of_the_period_before(text, first, second):
    got = _periods(text)
    assert got.get(first) and got.get(second), got
    (s1, e1), (s2, e2) = got[first], got[second]
    if "year over year" in text or s2.month == 1 and e2.month == 12:
        assert (s1, e1) == (s2.replace(year=s2.year - 1), e2.replace(year=e2.year - 1)), got
    else:
        assert (s1, e1) == (date(2017, 12, 1), date(2017, 12, 31)) and (s2, e2) == (date(2018, 1, 1), date(2018, 1, 31)), got


def test_the_first_level_of_a_month_compared_with_the_same_month_a_year_before():
    # the article compares the month with the same month a year before, naming it in another paragraph
    got = _periods("Burglaries in Chicago rose by 8% in January 2018 over January 2017.\n\n"
                   "In January 2018, homicides decreased by 32% (262 to 179).")
    assert got.get("262") == (date(2017, 1, 1), date(2017, 1, 31)), got


def test_the_later_periods_first_level_in_a_list():
    got = _periods("There were 354 homicides in Chicago in 2016, compared to 365 in 2015. Several districts saw "
                   "a rise in 2016: the 7th (34 to 41) and the 11th (9 to 12).")
    assert got.get("9") == (date(2015, 1, 1), date(2015, 12, 31)) and got.get("12") == (date(2016, 1, 1), date(2016, 12, 31)), got


def test_levels_that_name_their_own_periods_keep_them():
    got = _periods("Homicides in Chicago increased from 64 in 2014 to 65 in 2016.")
    assert got == {"64": (date(2014, 1, 1), date(2014, 12, 31)), "65": (date(2016, 1, 1), date(2016, 12, 31))}, got


def test_a_range_of_an_estimate_is_no_pair():
    drafted = [x for x in draft("Officials expect 20 to 30 homicides in Chicago in 2018.", _DAY).drafted]
    assert not any("the level it moved to" in n for x in drafted for n in x.notes), [x.notes for x in drafted]


def test_a_split_pair_also_states_its_direction():
    # "X (a to b)" is three claims: a, b and the direction (higher or lower than the earlier period)
    found = _comparisons("There were 354 homicides in Chicago in 2016, compared to 365 in 2015. Several districts "
                         "saw a rise in 2016: the 7th (34 to 41) and the 11th (17 to 12).")
    assert sorted(r["comparison"]["relation"] for r in found) == ["higher", "lower"], found
    assert all(r["comparison"]["than"] == "2015" for r in found), found


def test_no_second_direction_when_the_clause_states_a_change():
    # the change "by 20 per cent" already says which way the levels moved
    found = _comparisons("Homicides in Chicago in January rose by 20 per cent (10 to 12) year over year.")
    assert not any(r["comparison"].get("than") == "2017-01" for r in found), found


def test_a_past_year_compared_with_part_of_a_year_counts_the_same_days():
    got = _periods("In the first eight months of 2017 there were 28 homicides in Chicago, compared to 57 in 2016.")
    assert got.get("28") == (date(2017, 1, 1), date(2017, 8, 31)), got
    assert got.get("57") == (date(2016, 1, 1), date(2016, 8, 31)), got


def test_a_past_year_a_count_rose_from_stays_whole():
    # "up from four in 2020": a base the conventions read as the whole year
    got = _periods("There are 13 homicides in Chicago so far this year, up from four in 2017.")
    assert got.get("four") in (None, (date(2017, 1, 1), date(2017, 12, 31))), got


def test_a_bare_figure_in_parentheses_right_after_a_year_is_that_years():
    got = _periods("There were 354 homicides in Chicago in 2016, continuing a downward trend since 2013 (400).")
    assert got.get("400") == (date(2013, 1, 1), date(2013, 12, 31)), got


def test_a_movement_said_of_a_list_of_places_is_each_place_s(pack):
    text = "Homicides fell in Canada in 2018, with Calgary, Edmonton and Vancouver reporting the largest declines."
    got = _claims(text, pack)
    assert [(w, p, r) for w, p, r, _ in got if w == "declines"] == [
        ("declines", "calgary-ab", "lower"), ("declines", "edmonton-ab", "lower"), ("declines", "vancouver-bc", "lower")]


def test_a_headline_s_verb_before_a_list_of_places(pack):
    got = _claims("Drug overdose deaths increase in Dublin and Cork\n\nThe figures for 2018 were released on Monday.", pack)
    assert [(w, p, r) for w, p, r, _ in got] == [("increase", "dublin-ie", "higher"), ("increase", "cork-county-ie", "higher")]


def test_a_movement_also_in_a_list_of_places(pack):
    got = _claims("Homicides fell in Canada in 2018, with sharp declines also in Calgary and Edmonton.", pack)
    assert [(w, p) for w, p, *_ in got if w == "declines"] == [("declines", "calgary-ab"), ("declines", "edmonton-ab")]


def test_places_that_experienced_a_fall(pack):
    got = _claims("Quebec and Ontario both experienced declines in homicides in 2018.", pack)
    assert [(p, r) for _, p, r, _ in got] == [("quebec", "lower"), ("ontario", "lower")]


def test_places_that_report_a_rise_are_not_its_speaker(pack):
    got = _claims("Quebec and Ontario reported both considerable increases in homicides in 2018.", pack)
    assert [(p, r, s) for _, p, r, s in got] == [("quebec", "higher", None), ("ontario", "higher", None)]


@pytest.mark.parametrize("text", [
    "Residents who moved from Dallas and Chicago to Austin in 2022 saw rents rise.",
    "Homicides fell in 2022 everywhere except Dallas and Austin.",
    "Dallas and Seattle police chiefs spoke Tuesday about the rise in homicides in 2022.",
    "Mayors from Dallas and Chicago met Tuesday as homicides fell across the country in 2022.",
])
def test_a_movement_is_a_list_s_only_when_the_list_moved(pack, text):
    # the list is not split into one claim per place (one place may still be read as the clause's own)
    got = _claims(text, pack)
    assert len([p for _, p, *_ in got if p in ("dallas-tx", "chicago-il", "austin-tx", "seattle-wa")]) <= 1, got


@pytest.mark.parametrize("text", ["Vancouver, Washington and Portland saw increases in homicides in 2022.",
                                  "Portland, Maine and Dallas saw increases in homicides in 2022."])
def test_a_city_named_with_its_state_is_never_two_items(pack, text):
    got = _claims(text, pack)
    assert not {p for _, p, *_ in got} & {"washington-state", "maine"}, got


def test_a_figure_said_of_a_list_of_places_is_not_split(pack):
    got = _claims("Homicides rose 12 percent in Calgary and Edmonton in 2018, police said.", pack)
    assert [w for w, *_ in got] == ["12 percent"]


def test_a_place_named_with_its_province_is_one_place(pack):
    got = _claims("Calgary, Alberta saw an increase in homicides in 2018.", pack)
    assert [p for _, p, *_ in got] == ["calgary-ab"]


def test_a_rise_set_against_a_change_is_its_own(pack):
    text = ("Fourteen states, including California, recorded an increase in traffic deaths, even though the "
            "32,367 traffic deaths last year were down 1.9% from the previous year.")
    got = _claims(text, pack)
    assert ("an increase", "california", "higher", None) in got


def test_a_contrast_saying_the_same_as_the_change_is_not_drafted_again(pack):
    got = _claims("Shootings in Seattle fell in 2022, even though the decline was only 1.5 percent.", pack)
    assert [w for w, *_ in got] == ["only 1.5 percent"]


def test_places_joined_by_a_slash_are_no_speaker(pack):
    got = _claims("Calgary/Edmonton recorded 52 homicides in 2018.", pack)
    assert [(w, s) for w, _, _, s in got] == [("52", None)]


@pytest.mark.parametrize("text,figures", [
    ("Regulators projected that 25 states had more traffic deaths in 2022, while 24 states had fewer.", []),
    ("Unemployment rates were lower in August than a year earlier in 384 of the 389 metropolitan areas.", []),
    ("Of the 387 metro areas in the U.S., 200 saw unemployment rates fall in July.", []),
    ("Unemployment fell again in July. Of the 387 metro areas in the U.S., 200 saw unemployment rates fall in July.",
     ["fell"]),
    ("Of seven neighboring Southwest Arkansas counties surveyed, five saw a decline in the jobless rate.", []),
    ("In the nation's 10 largest cities, homicides rose 5 percent in 2022.", ["5 percent"]),
])
def test_a_count_of_places_is_no_claim(pack, text, figures):
    d = auditor.draft(text, published=date(2023, 1, 9), pack=pack)
    assert [text[x.anchor[0]:x.anchor[1]] for x in d.drafted] == figures


def test_a_run_in_list_quotes_each_entry_alone(pack):
    # 3. back to the dash before, but not over the list's previous entry
    got = _quotes("Homicides in Dallas: 2021 – 41, 2022 – 52, 2023 – 60.", pack)
    assert (got["52"], got["60"]) == ("2022 – 52", "2023 – 60"), got


def test_line_items_of_spending_after_include_are_left_out():
    # a sentence's list and a bulleted list after "include:": no line item is a claim
    text = ("Council adopts budget\n\nThe council adopted a $48.2 million budget for 2019 on Monday. Major planned "
            "capital expenditures this year include $1.1 million for recreation projects, $835,000 for City Hall "
            "upgrades, $260,000 for Court House upgrades and $847,500 for public works projects.\n"
            "Some highlights of the budget include:\n-- $65,000 for a police vehicle and equipment.\n"
            "-- $14,000 for rifles for patrol officers.\n-- $67,500 for a new truck for the Parks Department.\n")
    found = _by_figure(text)
    for figure in ("$1.1 million", "$835,000", "$260,000", "$847,500", "$65,000", "$14,000", "$67,500"):
        assert "line item" in found[figure].missing, figure
        assert any(n.startswith("line item:") for n in found[figure].notes)
    assert "line item" not in found["$48.2 million"].missing


def test_sums_of_funds_listed_and_a_single_sum_stay_claims():
    text = ("Council adopts budget\n\nIncluded in this year's budget are more than $75 million for the general "
            "fund, more than $104.1 million for the Power and Light Department, nearly $28 million for the water "
            "department and $23.5 million for water pollution control. The budget includes $16.9 million for "
            "paving next year.\n")
    found = _by_figure(text)
    for figure in ("more than $75 million", "more than $104.1 million", "nearly $28 million", "$23.5 million",
                   "$16.9 million"):
        assert "line item" not in found[figure].missing, figure


def test_a_breakdown_after_a_sentence_with_include_stays_claims():
    # "includes" in an earlier sentence of the line does not introduce the list; a blank line is no item
    text = ("Council adopts budget\n\nThe general fund includes money for 150 new positions. The general fund "
            "breaks down as:\n\n  • $491.3 million for public safety\n  • $180.6 million for infrastructure\n"
            "  • $97.6 million for financial growth\n")
    found = _by_figure(text)
    for figure in ("$491.3 million", "$180.6 million", "$97.6 million"):
        assert "line item" not in found[figure].missing, figure


@pytest.mark.parametrize("text,figure", [
    ("Burglaries rose 15 percent last year. Three of the six police divisions in the city recorded increases of "
     "20 percent or more.", "Three"),
    ("Ridership rose 2 percent in 2012, the transit association said. View totals for 113 different transit "
     "systems.", "113"),
    ("Reported crimes rose last year, with an increase in 12 of the categories.", "12"),
    ("Burglaries rose 15 percent last year. Three of the city's six police divisions recorded increases of 20 "
     "percent or more.", "Three"),
])
def test_a_count_of_bodies_or_units_is_left_out(text, figure):
    found = _by_figure(text)
    assert "places counted" in found[figure].missing, figure
    assert any(n.startswith("places counted:") for n in found[figure].notes)


@pytest.mark.parametrize("text,figure", [
    ("Homicides fall in Springfield\n\nPolice recorded 23 homicides in counties north of the city last year.", "23"),
    ("Fire crews answered 1,204 calls in 2024, up from 1,150 in 2023.", "1,204"),
    ("Police recorded 412 burglaries in the city's five districts last year.", "412"),
])
def test_a_figure_beside_places_it_is_of_stays_a_claim(text, figure):
    found = _by_figure(text)
    assert "places counted" not in found[figure].missing, found[figure].missing


@pytest.mark.parametrize("text, expected", [
    # the second level moved from, its "from" left out: a level of its own and a comparison with it
    ("In Denver, there were 39 thefts from vehicles this year, down from 48 last year and 99 in 2019.",
     {("99", "value"), ("down", "lower", "2021-01-01/2021-12-20"), ("down", "lower", "in 2019")}),
    # "from the 1,303 recorded in 2017", "down again from the ...": each level left is compared with
    ("In Denver, police recorded 1,128 offences in 2018, down from the 1,303 recorded in 2017 and down "
     "again from the 1,532 recorded in 2016.",
     {("1,532", "value"), ("down", "lower", "in 2017"), ("down", "lower", "in 2016")}),
    # a year after "from" is no level left: the percentage after "and" stays a change of its own
    ("In Denver, 6,227 pedestrians were killed in 2018, a 4 percent hike from 2017 and 35 percent since 2008.",
     {("35 percent", "change")}),
    # the level reached after "from 22,714 in 2017 to": a value, its thousands comma no end of the words
    ("Denver also saw a fall in offences, down from 22,714 in 2017 to 21,631 in 2018.",
     {("21,631", "value"), ("down", "lower", "in 2017")}),
    # a difference after "and" is no second level: "12 fewer" a change, "25% above the average" too
    ("Denver had 310 burglaries in 2021, down from 350 in 2020 and 12 fewer than in 2019.",
     {("12", "change")}),
    ("Denver had 40 homicides in 2021, up from 32 in 2020 and 25% above the five-year average.",
     {("25%", "change")}),
    # a percentage after a percentage moved from is the second level
    ("In Denver, the rate was 3.6 percent in 2021, down from 4.4 percent in 2020 and 5.1 percent in 2019.",
     {("5.1 percent", "value")}),
])
def test_each_level_moved_from_is_compared_with(text, expected, pack):
    got = set()
    for x in auditor.draft(text, published=date(2022, 12, 20), pack=pack).drafted:
        figure = text[x.anchor[0]:x.anchor[1]]
        kind = next(k for k in ("value", "change", "comparison", "share") if k in x.record)
        got.add((figure, kind))
        if kind == "comparison":
            got.add((figure, x.record["comparison"]["relation"], x.record["comparison"].get("than")))
    assert expected <= got
    # each figure named reads only as said: no extra value or change of it
    named = {e[0] for e in expected if len(e) == 2}
    assert {g for g in got if len(g) == 2 and g[1] != "comparison" and g[0] in named} == {
        e for e in expected if len(e) == 2}


@pytest.mark.parametrize("text, expected", [
    # a superlative the clause's subject, the figure its level in a year: a record beside the value
    ("Minnesota fire deaths: The lowest number of fire fatalities on record in Minnesota was 35 in 2009, and the "
     "highest was 134 in 1976.", {("35", "value"), ("35", "record-low"), ("134", "value"), ("134", "record-high")}),
    # a rank is no record
    ("In Denver, the second-highest total was 40 in 2012.", {("40", "value")}),
    # "the highest ... since there were 175 in 1991": a record over the years after 1991, 175 that year's level
    ("Denver had 160 homicides in 2021, the highest yearly total since there were 175 in 1991.",
     {("160", "value"), ("175", "value"), ("the highest yearly total since", "record-high")}),    # the sentence before gives the other end as recorded
    ("The rate is 5.87 per 100,000, slightly higher than the lowest rate of 5.53, which was recorded in 2010. The "
     "greatest was 32.1 in 1973.", {("5.87 per 100,000", "value"), ("5.53", "value"), ("32.1", "value"), ("32.1", "record-high")}),
])
def test_the_highest_was_a_figure_in_a_year_is_a_record(text, expected, pack):
    got = {(text[x.anchor[0]:x.anchor[1]], x.record["comparison"]["relation"] if "comparison" in x.record else "value")
           for x in auditor.draft(text, published=date(2022, 12, 20), pack=pack).drafted}
    assert got == expected


@pytest.mark.parametrize("text, figure", [
    # no record said, a window, a change, a rank across others: no record at the figure
    ("In Denver, the highest number of fire deaths was 9 in 2016.", "9"),
    ("In Denver, the lowest number of fire deaths on record was 3 in 2009. The highest number of fire deaths in the "
     "past decade was 9 in 2016.", "9"),
    ("In Denver, the lowest number of fire deaths on record was 3 in 2009. The biggest drop in fire deaths was 12 "
     "in 2015.", "12"),
    ("In Denver, burglaries hit a record low in 2020. Among the county's towns, the highest was 40 burglaries in "
     "2021.", "40"),    # "recorded" says what was counted, not a record
    ("Denver police recorded 45 homicides in 2023. The highest was 61 in 2021.", "61"),
])
def test_the_highest_was_a_figure_is_no_record_unless_said(text, figure, pack):
    got = [x.record["comparison"]["relation"] for x in auditor.draft(text, published=date(2022, 12, 20), pack=pack).drafted
           if text[x.anchor[0]:x.anchor[1]] == figure and "comparison" in x.record]
    assert not got


@pytest.mark.parametrize("text, expected", [
    # "have fallen from A in 2006 to B in 2012", "dipped from A to B": a direction besides the two levels
    ("In Denver, road fatalities have fallen from 365 in 2006 to 162 in 2012.", ("fallen", "lower")),
    ("In Denver, total citations dipped from 349 to 151 in 2012.", ("dipped", "lower")),
    # the direction of two levels (no metric named) is said by the words before them, where the hand quotes it
    ("In Denver, driving under the influence was down from 70 to 37 in 2012.", ("down", "lower")),
    # no word of direction: the two levels say it
    ("In Denver, burglaries (70 to 37) in 2012.", ("70 to 37", "lower")),
])
def test_a_movement_from_a_level_is_said_by_its_words(text, expected, pack):
    got = [(text[x.anchor[0]:x.anchor[1]], x.record["comparison"]["relation"])
           for x in auditor.draft(text, published=date(2013, 3, 12), pack=pack).drafted if "comparison" in x.record]
    assert got == [expected]


@pytest.mark.parametrize("text, complete", [
    # two levels "compared to" each other, no direction said: the convention writes the two values
    ("In Denver, police made 521 drug arrests in 2012 compared to 392 in 2011.", False),
    # a direction said in words ("below") is the story's comparison
    ("In Denver, the jobless rate was 3.4% in August 2012, below the 4% in August 2011.", True),
    # the clause says the direction before the two levels: the story's comparison, at its word
    ("In Denver, officers unlocked fewer vehicles in 2012, helping 308 motorists in 2012 compared to 359 in 2011.", True),
    ("In Denver, police issued more traffic summonses in 2012: 1,403 in 2012 compared to 1,233 in 2011.", True),
    # a movement verb says it too
    ("In Denver, police arrests rose to 521 in 2012 compared to 392 in 2011.", True),
    ("In Denver, burglaries fell sharply: 4,210 in 2012 versus 5,020 in 2011.", True),
    # the word nearest the figures says it
    ("In Denver, fewer officers issued more traffic summonses in 2012: 1,403 in 2012 compared to 1,233 in 2011.", True),
    # not an adjective's or an aside's direction word
    ("In Denver, the city issued fewer permits amid rising costs: 300 in 2012 compared to 350 in 2011.", True),
    ("In Denver, police made more arrests in 2012 even as crime declined: 521 in 2012 compared to 392 in 2011.", True),
    # ... but a progressive with an adverb says it
    ("In Denver, burglaries are still falling: 392 in 2012 compared to 521 in 2011.", True),
])
def test_levels_compared_are_a_complete_comparison_only_when_words_say_the_direction(text, complete, pack):
    d = auditor.draft(text, published=date(2013, 3, 12), pack=pack).drafted
    assert [x.complete for x in d if "comparison" in x.record] == [complete]
    assert all(x.complete for x in d if "value" in x.record)


def test_two_levels_with_no_period_still_state_their_direction():
    # "rose from 51 to 57": the two levels and the direction, the periods left to write (commented out)
    found = [x for x in draft("The number of homicides in Chicago rose from 51 to 57, police said.", _DAY).drafted
             if "comparison" in x.record]
    assert [x.record["comparison"] for x in found] == [{"relation": "higher"}], [x.record for x in found]
    assert {"period", "comparison.than"} <= set(found[0].missing), found[0].missing


@pytest.mark.parametrize("text, values", [
    ("Homicides in Chicago fell from six in 2016 to one in 2017.", ["six", "one"]),
    ("Homicides in Chicago rose from one in 2016 to six in 2017.", ["one", "six"]),
    # "one" as a determiner stays no figure
    ("Homicides in Chicago moved from one district to another in 2017.", []),
    ("Homicides in Chicago fell in one district in 2017.", []),
])
def test_one_as_a_level_moved_from_or_to_is_a_figure(text, values):
    assert [x.record["value"] for x in draft(text, _DAY).drafted if "value" in x.record] == values


@pytest.mark.parametrize("sentence", [
    "The unemployment rate in Springfield was 5.1 percent in March, down slightly from 5.9 percent in February.",
    "The unemployment rate in Springfield was 5.1 percent in March. That is down from the revised 5.9 percent "
    "reported for February.",
    # kept: no adverb, no "the"
    "The unemployment rate in Springfield was 5.1 percent in March, down from 5.9 percent in February.",
])
def test_a_percentage_moved_from_after_an_adverb_or_the_is_a_level(sentence):
    found = {sentence[x.anchor[0]:x.anchor[1]]: x.record for x in draft(sentence, _DAY).drafted}
    assert found["5.9 percent"].get("value") == "5.9 percent", found


@pytest.mark.parametrize("text, values", [
    ("Homicides in Chicago nearly tripled, from 15 to 43, in 2017.", ["15", "43"]),
    ("In 2017 homicides in Chicago increased by over 42%, from 80 to 114.", ["80", "114"]),
])
def test_levels_after_a_multiple_or_a_percentage_moved_are_two_figures(text, values):
    assert [x.record["value"] for x in draft(text, _DAY).drafted if "value" in x.record] == values


def test_two_levels_with_the_noun_counted_between_state_their_direction():
    found = _comparisons("Homicide cases in Chicago saw a slight increase from 380 cases to 573 in 2017.")
    assert [r["comparison"]["relation"] for r in found] == ["higher"], found


def test_one_more_than_is_a_change_by_one():
    text = "Chicago had 12 homicides in 2017, one more than in 2016."
    changes = [x.record["change"] for x in draft(text, _DAY).drafted if "change" in x.record]
    assert [(c.get("phrase"), c.get("base")) for c in changes] == [("up one", "in 2016")], changes
    # a change against an average stays left out
    text = "Chicago had 12 homicides in 2017, one less than the five-year average."
    assert not [x for x in draft(text, _DAY).drafted if "change" in x.record]


@pytest.mark.parametrize("text", [
    "Chicago had 12 homicides in 2017. Burglaries fell to one of the lowest levels in a decade.",
    "Chicago had 12 homicides in 2017. The shooting left the victim down to one lung.",
    "Chicago had 12 homicides in 2017. One homicide was one more than the police expected.",
    "Chicago had 12 homicides in 2017. The number of patrol officers was cut from two to one per car.",
])
def test_one_after_to_or_before_more_than_no_period_is_no_figure(text):
    assert [x.record.get("value") or x.record.get("change") for x in draft(text, _DAY).drafted
            if x.record.get("value") == "one" or "change" in x.record] == []


def test_a_list_of_three_places_broken_by_its_serial_comma_moves_whole(pack):
    # the ", and" of "Calgary, Edmonton, and Vancouver" ends a clause; each place of the list still rose
    got = _claims("Homicides fell in Canada in 2018, with Calgary, Edmonton, and Vancouver all seeing increases.", pack)
    assert [(p, r) for w, p, r, _ in got if w == "increases"] == [
        ("calgary-ab", "higher"), ("edmonton-ab", "higher"), ("vancouver-bc", "higher")]


def test_two_places_parted_by_a_comma_and_are_no_list_of_one_movement(pack):
    # "Dallas, and Austin saw": a clause of its own about Austin, Dallas is not said to have risen
    got = _claims("Homicides fell in Dallas, and Austin saw increases in homicides.", pack)
    assert ("dallas-tx", "higher") not in [(p, r) for _, p, r, _ in got], got


def test_slayings_are_the_killings_counted_before(pack):
    d = auditor.draft("Detroit recorded 271 homicides in 2019. Chicago had 435 slayings in 2019, police said.",
                      published=date(2019, 12, 31), pack=pack)
    assert [(x.record.get("metric"), x.record.get("value")) for x in d.drafted] == [("homicides", "271"), ("homicides", "435")]


def test_a_list_closed_by_a_second_and_is_two_clauses(pack):
    # "Chicago, Detroit, and Memphis, and Cleveland saw a decline": the decline is Cleveland's alone
    got = _claims("Homicides rose in Chicago, Detroit, and Memphis, and Cleveland saw a decline in 2019.", pack)
    assert [(p, r) for w, p, r, _ in got if w == "a decline"] == [("cleveland-oh", "lower")], got
