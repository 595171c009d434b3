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


def alternatives(source: str) -> list[str]:
    """The top-level alternatives of a pattern's source: cut at each "|" outside a group or a set.

    >>> alternatives(r"a(?:b|c)|[|]d|\\|e")
    ['a(?:b|c)', '[|]d', '\\\\|e']
    """
    out, depth, in_set, last, i = [], 0, False, 0, 0
    while i < len(source):
        char = source[i]
        if char == "\\":
            i += 2
            continue
        if in_set:
            in_set = char != "]"
        elif char == "[":
            in_set = True
            i += 2 if source[i + 1:i + 2] in ("^", "]") else 1
            continue
        elif char in "()":
            depth += 1 if char == "(" else -1
        elif char == "|" and depth == 0:
            out.append(source[last:i])
            last = i + 1
        i += 1
    return out + [source[last:]]


class RunLedAlternation:
    """A compiled alternation `A|B|...` whose first alternative is slow to search (`re` tries it at
    every word) but each of whose matches holds, at or after its start, a match of `tail` (found in the
    whole text: a reporting verb after a space) with only the characters of `run` (a character class)
    before it. `finditer` finds what the pattern's own `finditer` finds: at each step the leftmost
    start of any alternative (each searched alone; the first from the start of the run of `run`'s
    characters that ends at the first `tail` after the step's start, or not at all when none is
    left), and there the pattern's own match. Exact: the alternation matches where one of its
    alternatives does, first at the leftmost such place, and `match` there reads the text before it as
    `finditer` does; a first alternative's match cannot start before the run that holds its tail.
    None of the pattern's matches is empty.

    >>> said = RunLedAlternation(re.compile(r"[A-Z][a-z]+ said|according to [A-Z][a-z]+"), r"(?<=\\s)said\\b", r"[\\w\\s]")
    >>> [hit.group() for hit in said.finditer("“No,” Lee said, according to Bo.")]
    ['Lee said', 'according to Bo']
    """

    __slots__ = ("pattern", "_first", "_others", "_tail", "_run")

    def __init__(self, pattern: re.Pattern[str], tail: str, run: str) -> None:
        first, *others = alternatives(pattern.pattern)
        self.pattern = pattern
        self._first = re.compile(first, pattern.flags)
        self._others = [re.compile(other, pattern.flags) for other in others]
        self._tail = re.compile(tail, pattern.flags)
        self._run = re.compile(f"{run}*")

    def _first_start(self, text: str, pos: int, backwards: list[str]) -> int | None:
        """Where the first alternative's leftmost match at or after `pos` starts, if it has one."""
        tail = self._tail.search(text, pos)
        if tail is None:
            return None
        if not backwards:
            backwards.append(text[::-1])
        run_start = len(text) - self._run.match(backwards[0], len(text) - tail.start()).end()
        hit = self._first.search(text, max(pos, run_start))
        return None if hit is None else hit.start()

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        """`self.pattern.finditer(text)`."""
        pos, backwards = 0, []
        while pos <= len(text):
            starts = [self._first_start(text, pos, backwards)]
            starts += [hit.start() for hit in (other.search(text, pos) for other in self._others) if hit is not None]
            found = [start for start in starts if start is not None]
            if not found:
                return
            hit = self.pattern.match(text, min(found))
            yield hit
            pos = hit.end()
