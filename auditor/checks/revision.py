"""Revisions: a body restating its own figure (auditor/engine/revisions.py), reported once
with the old and the new figure instead of as a tension."""

from __future__ import annotations

from auditor.engine.describe import quantity_label
from auditor.models.findings import Finding, fingerprint


def revision(rule, sa) -> list[Finding]:
    from auditor.engine.report import statement_text
    corpus = sa.corpus
    out = []
    for rev in sa.revisions:
        old, new = corpus.claim(rev.old), corpus.claim(rev.new)
        when = {cid: sa.scenario.publication[corpus.claim(cid).source].label() for cid in (rev.old, rev.new, *rev.echoes, *rev.derived)}
        c_old, c_new = sa.compiled[rev.old], sa.compiled[rev.new]
        stated = c_old.stated if rev.implied is not None else c_new.stated
        if stated is None:   # restated by a change (a budget's later version): the old claim's quantity
            stated = c_old.stated or c_old.own
        what = quantity_label(stated, sa.pack) if stated is not None else new.metric
        change = ""
        iv_old = c_old.readings[0].subject["default"].interval if c_old.stated is not None else None
        iv_new = c_new.readings[0].subject["default"].interval if c_new.stated is not None else None
        if rev.implied is not None:   # restated without the figure: what its later statements imply
            iv_new = rev.implied
        if iv_old is not None and iv_new is not None and None not in (iv_old.lo, iv_old.hi, iv_new.lo, iv_new.hi) \
                and iv_old.lo == iv_old.hi and iv_new.lo == iv_new.hi:
            diff = iv_new.lo - iv_old.lo
            change = f" ({'+' if diff > 0 else ''}{diff})"
        who = rev.body or f"{new.id} (declared: supersedes {old.id})"
        if rev.implied is not None:
            said = "; ".join(statement_text(corpus.claim(c)) for c in rev.implied_by)
            message = (f"{who} restated {what} without stating it: {statement_text(old)} on {when[rev.old]}; "
                       f"its later statements ({said}, {when[rev.new]}) agree on {rev.implied.describe(True)}{change}. "
                       "The audit uses the later statements; the earlier figure is kept in the report, not treated as "
                       "a contradiction.")
        else:
            message = (f"{who} restated {what}: {statement_text(old)} on {when[rev.old]}, "
                       f"{statement_text(new)} on {when[rev.new]}{change}. The audit uses the newer figure; "
                       "the earlier one is kept in the report, not treated as a contradiction.")
        if rev.echoes:
            message += f" {len(rev.echoes)} other claim(s) repeated the earlier figure before it was restated."
        parts = rev.parts
        worked = [d for d in rev.derived if d not in parts]
        if worked:
            message += (f" {len(worked)} claim(s) worked out from the earlier figure before it was restated "
                        "(a change, a comparison, a rate or a record) fit it, and are judged by the figures of their day.")
        if parts:
            rose = iv_old is not None and iv_new is not None and iv_old.hi is not None and iv_new.lo is not None \
                and iv_new.lo > iv_old.hi
            held = "less than the newer figure and at least the earlier one" if rose \
                else "more than the newer figure but not the earlier one"
            message += (f" {len(parts)} count(s) of parts of the period published before it was restated add up to "
                        f"{held}, and are judged by the figures of their day.")
        evidence = {"old": rev.old, "new": rev.new, "body": rev.body, "declared": rev.body is None,
                    "figures": {rev.old: f"{statement_text(old)} ({when[rev.old]})",
                                rev.new: f"{statement_text(new)} ({when[rev.new]})"},
                    "change": change.strip(" ()") or None}
        if rev.implied is not None:
            evidence["implied"] = rev.implied.describe(True)
            evidence["implied_by"] = list(rev.implied_by)
        if rev.echoes:
            evidence["echoes"] = {cid: f"{statement_text(corpus.claim(cid))} ({when[cid]})" for cid in rev.echoes}
        if rev.derived:
            evidence["derived"] = {cid: f"{statement_text(corpus.claim(cid))} ({when[cid]})" for cid in rev.derived}
        claims = tuple(dict.fromkeys((rev.old, rev.new, *rev.implied_by, *rev.echoes, *rev.derived)))
        out.append(Finding(id=fingerprint(rule.id, (rev.old, rev.new), "revision"), rule=rule.id, kind="revision",
                           severity=rule.severity, claims=claims, message=message, evidence=evidence))
    return out + [_completion(rule, sa, done) for done in sa.completions]


def _completion(rule, sa, done) -> Finding:
    """A count so far and the same counter's figure for the whole period that completed it
    (engine/completions.py): reported as a revision, neither figure set aside."""
    from auditor.engine.report import statement_text
    corpus = sa.corpus
    old, new = corpus.claim(done.old), corpus.claim(done.new)
    when = {cid: sa.scenario.publication[corpus.claim(cid).source].label() for cid in (done.old, done.new, *done.repeats)}
    stretch, whole = sa.compiled[done.old].stated, sa.compiled[done.new].stated
    message = (f"{done.counter}'s count so far of {quantity_label(stretch, sa.pack)}, {statement_text(old)} "
               f"on {when[done.old]}, completed by {done.body}'s figure for the whole period "
               f"({quantity_label(whole, sa.pack)}), {statement_text(new)} on {when[done.new]}. Both figures "
               "stand: the earlier one counts a shorter stretch.")
    if done.repeats:
        message += f" {len(done.repeats)} other claim(s) gave the same count so far."
    evidence = {"old": done.old, "new": done.new, "body": done.body, "counter": done.counter, "declared": False, "completed": True,
                "whole": quantity_label(whole, sa.pack), "whole_figure": statement_text(new), "to": stretch.end.isoformat(),
                "figures": {done.old: f"{statement_text(old)} ({when[done.old]})",
                            done.new: f"{statement_text(new)} ({when[done.new]})"},
                "change": None}
    if done.repeats:
        evidence["echoes"] = {cid: f"{statement_text(corpus.claim(cid))} ({when[cid]})" for cid in done.repeats}
    return Finding(id=fingerprint(rule.id, (done.old, done.new), "completion"), rule=rule.id, kind="revision",
                   severity=rule.severity, claims=(done.old, done.new, *done.repeats), message=message,
                   evidence=evidence)
