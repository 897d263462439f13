"""The JSON input of ``inovasi-daerah skp FILE``: one or more cases of people, innovations, period.

A case names the appraisal period, the innovations (the library's
:class:`~inovasi_daerah.models.innovation.Innovation`, English or Indonesian field names) and,
optionally, the people with their appraisal inputs and recognitions. Without ``people`` every
innovator of the innovations is assessed with no extra inputs. ``regional_rules`` lists ids of
the shipped regional rules to apply (default: all of them; each still applies only to its own
region and dates). See ``docs/skp.md`` and ``docs/examples/skp_case.json``.

>>> case = SkpCase.from_dict({
...     "periode": {"mulai": "2022-01-01", "selesai": "2022-12-31"},
...     "inovasi": [{"nama_inovasi": "SI-PANTAU", "bentuk": "pelayanan publik",
...                  "tahapan": "penerapan", "inisiator": "ASN",
...                  "waktu_penerapan": "2022-03-01",
...                  "inovator": [{"nama": "Rina", "asn": True, "peran": "ketua_tim"}]}]})
>>> [r.regime for r in case.run()]
['permenpanrb_6_2022']
"""

from __future__ import annotations

from typing import Any, Self

from pydantic import Field, field_validator

from inovasi_daerah.errors import InvalidInput
from inovasi_daerah.models.base import LooseDate, Model, alias
from inovasi_daerah.models.innovation import Innovation, as_tuple
from inovasi_daerah.models.innovator import Innovator
from inovasi_daerah.models.skp import CreditInputs, InnovationRecognition, Period
from inovasi_daerah.skp.credit import CreditResult, credit
from inovasi_daerah.skp.regional import REGIONAL_RULES, RegionalInnovationCredit
from inovasi_daerah.skp.report import render_report

__all__ = ["SkpCase", "SkpFile", "SkpPerson", "load_skp_file"]


class SkpPerson(Model):
    """One person to assess: who, their appraisal inputs and how each innovation is documented."""

    innovator: Innovator = Field(validation_alias=alias("innovator", "inovator", "pegawai"))
    inputs: CreditInputs = Field(
        default_factory=CreditInputs, validation_alias=alias("inputs", "masukan", "penilaian")
    )
    recognitions: tuple[InnovationRecognition, ...] = Field(
        default=(), validation_alias=alias("recognitions", "pengakuan", "bukti")
    )

    @field_validator("recognitions", mode="before")
    @classmethod
    def _listish(cls, value: Any) -> Any:
        return as_tuple(value)


class SkpCase(Model):
    """People, innovations and one appraisal period."""

    period: Period = Field(validation_alias=alias("period", "periode"))
    innovations: tuple[Innovation, ...] = Field(
        default=(), validation_alias=alias("innovations", "inovasi")
    )
    people: tuple[SkpPerson, ...] = Field(
        default=(), validation_alias=alias("people", "pegawai", "orang")
    )
    region: str | None = Field(
        default=None, max_length=200, validation_alias=alias("region", "wilayah", "pemda")
    )
    pp30_start: LooseDate | None = Field(
        default=None, validation_alias=alias("pp30_start", "awal_pp30")
    )
    regional_rules: tuple[str, ...] | None = Field(
        default=None, validation_alias=alias("regional_rules", "aturan_daerah")
    )

    @field_validator("innovations", "people", mode="before")
    @classmethod
    def _listish(cls, value: Any) -> Any:
        return as_tuple(value)

    @field_validator("regional_rules", mode="after")
    @classmethod
    def _known_rules(cls, value: tuple[str, ...] | None) -> tuple[str, ...] | None:
        if value is None:
            return None
        known = {r.id for r in REGIONAL_RULES}
        unknown = [v for v in value if v not in known]
        if unknown:
            raise InvalidInput(f"aturan daerah tidak dikenal; ada: {sorted(known)}", value=unknown)
        return value

    def rules(self) -> tuple[RegionalInnovationCredit, ...]:
        """The regional rules this case applies."""
        if self.regional_rules is None:
            return REGIONAL_RULES
        return tuple(r for r in REGIONAL_RULES if r.id in self.regional_rules)

    def persons(self) -> tuple[SkpPerson, ...]:
        """The people given, or every innovator of the innovations (once each)."""
        if self.people:
            return self.people
        seen: dict[str, SkpPerson] = {}
        for inv in self.innovations:
            for p in inv.innovators:
                seen.setdefault(p.key, SkpPerson(innovator=p))
        return tuple(seen.values())

    def run(self) -> tuple[CreditResult, ...]:
        """The credit of every person of the case."""
        out = []
        for person in self.persons():
            facts = person.inputs.model_dump(exclude_defaults=True)
            if self.region is not None and "region" not in facts:
                facts["region"] = self.region
            out.append(
                credit(
                    person.innovator,
                    self.innovations,
                    self.period,
                    regional_rules=self.rules(),
                    recognitions=person.recognitions,
                    pp30_start=self.pp30_start,
                    **facts,
                )
            )
        return tuple(out)

    def report(self, lang: str = "id", *, explanation: bool = True) -> str:
        """The case's credit report as text."""
        return render_report(self.run(), lang, explanation=explanation)


class SkpFile(Model):
    """A file of cases; :meth:`load` also accepts a single case or a list of cases."""

    cases: tuple[SkpCase, ...] = Field(validation_alias=alias("cases", "kasus"))

    @classmethod
    def load(cls, text: str | bytes) -> Self:
        """Parse the JSON of ``inovasi-daerah skp FILE``."""
        from inovasi_daerah.io.load import loads

        if not isinstance(text, str | bytes | bytearray):
            raise InvalidInput("JSON harus berupa teks", field="SkpFile", value=text)
        data = loads(bytes(text) if isinstance(text, bytearray) else text, field="SkpFile")
        if isinstance(data, list):
            data = {"cases": data}
        elif isinstance(data, dict) and not ({"cases", "kasus"} & set(data)):
            data = {"cases": [data]}
        return cls.from_dict(data)

    def run(self) -> tuple[CreditResult, ...]:
        return tuple(r for case in self.cases for r in case.run())

    def report(self, lang: str = "id", *, explanation: bool = True) -> str:
        return render_report(self.run(), lang, explanation=explanation)


def load_skp_file(text: str | bytes) -> SkpFile:
    """Shorthand for :meth:`SkpFile.load`."""
    return SkpFile.load(text)
