"""The exact solver: one z3 instance per independent block of claims.

Constraints are handed to z3 as SMT-LIB text (much faster to build than z3's Python
expression objects); each claim's readings are guarded by one Boolean per reading level,
so unsatisfiable cores name claims, never axioms.
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from functools import cached_property
from fractions import Fraction
from itertools import islice, product
from math import ceil, floor, lcm
from typing import NamedTuple

import z3

# Ctrl-C is Python's: z3's own handler would take the signal, answer 'unknown' and let the
# audit run on to the end
z3.set_param(ctrl_c=False)

from auditor.engine import propagate, relaxation
from auditor.engine.compile import Atoms, CompiledClaim, Linear, expand, satisfied, whole_figure
from auditor.pack.model import Level

# Limits are in z3's resource units ('rlimit'), not seconds, so that the same claims give
# the same findings on a busy machine as on a quiet one. Calibrated on the benchmark
# corpora (BENCHMARKS.md): ordinary probes use a small fraction of these.
PROBE_RLIMIT = 500_000           # one satisfiability probe while bounding a figure
PROBE_BUDGET = 1_000_000         # all of a block's whole-number probes together
OPTIMISE_RLIMIT = 20_000_000     # one optimisation of a block's relaxation
QUICK_RLIMIT = 50_000            # a first try at a check, before HiGHS is asked for a model
SLOW_QUICK_RLIMIT = 10_000       # z3's short try at a check once its quick tries run out (`_answer`)
# how far inside a strict row over fractional atoms a program for models keeps its points
# (`_strictly`): ten times HiGHS's feasibility tolerance in branch and bound (1e-6)
STRICT_MARGIN = Fraction(1, 10**5)
# choices of readings tried for a whole-number model of claims with several (`_choice_point`)
CHOICE_POINTS = 8
# a minimal set's deletion checks of at most this many claims get a solver of their own (`_local`)
LOCAL_CLAIMS = 4
LOCAL_TRY_RLIMIT = 10_000   # what the block's solver may spend on one first (`_few`)
# Every other question to z3 (does a set of claims hold together, the cheapest set of
# claims to doubt, ...) runs within this many units unless the audit is given another
# budget (`Budget`, `auditor audit --budget`); one that runs out is reported as
# undetermined, never guessed. Calibrated on the benchmark corpora (BENCHMARKS.md): the
# most any question there took is far below it.
QUESTION_RLIMIT = 50_000_000
# Whole-number probes are asked first of a second solver with z3's older simplex-based
# arithmetic ('arith.solver' 2), which proves most of them far faster than the default
# one, but on a rare probe does not finish where the default one does: it always has this
# limit (its units tick faster than the default solver's), and when it runs out, the
# block's own solver is asked under the limits above (BENCHMARKS.md)
FAST_ARITH_SOLVER = 2
FAST_PROBE_RLIMIT = 2_000_000
# a joint branch and bound for the figures of a call with an end not yet attained, when
# at least this many have one (`_joint_models`)
JOINT_MIN_FIGURES = 2
# minimal_core drops claims of lower rank first
KEEP_ORDER = {"comparison": 0, "share": 1, "change": 2, "value": 3}
SMT_OPS = {"<=": "<=", "<": "<", ">=": ">=", ">": ">", "==": "="}


def _num(x: Fraction, real: bool) -> str:
    n = x.numerator
    if x.denominator != 1:
        text = f"(/ {abs(n)}.0 {x.denominator}.0)"
    else:
        text = f"{abs(n)}.0" if real else str(abs(n))
    return f"(- {text})" if n < 0 else text


class Budget(NamedTuple):
    """What a solver question may spend: `units` of z3's resources (deterministic: the same
    claims give the same answers on a busy machine as on a quiet one), and, when the audit
    has a deadline, no time past `deadline` (a time.time() value: an answer that depends
    on how fast the machine is, so only when the user asks for one)."""

    units: int = QUESTION_RLIMIT
    deadline: float | None = None

    def timeout_ms(self) -> int | None:
        """Milliseconds left before the deadline (at least 1), or None without one."""
        if self.deadline is None:
            return None
        return max(1, int((self.deadline - time.time()) * 1000))

    def past(self) -> bool:
        return self.deadline is not None and time.time() >= self.deadline


class Undetermined(Exception):
    """A solver question that ran out of its budget (resource units, or the audit's
    deadline): what was asked, of which claims, and what it was allowed."""

    def __init__(self, question: str, claims, units: int, deadline: bool = False) -> None:
        super().__init__(f"{question}: out of {'time' if deadline else 'resources'}")
        self.question = question
        self.claims = tuple(sorted(claims))
        self.units = units
        self.deadline = deadline


@dataclass
class Range:
    """The range a linear expression takes over every model; None ends are unbounded."""

    lo: Fraction | None
    hi: Fraction | None
    lo_open: bool = False
    hi_open: bool = False
    exact: bool = True             # False: a probe ran out of resources; the range is true but may be loose


class BlockText:
    """The SMT-LIB text of one block: declarations, axioms and each claim's formula at a
    level, with every name prefixed so that several blocks can share one solver."""

    def __init__(self, claims: list[CompiledClaim], axioms: list[Linear], atoms: Atoms, prefix: str = "") -> None:
        self.claims = sorted(claims, key=lambda c: c.claim_id)
        self.atoms = atoms
        used = set()
        for c in self.claims:
            for q in c.quantities:
                used.update(a for a, _ in atoms.expansion[q])
        for ax in axioms:
            used.update(ax.variables())
        self.by_id = {c.claim_id: c for c in self.claims}
        self.names = {a: f"{prefix}x{i}" for i, a in enumerate(sorted(used, key=atoms.rank.__getitem__))}
        self.integer = {a: atoms.integer.get(a, False) for a in self.names}
        self.axioms = axioms
        self._expanded: dict[tuple[str, Level], list[list[Linear]]] = {}
        self._formulas: dict[tuple[str, Level, bool], str] = {}

    # the text is built when z3 is first asked: many blocks are decided without it
    @cached_property
    def decls(self) -> str:
        return "".join(f"(declare-const {n} {'Int' if self.integer[a] else 'Real'})\n" for a, n in self.names.items())

    @cached_property
    def real_decls(self) -> str:
        return "".join(f"(declare-const {n} Real)\n" for n in self.names.values())

    @cached_property
    def axiom_text(self) -> str:
        return self._axiom_text()

    def _axiom_text(self, relaxed: bool = False) -> str:
        # sorted, so the solver sees the same text whatever order the axioms were built in
        return "".join(sorted(f"(assert {self._linear(ax, relaxed)})\n" for ax in self.axioms))

    def expanded(self, claim: CompiledClaim, level: Level) -> list[list[Linear]]:
        key = (claim.claim_id, level)
        found = self._expanded.get(key)
        if found is None:
            found = self._expanded[key] = [[expand(x, self.atoms) for x in r.constraints[level]]
                                           for r in claim.readings]
        return found

    # --- text building ------------------------------------------------------------------
    def _linear(self, c: Linear, relaxed: bool = False) -> str:
        """SMT-LIB text of a constraint; `relaxed`: every count is declared Real."""
        if not c.terms:
            return "true" if satisfied(Fraction(0), c.op, c.rhs) else "false"
        integer, names = self.integer, self.names
        real = relaxed or not all(integer[a] for a, _ in c.terms)
        if not real:
            # the row scaled to whole numbers, worked out once for every program and text it
            # is in (relaxation._row_numbers: the same lcm of its denominators)
            _, _, _, coefs, rhs = relaxation._row_numbers(c)
            parts = [names[atom] if k == 1 else f"(* {k} {names[atom]})" if k > 0 else f"(* (- {-k}) {names[atom]})"
                     for (atom, _), k in zip(c.terms, coefs)]
            lhs = parts[0] if len(parts) == 1 else f"(+ {' '.join(parts)})"
            return f"({SMT_OPS[c.op]} {lhs} {rhs if rhs >= 0 else f'(- {-rhs})'})"
        parts = []
        for atom, k in c.terms:
            name = names[atom]
            if not relaxed and integer[atom]:
                name = f"(to_real {name})"
            parts.append(name if k == 1 else f"(* {_num(k, True)} {name})")
        lhs = parts[0] if len(parts) == 1 else f"(+ {' '.join(parts)})"
        return f"({SMT_OPS[c.op]} {lhs} {_num(c.rhs, True)})"

    def _claim_formula(self, claim_id: str, level: Level, relaxed: bool = False) -> str:
        key = (claim_id, level, relaxed)
        found = self._formulas.get(key)
        if found is None:   # each solver of the block, and each optimisation, asks again
            found = self._formulas[key] = self._formula(claim_id, level, relaxed)
        return found

    def _formula(self, claim_id: str, level: Level, relaxed: bool) -> str:
        readings = self.expanded(self.by_id[claim_id], level)
        conj = []
        for r in readings:
            if not r:
                conj.append("true")
            elif len(r) == 1:
                conj.append(self._linear(r[0], relaxed))
            else:
                conj.append(f"(and {' '.join(self._linear(x, relaxed) for x in r)})")
        return conj[0] if len(conj) == 1 else f"(or {' '.join(conj)})"

    def guard(self, name: str, claim_id: str, level: Level, relaxed: bool = False) -> str:
        """A Boolean `name` that, when assumed, asserts the claim at the level."""
        return f"(declare-const {name} Bool)\n(assert (=> {name} {self._claim_formula(claim_id, level, relaxed)}))\n"


class BlockSolver(BlockText):
    """Decides one block: which claims can hold together, and the ranges they allow."""

    def __init__(self, claims: list[CompiledClaim], axioms: list[Linear], atoms: Atoms,
                 program: relaxation.Relaxation | None = None, model: dict | None = None,
                 budget: Budget = Budget(), learnt: dict | None = None) -> None:
        """`program`: the HiGHS program of all the claims at the default reading, when one
        was built already (analysis.settled); the whole-number optima reuse it. `model`: a
        whole-number model of those claims, checked exactly, when one was found. `budget`:
        what each question to z3 may spend; one that runs out raises Undetermined."""
        super().__init__(claims, axioms, atoms)
        self.budget = budget
        self._propagations: dict = {}   # exact bounds, by (level, claims, extra): _propagation
        self._row_cache: dict = {}      # propagation rows of each claim at a level, and of each axiom
        self._z3_slow = False           # z3's quick try ran out once: ask HiGHS and propagation first
        self._levels_propagated: set = set()   # levels whose first check tried propagation
        # z3's short try first (`_answer`): None until propagation answers a check of the
        # search for the claims to doubt, then True, and False for good once a try runs out
        self._slow_quick: bool | None = None
        self._ctx: z3.Context | None = None    # made when z3 is first asked (many blocks never need it)
        self._solver: z3.Solver | None = None
        self._fast: z3.Solver | None = None     # for whole-number probes (FAST_ARITH_SOLVER)
        self._levels: dict[str, set] = {"block": set(), "fast": set()}   # the guards each solver holds
        self._bools: dict[tuple[str, Level], z3.BoolRef] = {}
        self._ids: dict[tuple[str, Level], int] = {}   # the guards' z3 ids
        self._relaxed: z3.Solver | None = None
        self._probe_lps: dict = {}
        self._programs: dict = {}
        self._deletion = None   # the program a minimal set's deletion checks share (minimal_core)
        self._models: dict = {}   # checked whole-number models, by (level, claims, extra)
        self._groups: tuple | None = None   # the axioms' connected groups (_axiom_groups)
        self._answers: dict = {}   # check's answers, by (level, claims)
        self._held: dict = {}      # per level, the largest sets of claims known to hold together
        self._holding: set = set()  # the _key of each question known to have a whole-number model
        everything = _key("default", [c.claim_id for c in self.claims], ())
        if program is not None:
            self._programs[everything] = program
        if model is not None:
            self._models[everything] = [model]
        self._recession = False
        self._probe_budget = PROBE_BUDGET
        # exact answers to range and relaxation questions (`_asked`): this solver's, and those
        # of an earlier solver of the same claims (`learnt`), which are not asked again
        self._facts: dict = {}
        self._given: dict = {}
        if learnt is not None:
            self._answers.update(learnt["answers"])
            self._held.update((level, list(sets)) for level, sets in learnt["held"].items())
            self._given = dict(learnt.get("facts", {}))

    def learnt(self) -> dict:
        """check's answers so far and the sets of claims known to hold together, as plain
        data (picklable: a block decided in a worker process is decided again in the
        audit's own): a solver of the same claims made with them (`learnt`) answers those
        questions again without asking. Each answer is a fact about the claims (whether
        they hold together, and a set of them that cannot), whatever their costs. With them,
        the exact answers to range questions (`_asked`): the dict this solver fills, so
        that those it answers after this call (the readings and implied figures of a block
        are asked after its tensions) are in it too."""
        return {"answers": dict(self._answers), "held": {level: list(sets) for level, sets in self._held.items()},
                "facts": self._facts}

    def _asked(self, key: tuple, ask, exact=lambda found: True):
        """The answer to a question about the claims (`key`: the method and its arguments)
        from an earlier solver of the same claims when it found one (`learnt`), else asked
        (`ask()`); an answer that `exact` says is a fact about the claims (no bound left
        loose by a probe that ran out) is kept for a later solver. Questions that run out
        of budget raise, and are kept by no one."""
        if key in self._given:
            return self._given[key]
        found = ask()
        if exact(found):
            self._facts[key] = found
        return found

    @property
    def ctx(self) -> z3.Context:
        """The block's z3 context, made on first use. A context of its own: z3's search, and
        so what a resource limit lets it finish, depends on everything its context has
        seen; a fresh one makes a block's findings the same whichever process decides it,
        and after whichever other blocks."""
        if self._ctx is None:
            self._ctx = z3.Context()
        return self._ctx

    @property
    def solver(self) -> z3.Solver:
        """The block's z3 solver with the default reading's guards, made on first use (the
        generous reading's are added only when needed)."""
        if self._solver is None:
            self._solver = z3.Solver(ctx=self.ctx)
            self._guard(self._solver, "block", "default", self.decls + self.axiom_text)
        return self._solver

    def _guard(self, solver: z3.Solver, which: str, level: Level, before: str = "") -> None:
        """Each claim's guard at a level (a Boolean that, assumed, asserts the claim) added
        to one of the block's solvers (`which`), once; the same Booleans in every solver."""
        if level in self._levels[which]:
            return
        self._levels[which].add(level)
        tag = "d" if level == "default" else "g"
        solver.from_string(before + "".join(self.guard(f"{tag}{i}", c.claim_id, level)
                                            for i, c in enumerate(self.claims)))
        self._bools.update({(c.claim_id, level): z3.Bool(f"{tag}{i}", self.ctx) for i, c in enumerate(self.claims)})
        self._ids.update({key: b.get_id() for key, b in self._bools.items() if key[1] == level})

    def _assume(self, level: Level, active: list[str]) -> list:
        self._guard(self.solver, "block", level)
        return [self._bools[(cid, level)] for cid in sorted(active)]

    def _fast_assume(self, level: Level, active: list[str]) -> tuple[z3.Solver, list]:
        """The probe solver (FAST_ARITH_SOLVER), made on first use, with the guards of the
        levels asked of it, and the assumptions for the active claims."""
        if self._fast is None:
            self._fast = z3.Solver(ctx=self.ctx)
            self._fast.set("arith.solver", FAST_ARITH_SOLVER)
            self._guard(self._fast, "fast", level, self.decls + self.axiom_text)
        self._guard(self._fast, "fast", level)
        return self._fast, [self._bools[(cid, level)] for cid in sorted(active)]

    # --- decisions ----------------------------------------------------------------------
    def check(self, level: Level, active: list[str]) -> tuple[bool, list[str]]:
        """(satisfiable, unsat core as claim ids) for the active claims at a level.

        Each question is answered once per block: the search for tensions asks many twice
        (a set checked while looking for the claims to doubt is checked again while a
        tension's set is made minimal: a quarter of Memphis's checks), and claims within a
        set that holds together hold together (`_answer` decides the rest)."""
        claims = frozenset(active)
        known = self._answers.get((level, claims))
        if known is not None:
            return known[0], list(known[1])
        held = self._held.setdefault(level, [])
        if any(len(claims) <= len(h) and claims <= h for h in held):
            return True, []
        holds, core = self._answer(level, active)
        self._answers[(level, claims)] = (holds, tuple(core))
        if holds:   # kept only when no set known to hold contains it, and replacing those it contains
            held[:] = [h for h in held if not h <= claims] + [claims]
        return holds, core

    def _answer(self, level: Level, active: list[str]) -> tuple[bool, list[str]]:
        """check's answer, decided.

        Once z3's quick try has run out on this block (`_decide`), bounds propagation
        (propagate.py) answers first when its bounds cross: they are exact, and the claims
        they were derived from are the core. Its answer is the one z3 would give; it spares
        z3 the chains of percentage changes whose whole-number reasoning costs it seconds
        (its numbers grow with the chain, and its resource units with them do not)."""
        if not self._z3_slow and level not in self._levels_propagated:
            # the first check at a level: one propagation, where a conflict it finds spares
            # z3's quick try (seconds in a chain of changes before it runs out)
            self._levels_propagated.add(level)
            found = self._propagation(level, active, ())
            if found is not None and found.conflict is not None:
                return False, sorted(found.conflict)
        assumptions = self._assume(level, active)
        if self._z3_slow:   # a model from HiGHS, crossing bounds, and only then z3
            # A model exists only where the bounds do not cross, so asking for the bounds
            # first gives the same answer.
            # Most of a minimal set's deletion checks hold (a model first); most other
            # checks, the search for the claims to doubt, do not: HiGHS's vain search for a
            # model of those took a quarter of Memphis's audit
            if self._deletion is not None and self._whole_point(level, active, [], point=False) is not None:
                return True, []
            linear = self._relaxation_ok(active)
            if self._deletion is None and (self._slow_quick or not linear):
                # z3's short try, in the search for the claims to doubt once propagation has
                # answered one of its checks: those checks mostly fail, and z3, having learnt
                # the block, answers most of them within a few thousand units (a fifth of a
                # millisecond where propagation over Memphis's 200 claims took five); its core
                # is as good a set that cannot hold together as propagation's. One that runs
                # out (a model it cannot find quickly, often the last check) ends the tries.
                # Claims with several readings, which neither propagation nor HiGHS takes, are
                # asked of z3 alone as before, briefly first: when that runs out, a model of
                # one choice of readings from HiGHS may spare z3 its search (`_choice_point`)
                quick = self._brief(level, active, assumptions, SLOW_QUICK_RLIMIT)
                if quick is not None:
                    return quick
                if linear:
                    self._slow_quick = False
            found = self._propagation(level, active, ())
            if found is not None and found.conflict is not None:
                if self._deletion is None and self._slow_quick is None:
                    self._slow_quick = True
                return False, sorted(found.conflict)
            if self._deletion is None and self._whole_point(level, active, [], relaxed_first=True, point=False) is not None:
                return True, []
            if self._deletion is not None and len(active) <= LOCAL_CLAIMS:
                return self._few(level, active, assumptions)
            result = _check(self.solver, assumptions, self.budget)
        else:
            # a minimal set's deletion check of a few claims: most hold, and a checked
            # whole-number model from the program the deletion checks share (a simplex warm
            # start, most of the time) answers before z3, whose quick try over the block's
            # solver can spend a tenth of a second on one of them (Cleveland: "up 5.34%"
            # alone, out of its units after 87 ms; HiGHS's model in 2)
            few = self._deletion is not None and len(active) <= LOCAL_CLAIMS
            if few and self._whole_point(level, active, [], point=False) is not None:
                return True, []
            result = self._decide(assumptions, level, active, (), few=few)
            if isinstance(result, tuple):   # a solver of their own answered (`_local`)
                return result
        if result == z3.sat:
            return True, []
        if result != z3.unsat:
            raise self._undetermined("whether these claims can all hold together", active)
        return False, self._core(level, active)

    def _core(self, level: Level, active: list[str]) -> list[str]:
        """The active claims in the block solver's unsat core (ids, not printed names:
        printing is slow)."""
        named = _core_ids(self.solver)
        return [cid for cid in sorted(active) if self._ids[(cid, level)] in named]

    def _brief(self, level: Level, active: list[str], assumptions: list, units: int) -> tuple[bool, list[str]] | None:
        """check's answer from the block's solver within `units` resource units (at most what
        the budget has left), or None when it runs out."""
        self.solver.set("rlimit", min(units, self.budget.units))
        try:
            result = _check(self.solver, assumptions)
        finally:
            self.solver.set("rlimit", 0)
        if result == z3.sat:
            return True, []
        if result == z3.unsat:
            return False, self._core(level, active)
        return None

    def _few(self, level: Level, active: list[str], assumptions: list) -> tuple[bool, list[str]]:
        """check's answer for a minimal set's deletion check of a few claims: the block's
        solver within LOCAL_TRY_RLIMIT units (most take far fewer), else a solver of their
        own (`_local`)."""
        answer = self._brief(level, active, assumptions, LOCAL_TRY_RLIMIT)
        return answer if answer is not None else self._local(level, active)

    def _local(self, level: Level, active: list[str]) -> tuple[bool, list[str]]:
        """check's answer for a few claims, from a solver of their own (in the block's
        context) that holds only them and the axioms linked to their atoms: a minimal set's
        deletion checks of two or three claims took the block's solver, after the search
        for the claims to doubt, up to a fifth of a second each (Cleveland), and a solver
        of their own a few milliseconds."""
        reached = set()
        for cid in active:
            for reading in self.expanded(self.by_id[cid], level):
                reached.update(a for x in reading for a, _ in x.terms)
        names = {cid: f"l{i}" for i, cid in enumerate(sorted(active))}
        solver = z3.Solver(ctx=self.ctx)
        solver.from_string(self._frame(reached, False)
                           + "".join(self.guard(names[cid], cid, level) for cid in sorted(active)))
        guards = {cid: z3.Bool(n, self.ctx) for cid, n in names.items()}
        result = _check(solver, list(guards.values()), self.budget)
        if result == z3.sat:
            return True, []
        if result != z3.unsat:
            raise self._undetermined("whether these claims can all hold together", active)
        named = _core_ids(solver)
        return False, [cid for cid in sorted(active) if guards[cid].get_id() in named]

    def _decide(self, assumptions: list, level: Level, active: list[str], atom_extra,
                few: bool = False) -> z3.CheckSatResult | tuple[bool, list[str]]:
        """z3's answer, asked first with a small resource limit: most checks need far less.
        When that runs out, a whole-number model from HiGHS (checked exactly) answers "yes"
        at once, where z3 can take seconds to find one; otherwise z3 goes on unlimited, and
        it alone ever answers "no"."""
        if self._z3_slow and self._whole_point(level, active, [], list(atom_extra), point=False) is not None:
            return z3.sat
        self.solver.set("rlimit", min(QUICK_RLIMIT, self.budget.units))
        try:
            result = _check(self.solver, assumptions)
        finally:
            self.solver.set("rlimit", 0)
        if result != z3.unknown:
            return result
        # from now on this block's checks ask HiGHS and propagation before z3 (`check`):
        # a quick try that runs out can take seconds of bignum arithmetic (a chain of changes)
        first, self._z3_slow = not self._z3_slow, True
        if first and self._whole_point(level, active, [], list(atom_extra), point=False) is not None:
            return z3.sat
        if few:   # a minimal set's deletion check of a few claims: a solver of their own
            return self._local(level, active)
        return _check(self.solver, assumptions, self.budget)

    def holds_over_reals(self, active: list[str], extra: list[Linear] = ()) -> bool | None:
        """Whether the active claims (and `extra`, over quantities) hold together at the
        default reading when every count may be fractional (strict inequalities stay
        strict); None when z3 cannot tell. A conflict that this reconciles rests only on
        some count being a whole number; claims that fail even so have no whole-number
        model either."""
        return self._asked(("holds_over_reals", frozenset(active), tuple(extra)),
                           lambda: self._holds_over_reals(active, extra), lambda found: found is not None)

    def _holds_over_reals(self, active: list[str], extra: list[Linear] = ()) -> bool | None:
        expanded = [expand(x, self.atoms) for x in extra]
        if any(a not in self.names for x in expanded for a, _ in x.terms):
            return None   # a quantity outside the block: not a question for this solver
        index = {c.claim_id: i for i, c in enumerate(self.claims)}
        solver = self._relaxed_solver()
        assumptions = [z3.Bool(f"d{index[cid]}", self.ctx) for cid in sorted(active)]
        if expanded:
            solver.push()
            try:
                solver.from_string("".join(f"(assert {self._linear(x, relaxed=True)})\n" for x in expanded))
                result = _check(solver, assumptions, self.budget)
            finally:
                solver.pop()
        else:
            result = _check(solver, assumptions, self.budget)
        return True if result == z3.sat else False if result == z3.unsat else None

    def minimal_core(self, level: Level, active: list[str], known: list[str] | None = None,
                     near: str | None = None) -> list[str]:
        """A minimal unsatisfiable subset of the active claims, chosen by the claims alone.

        Deletion over the whole active set, in a fixed order: each claim is dropped if the
        rest stay unsatisfiable. The result depends only on the claims and the order, never
        on which core z3 happens to report (that changes with its version and settings).
        Claims examined first are dropped first, so the order states a preference:
        comparisons and records go before shares, shares before changes, and changes before
        stated values, which are kept when a choice exists (a tension between two figures
        shows its arithmetic most plainly). Ties go by claim id.

        z3's cores only save checks, never change the answer: the rest of the claims are
        certainly unsatisfiable when they still hold the last core found (a set of claims
        that cannot hold together, from the last check that failed, or `known`, the core of
        a check of all the active claims), so a claim outside that core is dropped without
        a check, as plain deletion would drop it after one."""
        current = sorted(active, key=lambda cid: (KEEP_ORDER.get(self.by_id[cid].statement_kind, 0),
                                                  self._distance(cid, near), cid))
        unsat = set(known) if known is not None else None   # always within `current`
        self._deletion = (level, frozenset(current), None)   # one HiGHS program for every check
        order, dropped = current, set()
        try:
            for cid in order:
                if unsat is not None and cid not in unsat:
                    dropped.add(cid)   # no check: no list of the rest made either
                    continue
                trial = [c for c in order if c != cid and c not in dropped]   # the rest, in order
                holds, core = self.check(level, trial)
                if not holds:
                    dropped.add(cid)
                    unsat = set(core)
        finally:
            self._deletion = None
        return sorted(c for c in order if c not in dropped)

    def _distance(self, cid: str, near: str | None) -> tuple[int, int]:
        """How near a claim is to the doubted one, for minimal_core's order: whether it states
        one of the quantities the doubted claim speaks of (its period, a change's base), or at
        least the same metric and place; then whether it is in the same source. Claims further
        away are examined (and so dropped) first: a tension shows the figures that state the
        doubted claim's quantities themselves when they suffice (230 against 228), before those
        that reach them through a relation or a sum (230 against 209 criminal and 19
        justifiable), and the article's own figures before another's."""
        if near is None:
            return 0, 0
        c, n = self.by_id[cid], self.by_id[near]
        if c.own is None or n.own is None:
            return 0, 0
        where = 2 if c.own in n.quantities else 1 if (c.own.metric, c.own.place) == (n.own.metric, n.own.place) else 0
        return where, int(c.source == n.source)

    def satisfiable(self, level: Level, active: list[str], extra: list[Linear] = (),
                    atom_extra: list[Linear] = ()) -> bool:
        """Whether the active claims hold together with extra constraints over quantities
        (and `atom_extra`, over atoms)."""
        expanded = [expand(x, self.atoms) for x in extra] + list(atom_extra)
        if any(a not in self.names for x in expanded for a, _ in x.terms):
            return True  # a quantity outside the block is unconstrained
        text = "".join(f"(assert {self._linear(x)})\n" for x in expanded)
        assumptions = self._assume(level, active)   # before push: guards added now must outlive the pop
        self.solver.push()
        try:
            if text:
                self.solver.from_string(text)
            result = self._decide(assumptions, level, active, expanded)
        finally:
            self.solver.pop()
        if result == z3.unknown:
            raise self._undetermined("whether these claims can hold together with the figure asked about", active)
        if result == z3.sat and not atom_extra:
            self._holding.add(_key(level, active, extra))
        return result == z3.sat

    def _undetermined(self, question: str, active) -> Undetermined:
        return Undetermined(question, active, self.budget.units, self.budget.past())

    def _propagation(self, level: Level, active: list[str], extra: list[Linear]) -> propagate.Propagated | None:
        """Exact bounds of the atoms at every whole-number model of the active claims and
        `extra` (propagate.py), computed once per question; None when the claims are not a
        linear program (some claim has several readings)."""
        key = _key(level, active, extra)
        if key in self._propagations:
            return self._propagations[key]
        found = None
        if self._relaxation_ok(active):
            own = [self._claim_rows(cid, level) for cid in active]
            more, false = propagate.rows_of([(expand(x, self.atoms), None) for x in extra], self.integer)
            if false is not None:
                found = propagate.Propagated({}, {}, false)
            elif not any(r is None for r, _ in own) and all(a in self.names for r in more for a, _ in r.terms):
                false = next((f for _, f in own if f is not None), None)
                if false is not None:
                    found = propagate.Propagated({}, {}, false)
                else:
                    rows = [r for rs, _ in own for r in rs] + more
                    # the axioms linked to the rows' atoms (`_linked`), from each claim's groups
                    # found once: the same groups, so the same axioms in the same order
                    group_of, groups = self._axiom_groups()
                    wanted = {group_of[a] for r in more for a, _ in r.terms if a in group_of}
                    for cid in active:
                        wanted |= self._claim_groups(cid, level)
                    axioms = [ax for g, ax in zip(groups, self.axioms) if g in wanted]
                    found = propagate.propagate_rows(self._axiom_rows(axioms) + rows, self.integer)
        self._propagations[key] = found
        return found

    def _claim_rows(self, cid: str, level: Level) -> tuple:
        """A claim's constraints at a level as propagation rows (made once), and the claim
        when one of them is false; (None, None) when a quantity is outside the block."""
        key = (cid, level)
        found = self._row_cache.get(key)
        if found is None:
            constraints = self.expanded(self.by_id[cid], level)[0]
            if any(a not in self.names for x in constraints for a, _ in x.terms):
                found = (None, None)
            else:
                found = propagate.rows_of([(x, cid) for x in constraints], self.integer)
            self._row_cache[key] = found
        return found

    def _claim_groups(self, cid: str, level: Level) -> set:
        """The axioms' groups (`_axiom_groups`) that a claim's propagation rows at a level
        touch, found once."""
        key = ("groups", cid, level)
        found = self._row_cache.get(key)
        if found is None:
            group_of, _ = self._axiom_groups()
            rows = self._claim_rows(cid, level)[0] or ()
            found = self._row_cache[key] = {group_of[a] for r in rows for a, _ in r.terms if a in group_of}
        return found

    def _axiom_rows(self, axioms: list[Linear]) -> list:
        """Propagation rows of axioms, each made once."""
        out = []
        for ax in axioms:
            rows = self._row_cache.get(id(ax))
            if rows is None:
                rows = self._row_cache[id(ax)] = propagate.rows_of([(ax, None)], self.integer)[0]
            out.extend(rows)
        return out

    def ranges(self, level: Level, active: list[str], targets: list, extra: list[Linear] = (),
               pinned_within: Fraction | int | None = None, optima: dict | None = None,
               holds: bool = False, relaxed_out: dict | None = None) -> dict | None:
        """Min and max of each target quantity; None if the active claims and `extra` cannot
        hold together. A target unbounded above gets hi=None.

        With `pinned_within` (a factor s), only targets the claims' figures pin are returned:
        in the linear relaxation (every count real) the target is above zero, bounded above,
        and its top is at most s times its bottom. Those get exact whole-number bounds. A
        figure that only whole numbers keep from zero ("up 5.1%" needs a base of at least 20)
        is not pinned by what the sources say, and deciding such bounds is what costs an
        integer solver most. Whole-number figures of a block without alternative readings
        are sorted by HiGHS (auditor/engine/relaxation.py); the others, and those HiGHS
        leaves too close to call, by z3: can the target be zero, is it unbounded above (a
        recession direction that raises it), and its exact relaxed range. `optima`: HiGHS's
        optima for these active claims and `extra`, where already known. `relaxed_out`, when
        given (with `pinned_within`), gets each pinned target's range in the relaxation and
        whether it is only HiGHS's floating-point figure (True) rather than a proved one.

        Bounds come from the linear relaxation, each optimised on its own: they contain the
        exact ones, and whole-number bounds are then found by checks.
        """
        key = ("ranges", level, frozenset(active), tuple(targets), tuple(extra),
               None if pinned_within is None else Fraction(pinned_within))
        relaxed: dict = {}
        found = self._asked(key, lambda: (self._ranges_of(level, active, targets, extra, pinned_within, optima, holds,
                                                          relaxed), relaxed),
                            lambda found: found[0] is None or all(r.exact for r in found[0].values()))
        if relaxed_out is not None:
            relaxed_out.update(found[1])
        return found[0]

    def _ranges_of(self, level: Level, active: list[str], targets: list, extra: list[Linear],
                   pinned_within: Fraction | int | None, optima: dict | None, holds: bool,
                   relaxed_out: dict) -> dict | None:
        """ranges, asked."""
        exprs = {}
        for q in targets:
            e = expand(Linear(((q, Fraction(1)),), "==", Fraction(0)), self.atoms)
            if e.terms and all(a in self.names for a, _ in e.terms):
                exprs[q] = e.terms
        if pinned_within is None or not exprs:
            return self._ranges(level, active, exprs, extra)
        # not only an early exit: the whole-number probes after this check run within
        # their resource limits more often once z3 has solved the block once (`holds`: the
        # active claims and `extra` are known to hold together, and z3 need not look again)
        if not holds and not self.satisfiable(level, active, extra):
            return None
        self._holding.add(_key(level, active, extra))
        spread = Fraction(pinned_within)
        pinned, relaxed, approximate = {}, {}, set()
        undecided = dict(exprs)
        lp, built = None, False
        below = relaxation.not_pinned_below(float(spread))
        low: set = set()   # figures under `below` at a point of an earlier solve: not pinned
        if level == "default" and self._relaxation_ok(active):   # verdicts at the default level
            whole = [key for key, terms in exprs.items() if whole_figure(terms, self.integer)]
            for n, key in enumerate(whole):   # HiGHS's verdicts are for whole-number figures only
                terms = exprs[key]
                if key in low:
                    opt = None
                elif optima is not None and key in optima:
                    opt = optima[key]
                else:
                    if not built:
                        lp, built = self._program(level, active, extra, linear=True, keep=exprs.values()), True
                    opt = lp.optimum(terms, below, prove=True, spread=float(spread)) if lp is not None else None
                    if lp is not None:
                        low |= relaxation.low_at_point(lp, {k: exprs[k] for k in whole[n + 1:]
                                                            if optima is None or k not in optima}, below)
                verdict = False if key in low else None if opt is None else relaxation.pinned(opt, float(spread))
                if verdict is None:
                    continue
                del undecided[key]
                if verdict:
                    pinned[key] = terms
                    if opt.proved is not None:   # exact bounds of the relaxation
                        relaxed[key] = Range(*opt.proved)
                    else:                        # starting points only
                        relaxed[key] = Range(Fraction(opt.lo), Fraction(opt.hi))
                        approximate.add(key)
        undecided = self._away_from_zero(level, active, extra, undecided)
        undecided = self._bounded_above(level, active, extra, undecided)
        if undecided:
            exact = self._optimise(level, active, undecided, extra, relaxed=True)
            if exact is None:
                return None
            for key, terms in undecided.items():
                if within_spread(exact[key], spread):
                    pinned[key] = terms
                    relaxed[key] = exact[key]
        relaxed_out.update((key, (relaxed[key], key in approximate)) for key in pinned)
        return self._ranges(level, active, pinned, extra, relaxed, approximate, spread)

    def _probe_model(self, level: Level, active: list[str], extra: list[Linear], terms, op: str, bound: int):
        """The value of sum(terms) at a checked whole-number model from HiGHS with sum(terms)
        `op` `bound`, or None. One program per figure, built once: only the probe's row
        changes between probes."""
        key = _key(level, active, extra) + (tuple(terms),)
        if key not in self._probe_lps:
            self._probe_lps[key] = self._relaxation(level, active, extra, [Linear(tuple(terms), "<=", Fraction(0))],
                                                    models=True)
        lp = self._probe_lps[key]
        if lp is None:
            return None
        row = len(lp.rows) - 1   # the probe's row, added last
        relaxation.bound_row(lp, row, op, bound)
        point = relaxation.whole_point(lp, self.integer, skip=row)
        if point is None:
            return None
        value = sum(k * point[a] for a, k in terms)
        return int(value) if satisfied(value, op, bound) else None

    def _proved_relaxed(self, level: Level, active: list[str], exprs: dict, extra: list[Linear]) -> dict:
        """Ranges in the relaxation of the whole-number expressions that HiGHS bounds on both
        sides with a proof (Relaxation.optimum with prove): true bounds, from which
        `_whole_bounds` finds the exact ones. Empty unless the claims have a checked
        whole-number model (they hold together, which z3's optimiser would otherwise show)
        and are a linear program."""
        lp = self._program(level, active, extra, linear=True, keep=exprs.values())
        if lp is None:
            return {}
        out = {}
        for key, terms in exprs.items():
            if not whole_figure(terms, self.integer):
                continue
            opt = lp.optimum(terms, prove=True)
            if opt is not None and opt.proved is not None:
                out[key] = Range(*opt.proved)
        if out and relaxation.whole_point(lp, self.integer, point=False) is None:
            return {}
        return out

    def _whole_optima(self, level: Level, active: list[str], extra: list[Linear], terms, known=(None, None)):
        """HiGHS's least and greatest whole-number values of sum(terms) at checked models
        (relaxation.whole_optima), or None. One program for all the figures of a call; the
        models it finds are kept (`_attained`). `known`: ends already known."""
        lp = self._whole_program(level, active, extra, [terms])
        models = self._models.setdefault(_key(level, active, extra), [])
        return None if lp is None else relaxation.whole_optima(lp, self.integer, terms, models, known)

    def _attained(self, level: Level, active: list[str], extra: list[Linear], terms, lo, hi) -> tuple:
        """(lo, hi), each kept where some whole-number model already found for these claims
        (checked exactly: settled's, the optima of figures asked before, and those of their
        joint searches, `_joint_models`) gives sum(terms) that value, else None. An end of
        the proved relaxed range, rounded inwards, that a model attains is the exact
        whole-number bound: no branch and bound needed for it."""
        values = set()
        for m in self._models.get(_key(level, active, extra), ()):
            if all(a in m for a, _ in terms):
                values.add(sum(k * m[a] for a, k in terms))
        return (lo if lo in values else None, hi if hi in values else None)

    def _joint_models(self, level: Level, active: list[str], extra: list[Linear], figures: dict) -> None:
        """Where several whole-number figures (key -> (terms, relaxed range)) have an end that
        no model found so far attains, one branch and bound of their sum, to that side, for a
        model at which many of them reach it at once (`_attained`); each figure's own search
        is then left for those it does not show."""
        ends = []
        for terms, r in figures.values():
            if r.lo is None or r.hi is None:
                continue
            lo, hi = _inward(r)
            if lo <= hi:
                ends.append((terms, self._attained(level, active, extra, terms, lo, hi)))
        for side, sense in ((0, "min"), (1, "max")):
            unattained = [terms for terms, known in ends if known[side] is None]
            if len(unattained) < JOINT_MIN_FIGURES:
                continue
            lp = self._whole_program(level, active, extra, unattained)
            if lp is None:
                return
            total: dict = {}
            for terms in unattained:
                for a, k in terms:
                    total[a] = total.get(a, 0) + k
            model = relaxation.whole_model(lp, self.integer, tuple(total.items()), sense)
            if model is not None:
                self._models.setdefault(_key(level, active, extra), []).append(model)

    def _program(self, level: Level, active: list[str], extra: list[Linear], linear: bool = False, keep=()):
        """The HiGHS program of the active claims and `extra`, built once and shared by the
        relaxed optima and proofs and then the whole-number optima (which make it a
        whole-number program); `linear`: one that is not a whole-number program yet, built
        again if it already is; `keep`: the terms of the figures it is asked about (built
        again if it lacks one of their atoms, `_relaxation`). None when the claims are not a
        linear program."""
        key = _key(level, active, extra)
        lp = self._programs.get(key)
        if key not in self._programs or (linear and lp is not None and lp.whole) or (
                lp is not None and any(a not in lp.column for terms in keep for a, _ in terms)):
            lp = self._programs[key] = self._relaxation(level, active, extra, (), keep)
        return lp

    def _whole_program(self, level: Level, active: list[str], extra: list[Linear], keep):
        """`_program` for branch and bound (whole-number optima and models): before it is
        made a whole-number program, its strict rows over fractional atoms are kept a margin
        inside (`_strictly`), as a program for models is: the closed relaxation's optimum
        meets such a row ("a rate above zero" at zero), and the exact check refuses the
        point."""
        lp = self._program(level, active, extra, keep=keep)
        if lp is not None and not lp.whole:
            self._strictly(lp)
            lp.solved = False
        return lp

    def _whole_point(self, level: Level, active: list[str], extra: list[Linear], more: list[Linear] = (),
                     relaxed_first: bool = False, point: bool = True):
        """A whole-number model from HiGHS of the active claims, `extra` (over quantities) and
        `more` (over atoms) that passes the exact check; None when it finds none or the claims
        are not a linear program (then ask z3).

        `relaxed_first`: where the claims most often cannot hold (a check that propagation
        could not refute, in the search for the claims to doubt), the linear relaxation is
        solved first, and when it has no point, neither has the whole-number program: None
        at once, as branch and bound would have answered, in a third of its time. A caller
        that only asks whether a model exists may ask so. `point=False`: True instead of the
        model (the same exact check; relaxation.whole_point)."""
        if not extra and not more and self._deletion is not None and self._deletion[0] == level:
            return self._deletion_point(active, point)
        if not self._relaxation_ok(active):
            return self._choice_point(level, active, extra, more, relaxed_first, point)
        lp = self._relaxation(level, active, extra, more, models=True)
        if lp is None or (relaxed_first and relaxation.relaxed_infeasible(lp)):
            return None
        return relaxation.whole_point(lp, self.integer, point=point)

    def _choice_point(self, level: Level, active: list[str], extra: list[Linear], more: list[Linear] = (),
                      relaxed_first: bool = False, point: bool = True):
        """_whole_point for claims of which some have several readings (no linear program):
        a whole-number model of one choice of readings (none invalid), the first CHOICE_POINTS
        choices in order, is a model of the claims. None when none of those has one that
        HiGHS finds (then ask z3, which found Milwaukee's last model of 118 claims, two of
        them with two readings, in a tenth of a second)."""
        multi = [cid for cid in sorted(active) if len(self.by_id[cid].readings) > 1]
        choices = [[i for i, r in enumerate(self.by_id[cid].readings) if not r.invalid] for cid in multi]
        fixed, seeds = [], set()
        for cid in active:
            if cid not in multi:
                rows, atoms = self._claim_atoms(cid, level)
                if atoms is None:
                    return None
                fixed.extend(rows)
                seeds |= atoms
        fixed.extend(expand(x, self.atoms) for x in extra)
        fixed.extend(more)
        seeds.update(a for x in fixed for a, _ in x.terms)
        if any(a not in self.names for a in seeds):
            return None
        for combo in islice(product(*choices), CHOICE_POINTS):
            rows, reached = list(fixed), set(seeds)
            for cid, i in zip(multi, combo):
                reading = self.expanded(self.by_id[cid], level)[i]
                if any(a not in self.names for x in reading for a, _ in x.terms):
                    return None
                rows.extend(reading)
                reached.update(a for x in reading for a, _ in x.terms)
            axioms, used = self._linked(reached)
            lp = relaxation.Relaxation(axioms + rows, [a for a in self.names if a in used])
            self._strictly(lp)
            if relaxed_first and relaxation.relaxed_infeasible(lp):
                continue
            found = relaxation.whole_point(lp, self.integer, point=point)
            if found is not None:
                return found
        return None

    def _deletion_point(self, active: list[str], point: bool = True):
        """_whole_point for a subset of the claims whose minimal set is being found: one
        program of all of them, built on first use, with the rows of the claims not in
        `active` switched off. A chain of 200 percentage changes asks this 200 times; built
        each time, the program cost far more than HiGHS's solve."""
        level, scope, program = self._deletion
        if program is None:
            program = False
            claims = sorted(scope)
            lp = self._relaxation(level, claims, [], models=True)
            if lp is not None and not lp.false:
                rows = {cid: [x for x in self.expanded(self.by_id[cid], level)[0] if x.terms] for cid in claims}
                own = sum(len(r) for r in rows.values())
                first = len(lp.rows) - own   # the linked axioms come first, then each claim's rows
                program = (lp, {}, [None])
                for cid in claims:
                    program[1][cid] = range(first, first + len(rows[cid]))
                    first += len(rows[cid])
            self._deletion = (level, scope, program)
        if program is False or not set(active) <= scope:
            lp = self._relaxation(level, active, [], models=True)
            return None if lp is None else relaxation.whole_point(lp, self.integer, point=point)
        lp, rows_of, whole = program
        off = [i for cid in scope - set(active) for i in rows_of[cid]]
        # the linear program's point first (the simplex from its last basis), when it is a
        # model (three in four of Memphis's: no branch and bound); else a copy of the program
        # made whole, on first use, for branch and bound
        lp.switch(off)
        found = relaxation.relaxed_point(lp, self.integer, point)
        if found is not None:
            return found
        if whole[0] is None:
            whole[0] = relaxation.copied(lp)
        whole[0].switch(off)
        return relaxation.whole_point(whole[0], self.integer, point=point)

    def _relaxation_ok(self, active: list[str]) -> bool:
        """Whether the active claims are a linear program (no claim with several readings)."""
        return all(len(self.by_id[cid].readings) == 1 for cid in active)

    def _relaxation(self, level: Level, active: list[str], extra: list[Linear], more: list[Linear] = (),
                    keep=(), models: bool = False):
        """The closed linear relaxation of the active claims, `extra` (over quantities) and
        `more` (over atoms) for HiGHS, with the atoms of `keep` (terms of figures to bound);
        None when it is not a linear program. `models`: a program for models only (no optimum
        or proof is asked of it), whose strict rows over fractional atoms are kept strict
        (`_strictly`).

        Only the axioms linked to those rows and figures are in it (`_linked`): a subset of a
        large block's claims (a tension's, reconciled) is a program of a few rows instead of
        the block's hundreds, with the same optima."""
        if not self._relaxation_ok(active):
            return None
        own, seeds = [], set()
        for cid in active:
            rows, atoms = self._claim_atoms(cid, level)
            if atoms is None:
                return None   # a quantity outside the block
            own.extend(rows)
            seeds |= atoms
        more = [expand(x, self.atoms) for x in extra] + list(more)
        if any(a not in self.names for x in more for a, _ in x.terms):
            return None
        own.extend(more)
        seeds.update(a for x in more for a, _ in x.terms)
        for terms in keep:
            seeds.update(a for a, _ in terms)
        axioms, used = self._linked(seeds)
        lp = relaxation.Relaxation(axioms + own, [a for a in self.names if a in used])
        if models:
            self._strictly(lp)
        return lp

    def _strictly(self, lp: relaxation.Relaxation) -> None:
        """A program whose points are to be models, with each strict row over some fractional
        atom kept a margin inside (STRICT_MARGIN): the closed relaxation of 'the 2020 rate is
        above the 1932 one' is met with the two equal, a point the exact check of the row
        (strict, as the claim says) refuses. Whole-number rows are made strict by branch and
        bound's own step inside (relaxation._make_whole). Only HiGHS's bounds of the rows
        move: a point of the narrower program is a point of the claims', and every point is
        still checked exactly against the claims' own rows."""
        inf = relaxation.highspy.kHighsInf
        integer = self.integer
        for i, c in enumerate(lp.rows):
            if c.op in ("<", ">") and not all(integer.get(a, False) for a, _ in c.terms):
                lp.bounds[i] = (-inf, float(c.rhs - STRICT_MARGIN)) if c.op == "<" else \
                    (float(c.rhs + STRICT_MARGIN), inf)
                lp.highs.changeRowBounds(i, *lp.bounds[i])

    def _claim_atoms(self, cid: str, level: Level) -> tuple[list[Linear], set | None]:
        """A claim's constraints at a level (its only reading) and their atoms, found once;
        atoms None when one is outside the block."""
        key = ("atoms", cid, level)
        found = self._row_cache.get(key)
        if found is None:
            rows = self.expanded(self.by_id[cid], level)[0]
            atoms = {a for x in rows for a, _ in x.terms}
            found = self._row_cache[key] = (rows, atoms if all(a in self.names for a in atoms) else None)
        return found

    def _frame(self, reached: set, relaxed: bool) -> str:
        """SMT-LIB declarations and axioms for the atoms in `reached` and those the axioms
        link to them (the block's own text when that is all of them)."""
        axioms, used = self._linked(reached)
        if len(axioms) == len(self.axioms) and len(used) == len(self.names):
            return self.real_decls + self._axiom_text(True) if relaxed else self.decls + self.axiom_text
        sort = (lambda a: "Real") if relaxed else (lambda a: "Int" if self.integer[a] else "Real")
        decls = "".join(f"(declare-const {n} {sort(a)})\n" for a, n in self.names.items() if a in used)
        return decls + "".join(sorted(f"(assert {self._linear(ax, relaxed)})\n" for ax in axioms))

    def _linked(self, atoms: set) -> tuple[list[Linear], set]:
        """The axioms linked to `atoms` (sharing an atom with them, directly or through other
        axioms), in the axioms' order, and the atoms they and `atoms` use. The others, all of
        the form "sum >= 0" or "<= 0" over atoms of their own, hold at zero whatever the
        rest: leaving them out changes no answer about `atoms`."""
        group_of, groups = self._axiom_groups()
        wanted = {group_of[a] for a in atoms if a in group_of}
        axioms, used = [], set(atoms)
        for g, ax, its in zip(groups, self.axioms, self._axiom_atoms):
            if g in wanted:
                axioms.append(ax)
                used |= its
        return axioms, used

    def _axiom_groups(self) -> tuple[dict, list]:
        """The axioms' connected groups (axioms linked by a shared atom): each atom's group
        and each axiom's, in the axioms' order; computed once."""
        if self._groups is None:
            parent: dict = {}

            def find(a):
                while parent[a] != a:
                    parent[a] = parent[parent[a]]
                    a = parent[a]
                return a

            for ax in self.axioms:
                atoms = list(ax.variables())
                for a in atoms:
                    parent.setdefault(a, a)
                for a in atoms[1:]:
                    ra, rb = find(atoms[0]), find(a)
                    if ra != rb:
                        parent[rb] = ra
            group_of = {a: find(a) for a in parent}
            self._groups = (group_of, [group_of[next(iter(ax.variables()))] for ax in self.axioms])
            self._axiom_atoms = [frozenset(ax.variables()) for ax in self.axioms]
        return self._groups

    def range_of(self, level: Level, active: list[str], terms, extra: list[Linear] = ()) -> Range | None:
        """Min and max of sum(terms) over quantities, given the active claims; None if unsatisfiable."""
        return self._asked(("range_of", level, frozenset(active), tuple(terms), tuple(extra)),
                           lambda: self._range_of(level, active, terms, extra),
                           lambda found: found is None or found.exact)

    def _range_of(self, level: Level, active: list[str], terms, extra: list[Linear] = ()) -> Range | None:
        e = expand(Linear(tuple(terms), "==", Fraction(0)), self.atoms)
        if not e.terms:
            return Range(Fraction(0), Fraction(0))
        if any(a not in self.names for a, _ in e.terms):
            return Range(None, None)
        found = self._ranges(level, active, {"subject": e.terms}, extra)
        return None if found is None else found["subject"]

    def _away_from_zero(self, level: Level, active: list[str], extra: list[Linear], exprs: dict) -> dict:
        """The expressions that cannot be zero (or less) in the linear relaxation."""
        if level != "default":
            raise ValueError("the relaxed solver holds the default reading only")
        if not exprs:
            return exprs
        return _never(self._relaxed_solver(), self._assume(level, active), self._extra_text(extra), exprs,
                      lambda t: self._linear(Linear(tuple(t), "<=", Fraction(0)), relaxed=True), self.budget)

    def _bounded_above(self, level: Level, active: list[str], extra: list[Linear], exprs: dict) -> dict:
        """The expressions bounded above in the linear relaxation: those no recession
        direction raises. A direction is a y with the homogeneous form of every active claim's
        reading at a point x where that reading holds (a rational polyhedron with whole points
        has the same recession cone as their hull, so this holds for whole numbers too)."""
        if level != "default":
            raise ValueError("recession directions are built for the default reading only")
        if not exprs:
            return exprs
        solver = self._relaxed_solver()
        self._add_recession(solver)
        ext = [expand(x, self.atoms) for x in extra]
        if any(a not in self.names for x in ext for a, _ in x.terms):
            return {}
        base = "".join(f"(assert {self._linear(x, relaxed=True)})\n(assert {self._homogeneous(x)})\n" for x in ext)
        assumptions = self._assume(level, active) + [self._rec_bools[cid] for cid in sorted(active)]
        return _never(solver, assumptions, base, exprs,
                      lambda t: self._homogeneous(Linear(tuple(t), ">=", Fraction(1)), keep_rhs=True), self.budget)

    def _extra_text(self, extra: list[Linear]) -> str:
        return "".join(f"(assert {self._linear(expand(x, self.atoms), relaxed=True)})\n" for x in extra)

    def _relaxed_solver(self) -> z3.Solver:
        """The block with every count real (the linear relaxation), same guards: built once."""
        if self._relaxed is None:
            guards = []
            for i, c in enumerate(self.claims):
                guards.append(self.guard(f"d{i}", c.claim_id, "default", relaxed=True))
            self._relaxed = z3.Solver(ctx=self.ctx)
            self._relaxed.from_string(self.real_decls + self._axiom_text(True) + "".join(guards))
        return self._relaxed

    def _add_recession(self, solver: z3.Solver) -> None:
        """Direction variables y (one per x) with the homogeneous form of every default
        constraint; r<i> ties claim i's reading at x to its recession cone at y (added once,
        to the relaxed solver)."""
        if self._recession:
            return
        self._recession = True
        text = "".join(f"(declare-const {self._y(n)} Real)\n" for n in self.names.values())
        text += "".join(f"(assert {self._homogeneous(ax)})\n" for ax in self.axioms)
        for i, c in enumerate(self.claims):
            readings = self.expanded(c, "default")
            parts = []
            for r in readings:
                x = [self._linear(z, True) for z in r] if len(readings) > 1 else []
                y = [self._homogeneous(z) for z in r]
                parts.append(f"(and true {' '.join(x + y)})")
            formula = parts[0] if len(parts) == 1 else f"(or {' '.join(parts)})"
            text += f"(declare-const r{i} Bool)\n(assert (=> r{i} {formula}))\n"
        solver.from_string(text)
        self._rec_bools = {c.claim_id: z3.Bool(f"r{i}", self.ctx) for i, c in enumerate(self.claims)}

    def _y(self, name: str) -> str:
        return "y" + name

    def _homogeneous(self, c: Linear, keep_rhs: bool = False) -> str:
        """The constraint on directions: the same terms, the right-hand side 0, strict made weak."""
        if not c.terms:
            return "true"
        op = {"<": "<=", ">": ">=", "==": "="}.get(c.op, c.op)
        parts = [f"(* {_num(k, True)} {self._y(self.names[a])})" for a, k in c.terms]
        lhs = parts[0] if len(parts) == 1 else f"(+ {' '.join(parts)})"
        return f"({op} {lhs} {_num(c.rhs if keep_rhs else Fraction(0), True)})"

    def _ranges(self, level: Level, active: list[str], exprs: dict, extra: list[Linear],
                relaxed: dict | None = None, approximate: set = frozenset(),
                spread: Fraction | None = None) -> dict | None:
        """Exact ranges of expressions; `relaxed`: their ranges in the relaxation, if known
        (for the keys in `approximate`, in floating point: starting points only, and the
        verdict that they are pinned within `spread` is checked again if the start fails)."""
        if not exprs:
            return {} if self.satisfiable(level, active, extra) else None
        if relaxed is None:
            relaxed = self._proved_relaxed(level, active, exprs, extra)
            rest = {k: t for k, t in exprs.items() if k not in relaxed}
            if rest:
                exact = self._optimise(level, active, rest, extra, relaxed=True)
                relaxed = None if exact is None else {**relaxed, **exact}
        if relaxed is None:
            return None
        self._joint_models(level, active, extra, {key: (terms, relaxed[key]) for key, terms in exprs.items()
                                                   if key not in approximate and whole_figure(terms, self.integer)})
        out, remaining = {}, {}
        for key, terms in exprs.items():
            r = relaxed[key]
            whole = whole_figure(terms, self.integer)
            if r.hi is None and r.lo is None:
                out[key] = r
            elif whole and key in approximate:
                found = self._whole_bounds(level, active, extra, terms, r, approximate=True)
                if found is None:   # the floating-point start was off: start from the exact relaxation
                    exact = self._optimise(level, active, {key: terms}, extra, relaxed=True)
                    if exact is None:
                        return None
                    if spread is not None and not within_spread(exact[key], spread):
                        continue   # and HiGHS's verdict with it: not pinned after all
                    found = self._whole_bounds(level, active, extra, terms, exact[key])
                out[key] = found
            elif whole:
                out[key] = self._whole_bounds(level, active, extra, terms, r)
            else:
                remaining[key] = terms  # a real quantity: optimise it exactly
        if remaining:
            exact = self._optimise(level, active, remaining, extra, relaxed=False)
            if exact is None:
                return None
            out.update(exact)
        return out

    def _whole_bounds(self, level: Level, active: list[str], extra: list[Linear], terms, r: Range,
                      approximate: bool = False) -> Range | None:
        """Exact whole-number bounds of sum(terms) inside a relaxed range, by bisection on
        satisfiability (each step a plain check, which z3 decides far faster and more surely
        than it optimises over integers). Every probe has a resource limit: on the probe
        solver (FAST_PROBE_RLIMIT), then on the block's own solver, where a block's probes
        share a budget (PROBE_BUDGET); when that runs out, the bound found so far is kept,
        still true but perhaps not the tightest, and the range says it is not exact. A side
        that is unbounded in the relaxation is unbounded in whole numbers too.

        With `approximate`, the relaxed range came from floating point: it is rounded inwards
        with a margin, and one probe first proves that no whole-number point lies outside
        it; None when one does (or the probe cannot tell)."""
        if approximate:
            margin = relaxation.MARGIN
            lo_r = Fraction(ceil(float(r.lo) - margin * max(1.0, abs(float(r.lo)))))
            hi_r = Fraction(floor(float(r.hi) + margin * max(1.0, abs(float(r.hi)))))
        else:
            lo_r, hi_r = _inward(r)
        if approximate and (lo_r > hi_r or self._probe_budget <= 0):
            return None   # unproved: start from the exact relaxation instead
        if lo_r is None or hi_r is None or lo_r > hi_r:
            return Range(lo_r, hi_r)
        if not approximate and lo_r == hi_r and self._known_to_hold(level, active, extra):
            # the proved relaxed range holds one whole number, and the claims have a
            # whole-number model: the figure is that number at every model, with no probe
            # (z3 took 0.4 s to find a model of Memphis's 214 claims that HiGHS did not)
            return Range(lo_r, hi_r)
        if self._probe_budget <= 0:
            return Range(lo_r, hi_r, exact=lo_r == hi_r)
        cut_short = []
        extra_text = "".join(f"(assert {self._linear(expand(x, self.atoms))})\n" for x in extra)

        def ask(solver: z3.Solver, assumptions: list, op: str, bound, limit: int, want_value: bool):
            """z3's answer to one probe, within `limit` resource units, and the value at
            its model when it finds one (and `want_value`)."""
            value = z3.Sum([z3.Int(self.names[a], self.ctx) * int(k) for a, k in terms])
            solver.push()
            try:
                if extra_text:
                    solver.from_string(extra_text)
                if op == "outside":
                    solver.add(z3.Or(value <= bound[0], value >= bound[1]))
                else:
                    solver.add(value <= bound if op == "<=" else value >= bound)
                solver.set("rlimit", limit)
                result = _check(solver, assumptions)
                found = None
                if result == z3.sat and want_value:
                    found = solver.model().eval(value, model_completion=True).as_long()
                return result, found
            finally:
                solver.set("rlimit", 0)
                solver.pop()

        def probe(op: str, bound, want_value: bool = True):
            """Is there a model with value <= bound, >= bound, or (op "outside") outside the
            pair of bounds? A whole-number model from HiGHS, checked exactly, answers yes
            without z3 (which can take seconds to find one); only z3 answers no: the probe
            solver first, then, when it runs out, the block's solver within the budget."""
            if op != "outside":
                found = self._probe_model(level, active, extra, terms, op, bound)
                if found is not None:
                    return z3.sat, found
            fast, assumptions = self._fast_assume(level, active)
            result, found = ask(fast, assumptions, op, bound, FAST_PROBE_RLIMIT, want_value)
            if result != z3.unknown:
                return result, found
            if self._probe_budget <= 0:
                cut_short.append(bound)
                return z3.unknown, None
            assumptions = self._assume(level, active)
            started = self._resources()
            try:
                result, found = ask(self.solver, assumptions, op, bound,
                                    max(1, min(PROBE_RLIMIT, self._probe_budget)), want_value)
            finally:
                self._probe_budget -= self._resources() - started
            if result == z3.unknown:
                cut_short.append(bound)
            return result, found

        def bound(op: str, inner: int, far: int) -> int:
            status, _ = probe(op, inner, want_value=False)   # the relaxed bound is often attained
            if status != z3.unsat:
                return inner
            # the whole-number bound is usually a step or two inside: gallop away from the
            # relaxed bound, into the range, until a probe holds, then bisect the last stride
            toward = 1 if op == "<=" else -1
            impossible, step = inner, 1
            while True:
                candidate = inner + toward * step
                if (candidate - far) * toward >= 0:
                    candidate = far
                status, best = probe(op, candidate)
                if status == z3.sat:
                    break
                if status != z3.unsat or candidate == far:
                    return impossible + toward   # out of resources: a true bound, perhaps loose
                impossible, step = candidate, step * 2
            while abs(best - impossible) > 1:
                mid = (best + impossible) // 2 if op == "<=" else -((-(best + impossible)) // 2)
                status, found = probe(op, mid)
                if status == z3.sat:
                    best = found
                elif status == z3.unsat:
                    impossible = mid
                else:
                    return impossible + toward
            return best

        # HiGHS's whole-number optima are attained at checked models; when one probe shows
        # that nothing lies beyond them, they are the exact bounds (most figures end here)
        known = (None, None) if approximate else self._attained(level, active, extra, terms, lo_r, hi_r)
        if None not in known:
            return Range(lo_r, hi_r)   # the proved relaxed bounds, both attained
        # bounds propagation over whole numbers (propagate.py) is often tighter than the
        # relaxation, and exact: a chain of percentage changes pins each month to one number
        # that the relaxation's widening range hides, and that z3 proves only slowly
        tightened = self._tightened(level, active, extra, terms, lo_r, hi_r, approximate)
        if tightened is not None:
            (lo_r, hi_r), approximate = tightened, False
            known = self._attained(level, active, extra, terms, lo_r, hi_r)
            if None not in known:
                return Range(lo_r, hi_r)
        ends = self._whole_optima(level, active, extra, terms, known)
        if ends is not None:
            if not approximate and ends == (lo_r, hi_r):
                return Range(ends[0], ends[1])   # attained, and the relaxation allows no more
            # (both sides in one probe, even where the optimum meets the proved relaxed
            # bound: asking z3 about the other side alone was quicker on average, but it
            # ran out of resources on a figure whose two sides it proves together, and
            # the range came out loose; BENCHMARKS.md)
            if probe("outside", (int(ends[0]) - 1, int(ends[1]) + 1), want_value=False)[0] == z3.unsat:
                return Range(ends[0], ends[1])
            if approximate and ends == (lo_r, hi_r):
                return None   # the probe below would be the same one
        if approximate:
            # nothing below lo_r and nothing above hi_r (one probe), or the start is not a bound
            if probe("outside", (int(lo_r) - 1, int(hi_r) + 1), want_value=False)[0] != z3.unsat:
                return None
        lo = bound("<=", int(lo_r), int(hi_r))
        hi = bound(">=", int(hi_r), int(lo_r))
        return Range(Fraction(lo), Fraction(hi), exact=not cut_short)

    def _known_to_hold(self, level: Level, active: list[str], extra: list[Linear]) -> bool:
        """Whether the active claims and `extra` are already known to have a whole-number
        model at the level: z3 or a checked model said so (`ranges`, `satisfiable`, `check`,
        the checked models kept by `_key`), or, without `extra`, they are within a set of
        claims that check found to hold together."""
        key = _key(level, active, extra)
        if key in self._holding or self._models.get(key):
            return True
        if extra:
            return False
        claims = frozenset(active)
        return any(claims <= h for h in self._held.get(level, ()))

    def _tightened(self, level: Level, active: list[str], extra: list[Linear], terms, lo_r, hi_r,
                   approximate: bool) -> tuple[Fraction, Fraction] | None:
        """Proved whole-number bounds of sum(terms) from bounds propagation, within the
        relaxed ones (lo_r, hi_r), when they are tighter than those or those are not proved
        (`approximate`); None when propagation gives none that helps."""
        found = self._propagation(level, active, extra)
        if found is None or found.conflict is not None:
            return None
        lo, hi = found.range_of(terms, whole=True)
        if lo is None or hi is None or lo > hi:
            return None
        if approximate:
            return (lo, hi) if lo >= lo_r and hi <= hi_r else None
        lo, hi = max(lo, lo_r), min(hi, hi_r)
        return (lo, hi) if (lo, hi) != (lo_r, hi_r) and lo <= hi else None

    def _resources(self) -> int:
        """z3's running count of resource units spent by this solver."""
        try:
            return int(self.solver.statistics().get_key_value("rlimit count"))
        except z3.Z3Exception:   # no check has run yet
            return 0

    def _optimise(self, level: Level, active: list[str], exprs: dict, extra: list[Linear] = (),
                  relaxed: bool = False) -> dict | None:
        """Min and max of each expression, each optimised on its own (z3's 'box' mode, which
        optimises many at once, can return bounds that are not attained). z3's optimiser can
        stall on some inputs, so each objective runs under a resource limit; one that does not
        finish leaves that side unbounded (a true, if loose, answer). Only the declarations
        and axioms linked to the claims, `extra` and the expressions are given to z3
        (`_linked`)."""
        extra = [expand(x, self.atoms) for x in extra]
        reached = set()
        for cid in active:
            for reading in self.expanded(self.by_id[cid], level):
                reached.update(a for x in reading for a, _ in x.terms)
        reached.update(a for x in extra for a, _ in x.terms)
        reached.update(a for terms in exprs.values() for a, _ in terms)
        text = self._frame(reached, relaxed)
        for cid in sorted(active):
            text += f"(assert {self._claim_formula(cid, level, relaxed)})\n"
        for x in extra:
            text += f"(assert {self._linear(x, relaxed)})\n"
        keys, sorts = list(exprs), []
        for i, key in enumerate(keys):
            terms = exprs[key]
            real = relaxed or not all(self.integer[a] for a, _ in terms)
            sorts.append(real)
            text += f"(declare-const o{i} {'Real' if real else 'Int'})\n" \
                    f"(assert (= o{i} {_strip_eq(self._linear(Linear(terms, '==', Fraction(0)), relaxed))}))\n"
        opt = z3.Optimize(ctx=self.ctx)
        opt.set("rlimit", OPTIMISE_RLIMIT)
        timeout = self.budget.timeout_ms()
        if timeout is not None:   # the audit's deadline: a side not found in time is left unbounded
            opt.set("timeout", timeout)
        opt.from_string(text)
        out = {}
        for i, (key, real) in enumerate(zip(keys, sorts)):
            terms = exprs[key]
            var = z3.Real(f"o{i}", self.ctx) if real else z3.Int(f"o{i}", self.ctx)
            whole = not relaxed and all(self.integer[a] for a, _ in terms)
            scale = lcm(*(k.denominator for _, k in terms)) if whole else 1   # _linear scaled it
            ends = {}
            for sense in ("min", "max"):
                opt.push()
                handle = opt.minimize(var) if sense == "min" else opt.maximize(var)
                result = opt.check()
                value = handle.value() if result == z3.sat else None  # not a bound if it ran out
                opt.pop()
                if result == z3.unsat:
                    return None
                ends[sense] = (None, False) if value is None else _value(value)
            (lo, lo_open), (hi, hi_open) = ends.get("min", (None, False)), ends.get("max", (None, False))
            out[key] = Range(None if lo is None else lo / scale, None if hi is None else hi / scale, lo_open, hi_open)
        return out


def consistent_blocks(blocks: list[tuple[list[CompiledClaim], list[Linear], Atoms]],
                      budget: Budget = Budget()) -> list[bool]:
    """Which blocks certainly hold together at the default reading, decided many at once.

    The blocks share one solver (each block's names prefixed), which saves z3's fixed cost
    per solver. While the whole is unsatisfiable, every block named in the unsatisfiable
    core is set aside (False: not known to hold; decide it on its own) and the rest
    checked again; blocks share no variable, so the rest hold when the check succeeds.
    """
    texts, guards = [], []
    for b, (claims, axioms, atoms) in enumerate(blocks):
        t = BlockText(claims, axioms, atoms, prefix=f"b{b}_")
        texts.append(t.decls + t.axiom_text)
        for i, c in enumerate(t.claims):
            name = f"b{b}_d{i}"
            texts.append(t.guard(name, c.claim_id, "default"))
            guards.append((b, z3.Bool(name)))
    solver = z3.Solver()
    solver.from_string("".join(texts))
    holds = [True] * len(blocks)
    while True:
        result = _check(solver, [g for b, g in guards if holds[b]], budget)
        if result == z3.sat:
            return holds
        core = {g.get_id() for g in solver.unsat_core()} if result == z3.unsat else None
        named = {b for b, g in guards if holds[b] and (core is None or g.get_id() in core)}
        if not named:
            return [False] * len(blocks)
        for b in named:
            holds[b] = False


def _key(level: Level, active, extra) -> tuple:
    """What a program, or a model, of the block is for: the level, the active claims (in
    any order) and the extra constraints."""
    return (level, tuple(sorted(active)), tuple(extra))


def _never(solver: z3.Solver, assumptions: list, base: str, exprs: dict, condition, budget: Budget) -> dict:
    """The expressions for which `condition` (SMT-LIB text of one) is shown, within the
    budget, not to hold with `base` (one not shown is left out: a true answer, if loose)."""
    out = {}
    for key, terms in exprs.items():
        solver.push()
        try:
            solver.from_string(base + f"(assert {condition(terms)})\n")
            result = _check(solver, assumptions, budget)
        finally:
            solver.pop()
        if result == z3.unsat:
            out[key] = terms
    return out


def _core_ids(solver: z3.Solver) -> set[int]:
    """The z3 ids of the assumptions in the unsat core of the solver's last check, read
    without a Python object per member (a block with a tension asks for hundreds of cores)."""
    ctx = solver.ctx.ref()
    vector = z3.Z3_solver_get_unsat_core(ctx, solver.solver)
    z3.Z3_ast_vector_inc_ref(ctx, vector)
    try:
        return {z3.Z3_get_ast_id(ctx, z3.Z3_ast_vector_get(ctx, vector, i))
                for i in range(z3.Z3_ast_vector_size(ctx, vector))}
    finally:
        z3.Z3_ast_vector_dec_ref(ctx, vector)


def _check(solver: z3.Solver, assumptions: list, budget: Budget | None = None) -> z3.CheckSatResult:
    """solver.check(*assumptions) for Boolean constants, without z3's per-assumption sort
    cast in Python (a block with a tension makes thousands of checks over tens of claims).
    With a `budget`: within its resource units and before its deadline (unknown when it
    runs out); without one, within what the solver was set to (a probe's own limit), and
    before no deadline."""
    if budget is not None:
        timeout = budget.timeout_ms()
        if timeout is not None and budget.past():
            return z3.unknown
        solver.set("rlimit", budget.units)
        if timeout is not None:
            solver.set("timeout", timeout)
    array = (z3.Ast * len(assumptions))(*[a.as_ast() for a in assumptions])
    try:
        return z3.CheckSatResult(z3.Z3_solver_check_assumptions(solver.ctx.ref(), solver.solver, len(assumptions),
                                                                array))
    finally:
        if budget is not None:
            solver.set("rlimit", 0)
            if timeout is not None:
                solver.set("timeout", 4294967295)   # z3's "no timeout"


def within_spread(r: Range | None, spread) -> bool:
    """Pinned: above zero, bounded above, and the top at most `spread` times the bottom."""
    return r is not None and r.lo is not None and r.hi is not None and r.lo > 0 and r.hi <= spread * r.lo


def _inward(r: Range) -> tuple[Fraction | None, Fraction | None]:
    """A relaxed range rounded inwards to whole numbers (open ends step past themselves)."""
    lo = hi = None
    if r.lo is not None:
        lo = Fraction(-((-r.lo.numerator) // r.lo.denominator))
        if r.lo_open and lo == r.lo:
            lo += 1
    if r.hi is not None:
        hi = Fraction(r.hi.numerator // r.hi.denominator)
        if r.hi_open and hi == r.hi:
            hi -= 1
    return lo, hi


def _strip_eq(text: str) -> str:
    """'(= LHS 0)' -> 'LHS' (the objective expression)."""
    assert text.startswith("(= ") and text.endswith(")")
    inner = text[3:-1]
    # the right-hand side is the last token: a number
    head, _, tail = inner.rpartition(" ")
    return head


def _value(v: z3.ExprRef) -> tuple[Fraction | None, bool]:
    """An optimum as (bound, open). z3 writes a bound that is approached but not attained
    with an infinitesimal: "3 + epsilon", "-1 * epsilon", "2111/2000 * epsilon"; the bound
    is its standard part (epsilon set to 0), never a coefficient of epsilon."""
    if z3.is_int_value(v):
        return Fraction(v.as_long()), False
    if z3.is_rational_value(v):
        return Fraction(v.numerator_as_long(), v.denominator_as_long()), False
    if "oo" in v.sexpr():   # z3's own text (C), not its Python printer: the same "oo"
        return None, False
    try:
        standard = z3.simplify(z3.substitute(v, (z3.Real("epsilon", v.ctx), z3.RealVal(0, v.ctx))))
    except z3.Z3Exception:
        return None, False
    if z3.is_rational_value(standard):
        return Fraction(standard.numerator_as_long(), standard.denominator_as_long()), True
    if z3.is_int_value(standard):
        return Fraction(standard.as_long()), True
    return None, False
