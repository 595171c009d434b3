"""Which claims are most likely wrong: the costs of doubting claims, and the cheapest set of
claims whose doubt lets the rest hold together (a minimum-weight correction set).

Costs come from the pack (rules/suspicion.yaml): who says a claim, what kind of statement
it is, and how many claims of the same voice repeat its figure. The correction set is found
exactly by implicit hitting sets: a set of claims that cannot hold together (a core z3
reports) must lose at least one member, so the cheapest set of claims that meets every core
found so far is doubted (exact: a branch and bound of its own when that set is the only
cheapest one, else z3's MaxSAT optimiser); if the rest still cannot hold, their core, made
minimal, joins the list and the search goes on.
"""

from __future__ import annotations

import re
from datetime import timedelta
from decimal import Decimal, InvalidOperation
from fractions import Fraction
from math import lcm
from typing import Callable, NamedTuple

from auditor.engine.compile import CompiledClaim, rate_as_ratio
from auditor.engine.quotes import own_sentence
from auditor.pack.plans import plan_metrics, revision_param


# z3's MaxSAT engine for the hitting sets: 'wmax' and the default 'maxres' are both exact
# (the same optimum); on the Kansas City corpus's hitting sets wmax took half the time
MAXSAT_ENGINE = "wmax"


class Voice(NamedTuple):
    """Who states a claim, as its cost sees it."""

    authority: str        # a key of the pack's suspicion.authority table
    statement: str        # a key of the pack's suspicion.statement table
    publisher: str        # copies by one voice (models.claims.Source.voice) count once
    # the sentence it is stated in (source, quoted words, metric), and what its cost is
    # multiplied by when another figure of that sentence and metric is doubted
    # (the pack's suspicion.statement `beside-a-doubted-figure`; None: not at all)
    sentence: tuple | None = None
    beside_doubted: Fraction | None = None
    # the earlier of two figures its sentence gives for one quantity (said_first)
    said_first: bool = False
    # True: its sentence gives it alone, and another of its source's sentences gives a pair of
    # figures of its metric with a change or share; False: it is in such a pair; None: neither
    # (in_one_sentence)
    alone: bool | None = None
    # days from the end of its period to its source's earliest publication day (named_first:
    # a copy given years on is named before one given in its day)
    days_after: int = 0
    # ... and to its latest one (named_first: a copy surely given before the others)
    days_until: int = 0
    # when it was given, as named_first and looked_back see it (the pack's suspicion.copies): IN_ITS_DAY (within
    # `in_its_day` days of its period's end; so is a claim of no period), YEARS_ON (more than
    # `years_on` days after), or ""
    given: str = "in its day"
    # its figure carries a qualifier ("about 40%", "nearly 600", "more than 400"), whose default
    # reading is a calibrated guess the generous one widens (hedged)
    hedged: bool = False
    # its source is the body's own release, whose words the other copies retell (named_first;
    # the pack's suspicion.released_first)
    released: bool = False
    # it strayed from the counting body's word already out (revisions.strayed_from_the_body):
    # named first among its copies (named_first)
    strayed: bool = False
    # for a change whose copies two or more clearly distinct tellers print beside their own
    # figures: the teller whose statement it is (tellers_apart, teller_name); copies of other
    # tellers are not its copies
    teller: str = ""
    # another source gave its figure for the neighbouring period (told_for_a_neighbouring_period):
    # when it is doubted, so are its sentence's figures of its period so told (beside_doubted)
    misdated: bool = False
    # it is a containing place's count retold under its place's name (told_for_its_part): no
    # figure of its place's count, that a later one restates or that restates an earlier one
    the_wholes: bool = False


def statement_key(claim, pack=None) -> str:
    """The suspicion.statement key of a claim (its first reading for an ambiguous claim); a
    rate's figure is worked out from a count and a population (rules/rates.yaml), when the
    pack gives rates a cost of their own."""
    st = claim.statements()[0][2]
    if st.comparison is not None and st.comparison.relation.startswith("record"):
        return "record"
    if (st.value is not None and pack is not None and "rate" in pack.suspicion.statement
            and pack.rate_of(claim.metric) is not None):
        return "rate"
    return st.kind


def voice_of(claim, source, pack=None) -> Voice:
    if source.authority:
        authority = source.authority
    elif source.kind in ("dataset", "official-statement"):
        authority = source.kind
    else:
        authority = claim.attribution
    return Voice(authority, statement_key(claim, pack), source.voice)


def figure_key(c: CompiledClaim):
    """What a claim states, for telling copies apart: its subject and its intervals at both
    readings (None for claims with several readings or none to compare). Copies say the
    same thing to the solver: doubting some of them and not the others never helps."""
    if len(c.readings) != 1 or c.readings[0].invalid:
        return None
    s, g = c.readings[0].subject["default"], c.readings[0].subject["generous"]
    if s is None or s.kind == "order":
        return None
    return (s.kind, s.terms, s.numerator, s.denominator, s.interval, g.interval if g is not None else None)


# the suspicion.statement key of a change or rate worked out from figures its own article
# states (own_arithmetic), when the pack gives it a cost
OWN_ARITHMETIC = "own-arithmetic"
# the suspicion.statement key whose cost multiplies a plain figure's when another figure of
# the same sentence and metric is doubted (analysis._tensions), when the pack gives it
BESIDE_DOUBTED = "beside-a-doubted-figure"
# the suspicion.statement key whose cost multiplies a retelling's when the teller's own words,
# out before it, give the quantity another figure (retold_against_its_teller), when the pack gives it
RETOLD = "retold-against-its-teller"
# the suspicion.statement key of a change given before its period had ended (a year's change
# announced in its last weeks, "will finish 2024 with a 34% reduction"), when the pack gives it
CHANGE_SO_FAR = "change-before-its-period-ended"
LOOKED_BACK = "looked-back-years-on"
# the suspicion.statement key whose cost multiplies the figures of a speaker who does not keep
# the count (not_the_counter), when the pack gives it
NOT_THE_COUNTER = "not-the-counter"
# the suspicion.statement key whose cost multiplies a figure its own article gives for another
# count of the same place and period (another_counts_figure), when the pack gives it
ANOTHER_COUNTS = "another-counts-figure"
# the suspicion.statement key whose cost multiplies an approximate count so far above a later
# exact figure for a longer stretch from the same day (so_far_above_the_whole), when the pack gives it
ABOVE_THE_WHOLE = "so-far-above-the-whole"
# the suspicion.statement key whose cost multiplies a figure another source gives for a place
# containing its place (told_for_its_part), when the pack gives it
WHOLES_FIGURE = "the-wholes-figure"
# the suspicion.statement key whose cost multiplies a figure another source gave for the
# neighbouring period (told_for_a_neighbouring_period), when the pack gives it
ANOTHER_PERIOD = "another-periods-figure"
# the suspicion.statement key whose cost multiplies a count's figure for a stretch that an
# earlier article gave for a shorter stretch from the same day (stretched), when the pack gives it
STRETCHED = "stretched-from-a-shorter-stretch"
# the suspicion.statement key whose cost multiplies a change told as a multiple ("doubled",
# "twice as many": told_as_a_multiple), when the pack gives it
MULTIPLE = "told-as-a-multiple"


def assign_costs(compiled: list[CompiledClaim], corpus) -> None:
    """Each claim's voice and cost of doubting it (rules/suspicion.yaml); a figure repeated
    by one publisher shares one cost among its copies, and a change or rate its own article
    works out from figures it states costs what the pack's `own-arithmetic` says (to doubt
    the figures is to doubt it)."""
    table = corpus.pack.suspicion
    copies: dict[tuple, int] = {}
    keys = []
    for c in compiled:
        claim = corpus.claim(c.claim_id)
        c.voice = voice_of(claim, corpus.sources[claim.source], corpus.pack)
        keys.append(figure_key(c))
    keys = _repeats(compiled, keys)
    group = _copy_groups(compiled, keys, corpus)
    for c, key in zip(compiled, keys):
        if key is not None:
            copies[group[c.claim_id]] = copies.get(group[c.claim_id], 0) + 1
    if OWN_ARITHMETIC in table.statement:
        by_id = {c.claim_id: c for c in compiled}
        in_source: dict[str, list[str]] = {}
        for c in compiled:
            in_source.setdefault(corpus.claim(c.claim_id).source, []).append(c.claim_id)
        for c in compiled:
            if c.voice.statement in ("change", "rate") and \
                    own_arithmetic(c.claim_id, "default", by_id, corpus, in_source) is not None:
                c.voice = c.voice._replace(statement=OWN_ARITHMETIC)
    if table.changes_told_apart:
        tellers = tellers_apart(compiled, keys, corpus)
        for c in compiled:
            if c.claim_id in tellers:
                c.voice = c.voice._replace(teller=tellers[c.claim_id])
    for c in compiled:
        q = c.stated or c.own
        if q is not None:
            claim = corpus.claim(c.claim_id)
            if c.voice.statement == "change" and CHANGE_SO_FAR in table.statement \
                    and corpus.sources[claim.source].published.latest < q.end and counted_over_time(q, corpus.pack):
                c.voice = c.voice._replace(statement=CHANGE_SO_FAR)
            days = (corpus.sources[claim.source].published.earliest - q.end).days
            until = (corpus.sources[claim.source].published.latest - q.end).days
            c.voice = c.voice._replace(days_after=max(0, days), days_until=max(0, until),
                                       given=given_when(max(0, days), table.copies),
                                       released=c.voice.authority in table.released_first)
        if hedged(corpus.claim(c.claim_id)):
            c.voice = c.voice._replace(hedged=True)
    figures = _unhedged_figures(compiled, corpus)     # built once for the three rules that read them
    first = said_first(compiled, corpus) | disputing_the_counter(compiled, corpus) | set_aside_in_words(compiled, corpus) \
        | percent_beside_its_difference(compiled, corpus) \
        | named_for_another_count(corpus, figures) | carried_over(corpus, figures) | looked_back(compiled, figures)
    late = looked_back(compiled, figures, alone=True) if LOOKED_BACK in table.statement else set()
    outside = not_the_counter(compiled, corpus) if NOT_THE_COUNTER in table.statement else set()
    misplaced = another_counts_figure(corpus, figures, table.another_counts_from) \
        if ANOTHER_COUNTS in table.statement else set()
    the_wholes = told_for_its_part(corpus, figures) if WHOLES_FIGURE in table.statement else set()
    overstated = so_far_above_the_whole(compiled, corpus, figures) if ABOVE_THE_WHOLE in table.statement else set()
    tied_together, lone = in_one_sentence(compiled, keys, corpus)
    longer = stretched(corpus, figures, table.stretched_by_days, table.stretched_grows_by) if STRETCHED in table.statement else set()
    misdated = told_for_a_neighbouring_period(corpus, figures, table.another_periods_from) \
        if ANOTHER_PERIOD in table.statement else set()
    for c in compiled:
        if c.claim_id in first:
            c.voice = c.voice._replace(said_first=True)
        if c.claim_id in tied_together or c.claim_id in lone:
            c.voice = c.voice._replace(alone=c.claim_id in lone)
    mate = table.statement.get(BESIDE_DOUBTED)
    retold = table.statement.get(RETOLD)
    misretold = retold_against_its_teller(compiled, corpus) if retold is not None else set()
    for c, key in zip(compiled, keys):
        base = Fraction(table.authority[c.voice.authority].cost) * Fraction(table.statement[c.voice.statement].cost)
        if c.claim_id in misretold:
            base *= Fraction(retold.cost)
        if c.claim_id in late:
            base *= Fraction(table.statement[LOOKED_BACK].cost)
        if c.claim_id in outside:
            base *= Fraction(table.statement[NOT_THE_COUNTER].cost)
        if c.claim_id in misplaced:
            base *= Fraction(table.statement[ANOTHER_COUNTS].cost)
        if c.claim_id in the_wholes:
            base *= Fraction(table.statement[WHOLES_FIGURE].cost)
            c.voice = c.voice._replace(the_wholes=True)
        if c.claim_id in overstated:
            base *= Fraction(table.statement[ABOVE_THE_WHOLE].cost)
        if c.claim_id in longer:
            base *= Fraction(table.statement[STRETCHED].cost)
        if c.claim_id in misdated:
            base *= Fraction(table.statement[ANOTHER_PERIOD].cost)
            c.voice = c.voice._replace(misdated=True)
        if MULTIPLE in table.statement and told_as_a_multiple(corpus.claim(c.claim_id)):
            base *= Fraction(table.statement[MULTIPLE].cost)
        c.cost = base / copies[group[c.claim_id]] if key is not None else base
        if mate is not None and c.statement_kind == "value" and c.stated is not None:
            claim = corpus.claim(c.claim_id)
            c.voice = c.voice._replace(sentence=(claim.source, claim.quote.text, claim.metric),
                                       beside_doubted=Fraction(mate.cost))
        elif mate is not None and c.statement_kind == "change":
            # never lowered itself: its sentence spares the figures it relates (beside_doubted)
            claim = corpus.claim(c.claim_id)
            c.voice = c.voice._replace(sentence=(claim.source, claim.quote.text, claim.metric))


def told_as_a_multiple(claim) -> bool:
    """Rule: a change told as a multiple ("doubled", "double what the city recorded", "twice as
    many", "tripled") is the coarsest word for a change, one a writer reaches for from well short
    of it: KSLA's "double what the city recorded in 2015" and KTBS's "a nearly doubled homicide
    count" for 42 or 44 against 28, 1.5 times (Shreveport); the district attorney's "doubled" for
    65 against 44 (Buffalo). Two such words cost less to doubt than the exact count they both
    overstate. Whether a claim's (first) statement is such a change."""
    st = claim.statements()[0][2]
    return st.change is not None and st.change.measure == "ratio"


def counted_over_time(q, pack) -> bool:
    """Whether a quantity is a count that adds up over its period (homicides, not a budget, a
    plan for its whole year, nor a stock at a date): its figure before the period ended is the
    count so far."""
    metric = pack.metrics.get(q.metric)
    return metric is not None and metric.additive_over_time and not metric.stock


_NUMBER = re.compile(r"\d[\d,]*(?:\.\d+)?")


def hedged(claim) -> bool:
    """Rule: a figure with a qualifier ("about 40%", "nearly 600", "more than 400") is read by
    default as a calibrated guess at what its words allow (rules/qualifiers.yaml), which the
    generous reading widens; a soft tension, one only the default reading finds, turns on such
    a guess. So at the default reading, of sets of claims equally cheap to doubt, the one of
    qualified figures is doubted first: NBC10's "dropped about 40%" before the Inquirer's
    exact "142 fewer" (audit: analysis._tensions). Whether a claim's (first) figure carries a
    qualifier other than exact."""
    st = claim.statements()[0][2]
    amount = st.value if st.value is not None else (st.change.by if st.change is not None else None)
    return amount is not None and amount.qualifier not in ("exact", "exactly")


# when a copy was given (Voice.given): within the pack's suspicion.copies.in_its_day days of its
# period's end, or more than its years_on days after it (a look back; named_first)
IN_ITS_DAY = "in its day"
YEARS_ON = "years on"


def given_when(days_after: int, copies) -> str:
    """When a figure given `days_after` days after its period's end was given, as named_first
    sees it: IN_ITS_DAY, YEARS_ON or "" (between), by the pack's suspicion.copies
    (pack.model.CopiesNamed: in_its_day, years_on)."""
    if days_after <= copies.in_its_day:
        return IN_ITS_DAY
    if days_after > copies.years_on:
        return YEARS_ON
    return ""


def named_first(doubted: str, copies: list[str], by_id: dict) -> str:
    """Rule: of the copies of a doubted figure (one voice's, or one speaker's word retold), one
    given years after its period is named before one given in its day: a count printed on the
    year's last day and printed again three years on (NBC10's "559 ... in 2021", on 31 December
    2021 and in 2024) is, in its day, a count to date that the year's end moved; years later it
    is a figure misremembered, and that is the statement to correct. `doubted`: the copy the
    audit doubted (the first by id); it stays named unless it was given in its day (within the
    pack's suspicion.copies.in_its_day days of its period's end) and another copy years on
    (more than its years_on days after; the latest such, then by id). Of copies all given in
    their day, the body's own release (an authority in the pack's suspicion
    `released_first`) is named before its retellings, which repeat its words: the Denver
    police's release of 2 January 2026, "48% fewer homicides", 37 against 70, before Colorado
    Politics' and CPR's "police said" of it; with no release among them, the copy surely given
    before the others (its latest publication day before their earliest) is named, as the one
    they repeat (the Pittsburgh Union Progress's "rose by 2.25%" of May 2024, before a later
    rewrite's copy of it). Before both, a copy that strayed from the body's word already out
    (Voice.strayed; Baltimore: The Washington Times's 262 of May 2025, after BPD's 261, before
    WMAR's 262 of January 2024). Copies all years on are named as before."""
    def days(cid):
        c = by_id.get(cid)
        return c.voice.days_after if c is not None and c.voice is not None else 0

    def given(cid):
        c = by_id.get(cid)
        return c.voice.given if c is not None and c.voice is not None else IN_ITS_DAY
    if not copies or given(doubted) != IN_ITS_DAY:
        return doubted
    late = [cid for cid in copies if given(cid) == YEARS_ON]
    strays = [cid for cid in [doubted, *copies] if by_id.get(cid) is not None and by_id[cid].voice is not None
              and by_id[cid].voice.strayed]
    if not late and strays:
        return doubted if doubted in strays else min(strays)
    if not late:
        released = [cid for cid in [doubted, *copies] if given(cid) == IN_ITS_DAY and by_id.get(cid) is not None
                    and by_id[cid].voice is not None and by_id[cid].voice.released]
        if released:
            return doubted if doubted in released else min(released)
        group = [doubted, *copies]
        first = [cid for cid in group if by_id.get(cid) is not None and by_id[cid].voice is not None
                 and all(by_id[cid].voice.days_until < days(o) for o in group if o != cid)]
        return first[0] if first else doubted
    top = max(days(cid) for cid in late)
    return min(cid for cid in late if days(cid) == top)


def body_name(text: str) -> str:
    """A body's or outlet's name as names are compared: case, punctuation and a leading "The"
    aside ("El Paso police" is "El Paso Police"; "Memphis-Shelby Crime Commission" is
    "Memphis Shelby Crime Commission")."""
    return " ".join(re.sub(r"[^\w\s]", " ", text.casefold()).split()).removeprefix("the ")



def retold_against_its_teller(compiled: list[CompiledClaim], corpus) -> set[str]:
    """Rule: a figure another outlet credits to a news outlet ("the Star Tribune reports"),
    where that outlet's own article, out no later than the retelling, gives the same quantity
    a figure apart from it, retells it wrongly: the teller's words are at hand, and a
    summary that misreads them (a columnist's "just 1.3 officers per 1,000 residents" for
    the report's "1.3 ... [Portland], compared to 1.4 in Minneapolis") is the statement to
    correct, whatever a paraphrase weighs against a reporter's own sentence elsewhere. Only
    an outlet as teller (a source's voice): a body's later word restates its own figures
    (revisions.py), and an official's retold words have no article of their own here.
    The claims whose cost the pack's `retold-against-its-teller` multiplies."""
    from auditor.engine.revisions import plain_figure
    own: dict[tuple, list[tuple[object, object]]] = {}   # (voice, quantity) -> (interval, earliest day)
    told = []
    for c in compiled:
        claim = corpus.claim(c.claim_id)
        source = corpus.sources[claim.source]
        figure = plain_figure(c)
        if figure is None:
            continue
        if claim.attribution == "paraphrase" and claim.speaker and body_name(claim.speaker) != body_name(source.voice):
            told.append((c.claim_id, body_name(claim.speaker), figure, source.published.earliest))
        elif claim.attribution == "reporter" and source.kind == "news":
            own.setdefault((body_name(source.voice), figure[0]), []).append((figure[1], source.published.earliest))
    return {cid for cid, teller, (quantity, interval), day in told
            if any(iv.intersect(interval) is None and when <= day for iv, when in own.get((teller, quantity), ()))
            and not any(iv.intersect(interval) is not None for iv, _ in own.get((teller, quantity), ()))}


def disputing_the_counter(compiled: list[CompiledClaim], corpus) -> set[str]:
    """Rule: an article that gives the counting body's figure for a quantity (the police's,
    the city's: revisions.counting_body) and, beside it, another named speaker's different
    figure for it (a union's president "says the shortage ... is even steeper, reporting a gap
    of 322" beside the department's 301) gives a dispute; when nothing else tells the two
    apart (they cost the same to doubt), the other speaker's figure is doubted first, as the
    figure written first is (said_first), instead of the one whose id sorts first."""
    from auditor.engine.revisions import plain_figure
    forms: dict = {}
    known: dict[tuple[str, str], bool] = {}   # each (body, place) worked out once
    groups: dict[tuple, list[tuple[bool, str, object]]] = {}
    for c in compiled:
        claim = corpus.claim(c.claim_id)
        if claim.attribution not in ("paraphrase", "direct-quote") or not claim.speaker:
            continue
        figure = plain_figure(c)
        if figure is None:
            continue
        counter = _keeps_the_count(claim, corpus, known, forms)
        groups.setdefault((claim.source, figure[0]), []).append((counter, c.claim_id, figure[1]))
    out: set[str] = set()
    for members in groups.values():
        counters = [iv for counter, _, iv in members if counter]
        out |= {cid for counter, cid, iv in members
                if not counter and counters and all(iv.intersect(o) is None for o in counters)}
    return out


def _keeps_the_count(claim, corpus, known: dict, forms: dict) -> bool:
    """Whether the body a claim's figure is credited to keeps the count (revisions.counting_body:
    the place's government, its police and their officials); `known`, `forms`: the caller's
    caches, each (body, place) worked out once."""
    from auditor.engine.revisions import body_of, counting_body
    body = body_of(claim, corpus.sources[claim.source], corpus.pack)
    if (body, claim.place) not in known:
        known[body, claim.place] = counting_body(body, claim, corpus.pack, forms).startswith("government of ")
    return known[body, claim.place]


def not_the_counter(compiled: list[CompiledClaim], corpus) -> set[str]:
    """Rule: a figure credited to a person whose title says they speak for a council or a police
    union (the pack's suspicion `not_the_counter_words`, whole words, in the title up to its next
    comma, an age, party or ward before it aside: "David James, Metro Council President", "Rick
    Snyder, Fraternal Order of Police president", "Jane Roe, 52, City Council member", or before
    the name: "Council President Jane Roe, D-Ward 3"; not a council's "... Budget Office"), not
    for the body that keeps the count, is a side's word in a debate, not the counter's: its cost
    is multiplied by the statement `not-the-counter` (the council president's "more than 700
    non-fatal shootings" of 2020 against LMPD's counts; Louisville). Not a figure the speaker
    relays from a record (_relayed), nor a plan's (a council adopts its budget: plans.plan_metrics)."""
    words = corpus.pack.suspicion.not_the_counter_words
    if not words:
        return set()
    said = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in words)
    title = re.compile(r"\b(?:" + said + r")\b", re.IGNORECASE)
    # "Council President Jane Roe": the title, then a capitalized name closing the speaker
    before = re.compile(r"\b(?i:" + said + r")\b(?:\s+[A-Z][\w.'’-]*)*\s+[A-Z][\w.'’-]+\s+[A-Z][\w.'’-]+$")
    plans = plan_metrics(corpus.pack)
    forms: dict = {}
    known: dict[tuple[str, str], bool] = {}
    out: set[str] = set()
    for c in compiled:
        claim = corpus.claim(c.claim_id)
        if claim.attribution not in ("paraphrase", "direct-quote") or claim.metric in plans:
            continue
        # a person named with a title: a council or a union as a body ("Minneapolis City
        # Council" on its own budget, "National Safety Council data") is not one
        name, comma, rest = (claim.speaker or "").partition(", ")
        parts = [p for p in _PARENTHESES.sub("", rest).split(",") if not _AGE_OR_PARTY.match(p)]
        held = (before.search(name) and name.split()[-1] not in _BODY_ENDS) \
            or (comma and parts and title.search(parts[0]))
        if held and not _relayed(claim, corpus.pack) and not _keeps_the_count(claim, corpus, known, forms):
            out.add(c.claim_id)
    return out


_PARENTHESES = re.compile(r"\([^()]*\)")
# a name's suffix, not its surname: "Jane Roe Jr."
_SUFFIXES = ("jr", "sr", "ii", "iii", "iv")
# an appositive before a title: "Jane Roe, 52, City Council member", "..., a Democrat, ...", "..., D-Ward 3",
# "Jane Roe, Jr., ..."
_AGE_OR_PARTY = re.compile(
    r"\s*(?:\d{1,3}|an?\s+(?:Democrat|Republican|Independent)\w*|[DRI]-[\w .-]*|(?i:%s)\.?)\s*$" % "|".join(_SUFFIXES))
# "City Council Public Safety Committee": a council's body, not a person with a title
_BODY_ENDS = {"Committee", "Office", "Staff", "Commission", "Department", "Board"}
# "citing police figures", "according to police": the figure is another's, relayed
_RELAYING = re.compile(r"\b(?:citing|according\s+to)((?:\s+[\w.'’-]+){1,6})", re.IGNORECASE)
_OWN_WORDS = {"my", "our", "his", "her", "their", "me", "us", "him", "them"}
_BODY_WORDS = {"police", "department", "office", "sheriff", "sheriff's", "agency", "bureau", "city", "county", "state"}


def _relayed(claim, pack) -> bool:
    """Whether a speaker relays a record rather than giving their own figure: the speaker's
    parenthesis names a record (RV001's `record_words`: "Jane Roe, City Council member (city
    data)"), or the speaker or the quote says whose figure it is ("citing Police Department
    data", "according to police"), someone other than the speaker ("according to Council
    President Jane Roe" is her own), in the quote's sentence that holds the figure."""
    speaker = claim.speaker or ""
    records = [w.lower() for w in revision_param(pack, "record_words", ())]
    if any(re.search(r"\b" + re.escape(w) + r"\b", p.lower()) for p in _PARENTHESES.findall(speaker) for w in records):
        return True
    names = [w.strip(".").lower() for w in speaker.partition(",")[0].split()]
    surname = ([w for w in names if w not in _SUFFIXES] or [""])[-1]
    # the quote's sentence that holds the figure ("According to police, 40 officers quit. I count 700")
    for m in _RELAYING.finditer(speaker + " " + own_sentence(claim)):
        raw = re.findall(r"[\w'’-]+", m.group(1))
        words = [w.lower() for w in raw]
        # the window starts with her name, or a title then it ("Council President Jane Roe"), not
        # "police data released in May" for Jane May
        cut = next((i for i, w in enumerate(raw) if not w[0].isupper()), len(raw))
        named = [w.lower() for w in raw[:cut]]
        if surname in named or words[0] in _OWN_WORDS:
            continue   # "according to Roe", "according to my own count": the speaker's own
        # "citing police figures", not "citing more drivers" (tickets): a body or its record
        if m.group().lower().startswith("citing") and not (set(words) & _BODY_WORDS or any(
                re.search(r"\b" + re.escape(w) + r"\b", " ".join(words)) for w in records)):
            continue
        return True
    return False


def _first_at(text: str, figure: Decimal) -> int | None:
    """Where in `text` the figure is first written ("26,013" for 26013), or None."""
    for m in _NUMBER.finditer(text):
        try:
            if Decimal(m.group().replace(",", "")) == figure:
                return m.start()
        except InvalidOperation:   # pragma: no cover - the pattern reads only digits
            continue
    return None


def said_first(compiled: list[CompiledClaim], corpus) -> set[str]:
    """Rule: a sentence that gives two figures for one quantity gives them in time order, the
    old before the new ("from 78 to 102", which says so outright: revisions.declared_in_words);
    "reported 26,013 crimes in 2016, and 24,941 crimes in 2016 - a more than four percent drop"
    (the first is the year before's count under the wrong year). When nothing else tells two
    such figures apart (they cost the same to doubt), the one written first is doubted first,
    instead of the one whose id sorts first. The claims of figures written first in such a
    sentence; a figure the sentence does not spell out as written is left alone."""
    groups: dict[tuple, list[tuple[int, str]]] = {}
    for c in compiled:
        claim = corpus.claim(c.claim_id)
        if c.statement_kind != "value" or c.stated is None or claim.readings or claim.value is None \
                or claim.value.high is not None:
            continue
        at = _first_at(claim.quote.text, claim.value.low_decimal)
        if at is not None:
            groups.setdefault(_in_its_sentence(claim, c.stated), []).append((at, c.claim_id, claim.value.low_decimal))
    out: set[str] = set()
    for members in groups.values():
        if len({figure for _, _, figure in members}) < 2:
            continue
        first = min(at for at, _, _ in members)
        out |= {cid for at, cid, _ in members if at == first}
    return out


def percent_beside_its_difference(compiled: list[CompiledClaim], corpus) -> set[str]:
    """Rule: a sentence that gives one change both as a difference and as a percentage ("56 more
    shootings already this year over last, which is an increase of 25 percent", KTBS; "193 for a
    173 difference which is a 40% reduction", the police chief to KTAL; Shreveport) worked the
    percentage out from the difference, a division after a subtraction: when the two cannot both
    hold and nothing else tells them apart (they cost the same to doubt), the percentage is
    doubted first, instead of the one whose id sorts first. The percentages so given."""
    groups: dict[tuple, dict[str, list[str]]] = {}
    for c in compiled:
        claim = corpus.claim(c.claim_id)
        if c.statement_kind != "change" or claim.readings or claim.change is None or c.own is None:
            continue
        key = _in_its_sentence(claim, claim.metric, c.own, frozenset(c.quantities))
        if key is not None:
            groups.setdefault(key, {}).setdefault(claim.change.measure, []).append(c.claim_id)
    return {cid for by_measure in groups.values() if "absolute" in by_measure
            for cid in by_measure.get("percent", [])}


def _in_its_sentence(claim, *about) -> tuple | None:
    """The key that groups a claim with the others its source's sentence gives (said_first,
    in_one_sentence): its source and quoted words, and `about` what; None without quoted words."""
    if claim.quote is None or not claim.quote.text:
        return None
    return (claim.source, claim.quote.text, *about)


def in_one_sentence(compiled: list[CompiledClaim], keys: list, corpus) -> tuple[set[str], set[str]]:
    """Rule: figures of one metric that one sentence gives together with the writer's own
    arithmetic, a change or a share ("Opioid-related deaths fell by 1,857, totaling 5,378"), are
    one piece of it: to doubt one of them and keep the other is to say the sentence got half its
    sum wrong. Among claims equally cheap to doubt, a figure of that metric the same source gives
    alone in another sentence is doubted before them: newsfirst.news's "opioid-related deaths
    down 32%", moved from another count, against its own fall of 1,857 to 5,378 (-25.7%;
    Jacksonville). Only the same source's lone figure of the pair's place and period: another
    outlet's "fell 20%" may be the right one against a pair whose "by 30" is miscomputed; and two
    figures side by side with no arithmetic ("160 ... in 2020 ... 240 in 2021") are no pair. A
    tie-break only, after the figure written first (said_first) and, at the default reading, the
    qualified figure (hedged). The claims in such pairs, and the lone claims beside them."""
    groups: dict[tuple, set] = {}
    members: dict[tuple, list[CompiledClaim]] = {}
    for c, key in zip(compiled, keys):
        sentence = _in_its_sentence(corpus.claim(c.claim_id), corpus.claim(c.claim_id).metric)
        if sentence is not None:
            groups.setdefault(sentence, set()).add(key if key is not None else c.claim_id)
            members.setdefault(sentence, []).append(c)

    def what(c) -> tuple:   # the source, place and period a claim speaks of
        claim = corpus.claim(c.claim_id)
        return claim.source, claim.place, str(claim.period)
    pairs = {sentence for sentence, figures in groups.items() if len(figures) > 1
             and any(c.statement_kind in ("change", "share") for c in members[sentence])}
    together = {c.claim_id for sentence in pairs for c in members[sentence]}
    # a lone figure of the pair's own source, metric, place and period: the Dispatch's 100th
    # homicide of 2019 is no rival of its "declined by more than 30% to 140" for 2022 (Columbus)
    beside = {(sentence[2], *what(c)) for sentence in pairs for c in members[sentence]}
    lone = {c.claim_id for sentence, figures in groups.items() if len(figures) == 1
            for c in members[sentence] if (sentence[2], *what(c)) in beside}
    return together, lone


def set_aside_in_words(compiled: list[CompiledClaim], corpus) -> set[str]:
    """Rule: a figure its own sentence sets aside for another ("APD currently has only 830
    sworn officers contrary to the 850 that has been reported"; "240 instead of 238"), by the
    pack's `set_aside_words` just before it, is the one the sentence says is wrong: when nothing
    else tells it from its rival (they cost the same to doubt), it is doubted first, as the
    figure written first is (said_first). The claims of figures so set aside."""
    words = corpus.pack.suspicion.set_aside_words
    if not words:
        return set()
    before = re.compile(r"(?:%s)\s+(?:the\s+|an?\s+)?$" % "|".join(re.escape(w) for w in words), re.IGNORECASE)
    out: set[str] = set()
    for c in compiled:
        claim = corpus.claim(c.claim_id)
        if c.statement_kind != "value" or claim.value is None or claim.value.high is not None:
            continue
        at = _first_at(claim.quote.text, claim.value.low_decimal)
        if at is not None and before.search(claim.quote.text[:at]):
            out.add(c.claim_id)
    return out


def _unhedged_figures(compiled: list[CompiledClaim], corpus) -> dict[tuple, list[tuple[str, object]]]:
    """The plain, unhedged figures by quantity, each with its claim: (claim id, interval)."""
    from auditor.engine.revisions import plain_figure
    out: dict[tuple, list[tuple[str, object]]] = {}
    for c in compiled:
        f = plain_figure(c)
        if f is not None and not hedged(corpus.claim(c.claim_id)):
            out.setdefault(f[0], []).append((c.claim_id, f[1]))
    return out


def _by_place_and_period(by_quantity) -> dict[tuple, list[tuple]]:
    """The quantities of `by_quantity` grouped by their place and period: the counts one place
    and period has (named_for_another_count, another_counts_figure)."""
    out: dict[tuple, list[tuple]] = {}
    for q in by_quantity:
        out.setdefault(q[1:], []).append(q)
    return out


def named_for_another_count(corpus, by_quantity: dict[tuple, list[tuple[str, object]]]) -> set[str]:
    """Rule: a figure under one count that another count of its family gives for the same place
    and period (rules/metrics.yaml `family`), out no later and unhedged, while its own count has
    another figure, is that other count under the wrong name: SFist's "92 murders" for Oakland's
    2013, six months after the Mercury News's 92 homicides, "Eighty-eight" of them murders. When
    nothing else tells it from its rival (they cost the same to doubt), it is doubted first, as
    the figure written first is (said_first). The claims of figures so named (`by_quantity`:
    _unhedged_figures)."""
    metrics = corpus.pack.metrics
    counts = _by_place_and_period(by_quantity)

    def family(q):
        return getattr(metrics.get(q.metric), "family", None)

    def day(cid):
        return corpus.sources[corpus.claim(cid).source].published.earliest
    out: set[str] = set()
    for q, members in by_quantity.items():
        if family(q) is None or len({str(iv) for _, iv in members}) < 2:
            continue
        others = [m for q2 in counts[q[1:]] if q2 != q and family(q2) == family(q) for m in by_quantity[q2]]
        out |= {cid for cid, iv in members if any(o_iv == iv and day(o) <= day(cid) for o, o_iv in others)}
    return out


def told_for_its_part(corpus, figures: dict[tuple, list[tuple[str, object]]]) -> set[str]:
    """Rule: a count's figure for a place that another source gives, exactly, for a place
    containing it (the pack's `within`), of the same metric and period, while another figure of
    the place's own is wholly below it and not told as one that will move (pending or
    preliminary: revisions.told_undecided, called_preliminary), is the containing place's count
    retold under the part's name (unless credited to the part's own counter: the city police's
    final 45 when every killing of the county was in the city): The Journal Gazette's editorial "the city had set a sad, new
    record of 45 homicides" of 2013 (June 2014) is Allen County's 45 after a late ruling, against
    the same paper's 42 in the city (and 41 to the FBI) of January; WOWO's "41 homicide victims in
    2017" for Fort Wayne is the county's 41, against the city police's 40 (Fort Wayne). Such a
    figure is no word of the part's counter: it restates nothing and nothing restates it
    (revisions.ledger_of), and in a tension it is doubted before the part's own figures (the
    pack's `the-wholes-figure`). Only counts that add up over places, of a closed period. The
    claims of such figures (`figures`: _unhedged_figures)."""
    from auditor.engine.revisions import called_preliminary, told_undecided
    pack = corpus.pack

    def settled(cid: str) -> bool:
        claim = corpus.claim(cid)
        return not told_undecided(claim, pack) and not called_preliminary(claim, pack)

    def source(cid: str) -> str:
        return corpus.claim(cid).source

    def the_counters(cid: str) -> bool:
        """Credited to the body that keeps the place's count: its own word, whatever the whole's."""
        claim = corpus.claim(cid)
        return claim.attribution in _ATTRIBUTED and bool(claim.speaker) and _keeps_the_count(claim, corpus, known, forms)
    known: dict = {}
    forms: dict = {}
    out: set[str] = set()
    for q, members in figures.items():
        metric = pack.metrics.get(q.metric)
        if q.latest_end is not None or metric is None or not metric.additive_over_places \
                or q.place not in pack.places:
            continue
        wholes = [m for w in pack.ancestors(q.place) for m in figures.get(q._replace(place=w), ())
                  if pins_one_figure(m[1])]
        for cid, iv in members:
            if pins_one_figure(iv) and any(w_iv == iv and source(w) != source(cid) for w, w_iv in wholes) \
                    and any(o_iv.hi is not None and o_iv.hi < iv.lo and settled(o) for o, o_iv in members) \
                    and not the_counters(cid):
                out.add(cid)
    return out


def another_counts_figure(corpus, figures: dict[tuple, list[tuple[str, object]]], at_least=0) -> set[str]:
    """Rule: a figure that its own article gives, exactly and unhedged, for a count and for a
    count it is one kind of (the pack's `part_of` and relations: Pack.is_part), of the same place
    and period, is the whole's figure printed in the part's row: THV11's table of the city's
    figures to 10 October 2022, "Aggravated assault: -9% change. 2,656 cases in 2021, 2,960
    cases in 2022", beside "2,960 cases so far this year" of all violent crime (its parts leave
    2,416 aggravated assaults, 9% fewer than 2,656; Little Rock). In a tension it is doubted
    before a change worked out from the count's right figures (the pack's
    `another-counts-figure`). Only the part's claim is so marked (a part cannot hold all of its
    whole's cases); neither is when the two counts are not one a kind of the other (fatal
    crashes and their deaths). Only figures of `at_least` or more (the pack's
    suspicion.another_counts_from): two counts meet at a small figure by chance (Fresno's six
    bicycle crashes and six pedestrians killed early in 2023; Kansas's 149 fentanyl and 149
    stimulant deaths in half of 2021). The claims of such figures (`figures`: _unhedged_figures)."""
    pack = corpus.pack

    def printed(q):   # (source, figure) -> claims
        out: dict[tuple, list[str]] = {}
        for cid, iv in figures[q]:
            if pins_one_figure(iv) and iv.lo >= at_least:
                out.setdefault((corpus.claim(cid).source, iv.lo), []).append(cid)
        return out
    out: set[str] = set()
    for counts in _by_place_and_period(figures).values():
        counts = [q for q in counts if q.latest_end is None]
        for part in counts:
            for whole in counts:
                if part.metric != whole.metric and pack.is_part(part.metric, whole.metric):
                    mine, theirs = printed(part), printed(whole)
                    out.update(cid for row in mine.keys() & theirs.keys() for cid in mine[row])
    return out


def carried_over(corpus, figures: dict[tuple, list[tuple[str, object]]]) -> set[str]:
    """Rule: a figure for a period that its voice gave, unhedged, for the period just before it
    (as long, to a leap day, ending the day before it began), in an earlier article, while
    another figure is given for this period, is the old period's figure carried over: a
    blogger's "1,040 sworn police budgeted positions" for fiscal 2020, citing the fiscal 2019
    budget book, after his own 1,040 for fiscal 2019, against the Journal's 1,053 for fiscal
    2020 (Albuquerque). When nothing else tells it from its rival (they cost the same to doubt),
    it is doubted first, as the figure written first is (said_first). The claims of figures so
    carried (`figures`: _unhedged_figures)."""
    by_quantity = {q: ms for q, ms in figures.items() if q.latest_end is None}
    by_end: dict[tuple, list[tuple]] = {}   # (metric, place, last day) -> its quantities
    for q in by_quantity:
        by_end.setdefault((*q[:2], q.end), []).append(q)

    from auditor.engine.revisions import own_release

    def source(cid):
        return corpus.sources[corpus.claim(cid).source]
    out: set[str] = set()
    for q, members in by_quantity.items():
        if len({str(iv) for _, iv in members}) < 2:
            continue
        length = (q.end - q.start).days
        before = [m for q2 in by_end.get((*q[:2], q.start - timedelta(days=1)), ())
                  if abs((q2.end - q2.start).days - length) <= 1 for m in by_quantity[q2]]   # a leap day apart
        out |= {cid for cid, iv in members
                if any(b_iv == iv and source(b).voice == source(cid).voice
                       and source(b).published.latest < source(cid).published.earliest for b, b_iv in before)}
    return out


def told_for_a_neighbouring_period(corpus, figures: dict[tuple, list[tuple[str, object]]], at_least=0) -> set[str]:
    """Rule: a count's figure for a period that another source, out surely no later, gave exactly
    for the period just before or just after it (as long, to a leap day), while no other source
    gives it for this period, is that period's figure told for the wrong one: the AP's "a record
    3,050 overdose deaths last year" (May 2017, of 2016) is the Ohio Department of Health's 3,050
    for 2015, out in 2016; a rewrite's "In 2023 alone, there were 1,076 fatal crashes" is the
    Highway Patrol's 1,076 for 2024, released that day (Dayton). Only figures of `at_least` or more
    (the pack's suspicion.another_periods_from): two years of a small count are often equal
    (Dayton's 27 homicides in each of 2012, 2013 and 2014); only counts that add up over time (a
    budget's funded positions are often the same two years running: Albuquerque's 1,000 for fiscal
    2017 and 2018). Never a body's own release: a body tells its own count of its own period, and
    a count may stand still (a health department's 2,310 for 2023, the figure a paper gave for
    2022, is no sign against a TV's 2,390). The pack's `another-periods-figure` multiplies its
    cost. The claims of figures so told (`figures`: _unhedged_figures)."""
    by_quantity = {q: ms for q, ms in figures.items() if q.latest_end is None and counted_over_time(q, corpus.pack)}
    by_days: dict[tuple, list[tuple]] = {}   # (metric, place, first or last day) -> its quantities
    for q in by_quantity:
        by_days.setdefault((*q[:2], "start", q.start), []).append(q)
        by_days.setdefault((*q[:2], "end", q.end), []).append(q)

    from auditor.engine.revisions import own_release

    def source(cid):
        return corpus.sources[corpus.claim(cid).source]

    def neighbours(q):
        length = (q.end - q.start).days
        ends = [*by_days.get((*q[:2], "end", q.start - timedelta(days=1)), ()),
                *by_days.get((*q[:2], "start", q.end + timedelta(days=1)), ())]
        return [m for q2 in ends if abs((q2.end - q2.start).days - length) <= 1 for m in by_quantity[q2]]
    out: set[str] = set()
    for q, members in by_quantity.items():
        told = [(cid, iv) for cid, iv in members if pins_one_figure(iv) and iv.lo >= at_least
                and not own_release(source(cid))
                and not any(o_iv == iv and source(o).voice != source(cid).voice for o, o_iv in members)]
        out |= {cid for cid, iv in told
                if any(n_iv == iv and source(n).voice != source(cid).voice
                       and source(n).published.latest <= source(cid).published.earliest for n, n_iv in neighbours(q))}
    return out


def pins_one_figure(iv) -> bool:
    """An interval that pins one figure (the figure as printed, unhedged)."""
    return iv.lo is not None and iv.lo == iv.hi


def stretched(corpus, figures: dict[tuple, list[tuple[str, object]]], by_days: int = 1,
              grows_by: Decimal = Decimal(0)) -> set[str]:
    """Rule: a count's figure for a stretch of days that an article out before it gave, exactly
    and unhedged, for a shorter stretch from the same first day is that figure stretched: THV11's
    "in the first five months of 2022, there was a total of 29 homicides" (summer 2023) is the
    police's 29 "by the end of April in 2022" (the Arkansas Times, 5 May 2023), against FOX16's
    31 by 4 May 2022 (Little Rock). A count that adds up over time and never falls grows over
    the longer stretch, unless nothing happened in the added days; only a stretch `by_days` or
    more longer (the pack's suspicion.stretched_by_days): a year's count is often the count given
    a few days before its end (Detroit's 267 by 28 December 2017, and for the year). And only when
    the shorter stretch's daily pace adds `grows_by` or more over the added days (the pack's
    suspicion.stretched_grows_by): 29 by 30 April is about 7.5 more by 31 May, while a small
    count's "three homicides through April" may well stay three through May. The pack's
    `stretched-from-a-shorter-stretch` multiplies its cost. The claims of figures so stretched
    (`figures`: _unhedged_figures)."""
    metrics = corpus.pack.metrics
    by_start: dict[tuple, list[tuple]] = {}   # (metric, place, first day) -> its quantities
    for q in figures:
        m = metrics.get(q.metric)
        if q.latest_end is None and m is not None and m.additive_over_time and m.non_negative:
            by_start.setdefault((*q[:2], q.start), []).append(q)

    from auditor.engine.revisions import own_release

    def source(cid):
        return corpus.sources[corpus.claim(cid).source]
    out: set[str] = set()
    for quantities in by_start.values():
        for q in quantities:
            shorter = [(b, iv) for q2 in quantities if (q.end - q2.end).days >= by_days for b, iv in figures[q2]
                       if pins_one_figure(iv) and iv.lo * (q.end - q2.end).days >= grows_by * (q2.end - q2.start).days]
            out |= {cid for cid, iv in figures[q]
                    if pins_one_figure(iv) and iv.lo > 0
                    and any(b_iv == iv and source(b).published.latest < source(cid).published.earliest
                            for b, b_iv in shorter)}
    return out


def _bounded(c: CompiledClaim) -> bool:
    """Whether a claim's generous reading has an upper bound (an approximation: "close to 200"),
    not only a floor ("at least 100", "more than 100")."""
    generous = c.readings[0].subject.get("generous")
    return generous is not None and generous.interval.hi is not None


def so_far_above_the_whole(compiled: list[CompiledClaim], corpus, figures: dict[tuple, list[tuple[str, object]]]) -> set[str]:
    """Rule: an approximate count so far (a hedged figure with an upper bound, for a stretch from the
    period's first day; not a floor, "at least 100") above an exact figure for a longer stretch from the same day, given after that stretch had
    ended, of a count that adds up over time and never falls below zero, overstates the count
    so far: a treatment provider's "already close to hitting 200" overdose deaths in Allen
    County by mid-November 2022 against the county's 154 for the year (WBOI, 2024; Fort Wayne).
    The whole's figure, a count of a closed period, is the better word: the pack's
    `so-far-above-the-whole` multiplies the hedged figure's cost (`figures`: _unhedged_figures)."""
    from auditor.engine.revisions import plain_figure

    def published(cid):
        return corpus.sources[corpus.claim(cid).source].published
    metrics = corpus.pack.metrics
    out: set[str] = set()
    for c in compiled:
        f = plain_figure(c)
        if f is None or not hedged(corpus.claim(c.claim_id)) or f[1].lo is None or not _bounded(c):
            continue   # an approximation, not a floor ("at least 100" by 17 December may be 99 later)
        q, iv = f
        m = metrics.get(q.metric)
        if q.latest_end is not None or m is None or not counted_over_time(q, corpus.pack) or not m.non_negative:
            continue
        if any(q2[:3] == q[:3] and q2.latest_end is None and q2.end > q.end and pins_one_figure(w_iv)
               and w_iv.hi < iv.lo and published(w).earliest > q2.end and published(w).earliest > published(c.claim_id).latest
               for q2, members in figures.items() for w, w_iv in members):
            out.add(c.claim_id)
    return out


def looked_back(compiled: list[CompiledClaim], figures: dict[tuple, list[tuple[str, object]]],
                alone: bool = False) -> set[str]:
    """Rule: of rival figures for one quantity, one given after its day (more than the pack's
    suspicion.copies.in_its_day days after its period ended) against one given in its day is
    a look back, from memory or a later article's shorthand: when nothing else tells it from
    its rival (they cost the same to doubt), it is doubted first, as the copy given years on
    is named first (named_first): the Dispatch's "$1.03 billion general fund budget for 2020" in
    January 2022, in an article on the 2022 budget, against its $969.5 million of February 2020
    (Columbus). The claims of figures so given (`figures`: _unhedged_figures); `alone`: only those
    given years on (more than suspicion.copies.years_on days after) whose figure nobody gave
    sooner, whose cost the pack's `looked-back-years-on` multiplies."""
    by_id = {c.claim_id: c for c in compiled}

    def given(cid):
        v = by_id[cid].voice
        return v.given if v is not None else IN_ITS_DAY
    out: set[str] = set()
    for members in figures.values():
        in_its_day = {str(iv) for cid, iv in members if given(cid) == IN_ITS_DAY}
        sooner = {str(iv) for cid, iv in members if given(cid) != YEARS_ON}   # given within years_on
        out |= {cid for cid, iv in members if given(cid) != IN_ITS_DAY and in_its_day - {str(iv)}
                and not (alone and (given(cid) != YEARS_ON or str(iv) in sooner))}
    return out


# attributions that name who gave the figure: one speaker's word carried by several outlets
# is one statement
_ATTRIBUTED = ("direct-quote", "paraphrase", "document")


# where a copy was read, after its outlet's name: ", copied by audioeditorfree.com (content
# site)", "(copy on erphene.net)", ", as machine-rewritten by allthingshouston.info": the copy
# is its outlet's words (revisions.outlet_of reads the forms the revision rules need)
_A_COPY_SITE = re.compile(r"\s*(?:,\s*|\(\s*)(?:as )?(?:machine[- ])?(?:copied|copy|rewritten|excerpted|republished|"
                          r"reprinted|syndicated) (?:by|on|in) .*$", re.IGNORECASE)
_TRAILING_PARENTHESIS = re.compile(r"\s*\((?P<inside>[^()]*)\)\s*$")
# a station's call letters, the first word of its name ("WBRC" of "WBRC FOX6 News", "KSHB-TV"):
# the station, whatever network or brand follows them
_CALL_LETTERS = re.compile(r"^(?P<call>[KW][A-Z]{2,3})(?:-(?:TV|DT|FM|AM))?$")


def teller_name(name: str, wires=()) -> str:
    """A teller's name as tellers are told apart (tellers_apart), by body_name: a wire service
    (`wires`, rules/suspicion.yaml `wire_services`) named in a trailing parenthesis is the teller
    ("Star Tribune (Associated Press)" is the Associated Press); any other trailing parenthesis is
    left out ("TRIP (NHTSA data)" is TRIP), and so are the bodies named after the first ("Allegheny
    County Medical Examiner and Department of Human Services" is the medical examiner); a
    station is its call letters ("WBRC FOX6 News" is WBRC)."""
    name = _A_COPY_SITE.sub("", name).strip() or name
    inner = _TRAILING_PARENTHESIS.search(name)
    if inner:
        credits = {body_name(part) for part in inner.group("inside").split(",")}
        wire = next((w for w in wires if body_name(w) in credits), None)
        if wire is not None:
            return body_name(wire)
        name = name[:inner.start()].strip() or name
    name = name.split(" and ")[0].strip() or name
    call = _CALL_LETTERS.match(name.split()[0]) if name.split() else None
    return call.group("call").casefold() if call else body_name(name)


class Teller(NamedTuple):
    """Who tells a copy of a change (tellers_apart): `name` (teller_name), and how: in its own
    words (an outlet's), in its own release (`release`: a body's statement or data), or retold
    (`retold`: an outlet's words credited to a body or a person, whose telling it is)."""
    name: str
    release: bool = False
    retold: bool = False


def _tellers(corpus):
    """Who tells each claim (tellers_apart), by claim id. A retelling (a claim credited to a
    body or a person other than its outlet) is told by the body its outlet credits, as
    revisions.counting_body names it (a place's police and government are one body when the
    pack's `one_body` says so; any other body is itself); a body's release by that body; an
    outlet's own words by the outlet whose line the article is in (revisions.outlet_lines: a
    copy site's or a rewrite's copy is the outlet's). Names go through teller_name."""
    from auditor.engine.revisions import _counting_bodies, body_of, one_spelling, outlet_lines, own_release
    spelling = one_spelling(corpus)
    counted, lines = _counting_bodies(corpus, spelling), outlet_lines(corpus, spelling)
    wires = corpus.pack.suspicion.wire_services

    def of(cid: str) -> Teller:
        claim = corpus.claim(cid)
        source = corpus.sources[claim.source]
        # a body's own release is never a retelling, whatever copy site its name carries
        release = own_release(source)
        retold = not release and body_name(body_of(claim, source)) != body_name(source.voice)
        body = counted(cid)
        if body.startswith("government of "):
            name = body_name(body)
        else:
            name = teller_name(body if retold else lines[claim.source], wires)
        return Teller(name, release=release, retold=retold)
    return of


def tellers_apart(compiled: list[CompiledClaim], keys: list, corpus) -> dict[str, str]:
    """Rule: a change is its teller's own arithmetic when its article also gives a figure for
    every quantity it relates (beside_its_figures), right or wrong. When the copies of one
    change are so printed by two or more tellers that are clearly distinct (outlets in their
    own words, or an outlet in its own words and a body in its own release), each teller's
    copies are a statement of their own, and a miscomputed percentage is one tension per
    teller, each naming its own percentage first. Example: the Knoxville police's release "52
    ... in 2024, a 14-percent increase from 2023, when 45" (+15.6%) and Hoodline's own "a
    14-percent increase" beside "52 ... up from 45". Kept together, as one statement:
    - retellings: an outlet's "police said" of the release (Denver's "48% fewer", 37 against
      70), a mayor's or a chief's repeating the police's percentage, two outlets' credits of
      one body under two names ("TRIP (NHTSA data)", "TRIP"): a retelling is no teller of
      its own; it goes with the teller of its name, else the earliest release, else the
      earliest teller. A retelling beside the figures it works from tells its body's
      arithmetic: the body is a teller with figures, distinct from an outlet telling the same
      change in its own words beside its own (Toledo Free Press's quote of the city's report,
      "decreased by 1 percent, totaling 154 ... down from 158", and a blog's own "decreased
      slightly by 1% totaling 154 incidents this year, compared to 158");
    - one article's wordings: an article that credits any of them to a body (the Trib's
      "dropped 5%, according to data released by the medical examiner's office" beside its
      quote of the chief medical examiner) is that body's retelling, whatever their ids;
    - one story printed word for word by two outlets (a wire's, or one copied): the earliest
      outlet's;
    - copies whose teller prints no figures beside them go with the earliest teller who does.
    Returns the teller's name for each change so split, by claim id; `keys`: the claims'
    figure keys (figure_key)."""
    by_id = {c.claim_id: c for c in compiled}
    in_source: dict[str, list[str]] = {}
    for c in compiled:
        in_source.setdefault(corpus.claim(c.claim_id).source, []).append(c.claim_id)
    teller_of = None
    by_key: dict = {}
    for c, key in zip(compiled, keys):
        if key is not None and c.statement_kind == "change":
            by_key.setdefault(key, []).append(c.claim_id)
    out: dict[str, str] = {}
    for members in by_key.values():
        if len(members) < 2:
            continue
        teller_of = teller_of or _tellers(corpus)
        told: dict[str, list[Teller]] = {}
        for cid in members:
            told.setdefault(corpus.claim(cid).source, []).append(teller_of(cid))
        # one article, one teller: the body it credits (the first by name when it credits
        # several), else its own
        article = {sid: min((t for t in ts if t.retold), default=min(ts)) for sid, ts in told.items()}
        day = {sid: corpus.sources[sid].published.earliest for sid in told}
        same = _word_for_word(members, article, day, corpus)
        first_day: dict[str, object] = {}
        for cid in members:
            sid = corpus.claim(cid).source
            teller = article[sid]
            # a retelling printed beside the figures it works from is its body's arithmetic, the
            # body's telling when its own release is not at hand (Toledo Free Press's quote of the
            # city's report, "decreased by 1 percent, totaling 154 ... down from 158")
            if beside_its_figures(cid, "default", by_id, corpus, in_source):
                name = same.get(teller.name, teller.name)
                first_day[name] = min(day[sid], first_day.get(name, day[sid]))
        own = {same.get(t.name, t.name) for t in article.values() if not t.retold and not t.release}
        if len(first_day) < 2 or not own & set(first_day):
            continue
        releases = [same.get(t.name, t.name) for t in article.values() if t.release]
        earliest = min((n for n in first_day if n in releases), key=lambda n: (first_day[n], n), default=None) \
            or min(first_day, key=lambda n: (first_day[n], n))
        for cid in members:
            name = article[corpus.claim(cid).source].name
            name = same.get(name, name)
            out[cid] = name if name in first_day else earliest
    return out


def _word_for_word(members: list[str], article: dict, day: dict, corpus) -> dict[str, str]:
    """Tellers in their own words whose copies of one change are quoted word for word the same
    (case and spacing aside): a story one wrote and another printed, as one teller, the
    earliest's (by its first day, then name). Returns the name to use for each teller named
    otherwise."""
    joined: dict[str, str] = {}   # a teller -> another it is joined to (a union-find forest)

    def root(name: str) -> str:
        while joined.get(name, name) != name:
            name = joined[name]
        return name
    by_words: dict[str, str] = {}
    when: dict[str, tuple] = {}
    for cid in sorted(members):
        claim = corpus.claim(cid)
        teller = article[claim.source]
        if teller.retold or claim.quote is None:
            continue
        when[teller.name] = min(when.get(teller.name, (day[claim.source], teller.name)), (day[claim.source], teller.name))
        words = " ".join(claim.quote.text.casefold().split())
        other = by_words.setdefault(words, teller.name)
        a, b = root(other), root(teller.name)
        if a != b:
            joined[max(a, b)] = min(a, b)
    groups: dict[str, list[str]] = {}
    for name in when:
        groups.setdefault(root(name), []).append(name)
    out: dict[str, str] = {}
    for names in groups.values():
        first = min(names, key=lambda n: when[n])
        out.update({n: first for n in names if n != first})
    return out


def _copy_groups(compiled: list[CompiledClaim], keys: list, corpus) -> dict:
    """Each claim's group of copies, which share one cost: the claims stating the same figure
    (figure_key) by one publisher, or credited to one speaker ("police said", "according to
    the department") by whichever outlets carry it. A body's release retold by two stations
    ("non-fatal shootings dropped by 34%", CBS and WMAR, both from the police's report) is
    the body's one statement: doubting it costs one statement, not two. Joined transitively
    (an outlet's own copy of a figure it also credits to the body is in the body's group).
    Not when the outlets disagree on what the speaker said of that quantity (one paper's
    "police said 194", three others' "195"): then each report is a witness of the word, and
    the three who agree outweigh the one."""
    parent: dict = {}

    def speaker_of(c):
        claim = corpus.claim(c.claim_id)
        speaker = (claim.speaker or "").strip()
        if claim.attribution in _ATTRIBUTED and speaker and body_name(speaker) != body_name(c.voice.publisher):
            return body_name(speaker)
        return None

    said: dict[tuple, set] = {}
    for c, key in zip(compiled, keys):
        speaker = speaker_of(c) if key is not None else None
        if speaker is not None:
            said.setdefault((speaker, key[:4]), set()).add(key)

    def find(x):
        while parent.setdefault(x, x) != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    statements = _the_counters_words(compiled, keys, corpus)
    out = {}
    for c, key in zip(compiled, keys):
        if key is None:
            continue
        node = ("publisher", c.voice.publisher, key, statements.get(c.claim_id))
        out[c.claim_id] = node
        find(node)
        speaker = speaker_of(c)
        if speaker is not None and len(said[(speaker, key[:4])]) == 1:
            parent[find(("speaker", speaker, key))] = find(node)
    return {cid: find(node) for cid, node in out.items()}


def _the_counters_words(compiled: list[CompiledClaim], keys: list, corpus) -> dict[str, str]:
    """Rule: one outlet's figure that every one of its copies credits to the body that keeps the
    count (_keeps_the_count), under two or more speakers' names, is that many statements of the
    counter's, not the outlet's one copy (_copy_groups): WANE's "when there were 29" of 2019, from
    the Fort Wayne police (September 2020), and the department's spokeswoman's "from 29 to 42"
    (March 2021), against the "30 in 2019" printed once, three sentences after the first 29. An
    outlet that also gives the figure in its own words, or credits it to one speaker only, repeats
    one statement (The Buffalo News's "67 homicides ... according to ... the Buffalo Police
    Department", then its own "Buffalo had 67 homicides" a week later); so does one release
    relayed under two names on one day ("police said" and its spokeswoman). Each such claim -> its
    speaker, as names are compared (body_name)."""
    known: dict = {}
    forms: dict = {}
    speakers: dict[tuple, dict[str, str | None]] = {}   # (publisher, figure key) -> claim id -> speaker
    days: dict[tuple, set] = {}   # (publisher, figure key) -> the days it was told
    for c, key in zip(compiled, keys):
        if key is None:
            continue
        claim = corpus.claim(c.claim_id)
        counter = claim.attribution in _ATTRIBUTED and claim.speaker and _keeps_the_count(claim, corpus, known, forms)
        speakers.setdefault((c.voice.publisher, key), {})[c.claim_id] = body_name(claim.speaker) if counter else None
        days.setdefault((c.voice.publisher, key), set()).add(corpus.sources[claim.source].published.earliest)
    # one day's release relayed under two names is one statement: only told on two days or more
    return {cid: who for group, told in speakers.items()
            if None not in told.values() and len(set(told.values())) > 1 and len(days[group]) > 1
            for cid, who in told.items()}


def _repeats(compiled: list[CompiledClaim], keys: list) -> list:
    """The figure keys, with one publisher's same figure of one metric and place for periods
    that overlap (a year to date and the year) under one key: the outlet repeating its own
    words ("a rate of about 32 homicides per 100,000 people" on 26 December for the year so far,
    and on 2 January for the year) says it once, and doubting it costs one statement."""
    def loose(c, key):
        if key is None or key[0] != "linear" or len(key[1]) != 1 or c.stated is None:
            return None
        return (c.voice.publisher, c.stated.metric, c.stated.place, key[4], key[5])
    groups: dict = {}
    for i, (c, key) in enumerate(zip(compiled, keys)):
        k = loose(c, key)
        if k is not None:
            groups.setdefault(k, []).append(i)
    out = list(keys)
    for members in groups.values():
        if len(members) < 2 or len({keys[i] for i in members}) < 2:
            continue
        members.sort(key=lambda i: (compiled[i].stated.start, compiled[i].stated.end))
        run, end = [members[0]], compiled[members[0]].stated.end
        for i in members[1:] + [None]:
            q = compiled[i].stated if i is not None else None
            if q is not None and q.start <= end:
                run.append(i)
                end = max(end, q.end)
                continue
            if len(run) > 1:
                shared = min((keys[j] for j in run), key=repr)
                for j in run:
                    out[j] = shared
            if q is not None:
                run, end = [i], q.end
    return out


def beside_doubted(by_id: dict, doubted: set[str]) -> dict[str, Fraction]:
    """The claims not doubted that state, in one sentence with a doubted figure of the same
    metric, a figure of another quantity (another year): the sentence misstated one of its
    figures, and more likely the other too ("Last year, the city had 200 murders compared to
    a record 228 in 2016": the 228 is the year's homicides, and so is the 200; Memphis). Each
    with the factor its cost is multiplied by (the pack's suspicion.statement
    `beside-a-doubted-figure`). Two figures for one quantity in a sentence are rivals, not a
    pair: neither makes the other suspect. So is a figure of another metric told for the same
    neighbouring period's figure as a doubted one of its sentence (Voice.misdated): the sentence
    gave the wrong year to both ("In 2023 alone, there were 1,076 fatal crashes and 1,156
    fatalities", 2024's two figures; Dayton). Not a figure that a doubted change of its sentence
    relates: the sentence's error is then its arithmetic, which its figures check, not a wrong
    year (the city's "decreased by 1 percent, totaling 154 incidents in 2024, down from 158 in
    2023", -2.5%: the 1% is doubted against its own 154 and 158, whatever else doubts the 158;
    Toledo)."""
    sentences: dict[tuple, set] = {}
    misdated: set[tuple] = set()   # (source, words, period) of a doubted figure told for the wrong one
    checked: set[tuple] = set()    # (sentence, quantity) that a doubted change of the sentence relates
    for d in doubted:
        c = by_id.get(d)
        if c is None or c.voice is None or c.voice.sentence is None:
            continue
        if c.statement_kind == "change":
            checked.update((c.voice.sentence, q) for q in c.quantities)
            continue
        sentences.setdefault(c.voice.sentence, set()).add(c.stated)
        if c.voice.misdated:
            misdated.add(_sentence_period(c))
    if not sentences:
        return {}
    return {cid: c.voice.beside_doubted for cid, c in by_id.items()
            if cid not in doubted and c.voice is not None and c.voice.beside_doubted is not None
            and (c.voice.sentence, c.stated) not in checked
            and ((c.voice.sentence in sentences and c.stated not in sentences[c.voice.sentence])
                 or (c.voice.misdated and _sentence_period(c) in misdated))}


def _sentence_period(c: CompiledClaim) -> tuple:
    """A figure's sentence (source, words) and the period it tells its figure for."""
    return (*c.voice.sentence[:2], c.stated.start, c.stated.end)


def carry_restated_costs(compiled: list[CompiledClaim], revisions, when) -> None:
    """A restating figure weighs what it restates as well: to doubt a body's later figure is
    to doubt its line of figures, each release of which it refines (the old one and the
    claims that repeated it, which are left out of the audit). So a figure that disagrees
    with the whole line (a report's 175 beside the release's 177, restated as 179 and 180)
    is doubted before the body's latest word. `when(claim_id)`: its publication dates; a
    chain is carried in the order the restatements came out."""
    by_id = {c.claim_id: c for c in compiled}
    for rev in sorted(revisions, key=lambda r: (when(r.new).earliest, r.new)):
        new = by_id.get(rev.new)
        if new is None or new.cost is None:
            continue
        new.cost += sum((by_id[c].cost for c in (rev.old, *rev.echoes) if c in by_id and by_id[c].cost is not None),
                        Fraction(0))


def cheapest_hitting_set(cores: list[frozenset], cost: dict[str, Fraction], ctx=None,
                         prefer: frozenset = frozenset()) -> frozenset:
    """The cheapest set of claims meeting every core, by z3's MaxSAT optimiser over one
    Boolean per claim (exact, in whole multiples of the costs' common denominator). Ties
    go to fewer claims, then by the claims' ranks in id order, folded into the weights
    below the least difference in cost, so the answer depends on the claims, never on the
    order they came in. `ctx`: the z3 context to use (None: a new one); the hitting sets
    of one search share one (correction_set): making a context costs more than solving
    most of these problems. `prefer`: claims ranked before the others in the ties (_weights)."""
    found = _disjoint_hitting_set(cores, cost, prefer)
    if found is None:
        found = _unique_hitting_set(cores, cost, prefer)
    return found if found is not None else _maxsat_hitting_set(cores, cost, ctx, prefer=prefer)


def _disjoint_hitting_set(cores: list[frozenset], cost: dict[str, Fraction],
                          prefer: frozenset = frozenset()) -> frozenset | None:
    """When no two cores share a claim, the one cheapest set: from each core its claim of
    least weight in `_maxsat_hitting_set` (least cost, then first id), which is what the
    optimiser returns, without asking it; None when some cores share a claim."""
    distinct = set(cores)
    if not all(distinct) or sum(map(len, distinct)) != len(frozenset().union(*distinct)):
        return None
    return frozenset(min(core, key=lambda c: (cost[c], *_rank(c, prefer))) for core in distinct)


def _rank(claim: str, prefer) -> tuple:
    """A claim's place in the ties: `prefer` is one set of claims doubted first, or a tuple of
    such sets, each a tie-break below the one before it; then id order."""
    tiers = prefer if isinstance(prefer, tuple) else (prefer,)
    return (*(claim not in tier for tier in tiers), claim)


def _weights(cores: list[frozenset], cost: dict[str, Fraction], prefer: frozenset = frozenset(),
             ranked: bool = True) -> dict[str, int]:
    """Each claim's weight in the search for the cheapest set: its cost in whole multiples of
    the costs' common denominator, then ties to fewer claims, then to the claims' ranks, the
    claims in `prefer` first, then in id order: each tie-break step is worth more than all
    the ones below it together, and less than the least difference in cost. `ranked=False`:
    without the ranks (sets of equal cost and size weigh the same)."""
    names = sorted({c for core in cores for c in core}, key=lambda c: _rank(c, prefer))
    scale = lcm(*(cost[c].denominator for c in names))
    step = len(names) * (len(names) + 1) // 2 + 1
    big = (len(names) + 1) * step
    return {c: int(cost[c] * scale) * big + step + (i + 1 if ranked else 0) for i, c in enumerate(names)}


def tied(cores: list[frozenset], cost: dict[str, Fraction]) -> bool:
    """Whether two sets of claims of the least cost and size meet every core, so that the
    claims' ranks choose between them (or the search for the one set is too long to tell)."""
    return bool(cores) and _unique_hitting_set(cores, cost, ranked=False) is None


# nodes of the exact search for the cheapest set (`_unique_hitting_set`), in one group of
# cores that share claims, before z3's optimiser is asked instead
UNIQUE_SEARCH_NODES = 20_000


def _unique_hitting_set(cores: list[frozenset], cost: dict[str, Fraction],
                        prefer: frozenset = frozenset(), ranked: bool = True) -> frozenset | None:
    """The set of least weight (`_weights`) meeting every core, when no other set has its
    weight: then it is the optimiser's one answer, found without it. Each group of cores
    that share claims is searched on its own (the cheapest set is the union of each group's,
    and it is the only one when each group's is), by branch and bound: Memphis's 51 sets
    take 20 ms, where the optimiser took 2 s (BENCHMARKS.md). None when two sets tie (the
    optimiser's choice between them is its own) or a group's search passes
    UNIQUE_SEARCH_NODES nodes."""
    weight = _weights(cores, cost, prefer, ranked)
    distinct = sorted(set(cores), key=lambda c: (len(c), sorted(c)))
    group: dict[str, str] = {}   # union-find over claims: cores sharing a claim are one group

    def find(x: str) -> str:
        while group.setdefault(x, x) != x:
            group[x] = group[group[x]]
            x = group[x]
        return x

    for core in distinct:
        first = find(min(core))
        for c in core:
            root = find(c)
            if root != first:
                group[root] = first
    groups: dict[str, list[frozenset]] = {}
    for core in distinct:
        groups.setdefault(find(min(core)), []).append(core)
    out: set[str] = set()
    for members in groups.values():
        found = _unique_in_group(members, weight)
        if found is None:
            return None
        out |= found
    return frozenset(out)


def _unique_in_group(cores: list[frozenset], weight: dict[str, int]) -> frozenset | None:
    """_unique_hitting_set for one group of cores (sorted by size): every set meeting them is
    looked at, but for those a bound shows to weigh more than the best found, each once: a
    core's claims are tried in turn, the claims tried before left out of the sets that
    follow."""
    kept: list[frozenset] = []
    for core in cores:   # a core holding another is met whenever that one is
        if not any(k <= core for k in kept):
            kept.append(core)
    ordered = [tuple(sorted(core, key=lambda c: (weight[c], c))) for core in kept]
    best: list = [None, []]   # the least weight found, and the sets of that weight
    nodes = 0

    def bound(unmet: list[tuple]) -> int:
        """A weight every set meeting `unmet` has: cores that share no claim each need one
        of their own, of at least their least weight."""
        total, used = 0, set()
        for core in unmet:
            if used.isdisjoint(core):
                total += weight[core[0]]
                used.update(core)
        return total

    def search(chosen: frozenset, total: int, left_out: frozenset, unmet: list[tuple]) -> None:
        nonlocal nodes
        nodes += 1
        if nodes > UNIQUE_SEARCH_NODES:
            raise _SearchTooLong
        if not unmet:
            if best[0] is None or total < best[0]:
                best[0], best[1] = total, [chosen]
            elif total == best[0]:
                best[1].append(chosen)
            return
        if best[0] is not None and total + bound(unmet) > best[0]:
            return
        core = min(unmet, key=lambda c: sum(1 for x in c if x not in left_out))
        tried: list[str] = []
        for x in core:
            if x in left_out:
                continue
            search(chosen | {x}, total + weight[x], left_out | set(tried), [c for c in unmet if x not in c])
            tried.append(x)

    try:
        search(frozenset(), 0, frozenset(), ordered)
    except _SearchTooLong:
        return None
    return best[1][0] if len(best[1]) == 1 else None


class _SearchTooLong(Exception):
    pass


def _maxsat_hitting_set(cores: list[frozenset], cost: dict[str, Fraction], ctx=None, budget=None,
                        prefer: frozenset = frozenset()) -> frozenset:
    """cheapest_hitting_set by z3's MaxSAT optimiser, whatever the cores; within `budget`
    (solver.Budget: its resource units and deadline) when given, raising
    solver.Undetermined when the optimiser runs out."""
    import z3
    ctx = z3.Context() if ctx is None else ctx
    names = sorted({c for core in cores for c in core})
    doubt = {c: z3.Bool(f"d{i}", ctx) for i, c in enumerate(names)}
    weight = _weights(cores, cost, prefer)
    opt = z3.Optimize(ctx=ctx)
    opt.set("maxsat_engine", MAXSAT_ENGINE)
    for core in sorted(set(cores), key=lambda c: sorted(c)):
        opt.add(z3.Or([doubt[c] for c in sorted(core)]))
    for c in names:
        opt.add_soft(z3.Not(doubt[c]), weight[c])
    if budget is not None:
        opt.set("rlimit", budget.units)
        if budget.timeout_ms() is not None:
            opt.set("timeout", budget.timeout_ms())
    result = opt.check()
    if result == z3.unknown:
        from auditor.engine.solver import Undetermined
        raise Undetermined("which claims are the cheapest to doubt", names,
                           budget.units if budget is not None else 0, budget is not None and budget.past())
    if result != z3.sat:   # pragma: no cover - a disjunction of fresh Booleans always holds
        raise RuntimeError("no set of claims meets every core")
    model = opt.model()
    return frozenset(c for c in names if z3.is_true(model.eval(doubt[c], model_completion=True)))


def correction_set(check: Callable[[list[str]], tuple[bool, list[str]]], active: list[str],
                   cost: dict[str, Fraction], first_core: list[str] | None = None,
                   shrink: Callable[[list[str]], list[str]] | None = None,
                   found: list | None = None, budget=None, prefer: frozenset = frozenset()) -> list[str]:
    """The cheapest set of active claims to doubt so that the rest hold together.
    `check(claims)` says whether claims hold together and, when not, a set of them that
    cannot (any such set); `shrink(core)` makes such a set minimal (fewer rounds: a core
    with fewer claims rules out more candidate sets); `first_core`: one already known;
    `found`: a list the sets of claims that cannot hold together are added to; `budget`: what
    the optimiser may spend when the sets overlap (solver.Budget; solver.Undetermined when
    it runs out); `prefer`: claims to doubt first among sets of equal cost and size."""
    cores: list[frozenset] = [] if found is None else found
    if first_core:
        cores.append(frozenset(shrink(first_core) if shrink else first_core))
    ctx = None   # the search's z3 context, made when a hitting set first needs the optimiser
    while True:
        doubted = _disjoint_hitting_set(cores, cost, prefer) if cores else frozenset()
        if doubted is None:
            doubted = _unique_hitting_set(cores, cost, prefer)
        if doubted is None:
            if ctx is None:
                import z3
                ctx = z3.Context()
            doubted = _maxsat_hitting_set(cores, cost, ctx, budget, prefer)
        rest = [c for c in active if c not in doubted]
        holds, core = check(rest)
        if holds:
            return sorted(doubted)
        core = core or rest
        cores.append(frozenset(shrink(core) if shrink else core))



def beside_its_figures(claim_id: str, level: str, compiled: dict, corpus, in_source: dict | None = None) -> bool:
    """Whether a change's own article gives a figure for every quantity the change relates,
    whether or not they give it (own_arithmetic asks that they do)."""
    c = compiled[claim_id]
    related = _related(c, level, corpus) if c.statement_kind == "change" else None
    if related is None:
        return False
    given = {compiled[m].stated for m in _article(claim_id, compiled, corpus, in_source)
             if m != claim_id and compiled[m].statement_kind == "value"
             and len(compiled[m].readings) == 1 and not compiled[m].readings[0].invalid}
    return related[1] <= given


def _related(c: CompiledClaim, level: str, corpus) -> tuple | None:
    """What a change or a rate is worked out from, at `level`: its subject (a ratio or a
    linear sum) and the quantities it relates; None for a claim of several readings, an
    invalid one, a plain figure, or a subject of another kind."""
    from auditor.engine.revisions import _subject

    if len(c.readings) != 1 or c.readings[0].invalid or c.readings[0].subject[level] is None:
        return None
    if c.statement_kind == "value":
        subject = _subject(c, corpus.pack)   # a rate: count / population; None for a plain figure
        if subject is not None and level != "default":
            rate = corpus.pack.rate_of(c.stated.metric)
            subject = rate_as_ratio(rate, c.stated, c.readings[0].subject[level].interval, corpus.pack)
    elif c.statement_kind in ("change", "share"):
        # a share ("a clearance rate of nearly 81%" of "41 people killed in 2020 and 33 of those
        # cases believed cleared") is worked out from its part and its whole as a change is
        subject = c.readings[0].subject[level]
    else:
        return None
    if subject is None or subject.kind not in ("ratio", "linear") or subject.interval is None:
        return None
    involved = {subject.numerator, subject.denominator} - {None} if subject.kind == "ratio" \
        else {t for t, _ in subject.terms}
    return subject, involved


def _article(claim_id: str, compiled: dict, corpus, in_source: dict | None = None) -> list[str]:
    """The claims of a claim's own source (`in_source`: claim ids by source id, when worked out)."""
    source = corpus.claim(claim_id).source
    return in_source[source] if in_source is not None else [
        cid for cid in compiled if corpus.claim(cid).source == source]


def own_arithmetic(claim_id: str, level: str, compiled: dict, corpus, in_source: dict | None = None) -> list[str] | None:
    """The figures a change or a rate is worked out from, when its own article states every
    one of them (one figure each; for a change, of an article that gives two figures for a
    quantity, the one figure that gives it, when only one does: "from 78 to 102 ... one less
    than the 103") and they give it, within its rounding, at `level`: the claim is then that
    article's arithmetic, not a second statement. None otherwise.
    Example: "Last year's 92 murders represented a 14% increase over 2018's total of 81"
    (+13.6%): the 14% is worked out from the 92 and the 81; "2020: 332 (631k, 52.6 per
    100k)": the rate is 332 over 631,000. `in_source`: claim ids by source id (worked out
    when not given)."""
    from auditor.engine.revisions import change_holds

    c = compiled[claim_id]
    related = _related(c, level, corpus)
    if related is None:
        return None
    subject, involved = related
    own: dict = {}
    for cid in _article(claim_id, compiled, corpus, in_source):
        other = compiled[cid]
        if cid == claim_id or other.statement_kind != "value" or other.stated not in involved \
                or len(other.readings) != 1 or other.readings[0].invalid:
            continue
        s = other.readings[0].subject[level]
        if s is None or s.interval is None:
            return None
        own.setdefault(other.stated, []).append((cid, s.interval))
    if set(own) != involved:
        return None
    # an article may give two figures for one quantity (a count and its correction, "from 78
    # to 102"): a change is worked out from the one that gives it, when exactly one does; a
    # rate, printed beside its count ("2023: 182 (509k, 35.4 per 100k)"), from its one figure
    if c.statement_kind != "change" and any(len({iv for _, iv in v}) != 1 for v in own.values()):
        return None
    from itertools import product
    quantities = sorted(own, key=repr)
    choices = [sorted({iv for _, iv in own[x]}, key=lambda iv: (iv.lo, iv.hi)) for x in quantities]
    giving = [pick for pick in product(*choices)
              if change_holds(subject, quantities[0], pick[0], {x: [iv] for x, iv in zip(quantities, pick)}) is True]
    if len(giving) != 1:
        return None
    chosen = dict(zip(quantities, giving[0]))
    return sorted(cid for x, v in own.items() for cid, iv in v if iv == chosen[x])


def own_sum(claim_id: str, level: str, compiled: dict, corpus, in_source: dict | None = None) -> list[str] | None:
    """The figures a total is added up from, when its own article states a figure for every
    part of its period (the parts one after another, no day twice or left out, one figure
    each, of a count that adds up over time) and they add up to it at `level`: the total is
    then that article's arithmetic, not a count of its own. None otherwise.
    Example: "166 homicides in 2020, 178 in 2021, 157 in 2022, and 150 so far this year ...
    In that four year span, 651 lives have been lost" (166 + 178 + 157 + 150 = 651)."""
    c = compiled[claim_id]
    total = _plain(c, level)
    if total is None or total[0].latest_end is not None:
        return None
    q, iv = total
    metric = corpus.pack.metrics.get(q.metric)
    if metric is None or not metric.additive_over_time or iv.lo is None or iv.hi is None:
        return None
    source = corpus.claim(claim_id).source
    parts: dict = {}
    members = in_source[source] if in_source is not None else [
        cid for cid in compiled if corpus.claim(cid).source == source]
    for cid in members:
        if cid == claim_id:
            continue
        f = _plain(compiled[cid], level)
        if f is None or f[0] == q or f[0][:2] != q[:2] or f[0].latest_end is not None \
                or not (q.start <= f[0].start and f[0].end <= q.end):
            continue
        parts.setdefault(f[0], []).append((cid, f[1]))
    if len(parts) < 2 or any(len({p_iv for _, p_iv in v}) != 1 for v in parts.values()):
        return None
    day = q.start
    lo = hi = 0
    for p in sorted(parts, key=lambda p: (p.start, p.end)):
        p_iv = parts[p][0][1]
        if p.start != day or p_iv.lo is None or p_iv.hi is None:
            return None
        lo, hi, day = lo + p_iv.lo, hi + p_iv.hi, p.end + timedelta(days=1)
    if day != q.end + timedelta(days=1) or hi < iv.lo or lo > iv.hi:
        return None
    return sorted(cid for v in parts.values() for cid, _ in v)


def _plain(c: CompiledClaim, level: str):
    """The stated quantity and interval of a plain value claim at `level`, else None."""
    if c.stated is None or c.statement_kind != "value" or len(c.readings) != 1 or c.readings[0].invalid:
        return None
    subject = c.readings[0].subject[level]
    return None if subject is None or subject.interval is None else (c.stated, subject.interval)


def claims_by_source(compiled: dict, corpus) -> dict[str, list[str]]:
    """The compiled claims' ids by source id, in `compiled`'s order (own_arithmetic's and
    own_sum's `in_source`)."""
    out: dict[str, list[str]] = {}
    for cid in compiled:
        out.setdefault(corpus.claim(cid).source, []).append(cid)
    return out


def follows_from_its_own_figures(claim_id: str, level: str, compiled: dict, corpus, doubted: set[str],
                                 in_source: dict | None = None, by_stated: dict | None = None) -> bool:
    """Whether a change, a rate or a total is only its own article's arithmetic
    (own_arithmetic, own_sum) on figures some of which are doubted (set aside by the audit):
    then those figures are what is wrong, and the claim stands or falls with them; it makes
    no tension of its own. Example: the 14% of "92 murders ... a 14% increase over 2018's
    total of 81", where later counts give 90 and 80: the 92 and the 81 are in tension with
    them, the 14% is not another error; so is a four years' 651 added up from its article's
    166, 178, 157 and 150 when its 166 is doubted. `compiled`: compiled claims by id;
    `in_source`: their ids by source (claims_by_source), worked out when not given. Not a
    change that its article's figures give only at the generous reading: it miscomputes them
    (truncates), an error of its own (ABC10's "a 29% increase" beside its 44 and 57: +29.5%);
    a hedged change rounds on purpose ("nearly a third more" for its 170 and 220, +29.4%) and
    stands or falls with its figures."""
    own = own_arithmetic(claim_id, level, compiled, corpus, in_source)
    if own is not None and level != "default" and not hedged(corpus.claim(claim_id)) \
            and not _gives_at_default(compiled[claim_id], [compiled[o] for o in own]):
        return False
    if own is None and compiled[claim_id].statement_kind == "value":
        own = own_sum(claim_id, level, compiled, corpus, in_source)
    if own is None and compiled[claim_id].statement_kind == "change":
        own = own_side_of_a_change(claim_id, level, compiled, corpus, in_source, doubted, by_stated)
    return own is not None and any(cid in doubted for cid in own)


def _gives_at_default(c: CompiledClaim, figures: list[CompiledClaim]) -> bool:
    """Whether a change holds at the default reading with the figures it is worked out from,
    read at theirs (a rate or a total: always, as before)."""
    from auditor.engine.revisions import change_holds

    subject = c.readings[0].subject["default"]
    if c.statement_kind != "change" or subject is None or subject.interval is None:
        return True
    known = {f.stated: [f.readings[0].subject["default"].interval] for f in figures
             if f.readings[0].subject["default"] is not None}
    if len(known) != len({f.stated for f in figures}):
        return True
    q = next(iter(known))
    return change_holds(subject, q, known[q][0], known) is not False


def own_side_of_a_change(claim_id: str, level: str, compiled: dict, corpus,
                         in_source: dict | None = None, doubted: frozenset | set = frozenset(),
                         by_stated: dict | None = None) -> list[str] | None:
    """The figure a change's own article states for one of its two periods, when it states none
    for the other and the change holds with it and some figure of the other given anywhere and
    not `doubted` (a fit with only doubted figures shows the change nowhere else): the
    change is worked out on its article's figure, and stands or falls with it (the DEA's "53.55
    percent increase over 2015" beside its own 648 deaths in 2016, which fits the county's 422 of
    2015; set against the county's 650 it only repeats the 648's own tension). None otherwise."""
    from auditor.engine.revisions import change_holds

    c = compiled[claim_id]
    if len(c.readings) != 1 or c.readings[0].invalid or c.readings[0].subject[level] is None:
        return None
    subject = c.readings[0].subject[level]
    if subject.kind not in ("ratio", "linear") or subject.interval is None:
        return None
    involved = {subject.numerator, subject.denominator} - {None} if subject.kind == "ratio" \
        else {t for t, _ in subject.terms}
    if len(involved) != 2:
        return None

    def figures(cids):
        out: dict = {}
        for cid in cids:
            o = compiled[cid]
            if cid != claim_id and o.statement_kind == "value" and o.stated in involved \
                    and len(o.readings) == 1 and not o.readings[0].invalid \
                    and o.readings[0].subject[level] is not None and o.readings[0].subject[level].interval is not None:
                out.setdefault(o.stated, []).append((cid, o.readings[0].subject[level].interval))
        return out

    source = corpus.claim(claim_id).source
    own = figures(in_source[source] if in_source is not None else
                  [cid for cid in compiled if corpus.claim(cid).source == source])
    if len(own) != 1:
        return None
    ((q, given),) = own.items()
    if len({iv for _, iv in given}) != 1:
        return None
    other = next(x for x in involved if x != q)
    # `by_stated`: the claims' ids by the quantity they state (the tension check's index), so that
    # a change looks only at the figures of its other period, not at every claim
    stating = compiled if by_stated is None else by_stated.get(other, ())
    stated = figures(stating).get(other, [])
    elsewhere = [iv for cid, iv in stated if cid not in doubted] if stated else \
        _a_figure_it_implies(subject, q, given[0][1], corpus.pack.metrics.get(corpus.claim(claim_id).metric))
    return sorted(cid for cid, _ in given) if change_holds(subject, q, given[0][1], {other: elsewhere}) is True else None


def _a_figure_it_implies(subject, q, q_iv, metric) -> list:
    """For a ratio (a change in percent or times) whose other period no claim states: a figure of
    that period the change allows with quantity `q` in `q_iv`, a whole one for a count (the
    "2,631%" rise over six years beside its page's own 6,253 deaths of 2021 allows 229 in 2015;
    beside another page's 5,961 only a fraction would do). [] when there is none to try
    (own_side_of_a_change: the change then fits its article's figure, or makes its own tension)."""
    from auditor.engine.intervals import Interval

    r = subject.interval
    if subject.kind != "ratio" or None in (r.lo, r.hi, q_iv.lo, q_iv.hi) or r.lo <= 0 or q_iv.lo < 0:
        return []
    lo, hi = (q_iv.lo / r.hi, q_iv.hi / r.lo) if q == subject.numerator else (q_iv.lo * r.lo, q_iv.hi * r.hi)
    point = Fraction(-(-lo.numerator // lo.denominator)) if metric is not None and metric.integer else (lo + hi) / 2
    return [Interval(point, point)] if point <= hi else []
