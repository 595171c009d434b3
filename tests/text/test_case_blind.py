"""A pattern tried only where one of its start strings stands finds what `finditer` finds (a law,
over patterns of the kinds the vocabulary makes and texts of their words, of letters that fold
oddly, and of anything)."""

from __future__ import annotations

import re

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from auditor.text.case_blind import CaseBlindText, fold
from auditor.text.regex_walk import start_strings

# the shapes of the vocabulary's patterns: a name led by \b, its words said other ways, look-behinds,
# look-aheads, an optional word, a capital read case-sensitively, figures, a verb phrase
_PATTERNS = [
    (r"\b(?:household|home|house)[\s\-]+(?:(?:were|was)\s+){0,2}burglar(?:ies|y)\b", re.IGNORECASE),
    (r"\bk9\s+units?\b", re.IGNORECASE),
    (r"\bs(?:ex|exual)\s+offen[cs]es?\b", re.IGNORECASE),
    (r"(?<!the\s)\b(?:person|personal)[\s-]+crimes?\b", re.IGNORECASE),
    (r"(?<![\w-]\s)(?:arrests?)(?!\s+of)", re.IGNORECASE),
    (r"\b(?:people|persons)\s+(?:died|killed)\s+in\s+(?:(?-i:[A-Z])[\w.’'-]*\s+){0,3}crash(?:es)?\b", re.IGNORECASE),
    (r"\bi(?:n|nmate)\s+population\b", re.IGNORECASE),
    (r"\b\d[\d,]*\s+people\s+arrested\b", re.IGNORECASE),
    (r"\b[a-z]{2}\s+fires?\b", re.IGNORECASE),
    (r"Fire\s+Department", 0),
    (r"é(?:lections?)", re.IGNORECASE),
    (r"\bſtreet\b", re.IGNORECASE),
    (r"(?:deaths|)\s*roads", re.IGNORECASE),
]
_WORDS = ["home", "House", "HOUSEHOLD", "burglaries", "burglary", "were", "K9", "\u212a9", "unit", "units", "sex",
          "sexual", "offences", "offenses", "the", "person", "Personal", "crimes", "arrests", "arrest", "of",
          "people", "died", "killed", "in", "Spokane", "County", "crashes", "ınmate", "İnmate", "inmate",
          "population", "1,200", "\u0663", "fires", "fire", "Fire", "Department", "élection", "ſtreet", "street",
          "roads", "deaths", "-", "’", "ſ"]
_SEPARATORS = st.sampled_from([" ", " ", "-", "", "\n", ", ", "’s "])
_TEXTS = st.lists(st.tuples(st.sampled_from(_WORDS), _SEPARATORS), max_size=16).map(
    lambda parts: "".join(word + separator for word, separator in parts))


def _same(source: str, flags: int, text: str, pos: int, endpos: int) -> None:
    pattern = re.compile(source, flags)
    expected = [hit.span() for hit in pattern.finditer(text, pos, endpos)]
    found = [hit.span() for hit in CaseBlindText(text).finditer(pattern, start_strings(source, flags), pos, endpos)]
    assert found == expected, (source, text, start_strings(source, flags))


def _window(data, text: str) -> tuple[int, int]:
    pos = data.draw(st.integers(0, len(text)))
    return pos, data.draw(st.integers(pos, len(text)))


@settings(max_examples=60, deadline=None)
@given(st.data(), st.sampled_from(_PATTERNS), st.one_of(_TEXTS, st.text(max_size=60)))
def test_a_pattern_tried_at_its_start_strings_finds_what_finditer_finds(data, pattern, text):
    _same(*pattern, text, *_window(data, text))


@pytest.mark.slow
@settings(max_examples=1500, deadline=None)
@given(st.data(), st.sampled_from(_PATTERNS), st.one_of(_TEXTS, st.text(max_size=120)))
def test_a_pattern_tried_at_its_start_strings_finds_what_finditer_finds_many_times(data, pattern, text):
    _same(*pattern, text, *_window(data, text))


def test_start_strings_are_the_letters_every_match_starts_with():
    assert start_strings(_PATTERNS[0][0], re.IGNORECASE) == {"hous", "home"}
    assert start_strings(_PATTERNS[2][0], re.IGNORECASE) == {"sex"}
    assert start_strings(_PATTERNS[7][0], re.IGNORECASE) == {"0", "1", "2", "3", "4", "5", "6", "7", "8", "9"}
    # a match that may start with anything, with nothing, or with a letter outside ASCII: no bound
    assert start_strings(_PATTERNS[8][0], re.IGNORECASE) is None      # [a-z]: more strings than kept
    assert start_strings(_PATTERNS[10][0], re.IGNORECASE) is None
    assert start_strings(_PATTERNS[12][0], re.IGNORECASE) is None
    assert start_strings(r"(?-i:[A-Z])ity", re.IGNORECASE) is None


def test_a_letter_a_case_blind_pattern_reads_as_an_ascii_one_is_folded_to_it():
    # "ſtreet" is "street" to a case-blind pattern, "\u212a9" (the Kelvin sign) "k9"; other digits and
    # letters read as \\d and \\w read them; the text keeps its length
    text = "ſtreet \u212a9 İnmate ınmate \u0663 élection — ’"
    assert fold(text) == "street k9 inmate inmate 0 _lection — ’"
    assert len(fold(text)) == len(text)
    blind = CaseBlindText(text)
    assert [hit.group(0) for hit in blind.finditer(re.compile(r"\bstreet", re.I), frozenset({"str"}))] == ["ſtreet"]
    assert [hit.group(0) for hit in blind.finditer(re.compile(r"\bk9", re.I), frozenset({"k9"}))] == ["\u212a9"]


# Law over generated patterns (classes, look-arounds, \b, case-scoped groups, odd-folding letters, repeats) and
# texts written from the pattern itself (hypothesis' from_regex), so that matches are many, overlap and come
# in any order of the start strings: the fixed patterns above seldom give a text two matches, and no test
# failed with `starts` unsorted or the skip of starts inside a match removed.
_ATOMS = ["a", "b", "k", "s", "i", "A", "K", "\u212a", "\u017f", "\u00e9", "\u0131", "\u0130", "1", r"\d", r"\w", r"\s",
          ".", "[^a]", "[a-c]", "[A-Z]", "[0-9,]", r"\-", " ", r"\b", "^", "$", r"(?<!a\s)", "(?<=b)", "(?=s)",
          "(?!k)", "(?-i:K)", "(?i:k)", "ab", "ba", "sk"]
_CHARS = "abkisAKBS1 \n-,_\u212a\u017f\u00e9\u0131\u0130\u0661"


_QUANTIFIED = st.tuples(st.sampled_from(_ATOMS), st.sampled_from(["", "", "", "?", "*", "+", "{0,2}", "{1,3}", "??", "+?"])) \
    .map(lambda t: f"(?:{t[0]}){t[1]}" if t[1] else t[0])
# quantifiers on atoms only (a multi-letter atom such as "ba" included), never on a group holding one, so
# that no generated pattern backtracks exponentially ("(?:(?:a)*)*b" on a run of a's would not end)
_GENERATED = st.recursive(st.lists(_QUANTIFIED, min_size=1, max_size=4).map("".join), lambda children: st.one_of(
    st.lists(children, min_size=1, max_size=3).map("".join),
    st.lists(children, min_size=2, max_size=3).map(lambda bs: "(?:" + "|".join(bs) + ")")), max_leaves=10)


def _generated_case(data, source: str, flags: int) -> None:
    try:
        pattern = re.compile(source, flags)
    except re.error:
        return
    try:
        pieces = st.one_of(st.from_regex(pattern, fullmatch=True), st.text(alphabet=_CHARS, max_size=3))
        text = "".join(data.draw(st.lists(pieces, max_size=6)))[:40]
    except Exception:   # a pattern from_regex cannot write
        text = data.draw(st.text(alphabet=_CHARS, max_size=30))
    _same(source, flags, text, *_window(data, text))


_FLAGS = st.sampled_from([re.IGNORECASE, 0, re.IGNORECASE | re.MULTILINE])


@settings(max_examples=50, deadline=None, suppress_health_check=list(HealthCheck))
@given(st.data(), _GENERATED, _FLAGS)
def test_a_generated_pattern_tried_at_its_start_strings_finds_what_finditer_finds(data, source, flags):
    _generated_case(data, source, flags)


@pytest.mark.slow
@settings(max_examples=600, deadline=None, suppress_health_check=list(HealthCheck))
@given(st.data(), _GENERATED, _FLAGS)
def test_a_generated_pattern_tried_at_its_start_strings_finds_what_finditer_finds_many_times(data, source, flags):
    _generated_case(data, source, flags)


@pytest.mark.parametrize(("source", "flags", "text"), [
    ("aaa", re.IGNORECASE, "aaaaaa"),                              # a start inside the match before it is skipped
    ("a(?:a|a|(?:ba)*aa)", 0, "aaaaabababababaaa"),                # starts of several strings, tried in text order
])
def test_matches_found_at_start_strings_do_not_overlap_and_come_in_text_order(source, flags, text):
    _same(source, flags, text, 0, len(text))
