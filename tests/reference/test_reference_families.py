"""Families and the weighted least-squares step, checked against independent formulas."""

from __future__ import annotations

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from scipy import stats

from reference import RankDeficientError
from reference.families import Binomial, Family, NegativeBinomial, Poisson
from reference.wls import weighted_least_squares

SETTINGS = settings(max_examples=40, deadline=None, derandomize=True)


def _scipy_deviance(family, y, mu):
    if isinstance(family, Binomial):
        return -2.0 * np.sum(stats.bernoulli.logpmf(y, mu))
    if isinstance(family, Poisson):
        return 2.0 * np.sum(stats.poisson.logpmf(y, y) - stats.poisson.logpmf(y, mu))
    r = 1.0 / family.alpha
    return 2.0 * np.sum(
        stats.nbinom.logpmf(y, r, r / (r + y)) - stats.nbinom.logpmf(y, r, r / (r + mu))
    )


@SETTINGS
@given(seed=st.integers(0, 2**32 - 1), alpha=st.floats(0.01, 5.0))
def test_deviances_equal_twice_scipy_loglik_gap(seed, alpha):
    rng = np.random.default_rng(seed)
    eta = rng.normal(0.5, 1.0, 50)
    for family in (Poisson(), NegativeBinomial(alpha)):
        y = rng.poisson(np.exp(eta) * rng.gamma(2.0, 0.5, 50)).astype(float)
        got = family.deviance(y, eta)
        assert got == pytest.approx(_scipy_deviance(family, y, np.exp(eta)), rel=1e-10, abs=1e-10)
    y01 = (rng.random(50) < 0.4).astype(float)
    got = Binomial().deviance(y01, eta)
    assert got == pytest.approx(
        _scipy_deviance(Binomial(), y01, Binomial().inverse_link(eta)), rel=1e-10
    )


def test_binomial_deviance_is_exact_where_probabilities_round_to_one():
    # p = expit(40) rounds to 1.0, yet -log(1 - p) = 40 + log1p(e^-40) exactly
    eta = np.array([40.0, -40.0, 800.0])
    y = np.array([0.0, 1.0, 0.0])
    dev = Binomial().deviance(y, eta)
    assert dev == pytest.approx(2 * (40 + 40 + 800 + 3 * np.log1p(np.exp(-40.0))), rel=1e-15)


def test_binomial_working_response_finite_where_naive_formula_is_not():
    eta = np.array([45.0, -45.0])
    y = np.array([1.0, 0.0])
    z = Binomial().working_response(y, eta)
    assert np.all(np.isfinite(z))
    # exact: z = eta + (y - p) / (p (1 - p)) = eta + 1 / p for y = 1, eta - 1/(1 - p) for y = 0
    np.testing.assert_allclose(z, [45.0 + 1.0, -45.0 - 1.0], rtol=1e-15)


@pytest.mark.parametrize("family", [Poisson(), NegativeBinomial(0.7), Binomial()])
def test_specialised_weights_and_working_response_match_generic_formulas(family):
    eta = np.linspace(-3, 3, 13)
    y = (np.arange(13) % 2).astype(float) if isinstance(family, Binomial) else np.arange(13.0)
    mu = family.inverse_link(eta)
    gp = family.link_derivative(mu)
    np.testing.assert_allclose(
        family.irls_weights(eta), 1 / (gp**2 * family.variance(mu)), rtol=1e-13
    )
    np.testing.assert_allclose(family.working_response(y, eta), eta + gp * (y - mu), rtol=1e-12)
    np.testing.assert_allclose(
        Family.irls_weights(family, eta), family.irls_weights(eta), rtol=1e-13
    )


@pytest.mark.parametrize("family", [Poisson(), NegativeBinomial(0.7), Binomial()])
def test_link_inverts(family):
    eta = np.linspace(-5, 5, 11)
    np.testing.assert_allclose(family.link(family.inverse_link(eta)), eta, atol=1e-12)


def test_negative_binomial_variance_is_mu_plus_alpha_mu_squared():
    mu = np.array([0.5, 2.0, 10.0])
    np.testing.assert_allclose(NegativeBinomial(0.25).variance(mu), mu + 0.25 * mu**2)


def test_count_families_start_from_y_plus_tenth_and_logistic_from_half():
    y = np.array([0.0, 1, 5])
    np.testing.assert_array_equal(Poisson().starting_mu(y), y + 0.1)
    np.testing.assert_array_equal(NegativeBinomial(1.0).starting_mu(y), y + 0.1)
    np.testing.assert_array_equal(Binomial().starting_eta(np.array([0.0, 1.0])), [0.0, 0.0])


@SETTINGS
@given(seed=st.integers(0, 2**32 - 1), n=st.integers(5, 60), p=st.integers(1, 5))
def test_weighted_least_squares_solves_weighted_normal_equations(seed, n, p):
    rng = np.random.default_rng(seed)
    X = rng.standard_normal((n, p))
    z = rng.standard_normal(n)
    w = rng.uniform(0.1, 10.0, n)
    beta = weighted_least_squares(X, z, w)
    expected = np.linalg.solve(X.T @ (w[:, None] * X), X.T @ (w * z))
    np.testing.assert_allclose(beta, expected, rtol=1e-9, atol=1e-12)


def test_weighted_least_squares_with_unit_weights_is_ordinary_least_squares():
    rng = np.random.default_rng(3)
    X, z = rng.standard_normal((30, 3)), rng.standard_normal(30)
    np.testing.assert_allclose(
        weighted_least_squares(X, z, np.ones(30)), np.linalg.lstsq(X, z, rcond=None)[0], rtol=1e-12
    )


def test_weighted_least_squares_raises_when_weights_kill_a_column():
    X = np.column_stack([np.ones(4), [0.0, 0, 1, 1]])
    with pytest.raises(RankDeficientError, match="condition number"):
        weighted_least_squares(X, np.ones(4), np.array([1.0, 1.0, 0.0, 0.0]))
