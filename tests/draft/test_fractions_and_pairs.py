"""Changes by a fraction said in words ("up by a third"), and one figure said of two names joined
by "both" ("burglary and weapons offences have both decreased by 16%")."""

from __future__ import annotations

from datetime import date

import auditor

from draft_helpers import pack  # noqa: F401  (a fixture)


def _records(text: str, pack) -> list[dict]:
    return [x.record for x in auditor.draft(text, published=date(2022, 7, 15), pack=pack).drafted]


def test_a_change_by_a_fraction_in_words(pack):
    """'a jump of almost a quarter', 'fell by half', 'dropped by more than a third' are changes by
    those fractions (not comparisons without a figure); 'rose in half of the districts' is none."""
    text = ("Instances of rape in Dublin saw a jump of almost a quarter in 2021, gardai said.\n\n"
            "Assaults in Dublin fell by half in 2021, gardai said.\n\n"
            "Burglaries in Dublin dropped by more than a third in 2021, gardai said.\n\n"
            "Robberies in Dublin rose in half of the districts in 2021, gardai said.\n")
    got = [(r["metric"], r.get("change"), r.get("comparison")) for r in _records(text, pack)]
    assert got[:3] == [("rapes", {"phrase": "up almost a quarter", "base": "2020"}, None),
                       ("assaults", {"phrase": "down half", "base": "2020"}, None),
                       ("burglaries", {"phrase": "down more than a third", "base": "2020"}, None)]
    assert all(change is None for _, change, _ in got[3:])


def test_one_figure_of_two_names_said_both(pack):
    """'burglary and weapons offences have both decreased by 16%' is a claim of each; the figure before
    it, in its own comma part, stays its own metric's alone."""
    text = ("In 2021, motor vehicle theft in Dublin has decreased by 32%, burglary and weapons offences "
            "have both decreased by 16%, gardai said.\n\n"
            "Burglaries and assaults in Dublin were both up by a third in 2021, gardai said.\n")
    got = [(r["metric"], r["change"]["phrase"]) for r in _records(text, pack)]
    assert got == [("auto_thefts", "down 32%"), ("burglaries", "down 16%"),
                   ("weapons_and_explosives_offences", "down 16%"),
                   ("burglaries", "up a third"), ("assaults", "up a third")]
