"""Round 38 (dr38d): a line of a photo's credit is no part of the post on the line after it; two figures
joined by "while" or "with" are quoted apart."""

from draft_helpers import quoted_voices, voice_of


def _voices(text):
    return quoted_voices(text, "2021-07-20")


def _of(text, figure):
    return voice_of(text, figure, "2021-07-20")


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


def test_a_labels_number_or_a_verbs_with_joins_no_two_statements():
    """Review38d: a ward's, station's or road's number, an age, or "dealt with", "on pace with" is no
    second statement; nor is a post wrapped across a line ("Springfield Police⏎Chief John Smith")."""
    cases = {
        "Station 12 was the busiest for the fire department with over 19,000 calls in 2022.": "19,000",
        "Interstate 40 was again the deadliest road in the county with at least 31 deaths last year.": "31",
        "A 19-year-old man was charged with murder in the deaths of 2 people at a Main Street apartment.": "2 people",
        "The 44 homicides so far this year are on pace with the five-year average of 41.": "44",
    }
    for sentence, figure in cases.items():
        quotes = [q for q, _, _ in _voices(f"Story\n\n{sentence}\n") if figure in q]
        assert quotes and set(quotes) == {sentence.rstrip(".")}, (sentence, quotes)
    text = "Crime in Springfield\n\nSpringfield Police\nChief John Smith said the city had 14 homicides in 2020.\n"
    assert _of(text, "14")[1] == "John Smith, Springfield Police Chief"
