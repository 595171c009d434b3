"""Which numbers read in a sentence are no quantity: years, dates, labels, names, pronouns.

Each exclusion is a small named test of one `Surroundings` record (the atom, the tokens
around it, whether a qualifier stands before it); `not_a_quantity` asks them in order.
A claim file's value field skips them all (`find_quantities(..., field=True)`), since
every number there is a figure.
"""

from __future__ import annotations

import re
from typing import Callable, NamedTuple

from auditor.text.quantities.atom import Atom
from auditor.text.quantities.tokens import DASH_CHARS, Token, attached, is_capitalised_word, sentence_start
from auditor.text.quantities_vocabulary import (
    FUNCTION_WORDS,
    HALF_NOT_AFTER,
    LABEL_NOUNS,
    MEASURE_WORDS,
    MONTHS,
    ONE_COMPOUNDS_AFTER,
    ONE_PRONOUN_BEFORE,
    RANK_PREFIXES,
    TERM_WORDS,
    UNIT_WORDS_TITLE,
    YEAR_PREPOSITIONS,
)


class Surroundings(NamedTuple):
    """An atom with the tokens next to it, as the exclusions look at them."""

    tokens: list[Token]
    atom: Atom
    qualified: bool          # a qualifier ("more than", "about") stands before the number
    first: Token             # the number's first token
    before: Token | None     # the token before the number
    after: Token | None      # the token after it

    @property
    def integer(self) -> bool:
        """A bare integer in digits: no separator, decimals, scale, unit or currency."""
        atom = self.atom
        return atom.plain and atom.unit is None and atom.currency is None and self.first.text.isdigit()

    @property
    def at(self) -> int:
        return self.atom.number_first


def surroundings(tokens: list[Token], atom: Atom, qualified: bool) -> Surroundings:
    count = len(tokens)
    return Surroundings(tokens, atom, qualified, tokens[atom.number_first],
                        tokens[atom.number_first - 1] if atom.number_first > 0 else None,
                        tokens[atom.last] if atom.last < count else None)


def _after_a_range(s: Surroundings) -> Token | None:
    """The token after the number, looking past a range glued to it ("16-18 Industrial Avenue")."""
    tokens, after, last = s.tokens, s.after, s.atom.last
    if after is not None and after.text in DASH_CHARS and not after.spaced \
            and last + 2 < len(tokens) and tokens[last + 1].kind == "n" and attached(tokens, last + 1):
        return tokens[last + 2]
    return after


# --- numbers in digits ------------------------------------------------------------------

def is_year(s: Surroundings) -> bool:
    """"in 2019", "since 1985", "between 1600 and 1900" (a qualifier makes it a count)."""
    if not (s.integer and len(s.first.text) == 4 and not s.qualified):
        return False
    value = s.atom.value
    return 1900 <= value <= 2099 or (
        1000 <= value < 1900 and s.before is not None and s.before.lower in YEAR_PREPOSITIONS)


def is_day_of_month(s: Surroundings) -> bool:
    """"March 29", "Feb. 21", "8 July"."""
    if not (s.integer and 1 <= s.atom.value <= 31):
        return False
    month_before = s.before
    if month_before is not None and month_before.text == "." and s.at >= 2:
        month_before = s.tokens[s.at - 2]
    if month_before is not None and month_before.lower in MONTHS and month_before.text[0].isupper():
        return True
    return s.after is not None and s.after.lower in MONTHS and s.after.text[0].isupper()


def is_clock_time(s: Surroundings) -> bool:
    """"between 6 p.m. Friday and 6 a.m. Monday", "As of 4 pm": an hour with its "a.m."/"p.m." spaced
    after it (glued, "5am", the number reader skips already; "p" is no unit of it)."""
    tokens, at = s.tokens, s.at
    if not (s.first.text.isdigit() and len(s.first.text) <= 2 and s.atom.currency is None and 1 <= int(s.first.text) <= 12) \
            or at + 1 >= len(tokens) or tokens[at + 1].kind != "w" or not tokens[at + 1].spaced:
        return False
    word = tokens[at + 1].lower
    if word in ("am", "pm"):
        # not "12 PM2.5 days", "PM10": a particle size glued to its number, no hour
        return not (at + 2 < len(tokens) and tokens[at + 2].kind == "n" and attached(tokens, at + 2))
    return word in ("a", "p") and at + 3 < len(tokens) and tokens[at + 2].text == "." \
        and tokens[at + 3].lower == "m" and attached(tokens, at + 2) and attached(tokens, at + 3)


def is_season_of_years(s: Surroundings) -> bool:
    """The second year of "the 2020-21 season"."""
    tokens, at = s.tokens, s.at
    return s.integer and s.before is not None and s.before.text in DASH_CHARS \
        and attached(tokens, at) and at >= 2 and attached(tokens, at - 1) \
        and tokens[at - 2].kind == "n" and re.fullmatch(r"(1[89]|20)\d\d", tokens[at - 2].text) is not None


def is_label(s: Surroundings) -> bool:
    """"category 4", "Game 7", "last-32", "top-10": a label or a rank, not an amount."""
    if not s.integer or s.before is None:
        return False
    tokens, at = s.tokens, s.at
    if s.before.lower in LABEL_NOUNS and not s.qualified \
            and (s.after is None or s.after.lower not in MEASURE_WORDS):
        return True
    return s.before.text in DASH_CHARS and at >= 2 and attached(tokens, at) \
        and tokens[at - 2].lower in RANK_PREFIXES


def _earlier_figure_after(s: Surroundings) -> bool:
    """"York 48 (35)": a place's figure in a list, with an earlier one in parentheses after it."""
    tokens, last = s.tokens, s.atom.last
    return s.after is not None and s.after.text == "(" and last + 2 < len(tokens) \
        and tokens[last + 1].kind == "n" and tokens[last + 2].text == ")"


def _gapped_list_item(s: Surroundings) -> bool:
    """"Spartanburg had 63 deaths, Newberry 10, Union seven and Greenwood six": after a figure, a
    list item that names a place (one capitalised word after a comma or "and") and its figure, the
    verb left out; the item ends at a comma, "and" or the sentence's end."""
    tokens, at = s.tokens, s.at
    if at < 3 or tokens[at - 2].lower not in (",", "and"):
        return False
    if s.after is not None and s.after.lower not in (",", ";", ".", "and"):
        return False
    return any(t.kind == "n" for t in tokens[:at - 2])


def _column_gap(gap: str) -> bool:
    return "\t" in gap or "  " in gap


def _table_cell(s: Surroundings) -> bool:
    """"Criminal Code Charges      513      (up 191 from 2017=322)": a row's figure, set apart from its
    label by a column's run of spaces (or a tab) and ending its line or followed by another column;
    a name's number follows its word after one space ("Highway 61")."""
    after = s.after
    return _column_gap(s.first.gap) and (after is None or "\n" in after.gap or _column_gap(after.gap)) \
        and _label_starts_line(s)


def _label_starts_line(s: Surroundings) -> bool:
    """The row's label (capitalised words, "and"/"of"/"&" between) starts its line: "near Precinct  5"
    at a wrapped line's end is a name in prose."""
    tokens, i = s.tokens, s.at - 1
    while i > 0 and "\n" not in tokens[i].gap \
            and (is_capitalised_word(tokens[i - 1]) or tokens[i - 1].lower in ("and", "of", "&")):
        i -= 1
    return i == 0 or "\n" in tokens[i].gap


def is_in_a_name(s: Surroundings) -> bool:
    """"iPhone 11", "S&P 500", "F-16", "787 Dreamliner", "16-18 Industrial Avenue"."""
    after = _after_a_range(s)
    if not s.integer or s.qualified or (after is not None and after.lower in MEASURE_WORDS):
        return False
    before, tokens, at = s.before, s.tokens, s.at
    if before is not None and is_capitalised_word(before) \
            and before.lower not in FUNCTION_WORDS and before.lower not in MONTHS \
            and not _earlier_figure_after(s) and not _gapped_list_item(s) and not _table_cell(s):
        return True
    if before is not None and before.text in DASH_CHARS and attached(tokens, at) \
            and at >= 2 and attached(tokens, at - 1) \
            and tokens[at - 2].kind == "w" and tokens[at - 2].text.isupper():
        return True
    return after is not None and after.kind == "w" and after.spaced and after.text[0].isupper() \
        and any(char.islower() for char in after.text) \
        and after.lower not in UNIT_WORDS_TITLE and after.lower not in MONTHS \
        and after.lower not in FUNCTION_WORDS and not _demonym(after.text)


def _demonym(word: str) -> bool:
    """"504 Mainers died", "1,200 Ohioans", "300 Canadians": people of a place, counted (not
    "787 Dreamliner", "Windows 10 Pro")."""
    return len(word) > 5 and word[0].isupper() and word[1:].islower() \
        and word.endswith(("ans", "ers", "ites", "ians", "eses"))


def is_hyphenated_name(s: Surroundings) -> bool:
    """"COVID -19": a name, not minus nineteen."""
    return s.atom.negative and s.before is not None and s.before.kind == "w" \
        and s.before.text.isupper() and len(s.before.text) > 1


# --- numbers in words --------------------------------------------------------------------

def is_pronoun_one(s: Surroundings) -> bool:
    """"the same one", "each one", "one another", "one-time", "one 52,000 barrel-a-day refinery"."""
    if list(s.atom.words) != ["one"]:
        return False
    before, after, tokens = s.before, s.after, s.tokens
    if before is not None and before.lower in ONE_PRONOUN_BEFORE:
        return True
    if after is not None and after.lower in ("another", "'s", "\u2019s"):
        return True
    if after is not None and after.text in DASH_CHARS and s.atom.last + 1 < len(tokens) \
            and tokens[s.atom.last + 1].lower in ONE_COMPOUNDS_AFTER:
        return True
    return after is not None and after.kind == "n" and not s.qualified


def is_term_adjective(s: Surroundings) -> bool:
    """"a five-year plan", "a two-month contract": a term that describes a noun."""
    tokens, last = s.tokens, s.atom.last
    return s.after is not None and s.after.text in DASH_CHARS and not s.after.spaced \
        and last + 1 < len(tokens) and tokens[last + 1].lower in TERM_WORDS \
        and attached(tokens, last + 1) and not s.qualified and not s.atom.fraction


def is_word_in_a_name(s: Surroundings) -> bool:
    """"Formula One", "Big Ten"."""
    return s.first.text[0].isupper() and s.before is not None and is_capitalised_word(s.before) \
        and s.before.lower not in FUNCTION_WORDS and not sentence_start(s.tokens, s.at)


def is_bare_half(s: Surroundings) -> bool:
    """"half" is a quantity in "half of the", not in "second half" or "half time"."""
    words = s.atom.words
    if not (words and words[0] == "half" and len(words) == 1 and not s.qualified):
        return False
    if s.before is not None and s.before.lower in HALF_NOT_AFTER:
        return True
    return s.after is None or s.after.lower not in ("of", "a", "an", "the", "its", "their", "his", "her")


def is_bare_fraction(s: Surroundings) -> bool:
    """"a third-party", "the last two quarters": only "a third of" is a fraction."""
    atom, words = s.atom, s.atom.words
    return atom.fraction and bool(words) and atom.value < 1 and not atom.scaled \
        and (words[0] in ("a", "an") or words[-1] in ("quarters", "quarter")) \
        and s.after is not None and s.after.lower != "of"


DIGIT_EXCLUSIONS: tuple[Callable[[Surroundings], bool], ...] = (
    is_year, is_day_of_month, is_clock_time, is_season_of_years, is_label, is_in_a_name, is_hyphenated_name)
WORD_EXCLUSIONS: tuple[Callable[[Surroundings], bool], ...] = (
    is_pronoun_one, is_term_adjective, is_word_in_a_name, is_bare_half, is_bare_fraction)


def not_a_quantity(tokens: list[Token], atom: Atom, qualifier_before: bool) -> bool:
    """Years, dates, numbers in names and pronoun "one" are not quantities.

    `qualifier_before` says a qualifier stands before the number ("more than 2019" is a count).
    """
    if atom.code:
        return True
    s = surroundings(tokens, atom, qualifier_before)
    tests = DIGIT_EXCLUSIONS if atom.digits else WORD_EXCLUSIONS
    return any(test(s) for test in tests)
