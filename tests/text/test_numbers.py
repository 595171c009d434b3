"""Number words and digit forms read back to the values they name."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from auditor.text.numbers import decimal_text, parse_number, parse_ordinal, read_number_phrase

try:
    from num2words import num2words   # test oracle: an independent number-to-words writer
except ImportError:  # pragma: no cover - the word laws need it, the rest does not
    num2words = None
needs_num2words = pytest.mark.skipif(num2words is None, reason="num2words is not installed")


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("two hundred and five", "205"),
        ("two hundred five", "205"),
        ("Twenty-One", "21"),
        ("fifty - two", "52"),
        ("1,500", "1500"),
        ("5.10", "5.10"),
        ("1500.0", "1500.0"),
        (".25", "0.25"),
        ("-9.25", "-9.25"),
        ("a dozen", "12"),
        ("half a dozen", "6"),
        ("three dozens", "36"),
        ("three hundred and two dozens", "324"),
        ("3.5 million", "3500000"),
        ("1.5 million", "1500000"),
        ("4 hundred million", "400000000"),
        ("10k", "10000"),
        ("1.2b", "1200000000"),
        ("half", "0.5"),
        ("a half", "0.5"),
        ("one and a half", "1.5"),
        ("five and a quarter", "5.25"),
        ("three quarters", "0.75"),
        ("two-thirds", "0.6666666666666666666666666667"),
        ("twenty and three fifths", "20.6"),
        ("one hundred and three quarters", "100.75"),
        ("one hundred and thirty-two fifths", "26.4"),
        ("six million and two thirds", "6666666.666666666666666666667"),
        ("one million and a half", "1500000"),
        ("one and a half million", "1500000"),
        ("half a million", "500000"),
        ("two hundred point zero three", "200.03"),
        ("nine point nought four", "9.04"),
        ("minus five point five", "-5.5"),
        ("zero", "0"),
        ("three lakh crore", "3000000000000"),
        ("2 1/4", "2.25"),
        ("3/4", "0.75"),
        ("one million, two hundred and thirty-four thousand", "1234000"),
    ],
)
def test_reads_number_expressions(text: str, value: str) -> None:
    assert parse_number(text) == Decimal(value)
    assert decimal_text(parse_number(text)) == value


@pytest.mark.parametrize("text", ["", "   ", "the", "one two", "twenty twenty", "five and",
                                  "hundred and", "seven apples", "1,50", "thousand thousand",
                                  "a", "and", "12abc"])
def test_rejects_what_is_not_one_number(text: str) -> None:
    assert parse_number(text) is None


def test_rejects_non_strings() -> None:
    assert parse_number(None) is None  # type: ignore[arg-type]
    assert parse_ordinal(42) is None  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("text", "value"),
    [("twenty-first", 21), ("21st", 21), ("2nd", 2), ("first", 1), ("nineth", 9),
     ("two hundredth", 200), ("one hundred twenty-fifth", 125), ("trillionth", 10**12),
     ("one thousand two hundred thirty-fourth", 1234)],
)
def test_reads_ordinals(text: str, value: int) -> None:
    assert parse_ordinal(text) == value


@pytest.mark.parametrize("text", ["twenty", "first second", "the first", "21", "21xx"])
def test_rejects_what_is_not_an_ordinal(text: str) -> None:
    assert parse_ordinal(text) is None


@pytest.mark.parametrize(
    ("text", "precision", "decimals"),
    [("1,500", "1", 0), ("1500.0", "0.1", 1), ("5.10", "0.01", 2), ("1.5 million", "100000", 1),
     ("two hundred", "100", 0), ("twenty-one", "1", 0), ("three thousand", "1000", 0)],
)
def test_keeps_written_precision(text: str, precision: str, decimals: int) -> None:
    reading = read_number_phrase(text)
    assert reading is not None
    assert reading.precision == Decimal(precision)
    assert reading.decimals == decimals


# ---- laws --------------------------------------------------------------------------

def _integers_in_words_read_back(number: int) -> None:
    """The law of the two tests below (a few examples in the quick suite, many with -m slow)."""
    words = num2words(number)
    assert parse_number(words) == number
    assert parse_number(words.replace(" and ", " ").replace(",", "")) == number
    assert parse_number(words.upper()) == number


@needs_num2words
@settings(max_examples=75)
@given(st.integers(min_value=0, max_value=10**15 - 1))
@example(0)
@example(100)
@example(1_000_000)
@example(999_999_999_999)
def test_integers_in_words_read_back(number: int) -> None:
    _integers_in_words_read_back(number)


@pytest.mark.slow
@needs_num2words
@settings(max_examples=300)
@given(st.integers(min_value=0, max_value=10**15 - 1))
@example(0)
@example(100)
@example(1_000_000)
@example(999_999_999_999)
def test_integers_in_words_read_back_many(number: int) -> None:
    _integers_in_words_read_back(number)


def _ordinals_in_words_read_back(number: int) -> None:
    """The law of the two tests below (a few examples in the quick suite, many with -m slow)."""
    assert parse_ordinal(num2words(number, to="ordinal")) == number
    assert parse_ordinal(f"{number:,}th".replace("1th", "1st") if number % 10 == 1 and number % 100 != 11
                         else f"{number}th") == number


@needs_num2words
@settings(max_examples=50)
@given(st.integers(min_value=1, max_value=10**12))
def test_ordinals_in_words_read_back(number: int) -> None:
    _ordinals_in_words_read_back(number)


@pytest.mark.slow
@needs_num2words
@settings(max_examples=200)
@given(st.integers(min_value=1, max_value=10**12))
def test_ordinals_in_words_read_back_many(number: int) -> None:
    _ordinals_in_words_read_back(number)


def _digit_forms_keep_their_written_value(whole: int, places: int, separators: bool) -> None:
    """The law of the two tests below (a few examples in the quick suite, many with -m slow)."""
    written = f"{whole:,}" if separators else str(whole)
    if places:
        written += "." + "0" * (places - 1) + "7"
    value = parse_number(written)
    assert value is not None
    assert decimal_text(value) == written.replace(",", "")


@settings(max_examples=75)
@given(st.integers(min_value=0, max_value=10**12), st.integers(min_value=0, max_value=4),
       st.booleans())
def test_digit_forms_keep_their_written_value(whole: int, places: int, separators: bool) -> None:
    _digit_forms_keep_their_written_value(whole, places, separators)


@pytest.mark.slow
@settings(max_examples=300)
@given(st.integers(min_value=0, max_value=10**12), st.integers(min_value=0, max_value=4),
       st.booleans())
def test_digit_forms_keep_their_written_value_many(whole: int, places: int, separators: bool) -> None:
    _digit_forms_keep_their_written_value(whole, places, separators)


@given(st.text(max_size=40))
def test_never_raises_on_arbitrary_text(text: str) -> None:
    parse_number(text)
    parse_ordinal(text)
