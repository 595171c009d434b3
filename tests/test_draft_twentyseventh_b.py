"""Twenty-seventh drafting round (draft-27b): speakers, attribution and quote spans (sentences
written for these tests, read with the articles' pack)."""

from datetime import date

import pytest

import auditor.draft
from draft_helpers import pack  # noqa: F401  (the fixture)


def _voices(text, pack):
    """Each drafted figure's (speaker, attribution), by the words of the figure."""
    d = auditor.draft(text, published=date(2017, 2, 6), pack=pack)
    return {text[x.anchor[0]:x.anchor[1]]: (x.record.get("speaker"), x.record.get("attribution")) for x in d.drafted}


REMINDS_PREDICTS_WARNS = ("Chief Ann Ruiz reminded the council that robberies fell from 40 in 2015 to 22 in 2016.",
                          "Chief Ann Ruiz has predicted a 25 percent turnout.",
                          "Chief Ann Ruiz projected that homicides would fall to 30 in 2017.",
                          "Chief Ann Ruiz had warned that the 219 overdose deaths of 2016 could rise.")


@pytest.mark.parametrize("sentence", REMINDS_PREDICTS_WARNS)
def test_a_person_who_reminds_predicts_or_warns_is_paraphrased(pack, sentence):
    got = _voices("Police Chief Ann Ruiz spoke on Tuesday. " + sentence, pack)
    assert got and all(v == ("Ann Ruiz, Police Chief", "paraphrase") for v in got.values()), got


def test_a_figure_nobody_reports_stays_the_reporters(pack):
    got = _voices("Police Chief Ann Ruiz spoke on Tuesday. Robberies fell from 40 in 2015 to 22 in 2016.", pack)
    assert got and all(v[1] == "reporter" for v in got.values()), got


def _quotes(text, pack):
    """Each drafted figure's quoted words, by the words of the figure."""
    d = auditor.draft(text, published=date(2022, 1, 13), pack=pack)
    return {text[x.anchor[0]:x.anchor[1]]: text[x.quote[0]:x.quote[1]] for x in d.drafted}


def test_a_figure_alone_after_a_dash_is_quoted_with_its_label(pack):
    got = _quotes("Below is a breakdown of the calls deputies answered in 2021:\n\n"
                  "Burglaries (including sheds, garages and homes)— 132\n\nHomicides— 4\n", pack)
    assert got == {"132": "Burglaries (including sheds, garages and homes)— 132", "4": "Homicides— 4"}


def test_the_label_goes_back_only_to_the_dash_before(pack):
    got = _quotes("Consider the length of the beach – 24 miles — and the number of homicides in 2021 — 12.", pack)
    assert got["12"] == "the number of homicides in 2021 — 12"


@pytest.mark.parametrize("text, figure, quote", [
    ("Police recorded 25 homicides in 2023 — up from 20 in 2022.", "20", "up from 20 in 2022"),
    ("Homicides rose to 25 in 2023 - from 20 in 2022.", "20", "from 20 in 2022"),
])
def test_a_figure_with_words_after_a_dash_keeps_its_own_part(pack, text, figure, quote):
    assert _quotes(text, pack)[figure] == quote


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
