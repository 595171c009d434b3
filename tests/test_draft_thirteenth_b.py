"""The thirteenth round, WHO and WHEN (draft-13b): classes counted over every development set, not
read from one article. When: a change measured over a figure or on a period has that period as its
base, not its period; a change over a range of two periods is of the later one; a figure naming no
period in a story whose words name one past whole year most is of that year. Who: a fire marshal's
post, a post before the name after a comma, a body's person, a name and post before ", and"; the
body named right before a document; plural speakers mid-sentence, "points out", "notes", ", per".
Sentences written for these tests (figures made up), none about Birmingham, Alabama."""

from __future__ import annotations

from datetime import date

import pytest

import auditor.draft  # noqa: F401  (auditor.draft, used by drafted_records)
from auditor.draft.attribution import people

from draft_helpers import pack  # noqa: F401  (the fixture)
from draft_helpers import drafted_records, record_with


# --- a change's base said as a figure's year, or "on" a period ----------------------------------

@pytest.mark.parametrize("sentence, phrase", [
    ("There were 212 overdose deaths, a 24% increase over 171 in 2020.", "24%"),
    ("Crews answered 212 calls, a decrease of 12 percent on 2020.", "12 percent"),
])
def test_a_change_over_a_figures_year_is_not_of_that_year(pack, sentence, phrase):
    text = "Highland County\n\nOverdose deaths in Highland County rose sharply in 2021, the coroner said.\n\n" + sentence + "\n"
    change = record_with(drafted_records(text, published=date(2022, 3, 9), pack=pack), "change", phrase)
    assert "2020" not in str(change.get("period"))
    assert "2020" in str(change["change"].get("base"))


def test_over_a_figure_with_no_change_is_still_its_own_period(pack):
    # "over 300 deaths in 2021" qualifies the figure: 2021 is its period
    records = drafted_records("Tucson roads\n\nThe county recorded over 300 traffic deaths in 2021.\n",
                              published=date(2022, 3, 9), pack=pack)
    assert str(record_with(records, "value", "300")["period"]).endswith("2021")


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


# --- a story's one past year, for a figure naming none ---------------------------------------------

_STORY = ("Tucson sees drop in homicides\n\n"
          "Figures released Monday show the city recorded 61 homicides in 2021, down from 70 in 2020.\n\n"
          "Police made 44 arrests in 2021.\n")


def test_a_headline_naming_no_period_takes_the_year_the_story_names_most(pack):
    records = drafted_records(_STORY, published=date(2022, 1, 10), pack=pack)
    headline = next(r for r in records if "drop in homicides" in r["quote"]["text"])
    assert str(headline.get("period")).endswith("2021")


def test_no_year_is_taken_when_two_are_named_as_often(pack):
    text = ("Tucson sees drop in homicides\n\n"
            "The city recorded 61 homicides in 2021 and 70 in 2020.\n\n"
            "Police made 44 arrests in 2021 and 50 in 2020.\n")
    records = drafted_records(text, published=date(2022, 1, 10), pack=pack)
    headline = next((r for r in records if "drop in homicides" in r["quote"]["text"]), None)
    assert headline is None or headline.get("period") is None


# --- who: posts and names ------------------------------------------------------------------------

@pytest.mark.parametrize("text, label", [
    ("State Fire Marshal Ann B. Carter said 41 people died in fires in 2022.", "Ann B. Carter, State Fire Marshal"),
    ("The spokeswoman for the county health department, Jane Rollins says 35 people died.",
     "Jane Rollins, spokeswoman for the county health department"),
    ("The Ohio Department of Health’s Mark Denton said 300 people died.", "Mark Denton, Ohio Department of Health"),
    ("Anne Ford, communications director at the State Police Office of Traffic Safety, and Bill Hart, at the "
     "council, said the numbers could rise.", "Anne Ford, communications director at the State Police Office of Traffic Safety"),
])
def test_a_person_named_with_a_post(text, label):
    assert label in [p.label for p in people(text).persons]


def test_a_person_is_quoted_by_their_full_post(pack):
    text = ("Fire deaths\n\nState Fire Marshal Ann B. Carter said 41 people died in fires in 2022.\n\n"
            "Carter said 12 of the deaths were in homes without smoke alarms.\n")
    records = drafted_records(text, published=date(2023, 1, 20), pack=pack)
    assert {r.get("speaker") for r in records if r.get("attribution") == "paraphrase"} == {"Ann B. Carter, State Fire Marshal"}


# --- who: documents and reporting words ----------------------------------------------------------

@pytest.mark.parametrize("sentence, speaker", [
    ("The Kansas Highway Patrol's preliminary data shows there were 410 traffic deaths in 2022.", "Kansas Highway Patrol"),
    ("The Nevada Department of Education data shows that 4,800 fewer students enrolled in 2022.",
     "Nevada Department of Education"),
    ("There have been 61 homicides in Tucson so far this year, according to police records.", "police"),
    ("This data shows 297 overdose deaths in 2023.", None),
])
def test_the_body_whose_document_gives_the_figures(pack, sentence, speaker):
    records = drafted_records("Tucson\n\n" + sentence + "\n", published=date(2023, 11, 2), pack=pack)
    record = next(r for r in records if r.get("attribution") == "document")
    assert record.get("speaker") == speaker


@pytest.mark.parametrize("sentence, speaker", [
    ("This winter is the snowiest on record with 131 inches of snow, per the National Weather Service.",
     "National Weather Service"),
    ("The year is not over, but state officials say fire deaths are already 30 percent higher than in 2021.",
     "state officials"),
    ("But Hart points out that only one of the 22 deaths was in a home with a working smoke alarm.", "Hart"),
    ("Dr. Mendoza also notes that overdose deaths rose 12 percent in 2021.", "Dr. Mendoza"),
])
def test_a_speaker_named_with_other_reporting_words(pack, sentence, speaker):
    records = drafted_records("Tucson\n\n" + sentence + "\n", published=date(2022, 2, 1), pack=pack)
    assert any(r.get("attribution") == "paraphrase" and r.get("speaker") == speaker for r in records)


def test_per_before_a_count_is_no_speaker(pack):
    records = drafted_records("Tucson\n\nThe rate was 5.9 deaths per 100,000 people in 2021.\n",
                              published=date(2022, 2, 1), pack=pack)
    assert all(r.get("attribution") == "reporter" for r in records)


@pytest.mark.parametrize("sentence, speaker", [
    ("Homicides rose to 702 in 2020, according to a September report from Statistics Canada.", "Statistics Canada"),
    ("The jobless rate was 3.4 percent in August, according to the U.S. Bureau of Labor Statistics.",
     "U.S. Bureau of Labor Statistics"),
])
def test_a_document_word_inside_a_bodys_name_is_the_body(pack, sentence, speaker):
    records = drafted_records("Tucson\n\n" + sentence + "\n", published=date(2021, 10, 1), pack=pack)
    assert {r.get("speaker") for r in records} == {speaker}


def test_a_title_is_no_post():
    text = ("“Overdoses rose,” said Dr. Nora Ellis, the county’s health commissioner. Dr. Nora Ellis said 80 people "
            "died in 2022.")
    assert {p.label for p in people(text).persons} == {"Nora Ellis, county’s health commissioner"}

