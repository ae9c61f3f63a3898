"""IRLS loop behaviour: history layout, stopping rules, starts, the seed example."""

from __future__ import annotations

import warnings

import numpy as np
import pytest
from scipy import stats

from reference import (
    ConvergenceWarning,
    IRLSDivergenceError,
    IRLSResult,
    fit_glm,
    irls_logistic,
    irls_negative_binomial,
    irls_poisson,
)
from reference.families import Binomial, NegativeBinomial, Poisson
from reference.simulate import seed_poisson_example, simulate_glm_data

WRAPPERS = {
    "logistic": (lambda X, y, **kw: irls_logistic(X, y, **kw), Binomial()),
    "poisson": (lambda X, y, **kw: irls_poisson(X, y, **kw), Poisson()),
    "nb": (lambda X, y, **kw: irls_negative_binomial(X, y, 0.5, **kw), NegativeBinomial(0.5)),
}


def _independent_deviance(family, y, eta):
    """Deviance from scipy log-pmfs: 2 (saturated - fitted) log-likelihood."""
    mu = family.inverse_link(eta)
    if isinstance(family, Binomial):
        return -2.0 * np.sum(stats.bernoulli.logpmf(y, mu))
    if isinstance(family, Poisson):
        return 2.0 * np.sum(stats.poisson.logpmf(y, y) - stats.poisson.logpmf(y, mu))
    size = 1.0 / family.alpha
    sat = stats.nbinom.logpmf(y, size, size / (size + y))
    return 2.0 * np.sum(sat - stats.nbinom.logpmf(y, size, size / (size + mu)))


@pytest.fixture(params=sorted(WRAPPERS))
def fitted(request):
    fit, family = WRAPPERS[request.param]
    X, y, _ = simulate_glm_data(family, 120, 3, seed=7)
    beta, history = fit(X, y)
    return family, X, y, beta, history


def test_history_has_one_more_beta_than_deviance(fitted):
    _, _, _, _, history = fitted
    assert set(history) == {"beta", "deviance"}
    assert len(history["deviance"]) == len(history["beta"]) - 1 >= 1


def test_returned_beta_is_last_history_entry(fitted):
    _, X, _, beta, history = fitted
    assert beta.shape == (X.shape[1],)
    np.testing.assert_array_equal(beta, history["beta"][-1])


def test_each_deviance_is_at_that_iterations_new_coefficients(fitted):
    family, X, y, _, history = fitted
    for k, dev in enumerate(history["deviance"]):
        expected = _independent_deviance(family, y, X @ history["beta"][k + 1])
        assert dev == pytest.approx(expected, rel=1e-10, abs=1e-10), f"iteration {k + 1}"


def test_deviance_never_increases_for_canonical_links():
    for family in (Binomial(), Poisson()):
        X, y, _ = simulate_glm_data(family, 150, 4, seed=11)
        devs = np.array(fit_glm(X, y, family).history["deviance"])
        assert np.all(np.diff(devs) <= 1e-9 * devs[:-1])


def test_logistic_history_starts_at_exact_zeros():
    X, y, _ = simulate_glm_data(Binomial(), 80, 3, seed=3)
    _, history = irls_logistic(X, y)
    assert np.array_equal(history["beta"][0], np.zeros(3))


@pytest.mark.parametrize("family", [Poisson(), NegativeBinomial(0.3)], ids=["poisson", "nb"])
def test_count_start_is_least_squares_fit_of_log_y_plus_tenth(family):
    X, y, _ = simulate_glm_data(family, 90, 3, seed=5)
    history = fit_glm(X, y, family).history
    expected = np.linalg.lstsq(X, np.log(y + 0.1), rcond=None)[0]
    np.testing.assert_allclose(history["beta"][0], expected, rtol=1e-12, atol=1e-14)


@pytest.mark.parametrize("family", [Poisson(), NegativeBinomial(0.3)], ids=["poisson", "nb"])
def test_count_first_step_uses_mu_y_plus_tenth_directly(family):
    X, y, _ = simulate_glm_data(family, 90, 3, seed=5)
    first = fit_glm(X, y, family, max_iter=1, tol=1e3).history["beta"][1]
    mu0 = y + 0.1
    w = mu0**2 / family.variance(mu0)  # 1 / (g'(mu)^2 V(mu)) with g'(mu) = 1/mu
    z = np.log(mu0) + (y - mu0) / mu0
    expected = np.linalg.solve(X.T @ (w[:, None] * X), X.T @ (w * z))
    np.testing.assert_allclose(first, expected, rtol=1e-10)


@pytest.mark.parametrize("max_iter", [1, 2, 3])
def test_max_iter_bounds_iterations_and_warns(max_iter):
    X, y, _ = simulate_glm_data(Binomial(), 100, 3, seed=2)
    with pytest.warns(ConvergenceWarning, match=f"did not converge in {max_iter} iterations"):
        result = fit_glm(X, y, Binomial(), max_iter=max_iter)
    assert result.n_iter == max_iter
    assert not result.converged
    assert len(result.history["beta"]) == max_iter + 1


def test_stops_at_first_iteration_with_change_below_tol():
    X, y, _ = simulate_glm_data(Binomial(), 100, 3, seed=4)
    for tol in (1e-2, 1e-5, 1e-8, 1e-12):
        result = fit_glm(X, y, Binomial(), max_iter=100, tol=tol)
        changes = np.max(np.abs(np.diff(np.array(result.history["beta"]), axis=0)), axis=1)
        assert result.converged
        assert changes[-1] < tol
        assert np.all(changes[:-1] >= tol)


def test_converged_fit_emits_no_warning():
    X, y, _ = simulate_glm_data(Poisson(), 100, 3, seed=4)
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        fit_glm(X, y, Poisson())


def test_result_is_frozen_with_consistent_fields():
    X, y, _ = simulate_glm_data(Poisson(), 60, 2, seed=1)
    result = fit_glm(X, y, Poisson())
    assert isinstance(result, IRLSResult)
    assert result.n_iter == len(result.history["deviance"])
    assert result.deviance == result.history["deviance"][-1]
    with pytest.raises(AttributeError):
        result.converged = False  # type: ignore[misc]


def test_seed_poisson_example_recovers_true_coefficients():
    X, y, beta_true = seed_poisson_example()
    beta, history = irls_poisson(X, y)
    np.testing.assert_allclose(beta, beta_true, atol=0.05)
    assert len(history["deviance"]) < 25  # converged well before max_iter


def test_seed_poisson_example_matches_group_log_means():
    # with a saturated two-group design the MLE is log of each group's mean
    X, y, _ = seed_poisson_example()
    beta, _ = irls_poisson(X, y)
    log_means = np.log([y[:25].mean(), y[25:].mean()])
    np.testing.assert_allclose([beta[0], beta[0] + beta[1]], log_means, rtol=1e-12)


def test_seed_poisson_example_data_match_global_rng_draws():
    X, y, beta_true = seed_poisson_example()
    state = np.random.get_state()
    try:
        np.random.seed(42)
        expected = np.random.poisson(np.exp(X @ beta_true))
    finally:
        np.random.set_state(state)
    np.testing.assert_array_equal(y, expected)


def test_seed_zero_start_normal_equations_break_down():
    """The seed notebook's loop (beta = 0 start, X^T W X solve) fails on its own data:
    the first step overshoots to eta ~ 400, the weights then span 1e62..1e177 and
    X^T W X is numerically singular."""
    X, y, _ = seed_poisson_example()
    beta = np.zeros(2)
    with pytest.raises(np.linalg.LinAlgError):
        for _ in range(25):
            eta = X @ beta
            mu = np.exp(eta)
            z = eta + (y - mu) / mu
            XtWX = X.T @ (mu[:, None] * X)
            beta = np.linalg.solve(XtWX, X.T @ (mu * z))


def test_zero_start_poisson_diverges_with_named_error():
    X, y, _ = seed_poisson_example()
    with pytest.raises(IRLSDivergenceError, match="iteration 2"):
        fit_glm(X, y, Poisson(), start=np.zeros(2))


def test_explicit_start_is_recorded_and_used():
    X, y, _ = simulate_glm_data(Poisson(), 80, 2, seed=9)
    start = np.array([1.0, 0.0])
    result = fit_glm(X, y, Poisson(), start=start)
    np.testing.assert_array_equal(result.history["beta"][0], start)
    default = fit_glm(X, y, Poisson())
    np.testing.assert_allclose(result.beta, default.beta, rtol=1e-10, atol=1e-12)


def test_overflowing_linear_predictor_raises_divergence_error():
    X, y, _ = simulate_glm_data(Poisson(), 40, 2, seed=9)
    with pytest.raises(IRLSDivergenceError, match="not finite"):
        fit_glm(X, y, Poisson(), start=np.array([800.0, 0.0]))
