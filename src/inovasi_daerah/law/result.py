"""The base of every result object: immutable, explained, flagged, serialisable."""

from __future__ import annotations

import functools
import json
from abc import abstractmethod
from collections.abc import Callable
from typing import Any

from inovasi_daerah._legacy_names import ATTRIBUTES, add_deprecated_attributes
from inovasi_daerah.law.citation import Citation
from inovasi_daerah.law.context import in_context
from inovasi_daerah.law.explain import Explanation
from inovasi_daerah.law.jsonable import to_jsonable
from inovasi_daerah.law.reprs import ShortRepr

__all__ = ["Result"]


def _in_context(fn: Callable[..., Any]) -> Callable[..., Any]:
    if getattr(fn, "_in_library_context", False):
        return fn
    wrapper = in_context(fn)
    wrapper._in_library_context = True  # type: ignore[attr-defined]
    return wrapper


class Result(ShortRepr):
    """Mixin for results: ``explanation``, ``uncertain``, ``to_dict``/``to_json``, HTML repr.

    The repr is one line (:mod:`inovasi_daerah.law.reprs`); the content is in :meth:`explain`.

    Subclasses are frozen dataclasses; they implement :meth:`_summary` for ``to_dict`` and
    either store their explanation in an ``_explanation`` field (read by the default
    :attr:`explanation`) or override :attr:`explanation` (e.g. to build it on demand, so bulk
    scoring stays fast).
    """

    __slots__ = ()

    def __init_subclass__(cls, **kwargs: Any) -> None:
        """Run every property and public method of a result in the library's decimal context:
        explanations, shares and roundings are computed on demand, when the caller's context
        (``getcontext()``) may be anything (see ``law.context``).

        Attribute names before the English convention (``_legacy_names.ATTRIBUTES``) are added
        as deprecated read-only properties, left unwrapped so that their warning points at the
        caller's line.
        """
        super().__init_subclass__(**kwargs)
        legacy = ATTRIBUTES.get(f"{cls.__module__}.{cls.__qualname__}", {})
        for name, attr in list(vars(cls).items()):
            if name.startswith("__") or name in legacy:
                continue
            if isinstance(attr, property) and attr.fget is not None:
                setattr(
                    cls, name, property(_in_context(attr.fget), attr.fset, attr.fdel, attr.__doc__)
                )
            elif isinstance(attr, functools.cached_property):
                new = functools.cached_property(_in_context(attr.func))
                new.__set_name__(cls, name)
                setattr(cls, name, new)
            elif callable(attr) and not name.startswith("_") and not isinstance(attr, type):
                setattr(cls, name, _in_context(attr))
        add_deprecated_attributes(cls)

    @property
    def explanation(self) -> Explanation:
        """The explanation tree of this result (by default its ``_explanation`` field)."""
        # getattr: the field is declared by each subclass, some with a wider type
        explanation: Explanation = getattr(self, "_explanation")  # noqa: B009
        return explanation

    @abstractmethod
    def _summary(self) -> dict[str, Any]:
        """The result's own fields as JSON-ready data (without the explanation)."""

    @property
    def uncertain(self) -> bool:
        """True when the result rests on any THIRD-PARTY or UNCERTAIN parameter."""
        return self.explanation.uncertain

    @property
    def uncertain_citations(self) -> tuple[Citation, ...]:
        """Every THIRD-PARTY or UNCERTAIN citation the result rests on, once each."""
        return self.explanation.uncertain_citations

    @_in_context
    def explain(self, lang: str = "id", fmt: str = "text") -> str:
        """The explanation rendered in ``lang`` ("id" or "en") and ``fmt``."""
        return self.explanation.render(lang, fmt)

    @_in_context
    def to_dict(self, *, explanation: bool = True) -> dict[str, Any]:
        """The result as JSON-ready data (Decimals as text), with ``uncertain`` and, unless
        ``explanation`` is False, the explanation tree.
        """
        data = to_jsonable(self._summary())
        data["uncertain"] = self.uncertain
        if explanation:
            data["explanation"] = self.explanation.to_dict()
        return dict(data)

    def to_json(self, *, explanation: bool = True, indent: int | None = 2) -> str:
        """The result as JSON text (see :meth:`to_dict`), non-ASCII kept, indented by ``indent``."""
        return json.dumps(self.to_dict(explanation=explanation), ensure_ascii=False, indent=indent)

    def _repr_html_(self) -> str:
        return self.explanation.to_html()
