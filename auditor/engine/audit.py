"""The audit: scenarios, blocks, checks, and findings merged across candidate dates."""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import NamedTuple

from auditor import collector
from auditor.checks import BLOCK_FREE_CHECKS, CROSS_SCENARIO_CHECKS, SCENARIO_CHECKS
from auditor.checks.tension import undetermined
from auditor.engine.analysis import (BlockResult, ImpliedRanges, Settled, Unanswered, analyse_block, implied_targets,
                                     settled)
from auditor.engine.compile import Atoms, CompiledClaim, build_atoms, compile_claims
from auditor.engine.scenarios import ResolvedClaim, Scenario, resolve_scenario, scenarios
from auditor.engine.relations import related_quantities, relation_axioms
from auditor.engine.completions import Completion, completed_counts
from auditor.engine.revisions import Revision, find_revisions, ledger_of
from auditor.engine.solver import QUESTION_RLIMIT, BlockSolver, Budget, consistent_blocks
from auditor.engine.suspects import BESIDE_DOUBTED, assign_costs, beside_doubted
from auditor.loading.corpus import Corpus, load_claims
from auditor.models.findings import Finding, Report
from auditor.pack import Pack, load_pack
from auditor.pack.plans import forecasts


@dataclass
class ScenarioAudit:
    """Everything the checks need about one scenario."""

    scenario: Scenario
    corpus: Corpus
    resolved: dict[str, ResolvedClaim]
    compiled: dict[str, CompiledClaim]
    blocks: list[BlockResult]
    atoms: Atoms
    block_of: dict[str, BlockResult] = field(default_factory=dict)
    revisions: list[Revision] = field(default_factory=list)
    completions: list[Completion] = field(default_factory=list)   # counts so far completed (none superseded)
    _by_source: dict | None = field(default=None, repr=False, compare=False)
    indexes: dict = field(default_factory=dict, repr=False, compare=False)   # the checks' look-ups, made once

    @property
    def pack(self) -> Pack:
        return self.corpus.pack

    def tensions(self):
        for b in self.blocks:
            yield from b.tensions

    def claims_by_source(self) -> dict[str, list[str]]:
        """The compiled claims' ids by source id (suspects.claims_by_source), made once."""
        if self._by_source is None:
            from auditor.engine.suspects import claims_by_source
            self._by_source = claims_by_source(self.compiled, self.corpus)
        return self._by_source

    def set_aside(self) -> set[str]:
        """The claims doubted in some tension (the audit went on without them)."""
        return {cid for b in self.blocks for cid in b.set_aside}


def _blocks(compiled: list[CompiledClaim], atoms: Atoms) -> list[tuple[list[CompiledClaim], list]]:
    """Independent blocks: claims that share no atom, directly or through axioms, never interact.

    Union-find over small integers (a node's number is the order it is first met in)."""
    number: dict = {}
    parent: list[int] = []

    def node(x) -> int:
        i = number.get(x)
        if i is None:
            i = number[x] = len(parent)
            parent.append(i)
        return i

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    def union(a: int, b: int) -> None:
        ra, rb = find(a), find(b)
        if ra != rb:
            parent[max(ra, rb)] = min(ra, rb)

    claim_node = []
    for c in compiled:
        i = node(("claim", c.claim_id))
        claim_node.append(i)
        for q in c.quantities:
            for atom, _ in atoms.expansion[q]:
                union(i, node(atom))
    for ax in atoms.axioms:
        vs = [node(v) for v in ax.variables()]
        for v in vs[1:]:
            union(vs[0], v)
    groups: dict[int, tuple[list, list]] = {}
    for c, i in zip(compiled, claim_node):
        groups.setdefault(find(i), ([], []))[0].append(c)
    for ax in atoms.axioms:
        root = find(number[next(iter(ax.variables()))])
        if root in groups:
            groups[root][1].append(ax)
    # in the order of each block's first claim id, whatever order the claims came in
    return sorted(groups.values(), key=lambda g: min(c.claim_id for c in g[0]))


class BlockShape(NamedTuple):
    """A block as its solver sees it, its periods left out (`block_shape`): two blocks have
    the same `text` when one is the other with its quantities and atoms renamed in a way
    that keeps the orders the engine sorts them by; `quantities` in the order of the text."""

    text: str
    quantities: tuple


def block_shape(claims: list[CompiledClaim], axioms: list, atoms: Atoms) -> BlockShape:
    """What deciding a block depends on, quantities and atoms written as their places in the
    orders the engine sorts them by (quantities by repr, atoms by `Atoms.rank`): an undated
    source's block under another candidate publication date ("this year" 2020, not 2019),
    with every constraint, cost and order otherwise the same, is decided the same way, and
    its figures are the same with the quantities renamed (`_renamed`). Everything the
    decision reads of a claim is in the text; only the dates are left out, and the engine
    reads the dates of a block's quantities and atoms only through those two orders. (As
    before periods were left out, claims are taken by id and axioms in the order of their
    text: their given orders follow from those.)"""
    found: set = set()
    for c in claims:
        found |= c.quantities
        found.update(q for q in (c.stated, c.own) if q is not None)
        for r in c.readings:
            for cons in r.constraints.values():
                for x in cons:
                    found.update(v for v, _ in x.terms)
            for s in r.subject.values():
                if s is not None:
                    found.update(v for v, _ in s.terms)
                    found.update(q for q in (s.numerator, s.denominator) if q is not None)
    quantities = sorted(found, key=repr)
    qn = {q: i for i, q in enumerate(quantities)}
    used: set = set()
    for q in quantities:
        used.update(a for a, _ in atoms.expansion.get(q, ()))
    for ax in axioms:
        used.update(ax.variables())
    atom_order = sorted(used, key=atoms.rank.__getitem__)
    an = {a: i for i, a in enumerate(atom_order)}

    def linear(x, names) -> str:
        return f"{[(names[v], k) for v, k in x.terms]!r}{x.op}{x.rhs!r}"

    def subject(s) -> str:
        if s is None:
            return "-"
        return (f"{s.kind} {[(qn[v], k) for v, k in s.terms]!r} {qn.get(s.numerator)} {qn.get(s.denominator)} "
                f"{s.interval!r} {s.unit}")

    parts = []
    for c in sorted(claims, key=lambda c: c.claim_id):
        parts.append(f"{c.claim_id} {c.cost!r} {c.statement_kind} {c.source} {qn.get(c.stated)} "
                     f"{qn.get(c.own)} {None if c.own is None else (c.own.metric, c.own.place)!r} "
                     f"{sorted(qn[q] for q in c.quantities)} {c.voice is not None and c.voice.strayed}")
        for r in c.readings:
            parts.append(f"  {r.label!r} {r.invalid!r} {r.record!r} {r.window_years!r}")
            for level in sorted(r.constraints):
                parts.append(f"  {level} " + "; ".join(linear(x, qn) for x in r.constraints[level]))
            for level in sorted(r.subject):
                parts.append(f"  {level} {subject(r.subject[level])}")
    for q in quantities:
        parts.append(f"q{qn[q]} {q.metric} {q.place} {q.latest_end is None} "
                     f"{[(an[a], k) for a, k in atoms.expansion[q]] if q in atoms.expansion else None!r}")
    for a in atom_order:
        parts.append(f"a{an[a]} {a[:3]!r} {atoms.integer.get(a)}")
    parts.extend(sorted(linear(ax, an) for ax in axioms))
    return BlockShape("\n".join(parts), tuple(quantities))


def _renamed(result: BlockResult, names: dict) -> BlockResult:
    """A block's result with its quantities renamed (`names`: old -> new); only the
    implied figures name quantities."""
    if not result.implied or all(k == v for k, v in names.items()):
        return result
    return replace(result, implied=[ImpliedRanges(e.readings, {names[q]: r for q, r in e.ranges.items()})
                                    for e in result.implied])


def _outlets(corpus) -> frozenset:
    """The names the corpus's outlets go by (their voices and publishers, lower case): a
    figure credited to one of them is another outlet's, not a counting body's."""
    return frozenset(n.strip().lower() for s in corpus.sources.values() for n in (s.voice, s.publisher) if n)


def audit_scenario(corpus: Corpus, scenario: Scenario, cache: dict[str, BlockResult] | None,
                   workers: int = 1, meanwhile: Callable[[ScenarioAudit], None] | None = None,
                   budget: Budget = Budget()) -> ScenarioAudit:
    """Resolve, compile and decide one scenario; blocks already decided (in `cache`, shared
    by the scenarios of undated sources) are not decided again. `meanwhile` is called with
    the scenario's audit, its blocks not yet decided, while worker processes decide them
    (work that needs no block, done in the time the main process would wait)."""
    resolved = resolve_scenario(corpus, scenario)
    compiled = compile_claims(resolved, corpus.pack, outlets=_outlets(corpus))
    assign_costs(compiled, corpus)
    ledger = ledger_of(compiled, corpus, scenario.publication)
    revisions = find_revisions(compiled, corpus, scenario.publication, ledger)
    superseded = {r.old for r in revisions} | {e for r in revisions for e in (*r.echoes, *r.derived)}
    completions = completed_counts(ledger, superseded)
    projections = forecasts(compiled, corpus, scenario.publication)
    # the newer figures only, and no projection: nothing has happened yet to check it against
    audited = [c for c in compiled if c.claim_id not in superseded and c.claim_id not in projections]
    quantities = set()
    for c in audited:
        quantities |= c.quantities
    if corpus.pack.relations:   # whole and parts of related metrics (rules/relations.yaml)
        quantities = related_quantities(quantities, corpus.pack)
    atoms = build_atoms(quantities, corpus.pack)
    if corpus.pack.relations:
        atoms.axioms.extend(ax for ax, _ in relation_axioms(quantities, atoms, corpus.pack))
    by_id = {c.claim_id: c for c in compiled}
    blocks = _blocks(audited, atoms)
    results: list[BlockResult | None] = [None] * len(blocks)
    todo = []
    for i, (claims, axioms) in enumerate(blocks):
        key = block_shape(claims, axioms, atoms) if cache is not None else None
        known = None if key is None else cache.get(key.text)
        if known is not None:
            result, quantities = known
            results[i] = _renamed(result, dict(zip(quantities, key.quantities)))
        else:
            todo.append((i, key, claims, axioms))
    # the whole atom table with each block: the workers are forked and inherit it (nothing
    # is pickled), and a block's solver only looks up its own atoms
    jobs = [(claims, axioms, atoms) for _, _, claims, axioms in todo]
    sa = ScenarioAudit(scenario, corpus, {r.id: r for r in resolved}, by_id, [], atoms, revisions=revisions,
                       completions=completions)
    decided = _analyse_all(jobs, workers, implied_spread(corpus.pack),
                           meanwhile=None if meanwhile is None else lambda: meanwhile(sa), budget=budget)
    decided_now = {i for i, _, _, _ in todo}
    for (i, key, _, _), result in zip(todo, decided):
        results[i] = result
        if key is not None and not result.undetermined:
            cache[key.text] = (result, key.quantities)
    # a figure beside a doubted one of its sentence costs less to doubt (rules/suspicion.yaml
    # beside-a-doubted-figure): the blocks where one takes part in a tension are decided again, once
    lowered = beside_doubted(by_id, {c for b in results for c in b.set_aside})
    if lowered:
        for cid, factor in lowered.items():
            by_id[cid].cost *= factor
            by_id[cid].voice = by_id[cid].voice._replace(statement=BESIDE_DOUBTED)
        for i, (claims, axioms) in enumerate(blocks):
            if any(cid in lowered for t in results[i].tensions for cid in t.core):
                # the first solver's answers are facts about the same claims: only questions
                # the other costs lead to are asked (not those of a block from another scenario)
                learnt = results[i].learnt if i in decided_now else None
                results[i] = _analyse_one((claims, axioms, atoms), implied_spread(corpus.pack), budget=budget,
                                          learnt=learnt)
    sa.blocks = results
    for b in results:
        for cid in b.claim_ids:
            sa.block_of[cid] = b
    return sa


def implied_spread(pack: Pack):
    """How tightly a figure must be pinned to be reported as implied: the widest
    `max_spread` of the pack's implied-figure rules; None when the pack has none (then no
    implied ranges are computed)."""
    spreads = [r.params.get("max_spread", 10) for r in pack.rules.values() if r.check == "implied"]
    return max(spreads) if spreads else None


def _analyse_one(job, spread, shown: Settled = Settled(False), budget: Budget = Budget(),
                 learnt: dict | None = None) -> BlockResult:
    """Decide one block with a solver of its own, reusing what HiGHS showed of it (`shown`)
    and the answers of an earlier solver of the same claims (`learnt`, BlockSolver.learnt)."""
    claims, axioms, atoms = job
    if budget.past():   # the audit's deadline has passed: the block is not looked at
        return BlockResult(sorted(c.claim_id for c in claims), undetermined=[Unanswered(
            "whether these claims can all hold together (not asked: the audit's deadline had passed)",
            tuple(sorted(c.claim_id for c in claims)), budget.units, True)])
    solver = BlockSolver(claims, axioms, atoms, program=shown.program, model=shown.model, budget=budget,
                         learnt=learnt)
    return analyse_block(solver, {c.claim_id: c for c in claims}, spread, shown.optima, shown.holds)


def _run(task) -> list[BlockResult]:
    """Decide a batch of blocks. Blocks with one reading per claim and no figure to imply
    share one solver (consistent_blocks); blocks with figures are settled without z3 when
    HiGHS shows that nothing is pinned and a whole-number model checks (`settled`); every
    other block, and any that does not hold together, gets a solver of its own."""
    jobs, spread, budget = task
    plain = [i for i, (claims, _, _) in enumerate(jobs)
             if all(len(c.readings) == 1 for c in claims) and not (spread is not None and implied_targets(claims))]
    holds = dict(zip(plain, consistent_blocks([jobs[i] for i in plain], budget)))
    out = []
    for i, (claims, axioms, atoms) in enumerate(jobs):
        if holds.get(i):
            out.append(BlockResult.holding(c.claim_id for c in claims))
            continue
        shown = settled(claims, axioms, atoms, spread) if i not in holds else Settled(False)
        if shown.done:   # its figures were looked at: none is pinned
            out.append(BlockResult.holding((c.claim_id for c in claims), implied=[ImpliedRanges({}, {})]))
        else:
            out.append(_analyse_one((claims, axioms, atoms), spread, shown, budget))
    return out


def _run_inherited(task) -> list[BlockResult]:
    """_run in a forked worker, on jobs it inherited from the audit (pickling tens of MB of
    claims to send them cost the audit seconds at 100,000 claims)."""
    numbers, spread, budget = task
    return _run(([_FORKED_JOBS[i] for i in numbers], spread, budget))


_FORKED_JOBS: list | None = None
_FORK_LOCK = threading.Lock()
PARALLEL_MIN_BLOCKS = 64
BLOCKS_PER_TASK = 100      # plain blocks of a batch share one solver
TASKS_PER_WORKER = 8       # at least this many batches per process, for balance


def _analyse_all(jobs: list, workers: int, spread, meanwhile: Callable[[], None] | None = None,
                 budget: Budget = Budget()) -> list[BlockResult]:
    """Decide blocks in batches, on several processes when there are many (blocks are
    independent). Blocks are dealt to the batches largest first, round-robin, so that every
    batch holds a share of the slow ones and no process is left with them at the end.
    `meanwhile` runs in this process while the workers decide the blocks (before, when
    there are none)."""
    order = sorted(range(len(jobs)), key=lambda i: -len(jobs[i][0]))
    count = max(1, -(-len(jobs) // BLOCKS_PER_TASK), workers * TASKS_PER_WORKER if workers > 1 else 1)
    parts = [order[k::count] for k in range(count)]
    if workers <= 1 or len(jobs) < PARALLEL_MIN_BLOCKS:
        if meanwhile is not None:
            meanwhile()
        done = [_run(([jobs[i] for i in part], spread, budget)) for part in parts if part]
    else:
        import multiprocessing
        from concurrent.futures import ProcessPoolExecutor

        global _FORKED_JOBS
        with _FORK_LOCK:   # one audit's jobs at a time, should threads audit at once
            _FORKED_JOBS = jobs   # forked workers inherit the jobs: only their numbers are sent
            try:
                # forked, the workers also inherit the collector's state: paused (collector.py)
                with ProcessPoolExecutor(max_workers=workers, mp_context=multiprocessing.get_context("fork")) as pool:
                    try:
                        pending = pool.map(_run_inherited, [(part, spread, budget) for part in parts if part])
                        if meanwhile is not None:
                            meanwhile()
                        done = list(pending)
                    except KeyboardInterrupt:
                        _stop(pool)   # Ctrl-C: stop the workers now, not when their blocks are done
                        raise
            finally:
                _FORKED_JOBS = None
    results: list[BlockResult | None] = [None] * len(jobs)
    for part, rs in zip([p for p in parts if p], done):
        for i, r in zip(part, rs):
            results[i] = r
    return results


def _stop(pool) -> None:
    """End a worker pool at once: cancel what has not started and kill what has."""
    processes = list(getattr(pool, "_processes", {}).values())
    pool.shutdown(wait=False, cancel_futures=True)
    for process in processes:
        process.kill()


def default_workers() -> int:
    import os
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # pragma: no cover - not on Linux
        return os.cpu_count() or 1


def audit_corpus(corpus: Corpus, workers: int | None = None,
                 progress: Callable[[str], None] | None = None, cluster=None,
                 budget: int | None = None, deadline: float | None = None) -> Report:
    """Audit a loaded corpus; returns a Report and never prints or exits.

    `workers` processes decide independent blocks (default: the CPUs this process may use).
    `progress`, if given, is called with a short description of each stage as it begins.
    `budget`: z3 resource units each solver question may spend (default
    solver.QUESTION_RLIMIT); `deadline`: seconds the audit may take, after which no block
    is looked at and no question goes on. A question that runs out is an `undetermined`
    finding naming its claims, never a guess (README, "Solver budget").
    `cluster`: a Dask scheduler's address, "local:N" or a distributed.Client, to audit the
    corpus's independent families on its workers (auditor/cluster.py: the same report;
    auditor.cluster.ClusterError when the cluster fails).
    """
    if cluster is not None:
        from auditor.cluster import audit_on_cluster
        return audit_on_cluster(corpus, cluster, progress, budget=budget, deadline=deadline)
    import time
    limits = Budget(QUESTION_RLIMIT if budget is None else budget,
                    None if deadline is None else time.time() + deadline)
    with collector.paused():
        return _audit_corpus(corpus, workers, progress or _silent, limits)


def _silent(stage: str) -> None:
    pass


def _audit_corpus(corpus: Corpus, workers: int | None, progress: Callable[[str], None] = _silent,
                  budget: Budget = Budget()) -> Report:
    from auditor.engine.report import build_report, claim_summaries
    pack = corpus.pack
    workers = default_workers() if workers is None else workers
    all_scenarios = scenarios(corpus)
    cache: dict[str, BlockResult] | None = {} if len(all_scenarios) > 1 else None
    per_scenario: list[tuple[ScenarioAudit, list[Finding]]] = []
    rules = sorted(pack.rules.values(), key=lambda r: r.id)
    summaries: list = []
    for n, scenario in enumerate(all_scenarios):
        early: dict[str, list[Finding]] = {}

        def meanwhile(sa: ScenarioAudit) -> None:
            """While the workers decide the blocks: the checks that need none of them, and
            after the last scenario is resolved, the claims' summaries for the report."""
            for rule in rules:
                if rule.check in BLOCK_FREE_CHECKS:
                    early[rule.id] = SCENARIO_CHECKS[rule.check](rule, sa)
            if n == len(all_scenarios) - 1:
                summaries.extend(claim_summaries(corpus, [done for done, _ in per_scenario] + [sa]))

        progress(f"deciding blocks of {len(corpus.claims):,} claims"
                 + (f", publication dates {n + 1} of {len(all_scenarios)}" if len(all_scenarios) > 1 else ""))
        sa = audit_scenario(corpus, scenario, cache, workers, meanwhile, budget)
        findings: list[Finding] = []
        for rule in rules:
            check = SCENARIO_CHECKS.get(rule.check)
            if rule.id in early:
                findings.extend(early[rule.id])
            elif check is not None:
                findings.extend(check(rule, sa))
        findings.extend(undetermined(sa))
        per_scenario.append((sa, findings))
    progress("building the report")
    merged = _merge(per_scenario)
    for rule in rules:
        check = CROSS_SCENARIO_CHECKS.get(rule.check)
        if check is not None:
            merged.extend(check(rule, corpus, per_scenario))
    return build_report(corpus, [sa for sa, _ in per_scenario], merged, summaries)


def _merge(per_scenario: list[tuple[ScenarioAudit, list[Finding]]]) -> list[Finding]:
    """One finding per id; those that do not hold under every candidate list the candidates."""
    labels = [sa.scenario.label for sa, _ in per_scenario]
    seen: dict[str, tuple[Finding, list[str | None]]] = {}
    for sa, findings in per_scenario:
        for f in findings:
            if f.id in seen:
                seen[f.id][1].append(sa.scenario.label)
            else:
                seen[f.id] = (f, [sa.scenario.label])
    out = []
    for f, where in seen.values():
        if len(per_scenario) > 1 and len(set(where)) < len(set(labels)):
            f = f.model_copy(update={"candidates": tuple(w for w in labels if w in where)})
        out.append(f)
    return _fold_implied(out, labels, per_scenario[0][0].pack if per_scenario else None)


def _fold_implied(findings: list[Finding], labels: list, pack) -> list[Finding]:
    """Implied figures that the same claims give under different candidate publication
    dates (each under some candidates only) become one finding with a value per candidate."""
    from auditor.checks.implied import fold_candidates
    groups: dict[tuple, list[Finding]] = {}
    for f in findings:
        if f.kind == "implied" and f.candidates and "metric" in f.evidence:
            key = (f.rule, f.claims, f.evidence["metric"], f.evidence["place"],
                   repr(sorted((f.evidence.get("readings") or {}).items())))
            groups.setdefault(key, []).append(f)
    folded: dict[str, Finding] = {}
    order = {label: i for i, label in enumerate(labels)}
    for (rule, *_), members in groups.items():
        # folds of findings under disjoint candidates: a figure whose period moves with the
        # date ("last year") folds; one fixed under many candidates stays on its own
        members.sort(key=lambda f: (len(f.candidates), min(order[c] for c in f.candidates)))
        while len(members) > 1:
            fold, taken = [], set()
            for f in members:
                if not taken & set(f.candidates):
                    fold.append(f)
                    taken |= set(f.candidates)
            members = [f for f in members if f not in fold]
            if len(fold) < 2:
                continue
            fold.sort(key=lambda f: min(order[c] for c in f.candidates))
            merged = fold_candidates(rule, [(f.candidates, f) for f in fold], pack)
            union = tuple(w for w in labels if w in taken)
            merged = merged.model_copy(update={"candidates": None if len(union) == len(labels) else union})
            for f in fold:
                folded[f.id] = merged
    out, emitted = [], set()
    for f in findings:
        g = folded.get(f.id, f)
        if g.id not in emitted:
            emitted.add(g.id)
            out.append(g)
    return out


def audit(paths: list[str | Path] | str | Path | None = None, *, pack: Pack | str | Path | None = None,
          corpus: Corpus | None = None, workers: int | None = None,
          progress: Callable[[str], None] | None = None, cluster=None,
          budget: int | None = None, deadline: float | None = None,
          text_root: str | Path | None = None) -> Report:
    """Load claim files (or the bundled seeds) and audit them.

    Returns a Report; raises auditor.InputError when the input is bad. Never prints or exits.
    `progress`, if given, is called with a short description of each stage as it begins.
    `cluster`: audit on a Dask cluster (see audit_corpus), checked before anything is loaded.
    `budget`, `deadline`: what a solver question may spend, and how long the audit may
    take (see audit_corpus). `text_root`: a folder sources' `text_path` may also lead into,
    besides their claim file's own (see load_claims).
    """
    if isinstance(cluster, str):
        from auditor.cluster import parse_cluster
        cluster = parse_cluster(cluster)
    if not isinstance(pack, Pack):
        pack = load_pack(pack)
    if corpus is None:
        if progress is not None:
            progress("loading claims")
        corpus = load_claims(paths, pack=pack, text_root=text_root)
    return audit_corpus(corpus, workers=workers, progress=progress, cluster=cluster, budget=budget, deadline=deadline)
