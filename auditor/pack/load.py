"""Loading the rule pack from its folder with a safe YAML loader."""

from __future__ import annotations

import os
from copy import deepcopy
from dataclasses import replace
from difflib import get_close_matches
from functools import lru_cache
from pathlib import Path

from pydantic import ValidationError

from auditor.checks.params import PARAMS, NamedCountWays
from auditor.errors import InputError, Problem
from auditor.units import metric_unit_problem
from auditor.pack.model import Comparisons, Metric, Pack, Place, Qualifier, Rate, Relation, Rounding, Rule, Suspicion

# who says a claim (a source's kind, else the claim's attribution) and what kind of statement it
# is: rules/suspicion.yaml gives each a cost of doubting it
OPTIONAL_TABLES = ("relations", "rates", "counted_ways")   # a pack may have none
AUTHORITY_KEYS = ("dataset", "official-statement", "document", "direct-quote", "reporter", "paraphrase", "headline")
STATEMENT_KEYS = ("value", "share", "change", "comparison", "record")


def default_pack_path() -> Path:
    """The rule pack bundled with the package (installed as auditor/_rules) or the repo's rules/."""
    bundled = Path(__file__).resolve().parents[1] / "_rules"
    if bundled.is_dir():
        return bundled
    return Path(__file__).resolve().parents[2] / "rules"


def load_pack(path: str | Path | None = None) -> Pack:
    """Read and validate a rule pack; raise InputError listing every problem."""
    root = Path(path) if path is not None else default_pack_path()
    if path is not None:
        _refuse_no_pack(root)
    resolved = root.resolve()
    return _load_pack_cached(str(resolved), _stamp(_layers(resolved)[1:]) if path is not None else ())


def _layers(root: Path) -> list[Path]:
    """The folders a load of this pack reads: the bundled pack, and a desk's pack over it."""
    bundled = default_pack_path().resolve()
    return [bundled] if root == bundled else [bundled, root]


def _stamp(layers: list[Path]) -> tuple:
    """Each of a desk pack's files' name, size and modification time: the in-process memo's key
    beside the folder, so a desk's pack edited while a notebook or server runs is read again (a
    stat a file, not a read; the cache between runs checks every byte). The bundled pack is part
    of the installed package: one process reads it once."""
    stamp = []
    for folder in (where for layer in layers for where in (layer, layer / "checks")):
        try:
            entries = sorted(os.scandir(folder), key=lambda entry: entry.name)
        except OSError:
            continue
        for entry in entries:
            if entry.name.endswith(".yaml"):
                try:
                    st = entry.stat()
                except OSError:
                    continue
                stamp.append((entry.path, st.st_size, st.st_mtime_ns))
    return tuple(stamp)


def _refuse_no_pack(root: Path) -> None:
    """A desk's pack path that is no folder, or a folder holding no pack file, is a mistake (a
    mistyped `--rules`): taken as it is, it would leave the bundled pack to audit without a word."""
    if root.is_dir():
        known = {"pack.yaml", *(f.name for f in default_pack_path().glob("*.yaml"))}
        if any((root / name).is_file() for name in known) or (root / "checks").is_dir():
            return
        why, hint = ("the folder holds no rule-pack file (metrics.yaml, places.yaml, pack.yaml, checks/ ...)",
                     "give the folder that holds the desk's metrics.yaml and places.yaml (often a `pack/` folder)")
    elif root.exists():
        why, hint = "a rule pack is a folder, not a file", f"give the folder that holds it: {root.parent}"
    else:
        why, hint = "no such folder", "check the path; a desk's pack is a folder holding metrics.yaml and places.yaml"
    raise InputError([Problem(file=str(root), code="pack-missing", field="rules", input=str(root),
                              message=why, hint=hint)])


@lru_cache(maxsize=8)
def _load_pack_cached(root_str: str, stamp: tuple = ()) -> Pack:
    """The pack from the cache of earlier runs when none of its files changed
    (auditor/pack/cache.py), else read, validated, and kept there for the next run. `stamp`
    (the files' sizes and times) only keys the in-process memo."""
    from auditor.pack import cache

    root = Path(root_str)
    read_by_load = _layers(root)   # what a load may read, either way
    pack = cache.read(root, read_by_load)
    if pack is None:
        pack = _load_pack_files(root)
        cache.write(root, read_by_load, pack)
    return pack


@lru_cache(maxsize=64)
def _parsed(text: str):
    """A pack file's text read by the safe YAML loader (libyaml where installed; positions are
    recovered only on error). Kept by the text itself, never stale: a desk's pack re-reads the
    bundled files, and a process that loads several packs (the tests load 25) reads them once.
    Callers get a copy, so no pack shares a mutable value with another."""
    from ruamel.yaml import YAML

    return YAML(typ="safe").load(text)


def _load_pack_files(root: Path) -> Pack:
    problems: list[Problem] = []
    from ruamel.yaml.error import YAMLError

    def read(p: Path) -> dict:
        try:
            data = deepcopy(_parsed(p.read_text(encoding="utf-8")))
        except (OSError, YAMLError) as exc:
            problems.append(Problem(file=str(p), code="pack-unreadable", message=str(exc),
                                    hint="fix the rule pack file"))
            return {}
        if not isinstance(data, dict):
            problems.append(Problem(file=str(p), code="pack-malformed",
                                    message="expected a mapping at the top level",
                                    hint="see rules/README.md"))
            return {}
        return data

    located: list[tuple[Problem, tuple]] = []   # problems to give a line and column, with their path

    def problem(file: Path, loc: tuple, **fields) -> None:
        located.append((Problem(file=str(file), **fields), loc))

    def build(model, data: dict, file: Path, where: tuple):
        try:
            return model.model_validate(data)
        except ValidationError as exc:
            for err in exc.errors():
                loc = (*where, *err["loc"])
                problem(file, loc, code="pack-invalid", field=".".join(map(str, loc)),
                        input=_shown(err.get("input")), message=err["msg"], hint="see rules/README.md")
            return None

    # the layers: the bundled pack, then a desk's pack that extends it (same ids replace,
    # new ids add), unless the desk's pack.yaml says `standalone: true`
    bundled = default_pack_path().resolve()
    layers = [root] if root == bundled or _standalone(root, read) else [bundled, root]
    origin: dict[tuple[str, str], Path] = {}   # (table, id) -> the file it was last defined in

    def table(name: str, model, check=None) -> dict:
        out = {}
        for layer in layers:
            file = layer / f"{name}.yaml"
            if not file.exists():
                if layer == layers[0] and name not in OPTIONAL_TABLES:
                    problem(file, (), code="pack-unreadable", message="the pack has no such file",
                            hint=f"a pack that stands alone needs {name}.yaml (or leave out `standalone: true`)")
                continue
            entries = read(file).get(name) or {}
            if not isinstance(entries, dict):
                problem(file, (name,), code="pack-invalid", field=name, input=_shown(entries),
                        message=f"'{name}' must map each id to its fields, not be a {type(entries).__name__}",
                        hint=f"write it as '{name}:' followed by indented 'some-id:' entries (see rules/{name}.yaml)")
                continue
            for key, body in entries.items():
                if body is not None and not isinstance(body, dict):
                    problem(file, (name, key), code="pack-invalid", field=f"{name}.{key}", input=_shown(body),
                            message=f"the entry '{key}' must be a mapping of its fields",
                            hint=f"indent its fields under '{key}:' (see rules/{name}.yaml)")
                    continue
                item = build(model, {"id": key, **(body or {})}, file, (name, key))
                if item:
                    out[key], origin[(name, key)] = item, file
                    if check:
                        check(item, file)
        return out

    def bounds_in_order(q: Qualifier, file: Path) -> None:
        for level in ("default", "generous"):
            r = q.reading(level)
            if r.low is not None and r.high is not None and r.low > r.high:
                problem(file, ("qualifiers", q.id, level), code="pack-invalid",
                        field=f"qualifiers.{q.id}.{level}", input=f"low {r.low}, high {r.high}",
                        message="the low bound is above the high bound, so no figure could match",
                        hint="swap them, or leave one out for an open end")

    def last(name: str) -> Path:
        """The file of the last layer that has it (a desk's pack may leave it to the bundled one)."""
        return next((f for f in (layer / f"{name}.yaml" for layer in reversed(layers)) if f.exists()),
                    layers[-1] / f"{name}.yaml")

    metrics = table("metrics", Metric)
    places = table("places", Place)
    qualifiers = table("qualifiers", Qualifier, bounds_in_order)
    relations = table("relations", Relation)

    def redefined_apart(rel: Relation) -> bool:
        """A bundled relation whose metrics a desk's layer defines again in units that no longer
        agree (a desk's `city_budget` in euros beside the bundled General Fund in dollars): the
        desk's metric is another quantity, so the relation is left out of its pack, not an error."""
        refs = [m for m in (rel.whole, *rel.parts) if m in metrics]
        return origin[("relations", rel.id)].parent == bundled and len(refs) == 1 + len(rel.parts) \
            and any(origin[("metrics", m)].parent != bundled for m in refs) \
            and len({metrics[m].unit for m in refs}) > 1
    relations = {key: rel for key, rel in relations.items() if not redefined_apart(rel)}
    for rel in relations.values():
        file = origin[("relations", rel.id)]
        for i, ref in enumerate((rel.whole, *rel.parts)):
            loc = ("relations", rel.id, "whole") if i == 0 else ("relations", rel.id, "parts", i - 1)
            if ref not in metrics:
                close = get_close_matches(ref, list(metrics), n=1, cutoff=0.8)
                problem(file, loc, code="pack-unknown-metric", field=".".join(map(str, loc)), input=ref,
                        message="is not a metric of the pack, so the relation could never apply",
                        hint=(f"did you mean {close[0]!r}? " if close else "") + "define it in metrics.yaml")
            elif metrics[ref].unit != metrics.get(rel.whole, metrics[ref]).unit:
                problem(file, loc, code="pack-invalid", field=".".join(map(str, loc)), input=ref,
                        message=f"is measured in {metrics[ref].unit}, the whole in {metrics[rel.whole].unit}",
                        hint="a whole and its parts count the same kind of thing")
        if rel.whole in rel.parts:
            problem(file, ("relations", rel.id, "parts"), code="pack-cycle", field=f"relations.{rel.id}.parts",
                    input=rel.whole, message="a metric cannot be a part of itself", hint="remove it from the parts")
    for cycle in _relation_cycles(relations):
        problem(origin[("relations", cycle[0])], ("relations", cycle[0], "whole"), code="pack-cycle",
                field=f"relations.{cycle[0]}", input=" -> ".join(cycle),
                message="these relations make a metric a part of itself, through the others",
                hint="a part is smaller than its whole: one of these relations is the wrong way round")
    for m in metrics.values():
        for i, ref in enumerate(m.part_of):
            if ref not in metrics or ref == m.id:
                close = get_close_matches(ref, list(metrics), n=1, cutoff=0.8)
                problem(origin[("metrics", m.id)], ("metrics", m.id, "part_of", i), code="pack-unknown-metric",
                        field=f"metrics.{m.id}.part_of", input=ref,
                        message="is not another metric of the pack, so the metric can be no part of it",
                        hint=(f"did you mean {close[0]!r}? " if close and close[0] != m.id else "") + "define it in metrics.yaml")
    rates = table("rates", Rate)
    for rate in rates.values():
        _check_rate(rate, metrics, origin[("rates", rate.id)], problem)
    for m in metrics.values():
        unit_problem = metric_unit_problem(m.unit)
        if unit_problem is not None:
            problem(origin[("metrics", m.id)], ("metrics", m.id, "unit"), code="pack-invalid",
                    field=f"metrics.{m.id}.unit", input=m.unit, message=unit_problem[0], hint=unit_problem[1])
        if m.stock and m.additive_over_time:
            problem(origin[("metrics", m.id)], ("metrics", m.id, "additive_over_time"), code="pack-invalid",
                    field=f"metrics.{m.id}.additive_over_time", input="true",
                    message="a stock is a value at a date or for a year, never summed over time",
                    hint="set additive_over_time: false, or drop stock: true for a count over a period")
        if m.plan_for_period and (m.additive_over_time or m.stock):
            kind = "a count that adds up over time (additive_over_time)" if m.additive_over_time else "a stock"
            problem(origin[("metrics", m.id)], ("metrics", m.id, "plan_for_period"), code="pack-invalid",
                    field=f"metrics.{m.id}.plan_for_period", input="true",
                    message=f"a plan for a whole period (a budget) is not {kind}: its figure is the period's, "
                            "never a sum of its parts or a value at a date",
                    hint="drop plan_for_period: true, or set additive_over_time: false and stock: false")
    qualifiers_file, rounding_file, suspicion_file = last("qualifiers"), last("rounding"), last("suspicion")
    rounding = build(Rounding, read(rounding_file).get("rounding") or {}, rounding_file, ("rounding",)) or Rounding()
    comparisons_file = last("comparisons")
    comparisons = (build(Comparisons, read(comparisons_file).get("comparisons") or {}, comparisons_file,
                         ("comparisons",)) if comparisons_file.exists() else None) or Comparisons()
    if not suspicion_file.exists():
        suspicion_file = bundled / "suspicion.yaml"
    suspicion = build(Suspicion, read(suspicion_file).get("suspicion") or {}, suspicion_file, ("suspicion",))
    counted_ways = table("counted_ways", NamedCountWays)   # the families the checks take by name
    rules: dict[str, Rule] = {}
    rule_layer: dict[str, Path] = {}
    for layer in layers:
        for rule_file in sorted((layer / "checks").glob("*.yaml")):
            body = read(rule_file)
            if not body:
                continue
            r = build(Rule, {**body, "path": str(rule_file.relative_to(layer))}, rule_file, ())
            r = r and _checked_params(r, rule_file, problem, counted_ways)
            if not r:
                continue
            if r.id in rules and rule_layer[r.id] == layer:
                problem(rule_file, ("id",), code="pack-duplicate-rule", field="id", input=r.id,
                        message=f"rule id {r.id} is already used by {rules[r.id].path}",
                        hint="give every rule a unique id")
            rules[r.id], rule_layer[r.id] = r, layer   # a desk's rule replaces the bundled one
    for place in places.values():
        for field_name, refs in (("within", (place.within,)), ("confusable_with", place.confusable_with)):
            for ref in refs:
                if ref is not None and ref not in places:
                    problem(origin[("places", place.id)], ("places", place.id, field_name), code="pack-unknown-place",
                            field=f"places.{place.id}.{field_name}", input=ref,
                            message=f"refers to unknown place {ref!r}", hint="define the place or fix the reference")
    for cycle in _containment_cycles(places):
        problem(origin[("places", cycle[0])], ("places", cycle[0], "within"), code="pack-cycle", field=f"places.{cycle[0]}.within",
                input=" -> ".join((*cycle, cycle[0])),
                message="places contain each other in a circle, so none of them has a whole to be part of",
                hint="one of these `within:` is wrong: a place lies within a larger one")
    if "exact" not in qualifiers:
        problem(qualifiers_file, ("qualifiers",), code="pack-invalid", field="qualifiers.exact",
                message="the pack must define the 'exact' qualifier", hint="add an 'exact' entry with no words")
    if suspicion is not None:
        for table, needed in (("authority", AUTHORITY_KEYS), ("statement", STATEMENT_KEYS)):
            missing = [k for k in needed if k not in getattr(suspicion, table)]
            if missing:
                problem(suspicion_file, ("suspicion", table), code="pack-invalid", field=f"suspicion.{table}",
                        message=f"no cost for {', '.join(missing)}",
                        hint=f"give every one of {', '.join(needed)} a cost and a label")
    problems.extend(_with_positions(located))
    if problems:
        raise InputError(problems)
    return Pack(metrics=metrics, places=places, qualifiers=qualifiers, rounding=rounding,
                suspicion=suspicion, rules=rules, root=str(root), relations=relations, rates=rates, comparisons=comparisons, layers=tuple(str(x) for x in layers),
                origins={f"{t}.{k}": str(f) for (t, k), f in origin.items()})


def _check_rate(rate: Rate, metrics: dict, file: Path, problem) -> None:
    """A rate relation names three metrics of the pack: a rate measured per a number of the
    population ("per 100,000"), a count over a period, and a stock."""
    from auditor.units import rate_scale
    for role in ("rate", "count", "population"):
        ref = getattr(rate, role)
        loc = ("rates", rate.id, role)
        if ref not in metrics:
            close = get_close_matches(ref, list(metrics), n=1, cutoff=0.8)
            problem(file, loc, code="pack-unknown-metric", field=".".join(loc), input=ref,
                    message="is not a metric of the pack, so the rate could never apply",
                    hint=(f"did you mean {close[0]!r}? " if close else "") + "define it in metrics.yaml")
            continue
        m = metrics[ref]
        wrong = {"rate": None if rate_scale(m.unit) else f"is measured in '{m.unit}', not per a number of people",
                 "count": None if m.additive_over_time and not m.stock else "is not a count over a period",
                 "population": None if m.stock else "is not a stock (a value at a date or for a year)"}[role]
        if wrong:
            hint = {"rate": "give the rate metric a unit such as 'per 100,000'",
                    "count": "name a metric that adds up over time (additive_over_time: true)",
                    "population": "name a metric with stock: true, such as population"}[role]
            problem(file, loc, code="pack-invalid", field=".".join(loc), input=ref, message=wrong, hint=hint)


def _relation_cycles(relations: dict) -> list[tuple[str, ...]]:
    """Relations whose whole/part links lead from a metric back to itself: each as the
    relation ids along the circle, once."""
    edges: dict[str, list[tuple[str, str]]] = {}
    for rel in relations.values():
        for part in rel.parts:
            if part != rel.whole:
                edges.setdefault(rel.whole, []).append((part, rel.id))
    found: set[tuple[str, ...]] = set()

    def walk(metric: str, path: list[str], seen: list[str]) -> None:
        for part, rid in edges.get(metric, ()):
            if part == seen[0]:
                cycle = path + [rid]
                first = min(range(len(cycle)), key=lambda i: cycle[i])
                found.add(tuple(cycle[first:] + cycle[:first]))
            elif part not in seen:
                walk(part, path + [rid], seen + [part])

    for start in sorted(edges):
        walk(start, [], [start])
    return sorted(found)


def _standalone(root: Path, read) -> bool:
    """A desk's pack stands alone (replaces the bundled one) when its pack.yaml says so."""
    meta = root / "pack.yaml"
    return meta.exists() and (read(meta).get("standalone") is True)


def _shown(value) -> str | None:
    if value is None or isinstance(value, (dict, list)):
        return None
    return str(value)[:80]


def _named_counted_ways(params: dict, families: dict, file: Path, problem) -> dict | None:
    """The parameters with `counted_ways` given by name resolved to the families of
    rules/counted_ways.yaml: `all` is every family (in the file's order), a list may name
    families by id beside families written out; None after recording an unknown id."""
    ways = params.get("counted_ways")
    refs = [ways] if isinstance(ways, str) else ways if isinstance(ways, list) else None
    if refs is None or not any(isinstance(r, str) for r in refs):
        return params
    resolved = []
    for i, ref in enumerate(refs):
        if not isinstance(ref, str):
            resolved.append(ref)
        elif ref == "all":
            resolved.extend(f.model_dump(exclude={"id"}) for f in families.values())
        elif ref in families:
            resolved.append(families[ref].model_dump(exclude={"id"}))
        else:
            loc = ("params", "counted_ways") if isinstance(ways, str) else ("params", "counted_ways", i)
            close = get_close_matches(ref, list(families), n=1)
            problem(file, loc, code="pack-invalid-param", field=".".join(map(str, loc)), input=ref,
                    message="is not a family of counted_ways.yaml, so it would count nothing",
                    hint=(f"did you mean {close[0]!r}? " if close else "")
                    + f"write `all` or one of: {', '.join(families) or 'none (the pack has no counted_ways.yaml)'}")
            return None
    return {**params, "counted_ways": resolved}


def _checked_params(rule: Rule, file: Path, problem, counted_ways: dict | None = None) -> Rule | None:
    """The rule with its parameters validated against its check kind's model (defaults
    filled in), or None after recording why (an unknown kind, a misspelt or bad parameter);
    `counted_ways` given by name are taken from the pack's families (`counted_ways`)."""
    model = PARAMS.get(rule.check)
    if model is None:
        close = get_close_matches(rule.check, list(PARAMS), n=1)
        problem(file, ("check",), code="pack-unknown-check", field="check", input=rule.check,
                message="is not a check kind, so the rule would never run",
                hint=(f"did you mean {close[0]!r}? " if close else "") + f"use one of: {', '.join(sorted(PARAMS))}")
        return None
    raw = _named_counted_ways(rule.params or {}, counted_ways or {}, file, problem)
    if raw is None:
        return None
    try:
        params = model.model_validate(raw)
    except ValidationError as exc:
        allowed = sorted(model.model_fields)
        for err in exc.errors():
            loc = ("params", *err["loc"])
            name = str(err["loc"][-1]) if err["loc"] else ""
            if err["type"] == "extra_forbidden":
                close = get_close_matches(name, allowed, n=1)
                problem(file, loc, code="pack-invalid-param", field=".".join(map(str, loc)), input=name,
                        message=f"is not a parameter of the {rule.check} check, so it would be ignored",
                        hint=(f"did you mean {close[0]!r}? " if close else "")
                        + f"its parameters: {', '.join(allowed) or 'none'}")
            else:
                problem(file, loc, code="pack-invalid-param", field=".".join(map(str, loc)),
                        input=_shown(err.get("input")), message=f"{err['msg']} (the {rule.check} check)",
                        hint=f"the {rule.check} check's parameters: {', '.join(allowed) or 'none'} (rules/README.md)")
        return None
    return rule.model_copy(update={"params": params.model_dump()})


def _containment_cycles(places: dict) -> list[tuple[str, ...]]:
    """Each circle of `within:` links, once, starting from its first place in name order."""
    cycles, seen = [], set()
    for start in sorted(places):
        path, node = [], start
        while node is not None and node in places and node not in path and node not in seen:
            path.append(node)
            node = places[node].within
        if node in path:
            cycle = path[path.index(node):]
            first = min(range(len(cycle)), key=lambda i: cycle[i])
            cycles.append(tuple(cycle[first:] + cycle[:first]))
        seen.update(path)
    return sorted(set(cycles))


def _with_positions(located: list[tuple[Problem, tuple]]) -> list[Problem]:
    """The problems with the line and column of what they name: the files with problems are
    read again, line-aware (a pack is read fast, without positions, when nothing is wrong)."""
    from auditor.loading.documents import Document, _parse
    docs: dict[str, Document | None] = {}
    out = []
    for p, loc in located:
        if p.file not in docs:
            try:
                data = _parse(Path(p.file).read_text(encoding="utf-8"), p.file, [])
            except OSError:
                data = None
            docs[p.file] = Document(p.file, data) if data is not None else None
        doc = docs[p.file]
        if doc is None:
            out.append(p)
            continue
        line, col = doc.position(tuple(loc))
        out.append(replace(p, line=line, column=col))
    return out
