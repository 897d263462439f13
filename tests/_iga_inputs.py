"""IGA inputs shared by the scoring and eligibility tests (tests/test_iga_scoring.py,
tests/test_mut_scoring.py, tests/test_mut_eligibility_rules.py): one builder, one level map;
and the shipped editions, shared with the edition tests (tests/test_iga_editions.py,
tests/test_mut_model.py)."""

from __future__ import annotations

from datetime import date
from typing import Any

from inovasi_daerah import iga
from inovasi_daerah.models import Innovation

#: The shipped IGA editions, by year (iid_iga.md §3.5).
E2023, E2024, E2025, E2026 = (iga.edition(y) for y in (2023, 2024, 2025, 2026))
#: The named policies of the 2026 edition with their documented defaults (iid_iga.md §15;
#: domain README rule 4: two readings of a rule are a named policy with a default).
POLICIES_2026 = {
    "rejected_evidence": "zero",
    "count_in_n": "sent",
    "yandas_basis": "main_only",
    "gap_rule": "lower",
    "rounding_step": "final_only",
    "kecepatan_start": "first_known",
    "month_count": "months_begun",
}

#: Level 3 on every SID indicator (16 to 35) of the 2023–2026 editions.
ALL3 = dict.fromkeys(range(16, 36), 3)


def innovation(**kw: Any) -> Innovation:
    """A valid ASN innovation in penerapan since 1 June 2024 at level 3 on ``ALL3``;
    ``kw`` replaces any of its fields."""
    base: dict[str, Any] = {
        "name": "Inovasi uji",
        "forms": ["pelayanan_publik"],
        "stage": "penerapan",
        "initiator": "asn",
        "main_urusan": "kesehatan",
        "applied_on": date(2024, 6, 1),
        "indicators": ALL3,
    }
    base.update(kw)
    return Innovation(**base)
