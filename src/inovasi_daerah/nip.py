"""NIP (Nomor Induk Pegawai) of a PNS and NI PPPK: parse, validate and format.

A tiny interface in the python-stdnum style: :func:`compact`, :func:`is_valid`,
:func:`format` and :func:`parse_nip`, which returns a :class:`Nip` with the parts of the number.

The PNS layout (Perka BKN 22/2007, VERIFIED) is ``YYYYMMDD YYYYMM G NNN``: date of birth,
year and month of the TMT CPNS, sex (1 = laki-laki, 2 = perempuan) and nomor urut.

>>> nip = parse_nip("19660801 198803 1 001")
>>> nip.kind, nip.birth_date, nip.tmt, nip.gender, nip.serial
(<NipKind.PNS: 'pns'>, datetime.date(1966, 8, 1), datetime.date(1988, 3, 1),
 <Gender.MALE: 'laki_laki'>, 1)
>>> str(nip), nip.formatted()
('196608011988031001', '19660801 198803 1 001')
>>> nip.citation.label()
'Perka BKN 22/2007 [VERIFIED]'

The NI PPPK layout (THIRD-PARTY) is ``YYYYMMDD YYYY 2 C G NNN``: only the *year* of the TMT,
a fixed code 2, the number of the perjanjian kerja, sex and nomor urut.

>>> p = parse_nip("19900512.2022.2.1.2.005")
>>> p.kind, p.tmt, p.tmt_precision, p.contract_number, p.gender
(<NipKind.PPPK: 'pppk'>, datetime.date(2022, 1, 1), 'year', 1, <Gender.FEMALE: 'perempuan'>)
>>> p.formatted()
'19900512 2022 2 1 2 005'

PNS or PPPK is inferred from digit 13 (0 or 1: the first digit of a TMT month; 2: the PPPK
code). That rule is an inference (UNCERTAIN, skp.md §7); every :class:`Nip` says so in
:attr:`Nip.inference`, and ``kind=`` overrides it.

>>> print(p.inference.get("en"))
The kind (PNS or PPPK) was inferred from digit 13: ... UNCERTAIN (skp.md §7)...

Errors name the field, the rule and the digit positions:

>>> parse_nip("19661301 198803 1 001")
Traceback (most recent call last):
...
inovasi_daerah.errors.InvalidNip: nip: tanggal lahir 19661301 ... [Perka BKN 22/2007 (digit 1–8...
>>> is_valid("19660801 198803 3 001"), is_valid(196608011988031001)
(False, False)
>>> compact(" 19660801-198803-1-001 "), format("196608011988031001")
('196608011988031001', '19660801 198803 1 001')

The minimum age at the TMT has no default (the law as recorded gives none); pass it to check it:

>>> is_valid("20000101 201501 1 001"), is_valid("20000101 201501 1 001", min_age_years=18)
(True, False)
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum
from typing import Any, Literal, TypeVar

from dateutil.relativedelta import relativedelta

from inovasi_daerah._util import TextStyle, normalize_text
from inovasi_daerah.errors import DataIntegrityError, InvalidInput, InvalidNip
from inovasi_daerah.law.citation import Citation
from inovasi_daerah.law.load import (
    DATE,
    INT,
    STR,
    Choice,
    Field,
    Kind,
    ListOf,
    MapOf,
    Table,
    Where,
    build_params,
    citation_kind,
    load_shipped,
    parameters_table,
)
from inovasi_daerah.law.param import Param
from inovasi_daerah.law.text import T, Text

__all__ = [
    "BIRTH_YEAR_MIN",
    "CONTRACT_RANGE",
    "GENDER_DIGITS",
    "KIND_BY_DIGIT_13",
    "MIN_AGE_YEARS",
    "NIP_LENGTH",
    "PNS_LAYOUT",
    "PPPK_CODE",
    "PPPK_LAYOUT",
    "SERIAL_RANGE",
    "DigitField",
    "Gender",
    "Nip",
    "NipKind",
    "compact",
    "format",
    "is_valid",
    "parse_nip",
]


# -- kinds and sexes ------------------------------------------------------------------------------


def _code(value: object, aliases: dict[str, str]) -> str | None:
    """The value ``aliases`` gives the code ``value`` (compared as a code: case-folded, no
    spaces, hyphens or underscores), None when it gives none or ``value`` is no text."""
    if not isinstance(value, str):
        return None
    return aliases.get(normalize_text(value, TextStyle.CODE))


_E = TypeVar("_E", bound=StrEnum)
#: The refusal of an unknown NIP kind (Indonesian, English).
_KIND_REFUSAL = ("jenis harus 'pns' atau 'pppk'", "kind must be 'pns' or 'pppk'")
#: The refusal of an unknown sex (Indonesian, English).
_GENDER_REFUSAL = (
    "jenis kelamin harus laki-laki atau perempuan (must be male or female)",
    "sex must be male (laki-laki) or female (perempuan)",
)


def _member(
    cls: type[_E], value: object, aliases: dict[str, str], field: str, refusal: tuple[str, str]
) -> _E:
    """The member of ``cls`` that ``aliases`` gives for ``value`` (see :func:`_code`); else
    :class:`InvalidInput` on ``field`` with ``refusal`` (the enums' ``_missing_``)."""
    found = _code(value, aliases)
    if found is None:
        raise InvalidInput(refusal[0], field=field, value=value, message_en=refusal[1])
    return cls(found)


class NipKind(StrEnum):
    """The kind of number: NIP of a PNS or NI PPPK. Accepts "PNS", "P3K", "PPPK" in any case."""

    PNS = "pns"
    PPPK = "pppk"

    @classmethod
    def _missing_(cls, value: object) -> NipKind:
        return _member(cls, value, _KIND_ALIASES, "kind", _KIND_REFUSAL)


class Gender(StrEnum):
    """Jenis kelamin. Accepts "Laki-laki", "pria", "L", "Perempuan", "wanita", "P" in any case."""

    MALE = "laki_laki"
    FEMALE = "perempuan"

    @classmethod
    def _missing_(cls, value: object) -> Gender:
        return _member(cls, value, _GENDER_ALIASES, "gender", _GENDER_REFUSAL)


_KIND_ALIASES = {"pns": "pns", "cpns": "pns", "pppk": "pppk", "p3k": "pppk"}
_GENDER_ALIASES = {
    "lakilaki": "laki_laki",
    "pria": "laki_laki",
    "l": "laki_laki",
    "male": "laki_laki",
    "perempuan": "perempuan",
    "wanita": "perempuan",
    "p": "perempuan",
    "female": "perempuan",
}


# -- the layouts as cited data ----------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class DigitField:
    """A group of digits: its ``name``, 1-based ``start`` position and ``length``."""

    name: str
    start: int
    length: int

    @property
    def stop(self) -> int:
        """The 1-based position of the last digit."""
        return self.start + self.length - 1

    @property
    def positions(self) -> str:
        """ "digit 1–8" or "digit 15", for messages."""
        if self.length == 1:
            return f"digit {self.start}"
        return f"digit {self.start}–{self.stop}"

    def take(self, digits: str) -> str:
        """The digits of this field in ``digits``."""
        return digits[self.start - 1 : self.start - 1 + self.length]


# -- the rule data: rules/nip/perka_bkn_22_2007.toml ------------------------------------------

_LAYOUT = ListOf(
    Table({"name": Field(STR, True), "start": Field(INT, True), "length": Field(INT, True)}), 1
)
_RANGE = Table({"min": Field(INT, True), "max": Field(INT, True)})
_VALUE_KINDS: dict[str, Kind] = {
    "nip_length": INT,
    "nip_pns_layout": _LAYOUT,
    "ni_pppk_layout": _LAYOUT,
    "nip_gender_digits": MapOf(Choice(tuple(g.value for g in Gender))),
    "ni_pppk_code": STR,
    "ni_pppk_contract_range": _RANGE,
    "nip_kind_by_digit_13": MapOf(Choice(tuple(k.value for k in NipKind))),
    "nip_serial_range": _RANGE,
    "nip_birth_year_min": INT,
    "nip_min_age_years": INT,
}

#: The format of the NIP rule file.
NIP_RULE_FILE = Table(
    {
        "id": Field(STR, True),
        "checked": Field(DATE, True, "default date the citations were checked"),
        "citations": Field(MapOf(citation_kind()), doc="named citations"),
        "parameters": Field(parameters_table(_VALUE_KINDS), True),
    },
    "NIP and NI PPPK layouts and validation parameters",
)


def _nip_value(key: str, v: Any, where: Where) -> Any:
    if key in ("nip_pns_layout", "ni_pppk_layout"):
        return tuple(DigitField(f["name"], f["start"], f["length"]) for f in v)
    if key == "nip_gender_digits":
        return tuple((d, Gender(g)) for d, g in v.items())
    if key == "nip_kind_by_digit_13":
        return tuple((d, NipKind(k)) for d, k in v.items())
    if key in ("ni_pppk_contract_range", "nip_serial_range"):
        return (v["min"], v["max"])
    return v


def _load_params() -> dict[str, Param[Any]]:
    data, cites, where = load_shipped("nip/perka_bkn_22_2007.toml", NIP_RULE_FILE)
    return build_params(data, cites, where, _nip_value)


_PARAMS = _load_params()

#: Number of digits of a NIP and of an NI PPPK.
NIP_LENGTH: Param[int] = _PARAMS["nip_length"]
#: Digit groups of the NIP of a PNS, in order.
PNS_LAYOUT: Param[tuple[DigitField, ...]] = _PARAMS["nip_pns_layout"]
#: Digit groups of the NI PPPK, in order.
PPPK_LAYOUT: Param[tuple[DigitField, ...]] = _PARAMS["ni_pppk_layout"]
#: Sex digit (position 15) -> gender; identical in both layouts.
GENDER_DIGITS: Param[tuple[tuple[str, Gender], ...]] = _PARAMS["nip_gender_digits"]
#: The fixed digit 13 of an NI PPPK.
PPPK_CODE: Param[str] = _PARAMS["ni_pppk_code"]
#: Allowed number of the perjanjian kerja (NI PPPK digit 14).
CONTRACT_RANGE: Param[tuple[int, int]] = _PARAMS["ni_pppk_contract_range"]
#: Digit 13 -> kind. An inference: in a PNS NIP digit 13 starts the TMT month (0 or 1).
KIND_BY_DIGIT_13: Param[tuple[tuple[str, NipKind], ...]] = _PARAMS["nip_kind_by_digit_13"]
#: Nomor urut range (001 first, incremented on collision; refusing 000 is inferred policy).
SERIAL_RANGE: Param[tuple[int, int]] = _PARAMS["nip_serial_range"]
#: Earliest accepted birth year: a sanity bound of the library, not a rule of law.
BIRTH_YEAR_MIN: Param[int] = _PARAMS["nip_birth_year_min"]
#: Minimum age at the TMT: the law as recorded gives no value, so there is no default.
MIN_AGE_YEARS: Param[int] = _PARAMS["nip_min_age_years"]


def _check_layout(layout: Param[tuple[DigitField, ...]]) -> None:
    # The groups must tile positions 1..18 exactly; a typo in the data would misread every NIP.
    expected = 1
    for f in layout.get():
        if f.start != expected or f.length < 1:
            raise DataIntegrityError(
                f"kelompok digit tidak menyusun nomor dengan rapat di {f}",
                field=layout.key,
                message_en=f"digit groups do not tile the number at {f}",
            )
        expected = f.stop + 1
    if expected != NIP_LENGTH.get() + 1:
        raise DataIntegrityError(
            "kelompok digit tidak meliputi 18 digit",
            field=layout.key,
            message_en="digit groups do not cover 18 digits",
        )


_check_layout(PNS_LAYOUT)
_check_layout(PPPK_LAYOUT)


def _field(layout: Param[tuple[DigitField, ...]], name: str) -> DigitField:
    return next(f for f in layout.get() if f.name == name)


_BIRTH = _field(PNS_LAYOUT, "tanggal lahir")
_TMT_PNS = _field(PNS_LAYOUT, "TMT CPNS")
_GENDER = _field(PNS_LAYOUT, "jenis kelamin")
_SERIAL = _field(PNS_LAYOUT, "nomor urut")
_TMT_PPPK = _field(PPPK_LAYOUT, "tahun TMT PPPK")
_CODE_PPPK = _field(PPPK_LAYOUT, "kode PPPK")
_CONTRACT = _field(PPPK_LAYOUT, "perjanjian kerja ke-")

_INFERRED = T(
    "Jenis nomor (PNS atau PPPK) disimpulkan dari digit 13: 0 atau 1 = awal bulan TMT CPNS "
    "(NIP PNS), 2 = kode tetap PPPK (NI PPPK). Aturan ini inferensi, UNCERTAIN (skp.md §7); "
    "berikan kind= bila jenisnya diketahui.",
    "The kind (PNS or PPPK) was inferred from digit 13: 0 or 1 = first digit of the TMT CPNS "
    "month (PNS NIP), 2 = fixed PPPK code (NI PPPK). This rule is an inference, UNCERTAIN "
    "(skp.md §7); pass kind= when the kind is known.",
)
_GIVEN = T(
    "Jenis nomor diberikan oleh pemanggil (kind=), tidak disimpulkan dari digit 13.",
    "The kind was given by the caller (kind=), not inferred from digit 13.",
)


# -- the parsed number ------------------------------------------------------------------------


def _ymd(d: date) -> str:
    # Explicit widths: strftime("%Y") does not zero-pad years below 1000 on every platform.
    return f"{d.year:04d}{d.month:02d}{d.day:02d}"


@dataclass(frozen=True, slots=True)
class Nip:
    """A parsed NIP (PNS) or NI PPPK; build it with :func:`parse_nip`.

    ``tmt`` is the first day of the TMT month for a PNS (``tmt_precision`` "month") and
    1 January of the TMT year for a PPPK (``tmt_precision`` "year": the month is not encoded).
    ``contract_number`` is the perjanjian kerja number (NI PPPK digit 14), None for a PNS.
    ``kind_inferred`` is False when the caller gave the kind.
    """

    kind: NipKind
    birth_date: date
    tmt: date
    tmt_precision: Literal["month", "year"]
    gender: Gender
    serial: int
    contract_number: int | None
    digits: str
    kind_inferred: bool = True

    def __post_init__(self) -> None:
        from inovasi_daerah.law.load import require_fields

        # Junk given to the constructor is refused naming the field (issue 10), before the
        # digits are composed from it.
        require_fields(
            self,
            {
                "kind": NipKind,
                "birth_date": date,
                "tmt": date,
                "tmt_precision": str,
                "gender": Gender,
                "serial": int,
                "contract_number": (int, None),
                "digits": str,
                "kind_inferred": bool,
            },
        )
        if self.tmt_precision not in ("month", "year"):
            raise InvalidNip(
                "harus 'month' atau 'year'",
                field="tmt_precision",
                value=self.tmt_precision,
                message_en="must be 'month' or 'year'",
            )
        for name, number, group in (
            ("serial", self.serial, _SERIAL),
            ("contract_number", self.contract_number, _CONTRACT),
        ):
            # a part wider than its digit group cannot be one of the number's parts
            if number is not None and not 0 <= number < 10**group.length:
                raise InvalidNip(
                    f"harus {group.length} digit ({group.name})",
                    field=name,
                    value=number,
                    message_en=f"must have {group.length} digits ({group.name})",
                )
        # Direct construction must not produce a number whose digits disagree with its parts.
        if self.digits != self._compose():
            raise InvalidNip(
                "digit tidak cocok dengan bagian-bagiannya",
                field="nip",
                value=self.digits,
                message_en="digits disagree with the parts",
            )

    def _compose(self) -> str:
        sex = {g: d for d, g in GENDER_DIGITS.get()}.get(self.gender, "?")
        if self.kind is NipKind.PNS:
            tmt = _ymd(self.tmt)[:6]
            return f"{_ymd(self.birth_date)}{tmt}{sex}{self.serial:03d}"
        contract = "?" if self.contract_number is None else str(self.contract_number)
        tmt = f"{self.tmt.year:04d}"
        code = PPPK_CODE.get()
        return f"{_ymd(self.birth_date)}{tmt}{code}{contract}{sex}{self.serial:03d}"

    def __str__(self) -> str:
        return self.digits

    @property
    def layout(self) -> Param[tuple[DigitField, ...]]:
        """The cited digit layout of this kind of number."""
        return PNS_LAYOUT if self.kind is NipKind.PNS else PPPK_LAYOUT

    def formatted(self) -> str:
        """The grouped form: ``YYYYMMDD YYYYMM G NNN`` (PNS), ``YYYYMMDD YYYY 2 C G NNN`` (PPPK)."""
        return " ".join(f.take(self.digits) for f in self.layout.get())

    @property
    def citation(self) -> Citation:
        """The citation of the layout: Perka BKN 22/2007 (PNS) or the THIRD-PARTY NI PPPK."""
        return self.layout.citation

    @property
    def citations(self) -> tuple[Citation, ...]:
        """Every citation the reading rests on: the layout and, if inferred, the kind rule."""
        if self.kind_inferred:
            return (self.citation, KIND_BY_DIGIT_13.citation)
        return (self.citation,)

    @property
    def inference(self) -> Text:
        """How the kind was decided: inferred from digit 13 (UNCERTAIN) or given."""
        return _INFERRED if self.kind_inferred else _GIVEN

    @property
    def uncertain(self) -> bool:
        """True when the reading rests on a THIRD-PARTY or UNCERTAIN citation."""
        return any(c.uncertain for c in self.citations)


# -- parsing ----------------------------------------------------------------------------------

#: the separators people type (space, tab, dot, hyphen), dropped in one C pass
_DROP_SEPARATORS = str.maketrans("", "", " \t.-")


def _error(
    message: str,
    fld: DigitField | None,
    layout: Param[Any],
    value: object,
    message_en: str | None = None,
) -> InvalidNip:
    where = f"{fld.positions}: {fld.name}" if fld else None
    return InvalidNip(
        message,
        field="nip",
        rule=layout.citation.instrument,
        article=where,
        value=value,
        message_en=message_en,
    )


def compact(text: str) -> str:
    """The number without the spaces, tabs, dots and hyphens people type; not validated.

    >>> compact("19660801.198803.1.001")
    '196608011988031001'
    """
    if not isinstance(text, str):
        name = type(text).__name__
        # An int drops leading zeros and a float rounds; only the text keeps every digit.
        raise InvalidNip(
            f"harus teks (str), bukan {name} (must be a str, not {name})",
            field="nip",
            value=text,
            message_en=f"must be text (str), not {name}",
        )
    return text.strip().translate(_DROP_SEPARATORS)


def _coerce_kind(kind: NipKind | str) -> NipKind:
    if isinstance(kind, NipKind):
        return kind
    if not isinstance(kind, str):
        raise InvalidInput(_KIND_REFUSAL[0], field="kind", value=kind, message_en=_KIND_REFUSAL[1])
    return NipKind(kind)


K = TypeVar("K")
V = TypeVar("V")
#: id of a parameter value -> (the value, its pairs as a dict): made once per value
_PAIRS: dict[int, tuple[object, dict[Any, Any]]] = {}


def _pairs(pairs: tuple[tuple[K, V], ...]) -> dict[K, V]:
    """A parameter's (key, value) pairs as a dict, made once per value (read-only use).

    Keyed by identity (the value is kept alive beside its dict), so no tuple is hashed.
    """
    hit = _PAIRS.get(id(pairs))
    if hit is None or hit[0] is not pairs:
        if len(_PAIRS) > 64:  # pragma: no cover - only with many overridden values
            _PAIRS.clear()
        hit = _PAIRS[id(pairs)] = (pairs, dict(pairs))
    return hit[1]


def _check_options(min_age_years: object, today: object) -> date:
    if min_age_years is not None and (
        isinstance(min_age_years, bool) or not isinstance(min_age_years, int) or min_age_years < 0
    ):
        raise InvalidInput(
            "harus bilangan bulat >= 0 atau None (must be an int >= 0 or None)",
            field="min_age_years",
            value=min_age_years,
            message_en="must be an integer >= 0 or None",
        )
    if today is None:
        return date.today()
    if not isinstance(today, date) or isinstance(today, datetime):
        raise InvalidInput(
            "harus datetime.date (must be a date)",
            field="today",
            value=today,
            message_en="must be a datetime.date",
        )
    return today


def parse_nip(
    text: str,
    *,
    min_age_years: int | None = None,
    kind: NipKind | str | None = None,
    today: date | None = None,
) -> Nip:
    """Parse and validate a NIP (PNS) or NI PPPK; raise :class:`InvalidNip` naming the rule.

    ``text`` must be a str (an int would lose leading zeros); spaces, tabs, dots and hyphens
    are ignored. ``kind`` skips the digit-13 inference. ``min_age_years`` (no default: the law
    as recorded gives none) refuses a TMT before that age. ``today`` (default: today) bounds
    the birth date and the TMT. Checks run in digit order and the first failure is raised.
    """
    now = _check_options(min_age_years, today)
    digits = _digits(text)
    the_kind, inferred = _kind_of(digits, kind, text)
    layout = PNS_LAYOUT if the_kind is NipKind.PNS else PPPK_LAYOUT
    birth = _birth_date(digits, layout, text, now)
    tmt = _tmt(digits, the_kind, layout, text)
    _check_tmt(digits, tmt, birth, min_age_years, layout, text, now)
    earliest, precision, contract = tmt[1], tmt[3], tmt[4]
    gender = _gender(digits, text)
    serial = _serial(digits, text)

    # Every part was read from ``digits``, so they agree by construction: the consistency
    # check Nip.__post_init__ makes for direct construction is not repeated here (a test
    # re-composes the digits of parsed numbers).
    nip = object.__new__(Nip)
    put = object.__setattr__
    put(nip, "kind", the_kind)
    put(nip, "birth_date", birth)
    put(nip, "tmt", date(*earliest))
    put(nip, "tmt_precision", precision)
    put(nip, "gender", gender)
    put(nip, "serial", serial)
    put(nip, "contract_number", contract)
    put(nip, "digits", digits)
    put(nip, "kind_inferred", inferred)
    return nip


def _digits(text: str) -> str:
    """The 18 ASCII digits of ``text`` (Perka BKN 22/2007: a NIP is 18 digits; the NI PPPK
    layout, THIRD-PARTY, has the same length), separators removed."""
    digits = compact(text)
    length = NIP_LENGTH.get()
    ascii_digits = digits.isascii() and digits.isdigit()  # the common case, in C
    bad = (
        None
        if ascii_digits
        else next((i for i, ch in enumerate(digits) if ch not in "0123456789"), None)
    )
    if bad is not None:
        raise _error(
            f"karakter {digits[bad]!r} pada posisi {bad + 1} bukan angka 0-9 "
            "(only ASCII digits 0-9 are allowed)",
            None,
            PNS_LAYOUT,
            text,
            message_en=(
                f"character {digits[bad]!r} at position {bad + 1} is not a digit; only ASCII "
                "digits 0-9 are allowed"
            ),
        )
    if len(digits) != length:
        raise _error(
            f"harus {length} digit, bukan {len(digits)} (must be {length} digits)",
            None,
            PNS_LAYOUT,
            text,
            message_en=f"must be {length} digits, not {len(digits)}",
        )
    return digits


def _kind_of(digits: str, kind: NipKind | str | None, text: str) -> tuple[NipKind, bool]:
    """The kind (PNS or PPPK) and whether it was inferred: from digit 13 (0/1 a TMT CPNS
    month, the PPPK code otherwise; skp.md §7, UNCERTAIN) unless the caller gives ``kind``."""
    if kind is not None:
        return _coerce_kind(kind), False
    d13 = digits[_CODE_PPPK.start - 1]
    found = _pairs(KIND_BY_DIGIT_13.get()).get(d13)
    if found is None:
        raise InvalidNip(
            f"digit 13 {d13!r} tidak dikenal: 0/1 = bulan TMT CPNS (NIP PNS), "
            f"{PPPK_CODE.get()} = kode PPPK (unknown digit 13)",
            field="nip",
            rule=KIND_BY_DIGIT_13.citation.instrument,
            article="digit 13, skp.md §7 (UNCERTAIN)",
            value=text,
            message_en=(
                f"unknown digit 13 {d13!r}: 0/1 = TMT CPNS month (PNS NIP), {PPPK_CODE.get()} "
                "= PPPK code"
            ),
        )
    return found, True


def _birth_date(digits: str, layout: Param[Any], text: str, now: date) -> date:
    """The birth date of digits 1-8 (YYYYMMDD, Perka BKN 22/2007): a calendar date, not
    before the earliest birth year of the rule data, not after ``now``."""
    raw = _BIRTH.take(digits)
    try:
        birth = date(int(raw[:4]), int(raw[4:6]), int(raw[6:]))
    except ValueError:
        raise _error(
            f"tanggal lahir {raw} bukan tanggal yang ada (not a calendar date YYYYMMDD)",
            _BIRTH,
            layout,
            text,
            message_en=f"birth date {raw} is not a calendar date (YYYYMMDD)",
        ) from None
    if birth.year < BIRTH_YEAR_MIN.get():
        raise _error(
            f"tahun lahir {birth.year} sebelum {BIRTH_YEAR_MIN.get()} "
            f"(birth year before {BIRTH_YEAR_MIN.get()})",
            _BIRTH,
            layout,
            text,
            message_en=f"birth year {birth.year} before {BIRTH_YEAR_MIN.get()}",
        )
    if birth > now:
        raise _error(
            f"tanggal lahir {birth.isoformat()} di masa depan (birth date in the future)",
            _BIRTH,
            layout,
            text,
            message_en=f"birth date {birth.isoformat()} in the future",
        )
    return birth


#: The TMT as encoded: its digit field, the earliest and latest day it may be (PPPK numbers
#: encode the year only), the precision and the PPPK contract number. A plain tuple: parse_nip
#: is a hot path and a frozen dataclass costs more to build than the rest of the step.
_Tmt = tuple[
    DigitField,
    tuple[int, int, int],
    tuple[int, int, int],
    Literal["month", "year"],
    int | None,
]


def _tmt(digits: str, the_kind: NipKind, layout: Param[Any], text: str) -> _Tmt:
    """The TMT of digits 9-14: PNS, TMT CPNS year and month (9-14, Perka BKN 22/2007); PPPK,
    TMT year (9-12), the PPPK code (13) and the contract number (14) (THIRD-PARTY layout)."""
    if the_kind is NipKind.PNS:
        raw = _TMT_PNS.take(digits)
        year, month = int(raw[:4]), int(raw[4:])
        if not 1 <= month <= 12:
            raise _error(
                f"bulan TMT CPNS {raw[4:]} bukan 01-12 (TMT month must be 01-12)",
                _TMT_PNS,
                layout,
                text,
                message_en=f"TMT CPNS month {raw[4:]} must be 01-12",
            )
        # The TMT is the 1st of its month; the latest possible TMT is that day itself.
        day = (year, month, 1)
        return (_TMT_PNS, day, day, "month", None)
    year = int(_TMT_PPPK.take(digits))
    # Only the year is encoded: the TMT lies somewhere in it, so compare with its bounds.
    earliest, latest = (year, 1, 1), (year, 12, 31)
    if _CODE_PPPK.take(digits) != PPPK_CODE.get():
        raise _error(
            f"digit 13 harus kode PPPK {PPPK_CODE.get()!r}, bukan "
            f"{_CODE_PPPK.take(digits)!r} (digit 13 must be the PPPK code)",
            _CODE_PPPK,
            layout,
            text,
            message_en=(
                f"digit 13 must be the PPPK code {PPPK_CODE.get()!r}, not "
                f"{_CODE_PPPK.take(digits)!r}"
            ),
        )
    contract = int(_CONTRACT.take(digits))
    low, high = CONTRACT_RANGE.get()
    if not low <= contract <= high:
        raise _error(
            f"perjanjian kerja ke-{contract} di luar {low}-{high} "
            f"(contract number must be {low}-{high})",
            _CONTRACT,
            layout,
            text,
            message_en=f"contract number {contract} outside {low}-{high}",
        )
    return (_TMT_PPPK, earliest, latest, "year", contract)


def _check_tmt(
    digits: str,
    tmt: _Tmt,
    birth: date,
    min_age_years: int | None,
    layout: Param[Any],
    text: str,
    now: date,
) -> None:
    """The TMT against the birth date (not before it), the caller's minimum age (no default:
    skp.md §6 gives none) and ``now`` (not in the future)."""
    tmt_field, earliest, latest = tmt[0], tmt[1], tmt[2]
    born = (birth.year, birth.month, birth.day)
    if latest < born:
        raise _error(
            f"TMT {tmt_field.take(digits)} sebelum tanggal lahir {birth.isoformat()} "
            "(TMT before the birth date)",
            tmt_field,
            layout,
            text,
            message_en=f"TMT {tmt_field.take(digits)} before the birth date {birth.isoformat()}",
        )
    if min_age_years is not None:
        if birth.year + min_age_years > date.max.year:
            threshold_text = f"tahun {birth.year + min_age_years}"
            too_young = True
        else:
            threshold = birth + relativedelta(years=min_age_years)
            threshold_text = threshold.isoformat()
            too_young = latest < (threshold.year, threshold.month, threshold.day)
        if too_young:
            raise InvalidNip(
                f"TMT {tmt_field.take(digits)} sebelum usia minimum {min_age_years} tahun "
                f"(tercapai {threshold_text})",
                field="nip",
                rule=MIN_AGE_YEARS.citation.instrument,
                article=f"{tmt_field.positions}: {tmt_field.name}; min_age_years, skp.md §6",
                value=text,
                message_en=(
                    f"TMT {tmt_field.take(digits)} before the minimum age of {min_age_years} "
                    f"years given by the caller (reached {threshold_text})"
                ),
            )
    if earliest > (now.year, now.month, now.day):
        raise _error(
            f"TMT {tmt_field.take(digits)} di masa depan (TMT in the future)",
            tmt_field,
            layout,
            text,
            message_en=f"TMT {tmt_field.take(digits)} in the future",
        )


def _gender(digits: str, text: str) -> Gender:
    """The sex of digit 15 (Perka BKN 22/2007: 1 male, 2 female; rule data GENDER_DIGITS)."""
    sex = _GENDER.take(digits)
    gender = _pairs(GENDER_DIGITS.get()).get(sex)
    if gender is None:
        allowed = "/".join(d for d, _ in GENDER_DIGITS.get())
        raise _error(
            f"kode jenis kelamin {sex!r} harus {allowed} (sex digit must be {allowed})",
            _GENDER,
            GENDER_DIGITS,
            text,
            message_en=f"sex digit {sex!r} must be {allowed}",
        )
    return gender


def _serial(digits: str, text: str) -> int:
    """The nomor urut of digits 16-18, inside the range of the rule data (SERIAL_RANGE)."""
    serial = int(_SERIAL.take(digits))
    low, high = SERIAL_RANGE.get()
    if not low <= serial <= high:
        raise _error(
            f"nomor urut {_SERIAL.take(digits)} harus {low:03d}-{high:03d} "
            f"(serial must be {low:03d}-{high:03d})",
            _SERIAL,
            SERIAL_RANGE,
            text,
            message_en=f"serial number {_SERIAL.take(digits)} must be {low:03d}-{high:03d}",
        )
    return serial


def is_valid(
    text: str, *, min_age_years: int | None = None, kind: NipKind | str | None = None
) -> bool:
    """True when :func:`parse_nip` accepts ``text``; never raises on a bad number.

    >>> is_valid("19660801 198803 1 000")
    False
    """
    try:
        parse_nip(text, min_age_years=min_age_years, kind=kind)
    except InvalidNip:
        return False
    return True


def format(text: str) -> str:
    """The validated number in its grouped form.

    >>> format("199005122022212005")
    '19900512 2022 2 1 2 005'
    """
    return parse_nip(text).formatted()
