"""The JSON Lines reporter: the JSON report one record per line, for a large corpus read a line
at a time (`grep`, `jq -c`, a loader that never holds the whole report).

The first line is the report's head (version, verdict, counts, baseline); then one line per
source, per claim and per finding, each with a "type" of "source", "claim" or "finding" and
otherwise the fields of the JSON report's records, keys sorted.
"""

from __future__ import annotations

import json

from auditor import reporters
from auditor.models.findings import Report
from auditor.reporters.json import _INVISIBLE


def render(report: Report) -> str:
    data = json.loads(report.model_dump_json(exclude={"baseline"} if report.baseline is None else None))
    head = {"type": "report", "version": data["version"], "worst": report.worst(),
            "counts": dict(reporters.counts(report)), "sources": len(report.sources),
            "claims": len(report.claims), "findings": len(report.findings)}
    if "baseline" in data:
        head["baseline"] = data["baseline"]
    lines = [head]
    for kind, key in (("source", "sources"), ("claim", "claims"), ("finding", "findings")):
        lines.extend({"type": kind, **record} for record in data[key])
    text = "\n".join(json.dumps(line, sort_keys=True, ensure_ascii=False) for line in lines)
    return _INVISIBLE.sub(lambda m: f"\\u{ord(m.group()):04x}", text) + "\n"
