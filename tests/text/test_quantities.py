"""Finding quantities in news sentences, with their qualifier, direction and unit."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from auditor.text.quantities import Quantity, find_quantities, parse_value_phrase

try:
    from num2words import num2words   # test oracle: an independent number-to-words writer
except ImportError:  # pragma: no cover - the word laws need it, the rest does not
    num2words = None
needs_num2words = pytest.mark.skipif(num2words is None, reason="num2words is not installed")


def only(text: str) -> Quantity:
    quantities = find_quantities(text)
    assert len(quantities) == 1, quantities
    return quantities[0]


# ---- the seed phrases of issue 3 ---------------------------------------------------
# (sentence, value, high, qualifier, direction, NewsQuant change, unit)
SEEDS = [
    ("over 2,000 guns", "2000", None, "over", None, ">", "guns"),
    ("more than 1500 guns", "1500", None, "over", None, ">", "guns"),
    ("almost two to three hundred more than last year", "200", "300", "nearly", "up", "~", None),
    ("99 homicides", "99", None, "exact", None, "=", "homicides"),
    ("eight shooting death", "8", None, "exact", None, "=", "shooting"),
    ("Half of those deaths", "0.5", None, "exact", None, "=", None),
    ("down 24 percent", "24", None, "exact", "down", "down", "percent"),
    ("dropped by 22 percent", "22", None, "exact", "down", "down", "percent"),
    ("nearly 100 guns", "100", None, "nearly", None, "~", "guns"),
    ("7000 fewer crimes", "7000", None, "exact", "down", "=", "crimes"),
    ("down approximately about 29 to 32 percent", "29", "32", "about", "down", "~", "percent"),
]


@pytest.mark.parametrize(("text", "value", "high", "qualifier", "direction", "change", "unit"), SEEDS,
                         ids=[seed[0] for seed in SEEDS])
def test_seed_phrases(text, value, high, qualifier, direction, change, unit) -> None:
    quantity = only(text)
    assert (quantity.value, quantity.high, quantity.qualifier, quantity.direction,
            quantity.change, quantity.unit) == (value, high, qualifier, direction, change, unit)
    assert text[quantity.start:quantity.end] == quantity.text


def test_direction_word_before_a_clause_counts_in_a_value_phrase() -> None:
    quantity = parse_value_phrase("up, but only at a rate of 5.1%")
    assert quantity is not None
    assert (quantity.value, quantity.unit, quantity.direction) == ("5.1", "percent", "up")


@pytest.mark.parametrize(
    ("phrase", "value", "high", "qualifier", "direction"),
    [
        ("over 2,000", "2000", None, "over", None),
        ("more than 1500", "1500", None, "over", None),
        ("nearly 100", "100", None, "nearly", None),
        ("almost two to three hundred", "200", "300", "nearly", None),
        ("approximately about 29 to 32 percent", "29", "32", "about", None),
        ("99", "99", None, "exact", None),
        ("eight", "8", None, "exact", None),
        ("half", "0.5", None, "exact", None),
        ("5.1%", "5.1", None, "exact", None),
        ("24 percent", "24", None, "exact", None),
        ("7000 fewer", "7000", None, "exact", "down"),
        ("at least 30", "30", None, "at-least", None),
        ("up to 400", "400", None, "up-to", None),
        ("fewer than 10", "10", None, "under", None),
        ("no more than 50", "50", None, "at-most", None),
        ("20 or more", "20", None, "at-least", None),
        ("dozens", "12", "120", "exact", None),
    ],
)
def test_value_phrases(phrase, value, high, qualifier, direction) -> None:
    quantity = parse_value_phrase(phrase)
    assert quantity is not None
    assert (quantity.value, quantity.high, quantity.qualifier, quantity.direction) == (
        value, high, qualifier, direction)


@pytest.mark.parametrize("phrase", ["", "   ", "no number here", "the first time"])
def test_value_phrase_without_a_number(phrase: str) -> None:
    assert parse_value_phrase(phrase) is None


# ---- claim-file fields: the strict reading (auditor/loading/phrases.py) -------------

@pytest.mark.parametrize(
    ("phrase", "value", "unit", "text", "direction"),
    [
        ("1900 more", "1900", None, "1900", "up"),            # a figure, not a year
        ("2018", "2018", None, "2018", None),
        ("12 guns recovered", "12", "guns recovered", "12 guns recovered", None),
        ("up 2 points", "2", "points", "2 points", "up"),
        ("dropped by 22 percent", "22", "percent", "22 percent", "down"),
        ("up 13-percent", "13", "percent", "13-percent", "up"),   # a compound's hyphen, as news writes it
        ("almost two to three hundred more than last year", "200", None, "almost two to three hundred", "up"),
    ],
)
def test_strict_value_phrases(phrase, value, unit, text, direction) -> None:
    quantity = parse_value_phrase(phrase, strict=True)
    assert (quantity.value, quantity.unit, quantity.text, quantity.direction) == (value, unit, text, direction)
    assert phrase[quantity.start:quantity.end] == quantity.text


@pytest.mark.parametrize(
    ("phrase", "reason"),
    [
        ("", "empty"),
        ("lots", "cannot read a number"),
        ("1,50", "more than one figure"),
        ("3 and 4 and 5", "more than one figure"),
        ("March 29", "before the figure"),
        ("up, but only at a rate of 5.1%", "before the figure"),
        ("100 more guns", "after the figure"),
        ("up 13 -percent", "after the figure"),     # a spaced dash is no compound
        ("13-", "after the figure"),
        ("5.1% guns", "already has its unit"),
    ],
)
def test_strict_value_phrases_are_refused_with_a_reason(phrase, reason) -> None:
    from auditor.text.quantities import UnreadableValue

    with pytest.raises(UnreadableValue, match=reason):
        parse_value_phrase(phrase, strict=True)


def test_a_callers_qualifier_words_are_read_over_the_readers() -> None:
    words = (("give or take", "nearly"), ("a good", "over"))
    assert parse_value_phrase("give or take 100", qualifiers=words).qualifier == "nearly"
    assert parse_value_phrase("a good 100", qualifiers=words).qualifier == "over"
    assert parse_value_phrase("give or take 100").qualifier == "about"   # the words do not stay


# ---- forms -------------------------------------------------------------------------

@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("It cost $800 million in 2019.", "800000000", "dollar"),
        ("a fine of PS8.1bn", "8100000000", "pound"),
        ("worth $US55,931,000 ($A82,615,680)", "55931000", "dollar"),
        ("a 13.6M grant", "13600000", "grant"),
        ("notebook for 1,200\u20ac", "1200", "euro"),
        ("about 19 per cent", "19", "percent"),
        ("a rate of 1.38pc", "1.38", "percent"),
        ("hit 155mph", "155", "mph"),
        ("There were 4 hundred million people.", "400000000", "people"),
        ("the false positive rate to .001 per cent", "0.001", "percent"),
        ("1/16 of a US pint", "0.0625", None),
        ("the total offense was minus-5 yards", "-5", "yards"),
        ("One out of three Germans", "0.3333333333333333333333333333", "germans"),
    ],
)
def test_reads_digit_money_and_unit_forms(text: str, value: str, unit: str | None) -> None:
    quantity = find_quantities(text)[0]
    assert (quantity.value, quantity.unit) == (value, unit)


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("between 20 and 30 people", "20-30"),
        ("from 5 to 7 per cent", "5-7"),
        ("a 5-10W laser", "5-10"),
        ("prices of $89 to $93 billion", "89000000000-93000000000"),
        ("from $750,000 to $1 million", "750000-1000000"),
        ("There are 1 to 2 thousand people.", "1000-2000"),
        ("over the past three or four years", "3-4"),
        ("Dozens of people were killed", "12-120"),
        ("tens of thousands of students", "10000-100000"),
        ("dropping from 208 pounds to 193", "208-193"),
    ],
)
def test_reads_ranges(text: str, label: str) -> None:
    assert [q.label for q in find_quantities(text)] == [label]


@pytest.mark.parametrize(
    "text",
    [
        "Brexit is due to take place on March 29.",
        "Compass was founded in 2012 and expanded in 2017.",
        "Updated 2:55 p.m. PT: Added news.",
        "at 10.45pm last night",
        "the iPhone 11 Pro and the Big 12",
        "the S&P 500 and the FTSE 100",
        "the second straight year and the 96th minute",
        "the same one across multiple accounts",
        "a category 4 hurricane",
        "Any time on 5/17/2018 or at 192.168.1.2?",
        "a five-year plan",
        "the final third of the pitch",
    ],
)
def test_skips_what_is_not_a_quantity(text: str) -> None:
    assert find_quantities(text) == []


@pytest.mark.parametrize(
    ("text", "qualifier", "direction", "change"),
    [
        ("shares rose 5%", "exact", "up", "up"),
        ("the index was up about 19 per cent", "about", "up", "~"),
        ("creating up to 400 jobs", "up-to", None, "<"),
        ("gave up 517 rushing yards", "exact", None, "="),
        ("grow sales by 35 per cent", "exact", "up", "up"),
        ("a sharp 3 percent drop", "exact", "down", "="),
        ("just under 20 percent", "nearly", None, "~"),   # rules/qualifiers.yaml
        ("Dow +0.2%", "exact", "up", "up"),
        ("wavelengths at least 2.4 \u03bcm", "at-least", None, ">"),
        ("horsepower jumped from 240 to 273", "exact", "up", "="),
    ],
)
def test_qualifier_direction_and_change(text, qualifier, direction, change) -> None:
    quantity = only(text)
    assert (quantity.qualifier, quantity.direction, quantity.change) == (qualifier, direction, change)


def test_conversion_in_parentheses_shares_the_qualifier() -> None:
    quantities = find_quantities("more than 7.5 million Danish crowns (US $1.1 million) in deposits")
    assert [(q.value, q.change) for q in quantities] == [("7500000", ">"), ("1100000", ">")]


def test_precision_is_kept() -> None:
    assert (only("1,500 guns").value, only("1,500 guns").precision) == ("1500", "1")
    assert (only("1500.0 guns").value, only("1500.0 guns").precision) == ("1500.0", "0.1")
    assert only("5.10 percent").value == "5.10"
    assert only("1.5 million people").precision == "100000"
    assert only("two hundred people").precision == "100"
    assert only("1,500 guns").written == "1,500"


# ---- laws --------------------------------------------------------------------------

def _numbers_in_words_are_found_in_a_sentence(number: int) -> None:
    """The law of the two tests below (a few examples in the quick suite, many with -m slow)."""
    words = num2words(number).replace(",", "")
    quantity = only(f"Police said {words} cases were closed.")
    assert Decimal(quantity.value) == number
    assert quantity.unit == "cases"


@needs_num2words
@settings(max_examples=50)
@given(st.integers(min_value=2, max_value=999_999_999))
def test_numbers_in_words_are_found_in_a_sentence(number: int) -> None:
    _numbers_in_words_are_found_in_a_sentence(number)


@pytest.mark.slow
@needs_num2words
@settings(max_examples=200)
@given(st.integers(min_value=2, max_value=999_999_999))
def test_numbers_in_words_are_found_in_a_sentence_many(number: int) -> None:
    _numbers_in_words_are_found_in_a_sentence(number)


def _digit_numbers_are_found_at_written_precision(number: int, decimals: str) -> None:
    """The law of the two tests below (a few examples in the quick suite, many with -m slow)."""
    written = f"{number:,}{decimals}"
    quantity = only(f"Officials counted {written} ballots.")
    assert quantity.value == f"{number}{decimals}"
    assert quantity.written == written


@settings(max_examples=50)
@given(st.integers(min_value=0, max_value=10**9), st.sampled_from(["", ".5", ".50", ".05"]))
def test_digit_numbers_are_found_at_written_precision(number: int, decimals: str) -> None:
    _digit_numbers_are_found_at_written_precision(number, decimals)


@pytest.mark.slow
@settings(max_examples=200)
@given(st.integers(min_value=0, max_value=10**9), st.sampled_from(["", ".5", ".50", ".05"]))
def test_digit_numbers_are_found_at_written_precision_many(number: int, decimals: str) -> None:
    _digit_numbers_are_found_at_written_precision(number, decimals)


_news_alphabet = st.sampled_from(list("0123456789 ,.-%$()/:abcdefhilmnoprstuvwxyMTPSA\u2013\u00a0\u20ac"))
_news_words = st.sampled_from(["over", "more", "than", "up", "to", "down", "between", "and", "from",
                               "two", "hundred", "a", "half", "third", "dozen", "dozens", "of",
                               "million", "percent", "per", "cent", "fell", "by", "nearly", "one",
                               "-", "2,000", "1.5", "$", "%", "(", ")", "or", "more", "less", "k"])


def _never_raises_and_spans_point_at_the_text(text: str) -> None:
    """The law of the two tests below (a few examples in the quick suite, many with -m slow)."""
    quantities = find_quantities(text)
    previous_end = 0
    for quantity in quantities:
        assert 0 <= quantity.start < quantity.end <= len(text)
        assert text[quantity.start:quantity.end] == quantity.text
        assert quantity.start >= previous_end
        previous_end = quantity.end
        Decimal(quantity.value)
        assert quantity.qualifier in ("exact", "over", "at-least", "nearly", "about", "up-to",
                                      "under", "at-most")
        assert quantity.change in ("=", "~", ">", "<", "up", "down")
        assert quantity.direction in (None, "up", "down")
    parse_value_phrase(text)


@settings(max_examples=30)
@given(st.one_of(st.text(max_size=60), st.text(_news_alphabet, max_size=60),
                 st.lists(_news_words, max_size=14).map(" ".join)))
def test_never_raises_and_spans_point_at_the_text(text: str) -> None:
    _never_raises_and_spans_point_at_the_text(text)


@pytest.mark.slow
@settings(max_examples=300)
@given(st.one_of(st.text(max_size=60), st.text(_news_alphabet, max_size=60),
                 st.lists(_news_words, max_size=14).map(" ".join)))
def test_never_raises_and_spans_point_at_the_text_many(text: str) -> None:
    _never_raises_and_spans_point_at_the_text(text)


def test_non_text_input_gives_nothing() -> None:
    assert find_quantities("") == []
    assert find_quantities(None) == []  # type: ignore[arg-type]
    assert parse_value_phrase(None) is None  # type: ignore[arg-type]


def test_a_bundled_pack_that_does_not_load_is_an_error_not_a_quiet_fallback(monkeypatch):
    """The reader takes its qualifier words from the bundled rule pack; if that pack is
    broken, reading text must say so (InputError, with the file), not fall back to other
    words and read the same sentence differently."""
    import pytest

    import auditor.pack.load as load
    from auditor.errors import InputError, Problem
    from auditor.text import quantities

    broken = InputError([Problem("rules/qualifiers.yaml", 3, 1, field="qualifiers", message="not a mapping")])

    def refuse(*args, **kwargs):
        raise broken

    monkeypatch.setattr(load, "load_pack", refuse)
    quantities.default_qualifier_tables.cache_clear()
    try:
        with pytest.raises(InputError) as caught:
            quantities.find_quantities("nearly 2,000 guns")
        assert caught.value.problems[0].file == "rules/qualifiers.yaml"
    finally:
        monkeypatch.undo()
        quantities.default_qualifier_tables.cache_clear()
    assert quantities.find_quantities("nearly 2,000 guns")


@pytest.mark.parametrize(
    ("text", "figures"),
    [
        # a table row's figure, set apart from its capitalised label by a column of spaces or a tab
        ("Criminal Code Charges               513      (up 191 from 2017=322)", ["513", "191", "322"]),
        ("Drug Enforcement\t40", ["40"]),
        # a name's number after one space, or a column gap with prose after it, stays a name
        ("Criminal Code Charges 513 were laid", []),
        ("the Game  7 crowd was loud", []),
        # a name at a wrapped line's end in prose, its label not starting the line
        ("The shooting happened near Precinct  5\non Tuesday.", []),
    ],
)
def test_a_table_row_s_figure_is_no_name(text: str, figures: list[str]) -> None:
    assert [q.text for q in find_quantities(text)] == figures


@pytest.mark.parametrize("text, unit", [
    ("Opioid deaths stood at 612 across the state last year.", None),        # a preposition counts nothing
    ("Arrests reached 87 throughout the county in March.", None),
    ("The figure was 41 among teenagers.", None),
    ("Crews answered 312 calls across the county.", "calls"),                # the noun right after still counts
])
def test_a_preposition_after_a_bare_count_is_no_counted_noun(text, unit):
    quantity = next(q for q in find_quantities(text) if q.text.isdigit())
    assert quantity.unit == unit
