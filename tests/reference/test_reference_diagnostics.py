"""Exercise 4: design_diagnostics against numpy's own svd / matrix_rank / cond."""

from __future__ import annotations

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from reference import design_diagnostics

SETTINGS = settings(max_examples=50, deadline=None, derandomize=True)


@SETTINGS
@given(
    seed=st.integers(0, 2**32 - 1),
    n=st.integers(1, 40),
    p=st.integers(1, 8),
    drop=st.integers(0, 3),
)
def test_agrees_with_numpy(seed, n, p, drop):
    rng = np.random.default_rng(seed)
    # lose up to `drop` dimensions by repeating combinations of earlier columns
    X = rng.standard_normal((n, p))
    for j in range(max(1, p - drop), p):
        X[:, j] = X[:, :j] @ rng.standard_normal(j)
    out = design_diagnostics(X)
    s = np.linalg.svd(X, compute_uv=False)
    np.testing.assert_array_equal(out["singular_values"], s)
    assert out["rank"] == np.linalg.matrix_rank(X)
    assert isinstance(out["rank"], int)
    if out["rank"] == min(n, p):
        assert out["condition_number"] == pytest.approx(np.linalg.cond(X), rel=1e-12)
    else:
        assert out["condition_number"] == np.inf


def test_keys_and_types():
    out = design_diagnostics(np.eye(3))
    assert set(out) == {"singular_values", "rank", "condition_number"}
    assert out["singular_values"].ndim == 1
    assert isinstance(out["condition_number"], float)
    assert out["condition_number"] == 1.0 and out["rank"] == 3


def test_singular_values_descend():
    X = np.random.default_rng(0).standard_normal((20, 5)) * [1, 10, 0.1, 5, 2]
    s = design_diagnostics(X)["singular_values"]
    assert np.all(np.diff(s) <= 0)


def test_exactly_collinear_columns_give_infinite_condition_number():
    x = np.arange(10.0)
    out = design_diagnostics(np.column_stack([np.ones(10), x, 3 * x - 2]))
    assert out["rank"] == 2
    assert out["condition_number"] == np.inf


def test_nearly_collinear_columns_stay_finite_and_full_rank():
    # the seed notebook's "batch ~ time" design: ill-conditioned, yet full rank
    rng = np.random.default_rng(42)
    t = np.arange(100.0)
    out = design_diagnostics(
        np.column_stack([np.ones(100), t, t + rng.standard_normal(100) * 1e-3])
    )
    assert out["rank"] == 3
    assert 1e5 < out["condition_number"] < np.inf


def test_zero_matrix_has_rank_zero():
    out = design_diagnostics(np.zeros((4, 2)))
    assert out["rank"] == 0 and out["condition_number"] == np.inf


def test_wide_full_row_rank_matrix_is_not_rank_deficient():
    X = np.random.default_rng(1).standard_normal((2, 5))
    out = design_diagnostics(X)
    assert out["rank"] == 2
    assert out["condition_number"] == pytest.approx(np.linalg.cond(X))


def test_rejects_non_finite_entries():
    with pytest.raises(ValueError, match="X must be finite"):
        design_diagnostics(np.array([[1.0, np.nan], [0.0, 1.0]]))


def test_rejects_one_dimensional_input():
    with pytest.raises(ValueError, match="X must be 2-D"):
        design_diagnostics(np.ones(3))
