"""The claim builder (auditor/loading/claim_builder.py) gives exactly what pydantic gives,
or declines: for any record, plain or not, right or wrong."""

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from pydantic import ValidationError, field_validator

from auditor.loading import corpus
from auditor.loading.claim_builder import CHANGE_SHAPE, CLAIM_SHAPE, ClaimBuilder, claim_shape
from auditor.models import Change, Claim
from auditor.pack import load_pack

PACK = load_pack()


def _builder() -> ClaimBuilder:
    return corpus._builder(PACK)


def _pydantic(record: dict):
    """What the loader's pydantic path makes of `record` (None: a validation error)."""
    try:
        return Claim.__pydantic_validator__.validate_python(record, context=corpus._contexts(PACK)[1])
    except ValidationError:
        return None


def _same(built, validated) -> None:
    assert type(built) is type(validated) is Claim
    assert list(built.__dict__) == list(validated.__dict__)          # the fields, in pydantic's order
    assert built.__dict__ == validated.__dict__
    assert built.model_fields_set == validated.model_fields_set
    assert built.quote.model_fields_set == validated.quote.model_fields_set
    assert built.__pydantic_extra__ == validated.__pydantic_extra__
    assert built.__pydantic_private__ == validated.__pydantic_private__
    assert built == validated and hash(built) == hash(validated)
    assert built.model_dump_json() == validated.model_dump_json()
    for name in ("value", "change", "comparison", "share"):
        mine, theirs = getattr(built, name), getattr(validated, name)
        assert (mine is None) == (theirs is None)
        if mine is not None:
            assert mine.model_fields_set == theirs.model_fields_set
            assert list(mine.__dict__) == list(theirs.__dict__) and mine.__dict__ == theirs.__dict__
            assert mine.model_dump_json() == theirs.model_dump_json()


PLAIN = {"id": "c1", "source": "s", "metric": "guns_recovered", "place": "birmingham-al", "period": "2019",
         "value": "over 2,000", "quote": "over 2,000 guns"}


def test_the_builder_knows_the_claim_model_and_builds_a_plain_claim():
    """Claim still has the fields and validators the builder reproduces (when it changes,
    the builder declines everything and this test says to teach it the new shape)."""
    assert claim_shape() == CLAIM_SHAPE and claim_shape(Change) == CHANGE_SHAPE
    built = _builder().build(dict(PLAIN))
    assert built is not None
    _same(built, _pydantic(dict(PLAIN)))


def test_a_claim_model_with_another_validator_has_another_shape():
    class Stricter(Claim):
        @field_validator("note")
        @classmethod
        def _note(cls, v):
            return v

    assert claim_shape(Stricter) != CLAIM_SHAPE


def test_a_builder_that_does_not_know_the_model_declines_everything(monkeypatch):
    builder = _builder()
    builder.enabled = False
    assert builder.build(dict(PLAIN)) is None


TEXT = st.sampled_from(["", "x", "c1", "2019", "about 70", "12 bananas", "Guns recovered", "twelve"])
ANY = st.one_of(st.none(), st.booleans(), st.integers(-3, 3000), st.floats(allow_nan=False, width=32), TEXT,
                st.lists(TEXT, max_size=2), st.dictionaries(st.sampled_from(["text", "phrase", "low"]), TEXT,
                                                           max_size=2))
# each field: values that are right (most often), then values that may be wrong
RIGHT = {
    "id": st.sampled_from(["c1", "c2"]), "source": st.sampled_from(["s", "t"]),
    "metric": st.sampled_from(["guns_recovered", "homicides", "Guns recovered", "guns_recovered"]),
    "place": st.sampled_from(["birmingham-al", "jefferson-county-al", "birmingham-al/west-side"]),
    "period": st.one_of(st.sampled_from(["2019", "last year", "2019-03", "the same period last year"]),
                        st.integers(1990, 2030)),
    "value": st.one_of(st.sampled_from(["over 2,000", "12", "0", "1,234", "about 70", "5.1%", "two to three hundred",
                                        "half", "nearly 100", "12.50"]), st.integers(0, 5000),
                       st.floats(0, 1e6, allow_nan=False)),
    "change": st.one_of(st.sampled_from(["up 5.1%", "down 24 percent", "7000 fewer", "about 12 more"]),
                        st.fixed_dictionaries({"phrase": st.sampled_from(["up 5%", "12 more", "down 3 points"])},
                                              optional={"base": st.one_of(st.sampled_from(["2018", "last year"]),
                                                                          st.integers(2015, 2020)),
                                                        "base_place": st.sampled_from(["birmingham-al",
                                                                                       "jefferson-county-al"]),
                                                        "text": st.sampled_from(["up 5%", "x"])})),
    "comparison": st.one_of(st.fixed_dictionaries({"relation": st.sampled_from(["higher", "lower"]),
                                                   "than": st.sampled_from(["2018", "last year"])},
                                                  optional={"text": TEXT}),
                            st.fixed_dictionaries({"relation": st.sampled_from(["rise-streak", "first-fall"]),
                                                   "years": st.integers(1, 50)}),
                            st.fixed_dictionaries({"relation": st.just("record-high")},
                                                  optional={"window": st.sampled_from(["ever", "2010/2019"])}),
                            st.fixed_dictionaries({"relation": st.just("last-below"), "than": st.just("2015"),
                                                   "threshold": st.sampled_from(["100", "about 90", 12])})),
    "share": st.fixed_dictionaries({"fraction": st.sampled_from(["half", "40%", "0.4", 0.25]),
                                    "of": st.sampled_from(["c0", "c9"])}, optional={"text": TEXT}),
    "readings": st.just([]), "speaker": TEXT, "note": TEXT, "supersedes": TEXT, "projection": st.booleans(),
    "attribution": st.sampled_from(["reporter", "direct-quote", "headline", "paraphrase", "document"]),
    "quote": st.one_of(TEXT, st.fixed_dictionaries({"text": TEXT})),
}
WRONG = {name: st.one_of(ANY, st.sampled_from(["homicide", "atlantis", "the 12th of never", "12 bananas",
                                               "sideways", "rumour", "-3"]),
                         st.fixed_dictionaries({"relation": st.sampled_from(["higher", "tie", "sideways"])},
                                               optional={"years": st.integers(0, 60), "than": TEXT,
                                                         "threshold": TEXT, "window": TEXT}),
                         st.fixed_dictionaries({"phrase": st.sampled_from(["up 5%", "sideways"])},
                                               optional={"base": ANY, "base_place": TEXT, "extra": TEXT}))
         for name in RIGHT}
REQUIRED = ("id", "source", "metric", "place", "period", "quote")
STATEMENTS = ("value", "change", "comparison", "share")
OPTIONAL = ("readings", "speaker", "note", "supersedes", "projection", "attribution")


@st.composite
def records(draw, mistakes=True):
    """A claim record: the required fields most often there, one statement most often, a few
    other fields, in any order; each field most often right, sometimes wrong (of another
    type, unknown to the pack, refused by its model), sometimes missing or unknown."""
    names = [n for n in REQUIRED if not mistakes or draw(st.integers(0, 49))]
    names += draw(st.lists(st.sampled_from(STATEMENTS), min_size=1, max_size=2, unique=True)
                  if draw(st.integers(0, 9)) else st.just([]))[:1 if draw(st.integers(0, 9)) else 2]
    names += draw(st.lists(st.sampled_from(OPTIONAL), max_size=3, unique=True))
    if mistakes and not draw(st.integers(0, 19)):
        names.append("valeu")
    record = {}
    for name in draw(st.permutations(names)):
        wrong = name == "valeu" or (mistakes and not draw(st.integers(0, 24)))
        record[name] = draw(TEXT if name == "valeu" else WRONG[name] if wrong else RIGHT[name])
    if "value" in record and draw(st.integers(0, 9)) == 0:
        record["value"] = None
    return record


def _declines_or_gives_what_pydantic_gives(record):
    builder = _builder()
    validated = _pydantic(dict(record))
    built = builder.build(dict(record))
    if built is None:
        return
    assert validated is not None, "built a claim pydantic refuses"
    _same(built, validated)
    again = builder.build(dict(record))   # the second time from the builder's memo
    _same(again, validated)


@given(st.one_of(records(), records(mistakes=False)))
@settings(max_examples=10, deadline=None)
def test_the_builder_declines_or_gives_what_pydantic_gives(record):
    _declines_or_gives_what_pydantic_gives(record)


@pytest.mark.slow
@given(st.one_of(records(), records(mistakes=False)))
@settings(max_examples=2000, deadline=None)
def test_the_builder_declines_or_gives_what_pydantic_gives_at_length(record):
    _declines_or_gives_what_pydantic_gives(record)


@pytest.mark.parametrize("record", [
    PLAIN, {**PLAIN, "period": 2019}, {**PLAIN, "value": 12}, {**PLAIN, "value": None, "change": "up 5.1%"},
    {**PLAIN, "value": None, "change": {"phrase": "up 5%", "base": "2018", "base_place": "jefferson-county-al"}},
    {**PLAIN, "value": None, "comparison": {"relation": "higher", "than": "2018"}},
    {**PLAIN, "value": None, "share": {"fraction": "half", "of": "c0"}},
    {**PLAIN, "speaker": "the chief", "attribution": "direct-quote", "note": "n", "supersedes": "c0",
     "projection": True, "metric": "Guns recovered", "place": "jefferson-county-al"},
], ids=["plain", "year as number", "figure as number", "change", "change with base", "comparison", "share",
        "every field"])
def test_plain_claims_are_built_not_declined(record):
    built = _builder().build(dict(record))
    assert built is not None
    _same(built, _pydantic(dict(record)))


@pytest.mark.parametrize("change", [
    {"phrase": "up 5%", "base": "2018"}, {"phrase": "up 5%", "base": 2018}, {"phrase": "up 5%", "base": None},
    {"phrase": "12 more", "base": "last year", "base_place": "jefferson-county-al", "text": "12 more than"},
    {"phrase": "12 more", "text": None}, {"phrase": "down 3 points", "base_place": None},
    {"phrase": "up 5%", "base": True}, {"phrase": "up 5%", "base": ["2018"]}, {"phrase": "up 5%", "base_place": "atlantis"},
    {"phrase": "up 5%", "base_place": 7}, {"phrase": "up 5%", "text": 7}, {"phrase": "up 5%", "base": "2018", "by": "6"},
])
def test_a_change_read_before_is_built_as_pydantic_builds_it(change):
    """A change whose phrase was read before (only its base differs) is built directly; what
    pydantic refuses is declined."""
    builder = _builder()
    builder.vocabulary.change_phrase(change["phrase"])   # the phrase read once, as by an earlier claim
    record = {**PLAIN, "value": None, "change": change}
    direct = builder._change(change)
    validated = _pydantic(dict(record))
    if validated is None:
        assert builder.build(dict(record)) is None
        return
    assert (direct is not None) == (change.keys() <= {"phrase", "base", "base_place", "text"})   # else pydantic's
    _same(builder.build(dict(record)), validated)


# sources: the builder makes a plain source (its fields of their types, published on one day
# written as a date) as pydantic makes it, and declines the rest

SOURCE_RIGHT = {
    "id": TEXT, "title": TEXT, "publisher": TEXT, "kind": st.sampled_from(["news", "official-statement", "dataset"]),
    "url": st.one_of(st.none(), TEXT), "published": st.sampled_from(["2021-09-15", " 2021-09-15 ", "20210915",
                                                                    "2021-W37-3", "2021-02-29", "9/15/2021",
                                                                    "3/4/2021", "yesterday", "2021-9-15"]),
    "authority": st.one_of(st.none(), TEXT), "outlet": st.one_of(st.none(), TEXT),
    "published_note": st.one_of(st.none(), TEXT), "text": st.one_of(st.none(), TEXT),
    "text_path": st.one_of(st.none(), TEXT),
}
SOURCE_WRONG = st.one_of(ANY, st.sampled_from(["rumour", "News"]),
                         st.fixed_dictionaries({"earliest": st.sampled_from(["2021-01-01", "x"]),
                                                "latest": st.sampled_from(["2021-02-01", "2020-01-01"])}))


@st.composite
def source_records(draw):
    names = [n for n in SOURCE_RIGHT if n in ("id", "title", "publisher", "published") or draw(st.booleans())]
    names = [n for n in names if draw(st.integers(0, 29))]   # a required field missing, now and then
    if not draw(st.integers(0, 19)):
        names.append("titel")
    record = {}
    for name in draw(st.permutations(names)):
        wrong = name == "titel" or not draw(st.integers(0, 14))
        record[name] = draw(TEXT if name == "titel" else SOURCE_WRONG if wrong else SOURCE_RIGHT[name])
    return record


def _source_declined_or_as_pydantic(record):
    from auditor.models import Source
    built = _builder().build_source(dict(record))
    try:
        validated = Source.__pydantic_validator__.validate_python(dict(record), context=corpus._contexts(PACK)[1])
    except ValidationError:
        validated = None
    if built is None:
        return False
    assert validated is not None, "built a source pydantic refuses"
    assert type(built) is type(validated) is Source
    assert list(built.__dict__) == list(validated.__dict__)
    assert built.__dict__ == validated.__dict__ and built == validated
    assert built.model_fields_set == validated.model_fields_set
    assert built.published.model_fields_set == validated.published.model_fields_set
    assert list(built.published.__dict__) == list(validated.published.__dict__)
    assert (built.__pydantic_extra__, built.__pydantic_private__) == (None, None) == (
        validated.__pydantic_extra__, validated.__pydantic_private__)
    assert built.model_dump_json() == validated.model_dump_json()
    return True


@given(source_records())
@settings(max_examples=50, deadline=None)
def test_the_builder_declines_a_source_or_gives_what_pydantic_gives(record):
    _source_declined_or_as_pydantic(record)


@pytest.mark.slow
@given(source_records())
@settings(max_examples=200, deadline=None)
def test_the_builder_declines_a_source_or_gives_what_pydantic_gives_at_length(record):
    _source_declined_or_as_pydantic(record)


@pytest.mark.parametrize("record", [
    {"id": "s", "title": "T", "publisher": "P", "published": "2021-09-15"},
    {"published": "2021-09-15", "kind": "dataset", "url": None, "publisher": "P", "title": "T", "id": "s",
     "authority": "police", "outlet": "O", "published_note": "n", "text": "t", "text_path": None},
])
def test_plain_sources_are_built_not_declined(record):
    assert _source_declined_or_as_pydantic(record)
