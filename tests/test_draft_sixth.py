"""The sixth round: conventions of speakers, documents, periods and sentence shapes, drawn from
the tune half of `fresh4.yaml` (articles i01-i09) and the older development files; the measure
half (i10-i18) is never read. Sentences are written in the style of those local news articles
(overdoses, enrolment, fire calls, budgets, jobless rates), none about Birmingham, Alabama.
"""

from __future__ import annotations

from datetime import date

import auditor
import auditor.draft

from draft_helpers import by_anchor as _by_anchor
from draft_helpers import pack  # noqa: F401  (the fixture)


def test_a_report_cited_by_its_title_is_its_issuers_document(pack):
    """A report named by its title ("the X Association Report on ...") is a document of X, also
    when "according to the report" cites it again later; "recently released" is when it came
    out, not a period of the figures."""
    text = ("Overdose deaths in Erie County fell from 2020 to 2021.\n\n"
            "There was a 12 percent decrease in overdose deaths in Erie County in 2021, according to the "
            "newly released Pennsylvania State Coroners Association Report on Overdose Death Statistics.\n\n"
            "In Pennsylvania, 4,100 died in 2021 from a drug overdose, according to the report.\n")
    d = auditor.draft(text, published=date(2022, 8, 1), pack=pack)
    got = _by_anchor(text, d)
    for figure in ("12 percent", "4,100"):
        assert got[figure]["attribution"] == "document"
        assert got[figure]["speaker"] == "Pennsylvania State Coroners Association"
    assert got["12 percent"]["period"] == "in 2021"


def test_recently_released_leaves_the_period_to_the_context(pack):
    """'the recently released report' names no period: the figure takes the one before it, not
    an undecided 'recently'."""
    text = ("Overdose deaths in Erie County rose in 2021.\n"
            "There was a 12 percent increase in overdose deaths in Erie County, according to the recently released "
            "state report.\n")
    d = auditor.draft(text, published=date(2022, 8, 1), pack=pack)
    record = _by_anchor(text, d)["12 percent"]
    assert "period" in record and "recently" not in record["period"]


def test_a_name_then_its_post_between_commas_is_the_fullest_mention(pack):
    """'Coroner Pam Gay' and, elsewhere, 'Pam Gay, York County coroner, said': the speaker is
    written with the fuller post, whichever mention the clause's "Gay said" resolves to."""
    text = ("Tom Ruiz, Erie County coroner, said overdoses are a concern.\n\n"
            "Overdose deaths in Erie County fell 9 percent in 2021 compared with 2020, Coroner Tom Ruiz said.\n")
    d = auditor.draft(text, published=date(2022, 8, 1), pack=pack)
    record = _by_anchor(text, d)["9 percent"]
    assert record["attribution"] == "paraphrase"
    assert record["speaker"] == "Tom Ruiz, Erie County coroner"
