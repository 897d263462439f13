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

from dataclasses import replace
from typing import Any, Self

from pydantic import Field, field_validator, model_validator

from inovasi_daerah.errors import InovasiDaerahError, InvalidInput
from inovasi_daerah.models.base import LooseDate, Model, alias
from inovasi_daerah.models.innovation import Innovation, as_tuple
from inovasi_daerah.models.innovator import Innovator
from inovasi_daerah.models.messages import Leaf, _from_leaves
from inovasi_daerah.models.skp import CreditInputs, InnovationRecognition, Period
from inovasi_daerah.skp.credit_report import render_report
from inovasi_daerah.skp.innovator_credit import CreditResult, credit
from inovasi_daerah.skp.regional import REGIONAL_RULES, RegionalInnovationCredit, regional_rules

__all__ = ["SkpCase", "SkpFile", "SkpPerson", "load_skp_file", "skp_file_schema"]


class SkpPerson(Model):
    """One person to assess: who, their appraisal inputs and how each innovation is documented."""

    innovator: Innovator = Field(validation_alias=alias("innovator", "inovator", "pegawai"))
    inputs: CreditInputs = Field(
        default_factory=CreditInputs, validation_alias=alias("inputs", "masukan", "penilaian")
    )
    recognitions: tuple[InnovationRecognition, ...] = Field(
        default=(), validation_alias=alias("recognitions", "pengakuan", "bukti")
    )

    @field_validator(
        "recognitions",
        mode="before",
        json_schema_input_type=InnovationRecognition | list[InnovationRecognition] | None,
    )
    @classmethod
    def _listish(cls, value: Any) -> Any:
        """Accept one recognition where a list is expected (as a one-item tuple)."""
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

    @field_validator(
        "innovations", mode="before", json_schema_input_type=Innovation | list[Innovation] | None
    )
    @classmethod
    def _listish(cls, value: Any) -> Any:
        """Accept one innovation where a list is expected (as a one-item tuple)."""
        return as_tuple(value)

    @field_validator(
        "people", mode="before", json_schema_input_type=SkpPerson | list[SkpPerson] | None
    )
    @classmethod
    def _listish_people(cls, value: Any) -> Any:
        """Accept one person where a list is expected (as a one-item tuple)."""
        return as_tuple(value)

    @field_validator("regional_rules", mode="after")
    @classmethod
    def _known_rules(cls, value: tuple[str, ...] | None) -> tuple[str, ...] | None:
        """Refuse a regional rule id the library does not know (the message lists the known ids)."""
        if value is None:
            return None
        known = {r.id for r in regional_rules()}
        unknown = [v for v in value if v not in known]
        if unknown:
            raise InvalidInput(
                f"aturan daerah tidak dikenal; ada: {sorted(known)}",
                value=unknown,
                message_en=f"unknown regional rule; known: {sorted(known)}",
            )
        return value

    @model_validator(mode="after")
    def _someone_to_assess(self) -> SkpCase:
        """Refuse a case with nobody to assess: neither people nor innovators of an innovation."""
        # A case with nobody to assess would give an empty report and exit 0: refuse it.
        if not self.persons():
            raise InvalidInput(
                "tidak ada orang untuk dinilai: isi 'pegawai' atau 'inovator' pada inovasi",
                field="pegawai",
                message_en="nobody to assess: give 'pegawai' (people) or the 'inovator' "
                "of an innovation",
            )
        return self

    def rules(self) -> tuple[RegionalInnovationCredit, ...]:
        """The regional rules this case applies."""
        if self.regional_rules is None:
            return REGIONAL_RULES
        return tuple(r for r in regional_rules() if r.id in self.regional_rules)

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

    cases: tuple[SkpCase, ...] = Field(min_length=1, validation_alias=alias("cases", "kasus"))

    @classmethod
    def load(cls, text: str | bytes) -> Self:
        """Parse the JSON of ``inovasi-daerah skp FILE``."""
        from inovasi_daerah.io.load import loads

        if not isinstance(text, str | bytes | bytearray):
            raise InvalidInput(
                "JSON harus berupa teks",
                field="SkpFile",
                value=text,
                message_en="the JSON must be text",
            )
        if isinstance(text, str) and text.startswith("\ufeff"):
            text = text[1:]  # json.loads reads a BOM in bytes, not in text
        # duplicate keys, NaN and huge integers are refused (io.load.loads)
        data = loads(bytes(text) if isinstance(text, bytearray) else text, field="SkpFile")
        return cls.from_data(data)

    @classmethod
    def from_data(cls, data: Any) -> Self:
        """Validate parsed JSON: an object with ``cases``, a list of cases or a single case."""
        cases = data if isinstance(data, list) else None
        if isinstance(data, dict):
            cases = data.get("cases", data.get("kasus"))
        if isinstance(cases, list | tuple) and not cases:
            # an empty list would print an empty report and exit 0
            raise InvalidInput(
                "tidak ada kasus: berkas harus memuat paling sedikit satu kasus",
                field="kasus",
                message_en="no case: the file must hold at least one case",
            )
        # Errors name positions in the data as given: "[1].inovasi[0]" in a list of cases,
        # "inovasi[0]" in a single case, not the wrapped "cases[0]".
        if isinstance(data, list):
            wrapped, skip = {"cases": data}, 1
        elif isinstance(data, dict) and not ({"cases", "kasus"} & set(data)):
            wrapped, skip = {"cases": [data]}, 2
        else:
            return cls.from_dict(data)
        try:
            return cls.from_dict(wrapped)
        except InovasiDaerahError as exc:
            leaves: list[Leaf] | None = getattr(exc, "_leaves", None)
            if not leaves or any(lf.loc[:1] != ("cases",) for lf in leaves):
                raise
            rerooted = [replace(lf, loc=lf.loc[skip:]) for lf in leaves]
            raise _from_leaves(rerooted, cls.__name__, data, SkpCase) from None

    def run(self) -> tuple[CreditResult, ...]:
        """The credit of every person of every case in the file, in file order."""
        return tuple(r for case in self.cases for r in case.run())

    def report(self, lang: str = "id", *, explanation: bool = True) -> str:
        """The credit results of the file as a text report in ``lang`` ("id" or "en")."""
        return render_report(self.run(), lang, explanation=explanation)


def skp_file_schema() -> dict[str, Any]:
    """The JSON Schema of an SKP case file: what :meth:`SkpFile.load` reads.

    An object with ``cases`` (or ``kasus``), a non-empty list of cases, or a single case.
    """
    from typing import Annotated

    from inovasi_daerah.io.schema import input_schema

    return input_schema(
        SkpFile | Annotated[list[SkpCase], Field(min_length=1)] | SkpCase,
        title="Berkas kasus SKP (SKP case file)",
        description="An object with 'cases' (or 'kasus'), a list of cases or a single case; "
        "read by `inovasi-daerah skp` and inovasi_daerah.skp.SkpFile.load.",
    )


def load_skp_file(text: str | bytes) -> SkpFile:
    """Shorthand for :meth:`SkpFile.load`."""
    return SkpFile.load(text)
