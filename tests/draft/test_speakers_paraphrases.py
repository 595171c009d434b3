"""How far a person's or a body's paraphrase goes on, and what is no speaker."""

from datetime import date

import pytest

import auditor.draft

from draft_helpers import pack  # noqa: F401  (a fixture)


def _voices(text, pack):
    """Each drafted figure's (speaker, attribution), by the words of the figure."""
    d = auditor.draft(text, published=date(2017, 2, 6), pack=pack)
    return {text[x.anchor[0]:x.anchor[1]]: (x.record.get("speaker"), x.record.get("attribution")) for x in d.drafted}


REMINDS_PREDICTS_WARNS = ("Chief Ann Ruiz reminded the council that robberies fell from 40 in 2015 to 22 in 2016.",
                          "Chief Ann Ruiz has predicted a 25 percent turnout.",
                          "Chief Ann Ruiz projected that homicides would fall to 30 in 2017.",
                          "Chief Ann Ruiz had warned that the 219 overdose deaths of 2016 could rise.")


OPENING = "Sheriff Tom Baker said deputies made 250 drunken driving arrests in 2016. "


@pytest.mark.parametrize("sentence", REMINDS_PREDICTS_WARNS)
def test_a_person_who_reminds_predicts_or_warns_is_paraphrased(pack, sentence):
    got = _voices("Police Chief Ann Ruiz spoke on Tuesday. " + sentence, pack)
    assert got and all(v == ("Ann Ruiz, Police Chief", "paraphrase") for v in got.values()), got


def test_a_figure_nobody_reports_stays_the_reporters(pack):
    got = _voices("Police Chief Ann Ruiz spoke on Tuesday. Robberies fell from 40 in 2015 to 22 in 2016.", pack)
    assert got and all(v[1] == "reporter" for v in got.values()), got


def test_all_told_is_no_speaker(pack):
    got = _voices("All told, deputies answered 18,772 calls for service in 2021.", pack)
    assert got == {"18,772": (None, "reporter")}


def test_one_named_before_told_still_speaks(pack):
    got = _voices("Chief Ann Ruiz told reporters deputies answered 18,772 calls for service in 2021.", pack)
    assert got == {"18,772": ("Ann Ruiz, Chief", "paraphrase")}


def test_a_body_paraphrased_goes_on_over_the_paragraph(pack):
    got = _voices("The Iowa State Patrol said 402 people died on Iowa roads in 2016. Traffic deaths rose 25 percent "
                  "from 2015.", pack)
    assert got["25 percent"] == ("Iowa State Patrol", "paraphrase"), got


def test_a_persons_paraphrase_stays_in_its_sentence(pack):
    got = _voices(OPENING + "The county had 12 traffic deaths in 2016.", pack)
    assert got["250"] == ("Tom Baker, Sheriff", "paraphrase")
    assert got["12"] == (None, "reporter")


def test_a_persons_paraphrase_goes_on_after_but(pack):
    got = _voices(OPENING + "But the county had 12 traffic deaths in 2016.", pack)
    assert got["12"] == ("Tom Baker, Sheriff", "paraphrase")


def test_a_bodys_paraphrase_still_goes_on(pack):
    got = _voices("The sheriff's office said deputies made 250 drunken driving arrests in 2016. "
                  "The county had 12 traffic deaths in 2016.", pack)
    assert got["12"][1] == "paraphrase"


def test_a_persons_paraphrase_goes_on_after_a_colon(pack):
    got = _voices("Sheriff Tom Baker said: deputies made 250 drunken driving arrests in 2016. "
                  "The county had 12 traffic deaths in 2016.", pack)
    assert got["12"] == ("Tom Baker, Sheriff", "paraphrase")


@pytest.mark.parametrize("text, who", [
    ("Occupancy tax collections topped $11 million in 2016, tourism officials said Thursday.", "tourism officials"),
    ("The county had 12 inmates held out of county in 2015, jail officials said.", "jail officials"),
    # a word that is no field of theirs stays out
    ("Enrollment fell by 227 students in 2015, but officials said the drop was anticipated.", "officials"),
    ("Enrollment fell by 227 students in 2015, several officials said.", "officials"),
    ("The town collected $2.2 million in fees in 2023, after officials said rates would rise.", "officials"),
    # the field word is the officials' alone
    ("Walpole police made 512 arrests in 2023, anonymous sources said.", "sources"),
    ("Walpole police made 512 arrests in 2023, yet sources said more went unreported.", "sources"),
])
def test_officials_keep_the_word_of_their_field(pack, text, who):
    got = _voices(text, pack)
    assert got and {v for v in got.values()} == {(who, "paraphrase")}, got
