"""Completions: a count so far followed by the same counter's figure for the whole period.

"50 homicides so far in 2020" in December, then "Little Rock finished the year with 56": one
count moving, the revision benchmarks/README.md's "Late figures" calls (2). The two figures
count different stretches (to 22 December, the whole year) and do not conflict, so nothing is
superseded: the count so far stays in the audit (it still holds for its own stretch), and the
completion is reported beside the revisions so that a reader sees the count's history.

Rule (the revision rule's `completed_so_far_share`): a figure for a stretch from a year's
start to a day of its last share of days (a running count, to a day that closes no month: not a
report of whole months such as the first half; an undated article's "so far", which ends some
day of the span it came out in, when its earliest end is that late; a count to the very day it
was told, even the last of a month, "As of Wednesday" on 30 November; a count its words say will
rise as cases are decided, "Through November ... 103 overdose deaths, but 92 pending toxicology
tests could significantly increase the total": _running), given while the year ran,
of a count that only grows (additive over time, not a stock), is completed by the first figure
for the whole year (the same metric, place and start) surely out after the year ended that
states it no more vaguely (a lower bound not below the count so far's: not "more than 400" after
408, nor after "more than 400"; a vaguer one out first, "nearly 300" after 290, is passed over),
if the first does not fall short of it (a year's figure restated later is still the first word
on the year: its revision follows), of the same counter: the same counting body
(revisions.counting_body), or the count so far in an outlet's own words (the count it tells is the
body's), or the year's figure in an outlet's own words, the same outlet's or out within
`completed_by_another_outlet_days` of the year's end; never two bodies' counts. An outlet's own
count so far is completed by the same outlet's figure for the year first (out within those days);
else the counter's own
word for the year (its release, or a figure credited to it) comes before an outlet's retelling. A count so far passed, while the
year ran, by a later one of its outlet or its counter is completed by that one, not by the year.
Examples (Little Rock): KARK's 50 homicides to 22 December 2020 from the police's data, then the
police's 56 for the year (the Democrat-Gazette, January 2021); Knoxville: WATE's 22 to 10 December
2023, then the police's 24 for the year. Not Little Rock's 15 to 29 March 2017 (too early in its
year to be completed by it).
"""

from __future__ import annotations

from datetime import timedelta
from typing import NamedTuple

from auditor.engine.revisions import (Ledger, a_growing_count, first_out, own_words_on_its_site, spans_a_year,
                                     told_undecided, wholly_above)
from auditor.pack.plans import revision_param


class Completion(NamedTuple):
    old: str                      # the count so far
    new: str                      # the whole period's figure that completes it
    counter: str                  # who gave the count so far (its speaker or outlet)
    body: str                     # who gave the whole period's figure: not always the same
    repeats: tuple[str, ...] = ()   # other claims of the same count so far (same stretch and figure)


def _counts(ledger: Ledger) -> dict:
    """The plain figures of counts that only grow over time, by (metric, place, start); a count
    "so far" of an undated article, whose stretch ends some day of the span it may have come out
    in (to 1-31 October), among them (_so_far takes it when every such day fits)."""
    pack = ledger.corpus.pack
    out: dict = {}
    for cid, (q, iv) in ledger.figures.items():   # (the ledger holds no forecast)
        if a_growing_count(pack, q._replace(latest_end=None), iv) and iv.lo is not None:
            out.setdefault(q[:3], []).append(cid)
    return out


def _a_year(q) -> bool:
    """Whether a quantity's period is a year (twelve months from a month's first day: a
    calendar or fiscal year), the period a count "so far this year" is of."""
    return q.start.day == 1 and spans_a_year(q)


def _to_a_day(q) -> bool:
    """Whether a quantity's stretch ends on a day that closes no month: a running count (to 22
    December), not a report of whole months (the first half, January to April)."""
    return (q.end + timedelta(days=1)).day != 1


def _running(ledger: Ledger, cid: str) -> bool:
    """Whether a count so far is a running count whichever day it ends: one to the day it was
    told ("As of Wednesday, 46 people have been killed", told on 30 November: a report of whole
    months comes out after its last month), or one whose words say it will rise as cases are
    decided ("Through November, ... 103 overdose deaths, but 92 pending toxicology tests could
    significantly increase the total": a count in progress, revisions.told_undecided)."""
    q = ledger.figures[cid][0]
    return q.end >= ledger.when(cid).earliest or told_undecided(ledger.corpus.claim(cid), ledger.corpus.pack)


def _so_far(ledger: Ledger, cid: str, q_whole, share: float) -> bool:
    """Whether claim `cid` is a late count so far of the year `q_whole`: a stretch to a day of it
    in its last `share` of days, given while the year ran (a running count: one to a day that
    closes no month, or `_running`)."""
    q = ledger.figures[cid][0]
    days = (q_whole.end - q_whole.start).days + 1
    # a stretch whose end is uncertain (an undated article's "so far") is a running count
    # whichever day it ends, and fits when its earliest end does (its latest is nearer the year's)
    if q.latest_end is not None and q.latest_end > q_whole.end:
        return False
    return (_to_a_day(q) or q.latest_end is not None or _running(ledger, cid)) and q.end < q_whole.end \
        and (q_whole.end - q.end).days <= share * days and ledger.when(cid).latest <= q_whole.end


def _one_counter(ledger: Ledger, old: str, new: str, days: int) -> bool:
    """Whether two figures may be one counter's: the same counting body, or the count so far in
    an outlet's own words (credited to no body: the count it tells is the body's), or the year's
    figure in an outlet's own words when it is the same outlet's or out within `days` of the
    year's end (`completed_by_another_outlet_days`: an advocacy blog's year figure a year on may
    be another count); two bodies' figures (a state bureau's and the police's) are two counts."""
    a, b = ledger.counted(old), ledger.counted(new)
    # (an outlet's own words on its site's copy, "... (arkansasonline.com)", are its line's: outlet_lines)
    if a == b or a == ledger.outlet(old) or own_words_on_its_site(ledger, old):
        return True
    return (b == ledger.outlet(new) or own_words_on_its_site(ledger, new)) and (
        ledger.outlet(new) == ledger.outlet(old) or (ledger.when(new).earliest - ledger.figures[new][0].end).days <= days)


def _its_outlets(ledger: Ledger, old: str, later: list[str], days: int) -> list[str]:
    """Of the year's figures `later`, those of the outlet whose own count so far `old` is (its
    words, credited to no body), out within `days` of the year's end: an outlet's tally is
    completed by its own year's figure before the body's word retold elsewhere (Toledo: WTOL's
    "So far in 2021, we've reached 60 homicides", then its "70 homicides in 2021" in April, not
    the chief's "over 70" on 13abc in February); its "final tally" a year on is a retelling."""
    if ledger.counted(old) != ledger.outlet(old):
        return []
    return [n for n in later if ledger.outlet(n) == ledger.outlet(old)
            and (ledger.when(n).earliest - ledger.figures[n][0].end).days <= days]


def completed_counts(ledger: Ledger, revised: set[str]) -> list[Completion]:
    """Every count so far completed by its counter's figure for the whole period (module
    docstring); `revised`: the claims a revision already restates or sets aside (no count so
    far of them is completed: the revision tells their story)."""
    share = float(revision_param(ledger.corpus.pack, "completed_so_far_share", 0))
    if not share:
        return []
    when, figures, counted = ledger.when, ledger.figures, ledger.counted
    days = int(revision_param(ledger.corpus.pack, "completed_by_another_outlet_days", 0))
    found: dict[tuple, Completion] = {}
    for _, members in sorted(_counts(ledger).items(), key=lambda kv: repr(kv[0])):
        wholes = sorted({figures[m][0] for m in members if figures[m][0].latest_end is None
                         and _a_year(figures[m][0]) and when(m).earliest > figures[m][0].end}, key=lambda q: q.end)
        for old in sorted(members):
            q_old, iv_old = figures[old]
            if old in revised:
                continue
            periods = [q for q in wholes if _so_far(ledger, old, q, share)]
            if not periods:
                continue
            q_whole = periods[0]   # the first whole period's count that takes the stretch in
            # an earlier count so far, passed while the year ran by a later one of its outlet or counter
            if any((ledger.outlet(m) == ledger.outlet(old) or counted(m) == counted(old))
                   and figures[m][0].end > q_old.end and _so_far(ledger, m, q_whole, share) for m in members):
                continue
            later = [n for n in members if figures[n][0] == q_whole and when(n).earliest > q_whole.end
                     and _one_counter(ledger, old, n, days)]
            if not later:
                continue
            # the counter's own word (its release, or a figure credited to it) before a retelling;
            # a year's count below the count so far completes nothing (a tension, or a fall restated)
            own = [n for n in later if counted(n) != ledger.outlet(n) or ledger.own_release(n)]
            if wholly_above(iv_old, figures[first_out(ledger, own or later)][1]):
                continue
            # nor does a vaguer one: a year's figure whose lower bound falls below the count so
            # far's ("more than 400" after 408, "nearly 300" after 290), or the same bounds as a
            # vague count so far's, tells nothing new, and the first figure that does completes it
            # (Baton Rouge: the coroner's 290 so far, WAFB's "nearly 300", then WBRZ's 295)
            later = [n for n in later if not (figures[n][1].lo < iv_old.lo
                                              or (figures[n][1] == iv_old and iv_old.lo != iv_old.hi))]
            if not later:
                continue
            own = [n for n in own if n in later]
            new = first_out(ledger, _its_outlets(ledger, old, later, days) or own or later)
            key = (q_old, iv_old, new)
            if key in found:
                found[key] = found[key]._replace(repeats=(*found[key].repeats, old))
            else:
                found[key] = Completion(old, new, ledger.speaker(old), ledger.speaker(new))
    return sorted(found.values())
