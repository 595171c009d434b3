"""The quoted words of the levels a movement reaches or leaves."""

from datetime import date

import auditor.draft

from draft_helpers import pack  # noqa: F401  (a fixture)


def _quotes(text, pack):
    """Each drafted figure's quoted words, by the words of the figure."""
    d = auditor.draft(text, published=date(2012, 2, 6), pack=pack)
    return {text[x.anchor[0]:x.anchor[1]]: text[x.quote[0]:x.quote[1]] for x in d.drafted}


def test_the_level_a_movement_reaches_is_quoted_with_its_to(pack):
    got = _quotes("Burglaries were down from 85 to 70, and thefts were down from 716 to 608.", pack)
    assert (got["70"], got["608"]) == ("to 70", "to 608"), got


def test_the_level_a_movement_leaves_keeps_the_movements_words(pack):
    got = _quotes("Reported burglaries dropped slightly from 92 in 2010 to 83 in 2011.", pack)
    assert got["92"] == "Reported burglaries dropped slightly from 92 in 2010", got


def test_a_figure_compared_to_after_another_is_quoted_from_compared(pack):
    got = _quotes("Deputies unlocked fewer cars in 2011, helping 308 motorists compared to 359 in 2010.", pack)
    assert got["359"] == "compared to 359 in 2010", got
