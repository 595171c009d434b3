"""Running a rule's own examples: each must give exactly the expected findings of that rule."""

from __future__ import annotations

from dataclasses import dataclass

from auditor.pack.model import Pack, Rule, RuleExample

DEFAULT_PUBLISHED = "2023-06-30"


@dataclass(frozen=True)
class ExampleResult:
    rule: str
    example: str
    expected: tuple[tuple[str, ...], ...]
    got: tuple[tuple[str, ...], ...]
    error: str | None = None
    # for a tension rule's example that names them: the first suspect of each expected finding
    # (in the order of `expect`) and of the finding with the same claims it gave
    expected_first: tuple[str, ...] | None = None
    got_first: tuple[str | None, ...] | None = None

    @property
    def passed(self) -> bool:
        return self.error is None and self.expected == self.got and self.expected_first == self.got_first

    @property
    def test_id(self) -> str:
        return f"{self.rule}::{self.example}"


def example_records(example: RuleExample) -> dict:
    """Sources and claims for an example; claims without a source get one per `source` name."""
    sources = {s["id"]: dict(s) for s in example.sources}
    claims = []
    for raw in example.claims:
        claim = dict(raw)
        sid = claim.setdefault("source", "a")
        if sid not in sources:
            sources[sid] = {"id": sid, "title": f"Example source {sid}", "publisher": f"Publisher {sid}",
                            "published": example.published or DEFAULT_PUBLISHED}
        claim.setdefault("quote", f"(example claim {claim.get('id')})")
        claims.append(claim)
    return {"sources": list(sources.values()), "claims": claims}


def run_example(rule: Rule, example: RuleExample, pack: Pack) -> ExampleResult:
    from auditor.engine.audit import audit_corpus
    from auditor.errors import InputError
    from auditor.loading.corpus import load_records

    expected = tuple(sorted(tuple(sorted(x)) for x in example.expect))
    try:
        corpus = load_records(example_records(example), pack=pack, name=f"{rule.path}::{example.name}")
        report = audit_corpus(corpus)
    except InputError as exc:
        return ExampleResult(rule.id, example.name, expected, (), error=exc.render())
    findings = [f for f in report.findings if f.rule == rule.id]
    got = tuple(sorted({tuple(sorted(f.claims)) for f in findings}))
    got_first = None
    if example.first_suspects is not None:
        first = {tuple(sorted(f.claims)): f.suspects[0].claim for f in findings if f.suspects}
        got_first = tuple(first.get(tuple(sorted(x))) for x in example.expect)
    return ExampleResult(rule.id, example.name, expected, got, expected_first=example.first_suspects,
                         got_first=got_first)


def run_all(pack: Pack) -> list[ExampleResult]:
    return [run_example(rule, ex, pack) for rule in sorted(pack.rules.values(), key=lambda r: r.id)
            for ex in rule.examples]
