"""The words that name a budget's version, and where a quote names one (proposed, adopted, current).

A budget is given in versions as its year goes (engine/revisions.py, budget_versions); a change
of one version beside figures of another is no contradiction (checks/comparability.py,
of_another_version). Both read the versions here, from the revision rule's `budget_versions`
(rules/checks/RV001-revision.yaml).
"""

from __future__ import annotations

import re

from auditor.pack.model import Pack
from auditor.pack.plans import names_any, revision_param


def version_words(pack: Pack) -> list[tuple[int, tuple[str, ...]]]:
    """The words that name a budget's version, earliest first (`budget_versions`: proposed,
    adopted, current)."""
    versions = revision_param(pack, "budget_versions", {}) or {}
    order = ("proposed", "adopted", "current")
    return [(i, tuple(versions.get(name, ()))) for i, name in enumerate(order) if versions.get(name)]


def version_near(text: str, span: tuple[int, int], words) -> int | None:
    """The version (`version_words`) a quote names next to a figure at `span` of it: the word just
    before it ("the approved $166.5 million budget, amended later"), else the two words just after
    it within its clause ("the $207 million amended budget")."""
    before = " ".join(text[:span[0]].split()[-1:])
    after = " ".join(re.split(r"[,;:.](?:\s|$)", text[span[1]:], maxsplit=1)[0].split()[:2])
    for side in (before, after):
        for rank, names in words:
            if names_any(side, names):
                return rank
    return None


def named_version(text: str, words) -> int | None:
    """The version a quote names for its own figure ("The FY2025 Proposed General Fund
    budget ..."), the earliest when it names several; a word after "from" or "compared to"
    names the base's version ("... from the FY2024 Current Budget") and is not read; one in a
    clause of "since" names the version the figure has moved on from, and the figure is of the
    next ("Since Dyer rolled out his proposed budget about a month ago, sales tax revenue
    increased the general fund by $28.6 million to a total of over $400 million": adopted)."""
    text = re.split(r"\b(?:from|compared to|compared with|over|than)\b", text.lower(), maxsplit=1)[0]
    m = moved_on(text)
    for part, step in ([(text, 0)] if m is None else [(m[1], 0), (m[0], 1)]):
        for rank, names in words:
            if names_any(part, names):
                return min(rank + step, words[-1][0])
    return None


def amended_from(text: str, figure: str, patterns) -> bool:
    """Whether a quote gives its figure (`figure`, as the claim writes it) as the budget an
    amendment was made to: written after one of `patterns` (`amended_from_patterns`: "adding
    about $3.6 million to Mayor Dave Bronson's $583.6 million spending plan"), in its clause.
    Not a figure before them ("the $587 million budget, adding $3.6 million to the plan"), nor
    one after a later "to" ("cut the number budgeted for from 850 to 800": the 800 is the new one)."""
    figure = " ".join(figure.split()).lower()
    if not figure:
        return False
    for p in patterns:
        for m in re.finditer(p, text, re.IGNORECASE):
            clause = re.split(r"[.;](?:\s|$)|\bto\b", " ".join(text[m.end():].split()).lower(), maxsplit=1)[0]
            if figure in clause:
                return True
    return False


def moved_on(text: str) -> tuple[str, str] | None:
    """A quote's leading "Since ..., " clause and the rest, when the rest tells its figure moved."""
    m = re.match(r"\s*since\b([^,;:]*),(.*)", text.lower(), re.S)
    moved = ("increased", "rose", "grew", "fell", "dropped", "added", "cut", "raised", "lowered")
    return (m.group(1), m.group(2)) if m and names_any(m.group(2), moved) else None


def version_told(sentence: str, words, patterns) -> int | None:
    """The version a sentence tells its change is of, "when approved", "as proposed": a version's
    word just after one of `patterns` (`version_told_patterns`; of_another_version)."""
    told = "|".join(f"(?:{p})" for p in patterns)
    for rank, names in words:
        alternation = "|".join(re.escape(n) for n in names)
        if re.search(rf"(?:{told})(?:{alternation})\b", sentence, re.IGNORECASE):
            return rank
    return None
