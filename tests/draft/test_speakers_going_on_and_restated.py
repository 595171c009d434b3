"""Round 39 (dr39a): "X went on to say" reports as "X said" does; a sentence opening on the figures just
paraphrased ("That figure stood at ...") is the same speaker's; "A compared to B" alone on its line is
quoted apart."""

from draft_helpers import quoted_voices, voice_of


def _voices(text):
    return quoted_voices(text, "2021-07-20")


def _of(text, figure):
    return voice_of(text, figure, "2021-07-20")


def test_went_on_to_say_gives_the_speaker():
    text = ("Burglaries in Springfield\n\nChief John Smith spoke to the council on Monday.\n\n"
            "Smith went on to say that in the last quarter, officers arrested 15 people for burglary.\n")
    assert _of(text, "15") == ("paraphrase", "John Smith, Chief")


def test_figures_restated_in_the_next_sentence_keep_their_speaker():
    text = ("Impaired driving in Springfield\n\nSpringfield police reported 1,848 impaired driving offences this year. "
            "That figure stood at 1,738 for 2020.\n\nFire Marshal Jane Roe announced 73 people died in fires in 2019. "
            "Those fire deaths represent a 22 percent increase from 2018.\n")
    assert _of(text, "1,738") == ("paraphrase", "Springfield police")
    assert _of(text, "22 percent") == ("paraphrase", "Jane Roe, Fire Marshal")


def test_thats_after_a_paraphrase_stays_the_reporters():
    """Only a sentence naming the figures ("That figure", "Those deaths represent") goes on with the
    speaker; "That's" and "This is" are as often the reporter's own reckoning (fresh21's hands)."""
    text = ("Homicides in Springfield\n\nSpringfield police reported 40 homicides this year. "
            "That's up from 31 in 2020.\n")
    assert _of(text, "31")[0] == "reporter"


def test_compared_to_alone_on_its_line_is_quoted_apart():
    text = "Traffic deaths in Springfield\n\nFor the county CHP, here are the stats:\n\n–13 traffic deaths last year compared to 14 in 2010.\n"
    quotes = [q for q, _, _ in _voices(text)]
    assert "13 traffic deaths last year" in quotes and "compared to 14 in 2010" in quotes


def test_a_paragraph_closing_a_quotation_it_never_opened_is_quoted():
    text = ("Turnout in Grant County\n\n“In 2015 we had just over 9 percent turnout,” said County Clerk Jane Roe\n\n"
            "This year we had 12.2 percent turnout. Overall, that’s still terrible.”\n")
    assert _of(text, "12.2") == ("direct-quote", "Jane Roe, County Clerk")


def test_a_rise_said_without_figures_presents_the_figures_after_it():
    text = ("Enrollment in Sheldon\n\nAt Sheldon, Superintendent Cory Myer says their enrollment is up. "
            "Last year, enrollment was at 1,072 students, and this year it is at 1,096 students.\n")
    assert _of(text, "1,072") == ("paraphrase", "Cory Myer, Superintendent")


# review39a's misfires of the first version: each went to the previous speaker


def test_this_year_marks_is_no_restatement_of_the_speakers_figures():
    text = ("Budget in Lansing\n\nMayor Andy Schor said the city will spend $12 million on roads. This week marks "
            "the start of budget hearings, and the council has until June 30 to pass a $160 million plan.\n")
    assert _of(text, "$160 million")[0] == "reporter"


def test_up_to_the_council_is_no_rise():
    text = ("Sales tax in Springfield\n\nMayor Mike Padilla says the decision is up to the council. "
            "The council voted 7-2 in March to raise the sales tax by 0.5 percent.\n")
    assert _of(text, "0.5 percent")[0] == "reporter"


def test_a_suspect_fell_is_no_fall_in_figures():
    text = ("Shooting in Springfield\n\nSgt. Dan Ross said the suspect fell. Officers found 3 people shot "
            "on Elm Street, and 2 people died.\n")
    assert _of(text, "3 people")[0] == "reporter"


def test_went_on_to_add_officers_is_an_action_not_speech():
    text = ("Police in Springfield\n\nChief Steve Mylett spoke on Monday.\n\n"
            "Mylett went on to add 14 officers to the patrol division last year.\n")
    assert _of(text, "14 officers")[0] == "reporter"


def test_figures_naming_their_own_source_are_not_the_speakers():
    text = ("Homicides in Memphis\n\nMemphis police reported 398 homicides in 2023. "
            "These numbers come from the FBI, which counted 302 in 2022.\n")
    assert _of(text, "302")[1] != "Memphis police"
