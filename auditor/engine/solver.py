"""The exact solver: one z3 instance per independent block of claims.

Constraints are handed to z3 as SMT-LIB text (much faster to build than z3's Python
expression objects); each claim's readings are guarded by one Boolean per reading level,
so unsatisfiable cores name claims, never axioms.
"""

from __future__ import annotations

from dataclasses import dataclass
from fractions import Fraction
from math import lcm

import z3

from auditor.engine.compile import Atoms, CompiledClaim, Linear, expand
from auditor.pack.model import Level

SMT_OPS = {"<=": "<=", "<": "<", ">=": ">=", ">": ">", "==": "="}


def _num(x: Fraction, real: bool) -> str:
    if x.denominator != 1:
        text = f"(/ {abs(x.numerator)}.0 {x.denominator}.0)"
    else:
        text = f"{abs(x.numerator)}.0" if real else str(abs(x.numerator))
    return f"(- {text})" if x < 0 else text


@dataclass
class Range:
    """The range a linear expression takes over every model; None ends are unbounded."""

    lo: Fraction | None
    hi: Fraction | None
    lo_open: bool = False
    hi_open: bool = False


class BlockSolver:
    """Decides one block: which claims can hold together, and the ranges they allow."""

    def __init__(self, claims: list[CompiledClaim], axioms: list[Linear], atoms: Atoms) -> None:
        self.claims = sorted(claims, key=lambda c: c.claim_id)
        self.atoms = atoms
        used = set()
        self._expanded: dict[tuple[str, Level], list[list[Linear]]] = {}
        for c in self.claims:
            for level in ("default", "generous"):
                readings = [[expand(x, atoms) for x in r.constraints[level]] for r in c.readings]
                self._expanded[(c.claim_id, level)] = readings
                for r in readings:
                    for x in r:
                        used.update(x.variables())
        for ax in axioms:
            used.update(ax.variables())
        self.names = {a: f"x{i}" for i, a in enumerate(sorted(used, key=repr))}
        self.integer = {a: atoms.integer.get(a, False) for a in self.names}
        self.axioms = axioms
        self._decls = "".join(f"(declare-const {n} {'Int' if self.integer[a] else 'Real'})\n"
                              for a, n in self.names.items())
        self._axiom_text = "".join(f"(assert {self._linear(ax)})\n" for ax in axioms)
        self.index = {c.claim_id: i for i, c in enumerate(self.claims)}
        guards = []
        for i, c in enumerate(self.claims):
            for level, tag in (("default", "d"), ("generous", "g")):
                guards.append(f"(declare-const {tag}{i} Bool)\n(assert (=> {tag}{i} {self._claim_formula(c.claim_id, level)}))\n")
        self.solver = z3.Solver()
        self.solver.from_string(self._decls + self._axiom_text + "".join(guards))
        self._bools = {(c.claim_id, level): z3.Bool(f"{'d' if level == 'default' else 'g'}{i}")
                       for i, c in enumerate(self.claims) for level in ("default", "generous")}

    # --- text building ------------------------------------------------------------------
    def _linear(self, c: Linear) -> str:
        if not c.terms:
            return "true" if _holds(Fraction(0), c.op, c.rhs) else "false"
        real = not all(self.integer[a] for a, _ in c.terms)
        if not real:
            scale = lcm(*(k.denominator for _, k in c.terms), c.rhs.denominator)
        else:
            scale = 1
        parts = []
        for atom, k in c.terms:
            name = self.names[atom]
            if real and self.integer[atom]:
                name = f"(to_real {name})"
            coef = k * scale
            parts.append(name if coef == 1 else f"(* {_num(coef, real)} {name})")
        lhs = parts[0] if len(parts) == 1 else f"(+ {' '.join(parts)})"
        return f"({SMT_OPS[c.op]} {lhs} {_num(c.rhs * scale, real)})"

    def _claim_formula(self, claim_id: str, level: Level) -> str:
        readings = self._expanded[(claim_id, level)]
        conj = []
        for r in readings:
            if not r:
                conj.append("true")
            elif len(r) == 1:
                conj.append(self._linear(r[0]))
            else:
                conj.append(f"(and {' '.join(self._linear(x) for x in r)})")
        return conj[0] if len(conj) == 1 else f"(or {' '.join(conj)})"

    # --- decisions ----------------------------------------------------------------------
    def check(self, level: Level, active: list[str]) -> tuple[bool, list[str]]:
        """(satisfiable, unsat core as claim ids) for the active claims at a level."""
        assumptions = [self._bools[(cid, level)] for cid in sorted(active)]
        result = self.solver.check(*assumptions)
        if result == z3.sat:
            return True, []
        if result != z3.unsat:
            raise RuntimeError(f"the solver could not decide a block ({result}): {self.solver.reason_unknown()}")
        names = {str(b) for b in self.solver.unsat_core()}
        core = [cid for cid in sorted(active) if str(self._bools[(cid, level)]) in names]
        return False, core

    def minimal_core(self, level: Level, core: list[str]) -> list[str]:
        """Deletion-based minimisation: drop each claim whose absence keeps the set unsatisfiable."""
        current = sorted(core)
        for cid in list(current):
            if cid not in current:
                continue
            trial = [c for c in current if c != cid]
            sat, smaller = self.check(level, trial)
            if not sat:
                current = smaller or trial
        return current

    def readings_that_hold(self, level: Level, active: list[str]) -> dict[str, list[str | None]]:
        """For each multi-reading claim, the readings true in one model of the active claims."""
        if not any(len(c.readings) > 1 for c in self.claims if c.claim_id in active):
            return {}
        sat, _ = self.check(level, active)
        if not sat:
            return {}
        model = self.solver.model()
        out = {}
        for c in self.claims:
            if c.claim_id not in active or len(c.readings) < 2:
                continue
            holds = []
            for r, cons in zip(c.readings, self._expanded[(c.claim_id, level)]):
                text = "(and true " + " ".join(self._linear(x) for x in cons) + ")"
                formula = z3.parse_smt2_string(self._decls + f"(assert {text})")
                if all(z3.is_true(model.eval(f, model_completion=True)) for f in formula):
                    holds.append(r.label)
            out[c.claim_id] = holds
        return out

    def satisfiable(self, level: Level, active: list[str], extra: list[Linear] = ()) -> bool:
        """Whether the active claims hold together with extra constraints over quantities."""
        expanded = [expand(x, self.atoms) for x in extra]
        if any(a not in self.names for x in expanded for a, _ in x.terms):
            return True  # a quantity outside the block is unconstrained
        text = "".join(f"(assert {self._linear(x)})\n" for x in expanded)
        self.solver.push()
        try:
            if text:
                self.solver.add(z3.parse_smt2_string(self._decls + text))
            result = self.solver.check(*[self._bools[(cid, level)] for cid in sorted(active)])
        finally:
            self.solver.pop()
        if result == z3.unknown:
            raise RuntimeError(f"the solver could not decide a block: {self.solver.reason_unknown()}")
        return result == z3.sat

    def ranges(self, level: Level, active: list[str], targets: list, extra: list[Linear] = ()) -> dict | None:
        """Exact min and max of each target quantity that is bounded above; None if the active
        claims and `extra` cannot hold together. Targets unbounded above get Range(None, None).

        The linear relaxation (every count real) is solved first, in one 'box' optimisation:
        its bounds contain the exact ones, and a quantity unbounded in it is unbounded for
        whole numbers too. A relaxed bound rounded inwards is exact when the solver finds whole
        numbers that attain it; only the rest go to the slower integer optimisation.
        """
        relaxed = self._box(level, active, targets, extra, relaxed=True)
        if relaxed is None:
            return None
        out, remaining = {}, []
        for q, r in relaxed.items():
            if r.hi is None:
                out[q] = Range(None, None)
                continue
            if not self._is_integer(q):
                remaining.append(q)  # a real quantity: the relaxation is no shortcut
                continue
            lo, hi = _inward(r)
            if lo is not None and hi is not None and lo <= hi and all(
                    self.satisfiable(level, active, [*extra, Linear(((q, Fraction(1)),), "==", v)]) for v in (lo, hi)):
                out[q] = Range(lo, hi)
            else:
                remaining.append(q)
        if remaining:
            exact = self._box(level, active, remaining, extra, relaxed=False)
            if exact is None:
                return None
            out.update(exact)
        return out

    def _is_integer(self, q) -> bool:
        e = expand(Linear(((q, Fraction(1)),), "==", Fraction(0)), self.atoms)
        return all(self.integer.get(a, False) for a, _ in e.terms)

    def _box(self, level: Level, active: list[str], targets: list, extra: list[Linear] = (),
             relaxed: bool = False) -> dict | None:
        """Min and max of many quantities in one z3 'box' optimisation (each objective on its own)."""
        exprs = []
        for q in targets:
            e = expand(Linear(((q, Fraction(1)),), "==", Fraction(0)), self.atoms)
            if e.terms and all(a in self.names for a, _ in e.terms):
                exprs.append((q, e))
        text = (self._decls.replace(" Int)", " Real)") if relaxed else self._decls) + self._axiom_text
        for cid in sorted(active):
            text += f"(assert {self._claim_formula(cid, level)})\n"
        for x in extra:
            text += f"(assert {self._linear(expand(x, self.atoms))})\n"
        sorts = []
        for i, (q, e) in enumerate(exprs):
            real = relaxed or not all(self.integer[a] for a, _ in e.terms)
            sorts.append(real)
            text += f"(declare-const o{i} {'Real' if real else 'Int'})\n(assert (= o{i} {_strip_eq(self._linear(e))}))\n"
        opt = z3.Optimize()
        opt.set(priority="box")
        opt.from_string(text)
        handles = []
        for i, real in enumerate(sorts):
            var = z3.Real(f"o{i}") if real else z3.Int(f"o{i}")
            handles.append((opt.minimize(var), opt.maximize(var)))
        result = opt.check()
        if result == z3.unsat:
            return None
        if result != z3.sat:
            raise RuntimeError(f"the optimiser could not decide a block ({result})")
        out = {}
        for (q, e), (lo_h, hi_h) in zip(exprs, handles):
            scale = 1 if relaxed or not all(self.integer[a] for a, _ in e.terms) \
                else lcm(*(k.denominator for _, k in e.terms))
            lo, lo_open = _value(lo_h.value(), "min")
            hi, hi_open = _value(hi_h.value(), "max")
            out[q] = Range(None if lo is None else lo / scale, None if hi is None else hi / scale, lo_open, hi_open)
        return out

    def range_of(self, level: Level, active: list[str], terms, extra: list[Linear] = ()) -> Range | None:
        """Min and max of sum(terms) over quantities, given the active claims; None if unsatisfiable."""
        expr = expand(Linear(tuple(terms), "==", Fraction(0)), self.atoms)
        if not expr.terms:
            return Range(Fraction(0), Fraction(0))
        for atom, _ in expr.terms:
            if atom not in self.names:
                return Range(None, None)
        real = not all(self.integer[a] for a, _ in expr.terms)
        scale = lcm(*(k.denominator for _, k in expr.terms)) if not real else 1
        obj_expr = self._linear(Linear(expr.terms, "==", Fraction(0)))  # (= lhs 0)
        text = self._decls + self._axiom_text
        for cid in sorted(active):
            text += f"(assert {self._claim_formula(cid, level)})\n"
        for x in extra:
            text += f"(assert {self._linear(expand(x, self.atoms))})\n"
        sort = "Real" if real else "Int"
        # the objective is the scaled expression; divide back afterwards
        body = _strip_eq(obj_expr)
        text += f"(declare-const objective {sort})\n(assert (= objective {body}))\n"
        bounds = []
        for sense in ("min", "max"):
            opt = z3.Optimize()
            opt.from_string(text)
            obj = z3.Real("objective") if real else z3.Int("objective")
            handle = opt.minimize(obj) if sense == "min" else opt.maximize(obj)
            result = opt.check()
            if result == z3.unsat:
                return None
            if result != z3.sat:
                raise RuntimeError(f"the optimiser could not decide a block ({result})")
            bounds.append(_value(handle.value() if sense == "min" else handle.value(), sense))
        (lo, lo_open), (hi, hi_open) = bounds
        return Range(None if lo is None else lo / scale, None if hi is None else hi / scale, lo_open, hi_open)


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


def _value(v: z3.ExprRef, sense: str) -> tuple[Fraction | None, bool]:
    text = str(v)
    if "oo" in text:
        return None, False
    if z3.is_int_value(v):
        return Fraction(v.as_long()), False
    if z3.is_rational_value(v):
        return Fraction(v.numerator_as_long(), v.denominator_as_long()), False
    # e.g. "2000 + epsilon": a strict bound
    try:
        simplified = z3.simplify(z3.substitute(v, (z3.Real("epsilon"), z3.RealVal(0))))
    except z3.Z3Exception:
        simplified = None
    for arg in [v] + list(v.children()):
        if z3.is_rational_value(arg):
            return Fraction(arg.numerator_as_long(), arg.denominator_as_long()), True
        if z3.is_int_value(arg):
            return Fraction(arg.as_long()), True
    if simplified is not None and z3.is_rational_value(simplified):
        return Fraction(simplified.numerator_as_long(), simplified.denominator_as_long()), True
    return None, False


def _holds(lhs: Fraction, op: str, rhs: Fraction) -> bool:
    return {"<=": lhs <= rhs, "<": lhs < rhs, ">=": lhs >= rhs, ">": lhs > rhs, "==": lhs == rhs}[op]
