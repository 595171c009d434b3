"""suspects.follows_from_its_own_figures: a change that is only its own article's arithmetic
on figures that are themselves doubted makes no tension of its own."""

from auditor.engine.audit import compile_claims, resolve_scenario
from auditor.engine.scenarios import scenarios
from auditor.engine.suspects import follows_from_its_own_figures
from auditor.loading.corpus import load_records

PLACE = "birmingham-al"


def count(cid, sid, period, value):
    return {"id": cid, "source": sid, "metric": "homicides", "place": PLACE, "period": period,
            "value": value, "quote": value}


def compiled(change="a 14% increase", own19="92", own18="81"):
    sources = [{"id": "police", "title": "t", "publisher": "Police", "kind": "official-statement", "published": "2020-01-02"},
               {"id": "paper", "title": "t", "publisher": "Daily Paper", "published": "2020-01-03"}]
    claims = [count("y19", "police", "2019", "90"), count("y18", "police", "2018", "80"),
              count("own18", "paper", "2018", own18),
              {"id": "up", "source": "paper", "metric": "homicides", "place": PLACE, "period": "2019",
               "change": {"phrase": change, "base": "2018"}, "quote": change}]
    if own19 is not None:
        claims.append(count("own19", "paper", "2019", own19))
    corpus = load_records({"sources": sources, "claims": claims})
    (scenario,) = scenarios(corpus)
    return {c.claim_id: c for c in compile_claims(resolve_scenario(corpus, scenario), corpus.pack)}, corpus


def test_a_change_its_doubted_figures_give_follows_from_them():
    by_id, corpus = compiled()
    assert follows_from_its_own_figures("up", "generous", by_id, corpus, {"own19", "own18"})


def test_not_while_its_figures_stand():
    by_id, corpus = compiled()
    assert not follows_from_its_own_figures("up", "generous", by_id, corpus, {"own19"})


def test_not_when_its_own_figures_do_not_give_it():
    by_id, corpus = compiled(change="a 25% increase")   # 92 / 81 is +13.6%
    assert not follows_from_its_own_figures("up", "generous", by_id, corpus, {"own19", "own18"})


def test_not_when_the_article_states_only_one_of_the_figures():
    by_id, corpus = compiled(own19=None)
    assert not follows_from_its_own_figures("up", "generous", by_id, corpus, {"own18"})


def test_a_plain_figure_is_never_carried():
    by_id, corpus = compiled()
    assert not follows_from_its_own_figures("own19", "generous", by_id, corpus, {"own19", "own18"})
