"""Boundary checks shared by the reference solutions.

Each check either returns a clean ``float64`` array / Python scalar or raises
with a message that names the argument, says what was expected and echoes
what came. Checks run once, at the public entry points; internal helpers
trust their inputs.
"""

from __future__ import annotations

import numbers
from typing import Any

import numpy as np

from .errors import RankDeficientError

__all__ = [
    "as_design",
    "as_response",
    "check_binary",
    "check_counts",
    "check_full_column_rank",
    "check_int",
    "check_positive_finite",
    "check_seed",
    "rank_tolerance",
]


def _first_bad(mask: np.ndarray, values: np.ndarray) -> str:
    """Describe the first offending entry of ``values`` flagged by ``mask``."""
    idx = np.argwhere(mask)[0]
    where = int(idx[0]) if idx.size == 1 else tuple(int(i) for i in idx)
    return f"{values[tuple(idx)].item()!r} at index {where} ({int(mask.sum())} such entries)"


def _as_float_array(value: Any, name: str) -> np.ndarray:
    """Convert to a float64 ndarray, refusing complex and non-numeric input."""
    arr = np.asarray(value)
    if np.iscomplexobj(arr):
        raise TypeError(f"{name} must be real-valued; got complex dtype {arr.dtype}")
    try:
        return arr.astype(np.float64, copy=False)
    except (TypeError, ValueError) as exc:
        raise TypeError(f"{name} must be numeric; got dtype {arr.dtype} ({exc})") from None


def as_design(X: Any, name: str = "X", shape_desc: str = "(n_samples, n_features)") -> np.ndarray:
    """Validate a design matrix.

    Parameters
    ----------
    X : array_like of shape (n_samples, n_features)
        Real, finite values; at least one row and one column.
    name : str
        Argument name used in error messages.
    shape_desc : str
        Expected shape, as described in error messages.

    Returns
    -------
    ndarray of shape (n_samples, n_features), dtype float64
    """
    arr = _as_float_array(X, name)
    if arr.ndim != 2:
        raise ValueError(f"{name} must be 2-D {shape_desc}; got shape {arr.shape}")
    if arr.shape[0] < 1 or arr.shape[1] < 1:
        raise ValueError(f"{name} must have at least one row and one column; got shape {arr.shape}")
    bad = ~np.isfinite(arr)
    if bad.any():
        raise ValueError(f"{name} must be finite; found {_first_bad(bad, arr)}")
    return arr


def as_response(y: Any, n_rows: int, name: str = "y", design_name: str = "X") -> np.ndarray:
    """Validate a response vector against the number of design rows.

    Parameters
    ----------
    y : array_like of shape (n_samples,)
        Real, finite values.
    n_rows : int
        Number of rows of the design matrix ``y`` must match.
    name, design_name : str
        Argument names used in error messages.

    Returns
    -------
    ndarray of shape (n_samples,), dtype float64
    """
    arr = _as_float_array(y, name)
    if arr.ndim != 1:
        raise ValueError(f"{name} must be 1-D (n_samples,); got shape {arr.shape}")
    if arr.shape[0] != n_rows:
        raise ValueError(f"{design_name} has {n_rows} rows but {name} has {arr.shape[0]}")
    bad = ~np.isfinite(arr)
    if bad.any():
        raise ValueError(f"{name} must be finite; found {_first_bad(bad, arr)}")
    return arr


def check_binary(y: np.ndarray, name: str = "y") -> None:
    """Require every entry of ``y`` to be exactly 0 or 1."""
    bad = (y != 0) & (y != 1)
    if bad.any():
        raise ValueError(f"{name} must contain only 0 and 1; found {_first_bad(bad, y)}")


def check_counts(y: np.ndarray, name: str = "y") -> None:
    """Require non-negative integer counts that are not all zero.

    All-zero counts are refused because the log-link MLE then does not exist
    (the fitted mean is driven to 0, the intercept to ``-inf``).
    """
    negative = y < 0
    if negative.any():
        raise ValueError(f"{name} must be non-negative counts; found {_first_bad(negative, y)}")
    fractional = y != np.floor(y)
    if fractional.any():
        raise ValueError(f"{name} must be integer counts; found {_first_bad(fractional, y)}")
    if not y.any():
        raise ValueError(
            f"{name} is all zero: the log-link maximum-likelihood estimate does not exist"
        )


def rank_tolerance(singular_values: np.ndarray, shape: tuple[int, int]) -> float:
    """Numpy's default ``matrix_rank`` tolerance, ``S.max() * max(M, N) * eps``."""
    return float(singular_values.max() * max(shape) * np.finfo(np.float64).eps)


def check_full_column_rank(X: np.ndarray, name: str = "X") -> float:
    """Raise :class:`RankDeficientError` unless ``X`` has full column rank.

    Uses the same tolerance as ``numpy.linalg.matrix_rank``. More columns
    than rows is rank deficient by definition.

    Returns
    -------
    float
        The 2-norm condition number ``s_max / s_min`` of ``X``.
    """
    n, p = X.shape
    s = np.linalg.svd(X, compute_uv=False)
    s_min = s[-1] if n >= p else 0.0
    cond = float(s[0] / s_min) if s_min > 0 else float("inf")
    if n < p or s_min <= rank_tolerance(s, X.shape):
        raise RankDeficientError(
            f"{name} of shape {X.shape} is rank deficient (condition number {cond:.3e}); "
            "coefficients are not identifiable. Remove collinear or constant columns.",
            condition_number=cond,
        )
    return cond


def check_int(value: Any, name: str, minimum: int) -> int:
    """Require an integer (not bool) ``>= minimum``; return it as ``int``."""
    if isinstance(value, bool) or not isinstance(value, numbers.Integral):
        raise TypeError(f"{name} must be an integer; got {value!r} of type {type(value).__name__}")
    if value < minimum:
        raise ValueError(f"{name} must be >= {minimum}; got {value!r}")
    return int(value)


def check_positive_finite(value: Any, name: str, *, allow_zero: bool = False) -> float:
    """Require a finite real number ``> 0`` (``>= 0`` with ``allow_zero``)."""
    if isinstance(value, bool) or not isinstance(value, numbers.Real):
        raise TypeError(
            f"{name} must be a real number; got {value!r} of type {type(value).__name__}"
        )
    v = float(value)
    ok = np.isfinite(v) and (v >= 0 if allow_zero else v > 0)
    if not ok:
        bound = ">= 0" if allow_zero else "> 0"
        raise ValueError(f"{name} must be finite and {bound}; got {value!r}")
    return v


def check_seed(seed: Any, name: str = "seed") -> int:
    """Require a non-negative integer seed (what ``default_rng`` accepts)."""
    return check_int(seed, name, minimum=0)
