"""The library's own decimal context: results never depend on the caller's.

Python's :mod:`decimal` arithmetic, and methods such as ``normalize``, ``quantize`` and
``scaleb``, use the *thread-local* context of whoever calls the library. A notebook that set
``getcontext().prec = 3`` or ``rounding = ROUND_DOWN``, or enabled the ``Inexact`` trap, would
otherwise change an IID or an angka kredit. Every public computation therefore runs inside
:data:`CONTEXT` (:func:`exact` as a decorator, :func:`computing` as a context manager):

- ``prec=28`` (Python's default, so results equal those computed before the library had its
  own context): more digits than any score, credit or threshold has (a national IID sum needs
  fewer than 20), so no exact intermediate result is rounded where a rule does not round;
- ``ROUND_HALF_EVEN`` for the rare inexact intermediate (a division such as 100/3); the
  roundings a rule prescribes pass their mode explicitly (``quantize(..., rounding=...)``);
- traps off for ``Inexact``/``Rounded``/``Subnormal``/``Underflow`` (a repeating decimal is not
  an error), on for ``InvalidOperation``, ``DivisionByZero`` and ``Overflow``, which
  :func:`exact` turns into the library's :class:`~inovasi_daerah.errors.InvalidInput`.

>>> from decimal import Decimal, localcontext, ROUND_DOWN
>>> from inovasi_daerah.errors import InvalidInput
>>> @exact
... def third(x: Decimal) -> Decimal:
...     return x / 3
>>> with localcontext(prec=2, rounding=ROUND_DOWN):
...     third(Decimal(2))
Decimal('0.6666666666666666666666666667')
>>> @exact
... def explode(x: Decimal) -> Decimal:
...     return x * x
>>> try:
...     explode(Decimal("1e999999"))
... except InvalidInput as exc:
...     print(exc.field, "|", exc.message)
explode | angka di luar jangkauan perhitungan (number out of computable range: Overflow)
"""

from __future__ import annotations

import functools
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from decimal import (
    ROUND_HALF_EVEN,
    Context,
    DecimalException,
    DivisionByZero,
    InvalidOperation,
    Overflow,
    localcontext,
)
from typing import ParamSpec, TypeVar

from inovasi_daerah.errors import InovasiDaerahError, InvalidInput

__all__ = ["CONTEXT", "computing", "exact", "in_context"]

#: The context every public computation runs in (see the module docstring for why each setting).
CONTEXT = Context(
    prec=28,
    rounding=ROUND_HALF_EVEN,
    Emax=999_999,
    Emin=-999_999,
    capitals=1,
    clamp=0,
    flags=[],
    traps=[InvalidOperation, DivisionByZero, Overflow],
)

P = ParamSpec("P")
R = TypeVar("R")


def _refusal(exc: DecimalException, where: str) -> InovasiDaerahError:
    kind = next(
        (c.__name__ for c in (Overflow, DivisionByZero, InvalidOperation) if isinstance(exc, c)),
        type(exc).__name__,
    )
    return InvalidInput(
        f"angka di luar jangkauan perhitungan (number out of computable range: {kind})",
        field=where,
        message_en=f"number out of computable range: {kind}",
    )


@contextmanager
def computing(where: str = "decimal") -> Iterator[Context]:
    """Run a block in :data:`CONTEXT`; a trapped decimal signal becomes ``InvalidInput``.

    ``where`` names the computation in the error's ``field``.
    """
    depth = _DEPTH
    outer = depth.n
    depth.n = 1
    try:
        with localcontext(CONTEXT) as ctx:
            yield ctx
    except DecimalException as exc:
        raise _refusal(exc, where) from None
    finally:
        depth.n = outer


class _Depth(threading.local):
    """How many library computations are running on this thread (inside :data:`CONTEXT`)."""

    n = 0


_DEPTH = _Depth()


def exact(fn: Callable[P, R]) -> Callable[P, R]:
    """Decorate a public computation: it runs in :data:`CONTEXT` whatever the caller's context,
    and a trapped decimal signal (overflow, invalid operation, division by zero) becomes the
    library's :class:`~inovasi_daerah.errors.InvalidInput` naming the function.

    A call from inside another library computation (``maturity`` scoring each indicator with
    ``effective_level``) is already in the context and costs only a counter check.
    """
    return _in_library_context(fn, fn.__name__)


def in_context(fn: Callable[P, R]) -> Callable[P, R]:
    """Like :func:`exact` without the error mapping: for result methods and properties computed
    on demand (explanations, shares), whose inputs were validated when the result was made."""
    return _in_library_context(fn, None)


def _in_library_context(fn: Callable[P, R], where: str | None) -> Callable[P, R]:
    """``fn`` run in :data:`CONTEXT` unless a library computation on this thread already is;
    with ``where``, a trapped decimal signal becomes the library's error naming ``where``."""

    @functools.wraps(fn)
    def wrapper(*args: P.args, **kwargs: P.kwargs) -> R:
        depth = _DEPTH
        if depth.n:
            return fn(*args, **kwargs)
        depth.n = 1
        try:
            with localcontext(CONTEXT):
                return fn(*args, **kwargs)
        except DecimalException as exc:
            if where is None:
                raise
            raise _refusal(exc, where) from None
        finally:
            depth.n = 0

    return wrapper
