"""The audit on a Dask distributed cluster: independent families audited on its workers,
their reports merged into the report of the one-machine audit, byte for byte.

    auditor audit claims/ --cluster tcp://scheduler:8786     # a running scheduler
    auditor audit claims/ --cluster local:4                  # four worker processes here
    auditor.audit(["claims/"], cluster="tcp://scheduler:8786")

The corpus is loaded and validated here, once: a bad corpus is refused with every problem
before any worker is used, exactly as without a cluster (ids, sources and references cross
files, so no part of a corpus can be validated alone). It is then split into parts of whole
independent families (auditor/engine/families.py); the rule pack is sent once to every
worker, each part's records to one worker, which audits them with the engine and sends
back its report; the reports are merged here. Workers need the auditor installed (the
same version: checked before anything is sent) but no claim files and no rule pack, so a
cluster needs no shared file system. docs/cluster.md says how to run one.

Dask is an optional extra (`pip install 'claims-auditor[cluster]'`); it is imported only
when a cluster is asked for. A cluster that cannot be reached, has no workers, runs another
version, or is lost before every part is audited raises ClusterError: nothing is returned,
so nothing half-done is reported.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any, NamedTuple

if TYPE_CHECKING:
    from auditor.engine.families import Part
    from auditor.loading.corpus import Corpus
    from auditor.models.findings import Report

EXTRA = "pip install 'claims-auditor[cluster]'"
SCHEMES = ("tcp", "tls", "ws", "wss")
CONNECT_TIMEOUT = 10.0     # seconds to reach a scheduler
PATIENCE = 60.0            # seconds a cluster may go without a worker (at the start, or after losing them all)
PARTS_PER_WORKER = 4       # parts per worker, for balance (a part's time grows with its largest family)
MAX_LOCAL_WORKERS = 256
POLL = 0.2                 # seconds between looks at the parts' futures and the workers


class ClusterError(Exception):
    """The cluster could not audit the corpus: not reachable, no workers, workers that
    cannot run this auditor, or lost before every part was audited. The message says what
    happened and what to do; nothing was audited (or nothing is reported)."""


class ClusterSpec(NamedTuple):
    """Where to audit: the address of a running scheduler, or a number of local workers."""

    address: str | None = None
    local_workers: int | None = None

    def describe(self) -> str:
        if self.local_workers is not None:
            return f"a local cluster of {self.local_workers} worker process{'es' if self.local_workers != 1 else ''}"
        return f"the Dask scheduler at {self.address}"


def parse_cluster(text: str | None) -> ClusterSpec | None:
    """`tcp://HOST:PORT` (or tls://, ws://, wss://), `local:N`, or `off`/None for no cluster.
    Raises ClusterError for anything else, and when Dask is not installed."""
    if text is None or text.strip().lower() in ("", "off", "none"):
        return None
    text = text.strip()
    if text.lower().startswith("local:"):
        count = text.split(":", 1)[1]
        if not count.isdigit() or not 1 <= int(count) <= MAX_LOCAL_WORKERS:
            raise ClusterError(f"--cluster {text!r}: after 'local:' give a number of worker processes from 1 to "
                               f"{MAX_LOCAL_WORKERS}, e.g. local:2")
        spec = ClusterSpec(local_workers=int(count))
    else:
        scheme, sep, rest = text.partition("://")
        host, _, port = rest.rpartition(":")
        if not sep or scheme.lower() not in SCHEMES or not host or not port.isdigit():
            raise ClusterError(f"--cluster {text!r} is not a scheduler address or local:N; give the address the "
                               "scheduler prints (tcp://HOST:PORT, or tls:// for an encrypted one), or local:N "
                               "to start N worker processes on this machine")
        spec = ClusterSpec(address=text)
    require_dask()
    return spec


def require_dask() -> None:
    """Dask's distributed scheduler is installed, or a ClusterError naming the extra."""
    from importlib.util import find_spec   # without importing it: Dask takes seconds to import

    if find_spec("distributed") is None:
        raise ClusterError(f"--cluster needs Dask's distributed scheduler, which is not installed: {EXTRA}")


def environment() -> dict[str, str]:
    """What must match between this process and the workers for their reports to be the
    same: the auditor's version, Python's, and those of the libraries that decide."""
    import platform
    from importlib.metadata import PackageNotFoundError, version

    import auditor

    out = {"auditor": auditor.__version__, "auditor code": _code_digest(),
           "python": ".".join(platform.python_version_tuple()[:2])}
    for package in ("pydantic", "z3-solver", "highspy", "python-flint", "pint"):
        try:
            out[package] = version(package)
        except PackageNotFoundError:
            out[package] = "not installed"
    return out


def _code_digest() -> str:
    """A digest of the auditor's Python files: one version number may hold other code (a
    checkout being edited, a patched install), and other code may give another report."""
    import hashlib
    from pathlib import Path

    import auditor

    root = Path(auditor.__file__).parent
    digest = hashlib.sha256()
    for path in sorted(root.rglob("*.py")):
        digest.update(path.relative_to(root).as_posix().encode() + b"\0" + path.read_bytes() + b"\0")
    return digest.hexdigest()[:12]


class _Refused(NamedTuple):
    """A part's audit refused its input (InputError): its problems, sent back as data."""

    problems: tuple


_AUDITS = threading.Lock()


def import_engine() -> None:
    """On a worker: import the engine, as the first part's audit would. Under the lock the
    audits take: two of a worker's threads importing the auditor's modules at once (this
    warm-up, and a part's pack being unpickled) can meet in an import cycle, which Python
    reports as a deadlock (`_DeadlockError` on `auditor.models`)."""
    with _AUDITS:
        import auditor.engine.audit  # noqa: F401


_PACKS: dict[bytes, Any] = {}   # on a worker: the pack of each pickled pack it was sent


def _pack(blob: bytes):
    """The pack pickled in `blob`, unpickled once per worker process (under _AUDITS)."""
    import pickle

    pack = _PACKS.get(blob)
    if pack is None:
        _PACKS.clear()   # one corpus's pack at a time
        pack = _PACKS[blob] = pickle.loads(blob)
    return pack


def _warm_up(client) -> list:
    """Every worker imports the engine (seconds) while this process splits the corpus."""
    try:
        return [client.submit(import_engine, workers=[w], pure=False, allow_other_workers=False)
                for w in client.nthreads()]
    except (OSError, TimeoutError):
        return []   # the audit itself will say what is wrong


def audit_part(pack: bytes, part: bytes, files: tuple[str, ...], budget: int | None = None,
               deadline: float | None = None) -> bytes | _Refused:
    """On a worker: audit one part (a pickled Part) with the engine and return its report,
    pickled. One audit at a time per worker process (z3 and the engine's caches are not
    shared between threads), on this process alone (a worker's processes cannot start
    processes of their own). Parts and reports travel as bytes, unpickled with the cycle
    collector paused: left to Dask, unpickling 10,000 claims' models took 3 to 4 times as
    long, the collector walking them again and again (auditor/collector.py)."""
    import pickle
    import time

    # every import of the auditor's modules on a worker, and every unpickling of its models
    # (the pack comes as bytes too), under the one lock: see import_engine
    with _AUDITS:
        from auditor import collector
        from auditor.engine.audit import audit_corpus
        from auditor.errors import InputError

        with collector.paused():
            try:
                # the deadline is an instant (time.time()), the same on every machine of the cluster
                # as far as their clocks agree; what is left of it is the worker's own deadline
                left = None if deadline is None else max(0.0, deadline - time.time())
                corpus = pickle.loads(part).corpus(_pack(pack), files)
                report = audit_corpus(corpus, workers=1, budget=budget, deadline=left)
            except InputError as exc:   # an exception's fields do not survive pickling: send them as data
                return _Refused(tuple(exc.problems))
            return pickle.dumps(report, protocol=pickle.HIGHEST_PROTOCOL)


def audit_on_cluster(corpus: Corpus, cluster: Any, progress: Callable[[str], None] | None = None,
                     patience: float = PATIENCE, budget: int | None = None, deadline: float | None = None) -> Report:
    """Audit a loaded corpus on a Dask cluster: `cluster` is a scheduler address, `local:N`, a
    ClusterSpec or a `distributed.Client` already connected. `budget` and `deadline` (seconds
    from now) as for audit_corpus, applied on every worker. Returns the report the
    one-machine audit gives; raises ClusterError when the cluster fails (see the module),
    InputError when the corpus is bad (as without a cluster). Never prints or exits."""
    import pickle

    from auditor import collector
    from auditor.engine.families import merge_reports, partition
    from auditor.errors import InputError

    import time

    until = None if deadline is None else time.time() + deadline
    say = progress or (lambda stage: None)
    if isinstance(cluster, str):
        cluster = parse_cluster(cluster)
    say(f"connecting to {cluster.describe() if isinstance(cluster, ClusterSpec) else 'the Dask cluster'}")
    with _quiet_dask(), _connected(cluster, patience) as (client, spec):
        workers = _wait_for_workers(client, spec, patience)
        _check_versions(client, spec)
        say(f"partitioning {len(corpus.claims):,} claims into independent families")
        warming = _warm_up(client)   # kept until the audit ends: a future let go may be forgotten unrun
        with collector.paused():
            parts = partition(corpus, workers * PARTS_PER_WORKER)
        say(f"auditing {len(parts)} parts ({sum(p.families for p in parts):,} families) on {workers} "
            f"Dask worker{'s' if workers != 1 else ''}")
        results = _run_parts(client, spec, corpus, parts, patience, say, budget, until)
        del warming
    refused = [p for r in results if isinstance(r, _Refused) for p in r.problems]
    if refused:
        raise InputError(refused)
    say("merging the parts' reports")
    with collector.paused():
        return merge_reports(corpus, [pickle.loads(r) for r in results])


@contextmanager
def _connected(cluster: Any, patience: float) -> Iterator[tuple[Any, ClusterSpec]]:
    """A client of the cluster (and the local cluster, when asked for one), closed on leaving."""
    require_dask()
    try:
        from distributed import Client
    except ImportError as exc:   # installed, but broken
        raise ClusterError(f"Dask's distributed scheduler does not import ({_reason(exc)}): {EXTRA}") from None

    if isinstance(cluster, Client):
        yield cluster, ClusterSpec(address=str(cluster.scheduler.address if cluster.scheduler else "?"))
        return
    spec = cluster if isinstance(cluster, ClusterSpec) else parse_cluster(cluster)
    if spec is None:
        raise ClusterError("no cluster given: give a scheduler address (tcp://HOST:PORT) or local:N")
    local = client = None
    try:
        if spec.local_workers is not None:
            local = _local_cluster(spec)
            client = Client(local, set_as_default=False)
        else:
            try:
                client = Client(spec.address, timeout=CONNECT_TIMEOUT, set_as_default=False)
            except (OSError, TimeoutError) as exc:
                raise ClusterError(f"cannot reach {spec.describe()} ({_reason(exc)}): is the scheduler running "
                                   "(`dask scheduler`), and is the address the one it printed? Or use "
                                   "--cluster local:N to audit on this machine") from None
        yield client, spec
    finally:
        for closing in (client, local):
            if closing is not None:
                try:
                    closing.close()
                except Exception:   # a lost scheduler: nothing left to close
                    pass


def _local_cluster(spec: ClusterSpec):
    import logging

    from distributed import LocalCluster
    try:
        # worker processes of one thread each: the engine decides blocks on one thread, and
        # a Dask worker's processes cannot start a pool of their own
        return LocalCluster(n_workers=spec.local_workers, threads_per_worker=1, processes=True, host="127.0.0.1",
                            dashboard_address=None, silence_logs=logging.CRITICAL)
    except (OSError, TimeoutError, RuntimeError) as exc:
        raise ClusterError(f"could not start {spec.describe()}: {_reason(exc)} (its workers are new Python "
                           "processes that import the main module: in a script, audit under "
                           "`if __name__ == \"__main__\":`)") from None


def _reason(exc: BaseException) -> str:
    text = str(exc).strip()
    return f"{type(exc).__name__}: {text}" if text else type(exc).__name__


def _workers(client) -> int:
    """How many workers the scheduler has now (asked, not cached)."""
    return len(client.nthreads())


def _wait_for_workers(client, spec: ClusterSpec, patience: float) -> int:
    try:
        client.wait_for_workers(1, timeout=patience)
        return _workers(client)
    except (OSError, TimeoutError) as exc:
        raise ClusterError(f"{spec.describe()} has no workers ({_reason(exc)} after {patience:.0f} s): start some "
                           f"with `dask worker {spec.address or 'ADDRESS'}`") from None


def _check_versions(client, spec: ClusterSpec) -> None:
    """Every worker runs what this process runs (environment()), or a ClusterError saying what differs."""
    mine = environment()
    try:
        theirs = client.run(environment)
    except (OSError, TimeoutError) as exc:
        raise ClusterError(f"lost {spec.describe()} while asking its workers' versions: {_reason(exc)}") from None
    except Exception as exc:   # a worker that cannot import the auditor cannot unpickle the question
        raise ClusterError(f"the workers of {spec.describe()} cannot run the auditor ({_reason(exc)}): install "
                           f"claims-auditor {mine['auditor']} on every worker ({EXTRA})") from None
    wrong = []
    for worker, env in sorted(theirs.items()):
        differ = [f"{k} {env.get(k)} (here {v})" for k, v in mine.items() if env.get(k) != v]
        if differ:
            wrong.append(f"{worker}: {', '.join(differ)}")
    if wrong:
        raise ClusterError(f"the workers of {spec.describe()} run other versions than this process, so their "
                           f"reports could differ: {'; '.join(wrong[:3])}" + (f" and {len(wrong) - 3} more"
                                                                              if len(wrong) > 3 else "")
                           + "; install the same versions everywhere (docs/cluster.md)")


def _run_parts(client, spec: ClusterSpec, corpus: Corpus, parts: list[Part], patience: float,
               say: Callable[[str], None], budget: int | None = None, until: float | None = None) -> list:
    """Send the pack to every worker and each part to one, audit them, and gather the
    reports in the parts' order; a ClusterError if the cluster is lost on the way."""
    import pickle
    import time
    import uuid

    from distributed.client import FutureCancelledError

    from auditor import collector

    try:
        from distributed.scheduler import KilledWorker
    except ImportError:   # pragma: no cover - older distributed
        from distributed import KilledWorker

    tag = uuid.uuid4().hex[:8]
    futures: list = []
    try:
        try:
            with collector.paused():
                # the pack as bytes, unpickled by audit_part under its lock (import_engine)
                pack = client.scatter(pickle.dumps(corpus.pack, protocol=pickle.HIGHEST_PROTOCOL),
                                      broadcast=True, hash=False)
                blobs = [pickle.dumps(p, protocol=pickle.HIGHEST_PROTOCOL) for p in parts]
            # each part in its task, not scattered to one worker: if that worker is lost, the
            # scheduler still has the part to run again on another
            futures = [client.submit(audit_part, pack, blob, corpus.files, budget, until,
                                     key=f"auditor-part-{tag}-{n}", pure=False)
                       for n, blob in enumerate(blobs)]
        except (OSError, TimeoutError) as exc:
            raise ClusterError(f"lost {spec.describe()} while sending the parts: {_reason(exc)}") from None
        pending, done, shown = set(futures), 0, time.monotonic()
        alone_since = None
        while pending:
            time.sleep(POLL)
            finished = {f for f in pending if f.done()}
            pending -= finished
            for future in finished:
                if future.status == "cancelled":
                    raise _lost(spec, done, len(parts), None)
                if future.status == "error":
                    error = future.exception()
                    if isinstance(error, KilledWorker):
                        raise ClusterError(f"a part's audit ended its worker {_reason(error)}: each worker died "
                                           "while auditing it (out of memory?); give the workers more memory, "
                                           "or use more of them") from None
                    future.result()   # a bug in the audit: raised as it is
            done += len(finished)
            if finished and time.monotonic() - shown >= 1.0:
                say(f"{done} of {len(parts)} parts audited")
                shown = time.monotonic()
            if client.status not in ("running", "connecting"):
                raise _lost(spec, done, len(parts), None)
            if pending:
                try:
                    count = _workers(client)
                except (OSError, TimeoutError) as exc:
                    raise _lost(spec, done, len(parts), exc) from None
                if count:
                    alone_since = None
                elif alone_since is None:
                    alone_since = time.monotonic()
                elif time.monotonic() - alone_since > patience:
                    raise ClusterError(f"{spec.describe()} lost all its workers, and none joined for {patience:.0f} "
                                       f"s; {done} of {len(parts)} parts were audited and nothing is reported")
        try:
            return client.gather(futures)
        except (OSError, TimeoutError, FutureCancelledError) as exc:
            raise _lost(spec, done, len(parts), exc) from None
    finally:
        if futures and client.status == "running":
            try:
                client.cancel(futures)
            except Exception:   # the scheduler is gone: nothing to cancel
                pass


def _lost(spec: ClusterSpec, done: int, total: int, exc: BaseException | None) -> ClusterError:
    why = f" ({_reason(exc)})" if exc is not None else ""
    return ClusterError(f"lost {spec.describe()} during the audit{why}: {done} of {total} parts were audited and "
                        "nothing is reported; check the scheduler and run the audit again")


@contextmanager
def _quiet_dask() -> Iterator[None]:
    """Dask's own log lines (workers joining, a connection lost, its tracebacks) stay off
    stderr while the library works: what matters reaches the caller as the report or a
    ClusterError. Dask's loggers have levels of their own, and a record reaches the handlers
    of every logger above its own whatever their levels, so the handlers are muted."""
    import logging
    import warnings

    def muted(record: logging.LogRecord) -> bool:
        return False

    try:
        import distributed  # noqa: F401  (its import sets up the loggers and handlers muted here)
    except ImportError:
        pass   # _connected says so
    names = ["", "distributed", "tornado", "tornado.application", "asyncio", "bokeh"]
    names += [n for n in list(logging.Logger.manager.loggerDict) if n.startswith(("distributed.", "tornado."))]
    handlers = {h for n in names for h in logging.getLogger(n).handlers}
    for h in handlers:
        h.addFilter(muted)
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")   # Dask's own version-mismatch warnings: environment() says more
            yield
    finally:
        for h in handlers:
            h.removeFilter(muted)
