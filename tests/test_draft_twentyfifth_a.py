"""Twenty-fifth drafting round, what and where (draft-25a): a rise or fall said of a list of
places is one claim per place (sentences written for these tests, read with the articles' pack)."""

from datetime import date

import pytest

import auditor.draft
from draft_helpers import pack  # noqa: F401  (the fixture)


def _claims(text, pack):
    d = auditor.draft(text, published=date(2019, 11, 27), pack=pack)
    return [(text[x.anchor[0]:x.anchor[1]], x.record.get("place"), x.record.get("comparison", {}).get("relation"),
             x.record.get("speaker")) for x in d.drafted]


def test_a_movement_said_of_a_list_of_places_is_each_place_s(pack):
    text = "Homicides fell in Canada in 2018, with Calgary, Edmonton and Vancouver reporting the largest declines."
    got = _claims(text, pack)
    assert [(w, p, r) for w, p, r, _ in got if w == "declines"] == [
        ("declines", "calgary-ab", "lower"), ("declines", "edmonton-ab", "lower"), ("declines", "vancouver-bc", "lower")]


def test_a_headline_s_verb_before_a_list_of_places(pack):
    got = _claims("Drug overdose deaths increase in Dublin and Cork\n\nThe figures for 2018 were released on Monday.", pack)
    assert [(w, p, r) for w, p, r, _ in got] == [("increase", "dublin-ie", "higher"), ("increase", "cork-county-ie", "higher")]


def test_a_movement_also_in_a_list_of_places(pack):
    got = _claims("Homicides fell in Canada in 2018, with sharp declines also in Calgary and Edmonton.", pack)
    assert [(w, p) for w, p, *_ in got if w == "declines"] == [("declines", "calgary-ab"), ("declines", "edmonton-ab")]


def test_places_that_experienced_a_fall(pack):
    got = _claims("Quebec and Ontario both experienced declines in homicides in 2018.", pack)
    assert [(p, r) for _, p, r, _ in got] == [("quebec", "lower"), ("ontario", "lower")]


def test_places_that_report_a_rise_are_not_its_speaker(pack):
    got = _claims("Quebec and Ontario reported both considerable increases in homicides in 2018.", pack)
    assert [(p, r, s) for _, p, r, s in got] == [("quebec", "higher", None), ("ontario", "higher", None)]


@pytest.mark.parametrize("text", [
    "Residents who moved from Dallas and Chicago to Austin in 2022 saw rents rise.",
    "Homicides fell in 2022 everywhere except Dallas and Austin.",
    "Dallas and Seattle police chiefs spoke Tuesday about the rise in homicides in 2022.",
    "Mayors from Dallas and Chicago met Tuesday as homicides fell across the country in 2022.",
])
def test_a_movement_is_a_list_s_only_when_the_list_moved(pack, text):
    # the list is not split into one claim per place (one place may still be read as the clause's own)
    got = _claims(text, pack)
    assert len([p for _, p, *_ in got if p in ("dallas-tx", "chicago-il", "austin-tx", "seattle-wa")]) <= 1, got


@pytest.mark.parametrize("text", ["Vancouver, Washington and Portland saw increases in homicides in 2022.",
                                  "Portland, Maine and Dallas saw increases in homicides in 2022."])
def test_a_city_named_with_its_state_is_never_two_items(pack, text):
    got = _claims(text, pack)
    assert not {p for _, p, *_ in got} & {"washington-state", "maine"}, got


def test_a_figure_said_of_a_list_of_places_is_not_split(pack):
    got = _claims("Homicides rose 12 percent in Calgary and Edmonton in 2018, police said.", pack)
    assert [w for w, *_ in got] == ["12 percent"]


def test_a_place_named_with_its_province_is_one_place(pack):
    got = _claims("Calgary, Alberta saw an increase in homicides in 2018.", pack)
    assert [p for _, p, *_ in got] == ["calgary-ab"]


@pytest.mark.parametrize("text,figures", [
    ("Regulators projected that 25 states had more traffic deaths in 2022, while 24 states had fewer.", []),
    ("Unemployment rates were lower in August than a year earlier in 384 of the 389 metropolitan areas.", []),
    ("Of the 387 metro areas in the U.S., 200 saw unemployment rates fall in July.", []),
    ("Unemployment fell again in July. Of the 387 metro areas in the U.S., 200 saw unemployment rates fall in July.",
     ["fell"]),
    ("Of seven neighboring Southwest Arkansas counties surveyed, five saw a decline in the jobless rate.", []),
    ("In the nation's 10 largest cities, homicides rose 5 percent in 2022.", ["5 percent"]),
])
def test_a_count_of_places_is_no_claim(pack, text, figures):
    d = auditor.draft(text, published=date(2023, 1, 9), pack=pack)
    assert [text[x.anchor[0]:x.anchor[1]] for x in d.drafted] == figures


@pytest.mark.parametrize("text,value", [
    ("The county recorded 14 overdose deaths in rural areas in 2022.", "14"),
    ("There were 12 homicides in the two cities in 2022, police said.", "12"),
])
def test_a_count_in_places_is_still_a_figure(pack, text, value):
    assert [x.record.get("value") for x in auditor.draft(text, published=date(2023, 1, 9), pack=pack).drafted] == [value]


def test_a_rise_set_against_a_change_is_its_own(pack):
    text = ("Fourteen states, including California, recorded an increase in traffic deaths, even though the "
            "32,367 traffic deaths last year were down 1.9% from the previous year.")
    got = _claims(text, pack)
    assert ("an increase", "california", "higher", None) in got


def test_a_contrast_saying_the_same_as_the_change_is_not_drafted_again(pack):
    got = _claims("Shootings in Seattle fell in 2022, even though the decline was only 1.5 percent.", pack)
    assert [w for w, *_ in got] == ["only 1.5 percent"]


def test_places_joined_by_a_slash_are_no_speaker(pack):
    got = _claims("Calgary/Edmonton recorded 52 homicides in 2018.", pack)
    assert [(w, s) for w, _, _, s in got] == [("52", None)]


NATIONAL_THEN = ("Drug deaths up in Dublin\n\nDrug deaths have risen in Dublin, in contrast to the rest of the country, "
                 "figures published by the health board show.\n\nThe national figures showed that drug deaths reached 736 in "
                 "2016.\n\nDrug deaths have risen from 431 in 2004.\n\n{next}")


def test_a_paragraph_naming_no_place_goes_on_with_the_national_figures_before_it(pack):
    text = NATIONAL_THEN.format(next="In Dublin, drug deaths rose to 140 in 2016.")
    places = {text[x.anchor[0]:x.anchor[1]]: x.record.get("place") for x in auditor.draft(text, published=date(2018, 1, 5), pack=pack).drafted}
    assert (places["736"], places["431"], places["140"]) == ("ireland", "ireland", "dublin-ie")


def test_a_city_s_own_paragraph_after_national_figures_is_the_city_s(pack):
    text = ("Seattle homicides rise as national numbers fall\n\nSeattle recorded 52 homicides in 2022, police said "
            "Tuesday.\n\nNationwide, homicides fell 6 percent in 2022, according to the FBI.\n\n"
            "The city's homicides rose from 40 in 2021, and shootings climbed to 300.")
    places = {text[x.anchor[0]:x.anchor[1]]: x.record.get("place") for x in auditor.draft(text, published=date(2023, 3, 1), pack=pack).drafted}
    assert (places["40"], places["300"]) == ("seattle-wa", "seattle-wa"), places


def test_a_country_named_in_the_paragraph_before_is_not_carried(pack):
    text = ("UK house prices\n\nThe average UK home is now worth £269,000 following a 3.9% rise over the year.\n\n"
            "House prices in England saw an annual rise of 3.4%, while Wales had a 5.1% increase.\n\n"
            "North of the border in Scotland house prices rose 6.4% in the year to May 2025.\n\n"
            "The report revealed more than 80,000 properties were sold in March 2025.")
    places = [x.record.get("place") for x in auditor.draft(text, published=date(2025, 7, 17), pack=pack).drafted]
    assert places[-2:] == ["scotland", "united-kingdom"]
