"""Who gives a figure (round 49): a post written in lower case after the reporting verb ("said
police spokeswoman Ana Ruiz", "said sheriff's spokesman Tom Lee"); "states" as a reporting verb
("..., states Ann Holt, district superintendent"); initials without the place before them ("DPS" for
the Ohio Department of Public Safety)."""

from datetime import date

import pytest

from draft_helpers import drafted, pack  # noqa: F401  (a fixture)


def _voices(text, pack):
    """Each drafted figure's (speaker, attribution), by the words of the figure."""
    return {k: (r.get("speaker"), r.get("attribution")) for k, r in drafted(text, published=date(2021, 3, 4), pack=pack).items()}


@pytest.mark.parametrize("sentence, figure, speaker", [
    ("In 2020, 61 people died of overdoses in the county, said police spokeswoman Ana Ruiz.", "61",
     "Ana Ruiz, police spokeswoman"),
    ("Last year, 38 assaults were reported at the jail, said sheriff’s spokesman Tom Lee.", "38",
     "Tom Lee, sheriff’s spokesman"),
    ("In 2020, 61 people died of overdoses in the county, said county coroner Jane Roe.", "61",
     "Jane Roe, county coroner"),
])
def test_a_post_in_lower_case_after_the_verb_is_the_speakers(pack, sentence, figure, speaker):
    assert _voices(sentence + "\n", pack)[figure] == (speaker, "paraphrase")


def test_a_sheriffs_post_after_another_sheriff_is_named(pack):
    got = _voices("Sheriff Bill Ames said the jail was full.\n\n"
                  "Last year, 38 assaults were reported at the jail, said sheriff’s spokesman Tom Lee.\n", pack)
    assert got["38"] == ("Tom Lee, sheriff’s spokesman", "paraphrase")


@pytest.mark.parametrize("sentence, figure", [
    ("In 2020, 61 people died of overdoses in the county, police said.", "61"),
    ("In 2020, 61 people died of overdoses in the county, said police.", "61"),
])
def test_a_body_alone_after_the_verb_is_still_the_body(pack, sentence, figure):
    assert _voices(sentence + "\n", pack)[figure] == ("police", "paraphrase")


def test_states_before_a_name_and_post_is_a_reporting_verb(pack):
    got = _voices("“Enrollment rose to 1,240 students this fall,” states Ann Holt, district superintendent.\n\n"
                  "According to Holt, the board approved a budget of $14.2 million.\n", pack)
    assert got["1,240"] == ("Ann Holt, district superintendent", "direct-quote")
    assert got["$14.2 million"] == ("Ann Holt, district superintendent", "paraphrase")


def test_states_as_a_noun_is_no_speaker(pack):
    got = _voices("Traffic deaths rose in 30 states last year, with 1,200 more deaths than in 2019.\n", pack)
    assert got["1,200"] == (None, "reporter")


def test_initials_without_the_place_are_the_body_named_in_full(pack):
    text = ("The Ohio Department of Public Safety tracks every crash.\n\n"
            "Statewide, 1,230 people died on the roads in 2020, DPS said.\n")
    assert _voices(text, pack)["1,230"] == ("Ohio Department of Public Safety", "paraphrase")


def test_initials_of_two_bodies_named_in_full_stay_as_written(pack):
    text = ("The Ohio Department of Public Safety and the Iowa Department of Public Safety both track crashes.\n\n"
            "Statewide, 1,230 people died on the roads in 2020, DPS said.\n")
    assert _voices(text, pack)["1,230"] == ("DPS", "paraphrase")
