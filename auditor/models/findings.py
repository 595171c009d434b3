"""Findings and the audit report: the data every reporter renders."""

from __future__ import annotations

import hashlib
from typing import Any, Literal

from pydantic import Field

from auditor.models.base import Frozen

FindingKind = Literal["tension", "corroboration", "implied", "not-comparable", "dating"]
Severity = Literal["error", "warning", "info"]
SEVERITY_ORDER = {"error": 0, "warning": 1, "info": 2}
KIND_ORDER = {"tension": 0, "dating": 1, "not-comparable": 2, "corroboration": 3, "implied": 4}
REPORT_VERSION = "1.0"


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

    def sort_key(self) -> tuple:
        return (SEVERITY_ORDER[self.severity], KIND_ORDER[self.kind], self.rule, self.claims, self.id)


def fingerprint(rule: str, claims: tuple[str, ...], key: str) -> str:
    """A stable id: independent of claim order, file layout and line numbers."""
    digest = hashlib.sha1(f"{rule}|{'|'.join(sorted(claims))}|{key}".encode()).hexdigest()
    return f"{rule}-{digest[:10]}"


class PeriodSummary(Frozen):
    phrase: str
    start: str
    end: str
    candidates: tuple[dict[str, str], ...] | None = None


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


class SourceSummary(Frozen):
    id: str
    title: str
    publisher: str
    kind: str
    url: str | None
    published: str
    candidates: tuple[str, ...] | None = None


class Report(Frozen):
    """The result of an audit: a stable contract (see `version`)."""

    version: str = REPORT_VERSION
    sources: tuple[SourceSummary, ...]
    claims: tuple[ClaimSummary, ...]
    findings: tuple[Finding, ...]

    def count(self, kind: str, strength: str | None = None) -> int:
        return sum(1 for f in self.findings if f.kind == kind and (strength is None or f.strength == strength))

    def worst(self) -> str:
        """'hard-tension', 'tension' (soft only) or 'none'."""
        if any(f.kind == "tension" and f.strength == "hard" for f in self.findings):
            return "hard-tension"
        if any(f.kind == "tension" for f in self.findings):
            return "tension"
        return "none"
