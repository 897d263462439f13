"""Regional rules that credit innovators: pluggable, dated, cited objects (skp.md §8).

The shipped rules are rule files (``inovasi_daerah/rules/regional/*.toml``); a user adds a
Pergub or Perwako with :func:`load_regional_rule`. A :class:`RegionalInnovationCredit` says
what a region adds for innovators — points, a gate,
a TPP factor, a mandatory innovation RHK, an award or a promotion route — from when to when,
on which instrument and how sure we are. :func:`inovasi_daerah.skp.credit` applies the rules
in force in the period for the person's region, without changing the engine.

>>> KEPRI_PERGUB_38_2025.in_force_during(date(2026, 1, 1), date(2026, 12, 31))
True
>>> KEPRI_PERGUB_38_2025.applies_to("Kepri"), PAYAKUMBUH_NILAI_TAMBAH.uncertain
(True, True)
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from os import PathLike
from pathlib import Path
from typing import Any

from inovasi_daerah.errors import DataIntegrityError, InvalidInput
from inovasi_daerah.law import Citation, Status, Text
from inovasi_daerah.law.load import (
    DATE,
    DECIMAL,
    STR,
    TEXT,
    ArrayOf,
    Choice,
    Citations,
    Field,
    MapOf,
    Table,
    Where,
    check,
    citation_kind,
    cite_rule_file,
    decimal_of,
    json_schema,
    read_rule_file,
    require_fields,
    require_type,
    rules_root,
    text_of,
)
from inovasi_daerah.models.enums import LegalEnum, set_labels
from inovasi_daerah.models.enums import normalize_text as _norm_text

__all__ = [
    "KEPRI_PERGUB_38_2025",
    "PAYAKUMBUH_NILAI_TAMBAH",
    "REGIONAL_RULES",
    "REGIONAL_RULE_FILE",
    "RegionalInnovationCredit",
    "RegionalRuleKind",
    "load_regional_rule",
    "normalize_region",
    "regional_rule_from_file",
    "regional_rule_schema",
    "regional_rules",
]

# The ways people write the kind of government before its name, each mapped to one word, so
# that "Prov. Kepulauan Riau", "Pemprov Kepulauan Riau" and "Provinsi Kepulauan Riau" are one
# region. Kota and Kabupaten stay distinct: Kota Bogor and Kabupaten Bogor are two Pemda.
_REGION_PREFIXES: tuple[tuple[tuple[str, ...], str], ...] = (
    (("pemerintah provinsi", "pemprov", "prov", "propinsi", "provinsi"), "provinsi"),
    (("pemerintah kota", "pemkot", "pemko", "kota"), "kota"),
    (("pemerintah kabupaten", "pemkab", "kab", "kabupaten"), "kabupaten"),
)


def normalize_region(name: str) -> str:
    """A region name in one spelling: lower case, single spaces, one word for its kind.

    >>> normalize_region("Prov. Kepulauan  Riau") == normalize_region("Provinsi Kepulauan Riau")
    True
    >>> normalize_region("Pemko Payakumbuh")
    'kota payakumbuh'
    """
    key = _norm_text(name)
    for spellings, canonical in _REGION_PREFIXES:
        for s in spellings:
            if key.startswith(s + " "):
                return canonical + key[len(s) :]
    return key


class RegionalRuleKind(LegalEnum):
    """What a regional rule does for innovators."""

    POINTS = "points", "Tambahan nilai", "Points"
    GATE = "gate", "Syarat", "Gate"
    TPP_FACTOR = "tpp_factor", "Faktor TPP", "TPP factor"
    MANDATORY_RHK = "mandatory_rhk", "RHK inovasi wajib", "Mandatory innovation RHK"
    AWARD = "award", "Penghargaan", "Award"
    PROMOTION = "promotion", "Kenaikan pangkat", "Promotion"


set_labels(RegionalRuleKind, nilai_tambah="points", rhk_wajib="mandatory_rhk", penghargaan="award")


@dataclass(frozen=True, kw_only=True)
class RegionalInnovationCredit:
    """One regional rule crediting innovators.

    ``valid_from`` None means the start is not established (the rule is then taken as in force
    and results are flagged by its status); ``value`` is the number the rule gives (points,
    factor), or None when it gives none. ``status`` defaults to the citation's status and
    must agree with it.
    """

    id: str
    region: str
    instrument: str
    kind: RegionalRuleKind
    citation: Citation
    description: Text
    valid_from: date | None = None
    valid_to: date | None = None
    value: Decimal | None = None
    status: Status | None = None
    region_aliases: tuple[str, ...] = field(default=())

    def __post_init__(self) -> None:
        # Junk given to the constructor is refused naming the field (issue 10); ``kind`` may be
        # a value of RegionalRuleKind (text, converted below), ``citation`` is checked below.
        require_fields(
            self,
            {
                "id": str,
                "region": str,
                "instrument": str,
                "kind": str,
                "description": Text,
                "valid_from": (date, None),
                "valid_to": (date, None),
                "value": (Decimal, None),
                "status": (Status, None),
                "region_aliases": tuple,
            },
            {"region_aliases": str},
        )
        if not self.id or not self.region.strip() or not self.instrument.strip():
            raise DataIntegrityError(
                "aturan daerah memerlukan id, daerah dan instrumen",
                field="id",
                message_en="a regional rule needs id, region and instrument",
            )
        if not isinstance(self.kind, RegionalRuleKind):
            object.__setattr__(self, "kind", RegionalRuleKind(self.kind))
        if not isinstance(self.citation, Citation):
            raise DataIntegrityError(
                "aturan daerah tanpa kutipan",
                field=self.id,
                message_en="regional rule without citation",
            )
        if self.status is None:
            object.__setattr__(self, "status", self.citation.status)
        elif self.status is not self.citation.status:
            raise DataIntegrityError(
                f"status {self.status} berbeda dari status kutipan {self.citation.status}",
                field=f"{self.id}.status",
                message_en=f"status {self.status} differs from the citation's "
                f"{self.citation.status}",
            )
        if self.valid_from and self.valid_to and self.valid_to < self.valid_from:
            raise DataIntegrityError(
                "valid_to sebelum valid_from",
                field=f"{self.id}.valid_to",
                message_en="valid_to before valid_from",
            )
        if self.value is not None and (
            not isinstance(self.value, Decimal) or not self.value.is_finite()
        ):
            raise DataIntegrityError(
                "value harus Decimal terhingga",
                field=f"{self.id}.value",
                message_en="value must be a finite Decimal",
            )
        if self.kind is RegionalRuleKind.POINTS and self.value is None and not self.uncertain:
            raise DataIntegrityError(
                "aturan poin tanpa angka harus UNCERTAIN",
                field=f"{self.id}.value",
                message_en="a points rule without a number must be UNCERTAIN",
            )

    @property
    def uncertain(self) -> bool:
        """True when the rule's citation is THIRD-PARTY or UNCERTAIN."""
        return self.citation.uncertain

    def applies_to(self, region: str | None) -> bool:
        """True when ``region`` names this rule's region.

        Case, spacing, punctuation and the spelling of the kind of government ("Prov.",
        "Pemprov", "Provinsi") are ignored; the rule's aliases count as its name.
        """
        if not isinstance(region, str) or not region.strip():
            return False
        key = normalize_region(region)
        return key in {normalize_region(n) for n in (self.region, *self.region_aliases)}

    def in_force_during(self, start: date, end: date) -> bool:
        """True when the rule is in force on any day of ``start``..``end``."""
        if not isinstance(start, date) or not isinstance(end, date):
            raise InvalidInput(
                "start dan end harus tanggal",
                field="start",
                value=(start, end),
                message_en="start and end must be dates",
            )
        after_start = self.valid_to is None or self.valid_to >= start
        before_end = self.valid_from is None or self.valid_from <= end
        return after_start and before_end

    def to_dict(self) -> dict[str, Any]:
        """The regional rule as JSON-ready data (Decimals as text, dates ISO)."""
        return {
            "id": self.id,
            "region": self.region,
            "instrument": self.instrument,
            "kind": self.kind.value,
            "valid_from": None if self.valid_from is None else self.valid_from.isoformat(),
            "valid_to": None if self.valid_to is None else self.valid_to.isoformat(),
            "value": None if self.value is None else str(self.value),
            "status": None if self.status is None else self.status.value,
            "citation": self.citation.model_dump(mode="json"),
            "description": self.description.model_dump(),
        }


# -- rule files -----------------------------------------------------------------------------------

#: The format of a regional rule file (``inovasi_daerah/rules/regional/*.toml``).
REGIONAL_RULE_FILE = Table(
    {
        "id": Field(STR, True, "stable id, e.g. 'kepri_pergub_38_2025'"),
        "region": Field(STR, True, "the region's name"),
        "region_aliases": Field(ArrayOf(STR), doc="other names of the region"),
        "instrument": Field(STR, True, "the regional instrument (Pergub, Perwako ...)"),
        "kind": Field(Choice(tuple(k.value for k in RegionalRuleKind)), True),
        "valid": Field(
            Table({"from": Field(DATE), "to": Field(DATE)}),
            doc="validity, both ends inclusive; left out: not established",
        ),
        "value": Field(DECIMAL, doc="the number the rule gives (points, factor), if any"),
        "checked": Field(DATE, True, "default date the citation was checked"),
        "description": Field(TEXT, True),
        "cite": Field(citation_kind(), True),
        "citations": Field(MapOf(citation_kind()), doc="named citations"),
    },
    "A regional rule crediting innovators",
)


def regional_rule_schema() -> dict[str, Any]:
    """The JSON Schema of a regional rule file."""
    return json_schema(
        REGIONAL_RULE_FILE,
        title="Berkas aturan daerah (regional rule file)",
        schema_id="https://inovasi-daerah.example/schema/aturan-daerah.json",
    )


def regional_rule_from_file(data: dict[str, Any], file: str) -> RegionalInnovationCredit:
    """Check a regional rule file's parsed data and build the rule."""
    require_type(data, dict, "data", "tabel (dict)", "a table (dict)")
    require_type(file, str, "file", "teks (nama berkas)", "text (a file name)")
    where = Where(file)
    check(REGIONAL_RULE_FILE, data, where)
    cites = Citations(data.get("citations", {}), data["checked"], where)
    valid = data.get("valid", {})
    try:
        return RegionalInnovationCredit(
            id=data["id"],
            region=data["region"],
            region_aliases=tuple(data.get("region_aliases", ())),
            instrument=data["instrument"],
            kind=RegionalRuleKind(data["kind"]),
            citation=cites.get(data["cite"], "cite"),
            description=text_of(data["description"]),
            valid_from=valid.get("from"),
            valid_to=valid.get("to"),
            value=decimal_of(data["value"], where, "value") if "value" in data else None,
        )
    except DataIntegrityError as exc:
        raise DataIntegrityError(
            exc.message, field=f"{file}: {exc.field}", message_en=exc.message_en
        ) from None


def _shipped(name: str) -> RegionalInnovationCredit:
    path = rules_root() / "regional" / f"{name}.toml"
    return regional_rule_from_file(read_rule_file(path), f"rules/regional/{path.name}")


_USER_RULES: dict[str, RegionalInnovationCredit] = {}


def load_regional_rule(path: str | PathLike[str]) -> RegionalInnovationCredit:
    """Load a user's regional rule file (a Pergub, a Perwako ...), checked like a shipped one.

    The rule joins :func:`regional_rules` (so a case file may name it by id); pass it to
    :func:`~inovasi_daerah.skp.credit` in ``regional_rules``. Its citation names the file.
    """
    require_type(path, (str, PathLike), "path", "jalur (str/PathLike)", "a path (str/PathLike)")
    p = Path(path)
    rule = regional_rule_from_file(read_rule_file(p), p.name)
    if any(r.id == rule.id for r in REGIONAL_RULES):
        raise DataIntegrityError(
            "id aturan bawaan tidak boleh ditimpa (a shipped rule's id)",
            field=f"{p.name}: id",
            message_en="a shipped rule's id cannot be replaced",
        )
    rule = dataclasses.replace(rule, citation=cite_rule_file(rule.citation, p))
    _USER_RULES[rule.id] = rule
    return rule


def regional_rules() -> tuple[RegionalInnovationCredit, ...]:
    """The shipped regional rules and those loaded with :func:`load_regional_rule`."""
    return REGIONAL_RULES + tuple(_USER_RULES.values())


#: Pergub Kepulauan Riau 38/2025: from SKP 2026 every ASN's SKP must contain an innovation.
KEPRI_PERGUB_38_2025 = _shipped("kepri_pergub_38_2025")
#: Kota Payakumbuh: the innovator's assessment is added value in the SKP (no number; UNCERTAIN).
PAYAKUMBUH_NILAI_TAMBAH = _shipped("payakumbuh_nilai_tambah_skp")

#: The regional rules shipped with the library.
REGIONAL_RULES: tuple[RegionalInnovationCredit, ...] = (
    KEPRI_PERGUB_38_2025,
    PAYAKUMBUH_NILAI_TAMBAH,
)
