"""The seventeenth round, WHO (draft-17a): a document cited with no issuer ("newly released
statistics show", "according to a new state report") is the one the article names an issuer for
elsewhere, the nearest by paragraph, with a note; a document the article never names an issuer for
keeps none, and a figure with no voice of its own stays the reporter's. Sentences written for these
tests (figures made up), none about Birmingham, Alabama."""

from __future__ import annotations

from datetime import date

import auditor.draft

from draft_helpers import pack  # noqa: F401  (the fixture)


def _voices(text: str, pack) -> dict[str, tuple]:
    return {x.record["quote"]["text"]: (x.record.get("speaker"), x.record["attribution"], x.notes)
            for x in auditor.draft(text, date(2024, 5, 10), pack=pack).drafted}


def test_a_document_with_no_issuer_is_the_one_named_in_the_next_paragraph(pack):
    text = ("Home sales in Millbrook\n\nHome sales in the Millbrook area rose 12% last month compared with March, "
            "newly released statistics show.\n\nFigures from the Millbrook Valley Real Estate Board show 420 "
            "sales in April.\n")
    voices = _voices(text, pack)
    lede = next(v for q, v in voices.items() if q.startswith("Home sales in the Millbrook area rose 12%"))
    assert lede[:2] == ("Millbrook Valley Real Estate Board", "document")
    assert any(n.startswith("speaker: 'Millbrook Valley Real Estate Board'") and "check" in n for n in lede[2])
    named = next(v for q, v in voices.items() if q.startswith("420 sales"))
    assert named[:2] == ("Millbrook Valley Real Estate Board", "document")
    assert not any(n.startswith("speaker:") for n in named[2])      # its own sentence names it: no note


def test_the_nearest_issuer_wins_and_the_earlier_on_a_tie(pack):
    text = ("Jobless rate\n\nData from the Ohio Bureau of Employment Services show Lorain County's "
            "unemployment rate at 5.2 percent in June.\n\nThe rate in Erie County fell to 4.4 percent in June, "
            "according to a new state report.\n\nFigures from the Bureau of Labor Statistics show the national "
            "rate at 4.0 percent in June.\n")
    voices = _voices(text, pack)
    middle = next(v for q, v in voices.items() if "4.4 percent" in q)
    assert middle[:2] == ("Ohio Bureau of Employment Services", "document")


def test_a_document_the_article_names_no_issuer_for_keeps_none(pack):
    text = ("Fire deaths\n\nTwelve people died in fires in Dunmore County in 2023, police said.\n\n"
            "The county had 310 fires in 2023, according to the report.\n")
    voices = _voices(text, pack)
    fires = next(v for q, v in voices.items() if "310 fires" in q)
    assert fires[:2] == (None, "document")
    police = next(v for q, v in voices.items() if q.startswith("Twelve people"))
    assert police[:2] == ("police", "paraphrase")       # a paraphrase is no document to fill


def test_a_figure_with_no_voice_stays_the_reporters_beside_a_named_document(pack):
    text = ("Overdoses\n\nOverdose deaths in Carver County rose to 41 in 2023, according to figures from the "
            "Minnesota Department of Health.\n\nThe county recorded 29 overdose deaths in 2021.\n")
    voices = _voices(text, pack)
    later = next(v for q, v in voices.items() if "29 overdose deaths" in q)
    assert later[:2] == (None, "reporter")


# --- a body that recorded the figures speaks for them --------------------------------------------------

def test_a_body_that_recorded_the_figures_is_their_speaker(pack):
    text = ("Homicides\n\nThrough May 5, Portland police have recorded 30 homicides, up from 24 at the same "
            "time last year.\n\nThe Iowa Department of Transportation is reporting 101 traffic deaths so far "
            "this year.\n")
    voices = _voices(text, pack)
    assert next(v for q, v in voices.items() if "30 homicides" in q)[:2] == ("Portland police", "paraphrase")
    assert next(v for q, v in voices.items() if "101 traffic deaths" in q)[:2] == \
        ("Iowa Department of Transportation", "paraphrase")


def test_a_place_that_recorded_a_count_or_a_count_recorded_on_a_day_has_no_speaker(pack):
    text = ("Murders\n\nThe city has recorded 149 murders so far this year.\n\nThere were 12 homicides recorded "
            "Sunday across the county.\n")
    voices = _voices(text, pack)
    assert next(v for q, v in voices.items() if "149 murders" in q)[:2] == (None, "reporter")
    assert next(v for q, v in voices.items() if "12 homicides" in q)[:2] == (None, "reporter")


def test_one_who_says_it_goes_before_one_who_recorded_it(pack):
    text = ("Crime\n\nPolice in Wessex recorded 4,000 more offences, which the Home Office said was driven by "
            "a rise in thefts.\n")
    voices = _voices(text, pack)
    assert next(v for q, v in voices.items() if "4,000" in q)[:2] == ("Home Office", "paraphrase")


def test_officials_of_a_level_of_government_issue_the_data_they_give(pack):
    text = ("Fire deaths\n\nNine people died in fires in Dunmore County in March, according to data from state "
            "fire officials.\n")
    voices = _voices(text, pack)
    assert next(v for q, v in voices.items() if q.startswith("Nine people"))[:2] == ("state fire officials", "document")
