"""Exercise 2: designs of prescribed condition number and coefficient RMSE.

Scale: the largest singular value is sqrt(n_samples), the smallest
sqrt(n_samples) / kappa (see the function's Notes for why).

Tolerance for the condition number: forming ``X = U diag(s) V^T`` and taking
its SVD are backward stable, so each computed singular value is within
``c * eps * s_max`` of its target (Weyl), i.e. the computed condition number
has relative error ``<= c * eps * kappa``; ``c`` was measured at about 4
(30 at worst in earlier sweeps), we allow 64. That is below 1e-9 only for
kappa up to about 7e4 and about 1.4e-6 at kappa = 1e8: no design whose
columns are genuinely collinear can be represented more exactly in float64.

Monte Carlo tolerance for the RMSE: ``beta_hat - beta ~ N(0, sigma^2 (X^T X)^{-1})``
so ``||e||^2 = sum_i lambda_i chi^2_1`` with ``lambda`` the eigenvalues of
``sigma^2 (X^T X)^{-1}`` (``sigma^2 / s_i^2``): mean ``sum lambda``, variance
``2 sum lambda^2``. The mean over ``n_trials`` has sd ``sqrt(2 sum lambda^2 / n_trials)``;
we allow 5 sd on the mean square, then take square roots.
"""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from reference import (
    coefficient_rmse,
    condition_experiment,
    design_with_condition,
    theoretical_coefficient_rmse,
)

SETTINGS = settings(max_examples=50, deadline=None, derandomize=True)
EPS = np.finfo(np.float64).eps
KAPPA_C = 64

log_kappas = st.floats(min_value=0.0, max_value=8.0)
seeds = st.integers(min_value=0, max_value=2**32 - 1)


@SETTINGS
@given(
    log_kappa=log_kappas, n_features=st.integers(2, 6), extra_rows=st.integers(0, 150), seed=seeds
)
def test_condition_number_hits_kappa(log_kappa, n_features, extra_rows, seed):
    kappa = 10.0**log_kappa
    X = design_with_condition(n_features + extra_rows, kappa, n_features, seed=seed)
    rel_err = abs(np.linalg.cond(X) / kappa - 1)
    assert rel_err <= max(1e-12, KAPPA_C * EPS * kappa)


@SETTINGS
@given(log_kappa=log_kappas, n_features=st.integers(2, 6), seed=seeds)
def test_every_singular_value_within_rounding_of_geometric_target(log_kappa, n_features, seed):
    kappa = 10.0**log_kappa
    s = np.linalg.svd(design_with_condition(40, kappa, n_features, seed=seed), compute_uv=False)
    target = np.sqrt(40) * np.geomspace(1, 1 / kappa, n_features)
    np.testing.assert_allclose(s, target, rtol=0, atol=KAPPA_C * EPS * target[0])


def test_condition_number_within_1e9_for_moderate_kappa():
    for kappa in (1.0, 10.0, 1e3, 1e4):
        X = design_with_condition(100, kappa, seed=3)
        assert np.linalg.cond(X) == pytest.approx(kappa, rel=1e-9)


def test_shape_and_dtype():
    X = design_with_condition(17, 5.0, n_features=4, seed=1)
    assert X.shape == (17, 4)
    assert X.dtype == np.float64


def test_single_feature_allows_only_kappa_one():
    assert np.linalg.cond(design_with_condition(10, 1.0, n_features=1)) == pytest.approx(1.0)
    with pytest.raises(ValueError, match="single column always has condition number 1"):
        design_with_condition(10, 100.0, n_features=1)


def test_same_seed_gives_same_matrix():
    np.testing.assert_array_equal(
        design_with_condition(30, 1e3, seed=5), design_with_condition(30, 1e3, seed=5)
    )


def test_other_seed_gives_other_matrix():
    assert not np.allclose(
        design_with_condition(30, 1e3, seed=5), design_with_condition(30, 1e3, seed=6)
    )


def test_design_ignores_and_preserves_global_numpy_rng():
    np.random.seed(0)
    a = design_with_condition(20, 50.0, seed=2)
    state = np.random.get_state()
    np.random.seed(123)
    b = design_with_condition(20, 50.0, seed=2)
    np.testing.assert_array_equal(a, b)
    np.random.set_state(state)
    design_with_condition(20, 50.0, seed=2)
    assert np.random.get_state()[2] == state[2] and np.array_equal(
        np.random.get_state()[1], state[1]
    )


@pytest.mark.parametrize("kappa", [0.5, 0.0, -3.0, np.inf, np.nan])
def test_kappa_below_one_or_non_finite_is_rejected(kappa):
    with pytest.raises(ValueError, match="kappa must be"):
        design_with_condition(10, kappa)


def test_fewer_rows_than_columns_is_rejected():
    with pytest.raises(
        ValueError, match="n_samples must be >= n_features.*n_samples=2, n_features=3"
    ):
        design_with_condition(2, 10.0)


def test_zero_features_is_rejected():
    with pytest.raises(ValueError, match="n_features must be >= 1; got 0"):
        design_with_condition(10, 10.0, n_features=0)


def test_negative_seed_is_rejected():
    with pytest.raises(ValueError, match="seed must be >= 0; got -1"):
        design_with_condition(10, 10.0, seed=-1)


def _mc_bounds(X, noise_sd, n_trials, n_sd=5.0):
    lam = noise_sd**2 / np.linalg.svd(X, compute_uv=False) ** 2
    mean, sd = lam.sum(), np.sqrt(2 * np.sum(lam**2) / n_trials)
    return np.sqrt(max(mean - n_sd * sd, 0.0)), np.sqrt(mean + n_sd * sd)


@SETTINGS
@given(log_kappa=st.floats(0.0, 6.0), noise_sd=st.floats(0.01, 10.0), seed=seeds)
def test_rmse_matches_theory_within_monte_carlo_error(log_kappa, noise_sd, seed):
    X = design_with_condition(60, 10.0**log_kappa, seed=seed)
    rmse = coefficient_rmse(
        X, np.array([1.0, -2.0, 0.5]), noise_sd=noise_sd, n_trials=400, seed=seed
    )
    lo, hi = _mc_bounds(X, noise_sd, 400)
    assert lo <= rmse <= hi


def test_theoretical_rmse_is_sigma_root_trace_of_inverse_gram():
    X = design_with_condition(50, 30.0, seed=4)
    expected = 2.5 * np.sqrt(np.trace(np.linalg.inv(X.T @ X)))
    assert theoretical_coefficient_rmse(X, noise_sd=2.5) == pytest.approx(expected, rel=1e-12)


def test_rmse_scales_in_proportion_to_noise_sd_for_fixed_seed():
    X = design_with_condition(50, 100.0, seed=4)
    beta = np.array([1.0, 2.0, 3.0])
    base = coefficient_rmse(X, beta, noise_sd=1.0, seed=8)
    for factor in (0.5, 3.0, 20.0):
        assert coefficient_rmse(X, beta, noise_sd=factor, seed=8) == pytest.approx(
            factor * base, rel=1e-10
        )


def test_rmse_with_zero_noise_is_zero_up_to_rounding():
    X = design_with_condition(50, 10.0, seed=4)
    assert coefficient_rmse(X, np.ones(3), noise_sd=0.0) < 1e-13


def test_rmse_reproducible_for_same_seed_and_different_for_other_seed():
    X = design_with_condition(50, 10.0, seed=4)
    a = coefficient_rmse(X, np.ones(3), seed=1)
    assert coefficient_rmse(X, np.ones(3), seed=1) == a
    assert coefficient_rmse(X, np.ones(3), seed=2) != a


def test_rmse_does_not_depend_on_true_coefficients():
    # least squares is equivariant: beta_hat - beta depends on the noise only
    X = design_with_condition(50, 10.0, seed=4)
    a = coefficient_rmse(X, np.zeros(3), seed=1)
    assert coefficient_rmse(X, np.array([5.0, -7.0, 1.0]), seed=1) == pytest.approx(a, rel=1e-10)


def test_rmse_rejects_beta_of_wrong_length():
    X = design_with_condition(20, 10.0)
    with pytest.raises(ValueError, match=r"beta_true must have shape \(3,\).*got shape \(2,\)"):
        coefficient_rmse(X, np.ones(2))


def test_rmse_rejects_zero_trials():
    with pytest.raises(ValueError, match="n_trials must be >= 1; got 0"):
        coefficient_rmse(design_with_condition(20, 10.0), np.ones(3), n_trials=0)


def test_rmse_rejects_negative_noise():
    with pytest.raises(ValueError, match="noise_sd must be finite and >= 0; got -1"):
        coefficient_rmse(design_with_condition(20, 10.0), np.ones(3), noise_sd=-1.0)


def test_condition_experiment_table():
    kappas = [1.0, 10.0, 1e3, 1e5]
    table = condition_experiment(kappas, n_samples=40, n_trials=200)
    assert isinstance(table, pd.DataFrame)
    assert list(table.columns) == ["kappa", "condition_number", "rmse", "theoretical_rmse"]
    np.testing.assert_allclose(table["condition_number"], kappas, rtol=1e-9)
    expected = [np.sqrt(np.sum(1 / (np.sqrt(40) * np.geomspace(1, 1 / k, 3)) ** 2)) for k in kappas]
    np.testing.assert_allclose(table["theoretical_rmse"], expected, rtol=1e-9)
    assert table["rmse"].is_monotonic_increasing


def test_condition_experiment_needs_kappas():
    with pytest.raises(ValueError, match="at least one"):
        condition_experiment([])
