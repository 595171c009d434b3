"""Which words the drafter quotes for a figure."""

from __future__ import annotations

from datetime import date

import pytest

import auditor.draft

from draft_helpers import drafted, drafted_records, stated
from draft_helpers import pack  # noqa: F401  (a fixture)


def _quotes(text: str, pack, published=date(2023, 2, 1)) -> dict[str, str]:
    d = auditor.draft(text, published=published, pack=pack)
    return {words: r["quote"]["text"] for words, r in stated(text, d)}


@pytest.mark.parametrize("sentence, figure, quote", [
    ("It was a sharp jump compared with the 102 homicides recorded in the city in 2021.", "102",
     "compared with the 102 homicides recorded in the city in 2021"),
    ("That is 14 more deaths than a year ago and the most since 150 in 1991.", "150", "since 150 in 1991"),
    ("The county saw an increase of nine fatalities from the 27 recorded in 2020.", "27", "from the 27 recorded in 2020"),
])
def test_a_figure_compared_with_is_quoted_from_the_words_that_introduce_it(pack, sentence, figure, quote):
    text = "Columbus in 2022\n\nColumbus recorded 140 homicides in 2022.\n\n" + sentence + "\n"
    assert _quotes(text, pack)[figure] == quote


def test_a_movement_from_a_level_keeps_its_words(pack):
    # "rose from 73 in 2019" is the movement's, not a figure introduced by "from"
    text = "Dayton overdoses\n\nThe number of overdose deaths in Dayton rose from 73 in 2019 to 109 in 2020.\n"
    assert _quotes(text, pack)["73"].startswith("The number of overdose deaths")


def test_two_figures_joined_by_but_are_quoted_apart(pack):
    text = ("Dayton crime\n\nThe police report showed burglaries in Dayton down 4.2% but robberies up 11.5% "
            "compared to the prior year.\n")
    quotes = _quotes(text, pack)
    assert "11.5%" not in quotes["4.2%"] and "4.2%" not in quotes["11.5%"]


@pytest.mark.parametrize("sentence, figure, quote", [
    ("The Akron City Council voted to adopt a $412 million budget for 2024 that will include a raise for firefighters.",
     "$412 million", "The Akron City Council voted to adopt a $412 million budget for 2024"),
    ("Akron police reported 61 homicides last year which broke the record set in 1994.",
     "61", "Akron police reported 61 homicides last year"),
])
def test_a_relative_clause_after_the_figure_is_left_out_of_its_quote(pack, sentence, figure, quote):
    quotes = _quotes("Akron\n\n" + sentence + "\n", pack)
    assert quotes[figure] == quote


def test_of_which_stays_with_its_figure(pack):
    text = "Akron fire calls\n\nThe Akron Fire Department answered 41,200 calls in 2022, 30,100 of which were medical.\n"
    assert "of which were medical" in _quotes(text, pack)["30,100"]


def test_compared_to_is_no_movements_to(pack):
    text = "Akron budget\n\nThe general fund increased by $8.4 million compared to 2022 and includes 15 new officers.\n"
    quotes = _quotes(text, pack, published=date(2022, 9, 15))
    assert quotes["$8.4 million"].endswith("compared to 2022")


def test_the_place_named_post_after_a_quotation(pack):
    """'..., the York County coroner said' names the coroner named before ('Pam Gay, York County
    coroner')."""
    text = ("Pam Gay, York County coroner, said overdoses are a concern.\n\n"
            "\"While 12 overdose deaths were heroin-related in 2015, that will change,\" the York County coroner said.\n")
    record = drafted(text, published=date(2016, 8, 12), pack=pack)["12"]
    assert (record["attribution"], record["speaker"]) == ("direct-quote", "Pam Gay, York County coroner")


def test_a_quote_leaves_out_an_opening_connective(pack):
    """'However, the number of heroin deaths increased to 65 in 2015': the quote opens at the
    claim's own words."""
    text = "However, the number of heroin deaths in York County increased to 65 in 2015.\n"
    got = drafted(text, published=date(2016, 8, 12), pack=pack)
    assert got["65"]["quote"]["text"].startswith("the number of heroin deaths")


def test_a_level_reached_and_a_record_said_after_are_quoted_apart(pack):
    """'fell four-tenths of a point in July, to 4.4 percent' and 'dropped one-tenth of a percent to
    5.4%': the level reached has its own words; 'an increase from 13 in 2018 and the highest number
    recorded in the past decade': the figure's words end before the record."""
    text = ("Harlan County's unemployment rate fell four-tenths of a point in July, to 4.4 percent.\n\n"
            "The rate dropped one-tenth of a percent to 5.4%.\n\n"
            "Of the office's 810 investigations in 2019, 20 involved overdose deaths, an increase from 13 in 2018 "
            "and the highest number recorded in the past decade.\n")
    quotes = {w: r["quote"]["text"] for w, r in drafted(text, published=date(2022, 9, 1), pack=pack).items()}
    assert quotes["4.4 percent"] == "to 4.4 percent"
    assert quotes["5.4%"] == "to 5.4%"
    assert quotes["13"] == "an increase from 13 in 2018"


def test_a_figure_in_parentheses_is_quoted_with_its_name(pack):
    """'the county's labor force (25,100) and number of employed (24,000) both dropped': each
    figure in parentheses is quoted with the name before it, up to the parenthesis."""
    text = ("In an unusual occurrence, Harlan County's labor force (25,100) and number of employed (24,000) "
            "both dropped during July.\n")
    quotes = {w: r["quote"]["text"] for w, r in drafted(text, published=date(2022, 9, 1), pack=pack).items()}
    assert quotes["24,000"] == "number of employed (24,000)"


def test_figures_in_parentheses_after_a_figure_are_quoted_as_the_parentheses(pack):
    """'up 14 per cent (459 to 522)', 'over 2022 (6832 to 7649)': the counts behind a change are
    quoted as the parentheses alone, not the whole clause (round 44); a figure in parentheses
    after words ('nearly two hundred (186)') is not."""
    text = ("Break and enters were up 14 per cent (459 to 522) in the first quarter of 2023 in Kelowna.\n\n"
            "Total calls for service in Kelowna were down by some 800 calls over 2022 (6832 to 7649), police said.\n\n"
            "Thefts from vehicles in Kelowna fell by nearly two hundred (186) in March 2023.\n")
    quotes = {w: r["quote"]["text"] for w, r in drafted(text, published=date(2023, 4, 5), pack=pack).items()}
    assert quotes["459"] == quotes["522"] == "(459 to 522)"
    assert quotes["6832"] == "(6832 to 7649)"
    assert quotes["186"] != "(186)"
    text = ("Ward 7 (22 homicides) had the most killings in Kelowna in 2022.\n\n"
            "Police District 3 (412 burglaries) led Kelowna in 2022, followed by District 5 (301).\n")
    quotes = {w: r["quote"]["text"] for w, r in drafted(text, published=date(2023, 4, 5), pack=pack).items()}
    assert quotes["22"] != "(22 homicides)" and quotes["412"] != "(412 burglaries)" and quotes["301"] != "(301)"


def test_a_person_is_quoted_by_their_full_post(pack):
    text = ("Fire deaths\n\nState Fire Marshal Ann B. Carter said 41 people died in fires in 2022.\n\n"
            "Carter said 12 of the deaths were in homes without smoke alarms.\n")
    records = drafted_records(text, published=date(2023, 1, 20), pack=pack)
    assert {r.get("speaker") for r in records if r.get("attribution") == "paraphrase"} == {"Ann B. Carter, State Fire Marshal"}


def test_a_figures_part_of_a_clause_read_again_is_the_same_as_read_afresh():
    # _segment keeps its answers (lru_cache): each figure of these clauses gets the part the
    # uncached reading gives, asked once or twice
    from auditor.draft.quoting import _segment
    text = ("As of Sunday, detectives investigated 337 homicides, 96 more than by this time last year, "
            "officials said. Arrests fell 7 percent from 2021 and 15 percent from 2013. "
            "Violent crimes (including robbery, rape, kidnapping) — 13.")
    clauses = [(0, 101), (102, 175), (176, len(text))]
    for a, b in clauses:
        for figure in ("337", "96", "7 percent", "15 percent", "13."):
            at = text.find(figure, a, b)
            if at < 0:
                continue
            anchor = (at, at + len(figure))
            fresh = _segment.__wrapped__(text, a, b, anchor)
            assert _segment(text, a, b, anchor) == fresh == _segment(text, a, b, anchor)
    assert _segment(text, 102, 175, (text.index("15 percent"), text.index("15 percent") + 10))[0] > 102
