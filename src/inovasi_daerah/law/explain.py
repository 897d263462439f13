"""Explanations: every number a result gives traces to its inputs, its rule and its article.

An :class:`Explanation` is a tree. Each node says what was computed (``title``), its
``value``, the ``rule`` applied (a formula or sentence), the ``citations`` of that rule, the
``inputs`` it used, and ``children`` for the parts. It renders as text in Bahasa Indonesia
(default) or English, as JSON-ready data, as Markdown and as HTML for notebooks.

>>> from decimal import Decimal
>>> from inovasi_daerah.law.citation import Status, cite
>>> from inovasi_daerah.law.text import T
>>> leaf = Explanation(key="weight", title=T("Bobot", "Weight"), value=Decimal(3),
...     citations=(cite("Pedoman IGA 2026", "Lampiran II no. 16", Status.THIRD_PARTY),))
>>> root = Explanation(key="score", title=T("Skor indikator", "Indicator score"),
...     value=Decimal(9), rule=T("bobot × level", "weight × level"),
...     inputs={"level": 3}, children=(leaf,))
>>> print(root.render("en"))
Indicator score = 9  [weight × level]  (level=3)
  Weight = 3  — Pedoman IGA 2026 Lampiran II no. 16 [THIRD-PARTY] (!)
>>> root.uncertain
True
"""

from __future__ import annotations

import html
import json
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from decimal import ROUND_HALF_EVEN, Decimal
from typing import Any

from inovasi_daerah.errors import InovasiDaerahError, InvalidInput
from inovasi_daerah.law.citation import Citation
from inovasi_daerah.law.context import CONTEXT
from inovasi_daerah.law.jsonable import to_jsonable
from inovasi_daerah.law.reprs import ShortRepr
from inovasi_daerah.law.text import Text, check_lang

__all__ = ["Explanation", "fmt_value"]


def fmt_value(value: Any, lang: str | None = None) -> str:
    """Human rendering of a value: Decimals without exponent or trailing noise; with ``lang``,
    a legal enum by its label in that language ("Ketua tim" / "Team lead", not ``ketua_tim``)."""
    if lang is not None and isinstance(getattr(value, "label", None), Text):
        return str(value.label.get(lang))
    if isinstance(value, bool):
        return "ya/yes" if value else "tidak/no"
    if isinstance(value, int) and not isinstance(value, bool) and value.bit_length() > 128:
        return f"<int of about {int(value.bit_length() * 0.30103) + 1} digits>"
    if isinstance(value, Decimal) and not value.is_finite():
        return str(value)
    if isinstance(value, Decimal) and abs(value.adjusted()) > 100:
        return str(value)  # far beyond any score: shown as is, not expanded or quantized
    if isinstance(value, Decimal):
        # the library's context explicitly: the caller's precision must not round a value shown
        if value == value.to_integral_value(context=CONTEXT):
            return str(value.quantize(Decimal(1), rounding=ROUND_HALF_EVEN, context=CONTEXT))
        return format(value.normalize(CONTEXT), "f")
    if value is None:
        return "-"
    if isinstance(value, Text):
        return value.id
    if hasattr(value, "value") and isinstance(getattr(value, "value", None), str):
        return str(value.value)
    try:
        return str(value)
    except (RecursionError, ValueError):  # a 50,000-deep list, a 5,000-digit int inside
        return f"<{type(value).__name__}>"


class _Inputs(dict[str, Any]):
    """The inputs of a node. An input key renamed to English (issue 14; docs/glossary.md)
    still answers ``inputs[old]`` until 1.0.0, with a DeprecationWarning naming the new key."""

    __slots__ = ()

    def _renamed(self, key: str) -> str | None:
        """The present new key of an old ``key`` (warning the caller's caller), else None."""
        from inovasi_daerah._legacy_names import INPUT_KEYS, warn_renamed

        new = INPUT_KEYS.get(key)
        if new is None or new not in self:
            return None
        warn_renamed("explanation input", key, new, stacklevel=4)
        return new

    def __missing__(self, key: str) -> Any:
        new = self._renamed(key)
        if new is None:
            raise KeyError(key)
        return self[new]

    def get(self, key: str, default: Any = None) -> Any:
        """``inputs.get(key)``, an old key answering as ``inputs[old]`` does."""
        if key in self:
            return self[key]
        new = self._renamed(key)
        return default if new is None else self[new]


@dataclass(frozen=True, slots=True)
class Explanation(ShortRepr):
    """One node of an explanation tree."""

    key: str
    title: Text
    value: Any = None
    rule: Text | None = None
    citations: tuple[Citation, ...] = ()
    inputs: Mapping[str, Any] = field(default_factory=dict)
    children: tuple[Explanation, ...] = ()
    note: Text | None = None
    unit: str | None = None

    def __post_init__(self) -> None:
        if self.inputs and type(self.inputs) is not _Inputs:
            # frozen: the one place the inputs are wrapped (old keys answer, see _Inputs)
            object.__setattr__(self, "inputs", _Inputs(self.inputs))

    # -- traversal ---------------------------------------------------------------------------
    def walk(self) -> Iterator[Explanation]:
        """This node and every descendant, depth first."""
        yield self
        for child in self.children:
            yield from child.walk()

    def find(self, key: str) -> Explanation | None:
        """The first node (depth first) whose key is ``key``.

        A key renamed to English (issue 14; docs/glossary.md, migration table) still finds
        its node until 1.0.0, with a DeprecationWarning naming the new key.
        """
        found = next((n for n in self.walk() if n.key == key), None)
        if found is None:
            from inovasi_daerah._legacy_names import renamed_key, warn_renamed

            new = renamed_key(key)
            if new is not None:
                warn_renamed("explanation key", key, new)
                return next((n for n in self.walk() if n.key == new), None)
        return found

    @property
    def uncertain_citations(self) -> tuple[Citation, ...]:
        """Every THIRD-PARTY or UNCERTAIN citation in the tree, once each."""
        seen: dict[Citation, None] = {}
        for node in self.walk():
            for c in node.citations:
                if c.uncertain:
                    seen.setdefault(c, None)
        return tuple(seen)

    @property
    def uncertain(self) -> bool:
        """True when any part of the result rests on a THIRD-PARTY or UNCERTAIN source."""
        return any(c.uncertain for n in self.walk() for c in n.citations)

    # -- renderers ---------------------------------------------------------------------------
    def _line(self, lang: str) -> str:
        parts = [f"{self.title.get(lang)} = {fmt_value(self.value, lang)}"]
        if self.unit:
            parts[0] += f" {self.unit}"
        if self.rule is not None:
            parts.append(f"  [{self.rule.get(lang)}]")
        if self.inputs:
            ins = ", ".join(f"{k}={fmt_value(v, lang)}" for k, v in self.inputs.items())
            parts.append(f"  ({ins})")
        if self.citations:
            cits = "; ".join(c.label() for c in self.citations)
            flag = " (!)" if any(c.uncertain for c in self.citations) else ""
            parts.append(f"  — {cits}{flag}")
        if self.note is not None:
            parts.append(f"  ({self.note.get(lang)})")
        return "".join(parts)

    def render(self, lang: str = "id", fmt: str = "text", *, depth: int | None = None) -> str:
        """Render as ``fmt`` = "text" (default), "markdown", "html" or "json"."""
        lang = check_lang(lang)
        if fmt == "text":
            return "\n".join(self._text_lines(lang, 0, depth))
        if fmt == "markdown":
            return self.to_markdown(lang, depth=depth)
        if fmt == "html":
            return self.to_html(lang, depth=depth)
        if fmt == "json":
            return json.dumps(self.to_dict(), ensure_ascii=False, indent=2)
        from inovasi_daerah.errors import InvalidInput

        raise InvalidInput(
            "format harus text, markdown, html atau json",
            field="fmt",
            value=fmt,
            message_en="format must be text, markdown, html or json",
        )

    def _text_lines(self, lang: str, level: int, depth: int | None) -> list[str]:
        lines = ["  " * level + self._line(lang)]
        if depth is None or level < depth:
            for child in self.children:
                lines.extend(child._text_lines(lang, level + 1, depth))
        return lines

    def to_markdown(self, lang: str = "id", *, depth: int | None = None) -> str:
        """The tree as a nested Markdown list in ``lang``, down to ``depth`` levels (all when
        None).
        """
        lines: list[str] = []

        def visit(node: Explanation, level: int) -> None:
            text = node._line(lang).replace("|", "\\|")
            lines.append("  " * level + "- " + text)
            if depth is None or level < depth:
                for child in node.children:
                    visit(child, level + 1)

        visit(self, 0)
        return "\n".join(lines)

    def to_html(self, lang: str = "id", *, depth: int | None = None) -> str:
        """The tree as a nested HTML list in ``lang`` (text escaped), down to ``depth`` levels."""

        def visit(node: Explanation, level: int) -> str:
            body = html.escape(node._line(lang))
            kids = ""
            if node.children and (depth is None or level < depth):
                kids = "<ul>" + "".join(visit(c, level + 1) for c in node.children) + "</ul>"
            return f"<li>{body}{kids}</li>"

        return f'<ul class="inovasi-daerah-explanation">{visit(self, 0)}</ul>'

    def _repr_html_(self) -> str:
        return self.to_html()

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready data (Decimals as strings, no precision lost)."""
        return {
            "key": self.key,
            "title": {"id": self.title.id, "en": self.title.en},
            "value": to_jsonable(self.value),
            "unit": self.unit,
            "rule": None if self.rule is None else {"id": self.rule.id, "en": self.rule.en},
            "citations": [c.model_dump(mode="json") for c in self.citations],
            "inputs": {k: to_jsonable(v) for k, v in self.inputs.items()},
            "note": None if self.note is None else {"id": self.note.id, "en": self.note.en},
            "children": [c.to_dict() for c in self.children],
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Explanation:
        """Rebuild a tree from :meth:`to_dict` output (values stay in their JSON form).

        Malformed data raises :class:`~inovasi_daerah.errors.InvalidInput`.
        """
        try:
            return cls._from_dict(data)
        except InovasiDaerahError:
            raise
        except (KeyError, TypeError, AttributeError, ValueError, RecursionError) as exc:
            raise InvalidInput(
                f"bukan pohon penjelasan (not an explanation tree): {type(exc).__name__}",
                field="Explanation",
                message_en=f"not an explanation tree: {type(exc).__name__}",
            ) from None

    @classmethod
    def _from_dict(cls, data: Mapping[str, Any]) -> Explanation:

        def text(d: Mapping[str, str] | None) -> Text | None:
            return None if d is None else Text(id=d["id"], en=d["en"])

        title = text(data["title"])
        if title is None:
            raise InvalidInput(
                "title wajib", field="Explanation.title", message_en="title is required"
            )
        children: Sequence[Mapping[str, Any]] = data.get("children", [])
        return cls(
            key=data["key"],
            title=title,
            value=data.get("value"),
            rule=text(data.get("rule")),
            citations=tuple(Citation.model_validate(c) for c in data.get("citations", [])),
            inputs=dict(data.get("inputs", {})),
            children=tuple(cls._from_dict(c) for c in children),
            note=text(data.get("note")),
            unit=data.get("unit"),
        )

    def __str__(self) -> str:
        return self.render()
