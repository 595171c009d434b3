"""Round 38 (dr38d): a line of a photo's credit is no part of the post on the line after it; two figures
joined by "while" or "with" are quoted apart."""

from auditor.draft import draft


def _voices(text):
    """(quote, attribution, speaker) of each drafted figure."""
    return [(c.record["quote"]["text"], c.record["attribution"], c.record.get("speaker")) for c in draft(text, "2021-07-20").drafted]


def _of(text, figure):
    return next((a, s) for q, a, s in _voices(text) if figure in q)


def test_a_credit_line_before_a_caption_is_no_part_of_the_post():
    text = ("Fewer fires in 2015\n\nCraig Shoup\nFremont Fire Department Chief Dave Foos.\n\n"
            "\"We had 52 residential fires in 2015,\" Foos said.\n")
    assert _of(text, "52") == ("direct-quote", "Dave Foos, Fremont Fire Department Chief")


def test_two_figures_joined_by_while_or_with_are_quoted_apart():
    text = ("Overdoses in Springfield\n\nOf the 2020 overdose deaths in Springfield, 36 involved heroin while 83 involved "
            "fentanyl.\n\nThe state was at 568 traffic deaths with a total of 572 traffic deaths for all of 2016.\n")
    quotes = [q for q, _, _ in _voices(text)]
    assert "36 involved heroin" in quotes and "83 involved fentanyl" in quotes
    assert "The state was at 568 traffic deaths" in quotes


def test_with_right_before_the_figure_keeps_the_words_before_it():
    text = "Calls in Tucson\n\nWard 3 was the busiest for the fire department with 19,613 calls in 2020.\n"
    assert [q for q, _, _ in _voices(text)] == ["Ward 3 was the busiest for the fire department with 19,613 calls in 2020"]
