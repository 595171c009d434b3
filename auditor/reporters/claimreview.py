"""The ClaimReview reporter: schema.org ClaimReview JSON-LD for each claim the audit gives a verdict on.

Fact-checkers publish ClaimReview so that search engines and fact-check aggregators can show
the verdict beside the claim. A claim has a verdict when it is in a tension (each of its
suspects) or corroborated. Its rating (bestRating 5, worstRating 1) comes from the tension's
strength and whether the claim is the one most likely wrong:

| the claim                                   | ratingValue | alternateName |
|---------------------------------------------|-------------|---------------|
| most likely wrong in a hard tension         | 1           | Contradicted  |
| another claim of a hard tension             | 2           | Disputed      |
| most likely wrong in a soft tension         | 2           | Doubtful      |
| another claim of a soft tension             | 3           | Strained      |
| corroborated, and in no tension             | 5           | Corroborated  |

A hard tension holds under the most generous reading of every qualifier; a soft one only under
the default reading. A claim in several findings takes its lowest rating; `reviewBody` explains it
with the finding's own words. `url` is a fragment (`#FINDING-ID`, the finding's anchor in the HTML
report): it resolves against the page the JSON-LD is published in. `author` is the auditor;
`datePublished` is today's date (UTC), or the date of SOURCE_DATE_EPOCH when set, for reproducible output.
The claim's author is its speaker (a Person when the speaker reads "Name, Title", else an
Organization), or the source's publisher when the claim is in the reporter's own words.
"""

from __future__ import annotations

import json
import os
import re
from collections.abc import Mapping
from datetime import date, datetime, timezone
from typing import Any, NamedTuple

from auditor import reporters
from auditor.models.findings import ClaimSummary, Finding, Report, SourceSummary

AUDITOR = {"@type": "Organization", "name": "claims-auditor"}
BEST, WORST = 5, 1

# (strength, most likely wrong) -> (ratingValue, alternateName)
RATINGS: dict[tuple[str, bool], tuple[int, str]] = {
    ("hard", True): (1, "Contradicted"),
    ("hard", False): (2, "Disputed"),
    ("soft", True): (2, "Doubtful"),
    ("soft", False): (3, "Strained"),
}
CORROBORATED = (5, "Corroborated")

# Words that make "Name, Title" a person speaking in office (else the speaker is an organisation).
_TITLES = re.compile(r"\b(chief|mayor|officer|sergeant|major|captain|lieutenant|detective|director|commissioner|"
                     r"spokes(?:person|man|woman)|prosecutor|attorney|sheriff|president|manager|council\w*|governor|"
                     r"senator|representative|deputy|superintendent|secretary|chair\w*|commander|coordinator|"
                     r"executive|analyst|professor|researcher)\b", re.I)


class Verdict(NamedTuple):
    claim: str
    rating: int
    name: str
    finding: Finding
    body: str


def verdicts(report: Report) -> list[Verdict]:
    """Each claim with a verdict, at its lowest rating, the lowest ratings first."""
    best: dict[str, Verdict] = {}

    def give(v: Verdict) -> None:
        if v.claim not in best or v.rating < best[v.claim].rating:
            best[v.claim] = v

    for f in report.ranked_findings():
        if f.kind == "tension" and f.strength in ("hard", "soft") and f.suspects:
            lead = _first_sentence(f.message)
            for i, s in enumerate(f.suspects):
                rating, name = RATINGS[(f.strength, i == 0)]
                role = "It is the claim most likely wrong" if i == 0 else "It is one of them, not the most likely wrong"
                give(Verdict(s.claim, rating, name, f, f"{lead} {role}: {s.reason}."))
        elif f.kind == "corroboration":
            for c in f.claims:
                give(Verdict(c, *CORROBORATED, f, f.message))
    order = {c.id: i for i, c in enumerate(report.claims)}
    return sorted(best.values(), key=lambda v: (v.rating, order.get(v.claim, len(order)), v.claim))


def render(report: Report, rules: Mapping[str, reporters.RuleInfo], options: reporters.Options,
           today: date | None = None) -> str:
    """A JSON-LD array of ClaimReview objects, one per claim with a verdict."""
    published = (today or _today()).isoformat()
    claims = reporters.claim_index(report)
    sources = {s.id: s for s in report.sources}
    out = [review(v, claims[v.claim], sources.get(claims[v.claim].source), published)
           for v in verdicts(report) if v.claim in claims]
    # JSON-LD is pasted into a page's <script type="application/ld+json">: '<', '>' and '&' are
    # written as escapes (the same JSON values), so a claim's text cannot close the script
    text = json.dumps(out, indent=2, ensure_ascii=False)
    return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026") + "\n"


def review(v: Verdict, claim: ClaimSummary, source: SourceSummary | None, published: str) -> dict[str, Any]:
    """One ClaimReview: the claim's words, who said them where and when, the rating and why."""
    item: dict[str, Any] = {"@type": "Claim", "author": _author(claim, source)}
    if source is not None and _iso_date(source.published):
        item["datePublished"] = source.published
    if _iso_date(claim.period.start) and _iso_date(claim.period.end):
        item["temporalCoverage"] = f"{claim.period.start}/{claim.period.end}"
    if source is not None:
        appearance: dict[str, Any] = {"@type": "CreativeWork", "headline": source.title,
                                      "publisher": {"@type": "Organization", "name": source.publisher}}
        if _web(source.url):
            appearance["url"] = source.url
        if _iso_date(source.published):
            appearance["datePublished"] = source.published
        item["appearance"] = appearance
    return {
        "@context": "https://schema.org",
        "@type": "ClaimReview",
        "@id": f"#claimreview-{claim.id}",
        "url": f"#{v.finding.id}",
        "claimReviewed": claim.quote.get("text") or claim.statement,
        "itemReviewed": item,
        "author": dict(AUDITOR),
        "datePublished": published,
        "reviewRating": {"@type": "Rating", "ratingValue": v.rating, "bestRating": BEST, "worstRating": WORST,
                         "alternateName": v.name},
        "reviewBody": v.body,
        "identifier": f"{v.finding.id}/{claim.id}",
    }


def _author(claim: ClaimSummary, source: SourceSummary | None) -> dict[str, str]:
    if claim.speaker:
        name, _, title = claim.speaker.partition(", ")
        if title and _TITLES.search(title):
            return {"@type": "Person", "name": name, "jobTitle": title}
        return {"@type": "Organization", "name": claim.speaker}
    return {"@type": "Organization", "name": source.publisher if source else claim.source}


def _first_sentence(message: str) -> str:
    """Up to the first full stop that ends a sentence (not one inside a quote or a parenthesis)."""
    depth = 0
    for i, ch in enumerate(message):
        if ch in "(“":
            depth += 1
        elif ch in ")”":
            depth -= 1
        elif ch == "." and depth == 0 and (i + 1 == len(message) or message[i + 1] == " "):
            return message[:i + 1]
    return message


def _iso_date(text: str | None) -> bool:
    try:
        date.fromisoformat(text or "")
    except ValueError:
        return False
    return bool(re.fullmatch(r"\d{4}-\d{2}-\d{2}", text or ""))


def _web(url: str | None) -> bool:
    return bool(url) and url.lower().startswith(("https://", "http://"))


def _today() -> date:
    epoch = os.environ.get("SOURCE_DATE_EPOCH")
    if epoch and epoch.strip().isdigit():
        return datetime.fromtimestamp(int(epoch), tz=timezone.utc).date()
    return datetime.now(timezone.utc).date()
