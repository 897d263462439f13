"""The JSON input of ``inovasi-daerah skp --karier FILE``: one JF holder's career question.

Who (jenjang, golongan, TMT), where the integrated AK start (the last conventional PAK, or an
integrated AK already set), the assumed predikat without and with the innovation, the facts
for promotion readiness and, optionally, a ledger of what has happened since. See
``docs/career.md`` and ``docs/examples/karier.json``; the schema is
``inovasi-daerah schema karier``.

>>> c = CareerInput.from_dict({"jenjang": "Ahli Muda", "golongan": "III/c",
...     "pak_konvensional": {"tanggal": "2022-12-31", "unsur_utama": "287.5"},
...     "predikat": "Baik", "predikat_dengan_inovasi": "Sangat Baik"})
>>> c.start_point().credit
Decimal('87.5')
>>> c.comparison().months_gained  # kenaikan pangkat, kenaikan jenjang
(0, 24)
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any, Self

from pydantic import Field, field_validator, model_validator

from inovasi_daerah.errors import InvalidInput
from inovasi_daerah.law import T, Text, to_jsonable
from inovasi_daerah.models.base import LooseDate, Model, alias
from inovasi_daerah.models.career import CareerStart, ConventionalPak, Golongan, LedgerEntry
from inovasi_daerah.models.enums import Jenjang
from inovasi_daerah.models.innovation import as_tuple
from inovasi_daerah.models.skp import Predicate
from inovasi_daerah.skp.career import (
    ComparisonResult,
    IntegrationResult,
    LedgerResult,
    ProjectionResult,
    PromotionKind,
    ReadinessResult,
    career_ledger,
    compare_projection,
    integrate_ak,
    project_career,
    promotion_readiness,
)
from inovasi_daerah.skp.career_rules import RULES, AccrualStep

__all__ = ["CareerInput"]

#: A plan: one predikat for every year, or year → predikat.
Plan = Predicate | dict[int, Predicate]


class CareerInput(Model):
    """One JF holder's career: starting point, assumed predikat, facts, optional ledger."""

    name: str | None = Field(
        default=None, max_length=300, validation_alias=alias("name", "nama", "pegawai")
    )
    career_level: Jenjang = Field(validation_alias=alias("career_level", "jenjang"))
    grade: Golongan = Field(validation_alias=alias("grade", "golongan", "pangkat"))
    pak: ConventionalPak | None = Field(
        default=None, validation_alias=alias("pak", "pak_konvensional")
    )
    base_value: Decimal | None = Field(
        default=None,
        ge=0,
        allow_inf_nan=False,
        validation_alias=alias("base_value", "nilai_dasar"),
    )
    credit: Decimal | None = Field(
        default=None,
        ge=0,
        allow_inf_nan=False,
        validation_alias=alias("credit", "ak", "ak_integrasi"),
    )
    start: LooseDate | None = Field(
        default=None, validation_alias=alias("start", "mulai", "tanggal_mulai")
    )
    rank_since: LooseDate | None = Field(
        default=None, validation_alias=alias("rank_since", "tmt_pangkat")
    )
    career_level_since: LooseDate | None = Field(
        default=None, validation_alias=alias("career_level_since", "tmt_jenjang")
    )
    predicate: Plan = Field(
        default=Predicate.GOOD,
        validation_alias=alias(
            "predicate", "predikat", "predikat_tanpa_inovasi", "rencana_predikat"
        ),
    )
    predicate_with_innovation: Plan | None = Field(
        default=None,
        validation_alias=alias(
            "predicate_with_innovation", "predikat_with_innovation", "predikat_dengan_inovasi"
        ),
    )
    years: int = Field(default=10, ge=1, le=40, validation_alias=alias("years", "tahun"))
    step: AccrualStep | None = Field(
        default=None, validation_alias=alias("step", "langkah", "perhitungan")
    )
    assessed_on: LooseDate | None = Field(
        default=None, validation_alias=alias("assessed_on", "tanggal_penilaian", "per_tanggal")
    )
    predicate_history: dict[int, Predicate] = Field(
        default_factory=dict,
        validation_alias=alias("predicate_history", "predikat_history", "riwayat_predikat"),
    )
    vacancy: bool | None = Field(default=None, validation_alias=alias("vacancy", "formasi"))
    competency_test: bool | None = Field(
        default=None, validation_alias=alias("competency_test", "uji_kompetensi")
    )
    professional_development: bool | None = Field(
        default=None, validation_alias=alias("professional_development", "pengembangan_profesi")
    )
    ledger: tuple[LedgerEntry, ...] = Field(
        default=(), validation_alias=alias("ledger", "buku", "riwayat")
    )

    @field_validator("ledger", mode="before")
    @classmethod
    def _listish(cls, value: Any) -> Any:
        """Accept one ledger entry where a list is expected (as a one-item tuple)."""
        return as_tuple(value)

    @model_validator(mode="after")
    def _one_start(self) -> Self:
        """Refuse both a conventional PAK and an integrated AK as the starting point."""
        if self.pak is not None and self.credit is not None:
            raise InvalidInput(
                "berikan pak_konvensional atau ak_integrasi, bukan keduanya",
                field="ak",
                message_en=(
                    "give the conventional PAK (pak_konvensional) or the integrated AK "
                    "(ak_integrasi), not both"
                ),
            )
        return self

    # -- the questions ---------------------------------------------------------------------------

    def integration(self) -> IntegrationResult | None:
        """The integration of the conventional PAK, when one is given."""
        if self.pak is None:
            return None
        return integrate_ak(self.pak, self.career_level, self.grade, nilai_dasar=self.base_value)

    def start_point(self) -> CareerStart:
        """The projection's start: the integrated AK (0 when none follows) from ``start``."""
        if self.credit is not None:
            ak = self.credit
        else:
            integ = self.integration()
            ak = Decimal(0) if integ is None or integ.integrated is None else integ.integrated
        return CareerStart(
            career_level=self.career_level,
            grade=self.grade,
            credit=ak,
            start=self.start or RULES.conversion_start.get(),
            rank_since=self.rank_since,
            career_level_since=self.career_level_since,
        )

    def projection(self) -> ProjectionResult:
        """The projection under ``predikat`` (without the innovation)."""
        return project_career(
            self.start_point(),
            self.predicate,
            years=self.years,
            step=self.step,
            basis=self.integration(),
        )

    def comparison(self) -> ComparisonResult | None:
        """Without vs with the innovation, when ``predikat_with_innovation`` is given."""
        if self.predicate_with_innovation is None:
            return None
        return compare_projection(
            self.start_point(),
            self.predicate_with_innovation,
            self.predicate,
            years=self.years,
            step=self.step,
            basis=self.integration(),
        )

    def ledger_result(self) -> LedgerResult | None:
        """The ledger, when entries are given (it opens with the integration if a PAK is)."""
        if not self.ledger:
            return None
        entries: list[Any] = list(self.ledger)
        if self.pak is not None and not any(e.kind == "integrasi" for e in entries):
            entries.insert(0, {"kind": "integrasi", "pak": self.pak, "base_value": self.base_value})
        return career_ledger(
            entries,
            jenjang=self.career_level,
            golongan=self.grade,
            initial=self.credit if self.credit is not None else 0,
        )

    def readiness(self) -> tuple[ReadinessResult, ...]:
        """Readiness for kenaikan pangkat and jenjang on ``assessed_on`` (none without a date).

        The AK are the ledger's balance when a ledger is given, else the starting AK; the
        TMT are those of the ledger's last promotions when it records any.
        """
        if self.assessed_on is None:
            return ()
        led = self.ledger_result()
        jenjang = self.career_level if led is None else led.career_level
        golongan = self.grade if led is None else led.grade
        ak = self.start_point().credit if led is None else led.balance
        tmt_p = self.rank_since if led is None or led.rank_since is None else led.rank_since
        tmt_j = (
            self.career_level_since
            if led is None or led.career_level_since is None
            else led.career_level_since
        )
        return tuple(
            promotion_readiness(
                kind,
                jenjang=jenjang,
                golongan=golongan,
                ak=ak,
                on=self.assessed_on,
                tmt_pangkat=tmt_p,
                tmt_jenjang=tmt_j,
                predikat_history=self.predicate_history,
                formasi=self.vacancy,
                uji_kompetensi=self.competency_test,
                pengembangan_profesi=self.professional_development,
            )
            for kind in PromotionKind
        )

    def run(self, parts: tuple[str, ...] = ("integrasi", "kesiapan", "proyeksi")) -> dict[str, Any]:
        """The requested parts as JSON-ready data."""
        out: dict[str, Any] = {"name": self.name}
        if "integrasi" in parts:
            integ = self.integration()
            out["integration"] = None if integ is None else integ.to_dict()
            led = self.ledger_result()
            out["ledger"] = None if led is None else led.to_dict()
        if "kesiapan" in parts:
            out["readiness"] = [r.to_dict() for r in self.readiness()]
        if "proyeksi" in parts:
            comp = self.comparison()
            if comp is None:
                out["projection"] = self.projection().to_dict()
            else:
                out["comparison"] = comp.to_dict()
        return dict(to_jsonable(out))

    def report(
        self, lang: str = "id", parts: tuple[str, ...] = ("integrasi", "kesiapan", "proyeksi")
    ) -> str:
        """The requested parts as readable text in ``lang``."""
        lines: list[str] = []

        def head(text: Text) -> None:
            if lines:
                lines.append("")
            lines.append(text.get(lang))
            lines.append("=" * len(text.get(lang)))

        who = self.name or "-"
        if "integrasi" in parts:
            integ = self.integration()
            head(T(f"Integrasi AK: {who}", f"AK integration: {who}"))
            if integ is None:
                lines.append(
                    T(
                        f"AK integrasi diberikan: {self.credit}",
                        f"integrated AK given: {self.credit}",
                    ).get(lang)
                )
            else:
                lines.append(integ.explain(lang))
            led = self.ledger_result()
            if led is not None:
                head(T("Buku angka kredit", "Credit-point ledger"))
                for row in led.rows:
                    change = "" if row.change is None else f"{row.change:+}"
                    lines.append(
                        f"{row.date} {row.kind:17} {change:>10} → {row.balance} "
                        f"({row.career_level.label.get(lang)}"
                        f"{', ' + row.grade.value if row.grade else ''}) "
                        f"{row.note.get(lang)}"
                    )
        if "kesiapan" in parts:
            for res in self.readiness():
                head(T("Kesiapan kenaikan", "Promotion readiness"))
                lines.append(res.explain(lang))
        if "proyeksi" in parts:
            comp = self.comparison()
            proj = self.projection() if comp is None else comp.without
            head(T("Proyeksi angka kredit", "Credit-point projection"))
            lines.extend(_schedule_lines(proj, lang))
            if comp is not None:
                head(T("Dengan inovasi", "With the innovation"))
                lines.extend(_schedule_lines(comp.with_innovation, lang))
                for t, gained in zip(comp.without.thresholds, comp.months_gained, strict=True):
                    label = f"{t.kind.label.get(lang)} ({t.target_label(lang)})"
                    value = "-" if gained is None else str(gained)
                    lines.append(
                        T(
                            f"{label}: {value} bulan lebih cepat",
                            f"{label}: {value} months sooner",
                        ).get(lang)
                    )
        return "\n".join(lines)


def _schedule_lines(proj: ProjectionResult, lang: str) -> list[str]:
    lines = [
        f"{row.start}..{row.end} {row.predicate.value:12} +{row.credit.normalize():f} "
        f"= {row.cumulative.normalize():f}"
        for row in proj.rows
    ]
    for t in proj.thresholds:
        when = "-" if t.earliest is None else t.earliest.isoformat()
        lines.append(
            T(
                f"{t.kind.label.id} ({t.target_label('id')}), AK {t.required}: AK tercapai "
                f"{t.credit_reached_on or '-'}, masa {t.time_met_on or '-'} → paling cepat {when}",
                f"{t.kind.label.en} ({t.target_label('en')}), AK {t.required}: AK reached "
                f"{t.credit_reached_on or '-'}, time {t.time_met_on or '-'} → earliest {when}",
            ).get(lang)
        )
    if proj.uncertain:
        lines.append(
            T(
                "(!) memakai parameter THIRD-PARTY/UNCERTAIN; lihat --json",
                "(!) uses THIRD-PARTY/UNCERTAIN parameters; see --json",
            ).get(lang)
        )
    return lines
