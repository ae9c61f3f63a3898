"""Helpers shared by this assignment's checks: format rules read as check failures, and lenient
readers of returned values (the form itself is judged by each exercise's format check).

Every call of a format rule from a check goes through :func:`formatted`, which turns the rules'
``FormatError`` into a :class:`CheckFailed` with the same words (the framework's runner would
take the ``FormatError`` alike; the wrapper keeps each check's failure one type).
"""
from __future__ import annotations

from typing import Any, Callable

import numpy as np

from autograder.checks import CheckFailed, as_array

from .. import formats


def formatted(rule: Callable[..., Any], value: Any, *args: Any) -> Any:
    """``rule(value, *args)``; a :class:`formats.FormatError` becomes a :class:`CheckFailed`."""
    try:
        return rule(value, *args)
    except formats.FormatError as exc:
        raise CheckFailed(str(exc)) from None


def matrix(value: Any, what: str, p: int) -> np.ndarray | str:
    """A returned (p, p) matrix as a float array, or the reason it cannot be read as one."""
    try:
        return as_array(value, what, ndim=2, shape=(p, p))
    except CheckFailed as exc:
        return str(exc)


def relatively_close(got: np.ndarray, want: np.ndarray, rtol: float) -> bool:
    """Every entry within ``rtol`` of the largest entry of ``want`` (one scale per matrix: entries
    far below the largest carry the rounding of the largest)."""
    if got.shape != want.shape or not np.all(np.isfinite(got)):
        return False
    scale = max(float(np.max(np.abs(want), initial=0.0)), np.finfo(float).tiny)
    return bool(np.max(np.abs(got - want), initial=0.0) <= rtol * scale)
