"""List the change claims two candidate verdict rules would touch, with the documented verdicts
that name them, so that a rule is counted across every corpus before it is written.

    python -m benchmarks.count_change_candidates cut benchmarks/corpora/*/
    python -m benchmarks.count_change_candidates implied-base benchmarks/corpora/*/
    python -m benchmarks.count_change_candidates misses benchmarks/corpora/*/

`cut`: a percentage change whose exact figures (its own article's when it gives both, else any
source's) give it only by cutting the true change at the stated precision, not by rounding it
("22 percent" for 83 -> 64, -22.9%; "14.5%" for 1,964 -> 2,250, +14.56%). Each row gives the
true change, how far past the stated figure it lies in units of its last digit, whether a word
hedges it, and the verdicts naming the claim.

`implied-base`: a change (percentage or difference) whose counter gives, in the same article,
the figure it is measured to, and so implies a base figure that the same counter's earlier
figure for the base period cannot be, within the revision rule's limits (`max_change`,
`max_fall`), an earlier figure the audit does not already find revised: the shape "a change stated by the counter itself whose base figure that counter
later revised" (Kentucky's 2023 report, "1,984 ... down 9.8% from the prior year", against the
2022 report's 2,135). Each row gives the days between the two, the attribution of each, and the
verdicts naming either claim. The audit reads such a change as a revision only when two
statements of one article agree on the base (revisions._implied_revisions).

`misses`: every percentage change with exact figures for both its quantities (its own
article's when it gives both, else any source's) that the audit's default reading does not take
in: the stated figure, its qualifier, the true change of the pair that fits best, how far the
true change lies past the stated figure in units of its last digit (+: the stated figure is
below the true change, as a cut one is; -: above it, as one rounded up is), whether the generous
reading takes it in, and the verdicts naming the claim. The counts of vd44a (docs/verdicts.md):
which documented verdicts a wider reading of cut, rounded-up or "nearly" percentages would touch.

Read the first scenario of undated sources only (a count, not a score).
"""

from __future__ import annotations

import argparse
import sys
from decimal import ROUND_FLOOR, ROUND_HALF_UP, Decimal
from fractions import Fraction
from pathlib import Path

from benchmarks.eval_corpus import claim_files, desk_pack, expected



def verdicts_naming(want: dict, cid: str) -> list[str]:
    """'kind:id' (with '(culprit)' when the claim is its culprit) of every documented verdict
    naming the claim."""
    out = []
    for kind, items in want.items():
        for v in items if isinstance(items, list) else ():
            if isinstance(v, dict) and cid in {*(v.get("claims") or ()), v.get("old"), v.get("new")}:
                out.append(f"{kind}:{v.get('id')}" + (" (culprit)" if v.get("culprit") == cid else ""))
    return out


def _compiled(folder: Path):
    import auditor
    from auditor.engine.audit import _outlets
    from auditor.engine.compile import compile_claims
    from auditor.engine.scenarios import resolve_scenario, scenarios
    from auditor.engine.suspects import assign_costs

    pack = auditor.load_pack(desk_pack(folder))
    corpus = auditor.load_claims([str(p) for p in claim_files(folder)], pack=pack)
    scenario = scenarios(corpus)[0]
    compiled = compile_claims(resolve_scenario(corpus, scenario), corpus.pack, outlets=_outlets(corpus))
    assign_costs(compiled, corpus)
    return corpus, scenario, compiled


def _exact_figures(compiled) -> dict:
    """Quantity -> [(claim id, source, figure)] of the plain exact figures (one reading, a closed point)."""
    exact: dict = {}
    for c in compiled:
        s = c.readings[0].subject["default"] if c.statement_kind == "value" and len(c.readings) == 1 else None
        if c.stated is not None and s is not None and s.interval is not None and s.interval.lo is not None \
                and s.interval.lo == s.interval.hi:
            exact.setdefault(c.stated, []).append((c.claim_id, c.source, s.interval.lo))
    return exact


def _percent_changes(corpus, compiled):
    """Each change claim stated as one exact percent with one reading, a ratio of the two levels:
    (compiled claim, claim, its change)."""
    for c in compiled:
        claim = corpus.claim(c.claim_id)
        change = getattr(claim, "change", None)
        if c.statement_kind == "change" and change is not None and change.measure == "percent" and len(c.readings) == 1:
            s = c.readings[0].subject["default"]
            if s is not None and s.kind == "ratio" and change.by.high is None:
                yield c, claim, change


def cut_changes(folder: Path) -> list[str]:
    corpus, _, compiled = _compiled(folder)
    want = expected(folder)
    exact = _exact_figures(compiled)
    rows = []
    for c, claim, change in _percent_changes(corpus, compiled):
        s = c.readings[0].subject["default"]
        stated = Decimal(change.by.low)
        if stated <= 0:
            continue
        nums, dens = exact.get(s.numerator, []), exact.get(s.denominator, [])
        own_n = [x for x in nums if x[1] == claim.source]
        own_d = [x for x in dens if x[1] == claim.source]
        pairs = [(n, d) for n in (own_n or nums) for d in (own_d or dens) if d[2]]
        unit = Decimal(1).scaleb(stated.as_tuple().exponent)
        cut, rounded = [], False
        for n, d in pairs:
            ratio = Fraction(n[2]) / Fraction(d[2])
            true = abs(ratio - 1) * 100
            true = Decimal(true.numerator) / Decimal(true.denominator)
            if true.quantize(unit, rounding=ROUND_HALF_UP) == stated or s.interval.contains(ratio):
                rounded = True   # rounds to it, or the audit's default reading takes it in ("30%" of a round figure)
            elif (true / unit).to_integral_value(rounding=ROUND_FLOOR) * unit == stated:
                cut.append((n, d, true))
        if rounded or not cut:
            continue   # some pair of its figures gives it by rounding, or none by cutting
        n, d, true = cut[0]
        words = change.text or change.by.text or change.by.low
        rows.append("\t".join([folder.name, c.claim_id, repr(words), f"{n[2]}/{d[2]}", f"{true:.3f}",
                               f"{(true - stated) / unit:.2f}u", "plain" if change.by.qualifier == "exact" else change.by.qualifier,
                               "one decimal" if unit < 1 else "whole",
                               "; ".join(verdicts_naming(want, c.claim_id)) or "-"]))
    return rows


def implied_bases(folder: Path) -> list[str]:
    from auditor.engine import revisions as R

    corpus, scenario, compiled = _compiled(folder)
    want = expected(folder)
    ledger = R.ledger_of(compiled, corpus, scenario.publication)
    figures, body, when = ledger.figures, ledger.counted, ledger.when
    rise, fall = R.max_change(corpus.pack), R.max_fall(corpus.pack)
    found = R.find_revisions(compiled, corpus, scenario.publication, ledger)
    revised = {r.old for r in found} | {e for r in found for e in r.echoes}
    in_source: dict = {}
    of_quantity: dict = {}
    for cid, (q, _) in figures.items():
        in_source.setdefault((corpus.claim(cid).source, q), []).append(cid)
        of_quantity.setdefault(q, []).append(cid)
    rows, seen = [], set()
    for c, subject, q, o in R._two_figure_changes(compiled):
        claim = corpus.claim(c.claim_id)
        who = body(c.claim_id)
        given = {figures[cid][1] for cid in in_source.get((claim.source, o), ()) if body(cid) == who}
        metric = corpus.pack.metrics.get(q.metric)
        if len(given) != 1 or metric is None:
            continue
        allowed = R._implied_figure(subject, q, next(iter(given)), metric.integer)
        generous = c.readings[0].subject["generous"]
        allowed_generous = None if generous is None else \
            R._implied_figure(generous, q, next(iter(given)), metric.integer)
        if allowed is None:
            continue
        for cid in sorted(of_quantity.get(q, ())):
            iv = figures[cid][1]
            if body(cid) != who or cid in revised or not when(cid).latest < when(c.claim_id).earliest \
                    or iv.intersect(allowed) is not None or (c.claim_id, cid) in seen:
                continue
            down = iv.lo is not None and allowed.hi is not None and allowed.hi < iv.lo
            if R._relative_gap(iv, allowed) > (fall if down else rise):
                continue
            seen.add((c.claim_id, cid))
            old = corpus.claim(cid)
            rows.append("\t".join([
                folder.name, c.claim_id, cid, str(who), f"{float(iv.lo)}->{float(allowed.lo)}..{float(allowed.hi)}",
                "generous reconciles" if allowed_generous is not None and iv.intersect(allowed_generous) is not None
                else "generous does not", f"{(when(c.claim_id).earliest - when(cid).latest).days} days",
                f"{claim.attribution}/{old.attribution}",
                "; ".join(verdicts_naming(want, c.claim_id) + verdicts_naming(want, cid)) or "-"]))
    return rows


def percent_misses(folder: Path) -> list[str]:
    corpus, _, compiled = _compiled(folder)
    want = expected(folder)
    exact = _exact_figures(compiled)
    rows = []
    for c, claim, change in _percent_changes(corpus, compiled):
        s, g = c.readings[0].subject["default"], c.readings[0].subject["generous"]
        stated = Decimal(change.by.low)
        nums, dens = exact.get(s.numerator, []), exact.get(s.denominator, [])
        own_n = [x for x in nums if x[1] == claim.source]
        own_d = [x for x in dens if x[1] == claim.source]
        pairs = [(n, d) for n in (own_n or nums) for d in (own_d or dens) if d[2]]
        if not pairs:
            continue
        exponent = stated.as_tuple().exponent
        unit = Decimal(1).scaleb(exponent) if isinstance(exponent, int) and exponent < 0 else Decimal(1)

        def fit(pair):   # 0: the default reading takes it in, 1: only the generous one, 2: neither
            ratio = Fraction(pair[0][2]) / Fraction(pair[1][2])
            return 0 if s.interval.contains(ratio) else \
                1 if g is not None and g.interval is not None and g.interval.contains(ratio) else 2
        best = min(pairs, key=fit)
        rank = fit(best)
        if rank == 0:
            continue
        n, d = best
        ratio = Fraction(n[2]) / Fraction(d[2])
        true = abs(ratio - 1) * 100
        true = Decimal(true.numerator) / Decimal(true.denominator)
        words = change.text or change.by.text or change.by.low
        rows.append("\t".join([folder.name, c.claim_id, repr(words), f"{n[2]}/{d[2]}",
                               f"{'+' if ratio >= 1 else '-'}{true:.3f}", f"{(true - stated) / unit:+.2f}u",
                               change.by.qualifier, "own" if own_n and own_d else "other",
                               "generous reconciles" if rank == 1 else "hard",
                               "; ".join(verdicts_naming(want, c.claim_id)) or "-"]))
    return rows


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("candidate", choices=("cut", "implied-base", "misses"))
    parser.add_argument("folders", nargs="+", type=Path)
    args = parser.parse_args(argv)
    count = {"cut": cut_changes, "implied-base": implied_bases, "misses": percent_misses}[args.candidate]
    for folder in args.folders:
        if (folder / "BLIND").exists():   # held out for a single scoring (docs/developing.md)
            print(f"passed over, blind: {folder.name}", file=sys.stderr)
        elif (folder / "expected.yaml").exists():
            for row in count(folder):
                print(row, flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
