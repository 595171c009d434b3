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


def _metric_of(text, pack, figure, published=date(2019, 3, 1)):
    d = auditor.draft(text, published=published, pack=pack)
    return [x.record.get("metric") for x in d.drafted if text[x.anchor[0]:x.anchor[1]].endswith(figure)]


def test_a_kind_of_government_bare_in_the_headline_narrows(pack):
    """ "City finances", "Municipal taxes": a kind of government's bare word names the body."""
    assert _metric_of("Fairview's city finances tighten\nFAIRVIEW, Ohio - Officials expect a shortfall.\n"
                      "Reserves would fall to $2.7 million by June.\n", pack, "$2.7 million") == ["city_reserves"]
    assert _metric_of("Municipal taxes to rise in Maple Shade\nMAPLE SHADE, N.J. - The budget was introduced.\n"
                      "The tax levy rises to $31.2 million.\n", pack, "$31.2 million") == ["municipal_tax_levy"]


def test_one_figures_own_part_narrows_no_later_figure(pack):
    """The police figure's "police" is its own part's word, not the article's: the firefighters' calls stay."""
    text = ("A busy year for first responders\nHARBORVIEW, Maine - Emergency crews were busy last year.\n"
            "Police answered 38,000 calls for service in 2018.\n"
            "Firefighters separately ran 2,900 calls for service, the chief said.\n")
    assert _metric_of(text, pack, "2,900") == ["emergency_calls"]


def test_a_bounded_name_still_makes_its_noun_ambiguous(pack):
    """ "days a jail held 60 or more inmates" is no candidate for "prisoners", yet the noun stays one that
    alone decides nothing: "housed 130 prisoners" is not the state's prisoners housed."""
    text = ("Jail costs climb\nFULTON, Mo. - Costs keep rising at the county jail, the sheriff said.\n"
            "The jail housed 130 prisoners on Monday.\n")
    assert _metric_of(text, pack, "130") == [None]
