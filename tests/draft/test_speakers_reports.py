"""Who gives the figures of a report released by a body, and what is no speaker."""

from datetime import date

import pytest

import auditor.draft

from draft_helpers import pack  # noqa: F401  (a fixture)


def _voices(text, pack):
    """Each drafted figure's (speaker, attribution), by the words of the figure."""
    d = auditor.draft(text, published=date(2020, 3, 2), pack=pack)
    return {text[x.anchor[0]:x.anchor[1]]: (x.record.get("speaker"), x.record.get("attribution")) for x in d.drafted}


SHERIFF = "Calls to the Marion County Sheriff’s Office rose in 2019, "


@pytest.mark.parametrize("released", ["released last week by the sheriff’s office",
                                      "released Tuesday by the sheriff’s office"])
def test_a_report_released_on_a_day_by_a_body_named_in_lower_case_is_that_bodys(pack, released):
    text = (SHERIFF + f"according to the annual report {released}. The report said deputies answered 63,289 calls "
            "for service last year.")
    assert _voices(text, pack)["63,289"] == ("Marion County Sheriff’s Office", "document")


def test_a_report_that_includes_figures_is_the_reports(pack):
    text = (SHERIFF + "according to the annual report released last week by the sheriff’s office. The report includes "
            "a summary of incidents, including 2,501 traffic stops and 1,544 vehicle crashes.")
    got = _voices(text, pack)
    assert got["2,501"] == got["1,544"] == ("Marion County Sheriff’s Office", "document"), got


def test_figures_that_include_a_count_are_still_the_reporters(pack):
    got = _voices("The county's 40 deaths of 2019 include 12 children.", pack)
    assert got and all(v == (None, "reporter") for v in got.values()), got


def test_police_who_report_that_are_paraphrased(pack):
    got = _voices("Police report that five motor vehicle thefts occurred during 2010.", pack)
    assert got["five"][1] == "paraphrase", got


@pytest.mark.parametrize("sentence, figure", [
    ("In 2010, police received reports of 223 burglaries.", "223"),     # reports received: no one reports
    # a count of what recorded it is no speaker
    ("Two Districts recorded slight drops in the crime rate, with Tasman down 3 percent.", "3 percent"),
])
def test_figures_no_one_reports_stay_the_reporters(pack, sentence, figure):
    got = _voices(sentence, pack)
    assert got[figure] == (None, "reporter"), got


def test_a_connective_alone_is_no_speaker(pack):
    text = ("Fire deaths rose last year, figures from the Home Office show.\n\nAlso revealed in the statistics, "
            "20 people lost their lives in house fires over the last five years.\n")
    assert _voices(text, pack)["20"] == ("Home Office", "document")


def test_the_end_of_a_bodys_name_is_no_person(pack):
    text = ("Troopers made 20,143 DUI arrests in 2018, according to State Police.\n\n“Impaired driving is a serious "
            "crime,” said Colonel Robert Evanchick, commissioner of the Pennsylvania State Police.\n")
    # (the state's force, named with the claim's state: round 45)
    assert _voices(text, pack)["20,143"] == ("Pennsylvania State Police", "paraphrase")


def test_numbers_provided_by_someone_are_their_document(pack):
    text = ("Voter turnout\n\nSix days before the election, 98,544 ballots had been returned in Clark County, according "
            "to numbers provided by Clark County Elections Supervisor Cathie Garber.\n")
    assert _voices(text, pack)["98,544"] == ("Cathie Garber, Clark County Elections Supervisor", "document")
    assert _voices(text.replace("numbers provided", "figures supplied"), pack)["98,544"] == (
        "Cathie Garber, Clark County Elections Supervisor", "document")
    # a document credited in lower case is not theirs: nobody the article names
    text = ("Crime falls in Walpole\n\nBurglaries fell to 212 in 2023, according to data provided by the state.\n\n"
            "Homicides rose to 14 in 2023, according to figures supplied by residents.\n\nRobberies numbered 88 in "
            "2023, according to numbers provided by Walpole Police Chief John Carmichael.\n")
    got = _voices(text, pack)
    assert [got["212"], got["14"]] == [(None, "document")] * 2 and got["88"][0] == "John Carmichael, Walpole Police Chief"
