"""Words around numbers that change what they mean: qualifiers, directions, units.

Plain data, kept apart from the reading code so that it can be reviewed (and later
moved into a rule pack) without touching the grammar. Phrases are tuples of
lower-case tokens, as the tokenizer splits them ("more than" -> ("more", "than")).
"""

from __future__ import annotations

from auditor.text.times_lexicon import MONTHS as _TIME_MONTHS

# Qualifier names are the claim semantics of the audit core; CHANGE_LABELS maps each
# onto NewsQuant's `change` label.
QUALIFIER_NAMES = ("exact", "over", "at-least", "nearly", "about", "up-to", "under", "at-most")
CHANGE_LABELS = {
    "exact": "=", "over": ">", "at-least": ">", "nearly": "~", "about": "~",
    "up-to": "<", "under": "<", "at-most": "<",
}


def _phrases(qualifier: str, *phrases: str) -> dict[tuple[str, ...], str]:
    return {tuple(phrase.split()): qualifier for phrase in phrases}


# Written immediately before the number ("more than 1500", "up to 400").
QUALIFIERS_BEFORE: dict[tuple[str, ...], str] = {
    **_phrases(
        "over", "over", "more than", "more then", "greater than", "higher than",
        "larger than", "bigger than", "above", "exceeding", "exceed", "exceeds",
        "exceeded", "surpass", "surpassing", "surpassed", "in excess of", "upwards of",
        "upward of", "north of", "over than", "well over", "well above", "just over",
        "just above", "a little over", "slightly over", "slightly more than", "far more than",
        "little more than", "a little more than",
        "well in excess of", "much more than", ">", "topping",
    ),
    **_phrases(
        "at-least", "at least", "no less than", "no fewer than", "not less than",
        "not fewer than", "a minimum of", "minimum of", "at minimum", "> =", ">=", "\u2265",
        "greater than or equal to", "more than or equal to", "equal to or more than",
        "equal to or greater than", "at least or equal to", "bigger or equal than",
        "higher or equal than", "larger or equal than", "greater or equal than",
        "no smaller than", "no lower than",
    ),
    **_phrases(
        "nearly", "nearly", "almost", "close to", "just shy of", "shy of", "not quite",
        "just short of", "nearing", "approaching", "very nearly", "almost exactly",
    ),
    **_phrases(
        "about", "about", "around", "approximately", "approx", "roughly", "some", "circa",
        "ca", "an estimated", "estimated", "an approximate", "~", "\u2248",
        "more or less", "in the region of", "on the order of", "of the order of",
        "somewhere around", "give or take",
        "or so", "just about", "at about", "at around", "roughly about",
    ),
    **_phrases("up-to", "up to", "as much as", "as high as", "upto"),
    **_phrases(
        "under", "under", "less than", "fewer than", "below", "lower than", "smaller than",
        "beneath", "sub", "just under", "just below", "<", "not even",
        "slightly less than", "slightly under", "just less than",
    ),
    **_phrases(
        "at-most", "at most", "no more than", "not more than", "a maximum of", "maximum of",
        "at maximum", "no greater than", "no higher than", "<=", "< =", "\u2264",
        "less than or equal to", "equal to or less than", "smaller or equal than",
        "less or equal than", "lower or equal than", "not exceeding", "not to exceed",
        "capped at", "no larger than", "no bigger than",
    ),
    **_phrases(
        "exact", "exactly", "precisely", "just", "only", "a total of", "equal to", "equals",
        "equals to", "equaling", "equaling to", "equalling", "fully", "a full", "all of",
        "as many as", "a whopping", "whopping", "a mere", "mere", "barely",
    ),
}

# Written after the number ("20 or more", "10 or so").
QUALIFIERS_AFTER: dict[tuple[str, ...], str] = {
    **_phrases("at-least", "or more", "or greater", "or above", "or higher", "and more",
               "and above", "and up", "or over", "plus", "+"),
    **_phrases("at-most", "or less", "or fewer", "or below", "or lower", "and under",
               "and below", "or under"),
    **_phrases("about", "or so", "odd", "or thereabouts", "-ish", "ish"),
}

# Verbs and adverbs of change directly before the number ("rose 5%", "were down 2.3%",
# "increased by 2 percent"). NewsQuant labels these `up`/`down`.
DIRECTION_BEFORE: dict[str, str] = {
    **{word: "up" for word in (
        "up rose rise rises rising risen increased increase increases increasing gained "
        "gain gains gaining climbed climb climbs climbing jumped jump jumps jumping surged "
        "surge surges surging soared soar soars soaring advanced advance advances advancing "
        "added grew grow grows growing grown rallied rally rallies rallying spiked "
        "spike spikes leapt leaped leap leaps boosted boost boosts "
        "expanded expand expands hiked hike hikes widened widen widens higher firmed "
        "rebounded rebound rebounds rebounding recovered skyrocketed rocketed upped "
        "upward upwards"
    ).split()},
    **{word: "down" for word in (
        "down fell fall falls falling fallen dropped drop drops dropping declined decline "
        "declines declining decreased decrease decreases decreasing lost lose loses losing "
        "slid slide slides sliding slipped slip slips slipping plunged plunge plunges "
        "plunging plummeted plummet plummets tumbled tumble tumbles tumbling sank sink "
        "sinks sunk shed sheds shedding dipped dip dips dipping eased ease eases easing "
        "slumped slump slumps retreated retreat retreats shrank shrink shrinks shrunk "
        "cut cuts cutting reduced reduce reduces lowered lower lowers trimmed trim trims "
        "slashed slash slashes narrowed narrow narrows dove dived dive dives sagged "
        "contracted weakened skidded tanked crashed collapsed plummeting sinking "
        "shrinking slumping retreating narrowing downward downwards"
    ).split()},
}
# Words that may stand between a change verb and its number ("rose by 5%", "fell a
# further 2%").
DIRECTION_LINKS = frozenset({"by", "further", "another", "additional", "extra"})
# "up"/"down" after these verbs is a particle, not a change ("gave up 517 yards").
PARTICLE_VERBS = frozenset("""
    give gives gave given giving set sets setting make makes made making sign signs
    signed pick picks picked take takes took taken put puts turn turns turned show
    shows showed come comes came shut shuts broke break breaks back backs backed
    write wrote written tie ties tied line lined lines build built builds sum summed
    sums add adds added round rounded rounds hold held holds slow slowed calm calmed
    shot shoot shoots scaled ramp ramped ramps
""".split())

# Comparatives and nouns of change right after the number ("7000 fewer crimes",
# "a 3 percent drop"): they give the claim a direction, but NewsQuant does not label
# them as a change, so they set `direction` and leave `change` alone.
DIRECTION_AFTER: dict[str, str] = {
    **{word: "up" for word in (
        "more higher increase increases rise rises gain gains jump jumps hike hikes "
        "growth surge surges climb climbs boost boosts uptick additional extra"
    ).split()},
    **{word: "down" for word in (
        "fewer less lower drop drops decline declines decrease decreases fall falls cut "
        "cuts reduction reductions loss losses slump slumps dip dips downturn"
    ).split()},
}

CURRENCY_SYMBOLS = {
    "$": "dollar", "\u00a3": "pound", "\u20ac": "euro", "\u00a5": "yen", "\u20b9": "rupee",
    "\u20a9": "won", "\u20aa": "shekel", "\u20bd": "rouble",
}
# Letters written directly before a currency symbol or amount ("US $", "$US", "A$").
CURRENCY_QUALIFIERS = frozenset({"us", "a", "au", "aus", "c", "ca", "can", "hk", "nz", "s",
                                 "sg", "r", "nt", "mx", "ny"})
CURRENCY_CODES = {
    "usd": "dollar", "eur": "euro", "gbp": "pound", "jpy": "yen", "cny": "yuan",
    "rmb": "yuan", "inr": "rupee", "rs": "rupee", "aud": "dollar", "cad": "dollar",
    "hkd": "dollar", "nzd": "dollar", "sgd": "dollar", "chf": "franc", "sek": "krona",
    "nok": "krone", "dkk": "krone", "rm": "ringgit", "myr": "ringgit", "ils": "shekel",
    "nis": "shekel", "krw": "won", "zar": "rand", "brl": "real", "mxn": "peso",
    "rub": "rouble", "try": "lira",
    # "PS" is how a pound sign often survives ASCII conversion of news text ("PS8.1bn").
    "ps": "pound",
}
CURRENCY_WORDS = {
    "dollar": "dollar", "dollars": "dollar", "euro": "euro", "euros": "euro",
    "pound": "pound", "pounds": "pound", "sterling": "pound", "yen": "yen",
    "yuan": "yuan", "renminbi": "yuan", "rupee": "rupee", "rupees": "rupee",
    "shekel": "shekel", "shekels": "shekel", "crown": "crown", "crowns": "crown",
    "franc": "franc", "francs": "franc", "peso": "peso", "pesos": "peso",
    "won": "won", "rand": "rand", "real": "real", "reais": "real", "ringgit": "ringgit",
    "cent": "cent", "cents": "cent", "pence": "penny", "penny": "penny", "sen": "sen",
    "krona": "krona", "kronor": "krona", "krone": "krone", "kroner": "krone",
    "lira": "lira", "roubles": "rouble", "rubles": "rouble", "rouble": "rouble",
    "ruble": "rouble",
}
PERCENT_WORDS = {
    ("percent",): "percent", ("per", "cent"): "percent", ("percents",): "percent",
    ("percentage",): "percent", ("pct",): "percent", ("per", "-", "cent"): "percent",
    ("percentage", "points"): "percentage point", ("percentage", "point"): "percentage point",
    ("basis", "points"): "basis point", ("basis", "point"): "basis point",
    ("bps",): "basis point", ("bp",): "basis point",
}
# Multipliers written straight after digits ("10k", "$13.6M", "PS8.1bn"). Lower-case
# "m" means million only after a currency: on its own "37m" is metres.
SUFFIX_MULTIPLIERS = {
    "k": 10**3, "K": 10**3, "M": 10**6, "mn": 10**6, "mln": 10**6, "mil": 10**6,
    "MM": 10**6, "mm": 10**6, "bn": 10**9, "Bn": 10**9, "BN": 10**9, "bln": 10**9,
    "b": 10**9, "B": 10**9, "tn": 10**12, "trn": 10**12, "tln": 10**12, "Tn": 10**12,
}
SPACED_MULTIPLIERS = {"bn": 10**9, "bln": 10**9, "mln": 10**6, "mn": 10**6, "tln": 10**12,
                      "tn": 10**12, "trn": 10**12, "k": 10**3}
CURRENCY_ONLY_MULTIPLIERS = {"m": 10**6, "b": 10**9, "t": 10**12}

# Units written straight after digits or as a symbol after them ("50mph", "5.5kWh",
# "12 C"). Case matters for symbols: "5 G" is not a unit here, "5 GB" is.
UNIT_SYMBOLS = frozenset("""
    mm cm m km mi ft in yd nm μm um m2 m3 km2 sqm sq mph kph km/h kmh kmph mpg
    g kg mg μg ug lb lbs oz t kt mt st ml mL l L cl dl gal
    s sec secs min mins h hr hrs ms ns
    W kW MW GW TW Wh kWh MWh GWh TWh V kV mV A mA mAh Ah J kJ MJ N Nm kN Pa kPa MPa GPa
    Hz kHz MHz GHz hp bhp PS cc C F K dB db psi bar
    B KB kB MB GB TB PB Kb Mb Gb kbps Mbps Gbps MBps fps rpm ppm ppb
    x X p pc
""".split())
UNIT_WORDS_TITLE = frozenset({"celsius", "fahrenheit", "kelvin"})

# Nouns after which a number is a label, not an amount ("category 4", "Game 7").
LABEL_NOUNS = frozenset("""
    category level stage grade phase number no no. page chapter article section row
    room route flight channel version game gate terminal platform track lane exit
    class division tier step round week day act scene season episode series model
    mark figure table pier unit apartment suite floor building district ward zone
    interstate highway bus line bay door box case item rule clause paragraph question
    verse psalm size type tranche batch block lot
""".split())
# Measurement words after a number: "MacBook Pro 16 inch" is a size, not a name.
MEASURE_WORDS = frozenset("""
    inch inches foot feet mile miles yard yards meter meters metre metres kilometre
    kilometres kilometer kilometers centimetre centimetres centimeter centimeters
    millimetre millimetres millimeter millimeters gram grams kilogram kilograms pound
    pounds ounce ounces ton tons tonne tonnes gallon gallons litre litres liter liters
    degree degrees percent per cent year years month months week weeks day days hour
    hours minute minutes second seconds times acre acres hectare hectares point points
    people person
""".split())
# Hyphenated word numbers with these make a term ("a five-year plan", "a two-month
# contract"): a description of the noun, not an amount the sentence claims.
TERM_WORDS = frozenset("""
    year month week day hour minute second decade century time year-old
""".split())
# "last-32", "top-10": ranks, not amounts.
RANK_PREFIXES = frozenset({"last", "top", "bottom", "round"})

MONTHS = frozenset(_TIME_MONTHS)   # the time reader's month names and abbreviations

# Words after which a four-digit number in 1000-1899 is a year ("in 1600", "since 1850").
YEAR_PREPOSITIONS = frozenset("""
    in since from until till by of during before after between to through and circa
    early late mid year
""".split())

# Capitalised words that do not make a following number part of a name ("About 70%",
# "In 2019", "Only 5 people").
FUNCTION_WORDS = frozenset("""
    a an the and or but of to in on at by for from with without into onto over under
    about around nearly almost approximately roughly some just only more less fewer than
    up down between since until after before during as is are was were be been being has
    have had do does did will would could should may might must can it its this that
    these those there here they we he she you i his her their our your all total each
    every both either no not nor so if when while where which who whom whose what why
    how then also still even already another other another such per than vs via plus
    minus including includes included about estimated some least most
""".split())
# "one" is a pronoun, not a count, after these words ("the same one", "each one").
ONE_PRONOUN_BEFORE = frozenset("""
    the each this that which any every no another same every any big little new
    old right wrong last next other someone's one's favourite favorite good bad
""".split())
ONE_COMPOUNDS_AFTER = frozenset({"time", "off", "way", "sided", "on", "stop", "liner",
                                 "shot", "size", "piece", "man", "woman", "third"})
# Words after which "half" is a part, not a number ("the first half", "this half").
HALF_NOT_AFTER = frozenset({"the", "first", "second", "third", "fourth", "this", "that",
                            "last", "other", "each", "latter", "former", "bottom", "top",
                            "back", "front", "lower", "upper", "better"})

# Vague plural amounts ("dozens of", "tens of thousands of"): low end and the factor
# to the high end, following CQE's reading ("hundreds" = 100-1000).
VAGUE_PLURALS = {"dozens": 12, "tens": 10, "hundreds": 100, "thousands": 1000,
                 "millions": 10**6, "billions": 10**9, "trillions": 10**12}

# Words that never name the counted thing after a number.
NOT_A_UNIT = frozenset("""
    a an the and or but of to in on at by for from with as is are was were be been has
    have had will would could should may might can that this these those than then
    which who when where while it its their his her our your my we they he she you i
    per each every more less fewer higher lower up down over under about around from
    into onto out off so if not no yes also only just even still ago later earlier
    before after since until last next this year's years' percent
    across throughout among amongst within between through toward towards against along
    beyond despite during inside outside upon via versus vs
""".split())
