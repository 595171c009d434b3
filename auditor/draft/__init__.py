"""Drafting claim records from news articles, and checking a story against a corpus.

    import auditor.draft
    d = auditor.draft(text, published="2023-03-29")    # or auditor.draft.draft(...)
    d.claims, d.drafted[0].notes                       # validated claims; what to check
    result = auditor.draft.check(story, corpus)         # findings that involve the story

The package module is callable (`auditor.draft(...)` is `auditor.draft.draft(...)`), so the
package can hold small modules and still be the library's entry point. Heavy imports wait
for the first call. The library never prints.
"""

from __future__ import annotations

import sys
from types import ModuleType

__all__ = ["Draft", "DraftedClaim", "StoryCheck", "StoryFinding", "check", "claim_file", "draft"]


def draft(*args, **kwargs):
    """auditor.draft.drafting.draft: see there."""
    from auditor.draft.drafting import draft as _draft
    return _draft(*args, **kwargs)


def check(*args, **kwargs):
    """auditor.draft.story.check_story: see there."""
    from auditor.draft.story import check_story
    return check_story(*args, **kwargs)


def claim_file(*args, **kwargs):
    """auditor.draft.claimfile.claim_file: see there."""
    from auditor.draft.claimfile import claim_file as _claim_file
    return _claim_file(*args, **kwargs)


def __getattr__(name: str):
    if name in ("Draft", "DraftedClaim"):
        from auditor.draft import drafting
        return getattr(drafting, name)
    if name in ("StoryCheck", "StoryFinding"):
        from auditor.draft import story
        return getattr(story, name)
    raise AttributeError(f"module 'auditor.draft' has no attribute {name!r}")


class _CallableModule(ModuleType):
    def __call__(self, *args, **kwargs):
        return draft(*args, **kwargs)


sys.modules[__name__].__class__ = _CallableModule
