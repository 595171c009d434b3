"""What a claim is about: its metric (named in the figure's part of the clause, by its counted
noun, one of a list, or carried over) and its place (named, the state for 'statewide', the
speaker's post's, carried over, the dateline's or the article's).
"""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache

from auditor.draft import statements, vocabulary
from auditor.draft.article import _ANAPHOR, _COMPARED_AT, _Article, _At, _follows_in_paragraph, points_back, sentence_around
from auditor.draft.quoting import _segment, line_column
from auditor.draft.sentences import in_aside
from auditor.pack import Pack
from auditor.text.word_gate import WindowGatedPattern
from auditor.units import per_time, rate_scale


_DETERMINERS = {"one", "a", "an"}
# "dropping from six in 2021 to one in 2022", "(three to one)", "fell to one": a level, not a determiner
_LEVEL_TO_ONE = re.compile(r"(?:(?:\bfrom|\()\s*[\w.,$]+(?:\s+(?:in|during)\s+\S+)?|\b(?:fell|dropped|dropping|declined|"
                           r"decreased|went\s+down|down))\s+to\s+$", re.IGNORECASE)
_FROM_BEFORE = re.compile(r"\bfrom\s+$", re.IGNORECASE)
# "one more than in 2015" (not "one less than the five-year average": a change against an average, left out)
# (a period after "than": not "one more than the police expected")
_MORE_AFTER = re.compile(r"\s+(?:more|fewer|less)\s+(?:[a-z]+\s+){0,3}?than\s+(?:both\s+)?(?:in\s+|during\s+)?"
                         r"(?:last\s+(?:year|month|week)|the\s+(?:year|month|week|previous|prior|same)\b|(?:19|20)\d\d\b"
                         r"|a\s+year\s+(?:ago|earlier|before))", re.IGNORECASE)
# "fell to one of the lowest levels", "one in five homes", "one per car", "down to one lung": "one" a level
# only before a period, a punctuation mark or the clause's end
_ONE_LEVEL_AFTER = re.compile(r"\s*(?:[.,;:)]|$)|\s+(?:in|during)\s+(?:(?:19|20)\d\d|the\b|last\b)|\s+(?:last|this)\s",
                              re.IGNORECASE)
_TO_AFTER = re.compile(r"(?:\s+(?:in|during)\s+\S+)?\s+to\s+[\w$]", re.IGNORECASE)
# a count said as digits or as a word up to twelve, an item of a list of counts
_A_COUNT = r"(?:\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)"
# "two thefts, one burglary, one towed vehicle and one animal report": "one" an item of a list of
# counts (an item with a figure of its own just before it), before a noun
# ("four false calls, including one malicious call": an item of the count before it)
_COUNT_ITEM_BEFORE = re.compile(r"\b" + _A_COUNT +
                                r"\s+[a-z][\w/’'-]*(?:\s+[a-z][\w/’'-]*){0,4}\s*(?:,\s*(?:and\s+)?|\s+and\s+"
                                r"|,?\s+(?:including|among\s+them|of\s+which)\s+)$",
                                re.IGNORECASE)
# "one civilian injury and one civilian death", "one robbery, two thefts": the first item of a list of counts
_COUNT_ITEM_AFTER = re.compile(r"\s*(?:,\s*(?:and\s+)?|\s+and\s+)" + _A_COUNT + r"\s+[a-z]", re.IGNORECASE)
# the verbs by which news copy says a place or a force had a count of events ("recorded 12 homicides", "suffered
# one in 2018", "troopers investigated one fatal crash", "worked one fatal crash" in police copy)
_HAD_VERBS = r"(?:recorded|reported|saw|suffered|logged|experienced|registered|counted|investigated|worked)"
# "There has been one traffic fatality in Green County this year", "The county had one fatality from January to
# June": one of a count the clause says was had, a period, place or the clause's end after its noun
# (not a person's: "the suspect had one prior arrest", "he had one conviction")
_HAD_ONE = re.compile(r"(?<!\bhe\s)(?<!\bshe\s)(?<!\bwho\s)(?<!\bthey\s)(?<!\bsuspect\s)(?<!\bdriver\s)(?<!\bman\s)"
                      r"(?<!\bwoman\s)(?<!\bvictim\s)(?<!\bofficer\s)(?<!\bdefendant\s)"
                      r"\b(?:there\s+(?:was|has\s+been|had\s+been)|had|has\s+had|have\s+had|" + _HAD_VERBS +
                      r"|compared\s+(?:to|with))\s+(?:only\s+|just\s+)?$", re.IGNORECASE)
# "Officer Smith worked one homicide", "Sgt. Mike Jones investigated one fatal crash": a titled person's own work, not
# a place's or a force's count (a title, one or two capitalised names, then the verb)
_PERSON_DID = re.compile(r"\b(?i:officer|detective|trooper|deputy|sgt|sergeant|lt|lieutenant|capt|captain|cpl|corporal"
                         r"|investigator|firefighter|agent|dr|mr|mrs|ms)\.?\s+(?:[A-Z][\w’'-]*\s+){1,2}"
                         r"(?i:" + _HAD_VERBS + r")\s+(?i:only\s+|just\s+)?$")
# "one count of robbery", "including one homicide suspect", "one theft charge": a charge or a person, no event counted
_NO_EVENT_ITEM = re.compile(r"\b(?:suspects?|counts?\s+of|charges?|defendants?)\b", re.IGNORECASE)
_ONE_ITEM_ENDS = re.compile(r"\s*(?:[.,;:)]|$)|\s+(?:in|during|from|this|last|so\s+far|since|on|at)\b", re.IGNORECASE)
# the one to four words a "had one" counts, up to the item's end ("had one fatal crash in 2019")
_ONE_ITEM_WORDS = re.compile(r"(?:\s+[a-z][\w/’'-]*){1,4}?(?=" + _ONE_ITEM_ENDS.pattern + ")", re.IGNORECASE)
# (a noun right after "one", not a preposition or verb: "two were charged with robbery, one with
# burglary", "12 arrests, one for burglary", "six calls, one involving an assault" count people or calls)
_NOUN_AFTER = re.compile(r"\s+(?!(?:for|with|of|in|on|at|by|from|to|as|into|after|involving|including|who|that|which"
                         r"|was|is|were|had|has)\b)[a-z]")
_ITEM_END = re.compile(r"[,;(]|\s(?:and|or)\s")
# "while there was one in 2019", "there had been only one.": a count of the metric said before
# "Storey County, which had no fatalities in 2017, suffered one in 2018": or said had by a place (not a person's:
# "he had one in 2018")
_THERE_WAS = re.compile(r"(?:\bthere\s+(?:was|were|has\s+been|had\s+been)"
                        r"|(?<!\bhe\s)(?<!\bshe\s)(?<!\bwho\s)(?<!\bthey\s)(?<!\bI\s)(?<!\bwe\s)\b(?:had|has\s+had|have\s+had|"
                        + _HAD_VERBS + r"))\s+(?:only\s+|just\s+)?$", re.IGNORECASE)
# "roads have claimed 11 more lives": lives lost count the deaths of the metric the clause names
_LIVES = {"lives", "life"}


# "an increase of one", "down by one": a change of one, before a mark, a period or its base
_ONE_CHANGE_BEFORE = re.compile(r"\b(?:an?\s+(?:increase|decrease|rise|drop|decline|jump|gain|reduction)\s+of"
                                r"|(?:up|down|rose|fell|increased|decreased|dropped|declined|grew)\s+by)\s+(?:just\s+|only\s+)?$",
                                re.IGNORECASE)
_ONE_CHANGE_AFTER = re.compile(_ONE_LEVEL_AFTER.pattern + r"|\s+(?:from|over|compared)\b", re.IGNORECASE)


def _plural_named(art: _Article, words: str) -> vocabulary.Match | None:
    """The metric the plural of one's singular noun names whole ("one fatal crash": fatal crashes), or None."""
    words = words.strip()
    plural = re.sub(r"(?<=[^aeiou])y$", "ie", words) + ("es" if words.endswith(("s", "sh", "ch", "x")) else "s")
    found = vocabulary.find_metric(art.pack, plural, 0, len(plural), 0, art.metrics_found)
    return found if found is not None and found.start == 0 and found.end == len(plural) else None


# the one to four words after "one", up to an item's end or its verb ("one fatal crash was reported")
_ONE_NOUN_WORDS = re.compile(r"(?:\s+[a-z][\w/’'-]*){1,4}?(?=" + _ONE_ITEM_ENDS.pattern
                             + r"|\s+(?:was|is|has|had|occurred|happened)\b)", re.IGNORECASE)
_JUST_ONE = re.compile(r"(?:(?:only|just)\s+)?one", re.IGNORECASE)


def _one_of_a_singular(art: _Article, at: _At) -> str | None:
    """ "troopers worked one fatal crash, made 28 DUI arrests": the metric the plural of the noun after
    "one" names ("fatal crashes"), when its singular names none; None otherwise."""
    st = at.st
    if st.figure is None or not _JUST_ONE.fullmatch(art.text, st.anchor[0], st.anchor[1]):
        return None
    words = _ONE_NOUN_WORDS.match(art.text, st.anchor[1], at.clause[1])
    if words is None or vocabulary.find_metric(art.pack, art.text, words.start(), words.end(), st.anchor[0],
                                               art.metrics_found) is not None:
        return None
    found = _plural_named(art, words.group(0))
    return found.id if found is not None else None


# "Not one of those was a pedestrian", "no one": none
_NOT_ONE = re.compile(r"\b(?:not|no)\s+$", re.IGNORECASE)


def _one_changed_or_of_them(art: _Article, at: _At) -> bool:
    """ "one" counts, not a determiner: a change of one ("Pedestrian deaths rose to 13, an increase of
    one"; not "an increase of one kind"), or a part of the count before whose kind the clause says ("12
    traffic deaths in 2018; one of those was a pedestrian": a pedestrian death; not "one of those was a
    tragedy", which names no kind of the count)."""
    text, st, clause = art.text, at.st, at.clause
    if text[st.anchor[0]:st.anchor[1]].lower() != "one":
        return False
    if _ONE_CHANGE_BEFORE.search(text, max(clause[0], st.anchor[0] - 40), st.anchor[0]):
        return _ONE_CHANGE_AFTER.match(text, st.anchor[1], clause[1]) is not None
    after = _COMPLEMENT.match(text, st.anchor[1], clause[1])
    return after is not None and after.group("of") is not None and not _NOT_ONE.search(text, clause[0], st.anchor[0]) \
        and _of_all(art, at, None) is not None


def _one_counted(art: _Article, clause: tuple[int, int], anchor: tuple[int, int], sentence_start: int) -> bool:
    """ "one" counts, not a determiner: an item of a list of counts whose own words name a metric ("two
    thefts, one burglary and one towed vehicle"; not "one code", nor a stock, "one resident"), or said
    after "there was" with a period or the clause's end after it, a metric named before it in the
    sentence ("while there was one in 2019"; not "There was one in 2019 that nobody reported", which
    names none)."""
    text = art.text
    if text[anchor[0]:anchor[1]].lower() != "one":
        return False
    if _NOUN_AFTER.match(text, anchor[1], clause[1]):
        item_end = _ITEM_END.search(text, anchor[1], clause[1])
        end = item_end.start() if item_end is not None else clause[1]
        listed = _COUNT_ITEM_BEFORE.search(text, max(clause[0], anchor[0] - 80), anchor[0]) is not None \
            or _COUNT_ITEM_AFTER.match(text, end, clause[1]) is not None
        had = not listed and _HAD_ONE.search(text, max(clause[0], anchor[0] - 30), anchor[0]) is not None \
            and _PERSON_DID.search(text, max(clause[0], anchor[0] - 60), anchor[0]) is None
        if listed or had:
            if had:
                words = _ONE_ITEM_WORDS.match(text, anchor[1], end)
                if words is None:
                    return False
                end = words.end()
            if _NO_EVENT_ITEM.search(text, anchor[1], end):
                return False
            named = vocabulary.find_metric(art.pack, text, anchor[1], end, anchor[0], art.metrics_found) \
                or _plural_named(art, text[anchor[1]:end])
            # a count of events over a period, not a stock: "two firefighters and one resident" is no population
            return named is not None and art.pack.metrics[named.id].additive_over_time
    return bool(_THERE_WAS.search(text, max(clause[0], anchor[0] - 30), anchor[0])
                and _ONE_LEVEL_AFTER.match(text, anchor[1], clause[1])
                and vocabulary.find_metric(art.pack, text, sentence_start, anchor[0], anchor[0],
                                           art.metrics_found) is not None)


_RESPECTIVELY = re.compile(r"\brespectively\b", re.IGNORECASE)


_LIST_NAMED_AFTER = re.compile(r"\s+(?:were|included|include|are)\s+(?!\d)", re.IGNORECASE)


def _listed_metrics(pack: Pack, text: str, clause: tuple[int, int], st, stated, listed: list[str]) -> list[str | None]:
    """The metrics of a list a statement is about: each in turn for "murders and rapes are down by
    9.5 percent and 10.3 percent, respectively"; all of them for "significant drops in murders,
    shootings and overall crime"; else [None] (the statement's own metric is looked for)."""
    if not listed:
        return [None]
    respectively = _RESPECTIVELY.search(text, clause[0], clause[1])
    figures = [x for x in stated if (x.figure is not None or (x.kind == "change" and "by" in x.fields["change"]))
               and respectively is not None and x.anchor[0] < respectively.start()]
    if respectively is not None and len(figures) == len(listed) and st in figures:
        return [listed[figures.index(st)]]
    if not _about_list(st):
        return [None]
    if _LIST_NAMED_AFTER.match(text, st.anchor[1], clause[1]):
        return list(listed)      # "crimes showing decreases were murder, rape and arson": the list is what moved
    # "motor vehicle theft has decreased by 32%, burglary and weapons offences have both decreased by
    # 16%": a figure's own metric is looked for in its own comma part, when that part names one
    start = max(clause[0], text.rfind(", ", clause[0], st.anchor[0]))
    end = text.find(", ", st.anchor[1], clause[1])
    own = vocabulary.find_metric(pack, text, start, clause[1] if end < 0 else end, st.anchor[0])
    if own is None and st.figure is not None:
        own = vocabulary.find_metric(pack, text, clause[0], clause[1], st.anchor[0])
        if own is None:
            return [None]
    if own is not None and own.id not in listed:
        return [None]
    return list(listed)


def _respectively(text: str, clause: tuple[int, int], stated: list) -> list:
    """ "down by 9.5 percent and 10.3 percent, respectively": the direction of the first figure is
    each figure's before "respectively"."""
    respectively = _RESPECTIVELY.search(text, clause[0], clause[1])
    if respectively is None:
        return stated
    before = [x for x in stated if x.figure is not None and x.anchor[0] < respectively.start()]
    changes = [x for x in before if x.kind == "change" and "phrase" in x.fields["change"]]
    if not changes:
        return stated
    direction = changes[0].fields["change"]["phrase"].split()[0]
    from dataclasses import replace
    return [replace(x, kind="change", fields={"change": {"phrase": f"{direction} {x.figure.text}"}})
            if x in before and x.kind == "value" else x for x in stated]


def _about_list(st: statements.Stated) -> bool:
    """Whether a statement may be about each metric of a list its clause names: a comparison, a
    record or a change by a percentage, not a count (which counts one thing)."""
    if st.kind == "comparison":
        return True
    if st.kind == "change":
        change = st.fields["change"]
        # (a fraction said in words, "up by a third", is a percentage too)
        return change.get("measure") in ("percent", "ratio") or "percent" in change.get("phrase", "") \
            or "%" in change.get("phrase", "") or (st.figure is None and "phrase" in change)
    return False


_COUNT_OF_SHARE = re.compile(r"\d\s*(?:percent|per\s*cent|%)\s+(?:of\s+[^.;,]{1,80}?\s+)?(?:were|was)\s+[^.;,]{1,60},\s+or\s+"
                             r"(?:about\s+|around\s+|nearly\s+|roughly\s+|some\s+|almost\s+|approximately\s+)?\Z",
                             re.IGNORECASE)
_CHANGED_BY = re.compile(r"\s+(?:\w+\s+){0,2}?by\s+(?:about\s+|nearly\s+|roughly\s+|some\s+|almost\s+)?")
_PARTED = re.compile(r",\s|\s[—–]\s|—|;\s|\sand\s|\sto\s")


# words of a metric's name that tell no metric from another
_NAME_STOP = frozenset("of the a an and or with who which that than more one in on at for to by from per as its their "
                       "all any total number amount".split())


def _name_stems(name: str) -> frozenset[str]:
    return frozenset(w.removesuffix("s") for w in re.findall(r"[a-z0-9]+", name.lower().replace("_", " "))
                     if w not in _NAME_STOP)


def _by_unit_and_words(art: _Article, at: _At) -> str | None:
    """The one metric whose unit a percentage's or a sum of money's figure fits and whose name (label
    or alias) the clause says most of, word for word if not whole ("The percentage of pupils ...
    known to be eligible for free school meals was 19.5 per cent": share of pupils eligible for free
    school meals; "The province's average home sales price in September was $251,877": average home
    price, not homes sold): two words of the name at least besides the words a percentage says by
    itself ("share", "rate", ...), and two thirds of its words with those, more than any other metric
    of that unit. None when no metric, or several, are so named."""
    st, text = at.st, art.text
    percent = (st.figure.unit or "").lower() == "percent"
    words = _name_stems(text[at.clause[0]:st.anchor[0]] + " " + text[st.anchor[1]:at.clause[1]])
    if percent:
        words -= _PERCENT_WORDS
    if len(words) < 2:
        return None
    best: dict[str, tuple[int, float]] = {}
    for metric_id, metric in art.pack.metrics.items():
        if not _unit_fits(art.pack, metric_id, st) or rate_scale(metric.unit) is not None:
            continue
        for name in {metric.label or "", *metric.aliases}:
            stems = _name_stems(name)
            hit = len(stems & words)
            said = hit + (len(stems & _PERCENT_WORDS) if percent else 0)
            if hit >= 2 and said * 3 >= 2 * len(stems):
                score = (said, said / len(stems))
                if score > best.get(metric_id, (0, 0.0)):
                    best[metric_id] = score
    if not best:
        return None
    ranked = sorted(best.items(), key=lambda kv: kv[1], reverse=True)
    if len(ranked) > 1 and ranked[1][1] == ranked[0][1]:
        return None
    return ranked[0][0]


# words a percentage says by itself: of a name ("share of pupils ...", "clearance rate"), said by
# the figure's unit
_PERCENT_WORDS = frozenset("share percentage percent cent proportion rate ratio".split())


def _narrowing_words(art: _Article, at: _At) -> frozenset[str]:
    """The plain words of the headline and the lede, less the metric names they hold ("Violent crime
    falls" narrows no later "14,200 crimes"), and of the figure's own comma part ("520 overdose
    deaths in 2017, including 410 involving opioids": not the breakdown's "opioids")."""
    text = art.text
    if "plain context" not in art.read_once:
        lede = art.paragraphs[0] if art.paragraphs else (0, 0)
        context = f"{art.source.title or ''}\n{text[lede[0]:lede[1]]}"
        while (named := vocabulary.find_metric(art.pack, context, 0, len(context), 0, art.metrics_found)) is not None:
            context = context[:named.start] + " " * (named.end - named.start) + context[named.end:]
        art.read_once["plain context"] = vocabulary.plain_words(context)
    part = _segment(text, at.clause[0], at.clause[1], at.st.anchor)
    return art.read_once["plain context"] | vocabulary.plain_words(text[part[0]:part[1]])


# a word naming a body in the headline or lede: "Sheriff's Office", "Police Department", "fire service", "City council"
_BODY_NAMED = re.compile(r"\b([A-Za-z][A-Za-z-]*)(?:['’]s)?\s+(?:[Oo]ffice|[Dd]epartment|[Ss]ervices?|[Ff]orce|[Aa]gency|"
                         r"[Bb]ureau|[Dd]ivision|[Pp]atrol|[Dd]etachment|[Cc]ommission|[Bb]oard|[Dd]istrict|[Cc]ouncil)\b")


# a body's or a kind of government's bare word ("Police answered ...", "City manager warns", "Municipal taxes")
_BODY_WORDS = frozenset("police sheriff rcmp garda gardai constabulary trooper "
                        "city county municipal township town village borough".split())


def _narrowing_cues(art: _Article, at: _At) -> frozenset[str]:
    """The words that may narrow a name said to another metric's (`_narrowing_words`): the figure's own
    comma part's, and of the headline and lede only those that name a body ("Warren County Sheriff's
    Office": sheriff; "police", "RCMP", "city", "municipal"), not a topic's ("No slowing of opioid epidemic")."""
    if "body cues" not in art.read_once:     # the headline's and lede's alone: the figure's part is added per call
        lede = art.paragraphs[0] if art.paragraphs else (0, 0)
        context = f"{art.source.title or ''}\n{art.text[lede[0]:lede[1]]}"
        words = {vocabulary.plain_words(hit.group(1)) for hit in _BODY_NAMED.finditer(context)}
        _narrowing_words(art, at)    # reads the headline's and lede's plain words once
        art.read_once["body cues"] = frozenset().union(*words) | (art.read_once["plain context"] & _BODY_WORDS)
    part = _segment(art.text, at.clause[0], at.clause[1], at.st.anchor)
    return art.read_once["body cues"] | vocabulary.plain_words(art.text[part[0]:part[1]])


def _metric(art: _Article, at: _At, review: list[str]) -> str | None:
    """The clause's metric: a name of the vocabulary, the figure's counted noun, or the figure before's;
    of a figure said to be people killed, the deaths of the things that metric counts."""
    metric = _metric_named(art, at, review)
    for read, why in ((_killed_in_them, f"the deaths of the '{metric}' the figure's people were killed in"),
                      (_deaths_of_the_people, "the deaths of the people the figure counts, after deaths said")):
        deaths = read(art, at, metric)
        if deaths is not None:
            review[:] = [r for r in review if not r.startswith("metric:")]
            review.append(f"metric: '{deaths}', {why}; check")
            return deaths
    on_a_day = _count_of_a_day(art, at, metric) if metric is not None else None
    if on_a_day is not None:
        # "The jail held 1,487 men and 352 women Monday": an alias of the average said of one day
        review.append(f"metric: '{on_a_day}', the count on a day of '{metric}' (the clause names a day, no "
                      "average); check")
        return on_a_day
    return metric


# a figure said to be people killed or dead, right after it ("(22 killed)", "33 people were killed", "4 dead")
_KILLED_AFTER = re.compile(r"\s+(?:people\s+|persons\s+)?(?:(?:were|have\s+been|had\s+been)\s+)?(?:killed|dead)\b",
                           re.IGNORECASE)


def _killed_in_them(art: _Article, at: _At, metric: str | None) -> str | None:
    """ "2007: 21 crashes (22 killed)", "There were 10 fatal crashes this year, when 12 people were
    killed" in a story on fatal crashes: a figure of people killed whose metric counts no deaths ("fatal
    crashes", drafted from the headline or the figure before) counts the deaths of those things
    ("traffic deaths"), when the vocabulary has them. Not a metric that counts deaths already."""
    st = at.st
    if metric is None or metric == UNDECIDED or st.figure is None or metric not in art.pack.metrics \
            or (st.figure.unit or "").lower() not in _KILLED_UNITS \
            or not _KILLED_AFTER.match(art.text, st.anchor[1], at.clause[1]):
        return None
    return _deaths_of(art, metric)


_KILLED_UNITS = frozenset(("", "people", "persons", "killed", "dead"))
# a plural noun of people by what they do ("motorists", "pedestrians", "drivers", "passengers"), not of
# things ("26 people had been killed in 255 shootings")
_KIND_OF_PEOPLE = re.compile(r"[a-z]{2,}(?:ists|ians|ers|ors|ants|ents)")
# deaths said before the figure in its clause ("Last year's 403 deaths include 298 motorists")
_DEATHS_BEFORE_FIGURE = re.compile(r"\b(?:deaths|fatalities|died|killed)\b", re.IGNORECASE)
_HURT_AFTER = re.compile(r"\s+(?:\w+\s+)?(?:were|was|are|have\s+been)\s+(?:injured|hurt|wounded|rescued|treated)\b",
                         re.IGNORECASE)


# a list's opening after deaths said ("403 deaths include 298 motorists", "the dead: 21 drivers"), an
# item of it ("21 were drivers", "298 motorists"), and a figure said to be the kind ("21 were drivers")
_LIST_OPENS = re.compile(r"\b(?:include[sd]?|including|among\s+(?:them|those|the\s+dead)|such\s+as)\b|:", re.IGNORECASE)
_NUMBER = re.compile(r"(?<![\d,.])(?!(?:19|20)\d\d\b)\d[\d,.]*")      # not a year ("deaths in 2020 included")
_LIST_ITEM = re.compile(r"\d[\d,.]*\s+(?P<were>(?:were|was)\s+)?(?P<noun>[a-z]+)\b")
_WERE_AFTER = re.compile(r"\s+(?:were|was)\s+[a-z]+", re.IGNORECASE)


def _listed_after_deaths(text: str, start: int, anchor: tuple[int, int]) -> bool:
    """Whether the figure at `anchor` is an item of a list of the people of deaths said before it in
    text[start:]: a list opened by "include", "including", "among them" or a colon, or of items said
    "21 were drivers"; every figure between them an item of people ("298 motorists, 51 motorcyclists").
    Not a figure of people said in another statement after deaths ("Traffic deaths rose to 30 as police
    ticketed 4,000 drivers")."""
    deaths = None
    for deaths in _DEATHS_BEFORE_FIGURE.finditer(text, start, anchor[0]):
        pass
    if deaths is None:
        return False
    gap = text[deaths.end():anchor[0]]
    items = [_LIST_ITEM.match(gap, n.start()) for n in _NUMBER.finditer(gap)]
    if any(item is None or not _KIND_OF_PEOPLE.fullmatch(item.group("noun")) for item in items):
        return False
    return _LIST_OPENS.search(gap) is not None or any(item.group("were") for item in items) \
        or _WERE_AFTER.match(text, anchor[1]) is not None


def _deaths_of_the_people(art: _Article, at: _At, metric: str | None) -> str | None:
    """ "Last year's 403 deaths include 298 motorists, 51 motorcyclists, 36 pedestrians": a figure of
    people of a kind, after deaths said in its clause, counts that kind's deaths ("pedestrian deaths")
    when the vocabulary has them; not people said hurt ("..., and 40 firefighters were injured")."""
    st, text = at.st, art.text
    noun = (st.figure.unit or "").lower() if st.figure is not None else ""
    if not _KIND_OF_PEOPLE.fullmatch(noun) or noun in _KILLED_UNITS \
            or not _listed_after_deaths(text, at.clause[0], st.anchor) \
            or _HURT_AFTER.match(text, st.anchor[1], at.clause[1]):
        return None
    phrase = f"{noun[:-1]} deaths"
    found = vocabulary.find_metric(art.pack, phrase, 0, len(phrase), 0, art.metrics_found)
    if found is None or found.start != 0 or found.end != len(phrase) or found.id == metric \
            or art.pack.metrics[found.id].unit != "count":
        return None
    return found.id


def _deaths_of(art: _Article, metric: str) -> str | None:
    """The deaths metric of the things a count metric counts ("fatal crashes": traffic deaths), or
    None for a metric that counts deaths already ("traffic deaths", "homicides") or no things."""
    definition = art.pack.metrics[metric]
    name = f"{metric} {definition.label or ''}".replace("_", " ")
    if definition.unit != "count" or definition.family or (
            _DEATH_NAME.search(name) is not None and not _FATAL_WORD.match(definition.label or "")):
        return None
    return _deaths_named(art, vocabulary.Match(metric, 0, 0), ())


def _owned_by_the_story(art: _Article, at: _At, match: vocabulary.Match) -> str | None:
    """The metric of the same name that the owner the figure's sentence, else its paragraph, else the
    headline and lede name has ("the district using 45.158 mills": a school district's levy, not the
    county's whose alias "mills" is), when the name is said without its own owner."""
    text = art.text
    paragraph = art.paragraphs[at.sentence.paragraph] if at.sentence.paragraph < len(art.paragraphs) else (0, 0)
    lede = art.paragraphs[0] if art.paragraphs else (0, 0)
    return vocabulary.owned_elsewhere(
        art.pack, match.id, text[match.start:match.end],
        (lambda: vocabulary.plain_words(text[at.sentence.start:at.sentence.end]),
         lambda: vocabulary.plain_words(text[paragraph[0]:paragraph[1]]),
         lambda: vocabulary.plain_words(f"{art.source.title or ''}\n{text[lede[0]:lede[1]]}")))


def _metric_named(art: _Article, at: _At, review: list[str]) -> str | None:
    """The clause's metric: a name of the vocabulary, the figure's counted noun, or the figure before's."""
    st, clause, state, text = at.st, at.clause, art.state, art.text
    if at.metric is not None:
        review.append(f"metric: '{at.metric}', one of the metrics the clause lists; check")
        return at.metric
    if st.figure is not None and st.figure.unit != "percent" and state.last_metric and \
            _COUNT_OF_SHARE.search(text, max(at.sentence.start, st.anchor[0] - 120), st.anchor[0]):
        # "28 percent were from opioids, or about 982 people": the count of the share's kind
        review.append(f"metric: '{state.last_metric}', the kind of the share just before; check")
        return state.last_metric
    if st.share_of_count and state.last_metric and state.last_paragraph == at.sentence.paragraph:
        review.append(f"metric: '{state.last_metric}', the count this share follows; check")
        return state.last_metric
    scaled = _rate_said_of_a_bare_figure(art, at)
    if scaled is not None:
        review.append(f"metric: '{scaled}', the rate the clause names by its count and scale ('the number of road "
                      "fatalities per 100,000 population decreased to 4.6'); check")
        return scaled
    involving = _involving(art, at) if st.figure is not None else None
    if involving is not None:
        review.append(f"metric: '{involving}', the kind the figure's things involved ('... involved fentanyl'); check")
        return involving
    # the metric named in the figure's own part of the clause first ("opioid-related deaths grew by
    # 14% from 2021 and cocaine-related deaths went up by 34%"), else anywhere in the clause
    part = _segment(text, clause[0], clause[1], st.anchor) if _PARTED.search(text, clause[0], clause[1]) else clause
    for but in _BUT.finditer(text, part[0], part[1]):     # "... fell ..., but robberies climbed": two parts
        part = (part[0], but.start()) if st.anchor[0] < but.start() else (but.end(), part[1])
        break
    match = vocabulary.find_metric(art.pack, text, part[0], part[1], st.anchor[0], art.metrics_found) if part != clause else None
    match = match or vocabulary.find_metric(art.pack, text, clause[0], clause[1], st.anchor[0], art.metrics_found)
    if match is not None and in_aside(text, clause[0], match.start, clause[1]) and not in_aside(text, clause[0], st.anchor[0], clause[1]):
        match = _outside_the_aside(art, at, match)
    if match is not None and vocabulary.time_head(text, match.start, match.end):
        match = None      # "compared to 42 at the start of 2014": a time's word, not housing starts
    present = _present_in(art, at, match)
    if present is not None:
        review.append(f"metric: '{present}', the deaths the thing said present in them involved "
                      "('... was present in 309 of overdose deaths'); check")
        return present
    thing = _thing_before_deaths(art, match)
    if thing is not None:
        review.append(f"metric: '{thing}', the deaths of the thing said before '{text[match.start:match.end]}'; check")
        match = vocabulary.Match(thing, match.start, match.end)
    named = _named_before_examples(art, at, match)
    if named is not None:
        review.append(f"metric: '{named.id}', named before the examples the figure's sentence gives of it "
                      "('..., such as ...'); check")
        match = named
    died = _died_of(art, at, match)
    if died is not None:
        # "4,854 Ohio residents died from drug overdoses", "26 county residents suffered fatal
        # overdoses", "73 Marylanders died in 62 fatal fires": the deaths of what they died of, not
        # the residents' population
        review.append(f"metric: '{died}', the deaths of what the figure's people died of; check")
        return died
    if st.figure is not None and not st.figure.unit and st.figure.text.lower() not in _DETERMINERS and part != clause \
            and state.last_metric \
            and clause[0] <= state.last_anchor < part[0] and (match is None or not part[0] <= match.start < part[1]) \
            and (_fits(art.pack, state.last_metric, st)
                 or (_a_rate(art.pack, state.last_metric) and not _A_TOTAL.search(text, part[0], part[1]))) \
            and _carries(art, at, part):
        # "shootings claimed 38 lives in Toronto, 44 in 2019", "59 Ohioans lost their lives in fires
        # compared to 42 at the start of 2014": a bare figure in a part naming nothing counts what the
        # clause's figure before it counts
        review.append(f"metric: '{state.last_metric}', of the clause's figure before (its part names none); check")
        return state.last_metric
    if match is not None and st.figure is not None and st.figure.unit and match.start > st.anchor[1] and \
            _ANOTHER_FIGURE.search(text, st.anchor[1], match.start):
        # "625 fatalities from 561 fatal crashes": the name after another figure is that figure's;
        # this one counts its own noun
        match = None
    if match is not None and st.figure is not None and _in_the_rates_scale(text, st.anchor, match):
        # "That fatality rate remained at 1.23 per 100 million miles traveled": the miles are what the
        # rate is per, not what it counts; the figure's metric is named before it, if at all
        match = vocabulary.find_metric(art.pack, text, clause[0], st.anchor[0], st.anchor[0], art.metrics_found)
    subject = _subject_of_the_share(art, at, match)
    if subject is not None:
        review.append(f"metric: '{subject}', what the share before the figure is of ('... accounted for 91% of "
                      "overdose deaths, a 13% increase'); check")
        match = vocabulary.Match(subject, match.start, match.end)
    if match is not None and st.figure is not None and match.end <= st.anchor[0] \
            and (other := _FIGURE_OF_THE_NAME.search(text, clause[0], match.start)) is not None:
        # "Homicides in cities with 250,000 or more residents rose by about 15.2 percent": the name
        # right after another figure before this one is that figure's; this one's is a name of the clause
        # before that figure, if it has one (not one after it: "3,500 calls for service in November (2,020)
        # ..., and 350 crimes were reported"; "Of the 15 homicides last week, all but one were shot to death
        # and all but two ...": the two are of the 15 homicides)
        before = vocabulary.find_metric(art.pack, text, clause[0], other.start(), st.anchor[0], art.metrics_found)
        if before is not None and (other.group("lead") or other.group("trail") or _plainer_word_for(text, match, before)):
            match = before
    if match is not None and st.figure is not None and match.start > st.anchor[1] \
            and not _RIGHT_AFTER.fullmatch(text, st.anchor[1], match.start) \
            and _OWN_CHANGE_AFTER.match(text, match.end, clause[1]):
        # "a decrease of 26% (404 to 298) in this group with Assaults decreasing by 32%": the name after
        # the figure is the subject of its own change, a later figure's; this one's is said before it
        match = vocabulary.find_metric(art.pack, text, clause[0], st.anchor[0], st.anchor[0], art.metrics_found)
    if match is not None and match.start > st.anchor[1] and _OF_A_WHOLE.fullmatch(text, st.anchor[1], match.start):
        # "45,527 of 93,478 registered voters casting ballots": the name after the whole counts the
        # whole; the part is what the words after it say the part did
        own = vocabulary.find_metric(art.pack, text, match.end, min(clause[1], match.end + 40), match.end, art.metrics_found)
        if own is not None and _part_did(text, match.end, own.start):
            review.append(f"metric: '{own.id}', what the part of '{text[match.start:match.end]}' did; check")
            match = own
    if match is not None and not (part[0] <= match.start and match.end <= part[1]) and not _fits(art.pack, match.id, st):
        # "..., measured as the ratio of ER patients with flu symptoms, has held steady at 8 percent,
        # last week ... confirmed cases decreased, from 2,260 to 1,880": another part's percentage
        match = None
    if match is not None:
        match = _of_all(art, at, match)
    kind = _kind_before_family_word(art, at, match)
    if kind is not None:
        review.append(f"metric: '{kind.id}', named before '{text[match.start:match.end]}', a word for its family; check")
        match = kind
    if match is not None and kind is None and named is None:     # the examples are kinds of the name, not narrowing words
        other = vocabulary.narrowed_elsewhere(art.pack, match.id, text[match.start:match.end],
                                              lambda: _narrowing_words(art, at),
                                              lambda: vocabulary.plain_words(text[at.sentence.start:at.sentence.end]),
                                              lambda: _narrowing_cues(art, at))
        if other is not None:
            review.append(f"metric: '{other}', '{text[match.start:match.end]}' narrowed by the words around it; check")
            match = vocabulary.Match(other, match.start, match.end)
        full = vocabulary.said_in_full_before(art.pack, text, match)
        if full is not None:
            review.append(f"metric: '{full}', named in full before '{text[match.start:match.end]}'; check")
            match = vocabulary.Match(full, match.start, match.end)
        owned = _owned_by_the_story(art, at, match)
        if owned is not None:
            review.append(f"metric: '{owned}', '{text[match.start:match.end]}' of the owner the words around it "
                          "name; check")
            match = vocabulary.Match(owned, match.start, match.end)
    such = _such_before(art, at)
    if such is not None:
        review.append(f"metric: '{such}', named just before the figure's 'such ...'; check")
        return such
    said_so = _of_them_were(art, at)
    if said_so is not None:
        review.append(f"metric: '{said_so}', the things counted as the clause says they were ('... were deadly'); check")
        return said_so
    if match is not None:
        beside = _deaths_named_beside(art, at, match)
        if beside is not None:
            review.append(f"metric: '{beside}', the deaths the clause names, for "
                          f"'{text[match.start:match.end]}'; check")
            return beside
        sibling = _same_family_before(art, at, match)
        if sibling is not None:
            review.append(f"metric: '{sibling}', the metric before, for '{text[match.start:match.end]}' "
                          + (f"(a word for its family, '{art.pack.metrics[match.id].family}'); check"
                             if art.pack.metrics[match.id].family else "(its noun said alone); check"))
            return sibling
        kin = _family_of_the_headline(art, at, match)
        if kin is not None:
            review.append(f"metric: '{kin}', of the family the headline and lede name (or the deaths of what the "
                          f"headline counts), for '{text[match.start:match.end]}'; check")
            return kin
        if _body_never_named(art, match):
            match = None
    hurt = _DEAD_OR_HURT.match(text, st.anchor[1], clause[1]) if match is not None and st.figure is not None else None
    if hurt is not None:
        # "2 dead, 4 injured in shooting": the shooting's deaths, its people injured
        name = re.sub(r"s$", "", text[match.start:match.end].lower())
        phrases = ([f"{name} deaths", f"fatal {name}s"] if hurt.group("dead") else
                   [f"nonfatal {name}s", f"non-fatal {name}s", f"{name} injuries", f"people injured in {name}s"])
        for phrase in phrases:
            found = vocabulary.find_metric(art.pack, phrase, 0, len(phrase), 0, art.metrics_found)
            if found is not None and found.start == 0 and found.end == len(phrase):
                match = found
                break
    if match is not None and st.figure is not None and ((st.figure.unit and (
            st.figure.unit.lower().split()[0] in ("deaths", "fatalities") or _lives_lost(art, at)))
            or ((st.figure.unit or "percent") == "percent"
                and _deaths_said_of(text, match, max(part[0], st.anchor[0] - 120), st.anchor[0]))):
        # "32 shootings, which have resulted in four deaths": shooting deaths, if the vocabulary has them;
        # lives said lost are deaths too ("shootings claimed 38 lives", "59 Ohioans lost their lives in fires");
        # and deaths said before a bare figure or a percentage in its part ("Both fires and the number of
        # fatalities increased, with the number of deaths rising from 148", "the highest death toll due to
        # fires since 2002 and a 30 percent increase"; not "640 fatalities from 581 fatal crashes");
        # the whole phrase a count's name ("crash fatality rate deaths" is no drug death rate)
        phrase = f"{re.sub(r's$', '', text[match.start:match.end].lower())} deaths"
        deaths = vocabulary.find_metric(art.pack, phrase, 0, len(phrase), 0, art.metrics_found)
        if deaths is not None and deaths.start == 0 and deaths.end == len(phrase) \
                and rate_scale(art.pack.metrics[deaths.id].unit) is None:
            match = deaths
        elif _FATAL_WORD.match(text[match.start:match.end]) and (named := _deaths_named(art, match, ())) is not None:
            # "Fatal blazes claimed the lives of 27 civilians": the deaths of fatal fires' own label
            match = vocabulary.Match(named, match.start, match.end)
    if st.figure is not None and rate_scale(st.figure.unit) is not None:
        # a rate: the rate metric named ("homicide rate"), or the rate of the count named
        # ("18 homicides per 100,000"); the population's name ("residents") is the scale's
        rate = vocabulary.rate_named(art.pack, text, clause[0], clause[1])
        if rate is None and state.last_metric and state.last_paragraph >= at.sentence.paragraph - 1:
            # "3,505 died in 2015 from a drug-related overdose ... The statewide average is about
            # 27.4 deaths per 100,000 population": the rate of the count just drafted (or that rate again)
            rate = next((r for r in art.pack.rates.values() if state.last_metric in (r.count, r.rate)), None)
            if rate is not None:
                review.append(f"metric: '{rate.rate}', the rate of '{state.last_metric}', drafted just before; check")
        if rate is None and match is not None and rate_scale(art.pack.metrics[match.id].unit) is not None:
            return match.id     # a rate metric named by its words ("27.4 deaths per 100,000 population")
        if rate is None and match is not None and (defined := vocabulary.rate_of_count(art.pack, match.id)) is not None:
            review.append(f"metric: '{defined}', the rate whose definition counts '{match.id}'; check")
            return defined      # "811 burglary incidents per 100,000 people": the break-in rate a desk defines
        if rate is None and (listed := _rate_introduced(art, at)) is not None:
            review.append(f"metric: '{listed}', the rate named before the list; check")
            return listed
        if rate is None and _names_nothing_of_its_own(text, st, match) \
                and (before := _rate_drafted_before(art, at)) is not None:
            review.append(f"metric: '{before}', the rate drafted just before in the scale of this one; check")
            return before
        if rate is None and (worded := _rate_by_words(art, at)) is not None:
            review.append(f"metric: '{worded}', the rate in this scale most of whose name's words the clause "
                          "or the headline and lede say; check")
            return worded
        if rate is None:
            line, col = line_column(text, st.anchor[0])
            art.notes.append(f"{line}:{col}: '{st.figure.text}' is a rate of no rate metric of the vocabulary; "
                             "drafted without its metric")
            return UNDECIDED
        return rate.rate
    if st.figure is not None and st.figure.unit is None and _IN_HOW_MANY.search(text, max(0, st.anchor[0] - 40), st.anchor[0]) \
            and not re.match(r"\s*(?:%|percent|per\s*cent)", text[st.anchor[1]:st.anchor[1] + 12]):
        # "The death totals were down in 28, up in 17 and the same in one": how many places (or
        # units) moved so, not the metric's figure
        line, col = line_column(text, st.anchor[0])
        art.notes.append(f"{line}:{col}: '{st.figure.text}' counts the places or units in which a figure moved "
                         "(' up in 17'); not drafted")
        return None
    if st.figure is not None and (st.figure.unit or "").lower() not in ("percent", *_CURRENCIES) and \
            not vocabulary.foreign_noun(art.pack, st.figure.unit) and vocabulary.counts_places(art.pack, text, st.anchor[0], st.anchor[1], clause[0]):
        # "25 states were estimated to have increases", "in 384 of the 389 metropolitan areas"
        line, col = line_column(text, st.anchor[0])
        art.notes.append(f"{line}:{col}: '{st.figure.text}' counts places; not drafted")
        return None
    by_noun = vocabulary.metric_of_noun(art.pack, st.figure.unit) if st.figure is not None else None
    if by_noun is not None and art.pack.metrics[by_noun].unit in ("percent", *_CURRENCIES) and \
            st.kind == "value" and (st.figure.unit or "").lower() not in ("percent", *_CURRENCIES):
        # "959 houses were sold": a count of houses, not the house price a name with "house" says
        by_noun = None
    if by_noun is not None and _who_died(art.pack, by_noun, st.figure.unit) and not _DEATH_NAME.search(text, clause[0], clause[1]):
        # "we send 12 firefighters": people on duty, not the firefighters lost a name counts
        line, col = line_column(text, st.anchor[0])
        art.notes.append(f"{line}:{col}: '{st.figure.text} {st.figure.unit}' counts people the clause does not say "
                         "died; not drafted")
        return None
    if st.figure is not None and st.figure.text.lower() in _DETERMINERS and by_noun is None \
            and not (_LEVEL_TO_ONE.search(text, max(clause[0], st.anchor[0] - 60), st.anchor[0])
                     and _ONE_LEVEL_AFTER.match(text, st.anchor[1], clause[1])) \
            and not (_FROM_BEFORE.search(text, max(clause[0], st.anchor[0] - 6), st.anchor[0])
                     and _TO_AFTER.match(text, st.anchor[1], clause[1])) \
            and not _MORE_AFTER.match(text, st.anchor[1], clause[1]) \
            and not _one_counted(art, clause, st.anchor, at.sentence.start) \
            and not _one_changed_or_of_them(art, at):
        return None       # "in one section of the city": a determiner, not a figure
    singular = _one_of_a_singular(art, at)
    if singular is not None and (match is None or match.id != singular):
        review.append(f"metric: '{singular}', the plural of the noun said after 'one'; check")
        return singular
    # "the county's labor force dropped by 184 workers": the metric named just before the change's
    # "by", the noun after the figure its unit (not "went up slightly in 2022 after two big leaps")
    named_before = match is not None and st.kind == "change" and part[0] <= match.start and match.end <= st.anchor[0] \
        and bool(_CHANGED_BY.fullmatch(text, match.end, st.anchor[0]))
    if st.figure is not None and not named_before and not (match is not None and (st.figure.unit or "").lower() in _LIVES) \
            and not _DEMONYM_AFTER.match(text, st.anchor[1]) and (
            vocabulary.foreign_noun(art.pack, st.figure.unit) or (
            st.figure.text.isalpha() and vocabulary.foreign_noun(art.pack, _counted_noun(text, st.anchor[1], clause[1])))):
        # "12 hours of meetings", "20 cities": counts of something no metric names
        line, col = line_column(text, st.anchor[0])
        art.notes.append(f"{line}:{col}: '{st.figure.text} {st.figure.unit}' counts what no metric of the "
                         "vocabulary names; not drafted")
        return None
    if by_noun is not None and (match is None or match.id != by_noun) and kind is None:
        return by_noun
    if match is not None:
        return match.id
    row = _table_row_label(art, st.anchor[0]) if st.figure is not None else None
    if row is not None and not _fits_row(art, row, st):
        row = None
    if row is not None:
        review.append(f"metric: '{row}', named by the label of the table's row; check")
        return row
    said = _named_just_before(art, at) if st.figure is not None else None
    if said is not None:
        review.append(f"metric: '{said}', named just before the clause's '{_THE_NUMBER.search(text, clause[0], st.anchor[0]).group(0)}'; check")
        return said
    headed = _heading_metric(art, at) if st.figure is not None else None
    if headed is not None:
        review.append(f"metric: '{headed}', named by the heading line just above the figure's sentence; check")
        return headed
    generic = _generic(art, at, part)
    if generic is not None and generic.by == "previous" and _named_for_another_figure(art, at, generic.metric):
        generic = None     # "Officers arrested 311 people, the department said, including 45 for DUI"
    if generic is not None and not _fits(art.pack, generic.metric, st) and not _bare_rate_or_sum(art.pack, generic, st):
        generic = None     # "796 people were cited for speeding" under a headline on speeding's share of deaths: a count
    if generic is not None:
        review.append(f"metric: '{generic.metric}' for '{generic.word}', " + _GENERIC_BY[generic.by] + "; check")
        return generic.metric
    kind_of = _of_all(art, at, None) if st.figure is not None else None
    if kind_of is not None:
        # "and 31 of them were pedestrians": pedestrian deaths, of the traffic deaths before
        review.append(f"metric: '{kind_of.id}', the kind of '{state.last_metric}' named after 'of them were'; check")
        return kind_of.id
    if st.figure is not None and state.metrics_seen and _COMPARED_AT.search(text, clause[0], clause[1]):
        # "Oklahoma City is lower at 4.6%": the last metric drafted in the figure's unit
        percent = st.figure.unit == "percent"
        for seen in reversed(state.metrics_seen):
            definition = art.pack.metrics.get(seen)
            if definition is not None and (definition.unit == "percent") == percent:
                review.append(f"metric: '{seen}', the last metric of a figure in its unit (compared with it: "
                              "'... lower at'); check")
                return seen
    before = _named_just_before(art, at, pointed=False) if st.figure is not None else None
    if before is not None:
        # "2. The number of assaults is disturbing ... we had only 18 in 2015": the name said in the
        # figure's paragraph (a list's item), not the list's lead-in ("crime statistics")
        review.append(f"metric: '{before}', named last before the figure's clause in its paragraph; check")
        return before
    lead = _list_lead_in(art, st.anchor[0]) if st.figure is not None else None
    if lead is not None:
        review.append(f"metric: '{lead}', named by the line that opens the list; check")
        return lead
    if st.figure is not None and state.last_metric and at.sentence.paragraph - state.last_paragraph <= 2 and (
            _OF_THE_FIGURE.match(text, st.anchor[1], clause[1])
            or _THE_REST.search(text, max(clause[0], st.anchor[0] - 30), st.anchor[0])):
        # "Just one of the seven ...", "The remaining six all occurred ...": a part of a count
        # drafted before, of its metric
        review.append(f"metric: '{state.last_metric}', of the count before ('of the seven', 'the remaining'); check")
        return state.last_metric
    if state.last_metric and (state.last_paragraph == at.sentence.paragraph or (
            state.last_paragraph == at.sentence.paragraph - 1 and points_back(text, clause))) and (
            st.kind in ("share", "change") or st.figure is not None or _ANAPHOR.search(text[clause[0]:clause[1]])) \
            and (_fits(art.pack, state.last_metric, st) or _rate_ranked(art, at)) \
            and not vocabulary.off_the_roads(art.pack, state.last_metric, text, clause[0], clause[1]) \
            and not _named_for_another_figure(art, at, state.last_metric) \
            and not _a_narrower_kind(art, at, state.last_metric):
        review.append(f"metric: '{state.last_metric}' carried over from the figure before (the clause names none); check")
        return state.last_metric
    money = _money_metric(art, at, st.figure.unit) if st.figure is not None else None
    if money is not None:
        # "pricing the average property at £241,163" in an article about house prices: the only
        # metric of that currency the article names, when the paragraph holds a word of its name
        review.append(f"metric: '{money}', the only metric in {st.figure.unit}s the article names; check")
        return money
    if st.figure is not None and (st.figure.unit is None or st.figure.unit == "percent"):
        loose = None
        for span in dict.fromkeys((part, clause)):
            loose = vocabulary.metric_by_words(art.pack, text, span, st.anchor[0], _context(art),
                                               st.figure.unit)
            if loose is not None:
                break
        if loose is not None:
            review.append(f"metric: '{loose}', the metric each word of a name of which the clause or the "
                          "headline and lede say, its word nearest the figure (no name said whole); check")
            return loose
    if st.figure is not None and st.figure.text.isalpha() and st.figure.unit is None:
        line, col = line_column(text, st.anchor[0])
        art.notes.append(f"{line}:{col}: '{st.figure.text}' names no metric of the vocabulary; not drafted")
        return None
    if st.figure is not None and not _NO_FIGURE.search(text, max(0, st.anchor[0] - 12), min(len(text), st.anchor[1] + 12)):
        # a figure no name of the vocabulary counts ("394 deaths on the road"): the article's own
        # metric if it has one, else drafted without its metric, commented out with a note, so that
        # an editor writes the metric (or adds it to the pack)
        return _article_metric(art, at, review) or UNDECIDED
    if st.figure is None and st.kind in ("comparison", "change"):
        # "were up slightly last year compared to 2018", what went up not named: the article's
        # metric, unless the clause speaks of several things ("Both sets of numbers represented
        # minor increases")
        if not _SEVERAL.search(text, clause[0], clause[1]):
            return _article_metric(art, at, review) or UNDECIDED
        return UNDECIDED
    return None


# what may stand between a kind's name and its family's word: an aside opening ("Theft, one of the
# most high volume crimes, ..."), a parenthesis ("Robbery increased by 37% (161 crimes in total"),
# or nothing but "-related" ("321 burglary-related crimes")
_ASIDE_OPENS = re.compile(r"\s*[,(]|-(?:related|linked)\s")
_FIGURE_BEFORE = re.compile(r"\d(?:[\d,]|\.\d)*%?[ \t]+\Z")


def _kind_before_family_word(art: _Article, at: _At, match: vocabulary.Match | None) -> vocabulary.Match | None:
    """The kind named before a figure whose nearest name is a word for its family ("Burglary down by
    5.3% (4,015 crimes in total, down 223 from 4,238)", "Felonies, or those crimes which could send a
    person to prison, rose by 5.2% to 241", "violence against the person, which soared 18% to 175,060
    offences"): the family's word after the figure, in an aside or a parenthesis opened after the
    kind, or right after the kind, describes it. None when the kind counts a figure of its own ("400
    burglaries among 4,000 crimes") or the family's word stands plainly between ("Burglaries fell as
    offences rose 5%"); kinds named as examples ("Property crime, including burglary, fell 7% to 9,100
    crimes") are not the figure's."""
    st, text, pack = at.st, art.text, art.pack
    if match is None or st.figure is None or not vocabulary.family_word(text[match.start:match.end]):
        return None
    general = pack.metrics.get(match.id)
    kinds = [m for m in vocabulary.metrics_in(pack, text, at.clause[0], st.anchor[0], art.metrics_found)
             if m.id != match.id and m.end <= st.anchor[0] and m.start < match.start
             and not vocabulary.family_word(text[m.start:m.end])
             and not _EXAMPLE_BEFORE.search(text, max(at.clause[0], m.start - 20), m.start)]
    if not kinds or general is None:
        return None
    kind = kinds[-1]
    metric = pack.metrics.get(kind.id)
    if metric is None or metric.unit != general.unit or not _fits(pack, kind.id, st) or not _unit_fits(pack, kind.id, st):
        return None
    joined = _ASIDE_OPENS.match(text, kind.end, match.start) is not None
    opened = text.count("(", kind.end, st.anchor[0]) > text.count(")", kind.end, st.anchor[0])
    if not (joined or opened or (match.start > st.anchor[1] and (
            not text[st.anchor[1]:match.start].strip() or "(" in text[st.anchor[1]:match.start]))):
        return None
    if _FIGURE_BEFORE.search(text, max(0, kind.start - 16), kind.start) and \
            text[kind.end:match.start].strip(" -") not in ("", "related", "linked"):
        return None
    return kind


# "The number of fire deaths for 2019 is expected to top last year's. ... says the number will end up
# around 50": the clause's "the number" (or "that figure", "the total") is the thing named just before
_THE_NUMBER = re.compile(r"\b(?:the|that|this)\s+(?:(?:same|final|total|overall|new|current)\s+)?"
                         r"(?:number|figure|total|count|tally|toll)\b(?!\s+of\b)", re.IGNORECASE)


def _named_just_before(art: _Article, at: _At, pointed: bool = True) -> str | None:
    """The metric a clause's "the number" (before its figure) points back to: the name said last
    before the clause in its paragraph, when no figure stands between them (a figure's own metric is
    carried otherwise; a year is no figure here) and the figure's unit fits it. Not `pointed`: of a
    figure whose clause names nothing and says no "the number" ("The number of assaults is disturbing.
    From a high of 53 in 2013, we had only 18 in 2015.")."""
    text, st = art.text, at.st
    if pointed and _THE_NUMBER.search(text, at.clause[0], st.anchor[0]) is None:
        return None
    start = art.paragraphs[at.sentence.paragraph][0]
    if start >= at.clause[0]:
        return None
    hits = [m for m in (vocabulary.find_metric(art.pack, text, start, at.clause[0], at.clause[0], art.metrics_found),) if m is not None]
    if not hits:
        return None
    found = hits[0]
    if re.search(r"\d", _NO_YEARS.sub("", text[found.end:at.clause[0]])) or not _fits(art.pack, found.id, st) \
            or not _unit_fits(art.pack, found.id, st):
        return None
    if not pointed:
        return _topic_before(art, at, found)
    return found.id


# a word after a figure that is no counted noun of its own: a preposition, a time's word or a verb
# ("we had only 18 in 2015", "there were 412 last year", "61 so far"), or the clause's end
_NO_OWN_NOUN = re.compile(r"[ \t]*(?:[.,;:)!?]|$)|\s+(?:for|with|of|in|on|at|by|from|to|as|into|after|during|since|"
                          r"over|under|through|last|this|so|than|and|or|but|was|is|were|had|has|have|are|compared)\b"
                          r"|\s+the\s+(?:following|next|previous|prior|same)\b|\s+the\s+(?:year|month|week)\s+(?:before|after|earlier)\b",
                          re.IGNORECASE)
# a clause that says what its figure counts, though in no name of the pack ("The number of reported cases for
# drugs/vice fell from 21")
_ITS_OWN_COUNT = re.compile(r"\b(?:number|count|total|tally)\s+of\s+[a-z]", re.IGNORECASE)
# what joins two names a sentence says alike ("the biggest declines were in robberies and burglaries")
_JOINED = re.compile(r"\s*(?:,\s*)?(?:and|or|as\s+well\s+as)\s+(?:in\s+|of\s+)?(?:the\s+)?|\s*,\s*", re.IGNORECASE)


def _topic_before(art: _Article, at: _At, found: vocabulary.Match) -> str | None:
    """The metric a bare figure whose clause names nothing takes from a sentence before it with no
    figure of its own: the name that sentence says first, its topic ("Burglaries have been a worry for
    residents of the east side. Last year there were 412": burglaries, not the residents' population).
    None when the figure counts a thing of its own ("The department added 12 patrols", "Crews went out
    4,100 times", "The number of reported cases for drugs/vice fell from 21"), the sentence names two
    alike ("The biggest declines were in robberies and burglaries. They fell from 40 to 22") or the name
    is the figure before's ("18 teenage drivers died and 2,100 were cited")."""
    text, st = art.text, at.st
    if not _NO_OWN_NOUN.match(text, st.anchor[1], at.clause[1]) or _ITS_OWN_COUNT.search(text, at.clause[0], st.anchor[0]):
        return None
    start, end = sentence_around(art, found.start)
    if end > at.clause[0] or _A_FIGURE.search(_NO_YEARS.sub("", text[start:end])):
        return None
    first = vocabulary.find_metric(art.pack, text, start, end, start, art.metrics_found)
    second = vocabulary.find_metric(art.pack, text, first.end, end, first.end, art.metrics_found) if first is not None else None
    if second is not None and second.id != first.id and _JOINED.fullmatch(text, first.end, second.start):
        return None      # "The biggest declines were in robberies and burglaries. They fell from 40 to 22": which?
    if first is not None and first.id != found.id and _fits(art.pack, first.id, st) and _unit_fits(art.pack, first.id, st):
        return first.id
    return found.id


_NO_YEARS = re.compile(r"\b(?:1[89]|20)\d\d\b")
_A_FIGURE = re.compile(r"\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|"
                       r"fifty|hundred|thousand|million|dozen|half|double|twice|triple)\b", re.IGNORECASE)


# "34 such crimes", "205 such incidents": the figure's noun points back to what was named before
_SUCH_AFTER = re.compile(r"[ \t]+(?:such|similar)[ \t]+(?P<noun>[A-Za-z]+)", re.IGNORECASE)
# a count right before a metric's name: "41 burglaries"
_COUNTED_BEFORE = re.compile(r"\d[\d,]*\s+$")
# nouns "such" puts before any thing counted before ("34 such crimes"; not "120 such officers")
_SUCH_GENERIC = frozenset("crimes incidents cases offenses offences deaths events calls".split())


def _such_before(art: _Article, at: _At) -> str | None:
    """ "in 2008 there were 41 burglaries reported, and in 2007 there were 34 such crimes": a figure
    whose noun follows "such" counts the thing named last before it in its paragraph (else the
    metric drafted last, in this paragraph or the one before, when the noun is a general one or a word
    of its names), when the figure's unit fits it; none after counts of several metrics ("41 burglaries, 30 robberies")."""
    text, st = art.text, at.st
    if st.figure is None or (such := _SUCH_AFTER.match(text, st.anchor[1])) is None:
        return None
    start = art.paragraphs[at.sentence.paragraph][0]
    found = vocabulary.find_metric(art.pack, text, start, st.anchor[0], st.anchor[0], art.metrics_found) if start < st.anchor[0] else None
    if found is not None and len({named.id for named in vocabulary.metrics_in(
            art.pack, text, sentence_around(art, found.start)[0], st.anchor[0], art.metrics_found)
            if _COUNTED_BEFORE.search(text, max(0, named.start - 16), named.start)}) > 1:
        return None     # "41 burglaries, 30 robberies and 12 arson fires ... 34 such crimes": all of them
    metric = found.id if found is not None else None
    last = art.state.last_metric
    if metric is None and last and at.sentence.paragraph - art.state.last_paragraph <= 1 \
            and (such["noun"].lower() in _SUCH_GENERIC or _name_stems(such["noun"]) & _name_stems(
                " ".join((last, art.pack.metrics[last].label or "", *art.pack.metrics[last].aliases)))):
        metric = last
    if metric is None or not _fits(art.pack, metric, st) or not _unit_fits(art.pack, metric, st):
        return None
    return metric


_SEVERAL = re.compile(r"\b(?:both|each|all|sets?|either|neither)\b", re.IGNORECASE)


def _article_metric(art: _Article, at: _At, review: list[str]) -> str | None:
    """The metric an article is about, for a figure whose clause names none: the one metric the
    headline and lede name (by a name of the vocabulary), else the one the article names most, at
    least twice as often as any other; None when no one metric is the article's, or when the
    figure's unit does not fit it (a sum of money is no count)."""
    if "article metric" not in art.read_once:
        lede = art.paragraphs[0] if art.paragraphs else (0, 0)
        top = vocabulary.metrics_named(art.pack, f"{art.source.title or ''}\n{art.text[lede[0]:lede[1]]}")
        chosen, by = None, ""
        title = art.source.title or ""
        own_title = title if title.strip() and not art.text.lstrip().startswith(title.strip()) else ""
        if len(top) == 1 and (_named(art).get(next(iter(top)), 0) >= 2 or
                              next(iter(top)) in vocabulary.metrics_named(art.pack, own_title)):
            # (said once, in a lede alone, is not enough: "Burnaby had 209 people counted as homeless
            # ... Delta had 44." may be of another kind)
            chosen, by = next(iter(top)), "the one metric the headline and lede name"
        else:
            counts = sorted(_named(art).items(), key=lambda kv: -kv[1])
            if counts and counts[0][1] >= 2 and (len(counts) == 1 or counts[0][1] >= 2 * counts[1][1]):
                chosen, by = counts[0][0], "the metric the article names most"
        art.read_once["article metric"] = (chosen, by)
        art.read_once["lede names a metric"] = bool(top)
    chosen, by = art.read_once["article metric"]
    if chosen is None and not art.read_once["lede names a metric"] and len(art.read_once.get("lede metrics", ())) == 1:
        # an article whose headline and lede name its metric in other words than the vocabulary's
        # ("ridership" for public transport trips): the one metric of the figures its lede was read
        # for (not a name said once in the lede: "Burnaby had 209 people counted as homeless ...")
        chosen, by = next(iter(art.read_once["lede metrics"])), "the one metric of the lede's figures"
    if chosen is None or not _fits(art.pack, chosen, at.st) or not _unit_fits(art.pack, chosen, at.st) \
            or vocabulary.off_the_roads(art.pack, chosen, art.text, at.clause[0], at.clause[1]):
        return None
    on_a_day = _count_of_a_day(art, at, chosen)
    if on_a_day is not None:
        review.append(f"metric: '{on_a_day}', the count on a day of '{chosen}', {by} (the clause names a day, "
                      "no average); check")
        return on_a_day
    review.append(f"metric: '{chosen}', {by} (the clause names none); check")
    return chosen


# the words of an average's metric id ("jail_average_daily_population"), without which its id is the
# count's on a day ("jail_population")
_AVERAGE_ID_WORDS = frozenset("average avg mean median daily".split())
# a clause that says an average, and one that names a single day ("There were 186 inmates on Tuesday",
# "Currently there are 791 inmates")
_SAYS_AVERAGE = re.compile(r"\b(?:averag\w*|mean|median|daily|per\s+day|a\s+day)\b", re.IGNORECASE)
# (a weekday alone too, as news copy says it: "The jail held 1,487 men Monday")
_ONE_DAY = re.compile(r"\b(?:currently|now|today|tonight|as\s+of|(?:on\s+)?(?-i:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
                      r"(?![\w'’])|on\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d)\b", re.IGNORECASE)


def _count_of_a_day(art: _Article, at: _At, metric_id: str) -> str | None:
    """The count on a day that an article's average metric ("jail average daily population") has beside
    it in the pack ("jail_population": its id without the average's words), for a figure whose clause
    names a day and no average ("There were 186 inmates on Tuesday"); else None."""
    words = metric_id.split("_")
    if not _AVERAGE_ID_WORDS & set(words):
        return None
    sibling = "_".join(w for w in words if w not in _AVERAGE_ID_WORDS)
    text, clause = art.text, at.clause
    if sibling not in art.pack.metrics or _SAYS_AVERAGE.search(text, clause[0], clause[1]) \
            or not _ONE_DAY.search(text, clause[0], clause[1]):
        return None
    return sibling


def _unit_fits(pack: Pack, metric_id: str, st) -> bool:
    """Whether a value's unit may be a metric's: a percentage of a percent metric, a sum of money of
    a money metric, a count of neither."""
    metric = pack.metrics.get(metric_id)
    if metric is None or st.kind not in ("value",) or st.figure is None:
        return True
    unit = (st.figure.unit or "").lower()
    money = metric.unit in ("dollar", "pound", "euro", *_CURRENCIES)
    if unit == "percent":
        return metric.unit == "percent"
    if unit in _CURRENCIES:
        return metric.unit == unit
    return not money and metric.unit != "percent"


# an item of a list: a line opening with a bullet or a dash ("–629 crashes", "• 23 people charged", "- 2018: 45",
# "* 14 arrests"; not a footnote's "*Figures for 2022 ..."), or a number and its stop ("1. Houston")
_ITEM_LINE = re.compile(r"[ \t]*(?:[–—•·▪◦●][ \t]*|[-*][ \t]+|\d{1,2}[.)][ \t]+)(?=\S)")
_LEAD_IN = re.compile(r"[^\n]{0,200}:[ \t]*\Z")


def _list_opening(text: str, at: int) -> tuple[int, int] | None:
    """The span of the line ending in a colon that opens the list whose item holds `at`, the items and
    blank lines between them only; None when `at` is on no item or the lines above open no list."""
    line = text.rfind("\n", 0, at) + 1
    if not _ITEM_LINE.match(text, line):
        return None
    for _ in range(40):
        if line == 0:
            return None
        previous = text.rfind("\n", 0, line - 1) + 1
        if _ITEM_LINE.match(text, previous) or not text[previous:line].strip():
            line = previous         # an item before, or a blank line between the lead-in and its items
            continue
        return (previous, line - 1) if _LEAD_IN.fullmatch(text, previous, line - 1) else None
    return None


# a capitalised word after a sentence's first: a subject the sentence names for a later figure
_A_SUBJECT_NAMED = re.compile(r"\s[A-Z]")
# a heading line: short, capitalised, no figure and no sentence's end ("Crimes against the Person")
_METRIC_HEADING = re.compile(r"[ \t]*[A-Z][^\n.!?:;\d]{2,58}[ \t]*")


def _counts_its_own_noun(unit: str | None) -> bool:
    """Whether a figure's unit is the noun it counts ("4,120 tickets"), not only a share, an amount
    of money or people ("12%", "$1.2 million", "412 people")."""
    unit = (unit or "").lower()
    return unit.isalpha() and unit != "percent" and unit.rstrip("s") not in _CURRENCIES and unit not in _PEOPLE_NOUNS


def _heading_metric(art: _Article, at: _At) -> str | None:
    """The metric a heading line names, for a figure of the sentence that opens the line right under
    it and names none ("Crimes against the Person" then "There was an overall decrease of 26% (404 to
    298) in this occurrence group ...")."""
    start = at.sentence.start
    if start == 0 or art.text[start - 1] != "\n" or _A_SUBJECT_NAMED.search(art.text, start + 1, at.st.anchor[0]):
        return None     # (not "... with Trafficking decreasing by 22%": a figure of its own subject)
    if _counts_its_own_noun(at.st.figure.unit):
        return None     # "Traffic Deaths Rise Again" then "Officers wrote 4,120 tickets": the tickets' own
    line = art.text.rfind("\n", 0, start - 1) + 1
    if not _METRIC_HEADING.fullmatch(art.text, line, start - 1):
        return None
    found = vocabulary.find_metric(art.pack, art.text, line, start - 1, start - 1, art.metrics_found)
    return found.id if found is not None else None


def _list_lead_in(art: _Article, at: int) -> str | None:
    """The metric the line opening a list names, for a figure on an item of the list: "Below is a
    breakdown of overdose deaths from 2018 to 2022:" then "- 2018: 45", "- 2019: 38"."""
    opening = _list_opening(art.text, at)
    if opening is None:
        return None
    lead = art.text[opening[0]:opening[1]]
    found = vocabulary.find_metric(art.pack, lead, 0, len(lead), len(lead), art.metrics_found)
    return found.id if found is not None else None


# a table as a page's text gives it (trafilatura): one cell a line, each opening with "|"; a row's
# label cell ("|DUI Arrests") then its figures, one a line ("|17", "|1,162")
_FIGURE_CELL = re.compile(r"\|[ \t]*[-+–−]?[\d,.]+%?[ \t]*")
_LABEL_CELL = re.compile(r"\|[ \t]*(?P<label>[^|\n\d][^|\n]{0,80}?)[ \t]*")


def _figure_cells(text: str, line: int) -> tuple[int, int]:
    """How many figure cells stand one a line from `line` on, and where the line after them opens."""
    n = 0
    while line < len(text):
        end = text.find("\n", line)
        end = len(text) if end < 0 else end
        if not _FIGURE_CELL.fullmatch(text, line, end):
            break
        n, line = n + 1, end + 1
    return n, line


def _regular_rows(text: str, line: int) -> bool:
    """Whether the figure cells from `line` on (after a label cell) are followed by another label
    cell with as many figures: a table's rows ("|DUI Arrests", "|25", "|34", "|Motorist Assists",
    "|692", "|646"), not a header row's last cell over columns of figures ("|Year", "|Homicides",
    "|Shootings", "|2020", "|41", "|150", "|2021", ...)."""
    n, after = _figure_cells(text, line)
    end = text.find("\n", after)
    end = len(text) if end < 0 else end
    if n == 0:
        return False
    if after >= len(text) or not text[after:end].startswith("|"):
        return _one_header_before(text, line, n + 1)
    if not _LABEL_CELL.fullmatch(text, after, end) or _FIGURE_CELL.fullmatch(text, after, end):
        return False
    return _figure_cells(text, end + 1)[0] == n


def _one_header_before(text: str, line: int, width: int) -> bool:
    """Whether the table's only row (its label's figures opening at `line`, ending the table) has
    just one row above it, a header of as many cells: "|Enforcement Data", "|2021", "|2022",
    "|Change" over "|DUI Arrests", "|25", "|34", "|9"."""
    line = text.rfind("\n", 0, line - 1) + 1      # the row's label
    for _ in range(width):
        if line == 0:
            return False
        line = text.rfind("\n", 0, line - 1) + 1
        if not text.startswith("|", line):
            return False
    return line == 0 or not text.startswith("|", text.rfind("\n", 0, line - 1) + 1)


def _table_row_label(art: _Article, at: int) -> str | None:
    """The metric a table's row label names whole, for a figure alone in a cell of its row: "|DUI
    Arrests" then "|17", "|25", "|34" (a row of one figure per column). None when the figure is in no
    such cell, or the label is no name of the vocabulary ("|Enforcement Data")."""
    text = art.text
    line = text.rfind("\n", 0, at) + 1
    end = text.find("\n", at)
    if not _FIGURE_CELL.fullmatch(text, line, len(text) if end < 0 else end):
        return None
    row = _row_of(text, line)
    if row is None:
        return None
    label, line = row
    previous = label.start()
    before = text.rfind("\n", 0, previous - 1) + 1 if previous else None
    if before is not None and _LABEL_CELL.fullmatch(text, before, previous - 1) \
            and not _FIGURE_CELL.fullmatch(text, before, previous - 1) and not _regular_rows(text, line):
        return None     # the last cell of a header row ("|Year", "|Homicides", "|Shootings"), no row's label
    found = vocabulary.find_metric(art.pack, text, label.start("label"), label.end("label"), label.end("label"),
                                   art.metrics_found)
    if found is not None and (found.start, found.end) == label.span("label"):
        return found.id
    # not "|Fatal DUI Related Crashes" for the name of its last words; a label of a name's words said
    # otherwise ("|Speed Citations", "|Child Restraint – Citations", "|DUI Related Fatalities")
    return vocabulary.metric_of_label(art.pack, label.group("label"))


def _row_of(text: str, line: int) -> tuple[re.Match, int] | None:
    """The label cell of the table row whose figure cell opens at `line` (the nearest line above
    that holds no figure, up to twelve figures back), and where the row's first figure cell opens;
    None when that line is no label cell."""
    for _ in range(12):
        if line == 0:
            return None
        previous = text.rfind("\n", 0, line - 1) + 1
        if not _FIGURE_CELL.fullmatch(text, previous, line - 1):
            label = _LABEL_CELL.fullmatch(text, previous, line - 1)
            return (label, line) if label is not None else None
        line = previous
    return None


_OF_THEM_ADJECTIVE = WindowGatedPattern(re.compile(r"\s+of\s+(?:the|this\s+year['’]s|last\s+year['’]s|these|those|its|their|all|the\s+city['’]s)?\s*"
                                                   r"(?:[\d,]+\s+)?(?P<noun>[a-z-]+(?:\s+[a-z-]+)?)\s+(?:were|was|have\s+been|had\s+been|are|proved)"
                                                   r"\s+(?:also\s+)?(?P<adj>[a-z-]+)\b", re.IGNORECASE),
                                        ("were", "was", "been", "are", "proved"))


# lives said lost after a figure of people: "59 Ohioans lost their lives in fires"
_LOST_LIVES = re.compile(r"\s+(?:[a-z]+\s+)?(?:have\s+|had\s+)?lost\s+(?:their|his|her)\s+lives?\b", re.IGNORECASE)
# "96 deaths involved fentanyl", "Most of those deaths, 113, involved fentanyl", "with nine involving
# fentanyl", "36 of the 46 involve fentanyl": the things counted (said, or the metric before's noun) with what they involved
_INVOLVED = re.compile(r"(?:\s+(?P<head>[a-z]+s)\b)?(?:\s+of\s+the\s+\d[\d,]*)?,?\s+(?:have\s+|had\s+)?"
                       r"involv(?:e|es|ed|ing)\s+(?P<what>[a-z][a-z-]+)", re.IGNORECASE)


# the words a bare figure's part may hold besides it for the figure before's metric to carry to it: a
# period, a comparison, a place ("44 in 2019", "compared to 42 at the start of 2014", "13 in Toronto")
_CARRY_WORDS = re.compile(r"(?:\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|[A-Z][\w'’-]*|"
                          r"in|at|on|of|the|to|from|with|compared|comparison|versus|vs|and|up|down|last|this|that|"
                          r"previous|prior|same|year|years|year['’]s|month|months|week|weeks|quarter|period|time|start|"
                          r"end|beginning|first|second|third|fourth|half|so|far|since|by|for|during|over|all|whole|"
                          r"entire|full|a|an|before|earlier|ago|previously|reported|recorded|fiscal|season|decade|"
                          r"january|february|march|april|may|june|july|august|september|october|november|december|"
                          # ... or a ranking's next place ("followed by Regina with 733", "while Barrie has 143",
                          # "led by Windsor with 456", "trailed by Hamilton at 12")
                          r"followed|led|trailed|while|whereas|has|had|ranks|ranked|next|then|behind|around|about|"
                          r"nearly|almost|roughly|some)")
_TOKEN = re.compile(r"[\w'’-]+")
_DEATHS_WORDS = {"death", "deaths", "fatalities", "fatal", "killed", "dead"}


def _carries(art: _Article, at: _At, part: tuple[int, int]) -> bool:
    """Whether the clause's figure before may give its metric to a bare figure in `part`: no metric
    name stands between the figure before's part and this one ("burglaries are down 12% ...,
    homicides are up, from 14 last year to 19": homicides, not burglaries), and the part's other
    words are only a period, a comparison or a place ("44 in 2019"; not "two were fentanyl related",
    "16, 336 and 872 incidents ... respectively"). The figure before's own noun is checked when it
    is drafted (`carried_from`)."""
    text, st = art.text, at.st
    before = _segment(text, at.clause[0], at.clause[1], (art.state.last_anchor, art.state.last_anchor + 1))
    if before[1] < part[0] and vocabulary.find_metric(art.pack, text, before[1], part[0], part[0], art.metrics_found) is not None:
        return False
    words = [t.group(0) for t in _TOKEN.finditer(text, part[0], part[1]) if not st.anchor[0] <= t.start() < st.anchor[1]]
    return all(_CARRY_WORDS.fullmatch(w) or _CARRY_WORDS.fullmatch(w.lower()) for w in words)


def _a_rate(pack: Pack, metric_id: str) -> bool:
    """Whether a metric is a rate per so many people ("per 100,000"): a bare figure after one of its
    figures in a ranking ("..., followed by Regina with 733") is that rate, not a count."""
    metric = pack.metrics.get(metric_id)
    return metric is not None and rate_scale(metric.unit) is not None


# a bare figure said to be a whole count ("..., 213 in all"): no rate's figure
_A_TOTAL = re.compile(r"\b(?:in\s+all|in\s+total|all\s+told|altogether)\b", re.IGNORECASE)
# a ranking's next place, said before its bare figure: "while Barrie has 143", "followed by Regina with 733"
_NEXT_IN_RANKING = re.compile(r"\b(?:while|whereas|followed\s+by|trailed\s+by|led\s+by|then)\s+(?:[A-Z][\w'’.-]*\s+){1,4}"
                              r"(?:with|has|had|at)\s+(?:about\s+|around\s+|nearly\s+)?\Z")


def _rate_ranked(art: _Article, at: _At) -> bool:
    """Whether a bare figure is the next place of a ranking by the rate just drafted in its sentence
    ("811 burglary incidents per 100,000 people, while Barrie has 143")."""
    st, state = at.st, art.state
    return st.figure is not None and not st.figure.unit and _a_rate(art.pack, state.last_metric) \
        and at.sentence.start <= state.last_anchor < st.anchor[0] \
        and bool(_NEXT_IN_RANKING.search(art.text, max(at.sentence.start, st.anchor[0] - 60), st.anchor[0]))


def carried_from(art: _Article, at: _At, metric_id: str) -> bool:
    """Whether a drafted figure's metric may carry to a bare figure after it in its clause: the figure
    has no noun of its own, or its noun is part of its metric's name ("38 homicides"), or its lives
    or people lost are a deaths metric's ("shootings claimed 38 lives", "59 Ohioans lost their lives
    in fires"). Not "5 districts" read as students transferring, nor "100,000 people" as a population."""
    st = at.st
    unit = (st.figure.unit or "").lower() if st.figure is not None else ""
    if not unit:
        return True
    metric = art.pack.metrics.get(metric_id)
    if metric is not None and rate_scale(unit) is not None and rate_scale(unit) == rate_scale(metric.unit):
        return True     # "761 burglaries per 100,000 people, followed by Regina with 733": a rate's figure
    # the name's head, the first or last word of its id ("fire_deaths", "students_transferring_out"), or
    # for a deaths metric any of its id's words ("fatal_crashes")
    ids = metric_id.split("_")
    words = {ids[0], ids[-1]} | (set(ids) & _DEATHS_WORDS)
    head = unit.split()[-1]
    if head in _LIVES or head in ("deaths", "fatalities") or _lives_lost(art, at):
        return bool(words & _DEATHS_WORDS)
    return bool({head, head.removesuffix("s"), re.sub(r"ies$", "y", head)} & words)


# lives said lost, before or after the figure: "claimed 38 lives", "took 12 lives", "11 lives lost",
# "claimed the lives of 33 civilians", "claimed 33 lives compared to 15 fires and 34 lives"
_LIVES_TAKEN = WindowGatedPattern(re.compile(r"\b(?:claim(?:ed|ing|s)?|took|tak(?:en|es|ing)|cost|lost)\b", re.IGNORECASE),
                                  ("claim", "took", "tak", "cost", "lost"))
_LIVES_OF = re.compile(r"\blives\s+of\s+(?:the\s+)?$", re.IGNORECASE)
_LIVES_SAVED = WindowGatedPattern(re.compile(r"\bsav(?:e|es|ed|ing)\b", re.IGNORECASE),
                                  ("sav",))
_LIVES_LOST = re.compile(r"\s+(?:were\s+|have\s+been\s+|had\s+been\s+)?lost\b", re.IGNORECASE)


def _lives_lost(art: _Article, at: _At) -> bool:
    """Whether the figure counts lives lost: "lives" after claimed, took or lost in its clause, or
    followed by "lost"; "the lives of N"; people who "lost their lives"; never lives saved ("smoke
    alarms saved 12 lives")."""
    text, st = art.text, at.st
    if _LOST_LIVES.match(text, st.anchor[1], at.clause[1]):
        return True
    before = (at.clause[0], st.anchor[0])
    taken = [m.end() for m in _LIVES_TAKEN.finditer(text, *before)]
    if _LIVES_SAVED.search(text, taken[-1] if taken else before[0], before[1]):
        return False
    if taken and _LIVES_OF.search(text, taken[-1], before[1]):
        return True
    if (st.figure.unit or "").lower().split()[0] not in _LIVES:
        return False
    after = st.anchor[1] + len(re.match(r"\s*(?:lives|life)?", text[st.anchor[1]:]).group(0)) \
        if not text[st.anchor[0]:st.anchor[1]].lower().rstrip().endswith(("lives", "life")) else st.anchor[1]
    return bool(taken) or _LIVES_LOST.match(text, after) is not None


# examples of a name, after it: "Property offences, such as break and enter, theft, mischief, and fraud
# were down by 27 per cent", "Other criminal code offences such as causing a disturbance ... were also down"
_EXAMPLES = re.compile(r",?\s+(?:such\s+as|including)\s+", re.IGNORECASE)
_ANOTHER_CLAUSE = re.compile(r";|,\s+(?:but|while|whereas)\b|\b(?:but|while|whereas)\s", re.IGNORECASE)
_EXAMPLES_END = re.compile(r"\b(?:were|was|are|is|have|has|had|rose|fell|dropped|increased|decreased|declined|climbed|"
                           r"jumped|went|saw|remained|stayed|stands|stood|totals|totaled|totalled|reached)\b",
                           re.IGNORECASE)


def _named_before_examples(art: _Article, at: _At, match: vocabulary.Match | None) -> vocabulary.Match | None:
    """The name said right before "such as" / "including" and a list of examples that runs, with no
    figure in it, to the verb of the figure's sentence: the figure after that verb is the name's, not
    an example's nor the headline's ("Person offences, such as assaults, robbery, threats and criminal
    harassment, were down by 12 per cent"). None when the figure's own clause names something outside
    the examples."""
    text, st = art.text, at.st
    start = at.sentence.start
    if st.figure is None or "such" not in text[start:st.anchor[0]] and "including" not in text[start:st.anchor[0]]:
        return None
    examples = None
    for examples in _EXAMPLES.finditer(text, start, st.anchor[0]):
        pass
    if examples is None:
        return None
    verb = _EXAMPLES_END.search(text, examples.end(), st.anchor[0])
    if verb is None or any(c.isdigit() for c in text[examples.end():verb.start()]) \
            or _ANOTHER_CLAUSE.search(text, verb.end(), st.anchor[0]):
        return None     # "..., were down, but police made 45 more arrests": the figure is another clause's
    if match is not None and not examples.end() <= match.start < verb.start() and match.end != examples.start():
        return None
    name = vocabulary.find_metric(art.pack, text, start, examples.start(), examples.start(), art.metrics_found)
    return name if name is not None and name.end == examples.start() else None


# people counted: a plural noun of people, or a demonym ("Ohioans", "Marylanders", "Albertans")
_PEOPLE_NOUNS = frozenset("people persons residents individuals adults children kids men women teens teenagers "
                          "youths citizens civilians inhabitants locals".split())
_DEMONYM = re.compile(r"[A-Z][a-z]+(?:ans|ers|ites|ns)")
# what people died of, right after them: "died from drug overdoses", "have died of", "died in 62 fatal
# fires", "died as a result of", "suffered fatal overdoses" (the name's own "fatal" kept)
_DIED_OF = re.compile(r"\s+(?:have\s+|had\s+|who\s+|that\s+)?(?:died|perished|were\s+killed|suffered(?=\s+fatal\b))"
                      r"(?:\s+(?:across|throughout|around)\s+the\s+(?:state|country|province|county|city|region|nation)"
                      r"|\s+(?:statewide|nationwide|countywide|province-wide))?"      # "died across the state in 15 fires"
                      r"(?:\s+(?:from|of|in|as\s+a\s+result\s+of|due\s+to|because\s+of))?\s+(?:the\s+|an?\s+)?"
                      r"(?:\d[\d,]*\s+)?", re.IGNORECASE)
_DIED_OF_STOP = re.compile(r"[,;]|\s(?:and|but|while|whereas)\s|\s\d")
_FATAL_WORD = re.compile(r"^(?:fatal|deadly|lethal)\s+", re.IGNORECASE)
_DEATHS_SAID = re.compile(r"\b(?:deaths?|fatalities|killed)\b")
_MODIFIERS = re.compile(r"(?:[a-z][\w'’-]*\s+){0,2}")     # "drug" in "died from drug overdoses"


def _people_at(text: str, start: int, end: int) -> bool:
    """Whether `text[start:end]` ends on a noun of people ("Ohio residents", "Marylanders")."""
    words = text[start:end].split()
    return bool(words) and (words[-1].lower() in _PEOPLE_NOUNS or _DEMONYM.fullmatch(words[-1]) is not None)


def _died_of(art: _Article, at: _At, match: vocabulary.Match | None) -> str | None:
    """The deaths metric of what the figure's people (or the people the clause names) died of:
    "4,854 Ohio residents died from drug overdoses" overdose deaths, "73 Marylanders died in 62 fatal
    fires" fire deaths, "26 county residents suffered fatal overdoses" overdose deaths; the name said
    after the verb taken whole when it is a deaths metric's, else "<its noun> deaths". None when the
    vocabulary has no such deaths metric ("12 people died in crashes" is read as before)."""
    text, st, clause = art.text, at.st, at.clause
    if st.figure is not None and rate_scale(st.figure.unit) is not None:
        return None     # "35 per 100,000 residents died of drug overdoses": a rate, not the deaths' count
    after = None
    if st.figure is not None and st.figure.unit:
        # the unit's last word as the text writes it ("Marylanders"), within three words of the figure
        last = st.figure.unit.split()[-1].lower()
        words = [w for _, w in zip(range(4), _TOKEN.finditer(text, st.anchor[0], clause[1]))]
        word = next((w for w in words if w.group(0).lower() == last), None)
        after = word.end() if word is not None and _people_at(text, word.start(), word.end()) else None
    if after is None and match is not None and _people_at(text, match.start, match.end):
        after = match.end
    if after is None:
        return None
    verb = _DIED_OF.match(text, after, clause[1])
    if verb is None:
        return None
    stop = _DIED_OF_STOP.search(text, verb.end(), clause[1])     # "... and 12 residents died in fires": not this one's
    found = vocabulary.find_metric(art.pack, text, verb.end(), stop.start() if stop else clause[1], verb.end(),
                                   art.metrics_found)
    if found is None or not _MODIFIERS.fullmatch(text, verb.end(), found.start):
        return None
    said = text[verb.end():found.end].lower()     # "drug overdoses", "fatal fires"
    if _DEATHS_SAID.search(said):
        return found.id
    return _deaths_named(art, found, (said, text[found.start:found.end].lower())) \
        or (found.id if found.id.endswith(("_deaths", "_fatalities")) else None)


def _deaths_named(art: _Article, found: vocabulary.Match, said: tuple[str, ...]) -> str | None:
    """The count metric named "<noun> deaths" (or fatalities) of the thing said ("drug overdoses"
    -> "drug overdose deaths"), a "fatal" or "deadly" before it left out ("fatal blazes" -> no name,
    then the label of the metric found, "fatal fires" -> "fire deaths"). None when the vocabulary
    has none. The deaths may be named by the verb of those who died in the things ("fatal crashes" ->
    "people died in crashes", traffic deaths)."""
    label = art.pack.metrics[found.id].label or ""
    for words in dict.fromkeys((*said, label.lower())):
        noun = re.sub(r"(?<!s)s$", "", _FATAL_WORD.sub("", words))
        for phrase in (f"{noun} deaths", f"{noun} fatalities", f"{noun}-related deaths", f"people died in {noun}s"):
            deaths = vocabulary.find_metric(art.pack, phrase, 0, len(phrase), 0, art.metrics_found)
            if deaths is not None and deaths.start == 0 and deaths.end == len(phrase) \
                    and rate_scale(art.pack.metrics[deaths.id].unit) is None:
                return deaths.id
    return None


def _outside_the_aside(art: _Article, at: _At, match: vocabulary.Match) -> vocabulary.Match | None:
    """The name said outside the parenthesis that holds `match`, for a figure outside it: "666 crimes
    against persons (murder, rape, robbery, and aggravated assault) last year, 8 percent fewer than
    the 720 reported": crimes against persons, not the gloss's aggravated assault. The figure's side
    of the parenthesis first."""
    text, clause, anchor = art.text, at.clause, at.st.anchor[0]
    opened, closed = text.rfind("(", clause[0], match.start), text.find(")", match.end, clause[1])
    if closed < 0:
        return match
    sides = [(closed + 1, clause[1]), (clause[0], opened)]
    for a, b in sides if anchor > closed else sides[::-1]:
        found = vocabulary.find_metric(art.pack, text, a, b, anchor, art.metrics_found) if a < b else None
        if found is not None:
            return found
    return None


def _involving(art: _Article, at: _At) -> str | None:
    """The metric of the things a figure counts named with what they involved ("Of those, 96 deaths
    involved fentanyl": fentanyl deaths; "22 drug overdose deaths ..., with nine involving fentanyl"),
    the things the figure's own noun, else the noun of the metric drafted just before in the paragraph
    or the one before. None when the vocabulary has no such name."""
    st, state, text = at.st, art.state, art.text
    hit = _INVOLVED.match(text, st.anchor[1], at.clause[1])
    if hit is None:
        return None
    head = hit.group("head")
    if head is None and state.last_metric and state.last_paragraph >= at.sentence.paragraph - 1:
        label = art.pack.metrics[state.last_metric].label or ""
        head = label.split()[-1] if label else None
    if head is None:
        return None
    head, what = head.lower(), hit.group("what").lower()
    for kind in dict.fromkeys((what, what.removesuffix("s"))):
        for phrase in (f"{kind} {head}", f"{kind}-related {head}", f"{kind}-involved {head}", f"{head} involving {kind}"):
            found = vocabulary.find_metric(art.pack, phrase, 0, len(phrase), 0, art.metrics_found)
            if found is not None and found.start == 0 and found.end == len(phrase):
                return found.id
    return None


# a thing said present in what a name after it counts ("Morphine was present in 13.7 percent (309) of
# overdose deaths", "fentanyl, a synthetic opioid, found in 72.8 percent (1,639) of overdose deaths",
# "methamphetamine, which was found in ...")
_PRESENT_IN = WindowGatedPattern(re.compile(r"\b(?P<what>[A-Za-z][\w-]+)(?:\s*\([^()]{1,30}\))?(?:,\s+(?:a|an|the)\s[^,;.]{1,60},)?(?:,?\s+(?:which|that))?"
                                            r"(?:\s+(?:was|were|is|are|has\s+been|have\s+been))?(?:\s+also)?\s+"
                                            r"(?:present|found|detected|involved|identified)\s+in\s+", re.IGNORECASE),
                                 ("present", "found", "detected", "involved", "identified"))
_POINTS_BACK = re.compile(r"\b(?:the|this|that|these|those|other|such)\s+\Z", re.IGNORECASE)


def _present_in(art: _Article, at: _At, match: vocabulary.Match | None) -> str | None:
    """The deaths involving a thing the figure's sentence says was present in the deaths a name after it
    counts ("Heroin was present in 4.1 percent (93) of overdose deaths": heroin deaths, "deaths involving
    heroin"), when the vocabulary has them; not a thing pointed back to ("the drug was present in")."""
    if match is None or at.st.figure is None:
        return None
    text, start = art.text, at.sentence.start
    said = None
    for said in _PRESENT_IN.finditer(text, start, match.start):
        pass
    if said is None or _POINTS_BACK.search(text, max(start, said.start() - 8), said.start()) \
            or re.search(r"[.;](?:\s|\Z)", text[said.end():match.start]):
        return None
    label = (art.pack.metrics[match.id].label or "").lower().split()
    if not label or label[-1] not in ("deaths", "fatalities"):
        return None
    return _deaths_involving(art, match, said.group("what").lower(), (f"{' '.join(label)} involving {{}}",))


def _deaths_involving(art: _Article, match: vocabulary.Match, what: str, forms: tuple[str, ...] = ()) -> str | None:
    """The metric of the deaths involving `what` ("heroin deaths", "deaths involving heroin", or a form of
    `forms` with `what` put in), in the unit of `match`'s metric, whose id names the thing; or None."""
    for phrase in (f"{what} deaths", f"deaths involving {what}", *(f.format(what) for f in forms)):
        found = vocabulary.find_metric(art.pack, phrase, 0, len(phrase), 0, art.metrics_found)
        if found is not None and found.start == 0 and found.end == len(phrase) and found.id != match.id \
                and art.pack.metrics[found.id].unit == art.pack.metrics[match.id].unit \
                and _names_the_thing(art.pack.metrics[found.id], what):
            return found.id
    return None


# the word right before a name of deaths ("Fentanyl overdose deaths", "illicit drug fatalities")
# (a thing's name, not a participle, an adverb or an adjective of a common ending: "confirmed drug
# overdose deaths", "accidental overdose deaths" are overdose deaths)
_THING_BEFORE = re.compile(r"\b(?P<what>(?![A-Za-z]+(?:ed|ing|ly|al|ous|ive|ary)\b)[A-Za-z]{4,})[ \t-]+\Z")
# the last of things listed ("heroin and fentanyl overdose deaths", "cocaine, meth or fentanyl deaths")
_LISTED_BEFORE = re.compile(r"(?:,|/|&|\band|\bor)\s*\Z", re.IGNORECASE)


def _thing_before_deaths(art: _Article, match: vocabulary.Match | None) -> str | None:
    """ "Fentanyl overdose deaths increased 16%", "illicit drug fatalities were down 32 per cent": a name
    of deaths said after a word for a thing the pack has the deaths of ("fentanyl deaths", "illicit drug
    deaths": the name with "fatalities" said "deaths") counts those; not a word no such metric's id names
    ("Ohio overdose deaths", "total drug deaths"), nor a participle ("confirmed drug overdose deaths")."""
    if match is None:
        return None
    said = art.text[match.start:match.end].lower()
    if not _COUNTS_DEATHS.search(said):
        return None
    before = _THING_BEFORE.search(art.text, max(0, match.start - 30), match.start)
    if before is None or _LISTED_BEFORE.search(art.text, max(0, before.start() - 6), before.start()):
        return None
    what = before.group("what").lower()
    found = _deaths_involving(art, match, what, ("{} " + re.sub(r"\bfatalities\b", "deaths", " ".join(said.split())),))
    if found is None or vocabulary.plain_words(found.replace("_", " ")) - vocabulary.plain_words(
            f"{what} {said} deaths fatalities"):
        return None      # "Child overdose deaths": no "child fire deaths", a kind of another thing's deaths
    return found


def _plainer_word_for(text: str, said: vocabulary.Match, before: vocabulary.Match) -> bool:
    """Whether a one-word name is the head of a name before it, or a word news copy says for that head
    ("Drug offences soared by 121 per cent, with 2,397 crimes recorded ..., up from 1,088": the crimes are
    the drug offences); not a name of its own ("Shootings declined, with 894 people shot ..., compared to
    933 people", "Even as shootings fell, the city closed the year with 45 homicides, up 12 percent")."""
    word = text[said.start:said.end].lower()
    heads = text[before.start:before.end].lower().split()
    if " " in word or not heads:
        return False
    head = heads[-1]
    return vocabulary._stem(word) == vocabulary._stem(head) or head in vocabulary._SAID_FOR.get(word, ())


def _names_the_thing(metric, what: str) -> bool:
    """Whether a metric's id says the thing itself ("heroin_deaths" for heroin), not a wider count whose
    name reads it ("Drugs were found in 40 percent (120) of traffic deaths" is no count of
    "overdose_deaths", though one of its names is "drug-related deaths")."""
    return vocabulary._stem(what) in {vocabulary._stem(w) for w in metric.id.split("_")}


_DEAD_OR_HURT = re.compile(r"\s+(?:people\s+|persons\s+)?(?:(?:were|are|have\s+been)\s+)?(?:(?P<dead>dead|killed)|injured|wounded|hurt)\b",
                           re.IGNORECASE)
_ARE_ADJECTIVE = re.compile(r"\s+(?:are|were|was|is|have\s+been|had\s+been)\s+(?:also\s+)?(?P<adj>[a-z-]+)\b")


# "41 were fatal", "41 of them were fatal": the figure's things said to be of a kind
_OF_THEM_ARE_ADJECTIVE = re.compile(r"(?:\s+of\s+(?:them|those|these))?\s+(?:are|were|was|is|have\s+been|had\s+been)"
                                    r"\s+(?:also\s+)?(?P<adj>[a-z-]+)\b", re.IGNORECASE)


def _a_narrower_kind(art: _Article, at: _At, metric_id: str) -> bool:
    """Whether the figure's things are said to be of a kind that names a metric narrower than
    `metric_id` ("The patrol investigated 2,485 crashes. Of those, 41 were fatal": fatal crashes,
    not crashes investigated): the figure is no count of `metric_id` carried over. A percentage is
    not so read: "1,210 traffic deaths ..., and 17 percent were motorcyclists" is a share of the
    deaths, of the metric carried over."""
    if at.st.figure is not None and at.st.figure.unit == "percent":
        return False
    hit = _OF_THEM_ARE_ADJECTIVE.match(art.text, at.st.anchor[1], at.clause[1])
    return hit is not None and vocabulary.narrower_by_adjective(art.pack, metric_id, hit.group("adj")) is not None


def _of_them_were(art: _Article, at: _At) -> str | None:
    """ "Four of this year's shootings have been deadly": the count of the shootings that were
    so, the metric named by the adjective and the noun ("deadly shootings", "fatal shootings");
    "30 of these drug deaths are confirmed and 23 are suspected": the second count's noun is the
    first's ("suspected drug deaths")."""
    if at.st.figure is None:
        return None
    hit = _OF_THEM_ADJECTIVE.match(art.text, at.st.anchor[1], at.clause[1])
    noun = hit.group("noun").lower() if hit is not None else None
    adjective = hit.group("adj").lower() if hit is not None else None
    if hit is None:
        bare = _ARE_ADJECTIVE.match(art.text, at.st.anchor[1], at.clause[1])
        sentence = art.text[at.sentence.start:at.st.anchor[0]]
        first = None
        for first in _OF_THEM_ADJECTIVE.finditer(sentence):
            pass
        if bare is None or first is None or not re.search(r"\s(?:and|but|while)\s+\Z|;\s*\Z|,\s*\Z",
                                                         sentence[first.end():]):
            return None
        noun, adjective = first.group("noun").lower(), bare.group("adj").lower()
    for adj in dict.fromkeys((adjective, {"deadly": "fatal", "fatal": "deadly"}.get(adjective, adjective))):
        phrase = f"{adj} {noun}"
        found = vocabulary.find_metric(art.pack, phrase, 0, len(phrase), 0, art.metrics_found)
        if found is not None and found.start == 0 and found.end == len(phrase):
            return found.id
    return None


def _same_family_before(art: _Article, at: _At, match: vocabulary.Match) -> str | None:
    """ "police reported 81 homicide deaths by year's end, surpassing the previous record of 76
    killings": a metric named by a plain alias ("killings", "people killed"), not its label nor a
    word that narrows the kind ("fatal shootings"), stands for the metric of the same family drafted
    just before (the writer varies the noun)."""
    pack, state = art.pack, art.state
    metric = pack.metrics.get(match.id)
    if metric is None or not state.last_metric or state.last_metric == match.id:
        return None
    if at.sentence.paragraph - state.last_paragraph > 1:
        return None
    said = " ".join(w for w in art.text[match.start:match.end].lower().split()
                    if w not in ("were", "was", "are", "is", "have", "has", "had", "been"))
    words = said.split()
    before = pack.metrics.get(state.last_metric)
    if before is None or before.unit != metric.unit:
        return None
    noun = vocabulary.noun_by_a_body(metric.label)
    if noun is not None and words[:1] == [noun[0]] and words[1:2] != ["by"] and \
            (before.label or before.id).lower().replace("_", " ").split()[-1] == noun[0]:
        # "Police made 210 DUI arrests ... Arrests increased 4 percent": the noun of a name "arrests
        # by a police department" said alone stands for the kind just before whose name ends in it
        return state.last_metric
    if not _a_word_for_the_family(said, metric):
        return None          # "fatal shootings", "gun deaths": a kind of its own, not another word for the family
        #                      ("the homicide total": homicides' own label, in the singular)
    return state.last_metric if before.family == metric.family else None


# "Opioid-related deaths accounted for almost 91% of overdose deaths": the share and the whole it is of
_SHARE_OF_WHOLE = re.compile(r"\b(?P<verb>accounted\s+for|accounts\s+for|made\s+up|makes\s+up|represented|represents)"
                             r"\s+(?:\w+\s+){0,2}?\d[\d,.]*\s*(?:%|percent|per\s*cent)\s+of\s+(?:all\s+|the\s+)?\Z",
                             re.IGNORECASE)
_CHANGE_NOUN = re.compile(r"\s*(?:%|percent|per\s*cent)?\s+(?:increase|decrease|rise|drop|jump|decline|gain|climb)\b",
                          re.IGNORECASE)


def _subject_of_the_share(art: _Article, at: _At, match: vocabulary.Match | None) -> str | None:
    """ "Opioid-related deaths accounted for almost 91% of overdose deaths in 2019, a 13% increase over
    2018": a change after a share names what the share is of only as its whole; the change is of the
    share's subject, the name before "accounted for" ("Cocaine accounted for ...": the thing's deaths);
    None when the clause has no such share before the figure or its subject names no metric."""
    st, text = at.st, art.text
    if match is None or st.figure is None or match.end > st.anchor[0] \
            or not _CHANGE_NOUN.match(text, st.anchor[1], at.clause[1]):
        return None
    share = _SHARE_OF_WHOLE.search(text, max(at.clause[0], match.start - 60), match.start)
    if share is None:
        return None
    before = vocabulary.find_metric(art.pack, text, at.clause[0], share.start(), share.start(), art.metrics_found)
    if before is not None:
        return before.id if before.id != match.id else None
    thing = re.match(r"\s*(?P<what>[A-Za-z]{4,})\b", text[at.clause[0]:share.start()])
    return _deaths_involving(art, match, thing.group("what").lower()) if thing is not None else None


def _a_word_for_the_family(said: str, metric) -> bool:
    """Whether a metric's name as said (its verbs left out) is a plain word for its family ("killings",
    "slayings", "people killed"), not a name of a kind of its own nor the metric's own name."""
    words = said.split()
    return bool(metric.family) and (len(words) == 1 or (len(words) == 2 and words[0] in ("people", "persons"))) \
        and not _as_its_own_name(said, metric)


def _family_of_the_headline(art: _Article, at: _At, match: vocabulary.Match) -> str | None:
    """ "Homicides down in some large US cities" over "Killings dropped by a third here last year": a
    plain word for a family ("killings", "slayings") said where no metric of that family was drafted
    just before stands for the one metric of the family the headline and lede name (the writer varies
    the headline's noun); not when they name the word's own metric, nor when the clause says two of the
    words its own label narrows the family by ("seven people were killed, including a man shot to
    death by a police officer": killings including fatal police shootings). "People killed" under a
    headline naming one count metric of no family are the deaths of what it counts ("Fatal crashes in
    Trumbull County at record-low numbers": traffic deaths)."""
    metric = art.pack.metrics.get(match.id)
    said = " ".join(w for w in art.text[match.start:match.end].lower().split()
                    if w not in ("were", "was", "are", "is", "have", "has", "had", "been"))
    if metric is None or not _a_word_for_the_family(said, metric):
        return None
    own = vocabulary.plain_words(metric.label or "") - vocabulary.plain_words(said) - _NAME_STOP
    if len(own & vocabulary.plain_words(art.text[at.clause[0]:at.clause[1]])) >= 2:
        return None      # two of its label's own words ("including ... police"), not one said of another
        #                  thing ("police said", "10 fatal crashes")
    lede = art.paragraphs[0] if art.paragraphs else (0, 0)
    if _PEOPLE_KILLED.fullmatch(said) and _names_another_metric(art, at, match):
        return None      # "The county also had 12 fires, in which 3 people were killed": the fires' deaths
    for lines, named in enumerate((art.source.title or "", art.text[lede[0]:lede[1]])):     # the headline's first
        kin = {m for m in _metrics_named_once(art, named)
               if m in art.pack.metrics and art.pack.metrics[m].family == metric.family}
        if kin:
            return kin.pop() if len(kin) == 1 and match.id not in kin else None
        headline = [m for m in _metrics_named_once(art, named) if m in art.pack.metrics]
        deaths = [m for m in headline if _counts_deaths(art.pack.metrics[m])]
        if len(deaths) == 1 and _PEOPLE_KILLED.fullmatch(said):
            # "Traffic deaths last year reached the highest level since 1990" over "when 44,599 people
            # were killed": the one count of deaths the headline, else the lede, names
            return deaths[0]
        if lines == 0 and len(headline) == 1 and _PEOPLE_KILLED.fullmatch(said):
            # "Fatal crashes in Trumbull County at record-low numbers" over "when there were 33 people
            # killed": the deaths of the things the headline counts
            return _deaths_of(art, headline[0])
    return None


def _counts_deaths(metric) -> bool:
    """Whether a metric counts deaths by its name ("traffic deaths", "fire fatalities"), of no family."""
    name = f"{metric.id} {metric.label or ''}".replace("_", " ")
    return metric.unit == "count" and not metric.family and _DEATH_NAME.search(name) is not None \
        and not _FATAL_WORD.match(metric.label or "")


def _names_another_metric(art: _Article, at: _At, match: vocabulary.Match) -> bool:
    """Whether the figure's sentence names a metric other than `match`'s that the headline does not
    ("12 fires last year, in which 3 people were killed", "3 people were killed in homicides" under a
    headline on fatal crashes; not "10 fatal crashes ..., when 33 people were killed" there)."""
    headline = _metrics_named_once(art, art.source.title or "")
    return any(m != match.id and m not in headline
               for m in _metrics_named_once(art, art.text[at.sentence.start:at.sentence.end]))


def _metrics_named_once(art: _Article, text: str) -> dict[str, int]:
    """`vocabulary.metrics_named` of a piece of the article (its headline, its lede), read once."""
    key = ("metrics named", text)
    if key not in art.read_once:
        art.read_once[key] = vocabulary.metrics_named(art.pack, text)
    return art.read_once[key]


def _headline_metrics(art: _Article) -> dict[str, int]:
    """{metric: how often the headline and the lede name it}, read once an article."""
    lede = art.paragraphs[0] if art.paragraphs else (0, 0)
    return _metrics_named_once(art, f"{art.source.title or ''}\n{art.text[lede[0]:lede[1]]}")


# a name of people killed said plainly ("92 people were killed"), and a name that counts deaths ("traffic deaths")
_PEOPLE_KILLED = re.compile(r"(?:people|persons)\s+(?:(?:were|was|have|has|had|been)\s+){0,2}(?:killed|died|dead)",
                            re.IGNORECASE)
_COUNTS_DEATHS = re.compile(r"\b(?:deaths|fatalities)\b", re.IGNORECASE)


def _deaths_named_beside(art: _Article, at: _At, match: vocabulary.Match) -> str | None:
    """ "The worst year for Weld traffic deaths was 2004 when 92 people were killed": people killed,
    said plainly, are of the deaths another name of the clause counts (one such name only), not
    killings at another's hands."""
    text, clause = art.text, at.clause
    if not _PEOPLE_KILLED.fullmatch(text, match.start, match.end):
        return None
    named = {m.id for m in vocabulary.metrics_in(art.pack, text, clause[0], clause[1], art.metrics_found)
             if m.id != match.id and _COUNTS_DEATHS.search(text, m.start, m.end)}
    return named.pop() if len(named) == 1 else None


def _as_its_own_name(said: str, metric) -> bool:
    """Whether a metric's name as said is its label or id in any form of its words ("homicide" for
    "homicides"): the metric's own name, not a plain word for its family."""
    stems = [vocabulary._stem(w) for w in said.split()]
    return any(stems == [vocabulary._stem(w) for w in re.split(r"[\s_]+", name.strip().lower())]
               for name in (metric.label or "", metric.id))


def _body_never_named(art: _Article, match: vocabulary.Match) -> bool:
    """Whether the match is the noun of a name "arrests by a police department" said alone in an
    article that never names the body ("Arrests rose to 85, the organizers said": a protest's)."""
    noun = vocabulary.noun_by_a_body(art.pack.metrics[match.id].label)
    said = art.text[match.start:match.end].lower().split()
    if noun is None or said[:1] != [noun[0]] or said[1:2] == ["by"]:
        return False
    return re.search(rf"\b{re.escape(noun[1])}", art.text, re.IGNORECASE) is None


# words that say a name counts deaths ("firefighters lost in the line of duty", "fire deaths")
_DEATH_NAME = re.compile(r"\b(?:deaths?|died|dead|killed|fatal\w*|perish\w*|succumb\w*|line\s+of\s+duty"
                         r"|lost\s+(?:their|his|her)\s+li(?:fe|ves)|lives\s+(?:were\s+)?lost)\b", re.IGNORECASE)


def _who_died(pack: Pack, metric_id: str, noun: str) -> bool:
    """Whether a metric's names say the noun is of who died ("firefighter deaths", "firefighters
    lost in the line of duty"), not what is counted ("coroner death investigations")."""
    metric = pack.metrics[metric_id]
    word = re.escape(noun.lower().split()[0].rstrip("s"))
    return any(re.search(rf"\b{word}s?[\s_]+(?:deaths?|died|killed|lost|fatalities)\b", name.lower())
               for name in (metric_id, metric.label or "", *metric.aliases))


def _bare_rate_or_sum(pack: Pack, generic: vocabulary.GenericName, st) -> bool:
    """Whether a figure said without its unit may yet be of a generic noun's rate or money metric,
    which `_fits` refuses a bare figure: a rate with decimals ("The rate was 21.4", "That rate is
    now 45.2"), a sum said in millions ("up from 205 million"). Not a whole number of a rate
    ("when there were 46" is homicides, not the homicide rate the sentence names)."""
    unit = pack.metrics[generic.metric].unit
    if rate_scale(unit) is not None:
        return bool(st.figure.decimals)
    if unit in _CURRENCIES:
        return bool(re.search(r"(?i)\b(?:million|billion)\b", st.figure.text))
    return False


# a sum of money a table's cell may hold without its currency: in millions, or of ten thousand or more
_SUM_SIZED = re.compile(r"[\d,.]*\s*(?:million|billion)|\d{1,3}(?:,\d{3})+|\d{5,}", re.IGNORECASE)


def _fits_row(art: _Article, metric_id: str, st) -> bool:
    """Whether a table cell's figure may be of the metric its row's label names: a percentage only
    of a percent metric ("|36%" in a "Change" column of a row of DUI arrests), a figure with decimals
    of no count ("|19.1" in a "Rate per 100,000" column), a figure of a money metric only with its
    currency or sum-sized ("|62,400,000" under "|Police budget", not "|12" under "|Administration"),
    and a one-word label that is not the metric's own name ("|Investigations", "|Revenue"; not "|Robberies")
    only for a metric the headline or lede names."""
    metric = art.pack.metrics[metric_id]
    unit = (st.figure.unit or "").lower()
    if unit == "percent" and metric.unit != "percent":
        return False
    if st.figure.decimals and metric.integer and rate_scale(st.figure.unit) is None:
        return False
    if metric.unit in _CURRENCIES and unit != metric.unit and not _SUM_SIZED.fullmatch(st.figure.text.strip()):
        return False
    line = art.text.rfind("\n", 0, st.anchor[0]) + 1
    row = _row_of(art.text, line)
    label = row[0].group("label") if row is not None else None
    if label is not None and len(label.split()) == 1 \
            and label.lower() not in ((metric.label or "").lower(), metric_id.replace("_", " ")):
        # a word that is one of the metric's other names ("investigations" for death investigations,
        # "revenue" for a city's revenue), not its own name ("|Robberies")
        return metric_id in _headline_metrics(art)
    return True


def _fits(pack: Pack, metric_id: str, st) -> bool:
    """Whether a value may be of a metric by its unit: a count ("from 2,260 to 1,880", "1,450
    people") is no value of a percentage metric ("8 percent" just before), nor a sum of money."""
    metric = pack.metrics.get(metric_id)
    if metric is None or st.kind != "value" or st.figure is None:
        return True
    unit = (st.figure.unit or "").lower()
    if unit in _CURRENCIES and metric.unit in _CURRENCIES:
        return unit == metric.unit      # "£17,122" is no figure of a metric in dollars
    if unit in ("percent", *_CURRENCIES) or rate_scale(st.figure.unit) is not None:
        return True
    if not unit and metric.unit == "percent" and re.fullmatch(r"\d{1,2}\.\d", st.figure.text.strip()):
        # "It was 5.9 per cent in May, 5.8 in June", "the highest at 7.4": a bare rate with one decimal
        # after rates, its "per cent" left unsaid, is no count
        return True
    return metric.unit not in ("percent", "dollar", "pound", "euro") and rate_scale(metric.unit) is None


# digits that are no figure of a statement: part of a name or a code ("catch-22", "Christopher 2X",
# "89.3 WFPL", "911 calls"), an address ("the 300 block of"), a clock time, a copyright year, a web
# address's digits, a size said before its noun ("the 90-page report")
_NO_FIGURE = re.compile(r"[A-Za-z]-\d|\d[A-Za-z]\b|\b\d+(?:\.\d)?\s+[A-Z]{3,}\b|\b911\b|\d\s+block\s+of\b"
                        r"|\d\s*(?:a\.m\.|p\.m\.|am\b|pm\b)|©|[/?=#]\d|\d-(?:page|minute|hour|day|week|month|year|foot|mile|"
                        r"acre|story|member|person|bed|unit)\b")


UNDECIDED = "?"     # the metric of a figure the vocabulary does not name: left for the editor


_CURRENCIES = frozenset({"dollar", "pound", "euro", "yen", "rupee", "franc"})


_PLAIN_WORDS = frozenset("city county state province town district total number amount of the and a an in for".split())


def _stems(words: str) -> set[str]:
    return {w.removesuffix("s") for w in re.findall(r"[a-z]+", words.lower())} - _PLAIN_WORDS


def _money_metric(art: _Article, at: _At, unit: str | None) -> str | None:
    """The one metric in `unit` (a currency) that the article names by a name of the vocabulary,
    when the figure's paragraph holds a word of that metric's names ("the average property" for
    the average house price; not "the council set aside $20 million" for a city budget)."""
    if not unit or unit not in _CURRENCIES:
        return None
    found = [m for m in _named(art) if art.pack.metrics[m].unit == unit]
    if len(found) != 1:
        return None
    metric = art.pack.metrics[found[0]]
    names = _stems(" ".join([metric.label or "", *metric.aliases]))
    paragraph = art.paragraphs[at.sentence.paragraph]
    return found[0] if names & _stems(art.text[paragraph[0]:paragraph[1]]) else None


# "Of all calls, 232 were for fire": the figure counts calls, of the kind named after it
# "Of all calls, 232 were for fire", "Of the 82 people killed in 2022, 30 were pedestrians": the
# figure counts the partitive's things of the kind named after "were"
_OF_ALL = re.compile(r"\s*(?:But\s+|And\s+)?of\s+(?:all|the|those|these)\s+(?:[\d,]+\s+)?(?P<words>[^,;]{1,60}?)\s*,",
                     re.IGNORECASE)
_COMPLEMENT = re.compile(r"\s+(?P<of>of\s+(?:them|those|these)\s+)?(?:were|was)\s+(?:for\s+|from\s+|related\s+to\s+"
                         r"|caused\s+by\s+|due\s+to\s+|attributed\s+to\s+|linked\s+to\s+)?(?:an?\s+|the\s+)?"
                         r"(?P<x>[a-z][a-z-]*(?:\s+[a-z][a-z-]*)?)")
# "About 55 percent of the illegal drug overdoses were from heroin": the whole named after the share
_PERCENT_OF = re.compile(r"\s+(?:of\s+(?:all\s+|the\s+|those\s+|these\s+)(?P<words>[^.;:,]{1,80}?))(?=\s(?:were|was)\b)",
                         re.IGNORECASE)
_OPENING_DASH = re.compile(r"\s[-—–]\s+")
_PARTITIVE_STOP = frozenset("the a an of in on at by for from to and or with during this last year years".split())


def _of_all(art: _Article, at: _At, match: vocabulary.Match) -> vocabulary.Match:
    """The metric of a figure after "Of all <noun>," whose kind is said after "were": the kind read
    with the partitive's words ("fire calls", "calls for fire", "pedestrians killed") when the
    vocabulary has that name."""
    after = _COMPLEMENT.match(art.text, at.st.anchor[1], at.clause[1])
    whole = None
    if after is None and at.st.kind in ("share", "value"):
        # "About 55 percent of the illegal drug overdoses were from heroin", "65 of the 99 drug-related
        # deaths in 2015 were heroin overdoses": the whole named after the figure, its kind after "were"
        whole = _PERCENT_OF.match(art.text, at.st.anchor[1], at.clause[1])
        after = _COMPLEMENT.match(art.text, whole.end(), at.clause[1]) if whole else None
    if after is None:
        return match
    if whole is not None:
        words = [w.lower() for w in re.findall(r"[A-Za-z][\w-]*", whole.group("words"))
                 if w.lower() not in _PARTITIVE_STOP and w[0].islower()]
    elif after.group("of"):
        # "82 traffic deaths last year, and 31 of them were pedestrians": the kind read with the
        # name of the figure before
        before = art.pack.metrics.get(art.state.last_metric or "")
        if before is None or art.state.last_paragraph != at.sentence.paragraph:
            return match
        words = [w for w in re.split(r"[\s_-]+", before.label.lower()) if w not in _PARTITIVE_STOP]
    else:
        hit = _OF_ALL.match(art.text, at.sentence.start, at.clause[1])
        dash = _OPENING_DASH.search(art.text, at.sentence.start, min(at.clause[1], at.sentence.start + 60))
        if hit is None and dash is not None:      # after a dateline: "DENVER (KDVR) - Of the 82 people killed"
            hit = _OF_ALL.match(art.text, dash.end(), at.clause[1])
        if hit is None or at.st.anchor[0] < hit.end():
            return match
        words = [w.lower() for w in re.findall(r"[A-Za-z][\w-]*", hit.group("words"))
                 if w.lower() not in _PARTITIVE_STOP and w[0].islower()]
    kinds = after.group("x").split()
    singular = re.sub(r"s$", "", kinds[0])
    xs = [" ".join(kinds), kinds[0], singular]
    if len(kinds) > 1 and ("-" in kinds[0] or kinds[0].endswith(("al", "ic", "it", "ous", "ive", "ile", "ent", "ant"))):
        # "were due to non-pharmaceutical fentanyl", "illicit fentanyl": the kind's noun, past its
        # adjective (not "heroin overdoses", a noun naming the kind)
        xs = [" ".join(kinds), kinds[-1], re.sub(r"s$", "", kinds[-1]), kinds[0], singular]
    if at.st.kind == "share":
        # "were from opioids" of deaths: opioid deaths; "related to illegal drugs" of overdoses:
        # illegal drug overdoses (each word singular, and the whole's head noun)
        xs.append(" ".join(re.sub(r"s$", "", k) for k in kinds))
        before = art.pack.metrics.get(art.state.last_metric or "")
        if before is not None and before.label:
            words = [*words, before.label.lower().split()[-1]]
    for x in xs:
        for word in words:
            for phrase in (f"{x} {word}", f"{word} for {x}"):
                found = vocabulary.find_metric(art.pack, phrase, 0, len(phrase), 0, art.metrics_found)
                if found is not None and found.end - found.start == len(phrase):
                    return vocabulary.Match(found.id, after.start("x"), after.end("x"))
    return match


_NOUN_WORD = re.compile(r"\s+([a-z][a-z'’-]*)")


def _counted_noun(text: str, start: int, end: int) -> str | None:
    """The plural noun a figure written in words counts, past up to two adjectives ("after two big
    leaps": leaps); None when a word that is no adjective comes first."""
    at = start
    for _ in range(3):
        hit = _NOUN_WORD.match(text, at, end)
        if hit is None:
            return None
        word = hit.group(1)
        if len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is", "ous")):
            return word
        if word in _NOT_ADJECTIVES:
            return None
        at = hit.end()
    return None


_NOT_ADJECTIVES = frozenset("""is are was were has have had be been will would could should may might can do does did in on
at of for from to by with than as and or but the a an that which who this these those its their per during since after
before over under about into through percent more fewer less times""".split())


_GENERIC_BY = {"previous": "the metric of the figure before", "clause": "as the clause's other words narrow it",
               "article": "as the headline and the lede narrow it", "article-named": "the one the article names most"}


def _named_for_another_figure(art: _Article, at: _At, metric: str) -> bool:
    """Whether the sentence up to the clause's end names `metric` for another of its figures only
    ("Police arrested 9 people and seized 4 pounds of meth"): not the metric of the figure before."""
    return vocabulary.named_for_another_figure(art.pack, art.text, at.sentence.start, at.clause[1], at.st.anchor[0], metric)


def _generic(art: _Article, at: _At, part: tuple[int, int]) -> vocabulary.GenericName | None:
    """The metric a generic noun of the clause stands for ("the budget", "101,963 calls")."""
    st, state = at.st, art.state
    previous = state.last_metric if state.last_paragraph == at.sentence.paragraph else None
    return vocabulary.generic_metric(art.pack, art.text, part, at.clause, st.anchor[0],
                                     st.figure.unit if st.figure is not None else None, _context(art),
                                     lambda: _named(art), previous)


def _context(art: _Article) -> frozenset[str]:
    """The words of the headline and the lede, read once."""
    if "context" not in art.read_once:
        lede = art.paragraphs[0] if art.paragraphs else (0, 0)
        art.read_once["context"] = vocabulary.context_words(f"{art.source.title or ''} {art.text[lede[0]:lede[1]]}")
    return art.read_once["context"]


# a rate's scale said after a count's name: "road fatalities per 100,000 population"
_SCALE_AFTER = re.compile(r"\s(?P<scale>(?:per|for\s+every)\s+\d[\d,]*(?:\s+(?:thousand|million))?(?:\s+[a-z]+)?)\b",
                          re.IGNORECASE)


def _rate_said_of_a_bare_figure(art: _Article, at: _At) -> str | None:
    """The rate metric of a figure with no unit whose clause says a rate's scale before it, of no figure
    before ("the number of road fatalities per 100,000 population decreased to 4.6"): the rate in that
    scale most of whose name's words the clause says; else None."""
    st = at.st
    if st.figure is None or st.figure.unit or "per" not in art.text[at.clause[0]:st.anchor[0]]:
        return None
    said = _SCALE_AFTER.search(art.text, at.clause[0], st.anchor[0])
    if said is None or re.search(r"\d", _NO_YEARS.sub("", art.text[at.clause[0]:said.start()])):
        return None     # "The rate was 19 per 100,000 people last year, 213 in all": another figure's scale
    return vocabulary.rate_by_words(art.pack, art.text, at.clause, _context(art), said.group("scale"))


def _rate_by_words(art: _Article, at: _At) -> str | None:
    """The rate metric most of whose name's words the clause (or the headline and lede) say, in the scale of
    the clause's rate figure."""
    return vocabulary.rate_by_words(art.pack, art.text, at.clause, _context(art), at.st.figure.unit)


def _part_did(text: str, end: int, start: int) -> bool:
    """Whether the name at `start` says what a part of the whole named up to `end` did: right after
    it ("registered voters casting ballots", "who cast ballots", "were casting ballots"), not another
    kind the part is ("14 of the 45 homicides were shootings")."""
    gap = text[end:start]
    return bool(re.fullmatch(r"\s+(?:(?:who|that)\s+)?", gap)
                or re.fullmatch(r"\s+(?:were|are|was|is)\s+", gap) and re.match(r"\w+ing\b", text[start:]))


def rate_for_decimals(art: _Article, at: _At, metric: str | None, review: list[str]) -> str | None:
    """ "1 - Melbourne (14,368.5 incidents, down 3.2 per cent)" under "AREAS WITH HIGHEST CRIMINAL
    INCIDENT RATES": a count has no decimals; a figure with decimals read as a count is the rate the
    list's opening names. `metric` itself otherwise."""
    st = at.st
    if metric is None or metric == UNDECIDED or st.figure is None or not st.figure.decimals \
            or not art.pack.metrics[metric].integer or rate_scale(st.figure.unit) is not None or per_time(st.figure.unit) \
            or (st.figure.unit or "").lower() in ("percent", *_CURRENCIES):
        return metric
    if re.search(r"(?i)thousand|million|billion", st.figure.text) \
            or re.match(r"\s*times\b", art.text[st.anchor[1]:st.anchor[1] + 8]):
        return metric       # "population 169.9 thousand", "2.5 times": a whole count or a multiple, no rate
    listed = _rate_introduced(art, at)
    if listed is None:
        return metric
    review[:] = [r for r in review if not r.startswith("metric:")]
    review.append(f"metric: '{listed}', the rate named before the list ('{st.figure.text}' is no whole count); check")
    return listed


# what stands before a name no rate figure counts: a rate's people ("per 100,000 residents") or another
# figure ("482 killings")
_PER_SCALE_OR_FIGURE = re.compile(r"(?:\bper\s+(?:[\d,.]+|one|a|every)(?:\s+(?:thousand|million))?|\d[\d,]*(?:\.\d+)?)\s+\Z",
                                  re.IGNORECASE)


def _names_nothing_of_its_own(text: str, st, match: vocabulary.Match | None) -> bool:
    """Whether a rate figure's clause names no thing of its own for it to be the rate of: no name, or only
    the people of a rate ("765 recorded incidents per 100,000 residents") or another figure's noun ("482
    killings this year, for a rate of about 17.8 per 100,000"); not "Vehicle thefts ran at 430 per
    100,000", "120 auto thefts per 100,000 residents"."""
    if match is None:
        return True
    hit = _PER_SCALE_OR_FIGURE.search(text, max(0, match.start - 30), match.start)
    own = st.anchor[0] <= match.start < st.anchor[1]
    return hit is not None and (not own or hit.group(0).lower().startswith("per"))


# a rate named by a word of its own before the figure ("Its suicide rate was", "the pedestrian death
# rate"), not "a rate of", "the city's rate", "a higher rate"
_OWN_RATE_NAMED = re.compile(r"(?<![\w'’-])(?!(?:a|an|the|its|their|his|her|this|that|same|similar|overall|average|"
                             r"annual|yearly|combined|current|new|higher|lower|highest|lowest|second|third|"
                             r"comparable)\s)[a-z][a-z-]*\s+rates?\b")


def _rate_drafted_before(art: _Article, at: _At) -> str | None:
    """The last rate metric drafted, within the figure's paragraph or the one before, per as many
    people as this figure, which names no rate of its own ("Winnipeg has 811 burglary incidents per
    100,000 people. Lethbridge has a rate of 764 recorded incidents per 100,000 residents": the
    break-in rate again); else None."""
    state = art.state
    if not state.last_metric or state.last_paragraph < at.sentence.paragraph - 1:
        return None
    if _OWN_RATE_NAMED.search(art.text, max(at.clause[0], at.st.anchor[0] - 60), at.st.anchor[0]):
        return None     # "Its suicide rate was 14 per 100,000": a rate of its own, not the one before
    scale = rate_scale(at.st.figure.unit)
    for seen in reversed(state.metrics_seen):
        metric = art.pack.metrics.get(seen)
        if metric is not None and rate_scale(metric.unit) is not None:
            return seen if rate_scale(metric.unit) == scale else None
    return None


def _rate_introduced(art: _Article, at: _At) -> str | None:
    """The rate metric (per 100,000, ...) named in the paragraph that opens a list of figures: the
    paragraph before the figure's, or further up over the list's items, at most twelve up
    ("The five local government areas with the highest criminal incident rates are:"); the figure's
    own paragraph an item, no sentence."""
    own = art.paragraphs[at.sentence.paragraph]
    if re.search(r"[.!?][\"”’]?\s*\Z", art.text[own[0]:own[1]]):
        return None
    for k in range(at.sentence.paragraph - 1, max(-1, at.sentence.paragraph - 13), -1):
        start, end = art.paragraphs[k]
        rates = [m.id for m in vocabulary.metrics_in(art.pack, art.text, start, end, art.metrics_found)
                 if rate_scale(art.pack.metrics[m.id].unit) is not None]
        if rates:
            return rates[0]
        if re.search(r"[.!?][\"”’]?\s*\Z", art.text[start:end]):
            return None     # a sentence of its own, not a list item: the list opens no further up
    return None


def _named(art: _Article) -> dict[str, int]:
    """How often the article names each metric by a name of the vocabulary, read once."""
    if "named" not in art.read_once:
        art.read_once["named"] = vocabulary.metrics_named(art.pack, art.text)
    return art.read_once["named"]


def _place(art: _Article, at: _At, speaker: str | None, review: list[str], missing: list[str]) -> str | None:
    """The clause's place, else the sentence's, the speaker's post's, the claim before's, the dateline's."""
    pack = art.pack
    if at.place is not None:
        review.append(f"place: '{at.place}', one of the places the clause lists; check")
        return at.place
    scope = _SCOPE_JUST_BEFORE.search(art.text, max(at.clause[0], at.st.anchor[0] - 40), at.st.anchor[0])
    scoped = scope_place(art, "state" if scope.group(1).lower() == "state" else "country", review) if scope else None
    if scoped is not None:
        # "Oconee is lower than the state (at 3.9%) and the nation (at 4.1%)": the figure's own words
        return scoped
    own = _segment(art.text, at.clause[0], at.clause[1], at.st.anchor)
    # "Ward 3 was the busiest with 19,613 calls, but Ward 6 was close with 18,977 calls": each its own
    place = vocabulary.most_specific(pack, [p for p in _places(art, own[0], own[1]) if p not in _origins(art, *own)],
                                     _in_agency_names(art, *own)) if own != at.clause else None
    if place is None:
        place = vocabulary.most_specific(pack, _not_examples(art, at, at.clause[0], at.clause[1]),
                                         _in_agency_names(art, *at.clause))
    if place is None:
        place = vocabulary.most_specific(pack, _not_examples(art, at, at.sentence.start, at.sentence.end),
                                         _in_agency_names(art, at.sentence.start, at.sentence.end))
    if place is not None:
        place = _city_described(art, at, place, review)
    own = [h.near for h in art.place_hits if h.ids == (place,) and at.sentence.start <= h.start < at.sentence.end]
    if place is not None and (all(own) if own else any(h.near and h.ids == (place,) for h in art.place_hits)):
        # "Jefferson County hunters ..." in a story whose one other place is Seattle: a guess (not
        # "In Jefferson County, Washington, hunters ...": the claim's own mention names its state)
        review.append(f"place: '{place}', of the state the article's other places or its publisher's line name; check")
    if place is None and _statewide(art.text, at.sentence.start, at.sentence.end, at.st.anchor[0]):
        # "Statewide, 85 deaths were reported": the state of the article's place
        home = art.home or art.fallback_place
        state = next((p for p in ([home] if home else []) + (pack.ancestors(home) if home else [])
                      if pack.places[p].kind == "state"), None)
        if state is not None:
            review.append(f"place: '{state}', the state ('statewide'); check")
            return state
    if place is None and _outside_asides(_NATIONWIDE, art.text, at.clause[0], at.clause[1], at.st.anchor[0]) and not (
            _RANKED_IN_NATION.search(art.text, at.clause[0], at.clause[1])
            and _OWN_KIND.search(art.text, at.clause[0], at.clause[1])):
        # "Traffic deaths rose 5 percent nationwide", "the nation's unemployment rate": the country
        # of the article's place, else the one country the article names
        country = _country(art)
        if country is not None:
            review.append(f"place: '{country}', the country ('nationwide'); check")
            return country
    if place is None:
        short = _short_name_of_kind(art, at)
        if short is not None:
            review.append(f"place: '{short}', named without its 'City' or 'County' in the paragraph, which the "
                          "clause calls 'the city' or 'the county'; check")
            return short
    if place is None:
        scope = _scope_before(art, at)
        scoped = scope_place(art, scope, review) if scope is not None else None
        if scoped is not None:
            return scoped
    if place is None and speaker:
        place = _as_the_article_reads(art, speaker, vocabulary.most_specific(pack, vocabulary.find_places(pack, speaker, 0, len(speaker))))
        before = art.state.previous.get("place") if art.state.previous and _follows_in_paragraph(art, at) else None
        if place and before and place in pack.ancestors(before):
            # "... in St. Clair County, according to the Southeast Michigan Council of Governments.
            # That's an increase of four from the 18 recorded in 2015": the county the claim before
            # counts, within the body's state
            review.append(f"place: '{before}' carried over from the claim before (within '{place}', the "
                          "speaker's post's); check")
            return before
        if place:
            review.append(f"place: '{place}' taken from the speaker's post; check")
    if place is None and speaker and _national_body(art.text, speaker):
        # "..., according to NHTSA" (the National Highway Traffic Safety Administration): a national
        # agency's figure with no place named is the country's
        country = _country(art)
        if country is not None:
            review.append(f"place: '{country}', the country of the national agency '{speaker}'; check")
            return country
    if place is None:
        listed = _list_heading_place(art, at)
        if listed is not None:
            # "For the Lake County CHP:" then "–621 crashes last year vs. 640 in 2010": the list's own place,
            # not the claim before's nor the article's
            place = listed
            review.append(f"place: '{place}', the one place the line leading the list names; check")
    if place is None and _follows_in_paragraph(art, at) and art.state.previous.get("place") is not None and \
            not _in_an_aside(art.text, at.sentence.start, at.sentence.end, art.state.previous["quote"]["start"], at.st.anchor[0]):
        # (not from a figure in an aside this one is not in: "– an index of eight crimes the Bureau
        # uses to gauge nationwide crime – continues to decrease, seeing 337 last year")
        before = art.state.previous
        since = before["quote"]["start"] + len(before["quote"]["text"])
        named = _places(art, since, at.sentence.start) if since < at.sentence.start else []
        if named:
            # "Windsor's rate had been hovering at six per cent for months. It was 5.9 per cent in
            # May": a place named after the claim before (in a sentence drafting no whole claim) is
            # the one the paragraph goes on about
            place = named[-1]
            review.append(f"place: '{place}', named in the paragraph after the claim before; check")
        else:
            place = before["place"]
            review.append(f"place: '{place}' carried over from the claim before; check")
    if place is None:
        paragraph = art.paragraphs[at.sentence.paragraph]
        named = _places(art, paragraph[0], at.sentence.start)
        if named:
            # "Twenty-three died on Laurens County highways ... The 2018 total was 32": the place
            # the paragraph named last, when no claim before carries one
            place = named[-1]
            review.append(f"place: '{place}', named earlier in the paragraph; check")
    if place is None:
        opened = _opened_paragraph_before(art, at)
        if opened is not None:
            place = opened
            review.append(f"place: '{place}', named first in the last paragraph naming a place, which this one goes on about; check")
    if place is None:
        introduced = _introduced_just_before(art, at)
        if introduced is not None:
            place = introduced
            review.append(f"place: '{place}', the only place the paragraph before names, opening it, which this one goes on about; check")
    if place is None:
        heading = _heading_place(art, at)
        if heading is not None:
            place = heading
            review.append(f"place: '{place}', the place of the heading the figure stands under; check")
    if place is None and art.state.previous is not None and art.state.previous.get("place") is not None and \
            pack.places[art.state.previous["place"]].kind == "country" and \
            0 < at.sentence.paragraph - art.state.previous_paragraph <= 1 and \
            not _places(art, *art.paragraphs[at.sentence.paragraph]) and \
            not _SPEAKS_LOCALLY.search(art.text, *art.paragraphs[at.sentence.paragraph]) and \
            _national_goes_on(art, art.state.previous_paragraph):
        # "The national figures showed ... 736 fatalities." then "Drug fatalities have risen from 431
        # in 2004": a paragraph naming no place goes on with the nation's figures just before it (the
        # nation read from the words "national figures", "nationwide", not named: "in Scotland" says
        # nothing of the next)
        place = art.state.previous["place"]
        review.append(f"place: '{place}', the country of the claim in the paragraph before (this one names no place); check")
        return place
    if place is None and speaker and art.state.previous is not None and \
            art.state.previous.get("place") is not None and _same_speaker(art.state.previous.get("speaker"), speaker) and \
            art.state.previous_paragraph == at.sentence.paragraph - 1 and \
            any(a <= at.st.anchor[0] < b for a, b in art.quotes[at.sentence.paragraph]) and \
            not _places(art, *art.paragraphs[at.sentence.paragraph]) and \
            art.state.previous["place"] not in {a for h in (art.home, art.fallback_place) if h for a in pack.ancestors(h)}:
        # "The total is 952 nests, ... said Jennifer Winters, the county's coordinator." then
        # "'We could break 1,000 nests,' Winters said.": the speaker's quotation goes on about the same place
        # (not the state or country around the article's place: "Our officers made 3,100 arrests" after
        # the mayor's statewide figure is the city's)
        place = art.state.previous["place"]
        review.append(f"place: '{place}', the place of the same speaker's claim in the paragraph before; check")
        return place
    if place is None and art.home is not None:
        place = art.home
    if place is None and art.fallback_place is not None:
        country = _country(art) if _national_article(art) else None
        if country is not None and country != art.fallback_place:
            # "Traffic deaths nationally were down last year ... Motorcycle fatalities increased
            # 2.1%": an article whose headline and lede speak of the nation, with no dateline, is
            # about the country, not the state or city it names most
            review.append(f"place: '{country}', the country the headline and lede speak of ('national'); check")
            return country
        state = _state_article_state(art)
        if state is not None:
            # "Statewide traffic deaths could be fewest since 1944 ... A preliminary traffic fatality
            # count of 403": an article whose headline or lede speaks of the state, with no dateline, is
            # about the state, not the county it names most in its body
            review.append(f"place: '{state}', the state the headline and lede speak of ('statewide'); check")
            return state
        whole = _roundup_whole(art)
        if whole is not None:
            review.append(f"place: '{whole}', the place the article's many places of one kind lie in; check")
            return whole
        place = art.fallback_place
        review.append(f"place: '{place}', the place the article names most; check")
    wide = _WIDE.search(art.text, at.clause[0], at.clause[1])
    if wide is not None and place is not None:
        # "Last year, there were 79 fire deaths statewide, according to the U.S. Fire Administration",
        # "1,050 fewer students countywide": the clause's own scope, of the place the article is about
        kind = wide.group(1).lower()   # the place kind: state, county, city, province
        main = art.home or art.fallback_place
        scoped = next((p for p in ([main] + pack.ancestors(main) if main else []) if pack.places[p].kind == kind), None)
        # (a place named only in the body cited, "the U.S. Fire Administration", is not the clause's)
        body = set(vocabulary.find_places(pack, speaker, 0, len(speaker))) if speaker else set()
        own = [p for p in _places(art, at.clause[0], at.clause[1]) if p not in body]
        if scoped is not None and pack.places[place].kind != kind and not own:
            review.append(f"place: '{scoped}', the {kind} of the article's place ('{wide.group(0)}'); check")
            return scoped
        if pack.places[place].kind == kind:
            return place
    if place is not None and not _places(art, at.clause[0], at.clause[1]):
        for kinds, words in _KIND_SAID:
            if pack.places[place].kind in kinds:
                continue
            meant = _kind_meant(art, at, place, kinds, words)
            if meant is not None:
                review.append(f"place: '{meant}', the {kinds[0]} the clause speaks of ('the {kinds[0]}', its bodies) and "
                              "the article, its title or its publisher names; check")
                place = meant
                break
    if place is not None and pack.places[place].kind in vocabulary.WIDE_KINDS:
        force = _force_jurisdiction(art, at, place, speaker)
        if force is not None:
            review.append(f"place: '{force}', the jurisdiction in '{place}' of the police force the sentence cites; check")
            place = force
    if place is not None and _town_over_a_region(art, place):
        review.append(f"place: '{place}', a town read for the name a province or state of another country shares; check")
    if place is None:
        missing.append("place")
        review.append("place: no place of the vocabulary is named; add it to the pack or write its id")
    return place


def _town_over_a_region(art: _Article, place: str) -> bool:
    """Whether the article reads a name a foreign region shares as the town `place` ("Ontario" in an Oregon
    paper: Ontario, Oregon, not Canada's province)."""
    return any(h.namesake and h.ids == (place,) and any(
        art.pack.places[i].kind in vocabulary.WIDE_KINDS for n in vocabulary.place_hits(art.pack, art.text[h.start:h.end]) for i in n.ids)
        for h in art.place_hits)


# a police force that polices part of a province or state: its figures are of its jurisdiction
_FORCE = re.compile(r"\b(?:RCMP|Mounties|Royal\s+Canadian\s+Mounted\s+Police|Provincial\s+Police|State\s+Police)\b")

# a clause citing another source or body than the force ("according to the chief medical examiner", "the
# province as a whole", "the Winnipeg Police Service and the RCMP", "the province's budget for RCMP officers")
_OTHER_SOURCE = re.compile(r"\b(?:according\s+to\s+(?![^,.;]{0,60}\b(?:RCMP|Mounties|Police)\b)|Statistics\s+Canada|"
                           r"police\s+(?:service|forces)|city\s+police|province\s+as\s+a\s+whole|budget|officers)\b", re.IGNORECASE)


def _force_jurisdiction(art: _Article, at: _At, place: str, speaker: str | None) -> str | None:
    """The one place of kind "police jurisdiction" the pack holds within a province or state, for a figure
    its police force reports ("Manitoba RCMP reported a total of 1,848 ...", "Areas served by the RCMP saw
    overall crime decline by 3%", the RCMP as speaker); the force is looked for in the figure's own clause
    only, and a clause citing another source or body decides nothing; else None (the province's own figures
    stay its)."""
    start, end = at.clause
    if _OTHER_SOURCE.search(art.text, start, end) or not (_FORCE.search(art.text, start, end) or speaker and _FORCE.search(speaker)):
        return None
    if "jurisdictions" not in art.read_once:
        art.read_once["jurisdictions"] = {}
        for q in art.pack.places.values():
            if q.kind == "police jurisdiction" and q.within is not None:
                art.read_once["jurisdictions"].setdefault(q.within, []).append(q.id)
    found = art.read_once["jurisdictions"].get(place, [])
    return found[0] if len(found) == 1 else None


# "the state (at 3.9%)", "the nation's 4.1%", "the state average of 3.5 percent": a figure said of the
# state or the nation just before it
_SCOPE_JUST_BEFORE = re.compile(r"\bthe\s+(state|nation|country)(?:['’]s)?\s+(?:(?:average|rate)\s+(?:of\s+|at\s+)?|"
                                r"\(\s*(?:at\s+)?)?\Z", re.IGNORECASE)


# a paragraph about the place's own figures ("The city's homicides rose", "locally"): not the nation's
_SPEAKS_LOCALLY = re.compile(r"\bthe\s+(?:city|county|town|state|district|region)['’]s\b|\blocal(?:ly)?\b", re.IGNORECASE)


def _as_the_article_reads(art: _Article, speaker: str, place: str | None) -> str | None:
    """A speaker's post's place read as the article reads the same name: "Ontario City Police Chief" in an
    Oregon paper whose "Ontario" is the town of Ontario, Oregon, not Canada's province."""
    if place is None:
        return None
    keys = {vocabulary.name_key(speaker[h.start:h.end]) for h in vocabulary.place_hits(art.pack, speaker)
            if h.also and h.ids == (place,)}
    read = {h.ids[0] for h in art.place_hits if len(h.ids) == 1 and h.start < len(art.text)
            and vocabulary.name_key(art.text[h.start:h.end]) in keys}
    return read.pop() if len(read) == 1 else place


def _national_goes_on(art: _Article, before: int) -> bool:
    """Whether the paragraph `before` (or, when it names no place, the one before it) speaks of the
    nation's figures in words ("The national figures showed", "nationwide") and names no place."""
    for k in (before, before - 1):
        if k < 0 or _places(art, *art.paragraphs[k]):
            return False
        if _outside_asides(_NATIONAL_LEDE, art.text, *art.paragraphs[k]):
            return True
    return False


# "46 calls with three building fires"; "correlates with a 11.7% increase in vehicle miles traveled":
# a name right after another figure, or after another figure's change "in" it
_ANOTHER_FIGURE = re.compile(r"(?:\d[\d,.]*|\b(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve))"
                             r"(?:\s*(?:%|percent\b|per\s*cent\b)\s*(?:increase|decrease|rise|drop|decline|jump|reduction"
                             r"|fall|gain|growth)\s+in)?\s+\Z", re.IGNORECASE)
# deaths said before a figure, no other figure (but a year) between ("the number of deaths rising from 148",
# "the highest death toll due to fires since 2002 and a 30 percent increase")
_DEATHS_BEFORE = re.compile(r"\b(?:deaths|fatalities|death\s+toll)\b(?=(?:(?:19|20)\d\d\b|[^.;:\d])*\Z)", re.IGNORECASE)
# what joins deaths to the thing they are of ("the death toll due to fires", "deaths from fires")
_DEATHS_OF = re.compile(r"\s+(?:due\s+to|from|in|of|caused\s+by|related\s+to)\s+", re.IGNORECASE)


def _deaths_said_of(text: str, match: vocabulary.Match, start: int, end: int) -> bool:
    """Whether deaths said before a figure in [start, end) are of the thing the name counts: the name
    said before the deaths ("Both fires and the number of fatalities rose, with the number of deaths
    rising from 148") or joined to them ("the highest death toll due to fires ... and a 30 percent
    increase"); not a name said after them as a clause of its own ("Despite no deaths, fires rose 10
    percent", "Deaths from fires fell, even as fires rose to 1,240")."""
    return any(match.end <= said.start() or _DEATHS_OF.fullmatch(text, said.end(), match.start)
               for said in _DEATHS_BEFORE.finditer(text, start, end))


# another figure right before a name, said with "with" and its bound: a description of the things counted
# ("cities with 250,000 or more residents"), not a figure of the quantity ("received 63,289 calls for service
# ..., a 7.6 percent increase", "800 misdemeanor warrants in 2016 compared to 876"); not a year; a count with no
# bound only when the name is a plainer word for the name before (`_plainer_word_for`)
_FIGURE_OF_THE_NAME = re.compile(r"\bwith\s+(?P<lead>(?:more|fewer|less)\s+than\s+|at\s+least\s+|over\s+|under\s+)?"
                                 r"(?!(?:19|20)\d\d\b(?![,.]\d))\d+(?:[,.]\d+)*(?P<trail>\s+or\s+(?:more|fewer|less)|-plus|\s+and\s+(?:over|up))?"
                                 r"\s+\Z")
# a name's own change and its figure after it: " decreasing by 32%", " was up by 13%", " increased 83%"
_OWN_CHANGE_AFTER = re.compile(r"\s+(?:(?:was|were|is|are|has|have|had)\s+)?(?:been\s+)?(?:up|down|decreas\w*|increas\w*|rose|risen"
                               r"|fell|fallen|dropped|declin\w*|climb\w*|jump\w*|grew|grow\w*)\s+(?:by\s+)?(?:about\s+|nearly\s+"
                               r"|almost\s+|some\s+)?\d", re.IGNORECASE)
# the words between a figure and its own noun ("1,234 traffic crashes", "1,234 reported crashes"; not
# "10 percent while alcohol-impaired driving fatalities decreased 3.6 percent": another clause's)
_RIGHT_AFTER = re.compile(r"\s+(?:(?!(?:while|whereas|and|but|with|as|when|in|of|to)\s)[a-z][a-z-]*\s+){0,2}")
# the words of a rate's scale up to a name after its figure: " per 100 million vehicle ", " per 1,000 "
_PER_SCALE = re.compile(r"\bper\s+\d[\d,.]*(?:\s+(?:million|billion|thousand))?\s+(?:[a-z-]+\s+)?\Z", re.IGNORECASE)


def _in_the_rates_scale(text: str, anchor: tuple[int, int], match: vocabulary.Match) -> bool:
    """Whether a name right after a rate's figure is said in the rate's scale ("1.23 per 100 million miles
    traveled", "0.94 per 100 million vehicle miles"): what the rate is per, not what it counts (not "26
    per cent of the death toll")."""
    if match.start < anchor[1] or match.start - anchor[1] > 60:
        return False
    return _PER_SCALE.search(text, anchor[0], match.start) is not None


# " of 93,478 ", " out of the 127,185 ": a part's figure, then its whole's
_OF_A_WHOLE = re.compile(r"\s+(?:out\s+)?of\s+(?:the\s+|its\s+|their\s+)?\d[\d,.]*\s+")
_NATIONAL_BODY = re.compile(r"^(?:the\s+)?(?:National|Federal|U\.S\.|US|United\s+States)\s+(?:[A-Z][\w&'’.-]*\s+|of\s+|and\s+|for\s+){0,6}?"
                            r"(?:Administration|Bureau|Agency|Center|Centers|Institute|Institutes|Board|Commission|"
                            r"Department|Survey|Office)(?:\s+(?:of|for)\s+(?:[A-Z][\w&'’.-]*\s*(?:and\s+)?){1,4})?$")


def _same_speaker(drafted: str | None, speaker: str) -> bool:
    """Whether a claim drafted before had this speaker, perhaps with its post named with the claim's place
    ("Jennifer Winters, Volusia County's ... coordinator" for "Jennifer Winters, county's ... coordinator")."""
    return drafted == speaker or ("," in speaker and drafted is not None and drafted.split(",")[0] == speaker.split(",")[0])


def _national_body(text: str, speaker: str) -> bool:
    """Whether a speaker is a national agency by its name ("the National Highway Traffic Safety
    Administration", "U.S. Census Bureau") or by an acronym the article spells out so ("NHTSA")."""
    name = speaker.strip()
    if _NATIONAL_BODY.match(name):
        return True
    if not re.fullmatch(r"[A-Z]{3,6}", name):
        return False
    letters = r"\s+(?:(?:of|for|and|the)\s+)*".join(rf"{c}[\w'’-]*" for c in name)
    for hit in re.finditer(rf"\b{letters}\b", text):
        if _NATIONAL_BODY.match(hit.group(0)):
            return True
    return False


_SENTENCE_END = re.compile(r"[.!?][\"”’]?\s+(?=[A-Z\"“])")


def _scope_before(art: _Article, at: _At) -> str | None:
    """ "The increase is similar to statewide data. There were 3,006 suspected serious and fatal
    crashes in 2021": a sentence that names no place takes the scope ("statewide", "nationwide")
    the sentence just before says in the same paragraph, when that sentence names no place and
    holds no figure of its own. 'state', 'country' or None."""
    paragraph = art.paragraphs[at.sentence.paragraph]
    start = paragraph[0]
    for end in _SENTENCE_END.finditer(art.text, paragraph[0], at.sentence.start):
        if end.end() < at.sentence.start:
            start = end.end()
    if start >= at.sentence.start or at.sentence.start - start > 300:
        return None
    before = art.text[start:at.sentence.start]
    if re.search(r"\d", before) or _places(art, start, at.sentence.start):
        return None
    if _statewide(before, 0, len(before)):
        return "state"
    if _NATIONWIDE.search(before):
        return "country"
    return None


def scope_place(art: _Article, scope: str, review: list[str]) -> str | None:
    """The state (or country) of the article's place, for a scope the sentence before says."""
    pack = art.pack
    if scope == "country":
        country = _country(art)
        if country is not None:
            review.append(f"place: '{country}', the country ('nationwide' in the sentence before); check")
        return country
    home = art.home or art.fallback_place
    state = next((p for p in ([home] if home else []) + (pack.ancestors(home) if home else [])
                  if pack.places[p].kind == "state"), None)
    if state is not None:
        review.append(f"place: '{state}', the state ('statewide' in the sentence before); check")
    return state


# "504 Mainers died", "1,200 Ohioans": people of a place, counted as people
_DEMONYM_AFTER = re.compile(r"\s+(?:[A-Z][a-z]+\s+)?[A-Z][a-z]{2,}(?:ans|ers|ites|ians)\b")
_EXAMPLE_BEFORE = re.compile(r"\b(?:including|such\s+as|among\s+them|notably)\s+(?:the\s+)?\Z", re.IGNORECASE)
# "Visitors from the US and Canada rose by 125,000": where travellers come from, not where they are counted
_ORIGIN_BEFORE = re.compile(r"\b(?:visitors|visits|tourists|travell?ers|passengers|arrivals|guests|migrants|immigrants|"
                            r"refugees)\s+from\s+(?:the\s+)?(?:[A-Z][\w.]*\s+(?:and|or|&)\s+(?:the\s+)?)?\Z", re.IGNORECASE)


def _not_examples(art: _Article, at: _At, start: int, end: int) -> list[str]:
    """The places named in text[start:end] but those named as examples of a group in an aside the
    figure is not in: "Fourteen states, including California, recorded an increase ..., even though
    the 32,367 traffic deaths last year were down 1.9%": California is one of the fourteen states; nor
    where travellers come from ("Visitors from the US and Canada rose by 125,000" in Scotland)."""
    named = _places(art, start, end)
    if not named:
        return named
    text = art.text
    out = []
    for hit in art.place_hits:
        if not (start <= hit.start and hit.end <= end) or len(hit.ids) != 1 or hit.ids[0] not in named:
            continue
        if _EXAMPLE_BEFORE.search(text, max(start, hit.start - 20), hit.start):
            close = re.search(r"[,;.)—–]", text[hit.end:end])
            aside_end = hit.end + close.start() if close else end
            if not (hit.start <= at.st.anchor[0] < aside_end):
                continue
        if _described_in_parentheses(art, hit, start) and not hit.start <= at.st.anchor[0] < text.find(")", hit.end):
            continue     # (a figure inside the aside is the aside's place's: "Troop H (Cumberland County, 412)")
        out.append(hit.ids[0])
    gone = _origins(art, start, end)
    return [p for p in named if p in out and p not in gone]


# "Statistics Canada", "the Ohio Department of Health", "Colorado Bureau of Investigation": a wide
# place named as part of an agency's name
_AGENCY_BEFORE = re.compile(r"\b(?:Statistics|Stats|Health|Transport|Public\s+Safety|Elections)\s+\Z")
_AGENCY_AFTER = re.compile(r"\s+(?:Department|Dept\.|Bureau|Agency|Ministry|Office|Highway\s+Patrol|State\s+Police|"
                           r"Provincial\s+Police|Division|Commission|Institute)\b")


def _in_agency_names(art: _Article, start: int, end: int) -> frozenset[str]:
    """The states, provinces and countries text[start:end] names only inside an agency's name."""
    hits = [h for h in art.place_hits if start <= h.start and h.end <= end and len(h.ids) == 1
            and art.pack.places[h.ids[0]].kind in vocabulary.WIDE_KINDS]
    inside = {h.ids[0]: True for h in hits}
    for h in hits:
        if not (_AGENCY_BEFORE.search(art.text, max(0, h.start - 20), h.start) or _AGENCY_AFTER.match(art.text, h.end)):
            inside[h.ids[0]] = False
    return frozenset(p for p, yes in inside.items() if yes)


def _origins(art: _Article, start: int, end: int) -> set[str]:
    """The places text[start:end] names only as where travellers come from ("Visitors from the US
    and Canada rose by 125,000")."""
    hits = [h for h in art.place_hits if start <= h.start and h.end <= end and len(h.ids) == 1]
    origin = {h.ids[0] for h in hits if _ORIGIN_BEFORE.search(art.text, max(start, h.start - 60), h.start)}
    return {p for p in origin if all(_ORIGIN_BEFORE.search(art.text, max(start, h.start - 60), h.start)
                                     for h in hits if h.ids[0] == p)}


def _in_parentheses(text: str, start: int, at: int) -> bool:
    """Whether position `at` lies within parentheses opened after `start` (or at `start`'s own)."""
    opened = text.rfind("(", start, at)
    return opened >= 0 and ")" not in text[opened:at]


def _described_in_parentheses(art: _Article, hit, start: int) -> bool:
    """Whether a place is named in parentheses right after another place, which it describes:
    "In Troop H (Adams, Cumberland, Dauphin, Franklin, and Perry counties), troopers made 2,442 arrests"
    (Troop H's, not Cumberland County's)."""
    text = art.text
    if not _in_parentheses(text, start, hit.start):
        return False
    opened = text.rfind("(", start, hit.start)
    before = text[start:opened].rstrip()
    return any(h.end == start + len(before) and h is not hit for h in art.place_hits)


def _short_name_of_kind(art: _Article, at: _At) -> str | None:
    """ "New York -- The city has recorded 149 murders": a clause that says "the city" (or "the
    county") of a place its paragraph names without that word, New York City; one such place only."""
    text, pack = art.text, art.pack
    paragraph = art.paragraphs[at.sentence.paragraph]
    found = set()
    for kind, words, suffix in (("city", _CITY_WORDS, "City"), ("county", _COUNTY_WORDS, "County")):
        if not any(not any(h.start <= m.start() < h.end for h in art.place_hits)
                   for m in words.finditer(text, at.clause[0], at.clause[1])):
            continue
        said = text[paragraph[0]:at.sentence.end]
        for place_id, shorts in vocabulary._cached(f"short names {kind}", pack, lambda p, kind=kind, suffix=suffix: _short_names(p, kind, suffix)):
            # (every match holds the short name: a paragraph without it has none)
            if any(x in said and _short_name_pattern(x, suffix).search(said) for x in shorts):
                found.add(place_id)
    return found.pop() if len(found) == 1 else None


def _short_names(pack: Pack, kind: str, suffix: str) -> tuple[tuple[str, tuple[str, ...]], ...]:
    """For `_short_name_of_kind`, built once a pack: each place of a kind with its names said without
    their suffix ("New York" of "New York City")."""
    out = []
    for place in pack.places.values():
        if place.kind != kind:
            continue
        shorts = []
        for name in {place.name, *place.aliases}:
            hit = re.fullmatch(rf"(?P<x>[A-Z][\w.'’-]*(?:\s[A-Z][\w.'’-]*)?)\s+{suffix}(?:,.*)?", name.strip())
            if hit:
                shorts.append(hit.group("x"))
        if shorts:
            out.append((place.id, tuple(dict.fromkeys(shorts))))
    return tuple(out)


@lru_cache(maxsize=4096)
def _short_name_pattern(short: str, suffix: str) -> re.Pattern:
    """A place's short name not followed by its suffix ("New York" but not "New York City"), compiled
    once a name and suffix (kept by them, not in `re`'s cache of 512, which the drafter overflows)."""
    return re.compile(rf"(?<![\w-]){re.escape(short)}(?!\s+{suffix}\b)(?![\w-])")


def _city_described(art: _Article, at: _At, place: str, review: list[str]) -> str:
    """ "Homes in the West Yorkshire city saw ...": a city described by the region it lies in is the
    article's city in that region (the one it names most), not the region."""
    for hit in art.place_hits:
        if not (at.clause[0] <= hit.start and hit.end <= at.clause[1]) or tuple(hit.ids) != (place,):
            continue
        if not (re.match(r"\s+(?:city|town)\b", art.text[hit.end:hit.end + 6])
                and re.search(r"\bthe\s+$", art.text[max(0, hit.start - 5):hit.start], re.IGNORECASE)):
            continue
        named = Counter(h.ids[0] for h in art.place_hits if len(h.ids) == 1 and h.ids[0] != place
                        and art.pack.places[h.ids[0]].kind == "city" and place in art.pack.ancestors(h.ids[0]))
        if not named:
            return place
        city = named.most_common(1)[0][0]
        review.append(f"place: '{city}', the city the article names in {place} ('the ... city'); check")
        return city
    return place


# "The county has about 820 employees", "County Administrator ...", "County commissioners ...": a
# county's figure, not its city's (a capitalised "County" inside a place's name is that place's)
_COUNTY_WORDS = WindowGatedPattern(re.compile(r"\b(?:county|county's|county’s|counties)\b|\b(?:County\s+(?:commissioners?|board|"
                                              r"administrator|executive|officials|manager|budget)|Board\s+of\s+(?:Commissioners|Supervisors))\b",
                                              re.IGNORECASE),
                                   ("count", "board"))


# "The city's operating budget ... from the City Council": a city's figure, not its metro area's
_CITY_WORDS = WindowGatedPattern(re.compile(r"\b(?:city|city's|city’s)\b(?!\s+of\b)|\bCity\s+(?:Council|Hall|Manager|Administrator)\b",
                                            re.IGNORECASE),
                                 ("city",))
# "The province recorded 53 homicides", "in the state", "provincewide": the state or province of
# the article's place (not "the state health department", "state figures")
_STATE_WORDS = re.compile(r"\bthe\s+state(?:['’]s)?\b(?!\s+(?:of|health|police|patrol|department|agency|board|data|figures|"
                          r"statistics|numbers|attorney|auditor|legislature|government|officials?)\b)|\bstate-?wide\b|"
                          r"\bacross\s+the\s+state\b", re.IGNORECASE)
_PROVINCE_WORDS = re.compile(r"\bthe\s+province(?:['’]s)?\b(?!\s+(?:of|health|police|department|agency|data|figures|"
                             r"statistics|numbers|government|officials?)\b)|\bprovince-?wide\b|\bprovincially\b",
                             re.IGNORECASE)
# "The region's jobless rate was 3.4%", "regionwide": a region the article names (a metro area, a
# police force's or a health authority's area)
_REGION_WORDS = re.compile(r"\bthe\s+region(?:['’]s)?\b(?!\s+of\b)|\bregion-?wide\b", re.IGNORECASE)
# "the district's enrollment", "districtwide": a school district the article names
_DISTRICT_WORDS = re.compile(r"\bthe\s+(?:school\s+)?district(?:['’]s)?\b(?!\s+(?:of|court|attorney|judge)\b)|"
                             r"\bdistrict-?wide\b", re.IGNORECASE)
_KIND_SAID = ((("county",), _COUNTY_WORDS), (("city",), _CITY_WORDS), (("state",), _STATE_WORDS),
              (("province",), _PROVINCE_WORDS), (("region", "metro area", "metropolitan area", "police force area", "police region",
                                 "health authority", "health district"), _REGION_WORDS),
              (("school district",), _DISTRICT_WORDS))


def _kind_meant(art: _Article, at: _At, place: str, kinds: tuple[str, ...], words: re.Pattern) -> str | None:
    """The county (or city) a clause means when it says "the county" (or names its board) and no
    place: the one such place around `place`, or named in the article, its title or its publisher."""
    text = art.text
    # (not "Troop H (Adams, ... and Perry counties)": the words of an aside in parentheses)
    said = [m for m in words.finditer(text, at.clause[0], at.clause[1])
            if not any(h.start <= m.start() < h.end for h in art.place_hits)
            and not _in_parentheses(text, at.sentence.start, m.start())]
    if not said:
        return None
    pack = art.pack
    around = [p for p in pack.ancestors(place) if pack.places[p].kind in kinds]
    if len(around) == 1:
        return around[0]
    named = f"{art.source.title or ''} \n {art.source.publisher or ''}"
    found = {p for p in vocabulary.places_in(art.place_hits, 0, len(text)) + vocabulary.find_places(pack, named, 0, len(named))
             if pack.places[p].kind in kinds}
    if len(found) > 1:
        # "New Brunswick / A total of 1,240 homes changed hands in the province": of several, the one
        # named last before the clause, in its paragraph or the two before it (a heading, a lede)
        first = art.paragraphs[max(0, at.sentence.paragraph - 2)][0]
        before = [h.ids[0] for h in art.place_hits
                  if first <= h.start and h.end <= at.clause[0] and len(h.ids) == 1 and pack.places[h.ids[0]].kind in kinds]
        if before:
            return before[-1]
    return found.pop() if len(found) == 1 else None


def _part_taken(pack: Pack, place: str, named: set) -> bool:
    """A place within a city or county (a ward, a precinct) is taken only where that city or
    county (or a place around it) is named too."""
    within = pack.places[place].within
    if within is None or pack.places[within].kind != "city":
        return True
    return any(a in named for a in pack.ancestors(place))


_BUT = WindowGatedPattern(re.compile(r",?\s+but\s+", re.IGNORECASE),
                          ("but",))
_COUNT_WORDS = (r"(?:\d[\d,]*|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|"
                r"sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty)")
# "one of the seven", "two of those 12" (the count's noun left out: not "one of the seven cities")
_OF_THE_FIGURE = re.compile(rf"\s+of\s+(?:the|those|these)\s+{_COUNT_WORDS}\b(?!\s+[a-z][\w-]*s\b)(?!-)", re.IGNORECASE)
# "The remaining six", "the other 12"
_THE_REST = re.compile(r"\b(?:the\s+)?(?:remaining|other)\s+\Z", re.IGNORECASE)
# "were down in 28, up in 17 and the same in one", "rose in 12 of the state's 20 counties"
_IN_HOW_MANY = re.compile(r"\b(?:up|down|higher|lower|unchanged|the\s+same|flat|steady|rose|fell|increased|decreased|"
                          r"declined|dropped|climbed|grew)\s+in\s+(?:only\s+|just\s+)?\Z", re.IGNORECASE)


# "the city's homicide rate remained at 44 per 100,000, one of the highest in the nation": the nation
# ranks the city's figure, which is the city's
_RANKED_IN_NATION = re.compile(r"\b(?:\w+est|most|least)\s+(?:[a-z-]+\s+){0,3}in\s+the\s+(?:nation|country)\b")
_OWN_KIND = re.compile(r"\bthe\s+(?:city|county|state|province|region)['’]s\b")
_WIDE = WindowGatedPattern(re.compile(r"\b(state|county|city|province)-?wide\b", re.IGNORECASE),
                           ("wide",))
# ... "The preliminary state totals saw a decline", "state figures show" (not "the county and state numbers")
_STATEWIDE = WindowGatedPattern(re.compile(r"\b(?:statewide|state-wide|across\s+the\s+state|the\s+state's"
                                           r"|(?P<state>state)\s+(?:totals?|figures|numbers|data|statistics))\b", re.IGNORECASE),
                                ("state",))
# what makes "state data" a source or one of two places, not the scope: "according to (the latest) state
# data", "from state statistics", "the county and the state numbers"
_NOT_STATE_SCOPE = re.compile(r"\b(?:according\s+to|from|citing|per|by|and|or)\s+(?:the\s+)?(?:[\w-]+\s+)?$", re.IGNORECASE)
_CITY_OWN = re.compile(r"\bthe\s+(?:city|county)['’]s\b", re.IGNORECASE)


def _statewide(text: str, start: int, end: int, figure: int | None = None) -> bool:
    """Whether text[start:end] says the figure at `figure` (default: after `end`) is the state's:
    "Statewide, ...", "state figures show ..."; not when "the city's" stands between the state words
    and the figure ("State data show 4,500 deaths, above the city's 210": the 210), or anywhere
    before state words that follow the figure ("The city's overdose deaths numbered 210, state data
    show"), nor "according to state data", "Ohio State numbers"."""
    figure = end if figure is None else figure
    for m in _STATEWIDE.finditer(text, start, end):
        if _CITY_OWN.search(text, *((m.end(), figure) if m.end() <= figure else (start, m.start()))):
            continue
        if m.group("state") is None:
            return True
        before = text[max(start, m.start("state") - 60):m.start("state")]
        if not (_NOT_STATE_SCOPE.search(before) or text[m.start("state")] == "S" and re.search(r"\b(?!The\b)[A-Z][\w-]*\s+$", before)):
            return True
    return False


_NATIONWIDE = WindowGatedPattern(re.compile(r"\b(?:nationwide|nation-wide|nationally|across\s+the\s+(?:country|nation)|the\s+nation['’]s"
                                            r"|in\s+the\s+(?:nation|country)\b(?!\s+(?:to|for)\b)|(?:the|a)\s+national\s+(?:[a-z-]+\s+){0,2}(?:rate|average|total|level|record|figures?|count|data|statistics))\b",
                                            re.IGNORECASE),
                                 ("nation", "country"))


# an aside between dashes or in parentheses: "Crimes under the FBI's Uniform Crime Report – an index ...
# the Bureau uses to gauge nationwide crime – continues to decrease, seeing 337 last year"
_ASIDE = re.compile(r"\([^()]*\)|\s(?:–|—|--?)\s[^–—()\n]*?\s(?:–|—|--?)\s")
_LOWER = re.compile(r"[a-z]")


def _outside_asides(pattern: re.Pattern, text: str, start: int, end: int, figure: int | None = None) -> bool:
    """Whether `pattern` matches text[start:end] outside every aside that does not hold the figure
    at `figure`: a scope word describing a body or an index in passing is not the figure's scope."""
    return any(not _in_an_aside(text, start, end, m.start(), figure) for m in pattern.finditer(text, start, end))


def _in_an_aside(text: str, start: int, end: int, at: int, figure: int | None = None) -> bool:
    """Whether position `at` lies in an aside of text[start:end] that does not hold the figure."""
    return any(m.start() <= at < m.end() and not (figure is not None and m.start() <= figure < m.end())
               # (not a dateline's dash, with no lower-case word before it on its line: "WASHINGTON (AP) —
               # Traffic deaths fell 3.6 percent nationwide — the first drop since 2019 — ...")
               and (text[m.start()] == "(" or _LOWER.search(text, text.rfind("\n", 0, m.start()) + 1, m.start()))
               for m in _ASIDE.finditer(text, start, end))


# the nation as the lede's scope: "nationally", "nationwide", "across the country", and the lower-case
# adjective before the words of a tally ("a national downward trend", "the national figures"); not a
# body's name ("the Office for National Statistics"), "state or national elections", nor the nation as a
# yardstick ("Crime rate in Burnley well above the national average")
_NATIONAL_LEDE = re.compile(r"\b(?:[Nn]ationally|[Nn]ationwide|across\s+the\s+(?:country|nation))\b"
                            r"|\bnational\s+(?:[a-z-]+\s+)?(?:figures|data|statistics|trends?|totals?)\b")


def _national_article(art: _Article) -> bool:
    """Whether the headline or the lede (the first two paragraphs that are sentences of twelve words
    or more, past bylines and captions) speaks of the nation ("Traffic deaths nationally were down",
    "in contrast to a national downward trend"), read once."""
    if "national" not in art.read_once:
        words, local = _headline_and_lede(art)
        art.read_once["national"] = not local and _outside_asides(_NATIONAL_LEDE, words, 0, len(words))
    return art.read_once["national"]


def _headline_and_lede(art: _Article) -> tuple[str, bool]:
    """The headline and the lede (the first two paragraphs that are sentences of twelve words or more,
    past bylines and captions) as one text, and whether the lede names the place the article names
    most, read once."""
    if "headline and lede" not in art.read_once:
        lede, spans = [art.source.title or ""], []
        for start, end in art.paragraphs:
            words = art.text[start:end].strip()
            if len(words.split()) >= 12 and re.search(r"[.!?][\"”’]?\Z", words):
                lede.append(words)
                spans.append((start, end))
                if len(spans) == 2:
                    break
        # "Keeping with a nationwide trend, Baltimore ended 1999 with the fewest ...": a lede that
        # names the article's place holds the nation up as a yardstick; the article is the place's
        local = any(art.fallback_place in _places(art, start, end) for start, end in spans)
        art.read_once["headline and lede"] = (" \n ".join(lede), local)
    return art.read_once["headline and lede"]


def _state_article_state(art: _Article) -> str | None:
    """The state of the place the article names most, when the headline or the lede speaks of the
    state and the lede names not that place ("Statewide traffic deaths could be fewest since 1944",
    with Mower County named in the body only), read once; else None."""
    if "state article" not in art.read_once:
        pack, place, state = art.pack, art.fallback_place, None
        words, local = _headline_and_lede(art)
        if place is not None and not local and pack.places[place].kind != "state" and _statewide(words, 0, len(words)):
            state = next((p for p in pack.ancestors(place) if pack.places[p].kind == "state"), None)
        art.read_once["state article"] = state
    return art.read_once["state article"]


def _roundup_whole(art: _Article) -> str | None:
    """ "Tipperary and Donegal had the most road deaths ... Tipperary (11); Donegal (10); Limerick
    (9) ...": an article with no dateline naming four places or more of the kind of the place it
    names most (none more than twice), three of them in one paragraph with that one, is about the
    place they all lie in, which the pack knows (a roundup of counties, the country's total), read once."""
    if "roundup" not in art.read_once:
        pack, place, whole = art.pack, art.fallback_place, None
        counted = Counter(vocabulary.places_in(art.place_hits, 0, len(art.text)))
        kind = pack.places[place].kind
        same = [p for p in counted if pack.places[p].kind == kind]
        # (not a city's own story whose lede names only it: "Salem police reported 214 thefts", then
        # the neighbouring forces that helped)
        lede = set(vocabulary.places_in(art.place_hits, *art.paragraphs[0])) if art.paragraphs else set()
        if kind != "country" and counted[place] <= 2 and len(same) >= 4 and lede != {place} and any(
                place in listed and len(listed) >= 3 for listed in ({p for p in _places(art, a, b) if p in same}
                                                                  for a, b in art.paragraphs)):
            whole = next((a for a in pack.ancestors(place) if all(a in pack.ancestors(p) for p in same)), None)
        art.read_once["roundup"] = whole
    return art.read_once["roundup"]


def _country(art: _Article) -> str | None:
    pack = art.pack
    home = art.home or art.fallback_place
    if home is not None:
        found = next((p for p in [home] + pack.ancestors(home) if pack.places[p].kind == "country"), None)
        if found is not None:
            return found
    named = {p for p in vocabulary.places_in(art.place_hits, 0, len(art.text)) if pack.places[p].kind == "country"}
    return named.pop() if len(named) == 1 else None


def _places(art: _Article, start: int, end: int) -> list[str]:
    """The places named in text[start:end], read once per span (a sentence's figures share it).
    A part of a place ("Ward 6") is taken only in an article that names the place it lies in (or
    whose dateline's place it is): "Ward 6 Ald. Jenn Carrillo" of Bloomington is not Tucson's."""
    key = (start, end)
    if key not in art.places:
        named = set(vocabulary.places_in(art.place_hits, 0, len(art.text))) | {art.home}
        art.places[key] = [p for p in vocabulary.places_in(art.place_hits, start, end)
                           if p == art.home or _part_taken(art.pack, p, named)]
    return art.places[key]


# a heading: a short line with no sentence's end, a place's name and at most a body's capitalised
# words ("New Brunswick", "Northumbria Police", "Allegany County:")
_HEADING = re.compile(r"[ \t]*(?:[A-Z][\w.'’&-]*[ \t]+){0,5}[A-Z][\w.'’&-]*[ \t]*:?[ \t]*")


def _heading_place(art: _Article, at: _At) -> str | None:
    """The place of the heading a figure stands under, in an article of sections headed by places
    (two headings or more: a roundup's "New Brunswick ... Nova Scotia ..."), the nearest heading
    before the figure's paragraph, at most eight paragraphs before it."""
    if "headings" not in art.read_once:
        found = []
        for i, (start, end) in enumerate(art.paragraphs):
            if end - start > 60 or not _HEADING.fullmatch(art.text, start, end):
                continue
            hits = [h for h in art.place_hits if start <= h.start and h.end <= end and len(h.ids) == 1]
            if len(hits) == 1 and hits[0].start - start <= 4:
                found.append((i, hits[0].ids[0]))
        art.read_once["headings"] = found if len({p for _, p in found}) >= 2 else []
    before = [h for h in art.read_once["headings"] if h[0] < at.sentence.paragraph]
    if not before or at.sentence.paragraph - before[-1][0] > 8:
        return None
    return before[-1][1]


# a list's opening line that names a place only to compare, to cite a source or to rank ("How the county's numbers
# compare with California's:", "Figures from the California Highway Patrol show:", "Sources: Ohio Department of
# Health:", "The Oregon cities with the most traffic deaths:"): its items are not that place's
_NOT_THE_LISTS_PLACE = re.compile(r"\b(?:compar\w*|than|unlike|mirror\w*|across|vs\.?|versus|(?:figures|data|numbers)\s+from|"
                                  r"according\s+to|sources?|most|highest|lowest|largest|top(?:\s+\d+)?)\b", re.IGNORECASE)
# the place opening the line, its subject or after "For", "In", "At" ("For the Lake County CHP:", "In neighboring
# Mendocino County, the numbers were:")
_PLACE_OPENS_LINE = re.compile(r"[ \t]*(?:(?:for|in|at)\s+)?(?:the\s+)?(?:(?:neighboring|neighbouring|nearby)\s+)?\Z", re.IGNORECASE)


def _list_heading_place(art: _Article, at: _At) -> str | None:
    """The one place the line leading a list names ("For the Lake County CHP:", "In Mendocino County, here are
    the stats:"), for a figure on an item of that list ("–621 crashes last year vs. 640 in 2010"); None when the
    lead-in names no place or several, compares, cites a source or ranks, or names its place other than as its
    subject or after "For", "In", "At"."""
    opening = _list_opening(art.text, at.st.anchor[0])
    if opening is None or _NOT_THE_LISTS_PLACE.search(art.text, *opening):
        return None
    named = set(_places(art, *opening))
    if len(named) != 1:
        return None
    first = min((h.start for h in art.place_hits if opening[0] <= h.start < opening[1] and h.ids), default=None)
    if first is None or not _PLACE_OPENS_LINE.fullmatch(art.text, opening[0], first):
        return None
    return named.pop()


def _opened_paragraph_before(art: _Article, at: _At) -> str | None:
    """ "Allegany County saw an unemployment rate of 4.2% in March ... / The employed labor force
    totaled 18,800 in March": a paragraph naming no place goes on about the place that opened the
    last paragraph naming one (its first words; those between name none), when the last claim,
    drafted in the paragraph just before, is of it, and it is another place of the kind of the
    article's own (a county after a county)."""
    state, pack = art.state, art.pack
    if state.previous is None or state.previous_paragraph != at.sentence.paragraph - 1:
        return None
    place, main = state.previous.get("place"), art.home or art.fallback_place
    if place is None or main is None or place == main or place not in pack.places or \
            pack.places[place].kind != pack.places[main].kind:
        # (a roundup's sections are places of one kind, a county after a county; "Texas had the
        # most" in an article on the country is an aside)
        return None
    paragraph = art.paragraphs[at.sentence.paragraph]
    if _places(art, paragraph[0], paragraph[1]):
        return None
    for k in range(state.previous_paragraph, max(-1, state.previous_paragraph - 5), -1):
        # back over paragraphs that name no place ("The total labor force totaled 19,600 ...") to
        # the one that does: it must open with the place
        start, end = art.paragraphs[k]
        first = next((h for h in art.place_hits if start <= h.start < end), None)
        if first is None:
            continue
        return place if first.start - start <= 4 and tuple(first.ids) == (place,) else None
    return None


# "Pender County also saw an increase", "likewise", "rose": a paragraph that carries a trend on to
# another place (which the next paragraph may go on about); "did not respond", "by contrast",
# "declined to comment": an aside about it, which the next does not
_CARRIES_ON = re.compile(r"\b(?:also|too|likewise|similarly|saw\s+an?\s+(?:increase|decrease|rise|drop|decline|jump|fall)|"
                         r"rose|rising|fell|falling|increased|decreased|climbed|dropped|declined)\b", re.IGNORECASE)
_NO_COMMENT_OR_CONTRAST = re.compile(r"\b(?:did\s+not|didn['’]t|has\s+not|hasn['’]t|have\s+not|declined\s+to|could\s+not\s+be\s+reached|"
                                     r"by\s+contrast|in\s+contrast|comment)\b", re.IGNORECASE)


def _introduced_just_before(art: _Article, at: _At) -> str | None:
    """ "Pender County also saw an increase in hospitality business, according to the state report."
    then "Last fiscal year, visitors spent more than $92.3 million": a paragraph naming no place goes
    on about the one place the paragraph just before names, opening with it, when that paragraph
    drafted no claim, carries a trend on ("also", "saw an increase") and is no aside ("did not
    respond", "by contrast"), and the place is another of the kind of the article's own (a county in
    a county's story)."""
    k, pack = at.sentence.paragraph - 1, art.pack
    main = art.home or art.fallback_place
    if k < 0 or art.state.previous_paragraph >= k or main is None or _places(art, *art.paragraphs[at.sentence.paragraph]):
        return None
    start, end = art.paragraphs[k]
    named = set(_places(art, start, end))
    first = next((h for h in art.place_hits if start <= h.start < end), None)
    if len(named) != 1 or first is None or first.start - start > 4 or set(first.ids) != named:
        return None
    if not _CARRIES_ON.search(art.text, start, end) or _NO_COMMENT_OR_CONTRAST.search(art.text, start, end):
        return None     # (an aside about it: "Pittsburgh police did not respond to a request for comment")
    place = named.pop()
    return place if place != main and pack.places[place].kind == pack.places[main].kind else None
