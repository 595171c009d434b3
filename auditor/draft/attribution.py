"""Who says a figure, and how: direct quote, paraphrase, the reporter, or a document.

Quotation marks give direct quotes (a quote left open at the end of its paragraph runs to
the paragraph's end, as in news copy); "said", "says", "told", "added" and "according to"
give the speaker of a quote or a paraphrase; "statistics show" and "according to the
report" give a document. A speaker named by surname, role ("the chief") or pronoun is
resolved to the fullest mention of that person in the article ("Birmingham Police Chief
Scott Thurmond" -> "Scott Thurmond, Birmingham Police Chief").
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field, replace

from auditor.text.case_blind import LedPattern
from auditor.text.word_gate import WindowGatedPattern, WordGatedPattern
from auditor.text.word_runs import RunPattern

# a document whose sentence names no issuer; replaced by drafting's note when it takes the nearest issuer
NO_ISSUER_NOTE = "speaker: the sentence names no issuer of its document; check who issued it"

_ROLE = (r"Chief|Commander|Captain|Mayor|Sheriff|Officer|Sergeant|Lieutenant|Detective|Spokes(?:man|woman|person)"
         # "Floyd County Deputy Travis Bartz"; not before a listed post word ("Deputy Police Chief ...") nor
         # before three capitalised words ("Deputy Public Information Officer Jane Roe")
         r"|Deputy(?!\s+(?:[A-Z][\w’'.]*\s+)?(?:Police|Fire|County|City|State|District|Chief|Commissioner|Director|Mayor|Sheriff|Superintendent|Minister|Prime|Attorney|Secretary|Inspector|Commander|Coroner|Clerk|Administrator|Manager|Governor|Principal|Warden)|\s+(?:[A-Z][\w’'.]*\s+){2}[A-Z])"
         r"|Director|President|Governor|Commissioner|Superintendent|Principal|Attorney|Council(?:or|man|woman|member)"
         r"|Senator|Representative|Professor|Judge|Coroner|Administrator|Manager|Secretary|Chair(?:man|woman)?"
         r"|Prosecutor|Registrar(?:\s+of\s+Voters)?|Investigator|Analyst|Inspector|Marshal|CEO|Minister|Coordinator|Economist|Epidemiologist|Statistician"
         r"|Treasurer|Clerk|Warden|Auditor|Engineer|Comptroller|Controller|Assessor|Supervisor|Trustee"
         # "Kenosha County Medical Examiner Jane Roe", "Academy Headmaster John Doe"
         r"|Medical\s+Examiner|Head(?:master|mistress|teacher)"
         r"|Insp\.|Supt\.|Capt\.|S/Sgt\.|Sgt\.|Lt\.|Dr\.|Cmdr\.|Det\.|Cpl\.|Ofc\.|Gov\.|Sen\.|Rep\.")
# Lower-case words that may stand before a post named in lower case ("interim superintendent
# Jim Cambridge", "police spokesman Adam Collins").
_MODIFIERS = (r"interim|acting|deputy|assistant|former|police|county|city|school|district|public|health|fire"
              r"|policy|communications|media|research|finance|operations|program|community|senior|executive"
              # ("sheriff's spokeswoman Natalie Sosa": an office's post)
              r"|sheriff['’]s|coroner['’]s|mayor['’]s|governor['’]s")
_ROLE_ANY_CASE = f"{_ROLE}|{_ROLE.lower()}"     # as written, or in lower case (cheaper than (?i:...))
# Ranks that belong to the name when a post is named before or after them:
# "West Precinct Commander Captain Sean Edwards" -> "Captain Sean Edwards, West Precinct Commander",
# "Lt. Tom Foster, WSP Assistant District Commander" as written.
_RANKS = frozenset({"Captain", "Capt.", "Sergeant", "Sgt.", "S/Sgt.", "Lieutenant", "Lt.", "Officer", "Detective", "Dr."})
_NAME = (r"[A-Z][a-zà-öø-ÿ]+(?:\s+[A-Z]\.)?\s+(?:Mc|Mac|O’|O'|La|Le|De|Di|Du)?[A-Z][a-zà-öø-ÿ’'-]+(?:-[A-Z][a-zà-öø-ÿ’']+)?"   # "Benson-Pope"
         r"(?:,?\s+(?:Jr|Sr)\.|\s+(?:III|II)(?!\w))?")
# ("Attorney General Dave Yost said": "General" is the post's second word, not a first name)
_NAME_OF_THREE = (r"(?!(?:General|Executive)\b)[A-Z][a-zà-öø-ÿ]+\s+(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b)[A-Z][a-zà-öø-ÿ]+"
                  r"\s+(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b)[A-Z][a-zà-öø-ÿ’'-]+(?=\s+(?:said|says|told)\b)")
# a word of the words before a post, and what may stand between two of them (see _PREFIX_RUN)
# (a word joined by hyphens is one word of the post: "Officer-in-Charge Sgt. Kris Kruzelak", "Winston-Salem")
_PREFIX_WORD = rf"(?:(?![A-Z][a-z]{{4,}}\.\s|[A-Z][\w’'.]*\.[^\S\n]*\n|The\s)(?<![\w’'.-])[A-Z][\w’'.]*(?:-[\w’']+)*|{_MODIFIERS})"
_PREFIX_SEP = r"(?:[^\S\n]+(?:\n(?![^\S\n]*\n)[^\S\n]*)?|\n(?![^\S\n]*\n)[^\S\n]*)"
_PERSON = re.compile(rf"(?<![\w.’'])(?P<role>(?:{_PREFIX_WORD}{_PREFIX_SEP}){{0,7}}?(?:{_ROLE_ANY_CASE})(?:-[A-Za-z]+)?"
                     rf"(?:\s+(?:{_ROLE_ANY_CASE}))?(?:\s+of\s+(?:the\s+)?[A-Z][\w’'-]+(?:\s+(?:of\s+|and\s+)?[A-Z][\w’'-]+){{0,3}})?)"
                     rf"\s+(?P<name>{_NAME_OF_THREE}|{_NAME})(?!\w)")
# ("Assault reports were virtually the same": a noun, no one who reports)
_VERB = (r"(?:said|says|added|adds|told|tells|explained|stated|noted|insisted|insists|confirmed|confirms|wrote|reported"
         # "Dixon went on to say that ...", "She goes on to note": the speaker, going on
         r"|(?:went|goes|go)\s+on\s+to\s+(?:say|note|explain|add(?=\s+(?:that\b|,|:|[“\"])))"
         r"|reports(?!\s+(?:were|was|are|is)\b)"
         r"|revealed|announced|announces|announce|estimates|estimated|counts|documented|tallied"
         # "Fulkerson points out that", "Dr. Mendoza also notes that"
         r"|notes|points\s+out|pointed\s+out"
         # "Portland police have recorded 30 homicides", "the department is reporting"
         r"|recorded|is\s+reporting|are\s+reporting"
         # "Holder reminded the City Council that", "Noren has projected a 13 percent turnout"
         r"|reminded|predicted|projected|warned"
         # "Police report that five motor vehicle thefts occurred" (not "police received reports of")
         r"|report(?=\s+that\b)"
         # "..., states Steve Holen, district superintendent": the present of "stated" (not "30 states",
         # "the 18 states Congress is weighing": before a name not after a word, as after a comma or a quote)
         r"|(?<!\w\s)states(?=\s+[A-Z])|states(?=\s+that\b))")
# "The Colorado Department of Transportation reports": a body's name may hold "of", "and", "for"
_REF_WORDS = (r"((?:[Tt]he\s+)?(?:[A-Z][\w’'.-]*\s+(?:(?:of|and|for)\s+(?:the\s+)?)?){0,6}[A-Z][\w’'-]+(?:,?\s+(?:Jr|Sr)\.)?"
        r"|[Tt]he\s+(?:police\s+)?(?:chief|captain|commander|(?:state\s+)?fire\s+marshal"
        r"|mayor|sheriff|officer|spokes(?:man|woman|person)|department|police)|[Hh]e|[Ss]he|[Tt]hey"
        # a body named before, by its kind: "the agency said"
        r"|[Tt]he\s+(?:agency|bureau|administration|association|commission|ministry|office|board|council|institute"
        r"|organization|organisation|group|foundation|center|centre|patrol|newspaper|paper)"
        # "a spokesperson for the city said"
        r"|an?\s+(?:police\s+|city\s+|county\s+|department\s+)?spokes(?:man|woman|person)(?:\s+for\s+the\s+[a-z]+(?:\s+[a-z]+)?)?"
        # a body or post named in lower case: "the county coroner’s office said", "the fire
        # department said", "administrators told trustees", "coroner reports" (a headline)
        r"|(?:[Tt]he\s+)?(?:county\s+|city\s+|state\s+|provincial\s+|(?:[A-Z][\w’'.-]*\s+){1,3})?(?:coroner|medical\s+examiner|sheriff)(?:['’]s\s+office)?"
        r"|[Tt]he\s+(?:county\s+|city\s+|state\s+|provincial\s+)?(?:fire|health|police|education|transportation)\s+department"
        r"|[Tt]he\s+(?:city|county|state|province|district|school\s+district|school\s+board)"
        r"|(?:school\s+|district\s+|city\s+|county\s+)?administrators"
        # ("State officials said", "Health department officials said": as written, capital and all)
        r"|(?:(?:[Pp]olice|[Cc]ity|[Cc]ounty|[Hh]ealth(?:\s+[Dd]epartment)?|[Ss]tate|[Ff]ederal|[Ff]ire|[Ss]chool|[Tt]ransportation|[Tt]ransit"
        r"|[Hh]ospital|[Cc]ourt|[Pp]rison|[Ee]lection|[Ee]mergency|[Pp]ublic\s+health|[Ll]aw\s+enforcement|[Gg]overnment)\s+"
        # ("tourism officials said", "jail officials say": any word of their field, as written)
        r"|(?!(?:the|and|or|of|that|which|who|when|while|but|as|if|by|to|for|from|with|in|on|at|said|say|says|some|many|most"
        r"|few|other|all|these|those|its|their|our|his|her|both|several|two|three|four|five"
        # (a conjunction or a rank is no field: "after officials said", "top officials said")
        r"|after|because|since|though|although|until|unless|where|whereas|before|once|than|then|now|also|even|just"
        r"|told|asked|local|top|senior|elected|anonymous|unnamed)\s)[a-z]{3,}\s+(?=officials\b))?"
        r"(?:officials|authorities|investigators|sources)"
        r"|police)")


_LOWER_BODY = re.compile(r"(?:the\s+)?(?:(?:county|city|state|provincial)\s+)?(?:(?:coroner|medical\s+examiner|sheriff)['’]s\s+office"
                         r"|(?:fire|health|police|education|transportation)\s+department"
                         r"|city|county|state|province|district|school\s+district|school\s+board)")


def _ref(name: str) -> str:
    return f"(?P<{name}>{_REF_WORDS[1:]}"

_AFTER_QUOTE = re.compile(rf"^[\s,.!?]*(?:{_VERB}\s+{_ref('ref')}|{_ref('ref1')}\s+{_VERB})\b")
_BEFORE_QUOTE = re.compile(rf"{_ref('ref')}\s+{_VERB}(?:\s+(?:us|me|reporters|[A-Z]\w+))?(?:\s+that)?[\s:,]*$|"
                           rf"{_ref('ref1')}\s+\w+\s+{_VERB}[\s:,]*$|"
                           rf"{_ref('ref2')}\s+(?:\w+\s+)?{_VERB}\b[^“”\".]{{0,80}}:\s*$")
# what every match of _BEFORE_QUOTE ends with, a reporting verb and what may follow it to the end:
# a text without it is not searched (the slow search, trying a name at every word)
_VERB_AT_END = re.compile(rf"{_VERB}(?:\s+(?:us|me|reporters|[A-Z]\w+))?(?:\s+that)?[\s:,]*$|{_VERB}\b[^“”\".]{{0,80}}:\s*$")
# "according to the U.S. Census Bureau", "according to Dr. Ann Smith": a period that ends an
# abbreviation does not end the name
_ABBREVIATED = ("(?:" + "|".join(f"(?<=\\b{w})" for w in ("[A-Z]", "Dr", "Mr", "Mrs", "Ms", "St", "Lt", "Sgt", "Capt", "Gov",
                                                         "Sen", "Rep", "Det", "Cmdr", "Insp", "Supt", "Jr", "Sr", "Co",
                                                         "Inc", "Dept", "Gen", "Col", "Prof")) + ")")
# "The National Safety Council on Wednesday estimated", "the department last week said": when, between a
# body and its verb (optional)
_WHEN_BETWEEN = (r"(?:\s+(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
                 r"|\s+(?:last|this|earlier\s+this)\s+(?:week|month))?")
# ("the Central Statistics Office (CSO) has revealed": the body's initials between it and its verb)
_SAYS = re.compile(rf"\b{_ref('ref')}(?:\s+\([A-Z]{{2,8}}\))?{_WHEN_BETWEEN}\s+(?:will\s+|would\s+|also\s+|(?:has|have|had)\s+(?!added\b))?{_VERB}\b|\b{_VERB}\s+{_ref('ref1')}\b|(?:\b[Aa]ccording to|,\s+per(?=\s+(?:the\s+)?[A-Z]))\s+(?P<ref2>(?:[^,.;—–]|(?<=\d)–(?=\d)|{_ABBREVIATED}\.(?=[A-Z]\.|\s+[A-Z]))+)"
                   # "John Baker, a police spokesman, said"
                   rf"|(?<![\w’'])(?P<ref3>{_NAME}),\s+(?:a|an|the)\s+[^,.;“”\"]{{3,90}},\s+(?:said|says|told|added)\b"
                   # "Ryan Mayer, traffic and safety engineer of the southwest region of the Department of
                   # Transportation, said": no article, a post's word among the words between the commas
                   # (not a relative clause: "Tom Lee, who was a police officer for 20 years, said")
                   rf"|(?<![\w’'])(?P<ref5>{_NAME}),\s+(?!(?:who|whose|which|where|when)\b)(?![^,.;“”\"]*\b(?:was|is|were|has|had)\b)"
                   rf"(?=[^,.;“”\"]{{0,60}}?\b(?:{_ROLE_ANY_CASE})\b)[^,.;“”\"]{{3,120}},\s+(?:said|says|told|added)\b"
                   # "..., but state officials say the number ...": a group saying what follows, after a
                   # comma or a conjunction (not "the guns police say they confiscated")
                   r"|(?:,\s+|\b(?:but|and|yet|while)\s+)(?P<ref4>(?:(?:state|city|county|federal|health|fire|police|school|local)\s+)?"
                   r"(?:officials|authorities|experts|investigators|researchers|police))\s+say\s+(?:that\s+)?(?=the\b|[a-z]+\s|\d)")
_DOCUMENT = LedPattern(re.compile(r"\b(?:statistics|data|figures|records|report|reports|survey|study|numbers|release)(?:\s+|(?=,\s))"
                                  # "The report states that ...", "The report revealed ...", "A news release from the patrol noted"
                                  # "Data from the state Department of Labor indicated"
                                  r"(?:from\s+(?:the\s+)?[\w’'.-]+(?:\s+(?:(?:of|and|for)\s+(?:the\s+)?)?[A-Z][\w’'.-]*){0,4}\s+)?"
                                  # "The report, released last month, shows": when it came out, set apart by commas
                                  r"(?:,\s+(?:released|published|issued|compiled|presented|made\s+public)\b[^,.;:]{0,50},\s+)?(?<=\s)"
                                  r"(?:also\s+|now\s+)?(?:show|shows|showed|say|says|said|indicate|indicates|found|determined|"
                                  r"states|stated|reveal|reveals|revealed|notes|noted|finds|confirm|confirms|confirmed)\b|"
                                  # "Also revealed in the statistics, ...", "shown in the data"
                                  r"\b(?:revealed|shown|published)\s+in\s+the\s+(?:statistics|data|figures|report|survey|study|numbers)\b|"
                                  # "The report includes a summary of incidents, including 2,501 traffic stops"
                                  r"\b(?:report|survey|study)\s+(?:also\s+)?(?:includes|included|details|detailed|lists|listed)\b|"
                                  r"\baccording to\s+(?:the\s+|a\s+)?(?:[\w’'.-]+\s+){0,7}(?:statistics|data|figures|records|"
                                  r"reports?|survey|study|numbers|statement|estimates|results)\b|"
                                  # "according to a news release", not "according to officials who spoke after the news release"
                                  r"\baccording to\s+(?:the\s+|a\s+)?(?!(?:[\w’'.-]+\s+){0,7}?(?:who|that|which)\s)"
                                  r"(?:[\w’'.-]+\s+){0,7}(?:news|press)\s+release\b|"
                                  # "according to county documents", not the people who read them ("according to lawyers
                                  # who reviewed the documents") nor a person's ("according to Sheriff Kalvin Barrett's summary")
                                  r"\baccording to\s+(?:the\s+|a\s+)?(?!(?:[\w’'.-]+\s+){0,7}?(?:who|that|which)\s)"
                                  r"(?!(?:[A-Z][\w.-]*\s+){1,3}[A-Z][\w-]*['’]s\s)(?:[\w’'.-]+\s+){0,7}(?:documents|summary)\b|"
                                  r"\b(?:statistics|data|figures|report|survey|study|numbers|statement|estimates)\s+(?:from|by|"
                                  r"(?:released|compiled|published|issued)\s+(?:(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|"
                                  r"today|yesterday|this\s+week|last\s+week)\s+)?by)\s+"
                                  r"(?:the\s+)?(?:[\w’'.-]+\s+){0,6}?(?:show|shows|showed|say|says|said|indicate|indicates|indicated|found|finds|"
                                  r"determined|reveals|revealed|confirms|confirmed)\b|"
                                  # "Figures for the second week of school show", "Information supplied by the
                                  # school system showed"
                                  r"\b(?:statistics|data|figures|numbers|information)\s+(?:for|on|about|supplied\s+by|provided\s+by)\s+"
                                  r"[^.,;:]{1,50}?\s+(?:show|shows|showed|indicate|indicates|indicated)\b|"
                                  # "A newspaper survey of Ohio county coroners has found", "an analysis by the AP found"
                                  r"\b(?:survey|study|analysis|review|audit|investigation)\s+(?:of|by)\s+[^.,;:]{1,60}?\s+"
                                  r"(?:has\s+|have\s+)?(?:found|finds|shows|showed|revealed|reveals)\b",
                                  re.IGNORECASE))
# (searched only in a sentence whose words hold one of those every match holds: a reporting verb, the word
# after "is"/"are" or "went on to", "according", "per")
_REPORTING = WordGatedPattern(
    re.compile(rf"\b(?:{_VERB[3:-1]}|[Aa]ccording|show|shows|showed|indicate|indicates|indicated|found|finds|determined|say|"
               r"states|stated|reveal|reveals|revealed|noted|confirm|includes|included|details|detailed|lists|listed)\b"
               r"|,\s+per\s+(?:the\s+)?[A-Z]"),
    tuple("""said says added adds told tells explained stated noted insisted insists confirmed confirms wrote reported
          say note explain add reports revealed announced announces announce estimates estimated counts documented
          tallied notes points pointed recorded reporting reminded predicted projected warned report states according
          show shows showed indicate indicates indicated found finds determined reveal reveals confirm includes included
          details detailed lists listed per""".split()))
_LEADING_VERB = re.compile(r"\s+(?:said|says|told|tells|explained|explains|(?:went|goes)\s+on\s+to\s+(?:say|note|explain|add(?=\s+(?:that\b|,|:|[“\"]))))\b")
_OPENERS = "“\"‘"
_QUOTE_CHARS = "“”\""
_QUOTE_MARK = re.compile(f"[{_QUOTE_CHARS}]")
_PRONOUNS = {"he", "she", "they"}
_NOT_A_SPEAKER = {"it", "this", "that", "there", "which", "who", "we", "i", "you", "some", "many", "others", "most", "few",
                  "critics", "people", "residents",
                  # a count of what recorded it: "Two Districts recorded slight drops"
                  "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "both", "several",
                  # a preposition opening the sentence: "With Manitoba's reported crime rates 42 percent higher"
                  "with", "in", "for", "from", "after", "among", "at", "by", "of", "on", "as", "to"}
# "Crimes reported to West Midlands Police rose", "Thefts recorded by the force fell": what was counted,
# reported to or recorded by someone, who gives no figure themself
# (not "Smith reported to the board that 412 ballots were cast", nor "Johnson reported to the council the city
# has 45 vacancies": the verb after "that" or after a second noun phrase is what they said)
_COUNTED_BY = re.compile(r"\s+(?:reported|recorded|logged)\s+(?:to|by)\s+(?:(?:the|a|an|its|his|her|their)\s+)?"
                         r"(?:(?!(?:that|the|a|an|its|his|her|their)\b)[^\s,;:.]+\s+){1,5}?"
                         r"(?:rose|fell|climbed|dropped|declined|increased|decreased|jumped|were|was|are|is|has|have)\b")

# a day or a time named after a reporting verb is when, not who: "reported Sunday", "said Jan. 5",
# "said Tuesday night", "said Last week" (a headline), "said Today"; "May" only as a date ("May 3")
_WHEN = re.compile(r"(?:(?:on|last|this|next|early|late|earlier|later)\s+)?"
                   r"(?:(?:Mon|Tues?|Wed(?:nes)?|Thu(?:rs?)?|Fri|Sat(?:ur)?|Sun)(?:day)?\.?"
                   r"|(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|"
                   r"Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\b\.?"
                   r"|May(?=\s+\d)|Today|Yesterday|Tonight|Earlier|Last|This|Next)(?![\w’'])", re.IGNORECASE)


@dataclass(frozen=True)
class Person:
    name: str
    role: str | None
    surname: str
    start: int
    # the body a ranked officer serves ("Sgt. Pat Abel, Ohio State Highway Patrol"): the label's, never
    # the role's, so that the body's own statements ("the Ohio State Highway Patrol said") stay its own
    body: str | None = None

    @property
    def label(self) -> str:
        return f"{self.name}, {_post_cased(self.role) if self.role else self.body}" if self.role or self.body else self.name


# a body's word written in lower case inside a capitalised post ("Welland fire Chief Brian Kennedy"): the
# post as the hands write a place's post, in capitals ("Welland Fire Chief"); "city Police Chief" keeps its
# opening word (the place unnamed)
_LOWER_IN_POST = re.compile(r"(?P<before>(?<![\w’'.-])[A-Z][\w’'.-]*\s+)(?P<body>fire|police|rescue|sheriff['’]s|health)(?=\s+[A-Z])")


def _post_cased(role: str) -> str:
    """The post with a body's word between two capitalised words capitalised ("Welland fire Chief" ->
    "Welland Fire Chief")."""
    return _LOWER_IN_POST.sub(lambda m: m.group("before") + m.group("body").capitalize(), role)


@dataclass(frozen=True)
class Voice:
    """How a clause is attributed: `kind` is a claim's attribution; `note` says what to check."""

    kind: str
    speaker: str | None = None
    note: str | None = None
    sourcing: bool = False     # "according to the data portal, ...": may go on over the paragraph
    # "Edwards said a quick snapshot shows ...": the sentence opens with its speaker saying what
    # follows, and the paraphrase may go on over the paragraph; a speaker named after the figures
    # ("..., according to the coroner", "..., police said") speaks for that sentence only
    leads: bool = False
    leads_clause: bool = False   # the speaker opens a clause after the sentence's first ("... and X confirms")
    lists: bool = False          # "Numbers included in the report included:": the list after it is the document's
    # a person's paraphrase goes on over the paragraph only when it presents what follows ("Edwards said
    # a quick snapshot shows ...", a colon); a body's ("police", "the department") always may
    presents: bool = True
    # "The Waterloo Regional Police Service released its annual report this week.": a body releasing a
    # document (not citing it); a paragraph of its own so presents the paragraphs after it (`drafting`)
    releases: bool = False


_TITLES = frozenset({"Dr.", "Mr.", "Mrs.", "Ms.", "Prof."})
# a later reference by title and surname ("Mr Corbell", "Ms. Ardern"); its given name: _FIRST
_TITLED = re.compile(r"(?:Mr|Mrs|Ms|Miss|Dr|Prof)\.?\s+(?P<surname>(?:Mc|Mac|O’|O'|De|Di|Du|La|Le)?[A-Z][a-zà-öø-ÿ’'-]+)")


# the last word of a newspaper's name ("The Columbus Dispatch", "the Baltimore Sun")
_NEWSPAPER_WORDS = (r"Times|Post|Tribune|Journal|Herald|News|Gazette|Star|Sun|Inquirer|Chronicle|Press|Globe|"
                    r"Dispatch|Observer|Register|Courier|Examiner|Bee|Enquirer|Telegraph|Guardian|Sentinel|Advocate|"
                    r"Plain\s+Dealer|Oregonian|Tennessean|Ledger|Statesman|Star-Ledger|Times-Picayune|Free\s+Press")
# ... as "the newspaper" names it: a hyphened last word whole ("St. Louis Post-Dispatch", "San Diego
# Union-Tribune"), and no broadcaster or wire ("NBC News", "Fox News", "The Associated Press")
_PAPER_NAME_END = (rf"(?:[A-Z][a-z]+-)?(?:{_NEWSPAPER_WORDS})(?:-[A-Z][a-z]+)?(?![\w-])"
                   r"(?<![A-Z]{3}\sNews)(?<!Fox\sNews)(?<!Sky\sNews)(?<!Associated\sPress)")
# "the agency", "the department": the last body named before whose name ends in a word of its kind
_AGENCY_WORDS = "Administration|Agency|Bureau|Department|Office|Commission|Service|Services|Ministry|Authority|Centers?|Board"
_BODY_KINDS = {
    "the agency": _AGENCY_WORDS, "the administration": "Administration", "the bureau": "Bureau",
    "the department": r"Department(?:\s+of\s+(?:the\s+)?[A-Z][\w’'&-]*(?: (?:and )?[A-Z][\w’'&-]*){0,3})?", "the office": "Office", "the commission": "Commission",
    "the ministry": "Ministry", "the association": "Association", "the board": "Board", "the council": "Council",
    "the institute": "Institute", "the organization": "Organi[sz]ation", "the organisation": "Organi[sz]ation",
    "the foundation": "Foundation", "the center": "Cent(?:er|re)s?", "the centre": "Cent(?:er|re)s?",
    "the group": "Group|Association|Coalition|Alliance|Foundation|Institute",
    # "The patrol said" after "The Ohio State Highway Patrol tracks ...", "the newspaper reports" after
    # "The Advocate reported": the patrol, the paper named before
    "the patrol": "Patrol", "the newspaper": _PAPER_NAME_END, "the paper": _PAPER_NAME_END,
}
_PAPERS = ("the newspaper", "the paper")
# ... unless a study's paper is named since ("a paper published in the journal Pediatrics", "their
# paper"): "the paper" is that paper, not the newspaper named before
_KIND_UNLESS = {"the paper": r"\b(?:[Aa]|[Aa]nother|[Tt]heir|[Hh]is|[Hh]er|[Rr]esearch|[Ww]orking|[Ww]hite)\s+paper\b"
                             r"|\bjournal\b|\bpeer[- ]reviewed\b"}
_BODY_CACHE: dict = {}


def _paper_named(text: str, name: str, at: int) -> str:
    """A newspaper's name with the "The" the article gives it before `at` ("The Advocate"), else as named."""
    return f"The {name}" if re.search(rf"\b[Tt]he\s+{re.escape(name)}\b", text[:at]) else name
# bodies a story may go on to call "the department" though their name holds no "Department"
_POLICE_BODIES = r"Highway\s+Patrol|State\s+Patrol|State\s+Police|Police\s+(?:Department|Service|Bureau)|Sheriff['’]s\s+Office"
# ... unless another department is named since ("the county health department", "the transportation department")
_A_DEPARTMENT_SINCE = r"\b(?!the\b)[a-z]+\s+department\b"
_KINDS = r"agency|bureau|department|office|commission|ministry|association|board|council|institute|administration"
_KIND_OWNS = re.compile(rf"\bthe\s+(?P<kind>{_KINDS})['’]s\s+(?:[\w-]+\s+){{0,3}}?(?:statistics|data|figures|records|report|survey"
                        r"|study|numbers|estimates?|count)\b", re.IGNORECASE)
# "a news release from the department": the body of that kind named before
_KIND_FROM = re.compile(rf"\s+(?:from|by)\s+the\s+(?P<kind>{_KINDS})\b", re.IGNORECASE)


# a word of a body's name: no word ending a sentence ("Tuesday. The Missouri State Highway Patrol"),
# initials only ending in a full stop ("U.S."); words joined by spaces, never across a line (a headline's)
_NAME_WORD = r"[A-Z](?:[\w’'&-]|\.(?=[\w’'&-]))*(?:(?<=\b[A-Z])\.)?"
_SPACE = r"[^\S\n]+"


def body_named_before(text: str, at: int, kinds: str, unless: str | None = None) -> str | None:
    """The last body named before `at` whose name ends in one of `kinds` ("the National Highway
    Traffic Safety Administration" for "the agency"), without its article; else None, or None when
    the words between it and `at` match `unless` (another body named since)."""
    pattern = _BODY_CACHE.get(kinds)
    if pattern is None:
        pattern = _BODY_CACHE[kinds] = re.compile(
            rf"\b(?P<name>(?:{_NAME_WORD}{_SPACE}(?:(?:of|and|for|on){_SPACE}(?:the{_SPACE})?)?){{1,7}}(?:{kinds}))\b(?!\s+[A-Z])")
    found, end = None, 0
    for hit in pattern.finditer(text, 0, at):
        name = hit.group("name")
        if name.split()[0] in ("The", "A", "An", "According"):
            name = name.split(None, 1)[1] if len(name.split()) > 1 else name
        found, end = " ".join(name.split()), hit.end()
    if found is not None and unless is not None and re.search(unless, text[end:at]):
        return None
    return found


# the last word of a newspaper's name ("The Columbus Dispatch", "the Baltimore Sun")
_NEWSPAPER = re.compile(rf"\s(?:{_NEWSPAPER_WORDS})$")


@dataclass
class People:
    """The people an article names with a post, to resolve "Edwards", "the chief", "he"."""

    persons: list[Person] = field(default_factory=list)
    last: Person | None = None
    text: str = ""

    def mentioned_last(self, at: int) -> Person | None:
        """The person whose name the text mentions last before `at` ("Mayor Sam Engen did not release
        ... However, he said"), by surname or full name."""
        best, where = None, -1
        seen = set()
        for person in self.persons:
            if person.start > at or person.name in seen:
                continue
            seen.add(person.name)
            found = self.text.rfind(person.surname, 0, at)
            if found > where:
                best, where = person, found
        return best

    def resolve(self, ref: str, at: int) -> tuple[str | None, Person | None]:
        ref = " ".join(ref.split()).strip(" ,")
        low = ref.lower()
        before = [p for p in self.persons if p.start <= at] or self.persons
        if low in _PRONOUNS:
            if low != "they" and self.text:
                named = self.mentioned_last(at)
                if named is not None:
                    return named.label, named
            return (self.last.label, self.last) if self.last else (None, None)
        if low.removeprefix("the ") in _NOT_A_SPEAKER:
            return None, None
        words = ref.split()
        last = re.sub(r"['’]s$", "", _surname(ref)) if words else None
        for person in reversed(before):
            if last == person.surname:
                return person.label, person
        if self.text and (titled := _TITLED.fullmatch(ref)) is not None:
            # "Mr Corbell said" after "Simon Corbell has announced": the name in full, as last given before
            # ("Bill Clinton ... Hillary Clinton ... Mrs Clinton said": Hillary Clinton)
            given = list(re.compile(rf"(?<![\w’'.])(?!(?:Mr|Mrs|Ms|Miss|Dr|Prof)\b){_FIRST}\s+{re.escape(titled.group('surname'))}\b"
                                    ).finditer(self.text, 0, at))
            if given:
                return given[-1].group(0), None
        for person in before:
            if person.role and at - len(ref) - 2 <= person.start <= at - len(ref) and person.role.lower().startswith(low):
                # "said police spokeswoman Natalie Sosa": the field read as the speaker, the post and name after it
                return person.label, person
            if person.role and at - len(ref) - 3 <= person.start < at and ref.endswith(person.role.split()[-1]):
                # "said Oklahoma City Fire Department’s Public Information Officer Benny Fulkerson": the
                # post read as the speaker's words, with the name after it
                return person.label, person
        if low in _BODY_KINDS and self.text:
            named = body_named_before(self.text, at, _BODY_KINDS[low], unless=_KIND_UNLESS.get(low))
            if named is not None and low in _PAPERS:
                return _paper_named(self.text, named, at), None   # "the newspaper reports": "The Advocate"
            if named is not None:
                return named, None        # "the agency said": the agency named before
        if low == "the department" and self.text:
            # "the Missouri State Highway Patrol said ... the department said": no Department named
            # before, the last police or patrol body named before is it
            named = body_named_before(self.text, at, _POLICE_BODIES, unless=_A_DEPARTMENT_SINCE)
            if named is not None:
                return named, None
        if low == "the department" and self.text and _police_department_before(self.text, at - len(ref)):
            # "according to statistics released by the city's police department ... the department said":
            # the police department (of the claim's city, `drafting._post_placed`)
            return "police department", None
        if low in ("the police", "the department", "the police department"):
            return ref[4:], None          # a body, not the post of a person named before
        if _LOWER_BODY.fullmatch(low):
            return re.sub(r"^[Tt]he\s+", "", ref), None   # "the county coroner’s office": a body
        if low.startswith("the "):
            post = low.removeprefix("the ").split()[-1]
            # a post before its holder is named ("the fire marshal said", West named paragraphs later): as
            # written; a holder named later in the same paragraph ("the mayor said. Mayor Tom Lee said") is it
            end = self.text.find("\n\n", at) if self.text else at
            end = len(self.text) if end < 0 else end
            for person in [p for p in reversed(self.persons) if p.start <= at] + [p for p in self.persons if at < p.start < end]:
                if person.role and post in person.role.lower():
                    return person.label, person
            if ref[4:5].isupper() and _NEWSPAPER.search(ref):
                return "The" + ref[3:], None      # "The Columbus Dispatch reports": a paper's name holds its article
            if ref[4:5].isupper():
                return ref[4:], None      # "the DCJS", "The FDNY": a body's name, without the article
        return ref, None


# the last department named in lower case: "the city's police department", "the fire department"
_DEPARTMENT_NAMED = re.compile(r"\b(?P<kind>[a-z]+)\s+department\b")


def _police_department_before(text: str, at: int) -> bool:
    """Whether the last department the text names in lower case before `at` is a police department,
    and no department is named capitalised after it ("the Fire Department")."""
    last = None
    for last in _DEPARTMENT_NAMED.finditer(text, 0, at):
        pass
    return last is not None and last.group("kind") == "police" and "Department" not in text[last.end():at]


# A post and the name after it, found first; the words of the post before it ("West Precinct
# Commander", "interim superintendent") are then read backwards. The same matches as
# `_PERSON.finditer`, without trying `_PERSON` at every position of the text (a third of
# drafting's time when it did).
_ROLE_THEN_NAME = re.compile(rf"(?<![\w.])(?P<core>(?:{_ROLE_ANY_CASE})(?:-[A-Za-z]+)?(?:\s+(?:{_ROLE_ANY_CASE}))?"
                             # "Assistant Police Chief of Investigations Deanna Nollette", "Director of Public Safety"
                             r"(?:\s+of\s+(?:the\s+)?[A-Z][\w’'-]+(?:\s+(?:of\s+|and\s+)?[A-Z][\w’'-]+){0,3})?)"
                             # "... Kehly Kennedy Ivory told": three names before a reporting verb
                             rf"\s+(?P<name>{_NAME_OF_THREE}|{_NAME})(?!\w)")
# a word ending a sentence is not part of the post ("... on Thursday. Coroner Dr. Anahi Ortiz said"):
# a word of five letters or more ending in a full stop is not taken ("Supt.", "Insp.", "U.S." are),
# nor one ending its paragraph ("... in and around the Key City.\n\nCranbrook RCMP Detachment commander")
# nor one across a blank line ("... Fire Prevention Awareness⏎⏎The State Fire Marshal Brian S. Geraci": a
# headline's words), nor "The" opening the run ("The State Fire Marshal Brian S. Geraci": the post is "State Fire Marshal")
_PREFIX_RUN = re.compile(rf"(?:{_PREFIX_WORD}{_PREFIX_SEP}){{0,7}}\Z")


@dataclass(frozen=True)
class _Hit:
    start_: int
    end_: int
    role: str
    name: str

    def start(self) -> int:
        return self.start_

    def group(self, key: str) -> str:
        return self.role if key == "role" else self.name


def _person_hits(text: str):
    end = 0
    for near in _ROLE_THEN_NAME.finditer(text):
        if near.start() < end:
            continue
        lo = max(end, near.start() - 80)
        run = _PREFIX_RUN.search(text, lo, near.start())
        start = run.start() if run else near.start()
        yield _Hit(start, near.end(), text[start:near.end("core")], near.group("name"))
        end = near.end()


# A name, then its post between commas: "Pam Gay, York County coroner, said ..."
_NAME_THEN_ROLE = re.compile(rf"(?<![\w’'])(?P<name>{_NAME}),\s+(?P<role>(?:(?:[A-Z][\w’'.]*|{_MODIFIERS})\s+){{0,5}}"
                             rf"(?:{_ROLE_ANY_CASE}))(?=\s*,|\s+(?:said|says|told)\b)")


# a post's words go on past no word that ends its sentence ("manager for the city's Department of Public
# Works. Yet, she warns": the post ends at "Works"; "Dept. of Health" goes on)
_NOT_AFTER_A_STOP = r"(?<![a-z]{4}\.)"
# "John Baker, a police spokesman, said", "said Jeremy Ekeler, associate director for education
# policy for the Nebraska Catholic Conference.": a post of any words after the name, with its
# reporting verb on either side
_NAME_THEN_POST = re.compile(rf"(?<![\w’'])(?P<name>{_NAME}),\s+(?:(?:a|an|the)\s+)?(?P<role>(?:[\w’'.-]+\s+){{0,6}}?"
                             rf"(?:{_ROLE_ANY_CASE})(?:\s+(?:for|of|at|with)\s+(?:the\s+)?[\w’'.-]+(?:{_NOT_AFTER_A_STOP}\s+[A-Za-z][\w’'.-]*){{0,9}}?)?)"
                             rf"(?=,\s+(?:said|says|told|added)\b|\s*[.;]|,\s+[a-z]|,\s+and\s+{_NAME}\b)")


_SAID_AFTER_COMMA = re.compile(r",\s+(?:said|says|told|added)\b")
_SAID_BEFORE = LedPattern(re.compile(r"\b(?:said|says|told|added|states|stated|[Aa]ccording\s+to)\s+"))


def _named_then_post(text: str):
    taken = []
    for hit in _NAME_THEN_ROLE.finditer(text):
        taken.append(hit.start())
        yield hit
    # only where a reporting verb is next to it (the pattern is slow to try at every position)
    found = {}
    for verb in _SAID_AFTER_COMMA.finditer(text):
        for hit in _NAME_THEN_POST.finditer(text, max(0, verb.start() - 250), verb.end()):
            # "Anne Readett, communications manager at ..., and Jenya Abramovich ..., said": the
            # first of several named with their posts before one verb
            if hit.end() == verb.start() or text.startswith(", and ", hit.end()):
                found.setdefault(hit.start(), hit)
    for verb in _SAID_BEFORE.finditer(text):
        # "said Dr. Nora Ellis, ...", "said Lt. Tom Foster, ..."
        title = re.match(r"(?:(?:Dr|Mr|Mrs|Ms|Prof|Capt|Sgt|Lt)\.|Captain|Sergeant|Lieutenant|Detective)\s+",
                         text[verb.end():verb.end() + 12])
        hit = _NAME_THEN_POST.match(text, verb.end() + (title.end() if title else 0))
        if hit is not None:
            found.setdefault(hit.start(), hit)
    for start in sorted(found):
        if start not in taken:
            yield found[start]


def _surname(name: str) -> str:
    """The family name: 'Herman Williams Jr.' -> 'Williams'."""
    words = [w for w in name.replace(",", " ").split() if w not in ("Jr.", "Sr.", "II", "III")]
    return words[-1] if words else name.split()[-1]


_BODY_WORD = re.compile(rf"{_AGENCY_WORDS}|Police|Patrol|Division|Council|Association|Institute|Department")
# A post wrapped across a line break ("Springfield Police\nChief John Smith said"): the line above
# ends on a body's word, so it is the post's first line, not a credit line of its own
_POST_WRAPPED = re.compile(r"\b(?:Police|Fire|Sheriff['’]s|County|City|State|Township|Department|Office|Rescue|EMS)\s*\n")


def people(text: str) -> People:
    found: list[Person] = []
    for hit in _person_hits(text):
        if _BODY_WORD.fullmatch(hit.group("name").split()[-1]):
            continue      # "commissioner of the Pennsylvania State Police": the body, no person named
        role_text = hit.group("role")
        if "\n" in role_text and (hit.start() == 0 or text[hit.start() - 1] == "\n") and not _POST_WRAPPED.search(role_text):
            # "Craig Shoup⏎Fremont Fire Department Chief Dave Foos.": a line of capitalised words alone
            # (a photo's credit, a byline) is no part of the post on the line after it
            role_text = role_text[role_text.rindex("\n") + 1:]
        role_words = role_text.split()
        name = re.sub(r"['’]s$", "", hit.group("name"))     # "Lyell Cook's office": Lyell Cook
        # ("Staff Sergeant Jill McLaren": one rank of two words, not a post "Staff")
        ranked = 2 if len(role_words) >= 2 and role_words[-2] == "Staff" else 1
        if role_words and role_words[-1] in _RANKS and len(role_words) > ranked and (
                role_words[-1] != "Officer" or re.search(rf"\b(?:{_ROLE})", " ".join(w for w in role_words[:-1] if w != "Deputy"))):
            # "West Precinct Commander Captain Sean Edwards": the rank is the name's; not the
            # "Officer" of "Public Information Officer Benny Fulkerson"
            name = f"{' '.join(role_words[-ranked:])} {name}"
            role_words = role_words[:-ranked]
        role = " ".join(role_words) or None
        if role in _TITLES:
            role = None     # "Dr. Michael Mendoza": a title, no post (the post is the one named elsewhere)
        found.append(Person(name=name, role=role, surname=_surname(name), start=hit.start()))
    if ", " in text:
        for hit in _named_then_post(text):
            over = next((i for i, p in enumerate(found)
                         if p.role and p.start <= hit.start() < p.start + len(p.name) + len(p.role) + 2), None)
            if over is not None and found[over].role in _RANKS and found[over].name == hit.group("name"):
                # "Lt. Tom Foster, WSP Assistant District Commander": the rank is the name's, the post follows
                p = found[over]
                found[over] = Person(name=f"{p.role} {p.name}", role=" ".join(hit.group("role").split()),
                                     surname=p.surname, start=p.start)
            elif over is None:
                found.append(Person(name=hit.group("name"), role=" ".join(hit.group("role").split()),
                                    surname=_surname(hit.group("name")), start=hit.start()))
        found.sort(key=lambda p: p.start)
    if " said" in text or " says" in text or " told" in text:
        for hit in _POST_COMMA_NAME.finditer(text):
            if re.search(rf"(?:{_ROLE_ANY_CASE})", hit.group("role")) and not any(p.name == hit.group("name") for p in found):
                # "The spokesman for the State Fire Marshal’s office, Ron Humphrey says"
                found.append(Person(name=hit.group("name"), role=" ".join(hit.group("role").split()),
                                    surname=_surname(hit.group("name")), start=hit.start("name")))
        for hit in _BODY_S_NAME.finditer(text):
            if not any(p.name == hit.group("name") for p in found):
                # "the Oklahoma Employment Security Commission’s John Carpenter says": of the body
                found.append(Person(name=hit.group("name"), role=re.sub(r"^[Tt]he\s+", "", " ".join(hit.group("body").split())),
                                    surname=_surname(hit.group("name")), start=hit.start("name")))
        found.sort(key=lambda p: p.start)
    # each person by the fullest post the article gives them ("Coroner Pam Gay" ... "Pam Gay, York
    # County coroner": the second)
    fullest: dict[str, str] = {}
    for p in found:
        if p.role and len(p.role.split()) > len(fullest.get(p.name, "").split()):
            fullest[p.name] = p.role
    found = [p if fullest.get(p.name, p.role) == p.role else
             Person(name=p.name, role=fullest[p.name], surname=p.surname, start=p.start) for p in found]
    if any(p.role in _RANK_ONLY for p in found):
        bodies = _bodies(text)
        found = [_ranked(text, p, bodies) if p.role in _RANK_ONLY else p for p in found]
    # people named without a post who speak ("Engen said", "said Kirby"): for a pronoun after them
    if " said" in text or " says" in text:
        known = {p.surname for p in found}
        for hit in _BARE_SPEAKER.finditer(text):
            name = hit.group("name") or hit.group("name1")
            words = name.split()
            if words[-1] in known or words[0] in _NOT_NAMES or words[-1] in _NOT_NAMES \
                    or re.fullmatch(_AGENCY_WORDS + "|Association|Council|Institute|Group|Foundation|Police|News", words[-1]) \
                    or re.search(r"[A-Z][\w’'&-]*\s+(?:(?:of|and|for|the)\s+)*$", text[max(0, hit.start() - 40):hit.start()]):
                continue           # a word of a longer name ("the National Highway Traffic Safety Administration said")
            first = re.search(rf"\b{re.escape(name)}\b", text)
            known.add(words[-1])
            found.append(Person(name=name, role=None, surname=words[-1], start=first.start() if first else hit.start()))
        found.sort(key=lambda p: p.start)
    return People(found, text=text)


# A rank alone is no post but part of the name ("Sgt. Pat Abel said"); the body they serve is the
# police body the article names ("The Ohio State Highway Patrol website ...": "Sgt. Pat Abel, Ohio State
# Highway Patrol", as the read hands of fresh8, fresh20, fresh27 and fresh29 write them): their own
# ("of the X"), else the only one the article names, else the only one their paragraph names; none when
# their sentence speaks of fire, crews, EMS or the military, or the body is a fire or rescue service
_RANK_ONLY = frozenset({"Sgt.", "Sergeant", "S/Sgt.", "Staff Sgt.", "Staff Sergeant", "Capt.", "Captain", "Lt.", "Lieutenant", "Cpl.",
                        "Corporal", "Const.", "Constable", "Cst.", "Insp.", "Supt."})
_POLICE_BODY = re.compile(r"(?<![\w’'.-])(?P<body>(?:[A-Z][\w’'&.-]*[^\S\n]+){1,4}?(?:State[^\S\n]+Highway[^\S\n]+Patrol"
                          r"|Highway[^\S\n]+Patrol|State[^\S\n]+Patrol|State[^\S\n]+Police|Provincial[^\S\n]+Police|RCMP|OPP"
                          r"|Police[^\S\n]+(?:Department|Service|Bureau)|Division[^\S\n]+of[^\S\n]+Police"
                          r"|Sheriff['’]s[^\S\n]+(?:Office|Department)"
                          # a fire or rescue body: named, it is no police body's officer
                          r"|(?P<fire>Fire(?:[^\S\n]+(?:&|and)[^\S\n]+Rescue|[^\S\n]+Rescue)?(?:[^\S\n]+(?:Department|Service|Division|District))?|EMS)))(?![\w’'])")
_NOT_POLICE_WORK = re.compile(r"\b(?:fires?|firefight\w*|crews?|EMS|paramedics?|ambulances?|Army|Navy|"
                              r"Marines?|Air\s+Force|military|recruit\w*|soldiers?|troops)\b")
# words opening a sentence before a body's name ("When Toledo Police Department officers arrived")
_NOT_OF_A_BODY = frozenset({"The", "A", "An", "According", "By", "From", "Of", "In", "With", "When", "While", "If",
                            "After", "Before", "Since", "As", "But", "And", "Both", "Yesterday", "Today", "Now", "Then",
                            "Meanwhile", "Also", "Still", "However", "Overall", "Statewide", "Nationally", "Last", "This",
                            "Once", "Although", "Though", "Until", "Where", "Because", "For", "At", "On", "To", "Under"})
# a given name before a surname ("Simon Corbell"), with an initial; no post ("President Trump", "Prime Minister
# Abbott") nor a word opening a sentence ("When Corbell took office")
_FIRST = (rf"(?!(?:{_ROLE}|Premier|Chancellor|Prime|General|{'|'.join(sorted(_NOT_OF_A_BODY))})\b)"
          r"[A-Z][a-zà-öø-ÿ]+(?:\s+[A-Z]\.)?")


# where a sentence ends after a name: a stop and a space (or the text's end), or a line break
_SENTENCE_END = re.compile(r"[.!?](?:\s|$)|\n")


def _bodies(text: str) -> list[tuple[int, int, str, bool]]:
    """The police and fire bodies a text names, found once per text: (start, end, name without the
    words opening its sentence, whether a fire or rescue body)."""
    found = []
    for hit in _POLICE_BODY.finditer(text):
        words = hit.group("body").split()
        while len(words) > 1 and words[0] in _NOT_OF_A_BODY:
            words = words[1:]
        found.append((hit.start(), hit.end(), " ".join(words), hit.group("fire") is not None))
    return found


def _ranked(text: str, person: Person, bodies: list[tuple[int, int, str, bool]]) -> Person:
    """A person named with a rank and no post, their rank in their name and the police body they serve
    in their label ("Sgt. Pat Abel" -> "Sgt. Pat Abel, Ohio State Highway Patrol"); with none, as
    written ("Stephan G. Fugate, Capt.", as the read hand of fresh.yaml writes a fire captain)."""
    if not bodies:
        return person
    end = text.find(person.name, person.start)
    end = person.start if end < 0 else end + len(person.name)
    chosen = None
    own = re.match(r",?\s+(?:of|with|from)\s+(?:the\s+)?", text[end:end + 12])
    at = bisect.bisect_left(bodies, (end + own.end(),)) if own is not None else len(bodies)
    if at < len(bodies) and bodies[at][0] == end + own.end():
        chosen = bodies[at]           # "Sgt. Ann Cole of the Columbus Division of Police": their own
    else:
        opening = max(text.rfind(". ", 0, person.start), text.rfind("\n", 0, person.start)) + 1
        closing = _SENTENCE_END.search(text, end)
        if _NOT_POLICE_WORK.search(text[opening:closing.start() if closing else len(text)]):
            return person     # "Capt. Joe Ruiz said crews fought 14 structure fires": a fire captain
        for low, high in ((0, len(text)), _paragraph_of(text, person.start)):
            names = {body[2] for body in bodies[bisect.bisect_left(bodies, (low,)):bisect.bisect_left(bodies, (high,))]}
            if len(names) == 1:
                chosen = next(body for body in bodies if body[2] in names)
                break
    if chosen is None or chosen[3] or len(chosen[2].split()) < 2:
        return person
    return Person(name=f"{person.role} {person.name}", role=None, surname=person.surname, start=person.start,
                  body=chosen[2])


def _paragraph_of(text: str, at: int) -> tuple[int, int]:
    start = text.rfind("\n\n", 0, at)
    end = text.find("\n\n", at)
    return (0 if start < 0 else start + 2), (len(text) if end < 0 else end)


# the verbs a name said is read by, one of which every match of the patterns below holds
_REPORTED_BY_NAME = ("says", "said", "told")
# "The spokesman for the State Fire Marshal’s office, Ron Humphrey says": a post, then the name
# after a comma, opening a sentence
# (tried only over the runs of words, spaces and ".,’'-" that hold its verb: `RunPattern`)
_POST_COMMA_NAME = RunPattern(re.compile(rf"(?:^|(?<=[.!?”\"]\s)|(?<=\n))(?:The|A|An)\s+(?P<role>[a-z][\w’'.-]*(?:\s+[\w’'.-]+){{1,10}}?),\s+"
                                         rf"(?P<name>{_NAME})\s+(?:says|said|told)\b", re.MULTILINE),
                              _REPORTED_BY_NAME, r"[\w\s.,’'-]")
# "the Oklahoma Employment Security Commission’s John Carpenter says": a body's person
_BODY_S_NAME = RunPattern(re.compile(rf"(?P<body>(?:[A-Z][\w.&-]*\s+(?:(?:of|and|for)\s+(?:the\s+)?)?){{1,6}}"
                          rf"(?:{_AGENCY_WORDS}|Association|Council|Institute|Department|Police|Patrol|Division)"
                          # "the Ohio Department of Health’s Mark Denton"
                          r"(?:\s+(?:of|for)\s+(?:the\s+)?[A-Z][\w.&-]*(?:\s+(?:and\s+)?[A-Z][\w.&-]*){0,3})?)['’]s\s+"
                          rf"(?P<name>{_NAME})\s+(?:says|said|told)\b"), _REPORTED_BY_NAME, r"[\w\s.&,’'-]")


# a name said with its reporting verb: "Engen said", "said Kirby", "Jim Harlan says"
_BARE_SPEAKER = RunPattern(re.compile(
    r"(?<![\w’'.])(?P<name>[A-Z][a-zà-öø-ÿ’'-]+(?:\s+[A-Z][a-zà-öø-ÿ’'-]+)?)\s+(?:said|says)\b"
    r"|\b(?:said|says)\s+(?P<name1>[A-Z][a-zà-öø-ÿ’'-]+(?:\s+[A-Z][a-zà-öø-ÿ’'-]+)?)\b(?!\s+(?:[A-Z]|of\b))"),
    ("said", "says"), r"[\w\s’'-]")
_NOT_NAMES = frozenset({"He", "She", "They", "It", "This", "That", "There", "We", "I", "You", "Police", "Officials",
                        "Authorities", "Investigators", "Experts", "Researchers", "Officers", "Department", "Office",
                        "County", "City", "State", "Report", "The", "Data", "Statistics", "Figures", "Records",
                        "Thursday", "Monday", "Tuesday", "Wednesday", "Friday", "Saturday", "Sunday", "Council",
                        "Sheriff", "Mayor", "Chief", "Coroner", "Board", "Commission", "Court", "Government",
                        "Dr", "Mr", "Mrs", "Ms", "Prof"})


def quote_spans(text: str, paragraph: tuple[int, int]) -> list[tuple[int, int]]:
    """(start, end) of each quotation in a paragraph, marks excluded; an open one runs to the end."""
    start, end = paragraph
    return _quotations(text, start, end, (mark.start() for mark in _QUOTE_MARK.finditer(text, start, end)))


def _quotations(text: str, start: int, end: int, at: Iterable[int]) -> list[tuple[int, int]]:
    """`quote_spans` of text[start:end] read at the offsets `at`, in order: the paragraph's quotation
    marks (the others are passed over, so every character's offset gives the same)."""
    spans, opened = [], None
    for i in at:
        ch = text[i]
        if ch not in _QUOTE_CHARS:
            continue
        before = text[i - 1] if i > start else " "
        after = text[i + 1] if i + 1 < end else " "
        opener = (before.isspace() or before in "([—–-:") and not after.isspace()
        if opened is None and (opener or (ch in _OPENERS and not after.isspace()) or i == start):
            opened = i + 1
        elif opened is not None and not opener:
            spans.append((opened, i))
            opened = None
        elif ch == "”" and not spans and before in ".,!?" and i > start + 20:
            # "During this primary we had 12.2 percent. ... in November.”": a paragraph that closes a
            # quotation it never opened goes on with one (its opening mark dropped), from its start
            spans.append((start, i))
    if opened is not None:
        spans.append((opened, end))
    return spans


def quote_speaker(text: str, quote: tuple[int, int], sentence_end: int, paragraph: tuple[int, int],
                  cast: People) -> str | None:
    """The speaker named by the attribution next to a quotation, if any."""
    after = text[quote[1] + 1:min(paragraph[1], quote[1] + 80)]
    hit = _AFTER_QUOTE.match(after)
    if hit:
        return _named(cast, hit.group("ref") or hit.group("ref1"), quote[1] + 1 + hit.end())
    before = text[max(paragraph[0], quote[0] - 120):max(paragraph[0], quote[0] - 1)]
    hit = _BEFORE_QUOTE.search(before) if _VERB_AT_END.search(before) else None
    if hit:
        return _named(cast, hit.group("ref") or hit.group("ref1") or hit.group("ref2"), quote[0])
    return None


def paragraph_speakers(text: str, paragraphs: list[tuple[int, int]], quotes: list[list[tuple[int, int]]],
                       cast: People) -> list[str | None]:
    """The speaker named by any quotation of each paragraph (the last one named), or None."""
    out: list[str | None] = []
    for paragraph, spans in zip(paragraphs, quotes):
        named = None
        for q in spans:
            named = quote_speaker(text, q, paragraph[1], paragraph, cast) or named
        out.append(named)
    return out


def _named(cast: People, ref: str, at: int) -> str | None:
    label, person = cast.resolve(ref, at)
    if person is not None:
        cast.last = person
    return label


# a capitalised word of a body's name ("Department", "U.S.", "AT&T"), and a name of up to `most` such words
_CAP = r"[A-Z][\w.&-]*"


# ... or one owning the word after it, inside a body's name ("Black Hawk County Sheriff’s Office")
_CAP_OWN = rf"{_CAP}(?:['’]s(?=\s+[A-Z]))?"


def _capitalised(most: int) -> str:
    return rf"(?:{_CAP}\s+){{0,{most - 1}}}{_CAP}"


def _body_name(most: int) -> str:
    """A body's whole name of at most `most` capitalised words, joined by "of", "and" or "for" ("the
    Kentucky Office of Drug Control Policy", "Centers for Disease Control and Prevention")."""
    return rf"{_CAP}(?:\s+(?:(?:of|and|for)\s+(?:the\s+)?)?{_CAP}){{0,{most - 1}}}"


# the words that name a document whose figures a sentence gives
_DOCUMENT_WORDS = "statistics|data|figures|report|survey|study|numbers|statement"
_THE_DOCUMENT = re.compile(rf"\bthe\s+(?:{_DOCUMENT_WORDS})\b", re.IGNORECASE)
# a day or a week between a document's verb and its issuer: "released last week by the sheriff's office"
_WHEN_RELEASED = (r"(?:(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|today|yesterday|this\s+week"
                  r"|last\s+week)\s+)?")
# a body named in lower case that issues a document: "the state health department", "the sheriff's office"
_LOW_ISSUER = (r"(?:(?:county|city|state|provincial|federal)\s+)?(?:(?:coroner|medical\s+examiner|sheriff|mayor)['’]s\s+office"
               r"|(?:fire|health|police|education|transportation|public\s+health|highway\s+patrol)\s+(?:department|agency)"
               r"|(?:county|city|state)\s+(?:coroner|medical\s+examiner|sheriff|highway\s+patrol|police))")
# "state fire officials": officials of a level of government, with no article
_OFFICIALS = (r"(?:state|city|county|federal|provincial|local)\s+(?:(?:fire|health|police|school|transportation|"
              r"traffic|election|public\s+health)\s+)?officials")
_EARLIER_ISSUER = re.compile(rf"\b(?:{_DOCUMENT_WORDS})\s+(?:(?:compiled|released|published|"
                             rf"issued|drafted|prepared|produced|written)\s+{_WHEN_RELEASED}by|from)\s+(?:the\s+)?"
                             rf"(?:(?P<by>{_body_name(7)})|(?P<low>{_LOW_ISSUER})\b|(?P<officials>{_OFFICIALS})\b)"
                             # a report named by its title: "the Pennsylvania State Coroners Association Report on
                             # Overdose Death Statistics" is the association's
                             rf"|\b(?P<titled>{_capitalised(5)})\s+(?:Annual\s+)?(?:Report|Survey|Study)\b"
                             # a body's report in lower case: "the Belvidere Fire Department annual report", "An
                             # Office for National Statistics report"
                             # (two words at least, not an article's: "The report", "This annual report")
                             # (words without a stop: not "... Sheriff's Office. The report")
                             r"|\b(?:(?:[Tt]he|[Aa]n?)\s+)?(?P<owned>(?!(?:The|This|That|These|Those|A|An|Its|Their|His|Her|Our)\b)"
                             r"[A-Z][\w&’'-]*(?:\s+(?:(?:of|and|for)\s+(?:the\s+)?)?[A-Z][\w&’'-]*){1,5})\s+(?:annual\s+)?report\b"
                             # "Seattle police released data on Friday": then "the data show"
                             rf"|\b(?P<rel>(?:{_CAP_OWN}\s+){{0,4}}(?:{_CAP}|police))\s+(?:has\s+|have\s+)?(?:released|published|issued)\s+"
                             r"(?:new\s+|its\s+|their\s+|preliminary\s+|annual\s+)*"
                             # "has released its Labor Day Weekend Holiday Activity Report": the releaser's, not the title's
                             r"(?:(?:[A-Z][\w’'-]*\s+){1,6}?Report|data|statistics|figures|numbers|report)\b")
_ISSUER_OWNER = re.compile(rf"(?:according\s+to\s+)?(?:the\s+)?(?P<owner>{_CAP_OWN}(?:\s+(?:(?:of|and|for)\s+(?:the\s+)?)?{_CAP_OWN}){{0,5}})"
                           r"['’]s\s+(?:\w+\s+){0,3}$")
# "data provided by the state", "figures supplied by residents": a document credited to no one the article names
CREDITED_LOW = re.compile(rf"\b(?i:{_DOCUMENT_WORDS}|records)\s+(?:compiled|released|published|issued|kept|provided|supplied)"
                          rf"\s+{_WHEN_RELEASED}by\s+(?:the\s+|a\s+|an\s+)?[a-z]")
# "by", "from", "released last week by", "provided by"
_BY_OR_FROM = rf"(?:(?:(?:compiled|released|published|issued|kept|provided|supplied)\s+{_WHEN_RELEASED})?by|from)"
# "numbers from October", "data from last year": a time, not an issuer
_NOT_A_TIME = (r"(?!(?:January|February|March|April|May|June|July|August|September|October|November|December"
               r"|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\b)")
# ("data released by The Canadian Urban Transit Association": the article's capital is no part of the name)
_ISSUER_BY = re.compile(rf"^\s+{_BY_OR_FROM}\s+(?:[Tt]he\s+)?"
                        # "the Denver Department of Transportation and Infrastructure": the body's whole name
                        rf"(?P<by>{_NOT_A_TIME}{_CAP}(?:\s+(?:(?:of|and|for)\s+(?:the\s+)?)?{_CAP}){{0,6}}"
                        # "statistics released by the Warren County Coroner's Office": the office
                        r"(?:['’]s\s+(?:Office|Department|Bureau|Division))?"
                        # "statistics released Wednesday by Chicago police": the city's police, named in lower case
                        r"(?:\s+police\b)?)"
                        # "data from the state health department": a body named in lower case
                        rf"|^\s+{_BY_OR_FROM}\s+the\s+(?P<low>"
                        rf"{_LOW_ISSUER})\b"
                        # "data from state fire officials": officials of a level of government, with no article
                        rf"|^\s+{_BY_OR_FROM}\s+(?P<officials>{_OFFICIALS})\b")
# "according to a Missouri Department of Transportation report": the body's whole name
# (a word of when or how between: "the Belvidere Fire Department annual report", "the Erie County Coroner's
# preliminary figures")
_ISSUER_NAMED = re.compile(rf"(?P<named>{_CAP}(?:\s+(?:(?:of|and|for)\s+(?:the\s+)?)?{_CAP}){{0,4}})"
                           r"(?:\s+(?:annual|monthly|quarterly|yearly|weekly|latest|new|final|preliminary))*\s+$")


# "according to Sheriff Tom Lee in a news release": the one named, in the document
_ISSUER_IN = re.compile(rf"[Aa]ccording\s+to\s+(?:the\s+)?(?P<within>{_capitalised(5)})\s+in\s+(?:a|an|the|his|her|its|their)\s+(?:\w+\s+){{0,2}}$")


def _one_body(name: str) -> str:
    """The last of two bodies joined by "and" ("Ohio and Franklin County" -> "Franklin County"); a name with
    "and" after "of" or "for" ("Centers for Disease Control and Prevention") or before one word ("Smith and
    Jones") is one body."""
    head, joined, _ = name.partition(" and ")
    last = name.rsplit(" and ", 1)[-1]
    if joined and not re.search(r"\b(?:of|for)\b", head) and len(last.split()) >= 2:
        return last
    return name


_STUDY_BY = re.compile(r"\b(?i:survey|study|analysis|review|audit|investigation)\s+by\s+(?:the\s+)?"
                       r"(?P<by>[A-Z][\w.&’'-]*(?:\s+(?:(?:of|and|for)\s+(?:the\s+)?)?[A-Z][\w.&’'-]*){0,6})")


def _issuer(words: str, document: re.Match) -> str | None:
    """Who issued the document a sentence cites: "the Washington County Coroner's annual report"
    -> the coroner; "statistics compiled by Toronto Police"; "final NYPD numbers" -> NYPD."""
    by = _STUDY_BY.search(document.group(0))
    if by is not None:
        return " ".join(by.group("by").split())      # "an analysis by the Ohio Department of Health found"
    doc = re.search(r"(?:statistics|data|figures|records|report|reports|survey|study|numbers|results|(?:(?:news|press)\s+)?release)\b",
                    document.group(0), re.IGNORECASE)
    # ("a Press Release from the ...", "a ... Police Department News Release": no part of the name)
    if doc is not None and doc.group(0)[0].isupper() and not doc.group(0).lower().endswith("release"):
        # "the U.S. Bureau of Labor Statistics", "a report from Statistics Canada": the capitalised
        # word is part of a body's name, not the document
        at = document.start() + doc.start()
        name = next((m for m in _CAPITALISED_RUN.finditer(words, max(0, at - 80), min(len(words), at + 60))
                     if m.start() <= at < m.end()), None)
        if name is not None and len(name.group(0).split()) >= 2:
            body = name.group(0).split(" in ")[0].split()
            while body and body[0] in ("The", "A", "An", "According", "From", "By"):
                body = body[1:]
            titled = next((k for k, w in enumerate(body) if w in ("Report", "Survey", "Study", "Annual", "Reports")), None)
            if titled is not None:
                body = body[:titled]    # "the ... Association Report on Overdose Death Statistics": the association
            if len(body) >= 2:
                return " ".join(body)
    cut = document.start() + (doc.start() if doc else 0)
    before, after = words[document.start():cut], words[document.end():]
    if doc is not None and re.match(r"\s+(?:from|by|released|compiled|provided|supplied|published|issued)\b",
                                    document.group(0)[doc.end():]):
        # "a report from the Monroe County Medical Examiner shows", "a report from Statistics Canada",
        # "figures published by the CSO show" (the body's whole name, past the end of the document's words)
        after = words[document.start() + doc.end():]
    for hit in (_ISSUER_OWNER.search(before), _ISSUER_BY.match(after), _ISSUER_IN.match(before)):
        if hit:
            return _one_body(" ".join(hit.group(hit.lastgroup).split()).rstrip("."))
    hit = _ISSUER_NAMED.search(before)
    if hit and hit.group("named").split()[0].lower() not in ("according", "the", "a", "an"):
        return _one_body(" ".join(hit.group("named").split()).rstrip("."))
    hit = _ISSUER_POST.search(before)
    if hit:
        return hit.group("post").lower()     # "the coroner's annual report": the place's coroner, named later
    if not before:
        # "The Ohio Highway Patrol's provisional data shows", "The California Department of Education
        # data shows", "Statistics Canada’s numbers show": the body named right before the document
        # ("A Wisconsin Department of Transportation press release reveals": the body before "press")
        end = document.start() - len(m.group(0)) if (m := _PRESS.search(words, 0, document.start())) else document.start()
        hit = _OWNER_BEFORE.search(words, max(0, end - 90), end)
        owner = hit.group("owner").split() if hit else []
        while owner and owner[0] in _NOT_OWNER:
            owner = owner[1:]
        if (len(owner) >= 2 or (owner and re.fullmatch(r"[A-Z]{2,6}", owner[0]))) \
                and not _DESCRIBED_DOC.fullmatch(" ".join(owner) + " data"):
            return " ".join(owner)
    return None


_PRESS = re.compile(r"\b(?:news|press)\s+$")
_NOT_OWNER = frozenset({"According", "The", "A", "An", "But", "And", "In", "New", "This", "That", "These", "Those", "Its",
                        "Their", "Preliminary", "Provisional", "Latest", "Final", "Official", "Recent", "Annual", "Monthly",
                        "Still", "Also", "However", "Meanwhile", "So", "Yet", "Now", "Other", "More", "Further"})
# the body whose document a sentence's words open with: "The Ohio Highway Patrol's provisional"
_OWNER_BEFORE = re.compile(r"(?:^|(?<=\s))(?:[Tt]he\s+)?(?P<owner>[A-Z][\w.&-]*(?:\s+(?:(?:of|and|for)\s+(?:the\s+)?)?[A-Z][\w.&-]*){0,6})"
                           r"(?:['’]s\s+(?:(?:new|latest|preliminary|provisional|final|annual|monthly|official|own)\s+){0,2}|\s+)$")


# "Provincial data shows", "according to preliminary state data": a document described by whose
# it is (a government's, its level's), not by a name
_DESCRIBED_DOC = re.compile(r"(?:^|(?<=\s))(?P<words>(?:preliminary\s+|official\s+|new\s+|latest\s+|final\s+)?"
                            r"(?:state|provincial|federal|county|city|municipal|national|government|official|police)"
                            r"(?:\s+(?:government|health|police|crime|census))?\s+(?:data|statistics|figures|numbers|records))$",
                            re.IGNORECASE)


def _described(words: str, document: re.Match) -> str | None:
    """The words describing a document whose issuer is not named ("Provincial data", "preliminary
    state data"), as its speaker; else None."""
    doc = re.search(r"(?:statistics|data|figures|numbers|records)\b", document.group(0), re.IGNORECASE)
    if doc is None:
        return None
    end = document.start() + doc.end()
    hit = _DESCRIBED_DOC.search(words[max(0, end - 60):end])
    if hit is None:
        return None
    described = " ".join(hit.group("words").split())
    if described.lower().startswith("police "):
        # "according to police records": the police; "those same police figures": the police named
        # before (left to the document cited before)
        lead = words[max(0, end - 60):end][:hit.start("words")]
        return "police" if re.search(r"\baccording\s+to\s+$", lead, re.IGNORECASE) else None
    return described


# A document of a post named without its holder or place: "the coroner's annual report"
LOCAL_POSTS = ("coroner", "medical examiner", "sheriff", "police department", "fire department", "health department")
_POST_NAMES = "|".join(p.replace(" ", r"\s+") for p in LOCAL_POSTS)
_ISSUER_POST = re.compile(rf"\bthe\s+(?P<post>{_POST_NAMES})['’]s\s+(?:\w+\s+){{0,3}}$", re.IGNORECASE)


_GROUP = r"(?:[A-Z][\w.’']*\s+){0,3}?(?:[Pp]olice|[Oo]fficials|[Aa]uthorities|[Ii]nvestigators|[Ee]xperts|[Rr]esearchers)"
# (searched only in a sentence that holds "say")
_THEY_SAY = WordGatedPattern(re.compile(
    rf"^\s*(?:[A-Z][A-Z.’' ]+(?:,\s*[A-Z][\w.]+)?\s*(?:\([^()]{{2,30}}\))?\s*[-—–]\s*)?(?P<who>{_GROUP})\s+say\b"
    rf"|,\s+(?P<who2>{_GROUP})\s+say\s*[.!]?\s*$"), ("say",))


# A sentence naming a document that ends with a colon introduces a list of its figures:
# "Numbers included in the report included:", "The report's figures:"
_LIST_OF_DOCUMENT = re.compile(r"(?:\b(?:the|its|this|that)\s+|^\s*)(?:[\w’'-]+\s+){0,3}?(?:report|statistics|data|figures|numbers|"
                               r"summary|survey|study)\b[^.;:]*:\s*$", re.IGNORECASE)


# ... and the one who gave the list's figures: "Other statistics reported by Abbott include:"
# ("... reported by the chief include:", a post the cast resolves); the name runs straight up to the
# verb or colon ("reported by Oak Park residents include:" names no one) and holds no date ("by March 1")
_LIST_BY = re.compile(r"\b(?:reported|given|presented|provided|released|compiled|issued)\s+by\s+"
                      r"(?:(?P<post>the\s+(?:[a-z]+\s+)?(?:chief|mayor|sheriff|commissioner|superintendent|director|coroner))"
                      r"|(?:the\s+)?(?P<by>(?!(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\.?(?:\s|$))"
                      r"[A-Z][\w’'.&-]*(?:\s+(?:(?:of|and|for)\s+(?:the\s+)?)?[A-Z][\w’'.&-]*){0,6}))"
                      r"(?=\s+(?:include[sd]?|are|were|show|shows|showed)\b|\s*:)")

_LIST_BY_SOMEONE = re.compile(r"\b(?:reported|given|presented|provided|released|compiled|issued)\s+by\s+(?!(?:Jan|Feb|Mar|Apr|"
                              r"May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d)")


_CITY_BEFORE = re.compile(r"(?<![\w’'])(?!(?:When|While|If|After|Before|Since|As|But|And|Yesterday|Today|Now|Then|Local|State|"
                          r"City|County|The|A|An)\s)([A-Z][a-z]+)\s+$")


# "Statistics Canada", "Statistics Netherlands": a body whose name opens with a document's word
_AGENCY = re.compile(rf"[Aa]ccording\s+to\s+(?:the\s+)?(?P<name>(?:Statistics|Data|Census)\s+(?!Show|Shows|Say|Says){_CAP}"
                     rf"(?:\s+{_CAP}){{0,3}})\b")


# "Seattle police released data on Friday showing", "The state health department published figures
# that show": a body that releases a document whose figures the sentence gives
_RELEASED_SHOWING = re.compile(r"(?P<by>(?:[Tt]he\s+)?(?:[A-Z][\w.’'&-]*\s+(?:(?:of|and|for)\s+(?:the\s+)?)?){0,6}"
                               r"(?:[A-Z][\w.’'&-]*|police|officials))\s+(?:has\s+|have\s+|on\s+\w+\s+)?" + _WHEN_RELEASED +
                               # "Fire Marshal Brian S. Geraci has announced a preliminary report revealing 64 ..."
                               r"(?:released|published|issued|posted|made\s+public|announced)\s+(?:new\s+|preliminary\s+|its\s+|their\s+|"
                               r"annual\s+|the\s+|an?\s+)*(?:data|statistics|figures|numbers|report)\b[^.;]{0,40}?"
                               r"\b(?:showing|revealing|that\s+shows?|that\s+showed|which\s+shows?|which\s+showed)\b")


# A sentence opening with a body releasing or compiling figures, with or without them ("The Franklin
# County coroner's office released a statistical breakdown of overdose deaths", "OSPI released
# enrollment data for each district", "New figures were revealed by National Records of Scotland"):
# the body's document, which the figures after it in the paragraph go on to give
_DOC_NOUNS = r"(?:data|statistics|figures|numbers|report|breakdown|summary|count|analysis|estimates|tally|results)"
_RELEASED_DOCUMENT = re.compile(r"\s*(?:(?:(?:Last|This)\s+(?:week|month)|Today|Yesterday|(?:On\s+)?(?:Monday|Tuesday|Wednesday"
                                r"|Thursday|Friday|Saturday|Sunday)),\s+)?"      # "Last week, the agency released ..."
                                r"(?P<by>(?:[Tt]he\s+)?[A-Z][\w.’'&-]*(?:\s+(?:of|and|for|the|[A-Z][\w.’'&-]*|[a-z]+[’']s"
                                r"|office|department|police|officials)){0,7}?)(?:\s+\([A-Z]{2,8}\))?"     # "(CSA)"
                                rf"\s+(?:has\s+|have\s+|on\s+\w+\s+)?{_WHEN_RELEASED}"
                                r"(?:released|published|issued|compiled|unveiled|put\s+out)\s+(?:[\w’'-]+\s+){0,6}?"
                                rf"{_DOC_NOUNS}\b"
                                rf"|\s*(?:[\w’'-]+\s+){{0,4}}?{_DOC_NOUNS}\s+(?:were|was|have\s+been|has\s+been)\s+"
                                r"(?:released|revealed|published|issued)\s+(?:\w+\s+){0,2}?by\s+(?:the\s+)?"
                                r"(?P<by2>[A-Z][\w.’'&-]*(?:\s+(?:of|and|for|the|[A-Z][\w.’'&-]*)){0,7})")


# a day or a time opening a sentence before its subject: "Friday the department released", "On Monday, the"
_WHEN_OPENS = re.compile(r"^(?:(?:On|Last|This|Early|Late)\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|"
                         r"Today|Yesterday|Earlier|Recently)(?:\s+(?:morning|afternoon|evening|night|week|month))?,?\s+(?=\S)")


# a sentence ending "According to X:" (not a document's: those are _LIST_OF_DOCUMENT's) introduces a list
_ACCORDING_COLON = re.compile(r"\b[Aa]ccording\s+to\s+(?P<who>(?:the\s+)?[^,.;:]{2,60}?)\s*:\s*$")


def reported(text: str, clause: tuple[int, int], sentence: tuple[int, int], cast: People,
             held: frozenset[str] | None = None) -> Voice | None:
    """A paraphrase or a document named in the clause's sentence, if any; a body speaking is written
    as the article names it in full (`fullest_body`), without the initials it gives in brackets
    ("the Office of Traffic Safety (OTS)"). `held`: the sentence's words as `statements.words_of`
    reads them, when known (a sentence holding no reporting word is not searched for one)."""
    voice = _reported(text, clause, sentence, cast, held)
    if voice is not None and voice.speaker:
        full = fullest_body(text, re.sub(r"(?<=\w)\s+\([A-Z]{2,6}\)$", "", voice.speaker))
        if full != voice.speaker:
            return replace(voice, speaker=full)
    return voice


def _earlier_issuer(text: str, before: int, noun: str | None = None) -> str | None:
    """Who issued the last report or data named before `before` ("a new report from the Monroe
    County Medical Examiner", "Seattle police released data"), as written; None when none is. With
    `noun` ("report"), the last document so named, if any ("according to the Belvidere Fire Department
    annual report" then "figures from the U.S. Census Bureau": "the report" is the department's)."""
    hits = list(_EARLIER_ISSUER.finditer(text, 0, before))
    if noun is not None:
        hits = [m for m in hits if noun in m.group(0).lower()] or hits
    earlier = [m.group("by") or m.group("low") or m.group("officials") or m.group("titled") or m.group("owned") or m.group("rel")
               for m in hits]
    return re.sub(r"^The\s+", "", " ".join(earlier[-1].split()).rstrip(".")) if earlier else None


def _in_full(cast: People, issuer: str, at: int) -> str:
    """An issuer that is a person of the cast, as the article names them in full ("figures released
    by Cook" -> "Erie County Coroner Lyell Cook"); else as written."""
    label, person = cast.resolve(issuer, at)
    if person is not None and person.surname in issuer.split():
        return label
    return issuer


def _opens(words: str, at: int) -> bool:
    """Whether `at` is where the sentence's words open (but for white space and one character)."""
    return at <= len(words) - len(words.lstrip()) + 1


_RELEASE_VERB = WordGatedPattern(re.compile(r"\b(?:released|published|issued|compiled|unveiled|put\s+out|revealed)\b"),
                                 ("released", "published", "issued", "compiled", "unveiled", "put", "revealed"))


def _reported(text: str, clause: tuple[int, int], sentence: tuple[int, int], cast: People,
              held: frozenset[str] | None) -> Voice | None:
    words = text[sentence[0]:sentence[1]]
    if words.rstrip().endswith(":") and _LIST_OF_DOCUMENT.search(words):
        by = _LIST_BY.search(words)
        if by is not None:
            # "Other statistics reported by Abbott include:": a person's figures, listed, are their
            # paraphrase; a body's, its document
            label, person = cast.resolve(by.group("post") or by.group("by"), sentence[0] + by.end())
            if person is not None:
                cast.last = person
                return Voice("paraphrase", label, sourcing=True, leads=True, lists=True)
            if by.group("by"):
                return Voice("document", " ".join(by.group("by").split()), sourcing=True, leads=True, lists=True)
        issuer = _earlier_issuer(text, sentence[0])
        if issuer is not None:
            issuer = _in_full(cast, issuer, sentence[1])
        elif _LIST_BY_SOMEONE.search(words):
            return None     # "figures reported by Oak Park residents include:": given by no one named, the reporter's
        return Voice("document", issuer, sourcing=True, leads=True, lists=True)
    colon = _ACCORDING_COLON.search(words) if words.rstrip().endswith(":") else None
    if colon is not None:
        # "According to the weather service:" then one statement a paragraph: each item is theirs
        who = " ".join(colon.group("who").split())
        label = re.sub(r"^[Tt]he\s+", "", _named(cast, who, sentence[1]) or who)
        return Voice("paraphrase", label, sourcing=True, leads=True, lists=True)
    released = _RELEASED_SHOWING.search(words) if "show" in words or "revealing" in words else None
    if released is None and (_RELEASE_VERB.search(words, held)
                             and (put := _RELEASED_DOCUMENT.match(words)) is not None):
        who = " ".join((put.group("by") or put.group("by2")).split())
        # "Friday the department released its annual crime summary": the day opens the sentence, the
        # body released it ("the department": the last body named before whose name ends so)
        who = _WHEN_OPENS.sub("", who) or who
        if who.split()[0] in ("Police", "Officials", "Authorities"):
            who = who[0].lower() + who[1:]
        if who.lower() in _BODY_KINDS:
            who = body_named_before(text, sentence[0], _BODY_KINDS[who.lower()]) or who
        # a sentence that gives figures itself ("released the 2017 count summary report on Tuesday,
        # showing a 9 percent increase") is the document's; the figures after it may be the reporter's
        return Voice("document", re.sub(r"^[Tt]he\s+", "", who), sourcing=True, releases=True,
                     leads=not re.search(r"\d", re.sub(r"\b(?:19|20)\d\d\b", "", words)))
    if released is None and not _REPORTING.search(words, held):     # a cheap test first: most sentences name no one
        return None
    document = _DOCUMENT.search(words)
    if released is not None and document is None:
        # "Seattle police released data on Friday showing ...": the releaser's document; a person by
        # their name in full ("Maryland State Fire Marshal Brian S. Geraci" -> "Brian S. Geraci, Maryland ...")
        who = _in_full(cast, " ".join(released.group("by").split()), sentence[1])
        if who.split()[0] in ("Police", "Officials", "Authorities"):
            who = who[0].lower() + who[1:]
        return Voice("document", re.sub(r"^[Tt]he\s+", "", who), sourcing=True, leads=released.start() <= 1)
    if document is not None and (agency := _AGENCY.match(words, document.start())) is not None:
        # "according to Statistics Canada": a body named with a document's word, not a document
        # ("according to Statistics Canada data": that body's document)
        return Voice("document" if document.end() > agency.end() else "paraphrase", " ".join(agency.group("name").split()),
                     sourcing=document.end() > agency.end(),
                     leads=_opens(words, document.start()))
    if document is not None:
        issuer = _issuer(words, document)
        if issuer is not None:
            # "figures released by Erie County Coroner Lyell Cook", "statistics released by Cook's
            # office": the person, as named in full
            issuer = _in_full(cast, issuer, sentence[1])
        if issuer is None:
            issuer = _described(words, document)
        if issuer is None:
            # "according to the agency's data": the agency named before
            kind = _KIND_OWNS.search(words, 0, document.end()) or _KIND_FROM.match(words, document.end())
            if kind is not None:
                issuer = body_named_before(text, sentence[0] + kind.start(), _BODY_KINDS["the " + kind.group("kind").lower()])
        if issuer is None and document.group(0).lower().startswith("according") \
                and _LEADING_VERB.search(words, 0, document.start()) \
                and (said := _said_by(words[:document.start()], sentence[0], cast)) is not None:
            # "Mayor Tom Lee said ..., according to a news release": his words, as released (not
            # "Employers in metro Sioux City added 600 jobs ..., according to a new state report")
            return said
        if issuer is None and (the := _THE_DOCUMENT.search(document.group(0))) is not None:
            # "According to the report, ...": the report named before ("a new report from the
            # Monroe County Medical Examiner"), by whoever issued it
            issuer = _earlier_issuer(text, sentence[0], the.group(0).split()[-1].lower())
        return Voice("document", issuer,
                     note=None if issuer else NO_ISSUER_NOTE,
                     sourcing=document.group(0).lower().startswith("according"),
                     leads=_opens(words, document.start()))
    plural = _THEY_SAY.search(words, held)
    if plural is not None:
        # "Police say ...", "..., officials say": the group speaks for the sentence (not "the guns
        # police say they confiscated", a clause inside the sentence)
        who = " ".join((plural.group("who") or plural.group("who2")).split())
        if who.split()[0] in ("Police", "Officials", "Authorities", "Investigators", "Experts", "Researchers"):
            who = who[0].lower() + who[1:]       # "Police say" opening the sentence: police
        return Voice("paraphrase", who, leads=plural.group("who") is not None)
    # one scan of the sentence for both readings: the first, finding no one, has read every hit
    hits: list[re.Match] = []
    return (_said_by(words, sentence[0], cast, hits=_kept(_SAYS.finditer(words), hits))
            or _said_by(words, sentence[0], cast, recorded=True, hits=hits))


def _kept(hits: Iterator[re.Match], into: list[re.Match]) -> Iterator[re.Match]:
    """The hits, each kept in `into` as it is read."""
    for hit in hits:
        into.append(hit)
        yield hit


# "said a quick snapshot shows", "said:": what follows is the speaker's findings (a presenting verb, not
# any "data" near: "said the county has no data on repeat offenders" presents nothing) ("said the figures show" is read
# before this as the figures' document)
_PRESENTS = re.compile(r"[^.\d:]{0,40}?(?:\b(?:shows?|showed|indicates?|indicated|reveals?|revealed)\b|:)")


_ANY_DIGIT = re.compile(r"\d")
# what a speaker says moved, with no figure: "their enrollment is up", "calls were down"
_BARE_MOVE = WindowGatedPattern(re.compile(r"\b(?:is|are|was|were|has\s+been|have\s+been)\s+(?:up|down)\b(?!\s+(?:to|for|in\s+arms|on\s+(?:his|her|their)|the|there|here|when)\b)"
                                           r"|\b(?:[a-z]+s|enrollment|crime|violence|traffic|turnout|attendance|ridership|spending|revenue)\s+(?:have\s+|has\s+)?(?:increased|decreased|rose|fell|dropped|declined|climbed|jumped)\s*[.,;]?$"),
                                ("up", "down", "increased", "decreased", "rose", "fell", "dropped", "declined", "climbed", "jumped"))
_CONNECTIVES = re.compile(r"But|And|So|Yet|Still|Also|Now|However|Meanwhile")
_SLASH_BEFORE = re.compile(r"(?<![\w’'/-])(?:[A-Z][\w’'.-]*/)+$")


def _said_by(words: str, start: int, cast: People, recorded: bool = False,
             hits: Iterable[re.Match] | None = None) -> Voice | None:
    """The first one named as saying or reporting in a sentence's `words` ("Cleveland police
    reported", "said Chief Smith", "according to the coroner"), starting at `start` in the text;
    with `recorded`, only one who recorded ("Portland police have recorded 30 homicides"): a body
    that says it in the sentence goes first ("police in England recorded ..., which the ONS said").
    `hits` are `_SAYS`' hits in `words` when already found."""
    for hit in _SAYS.finditer(words) if hits is None else hits:
        if recorded != (hit.group("ref") is not None and hit.group(0).endswith("recorded")) \
                or (not recorded and re.search(r"\brecorded\b", hit.group(0))):
            continue      # "30 homicides recorded Sunday": no one who recorded
        ref = hit.group("ref") or hit.group("ref1") or hit.group("ref2") or hit.group("ref3") or hit.group("ref4") \
            or hit.group("ref5")
        if ref is None:
            continue
        # "But Fulkerson points out": a conjunction opening the sentence is no part of the name
        ref = re.sub(rf"^(?:{_CONNECTIVES.pattern})\s+(?=[A-Z])", "", ref)
        if _CONNECTIVES.fullmatch(ref):
            continue      # "Also revealed in the statistics, ...": no one named
        if hit.group("ref") is not None and (joined := _SLASH_BEFORE.search(words, 0, hit.start("ref"))):
            ref = joined.group(0) + ref     # "Canterbury/Westland recorded": one name, not "Westland"
        if ref == "police" and hit.group("ref") is not None:
            # "Cleveland police reported": the city's police
            city = _CITY_BEFORE.search(words, max(0, hit.start("ref") - 30), hit.start("ref"))
            if city is not None:
                ref = f"{city.group(1)} police"
        if ref.split()[0].lower() in _NOT_A_SPEAKER or (hit.group("ref") is not None and ref.lower() in ("a", "an", "the", "all")):
            continue      # "An estimated 38,680 people died": an article before "estimated" is no one; "All told, ..."
        if hit.group("ref") is not None and re.search(r"\b(?:predicted|projected|warned)$", hit.group(0)) \
                and re.search(r"\b(?:as|than)\s+(?:[A-Z][\w.]*\s+)*$", words[max(0, hit.start("ref") - 40):hit.start("ref")]):
            continue      # "rose 5%, as Chief Garcia predicted": the reporter's fact, foreseen
        if _WHEN.match(ref):
            continue      # "30 homicides reported Sunday", "said Jan. 5": when it was said, not who said it
        if recorded and _LOWER_BODY.fullmatch(ref.lower()) and "department" not in ref \
                and "office" not in ref:
            continue      # "the city has recorded 149 murders": a place's count, told by the reporter
        label, person = cast.resolve(ref, start + hit.end())     # the person may be named right there
        if person is None and hit.group("ref") is not None and " " not in ref \
                and ref.lower() not in ("police", "officials", "authorities", "investigators") \
                and _COUNTED_BY.match(words, hit.end("ref")):
            continue      # "Crimes reported to West Midlands Police rose": a count, no one who reported
        if person is not None:
            cast.last = person
        if label:
            leads = (hit.group("ref") is not None and hit.start() <= 40 and bool(
                _LEADING_VERB.match(words, hit.end("ref")))) or ((hit.group("ref3") or hit.group("ref5")) is not None and hit.start() <= 1)
            leads_clause = hit.group("ref") is not None and hit.start() > 0 and bool(
                re.search(r"\s+and\s+$", words[:hit.start()]))
            # ("At Sheldon, Superintendent Cory Myer says their enrollment is up. Last year, it was at
            # 1072.01 ...": a sentence that says a rise or fall without a figure presents the figures after it)
            presents = person is None or bool(_PRESENTS.match(words, hit.end())) or (
                not _ANY_DIGIT.search(words) and bool(_BARE_MOVE.search(words, hit.end())))
            return Voice("paraphrase", label, leads=leads, leads_clause=leads_clause, presents=presents)
    return None


# --- a body's name as the article gives it in full ----------------------------------------------

# the last word of a body's name: "the weather service", "the coroners service", "WSDOT" are written
# as the article names the body in full ("National Weather Service in Phoenix", "B.C. Coroners
# Service", "Washington State Department of Transportation")
_BODY_LAST = re.compile(r"(?:Service|Services|Department|Office|Bureau|Administration|Agency|Commission|Association|"
                        r"Patrol|Council|Board|Institute|Authority|Ministry|Division)$", re.IGNORECASE)
_SMALL = frozenset({"of", "and", "for", "the", "on", "&"})
# a run stops at a blank line (not "Springfield⏎⏎A Springfield Police Department" across a headline)
_CAPITALISED_RUN = re.compile(r"(?<![\w.’'-])(?:[A-Z][\w’'.&-]*(?:[^\S\n]+|\n(?!\s*\n)[^\S\n]*)(?:(?:of|and|for|on)\s+(?:the\s+)?)?){1,8}[A-Z][\w’'&-]*"
                              r"(?:\s+in\s+[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)?")
_ACRONYM = re.compile(r"[A-Z]{2,6}")
_RUNS_CACHE: dict = {}


def _runs(text: str) -> list[str]:
    """The article's capitalised names (a run of capitalised words, with "of", "and", "for" between)."""
    key = (id(text), len(text))
    hit = _RUNS_CACHE.get(key)
    if hit is None or hit[0] is not text:
        names = []
        for m in _CAPITALISED_RUN.finditer(text):
            words = m.group(0).split()
            for i, w in enumerate(words):
                if w.endswith(".") and len(w) > 4 and not re.fullmatch(r"(?:[A-Z]\.)+", w):
                    words = words[:i] + [w[:-1]]      # "... Administration. Driving": a sentence ends there
                    break
            while words and words[0] in ("The", "A", "An", "According", "In", "At", "By", "From", "Of"):
                words = words[1:]
            if len(words) >= 2:
                names.append(" ".join(words))
        if len(_RUNS_CACHE) > 64:
            _RUNS_CACHE.clear()
        hit = _RUNS_CACHE[key] = (text, names)
    return hit[1]


def _initials(words: list[str], small: bool) -> str:
    return "".join(w[0].upper() for w in words if small or w.lower() not in _SMALL)


# "the Department of Education", "the Office of Traffic Safety": a body of some place's named by its kind
# and field alone, which the article may name in full with its place ("The Iowa Department of Education")
_BODY_OF = re.compile(r"(?:Department|Office|Bureau|Ministry|Division|Administration)\s+of\s+(?:the\s+)?"
                      r"[A-Z][\w’'&-]*(?:\s+(?:(?:and|of|for)\s+)?[A-Z][\w’'&-]*){0,4}")
# the place before it: one or two capitalised words, no owner's "'s" ("Public Safety's Office of ...")
_PLACE_BEFORE = re.compile(r"[A-Z][\w.&-]*(?:\s+[A-Z][\w.&-]*)?")


def _owner_named(text: str, name: str) -> str | None:
    """The one name the article gives `name` in full with a place before it ("Iowa Department of
    Education" for "Department of Education"), before it first gives `name` alone; None when it gives
    none, several, or the full name only after ("The Department of Education said ... the Iowa
    Department of Education reported": another body)."""
    longer = {run.split(" in ")[0] for run in _runs(text) if run.split(" in ")[0].endswith(" " + name)}
    placed = {run for run in longer if _PLACE_BEFORE.fullmatch(run[:-len(name) - 1])}
    if len(placed) != 1:
        return None
    full = placed.pop()
    place = full[:-len(name)]
    alone = next((m.start() for m in re.finditer(re.escape(name), text) if not text.endswith(place, 0, m.start())), None)
    return full if alone is None or text.find(full) < alone else None


def fullest_body(text: str, name: str | None) -> str | None:
    """A body's name written as the article names it in full: an acronym it spells out ("NHTSA" ->
    "National Highway Traffic Safety Administration"), a short reference to a body named in full
    ("weather service" -> "National Weather Service in Phoenix", "Coroners Service" -> "B.C. Coroners
    Service"); else the name as it was."""
    if not name or not text:
        return name
    if _ACRONYM.fullmatch(name):
        runs = [run.split(" in ")[0].split() for run in _runs(text)]
        # a run spelling the name out whole first; then one that goes on past the body's name ("the
        # Graham County Sheriff’s Office for DUI"): the name ends at its body's word
        for words in runs:
            if len(words) >= 2 and name in (_initials(words, True), _initials(words, False)):
                return " ".join(words)
        for words in runs:
            for end in [i + 1 for i in range(len(words) - 1, 0, -1) if _BODY_LAST.search(words[i])]:
                if end >= 2 and name in (_initials(words[:end], True), _initials(words[:end], False)):
                    return " ".join(words[:end])
        return name
    owner = re.match(r"(?:[A-Z][\w.&-]*\s+){1,6}?(?:of\s+)?(?:[A-Z][\w.&-]*\s+)*[A-Z][\w.&-]*['’]s\s+(?P<own>[A-Z].*)$", name)
    if owner is not None and _BODY_LAST.search(owner.group("own")) and len(owner.group("own").split()) >= 2:
        # "U.S. Department of Transportation's National Highway Traffic Safety Administration": the body itself
        return owner.group("own")
    words = name.split()
    if words and words[0] in ("the", "The"):
        words = words[1:]
    if _BODY_OF.fullmatch(" ".join(words)):
        return _owner_named(text, " ".join(words)) or name
    if len(words) < 2 or len(words) > 4 or not _BODY_LAST.search(name) or any(c.isdigit() for c in name):
        return name
    tail = " ".join(w[:1].upper() + w[1:] for w in words)
    longer = [run for run in _runs(text) if (run.split(" in ")[0].endswith(" " + tail)) and run != name]
    if not longer:
        return name
    return max(longer, key=len) if len({r.split(" in ")[0] for r in longer}) == 1 else name
