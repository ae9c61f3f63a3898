"""Seeded GLM data sets for the notebook's demonstrations and the tests."""

from __future__ import annotations

import numpy as np

from ._validation import check_int, check_positive_finite, check_seed
from .families import Binomial, Family, NegativeBinomial, Poisson

__all__ = ["simulate_glm_data", "seed_poisson_example"]


def simulate_glm_data(
    family: Family,
    n_samples: int,
    n_features: int,
    seed: int = 0,
    coef_scale: float = 0.5,
    count_intercept: float = 1.0,
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Draw a well-posed GLM problem.

    Parameters
    ----------
    family : Family
        Response distribution (:class:`Binomial`, :class:`Poisson` or
        :class:`NegativeBinomial`, whose ``alpha`` is used).
    n_samples : int
        Number of observations, ``>= 1``.
    n_features : int
        Columns of ``X`` including the intercept, ``>= 1``.
    seed : int, default 0
        Seed for ``numpy.random.default_rng``.
    coef_scale : float, default 0.5
        Coefficients are uniform on ``[-coef_scale, coef_scale]``.
    count_intercept : float, default 1.0
        Added to the intercept of count models (mean count about ``e``).

    Returns
    -------
    X : ndarray of shape (n_samples, n_features)
        Ones, then standard normal columns.
    y : ndarray of shape (n_samples,), float64
    beta : ndarray of shape (n_features,)
        The true coefficients.
    """
    n_samples = check_int(n_samples, "n_samples", minimum=1)
    n_features = check_int(n_features, "n_features", minimum=1)
    coef_scale = check_positive_finite(coef_scale, "coef_scale", allow_zero=True)
    rng = np.random.default_rng(check_seed(seed))
    X = np.column_stack([np.ones(n_samples), rng.standard_normal((n_samples, n_features - 1))])
    beta = rng.uniform(-coef_scale, coef_scale, n_features)
    if isinstance(family, Binomial):
        y = (rng.random(n_samples) < family.inverse_link(X @ beta)).astype(np.float64)
        return X, y, beta
    beta[0] += count_intercept
    mu = np.exp(X @ beta)
    if isinstance(family, NegativeBinomial):
        size = 1.0 / family.alpha  # numpy's NB(n, p) has mean n (1 - p) / p = mu
        y = rng.negative_binomial(size, size / (size + mu)).astype(np.float64)
    elif isinstance(family, Poisson):
        y = rng.poisson(mu).astype(np.float64)
    else:
        raise TypeError(f"family must be Binomial, Poisson or NegativeBinomial; got {family!r}")
    return X, y, beta


def seed_poisson_example() -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """The seed notebook's Poisson example, without touching the global RNG.

    Returns
    -------
    X : ndarray of shape (50, 2)
        Intercept and a treatment indicator (25 controls, then 25 treated).
    y : ndarray of shape (50,), float64
        Counts drawn as the notebook does after ``np.random.seed(42)``
        (``RandomState(42)`` yields the identical stream).
    beta_true : ndarray of shape (2,)
        ``(5, 1)``: log baseline mean and log fold change.
    """
    n = 50
    X = np.column_stack([np.ones(n), np.array([0] * 25 + [1] * 25)]).astype(np.float64)
    beta_true = np.array([5.0, 1.0])
    y = np.random.RandomState(42).poisson(np.exp(X @ beta_true)).astype(np.float64)
    return X, y, beta_true
