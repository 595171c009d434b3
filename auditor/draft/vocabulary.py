"""Metric and place of a clause, from the rule pack's vocabulary.

A metric is named by its id, label or an alias ("guns off the street", "break-ins"), in
the singular or plural, with "street"/"streets" alike; the longest name found wins, then the
one nearest the figure. A place is named by a place's name or alias; the most specific place
named wins (a precinct over its city). Names are matched as whole words.
"""

from __future__ import annotations

import re
from collections import Counter, OrderedDict
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING, NamedTuple

from auditor.draft.sentences import in_aside
from auditor.pack import cache
from auditor.draft.states import STATE_OF as _STATE_OF
from auditor.text.case_blind import CaseBlindText, LedPattern, case_blind
from auditor.text.folding import regex_lower
from auditor.text.name_trie import trie_alternation
from auditor.text.regex_walk import start_strings, walk_inputs
from auditor.units import rate_scale

if TYPE_CHECKING:
    from auditor.pack import Pack
    from collections.abc import Callable, Iterator


@dataclass(frozen=True)
class Match:
    id: str
    start: int
    end: int


_UNREAD = object()


class _Lazy:
    """A vocabulary regex compiled the first time it is tried. A desk pack's names make thousands of
    patterns and an article tries only those whose key letters it holds, so compiling them all up
    front (seconds for a large pack) is most of a single draft's time and none of its answer."""

    __slots__ = ("source", "flags", "_compiled", "_starts")

    def __init__(self, source: str, flags: int = 0) -> None:
        self.source, self.flags, self._compiled, self._starts = source, flags, None, _UNREAD

    def compiled(self) -> re.Pattern:
        if self._compiled is None:
            self._compiled = re.compile(self.source, self.flags)
        return self._compiled

    def starts(self) -> frozenset[str] | None:
        """The strings one of which starts each match, folded (`regex_walk.start_strings`)."""
        if self._starts is _UNREAD:
            self._starts = start_strings(self.source, self.flags)
        return self._starts

    def know_starts(self, strings) -> None:
        """Take `starts()` from a table worked out before (`_know_start_strings`)."""
        self._starts = strings

    def finditer_in(self, text: CaseBlindText, pos: int, endpos: int) -> Iterator[re.Match]:
        """`finditer(text.text, pos, endpos)`, tried only where a match can start."""
        return text.finditer(self.compiled(), self.starts(), pos, endpos)

    @property
    def groupindex(self):
        return self.compiled().groupindex

    def finditer(self, *args):
        return self.compiled().finditer(*args)

    def search(self, *args):
        return self.compiled().search(*args)


def _name_forms(name: str) -> list[list[str]]:
    """Each word of a vocabulary name with the other words news copy says for it, the word first."""
    words = re.split(r"[\s_\-]+", name.strip().lower())
    out = []
    for i, word in enumerate(words):
        forms = [word]
        if len(words) >= 2:
            # "houses sold" for homes sold, "labor force" for labour force: a word spelt or said
            # another way in a name of two words or more
            singular = word[:-1] if word.endswith("s") and not word.endswith("ss") else word
            other = _SAME_WORD.get(singular)
            if other is not None:
                forms.append(other + word[len(singular):])
            if word not in _SAID_BEFORE or _SAID_BEFORE[word].search(" ".join(words[i + 1:])):
                forms.extend(_SAID_FOR.get(word, ()))
        out.append(forms)
    return out


def _variants(name: str) -> str:
    """A regex for a vocabulary name: words joined by space or hyphen, last word singular or plural."""
    parts = []
    for forms in _name_forms(name):
        parts.append("(?:" + "|".join(_SAID_FOR_NOT_BY.get(w, "{}").format(_word_variant(w)) for w in forms) + ")"
                     if len(forms) > 1 else _word_variant(forms[0]))
    # auxiliaries may stand between a name's words: "people were struck by gunfire"
    return r"[\s\-]+(?:(?:were|was|are|is|have|has|had|been)\s+){0,2}".join(parts)


def noun_by_a_body(label: str | None) -> tuple[str, str] | None:
    """The noun and the body's first word of a metric named "<noun> by a <body> ..." ("arrests by a
    police department": ("arrests", "police")), whose noun news says alone; else None."""
    words = re.split(r"[\s_\-]+", (label or "").strip().lower())
    if len(words) > 3 and words[1] == "by" and words[2] in ("a", "an"):
        return words[0], words[3]
    return None


def _word_variant(word: str) -> str:
    stem, ending = _word_ending(word)
    return re.escape(stem) + ending


def _word_ending(word: str) -> tuple[str, str]:
    """A name's word as the letters each of its forms begins with and a regex for its endings
    ("cities": "cit", "(?:ies|y)")."""
    if word.endswith("ies"):
        return word[:-3], "(?:ies|y)"
    if word.endswith("s") and len(word) > 3 and not word.endswith("ss"):
        return word[:-1], "s?"
    if word.isalpha() and len(word) > 2:
        return word, "(?:s|es)?"
    return word, ""


def _name_letters(name: str) -> tuple[tuple[str, ...], ...]:
    """What a text must hold, lower-cased, for `_variants(name)` to find the name in it: for each word,
    the letters one of its forms begins with (a word of other than ASCII letters asks nothing: a
    case-blind regex may match it in letters that lower-case otherwise)."""
    groups = tuple(tuple(sorted({_word_ending(w)[0] for w in forms})) for forms in _name_forms(name))
    return tuple(g for g in groups if all(x.isascii() and x for x in g))


# Words news copy uses for one another inside a metric's name (British and American spellings,
# "house" and "home" for a dwelling, "condo" for a condominium, Oregon's "DUII" for "DUI")
_SAME_WORD = {"labour": "labor", "labor": "labour", "home": "house", "house": "home", "centre": "center",
              "center": "centre", "programme": "program", "program": "programme", "offence": "offense",
              "offense": "offence", "defence": "defense", "defense": "defence", "condo": "condominium",
              "condominium": "condo", "neighbourhood": "neighborhood", "neighborhood": "neighbourhood",
              "dui": "duii", "duii": "dui"}
# Words news copy says for a name's word of a kind, one way only: "household burglaries" and "home
# burglaries" are residential burglaries, "building fires" structure fires, "property offences"
# property crimes, "sex offences" sexual offences, "house break-ins" residential burglaries, "fatal accidents"
# fatal crashes, "average
# inmate population" the jail's, "Criminal Code violations" Criminal Code offences (Statistics Canada's word). (Not "collisions" for crashes: "2016's total fatal collisions, which
# was 102" counts the people killed; not "crimes" for a name's "offences": a pack may tell "offences (as against
# crimes)" apart, and "total recorded crime" is no "recorded offences".)
_SAID_FOR = {"residential": ("household", "home", "house"), "structure": ("building",), "structural": ("building",),
             "crime": ("offence", "offense"), "crimes": ("offences", "offenses"), "sexual": ("sex",),
             "burglary": ("break-in",), "burglaries": ("break-ins",), "jail": ("inmate",),
             "offences": ("violations",), "offenses": ("violations",), "deaths": ("fatalities",),
             "cyclist": ("bicyclist", "bicycle", "bike"), "cyclists": ("bicyclists",), "crash": ("accident",),
             "crashes": ("accidents",)}
# ... and "inmate" for the jail's only where no prison is named beside it ("the prison's inmate
# population", "the inmate population of the state prison")
_SAID_FOR_NOT_BY = {"inmate": r"(?<!prison's\s)(?<!prison\s){}(?![\w\s]{{0,40}}\bprisons?\b)"}
# ... "residential" so only before what happens at a dwelling (anywhere in the rest of the name: "home
# loss fires"): a "home tax credit" is no residential tax
_SAID_BEFORE = {"residential": re.compile(r"burglar|break|fire|theft|robber|offen|crime|structure"),
                # ... and "fatalities" for "deaths" only as a name's last word ("heroin deaths"): not in a
                # rate's name ("deaths per 100,000 population"), whose "fatalities per 100,000" any death rate says
                "deaths": re.compile(r"\A\Z")}


# What each of the packs last drafted with was read into, by kind: a pack's entries go together,
# the least recently used pack's first, so that drafting with many packs in turn (the tests use
# a score of desk packs) never throws away the vocabulary of the pack in use.
_CACHE: OrderedDict[int, tuple[Pack, dict[str, tuple]]] = OrderedDict()
_PACKS_KEPT = 8


def _cached(kind: str, pack: Pack, build) -> tuple:
    entry = _CACHE.get(id(pack))
    if entry is None:
        entry = _CACHE[id(pack)] = (pack, {})   # the pack is kept so that its id is not reused
        while len(_CACHE) > _PACKS_KEPT:
            _CACHE.popitem(last=False)
    else:
        _CACHE.move_to_end(id(pack))
    built = entry[1]
    if kind not in built:
        built[kind] = build(pack)
    return built[kind]


def _metric_patterns(pack: Pack) -> tuple[_MetricPattern, ...]:
    return _metric_index(pack)[0]


def _metric_index(pack: Pack) -> tuple[tuple, tuple[tuple[str, tuple[int, ...]], ...]]:
    """The metric patterns, and each first-letters key with the positions of the patterns that have it
    (built together, so that the positions are those of the same patterns; a pattern may have several
    keys, one for each way its first word is said)."""
    return _cached("metrics", pack, _build_metric_index)


def _build_metric_index(pack: Pack) -> tuple[tuple, tuple[tuple[str, tuple[int, ...]], ...]]:
    patterns = _build_metric_patterns(pack)
    _know_start_strings(patterns)
    positions: dict[str, list[int]] = {}
    for i, (_, _, _, keys, _) in enumerate(patterns):
        for key in keys:
            positions.setdefault(key, []).append(i)
    return patterns, tuple((key, tuple(at)) for key, at in positions.items())


# A metric named by a verb: "<X> deaths" is also "died in fires", "died from overdoses", "killed
# in fires"; a count of "<X>s" whose verb makes "<X>ed" is also "have been murdered".
_DEATHS_NAME = re.compile(r"^(?P<cause>[a-z]+)(?:-related)?[\s_-]+(?:deaths|fatalities)$")
_DIED = r"(?:died|dying|killed|dead|deaths)\s+(?:in|of|from|by|due\s+to)\s+(?:an?\s+|the\s+)?"


# Words of a deaths name that say how a death came about, not what caused it ("accidental deaths")
_MANNERS = frozenset("accidental unintentional apparent suspected confirmed".split())
# Causes whose plural names the deaths themselves in news copy ("overdoses", "homicides" are deaths)
_FATAL_CAUSES = frozenset({"overdose"})
# Deaths named by where they happen: "people have died on Queensland roads", "killed on our streets",
# "the deadliest year on Portland roads", "roads have claimed 11 more lives" are traffic (road) deaths
_ROAD_CAUSES = frozenset({"traffic", "road"})
# ... but not deaths in crashes of no road vehicle: "Another 6 people have died in plane crashes",
# "19 people have died in helicopter crashes ..., and 40 people have died in Cessna crashes"
_OFF_THE_ROADS = re.compile(r"\b(?:plane|airplane|aeroplane|aircraft|helicopter|air|jet|train|rail|boat|boating|ferry)"
                            r"\s+(?:crash|crashes|accidents?|collisions?|wrecks?)\b", re.IGNORECASE)
_IN_COUNT = "in_count"      # the group of `_PEOPLE_DIED_IN` holding how many crashes ("died in 7 crashes")
_PEOPLE_DIED_IN = (r"\b(?:people|persons|others|residents)\s+(?:(?:were|was|have\s+been|had\s+been|have|has|had)\s+)?"
                   r"(?:died|killed|dead)\s+in\s+(?P<in_count>\d[\d,]*\s+)?(?:(?-i:[A-Z])[\w.’'-]*\s+){0,3}")
# (regex, the letters a text must hold for it to be tried)
_ON_ROADS = ((r"(?<!pedestrians\s)(?<!cyclists\s)(?<!drivers\s)(?<!passengers\s)(?<!motorcyclists\s)"
              r"\b(?:died|dying|killed|dead|deaths|fatalities|lives\s+(?:lost|claimed)|deadliest\s+\w+)\s+on\s+"
              r"(?:the\s+|our\s+|its\s+|their\s+)?(?:[\w.’'-]+\s+){0,2}?(?:roads|streets|highways|roadways)\b", " on "),
             (r"\b(?:roads|streets|highways)\s+(?:have|has|had)\s+claimed\b", "claimed"),
             # "Two people were killed in separate crashes" (not "pedestrians killed in crashes")
             # "Fifty people died in Spokane County crashes": a place's name may come before the crashes
             (rf"{_PEOPLE_DIED_IN}(?:(?:a|an|two|three|separate|different|multiple|several|fatal|"
              r"traffic|car|vehicle|motor\s+vehicle|road)\s+){0,2}(?:crash|crashes|collisions?|wrecks?)\b", "crash"),
             # "914 people have died in car accidents" (accidents of cars or traffic only; "fatal accidents"
             # too: "27 people were killed in 24 Monroe County fatal accidents", a number of them said first)
             (rf"{_PEOPLE_DIED_IN}(?:car|traffic|vehicle|road|fatal)\s+accidents?\b", "accident"))


_COUNT_WORDS = frozenset("one two three four five six seven eight nine ten eleven twelve single multiple".split())


def _verb_patterns(name: str, causes: frozenset[str] = frozenset()) -> list[tuple[str, str]]:
    """(regex, key) of the verb phrases that name what `name` counts."""
    low = " ".join(name.strip().lower().split())
    out = []
    hit = _DEATHS_NAME.match(low)
    # each with a key: letters the text must hold for the regex to be tried at all
    if hit:
        cause = hit.group("cause")
        # "died in fires", "have died in house fires", "killed in residential fires": one word may
        # say where or what kind (not "the line of fire"; not another metric's cause: "died from
        # opioid overdoses" are the opioid deaths a desk counts)
        # ... but a word saying how the death came about is no cause of its own before one: "died from an
        # accidental fentanyl-related overdose" are fentanyl deaths, not accidental deaths
        other = "".join(rf"{re.escape(c)}\b|" for c in sorted(causes - {cause} - _MANNERS))
        before_another = "" if cause not in _MANNERS else \
            rf"(?![\s-]+(?:[a-z]+[\s-]+)?(?:{'|'.join(re.escape(c) for c in sorted(causes - {cause}))})\b)"
        manner = "" if cause in _MANNERS else rf"(?:(?:{'|'.join(sorted(_MANNERS))})\s+)?"
        out.append((rf"\b{_DIED}{manner}(?:(?!{other}of\b|the\b|line\b)[a-z]+\s+)?{re.escape(cause)}(?:s|es)?\b{before_another}",
                    cause[:3]))
        if cause in _FATAL_CAUSES:                # "drug and alcohol overdoses" are overdose deaths
            out.append((rf"\b{re.escape(cause)}s\b", cause[:3]))
        if cause in _ROAD_CAUSES:
            out.extend(_ON_ROADS)
        # "Fentanyl was found in 89 of those deaths", "fentanyl contributed to 80 deaths"
        out.append((rf"\b{re.escape(cause)}(?:s|es)?\s+(?:was|were)\s+(?:found|involved|present|detected|listed)\s+in\b"
                    rf"|\b{re.escape(cause)}(?:s|es)?\s+(?:contributed|was\s+a\s+factor)\s+(?:to|in)\b", cause[:3]))
        # "136 city pedestrians died", "23 cyclists were killed": a count of the cause's people said
        # with their death, the figure, one word and the people first (never "killed" active: "12 fires
        # killed 3" counts fires); the figure's metric only, not the clause's others ("12 cyclists were
        # killed and 40 were injured"), but for one compared with ("..., up from 9")
        out.append((rf"(?P<{_FIGURE_ONLY}>\d[\d,]*\s+(?:[a-z]+\s+)?{re.escape(cause)}s\s+(?:(?:have|had)\s+)?died\b"
                    rf"|\d[\d,]*\s+(?:[a-z]+\s+)?{re.escape(cause)}s\s+(?:were|was|have\s+been|had\s+been)\s+killed\b)",
                    cause[:3]))
        # "Deaths among drivers have also fallen": the deaths of the cause's people
        out.append((rf"\b(?:deaths|fatalities)\s+(?:among|of)\s+(?:[a-z]+\s+)?{re.escape(cause)}s\b", cause[:3]))
        # "333 deaths were attributed to opioids"
        out.append((rf"\bdeaths\s+(?:(?:were|was|are|have\s+been)\s+)?(?:attributed\s+to|caused\s+by|due\s+to|"
                    rf"related\s+to|involving|linked\s+to)\s+{re.escape(cause)}(?:s|es)?\b", cause[:3]))
    if re.fullmatch(r"[a-z]+ers", low):          # "murders": "have been murdered"
        out.append((rf"\b(?:been|were|was)\s+{re.escape(low[:-1])}ed\b", low[:3]))
    words = re.split(r"[\s_-]+", low)
    if len(words) >= 3 and words[-1] in ("deaths", "fatalities") and words[0] not in _COUNT_WORDS:
        # "drug deaths" for "drug overdose deaths": the first and the last word of a longer name
        # (not a number's: "Two deaths" is no shorthand of "two-family home fire deaths")
        out.append((rf"\b{re.escape(words[0])}\s+{_variants(words[-1])}\b", words[0][:3]))
    done = re.fullmatch(r"(?P<noun>[a-z]{3,}s)\s+(?P<verb>[a-z]{3,}ed|sold|seen|taken|stolen|shot)", low)
    if done and done.group("noun") not in ("people", "persons", "victims"):
        # "guns seized": "officers have so far seized 1,971 guns", "sold 959 homes"
        noun, verb = done.group("noun"), done.group("verb")
        out.append((rf"\b{re.escape(verb)}\s+(?:(?:about|nearly|more\s+than|over|almost|some|roughly|a\s+record)\s+)?"
                    rf"[\d,.]+\s+(?:[a-z-]+\s+)?{_variants(noun)}\b", verb[:3]))
    people = re.fullmatch(r"(?:people|persons|victims)\s+(?P<verb>[a-z]+ed|shot|hit|struck)", low)
    if people:                                    # "people shot": "nearly 200 fewer New Yorkers have been shot"
        verb = people.group("verb")
        out.append((rf"\b(?:been|were|was)\s+{re.escape(verb)}\b", verb[:3]))
    return out


# A name "<X> deaths" said of the overdoses that caused them: "illicit drug overdose deaths",
# "Illicit drug overdoses have been the culprit behind 620 deaths", "158 deaths due to accidental
# fentanyl overdoses" (not "drug overdose deaths" of a name already saying its overdoses; nor of a name
# whose words say only that drugs killed, or how sure the count is: "drug fatalities", "suspected drug
# deaths", "accidental deaths" are no narrower kind of overdose: "35 confirmed drug overdose deaths",
# "50 accidental overdose deaths related to an opioid other than fentanyl"; nor a list with drugs in it:
# "Drug and alcohol overdoses" are every overdose, not "drug and alcohol deaths" apart)
_OVERDOSE_SAID = r"[\s\-]+(?:overdose|toxicity)(?:[\s\-]+(?:deaths|fatalities)|s)\b"
_NO_KIND_OF_OVERDOSE = frozenset("drug drugs related confirmed suspected apparent probable possible accidental "
                                 "unintentional fatal total all".split())


def _said_as_overdoses(words: list[str]) -> str | None:
    """A regex for a deaths name's words (`words`) said with "overdose" before "deaths", or as
    "<X> overdoses"; None for a name of other than deaths or one naming its overdoses."""
    kinds = set(words[:-1])
    if len(words) < 2 or words[-1] not in ("deaths", "fatalities") or words[0] in _COUNT_WORDS \
            or any(w.startswith(("overdose", "toxicity", "poisoning")) for w in words) \
            or kinds <= _NO_KIND_OF_OVERDOSE or (kinds & {"and", "or"} and kinds & {"drug", "drugs"}):
        return None
    return rf"\b{_variants(' '.join(words[:-1]))}{_OVERDOSE_SAID}"


def _verb_first(name: str) -> tuple[str, str] | None:
    """(regex, key) of a name "<things> <done>" said verb first, right after the figure: "ballots
    cast" as "51,162 cast ballots", "voters casting ballots"; "tickets issued" as "issued tickets"."""
    done = re.fullmatch(r"(?P<noun>[a-z]{3,}s)[\s_-]+(?P<verb>cast|[a-z]{3,}ed)", " ".join(name.strip().lower().split()))
    if done is None or done.group("noun") in ("people", "persons", "victims"):
        return None
    verb = done.group("verb")
    doing = verb + "ing" if verb == "cast" else verb[:-2] + "ing"
    # only right after the figure or its noun ("51,162 cast ballots", "18,957 voters casting ballots"),
    # not a verb phrase anywhere in the clause ("Voters who cast ballots ... by 612 votes")
    return (rf"(?:(?<=\d\s)|(?<=voters\s)|(?<=were\s))"
            rf"\b(?:{re.escape(verb)}|{re.escape(doing)})\s+{_variants(done.group('noun'))}\b", verb[:3])


# The names news copy gives deaths on the roads, one for another ("road deaths", "roadway
# fatalities", "crash deaths", Australia's and New Zealand's "road toll"):
# names of a metric named "traffic deaths" or "road deaths" itself (not "pedestrian traffic deaths",
# whose longer name still wins). ("motor vehicle deaths" is left out: "... accounted for 31% of total
# motor vehicle deaths" names the whole a share is of, not the figure's own metric.)
_ROAD_DEATH_NAMES = (r"\b(?:(?:road|roadway|highway|traffic|crash|traffic[\s-]+crash)"
                     r"(?:-related)?[\s-]+(?:deaths|fatalities)|road[\s-]+tolls?)\b")


# a name "<kind> offences" said by its first word alone, as the subject of a figure or a movement
_CRIMES = r"(?:crimes?|offen[cs]es?)"
# what "<crimes> against <X>" is said as before the noun: "person offences", "personal crimes"
_AGAINST_SAID = {"persons": ("person", "personal"), "person": ("person", "personal")}
_OFFENCE_KIND = re.compile(r"([a-z]{4,}) (?:offences|offenses)")
_SAID_ALONE = (r"\b{0}\s*\((?=(?:up|down|increased|decreased|rose|fell)?\s*(?:by\s+)?[\d,.]+\s*%?(?:\s+to\s+[\d,.]+)?\))"
               r"|\b{0}\s+(?:(?:has|have|had)\s+)?(?:increased|decreased|rose|fell|climbed|dropped"
               r"|declined|jumped|grew|went\s+(?:up|down|from)|was\s+(?:up|down)|(?:up|down)\s+(?:by\s+)?[\d,.]+)\b")


# people a count of arrests is made of, and what makes the arrests a kind of their own ("arrested 125
# people on suspicion of driving drunk", "29 people were arrested for driving under the influence")
_FIGURE_ONLY = "figure_only"     # the group naming a pattern that names the metric of the figure it holds only
_PEOPLE = r"(?:people|persons|adults|individuals|suspects|juveniles|men|women)"
# ... looked for past a time ("arrested 45 people in December for driving under the influence"): the
# offence, a charge, a warrant, a suspicion, an event or an operation the people were arrested in (not a
# count of charges: "arrested 44 people on 71 separate charges" are all the arrests)
_MONTHS = r"January|February|March|April|May|June|July|August|September|October|November|December"
_A_TIME = (rf"(?:\s+(?:(?:in|over|last|this|since|through)\s+)?(?:the\s+)?(?:past\s+|first\s+|holiday\s+)?"
           rf"(?:(?:{_MONTHS})(?:\s+\d{{4}})?|\d{{4}}|year|month|week|weekend|summer|winter|spring|fall|night)\b)?")
_A_KIND_OF_IT = (rf"(?!{_A_TIME}[\s\w]{{0,12}}?\b(?:for|on\s+suspicion|on\s+(?:a\s+)?(?:(?!\d)[\w-]+\s+){{0,3}}?charges?"
                 r"|(?:on|with)\s+(?:outstanding\s+|open\s+)?warrants?|(?:who\s+(?:were|was|are|had\s+been)\s+)?wanted"
                 r"|suspected\s+of|accused\s+of|(?:and\s+)?charged|in\s+connection|tied\s+to|linked\s+to|after"
                 r"|during\s+(?!\d{4}\b|the\s+(?:past\s+)?(?:year|month|week)\b)"
                 r"|in\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,3}?(?:sting|sweep|raid|operation|crackdown)s?)\b)")
_ABOUT = r"(?:(?:about|nearly|more\s+than|over|almost|some|roughly|at\s+least)\s+)?"


def _done_to_people(noun: str) -> str | None:
    """A regex for the noun of a name "<noun> by a <body>" said by its verb and the people it was done
    to: "arrests" as "deputies arrested 611 people", "when 1,052 people were arrested" (not where the
    people's offence follows: "arrested 582 people on suspicion of driving under the influence" are
    a kind of arrests); None for a noun that is no regular verb's ("students")."""
    if not re.fullmatch(r"[a-z]{3,}[^aeiou]s", noun) or noun.endswith("ents"):
        return None
    verb = re.escape(noun[:-1] + "ed")
    # (one group, named: the metric is the matched figure's only, not another figure's of the sentence,
    # "arrested 9 people and seized 4 pounds", "stopped 9,000 drivers and arrested 300 people")
    return (rf"(?P<{_FIGURE_ONLY}>\b{verb}\s+{_ABOUT}\d[\d,]*\s+{_PEOPLE}\b{_A_KIND_OF_IT}"
            rf"|\b{_ABOUT}\d[\d,]*\s+{_PEOPLE}\s+(?:(?:were|was|have\s+been|had\s+been|had|have)\s+)?{verb}\b{_A_KIND_OF_IT})")


class _MetricPattern(NamedTuple):
    """A regex of the vocabulary and the metric it names."""
    regex: _Lazy
    metric_id: str
    length: int                  # of the name; 0 for a verb phrase, which names a metric only where no name does
    keys: tuple[str, ...]        # letters of which a text must hold one (the index's keys)
    # groups of letters of which a text must hold one each, besides a key (a name's words: _name_letters)
    needs: tuple[tuple[str, ...], ...] = ()


def _build_metric_patterns(pack: Pack) -> tuple[_MetricPattern, ...]:
    out = []
    causes = frozenset(hit.group("cause") for metric in pack.metrics.values()
                       for n in {metric.id, metric.label, *metric.aliases}
                       if (hit := _DEATHS_NAME.match(" ".join(n.strip().lower().split()))))
    firsts: dict[str, set[str]] = {}
    for metric in pack.metrics.values():
        for name in {metric.id, metric.label, *metric.aliases}:
            firsts.setdefault(_stem(re.split(r"[\s_\-]+", name.strip())[0]), set()).add(metric.id)
    alone: set[tuple[str, str]] = set()
    every_name = {" ".join(re.split(r"[\s_\-]+", n.strip().lower())) for m in pack.metrics.values()
                  for n in {m.id, m.label, *m.aliases}}
    for metric in pack.metrics.values():
        names = {metric.id, metric.label, *metric.aliases}
        road = _road_name(metric)
        if road is not None:
            out.append((_Lazy(_ROAD_DEATH_NAMES, re.IGNORECASE), metric.id, len(road), ("",)))
        for name in names:
            words = re.split(r"[\s_\-]+", name.strip().lower())
            keys: tuple[str, ...] = (words[0][:3],)
            if len(words) >= 2 and (words[0].removesuffix("s") in _SAME_WORD or words[0] in _SAME_WORD):
                keys = ("",)     # "houses sold" for homes sold: the other word's letters
            elif len(words) >= 2 and words[0] in _SAID_FOR:
                # "sex offences" for sexual offences: the letters of each way the first word is said
                keys = tuple(sorted({words[0][:3], *(w[:3] for w in _SAID_FOR[words[0]])}))
            out.append((_Lazy(rf"\b{_variants(name)}\b", re.IGNORECASE), metric.id, len(name), keys,
                        _name_letters(name)))
            overdoses = _said_as_overdoses(words)
            if overdoses is not None:
                out.append((_Lazy(overdoses, re.IGNORECASE), metric.id, len(name), keys,
                            _name_letters(" ".join(words[:-1]))))
            first = _verb_first(name)
            if first is not None:
                out.append((_Lazy(first[0], re.IGNORECASE), metric.id, len(name), (first[1],)))
            if len(words) == 2 and words[0].isalpha() and words[0] not in _NAME_STOP and words[1].isalpha():
                # "the average population of the jail" for jail population, "crimes of dishonesty"
                # for dishonesty crimes: a name of two words said the other way round with "of"
                # ... where the word names no people ("arrests of police officers" are no police arrests;
                # "the rate of homicides" is the homicide rate)
                crimes = _stem(words[1]) in ("crime", "offence", "offense")
                noun = _CRIMES if crimes else _word_variant(words[1])
                letters = re.sub(r"(?:ies|y|s)$", "", words[0])[:6] or words[0]     # what every form of it has
                out.append((_Lazy(rf"\b{noun}\s+of\s+(?:the\s+|its\s+|their\s+)?{_word_variant(words[0])}\b"
                                       r"(?![\s-]+(?:officers?|officials?|employees?|staff|members?|personnel)\b)",
                                       re.IGNORECASE), metric.id, len(name), (letters,)))
            against = _AGAINST_SAID.get(words[2]) if len(words) == 3 and words[1] == "against" else None
            if against is not None and _stem(words[0]) in ("crime", "offence", "offense") \
                    and not any(f"{w} {c}" in every_name for w in against for c in ("crimes", "offences", "offenses")):
                # "Person offences", "personal crimes" for crimes against persons (when no other
                # metric is so named)
                # ... not the end of another name ("violence against the person crimes")
                out.append((_Lazy(rf"(?<!the\s)\b(?:{'|'.join(against)})[\s-]+{_CRIMES}\b", re.IGNORECASE), metric.id, len(name),
                            tuple(sorted({w[:3] for w in against}))))
            if name == metric.label and noun_by_a_body(name) is not None and words[0] not in every_name:
                # "Arrests increased 4 percent": the noun of a name "arrests by a police department"
                # said alone, where it is no other name
                out.append((_Lazy(rf"(?<![\w-]\s)(?:{_SAID_ALONE.format(re.escape(words[0]))})", re.IGNORECASE),
                            metric.id, 0, (words[0][:3],)))     # ... with no word before it ("DUI arrests fell")
                done = _done_to_people(words[0])
                if done is not None:
                    out.append((_Lazy(done, re.IGNORECASE), metric.id, 0, (words[0][:3],)))
            kind = _OFFENCE_KIND.fullmatch(" ".join(words))
            if kind and not kind.group(1).endswith("ed") and firsts[_stem(kind.group(1))] == {metric.id}:
                alone.add((kind.group(1), metric.id))
            for pattern, key in _verb_patterns(name, causes):
                # length 0: a verb names a metric only where no name of the vocabulary does
                out.append((_Lazy(pattern, re.IGNORECASE), metric.id, 0, (key,)))
    for word, metric_id in sorted(alone):
        # "Fraud increased from 27 to 40", "dishonesty (7.8%)": a kind of offence said alone (a word
        # no other metric's name begins with), length 0 as a verb's
        out.append((_Lazy(_SAID_ALONE.format(re.escape(word)), re.IGNORECASE), metric_id, 0, (word[:3],)))
    return tuple(_MetricPattern(*t) for t in sorted(out, key=lambda t: -t[2]))


def _know_start_strings(patterns: tuple[_MetricPattern, ...]) -> None:
    """Each pattern's start strings from the table of them kept in the cache folder (`cache.worked_out`,
    under the patterns and the walk's code), worked out for every pattern the first time the table is
    missing: a run then parses no pattern only to learn where to try it (a desk pack's article tries
    some 300: 0.07 s of CPU). With the cache off each is worked out when first tried."""
    sources = sorted({(p.regex.source, p.regex.flags) for p in patterns})   # (the patterns' order follows hashing)
    inputs = "\0".join(f"{int(flags)} {source}" for source, flags in sources).encode()
    table = cache.worked_out("starts", walk_inputs() + b"\1" + inputs,
                             lambda: tuple(start_strings(*source) for source in sources))
    if table is not None and len(table) == len(sources):
        strings_of = dict(zip(sources, table))
        for pattern in patterns:
            pattern.regex.know_starts(strings_of[pattern.regex.source, pattern.regex.flags])


def _road_name(metric) -> str | None:
    """A name of the metric that names deaths on the roads ("traffic deaths"), if it has one."""
    return next((n for n in {metric.id, metric.label, *metric.aliases}
                 if (hit := _DEATHS_NAME.match(" ".join(n.strip().lower().split()))) and hit.group("cause") in _ROAD_CAUSES),
                None)


def _road_deaths(pack: Pack) -> frozenset[str]:
    """The metrics that count deaths on the roads."""
    return _cached("road deaths", pack, lambda p: frozenset(m.id for m in p.metrics.values() if _road_name(m)))


def off_the_roads(pack: Pack, metric_id: str, text: str, start: int, end: int) -> bool:
    """Whether `metric_id` counts deaths on the roads and text[start:end] names crashes of no road vehicle."""
    return metric_id in _road_deaths(pack) and _OFF_THE_ROADS.search(text, start, end) is not None


# A capitalised name followed by the word of a body or a post is that body's or post's name
_BODY_AFTER = re.compile(r"[ \t]+(?:Department|Dept\.|Office|Services?|Bureau|Division|Unit|Chief|Marshal|Commissioner"
                         r"|Association|Coalition|Task\s+Force|Squad|Station|Board|Commission|Agency|Authority)\b")
# A name said as the modifier of another noun names a kind of that noun, not what is counted: "182
# fire-related injuries", "gun-linked deaths", "the fire department's 279,019 emergency responses"
# ("321 burglary-related crimes" is burglaries: a word for whatever is counted, `family_word`, narrows nothing)
_MODIFIES_AFTER = re.compile(r"-(?:related|linked|involved|connected)[ \t]+(?P<noun>[a-z]+)"
                             r"|[ \t]+(?:department|dept\.|chief|marshal)\b")
# A capitalised word ending a name of three or more capitalised words, prose after it, is the name's
# ("the National Highway Traffic Safety Administration estimates"), not a metric's
_NAME_BEFORE = re.compile(r"(?:\b[A-Z][\w&.’'-]*[ \t]+){2,}\Z")
_PROSE_AFTER = re.compile(r"[ \t]+[a-z]|[.,;:]")


# "the jail's daily average population", "the facility's population": a population owned by a noun
_OWNED_BY = re.compile(r"\b(?P<owner>[a-z]+)['’]s[ \t]+(?:[a-z-]+[ \t]+){0,3}\Z")
# owners whose population is a place's though no place kind of a pack names them
_PLACE_OWNERS = frozenset("nation country world area region community metro neighbourhood neighborhood".split())


def _not_a_places(pack: Pack, text: str, metric_id: str, hit: re.Match) -> bool:
    """Whether a population (a rate's, rules/rates.yaml) is said of a thing that is no place: "the
    jail's daily average population was 474" (not "the city's population", "Nevada's population")."""
    kinds = _cached("population owners", pack, lambda p: (
        frozenset(r.population for r in p.rates.values()),
        frozenset(k for place in p.places.values() for k in place.kind.split()) | _PLACE_OWNERS))
    if metric_id not in kinds[0]:
        return False
    owned = _OWNED_BY.search(text, max(0, hit.start() - 60), hit.start())
    return owned is not None and owned.group("owner") not in kinds[1]


# a death said with what caused it as the modifier of an overdose: "died from an accidental
# fentanyl-related overdose" (the deaths of the modifier's kind, not another noun's)
_DIED_OF_A_KIND = re.compile(rf"{_DIED}.*-(?:related|linked|involved)[ \t]+overdoses?", re.IGNORECASE | re.DOTALL)


def _part_of_another_name(text: str, hit: re.Match) -> bool:
    """Whether a metric's name found at `hit` is part of another noun phrase: the modifier of a noun
    ("fire-related injuries", "the fire department's"), or the last words of an organisation's name
    ("... at Dr. Bernard Brosseau Middle School.": no middle school enrollment)."""
    modifies = _MODIFIES_AFTER.match(text, hit.end())
    if modifies is not None and not family_word(modifies.group("noun") or "") \
            and not _DIED_OF_A_KIND.fullmatch(text, hit.start(), modifies.end()):
        return True
    return all(word[:1].isupper() for word in text[hit.start():hit.end()].split()) \
        and _NAME_BEFORE.search(text, max(0, hit.start() - 80), hit.start()) is not None \
        and _PROSE_AFTER.match(text, hit.end()) is not None


def find_metric(pack: Pack, text: str, start: int, end: int, anchor: int, kept: dict | None = None) -> Match | None:
    """The metric named in text[start:end], longest name first, then nearest `anchor`. `kept`, a
    drafting's own dict (one pack, one article), keeps the answers: a clause is asked again for its
    subject, its place and its rate."""
    if kept is None:
        return _find_metric(pack, text, start, end, anchor)
    key = (text, start, end, anchor)
    if key not in kept:
        kept[key] = _find_metric(pack, text, start, end, anchor)
    return kept[key]




# How many letters the prefilter looks up: other letters are looked up by as many of their first
# letters as the longest of these not over their length (a text holding the letters holds those), so
# that a text is cut into pieces of few lengths
_PIECE_LENGTHS = (1, 2, 3, 4, 6, 8)


def _piece(letters: str) -> str:
    """The first letters of `letters` that `_tried` looks up for them."""
    return letters[:max(n for n in _PIECE_LENGTHS if n <= len(letters))]


class _Prefilter(NamedTuple):
    """The metric patterns' letters, indexed for `_tried` (built once a pack): the letters (as cut by
    `_piece`) a text may hold, each with the patterns it is a key of and the groups of `needs`
    it is one of; each pattern's groups, by number."""
    lengths: tuple[int, ...]                               # how many letters each looked up has
    always: frozenset[int]                                 # patterns of an empty key (tried in any text)
    by_letters: dict[str, tuple[tuple[int, ...], tuple[int, ...]]]   # letters: (keyed patterns, groups)
    needs: tuple[frozenset[int], ...]                      # each pattern's groups, one letters of each needed


def _build_prefilter(pack: Pack) -> _Prefilter:
    patterns, keys = _metric_index(pack)
    keyed: dict[str, list[int]] = {}
    always: set[int] = set()
    for key, at in keys:
        if key:
            keyed.setdefault(_piece(key), []).extend(at)
        else:
            always.update(at)
    group_ids: dict[tuple[str, ...], int] = {}
    in_groups: dict[str, list[int]] = {}
    needs = []
    for pattern in patterns:
        ids = set()
        for group in pattern.needs:
            cut = tuple(sorted({_piece(x) for x in group}))
            if cut not in group_ids:
                group_ids[cut] = len(group_ids)
                for letters in cut:
                    in_groups.setdefault(letters, []).append(group_ids[cut])
            ids.add(group_ids[cut])
        needs.append(frozenset(ids))
    by_letters = {letters: (tuple(keyed.get(letters, ())), tuple(in_groups.get(letters, ())))
                  for letters in {*keyed, *in_groups}}
    return _Prefilter(tuple(sorted({len(letters) for letters in by_letters})), frozenset(always), by_letters,
                      tuple(needs))


# How many texts' `_tried` a pack keeps (`_tried_of`): a drafting asks again of a clause for its
# subject, its place and its rate; emptied when full
_TRIED_KEPT = 2048


def _tried(pack: Pack, text: str) -> tuple[int, ...]:
    """The positions, in order, of the metric patterns that may find something in `text`: those whose
    letters it holds (a cheap test before the regexes: a pattern passed over finds nothing there).
    Kept per pack by the text (a function of the two only): a clause is asked again for its subject,
    its place and its rate."""
    kept: dict[str, tuple[int, ...]] = _cached("tried by text", pack, lambda _: {})
    tried = kept.get(text)
    if tried is None:
        if len(kept) >= _TRIED_KEPT:
            kept.clear()
        tried = kept[text] = _tried_of(pack, text)
    return tried


def _tried_of(pack: Pack, text: str) -> tuple[int, ...]:
    """`_tried`, worked out. The text is cut once into its pieces of each length looked up, rather than
    searched for each of the pack's letters (a desk pack has some 2,000), unless the pack has fewer
    letters than the text pieces."""
    lower = regex_lower(text)   # ı, ſ and İ's dot read as the letters a case-blind name matches
    prefilter: _Prefilter = _cached("metric prefilter", pack, _build_prefilter)
    by_letters = prefilter.by_letters
    if len(by_letters) < sum(len(lower) - n + 1 for n in prefilter.lengths):
        held_letters = [letters for letters in by_letters if letters in lower]    # (a small pack)
    else:
        held_letters = {lower[at:at + n] for n in prefilter.lengths for at in range(len(lower) - n + 1)} \
            & by_letters.keys()
    tried, held = set(prefilter.always), set()
    for letters in held_letters:
        keyed, groups = by_letters[letters]
        tried.update(keyed)
        held.update(groups)
    needs = prefilter.needs
    return tuple(sorted(i for i in tried if needs[i] <= held))


def _find_metric(pack: Pack, text: str, start: int, end: int, anchor: int) -> Match | None:
    hits: list[tuple[int, int, Match]] = []
    patterns = _metric_patterns(pack)
    blind = case_blind(text)
    for i in _tried(pack, text[start:end]):
        pattern, metric_id, length, _, _ = patterns[i]
        for hit in pattern.finditer_in(blind, start, end):
            if text[hit.start()].isupper() and _BODY_AFTER.match(text, hit.end()):
                continue     # "The Anna Fire Department recorded 168 calls": a body's name, not fires
            if _part_of_another_name(text, hit) or _not_a_places(pack, text, metric_id, hit):
                continue     # "182 fire-related injuries": not fires; "the jail's population": no city's
            if _FIGURE_ONLY in pattern.groupindex and start <= anchor < end and not hit.start() <= anchor < hit.end() \
                    and not (hit.end() <= anchor and _COMPARED_WITH.search(text, hit.end(), anchor)):
                continue     # "arrested 9 people and seized 4 pounds": the arrests are the 9's, not the 4's
                #            (but "12 cyclists were killed, up from 9": the 9 is compared with the 12)
            if _IN_COUNT in pattern.groupindex and hit.start(_IN_COUNT) <= anchor < hit.end(_IN_COUNT):
                continue     # "Nine people died in 7 crashes": the 7 counts crashes, not the deaths
            if length and _shorthand_of_another(pack, text, metric_id, hit):
                continue     # "Motorcycle accidents killed ...": not the one-word alias of "motor vehicle accidents worked"
            if not length and metric_id in _road_deaths(pack) and _OFF_THE_ROADS.search(
                    text, max(text.rfind(". ", 0, hit.start()) + 2, text.rfind("\n", 0, hit.start()) + 1), hit.end()):
                continue     # "died in helicopter crashes ..., and 40 people have died in Cessna crashes"
                #            (the sentence's start looked for only for a road-deaths verb pattern's hit)
            hits.append((-length, abs(hit.start() - anchor), Match(metric_id, hit.start(), hit.end())))
    if not hits:
        return None
    names = [h[2] for h in hits if h[0] < 0]
    verbs = [h[2] for h in hits if h[0] == 0]
    if names:
        # a verb phrase counts only where no name of the vocabulary is found, or where it holds
        # one ("died in fires" over "fires")
        hits = [h if h[0] < 0 else (-(h[2].end - h[2].start), h[1], h[2]) for h in hits
                if h[0] < 0 or any(h[2].start <= n.start and n.end <= h[2].end for n in names)]
    # a longer name covering a shorter one wins ("vehicle break-ins" over "break-ins")
    hits.sort(key=lambda h: (h[1], h[0]))
    best = hits[0][2]
    # (of verb phrases, the widest: "23 cyclists were killed" over its "were killed")
    for _, _, m in sorted(hits, key=lambda h: (h[0], -(h[2].end - h[2].start) if h[0] == 0 else 0, h[1])):
        if m.start <= best.start and m.end >= best.end:
            best = m
            break
    for v in verbs:
        # "14 people had been killed in shootings": the verb the name ends on goes on to name the
        # cause, a more specific metric than "people killed"
        if best.start < v.start < best.end < v.end and v.id != best.id:
            return v
    return _narrowed_by(pack, text, [h[2] for h in hits if h[0] < 0], best)


def named_for_another_figure(pack: Pack, text: str, start: int, end: int, anchor: int, metric_id: str) -> bool:
    """Whether text[start:end] names the metric only for a figure it holds other than the one at
    `anchor` ("Police arrested 9 people and seized 4 pounds of meth": the arrests are the 9's, and the
    4 carries none over from it)."""
    patterns, _ = _metric_index(pack)
    blind = case_blind(text)
    return any(_FIGURE_ONLY in patterns[i][0].groupindex
               and any(not hit.start() <= anchor < hit.end() and not _COMPARED_WITH.search(text, hit.end(), anchor)
                       for hit in patterns[i][0].finditer_in(blind, start, end))
               for i in _patterns_by_metric(pack).get(metric_id, ()))


def _patterns_by_metric(pack: Pack) -> dict[str, tuple[int, ...]]:
    """The positions in `_metric_index(pack)` of each metric's patterns, in order (read once a pack)."""
    return _cached("metric positions", pack, _build_patterns_by_metric)


def _build_patterns_by_metric(pack: Pack) -> dict[str, tuple[int, ...]]:
    positions: dict[str, list[int]] = {}
    for i, (_, metric_id, _, _, _) in enumerate(_metric_index(pack)[0]):
        positions.setdefault(metric_id, []).append(i)
    return {metric_id: tuple(at) for metric_id, at in positions.items()}


# "arrested 45 people in 2020, up from 30": the figure compared with is of the same metric
_COMPARED_WITH = re.compile(r"\b(?:from|compared\s+(?:to|with)|than|versus|vs\.?)\s+(?:about\s+|nearly\s+|some\s+)?\Z")


def _shorthand_of_another(pack: Pack, text: str, metric_id: str, hit: re.Match) -> bool:
    """Whether a one-word alias of a metric whose own name has several words ("visits" for "park
    visits") is, after "those", "these" or "such", the word of a noun phrase said before with a
    modifier that is a word of another metric's names and of none of the alias's metric ("emergency
    room visits ... for 90 per cent of those visits"): the demonstrative points back to that phrase,
    not to the alias's metric. A desk's pack only grows: a one-word alias added for one story must not
    take a figure from the thing another story's own words point back to."""
    said = text[hit.start():hit.end()]
    if not said.isalpha():
        return False
    shorthands, owners = _cached("shorthand", pack, _build_shorthands)
    named = shorthands.get(metric_id)
    stem = said.lower().rstrip("s")
    if named is None or stem not in named[0]:
        return False
    at = hit.start()
    before = _WORD_BEFORE.search(text, max(0, at - 40), at)
    if before is None or before.group(1).lower() not in ("those", "these", "such"):
        return False
    # the noun phrase the demonstrative points back to: the word's last use before
    earlier = None
    for m in re.finditer(rf"\b{re.escape(stem)}s?\b", text[:at], re.IGNORECASE):
        earlier = m
    if earlier is None:
        return False
    at = earlier.start()
    before = _WORD_BEFORE.search(text, max(0, at - 40), at)
    if before is None:
        return False
    modifier = before.group(1).lower().rstrip("s")
    if modifier in named[1]:
        return False
    return bool(owners.get(modifier, set()) - {metric_id})


# The word right before a position, on its line
_WORD_BEFORE = re.compile(r"([A-Za-z][A-Za-z\-]*)[ \t]+$")


def _build_shorthands(pack: Pack) -> tuple[dict[str, tuple[frozenset[str], frozenset[str]]], dict[str, set[str]]]:
    """Each metric whose id has several words and that has one-word aliases: those aliases
    (singular) and the words of all its names (singular); and each word (singular) of any metric's
    names: the metrics that have it."""
    out, owners = {}, {}
    for metric in pack.metrics.values():
        words = frozenset(w.rstrip("s") for n in (metric.id, metric.label, *metric.aliases)
                          for w in re.split(r"[\s_\-]+", n.lower()) if w)
        for w in words:
            owners.setdefault(w, set()).add(metric.id)
        if len(re.split(r"[\s_\-]+", metric.id.strip())) < 2:
            continue
        one_word = frozenset(a.strip().lower().rstrip("s") for a in metric.aliases if len(re.split(r"[\s_\-]+", a.strip())) == 1)
        if one_word:
            out[metric.id] = (one_word, words)
    return out, owners


def _narrowed_by(pack: Pack, text: str, names: list[Match], best: Match) -> Match:
    """A count named by a noun phrase whose modifier is itself the name of another count ("the
    employed labor force", "student population", "robbery offences") is the modifier's: it narrows
    the head to its own. A rate or a share of a count ("workforce participation rate") stays the head's."""
    head = pack.metrics.get(best.id)
    if head is None or head.unit != "count":
        return best
    for m in names:
        if m.id != best.id and m.end <= best.start and re.fullmatch(r" |-", text[m.end:best.start]) \
                and not any(o.start <= m.start and m.end <= o.end and (o.start, o.end) != (m.start, m.end) for o in names):
            modifier = pack.metrics.get(m.id)
            if modifier is not None and modifier.unit == "count":
                return Match(m.id, m.start, best.end)
    return best


# What may stand between the metrics of a list: "murders, shootings and overall crime", "both
# fires and related deaths", "the total number of people shot and the number of shooting incidents"
_LIST_GAP = re.compile(r"^(?:\s*\([^()]{1,24}\))?(?:\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or|as\s+well\s+as)\s+)"
                       r"(?:(?:the|a|an|overall|total|related|all|number|numbers|of|other)\s+)*$", re.IGNORECASE)


_LIST_WORDS = re.compile(r",|\band\b|\bor\b|\bas\s+well\s+as\b", re.IGNORECASE)


def metrics_in(pack: Pack, text: str, start: int, end: int, kept: dict | None = None) -> list[Match]:
    """Each metric named in text[start:end], in order (as `find_metric` reads them from the start)."""
    found = []
    while start < end and (named := find_metric(pack, text, start, end, start, kept)) is not None:
        found.append(named)
        start = named.end
    return found


def metric_list(pack: Pack, text: str, start: int, end: int) -> list[str]:
    """The metrics of a list named in text[start:end] ("significant drops in murders, shootings and
    overall crime": murders, shootings, reported crimes), each once; [] when no list is named."""
    if not _LIST_WORDS.search(text, start, end):
        return []
    hits: list[Match] = []
    patterns = _metric_patterns(pack)
    blind = case_blind(text)
    for i in _tried(pack, text[start:end]):
        pattern, metric_id, length, _, _ = patterns[i]
        if length == 0:
            continue
        for hit in pattern.finditer_in(blind, start, end):
            if not in_aside(text, start, hit.start(), end):
                # (not a list in an aside: "666 crimes against persons (murder, rape, robbery, and aggravated assault)")
                hits.append(Match(metric_id, hit.start(), hit.end()))
    # the longest names first, none inside another
    kept: list[Match] = []
    for m in sorted(hits, key=lambda m: (-(m.end - m.start), m.start)):
        if all(m.end <= k.start or m.start >= k.end for k in kept):
            kept.append(m)
    kept.sort(key=lambda m: m.start)
    best: list[Match] = []
    run: list[Match] = []
    for m in kept:
        if run and _LIST_GAP.match(text[run[-1].end:m.start]):
            run.append(m)
        else:
            run = [m]
        if len(run) > len(best):
            best = list(run)
    ids = list(dict.fromkeys(m.id for m in best))
    return ids if len(ids) >= 2 else []


def _build_word_owners(pack: Pack) -> dict[str, set[str]]:
    """{a word of the metrics' names: the ids of the metrics whose names hold it}."""
    owners: dict[str, set[str]] = {}
    for metric in pack.metrics.values():
        for name in {metric.id, metric.label, *metric.aliases}:
            for word in re.split(r"[\s_\-]+", (name or "").lower()):
                if word:
                    owners.setdefault(word, set()).add(metric.id)
    return owners


def _build_metric_words(pack: Pack) -> dict[str, str]:
    owners = {w: ids for w, ids in _cached("owners", pack, _build_word_owners).items() if len(w) > 3}
    # a word of several metrics' names is kept as None, so that "deaths" (fire, overdose, gun
    # deaths) does not fall back to its singular "death" owned by one name only
    return {word: (next(iter(ids)) if len(ids) == 1 else None) for word, ids in owners.items()
            if not word.endswith(("ed", "ing"))}


def _build_short_shared(pack: Pack) -> frozenset[str]:
    """Words of three letters or fewer in the names of several metrics ("dui" of DUI, felony DUI
    and extreme DUI arrests): too short to decide alone, and no plural of theirs decides either."""
    return frozenset(w for w, ids in _cached("owners", pack, _build_word_owners).items() if len(w) <= 3 and len(ids) > 1)


_COUNTED = frozenset("""people persons person victims civilians cases incidents residents students children adults
individuals men women youths teens juveniles officers deaths calls offences offenses crimes""".split())


_MEASURE_UNITS = frozenset("dollar dollars pound pounds euro euros yen rupee rupees franc francs percent times".split())
_GENERIC_COUNTS = frozenset("cases incidents people persons individuals residents".split())


def foreign_noun(pack: Pack, noun: str | None) -> bool:
    """Whether a figure counts something no metric is named by ("12 hours", "20 cities"): its
    first word is a plural noun that is neither a word of the vocabulary's names nor a word for
    people or cases."""
    if not noun or not noun[:1].isalpha():
        return False
    word = noun.lower().split()[0]
    if word in ("percent", "per", "dollar", "dollars") or not word.endswith("s") or word.endswith("ss"):
        return False            # only a plural noun is taken for what is counted ("with 2,313 reported")
    words = _cached("words", pack, _build_metric_words)
    return not any(f in words or f in _COUNTED for f in (word, word.rstrip("s"), word + "s"))


# the places a figure may count ("25 states", "384 of the 389 metropolitan areas", "the nation's 10
# largest cities"), up to three words of their description between ("neighboring Southwest Arkansas")
_PLACE_NOUNS = r"(?:counties|states|cities|towns|townships|boroughs|parishes|provinces|territories|countries|nations" \
               r"|regions|municipalities|districts|areas|metros|communities|villages|jurisdictions)"
_FILLER = r"(?!(?:in|of|at|on|across|and|or|were|was|had|have|for|per|with|from|to|by|than)\b)[A-Za-z][\w'’-]*\s+"
_PLACES_AFTER = re.compile(rf"(?:-plus)?\s+(?:of\s+(?:the\s+|its\s+|these\s+|those\s+|all\s+)?(?:\w+['’]s\s+)?"
                           rf"(?:\d[\d,]*(?:-plus)?\s+|[a-z]+\s+)?)?(?P<words>(?:{_FILLER}){{0,3}}?){_PLACE_NOUNS}\b")
# "Of the 387 metro areas in the U.S., 200 saw ...": the figure after counts of them
_OF_PLACES_BEFORE = re.compile(rf"\W*(?:But\s+|And\s+)?Of\s+(?:the\s+|its\s+|these\s+|those\s+|all\s+)?"
                               rf"(?:\w+\s+)?(?:{_FILLER}){{0,3}}?{_PLACE_NOUNS}\b[^,;]{{0,60}},\s*$", re.IGNORECASE)


def counts_places(pack: Pack, text: str, start: int, end: int, clause_start: int) -> bool:
    """Whether the figure at text[start:end] counts places ("25 states were estimated to have
    increases", "in 384 of the 389 metropolitan areas", "Of the 387 metro areas, 200 saw"): a
    plural noun for places after it, or an opening "Of the ... areas," before it; a noun for places
    that is a word of the vocabulary's names counts no place."""
    hit = _PLACES_AFTER.match(text, end, min(len(text), end + 80))
    if hit is None:
        return bool(_OF_PLACES_BEFORE.match(text, clause_start, start))
    words = _cached("words", pack, _build_metric_words)
    between = hit.group("words").lower().split()
    return not any(w in _COUNTED or w in _MEASURE_UNITS for w in between) and \
        text[hit.end("words"):hit.end()].lower() not in words


# a percentage metric's definition: "the percentage of registered voters who cast a ballot"
_SHARE_OF = re.compile(r"(?:the\s+)?(?:percentage|share|proportion|percent)\s+of\s+(?:all\s+)?(?:the\s+)?(?P<rest>.+)",
                       re.IGNORECASE)


def _build_shares(pack: Pack) -> dict[str, str]:
    """{count metric id: the percentage metric defined as the share of it who did something ("the
    percentage of registered voters who cast a ballot")}: of several, the one with the shortest
    label, the least narrowed ("voter turnout", not "early voting turnout")."""
    names = sorted(((n.lower(), m.id) for m in pack.metrics.values() if m.unit == "count"
                    for n in {m.label, *m.aliases} if n), key=lambda t: -len(t[0]))
    shares: dict[str, list[str]] = {}
    for metric in pack.metrics.values():
        hit = _SHARE_OF.fullmatch(metric.definition or "") if metric.unit == "percent" else None
        if hit is None:
            continue
        rest = " ".join(hit.group("rest").lower().split())
        whole = next((m for n, m in names if rest.startswith(n + " who ")), None)
        if whole is not None:
            shares.setdefault(whole, []).append(metric.id)
    return {w: min(ids, key=lambda i: (len(pack.metrics[i].label or i), i)) for w, ids in shares.items()}


def share_of(pack: Pack, whole_id: str) -> str | None:
    """The percentage metric the pack defines as a share of the count `whole_id` ("voter turnout",
    the percentage of registered voters who voted), if any."""
    return _cached("shares", pack, _build_shares).get(whole_id)


def metric_of_noun(pack: Pack, noun: str | None) -> str | None:
    """The metric a counted noun belongs to ("guns" -> guns_recovered, "shifts" -> patrol_shifts),
    when the word belongs to the names of one metric only."""
    if not noun or noun.lower() in _MEASURE_UNITS:
        return None       # "$84.4 million": the unit of a sum of money or a percentage counts no noun
    words, short = _cached("words", pack, _build_metric_words), _cached("short", pack, _build_short_shared)
    for word in noun.lower().split():
        if word in _GENERIC_COUNTS or word + "s" in _GENERIC_COUNTS:
            continue       # "15 cases pending toxicology results": a word for what is counted decides nothing
        if word.rstrip("s") in short:
            continue       # "DUI arrests": not the felony DUI arrests whose alias alone says "DUIs"
        for form in (word, word.rstrip("s"), word + "s"):
            if form in words:
                return words[form]
    return None


@dataclass(frozen=True)
class PlaceHit:
    start: int
    end: int
    ids: tuple[str, ...]     # more than one: an ambiguous name ("Birmingham")
    also: tuple[str, ...] = ()   # places the name names without their state (`settle_places`)
    implied: bool = False        # the name is only a county's without its state ("Davidson County")
    near: bool = False           # settled by the state of the article's other places alone (`settle_places`)
    namesake: bool = False       # a town's bare name read as its namesake of another state (`settle_places`)


def place_hits(pack: Pack, text: str, start: int = 0, end: int | None = None) -> list[PlaceHit]:
    """The place names in text[start:end], each with the places it may name; a name inside a
    longer one ("York" in "New York City") is not a hit of its own. An article is read once
    and each clause takes the hits inside it (`places_in`)."""
    end = len(text) if end is None else end
    short = end - start < 200 and (start, end) == (0, len(text))
    if short and (cached := _SHORT_HITS.get((id(pack), text))) is not None:
        return cached
    pattern, lookup = _cached("place-names", pack, _build_place_alternation)
    owners = _cached("place-name owners", pack, lambda p: {key: ids for key, (ids, _, _) in lookup.items()})
    found = [(hit.start(), hit.end(), _name_key(hit.group(0))) for hit in pattern.finditer(text, start, end)]
    # a name every mention of which is a person's ("Rogers said", "Sheriff Rogers") names no place
    people = {key for a, b, key in found if _a_person(text, a, b, owners[key], pack)}
    people -= {key for a, b, key in found if key in people and not _a_person(text, a, b, owners[key], pack)}
    # "the metro", "the valley": a name in common words names its place only in an article that
    # names that place (or a place within it) by a proper name too
    named = {p for a, b, key in found if key not in people and not _COMMON_WORDS.fullmatch(key) for p in owners[key]}
    # ("the west side" of a city the article names; "the metro" around it)
    within = named | {q for p in named for q in pack.ancestors(p)}
    out = [PlaceHit(a, b, owners[key], *lookup[key][1:]) for a, b, key in found if key not in people
           and not (_COMPASS.fullmatch(text[a:b]) and _NAME_WORD_AFTER.match(text, b))
           and (not _COMMON_WORDS.fullmatch(key) or any(
               p in within or any(q in named and pack.places[q].kind != "country" for q in pack.ancestors(p))
               for p in owners[key]))]
    initials = _cached("numbered-initials", pack, _initials_letters)
    if any(h.start < len(text) and _name_key(text[h.start:h.end]) in initials for h in out):
        out = _likely_initials(pack, text, out, initials)
    if short:
        if len(_SHORT_HITS) > 4096:
            _SHORT_HITS.clear()
        _SHORT_HITS[(id(pack), text)] = out
    return out


_SHORT_HITS: dict[tuple[int, str], list] = {}
_COMMON_WORDS = re.compile(r"(?:[Tt]he\s+)?[a-z][a-z'-]*(?:\s+[a-z][a-z'-]*)*")
# "West" (a region) in "West Third Street", "South Side", "North Little Rock": a word of a longer name
_COMPASS = re.compile(r"(?:North|South|East|West|Northeast|Northwest|Southeast|Southwest|Midwest)(?:ern)?")
_NAME_WORD_AFTER = re.compile(r"[ \t]+(?:[A-Z][\w.'’-]*|\d+(?:st|nd|rd|th)\b)")    # a speaker's post is read for its place often

# "Sheriff Rogers", "Mr. Warren": a place's name after a person's title is a person's (a name every
# mention of which is so names no place), as is one every mention of which says something ("Rogers
# said"); one mention that does not ("in Rogers") keeps the name a place's
_TITLE_BEFORE = re.compile(r"\b(?:Mr|Mrs|Ms|Dr|Sheriff|Chief|Mayor|Sen|Rep|Gov|Commissioner|Coroner|Director|"
                           r"Officer|Sgt|Lt|Capt|Det|Judge|Councilman|Councilwoman|Councillor|Councilor|Superintendent)\.?"
                           # (a given name between: "Councillor Ewan Wilson")
                           r"[ \t]+(?:[A-Z][a-z]+[ \t]+)?$")


_SAYS_AFTER = re.compile(r"[ \t]+(?:said|says|told|added|explained)\b")


def _a_person(text: str, start: int, end: int, ids: tuple[str, ...], pack: Pack) -> bool:
    if any(pack.places[p].kind in _WIDE for p in ids) or " " in text[start:end]:
        return False
    if _TITLE_BEFORE.search(text, max(0, start - 20), start):
        return True     # (any place's one-word name but a state's: "Councillor Ewan Wilson" is no Wilson Elementary)
    # "..., Rogers said.": a name every mention of which says something is a person's (a town's, not
    # "Police in Waikato said")
    return all(pack.places[p].kind in ("city", "town", "village") for p in ids) and bool(_SAYS_AFTER.match(text, end))


def _name_key(name: str) -> str:
    return " ".join(name.replace("’", "'").split())


name_key = _name_key     # (a place name as the name index keys it: quotes and spaces made one)


_POSTAL = re.compile(r"(?P<city>[A-Z][\w.'-]*(?: [A-Z][\w.'-]*)*), (?P<a>[A-Z])\.?(?P<b>[A-Z])\.?")


def _postal_forms(name: str) -> list[str]:
    """A city's name with its state's postal abbreviation as papers write it: "Columbia, S.C." is
    also "Columbia SC", "Columbia, SC" and "Columbia S.C."."""
    hit = _POSTAL.fullmatch(name)
    if hit is None:
        return [name]
    city, a, b = hit.group("city", "a", "b")
    return list(dict.fromkeys([name, f"{city}, {a}.{b}.", f"{city}, {a}{b}", f"{city} {a}.{b}.", f"{city} {a}{b}"]))


def _place_name_piece(char: str) -> str:
    """A place name's character in the names' regex: a space any white space, an apostrophe either
    (the names' keys write "’" as "'": `_name_key`)."""
    return r"\s+" if char == " " else "['’]" if char == "'" else re.escape(char)


def _build_place_alternation(pack: Pack) -> tuple[re.Pattern, dict[str, tuple[str, ...]]]:
    """One regex for every place name, the longest first (so that "New York City" is read
    before "New York" at the same place), and the places each name may stand for."""
    owners: dict[str, list[str]] = {}
    for place in pack.places.values():
        for name in {place.name, *place.aliases}:
            for key in _postal_forms(_name_key(name)):
                ids = owners.setdefault(key, [])
                if place.id not in ids:
                    ids.append(place.id)
    # "Davidson County, North Carolina" is "Davidson County" in its own state's paper: a county's
    # name without its state names it too, after the places that have that name of their own
    # (an ambiguous name, which the article's state settles: `settle_places`)
    implicit: dict[str, list[str]] = {}
    for place in pack.places.values():
        if place.kind not in ("county", "parish") or place.within is None:
            continue
        for name in {place.name, *place.aliases}:
            short = _COUNTY_OF_STATE.fullmatch(name.strip())
            if short:
                key = _name_key(f"{short.group('word')} {short.group('unit').replace('Co.', 'County')}")
                ids = implicit.setdefault(key, [])
                if place.id not in ids and place.id not in owners.get(key, ()):
                    ids.append(place.id)
    for place in pack.places.values():
        # "Rochester, New Hampshire" beside the pack's "Rochester" of New York: the bare name a city
        # shares with a namesake of another state names it too, after the namesake (settled by the
        # article's state, `settle_places`); only a name another city already has, so no new hits
        if place.kind not in _TOWN_KINDS or place.within is None:
            continue
        for name in {place.name, *place.aliases}:
            short = _TOWN_OF_STATE.fullmatch(name.strip())
            if short is None or not _names_around(pack, place.id, short.group("state")):
                continue
            key = _name_key(short.group("word"))
            own = owners.get(key, ())
            if own and place.id not in own and (all(pack.places[p].kind in _TOWN_KINDS for p in own)
                                                or _foreign_regions(pack, own, place.id)):
                ids = implicit.setdefault(key, [])
                if place.id not in ids:
                    ids.append(place.id)
    for place in pack.places.values():
        if place.within is None:
            continue
        for key in _numbered_initials(pack, place):
            ids = owners.setdefault(key, [])
            if place.id not in ids:
                ids.append(place.id)
    names = sorted(set(owners) | set(implicit), key=len, reverse=True)
    # (one branch a character a name can go on with, not one a name: `name_trie`)
    alternation = trie_alternation(names, _place_name_piece)
    # a name some place has of its own names that place (or those) first; the others it may name
    # are settled by the article's state
    lookup = {}
    for key in names:
        own = tuple(owners.get(key, ()))
        other = tuple(p for p in implicit.get(key, ()) if p not in own)
        lookup[key] = (own, other, False) if own else (other, (), True)
    return re.compile(rf"(?<![\w-])(?:{alternation})(?![\w-])"), lookup


# a numbered district's name, "Saline County Rural Fire District #1", "Unified School District 305"
_NUMBERED = re.compile(r"(?P<run>(?:[A-Z][a-z]+\s+){1,6}[A-Z][a-z]+)\s+(?P<num>#\s?\d+|No\.\s?\d+|\d+)\b")


def _initials_letters(pack: Pack) -> dict[str, int]:
    """Each name made of a numbered district's initials ("RFD #1"), with how many letters it has."""
    return {_name_key(key): len(re.match(r"[A-Z]*", key).group(0)) for place in pack.places.values()
            if place.within is not None for key in _numbered_initials(pack, place)}


_BOX_AFTER = re.compile(r"\s*,\s*Box\b")      # "RFD #2, Box 41": an address


def _likely_initials(pack: Pack, text: str, hits: list[PlaceHit], initials: dict[str, int]) -> list[PlaceHit]:
    """The hits but initials that are an address ("RFD #2, Box 41") or two letters that may stand for
    much else ("SD 36": a state's highway, any school district), unless the text names the place in
    full or the place around it."""
    named = {p for h in hits if _name_key(text[h.start:h.end]) not in initials for p in h.ids}
    out = []
    for h in hits:
        letters = initials.get(_name_key(text[h.start:h.end]))
        if letters is not None and (_BOX_AFTER.match(text, h.end) or letters < 3 and not any(
                p in named or set(pack.ancestors(p)) & named for p in h.ids)):
            continue
        out.append(h)
    return out


def _numbered_initials(pack: Pack, place) -> list[str]:
    """The initials papers write a numbered district by ("RFD #1", "USD 305", "SD72"): those of the
    capitalised words before the number in its name (not an alias), with or without the name of a
    place around it ("Saline County Rural Fire District #1" is also "RFD #1")."""
    around = {n.split(",")[0].split(" (")[0].strip() for a in pack.ancestors(place.id)
              for n in (pack.places[a].name, *pack.places[a].aliases) if n}
    out = []
    hit = _NUMBERED.search(place.name or "")
    if hit is not None:
        runs = [hit.group("run")]
        runs += [hit.group("run")[len(a):].strip() for a in around if hit.group("run").startswith(a + " ")]
        digits = re.sub(r"\D", "", hit.group("num"))
        for run in runs:
            words = run.split()
            if len(words) < 2:
                continue
            short = "".join(w[0] for w in words)
            sign = "#" if "#" in hit.group("num") else ""
            out += [f"{short} {sign}{digits}", f"{short}{sign}{digits}", f"{short}-{digits}"] + \
                ([f"{short} {digits}"] if sign else [f"{short} No. {digits}"])
    return list(dict.fromkeys(out))


_COUNTY_OF_STATE = re.compile(r"(?P<word>[A-Z][\w.'’-]*(?:\s[A-Z][\w.'’-]*)*)\s+(?P<unit>County|Co\.|Parish),\s*\S.*")
WIDE_KINDS = _WIDE = ("state", "province", "country", "territory")
_TOWN_KINDS = ("city", "town", "village", "borough", "township")
# "Rochester, New Hampshire", "Wilmington, N.C.": a town's name with its state's (or country's)
_TOWN_OF_STATE = re.compile(r"(?P<word>[A-Z][\w.'’-]*(?:\s[A-Z][\w.'’-]*)*),\s*(?P<state>[A-Z][\w.]*(?:\s[A-Z][\w.]*)*)")


def _country_of(pack: Pack, place: str) -> str | None:
    return next((a for a in (place, *pack.ancestors(place)) if pack.places[a].kind == "country"), None)


def _foreign_regions(pack: Pack, own: list[str], town: str) -> bool:
    """Whether every place owning a bare name is a state, province or country of another country than
    the town's ("Ontario", Canada's province, beside "Ontario, Oregon"; not Washington state beside
    "Washington, D.C.")."""
    country = _country_of(pack, town)
    return country is not None and all(pack.places[p].kind in _WIDE and _country_of(pack, p) not in (None, country)
                                       for p in own)


def _region_said(pack: Pack, hit: PlaceHit, hits: list[PlaceHit], text: str | None) -> bool:
    """Whether the article reads a foreign region's name shared with a town ("Ontario") as the region: it
    writes "province of" or "state of" before the name or ", <its country>" after it, or names another place
    of the region's country ("British Columbia and Ontario", "In Ontario, Canada")."""
    country = _country_of(pack, hit.ids[0])
    if text is not None and re.search(r"\b(?:province|state)\s+of\s+\Z", text[max(0, hit.start - 20):hit.start], re.IGNORECASE):
        return True
    return any(h is not hit and len(h.ids) == 1 and not h.also and _country_of(pack, h.ids[0]) == country for h in hits)


def _names_around(pack: Pack, place: str, word: str) -> bool:
    """Whether a name ("New Hampshire", "N.H.", "England") names a place the pack puts around `place`."""
    said = _state_named(word)
    if said is not None:
        return said in _own_states(pack, place)
    key = _name_key(word)
    return any(key in {_name_key(n) for n in (pack.places[a].name or "", *pack.places[a].aliases)}
               for a in pack.ancestors(place))


def settle_places(pack: Pack, hits: list[PlaceHit], home: str | None = None,
                  publisher: str | None = None, text: str | None = None) -> list[PlaceHit]:
    """A name that may name several places ("Washington County": of Pennsylvania, of Maryland,
    of Texas) read as the one of them within the state the article names most (by the state's own
    name, or its dateline's), else the one in the publisher's state ("Daily Journal (Park Hills,
    Mo.)": Missouri's Jefferson County) unless the article names a state, or places in one, that holds
    none of them ("Colorado prosecutors in Jefferson County"); a name none settles stays as it was read. A county's name that
    only a county of another state has ("Washington County" in an Arkansas story, the pack knowing
    Oregon's) names no place when the article names states and never that county's."""
    if not any(h.also or len(h.ids) > 1 or h.implied for h in hits):
        return hits
    wide = Counter(h.ids[0] for h in hits if len(h.ids) == 1 and pack.places[h.ids[0]].kind in _WIDE
                   and (not h.also or _foreign_regions(pack, [h.ids[0]], h.also[0])))
    if home is not None:
        wide.update(p for p in (home, *pack.ancestors(home)) if pack.places[p].kind in _WIDE)
    states = {p for p in wide if pack.places[p].kind != "country"}
    # the states around the places named by a name of their own alone ("Clallam County" beside
    # "Jefferson County"; "the Franklin County Detention Center" beside "Franklin County")
    near = Counter(a for h in hits if len(h.ids) == 1 and not h.also and not h.implied
                   and pack.places[h.ids[0]].kind not in _WIDE
                   for a in pack.ancestors(h.ids[0]) if pack.places[a].kind in _WIDE and pack.places[a].kind != "country")
    # the line's last state after a comma ("Observer-Reporter, Washington, Pa.": Pennsylvania; not the
    # city of "Washington, D.C.")
    said = [m for m in _STATE_AFTER.finditer(publisher or "") if m.group(0).startswith(",")
            and not re.match(r",\s*D\.\s?C\.", (publisher or "")[m.end():])]
    paper = {_state_named(said[-1].group(1))} - {None} if said else set()
    out = []
    for hit in hits:
        if hit.also and all(pack.places[p].kind in _TOWN_KINDS for p in hit.also) and (
                all(pack.places[p].kind in _TOWN_KINDS for p in hit.ids) or _foreign_regions(pack, list(hit.ids), hit.also[0])):
            # (a province's name a town of the paper's state shares: "Ontario" in an Oregon paper; not "the
            # province of Ontario", "Ontario, Canada", "British Columbia and Ontario": the province)
            if _foreign_regions(pack, list(hit.ids), hit.also[0]) and _region_said(pack, hit, hits, text):
                hit = PlaceHit(hit.start, hit.end, hit.ids, implied=hit.implied)
            else:
                hit = _namesake_chosen(pack, hit, hits, home, paper, text)
        if hit.implied and len(hit.ids) == 1 and states and not states & set(pack.ancestors(hit.ids[0])):
            hit = PlaceHit(hit.start, hit.end, ())
        elif hit.also or len(hit.ids) > 1:
            # the state named most first, then the state around the other places named, then the
            # country ("Ontario" of Canada in a Canadian story), then the publisher's state, unless a state
            # the article names (or its places lie in) holds none of them; the shared name's own word
            # ("Washington" beside "Washington County") does not count
            rival = {s for s in (*states, *near) if not any(
                (pack.places[p].name or "").startswith(tuple(_own_states(pack, s))) for p in (*hit.ids, *hit.also))}
            within = {p: (max((wide.get(a, 0) for a in pack.ancestors(p) if pack.places[a].kind != "country"), default=0),
                          max((near.get(a, 0) for a in pack.ancestors(p)), default=0),
                          max((wide.get(a, 0) for a in pack.ancestors(p) if pack.places[a].kind == "country"), default=0),
                          int(bool(paper and paper & _own_states(pack, p) and not rival)))
                      for p in (*hit.ids, *hit.also)}
            top = max(within.values())
            inside = [p for p, n in within.items() if n == top]
            if any(top) and len(inside) == 1:
                hit = PlaceHit(hit.start, hit.end, (inside[0],), near=not top[0])
        out.append(hit)
    return out


def _region(pack: Pack, place: str) -> str | None:
    """The nearest state, province or country around a place ("minnesota" of Austin, Minn.; "england")."""
    return next((a for a in pack.ancestors(place) if pack.places[a].kind in _WIDE), None)


def _named_as_a_location(pack: Pack, region: str, text: str) -> bool:
    """Whether the article names a region as where things happen: "across North Carolina", "statewide
    in Minnesota", a sentence opening "New Hampshire recorded", "Minnesota's overdose deaths", "England
    as a whole", "the Minnesota Department of Health"; not a passing adjective ("a Minnesota study",
    "the Minnesota Timberwolves") or a trip ("a conference in New Hampshire")."""
    names = sorted({re.sub(r"\s*\(state\)$|\s+State$", "", n) for n in (pack.places[region].name, *pack.places[region].aliases)
                    if n and len(n) > 3}, key=len, reverse=True)
    if not names:
        return False
    name = "(?:" + "|".join(re.escape(n) for n in names) + r")(?![\w-])"
    return re.search(r"\b(?i:across|throughout|all\s+over|statewide\s+in|elsewhere\s+in)\s+(?:the\s+state\s+of\s+)?" + name +
                     r"|(?:^|(?<=[.!?]\s)|(?<=\n))" + name + r"(?:['’]s\s+(?![A-Z])|\s+(?:as\s+a\s+whole|recorded|saw|had|"
                     r"reported|counted|logged|ranked|ranks|has|is|was|posted|tallied)\b)|\bthe\s+" + name + r"\s+Department\s+of\b",
                     text) is not None


def _namesake_chosen(pack: Pack, hit: PlaceHit, hits: list[PlaceHit], home: str | None, paper: set[str],
                     text: str | None) -> PlaceHit:
    """A town's bare name shared with a namesake of another state ("Rochester": New York's, or New
    Hampshire's) read as the namesake only on strong evidence: the article writes the namesake with its
    state ("Rochester, N.H."), the dateline's or the publisher's state is the namesake's, or the article
    names the namesake's state as a location ("across New Hampshire") and no place of the pack's town's
    state; else the pack's own town. A passing mention ("a Minnesota study", a trip, a sports team) is no
    evidence. The namesake is marked (`PlaceHit.namesake`) so that it does not make the article's place."""
    candidates = (*hit.ids, *hit.also)
    others = set(hit.also)

    def one(found: set[str]) -> str | None:
        return found.pop() if len(found) == 1 else None

    written = {h.ids[0] for h in hits if len(h.ids) == 1 and not h.also and h.ids[0] in others}
    if text is not None:
        for h in hits:
            after = _STATE_AFTER.match(text, h.end) if h.also else None
            if after is not None:
                written |= {p for p in others if _state_named(after.group(1)) in _own_states(pack, p)}
    dated = set()
    if home is not None:
        dated = {a for a in (home, *pack.ancestors(home)) if pack.places[a].kind in _WIDE}
    if text is not None and (state := dateline_state(text)) is not None:
        dated |= {_region(pack, p) for p in candidates if state in _own_states(pack, p)}
    # the dateline's state first ("AUSTIN, Texas (AP)" beside "A smaller city, Austin, Minn."), then the paper's
    chosen = one({p for p in candidates if _region(pack, p) in dated or p == home}) \
        or one({p for p in candidates if paper & _own_states(pack, p)}) or one(set(written))
    if chosen is None and text is not None:
        own_regions = {_region(pack, p) for p in hit.ids}
        home_named = any(len(h.ids) == 1 and not h.also and own_regions & {h.ids[0], *pack.ancestors(h.ids[0])}
                         for h in hits)
        located = {p for p in others if _named_as_a_location(pack, _region(pack, p), text)}
        if not home_named:
            chosen = one(located)
    if chosen is None:
        return PlaceHit(hit.start, hit.end, hit.ids, implied=hit.implied)
    return PlaceHit(hit.start, hit.end, (chosen,), implied=hit.implied, namesake=chosen in others)


# an abbreviation with its period only ("Austin, Del Valle" names no Delaware); a name or postal code
# with or without one (the sentence's own full stop)
_STATE_AFTER = re.compile(r",?[ \t]+(" + "|".join(re.escape(a) if a.endswith(".") else re.escape(a) + r"\.?"
                                                   for a in sorted(_STATE_OF, key=len, reverse=True)) + r")(?![\w-])"
                          # ... closing the phrase: "Austin, Minn., firefighters", "(Austin, Minn.)", "Austin, Minnesota."
                          # (not a list: "Seattle, Oregon and Idaho", "Seattle, New York, and Chicago", "Seattle, LA and")
                          # ... or a dateline's: "New Philadelphia, Ohio – Crashes are"
                          r"(?:(?<=\.)|(?=\s*(?:\)|$|[–—]|,(?!\s*(?:and|or)\b))))")

# "Washington, Ore. and Idaho", "Ohio, Ky., Ind. and Ill.": a state in a list of abbreviations
_LIST_GOES_ON = re.compile(r"\s+(?:and|or|&)\s|,\s+[A-Z][\w.]*\s+(?:and|or|&)\s")


def _namesake(pack: Pack, text: str, hit: PlaceHit) -> bool:
    """Whether a place's name is written with another state than the pack's place's ("Austin, Minn."
    of the pack's Austin, Texas; "Burlington, Iowa" of a Wyoming precinct; "Washington, Mo." of the
    state): a namesake, which names no place the pack knows. A state's name counts only before an
    abbreviation ("Ohio, Indiana and Illinois" is a list)."""
    if len(hit.ids) != 1:
        return False
    after = _STATE_AFTER.match(text, hit.end)
    if after is None or pack.places[hit.ids[0]].kind == "state" and (
            not after.group(1).endswith(".") or _LIST_GOES_ON.match(text, after.end())):
        return False
    return _another_state(pack, hit.ids[0], after.group(1))


def _another_state(pack: Pack, place: str, word: str) -> bool:
    """Whether a state's name or abbreviation ("Minn.") names another state than the place's."""
    said = _state_named(word)
    return said is not None and bool(own := _own_states(pack, place)) and said not in own


def _state_named(word: str) -> str | None:
    """The state a name or abbreviation names ("Minn.", "Minn", "Minnesota"), or None."""
    return _STATE_OF.get(word.strip()) or _STATE_OF.get(word.strip().rstrip(".") + ".") or \
        _STATE_OF.get(word.strip().rstrip("."))


def _own_states(pack: Pack, place: str) -> set[str]:
    """The states a place lies in, as the abbreviations' table names them: a pack's "Washington
    (state)" or "New York State" and their aliases are Washington and New York."""
    out = set()
    for a in (place, *pack.ancestors(place)):
        if pack.places[a].kind == "state":
            for name in (pack.places[a].name, *pack.places[a].aliases):
                name = re.sub(r"\s*\(state\)$|\s+[Ss]tate$", "", name or "")
                out.add(_STATE_OF.get(name, name))
    written = (pack.places[place].name or "").rpartition(",")[2].strip()
    if not out and written in _STATE_OF:
        out.add(_STATE_OF[written])     # "Philadelphia, Pennsylvania" with no state around it in the pack
    return out


def drop_namesakes(pack: Pack, text: str, hits: list[PlaceHit], publisher: str | None) -> list[PlaceHit]:
    """A city's name written with another state's name ("Austin, Minn.") names no place of the pack
    there; written so in the publisher's line ("Austin Daily Herald (Austin, Minn.)"), nowhere in
    the article ("two people in Austin"). A namesake in the text leaves the article's other mentions
    alone ("AUSTIN, Texas (AP)" ... "A smaller city, Austin, Minn., recorded two")."""
    everywhere = {h.ids for h in place_hits(pack, publisher) if _namesake(pack, publisher, h)} if publisher else set()
    return [PlaceHit(h.start, h.end, ()) if h.ids in everywhere or _namesake(pack, text, h) else h for h in hits]


def places_in(hits: list[PlaceHit], start: int, end: int) -> list[str]:
    """Place ids named in [start, end) of the text `hits` were read from; ambiguous names left out."""
    return [h.ids[0] for h in hits if start <= h.start and h.end <= end and len(h.ids) == 1]


# what joins the names of a list of places: "Houston, San Antonio and Austin", "both Auckland and Canterbury"
_LIST_JOIN = re.compile(r"\s*(?:,\s*(?:and\s+|&\s+)?|\s+and\s+|\s*&\s*)")


def place_runs(pack: Pack, hits: list[PlaceHit], text: str, start: int, end: int) -> list[tuple[int, int, list[str]]]:
    """Lists of two or more places named in text[start:end], each as (start, end, place ids):
    names joined only by commas, "and" or "&" ("Kildare, Tipperary and Meath"); a city or county
    followed by a comma and a state, province or country ("Calgary, Alberta") is one place."""
    named = [h for h in hits if start <= h.start and h.end <= end and len(h.ids) == 1]
    runs: list[tuple[int, int, list[str]]] = []
    run: list[PlaceHit] = []
    for hit in named + [None]:
        if hit is not None and run and _LIST_JOIN.fullmatch(text, run[-1].end, hit.start) and \
                hit.ids[0] in pack.ancestors(run[-1].ids[0]):
            run[-1] = PlaceHit(run[-1].start, hit.end, run[-1].ids)     # "Calgary, Alberta"
            continue
        if hit is not None and run and re.fullmatch(r"\s*,\s*", text[run[-1].end:hit.start]) and \
                pack.places[hit.ids[0]].kind in ("state", "province", "country") and \
                pack.places[run[-1].ids[0]].kind in ("city", "county"):
            # "Portland, Maine" when the pack's Portland is in Oregon: a place named with its state, never
            # two items; no item at all when the pack puts the place elsewhere
            run = [] if pack.ancestors(run[-1].ids[0]) else [*run[:-1], PlaceHit(run[-1].start, hit.end, run[-1].ids)]
            continue
        if hit is not None and run and _LIST_JOIN.fullmatch(text, run[-1].end, hit.start):
            run.append(hit)
            continue
        ids = list(dict.fromkeys(h.ids[0] for h in run))
        if len(ids) >= 2 and re.search(r"\band\b|&", text[run[-2].end:run[-1].start]):
            runs.append((run[0].start, run[-1].end, ids))
        run = [hit] if hit is not None else []
    return runs


def find_places(pack: Pack, text: str, start: int, end: int) -> list[str]:
    """Place ids named in text[start:end]; an ambiguous name ("Birmingham") and a namesake of
    another state ("Austin, Minn.") are left out."""
    return places_in([h for h in place_hits(pack, text, start, end) if not _namesake(pack, text, h)], start, end)


def most_specific(pack: Pack, place_ids: list[str], agencies: frozenset[str] = frozenset()) -> str | None:
    """The place among several that lies within the most others (a precinct over its city); of
    two as deep, not a state, province or country named only in an agency's name (`agencies`:
    "Statistics Canada reports that break-ins in Toronto dropped": Toronto, though the pack puts it
    within nothing; but "immigrants to Canada rose ..., with Toronto drawing the largest share": Canada)."""
    if not place_ids:
        return None
    return max(place_ids, key=lambda p: (len(pack.ancestors(p)), p not in agencies))


def dateline_place(pack: Pack, text: str, publisher: str | None = None) -> str | None:
    """The place of the dateline ("BIRMINGHAM, Ala. (WBRC) -"), if the pack knows it."""
    from auditor.draft.extract import DATELINE

    hit = DATELINE.search(text[:1500])
    if not hit:
        from auditor.draft.extract import DATELINE_BARE
        bare = DATELINE_BARE.search(text[:1500])
        if bare is None:
            return None
        # "CHICAGO (WGN) —": the city alone, when one place only is so named
        city = " ".join(w.capitalize() for w in bare.group("city").split())
        found = pack.find_places(city)
        if len(found) != 1:
            return None
        return _namesake_settled(pack, text, publisher, city, found[0].id) or found[0].id
    city = " ".join(w.capitalize() for w in hit.group("city").split())
    for name in (f"{city}, {hit.group('state')}", f"{city}, {hit.group('state').rstrip('.')}.",
                 f"{city}, {hit.group('state').rstrip('.')}"):
        found = pack.find_places(name)
        if len(found) == 1:
            return found[0].id
    found = pack.find_places(city)
    # "AUSTIN, Minn. (AP) -": not the pack's Austin, Texas
    return found[0].id if len(found) == 1 and not _another_state(pack, found[0].id, hit.group("state")) else None


def _namesake_settled(pack: Pack, text: str, publisher: str | None, name: str, own: str) -> str | None:
    """ "ROCHESTER — The Lilac City has seen ...": a bare dateline's city that shares its name with a
    namesake of another state ("Rochester, New Hampshire") is the one the article's other mentions
    settle on (by the state it names, or the publisher's), else None."""
    _, lookup = _cached("place-names", pack, _build_place_alternation)
    namesakes = lookup.get(_name_key(name), ((), (), False))[1]
    if not namesakes:
        return None
    candidates = {own, *namesakes}
    settled = {h.ids[0] for h in settle_places(pack, place_hits(pack, text), None, publisher, text)
               if len(h.ids) == 1 and h.ids[0] in candidates}
    return settled.pop() if len(settled) == 1 else None


def dateline_state(text: str) -> str | None:
    """The state a dateline names ("STILLWATER, Minn. —": Minnesota), whether or not the pack knows its city."""
    from auditor.draft.extract import DATELINE

    hit = DATELINE.search(text[:1500])
    return _state_named(hit.group("state")) if hit else None


def rate_of_count(pack: Pack, count_id: str) -> str | None:
    """The one metric of a rate's unit ("per 100,000") whose definition counts `count_id` before its
    "per" ("break-in rate": "burglaries recorded by police per 100,000 population"), for a rate
    figure that names the count ("811 burglary incidents per 100,000 people") where no rate of
    rules/rates.yaml ties the two."""
    return _cached("rates of counts", pack, _build_rates_of_counts).get(count_id)


def _build_rates_of_counts(pack: Pack) -> dict[str, str | None]:
    found: dict[str, list[str]] = {}
    for metric in pack.metrics.values():
        if rate_scale(metric.unit) is None or not metric.definition:
            continue
        counted = re.split(r"\s(?:per|for\s+every)\s", metric.definition, maxsplit=1)[0]
        count = _find_metric(pack, counted, 0, len(counted), 0)
        if count is not None and count.id != metric.id:
            found.setdefault(count.id, []).append(metric.id)
    return {count: rates[0] if len(rates) == 1 else None for count, rates in found.items()}


def rate_named(pack: Pack, text: str, start: int, end: int):
    """The pack's rate (rules/rates.yaml) whose rate metric is named in text[start:end], else
    the one whose count is, if only one is."""
    def named(metric_id: str) -> bool:
        metric = pack.metrics[metric_id]
        return any(re.search(rf"\b{_variants(n)}\b", text[start:end], re.IGNORECASE)
                   for n in {metric.id, metric.label, *metric.aliases})
    rates = list(pack.rates.values())
    by_rate = [r for r in rates if named(r.rate)]
    if len(by_rate) == 1:
        return by_rate[0]
    by_count = [r for r in rates if named(r.count)]
    return by_count[0] if len(by_count) == 1 else None


# Words of a metric's name that say nothing of what is counted ("calls for service").
_NAME_STOP = frozenset("for of the and a an in by to with from on at all".split())
# Bodies that name the kind of government a figure is about: a board of commissioners or
# supervisors governs a US county, a council and a mayor a city ("The Board of Commissioners
# passed the fiscal year 2024 budget": the county's budget).
_KIND_CUES = {"county": "county", "counties": "county", "commissioners": "county", "commission": "county",
              "supervisors": "county", "freeholders": "county", "sheriff": "county",
              "city": "city", "council": "city", "mayor": "city", "aldermen": "city", "municipal": "city"}


def _stem(word: str) -> str:
    word = word.lower()
    if word == "duii":
        return "dui"     # one word, as in names (_SAME_WORD)
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith("s") and not word.endswith("ss") and len(word) > 3:
        return word[:-1]
    return word


def _head_and_modifiers(name: str) -> tuple[str, frozenset[str]]:
    """The noun a metric's name counts and the words that narrow it: "fire department emergency
    calls" -> calls, {fire, department, emergency}; "calls for cardiac arrest" -> calls, {cardiac, arrest}."""
    words = [w for w in re.split(r"[\s_\-]+", name.strip().lower()) if w]
    if "for" in words[1:]:
        i = words.index("for")
        head, rest = words[i - 1], words[:i - 1] + words[i + 1:]
    elif (i := _post_modifier_at(words)) is not None:
        # "deaths per 100,000 population" -> deaths, "daily cost per inmate housed out of county" ->
        # cost (not the denominator after the noun)
        head, rest = words[i - 1], words[:i - 1] + words[i + 1:]
    else:
        head, rest = words[-1], words[:-1]
    return _stem(head), frozenset(_stem(w) for w in rest if w not in _NAME_STOP)


# a phrase after a name's noun that says per what ("per 100,000 people", "per inmate housed out of
# county"), not what is counted. (Not a parenthesis: "city property tax rate (mills)" and "homeless people
# (point-in-time count)" made "rate" and "people" stand for them, "the rate fell two-tenths" a millage.)
_POST_MODIFIERS = frozenset(("per",))


def _post_modifier_at(words: list[str]) -> int | None:
    """The index of the first word of a post-modifier after a name's noun ("per"), when
    the word before it is a noun (not a verb's form: "killed per 100,000 people" keeps its last word);
    else None."""
    for i in range(1, len(words)):
        if words[i] in _POST_MODIFIERS:
            noun = words[i - 1]
            if noun.endswith("ed") or noun in ("died", "lost", "killed", "dead") or not noun.isalpha():
                return None
            return i
    return None


class NounBeforeParticiple(NamedTuple):
    """A name "<words> <plural noun> <participle>" read for its noun: "traffic crashes investigated"
    -> crash, {traffic}, investigated."""

    head: str
    others: frozenset[str]      # the narrowing words but the participle
    participle: str


def _noun_before_participle(name: str) -> NounBeforeParticiple | None:
    """A name ending on a past participle after its plural noun ("traffic crashes investigated",
    "tickets issued", "warrants served"): that noun, which the things counted are called alone
    ("A total of 2,485 crashes were investigated", "Total tickets fell"), the words that narrow it
    and the participle; None for any other name, or one whose noun an "of" governs ("value of drugs
    seized", "reports of shots fired")."""
    words = [w for w in re.split(r"[\s_\-]+", name.strip().lower()) if w]
    if len(words) < 2 or "of" in words or "for" in words[1:] or not _PARTICIPLE.fullmatch(words[-1]) \
            or not _PLURAL.fullmatch(words[-2]):
        return None
    return NounBeforeParticiple(_stem(words[-2]), frozenset(_stem(w) for w in words[:-2] if w not in _NAME_STOP),
                                _stem(words[-1]))


# a past participle of record-keeping ending a name after its plural noun ("crashes investigated",
# "tickets issued", "warrants served", "calls dispatched"): the things exist as the records the body
# made, so the noun alone names them; not one of what befalls things that exist without it
# ("drivers killed", "homes sold", "teachers hired": "74 drivers", "the average home" are others)
# ("reported", "recorded", "received", "made", "taken" are left out: most clauses of attribution hold
# them, "Police received 320 reports", "the county recorded 41 deaths")
_PARTICIPLE = re.compile(r"investigated|issued|filed|logged|served|dispatched|handled|completed|"
                         r"conducted|attended|worked|reviewed|counted|cast|returned|mailed|answered|"
                         r"written|traveled|travelled")
_PLURAL = re.compile(r"[a-z]{2,}[^s]s")
# a name's last word that is a verb's form, not a noun ("drug overdoses were reported", "ATV riders
# killed"): it heads nothing a clause may call by it alone ("356 were reported", "three people were
# killed" count what the clause or the article names); a participle of record-keeping (`_PARTICIPLE`:
# "returned", "investigated") still heads, as it did, and after its plural noun is read for that noun
_VERB_FORM = re.compile(r"[a-z]{2,}[^e]ed|killed|shot|hit|struck|sold|taken|held|spent|cast|seen|stolen|written|made|set|"
                        r"lost|died|dead|paid|won|hurt")


# a name whose plural noun is qualified by "of" and singular words ("fire deaths of undetermined cause")
# or by "or more" ("highs of 100 degrees or more"), or whose noun a number bounds ("days a jail held 60
# or more inmates", "60 or more prisoners": days are counted, not inmates): its last word heads nothing counted
_BOUNDED = (r".*?\b(?:\d[\d,.]*\s+or\s+(?:more|fewer|less)|(?:more|fewer|less)\s+than\s+\d[\d,.]*"
            r"|at\s+least\s+\d[\d,.]*)\s+\w.*")
_QUALIFIED = re.compile(r".*\w\ws\s+of\s+(?:(?!\w+s\b)\w+\s*)+|.*\sor\s+more|" + _BOUNDED)


def _ends_on_a_place(name: str, head: str, place_nouns: frozenset[str]) -> bool:
    """Whether a name's head is the kind of a place it ends on after a preposition ("inmates housed out of
    county", "Coryell County inmates held in Johnson County"): where the count is, not what it counts, so
    "Ferry County ... 240 votes returned out of 563" names none of them."""
    words = [w for w in re.split(r"[\s_\-]+", name.strip().lower()) if w]
    return (len(words) >= 3 and words[-1] == head and head in place_nouns
            and any(w in _PLACE_PREPOSITIONS for w in words[-3:-1]))


_PLACE_PREPOSITIONS = frozenset("of in into out from within outside across".split())


def _build_heads(pack: Pack) -> dict[str, dict[str, frozenset[str]]]:
    """{generic noun: {metric id: the words of its names besides that noun}}, for nouns that head
    the names of two metrics or more ("budget", "calls"): a word that alone decides nothing. (A
    name's participle after its noun, "crashes investigated", is not among them: `_participles`.)"""
    heads: dict[str, dict[str, set[str]]] = {}
    bounded: dict[str, set[str]] = {}     # {noun: the metrics a name of which bounds it by a number}
    place_nouns = frozenset(p.kind.split()[-1] for p in pack.places.values())
    for metric in pack.metrics.values():
        for name in {metric.label, *metric.aliases}:
            if _QUALIFIED.fullmatch((name or "").lower()):
                # "fire deaths of undetermined cause" counts deaths, not causes; "days a jail held 60 or more
                # inmates" counts days, yet keeps "inmates" a word that alone decides nothing
                if re.fullmatch(_BOUNDED, name.lower()) and (said := _head_and_modifiers(name)) and len(said[0]) > 2:
                    bounded.setdefault(said[0], set()).add(metric.id)
                continue
            read = _noun_before_participle(name)
            for head, modifiers in filter(None, (_head_and_modifiers(name), read and (read.head, read.others))):
                if len(head) > 2 and not (_VERB_FORM.fullmatch(head) and not _PARTICIPLE.fullmatch(head)) \
                        and not _ends_on_a_place(name, head, place_nouns):
                    heads.setdefault(head, {}).setdefault(metric.id, set()).update(modifiers)
    return {h: {m: frozenset(w) for m, w in ms.items()} for h, ms in heads.items()
            if len(ms.keys() | bounded.get(h, set())) >= 2}


def _participles(pack: Pack) -> dict[tuple[str, str], tuple[NounBeforeParticiple, ...]]:
    """{(noun, metric id): the metric's names read as that noun before a participle}."""
    out: dict[tuple[str, str], list[NounBeforeParticiple]] = {}
    for metric in pack.metrics.values():
        for name in {metric.label, *metric.aliases}:
            read = _noun_before_participle(name or "")
            if read is not None and not _QUALIFIED.fullmatch((name or "").lower()):
                out.setdefault((read.head, metric.id), []).append(read)
    return {k: tuple(v) for k, v in out.items()}


def family_word(said: str) -> bool:
    """Whether a name as said is one of the words for whatever is counted ("crimes", "offences",
    "incidents"): a metric's name only when nothing narrower is said."""
    return said.strip().lower() in _EVENTS


_EVENTS = frozenset("crimes offences offenses incidents cases".split())


_WORDS = re.compile(r"[A-Za-z][A-Za-z'’]*")
# "418 such incidents", "those calls": the noun refers back, to the metric before
_ANAPHORIC = re.compile(r"\b(?:such|those|these|same|similar)\s+$", re.IGNORECASE)


def context_words(text: str) -> frozenset[str]:
    """The stemmed words of a text, with the kind of government its bodies name ("commissioners"
    adds "county")."""
    words = {_stem(w) for w in _WORDS.findall(text)}
    words |= {_KIND_CUES[w] for w in list(words) if w in _KIND_CUES}
    words |= {_KIND_CUES[w + "s"] for w in list(words) if w + "s" in _KIND_CUES}
    return frozenset(words)


@dataclass(frozen=True)
class GenericName:
    """A generic noun standing for a metric ("the budget", "101,963 calls") and the metric it
    was taken for, with what decided it."""

    word: str
    metric: str
    by: str          # "clause", "article" (headline and lede), "article-named"


# a time's own word that is also a name ("starts"): "at the start of 2014", "by the end of the year"
_TIME_HEAD = re.compile(r"(?i:starts?|ends?|beginnings?)")
_OF_A_TIME = re.compile(r"\s+of\s+(?:the\s+|this\s+|last\s+|that\s+)?(?:(?:19|20)\d\d\b|(?:year|month|week|quarter|season|decade|"
                        r"fiscal|school|january|february|march|april|may|june|july|august|september|october|november|"
                        r"december)\b)", re.IGNORECASE)


def time_head(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] heads a time, not a metric: "at the start of 2014" (not housing starts)."""
    return _TIME_HEAD.fullmatch(text, start, end) is not None and _OF_A_TIME.match(text, end) is not None


def generic_metric(pack: Pack, text: str, part: tuple[int, int], clause: tuple[int, int], anchor: int,
                   unit: str | None, context: frozenset[str], named,
                   previous: str | None = None) -> GenericName | None:
    """The metric a generic noun of the clause stands for ("The budget is $84.4 million": which
    budget), when the words around it decide among the metrics whose names it heads: the metric
    before in the paragraph if it is one of them; else the one whose narrowing words the clause
    holds (most of them, one metric only); else the one the headline and lede (`context`) name
    so; else the one the article names most by its full name (`named()`, read only then). None
    when undecided."""
    heads = _cached("heads", pack, _build_heads)
    best = None
    for span in (part, clause):
        for hit in _WORDS.finditer(text, span[0], span[1]):
            head = _stem(hit.group(0))
            if head in heads and not _ANAPHORIC.search(text, max(span[0], hit.start() - 12), hit.start()) \
                    and not text.startswith("-", hit.end()) \
                    and not time_head(text, hit.start(), hit.end()):   # "a drug-related overdose", "the start of 2014"
                d = abs(hit.start() - anchor)
                if best is None or d < best[0]:
                    best = (d, head, hit.start())
        if best is not None:
            break
    if best is None:
        return None
    word = best[1]
    money = {"dollars": "dollar", "usd": "dollar", "$": "dollar", "pounds": "pound", "euros": "euro"}.get(
        (unit or "").lower(), (unit or "").lower())
    candidates = {m: w for m, w in heads[word].items() if unit is None or unit == "percent"
                  or (pack.metrics[m].unit == money if money in _MEASURE_UNITS else pack.metrics[m].unit not in _MEASURE_UNITS)}
    if not re.search(r"\bother", text[clause[0]:clause[1]], re.IGNORECASE):
        # "101,963 calls" alone never means a remainder ("other fire department calls")
        candidates = {m: w for m, w in candidates.items()
                      if not re.match(r"other\b", (pack.metrics[m].label or m.replace("_", " ")).lower())} or candidates
    if not candidates:
        return None
    # the noun itself narrows nothing ("properties increased": not the revenue "from new property")
    own = context_words(text[clause[0]:clause[1]]) - {word}
    context = context - {word}
    # a participle of record-keeping after the noun narrows only with the name's other words said in
    # the clause or the headline and lede ("traffic crashes investigated"), not alone: "Officers
    # attended 14,000 incidents" are no "domestic violence incidents attended"
    reads = _cached("participles", pack, _participles)
    candidates = {m: w | {r.participle for r in reads.get((word, m), ()) if r.others <= own | context}
                  for m, w in candidates.items()}
    # (not when the words just before the noun narrow it to another: "the median price rose ...
    # The average price increased")
    said = frozenset(_stem(w) for w in _WORDS.findall(text, max(clause[0], best[2] - 30), best[2])[-3:])
    if previous in candidates and len(candidates[previous] & said) == max(len(w & said) for w in candidates.values()):
        return GenericName(word, previous, "previous")
    tied_article = None
    for words, by in ((own, "clause"), (context, "article")):
        scores = {m: len(w & words) for m, w in candidates.items()}
        if by == "article":
            # the headline and lede narrow to a name only if they say most of its words: "Deaths on Nevada
            # roads" says "road" of "alcohol- and drug-related road fatalities", a kind they never name
            scores = {m: s if s and _said_whole(pack.metrics[m], word, words, most=True) else 0
                      for m, s in scores.items()}
        top = max(scores.values())
        if top > 0 and sum(1 for s in scores.values() if s == top) == 1:
            return GenericName(word, max(scores, key=scores.get), by)
        if top > 0 and by == "clause":
            # "the average price rose": of the average prices (of homes, of houses, asking), the
            # one the headline and lede narrow to, never a median they name
            candidates = {m: w for m, w in candidates.items() if scores[m] == top}
        if top > 0 and by == "article":
            tied_article = [m for m, s in scores.items() if s == top]
            # "Highway deaths down" over a lede on "traffic ...": of traffic deaths, unbelted traffic
            # deaths and speed-related traffic deaths, the one a name of which the headline and lede
            # say whole (every narrowing word), when one only is
            # (the clause's own words with them: "the average price" in a story on home sales says
            # "average home price" whole)
            whole = [m for m in tied_article if _said_whole(pack.metrics[m], word, words | own)]
            if len(whole) == 1:
                return GenericName(word, whole[0], "article")
    named_counts = named()
    if tied_article:
        # "traffic" in the headline heads traffic deaths, unbelted traffic deaths, ...: the one of
        # them the article names most by its full name
        counts = {m: named_counts.get(m, 0) for m in tied_article}
        top = max(counts.values())
        if top > 0 and sum(1 for s in counts.values() if s == top) == 1 \
                and not _named_more_than(named_counts, candidates, top):
            return GenericName(word, max(counts, key=counts.get), "article")
    counts = {m: named_counts.get(m, 0) for m in candidates}
    top = max(counts.values())
    if top > 0 and sum(1 for s in counts.values() if s == top) == 1:
        return GenericName(word, max(counts, key=counts.get), "article-named")
    return None


def _named_more_than(named_counts: dict[str, int], candidates, top: int) -> bool:
    """Whether the article names one of the candidates more often than `top`: of two kinds the headline
    and lede name alike ("Motorcycle, Pedestrian Deaths Rise"), a bare "fatalities" is the whole the article
    names most ("traffic deaths"), not the kind it names once."""
    return any(named_counts.get(m, 0) > top for m in candidates)


def _plain(word: str) -> str:
    """A word stemmed, without its possessive ("Sheriff's" -> sheriff)."""
    return _stem(re.sub(r"['’]s\Z", "", word))


def plain_words(text: str) -> frozenset[str]:
    return frozenset(_plain(w) for w in _WORDS.findall(text))


def _build_narrower(pack: Pack) -> dict[str, set[tuple[str, str]]]:
    """{a name of a metric: {(word, other metric)}} for each other metric one of whose names is that
    word and then that name ("sheriff's calls for service" over "calls for service")."""
    names: dict[str, set[str]] = {}
    for metric in pack.metrics.values():
        for name in {metric.label, *metric.aliases}:
            if name:
                names.setdefault(" ".join(name.lower().split()), set()).add(metric.id)
    out: dict[str, set[tuple[str, str]]] = {}
    for name, owners in names.items():
        first, _, rest = name.partition(" ")
        body, _, after_body = rest.partition(" ")
        for short in (rest, after_body if body in _BODY_NOUNS else ""):
            # "school district mill levy" over "mill levy", as "sheriff's calls for service" over "calls for service"
            for other in names.get(short, set()) if short else ():
                out.setdefault(short, set()).update((_plain(first), m) for m in owners if m != other)
    return out


# the noun of a body after its kind's word in a name ("school district", "school board")
_BODY_NOUNS = frozenset("district districts board boards division".split())


def _build_longer(pack: Pack) -> dict[str, set[tuple[str, str]]]:
    """{a name of a metric: {(a longer name of another metric that is it and a rate's scale, that
    metric)}} ("recorded crime rate" -> "recorded crime rate per 10,000 population")."""
    names: dict[str, set[str]] = {}
    for metric in pack.metrics.values():
        for name in {metric.id, metric.label, *metric.aliases}:
            if name:
                names.setdefault(" ".join(re.split(r"[\s_\-]+", name.strip().lower())), set()).add(metric.id)
    out: dict[str, set[tuple[str, str]]] = {}
    for name, owners in names.items():
        words = name.split()
        for i in range(1, len(words)):
            if words[i] != "per":
                continue     # only a rate's scale: "turnout" is no shortening of "turnout from early voting"
            short = " ".join(words[:i])
            for other in names.get(short, ()):
                if not (short.endswith("rate") or (pack.metrics[other].unit or "").startswith("per")):
                    continue     # a count's name ("traffic deaths") is no rate's without its scale
                out.setdefault(short, set()).update((name, m) for m in owners if m != other)
    return out


def said_in_full_before(pack: Pack, text: str, match: Match) -> str | None:
    """ "a 6.9% increase in the recorded crime rate per 10,000 population ... the 8.1% reduction in
    recorded crime rate for the 04/05 year": a name of one metric that is another's without its scale
    ("per 10,000 population"), which the text said before, is that other's (the writer shortens the
    name said in full); one such only."""
    said = " ".join(re.split(r"[\s\-]+", text[match.start:match.end].strip().lower()))
    options = _cached("longer", pack, _build_longer).get(said)
    if not options:
        return None
    found = {m for full, m in options if m != match.id
             and re.search(rf"\b{_variants(full)}\b", text[:match.start], re.IGNORECASE)}
    return found.pop() if len(found) == 1 else None


# The word of a body any kind of service has ("fire department" and "police department"): it tells
# no metric's body from another's; and the police forces news names by their own names
_ANY_BODY = frozenset({"department", "office", "service", "bureau", "agency", "division"})
_BODY_OF = {"rcmp": "police", "garda": "police", "gardai": "police", "constabulary": "police"}


def narrowed_elsewhere(pack: Pack, metric_id: str, said: str, words: Callable[[], frozenset[str]],
                       sentence: Callable[[], frozenset[str]] = frozenset,
                       cues: Callable[[], frozenset[str]] | None = None) -> str | None:
    """ "Calls for service to the Warren County Sheriff's Office increased": a name of one metric
    ("calls for service", the fire department's) that another metric's name holds after one word
    ("sheriff's calls for service") is that other's where `words()` (read only when there is such a
    name: the figure's part's, the headline's and the lede's) hold that word and the first metric's label narrows the name by words `words` do not
    hold; one such only. ("1,000 shootings ..., police said": the label "shootings" narrows nothing; nor
    does a word every body has, "department": "the Middle Township Police Department ... calls for
    service" are police calls. The RCMP, the Garda, a constabulary are police. The label's words in the
    figure's whole sentence, `sentence()`, keep it too: "Its crews answered 2,900 calls for service ...,
    Fire Chief Tom Kent said" in a police story.)"""
    said = " ".join(said.lower().split())
    options = _cached("narrower", pack, _build_narrower).get(said)
    if not options:
        return None
    label = pack.metrics[metric_id].label or ""
    own = plain_words(label) - plain_words(said) - _NAME_STOP - _ANY_BODY
    if not own:
        return None
    words = words()
    if own & words or own & sentence():
        return None
    if cues is not None:
        # only the words that may narrow: of the headline and lede, those of a body ("Sheriff's Office"),
        # not a topic's ("No slowing of opioid epidemic" makes no "overdose deaths" opioid deaths)
        words = cues()
    words = words | {_BODY_OF[w] for w in words & _BODY_OF.keys()}
    found = {m for w, m in options if w in words and m != metric_id}
    return found.pop() if len(found) == 1 else None


# The kinds of owner a name of a budget, a levy or reserves begins with ("county mill levy", "school
# district mill levy", "city reserves"), and the words news copy names each by: "the district using 45.158
# mills" in a school board's story is the school district's levy, though "mills" is a county's alias
# ("district" alone names no school: a fire, park, water or congressional district is as often said)
_OWNER_KINDS = (("school district", "school"), ("school division", "school"), ("county", "county"),
                ("city", "city"), ("municipal", "city"))
_OWNER_CUES = {"school": frozenset("school superintendent trustee usd education".split()),
               "county": frozenset("county commissioner supervisor freeholder".split()),
               "city": frozenset("city council mayor alderman municipal municipality town township village borough "
                                 "selectman selectmen".split())}


def _owned_name(label: str) -> tuple[str, str] | None:
    """(the kind of owner, the words after the owner's) of a label beginning with a kind of owner."""
    low = " ".join(re.split(r"[\s_\-]+", label.strip().lower()))
    for owner, kind in _OWNER_KINDS:
        if low.startswith(owner + " "):
            return kind, low[len(owner) + 1:]
    return None


def _build_owned(pack: Pack) -> dict[str, tuple[str, dict[str, str]]]:
    """{metric id: (its kind of owner, {another kind of owner: the metric of the same name and unit so
    owned})}, for labels that differ by their owner only ("county mill levy", "school district mill levy")."""
    by_core: dict[tuple[str, str | None], dict[str, set[str]]] = {}
    for metric in pack.metrics.values():
        owned = _owned_name(metric.label or "")
        if owned is not None:
            by_core.setdefault((owned[1], metric.unit), {}).setdefault(owned[0], set()).add(metric.id)
    out: dict[str, tuple[str, dict[str, str]]] = {}
    for kinds in by_core.values():
        single = {kind: next(iter(ids)) for kind, ids in kinds.items() if len(ids) == 1}
        for kind, metric_id in single.items():
            others = {k: m for k, m in single.items() if k != kind}
            if others:
                out[metric_id] = (kind, others)
    return out


def owned_elsewhere(pack: Pack, metric_id: str, said: str,
                    scopes: tuple[Callable[[], frozenset[str]], ...]) -> str | None:
    """The metric of the same name another kind of owner has, when a name said without its owner
    ("mills" for a county's mill levy) stands where the words around it name that other owner and
    not the name's own: the first of `scopes` (plain words: the sentence's, the paragraph's, the
    headline's and lede's) that names an owner decides, if it names one only ("The budget includes
    funding the district using 45.158 mills": the school district's mill levy). None otherwise."""
    entry = _cached("owned", pack, _build_owned).get(metric_id)
    if entry is None:
        return None
    own, others = entry
    if plain_words(said) & _OWNER_CUES[own]:
        return None      # "the county mill levy": said with its owner
    for scope in scopes:
        words = scope()
        named = [kind for kind in (own, *sorted(others)) if words & _OWNER_CUES[kind]]
        if named:
            return others[named[0]] if named[0] != own and len(named) == 1 else None
    return None


def narrower_by_adjective(pack: Pack, metric_id: str, adjective: str) -> str | None:
    """The metric an adjective before the noun of one of `metric_id`'s names names, when it is
    another ("Troopers investigated 2,485 crashes. Of those, 41 were fatal": "fatal crashes"), or
    None. (The noun is a name's last word, or the noun before its participle: "crashes investigated".)"""
    metric = pack.metrics.get(metric_id)
    for name in {metric.label, *metric.aliases} if metric is not None else ():
        words = [w for w in re.split(r"[\s_\-]+", (name or "").strip().lower()) if w]
        if not words:
            continue
        noun = words[-2] if _noun_before_participle(name) is not None else words[-1]
        phrase = f"{adjective.lower()} {noun}"
        found = _find_metric(pack, phrase, 0, len(phrase), 0)
        if found is not None and found.start == 0 and found.end == len(phrase) and found.id != metric_id:
            return found.id
    return None


def _said_whole(metric, head: str, words: frozenset[str], most: bool = False) -> bool:
    """Whether one of a metric's names headed by `head` has each of its narrowing words in `words` (with
    `most`, at least half of them)."""
    for name in {metric.label, *metric.aliases}:
        if not name:
            continue
        read = _noun_before_participle(name)
        for own_head, modifiers in filter(None, (_head_and_modifiers(name),
                                                 read and (read.head, read.others | {read.participle}))):
            if own_head == head and modifiers and (2 * len(modifiers & words) >= len(modifiers) if most
                                                   else modifiers <= words):
                return True
    return False


def metrics_named(pack: Pack, text: str) -> dict[str, int]:
    """{metric id: how often the text names it by a name of the vocabulary}, longest names first
    (a name inside a longer one is not counted)."""
    taken: list[tuple[int, int]] = []
    counts: dict[str, int] = {}
    patterns = _metric_patterns(pack)
    blind = case_blind(text)
    for i in _tried(pack, text):
        pattern, metric_id, length, _, _ = patterns[i]
        if length == 0:
            continue
        for hit in pattern.finditer_in(blind, 0, len(text)):
            if any(hit.start() < e and s < hit.end() for s, e in taken):
                continue
            taken.append((hit.start(), hit.end()))
            counts[metric_id] = counts.get(metric_id, 0) + 1
    return counts


def counties_named_by_word(pack: Pack, text: str) -> list[str]:
    """The county or parish a paper's name or a title stands for by its name without "County"
    ("Barrow News-Journal": Barrow County; "... reported in San Diego": San Diego County), when one
    place only is so named. A word joined to the next by a hyphen is part of another name ("The San
    Diego Union-Tribune" names no Union County)."""
    by_word = _cached("county words", pack, _build_county_words)
    # every capitalised word of the text, and every two of them one space apart ("San Diego")
    said = set(_CAPITALISED.findall(text)) | set(_TWO_CAPITALISED.findall(text))
    found = {place_id for word in said if word in by_word for place_id in by_word[word]}
    return list(found) if len(found) == 1 else []


# A word of ASCII letters, capitalised, not joined to another by a hyphen; and two such words one
# white space apart, found at each start (overlapping)
_CAPITALISED = re.compile(r"(?<![\w-])[A-Z][A-Za-z]*(?![\w-])")
_TWO_CAPITALISED = re.compile(r"(?<![\w-])(?=([A-Z][A-Za-z]*\s[A-Z][A-Za-z]*)(?![\w-]))")


def _build_county_words(pack: Pack) -> dict[str, set[str]]:
    """{the word a county or parish is named by without "County" ("Barrow", "San Diego"): the places}."""
    out: dict[str, set[str]] = {}
    for place in pack.places.values():
        if place.kind not in ("county", "parish"):
            continue
        for name in {place.name, *place.aliases}:
            hit = re.fullmatch(r"(?P<word>[A-Z][A-Za-z]+(?:\s[A-Z][A-Za-z]+)?)\s+(?:County|Parish)(?:,.*)?", name.strip())
            if hit:
                out.setdefault(hit.group("word"), set()).add(place.id)
    return out


_NUMBER_WORD = (r"(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|"
                r"sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)\b")
_COUNTIES_SAID = LedPattern(re.compile(r"\b(?:county|counties|parish|parishes)\b", re.IGNORECASE))


def bare_county_hits(pack: Pack, text: str, hits: list[PlaceHit]) -> list[PlaceHit]:
    """Counties named by their bare name before their figure in an article about counties: "York 48
    (35)", "Newberry 10, Union seven", "Hampton with 7" for York, Union, Hampton County, when the
    article names counties of one state (the county is looked for in it) and says "county" or
    "counties". Not "New York" (a capitalised word before), "York County" (already a hit), "Union-Tribune".
    Also a county's bare name after "in" when the article names it in full ("in Portage" beside "Portage
    County"), not before a capitalised word ("in Portage Lakes") or another state ("in Butler, Pennsylvania")."""
    if not _COUNTIES_SAID.search(text):
        return []
    states = set()
    for hit in hits:
        if len(hit.ids) == 1 and pack.places[hit.ids[0]].kind in ("county", "parish"):
            states.update(a for a in pack.ancestors(hit.ids[0]) if pack.places[a].kind == "state")
    if len(states) != 1:
        return []
    state = states.pop()
    by_word = _cached("bare county words", pack, _build_bare_county_words).get(state, {})
    out = []
    full = {h.ids[0] for h in hits if len(h.ids) == 1}
    for word, ids in by_word.items():
        if len(ids) != 1 or word not in text:     # (every match holds the word: a text without it has none)
            continue
        for hit in _bare_county_pattern(word, ids <= full).finditer(text):
            before = text[max(0, hit.start() - 30):hit.start()]
            if re.search(r"[A-Z][\w'’.-]*\s+$", before):     # "New York 10", "Fort Jasper 3": a longer name
                continue
            if any(h.start < hit.end() and hit.start() < h.end for h in hits):
                continue
            after = _STATE_AFTER.match(text, hit.end())
            if after and _another_state(pack, next(iter(ids)), after.group(1)):
                continue    # "in Butler, Pennsylvania" in an Ohio story: not Butler County, Ohio
            out.append(PlaceHit(hit.start(), hit.end(), (next(iter(ids)),)))
    return out


def _build_bare_county_words(pack: Pack) -> dict[str, dict[str, frozenset[str]]]:
    """For `bare_county_hits`, built once a pack: {state id: {a county's or parish's name without
    "County" ("York", "San Diego"): the counties of that state so named}}."""
    out: dict[str, dict[str, set[str]]] = {}
    for place in pack.places.values():
        if place.kind not in ("county", "parish"):
            continue
        states = [a for a in pack.ancestors(place.id) if pack.places[a].kind == "state"]
        for name in {place.name, *place.aliases}:
            named = re.fullmatch(r"(?P<word>[A-Z][A-Za-z'’]+(?:\s[A-Z][A-Za-z'’]+)?)\s+(?:County|Parish)(?:,.*)?", name.strip())
            if named:
                for state in states:
                    out.setdefault(state, {}).setdefault(named.group("word"), set()).add(place.id)
    # read-only from here on: every call of `bare_county_hits` shares these sets
    return {state: {word: frozenset(ids) for word, ids in words.items()} for state, words in out.items()}


@lru_cache(maxsize=4096)
def _bare_county_pattern(word: str, after_in: bool) -> re.Pattern:
    """A county's bare name before its figure ("York 48", "Hampton with 7"), and with `after_in` also
    after "in" ("in Portage"), compiled once a name and `after_in` (a function of the two only: kept
    by them, not in `re`'s cache of 512, which the drafter overflows)."""
    # ... or "died in fatal crashes in Portage" after "Portage County": a county the article named in full
    also = r"|(?<=\bin\s)" + re.escape(word) + r"(?![\w'’-]|\s+[A-Z])" if after_in else ""
    return re.compile(r"(?<![A-Za-z'’-])(?:" + re.escape(word)
                      + r"(?=\s+(?:with\s+|had\s+)?(?:\d|" + _NUMBER_WORD + r"))" + also + ")")


_LOOSE_STOP = _NAME_STOP | frozenset("number total count rate people percent share".split())


def metric_by_words(pack: Pack, text: str, span: tuple[int, int], anchor: int, context: frozenset[str],
                    unit: str | None) -> str | None:
    """The metric a clause means when it says no name of the vocabulary: of the metrics (of a unit
    the figure fits) each word of a name of which the clause (text[span]) or the headline and lede
    (`context`) say, with a word of that name said in the clause, the one whose word stands nearest
    the figure ("the total number of confirmed cases decreased, from 2,260 to 1,880" in a story on
    the weekly influenza report: confirmed influenza, not the flu deaths the lede counts). None when
    none is so said or two are as near."""
    at: dict[str, int] = {}
    for hit in _WORDS.finditer(text, span[0], span[1]):
        word, d = _stem(hit.group(0)), abs(hit.start() - anchor)
        if d < at.get(word, 1 << 30):
            at[word] = d
    own = frozenset(at)
    found: dict[str, int] = {}
    for metric_id, metric_unit, names in _cached("name words", pack, _build_name_words):
        if unit is None and (metric_unit in ("percent", "dollar", "pound", "euro") or "per" in (metric_unit or "")):
            continue
        if unit == "percent" and metric_unit != "percent":
            continue
        for words in names:
            if words <= (own | context) and words & own:
                d = min(at[w] for w in words & own)
                found[metric_id] = min(found.get(metric_id, 1 << 30), d)
    if not found:
        return None
    near = min(found.values())
    best = [m for m, d in found.items() if d == near]
    return best[0] if len(best) == 1 else None


# a rate's name's scale and what follows it ("per 100,000 population"): the population, not what is counted
_PER_IN_NAME = re.compile(r"\b(?:per|for\s+every)\s+\S.*", re.IGNORECASE)


def rate_by_words(pack: Pack, text: str, span: tuple[int, int], context: frozenset[str], unit: str) -> str | None:
    """The rate metric a rate figure whose clause names no rate means ("217 individuals held in jail per
    100,000 population" in a story on jail populations): of the metrics per the figure's scale, the one of a
    name at least half of whose words (before its "per ...") the clause or the headline and lede say, one
    of them in the clause and one a word that narrows the name's head (its noun: "overdose" of "overdose
    death rate"; a death rate from heart disease says only "death"); the most words, one metric only.
    None when undecided."""
    scale = rate_scale(unit)
    own = context_words(text[span[0]:span[1]])
    scores: dict[str, int] = {}
    for metric_id, (own_scale, names) in _cached("rate words", pack, _build_rate_words).items():
        if scale is None or own_scale != scale:
            continue
        for words, narrowing in names:
            said = words & (own | context)
            if words & own and said & narrowing and 2 * len(said) >= len(words):
                scores[metric_id] = max(scores.get(metric_id, 0), len(said))
    if not scores:
        return None
    top = max(scores.values())
    best = [m for m, s in scores.items() if s == top]
    return best[0] if len(best) == 1 else None


def _build_rate_words(pack: Pack) -> dict[str, tuple]:
    """For `rate_by_words`: each rate metric's scale and its names, each as the stemmed words before its
    "per ..." or parenthesis (stop words and "rate" left out) and those of them that narrow its head, the
    last ("overdose" of "overdose death rate"); a one-word label narrows itself ("homicide rate"), a one-word
    alias nothing ("deaths per 100,000 population" names the overdose death rate only whole)."""
    out = {}
    for metric in pack.metrics.values():
        scale = rate_scale(metric.unit)
        if scale is None:
            continue
        names = {}
        for name in filter(None, (metric.label, *metric.aliases)):
            before = _PER_IN_NAME.sub("", re.sub(r"\(.*", "", name)).lower()
            stems = [_stem(w) for w in re.findall(r"[a-z0-9]+", before) if _stem(w) not in _LOOSE_STOP]
            if stems:
                narrowing = frozenset(stems[:-1]) - {stems[-1]} or (frozenset(stems) if name == metric.label
                                                                    else frozenset())
                names[frozenset(stems)] = names.get(frozenset(stems), frozenset()) | narrowing
        out[metric.id] = (scale, tuple(names.items()))
    return out


def _build_name_words(pack: Pack) -> tuple[tuple[str, str | None, tuple[frozenset[str], ...]], ...]:
    """For `metric_by_words`, built once a pack: each metric's id, unit and the stemmed words (of two or
    more, stop words left out) of each of its names."""
    out = []
    for metric in pack.metrics.values():
        names = set()
        for name in {metric.label, *metric.aliases}:
            if not name:
                continue
            words = frozenset(_stem(w) for w in re.split(r"[\s_\-]+", name.strip().lower()) if w) - _LOOSE_STOP
            if len(words) >= 2:
                names.add(words)
        out.append((metric.id, metric.unit, tuple(names)))
    return tuple(out)


# words a table's row label adds to a metric's name without narrowing it ("|DUI Related Fatalities",
# "|Total Calls"), and the words it says for a name's words ("|Speed Citations" for speeding citations,
# "|DUI ..." for impaired driving, "fatalities" for deaths)
_LABEL_FILLER = frozenset("related total number of the a an".split())
_LABEL_SAID_FOR = {"speed": ("speeding",), "fatality": ("death",), "dui": ("impaired", "driving"),
                   "dwi": ("impaired", "driving"), "collision": ("crash",), "seatbelt": ("seat", "belt"),
                   "enrollment": ("enrolment",)}


def _label_words(name: str) -> frozenset[str]:
    """A name's words as a row label may say them: stems, filler dropped, each said for its name's word."""
    out: set[str] = set()
    for word in re.findall(r"[a-z0-9]+", name.lower()):
        stem = _stem(word)
        if stem not in _LABEL_FILLER:
            out.update(_LABEL_SAID_FOR.get(stem, (stem,)))
    return frozenset(out)


def metric_of_label(pack: Pack, label: str) -> str | None:
    """The one metric a name of which has the words of a table's row label, in any order and however
    said ("Speed Citations": speeding_citations; "Child Restraint – Citations": child_restraint_citations);
    None when no metric or several have them, or the label is one word (a one-word label names only a
    metric by a name of its own)."""
    words = _label_words(label)
    if len(words) < 2:
        return None
    found = _cached("label words", pack, _build_label_words).get(words)
    return found if isinstance(found, str) else None


def _build_label_words(pack: Pack) -> dict[frozenset[str], str | None]:
    out: dict[frozenset[str], str | None] = {}
    for metric in pack.metrics.values():
        for name in {metric.id, metric.label or "", *metric.aliases}:
            words = _label_words(name)
            if len(words) >= 2:
                out[words] = metric.id if out.get(words, metric.id) == metric.id else None
    return out
