"""Named readings of the IID rules that the sources do not settle (iid_iga.md §15, §15.1).

Each is an Enum whose value is held by an edition's policy parameter (``Param`` with
``options``), chosen with ``edition.override(...)`` and recorded in every result that depends
on it (``result.policies``). The defaults keep the library's earlier behaviour; docs/iga.md,
"Policies", gives the reasons and the alternatives.

>>> from inovasi_daerah import iga
>>> iga.edition(2024).provisional_basis.get()
<ProvisionalBasis.IGA_2023: 'iga_2023'>
>>> iga.edition(2024).override(provisional_basis="iga_2026").divisor_k.get()
12
>>> iga.edition(2026).override(rounding_step="stepwise").rounding_step.get()
<RoundingStep.STEPWISE: 'stepwise'>
"""

from __future__ import annotations

from enum import StrEnum

from inovasi_daerah._util import StrictStrEnum
from inovasi_daerah.errors import InvalidInput
from inovasi_daerah.models.enums import EvidenceStatus

__all__ = [
    "POLICY_ENUMS",
    "CountInN",
    "KecepatanStart",
    "LevelFlag",
    "MonthCount",
    "ProvisionalBasis",
    "RejectedEvidence",
    "RoundingStep",
    "YandasBasis",
    "unverified_flag",
]


class _Policy(StrictStrEnum):
    """A named policy or flag: an unknown value is refused naming the members."""


class ProvisionalBasis(_Policy):
    """Where IGA 2024 and 2025 take the parameters their year does not establish (divisor *k*,
    SJI rate and cap, yandas minimum; iid_iga.md §15 item 2).

    - ``iga_2023`` (default): the IGA 2023 values (k = 10, no yandas minimum);
    - ``iga_2026``: the IGA 2026 values (k = 12, at least 5 of 6 yandas);
    - ``iga_2024_partial`` (IGA 2024 only): the 2023 values with the partial 2024 rule "at
      least 2 of the 6 yandas" (VERIFIED-SECONDARY [I33]; whether it gates the SJI is
      UNCERTAIN).
    """

    IGA_2023 = "iga_2023"
    IGA_2026 = "iga_2026"
    IGA_2024_PARTIAL = "iga_2024_partial"


class RoundingStep(_Policy):
    """When the IID is rounded (iid_iga.md §3.7, §15.1; the official step is not established).

    - ``final_only`` (default): exact arithmetic, only the final IID rounded;
    - ``stepwise``: the SID part and the sum SPD + SID each rounded first, then the IID — as a
      third-party 2026 application does [T3]; differs by 0.01 in about 9 % of regions and can
      flip a predicate at a band edge.
    """

    FINAL_ONLY = "final_only"
    STEPWISE = "stepwise"


class KecepatanStart(_Policy):
    """Which date starts the count of kecepatan penciptaan (SID indicator 32) from dates.

    - ``first_known`` (default): the first given of the proposal date, the decision date and
      the trial start, in that order;
    - ``trial_start``: the start of the uji coba only.
    """

    FIRST_KNOWN = "first_known"
    TRIAL_START = "trial_start"


class MonthCount(_Policy):
    """How the months of kecepatan penciptaan are counted between two dates.

    - ``months_begun`` (default): a started month counts as one (1 Jan → 2 May is 5 months);
    - ``whole_months``: completed calendar months only (1 Jan → 2 May is 4 months).
    """

    MONTHS_BEGUN = "months_begun"
    WHOLE_MONTHS = "whole_months"


class RejectedEvidence(_Policy):
    """What a level whose evidence the verifier rejected scores (iid_iga.md §3.8, §15.3).

    - ``zero`` (default): 0;
    - ``downgrade``: the level the verifier accepted instead (0 if none).
    """

    ZERO = "zero"
    DOWNGRADE = "downgrade"


class CountInN(_Policy):
    """Which innovations count in *n* (iid_iga.md §3.3, §3.6, §15.1).

    - ``sent`` (default): every innovation sent;
    - ``eligible``: those not shown ineligible (an undecided verdict still counts);
    - ``penerapan``: those at the application stage only.
    """

    SENT = "sent"
    ELIGIBLE = "eligible"
    APPLICATION = "penerapan"


class YandasBasis(_Policy):
    """Which urusan of an innovation count towards the yandas coverage (iid_iga.md §3.5).

    - ``main_only`` (default): the urusan utama only;
    - ``main_and_other``: the urusan utama and the urusan beririsan.
    """

    MAIN_ONLY = "main_only"
    MAIN_AND_OTHER = "main_and_other"


class LevelFlag(_Policy):
    """Why an indicator's scored level differs from the one given, or deserves a look
    (``IndicatorScore.flags``; iid_iga.md §3.8). Results hold the value text.

    ``unverified`` is written with the evidence status: ``"unverified:<status>"``
    (:func:`unverified_flag`).
    """

    MISSING = "missing"
    DERIVED = "derived"
    UNVERIFIED = "unverified"
    NOT_VERIFIED = "not_verified"
    REJECTED_ZERO = "rejected_zero"
    REJECTED_DOWNGRADED = "rejected_downgraded"
    ACCEPTED_LOWER = "accepted_lower"
    CONFLICT = "conflict"
    FACT_NOT_USED = "fact_not_used"


def unverified_flag(status: EvidenceStatus) -> str:
    """The flag of a level counted without verified evidence: ``"unverified:<status>"``."""
    if type(status) is not EvidenceStatus:
        raise InvalidInput(
            "status harus EvidenceStatus",
            field="status",
            value=status,
            message_en="status must be an EvidenceStatus",
        )
    return f"{LevelFlag.UNVERIFIED.value}:{status.value}"


#: The Enum of every policy parameter whose value is an Enum member (written as its value text
#: in the rule files and in ``edition.override(...)``), by parameter key.
POLICY_ENUMS: dict[str, type[StrEnum]] = {
    "rejected_evidence": RejectedEvidence,
    "count_in_n": CountInN,
    "yandas_basis": YandasBasis,
    "rounding_step": RoundingStep,
    "kecepatan_start": KecepatanStart,
    "month_count": MonthCount,
    "provisional_basis": ProvisionalBasis,
}
