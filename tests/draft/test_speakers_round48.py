"""Who gives a figure (round 48): a day named between a body and its reporting verb ("The National
Safety Council on Wednesday estimated"); a body called again by its kind ("the patrol said", "the
newspaper reports"); who a figure is "according to" ends at a dash ("according to city police — about
13% lower ...")."""

from datetime import date

import pytest

from draft_helpers import drafted, pack  # noqa: F401  (a fixture)


def _voices(text, pack):
    """Each drafted figure's (speaker, attribution), by the words of the figure."""
    return {k: (r.get("speaker"), r.get("attribution")) for k, r in drafted(text, published=date(2021, 3, 4), pack=pack).items()}


@pytest.mark.parametrize("sentence, figure, speaker", [
    ("The Ohio Traffic Safety Council on Wednesday estimated that 1,230 people were killed in crashes in 2020.",
     "1,230", "Ohio Traffic Safety Council"),
    ("The Ohio State Highway Patrol on Monday reported 1,230 traffic deaths in 2020.", "1,230",
     "Ohio State Highway Patrol"),
    ("The Ohio Department of Health last week said 4,028 people died of overdoses in 2020.", "4,028",
     "Ohio Department of Health"),
])
def test_a_day_between_a_body_and_its_verb_leaves_the_body_the_speaker(pack, sentence, figure, speaker):
    assert _voices(sentence + "\n", pack)[figure] == (speaker, "paraphrase")


def test_a_day_after_the_verb_is_still_no_speaker(pack):
    got = _voices("The county recorded 412 overdose deaths in 2020, the coroner said Wednesday.\n", pack)
    assert got["412"][0] != "Wednesday"


@pytest.mark.parametrize("text, figure, speaker", [
    ("The Ohio State Highway Patrol tracks every fatal crash in the state.\n\n"
     "Traffic deaths are up across Ohio. The patrol said 914 people died on the roads in 2019.\n",
     "914", "Ohio State Highway Patrol"),
    ("Overdose deaths nearly doubled this spring, The Daily Advocate reported.\n\n"
     "In 2020, the coroner's office investigated 61 overdose deaths, the newspaper reports.\n",
     "61", "The Daily Advocate"),
])
def test_a_body_called_again_by_its_kind_is_the_body_named_before(pack, text, figure, speaker):
    assert _voices(text, pack)[figure] == (speaker, "paraphrase")


def test_the_patrol_with_no_patrol_named_before_is_as_written(pack):
    got = _voices("The patrol said 914 people died on the roads in 2019.\n", pack)
    assert got["914"][0] == "The patrol"


def test_according_to_ends_at_a_dash(pack):
    got = _voices("The city recorded 492 murders in 2019, according to Springfield police — about 13% lower than "
                  "in 2018.\n", pack)
    assert got["492"] == ("Springfield police", "paraphrase")


def test_according_to_goes_on_past_a_dash_between_years(pack):
    got = _voices("The district spent $4.2 million on buses, according to the district’s 2019–20 annual report.\n", pack)
    assert got["$4.2 million"][0] == "the district’s 2019–20 annual report"


def test_according_to_a_hyphenated_name_is_kept_whole(pack):
    got = _voices("The city recorded 492 murders in 2019, according to the Winston-Salem Police Department.\n", pack)
    assert got["492"][0] == "Winston-Salem Police Department"


def test_a_post_after_the_name_ends_with_its_sentence(pack):
    got = _voices("Springfield spent $2 million less on snow removal this winter, said Ann Ruiz, sanitation manager "
                  "for the city's Department of Public Works. Yet, she warns, the $7.9 million budget could run out.\n",
                  pack)
    assert got["$2 million"][0] == "Ann Ruiz, sanitation manager for the city's Department of Public Works"


@pytest.mark.parametrize("text, speaker", [
    # the body named in full with its state before: the full name
    ("The Iowa Department of Education released its certified enrollment on Monday.\n\n"
     "Enrollment fell to 484,159 students this fall, according to the Department of Education.\n",
     "Iowa Department of Education"),
    # two states' departments named: as written
    ("The Iowa Department of Education and the Nebraska Department of Education both reported declines.\n\n"
     "Enrollment fell to 484,159 students this fall, according to the Department of Education.\n",
     "Department of Education"),
    # the body named alone before the state's is named: another body, as written
    ("The Department of Education said 49.4 million students enrolled in 2020.\n\n"
     "Meanwhile, the Iowa Department of Education reported a decline.\n", "Department of Education"),
    # an owner's office ("Public Safety's"): as written
    ("The Department of Public Safety's Office of Traffic Safety tracks crashes.\n\n"
     "Traffic deaths rose to 412 last year, according to the Office of Traffic Safety.\n",
     "Office of Traffic Safety"),
])
def test_a_department_of_a_field_is_named_as_the_article_names_it_in_full(pack, text, speaker):
    got = _voices(text, pack)
    figure = next(f for f in ("484,159", "412", "49.4 million") if f in got)
    assert got[figure][0] == speaker


@pytest.mark.parametrize("sentence, figure, speaker", [
    ("Sandy Township Police Department Officer-in-Charge Sgt. Kris Kruzelak said there were 10 reported arsons in 2018.",
     "10", "Sgt. Kris Kruzelak, Sandy Township Police Department Officer-in-Charge"),
    ("Winston-Salem Police Chief Ann Ruiz said there were 41 homicides in 2020.", "41",
     "Ann Ruiz, Winston-Salem Police Chief"),
])
def test_a_word_joined_by_hyphens_is_one_word_of_the_post(pack, sentence, figure, speaker):
    assert _voices(sentence + "\n", pack)[figure][0] == speaker


@pytest.mark.parametrize("text, figure, speaker", [
    # a newspaper named before, no study's paper since: the newspaper
    ("The Des Moines Register reported the cuts on Sunday.\n\n"
     "Statewide, 27 districts cut staff last year, the paper reported.\n", "27", "The Des Moines Register"),
    # a study's paper named since: that paper, not the newspaper
    ("The Dallas Morning News reported the figures last year.\n\n"
     "A paper published Monday in the journal Pediatrics looked at emergency visits. The paper estimated "
     "that 4,100 children were hurt by fireworks in 2019.\n", "4,100", "The paper"),
    ("Fox News first reported the cases.\n\n"
     "Their paper, published in JAMA, found that 1,200 teens were treated for vaping injuries in 2019, "
     "the paper said.\n", "1,200", "the paper"),
])
def test_the_paper_is_the_newspaper_named_before_unless_a_study_paper_is_named_since(pack, text, figure, speaker):
    assert _voices(text, pack)[figure][0] == speaker


@pytest.mark.parametrize("text, figure, speaker", [
    # a newspaper's hyphened name whole
    ("The Pittsburgh Post-Gazette reported the totals.\n\n"
     "Homicides rose to 263 in 2020, the newspaper reported.\n", "263", "The Pittsburgh Post-Gazette"),
    # a broadcaster is no newspaper: the newspaper named before it
    ("The Daily Advocate reported the outbreak. NBC News also covered it.\n\n"
     "The county has 412 cases, the newspaper said.\n", "412", "The Daily Advocate"),
])
def test_the_newspaper_is_a_newspaper_named_before_by_its_whole_name(pack, text, figure, speaker):
    assert _voices(text, pack)[figure][0] == speaker
