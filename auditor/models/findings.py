"""Findings and the audit report: the data every reporter renders."""

from __future__ import annotations

import hashlib
import re
from datetime import date, timedelta
from typing import Any, Literal

from pydantic import Field

from auditor.models.base import Frozen

FindingKind = Literal["tension", "revision", "corroboration", "implied", "not-comparable", "dating", "not-checkable",
                      "undetermined"]
Severity = Literal["error", "warning", "info"]
SEVERITY_ORDER = {"error": 0, "warning": 1, "info": 2}
# undetermined: a solver question that ran out of its budget (auditor/engine/solver.py, Budget)
KIND_ORDER = {"tension": 0, "undetermined": 1, "revision": 2, "dating": 3, "not-comparable": 4, "corroboration": 5,
              "implied": 6, "not-checkable": 7}
REPORT_VERSION = "1.0"


# The sets of field names given (pydantic's `__pydantic_fields_set__`, a set of its own in every
# record: 200 to 700 bytes, as much as the record's own fields) shared by the records that were
# given the same fields. A frozen record's set is never changed: pydantic copies it for
# model_copy and pickling, and assigning to a field is an error.
_FIELDS_SETS: dict[frozenset, set] = {}


class _Shared(Frozen):
    """A report record whose set of given field names is shared (`_FIELDS_SETS`): a million
    claims' summaries are most of what the report holds."""

    def model_post_init(self, context: Any, /) -> None:
        given = self.__pydantic_fields_set__
        shared = _FIELDS_SETS.setdefault(frozenset(given), given)
        if shared is not given:
            object.__setattr__(self, "__pydantic_fields_set__", shared)


class Suspect(_Shared):
    """A claim of a tension that may be the wrong one, and why, in a reporter's words."""

    claim: str
    reason: str


class Finding(_Shared):
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


class PeriodSummary(_Shared):
    phrase: str
    start: str
    end: str
    candidates: tuple[dict[str, str], ...] | None = None


class ClaimLocation(_Shared):
    """Where a claim is written: its claim file (as the audit was given it), 1-based line and column."""

    file: str
    line: int
    column: int = 1


class ClaimSummary(_Shared):
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


class SourceSummary(_Shared):
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

    # --- views for notebooks and spreadsheets: methods over the fields above, which stay the contract ---

    def ranked_findings(self) -> tuple[Finding, ...]:
        """The findings most important first: errors, then warnings, then info; by kind (tensions first);
        hard tensions before soft; otherwise in the engine's order."""
        return tuple(sorted(self.findings, key=lambda f: (SEVERITY_ORDER[f.severity], KIND_ORDER[f.kind],
                                                          f.strength != "hard")))

    def finding_records(self) -> list[dict[str, Any]]:
        """One flat row per finding, most important first: what `findings_frame()` and `--format csv` hold.
        Lists are joined with ', ' so that a spreadsheet cell can hold them."""
        new = set(self.baseline.new) if self.baseline is not None else None
        rows = []
        for f in self.ranked_findings():
            first = f.suspects[0] if f.suspects else None
            quantity = f.evidence.get("quantity")
            rows.append({
                "id": f.id, "rule": f.rule, "kind": f.kind, "severity": f.severity, "strength": f.strength or "",
                "claims": ", ".join(f.claims), "n_claims": len(f.claims),
                "first_suspect": first.claim if first else "", "suspect_reason": first.reason if first else "",
                "quantity": quantity if isinstance(quantity, str) else "",
                "candidates": joined_candidates(f.candidates) if f.candidates else "",
                "set_aside": ", ".join(f.set_aside),
                "baseline": "" if new is None else ("new" if f.id in new else "accepted"),
                "message": f.message,
            })
        return rows

    def claim_records(self) -> list[dict[str, Any]]:
        """One flat row per claim, with its source and what the findings say of it: what `claims_frame()` holds."""
        sources = {s.id: s for s in self.sources}
        touched: dict[str, list[str]] = {}
        first_in: dict[str, list[str]] = {}
        tensions: dict[str, int] = {}
        corroborated: set[str] = set()
        for f in self.ranked_findings():
            for c in f.claims:
                touched.setdefault(c, []).append(f.id)
                tensions[c] = tensions.get(c, 0) + (f.kind == "tension")
                if f.kind == "corroboration":
                    corroborated.add(c)
            if f.kind == "tension" and f.suspects:
                first_in.setdefault(f.suspects[0].claim, []).append(f.id)
        rows = []
        for c in self.claims:
            s = sources.get(c.source)
            rows.append({
                "id": c.id, "source": c.source, "publisher": s.publisher if s else "",
                "published": s.published if s else "", "url": (s.url or "") if s else "",
                "metric": c.metric, "place": c.place, "period": c.period.phrase, "start": c.period.start,
                "end": c.period.end, "statement": c.statement, "speaker": c.speaker or "",
                "quote": c.quote.get("text") or "", "findings": ", ".join(touched.get(c.id, ())),
                "tensions": tensions.get(c.id, 0), "first_suspect_in": ", ".join(first_in.get(c.id, ())),
                "corroborated": c.id in corroborated,
                "file": c.where.file if c.where else "", "line": c.where.line if c.where else None,
            })
        return rows

    def claims_frame(self):
        """The claims as a pandas DataFrame, one row each (columns: `claim_records()`); needs the `frames` extra."""
        return _pandas("claims_frame").DataFrame(self.claim_records(), columns=_CLAIM_COLUMNS)

    def findings_frame(self):
        """The findings as a pandas DataFrame, most important first (columns: `finding_records()`); needs the
        `frames` extra."""
        return _pandas("findings_frame").DataFrame(self.finding_records(), columns=_FINDING_COLUMNS)

    def _repr_html_(self) -> str:
        """What a notebook shows: the counts, the verdict and the top findings, never the whole corpus."""
        from html import escape

        def e(value: object) -> str:
            return escape(str(value), quote=True)

        tally = [("hard tensions", self.count("tension", "hard")), ("soft tensions", self.count("tension", "soft")),
                 ("revisions", self.count("revision")), ("corroborations", self.count("corroboration")),
                 ("implied", self.count("implied")), ("not comparable", self.count("not-comparable")),
                 ("dating", self.count("dating"))]
        verdict = {"hard-tension": "Hard tensions: some claims cannot all be true under any reading.",
                   "tension": "Soft tensions only: a generous reading of the qualifiers reconciles them.",
                   "none": "No tensions."}[self.worst()]
        out = ['<div class="claims-audit"><style>.claims-audit th, .claims-audit td '
               "{ text-align: left; vertical-align: top; padding: 2px 8px; }</style>",
               f"<p><b>Claims audit</b>: {len(self.sources)} sources, {len(self.claims)} claims, "
               f"{len(self.findings)} findings. {e(verdict)}</p>",
               "<table><tr>" + "".join(f"<th>{e(k)}</th>" for k, _ in tally) + "</tr><tr>"
               + "".join(f"<td>{n}</td>" for _, n in tally) + "</tr></table>"]
        top = self.ranked_findings()[:REPR_FINDINGS]
        if top:
            out.append("<table><tr><th>finding</th><th>kind</th><th>message</th></tr>")
            for f in top:
                message = f.message if len(f.message) <= REPR_MESSAGE else \
                    f.message[:REPR_MESSAGE].rsplit(" ", 1)[0] + " …"
                kind = f.kind + (f" ({f.strength})" if f.strength else "")
                out.append(f"<tr><td><code>{e(f.id)}</code></td><td>{e(kind)}</td><td>{e(message)}</td></tr>")
            out.append("</table>")
        more = len(self.findings) - len(top)
        if more > 0:
            out.append(f"<p>… and {more} more findings: <code>report.findings_frame()</code> lists them all.</p>")
        out.append("</div>")
        return "\n".join(out)

    def _repr_pretty_(self, printer, cycle: bool) -> None:
        """IPython's plain-text view (also saved beside the HTML one in a notebook file): a few lines, not
        the whole corpus; repr() itself stays the full model."""
        lines = [f"<Report {self.version}: {len(self.sources)} sources, {len(self.claims)} claims, "
                 f"{len(self.findings)} findings; worst: {self.worst()}>"]
        for f in self.ranked_findings()[:REPR_FINDINGS]:
            message = f.message if len(f.message) <= 100 else f.message[:100].rsplit(" ", 1)[0] + " …"
            lines.append(f"  {f.id} {f.kind}{f' ({f.strength})' if f.strength else ''}: {message}")
        if len(self.findings) > REPR_FINDINGS:
            lines.append(f"  ... and {len(self.findings) - REPR_FINDINGS} more: report.findings_frame()")
        printer.text("\n".join(lines))


REPR_FINDINGS = 5     # findings a notebook shows; the frames and the reporters show them all
REPR_MESSAGE = 240    # characters of a message in a notebook's summary

_CLAIM_COLUMNS = ["id", "source", "publisher", "published", "url", "metric", "place", "period", "start", "end",
                  "statement", "speaker", "quote", "findings", "tensions", "first_suspect_in", "corroborated",
                  "file", "line"]
_FINDING_COLUMNS = ["id", "rule", "kind", "severity", "strength", "claims", "n_claims", "first_suspect",
                    "suspect_reason", "quantity", "candidates", "set_aside", "baseline", "message"]


def _pandas(method: str):
    """pandas, imported only when a frame is asked for: it is an optional extra."""
    try:
        import pandas
    except ImportError as error:
        raise ImportError(f"Report.{method}() needs pandas, which the auditor installs only as an extra: "
                          "pip install 'claims-auditor[frames]'") from error
    return pandas
