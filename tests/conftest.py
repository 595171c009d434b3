import atexit
import gc
import os
import shutil
import tempfile

import pytest
from hypothesis import HealthCheck, settings

settings.register_profile("default", deadline=None, suppress_health_check=[HealthCheck.too_slow])
settings.register_profile("ci", deadline=None, suppress_health_check=[HealthCheck.too_slow], derandomize=True)
settings.load_profile("ci" if os.environ.get("CI") else "default")

# The cycle collector's youngest generation collected every 10,000 net allocations rather
# than 700 (its older generations as often relative to it as by default). The run keeps what
# its module and session fixtures made (packs, corpora, the seed audit), and its tests make and
# drop containers by the million: at 700 the collector ran about 6,000 times and made 27 full
# walks of everything alive, 3.5 of the quick suite's CPU seconds; now under 1 (2 full walks).
# No test depends on when the collector runs (those about it disable it or call gc.collect()
# themselves), the audits pause it as the CLI does (auditor/collector.py), and subprocesses
# keep the default.
gc.set_threshold(10_000, 10, 10)

# The rule pack cache (auditor/pack/cache.py) would otherwise fill the developer's
# ~/.cache/auditor with the test packs; the run (and its subprocesses) uses its own folder.
if "AUDITOR_CACHE_DIR" not in os.environ:
    _cache = tempfile.mkdtemp(prefix="auditor-test-cache-")
    os.environ["AUDITOR_CACHE_DIR"] = _cache
    atexit.register(shutil.rmtree, _cache, True)


# The seeds' audit, made once for the whole run for the tests that only read it (a report is
# a frozen pydantic model: no test can change it for the next). In this process (workers=1),
# and as `auditor audit seeds` makes it (the default workers); the two reports are equal.
@pytest.fixture(scope="session")
def seed_report():
    import auditor

    return auditor.audit(workers=1)


@pytest.fixture(scope="session")
def seed_report_default_workers():
    import auditor

    return auditor.audit()
