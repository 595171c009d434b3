"""Drafting claims from articles (auditor.draft) and checking a story (auditor.draft.check)."""

from __future__ import annotations

import json
from pathlib import Path
from datetime import date

import pytest
import typer
from typer.testing import CliRunner

import auditor.draft
from auditor.draft.drafting import line_column
from auditor.seeds import seed_path

from draft_helpers import drafted
from draft_helpers import drafted_records
from draft_helpers import pack  # noqa: F401  (the fixture)

SEEDS = seed_path().parent
WBRC_2019 = (SEEDS / "sources" / "001_430d63c405107f87.txt").read_text(encoding="utf-8")

CORPUS = """\
sources:
  - id: bpd-annual
    title: Birmingham Police Department annual report
    publisher: Birmingham Police Department
    kind: dataset
    published: 2023-02-01
    text: "Homicides, 2021: 132. Homicides, 2022: 134."
claims:
  - id: bpd-homicides-2021
    source: bpd-annual
    metric: homicides
    place: birmingham-al
    period: "2021"
    value: "132"
    attribution: document
    quote: "Homicides, 2021: 132."
  - id: bpd-homicides-2022
    source: bpd-annual
    metric: homicides
    place: birmingham-al
    period: "2022"
    value: "134"
    attribution: document
    quote: "Homicides, 2022: 134."
"""

STORY = """\
BIRMINGHAM, Ala. - The city is marking a quieter year.

Homicides in Birmingham fell 20 percent in 2022 compared with 2021, police said.
"""


def _app() -> typer.Typer:
    """The two commands as auditor/cli.py registers them."""
    from auditor.cli_draft import check_command, draft_command

    app = typer.Typer()
    app.command("draft")(draft_command)
    app.command("check")(check_command)
    return app


def _records(d):
    return {c.id: c for c in d.claims}


def test_draft_reads_metric_place_period_statement_and_voice():
    d = auditor.draft(WBRC_2019, published=date(2019, 3, 1))
    by_quote = {c.quote.text: c for c in d.claims}
    homicides = by_quote["Last year, there were 99 homicides"]
    assert (homicides.metric, homicides.place, homicides.period, homicides.value.low) == (
        "homicides", "birmingham-al", "last year", "99")
    assert homicides.attribution == "reporter" and homicides.speaker is None
    burglaries = next(c for c in d.claims if c.metric == "burglaries")
    assert burglaries.change.direction == "down" and burglaries.change.by.low == "24"
    assert burglaries.change.measure == "percent" and burglaries.period == "from December to January"
    assert burglaries.attribution == "paraphrase"
    assert burglaries.speaker == "Captain Sean Edwards, West Precinct Commander"
    assert burglaries.place == "birmingham-al/west-precinct"
    share = next(c for c in d.claims if c.share is not None)
    assert share.place == "birmingham-al/west-side" and share.share.of == by_quote[
        "This year, there have already been eight shooting death"].id
    # a field taken from context is filled in with a note, never silently
    guns = next(x for x in d.drafted if x.record["metric"] == "guns_recovered")
    assert guns.record["period"] == "in those two months"
    assert any(n.startswith("place:") for n in guns.notes)


def test_quote_offsets_point_into_the_text():
    d = auditor.draft(WBRC_2019, published=date(2019, 3, 1))
    for c in d.claims:
        assert WBRC_2019[c.quote.start:c.quote.end] == c.quote.text


def test_direct_quote_speaker_resolved_from_the_article():
    text = (SEEDS / "sources" / "002_1ac6cb92daf7340a.txt").read_text(encoding="utf-8")
    d = auditor.draft(text, published=date(2021, 8, 10))
    record = next(c for c in d.claims if c.comparison is not None and c.comparison.relation == "record-high")
    assert record.attribution == "direct-quote"
    assert record.speaker == "Patrick Smith, Birmingham Police Chief"


def test_undecided_field_is_left_out_with_a_note_and_written_commented_out(tmp_path):
    text = "SPRINGFIELD, Ill. (WXYZ) - Police seized more than 1500 guns, officers say they confiscated.\n"
    d = auditor.draft(text, published=date(2024, 5, 2))
    assert not d.claims
    [item] = d.drafted
    assert "period" in item.missing and "period" not in item.record
    assert any(n.startswith("period:") for n in item.notes)
    written = auditor.draft.claim_file(d)
    assert "# incomplete (place, period to decide):" in written
    assert "\n#   value: more than 1500" in written
    path = tmp_path / "draft.yaml"
    path.write_text(written, encoding="utf-8")
    corpus = auditor.load_claims([path])
    assert corpus.claims == () and list(corpus.sources) == [d.source.id]


def test_claim_file_validates_as_written_and_keeps_the_text_verbatim(tmp_path):
    d = auditor.draft(WBRC_2019, published=date(2019, 3, 1))
    path = tmp_path / "draft.yaml"
    path.write_text(auditor.draft.claim_file(d), encoding="utf-8")
    corpus = auditor.load_claims([path])
    assert corpus.sources[d.source.id].text == WBRC_2019
    assert [c.id for c in corpus.claims] == [c.id for c in d.claims]
    assert "# review: " in path.read_text(encoding="utf-8")


def test_publication_date_and_dateline_read_from_plain_text():
    d = auditor.draft(WBRC_2019)
    assert d.source.published.label() == "2019-03-01"
    assert d.source.publisher == "WBRC"
    assert any(n.startswith("source.published:") for n in d.notes)


def test_undated_article_gets_a_range_and_a_note():
    d = auditor.draft("BIRMINGHAM, Ala. - Last year there were 99 homicides, police said. Since 2018 ...\n")
    assert not d.source.published.is_exact
    assert d.source.published.earliest == date(2018, 1, 1)
    assert any("no date found" in n for n in d.notes)


def test_html_article_is_read_without_network():
    html = """<html><head><title>Homicides fall</title>
    <meta property="og:site_name" content="The Springfield Ledger">
    <meta property="article:published_time" content="2024-05-02T08:00:00Z"></head>
    <body><nav>Home | Sports</nav><article><h1>Homicides fall</h1>
    <p>BIRMINGHAM, Ala. - Last year, there were 99 homicides in the city, a figure the police department
    published in its annual report this week, and one that officers hope to bring down further.</p>
    <p>This year there have been 12 homicides so far, according to the department's statistics.</p>
    </article><footer>Copyright</footer></body></html>"""
    d = auditor.draft(html)
    assert d.source.published.label() == "2024-05-02"
    assert d.source.title == "Homicides fall" and d.source.publisher == "The Springfield Ledger"
    assert "Home | Sports" not in d.source.text
    values = sorted((c.period, c.value.low) for c in d.claims)
    assert ("last year", "99") in values


def test_the_library_never_prints(capsys):
    d = auditor.draft(WBRC_2019, published=date(2019, 3, 1))
    auditor.draft.claim_file(d)
    assert capsys.readouterr() == ("", "")


def test_line_column():
    assert line_column("ab\ncd", 0) == (1, 1)
    assert line_column("ab\ncd", 4) == (2, 2)


def test_cli_draft_writes_a_valid_claim_file(tmp_path):
    out = tmp_path / "claims.yaml"
    result = CliRunner().invoke(_app(), ["draft", str(SEEDS / "sources" / "001_430d63c405107f87.txt"),
                                         "--published", "2019-03-01", "-o", str(out)])
    assert result.exit_code == 0, result.output
    corpus = auditor.load_claims([out])
    assert len(corpus.claims) >= 6


def test_cli_draft_bad_date_exits_2(tmp_path):
    result = CliRunner().invoke(_app(), ["draft", str(SEEDS / "sources" / "001_430d63c405107f87.txt"),
                                         "--published", "March 1"])
    assert result.exit_code == 2


def test_check_reports_a_misstated_percentage_at_the_story_line_and_column(tmp_path):
    (tmp_path / "counts.yaml").write_text(CORPUS, encoding="utf-8")
    result = auditor.draft.check(STORY, [tmp_path], published="2023-03-01")
    [item] = [f for f in result.findings if f.finding.kind == "tension"]
    [span] = item.spans
    assert (span.line, span.column) == (3, 1)
    assert span.text.startswith("Homicides in Birmingham fell 20 percent")
    assert STORY.splitlines()[span.line - 1][span.column - 1:].startswith(span.text)
    assert {"bpd-homicides-2021", "bpd-homicides-2022"} <= set(item.finding.claims)
    # the CLI: terminal and JSON, exit 1 on a tension
    story = tmp_path / "story.txt"
    story.write_text(STORY, encoding="utf-8")
    run = CliRunner().invoke(_app(), ["check", str(story), "--against", str(tmp_path / "counts.yaml"),
                                      "--published", "2023-03-01"])
    assert run.exit_code == 1, run.output
    assert f"{story}:3:1: tension" in run.output
    run = CliRunner().invoke(_app(), ["check", str(story), "--against", str(tmp_path / "counts.yaml"),
                                      "--published", "2023-03-01", "--format", "json"])
    data = json.loads(run.output)
    [finding] = [f for f in data["findings"] if f["kind"] == "tension"]
    assert (finding["spans"][0]["line"], finding["spans"][0]["column"]) == (3, 1)


def test_check_a_consistent_story_reports_nothing(tmp_path):
    (tmp_path / "counts.yaml").write_text(CORPUS, encoding="utf-8")
    story = STORY.replace("fell 20 percent", "rose 1.5 percent")
    result = auditor.draft.check(story, [tmp_path], published="2023-03-01")
    assert not [f for f in result.findings if f.finding.kind == "tension"]


def test_the_figure_compared_with_is_a_value_for_its_own_period():
    text = ("KANSAS CITY, Mo. (KSHB) - Kansas City recorded 182 homicides in 2023, according to police data. "
            "That is up from 171 homicides in 2022.\n")
    d = auditor.draft(text, published=date(2024, 4, 15))
    assert sorted((c.period, c.value.low) for c in d.claims if c.value) == [("in 2022", "171"), ("in 2023", "182")]
    # "up from 171": also higher in 2023 than in 2022
    assert [(c.period, c.comparison.relation, c.comparison.than) for c in d.claims if c.comparison] == [
        ("in 2023", "higher", "in 2022")]
    assert {c.place for c in d.claims} == {"kansas-city-mo"}
    # the dateline is not part of a quote
    assert d.claims[0].quote.text.startswith("Kansas City recorded 182")


def test_public_names():
    assert auditor.draft.Draft.__name__ == "Draft"
    assert callable(auditor.draft) and callable(auditor.draft.check)


def test_part_of_a_period_is_not_taken_for_the_whole():
    text = "KANSAS CITY, Mo. - Police said there were 12 homicides in the first week of December alone.\n"
    [item] = auditor.draft(text, published=date(2024, 1, 5)).drafted
    assert "period" in item.missing
    assert any("only part of 'December'" in n for n in item.notes)


def test_a_period_named_in_another_clause_of_the_sentence_is_used_with_a_note():
    text = ("KANSAS CITY, Mo. - Robberies fell in 2023, while homicides reached a record.\n")
    d = auditor.draft(text, published=date(2024, 1, 5))
    record = next(x for x in d.drafted if x.record["metric"] == "homicides")
    assert record.record["comparison"] == {"relation": "record-high"}
    assert record.record["period"] == "in 2023" and record.complete
    # taken from the other clause (here through the claim drafted from it), and said so
    assert any(n.startswith("period: 'in 2023'") and n.endswith("check") for n in record.notes)
    fell = next(x for x in d.drafted if x.record["metric"] == "robberies")
    # "fell in 2023" without a base: lower than the year before, assumed and noted
    assert fell.record["comparison"] == {"relation": "lower", "than": "2022"} and fell.complete
    assert any("'2022' assumed" in n for n in fell.notes)


def test_a_level_reached_is_a_value_not_a_change():
    text = "KANSAS CITY, Mo. - Nonfatal shootings fell to 490 in 2023. Robberies rose 8 percent in 2023.\n"
    d = auditor.draft(text, published=date(2024, 1, 5))
    by_metric = {c.metric: c for c in d.claims}
    assert by_metric["nonfatal_shootings"].value.low == "490"
    assert by_metric["robberies"].change.direction == "up" and by_metric["robberies"].change.by.low == "8"


KC_COUNTS = """\
sources:
  - id: kcpd-annual-2024
    title: KCPD annual homicide figures
    publisher: Kansas City Police Department
    kind: dataset
    published: 2024-01-10
    text: "Homicides, 2022: 171. Homicides, 2023: 182."
claims:
  - id: kcpd-homicides-2022
    source: kcpd-annual-2024
    metric: homicides
    place: kansas-city-mo
    period: "2022"
    value: "171"
    attribution: document
    quote: "Homicides, 2022: 171."
  - id: kcpd-homicides-2023
    source: kcpd-annual-2024
    metric: homicides
    place: kansas-city-mo
    period: "2023"
    value: "182"
    attribution: document
    quote: "Homicides, 2023: 182."
"""

KC_STORY = """\
KANSAS CITY, Mo. - A quieter year.

It was a year of change. Homicides in Kansas City fell 12 percent in 2023 compared with 2022, police said.
"""


@pytest.mark.slow   # three audits through the CLI, about 1.5 s
def test_check_sarif_gives_the_story_region_of_a_misstated_percentage(tmp_path):
    """Must-show 2: the counts on file (171 then 182, up 6.4%) against a story saying down 12
    percent: the tension at the story's line and column, in the terminal, JSON and SARIF regions."""
    (tmp_path / "counts.yaml").write_text(KC_COUNTS, encoding="utf-8")
    story = tmp_path / "story.txt"
    story.write_text(KC_STORY, encoding="utf-8")
    line_text = KC_STORY.splitlines()[2]
    column = line_text.index("Homicides") + 1
    args = ["check", str(story), "--against", str(tmp_path / "counts.yaml"), "--published", "2024-02-01"]
    run = CliRunner().invoke(_app(), args)
    assert run.exit_code == 1, run.output
    assert f"{story}:3:{column}: tension" in run.output
    data = json.loads(CliRunner().invoke(_app(), [*args, "--format", "json"]).output)
    [finding] = [f for f in data["findings"] if f["kind"] == "tension"]
    span = finding["spans"][0]
    assert (span["line"], span["column"]) == (3, column)
    run = CliRunner().invoke(_app(), [*args, "--format", "sarif"])
    assert run.exit_code == 1
    log = json.loads(run.output)
    [result] = [r for r in log["runs"][0]["results"] if r["properties"]["kind"] == "tension"]
    location = result["locations"][0]["physicalLocation"]
    region = location["region"]
    assert (region["startLine"], region["startColumn"]) == (3, column)
    assert region["endLine"] == 3
    # the region is the story's words: endColumn is the column after the last character
    assert line_text[region["startColumn"] - 1:region["endColumn"] - 1] == region["snippet"]["text"] == span["text"]
    assert region["snippet"]["text"].startswith("Homicides in Kansas City fell 12 percent")
    assert location["artifactLocation"]["uri"] == story.as_uri()
    assert set(result["properties"]["claims"]) >= {"kcpd-homicides-2022", "kcpd-homicides-2023"}
    schema = Path(__file__).parent / "data" / "sarif-schema-2.1.0.json"
    if schema.exists():
        import jsonschema
        validator = jsonschema.Draft4Validator(json.loads(schema.read_text(encoding="utf-8")))
        assert [e.message for e in validator.iter_errors(log)] == []


def test_a_direction_noun_after_the_figure_makes_a_change_with_its_base(pack):
    text = ("NEW YORK - The FDNY said 48 civilians died in fires last year, a 19-percent decline from 2015, "
            "when there were 59 deaths.\n")
    by_anchor = drafted(text, published=date(2017, 1, 14), pack=pack)
    change = by_anchor["19"]["change"]
    assert change == {"phrase": "down 19 percent", "base": "from 2015"} or change["base"] in ("2015", "from 2015")
    assert by_anchor["19"]["period"] == "last year"
    # "when there were 59": the level in the year named just before, not a change
    assert by_anchor["59"]["value"] == "59" and by_anchor["59"]["period"] in ("2015", "from 2015", "in 2015")
    assert by_anchor["48"]["speaker"] == "FDNY" and by_anchor["48"]["attribution"] == "paraphrase"


def test_groups_and_documents_as_speakers():
    text = ("KANSAS CITY, Mo. - Kansas City recorded 182 homicides in 2023, officials said. "
            "Robberies reached 1,204 in 2023, according to final KCPD numbers.\n")
    by_metric = {r["metric"]: r for r in drafted_records(text, published=date(2024, 1, 5))}
    assert (by_metric["homicides"]["speaker"], by_metric["homicides"]["attribution"]) == ("officials", "paraphrase")
    assert (by_metric["robberies"]["speaker"], by_metric["robberies"]["attribution"]) == ("KCPD", "document")


def test_a_time_in_another_part_with_its_own_figure_is_not_taken():
    text = ("KANSAS CITY, Mo. - Kansas City recorded 182 homicides in 2023. "
            "Of the 182 homicides, 11 happened in October.\n")
    d = auditor.draft(text, published=date(2024, 1, 5))
    second = [x for x in d.drafted if x.anchor[0] > text.index("Of the")]
    by_anchor = {text[x.anchor[0]:x.anchor[1]]: x.record for x in second}
    assert by_anchor["11"]["period"] == "in October"
    assert by_anchor["182"].get("period") != "in October"


def test_figureless_statements_beside_a_figure_and_none():
    text = ("KANSAS CITY, Mo. - Last week, 34 robberies were reported across the city, the same number "
            "of robberies during the same week last year. There were no homicides so far this year.\n")
    records = drafted_records(text, published=date(2024, 1, 10))
    tie = next(r for r in records if "comparison" in r)
    assert tie["comparison"]["relation"] == "tie" and tie["metric"] == "robberies"
    none = next(r for r in records if r["metric"] == "homicides")
    assert none["value"] == "0" and none["period"] == "so far this year"


@pytest.mark.slow   # 300 examples, about 1.7 s
def test_people_are_found_as_the_whole_pattern_finds_them():
    """The fast finder (a post and a name, then the post's words read backwards) gives exactly
    the matches of the person pattern tried at every position."""
    from hypothesis import given, settings, strategies as st
    from auditor.draft import attribution

    words = ["Police", "Chief", "chief", "interim", "superintendent", "Jim", "Cambridge", "Kevin", "Patrick",
             "Secretary-treasurer", "West", "Precinct", "Commander", "Captain", "Sean", "Edwards", "said", "the",
             "Supt.", "Garry", "McCarthy", "acting", "Mayor", "spokesman", "\n", ",", ".",
             "of", "Public", "Safety", "Director", "told"]     # ("Director of Public Safety ...", three names)

    @settings(max_examples=300, deadline=None)
    @given(st.lists(st.sampled_from(words), max_size=25))
    def law(tokens):
        text = " ".join(tokens)
        full = [(m.start(), m.group("role"), m.group("name")) for m in attribution._PERSON.finditer(text)]
        fast = [(m.start(), m.group("role"), m.group("name")) for m in attribution._person_hits(text)]
        assert fast == full

    law()


def test_a_count_of_something_no_metric_names_is_not_drafted_and_is_noted():
    text = "KANSAS CITY, Mo. - A report on 20 cities says 182 homicides were recorded in Kansas City in 2023.\n"
    d = auditor.draft(text, published=date(2024, 1, 5))
    assert [x.record["value"] for x in d.drafted] == ["182"]
    assert any("'20 cities' counts what no metric" in n for n in d.notes)


def test_a_rate_and_its_scale_are_one_figure_of_the_rate_metric():
    """'5.7 per 10,000 residents' is a homicide rate (rules/rates.yaml), not a population of 5.7
    and another of 10,000; the count named before the scale decides the rate too."""
    text = ("KANSAS CITY, Mo. (KCTV) - Kansas City recorded 148 homicides in 2019, police said. "
            "The homicide rate in 2019 was 5.7 per 10,000 residents.\n\n"
            "That is 18 homicides per 100,000 people in 2019, the report said.")
    d = auditor.draft(text, published=date(2020, 1, 15))
    rates = [x.record for x in d.drafted if x.record["metric"] == "homicide_rate"]
    assert [r["value"] for r in rates] == ["5.7 per 10,000 residents", "18 homicides per 100,000 people"]
    assert not [x for x in d.drafted if x.record["metric"] == "population"]
    complete = [c for c in d.claims if c.metric == "homicide_rate"]
    assert complete and complete[0].value.unit == "per 10,000 residents"


def test_an_average_per_day_keeps_its_unit_of_time():
    text = "KANSAS CITY, Mo. (KCTV) - Police recorded nearly seven burglaries a day in 2019, police said."
    d = auditor.draft(text, published=date(2020, 1, 15))
    (claim,) = [c for c in d.claims if c.metric == "burglaries"]
    assert claim.value.low == "7" and claim.value.unit.endswith("a day") and claim.period == "in 2019"
