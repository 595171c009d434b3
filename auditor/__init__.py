"""auditor: cross-checks the numbers in news claims with an exact solver.

    import auditor
    report = auditor.audit(["claims/"])        # or auditor.audit() for the bundled seeds
    for finding in report.findings:
        print(finding.kind, finding.message)

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
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module 'auditor' has no attribute {name!r}")
    import importlib
    value = getattr(importlib.import_module(module), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *_EXPORTS})


class _EngineFirst:
    """The engine's modules import the pack, whose loader imports the checks, which import
    the engine again: a circle that resolves only when the engine's audit module is imported
    before the others, as this package did eagerly before its names became lazy. Until the
    circle is broken, importing the `auditor.engine` package first imports its audit module
    right after it, whichever engine module was asked for. Nothing is imported early, so
    `auditor --help` stays fast."""

    def find_spec(self, name, path=None, target=None):
        if name != "auditor.engine":
            return None
        import sys
        from importlib.machinery import PathFinder
        sys.meta_path[:] = [f for f in sys.meta_path if f is not self]
        spec = PathFinder.find_spec(name, path)
        if spec is not None and spec.loader is not None:
            spec.loader = _ThenAudit(spec.loader)
        return spec


class _ThenAudit:
    """Loads the engine package, then its audit module (see _EngineFirst)."""

    def __init__(self, loader) -> None:
        self.loader = loader

    def create_module(self, spec):
        return self.loader.create_module(spec)

    def exec_module(self, module) -> None:
        import sys
        self.loader.exec_module(module)
        if "auditor.pack" not in sys.modules and "auditor.checks" not in sys.modules:
            # entered at the engine (entered at the pack or the checks, the circle resolves)
            import importlib
            importlib.import_module("auditor.engine.audit")

    def __getattr__(self, name: str):
        return getattr(self.loader, name)


def _install_engine_first() -> None:
    import sys
    if "auditor.engine" not in sys.modules:
        sys.meta_path.insert(0, _EngineFirst())


_install_engine_first()


__version__ = "0.1.0"

__all__ = [
    "Amount", "Change", "Claim", "ClusterError", "Comparison", "Corpus", "DateRange", "Finding", "InputError", "Pack", "Period",
    "Problem", "Quote", "Reading", "Report", "Share", "Source", "audit", "audit_corpus", "load_claims",
    "load_pack", "load_records", "__version__",
]
