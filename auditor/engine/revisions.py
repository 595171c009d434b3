"""Revisions: a body restating its own figure later is a revision, not a contradiction.

A claim supersedes an earlier one when it says so (`supersedes:`), or when both come from
the same body, disagree, and the later one was surely published after the earlier. The body
of a claim is the named body or official a figure is attributed to, else the outlet whose
own words it is (an official release's publisher, a newsroom's own count: see
`Source.voice`). Two figures of one body disagree when they state the same quantity with
intervals that do not meet, or, for a count that only grows over time, when a stretch from
the same start that is no longer has the higher figure ("149 so far" on 29 December, then
"151 as of 28 December"), and the later one moves it by a small share (the revision rule's
`max_change`, 10%: late rulings and late reports; a bigger change is more likely an error,
left to the tension checks). It is not a revision while the body still states the old figure
as late as the new one, or anything else the new one cannot hold with (a caption's
dropped digit beside the right figure). Claims of other
voices that repeated the old figure before the revision came out are superseded with it.
Superseded claims stay in the report and are left out of the audit, which uses the newer
figure. So do the changes, shares, differences, rates and records worked out from the old figure before
the revision came out, when they fit the old figure and not the new one ("up 38%" from 80 to
110, before the 110 was restated as 105; "87 per 100,000" from 262, restated as 264): they
are judged by the figures of their day, not reported as contradictions, and so are counts of parts
of the period published before a fall that add up to more than the new figure but not the old
(172 to 9 November and December's 12, beside 188 later restated as 174). The other quantity
such a claim relates is taken at each of its current figures (the value claims not
superseded): where they disagree (a blog's 267 beside the police's 264), it must fit the
old figure with one of them and the new figure with none.

How real newsrooms count, from the real-news corpora (tests/test_verdicts_real.py): a city
and its police department are one body (`one_body`: the city publishes its police's counts);
a count falls after the fact only by deaths reclassified, so a restatement downward moves it
by at most `max_fall` (5%) within weeks of the first count, up to `max_change` when the lower figure
came out nine months or more after a count given soon after its period ended (`fall_settles_days`:
rulings that a death was justified or accidental take months); a figure the body gave beside another that more outlets carried
was never the count of its day and is restated by nothing; nor is a figure no other outlet gave
that the line leaves its earlier figure for and returns from (a lapse: a count restated moves on,
it does not come back), nor are two outlets' reports of one word days apart that disagree (one
misreports it: `same_word_days`); a restatement follows the body's
last word, not one given before a third figure; a preliminary count is restated without the
figure when two statements of the body's later release agree on another for it; the body
that keeps a count restates, in its word a year or more later, another outlet's lone figure of
the count's day (`restated_by_the_counter_days`, restated_by_the_counter), and a report of
its release gives its word in the reporter's own sentences too (reading_the_release), for the
recent years only; a figure published before its period had surely ended, or in the days after
and called preliminary or repeating the count to its last days, is the count so far, completed by
the first higher figure after it (counted_so_far); the body's count restated upward grows on
(grows_on); an outlet's lone lower figure restates nothing when others gave its earlier one after
the count settled (settled_elsewhere) or when the count returned from it (returned_from); and the
restating claim's cost of doubting it carries what it restates (suspects.carry_restated_costs).
"""

from __future__ import annotations

import re
from datetime import timedelta
from fractions import Fraction
from math import ceil, floor
from typing import NamedTuple

from auditor.engine.compile import CompiledClaim, rate_as_ratio, satisfied
from auditor.engine.intervals import Interval
from auditor.engine.quotes import WRITTEN_AMOUNT, own_clause, written_amounts
from auditor.engine.suspects import body_name, carry_restated_costs, counted_over_time, hedged
from auditor.pack.plans import forecasts, names_any, plan_metrics, plan_words
from auditor.pack.plans import revision_param   # the revision rule's parameters
from auditor.pack.versions import amended_from, moved_on, named_version, version_near, version_words
from auditor.text.numbers import parse_number


class Revision(NamedTuple):
    old: str                   # the superseded claim
    new: str                   # the claim that restates it
    body: str | None           # who restated it (None: declared with `supersedes:`)
    echoes: tuple[str, ...]    # other claims that repeated the old figure before the revision
    derived: tuple[str, ...] = ()   # changes worked out from the old figure before the revision
    # of `derived`, the counts of parts of the period published before a fall (_parts_of_their_day):
    # plain figures, which still corroborate each other, where the rest are worked out
    parts: tuple[str, ...] = ()
    # a restatement the body made without stating the figure: the figure its later change and
    # difference, which agree, imply for the quantity (`new` is one of them, `implied_by` all)
    implied: Interval | None = None
    implied_by: tuple[str, ...] = ()


def own_release(source) -> bool:
    """Whether a source is a body's own word: an official statement or a dataset."""
    return source.kind in ("official-statement", "dataset")


def body_of(claim, source, pack=None) -> str:
    """Whose figure a claim states: the named body or official it is attributed to, else
    the outlet whose own words it is; a body's own release is the body's (release_voice: read
    on a copy site, by the revision rule's `release_forms` in `pack`)."""
    if own_release(source):
        return release_voice(source.voice, revision_param(pack, "release_forms", ()) if pack is not None else ())
    if claim.speaker and claim.attribution in ("paraphrase", "document", "direct-quote"):
        return claim.speaker
    return source.voice


def release_voice(voice: str, forms) -> str:
    """The body whose release a source is. A release read on a copy site names the site last in
    its parenthesis ("Tennessee Department of Health (slides, via slidetodoc.com)"): the site is
    left out, and so is the form when it is only the release's kind of document (`forms`:
    "slides", "press release"), for the body's word is the same on any site (Knoxville: the
    department's 174 fentanyl deaths of 2015, then its slides' 169). Any other form is kept: "(preliminary
    data, via ...)" is the body's preliminary data (preliminary_data_of), "(Knox County Regional
    Forensic Center table, via ...)" another body's table under its name."""
    inner = _PARENTHESIS.search(voice)
    said = inner.group(0).strip()[1:-1] if inner else ""
    if not _VIA_COPY.search(said):
        return voice
    head, form = voice[:inner.start()].strip(), _VIA_COPY.sub("", said).strip()
    if not form or form.casefold() in {f.casefold() for f in forms}:
        return head or voice
    return f"{head} ({form})"


_PARENTHESIS = re.compile(r"\s*\([^()]*\)\s*$")
_RECORD_YEAR = re.compile(r"\s+(19|20)\d\d$")
# a trailing "(copied by right2024.com)" names where a copy was read, not whose words it is
_COPIED = re.compile(r"\s*\((copied|excerpted|republished|reprinted|syndicated) (by|on|in) [^()]*\)\s*$", re.IGNORECASE)
# ... and so does a trailing ", via Yahoo News" (an aggregator or another outlet that ran the copy):
# "The Indianapolis Star, via NewsBreak" is The Indianapolis Star's line
_VIA_COPY = re.compile(r",\s*via [^,()]*$", re.IGNORECASE)
# a copy site's credit line: "WLBT (C.J. LeMaster), excerpted by American Renaissance"
_CREDITED_COPY = re.compile(r"^(?P<outlet>.*\S)\s*\([^()]*\),\s*(as )?(copied|excerpted|republished|reprinted|syndicated)"
                            r" (by|on|in) [^,()]*$", re.IGNORECASE)


_RAN = re.compile(r"^.*\S\s*\((?P<credit>[^()]+)\)$")
# a trailing "(jacksonville.com)", a bare web address, names the site an outlet's own story ran on
_ITS_SITE = re.compile(r"^(?P<outlet>.*\S)\s*\((?:www\.)?(?P<site>[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,6})\)$", re.IGNORECASE)
_HOST = re.compile(r"^[a-z][a-z0-9+.-]*://(?:www\.)?(?P<host>[^/:?#]+)", re.IGNORECASE)
_COPY_WORDS = re.compile(r"^(?:an? )?cop(?:y|ies) of ", re.IGNORECASE)


def outlet_of(source) -> str:
    """The outlet whose line a source's figures are in: its voice, without a trailing
    "(copied by ...)" or ", via ..." naming the site the copy was read on (The Washington Times
    copied by another site is The Washington Times' line: its later figure restates the copy's;
    "The Indianapolis Star, via NewsBreak" is the Star's)."""
    return _VIA_COPY.sub("", _COPIED.sub("", source.voice)).strip() or source.voice


def one_spelling(corpus) -> dict[str, str]:
    """Rule: a body or outlet the corpus names in several spellings that differ only in case,
    punctuation or a leading "The" (body_name: "El Paso Police" and "El Paso police", "Allegheny
    County Medical Examiner's Office" and "... office") is one body, and the rules below, which
    compare names as written, see one spelling of it (the first in sort order). Returns the
    spelling to use for each name written otherwise."""
    names = {name for src in corpus.sources.values() for name in (src.voice, outlet_of(src))}
    names |= {speaker for claim in corpus.claims if (speaker := (claim.speaker or "").strip())}
    spellings: dict[str, set[str]] = {}
    for name in names:     # each name once: a corpus names few, its claims repeat them
        spellings.setdefault(body_name(name), set()).add(name)
    return {name: min(group) for group in spellings.values() if len(group) > 1 for name in group if name != min(group)}


def outlet_lines(corpus, spelling: dict[str, str] | None = None) -> dict[str, str]:
    """The outlet whose line each source's figures are in (outlet_of), by source id; a copy
    site's credit line that names an outlet of the corpus with its byline ("WLBT (C.J.
    LeMaster), excerpted by American Renaissance", beside WLBT's own site) is that outlet's
    line: WLBT's article as first published and as updated on its site is one line. `spelling`:
    one_spelling's names, when given."""
    spelling = spelling or {}
    names = {sid: spelling.get(outlet_of(src), outlet_of(src)) for sid, src in corpus.sources.items()}
    known = {n.casefold(): n for n in names.values()}
    not_its_site = {s.casefold() for s in revision_param(corpus.pack, "not_an_outlets_site", ())}
    lines = {}
    for sid, name in names.items():
        m = _CREDITED_COPY.match(name)
        if m and m.group("outlet").casefold() in known:
            lines[sid] = m.group("outlet")
            continue
        # an outlet's name with the address of its own site ("The Florida Times-Union
        # (jacksonville.com)") is that outlet's line, when the corpus has the outlet's name
        # without it too ("The Florida Times-Union, via Yahoo News"): one paper, read on its
        # site and on an aggregator, keeps one tally
        # (not a wire's or an aggregator's address, `not_an_outlets_site`, nor the host of a
        # story another outlet of the corpus ran: "KY3 (apnews.com)" is the AP's copy)
        m = _ITS_SITE.match(name)
        if m and m.group("outlet").casefold() in known and known[m.group("outlet").casefold()] != name \
                and m.group("site").casefold() not in not_its_site \
                and not _another_outlets_host(corpus, names, m.group("site"), m.group("outlet")):
            lines[sid] = known[m.group("outlet").casefold()]
            continue
        # a paper or site running another outlet's story names it last in parentheses, alone, with
        # its byline or as a copy: "Times-Call, Longmont (The Denver Post)", "ArcaMax (Shelly
        # Bradbury, The Denver Post)", "lakewoodnewsbreak.com (copy of The Denver Post)": that
        # outlet's line, when the corpus has the outlet on its own
        m = _RAN.match(name)
        parts = [_COPY_WORDS.sub("", p).strip().casefold() for p in m.group("credit").split(",")] if m else []
        lines[sid] = next((known[p] for p in parts if p in known and known[p] != name), name)
    return lines


def _another_outlets_host(corpus, names: dict[str, str], site: str, outlet: str) -> bool:
    """Whether a web address is the host of a story's URL that an outlet other than `outlet`
    (and other than `outlet` on that site) ran in the corpus."""
    own = {outlet.casefold(), f"{outlet} ({site})".casefold()}
    return any(m.group("host").casefold() == site.casefold() and names[sid].casefold() not in own
               for sid, src in corpus.sources.items() if (m := _HOST.match(src.url or "")))


def place_names(pack, place_id: str) -> list[str]:
    """The names a place goes by, and the places it lies within: its aliases and its name
    without the state ("Cleveland" of "Cleveland, Ohio")."""
    if place_id not in pack.places:
        return []
    return [n for pid in (place_id, *pack.ancestors(place_id)) for n in own_names(pack.places[pid])]


def own_names(place) -> list[str]:
    """The names one place goes by, lowered: its name, its name without the state, its aliases."""
    return [n.strip().lower() for n in (place.name, place.name.split(",")[0], *place.aliases) if n.strip()]


def counting_body(body: str, claim, pack, forms: dict | None = None) -> str:
    """Who keeps the count a body gives: a place's own government and its police department
    are one (the city publishes its police's figures: a mayor's release, a crime dashboard),
    by the revision rule's `one_body` names ("City of {place}", "{place} Police
    Department"), and so are the officials who announce its counts ("{name}, {place} Police
    Chief": the chief's year-end figures are the department's); the names that begin with the
    place and go on to a body's own ("{place} Police Department") go by their initials too
    ("KDOT", "NCDOT", "APD": _one_body_forms), the place's name alone and "City of {place}" do
    not ("CDC" is no "City of Douglas County"); any other body is itself. A trailing parenthesis
    ("(crime data dashboard)") names where the figure was read, not who counts, unless it opens
    with one of the place's bodies ("State and federal transportation reports (KDOT, TRIP)",
    "(NCDOT data, TRIP)"; a place's own name or alias alone, "The Daily News (Memphis)", is an
    outlet's), and of bodies named together ("County Police Department and FBI statistics")
    the first keeps the count. A body named with an office after a comma is that body only
    when the office is its own by `one_body` ("City of Omaha, Mayor's Office": "{place} Mayor's
    Office"); "City of Raleigh, Department of Transportation" is the department; a spokesperson
    ("{name}, {place} Police Department spokeswoman") is the body's, by `spokesperson_words`, and
    so is its preliminary data ("{body} (preliminary data)": preliminary_data_of). A state's own
    bodies (`one_body_of_a_state`: its transportation department) are one only for a place of
    kind state, and those that also count for its cities and counties (`one_body_of_the_state_itself`:
    its state police, whose crime statistics for a county are another counter's) only for a claim
    of the state itself; a body is keyed by its place's id, whichever of its names it bears ("N.C.",
    "North Carolina"). `forms`, a dict kept by the caller, holds each place's patterns worked
    out once (_one_body_forms), by place id and whether it is the claim's own place."""
    patterns = revision_param(pack, "one_body", ())
    if not patterns:
        return body
    records = revision_param(pack, "record_words", ())
    name = _the_body_of_a_record(_PARENTHESIS.sub("", body).strip().lower(), records)
    name = _the_body_of_its_spokesperson(name, revision_param(pack, "spokesperson_words", ()),
                                         lambda: place_names(pack, claim.place))
    # "County Police Department and FBI statistics": the first body named keeps the count
    first = name.split(" and ")[0].strip()
    # ... and a trailing parenthesis that opens with one of the place's bodies names the counter
    # ("State and federal transportation reports (KDOT, TRIP)", "(NCDOT data, TRIP)")
    inner = _PARENTHESIS.search(body)
    if inner:
        inner = _the_body_of_a_record(inner.group(0).strip()[1:-1].split(",")[0].split(" and ")[0].strip().lower(),
                                      records)
    if claim.place not in pack.places:
        return body
    if inner and inner in place_names(pack, claim.place):
        inner = None   # "The Daily News (Memphis)": an outlet's place, not a body
    for pid in (claim.place, *pack.ancestors(claim.place)):
        key = (pid, pid == claim.place)
        found = forms.get(key) if forms is not None else None
        if found is None:
            place = pack.places[pid]
            mine = patterns
            if place.kind == "state":
                mine = (*mine, *revision_param(pack, "one_body_of_a_state", ()))
                if pid == claim.place:
                    mine = (*mine, *revision_param(pack, "one_body_of_the_state_itself", ()))
            found = _one_body_forms(mine, own_names(place), records)
            if forms is not None:
                forms[key] = found
        exact, named = found
        if name in exact or _with_its_office(first, exact, own_names(pack.places[pid])) in exact or inner in exact \
                or any(_names(name, p) or _names(first, p) for p in named):
            return f"government of {pid}"
    return preliminary_data_of(body, pack) or the_office_of_its_holder(
        body, revision_param(pack, "office_titles", ()), lambda: place_names(pack, claim.place))


def the_office_of_its_holder(body: str, titles, places=lambda: ()) -> str:
    """The office an official named with a title speaks for (`titles`, the revision rule's
    `office_titles`: "coroner", "medical examiner"): "Beau Clark, East Baton Rouge Parish Coroner"
    and "Shane Evans, chief investigator, East Baton Rouge Parish Coroner's Office" keep the count
    of "East Baton Rouge Parish Coroner's Office", whoever holds the office then, and so does
    "Allegheny County Office of the Medical Examiner" of "Allegheny County Medical Examiner's Office". An
    office named after the body it belongs to ("Denver Department of Public Health & Environment, Office
    of the Medical Examiner") is the office of the place that body's name begins with (`places`, the
    claim's place names, called only then: "Denver Office of the Medical Examiner"). Any other name,
    a title of no such office ("Jeff Asher, criminologist") and a title with no place before it
    ("Dr. Jane Doe, Medical Examiner": which county's?) is itself."""
    head, comma, title = body.rpartition(", ")
    title = title.strip()
    # "Allegheny County Office of the Medical Examiner": the same office
    named = re.match(r"^(?P<place>.*?)\s*\boffice of the (?P<title>.+)$", title, flags=re.IGNORECASE)
    if named:
        place = named.group("place")
        if not place and comma:
            # "Denver Department of Public Health & Environment, Office of the Medical Examiner": the
            # office of the place the body it belongs to is named for
            place = next((n for n in sorted(places(), key=len, reverse=True)
                          if head.casefold().startswith(n + " ")), "")
            place = head[:len(place)] if place else ""
        title = f"{place} {named.group('title')}".strip()
    elif not comma or not head.strip():
        return body
    office = re.sub(r"['’]s office$", "", title, flags=re.IGNORECASE)
    for t in titles:
        # a place must come before the title: "Dr. Jane Doe, Medical Examiner" names no office
        # of it; a chief holds the office ("Allegheny County Chief Medical Examiner"), a deputy not
        place = re.match(rf"^(?P<place>.*?\S)\s+(?:chief\s+)?{re.escape(t)}$", office, flags=re.IGNORECASE)
        if place and not re.search(r"\b(?:deputy|assistant)$", place.group("place"), flags=re.IGNORECASE):
            return f"{place.group('place')} {office[len(office) - len(t):]}'s Office"
    return body


def preliminary_data_of(body: str, pack) -> str | None:
    """The body whose preliminary data a figure is credited to (`body`: body_of its claim, a
    named speaker or a release's voice), by a trailing parenthesis that calls the data
    preliminary (`preliminary_words`, unless `not_preliminary_words` deny it: "final, not
    preliminary, data"): "Colorado Department of Public Health and Environment (preliminary
    data)" is the department; None for any other body."""
    inner = _PARENTHESIS.search(body)
    if inner is None:
        return None
    words = inner.group(0)
    for denied in revision_param(pack, "not_preliminary_words", ()):
        words = re.sub(rf"\b{re.escape(denied)}\b", " ", words, flags=re.IGNORECASE)
    return body[:inner.start()].strip() if names_any(words, revision_param(pack, "preliminary_words", ())) else None


def _the_body_of_a_record(name: str, records) -> str:
    """A body's name without the record read after it (`record_words`: "Pittsburgh Bureau of
    Police data", "Sacramento Police Department 2020 statistics")."""
    for word in records:
        if name.endswith(" " + word.lower()):
            return _RECORD_YEAR.sub("", name[:-len(word) - 1].strip())
    return name


def _the_body_of_its_spokesperson(name: str, words, places=lambda: ()) -> str:
    """The body a spokesperson speaks for (`spokesperson_words`): "natashia kerr, colorado springs
    police department spokeswoman" and "apd spokesman" give the department's count, as its chief
    does. Only a body named before the word: a place's name alone ("kansas city spokesman",
    `places`, called only when a spokesperson word ends the name) names no body, and of bodies named together ("... police department and hospital
    spokeswoman") the spokesperson speaks for none alone; these, and any other name, are
    themselves."""
    for word in words:
        if name.endswith(" " + word.lower()):
            head = name[:-len(word) - 1].strip()
            body = head.rpartition(", ")[2].strip() or head
            return name if " and " in body or body in places() else body
    return name


def _with_its_office(name: str, exact, names) -> str:
    """A body named with an office after a comma is the body when the office is its own by
    `one_body` ("city of omaha, mayor's office": "omaha mayor's office" or "office of the mayor
    of omaha" is a form of the place); any other office is a body of its own ("city of raleigh,
    department of transportation")."""
    head, _, office = name.partition(", ")
    if office and any(f"{n} {office}" in exact or f"{office} of {n}" in exact for n in names):
        return head
    return name


def _one_body_forms(patterns, names, records=()) -> tuple[frozenset, tuple]:
    """A place's `one_body` patterns, lowered, with each of its names written in: the names they fit
    exactly, and the patterns with a `{name}` in them (_names). The names that begin with the
    place and go on to a body's own ("{place} Police Department", "{place} Department of
    Transportation") fit by their initials too (_initials), of the place's names without a
    comma ("Kansas", not "Denver, Colorado"); the place's name alone, "City of {place}" and the
    people who speak for it (`record_words`: "{place} officials") make no initials."""
    filled = [p.lower().replace("{place}", place) for p in patterns for place in names]
    exact = [p for p in filled if "{name}" not in p]
    bodies = [p.lower() for p in patterns if p.startswith("{place} ") and "{name}" not in p
              and not any(p.lower().endswith(" " + w.lower()) for w in records)]
    initials = {a for p in bodies for place in names if "," not in place for a in _initials(p.replace("{place}", place))}
    return frozenset(exact) | initials, tuple(p for p in filled if "{name}" in p)


_SMALL_WORDS = frozenset(("of", "and", "the", "for", "&"))


def _initials(name: str) -> tuple[str, ...]:
    """The initials a body's name goes by, with and without its small words: "kdot" and "kdt"
    of "kansas department of transportation", "apd" of "albuquerque police department"; a
    dotted word gives all its letters ("ncdot" of "n.c. department of transportation", so
    "stlmpd", not "slmpd", of "st. louis metropolitan police department"); none under three
    letters."""
    words = name.split()
    def letters(w: str) -> str:
        return w.replace(".", "") if "." in w else w[:1]
    out = ("".join(letters(w) for w in words), "".join(letters(w) for w in words if w not in _SMALL_WORDS))
    return tuple(a for a in dict.fromkeys(out) if len(a) >= 3 and a.isalpha())


def _names(name: str, pattern: str) -> bool:
    """Whether a body's name fits a `one_body` pattern; `{name}` stands for a person's name
    (no comma in it): "James Craig, Detroit Police Chief" fits "{name}, {place} Police Chief"."""
    if "{name}" not in pattern:
        return name == pattern
    head, _, tail = pattern.partition("{name}")
    return name.startswith(head) and name.endswith(tail) and len(name) > len(head) + len(tail) \
        and "," not in name[len(head):len(name) - len(tail)]


_POSSESSIVE = re.compile(r"(?:['’]s|['’])$")


def an_outlets_tally(body: str, outlets: dict[str, str], words) -> str | None:
    """Rule: a body named as an outlet of the corpus with its own tally after it (`words`, the
    revision rule's `outlet_record_words`: "The Florida Times-Union's records", "Tulsa World
    database") is that outlet: a figure credited so is the outlet's count, in its line
    (`outlets`: each outlet line's name, lowered, to the name). None for any other body. Only a
    figure out before every figure the outlet gives in its own words for its quantity is
    counted so (_counting_bodies: the outlet's count at the time); a later one is another
    outlet's retelling, a misquote or a stale figure, and audited as such."""
    name = body.strip().lower()
    stem = _the_body_of_a_record(name, sorted(words, key=len, reverse=True))
    return outlets.get(_POSSESSIVE.sub("", stem).strip()) if stem != name else None


def _counting_bodies(corpus, spelling: dict[str, str] | None = None, lines: dict[str, str] | None = None,
                     before_its_own=None):
    """counting_body of a claim id, each body and place worked out once (a corpus names few);
    `spelling`: one_spelling's names, when given; `lines`: outlet_lines, when given (a figure
    credited to an outlet's own tally is that outlet's: an_outlets_tally, when
    `before_its_own(claim id, outlet)`: out before every figure the outlet gives in its own
    words for the quantity)."""
    known: dict[tuple[str, str], str] = {}
    forms: dict = {}   # a place's one_body patterns (counting_body)
    spelling = spelling or {}
    words = revision_param(corpus.pack, "outlet_record_words", ())
    outlets = {name.lower(): name for name in (lines or {}).values()} if words else {}

    placed = bodies_of_their_places(corpus, spelling) if revision_param(corpus.pack, "bare_names_of_the_place", False) \
        else {}

    def of(cid: str) -> str:
        claim = corpus.claim(cid)
        said = passed_on(claim, corpus.sources[claim.source], corpus.pack) \
            or body_of(claim, corpus.sources[claim.source], corpus.pack)
        said = spelling.get(said, said)
        if placed and said != corpus.sources[claim.source].voice:
            said = the_body_of_its_place(said, claim, corpus.pack, placed)
        key = (said, claim.place)
        if key not in known:
            body = counting_body(said, claim, corpus.pack, forms)
            known[key] = (body, an_outlets_tally(said, outlets, words) if body == said and outlets else None)
        body, outlet = known[key]
        return outlet if outlet and before_its_own is not None and before_its_own(cid, outlet) else body
    return of


def bodies_of_their_places(corpus, spelling: dict[str, str]) -> dict[tuple[str, str], str | None]:
    """The bodies the corpus names with their place first ("Montgomery County Community Overdose
    Action Team (Public Health - Dayton & Montgomery County)", "Ohio Department of Health" of a
    county's figure), by the id of the claim's place or of the place it lies in that the name
    opens with, and the name after the place, lowered and without a trailing parenthesis
    ("community overdose action team"): the full name as said, or None when the place has two
    bodies of that name."""
    out: dict[tuple[str, str], str | None] = {}
    for claim in corpus.claims:
        if claim.place not in corpus.pack.places:
            continue
        source = corpus.sources[claim.source]
        said = body_of(claim, source, corpus.pack)
        if said == source.voice and not own_release(source):
            continue   # an outlet's own words name no body
        said = spelling.get(said, said)
        key = _a_place_and_its_body(_PARENTHESIS.sub("", said).strip().lower(), claim.place, corpus.pack)
        if key:
            out[key] = said if out.get(key, said) == said else None
    return out


def _a_place_and_its_body(name: str, place_id: str, pack) -> tuple[str, str] | None:
    """The place (`place_id` or one it lies in, nearest first) whose name the body's name opens
    with, and the rest of the name: ("ohio", "department of health") of "ohio department of
    health"; None for a name with a comma (a person's title) or no such place."""
    if "," in name:
        return None
    for pid in (place_id, *pack.ancestors(place_id)):
        for place in own_names(pack.places[pid]):
            if name.startswith(place + " "):
                return pid, name[len(place):].strip()
    return None


def the_body_of_its_place(said: str, claim, pack, placed: dict) -> str:
    """Rule: a body named without its place ("Community Overdose Action Team", in a paper's
    paraphrase) is the body of the claim's place the corpus names in full (`placed`:
    bodies_of_their_places), when exactly one is: Dayton's team, 289 overdose deaths of 2018 in
    April 2019, then 291 in its own release of January 2024. A person's title (a comma), a
    parenthesis, or the name of any place the claim's lies in keeps the name itself, and so does
    a name a body of a place the claim's lies in goes by too ("Department of Transportation", of a
    city's traffic deaths beside the state's "North Carolina Department of Transportation" and the
    city's "Raleigh Department of Transportation": either may be meant)."""
    name = said.strip().lower()
    if "," in name or "(" in name or any(re.search(rf"\b{re.escape(n)}\b", name) for n in place_names(pack, claim.place)):
        return said
    if any((pid, name) in placed for pid in pack.ancestors(claim.place)):
        return said   # a body of that name of a place the claim's lies in is named too: which, the name does not say
    return placed.get((claim.place, name)) or said


def passed_on(claim, source, pack) -> str | None:
    """Rule: a body's release that gives a figure it credits to a body keeping its own count
    (`other_counter_words`: a coroner, a medical examiner, a health department), which the
    release's own name does not name, passes that body's count on: the count is that body's, and
    its later word restates it, as the body's own release would be (Baton Rouge: the city-parish's
    release of 9 February 2021, "245 deaths during 2020, and 126 deaths in 2019" from the
    coroner's office, restated by the coroner's 242 in October). None for any other claim: a
    release's own figures are its body's (body_of). Off with the revision rule's
    `releases_pass_on_counts: false`."""
    if not own_release(source) or not claim.speaker or claim.attribution not in ("paraphrase", "document", "direct-quote") \
            or not revision_param(pack, "releases_pass_on_counts", False):
        return None
    words = revision_param(pack, "other_counter_words", ())
    if not names_any(claim.speaker, words) or names_any(source.voice, words):
        return None
    return None if its_own_department(claim.speaker, source.voice, revision_param(pack, "office_titles", ())) \
        else claim.speaker


def its_own_department(body: str, voice: str, titles) -> bool:
    """Whether a body a release credits is a department of the release's own body: its name
    starts with the body's or its place's name ("Pima County Health Department" in "Pima County
    (news release)", "Kansas City Health Department" in the City of Kansas City's), and it is no
    office of `titles` (a coroner, a medical examiner: an office keeping its own count, as
    "El Paso County Coroner's Office" in El Paso County's release)."""
    lowered = body.casefold()
    if any(t.casefold() in lowered for t in titles):
        return False
    head = _PARENTHESIS.sub("", voice).strip()
    names = {n.strip() for part in re.split(r"\s+and\s+", head) for n in (part, re.sub(r"^\w+ of ", "", part))}
    return any(n and lowered.startswith(n.casefold() + " ") for n in names)


def plain_figure(c: CompiledClaim):
    """The stated quantity and the default interval of a plain value claim, else None."""
    if c.stated is None or c.statement_kind != "value" or len(c.readings) != 1 or c.readings[0].invalid:
        return None
    return c.stated, c.readings[0].subject["default"].interval


def _disagree(a, b, pack) -> bool:
    """Two figures of one body cannot both hold: the same quantity with intervals apart, or
    one count that only grows over time, from the same start, the shorter stretch higher."""
    (qa, ia), (qb, ib) = a, b
    if qa == qb:
        return ia.intersect(ib) is None
    if qa[:3] != qb[:3] or qa.latest_end is not None or qb.latest_end is not None:
        return False
    metric = pack.metrics.get(qa.metric)
    if metric is None or not (metric.additive_over_time and metric.non_negative):
        return False
    (_, short), (_, long_) = (a, b) if qa.end <= qb.end else (b, a)
    return short.lo is not None and long_.hi is not None and short.lo > long_.hi


def max_change(pack) -> Fraction:
    """The largest share of a count an inferred restatement moves it by (`max_change`, 10%)."""
    return Fraction(str(revision_param(pack, "max_change", 0.1)))


def max_fall(pack) -> Fraction:
    """The largest share of a count an inferred restatement lowers it by (`max_fall`)."""
    return min(Fraction(str(revision_param(pack, "max_fall", 0.1))), max_change(pack))


def fall_settles_days(pack) -> int:
    """How long after a count a body's lower figure for it may fall by up to `max_change`
    rather than `max_fall` (`fall_settles_days`): rulings that a death was justified or an
    accident (a grand jury, a medical examiner) take months, and the later word is the body's
    year-end review or annual report; a sharp fall within weeks is more likely an error. Only
    of a count given within that long of its period's end: a look back years on that falls
    is no ruling. 0: never."""
    return int(revision_param(pack, "fall_settles_days", 0))


def _relative_gap(a, b) -> Fraction:
    """How far apart two intervals are, as a share of the nearer end of the first."""
    if a.hi is not None and b.lo is not None and b.lo > a.hi:
        gap, base = b.lo - a.hi, a.hi
    elif b.hi is not None and a.lo is not None and a.lo > b.hi:
        gap, base = a.lo - b.hi, a.lo
    else:
        return Fraction(0)
    return gap / abs(base) if base else Fraction(10**9)


class Ledger(NamedTuple):
    """What the newsroom rules below look at: each plain figure a claim states, and when each
    claim came out (one choice of publication dates)."""

    corpus: object
    figures: dict        # claim id -> (its quantity, its default interval): plain_figure
    publication: dict    # source id -> its publication dates
    counted: object      # claim id -> the body that keeps its count (_counting_bodies)
    lines: dict | None = None   # source id -> the outlet whose line its figures are in (outlet_lines)
    articles: dict | None = None   # (source id, quantity) -> the claims of its figures (in_articles)
    forecasts: frozenset = frozenset()   # the claims that are forecasts (pack/plans.py, forecast)
    spelling: dict | None = None   # a name written in several ways -> the one spelling used (one_spelling)
    # a figure a release passed on (passed_on) -> the release's own body, whose later word restates it too
    released_by: dict | None = None

    def when(self, cid: str):
        return self.publication[self.corpus.claim(cid).source]

    def disagree(self, a: str, b: str) -> bool:
        return _disagree(self.figures[a], self.figures[b], self.corpus.pack)

    def together(self, a: str, b: str) -> bool:
        """Whether two claims may have been published on the same day."""
        return self.when(a).earliest <= self.when(b).latest and self.when(b).earliest <= self.when(a).latest

    def own_release(self, cid: str) -> bool:
        """Whether a claim is a body's own release (an official statement or a dataset)."""
        return own_release(self.corpus.sources[self.corpus.claim(cid).source])

    def outlet(self, cid: str) -> str:
        sid = self.corpus.claim(cid).source
        return self.lines[sid] if self.lines is not None else outlet_of(self.corpus.sources[sid])

    def speaker(self, cid: str) -> str:
        claim = self.corpus.claim(cid)
        said = body_of(claim, self.corpus.sources[claim.source], self.corpus.pack)
        return self.spelling.get(said, said) if self.spelling else said


def declared(compiled: list[CompiledClaim], corpus) -> dict[str, Revision]:
    """Rule: a claim that says it replaces another (`supersedes:`) restates it, whoever says
    either. Example: an annual report's "135 (revised)" written with `supersedes: jan` of the
    January release's 134. The first claim to supersede a figure is its restatement."""
    by_id = {c.claim_id: c for c in compiled}
    out: dict[str, Revision] = {}
    for c in compiled:
        claim = corpus.claim(c.claim_id)
        if claim.supersedes and claim.supersedes in by_id and claim.supersedes not in out:
            out[claim.supersedes] = Revision(claim.supersedes, c.claim_id, None, ())
    return out


_NUMBER = r"(\$?" + WRITTEN_AMOUNT + ")"
_ABOUT = r"(?:about |approximately |roughly |nearly |an estimated |a projected |an? )?"
# "changing the number of homicides in 2022 from 301 to 299", "revised the count from 134 to 135",
# "reduce the deficit from $330 million to approximately $220 million"
_FROM_TO = re.compile(r"\bfrom " + _ABOUT + _NUMBER + r" to " + _ABOUT + _NUMBER + r"\b", re.IGNORECASE)
# "what recently had been an estimated $144 million gap ... has shrunk to about $63 million"
_HAD_BEEN = re.compile(r"\bhad been " + _ABOUT + _NUMBER + r"[^.;]*?\b(?:shrunk|shrank|grown|grew|fallen|fell|dropped|"
                       r"risen|rose|climbed|swelled|narrowed|widened) to " + _ABOUT + _NUMBER + r"\b", re.IGNORECASE)


def declared_in_words(ledger: Ledger) -> dict[str, Revision]:
    """Rule: a figure whose own sentence says the count went "from X to" it (two figures
    straight after each other: "changing the number of homicides in 2022 from 301 to 299")
    restates the figure X given for the same count (its metric and place from the same
    start, over the same stretch or a shorter one) and not surely published after it, by
    another article or by its own ("The failure to disclose the additional murders boosted
    the year-to-date numbers from 78 to 102": the article says the 78 was replaced). The
    sentence says so; nothing else is needed. Not a change between periods ("from 98 in 2012
    to 88 in 2013": the words between the figures keep the pattern from reading it, and the
    figures are of other counts)."""
    claim = ledger.corpus.claim
    figures, when = ledger.figures, ledger.when
    out: dict[str, Revision] = {}
    by_count: dict = {}
    by_source: dict = {}   # each article's figures (_earlier_period_of_its_article)
    for cid, (q, _) in figures.items():
        by_count.setdefault(q[:3], []).append(cid)
        by_source.setdefault(claim(cid).source, []).append(cid)
    for new, (q, new_iv) in sorted(figures.items()):
        c = claim(new)
        for m in (*_FROM_TO.finditer(c.quote.text), *_HAD_BEEN.finditer(c.quote.text)):
            x, y = (next(written_amounts(m.group(i))).value for i in (1, 2))
            if x == y or not new_iv.contains(y) or new_iv.contains(x) \
                    or _earlier_period_of_its_article(new, x, ledger, by_source):
                continue
            for old in sorted(by_count[q[:3]]):
                q_old, old_iv = figures[old]
                if old == new or old in out or q_old.end > q.end \
                        or when(old).earliest > when(new).latest or not old_iv.contains(x) or old_iv.contains(y):
                    continue
                out[old] = Revision(old, new, ledger.speaker(new), ())
    return out


def corrected_in_words(ledger: Ledger) -> tuple[dict[str, Revision], dict[str, Revision]]:
    """Rule: a figure whose own sentence says it corrects the article (`correction_words`: "has
    clarified that the department actually hired 105", "an earlier version of this story
    incorrectly reported") restates the other figure its own article gives for the same
    quantity (metric, place and period), by any amount, and every other outlet's equal figure
    for it not surely published after it (a copy of the article's figure made before the
    correction). Only the article's own figure is named: a different figure elsewhere is
    another outlet's word, audited against the corrected one."""
    pack = ledger.corpus.pack
    words = revision_param(pack, "correction_words", ())
    if not words:
        return {}, {}
    claim = ledger.corpus.claim
    figures, when = ledger.figures, ledger.when
    out: dict[str, Revision] = {}
    copied: dict[str, Revision] = {}
    for new, (q, new_iv) in sorted(figures.items()):
        c = claim(new)
        if not names_any(c.quote.text, words):
            continue
        own = [o for o, (q_o, iv) in figures.items()
               if o != new and q_o == q and claim(o).source == c.source and iv.intersect(new_iv) is None]
        for old in sorted(own):
            old_iv = figures[old][1]
            copies = [o for o, (q_o, iv) in figures.items()
                      if o not in own and o != new and q_o == q and iv == old_iv
                      and when(o).earliest <= when(new).latest]
            if old not in out:
                out[old] = Revision(old, new, ledger.speaker(new), ())
            for o in sorted(copies):
                copied.setdefault(o, Revision(o, new, ledger.speaker(new), ()))
    return out, copied


def _earlier_period_of_its_article(new: str, x: Fraction, ledger: Ledger, by_source: dict) -> bool:
    """Whether the article of `new` gives the X of its "from X to" as the figure of an earlier
    period of the same metric and place: "Criminal homicides increased from 153 to 214 in 2020",
    with the article's 153 for 2019, is a change between years, not the 214 restating a 153
    given for 2020 (declared_in_words). `by_source`: each source's figures."""
    q = ledger.figures[new][0]
    return any(q_o.metric == q.metric and q_o.place == q.place and q_o.end < q.start and iv.contains(x)
               for o in by_source[ledger.corpus.claim(new).source] if o != new
               for q_o, iv in (ledger.figures[o],))


def _says_earlier(claim, pack, text: str | None = None) -> bool:
    """Whether a figure's quote (or `text`, a part of it) gives it as the count before the
    article's (`earlier_count_words`: "previously reported as 210", "Prior to this report, the
    state's official count was 210")."""
    return names_any(claim.quote.text if text is None else text, revision_param(pack, "earlier_count_words", ()))


def _says_past_peak(claim, words) -> bool:
    """Whether a figure's own words give it as a past peak (`past_peak_words`: "stood as high
    as", "briefly swelled to")."""
    return names_any(claim.quote.text, words)


def restated_in_its_article(ledger: Ledger) -> dict[str, Revision]:
    """Rule: a figure its own sentence gives as the count before the article's
    (`earlier_count_words`: "previously reported as 210", "Detectives originally thought the
    city would end the year with 67 homicides") is restated by its article's exact figure for
    the same quantity that differs from it and is not itself given as an earlier count, by any
    amount: the article says the count moved (News On 6, 12 January 2004: "they've now changed
    two deaths to homicides, which puts Tulsa at 69"). The words count only in the figure's own
    part of its sentence (split at a semicolon): "Officers initially reported the death as an accident; it was one of 150 homicides"
    says nothing of the 150. Off with the revision rule's `restated_in_its_article: false`."""
    pack = ledger.corpus.pack
    if not revision_param(pack, "restated_in_its_article", False):
        return {}
    claim = ledger.corpus.claim
    articles = ledger.articles if ledger.articles is not None else in_articles(ledger.corpus, ledger.figures)
    out: dict[str, Revision] = {}
    for _, members in sorted(articles.items(), key=lambda kv: repr(kv[0])):
        earlier = [m for m in members if _says_earlier(claim(m), pack, own_clause(claim(m), at_commas=False))]
        for old in sorted(earlier):
            new = sorted(n for n in members if n not in earlier and _a_point(ledger, n) and ledger.disagree(old, n))
            if new:
                out[old] = Revision(old, new[0], ledger.speaker(new[0]), ())
    return out


def called_final(ledger: Ledger) -> dict[str, Revision]:
    """Rule: a body's figure for a closed period that its words call final (`final_words`: "this
    summary represents final counts for 2019", "newly finalized data released by the Denver
    Police Department") restates every figure for the same quantity surely out before it that
    differs from it by at most `max_change`, whoever gave them: the body says its count has
    settled (Denver: 95 homicides in 2020, from January 2021, then the police's finalized 93 in
    March 2024). A figure given after it is no earlier word, and is audited against it. The words
    count in the figure's note or in its own part of its sentence (split at a semicolon), and not
    when that part or note also names one of `not_final_words` ("final figures will not be
    released until June")."""
    words = revision_param(ledger.corpus.pack, "final_words", ())
    refused = revision_param(ledger.corpus.pack, "not_final_words", ())
    if not words:
        return {}
    claim = ledger.corpus.claim
    figures, when = ledger.figures, ledger.when
    rise = max_change(ledger.corpus.pack)
    out: dict[str, Revision] = {}
    for new, (q, new_iv) in sorted(figures.items()):
        c = claim(new)
        if q.end is None or when(new).earliest <= q.end or not (c.speaker or ledger.own_release(new)):
            continue
        said = f"{own_clause(c, at_commas=False)} {c.note or ''}"
        if not names_any(said, words) or names_any(said, refused):
            continue
        for old, (q_old, old_iv) in sorted(figures.items()):
            if old != new and old not in out and when(old).latest < when(new).earliest \
                    and (ledger.disagree(old, new) if q_old == q
                         else _may_be_its_stretch(q_old, q) and old_iv.intersect(new_iv) is None) \
                    and _relative_gap(old_iv, new_iv) <= rise:
                out[old] = Revision(old, new, ledger.speaker(new), ())
    return out


def _may_be_its_stretch(q_old, q) -> bool:
    """Whether a count so far whose end is not known to the day ("47 so far this year, at the
    halfway mark in June": to some day of 20-30 June) may be of the stretch of `q` (to 30 June):
    the same count from the same day, to an end its range takes in."""
    return q_old[:3] == q[:3] and q_old.latest_end is not None and q.latest_end is None \
        and q_old.end <= q.end <= q_old.latest_end


def pending_counted(ledger: Ledger) -> dict[str, Revision]:
    """Rule: a figure whose quote or note says cases are still pending (`pending_words`: "136
    such death cases waiting for final toxicology testing", "about 150 cases still pending") is
    a count that will rise: the first exact, higher figure for it surely out later, by at most
    `pending_max_rise`, is the count completed, whoever gives it (Denver: the medical examiner's
    522 overdose deaths of 2023 in January 2024, then the city's 597, +14%). A bigger rise is
    audited, unless the higher figure is the same counting body's: the body said its count
    would rise, and its own later word is that count completed, by up to `pending_own_max_rise`
    (a tenfold "count completed" is a figure misread, audited) (Des Moines: the
    State Fire Marshal's 38 confirmed fire deaths of 2017 on 31 December, "Officials expect that
    number to rise to more than 50 once the remaining autopsies are completed", then the office's
    56 for the year, +47%). A floor so worded ("At least 923 people died on Ohio roads during the
    past year, and additional deaths are under review") is read from its floor: the patrol's 990
    a year on completes it (Cincinnati)."""
    words = revision_param(ledger.corpus.pack, "pending_words", ())
    if not words:
        return {}
    cap = Fraction(str(revision_param(ledger.corpus.pack, "pending_max_rise", 0.25)))
    counts = revision_param(ledger.corpus.pack, "pending_count_patterns", ())
    own_cap = Fraction(str(revision_param(ledger.corpus.pack, "pending_own_max_rise", 1.0)))
    claim = ledger.corpus.claim
    figures, when = ledger.figures, ledger.when
    out: dict[str, Revision] = {}
    for old, (q, old_iv) in sorted(figures.items()):
        c = claim(old)
        text = _pending_text(c, ledger.corpus.pack)
        if old_iv.lo is None or not names_any(text, words):
            continue
        # a count that will rise is completed from its floor ("at least 923 ..., and additional
        # deaths are under review": 923, whatever an "at least" may reach) or from its figure
        # ("fewer than 100", "nearly 150": the floor lies far below)
        floor = Interval(old_iv.lo, old_iv.lo)
        named = _undecided_named(text, counts)
        # ... by at most the cases its words name as undecided, when they name them ("115 overdose
        # deaths, with 95 pending toxicology results", then 173: the count completed, +50%)
        later = [n for n, (q_n, iv) in figures.items() if q_n == q and _a_point(ledger, n)
                 and when(n).earliest > when(old).latest and (named is None or iv.hi <= old_iv.lo + named)
                 and any(wholly_above(iv, r) and (named is not None or (gap := _relative_gap(r, iv)) <= cap
                                                  or gap <= own_cap and _its_own_count(ledger, old, n))
                         for r in (old_iv, floor))]
        if later:
            first = first_out(ledger, later)
            out[old] = Revision(old, first, ledger.speaker(first), ())
    return out


def _undecided_named(text: str, patterns) -> int | None:
    """The number of cases not yet decided a figure's words name (`pending_count_patterns`, group
    `count`: "and there are still 20 probable cases": 20), the largest if several; None if none."""
    named = [n for p in patterns for m in re.finditer(p, text, re.IGNORECASE)
             if (n := parse_number(m.group("count").replace(",", "").lower())) is not None
             and n == n.to_integral_value()]
    return int(max(named)) if named else None


def told_undecided(claim, pack) -> bool:
    """Whether a figure's quote or note says its count will move as cases are decided: cases
    still pending (`pending_words`) or suspected ones taken in (`suspected_words`)."""
    words = (*revision_param(pack, "pending_words", ()), *revision_param(pack, "suspected_words", ()))
    return names_any(_pending_text(claim, pack), words)


def _pending_text(claim, pack) -> str:
    """A figure's quote and note without the words that say "pending" in another sense than
    cases not yet counted (`pending_other_senses`: "30 cases pending trial" are cases in court)."""
    text = f"{claim.quote.text} {claim.note or ''}"
    for pattern in revision_param(pack, "pending_other_senses", ()):
        text = re.sub(pattern, " ", text, flags=re.IGNORECASE)
    return text


def suspected_decided(ledger: Ledger) -> dict[str, Revision]:
    """Rule: a count whose quote or note says it takes in cases not yet decided
    (`suspected_words`: "319 suspected and confirmed overdose deaths", "a record 355 confirmed
    or suspected overdoses") moves either way as they are decided, the suspected ruled in or
    out: the first exact figure for it surely out later, not so worded itself, is the count
    decided when it differs by at most `max_change`, whoever gives it (Buffalo: the county's 319
    for 2022 in March 2023, the health department's 306 confirmed that spring; Dayton: the
    coroner's 355 for 2016 in January 2017, 349 by May). A figure further off is audited."""
    words = revision_param(ledger.corpus.pack, "suspected_words", ())
    if not words:
        return {}
    claim, figures, when = ledger.corpus.claim, ledger.figures, ledger.when
    cap = max_change(ledger.corpus.pack)

    def worded(cid: str) -> bool:
        return names_any(f"{claim(cid).quote.text} {claim(cid).note or ''}", words)
    out: dict[str, Revision] = {}
    for old, (q, old_iv) in sorted(figures.items()):
        if not _a_point(ledger, old) or not worded(old):
            continue
        later = [n for n, (q_n, _) in figures.items() if q_n == q and _a_point(ledger, n) and not worded(n)
                 and when(n).earliest > when(old).latest]
        if later and ledger.disagree(old, new := first_out(ledger, later)) \
                and _relative_gap(old_iv, figures[new][1]) <= cap:
            out[old] = Revision(old, new, ledger.speaker(new), ())
    return out


def _its_own_count(ledger: Ledger, old: str, new: str) -> bool:
    """Whether a later figure is the same counting body's word as an earlier one credited to it
    (not an outlet's own words: an outlet's tally is no body's count moving)."""
    body = ledger.counted(old)
    return body == ledger.counted(new) and body != ledger.outlet(old) and body != ledger.outlet(new)


def toll_counted(ledger: Ledger) -> dict[str, Revision]:
    """Rule: the toll of an event (a storm's, a heat wave's deaths: a count over a period of at
    most `event_toll_days`, given on its last day or after it) is counted for months as deaths are
    confirmed and attributed, and only rises: a later, higher figure for the same toll is the
    later count, not a rival one, whoever gives it, by any amount (57, 111, 133, 246 over a
    year). The old figure is restated by the first exact figure surely published after it
    that is higher (a floor, "at least 151", only when no exact one follows: the count is
    what a restatement gives); a figure its own sentence gives as the count before the
    article's ("previously reported as 210", `earlier_count_words`) is restated by the higher
    figure of its own article and restates nothing. A lower later figure is no count of the
    same toll (another counter's narrower count, a misprint): it is audited. A toll given on
    the event's last day (a shooting's, the day of it) is its count that day, the first of
    them, which the next days' count completes by little (moves_little: the day's dead are
    known that day, and a tenfold "toll" is another count): "killed 20 people" on the day of
    El Paso's Walmart shooting, "the 22 deaths" the next days (+10%), then 23 by any amount;
    one given before its last day is a count so far, left to counted_so_far."""
    pack = ledger.corpus.pack
    days = int(revision_param(pack, "event_toll_days", 0))
    if not days:
        return {}
    claim = ledger.corpus.claim
    figures, when = ledger.figures, ledger.when
    by_quantity: dict = {}
    for cid, (q, iv) in figures.items():
        metric = pack.metrics.get(q.metric)
        if metric is None or not (metric.additive_over_time and metric.non_negative) or metric.unit != "count" \
                or q.latest_end is not None or (q.end - q.start).days + 1 > days or when(cid).earliest < q.end \
                or iv.lo is None:
            continue
        by_quantity.setdefault(q, []).append(cid)
    out: dict[str, Revision] = {}
    for q, members in sorted(by_quantity.items(), key=lambda kv: repr(kv[0])):
        if len(members) < 2:
            continue
        earlier = {m for m in members if _says_earlier(claim(m), pack)}
        for old in sorted(members):
            old_iv = figures[old][1]
            if old_iv.hi is None:
                continue
            on_the_day = when(old).earliest <= q.end
            later = [n for n in members if n != old and n not in earlier and wholly_above(figures[n][1], old_iv)
                     and (when(n).earliest > when(old).latest
                          or (old in earlier and claim(n).source == claim(old).source))
                     and (not on_the_day or moves_little(ledger, old, n))]
            exact = [n for n in later if _a_point(ledger, n)]
            if exact or later:
                first = first_out(ledger, exact or later)
                out[old] = Revision(old, first, ledger.speaker(first), ())
    return out


def _same_statement(old: CompiledClaim, new: CompiledClaim, ledger: Ledger) -> bool | None:
    """Whether two statements of one kind agree: the same quantity's figures, or changes of the
    same kind between the same two quantities, whose readings overlap (True) or not (False);
    None for statements of different kinds ("down 2.4%" and "down $74.5 million")."""
    if old.claim_id in ledger.figures and new.claim_id in ledger.figures:
        if ledger.figures[old.claim_id][0] != ledger.figures[new.claim_id][0]:
            return None
        return not ledger.disagree(old.claim_id, new.claim_id)
    if old.statement_kind != "change" or new.statement_kind != "change" or old.quantities != new.quantities:
        return None
    a, b = old.readings[0].subject["default"], new.readings[0].subject["default"]
    if a is None or b is None or a.kind != b.kind or a.interval is None or b.interval is None:
        return None
    # two rounded sizes that only touch ("44%" up to 44.5, "45%" from 44.5) are two figures
    both = a.interval.intersect(b.interval)
    return both is not None and (both.lo != both.hi or a.interval == b.interval)


def _repeats(old: CompiledClaim, new: CompiledClaim, ledger: Ledger) -> bool:
    """Whether a later statement gives what an earlier one did: the same quantity's figure,
    or a change of the same kind between the same two quantities, readings that overlap."""
    return _same_statement(old, new, ledger) is True


def budget_versions(compiled: list[CompiledClaim], ledger: Ledger) -> dict[str, Revision]:
    """Rule: a budget is a plan, amended as its year goes: the figures of one fiscal year's
    budget are given for its versions, the proposal, the adopted budget and the current
    (amended) budget, and a later version's statement restates an earlier version's, by
    whatever its amendments moved it. A statement's version is the one its source's words
    name for that year ("The FY2025 Proposed General Fund budget", "as adopted", "the current
    FY2024 budget": `budget_versions`), else its date: given before the fiscal year began, the
    budget as proposed or adopted (as its page's title names it, or its quote's figure moved on
    from a version, "Since ... proposed budget ..., ... increased", for two statements their dates
    cannot order and that differ: titles_order); during or after it, the current budget (a change "from FY
    2024-25" given in May 2025 is worked out from the current fiscal 2025 budget). A metric is a
    plan for its whole period by its `plan_for_period`, else when its label names a budget
    (`budget_metric_words`; pack/plans.py). An earlier version's statement
    (a figure or a change) is restated by the first statement of a later version of that year
    surely out after it, unless the later version states the same figure (it repeats it), its
    figure is further from the earlier one than a restatement moves (`max_change`), or the
    earlier version's own figures disagree (one of them is misstated: a tension shows them). A
    figure its quote gives as what an amendment was made to is the version before the one its
    article names (`amended_from_patterns`: "adding about $3.6 million to Mayor Dave Bronson's
    $583.6 million spending plan" in the story of the "$587 million city budget" passed). Example: the proposal's "up $62.3 million" over fiscal 2024 (14 May) is restated
    by the adopted budget's "up $74.3 million" (12 June); fiscal 2025's fire budget as
    adopted, $593 million (June 2024), by fiscal 2026's "up $22.8 million" over the current
    one (June 2025)."""
    pack = ledger.corpus.pack
    plans = plan_metrics(pack)
    words = version_words(pack)
    if not plans or not words:
        return {}
    claim, when = ledger.corpus.claim, ledger.when
    a_budget = plans.__contains__
    original = revision_param(pack, "original_version_words", ())
    originals = {c.claim_id for c in compiled if original and names_any(own_clause(claim(c.claim_id)), original)}
    # a figure its quote gives as what an amendment was made to is of the version before the one
    # its article names (`amended_from_patterns`: "adding about $3.6 million to Mayor Dave
    # Bronson's $583.6 million spending plan", beside "passed the $587 million city budget")
    amending = revision_param(pack, "amended_from_patterns", ())
    amended = {c.claim_id for c in compiled if amending and c.statement_kind == "value"
               and getattr(claim(c.claim_id).value, "text", None)
               and amended_from(claim(c.claim_id).quote.text, claim(c.claim_id).value.text, amending)}

    by_id = {c.claim_id: c for c in compiled}
    statements: dict = {}   # budget quantity -> [(claim id, whether it is the claim's own period)]
    named: dict = {}        # (source, quantity) -> the version the source's words name for it
    moved: set = set()      # (source, quantity) whose figure its words tell moved on from a version
    unnamed: set = set()    # figures an amendment was made to, their quotes naming no version
    for c in compiled:
        if c.statement_kind not in ("value", "change") or len(c.readings) != 1 or c.readings[0].invalid \
                or c.claim_id in ledger.forecasts:
            continue
        for q in sorted(c.quantities, key=repr):
            if q.latest_end is not None or not a_budget(q.metric):
                continue
            own = q == c.own
            statements.setdefault(q, []).append((c.claim_id, own))
            if own:
                v = named_version(claim(c.claim_id).quote.text, words)
                key = (c.source, q)
                if c.claim_id in amended and v is None:
                    unnamed.add(c.claim_id)
                    continue   # the version its article names is the one after its own
                if v is not None and (key not in named or v < named[key]):
                    named[key] = v
                if v is not None and moved_on(claim(c.claim_id).quote.text) is not None:
                    moved.add(key)

    # a title names a version only beside a word that names a budget ("Council adopts budget",
    # not "Council approves hiring freeze")
    nouns = plan_words(pack)
    extra = revision_param(pack, "title_version_words", {}) or {}   # words a version has only in a title ("budget pitch")
    title_words = [(r, names + tuple(extra.get(("proposed", "adopted", "current")[r], ()))) for r, names in words]
    titled = {sid: v for sid, src in ledger.corpus.sources.items()
              if (v := _title_version(src.title, title_words, nouns)) is not None and v < 2}

    def version(cid: str, q, own: bool, title: bool = True) -> int | None:
        if own and cid in originals:
            return 0   # its own words give it as the budget's first version
        if own and cid in unnamed and named.get((by_id[cid].source, q), 0) >= 1:
            return named[(by_id[cid].source, q)] - 1   # the version the amendment was made to
        if own and (by_id[cid].source, q) in named:
            return named[(by_id[cid].source, q)]
        day = when(cid)
        if day.earliest >= q.start:
            return 2   # given during or after the year: its current budget
        if day.latest >= q.start:
            return None
        # before it: as proposed or adopted, as its source's title says ("City Manager Presents
        # Proposed Budget", "City Council adopts budget"), else either
        return titled.get(by_id[cid].source, 1) if own and title else 1


    def by_words(cid: str, q, own: bool) -> bool:
        """Whether its version, given before the year began, is the one its quote or, its quote
        naming none, its source's title names."""
        return own and cid not in originals and when(cid).latest < q.start \
            and ((by_id[cid].source, q) in moved
                 or (by_id[cid].source in titled and (by_id[cid].source, q) not in named))

    def titles_order(old: str, new: str, titled_here: set) -> bool:
        """Whether two statements of one version by their dates are of two versions by their
        words or their pages' titles, which their dates cannot order (a page on the proposal dated
        only to within weeks of the adopted budget's), and differ: a change of one kind, or a
        figure, apart (a proposal's "down 2.4%" and the approved "down $74.5 million" may be
        one figure; pages their dates order are read as one version, as without titles)."""
        return old in titled_here and new in titled_here and ledger.together(old, new) \
            and _same_statement(by_id[old], by_id[new], ledger) is False

    limit = max_change(pack)   # an amendment moves a budget's figure by no more than a restatement moves a count
    out: dict[str, Revision] = {}
    for q, members in sorted(statements.items(), key=lambda kv: repr(kv[0])):
        ranked = [(cid, v) for cid, own in members if (v := version(cid, q, own)) is not None]
        titled_here = {cid for cid, own in members if by_words(cid, q, own)}
        own_of = dict(members)
        if len({v for _, v in ranked}) < 2:
            continue
        for old, v in sorted(ranked):
            if old in out:
                continue
            a_figure = old in ledger.figures and ledger.figures[old][0] == q
            same = [cid for cid, w in ranked if w == v and cid in ledger.figures and ledger.figures[cid][0] == q]
            rivals = [cid for cid in same if cid != old and a_figure and ledger.disagree(old, cid)]
            if rivals and not (ledger.own_release(old) and not any(ledger.own_release(r) for r in rivals)):
                continue   # another figure of its version disagrees: one is misstated, and a tension shows it
            # (the body's own release is the version's figure: an outlet's other figure of it is
            # a misreport, audited against the later version)
            later = [cid for cid, w in ranked if w > v
                     and ((when(cid).earliest > when(old).latest or ((old in originals or old in unnamed)
                                                                 and by_id[cid].source == by_id[old].source))
                          if version(old, q, own_of[old], False) != version(cid, q, own_of[cid], False)
                          else titles_order(old, cid, titled_here))
                     and (a_figure or by_id[cid].quantities == by_id[old].quantities)
                     and not (a_figure and cid in ledger.figures and ledger.figures[cid][0] == q
                              and _relative_gap(ledger.figures[old][1], ledger.figures[cid][1]) > limit)]
            if not later:
                continue   # a change is restated by the later version's change between the same two years
            if any(_repeats(by_id[old], by_id[cid], ledger) for cid in later):
                continue   # the later version states the same figure or change: it repeats it
            first = first_out(ledger, later)
            out[old] = Revision(old, first, ledger.speaker(first), ())
    return out


def _title_version(title: str, words, nouns) -> int | None:
    """The version a page's title names for a budget: a version's word next to one of `nouns`
    (`budget_metric_words`: "City Council adopts budget", "Manager's proposed budget")."""
    for m in (re.finditer(r"\b(?:" + "|".join(re.escape(n) for n in nouns) + r")\b", title, re.IGNORECASE)
              if nouns else ()):
        if (v := version_near(title, m.span(), words)) is not None:
            return v
    return None


def preliminary_change_restated(compiled: list[CompiledClaim], ledger: Ledger) -> dict[str, Revision]:
    """Rule: a change its own words call preliminary (`preliminary_words`: "Ortiz's preliminary
    statistics showed a 65% increase in overdose deaths ... during the first six months") is
    restated by the same body's later change between the same two quantities, surely out after
    it ("an increase of 73.4% from the year prior", the coroner two months on), unless the later
    change gives the same (it repeats it). Copies of one word (the same change, out within
    `same_word_days` of each other, under any of its bodies' names) are one word: preliminary
    when any of them says so, restated together (one revision, the rest its echoes) by a later
    change of any of those bodies (a release's "with 2020 data still coming in, ... an
    additional increase of 129%", the AP's "preliminary results show ... 129%", a station's
    "129%", then "a 135% increase" in December). So is a change for a period that may have been
    told before the period ended (told_at_its_periods_end: the police's "44% reduction in homicides ...
    from 2022 to 2023" in a story of 29 December 2023 to mid-January, then the annual report's
    "decreased by 45%", Buffalo), restated only within `max_change`, as a count is. A change is restated only by one of the same kind and direction
    whose size moves by at most `pending_max_rise` (1.65 to 1.734 is 5%; "up 129%" then "up 40%" is 39%, audited;
    "down 10%" then "up 12%", or "up 10" then "up 90", audited).
    Another body's change, or a change not called preliminary, is audited."""
    pack = ledger.corpus.pack
    claim, when = ledger.corpus.claim, ledger.when
    days = _timedelta(same_word_days(pack))
    cap = Fraction(str(revision_param(pack, "pending_max_rise", 0.25)))
    changes = [c for c in compiled if c.statement_kind == "change" and len(c.readings) == 1
               and not c.readings[0].invalid and c.claim_id not in ledger.forecasts]

    def one_word(a: CompiledClaim, b: CompiledClaim) -> bool:   # may be out within `days` of each other
        return max(when(a.claim_id).earliest, when(b.claim_id).earliest) \
            <= min(when(a.claim_id).latest, when(b.claim_id).latest) + days and _repeats(a, b, ledger)

    def moves_within(a: CompiledClaim, b: CompiledClaim, cap: Fraction) -> bool:
        """Both changes of one kind, sized and of one direction, their sizes within `cap`: "a 10%
        decrease" then "an increase of 12%", or "up 10" then "up 90", or a change with no size, is audited."""
        x, y = a.readings[0].subject["default"], b.readings[0].subject["default"]
        if x is None or y is None or x.kind != y.kind or x.interval is None or y.interval is None:
            return False
        level = Fraction(1) if x.kind == "ratio" else Fraction(0)

        def side(iv) -> int:
            return 1 if iv.lo is not None and iv.lo > level else -1 if iv.hi is not None and iv.hi < level else 0

        return side(x.interval) == side(y.interval) != 0 and _relative_gap(x.interval, y.interval) <= cap

    out: dict[str, Revision] = {}
    done: set[str] = set()
    for old in sorted(changes, key=lambda c: c.claim_id):
        if old.claim_id in done:
            continue
        same = [c for c in changes if c.quantities == old.quantities]
        word = [c for c in same if c is old or one_word(old, c)]
        preliminary = any(called_preliminary(claim(c.claim_id), pack) for c in word)
        if not preliminary and not any(told_at_its_periods_end(c, ledger) for c in word):
            continue
        bodies = {ledger.speaker(c.claim_id) for c in word}
        later = [c for c in same if ledger.speaker(c.claim_id) in bodies
                 and all(when(c.claim_id).earliest > when(w.claim_id).latest for w in word)]
        if not preliminary and any(_its_own_word(ledger, w.claim_id) for w in word):
            later = [c for c in later if _its_own_word(ledger, c.claim_id)]
        if not later or any(_repeats(old, c, ledger) for c in later):   # "44%" then "45%" only touch: no repeat
            continue
        first = first_out(ledger, [c.claim_id for c in later])
        new = next(c for c in later if c.claim_id == first)
        # a change preliminary by its date alone moves no further than a restatement moves a count
        if moves_within(old, new, cap if preliminary else max_change(pack)) \
                and (preliminary or not _so_far_falls(old, new, pack)):
            ids = [c.claim_id for c in word]
            shown = first_out(ledger, ids)   # one revision, the rest its echoes (show_own_old picks the one shown)
            out[shown] = Revision(shown, first, ledger.speaker(first), tuple(sorted(c for c in ids if c != shown)))
            done.update(ids)
    return out


def told_at_its_periods_end(c: CompiledClaim, ledger: Ledger) -> bool:
    """Rule: a change of a count that adds up over its period, out before its period's last day or
    in the days around it (its source's earliest day before the last day, its latest within
    `change_told_at_the_end_days` after it), is the period's change so far, as preliminary as
    a count so far: the police's "44% reduction in homicides ... from 2022 to 2023" of 29
    December 2023 (to 15 January), then its "45% reduction" of 2 January and its annual report's
    "decreased by 45%" (Buffalo). A change out surely after its period ended, or on its last day (a
    stretch "so far" ends on the day it is told: Wichita's year to 1 July, told on 1 July), or of a
    budget (a plan for its whole period), is not. 0 days: only changes out surely before the last day."""
    q = c.stated or c.own
    if q is None or q.latest_end is not None or not counted_over_time(q, ledger.corpus.pack):
        return False
    days = int(revision_param(ledger.corpus.pack, "change_told_at_the_end_days", 0))
    when = ledger.when(c.claim_id)
    return when.earliest < q.end and (when.latest - q.end).days <= days


def _its_own_word(ledger: Ledger, cid: str) -> bool:
    """Rule: a change so far in the body's own word (its release, or its document an outlet
    quotes) is restated only by its own word again, not by an outlet's retelling of it: the
    police's release's "a 44% reduction", then a station's "police reported a 45% reduction"
    (its own rounding of 39 against 71) is audited."""
    return ledger.own_release(cid) or ledger.corpus.claim(cid).attribution == "document"


def _so_far_falls(old: CompiledClaim, new: CompiledClaim, pack) -> bool:
    """Rule: a change told while its period ran (told_at_its_periods_end) is of a count so far,
    which the period's last days only add to: the body's later change restates it only when the
    count it implies is at most `max_fall` below the count the first implies (a death
    reclassified). "A 44% reduction" then "45%" (56% then 55% of the base, 1.8% lower) is
    restated; "down 41%" then "down 51%" (59% then 49%, 17% lower) is no count so far
    completed. Only a relative change's ratio says how far the count moved."""
    x, y = old.readings[0].subject["default"], new.readings[0].subject["default"]
    if x.kind != "ratio" or y.kind != "ratio":
        return False
    a, b = x.interval, y.interval
    down = a.lo is not None and b.hi is not None and b.hi < a.lo
    return down and _relative_gap(a, b) > max_fall(pack)


def reclassified(ledger: Ledger) -> dict[str, Revision]:
    """Rule: a death moved from one part of a complete split to the other (a killing ruled
    justifiable: criminal and justifiable homicides, of all homicides) restates both parts. An
    article that gives the whole and its two parts, the same whole as an earlier article's but
    one part higher by what the other is lower, by a small move (moves_little), restates that
    article's parts: MPD's year-end "Of that number [228], 210 were criminal homicides and 18
    were justified" (WMC, 1 January 2017), then "removing those 19 from 2016 would reduce the
    official tally to 209" beside the year's 228 (The Commercial Appeal, 17 February 2017).
    Both articles must state every figure (the whole too: a whole that moved is a recount, not
    a reclassification), one figure each, and the later one must come out surely after."""
    pack = ledger.corpus.pack
    claim = ledger.corpus.claim
    figures, when = ledger.figures, ledger.when
    by_source: dict = {}   # (source, place, start, end) -> {metric: [claim ids]}
    for cid, (q, iv) in figures.items():
        if q.latest_end is None and iv.lo is not None and iv.lo == iv.hi:
            by_source.setdefault((claim(cid).source, q.place, q.start, q.end), {}).setdefault(q.metric, []).append(cid)
    out: dict[str, Revision] = {}
    for relation in sorted(pack.relations.values(), key=lambda r: r.id):
        if not relation.complete or len(relation.parts) != 2:
            continue
        splits = []   # (source's key, whole, part one, part two): one figure each
        for key, metrics in sorted(by_source.items(), key=lambda kv: repr(kv[0])):
            ids = [metrics.get(m, []) for m in (relation.whole, *relation.parts)]
            if all(len(i) == 1 for i in ids):
                splits.append((key, *(i[0] for i in ids)))
        def value(cid: str) -> Fraction:
            return figures[cid][1].lo

        for old in splits:
            for new in splits:
                if old[0][1:] != new[0][1:] or when(new[1]).earliest <= when(old[1]).latest \
                        or value(old[1]) != value(new[1]):
                    continue
                moves = [(o, n) for o, n in zip(old[2:], new[2:]) if value(o) != value(n)]
                if len(moves) != 2 or value(moves[0][1]) - value(moves[0][0]) != value(moves[1][0]) - value(moves[1][1]) \
                        or not all(moves_little(ledger, o, n) for o, n in moves):
                    continue
                for o, n in moves:
                    if o not in out:
                        out[o] = Revision(o, n, ledger.speaker(n), ())
    return out


def voice_groups(ledger: Ledger, counted) -> dict[tuple, list[str]]:
    """Rule: a figure belongs to the line of the body that counts it and to the line of the
    outlet that printed it, per quantity (its metric, place and period): an outlet's later
    figure restates its earlier one whoever it credited ("347, MPD said", then "346" in the
    same paper), and a police department's figure is restated by the city's release
    (`counted`: counting_body of a claim id)."""
    groups: dict[tuple, list[str]] = {}
    for cid, (q, _) in ledger.figures.items():
        own = (ledger.released_by or {}).get(cid)
        for voice in dict.fromkeys(v for v in (counted(cid), ledger.outlet(cid), own) if v is not None):
            groups.setdefault((voice, q[:3]), []).append(cid)
    return groups


def moves_little(ledger: Ledger, old: str, new: str) -> bool:
    """Rule: a restatement moves a count by a small share of it: up by at most `max_change`
    (10%), down by at most `max_fall` (5%: a death reclassified), or down by up to
    `max_change` when the lower figure, of whole months (ruled_in_a_review), came out `fall_settles_days` (270) or
    more after a count given within that long of its period's end (rulings take months, and the
    year-end review or annual report gives them; a count to a day in the year told a year on,
    "last year by this time", is a comparison: Buffalo's 46 to 5 July, then "42"). Example: 205
    then 195 within weeks restates (4.9% down); 188 in January then 174 in December
    restates (7.4% down, eleven months on); 188 then 174 within weeks does not. A fall across
    two stretches restates only to a whole year's count (falls_to_a_year_end). A fall of one
    between exact figures both credited to one government body (of the place or of a place
    holding it), given at least `one_by_the_body_days` (30) apart, restates whatever the share
    (`one_by_the_body`; Wichita: the chief's nine justifiable homicides of 2018 in August 2019,
    "eight" in December): a death ruled. Only counts under 20 gain by it (a fall of one is
    within `max_fall` from there up); a rise of one keeps `max_change`. A figure credited to a
    body's preliminary data rises by up to `preliminary_max_change` when the body restates it
    (its_preliminary_data)."""
    pack = ledger.corpus.pack
    rise, fall, settles = max_change(pack), max_fall(pack), fall_settles_days(pack)
    a, b = ledger.figures[old][1], ledger.figures[new][1]
    down = a.lo is not None and b.hi is not None and b.hi < a.lo
    if not down and its_preliminary_data(ledger, old) and ledger.counted(old) == ledger.counted(new):
        rise = max(rise, Fraction(str(revision_param(pack, "preliminary_max_change", 0))))
    if down and not falls_to_a_year_end(ledger, old, new):
        return False
    if down and a.lo == a.hi and b.lo == b.hi and a.lo - b.hi == 1 and revision_param(pack, "one_by_the_body", False) \
            and (ledger.when(new).earliest - ledger.when(old).latest).days >= revision_param(pack, "one_by_the_body_days", 0) \
            and ledger.counted(old) == ledger.counted(new) and ledger.counted(old).startswith("government of "):
        return True
    end = ledger.figures[old][0].end
    settled = settles and ruled_in_a_review(ledger.figures[new][0]) and (ledger.when(old).latest - end).days < settles \
        and (ledger.when(new).earliest - ledger.when(old).latest).days >= settles
    return _relative_gap(a, b) <= (fall if down and not settled else rise)


def its_preliminary_data(ledger: Ledger, cid: str) -> bool:
    """Rule: a count added to over time (a metric counted in units, additive over time)
    credited to a body's preliminary data (preliminary_data_of: "Colorado Department of Public
    Health and Environment (preliminary data)") is the body's first count, which deaths
    awaiting toxicology or an investigation raise for a year or more, added to the period they
    happened in: its later figure restates it by up to `preliminary_max_change` (Colorado
    Springs: "Preliminary 2021 data shows fatal overdoses at 767 and possibly exceeding 800",
    February 2022, then the department's 912, +18.9%). A rate, a share or a stock (a
    population) is not added to so: its preliminary figure keeps `max_change`."""
    pack = ledger.corpus.pack
    metric = pack.metrics.get(ledger.figures[cid][0].metric)
    return metric is not None and metric.unit == "count" and metric.additive_over_time and not metric.stock \
        and preliminary_data_of(ledger.speaker(cid), pack) is not None


def falls_to_a_year_end(ledger: Ledger, old: str, new: str) -> bool:
    """Rule: a fall read across two stretches from one start (a count so far, then a longer
    one lower) restates only when the later stretch is a whole year (a fiscal one too): the body's count
    for the year (Milwaukee's 200 homicides by 28 December 2021, then 197 for 2021). A later count to
    another day is a report's "same days of last year" beside its own year, not the count
    restated (Oakland's 118 murders to 24 December 2023, then 117 to 28 December in a
    report on 2025). Nor when the count so far lacks more of the year than `max_change` of
    its own days: at its pace those days add more than a restatement moves a count (Sacramento:
    the chief's 58 homicides "so far this year" on 14 June 2022, the police's 54 for 2022, is
    no restatement but a count that cannot stand); the fall itself counts toward `max_change`
    (70 "so far" to 30 November, then 64 for the year: the days lacking add 9%, the fall is 9%
    more). Off with the revision rule's
    `fall_to_a_year_end: false`."""
    q_old, q_new = ledger.figures[old][0], ledger.figures[new][0]
    if q_old == q_new or not revision_param(ledger.corpus.pack, "fall_to_a_year_end", False):
        return True
    lacking, own = (q_new.end - q_old.end).days, (q_old.end - q_old.start).days + 1
    fall = _relative_gap(ledger.figures[old][1], ledger.figures[new][1])   # the part of max_change it takes
    return spans_a_year(q_new) and lacking <= (max_change(ledger.corpus.pack) - fall) * own


def ruled_in_a_review(q) -> bool:
    """Whether a quantity is one a year-end review or annual report gives, with the rulings of
    the months since: a count of whole calendar months (a year, a fiscal year, a half, a quarter,
    a month: the annual report's 37 homicides in the first quarter a year after the police's 40)
    or of twelve months. A count to a day within a month (Buffalo's 46 to 5 July, then "last year
    by this time, there were 42") is a comparison beside the new year's, not a ruling."""
    return spans_a_year(q) or (q.start.day == 1 and (q.end + timedelta(days=1)).day == 1)


def spans_a_year(q) -> bool:
    """Whether a quantity's period runs twelve months, to the day before its start a year on."""
    after = q.end + timedelta(days=1)
    return (after.year - q.start.year, after.month, after.day) == (1, q.start.month, q.start.day)


def outvoted_when_given(ledger: Ledger, old: str, members: list[str]) -> bool:
    """Rule: a figure the body gave at the same time as another, which more outlets carried,
    was never the count of its day, and nothing restates it. Example: one report's "175"
    beside the release's "177" that two outlets carried the same day."""
    def voices(cid: str, at: str) -> int:
        """How many outlets give the body's figure of `cid` at the time `at` was given."""
        return len({ledger.outlet(m) for m in members if ledger.together(m, at) and not ledger.disagree(m, cid)})
    return any(ledger.together(m, old) and ledger.disagree(m, old) and voices(m, old) > voices(old, old)
               for m in members if m != old)


def same_word_days(pack) -> int:
    """How many days apart two outlets' reports of a body's figure may be and still be reports
    of one word (the revision rule's `same_word_days`, 3: rules/checks/RV001-revision.yaml)."""
    return int(revision_param(pack, "same_word_days", 3))


def misreported_when_given(ledger: Ledger, old: str, members: list[str]) -> bool:
    """Rule: two outlets that give a body's figure within `same_word_days` of each other report
    one word of it; when they disagree, one of them misreports it, and neither figure is a
    count a later one restates (a tension shows them). Example: the police director's talk as
    "194" in one paper on 10 January and "195" in another on the 11th and 12th; one outlet's
    194 of 1 January and 195 of the 2nd is its own line, and a restatement. Looked at over
    both lines a figure is in (its body's and its outlet's), so that the station's "200"
    beside a paper's 247 of one briefing is not restated by the station's own later figure."""
    when = ledger.when
    days = _timedelta(same_word_days(ledger.corpus.pack))
    early = called_preliminary(ledger.corpus.claim(old), ledger.corpus.pack)
    own = ledger.speaker(old) == ledger.outlet(old)
    return any(ledger.outlet(m) != ledger.outlet(old) and ledger.disagree(m, old)
               and not (early and when(old).latest < when(m).earliest)
               and not (own and ledger.speaker(m) == ledger.outlet(old) and when(old).latest < when(m).earliest)
               and max(when(m).latest, when(old).latest) <= min(when(m).earliest, when(old).earliest) + days
               for m in members if m != old)


def called_preliminary(claim, pack) -> bool:
    """Rule: a figure its own words call preliminary (the revision rule's `preliminary_words`:
    "according to preliminary statistics", "an unofficial tally") is one the body's release of
    the next days may restate: the paper's 272 on 2 January "according to preliminary
    statistics", then the police's year-end release of 273 on the 3rd, is a restatement, not a
    misreported word (misreported_when_given)."""
    words = revision_param(pack, "preliminary_words", ())
    return names_any(f"{claim.quote.text} {claim.note or ''}", words)


def outvoted_days_apart(ledger: Ledger, new: str, same: list[str]) -> bool:
    """Rule: a figure that other outlets' reports of the same word, within `same_word_days`,
    contradict, and that fewer outlets carried than the figure they give, is a word
    misreported, and it restates nothing (`same`: every figure of its quantity). Example: a
    paper's preview of the police's statistics, "274" on 5 January, the chief's "275" at the
    news conference the next day in two outlets: the 274 is not the police's restatement of
    their 273 of a year before; the 275 is."""
    when, figures = ledger.when, ledger.figures
    days = _timedelta(same_word_days(ledger.corpus.pack))

    def near(m: str) -> bool:
        return max(when(m).latest, when(new).latest) <= min(when(m).earliest, when(new).earliest) + days

    def carried(cid: str) -> int:
        return len({ledger.outlet(m) for m in same if near(m) and figures[m][1] == figures[cid][1]})
    mine = carried(new)
    return any(ledger.outlet(m) != ledger.outlet(new) and near(m) and ledger.disagree(m, new) and carried(m) > mine
               for m in same if m != new)


def _timedelta(days: int):
    from datetime import timedelta
    return timedelta(days=days)


def a_lapse(ledger: Ledger, old: str, members: list[str], same: list[str] | None = None) -> bool:
    """Rule: a figure the line leaves an earlier figure for, which no other outlet gives,
    and which a later figure of the line returns from (`members`: the body's or the outlet's
    figures of the quantity), is a lapse, not the count of its day: a count restated moves on,
    it does not come back to the figure it had before, so nothing restates it and it is
    audited with the rest. Example: a paper's 130 in 2021, "128" in 2023 (another counter's
    figure), 130 again in 2024; a blog's 195 between the police's 193 and 193. A figure two
    outlets carried (a release's 347 between 346 and 346) is of its day, and restated, and so
    is an outlet's own tally given again months apart (tally_given_again). A figure
    new to the line may leave any outlet's figure given before it (`same`): a paper's 73, the
    city's data's 74, the police's 73 two years on (Cincinnati, 2019). A later exact figure
    within a floor the line gave before ("at least 114", 106, 114) returns to it too, once the
    count had settled (_floors_left).
    `same`, when given, holds every figure of the quantity (without it, only the line's own
    earlier figures are left)."""
    when, figures = ledger.when, ledger.figures
    q, iv = figures[old]
    if len({ledger.outlet(c) for c in (figures if same is None else same) if figures[c] == (q, iv)}) > 1:
        return False
    if tally_given_again(ledger, old, members):
        return False   # the outlet's count for months (Jacksonville's 167, May and September 2023)
    earlier = own = [m for m in members if when(m).latest < when(old).earliest and figures[m][0] == q]
    # the figures it leaves: the line's own, and others' out before when the line had not given
    # it already (a repeat of the line's own figure leaves nothing: WREG's 304 again, Memphis)
    if same is not None and not any(figures[m] == (q, iv) for m in earlier):
        earlier = [m for m in same if when(m).latest < when(old).earliest and figures[m][0] == q]
    before = {figures[m][1] for m in earlier if ledger.disagree(m, old)}
    floors = _floors_left(ledger, old, own)   # only the line's own: another's floor is not its word
    return any(when(n).earliest > when(old).latest and figures[n][0] == q
               and (figures[n][1] in before or _a_point(ledger, n) and any(b.contains(figures[n][1].lo) for b in floors))
               for n in members)


def _floors_left(ledger: Ledger, old: str, earlier: list[str]) -> list[Interval]:
    """The floors a lone figure leaves that a later exact figure of its line may return within
    (a_lapse; `earlier`: the line's own figures out before it): The Advocate's "At least 114"
    homicides for 2020 (January 2021), its 106 in July 2023, its 114 in November 2023 (Baton
    Rouge). Only for a lone figure given after the count had settled (more than
    `fall_settles_days` after its period ended): in a year's first months a count moves both
    ways as deaths are ruled ("at least 60", 59, 61 is a line of restatements); and only floors
    surely out after their period ended."""
    settles = fall_settles_days(ledger.corpus.pack)
    end = ledger.figures[old][0].end
    if not settles or end is None or (ledger.when(old).earliest - end).days <= settles:
        return []
    # a floor that may be out before its period ended may be a count so far ("its 96th murder
    # this week", dated 20 December to 31 January): a later figure under it may still be the year's
    return [ledger.figures[m][1] for m in earlier if ledger.disagree(m, old) and _a_floor(ledger, m)
            and ledger.when(m).earliest > ledger.figures[m][0].end]


def _a_floor(ledger: Ledger, cid: str) -> bool:
    """Whether a claim's words make its figure a floor ("over 300", "at least 114"): its
    qualifier's generous reading has no ceiling. A hedge ("nearly 120") or a round figure read
    as rounded ("1,200") is a range, and a later figure within it no return to it."""
    st = ledger.corpus.claim(cid).statements()[0][2]
    qualifier = ledger.corpus.pack.qualifiers.get(st.value.qualifier) if st.value is not None else None
    return qualifier is not None and qualifier.generous.high is None


def contradicted_by_the_body(ledger: Ledger, old: str, new: str, members: list[str]) -> bool:
    """Rule: a later figure is no restatement while the body says, at the same time, anything
    it cannot hold with, or states the old figure again after it (unless the later figure was
    the line's tally given again, months apart: tally_given_again, and the return restates it
    in turn). Example: a caption's "16" beside the story's "61" the same day restates nothing."""
    when = ledger.when
    stood = tally_given_again(ledger, new, members)
    return any(m != new and ledger.disagree(m, new)
               and (ledger.together(m, new) or not stood and when(m).earliest > when(new).latest
                    and not ledger.disagree(m, old))
               for m in members)


def in_own_words(ledger: Ledger, cid: str) -> bool:
    """Whether a claim is in its outlet's own words: credited to no body, and no release."""
    claim = ledger.corpus.claim(cid)
    return not ledger.own_release(cid) and ledger.speaker(cid) == ledger.corpus.sources[claim.source].voice


def own_words_on_its_site(ledger: Ledger, cid: str) -> bool:
    """Whether a claim is an outlet's own words on its own site's copy ("Arkansas Democrat-Gazette
    (arkansasonline.com)"), which outlet_lines puts in the outlet's line: the count it tells is
    the line's, as the outlet's own words elsewhere are."""
    m = _ITS_SITE.match(ledger.corpus.sources[ledger.corpus.claim(cid).source].voice)
    return bool(m) and in_own_words(ledger, cid) and m.group("outlet").casefold() == ledger.outlet(cid).casefold()


def tally_given_again(ledger: Ledger, cid: str, members: list[str]) -> bool:
    """Rule: an outlet's own tally given again: a figure in an outlet's own words that its line
    (`members`: the outlet's figures of the quantity) gives again in its own words in another
    article at least `tally_given_again_days` apart stood as the outlet's count for those
    months. It is the count of its day, not a lapse (a_lapse), and when the line goes back to
    its earlier figure after it, that return restates it, as it restated the earlier figure
    (README "Late figures" (3)). Jacksonville: the Times-Union's 168 homicides for 2022
    (January 2023), 167 (May and September 2023), 168 again (January and July 2024): two
    revisions. Only a line in its own words throughout: a figure credited to a body is that
    body's count (Fresno: The Bee's 74 from the police, 77 from the state's Department of
    Justice, 74 again, two bodies' counts). Two copies of one story (one title or address, or
    one a ", via ..." copy of the other) are one article. The figure stood only if the line's
    move into it, and its move out of it (its return), would each pass as a revision
    (moves_little): 168, 158, 158, 168 is a lapse to 158 (a fall of 6%), audited as before."""
    days = int(revision_param(ledger.corpus.pack, "tally_given_again_days", 0))
    if not days or not all(in_own_words(ledger, m) for m in (cid, *members)):
        return False
    when, figures, claim = ledger.when, ledger.figures, ledger.corpus.claim
    if not any(m != cid and figures[m] == figures[cid] and not _one_story(ledger, m, cid)
               and ((when(m).earliest - when(cid).latest).days >= days
                    or (when(cid).earliest - when(m).latest).days >= days) for m in members):
        return False
    q = figures[cid][0]
    given = [m for m in members if figures[m] == figures[cid]] + ([cid] if cid not in members else [])
    first, last = min(when(m).earliest for m in given), max(when(m).latest for m in given)
    moves = [m for m in members if figures[m][0] == q and ledger.disagree(m, cid)]
    into = [m for m in moves if when(m).latest < first]
    out = [m for m in moves if when(m).earliest > last]
    return (not into or moves_little(ledger, max(into, key=lambda m: when(m).latest), cid)) \
        and (not out or moves_little(ledger, cid, min(out, key=lambda m: when(m).earliest)))


def _one_story(ledger: Ledger, a: str, b: str) -> bool:
    """Whether two claims' articles are one story: one source, or copies of it by one title or one
    address (a copy read on another site, ", via ..." or "(copied by ...)", that changed its
    headline and address is not seen as one)."""
    sources = ledger.corpus.sources
    sa, sb = sources[ledger.corpus.claim(a).source], sources[ledger.corpus.claim(b).source]
    return sa is sb or sa.title.strip().casefold() == sb.title.strip().casefold() or bool(sa.url and sa.url == sb.url)


def rival_when_given(ledger: Ledger, old: str, new: str, members: list[str]) -> bool:
    """Rule: a later figure does not restate one the body may have given the same days as
    another figure of its that the later one agrees with: the two were rivals from the start,
    and the later word takes a side in a disagreement that stood. Example (Baltimore): the
    police's year-end report, 68% of 2024's homicides cleared (CBS, January 2025), the
    commissioner's 70% (a weekly, January to April 2025), the city's 68% in June."""
    return any(m not in (old, new) and ledger.together(m, old) and ledger.disagree(m, old)
               and not ledger.disagree(m, new) for m in members)


def rivals_of_one_day(ledger: Ledger, old: str, new: str, members: list[str]) -> bool:
    """Rule: when the new figure was out before the old one was given again, the two were
    rival figures of one day, not a count and its restatement: the body's later word takes a
    side in a disagreement that stood. Example (Cleveland): 120 homicides for 2015 (October
    2016), 121 (Cleveland Scene, 23 December 2016), 120 again (the AP, 29 December 2016), then
    121 in 2020: the 120 and the 121 were both current that December."""
    when = ledger.when
    agree_new = [m for m in members if m != new and not ledger.disagree(m, new) and ledger.disagree(m, old)
                 and when(m).latest < when(new).earliest]
    agree_old = [m for m in members if m != old and not ledger.disagree(m, old) and ledger.disagree(m, new)
                 and when(m).latest < when(new).earliest]
    return any(when(a).latest < when(b).earliest for a in agree_new for b in agree_old)


def skips_a_word(ledger: Ledger, old: str, new: str, line: set[str]) -> bool:
    """Rule: a restatement follows the body's last word: a third figure of its line (`line`:
    the figures of the body's and the outlet's groups both claims are in), given in between,
    that neither can hold with, is the one the new figure restates. Example: 304 in January,
    303 in August, 304 again in November: November's restates August's, not January's."""
    when = ledger.when
    return any(when(old).latest < when(m).earliest and when(m).latest < when(new).earliest
               and ledger.disagree(m, old) and ledger.disagree(m, new)
               and not _beside_the_new_figure(ledger, m, new) for m in line)


def _beside_the_new_figure(ledger: Ledger, m: str, new: str) -> bool:
    """Rule (for skips_a_word): a figure whose own article also gives, exactly, the figure the
    later claim gives is no last word of the line to skip: the article said the new figure too,
    and a tension shows its two. Example (Jacksonville): the Times-Union's page of May 2023, "concluded the
    year with 167" beside a linked headline's "163 Jacksonville homicides in 2022", between its
    168 (January) and its 167 again (September): the September 167 restates the 168."""
    claim, figures = ledger.corpus.claim, ledger.figures
    articles = ledger.articles if ledger.articles is not None else in_articles(ledger.corpus, figures)
    # only the new figure's own line said beside it: the same counter's, or the outlet's own words
    # (a coroner's 167 quoted beside the paper's 163 leaves the 163 the paper's last word)
    in_its_line = lambda k: ledger.counted(k) == ledger.counted(new) \
        or ledger.outlet(k) == ledger.outlet(new) and in_own_words(ledger, k) and in_own_words(ledger, new)
    return any(k != m and figures[k][1] == figures[new][1] and not hedged(claim(k)) and in_its_line(k)
               for k in articles.get((claim(m).source, figures[m][0]), ()))


def another_bodys_look_back(ledger: Ledger, counted, old: str, new: str) -> bool:
    """Rule: in an outlet's line, a later figure it credits to another body restates its earlier
    one only while the count settles: when the earlier figure was itself a look back, given more
    than `counts_settle_days` after its period ended, the count was settled, and another body's
    different figure for it decades on is that body's history beside the outlet's, not the
    outlet's revision. Example (Detroit): the Free Press's 214 for 1966 "according to decades of
    data reviewed by the Free Press" (2018), then its "232 homicides, the city announced" (2024):
    no revision. A later figure in the outlet's own words still restates (the Journal Sentinel's
    168 for 1991, given in 2005, then its own 165 in 2020). So, too, when the later figure is
    itself given after the count settled and credited to anyone but the counting body (KDKA's
    71 for 2014 in January 2015, its "according to crime data online, there were 70" in 2022)."""
    settle = int(revision_param(ledger.corpus.pack, "counts_settle_days", 0))
    if not settle or counted(new) == ledger.outlet(new):
        return False
    end = ledger.figures[old][0].end
    # ... and so is such a figure given itself after the count settled, unless the counting body's
    # (the place's government: Cleveland's police table of 2021 restates 2010): KDKA's 71
    # homicides for 2014 (January 2015), its "according to crime data online, there were 70"
    # (December 2022)
    return end is not None and ((ledger.when(old).earliest - end).days > settle
                                or (ledger.when(new).earliest - end).days > settle
                                and not counted(new).startswith("government of "))


def settled_elsewhere(ledger: Ledger, counted, old: str, new: str, same: list[str]) -> bool:
    """Rule: in an outlet's line, a later, lower figure no other outlet gives does not restate
    the outlet's earlier figure when another outlet gave that figure too after the count had
    settled (more than `fall_settles_days` after its period ended): a count falls only as
    deaths are ruled, and those rulings were in; the earlier figure was the settled count,
    and the outlet's lone lower one is its slip, audited with the rest. Example (Philadelphia):
    NBC10's 356 homicides for 2019 (December 2021), also Reality Circuit's and a blog's in
    2021, then NBC10's own "In 2019, Philadelphia saw 353 murders" (2024), a figure no one
    else gives for 2019 (a vague "just over 350", which holds both, is no one's support). A
    later figure others give too still restates (the Journal Sentinel's 168 for 1991, then
    165 in 2020, as three other outlets gave it), and so does a higher one (a count grows for
    years as the injured die: the Post-Dispatch's 263 for 2020, then its own 264 in 2025),
    and a body's word: its own release, or a figure an outlet credits to a government body of
    the place or of a place holding it, or to its data (the_bodys_word; Spokane: KHQ's 21
    homicides for 2020 "Spokane Police" gave in October 2021, a reprint's 21 in 2022, then The
    Spokesman-Review's "19 ... according to Spokane Police Department data" in 2023), unless
    a figure agreeing with the earlier one is another government's (a metro area's or a
    state's count against the city police's: two counts). `same`: every figure of the quantity."""
    settles = fall_settles_days(ledger.corpus.pack)
    end = ledger.figures[old][0].end
    if not settles or end is None or not wholly_above(ledger.figures[old][1], ledger.figures[new][1]):
        return False
    when, outlet = ledger.when, ledger.outlet
    # a body's word restates, unless a figure agreeing with the old one is another government's
    if the_bodys_word(ledger, counted, new) and not any(
            counted(m).startswith("government of ") and counted(m) != counted(new)
            and not ledger.disagree(m, old) for m in same if m != old):
        return False
    return not any(outlet(m) != outlet(new) and not ledger.disagree(m, new) and ledger.disagree(m, old)
                   for m in same if m != new) \
        and any(outlet(m) not in (outlet(old), outlet(new)) and not ledger.disagree(m, old) and ledger.disagree(m, new)
                and (when(m).earliest - end).days > settles and when(m).latest < when(new).earliest
                for m in same if m != old)


def outlived_its_retelling(ledger: Ledger, old: str, new: str, same: list[str]) -> bool:
    """Rule: in an outlet's line, a later figure in the outlet's own words that no other outlet
    gives does not restate an earlier figure the outlet credited to someone (an official's, a
    body's), when another outlet gives that earlier figure again surely after the later one:
    the credited figure outlived the outlet's own retelling, which is audited against it (a figure
    stated by more sources, and over a longer time, anchors). Example (Des Moines): the
    governor's "jumped to 402 in 2016" road deaths on WHO-TV (January 2017), WHO-TV's own "Last
    year a total of 404 Iowans died on the roads" (May 2017), then The Gazette's "the 402 reported
    in 2016" (January 2020): no revision, and a tension names the 404. A later figure that
    another outlet's figure agrees with, or moves past the credited one the same way, still
    restates (a count that went on moving: Baltimore, WMAR's 333 homicides of 2022 from the
    police, its own 330 a year on, the Banner's 329 that month, a newsletter's stale 333 in 2025),
    and so does one the credited figure was not given again after. `same`: every figure of the
    quantity."""
    if in_own_words(ledger, old) or not in_own_words(ledger, new):
        return False
    when, outlet, figures = ledger.when, ledger.outlet, ledger.figures
    up = wholly_above(figures[new][1], figures[old][1])

    def moved_alike(m: str) -> bool:   # another outlet's figure the new one agrees with, or past the old the same way
        return not ledger.disagree(m, new) or (wholly_above(figures[m][1], figures[old][1]) if up
                                               else wholly_above(figures[old][1], figures[m][1]))
    return not any(outlet(m) != outlet(new) and moved_alike(m) for m in same if m not in (old, new)) \
        and any(outlet(m) != outlet(new) and not ledger.disagree(m, old) and ledger.disagree(m, new)
                and when(m).earliest > when(new).latest for m in same if m != old)


def returned_from(ledger: Ledger, old: str, new: str, same: list[str]) -> bool:
    """Rule: a later, lower figure no other outlet gives does not restate the line's earlier
    one when other outlets, after it, give the period only higher figures it had been given
    before, the earlier one's or another's (80, then 76, then a new 77 is a count restated down
    that grew again): the count returned from it, as a count restated does not (a lapse across outlets: a_lapse). A count that went
    on falling (another outlet's lower figure after it) was restated, and a stale copy of the
    old figure after it does not undo that (Baltimore: WMAR's 333 for 2022, its 330 a year on,
    the Banner's 329 that month, a newsletter's 333 in 2025).
    Example (Indianapolis): IMPD's count of 159 for 2018 to 17 December (WISH-TV), FOX59's
    "At the end of 2018, the city's murder total stood at 158" (January 2020), then 159 for 2018
    in the Star a week later, the AP and the Star in 2021 and 2023. Only a lower figure given
    after the count had settled (more than `fall_settles_days` after its period): in the months
    after a year a body's count moves both ways as deaths are ruled and others come in (60, then
    59, then 61 is a line of restatements). `same`: every figure of the new one's quantity."""
    settles = fall_settles_days(ledger.corpus.pack)
    end = ledger.figures[new][0].end
    if not wholly_above(ledger.figures[old][1], ledger.figures[new][1]) or not settles or end is None \
            or (ledger.when(new).earliest - end).days <= settles:
        return False
    when, outlet, figures = ledger.when, ledger.outlet, ledger.figures
    after = [m for m in same if m != new and outlet(m) != outlet(new) and when(m).earliest > when(new).latest]
    before = [m for m in same if m != new and when(m).latest < when(new).earliest]
    return not any(outlet(m) != outlet(new) and not ledger.disagree(m, new) and ledger.disagree(m, old)
                   for m in same if m != new) \
        and after and all(wholly_above(figures[m][1], figures[new][1])
                          and any(figures[p][1] == figures[m][1] for p in (old, *before)) for m in after)


def went_back(ledger: Ledger, old: str, new: str, members: list[str], same: list[str]) -> bool:
    """Rule: a later figure that is the one the line's earlier word gave before `old` restated
    it does not restate `old` back when `old` was carried by at least two other outlets (the
    count's restated figure, taken up): a count restated does not return to the figure it left;
    the later figure is the old count copied again (or records read from before the change),
    and it is audited against the restated one. Example: the police's 196 for a year (January
    of the next), one killing "added to that year, making its final tally 197" (the next
    January), 197 in three outlets over two years, then "196" in a report from records eight
    years on: a tension, not the count going back. A figure one outlet gave in between (304 in
    January, 303 in August, 304 in November) is restated by the return (skips_a_word).
    `members`: the line's figures; `same`: every figure of the quantity."""
    when, outlet = ledger.when, ledger.outlet
    if not any(when(m).latest < when(old).earliest and not ledger.disagree(m, new) and ledger.disagree(m, old)
               for m in members):
        return False
    carried = {outlet(m) for m in same if not ledger.disagree(m, old) and ledger.disagree(m, new)
               and when(m).latest < when(new).earliest} - {outlet(old), outlet(new)}
    return len(carried) >= 2


def the_bodys_word(ledger: Ledger, counted, cid: str) -> bool:
    """Whether a figure is some body's word (the old figures `grows_on` takes; the counters of
    `restated_by_the_counter` and `reading_the_release`): credited to the place's government
    (`counted`), or any body's own release or dataset (the FBI's too). `strayed_from_the_body`
    takes the counting body's word only (credited to the place's government), not this."""
    return counted(cid).startswith("government of ") or ledger.own_release(cid)


def strayed_from_the_body(ledger: Ledger, counted, old: str, new: str, same: list[str]) -> bool:
    """Rule: a figure in an outlet's own words (credited to no body) for a closed period, given
    surely after the counting body's own figure for it was out, that differs from the body's, is
    a retelling that strayed from the body's word, not the count of its day: a later figure that
    agrees with the body's does not restate it, and a tension shows it (Sacramento: the police's
    2020 statistics, 44 homicides, February 2021; ABC10's own "43 people killed" in May 2021; its
    44 credited to the police in 2022. Baltimore: BPD's year-end report, 261 for 2023, January
    2025; The Washington Times's "262" that May, its 261 in 2026). A figure credited to a body
    (the police's 347 between their 346 and 346, Memphis) is its word, and may be restated, and so
    is one not surely out after the body's (an article of some day that year), and one that agrees
    with a later word of the body's (a figure the body restated and then restated back). Another
    body's release (the FBI's dataset) is not the counting body's word. `same`: every
    figure of the quantity. The revision rule's `after_the_bodys_word: false`: off."""
    claim = ledger.corpus.claim(old)
    if not revision_param(ledger.corpus.pack, "after_the_bodys_word", False) or ledger.own_release(old) \
            or ledger.speaker(old) != ledger.corpus.sources[claim.source].voice or ledger.figures[old][0].end is None:
        return False
    when = ledger.when
    # the body's words out before it; the one it strayed from is not followed by one it agrees with
    words = [m for m in same if m not in (old, new) and counted(m).startswith("government of ")
             and when(m).latest < when(old).earliest]
    return any(ledger.disagree(m, old) and not ledger.disagree(m, new)
               and not any(when(k).earliest > when(m).latest and not ledger.disagree(k, old) for k in words)
               for m in words)


def told_against_the_body(ledger: Ledger, counted, old: str, new: str, same: list[str]) -> bool:
    """Rule: in an outlet's line, a later figure in the outlet's own words (credited to no body)
    for a closed period, given surely after the counting body's word on it was out and differing
    from every such word, that gives another counter's figure already out (a university's study,
    credited to it in another article), restates no earlier figure the line credited to a body: it
    is that counter's count retold, a rival of the body's, not the body's word moving nor the
    outlet's tally given again (README "Late figures"). Rochester: WROC's "51 homicides reported
    in 2020" from the police (December 2020), RIT's study's 52 (February 2021), then WROC's own
    "In 2020, that number jumped to 52" (mid-2021). A later own figure no other counter gave is
    the count grown (grows_on: Indianapolis's 171, then a station's 172). `same`: every figure of
    the quantity. `told_against_the_body: false`: off."""
    if not revision_param(ledger.corpus.pack, "told_against_the_body", False) or not in_own_words(ledger, new) \
            or in_own_words(ledger, old) or ledger.figures[new][0].end is None:
        return False
    when = ledger.when
    before = [m for m in same if m != new and when(m).latest < when(new).earliest]
    words = [m for m in before if counted(m).startswith("government of ")]
    others = [m for m in before if m != old and not counted(m).startswith("government of ")
              and counted(m) != ledger.outlet(m) and counted(m) != counted(old) and not ledger.disagree(m, new)]
    return bool(words) and bool(others) and all(ledger.disagree(m, new) for m in words)


def a_studys_figure_in_the_line(ledger: Ledger, counted, old: str, new: str) -> bool:
    """Rule: in an outlet's line, a later figure in the outlet's own words does not restate an
    earlier one it credited, in the figure's own words, to a study (`study_words`: "the study
    states") by a counter other than the place's government: a study counts once, from the
    body's data, and neither speaks again nor is the outlet's tally, so the outlet's own later
    figure is neither the counter's later word nor its tally given again (README "Late figures"
    (1), (3)): two rival figures. Rochester: the Beacon's "The 52 homicides ..., the study
    states" (RIT's, February 2021), then its own "up from 50 in 2020" (December 2022). Not a
    figure credited to a counting body's data (Sacramento: the Coroner's 228 in the Bee, then the
    Bee's own 231 from the Coroner's Office a year on, the body's later word), nor a body's own
    release. `study_words: []`: off."""
    words = revision_param(ledger.corpus.pack, "study_words", ())
    if not words or not in_own_words(ledger, new) or in_own_words(ledger, old) or ledger.own_release(old) \
            or ledger.own_release(new):
        return False
    body = counted(old)
    return not body.startswith("government of ") and body != ledger.outlet(old) \
        and names_any(ledger.corpus.claim(old).quote.text, words)


def restatements(ledger: Ledger, old: str, members: list[str], line: dict[str, set[str]],
                 outvoted: frozenset | set = frozenset(), same: dict | None = None) -> list[str]:
    """The later figures of a body's line (`members`, by publication date) that restate `old`:
    surely published after it (or, for a figure its words call preliminary or unofficial, not
    surely before it: called_preliminary), disagreeing with it by a small move (moves_little),
    not contradicted by the body (contradicted_by_the_body), not skipping its last word
    (skips_a_word), and not a lower figure the count returned from (returned_from; `same`:
    every figure of each quantity, else looked up)."""
    when = ledger.when
    claim = ledger.corpus.claim
    pack = ledger.corpus.pack
    others = members
    if called_preliminary(claim(old), pack):
        # "an unofficial tally shows at least 345", the official figures "expected this week": the
        # body's figure for the period, published any time not surely before it, is the official
        # one (and the unofficial tally is no word of the body's against it)
        after = [n for n in members if n != old and not when(n).latest < when(old).earliest
                 and not called_preliminary(claim(n), pack)]
        others = [m for m in members if m != old]
    else:
        after = [n for n in members[members.index(old) + 1:] if when(n).earliest > when(old).latest]
    def returned(n: str) -> bool:   # a lower figure only: every figure of its quantity looked at
        q = ledger.figures[n][0]
        return wholly_above(ledger.figures[old][1], ledger.figures[n][1]) and returned_from(
            ledger, old, n, same[q] if same is not None else [m for m in ledger.figures if ledger.figures[m][0] == q])
    return [n for n in after
            if ledger.disagree(old, n)
            and moves_little(ledger, old, n)
            and not returned(n)
            and not (revision_param(pack, "went_back", True) and went_back(
                ledger, old, n, others, same[ledger.figures[n][0]] if same is not None
                else [m for m in ledger.figures if ledger.figures[m][0] == ledger.figures[n][0]]))
            and not contradicted_by_the_body(ledger, old, n, others)
            and not rival_when_given(ledger, old, n, others)
            and not retold_years_on(ledger, old, n)
            and not recalled_years_on(ledger, old, n)
            and not retold_in_a_week(ledger, old, n)
            and not given_beside(ledger, old, n)
            and not held_in_one_story(ledger, old, n, others if same is None else same[ledger.figures[old][0]])
            and n not in outvoted and not skips_a_word(ledger, old, n, (line[old] & line[n]) - outvoted)]


def held_in_one_story(ledger: Ledger, old: str, new: str, same: list[str]) -> bool:
    """Rule: a later figure does not restate an earlier one when a story of the old figure's outlet,
    out before the later figure, gave both, unhedged (one claim the old figure agrees with and
    the new does not, one the other way round, neither given as the count before the article's,
    `earlier_count_words`), one of them in the outlet's own words (not two bodies' counts, nor a
    body's count and its revision reported): that line had both figures current on its day, one
    misstated, and the later word takes a side in a disagreement that stood, a tension with no
    culprit unless the sources say. Example (Lexington): the police's 116 shootings of 2022 in
    WKYT's story of January 2023; WKYT's story of 16 August 2023 with "116 shooting
    investigations, according to the city's crime database" and "In 2022, there were 119
    shootings in Lexington"; LEX 18's 119 in 2025. Another outlet's page with both (Albuquerque:
    Dinelli's 120 and 121, between KRQE's 120 and its 121), or a paper's story of the county's
    count beside a project's (Pittsburgh: 735 and Overdosefreepa's 737), leaves the old figure's
    line alone. `same`: every figure of the quantity. The revision rule's `held_in_one_story:
    false`: off."""
    if not revision_param(ledger.corpus.pack, "held_in_one_story", False):
        return False
    claim, when, pack = ledger.corpus.claim, ledger.when, ledger.corpus.pack
    sides: dict[str, tuple[list[str], list[str]]] = {}
    for m in same:
        if m == new or m not in ledger.figures or not when(m).latest < when(new).earliest \
                or hedged(claim(m)) or _says_earlier(claim(m), pack):
            continue
        old_side, new_side = not ledger.disagree(m, old), not ledger.disagree(m, new)
        if old_side != new_side:
            sides.setdefault(claim(m).source, ([], []))[0 if old_side else 1].append(m)
    # the story is the old figure's outlet's, and one of its two figures is in its own words:
    # another outlet's page with both, a story of the county's count beside a project's, or a
    # body's count and its own revision reported ("Police said in January there were 170 ... The
    # department now lists 171") leaves the old figure's line alone
    return any(ledger.outlet(a) == ledger.outlet(old) and (in_own_words(ledger, a) or in_own_words(ledger, b))
               for olds, news in sides.values() for a in olds for b in news)


def told_with_the_release(ledger: Ledger, cid: str, new: str) -> bool:
    """Rule: a figure in an outlet's own words whose article also gives, credited to the body
    whose restatement `new` is, a figure of a later period of the same count that the
    restatement's own article gives as exactly, out within the pack's `retold_in_a_week_days`
    of the restatement's article, was told beside the release that restated it: the
    superseded figure told again, not a repeat of the count of its day. It goes with no restatement as its repeat, and is audited against the new
    figure, named first (Voice.strayed). Example (Lexington): the Kentucky Lantern's own "In
    2023, Kentucky had 1,984 overdose deaths" (1 May 2025), beside "1,410 Kentuckians died from
    an overdose last year, according to the 2024 Drug Overdose Fatality Report, which was
    released Thursday"; that report put 2023 at 2,020 (Kentucky Health News, 4 May 2025: "1,410
    Kentuckians died from an overdose last year, down from 2,020 in 2023"). The revision rule's
    `told_with_the_release: false`: off."""
    if not revision_param(ledger.corpus.pack, "told_with_the_release", False):
        return False
    claim, figures, counted = ledger.corpus.claim, ledger.figures, ledger.counted
    if cid not in figures or new not in figures or claim(cid).source == claim(new).source \
            or not ledger.disagree(cid, new) or not in_own_words(ledger, cid):
        return False
    # told within the pack's `retold_in_a_week_days` of the restatement's article: an outlet's
    # figure told months before the release, beside a later period's figure the release kept, was
    # the count of its day
    window = int(revision_param(ledger.corpus.pack, "retold_in_a_week_days", 0))
    if (ledger.when(new).earliest - ledger.when(cid).latest).days > window:
        return False
    q, body = figures[cid][0], counted(new)
    later = [k for k, (q2, _) in figures.items()
             if q2.metric == q.metric and q2.place == q.place and q2.start >= q.end
             and counted(k) == body and not hedged(claim(k))]
    released = {(figures[k][0], figures[k][1]) for k in later if claim(k).source == claim(new).source}
    return any((figures[k][0], figures[k][1]) in released for k in later if claim(k).source == claim(cid).source)


def given_beside(ledger: Ledger, old: str, new: str) -> bool:
    """Rule: a figure whose own article also gives the quantity the later figure, as exactly
    (unhedged: not "about 80", "over 2,400"), in another claim (its list's
    "2022: 120 homicides" two lines above "121 investigated by APD in 2022") is not restated by
    that later figure, nor goes with a restatement as its repeat: the article had both, one of
    them misstated, and a tension shows them. Example (Albuquerque): Dinelli's 120 and 121 for 2022 (19 January 2024), then APD's 121."""
    claim, figures = ledger.corpus.claim, ledger.figures
    source = claim(old).source
    q, figure = figures[old][0], figures[new][1]
    articles = ledger.articles if ledger.articles is not None else in_articles(ledger.corpus, figures)
    return claim(new).source != source and any(
        m != old and figures[m][1] == figure and not hedged(claim(m)) for m in articles.get((source, q), ()))


def in_articles(corpus, figures: dict) -> dict[tuple, list[str]]:
    """The claims of each article's figures for each quantity: (source id, quantity) -> ids."""
    out: dict[tuple, list[str]] = {}
    for cid, (q, _) in figures.items():
        out.setdefault((corpus.claim(cid).source, q), []).append(cid)
    return out


def retold_years_on(ledger: Ledger, old: str, new: str) -> bool:
    """Rule: two figures for a closed period, both given more than the pack's `years_on` days
    (rules/suspicion.yaml's copies) after the period ended and the later within
    `retold_years_on_days` of the earlier, are two retellings of a settled release, not the
    count moving: nothing restates the earlier (MLive's FBI table giving 394 murders for 2007 in
    December 2012, the Free Press's 392 in January 2013; the body did not speak again), and the
    two stay a tension. Only of two outlets' reports: a body's own release (an official
    statement, a dataset) years on is its word again, and restates. 0: off."""
    window = int(revision_param(ledger.corpus.pack, "retold_years_on_days", 0))
    if window <= 0 or ledger.own_release(old) or ledger.own_release(new) or ledger.outlet(old) == ledger.outlet(new):
        return False
    return (_both_told_after(ledger, old, new, ledger.corpus.pack.suspicion.copies.years_on)
            and (ledger.when(new).earliest - ledger.when(old).latest).days <= window)


def recalled_years_on(ledger: Ledger, old: str, new: str) -> bool:
    """Rule: a figure in an official's spoken words (a direct quote) given more than the pack's
    `years_on` days (rules/suspicion.yaml's copies) after its period ended restates no earlier
    figure: the speaker recalls the count from memory, and a look back that differs from the
    figures out before is audited with them, a tension (Nashville: the police's 43 homicides
    for 2013, given in January 2014 and WKRN's in January 2015; the
    chief's "Certainty up from the 41 we had four years ago", December 2017, 41 being 2014's
    count). A release, a document or a paraphrase of the body's data years on still restates,
    and so do a body's quoted statement and a person's words naming a report or a final count
    (`recalled_not_words`): only a named person (a speaker "name, title") recalls.
    `recalled_years_on: false`: off."""
    pack = ledger.corpus.pack
    c = ledger.corpus.claim(new)
    if not revision_param(pack, "recalled_years_on", False) or c.attribution != "direct-quote" \
            or ", " not in (c.speaker or "") or names_any(c.quote.text, revision_param(pack, "recalled_not_words", ())):
        return False
    end = ledger.figures[old][0].end
    return end is not None and (ledger.when(new).earliest - end).days > pack.suspicion.copies.years_on


def retold_in_a_week(ledger: Ledger, old: str, new: str) -> bool:
    """Rule: two figures for a period that closed more than the pack's `in_its_day` days
    (rules/suspicion.yaml's copies) before either was given, the later surely within
    `retold_in_a_week_days` of the earlier (an article's update dated only to within months may
    be its word months on, and restates), are two retellings of a settled count, not the count
    moving, even in one outlet's line: a count a year old does not move within days, so nothing
    restates the earlier, and the two stay a tension (The Times-Picayune's 202 carjackings for
    2020 on 24 January 2022 and its 204 on the 28th; Memphis's 344 and 341 "a year on and in the
    same week"). Only of outlets' reports: a body's own release (an official statement, a
    dataset) is its word again, and restates. 0: off."""
    window = int(revision_param(ledger.corpus.pack, "retold_in_a_week_days", 0))
    if window <= 0 or ledger.own_release(old) or ledger.own_release(new):
        return False
    return (_both_told_after(ledger, old, new, ledger.corpus.pack.suspicion.copies.in_its_day)
            and (ledger.when(new).latest - ledger.when(old).earliest).days <= window)


def _both_told_after(ledger: Ledger, old: str, new: str, days: int) -> bool:
    """Whether both figures were surely given more than `days` after the period they count ended
    (retold_years_on, retold_in_a_week); never of a period without an end."""
    end = ledger.figures[old][0].end
    return (end is not None and (ledger.when(old).earliest - end).days > days
            and (ledger.when(new).earliest - end).days > days)


def passed_by_the_body(ledger: Ledger, counted, old: str, members: list[str]) -> bool:
    """Rule: a figure credited to a body, below the body's own earlier count of the period to one
    of its days (`members`: the figures of the count from the same start), was never the count
    of its day: the count had passed it, and nothing restates it (IMPD's 159 for 2018 to 17
    December, then "At the end of 2018, the city's murder total stood at 158" credited to it).
    Looked at only for another outlet's later word (restated_by_the_counter): in the body's own
    line a later, lower year's figure may be its count after deaths were ruled (Louisville,
    Detroit)."""
    when, figures = ledger.when, ledger.figures
    q = figures[old][0]
    return any(counted(m) == counted(old) and figures[m][0].end <= q.end and when(m).latest < when(old).earliest
               and wholly_above(figures[m][1], figures[old][1]) for m in members)


def passed_when_given(ledger: Ledger, counted) -> set[str]:
    """Rule: a count to a day of its period, credited to a body, above a count of a longer
    stretch from the same start already out (by any counter), was never the count of its day:
    a count does not fall within days, and no later word restates it (a tension shows it).
    Example (New Orleans): an analyst's 265 murders by the afternoon of 31 December 2022, then a
    rewrite (11 January 2023) crediting the police with 277 "as of December 28", then the
    police's 266 for the year (January 2024). `counted`: counting_body of a claim id. Off with
    the revision rule's `passed_when_given: false`. Returns the claims passed when given."""
    if not revision_param(ledger.corpus.pack, "passed_when_given", False):
        return set()
    when, figures = ledger.when, ledger.figures
    by_count: dict = {}
    for cid, (q, _) in figures.items():
        if q.latest_end is None:
            by_count.setdefault(q[:3], []).append(cid)
    out = set()
    for members in by_count.values():
        for old in members:
            q, iv = figures[old]
            if iv.lo is not None and counted(old) != ledger.outlet(old) and any(
                    figures[m][0].end > q.end and when(m).latest < when(old).earliest
                    and figures[m][1].hi is not None and figures[m][1].hi < iv.lo for m in members):
                out.add(old)
    return out


def restated_by_the_counter(ledger: Ledger, counted, out: dict[str, "Revision"], official,
                            reading: dict | None = None, outvoted: frozenset | set = frozenset(),
                            passed: frozenset | set = frozenset()) -> dict[str, "Revision"]:
    """Rule: the body that keeps a count restates, in its later word on a closed period, the
    figures other outlets gave for it while it settled: a count settles as deaths are ruled
    justified or accidental or added from earlier injuries, and a paper's "92" or a blog's
    "199" a year or more before the police's "89" or "201" was the count of its day, not a
    misstatement. The old figure must be
    - in its outlet's own words or credited to the same body (not another counter's);
    - not settled (several outlets over `restated_by_the_counter_days`: the count of its day
      for that long, against which a lone later figure is more likely an error);
    - published within `counts_settle_days` of its period's end (a look back decades on states
      a settled count: nothing restates it);
    - neither misreported when given nor, when credited to a body, outvoted when given (an
      outlet's own count is no word of the body's to outvote), nor a lapse;
    and the body's word must come out at least `restated_by_the_counter_days` after it, move it
    by a small share (moves_little), not be contradicted by a figure given again later
    (contradicted_by_the_body, over every outlet's figures), not skip a settled figure or a
    later one of the old figure's own outlet in between (that one is what it restates), and
    the old figure must lie on the count's way from the body's previous word to this one (a
    blog's 267 five months after the police's 262, restated as 264, was never the count). A
    year-to-date figure above the year's restated count is restated with it (_disagree), unless
    a figure of the year that agreed with it came out in between (then it goes with that one's
    restatement, _parts_of_their_day).
    `counted`: counting_body of a claim id; `official(claim id)`: whether it is the counting
    body's own word (its release, or credited to it). Examples (Louisville): the Courier
    Journal's 92 homicides for 2019 (January 2020) and WAVE's 90 (2022), then LMPD's 89
    (December 2023): both restated by the 89; St. Louis: a blog's 199 for 2021 (November 2022),
    then the police's 201 (January 2024)."""
    pack = ledger.corpus.pack
    days = int(revision_param(pack, "restated_by_the_counter_days", 0))
    settle = int(revision_param(pack, "counts_settle_days", 0))
    if not days:
        return {}
    when, figures = ledger.when, ledger.figures
    by_count: dict = {}   # a count's figures: one metric and place from one start
    by_quantity: dict = {}
    by_figure: dict = {}
    for cid, (q, iv) in figures.items():
        by_count.setdefault(q[:3], []).append(cid)
        by_quantity.setdefault(q, []).append(cid)
        by_figure.setdefault((q, iv), []).append(cid)
    settled_memo: dict = {}

    def settled(cid: str) -> bool:
        """Whether several outlets gave the figure over a stretch as long as a count takes to
        be restated: the count of its day for that long, settled."""
        key = figures[cid]
        if key not in settled_memo:
            same = by_figure[key]
            settled_memo[key] = len({ledger.outlet(c) for c in same}) > 1 and \
                (max(when(c).earliest for c in same) - min(when(c).latest for c in same)).days >= days
        return settled_memo[key]

    def of_its_way(old: str, new: str) -> bool:
        """Whether `old` lies between the body's last word on its count before it and `new`
        (a word out by the day `old` may first have been given counts: a radio's 225 of some day
        in the first half of January, the police's "at least 226" in the paper of the 1st)."""
        q = figures[old][0]
        before = [w for w in by_quantity[q] if w != old and counted(w) == word_of(new)
                  and when(w).earliest <= when(old).earliest and when(w).latest <= when(old).latest]
        if not before:
            return True
        last = max(before, key=lambda w: (when(w).latest, w))
        return _between(figures[old][1], figures[last][1], figures[new][1])

    def agreed_since(old: str, new: str, members: list[str]) -> bool:
        """Whether a figure of the new one's stretch, published after `old` and before `new`,
        agrees with a figure of a shorter stretch: then that figure is what `new` restates, and
        `old` goes with it (a part of its period, _parts_of_their_day)."""
        return figures[old][0] != figures[new][0] and any(
            figures[m][0] == figures[new][0] and when(old).latest < when(m).earliest
            and when(m).latest < when(new).earliest and not ledger.disagree(m, old) for m in members)

    reading = reading or {}

    def word_of(n: str) -> str:
        """Whose word a figure is: its counting body, or the body whose release its article
        reads (reading_the_release)."""
        return reading.get(n) or counted(n)

    found: dict[str, Revision] = {}
    for _, members in sorted(by_count.items(), key=lambda kv: repr(kv[0])):
        if len(members) < 2:
            continue
        members.sort(key=lambda cid: (when(cid).earliest, cid))
        words = [n for n in members if (official(n) or n in reading) and n not in outvoted]
        if not words:
            continue
        for old in members:
            q = figures[old][0]
            if (old in out and out[old].body is None) or q.latest_end is not None or when(old).latest < q.end \
                    or (settle and (when(old).latest - q.end).days > settle) or settled(old) \
                    or counted(old) not in (ledger.outlet(old), *{word_of(n) for n in words}):
                continue
            same = [m for m in members if figures[m][0] == q]
            # a body's figure others outvoted when it was given was never the count of its day
            # (outvoted_when_given); an outlet's own figure is not the body's word to outvote
            credited = counted(old) != ledger.outlet(old)
            if (credited and outvoted_when_given(ledger, old, same)) or misreported_when_given(ledger, old, same) \
                    or a_lapse(ledger, old, same, by_quantity[q]):
                continue
            if credited and (passed_by_the_body(ledger, counted, old, members) or old in passed):
                continue
            later = [n for n in words
                     if (when(n).earliest - when(old).latest).days >= days and ledger.disagree(old, n)
                     and of_its_way(old, n) and not agreed_since(old, n, members)
                     and moves_little(ledger, old, n) and counted(old) in (ledger.outlet(old), word_of(n))
                     and not recalled_years_on(ledger, old, n)
                     # a figure read as the release's restates the body's word only: its own, or
                     # as an earlier report of its release read it
                     and (n not in reading or official(n) or word_of(old) == word_of(n))
                     and not contradicted_by_the_body(ledger, old, n, members)
                     and not rivals_of_one_day(ledger, old, n, members)
                     and not held_in_one_story(ledger, old, n, same)
                     and not said_already(ledger, old, n, same, word_of)
                     and not any(m not in outvoted and when(old).latest < when(m).earliest and when(m).latest < when(n).earliest
                                 and ledger.disagree(m, old) and ledger.disagree(m, n)
                                 and (settled(m) or ledger.outlet(m) == ledger.outlet(old))
                                 for m in members)]
            if later:
                first = first_out(ledger, later)
                # a report of the body's release surely out before the restatement its line
                # found (reading_the_release) restates first
                if old not in out or (first in reading and when(first).latest < when(out[old].new).earliest):
                    found[old] = Revision(old, first, ledger.speaker(first), ())
    return found


def said_already(ledger: Ledger, old: str, new: str, same: list[str], word_of) -> bool:
    """Rule: the body's later word restates an outlet's figure only when the body's count moved:
    when the body had already given the new figure for the period, in a word not surely out after
    the outlet's (`same`: the period's figures; `word_of`: whose word a figure is), the outlet's
    figure was a rival of the body's word of its day, not the count of its day, and the two stay a
    tension (README "Late figures": a lone outlet's figure against the body's is two rival
    figures). Only of a figure in its outlet's own words, and only when the body's word differs from
    it: a bound or round word that fits both ("more than 90" beside the paper's 97, then the
    body's 102 as late rulings came in) is no rival of it, and the count moved. Rochester: the
    Democrat and Chronicle's own "43 homicides in 2016" (early 2017), the police's 42 "according
    to data provided by the Rochester Police Department" (March 2017), the chief's 42 (January
    2018). `said_already: false`: off."""
    if not revision_param(ledger.corpus.pack, "said_already", False) or ledger.counted(old) != ledger.outlet(old):
        return False
    when = ledger.when
    return any(w not in (old, new) and word_of(w) == word_of(new) and not ledger.disagree(w, new)
               and ledger.disagree(w, old) and when(w).earliest <= when(old).latest
               and when(w).latest < when(new).earliest for w in same)


# "As of Dec. 31, the city had 171": a figure its own words date (at its period's end)
_AS_OF = re.compile(r"\b(as of|as at)\b", re.IGNORECASE)


def a_growing_count(pack, q, iv: Interval) -> bool:
    """Whether a figure is of a count that only grows over its period (a count of events, additive
    over time, not a stock), to a known end, with an upper bound."""
    metric = pack.metrics.get(q.metric)
    return metric is not None and metric.additive_over_time and metric.non_negative and not metric.stock \
        and metric.unit == "count" and q.latest_end is None and iv.hi is not None


def counted_so_far(ledger: Ledger, out: dict[str, "Revision"]) -> dict[str, "Revision"]:
    """Rule: a figure for a period published on the period's last day (not surely after it
    ended) is the count so far, not the period's: the day's deaths are not in it (unless its
    words date it: "As of Dec. 31, the city had 171" is the count at the period's end, and
    another outlet's later 174 its rival; or call the period over (`period_ended_words`: "the
    city closed out the year with 212 homicides", written that night, is the year's total, and
    another outlet's 215 months on its rival, not its completion)). So is a figure for the period given in the days
    after it (within `same_word_days`) that its own words call preliminary
    (`preliminary_words`: "a third death ... likely to be counted as 356"), or that repeats a
    count to one of its last days (as near its end) given before it: "by year end, 351" on the
    morning after, when the count through the day before the year's last was 351. The first
    higher figure for the period surely out after it, moving it little (moves_little), is the
    count completed, whoever gives it. Not when another outlet gives the same figure for the
    period again after it ended (it was the period's count after all: a report of the year's
    last evening; a vague "just over 350" is not the same figure), nor when a higher figure of
    the count, to the period's end or a day before it, was out by then (St. Louis: Sputnik's
    158 for 2014 on 31 December, the day the Post-Dispatch counted 159 through the 30th: a
    misreport). Examples (Philadelphia): NBC10's "559 people were murdered in 2021", published
    on 31 December 2021 before the day was counted, and "Philadelphia ended 2021 with 562
    murders" the next day; FOX 29's 351 "by year end" for 2018, the count through 30 December
    (CBS, the Inquirer), and "last year's final tally of 353" (the Inquirer, a year on); the
    Inquirer's 355 for 2019 on 1 January 2020, and 356 from 2021 on. Only counts over a period
    (a metric additive over time, not a stock or a budget). An event's toll given on its last
    day (a period of `event_toll_days` or less) is completed first by toll_counted, by a later
    figure that moves it little too, whoever gives it; this rule takes the tolls it leaves.
    With the revision rule's `so_far_while_it_ran`, so is a figure for the period given while the
    period ran (published on or after its first day, and on or before its last), with the same
    tests: the count so far, which its pace over the days it lacks may complete (Baton Rouge:
    WAFB's "brought 2017's total number of murders in the parish to 102" some day from 13
    December 2017, The Advocate's 106 for the year in January 2018). A figure given before its
    period began (a budget's or a plan's recruits for next year) is no count of it."""
    pack = ledger.corpus.pack
    when, figures = ledger.when, ledger.figures
    last_days = _timedelta(same_word_days(pack))
    by_quantity: dict = {}
    by_count: dict = {}   # a count's figures to a date: one metric and place from one start
    for cid, (q, iv) in figures.items():
        if not a_growing_count(pack, q, iv):
            continue
        by_quantity.setdefault(q, []).append(cid)
        by_count.setdefault(q[:3], []).append(cid)

    def a_count_to_its_last_days(old: str) -> bool:
        q, iv = figures[old]
        return any(figures[m][0].end < q.end and figures[m][0].end + last_days >= q.end and figures[m][1] == iv
                   and when(m).earliest <= when(old).latest for m in by_count[q[:3]])
    # a figure given while its period ran (published on or after its first day and not after its
    # last): the count so far too (`while_it_ran`)
    while_it_ran = revision_param(pack, "so_far_while_it_ran", False)
    found: dict[str, Revision] = {}
    for q, members in sorted(by_quantity.items(), key=lambda kv: repr(kv[0])):
        for old in sorted(members):
            w = when(old)
            ran = while_it_ran and q.start <= w.earliest < q.end and w.latest <= q.end
            if old in out or (w.earliest < q.end and not ran) \
                    or (w.latest > q.end and not (w.earliest <= q.end + last_days and (
                        a_count_to_its_last_days(old) or called_preliminary(ledger.corpus.claim(old), pack)))) \
                    or (w.latest <= q.end and (_AS_OF.search(ledger.corpus.claim(old).quote.text)
                                               or names_any(ledger.corpus.claim(old).quote.text,
                                                            revision_param(pack, "period_ended_words", ())))):
                continue
            stood = any(ledger.outlet(m) != ledger.outlet(old) and figures[m][1] == figures[old][1]
                        and when(m).earliest > q.end for m in members if m != old)
            # ... nor when the count had already passed it: a higher figure of it (to the period's
            # end or a day before) out by then (the paper's "159 ... through Tuesday" the day a
            # wire gave the year as 158)
            passed = any(m != old and figures[m][0].end <= q.end and when(m).earliest <= w.latest
                         and ledger.disagree(m, old) and not wholly_above(figures[old][1], figures[m][1])
                         for m in by_count[q[:3]])
            later = [n for n in members if when(n).earliest > w.latest and wholly_above(figures[n][1], figures[old][1])
                     and moves_little(ledger, old, n) and within_its_pace(ledger, old, n, last_days)]
            if later and not stood and not passed:
                first = first_out(ledger, later)
                found[old] = Revision(old, first, ledger.speaker(first), ())
    return found


def within_its_pace(ledger: Ledger, old: str, new: str, last_days) -> bool:
    """Rule: a count so far given at its period's end lacks only the deaths of the days it may
    not have counted (those from a few days before it was given, `same_word_days`, to the
    period's end), and completing it adds no more than the count's own pace over those days
    (its figure over the period's days), at least one. Example (Oakland): the Mercury News's
    88 murders for 2013 on 31 December, and SFist's 92 "murders" in June: four murders in the
    year's last days at a pace of one in four days is no completion (92 was the year's
    homicides, called murders), where NBC10's 559 for Philadelphia's 2021 on 31 December and
    562 the next day is."""
    q, a = ledger.figures[old]
    b = ledger.figures[new][1]
    if a.hi is None or b.lo is None:
        return True
    missing = max(0, (q.end - ledger.when(old).earliest).days) + 1 + last_days.days
    elapsed = (q.end - q.start).days + 1
    return elapsed <= 0 or b.lo - a.hi <= max(1, ceil(a.hi * missing / elapsed))


def grows_on(ledger: Ledger, out: dict[str, "Revision"]) -> dict[str, "Revision"]:
    """Rule: a count already restated upward is still growing (the injured die, late deaths are
    ruled homicides), and a later, higher figure for it that moves the restated figure little
    (moves_little) is its next restatement, whoever gives it: the last figure agreeing with the
    restated one before it is restated by it. Not when the restated figure is given again after
    the higher one, nor when the higher one was out already when the restated one was given
    (the two were rivals, not a count and its growth: IMPD's 152 for 2019, the Star's 154 a
    week later, WRTV's 153 a year on). Example (Indianapolis):
    IMPD's 171 homicides for 2019 (1 January 2020), 172 by the autumn (WISH-TV, restating it)
    and in January 2022 (WJTS), then "173 killings" (the Star, January 2023). A count no one
    restated keeps its rivals: a paper's 135 on New Year's Day and another's 138 a year on are
    a tension, and so are an outlet's own tracker restated (KSHB's 174, then its 176) and the
    police's later 179: the count that grows is the counting body's (its release, or a figure
    credited to it, restated). Only counts over a period (a metric additive over time, not a
    stock)."""
    pack = ledger.corpus.pack
    when, figures = ledger.when, ledger.figures
    by_quantity: dict = {}
    for cid, (q, iv) in figures.items():
        by_quantity.setdefault(q, []).append(cid)
    counted = ledger.counted
    restated = {figures[r.old] for r in out.values() if r.old in figures}   # figures already restated
    found: dict[str, Revision] = {}
    for rev in sorted(out.values(), key=lambda r: (r.old, r.new)):
        if rev.body is None or rev.old not in figures or rev.new not in figures \
                or not the_bodys_word(ledger, counted, rev.old) \
                or figures[rev.old][0] != figures[rev.new][0] or not wholly_above(figures[rev.new][1], figures[rev.old][1]):
            continue
        q, base = figures[rev.new]
        metric = pack.metrics.get(q.metric)
        if metric is None or not (metric.additive_over_time and metric.non_negative) or metric.stock \
                or metric.unit != "count" or q.latest_end is not None:
            continue
        members = by_quantity[q]
        if (q, base) in restated:
            continue   # the restated figure's own restatement is known
        holders = [m for m in members if figures[m][1] == base and when(m).earliest >= when(rev.new).earliest]
        later = [n for n in members if wholly_above(figures[n][1], base) and when(n).earliest > when(rev.new).latest
                 and moves_little(ledger, rev.new, n)
                 and not any(figures[m][1] == base and when(m).earliest > when(n).latest for m in members)
                 and not any(figures[m][1] == figures[n][1] and when(m).earliest <= when(rev.new).latest for m in members)]
        if not later:
            continue
        n = first_out(ledger, later)
        before = [m for m in holders if when(m).latest < when(n).earliest]
        if not before:
            continue
        old = max(before, key=lambda m: (when(m).latest, when(m).earliest, m))
        if old not in out and old not in found:
            found[old] = Revision(old, n, ledger.speaker(n), ())
    return found


def wholly_above(a: Interval, b: Interval) -> bool:
    """Whether every value of interval `a` is above every value of `b`."""
    return a.lo is not None and b.hi is not None and a.lo > b.hi


def _between(iv: Interval, a: Interval, b: Interval) -> bool:
    """Whether `iv` lies within the least and the greatest of two intervals' ends."""
    ends = [e for e in (a.lo, a.hi, b.lo, b.hi) if e is not None]
    return len(ends) == 4 and iv.lo is not None and iv.hi is not None and min(ends) <= iv.lo and iv.hi <= max(ends)


def reading_the_release(ledger: Ledger, counted, official) -> dict[str, str]:
    """Rule: a report of a counting body's release gives the release's figures, in the
    reporter's own words too: an uncredited figure for a past period, in an article whose
    other figures of the same count and place are all credited to one counting body, is that
    body's word of the article's day, for a period that ended within `counts_settle_days` of
    it (a release gives the recent years; "since 247 people were killed in 2014" in a report
    of 2024's count is the reporter's look back, not the release's word) (the parts of a
    complete split are one count here: a
    report crediting the police with the year's justifiable homicides reads their release).
    Example: The Detroit News's report of the police's 2016
    statistics ("302 homicides in 2016, according to crime statistics released Wednesday")
    gives "2014's homicide total of 299" in its own words: the police's figure for 2014 then,
    which restates their 300 of two years before. Only as a later word on the count
    (restated_by_the_counter), and of the body's own earlier word: a figure read this way
    restates the police's 300, not a magazine's own 122 for a year (an outlet's figure that
    the article gives in its own words may as well be its own count); it is never restated as
    the body's; surely out before the body's own later word that restates the same figure
    (the city's 299 two years on), it is the restatement, being first. Returns the body of each such claim (`counted`: counting_body of a claim id;
    `official(claim id)`: whether it is the counting body's own word)."""
    corpus, figures = ledger.corpus, ledger.figures
    settle = int(revision_param(corpus.pack, "counts_settle_days", 0))
    # the parts of a complete split are one release's figures: the police's year-end count
    # comes with how many killings were ruled justifiable (rules/relations.yaml)
    family: dict[str, str] = {}
    for relation in sorted(corpus.pack.relations.values(), key=lambda r: r.id):
        if relation.complete:
            for m in (relation.whole, *relation.parts):
                family.setdefault(m, relation.whole)
    by_source: dict = {}
    for cid, (q, _) in figures.items():
        claim = corpus.claim(cid)
        by_source.setdefault((claim.source, family.get(q.metric, q.metric), claim.place), []).append(cid)
    out: dict[str, str] = {}
    for members in by_source.values():
        credited = [m for m in members if official(m) and counted(m) != ledger.outlet(m)]
        if len({counted(m) for m in credited}) != 1:
            continue
        body = counted(credited[0])
        for cid in members:
            claim = corpus.claim(cid)
            q = figures[cid][0]
            if claim.speaker is None and claim.attribution == "reporter" and q.latest_end is None \
                    and ledger.when(cid).earliest > q.end \
                    and not (settle and (ledger.when(cid).earliest - q.end).days > settle) \
                    and not any(_a_part_of(figures[m][0], q) for m in credited):
                out[cid] = body
    return out


def _a_part_of(credited, own) -> bool:
    """Rule: an article crediting the body with its count of part of a period (the first months
    of a year, from the year's first day) gives the body's data for that part, not the whole: a
    figure of the whole period in its own words is not read as the body's release (Dayton, the
    Dayton Daily News, March 2023: "according to homicide data from the Dayton Police
    Department", the homicides of January and February of 2018 to 2023; then in its own words
    "In 2018 and 2020, Dayton had 37 and 48 homicides", which restate none of the police's
    figures for those years)."""
    return credited.start == own.start and credited.end < own.end


def first_out(ledger: Ledger, later: list[str]) -> str:
    """Rule: of the figures that restate one, the one surely out first restates it, and of
    those out the same day, the body's own release rather than an outlet's report of it.
    Example: a release dated 3 March before a report known only to have come out in the first
    quarter; the police's blog post of 3 January before the paper's story of it that day."""
    return min(later, key=lambda n: (ledger.when(n).latest, ledger.when(n).earliest, not ledger.own_release(n), n))


def fold_echoes(ledger: Ledger, out: dict[str, Revision]) -> dict[str, Revision]:
    """Rule: one revision per restatement: the body's other claims of an old figure the same
    restating claim replaces are its echoes. Example: the police release's 134 and a
    paper's "134, police said", both restated by March's 135: one revision of 134 to 135."""
    figures = ledger.figures
    folded: dict[str, Revision] = {}
    for old, rev in sorted(out.items(), key=lambda kv: (ledger.when(kv[0]).earliest, kv[0])):
        same = next((r for r in folded.values() if r.new == rev.new and r.body is not None and rev.body is not None
                     and old in figures and r.old in figures
                     and figures[old][1].intersect(figures[r.old][1]) is not None), None)
        if same is not None:
            folded[same.old] = same._replace(echoes=same.echoes + (old,))
        else:
            folded[old] = rev
    return folded


def show_own_old(ledger: Ledger, folded: dict[str, Revision], counted=None) -> dict[str, Revision]:
    """Rule: the old figure a folded revision shows is the new figure's own outlet's, where it
    gave the old one too (an outlet restating its own earlier figure), else the earliest
    credited to the body whose word the new figure is (`counted`: counting_body of a claim
    id), else the earliest (of those out the same day, the body's own release). Example: a
    paper's 347 of January, restated by the same paper's 346 in July, is the old figure
    shown, not another outlet's 347 of the same week; the police chief's 327 in the Free
    Press, not a site's "327, The Detroit News reported" of the day before, restated by the
    police's 324."""
    out = dict(folded)
    for key, rev in list(out.items()):
        if rev.echoes:
            new_voice = ledger.outlet(rev.new)
            body = counted(rev.new) if counted is not None else None
            shown = min((rev.old, *rev.echoes), key=lambda cid: (
                ledger.outlet(cid) != new_voice, body is not None and counted(cid) != body,
                not _a_point(ledger, cid), ledger.when(cid).earliest, not ledger.own_release(cid), cid))
            del out[key]
            out[shown] = rev._replace(old=shown, echoes=tuple(c for c in (rev.old, *rev.echoes) if c != shown))
    return out


def _a_point(ledger: Ledger, cid: str) -> bool:
    """Whether a claim states one figure ("301"), not a floor or a range ("more than 300")."""
    iv = ledger.figures[cid][1] if cid in ledger.figures else None
    return iv is not None and iv.lo is not None and iv.lo == iv.hi


def show_the_release(ledger: Ledger, rev: Revision) -> Revision:
    """Rule: of the old figure's claims out the same day, the body's own release is the one
    shown, not an outlet's report of it, unless the old figure shown is the new one's own
    outlet's (show_own_old). Example: the police's blog post of 273 on 3 January, not the
    paper's "273, police said" of that day, restated by the chief's 275 a year later."""
    if rev.old not in ledger.figures or ledger.own_release(rev.old) or ledger.outlet(rev.old) == ledger.outlet(rev.new):
        return rev
    day = ledger.when(rev.old)
    same = sorted(c for c in rev.echoes if c in ledger.figures and ledger.own_release(c) and ledger.when(c) == day
                  and ledger.figures[c] == ledger.figures[rev.old])
    if not same:
        return rev
    return rev._replace(old=same[0], echoes=tuple(sorted(c for c in (rev.old, *rev.echoes) if c != same[0])))


def with_repeats(ledger: Ledger, folded: dict[str, Revision], superseded: set[str], strayed=None) -> list[Revision]:
    """Rule: claims of other voices that repeated the old figure before the restatement came
    out, or may have when their own words copy the old figure's sentence (a page dated only to a
    span that began before it: `copied_words_share`), and cannot hold with the new one, are
    superseded with it. Example: a blog's "134" of February goes with the police's 134 restated
    as 135 in March; Raleigh's Vision Zero page, of July 2023 or later, gives the wire's 1,755 of
    February 2022 in the wire's words, restated by the DMV's 1,783 in September 2023.
    So does a figure whose
    own words give it as a past peak (`past_peak_words`: "a structural deficit, which stood as
    high as $320 million"), agreeing with the old figure or a repeat of it, whenever given.
    Not a figure that strayed from the body's word already out (`strayed(claim id, new)`:
    strayed_from_the_body), which is audited against it, nor another body's own count
    (another_counters_figure)."""
    figures, when = ledger.figures, ledger.when
    words = tuple(revision_param(ledger.corpus.pack, "past_peak_words", ()))
    counters = bool(revision_param(ledger.corpus.pack, "echoes_of_one_counter", False))
    share = Fraction(str(revision_param(ledger.corpus.pack, "copied_words_share", 0)))
    said = ledger.corpus.claim

    def before(cid: str, rev: Revision) -> bool:   # out before the restatement, or may be and copies the old line
        return when(cid).latest < when(rev.new).earliest or (
            when(cid).earliest < when(rev.new).earliest
            and any(_copies(said(cid).quote.text, said(o).quote.text, share) for o in (rev.old, *rev.echoes)))
    done = []
    for old, rev in sorted(folded.items()):
        if old not in figures or rev.new not in figures:
            done.append(rev)
            continue
        q, old_iv = figures[old]
        new_iv = figures[rev.new][1]
        others = [(cid, iv) for cid, (q2, iv) in figures.items()
                  if q2 == q and cid not in superseded and cid != rev.new]
        echoes = tuple(sorted(cid for cid, iv in others
                              if before(cid, rev) and iv.intersect(old_iv) is not None
                              and iv.intersect(new_iv) is None and not given_beside(ledger, cid, rev.new)
                              and not (strayed is not None and strayed(cid, rev.new))
                              and not told_with_the_release(ledger, cid, rev.new)
                              and not (counters and another_counters_figure(ledger, cid, rev))))
        # a figure given as a past peak ("stood as high as $320 million"), agreeing with the old
        # figure or a repeat of it, is the old line's, whenever it was given and whatever the
        # new figure (a peak read as a range may reach down to it)
        line = [old_iv] + [figures[e][1] for e in (*rev.echoes, *echoes) if e in figures]
        peaks = tuple(sorted(
            cid for cid, iv in others
            if cid not in echoes and any(iv.intersect(x) is not None for x in line)
            and _says_past_peak(ledger.corpus.claim(cid), words))) if words else ()
        done.append(rev._replace(echoes=tuple(sorted(set(rev.echoes) | set(echoes) | set(peaks)))))
    return done


def another_counters_figure(ledger: Ledger, cid: str, rev: Revision) -> bool:
    """Rule: where a place's government restates its own count (the old and the new figure both
    credited to it, `counted`), a figure credited to another body, neither the place's government
    nor an outlet, is that body's own count, a rival figure, not a repeat of the old one
    (`echoes_of_one_counter`). Example (Knoxville): the police's 40 homicides of 2021 (January
    2022), restated as 41 (January 2023); the TBI's 40 for the city, given between them, is the
    bureau's count, in tension with the police's 41, not a copy of the police's 40. Only a body
    the pack names as another counter (`other_counter_words`); a figure in an outlet's own words,
    or credited to an outlet or a dashboard ("40, according to The Kansas City Star"), still goes
    with the old figure, and so does every repeat of a restatement that is not the government's own."""
    counted = ledger.counted
    body = counted(cid)
    if body == ledger.outlet(cid) or body.startswith("government of ") or not (
            counted(rev.old).startswith("government of ") and counted(rev.old) == counted(rev.new)):
        return False
    # only a body named as one that keeps its own count (`other_counter_words`: a bureau of
    # investigation, a medical examiner): an outlet or a dashboard not in the corpus retells
    if not names_any(body, revision_param(ledger.corpus.pack, "other_counter_words", ())):
        return False
    names = {n.strip().lower() for s in ledger.corpus.sources.values() for n in (s.voice, s.publisher) if n}
    return not {body.strip().lower(), _VIA_COPY.sub("", _PARENTHESIS.sub("", body)).strip().lower()} & names


def another_counter_in_the_line(ledger: Ledger, old: str, new: str) -> bool:
    """Rule: in an outlet's line, a later figure it credits to another counting body (one the
    pack names as keeping its own count, `other_counter_words`: a state bureau of
    investigation, a medical examiner) does not restate an earlier figure it credited to the
    place's government: the two are two bodies' counts the outlet retold, a tension unless the
    sources show one count moving. Example (Tulsa): the Tulsa World's "56 in 2019, according
    to TPD" (September 2020), then its "The Tulsa Police Department reported 55 qualifying
    homicides in 2019 ..., according to Oklahoma State Bureau of Investigation data" (2021).
    The revision rule's `another_counter_in_the_line: false`: off."""
    if not revision_param(ledger.corpus.pack, "another_counter_in_the_line", False):
        return False
    counted = ledger.counted
    body = counted(new)
    return counted(old).startswith("government of ") and not body.startswith("government of ") \
        and body != ledger.outlet(new) and not ledger.own_release(new) \
        and names_any(body, revision_param(ledger.corpus.pack, "other_counter_words", ()))


def retold(ledger: Ledger, rev: Revision) -> bool:
    """Rule: a figure whose own words give it as an earlier report retold (`retold_words`: "The
    N&O has previously reported": the words after the figure, in a sentence with no correction
    or comparison word, `retold_not_with_words`) is no
    later word on the count: it restates nothing, and where it differs from the figure it would
    restate, the two are rival tellings (a tension). Example (Raleigh): the police's 34 homicides
    of 2021 in The N&O (February 2022), then "a total of 33 homicides, The N&O has previously
    reported" (July 2022). A revision declared with `supersedes:` is kept."""
    pack = ledger.corpus.pack
    words = revision_param(pack, "retold_words", ())
    if not words or rev.body is None:
        return False
    claim = ledger.corpus.claim(rev.new)
    text = claim.quote.text
    # the words follow the figure itself, in a sentence that neither corrects nor compares
    # (`retold_not_with_words`: "now count 34 ..., one more than The Daily Paper had previously
    # reported" is a correction, "not 33 as previously reported" names the figure corrected)
    if claim.value is None or names_any(text, revision_param(pack, "retold_not_with_words", ())):
        return False
    figure = next((m for m in _NUMBER.finditer(text) if Fraction(m.group().replace(",", "")) == Fraction(claim.value.low)),
                  None)
    return figure is not None and names_any(text[figure.end():], words)


_NUMBER = re.compile(r"(?<![\d.,])\d[\d,]*(?:\.\d+)?")   # a figure written in digits ("1,234")


def _copies(a: str, b: str, share: Fraction) -> bool:
    """Whether one sentence copies another: at least `share` of the longer one's words are in
    both (none with `share` 0)."""
    wa, wb = set(re.findall(r"\w+", a.lower())), set(re.findall(r"\w+", b.lower()))
    return share > 0 and bool(wa) and bool(wb) and len(wa & wb) >= share * max(len(wa), len(wb))


def ledger_of(compiled: list[CompiledClaim], corpus, publication: dict) -> Ledger:
    """The ledger the rules read, under one choice of publication dates: each plain figure
    (forecasts left out: "on pace for 300" states nothing that happened, so it restates nothing
    and is restated by nothing; a budget proposed for the coming year is no forecast:
    plans.forecast), its counting body, its outlet's line and article."""
    ahead = frozenset(forecasts(compiled, corpus, publication))
    # nor a containing place's count retold under the place's name (suspects.told_for_its_part)
    figures = {c.claim_id: f for c in compiled if (f := plain_figure(c)) is not None and c.claim_id not in ahead
               and not (c.voice is not None and c.voice.the_wholes)}
    spelling = one_spelling(corpus)
    lines = outlet_lines(corpus, spelling)
    own_first: dict[tuple, object] = {}   # (outlet, quantity) -> its first own-words figure's earliest day
    for cid, (q, _) in figures.items():
        claim = corpus.claim(cid)
        source = corpus.sources[claim.source]
        if not own_release(source) and body_of(claim, source) == source.voice:
            day = publication[claim.source].earliest
            key = (lines[claim.source], q)
            own_first[key] = min(own_first.get(key, day), day)

    def before_its_own(cid: str, outlet: str) -> bool:
        """A figure credited to an outlet's tally comes before all its own-words figures of it."""
        if cid not in figures:
            return False
        first = own_first.get((outlet, figures[cid][0]))
        return first is None or publication[corpus.claim(cid).source].latest < first
    return Ledger(corpus, figures, publication, _counting_bodies(corpus, spelling, lines, before_its_own), lines,
                   in_articles(corpus, figures), ahead, spelling, released_by(corpus, figures, spelling))


def released_by(corpus, figures: dict, spelling: dict) -> dict[str, str]:
    """Each figure a release passed on to another counter (passed_on) -> the counting body of the
    release's own body: the figure is in both bodies' lines, for the release's body stated it too
    and its later word restates it (a city's release of the medical examiner's 245, then the
    city's 242), as does the counter's."""
    out: dict[str, str] = {}
    for cid in figures:
        claim = corpus.claim(cid)
        source = corpus.sources[claim.source]
        if passed_on(claim, source, corpus.pack):
            said = body_of(claim, source, corpus.pack)
            out[cid] = counting_body(spelling.get(said, said), claim, corpus.pack)
    return out


def find_revisions(compiled: list[CompiledClaim], corpus, publication: dict,
                   ledger: Ledger | None = None) -> list[Revision]:
    """Every revision among the claims, under one choice of publication dates, by the rules
    above in turn; each restating claim's cost of doubting it then carries what it restates
    (suspects.carry_restated_costs). `ledger`: ledger_of the same, when already made."""
    ledger = ledger or ledger_of(compiled, corpus, publication)
    figures = ledger.figures
    out = declared(compiled, corpus)
    out.update({old: rev for old, rev in declared_in_words(ledger).items() if old not in out})
    corrected, corrected_copies = corrected_in_words(ledger)
    out.update({old: rev for old, rev in corrected.items() if old not in out})
    out.update({old: rev for old, rev in reclassified(ledger).items() if old not in out})
    out.update({old: rev for old, rev in toll_counted(ledger).items() if old not in out})
    out.update({old: rev for old, rev in restated_in_its_article(ledger).items() if old not in out})
    out.update({old: rev for old, rev in called_final(ledger).items() if old not in out})
    out.update({old: rev for old, rev in pending_counted(ledger).items() if old not in out})
    out.update({old: rev for old, rev in suspected_decided(ledger).items() if old not in out})
    out.update({old: rev for old, rev in budget_versions(compiled, ledger).items() if old not in out})
    out.update({old: rev for old, rev in preliminary_change_restated(compiled, ledger).items() if old not in out})
    counted = ledger.counted
    groups = voice_groups(ledger, counted)
    # each figure's line: the figures of every group it is in (its body's and its outlet's), so
    # that an outlet's later figure does not skip over the body's figures in between
    line: dict[str, set[str]] = {}
    for members in groups.values():
        for cid in members:
            line.setdefault(cid, set()).update(members)
    same: dict = {}   # every figure of each quantity
    for cid, (q, _) in figures.items():
        same.setdefault(q, []).append(cid)
    # words misreported, outvoted by other outlets' reports of them days apart: they restate
    # nothing, and a restatement does not skip them (outvoted_days_apart)
    outvoted = {cid for cid, (q, _) in figures.items() if outvoted_days_apart(ledger, cid, same[q])}
    outvoted |= given_for_a_shorter_stretch(compiled, corpus, figures)   # restates nothing, and no last word
    passed = passed_when_given(ledger, counted)
    plans = plan_metrics(corpus.pack)
    tied: dict[str, Revision] = {}   # the restatement a line found, that another line's out the same day may replace
    strayed: set[str] = set()   # figures that strayed from the body's word (named first among copies)
    for (body, _), members in sorted(groups.items(), key=lambda kv: (kv[0][0], repr(kv[0][1]))):
        if len(members) < 2:
            continue
        members.sort(key=lambda cid: (ledger.when(cid).earliest, cid))
        for old in members:
            if corpus.claim(old).metric in plans:
                continue   # a budget is restated by its later versions alone (budget_versions)
            if (old in out and not (old in tied and out[old] is tied[old])) \
                    or outvoted_when_given(ledger, old, members) or a_lapse(ledger, old, members, same[figures[old][0]]) \
                    or misreported_when_given(ledger, old, sorted(line[old])) or old in passed:
                continue
            later = restatements(ledger, old, members, line, outvoted, same)
            if body == ledger.outlet(old):
                later = [n for n in later if not another_bodys_look_back(ledger, counted, old, n)
                         and not settled_elsewhere(ledger, counted, old, n, same[figures[old][0]])
                         and not another_counter_in_the_line(ledger, old, n)
                         and not outlived_its_retelling(ledger, old, n, same[figures[old][0]])
                         and not told_against_the_body(ledger, counted, old, n, same[figures[old][0]])
                         and not a_studys_figure_in_the_line(ledger, counted, old, n)]
            strays = [n for n in later if strayed_from_the_body(ledger, counted, old, n, same[figures[old][0]])]
            if strays:
                strayed.add(old)
                later = [n for n in later if n not in strays]
            if later:
                first = first_out(ledger, later)
                # of two lines' restatements, the one first out, and of a day's the body's own
                # release (first_out): the police's blog post of 273, not the paper's report of it
                if old in tied and first_out(ledger, [first, tied[old].new]) != first:
                    continue
                out[old] = Revision(old, first, ledger.speaker(first) if body.startswith("government of ") else body, ())
                tied[old] = out[old]
    counters = {cid for cid in figures if the_bodys_word(ledger, counted, cid)}
    out.update(restated_by_the_counter(ledger, counted, out, lambda c: c in counters and c not in outvoted,
                                       reading_the_release(ledger, counted, counters.__contains__), outvoted, passed))
    out.update({old: rev for old, rev in counted_so_far(ledger, out).items() if old not in out})
    out.update({old: rev for old, rev in grows_on(ledger, out).items() if old not in out})
    corrected_copies = {old: rev for old, rev in corrected_copies.items() if old not in out}
    out.update(corrected_copies)
    folded = show_own_old(ledger, fold_echoes(ledger, {o: r for o, r in out.items() if o not in corrected_copies}),
                          counted)
    folded.update({o: r for o, r in corrected_copies.items()
                   if o not in folded and all(o not in r2.echoes for r2 in folded.values())})
    done = with_repeats(ledger, folded, set(out),
                        lambda cid, new: strayed_from_the_body(ledger, counted, cid, new, same[figures[cid][0]]))
    done = [show_the_release(ledger, r) for r in done if not retold(ledger, r)]
    done += _implied_revisions(compiled, corpus, figures, ledger.when, counted,
                               {r.old for r in done} | {e for r in done for e in r.echoes})
    # a superseded figure told beside the release that restated it is named first (told_with_the_release)
    for rev in done:
        if rev.old in figures and rev.new in figures:
            strayed.update(cid for cid in same[figures[rev.old][0]] if cid not in rev.echoes
                           and cid not in (rev.old, rev.new) and told_with_the_release(ledger, cid, rev.new))
    carry_restated_costs(compiled, done, ledger.when)
    for c in compiled:
        if c.claim_id in strayed and c.voice is not None:
            c.voice = c.voice._replace(strayed=True)
    return _of_their_day(done, compiled, figures, ledger.when, corpus.pack,
                         {c.claim_id: corpus.claim(c.claim_id).source for c in compiled}) if revision_param(corpus.pack, "of_their_day", True) \
        else done


def _implied_figure(subject, q, other, integer: bool):
    """The figures of quantity `q` a change's or difference's subject allows with the other
    quantity it relates at `other` (an interval), closed ends, whole numbers for a count;
    None when it does not relate `q` or a bound is missing."""
    iv = subject.interval
    if iv is None or None in (iv.lo, iv.hi, other.lo, other.hi):
        return None
    if subject.kind == "ratio" and iv.lo > 0 and other.lo >= 0 and q in (subject.numerator, subject.denominator):
        lo, hi = ((other.lo / iv.hi, other.hi / iv.lo) if q == subject.denominator else (iv.lo * other.lo, iv.hi * other.hi))
    elif subject.kind == "linear" and len(subject.terms) == 2 and sum(t == q for t, _ in subject.terms) == 1:
        (kq,) = (k for t, k in subject.terms if t == q)
        (ko,) = (k for t, k in subject.terms if t != q)
        rest_lo, rest_hi = min(ko * other.lo, ko * other.hi), max(ko * other.lo, ko * other.hi)
        lo, hi = sorted(((iv.lo - rest_hi) / kq, (iv.hi - rest_lo) / kq))
    else:
        return None
    if integer:
        lo, hi = Fraction(ceil(lo)), Fraction(floor(hi))
        if lo > hi:
            return None
    return Interval(lo, hi)


def _two_figure_changes(compiled: list[CompiledClaim]):
    """Each change (or ratio) claim of one reading that relates two quantities, each way round:
    (claim, its subject, the quantity it could give, the other quantity it relates)."""
    for c in compiled:
        if c.statement_kind != "change" or len(c.readings) != 1 or c.readings[0].invalid:
            continue
        subject = c.readings[0].subject["default"]
        if subject is None or subject.kind not in ("ratio", "linear"):
            continue
        involved = {subject.numerator, subject.denominator} - {None} if subject.kind == "ratio" \
            else {t for t, _ in subject.terms}
        if len(involved) != 2:
            continue
        for q in involved:
            (o,) = involved - {q}
            yield c, subject, q, o


def given_for_a_shorter_stretch(compiled: list[CompiledClaim], corpus, figures: dict) -> set[str]:
    """Rule: a figure for a period that its own article's figures give, exactly, for a shorter
    stretch of it from the same first day is that stretch's count put under the whole period's
    name, no count of the period: it restates nothing, and no restatement of the period's count
    skips it as the line's last word (it is audited against the period's count, and doubted).
    Example (Chattanooga): the Times Free Press of 28 November 2019, "from 30 in 2017 to 16 in
    2018", beside "28 homicides" so far in 2019, "12 more than it did by this time last year":
    16 is 2018 to 25 November; the paper's own 21 of January 2019 and 20 of January 2020 are
    the year's. The shorter stretch's figure must be worked out from one of the article's
    differences (or ratios) and the figure it relates, pinning one whole number (whether or not
    the article also states it); a figure only stated for both stretches is not enough: which of
    the two is the slip, its words do not say (Raleigh's WRAL, 2,481 overdose deaths for January
    to June in a subheading and for January to July in the text: the hand blames the six
    months). The stretch ends at least the revision rule's `shorter_stretch_days` (30) before the
    period does, on a known day (not a stretch "so far this year" of an undated article). And
    the period's count is known otherwise: other sources give figures for it, every one higher
    than this figure by more than the revision rule's `max_change`; else a year's count that
    happens to equal the stretch's (or moved within a restatement's reach) is taken as the
    year's. `figures`: every plain figure (plain_figure), of all sources."""
    pack = corpus.pack
    days = int(revision_param(pack, "shorter_stretch_days", 0) or 0)
    if not days:
        return set()
    by_source: dict[str, list[str]] = {}
    of_quantity: dict = {}
    for cid, (q, _) in figures.items():
        by_source.setdefault(corpus.claim(cid).source, []).append(cid)
        of_quantity.setdefault(q, []).append(cid)
    stretches: dict[str, list] = {}   # source -> [(quantity, the one figure its article works out)]
    for c, subject, q, o in _two_figure_changes(compiled):
        source = corpus.claim(c.claim_id).source
        if corpus.sources[source].is_undated:
            continue   # a stretch "so far" ends on a day the audit does not know
        given = {figures[m][1] for m in by_source.get(source, ()) if figures[m][0] == o}
        metric = pack.metrics.get(q.metric)
        if len(given) != 1 or metric is None:
            continue
        allowed = _implied_figure(subject, q, next(iter(given)), metric.integer)
        if allowed is not None and allowed.lo == allowed.hi:
            stretches.setdefault(source, []).append((q, allowed.lo))
    rise = max_change(pack)
    out = set()
    for source, known in stretches.items():
        for cid in by_source.get(source, ()):
            q, iv = figures[cid]
            if iv.lo is None or iv.lo != iv.hi:
                continue
            if not any(s.metric == q.metric and s.place == q.place and s.start == q.start
                       and (q.end - s.end).days >= days and x == iv.lo for s, x in known):
                continue
            others = [figures[m][1] for m in of_quantity[q] if corpus.claim(m).source != source]
            if others and all(o.lo is not None and o.lo > iv.hi and _relative_gap(iv, o) > rise for o in others):
                out.add(cid)
    return out


def _implied_revisions(compiled: list[CompiledClaim], corpus, figures: dict, when, body, superseded: set) -> list[Revision]:
    """Restatements a body makes without stating the figure: its later release gives a figure
    and, in the same source, at least two statements worked out from the earlier year's count
    (a percentage and a difference: "down 9.41%, with 16 fewer deaths" beside 154) that agree
    on a figure for it which its earlier, preliminary figure cannot be (165, "likely to go
    up"; both imply 170). One statement alone is more likely misstated than a restatement;
    two that agree are the release's own arithmetic. The move stays within the revision
    rule's limits. `body(claim id)`: the body that counts its figure (counting_body)."""
    pack = corpus.pack
    rise, fall = max_change(pack), max_fall(pack)

    # the value figures of each source by quantity, and each quantity's figures
    in_source: dict[tuple, list[str]] = {}
    of_quantity: dict = {}
    for cid, (q, _) in figures.items():
        if cid not in superseded:
            in_source.setdefault((corpus.claim(cid).source, q), []).append(cid)
            of_quantity.setdefault(q, []).append(cid)
    implied: dict[tuple, list] = {}   # (body, quantity, source) -> [(claim id, figures allowed)]
    for c, subject, q, o in _two_figure_changes(compiled):
        claim = corpus.claim(c.claim_id)
        # the other figure as the same body gives it in the same source
        given = {figures[cid][1] for cid in in_source.get((claim.source, o), ()) if body(cid) == body(c.claim_id)}
        metric = pack.metrics.get(q.metric)
        if len(given) == 1 and metric is not None:
            allowed = _implied_figure(subject, q, next(iter(given)), metric.integer)
            if allowed is not None:
                implied.setdefault((body(c.claim_id), q, claim.source), []).append((c.claim_id, allowed, subject.kind))
    out = []
    taken: set[str] = set()
    for (who, q, source), statements in sorted(implied.items(), key=lambda kv: (kv[0][0], repr(kv[0][1]), kv[0][2])):
        # a percentage and a difference: two ways of working it out, not one figure repeated
        if {kind for _, _, kind in statements} != {"ratio", "linear"}:
            continue
        joint = statements[0][1]
        for _, allowed, _ in statements[1:]:
            joint = joint.intersect(allowed) if joint is not None else None
        if joint is None:
            continue
        first = min(cid for cid, _, _ in statements)   # the claims' order in the files does not matter
        for cid in sorted(of_quantity.get(q, ())):
            iv = figures[cid][1]
            if cid in taken or body(cid) != who or not when(cid).latest < when(first).earliest \
                    or iv.intersect(joint) is not None:
                continue
            down = iv.lo is not None and joint.hi is not None and joint.hi < iv.lo
            if _relative_gap(iv, joint) <= (fall if down else rise):
                taken.add(cid)
                claim = corpus.claim(first)
                out.append(Revision(cid, first, body_of(claim, corpus.sources[claim.source], corpus.pack), (), implied=joint,
                                    implied_by=tuple(sorted(s for s, _, _ in statements))))
    return out


def _subject(c: CompiledClaim, pack):
    """What a claim works out from other figures, as one subject: a change's or share's own,
    a rate's as count / population (rules/rates.yaml); None for a plain figure."""
    subject = c.readings[0].subject["default"]
    if c.statement_kind != "value":
        return subject
    rate = pack.rate_of(c.stated.metric) if c.stated is not None else None
    if rate is None or subject is None or subject.interval is None:
        return None
    return rate_as_ratio(rate, c.stated, subject.interval, pack)


def _of_their_day(revisions: list[Revision], compiled: list[CompiledClaim], figures: dict, when,
                  pack, source_of: dict | None = None) -> list[Revision]:
    """Each revision with the changes, shares, rates and records published between the old
    figure and the new one that fit the old figure and not the new: worked out from the figure
    of their day.
    Checked by interval arithmetic on the figures the claims state (the quantities' current
    figures: every value claim not superseded; for a quantity whose every figure was
    restated, its figures published by the claim's day); where the claim's own article states
    one figure of the other quantity, that one (FOX 29's "351 ... up 12 percent" beside its own
    "313 city killings in 2017", not every figure given for 2017: a change is worked out from
    its article's figures; `source_of`: the source of each figure's claim); a claim with several
    readings, or one whose other figure is not stated, is left to the audit."""
    if not revisions:
        return revisions
    superseded = {r.old for r in revisions} | {e for r in revisions for e in r.echoes}
    # each quantity's current figures: those of the value claims not superseded (several when
    # they disagree: a real error elsewhere, 267 beside 264, must not stop the others being judged)
    current: dict = {}
    stated: dict = {}   # every figure of each quantity, superseded or not, with its claim
    for cid, (q, iv) in sorted(figures.items()):
        stated.setdefault(q, []).append((cid, iv))
        if cid not in superseded and iv not in current.setdefault(q, []):
            current[q].append(iv)

    # when each superseded figure was restated (its revision's new figure first out)
    restated_on: dict = {}
    for r in revisions:
        if r.new in figures:
            for x in (r.old, *r.echoes):
                restated_on[x] = min(restated_on.get(x, when(r.new).earliest), when(r.new).earliest)

    def as_of(c, subject) -> dict:
        """The figures a claim is judged with: each quantity's current figures, or, for a
        quantity whose every figure was restated (a count to 30 December, then the whole
        year's), the figures of it published by the claim's day ("160 as of Dec. 30 ... an 8%
        decrease from their 174", both later restated); and, beside the current ones, the
        figures of its day restated only after it (a change worked out from two figures of one
        article, each restated later: WLBT's "13 percent drop" from 153 to 133, the article
        updated to 160 and 138)."""
        if isinstance(subject, tuple):
            return current
        involved = {subject.numerator, subject.denominator, *(t for t, _ in subject.terms)} - {None}
        day = when(c.claim_id)
        gone = [x for x in involved if not current.get(x) and x in stated]
        then = {x: [iv for cid, iv in stated.get(x, ()) if cid in restated_on and when(cid).latest <= day.latest
                    and restated_on[cid] > day.latest] for x in involved}
        own = {}   # the figures of the claim's own article, for a quantity it states once
        if source_of is not None:
            for x in involved:
                ivs = {iv for cid, iv in stated.get(x, ()) if source_of.get(cid) == source_of.get(c.claim_id)}
                if len(ivs) == 1:
                    own[x] = list(ivs)
        if not gone and not any(then.values()) and not own:
            return current
        view = dict(current)
        view.update(own)
        for x in gone:
            if x not in own:
                view[x] = list(dict.fromkeys(iv for cid, iv in stated[x] if when(cid).latest <= day.latest))
        for x, ivs in then.items():
            if ivs and x not in gone and x not in own:
                view[x] = list(dict.fromkeys([*current_by(x, day), *ivs] if only_its_day
                                             else [*current.get(x, []), *ivs]))
        return view

    only_its_day = bool(revision_param(pack, "only_figures_of_its_day", False)) if pack is not None else False

    def current_by(x, day) -> list:
        """The current figures of a quantity out by a day, or within `same_word_days` after it (a
        report of the day's release in the next day's paper; Pittsburgh: KDKA Radio's "80 more" of
        21 May 2018, the release's 655 for 2016 in the Post-Gazette of the 22nd): beside the
        figures of a claim's day restated only after it, a figure first out later is none it
        could be worked out from (Rochester: the city's "up 130% from 2019" of March 2023, beside
        the city's 76 for 2022 of January, is not excused by the portal's 73 of December)."""
        slack = timedelta(days=same_word_days(pack))
        return list(dict.fromkeys(iv for cid, iv in stated.get(x, ()) if cid not in superseded
                                  and when(cid).earliest <= day.latest + slack))
    # the claims that could be of their day, by the quantities they relate: each
    # revision looks only at those of its own quantity, not at every claim
    relating: dict = {}
    subjects: dict = {}
    for c in compiled:
        if c.claim_id in superseded or len(c.readings) != 1 or c.readings[0].invalid:
            continue
        if c.readings[0].record is not None:   # a record: its constraints against each year it beats
            constraints = subjects[c.claim_id] = tuple(c.readings[0].constraints["default"])
            for x in {t for con in constraints for t, _ in con.terms}:
                relating.setdefault(x, []).append(c)
            continue
        if c.readings[0].subject["default"] is None:
            continue
        subject = subjects[c.claim_id] = _subject(c, pack)
        if subject is None:
            continue
        for x in (subject.numerator, subject.denominator, *(t for t, _ in subject.terms)):
            if x is not None:
                relating.setdefault(x, []).append(c)
    taken: set[str] = set()
    out = []
    known = relating.keys() | {f[0] for f in figures.values()}   # every quantity a claim states or relates
    by_count: dict = {}   # the figures of each metric and place
    for cid, f in sorted(figures.items()):
        by_count.setdefault(f[0][:2], {})[cid] = f
    for rev in revisions:
        if rev.old not in figures or rev.new not in figures:
            out.append(rev)
            continue
        q, old_iv = figures[rev.old]
        derived = []
        # the old figure's day began with the first of its claims out (the one shown, or a claim
        # that repeated it earlier: a station's 195 of January before a paper's of February)
        began = min(when(x).earliest for x in (rev.old, *rev.echoes) if x in figures)

        def of_its_day(cid: str, since=began) -> bool:
            return cid not in taken and cid not in derived \
                and since <= when(cid).earliest and when(cid).latest < when(rev.new).earliest
        new_q = figures[rev.new][0]
        # running counts of the period counted on the old basis: they go with the revision, and
        # so do the claims of their day worked out from them
        parts = _parts_of_their_day(rev, q, old_iv, figures, when, pack, superseded | taken)
        running = _running_of_their_day(rev, q, old_iv, figures, when, pack, superseded | taken | set(parts))
        targets = []
        for x in _restated_quantities(q, new_q, known):
            # the current figures the old one cannot hold with: a vague one that holds both ("over
            # 340" beside 344 restated as 342) tells nothing of which a claim was worked out from
            # (a running count no current figure states, or a quantity between it and the whole
            # period: the whole period's)
            ivs = current.get(x) or (current.get(new_q, ()) if new_q in _restated_quantities(q, new_q, ()) else ())
            targets.append((x, old_iv, ivs, began))
        for cid in running:
            targets.append((*figures[cid], current.get(new_q, ()), when(cid).earliest))
        for x, x_old, ivs, since in targets:
            new_ivs = [iv for iv in ivs if iv.intersect(x_old) is None]
            for c in relating.get(x, ()) if new_ivs else ():
                if not of_its_day(c.claim_id, since):
                    continue
                subject = subjects[c.claim_id]
                holds = _record_holds if isinstance(subject, tuple) else change_holds
                then = as_of(c, subject)
                fits_old = holds(subject, x, x_old, then)
                fits_new = [holds(subject, x, iv, then) for iv in new_ivs]
                if fits_old is True and all(f is False for f in fits_new):
                    derived.append(c.claim_id)
            if new_ivs:
                derived += _sums_of_their_day(x, x_old, new_ivs, by_count.get(x[:2], {}), current, pack,
                                              lambda cid, since=since: of_its_day(cid, since))
        parts += running
        derived += parts
        taken.update(derived)
        out.append(rev._replace(derived=tuple(sorted(derived)), parts=tuple(sorted(parts))))
    return out


def _restated_quantities(q, new_q, known) -> list:
    """The quantities a revision restates: the old figure's own, and, when the old figure
    was a running count and the new one the whole period's ("343 so far" on 29 December,
    342 for the year in June), the whole period's too, and the periods of `known` from the
    same start that end between them (the year "so far" of an article of 29 December): the
    claims of the running count's day that relate the year ("the deadliest year since 1993",
    "1,003 homicides of the past three years") took the year to be the running count."""
    out = [q]
    if new_q != q and new_q[:3] == q[:3] and new_q.latest_end is None and q.latest_end is None and q.end < new_q.end:
        out.append(new_q)
        out += sorted((k for k in known if k[:3] == q[:3] and k not in (q, new_q) and q.end <= k.end
                       and (k.latest_end or k.end) <= new_q.end), key=repr)
    return out


def _sums_of_their_day(x, old_iv, new_ivs: list, figures: dict, current: dict, pack, of_its_day) -> list[str]:
    """Sums over several periods that hold quantity `x` (`figures`: those of x's metric and
    place), published in the old figure's day
    (`of_its_day`), that add up with the old figure and not with the new one: the other
    periods of the sum taken at their current figures (each period of the sum stated, and
    none of them restated in a way that disagrees: "the 1,003 homicides of the past three
    years" = 342 + 318 + 343, on the day 2017 stood at 343, later 342). They were worked
    out from the figure of their day."""
    metric = pack.metrics.get(x.metric)
    if metric is None or not (metric.additive_over_time and metric.non_negative):
        return []
    from datetime import timedelta

    out = []
    for cid, (p, iv) in sorted(figures.items()):
        if p[:2] != x[:2] or p == x or (p.latest_end is not None and p.end != x.end) \
                or not (p.start <= x.start and x.end <= p.end) \
                or not of_its_day(cid):
            continue
        # the periods that tile the sum beside x: stated quantities, one after another
        others = {r for r, _ in figures.values() if r in current and r.latest_end is None and r != x
                  and p.start <= r.start and r.end <= p.end and (r.end < x.start or x.end < r.start)}
        before = _tiling(others, p.start, x.start - timedelta(days=1))
        after = _tiling(others, x.end + timedelta(days=1), p.end)
        if before is None or after is None or not before + after:
            continue
        chain = before + after
        spans = [b for r in chain if (b := _bounds(current[r])) is not None]
        if len(spans) != len(chain) or iv.lo is None or iv.hi is None:
            continue
        lo, hi = sum(a for a, _ in spans), sum(b for _, b in spans)

        def meets(f) -> bool:
            return f.lo is not None and f.hi is not None and iv.intersect(Interval(f.lo + lo, f.hi + hi)) is not None
        if meets(old_iv) and not any(meets(f) for f in new_ivs):
            out.append(cid)
    return out


def _running_of_their_day(rev: Revision, q, old_iv, figures: dict, when, pack, skip: set) -> list[str]:
    """Running counts of the period the body restated downward, from its start, published
    before the restatement, above the new figure but not above the old: counted on the old
    basis ("200 people have been killed this year" on 30 December, the year's 201 in
    January, restated as 194 a year later), so they go with the revision."""
    metric = pack.metrics.get(q.metric)
    new_iv = figures[rev.new][1]
    if metric is None or not (metric.additive_over_time and metric.non_negative) or q.latest_end is not None \
            or figures[rev.new][0] != q or new_iv.hi is None or old_iv.hi is None or new_iv.hi >= old_iv.hi:
        return []
    return sorted(cid for cid, (p, iv) in figures.items()
                  if cid not in skip and p != q and p[:3] == q[:3] and (p.latest_end or p.end) < q.end
                  and iv.lo is not None and new_iv.hi < iv.lo and iv.hi is not None and iv.hi <= old_iv.hi
                  and when(cid).latest < when(rev.new).earliest)


def _tiling(periods: set, first, last) -> list | None:
    """Periods of `periods`, one after another, that cover the days from `first` to `last`
    exactly ([] when there are none to cover), else None; the first such found, trying
    the shorter period first at each step."""
    from datetime import timedelta

    if first > last:
        return []
    failed: set = set()

    def search(day):
        if day == last + timedelta(days=1):
            return []
        if day in failed:
            return None
        for r in sorted((r for r in periods if r.start == day and r.end <= last), key=lambda r: r.end):
            rest = search(r.end + timedelta(days=1))
            if rest is not None:
                return [r, *rest]
        failed.add(day)
        return None
    return search(first)


def _parts_of_their_day(rev: Revision, q, old_iv, figures: dict, when, pack, skip: set) -> list[str]:
    """Counts of parts of a period the body restated downward, published before the
    restatement, that add up to more than the new figure but not more than the old: counted
    on the old basis (WAVE's 172 to 9 November 2021 and December's 12, beside the year's 188,
    later 174), so they go with the revision. The parts taken are the disjoint ones that add
    up to the most (their lower ends); a count that only grows over time only. With the
    revision rule's `parts_of_a_rise`, so do parts restated upward when they tile the whole
    period and add up to at least the old figure and less than the new: the old figure's own
    parts (Baton Rouge: The Advocate's 27 killings in the first half of 2016 and 34 in the
    second, beside its 61 for the year, July 2017, later 62)."""
    metric = pack.metrics.get(q.metric)
    new_iv = figures[rev.new][1]
    if metric is None or not (metric.additive_over_time and metric.non_negative) or q.latest_end is not None \
            or new_iv.hi is None or old_iv.hi is None:
        return []
    rise = new_iv.lo is not None and old_iv.lo is not None and new_iv.lo > old_iv.hi
    if new_iv.hi >= old_iv.hi and not (rise and revision_param(pack, "parts_of_a_rise", False)):
        return []
    lows: dict = {}   # each part's quantity -> (its lowest lower end, its claims)
    for cid, (p, iv) in figures.items():
        if cid in skip or p == q or p[:2] != q[:2] or p.latest_end is not None or iv.lo is None \
                or not (q.start <= p.start and p.end <= q.end) or not when(cid).latest < when(rev.new).earliest:
            continue
        lo, ids = lows.get(p, (iv.lo, []))
        lows[p] = (min(lo, iv.lo), ids + [cid])
    if len(lows) < 2:
        return []
    # the heaviest set of disjoint parts (weighted interval scheduling on the days they cover)
    parts = sorted(lows, key=lambda p: (p.end, p.start))
    best: list[tuple] = [(Fraction(0), ())]
    for i, p in enumerate(parts):
        j = max((k + 1 for k in range(i) if parts[k].end < p.start), default=0)
        with_p = (best[j][0] + lows[p][0], best[j][1] + (p,))
        best.append(max(best[-1], with_p, key=lambda t: t[0]))
    total, chosen = best[-1]
    if rise:   # the parts tile the period, each day once, and hold the old figure, not the new
        days = sorted(chosen, key=lambda p: p.start)
        tiled = days[0].start == q.start and days[-1].end == q.end \
            and all((b.start - a.end).days == 1 for a, b in zip(days, days[1:]))
        holds = lambda t: old_iv.lo <= t < new_iv.lo
        if len(chosen) < 2 or not tiled or not holds(total):
            return []
    else:
        holds = lambda t: new_iv.hi < t <= old_iv.hi
        if len(chosen) < 2 or not holds(total):
            return []
    # only the claims whose own figure keeps the sum so: another outlet's figure of a part that
    # breaks it disagrees with the part, and is left to the tension checks. Of a rise, no part
    # then: a part disputed is no sure part of the old figure, and the tension shows the dispute
    kept = [cid for p in chosen for cid in lows[p][1] if holds(total - lows[p][0] + figures[cid][1].lo)]
    if rise and len(kept) < sum(len(lows[p][1]) for p in chosen):
        return []
    return sorted(kept)


def _record_holds(constraints: tuple, q, q_iv, current: dict) -> bool | None:
    """Whether a record's constraints (its figure against each year it beats) can hold with
    quantity `q` in `q_iv` and every other year within its current figures (the span of
    them, where they disagree); a year no one states bounds nothing. None when a figure it
    needs is unbounded."""
    answer = True
    for con in constraints:
        if not any(t == q for t, _ in con.terms):
            continue
        found = {t: [q_iv] if t == q else current.get(t, []) for t, _ in con.terms}
        if not all(found.values()):
            continue   # a year no one states: this constraint can hold
        bounds = {t: _bounds(ivs) for t, ivs in found.items()}
        if any(b is None for b in bounds.values()):
            return None
        lo, hi = _span(con.terms, bounds)
        # can some value in [lo, hi] meet it (ends taken closed: a whole-number count's
        # intervals here are exact or rounding ranges)
        op = con.op
        can = (satisfied(lo, op, con.rhs) if op in ("<=", "<") else satisfied(hi, op, con.rhs) if op in (">=", ">")
               else lo <= con.rhs <= hi)
        answer = answer and can
    return answer


def _bounds(ivs: list) -> tuple[Fraction, Fraction]:
    """The least and the greatest a quantity's current figures allow: where they all meet, what
    they all allow (a vague "over 340" beside 342 is 342); where they disagree, the span of them."""
    los, his = [iv.lo for iv in ivs if iv.lo is not None], [iv.hi for iv in ivs if iv.hi is not None]
    lo, hi = max(los, default=None), min(his, default=None)
    if lo is not None and hi is not None and lo <= hi:
        return lo, hi
    if len(los) < len(ivs) or len(his) < len(ivs):
        return None
    return min(los), max(his)


def _span(terms, bounds: dict) -> tuple[Fraction, Fraction]:
    """The least and the greatest of sum(k * x) over terms (x, k), each x within bounds[x] = (lo, hi)."""
    lo = hi = Fraction(0)
    for x, k in terms:
        a, b = bounds[x]
        lo, hi = lo + min(k * a, k * b), hi + max(k * a, k * b)
    return lo, hi


def change_holds(subject, q, q_iv, current: dict) -> bool | None:
    """Whether a change's, share's or comparison's subject can hold with quantity `q` in `q_iv` and the
    other quantity at one of its current figures (`current`: a list per quantity); None
    when it does not involve `q`, or a figure it needs is not stated or not bounded."""
    from auditor.engine.intervals import Interval

    if subject.kind in ("ratio", "order") and q in (subject.numerator, subject.denominator):
        involved = (subject.numerator, subject.denominator)
    elif subject.kind == "linear" and len(subject.terms) == 2 and any(t == q for t, _ in subject.terms):
        involved = tuple(t for t, _ in subject.terms)
    else:
        return None
    other = next((x for x in involved if x != q), q)
    answers = []
    for other_iv in [q_iv] if other == q else _narrowest(current.get(other, [])):
        ivs = {other: other_iv, q: q_iv}
        if any(iv.lo is None or iv.hi is None for iv in ivs.values()):
            return None
        if subject.kind == "order":   # a comparison: the first figure above the second
            answers.append(ivs[subject.numerator].hi > ivs[subject.denominator].lo)
            continue
        if subject.kind == "ratio":
            num, den = ivs[subject.numerator], ivs[subject.denominator]
            if den.lo <= 0 or num.lo < 0:
                return None
            got = Interval(num.lo / den.hi, num.hi / den.lo)
        else:
            got = Interval(*_span(subject.terms, {x: (iv.lo, iv.hi) for x, iv in ivs.items()}))
        answers.append(subject.interval is not None and subject.interval.intersect(got) is not None)
    return any(answers) if answers else None


def _narrowest(ivs: list) -> list:
    """Of a quantity's figures, those that hold no other of them: a vague figure that holds an
    exact one ("at most 85" beside 85) says nothing the exact one does not."""
    return [iv for iv in ivs if not any(o != iv and o.intersect(iv) == o for o in ivs)]


def _figure_at(c: CompiledClaim, level: str):
    """The stated quantity and interval of a plain value claim at a reading level, else None."""
    if c.stated is None or c.statement_kind != "value" or len(c.readings) != 1 or c.readings[0].invalid:
        return None
    subject = c.readings[0].subject[level]
    return None if subject is None or subject.interval is None else (c.stated, subject.interval)


def figures_of_their_day(core: list[str], doubted: str, level: str, compiled: dict, corpus, publication: dict,
                         revisions: list[Revision], by_source: dict | None = None) -> dict[str, list[str]]:
    """Rule: a claim published before a restatement is judged by the figures of its day. When
    the figure a tension sets against the doubted claim has since been restated (the audit
    uses the newer figure), the tension shows instead the doubted claim's own article's
    figure for that quantity, or, when its article gives none and the newer figure came out
    after it, the restated figure last published by its day; only when the doubted claim
    still cannot hold with those. Example: a January release's "homicides declined 16.2%"
    beside its own 346 and 302 (-12.7%), the 302 restated as 301 a year later: the tension
    is the 16.2% against 346 and 302, not 301; a blog's "352" for a year, beside the 302 of
    its day later restated as 301, is set against the 302 (a plain figure only when it is
    further from the figure of its day than a restatement moves one, `max_change`); a rate
    is judged as its count over its population ("about 32 per 100,000" of "about 670,000
    residents" against its own article's 272, not the 275 the police gave a year later).
    Returns, for each claim of `core` to show otherwise, the claims to show in its place
    (the one shown first, then its copies); an empty dict when the tension stands as found. Only for a tension between a plain figure
    and another of the same quantity, or a change or a rate and the two figures it relates:
    `compiled`: compiled claims by id; `publication`: the scenario's dates by source;
    `by_source`, when given: the compiled claims' ids by source id (suspects.claims_by_source),
    so that only the superseded claims and the doubted claim's article are looked at, not
    every claim of the corpus once per tension (quadratic, once a corpus has a revision)."""
    d = compiled[doubted]
    if len(d.readings) != 1 or d.readings[0].invalid:
        return {}
    superseded = {r.old for r in revisions} | {e for r in revisions for e in r.echoes}
    if not superseded:
        return {}

    def when(cid: str):
        return publication[corpus.claim(cid).source]

    others = [m for m in core if m != doubted]
    figures = {m: _figure_at(compiled[m], level) for m in others}
    if any(f is None for f in figures.values()) or len({f[0] for f in figures.values()}) != len(others):
        return {}
    own_figure = _figure_at(d, level)
    subject = d.readings[0].subject[level]
    rate = corpus.pack.rate_of(d.stated.metric) if own_figure is not None and len(others) == 2 else None
    if rate is not None:   # a rate set against a count and a population: count / population
        own_figure, subject = None, rate_as_ratio(rate, d.stated, subject.interval, corpus.pack)
    if own_figure is not None:
        if len(others) != 1 or figures[others[0]][0] != own_figure[0]:
            return {}
    elif subject is None or subject.kind not in ("ratio", "linear") or \
            {f[0] for f in figures.values()} != ({subject.numerator, subject.denominator} - {None}
                                                  if subject.kind == "ratio" else {t for t, _ in subject.terms}):
        return {}
    source = corpus.claim(doubted).source
    restated: dict = {}   # quantity -> the superseded figures of it at this level
    in_source: dict = {}  # quantity -> the doubted claim's own article's figures of it
    looked_at = compiled if by_source is None else superseded.union(by_source.get(source, ()))
    for cid in sorted(looked_at):
        c = compiled.get(cid)
        if c is not None and cid != doubted and (cid in superseded or corpus.claim(cid).source == source) \
                and (f := _figure_at(c, level)) is not None:
            if cid in superseded:
                restated.setdefault(f[0], []).append((cid, f[1]))
            if corpus.claim(cid).source == source:
                in_source.setdefault(f[0], []).append((cid, f[1]))
    shown: dict[str, tuple[str, Interval]] = {}
    for m, (q, iv) in figures.items():
        # the article's own figures, when every one of them was restated since (an article's
        # own figure that stands is the one it is judged by already)
        own = in_source.get(q, [])
        if any(cid not in superseded for cid, _ in own):
            continue
        if not own and when(m).earliest > when(doubted).latest:
            before = [(cid, f) for cid, f in restated.get(q, ()) if when(cid).latest <= when(doubted).latest]
            last = max((when(cid).latest for cid, _ in before), default=None)
            own = [(cid, f) for cid, f in before if when(cid).latest == last]
        if not own or len({f for _, f in own}) != 1 or own[0][1] == iv:
            continue
        # a plain figure within a restatement's move of the figure of its day may be a later
        # count of it by another voice (a count still growing): it stays with the current one
        # (a count still growing), unless the body has since lowered the figure of its day
        # and the plain figure is above it: a count falls only by deaths reclassified, so a
        # higher figure was no count of any day, and is set against the one it could have
        # checked (the Metro Times's 304 of June 2015 against the police's 300 of January,
        # restated as 299 two years on)
        if own_figure is not None and _relative_gap(own[0][1], own_figure[1]) <= max_change(corpus.pack) \
                and not (wholly_above(own[0][1], iv) and wholly_above(own_figure[1], own[0][1])):
            continue
        shown[m] = own[0]
    if not shown:
        return {}
    # beside a figure shown otherwise, the article's own copy of a figure that stands
    for m, (q, iv) in figures.items():
        if m not in shown and corpus.claim(m).source != source:
            same = [(cid, f) for cid, f in in_source.get(q, ()) if f == iv]
            if same:
                shown[m] = same[0]
    ivs = {q: [shown[m][1] if m in shown else iv] for m, (q, iv) in figures.items()}
    if own_figure is not None:
        (theirs,) = ivs.values()
        still = own_figure[1].intersect(theirs[0]) is None
    else:
        q = next(iter(ivs))
        still = change_holds(subject, q, ivs[q][0], ivs) is False
    if not still:
        return {}
    out = {}
    ahead = forecasts(compiled.values(), corpus, publication)   # once, not per claim
    for m, (cid, _) in shown.items():
        q = figures[m][0]
        default = _figure_at(compiled[cid], "default")[1]
        copies = sorted(x for x, c in compiled.items() if x != cid and x != doubted and x not in ahead
                        and (f := _figure_at(c, "default")) is not None and f == (q, default))
        out[m] = [cid] + copies
    return out


def misfits_of_their_day(compiled: dict, corpus, revisions: list[Revision],
                         doubted: frozenset | set = frozenset(),
                         publication: dict | None = None) -> list[tuple[str, list[str], str]]:
    """Rule: a change is judged by its own article's figures too, when they were restated since.
    The audit judges a change by the current figures; one whose article states both figures
    it relates, some of them restated since, and which those figures do not give, is its
    article's own arithmetic gone wrong even where the later figures happen to fit it.
    Example: "homicides were down nearly 25%, dropping from 263 in 2020 to 195 homicides in
    2021" (-25.9%: not nearly 25), the 263 and 195 later restated as 264 and 201 (-23.9%).
    So is one whose article's figures the audit doubts (`doubted`: set aside in a tension), as
    the audit's other figures may fit it where its own do not ("by 7%, from 151 in 2024 to
    139": -7.9%, beside the police's 141, -6.6%).
    When its article gives a figure for only some of the quantities the change relates, and
    `publication` (the scenario's dates by source) is given, the others are the figures as
    last published by its day, by any source, when every figure of it published by then agrees
    and none was restated since or is doubted: "a 25% dip" to the article's
    129 against the 174 the police gave a year before (-25.9%), not against a 130 the police
    gave for the 129 a year later (-25.3%).
    Returns (the change, its article's figures, "hard" or "soft": wrong at the generous
    reading, or only at the default one), for every change not superseded itself."""
    superseded = {r.old for r in revisions} | {e for r in revisions for e in (*r.echoes, *r.derived)}
    restated = {r.old for r in revisions} | {e for r in revisions for e in r.echoes} | set(doubted)
    if not restated:
        return []
    in_source: dict[str, list[str]] = {}
    for cid in sorted(compiled):
        in_source.setdefault(corpus.claim(cid).source, []).append(cid)
    by_day: dict = {}   # reading level -> plain figures by quantity, made when first asked
    out = []
    for cid in sorted(compiled):
        c = compiled[cid]
        if c.statement_kind != "change" or cid in superseded or len(c.readings) != 1 or c.readings[0].invalid:
            continue
        found = None
        for level in ("generous", "default"):
            subject = c.readings[0].subject[level]
            if subject is None or subject.kind not in ("ratio", "linear") or subject.interval is None:
                break
            involved = {subject.numerator, subject.denominator} - {None} if subject.kind == "ratio" \
                else {t for t, _ in subject.terms}
            own: dict = {}
            for m in in_source[corpus.claim(cid).source]:
                if m != cid and (f := _figure_at(compiled[m], level)) is not None and f[0] in involved:
                    own.setdefault(f[0], []).append((m, f[1]))
            if own and publication is not None and set(own) != involved \
                    and any(m in restated for v in own.values() for m, _ in v):
                if level not in by_day:
                    by_day[level] = _plain_figures(compiled, level)
                for q in involved - set(own):
                    # a figure since restated is no figure of its day to judge by
                    last = _last_of_its_day([f for f in by_day[level].get(q, ()) if f[0] not in superseded],
                                            publication[corpus.claim(cid).source], corpus, publication, cid)
                    if any(m in restated for m, _ in last):
                        last = []   # nor is one the audit doubts
                    if last:
                        own[q] = last
            if set(own) != involved or any(len({iv for _, iv in v}) != 1 for v in own.values()) \
                    or not any(m in restated for v in own.values() for m, _ in v):
                break
            ivs = {q: [v[0][1]] for q, v in own.items()}
            q = next(iter(ivs))
            if change_holds(subject, q, ivs[q][0], ivs) is False:
                found = (cid, sorted(m for v in own.values() for m, _ in v), "hard" if level == "generous" else "soft")
                break
        if found is not None:
            out.append(found)
    return out


def _plain_figures(compiled: dict, level: str) -> dict:
    """The plain figures of the claims at a reading level, by quantity: [(claim, interval)]."""
    out: dict = {}
    for m in sorted(compiled):
        if (f := _figure_at(compiled[m], level)) is not None:
            out.setdefault(f[0], []).append((m, f[1]))
    return out


def _last_of_its_day(figures, day, corpus, publication: dict, change: str) -> list:
    """The figures of one quantity (`figures`: [(claim, interval)]) last published by a
    change's day (`day`: its publication dates), by another source: [] when none was, or when
    the figures published by then disagree (a figure of its day is one no other contested)."""
    own_source = corpus.claim(change).source
    before = [(m, iv) for m, iv in figures
              if corpus.claim(m).source != own_source and publication[corpus.claim(m).source].latest <= day.earliest]
    if not before:
        return []
    if len({iv for _, iv in before}) != 1:
        return []
    last = max(publication[corpus.claim(m).source].latest for m, _ in before)
    return [(m, iv) for m, iv in before if publication[corpus.claim(m).source].latest == last]


def fits_a_standing_rival(change: str, compiled: dict, revisions: list[Revision], source_of: dict,
                          publication: dict, plain: dict | None = None) -> bool:
    """Rule (TN004's `fits_a_rival`): a change whose base or whose own year has rival counts
    that stand (two or more plain figures, none restated, that cannot both hold: a documented
    tension or look-alike of their own) is no contradiction of its own when some pair of the
    figures stated for the two quantities it relates gives it: it was worked out from one of
    the rivals, and the rivals' own finding tells the disagreement: rivals of a quantity the
    change's own article gives no figure for, the figures it does give taken as they are
    (`source_of`: each claim's source), as they stood on its day (`publication`: each source's
    dates): surely out by its earliest day and not restated by then (Memphis: USA TODAY's
    "nearly 40%" of March 2024 is not judged by a think tank's 288 for 2022 that may be later). Checked at the default
    reading (the mayor's "decreased by 45%", 45 against 81 being -44.4%, fits no rival: only a
    generous reading of the 45 reaches it); `plain`: _plain_figures at that reading, when the
    caller holds it.
    Example (Rochester): 2021 given as 85, 81 and 80 by different outlets; WXXI's "35 less
    than in 2021" beside its own 45 for 2024 is 80 less 45, not a second tension with 85."""
    c = compiled[change]
    if c.statement_kind != "change" or len(c.readings) != 1 or c.readings[0].invalid:
        return False
    subject = c.readings[0].subject["default"]
    if subject is None or subject.kind not in ("ratio", "linear") or subject.interval is None:
        return False
    involved = {subject.numerator, subject.denominator} - {None} if subject.kind == "ratio" \
        else {t for t, _ in subject.terms}
    plain = _plain_figures(compiled, "default") if plain is None else plain
    day = publication[source_of[change]].earliest
    # the figures of its day: surely out by then, and not restated by then (a figure restated
    # later was still the count when the change was worked out)
    restated_by = {x for r in revisions if r.new in source_of
                   and publication[source_of[r.new]].earliest <= day for x in (r.old, *r.echoes)}
    standing = {q: _narrowest(list(dict.fromkeys(iv for m, iv in plain.get(q, ()) if m not in restated_by
                                                 and publication[source_of[m]].latest <= day)))
                for q in involved}
    # a figure its own article gives is the one it was worked out from (its arithmetic on them,
    # wrong, is a tension whatever the rivals: misfits_of_their_day)
    own = {q: [iv for m, iv in plain.get(q, ()) if source_of[m] == source_of[change]] for q in involved}
    standing.update({q: list(dict.fromkeys(ivs)) for q, ivs in own.items() if ivs})
    if len(involved) != 2 or not all(standing.values()):
        return False
    if not any(a.intersect(b) is None for q, ivs in standing.items() if not own[q] for a in ivs for b in ivs):
        return False   # no rival counts of a quantity its article leaves unstated
    q, other = sorted(involved, key=repr)
    return any(change_holds(subject, q, iv, {other: standing[other]}) for iv in standing[q])


def rivals_restated_together(compiled: dict, corpus, revisions: list[Revision],
                             publication: dict) -> list[tuple[str, str, str]]:
    """Rule: two figures for one period that two outlets gave within `same_word_days` of each
    other (possibly: an undated article of that month counts; two surely given so close are one
    word misreported, and nothing restates them, misreported_when_given), that disagree, and
    that one later figure restates both, lying between them, were rivals in their day: the restatement does not make them
    agree then, and their disagreement is kept as a tension between them (no culprit follows
    from the later figure, which fits neither). Example: the city's 79 homicides in one outlet
    on 3 January, "81 ... according to police crime statistics" in another that month, and the
    city's 80 a year later: 79 to 80 and 81 to 80 are revisions, and 79 against 81 a tension.
    Off with the revision rule's `rivals_kept: false`.
    Returns (one figure, the other, "hard" or "soft": apart at the generous reading, or only at
    the default one), each pair once."""
    if not revision_param(corpus.pack, "rivals_kept", True):
        return []
    days = same_word_days(corpus.pack)
    lines = outlet_lines(corpus, one_spelling(corpus))
    by_new: dict[str, list[str]] = {}
    for r in revisions:
        if r.body is not None and r.implied is None:
            by_new.setdefault(r.new, []).append(r.old)
    out = []
    for new, olds in sorted(by_new.items()):
        olds = sorted(set(olds))
        for i, a in enumerate(olds):
            for b in olds[i + 1:]:
                ca, cb = compiled.get(a), compiled.get(b)
                if ca is None or cb is None or plain_figure(ca) is None or plain_figure(cb) is None \
                        or ca.stated != cb.stated:
                    continue
                sa, sb = corpus.claim(a).source, corpus.claim(b).source
                if lines[sa] == lines[sb]:
                    continue   # one outlet's two figures: its own line (a restatement or a lapse)
                if told_undecided(corpus.claim(a), corpus.pack) or told_undecided(corpus.claim(b), corpus.pack):
                    continue   # a count told as one that will move (cases pending, suspected) is a stage of it
                wa, wb = publication[sa], publication[sb]
                if (max(wa.earliest, wb.earliest) - min(wa.latest, wb.latest)).days > days:
                    continue
                strength = None
                for level, name in (("generous", "hard"), ("default", "soft")):
                    ia = _figure_at(ca, level)
                    ib = _figure_at(cb, level)
                    if ia is not None and ib is not None and ia[1].intersect(ib[1]) is None:
                        strength = name
                        break
                # the later figure between them: neither was a stage of one count moving on to
                # it (195 then 196 days apart, 201 a year on, is a count growing)
                if strength is not None and _apart_around(ca, cb, compiled.get(new)):
                    out.append((a, b, strength))
    return out


def _apart_around(ca: CompiledClaim, cb: CompiledClaim, cn: CompiledClaim | None) -> bool:
    """Whether a restating figure lies between two others (at the default reading), below one
    and above the other: then neither is a stage of one count moving on to it."""
    fa, fb = _figure_at(ca, "default"), _figure_at(cb, "default")
    fn = None if cn is None else _figure_at(cn, "default")
    if fa is None or fb is None or fn is None:
        return False
    (_, ia), (_, ib), (_, iv) = fa, fb, fn
    return (wholly_above(iv, ia) and wholly_above(ib, iv)) or (wholly_above(iv, ib) and wholly_above(ia, iv))
