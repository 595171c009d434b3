"""Who gives a figure (round 49): a post written in lower case after the reporting verb ("said
police spokeswoman Ana Ruiz", "said sheriff's spokesman Tom Lee"); "states" as a reporting verb
("..., states Ann Holt, district superintendent")."""

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


@pytest.mark.parametrize("sentence, figure", [
    ("Traffic deaths rose in 30 states last year, with 1,200 more deaths than in 2019.", "1,200"),
    # a name after the noun: the states' own, no speaker
    ("Sales rose 40 percent in 2020 across the 18 states Congress is weighing.", "40 percent"),
    ("The 12 states Gov. Jim Little listed account for 40 percent of sales.", "40 percent"),
])
def test_states_as_a_noun_is_no_speaker(pack, sentence, figure):
    assert _voices(sentence + "\n", pack)[figure] == (None, "reporter")
