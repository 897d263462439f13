"""Test settings shared by every test module."""

from hypothesis import settings

# No timed assertions in tests (developers' guide; speed is measured in bench/): Hypothesis'
# per-example deadline fails on a loaded CI machine, so it is off for every property.
settings.register_profile("inovasi_daerah", deadline=None)
settings.load_profile("inovasi_daerah")
