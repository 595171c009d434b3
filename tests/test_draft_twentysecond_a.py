"""Draft-22a: what is claimed. A county's name without its state ("Carroll County" for "Carroll
County, Iowa") names it too, and a name several places may have is read as the one within the
state the article names."""
from datetime import date

import pytest

from auditor.draft import draft
from auditor.pack.load import load_pack

from draft_helpers import by_anchor

_DAY = date(2024, 3, 1)
_PLACES = """places:
  ohio:
    name: Ohio
    kind: state
  iowa:
    name: Iowa
    kind: state
  carroll-county-oh:
    name: Carroll County, Ohio
    kind: county
    aliases: [Carroll County]
  carroll-county-ia:
    name: Carroll County, Iowa
    kind: county
    within: iowa
  benton-county-ia:
    name: Benton Co., Iowa
    kind: county
    within: iowa
"""


@pytest.fixture(scope="module")
def desk(tmp_path_factory):
    folder = tmp_path_factory.mktemp("pack")
    (folder / "places.yaml").write_text(_PLACES, encoding="utf-8")
    return load_pack(folder)


def drafted(text: str, **options) -> dict[str, dict]:
    return by_anchor(text, draft(text, **options))


def test_a_county_name_several_places_have_is_the_one_in_the_state_the_article_names(desk):
    got = drafted("Carroll County had 41 homicides in 2023, up from 30 in 2022, according to the Iowa "
                  "Division of Criminal Investigation.", published=_DAY, pack=desk)
    assert got["41"].get("place") == "carroll-county-ia", got["41"]


def test_a_county_name_no_state_settles_keeps_the_place_that_has_it_as_its_own(desk):
    got = drafted("Carroll County had 41 homicides in 2023, up from 30 in 2022.", published=_DAY, pack=desk)
    assert got["41"].get("place") == "carroll-county-oh", got["41"]


def test_a_county_known_by_its_name_with_its_state_is_named_without_it(desk):
    got = drafted("Benton County had 12 homicides in 2023, police said.", published=_DAY, pack=desk)
    assert got["12"].get("place") == "benton-county-ia", got["12"]

