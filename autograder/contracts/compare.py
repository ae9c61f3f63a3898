"""Exact equality of two answers of the same function: the contracts' only comparison.

Two answers of a deterministic function to the same arguments must be the same, bit for bit:
the same types of container, the same keys, arrays of the same shape and dtype with the same
values, NaN where the other has NaN, and infinities of the same sign. Anything else, including
two unreadable values, is "different": every comparison fails closed.
"""
from __future__ import annotations

import math
from typing import Any

import numpy as np

from autograder.kernel import wire


def _scalar_kind(value: Any) -> str | None:
    """"b", "i" or "f" for a Python or numpy bool, integer or float scalar; None for anything else."""
    if isinstance(value, (bool, np.bool_)):
        return "b"
    if isinstance(value, (int, np.integer)):
        return "i"
    if isinstance(value, (float, np.floating)):
        return "f"
    return None


def same(a: Any, b: Any, scalars_by_value: bool = False) -> bool:
    """True only when ``a`` and ``b`` are the same answer (see the module doc).

    ``scalars_by_value``: a numpy scalar and a Python number of the same kind (bool, integer, float)
    and value are the same too, at any depth, as the format rules accept either in an answer.
    """
    if scalars_by_value and _scalar_kind(a) is not None and _scalar_kind(a) == _scalar_kind(b):
        return bool(a == b) or (_scalar_kind(a) == "f" and math.isnan(a) and math.isnan(b))
    if isinstance(a, wire.Opaque) or isinstance(b, wire.Opaque):
        return False
    if isinstance(a, np.ndarray) or isinstance(b, np.ndarray):
        if not (isinstance(a, np.ndarray) and isinstance(b, np.ndarray)):
            return False
        return a.shape == b.shape and a.dtype == b.dtype and bool(np.array_equal(a, b, equal_nan=a.dtype.kind in "fc"))
    if isinstance(a, np.generic) or isinstance(b, np.generic):
        return type(a) is type(b) and same(np.asarray(a), np.asarray(b))
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
        return len(a) == len(b) and all(same(x, y, scalars_by_value) for x, y in zip(a, b, strict=True))
    if isinstance(a, dict):
        return list(a) == list(b) and all(same(a[k], b[k], scalars_by_value) for k in a)
    try:
        return bool(a == b)
    except Exception:  # noqa: BLE001 - an unreadable comparison is "different"
        return False
