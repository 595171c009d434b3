"""One regex for many names, its branches sharing their first characters (a trie).

`re` tries an alternation's branches one after another at every place in a text: for a desk pack's
two thousand place names, two thousand tests a character. Written as a trie ("New\\s+York(?:\\s+City)?"
for "New York" and "New York City"), a place is tried against one branch a character a name can go
on with. Each node tries the names that go on before the name that ends there, so at a place the
longest name whose match the rest of the pattern accepts is found first, as the alternation of the
names written longest first finds it (a match is the same path through the trie, given that two
different characters' pieces never match the same text: a name's apostrophe written to match "’"
too is fine only where no name holds a "’").
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

_END = ""   # a node's key for "a name ends here"


def literal(char: str) -> str:
    """A name's character as it is (escaped)."""
    return re.escape(char)


def trie_alternation(names: Iterable[str], piece: Callable[[str], str] = literal) -> str:
    """A regex (no group of its own but non-capturing ones) matching each of `names`, each character
    written by `piece`, that finds at a place what `"|".join(the names, longest first)` finds there.

    >>> trie_alternation(["New York", "New York City", "Newark"], lambda c: r"\\s+" if c == " " else c)
    'New(?:\\\\s+York(?:\\\\s+City)?|ark)'
    """
    root: dict = {}
    for name in names:
        node = root
        for char in name:
            node = node.setdefault(char, {})
        node[_END] = {}
    return _branches(root, piece)


def _branches(node: dict, piece: Callable[[str], str]) -> str:
    goes_on = [piece(char) + _branches(child, piece) for char, child in node.items() if char != _END]
    if not goes_on:
        return ""
    if _END in node:   # the names that go on first, then the one that ends here
        return f"(?:{'|'.join(goes_on)})?"
    return goes_on[0] if len(goes_on) == 1 else f"(?:{'|'.join(goes_on)})"
