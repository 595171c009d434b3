"""The JSON reporter: the report itself, a stable contract for other tools (see `Report.version`)."""

from __future__ import annotations

import json

from auditor.models.findings import Report


def render(report: Report) -> str:
    """The whole report as indented JSON with keys sorted, so equal reports give equal text.

    Pydantic serialises first (so its rules hold, e.g. non-finite floats become null);
    the result is then re-emitted with sorted keys, which `model_dump_json` cannot do.
    """
    # `baseline` is there only when the audit was run against one: without, the report is as it always was
    data = json.loads(report.model_dump_json(exclude={"baseline"} if report.baseline is None else None))
    return json.dumps(data, indent=2, sort_keys=True, ensure_ascii=False) + "\n"
