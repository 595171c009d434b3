"""Who gives a figure, named as the article names them in full: a city's police named in lower case after the
city, "police" or "the city's police department" of the claim's city, "Mr Corbell" after "Simon Corbell"
(round 45); a report cited again with when it came out set apart by commas ("The report, released last
month, shows")."""

from datetime import date

import pytest

from draft_helpers import drafted, pack  # noqa: F401  (a fixture)


def _voices(text, pack):
    """Each drafted figure's (speaker, attribution), by the words of the figure."""
    return {k: (r.get("speaker"), r.get("attribution")) for k, r in drafted(text, published=date(2014, 10, 2), pack=pack).items()}


def test_a_document_released_by_a_citys_police_in_lower_case_is_theirs(pack):
    text = ("Shootings rose in Chicago over the summer, according to figures released Wednesday by Chicago police.\n\n"
            "For the first nine months, 1,927 people were shot, the figures show.\n")
    assert _voices(text, pack)["1,927"] == ("Chicago police", "document")


@pytest.mark.parametrize("said, speaker", [
    ("police said", "Chicago police"),
    ("according to police", "Chicago police"),
    ("according to the city's police department", "Chicago Police Department"),
])
def test_police_named_alone_are_the_claims_citys(pack, said, speaker):
    text = f"In Chicago, 412 people were killed last year, {said}.\n"
    assert _voices(text, pack)["412"][0] == speaker


def test_police_named_alone_in_a_states_story_stay_as_written(pack):
    text = "Across Ohio, 914 people died in crashes last year, police said.\n"
    assert _voices(text, pack)["914"][0] == "police"


def test_a_title_and_surname_are_the_name_given_in_full_before(pack):
    text = ("Simon Corbell has announced falls in crime across the territory.\n\n"
            "“Robbery offences have decreased by 37% in the past year,” Mr Corbell said.\n")
    assert _voices(text, pack)["37%"] == ("Simon Corbell", "direct-quote")


def test_a_title_and_surname_never_named_in_full_stay_as_written(pack):
    text = "“Robbery offences have decreased by 37% in the past year,” Mr Corbell said.\n"
    assert _voices(text, pack)["37%"] == ("Mr Corbell", "direct-quote")


def test_a_report_released_under_its_title_is_the_releasers(pack):
    text = ("The Kansas Highway Patrol has released its Labor Day Weekend Holiday Activity Report.\n\n"
            "Troopers made 34 DUI arrests over the holiday weekend, according to the report.\n")
    assert _voices(text, pack)["34"] == ("Kansas Highway Patrol", "document")


def test_a_report_cited_again_with_when_it_came_out_set_apart_is_the_issuers(pack):
    text = ("Crime fell to a 21-year low last year, according to the Battleford Police Service’s annual report.\n\n"
            "The report, released last month, shows violent crime fell by 38%.\n\n"
            "The report, drafted by hand over a week, lists 12 robberies.\n")
    got = _voices(text, pack)
    assert got["38%"] == ("Battleford Police Service", "document")
    assert got["12"] == (None, "reporter")       # an aside that is no release: as before


def test_a_state_force_named_alone_is_the_claims_states(pack):
    text = "New Jersey ended 2022 with 705 people killed in traffic crashes, according to State Police statistics.\n"
    assert _voices(text, pack)["705"] == ("New Jersey State Police", "document")


@pytest.mark.parametrize("before, titled", [
    ("President Lopez spoke on Monday.", "Mr Lopez"),              # a post, no given name
    ("Prime Minister Abbott spoke on Monday.", "Mr Abbott"),
    ("When Corbell took office, crime was high.", "Mr Corbell"),   # a word opening a sentence
])
def test_a_post_or_a_sentences_first_word_before_the_surname_is_no_given_name(pack, before, titled):
    text = f"{before}\n\n“Robbery offences have decreased by 37% in the past year,” {titled} said.\n"
    assert _voices(text, pack)["37%"] == (titled, "direct-quote")


def test_a_title_and_surname_are_the_last_of_that_name_given_in_full(pack):
    text = ("Bill Clinton spoke first at the rally.\n\nHillary Clinton followed him.\n\n"
            "“Unemployment fell to 5.8% last year,” Mrs Clinton said.\n")
    assert _voices(text, pack)["5.8%"] == ("Hillary Clinton", "direct-quote")
