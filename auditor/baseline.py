"""Which findings count, for a check in CI: a selection of rules (--select, --ignore), a
baseline of accepted findings (--baseline, --write-baseline), the exit decision (--fail-on),
and what changed between two JSON reports (`auditor diff`).

Findings are known by their stable ids (`Finding.id`: independent of claim order, file
layout and line numbers), so a baseline survives edits that change nothing found.
Everything here returns data or raises InputError; nothing prints or exits.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any, NamedTuple, get_args

from pydantic import ValidationError

from auditor.errors import InputError, Problem
from auditor.models.findings import BaselineSummary, Finding, FindingKind, Report

KINDS: tuple[str, ...] = get_args(FindingKind)
FAIL_ON: tuple[str, ...] = ("tension", "hard-tension", "never")
BASELINE_VERSION = 1


# --- selecting rules ------------------------------------------------------------------------

class Selection(NamedTuple):
    """Findings to report: those matching `select` (all when empty) and no `ignore` entry. An
    entry is a rule id (TN004), a prefix of rule ids (TN), a rule name (value-conflict) or
    a finding kind (not-comparable)."""

    select: tuple[str, ...] = ()
    ignore: tuple[str, ...] = ()
    names: Mapping[str, str] = {}     # rule id -> rule name, to match entries that name a rule

    def keeps(self, rule: str, kind: str) -> bool:
        if self.select and not any(self._matches(e, rule, kind) for e in self.select):
            return False
        return not any(self._matches(e, rule, kind) for e in self.ignore)

    def _matches(self, entry: str, rule: str, kind: str) -> bool:
        if entry in KINDS:
            return kind == entry
        return rule.startswith(entry.upper()) or self.names.get(rule) == entry


def selection(select: Iterable[str], ignore: Iterable[str], rule_names: Mapping[str, str],
              origins: Mapping[str, str] | None = None) -> Selection:
    """A Selection from option values (each may hold several entries, comma-separated),
    checked against the pack's rules (`rule_names`: id -> name). An unknown entry is an
    InputError naming where it was given (`origins`: 'select'/'ignore' -> '--select', or a
    config file)."""
    origins = origins or {}
    problems = []
    parsed: dict[str, tuple[str, ...]] = {}
    for key, values in (("select", select), ("ignore", ignore)):
        entries = tuple(e.strip() for v in values for e in str(v).split(",") if e.strip())
        for e in entries:
            if not _known(e, rule_names):
                problems.append(Problem(
                    file=origins.get(key, f"--{key}"), code=f"{key}-unknown", field=key, input=e,
                    message=f"'{e}' is neither a rule id, a rule name nor a finding kind",
                    hint=f"rules: {', '.join(sorted(rule_names))} (`auditor rules` lists them); "
                         f"kinds: {', '.join(KINDS)}"))
        parsed[key] = entries
    if problems:
        raise InputError(problems)
    return Selection(parsed["select"], parsed["ignore"], dict(rule_names))


def _known(entry: str, rule_names: Mapping[str, str]) -> bool:
    return entry in KINDS or entry in rule_names.values() or any(r.startswith(entry.upper()) for r in rule_names)


def select_findings(report: Report, chosen: Selection) -> Report:
    """The report with only the findings the selection keeps."""
    if not chosen.select and not chosen.ignore:
        return report
    return report.model_copy(update={"findings": tuple(f for f in report.findings if chosen.keeps(f.rule, f.kind))})


# --- baselines ------------------------------------------------------------------------------

class Accepted(NamedTuple):
    """A finding recorded in a baseline."""

    id: str
    rule: str
    kind: str
    strength: str | None
    claims: tuple[str, ...]


class Baseline(NamedTuple):
    file: str
    findings: Mapping[str, Accepted]

    def accepts(self, f: Finding) -> bool:
        """Recorded, and no stronger now (a soft tension that turned hard is new)."""
        entry = self.findings.get(f.id)
        return entry is not None and not (f.strength == "hard" and entry.strength == "soft")


def baseline_text(report: Report) -> str:
    """A baseline of every finding of `report`: its stable ids, sorted, each with its rule, kind,
    strength, claims and message so that a person reading the file knows what was accepted."""
    entries = [{"id": f.id, "rule": f.rule, "kind": f.kind, "strength": f.strength, "claims": list(f.claims),
                "message": f.message} for f in sorted(report.findings, key=lambda f: f.id)]
    data = {"baseline": BASELINE_VERSION,
            "about": "Findings accepted by `auditor audit --write-baseline`; `--baseline FILE` fails only on others.",
            "findings": entries}
    return json.dumps(data, indent=2, ensure_ascii=False) + "\n"


def read_baseline(path: str | Path, origin: str = "--baseline") -> Baseline:
    """Read a baseline file (or a JSON report: its findings are accepted). Raises InputError
    naming the file when it is missing or is not a baseline."""
    data = _read_json(path, origin, what="baseline", hint="write one with `auditor audit PATHS --write-baseline FILE`")
    items = data.get("findings") if isinstance(data, dict) else None
    if not isinstance(items, list):
        raise InputError([Problem(file=str(path), code="baseline-invalid", field="findings",
                                  message="not a baseline: expected an object with a list of `findings`",
                                  hint="write one with `auditor audit PATHS --write-baseline FILE`")])
    found: dict[str, Accepted] = {}
    problems = []
    for i, item in enumerate(items):
        if not (isinstance(item, dict) and isinstance(item.get("id"), str)):
            problems.append(Problem(file=str(path), code="baseline-invalid", field=f"findings[{i}]",
                                    message="each finding needs a string `id`",
                                    hint="write the baseline again with --write-baseline"))
            continue
        claims = item.get("claims") or ()
        found[item["id"]] = Accepted(item["id"], str(item.get("rule", "")), str(item.get("kind", "")),
                                     item.get("strength"), tuple(map(str, claims)) if isinstance(claims, list) else ())
    if problems:
        raise InputError(problems)
    return Baseline(str(path), found)


def against_baseline(report: Report, baseline: Baseline, chosen: Selection | None = None) -> Report:
    """The report with its `baseline` summary: findings the baseline does not accept, and
    accepted findings that are gone (of those the selection would report)."""
    current = {f.id for f in report.findings}
    new = tuple(f.id for f in report.findings if not baseline.accepts(f))
    gone = tuple(sorted(i for i, a in baseline.findings.items()
                        if i not in current and (chosen is None or chosen.keeps(a.rule, a.kind))))
    return report.model_copy(update={"baseline": BaselineSummary(file=baseline.file, new=new, gone=gone)})


def fails(report: Report, fail_on: str) -> bool:
    """Does the report reach --fail-on? Against a baseline only its new findings count."""
    if fail_on not in FAIL_ON:
        raise ValueError(f"--fail-on must be one of {', '.join(FAIL_ON)}, not {fail_on!r}")
    if fail_on == "never":
        return False
    new = set(report.baseline.new) if report.baseline is not None else None
    tensions = [f for f in report.findings if f.kind == "tension" and (new is None or f.id in new)]
    if fail_on == "hard-tension":
        return any(f.strength == "hard" for f in tensions)
    return bool(tensions)


# --- two reports ----------------------------------------------------------------------------

class Change(NamedTuple):
    """A finding on the same claims by the same rule whose strength changed."""

    old: Finding
    new: Finding

    @property
    def stronger(self) -> bool:
        return self.old.strength == "soft" and self.new.strength == "hard"


class Verdict(NamedTuple):
    claim: str
    old: str
    new: str


class ReportDiff(NamedTuple):
    appeared: tuple[Finding, ...]
    disappeared: tuple[Finding, ...]
    changed: tuple[Change, ...]
    verdicts: tuple[Verdict, ...]

    @property
    def worse(self) -> bool:
        """Something appeared (a tension that turned hard counts as a hard tension appearing)."""
        return bool(self.appeared) or any(c.stronger for c in self.changed)


# A claim's verdict: the strongest thing the report says of it, strongest first.
VERDICTS = ("in a hard tension, most likely wrong", "in a hard tension", "in a soft tension, most likely wrong",
            "in a soft tension", "revised", "corroborated", "no conflict")
ABSENT = "not in the report"


def verdicts(report: Report) -> dict[str, str]:
    """Each claim's verdict: tension (hard, soft; as the most likely wrong claim or not),
    revision, corroboration, or none of them."""
    rank = {c.id: len(VERDICTS) - 1 for c in report.claims}
    for f in report.findings:
        for claim in f.claims:
            if f.kind == "tension":
                level = 0 if f.strength == "hard" else 2
                label = level if f.suspects and f.suspects[0].claim == claim else level + 1
            elif f.kind == "revision":
                label = 4
            elif f.kind == "corroboration":
                label = 5
            else:
                continue
            rank[claim] = min(rank.get(claim, len(VERDICTS) - 1), label)
    return {c: VERDICTS[r] for c, r in rank.items()}


def read_report(path: str | Path) -> Report:
    """A JSON report (`auditor audit --format json`); InputError naming the file when it is not one."""
    data = _read_json(path, "auditor diff", what="report", hint="write one with `auditor audit PATHS --format json -o FILE`")
    try:
        return Report.model_validate(data)
    except ValidationError as exc:
        problems = [Problem(file=str(path), code="report-invalid", field=".".join(map(str, err["loc"])),
                            message=err["msg"], hint="give a JSON report of `auditor audit --format json`")
                    for err in exc.errors()[:5]]
        raise InputError(problems) from None


def read_reports(paths: Iterable[str | Path]) -> list[Report]:
    """Several JSON reports; one InputError with the problems of all of them."""
    reports, problems = [], []
    for path in paths:
        try:
            reports.append(read_report(path))
        except InputError as exc:
            problems.extend(exc.problems)
    if problems:
        raise InputError(problems)
    return reports


def diff_reports(old: Report, new: Report) -> ReportDiff:
    """Findings that appeared, disappeared or changed strength (same rule and claims), and the
    claims whose verdict changed (a claim in only one report counts when it is in a conflict)."""
    old_by_id = {f.id: f for f in old.findings}
    new_by_id = {f.id: f for f in new.findings}
    appeared = [f for f in new.findings if f.id not in old_by_id]
    disappeared = [f for f in old.findings if f.id not in new_by_id]
    changed = [Change(old_by_id[i], f) for i, f in new_by_id.items()
               if i in old_by_id and old_by_id[i].strength != f.strength]
    # a tension whose strength changed has a new id: pair it by rule and claims
    gone_by_key: dict[tuple, list[Finding]] = {}
    for f in disappeared:
        gone_by_key.setdefault(_key(f), []).append(f)
    for f in list(appeared):
        twins = [g for g in gone_by_key.get(_key(f), []) if g.strength != f.strength]
        if twins:
            gone_by_key[_key(f)].remove(twins[0])
            disappeared.remove(twins[0])
            appeared.remove(f)
            changed.append(Change(twins[0], f))
    before, after = verdicts(old), verdicts(new)
    quiet = VERDICTS[-1]
    moved = [Verdict(c, before.get(c, ABSENT), after.get(c, ABSENT)) for c in sorted({*before, *after})
             if before.get(c, ABSENT) != after.get(c, ABSENT)
             and {before.get(c, ABSENT), after.get(c, ABSENT)} != {quiet, ABSENT}]
    return ReportDiff(tuple(appeared), tuple(disappeared), tuple(changed), tuple(moved))


def describe_diff(diff: ReportDiff) -> list[str]:
    """The diff as lines for people: each part under a heading, then a one-line tally."""
    lines: list[str] = []

    def part(heading: str, rows: list[str]) -> None:
        if rows:
            lines.extend([f"{heading} ({len(rows)}):", *(f"  {r}" for r in rows)])

    part("Appeared", [f"+ {_finding(f)}" for f in diff.appeared])
    part("Disappeared", [f"- {_finding(f)}" for f in diff.disappeared])
    part("Changed strength", [f"~ {c.new.rule} {', '.join(c.new.claims)}: {c.old.strength or c.old.severity} -> "
                              f"{c.new.strength or c.new.severity} ({c.old.id} -> {c.new.id})" for c in diff.changed])
    part("Verdicts changed", [f"{v.claim}: {v.old} -> {v.new}" for v in diff.verdicts])
    lines.append(f"{len(diff.appeared)} appeared, {len(diff.disappeared)} disappeared, "
                 f"{len(diff.changed)} changed strength; {len(diff.verdicts)} "
                 f"claim{'s' * (len(diff.verdicts) != 1)} changed verdict.")
    return lines


def _key(f: Finding) -> tuple:
    return (f.rule, tuple(sorted(f.claims)))


def _finding(f: Finding) -> str:
    badge = f"{f.severity} {f.strength}" if f.strength else f.severity
    return f"{f.id} [{badge}] {', '.join(f.claims)}: {f.message}"


def _read_json(path: str | Path, origin: str, *, what: str, hint: str) -> Any:
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise InputError([Problem(file=str(path), code=f"{what}-missing",
                                  message=f"no such {what} file (given with {origin})", hint=hint)]) from None
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError([Problem(file=str(path), code=f"{what}-unreadable",
                                  message=f"cannot read the {what}: {exc}", hint=hint)]) from None
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        raise InputError([Problem(file=str(path), line=exc.lineno, column=exc.colno, code=f"{what}-invalid",
                                  message=f"not JSON: {exc.msg}", hint=hint)]) from None
