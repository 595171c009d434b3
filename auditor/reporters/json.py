"""The JSON reporter: the report itself, a stable contract for other tools (see `Report.version`)."""

from __future__ import annotations

import json
import re

from auditor.models.findings import Report

# Characters json.dumps leaves as they are but a terminal showing the file would obey (DEL, the
# C1 controls, U+009B among them a one-byte CSI) or that reorder text on screen (bidirectional
# overrides and isolates); they occur only inside strings, so their escapes are the same values.
_INVISIBLE = re.compile("[\x7f-\x9f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]")


def render(report: Report) -> str:
    """The whole report as indented JSON with keys sorted, so equal reports give equal text.

    Pydantic serialises first (so its rules hold, e.g. non-finite floats become null);
    the result is then re-emitted with sorted keys, which `model_dump_json` cannot do.
    """
    # `baseline` is there only when the audit was run against one: without, the report is as it always was
    data = json.loads(report.model_dump_json(exclude={"baseline"} if report.baseline is None else None))
    text = json.dumps(data, indent=2, sort_keys=True, ensure_ascii=False)
    return _INVISIBLE.sub(lambda m: f"\\u{ord(m.group()):04x}", text) + "\n"
