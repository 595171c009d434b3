"""Reading news text: temporal expressions (times) and quantities (numbers)."""
