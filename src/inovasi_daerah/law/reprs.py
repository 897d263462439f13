"""One-line reprs for results, rule sets and reports; the full content is in ``explain()``.

A result can hold a whole edition or hundreds of innovations: the default dataclass repr
printed all of it (an edition's repr was ~117 000 characters). :class:`ShortRepr` gives every
subclass a one-line repr of at most :data:`MAX_REPR` characters built from its scalar fields,
plus ``_repr_markdown_`` and ``_repr_html_`` for notebooks.

>>> from inovasi_daerah import iga
>>> repr(iga.edition(2026))
"<Edition id='iga-2026' family='iga' title='IGA 2026 (Innovative Government Award)' ...>"
"""

from __future__ import annotations

import dataclasses
import html
from collections.abc import Iterator, Mapping, Sized
from datetime import date
from decimal import Decimal
from enum import Enum
from typing import Any

__all__ = ["MAX_REPR", "ShortRepr", "repr_items", "short_repr"]

#: The longest repr (characters) of a result, rule set or report.
MAX_REPR = 199
_MAX_FIELD = 40


def _scalar(value: Any) -> str | None:
    """A short display of ``value``, or None when it is not worth a place in a repr."""
    from inovasi_daerah.law.text import Text

    if value is None or (isinstance(value, Mapping) and not value):
        return None
    if isinstance(value, Enum):
        return repr(value.value)
    if isinstance(value, bool | int | Decimal):
        return str(value)
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, Text):
        value = value.id
    if isinstance(value, str):
        if not value:
            return None
        cut = value if len(value) <= _MAX_FIELD else value[: _MAX_FIELD - 1] + "…"
        return repr(cut)
    ident = getattr(value, "id", None)
    if isinstance(ident, str) and ident:  # a rule set or a record: its id stands for it
        return repr(ident)
    return None


def repr_items(obj: object) -> Iterator[tuple[str, str]]:
    """``(name, short value)`` of the fields of ``obj`` that fit in a one-line repr.

    Scalars are shown as they are (long strings cut), collections by their length (``n_x``),
    rule sets and records by their id; nested objects are left to ``explain()``.
    """
    if not dataclasses.is_dataclass(obj):
        return
    for f in dataclasses.fields(obj):
        if f.name.startswith("_") or not f.repr:
            continue
        value = getattr(obj, f.name, None)
        if isinstance(value, tuple) and hasattr(value, "_fields"):  # a row: its id, if any
            shown = _scalar(value)
            if shown is not None:
                yield f.name, shown
            continue
        if isinstance(value, Mapping) and isinstance(value.get("id"), str):  # a record
            yield f.name, repr(value["id"])
            continue
        if isinstance(value, tuple | list | frozenset | set | dict):
            if isinstance(value, Sized) and len(value):
                yield f"n_{f.name}", str(len(value))
            continue
        shown = _scalar(value)
        if shown is not None:
            yield f.name, shown


def short_repr(obj: object) -> str:
    """``<Type field=value ...>`` on one line, at most :data:`MAX_REPR` characters."""
    name = type(obj).__name__
    body = " ".join(f"{k}={v}" for k, v in repr_items(obj)).replace("\n", " ")
    text = f"<{name} {body}>" if body else f"<{name}>"
    if len(text) > MAX_REPR:
        text = text[: MAX_REPR - 5] + " ...>"
    return text


class ShortRepr:
    """Mixin: a one-line repr for every subclass (dataclass or not) and notebook reprs.

    A subclass that defines ``__repr__`` keeps it; otherwise it inherits its nearest parent's
    (the dataclass decorator does not replace a ``__repr__`` already in the class).
    """

    __slots__ = ()

    def __init_subclass__(cls, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        if "__repr__" not in cls.__dict__:
            inherited = next(
                b.__dict__["__repr__"] for b in cls.__mro__ if "__repr__" in b.__dict__
            )
            cls.__repr__ = inherited  # type: ignore[method-assign]

    def __repr__(self) -> str:
        return short_repr(self)

    def _repr_pretty_(self, p: Any, cycle: bool) -> None:
        """IPython's and Hypothesis' pretty printer: the one-line repr, not every field."""
        p.text(repr(self))

    def _repr_markdown_(self) -> str:
        explain = getattr(self, "explain", None)
        if callable(explain):
            try:
                return str(explain("id", "markdown"))
            except TypeError:
                pass
        rows = "\n".join(f"| {k} | {v} |" for k, v in repr_items(self))
        return f"**{type(self).__name__}**\n\n| | |\n|---|---|\n{rows}\n"

    def _repr_html_(self) -> str:
        rows = "".join(
            f"<tr><th>{html.escape(k)}</th><td>{html.escape(v)}</td></tr>"
            for k, v in repr_items(self)
        )
        return f"<b>{html.escape(type(self).__name__)}</b><table>{rows}</table>"
