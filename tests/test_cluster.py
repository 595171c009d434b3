"""The audit on a Dask cluster (issue 17 goal 3): independent families audited apart give
the one-machine report, byte for byte; a cluster that cannot audit is a clear error.

The quick tests check the partition's laws on a small invented corpus and the usage
errors; the slow ones audit: parts one after another in this process (any grouping of
families), a local cluster of two workers on the seeds and on 10,000 generated claims, a
scheduler that cannot be reached, and one lost mid-audit.
"""

from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest
from typer.testing import CliRunner

import auditor
from auditor import cluster as cluster_module
from auditor.cli import app
from auditor.cluster import ClusterError, ClusterSpec, parse_cluster
from auditor.engine.families import audit_parts, families, merge_reports, partition

ROOT = Path(__file__).resolve().parents[1]
runner = CliRunner()

# An invented region: two cities, a precinct, and a town whose name is confusable with one.
PLACES = """\
places:
  riverton:
    name: Riverton
    kind: city
  riverton/north:
    name: Riverton North Precinct
    kind: police precinct
    within: riverton
  lakeside:
    name: Lakeside
    kind: city
  east-riverton:
    name: East Riverton
    kind: city
    confusable_with: [riverton]
"""


def _claim(cid, source, metric, place, period, value, **more):
    return {"id": cid, "source": source, "metric": metric, "place": place, "period": period, "value": value,
            "quote": f"{value} {metric.replace('_', ' ')}", "attribution": "reporter", **more}


RECORDS = {
    "sources": [
        {"id": "a1", "title": "Crime in 2023", "publisher": "Riverton Courier", "published": "2024-02-01"},
        {"id": "a2", "title": "Lakeside's year", "publisher": "Lakeside Herald", "published": "2024-03-01"},
        {"id": "u1", "title": "An undated piece", "publisher": "Regional Radio",
         "published": {"earliest": "2021-01-01", "latest": "2023-12-31"}},
        {"id": "none", "title": "No claims", "publisher": "Riverton Courier", "published": "2024-04-01"},
    ],
    "claims": [
        _claim("c01", "a1", "homicides", "riverton", "2023", "50"),
        _claim("c02", "a1", "murders", "riverton/north", "2023", "20"),       # family killings, root riverton
        _claim("c03", "a1", "guns_recovered", "riverton", "2023", "300"),
        _claim("c04", "a2", "guns_recovered", "lakeside", "2023", "100"),    # another root
        _claim("c05", "a2", "burglaries", "lakeside", "2023", "40"),
        _claim("c06", "a2", "burglaries", "east-riverton", "2023", "30"),   # confusable with riverton
        _claim("c07", "a2", "burglaries", "riverton", "2023", "90"),
        _claim("c08", "u1", "nonfatal_shootings", "lakeside", "last year", "10"),
        _claim("c09", "u1", "vehicle_break_ins", "riverton", "last year", "5"),
        _claim("c10", "a1", "robberies", "lakeside", "2023", "80"),
        _claim("c11", "a1", "reported_crimes", "riverton", "the year before", "900"),   # refers to c10's year
        _claim("c12", "a2", "robberies", "riverton", "2023", "70", supersedes="c03"),
    ],
}


@pytest.fixture(scope="module")
def small(tmp_path_factory):
    folder = tmp_path_factory.mktemp("desk")
    (folder / "places.yaml").write_text(PLACES, encoding="utf-8")
    return auditor.load_records(RECORDS, pack=auditor.load_pack(folder))


def _family_of(found, corpus):
    return {corpus.claims[i].id: n for n, members in enumerate(found) for i in members}


# --- the partition's laws (quick) --------------------------------------------------------

def test_every_claim_is_in_exactly_one_family_and_families_follow_the_corpus_order(small):
    found = families(small)
    flat = sorted(i for members in found for i in members)
    assert flat == list(range(len(small.claims)))
    assert all(members == sorted(members) for members in found)
    assert [members[0] for members in found] == sorted(members[0] for members in found)


def test_families_join_what_the_audit_of_one_could_see_of_another(small):
    family = _family_of(families(small), small)
    assert family["c01"] == family["c02"]              # one metric family, one root place
    assert family["c01"] != family["c03"]              # another metric
    assert family["c04"] != family["c03"]              # the same metric under another root
    assert family["c06"] == family["c07"]              # look-alike places: compared by the not-comparable check
    assert family["c08"] == family["c09"]              # an undated source's claims: combined candidate dates
    assert family["c10"] == family["c11"]              # "the year before" is read against c10's period
    assert family["c12"] == family["c03"]              # supersedes names c03
    assert family["c05"] != family["c04"] and family["c05"] != family["c07"]


@pytest.mark.parametrize("parts", [1, 2, 3, 100])
def test_parts_hold_whole_families_every_claim_once_and_every_source(small, parts):
    split = partition(small, parts)
    assert 1 <= len(split) <= max(1, parts)
    ids = [c.id for p in split for c in p.claims]
    assert sorted(ids) == sorted(c.id for c in small.claims)
    family = _family_of(families(small), small)
    for p in split:
        order = [c.id for c in p.claims]
        assert order == [c.id for c in small.claims if c.id in set(order)]   # the corpus's order
        assert {c.source for c in p.claims} <= set(p.sources)
    owner = {c.id: n for n, p in enumerate(split) for c in p.claims}
    for a in family:
        for b in family:
            if family[a] == family[b]:
                assert owner[a] == owner[b]
    assert set().union(*(p.sources for p in split)) == set(small.sources)   # "none" has no claim, still reported
    # every undated source goes with the undated claims, so their candidate dates combine alike
    assert [n for n, p in enumerate(split) if "u1" in p.sources] == [owner["c08"]]


def test_a_merge_that_misses_a_part_is_refused(small):
    report = auditor.models.findings.Report(sources=(), claims=(), findings=())
    with pytest.raises(ValueError, match="leave out"):
        merge_reports(small, [report])


# --- addresses and usage errors (quick) ---------------------------------------------------

def test_cluster_addresses():
    assert parse_cluster("local:2") == ClusterSpec(local_workers=2)
    assert parse_cluster("tcp://10.0.0.5:8786") == ClusterSpec(address="tcp://10.0.0.5:8786")
    assert parse_cluster("tls://scheduler.example.org:8786").address == "tls://scheduler.example.org:8786"
    assert parse_cluster("off") is None and parse_cluster(None) is None
    for bad in ("local:0", "local:two", "scheduler:8786", "http://h:1", "tcp://host", "tcp://:8786"):
        with pytest.raises(ClusterError):
            parse_cluster(bad)


def test_a_bad_cluster_address_is_a_usage_error_before_anything_is_loaded(tmp_path):
    result = runner.invoke(app, ["audit", str(tmp_path / "missing.yaml"), "--cluster", "scheduler:8786"])
    assert result.exit_code == 2
    assert "not a scheduler address" in result.output and "local:N" in result.output
    assert "missing.yaml" not in result.output       # refused before the claims were looked for
    assert "Traceback" not in result.output


def test_without_dask_the_cluster_is_a_usage_error_naming_the_extra(monkeypatch, tmp_path):
    monkeypatch.setitem(sys.modules, "distributed", None)   # as if not installed: importing it fails
    out = tmp_path / "report.json"
    result = runner.invoke(app, ["audit", "--cluster", "local:2", "-o", str(out)])
    assert result.exit_code == 2
    assert "claims-auditor[cluster]" in result.output
    assert "Traceback" not in result.output and not out.exists()
    with pytest.raises(ClusterError, match=r"claims-auditor\[cluster\]"):
        auditor.audit(cluster="local:2")


def test_workers_and_a_cluster_together_are_a_usage_error():
    result = runner.invoke(app, ["audit", "--cluster", "local:2", "--workers", "2"])
    assert result.exit_code == 2 and "--workers" in result.output


def test_the_cluster_may_come_from_the_config_file_and_a_bad_one_names_it(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "auditor.toml").write_text('cluster = "nowhere"\n', encoding="utf-8")
    result = runner.invoke(app, ["audit"])
    assert result.exit_code == 2
    assert "auditor.toml" in result.output and "nowhere" in result.output
    (tmp_path / "auditor.toml").write_text("cluster = 3\n", encoding="utf-8")
    result = runner.invoke(app, ["audit"])
    assert result.exit_code == 2 and "config-invalid" in result.output and "cluster" in result.output


class _Workers:
    """A client whose workers answer `environment()` as given."""

    def __init__(self, answers):
        self.answers = answers

    def run(self, fn):
        return self.answers


def test_workers_with_other_versions_are_refused_naming_what_differs():
    mine = cluster_module.environment()
    spec = ClusterSpec(address="tcp://h:1")
    cluster_module._check_versions(_Workers({"tcp://w1:1": dict(mine)}), spec)   # the same: accepted
    other = dict(mine, **{"z3-solver": "0.0.1"})
    with pytest.raises(ClusterError, match=r"tcp://w2:1: z3-solver 0\.0\.1"):
        cluster_module._check_versions(_Workers({"tcp://w1:1": dict(mine), "tcp://w2:1": other}), spec)


# --- audits (slow) ---------------------------------------------------------------------------

def _json(report) -> str:
    from auditor.reporters import render
    return render(report, "json")


@pytest.mark.slow
def test_any_grouping_of_families_gives_the_one_machine_report(small):
    """Parts audited one after another in this process: the law the cluster relies on."""
    from benchmarks.eval_corpus import DEFAULT, claim_files
    from benchmarks.synthetic import generate

    seeds = auditor.load_claims(None)
    kansas_city = auditor.load_claims([str(p) for p in claim_files(DEFAULT)])
    synthetic = generate(1500, 11)
    import tempfile
    with tempfile.TemporaryDirectory() as tmp:
        generated = auditor.load_records(synthetic.records, pack=synthetic.pack(Path(tmp) / "pack"))
        for corpus, groupings in ((small, (2, 5)), (seeds, (2, 3)), (kansas_city, (2,)), (generated, (2, 7, 40))):
            whole = _json(auditor.audit_corpus(corpus, workers=1))
            for parts in groupings:
                assert _json(audit_parts(corpus, parts)) == whole, (len(corpus.claims), parts)


@pytest.mark.slow
def test_a_local_cluster_of_two_gives_the_same_report_bytes_on_the_seeds(tmp_path):
    alone, on_cluster = tmp_path / "alone.json", tmp_path / "cluster.json"
    first = runner.invoke(app, ["audit", "-f", "json", "-o", str(alone)])
    second = runner.invoke(app, ["audit", "-f", "json", "-o", str(on_cluster), "--cluster", "local:2"])
    assert first.exit_code == second.exit_code and first.exit_code in (0, 1), (first.output, second.output)
    assert on_cluster.read_bytes() == alone.read_bytes()
    assert json.loads(alone.read_text())["findings"]


@pytest.mark.slow
def test_the_solver_budget_holds_on_the_cluster_as_on_one_machine(tmp_path):
    """--budget reaches the workers: a budget of one unit leaves some of Kansas City's claims
    undetermined on the cluster as it does alone, in the same report bytes. (The seeds no
    longer show it: HiGHS's checked models decide their block of several readings within
    any budget, BlockSolver._choice_point.)"""
    from benchmarks.eval_corpus import DEFAULT
    alone, on_cluster = tmp_path / "alone.json", tmp_path / "cluster.json"
    first = runner.invoke(app, ["audit", str(DEFAULT), "-f", "json", "-o", str(alone), "--budget", "1"])
    second = runner.invoke(app, ["audit", str(DEFAULT), "-f", "json", "-o", str(on_cluster), "--budget", "1",
                                 "--cluster", "local:2"])
    assert first.exit_code == second.exit_code, (first.output, second.output)
    assert on_cluster.read_bytes() == alone.read_bytes()
    assert [f for f in json.loads(alone.read_text())["findings"] if f["kind"] == "undetermined"]


@pytest.mark.slow
def test_a_local_cluster_of_two_gives_the_same_report_bytes_on_10000_generated_claims(tmp_path):
    from benchmarks.synthetic import generate

    synthetic = generate(10_000, 20240601)
    corpus = auditor.load_records(synthetic.records, pack=synthetic.pack(tmp_path / "pack"))
    stages = []
    alone = _json(auditor.audit_corpus(corpus))
    on_cluster = _json(auditor.audit_corpus(corpus, cluster="local:2", progress=stages.append))
    assert on_cluster == alone
    assert any("on 2 Dask workers" in s for s in stages)
    assert json.loads(alone)["findings"]


@pytest.mark.slow
def test_an_unreachable_scheduler_is_a_clear_error_and_writes_nothing(tmp_path, monkeypatch):
    monkeypatch.setattr(cluster_module, "CONNECT_TIMEOUT", 1.0)
    port = _free_port()
    out = tmp_path / "report.json"
    result = runner.invoke(app, ["audit", "-o", str(out), "--cluster", f"tcp://127.0.0.1:{port}"])
    assert result.exit_code == 2
    assert f"cannot reach the Dask scheduler at tcp://127.0.0.1:{port}" in result.output
    assert "Traceback" not in result.output and not out.exists()


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class _DaskProcesses:
    """A scheduler and a `dask worker` of two worker processes, started as a user would."""

    def __init__(self, tmp_path: Path) -> None:
        self.port = _free_port()
        self.address = f"tcp://127.0.0.1:{self.port}"
        self.bin = Path(sys.executable).parent
        self.env = dict(os.environ, PYTHONPATH=str(ROOT))
        self.logs = open(tmp_path / "dask.log", "w")
        self.scheduler = self._start("scheduler", "--host", "127.0.0.1", "--port", str(self.port), "--no-dashboard")
        self.worker = self._start("worker", self.address, "--nworkers", "2", "--nthreads", "1", "--no-dashboard")

    def _start(self, *args: str) -> subprocess.Popen:
        return subprocess.Popen([str(self.bin / "dask"), *args], stdout=self.logs, stderr=self.logs, env=self.env,
                                start_new_session=True)

    def worker_processes(self) -> list[int]:
        """The worker processes the `dask worker` command started (not Python's resource tracker)."""
        out = subprocess.run(["ps", "--ppid", str(self.worker.pid), "-o", "pid="], capture_output=True, text=True)
        pids = [int(p) for p in out.stdout.split()]
        return [p for p in pids if b"spawn_main" in Path(f"/proc/{p}/cmdline").read_bytes()]

    def audit(self, claims: Path, pack: Path, out: Path, *more: str) -> subprocess.Popen:
        return subprocess.Popen([str(self.bin / "auditor"), "audit", str(claims), "--rules", str(pack), "-f", "json",
                                 "-o", str(out), *more], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                                env=self.env, cwd=out.parent)

    def close(self) -> None:
        for process in (self.worker, self.scheduler):
            if process.poll() is None:
                os.killpg(process.pid, signal.SIGKILL)
                process.wait()
        self.logs.close()


def _until_a_part_is_audited(audit: subprocess.Popen) -> str:
    seen, deadline = "", time.monotonic() + 300
    while "parts audited" not in seen and audit.poll() is None and time.monotonic() < deadline:
        seen += audit.stderr.readline()
    assert "parts audited" in seen, seen
    return seen


@pytest.mark.slow
def test_a_scheduler_lost_mid_audit_is_a_clear_error_and_writes_nothing(tmp_path):
    """A real scheduler and worker processes; the scheduler is killed once a part is audited."""
    from benchmarks.bench_files import corpus_files

    claims, pack = corpus_files(3000, tmp_path)
    dask = _DaskProcesses(tmp_path)
    out = tmp_path / "report.json"
    try:
        audit = dask.audit(claims, pack, out, "--cluster", dask.address, "--progress")
        seen = _until_a_part_is_audited(audit)
        os.killpg(dask.scheduler.pid, signal.SIGKILL)
        rest, tail = audit.communicate(timeout=300)
    finally:
        dask.close()
    err = seen + tail
    assert audit.returncode == 2, err
    assert "lost the Dask scheduler" in err and "nothing is reported" in err
    assert "Traceback" not in err
    assert not out.exists() and rest == ""


@pytest.mark.slow
def test_a_worker_lost_mid_audit_changes_nothing(tmp_path):
    """A worker process killed once a part is audited: Dask restarts it and runs its parts
    again (each part travels in its task), and the report is the one-machine report."""
    from benchmarks.bench_files import corpus_files

    claims, pack = corpus_files(3000, tmp_path)
    dask = _DaskProcesses(tmp_path)
    alone, on_cluster = tmp_path / "alone.json", tmp_path / "cluster.json"
    try:
        audit = dask.audit(claims, pack, on_cluster, "--cluster", dask.address, "--progress")
        _until_a_part_is_audited(audit)
        victims = dask.worker_processes()
        assert len(victims) == 2
        os.kill(victims[-1], signal.SIGKILL)
        _, err = audit.communicate(timeout=600)
    finally:
        dask.close()
    reference = dask.audit(claims, pack, alone)
    reference.communicate(timeout=600)
    assert audit.returncode == reference.returncode and audit.returncode in (0, 1), err
    assert on_cluster.read_bytes() == alone.read_bytes()


@pytest.mark.slow   # a whole CLI or engine run: CI runs it (`pytest -m slow`)
def test_a_workers_imports_wait_for_the_audits_lock():
    """On a Dask worker, the warm-up's import of the engine and a part's audit (its imports and
    the unpickling of its pack and claims) take one lock: two threads importing the auditor's
    modules at once met in an import cycle (`_DeadlockError` on `auditor.models`, seen once in
    CI). The pack travels as bytes, so Dask's own threads unpickle none of the auditor's models."""
    import pickle
    import threading

    from auditor import cluster
    from auditor.pack import load_pack

    done = threading.Event()
    with cluster._AUDITS:
        worker = threading.Thread(target=lambda: (cluster.import_engine(), done.set()))
        worker.start()
        assert not done.wait(0.3)   # the import waits for the lock
    worker.join(30)
    assert done.is_set()
    blob = pickle.dumps(load_pack())
    assert cluster._pack(blob) is cluster._pack(blob)   # unpickled once per worker process
