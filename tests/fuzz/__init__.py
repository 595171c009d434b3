"""The fuzz suite of issue 16: `python -m tests.fuzz --cases 10000` (see __main__.py)."""
