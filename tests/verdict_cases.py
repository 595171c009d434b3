"""Building blocks of the verdicts' small hand-written cases (tests/verdicts/):
records of sources and claims in an invented corpus, audited in this process."""

from pathlib import Path

import pytest

from auditor.engine.audit import audit_corpus
from auditor.loading.corpus import load_records
from auditor.pack import load_pack

CITY = "kansas-city-mo"


@pytest.fixture(scope="module")
def pack():
    return load_pack()


def with_metrics(metrics: dict):
    """The bundled pack with these metrics (id -> the fields of a Metric) added: a desk's own."""
    from auditor.pack.model import Metric
    base = load_pack()
    return base.model_copy(update={"metrics": {**base.metrics, **{k: Metric(id=k, **v) for k, v in metrics.items()}}})


def source(sid, published="2013-01-04", publisher=None):
    return {"id": sid, "title": sid, "publisher": publisher or sid, "published": published}


def claim(cid, sid, metric, period, value, speaker=None, attribution="reporter", quote=None):
    out = {"id": cid, "source": sid, "metric": metric, "place": CITY, "period": period, "value": value,
           "attribution": attribution, "quote": {"text": quote or f"{value}"}}
    return out | ({"speaker": speaker} if speaker else {})


def audit(pack, sources, claims):
    return audit_corpus(load_records({"sources": sources, "claims": claims}, pack=pack), workers=1)


def tensions(report):
    """The claims of each tension, as sets."""
    return [set(f.claims) for f in report.findings if f.kind == "tension"]


def revisions(report):
    """The (old, new) claims of each revision, in the report's order."""
    return [(f.evidence["old"], f.evidence["new"]) for f in report.findings if f.kind == "revision"]


def measured(report):
    """The claims of each pair of figures shown as two measures (NC004)."""
    return [set(f.claims) for f in report.findings if f.rule == "NC004"]


def released_by(body, sources, claims):
    """The sources and claims made the body's own releases (an official statement, its document)."""
    for src in sources:
        src.update(publisher=body, kind="official-statement")
    for c in claims:
        c.update(speaker=body, attribution="document")
    return sources, claims


# Shared by the verdict tests of several behaviours (tests/verdicts/).
def first_suspects(report):
    return [f.suspects[0].claim for f in report.findings if f.kind == "tension"]


PHILADELPHIA = Path(__file__).resolve().parent.parent / "benchmarks" / "corpora" / "philadelphia" / "pack"


@pytest.fixture(scope="module")
def staffing_pack():
    return load_pack(PHILADELPHIA)


def counted(report):
    """The claims of each pair shown as two counts under one name (NC001's counted ways)."""
    return [set(f.claims) for f in report.findings if f.rule == "NC001" and "ways" in f.evidence]


DRUGS = {"overdose_deaths": {"label": "drug overdose deaths", "definition": "drug overdose deaths"}}
