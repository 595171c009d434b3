"""Which reader reads each grammar rule, and the anaphora reference it leaves for the next.

>>> from datetime import date
>>> anchor = Anchor(date(2021, 9, 15))
>>> sorted(READERS)[:3], anchor.reference
(['anaphor', 'century', 'clock'], None)
"""

from __future__ import annotations

import re


from auditor.text.times_normalise.anchor import Anchor, MissingAnchor, Reading
from auditor.text.times_normalise.calendar import (
    read_clock,
    read_date,
    read_dayword,
    read_holiday,
    read_iso,
    read_month,
    read_month_year,
    read_numeric,
    read_weekday,
    read_year,
)
from auditor.text.times_normalise.durations import read_duration, read_set, read_vague_duration
from auditor.text.times_normalise.periods import (
    read_century,
    read_decade,
    read_definite,
    read_half,
    read_quarter,
    read_season,
    read_to_date,
    read_year_end,
)
from auditor.text.times_normalise.relative import (
    read_anaphor,
    read_offset,
    read_reference,
    read_relative,
    read_same_period,
    read_stretch,
    read_year_ago_adj,
)
from auditor.text.times_normalise.values import UNKNOWN


READERS = {
    "to_date": read_to_date,
    "year_end": read_year_end,
    "definite": read_definite,
    "holiday": read_holiday,
    "iso": read_iso,
    "numeric": read_numeric,
    "clock": read_clock,
    "date": read_date,
    "month_year": read_month_year,
    "quarter": read_quarter,
    "half": read_half,
    "century": read_century,
    "decade": read_decade,
    "offset": read_offset,
    "year_ago_adj": read_year_ago_adj,
    "same_period": read_same_period,
    "anaphor": read_anaphor,
    "stretch": read_stretch,
    "relative": read_relative,
    "season": read_season,
    "weekday": read_weekday,
    "dayword": read_dayword,
    "set": read_set,
    "duration": read_duration,
    "reference": read_reference,
    "month": read_month,
    "year": read_year,
    "vague_duration": read_vague_duration,
}


def read(rule: str, match: re.Match, anchor: Anchor, start: int) -> Reading | None:
    """The reading of one match (None rejects it), with X in place of what needs a missing DCT."""
    try:
        reading = READERS[rule](match, anchor, start)
    except MissingAnchor as missing:
        return Reading("DATE", UNKNOWN.get(missing.granularity, "XXXX"))
    if reading is not None and reading.type == "DATE" and reading.interval is not None and not reading.anaphoric:
        anchor.reference = (reading.value, reading.interval)
        anchor.reference_granularity = reading.granularity
    elif reading is not None and reading.anaphoric and reading.interval is not None:
        anchor.reference = (reading.value, reading.interval)
    return reading
