"""A pattern tried only over the stretches of a text where a match can stand (`RunPattern`).

Some of drafting's whole-article patterns are led by a name (`[A-Z][a-z]+ ...`), so no start string
skips `re` ahead (`LedPattern` needs one) and the matcher is tried at every capital; yet every match
holds a reporting verb ("said", "says", "told") and is made of a few kinds of character only (letters,
spaces, a comma, a full stop, an apostrophe). Such a match lies inside one maximal run of those
characters that holds one of the verbs: the pattern need be tried only over those runs, usually a
small part of an article. The pattern finds the same matches there: `re` reads a look-behind before
`pos`, and a run ends before a character outside it (or at the text's end), which a look-ahead reads
as it reads the window's end when the run's characters hold every word character and space (`\\b`,
`(?!\\w)`, `(?!\\s+[A-Z])` alike). `tests/text/test_word_runs.py` holds the law.
"""

from __future__ import annotations

import re
from collections.abc import Iterator


class RunPattern:
    """A compiled pattern each of whose matches holds one of `needles` and is made only of the
    characters of `run` (a character class holding `\\w` and `\\s`); `finditer` tries it only over the
    runs of those characters that hold a needle, and finds what the pattern's own `finditer` finds.

    >>> said = RunPattern(re.compile(r"[A-Z][a-z]+ said"), ("said",), r"[\\w\\s]")
    >>> said.windows("Yes: Ann Lee said. No (1, 2). Bo said")
    [(4, 17), (29, 37)]
    >>> [hit.group() for hit in said.finditer("Yes: Ann Lee said. No (1, 2). Bo said")]
    ['Lee said', 'Bo said']
    """

    __slots__ = ("pattern", "_needle", "_run")

    def __init__(self, pattern: re.Pattern[str], needles: tuple[str, ...], run: str) -> None:
        self.pattern = pattern
        self._needle = re.compile("|".join(re.escape(needle) for needle in needles))
        self._run = re.compile(f"{run}*")

    def windows(self, text: str) -> list[tuple[int, int]]:
        """(start, end) of each maximal run of the run's characters that holds a needle, in order."""
        found: list[tuple[int, int]] = []
        backwards = None
        for needle in self._needle.finditer(text):
            if found and needle.start() < found[-1][1]:
                continue        # in the run already found
            if backwards is None:
                backwards = text[::-1]      # the run's start: its characters read back from the needle
            start = len(text) - self._run.match(backwards, len(text) - needle.start()).end()
            found.append((start, self._run.match(text, needle.end()).end()))
        return found

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        """`self.pattern.finditer(text)`."""
        for start, end in self.windows(text):
            yield from self.pattern.finditer(text, start, end)
