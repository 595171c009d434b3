import atexit
import os
import shutil
import tempfile

from hypothesis import HealthCheck, settings

settings.register_profile("default", deadline=None, suppress_health_check=[HealthCheck.too_slow])
settings.register_profile("ci", deadline=None, suppress_health_check=[HealthCheck.too_slow], derandomize=True)
settings.load_profile("ci" if os.environ.get("CI") else "default")

# The rule pack cache (auditor/pack/cache.py) would otherwise fill the developer's
# ~/.cache/auditor with the test packs; the run (and its subprocesses) uses its own folder.
if "AUDITOR_CACHE_DIR" not in os.environ:
    _cache = tempfile.mkdtemp(prefix="auditor-test-cache-")
    os.environ["AUDITOR_CACHE_DIR"] = _cache
    atexit.register(shutil.rmtree, _cache, True)
