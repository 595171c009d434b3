"""The words a claim is quoted with: the comma part (or the side of an "and" or "from ... to")
of the clause that holds its figure, and line:column of an offset.
"""

from __future__ import annotations

import re
from functools import lru_cache

from auditor.draft.extract import DATELINE, DATELINE_BARE
from auditor.draft.sentences import in_aside
from auditor.text.word_gate import WindowGatedPattern


# the dateline without its line start, at a clause's start ("CHICAGO (WGN) — ", "REGINA — ")
_BARE_AT = re.compile(DATELINE_BARE.pattern.replace("(?:^|\\n)", "", 1))


_CONNECTIVE = re.compile(r"(?:However|Meanwhile|Still|Also|In\s+addition|In\s+contrast|By\s+contrast|Even\s+so|At\s+the\s+same\s+time),\s+")


_TRIM_LEFT = "“”\"‘’' ,;:—–-"


_TRIM_RIGHT = "“”\"‘’' ,;:—–-.…!?"


def _quote_span(text: str, clause: tuple[int, int], anchor: tuple[int, int], quotes) -> tuple[int, int]:
    a, b = clause
    dateline = DATELINE.match(text, a) or DATELINE_BARE.match(text, a) or _BARE_AT.match(text, a)
    if dateline and dateline.end() <= anchor[0]:
        a = dateline.end()
    for q in quotes:
        if q[0] <= anchor[0] < q[1]:
            a, b = max(a, q[0]), min(b, q[1])
    a, b = _segment(text, a, b, anchor)
    a, b = _compared_with(text, a, b, anchor)
    b = _relative_after(text, a, b, anchor)
    if text.startswith(")", anchor[1]) and text[anchor[0] - 1:anchor[0]] == "(" and anchor[1] + 1 < b:
        b = anchor[1] + 1     # "Surrey (1,060) had the most homeless": the name and its figure in parentheses
    a, b = _named_in_parentheses(text, clause, anchor, a, b)
    a, b = _figures_in_parentheses(text, clause, anchor, a, b)
    frame = _FRAME.match(text, a, anchor[0] + 1)
    if frame is not None and not quotes:
        a = frame.end()      # "The Medical Examiner also said that 333 deaths ...": the claim's own words
    while a < b and text[a] in _TRIM_LEFT:
        a += 1
    while b > a and text[b - 1] in _TRIM_RIGHT:
        b -= 1
    for lead in ("and ", "but ", "And ", "But "):
        if text.startswith(lead, a):
            a += len(lead)
    connective = _CONNECTIVE.match(text, a, b)
    if connective is not None and connective.end() <= anchor[0]:
        a = connective.end()      # "However, the number of heroin-related deaths increased ...": the claim's words
    return a, b


# Where a clause's comma-separated parts meet (", " and dashes; "1,153" is one figure).
_SEGMENT_BREAK = re.compile(r",\s+(?!but\s+(?:only|just|still|not|also)\b|only\b)|\s+[—–-]\s+|—|;\s+")


_SEGMENT_DIGIT = re.compile(r"\d")
_DASH = re.compile(r"\s*[—–-]\s*")
_LONE_FIGURE = re.compile(r"[$£€]?\d[\d,.]*")
_ACCORDING = re.compile(r"\s*according\s+to\b", re.IGNORECASE)
# A reporting frame opening the part: "Mayor X will announce this morning that", "A new report released by
# the Topeka Fire Department shows that", "Cambridge said early numbers indicated"
_FRAME = re.compile(r"[^,;“”\"]{0,90}?\b(?:(?:said|says|announced|announces|will\s+announce|reported|confirmed|confirms|"
                    r"noted|notes|added|adds)\s+(?:(?:this|last|on)\s+\w+\s+)?that|shows|showed|show|indicated|indicates|"
                    # "The Columbus Dispatch reports (http://bit.ly/...) the state's 4,149 ..."
                    r"found|finds|reports(?=\s+\())\s+(?:\([^()\s]{1,80}\s*\)\s+)?(?:that\s+)?(?=\S)", re.IGNORECASE)


_LEADING_LINK = re.compile(r"(?:with|by|to|at|and|or|of)\s", re.IGNORECASE)


_FROM = re.compile(r"\bfrom\b", re.IGNORECASE)
_COMPARED_WITH = WindowGatedPattern(re.compile(r"\s+(?:compared\s+(?:to|with)|versus|vs\.?)\s+", re.IGNORECASE),
                                    ("compared", "versus", "vs"))


@lru_cache(maxsize=2048)   # a pure reading, asked again for a clause's subject and place
def _segment(text: str, a: int, b: int, anchor: tuple[int, int]) -> tuple[int, int]:
    """The part of the clause between commas (or dashes) that holds the figure: "Detectives
    investigated 337 homicides as of Sunday" of "..., 96 more than by this time last year,
    officials said". A short opening part without a figure ("As of Sunday,", "Last week,") and
    a part with no words but the figure's own are kept with it."""
    # (not a comma of an aside: "2,555 crimes against property (burglary, arson, larceny/theft, ...) last year")
    cuts = [(m.start(), m.end()) for m in _SEGMENT_BREAK.finditer(text, a, b) if not in_aside(text, a, m.start(), b)]
    if not cuts:
        # "629 crashes last year compared to 666 in 2010" alone on its line: each figure with its own words
        return _and_split(text, *_compared_split(text, a, b, anchor), anchor)
    bounds = [a] + [e for _, e in cuts]
    ends = [s for s, _ in cuts] + [b]
    parts = list(zip(bounds, ends))
    i = next((k for k, (s, e) in enumerate(parts) if s <= anchor[0] < e), None)
    if i is None:
        return a, b
    s, e = parts[i]
    if i > 0 and _DASH.fullmatch(text, *cuts[i - 1]) and _LONE_FIGURE.fullmatch(text[s:e].strip(_TRIM_RIGHT)):
        # "Violent crimes (including robbery, rape, kidnapping)— 13", "and the number of turtle nests
        # — 12,699": a figure alone after a dash is quoted with its label, back to the dash before
        # (back to the dash before, or to the list's previous entry: "45, burglaries — 120")
        return next((cuts[k][1] for k in range(i - 2, -1, -1)
                     if _DASH.fullmatch(text, *cuts[k]) or _SEGMENT_DIGIT.search(text, *parts[k])), a), e
    if i == 1 and len(text[parts[0][0]:parts[0][1]].split()) <= 4 and not _SEGMENT_DIGIT.search(
            text[parts[0][0]:parts[0][1]]) and not _ACCORDING.match(text, parts[0][0]):
        s = parts[0][0]
    s, e = _compared_split(text, s, e, anchor)
    whole = s
    s, e = _and_split(text, s, e, anchor)
    # "down from 70 to 37": the level reached is quoted with its "to", apart from the part's words
    reached = s > whole and text.startswith("to ", s) and _FROM.search(text, whole, s)
    if len(text[s:e].split()) <= 3 and _LEADING_LINK.match(text, s) and not reached and not (
            i > 0 and text.startswith("to ", s) and _MOVED.search(text, parts[i - 1][0], parts[i - 1][1])):
        # ("fell four-tenths of a point in July, to 4.4 percent": the level reached is quoted apart)
        # a part that is little more than the figure belongs with the words before it ("declined
        # in 2022, with 88"), else after it
        if i > 0:
            s = parts[i - 1][0]
        elif i + 1 < len(parts):
            e = parts[i + 1][1]
    return s, e


def _compared_split(text: str, s: int, e: int, anchor: tuple[int, int]) -> tuple[int, int]:
    """A part holding two figures joined by "compared to" / "vs.": the anchor's side of it
    ("1,153 incidents compared to 603 by this time last year")."""
    compared = _COMPARED_WITH.search(text, s, e)
    if compared and _SEGMENT_DIGIT.match(text, compared.end()) and _SEGMENT_DIGIT.search(text, s, compared.start()) \
            and _has_figure(text, compared.end(), min(e, compared.end() + 12)):
        if anchor[0] < compared.start():
            return s, compared.start()
        return compared.start(), e      # "compared to 603 by this time last year": with its words
    return s, e


def forget_segments() -> None:
    """Drop the parts read so far (a new article is being drafted)."""
    _segment.cache_clear()


# A figure's word, for splitting "16 deaths in 2022 and eight in 2023" (a year is no figure here)
_FIGURE_TOKEN = re.compile(r"\b(?!(?:19|20)\d\d\b)\d[\d,.]*\b|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven"
                           r"|twelve|twenty|thirty|forty|fifty|hundred|dozen|none)\b", re.IGNORECASE)


# ("only 36 involved heroin while 83 had fentanyl", "The state was at 568 with a total of 572": two
# figures, each with its own words; not "compared with", "along with", "in line with", nor "with" right
# before the figure: "Ward 3 was the busiest with 19,613 calls" is one statement)
_AND = re.compile(r"\s+(?:and|to|but|while)\s+|(?<=year|onth|week)\s+(?=when\s)|(?<=\d{4})\s+(?=when\s)"
                  r"|(?<!compared)(?<!along)(?<!together)(?<!line)(?<!par)(?<!coincide)(?<!coincided)\s+with\s+"
                  r"(?!the\s+exception\b|(?:just\s+|only\s+|about\s+|nearly\s+|more\s+than\s+|over\s+|roughly\s+|almost\s+"
                  r"|around\s+|some\s+|at\s+least\s+|fewer\s+than\s+|less\s+than\s+|an\s+estimated\s+)?[$£€]?\d"
                  r"|(?:one|two|three|four|five|six|seven|eight|nine|ten)\b)")
# "an increase from 13 in 2018 and the highest number recorded in the past decade": a record said after
_RECORD_AFTER = re.compile(r"the\s+(?:highest|lowest|most|fewest|largest|smallest|worst|deadliest)\b", re.IGNORECASE)
# a movement said by a verb, before a figure: "dropped one-tenth of a percent to 5.4%"
_MOVED = re.compile(r"\b(?:fell|dropped|declined|decreased|rose|increased|climbed|grew|jumped|slipped|edged\s+(?:up|down))\b",
                    re.IGNORECASE)


_MONTH_BEFORE = re.compile(r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+$", re.IGNORECASE)


def _has_figure(text: str, a: int, b: int, labels: bool = True) -> bool:
    """A figure's word in text[a:b], not a year or a day of a month ("as of Sept. 26"); with
    `labels` false, not a label's number or an age either (_LABEL_BEFORE, _LABEL_AFTER)."""
    return any(not _MONTH_BEFORE.search(text[max(a, m.start() - 12):m.start()])
               and (labels or not (_LABEL_BEFORE.search(text[max(a, m.start() - 12):m.start()])
                                   or _LABEL_AFTER.match(text, m.end())))
               for m in _FIGURE_TOKEN.finditer(text, a, b))


# For "with" and "while" only: a label's or an age's number is no figure ("Station 12 was the busiest
# with over 19,000 calls", "Interstate 40 ... with at least 31 deaths", "A 19-year-old ... in the deaths
# of 2 people", "a five-year plan with a total of $20 million", "in the 1200 block")
_LABEL_BEFORE = re.compile(r"(?:\b(?:Ward|District|Station|Precinct|Route|Highway|Interstate|Exit|Engine|Ladder|Beat|Zone"
                           r"|Unit|Region|Area|FY)|\bI|\d{4})[-\s]$")
_LABEL_AFTER = re.compile(r"-(?:year|month|week|day|alarm|story|hour)|\s+block\b|(?:th|st|nd|rd)\b")
# ... nor a "with" a verb or a comparison holds ("dealt with in four hours", "on pace with", "consistent
# with the 10-year average")
_WITH_PARTICLE = re.compile(r"\b(?:dealt|met|pace|keeping|consistent|even|tied|level|just)$")
def _joins_one_statement(text: str, s: int, e: int, m: re.Match) -> bool:
    """Whether a "with" or "while" between figures is inside one statement (see the patterns above)."""
    word = m.group(0).strip()
    if word not in ("with", "while"):
        return False
    if not (_has_figure(text, s, m.start(), labels=False) and _has_figure(text, m.end(), e, labels=False)):
        return True
    return word == "with" and bool(_WITH_PARTICLE.search(text, max(s, m.start() - 14), m.start())
                                   or re.match(r"(?:in|within|at|by|on|for)\s", text[m.end():m.end() + 8]))


def _and_split(text: str, s: int, e: int, anchor: tuple[int, int]) -> tuple[int, int]:
    """Two figures joined by "and" are two statements, each quoted with its own words ("a drop of
    about 7 percent from 2021 and 15 percent from 2013"); "between 10 and 20" is one range; so
    are the two levels of "from two in 2015 to six in 2016"."""
    for m in _AND.finditer(text, s, e):
        left, right = (s, m.start()), (m.end(), e)
        if not _has_figure(text, *right) and m.group(0).strip() in ("", "and"):
            if m.group(0).strip() == "and" and _RECORD_AFTER.match(text, m.end()) and anchor[0] < m.start():
                return s, m.start()      # the figure's words end before the record said after it
            if not m.group(0).strip() or m.group(0).strip() == "and":
                continue
        if m.group(0).strip() == "to" and not re.search(r"\bfrom\b", text[s:m.start()], re.IGNORECASE) \
                and not _MOVED.search(text, s, m.start()):
            continue
        if m.group(0).strip() == "to" and re.search(r"\b(?:compared|according|due|close|equal|similar|next)$",
                                                     text[max(s, m.start() - 12):m.start()], re.IGNORECASE):
            continue      # "increased by $83.4 million compared to 2022": no movement's "to"
        if re.search(r"\bbetween\s+\S+\s*$", text[max(s, m.start() - 30):m.start()], re.IGNORECASE):
            continue
        if not (_has_figure(text, *left) and _has_figure(text, *right)):
            continue
        if _joins_one_statement(text, s, e, m):
            continue
        if anchor[0] < m.start() < anchor[1]:
            continue      # the "and" of one figure's words ("One hundred and fifty-four")
        if anchor[0] < m.start():
            return s, m.start()
        # "dropped one-tenth of a percent to 5.4%", "from 70 to 37": the level reached keeps its "to"
        s = m.end() - 3 if m.group(0).strip() == "to" else m.end()
    return s, e


# The words that introduce a figure compared with, right before it: "compared with the 65 deaths reported
# in 2021", "from the 18 recorded in 2015", "the most since 23 in 2012", "up from 522 in 2018"
# (a bare "from" starts a movement the figure's words hold: "rose from 73 in 2019", "(44 from 17)")
_BASE_WORDS = re.compile(r"(?:\b(?:up|down)\s+from|\bfrom(?=\s+the\s)|\b(?:compared\s+(?:with|to)|versus|vs\.?|since))\s+"
                         r"(?:the\s+|a\s+)?(?:(?:about|nearly|roughly|almost|just|some|around)\s+)?[$£€]?$", re.IGNORECASE)
_RANGE_GOES_ON = re.compile(r"[^,;]{0,40}?\s(?:to|through)\s+(?:about\s+|nearly\s+)?[$£€]?\d", re.IGNORECASE)


def _compared_with(text: str, a: int, b: int, anchor: tuple[int, int]) -> tuple[int, int]:
    """A figure compared with is quoted from the words that introduce it to the end of its part
    ("compared with the 65 deaths reported in the city in 2021", not the jump said before it); not
    the first level of a range ("increased from 64 in 2014 to 65 in 2015")."""
    hit = _BASE_WORDS.search(text, max(a, anchor[0] - 40), anchor[0])
    if hit is None or hit.start() <= a or _RANGE_GOES_ON.match(text, anchor[1], b):
        return a, b
    return hit.start(), b


# A relative clause after the figure's words, saying something more: "... at 11PM last night which broke
# the old record", "a $508 million budget for 2024 that will include a 10% increase"
_RELATIVE = WindowGatedPattern(re.compile(r"(?<!\bof)(?<!\bin)(?<!\bfor)(?<!\bto),?\s+(?:which|that\s+(?:will|would|has|have|had|is|was|are|were)\b)", re.IGNORECASE),
                               ("which", "that"))


def _relative_after(text: str, a: int, b: int, anchor: tuple[int, int]) -> int:
    hit = _RELATIVE.search(text, anchor[1], b)
    if hit is None or not 1 <= len(text[anchor[1]:hit.start()].split()) <= 8:
        return b
    return hit.start()


# The name a parenthesised figure belongs to, right before it: "Melbourne (14,368.5 incidents, down 3.2
# per cent)", "only Iowa City (2.7%)", "Counties that saw a decrease include Tipperary (19 to 8)"
_NAME_BEFORE = re.compile(r"(?<![\w’'.&-])(?:[A-Z][\w’'.&-]*\s+){0,3}[A-Z][\w’'.&-]*\s*$")
_NOT_A_NAME = frozenset({"The", "A", "An", "In", "On", "At", "By", "Of", "For", "And", "But", "Or", "This", "That", "It",
                         "January", "February", "March", "April", "May", "June", "July", "August", "September",
                         "October", "November", "December", "Jan.", "Feb.", "Aug.", "Sept.", "Oct.", "Nov.", "Dec."})


def _named_in_parentheses(text: str, clause: tuple[int, int], anchor: tuple[int, int], a: int, b: int) -> tuple[int, int]:
    """A figure in parentheses right after a name is quoted as the name with the whole parentheses
    (a list's item), not the lead-in before the name nor the comma part inside them."""
    opened = text.rfind("(", clause[0], anchor[0])
    if opened < 0 or ")" in text[opened:anchor[0]]:
        return a, b
    closed = text.find(")", anchor[1], clause[1])
    if closed < 0 or "(" in text[anchor[1]:closed] or closed - opened > 80:
        return a, b
    name = _NAME_BEFORE.search(text, max(clause[0], opened - 60), opened)
    if name is None or name.group(0).split()[0] in _NOT_A_NAME or name.group(0).split()[-1] in _NOT_A_NAME:
        return a, b
    start = name.start()
    if text[max(clause[0], start - 4):start].lower() == "the ":
        start -= 4       # "rising in the West (11.2%)": the name with its article
    return start, closed + 1


# a figure or a percentage right before an opening parenthesis: "Common Police Activities +14% (459 to 522)",
# "Calls For Service To Police   4 036   (up 971 from 2017=3065)", "down by some 800 calls over 2023 (6832 to 7649)"
_FIGURE_BEFORE_PARENTHESIS = re.compile(r"\d(?:%|\s*per\s*cent|\s*percent)?\s*$")
# not a numbered name or an age before the parenthesis: "Ward 7 (22 homicides)", "Interstate 95 (14 deaths)",
# "District 5 (301)", "Station 12 (3,100 calls)", "COVID-19 (312)", "residents over 65 (2,100 people)"
_LABEL_BEFORE_PARENTHESIS = re.compile(r"(?:\b(?:[Ww]ard|[Dd]istrict|[Pp]recinct|[Rr]oute|[Hh]ighway|[Ii]nterstate|I-|"
                                       r"[Ss]tation|[Ee]ngine|[Ll]adder|[Zz]one|[Bb]eat|[Ss]ector|[Aa]rea|[Rr]egion|[Uu]nit|"
                                       r"[Gg]rade|[Dd]ivision|[Tt]roop|[Ee]xit|[Pp]hase|[Ll]evel|No\.|[Nn]umber|COVID-|"
                                       r"over|under|aged?|ages)\s*\d{1,3}\s*$)")


def _figures_in_parentheses(text: str, clause: tuple[int, int], anchor: tuple[int, int], a: int, b: int) -> tuple[int, int]:
    """A figure in parentheses right after another figure (the counts behind a change, a table row's
    change and its base) is quoted as the parentheses alone, as the read hands of fresh26 and fresh31
    quote them, not the row or the clause around them."""
    opened = text.rfind("(", clause[0], anchor[0])
    if opened < a or ")" in text[opened:anchor[0]]:
        return a, b
    closed = text.find(")", anchor[1], clause[1])
    if closed < 0 or closed >= b or "(" in text[anchor[1]:closed] or closed - opened > 60:
        return a, b
    if not _FIGURE_BEFORE_PARENTHESIS.search(text, max(a, opened - 12), opened) \
            or _LABEL_BEFORE_PARENTHESIS.search(text, max(a, opened - 16), opened):
        return a, b
    return opened, closed + 1


def line_column(text: str, offset: int) -> tuple[int, int]:
    """1-based line and column of a character offset."""
    line = text.count("\n", 0, offset) + 1
    return line, offset - (text.rfind("\n", 0, offset) + 1) + 1
