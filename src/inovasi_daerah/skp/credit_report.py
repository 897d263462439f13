"""Plain-text credit reports in Bahasa Indonesia or English (what the CLI prints)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING, Any

from inovasi_daerah._util import as_list, require_instance
from inovasi_daerah.errors import InvalidInput
from inovasi_daerah.law import check_lang, fmt_value
from inovasi_daerah.law.context import exact

if TYPE_CHECKING:
    from inovasi_daerah.models.innovation import Innovation
    from inovasi_daerah.models.innovator import Innovator
    from inovasi_daerah.models.skp import Period
    from inovasi_daerah.skp.innovator_credit import CreditResult
    from inovasi_daerah.skp.regional import RegionalInnovationCredit

__all__ = ["render_report", "render_result", "report"]

_L = {
    "id": {
        "head": "Kredit inovasi SKP",
        "regime": "Aturan",
        "na": "Tidak berlaku: bukan ASN",
        "counted": "Inovasi dihitung",
        "ignored": "Inovasi diabaikan",
        "points": "Tambahan nilai (diperoleh)",
        "potential": "Tambahan nilai (bila bukti lengkap)",
        "predikat": "Predikat",
        "ak": "Angka kredit",
        "hkt": "Entri yang dicatat",
        "evidence": "Bukti yang diperlukan",
        "missing": "Yang masih kurang",
        "regional": "Aturan daerah",
        "unmatched": "Wilayah {r!r} tidak cocok dengan aturan daerah mana pun ({k})",
        "uncertain": "PERHATIAN: bergantung pada nilai THIRD-PARTY/UNCERTAIN",
        "why": "Penjelasan",
        "none": "tidak ada",
    },
    "en": {
        "head": "SKP innovation credit",
        "regime": "Regime",
        "na": "Not applicable: not an ASN",
        "counted": "Innovations counted",
        "ignored": "Innovations ignored",
        "points": "Points (earned)",
        "potential": "Points (with complete evidence)",
        "predikat": "Predikat",
        "ak": "Credit points",
        "hkt": "Entries to record",
        "evidence": "Evidence required",
        "missing": "Still missing",
        "regional": "Regional rules",
        "unmatched": "Region {r!r} matches no regional rule ({k})",
        "uncertain": "CAUTION: rests on THIRD-PARTY/UNCERTAIN values",
        "why": "Explanation",
        "none": "none",
    },
}


def _role(role: str, lang: str) -> str:
    """The role's label in ``lang`` (the stored value is the legal key, e.g. ``ketua_tim``)."""
    from inovasi_daerah.models.enums import InnovatorRole

    try:
        return InnovatorRole(role).label.get(lang)
    except ValueError:
        return role


@exact
def render_result(result: CreditResult, lang: str = "id", *, explanation: bool = True) -> str:
    """One person's credit as text."""
    from inovasi_daerah.skp.innovator_credit import CreditResult

    require_instance(
        result,
        CreditResult,
        "result",
        ("CreditResult (skp.credit(...))", "a CreditResult (skp.credit(...))"),
    )
    lg = check_lang(lang)
    w = _L[lg]
    lines = [
        f"{w['head']}: {result.innovator} — {result.period.label}",
        f"  {w['regime']}: {result.regime_title.get(lg)} [{result.regime}]",
    ]
    if not result.applicable:
        lines.append(f"  {w['na']}")
    if result.counted:
        lines.append(f"  {w['counted']}:")
        for c in result.counted:
            ch = "; ".join(t.get(lg) for t in c.channels) or "-"
            lines.append(f"    - {c.name} ({_role(c.role, lg)}): {ch}")
    if result.ignored:
        lines.append(f"  {w['ignored']}:")
        lines.extend(f"    - {i.name}: {i.reason.get(lg)}" for i in result.ignored)
    lines.append(f"  {w['points']}: {fmt_value(result.points)}")
    if result.potential_points != result.points:
        lines.append(f"  {w['potential']}: {fmt_value(result.potential_points)}")
    if result.predicate_before is not None:
        lines.append(f"  {w['predikat']}: {result.predicate_before} → {result.predicate_after}")
    if result.credit_before is not None and result.credit_after is not None:
        lines.append(
            f"  {w['ak']}: {fmt_value(result.credit_before)} → "
            f"{fmt_value(result.credit_after)} (+{fmt_value(result.credit_gain)})"
        )
    for key, items in (
        ("hkt", result.additional_results),
        ("evidence", result.evidence),
        ("missing", result.missing),
    ):
        if items:
            lines.append(f"  {w[key]}:")
            lines.extend(f"    - {t.get(lg)}" for t in items)
    if result.regional:
        lines.append(f"  {w['regional']}:")
        lines.extend(
            f"    - {r.rule_id} ({r.kind.value}): {r.note.get(lg)}" for r in result.regional
        )
    if result.unmatched_region is not None:
        known = result.explanation.find("unknown_region")
        k = "" if known is None or known.note is None else known.note.get(lg)
        lines.append("  " + w["unmatched"].format(r=result.unmatched_region, k=k))
    if result.uncertain:
        lines.append(f"  {w['uncertain']}")
    if explanation:
        lines.append(f"  {w['why']}:")
        lines.extend("    " + ln for ln in result.explanation.render(lg).splitlines())
    return "\n".join(lines)


@exact
def render_report(
    results: Iterable[CreditResult], lang: str = "id", *, explanation: bool = True
) -> str:
    """Several people's credit as text, separated by blank lines."""
    results = as_list(results, "results", ("CreditResult", "CreditResult"))
    lg = check_lang(lang)
    parts = [render_result(r, lg, explanation=explanation) for r in results]
    return "\n\n".join(parts) if parts else _L[lg]["none"]


@exact
def report(
    innovators: Iterable[Innovator | Mapping[str, Any]],
    innovations: Iterable[Innovation | Mapping[str, Any]],
    period: Period | Mapping[str, Any],
    *,
    lang: str = "id",
    regional_rules: Iterable[RegionalInnovationCredit] = (),
    inputs: Mapping[str, Mapping[str, Any]] | None = None,
    recognitions: Mapping[str, Iterable[Any]] | None = None,
    explanation: bool = True,
) -> str:
    """The credit report for ``innovators`` (each with :func:`credit`) as text in ``lang``.

    ``inputs`` and ``recognitions`` are keyed by the person's name (or NIP): the keyword
    arguments and recognitions of :func:`~inovasi_daerah.skp.credit` for that person.
    """
    from inovasi_daerah.models.innovator import Innovator as _Innovator
    from inovasi_daerah.skp._common import as_model
    from inovasi_daerah.skp.innovator_credit import credit

    lg = check_lang(lang)
    people = as_list(innovators, "innovators")
    invs = as_list(innovations, "innovations")
    rules = as_list(regional_rules, "regional_rules")
    for name, table in (("inputs", inputs), ("recognitions", recognitions)):
        require_instance(
            table, Mapping, name, ("objek {nama: ...}", "an object {name: ...}"), optional=True
        )
    results = []
    for i, raw in enumerate(people):
        person = as_model(_Innovator, raw, f"innovators[{i}]")
        keys = (person.name, person.key)
        extra = next((inputs[k] for k in keys if inputs and k in inputs), {})
        require_instance(
            extra, Mapping, f"inputs.{person.name}", ("objek masukan", "an input object")
        )
        recs = next((recognitions[k] for k in keys if recognitions and k in recognitions), [])
        facts = {k: v for k, v in extra.items() if isinstance(k, str)}
        for reserved in ("regional_rules", "recognitions"):
            if reserved in facts:
                raise InvalidInput(
                    "kunci tidak boleh di sini",
                    field=f"inputs.{reserved}",
                    message_en="key not allowed here",
                )
        results.append(
            credit(
                person,
                invs,
                period,
                regional_rules=rules,
                recognitions=as_list(recs, f"recognitions.{person.name}"),
                **facts,
            )
        )
    return render_report(results, lg, explanation=explanation)
