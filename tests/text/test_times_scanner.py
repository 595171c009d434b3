"""The fast scanner finds exactly what the grammar's one big pattern finds (a law, over
sentences made of the grammar's own words and of arbitrary text)."""

from __future__ import annotations

import zlib

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import re
from pathlib import Path

from auditor.text.times_grammar import _RULE_SOURCES, RULES, SCANNER
from auditor.text.times_scanner import (KNOWN_FIRST_CHARACTERS, KNOWN_NEEDED_STRINGS, absent_rules, first_characters,
                                        first_characters_table, known_first_characters, needed_strings,
                                        needed_strings_table, scan, second_characters)

_WORDS = ["the", "last", "year", "two", "weeks", "ago", "March", "3", "2019", "Q3", "first", "quarter",
          "of", "1990s", "'90s", "every", "other", "week", "three", "times", "a", "day", "since", "May",
          "1", "10:30", "a.m.", "Monday", "night", "-", "to", "Christmas", "early", "mid-2020", "today",
          "so", "far", "this", "twice", "annually", "ſ", "’", "İ", "Ⅻ", "K", "fifty-one", "years", "old"]
_SEPARATORS = st.sampled_from([" ", " ", ", ", "-", "", "\n", "’s "])


def _same(text: str) -> None:
    expected = [(m.span(), m.lastgroup) for m in SCANNER.finditer(text)]
    assert [((c.start, c.end), c.rule) for c in scan(text)] == expected


_SENTENCES = st.lists(st.tuples(st.sampled_from(_WORDS), _SEPARATORS), max_size=14).map(
    lambda parts: "".join(word + separator for word, separator in parts))


@settings(max_examples=25, deadline=None)
@given(_SENTENCES)
def test_scan_finds_what_the_whole_pattern_finds_in_grammar_words(text):
    _same(text)


@settings(max_examples=25, deadline=None)
@given(st.text(max_size=60))
def test_scan_finds_what_the_whole_pattern_finds_in_any_text(text):
    _same(text)


@pytest.mark.slow
@settings(max_examples=2000, deadline=None)
@given(st.one_of(_SENTENCES, st.text(max_size=120)))
def test_scan_finds_what_the_whole_pattern_finds_many_times(text):
    _same(text)


def test_a_rule_that_may_start_with_any_word_character_is_bounded_by_the_word_characters():
    assert first_characters(r"\w+\s+times") >= frozenset("az09_")
    assert first_characters(r"(?:(?!x).)") is None


def test_the_table_of_first_characters_is_the_grammar_as_it_stands():
    # the table spares start-up a parse of every rule; out of date, it only costs that parse
    table = {name: (crc, None if first is None else frozenset(first))
             for name, (crc, first) in KNOWN_FIRST_CHARACTERS.items()}
    computed = {name: (zlib.crc32(source.encode()), first_characters(source)) for name, source in _RULE_SOURCES}
    assert table == computed, "replace KNOWN_FIRST_CHARACTERS in auditor/text/times_scanner.py with:\n" + \
        first_characters_table()


def test_a_rule_whose_source_changed_is_parsed_again():
    name, source = _RULE_SOURCES[0]
    assert known_first_characters(name, source) == first_characters(source)
    assert known_first_characters(name, "(?:zz|y)" + source) == frozenset("zy")


def test_a_rule_is_tried_only_where_its_second_character_can_follow_its_first():
    # scan skips a rule whose match cannot go on with the next character: these sets, worked out
    # from the parsed pattern, must hold every second character a match can have (None: any)
    assert second_characters(r"(?:the\s+)?year") == {"t": frozenset("h"), "y": frozenset("e")}
    assert second_characters(r"(?:mid-?)?(?:19|20)\d\d") == {"m": frozenset("i"), "1": frozenset("9"), "2": frozenset("0")}
    assert second_characters(r"\d{1,2}(?:st|nd)?") == {d: None for d in "0123456789"}   # "3 ": the match may end
    assert second_characters(r"a\s+day|an?\b") == {"a": None}          # after "a": a space, "n" or anything
    assert second_characters(r"(?i:x)y") is None and second_characters(r"(?:(?!x).)") is None
    for text in ("the year", "mid-2020 and 1990s", "The Year", "THE YEAR ago", "a"):
        _same(text)


@pytest.mark.slow   # hypothesis draws from every rule's regex: seconds (CI runs it)
@pytest.mark.parametrize("name,source", _RULE_SOURCES, ids=[name for name, _ in _RULE_SOURCES])
@settings(max_examples=20, deadline=None)
@given(data=st.data())
def test_a_rule_left_out_for_its_needed_strings_matches_nowhere_in_the_text(name, source, data):
    # scan tries no rule whose needed strings the text lacks: a text holding a match of the rule,
    # in any case, keeps the rule in, and scan still finds what the whole pattern finds
    said = data.draw(st.from_regex(re.compile(source, re.IGNORECASE), fullmatch=True))
    text = data.draw(st.sampled_from(["{} ", "Officials said {} in a report.", "In {}, ſales rose", "{}"])).format(said)
    if RULES[name].search(text):
        assert name not in absent_rules(text), (name, said)
    _same(text)


def test_the_needed_strings_leave_out_a_rule_only_in_a_text_without_them():
    assert "quarter" in absent_rules("Sales rose 5% last year.")
    assert "quarter" not in absent_rules("Sales rose 5% in Q3.") and "quarter" not in absent_rules("the QUARTER")
    assert "same_period" not in absent_rules("the ſame period last year")      # ſ: a case-blind "s"
    assert absent_rules("in ٢٠١٩ and Q٣") == frozenset()                          # \d: digits other than ASCII
    assert needed_strings(r"(?:last|next)\s+week|weekend") == frozenset({"week"})   # ("weekend" holds it)
    _same("the ſame period last year, in Q3 2019")


def test_the_table_of_needed_strings_is_the_grammar_as_it_stands():
    table = {name: (crc, None if needed is None else frozenset(needed))
             for name, (crc, needed) in KNOWN_NEEDED_STRINGS.items()}
    computed = {name: (zlib.crc32(source.encode()), needed_strings(source)) for name, source in _RULE_SOURCES}
    assert table == computed, "replace KNOWN_NEEDED_STRINGS in auditor/text/times_scanner.py with:\n" + \
        needed_strings_table()


@pytest.mark.parametrize("each", [pytest.param(6, id="twelve-texts"),
                                  pytest.param(20, id="forty-texts", marks=pytest.mark.slow)])
def test_no_rule_that_matches_in_an_article_sentence_is_left_out(each):
    # over the sentences of development texts of the articles corpus (forty in the slow suite)
    corpus = Path(__file__).resolve().parents[2] / "benchmarks/corpora/articles/texts"
    texts = sorted(corpus.glob("t*.txt"))[:each] + sorted(corpus.glob("u*.txt"))[:each]
    sentences = [s for path in texts for s in re.split(r"(?<=[.!?])\s+|\n+", path.read_text(encoding="utf-8"))]
    assert len(sentences) > 25 * each
    for sentence in sentences:
        absent = absent_rules(sentence)
        assert not [name for name in absent if RULES[name].search(sentence)], sentence
