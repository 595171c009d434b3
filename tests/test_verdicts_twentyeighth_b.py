"""Twenty-eighth verdicts round (b): misses and revisions of Tulsa and Denver, scored blind. A
record of a closed year told years later is a record as of its telling (rules/comparisons.yaml's
`records_hold_when_told`). Invented figures, invented corpus."""

import pytest

from auditor.pack import load_pack
from tests.verdict_cases import audit, claim, pack, revisions, source, tensions  # noqa: F401 - pack is a fixture


def _record_told(pack, told: str, since_kind: str = "value"):
    """A record of 2016 with its 82, told on `told`, and 2017's 83 (stated, or only a change's base)."""
    record = claim("record", "told", "homicides", "2016", None)
    record.pop("value")
    record["comparison"] = {"relation": "record-high"}
    later = claim("since", "review", "homicides", "2017", "83")
    if since_kind == "base":   # 2018's 80, "down 3 from 2017": 2017's 83 known only as a change's base
        later = claim("since", "review", "homicides", "2018", None)
        later.pop("value")
        later["change"] = {"direction": "down", "by": "3", "measure": "absolute", "base": "2017"}
        extra = [claim("2018", "review", "homicides", "2018", "80")]
    else:
        extra = []
    return audit(pack, [source("told", told), source("review", "2019-01-10")],
                 [record, claim("this", "told", "homicides", "2016", "82"), later, *extra])


def test_a_record_told_years_later_is_beaten_by_a_year_since(pack):
    # before: nothing (a record beat only the years before its own)
    assert tensions(_record_told(pack, "2020-07-15")) == [{"record", "this", "since"}]


def test_the_same_record_told_the_next_year_held(pack):
    assert tensions(_record_told(pack, "2017-07-15")) == []


def test_a_year_known_only_as_a_changes_base_does_not_beat_it(pack):
    assert tensions(_record_told(pack, "2020-07-15", since_kind="base")) == []


def test_off_a_record_beats_only_the_years_before_its_own():
    base = load_pack()
    off = base.model_copy(update={"comparisons": base.comparisons.model_copy(update={"records_hold_when_told": False})})
    assert tensions(_record_told(off, "2020-07-15")) == []


def _first_thought(pack):
    return audit(pack, [source("jan", "2004-01-12")], [
        claim("now-69", "jan", "homicides", "2003", "69"),
        claim("thought-67", "jan", "homicides", "2003", "67",
              quote="Detectives originally thought the city would end the year with 67 homicides."),
    ])


def test_the_count_an_article_says_was_first_thought_is_restated_by_its_own_figure(pack):
    # before: a tension between the article's 67 and its 69
    r = _first_thought(pack)
    assert revisions(r) == [("thought-67", "now-69")]
    assert tensions(r) == []


def test_off_the_article_s_two_counts_stay_a_tension():
    base = load_pack()
    rule = base.rules["RV001"]
    off = base.model_copy(update={"rules": {**base.rules, "RV001": rule.model_copy(
        update={"params": {**rule.params, "restated_in_its_article": False}})}})
    r = _first_thought(off)
    assert revisions(r) == []
    assert tensions(r) == [{"thought-67", "now-69"}]


def _retold_release(pack):
    """A police release's "48% fewer" beside its own 37 and 70 (-47.1%), retold the same day."""
    release = source("release", "2026-01-02", publisher="Kansas City Police Department")
    release["kind"] = "official-statement"
    sources = [release, source("a-paper", "2026-01-02"), source("b-radio", "2026-01-12")]

    def fewer(cid, sid, attribution):
        c = claim(cid, sid, "homicides", "2025", None, None if attribution == "document" else
                  "Kansas City Police Department", attribution)
        c.pop("value")
        return c | {"change": {"phrase": "48% fewer", "base": "2024"}}
    return audit(pack, sources, [
        claim("r-2025", "release", "homicides", "2025", "37", attribution="document"),
        claim("r-2024", "release", "homicides", "2024", "70", attribution="document"),
        fewer("r-fewer", "release", "document"), fewer("a-fewer", "a-paper", "paraphrase"),
        fewer("b-fewer", "b-radio", "paraphrase"),
    ])


def _first_suspect(report):
    return [f.suspects[0].claim for f in report.findings if f.kind == "tension"]


def test_of_copies_given_in_their_day_the_release_is_named_before_its_retellings(pack):
    # before: a-fewer, the first copy by id
    assert _first_suspect(_retold_release(pack)) == ["r-fewer"]


def test_without_released_first_the_first_copy_by_id_is_named():
    base = load_pack()
    off = base.model_copy(update={"suspicion": base.suspicion.model_copy(update={"released_first": ()})})
    assert _first_suspect(_retold_release(off)) == ["a-fewer"]


def _finalized(pack, words="according to newly finalized data released by the police department"):
    """A paper's 95 for 2020, the police's 93 three years on, and the paper's 95 again after it."""
    return audit(pack, [source("jan", "2021-01-31", "Daily Paper"), source("mar", "2024-03-17", "Daily Paper"),
                        source("nov", "2024-11-20", "Daily Paper")], [
        claim("paper-95", "jan", "homicides", "2020", "95"),
        claim("final-93", "mar", "homicides", "2020", "93", "Kansas City Police Department", "paraphrase",
              quote=f"93 in 2020, {words}"),
        claim("again-95", "nov", "homicides", "2020", "95"),
    ])


def test_a_count_called_final_restates_the_figure_before_it_and_a_look_back_after_it_is_named(pack):
    # before: one tension of the two 95s against the 93, the 93 named first, and no revision
    r = _finalized(pack)
    assert revisions(r) == [("paper-95", "final-93")]
    assert tensions(r) == [{"again-95", "final-93"}]
    assert _first_suspect(r) == ["again-95"]


def test_without_the_word_final_the_paper_s_first_figure_is_restated_by_nothing(pack):
    r = _finalized(pack, words="the police department said")
    assert revisions(r) == []
    assert tensions(r) == [{"paper-95", "final-93", "again-95"}]


def _ran_its_story(pack, credit):
    """A paper's 84 for 2023 as another paper ran it, then a copy site's 85 of its later story."""
    return audit(pack, [source("own", "2023-06-01", "Daily Paper"), source("ran", "2024-03-17", credit),
                        source("copy", "2024-11-20", "site.example (copy of Daily Paper)")], [
        claim("own-2022", "own", "homicides", "2022", "88"),
        claim("ran-84", "ran", "homicides", "2023", "84"),
        claim("copy-85", "copy", "homicides", "2023", "85"),
    ])


def _pending(pack, words):
    return audit(pack, [source("jan", "2024-01-09"), source("summer", "2024-06-15")], [
        claim("me-522", "jan", "homicides", "2023", "522", "Medical Examiner", "paraphrase", quote=f"522 died; {words}"),
        claim("city-597", "summer", "homicides", "2023", "597", "City of Kansas City", "paraphrase"),
    ])


# (case, its words, the revisions, the tensions): each first row failed before this round
# (a tension of the two figures), each second row is its control
RESTATED = [
    # a paper running another outlet's story is in that outlet's line; a retelling is its own
    (_ran_its_story, "Town Times (Daily Paper)", [("ran-84", "copy-85")], []),
    (_ran_its_story, "A Blog (retelling Daily Paper)", [], [{"ran-84", "copy-85"}]),
    # a count with cases still pending is completed by a higher one (+14%, beyond max_change,
    # and another body's); without the words the two stay a tension
    (_pending, "about 150 cases still pending", [("me-522", "city-597")], []),
    (_pending, "the examiner said", [], [{"me-522", "city-597"}]),
]


@pytest.mark.parametrize("case, words, restated, rivals", RESTATED,
                         ids=["ran", "retold", "pending", "not-pending"])
def test_restated_or_rivals(pack, case, words, restated, rivals):
    r = case(pack, words)
    assert revisions(r) == restated
    assert tensions(r) == rivals
