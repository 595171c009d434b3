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


@pytest.mark.parametrize("sentence", [
    "Chief Ann Ruiz reminded the council that robberies fell from 40 in 2015 to 22 in 2016.",
    "Chief Ann Ruiz has predicted a 25 percent turnout.",
    "Chief Ann Ruiz projected that homicides would fall to 30 in 2017.",
    "Chief Ann Ruiz had warned that the 219 overdose deaths of 2016 could rise.",
])
def test_a_person_who_reminds_predicts_or_warns_is_paraphrased(pack, sentence):
    got = _voices("Police Chief Ann Ruiz spoke on Tuesday. " + sentence, pack)
    assert got and all(v == ("Ann Ruiz, Police Chief", "paraphrase") for v in got.values()), got


def test_a_figure_nobody_reports_stays_the_reporters(pack):
    got = _voices("Police Chief Ann Ruiz spoke on Tuesday. Robberies fell from 40 in 2015 to 22 in 2016.", pack)
    assert got and all(v[1] == "reporter" for v in got.values()), got
