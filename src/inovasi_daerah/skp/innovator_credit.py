"""What an ASN's innovations are worth in the appraisal of a period, under the regime in force.

:func:`credit` takes the person, the innovations and the period and answers, for the regime
of that period (skp.md §1.2):

- PP 46/2011: kreativitas points (with a surat keterangan of the right level and signer) and
  the tugas tambahan points the innovation work adds;
- PP 30/2019 + PermenPANRB 8/2021: kinerja tambahan (capped at 10) and the Sangat Baik gate;
- PermenPANRB 6/2022: the hasil kerja tambahan entries to record, the evidence toward "di atas
  ekspektasi", the predikat change this could enable and, for a jabatan fungsional from 2023,
  its angka kredit effect (Baik → Sangat Baik: 100 % → 150 % of the koefisien);
- regional rules in force for the person's region.

Only innovations in which the person had a role count; an innovation counts in a period when
one of its dated milestones (proposed, decided, trial start/end, applied, developed, reported,
or the surat keterangan's date) falls in the period. That is a library convention with no legal
source (UNCERTAIN): the named policy :class:`PeriodRule` (default ``any_milestone``; the
alternative ``application`` counts only the start of application, the latest development or
the surat keterangan's date), recorded in every result (``result.period_rule``).

``points`` is what is earned with the evidence given; ``potential_points``,
``predicate_after`` and ``credit_after`` are what the innovations *could enable* once the
evidence in ``missing`` is complete.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Any, TypeVar

from inovasi_daerah._util import StrictStrEnum, as_list, check_items
from inovasi_daerah.errors import InovasiDaerahError, InvalidInput
from inovasi_daerah.law import Citation, Explanation, Result, T, Text
from inovasi_daerah.law.context import exact
from inovasi_daerah.models.base import Model
from inovasi_daerah.models.enums import InnovatorRole
from inovasi_daerah.models.innovation import Innovation
from inovasi_daerah.models.innovator import Innovator
from inovasi_daerah.models.skp import (
    CreditInputs,
    InnovationRecognition,
    Period,
    Predicate,
    Rating,
)
from inovasi_daerah.skp import permenpanrb_6_2022 as pm6
from inovasi_daerah.skp import pp30, pp46
from inovasi_daerah.skp._common import ValueResult, as_model, cites
from inovasi_daerah.skp.permenpanrb_1_2023 import RULES as AK_RULES
from inovasi_daerah.skp.permenpanrb_1_2023 import angka_kredit as ak_value
from inovasi_daerah.skp.permenpanrb_1_2023 import angka_kredit_regime_for
from inovasi_daerah.skp.regime import COMMON_CITATIONS, Regime, period_regime
from inovasi_daerah.skp.regional import RegionalInnovationCredit, RegionalRuleKind
from inovasi_daerah.types import DateLike

__all__ = [
    "CountedInnovation",
    "CreditResult",
    "IgnoredInnovation",
    "PeriodRule",
    "RegionalEffect",
    "credit",
]

_ZERO = Decimal(0)


class PeriodRule(StrictStrEnum):
    """Which dated facts make an innovation count in an appraisal period (named policy).

    No regulation says when an innovation "belongs" to an SKP period; this is a library
    convention (UNCERTAIN), recorded in every :class:`CreditResult`.

    - ``any_milestone`` (default): any dated milestone — proposed, decided, trial start or
      end, applied, developed, reported — or the surat keterangan's date in the period;
    - ``application``: only the start of application, the latest development or the surat
      keterangan's date (an innovation still in proposal or trial does not count yet).
    """

    ANY_MILESTONE = "any_milestone"
    APPLICATION = "application"


#: The library's convention for "an innovation counts in this period" (no legal source).
MILESTONE_RULE = COMMON_CITATIONS["milestone_rule"]
#: Who the SKP appraises: ASN (PNS; PPPK from PermenPANRB 6/2022), skp.md §4.1.
_ASN_ONLY = COMMON_CITATIONS["asn_only"]


@dataclass(frozen=True, slots=True)
class CountedInnovation:
    """An innovation that counts: its name, the person's role and what it brings."""

    name: str
    role: str
    channels: tuple[Text, ...]

    def to_dict(self) -> dict[str, Any]:
        """The counted innovation (name, role, channels) as JSON-ready data."""
        return {
            "name": self.name,
            "role": self.role,
            "channels": [c.model_dump() for c in self.channels],
        }


@dataclass(frozen=True, slots=True)
class IgnoredInnovation:
    """An innovation left out, and why."""

    name: str
    reason: Text

    def to_dict(self) -> dict[str, Any]:
        """The ignored innovation (name, reason) as JSON-ready data."""
        return {"name": self.name, "reason": self.reason.model_dump()}


@dataclass(frozen=True, slots=True)
class RegionalEffect:
    """What one regional rule in force does for this person in this period."""

    rule_id: str
    kind: RegionalRuleKind
    points: Decimal | None
    satisfied: bool | None
    note: Text

    def to_dict(self) -> dict[str, Any]:
        """The regional rule's effect as JSON-ready data (points as text)."""
        return {
            "rule_id": self.rule_id,
            "kind": self.kind.value,
            "points": None if self.points is None else str(self.points),
            "satisfied": self.satisfied,
            "note": self.note.model_dump(),
        }


@dataclass(frozen=True, slots=True)
class CreditResult(Result):
    """The innovator's credit in one appraisal period (see the module docstring)."""

    regime: str
    regime_title: Text
    period: Period
    innovator: str
    applicable: bool
    counted: tuple[CountedInnovation, ...]
    ignored: tuple[IgnoredInnovation, ...]
    points: Decimal
    potential_points: Decimal
    predicate_before: str | None
    predicate_after: str | None
    credit_before: Decimal | None
    credit_after: Decimal | None
    additional_results: tuple[Text, ...]
    evidence: tuple[Text, ...]
    missing: tuple[Text, ...]
    regional: tuple[RegionalEffect, ...]
    _explanation: Explanation
    #: the named policy that decided which innovations count in the period
    period_rule: PeriodRule = PeriodRule.ANY_MILESTONE
    #: The region given when none of the regional rules names it (so none could apply);
    #: reported rather than silently giving no regional effect.
    unmatched_region: str | None = None

    @property
    def policies(self) -> dict[str, str]:
        """The named policies this result depends on."""
        return {"period_rule": self.period_rule.value}

    @property
    def credit_gain(self) -> Decimal | None:
        """AK the innovations could add (after − before), when both are known."""
        if self.credit_before is None or self.credit_after is None:
            return None
        return self.credit_after - self.credit_before

    def _summary(self) -> dict[str, Any]:
        return {
            "regime": self.regime,
            "period": {"start": self.period.start, "end": self.period.end},
            "innovator": self.innovator,
            "applicable": self.applicable,
            "counted": [c.to_dict() for c in self.counted],
            "ignored": [i.to_dict() for i in self.ignored],
            "points": self.points,
            "potential_points": self.potential_points,
            "predicate_before": self.predicate_before,
            "predicate_after": self.predicate_after,
            "credit_before": self.credit_before,
            "credit_after": self.credit_after,
            "credit_gain": self.credit_gain,
            "additional_results": [t.model_dump() for t in self.additional_results],
            "evidence": [t.model_dump() for t in self.evidence],
            "missing": [t.model_dump() for t in self.missing],
            "regional": [r.to_dict() for r in self.regional],
            "policies": self.policies,
            "unmatched_region": self.unmatched_region,
        }

    def render(self, lang: str = "id", *, explanation: bool = True) -> str:
        """A readable report for one person (see :func:`inovasi_daerah.skp.report`)."""
        from inovasi_daerah.skp.credit_report import render_result

        return render_result(self, lang, explanation=explanation)


# -- collecting the facts ------------------------------------------------------------------------


@dataclass
class _Acc:
    """Mutable working state while one credit is computed."""

    children: list[Explanation]
    evidence: list[Text]
    missing: list[Text]
    hkt: list[Text]
    channels: dict[int, list[Text]]  # per innovation object: names and ids may repeat
    points: Decimal = _ZERO
    potential: Decimal = _ZERO
    before: str | None = None
    after: str | None = None
    ak_before: Decimal | None = None
    ak_after: Decimal | None = None

    def need(self, id_: str, en: str) -> None:
        t = T(id_, en)
        if t not in self.missing:
            self.missing.append(t)

    def proof(self, id_: str, en: str) -> None:
        t = T(id_, en)
        if t not in self.evidence:
            self.evidence.append(t)


M = TypeVar("M", bound=Model)


def _listed(cls: type[M], value: object, field: str, noun: tuple[str, str]) -> list[M]:
    """One ``cls`` (or a mapping of its fields) or a list of them, as a list of ``cls``; an
    item is named by its index under ``field``."""
    if isinstance(value, cls | Mapping):
        value = [value]
    items = as_list(value, field, noun)
    return [as_model(cls, v, f"{field}[{i}]") for i, v in enumerate(items)]


def _innovations(value: object) -> list[Innovation]:
    return _listed(Innovation, value, "innovations", ("inovasi", "innovations"))


def _recognitions(value: object) -> list[InnovationRecognition]:
    return _listed(
        InnovationRecognition,
        value,
        "recognitions",
        ("pengakuan inovasi", "innovation recognitions"),
    )


def _regional(value: object) -> list[RegionalInnovationCredit]:
    if isinstance(value, RegionalInnovationCredit):
        return [value]
    items = as_list(value, "regional_rules", ("aturan daerah", "regional rules"))
    return list(check_items(items, RegionalInnovationCredit, "regional_rules"))


def _innovation_key(inv: Innovation) -> set[str]:
    keys = {inv.name.casefold()}
    if inv.id:
        keys.add(inv.id.casefold())
    return keys


def _milestones(inv: Innovation, rec: InnovationRecognition | None, rule: PeriodRule) -> list[date]:
    cert = None if rec is None else rec.certificate_date
    if rule is PeriodRule.APPLICATION:
        days = [inv.applied_on, inv.developed_on, cert]
    else:
        days = [
            inv.proposed_on,
            inv.decided_on,
            inv.trial_start,
            inv.trial_end,
            inv.applied_on,
            inv.developed_on,
            inv.reported_on,
            cert,
        ]
    return [d for d in days if d is not None]


def _regime_citations(regime: Regime, per: Period) -> tuple[Citation, ...]:
    # A period in the first year of PermenPANRB 6/2022 rests on its start date, which is not
    # established (UNCERTAIN, skp.md §1.1): cite the dated start parameter there.
    if isinstance(regime, pm6.Permenpanrb6Rules) and per.start.year == regime.start.get().year:
        return (regime.citation, regime.start.citation)
    return (regime.citation,)


def _role_of(inv: Innovation, person: Innovator) -> str:
    for p in inv.innovators:
        if p.key == person.key:
            return p.role.value
    return "-"  # pragma: no cover - only called for innovations that have the person


# -- the regimes ---------------------------------------------------------------------------------


def _before_after(acc: _Acc, before: list[Explanation], after: list[Explanation]) -> None:
    """Group the predikat computations without and with the innovations."""
    acc.children.append(
        Explanation(
            key="before",
            title=T("Tanpa inovasi ini", "Without these innovations"),
            value=before[-1].value,
            children=tuple(before),
        )
    )
    acc.children.append(
        Explanation(
            key="after",
            title=T(
                "Dengan inovasi ini (bila bukti lengkap dan diterima)",
                "With these innovations (once evidence is complete and accepted)",
            ),
            value=after[-1].value,
            children=tuple(after),
        )
    )


def _credit_pp46(
    r: pp46.Pp46Rules,
    counted: list[tuple[Innovation, InnovationRecognition | None]],
    inputs: CreditInputs,
    acc: _Acc,
) -> None:
    kreativitas: list[ValueResult] = []
    potential_kr: list[ValueResult] = []
    extra_duties = 0
    for inv, rec in counted:
        ch = acc.channels[id(inv)]
        if rec is None or rec.level is None:
            acc.need(
                f"{inv.name}: surat keterangan kreativitas dengan tingkat manfaat (unit kerja / "
                "organisasi / negara) dan penandatangannya",
                f"{inv.name}: a kreativitas surat keterangan stating the level of benefit (work "
                "unit / organisation / state) and its signer",
            )
        else:
            level_pts = pp46.kreativitas(rec.level, rules=r)
            potential_kr.append(level_pts)
            accepted = r.kreativitas_signers(rec.level).get()
            names = ", ".join(s.label.id for s in accepted)
            names_en = ", ".join(s.label.en for s in accepted)
            ok = True
            if not rec.has_certificate:
                ok = False
                acc.need(
                    f"{inv.name}: surat keterangan kreativitas (tingkat {rec.level.label.id}) "
                    f"ditandatangani {names}",
                    f"{inv.name}: kreativitas surat keterangan ({rec.level.label.en}) signed by "
                    f"{names_en}",
                )
            if rec.signer is None or rec.signer not in accepted:
                ok = False
                acc.need(
                    f"{inv.name}: penandatangan surat keterangan harus {names}",
                    f"{inv.name}: the surat keterangan must be signed by {names_en}",
                )
            if ok:
                kreativitas.append(pp46.kreativitas(rec.level, rec.signer, rules=r))
                ch.append(T("kreativitas", "kreativitas"))
        if rec is not None and rec.extra_duty:
            extra_duties += 1
            ch.append(T("tugas tambahan", "tugas tambahan"))
    acc.proof(
        "surat keterangan kreativitas: nomor, tingkat manfaat, penandatangan sesuai tingkat",
        "kreativitas surat keterangan: number, level of benefit, signer matching the level",
    )
    if extra_duties:
        acc.proof(
            "persetujuan/penugasan tugas tambahan dari pimpinan (bentuk tertulis UNCERTAIN)",
            "the leader's approval/assignment of the tugas tambahan (written form UNCERTAIN)",
        )
    kr_node, kr_value = pp46._stack(kreativitas, r)
    pot_node, pot_value = pp46._stack(potential_kr, r)
    tt_before = pp46.tugas_tambahan(inputs.other_extra_duties, rules=r)
    tt_after = pp46.tugas_tambahan(inputs.other_extra_duties + extra_duties, rules=r)
    tt_gain = tt_after.value - tt_before.value
    tt_node = Explanation(
        key="added_extra_duties",
        title=T("Tambahan nilai tugas tambahan", "Tugas tambahan points added"),
        value=tt_gain,
        rule=T(
            "nilai(lain + inovasi) − nilai(lain)", "points(other + innovations) − points(other)"
        ),
        inputs={"other_extra_duties": inputs.other_extra_duties, "innovations": extra_duties},
        children=(tt_before.explanation, tt_after.explanation),
    )
    acc.points = kr_value + tt_gain
    acc.potential = pot_value + tt_gain
    acc.children.extend([kr_node, tt_node])
    if potential_kr and pot_value != kr_value:
        acc.children.append(
            Explanation(
                key="potential_creativity",
                title=T("Kreativitas bila bukti lengkap", "Kreativitas with complete evidence"),
                value=pot_value,
                children=(pot_node,),
            )
        )
    if inputs.skp_score is None:
        acc.need(
            "nilai capaian SKP tanpa inovasi ini (nilai_skp) untuk menghitung perubahan predikat",
            "the SKP score without these innovations (nilai_skp) to compute the predikat change",
        )
        return
    before = inputs.skp_score
    after = before + acc.potential
    cap = r.skp_cap.get()
    if cap is not None:
        after = min(after, Decimal(cap))
    if inputs.behaviour_score is not None:
        pb = pp46.prestasi_kerja(before, inputs.behaviour_score, rules=r)
        pa = pp46.prestasi_kerja(after, inputs.behaviour_score, rules=r)
        b, a = pp46.predikat(pb.value, rules=r), pp46.predikat(pa.value, rules=r)
        _before_after(acc, [pb.explanation, b.explanation], [pa.explanation, a.explanation])
    else:
        b, a = pp46.predikat(before, rules=r), pp46.predikat(after, rules=r)
        _before_after(acc, [b.explanation], [a.explanation])
    acc.before, acc.after = b.predicate.value, a.predicate.value


def _credit_pp30(
    r: pp30.Pp30Rules,
    counted: list[tuple[Innovation, InnovationRecognition | None]],
    inputs: CreditInputs,
    acc: _Acc,
) -> None:
    entries = []
    gate: bool | None = False
    for inv, rec in counted:
        ch = acc.channels[id(inv)]
        if rec is not None and rec.additional_performance is not None:
            entries.append(rec.additional_performance)
            ch.append(T("kinerja tambahan", "kinerja tambahan"))
        elif rec is not None and rec.extra_duty:
            acc.need(
                f"{inv.name}: catat sebagai kinerja tambahan dengan predikat dan bobot lingkup "
                "penugasan",
                f"{inv.name}: record it as kinerja tambahan with its predikat and scope weight",
            )
        accepted = None if rec is None else rec.new_idea_accepted
        if accepted is True:
            gate = True
            ch.append(
                T("gagasan/cara baru (syarat Sangat Baik)", "new idea/way (Sangat Baik gate)")
            )
        elif accepted is None and gate is False:
            gate = None
    if counted and gate is None:
        acc.need(
            "penerimaan pejabat penilai bahwa inovasi adalah gagasan/cara baru yang bermanfaat "
            "bagi organisasi atau negara (syarat Sangat Baik, PP 30/2019 Pasal 41 ayat (5))",
            "the appraiser's acceptance that the innovation is a new idea/way benefiting the "
            "organisation or the state (Sangat Baik gate, PP 30/2019 Pasal 41(5))",
        )
    acc.proof(
        "bukti gagasan/cara baru dan manfaatnya bagi organisasi atau negara",
        "evidence of the new idea/way and its benefit to the organisation or the state",
    )
    before_kt = pp30.kinerja_tambahan([], other=inputs.other_additional_performance, rules=r)
    after_kt = pp30.kinerja_tambahan(entries, other=inputs.other_additional_performance, rules=r)
    gain = after_kt.value - before_kt.value
    room = r.kinerja_tambahan_cap.get() - before_kt.value
    acc.points = gain
    acc.potential = gain
    acc.children.append(
        Explanation(
            key="added_additional_performance",
            title=T("Tambahan nilai kinerja tambahan", "Kinerja tambahan added"),
            value=gain,
            rule=T("KT(lain + inovasi) − KT(lain)", "KT(other + innovations) − KT(other)"),
            inputs={"remaining_room": room},
            children=(before_kt.explanation, after_kt.explanation),
        )
    )
    gate_node = Explanation(
        key="very_good_condition",
        title=T("Syarat inovasi untuk Sangat Baik", "Innovation gate of Sangat Baik"),
        value={True: "diterima", None: "menunggu", False: "tidak"}[gate],
        citations=cites(r.innovation_gate),
    )
    acc.children.append(gate_node)
    if inputs.skp_score is None or inputs.behaviour_score is None or inputs.peer_input is None:
        acc.need(
            "nilai_skp, nilai_perilaku dan peer_input untuk menghitung perubahan predikat",
            "nilai_skp, nilai_perilaku and peer_input to compute the predikat change",
        )
        return
    top = r.nilai_max.get()
    nb = pp30.nilai_kinerja(
        inputs.skp_score, inputs.behaviour_score, peer_input=inputs.peer_input, rules=r
    )
    na = pp30.nilai_kinerja(
        inputs.skp_score + gain, inputs.behaviour_score, peer_input=inputs.peer_input, rules=r
    )
    b = pp30.predikat(min(nb.value, top), False, rules=r)
    a = pp30.predikat(min(na.value, top), gate is not False and bool(counted), rules=r)
    _before_after(acc, [nb.explanation, b.explanation], [na.explanation, a.explanation])
    acc.before, acc.after = b.predicate.value, a.predicate.value


def _credit_pm6(
    r: pm6.Permenpanrb6Rules,
    counted: list[tuple[Innovation, InnovationRecognition | None]],
    inputs: CreditInputs,
    person: Innovator,
    period: Period,
    acc: _Acc,
) -> None:
    for inv, rec in counted:
        role = InnovatorRole(_role_of(inv, person)).label  # the label, not the legal key
        acc.hkt.append(
            T(
                f'B. Tambahan: inovasi "{inv.name}" (peran: {role.id}; '
                f"tahapan: {inv.stage.label.id})",
                f'B. Additional: innovation "{inv.name}" (role: {role.en}; stage: '
                f"{inv.stage.label.en})",
            )
        )
        acc.channels[id(inv)].append(
            T("hasil kerja tambahan; bukti di atas ekspektasi", "additional result; evidence")
        )
        if rec is not None and rec.awards:
            acc.channels[id(inv)].append(
                T("penghargaan: " + "; ".join(rec.awards), "awards: " + "; ".join(rec.awards))
            )
    if counted:
        acc.proof(
            "bukti dukung realisasi inovasi (dokumen penetapan, laporan uji coba/penerapan, "
            "penghargaan) dilampirkan pada hasil kerja tambahan",
            "evidence of the innovation (decision, trial/application report, awards) attached "
            "to the additional result",
        )
        acc.proof(
            "penugasan dari pimpinan bila inovasi adalah hasil kerja tambahan",
            "the leader's assignment when the innovation is an additional result",
        )
    acc.children.append(
        Explanation(
            key="without_points",
            title=T("Tambahan nilai numerik", "Numeric bonus"),
            value=_ZERO,
            rule=T(
                "inovasi adalah bukti menuju rating di atas ekspektasi, bukan poin",
                "innovation is evidence toward 'above expectations', not points",
            ),
            citations=(r.hasil_kerja_tambahan, r.innovation_evidence, r.above_expectation_criteria),
        )
    )
    hk, pk = inputs.results_rating, inputs.behaviour_rating
    if hk is None or pk is None:
        acc.need(
            "rating_hasil_kerja dan rating_perilaku (tanpa inovasi) untuk menghitung perubahan "
            "predikat; Sangat Baik hanya bila keduanya di atas ekspektasi",
            "rating_hasil_kerja and rating_perilaku (without the innovations) to compute the "
            "predikat change; Sangat Baik needs both above expectations",
        )
        return
    b = pm6.predikat(hk, pk, rules=r)
    target_hk = Rating.ABOVE if counted else hk
    a = pm6.predikat(target_hk, pk, rules=r)
    _before_after(acc, [b.explanation], [a.explanation])
    acc.before, acc.after = b.predicate.value, a.predicate.value
    if counted and pk is not Rating.ABOVE:
        acc.need(
            "perilaku kerja di atas ekspektasi juga diperlukan untuk Sangat Baik (mis. "
            'ekspektasi khusus pimpinan "Adaptif: terus berinovasi")',
            "behaviour above expectations is also needed for Sangat Baik (e.g. the leader's "
            'special expectation "Adaptif: keep innovating")',
        )
    _angka_kredit_effect(person, period, b.predicate, a.predicate, acc)


def _angka_kredit_effect(
    person: Innovator, period: Period, before: Predicate, after: Predicate, acc: _Acc
) -> None:
    if not person.is_functional:
        return
    if person.career_level is None:
        acc.need("jenjang jabatan fungsional untuk angka kredit", "the JF jenjang for angka kredit")
        return
    try:
        rules = angka_kredit_regime_for(period.start)
    except InovasiDaerahError as exc:
        acc.children.append(
            Explanation(
                key="credit",
                title=T("Angka kredit", "Credit points"),
                value=None,
                note=T(str(exc), str(exc)),
                citations=(AK_RULES.conversion_start.citation,),
            )
        )
        return
    months = min(period.months, rules.months_per_year.get())
    b = ak_value(before, person.career_level, months, rules=rules)
    a = ak_value(after, person.career_level, months, rules=rules)
    acc.ak_before, acc.ak_after = b.value, a.value
    node = Explanation(
        key="credit_effect",
        title=T("Efek angka kredit", "Credit-point effect"),
        value=a.value - b.value,
        rule=T("AK(sesudah) − AK(sebelum)", "AK(after) − AK(before)"),
        citations=(rules.no_innovation_ak,),
        children=(b.explanation, a.explanation),
        note=None
        if period.whole_months
        else T(
            "periode bukan bulan penuh: bulan dihitung per bulan kalender tersentuh",
            "period not in whole months: calendar months touched are counted",
        ),
    )
    acc.children.append(node)


def _apply_regional(
    rules: list[RegionalInnovationCredit],
    region: str | None,
    period: Period,
    counted: list[tuple[Innovation, InnovationRecognition | None]],
    acc: _Acc,
) -> tuple[RegionalEffect, ...]:
    effects: list[RegionalEffect] = []
    for rule in rules:
        if not rule.applies_to(region) or not rule.in_force_during(period.start, period.end):
            continue
        pts: Decimal | None = None
        satisfied: bool | None = None
        note = rule.description
        if rule.kind is RegionalRuleKind.MANDATORY_RHK:
            satisfied = bool(counted)
            if satisfied:
                acc.hkt.append(
                    T(
                        f"RHK inovasi wajib ({rule.instrument}): "
                        + ", ".join(i.name for i, _ in counted),
                        f"Mandatory innovation RHK ({rule.instrument}): "
                        + ", ".join(i.name for i, _ in counted),
                    )
                )
            else:
                acc.need(
                    f"SKP wajib memuat RHK inovasi ({rule.instrument})",
                    f"the SKP must contain an innovation RHK ({rule.instrument})",
                )
        elif rule.kind is RegionalRuleKind.POINTS:
            if rule.value is not None and counted:
                pts = rule.value
                acc.points += pts
                acc.potential += pts
            elif rule.value is None:
                note = T(
                    rule.description.id + " (tanpa angka; tidak dihitung)",
                    rule.description.en + " (no number; not counted)",
                )
        effects.append(RegionalEffect(rule.id, rule.kind, pts, satisfied, note))
        acc.children.append(
            Explanation(
                key=f"region_{rule.id}",
                title=T(f"Aturan daerah: {rule.region}", f"Regional rule: {rule.region}"),
                value=pts if pts is not None else satisfied,
                citations=(rule.citation,),
                note=note,
            )
        )
    return tuple(effects)


def _unmatched_region(rules: list[RegionalInnovationCredit], region: str | None) -> str | None:
    """``region`` when it is given and no rule names it (whatever the dates), else None."""
    if region is None or not region.strip() or not rules:
        return None
    return None if any(r.applies_to(region) for r in rules) else region


# -- entry point ---------------------------------------------------------------------------------


@exact
def credit(
    innovator: Innovator | Mapping[str, Any],
    innovations: Iterable[Innovation | Mapping[str, Any]],
    period: Period | Mapping[str, Any],
    *,
    regional_rules: Iterable[RegionalInnovationCredit] = (),
    recognitions: Iterable[InnovationRecognition | Mapping[str, Any]] = (),
    pp30_start: DateLike | None = None,
    period_rule: PeriodRule | str = PeriodRule.ANY_MILESTONE,
    **inputs: Any,
) -> CreditResult:
    """What ``innovations`` are worth to ``innovator`` in the appraisal of ``period``.

    ``recognitions`` document each innovation (surat keterangan, extra duty, kinerja
    tambahan, acceptance of the new idea, awards); ``inputs`` are the fields of
    :class:`~inovasi_daerah.models.skp.CreditInputs` (``nilai_skp``, ``rating_perilaku``,
    ``region`` ...). ``pp30_start`` moves the agency-dependent 2021 switch. ``period_rule``
    (:class:`PeriodRule`, default ``any_milestone``) is the named policy deciding which dated
    facts make an innovation count in the period. The period must lie in one calendar year and
    one regime (split it otherwise).
    """
    rule = _period_rule(period_rule)
    person = as_model(Innovator, innovator, "innovator")
    invs = _innovations(innovations)
    per = as_model(Period, period, "period")
    facts = as_model(CreditInputs, inputs, "inputs")
    recs = _recognitions(recognitions)
    regional = _regional(regional_rules)
    _check_one_year(per)
    regime: Regime = period_regime(per, pp30_start=pp30_start)
    counted, ignored = _select(invs, _match_recognitions(invs, recs), person, per, rule)

    acc = _Acc(
        children=[], evidence=[], missing=[], hkt=[], channels={id(i): [] for i, _ in counted}
    )
    applicable = person.is_asn
    if applicable:
        _credit_regime(regime, counted, facts, person, per, acc)
        regional_effects = _apply_regional(regional, facts.region, per, counted, acc)
    else:
        _not_asn(acc)
        regional_effects = ()
    unmatched = _explain_unmatched_region(regional, facts.region, bool(counted), acc)

    counted_out = tuple(
        CountedInnovation(inv.name, _role_of(inv, person), tuple(acc.channels[id(inv)]))
        for inv, _ in counted
    )
    root = _explanation(regime, per, person, rule, counted_out, ignored, acc)
    return CreditResult(
        regime=regime.id,
        regime_title=regime.title,
        period=per,
        innovator=person.name,
        applicable=applicable,
        counted=counted_out,
        ignored=tuple(ignored),
        points=acc.points,
        potential_points=acc.potential,
        predicate_before=acc.before,
        predicate_after=acc.after,
        credit_before=acc.ak_before,
        credit_after=acc.ak_after,
        additional_results=tuple(acc.hkt),
        evidence=tuple(acc.evidence),
        missing=tuple(acc.missing),
        regional=regional_effects,
        _explanation=root,
        period_rule=rule,
        unmatched_region=unmatched,
    )


def _period_rule(value: PeriodRule | str) -> PeriodRule:
    """The named policy ``period_rule`` (:class:`PeriodRule`) deciding which dated facts make
    an innovation count in the period (skp.md, milestone rule)."""
    try:
        return PeriodRule(value)
    except ValueError:
        raise InvalidInput(
            f"period_rule harus salah satu dari {[r.value for r in PeriodRule]}",
            field="period_rule",
            value=value,
            message_en=f"period_rule must be one of {[r.value for r in PeriodRule]}",
        ) from None


def _check_one_year(per: Period) -> None:
    """An SKP period lies within one calendar year (the annual appraisal, skp.md); a longer
    one is refused, to be split by year."""
    if per.start.year != per.end.year:
        raise InvalidInput(
            "periode SKP paling lama satu tahun kalender; pisahkan per tahun",
            field="period",
            value=per.label,
            message_en="an SKP period lies within one calendar year; split it by year",
        )


def _match_recognitions(
    invs: list[Innovation], recs: list[InnovationRecognition]
) -> dict[int, InnovationRecognition]:
    """Each recognition (surat keterangan, extra duty, awards ...) matched to the innovation it
    names, by ``id`` of the innovation; an unknown or a second recognition is refused."""
    by_key: dict[str, Innovation] = {}
    for inv in invs:
        for k in _innovation_key(inv):
            by_key.setdefault(k, inv)
    rec_for: dict[int, InnovationRecognition] = {}
    for i, rec in enumerate(recs):
        target = by_key.get(rec.innovation.casefold())
        if target is None:
            raise InvalidInput(
                "pengakuan untuk inovasi yang tidak ada dalam daftar",
                field=f"recognitions[{i}].innovation",
                value=rec.innovation,
                message_en="a recognition for an innovation that is not in the list",
            )
        if id(target) in rec_for:
            raise InvalidInput(
                "inovasi diberi lebih dari satu pengakuan",
                field=f"recognitions[{i}].innovation",
                value=rec.innovation,
                message_en="an innovation given more than one recognition",
            )
        rec_for[id(target)] = rec
    return rec_for


def _select(
    invs: list[Innovation],
    rec_for: dict[int, InnovationRecognition],
    person: Innovator,
    per: Period,
    rule: PeriodRule,
) -> tuple[list[tuple[Innovation, InnovationRecognition | None]], list[IgnoredInnovation]]:
    """The innovations that count in ``per`` and those ignored, each with its reason: the
    innovator has a role in it and one of its dated milestones under ``rule`` lies in the
    period (the milestone rule, :data:`MILESTONE_RULE`)."""
    counted: list[tuple[Innovation, InnovationRecognition | None]] = []
    ignored: list[IgnoredInnovation] = []
    for inv in invs:
        found = rec_for.get(id(inv))
        if not inv.has_person(person):
            ignored.append(
                IgnoredInnovation(inv.name, T("tidak berperan dalam inovasi", "no role in it"))
            )
            continue
        days = _milestones(inv, found, rule)
        if not days:
            ignored.append(
                IgnoredInnovation(
                    inv.name,
                    T(
                        "tidak ada tanggal tahapan (uji coba, penerapan ...)",
                        "no dated milestone (trial, application ...)",
                    ),
                )
            )
            continue
        if not any(per.contains(d) for d in days):
            ignored.append(
                IgnoredInnovation(
                    inv.name,
                    T(
                        f"tidak ada tahapan dalam periode {per.label}",
                        f"no milestone within {per.label}",
                    ),
                )
            )
            continue
        counted.append((inv, found))
    return counted, ignored


def _not_asn(acc: _Acc) -> None:
    """No SKP credit for a non-ASN (the SKP applies to ASN only, :data:`_ASN_ONLY`)."""
    acc.need(
        "SKP hanya untuk ASN: nyatakan status ASN (asn) atau NIP",
        "the SKP applies to ASN only: state the ASN status (asn) or the NIP",
    )
    acc.children.append(
        Explanation(
            key="not_asn",
            title=T("Bukan ASN: tidak ada kredit SKP", "Not an ASN: no SKP credit"),
            value=False,
            citations=(_ASN_ONLY,),
        )
    )


def _credit_regime(
    regime: Regime,
    counted: list[tuple[Innovation, InnovationRecognition | None]],
    facts: CreditInputs,
    person: Innovator,
    per: Period,
    acc: _Acc,
) -> None:
    """The credit of the counted innovations under the regime in force in the period: PP 46/2011,
    PP 30/2019 or PermenPANRB 6/2022."""
    if isinstance(regime, pp46.Pp46Rules):
        _credit_pp46(regime, counted, facts, acc)
    elif isinstance(regime, pp30.Pp30Rules):
        _credit_pp30(regime, counted, facts, acc)
    else:
        _credit_pm6(regime, counted, facts, person, per, acc)


def _explain_unmatched_region(
    regional: list[RegionalInnovationCredit],
    region: str | None,
    any_counted: bool,
    acc: _Acc,
) -> str | None:
    """The caller's region when no regional rule matches it, explained with the known
    regions (never silently dropped); with nothing counted, what is missing is named."""
    unmatched = _unmatched_region(regional, region)
    if unmatched is not None:
        acc.children.append(
            Explanation(
                key="unknown_region",
                title=T(
                    f"Wilayah {unmatched!r} tidak cocok dengan aturan daerah mana pun",
                    f"Region {unmatched!r} matches no regional rule",
                ),
                value=None,
                note=T(
                    "dikenal: " + ", ".join(sorted({r.region for r in regional})),
                    "known: " + ", ".join(sorted({r.region for r in regional})),
                ),
            )
        )
        if not any_counted:
            acc.need(
                "inovasi dengan peran dan tahapan bertanggal dalam periode ini",
                "an innovation with a role and a dated milestone in this period",
            )
    return unmatched


def _explanation(
    regime: Regime,
    per: Period,
    person: Innovator,
    rule: PeriodRule,
    counted_out: tuple[CountedInnovation, ...],
    ignored: list[IgnoredInnovation],
    acc: _Acc,
) -> Explanation:
    """The explanation tree of the credit: each innovation counted (with the milestone rule
    and the policy) or ignored (with its reason), then the regime's steps, with the regime's
    citations and the inputs."""
    inv_nodes = tuple(
        Explanation(
            key="innovations",
            title=T(f"Dihitung: {c.name}", f"Counted: {c.name}"),
            value=InnovatorRole(c.role),  # shown by its label in the reader's language
            citations=(MILESTONE_RULE,),
            note=T(f"kebijakan period_rule = {rule.value}", f"policy period_rule = {rule.value}"),
        )
        for c in counted_out
    ) + tuple(
        Explanation(
            key="ignored_innovations",
            title=T(f"Diabaikan: {g.name}", f"Ignored: {g.name}"),
            value=None,
            note=g.reason,
        )
        for g in ignored
    )
    return Explanation(
        key="skp_innovation_credit",
        title=T("Kredit inovasi dalam SKP", "Innovation credit in the SKP"),
        value=acc.points,
        rule=regime.title,
        citations=_regime_citations(regime, per),
        inputs={
            "employee": person.name,
            "period": per.label,
            "rule": regime.id,
            "period_rule": rule.value,
            **({"transition": regime.boundary_override} if regime.boundary_override else {}),
        },
        children=inv_nodes + tuple(acc.children),
    )
