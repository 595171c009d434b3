"""An article drafted into a source and claim records, with review notes.

Each clause holding a figure (or a record or comparison without one) is one candidate
claim. Its fields come from the readers: metric and place from the pack's vocabulary,
period from the time reader, the statement from the number reader, attribution and
speaker from quotation marks and reporting verbs. A field taken from the context rather
than from the clause itself (the period of the sentence before, the publication day for a
present-tense figure) is filled in and noted; a field that cannot be decided is left out
and noted, and the claim is then incomplete: it is not among the draft's claims, and the
claim file carries it commented out.
"""

from __future__ import annotations

import bisect
import re
from calendar import monthrange
from collections import Counter
from dataclasses import dataclass, replace
from datetime import date, timedelta
from decimal import Decimal, InvalidOperation
from typing import Any

from auditor.draft import attribution, extract, periods, school_counts, sentences, statements, vocabulary
from auditor.draft.article import _Article, _At, _State, _follows_in_paragraph, article_sentences, sentence_around
from auditor.draft.claim_period import (counted_over_time, RANGE_OPEN, end_of_range, range_ends, _as_of_days, _budget_to_come, _data_month, _holiday_weekend, PART_AT_TOP, _part_named_at_top, _part_of_year_reported, _tax_year_under_way, _through_part, _election_day, _vote_day_named, _fiscal, _to_month_of_figures, _is_month, _period, _shift_year, _stock_day,
                                        _to_date, _is_base)
from auditor.draft.claim_subject import (_BUT, carried_from, _CITY_WORDS, _KIND_SAID, _RESPECTIVELY, _about_list, _listed_metrics, _metric, _part_taken, rate_for_decimals,
                                         _place, _respectively, _by_unit_and_words, _unit_fits, _CURRENCIES,
                                         UNDECIDED)
from auditor.draft.extract import read_article
from auditor.draft.quoting import _quote_span, line_column
from auditor.models import Claim, DateRange, Source
from auditor.pack import Pack, load_pack
from auditor.text.numbers import parse_number
from auditor.text.word_gate import WindowGatedPattern
from auditor.units import rate_scale

__all__ = ["Draft", "DraftedClaim", "draft", "line_column"]

_YEAR = re.compile(r"\b(19[5-9]\d|20\d\d)\b")
# A stored page's date label that opens the text ("date 2021-11-05 Toronto has reported ..."):
# metadata, not the article's words; no period or quote is taken from it.
_DATE_LABEL = re.compile(r"^\s*(?:date|dated|published|posted|updated)\s*:?\s*\d{4}-\d{2}-\d{2}\b\s*", re.IGNORECASE)


_CONTRAST = re.compile(r",\s+(?:even\s+though|although|though|whereas)\b", re.IGNORECASE)
_OWN_BASE = re.compile(r"\s*(?:from|than|compared)\b", re.IGNORECASE)


def _opposite(part, changes) -> bool:
    """Whether a figureless rise or fall says the opposite of a change in its clause ("an increase ..., even
    though ... were down 1.9%"), not the same movement again ("fell ..., even though the decline was only 1.5%")."""
    said = {"higher": "down", "lower": "up"}[part.fields["comparison"]["relation"]]
    return any(((ch := c.fields.get("change", {})).get("direction") or ch.get("phrase", "").split(" ")[0]) == said
               for c in changes)


# "police said Monday", "data released Tuesday": when it was said, not the period of the figure
_SAID_WHEN = WindowGatedPattern(re.compile(r"\b(?:said|says|told|announced|released|reported|published|posted|confirmed|stated|added|"
                                           r"noted|wrote)\s+"
                                           # "released data on Friday", "published its report Tuesday"
                                           r"(?:(?:new\s+|its\s+|their\s+|the\s+|preliminary\s+|annual\s+)*(?:data|figures|statistics|numbers|"
                                           r"report|results|findings)\s+)?(?:on\s+|late\s+|early\s+|this\s+|last\s+)?$", re.IGNORECASE),
                                ("said", "says", "told", "announced", "released", "reported", "published", "posted", "confirmed", "stated", "added", "noted", "wrote"))
# "The Omaha City Council voted Tuesday to adopt ...": the day of a body's act, not a figure's period
_ACTED_WHEN = re.compile(r"\b(?:voted|approved|adopted|passed|unveiled|presented|met|agreed)\s+(?:on\s+|late\s+|early\s+|"
                         r"this\s+|last\s+)?$", re.IGNORECASE)
_A_COUNTS_SPAN = re.compile(r"(?:this|last|the\s+past|the\s+previous)\s+(?:year|month|quarter|fiscal\s+year)\b|(?:so\s+far|to\s+date)\b",
                            re.IGNORECASE)
_WEEKDAY = re.compile(r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b")


@dataclass(frozen=True)
class DraftedClaim:
    """One candidate claim: the claim-file fields decided, what to check, where it is.

    `record` holds the claim-file keys in file order; `missing` the required fields that
    could not be decided; `claim` the validated model when nothing is missing. `anchor` is
    the figure's span (or the words that state a figureless claim), `quote` the clause's.
    """

    record: dict[str, Any]
    notes: tuple[str, ...]
    anchor: tuple[int, int]
    quote: tuple[int, int]
    missing: tuple[str, ...] = ()
    claim: Claim | None = None

    @property
    def complete(self) -> bool:
        return self.claim is not None


@dataclass(frozen=True)
class Draft:
    """The drafted source, its claims (complete ones validated) and review notes."""

    source: Source
    drafted: tuple[DraftedClaim, ...]
    notes: tuple[str, ...] = ()
    text: str = ""

    @property
    def claims(self) -> tuple[Claim, ...]:
        return tuple(d.claim for d in self.drafted if d.claim is not None)

    def source_record(self) -> dict[str, Any]:
        return _source_record(self.source)

    def records(self) -> dict[str, Any]:
        """The claim file's data: the source (text inline) and the complete claims."""
        return {"sources": [self.source_record()], "claims": [d.record for d in self.drafted if d.complete]}


def draft(text: str, published: date | DateRange | str | None = None, pack: Pack | None = None,
          title: str | None = None, publisher: str | None = None, url: str | None = None,
          source_id: str | None = None) -> Draft:
    """Draft the claims of an article (plain text or HTML); never prints.

    `published` overrides the date found in the article; without either, the source gets a
    range (January 1 of the latest year the text names, to today) and a note.
    """
    pack = pack or load_pack()
    article = read_article(text)
    notes: list[str] = []
    when = _published(published, article.published, article.text, notes)
    title = title or article.title
    if title is None or (not article.html and title == article.title):
        notes.append("source.title: taken from the article's first line; check it")
    title = title or "(untitled)"
    publisher = publisher or article.publisher
    if publisher is None:
        notes.append("source.publisher: not found in the article; write who published it")
        publisher = "(unknown publisher)"
    source_id = source_id or _slug(f"{publisher}-{when.label() if when.is_exact else 'undated'}")
    source = Source(id=source_id, title=title, publisher=publisher, kind="news", published=when,
                    text=article.text, url=url or article.url)
    drafted = _draft_claims(article.text, source, pack, notes)
    drafted = _validated(drafted, source, pack)
    return Draft(source=source, drafted=tuple(drafted), notes=tuple(notes), text=article.text)


def _published(given, found: date | None, text: str, notes: list[str]) -> DateRange:
    if isinstance(given, DateRange):
        return given
    if isinstance(given, str):
        given = date.fromisoformat(given.strip())
    if isinstance(given, date):
        return DateRange(earliest=given, latest=given)
    if found is not None:
        notes.append(f"source.published: {found.isoformat()} read from the article; check it")
        return DateRange(earliest=found, latest=found)
    today = date.today()
    years = [int(y) for y in _YEAR.findall(text) if int(y) <= today.year]
    earliest = date(max(years), 1, 1) if years else date(today.year - 10, 1, 1)
    notes.append(f"source.published: no date found; written as the range {earliest.isoformat()}..{today.isoformat()}"
                 " (the latest year the text names, to today): narrow it, or pass --published")
    return DateRange(earliest=earliest, latest=today)


# the county's bodies ("the sheriff's office", "a county task force", "County commissioners"), not
# any county word ("Sheriff's deputies arrested", "booked into the county jail" in a city's story)
_COUNTY_LEDE = re.compile(r"\bsheriff['’]s\s+(?:office|department)\b|\bcounty\s+(?:drug\s+)?task\s+force\b"
                          r"|\bcounty\s+(?:commissioners?|commission|board|administrator|executive|officials|manager"
                          r"|budget|coroner|prosecutor)\b|\bBoard\s+of\s+(?:Commissioners|Supervisors)\b", re.IGNORECASE)


def _dateline_paragraph(text: str) -> tuple[int, int] | None:
    """The paragraph of the dateline, from after the dateline to the paragraph's end."""
    hit = extract.DATELINE.search(text[:1500]) or extract.DATELINE_BARE.search(text[:1500])
    if hit is None:
        return None
    end = text.find("\n", hit.end())
    return hit.end(), len(text) if end < 0 else end


_A_BODY_LAST = re.compile(r"\b(?:Office|Department|Police|Patrol|Service|Bureau|Detachment|Division)$", re.IGNORECASE)


def _only_a_place(pack: Pack, words: str, text: str = "") -> bool:
    """Whether `words` are a place's name and nothing else ("Ohio", "the U.S.", places joined by a slash);
    a body's name the pack lists as a place's is no place when `text` (the article) has it say or report
    ("The Anna Fire Department recorded 168 calls": the place's count, as the read hands of fresh4 give it)."""
    if _A_BODY_LAST.search(words.strip()) and re.search(
            rf"\b(?:according\s+to\s+(?:the\s+)?{re.escape(words.strip())}|{re.escape(words.strip())}['’]?\s+(?:\w+ly\s+|also\s+)?"
            r"(?:said|says|told|reported|reports|noted|notes|stated|announced))\b", text):
        return False      # "Fayette County Sheriff's Office said": a body, though a pack may list it as its jurisdiction's
    words = re.sub(r"^(?:[Tt]he)\s+", "", words.strip())
    if re.fullmatch(r"[A-Z]{3,}", words):
        return False      # "FDNY", "NYPD": a body's initials, though a pack may list them as its city's
    hits = vocabulary.place_hits(pack, words, 0, len(words))
    if len(hits) == 1 and hits[0].start == 0 and hits[0].end == len(words):
        return True
    if "/" in words:
        return all(_only_a_place(pack, part) for part in words.split("/"))     # "Seattle/King County"
    # "Quebec and Ontario reported both considerable increases": a list of places
    runs = vocabulary.place_runs(pack, hits, words, 0, len(words))
    return len(runs) == 1 and runs[0][0] == 0 and runs[0][1] == len(words)


# "the state's Department of Workforce Development", "the state Employment Development Department":
# a state body named by the word "state" (not "State Police" or "the state" alone)
# (one body: not "the state's Department of Licensing and the King County Sheriff's Office")
_STATE_BODY = re.compile(r"[Tt]he\s+state(?:['’]s)?\s+(?P<body>(?:[A-Z][\w’'.&-]*\s+(?:(?:of|for)\s+(?:the\s+)?|and\s+)?)*"
                         r"[A-Z][\w’'&-]*)")
# "Mary Embleton, county budget officer", "Jeff Harwood, County coroner": a county's post in lower case
# (not a title: "Betsy Harrell, County Clerk"; nor "county commissioner of neighboring Rock County");
# "Harold Carter, county Sheriff", "Dori Noyes, Clerk", "Steve Haupert, sheriff": a county's sheriff or
# clerk named alone, written as the claim's county's ("Big Horn County Clerk"; a coroner named alone
# is written as the claim county's by _PLACE_POST below, round 44)
# ("Jennifer Winters, the county's habitat management plan coordinator": "Volusia County's ...")
_COUNTY_POST = re.compile(r"(?P<name>[^,]+),\s+(?:(?:the\s+)?[Cc]ounty(?P<owns>['’]s)?\s+(?P<post>[a-z][a-z\s’'-]*)|(?:county\s+)?"
                          r"(?P<office>(?i:sheriff|clerk)))")


# "Steve Abbott, Police Chief", "Cinda Edwards, Coroner": a city's chief or a county's coroner or medical
# examiner named by the post alone, written as the claim's city's or county's ("Lockport Police Chief",
# "Sangamon County Coroner"), as the read hands of fresh12 onwards write them (fresh3's and fresh13's keep
# the bare post: the hands differ, the later ones are followed)
_PLACE_POST = re.compile(r"(?P<name>[^,]+),\s+(?:(?P<chief>(?:[Pp]olice|[Ff]ire)\s+[Cc]hief)"
                         r"|(?P<county>[Cc]oroner|(?:[Cc]hief\s+)?[Mm]edical\s+[Ee]xaminer))")
_CHIEF_KINDS = ("city", "town", "township")
# "according to State Police statistics", "the State Highway Patrol said": the claim's state's force ("New Jersey
# State Police")
# ("according to statistics released Thursday by the State Troopers": "Alaska State Troopers")
_STATE_FORCE = re.compile(r"(?:[Tt]he\s+)?(?P<force>State\s+(?:Police|Patrol|Highway\s+Patrol|Troopers))")
# "According to RCMP, Alberta saw 648 fewer thefts": a province's claim, the province's RCMP ("Alberta RCMP");
# a town's claim keeps the bare name (its detachment, which the article names or not)
_PROVINCE_FORCE = re.compile(r"(?:[Tt]he\s+)?(?P<force>RCMP)")
# "police said", "according to police", "the city's police department": the police of the claim's city, town
# or township, written with its name ("Detroit police", "Chicago Police Department") as the later hands do
_CITY_POLICE = re.compile(r"(?:[Tt]he\s+)?(?:city['’]s\s+)?(?:[Pp]olice(?P<department>\s+[Dd]epartment)?)")
# "state police chief Joe Gasper", "Ann Ruiz, transit police chief", "volunteer fire chief": a chief of
# another force, whose lower-case qualifier the speaker's reading drops; not the claim's city's post
_OTHER_CHIEF = (r"(?:[Ss]tate|[Tt]ransit|[Cc]ampus|[Uu]niversity|[Cc]ollege|[Tt]ribal|[Vv]olunteer|[Tt]ownship|"
                r"[Aa]irport|[Hh]ousing|[Pp]ark|[Pp]ort|[Rr]ural|[Rr]egional|[Mm]etro)\s+(?:[Pp]olice|[Ff]ire)\s+[Cc]hief")


def _short_name(art: _Article, place: str) -> str | None:
    """The place's name as the article writes it ("Davidson County"), else the pack's name without
    its state or its parenthesis ("Washington (state)": "Washington"); none when that is no plain
    name ("Nashville and Davidson County")."""
    where = art.pack.places[place]
    short = re.sub(r"\s*\(.*$", "", where.name.split(",")[0]).strip()
    last = short.split()[-1] if short else ""
    written = next((t for h in art.place_hits if h.ids == (place,)
                    for t in [re.sub(r"^[Tt]he\s+", "", art.text[h.start:h.end])]
                    if t[:1].isupper() and t.split()[-1] == last and " and " not in t), None)
    return written or (short if short and " and " not in short else None)


def _post_placed(art: _Article, speaker: str, place: str, review: list[str]) -> str:
    """A state body or a county post the article names by "state" or "county" alone, with the name of
    the claim's state or county ("the state's Department of Workforce Development" of a Wisconsin
    county: "Wisconsin Department of Workforce Development")."""
    places = art.pack.places
    hit = _STATE_BODY.fullmatch(speaker)
    if hit is not None:
        short = _short_name(art, state) if (state := _own_of_kind(art, place, ("state",))) is not None else None
        if short is not None:
            named = f"{short} {hit.group('body')}"
            review.append(f"speaker: '{named}', of the claim's state (the article says \"the state\"); check")
            return named
        return speaker
    hit = _COUNTY_POST.fullmatch(speaker)
    where = places.get(place) if hit is not None else None
    if where is not None and where.kind == "county" and (short := _short_name(art, place)) is not None \
            and not ((hit.group("office") or hit.group("owns")) and _other_county_beside(art, hit.group("name"), place)):
        named = f"{hit.group('name')}, {short}{hit.group('owns') or ''} {hit.group('post') or hit.group('office')}"
        said = "says \"county\"" if hit.group("post") else "names the office alone"
        review.append(f"speaker: '{named}', of the claim's county (the article {said}); check")
        return named
    hit = _STATE_FORCE.fullmatch(speaker)
    if hit is not None and place in places:
        short = _short_name(art, state) if (state := _own_of_kind(art, place, ("state",))) is not None else None
        if short is not None and not short.endswith(" State"):
            named = f"{short} {hit.group('force')}"
            review.append(f"speaker: '{named}', of the claim's state (the article says \"{speaker}\"); check")
            return named
        return speaker
    hit = _PROVINCE_FORCE.fullmatch(speaker)
    if hit is not None and (province := _province_itself(art, place)) is not None \
            and (short := _short_name(art, province)) is not None:
        named = f"{short} {hit.group('force')}"
        review.append(f"speaker: '{named}', of the claim's province (the article says \"{speaker}\"); check")
        return named
    hit = _CITY_POLICE.fullmatch(speaker)
    if hit is not None and place in places:
        short = _short_name(art, own) if (own := _own_of_kind(art, place, _CHIEF_KINDS)) is not None else None
        if short is not None:
            named = f"{short} Police Department" if hit.group("department") else f"{short} police"
            review.append(f"speaker: '{named}', of the claim's {places[own].kind} (the article says \"{speaker}\"); check")
            return named
        return speaker
    hit = _PLACE_POST.fullmatch(speaker)
    if hit is not None and place in places:
        kinds = _CHIEF_KINDS if hit.group("chief") else ("county",)
        short = _short_name(art, own) if (own := _own_of_kind(art, place, kinds)) is not None else None
        if short is not None and not (hit.group("county") and _other_county_beside(art, hit.group("name"), own)) \
                and not (hit.group("chief") and _chief_of_other_force(art, hit.group("name"))):
            post = " ".join(w[:1].upper() + w[1:] for w in (hit.group("chief") or hit.group("county")).split())
            named = f"{hit.group('name')}, {short} {post}"
            review.append(f"speaker: '{named}', of the claim's {places[own].kind} (the article names the post alone); check")
            return named
    return speaker


def _province_itself(art: _Article, place: str) -> str | None:
    """The claim's province when the claim is of the province or of a police jurisdiction directly in it
    ("the Alberta RCMP's jurisdiction"); None for a town's or a county's claim."""
    where = art.pack.places.get(place)
    if where is not None and where.kind == "police jurisdiction" and where.within is not None:
        place, where = where.within, art.pack.places.get(where.within)
    return place if where is not None and where.kind == "province" else None


def _own_of_kind(art: _Article, place: str, kinds) -> str | None:
    """The claim's place, or the nearest place containing it, of one of `kinds` ("state", "city"); None
    when the pack does not know the place or no place of its chain is of those kinds."""
    places = art.pack.places
    if place not in places:
        return None
    return next((p for p in (place, *art.pack.ancestors(place)) if p in places and places[p].kind in kinds), None)


def _chief_of_other_force(art: _Article, name: str) -> bool:
    """Whether the article writes the person's post with another force's qualifier, next to the name
    ("state police chief Joe Gasper", "Ann Ruiz, the transit police chief")."""
    named = re.escape(name.strip())
    return re.search(rf"\b{_OTHER_CHIEF},?\s+{named}|{named},\s+(?:the\s+)?{_OTHER_CHIEF}", art.text) is not None


def _other_county_beside(art: _Article, name: str, place: str) -> bool:
    """Whether a county other than the claim's is named in a sentence naming the person ("Sheriff Jane
    Roe, whose department patrols neighboring Henry County"): her office may be that county's."""
    surname = name.split()[-1] if name.split() else ""
    places = art.pack.places
    return bool(surname) and any(
        h.ids and all(i != place and i in places and places[i].kind == "county" for i in h.ids)
        and re.search(rf"\b{re.escape(surname)}\b", art.text[slice(*sentence_around(art, h.start))])
        for h in art.place_hits)


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")[:60] or "article"


# "Seattle police said", "Tacoma officials": a place whose own body speaks or acts in the article
_OWN_BODY_AFTER = re.compile(r"(?:['’]s)?\s+(?:police|officials|authorities|(?:city\s+)?council|mayor|sheriff|fire\s+department"
                             r"|(?:police|fire)\s+(?:chief|department|officials))\b", re.IGNORECASE)


def _named_most(pack: Pack, counted: Counter, among: list[str], own: frozenset[str] = frozenset()) -> str:
    """Of the places `among` (in the order named), the one `counted` names most; of three or more
    named equally often, a named place that holds them all ("Police in Waikato ... in Northland ...
    15 in Otago and five in Southland ... New Zealand", each once: the country), else the nearest
    place the pack puts around them all (Melbourne and four other councils: Victoria), else the first.
    The place around is taken only when none of them is `own`, a place whose own body speaks ("Seattle
    police said ... agencies in Tacoma and Bellingham": Seattle's story)."""
    top = max(counted[p] for p in among)
    tied = [p for p in among if counted[p] == top]
    if len(tied) > 2 and not own.intersection(tied):
        # (two only, "Greene County" and "Iowa" once each, is the county's paper, not the state's)
        common = [a for a in [tied[0], *pack.ancestors(tied[0])] if all(a == t or a in pack.ancestors(t) for t in tied)]
        if common:
            # the nearest place around them all, or a named place around that ("New Zealand" named)
            around = [p for p in counted if p == common[0] or p in pack.ancestors(common[0])]
            return max(around, key=lambda p: len(pack.ancestors(p))) if around else common[0]
    return tied[0]


def _states_of(pack: Pack, place: str) -> set[str]:
    """The states around a place."""
    return {a for a in pack.ancestors(place) if pack.places[a].kind == "state"}


# "the most in Colorado", "of any city in Canada", "Unlike most of Colorado": the wide place a city's
# figure is measured against, not the figure's place
_YARDSTICK_BEFORE = re.compile(r"\b(?:most|highest|lowest|largest|biggest|deadliest|busiest|fewest|worst|best|steepest|"
                               r"fastest|slowest|greatest|smallest|least|safest|unlike|any|anywhere|rest)\b[^.;!?]*?"
                               r"\b(?:in|of|across|around)\s+(?:the\s+)?\Z", re.IGNORECASE)
# "Police recorded 85 homicides", "the force said", "the department answered": a city's own bodies
_CITY_BODY = re.compile(r"\b(?:police|the\s+force|the\s+department)\s+(?:said|says|say|recorded|reported|counted|"
                        r"answered|made|laid|logged|investigated|responded)\b", re.IGNORECASE)


def _wide_lede(pack: Pack, home: str, named: list[str], counted: Counter, text: str = "",
               hits: list[vocabulary.PlaceHit] = (), lede: tuple[int, int] = (0, 0)) -> str | None:
    """The country, state or province a dateline's paragraph names, and no other place, when the
    article names it at least twice and it lies around the dateline's city (or the pack puts that
    city within none such); not when that paragraph speaks of the city ("the city's", "Police
    recorded") or names the wide place only as a yardstick ("the most in Colorado")."""
    if not named or home in named or len(set(named)) > 1 or pack.places[named[0]].kind not in vocabulary.WIDE_KINDS:
        return None
    if _CITY_WORDS.search(text, *lede) or _CITY_BODY.search(text, *lede):
        return None
    own = [h for h in hits if lede[0] <= h.start < lede[1] and h.ids == (named[0],)]
    if own and all(_YARDSTICK_BEFORE.search(text, max(lede[0], h.start - 80), h.start) for h in own):
        return None
    around = [a for a in pack.ancestors(home) if pack.places[a].kind in vocabulary.WIDE_KINDS]
    return named[0] if counted[named[0]] >= 2 and (not around or named[0] in around) else None


def _publisher_local(pack: Pack, source: Source, text: str, counted: Counter) -> str | None:
    """ "Denver Public Schools Board of Education" publishing "... preliminary numbers showing overall
    K-12 enrollment up to 86,200 ... The district's total student count ... schools across Colorado":
    an article that names only states or countries is about the one place its publisher's line or
    title names within one of them, when it speaks of that place's kind at least twice ("the
    district", "the county", "the city")."""
    if any(pack.places[p].kind not in vocabulary.WIDE_KINDS for p in counted):
        return None
    named = f"{source.publisher or ''} \n {source.title or ''}"
    found = {p for p in vocabulary.find_places(pack, named, 0, len(named))
             if pack.places[p].kind not in vocabulary.WIDE_KINDS and set(pack.ancestors(p)) & set(counted)}
    if len(found) != 1:
        return None
    if not _OWN_BODY.search(named):
        return None     # (a paper named after a county, "Franklin County Daily Reporter", is no body of it)
    local = found.pop()
    words = next((w for kinds, w in _KIND_SAID if pack.places[local].kind in kinds), None)
    if words is None:
        return None
    said = [m for m in words.finditer(text) if not _ANY_OF_KIND.search(m.group(0))
            and (" " in m.group(0).strip() or _THE_BEFORE.search(text, max(0, m.start() - 5), m.start()))
            and not _WHICH_ONE_AFTER.match(text, m.end())]
    return local if len(said) >= 2 else None


# a publisher that is a place's own body: "Denver Public Schools Board of Education", "City of Salem"
_OWN_BODY = re.compile(r"\b(?:Board\s+of\s+(?:Education|Commissioners|Supervisors|Trustees)|Public\s+Schools|School\s+"
                       r"(?:District|Board)|County\s+Commission|City\s+of|Town\s+of|Village\s+of|County\s+of|"
                       r"City\s+Council|Police\s+Department|Sheriff['’]s\s+Office)\b", re.IGNORECASE)
# "counties", "county coroners", "each county", "the county with the highest rate": any of the kind,
# not the publisher's own
_ANY_OF_KIND = re.compile(r"\b(?:counties|cities|districts)\b", re.IGNORECASE)
_THE_BEFORE = re.compile(r"\bthe\s+\Z", re.IGNORECASE)     # (not "each county", "county coroners")
_WHICH_ONE_AFTER = re.compile(r"\s+(?:with|that\s+had|where)\b", re.IGNORECASE)


def _a_county(text: str, hits: list[vocabulary.PlaceHit], place: str, start: int) -> bool:
    """Whether the place's first hit from `start` follows "a" or "an" ("A Butler County man")."""
    first = next(h.start for h in hits if h.ids == (place,) and h.start >= start)
    return bool(re.search(r"\b[Aa]n?\s+$", text[max(0, first - 4):first]))


def _draft_claims(text: str, source: Source, pack: Pack, notes: list[str]) -> list[DraftedClaim]:
    cast = attribution.people(text)
    home = vocabulary.dateline_place(pack, text, source.publisher)
    # a wire story's dateline state outranks the paper that reprints it ("STILLWATER, Minn." in a Wisconsin paper)
    hits = vocabulary.settle_places(pack, vocabulary.place_hits(pack, text), home,
                                    None if vocabulary.dateline_state(text) else source.publisher, text)
    hits = vocabulary.drop_namesakes(pack, text, hits, source.publisher)
    bare = vocabulary.bare_county_hits(pack, text, hits)
    if bare:
        hits = sorted(hits + bare, key=lambda h: h.start)
    if home is not None:
        # "ROCHESTER, N.Y. (WROC) — A new report from the Monroe County Medical Examiner ...": the
        # story is filed from the city, and is about the county around it, which the body names
        counted = Counter(vocabulary.places_in(hits, 0, len(text)))
        around = [p for p, n in counted.most_common() if n >= 2 and p != home and p in pack.ancestors(home)]
        if around and counted.get(home, 0) <= 1:
            home = around[0]
        else:
            # "LISBON — The Columbiana County coroner's annual report ...": the dateline's paragraph
            # names the county around the city and not the city itself: the story is the county's
            lede = _dateline_paragraph(text)
            if lede is not None:
                named = vocabulary.places_in(hits, lede[0], lede[1])
                around = [p for p in named if p != home and p in pack.ancestors(home)
                          and pack.places[p].kind == "county"]
                if not named and _COUNTY_LEDE.search(text, *lede) and not _CITY_WORDS.search(text, *lede):
                    # "LISBON – A sharp drop in crimes handled by the sheriff's office ... a county drug
                    # task force": a lede of the county's bodies, filed from its seat, is the county's
                    around = [p for p in pack.ancestors(home) if pack.places[p].kind == "county"]
                wide = _wide_lede(pack, home, named, counted, text, hits, lede)
                if around and home not in named:
                    home = around[0]
                elif wide is not None and not _a_county(text, hits, wide, lede[0]):
                    # "TORONTO – The number of crimes reported to police continues to fall in Canada": a
                    # wire story filed from the city about the country (or state) around it, which its
                    # dateline's paragraph names, and not the city (not "A Massachusetts man")
                    notes.append(f"place: the story read as '{wide}', which its lede names, not its dateline's "
                                 f"'{home}'; check")
                    home = wide
                elif not counted.get(home) and named and counted[named[0]] >= 2 and \
                        pack.places[named[0]].kind == "county" and \
                        _states_of(pack, home) & _states_of(pack, named[0]) and not _a_county(text, hits, named[0], lede[0]):
                    # "CINCINNATI, OH (FOX19) - The Butler County Coroner's Office says ...": a station's
                    # city named only in its dateline, the lede and the story another county of its state
                    # (not "A Butler County man", a person of that county)
                    notes.append(f"place: the story read as '{named[0]}', which its lede names, not its dateline's "
                                 f"'{home}'; check")
                    home = named[0]
    paragraph_spans = sentences.paragraphs(text)
    quotes = [attribution.quote_spans(text, p) for p in paragraph_spans]
    fallback_place = None
    if home is None:
        # places named only inside a quotation ("relative to the metro area") are not what the
        # article is about
        quoted = [q for spans in quotes for q in spans]
        # (nor a town's namesake of another state, read so only on the article's other words)
        said = [h for h in hits if not any(a <= h.start < b for a, b in quoted) and not _in_a_name(text, h, hits)
                and not h.namesake]
        counted = Counter(vocabulary.places_in(said, 0, len(text)))
        dated = vocabulary.dateline_state(text) if not counted else None
        if not counted:
            # "The Dundee Village Board has adopted a budget": a local place named only in its bodies'
            # names (not a state's: "the Pennsylvania Intergovernmental Cooperation Authority")
            counted = Counter(p for p in vocabulary.places_in(
                [h for h in hits if not any(a <= h.start < b for a, b in quoted) and _ITS_GOVERNMENT_AFTER.match(text, h.end)],
                0, len(text)) if pack.places[p].kind not in ("country", "state", "province")
                # (not a namesake of another state: "WEST DUNDEE, Ill. — The Dundee Village Board")
                and (dated is None or any(_state_called(pack, a, dated) for a in pack.ancestors(p))))
        counted = Counter({p: n for p, n in counted.items() if _part_taken(pack, p, set(counted))})
        if not counted:
            # an article that names no place ("the city"): the place its publisher or title names
            # ("The Philadelphia Inquirer")
            named = f"{source.publisher or ''} \n {source.title or ''}"
            counted = Counter(vocabulary.find_places(pack, named, 0, len(named)))
            if not counted:
                # "Barrow News-Journal": a paper named after its county
                counted = Counter(vocabulary.counties_named_by_word(pack, named))
        if counted:
            own = frozenset(h.ids[0] for h in said if len(h.ids) == 1 and _OWN_BODY_AFTER.match(text, h.end))
            fallback_place = _named_most(pack, counted, list(counted), own)
            # the headline and the lede say what the article is about: of the places they name, the
            # one named most ("U.S. traffic deaths rose ..." then a state named in each paragraph)
            lede_end = paragraph_spans[1][1] if len(paragraph_spans) > 1 else len(text)
            lede = [p for p in vocabulary.places_in(said, 0, lede_end) if p in counted]
            if lede and fallback_place not in lede:
                fallback_place = _named_most(pack, counted, list(dict.fromkeys(lede)), own)
            local = _publisher_local(pack, source, text, counted) if pack.places[fallback_place].kind in vocabulary.WIDE_KINDS else None
            if local is not None:
                notes.append(f"place: the story read as '{local}', which its publisher's line or title names and whose "
                             f"bodies it speaks of, not '{fallback_place}', the only kind of place it names; check")
                fallback_place = local
    label = _DATE_LABEL.match(text)
    label_end = label.end() if label else 0
    dateline = extract.DATELINE.match(text, re.match(r"\s*", text[label_end:]).end() + label_end)
    if dateline and dateline.group("outlet") and extract.dateline_date(dateline.group("outlet")) is not None:
        # "KANSAS CITY, Mo. (Jan. 5, 2024) - Shootings were down 8% from the year before": the
        # dateline's date is when the story was filed, no claim's period
        label_end = dateline.end()
    art = _Article(text, source, pack, cast, home, fallback_place, paragraph_spans, quotes,
                   attribution.paragraph_speakers(text, paragraph_spans, quotes, cast), notes, _State(),
                   label_end)
    art.place_hits.extend(hits)
    state = art.state
    out: list[DraftedClaim] = []

    def names_metric(at: tuple[int, int]) -> bool:
        return vocabulary.find_metric(pack, text, at[0], at[1], at[0], art.metrics_found) is not None

    def names_a_kind(at: tuple[int, int]) -> bool:
        """A name of the vocabulary, or a noun the headline and lede narrow to one metric ("a single
        highway death" in a story on traffic deaths)."""
        if names_metric(at):
            return True
        if "context" not in art.read_once:
            lede = art.paragraphs[0] if art.paragraphs else (0, 0)
            art.read_once["context"] = vocabulary.context_words(f"{source.title or ''} {text[lede[0]:lede[1]]}")
        return vocabulary.generic_metric(pack, text, at, at, at[0], None, art.read_once["context"],
                                         lambda: vocabulary.metrics_named(pack, text)) is not None

    all_sentences = article_sentences(art)
    place_lists = vocabulary.place_runs(pack, hits, text, 0, len(text))
    read_times: dict[tuple[int, int], list] = {}
    art.as_of.extend(_as_of_days(text, all_sentences, source.published, art.label_end, read_times))
    for sentence in all_sentences:
        span = (sentence.start, sentence.end)
        words = statements.words_of(text, span)
        found = statements.joined_rates(text, statements.sentence_quantities(text, span, names_metric, words))
        voice_here = attribution.reported(text, span, span, cast, words)
        if state.voice_announced and sentence.paragraph > state.voice_paragraph \
                and not _A_DIGIT.search(text, *art.paragraphs[sentence.paragraph]):
            # "Gov. Mike DeWine signed the bill in January.": a paragraph with no figure ends the
            # document's run; the figures after it are the reporter's background
            state.voice_announced = False
        if voice_here is None and state.voice is not None and state.voice.lists \
                and state.voice_paragraph == sentence.paragraph - 1 \
                and (_LIST_ITEM.match(text, art.paragraphs[sentence.paragraph][0])
                     or (state.voice.kind == "paraphrase" and _ONE_LINE_ITEM.fullmatch(
                         text, art.paragraphs[sentence.paragraph][0], art.paragraphs[sentence.paragraph][1]))):
            # "Numbers included in the report included:" then "Service Calls: 55.": each item of
            # the list, paragraph after paragraph, is the document's
            state.voice_paragraph = sentence.paragraph
        if voice_here is not None and voice_here.kind == "document" and voice_here.speaker is None \
                and state.voice is not None and state.voice.kind == "document" and state.voice.speaker is not None:
            # "The report also said ...": the document cited before, by whoever issued it
            voice_here = replace(voice_here, speaker=state.voice.speaker,
                                 note=f"speaker: '{state.voice.speaker}', who issued the document cited before; check")
        if voice_here is not None and voice_here.kind == "document" and voice_here.speaker:
            art.read_once.setdefault("issuers", []).append((sentence.paragraph, voice_here.speaker))
        lists_here = [r for r in place_lists if sentence.start <= r[0] and r[1] <= sentence.end]
        if found or statements.has_figureless(text, span, words) or lists_here:
            times = read_times.get(span)
            if times is None:
                times = periods.sentence_times(text, sentence.start, sentence.end, source.published)
            times = [m for m in times if m.start >= art.label_end
                     and not (_SAID_WHEN.search(text, max(sentence.start, m.start - 30), m.start)
                              # "the homicides reported this year": a count's period, not when it was said
                              and not (_A_COUNTS_SPAN.match(text, m.start, m.end)
                                       and re.search(r"\b(?:reported|recorded|confirmed|counted)\s+$",
                                                     text[max(sentence.start, m.start - 12):m.start])
                                       and not text.startswith(("'s", "’s"), m.end)))
                     and not (_WEEKDAY.match(text, m.start)
                              and _ACTED_WHEN.search(text, max(sentence.start, m.start - 30), m.start))]
            if times and ("year" in words or "years" in words or "decades" in words):
                # "a 28-year high", "the highest in 28 years": the span of a record, not its period
                spans = statements.record_year_spans(text, span)
                times = [m for m in times if not any(a <= m.start and m.end <= b for a, b in spans)]
            time_spans = [(m.start, m.end) for m in times]
            before = None
            parts = sentences.clauses(text, sentence)
            for clause in parts:
                c = (clause.start, clause.end)
                # "There were 2,956 students a year ago and Secretary-Treasurer Bettina Ketcham
                # confirms that ...": a speaker who opens a later clause speaks for that one only
                voice = voice_here
                if len(parts) > 1 and voice_here is not None and voice_here.leads_clause and \
                        attribution.reported(text, c, c, cast) is None:
                    voice = None
                figures = statements.clause_quantities(text, found, c, time_spans)
                stated = [statements.read_statement(text, c, q) for q in figures]
                if stated:
                    parts = statements.figureless_parts(text, c, figures, names_metric) + statements.records_beside(text, c, figures)
                    parts += statements.records_over_years(text, c, stated + parts)
                    if any(s.kind == "change" for s in stated):
                        # "homicides are up, but only at a rate of 5.1%": the change says it; "up 5% over
                        # 2021, but down from 2020" states a second comparison, after it, with its own base
                        last = max(s.anchor[1] for s in stated if s.kind == "change")
                        first = min(s.anchor[0] for s in stated if s.kind == "change")
                        parts = [p for p in parts if p.fields.get("comparison", {}).get("relation") not in ("higher", "lower")
                                 or (p.anchor[0] > last and _OWN_BASE.match(text, p.anchor[1], min(c[1], p.anchor[1] + 12)))
                                 # "Fourteen states recorded an increase ..., even though the 32,367 deaths were
                                 # down 1.9%": a movement of its own, set against the change
                                 or (p.anchor[1] < first and _CONTRAST.search(text, p.anchor[1], first)
                                     and _opposite(p, [s for s in stated if s.kind == "change"]))]
                    stated += parts
                    stated += [m for m in statements.multiples_beside(text, c, figures)
                               if not any(x.anchor[0] <= m.anchor[0] < x.anchor[1] for x in stated)]
                else:
                    # "Homicides fell ..., but the number of people shot climbed": each part its own
                    parted = statements.figureless_parts(text, c, [], names_metric) \
                        if _BUT.search(text, c[0], c[1]) or _UP_DOWN_PARTS.search(text, c[0], c[1]) \
                        or _CONCESSIVE.match(text, c[0], c[1]) else []
                    stated = (parted if len(parted) > 1 else statements.figureless(text, c, before, names_metric)) or \
                        statements.none_of(text, c, names_metric, names_a_kind)
                stated.sort(key=lambda s: s.anchor[0])
                if len(stated) > 1:
                    stated = statements.changes_carried(text, stated)
                listed = vocabulary.metric_list(pack, text, c[0], c[1]) if stated and (
                    any(_about_list(x) for x in stated) or _RESPECTIVELY.search(text, c[0], c[1])) else []
                if listed:
                    stated = _respectively(text, c, stated)
                stated, places_of = _moved_in_lists(text, c, stated, lists_here)
                produced = []
                for st in stated:
                    before = st
                    for metric in _listed_metrics(pack, text, c, st, stated, listed):
                        for place in places_of.get(st.anchor, (None,)):
                            item = _claim(art, _At(st, sentence, c, times, voice, metric, place))
                            if item is not None:
                                each = _each_of_the_years(text, c, st, item)
                                item = each[0] if each else item
                                out.append(item)
                                produced.append((st, item))
                                out.extend(each[1:])
                produced, directions = _split_pair_periods(art, sentence, produced, out)
                produced = _bases_same_days(art, produced, out)
                moves = _movements(art, c, sentence, produced, out)
                out.extend(moves)
                for item, direction in directions:
                    if any(_same_movement(m, direction) for m in moves):
                        continue     # "fell from 237 to 201": the movement's comparison, drafted once
                    out.insert(next(i for i in range(len(out) - 1, -1, -1) if out[i] is item), direction)
                for item, comparison in _moved_to(art, c, produced) + _compared_with(art, c, produced):
                    # the comparison first, the level it moved to after it (the level is the
                    # figure's main reading)
                    out.insert(next(i for i in range(len(out) - 1, -1, -1) if out[i] is item), comparison)
        if voice_here is not None:
            state.voice, state.voice_paragraph = voice_here, sentence.paragraph
            state.voice_announced = voice_here.releases and voice_here.speaker is not None \
                and _whole_paragraph(text, art.paragraphs[sentence.paragraph], sentence)
    return _headline_periods(art, _issuers_filled(art, out))


# "2013 and 2014 each saw 28 vehicle fatalities", "Homicides in 2016 and 2017 both totaled 41": years named
# together, then a word that gives the figure to each of them
_YEARS_TOGETHER = re.compile(r"(?<![\d,.$-])(?:19|20)\d\d(?:\s*,\s*(?:19|20)\d\d)*,?\s+and\s+(?:19|20)\d\d\b(?![-–/])")
# (each of the years, not of a noun after it: "2013 and 2014 each saw 28", "were both 41"; not "Between 2016
# and 2017 each district saw 41", "each of the 12 homicides", "each officer made 28 arrests")
_EACH = re.compile(r"\b(?:each|both|apiece)\b(?=\s*(?:[,.]|$)|\s+(?:[$\d]|(?:[a-z]+ed|saw|had|has|have|were|was|are|is"
                   r"|hit|stood|came|rose|fell|drew|brought|about|nearly|roughly|around|almost|more|fewer|over|under"
                   r"|exactly|just|only)\b))", re.IGNORECASE)
_SPAN_BEFORE = re.compile(r"\b(?:between|from)\s+$", re.IGNORECASE)
_YEAR = re.compile(r"(?:19|20)\d\d")


def _each_of_the_years(text: str, clause: tuple[int, int], st, item: DraftedClaim) -> list[DraftedClaim]:
    """A value said of two or more years at once with "each" or "both" between them and the figure
    ("2013 and 2014 each saw 28 vehicle fatalities"): one claim for each year (the drafted one of the
    first); [] when the clause says no such thing (not "between 2013 and 2014", "28 in 2013 and 2014")."""
    if "value" not in item.record or st.figure is None:
        return []
    together = None
    for together in _YEARS_TOGETHER.finditer(text, clause[0], st.anchor[0]):
        pass
    if together is None or _SPAN_BEFORE.search(text, max(clause[0], together.start() - 9), together.start()) \
            or not _EACH.search(text, together.end(), st.anchor[0]) or re.search(r"\d", text[together.end():st.anchor[0]]):
        return []
    out = []
    for year in _YEAR.findall(together.group(0)):
        record = {k: v for k, v in item.record.items()}
        if out:
            record["id"] = f"{item.record['id']}-{year}"
        record["period"] = year
        missing = tuple(m for m in item.missing if m != "period")
        out.append(replace(item, record=record, missing=missing,
                           notes=item.notes + (f"period: '{year}', one of the years the figure is said of each; check",)))
    return out


def _same_movement(move: DraftedClaim, direction: DraftedClaim) -> bool:
    """Whether a movement drafted from its verb ("fell from 237 to 201") states the direction of two
    levels: the same comparison of the same metric and place, in words that overlap (not the movement
    of the next levels in a list: "DUI was down from 70 to 37, ... insurance violations were down from
    308 to 199")."""
    keys = ("comparison", "period", "metric", "place")
    return all(move.record.get(k) == direction.record.get(k) for k in keys) \
        and move.quote[0] < direction.quote[1] and direction.quote[0] < move.quote[1]


_AND = re.compile(r"\b(?:and|or)\b", re.IGNORECASE)
# "Although burglaries rose in 2014, robberies fell", "Though figures show an increase in burglaries, ... crime is
# down": a concession and the main clause, each its own movement (as "but" parts are)
_CONCESSIVE = re.compile(r"\W*(?:(?:and|but)\s+)?(?:although|though|even\s+though|while|whereas)\s+[^,;]{3,160},\s+", re.IGNORECASE)
# "Fire deaths down, injuries up in 2013", "Homicides up; arrests down": two movements set side by side
_UP_DOWN_PARTS = re.compile(r"\b(?:up|down)\s*[,;]\s+(?:[\w'’-]+\s+){1,5}?(?:up|down)\b", re.IGNORECASE)


def _moved_in_lists(text: str, clause: tuple[int, int], stated: list, lists: list) -> tuple[list, dict]:
    """A rise or fall said of a list of places ("Houston, San Antonio and Austin saw increases"):
    the statement, found or added, with the places it is drafted for, one claim each."""
    places_of: dict[tuple[int, int], list[str]] = {}
    for a, b, places in lists:
        # "with Moosomin, Esterhazy, Rocanville, and Wawota all seeing increases": a list of three or
        # more whose serial ", and" broke the clause is read in the clause that holds its end
        # (one "and" in the list: "in Chicago, Detroit, and Memphis, and Cleveland saw a decline" is two
        # clauses, the first list's places not said to have declined)
        if not (clause[0] <= a and b <= clause[1]) and not (a < clause[0] < b <= clause[1] and len(places) >= 3
                                                            and len(_AND.findall(text, a, b)) == 1):
            continue
        moved = statements.moved_in_list(text, clause, (a, b))
        if moved is None:
            continue
        same = next((x for x in stated if x.figure is None and x.kind == "comparison"
                     and x.anchor[0] < moved.anchor[1] and moved.anchor[0] < x.anchor[1]), None)
        if same is None:
            if any(x.anchor[0] < moved.anchor[1] and moved.anchor[0] < x.anchor[1] for x in stated):
                continue
            stated = sorted([*stated, moved], key=lambda x: x.anchor[0])
            same = moved
        places_of[same.anchor] = places
    return stated, places_of


def _voiced(d: DraftedClaim, speaker: str, kind: str, notes: tuple[str, ...]) -> DraftedClaim:
    """The drafted claim given a speaker and an attribution (the speaker written before the attribution, in
    file order), with `notes`."""
    record: dict[str, Any] = {}
    for key, value in d.record.items():
        if key == "attribution":
            record["speaker"], value = speaker, kind
        record[key] = value
    return replace(d, record=record, notes=notes)


def _issuers_filled(art: _Article, out: list[DraftedClaim]) -> list[DraftedClaim]:
    """A document that names no issuer ("newly released statistics show", "according to a new state
    report") is the one the article names an issuer for elsewhere: the nearest document, by paragraph,
    whose sentence names who issued it (the earlier on a tie), with a note."""
    issuers = art.read_once.get("issuers")
    if not issuers:
        return out
    starts = [p[0] for p in art.paragraphs]
    filled = []
    for d in out:
        at = bisect.bisect_right(starts, d.anchor[0]) - 1
        if d.record.get("attribution") != "document" or d.record.get("speaker") \
                or attribution.CREDITED_LOW.search(art.text, *art.paragraphs[at]):
            # (not a document its paragraph credits in lower case: "data provided by the state")
            filled.append(d)
            continue
        _, issuer = min(issuers, key=lambda x: (abs(x[0] - at), x[0] > at))
        # (its own "names no issuer" note gives way to the note of the issuer taken)
        notes = tuple(n for n in d.notes if n != attribution.NO_ISSUER_NOTE)
        filled.append(_voiced(d, issuer, "document", notes + (
            f"speaker: '{issuer}', who issued the document the article names nearest (this sentence names no "
            "issuer); check",)))
    return filled


# "Cork (34 to 41)", "from 43,654 to 42,790": two levels of one figure split apart, joined by "to"
_PAIR_JOIN = re.compile(r"\)?\s+(?:(?:down|up)\s+)?to\s+(?:less\s+than\s+|more\s+than\s+|fewer\s+than\s+|under\s+|over\s+)?$", re.IGNORECASE)
# ("from 3,380 cases to 3,573": the noun counted may come between; only for a direction left to decide)
_PAIR_JOIN_NOUN = re.compile(r"\s+(?:cases|reports|incidents|offences|offenses|crimes|people|deaths|calls)\s+to\s+$",
                             re.IGNORECASE)
_PAIR_OPEN = re.compile(r"(?:\(|\bfrom\s+)(?:less\s+than\s+|more\s+than\s+|fewer\s+than\s+|under\s+|over\s+)?$",
                        re.IGNORECASE)
# "from 2015 to 2016", "between 2021 and 2022": the two years the levels are of
_YEARS_SPAN = re.compile(r"\b(?:from|between)\s+(?P<a>(?:19|20)\d\d)\s+(?:to|and|-|–)\s+(?P<b>(?:19|20)\d\d)\b", re.IGNORECASE)
# "(308 to 352) year over year", "from a year ago": the level left is a year before
_YEAR_BEFORE = re.compile(r"\b(?:year[\s-]over[\s-]year|a\s+year\s+(?:ago|earlier|before)|from\s+last\s+year|"
                          r"compared\s+(?:to|with)\s+(?:the\s+same\s+\w+\s+)?last\s+year|annual(?:ly)?)\b", re.IGNORECASE)


# a move proposed, not made: "a motion to reduce the budget from $21 million to $20 million"
_PROPOSED_MOVE = re.compile(r"\b(?:to|would|will|could|should|proposes?|proposed|plans?)\s+(?:\w+\s+)?(?:reduce|cut|raise|increase"
                            r"|lower|boost|trim|decrease|bring|hike|slash|restore)\b", re.IGNORECASE)


_MONTH_NAMES = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
                "November", "December")


def _month_a_year_before(art: _Article, first: date) -> bool:
    """Whether the article compares a month with the same month a year before, naming it ("in August
    2021 over August 2020", "During August 2021, ... over the same period in 2020"): a monthly
    release's levels moved from are of that month, not of the month before."""
    name, year = _MONTH_NAMES[first.month - 1], first.year - 1
    return re.search(rf"\b{name[:3]}(?:{name[3:]}|\.)?\s+{year}\b|\bsame\s+(?:period|month|time)\s+(?:in|of)\s+{year}\b",
                     art.text) is not None


def _same_part_a_year_before(art: _Article, period) -> str | None:
    """The same months a year before a part of a year the article's top names ("over the first nine months of
    2017 ... fatal overdoses dropped from 48 to 41": the 48 is of January to September 2016), else None. Only a
    part longer than half a year, which no earlier part of its own year can match: a half or a quarter may be
    set against the one before it."""
    part = _part_named_at_top(art)
    if part is None or part[1] - part[0] < 6 or (period.start.month, period.start.day) != (part[0], 1) or period.end.month != part[1] \
            or period.start.year != period.end.year or (period.end + timedelta(days=1)).day != 1:
        return None
    return f"{_shift_year(period.start, -1).isoformat()}/{_shift_year(period.end, -1).isoformat()}"


def _earlier_period(art: _Article, sentence, period) -> str | None:
    """The period the first of two split levels is of, given the second's: the first of a "from
    2015 to 2016" the sentence names, else the year before a whole year, the twelve months before
    twelve months ("in the year to March 2018 ... rose from 233 to 311"), the same month a year
    before ("year over year" in the paragraph) or the month before a month."""
    text = art.text
    whole_year = _whole_year_of(period)
    y, m = period.start.year, period.start.month
    month = period.start.day == 1 and period.end == date(y, m, monthrange(y, m)[1])
    if not whole_year and _shift_year(period.start, 1) == period.end + timedelta(days=1):
        if _PROPOSED_MOVE.search(text, sentence.start, sentence.end):
            return None     # "a motion to reduce the police budget from $21 million to $20 million": one year's
        return f"{_shift_year(period.start, -1).isoformat()}/{(period.start - timedelta(days=1)).isoformat()}"
    if not (whole_year or month):
        return _same_part_a_year_before(art, period)
    spans = [m for m in _YEARS_SPAN.finditer(text, sentence.start, sentence.end) if int(m.group("b")) == period.start.year
             and int(m.group("a")) < period.start.year]
    if len(spans) == 1:
        year = int(spans[0].group("a"))
        return str(year) if whole_year else f"{year}-{period.start.month:02d}"
    if whole_year:
        return str(period.start.year - 1)
    paragraph = art.paragraphs[sentence.paragraph]
    if _YEAR_BEFORE.search(text, paragraph[0], paragraph[1]) or _month_a_year_before(art, period.start):
        return f"{period.start.year - 1}-{period.start.month:02d}"
    y, m = (period.start.year, period.start.month - 1) if period.start.month > 1 else (period.start.year - 1, 12)
    return f"{y}-{m:02d}"


_BELOW = re.compile(r"^(?:less|fewer)\s+than\s+|^under\s+", re.IGNORECASE)
_PERCENT_SIGN = re.compile(r"\s*(?:%|percent|per\s+cent)$", re.IGNORECASE)


def _direction(first: str, second: str) -> str | None:
    """'higher' or 'lower' from the level left to the level reached ("less than 5 to 9" is higher;
    "17 to less than 5" lower), None when the words do not decide it."""
    # ("from three to 13": a level in words is read as a number; "$10.56": a sum of money as its number)
    # ("from 44.2% to 44.7%": a percentage as its number)
    a, b = (parse_number(_PERCENT_SIGN.sub("", _BELOW.sub("", level)).lstrip("$£€")) for level in (first, second))
    if a is None or b is None:
        return None
    below_a, below_b = bool(_BELOW.match(first)), bool(_BELOW.match(second))
    if not below_a and not below_b:
        return "higher" if b > a else "lower" if b < a else None
    if below_a and not below_b and b >= a:
        return "higher"
    if below_b and not below_a and b <= a:
        return "lower"
    return None


def _split_pair_periods(art: _Article, sentence, produced: list, out: list) -> tuple[list, list]:
    """ "Cork (34 to 41)" after "in 2016, compared to 365 in 2015": the first of two levels split
    apart is of the period before the second's (the convention writes a, b and the direction), not
    of the same one. Only for two values of one metric and place, the second of a whole year or
    month."""
    text = art.text
    result, directions = list(produced), []
    # a change or comparison said before the levels, of their metric, says their direction ("rose by 20 per
    # cent (1,334 to 1,597)"; not "Offences were down in several categories, including thefts (from 41 to 29)")
    said_at = [(st.anchor[0], item.record.get("metric")) for st, item in produced if st.kind in ("change", "comparison")]
    for i, ((st1, first), (st2, second)) in enumerate(zip(produced, produced[1:])):
        if st1.figure is None or st2.figure is None or "value" not in first.record or "value" not in second.record \
                or first.record.get("metric") != second.record.get("metric") \
                or first.record.get("place") != second.record.get("place"):
            continue
        said = any(at < st1.anchor[0] and metric == first.record.get("metric") for at, metric in said_at)
        joined = _PAIR_JOIN.fullmatch(text, st1.anchor[1], st2.anchor[0]) is not None
        if not (joined or _PAIR_JOIN_NOUN.fullmatch(text, st1.anchor[1], st2.anchor[0])) \
                or not _PAIR_OPEN.search(text, max(sentence.start, st1.anchor[0] - 20), st1.anchor[0]) \
                or RANGE_OPEN.search(text, max(sentence.start, st1.anchor[0] - 40), st1.anchor[0]):
            continue
        later = periods.resolves(second.record["period"], art.source.published, None) \
            if joined and "period" not in second.missing and "period" in second.record else None
        own = periods.resolves(first.record["period"], art.source.published, None) if "period" in first.record else None
        if later is not None and own is not None and own != later and not _span_ending_at(own, later):
            # "from 64 in 2014 to 65 in 2015": each names its own; "liquor acts (from 33 to 21)" after
            # a level compared with the same month a year before: the direction against the earlier
            relation = _direction(first.record["value"], second.record["value"])
            if own.end < later.start and relation is not None and not _said(sentence, st1, first, said, out):
                directions.append((second, _pair_direction(
                    text, sentence, (st1, first), (st2, second), relation, first.record["period"],
                    tuple(dict.fromkeys(first.missing + second.missing)),
                    (f"comparison: {relation} than '{first.record['period']}', the level it moved from "
                     f"('{first.record['value']}'); check",))))
            continue
        earlier = _earlier_period(art, sentence, later) if later is not None else None
        if earlier is None:
            # "The number of murders rose from 51 to 57": the direction is said, the period compared
            # with is not (nor, maybe, the period of the level reached): left to write
            relation = _direction(first.record["value"], second.record["value"])
            if relation is not None and not _said(sentence, st1, first, said, out) and first.record.get("metric") is not None:
                left = ("comparison.than",) if later is not None else ("period", "comparison.than")
                directions.append((second, _pair_direction(
                    text, sentence, (st1, first), (st2, second), relation, None,
                    tuple(dict.fromkeys(left + tuple(m for m in first.missing if m != "period") + second.missing)),
                    (f"comparison: {relation} than the level it moved from ('{first.record['value']}'); write the "
                     "period it is of",))))
            continue
        record: dict[str, Any] = {}
        for key, value in first.record.items():
            if key in ("statement", "value", "values") and "period" not in record:
                record["period"] = earlier
            if key != "period":
                record[key] = value
        if "period" not in record:
            record["period"] = earlier
        missing = tuple(m for m in first.missing if m != "period")
        notes = tuple(n for n in first.notes if not n.startswith("period:")) + (
            f"period: '{earlier}', the period before the level it moved to ('{second.record['period']}'); check",)
        item = replace(first, record=record, missing=missing, notes=notes)
        out[next(k for k in range(len(out) - 1, -1, -1) if out[k] is first)] = item
        result[i] = (st1, item)
        relation = _direction(first.record["value"], second.record["value"])
        if relation is None or said:
            continue        # "rose by 20 per cent (1,334 to 1,597)", "increased slightly, from 5.9 to 6.0": said
        directions.append((second, _pair_direction(
            text, sentence, (st1, first), (st2, second), relation, earlier,
            tuple(dict.fromkeys(missing + second.missing)),
            (f"comparison: {relation} than '{earlier}', the level it moved from ('{first.record['value']}'); check",))))
    return result, directions


def _span_ending_at(own, later) -> bool:
    """ "rose from 41 to 56 between 2016 and 2018": the level left was given the whole span of years
    said after the pair, which ends with the level reached's year; it is of the span's first year."""
    return _whole_year_of(later) and own.end == later.end and own.start.year < later.start.year \
        and (own.start.month, own.start.day) == (1, 1)


def _said(sentence, st1, first: DraftedClaim, said: bool, out: list) -> bool:
    """Whether the direction of two levels is said already: in their clause, or by a change or
    comparison of the metric earlier in the sentence ("a 39 per cent increase in public order
    offences, which went up from 1,759 incidents to 2,452")."""
    return said or any(sentence.start <= d.anchor[0] < st1.anchor[0] and ("change" in d.record or "comparison" in d.record)
                       and d.record.get("metric") == first.record.get("metric") for d in out)


def _pair_direction(text: str, sentence, pair1, pair2, relation: str, earlier: str | None,
                    missing: tuple[str, ...], notes: tuple[str, ...]) -> DraftedClaim:
    """The direction the convention writes beside two levels ("X (a to b)": a, b and the direction),
    of the second level's period against `earlier` (None: not known, left to write)."""
    (st1, first), (st2, second) = pair1, pair2
    direction: dict[str, Any] = {"id": f"{second.record['id']}-{relation}", "source": second.record["source"]}
    for key in ("metric", "place", "period"):
        if key in second.record:
            direction[key] = second.record[key]
    direction["comparison"] = {"relation": relation} if earlier is None else {"relation": relation, "than": earlier}
    for key in ("speaker", "attribution"):
        if key in second.record:
            direction[key] = second.record[key]
    quote = (min(first.quote[0], second.quote[0]), max(first.quote[1], second.quote[1]))
    anchor = (st1.anchor[0], st2.anchor[1])
    moved = _MOVED_FROM.search(text, max(sentence.start, st1.anchor[0] - 90), st1.anchor[0])
    if moved is not None and moved.end() == st1.anchor[0]:
        # "Driving under the influence was down from 70 to 37": the words that say the direction
        anchor = (moved.start("dir"), moved.end("dir"))
    direction["quote"] = {"text": text[quote[0]:quote[1]], "start": quote[0]}
    return DraftedClaim(record=direction, anchor=anchor, quote=quote, missing=missing, notes=notes)


# "compared to 57 in 2016", "versus 14 in 2020" (not "up from four in 2020": a base the hand reads whole)
_COMPARED_BEFORE = re.compile(r"\b(?:compared\s+(?:to|with)|versus|vs\.?)\s", re.IGNORECASE)


def _whole_year_of(p) -> bool:
    return (p.start.month, p.start.day, p.end.month, p.end.day) == (1, 1, 12, 31) and p.start.year == p.end.year


def _resolved_in_order(out: list, item, published):
    """The period of `item` as a claim file reads it in order: "10 by that time last year" ('same
    period in 2022') is read against the claim before it that has a period."""
    previous = None
    for d0 in out:
        if d0 is item:
            break
        phrase = d0.record.get("period")
        resolved = periods.resolves(phrase, published, previous) if phrase else None
        if resolved is not None:
            previous = resolved
    return periods.resolves(item.record["period"], published, previous)


_ALL_OF_A_YEAR = re.compile(r"(?:\s+[a-z]+){0,2}?\s+(?:for|in|during|over)\s+(?:all\s+of|the\s+(?:whole|entire|full)\s+(?:year\s+)?(?:of\s+)?)"
                            r"\s*(?:19|20)\d\d\b", re.IGNORECASE)


def _bases_same_days(art: _Article, produced: list, out: list) -> list:
    """ "In the first eight months there were 28 ..., compared to 57 in 2016": a level compared with
    a figure of part of a year, in a past year it names whole, counts the same days of that year (the
    comparison is like with like), not the whole year."""
    text, published = art.text, art.source.published
    result = list(produced)
    for i, (st, item) in enumerate(produced):
        if i == 0 or st.figure is None or "value" not in item.record or not item.record.get("period"):
            continue
        own = periods.resolves(item.record["period"], published, None)
        if own is None or not _whole_year_of(own):
            continue
        if _ALL_OF_A_YEAR.match(text, st.anchor[1], min(len(text), st.anchor[1] + 60)):
            continue      # "34 lives for all of 2014": the whole year, as said
        mains = [(k, s0, d0) for k, (s0, d0) in enumerate(produced[:i]) if not s0.base_figure and d0.record.get("period")
                 and d0.record.get("metric") == item.record.get("metric")]
        if not mains or not _COMPARED_BEFORE.search(text, mains[-1][1].anchor[1], st.anchor[0]):
            continue
        main = _resolved_in_order(out, mains[-1][2], published)
        if main is None or main.start.year != main.end.year or (main.start.month, main.start.day) != (1, 1) \
                or (main.end.month, main.end.day) == (12, 31) or main.start.year <= own.start.year:
            continue
        try:
            start, end = main.start.replace(year=own.start.year), main.end.replace(year=own.start.year)
        except ValueError:
            continue
        phrase = f"{start.isoformat()}/{end.isoformat()}"
        record = {k: (phrase if k == "period" else v) for k, v in item.record.items()}
        notes = tuple(n for n in item.notes if not n.startswith("period:")) + (
            f"period: {phrase}, the same days of {own.start.year} as the figure it is compared with "
            f"('{mains[-1][2].record['period']}'); check",)
        new = replace(item, record=record, notes=notes)
        out[next(k for k in range(len(out) - 1, -1, -1) if out[k] is item)] = new
        result[i] = (st, new)
    return result


# A movement from a level, with no size of its own: "increased from 64 in 2014 to 65 in 2015", "20
# deaths, an increase from 13 in 2018", "3.6 percent, down from 4.4 percent in February"
# The verbs of a movement, up and down: one list for _MOVED_FROM, _UPWARD and _DIRECTION_SAID
# ("The rate was raised from $10.56 to $10.62", "assaults were lowered from seven to three": moved by someone)
_ROSE = "rose|risen|rising|climbed|climbing|increased|increasing|jumped|grew|grown|soared|surged|raised"
_FELL = ("fell|fallen|falling|dropped|dropping|declined|declining|decreased|decreasing|dipped|dipping|slipped"
         "|plunged|plummeted|tumbled|lowered|reduced")
# the adverbs of degree news copy puts between a movement and its "from": any in -ly ("slightly", "sharply",
# "noticeably", "modestly") and the few that are not
_DEGREE = r"[a-z]+ly|somewhat|a\s+(?:bit|little)|again|further"
_MOVED_FROM = re.compile(rf"\b(?P<dir>up|down|{_ROSE}|{_FELL}|(?:an?\s+)?(?:increase|decrease|decline|drop"
                         r"|rise|jump|hike|fall|dip|reduction))"
                         # "up significantly from 144 in 2019": an adverb of degree between ("down again from the
                         # 1,532 recorded in 2016", "up noticeably from", "down somewhat from", "down a bit from")
                         rf"(?:\s+(?:{_DEGREE}))?"
                         # "dropped to 170 last year from 175 in 2021": the level reached said first
                         r"(?:\s+to\s+[^,;:]{1,40}?)?"
                         # "up from 2,597 in 2020 and from 2,442 in 2019": a second level moved from; "down from
                         # 48 last year and 99 in 2019": its "from" left out
                         r"(?:(?:\s+from\s+[^;:]{1,40}?\s+and(?:\s+(?:up|down))?(?:\s+[a-z]+ly)?)?\s+from"
                         r"|\s+from\s+(?:the\s+)?(?!(?:19|20)\d\d\b)[\d$£€][^;:]{0,40}?\s+and)"
                         # "down from the 1,303 recorded in 2017"
                         r"\s+(?:the\s+)?(?:about\s+|nearly\s+|roughly\s+|almost\s+|just\s+"
                         r"(?:over|under)\s+)?$", re.IGNORECASE)
_UPWARD = re.compile(rf"(?:up|{_ROSE}|increase|rise|jump|hike)$", re.IGNORECASE)


def _movements(art: _Article, clause: tuple[int, int], sentence, produced: list,
               drafted: list[DraftedClaim] = ()) -> list[DraftedClaim]:
    """The comparison a movement from a level states besides its two levels: "increased from 64 in
    2014 to 65 in 2015" is also higher in 2015 than in 2014; "20 ..., an increase from 13 in 2018"
    higher than in 2018. Only when the level reached is a complete value of the same metric in the
    same paragraph, of a later period than the level left."""
    state, text = art.state, art.text
    out = []
    for st, item in produced:
        if not (st.base_figure and "value" in item.record):
            continue
        moved = _MOVED_FROM.search(text, max(clause[0], st.anchor[0] - 90), st.anchor[0])
        if moved is None or moved.end() != st.anchor[0]:
            continue
        if item.missing or state.own is None or "value" not in state.own[0]:
            # "80 percent of jail beds were occupied in 2016, down from 95 percent in 2007" where a level
            # is drafted commented out (its place or whole not read), or is a share: the direction too, left
            # as they are
            left = _incomplete_movement(art, sentence, st, item, produced, moved, drafted)
            if left is not None:
                out.append(left)
            continue
        own, own_period, paragraph = state.own
        # "20 ..., an increase from 13 in 2018 and the highest number in a decade": the level reached
        # is the clause's value before the figure moved from, not a statement drafted after it
        before = [(s2, d2) for s2, d2 in produced if s2.anchor[1] <= st.anchor[0] and not s2.base_figure
                  and not d2.missing and "value" in d2.record]
        if before and "comparison" in own and own is not before[-1][1].record:
            reached = periods.resolves(before[-1][1].record["period"], art.source.published, None)
            if reached is not None:
                own, own_period = before[-1][1].record, reached
        base_period = state.previous_period if state.previous is item.record else None
        if base_period is None:
            base_period = periods.resolves(item.record["period"], art.source.published, None)
        if paragraph != sentence.paragraph or "value" not in own or own.get("metric") != item.record["metric"] \
                or own.get("place") != item.record.get("place") or base_period is None \
                or own_period.start <= base_period.end:
            continue
        relation = "higher" if _UPWARD.match(moved.group("dir").split()[-1]) else "lower"
        claim_id = f"{own['id']}-{relation}"
        state.ids[claim_id] += 1          # "up from 212 in 2020 and up significantly from 144 in 2019": two
        if state.ids[claim_id] > 1:
            claim_id = f"{claim_id}-{state.ids[claim_id]}"
        record: dict[str, Any] = {"id": claim_id, "source": own["source"], "metric": own["metric"]}
        if "place" in own:
            record["place"] = own["place"]
        record["period"] = own["period"]
        record["comparison"] = {"relation": relation, "than": item.record["period"]}
        for key in ("speaker", "attribution"):
            if key in item.record:
                record[key] = item.record[key]
        start = moved.start()
        end = max(item.quote[1], st.anchor[1])
        own_end = own["quote"]["start"] + len(own["quote"]["text"])
        if start < own["quote"]["start"] and own_end <= sentence.end:
            end = max(end, own_end)       # "increased from 64 in 2014 to 65 in 2015": to the level reached
        record["quote"] = {"text": text[start:end], "start": start}
        notes = (f"comparison: {relation} than '{item.record['period']}', the level it moved from; check",)
        out.append(DraftedClaim(record=record, notes=notes, anchor=(moved.start("dir"), moved.end("dir")),
                                quote=(start, end), missing=()))
    return out


def _incomplete_movement(art: _Article, sentence, st, item: DraftedClaim, produced: list, moved: re.Match,
                         drafted: list[DraftedClaim]) -> DraftedClaim | None:
    """The comparison of "X in 2016, down from Y in 2007" when a level is drafted commented out: against
    the clause's level (a value or share of the same metric) just before the level moved from, of a
    later period; commented out with what both levels miss (or, when they miss nothing but are a share or
    points back, for its comparison to be checked: drafted complete, such directions were mostly none of the
    hand's in an unread set). A clause that points back ("That's down
    from 10,507 in 2019") moves from the last level drafted before it in its paragraph."""
    text = art.text
    before = [d for s2, d in produced if s2.anchor[1] <= st.anchor[0] and not s2.base_figure
              and ("value" in d.record or "share" in d.record)]
    if not before and _POINTS_BACK.fullmatch(text, sentence.start, moved.start()):
        paragraph = art.paragraphs[sentence.paragraph]
        before = [d for d in drafted if paragraph[0] <= d.anchor[0] < sentence.start
                  and ("value" in d.record or "share" in d.record) and d.record.get("metric") == item.record.get("metric")]
    if not before:
        return None
    reached = before[-1]
    own = reached.record
    if own.get("metric") != item.record.get("metric") \
            or own.get("place") != item.record.get("place") or "period" not in own or "period" not in item.record \
            or item.record["period"] not in text[st.anchor[1]:sentence.end]:
        return None         # (the level moved from names its own period: "down from 95 percent in 2007")
    own_period = periods.resolves(own["period"], art.source.published, None)
    base_period = periods.resolves(item.record["period"], art.source.published, None)
    if own_period is None or base_period is None or own_period.start <= base_period.end:
        return None
    relation = "higher" if _UPWARD.match(moved.group("dir").split()[-1]) else "lower"
    record: dict[str, Any] = {"id": f"{own['id']}-{relation}", "source": own["source"]}
    record.update({k: own[k] for k in ("metric", "place", "period") if k in own})
    record["comparison"] = {"relation": relation, "than": item.record["period"]}
    record.update({k: item.record[k] for k in ("speaker", "attribution") if k in item.record})
    start, end = moved.start(), max(item.quote[1], st.anchor[1])
    record["quote"] = {"text": text[start:end], "start": start}
    missing = tuple(dict.fromkeys(m for m in reached.missing + item.missing if m not in ("share.of", "valid")))
    notes = (f"comparison: {relation} than '{item.record['period']}', the level it moved from; check",)
    return DraftedClaim(record=record, notes=notes, anchor=(moved.start("dir"), moved.end("dir")),
                        quote=(start, end), missing=missing or ("comparison",))


# "That's down from", "It is also up from": a clause whose subject is the level said before it
_POINTS_BACK = re.compile(r"\s*(?:That|This|It)(?:['’]s|\s+is|\s+was)\s+(?:also\s+|still\s+)?", re.IGNORECASE)


# A movement to a level, with no level left said: "before dropping to 19 in 2014", "rose to 2.7%
# last month", "The property tax rate was increased to 60.91 cents"
_MOVED_TO = re.compile(r"\b(?P<dir>rose|risen|rising|rises|climbed|climbing|climbs|increased|increasing|increases|jumped|"
                       r"jumping|jumps|grew|growing|soared|spiked|fell|fallen|falling|falls|dropped|dropping|drops|declined|"
                       r"declining|declines|decreased|decreasing|dipped|dipping|slipped|slid|tumbled|plunged|plummeted|"
                       r"sank|shrank)(?:\s+(?:back|again|further|[a-z]+ly))?\s+to\s+(?:about\s+|nearly\s+|roughly\s+|"
                       r"almost\s+|just\s+(?:over|under)\s+|an?\s+(?:estimated\s+)?|a\s+record(?:-low|-high)?\s+)?$",
                       re.IGNORECASE)
# "the homicide rate remained at 44 per 100,000", "has held steady at 8 percent": about the same
_STAYED_AT = re.compile(r"\b(?P<dir>remained|remains|stayed|stays|held|holding|holds)(?:\s+(?:steady|stable|flat|roughly\s+steady))?"
                        r"\s+at\s+(?:about\s+|nearly\s+|roughly\s+|around\s+)?$", re.IGNORECASE)
_DOWNWARD_TO = re.compile(r"fell|fall|drop|decl|decr|dip|slip|slid|tumb|plun|plum|sank|shrank", re.IGNORECASE)


def _moved_to(art: _Article, clause: tuple[int, int], produced: list) -> list[tuple[DraftedClaim, DraftedClaim]]:
    """The comparison a movement to a level states besides the level: "before dropping to 19 in
    2014" is also lower in 2014 than in 2013, "rose to 2.7% last month" higher than the month before,
    "remained at 44 per 100,000 in 2014" about the same as in 2013.
    Only for a complete value of a whole year or month, when the clause names no level left (that
    is `_movements`' reading) and states no comparison or change of its own."""
    text, out = art.text, []
    if any(st.base_figure or st.kind in ("change", "comparison") for st, _ in produced):
        return out
    for st, item in produced:
        if item.missing or "value" not in item.record or st.figure is None:
            continue
        moved = _MOVED_TO.search(text, max(clause[0], st.anchor[0] - 60), st.anchor[0]) or \
            _STAYED_AT.search(text, max(clause[0], st.anchor[0] - 60), st.anchor[0])
        if moved is None or moved.end() != st.anchor[0]:
            continue
        period = periods.resolves(item.record["period"], art.source.published, None)
        if period is None:
            continue
        if period.start.month == 1 and period.start.day == 1 and period.end == date(period.start.year, 12, 31):
            than = str(period.start.year - 1)
        elif period.start.day == 1 and period.start.year == period.end.year and period.start.month == period.end.month \
                and (period.end.month == 12 or date(period.end.year, period.end.month + 1, 1).toordinal() - 1
                     == period.end.toordinal()):
            y, m = (period.start.year, period.start.month - 1) if period.start.month > 1 else (period.start.year - 1, 12)
            than = f"{y}-{m:02d}"
        elif period.start == period.end and any(school_counts.COUNTED_ON in n for n in item.notes):
            than = _shift_year(period.start, -1).isoformat()    # a school count day: the count a year before
        else:
            continue
        relation = "about-same" if moved.re is _STAYED_AT else "lower" if _DOWNWARD_TO.match(moved.group("dir")) else "higher"
        record: dict[str, Any] = {"id": f"{item.record['id']}-{relation}", "source": item.record["source"],
                                  "metric": item.record["metric"]}
        if "place" in item.record:
            record["place"] = item.record["place"]
        record["period"] = item.record["period"]
        record["comparison"] = {"relation": relation, "than": than}
        for key in ("speaker", "attribution"):
            if key in item.record:
                record[key] = item.record[key]
        start, end = moved.start(), max(item.quote[1], st.anchor[1])
        record["quote"] = {"text": text[start:end], "start": start}
        notes = (f"comparison: {relation} than {than}, the period before the level it moved to; check",)
        out.append((item, DraftedClaim(record=record, notes=notes, anchor=(moved.start("dir"), moved.end("dir")),
                                       quote=(start, end), missing=())))
    return out


# A level compared with another period's level in the same clause: "3.4% in August, below the 4% in
# August 2021", "3.1% in July, compared with 3.6% in July 2021"
_COMPARED_WITH = re.compile(r"(?:,\s*|\s)(?P<dir>below|under|above|over|higher\s+than|lower\s+than"
                            r"|compared\s+(?:with|to)|versus|vs\.?|against)\s+(?:the\s+)?"
                            r"(?:(?:about|nearly|roughly|almost)\s+)?$", re.IGNORECASE)
_BOUND_WORD = re.compile(r"(?:below|under|above|over)\s+", re.IGNORECASE)
# a direction said before two levels compared: "issued more traffic summonses", "unlocked fewer vehicles",
# "January was also higher than previously", "arrests rose to 521 in 2023 compared to 392"
# (the one nearest the figures)
# ("calls were down to 1,056, compared to 1,257": up or down after a form of "be")
_AFTER_BE = r"(?:(?<=\bwas\s)|(?<=\bwere\s)|(?<=\bis\s)|(?<=\bare\s))"
_DIRECTION_SAID = re.compile(rf"\b(?:(?P<up>more|higher|greater|{_ROSE}|{_AFTER_BE}up)|fewer|lower|less|{_FELL}|{_AFTER_BE}down)\b"
                             r"(?!\s+than\s+(?:\d|one|two|three|half))", re.IGNORECASE)
# not the levels' direction: a word in an aside of its own ("even as crime declined", "while thefts fell"), or an
# -ing form used as an adjective ("amid rising costs"; "arrests kept rising" says it)
_ASIDE_BEFORE = re.compile(r"\b(?:even\s+as|amid|amidst|despite|while|though|although|whereas)\s+(?:[\w'’-]+\s+){0,4}$",
                           re.IGNORECASE)
_PROGRESSIVE_BEFORE = re.compile(r"\b(?:is|are|was|were|be|been|kept|keep|keeps|continued|continues)\s+"
                                 r"(?:(?:still|steadily|now|again|also|sharply)\s+)?$", re.IGNORECASE)


def _direction_said(text: str, start: int, end: int) -> re.Match | None:
    """The word nearest the levels in text[start:end] that says their direction ("issued more
    traffic summonses: 1,403 ... compared to 1,233"), not one of an aside or an adjective."""
    said = None
    for m in _DIRECTION_SAID.finditer(text, start, end):
        before = text[max(start, m.start() - 60):m.start()]
        if _ASIDE_BEFORE.search(before) or m.group().lower().endswith("ing") and not _PROGRESSIVE_BEFORE.search(before):
            continue
        said = m
    return said


def _compared_with(art: _Article, clause: tuple[int, int], produced: list) -> list[tuple[DraftedClaim, DraftedClaim]]:
    """The comparison a clause states between two levels of one metric and place, the later
    period's first: "3.4% in August, below the 4% in August 2021" is lower in August than in August
    2021; "compared with" takes its relation from the two figures. Drafted before the later level;
    the earlier level's "below" is the comparison's word, not a bound of that figure."""
    text, out = art.text, []
    if any(st.kind in ("change", "comparison") for st, _ in produced):
        return out
    values = [(st, item) for st, item in produced if "value" in item.record and not item.missing and st.figure is not None]
    for (st1, own), (st2, base) in zip(values, values[1:]):
        said = _COMPARED_WITH.search(text, max(st1.anchor[1], st2.anchor[0] - 40), st2.anchor[0])
        if said is None or said.end() != st2.anchor[0] and not _BOUND_WORD.match(text, st2.anchor[0]):
            # "below 2.8%": the number reader may have taken the word as the figure's bound
            bound = _BOUND_WORD.match(text, st2.anchor[0])
            said = _COMPARED_WITH.search(text, max(st1.anchor[1], st2.anchor[0] - 40), st2.anchor[0] + bound.end() - bound.start()) \
                if bound else None
            if said is None:
                continue
        r1, r2 = own.record, base.record
        if r1.get("metric") != r2.get("metric") or r1.get("place") != r2.get("place") or "period" not in r1 or "period" not in r2:
            continue
        p1 = periods.resolves(r1["period"], art.source.published, None)
        # ("compared to 1,257 for the same month in 2012": the level compared with read after the first)
        p2 = periods.resolves(r2["period"], art.source.published, p1) if p1 is not None else None
        if p1 is None or p2 is None or p2.end >= p1.start:
            continue
        word = said.group("dir").lower()
        missing: tuple[str, ...] = ()
        if word.startswith(("below", "under", "lower")):
            relation = "lower"
        elif word.startswith(("above", "over", "higher")):
            relation = "higher"
        else:
            # "The 521 drug arrests last year compared to 392 in 2016": two levels, no direction said
            # (the convention writes the two values; a direction only where the words state one)
            missing = ("comparison",)
            try:
                a = Decimal(st1.figure.value)
                b = Decimal(st2.figure.value)
            except (InvalidOperation, TypeError):
                continue
            if a == b:
                continue
            relation = "higher" if a > b else "lower"
        record: dict[str, Any] = {"id": f"{r1['id']}-{relation}", "source": r1["source"], "metric": r1["metric"]}
        if "place" in r1:
            record["place"] = r1["place"]
        record["period"] = r1["period"]
        record["comparison"] = {"relation": relation, "than": r2["period"]}
        for key in ("speaker", "attribution"):
            if key in r1:
                record[key] = r1[key]
        start, end = own.quote[0], max(base.quote[1], st2.anchor[1])
        record["quote"] = {"text": text[start:end], "start": start}
        notes = (f"comparison: {relation} than '{r2['period']}', the level it is compared with; check",)
        anchor = (said.start("dir"), said.end("dir"))
        stated = _direction_said(text, clause[0], st1.anchor[0]) if missing else None
        if stated is not None and (relation == "higher") == bool(stated.group("up")):
            # "The SCSO issued more traffic summonses last year: 1,403 in 2016 compared to 1,233 in 2015":
            # the words say the direction the figures show
            missing, anchor = (), stated.span()
        if missing:
            notes += ("comparison: the figures' direction, which the words do not state; keep it if the story "
                      "makes the comparison",)
        out.append((own, DraftedClaim(record=record, notes=notes, anchor=anchor, quote=(start, end), missing=missing)))
        bound = _BOUND_WORD.match(str(r2.get("value", "")))
        if bound:
            # "below 2.8%": the level compared with, exactly
            r2["value"] = r2["value"][bound.end():]
    return out


# An item of a list: "Service Calls: 55.", "False Calls/Other: 27.", "• Delta (44 from 17)"
# an item of a list a speaker introduced ("According to the weather service:"): a paragraph of one
# short sentence with no speaker of its own
_ONE_LINE_ITEM = re.compile(r"\s*(?:[^.!?\n“”\"]|\.(?=\d)){5,200}[.!?]?\s*")
_LIST_ITEM = re.compile(r"\s*(?:[•·*]\s*|[-–—]\s+|\d{1,2}[.)]\s+)?(?:[A-Z][\w’'/&,-]*(?:\s+[\w’'/&,-]+){0,7}:\s|(?<=[•·*])|(?<=[-–—]\s))")


# "the Pennsylvania Intergovernmental Cooperation Authority", "the South and West Sides": a place's
# name as a word of a longer proper name, or of the parts of a city, is not the place the article is about
_NAME_GOES_ON = re.compile(r"[ \t]+(?!(?:and|or|of|the|in|on|at|for|to|Police|Fire|County|City|Department|"
                           r"Sheriff)\b)[A-Z][a-z]+")
# a place's own government after its name: "The Dundee Village Board", "the Walpole Police Department"
# (not a name that only borrows the place's: "Zion Lutheran Church", "Lincoln Elementary School")
_ITS_GOVERNMENT_AFTER = re.compile(r"[ \t]+(?:(?:Village|Town|Township|City|County|Borough|Parish)[ \t]+)?"
                                   r"(?:Board|Council|Commission|Commissioners(?:['’]?[ \t]+Court)?|Select[ \t]?[Bb]oard|Police|Fire|Sheriff['’]s|School[ \t]+(?:Board|District))\b")
_PARTS_OF_A_CITY = re.compile(r"(?:,?[ \t]+(?:and|or)[ \t]+(?:North|South|East|West|Northwest|Northeast|Southwest|Southeast))?"
                              r"[ \t]+(?:Side|Sides|End|Coast|Bank)\b")


def _state_called(pack: Pack, place: str, name: str) -> bool:
    """Whether a place of the pack is the state a dateline names ("New York" for "New York State")."""
    known = pack.places[place]
    return name in (known.name, *known.aliases, known.name.split(" (")[0].removesuffix(" State"))


def _in_a_name(text: str, hit, hits) -> bool:
    """Whether a place's name is read inside a longer proper name that names no place."""
    if _PARTS_OF_A_CITY.match(text, hit.end):
        return True
    after = _NAME_GOES_ON.match(text, hit.end)
    return after is not None and not any(h.start == after.end() - len(after.group(0).strip()) for h in hits)


def _headline_periods(art: _Article, out: list[DraftedClaim]) -> list[DraftedClaim]:
    """A headline's or lede's claim that names no period ("Pedestrian deaths reach highest level in
    decades") is about the article's main period, known only once the article is read (noted)."""
    main = art.state.main_period
    if main is None or not art.paragraphs:
        return out
    first = art.paragraphs[0][1]
    fixed = []
    counts = sorted(art.state.periods_named.values(), reverse=True)
    # (not on a tie: "61 homicides in 2021 and 70 in 2020" says nothing of which year a headline's drop is of)
    than = _implied_base(main) if len(counts) == 1 or counts[0] > counts[1] else None
    for d in out:
        # "Halifax sees upswing in homicides": a comparison naming neither its period nor what it is
        # compared with is of the main period, against the period before it
        compared = set(d.missing) == {"period", "comparison.than"} and than is not None and "comparison" in d.record
        if (d.missing == ("period",) or compared) and d.quote[0] < first:
            record: dict[str, Any] = {}
            for key, value in d.record.items():
                record[key] = value
                if key in ("metric", "place"):
                    record.pop("period", None)
                    record["period"] = main[0]
            record = {k: record[k] for k in record}
            if "period" not in record:
                continue
            notes = tuple(n for n in d.notes if not n.startswith("period:")) + (
                f"period: '{main[0]}', the period the article names most (the headline names none); check",)
            if compared:
                record["comparison"] = {**record["comparison"], "than": than[0]}
                notes = tuple(n for n in notes if not n.startswith("comparison.than:")) + (
                    f"comparison.than: '{than[0]}' assumed (no period compared with is named); check",)
            d = DraftedClaim(record, notes, d.anchor, d.quote, ())
        fixed.append(d)
    return fixed


# A percentage or a fraction said as a part of a whole: "accounting for 14% of total fatalities",
# "11% of the 2010 murders are domestic killings", "more than half of those funds", "27% occurred in
# vehicles", "representing just eight per cent"
_PART_OF_WHOLE_AFTER = re.compile(r"\s*(?:\(\d{4}\)\s*)?of\s+(?![\d$£€])"
                                  r"|\s+(?:were|was|are|is|occurred|happened|came|involved|took\s+place)\b", re.IGNORECASE)
_PART_OF_WHOLE_BEFORE = re.compile(r"\b(?:account(?:ed|ing|s)?\s+for|represent(?:ed|ing|s)?|made\s+up|make\s+up|makes\s+up"
                                   r"|comprised|comprising)\s+(?:(?:about|nearly|almost|roughly|just|only|more\s+than|over"
                                   r"|less\s+than|under|some|around)\s+)*$", re.IGNORECASE)


_PLAIN_NAME_WORDS = frozenset("share of the a an in by per percent percentage rate ratio and or with for to".split())


# a percent metric's name read as the share of a whole that a part is: "share of drug deaths involving
# fentanyl", "share of overdose deaths involving heroin", "share of drug deaths that were men"
_SHARE_OF_PART = re.compile(r"(?:share|percentage|proportion)\s+of\s+(?P<whole>.+?)\s+"
                            r"(?:involving|that\s+involved|that\s+were|who\s+were)\s+(?P<part>.+)", re.IGNORECASE)


def _part_of_a_whole(name: str, head: str, stems, clause: set[str], count: set[str]) -> set[str] | None:
    """The words of the part a share's name says ("share of drug deaths involving fentanyl": fentanyl) when
    its whole holds the count's head word ("deaths") and its other words are said by the clause or the
    count's name ("drug" and "overdose" deaths one whole, as news says them: not of "opioid deaths").
    None for another name."""
    hit = _SHARE_OF_PART.fullmatch(name.strip())
    whole = stems(hit.group("whole")) if hit is not None else set()
    part = stems(hit.group("part")) if hit is not None else set()
    if not part or head not in whole or not whole - {head} <= clause | count | (_DRUG_DEATHS if count & _DRUG_DEATHS else set()) \
            or not count - {head} <= whole | part | _DRUG_DEATHS:      # "opioid overdose deaths" are no drug deaths' whole
        return None
    return part


# a whole of drug deaths said either way ("share of drug deaths involving ..." of "overdose deaths"), as stems
_DRUG_DEATHS = frozenset({"drug", "overd"})


def _percent_metric_of(art: _Article, at: _At, count_metric) -> str | None:
    """The percent metric of the vocabulary that measures a part of a count, as the clause says it:
    "73% of homicides were cleared" is the homicide clearance rate. One of its names must hold the
    count's head word, and the clause every other word of that name (to its first five letters:
    "cleared" for "clearance"); None unless exactly one metric is so named. A percent metric the clause
    names in full, sharing a word with the count's name, comes first ("the homicide clearance rate was 61
    percent of its homicide cases", with "homicide cases" a count of the pack)."""
    def stems(words: str) -> set[str]:
        return {vocabulary._stem(w)[:5] for w in re.findall(r"[a-z]+", words.lower())} - _PLAIN_NAME_WORDS
    count_name = (count_metric.label or count_metric.id.replace("_", " ")).lower()
    head = vocabulary._stem(re.split(r"[\s_]+", count_name)[-1])[:5]
    said = art.text[at.clause[0]:at.clause[1]].lower()
    clause, count_stems = stems(said), stems(count_name)
    found, named, parts = set(), set(), set()
    for m in art.pack.metrics.values():
        if m.unit != "percent":
            continue
        # every name is tried for both tests (no stop at the first found): a stop made `named` depend on
        # the order of a set of names, so a draft changed with PYTHONHASHSEED
        for name in {m.id.replace("_", " "), m.label or "", *m.aliases}:
            if name and name.lower() in said and stems(name) & count_stems \
                    and re.search(rf"\b{re.escape(name.lower())}\b", said):
                # "homicide clearance rate was 61 percent of its homicide cases": the clause names the
                # percent metric in full, sharing a word with the count's name
                named.add(m.id)
            own = stems(name)
            if head in own and len(own) > 1 and own - {head} <= clause:
                found.add(m.id)
            elif (part := _part_of_a_whole(name, head, stems, clause, count_stems)) is not None and part <= clause:
                parts.add(m.id)
    if len(named) == 1:
        return next(iter(named))
    found = found or parts     # a share's part said only when no name is said word for word
    return next(iter(found)) if len(found) == 1 else None


# after the whole, nothing (but "in <Place>") or the share's own deed, a vote: "5 percent of registered
# voters participated"; not "90 percent of overdose patients survived", "... are women"
_SHARE_DONE = re.compile(r"\s*(?:in\s+(?:the\s+)?(?:[A-Z][\w.'’]*\s*)+)?(?:$|[.;:,)—–-])|(?i:(?:\s+[\w'’,]+){0,8}?\s+"
                         r"(?:who\s+|that\s+)?(?:voted|cast|turned\s+out|participated|went\s+to\s+the))\b")


def _share_defined(art: _Article, at: _At, metric: str) -> str | None:
    """The percentage metric the pack defines as a share of the count `metric`, for a percentage of
    it after which the clause says nothing but a place or a vote ("That's about 88 percent of the
    county's 20,044 registered voters", "5 percent of registered voters participated": voter
    turnout; not "30 percent of fatal crashes involved speeding", "60 percent of registered voters
    backed the levy", nor with the part named before, "Democrats account for 45 percent of ...")."""
    share = vocabulary.share_of(art.pack, metric)
    if share is None:
        return None
    whole = vocabulary.find_metric(art.pack, art.text, at.st.anchor[1], at.clause[1], at.st.anchor[1], art.metrics_found)
    if whole is None or whole.id != metric or _PART_OF_WHOLE_BEFORE.search(art.text, at.clause[0], at.st.anchor[0]) \
            or not _SHARE_DONE.match(art.text, whole.end, at.clause[1]):
        return None
    return share


def _share_of_a_count(art: _Article, at: _At, metric: str | None, review: list[str]) -> tuple[_At, str | None]:
    """A percentage (or "half", "a third") read as a value, of a metric that counts, is a share of a
    whole when the clause says so: "accounting for 14% of total fatalities", "11% of the murders
    are domestic killings", "47% of these fires occurred in residences", "two-thirds of that money";
    or the value of the percent metric that measures that part of the count, when the vocabulary has
    one the clause names by its words ("73% of homicides were cleared": the clearance rate). A
    percentage is no value of a count; a percent metric keeps it as its value."""
    st = at.st
    definition = art.pack.metrics.get(metric) if metric and metric != UNDECIDED else None
    if st.kind != "value" or st.figure is None or st.base_figure or definition is None or definition.unit != "count":
        return at, metric
    phrase = st.figure.text.lower()
    fraction = phrase in statements._FRACTIONS or phrase.startswith(("half", "a third", "a quarter", "two-thirds",
                                                                     "two thirds", "three quarters", "three-quarters"))
    if st.figure.unit != "percent" and not fraction:
        return at, metric
    text = art.text
    if not (_PART_OF_WHOLE_AFTER.match(text, st.anchor[1], at.clause[1]) or
            _PART_OF_WHOLE_BEFORE.search(text, max(at.clause[0], st.anchor[0] - 40), st.anchor[0])):
        return at, metric
    if st.figure.unit == "percent":
        percent = _percent_metric_of(art, at, definition)
        if percent is not None:
            review.append(f"metric: '{percent}', the percent metric of a part of '{metric}' the clause names; check")
            return at, percent
        percent = _share_defined(art, at, metric)
        if percent is not None:
            review.append(f"metric: '{percent}', the pack's percentage of '{metric}' (the clause names no kind of it); check")
            return at, percent
    review.append(f"share: a part of the whole of '{metric}' (a percentage is no value of a count); check")
    return replace(at, st=replace(st, kind="share", fields={"share": {"fraction": st.fields.get("value", st.figure.text)}})), metric


# A figure of a condition or of what it would bring: "if it continued on that trajectory, road deaths
# would be closer to 200", "even if these two incidents were excluded", "in such a year, the
# department would have had around 190 calls". A forecast ("will", "is expected to", "on track
# to") is a claim (a projection); a hypothetical is not (the hand conventions leave it out).
_CONDITION = WindowGatedPattern(re.compile(r"\b(?:if|unless)\b", re.IGNORECASE),
                                ("if", "unless"))
_CONSEQUENCE = WindowGatedPattern(re.compile(r"\b(?:would|could|might)(?:n[’']t|\s+not)?\b", re.IGNORECASE),
                                  ("would", "could", "might"))
_COUNTERFACTUAL = WindowGatedPattern(re.compile(r"\b(?:would|could|might)(?:n[’']t|\s+not)?\s+(?:still\s+|likely\s+|probably\s+)?have\s+"
                                                r"(?:been|had|seen|\w+ed|\w+en)\b", re.IGNORECASE),
                                     ("would", "could", "might"))


def _hypothetical(art: _Article, at: _At) -> str | None:
    """Why the clause's figure is a hypothetical one (a condition, or what would follow from one), or None."""
    text, anchor = art.text, at.st.anchor
    start = at.sentence.start
    before = text[start:anchor[0]]
    conditions = list(_CONDITION.finditer(before))
    if conditions and not re.search(r"[,;:—–]|\bthen\b", before[conditions[-1].end():]):
        return f"'{conditions[-1].group(0)} ...' states a condition"
    lead = text[max(at.clause[0], start):anchor[0]]
    if _COUNTERFACTUAL.search(lead):
        return f"'{_COUNTERFACTUAL.search(lead).group(0)}' states what would have been"
    if _CONSEQUENCE.search(lead) and _CONDITION.search(text, start, at.sentence.end):
        return f"'{_CONSEQUENCE.search(lead).group(0)}' states what would follow from a condition"
    return None


# A sum of money as one item of a list of spending ("Major planned capital expenditures this year include
# $1.1 million for recreation ..., $835,000 for City Hall upgrades, $260,000 for Court House upgrades";
# "highlights ... include:" then "-- $14,000 for rifles for patrol officers."): the hands take no such line
# item, but they take the sums of funds and departments so listed ("Included in this year's budget are more
# than $75 million for the general fund ..., more than $104.1 million for the Power and Light Department").
_MONEY_ITEM = re.compile(r"[$€£]\s?\d[\d,.]*(?:\s+(?:million|billion|thousand))?\s+(?:for|in|to)\s+(?:the\s+|a\s+|an\s+)?"
                         r"((?:[\w&'’-]+\s+){0,5}?[\w&'’-]+)(?=\s*(?:[,.;()]|$|\band\b|\bfor\b))", re.IGNORECASE | re.MULTILINE)
_BODY_WORD = re.compile(r"\b(?:fund|funds|department|departments|office|agency|district)$", re.IGNORECASE)
_INCLUDE = re.compile(r"\binclud(?:e|es|ed|ing)\b", re.IGNORECASE)
_BULLET = re.compile(r"^[ \t]*(?:--?|[*•–—])[ \t]*(?=[$€£])", re.MULTILINE)


def _line_item(art: _Article, at: _At) -> str | None:
    """Why the clause's sum of money is one line item of a list of spending (then no claim), or None."""
    text, anchor = art.text, at.st.anchor
    if at.st.figure is None or (at.st.figure.unit or "").lower() not in _CURRENCIES:
        return None
    line_start = text.rfind("\n", 0, anchor[0]) + 1
    if _BULLET.match(text, line_start):
        # the list's lines, and the line before them that introduces it ("... include:")
        head = line_start
        while head > 0:
            before = text.rfind("\n", 0, head - 1) + 1
            if not _BULLET.match(text, before):
                break
            head = before
        intro = text[text.rfind("\n", 0, max(head - 1, 0)) + 1:head].strip()
        word = _INCLUDE.search(re.split(r"[.;?!]\s", intro)[-1])    # the introducing sentence's own verb
        if word is None or not intro.endswith(":"):
            return None
        end = head
        while end < len(text) and _BULLET.match(text, end):
            nxt = text.find("\n", end)
            end = len(text) if nxt < 0 else nxt + 1
        span = (head, end)
    else:
        start = at.sentence.start
        word = None
        for word in _INCLUDE.finditer(text, start, anchor[0]):
            pass
        if word is None:
            return None
        span = (word.end(), at.sentence.end)
    items = list(_MONEY_ITEM.finditer(text, *span))
    if len(items) < 3 or not any(m.start() <= anchor[0] < m.end() for m in items):
        return None
    if sum(1 for m in items if _BODY_WORD.search(m.group(1))) * 2 >= len(items):
        return None    # sums of funds or departments, each a budget of its own
    return f"one of {len(items)} sums of spending listed after '{word.group(0)}'"


# A figure counting the places or bodies a story's figures are of ("Three of the six Garda divisions in
# Dublin recorded increases", "View totals for 113 different transit systems", "an increase in 12 of the
# categories", "Fourteen states ... recorded an increase"): no hand takes such a count as a claim (they take
# each place's own figure), unless the metric is itself a count of them.
_UNITS = re.compile(r"\s+(?:of\s+(?:the|its|their)\s+(?:\w+['’]s\s+)?(?:[\w,-]+\s+)?)?((?:[\w'’-]+\s+){0,2}?)"
                    r"(counties|states|cities|towns|municipalities|provinces|regions|countries|districts|divisions|"
                    r"precincts|wards|boroughs|agencies|systems|categories)\b", re.IGNORECASE)
_NOT_A_MODIFIER = re.compile(r"\b(?:in|on|at|of|for|across|from|to|by|among|with|and|or|per|each|were|was|are|is|"
                             r"had|have|has)\b|\d", re.IGNORECASE)


# The words of a metric's label or alias naming what it counts: those before a preposition or a
# relative word ("precincts reporting", "number of school districts"; not "rooms that had sprinkler systems")
_COUNTED_HEAD = re.compile(r"(?:(?:the\s+)?number\s+of\s+)?(.*?)(?=\s+(?:in|on|at|of|for|with|that|who|which|where|"
                           r"waiting|from|to|by)\b|$)", re.IGNORECASE)


def _units_counted(art: _Article, at: _At, metric: str | None) -> str | None:
    """The noun of the places or bodies the clause's bare count counts (then no claim), or None."""
    st = at.st
    unit = (st.figure.unit or "").lower() if st.figure is not None else ""
    if st.kind not in ("value", "change") or st.figure is None or unit == "percent" or unit in _CURRENCIES \
            or st.base_figure:
        return None
    hit = _UNITS.match(art.text, st.anchor[1], at.clause[1])
    if hit is None or _NOT_A_MODIFIER.search(hit.group(1)):
        return None    # "5 crashes in counties": the figure counts crashes
    noun = hit.group(2).lower()
    definition = art.pack.metrics.get(metric) if metric else None
    if definition is not None and any(noun in _COUNTED_HEAD.match(name).group(1).lower().split()
                                      for name in (definition.label, *definition.aliases)):
        return None    # a metric labelled "school districts" or "precincts reporting": a count of them is its own
    return noun


# A figure of a forecast, a target or a goal (the hand conventions: `projection: true`), told by the
# clause's structure before the figure: a future or expected verb governing it ("is expected to
# hit 104", "will end up around 50", "is on track to exceed 300", "aims to cut"), a noun of the
# forecast ("a goal of 190", "a budget projection for enrollment of 2,965", "a projected $3.3
# million", "forecast"). Only the clause's own words up to the figure count.
_FORECAST = WindowGatedPattern(re.compile(
                       r"(?:\b(?:is|are|was|were|be|been|being)|[’']s|[’']re)\s+(?:now\s+|also\s+|still\s+|not\s+)?(?:expected|projected|"
                       r"forecast(?:ed)?|predicted|set|poised|slated|likely|going)\s+to\b"
                       r"|\b(?:on|off)\s+(?:track|pace|course)\s+(?:to|for)\b"
                       r"|\bwill(?:\s+not|n[’']t)?\s+(?:likely\s+|probably\s+|easily\s+)?(?:reach|hit|top|exceed|surpass|end\s+up|finish|climb|"
                       r"rise|fall|drop|decline|double|do)\b"
                       r"|\b(?:aims?|aiming|hop(?:es|ing)|plans?|planning)\s+to\b"
                       r"|\bwould\s+(?:likely|probably)\s+(?:have|be|see|reach|top|exceed)\b"
                       r"|\b(?:a|the|its|their|our)\s+(?:\w+\s+){0,2}(?:goal|target|projection|forecast)s?\b"
                       r"|\b(?:projected|forecasts?|forecasted|projections?)\b", re.IGNORECASE),
                               ("expect", "project", "forecast", "predict", "set", "poised", "slated", "likely", "going", "track", "pace", "course", "will", "aim", "hop", "plan", "would", "goal", "target"))
_FORECAST_BREAK = re.compile(r"[;:—–()]|\b(?:but|while|whereas|although|though|actual|actually)\b", re.IGNORECASE)
_PAST_OF_FORECAST = re.compile(r"\b(?:than|over|above|below|beyond|exceed(?:ed|ing)?|beat|missed|surpassed)\s+"
                               r"(?:the\s+|its\s+|their\s+)?(?:\w+\s+)?(?:projections?|forecasts?|goals?|targets?|"
                               r"expected|projected)\b", re.IGNORECASE)


def _projection(art: _Article, at: _At) -> str | None:
    """The words of the clause that make its figure a forecast, a target or a goal, or None."""
    lead = art.text[max(at.clause[0], at.sentence.start):at.st.anchor[0]]
    cut = max((m.end() for m in _FORECAST_BREAK.finditer(lead)), default=0)
    lead = lead[cut:]
    hit = None
    for hit in _FORECAST.finditer(lead):
        pass
    if hit is None or _PAST_OF_FORECAST.search(lead, max(0, hit.start() - 20)):
        return None    # "up about 17 students over projections": a figure against a forecast is a fact
    return hit.group(0)


# "The states with the largest percent decreases in overdose deaths were Alaska (−26.1%), ...": the
# percentages are changes of the count named, not values of a percent metric
_PERCENT_CHANGES = re.compile(r"\b(?:percent(?:age)?|per\s+cent(?:age)?)\s+(?:increases?|decreases?|changes?|drops?|"
                              r"declines?|rises?|gains?|jumps?|falls?)\b", re.IGNORECASE)


def _claim(art: _Article, at: _At) -> DraftedClaim | None:
    review: list[str] = []
    missing: list[str] = []
    state = art.state
    metric = rate_for_decimals(art, at, _metric(art, at, review), review)
    if metric is None:
        return None
    undecided = metric == UNDECIDED
    if undecided:
        metric = None
        missing.append("metric")
        line, col = line_column(art.text, at.st.anchor[0])
        review.append(f"metric: no name of the vocabulary is said of this figure ({line}:{col}); write its metric "
                      "(add it to the pack if it has none)")
    at, metric = _share_of_a_count(art, at, metric, review)
    if at.st.kind == "value" and at.st.figure is not None and (at.st.figure.unit or "").lower() in ("percent", *_CURRENCIES) \
            and (undecided or (metric is not None and not _unit_fits(art.pack, metric, at.st))) \
            and not (metric is not None and _PERCENT_CHANGES.search(art.text, at.sentence.start, at.st.anchor[0])):
        # "The percentage of pupils ... eligible for free school meals was 19.5 per cent": a percentage
        # (or a sum of money) no metric read so far can hold (or no metric named whole), of the metric
        # in its unit whose name's words the clause says
        fitting = _by_unit_and_words(art, at)
        if fitting is not None:
            review[:] = [r for r in review if not r.startswith("metric:")]
            review.append(f"metric: '{fitting}', the metric in {at.st.figure.unit.lower()}s most of whose name's words "
                          f"the clause says (" + (f"'{metric}' holds no {at.st.figure.unit.lower()}s" if metric else
                                                  "no name of the vocabulary said whole") + "); check")
            metric, undecided = fitting, False
            if "metric" in missing:
                missing.remove("metric")
    speaker, kind, voice_note = _voice(art.text, at.st, at.sentence, at.clause, art.quotes[at.sentence.paragraph],
                                       art.paragraphs[at.sentence.paragraph], art.cast, at.voice_here, state,
                                       art.speakers)
    if speaker is not None and kind == "paraphrase" and _only_a_place(
            art.pack, speaker, art.text):
        # "Canada reported 788 homicides", "Saskatchewan also reported": a place's figures, told by the
        # reporter (a place is no speaker)
        speaker, kind, voice_note = None, "reporter", None
    if voice_note:
        review.append(voice_note)
    place = _place(art, at, speaker, review, missing)
    if speaker is not None and speaker.startswith(("The ", "the ")) and speaker[4:].lower() in attribution.LOCAL_POSTS:
        speaker = speaker[4:].lower()   # "The Medical Examiner also said": the place's, as "the medical examiner" is
    if speaker in attribution.LOCAL_POSTS and place is not None:
        # "the coroner's annual report" of a story about Westmoreland County: its coroner's
        where = art.pack.places[place]
        if where.kind in ("county", "city", "state") and (short := _short_name(art, place)) is not None:
            speaker = f"{short} {speaker.title()}"
            review.append(f"speaker: '{speaker}', the {where.kind}'s (the article names the post only); check")
    if speaker is not None and place is not None:
        speaker = _post_placed(art, speaker, place, review)
    period = _period(art, at, review, missing, metric)
    if period is False:
        return None
    period = _streak_year(art, at, period, review, missing)
    period = _budget_to_come(art, at, metric, place, period, review, missing)
    if place is not None:
        period = _fiscal(art, at, metric, place, period, review, missing)
    period = _rate_of_main_period(art, metric, period, review)
    period = _stock_day(art, at, metric, period, review)
    period = school_counts.school_count_day(art, at, metric, place, period, review)
    period = _election_day(art, at, metric, place, period, review)
    period = _vote_day_named(art, at, metric, period, review, missing)
    period = _to_date(art, at, metric, period, review)
    period = _to_month_of_figures(art, at, period, review)
    period = _data_month(art, at, metric, period, review, missing)
    period = _holiday_weekend(art, at, metric, period, review, missing)
    period = _part_of_year_reported(art, at, metric, period, review)
    period = _tax_year_under_way(art, at, metric, place, period, review)
    period = _through_part(art, at, period, review)
    statement = _statement(art, at, period, review, missing, metric)
    hypothetical = _hypothetical(art, at)
    if hypothetical is not None:
        missing.append("hypothetical")
        review.append(f"hypothetical: {hypothetical}; a hypothetical figure is no claim: leave it out "
                      "unless it is a forecast (then draft it with projection: true)")
    item = _line_item(art, at) if hypothetical is None else None
    if item is not None:
        missing.append("line item")
        review.append(f"line item: {item}; a budget's line item is seldom a measure worth checking (a fund's or "
                      "a department's sum is drafted): leave it out, or write its metric if it is one")
    units = _units_counted(art, at, metric) if hypothetical is None and item is None else None
    if units is not None:
        missing.append("places counted")
        review.append(f"places counted: the figure counts the {units} the story's figures are of; a count of "
                      "places or bodies is seldom a claim: leave it out, or write its metric if it is one")
    projection = _projection(art, at) if hypothetical is None else None
    if projection is not None:
        review.append(f"projection: '{projection}' makes the figure a forecast, a target or a goal "
                      "(projection: true, never checked against counts); check")
    quote = _quote_span(art.text, (max(at.clause[0], art.label_end), at.clause[1]), at.st.anchor,
                        art.quotes[at.sentence.paragraph] if kind == "direct-quote" else [])
    if at.st.share_of_count or at.st.restates and not statements.in_own_parentheses(art.text, at.st.figure):
        # "232 were for fire, or 2.2 percent": the share's own words; "a decrease of 16, or 3.7 per cent": the
        # change's second figure with its own words ("a 3.2 per cent increase (577 students)": the parentheses' part)
        start = art.text.rfind(",", at.clause[0], at.st.anchor[0])
        start = max(start, art.text.rfind("(", at.clause[0], at.st.anchor[0]))
        if at.st.restates:      # "increased from 95 to 98 — or by 3 percent"
            start = max(start, art.text.rfind("—", at.clause[0], at.st.anchor[0]), art.text.rfind("–", at.clause[0], at.st.anchor[0]))
        if start >= 0:
            end = at.st.anchor[1]
            if at.st.restates:
                end = statements.RESTATED_NOUNS.match(art.text, end).end()     # "or 340 deaths"
            quote = (start + 1 + (len(art.text[start + 1:at.st.anchor[0]]) - len(art.text[start + 1:at.st.anchor[0]].lstrip())),
                     end)
    key = metric or "figure"
    state.ids[key] += 1
    source = art.source
    claim_id = f"{source.id}-{key.replace('_', '-')}" + (f"-{state.ids[key]}" if state.ids[key] > 1 else "")
    record: dict[str, Any] = {"id": claim_id, "source": source.id}
    if metric is not None:
        record["metric"] = metric
    if place is not None:
        record["place"] = place
    if period is not None:
        record["period"] = period[0]
    record.update(statement)
    if projection is not None:
        record["projection"] = True
    if speaker:
        record["speaker"] = speaker
    record["attribution"] = kind
    record["quote"] = {"text": art.text[quote[0]:quote[1]], "start": quote[0]}
    if metric is not None:
        state.last_metric, state.last_paragraph = metric, at.sentence.paragraph
        state.last_anchor = at.st.anchor[0] if carried_from(art, at, metric) else -1
        state.metrics_seen.append(metric)
        if at.sentence.paragraph == 0 and not any(n.startswith("metric:") and "article" in n for n in review):
            art.read_once.setdefault("lede metrics", set()).add(metric)
    if period is not None and not at.st.base_figure and not any(n.startswith("period:") for n in review) \
            and _is_month(period[1]):
        state.months_named.append(period[1])
    if not missing:
        state.previous, state.previous_period, state.previous_paragraph = record, period[1], at.sentence.paragraph
        if at.st.base_figure and state.own is not None and not any(
                n.startswith("period:") and ("carried" in n or "compared with" in n or "elsewhere" in n) for n in review):
            state.last_base = (state.own[1], period[1])
        state.previous_base = at.st.base_figure
        if at.st.kind == "value" and at.st.figure is not None:
            try:
                state.values.append((at.sentence.paragraph, claim_id, metric, Decimal(at.st.figure.value)))
            except (InvalidOperation, TypeError):
                pass
        if not at.st.base_figure:
            state.own = (record, period[1], at.sentence.paragraph)
        # a period the clause names in its own words ("In the first nine months of the year") counts,
        # even when written with a note
        if not at.st.base_figure and not any(n.startswith("period:") and "fiscal year" not in n
                                             and "the first months of" not in n and PART_AT_TOP not in n
                                             and school_counts.COUNTED_ON not in n for n in review) \
                and (at.sentence.start, period[1]) not in state.counted:
            state.periods_named[period[1]] += 1    # a period the clause names itself, once a sentence
            state.phrases.setdefault(period[1], period[0])
            state.counted.add((at.sentence.start, period[1]))
    elif period is not None and not at.st.base_figure \
            and all(m.split(".")[0] in ("comparison", "change", "share", "place") for m in missing) \
            and not any(n.startswith("period:") and PART_AT_TOP not in n for n in review):
        # "The unemployment rate takes a dip in August. ... The rate dropped one-tenth of a percent
        # to 5.4%": a claim left incomplete for another field (what the dip is against) still
        # names its period in its own words, for the clauses after it in its paragraph
        state.previous, state.previous_period, state.previous_paragraph = record, period[1], at.sentence.paragraph
        state.previous_base = False
        if missing == ["comparison.than"] and (period[1].end - period[1].start).days >= 27 \
                and (at.sentence.start, period[1]) not in state.counted:
            # "Overseas visits increased from July 2013 to June 2014": the article's period all the same
            # (not a day: "released a report Tuesday detailing an increase")
            state.periods_named[period[1]] += 1
            state.phrases.setdefault(period[1], period[0])
            state.counted.add((at.sentence.start, period[1]))
    return DraftedClaim(record=record, notes=tuple(review), anchor=at.st.anchor, quote=quote, missing=tuple(missing))


def _statement(art: _Article, at: _At, period, review: list[str], missing: list[str],
               metric: str | None = None) -> dict[str, Any]:
    """The statement's claim-file fields, with the base, `than` or `of` it refers to."""
    st, clause, state = at.st, at.clause, art.state
    statement = {k: (dict(v) if isinstance(v, dict) else v) for k, v in st.fields.items()}
    bases = [m for m in at.times if clause[0] <= m.start and m.end <= clause[1]
             and (_is_base(art.text, m, st) or (m.since and st.kind == "change"))]
    if st.kind == "change":
        statement["change"] = _change(art.text, statement["change"], bases, art.source, period, review, st.anchor)
        if "base" not in statement["change"] and period is not None and st.figure is not None \
                and (month := _month_before(art, metric, period)) is not None:
            # "Nonfarm payrolls rose by 15,000 in July": a monthly level's change, against June
            statement["change"]["base"] = month[0]
            review[:] = [n for n in review if not n.startswith("change.base:")]
            review.append(f"change.base: '{month[0]}', the month before, assumed for a monthly level; check")
    elif st.kind == "comparison":
        since = statement["comparison"].pop("since_year", None)
        if since is not None and period is not None and period[1].end.year - since >= 1:
            # "have grown steadily since 2019", of 2022: up in each of the three years to 2022
            statement["comparison"]["years"] = period[1].end.year - since
        years = statement["comparison"].pop("over_years", None)
        if years is not None and period is not None:
            # "the highest in 28 years" of 2018: the highest since 1990
            statement["comparison"]["window"] = f"since {period[1].end.year - years}"
            review.append(f"comparison.window: 'since {period[1].end.year - years}', {years} years before "
                          f"{period[1].end.year}; check")
        if statement["comparison"]["relation"] not in ("record-high", "record-low", "rise-streak", "fall-streak",
                                                       "first-rise", "first-fall"):
            after = [m for m in bases if m.start >= st.anchor[1]]     # "..., but down from 2020": its own base
            than = periods.phrase_of(art.text, [(after or bases)[0]], art.source.published, period[1]) \
                if bases and period else None
            if than is None and period is not None:
                # "a decrease from 2014 to 2015": of 2015, than 2014
                ends = next((e for g in periods.group([m for m in at.times if clause[0] <= m.start and m.end <= clause[1]])
                             if (e := range_ends(art.text, g, counted_over_time(art.pack, metric))) is not None), None)
                if ends is not None:
                    than = end_of_range(ends[0], art.source)
            if than is None and period is not None:
                than = _implied_base(period) or _month_before(art, metric, period)
                if than is not None:
                    review.append(f"comparison.than: '{than[0]}' assumed (no period compared with is named); check")
            if than is None:
                missing.append("comparison.than")
                review.append("comparison.than: the period compared with is not said; write it")
            else:
                statement["comparison"]["than"] = than[0]
    elif st.kind == "share" and st.share_of_count:
        whole = _whole_of(art, at)
        if whole is not None:
            statement["share"]["of"] = whole
            review.append(f"share.of: '{whole}', the figure before that the count is this share of; check")
        else:
            missing.append("share.of")
            review.append("share.of: no figure before is the whole this count is that share of; write its id")
    elif st.kind == "share":
        if _follows_in_paragraph(art, at) and "place" in state.previous:
            statement["share"]["of"] = state.previous["id"]
            review.append(f"share.of: '{state.previous['id']}', the claim before; check")
        else:
            missing.append("share.of")
            review.append("share.of: the claim this is a share of is not drafted; write its id")
    return statement


def _streak_year(art: _Article, at: _At, period, review: list[str], missing: list[str]):
    """A streak ("have grown steadily since 2019", "declined for the second straight year") ends
    with a whole year: the article's main period when it is one, else the last year over on the day
    of publication; not a year to date or the year the streak began."""
    from auditor.models.statements import STREAKS
    if at.st.kind != "comparison" or at.st.fields["comparison"].get("relation") not in STREAKS:
        return period
    def whole(p):
        return p is not None and (p.start.month, p.start.day, p.end.month, p.end.day) == (1, 1, 12, 31) \
            and p.start.year == p.end.year
    since = at.st.fields["comparison"].get("since_year")
    if period is not None and whole(period[1]) and period[1].start.year != since:
        return period
    main = art.state.main_period
    if main is not None and whole(main[1]) and main[1].start.year != since:
        chosen = main
    else:
        year = art.source.published.latest.year - 1
        chosen = (str(year), periods.resolves(str(year), art.source.published, None))
        if chosen[1] is None:
            return period
    if "period" in missing:
        missing.remove("period")
    review[:] = [n for n in review if not n.startswith("period:")]
    review.append(f"period: '{chosen[0]}', the whole year the streak ends with; check")
    return chosen


def _whole_of(art: _Article, at: _At) -> str | None:
    """The claim a count's share is of ("10,462 calls for service ... 232 were for fire, or 2.2
    percent"): the latest value of this paragraph or the one before, other than the count, of
    which the count is that share, to the percentage's rounding (and a point more for "about")."""

    state = art.state
    if state.previous is None or "value" not in state.previous or not state.values:
        return None
    count = state.values[-1]
    if count[1] != state.previous["id"]:
        return None
    q = at.st.figure
    try:
        fraction = Decimal(q.value)
        slack = Decimal(q.precision or "1") / 2 + (1 if q.qualifier != "exact" else 0)
    except Exception:
        return None
    for paragraph, claim_id, _, figure in reversed(state.values[:-1]):
        if paragraph < at.sentence.paragraph - 1:
            break
        if figure > count[3] > 0 and abs(count[3] * 100 / figure - fraction) <= slack:
            return claim_id
    return None


_AT_THIS_TIME_IN = re.compile(r"\b(?:(?:at|by)\s+)?this\s+(?:time|point)\s+(?:in|of)?\s*$", re.IGNORECASE)


def _same_days_in(text: str, mentions, base, period) -> str | None:
    """ "12 fewer homicides than we did at this time in 2008": the days of the claim's period in
    that year, not the whole year."""
    if base is None or not _AT_THIS_TIME_IN.search(text[max(0, mentions[0].start - 25):mentions[0].start]):
        return None
    year = base[1]
    if (year.start.month, year.start.day, year.end.month, year.end.day) != (1, 1, 12, 31) or year.start.year != year.end.year:
        return None
    if "last year" in base[0].lower() and year.start.year == period.end.year - 1 \
            and (period.start.month, period.start.day) == (1, 1) and (period.end.month, period.end.day) != (12, 31):
        return "same period last year"      # "compared to this time last year"
    try:
        start, end = period.start.replace(year=year.start.year), period.end.replace(year=year.start.year)
    except ValueError:
        return None
    return f"{start.isoformat()}/{end.isoformat()}"


def _month_before(art: _Article, metric: str | None, period):
    """What a monthly level ("Jobs increased slightly in July", a jobless rate) moved against: the
    month before, for a calendar month's level (not a count added up over time), else None."""
    definition = art.pack.metrics.get(metric) if metric else None
    p = period[1]
    if definition is None or (definition.additive_over_time and definition.unit != "percent"):
        return None
    if not (p.start.day == 1 and p.start.year == p.end.year and p.start.month == p.end.month
            and p.end.day == monthrange(p.end.year, p.end.month)[1]):
        return None
    year, month = (p.start.year, p.start.month - 1) if p.start.month > 1 else (p.start.year - 1, 12)
    return f"{year}-{month:02d}", None


def _implied_base(period):
    """What "rose in 2022" / "have declined this year" is compared with: the year before a
    calendar year; the same days a year before for a year to date."""
    p = period[1]
    if p.start.month == 1 and p.start.day == 1 and p.start.year == p.end.year:
        if p.end.month == 12 and p.end.day == 31:
            return str(p.start.year - 1), None
        return "same period last year", None
    return None


def _change(text, change: dict, bases, source: Source, period, review: list[str],
            anchor: tuple[int, int] = (0, 0)) -> dict:
    if bases and period is not None:
        # "a drop of about 7 percent from 2021 and 15 percent from 2013": each figure's own base,
        # the first named after it
        grouped = periods.group(bases)
        after = [g for g in grouped if g[0].start >= anchor[1]]
        chosen = (after or grouped)[0]
        base = periods.phrase_of(text, chosen, source.published, period[1])
        same_days = _same_days_in(text, chosen, base, period[1])
        if same_days is not None:
            review.append(f"change.base: '{same_days}', the same days of that year ('at this time in'); check")
            return {**change, "base": same_days}
        if base is not None:
            return {**change, "base": base[0]}
    if period is None:
        return change
    phrase = period[0]
    from auditor.periods import resolve_period_phrase
    try:
        resolved = resolve_period_phrase(phrase, source.published.latest, None)
    except Exception:
        resolved = None
    if resolved is not None and resolved.parts is not None:
        return change          # "from December to January": measured against December
    if resolved is not None and (resolved.to_date or phrase.startswith("as of")):
        review.append("change.base: 'same period last year' assumed for a year-to-date change; check")
        return {**change, "base": "same period last year"}
    implied = _implied_base(period)
    if implied is not None and implied[0] != "same period last year":
        # "Overdose deaths rose 12% last year": a calendar year's change, against the year before
        review.append(f"change.base: '{implied[0]}', the year before, assumed (no base is named); check")
        return {**change, "base": implied[0]}
    if implied is not None and period[1].end.month > period[1].start.month:
        # "In the first half of 2012, homicides rose 38 percent": the same months a year before
        review.append("change.base: 'same period last year' assumed for a change over the first months of a year; check")
        return {**change, "base": "same period last year"}
    review.append("change.base: the period the change is measured against is not said; add `base:` if the article gives it")
    return change


def _rate_of_main_period(art, metric: str, period, review: list[str]):
    """A rate per head of population said in the present tense with no period ("The statewide
    average is about 27.4 deaths per 100,000 population") is a rate over the article's main
    period (the year its counts are of), not of the day of publication."""
    published = art.source.published
    main = art.state.main_period
    definition = art.pack.metrics.get(metric)
    if not period or main is None or definition is None or rate_scale(definition.unit) is None \
            or not (period[1].start == period[1].end == published.earliest) or main[1].start == main[1].end:
        return period
    review[:] = [n for n in review if not n.startswith("period: the publication day")]
    review.append(f"period: '{main[0]}', the article's main period (a rate is over a period, not a day); check")
    return main


# "That's a 30 percent increase over 2014": a sentence restating the figure before, in its voice
_THAT_IS = re.compile(r"\s*(?:(?:That|This)(?:['’]s|\s+is|\s+was|\s+represents|\s+marks|\s+amounts\s+to)\b"
                      # "Those fire deaths represent a 7% decrease": the figures before, restated
                      r"|(?:Those|These)\s+(?:[a-z-]+\s+){0,2}(?:represent|mark|amount\s+to)\b"
                      # "However, the number of heroin-related deaths increased ...": the same source goes on
                      r"|(?:However|Meanwhile|Also|Still|In\s+addition|At\s+the\s+same\s+time),)")


# "Soon said officials projected $35.7 million. But because of the strike, revenue will ...": her line goes on
_CONTRASTED = re.compile(r"\s*But\b")


_POINTS_ON = re.compile(r"\s*(?:(?:That|This)(?:['’]s|\s+is|\s+was|\s+compares|\s+represents|\s+marks|\s+amounts\s+to)\b"
                        # "By that time last year, there had been 10 ...": the same count a year before
                        r"|(?:By|At|In|During|Over)\s+(?:that|this|the)\s+(?:same\s+)?(?:time|point|period)\s+"
                        r"(?:last\s+year|a\s+year\s+(?:ago|earlier|before)|in\s+(?:19|20)\d\d)\b)")


# "..., according to the U.S. Census Bureau. The increase was 5.8% above ...": a sentence that goes on
# with the same figures (the change, the total, "That", "It") opens with words that point back to them
_GOES_ON = re.compile(r"\s*(?:The\s+(?:increase|decrease|rise|drop|decline|jump|gain|fall|spike|total|tally|change)\b|(?:That|This|It)(?:['’]s|\s+(?:is|was|marks|marked|represents|represented|amounts|amounted|"
                      r"compares|compared|equals|equaled|brings|brought|puts|put)\b)"
                      # "At the same time last year, there were 54."
                      r"|(?:By|At|In|During|Over)\s+(?:that|this|the)\s+(?:same\s+)?(?:time|point|period)\s+"
                      r"(?:last\s+year|a\s+year\s+(?:ago|earlier|before)|in\s+(?:19|20)\d\d)\b)")


# A sentence that opens by naming the figures just said ("That figure stood at 1,738 for 2020", "Those fire
# deaths represent a 22 percent increase"): not "That's ..." nor "This is ...", the reporter's own
# reckoning as often as the speaker's
_RESTATED = re.compile(r"\s*(?:(?:That|This|Those|These)\s+(?:figures?|numbers?|totals?|counts?)\b"
                       r"|(?:Those|These)\s+(?:[a-z-]+\s+){1,2}(?:represent|mark|amount\s+to)\b"
                       r"|(?:That|This)\s+(?:figure|number|total|count|increase|decrease|rise|drop|decline)\s+(?:represents|marks|amounts\s+to)\b)")
# a sentence naming its own source ("These numbers come from the FBI", "counted by the medical examiner")
_OWN_SOURCE = re.compile(r"\baccording\s+to\b|\b(?:counted|reported|recorded|tallied)\s+by\b|\b(?:come|came|comes)\s+from\b|\b[A-Z][\w.]*\s+(?:counted|reported|recorded|tallied|says?|said)\b|\b(?:by|from)\s+the\s+[A-Z]|,\s+(?:\w+\s+){1,3}(?:say|says|said),")
_FIGURES_NAMED = re.compile(r"\s*(?:That|This|Those|These)\s+(?:figures?|numbers?|totals?|counts?)\b")


def _voice(text, st, sentence, clause, quotes, paragraph, cast, voice_here, state: _State, speakers):
    """(speaker, attribution, note) of a statement."""
    at = st.anchor[0]
    inside = next((q for q in quotes if q[0] <= at < q[1]), None)
    if inside is not None:
        speaker = attribution.quote_speaker(text, inside, sentence.end, paragraph, cast) or speakers[sentence.paragraph]
        note = None
        if speaker is None:
            for back in (1, 2):     # a quotation that names no one continues the voice quoted just before
                if sentence.paragraph - back >= 0 and speakers[sentence.paragraph - back]:
                    speaker = speakers[sentence.paragraph - back]
                    note = f"speaker: '{speaker}', who was quoted just before (this quotation names no one); check"
                    break
        if speaker is None and state.voice is not None and state.voice.kind == "paraphrase" \
                and 0 <= sentence.paragraph - state.voice_paragraph <= 2:
            # "Secretary-Treasurer Bettina Ketcham confirms that ..." then a quotation: hers
            speaker = state.voice.speaker
            note = f"speaker: '{speaker}', paraphrased just before (this quotation names no one); check"
        if speaker is None:
            note = "speaker: the quotation names no speaker; write who said it"
        return speaker, "direct-quote", note
    if voice_here is not None:
        return voice_here.speaker, voice_here.kind, voice_here.note
    if state.voice is not None and state.voice_paragraph == sentence.paragraph and state.voice.kind == "paraphrase" \
            and state.voice.leads and (state.voice.presents or _CONTRASTED.match(text, sentence.start, sentence.end)):
        return (state.voice.speaker, "paraphrase",
                f"attribution: read as {state.voice.speaker}'s paraphrase, continued from the sentence before; check")
    if state.voice is not None and state.voice_paragraph == sentence.paragraph and state.voice.kind == "paraphrase" \
            and _RESTATED.match(text, sentence.start, sentence.end) \
            and not _OWN_SOURCE.search(text, sentence.start, sentence.end):
        # "Manitoba RCMP reported 1,848 ... That figure stood at 1,738 for 2020": the figures said just
        # before, restated or set against others, by the one who said them
        return (state.voice.speaker, "paraphrase",
                f"attribution: read as {state.voice.speaker}'s paraphrase, the sentence before's figures restated; check")
    if state.voice is not None and state.voice_paragraph == sentence.paragraph and state.voice.kind == "paraphrase" \
            and state.voice.speaker and _ACCORDING_OPENS.match(text, paragraph[0]) \
            and _named_again_saying(text, state.voice.speaker, sentence.end, paragraph[1]):
        # "According to police spokesperson Jane Roe, ... About 32 per cent ... In 2020, 23 per cent ...,
        # Roe said.": the sentences between one speaker's two citations in a paragraph are theirs (not
        # after "..., said Chris White." closing the paragraph's first sentence: the hands write the reporter's)
        return (state.voice.speaker, "paraphrase",
                f"attribution: read as {state.voice.speaker}'s paraphrase, cited before and after it in the paragraph; check")
    if state.voice is not None and state.voice.kind == "document" and (
            (state.voice_paragraph == sentence.paragraph
             and ((state.voice.sourcing and state.voice.leads) or _THAT_IS.match(text, sentence.start, sentence.end)
                  or _GOES_ON.match(text, sentence.start, sentence.end)
                  or (_FIGURES_NAMED.match(text, sentence.start, sentence.end)
                      and not _OWN_SOURCE.search(text, sentence.start, sentence.end))))
            # "... show that the count totaled 20,429 students." then a paragraph "That compares to 21,216 ..."
            or (state.voice_paragraph == sentence.paragraph - 1 and sentence.start == paragraph[0] + (
                len(text[paragraph[0]:sentence.start]) - len(text[paragraph[0]:sentence.start].lstrip()))
                and _POINTS_ON.match(text, sentence.start, sentence.end))):
        return (state.voice.speaker, "document",
                "attribution: read as the document cited in the sentence before, continued; check")
    if state.voice is not None and state.voice_announced and state.voice_paragraph < sentence.paragraph:
        # "The NHTSA released early estimates of traffic deaths in 2019." alone, then the figures: the
        # estimates', paragraph after paragraph, until someone else is cited
        return (state.voice.speaker, "document",
                f"attribution: read as the document {state.voice.speaker} released, announced before; check")
    return None, "reporter", None


_A_DIGIT = re.compile(r"\d")
_ACCORDING_OPENS = re.compile(r"\s*According\s+to\b")


def _named_again_saying(text: str, speaker: str, start: int, end: int) -> bool:
    """Whether the speaker ("Jane Roe, police spokesperson": her surname; "police") is cited again at the
    end of a sentence between `start` and `end` ("..., Roe said.", "..., said Roe."; not "Roe says with
    two weeks left ...", a sentence of her own)."""
    name = speaker.split(",")[0].split()
    if not name:
        return False
    who = re.escape(name[-1])
    return re.search(rf",\s+(?:{who}\s+(?:said|says|added|noted)|(?:said|says|added)\s+{who})\s*[.!?]", text[start:end]) is not None


def _whole_paragraph(text: str, paragraph: tuple[int, int], sentence) -> bool:
    """Whether the sentence is all its paragraph holds (but for white space)."""
    return not text[paragraph[0]:sentence.start].strip() and not text[sentence.end:paragraph[1]].strip()


def _source_record(source: Source) -> dict[str, Any]:
    record: dict[str, Any] = {"id": source.id, "title": source.title, "publisher": source.publisher, "kind": source.kind}
    if source.url:
        record["url"] = source.url
    p = source.published
    record["published"] = p.earliest.isoformat() if p.is_exact else {"earliest": p.earliest.isoformat(),
                                                                   "latest": p.latest.isoformat()}
    record["text"] = source.text
    return record


def _validated(drafted: list[DraftedClaim], source: Source, pack: Pack) -> list[DraftedClaim]:
    """Validate the complete claims as a claim file would be; a claim that fails is noted and left incomplete."""
    from auditor.errors import InputError
    from auditor.loading.corpus import load_records

    for _ in range(4):
        complete = [i for i, d in enumerate(drafted) if not d.missing]
        records = {"sources": [_source_record(source)], "claims": [drafted[i].record for i in complete]}
        try:
            corpus = load_records(records, pack=pack, name="<draft>")
        except InputError as error:
            failed: dict[int, list[str]] = {}
            for problem in error.problems:
                hit = re.match(r"claims\[(\d+)\]", problem.field or "")
                if hit is None:
                    # a problem the loader does not locate at a claim (a statement checked against
                    # the metric's unit): find the claims that fail by validating each alone
                    failed = _failing_alone(drafted, complete, source, pack)
                    if not failed:
                        raise
                    break
                failed.setdefault(complete[int(hit.group(1))], []).append(f"{problem.field}: {problem.message}")
            for index, messages in failed.items():
                d = drafted[index]
                drafted[index] = DraftedClaim(d.record, d.notes + tuple(messages), d.anchor, d.quote,
                                              d.missing + ("valid",), None)
            continue
        by_id = {c.id: c for c in corpus.claims}
        return [DraftedClaim(d.record, d.notes, d.anchor, d.quote, d.missing,
                             None if d.missing else by_id.get(d.record["id"])) for d in drafted]
    return drafted


def _failing_alone(drafted: list[DraftedClaim], complete: list[int], source: Source, pack: Pack) -> dict[int, list[str]]:
    """{index: problems} of the complete claims that fail validation, each checked after the
    claims before it that pass (so a claim referring back still has what it refers to)."""
    from auditor.errors import InputError
    from auditor.loading.corpus import load_records

    failed: dict[int, list[str]] = {}
    accepted: list[dict] = []
    for index in complete:
        try:
            load_records({"sources": [_source_record(source)], "claims": accepted + [drafted[index].record]},
                         pack=pack, name="<draft>")
        except InputError as error:
            failed[index] = [f"{p.field}: {p.message}" for p in error.problems]
            continue
        accepted.append(drafted[index].record)
    return failed
