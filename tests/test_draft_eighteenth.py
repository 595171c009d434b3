"""Drafting, eighteenth round: forecasts drafted as projections; a day after "reported" is when, not who."""

import pytest

import auditor.draft


def _drafted(text: str):
    return list(auditor.draft(text, published="2024-03-12").drafted)


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


def test_hypothetical_stays_commented_out_not_projection():
    d = auditor.draft("If the trend continued, road deaths would be closer to 200 in 2024.", published="2024-03-12")
    assert d.drafted and all("hypothetical" in x.missing for x in d.drafted)
    assert not any(x.record.get("projection") for x in d.drafted)


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
