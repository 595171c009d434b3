"""Verdicts, twenty-fifth round (b): contradictions missed and culprits not named first in
Oakland and Albuquerque. Rule examples in rules/checks carry most cases; these are the rest."""


def test_a_change_opening_a_quote_is_the_same_plain_figure():
    # the chief's "A 34% decrease" and a station's "a 34% reduction" (Oakland, 2024) are copies
    from benchmarks.eval_corpus import plain_statement
    assert plain_statement("A 34% decrease (vs 2023)") == plain_statement("a 34% reduction (vs 2023)") \
        == "down 34% (vs 2023)"
    assert plain_statement("Fell by 33% (vs 2021)") == "down 33% (vs 2021)"


def test_a_rule_example_fails_when_it_names_another_first_suspect():
    # `first_suspects` is checked, not only declared (auditor/pack/examples.py)
    from auditor.pack import load_pack
    from auditor.pack.examples import run_example
    pack = load_pack()
    rule = pack.rules["TN004"]
    example = next(e for e in rule.examples if e.name == "a-change-given-before-its-year-ended-is-doubted-first")
    assert run_example(rule, example, pack).passed
    wrong = example.model_copy(update={"first_suspects": ("y24",)})
    result = run_example(rule, wrong, pack)
    assert result.got == result.expected and not result.passed


def test_a_large_round_count_a_plan_sets_is_exact():
    # "funding for 1,000 sworn police officers" and "1,100" (a budget's positions, Albuquerque)
    # are the numbers a budget sets; a tally of 1,000 is read as rounded (rules/rounding.yaml)
    from decimal import Decimal
    from auditor.engine.intervals import rounding_unit
    from auditor.pack import load_pack
    r = load_pack().rounding
    assert rounding_unit("1000", Decimal(1), False, True, r) == (Decimal(1000), True)
    assert rounding_unit("1000", Decimal(1), False, True, r, planned=True) == (Decimal(0), False)
    assert rounding_unit("1000", Decimal(1), True, True, r, planned=True)[0] == Decimal(1000)   # "about 1,000"
