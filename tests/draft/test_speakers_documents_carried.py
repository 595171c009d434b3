"""A story written up from one document: the figures the reporter gives after it, in later paragraphs and with no
other source since, are the document's, by whoever issued it (round 45)."""

from datetime import date

import auditor.draft

from draft_helpers import pack  # noqa: F401  (a fixture)


def _voices(text, pack):
    """Each drafted figure's (speaker, attribution), by the words of the figure."""
    d = auditor.draft(text, published=date(2013, 10, 9), pack=pack)
    return {text[x.anchor[0]:x.anchor[1]]: (x.record.get("speaker"), x.record.get("attribution")) for x in d.drafted}


LEDE = ("The September report from the Battleford Police Service shows calls for service fell to 1,056 from 1,257 "
        "a year earlier.\n\n")


def test_figures_after_a_document_that_opens_its_sentence_are_the_documents(pack):
    got = _voices(LEDE + "Drug offences dropped from 24 to eight, and liquor offences from 33 to 21.\n", pack)
    assert got["eight"] == got["21"] == ("Battleford Police Service", "document"), got


def test_figures_after_a_document_named_by_its_issuer_before_are_the_documents(pack):
    text = ("Crime fell to a 21-year low last year, according to the Battleford Police Service’s annual report.\n\n"
            "The report, released last month, shows violent crime fell by 38%.\n\n"
            "Burglaries dropped from 52 to 33.\n")
    assert _voices(text, pack)["33"] == ("Battleford Police Service", "document")


def test_figures_after_someone_elses_words_are_not_the_documents(pack):
    text = LEDE + "Mayor Ryan Bater said the town saw 14 break-ins in September.\n\nThefts rose to 243.\n"
    got = _voices(text, pack)
    assert got["243"][1] != "document", got


def test_figures_before_any_document_stay_the_reporters(pack):
    text = "Thefts rose to 243 in September.\n\n" + LEDE
    assert _voices(text, pack)["243"] == (None, "reporter")
