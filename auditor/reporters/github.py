"""The GitHub reporter: workflow commands that annotate a pull request's claim files.

One `::error` or `::warning` line per finding at or above warning (only findings new
against the baseline, when the audit had one), at its claim's file and line, with the
rule id as its title; then the closing line. Values are escaped as GitHub's toolkit
escapes them (`%`, CR and LF in the message; also `:` and `,` in properties).
"""

from __future__ import annotations

from collections.abc import Mapping

from auditor import reporters
from auditor.models.findings import Report

COMMANDS = {"error": "error", "warning": "warning"}   # info findings are not annotated


def escape_data(value: str) -> str:
    return value.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(value: str) -> str:
    return escape_data(value).replace(":", "%3A").replace(",", "%2C")


def render(report: Report, rules: Mapping[str, reporters.RuleInfo], options: reporters.Options) -> str:
    """The annotations, one line each, and the closing line."""
    claims = reporters.claim_index(report)
    new = set(report.baseline.new) if report.baseline is not None else None
    lines = []
    for f in report.findings:
        command = COMMANDS.get(f.severity)
        if command is None or (new is not None and f.id not in new):
            continue
        properties: dict[str, str] = {}
        located = reporters.located_claims(f, claims)
        if located:
            where = located[0].where
            properties = {"file": reporters.relative_path(where.file, options.root), "line": str(where.line),
                          "col": str(where.column)}
        properties["title"] = f"{f.rule} {rules[f.rule].name}" if f.rule in rules else f.rule
        # a tension's message names its most likely wrong claim already
        message = f"{f.message}\nClaims: {', '.join(f.claims)}; finding {f.id}"
        props = ",".join(f"{k}={escape_property(v)}" for k, v in properties.items())
        lines.append(f"::{command} {props}::{escape_data(message)}")
    lines.append(reporters.summary(report))
    against = reporters.baseline_line(report)
    if against:
        lines.append(against)
    return "\n".join(lines) + "\n"
