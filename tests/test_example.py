"""The embedded example exercises every rule it claims to (issue 2: every form, every stage,
every initiator route, at least one failing criterion), and is labelled illustrative."""

from __future__ import annotations

from inovasi_daerah.examples import ILLUSTRATIVE, payakumbuh, payakumbuh_raw
from inovasi_daerah.models import Form, Initiator, LifecycleStatus, Stage, Urusan


def test_sixteen_innovations_of_dinas_pupr() -> None:
    ex = payakumbuh()
    assert len(ex.innovations) == 16
    assert ex.government.name == "Kota Payakumbuh"
    assert ex.office.short_name == "Dinas PUPR"
    assert len({i.id for i in ex.innovations}) == 16


def test_labelled_illustrative_in_data_and_notice() -> None:
    assert "ILUSTRATIF" in payakumbuh_raw()["keterangan"]
    assert "ILUSTRATIF" in ILLUSTRATIVE.id
    assert "ILLUSTRATIVE" in ILLUSTRATIVE.en


def test_covers_every_form_stage_and_initiator() -> None:
    ex = payakumbuh()
    assert {f for i in ex.innovations for f in i.forms} == set(Form)
    assert {i.stage for i in ex.innovations} == set(Stage)
    assert {i.initiator for i in ex.innovations} == set(Initiator)


def test_covers_a_failing_criterion_and_a_stopped_trial() -> None:
    ex = payakumbuh()
    assert any(i.criteria.replicable is False for i in ex.innovations)
    assert any(i.status is LifecycleStatus.STOPPED for i in ex.innovations)


def test_covers_all_six_basic_service_urusan() -> None:
    ex = payakumbuh()
    assert {i.main_urusan for i in ex.innovations} >= set(Urusan.basic_services())


def test_asn_innovators_have_valid_nips_including_a_pppk() -> None:
    ex = payakumbuh()
    people = {p.key: p for i in ex.innovations for p in i.innovators}
    kinds = {p.nip_info.kind.value for p in people.values() if p.nip_info is not None}
    assert kinds == {"pns", "pppk"}
