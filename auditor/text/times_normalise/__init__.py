"""What a matched time expression means: its TIMEX3 type and value against the DCT.

Each grammar rule has a reader here that turns the rule's parts into a `Reading`. Readers
that need the document creation time (DCT) ask the `Anchor`; when the DCT is unknown the
value keeps X for the parts that cannot be known (`XXXX` for "last year"). The anchor also
remembers the last period mentioned, for anaphora ("the year before that", "those two
months", "a year earlier" after a quarter).

An anchor made for a claim file's period field (`claim=True`) reads by that field's
conventions: the field holds nothing but a period that has been counted, so a date or
month without a year is the latest one on or before the DCT (no near-future reading),
"may" and "march" are months in any case, and "a year earlier" counts back from the
period before. Readers note when a phrase needs an earlier period (`wanted_reference`),
so that a claim with nothing before it can be refused instead of read against the DCT.

The readers are grouped by what they read, each with its examples: `anchor` (the DCT
and what the document has mentioned; `Anchor(claim=True)` is the claim-field mode),
`values` (TIMEX3 values, units and granularities), `calendar` (dates, months, years,
clock times, weekdays, holidays), `periods` (quarters, halves, decades, seasons, year
ends, "to date"), `relative` ("last year", "two weeks ago", "the year before that"),
`durations` ("three years", "each week") and `dispatch` (the reader of each grammar rule).
"""

from __future__ import annotations

from auditor.text.times_normalise.anchor import NEAR_FUTURE_DAYS, NEAR_FUTURE_MONTHS, Anchor, MissingAnchor, Reading
from auditor.text.times_normalise.dispatch import READERS, read

__all__ = ["NEAR_FUTURE_DAYS", "NEAR_FUTURE_MONTHS", "READERS", "Anchor", "MissingAnchor", "Reading", "read"]
