"""A pattern searched only in a text that holds one of its words (`WordGatedPattern`).

A reader that runs a pattern over every sentence of an article ("is anyone said to report
something here?") pays `re`'s try at every character even where the sentence holds none of the
words every match needs. The drafter reads each sentence's words once (`statements.words_of`:
its maximal runs of letters, lower-cased); a pattern every match of which holds one of a few
words as such a run finds nothing in a sentence whose words hold none of them, so the search is
skipped there. Exact when the words are right; `tests/text/test_word_gate.py` holds the law.
"""

from __future__ import annotations

import re


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
