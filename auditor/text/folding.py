"""Lower-casing as a case-blind regex reads letters.

`re.IGNORECASE` matches a few letters to ASCII ones that `str.lower` leaves apart: the dotless "ı"
and the long "ſ" (an "i" and an "s"), and "İ", which lower-cases to "i" and a combining dot. A
reader that matched a word case-blind and then looks it up, or a prefilter that asks a lower-cased
text for a pattern's letters, reads the text through `regex_lower` so that it sees what the regex saw.
"""

from __future__ import annotations

# ı and ſ read as i and s; the dot "İ" lower-cases with (after its "i") dropped
LOWERED_ODDLY = str.maketrans({"ı": "i", "ſ": "s", "\u0307": None})


def regex_lower(text: str) -> str:
    """`text` lower-cased as a case-blind pattern matches it.

    >>> regex_lower("Three MONTHſ in İstanbul")
    'three months in istanbul'
    """
    lower = text.lower()
    return lower if lower.isascii() else lower.translate(LOWERED_ODDLY)
