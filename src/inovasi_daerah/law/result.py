"""The base of every result object: immutable, explained, flagged, serialisable."""

from __future__ import annotations

import json
from abc import abstractmethod
from typing import Any

from inovasi_daerah.law.citation import Citation
from inovasi_daerah.law.explain import Explanation
from inovasi_daerah.law.jsonable import to_jsonable
from inovasi_daerah.law.reprs import ShortRepr

__all__ = ["Result"]


class Result(ShortRepr):
    """Mixin for results: ``explanation``, ``uncertain``, ``to_dict``/``to_json``, HTML repr.

    The repr is one line (:mod:`inovasi_daerah.law.reprs`); the content is in :meth:`explain`.

    Subclasses are frozen dataclasses; they implement :attr:`explanation` (possibly built on
    demand, so bulk scoring stays fast) and :meth:`_summary` for ``to_dict``.
    """

    __slots__ = ()

    @property
    @abstractmethod
    def explanation(self) -> Explanation:
        """The explanation tree of this result."""

    @abstractmethod
    def _summary(self) -> dict[str, Any]:
        """The result's own fields as JSON-ready data (without the explanation)."""

    @property
    def uncertain(self) -> bool:
        """True when the result rests on any THIRD-PARTY or UNCERTAIN parameter."""
        return self.explanation.uncertain

    @property
    def uncertain_citations(self) -> tuple[Citation, ...]:
        return self.explanation.uncertain_citations

    def explain(self, lang: str = "id", fmt: str = "text") -> str:
        """The explanation rendered in ``lang`` ("id" or "en") and ``fmt``."""
        return self.explanation.render(lang, fmt)

    def to_dict(self, *, explanation: bool = True) -> dict[str, Any]:
        data = to_jsonable(self._summary())
        data["uncertain"] = self.uncertain
        if explanation:
            data["explanation"] = self.explanation.to_dict()
        return dict(data)

    def to_json(self, *, explanation: bool = True, indent: int | None = 2) -> str:
        return json.dumps(self.to_dict(explanation=explanation), ensure_ascii=False, indent=indent)

    def _repr_html_(self) -> str:
        return self.explanation.to_html()
