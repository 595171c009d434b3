"""What the drafting tests share: the evaluation articles' desk pack, and each drafted figure's
record by the words it was read from."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

import auditor
from auditor.models import DateRange
from auditor.pack import load_pack

ARTICLES_PACK = Path(__file__).parents[1] / "benchmarks" / "corpora" / "articles" / "pack"


@pytest.fixture(scope="module")
def pack():
    """The articles' desk pack (metrics and places the built-in rules lack)."""
    return auditor.load_pack(ARTICLES_PACK)


def desk_pack(folder: Path, **tables: str):
    """A desk's pack written into `folder`, one file per table ("places", "metrics": their YAML
    text), extending the bundled rules."""
    for name, text in tables.items():
        (folder / f"{name}.yaml").write_text(text, encoding="utf-8")
    return auditor.load_pack(folder)


def metric_yaml(name: str, label: str, unit: str, aliases: list[str]) -> str:
    """One metric of a desk pack's metrics.yaml: a count adds up over time and places, any other unit does not."""
    additive = "true" if unit == "count" else "false"
    return (f"  {name}:\n    label: {label}\n    definition: {label}\n    unit: {unit}\n    aliases: {aliases}\n"
            f"    integer: {additive}\n    non_negative: true\n    additive_over_time: {additive}\n"
            f"    additive_over_places: {additive}\n")


def stated(text: str, d) -> list[tuple[str, dict]]:
    """Each drafted claim's record with the text of the figure it was drafted from, in order."""
    return [(text[x.anchor[0]:x.anchor[1]], x.record) for x in d.drafted]


def by_anchor(text: str, d) -> dict[str, dict]:
    """Each drafted claim's record, keyed by the text of the figure it was drafted from (of two
    drafted from the same words, the later)."""
    return dict(stated(text, d))


def drafted_days(pack, text: str, figure: str, published: DateRange):
    """(first day, last day) of the period drafted for the (last) claim of `figure` in `text`, or None."""
    from auditor.draft import periods

    d = auditor.draft(text, published=published, pack=pack)
    got = [x for x in d.drafted if text[x.anchor[0]:x.anchor[1]] == figure]
    assert got, f"no claim drafted for {figure!r}"
    phrase = got[-1].record.get("period")
    days = periods.resolves(phrase, published, None) if phrase else None
    return (days.start, days.end) if days is not None else None


def published_on(day: date) -> DateRange:
    """A publication known to the day."""
    return DateRange(earliest=day, latest=day)


def drafted(text: str, **options) -> dict[str, dict]:
    """The claims drafted from `text` (auditor.draft with `options`), by the words of their figures."""
    return by_anchor(text, auditor.draft(text, **options))


def drafted_records(text: str, **options) -> list[dict]:
    """The records of the claims drafted from `text` (auditor.draft with `options`), in order."""
    return [x.record for x in auditor.draft(text, **options).drafted]


def quoted_voices(text: str, published) -> list[tuple[str, str, str | None]]:
    """(quote, attribution, speaker) of each figure drafted from `text` (no desk pack), in order."""
    return [(c.record["quote"]["text"], c.record["attribution"], c.record.get("speaker"))
            for c in auditor.draft(text, published).drafted]


def voice_of(text: str, figure: str, published) -> tuple[str, str | None]:
    """(attribution, speaker) of the first figure drafted from `text` whose quote holds `figure`."""
    return next((a, s) for q, a, s in quoted_voices(text, published) if figure in q)


def record_with(records: list[dict], key: str, value: str) -> dict:
    """The first record whose `key` holds `value` among its words ("value", "212")."""
    return next(r for r in records if key in r and value in str(r[key]))


# Shared by the drafting tests of several behaviours (tests/draft/).
PACK = load_pack("benchmarks/corpora/articles/pack")


_DAY = date(2024, 3, 1)


# an undated page on a financial year's figures, published after the year ended on 30 June 2014
_AFTER_2013_14 = DateRange(earliest=date(2014, 7, 1), latest=date(2014, 12, 31))


_POLICE = ("Recorded crime in New Zealand dropped by 3.2 per cent in the past year, according to police statistics.\n\n"
           "There were almost 12,000 fewer crimes recorded nationwide in the 2013/14 financial year than in the previous "
           "financial year.\n\n"
           "There were 2,091 robberies recorded this year, up from 1,990 last year.\n\n"
           "Nationally, 20,206 vehicles were reported stolen in the 12-month period.")


def period_days(record: dict, published: date, before=None):
    """A drafted record's period as (first day, last day), resolved against a publication day (None if
    it does not resolve)."""
    from auditor.draft import periods
    got = periods.resolves(record["period"], DateRange(earliest=published, latest=published), before)
    return (got.start, got.end) if got is not None else None


def drafted_span(pack, text: str, figure: str, published: date):
    """The (first day, last day) of the period drafted for `figure` in `text`."""
    return period_days(drafted(text, published=published, pack=pack)[figure], published)
