"""Loading the rule pack from its folder with a safe YAML loader."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from pydantic import ValidationError
from ruamel.yaml import YAML
from ruamel.yaml.error import YAMLError

from auditor.errors import InputError, Problem
from auditor.pack.model import Metric, Pack, Place, Qualifier, Rounding, Rule, Suspicion

# who says a claim (a source's kind, else the claim's attribution) and what kind of statement it
# is: rules/suspicion.yaml gives each a cost of doubting it
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
    return _load_pack_cached(str(root.resolve()))


@lru_cache(maxsize=8)
def _load_pack_cached(root_str: str) -> Pack:
    root = Path(root_str)
    problems: list[Problem] = []
    yaml = YAML(typ="safe", pure=True)

    def read(p: Path) -> dict:
        try:
            data = yaml.load(p.read_text(encoding="utf-8"))
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

    def build(model, data: dict, file: Path, where: str):
        try:
            return model.model_validate(data)
        except ValidationError as exc:
            for err in exc.errors():
                loc = ".".join(str(x) for x in (where, *err["loc"]))
                problems.append(Problem(file=str(file), code="pack-invalid", field=loc,
                                        message=err["msg"], hint="see rules/README.md"))
            return None

    metrics_file, places_file = root / "metrics.yaml", root / "places.yaml"
    qualifiers_file, rounding_file = root / "qualifiers.yaml", root / "rounding.yaml"
    metrics = {}
    for key, body in (read(metrics_file).get("metrics") or {}).items():
        m = build(Metric, {"id": key, **(body or {})}, metrics_file, f"metrics.{key}")
        if m:
            metrics[key] = m
    places = {}
    for key, body in (read(places_file).get("places") or {}).items():
        p = build(Place, {"id": key, **(body or {})}, places_file, f"places.{key}")
        if p:
            places[key] = p
    qualifiers = {}
    for key, body in (read(qualifiers_file).get("qualifiers") or {}).items():
        q = build(Qualifier, {"id": key, **(body or {})}, qualifiers_file, f"qualifiers.{key}")
        if q:
            qualifiers[key] = q
    rounding = build(Rounding, read(rounding_file).get("rounding") or {}, rounding_file, "rounding") or Rounding()
    suspicion_file = root / "suspicion.yaml"
    if not suspicion_file.exists():   # a pack of a desk's own may leave it to the bundled one
        suspicion_file = default_pack_path() / "suspicion.yaml"
    suspicion = build(Suspicion, read(suspicion_file).get("suspicion") or {}, suspicion_file, "suspicion")
    rules = {}
    for rule_file in sorted((root / "checks").glob("*.yaml")):
        body = read(rule_file)
        if body:
            r = build(Rule, {**body, "path": str(rule_file.relative_to(root))}, rule_file, body.get("id", "?"))
            if r:
                if r.id in rules:
                    problems.append(Problem(file=str(rule_file), code="pack-duplicate-rule",
                                            field="id", input=r.id,
                                            message=f"rule id {r.id} is already used by {rules[r.id].path}",
                                            hint="give every rule a unique id"))
                rules[r.id] = r
    for place in places.values():
        for ref in (place.within, *place.confusable_with):
            if ref is not None and ref not in places:
                problems.append(Problem(file=str(places_file), code="pack-unknown-place",
                                        field=f"places.{place.id}", input=ref,
                                        message=f"refers to unknown place {ref!r}",
                                        hint="define the place or fix the reference"))
    if "exact" not in qualifiers:
        problems.append(Problem(file=str(qualifiers_file), code="pack-invalid", field="qualifiers.exact",
                                message="the pack must define the 'exact' qualifier",
                                hint="add an 'exact' entry with no words"))
    if suspicion is not None:
        for table, needed in (("authority", AUTHORITY_KEYS), ("statement", STATEMENT_KEYS)):
            missing = [k for k in needed if k not in getattr(suspicion, table)]
            if missing:
                problems.append(Problem(file=str(suspicion_file), code="pack-invalid", field=f"suspicion.{table}",
                                        message=f"no cost for {', '.join(missing)}",
                                        hint=f"give every one of {', '.join(needed)} a cost and a label"))
    if problems:
        raise InputError(problems)
    return Pack(metrics=metrics, places=places, qualifiers=qualifiers, rounding=rounding,
                suspicion=suspicion, rules=rules, root=str(root))
