"""Assembling the Report: claim summaries (with candidate periods) and sorted findings."""

from __future__ import annotations

from auditor.models.findings import ClaimLocation, ClaimSummary, Finding, PeriodSummary, Report, SourceSummary


def statement_text(claim) -> str:
    parts = ["projected:"] if claim.projection else []
    for label, _, st in claim.statements():
        if st.value is not None:
            text = st.value.describe()
        elif st.change is not None:
            ch = st.change
            text = ch.text or f"{ch.direction} {ch.by.describe()}"
            if ch.base:
                text += f" ({_against(ch.base)})"
        elif st.comparison is not None:
            cmp = st.comparison
            if cmp.years is not None:
                text = f"{cmp.relation} over {cmp.years} years"
            elif cmp.threshold is not None:
                text = f"{cmp.relation} {cmp.threshold.describe()}: {cmp.than}"
            elif cmp.relation in ("about-same", "tie"):
                text = ("about the same as " if cmp.relation == "about-same" else "ties ") + str(cmp.than)
            else:
                text = cmp.relation + (f" than {cmp.than}" if cmp.than else "") + (
                    f" since {cmp.window}" if cmp.window else "") + (
                    f" ({cmp.named_window})" if cmp.named_window else "")
        else:
            text = f"{st.share.fraction.describe()} of {st.share.of}"
        parts.append(f"[{label}] {text}" if label else text)
    return " | ".join(parts)


_PREPOSITIONS = ("from ", "since ", "over ", "than ", "compared ", "against ", "versus ", "vs ")


def _against(base: str) -> str:
    """The base as read after a change: "vs 2022", but "from 2022" as written, not "vs from 2022"."""
    return base if base.lower().startswith(_PREPOSITIONS) else f"vs {base}"


def build_report(corpus, scenario_audits, findings: list[Finding], claims: list | None = None) -> Report:
    """The report; `claims`: claim_summaries(corpus, scenario_audits), when made already."""
    sources = []
    candidates_of: dict[str, list[str]] = {}
    for sa in scenario_audits:
        for sid, dr in sa.scenario.publication.items():
            if corpus.sources[sid].is_undated:
                lst = candidates_of.setdefault(sid, [])
                if dr.label() not in lst:
                    lst.append(dr.label())
    for sid, s in sorted(corpus.sources.items()):
        sources.append(SourceSummary(id=sid, title=s.title, publisher=s.publisher, kind=s.kind, url=s.url,
                                     published=s.published.label(),
                                     candidates=tuple(candidates_of[sid]) if sid in candidates_of else None))
    if claims is None:
        claims = claim_summaries(corpus, scenario_audits)
    labels = [sa.scenario.label for sa in scenario_audits]
    done = []
    for claim, summary in zip(corpus.claims, claims):
        if not isinstance(summary, ClaimSummary):   # a claim with readings: which can hold
            rows = []
            for r in claim.readings:
                where = [sa.scenario.label for sa in scenario_audits
                         if claim.id in sa.block_of and r.label in sa.block_of[claim.id].readings.get(claim.id, [])]
                rows.append({"label": r.label, "can_hold": bool(where),
                             "candidates": None if len(where) == len(labels) else where})
            summary = ClaimSummary(readings=tuple(rows), **summary)
        done.append(summary)
    return Report(sources=tuple(sources), claims=tuple(done),
                  findings=tuple(sorted(findings, key=lambda f: f.sort_key())))


def claim_summaries(corpus, scenario_audits) -> list:
    """Each claim's summary, in the corpus's order, with its period under every scenario.
    They need the scenarios' resolved claims only, not their decided blocks, so the audit
    makes them while the workers decide blocks; except for a claim with several readings,
    whose summary says which can hold: it is left as the summary's other fields, for
    build_report to finish."""
    claims = []
    positions = getattr(corpus, "positions", {})   # claim id -> (file, line, column), from the loader
    # claims of one period phrase and dates share one (frozen) period summary, and claims that
    # say the same thing one statement text: a million claims' summaries are most of what the
    # report holds
    shared: dict = {}
    for claim in corpus.claims:
        periods = []
        for sa in scenario_audits:
            rc = sa.resolved[claim.id]
            p = rc.statements[0].period
            periods.append((sa.scenario.publication[claim.source].label(), p))
        distinct = {p for _, p in periods}
        start = min(p.start for _, p in periods)
        end = max(p.final_end for _, p in periods)
        cands = None
        if len(distinct) > 1 or any(p.latest_end for p in distinct):
            seen = {}
            for label, p in periods:
                seen.setdefault(label, {"published": label, "start": p.start.isoformat(),
                                        "end": p.end.isoformat() if not p.latest_end else
                                        f"{p.end.isoformat()}..{p.latest_end.isoformat()}"})
            cands = tuple(seen.values())
        if cands is None:
            period = shared.get((claim.period, start, end))
            if period is None:
                period = shared[(claim.period, start, end)] = PeriodSummary(
                    phrase=claim.period, start=start.isoformat(), end=end.isoformat())
        else:
            period = PeriodSummary(phrase=claim.period, start=start.isoformat(), end=end.isoformat(), candidates=cands)
        statement = statement_text(claim)
        statement = shared.setdefault(statement, statement)
        fields = dict(
            id=claim.id, source=claim.source, metric=claim.metric, place=claim.place,
            period=period, statement=statement, speaker=claim.speaker,
            quote={"text": claim.quote.text, "start": claim.quote.start, "end": claim.quote.end},
            where=_location(positions.get(claim.id)))
        claims.append(fields if claim.readings else ClaimSummary(**fields))
    return claims


def _location(position: tuple[str, int, int] | None) -> ClaimLocation | None:
    if position is None:
        return None
    file, line, column = position
    return ClaimLocation(file=file, line=line, column=column)
