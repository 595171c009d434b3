"""Benchmarks and evaluations of the auditor against public data."""
