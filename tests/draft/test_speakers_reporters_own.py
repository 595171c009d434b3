"""Figures that are the reporter's own."""

from datetime import date

import pytest

import auditor.draft

from draft_helpers import pack  # noqa: F401  (a fixture)


def _voices(text, pack):
    d = auditor.draft.draft(text, date(2024, 2, 1), pack=pack)
    return {text[x.anchor[0]:x.anchor[1]]: (x.record.get("speaker"), x.record.get("attribution")) for x in d.drafted}


@pytest.mark.parametrize("sentence", [
    # 5. what a chief foresaw, stated by the reporter
    "Dallas homicides rose 5% in 2023, as Chief Eddie Garcia had predicted.",
    "Dallas homicides rose 5% in 2023, more than Chief Eddie Garcia projected.",
    # 6. a count that grew is no report
    "The Dallas Police Department had added 150 officers by the end of 2023.",
])
def test_the_reporters_own_figures(pack, sentence):
    got = _voices(sentence, pack)
    assert got and all(v == (None, "reporter") for v in got.values()), got
