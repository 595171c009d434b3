import gc

gc.disable()   # before the CLI's own imports; run() says why (auditor/cli.py, _process_settings)

from auditor.cli import run  # noqa: E402

run()
