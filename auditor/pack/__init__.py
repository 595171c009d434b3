"""The rule pack: metric vocabulary, places, qualifier meanings, rounding and rules, as data."""

from auditor.pack.load import load_pack, default_pack_path
from auditor.pack.model import Metric, Place, Pack, QualifierReading, Qualifier, Rounding, Rule, RuleExample

__all__ = [
    "Metric", "Place", "Pack", "Qualifier", "QualifierReading", "Rounding", "Rule", "RuleExample",
    "load_pack", "default_pack_path",
]
