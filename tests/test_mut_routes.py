"""Tests that kill the mutants of ``pp38/routes.py`` (issue 10): the initiator routes of PP 38/2017
Pasal 7–15 (per Kemendagri) as the shipped rule set's steps, each step's name and key, the
route of each initiator, and the refusal naming the check that read the innovation."""

from __future__ import annotations

import dataclasses

import pytest

from inovasi_daerah.errors import InvalidInput
from inovasi_daerah.models import Initiator
from inovasi_daerah.pp38 import routes
from inovasi_daerah.pp38.files import shipped_rules
from pp38_factory import (
    COMPAT_NAMES,
    UNKNOWN_NAMES,
    check_compat_name,
    check_unknown_name,
    compat_names,
)


@pytest.mark.parametrize(("name", "key"), compat_names(routes))
def test_each_step_name_is_the_rule_files_step(name: str, key: str) -> None:
    """Pasal 7–15 routes and Pasal 10(3): each compatibility name is the shipped step of its key."""
    check_compat_name(routes, name, key)


def test_route_steps_is_the_rule_files_list() -> None:
    """The routes of Pasal 7–15, in the order of the rule file."""
    assert shipped_rules().route_steps == routes.ROUTE_STEPS
    assert [s.key for s in routes.ROUTE_STEPS] == list(COMPAT_NAMES[routes.__name__].values())


@pytest.mark.parametrize(
    ("initiator", "keys"),
    [
        (
            Initiator.ASN,
            [
                "asn_izin_tertulis",
                "disampaikan_ke_litbang",
                "evaluasi_litbang",
                "pasal_10_3_disampaikan_ke_kepala_daerah",
            ],
        ),
        (
            Initiator.CITIZEN,
            [
                "masyarakat_pintu_masuk",
                "disampaikan_ke_litbang",
                "evaluasi_litbang",
                "pasal_10_3_disampaikan_ke_kepala_daerah",
            ],
        ),
        (
            Initiator.REGIONAL_HEAD,
            [
                "disampaikan_ke_litbang",
                "kepala_daerah_tim_independen",
                "kepala_daerah_tim_dikoordinasikan_litbang",
                "evaluasi_litbang",
                "pasal_10_3_disampaikan_ke_kepala_daerah",
            ],
        ),
    ],
)
def test_steps_for_gives_each_initiators_route(initiator: Initiator, keys: list[str]) -> None:
    """Pasal 7–15 (Kemendagri): an ASN needs the written permission, a citizen an entry point,
    the kepala daerah an independent team; the litbang steps and Pasal 10(3) are everyone's."""
    assert [s.key for s in routes.steps_for(initiator)] == keys


def test_steps_for_reads_the_steps_given() -> None:
    """A rule set's own route (``steps``) is used, not the shipped one."""
    only = (dataclasses.replace(routes.SUBMIT_TO_LITBANG, key="sendiri"),)
    assert [s.key for s in routes.steps_for(Initiator.ASN, only)] == ["sendiri"]
    assert routes.steps_for(Initiator.ASN, ()) == []


def test_holds_refusal_names_the_check() -> None:
    """Bad input to a requirement: the error names the field and the check (``holds``)."""
    with pytest.raises(InvalidInput) as caught:
        routes.SUBMIT_TO_LITBANG.holds(42)  # type: ignore[arg-type]
    assert caught.value.field == "innovation"
    assert caught.value.rule == "holds"


@pytest.mark.parametrize("name", UNKNOWN_NAMES)
def test_an_unknown_name_is_an_attribute_error_naming_the_module(name: str) -> None:
    """Any other name is an AttributeError naming the module and the name."""
    check_unknown_name(routes, name)
