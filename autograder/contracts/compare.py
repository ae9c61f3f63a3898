"""Exact equality of two answers of the same function: the contracts' only comparison.

Two answers of a deterministic function to the same arguments must be the same, bit for bit:
the same types of container, the same keys, arrays of the same shape and dtype with the same
values, NaN where the other has NaN, and infinities of the same sign. Anything else, including
two unreadable values, is "different": every comparison fails closed.

One call is compared by value instead (``scalars_by_value``): the call that received a number or
flag as a numpy scalar. numpy's scalar arithmetic may round differently from Python's
(``np.int64(2999) ** (1 / 6)`` and ``2999 ** (1 / 6)`` differ in the last bit, on about 2% of such
powers), so there a floating answer is the same when it is within rounding of the other
(:data:`ROUNDING_ULPS`); NaN, infinities, shapes and dtypes must still agree exactly. The call that
received a float as a numpy float32 is compared within float32's rounding, the same way.
"""
from __future__ import annotations

import math
from typing import Any

import numpy as np

from autograder.kernel import wire


#: how far apart two floating answers of the numpy-scalar call may be: this many machine epsilons of
#: the dtype, times the larger answer's largest finite entry (9e-13 relative for float64, 5e-4 for
#: float32): rounding, where every mistake the property is for (a type test, ``is``, a conversion,
#: an integer overflow) changes the answer by far more
ROUNDING_ULPS = 4096


def within_rounding(a: np.ndarray, b: np.ndarray, single: bool = False) -> bool:
    """Two arrays of one shape and dtype that agree up to rounding (exactly when not floating).

    NaN must face NaN and an infinity the same infinity; the finite entries may differ by
    :data:`ROUNDING_ULPS` epsilons of the dtype (of float32 with ``single``, whatever the dtype),
    scaled by the largest finite entry of either.
    """
    if a.shape != b.shape or a.dtype != b.dtype:
        return False
    if a.dtype.kind not in "fc":
        return bool(np.array_equal(a, b))
    finite_a, finite_b = np.isfinite(a), np.isfinite(b)
    if not (np.array_equal(finite_a, finite_b) and np.array_equal(np.isnan(a), np.isnan(b))
            and np.array_equal(a[np.isinf(a)], b[np.isinf(b)])):
        return False
    if not finite_a.any():
        return True
    x, y = a[finite_a], b[finite_b]
    scale = max(float(np.max(np.abs(x))), float(np.max(np.abs(y))))
    eps = max(np.finfo(a.dtype).eps, np.finfo(np.float32).eps) if single else np.finfo(a.dtype).eps
    return bool(np.all(np.abs(x - y) <= ROUNDING_ULPS * eps * scale))


def _scalar_kind(value: Any) -> str | None:
    """"b", "i" or "f" for a Python or numpy bool, integer or float scalar; None for anything else."""
    if isinstance(value, (bool, np.bool_)):
        return "b"
    if isinstance(value, (int, np.integer)):
        return "i"
    if isinstance(value, (float, np.floating)):
        return "f"
    return None


def same(a: Any, b: Any, scalars_by_value: bool = False, single: bool = False) -> bool:
    """True only when ``a`` and ``b`` are the same answer (see the module doc).

    ``scalars_by_value``: a numpy scalar and a Python number of the same kind (bool, integer, float)
    and value are the same too, at any depth, as the format rules accept either in an answer; and
    floating values (scalars and arrays) within rounding of each other are the same (the module doc).
    ``single`` (with ``scalars_by_value``): within float32's rounding, for the call that received a
    float as a numpy float32, whose arithmetic rounds to float32 where a Python float's does not.
    """
    if scalars_by_value and _scalar_kind(a) is not None and _scalar_kind(a) == _scalar_kind(b):
        if _scalar_kind(a) == "f":
            return within_rounding(np.asarray(a, dtype=float), np.asarray(b, dtype=float), single)
        return bool(a == b)
    if isinstance(a, wire.Opaque) or isinstance(b, wire.Opaque):
        return False
    if isinstance(a, np.ndarray) or isinstance(b, np.ndarray):
        if not (isinstance(a, np.ndarray) and isinstance(b, np.ndarray)):
            return False
        if scalars_by_value:
            return within_rounding(a, b, single)
        return a.shape == b.shape and a.dtype == b.dtype and bool(np.array_equal(a, b, equal_nan=a.dtype.kind in "fc"))
    if isinstance(a, np.generic) or isinstance(b, np.generic):
        return type(a) is type(b) and same(np.asarray(a), np.asarray(b), scalars_by_value, single)
    if isinstance(a, float) and isinstance(b, float):
        return a == b or (math.isnan(a) and math.isnan(b))
    if type(a) is not type(b):
        return False
    if hasattr(a, "equals") and hasattr(a, "dtypes"):  # pandas: values, dtypes, labels and index alike
        try:
            return bool(a.equals(b)) and a.index.equals(b.index) and \
                list(getattr(a, "columns", [])) == list(getattr(b, "columns", []))
        except Exception:  # noqa: BLE001
            return False
    if isinstance(a, (list, tuple)):
        return len(a) == len(b) and all(same(x, y, scalars_by_value, single) for x, y in zip(a, b, strict=True))
    if isinstance(a, dict):
        return list(a) == list(b) and all(same(a[k], b[k], scalars_by_value, single) for k in a)
    try:
        return bool(a == b)
    except Exception:  # noqa: BLE001 - an unreadable comparison is "different"
        return False
