"""auditor: cross-checks the numbers in news claims with an exact solver.

    import auditor
    report = auditor.audit(["claims/"])        # or auditor.audit() for the bundled seeds
    for finding in report.findings:
        print(finding.kind, finding.message)

The library returns data and raises `auditor.InputError` on bad input; it never prints
or exits.
"""

from auditor.engine.audit import audit, audit_corpus
from auditor.errors import InputError, Problem
from auditor.loading.corpus import Corpus, load_claims, load_records
from auditor.models import Amount, Change, Claim, Comparison, DateRange, Period, Quote, Reading, Share, Source
from auditor.models.findings import Finding, Report
from auditor.pack import Pack, load_pack

__version__ = "0.1.0"

__all__ = [
    "Amount", "Change", "Claim", "Comparison", "Corpus", "DateRange", "Finding", "InputError", "Pack", "Period",
    "Problem", "Quote", "Reading", "Report", "Share", "Source", "audit", "audit_corpus", "load_claims",
    "load_pack", "load_records", "__version__",
]
