"""What a clause states about its metric: a value, a change, a comparison, a record or a share.

Figures come from the number reader (`auditor.text.quantities.find_quantities`); a figure
inside a time expression ("those two months"), or after "instead of" / "than" (the figure
compared with, not the one claimed), is not a claim. A figure with a direction ("down 24
percent", "dropped by 22 percent", "7000 fewer", "homicides are up ... 5.1%") is a change;
"half of those" a share of the claim before; "a record number" a record; "higher than the
year before that" a comparison.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass

from auditor.draft.periods import THAN_THEY_DID
from auditor.text.quantities import Quantity, find_quantities
from auditor.text.word_gate import WindowGatedPattern
from auditor.units import PER_TIME, per_time

_UP = (r"up|rose|risen|rising|increased?|increasing|jumped|climbed|grew|grown|grow|grows|growing|soared|spiked|surged|higher|more"
       r"|an\s+increase\s+of|a\s+rise\s+of|a\s+jump\s+of|a\s+gain\s+of"
       # "Tulsa did add 2,100 new jobs", "house prices gained an average of £16,241": a gain said by
       # its verb (not "lost": "we lost 182 people" is a count of deaths)
       r"|add|added|adding|adds|gained|gaining|gains"
       # "saw an upturn of 1%", "an annual price rise of 3.4%"
       r"|rise|rises|upturn|uptick|hike")
_DOWN = (r"down|fell|fallen|falling|dropped|dropping|decreased?|decreasing|declined?|declining|plunged|lower|fewer|less"
         r"|cut|reduced|a\s+drop\s+of|a\s+decrease\s+of|a\s+decline\s+of|a\s+reduction\s+of|downturn|downtick"
         # "Figures for the second week of school show a loss of 787 students"
         r"|a\s+(?:net\s+)?loss\s+of")
_DIRECTION_BEFORE = re.compile(rf"\b(?P<dir>{_UP}|{_DOWN})\b(?:[\s,]+\w+(?:['’]s)?){{0,6}}?\s*[,]?\s*(?:by\s+|at\s+a\s+rate\s+of\s+|about\s+)?$",
                               re.IGNORECASE)
_DIRECTION_AFTER = re.compile(rf"^\s*(?:\w+\s+){{0,2}}?(?P<dir>more|fewer|less|higher|lower|above|below|additional)\b", re.IGNORECASE)
# "a 19-percent decline", "a 25 percent reduction", "18-percent fewer": the direction is a noun after the figure
_DIRECTION_NOUN = re.compile(r"^(?:-?\s*(?:percent|per[\s-]*cent)|%)?"
                             # "a 4.5 per cent (812 students) increase", "(812 students) increase": the other
                             # measure in parentheses between, or the figure itself inside them
                             r"(?:\s*\((?:[^()\d]{0,5}\d[\d,.]*(?:\s+[a-z][\w'’-]*){0,2}|[^()]{1,30}%)\)|(?:\s+[a-z][\w'’-]*){0,2}\))?"
                             # "a 7% annual increase", "a 5% enrollment decline", "a 16-count increase", "a
                             # 242-student gain": up to two words of what rose between (not "of", "in", ...)
                             r"(?:[\s-]+(?!(?:of|in|on|at|to|from|than|and|or|the|a|an|for|with|by|per)\b)[a-z][\w’'-]*?){0,2}?"
                             r"[\s-]+(?P<dir>increase|rise|jump|gain|spike|surge"
                             # "a two-per-cent bump", "a 3% hike", "a 1% uptick"
                             r"|bump|hike|uptick|upturn|boost"
                             # "a 2.4 percent slide", "a 5% growth"
                             r"|growth|climb"
                             r"|decline|decrease|drop|reduction|fall|dip|downturn|slide|slump|plunge|fewer|more)s?\b", re.IGNORECASE)
# "a marked drop of 19%", "an overall job loss of 100": a change named by a noun, its size after "of"
_NOUN_OF_BEFORE = re.compile(r"\b(?:a|an)\s+(?:[a-z][\w-]*\s+){0,2}?(?P<dir>increase|rise|jump|gain|hike|boost|growth"
                             r"|decline|decrease|drop|reduction|loss|dip|cut|fall|slide)\s+of\s+(?:about\s+|nearly\s+|roughly\s+|almost\s+"
                             r"|more\s+than\s+|over\s+|some\s+)?$", re.IGNORECASE)
# "a 13.2% reduction", "an almost 5 percent drop": the article before a figure whose change noun follows it
_OWN_NOUN_BEFORE = re.compile(r"\b(?:a|an)\s+(?:(?:about|nearly|almost|roughly|some|estimated|further|additional)\s+)?$",
                              re.IGNORECASE)
_LENGTH_AFTER = re.compile(r"^[\s-]*(?:feet|foot|ft|meters?|metres?|yards?|inches|miles|stories|storeys|floors)\b", re.IGNORECASE)
_HYPHEN_PERCENT = re.compile(r"^-(?:percent|per-cent)\b", re.IGNORECASE)
# "with 88", "when there were 59 deaths", "the total stays at 56": the level, not a change
_LEVEL_BEFORE = WindowGatedPattern(re.compile(r"\b(?:with|there\s+were|there\s+was|stays\s+at|stood\s+at|stand\s+at|totall?ed|reaching"
                                              # "Oklahoma City is lower at 4.6%": the level, compared with the one before
                                              r"|(?:lower|higher|better|worse)\s+at)\s+$",
                                              re.IGNORECASE),
                                   ("with", "there", "stays", "stood", "stand", "total", "reaching", "lower", "higher", "better", "worse"))
_MORE_RIGHT_AFTER = re.compile(r"\s*(?:more|fewer|less|additional)\b", re.IGNORECASE)
# "and 25 above the average", "and 12 fewer than in 2021": a difference, no second level moved from
_ABOVE_AFTER = re.compile(r"\s*(?:above|below|over|under|higher|lower|than)\b", re.IGNORECASE)
_AS_MANY = re.compile(r"^\s+(?:the\s+(?:number|amount|total)\s+of|as\s+many|as\s+much)\b", re.IGNORECASE)
_NOT_CLAIMED = re.compile(r"(?:instead\s+of|rather\s+than|\b(?:one|some|many|most|all|each|any|none|two|three|four|five)"
                          r"\s+of\s+the)\s+$", re.IGNORECASE)
# A figure after "up from", "than", "compared with" is the figure of the period compared with:
# a value of its own, for the time named after it ("up from 171 homicides in 2022").
_MOVED_FROM = re.compile(r"\b(?:up|down|falling|fell|dropped|dropping|rising|rose|climbing|climbed|declining|declined"
                         r"|increasing|increased|decreasing|decreased)"
                         # "down slightly from the 65% of cases", "down from the revised 15.9 percent"
                         r"(?:\s+[a-z]+ly)?"
                         # "fell to 3.9 percent in July from 4.0 percent in June"
                         r"(?:\s+to\s+[^,;:]{1,40}?)?\s+from\s+(?:the\s+(?:revised\s+|previous\s+|prior\s+)?)?$",
                         re.IGNORECASE)
# "up from revised totals of 1,008", "less than the blended count of 4,382", "from a total of 300": the figure compared
# with, named as a total or count
_TOTAL_OF = (r"(?:(?:the|a)\s+)?(?:(?:revised|previous|prior|preliminary|final|official|blended|adjusted|combined)\s+)?"
             r"(?:totals?|counts?|tally|tallies)\s+of\s+")
_BASE_FIGURE = WindowGatedPattern(re.compile(rf"(?:than|from|compared\s+(?:with|to)|versus|vs\.?)\s+(?:{_TOTAL_OF})?(?:about\s+|nearly\s+|roughly\s+)?$",
                                             re.IGNORECASE),
                                  ("than", "from", "compared", "versus", "vs"))
# "down from 48 last year and 99 in 2019": the second level moved from, its "from" left out
_SECOND_BASE = WindowGatedPattern(re.compile(rf"\b(?:{_UP}|{_DOWN})\s+from\s+(?:the\s+)?(?:{_TOTAL_OF})?(?!(?:19|20)\d\d\b)[\d$£€][\d,.]*%?(?:\s+(?!and\b)[\w'’-]+){{0,4}}\s+and\s+"
                                             r"(?:about\s+|nearly\s+|roughly\s+)?$", re.IGNORECASE),
                                  ("from",))
# "two fewer than the 84 counted in 2021", "a 1.1% decrease from the $110.2 million", "three fewer
# than the previous record low of 22": after a change's words, "the" may open the figure compared
# with ("weapons from the more than 1500 guns" is no comparison)
_BASE_FIGURE_THE = WindowGatedPattern(re.compile(rf"\b(?:{_UP}|{_DOWN}|increase|decrease|decline|drop|hike|gain|jump|rise|fall)\b"
                                                 r"[^.;]{0,40}?\b(?:than|from|compared\s+(?:with|to))\s+the\s+"
                                                 r"(?:(?:previous|prior|last|revised)\s+)?(?:(?:record\s+(?:high|low)|high|low|total)\s+of\s+)?"
                                                 r"(?:about\s+|nearly\s+|roughly\s+)?$", re.IGNORECASE),
                                      ("than", "from", "compared"))
# "a 49.5% increase over 2005 when 307 cases were made", "up 13 percent from 2009, which had 284
# burglaries": the year compared with, then its figure in a clause of its own (not a change the
# clause says: "from 2021, when the city added 30 officers", "2022, which had 40 fewer officers")
# "a 27.5 percent decrease from the previous year's total of 269", "about 13% lower than 2018's total of 564", "an
# increase of four deaths over the 28 fatalities", "down on last year's 4,545,337": after a change's words, a
# figure compared with that an owner's name or "the" opens, with no figure of its own between
_BASE_FIGURE_OWNED = re.compile(rf"\b(?:{_UP}|{_DOWN}|increase|decrease|decline|drop|hike|gain|jump|rise|fall)\b"
                                r"[^.;\d]{0,40}?\b(?:than|from|over|on|compared\s+(?:with|to)|versus)\s+"
                                r"(?:the\s+(?:(?:previous|prior|last|same|revised)\s+)?(?:[\w-]+['’]s?\s+)?|"
                                r"(?:(?:previous|prior|last|the\s+same)\s+)?[\w-]+['’]s?\s+)"
                                r"(?:(?:reported|recorded|revised|record|total|tally|count)\s+(?:of\s+)?){0,2}"
                                r"(?:about\s+|nearly\s+|roughly\s+)?$", re.IGNORECASE)
# what `_BASE_FIGURE_OWNED` needs in its last ten words, tested first (its search is slow): "than", "from", "over",
# "on", "versus" or "compared", then "the" or an owner's apostrophe after it
_OWNED_KEYS = ("than", "from", "over", "on", "versus", "compared")


def _may_be_owned(tail: str) -> bool:
    """Whether `tail` may end as `_BASE_FIGURE_OWNED` needs (a cheap test; the regex decides)."""
    if not tail[-1:].isspace():
        return False
    words = tail.lower().split()[-10:]
    for i, word in enumerate(words):
        if word.endswith(_OWNED_KEYS) and any(w == "the" or "'" in w or "’" in w for w in words[i + 1:]):
            return True
    return False


_SPAN_AFTER = re.compile(r"\s*(?:-\s*)?(?:months?|years?|weeks?|days?|decades?|hours?)\b", re.IGNORECASE)
BASE_YEAR_WHEN = WindowGatedPattern(re.compile(r"\b(?:than|from|over|compared\s+(?:with|to)|versus|vs\.?)\s+(?:in\s+)?(?:19|20)\d\d,?\s+"
                                                rf"(?:when|which\s+(?:had|saw|recorded|counted))\s+(?:(?!\b(?:{_UP}|{_DOWN}|hired|lost)\b)"
                                                r"[^.;:!?]){0,40}?$", re.IGNORECASE),
                                    ("when", "which"))
_TO_LEVEL = re.compile(rf"\b(?:{_UP}|{_DOWN})\b[\s,]+(?:\w+\s+){{0,2}}?to\s+$"
                       # "fell 37 per cent to 40", "were up 21 per cent to 7,409", "jumped slightly this year
                       # to 19", "cut the number of high schools to 13": the change's own figure or words between
                       rf"|\b(?:{_UP}|{_DOWN})\b\s+(?:by\s+)?(?:about\s+|nearly\s+|almost\s+|some\s+)?\d[\d,.]*\s*(?:%|percent\b|per\s*cent\b)"
                       r"\s+(?:\w+\s+){0,2}?to\s+$"
                       rf"|\b(?:{_UP}|{_DOWN})\b\s+(?![\d$£€])(?:[\w'’]+\s+){{3,5}}?to\s+$"
                       # "increased from 33 in 2019 to 37 in 2020": the second level
                       # ("down from 22,714 in 2017 to 21,631": a figure's own comma or point)
                       rf"|\b(?:{_UP}|{_DOWN})\s+from\s+(?:[^,.;]|(?<=\d)[,.](?=\d)){{1,40}}?\s+to\s+$"
                       # "fell in Clay County from seven to three", "dropped in Caroline, from seven to three"
                       rf"|\b(?:{_UP}|{_DOWN})(?:\s+[\w'’-]+){{1,5}}?,?\s+from\s+(?:[^,.;()]|(?<=\d)[,.](?=\d)){{1,40}}?\s+to\s+$",
                       re.IGNORECASE)


def _reaches_level(tail: str) -> bool:
    """Whether `tail` ends with a change's "to" before the level reached ("fell 37 per cent to "): every
    `_TO_LEVEL` reading ends with "to", so its (slow) search runs only after that literal test."""
    return tail[-1:].isspace() and tail.rstrip()[-2:].lower() == "to" and _TO_LEVEL.search(tail) is not None


# A count, then its share: "232 were for fire, or 2.2 percent", "832 were false alarms (23 percent)"
_SHARE_AFTER_COUNT = re.compile(r"(?<![\d.])\d[\d,]*(?!\s*(?:%|percent|per\s*cent))(?:\s+[^\W\d][\w'’-]*){0,6}"
                                r"(?:,\s+or|\s+\(|,\s+or\s+about|,\s+or\s+nearly|,\s+or\s+roughly|,\s+or\s+close\s+to"
                                r"|,\s+or\s+almost|,\s+or\s+just\s+(?:over|under))\s*$"
                                # "192 calls or 18.96 per cent", "(316 or 31.9 per cent)": "or" without a comma
                                # after a count with its noun, or opening parentheses (not "3 or 4 percent")
                                r"|(?<![\d.])\d[\d,]*(?:\s+[^\W\d][\w'’-]*){1,6}\s+or\s+(?:about\s+|nearly\s+|roughly\s+|almost\s+)?$"
                                r"|\(\s*\d[\d,]*\s+or\s+$", re.IGNORECASE)
_SHARE = re.compile(r"^\s*(?:of|of\s+(?:those|these|the|them|all))\b", re.IGNORECASE)
# A change told again in the other measure: "an increase of 133, or 30 per cent", "went up by 990 new students
# (3.7 per cent)", "rose 12 percent, or 340 deaths", "increased from 95 in 2021 to 98 in 2022 — or by 3 percent":
# the second figure is the same change (its direction the first's), not a share of a whole nor a level
_RESTATED_TAIL = re.compile(r"(?:(?:,|\s[—–-])\s*or\s+|\s*\(\s*(?P<or>or\s+)?)(?:by\s+)?(?:about\s+|nearly\s+|roughly\s+"
                            r"|almost\s+|close\s+to\s+|just\s+(?:over|under)\s+)?$", re.IGNORECASE)
# the words `_RESTATED_TAIL` may end with ("(", "or", "by", "about", ..., "close to", "just over")
_RESTATED_ENDS = ("(", "or", "by", "about", "nearly", "roughly", "almost", "to", "over", "under")
_CHANGE_FIGURE = r"\$?\d[\d,.]*(?P<pct>\s*(?:%|percent\b|per[\s-]*cent\b))?(?:\s+(?:million|billion))?"
_CHANGE_NOUNS = r"(?:\s+(?!(?:in|to|from|than|of|on|at|for|and|or)\b)[a-z][\w'’-]*){0,3}"
_UP_NOUNS = frozenset("increase rise jump gain hike boost growth uptick upturn spike surge".split())
_CHANGE_BEFORE_RESTATED = re.compile(
    # "went up in RVS by 990 new students", "fell by 20", "rose 12 percent" (not "rose to 120", "more than 300")
    rf"\b(?P<dir>{_UP}|{_DOWN})\b(?!\s+than\b)(?:\s+(?!(?:to|from|at|than)\b)[\w'’]+){{0,4}}?\s+(?:by\s+)?"
    rf"(?:about\s+|nearly\s+|roughly\s+|almost\s+|more\s+than\s+)?{_CHANGE_FIGURE}{_CHANGE_NOUNS}$"
    # "an increase of 707 students", "a decrease of 16 incidents"
    rf"|\b(?:a|an)\s+(?:[a-z][\w-]*\s+){{0,2}}?(?P<noun>increase|rise|jump|gain|hike|boost|growth|decline|decrease|drop"
    rf"|reduction|loss|dip|cut|fall)\s+of\s+(?:about\s+|nearly\s+|roughly\s+|almost\s+|more\s+than\s+)?"
    rf"{_CHANGE_FIGURE.replace('pct', 'pct2')}{_CHANGE_NOUNS}$"
    # "a 3.2 per cent increase", "4.7 per cent increase": the change's figure before its noun
    rf"|(?<![\d.,])\d[\d,.]*(?P<pct3>\s*(?:%|percent\b|per[\s-]*cent\b))?[\s-]+(?:[a-z][\w-]*\s+){{0,2}}?"
    rf"(?P<noun2>increase|rise|jump|gain|hike|boost|growth|decline|decrease|drop|reduction|loss|dip|cut|fall)s?$"
    # "increased from 95 in 2021 to 98 in 2022", "dropped from 55 to 36"
    rf"|\b(?P<pair>{_UP}|{_DOWN})\s+from\s+[^.;!?()]{{1,60}}?\s+to\s+\$?\d[\d,.]*{_CHANGE_NOUNS}(?:\s+in\s+\d{{4}})?$",
    re.IGNORECASE)
# a count alone in its parentheses, with its nouns: "(577 students)" (not "(10 to 12)", "(208 crimes in total)")
_CLOSED_AFTER = re.compile(_CHANGE_NOUNS + r"\s*\)")
# ... right after the change's percentage or its noun ("a 3.2 per cent increase (577 students)", "by 7.8 per cent (134
# students)"; not "up 69% over last year (118)")
_PARENTHESES_RIGHT_AFTER = re.compile(r"(?:%|\bper[\s-]*cent|\bpercent|\b(?:increase|rise|jump|gain|hike|boost|growth|decline"
                                      r"|decrease|drop|reduction|loss|dip|cut|fall)s?)\s*$", re.IGNORECASE)


def in_own_parentheses(text: str, q: Quantity | None) -> bool:
    """Whether a count stands alone with its nouns in parentheses: "(577 students)" (not "(3.7 per cent)")."""
    return q is not None and q.unit != "percent" and text[q.start - 1:q.start] == "(" \
        and _CLOSED_AFTER.match(text, q.end) is not None


_PERCENT_OF_AFTER = re.compile(r"^\s+of\b", re.IGNORECASE)
RESTATED_NOUNS = re.compile(_CHANGE_NOUNS)     # the words of what the change told again counts: "or 340 deaths"
# A percentage of a whole that is of a kind: "About 55 percent of the illegal drug overdoses were from
# heroin", "Of the drug-related deaths in 2015, 28 percent were from opioids": a share, not a level
_PERCENT_OF_WERE = re.compile(r"^\s+of\s+(?:all\s+|the\s+|those\s+|these\s+)[^.;:,]{1,80}?\s(?:were|was)\b", re.IGNORECASE)
_OF_THE_OPENING = re.compile(r"^\W*(?:(?:But|And)\s+)?of\s+(?:all|the|those|these)\s+[^,;]{1,80},\s+$", re.IGNORECASE)
_WERE_AFTER = re.compile(r"^\s+(?:were|was)\s+(?:from|related\s+to|caused\s+by|due\s+to|attributed\s+to|linked\s+to"
                         r"|for|in)\b", re.IGNORECASE)
_FRACTIONS = {"half", "a half", "one half", "a third", "one third", "a quarter", "one quarter", "two thirds",
              "three quarters", "a fifth", "one fifth"}
# A record over a span of years: "the highest in 28 years", "highest level in decades", "the
# lowest number in more than a decade", "a 28-year high", "a three-year low" (its figure counts years,
# and is no claim of its own)
_YEAR_WORDS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
               "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50}
_SPAN_OF_YEARS = r"(?:\d{1,3}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty)"
_OVER_YEARS = (r"\b(?:the\s+|its\s+|their\s+)?(?P<most4>highest|lowest|most|fewest|worst|deadliest|largest|smallest|biggest)"
               # "the deadliest year on Portland roads in more than two decades", "highest number of
               # homicides per year, in over two decades"
               r"(?:\s+(?:level|levels|number|total|count|rate|mark)|(?:\s+(?!in\b)[\w’'-]+){1,6}?)?,?"
               # "the highest count in the city in more than a decade": the place between
               r"(?:\s+in\s+(?:the|this|that)\s+(?:city|county|state|country|nation|province|region|district|area|town))?"
               # "the highest number recorded in the past decade", "the most in the last five years",
               # "their lowest level in their last 30 years"
               rf"\s+in\s+(?:(?:the|their|its)\s+(?:past|last|previous)\s+)?(?:(?:more\s+than|over|nearly|almost|at\s+least)\s+)?(?:(?P<years>{_SPAN_OF_YEARS})\s+years"
               rf"|(?P<tens>{_SPAN_OF_YEARS})\s+decades|(?:a\s+)?(?P<decades>decades?|generation))\b|"
               rf"\b(?:a|an)\s+(?:new\s+)?(?P<years2>{_SPAN_OF_YEARS})[\s-]+years?[\s-]+(?P<level4>high|low)\b")
_OVER_YEARS_RE = WindowGatedPattern(re.compile(_OVER_YEARS, re.IGNORECASE),
                                    ("year", "decade", "generation"))


# superlatives that state a record with "ever", "on record", "since ...", "in N years": the high
# ones and the low ones ("the deadliest year on record", "its lowest rate since April 2000")
_MOST_HIGH = r"most|highest|largest|biggest|greatest|worst|deadliest|busiest|hottest|warmest"
_MOST_LOW = r"fewest|lowest|smallest|least|coldest"
_RECORD = WindowGatedPattern(re.compile(r"\b(?:a\s+)?(?:(?:new|modern|all-time|single-year|previous)\s+)*record(?:[\s-]+(?P<level>high|low)s?)?(?:\s+number|\s+total|\s+amount)?\b|"
                                        # "reached a high of 193", "sets new low", "hit an all-time high", "reached all-time highs"
                                        r"\b(?:a|an)\s+(?:new\s+|all-time\s+)?(?P<level2>high|low)\s+of\b|\b(?:new|all-time)\s+(?P<level3>high|low)s?\b|"
                                        # "the hottest month ever recorded", "the highest we've ever recorded", "the worst year for
                                        # fatal fires on record", "the lowest annual total in recorded history", "the lowest number of
                                        # fire fatalities in recorded city history"
                                        rf"\b(?:the\s+|its\s+|their\s+)?(?P<most>{_MOST_HIGH}|{_MOST_LOW})\s+(?:[\w'’-]+\s+){{0,4}}?(?:ever|on\s+record"
                                        r"|in\s+(?:the\s+|its\s+|their\s+)?(?:recorded\s+)?(?:(?:city|county|state|department|agency|modern|recorded)\s+)?"
                                        r"history)\b|"
                                        rf"\b(?:the|its|their)\s+(?P<most2>{_MOST_HIGH}|{_MOST_LOW})\s+(?:[\w-]+\s+){{0,6}}?since\b|"
                                        # "fewer murders than any year since 1965"
                                        r"\b(?P<most3>more|fewer|higher|lower|less)\s+(?:[\w-]+\s+){0,3}?than\s+(?:in\s+)?(?:any|every)\s+"
                                        r"(?:other\s+)?year\s+since\b|"
                                        # "the highest in 28 years", "highest level in decades", "a 28-year high", "a three year high"
                                        rf"{_OVER_YEARS}", re.IGNORECASE),
                             ("record", "high", "low", "ever", "history", "since", "year", "decade", "generation"))
_WINDOW = re.compile(r"\bsince\b[^.;]{0,60}?\b(?P<year>1[89]\d\d|20\d\d)\b", re.IGNORECASE)
_EARLIER_YEARS = (r"(?:each\s+of\s+|any\s+of\s+|both\s+of\s+)?(?:the|its|their)\s+(?:(?:two|three|four|five|several|\d+)\s+)?"
                  r"(?:previous|prior|past|last|preceding)\s+(?:(?:two|three|four|five|several|\d+)\s+)?years\b")
_EARLIER_YEARS_AFTER = re.compile(r"\s+(?:previous|prior|preceding)\s+years\b", re.IGNORECASE)
# ("data for just more than the first half of the year", "for more than a decade": a duration)
_COMPARED = re.compile(r"(?<!\bfor\s)(?<!\bfor\sjust\s)(?<!\bfor\sslightly\s)"
                       r"\b(?P<rel>higher|lower|more|fewer|less|greater|the\s+same\s+as|about\s+the\s+same\s+as)\s+than\b"
                       # "dropped by more than a third": the size of a change, not a comparison
                       r"(?!\s+(?:a|one|two|half)\s+(?:third|quarter|half|fifth)s?\b|\s+(?:half|double|twice)\b|\s+\d"
                       # "less than any of our surrounding cities", "higher than other counties": other places,
                       # which a comparison (always with another period) does not hold
                       r"|\s+(?:(?:any|all|most|many|every|some)\s+(?:of\s+)?)?(?:(?:the|our|its|their)\s+)?"
                       r"(?:(?:other|surrounding|neighbou?ring|nearby|peer|comparable|similar|larger|smaller)\s+)*"
                       r"(?:cities|counties|towns|provinces|countries|districts|municipalities|communities|jurisdictions|states"
                       r"|nations)\b(?!['’])"
                       r"|\s+(?:any\s+|every\s+)?other\s+(?:city|county|town|province|country|district|state|nation|municipality"
                       r"|community|jurisdiction)\b"
                       r"|\s+the\s+(?:state|national|provincial|statewide|nationwide)\s+(?:average|rate|median)\b)|"
                       # "more fire deaths this year than in 2017": words between, a period after "than"
                       # ("fewer traffic stops overall compared to last year")
                       r"\b(?P<rel3>more|fewer|higher|lower|less|greater)\s+(?!than\b)(?:[\w'’-]+\s+){1,9}?"
                       r"(?:than|compared\s+(?:to|with))\s+"
                       # ("reported fewer DUI arrests over the weekend than they did during the same time last year")
                       rf"(?=(?:{THAN_THEY_DID}\s+)?"
                       r"(?:in\s+|during\s+|at\s+this\s+time\s+|by\s+this\s+time\s+)?(?:last\s+(?:year|month|week)|the\s+(?:previous|prior|same)\b"
                       # ("compared to the year before")
                       # (not "the year before last", "the week before Christmas", "the month prior to the storm")
                       r"|the\s+(?:year|month|week)\s+(?:before|prior|earlier)\b(?!\s+(?:last|to|the|that|this|its|christmas"
                       r"|thanksgiving|easter|new\s+year|[\w'’-]+\s+day)\b)"
                       r"|(?:19|20)\d\d\b|a\s+year\s+(?:ago|earlier|before)|any\s+other"
                       # "than in the two previous years", "than in each of the past three years"
                       rf"|{_EARLIER_YEARS}))|"
                       # "has already exceeded the number of victims seen in each of the past two years", "is on
                       # track to surpass the number of fire deaths recorded last year": a count passing another's
                       r"\b(?P<passed>(?:(?:has|have|had)\s+(?:already\s+)?|already\s+)(?:exceeded|surpassed|outpaced|topped|eclipsed)"
                       r"|(?P<not>not\s+)?on\s+(?:track|pace)\s+to\s+(?:exceed|surpass|outpace|top|eclipse|pass))\s+"
                       r"(?!(?:the\s+|its\s+|their\s+|a\s+)?(?:(?:past|previous|prior|old|all-time|single-year|annual)\s+)*records?\b)"
                       r"(?:[\w'’-]+\s+){0,8}?(?:in\s+|during\s+|for\s+)?"
                       rf"(?:last\s+(?:year|month|week)|(?:19|20)\d\d\b|a\s+year\s+(?:ago|earlier|before)|{_EARLIER_YEARS})|"
                       r"\b(?P<rel2>the\s+same\s+as|about\s+the\s+same\s+as|on\s+par\s+with)\b|"
                       r"\b(?P<tie>the\s+same\s+number\s+of)\b|"
                       # "Alamance County surpassed last year's total", "it exceeded 2016's total fatal collisions":
                       # a past tense passing an earlier period's own total
                       r"\b(?P<passed2>exceeded|surpassed|outpaced|topped|eclipsed|passed)(?=\s+(?:last\s+year|the\s+(?:previous|prior)\s+year"
                       r"|(?:19|20)\d\d)['’]s\s+(?:[\w-]+\s+){0,2}?(?:total|number|count|tally|figure)s?\b)", re.IGNORECASE)
# A level said to stay as it was: "remained unchanged", "was unchanged" (a tie with the period before);
# "roughly flat", "held steady", "changed little" (about the same)
_STEADY = re.compile(r"\b(?:remained|remains|was|were|is|are|stayed|stays)\s+(?:virtually\s+|essentially\s+|largely\s+)?"
                     r"(?P<same>unchanged)\b"
                     # "remained the same for the period" (a tie), "were virtually the same" (about the same);
                     # not "the same as" (a comparison) nor "the same day"
                     r"|\b(?:remained|remains|was|were|is|are|stayed|stays)\s+(?:(?P<hedge>virtually|essentially|largely|roughly"
                     r"|about|nearly|almost|basically|more\s+or\s+less)\s+)?(?P<same2>the\s+same)\b(?=\s*(?:[.,;:!)\"”]|$)"
                     r"|\s+(?:for|in|during|over|from|since|compared|this|last|year)\b)"
                     r"|\b(?:roughly|relatively|essentially|virtually|largely|nearly|mostly)\s+(?:flat|steady|stable|static)\b"
                     r"|\b(?:held|holding|remained|remains|stayed|stays)\s+(?:roughly\s+|relatively\s+)?(?:steady|stable|flat|static)\b"
                     r"(?!\s+at\b)"
                     # "Overall there was relatively no change in this occurrence group"
                     r"|\b(?:was|were|is|saw|showed)\s+(?:relatively\s+|virtually\s+|essentially\s+|little\s+or\s+)?(?P<none>no\s+change)\b"
                     r"|\bchanged\s+(?:very\s+)?little\b", re.IGNORECASE)
# The subject of "remained the same" / "saw no change", or what "there was no change in": with "the/its/their"
# a count ("the number of", "the rules"), not "the policy", "the approach", "the schedule"; "Troop B", "violent
# crime", "this occurrence group" are taken as they are
_COUNT_HEAD = re.compile(r"[a-z]+s|number|total|count|tally|figure|level|rate|amount|crime|violence", re.IGNORECASE)
_DETERMINER = re.compile(r"the|its|their|his|her|a|an", re.IGNORECASE)
_HEAD_END = re.compile(r"of|in|on|at|for|about|across|from|with|within|during|over|since", re.IGNORECASE)


def _of_a_count(words: str, hit: re.Match[str]) -> bool:
    """Whether the sameness or "no change" of a _STEADY hit may be said of a count."""
    after = words[hit.end():]
    if hit.group("none") and re.match(r"\s+in\s+(?:how|the\s+way|what|whether|when|where|why)\b", after):
        return False
    before = re.split(r"[,;:]", words[:hit.start()])[-1].split()
    if before and before[-1].lower() == "there":
        found = re.match(r"\s+in\s+([^.,;:!?]*)", after)
        if found is None:
            return False            # "he said there was no change": of nothing named
        before = found.group(1).split()
    at = next((i for i, w in enumerate(before) if _DETERMINER.fullmatch(w)), None)
    if at is None:
        return True
    phrase = list(itertools.takewhile(lambda w: not _HEAD_END.fullmatch(w), before[at + 1:]))
    return not phrase or bool(_COUNT_HEAD.fullmatch(phrase[-1]))


# "Overdose deaths down in Washington County in 2022": a headline's bare direction
_BARE = re.compile(r"(?:\b(?P<prev>[a-z]+)\s+|^\s*)(?P<dir>up|down)\s+"
                   # "Traffic deaths down slightly in recent years": an adverb of degree may come between
                   r"(?:(?:slightly|sharply|significantly|substantially|dramatically|markedly|again|somewhat|a\s+bit|"
                   r"considerably|modestly|steeply)\s+)?"
                   r"(?=(?:in|for|this|so\s+far|across|from|over|since|compared)\b)",
                   re.IGNORECASE)
_PHRASAL = frozenset("""ended shut cut slow back set pick break turn step sign show end come go went gone put take took bring brought
line wind calm tone hold held sit sat stand stood lay laid lie track tracked crack cracked""".split())
# verbs whose "up"/"down" says no direction of a figure ("wrapped up with", "ended up at", "broke down")
_PHRASAL_UP = re.compile(r"\b(?:wrapped|wraps|wrapping|end|ended|ends|ending|wind|wound|winds|made|makes|summed|sums|picked|"
                         r"showed|shows|signed|set|sets|shut|broke|broken|breaks|backed|lined|held|followed|cleaned|"
                         r"opened|turned|closed|shook|shaken|came|comes|brought|brings|took|takes)\s+$", re.IGNORECASE)
# the verbs news copy says a rise or a fall with ("dipped slightly last year", "soared in 2021",
# "ticked up in March")
_MOVED_UP = r"jumped|soared|surged|spiked|ticked\s+up|inched\s+up|edged\s+up|crept\s+up"
_MOVED_DOWN = r"dipped|slipped|plunged|plummeted|tumbled|ticked\s+down|inched\s+down|edged\s+down|eased"
_STATE = re.compile(r"\b(?:(?:is|are|was|were|has\s+been|have\s+been)\s+(?:also\s+)?(?:(?:slightly|sharply|significantly|substantially"
                    r"|considerably|dramatically|markedly|modestly|somewhat)\s+)?(?P<dir>up|down)"
                    r"|(?:has|have)\s+(?:also\s+)?(?P<verb>declined|dropped|fallen|risen|increased|decreased|grown"
                    rf"|gone\s+up|gone\s+down|climbed|shrunk(?!\s+(?:the|its|their|a|an|his|her|our)\b)|{_MOVED_UP}|{_MOVED_DOWN})"
                    rf"|(?P<verb2>went\s+up|went\s+down|rose|fell|grew|declined|dropped|increased|decreased|climbed"
                    r"|(?:shrank|shrunk)(?!\s+(?:the|its|their|a|an|his|her|our)\b)"
                    rf"|{_MOVED_UP}|{_MOVED_DOWN}))\b",
                    re.IGNORECASE)
_RISING = re.compile(rf"up|risen|increased|grown|gone\s+up|climbed|went\s+up|rose|grew|{_MOVED_UP}", re.IGNORECASE)
# "auto thefts are on the rise", "the inmate population is going down", "enrolment is growing": a
# movement going on, said in the progressive, not of an object ("police are increasing patrols"). The
# caller asks that the metric's own words end just before the verb ("the fire was growing", "support is
# growing" are no count's); "was/were ...ing" is scene narration ("smoke was rising from the second
# floor") unless a period follows; a trend "across the nation" or "statewide" is not the place's
_ONGOING = re.compile(r"\b(?P<aux>is|are|was|were|has\s+been|have\s+been"
                      # "Felony arrests by deputies continued to increase", "deaths from fires continue to increase"
                      r"|continued\s+to|continues\s+to|continue\s+to)\s+(?:also\s+|still\s+)?(?:(?:slowly|steadily|gradually"
                      r"|rapidly|quickly|continuing\s+to|continually)\s+)?(?P<verb>increasing|rising|climbing|growing|decreasing"
                      r"|declining|falling|dropping|going\s+up|going\s+down|(?:also\s+)?on\s+the\s+(?:rise|decline|upswing)"
                      r"|(?<=to\s)(?:increase|rise|climb|grow|decrease|decline|fall|drop))"
                      r"(?=\s*$|\s*[,;:.!?]|\s+(?:in|this|since|again|among|at|for|compared|each|every"
                      r"|over\s+the\s+(?:past|last)|slightly|sharply|steadily|rapidly|quickly|significantly|dramatically|too"
                      r"|as\s+well)\b)"
                      r"(?!\s+in\s+(?:the\s+)?(?:nation|country|state|U\.?S\b|United\s+States|America|province)"
                      r"|[^.;:!?]{0,40}\b(?:nationally|nationwide|statewide|across\s+the\s+(?:nation|country|state|U\.?S))\b)",
                      re.IGNORECASE)
# after "was/were ...ing", a period must follow ("were rising in 2011", "was growing over the past year")
_ONGOING_PERIOD = re.compile(r"\s+(?:in\s+(?:(?:19|20)\d\d|the\s+(?:past|last|first|second|third|fourth))\b|since\b|this\s+"
                             r"(?:year|month|quarter|spring|summer|fall|winter)\b|over\s+the\s+(?:past|last)\b)",
                             re.IGNORECASE)
_ONGOING_UP = frozenset("increasing rising climbing growing up rise upswing increase climb grow".split())
# "There were fewer drunken driving arrests", "there have been more shootings this year": a count said
# to be below or above the period before's, no "than" said ("there were fewer than 10" is a figure's).
# Plural only ("there was more police presence" is no count), not after "if"/"when"; the caller asks
# that the words right after fewer/more (four at most) name the metric
_THERE_WERE = re.compile(r"(?<!\bif\s)(?<!\bwhen\s)(?<!\bunless\s)\bthere\s+(?:were|have\s+been)\s+(?:also\s+|slightly\s+|far\s+"
                         r"|significantly\s+|substantially\s+|considerably\s+)?(?P<rel>fewer|more)\s+(?!than\b|of\b|to\b|and\b|or\b)"
                         r"(?=[a-z])(?![^.;:!?]*\bthan\b)(?P<noun>[\w'’-]+(?:\s+[\w'’-]+){0,3})", re.IGNORECASE)
# what may follow the counted noun: the clause's end, or a period somewhere after it ("more victims
# inside the home", "more shots fired after the first volley": additional ones, no period's count)
_THERE_WERE_AFTER = re.compile(r"\s*(?:$|[,;:.!?])|[^.;:!?]*?\b(?:(?:19|20)\d\d|this\s+year|last\s+year|so\s+far|since"
                               r"|compared|the\s+year|over\s+the\s+(?:past|last)|the\s+same\s+(?:period|time))\b",
                               re.IGNORECASE)


@dataclass(frozen=True)
class Stated:
    """One statement found in a clause, before metric, place and period are attached.

    `fields` hold the claim-file keys of the statement (`value`, or `change` with `phrase`,
    or `comparison`, or `share`); `anchor` is the span of the figure or of the words that
    state it; `wants_base` marks a change or comparison that needs the period it is
    measured against.
    """

    kind: str
    fields: dict
    anchor: tuple[int, int]
    figure: Quantity | None = None
    base_figure: bool = False      # the figure of the period compared with ("up from 171 in 2022")
    share_of_count: bool = False   # a percentage after a count ("232 were for fire, or 2.2 percent"): its share
    restates: bool = False         # the change before told again ("an increase of 133, or 30 per cent")


# A sentence without a digit or a number word holds no figure: the number reader is not run
# on it. Words that are more often something else ("one of them", "no one", "many people")
# send the sentence to the reader only when it also names a metric (`names_metric`).
_FIGURE_WORDS = frozenset("""
two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen
nineteen twenty thirty forty fifty sixty seventy eighty ninety hundred hundreds thousand thousands million millions
billion billions dozen dozens half halves third thirds quarter quarters fifth fifths double doubled tripled twice
percent""".split())
_WEAK_FIGURE_WORDS = frozenset("one score couple several few many handful zero none no".split())
_WORD = re.compile(r"[^\W\d_]+|\d")
# "Just one of those was a pedestrian": a part of the count before, in a sentence naming no metric whole
_ONE_OF_THEM = re.compile(r"\bone\s+of\s+(?:them|those|these)\s+(?:was|were)\b", re.IGNORECASE)


def words_of(text: str, sentence: tuple[int, int]) -> frozenset[str]:
    """The lower-case words of a sentence, and "0" for each digit-holding position (a cheap set test)."""
    found = set(_WORD.findall(text[sentence[0]:sentence[1]].lower()))
    digits = {w for w in found if w.isdigit()}
    return frozenset(found - digits | {"0"}) if digits else frozenset(found)


_NAME_NUMBER = re.compile(r"(?<![\w-])[A-Z][A-Za-z]{0,7}-\Z")


def sentence_quantities(text: str, sentence: tuple[int, int], names_metric=None,
                        words: frozenset[str] | None = None) -> list[Quantity]:
    """The number reader's figures of a sentence, at article offsets."""
    words = words if words is not None else words_of(text, sentence)
    if "0" not in words and not (words & _FIGURE_WORDS):
        if not words & _WEAK_FIGURE_WORDS or (names_metric is not None and not names_metric(sentence)
                                              and not ("one" in words and _ONE_OF_THEM.search(text, *sentence))):
            # "the fourth time this year": an ordinal's count, without the number reader
            return ordinal_counts(text, sentence) if words & _ORDINAL_SET else []
    found = [_shifted(q, sentence[0]) for q in find_quantities(text[sentence[0]:sentence[1]])]
    if "-" in text[sentence[0]:sentence[1]]:
        # "the Covid-19 pandemic", "I-95", "an F-150": digits that are part of a name, no figure
        found = [q for q in found if not _NAME_NUMBER.search(text, max(sentence[0], q.start - 12), q.start)]
    return found + [q for q in ordinal_counts(text, sentence) if not any(f.start < q.end and q.start < f.end for f in found)]


_ORDINAL_WORDS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8,
                  "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12}
_ORDINAL_SET = frozenset(_ORDINAL_WORDS)
# "the city's 41st homicide of the year", "41st homicide of 2022", "the third time this year a police
# officer was shot": a running count of the period, as an ordinal
_ORDINAL_COUNT = WindowGatedPattern(re.compile(
                       r"(?<![\w-])(?P<n>\d+(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth)"
                       r"\s+(?:(?P<time>time)\s+(?=this\s+year\b)|(?P<noun>[a-z][a-z-]*?s?)\s+(?=(?:of|in)\s+(?:the\s+year|this\s+year|(?:19|20)\d\d)\b))",
                       re.IGNORECASE),
                                    ("year", "19", "20"))
_DETERMINER_BEFORE = re.compile(r"\b(?:the|its|their|his|her|our|this)\s+$|['’]s\s+$", re.IGNORECASE)
# what an ordinal ranks that is no count: parts of a period, times
_ORDINAL_NOT_COUNTED = frozenset("""week weeks month months quarter quarters half day days year years time straight
consecutive highest lowest most fewest largest biggest worst best deadliest busiest""".split())


def ordinal_counts(text: str, sentence: tuple[int, int]) -> list[Quantity]:
    """Running counts said with an ordinal ("the city's 41st homicide of the year" is 41 so far),
    as figures of the count, the ordinal's noun their unit (or, for "the third time this year a
    police officer was shot", the clause's words)."""
    out = []
    for hit in _ORDINAL_COUNT.finditer(text, sentence[0], sentence[1]):
        noun = hit.group("noun")
        if noun is not None and noun.lower() in _ORDINAL_NOT_COUNTED:
            continue
        if noun is not None and re.search(r"(?:ed|ly|ing)$", noun, re.IGNORECASE):
            continue      # "data was first collected in 1916": an adverb and its verb
        word = hit.group("n").lower()
        if word in _ORDINAL_WORDS and not _DETERMINER_BEFORE.search(text, max(sentence[0], hit.start() - 20), hit.start()):
            continue      # a word ordinal counts only after "the", "its", "the city's"
        n = _ORDINAL_WORDS.get(word) or int(re.sub(r"\D", "", word))
        out.append(Quantity(start=hit.start("n"), end=hit.end("n"), text=str(n), value=str(n), high=None,
                            qualifier="exact", direction=None, change="=", unit=noun, precision="1", decimals=0,
                            written=hit.group("n"), vague=False))
    return out


_FIGURELESS_WORDS = frozenset("""record than same par up down number increase rise jump decline decrease drop climb grow fall
reduction dip most highest fewest lowest worst deadliest high low exception except declined dropped
largest smallest biggest greatest busiest hottest warmest coldest least highs lows jumped soared surged spiked
ticked inched edged slightly sharply crept dipped slipped plunged plummeted tumbled eased uptick upswing spike surge downturn
downswing downtick exceeded surpassed outpaced topped eclipsed exceed surpass outpace top eclipse
fallen risen increased decreased grown rose fell grew went climbed drops declines increases decreases rises jumps reductions dips doubled tripled trebled quadrupled halved double twice triple straight consecutive steadily first row
unchanged flat steady stable static little passed change climb climbs soar soars surges spikes fall falls plunge plunges
dips fewer more compared cut reduced shrank shrunk slid gain gained
increasing rising climbing growing decreasing declining falling dropping going""".split())


def has_figureless(text: str, sentence: tuple[int, int], words: frozenset[str] | None = None) -> bool:
    """Whether a sentence may state a record or a comparison without a figure (a cheap test first)."""
    words = words if words is not None else words_of(text, sentence)
    if not words & _FIGURELESS_WORDS and "no" not in words and "one" not in words and "single" not in words \
            and "any" not in words:
        return False
    said = text[sentence[0]:sentence[1]]
    return bool(any(not gate.isdisjoint(words) and pattern.search(said) for pattern, gate in _FIGURELESS_PATTERNS)
                or (words & _UP_DOWN and any((hit.group("prev") or "").lower() not in _PHRASAL for hit in _BARE.finditer(said)))
                or (_headline(text, sentence) and _headline_move(said) is not None))


def clause_quantities(text: str, quantities: list[Quantity], clause: tuple[int, int],
                      time_spans: list[tuple[int, int]]) -> list[Quantity]:
    """Figures of the clause, without those that are times or not claimed."""
    out = []
    over_years = [(m.start(), m.end()) for m in _OVER_YEARS_RE.finditer(text, clause[0], clause[1])] \
        if re.search(r"year|decade", text[clause[0]:clause[1]], re.IGNORECASE) else []
    for q in _split_from_to(text, quantities, time_spans):
        a, b = q.start, q.end
        if a < clause[0] or b > clause[1]:
            continue
        if any(s <= a and b <= e for s, e in over_years):
            continue          # "the highest in 28 years": the figure counts the record's years
        if _EARLIER_YEARS_AFTER.match(text, b):
            continue          # "than in the two previous years": the years compared with, no figure
        average = per_time(q.unit) is not None    # "seven a day": its "a day" is its unit, not a time
        if any(a < e and s < b and not (average and a <= s and e <= b) for s, e in time_spans):
            continue
        if _NOT_CLAIMED.search(text[max(clause[0], a - 25):a]):
            continue
        if _EVERY_AFTER.match(text[b:b + 40]) or (_EVERY_BEFORE.search(text[max(clause[0], a - 12):a])
                                                  and _TIME_UNIT_AFTER.match(text[b:b + 20])):
            continue      # "more than one every five days": a frequency, not a count of the period (nor its five)
        if _AGE_BEFORE.search(text[max(clause[0], a - 30):a]) or _AGE_AFTER.match(text[b:b + 30]) or \
                _AGE_BOUND_BEFORE.search(text[max(clause[0], a - 20):a]) or \
                (q.unit is None and _NAMED_AGE.search(text[max(clause[0], a - 40):a]) and re.match(r"\s*[,)]", text[b:b + 3])):
            continue      # an age: "ranged in age from 18 to 87", "an average age of 44", "Duvel Hibbert, 23,"
        if q.unit is None and _WHO_WAS.search(text[max(clause[0], a - 40):a]) and _AGE_ENDS.match(text[b:b + 20]):
            continue      # an age: "Sheldon, who was 18 at the time,", "Ms. Ruiz, who is 34,"
        if q.unit is None and _TIME_SPAN_AFTER.match(text[b:b + 40]):
            continue      # "two or even three weeks ago": a span of time, its unit said after the second number
        if text[a:b] == "911" and _EMERGENCY_LINE_AFTER.match(text, b):
            continue      # "911 calls answered within ten seconds", "911 dispatch records": the line's name
        if _RATE_BASE_BEFORE.search(text, max(clause[0], a - 12), a):
            continue      # "for every 100,000 people, there were 169", "for each 1 percent increase": a base, no count
        if text[a - 1:a] == "#" or text[a:a + 1] == "#":
            continue      # "#1 – false alarms, #4 – 9-1-1 hangups": a rank in a list, not a count
        if _FEET_BEFORE_INCHES.match(text[b:b + 20]) or _INCHES_AFTER_FEET.search(text[max(clause[0], a - 20):a]):
            continue      # "4 feet 9 inches tall": a height
        out.append(q)
    return out


# Ages are no measure of a place: "aged 23", "an average age of 44", "ranged in age from 18",
# "ages 15 to 24", "between the ages of 35 and 54", "a 17-year-old", "the 31-40 age category", "Duvel Hibbert, 23, of Scarborough"
_AGE_BEFORE = WindowGatedPattern(re.compile(r"\b(?:aged?|ages|ages?\s+of|in\s+age\s+from|ages?\s+(?:from|between))\s+(?:about\s+|around\s+)?"
                                            # "ages 15 to 24": the second age too
                                            r"(?:\d{1,3}\s+to\s+)?$"
                                            # "between the ages of 15 and 29": the second age too; not "children under age 5 and
                                            # 1,200 adults", "over the age of 65 and 20 percent of children" (a count after an age)
                                            r"|\bbetween\s+(?:the\s+)?ages?\s+(?:of\s+)?\d{1,3}\s+and\s+$"
                                            r"|\b(?:aged?|ages)\s+between\s+\d{1,3}\s+and\s+$", re.IGNORECASE),
                                 ("age",))
_AGE_AFTER = re.compile(r"^(?:\s*(?:-|–|to)\s*\d+)?[\s-]+(?:(?:years?|months?|weeks?)[\s-]+old|(?:year|month|week)-olds?"
                        r"|age\s+(?:category|group|bracket|range)|years\s+of\s+age)\b"
                        # "children 14 and younger", "drivers 65 and older"
                        r"|^\s+(?:and|or)\s+(?:younger|older)\b", re.IGNORECASE)
_EMERGENCY_LINE_AFTER = re.compile(r"[\s-]+(?:calls?|callers|dispatch\w*|cent(?:er|re)s?|systems?|operators?|lines?|records"
                                   r"|emergenc\w+|services?|communications|division)\b", re.IGNORECASE)
# "for each 100,000 residents", "for every 1,000 people", "for each 1 percent increase in the mill rate":
# the base a rate or a sum is given for
_RATE_BASE_BEFORE = re.compile(r"\bfor\s+(?:every|each)\s+$", re.IGNORECASE)
# "at-fault drivers younger than 24 or older than 55": an age bound
_AGE_BOUND_BEFORE = re.compile(r"\b(?:younger|older)\s+than\s+$", re.IGNORECASE)
# "until they are age 8 or 4 feet 9 inches tall": a height, no count
_FEET_BEFORE_INCHES = re.compile(r"\s+(?:feet|foot)\s+\d{1,2}\s+inch", re.IGNORECASE)
_INCHES_AFTER_FEET = re.compile(r"\b\d{1,2}\s+(?:feet|foot)\s+$", re.IGNORECASE)
_NAMED_AGE = re.compile(r"\b[A-Z][a-z]+(?:\s+[A-Z]\.)?\s+[A-Z][a-z'’-]+(?:\s+(?:Jr|Sr|III|II)\.?)?\s*,\s*$")
_WHO_WAS = re.compile(r"[A-Z][\w.'’-]*,\s+who\s+(?:was|is|were|are)\s+(?:just\s+|only\s+|then\s+)?$")
_AGE_ENDS = re.compile(r"\s*(?:,|\.|;|\s+at\s+the\s+time\b|\s+when\b|\s+and\s+[a-z])")
_TIME_SPAN_AFTER = re.compile(r"\s+(?:or|to)\s+(?:even\s+|perhaps\s+|maybe\s+|possibly\s+)?(?:\d+|one|two|three|four|five|"
                              r"six|seven|eight|nine|ten|a\s+few)\s+(?:days?|weeks?|months?|years?|hours?|minutes?)\b",
                              re.IGNORECASE)
_EVERY_BEFORE = re.compile(r"\bevery\s+(?:other\s+)?$", re.IGNORECASE)
_TIME_UNIT_AFTER = re.compile(r"\s+(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?)\b", re.IGNORECASE)
# "more than one every five days": a frequency after "more than", no comparison of the period
_A_FREQUENCY = re.compile(r"\s*(?:one|a|an|\d[\d,.]*|two|three|four|five|six|seven|eight|nine|ten)\s+every\s+", re.IGNORECASE)
_EVERY_AFTER = re.compile(r"^\s+(?:[a-z]+\s+)?every\s+(?:\w+\s+)?(?:days?|weeks?|hours?|minutes?|months?)\b", re.IGNORECASE)
_FROM_TO = re.compile(r"^from\s+.+?\s(to)\s+\S", re.IGNORECASE)
# "fell from 237 to 201": a movement from one level to another, each a figure of its own
# ("the number of confirmed cases decreased, from 2,260 to 1,880": a comma may stand between)
# ("the death toll fell in the past year from 68 to 49": a few words of time or place between)
# ("cases of forgery nearly tripled, from 15 to 43": a multiple said in a word; "The rate was raised from
# $10.56 to $10.62": moved by someone)
_MOVED_BEFORE = re.compile(rf"\b(?:{_UP}|{_DOWN}|doubled|tripled|quadrupled|halved|raised|lowered)(?:\s+(?:in|over|during|for|at|across|the|"
                           rf"past|last|this|year|month|week|decade|county|city|state|region|nation|country)){{0,5}}"
                           # "the average price rose 4.9%, from $210,711 to $220,992", "increased by over 42%, from
                           # 80 to 114": the size of the move between
                           r"(?:\s+(?:by\s+)?(?:(?:over|nearly|almost|about|around|roughly|more\s+than)\s+)?"
                           r"\d[\d.,]*\s*(?:%|percent|per\s*cent))?,?\s+$", re.IGNORECASE)


_ASIDE_DASH = re.compile(r"\s+[–—]\s+")


def _falls(q: Quantity) -> bool:
    from decimal import Decimal, InvalidOperation
    try:
        return Decimal(q.high) < Decimal(q.value)
    except (InvalidOperation, TypeError):
        return False


# "Tipperary (19 to 8)", "dropped in Caroline, from seven to three": two levels joined by "to" ("Cavan (less
# than 5 to 9)": the first said as a bound)
_LEVELS_TO = re.compile(r"^(?:from\s+)?(?:(?:less|more|fewer)\s+than\s+|under\s+|over\s+)?[^\s]+(?:\s+[^\s]+)?\s(to)\s+\S", re.IGNORECASE)
# a movement said before, in the sentence: "witnessed a rise in overdose deaths: Dublin (140 to 155)"
_MOVEMENT = re.compile(rf"\b(?:{_UP}|{_DOWN}|went|gone|changed|moved|increases|decreases|declines|drops|falls|jumps"
                       r"|trend|trends)\b", re.IGNORECASE)


# "rose in Franklin County from 140 to 155": a movement, a few words of place or time, then the levels
# ("a slight increase in impaired operation of a motor vehicle from 29 to 31": after a movement's noun and
# "in", a name of up to seven words)
# ("an increase in burglaries (break-ins) from 314 to 365": a gloss in parentheses after the name; "a jump from
# 497 to 555": the noun right before; "taking the resolution rate from 44.2% to 44.7%": a verb that moves it)
_MOVED_WORDS_BEFORE = re.compile(rf"(?:\b(?:{_UP}|{_DOWN})(?:\s+[\w'’-]+){{1,5}}?|\ban?\s+(?:[a-z]+\s+)?(?:increase|rise|jump"
                                 r"|decrease|decline|drop|fall|reduction)(?:\s+in(?:\s+[\w'’-]+){1,7}?(?:\s+\([^()\d]{1,30}\))?)?"
                                 r"|\b(?:taking|took|takes|bringing|brought|brings|pushing|pushed|pushes)\s+(?:the|its|their)"
                                 r"(?:\s+[\w'’-]+){1,5}?),?\s+$", re.IGNORECASE)
# "The number of sex offences jumped from 27 to 40, assaults causing harm from 39 to 59": a later pair of
# levels whose verb the list leaves out, after a pair that moved
# (not an age range: "rose from 120 to 180, most of them men aged from 18 to 24")
_GAPPED_PAIR = re.compile(r"\bfrom\s+[^\s,;]+\s+to\s+[^\s,;]+(?:\s+(?:in|during|for)\s+[\w-]+)?,\s+(?:and\s+)?(?:[\w'’-]+\s+){1,5}"
                          r"(?<!\bage\s)(?<!\baged\s)(?<!\bages\s)$", re.IGNORECASE)
# "failed on a 7 to 2 vote": a tally of votes or a score, one figure
_TALLY_AFTER = re.compile(r"\s*(?:-\s*)?(?:votes?|decision|margin|split|score|ruling|count\s+of\s+votes|win|victory|loss|defeat)\b",
                          re.IGNORECASE)
# "went from 140 to 155", "has gone from 12 to 20": a movement said by a verb of going
_WENT_BEFORE = re.compile(r"\b(?:went|gone|go|goes|going|moved|changed|shifted|jumped|climbed|slid|slipped)(?:\s+(?:up|down))?"
                          r",?\s+$", re.IGNORECASE)


def _levels_in_parentheses(text: str, q: Quantity) -> bool:
    """ "Cork (34 to 41)" after "a rise in overdose deaths": a bare "X to Y" alone in parentheses, no
    unit after it, in a sentence that says the figures moved, is a level and the one it moved to (a
    range of a figure's uncertainty says its unit: "(5 to 10 mm)")."""
    if q.unit is not None or text[q.start - 1:q.start] != "(" or text[q.end:q.end + 1] != ")":
        return False
    start = _sentence_start(text, q.start, 300)
    return bool(_MOVEMENT.search(text, start + 1, q.start))


def _gapped_pair(text: str, q: Quantity) -> bool:
    """ "jumped from 27 to 40, assaults causing harm from 39 to 59": a pair of levels after a pair that
    moved, in a list that leaves out the verb (see `_GAPPED_PAIR`)."""
    before = _GAPPED_PAIR.search(text, max(0, q.start - 60), q.start)
    return before is not None and _MOVED_BEFORE.search(text[max(0, before.start() - 40):before.start()]) is not None


def _split_from_to(text: str, quantities: list[Quantity], time_spans: list[tuple[int, int]]) -> list[Quantity]:
    """ "from $501 million in 2020 to $509 million": the number reader's range (a change from one
    to the other) holds a time; for a claim each end is a figure of its own period."""
    out: list[Quantity] = []
    for q in quantities:
        aside = _ASIDE_DASH.search(q.text) if q.high is not None else None
        if aside is not None and _falls(q):
            # "21 people have died – five more than last year": a spaced dash opens an aside, and a
            # "range" whose high end is below its low end is two figures
            cut = q.start + aside.start()
            out.extend(_shifted(x, q.start) for x in find_quantities(text[q.start:cut]))
            out.extend(_shifted(x, q.start + aside.end()) for x in find_quantities(text[q.start + aside.end():q.end]))
            continue
        hit = _FROM_TO.match(q.text) if q.high is not None else None
        if hit is None or not (any(q.start < s and e < q.end for s, e in time_spans)
                               or _MOVED_BEFORE.search(text[max(0, q.start - 40):q.start])):
            hit = _LEVELS_TO.match(q.text) if q.high is not None else None
            if hit is None or _TALLY_AFTER.match(text, q.end) or not (_falls(q) or _levels_in_parentheses(text, q) or (
                    q.text[:5].lower() == "from " and (_WENT_BEFORE.search(text[max(0, q.start - 40):q.start])
                                                       or _MOVED_WORDS_BEFORE.search(text[max(0, q.start - 60):q.start])
                                                       or _gapped_pair(text, q)))):
                out.append(q)
                continue
        cut = q.start + hit.start(1)
        left = [_shifted(x, q.start) for x in find_quantities(text[q.start:cut])]
        right = [_shifted(x, cut + 2) for x in find_quantities(text[cut + 2:q.end])]
        out.extend(x for x in left + right if not any(x.start < e and s < x.end for s, e in time_spans))
    return out


# "5.7 per 10,000 residents", "18 for every 100,000 people", "811 burglary incidents per 100,000
# people", "217 individuals held in jail per 100,000 population": a rate and its scale, one figure
# (the words of what is counted between them); "seven a day", "48 homicides a week": an average over
# the claim's period
_PER_BETWEEN = re.compile(r"^\s+(?:[a-z][a-z'’-]*\s+){0,4}(?:per|for\s+every)\s+$", re.IGNORECASE)
_COUNTED_BEFORE_PER = re.compile(r"^(?:[a-z][a-z'’-]*\s+)+?(?=per\s|for\s+every\s)", re.IGNORECASE)
_PER_NOUN = re.compile(r"^\s+(?:residents|people|persons|population|inhabitants|citizens)\b", re.IGNORECASE)
_PER_TIME = WindowGatedPattern(re.compile(rf"^(?:\s+[a-z]+)?\s+{PER_TIME}\b", re.IGNORECASE),
                               ("day", "week", "month"))


def joined_rates(text: str, quantities: list[Quantity]) -> list[Quantity]:
    """A rate's figure and its scale read as one figure ("5.7 per 10,000 residents", unit
    "per 10,000 residents"), and an average with its unit of time ("seven a day"); the
    scale is then no figure of its own."""
    from dataclasses import replace
    out: list[Quantity] = []
    skip = set()
    for i, q in enumerate(quantities):
        if i in skip:
            continue
        nxt = quantities[i + 1] if i + 1 < len(quantities) else None
        if nxt is not None and q.unit != "percent" and _PER_BETWEEN.match(text[q.end:nxt.start]):
            if text[nxt.start:nxt.start + 1] in "$£€" and text[q.start:q.start + 1] in "$£€":
                # "a tax rate of $0.1778 per $100 of value": the scale of money is the metric's, the
                # figure is the amount alone
                out.append(q)
                skip.add(i + 1)
                continue
            end = nxt.end
            noun = _PER_NOUN.match(text[end:end + 30])
            if noun:
                end += noun.end()
            unit = _COUNTED_BEFORE_PER.sub("", " ".join(text[q.end:end].split()))
            out.append(replace(q, end=end, text=text[q.start:end], unit=unit))
            skip.add(i + 1)
            continue
        per = _PER_TIME.match(text[q.end:q.end + 40])
        if per is not None and q.unit not in ("percent",):
            end = q.end + per.end()
            unit = " ".join(text[q.end:end].split())
            out.append(replace(q, end=end, text=text[q.start:end], unit=unit))
            continue
        out.append(q)
    return out


def _shifted(q: Quantity, by: int) -> Quantity:
    from dataclasses import replace
    return replace(q, start=q.start + by, end=q.end + by)


def _second_base(before: str, after: str, q: Quantity) -> bool:
    """"down from 48 last year and 99 in 2019": the figure after "and" a second level moved from;
    not a difference ("and 12 fewer", "and 25% above the average"), a percentage only after one."""
    hit = _SECOND_BASE.search(before[-90:])
    return bool(hit) and not _MORE_RIGHT_AFTER.match(after) and not _ABOVE_AFTER.match(after) and (
        q.unit != "percent" or re.search(r"%|\bpercent\b", hit.group(), re.IGNORECASE) is not None)


def _sentence_start(text: str, at: int, reach: int | None = None) -> int:
    """Where the sentence holding `at` starts: the ". " or line break before it (the offset of that
    mark), else the text's start, or no further back than `reach` characters."""
    lo = 0 if reach is None else max(0, at - reach)     # no search further back than the reach
    return max(text.rfind(". ", lo, at), text.rfind("\n", lo, at), 0 if reach is None else at - reach)


_ADDITIONAL_BEFORE = re.compile(r"\b(?:an?|some)\s+(?:additional|extra)\s+$", re.IGNORECASE)
_NOT_BEFORE = re.compile(r"(?:\bnot|n[’']t|\bnever)\b", re.IGNORECASE)
_PERCENT_OF = re.compile(r"\d\s*(?:%|percent\b|per\s+cent\b)\s+of\b", re.IGNORECASE)
# what may follow an added percentage: the sentence's end, a time or a preposition ("an additional 2 percent in 2025")
_ADDED_PERCENT_AFTER = re.compile(r"\s*(?:$|[,.;:)—–-]|(?:in|on|for|next|this|last|over|by|from|to|at|per|each|a|every"
                                  r"|annually|raise|pay|cut)\b)", re.IGNORECASE)


def _added(text: str, clause: tuple[int, int], before: str, after: str, q: Quantity) -> bool:
    """Whether "an additional/extra" before a figure says an increase ("will cost an extra $160,000", "an
    additional $75,000"): not when negated ("did not receive an additional $2 million"), and a percentage not
    in a sentence of shares ("40 percent of residents feel safe, and an additional 14 percent feel somewhat
    safe") nor followed by a verb or "of"."""
    if not _ADDITIONAL_BEFORE.search(before[-20:]) or _NOT_BEFORE.search(before[-60:]):
        return False
    if q.unit != "percent":
        return True
    sentence = _sentence_start(text, clause[0])
    return _ADDED_PERCENT_AFTER.match(after) is not None and not _PERCENT_OF.search(text, sentence, clause[1])


# "property crime by 7 per cent", "and other offences by 8%": a subject and "by" with no verb of their own
_GAPPED_BY = re.compile(r"(?:^|[,;]\s+|\band\s+)(?:the\s+)?(?:[A-Za-z][\w'’-]*\s+){1,4}by\s+(?:about\s+|nearly\s+|almost\s+"
                        r"|roughly\s+|more\s+than\s+|over\s+)?$", re.IGNORECASE)
_VERB_BY = re.compile(rf"\b(?P<dir>{_UP}|{_DOWN})\s+by\b", re.IGNORECASE)
# "driven by 45 incidents", "approved by 5 of 7", "the report by 2 researchers", "improved by 12 percent":
# the "by" of an agent, a source or a verb of the clause's own, not a left-out change verb
_AGENT_BY = re.compile(r"(?:\b(?!(?:children|women|men)\b)\w+(?:ed|en)|\b(?:led|shot|struck|hit|paid|set|held|offset|report"
                       r"|study|survey|analysis|review|vote))\s+by\s+\S*\s*$", re.IGNORECASE)
_VERB_WORDS = re.compile(r"\b(?:is|are|was|were|has|have|had|will|would|rose|fell|grew|dropped|increased|decreased|declined"
                         r"|climbed|jumped|went|saw|reported|recorded)\b", re.IGNORECASE)


def _gapped_direction(text: str, clause: tuple[int, int], before: str) -> str | None:
    """The direction of a verb left out of a coordinated change ("assaults rose by 6 per cent across
    the State, property crime by 7 per cent and armed robbery by 13 per cent"; "Motor vehicle offences
    were down by 13% and other offences by 8%"): the same sentence's nearest "<direction> by" before
    ("rose by 6 percent, thefts fell by 3 percent, and burglaries by 2 percent": down), never across
    ";", "!" or "?"."""
    gap = _GAPPED_BY.search(before)
    if gap is None or _VERB_WORDS.search(gap.group()) or _AGENT_BY.search(gap.group()):
        return None
    start = _sentence_start(text, clause[0], 300)
    end = clause[0] + gap.start()
    if re.search(r"[;!?]", text[start + 1:end]):
        return None
    hits = list(_VERB_BY.finditer(text, start + 1, end))
    if not hits:
        return None
    return "up" if re.fullmatch(_UP, hits[-1].group("dir"), re.IGNORECASE) else "down"


# "jumped 44 per cent in the last quarter of 2018, and 12 per cent over the year", "down by 31 per cent in Q4 and
# four per cent at year end", "increased by 2.7 per cent (714 students) in the past year, and 4.6 per cent since
# 2019": a change's percentage, then (past a comma that may end the clause) "and" and a second percentage with a
# base or period of its own (`_OWN_BASE_AFTER`); no verb, figure or percentage between but a year, a quarter or a
# parenthesis
_COORDINATED_PERCENT = re.compile(
    rf"\b(?P<dir>{_UP}|{_DOWN})\s+(?:by\s+)?(?:about\s+|nearly\s+|almost\s+|roughly\s+|some\s+)?[\d.,]*\d[\s-]*"
    r"(?:%|percent\b|per[\s-]*cent\b)(?P<between>(?:[^.;:!?%\d()]|\([^()]{1,40}\)|\b(?:19|20)\d\d\b|\bQ[1-4]\b){0,80}?)"
    r",?\s+and\s+(?:by\s+)?(?:about\s+|nearly\s+|almost\s+|roughly\s+|some\s+)?$", re.IGNORECASE)
_VERB_AFTER = re.compile(r"\b(?:were|was|are|is|had|have|has|will|would)\b", re.IGNORECASE)
_COORDINATED_ENDS = ("and", "by", "about", "nearly", "almost", "roughly", "some")


def _coordinated_percent(text: str, after: str, q: Quantity) -> str | None:
    """The direction of a change's percentage that a second percentage after "and" shares (see
    `_COORDINATED_PERCENT`), across the comma that may end its clause; None when there is none."""
    if q.unit != "percent" or not text[max(0, q.start - 12):q.start].rstrip().lower().endswith(_COORDINATED_ENDS):
        return None                         # cheap tests first
    if not _OWN_BASE_AFTER.match(after) or _VERB_AFTER.search(after[:50]):
        return None                         # ("and 12 percent in 2022 were solved": a share with its own verb)
    start = max(0, _sentence_start(text, q.start, 300))
    hit = _COORDINATED_PERCENT.search(text, start, q.start)
    if hit is None or _VERB_WORDS.search(hit.group("between")):
        return None
    return "up" if re.fullmatch(_UP, hit.group("dir"), re.IGNORECASE) else "down"


# "The states with the largest percent decreases ... were Alaska (26.1%)", "the biggest increases came in Ohio (106)":
# a list of the places or parts that moved most, each figure in parentheses after its name
_LARGEST_MOVES = re.compile(r"\b(?:largest|biggest|greatest|sharpest|steepest)\s+(?:(?:percent(?:age)?|per\s+cent|one-year"
                            r"|annual|year-over-year)\s+)?(?P<dir>increases|rises|jumps|gains|decreases|declines|drops|reductions"
                            r"|falls)\b[^.;!?]{0,100}?\b(?:were|was|are|came|include|included|including)\b", re.IGNORECASE)
_LARGEST_UP = frozenset("increases rises jumps gains".split())


def _largest_listed(text: str, q: Quantity) -> str | None:
    """The direction of a list of the largest changes that a figure in parentheses after its name belongs to (see
    `_LARGEST_MOVES`), in its sentence; None for a figure not in parentheses or no such list."""
    if text[q.start - 1:q.start] != "(" or not text.startswith(")", q.end):
        return None
    start = max(0, _sentence_start(text, q.start, 400))
    hits = list(_LARGEST_MOVES.finditer(text, start, q.start))
    if not hits:
        return None
    return "up" if hits[-1].group("dir").lower() in _LARGEST_UP else "down"


def _restated_change(text: str, q: Quantity, after: str) -> str | None:
    """The direction of a change told just before, in its sentence, that the figure `q` tells again in
    the other measure after ", or", "— or by" or "(": "an increase of 707 students, or 1.4 per cent" (up),
    "fell by 20, or 11 percent" (down), "rose 12 percent, or 340 deaths" (up); a percentage after a
    pair of levels ("from 95 in 2021 to 98 in 2022 — or by 3 percent"). None when no change is told there,
    or for a percentage of a whole ("rose to 120, or 30 percent of all deaths")."""
    before = text[max(0, _sentence_start(text, q.start, 200)):q.start]
    if not before.rstrip()[-8:].lower().endswith(_RESTATED_ENDS):
        return None                         # a cheap test first: the tail's regex is slow
    tail = _RESTATED_TAIL.search(before)
    if tail is None:
        return None
    percent = q.unit == "percent"
    if percent and _PERCENT_OF_AFTER.match(after):
        return None
    if not percent and "(" in tail.group() and not tail.group("or") and not (
            _CLOSED_AFTER.match(after) and _PARENTHESES_RIGHT_AFTER.search(before, 0, tail.start())):
        # "rose by 20 per cent (10 to 12)": the counts behind it; "are up 69% over last year (118)": the level
        return None
    hit = _CHANGE_BEFORE_RESTATED.search(before, 0, tail.start())
    if hit is None:
        return None
    if hit.group("pair"):
        if not percent:
            return None                     # "from 95 to 98, or 3 more" says its own direction
        word = hit.group("pair")
    else:
        if percent == bool(hit.group("pct") or hit.group("pct2") or hit.group("pct3")):
            return None                     # the same measure twice: two figures, not one told again
        word = hit.group("dir") or hit.group("noun") or hit.group("noun2")
    if word.lower() in _UP_NOUNS:
        return "up"
    return "up" if re.fullmatch(_UP, word, re.IGNORECASE) else "down"


# the minus signs a figure's written form may open with ("−26.1", "-80", "–13")
_MINUS_SIGNS = ("-", "−", "–")


# a temperature after a figure: "-29°", "-5 degrees", "-12 C", "-3F"
_DEGREES_AFTER = re.compile(r"\s*(?:[°º˚]|degrees?\b|[CF]\b)")


def _minus_signed(text: str, q: Quantity) -> str | None:
    """The size of a fall a figure writes with a minus sign ("−26.1%" -> "26.1%", "-1" -> "1"): a count or
    a percentage cannot fall below zero, so its sign says a change. None for other figures and units (a
    temperature of "-29°" or "-5 degrees", a balance of "-$3 million")."""
    if q.unit not in (None, "percent") or not q.written.startswith(_MINUS_SIGNS) or not q.value.startswith("-") \
            or _DEGREES_AFTER.match(text, q.end):
        return None
    return q.text.lstrip("".join(_MINUS_SIGNS)).lstrip()


def read_statement(text: str, clause: tuple[int, int], q: Quantity) -> Stated:
    """The statement a figure makes in its clause."""
    before = text[clause[0]:q.start]
    after = text[q.end:clause[1]]
    phrase = q.text
    if (_BASE_FIGURE.search(before[-50:]) or _BASE_FIGURE_THE.search(before[-90:])
            or (_may_be_owned(before[-100:]) and _BASE_FIGURE_OWNED.search(before[-100:])
                and not _SPAN_AFTER.match(after))
            or (BASE_YEAR_WHEN.search(text, max(0, q.start - 100), q.start) and not _MORE_RIGHT_AFTER.match(after))) and (
            q.unit != "percent" or _MOVED_FROM.search(before[-80:])) or _second_base(before, after, q):
        # "up from 171 homicides in 2022"; a percentage only right after a movement's "from" ("the
        # rate was 3.6 percent, down from 4.4 percent in February", "falling from 9.7 percent in
        # June"): the level before, not a change by it
        return Stated("value", {"value": phrase}, (q.start, q.end), q, base_figure=True)
    if _reaches_level(before[-60:]):
        # "fell to 490", "rose to 1,204": the level reached, not the size of the change
        return Stated("value", {"value": phrase}, (q.start, q.end), q)
    restated = _restated_change(text, q, after)
    if restated is not None:
        # "an increase of 133, or 30 per cent", "rose 12 percent, or 340 deaths": the same change again
        return Stated("change", {"change": {"phrase": f"{restated} {phrase}"}}, (q.start, q.end), q, restates=True)
    if (fall := _minus_signed(text, q)) is not None:
        # "Alaska (−26.1%)", "Rape -80%", "Grade 3: 303, -1": a count or a percentage below zero is a fall
        return Stated("change", {"change": {"phrase": f"down {fall}"}}, (q.start, q.end), q)
    if q.unit == "percent" and _SHARE_AFTER_COUNT.search(before[-80:]) and not _DIRECTION_NOUN.match(after):
        # "232 were for fire, or 2.2 percent", "1,386 false alarms (13 percent)": the count's share of a whole
        return Stated("share", {"share": {"fraction": phrase}}, (q.start, q.end), q, share_of_count=True)
    if q.unit == "percent" and (_PERCENT_OF_WERE.match(after) or (_OF_THE_OPENING.match(before)
                                                                  and _WERE_AFTER.match(after))):
        return Stated("share", {"share": {"fraction": phrase}}, (q.start, q.end), q)
    if phrase.lower() in _FRACTIONS or phrase.lower().startswith(("half", "a third", "a quarter")):
        if _SHARE.match(after):
            return Stated("share", {"share": {"fraction": phrase.lower()}}, (q.start, q.end), q)
    # The number reader's own direction is trusted for a percentage ("a 5% increase"); for a
    # count it also marks words like "lost" ("we lost 182 people"), so a count needs a
    # direction word of its own: "down 24", "dropped by 22", "7000 fewer", "300 more than".
    if phrase.lower() == "half" and _AS_MANY.match(after):
        # "half the number of deaths in 2023 that it did in 2022": down by half
        return Stated("change", {"change": {"phrase": "down by half"}}, (q.start, q.end), q)
    if _LEVEL_BEFORE.search(before[-20:]) and not _MORE_RIGHT_AFTER.match(after):
        # (not "with 46 fewer deaths than ...": the figure's own direction word says a change)
        return Stated("value", {"value": phrase}, (q.start, q.end), q)
    if q.unit == "times" and _TIMES_AFTER.match(after):
        # "nearly three times higher than in 2013": a ratio; the figure counts no noun
        by = re.sub(r"\s*times$", "", phrase, flags=re.IGNORECASE).replace("twice", "2")
        return Stated("change", {"change": {"direction": "up", "by": by, "measure": "ratio"}}, (q.start, q.end))
    if q.unit is None and _HYPHEN_PERCENT.match(after):
        phrase = f"{phrase} percent"        # "a 19-percent decline": the number reader leaves the unit out
    direction = q.direction if q.unit == "percent" or phrase.endswith(" percent") else None
    hit = _DIRECTION_BEFORE.search(before)
    if hit and hit.group("dir").lower() in ("up", "down") and _PHRASAL_UP.search(before, 0, hit.start("dir")):
        hit = None                         # "July wrapped up with an average of 102.7", "broke down the 30 deaths"
    at = hit.end("dir") if hit else 0
    while hit and (nearer := _DIRECTION_BEFORE.search(before, at)) is not None:
        # the nearest direction word is the figure's: "fell 10 percent while robberies rose 4 percent" (up), "a
        # slight decrease of students, down four from last year"; not a comparative of the word after it ("an
        # increase of less that 1.0 per cent", "fell in the higher price brackets by 6 percent")
        at = nearer.end("dir")
        if not _qualifies_the_next_word(before, nearer):
            hit = nearer
    if hit and (_across_parts(before[hit.end("dir"):]) or _past_a_figure(before[hit.end("dir"):])):
        hit = None                         # "declined in 2022, with 88": the direction is another part's
    if hit and hit.group("dir").lower().startswith("add") and q.unit in ("dollar", "pound", "euro"):
        hit = None                         # "continue to add $2.5 million in annual contributions": paid in
    if hit and _OWN_NOUN_BEFORE.search(before[-30:]) and _DIRECTION_NOUN.match(after) is not None:
        hit = None                         # "a 7.2% increase in deaths despite a 13.2% reduction": the figure's own noun
    if hit:
        direction = "up" if re.fullmatch(_UP, hit.group("dir"), re.IGNORECASE) else "down"
    elif (hit := _NOUN_OF_BEFORE.search(before[-60:])) is not None and not _LENGTH_AFTER.match(after):
        # ("survived a fall of 20 feet": a height, no change)
        direction = "up" if hit.group("dir").lower() in ("increase", "rise", "jump", "gain", "hike", "boost", "growth") else "down"
    elif (hit := _DIRECTION_NOUN.match(after)) is not None and not (
            hit.group("dir").lower() in ("slide", "slides", "plunge", "plunges")
            and not (q.unit == "percent" or phrase.endswith(" percent"))):
        # ("a 20-slide presentation": a slide or a plunge is a change only of a percentage)
        direction = "up" if hit.group("dir").lower() in ("increase", "rise", "jump", "gain", "spike", "surge", "more", "bump",
                                                         "hike", "uptick", "upturn", "boost", "growth", "climb") else "down"
    else:
        hit = _DIRECTION_AFTER.match(after)
        if hit and hit.group("dir").lower() == "additional" and after[:hit.start("dir")].strip():
            hit = None                     # "12 homicides and additional shootings": "additional" only right after
        if hit:
            direction = "up" if hit.group("dir").lower() in ("more", "higher", "above", "additional") else "down"
        elif _added(text, clause, before, after, q):
            direction = "up"               # "will cost an extra $160,000 next year", "an additional $75,000"
        elif (gapped := _gapped_direction(text, clause, before)) is not None:
            direction = gapped             # "assaults rose by 6 per cent, property crime by 7 per cent"
        elif (paired := _coordinated_percent(text, after, q)) is not None:
            direction = paired             # "jumped 44 per cent in the fourth quarter, and 12 per cent over the year"
        elif (listed := _largest_listed(text, q)) is not None:
            direction = listed             # "the largest percent increases were Delaware (16.7%), Missouri (16.3%)"
    points = _fraction_of_a_point(phrase, after)
    if points is not None:
        # "dropped one-tenth of a percent to 5.4%": a tenth of a percentage point, not 10 percent
        if direction is not None:
            return Stated("change", {"change": {"direction": direction, "by": points, "measure": "percentage-points"}},
                          (q.start, q.end), q)
        return Stated("value", {"value": f"{points}%"}, (q.start, q.end), q)
    if direction is not None:
        return Stated("change", {"change": {"phrase": f"{direction} {phrase}"}}, (q.start, q.end), q)
    return Stated("value", {"value": phrase}, (q.start, q.end), q)


_FRACTION_WORD = re.compile(r"^(?P<n>a|one|two|three|four|five|six|seven|eight|nine)[\s-]+(?P<d>tenths?|hundredths?|quarters?)$"
                            r"|^(?P<half>a\s+half|one\s+half|half)$", re.IGNORECASE)
_OF_A_POINT = re.compile(r"^\s*(?:of\s+)?(?:a|one)\s+(?:percent(?:age)?(?:\s+point)?|per\s*cent(?:age)?(?:\s+point)?"
                         r"|point)\b", re.IGNORECASE)
_NUMBER_WORD = {"a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9}


def _fraction_of_a_point(phrase: str, after: str) -> str | None:
    """ "one-tenth of a percent", "two-tenths of a percentage point", "half a point": the fraction of
    one percentage point it names, as a decimal ("0.1"), else None."""
    hit = _FRACTION_WORD.match(phrase.strip())
    if hit is None or not _OF_A_POINT.match(after):
        return None
    from decimal import Decimal
    if hit.group("half"):
        return "0.5"
    n = Decimal(_NUMBER_WORD[hit.group("n").lower()])
    d = {"tenth": 10, "hundredth": 100, "quarter": 4}[hit.group("d").lower().rstrip("s")]
    return str((n / d).normalize())


# a comparative that says no direction of the figure after it but qualifies the word after it: "less that 1.0
# per cent", "less serious assaults 4 percent", "in more affluent areas by 10 percent" (not "higher by 4 percent")
_COMPARATIVES = frozenset("more less fewer higher lower".split())
_RIGHT_BEFORE_FIGURE = re.compile(r"\s*,?\s*(?:by\s+|at\s+a\s+rate\s+of\s+|about\s+)?", re.IGNORECASE)


def _qualifies_the_next_word(before: str, hit: re.Match) -> bool:
    """Whether a direction hit is a comparative with words between it and the figure (see `_COMPARATIVES`)."""
    return hit.group("dir").lower() in _COMPARATIVES and _RIGHT_BEFORE_FIGURE.fullmatch(before, hit.end("dir")) is None


# a figure that is no year, and the end of a list of figures ("decreased by 10 and 7 percent", "up 400 from May and")
_NON_YEAR_FIGURE = re.compile(r"(?<![\w.,])(?!(?:19|20)\d\d\b)\d")
# ... or of changes with their verb left out ("rose 12 percent and thefts 4 percent", "and vehicle thefts 4 percent")
_LIST_END = re.compile(r"\b(?:and|or)\s+(?:(?!(?:in|of|from|to|at|for|with|than|the|a|an)\b)[a-z][\w'’-]*\s+){0,2}"
                       r"(?:by\s+)?(?:about\s+|nearly\s+|roughly\s+|almost\s+)?$", re.IGNORECASE)


def _past_a_figure(between: str) -> bool:
    """Whether a direction reaches the figure only past another one that is no year, outside a list of figures:
    "a 22 percent decrease from the 94 fire deaths in 67 fatal fires" (67 is no change), not "decreased by 10 and
    7 percent" (both are)."""
    return _NON_YEAR_FIGURE.search(between) is not None and _LIST_END.search(between) is None


def _across_parts(between: str) -> bool:
    """Whether a comma parts the direction word from the figure (", but" does not)."""
    # "a 36 percent increase from the previous year when just over 3,000 deaths were reported":
    # "when" opens the figure's own part, of the time before it
    return bool(re.search(r",\s+(?!but\b|only\b|at\b|by\b)|\s(?:year|month|week|\d{4})\s+when\s", between))


_EXCEPTION = re.compile(r"^(?:with\s+the\s+exception\s+of|except(?:\s+for)?)\s+", re.IGNORECASE)
_OPPOSITE = {"higher": "lower", "lower": "higher", "record-high": "record-low", "record-low": "record-high"}


_PART = re.compile(r",\s+|\s+[—–]\s+|;\s+|\s+but\s+")
_DIGIT = re.compile(r"\d")
_NON_YEAR_DIGIT = re.compile(r"(?<![\d,.])(?!(?:1[89]|20)\d\d(?!\d|[,.]\d))\d")
# "ended up with a slight increase": a change named by a noun, without a figure
# "responded to an increasing number of emergency calls", "the reduced number of arrests, collisions and
# fatalities": a count said to have moved by the adjective of its number
_NUMBER_MOVING = re.compile(r"\b(?:an?|the)\s+(?P<dir>increasing|growing|rising|increased|declining|decreasing|falling|dropping"
                            r"|reduced|decreased)\s+(?:number|numbers|count|amount)\s+of\s+(?=[a-z])", re.IGNORECASE)
_NUMBER_UP = frozenset("increasing growing rising increased".split())
_NOUN_CHANGE = re.compile(r"(?:\b(?:a|an)\s+(?:(?:slight|small|sharp|big|significant|minor|major|steep|modest|dramatic)\s+)?"
                          r"(?P<dir>increase|rise|jump|decline|decrease|drop|reduction|dip|uptick|upswing|spike|surge|downturn|downswing|downtick)"
                          # "significant drops in murders": a plural with its adjective
                          r"|\b(?:slight|small|sharp|big|significant|minor|major|steep|modest|dramatic)\s+"
                          r"(?P<dirs>increases|rises|jumps|declines|decreases|drops|reductions|dips)"
                          # a headline's "count shows increase in homelessness", "police report decrease in
                          # shootings" ("Despite the decrease in shooting numbers" refers back: no claim)
                          # ("The figures show increases in sex offences, assaults and robberies", "with decreases in
                          # both ...", "crimes showing decreases were murder, rape ...": plurals over a list)
                          r"|\b(?:shows?|showed|showing|reveals?|reports?|sees?|saw|finds?|found|with)\s+"
                          r"(?P<dir3>increase|rise|jump|decline|decrease|drop|reduction|dip|uptick|upswing|spike|surge|downturn|downswing"
                          r"|(?:increase|decrease|decline|reduction)s)"
                          r"(?=\s+in\s+[a-z]|\s+(?:were|included)\s+[a-z])"
                          # "last year's increase in homicides", "this year's decline in fire deaths", "2022's drop"
                          r"|\b(?:(?:last|this|the\s+past|the\s+previous)\s+(?:year|month|quarter)|(?:19|20)\d\d)['’]s\s+"
                          r"(?:(?:slight|small|sharp|big|significant|minor|major|steep|modest|dramatic)\s+)?"
                          r"(?P<dir4>increase|rise|jump|decline|decrease|drop|reduction|dip))"
                          # (not "a decline of 20", "a rise in 12 districts"; "a slight decline in 2011" is one)
                          r"\b(?!\s+(?:of|in)\s+(?:about\s+)?(?!(?:19|20)\d\d\b)\d)", re.IGNORECASE)
# "there are no drug overdose deaths so far": none, a figure of 0
# ("no sign of a crime committed", "no evidence of foul play": nothing counted)
_NO = re.compile(r"\bno\s+(?!one\b|longer\b|more\b|matter\b|doubt\b|change\b|signs?\b|evidence\b|indications?\b)",
                 re.IGNORECASE)


_DATE_LABEL_AT = re.compile(r"\s*date\s+\d{4}-\d{2}-\d{2}\s+")


# a level said to be the same as before, with its figure: "remained the same at 137", "held steady at six",
# "unchanged at 45" (not "the same as the 568 incidents in 2015": a comparison whose period the reader takes
# from its base)
_STEADY_AT = WindowGatedPattern(re.compile(r"\b(?:remained|remains|stayed|stays|held|holds|holding|was|were|is|are)\s+(?:(?P<hedge>virtually|essentially"
                                           r"|largely|roughly|relatively|mostly|about|nearly|almost|basically)\s+)?"
                                           r"(?P<word>the\s+same|unchanged|steady|stable|flat)\s+at\s+"
                                           # not a time of day ("one was stable at 9 p.m.")
                                           r"(?!\d{1,2}(?::\d\d)?\s*(?:[ap]\.?m\b|o'clock)|(?:one|two|three|four|five|six|seven|eight|nine|ten"
                                           r"|eleven|twelve)\s+(?:[ap]\.?m\b|o'clock))"
                                           r"(?=[\d$£€]|(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\b)", re.IGNORECASE),
                                ("same", "unchanged", "steady", "stable", "flat"))


def figureless_parts(text: str, clause: tuple[int, int], figures: list[Quantity], names_metric=None) -> list[Stated]:
    """Statements without a figure in the comma-separated parts of a clause that hold none
    ("Last week, 34 people were struck by gunfire, the same number of victims during the same
    week last year")."""
    out: list[Stated] = []
    bounds = [clause[0]] + [m.end() for m in _PART.finditer(text, clause[0], clause[1])] + [clause[1]]
    for a, b in zip(bounds, bounds[1:]):
        label = _DATE_LABEL_AT.match(text, a, b)
        if label is not None:
            a = label.end()       # a stored page's date label opening the text is no figure of the part
        # a year is no figure of the part ("62 suicides, the highest since 2005")
        if _NON_YEAR_DIGIT.search(text, a, b) or any(a <= q.start < b for q in figures):
            both = _BOTH_MOVED.search(text, a, b)
            if both is not None:
                # "the county's labor force (25,253) and number of employed (24,256) both dropped
                # during the month": besides their levels, each went down
                relation = "higher" if _RISING.fullmatch(both.group("verb").split()[0].lower()) else "lower"
                out.append(Stated("comparison", {"comparison": {"relation": relation}}, (both.start(), both.end())))
            elif (steady := _STEADY_AT.search(text, a, b)) is not None:
                # "the average daily inmate count remained the same at 137", "held steady at six": besides its
                # level, the same as the period before
                relation = "about-same" if steady.group("hedge") else "tie"
                out.append(Stated("comparison", {"comparison": {"relation": relation}}, (steady.start(), steady.end("word"))))
            continue
        if has_figureless(text, (a, b)):
            out.extend(figureless(text, (a, b), names_metric=names_metric))
    return out


# a movement said of a list of places: "Houston, San Antonio and Austin saw increases", "with gains in
# both Auckland and Canterbury", "Drug overdoses increase in Dublin and Cork"
# ("traffic deaths rising in 44 states, Puerto Rico and Washington", "a reduction in traffic fatalities for the
# year in Illinois and Wisconsin")
_LIST_MOVED = re.compile(r"\b(?:(?P<up>increases|gains|rises|jumps|increase|rise|rose|risen|increased|climbed|grew|jumped"
                         r"|rising|increasing|climbing)"
                         r"|(?P<down>declines|decreases|drops|falls|dips|decline|decrease|drop|fall|fell|fallen|declined"
                         r"|decreased|dropped|dipped|reduction|reductions|falling|declining|decreasing|dropping))\b", re.IGNORECASE)


# the list is what moved only when the word is right before it ("increase in Dublin and Cork") or
# the list says it ("Quebec and Ontario reported both considerable increases", "Dallas and Austin rose")
# (what moved and its period may come between: "a reduction in traffic fatalities for the year in Illinois and Wisconsin")
_MOVED_BEFORE_LIST = re.compile(r"(?:\s+in(?:\s+(?!in\b)[\w'’-]+){1,4}(?:\s+(?:for|during|over)\s+the\s+(?:year|month|quarter))?)?"
                                r"\s+(?:(?:also|especially|notably|particularly|mainly)\s+)?(?:in|across)\s+(?:both\s+)?",
                                re.IGNORECASE)
_MOVED_AFTER_LIST = re.compile(r"\s+(?:(?:both|each|all)\s+)?(?:(?:saw|reported|recorded|posted|had|showed|reporting"
                               r"|recording|seeing|exhibited|experienced|logged|registered|have\s+seen|have\s+had)\s+(?:[\w-]+\s+){0,3})?", re.IGNORECASE)
_NOT_THE_LIST = re.compile(r"\b(?:except|but\s+not|excluding|outside|from)\s+(?:in\s+)?$", re.IGNORECASE)


def moved_in_list(text: str, clause: tuple[int, int], run: tuple[int, int]) -> Stated | None:
    """A rise or fall said in the part of a clause that names a list of places (`run`, its span) and
    holds no figure: the direction word nearest the list, when the list is what moved."""
    a = max([clause[0]] + [m.end() for m in _PART.finditer(text, clause[0], run[0])])
    b = next((m.start() for m in _PART.finditer(text, run[1], clause[1])), clause[1])
    if _NOT_THE_LIST.search(text, a, run[0]):
        return None        # "everywhere except Dallas and Austin", "moved from Dallas and Chicago"
    hits = [h for h in _LIST_MOVED.finditer(text, a, b) if not run[0] <= h.start() < run[1]
            and (_MOVED_BEFORE_LIST.fullmatch(text, h.end(), run[0]) if h.end() <= run[0]
                 else _MOVED_AFTER_LIST.fullmatch(text, run[1], h.start()))]
    if not hits:
        return None
    hit = min(hits, key=lambda h: min(abs(h.start() - run[1]), abs(run[0] - h.end())))
    if _NON_YEAR_DIGIT.search(text, min(hit.end(), run[1]), max(hit.start(), run[0])):
        return None        # "rose 12% in Dallas and Houston": the figure's, read with it
    relation = "higher" if hit.group("up") else "lower"
    return Stated("comparison", {"comparison": {"relation": relation}}, (hit.start(), hit.end()))


_BOTH_MOVED = WindowGatedPattern(re.compile(r"\b(?:both|each)\s+(?:have\s+|has\s+)?(?P<verb>rose|risen|fell|fallen|dropped|increased|decreased"
                                            r"|declined|climbed|grew|grown|went\s+up|went\s+down)\b", re.IGNORECASE),
                                 ("both", "each"))


# "a record-124 drug deaths", "a record low of 35", "a high of 193": a record stated of the figure
_RECORD_BESIDE = WindowGatedPattern(re.compile(r"\b(?:a\s+)?(?:new\s+)?record(?:[\s-]+(?:high|low))?(?:\s+of)?[\s-]+$|"
                                               r"\b(?:a|an)\s+(?:new\s+|all-time\s+)?(?:high|low)\s+of\s+$", re.IGNORECASE),
                                    ("record", "high", "low"))


# "the most since 23 in 2012", "its lowest level since 1,084 fatalities in 2007": a record whose
# window is said by an earlier year's own figure
_SINCE_FIGURE = WindowGatedPattern(re.compile(rf"\b(?:the|its|their)\s+(?P<most>{_MOST_HIGH}|{_MOST_LOW})\s+(?:[\w-]+\s+){{0,4}}?(?P<since>since)(?:\s+there\s+(?:were|was))?\s+$",
                                              re.IGNORECASE),
                                   ("since",))
_FIGURE_IN_YEAR = re.compile(r"(?:\s+(?!in\b)[\w-]+){0,3}?\s+in\s+(?P<year>(?:19|20)\d\d)\b", re.IGNORECASE)
_LOW_WORDS = frozenset("fewest lowest smallest least coldest".split())


# "reached a new high last year with 140 lives lost", "hit a record low in 2021, at 12": a record said
# before the figure, in its part of the clause
_REACHED_RECORD = WindowGatedPattern(re.compile(r"\b(?:reached|hit|set|marked|hits|reaches|sets)\s+(?:a|an|the)\s+(?:new\s+|record\s+|all-time\s+)"
                                                r"(?:high|low)\b(?!\s+of\b)", re.IGNORECASE),
                                     ("high", "low"))


# "the 32 homicides would still top past records", "17 days hit 115 degrees, breaking the previous
# record", "44 deaths, surpassing the all-time record": a record said after the figure, of it
_BROKE_RECORD = re.compile(r"^(?:\s+(?!and\b|but\b)[\w'’-]+){0,6}?,?\s+(?:(?:would|will|could|may|might|did)\s+)?(?:still\s+|already\s+|also\s+)?"
                           r"(?:top|tops|topped|topping|break|breaks|broke|breaking|broken|surpass|surpassed|surpasses|"
                           r"surpassing|exceed|exceeded|exceeds|exceeding|beat|beats|beating|shatter|shattered|shattering|"
                           r"eclipse|eclipsed|eclipsing)\s+(?:the\s+|its\s+|their\s+|a\s+)?"
                           r"(?:(?:past|previous|prior|old|all-time|single-year|annual|existing)\s+)*records?\b(?P<low>[\s-]+low)?",
                           re.IGNORECASE)


# "The lowest number of fire fatalities on record was 35 in 2009", "the highest was 134 in 1976", "The
# driest year was 4.11 inches in 2006-07": a superlative the clause's subject, the figure its level in a year
_MOST_WAS = WindowGatedPattern(re.compile(rf"(?:^\W*|[,;:]\s+|\band\s+)(?:the|its|their)\s+(?P<most>{_MOST_HIGH}|{_MOST_LOW}|driest|wettest)\b"
                                          r"(?:[\s-]+(?!was\b|were\b)[\w'’-]+){0,8}?\s+(?:was|were)\s+(?:about\s+|nearly\s+|just\s+)?$",
                                          re.IGNORECASE),
                               ("most", "highest", "largest", "biggest", "greatest", "worst", "deadliest", "busiest", "hottest", "warmest", "fewest", "lowest", "smallest", "least", "coldest", "driest", "wettest"))
_LOW_WORDS_WAS = _LOW_WORDS | {"driest"}
# "The city's record low was 333 in 2014", "The Silver State's all-time high was in 2006 with 432 traffic
# deaths": a record named as the clause's subject, the figure its level in a year
_RECORD_WAS = WindowGatedPattern(re.compile(r"(?:^\W*|[,;:]\s+|\band\s+)(?:the|its|their|[\w.-]+['’]s)\s+(?:[\w'’-]+\s+){0,3}?"
                                            r"(?:record|all[\s-]time)[\s-]+(?P<level>high|low)\s+(?:was|were|is)\s+"
                                            r"(?:in\s+(?P<year>(?:19|20)\d\d),?\s+(?:with|at)\s+)?(?:about\s+|nearly\s+|just\s+)?$", re.IGNORECASE),
                                 ("record", "time"))
# ... and only when the sentence, or the one before, says a record ("on record", "ever", "a record", "since 1942",
# "the lowest rate of 5.53, which was recorded in 2010"; not "Police recorded 45 homicides"),
# not of a window ("in the past decade"), a change ("the biggest drop"), or a rank across others ("Among ...")
_RECORD_SAID = re.compile(r"\b(?:on\s+record|ever|all[\s-]time|history|a\s+record|record[\s-](?:highs?|lows?|years?|levels?|numbers?)"
                          r"|records\s+(?:began|were\s+kept|show|go\s+back)|since\s+(?:19|20)\d\d"
                          r"|(?:lowest|highest|greatest|fewest)\b(?:[^.!?]|\.\d){0,80}\brecorded)\b",
                          re.IGNORECASE)
_NO_RECORD_MOST = re.compile(r"\b(?:(?:past|last|previous)\s+(?:\w+\s+)?(?:decade|years?|months?)|decade|\d+\s+years"
                             r"|since\s+there|drops?|rises?|increases?|decreases?|declines?|jumps?|falls?|gains?|growth|change)\b",
                             re.IGNORECASE)
_SENTENCE_END = re.compile(r"[.!?][\"”’]?\s+(?=[\"“]?[A-Z])|\n")


def _record_said(text: str, most: re.Match, at: int) -> bool:
    """Whether "the highest ... was N in YEAR" is a record: see `_RECORD_SAID` and `_NO_RECORD_MOST`."""
    ends = [m.end() for m in _SENTENCE_END.finditer(text, max(0, at - 600), at)]
    own = ends[-1] if ends else max(0, at - 600)
    if _NO_RECORD_MOST.search(most.group()) or re.match(r"\W*(?:among|of)\s+the\b", text[own:at], re.IGNORECASE):
        return False
    return _RECORD_SAID.search(text, ends[-2] if len(ends) > 1 else max(0, at - 600), at) is not None


# "the city's 24 fire deaths as the lowest annual total in recorded history", "The 1,224 crimes ... were the lowest
# recorded since 1975", "22 fewer killings than a year earlier and the lowest numbers since 1965": a record said
# after a figure in its part of the clause, joined to it by "as", a form of "be" or "and"
_RECORD_JOINED = re.compile(r"(?:\s+(?!but\b|while\b|although\b)[\w'’.-]+){0,10}?(?:\s+as|\s+(?:were|was|is|are|marks?|marked)|\s+and)\s+$",
                            re.IGNORECASE)


def _record_after(text: str, q: Quantity, stop: int) -> list[Stated]:
    """A record said after figure `q`, before `stop` and in its part (see `_RECORD_JOINED`), anchored at its words."""
    part = _PART.search(text, q.end, stop)
    end = part.start() if part is not None else stop
    hit = _RECORD.search(text, q.end, end)
    if hit is None or not (hit.group("most") or hit.group("most2")) or not _RECORD_JOINED.fullmatch(text, q.end, hit.start()):
        return []
    return _record(text, (q.end, end), text[q.end:end], _RECORD.search(text[q.end:end], hit.start() - q.end))


def records_beside(text: str, clause: tuple[int, int], figures: list[Quantity]) -> list[Stated]:
    """Records said of a figure itself ("reached a high of 193", "a record low of 35"): a
    statement of their own beside the figure's value."""
    out = []
    if figures:
        reached = _REACHED_RECORD.search(text, clause[0], figures[0].start)
        if reached is not None and not re.search(r"[,;]", text[reached.end():figures[0].start]):
            words = text[reached.start():reached.end()]
            found = _RECORD.search(words)
            if found:
                out.extend(_record(text, (reached.start(), reached.end()), words, found))
    for i, q in enumerate(figures):
        stop = figures[i + 1].start if i + 1 < len(figures) else clause[1]
        broke = _BROKE_RECORD.match(text[q.end:stop])
        if broke is not None and not re.search(r"[,;:]|\bthan\b", broke.group(0)):
            relation = "record-low" if broke.group("low") else "record-high"
            out.append(Stated("comparison", {"comparison": {"relation": relation}}, (q.start, q.end)))
            continue
        most = _MOST_WAS.search(text[clause[0]:q.start])
        if (most is not None and _FIGURE_IN_YEAR.match(text, q.end, stop) and not _RANKED.search(text, clause[0], q.start)
                and _record_said(text, most, q.start)):
            low = most.group("most").lower() in _LOW_WORDS_WAS
            out.append(Stated("comparison", {"comparison": {"relation": "record-low" if low else "record-high"}},
                              (q.start, q.end)))
            continue
        held = _RECORD_WAS.search(text[clause[0]:q.start])
        if held is not None and (held.group("year") or _FIGURE_IN_YEAR.match(text, q.end, stop)):
            relation = "record-low" if held.group("level").lower() == "low" else "record-high"
            out.append(Stated("comparison", {"comparison": {"relation": relation}}, (q.start, q.end)))
            continue
        since = _SINCE_FIGURE.search(text, max(clause[0], q.start - 60), q.start)
        year = _FIGURE_IN_YEAR.match(text, q.end, stop) if since is not None else None
        if year is not None:
            # "the most since 23 in 2012": a record of the claim's period, over the years after the
            # one named with its own figure (which had at least as many); that figure is a value of its own
            low = since.group("most").lower() in _LOW_WORDS
            comparison = {"relation": "record-low" if low else "record-high", "window": f"since {int(year.group('year')) + 1}"}
            out.append(Stated("comparison", {"comparison": comparison}, (since.start(), since.end("since"))))
            continue
        before = text[max(clause[0], q.start - 30):q.start]
        hit = _RECORD_BESIDE.search(before)
        if hit is None:
            out.extend(_record_after(text, q, stop))
            continue
        a = q.start - len(before) + hit.start()
        words = text[a:q.start]
        found = _RECORD.search(words)
        if found:
            # anchored at the figure, after its value: the record is said of that figure
            out.extend(Stated(x.kind, x.fields, (q.start, q.end)) for x in _record(text, (a, q.start), words, found))
    return out


# "nearly doubled in 2016 to 37", "has tripled since 2019, to 120": the multiple is a change of its
# own beside the level the figure reaches (the number reader reads only the level)
_MULTIPLE_TO = re.compile(r"(?:[^,;:.\d]|\b(?:19|20)\d\d\b){0,40}?(?:,\s*)?\bto\s+(?:(?:about|nearly|almost|roughly|around|more\s+than|over|"
                       r"just\s+(?:over|under))\s+)?[$£€]?$", re.IGNORECASE)


def multiples_beside(text: str, clause: tuple[int, int], figures: list[Quantity]) -> list[Stated]:
    out = []
    for q in figures:
        before = text[max(clause[0], q.start - 90):q.start]
        for hit in _MULTIPLE.finditer(before):
            if hit.group("verb") and _MULTIPLE_TO.fullmatch(before, hit.end()):
                a = q.start - len(before)
                out.extend(_multiple(text, (a + hit.start(), q.start), before[hit.start():]))
                break
    return out


def none_of(text: str, clause: tuple[int, int], names_metric, names_kind=None) -> list[Stated]:
    """ "no drug overdose deaths": a value of 0 when a metric is named right after "no"; "one
    fire-related death was reported" a value of 1 (the number reader leaves a lower-case "one" be);
    "did not experience a single highway death" a value of 0 (`names_kind` may read a noun the
    headline narrows to a metric)."""
    out = []
    for hit in _NO.finditer(text, clause[0], clause[1]):
        if names_metric((hit.end(), min(clause[1], hit.end() + 40))):
            out.append(Stated("value", {"value": "0"}, (hit.start(), hit.start() + 2)))
            out.extend(Stated("value", {"value": "0"}, item) for item in _none_listed(text, clause, hit.end(), names_metric))
    negated = []
    for hit in _NOT_A_SINGLE.finditer(text, clause[0], clause[1]):
        # "Bamberg County did not experience a single highway death": none
        if (names_kind or names_metric)((hit.end(), min(clause[1], hit.end() + 40))):
            out.append(Stated("value", {"value": "0"}, (hit.start("single"), hit.end("single"))))
            negated.append(hit.start("single"))
    for hit in _NOT_ANY.finditer(text, clause[0], clause[1]):
        if not _NOT_ANY_NOUN.search(hit.group("noun")) and names_metric((hit.start("noun"), hit.end("noun"))):
            out.append(Stated("value", {"value": "0"}, (hit.start("single"), hit.end("single"))))
    for hit in _ONE.finditer(text, clause[0], clause[1]):
        if any(hit.start() <= n < hit.end() for n in negated):
            continue
        noun = _SINGULAR_AFTER.match(text, hit.end(), clause[1])
        if noun is not None and names_metric((hit.end(), noun.end())):
            out.append(Stated("value", {"value": "1"}, (hit.start("one"), hit.end("one"))))
    return out


_LIST_SEP = re.compile(r",\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+", re.IGNORECASE)
_ITEM_WORDS = re.compile(r"[\w’'/-]+(?:\s+[\w’'/-]+){0,3}")
# an item with a count or determiner of its own is no longer "no": "no homicides, a robbery and several
# burglaries", "no homicides, only robberies and burglaries"
_ITEM_COUNTED = re.compile(r"(?:a|an|the|only|just|several|few|many|some|multiple|numerous|more|fewer|dozens?|hundreds?"
                           r"|one|two|three|four|five|six|seven|eight|nine|ten|\d[\d,.]*)\b", re.IGNORECASE)


def _none_listed(text: str, clause: tuple[int, int], start: int, names_metric) -> list[tuple[int, int]]:
    """ "no homicides, robberies and arsons": the items after the first of a list after "no", each a
    name of a metric of its own (the list ends at the first item that names none: "no homicides, the
    sheriff said", or that has a count or determiner of its own: "no homicides, a robbery and several burglaries")."""
    items = []
    sep = _LIST_SEP.search(text, start, clause[1])
    if sep is None or not _ITEM_WORDS.fullmatch(text, start, sep.start()) or not names_metric((start, sep.start())):
        return items
    while sep is not None:
        words = _ITEM_WORDS.match(text, sep.end(), clause[1])
        if words is None or _ITEM_COUNTED.match(text, sep.end(), clause[1]):
            break
        nxt = _LIST_SEP.search(text, sep.end(), clause[1])
        end = nxt.start() if nxt is not None and nxt.start() <= words.end() else words.end()
        if not names_metric((sep.end(), end)):
            break
        items.append((sep.end(), end))
        sep = nxt if nxt is not None and nxt.start() <= words.end() else None
    return items


_NOT_A_SINGLE = re.compile(r"\b(?:not|never|n['’]t)\s+(?:[a-z]+\s+){0,2}?(?P<single>a\s+single)\s+", re.IGNORECASE)
# "Lafayette County has not had any traffic fatalities in 2008", "there have not been any homicides": none, of
# a count named right after "any" (its noun phrase ends at a preposition, a period word or a mark; not "did not
# release any homicide figures", "has not seen any increase in homicides")
_NOT_ANY = re.compile(r"\b(?:has|have|had|was|were|there\s+(?:has|have|had|was|were))\s*(?:not|n['’]t)\s+(?:(?:had|been|seen|recorded"
                      r"|reported)\s+)?(?P<single>any)\s+(?P<noun>(?:(?!(?:with|of|to|from|by|about|between)\b)[\w-]+\s+){0,3}?[\w-]+)(?=\s*(?:[.,;:]|$)|\s+(?:in|so|this|last"
                      r"|since|during|for|over|on|at|reported|recorded|either)\b)", re.IGNORECASE)
# (nor a change: "has not had any enrollment growth since 2010")
_NOT_ANY_NOUN = re.compile(r"\b(?:figures?|data|numbers?|statistics|increases?|decreases?|changes?|growth|gains?|declines?|drops?"
                           r"|evidence|information|records?"
                           r"|reports?|details?)\b", re.IGNORECASE)
# "one fire-related death was reported", "a single homicide was recorded": one, of a metric named
# right after it by a singular noun followed by its verb
_ONE = re.compile(r"(?<![\w-])(?:only\s+)?(?P<one>one|a\s+single)\s+(?!of\b|in\b|more\b|person\b|another\b)", re.IGNORECASE)
_SINGULAR_AFTER = re.compile(r"(?:[\w-]+\s+){0,3}?[\w-]*(?:death|homicide|murder|shooting|fatality|fire|overdose|killing|crash)"
                             r"\s+(?:was|has\s+been|had\s+been|occurred|happened|is)\b", re.IGNORECASE)


def figureless(text: str, clause: tuple[int, int], before: Stated | None = None, names_metric=None) -> list[Stated]:
    """Statements without a figure: a record, a comparison with another period, "is down";
    "with the exception of murders" after "crime is down" says murders went the other way."""
    words = text[clause[0]:clause[1]]
    hit = _EXCEPTION.match(words)
    if hit and before is not None and before.kind == "comparison":
        relation = _OPPOSITE.get(before.fields["comparison"]["relation"])
        if relation:
            span = (clause[0], clause[1])
            return [Stated("comparison", {"comparison": {"relation": relation}}, span)]
    hit = _RECORD.search(words)
    if hit:
        rest = re.search(r",\s+", words[hit.end():])
        later = figureless(text, (clause[0] + hit.end() + rest.end(), clause[1]), names_metric=names_metric) if rest else []
        later = [s for s in later if s.fields.get("comparison", {}).get("relation") in ("higher", "lower")]
        return _record(text, clause, words, hit) + later
    return _compared(text, clause, words, names_metric)


# "the second-highest total on record", "the second-highest number of overdose fatalities on record"
_RANKED = re.compile(r"(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:nd|rd|th))[\s-]+"
                     r"(?:most|highest|fewest|lowest|largest|worst|deadliest|busiest)\b[^.;,]{0,60}$", re.IGNORECASE)


def _record(text: str, clause: tuple[int, int], words: str, hit: re.Match) -> list[Stated]:
    if _RANKED.search(words[:hit.end()]):
        return []     # a rank, not a record
    most = (hit.group("most") or hit.group("most2") or hit.group("most3") or hit.group("most4") or "").lower()
    level = (hit.group("level") or hit.group("level2") or hit.group("level3") or hit.group("level4") or "").lower()
    low = level == "low" or most in ("fewest", "lowest", "fewer", "lower", "less", "smallest", "least", "coldest")
    span = (clause[0] + hit.start(), clause[0] + hit.end())
    comparison: dict = {"relation": "record-low" if low else "record-high"}
    years = (hit.group("years") or hit.group("years2") or "").lower()
    tens = (hit.group("tens") or "").lower()
    if years:
        # the window is worked out from the claim's period ("the highest in 28 years" of 2018: since 1990)
        comparison["over_years"] = int(years) if years.isdigit() else _YEAR_WORDS[years]
    elif tens:
        comparison["over_years"] = 10 * (int(tens) if tens.isdigit() else _YEAR_WORDS[tens])
    elif (hit.group("decades") or "").lower() == "decade":
        comparison["over_years"] = 10      # "the highest in the past decade"
    window = _WINDOW.search(words, hit.end() - 5) if hit.group("most2") or hit.group("most3") else None
    if window:
        comparison["window"] = f"since {window.group('year')}"
    return [Stated("comparison", {"comparison": comparison}, span)]


# "has doubled", "tripled", "halved": a change by a multiple, said by a verb ("doubled" is up
# 100 percent; "tripled" a ratio of 3, as a claim file writes "three times")
_MULTIPLE = WindowGatedPattern(re.compile(r"(?:\b(?P<qual>nearly|almost|about|roughly|more\s+than)\s+)?"
                                          r"\b(?:(?P<verb>doubled|tripled|trebled|quadrupled|halved)\b"
                                          # "nearly double the number in 2019", "twice what it was in 2015"
                                          r"|(?P<adj>double|twice|triple)\s+(?=(?:the|that|what|those|last)\b)"
                                          # a headline's present tense: "Overdoses double in 2016", "Shootings triple since 2019"
                                          # (or ending a headline's line: "Aggressive driving deaths more than triple")
                                          r"|(?<!\ba\s)(?<!\bthe\s)(?P<now>doubles?|triples?)(?=\s+(?:in|since|from|over|this|last)\s|[ \t]*(?:\n|$)))",
                                          re.IGNORECASE),
                               ("double", "triple", "trebled", "quadrupled", "halved", "twice"))
_MULTIPLES = {"doubled": ("up", "100", "percent"), "tripled": ("up", "3", "ratio"), "trebled": ("up", "3", "ratio"),
              "quadrupled": ("up", "4", "ratio"), "halved": ("down", "50", "percent"), "double": ("up", "100", "percent"),
              "twice": ("up", "100", "percent"), "triple": ("up", "3", "ratio"), "doubles": ("up", "100", "percent"),
              "triples": ("up", "3", "ratio")}
# "nearly three times higher than", "twice as many as": the number reader's "three times"
_TIMES_AFTER = re.compile(r"^\s*(?:times\s+)?(?:higher|more|greater|larger|bigger|as\s+(?:many|much|high|large))\b", re.IGNORECASE)


def _multiple(text: str, clause: tuple[int, int], words: str) -> list[Stated]:
    hit = _MULTIPLE.search(words)
    if hit is None:
        return []
    direction, by, measure = _MULTIPLES[(hit.group("verb") or hit.group("adj") or hit.group("now")).lower()]
    if hit.group("qual"):
        by = f"{' '.join(hit.group('qual').lower().split())} {by}"
    word = "verb" if hit.group("verb") else "adj" if hit.group("adj") else "now"
    span = (clause[0] + hit.start(word), clause[0] + hit.end(word))
    return [Stated("change", {"change": {"direction": direction, "by": by, "measure": measure}}, span)]


# "were both up by a third", "saw a jump of almost a quarter", "decline by nearly one-quarter", "fell by
# half": a change by a fraction said in words, which the number reader does not read as a figure
# (not "half of the counties", "a quarter mile", "up by a third of a point", "a quarter cent", "a fifth
# straight year"). A bare "up"/"down" before the fraction only after a copula or "both" ("were down a
# third"), or in a headline: not a phrasal verb's ("made up about a third", "voted down a third proposal")
_FRACTION_CHANGE = re.compile(
    r"\b(?:(?P<up>up|increased|increases?|rose|rise[sn]?|grew|grown|climbed|jumped|jump|gain(?:ed)?|surged?)"
    r"|(?P<down>down|decreased|decreases?|declined?|declines|fell|fallen|falls?|dropped|drops?|dipped|dip|slid|cut|reduced"
    r"|reduction|shrank|shrunk))"
    r"(?:\s+(?:by|of)|"
    + "|".join(rf"(?<=\b{word}\s{move})" for word in ("was", "were", "is", "are", "been", "both") for move in ("up", "down"))
    # (a headline's "DOWN A THIRD", "Down a Third": taken only when the line is a headline)
    + r"|(?P<headline>(?-i:(?<=UP)|(?<=DOWN)|(?<=Up)|(?<=Down))))"
    r"\s+(?P<qual>nearly|almost|about|roughly|around|more\s+than|over|close\s+to)?\s*"
    r"(?P<frac>(?:a|one)[\s-](?:quarter|third|fifth)|half)\b"
    r"(?!\s+(?:of|a|an|the|its|their|mile|miles|point|points|percentage|percent|cent|cents|mill|century|hour|hours|dozen"
    r"|million|billion|inch|inches|straight|consecutive|time|times)\b|-"
    # (nor a list of fractions, "fell by a third and a quarter, respectively", whose each is not read)
    r"|\s+and\s+(?:(?:a|one)[\s-](?:quarter|third|fifth)|half)\b)",
    re.IGNORECASE)


def _fraction_change(text: str, clause: tuple[int, int], words: str) -> list[Stated]:
    hit = next((x for x in _FRACTION_CHANGE.finditer(words) if x.group("headline") is None or _headline(text, clause)), None)
    if hit is None:
        return []
    qualifier = " ".join(hit.group("qual").lower().split()) + " " if hit.group("qual") else ""
    direction = "up" if hit.group("up") else "down"
    span = (clause[0] + hit.start(), clause[0] + hit.end())
    return [Stated("change", {"change": {"phrase": f"{direction} {qualifier}{hit.group('frac').lower()}"}}, span)]


_UP_VERBS = r"increased|risen|rose|grown|grew|climbed|gone\s+up|went\s+up|gone\s+up"
_DOWN_VERBS = r"declined|decreased|fallen|fell|dropped|gone\s+down|went\s+down"
# the plain forms a streak is told with after "saw"/"see" ("saw its murder rate drop for a third straight year")
_PLAIN_UP = frozenset("rise increase climb grow".split())
_PLAIN_VERBS = r"drop|decline|fall|decrease|rise|increase|climb|grow"
_ORDINALS = {"second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8, "ninth": 9,
             "tenth": 10}
# "have grown steadily since then", "increased every year since 2019", "declined for the second straight
# year", "the first drop in five years": a run of year-on-year moves ending with the claim's year
_STREAK = re.compile(rf"\b(?:steadily|consistently)\s+(?P<verb4>rising|increasing|climbing|growing|falling|declining|"
                     r"dropping|decreasing)\s+(?:(?:every\s+year|each\s+year|year\s+after\s+year|annually)\s+)?"
                     r"since\s+(?P<since2>(?:19|20)\d\d)\b|"
                     rf"\b(?P<verb>{_UP_VERBS}|{_DOWN_VERBS})\s+(?:(?:steadily|every\s+year|each\s+year|"
                     rf"year\s+after\s+year|annually)\s+)+since\s+(?P<since>then|(?:19|20)\d\d)\b"
                     # "declined in 2011 for the third straight year", "saw its murder rate drop for a third
                     # straight year": a year or a place between, the verb's plain form after "saw/see"
                     rf"|\b(?P<verb2>{_UP_VERBS}|{_DOWN_VERBS}|{_PLAIN_VERBS})\b(?:\s+(?!for\b)[\w'’.]+){{0,3}}?"
                     rf"\s+for\s+(?:the|a)\s+(?P<nth>second|third|fourth|fifth|sixth|"
                     rf"seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th))\s+(?:(?:straight|consecutive)\s+year\b|year\s+in\s+a\s+row\b)"
                     r"|\bthe\s+first\s+(?P<first>drop|decline|decrease|fall|increase|rise|jump)\s+in\s+(?P<n>\w+)\s+years\b"
                     # "has dropped for three years in a row", "rose for four consecutive years"
                     rf"|\b(?P<verb3>{_UP_VERBS}|{_DOWN_VERBS})\s+(?:for\s+)?(?:the\s+(?:past|last)\s+)?(?P<nyears>\w+)\s+"
                     r"(?:(?:straight|consecutive)\s+years|years\s+in\s+a\s+row)\b",
                     re.IGNORECASE)


# "sees dip in homicides for first time in nearly a decade", "totals are down for the first time in
# nearly a decade", "the first time in 20 years that Nebraska's public school enrollment declined": the
# first move that way over a span of years ("nearly a decade" is nine years)
_SPAN = r"(?P<q>nearly\s+|almost\s+|about\s+|more\s+than\s+|over\s+)?(?P<n>a|an|\d{1,3}|[a-z]+)\s+(?P<unit>years?|decades?)\b"
_UP_WORDS = r"up|rise|rises|rose|risen|increase|increases|increased|jump|jumped|climbed|grew|grown|uptick|gain|gained"
_DOWN_WORDS = (r"down|dip|dips|dipped|drop|drops|dropped|decline|declines|declined|decrease|decreases|decreased|fall|falls|fell"
               r"|fallen|downturn|downtick")
_FIRST_TIME = re.compile(rf"\b(?P<dir>{_UP_WORDS}|{_DOWN_WORDS})\b[^.;:]{{0,60}}?\bfor\s+(?:the\s+)?first\s+time\s+in\s+{_SPAN}"
                         rf"|\bthe\s+first\s+time\s+in\s+{_SPAN.replace('?P<q>', '?P<q2>').replace('?P<n>', '?P<n2>').replace('?P<unit>', '?P<unit2>')}"
                         rf"[^.;:]{{0,80}}?\b(?P<dir2>{_UP_WORDS}|{_DOWN_WORDS})\b", re.IGNORECASE)


def _first_time(text: str, clause: tuple[int, int], words: str) -> list[Stated]:
    hit = _FIRST_TIME.search(words)
    if hit is None:
        return []
    word = (hit.group("dir") or hit.group("dir2")).lower()
    n = (hit.group("n") or hit.group("n2")).lower()
    unit = (hit.group("unit") or hit.group("unit2")).lower()
    q = (hit.group("q") or hit.group("q2") or "").strip().lower()
    count = 1 if n in ("a", "an") else int(n) if n.isdigit() else _YEAR_WORDS.get(n)
    if count is None:
        return []
    years = count * (10 if unit.startswith("decade") else 1) - (1 if q in ("nearly", "almost") else 0)
    up = re.fullmatch(_UP_WORDS, word, re.IGNORECASE) is not None
    span = (clause[0] + hit.start(), clause[0] + hit.end())
    return [Stated("comparison", {"comparison": {"relation": "first-rise" if up else "first-fall", "years": years}}, span)]


def _streak(text: str, clause: tuple[int, int], words: str) -> list[Stated]:
    first = _first_time(text, clause, words)
    if first:
        return first
    hit = _STREAK.search(words)
    if hit is None:
        return []
    span = (clause[0] + hit.start(), clause[0] + hit.end())
    if hit.group("first"):
        up = hit.group("first").lower() in ("increase", "rise", "jump")
        n = hit.group("n").lower()
        years = int(n) if n.isdigit() else _YEAR_WORDS.get(n)
        if years is None:
            return []
        return [Stated("comparison", {"comparison": {"relation": "first-rise" if up else "first-fall", "years": years}},
                       span)]
    verb = (hit.group("verb") or hit.group("verb2") or hit.group("verb3") or hit.group("verb4")).lower()
    up = re.fullmatch(_UP_VERBS, verb) is not None or verb in ("rising", "increasing", "climbing", "growing") \
        or verb in _PLAIN_UP
    comparison: dict = {"relation": "rise-streak" if up else "fall-streak"}
    if hit.group("nyears"):
        n = hit.group("nyears").lower()
        years = int(n) if n.isdigit() else _YEAR_WORDS.get(n)
        if years is None:
            return []
        comparison["years"] = years
    elif hit.group("nth"):
        nth = hit.group("nth").lower()
        comparison["years"] = int(re.sub(r"\D", "", nth)) if nth[0].isdigit() else _ORDINALS[nth]
    else:
        since = (hit.group("since") or hit.group("since2")).lower()
        if since == "then":
            # "dropped to 76 in 2019, but have grown steadily since then": the year named before
            years = re.findall(r"\b(?:19|20)\d\d\b", text[max(0, clause[0] - 200):clause[0] + hit.start()])
            if not years:
                return []
            since = years[-1]
        comparison["since_year"] = int(since)
    return [Stated("comparison", {"comparison": comparison}, span)]


# (and a change only hoped for or supposed: "hopes to see a downturn", "it's not unusual to see a
# downturn", "you're going to see a significant drop"; not "the only force to see a drop", which happened,
# nor a hope of something else, "Despite hopes of a turnaround, the county saw an increase", "Hope
# Township", nor what was unusual, "It was unusual to see a drop")
_FORECAST = re.compile(r"\b(?:expect|forecast|project|predict|anticipate|foresee)(?:s|ed|ing)?\b|\bwill\s+(?:see|show)\b"
                       r"|\b(?:going|(?<!was\s)(?:unusual|uncommon)|like|want(?:s|ed)?|wish(?:es|ed)?|hop(?:e|es|ed|ing))\s+to\s+see\b",
                       re.IGNORECASE)


def _counted_after(text: str, clause: tuple[int, int], hit: re.Match, names_metric) -> bool:
    """"There were fewer homicides in 2011": the words right after fewer/more (four at most) name the
    metric, and the clause ends there or names a period later ("more victims inside the home" is
    additional ones)."""
    if names_metric is None:
        return False
    start = clause[0] + hit.start("noun")
    for word in re.finditer(r"[\w'’-]+", hit.group("noun")):
        end = clause[0] + hit.start("noun") + word.end()
        if names_metric((start, end)):
            return _THERE_WERE_AFTER.match(text[end:clause[1]]) is not None
    return False


# Before "continue(s/d) to rise": a condition, a modal, a hope or forecast, a negation or a question's
# verb ("if overdose deaths continue to rise", "homicides could continue to fall", "expected to continue to
# decline", "did not continue to fall", "will homicides continue to climb")
_NOT_SAID_TO_GO_ON = re.compile(r"\b(?:if|unless|whether|should|will|would|could|can|may|might|hop(?:e|es|ed|ing)"
                                r"|wants?|wanted|expects?|expected)\b"
                                # right before "continue": "to", a negation, "did/does"
                                r"|\b(?:to|not|never|did|does|do|must)(?:\s+[\w'’]+)?\s*$|n['’]t(?:\s+[\w'’]+)?\s*$",
                                re.IGNORECASE)


def _ongoing_of_metric(text: str, clause: tuple[int, int], words: str, hit: re.Match, names_metric) -> bool:
    """"Homicides in Monroe County are on the rise": the metric's own words end at most eight words
    before the verb (its subject: not "tensions were rising ... after the homicide"); after "was/were"
    a period follows ("smoke was rising from the second floor" is a scene)."""
    if names_metric is None:
        return False
    if hit.group("aux").lower() in ("was", "were") and not _ONGOING_PERIOD.match(words, hit.end("verb")):
        return False
    before = list(re.finditer(r"[\w'’-]+", words[:hit.start("aux")]))[-8:]
    return bool(before) and names_metric((clause[0] + before[0].start(), clause[0] + before[-1].end()))


def _compared(text: str, clause: tuple[int, int], words: str, names_metric=None) -> list[Stated]:
    streak = _streak(text, clause, words)
    if streak:
        return streak
    multiple = _multiple(text, clause, words)
    if multiple:
        return multiple
    fraction = _fraction_change(text, clause, words)
    if fraction:
        return fraction
    hit = _COMPARED.search(words)
    if hit and _A_FREQUENCY.match(words, hit.end()):
        return []
    if hit:
        rel = (hit.group("rel") or hit.group("rel3") or hit.group("rel2") or "").lower()
        if hit.group("passed"):
            rel = "fewer" if hit.group("not") else "more"
        elif hit.group("passed2"):
            rel = "more"
        relation = ("higher" if rel in ("higher", "more", "greater") else "lower" if rel in ("lower", "fewer", "less")
                    else "tie" if hit.group("tie") else "about-same")
        span = (clause[0] + hit.start(), clause[0] + hit.end())
        return [Stated("comparison", {"comparison": {"relation": relation}}, span)]
    hit = _STEADY.search(words)
    if hit and (hit.group("same2") or hit.group("none")) and not _of_a_count(words, hit):
        hit = None
    if hit:
        # "the rate remained unchanged in August": the same as the period before; "roughly flat from
        # February", "changed little": about the same
        span = (clause[0] + hit.start(), clause[0] + hit.end())
        tie = hit.group("same") or (hit.group("same2") and not hit.group("hedge"))
        return [Stated("comparison", {"comparison": {"relation": "tie" if tie else "about-same"}}, span)]
    hit = _STATE.search(words)
    if hit:
        span = (clause[0] + hit.start(), clause[0] + hit.end())
        word = hit.group("dir") or hit.group("verb") or hit.group("verb2")
        relation = "higher" if _RISING.fullmatch(word) else "lower"
        return [Stated("comparison", {"comparison": {"relation": relation}}, span)]
    hit = _THERE_WERE.search(words)
    if hit and _counted_after(text, clause, hit, names_metric):
        span = (clause[0] + hit.start("rel"), clause[0] + hit.end("rel"))
        relation = "higher" if hit.group("rel").lower() == "more" else "lower"
        return [Stated("comparison", {"comparison": {"relation": relation}}, span)]
    hit = _ONGOING.search(words)
    if hit and hit.group("aux").lower().startswith("continu") and _NOT_SAID_TO_GO_ON.search(words, 0, hit.start()):
        hit = None      # "if deaths continue to rise", "homicides could continue to fall": not said to have gone on
    if hit and _ongoing_of_metric(text, clause, words, hit, names_metric):
        span = (clause[0] + hit.start("verb"), clause[0] + hit.end("verb"))
        relation = "higher" if hit.group("verb").lower().split()[-1] in _ONGOING_UP else "lower"
        return [Stated("comparison", {"comparison": {"relation": relation}}, span)]
    hit = _NUMBER_MOVING.search(words)
    if hit and _FORECAST.search(words, 0, hit.start()):
        hit = None      # "the chief expects an increasing number of calls this summer": a forecast
    if hit:
        span = (clause[0] + hit.start(), clause[0] + hit.end("dir"))
        relation = "higher" if hit.group("dir").lower() in _NUMBER_UP else "lower"
        return [Stated("comparison", {"comparison": {"relation": relation}}, span)]
    hit = _NOUN_CHANGE.search(words)
    if hit and _FORECAST.search(words, 0, hit.start()):
        hit = None      # "the sheriff expects a decline in 2012": a forecast, no change said to have been
    if hit:
        span = (clause[0] + hit.start(), clause[0] + hit.end())
        word = (hit.group("dir") or hit.group("dirs") or hit.group("dir3") or hit.group("dir4")).lower().rstrip("s")
        relation = "higher" if word in ("increase", "rise", "jump", "uptick", "upswing", "spike", "surge") else "lower"
        return [Stated("comparison", {"comparison": {"relation": relation}}, span)]
    hit = _BARE.search(words)
    if hit is None and _headline(text, clause):
        hit = _headline_move(words)
    if hit and (hit.group("prev") or "").lower() not in _PHRASAL:
        span = (clause[0] + hit.start("dir"), clause[0] + hit.end("dir"))
        relation = "higher" if _HEADLINE_UP.fullmatch(hit.group("dir")) else "lower"
        return [Stated("comparison", {"comparison": {"relation": relation}}, span)]
    return []


# A headline's present tense or bare direction at its end: "Holiday Drunk-Driving Arrests Up",
# "Absentee ballots jump", "National road toll rises amid calls for transparency"
_HEADLINE_MOVE = re.compile(r"(?:\b(?P<prev>[a-z]+)\s+)(?P<dir>up|down|rises?|jumps?|climbs?|soars?|surges?|spikes?|increases?"
                            r"|falls?|drops?|declines?|dips?|plunges?|decreases?)"
                            r"(?:\s+(?:slightly|sharply|again|further))?"
                            r"(?=\s*$|\s*[,;:]|\s+(?:in|for|amid|across|after|since|over|from|to|this|last|as|at)\b)",
                            re.IGNORECASE)
# "mother speaks up", "suspect gives up", "police step up patrols", "jury selection wraps up": no direction
_HEADLINE_PHRASAL = re.compile(r"(?:speak|give|step|ramp|gear|beef|wrap|sign|show|set|back|stand|open|shut|close|break|"
                               r"crack|turn|pick|call|follow|clean|line|sum|end|own|hold|stay|play|keep|team)s?",
                               re.IGNORECASE)
_LINE_END = re.compile(r"\s*(?:$|[,;:])")
# "falls from roof", "jumps to first place": from/to/at after a headline's verb only before a figure
_NO_FIGURE_AFTER = re.compile(r"\s+(?:from|to|at)\s+(?![\d$])", re.IGNORECASE)


def _headline_move(words: str) -> re.Match[str] | None:
    """A headline's direction: "up"/"down" at the clause's end after no phrasal verb ("speaks up"), a verb with
    no "from/to/at" after it but before a figure ("falls from roof")."""
    for hit in _HEADLINE_MOVE.finditer(words):
        after = words[hit.end():]
        if hit.group("dir").lower() in ("up", "down"):
            if _HEADLINE_PHRASAL.fullmatch(hit.group("prev")) or not _LINE_END.match(after):
                continue
        elif _NO_FIGURE_AFTER.match(after):
            continue
        return hit
    return None
_HEADLINE_UP = re.compile(r"up|rises?|jumps?|climbs?|soars?|surges?|spikes?|increases?", re.IGNORECASE)


def _headline(text: str, clause: tuple[int, int]) -> bool:
    """Whether the clause is of a line with no sentence's end, at the top of the text (a headline)."""
    line_start = text.rfind("\n", 0, clause[0]) + 1
    line_end = text.find("\n", clause[1])
    line = text[line_start:line_end if line_end >= 0 else len(text)].rstrip()
    return bool(line) and line[-1] not in ".!?\"”" and len(line) <= 120 \
        and not _DATE_LINE.sub("", text[:line_start]).strip()


_DATE_LINE = re.compile(r"^\s*date\s+\d{4}-\d{2}-\d{2}[ \t]*\n", re.IGNORECASE)


# "a 4 percent hike from 2017 and 35 percent since 2008": the second figure of a list of changes,
# with a base of its own, goes the way of the first
_AND_NEXT = re.compile(r"^[^,.;:]{0,40}?\s+and\s+(?:by\s+)?(?:about\s+|nearly\s+|roughly\s+|almost\s+)?$", re.IGNORECASE)
# a base of its own, or a period of its own ("in Q4", "at year end", "over the year", "in the past year"), maybe after
# the count in parentheses ("4.6 per cent (1,191 students) since 2019")
_OWN_BASE_AFTER = re.compile(r"^\s*(?:\([^()]{1,40}\)\s*)?(?:from|since|over|compared\s+(?:with|to)|than|year[\s-]+over[\s-]+year"
                             r"|at\s+(?:the\s+)?year[\s-]+end|(?:in|for|during)\s+(?:the\s+)?(?:Q[1-4]|(?:19|20)\d\d|year|(?:first|second"
                             r"|third|fourth|last|past|previous|full)\s+(?:\w+\s+)?(?:year|quarter|half|month)))\b", re.IGNORECASE)


def changes_carried(text: str, stated: list[Stated]) -> list[Stated]:
    """A percentage after a change by a percentage and "and", followed by a base of its own, is a
    change in the same direction ("a 4 percent hike from 2017 and 35 percent since 2008")."""
    from dataclasses import replace
    out = list(stated)
    for i in range(1, len(out)):
        st, before = out[i], out[i - 1]
        if st.kind != "value" or st.figure is None or st.figure.unit != "percent" or before.kind != "change" \
                or before.figure is None or before.figure.unit != "percent":
            continue
        if not _AND_NEXT.match(text[before.anchor[1]:st.anchor[0]]) or not _OWN_BASE_AFTER.match(text[st.anchor[1]:st.anchor[1] + 30]):
            continue
        change = before.fields["change"]
        direction = change.get("direction") or change.get("phrase", "").split()[0]
        if direction not in ("up", "down"):
            continue
        out[i] = replace(st, kind="change", fields={"change": {"phrase": f"{direction} {st.figure.text}"}})
    return out


def record_year_spans(text: str, span: tuple[int, int]) -> list[tuple[int, int]]:
    """Spans of records over a span of years in text[span] ("the highest in 28 years")."""
    return [(m.start(), m.end()) for m in _OVER_YEARS_RE.finditer(text, span[0], span[1])] + \
        [(m.start(), m.end()) for m in _RANK_WINDOW.finditer(text, span[0], span[1])]


# "the third-highest dollar value in property losses in the past five years": a rank's window of
# years, not the period of the figure
_RANK_WINDOW = re.compile(r"\b(?:second|third|fourth|fifth|\d+(?:nd|rd|th))[\s-]+(?:highest|lowest|most|fewest|largest|"
                          r"worst|deadliest|busiest|biggest)\b[^.;,]{0,60}?\bin\s+the\s+(?:past|last|previous)\s+"
                          r"\w+\s+years\b", re.IGNORECASE)


def records_over_years(text: str, clause: tuple[int, int], stated: list[Stated]) -> list[Stated]:
    """Records over a span of years in a part that also holds a figure ("a 17% jump over 2021 and
    the most in four decades"), unless a statement already stands there."""
    if "year" not in text[clause[0]:clause[1]].lower() and "decade" not in text[clause[0]:clause[1]].lower():
        return []
    out = []
    for hit in _OVER_YEARS_RE.finditer(text, clause[0], clause[1]):
        if any(s.anchor[0] < hit.end() and hit.start() < s.anchor[1] for s in stated):
            continue
        found = _RECORD.search(text, hit.start(), hit.end())
        if found is not None:
            out.extend(_record(text, (hit.start(), hit.end()), text[hit.start():hit.end()],
                               _RECORD.search(text[hit.start():hit.end()])))
    return out


# Each figureless pattern with the words one of which it cannot match without (`words_of` splits
# "record-high" and "all-time" into their words): a set test spares most sentences the searches.
# tests/test_draft_statements.py holds the law: the gated test answers as the ungated one.
_UP_DOWN = frozenset({"up", "down"})
_FIGURELESS_PATTERNS = (
    (_NO, frozenset({"no"})),
    (_ONE, frozenset({"one", "single"})),
    (_NOT_ANY, frozenset({"any"})),
    (_MULTIPLE, frozenset("doubled tripled trebled quadrupled halved double twice triple doubles triples".split())),
    (_FRACTION_CHANGE, frozenset({"quarter", "third", "fifth", "half"})),
    (_RECORD, frozenset(f"record high low highs lows than {_MOST_HIGH} {_MOST_LOW}".replace("|", " ").split())),
    (_STREAK, frozenset("since straight consecutive row first".split())),
    (_FIRST_TIME, frozenset({"time"})),
    (_COMPARED, frozenset("than compared exceeded surpassed outpaced topped eclipsed passed track pace same par".split())),
    (_STEADY, frozenset("unchanged same flat steady stable static change changed little".split())),
    (_STATE, frozenset(f"up down declined dropped fallen risen increased decreased grown gone climbed went rose fell grew shrank shrunk "
                       f"{_MOVED_UP} {_MOVED_DOWN}".replace("|", " ").replace("\\s+", " ").split())),
    (_THERE_WERE, frozenset({"there"})),
    (_ONGOING, frozenset("increasing rising climbing growing decreasing declining falling dropping going rise decline "
                         "upswing increase climb grow decrease fall drop".split())),
    (_NUMBER_MOVING, frozenset({"number", "numbers", "count", "amount"})),
    (_NOUN_CHANGE, frozenset("increase rise jump decline decrease drop reduction dip uptick upswing spike surge downturn "
                             "downswing downtick increases rises jumps declines decreases drops reductions dips".split())),
)
