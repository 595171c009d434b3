"""Reading claim files (YAML, JSON, JSON Lines) into validated sources and claims."""
