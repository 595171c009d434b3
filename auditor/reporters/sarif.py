"""The SARIF reporter: SARIF 2.1.0 for code scanning (GitHub's, or any SARIF viewer).

The pack's rules are the tool's rule descriptors (summary as the short description, why
and fix as the help); each finding is a result at its claim's line in its claim file (a
tension's most likely wrong claim first, the other claims as related locations), with
the finding's stable id as its fingerprint, so a scanner tracks it across commits.

`render_story` is the SARIF of `auditor check`: each finding that involves the story is a
result at the story's words, a region with start and end line and column, so that an editor
or a CMS can underline them.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from typing import Protocol
from pathlib import PurePath
from urllib.parse import quote

from auditor import reporters
from auditor.models.findings import ClaimSummary, Finding, Report

SCHEMA = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"
LEVELS = {"error": "error", "warning": "warning", "info": "note"}
FINGERPRINT = "auditorFindingId/v1"   # partialFingerprints key: the finding's stable id
ROOT = "%SRCROOT%"                    # the uriBaseId of paths relative to the repository's root


def render(report: Report, rules: Mapping[str, reporters.RuleInfo], options: reporters.Options) -> str:
    """The report as a SARIF 2.1.0 log with one run."""
    from auditor import __version__

    descriptors = [_descriptor(r) for r in rules.values()]
    known = {r.id for r in rules.values()}
    for rule in dict.fromkeys(f.rule for f in report.findings):   # a finding of a rule the pack lacks
        if rule not in known:
            descriptors.append({"id": rule})
            known.add(rule)
    index = {d["id"]: i for i, d in enumerate(descriptors)}
    claims = reporters.claim_index(report)
    new = set(report.baseline.new) if report.baseline is not None else None
    run: dict = {
        "tool": {"driver": {"name": "claims-auditor", "semanticVersion": __version__, "rules": descriptors}},
        "columnKind": "unicodeCodePoints",
        "results": [_result(f, index[f.rule], claims, options.root, new) for f in report.findings],
    }
    if options.root is not None:
        run["originalUriBaseIds"] = {ROOT: {"uri": _directory_uri(options.root)}}
    log = {"$schema": SCHEMA, "version": "2.1.0", "runs": [run]}
    return json.dumps(log, indent=2, ensure_ascii=False) + "\n"


class StoryRegion(Protocol):
    """Where a story's claim is (auditor.draft.story.StorySpan): 1-based lines and columns, the
    end column being that of the character after the region, as SARIF's endColumn is."""

    claim: str
    line: int
    column: int
    end_line: int
    end_column: int
    text: str


def render_story(findings: Sequence[tuple[Finding, Sequence[StoryRegion]]], rules: Mapping[str, reporters.RuleInfo],
                 story: str, root: str | None = None) -> str:
    """The findings that involve a story as a SARIF 2.1.0 log: each result located at the
    story's words (its first claim's region; the others as related locations)."""
    from auditor import __version__

    descriptors = [_descriptor(r) for r in rules.values()]
    known = {r.id for r in rules.values()}
    for finding, _ in findings:
        if finding.rule not in known:
            descriptors.append({"id": finding.rule})
            known.add(finding.rule)
    index = {d["id"]: i for i, d in enumerate(descriptors)}
    results = []
    for finding, regions in findings:
        result: dict = {"ruleId": finding.rule, "ruleIndex": index[finding.rule], "level": LEVELS[finding.severity],
                        "message": {"text": finding.message}}
        if regions:
            result["locations"] = [_story_location(story, regions[0], root)]
            if len(regions) > 1:
                result["relatedLocations"] = [_story_location(story, r, root, i) for i, r in enumerate(regions[1:], 1)]
        result["partialFingerprints"] = {FINGERPRINT: finding.id}
        properties: dict = {"findingId": finding.id, "kind": finding.kind, "claims": list(finding.claims)}
        if finding.strength:
            properties["strength"] = finding.strength
        result["properties"] = properties
        results.append(result)
    run: dict = {"tool": {"driver": {"name": "claims-auditor", "semanticVersion": __version__, "rules": descriptors}},
                 "columnKind": "unicodeCodePoints", "results": results}
    if root is not None:
        run["originalUriBaseIds"] = {ROOT: {"uri": _directory_uri(root)}}
    log = {"$schema": SCHEMA, "version": "2.1.0", "runs": [run]}
    return json.dumps(log, indent=2, ensure_ascii=False) + "\n"


def _story_location(story: str, region: StoryRegion, root: str | None, related: int | None = None) -> dict:
    path = reporters.relative_path(story, root)
    artifact = {"uri": PurePath(path).as_uri()} if PurePath(path).is_absolute() else \
        {"uri": quote(PurePath(path).as_posix()), "uriBaseId": ROOT}
    location: dict = {"physicalLocation": {"artifactLocation": artifact,
                                           "region": {"startLine": region.line, "startColumn": region.column,
                                                      "endLine": region.end_line, "endColumn": region.end_column,
                                                      "snippet": {"text": region.text}}},
                      "message": {"text": f"claim {region.claim}"}}
    if related is not None:
        location = {"id": related, **location}
    return location


def _descriptor(rule: reporters.RuleInfo) -> dict:
    return {
        "id": rule.id,
        "name": rule.name,
        "shortDescription": {"text": rule.summary},
        "fullDescription": {"text": f"{rule.summary} {rule.why}"},
        "help": {"text": f"Why: {rule.why}\n\nFix: {rule.fix}", "markdown": f"**Why.** {rule.why}\n\n**Fix.** {rule.fix}"},
        "defaultConfiguration": {"level": LEVELS.get(rule.severity, "warning")},
        "properties": {"kind": rule.kind, "tags": [rule.kind]},
    }


def _result(f: Finding, rule_index: int, claims: Mapping[str, ClaimSummary], root: str | None,
            new: set[str] | None) -> dict:
    # a tension's message names its most likely wrong claim already
    result: dict = {"ruleId": f.rule, "ruleIndex": rule_index, "level": LEVELS[f.severity],
                    "message": {"text": f.message}}
    located = reporters.located_claims(f, claims)
    if located:
        result["locations"] = [_location(located[0], root)]
        if len(located) > 1:
            result["relatedLocations"] = [_location(c, root, i) for i, c in enumerate(located[1:], 1)]
    result["partialFingerprints"] = {FINGERPRINT: f.id}
    if new is not None:
        result["baselineState"] = "new" if f.id in new else "unchanged"
    properties: dict = {"findingId": f.id, "kind": f.kind, "claims": list(f.claims)}
    if f.strength:
        properties["strength"] = f.strength
    if f.candidates is not None:
        properties["candidates"] = list(f.candidates)
    result["properties"] = properties
    return result


def _location(claim: ClaimSummary, root: str | None, related: int | None = None) -> dict:
    where = claim.where
    path = reporters.relative_path(where.file, root)
    artifact = {"uri": PurePath(path).as_uri()} if PurePath(path).is_absolute() else \
        {"uri": quote(path), "uriBaseId": ROOT}
    location: dict = {"physicalLocation": {"artifactLocation": artifact,
                                           "region": {"startLine": where.line, "startColumn": where.column}},
                      "message": {"text": f"claim {claim.id}"}}
    if related is not None:
        location = {"id": related, **location}
    return location


def _directory_uri(root: str) -> str:
    uri = PurePath(root).as_uri() if PurePath(root).is_absolute() else quote(PurePath(root).as_posix())
    return uri if uri.endswith("/") else uri + "/"
