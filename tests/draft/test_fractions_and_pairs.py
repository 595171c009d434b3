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


def test_no_fraction_change_of_a_phrasal_verb_an_ordinal_a_unit_or_a_list(pack):
    """'voted down a third proposal', 'made up about a third', 'down a fifth straight year', 'a quarter
    cent', 'by a quarter percent', 'by a third and a quarter, respectively' are no change by a fraction;
    'the police budget was cut by half' is one."""
    text = ("The City Council in Dublin voted down a third proposal on July 1, 2021, after 212 residents signed a petition.\n\n"
            "Firefighters in Dublin knocked down a third fire in two days in 2021, gardai said.\n\n"
            "Fentanyl accounted for 60% of overdose deaths in Dublin in 2021; methamphetamine made up about a third.\n\n"
            "Enrollment in Dublin schools was down a fifth straight year in 2021, the district said.\n\n"
            "Property tax rates in Dublin dropped by a quarter percent in 2021, the assessor said.\n\n"
            "Burglaries and robberies in Dublin fell by a third and a quarter, respectively, in 2021.\n\n"
            "The police budget in Dublin was cut by half in 2021, gardai said.\n")
    phrases = [r["change"].get("phrase") for r in _records(text, pack) if "change" in r]
    assert phrases == ["down half"]


def test_the_and_before_a_pair_said_both_breaks(pack):
    """'fell 12% in 2021 and thefts and assaults were both down 5%': the 12% is the burglaries' alone."""
    text = "Burglaries in Dublin fell 12% in 2021 and thefts and assaults were both down 5%, gardai said.\n"
    got = [(r["metric"], r["change"]["phrase"]) for r in _records(text, pack)]
    assert got == [("burglaries", "down 12%"), ("thefts", "down 5%"), ("assaults", "down 5%")]
