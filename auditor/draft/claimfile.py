"""A draft written as a claim file (YAML) that `auditor validate` accepts as it is.

Complete claims are written as records, each under `# review:` comments saying what to
check. A claim with a required field left undecided is written commented out, with its
notes saying what to fill in: uncomment it once it is complete. Notes about the source
and about figures not drafted head the file.
"""

from __future__ import annotations

import io
from typing import Any

from ruamel.yaml import YAML
from ruamel.yaml.scalarstring import LiteralScalarString

from auditor.draft.drafting import Draft


def _yaml() -> YAML:
    yaml = YAML()
    yaml.default_flow_style = False
    yaml.width = 100
    yaml.allow_unicode = True
    yaml.indent(mapping=2, sequence=2, offset=0)
    return yaml


def _dump(data: Any) -> str:
    out = io.StringIO()
    _yaml().dump(data, out)
    return out.getvalue()


def _plain(value: Any) -> Any:
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_plain(v) for v in value]
    return value


def claim_file(drafts: list[Draft] | Draft) -> str:
    """The claim file's text for one or more drafted articles."""
    if isinstance(drafts, Draft):
        drafts = [drafts]
    head = ["# Drafted by `auditor draft`: every field below was read from the article; check each",
            "# `# review:` note, and fill in and uncomment the claims written commented out."]
    for d in drafts:
        for note in d.notes:
            head.append(f"# review ({d.source.id}): {note}")
    sources = []
    for d in drafts:
        record = d.source_record()
        text = record.pop("text")
        record["text"] = LiteralScalarString(text) if _literal_safe(text) else text
        sources.append(record)
    parts = ["\n".join(head), _dump({"sources": sources}).rstrip("\n")]
    claims: list[str] = []
    for d in drafts:
        for item in d.drafted:
            body = _dump([_plain(item.record)]).rstrip("\n")
            notes = [f"# review: {n}" for n in item.notes]
            if item.complete:
                claims.append("\n".join([*notes, body]))
            else:
                fill = ", ".join(m for m in item.missing if m != "valid")
                header = f"# incomplete ({fill} to decide):" if fill else "# incomplete (it did not validate):"
                claims.append("\n".join([header, *notes, *(f"# {line}" for line in body.splitlines())]))
    if any(item.complete for d in drafts for item in d.drafted):
        parts.append("claims:\n" + "\n".join(claims))
    else:
        parts.append("claims: []" + ("\n" + "\n".join(claims) if claims else ""))
    return "\n".join(parts) + "\n"


def _literal_safe(text: str) -> bool:
    """A literal block keeps the text verbatim only without trailing spaces on a line, tabs or a leading space."""
    return not any(line != line.rstrip() for line in text.split("\n")) and "\t" not in text \
        and not text.startswith((" ", "\n")) and "\r" not in text
