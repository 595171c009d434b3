"""Ordinal numbers in text: "the 21st", "twenty-first", "two hundredth".

>>> find_ordinals("the twenty-first and the 3rd")
[21, 3]
"""

from __future__ import annotations

from auditor.text.numbers import NUMBER_WORDS
from auditor.text.quantities.tokens import DASH_CHARS, attached, tokenize


def find_ordinals(text: str) -> list[int]:
    """Ordinal numbers in text, in order: "the 21st", "twenty-first", "two hundredth"."""
    from auditor.text.numbers import ORDINAL_SCALES, ORDINAL_SMALL, ORDINAL_TENS, read_ordinal_words

    if not isinstance(text, str):
        return []
    tokens = tokenize(text)
    found: list[int] = []
    index = 0
    ordinal_words = set(ORDINAL_SMALL) | set(ORDINAL_TENS) | set(ORDINAL_SCALES)
    while index < len(tokens):
        token = tokens[index]
        if token.kind == "n" and index + 1 < len(tokens) and attached(tokens, index + 1) \
                and tokens[index + 1].lower in ("st", "nd", "rd", "th"):
            found.append(int(token.text.replace(",", "").split(".")[0]))
            index += 2
            continue
        if token.kind == "w" and (token.lower in NUMBER_WORDS or token.lower in ordinal_words
                                  or token.lower == "a"):
            words: list[str] = []
            positions: list[int] = []
            probe = index
            while probe < len(tokens) and len(words) < 16:
                if tokens[probe].kind == "w":
                    words.append(tokens[probe].lower)
                    positions.append(probe)
                    probe += 1
                elif tokens[probe].text in DASH_CHARS and words:
                    probe += 1
                else:
                    break
            # the longest prefix that ends in an ordinal word
            for end in range(len(words), 0, -1):
                if words[end - 1] not in ordinal_words:
                    continue
                reading = read_ordinal_words(words[:end], 0)
                if reading is not None and reading[1] == end:
                    found.append(reading[0])
                    index = positions[end - 1] + 1
                    break
            else:
                index += 1
            continue
        index += 1
    return found
