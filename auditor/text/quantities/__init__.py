"""Finding quantities in English news text, with the words that change their meaning.

`find_quantities` reads digits ("1,500", "5.1%", "$13.6M"), number words ("eight",
"two to three hundred", "a dozen", "half"), ranges ("29 to 32 percent", "between 20
and 30"), vague plurals ("dozens of", "tens of thousands of"), and the qualifier
("more than", "nearly", "up to") and direction ("rose", "down", "fewer") around
them. Dates, clock times, years, ordinals and numbers inside names ("iPhone 11",
"S&P 500") are not quantities and are skipped.

`parse_value_phrase` reads the short value and change phrases of claim files ("over
2,000", "down 24 percent"); strictly, with the rule pack's qualifier words, for a claim
file's field (auditor/loading/phrases.py).

Each quantity carries two readings of its context: `qualifier` and `direction`, the
claim semantics of the audit core, and `change`, NewsQuant's label (`=`, `~`, `>`,
`<`, `up`, `down`). They differ on purpose: NewsQuant labels a change only where a
verb of change governs the number ("rose 5%"), not for "a 5% rise" or "7000 fewer".

The reader is a package of small parts, each with its examples: `tokens` (the text cut
into words, numbers and signs), `digits` and `words` (one number, an *atom*, in digits or
in words), `signs_and_units` (sign, currency, multiplier and unit around digits),
`exclusions` (atoms that are no quantity: years, dates, labels, names), `qualifiers`
(qualifier words and verbs of change), `ranges` (two atoms that form a range),
`assembly` (an atom or a range with its context becomes a `Quantity`), `reader`
(`find_quantities`), `value_phrases` (`parse_value_phrase`) and `ordinals`.
"""

from __future__ import annotations

from auditor.text.quantities.ordinals import find_ordinals
from auditor.text.quantities.qualifiers import QualifierWords, default_qualifier_tables, qualifier_tables_with
from auditor.text.quantities.quantity import Quantity
from auditor.text.quantities.reader import find_quantities
from auditor.text.quantities.value_phrases import NoNumber, UnreadableValue, parse_value_phrase

__all__ = [
    "NoNumber",
    "QualifierWords",
    "Quantity",
    "UnreadableValue",
    "default_qualifier_tables",
    "find_ordinals",
    "find_quantities",
    "parse_value_phrase",
    "qualifier_tables_with",
]
