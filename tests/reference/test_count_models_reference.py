"""The count_models answer key (reference/count_models.py) against statsmodels and numpy."""
from __future__ import annotations

import numpy as np
import pytest
import statsmodels.api as sm

from reference import irls_poisson
from reference.count_models import (
    classify_stationary_point,
    nb_weights,
    poisson_autograd_hessian,
    poisson_hessian,
)


@pytest.mark.parametrize("alpha", [0.01, 0.3, 2.0, 50.0])
def test_nb_weights_match_statsmodels_family_weights(alpha):
    mu = np.geomspace(1e-3, 1e6, 200)
    expected = sm.families.NegativeBinomial(alpha=alpha).weights(mu)
    np.testing.assert_allclose(nb_weights(mu, alpha), expected, rtol=1e-13)


def test_nb_weights_limits():
    mu = np.array([0.0, 1e-300, 1.0, 1e300, 1e308])
    np.testing.assert_array_equal(nb_weights(mu, 0.0), mu)                 # Poisson, exactly
    w = nb_weights(mu, 10.0)
    assert w[0] == 0.0 and np.all(np.isfinite(w))
    np.testing.assert_allclose(w[-2:], 0.1, rtol=1e-15)                     # alpha mu overflows: 1 / alpha
    np.testing.assert_allclose(w[1:3], mu[1:3] / (1 + 10.0 * mu[1:3]), rtol=1e-15)


def test_nb_weights_broadcast_per_gene_dispersion():
    rng = np.random.default_rng(0)
    mu = rng.gamma(2.0, 50.0, size=(4, 6))
    alpha = rng.uniform(0.01, 1.0, size=(4, 1))
    w = nb_weights(mu, alpha)
    assert w.shape == (4, 6) and w.dtype == np.float64
    np.testing.assert_allclose(w, mu / (1 + alpha * mu), rtol=1e-14)


@pytest.mark.parametrize("mu, alpha", [([-1.0], 1.0), ([1.0], -0.5), ([np.inf], 1.0), ([1.0, 2.0], [1.0, 2.0, 3.0])])
def test_nb_weights_rejects_bad_inputs(mu, alpha):
    with pytest.raises(ValueError):
        nb_weights(mu, alpha)


def test_poisson_hessians_match_statsmodels_at_the_mle():
    rng = np.random.default_rng(3)
    X = np.column_stack([np.ones(60), rng.normal(size=60), rng.integers(0, 2, 60)])
    y = rng.poisson(np.exp(X @ np.array([2.0, 0.3, -0.5])))
    beta, _ = irls_poisson(X, y)
    model = sm.GLM(y, X, family=sm.families.Poisson())
    np.testing.assert_allclose(beta, model.fit().params, rtol=1e-8)
    # statsmodels' hessian is that of the log-likelihood: the NLL's is its negative
    expected = -model.hessian(beta)
    np.testing.assert_allclose(poisson_hessian(X, beta), expected, rtol=1e-12)
    np.testing.assert_allclose(poisson_autograd_hessian(X, y, beta), expected, rtol=1e-12)


def test_autograd_hessian_needs_no_mle():
    """All-zero counts: no MLE, but the Hessian exists (and does not depend on y)."""
    rng = np.random.default_rng(1)
    X = rng.normal(size=(5, 2))
    beta = np.array([0.3, -0.2])
    np.testing.assert_allclose(poisson_autograd_hessian(X, np.zeros(5), beta), poisson_hessian(X, beta), rtol=1e-13)


@pytest.mark.parametrize("eigenvalues, rtol, kind", [
    ([1.0, 2.0, 3.0], 1e-8, "minimum"),
    ([-1.0, -2.0], 1e-8, "maximum"),
    ([-1.0, 1e-12, 2.0], 1e-8, "saddle"),
    ([1e-10, 1.0], 1e-8, "degenerate"),
    ([-1e-10, 1.0], 1e-8, "degenerate"),
    ([1e-5, 1.0], 1e-3, "degenerate"),
    ([1e-5, 1.0], 1e-8, "minimum"),
    ([0.0, 0.0], 1e-8, "degenerate"),
    ([-1e-16, 1e-16], 1e-8, "degenerate"),     # at rounding level: every eigenvalue counts as zero
    ([1e-9, 2e-9], 1e-8, "minimum"),           # relative, not absolute
])
def test_classify_stationary_point_against_numpy_eigenvalues(eigenvalues, rtol, kind):
    rng = np.random.default_rng(len(eigenvalues))
    q, _ = np.linalg.qr(rng.normal(size=(len(eigenvalues),) * 2))
    H = q @ np.diag(eigenvalues) @ q.T
    H = (H + H.T) / 2
    assert classify_stationary_point(H, rtol=rtol) == kind
