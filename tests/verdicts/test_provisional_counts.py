"""Forty-seventh verdicts round (b): counts told while their cases are decided, and a change
told as a fraction of its base. Invented corpora, figures in the form of Buffalo's sources (Erie
County's opioid deaths of 2022 and 2023; a blog's homicides "slashed in half")."""

from verdict_cases import DRUGS, audit, claim, pack, revisions, source, tensions, with_metrics  # noqa: F401


def _halved(by, measure):
    sources = [source("blog", "2009-01-15")]
    quote = "It's been slashed in half from the 74 people killed by homicide only two years ago."
    change = claim("half", "blog", "homicides", "2008", None, quote=quote)
    del change["value"]
    change["change"] = {"direction": "down", "by": by, "measure": measure, "base": "2006"}
    claims = [claim("y2008", "blog", "homicides", "2008", "37", quote="There were 37 homicides in 2008."),
              claim("y2006", "blog", "homicides", "2006", "74", quote=quote), change]
    return sources, claims


def test_a_change_by_half_in_percent_is_half_of_the_base(pack):
    """`{by: half, measure: percent}` is 50 percent, as "down by half" is: not half of one percent."""
    assert tensions(audit(pack, *_halved("half", "percent"))) == []


def test_a_change_by_half_against_figures_a_third_apart_still_conflicts(pack):
    sources, claims = _halved("half", "percent")
    claims[0].update(value="49", quote="There were 49 homicides in 2008.")
    assert tensions(audit(pack, sources, claims)) == [{"y2008", "y2006", "half"}]


def test_half_of_one_percent_written_in_figures_is_still_read_so(pack):
    found = tensions(audit(pack, *_halved("0.5", "percent")))
    assert len(found) == 1 and {"y2008", "half"} <= found[0]
