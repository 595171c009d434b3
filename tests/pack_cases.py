"""A desk pack's file the pack tests share (tests/test_desk_pack.py, tests/test_pack_cache.py)."""

# a metrics.yaml of one metric the bundled pack lacks
SWORN_OFFICERS = """metrics:
  sworn_officers:
    label: sworn officers
    definition: officers with arrest powers on the department's roll
    unit: count
    integer: true
    non_negative: true
    additive_over_time: false
    additive_over_places: true
"""
