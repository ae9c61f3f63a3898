"""Hessian checks: autograd Hessians, critical-point classification, Fisher information."""

from __future__ import annotations

import numpy as np
import pytest
import torch

from reference import (
    Binomial,
    NegativeBinomial,
    Poisson,
    check_fisher_information,
    classify_critical_point,
    fit_glm,
    glm_fisher_information,
    glm_nll_hessian,
    hessian_at,
)
from reference.simulate import simulate_glm_data


def test_quadratic_loss_hessian_is_two_xtx_over_n():
    rng = np.random.default_rng(42)
    X = torch.from_numpy(rng.standard_normal((100, 3)))
    y = X @ torch.tensor([1.0, -0.5, 2.0], dtype=torch.float64)
    H = hessian_at(lambda p: torch.mean((X @ p - y) ** 2), np.zeros(3))
    expected = 2 * (X.T @ X).numpy() / 100
    np.testing.assert_allclose(H, expected, rtol=1e-12)
    kind, eig = classify_critical_point(H)
    assert kind == "minimum"
    np.testing.assert_allclose(eig, np.linalg.eigvalsh(expected), rtol=1e-12)


def test_hessian_accepts_float32_tensor_params_and_returns_float64():
    H = hessian_at(lambda p: (p**2).sum(), torch.ones(2, dtype=torch.float32))
    assert H.dtype == np.float64
    np.testing.assert_array_equal(H, 2 * np.eye(2))


def test_x_squared_minus_y_squared_is_a_saddle():
    H = hessian_at(lambda p: p[0] ** 2 - p[1] ** 2, [0.0, 0.0])
    kind, eig = classify_critical_point(H)
    assert kind == "saddle"
    np.testing.assert_array_equal(eig, [-2.0, 2.0])


def test_negative_quadratic_is_a_maximum():
    H = hessian_at(lambda p: -(p[0] ** 2) - 3 * p[1] ** 2 - p[0] * p[1], [0.0, 0.0])
    assert classify_critical_point(H).kind == "maximum"


def test_valley_with_flat_direction():
    # (x - y)^2 is constant along x = y
    H = hessian_at(lambda p: (p[0] - p[1]) ** 2, [1.0, 1.0])
    kind, eig = classify_critical_point(H)
    assert kind == "flat direction"
    assert eig[0] == pytest.approx(0.0, abs=1e-15)


def test_zero_hessian_is_flat():
    assert classify_critical_point(np.zeros((3, 3))).kind == "flat direction"


def test_classification_is_scale_invariant():
    H = np.diag([1.0, 1e-6])
    for scale in (1e-12, 1.0, 1e12):
        assert classify_critical_point(scale * H).kind == "minimum"
    assert classify_critical_point(np.diag([1.0, 1e-10])).kind == "flat direction"


def test_saddle_wins_over_flat_direction():
    assert classify_critical_point(np.diag([1.0, 0.0, -1.0])).kind == "saddle"


def test_classify_rejects_non_square():
    with pytest.raises(ValueError, match=r"H must be square; got shape \(2, 3\)"):
        classify_critical_point(np.zeros((2, 3)))


def test_classify_rejects_asymmetric():
    with pytest.raises(ValueError, match="H must be symmetric"):
        classify_critical_point(np.array([[1.0, 2.0], [0.0, 1.0]]))


def test_hessian_rejects_vector_valued_loss():
    with pytest.raises(ValueError, match="scalar"):
        hessian_at(lambda p: p**2, [1.0, 2.0])


@pytest.mark.parametrize("family", [Poisson(), Binomial()], ids=["poisson", "logistic"])
def test_fisher_information_equals_nll_hessian_at_irls_solution(family):
    X, y, _ = simulate_glm_data(family, 150, 4, seed=21)
    check = check_fisher_information(X, y, family)
    assert check.matches, check.max_relative_difference
    assert check.max_relative_difference < 1e-12


def test_fisher_information_is_positive_definite_at_the_solution():
    X, y, _ = simulate_glm_data(Poisson(), 150, 4, seed=21)
    beta = fit_glm(X, y, Poisson()).beta
    assert classify_critical_point(glm_fisher_information(X, beta, Poisson())).kind == "minimum"


def test_fisher_information_equals_weighted_gram():
    X, y, _ = simulate_glm_data(Poisson(), 50, 3, seed=2)
    beta = np.array([0.5, 0.1, -0.2])
    mu = np.exp(X @ beta)
    np.testing.assert_allclose(
        glm_fisher_information(X, beta, Poisson()), (X.T * mu) @ X, rtol=1e-13
    )


def test_negative_binomial_observed_and_expected_information_differ():
    # log is not NB's canonical link: the Hessian has an extra residual term
    X, y, _ = simulate_glm_data(NegativeBinomial(0.5), 150, 3, seed=21)
    check = check_fisher_information(X, y, NegativeBinomial(0.5))
    assert not check.matches
    assert 1e-6 < check.max_relative_difference < 0.5


def test_nll_gradient_vanishes_at_irls_solution():
    X, y, _ = simulate_glm_data(Binomial(), 150, 3, seed=8)
    beta = fit_glm(X, y, Binomial()).beta
    b = torch.tensor(beta, requires_grad=True)
    eta = torch.from_numpy(X) @ b
    nll = torch.sum(torch.nn.functional.softplus(eta) - torch.from_numpy(y) * eta)
    (grad,) = torch.autograd.grad(nll, b)
    assert grad.abs().max().item() < 1e-8
    H = glm_nll_hessian(X, y, beta, Binomial())
    assert classify_critical_point(H).kind == "minimum"
