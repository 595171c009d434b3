"""The law behind `has_figureless`'s word gates: a figureless pattern matches a sentence only if the
sentence holds one of the words its gate lists, so testing the gate first never changes the answer."""
import pytest
from hypothesis import given, settings, strategies as st

from auditor.draft import statements as S

# phrases each pattern's alternatives match, filler around them, cased as news writes them
_PHRASES = """no homicides|only one shooting|a single death|nearly doubled|twice the number|Overdoses double in 2016|
were up by a third|saw a jump of almost a quarter|fell by half|decline by nearly one-quarter|a new record high|record-low|reached a high of 193|hit an all-time high|the deadliest year on record|
the highest we've ever recorded|its lowest rate since April 2000|fewer murders than any year since 1965|
the highest in 28 years|a 28-year high|steadily rising since 2019|increased every year since 2019|
declined for the second straight year|the first drop in five years|rose for four consecutive years|
down for the first time in nearly a decade|the first time in 20 years that enrollment declined|higher than|
the same as|more fire deaths this year than in 2017|fewer stops compared to last year|has already exceeded the number
in 2019|on track to surpass the number recorded last year|on par with|the same number of|surpassed last year's total|
remained unchanged|were virtually the same for the year|roughly flat|held steady|saw no change|changed very little|
was up|have declined|went down|ticked up|has inched down|a slight increase|significant drops in murders|
report shows increase in homelessness|last year's decline in fire deaths|deaths down in 2022|Shootings up slightly
this year|are on the rise|is going down|enrolment is growing|were also declining|There were fewer arrests|
there have been more shootings|the number of deputies shrunk|a slight decline in 2011""".replace("\n", " ").split("|")
_FILLER = ["police", "said", "county", "Homicides", "1,204", "percent", ",", ".", "—", "'s", "the", "in", "of"]
_PARTS = st.lists(st.sampled_from(_PHRASES + _FILLER), min_size=1, max_size=8)


@settings(max_examples=60, deadline=None)
@given(_PARTS, st.booleans())
def test_a_pattern_matches_only_sentences_holding_a_word_of_its_gate(parts, upper):
    _matches_only_with_a_gate_word(parts, upper)


@pytest.mark.slow
@settings(max_examples=600, deadline=None)
@given(_PARTS, st.booleans())
def test_a_pattern_matches_only_sentences_holding_a_word_of_its_gate_many(parts, upper):
    _matches_only_with_a_gate_word(parts, upper)


def _matches_only_with_a_gate_word(parts, upper):
    text = " ".join(parts)
    text = text.upper() if upper else text
    words = S.words_of(text, (0, len(text)))
    for pattern, gate in S._FIGURELESS_PATTERNS:
        if pattern.search(text):
            assert gate & words, (pattern.pattern[:60], text)
    if S._BARE.search(text):
        assert S._UP_DOWN & words, text
