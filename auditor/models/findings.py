"""Findings and the audit report: the data every reporter renders."""

from __future__ import annotations

import hashlib
import re
from datetime import date, timedelta
from typing import Any, Literal

from pydantic import Field

from auditor.models.base import Frozen

FindingKind = Literal["tension", "revision", "corroboration", "implied", "not-comparable", "dating", "not-checkable"]
Severity = Literal["error", "warning", "info"]
SEVERITY_ORDER = {"error": 0, "warning": 1, "info": 2}
KIND_ORDER = {"tension": 0, "revision": 1, "dating": 2, "not-comparable": 3, "corroboration": 4, "implied": 5,
              "not-checkable": 6}
REPORT_VERSION = "1.0"


class Suspect(Frozen):
    """A claim of a tension that may be the wrong one, and why, in a reporter's words."""

    claim: str
    reason: str


class Finding(Frozen):
    """One result of the audit, with the claims it concerns and the arithmetic behind it."""

    id: str
    rule: str
    kind: FindingKind
    severity: Severity
    strength: Literal["hard", "soft"] | None = None
    claims: tuple[str, ...]
    message: str
    evidence: dict[str, Any] = Field(default_factory=dict)
    candidates: tuple[str, ...] | None = Field(
        default=None, description="publication-date candidates under which this holds; null: under all")
    suspects: tuple[Suspect, ...] = Field(
        default=(), description="for a tension: its claims, most likely wrong first, each with the reason")
    set_aside: tuple[str, ...] = Field(
        default=(), description="claims doubted in a tension that this finding was worked out without")

    def sort_key(self) -> tuple:
        return (SEVERITY_ORDER[self.severity], KIND_ORDER[self.kind], self.rule, self.claims, self.id)


_CANDIDATE = re.compile(r"^(?P<source>\S+) published (?P<start>\d{4}-\d{2}-\d{2})\.\.(?P<end>\d{4}-\d{2}-\d{2})$")


def joined_candidates(candidates: tuple[str, ...]) -> str:
    """'wiat-undated published 2020-01-01..2023-03-29': candidate labels name their source;
    for one undated source, candidates that follow each other are joined into one range
    (they partition its publication range, so the union is exact)."""
    found = [_CANDIDATE.match(c) for c in candidates]
    if not candidates or not all(found) or len({m["source"] for m in found}) != 1:
        return " or ".join(candidates)
    runs: list[list[date]] = []
    for m in sorted(found, key=lambda m: m["start"]):
        start, end = date.fromisoformat(m["start"]), date.fromisoformat(m["end"])
        if runs and runs[-1][1] + timedelta(days=1) == start:
            runs[-1][1] = end
        else:
            runs.append([start, end])
    source = found[0]["source"]
    return " or ".join(f"{source} published {a.isoformat()}..{b.isoformat()}" for a, b in runs)


def fingerprint(rule: str, claims: tuple[str, ...], key: str) -> str:
    """A stable id: independent of claim order, file layout and line numbers."""
    digest = hashlib.sha1(f"{rule}|{'|'.join(sorted(claims))}|{key}".encode()).hexdigest()
    return f"{rule}-{digest[:10]}"


class PeriodSummary(Frozen):
    phrase: str
    start: str
    end: str
    candidates: tuple[dict[str, str], ...] | None = None


class ClaimLocation(Frozen):
    """Where a claim is written: its claim file (as the audit was given it), 1-based line and column."""

    file: str
    line: int
    column: int = 1


class ClaimSummary(Frozen):
    id: str
    source: str
    metric: str
    place: str
    period: PeriodSummary
    statement: str
    speaker: str | None = None
    quote: dict[str, Any]
    readings: tuple[dict[str, Any], ...] | None = Field(
        default=None, description="for an ambiguous claim: each reading and whether it can hold with the others")
    # Left out of the JSON report: a path depends on where the audit ran (the bundled seeds'
    # is inside the installed package), and the JSON report is the same on every machine.
    where: ClaimLocation | None = Field(
        default=None, exclude=True, description="the claim's file, line and column, for SARIF and CI annotations")


class SourceSummary(Frozen):
    id: str
    title: str
    publisher: str
    kind: str
    url: str | None
    published: str
    candidates: tuple[str, ...] | None = None


class BaselineSummary(Frozen):
    """The report against a baseline of accepted findings: which are new, which accepted ones are gone."""

    file: str
    new: tuple[str, ...] = ()
    gone: tuple[str, ...] = ()


class Report(Frozen):
    """The result of an audit: a stable contract (see `version`)."""

    version: str = REPORT_VERSION
    sources: tuple[SourceSummary, ...]
    claims: tuple[ClaimSummary, ...]
    findings: tuple[Finding, ...]
    baseline: BaselineSummary | None = Field(
        default=None, description="set when audited against a baseline (--baseline); absent otherwise")

    def count(self, kind: str, strength: str | None = None) -> int:
        return sum(1 for f in self.findings if f.kind == kind and (strength is None or f.strength == strength))

    def worst(self) -> str:
        """'hard-tension', 'tension' (soft only) or 'none'."""
        if any(f.kind == "tension" and f.strength == "hard" for f in self.findings):
            return "hard-tension"
        if any(f.kind == "tension" for f in self.findings):
            return "tension"
        return "none"
