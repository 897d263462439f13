"""Checks of an explanation node shared by the mutation-killing tests (tests/test_mut_*.py).

A result's explanation is part of its public output (``to_dict()``, the CLI's ``--jelaskan``):
its key, value, inputs and citations say which rule produced the figure from what. The helper
compares them exactly, so a node that loses an input, a citation or its key is caught.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from inovasi_daerah.errors import InovasiDaerahError
from inovasi_daerah.law import Citation, Explanation, Param


def citations_of(*items: Param[Any] | Citation) -> set[Citation]:
    """The citations of parameters (or citations), as a set."""
    return {i if isinstance(i, Citation) else i.citation for i in items}


def check_node(
    node: Explanation | None,
    *,
    key: str,
    value: Any,
    inputs: Mapping[str, Any] | None = None,
    citations: Iterable[Param[Any] | Citation] | None = None,
    rule: str | None = None,
    has_rule: bool | None = None,
) -> Explanation:
    """Assert the parts of ``node`` that a rule decides; returns the node."""
    assert node is not None
    assert node.key == key
    assert node.title is not None
    assert node.title.id
    assert node.title.en
    assert node.value == value
    if inputs is not None:
        assert dict(node.inputs) == dict(inputs)
    if citations is not None:
        assert set(node.citations) == citations_of(*citations)
    if rule is not None:
        assert node.rule is not None
        assert node.rule.id == rule
    if has_rule is not None:
        assert (node.rule is not None) is has_rule
        if node.rule is not None:
            assert node.rule.id
            assert node.rule.en
    return node


def check_refusal(exc: InovasiDaerahError, field: str, *, value: Any = None) -> None:
    """A refusal names its field and carries its text in both languages (issue 9)."""
    assert exc.field == field
    assert exc.message
    assert exc.message_en
    if value is not None:
        assert exc.value == value


def child(node: Explanation, key: str) -> Explanation:
    """The one direct child of ``node`` with ``key`` (exactly one, else the keys are shown)."""
    found = [c for c in node.children if c.key == key]
    assert len(found) == 1, [c.key for c in node.children]
    return found[0]


def keys(node: Explanation) -> list[str]:
    """The keys of the direct children of ``node``, in order."""
    return [c.key for c in node.children]
