"""Twenty-seventh drafting round (draft-27c): metric and place on articles never tuned on
(sentences written for these tests, read with the articles' pack, which knows Austin, Texas and
Minnesota but no Austin, Minnesota)."""

from datetime import date

import auditor.draft
from draft_helpers import pack  # noqa: F401  (the fixture)


def _places(text, pack, publisher=None):
    d = auditor.draft(text, published=date(2017, 1, 13), pack=pack, publisher=publisher)
    return {text[x.anchor[0]:x.anchor[1]]: x.record.get("place") for x in d.drafted}


_STORY = ("Fire deaths in Minnesota dropped to 36 in 2016, the second-lowest number on record. In 2015, "
          "Austin saw its first two fire-related deaths since 2004. The state recorded 57 fire deaths in 2015.")


def test_a_city_written_with_another_state_is_a_namesake(pack):
    # "Austin, Minn." is not the pack's Austin, Texas
    assert _places("Homicides in Austin, Minn., rose to 33 in 2022.", pack)["33"] is None


def test_the_publishers_namesake_leaves_the_article_to_its_state(pack):
    # "Austin Daily Herald (Austin, Minn.)": every "Austin" of its article is the namesake, and
    # "the state" is the one the article names
    got = _places(_STORY, pack, publisher="Austin Daily Herald (Austin, Minn.)")
    assert got["two"] == "minnesota" and got["57"] == "minnesota"


def test_a_dateline_of_another_state_is_no_home(pack):
    got = _places("AUSTIN, Minn. (AP) — Fire deaths dropped to 36 in 2016, the state fire marshal said. "
                  "Minnesota recorded 57 in 2015.", pack)
    assert got["36"] == "minnesota"


def test_the_city_with_its_own_state_keeps_its_reading(pack):
    assert _places("Homicides in Austin, Texas, rose to 33 in 2022.", pack)["33"] == "austin-tx"
    assert _places("Homicides in Austin, Tex., rose to 33 in 2022.", pack)["33"] == "austin-tx"
    got = _places(_STORY, pack, publisher="Austin American-Statesman (Austin, Texas)")
    assert got["two"] == "austin-tx" and got["57"] == "texas"
