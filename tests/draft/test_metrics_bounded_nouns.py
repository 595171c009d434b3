"""A metric's name whose noun a number bounds ("days a jail held 60 or more inmates") counts
something else (days): its last noun is no generic word that name stands for."""

from __future__ import annotations

from datetime import date

import auditor

from draft_helpers import pack  # noqa: F401  (a fixture)


def test_a_noun_bounded_by_a_number_heads_no_metric(pack):
    text = ("Jail crowding grows in Callaway County\nFULTON, Mo. - The county jail is crowded, the sheriff said.\n"
            "The jail has seen the average number of inmates rise over four years: 66 in 2010 and 87 in 2013.\n")
    d = auditor.draft(text, published=date(2014, 11, 12), pack=pack)
    metrics = [x.record.get("metric") for x in d.drafted if text[x.anchor[0]:x.anchor[1]].endswith("87")]
    assert metrics == [None]      # not "days a jail held 60 or more inmates": left for the editor


def test_a_topic_word_of_the_headline_narrows_no_name(pack):
    """ "No end to the opioid crisis": the topic's word makes no later "overdose deaths" opioid deaths
    (a body's word still does: "Sheriff's Office ... calls for service", tested elsewhere)."""
    text = ("No end to the opioid crisis in Clark County\nSPRINGFIELD, Ohio - The opioid crisis has yet to peak, "
            "officials said.\nThe county recorded 79 overdose deaths last year, the coroner said.\n")
    d = auditor.draft(text, published=date(2017, 5, 1), pack=pack)
    metrics = [x.record.get("metric") for x in d.drafted if text[x.anchor[0]:x.anchor[1]].endswith("79")]
    assert metrics == ["overdose_deaths"]
