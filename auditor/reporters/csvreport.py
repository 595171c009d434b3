"""The CSV reporter: one row per finding, most important first, for a spreadsheet.

The columns are `Report.finding_records()` (the same as `report.findings_frame()`): id, rule,
kind, severity, strength, claims, n_claims, first_suspect, suspect_reason, quantity,
candidates, set_aside, baseline, message. Lists sit in one cell, joined with ', '. Named
csvreport so that it does not shadow the standard library's csv module.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Mapping

from auditor import reporters
from auditor.models.findings import Report

COLUMNS = ("id", "rule", "kind", "severity", "strength", "claims", "n_claims", "first_suspect", "suspect_reason",
           "quantity", "candidates", "set_aside", "baseline", "message")


def render(report: Report, rules: Mapping[str, reporters.RuleInfo], options: reporters.Options) -> str:
    """The findings as CSV (RFC 4180 quoting, '\\n' line ends), a header row first."""
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=COLUMNS, lineterminator="\n", extrasaction="ignore")
    writer.writeheader()
    for row in report.finding_records():
        writer.writerow({k: _cell(row[k]) for k in COLUMNS})
    return out.getvalue()


# What a spreadsheet may take for the start of a formula (OWASP, CSV injection), with the
# full-width forms some spreadsheets fold to them, and the controls before them.
FORMULA_START = frozenset("=+-@\t\r\n\uff1d\uff0b\uff0d\uff20")


def _cell(value: object) -> object:
    """A spreadsheet runs a cell that starts with =, +, - or @ as a formula, even after blanks:
    such text is quoted with a leading apostrophe (OWASP's advice on CSV injection); numbers
    stay numbers."""
    if isinstance(value, str) and value and (value[0] in FORMULA_START or value.lstrip()[:1] in FORMULA_START):
        return "'" + value
    return value
