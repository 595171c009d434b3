"""Forty-sixth verdicts round (a): a figure told for the wrong year (suspects.told_for_a_neighbouring_period,
the pack's `another-periods-figure`). A count's figure that another source, out no later, gave for
the year before or after is that year's figure misdated, and is doubted before a change worked out
from two figures. Invented corpus, figures in the form of Dayton's sources (the AP's "a record 3,050
overdose deaths last year", the state's 3,050 of the year before; a rewrite's "In 2023 alone, there
were 1,076 fatal crashes and 1,156 fatalities", the Highway Patrol's figures of 2024). Claim ids
are chosen so that id order, the last tie-break, would name another claim."""

from verdict_cases import audit, claim, first_suspects, pack, source, tensions  # noqa: F401 (the pack fixture)

STATE = "State Department of Health"


def _a_year_told_as_the_next(before, told, *, misdated_id="z-wire-2016"):
    sources = [source("report", "2016-09-01", publisher=STATE), source("wire", "2017-05-18"),
               source("paper", "2018-08-15")]
    sources[0]["kind"] = "official-statement"
    claims = [claim("report-2015", "report", "homicides", "2015", before, speaker=STATE, attribution="document"),
              claim(misdated_id, "wire", "homicides", "2016", told,
                    quote=f"Statewide, there were a record {told} deaths last year."),
              claim("paper-2017", "paper", "homicides", "2017", "4,854", speaker=STATE, attribution="document",
                    quote="The data shows the state had 4,854 deaths last year, an increase of about 800 from 2016."),
              claim("a-up-about-800", "paper", "homicides", "2017", None, speaker=STATE, attribution="document",
                    quote="The data shows the state had 4,854 deaths last year, an increase of about 800 from 2016.")]
    del claims[-1]["value"]
    claims[-1]["change"] = {"direction": "up", "by": "about 800", "measure": "absolute", "base": "2016"}
    return sources, claims


def test_the_year_befores_figure_told_for_the_year_is_doubted_before_a_change(pack):
    report = audit(pack, *_a_year_told_as_the_next("3,050", "3,050"))
    assert tensions(report) == [{"z-wire-2016", "paper-2017", "a-up-about-800"}]
    assert first_suspects(report) == ["z-wire-2016"]


def test_a_figure_of_its_own_is_not_misdated(pack):
    """3,100 for 2016 is no year's figure told again: the change, the cheaper claim, is named."""
    report = audit(pack, *_a_year_told_as_the_next("3,050", "3,100"))
    assert first_suspects(report) == ["a-up-about-800"]


def test_a_small_count_equal_two_years_running_is_no_sign(pack):
    """Two years of a small count are often equal (27 and 27): the rival figures' costs decide."""
    sources = [source("paper", "2014-02-01"), source("wire", "2015-02-01"), source("blog", "2015-03-01")]
    claims = [claim("paper-2013", "paper", "homicides", "2013", "27"),
              claim("a-wire-2014", "wire", "homicides", "2014", "27", speaker="Police", attribution="document"),
              claim("z-blog-2014", "blog", "homicides", "2014", "30")]
    report = audit(pack, sources, claims)
    assert first_suspects(report) == ["z-blog-2014"]


def _release_and_rewrite():
    patrol = "State Highway Patrol"
    sources = [source("release", "2025-03-04", publisher="Radio, from the State Highway Patrol"),
               source("rewrite", "2025-03-04", publisher="a rewrite of the release"),
               source("radio", "2025-11-13")]
    said = "Last year, there were 1,076 fatal crashes and 1,156 fatalities."
    retold = "In 2023 alone, there were 1,076 fatal crashes and 1,156 fatalities."
    later = "In 2024, the state recorded 1,157 deaths on its roads, down from 1,242 in 2023."
    claims = [claim("a-release-crashes-2024", "release", "fatal_crashes", "2024", "1,076", patrol, "document", said),
              claim("a-release-deaths-2024", "release", "traffic_deaths", "2024", "1,156", patrol, "document", said),
              claim("z-rewrite-crashes-2023", "rewrite", "fatal_crashes", "2023", "1,076", patrol, "document", retold),
              claim("z-rewrite-deaths-2023", "rewrite", "traffic_deaths", "2023", "1,156", patrol, "document", retold),
              claim("radio-2024", "radio", "traffic_deaths", "2024", "1,157", quote=later),
              claim("radio-2023", "radio", "traffic_deaths", "2023", "1,242", quote=later)]
    change = claim("a-release-crashes-down", "release", "fatal_crashes", "2024", None, patrol, "document",
                   "This represents a 6.4% decrease in crashes compared to 2023.")
    del change["value"]
    change["change"] = {"direction": "down", "by": "6.4", "measure": "percent", "base": "2023"}
    return sources, [*claims, change]


def test_a_sentence_told_for_the_wrong_year_is_doubted_whole(pack):
    """The rewrite's 1,156 for 2023 is doubted against the 1,242; its 1,076 for 2023, the release's
    count for 2024 in the same sentence, is then doubted before the release's own 1,076 and 6.4%."""
    report = audit(pack, *_release_and_rewrite())
    crashes = [f for f in report.findings if f.kind == "tension" and "a-release-crashes-down" in f.claims]
    assert [f.suspects[0].claim for f in crashes] == ["z-rewrite-crashes-2023"]
    deaths = [f for f in report.findings if f.kind == "tension" and "radio-2023" in f.claims]
    assert [f.suspects[0].claim for f in deaths] == ["z-rewrite-deaths-2023"]


def test_a_bodys_own_release_is_never_misdated(pack):
    """A count may stand still: the health department's own 2,310 for 2023, the figure a paper
    gave for 2022 (from the department), is its own count of its year, not the paper's figure
    told again; a TV's uncredited 2,390 is named first."""
    health = "County Health Department"
    sources = [source("paper", "2023-02-01"), source("hd", "2024-06-01", publisher=health), source("tv", "2024-07-01")]
    sources[1]["kind"] = "official-statement"
    claims = [claim("a-paper-2022", "paper", "homicides", "2022", "2,310", health, "paraphrase",
                    "2,310 deaths in 2022, the department said"),
              claim("a-hd-2023", "hd", "homicides", "2023", "2,310", health, "document", "2,310 deaths in 2023"),
              claim("z-tv-2023", "tv", "homicides", "2023", "2,390", quote="2,390 deaths in 2023")]
    assert first_suspects(audit(pack, sources, claims)) == ["z-tv-2023"]
