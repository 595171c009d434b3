"""Who the drafter says gave a figure: people, posts, bodies, documents and their issuers."""

from __future__ import annotations

from datetime import date

import pytest

import auditor.draft
from auditor.draft import draft
from auditor.draft.attribution import people
from auditor.draft.periods import resolves
from auditor.models import DateRange

from draft_helpers import by_anchor as _by_anchor, drafted, drafted_records, record_with, stated
from draft_helpers import pack  # noqa: F401  (a fixture)


def _speakers(text: str, pack, published=date(2022, 3, 1)) -> dict[str, str | None]:
    """Each figure's speaker, by the figure's last word ("An estimated 42,900" -> "42,900")."""
    d = auditor.draft(text, published=published, pack=pack)
    return {words.split()[-1]: r.get("speaker") for words, r in stated(text, d)}


def _claims(text):
    d = draft(text, "2021-03-04")
    return [(c.record["quote"]["text"], c.record["attribution"], c.record.get("speaker")) for c in d.drafted]


def _voice(text: str) -> tuple:
    records = drafted_records("Jobs in Tucson\n\n" + text + "\n", published=date(2024, 5, 2))
    return records[0].get("attribution"), records[0].get("speaker")


def _voices(text: str, pack) -> dict[str, tuple]:
    return {x.record["quote"]["text"]: (x.record.get("speaker"), x.record["attribution"], x.notes)
            for x in auditor.draft(text, date(2024, 5, 10), pack=pack).drafted}


_DAY = date(2018, 6, 17)


def _periods(text: str) -> dict[str, tuple[date, date] | None]:
    out, previous = {}, None
    published = DateRange(earliest=_DAY, latest=_DAY)
    for x in draft(text, _DAY).drafted:
        p = resolves(x.record["period"], published, previous) if x.record.get("period") else None
        previous = p or previous
        if "value" in x.record:
            out[x.record["value"]] = (p.start, p.end) if p else None
    return out


def _drafted_ten(text: str) -> dict:
    """The record drafted for the figure 10 (the one "by that time last year")."""
    return next(x.record for x in draft(text, _DAY).drafted if x.record.get("value") == "10")


def test_a_town_named_after_a_title_is_a_person(pack):
    """'Sheriff Rogers' (every mention of the name after a title) names no place: the article's
    place is the county it names."""
    text = ("There were 39 overdose deaths in Guilford County so far this year, Sheriff Rogers said.\n\n"
            "Sheriff Rogers said the county had 140 deaths last year.\n")
    got = drafted(text, published=date(2021, 3, 22), pack=pack)
    assert got["140"]["place"] == "guilford-county-nc"


def test_according_to_a_name_with_abbreviations(pack):
    """'according to the U.S. Census Bureau', 'according to Dr. Ann Lee': the abbreviation's period
    does not end the speaker's name."""
    text = ("Guilford County had 541,299 residents in 2020, according to the U.S. Census Bureau.\n\n"
            "Overdose deaths in Guilford County rose to 140 in 2020, according to Dr. Ann Lee.\n")
    got = drafted(text, published=date(2021, 3, 22), pack=pack)
    assert got["541,299"]["speaker"] == "U.S. Census Bureau"
    assert "Ann Lee" in got["140"]["speaker"]


def test_a_body_that_released_data_showing(pack):
    """'Ohio police released data on Friday showing ...' is that body's document, 'Friday' no period
    of its figures, and 'the data show' later in the article is the same body's."""
    text = ("Guilford County police released data on Friday showing 31 homicides in Guilford County last year.\n\n"
            "Homicides rose 11% in 2020 compared to the year before, the data show.\n")
    got = drafted(text, published=date(2021, 1, 9), pack=pack)
    assert got["31"]["attribution"] == "document" and got["31"]["speaker"] == "Guilford County police"
    assert got["31"]["period"] == "last year"
    assert got["11%"]["attribution"] == "document" and got["11%"]["speaker"] == "Guilford County police"


def test_a_body_that_today_released_figures_showing(pack):
    """'Statistics Canada today released figures showing ...': the day between the body and its verb."""
    text = "OTTAWA — Statistics Canada today released figures showing 778 homicides in Canada in 2023.\n"
    got = drafted(text, published=date(2024, 7, 25), pack=pack)
    assert got["778"]["attribution"] == "document" and got["778"]["speaker"] == "Statistics Canada"


def test_a_post_of_something_before_the_name(pack):
    """'Assistant Police Chief of Investigations Ann Cole said', 'Director of Public Safety John Ray
    said': the person, written with the whole post."""
    text = ("Assistant Police Chief of Investigations Ann Cole said Guilford County had 88 overdose deaths in 2019.\n\n"
            "Director of Public Safety John Ray said Guilford County had 96 overdose deaths in 2020.\n")
    got = drafted(text, published=date(2021, 1, 11), pack=pack)
    assert got["88"]["speaker"] == "Ann Cole, Assistant Police Chief of Investigations"
    assert got["96"]["speaker"] == "John Ray, Director of Public Safety"


def test_a_place_that_reports_is_no_speaker(pack):
    """'Overall, Canada reported 788 homicides in 2021' is the reporter's figure of Canada; a body's
    initials the pack lists as its city's ('FDNY said') still speak."""
    text = ("Overall, Canada reported 788 homicides in 2021.\n\n"
            "The FDNY said 64 people died in fires in New York City in 2022.\n")
    got = drafted(text, published=date(2023, 1, 11), pack=pack)
    assert got["788"]["attribution"] == "reporter" and "speaker" not in got["788"]
    assert got["788"]["place"] == "canada"
    assert got["64"]["speaker"] == "FDNY"


def test_a_body_that_counts_or_has_documented(pack):
    """'The coroner's office counts 540 deaths', 'Emergency Services has documented 39 deaths':
    their paraphrase."""
    text = ("The coroner's office counts 540 overdose deaths in Guilford County in 2019.\n\n"
            "So far, Emergency Services has documented 39 overdose deaths in Guilford County.\n")
    got = drafted(text, published=date(2020, 3, 1), pack=pack)
    assert got["540"]["attribution"] == "paraphrase" and got["540"]["speaker"] == "coroner's office"
    assert got["39"]["attribution"] == "paraphrase" and got["39"]["speaker"] == "Emergency Services"


def test_an_acronym_speaker_is_the_body_the_article_spells_out(pack):
    text = ("Traffic deaths\n\nThe National Highway Traffic Safety Administration released its estimates on Monday.\n\n"
            "An estimated 42,900 people died in motor vehicle traffic crashes in 2021, according to NHTSA.\n")
    assert _speakers(text, pack)["42,900"] == "National Highway Traffic Safety Administration"


def test_an_acronym_the_article_never_spells_out_stays(pack):
    text = "Traffic deaths\n\nAn estimated 42,900 people died in motor vehicle traffic crashes in 2021, according to NHTSA.\n"
    assert _speakers(text, pack)["42,900"] == "NHTSA"


def test_a_short_reference_to_a_body_is_its_full_name(pack):
    text = ("Phoenix heat\n\nAccording to the National Weather Service in Phoenix, July was the hottest month on record.\n\n"
            "Eleven people died in traffic crashes in Phoenix in July, according to the weather service.\n")
    assert _speakers(text, pack)["Eleven"] == "National Weather Service in Phoenix"


def test_a_body_owned_by_another_is_itself(pack):
    text = ("Traffic deaths\n\nNationally, 38,680 people died in traffic crashes in 2020, according to the U.S. Department "
            "of Transportation's National Highway Traffic Safety Administration.\n")
    assert _speakers(text, pack)["38,680"] == "National Highway Traffic Safety Administration"


def test_a_body_releasing_figures_lends_them_its_document_voice_over_the_paragraph():
    got = _claims("The Marion County coroner's office released a statistical breakdown of overdose deaths in 2020. "
                  "There were 412 overdose deaths in 2020, up from 380 in 2019.\n\n"
                  "There were 50 overdose deaths in January.\n")
    carried = [g for g in got if "412" in g[0] or "380" in g[0]]
    assert carried and all(a == "document" and s == "Marion County coroner's office" for _, a, s in carried)
    # the next paragraph is the reporter's again
    assert all(a == "reporter" for q, a, _ in got if "50" in q)


@pytest.mark.parametrize("release", [
    "The Crime Statistics Agency today released crime statistics for 2022.",
    "Last week, the Crime Statistics Agency (CSA) released the recorded crime statistics for 2022.",
    "On Tuesday, the Crime Statistics Agency released its annual statistics.",
    "The Crime Statistics Agency released crime statistics for 2022.",      # read so before
])
def test_a_release_said_with_its_day_or_the_bodys_initials_names_the_issuer(release):
    got = _claims(f"{release}\n\nThe report said assaults rose 3.6 per cent to 40,428 in 2022.\n")
    assert got and all((a, s) == ("document", "Crime Statistics Agency") for _, a, s in got)


@pytest.mark.parametrize("said, speaker", [
    ("Registrar of Voters Joe Gloria said", "Joe Gloria, Registrar of Voters"),
    ("Kern County Assistant Sheriff Michael LaFave said", "Michael LaFave, Kern County Assistant Sheriff"),
    ("County Clerk Mary Ellis said", "Mary Ellis, County Clerk"),      # read so before
])
def test_a_registrar_of_voters_and_a_surname_with_an_inner_capital_speak_with_their_post(said, speaker):
    got = _claims(f"Only 45,807 county residents voted Tuesday, {said} Wednesday.\n")
    assert [(a, s) for _, a, s in got] == [("paraphrase", speaker)]


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


def test_a_report_released_by_a_body_that_indicated_figures_is_the_bodys_document():
    assert _voice("A report released Tuesday by the Pima Workforce Board indicated that 2,310 people in Tucson "
                  "were unemployed in March.") == ("document", "Pima Workforce Board")


def test_a_bodys_report_that_finds_figures_is_its_document():
    assert _voice("The monthly Arizona Office of Economic Opportunity report finds Tucson with an unemployment "
                  "rate of 3.9 percent in March.") == ("document", "Arizona Office of Economic Opportunity")


def test_a_person_who_said_early_numbers_indicated_a_figure_is_its_speaker():
    kind, speaker = _voice("Last month, Superintendent Ana Ruiz said early numbers indicated the district would have "
                           "about 40 more students than in 2023.")
    assert kind == "paraphrase" and "Ana Ruiz" in speaker


def test_according_to_a_body_with_a_colon_speaks_for_the_list_after(pack):
    """'According to the weather service:' then one statement a paragraph: each is its paraphrase;
    a paragraph of several sentences ends the list."""
    text = ("Ohio had a hot July. According to the weather service:\n\n"
            "The average high in Ohio in July was 94.7 degrees.\n\n"
            "Ohio had 19 days above 90 degrees in July.\n\n"
            "Cooling centers stayed open. Ohio had 3 days above 100 degrees in July.\n")
    d = auditor.draft(text, published=date(2023, 8, 1), pack=pack)
    got = {text[x.anchor[0]:x.anchor[1]]: (x.record.get("attribution"), x.record.get("speaker")) for x in d.drafted}
    assert got["94.7"] == ("paraphrase", "weather service")
    assert got["above 90"] == ("paraphrase", "weather service")
    assert got["above 100"] == ("reporter", None)


def test_a_month_compared_with_is_not_the_month_a_release_is_of(pack):
    """'compared over the year to March 2021' names the month compared with: the monthly rates
    after it are of the latest March, not of March 2021."""
    text = ("March unemployment rates decreased in all Ohio counties when compared over the year to March 2021.\n\n"
            "The monthly state report finds Ohio's unemployment rate at 4.1 percent.\n\n"
            "The preliminary unemployment rate in Ohio was 4.1 percent in March.\n")
    d = auditor.draft(text, published=date(2022, 4, 27), pack=pack)
    periods = [x.record.get("period") for x in d.drafted if x.record.get("value") == "4.1 percent"]
    assert periods and all("2021" not in (p or "") for p in periods)


def test_a_document_with_no_issuer_is_the_one_named_in_the_next_paragraph(pack):
    text = ("Home sales in Millbrook\n\nHome sales in the Millbrook area rose 12% last month compared with March, "
            "newly released statistics show.\n\nFigures from the Millbrook Valley Real Estate Board show 420 "
            "sales in April.\n")
    voices = _voices(text, pack)
    lede = next(v for q, v in voices.items() if q.startswith("Home sales in the Millbrook area rose 12%"))
    assert lede[:2] == ("Millbrook Valley Real Estate Board", "document")
    assert any(n.startswith("speaker: 'Millbrook Valley Real Estate Board'") and "check" in n for n in lede[2])
    assert not any(n.startswith("speaker: the sentence names no issuer") for n in lede[2])   # one note, not two
    named = next(v for q, v in voices.items() if q.startswith("420 sales"))
    assert named[:2] == ("Millbrook Valley Real Estate Board", "document")
    assert not any(n.startswith("speaker:") for n in named[2])      # its own sentence names it: no note


def test_the_nearest_issuer_wins_and_the_earlier_on_a_tie(pack):
    text = ("Jobless rate\n\nData from the Ohio Bureau of Employment Services show Lorain County's "
            "unemployment rate at 5.2 percent in June.\n\nThe rate in Erie County fell to 4.4 percent in June, "
            "according to a new state report.\n\nFigures from the Bureau of Labor Statistics show the national "
            "rate at 4.0 percent in June.\n")
    voices = _voices(text, pack)
    middle = next(v for q, v in voices.items() if "4.4 percent" in q)
    assert middle[:2] == ("Ohio Bureau of Employment Services", "document")


def test_a_document_the_article_names_no_issuer_for_keeps_none(pack):
    text = ("Fire deaths\n\nTwelve people died in fires in Dunmore County in 2023, police said.\n\n"
            "The county had 310 fires in 2023, according to the report.\n")
    voices = _voices(text, pack)
    fires = next(v for q, v in voices.items() if "310 fires" in q)
    assert fires[:2] == (None, "document")
    police = next(v for q, v in voices.items() if q.startswith("Twelve people"))
    assert police[:2] == ("police", "paraphrase")       # a paraphrase is no document to fill


def test_a_figure_with_no_voice_stays_the_reporters_beside_a_named_document(pack):
    text = ("Overdoses\n\nOverdose deaths in Carver County rose to 41 in 2023, according to figures from the "
            "Minnesota Department of Health.\n\nThe county recorded 29 overdose deaths in 2021.\n")
    voices = _voices(text, pack)
    later = next(v for q, v in voices.items() if "29 overdose deaths" in q)
    assert later[:2] == (None, "reporter")


def test_a_body_that_recorded_the_figures_is_their_speaker(pack):
    text = ("Homicides\n\nThrough May 5, Portland police have recorded 30 homicides, up from 24 at the same "
            "time last year.\n\nThe Iowa Department of Transportation is reporting 101 traffic deaths so far "
            "this year.\n")
    voices = _voices(text, pack)
    assert next(v for q, v in voices.items() if "30 homicides" in q)[:2] == ("Portland police", "paraphrase")
    assert next(v for q, v in voices.items() if "101 traffic deaths" in q)[:2] == \
        ("Iowa Department of Transportation", "paraphrase")


def test_a_place_that_recorded_a_count_or_a_count_recorded_on_a_day_has_no_speaker(pack):
    text = ("Murders\n\nThe city has recorded 149 murders so far this year.\n\nThere were 12 homicides recorded "
            "Sunday across the county.\n")
    voices = _voices(text, pack)
    assert next(v for q, v in voices.items() if "149 murders" in q)[:2] == (None, "reporter")
    assert next(v for q, v in voices.items() if "12 homicides" in q)[:2] == (None, "reporter")


def test_one_who_says_it_goes_before_one_who_recorded_it(pack):
    text = ("Crime\n\nPolice in Wessex recorded 4,000 more offences, which the Home Office said was driven by "
            "a rise in thefts.\n")
    voices = _voices(text, pack)
    assert next(v for q, v in voices.items() if "4,000" in q)[:2] == ("Home Office", "paraphrase")


def test_officials_of_a_level_of_government_issue_the_data_they_give(pack):
    text = ("Fire deaths\n\nNine people died in fires in Dunmore County in March, according to data from state "
            "fire officials.\n")
    voices = _voices(text, pack)
    assert next(v for q, v in voices.items() if q.startswith("Nine people"))[:2] == ("state fire officials", "document")


def test_the_year_to_date_of_a_monthly_release_ends_with_its_month(pack):
    text = ("Overdose deaths in Tucson\n\n41 suspected overdose deaths in May, the county said.\n\n"
            "There have been 212 overdose deaths in Tucson so far this year, according to the county's figures.\n")
    records = drafted_records(text, published=date(2024, 6, 20), pack=pack)
    assert str(record_with(records, "value", "212")["period"]) == "2024-01-01/2024-05-31"


def test_a_pronoun_is_the_person_mentioned_last(pack):
    """'he said' is the person the text mentioned last, also one named before without a
    reporting verb ("Mayor Ann Cole did not release ... However, she said") and one named
    without a post who speaks elsewhere ("Engen said")."""
    text = ("Mayor Ann Cole did not release a total. However, she said the general fund budget will grow by "
            "about $1.7 million in 2023.\n\n"
            "Engen did not give a figure for the police. He said the fire department will need about $2 million "
            "more in 2023, which Engen said the city can pay.\n")
    got = drafted(text, published=date(2022, 7, 8), pack=pack)
    assert got["about $1.7 million"]["attribution"] == "paraphrase"
    assert got["about $1.7 million"]["speaker"] == "Ann Cole, Mayor"
    assert got["about $2 million"]["speaker"] == "Engen"


def test_a_name_with_its_post_after_it_speaks(pack):
    """'John Baker, a police spokesman, said' is John Baker's paraphrase, written with his post;
    'said X, associate director for ... of the Y' too."""
    text = ("John Baker, a police spokesman, said there were 45 homicides in Toledo in 2022.\n\n"
            "Overdose deaths in Ohio dropped by 1,400 in 2022, said Jeremy Ekeler, associate director for "
            "policy for the Ohio Recovery Council.\n")
    got = drafted(text, published=date(2023, 3, 1), pack=pack)
    assert got["45"]["attribution"] == "paraphrase"
    assert got["45"]["speaker"] == "John Baker, police spokesman"
    assert got["1,400"]["speaker"] == "Jeremy Ekeler, associate director for policy for the Ohio Recovery Council"


def test_a_document_of_a_body_named_in_lower_case(pack):
    """'according to data from the state health department' is that department's document."""
    text = "Overdose deaths in Ohio rose to 4,120 last year, according to data from the state health department.\n"
    record = drafted(text, published=date(2023, 3, 1), pack=pack)["4,120"]
    assert record["attribution"] == "document"
    assert record["speaker"] == "state health department"


def test_a_newspaper_keeps_its_article(pack):
    """'The Columbus Dispatch reports' is written with its 'The' (a paper's name holds it); 'The
    FDNY' is not."""
    text = ("The Akron Beacon Journal reports the county's 212 overdose deaths in 2022 were a record.\n\n"
            "The FDNY said 64 people died in fires in 2022.\n")
    got = drafted(text, published=date(2023, 3, 1), pack=pack)
    assert got["212"]["speaker"] == "The Akron Beacon Journal"
    assert got["64"]["speaker"] == "FDNY"


def test_a_body_named_before_speaks_as_the_agency(pack):
    """'the agency said', 'according to the bureau's figures' are the body named before whose name
    ends in a word of that kind, written in full (a name of six words too)."""
    text = ("Overdose deaths in Ohio fell in 2022, the Ohio Department of Mental Health and Addiction Services "
            "said Tuesday.\n\n"
            "There were 4,900 overdose deaths in Ohio in 2022, according to the agency's figures. "
            "Fentanyl was involved in 3,900 overdose deaths in Ohio in 2022, the agency said.\n")
    got = drafted(text, published=date(2023, 5, 1), pack=pack)
    assert got["4,900"]["attribution"] == "document"
    assert got["4,900"]["speaker"] == "Ohio Department of Mental Health and Addiction Services"
    assert got["3,900"]["attribution"] == "paraphrase"
    assert got["3,900"]["speaker"] == "Ohio Department of Mental Health and Addiction Services"


def test_a_sentence_restating_a_documents_figure_keeps_its_voice(pack):
    """'..., according to the report. That's a 30 percent increase over 2014' is the report's too;
    a sentence that does not point back is the reporter's."""
    text = ("In Pennsylvania, 3,505 died in 2015 from a drug-related overdose, according to the Pennsylvania "
            "State Coroners Association Report on Overdose Death Statistics. That's a 30 percent increase over 2014. "
            "Officers seized 44 guns in 2015.\n")
    got = drafted(text, published=date(2016, 8, 12), pack=pack)
    assert got["30 percent"]["attribution"] == "document"
    assert got["30 percent"]["speaker"] == got["3,505"]["speaker"] == "Pennsylvania State Coroners Association"
    assert got["44"]["attribution"] == "reporter"


def test_an_abbreviated_rank_is_a_post_not_part_of_another(pack):
    """'said Cmdr. Dan Ross' is Dan Ross with his rank; 'Cmdr.' holds no 'Dr.'."""
    text = "CLEVELAND — \"There were 44 homicides in 2022,\" said Cmdr. Dan Ross, who leads the homicide unit.\n"
    assert drafted(text, published=date(2023, 2, 1), pack=pack)["44"]["speaker"] == "Dan Ross, Cmdr."


def test_posts_of_many_words_suffixes_and_a_posts_officer(pack):
    """'Oklahoma City Fire Department’s Public Information Officer Benny Fulkerson' keeps the whole
    post ('Officer' is the post's, not a rank of the name); 'Herman Williams Jr.' keeps his
    suffix; 'The Medical Examiner said' is the place's medical examiner."""
    text = ("OKLAHOMA CITY (KOCO) — Fire deaths in Oklahoma City rose to 22 in 2018, said Oklahoma City Fire "
            "Department’s Public Information Officer Benny Fulkerson.\n\n"
            "Fire Chief Herman Williams Jr. said 19 died in fires in 2017.\n")
    got = drafted(text, published=date(2018, 12, 21), pack=pack)
    assert got["22"]["speaker"] == "Benny Fulkerson, Oklahoma City Fire Department’s Public Information Officer"
    assert got["19"]["speaker"] == "Herman Williams Jr., Oklahoma City Fire Chief"
    text = ("ROCHESTER, N.Y. (WROC) — A new report from the Monroe County Medical Examiner shows overdose deaths "
            "in Monroe County rose in 2022.\n\nThe Medical Examiner also said that 333 deaths were attributed to opioids in 2022.\n")
    got = drafted(text, published=date(2023, 11, 30), pack=pack)
    assert got["333"]["speaker"] == "Monroe County Medical Examiner"


def test_a_sentence_going_on_with_however_keeps_the_document(pack):
    """'..., according to the ... Report. However, heroin deaths increased ...' is the report's."""
    text = ("There was a 16 percent decrease in overdose deaths in York County in 2015, according to the Pennsylvania "
            "State Coroners Association Report on Overdose Death Statistics. However, the number of heroin deaths "
            "increased from 64 in 2014 to 65 in 2015 in York County.\n")
    got = drafted(text, published=date(2016, 8, 12), pack=pack)
    assert (got["65"]["attribution"], got["65"]["speaker"]) == ("document", "Pennsylvania State Coroners Association")


def test_a_citys_police_speak_with_its_name(pack):
    """'Cleveland police reported' is 'Cleveland police'; 'When police said' is the claim's city's police too
    (round 45: the later hands write "Detroit police", "Calgary police"; it had been 'police')."""
    text = ("CLEVELAND — Cleveland police reported 170 homicides in 2022.\n\n"
            "When police said 12 homicides were solved in 2022, the mayor agreed.\n")
    got = drafted(text, published=date(2023, 3, 1), pack=pack)
    assert got["170"]["speaker"] == "Cleveland police"
    assert got["12"]["speaker"] == "Cleveland police"


def test_a_paragraph_opening_by_pointing_back_keeps_the_document_of_the_one_before(pack):
    """'Information supplied by the school system showed ... 20,429 students.' then a paragraph 'That
    compares to 21,216 ...': the same document; a paragraph that does not point back is the reporter's."""
    text = ("Information supplied by the Fayette County school system showed that the overall student count for "
            "the second week of school this year totaled 20,429 students.\n\n"
            "That compares to 21,216 for the same time period a year ago.\n\n"
            "Enrollment in Fayette County schools was 22,000 students in 2005.\n")
    got = drafted(text, published=date(2011, 8, 24), pack=pack)
    assert got["20,429"]["attribution"] == got["21,216"]["attribution"] == "document"
    assert got["22,000"]["attribution"] == "reporter"


def test_a_survey_or_analysis_that_found_is_a_document(pack):
    """'A newspaper survey of Ohio county coroners has found ...' is a document; 'An analysis by
    the Ohio Department of Health found ...' that department's."""
    text = ("A newspaper survey of Ohio county coroners has found more than 4,000 people died from drug overdoses "
            "in Ohio last year.\n\nAn analysis by the Ohio Department of Health found 4,100 overdose deaths in "
            "Ohio in 2016.\n")
    got = drafted(text, published=date(2017, 5, 28), pack=pack)
    assert got["more than 4,000"]["attribution"] == "document"
    assert (got["4,100"]["attribution"], got["4,100"]["speaker"]) == ("document", "Ohio Department of Health")


def test_a_report_cited_by_its_title_is_its_issuers_document(pack):
    """A report named by its title ("the X Association Report on ...") is a document of X, also
    when "according to the report" cites it again later; "recently released" is when it came
    out, not a period of the figures."""
    text = ("Overdose deaths in Erie County fell from 2020 to 2021.\n\n"
            "There was a 12 percent decrease in overdose deaths in Erie County in 2021, according to the "
            "newly released Pennsylvania State Coroners Association Report on Overdose Death Statistics.\n\n"
            "In Pennsylvania, 4,100 died in 2021 from a drug overdose, according to the report.\n")
    got = drafted(text, published=date(2022, 8, 1), pack=pack)
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
    record = drafted(text, published=date(2022, 8, 1), pack=pack)["12 percent"]
    assert "period" in record and "recently" not in record["period"]


def test_a_name_then_its_post_between_commas_is_the_fullest_mention(pack):
    """'Coroner Pam Gay' and, elsewhere, 'Pam Gay, York County coroner, said': the speaker is
    written with the fuller post, whichever mention the clause's "Gay said" resolves to."""
    text = ("Tom Ruiz, Erie County coroner, said overdoses are a concern.\n\n"
            "Overdose deaths in Erie County fell 9 percent in 2021 compared with 2020, Coroner Tom Ruiz said.\n")
    record = drafted(text, published=date(2022, 8, 1), pack=pack)["9 percent"]
    assert record["attribution"] == "paraphrase"
    assert record["speaker"] == "Tom Ruiz, Erie County coroner"


def test_the_items_of_a_documents_list_are_the_documents(pack):
    """'Numbers included in the report included:' then one item a paragraph: each item is the
    report's, by whoever the report was drafted by; the paragraph after the list is not."""
    text = ("Statistics were highlighted in a report drafted by Cobden Fire Chief Ray Miller.\n\n"
            "Numbers included in the report included:\n\n"
            "Service Calls: 41.\n\n"
            "Good Intent Calls: 9.\n\n"
            "The department has 12 volunteers.\n")
    d = auditor.draft(text, published=date(2017, 1, 26), pack=pack)
    got = _by_anchor(text, d)
    for figure in ("41", "9"):
        assert got[figure]["attribution"] == "document"
        assert got[figure]["speaker"] == "Ray Miller, Cobden Fire Chief"
    assert all(x.record.get("attribution") != "document" for x in d.drafted if x.anchor[0] > text.index("The department"))


def test_a_metric_word_inside_a_bodys_name_names_no_metric(pack):
    """'The Cobden Fire Department recorded 168 calls': the department's calls, not fires; 'fires'
    in lower case still names fires."""
    text = "The Cobden Fire Department recorded a total of 168 calls during 2016.\n"
    assert drafted(text, published=date(2017, 1, 26), pack=pack)["a total of 168"]["metric"] == "emergency_calls"
    text = "The department fought 23 fires during 2016.\n"
    assert drafted(text, published=date(2017, 1, 26), pack=pack)["23"]["metric"] == "fires"


def test_a_headline_reporting_a_change_is_a_comparison_but_a_change_referred_to_is_not(pack):
    """'Count shows increase in homelessness' states a rise; 'Despite the decrease in shootings'
    refers to one stated elsewhere."""
    text = "Despite the decrease in shootings, police said they were worried.\n"
    assert not any("comparison" in r for r in drafted_records(text, published=date(2021, 11, 5), pack=pack))
    text = "Police report decrease in shootings in Toronto this year\n"
    d = auditor.draft(text, published=date(2021, 11, 5), pack=pack)
    assert any(x.record.get("comparison", {}).get("relation") == "lower" for x in d.drafted)


def test_statistics_released_by_an_office_are_the_offices(pack):
    """'according to statistics released by the Erie County Coroner's Office': the office is
    the speaker, not the coroner."""
    text = ("Fatal drug overdoses in Erie County increased by more than 50 percent over the span of a year, "
            "according to statistics released by the Erie County Coroner's Office.\n")
    record = next(r for r in drafted_records(text, published=date(2020, 1, 4), pack=pack) if "change" in r)
    assert record["attribution"] == "document" and record["speaker"] == "Erie County Coroner's Office"


@pytest.mark.parametrize("text, label", [
    ("State Fire Marshal Ann B. Carter said 41 people died in fires in 2022.", "Ann B. Carter, State Fire Marshal"),
    ("The spokeswoman for the county health department, Jane Rollins says 35 people died.",
     "Jane Rollins, spokeswoman for the county health department"),
    ("The Ohio Department of Health’s Mark Denton said 300 people died.", "Mark Denton, Ohio Department of Health"),
    ("Anne Ford, communications director at the State Police Office of Traffic Safety, and Bill Hart, at the "
     "council, said the numbers could rise.", "Anne Ford, communications director at the State Police Office of Traffic Safety"),
])
def test_a_person_named_with_a_post(text, label):
    assert label in [p.label for p in people(text).persons]


@pytest.mark.parametrize("sentence, speaker", [
    ("The Kansas Highway Patrol's preliminary data shows there were 410 traffic deaths in 2022.", "Kansas Highway Patrol"),
    ("The Nevada Department of Education data shows that 4,800 fewer students enrolled in 2022.",
     "Nevada Department of Education"),
    # (the claim's city's police, round 45)
    ("There have been 61 homicides in Tucson so far this year, according to police records.", "Tucson police"),
    ("This data shows 297 overdose deaths in 2023.", None),
])
def test_the_body_whose_document_gives_the_figures(pack, sentence, speaker):
    records = drafted_records("Tucson\n\n" + sentence + "\n", published=date(2023, 11, 2), pack=pack)
    record = next(r for r in records if r.get("attribution") == "document")
    assert record.get("speaker") == speaker


@pytest.mark.parametrize("sentence, speaker", [
    ("This winter is the snowiest on record with 131 inches of snow, per the National Weather Service.",
     "National Weather Service"),
    ("The year is not over, but state officials say fire deaths are already 30 percent higher than in 2021.",
     "state officials"),
    ("But Hart points out that only one of the 22 deaths was in a home with a working smoke alarm.", "Hart"),
    ("Dr. Mendoza also notes that overdose deaths rose 12 percent in 2021.", "Dr. Mendoza"),
])
def test_a_speaker_named_with_other_reporting_words(pack, sentence, speaker):
    records = drafted_records("Tucson\n\n" + sentence + "\n", published=date(2022, 2, 1), pack=pack)
    assert any(r.get("attribution") == "paraphrase" and r.get("speaker") == speaker for r in records)


def test_per_before_a_count_is_no_speaker(pack):
    records = drafted_records("Tucson\n\nThe rate was 5.9 deaths per 100,000 people in 2021.\n",
                              published=date(2022, 2, 1), pack=pack)
    assert all(r.get("attribution") == "reporter" for r in records)


@pytest.mark.parametrize("sentence, speaker", [
    ("Homicides rose to 702 in 2020, according to a September report from Statistics Canada.", "Statistics Canada"),
    ("The jobless rate was 3.4 percent in August, according to the U.S. Bureau of Labor Statistics.",
     "U.S. Bureau of Labor Statistics"),
])
def test_a_document_word_inside_a_bodys_name_is_the_body(pack, sentence, speaker):
    records = drafted_records("Tucson\n\n" + sentence + "\n", published=date(2021, 10, 1), pack=pack)
    assert {r.get("speaker") for r in records} == {speaker}


def test_a_title_is_no_post():
    text = ("“Overdoses rose,” said Dr. Nora Ellis, the county’s health commissioner. Dr. Nora Ellis said 80 people "
            "died in 2022.")
    assert {p.label for p in people(text).persons} == {"Nora Ellis, county’s health commissioner"}


def test_past_years_compared_with_that_time_last_year_count_the_same_days():
    got = _periods("Eleven people have been killed this year in Chicago as of June 11, according to police data. "
                   "By that time last year, there had been 10 homicides in the city, compared to 13 in 2016 "
                   "and 14 in 2015.")
    assert got.get("10") == (date(2017, 1, 1), date(2017, 6, 11)), got
    assert got.get("13") == (date(2016, 1, 1), date(2016, 6, 11)), got
    assert got.get("14") == (date(2015, 1, 1), date(2015, 6, 11)), got


def test_a_past_year_compared_with_a_whole_past_year_stays_whole():
    got = _periods("There were 10 homicides in Chicago in 2017, compared to 13 in 2016.")
    assert got.get("13") == (date(2016, 1, 1), date(2016, 12, 31)), got


def test_a_paragraph_opening_by_that_time_last_year_goes_on_with_the_document():
    ten = _drafted_ten(
        "Eleven people have been killed this year in Chicago as of June 11, according to Chicago Police "
        "Department data.\n\nBy that time last year, there had been 10 homicides in the city.")
    assert ten.get("attribution") == "document" and ten.get("speaker") == "Chicago Police Department", ten


def test_a_paragraph_opening_by_that_time_last_year_without_a_document_before_is_the_reporters():
    ten = _drafted_ten(
        "Eleven people have been killed this year in Chicago as of June 11.\n\n"
        "By that time last year, there had been 10 homicides in the city.")
    assert ten.get("attribution") == "reporter" and not ten.get("speaker"), ten


def test_a_sentence_opening_at_the_same_time_last_year_goes_on_with_the_document_in_its_paragraph():
    ten = _drafted_ten(
        "Eleven people have been killed this year in Chicago as of June 11, according to Chicago Police "
        "Department data. At the same time last year, there had been 10 homicides in the city.")
    assert ten.get("attribution") == "document" and ten.get("speaker") == "Chicago Police Department", ten


def test_a_paraphrase_presents_what_follows_only_with_a_presenting_verb():
    """review11d: "data" near the verb presents nothing ("said the county has no data on repeat
    offenders"): the next sentence's figure is the reporter's, not the sheriff's paraphrase."""
    import auditor
    from auditor.pack import load_pack
    pack = load_pack("benchmarks/corpora/articles/pack")
    text = ("Sheriff Tom Baker said the county has no data on repeat offenders. The county spent $2.1 million "
            "on the jail in 2023.\n")
    [claim] = auditor.draft(text, published="2024-01-10", pack=pack).drafted
    assert claim.record.get("attribution") == "reporter" and "speaker" not in claim.record


@pytest.mark.parametrize("text,place", [
    ("Columbia SC homicides rose 12 percent in 2022.", "columbia-sc-area"),
    ("In Columbia, SC, homicides rose 12 percent in 2022.", "columbia-sc-area"),
    ("In Columbia, S.C., homicides rose 12 percent in 2022.", "columbia-sc-area"),
])
def test_a_city_with_its_state_s_postal_abbreviation(pack, text, place):
    assert {x.record.get("place") for x in auditor.draft(text, pack=pack).drafted} == {place}


# Draft-31a: a county's own office named alone ("Clerk Dori Noyes", "county Sheriff Harold Carter",
# "sheriff Steve Haupert") is the claim's county's, as the read hands (fresh14, fresh16) write it; a
# rank before a name ("Lt.", "S/Sgt.") is the name's and keeps the post named after or before it
@pytest.mark.parametrize("text, speaker", [
    ("In Franklin County, 2,940 votes were cast, Clerk Dori Noyes said.\n", "Dori Noyes, Franklin County Clerk"),
    ("Jail operations in Franklin County are $2.2 million over budget, county Sheriff Harold Carter said.\n",
     "Harold Carter, Franklin County Sheriff"),
    ("The Franklin County jail held 31 inmates in March, according to sheriff Steve Haupert.\n",
     "Steve Haupert, Franklin County sheriff"),
    ("Franklin County recorded 33 traffic deaths in 2021, said Lt. Tom Foster, State Patrol district commander.\n",
     "Lt. Tom Foster, State Patrol district commander"),
    ("Franklin County recorded 33 traffic deaths in 2021, said Sgt. Ann Cole, a police spokeswoman.\n",
     "Sgt. Ann Cole, police spokeswoman"),
    ("Franklin County recorded 6,599 calls for service in 2021, RCMP Detachment commander S/Sgt. Hector Lee said.\n",
     "S/Sgt. Hector Lee, RCMP Detachment commander"),
    # a word ending the paragraph before is not part of the post
    ("Police were busier in the Key City.\n\nRCMP Detachment commander S/Sgt. Hector Lee said Franklin "
     "County recorded 6,599 calls for service in 2021.\n", "S/Sgt. Hector Lee, RCMP Detachment commander"),
    # readings that stay: a title with "County", an office in a place that is no county, a post that is
    # no county office, and a rank with no post after the name: as written
    ("In Franklin County, 2,940 votes were cast, County Clerk Mary Ellis said.\n", "Mary Ellis, County Clerk"),
    ("In Dayton, 2,940 votes were cast, Clerk Dori Noyes said.\n", "Dori Noyes, Clerk"),
    ("Franklin County's unemployment rate fell to 5.1 percent in March, Superintendent Laura Noll said.\n",
     "Laura Noll, Superintendent"),
    ("Franklin County recorded 33 traffic deaths in 2021, said Capt. Stephan G. Fugate.\n",
     "Stephan G. Fugate, Capt."),
])
def test_a_county_office_named_alone_and_a_rank_with_a_post(pack, text, speaker):
    assert {x.record.get("speaker") for x in auditor.draft(text, published=date(2021, 4, 20), pack=pack).drafted} \
        == {speaker}


def test_a_sheriff_named_beside_another_county_keeps_the_post_as_written(pack):
    # the office named alone is the claim's county's only when no other county is named beside the person
    text = ("Rock Island County arrests rise\n\nSheriff Jane Roe, whose department patrols neighboring Henry "
            "County, said Rock Island County recorded 14 homicides in 2023.\n\nRock Island County recorded 320 "
            "burglaries in 2023, said Jane Roe, sheriff.\n")
    records = {x.record.get("speaker") for x in auditor.draft(text, published=date(2024, 3, 7), pack=pack).drafted}
    assert "Jane Roe, Sheriff" in records and not any("Rock Island" in (s or "") for s in records)


@pytest.mark.parametrize("before", ["Police Chief Ann Lee said:", "The department reported that",
                                    "Smith told reporters", "The mayor, in a statement released Monday, said the city would:",
                                    "Lee said in an interview Friday:", "It was a long year for the city",
                                    "Lee said the city would grow, and"])
def test_a_quote_is_attributed_before_it_only_where_a_reporting_verb_ends_the_text(before):
    # quote_speaker searches its slow pattern only where a reporting verb ends the text: none of its
    # matches lacks one
    from auditor.draft.attribution import _BEFORE_QUOTE, _VERB_AT_END
    assert _BEFORE_QUOTE.search(before) is None or _VERB_AT_END.search(before) is not None
    assert (_VERB_AT_END.search(before) is None) == (before in ("It was a long year for the city",
                                                                "Lee said the city would grow, and"))


def test_a_county_deputy_named_with_the_post_is_the_speaker_of_his_surname():
    # "Floyd County Deputy Travis Bartz said" names a post; "Bartz said" after it is him, in full
    got = _claims("Traffic deaths in Floyd County\n\nThe county had six traffic deaths in 2020, Floyd County Deputy "
                  "Travis Bartz said.\n\nThe county had four traffic deaths in 2019, Bartz said.\n")
    assert [s for _, _, s in got] == ["Travis Bartz, Floyd County Deputy"] * 2
    # a post that goes on after "Deputy" stays whole; three names before "said" are one name
    assert _claims("Traffic deaths in Missouri\n\nThe state had 850 traffic deaths in 2020, Deputy Police Chief "
                   "John Smith said.\n")[0][2] == "John Smith, Deputy Police Chief"
    assert _claims("Traffic deaths in Missouri\n\nThe state had 850 traffic deaths in 2020, Chief Mary Ann Smith "
                   "said.\n")[0][2] == "Mary Ann Smith, Chief"


@pytest.mark.parametrize("source", ["a Missouri Department of Transportation news release",
                                    "the Missouri Department of Transportation's annual report",
                                    "a Missouri Department of Transportation report"])
def test_a_release_or_report_of_a_body_named_with_of_is_that_bodys_document(source):
    got = _claims(f"Traffic deaths in Missouri\n\nMore than 850 people were killed on Missouri roads in 2020, "
                  f"according to {source}.\n")
    assert got[0][1:] == ("document", "Missouri Department of Transportation")


@pytest.mark.parametrize("opening", ["A Missouri Department of Transportation press release reveals",
                                     "A news release from the Missouri Department of Transportation shows"])
def test_a_press_release_is_its_issuer_s_document(opening):
    got = _claims(f"Traffic deaths in Missouri\n\n{opening} 556 traffic fatalities in 2020.\n")
    assert got[0][1:] == ("document", "Missouri Department of Transportation")


def test_a_category_s_reports_are_no_one_who_reports():
    # "Assault reports were ...": a noun; "Police reports 552 assaults" would be a body speaking
    got = _claims("Crime in Jefferson County\n\nAssault reports were virtually the same, with the 552 assault "
                  "reports in 2020 only four more than the year before.\n")
    assert got and all(s is None and a == "reporter" for _, a, s in got)


def test_a_body_s_initials_in_brackets_are_no_part_of_its_name():
    got = _claims("Traffic deaths in Minnesota\n\nTraffic deaths rose 7 percent across the state last year, according "
                  "to the Department of Public Safety's Office of Traffic Safety (OTS).\n")
    assert got[0][2] == "Department of Public Safety's Office of Traffic Safety"


@pytest.mark.parametrize("who", ["State officials", "Police officials", "Health department officials",
                                 "Health Department officials"])
def test_officials_opening_a_sentence_keep_their_word(who):
    # as written; "Officials said" and ", state officials said" were already so
    got = _claims(f"Fire deaths in Minnesota\n\n{who} said there were 57 fire deaths in 2015.\n")
    assert got[0][1:] == ("paraphrase", who)


def test_a_post_said_before_its_holder_is_named_is_written_as_the_article_says_it():
    text = ("Fire deaths in Minnesota\n\nThe 37 people who died in fires in 2018 was the second lowest on record, the fire "
            "marshal said.\n\nState Fire Marshal Bruce West said it is difficult to pinpoint a reason. There were 68 fire "
            "deaths in 2017, West said.\n")
    got = {q: s for q, _, s in _claims(text)}
    assert got["The 37 people who died in fires in 2018 was the second lowest on record"] == "the fire marshal"
    assert got["There were 68 fire deaths in 2017"] == "Bruce West, State Fire Marshal"


@pytest.mark.parametrize("post, name", [("Attorney General", "Dave Yost"), ("Inspector General", "Jane Roe"),
                                        ("Chief Executive", "Tom Lee")])
def test_a_post_of_two_words_keeps_its_second_word_out_of_the_name(post, name):
    # "Attorney General Dave Yost said" is no "General Dave Yost", even when "Yost said" follows
    got = _claims(f"Crime in Springfield\n\nThere were 45 homicides in Springfield in 2020, {post} {name} said."
                  f"\n\nThere were 40 homicides in 2019, {name.split()[-1]} said.\n")
    assert got and all(s in (f"{post} {name}", f"{name}, {post}", name.split()[-1]) for _, _, s in got)


@pytest.mark.parametrize("post", ["Deputy Public Information Officer", "Deputy Health Officer", "Deputy Warden"])
def test_deputy_before_a_post_of_its_own_is_part_of_that_post(post):
    # not "Jane Roe, Officer", nor "Warden Jane Roe, Springfield Deputy", nor "Roe" alone
    got = _claims(f"Crime in Springfield\n\n{post} Jane Roe said flu cases rose.\n\n"
                  "There were 45 homicides in Springfield in 2020, Roe said.\n")
    assert got and all(s.startswith("Jane Roe, ") and s.endswith(post) for _, _, s in got)


@pytest.mark.parametrize("sentence", [
    # a release opening the article takes no words of the headline ("Springfield A Springfield Police Department")
    "A Springfield Police Department news release said there were 45 homicides in Springfield in 2020.",
    # a capitalised "Press Release" or "News Release" is no part of its issuer
    "There were 45 homicides in Springfield in 2020, according to a Press Release from the Springfield Police "
    "Department.",
    "There were 45 homicides in Springfield in 2020, according to a Springfield Police Department News Release."])
def test_a_release_s_issuer_is_the_body_alone(sentence):
    assert _claims(f"Crime in Springfield\n\n{sentence}\n")[0][1:] == ("document", "Springfield Police Department")


@pytest.mark.parametrize("document", ["a news release", "a press release", "a statement"])
def test_a_person_who_said_it_according_to_a_release_is_its_speaker(document):
    # (the post named whole: a headline's last word before a blank line is no part of it)
    got = _claims(f"Crime in Springfield\n\nSpringfield Police Chief Tom Lee said there were 45 homicides in Springfield "
                  f"in 2020, according to {document}.\n")
    assert got[0][1:] == ("paraphrase", "Tom Lee, Springfield Police Chief")


def test_a_place_that_added_jobs_according_to_a_report_is_no_speaker():
    # no one said it: "added" is the employers'
    got = _claims("Jobs in Springfield\n\nEmployers in metro Springfield added 600 jobs in February as the "
                  "unemployment rate fell to 3.1 percent, according to a new state report.\n")
    assert got[0][1] == "document" and got[0][2] != "Springfield"


def test_a_post_said_before_its_holder_is_named_in_the_same_paragraph_is_the_holder():
    # named in the same paragraph: him; named only in a later paragraph: as written
    got = _claims("Crime in Springfield\n\nThere were 45 homicides in Springfield in 2020, the mayor said Tuesday. "
                  "Mayor Tom Lee said the number was too high.\n\nThere were 40 homicides in 2019, the chief said."
                  "\n\nPolice Chief Ann Cole said the figure was high.\n")
    assert [s for _, _, s in got] == ["Tom Lee, Mayor", "the chief"]


@pytest.mark.parametrize("source, speaker", [
    ("according to a news release from the mayor's office.", "mayor's office"),
    ("according to Sheriff Tom Lee in a news release.", "Tom Lee, Sheriff"),
    ("according to the Ohio Department of Health.\n\nThere were 40 homicides in 2019, according to a news release "
     "from the department.", "Ohio Department of Health"),
    # two bodies joined by "and": the one whose document it is, named last
    ("according to Ohio and Franklin County data.", "Franklin County"),
    ("according to Ohio and Franklin County's annual report.", "Franklin County"),
    ("according to a Smith and Jones report.", "Smith and Jones")])
def test_a_release_names_its_issuer_in_lower_case_in_person_or_by_its_kind(source, speaker):
    got = _claims(f"Crime in Springfield\n\nThere were 45 homicides in Springfield in 2020, {source}\n")
    assert got[-1][1:] == ("document", speaker)


def test_a_document_whose_issuer_is_not_read_has_a_note_to_write_it():
    d = draft("Crime in Springfield\n\nThere were 45 homicides in Springfield in 2020, according to a police news "
              "release.\n", "2021-03-04")
    claim = d.drafted[0]
    assert claim.record.get("speaker") is None and any(n.startswith("speaker: the sentence names no issuer") for n in claim.notes)


def test_officials_who_spoke_after_a_release_are_no_document():
    got = _claims("Crime in Springfield\n\nThere were 45 homicides in Springfield in 2020, according to officials who "
                  "spoke after the news release.\n")
    assert got[0][1] == "paraphrase"


def test_an_acronym_spelled_out_inside_a_longer_run_is_the_body(pack):
    # the run of capitalised words goes on past the body's name ("... Sheriff’s Office for DUI")
    text = ("DUI arrests\n\nThe number of people arrested by the Graham County Sheriff’s Office for DUI has increased.\n\n"
            "According to GCSO statistics, 53 people were arrested for DUI in 2019.\n")
    assert _speakers(text, pack, published=date(2020, 6, 1))["53"] == "Graham County Sheriff’s Office"
    # a body spelled out whole beats a run that only starts with the acronym's letters
    text = ("DUI arrests\n\nThe Graham County Sheriff's Office for DUI enforcement made 212 arrests in 2023.\n\n"
            "GCSO statistics show 40 crashes in 2023.\n\nThe Greater Cincinnati Safety Organization reported 18 "
            "crashes in 2023.\n")
    assert _speakers(text, pack, published=date(2024, 3, 5))["40"] == "Greater Cincinnati Safety Organization"


def test_a_month_after_from_is_no_issuer(pack):
    text = ("Enrollment\n\nUnofficial headcount numbers from October show 8,365 students are enrolled in the Duluth "
            "school district.\n")
    assert _speakers(text, pack, published=date(2015, 10, 20))["8,365"] is None


def test_an_engineer_named_with_his_post_is_named_so_later(pack):
    text = ("Traffic deaths\n\nRyan Mayer, traffic and safety engineer of the southwest region of the Department of "
            "Transportation, said the count was rising.\n\nMayer said the fatality count in 2011 was 467.\n")
    assert _speakers(text, pack, published=date(2012, 11, 12))["467"] == (
        "Ryan Mayer, traffic and safety engineer of the southwest region of the Department of Transportation")


# Round 42 (dr42c): a rank alone is the name's, with the police body the article names as the post;
# a body's name owning a word ("Sheriff’s Office") is whole; a list introduced as a person's
# figures ("statistics reported by Lee include:") with dashes is theirs; a body the pack also lists
# as its jurisdiction still speaks
@pytest.mark.parametrize("text, voices", [
    ("The Ohio State Highway Patrol updates its count daily.\n\nSgt. Ann Cole said there have been 12 fatal "
     "crashes in Franklin County this year.\n", {("Sgt. Ann Cole, Ohio State Highway Patrol", "paraphrase")}),
    ("Bookings rose from 1,664 in 2020 to 1,950 in 2021, according to the Franklin County Sheriff’s Department’s "
     "annual report.\n", {("Franklin County Sheriff’s Department", "document")}),
    ("Police Chief Tom Lee gave the board figures for the last two months of 2020.\nOther statistics reported "
     "by Lee include:\n— Burglaries increased from five in November 2019 to 13 in November 2020.\n",
     {("Tom Lee, Police Chief", "paraphrase")}),
    ("There were 13,396 calls for service in 2021, according to the Fayette County Sheriff's Office.\n",
     {("Fayette County Sheriff's Office", "paraphrase")}),
    # the body's own statement stays the body's, an officer serving it named before
    ("Sgt. Pat Abel said troopers investigated 22 fatal crashes in the county in 2022.\n\nStatewide, the Ohio State "
     "Highway Patrol said 1,275 people died on Ohio roads in 2022.\n",
     {("Sgt. Pat Abel, Ohio State Highway Patrol", "paraphrase"), ("Ohio State Highway Patrol", "paraphrase")}),
    # a captain of fire crews, a fire department also named: no police body
    ("The Springfield Fire Department and the Springfield Police Department both responded to the blaze.\n\nCapt. "
     "Joe Ruiz said the department has fought 14 structure fires so far this year.\n", {("Joe Ruiz, Capt.", "paraphrase")}),
    # their own body, not one named later; a word opening the sentence is not the body's
    ("Sgt. Ann Cole of the Columbus Division of Police said there were 140 homicides in 2022.\n\nThe Franklin County "
     "Sheriff's Office handled the rest.\n\nCole said 38 of the homicides remain unsolved.\n",
     {("Sgt. Ann Cole of the Columbus Division of Police", "paraphrase"),
      ("Sgt. Ann Cole, Columbus Division of Police", "paraphrase")}),
    ("When Toledo Police Department officers arrived, the man was dead.\n\nSgt. Dan Ortiz said there have been 12 "
     "homicides in Toledo this year.\n", {("Sgt. Dan Ortiz, Toledo Police Department", "paraphrase")}),
    # a list given by no one named is the reporter's; by a post the cast names, its holder's
    ("Police Chief Tom Lee spoke to the council Tuesday.\n\nThe figures reported by Oak Park residents include:\n\n"
     "— 31 car break-ins in 2022.\n", {(None, "reporter")}),
    ("Police Chief Tom Lee gave the board figures on Tuesday.\n\nOther statistics reported by the chief include:\n\n"
     "— Burglaries increased from five in November 2019 to 13 in November 2020.\n", {("Tom Lee, Police Chief", "paraphrase")}),
    # a body the pack lists as a place that only "recorded": the place's count, told by the reporter
    ("The Anna Fire Department recorded a total of 168 calls in 2021.\n", {(None, "reporter")}),
])
def test_ranks_owned_bodies_dashed_lists_and_bodies_named_as_places(pack, text, voices):
    d = auditor.draft(text, published=date(2022, 1, 18), pack=pack)
    assert {(x.record.get("speaker"), x.record["attribution"]) for x in d.drafted} == voices
