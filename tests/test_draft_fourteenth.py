"""Draft-14: a document's voice carried over the sentences that go on with its figures."""
from auditor.draft import draft


def _claims(text):
    d = draft(text, "2021-03-04")
    return [(c.record["quote"]["text"], c.record["attribution"], c.record.get("speaker")) for c in d.drafted]


def test_a_body_releasing_figures_lends_them_its_document_voice_over_the_paragraph():
    got = _claims("The Marion County coroner's office released a statistical breakdown of overdose deaths in 2020. "
                  "There were 412 overdose deaths in 2020, up from 380 in 2019.\n\n"
                  "There were 50 overdose deaths in January.\n")
    carried = [g for g in got if "412" in g[0] or "380" in g[0]]
    assert carried and all(a == "document" and s == "Marion County coroner's office" for _, a, s in carried)
    # the next paragraph is the reporter's again
    assert all(a == "reporter" for q, a, _ in got if "50" in q)


def test_figures_released_by_a_body_in_the_passive_are_its_document():
    got = _claims("New figures were published by the Office for National Statistics on Tuesday. "
                  "There were 1,204 overdose deaths last year.\n")
    assert [(a, s) for q, a, s in got if "1,204" in q] == [("document", "Office for National Statistics")]


def test_a_release_that_gives_figures_itself_does_not_carry_them_on():
    got = _claims("Marion County released its annual count on Tuesday, showing 9 percent more overdose deaths than in 2019. "
                  "There were 412 overdose deaths in 2020.\n")
    assert [a for q, a, _ in got if "412" in q] == ["reporter"]


def test_a_sentence_going_on_with_the_change_keeps_the_document_cited_before():
    got = _claims("Overdose deaths rose to 412 last year, according to the state's annual report. "
                  "The increase was 8% above 2019. There were 90 homicides in 2020.\n")
    assert [a for q, a, _ in got if "8%" in q] == ["document"]
    assert [a for q, a, _ in got if "90" in q] == ["reporter"]


def test_a_list_after_a_line_naming_figures_is_the_documents():
    got = _claims("Provisional overdose figures for 2020 show:\n\n* 412 overdose deaths, up from 380 in 2019.\n\n"
                  "* 50 deaths in January.\n")
    assert got and all(a == "document" for _, a, _ in got)


def test_a_report_that_states_reveals_or_notes_gives_its_figures_as_a_document():
    got = _claims("The report states that Marion County had 70 homicides last year.\n\n"
                  "A news release from the sheriff noted overdose deaths decreased by 10 percent.\n\n"
                  "The annual report revealed 81 homicides in 2020.\n")
    assert len(got) >= 3 and all(a == "document" for _, a, _ in got)


def test_a_figure_given_as_another_periods_total_is_of_that_period():
    d = draft("The number of homicides in Memphis this year surpassed last year's total of 45.\n", "2021-10-04")
    assert [c.record.get("period") for c in d.drafted if c.record.get("value") == "45"] == ["last year"]
