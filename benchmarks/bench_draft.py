"""Drafting claims from articles, against hand-encoded claims: accuracy per field and speed.

    python -m benchmarks.bench_draft [--claims FILE]... [--rules DIR] [--sources REGEX] [--runs 7] [--undated] [--json] [--why] [--summary]
    python -m benchmarks.bench_draft --claims benchmarks/corpora/articles/claims.yaml \
        --claims benchmarks/corpora/articles/heldout.yaml --claims benchmarks/corpora/articles/fresh.yaml \
        --claims benchmarks/corpora/articles/fresh2.yaml --claims benchmarks/corpora/articles/fresh3.yaml \
        --rules benchmarks/corpora/articles/pack

Drafts each source of one or more hand-encoded claim files (by default the three seed
articles and seeds/claims.yaml; `--rules` a desk pack, given to the loader and the drafter
alike) with `auditor.draft`, giving the draft the source's publication date
as `--published` would (the date reader is scored apart), and compares the draft with the
hand encoding claim by claim.

A hand claim is matched by a drafted claim whose figure (or, for a claim without one,
the words that state it) lies inside the hand claim's quote; every drafted claim counts,
complete or commented out. Where several could pair (two hand claims sharing one quote),
`--match best` (the default) takes the pairing with the most hand claims matched and then the
most fields right; `--match greedy` gives each hand claim, in file order, the first drafted
claim not yet taken (the scorer of the rounds before 2026-12-04's fourth session). Fields compared on each hand claim:

  metric, place, period start, period end   (periods resolved at the latest publication day,
                                            anaphora against the claim before in file order)
  kind                                      value / change / comparison / share (first reading)
  figures                                   value: low, high, qualifier; change: direction, low,
                                            high, measure; comparison: relation; share: fraction
  speaker, attribution                      exact, after joining whitespace
  quote span                                the drafted quote overlaps the hand quote by at least
                                            half of their union (exact spans are counted too)

Projections (`projection: true`: forecasts, targets, goals) are counted apart and left out of
the overall: of the matched hand projections, how many are drafted as projections, and how many
matched drafts are marked projections that the hand does not mark.

Accuracy is given per claim file (a tuning set and a held-out set are reported apart) and,
for several files, over all of them; over all hand claims (a missed claim gets every field wrong) and over the
matched ones. Invented: drafted complete claims that match no hand claim. Speed: articles of
about 800 words (paragraphs of the claim file's own texts, in turn) drafted per second on
one core, median of `--runs` runs, by the wall clock and per second of the process's CPU
time (steadier when other processes share the core); given a publication date, or with none
(`--undated`: the drafter reads one from the text or falls back to a range of years).

`--sources REGEX` scores only the sources whose id or text file name (`text_path`) the
regular expression finds (`re.search`), so that one file can be split into a half tuned on
and a half only measured (`--sources 'texts/i0[1-9]-'` and `--sources 'texts/i1[0-8]-'`); the
speed articles are still made from the whole first file.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import statistics
import sys
import time
from pathlib import Path
from typing import Any

from benchmarks.bench_numbers import pin_to_one_core

FIELDS = ("metric", "place", "period_start", "period_end", "kind", "figures", "speaker", "attribution", "quote_span")


def _figures(statement) -> tuple | None:
    if statement is None:
        return None
    if statement.value is not None:
        v = statement.value
        return ("value", v.low, v.high, v.qualifier)
    if statement.change is not None:
        c = statement.change
        return ("change", c.direction, c.by.low, c.by.high, c.measure)
    if statement.comparison is not None:
        return ("comparison", statement.comparison.relation)
    if statement.share is not None:
        return ("share", statement.share.fraction.low)
    return None


def _statement_of(record: dict, pack):
    """The statement of a drafted record, read like a claim file's (a comparison without `than` too)."""
    from auditor.models.claims import Statement

    data = {k: record[k] for k in ("value", "change", "comparison", "share") if k in record}
    if "comparison" in data and "than" not in data["comparison"]:
        data["comparison"] = {**data["comparison"], "than": "last year"}
    if "share" in data and "of" not in data["share"]:
        data["share"] = {**data["share"], "of": "?"}
    try:
        return Statement.model_validate(data, context={"pack": pack})
    except Exception:
        return None


def _periods(items: list[tuple[str | None, Any]], published) -> list[tuple | None]:
    """Resolve period phrases in file order, each against the one before (as the loader does)."""
    from auditor.periods import resolve_period_phrase

    out, previous = [], None
    for phrase, _ in items:
        if phrase is None:
            out.append(None)
            continue
        try:
            period = resolve_period_phrase(phrase, published.latest, previous).period
        except Exception:
            out.append(None)
            continue
        out.append((period.start, period.end))
        previous = period
    return out


def _norm(text: str | None) -> str | None:
    return " ".join(text.replace("’", "'").split()) if text else None


def selected(source, pattern: str | None) -> bool:
    """Whether `--sources` keeps the source: its id or its text file name holds a match."""
    if pattern is None:
        return True
    return any(re.search(pattern, s) for s in (source.id, source.text_path or "") if s)


def compare(claims_path: Path, pack=None, sources: str | None = None, match: str = "best") -> dict:
    import auditor.draft
    from auditor import load_claims

    corpus = load_claims([claims_path], pack=pack)
    pack = corpus.pack
    right = {f: 0 for f in FIELDS}
    matched_right = {f: 0 for f in FIELDS}
    hand_total = matched = exact_quotes = 0
    projections = {"hand": 0, "drafted_as_projection": 0, "drafted_not_hand": 0}
    missed: list[str] = []
    invented: list[str] = []
    incomplete = 0
    wrong: list[str] = []
    why: list[str] = []
    for source in corpus.sources.values():
        if not selected(source, sources):
            continue
        hand = [c for c in corpus.claims if c.source == source.id]
        d = auditor.draft(source.text, published=source.published, pack=pack, title=source.title,
                          publisher=source.publisher, source_id=source.id)
        drafted = list(d.drafted)
        incomplete += sum(1 for x in drafted if not x.complete)
        # periods of the draft: complete claims in file order, incomplete ones against the last complete one
        draft_periods, previous = {}, None
        from auditor.periods import resolve_period_phrase
        for x in drafted:
            phrase = x.record.get("period")
            try:
                period = resolve_period_phrase(phrase, source.published.latest, previous).period if phrase else None
            except Exception:
                period = None
            draft_periods[id(x)] = (period.start, period.end) if period else None
            if x.complete and period is not None:
                previous = period
        hand_periods = _periods([(c.statements()[0][1], c) for c in hand], source.published)
        candidates = []   # per hand claim: (drafted claim, fields right or wrong) of each draft inside its quote
        for claim, hand_period in zip(hand, hand_periods):
            q0, q1 = claim.quote.start, claim.quote.start + len(claim.quote.text)
            candidates.append([(x, _fields(claim, hand_period, x, draft_periods[id(x)], pack))
                               for x in drafted if q0 <= x.anchor[0] < q1])
        pairs = _pairs(candidates, match)
        used = {id(candidates[i][k][0]) for i, k in pairs.items()}
        for i, (claim, hand_period) in enumerate(zip(hand, hand_periods)):
            hand_total += 1
            q0, q1 = claim.quote.start, claim.quote.start + len(claim.quote.text)
            if i not in pairs:
                missed.append(f"{claim.id}: {claim.quote.text!r}")
                continue
            match_x, got = candidates[i][pairs[i]]
            matched += 1
            r = match_x.record
            period = draft_periods[id(match_x)]
            statement = claim.statements()[0][2]
            exact_quotes += match_x.quote == (q0, q1)
            drafted_projection = bool(r.get("projection"))
            projections["hand"] += claim.projection
            projections["drafted_as_projection"] += claim.projection and drafted_projection
            projections["drafted_not_hand"] += drafted_projection and not claim.projection
            wrong_fields = [f for f, ok in got.items() if not ok]
            if wrong_fields:
                hand_of = {"metric": claim.metric, "place": claim.place, "period_start": hand_period and hand_period[0],
                           "period_end": hand_period and hand_period[1], "kind": statement.kind,
                           "figures": _figures(statement), "speaker": claim.speaker,
                           "attribution": claim.attribution, "quote_span": claim.quote.text}
                draft_of = {"metric": r.get("metric"), "place": r.get("place"), "period_start": period and period[0],
                            "period_end": period and period[1],
                            "kind": next((k for k in ("value", "change", "comparison", "share") if k in r), None),
                            "figures": _figures(_statement_of(r, pack)), "speaker": r.get("speaker"),
                            "attribution": r.get("attribution"), "quote_span": r["quote"]["text"]}
                why.append(f"{claim.id}: " + "; ".join(f"{f} hand {hand_of[f]!s} / draft {draft_of[f]!s}"
                                                         for f in wrong_fields))
                wrong.append(f"{claim.id}: {', '.join(wrong_fields)}")
            for f, ok in got.items():
                right[f] += ok
                matched_right[f] += ok
        for x in drafted:
            if x.complete and id(x) not in used:
                invented.append(f"{x.record['id']}: {x.record['quote']['text']!r}")
    return {
        "hand_claims": hand_total, "matched": matched, "missed": missed, "wrong": wrong, "invented": invented,
        "why": why,
        "drafted_incomplete": incomplete, "exact_quote_spans": exact_quotes, "projections": projections,
        "accuracy_all": {f: right[f] / max(hand_total, 1) for f in FIELDS},
        "accuracy_matched": {f: (matched_right[f] / matched if matched else 0.0) for f in FIELDS},
        "overall_all": sum(right.values()) / (max(hand_total, 1) * len(FIELDS)),
        "overall_matched": sum(matched_right.values()) / (max(matched, 1) * len(FIELDS)),
        "right": right, "matched_right": matched_right,
    }


def _fields(claim, hand_period, x, period, pack) -> dict:
    """Each field of a hand claim, right or wrong in the drafted claim `x`."""
    r = x.record
    statement = claim.statements()[0][2]
    q0, q1 = claim.quote.start, claim.quote.start + len(claim.quote.text)
    a0, a1 = x.quote
    overlap = max(0, min(a1, q1) - max(a0, q0)) / (max(a1, q1) - min(a0, q0))
    return {
        "metric": r.get("metric") == claim.metric,
        "place": r.get("place") == claim.place,
        "period_start": period is not None and hand_period is not None and period[0] == hand_period[0],
        "period_end": period is not None and hand_period is not None and period[1] == hand_period[1],
        "kind": next((k for k in ("value", "change", "comparison", "share") if k in r), None) == statement.kind,
        "figures": _figures(_statement_of(r, pack)) == _figures(statement),
        "speaker": _norm(r.get("speaker")) == _norm(claim.speaker),
        "attribution": r.get("attribution") == claim.attribution,
        "quote_span": overlap >= 0.5,
    }


def _pairs(candidates: list[list], match: str) -> dict[int, int]:
    """Which candidate each hand claim is matched with: {hand index: candidate index}.

    `greedy` (the first rounds' scorer): each hand claim in file order takes the first drafted
    claim inside its quote not yet taken. `best`: the assignment with the most hand claims
    matched and, among those, the most fields right (two hand claims sharing one quote, a
    value and a share of "192 calls or 18.96 per cent", are not paired crosswise)."""
    if match == "greedy":
        taken: set[int] = set()
        out = {}
        for i, options in enumerate(candidates):
            k = next((k for k, (x, _) in enumerate(options) if id(x) not in taken), None)
            if k is not None:
                taken.add(id(options[k][0]))
                out[i] = k
        return out
    drafts = {id(x): x for options in candidates for x, _ in options}
    columns = {key: n for n, key in enumerate(drafts)}
    big = len(FIELDS) * (len(candidates) + 1)   # one more match outweighs every field of the source
    weight = [[0] * len(columns) for _ in candidates]
    for i, options in enumerate(candidates):
        for x, got in options:
            weight[i][columns[id(x)]] = big + sum(got.values())
    assignment = _max_weight_assignment(weight)
    out = {}
    for i, column in assignment.items():
        if weight[i][column] > 0:
            out[i] = next(k for k, (x, _) in enumerate(candidates[i]) if columns[id(x)] == column)
    return out


def _max_weight_assignment(weight: list[list[int]]) -> dict[int, int]:
    """Rows to columns maximising the total weight (the Hungarian method on the square
    matrix, with zero weights for padding and pairs not allowed)."""
    n = max(len(weight), max((len(r) for r in weight), default=0))
    if n == 0:
        return {}
    top = max((w for r in weight for w in r), default=0)
    cost = [[top - (weight[i][j] if i < len(weight) and j < len(weight[i]) else 0) for j in range(n)]
            for i in range(n)]
    u, v, p, way = [0] * (n + 1), [0] * (n + 1), [0] * (n + 1), [0] * (n + 1)
    for i in range(1, n + 1):
        p[0], j0 = i, 0
        minv, used = [float("inf")] * (n + 1), [False] * (n + 1)
        while True:
            used[j0] = True
            i0, delta, j1 = p[j0], float("inf"), 0
            for j in range(1, n + 1):
                if not used[j]:
                    cur = cost[i0 - 1][j - 1] - u[i0] - v[j]
                    if cur < minv[j]:
                        minv[j], way[j] = cur, j0
                    if minv[j] < delta:
                        delta, j1 = minv[j], j
            for j in range(n + 1):
                if used[j]:
                    u[p[j]] += delta
                    v[j] -= delta
                else:
                    minv[j] -= delta
            j0 = j1
            if p[j0] == 0:
                break
        while j0:
            j1 = way[j0]
            p[j0] = p[j1]
            j0 = j1
    return {p[j] - 1: j - 1 for j in range(1, n + 1) if p[j] and p[j] - 1 < len(weight) and j - 1 < len(weight[p[j] - 1])}


def dates(claims_path: Path, pack=None, sources: str | None = None) -> dict:
    """Publication dates the draft reads from the texts alone, against the hand encoding."""
    import auditor.draft
    from auditor import load_claims

    corpus = load_claims([claims_path], pack=pack)
    out = {}
    for source in corpus.sources.values():
        if not selected(source, sources):
            continue
        d = auditor.draft(source.text, pack=corpus.pack)
        got = d.source.published
        want = source.published
        out[source.id] = {"hand": want.label(), "draft": got.label(),
                          "equal": got == want if want.is_exact else not got.is_exact}
    return out


def articles(claims_path: Path, words: int = 800, pack=None) -> list[str]:
    from auditor import load_claims
    corpus = load_claims([claims_path], pack=pack)
    paragraphs = [p for s in corpus.sources.values() for p in s.text.split("\n") if p.strip()]
    out, current, count, i = [], [], 0, 0
    while len(out) < 10:
        p = paragraphs[i % len(paragraphs)]
        current.append(p)
        count += len(p.split())
        i += 1
        if count >= words:
            out.append("\n\n".join(current))
            current, count = [], 0
    return out


def speed(claims_path: Path, runs: int, pack=None, undated: bool = False) -> dict:
    """Articles drafted per second, given a publication date (as `--published`), or with
    none (`undated`: the drafter reads one from the text or falls back to a range)."""
    import auditor.draft
    from datetime import date
    from auditor.pack import load_pack

    pack = pack or load_pack()
    texts = articles(claims_path, pack=pack)
    published = None if undated else date(2019, 3, 1)
    auditor.draft(texts[0], published=published, pack=pack)   # warm the caches
    rates, cpu_rates = [], []
    for _ in range(runs):
        start, cpu = time.perf_counter(), time.process_time()
        for t in texts:
            auditor.draft(t, published=published, pack=pack)
        rates.append(len(texts) / (time.perf_counter() - start))
        cpu_rates.append(len(texts) / (time.process_time() - cpu))
    return {"articles": len(texts), "words_mean": statistics.mean(len(t.split()) for t in texts),
            "articles_per_s_median": statistics.median(rates), "articles_per_s_best": max(rates),
            "articles_per_cpu_s_median": statistics.median(cpu_rates)}


def combined(results: list[dict]) -> dict:
    """The figures over several claim files together."""
    hand = sum(r["hand_claims"] for r in results)
    matched = sum(r["matched"] for r in results)
    right = {f: sum(r["right"][f] for r in results) for f in FIELDS}
    matched_right = {f: sum(r["matched_right"][f] for r in results) for f in FIELDS}
    return {"hand_claims": hand, "matched": matched,
            "missed": [m for r in results for m in r["missed"]], "invented": [m for r in results for m in r["invented"]],
            "wrong": [m for r in results for m in r["wrong"]],
            "drafted_incomplete": sum(r["drafted_incomplete"] for r in results),
            "exact_quote_spans": sum(r["exact_quote_spans"] for r in results),
            "projections": {k: sum(r["projections"][k] for r in results) for k in results[0]["projections"]},
            "accuracy_all": {f: right[f] / hand for f in FIELDS},
            "accuracy_matched": {f: (matched_right[f] / matched if matched else 0.0) for f in FIELDS},
            "overall_all": sum(right.values()) / (hand * len(FIELDS)),
            "overall_matched": sum(matched_right.values()) / (max(matched, 1) * len(FIELDS)),
            "right": right, "matched_right": matched_right}


def _print_fields(name: str, f: dict, details: bool, why: bool = False) -> None:
    print(f"{name}: {f['hand_claims']} hand claims, {f['matched']} matched, {len(f['missed'])} missed, "
          f"{len(f['invented'])} invented, {f['drafted_incomplete']} drafted commented out")
    print(f"{'field':<14}{'all claims':>12}{'matched':>10}")
    for field in FIELDS:
        print(f"{field:<14}{f['accuracy_all'][field]:>12.1%}{f['accuracy_matched'][field]:>10.1%}")
    print(f"{'overall':<14}{f['overall_all']:>12.1%}{f['overall_matched']:>10.1%}")
    print(f"exact quote spans: {f['exact_quote_spans']}/{f['matched']}")
    p = f["projections"]
    print(f"projections (not in overall): {p['drafted_as_projection']}/{p['hand']} of the matched hand projections "
          f"drafted as projections, {p['drafted_not_hand']} drafted projections the hand does not mark")
    if not details:
        return
    for m in (f["why"] if why else f["wrong"]):
        print(f"  wrong    {m}")
    for m in f["missed"]:
        print(f"  missed   {m}")
    for m in f["invented"]:
        print(f"  invented {m}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--claims", type=Path, action="append", default=None,
                        help="hand-encoded claim file (repeat for several sets; default: the seeds)")
    parser.add_argument("--rules", type=Path, default=None, help="a desk pack extending the bundled rules")
    parser.add_argument("--sources", default=None, metavar="REGEX",
                        help="score only the sources whose id or text file name this regular expression finds")
    parser.add_argument("--runs", type=int, default=7, help="speed runs (0: no speed measurement)")
    parser.add_argument("--match", choices=("best", "greedy"), default="best",
                        help="pairing of hand and drafted claims: best (most matched, then most fields right) "
                             "or greedy (each hand claim the first draft inside its quote: rounds before 2026-12-04's fourth session)")
    parser.add_argument("--undated", action="store_true",
                        help="time drafting with no publication date given (the drafter reads one or a range)")
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--why", action="store_true", help="print the hand and drafted value of each wrong field")
    parser.add_argument("--summary", action="store_true",
                        help="print each set's counts and field table only, not its claims (a validation set's view)")
    args = parser.parse_args(argv)
    from auditor.pack import load_pack
    pack = load_pack(args.rules) if args.rules else None
    if not args.claims:
        from auditor.seeds import seed_path
        args.claims = [seed_path()]
    pinned = pin_to_one_core()
    if args.sources is not None:
        re.compile(args.sources)
    sets = [{"claims": str(p), "fields": compare(p, pack, args.sources, args.match), "dates": dates(p, pack, args.sources)}
            for p in args.claims]
    sets = [s for s in sets if s["fields"]["hand_claims"]]
    if not sets:
        parser.error(f"--sources {args.sources!r} keeps no source of the claim files")
    result: dict[str, Any] = {"sets": sets}
    if len(sets) > 1:
        result["all"] = combined([s["fields"] for s in sets])
    if args.runs > 0:
        result["speed"] = {**speed(args.claims[0], args.runs, pack, args.undated), "cpu": pinned, "undated": args.undated}
    if args.json:
        hidden = ("right", "matched_right", "why") + (("wrong", "missed", "invented") if args.summary else ())
        for s in sets:
            for k in hidden:
                s["fields"].pop(k)
            if args.summary:
                s.pop("dates")
        if args.summary and "all" in result:
            for k in ("wrong", "missed", "invented"):
                result["all"].pop(k, None)
        print(json.dumps(result, indent=2, default=str))
        return 0
    for s in sets:
        _print_fields(s["claims"], s["fields"], details=not args.summary, why=args.why)
        if args.summary:
            continue
        for sid, d in s["dates"].items():
            print(f"  date {sid}: hand {d['hand']}, read {d['draft']}: {'ok' if d['equal'] else 'differs'}")
        print()
    if "all" in result:
        _print_fields("all sets together", result["all"], details=False)
    if "speed" in result:
        s = result["speed"]
        print(f"speed: {s['articles_per_s_median']:.1f} articles/s median (best {s['articles_per_s_best']:.1f}; "
              f"{s['articles_per_cpu_s_median']:.1f} per CPU second: the wall-clock figure suffers on a loaded machine), "
              f"{s['articles']} articles of {s['words_mean']:.0f} words, {s['cpu']}"
              + (", no publication date given" if s["undated"] else ""))
    return 0


if __name__ == "__main__":
    try:
        sys.exit(main())
    except BrokenPipeError:   # `| head`, `| awk '... {exit}'`: the reader has what it wanted (Python's
        # signal docs: point stdout at devnull so the interpreter's own flush at exit cannot fail again)
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        sys.exit(0)
