"""A body or person named again in other words: "the department", a post without an article, a body's
initials after its name, a document published by a body, a report a person announced."""

import pytest

from draft_helpers import quoted_voices, voice_of


def _voices(text):
    return quoted_voices(text, "2021-03-04")


def _of(text, figure):
    return voice_of(text, figure, "2021-03-04")


def test_a_post_opening_after_a_headline_takes_no_word_of_it_and_his_report_is_his():
    # not "Tom Lee, Springfield The Police Chief"; "Those ... represent" restates the report's figure
    text = ("Crime in Springfield\n\nThe Police Chief Tom Lee has announced a preliminary report revealing 45 homicides "
            "in Springfield in 2020. Those homicides represent a 10 percent decrease as compared to 2019.\n")
    assert _of(text, "45") == ("document", "Tom Lee, Police Chief")
    assert _of(text, "10 percent") == ("document", "Tom Lee, Police Chief")


def test_the_department_after_a_patrol_is_the_patrol():
    text = ("Crime in Springfield\n\nCrime rose in 2020, the Springfield State Highway Patrol said. There were 45 "
            "homicides in Springfield in 2020, the department said.\n")
    assert _of(text, "45") == ("paraphrase", "Springfield State Highway Patrol")


def test_a_name_then_a_post_without_an_article_said():
    text = "Crime in Springfield\n\nTom Lee, traffic engineer of the city, said there were 45 homicides in Springfield in 2020.\n"
    assert _of(text, "45") == ("paraphrase", "Tom Lee, traffic engineer of the city")


@pytest.mark.parametrize("sentence, voice", [
    # the body's initials between it and its verb
    ("There were 45 homicides in Springfield in 2020, the Central Statistics Office (CSO) has revealed.",
     ("paraphrase", "Central Statistics Office")),
    # "published by": the body, not the document's words ("Official crime figures")
    ("Official crime figures published by the CSO show 45 homicides in Springfield in 2020.", ("document", "CSO")),
    # the article's capital "The" is no part of the name
    ("According to data released by The Springfield Crime Association this week, there were 45 homicides in "
     "Springfield in 2020.", ("document", "Springfield Crime Association")),
])
def test_a_body_named_with_its_initials_or_as_a_publisher(sentence, voice):
    assert _of(f"Crime in Springfield\n\n{sentence}\n", "45") == voice


@pytest.mark.parametrize("before, speaker", [
    # a sentence's last word is no word of the patrol's name
    ("A crash closed Interstate 70 on Tuesday. The Missouri State Highway Patrol said crime rose.",
     "Missouri State Highway Patrol"),
    # "Police" alone is no body "the department" names, nor is a headline's word joined to it across a blank line
    ("Police arrested a man on Tuesday.", "department"),
])
def test_the_department_after_a_patrol_is_its_name_only(before, speaker):
    text = f"Crime in Springfield\n\n{before} There were 45 homicides in Springfield in 2020, the department said.\n"
    assert _of(text, "45") == ("paraphrase", speaker)


def test_the_department_after_another_department_is_not_the_sheriffs_office():
    text = ("Crime in Springfield\n\nDeputies with the Jackson County Sheriff's Office found the man. The county health "
            "department said 45 people died of overdoses in 2020. The figure is up from 30 in 2019, the department said.\n")
    assert _of(text, "30")[1] != "Jackson County Sheriff's Office"


@pytest.mark.parametrize("who", ["Tom Lee, who was a police officer for 20 years,", "Mary Jones, whose son was a police officer,"])
def test_a_relative_clause_between_commas_is_no_post(who):
    text = f"Crime in Springfield\n\n{who} said there were 45 homicides in Springfield in 2020.\n"
    assert "police officer" not in (_of(text, "45")[1] or "")
