"""Test settings shared by every test module."""

import sys

import pytest
from hypothesis import HealthCheck, settings

# No timed assertions in tests (developers' guide; speed is measured in bench/): Hypothesis'
# per-example deadline fails on a loaded CI machine, so it is off for every property.
settings.register_profile("inovasi_daerah", deadline=None)
settings.load_profile("inovasi_daerah")
if "mutmut" in sys.modules:
    # scripts/mutation.py: mutmut 3 runs the selected tests several times in one process, each
    # time with new instances of the test classes, which Hypothesis' differing_executors check
    # refuses ("Failed to run clean test"); the classes here only group tests, they hold no state.
    settings.register_profile(
        "mutation", deadline=None, suppress_health_check=[HealthCheck.differing_executors]
    )
    settings.load_profile("mutation")


@pytest.fixture(autouse=True)
def _user_rule_files_forgotten(monkeypatch: pytest.MonkeyPatch) -> None:
    """Rule files a test (or a docs example it runs) loads are forgotten after it.

    ``iga.load_edition``, ``skp.load_regime``, ``skp.load_regional_rule`` and
    ``pp38.load_rules(..., register=True)`` register a user's file for the whole process, as an
    application wants; tests must not see each other's.
    """
    from inovasi_daerah.iga import files, registry
    from inovasi_daerah.pp38 import rules as pp38_rules
    from inovasi_daerah.skp import regime, regional

    list(registry.REGISTRY)  # the shipped editions, loaded once per process
    monkeypatch.setattr(registry.REGISTRY, "_sets", list(registry.REGISTRY._sets))
    monkeypatch.setattr(registry, "_USER_EDITIONS", dict(registry._USER_EDITIONS))
    monkeypatch.setattr(registry, "_USER_FORECASTS", dict(registry._USER_FORECASTS))
    monkeypatch.setattr(files, "_USER_RAW", dict(files._USER_RAW))
    monkeypatch.setattr(regime.REGISTRY, "_sets", list(regime.REGISTRY._sets))
    monkeypatch.setattr(regime, "_USER_REGIMES", dict(regime._USER_REGIMES))
    monkeypatch.setattr(regional, "_USER_RULES", dict(regional._USER_RULES))
    list(pp38_rules.REGISTRY)  # the shipped PP 38/2017 rule set, loaded once per process
    monkeypatch.setattr(pp38_rules.REGISTRY, "_sets", list(pp38_rules.REGISTRY._sets))
