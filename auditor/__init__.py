"""auditor: cross-checks the numbers in news claims with an exact solver.

    import auditor
    report = auditor.audit(["claims/"])        # or auditor.audit() for the bundled seeds
    for finding in report.findings:
        print(finding.kind, finding.message)
    d = auditor.draft(article_text, published="2023-03-29")   # claim records drafted from an article

The library returns data and raises `auditor.InputError` on bad input; it never prints
or exits.
"""

# The entry points, imported on first use, so that `import auditor` and `auditor --help`
# stay fast (the engine pulls in z3, HiGHS and the rule pack's readers).
_EXPORTS = {
    "audit": "auditor.engine.audit", "audit_corpus": "auditor.engine.audit",
    "InputError": "auditor.errors", "Problem": "auditor.errors", "ClusterError": "auditor.cluster",
    "Corpus": "auditor.loading.corpus", "load_claims": "auditor.loading.corpus", "load_records": "auditor.loading.corpus",
    **dict.fromkeys(("Amount", "Change", "Claim", "Comparison", "DateRange", "Period", "Quote", "Reading", "Share",
                     "Source"), "auditor.models"),
    "Finding": "auditor.models.findings", "Report": "auditor.models.findings",
    "Pack": "auditor.pack", "load_pack": "auditor.pack",
}


def __getattr__(name: str):
    import importlib
    if name == "draft":   # the package itself, callable: auditor.draft(text) is auditor.draft.draft(text)
        return importlib.import_module("auditor.draft")
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module 'auditor' has no attribute {name!r}")
    value = getattr(importlib.import_module(module), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *_EXPORTS, "draft"})


__version__ = "0.1.0"

__all__ = [
    "Amount", "Change", "Claim", "ClusterError", "Comparison", "Corpus", "DateRange", "Finding", "InputError", "Pack", "Period",
    "Problem", "Quote", "Reading", "Report", "Share", "Source", "audit", "audit_corpus", "draft", "load_claims",
    "load_pack", "load_records", "__version__",
]
