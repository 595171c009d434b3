"""The values of one type at the top of every drafting module, by module and name: the patterns the
fast-path laws (`tests/text/test_led_pattern.py`, `tests/text/test_word_runs.py`, `test_word_gate.py`,
`test_window_gate.py`) hold over; and a pattern cut into one pattern a choice of words (`each_choice`),
so that a law tries each alternative alone."""

from __future__ import annotations

import importlib
import pkgutil
import re
from typing import TypeVar

import auditor.draft

T = TypeVar("T")


def drafting_values(kind: type[T]) -> dict[str, T]:
    """Every value of type `kind` at the top of a drafting module, named "module.name"."""
    found = {}
    for info in pkgutil.iter_modules(auditor.draft.__path__, "auditor.draft."):
        module = importlib.import_module(info.name)
        found.update({f"{info.name}.{name}": value for name, value in vars(module).items() if isinstance(value, kind)})
    return found


def _branches(source: str) -> list[str]:
    """The top-level alternatives of a pattern's source (split at each "|" outside groups and sets)."""
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


def _group_end(source: str, at: int) -> int:
    """Where the group opened at source[at] closes (the index of its ")")."""
    depth, i = 0, at
    while True:
        if source[i] == "\\":
            i += 2
            continue
        if source[i] == "[":
            i = source.index("]", i + (3 if source[i + 1:i + 2] in ("^", "]") else 2))
        depth += {"(": 1, ")": -1}.get(source[i], 0)
        if depth == 0:
            return i
        i += 1


def _alternatives(source: str, groups: int | None = None) -> list[str]:
    """The source cut into patterns of one choice each: its top-level alternatives, then each group of
    alternatives in them ("(?:went|goes|go)\\s+on\\s+to\\s+(?:say|note|...)") cut into its choices (the
    first `groups` groups of each alternative only, when given: their product grows fast)."""
    out = []
    for branch in _branches(source):
        at = next((i for i in range(len(branch)) if branch.startswith("(?:", i) and (i == 0 or branch[i - 1] != "\\")
                   and len(_branches(branch[i + 3:_group_end(branch, i)])) > 1), None)
        if at is None or groups == 0:
            out.append(branch)
            continue
        close = _group_end(branch, at)
        out += [alternative for choice in _branches(branch[at + 3:close])
                for alternative in _alternatives(f"{branch[:at]}(?:{choice}){branch[close + 1:]}",
                                                 None if groups is None else groups - 1)]
    return out


def each_choice(pattern: re.Pattern, groups: int | None = None) -> list[re.Pattern]:
    """The pattern cut into one pattern a choice of words (`_alternatives`; the first `groups` groups of
    each alternative, when given)."""
    return [re.compile(alternative, pattern.flags) for alternative in _alternatives(pattern.pattern, groups)]
