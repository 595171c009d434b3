"""Twenty-seventh drafting round (draft-27d): how far a person's paraphrase carries (sentences
written for these tests, read with the articles' pack)."""

from datetime import date

import auditor.draft
from draft_helpers import pack  # noqa: F401  (the fixture)


def _voices(text, pack):
    """Each drafted figure's (speaker, attribution), by the words of the figure."""
    d = auditor.draft(text, published=date(2017, 2, 6), pack=pack)
    return {text[x.anchor[0]:x.anchor[1]]: (x.record.get("speaker"), x.record.get("attribution")) for x in d.drafted}


OPENING = "Sheriff Tom Baker said deputies made 250 drunken driving arrests in 2016. "


def test_a_persons_paraphrase_stays_in_its_sentence(pack):
    got = _voices(OPENING + "The county had 12 traffic deaths in 2016.", pack)
    assert got["250"] == ("Tom Baker, Sheriff", "paraphrase")
    assert got["12"] == (None, "reporter")


def test_a_persons_paraphrase_goes_on_after_but(pack):
    got = _voices(OPENING + "But the county had 12 traffic deaths in 2016.", pack)
    assert got["12"] == ("Tom Baker, Sheriff", "paraphrase")


def test_a_bodys_paraphrase_still_goes_on(pack):
    got = _voices("The sheriff's office said deputies made 250 drunken driving arrests in 2016. "
                  "The county had 12 traffic deaths in 2016.", pack)
    assert got["12"][1] == "paraphrase"


def test_a_persons_paraphrase_goes_on_after_a_colon(pack):
    got = _voices("Sheriff Tom Baker said: deputies made 250 drunken driving arrests in 2016. "
                  "The county had 12 traffic deaths in 2016.", pack)
    assert got["12"] == ("Tom Baker, Sheriff", "paraphrase")


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
