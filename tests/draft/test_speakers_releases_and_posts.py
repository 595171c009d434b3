"""Who gives a figure (round 46): a body releasing a document in a paragraph of its own presents the
paragraphs after it; a report cited again is its issuer's by the issuer's whole name ("the Ohio Office of
Criminal Justice Services"); a medical examiner or a headmaster named before their name is a post."""

from datetime import date

import pytest

from draft_helpers import drafted, pack  # noqa: F401  (a fixture)


def _voices(text, pack):
    """Each drafted figure's (speaker, attribution), by the words of the figure."""
    return {k: (r.get("speaker"), r.get("attribution")) for k, r in drafted(text, published=date(2021, 3, 4), pack=pack).items()}


_RELEASE = "The Ohio Department of Public Safety released its annual crash report on Tuesday.\n\n"


def test_a_release_announced_alone_presents_the_paragraphs_after_it(pack):
    got = _voices(_RELEASE + "There were 1,230 traffic deaths in 2020, up 8% from 2019.\n\n"
                  "Pedestrian deaths rose to 167 last year.\n", pack)
    assert got["1,230"] == got["167"] == ("Ohio Department of Public Safety", "document")


def test_a_release_announced_alone_goes_on_until_someone_else_is_cited(pack):
    got = _voices(_RELEASE + "There were 1,230 traffic deaths in 2020.\n\n"
                  "Sheriff Tom Lee said his deputies made 412 arrests for drunken driving last year.\n\n"
                  "There were 45 more deaths than in 2019.\n", pack)
    assert got["1,230"] == ("Ohio Department of Public Safety", "document")
    assert got["412"] == ("Tom Lee, Sheriff", "paraphrase")
    assert got["45"] == (None, "reporter")


def test_a_release_that_gives_its_figures_in_its_paragraph_does_not_present_the_next(pack):
    got = _voices("The Ohio Department of Public Safety released its annual crash report on Tuesday. "
                  "There were 1,230 traffic deaths in 2020.\n\nPedestrian deaths rose to 167 last year.\n", pack)
    assert got["1,230"] == ("Ohio Department of Public Safety", "document")
    assert got["167"] == (None, "reporter")


def test_a_report_cited_again_is_its_issuers_by_the_issuers_whole_name(pack):
    text = ("Overdose deaths rose 12 percent in Ohio last year, according to a report published Monday by the "
            "Ohio Office of Criminal Justice Services (OCJS).\n\n"
            "Marion County recorded 48 overdose deaths in 2020, according to the report.\n")
    assert _voices(text, pack)["48"] == ("Ohio Office of Criminal Justice Services", "document")


@pytest.mark.parametrize("sentence, figure, speaker", [
    ("According to Marion County Medical Examiner Jane Roe, overdose deaths rose to 61 in 2020.", "61",
     "Jane Roe, Marion County Medical Examiner"),
    ("Last week, St. Luke Academy Headmaster John Doe reported an enrollment of 212 students.", "212",
     "John Doe, St. Luke Academy Headmaster"),
    # not a post: the office, named as written
    ("Overdose deaths rose to 61 in 2020, according to the Marion County Medical Examiner's Office.", "61",
     "Marion County Medical Examiner's Office"),
])
def test_a_medical_examiner_or_a_headmaster_named_before_their_name_is_a_post(pack, sentence, figure, speaker):
    assert _voices(sentence + "\n", pack)[figure] == (speaker, "paraphrase")


def test_the_sentences_between_one_speakers_two_citations_in_a_paragraph_are_theirs(pack):
    got = _voices("According to police spokesperson Jane Roe, mental illness plays a growing part in the city's killings. "
                  "About 32 per cent of homicides this year were linked to it. "
                  "In 2020, 19 per cent of the city's 71 homicides were, Roe said.\n\n"
                  "There were 12 homicides in January.\n", pack)
    assert got["About 32 per cent"] == got["71"] == ("Jane Roe, police spokesperson", "paraphrase")
    assert got["12"] == (None, "reporter")


def test_a_speaker_cited_once_at_a_paragraphs_start_does_not_take_the_sentences_after(pack):
    got = _voices("According to police spokesperson Jane Roe, mental illness plays a growing part in the city's killings. "
                  "About 32 per cent of homicides this year were linked to it.\n", pack)
    assert got["About 32 per cent"] == (None, "reporter")


@pytest.mark.parametrize("sentence, figure", [
    ("Crimes reported to Marion Police rose to 36,720 from 36,164 in the same period.", "36,720"),
    ("Thefts recorded by the force were down by 4% last year.", "4%"),
    ("Burglaries reported to its officers rose 12% last year.", "12%"),
    ("With Ohio's reported rural crime rates 42 percent higher than its urban rate, the reasons are unclear.", "42 percent"),
])
def test_what_was_counted_and_reported_to_someone_is_no_speaker(pack, sentence, figure):
    assert _voices(sentence + "\n", pack)[figure] == (None, "reporter")


def test_someone_who_reported_to_a_board_that_still_speaks(pack):
    assert _voices("Smith reported to the board that 412 ballots were cast.\n", pack)["412"] == ("Smith", "paraphrase")


@pytest.mark.parametrize("sentence, figure, speaker", [
    ("According to RCMP, Manitoba saw 648 fewer vehicle thefts this year than last year.", "648", "Manitoba RCMP"),
    ("Across Manitoba, the RCMP reported 1,848 break-ins this year.", "1,848", "Manitoba RCMP"),
    # a town's claim keeps the bare name: its detachment's
    ("In Brandon, the RCMP reported 121 break-ins this year.", "121", "RCMP"),
])
def test_the_rcmp_named_alone_are_a_provinces_claims_provinces(pack, sentence, figure, speaker):
    assert _voices(sentence + "\n", pack)[figure] == (speaker, "paraphrase")


def test_a_speaker_named_after_the_paragraphs_first_sentence_and_again_at_its_end_leaves_the_middle(pack):
    got = _voices("Ridership remains strong, said Chris White, the transit authority's planner. "
                  "The number of riders has increased by more than 50% since 2004. "
                  "Most of the growth has been on existing routes, White noted.\n", pack)
    assert got["more than 50%"] == (None, "reporter")


def test_a_release_announced_alone_ends_at_a_paragraph_with_no_figure(pack):
    # the reporter's background after the document's run: "Gov. ... signed a bill", then a past vote
    got = _voices(_RELEASE + "There were 1,230 traffic deaths in 2020.\n\n"
                  "Gov. Mike DeWine signed a distracted-driving bill in January.\n\n"
                  "In 2015, lawmakers approved $20 million for rural road safety.\n", pack)
    assert got["1,230"] == ("Ohio Department of Public Safety", "document")
    assert got["$20 million"] == (None, "reporter")


def test_someone_who_reported_to_a_board_what_another_counted_still_speaks(pack):
    assert _voices("Johnson reported to the council the city has 45 vacant positions.\n", pack)["45"] == ("Johnson", "paraphrase")
