"""Checking an unpublished story against the claims on file.

The story is drafted (published today unless a date is given), its complete claims are
audited together with the corpus, and only the findings that involve the story's claims
are kept, each with the line:column spans of the story's words it rests on, so that an
editor or a CMS can underline them.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

from auditor.draft.drafting import Draft, draft, line_column
from auditor.models.findings import Finding, Report

STORY_ID = "story"


@dataclass(frozen=True)
class StorySpan:
    """Where a story's claim is: character offsets (end exclusive) and 1-based line:column of both ends."""

    claim: str
    start: int
    end: int
    line: int
    column: int
    end_line: int
    end_column: int
    text: str


@dataclass(frozen=True)
class StoryFinding:
    finding: Finding
    spans: tuple[StorySpan, ...]


@dataclass(frozen=True)
class StoryCheck:
    """The story's draft, the whole audit, and the findings that involve the story."""

    draft: Draft
    report: Report
    findings: tuple[StoryFinding, ...]

    def as_json(self) -> dict:
        return {
            "story": {"published": self.draft.source.published.label(),
                      "claims": [c.id for c in self.draft.claims],
                      "not_checked": [{"claim": d.record.get("id"), "notes": list(d.notes)}
                                      for d in self.draft.drafted if not d.complete]},
            "findings": [{**f.finding.model_dump(mode="json"),
                          "spans": [s.__dict__ for s in f.spans]} for f in self.findings],
        }


def check_story(story_text: str, corpus, published: date | str | None = None, pack=None) -> StoryCheck:
    """Draft `story_text` and audit it with `corpus` (a Corpus, or claim paths to load).

    Raises auditor.InputError when the corpus is bad. Never prints.
    """
    from auditor.engine.audit import audit_corpus
    from auditor.loading.corpus import Corpus, load_claims

    if not isinstance(corpus, Corpus):
        paths = [corpus] if isinstance(corpus, (str, Path)) else list(corpus)
        corpus = load_claims(paths, pack=pack)
    pack = corpus.pack
    published = published or date.today()
    story = draft(story_text, published=published, pack=pack, title="(story being checked)",
                  publisher="this newsroom", source_id=_unique(STORY_ID, corpus))
    merged = Corpus(sources={**corpus.sources, story.source.id: story.source},
                    claims=tuple(corpus.claims) + story.claims, pack=pack, files=corpus.files,
                    positions=dict(corpus.positions))
    report = audit_corpus(merged)
    ours = {d.record["id"]: d for d in story.drafted if d.complete}
    kept = []
    for finding in report.findings:
        involved = [c for c in finding.claims if c in ours]
        if not involved:
            continue
        spans = tuple(_span(story.text, claim_id, ours[claim_id]) for claim_id in involved)
        kept.append(StoryFinding(finding, spans))
    return StoryCheck(draft=story, report=report, findings=tuple(kept))


def _unique(name: str, corpus) -> str:
    n, candidate = 1, name
    while candidate in corpus.sources:
        n += 1
        candidate = f"{name}-{n}"
    return candidate


def _span(text: str, claim_id: str, drafted) -> StorySpan:
    start, end = drafted.quote
    line, column = line_column(text, start)
    end_line, end_column = line_column(text, end)
    return StorySpan(claim_id, start, end, line, column, end_line, end_column, text[start:end])
