"""Round 51 (dr51a): readings of the metric finder for a figure whose own words name only a generic noun
("14 fatalities", "the calls") or name its metric in another clause."""

from __future__ import annotations

from datetime import date

from auditor.draft import draft
from auditor.models import DateRange
from auditor.pack import load_pack

PACK = load_pack("benchmarks/corpora/articles/pack")
_DAY = DateRange(earliest=date(2024, 1, 9), latest=date(2024, 1, 9))


def metrics_of(text: str) -> dict[str, str | None]:
    return {text[x.anchor[0]:x.anchor[1]]: x.record.get("metric")
            for x in draft(text, published=_DAY, pack=PACK).drafted}


# --- the headline and lede narrow a generic noun only to a name most of whose words they say

def test_a_headline_saying_one_word_of_a_narrow_kind_keeps_the_broad_count():
    # "road" is one of four narrowing words of "alcohol- and drug-related road fatalities"
    text = ("Deaths on county roads climb in 2023\n\n"
            "More people died on the county's roads and highways in 2023 than the year before, the sheriff said.\n\n"
            "There were 14 fatalities in the northern townships during the year, up from 10 in 2022.\n")
    got = metrics_of(text)
    assert got["14"] == "traffic_deaths", got


def test_a_headline_saying_the_narrow_kind_whole_keeps_it():
    text = ("Alcohol- and drug-related road deaths climb in 2023\n\n"
            "More people died in crashes involving alcohol or drugs on the county's roads in 2023 than the year "
            "before, the sheriff said.\n\n"
            "There were 14 fatalities in the northern townships during the year, up from 10 in 2022.\n")
    got = metrics_of(text)
    assert got["14"] == "alcohol_drug_related_road_deaths", got
