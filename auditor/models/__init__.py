"""The validated records the auditor reasons about."""

from auditor.models.claims import Attribution, Claim, Quote, Reading, Source, Statement
from auditor.models.periods import DateRange, Period
from auditor.models.statements import Amount, Change, Comparison, Share

__all__ = [
    "Amount", "Attribution", "Change", "Claim", "Comparison", "DateRange", "Period", "Quote",
    "Reading", "Share", "Source", "Statement",
]
