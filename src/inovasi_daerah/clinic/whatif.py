"""What-if: the same portfolio under two rule sets (two editions, two dates, or an override).

>>> from inovasi_daerah import iga
>>> from inovasi_daerah.examples import payakumbuh
>>> ex = payakumbuh()
>>> w = compare(ex.innovations, iga.edition(2023), iga.edition(2026), government=ex.government)
>>> len(w.rows), w.rules_a.id, w.rules_b.id
(16, 'iga-2023', 'iga-2026')
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal
from typing import TYPE_CHECKING, Any, TypedDict

from inovasi_daerah._util import check_rule_set
from inovasi_daerah.clinic.advice import innovations_arg
from inovasi_daerah.iga import Edition, maturity, regional_index
from inovasi_daerah.iga.results import IndexResult
from inovasi_daerah.law import Explanation, Result, T
from inovasi_daerah.law.context import exact
from inovasi_daerah.law.tables import Numeric, records_to_dataframe
from inovasi_daerah.models import Innovation, RegionalGovernment
from inovasi_daerah.models.profile import RegionalProfile

if TYPE_CHECKING:
    import pandas as pd

__all__ = ["WhatIf", "WhatIfRecord", "WhatIfRow", "compare", "records_to_dataframe"]


class WhatIfRecord(TypedDict):
    """A :class:`WhatIfRow` as a plain dict (:meth:`WhatIf.to_records`)."""

    innovation_id: str
    name: str
    maturity_a: Decimal
    maturity_b: Decimal
    delta: Decimal
    eligible_a: bool | None
    eligible_b: bool | None


@dataclass(frozen=True, slots=True)
class WhatIfRow:
    """One innovation under both rule sets."""

    innovation_id: str
    name: str
    maturity_a: Decimal
    maturity_b: Decimal
    eligible_a: bool | None
    eligible_b: bool | None

    @property
    def delta(self) -> Decimal:
        """The maturity under ``rules_b`` minus the maturity under ``rules_a``."""
        return self.maturity_b - self.maturity_a

    def to_dict(self) -> WhatIfRecord:
        """The row as a plain dict (Decimals exact)."""
        return {
            "innovation_id": self.innovation_id,
            "name": self.name,
            "maturity_a": self.maturity_a,
            "maturity_b": self.maturity_b,
            "delta": self.delta,
            "eligible_a": self.eligible_a,
            "eligible_b": self.eligible_b,
        }


@dataclass(frozen=True, slots=True)
class WhatIf(Result):
    """The portfolio under ``rules_a`` and ``rules_b``; overrides of either are recorded."""

    rules_a: Edition
    rules_b: Edition
    rows: tuple[WhatIfRow, ...]
    index_a: IndexResult | None
    index_b: IndexResult | None

    @property
    def predicate_changed(self) -> bool:
        """True when both indices are known and their predikat differ."""
        return (
            self.index_a is not None
            and self.index_b is not None
            and self.index_a.predicate is not self.index_b.predicate
        )

    @property
    def explanation(self) -> Explanation:
        """The tree of the comparison: each innovation's maturity change, then both indices."""
        children = [
            Explanation(
                key=f"whatif.{r.innovation_id}",
                title=T("{n}: kematangan", "{n}: maturity").format(n=r.name),
                value=r.delta,
                inputs={"a": r.maturity_a, "b": r.maturity_b},
            )
            for r in self.rows
        ]
        for label, idx in (("a", self.index_a), ("b", self.index_b)):
            if idx is not None:
                children.append(idx.explanation)
                del label
        return Explanation(
            key="whatif",
            title=T("Perbandingan {a} dan {b}", "Comparison of {a} and {b}").format(
                a=self.rules_a.id, b=self.rules_b.id
            ),
            value=None
            if self.index_a is None or self.index_b is None
            else self.index_b.value - self.index_a.value,
            inputs={
                "override_a": ", ".join(o.key for o in self.rules_a.overrides) or "-",
                "override_b": ", ".join(o.key for o in self.rules_b.overrides) or "-",
            },
            children=tuple(children),
        )

    def to_records(self) -> list[WhatIfRecord]:
        """One plain dict per innovation."""
        return [r.to_dict() for r in self.rows]

    def to_dataframe(self, *, numeric: Numeric = "decimal") -> pd.DataFrame:
        """A pandas DataFrame of :meth:`to_records`; floats when ``numeric="float"``."""
        return records_to_dataframe(
            self.to_records(), list(WhatIfRecord.__annotations__), numeric=numeric
        )

    def _summary(self) -> dict[str, Any]:
        def idx(i: IndexResult | None) -> Any:
            return None if i is None else {"value": i.value, "predicate": i.predicate.value}

        return {
            "rules_a": self.rules_a.id,
            "rules_b": self.rules_b.id,
            "overrides_a": [o.to_dict() for o in self.rules_a.overrides],
            "overrides_b": [o.to_dict() for o in self.rules_b.overrides],
            "rows": self.to_records(),
            "index_a": idx(self.index_a),
            "index_b": idx(self.index_b),
            "predicate_changed": self.predicate_changed,
        }


#: The refusal of ``rules_a`` or ``rules_b`` that is no edition (Indonesian, English).
_EDITION_EXPECTED = ("harus sebuah edisi IGA", "must be an IGA edition")


@exact
def compare(
    innovations: Iterable[Innovation],
    rules_a: Edition,
    rules_b: Edition,
    *,
    government: RegionalGovernment | None = None,
    profile: RegionalProfile | None = None,
) -> WhatIf:
    """Re-score ``innovations`` (and the region, when ``government`` is given) under both."""
    for name, r in (("rules_a", rules_a), ("rules_b", rules_b)):
        check_rule_set(r, Edition, message=_EDITION_EXPECTED, field=name)
    invs = innovations_arg(innovations)
    rows = []
    for inv in invs:
        ma, mb = maturity(inv, rules_a), maturity(inv, rules_b)
        rows.append(
            WhatIfRow(inv.id or inv.name, inv.name, ma.score, mb.score, ma.eligible, mb.eligible)
        )
    ia = ib = None
    if government is not None:
        ia = regional_index(government, invs, rules_a, profile=profile).index
        ib = regional_index(government, invs, rules_b, profile=profile).index
    return WhatIf(rules_a, rules_b, tuple(rows), ia, ib)
