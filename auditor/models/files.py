"""The layout of a claim file, for `auditor schema` and editors."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict

from auditor.models.claims import Claim, Source


class ClaimFile(BaseModel):
    """A claim file: sources and the claims taken from them (either list may be absent)."""

    model_config = ConfigDict(extra="forbid", title="auditor claim file")

    sources: list[Source] = []
    claims: list[Claim] = []


def claim_file_schema() -> dict:
    return ClaimFile.model_json_schema()
