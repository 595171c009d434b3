"""A pattern searched only in a text that holds one of its words (`WordGatedPattern`).

A reader that runs a pattern over every sentence of an article ("is anyone said to report
something here?") pays `re`'s try at every character even where the sentence holds none of the
words every match needs. The drafter reads each sentence's words once (`statements.words_of`:
its maximal runs of letters, lower-cased); a pattern every match of which holds one of a few
words as such a run finds nothing in a sentence whose words hold none of them, so the search is
skipped there. Exact when the words are right; `tests/text/test_word_gate.py` holds the law.

A reader that runs a pattern over a claim's sentence, clause or the words before its figure
("is the figure's sentence a forecast?", "does the clause say statewide?") pays the same for each
claim. A `WindowGatedPattern` looks first for its words in the window itself (folded as a case-blind
pattern reads it, `case_blind.fold`; `str` containment, a few fast scans): a window that holds none is
not searched. Exact when every match holds one of the words where the window can see it (its own
span or a look-ahead's, not a look-behind's); `tests/text/test_window_gate.py` holds the law.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Iterator

from auditor.text.case_blind import fold


class WordGatedPattern:
    """A compiled pattern each of whose matches holds one of `words` as a whole run of letters
    (read lower-cased: a letter or digit on neither side); `search(text, held)` searches `text`
    only when `held`, the text's runs of letters lower-cased, holds one of them.

    >>> said = WordGatedPattern(re.compile(r"\\b(?:said|told)\\b"), ("said", "told"))
    >>> said.search("Lee said so.", frozenset({"lee", "said", "so"})).span()
    (4, 8)
    >>> said.search("No one here.", frozenset({"no", "one", "here"})) is None
    True
    """

    __slots__ = ("pattern", "words")

    def __init__(self, pattern: re.Pattern[str], words: tuple[str, ...]) -> None:
        if pattern.flags & re.IGNORECASE:
            # "ſaid" matches r"\bsaid\b" read case-blind, but "ſ".lower() is "ſ": the run "ſaid" is not "said"
            raise ValueError(f"WordGatedPattern({pattern.pattern[:40]!r}...): a case-blind pattern's matches may hold "
                             "letters that lower-case to none of the words; spell its cases in the pattern ([Ss]aid)")
        self.pattern, self.words = pattern, frozenset(words)

    def search(self, text: str, held: frozenset[str] | None = None) -> re.Match[str] | None:
        """`self.pattern.search(text)`; None at once when `held` (the text's words, if known) holds
        none of the words."""
        if held is not None and self.words.isdisjoint(held):
            return None
        return self.pattern.search(text)


class WindowGatedPattern:
    """A compiled pattern each of whose matches in text[pos:endpos] leaves one of `words` (lower-case
    ASCII) in that window as `case_blind.fold` reads it (so a case-blind match of "ſaid" holds "said");
    `search`, `match`, `fullmatch` and `finditer` try the pattern only when the window holds one of them. A word
    is looked for as a piece of the window, not a whole word: a window cut inside a word keeps it exact.

    >>> fiscal = WindowGatedPattern(re.compile(r"\\b(?:fiscal|financial)\\s+year\\b", re.IGNORECASE), ("fiscal", "financial"))
    >>> fiscal.search("Spending rose in the FISCAL year to June.").span()
    (21, 32)
    >>> fiscal.search("Spending rose in the year to June.") is None
    True
    """

    __slots__ = ("pattern", "words")

    def __init__(self, pattern: re.Pattern[str], words: tuple[str, ...]) -> None:
        if not words or any(not word or word != word.lower() or not word.isascii() for word in words):
            raise ValueError(f"WindowGatedPattern({pattern.pattern[:40]!r}...): its words must be lower-case ASCII, "
                             f"at least one (got {words!r})")
        self.pattern, self.words = pattern, tuple(words)

    def holds(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> bool:
        """Whether text[pos:endpos] (bounds read as `re` reads them), folded, holds one of the words."""
        window = fold(text[max(pos, 0):max(endpos, 0)])
        for word in self.words:
            if word in window:
                return True
        return False

    def search(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        """`self.pattern.search(text, pos, endpos)`."""
        return self.pattern.search(text, pos, endpos) if self.holds(text, pos, endpos) else None

    def match(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        """`self.pattern.match(text, pos, endpos)`."""
        return self.pattern.match(text, pos, endpos) if self.holds(text, pos, endpos) else None

    def fullmatch(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        """`self.pattern.fullmatch(text, pos, endpos)`."""
        return self.pattern.fullmatch(text, pos, endpos) if self.holds(text, pos, endpos) else None

    def finditer(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> Iterator[re.Match[str]]:
        """`self.pattern.finditer(text, pos, endpos)`."""
        return self.pattern.finditer(text, pos, endpos) if self.holds(text, pos, endpos) else iter(())
