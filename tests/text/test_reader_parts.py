"""Each part of the readers carries its examples (doctests); this runs them all, and the
exclusions of the number reader one by one, each with a case it excludes and one it keeps."""

from __future__ import annotations

import doctest
import importlib
import pkgutil

import pytest

import auditor.text.quantities
import auditor.text.times_normalise
from auditor.text.quantities.exclusions import DIGIT_EXCLUSIONS, WORD_EXCLUSIONS, surroundings
from auditor.text.quantities.reader import read_atom
from auditor.text.quantities.tokens import tokenize


def _modules(package) -> list[str]:
    return [package.__name__] + [f"{package.__name__}.{m.name}" for m in pkgutil.iter_modules(package.__path__)]


MODULES = (_modules(auditor.text.quantities) + _modules(auditor.text.times_normalise)
           + ["auditor.text.numbers", "auditor.text.times_lexicon", "auditor.text.times_scanner", "auditor.text.folding"])


@pytest.mark.parametrize("name", MODULES)
def test_the_examples_of_each_part_hold(name):
    module = importlib.import_module(name)
    result = doctest.testmod(module, optionflags=doctest.NORMALIZE_WHITESPACE)
    assert result.failed == 0


def test_every_part_has_examples():
    without = [name for name in MODULES
               if not doctest.DocTestFinder().find(importlib.import_module(name))
               or not any(test.examples for test in doctest.DocTestFinder().find(importlib.import_module(name)))]
    # the records (a dataclass, a token type) and the package fronts carry no behaviour of their own
    # the exclusions' examples are the table below, one excluded and one kept case each
    assert set(without) <= {"auditor.text.quantities", "auditor.text.quantities.quantity", "auditor.text.quantities.exclusions",
                            "auditor.text.quantities.atom", "auditor.text.times_normalise"}, without


# (text, the number's first token, the exclusion that must say "not a quantity", a text it must keep)
EXCLUSION_EXAMPLES = {
    "is_year": ("crime fell in 2019", 3, "crime fell by 2150 cases", 3),
    "is_day_of_month": ("on March 29 police", 2, "on 29 counts police", 1),
    "is_season_of_years": ("the 2020-21 season", 3, "the 20 - 21 season", 3),
    "is_label": ("category 4 storm", 1, "some 4 storms", 1),
    "is_in_a_name": ("the iPhone 11 sold", 2, "the phone 11 sold", 2),
    "is_hyphenated_name": ("COVID -19 cases", 2, "rates -19 cases", 2),
    "is_pronoun_one": ("the same one again", 2, "only one again", 1),
    "is_term_adjective": ("a five-year plan", 1, "a five-point plan", 1),
    "is_word_in_a_name": ("racing in Formula One cars", 3, "racing in formula One cars", 3),
    "is_bare_half": ("the second half began", 2, "half of the votes", 0),
    "is_bare_fraction": ("a third-party vendor", 0, "a third of voters", 0),
}


@pytest.mark.parametrize("name", sorted(EXCLUSION_EXAMPLES))
def test_each_exclusion_excludes_its_case_and_keeps_another(name):
    tests = {test.__name__: test for test in DIGIT_EXCLUSIONS + WORD_EXCLUSIONS}
    excluded, at, kept, kept_at = EXCLUSION_EXAMPLES[name]
    for text, index, expected in ((excluded, at, True), (kept, kept_at, False)):
        tokens = tokenize(text)
        atom = read_atom(tokens, index)
        assert atom is not None and not atom.skip, text
        assert tests[name](surroundings(tokens, atom, False)) is expected, text


# --- the mode is a parameter: no hidden state between readings ----------------------------

from hypothesis import given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

from auditor.text.quantities import default_qualifier_tables, find_quantities, parse_value_phrase  # noqa: E402

_WORDS = ["about", "over", "give", "or", "take", "tops", "nearly", "2,000", "12", "1900", "2018", "more",
          "guns", "up", "down", "5.1%", "two", "hundred", "to", "three", "fewer", "than", "last", "year", "-"]
_PHRASES = st.lists(st.sampled_from(_WORDS), min_size=1, max_size=8).map(" ".join)
_PACK_WORDS = st.lists(st.tuples(st.sampled_from(["give or take", "tops", "or so", "roughly", "north of"]),
                                 st.sampled_from(["about", "at-most", "over", "nearly"])), max_size=3)


@settings(max_examples=30, deadline=None)
@given(_PHRASES, _PACK_WORDS, _PACK_WORDS)
def test_a_reading_with_one_packs_words_never_changes_a_reading_with_anothers(phrase, first, second):
    """The qualifier words and the field mode travel as parameters: reading a phrase with one
    pack's words, or strictly, leaves no trace on the next reading with other words."""
    def read(words, strict):
        try:
            return parse_value_phrase(phrase, qualifiers=words, strict=strict)
        except ValueError as error:
            return type(error).__name__
    alone = read(second, False)
    read(first, True)
    assert read(second, False) == alone
    assert find_quantities(phrase) == find_quantities(phrase, qualifiers=default_qualifier_tables())
