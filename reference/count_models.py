"""Answer key of the ``count_models`` assignment beyond what :mod:`reference.irls` and
:mod:`reference.hessian` already give.

- :func:`nb_weights`: the IRLS weights of a negative-binomial (NB2) GLM with a log link,
  ``w = mu / (1 + alpha mu)`` (DESeq2's), accurate for every finite ``mu >= 0`` and
  ``alpha >= 0``, including ``alpha mu`` beyond the largest float.
- :func:`poisson_hessian` and :func:`poisson_autograd_hessian`: the Hessian of the Poisson
  negative log-likelihood, in closed form and by torch autograd (thin wrappers of
  :mod:`reference.hessian`, which is tested against statsmodels).
- :func:`classify_stationary_point`: :func:`reference.hessian.classify_critical_point` with the
  statement's word for a flat direction, ``'degenerate'``.
"""
from __future__ import annotations

from typing import Any

import numpy as np

__all__ = ["nb_weights", "poisson_hessian", "poisson_autograd_hessian", "classify_stationary_point",
           "STATIONARY_KINDS"]

#: the four answers of :func:`classify_stationary_point`
STATIONARY_KINDS = ("minimum", "maximum", "saddle", "degenerate")


def nb_weights(mu: Any, alpha: Any) -> np.ndarray:
    """IRLS weights of a negative-binomial GLM with a log link.

    Parameters
    ----------
    mu : array_like
        Fitted means (counts per sample), finite and ``>= 0``; any shape.
    alpha : float or array_like
        Dispersion(s), finite and ``>= 0``, broadcastable with ``mu`` (a scalar, or one per gene
        as a column ``(n_genes, 1)`` against ``mu`` of shape ``(n_genes, n_samples)``).

    Returns
    -------
    ndarray of float64, shape ``np.broadcast_shapes(mu.shape, alpha.shape)``
        ``mu / (1 + alpha mu)``: ``mu`` itself where ``alpha = 0`` (Poisson), tending to
        ``1 / alpha`` as ``mu`` grows, 0 where ``mu = 0``.

    Raises
    ------
    ValueError
        If an input is negative or not finite, or the shapes do not broadcast.

    Notes
    -----
    Where ``alpha mu <= 1`` the literal quotient is exact to rounding. Beyond, it is computed as
    ``1 / (alpha + 1 / mu)``: ``alpha mu`` may overflow to ``inf`` (``mu`` near ``1e308``, say, from
    a diverging linear predictor), which would make the literal quotient 0 instead of
    ``~1 / alpha``. Both forms are within a few ulps of the exact value where they are used.
    """
    mu = np.asarray(mu, dtype=np.float64)
    alpha = np.asarray(alpha, dtype=np.float64)
    for name, value in (("mu", mu), ("alpha", alpha)):
        if not np.all(np.isfinite(value)):
            raise ValueError(f"{name} must be finite")
        if np.any(value < 0):
            raise ValueError(f"{name} must be >= 0")
    mu, alpha = np.broadcast_arrays(mu, alpha)  # raises ValueError when the shapes do not broadcast
    with np.errstate(over="ignore", divide="ignore"):
        product = alpha * mu
        literal = mu / (1.0 + product)
        # mu > 0 wherever product > 1, so 1 / mu is finite there
        saturated = 1.0 / (alpha + 1.0 / np.where(product > 1.0, mu, 1.0))
    return np.where(product > 1.0, saturated, literal)


def poisson_hessian(X: Any, beta: Any) -> np.ndarray:
    """``X^T diag(exp(X beta)) X``: the Hessian of the Poisson NLL ``sum(exp(eta) - y eta)``.

    Parameters
    ----------
    X : array_like, shape (n, p)
    beta : array_like, shape (p,)

    Returns
    -------
    ndarray, shape (p, p), float64
    """
    from .families import Poisson
    from .hessian import glm_fisher_information

    return glm_fisher_information(X, beta, Poisson())


def poisson_autograd_hessian(X: Any, y: Any, beta: Any) -> np.ndarray:
    """The Hessian of the Poisson NLL ``sum(exp(eta) - y eta)`` at ``beta`` by torch autograd, in float64.

    Parameters
    ----------
    X : array_like, shape (n, p)
    y : array_like, shape (n,), non-negative counts (all zero allowed: the Hessian does not need
        the maximum-likelihood estimate to exist, unlike :func:`reference.hessian.glm_nll_hessian`)
    beta : array_like, shape (p,)

    Returns
    -------
    ndarray, shape (p, p), float64

    Raises
    ------
    ValueError
        If the shapes disagree or a count is negative or not finite.
    """
    import torch

    from ._validation import as_design, as_response
    from .hessian import hessian_at

    X = as_design(X)
    yv = as_response(y, X.shape[0])
    if np.any(yv < 0):
        raise ValueError("y must be non-negative counts")
    b = np.asarray(beta, dtype=np.float64)
    if b.shape != (X.shape[1],):
        raise ValueError(f"beta must have shape ({X.shape[1]},) to match X; got shape {b.shape}")
    Xt, yt = torch.from_numpy(X), torch.from_numpy(yv)
    return hessian_at(lambda p: torch.sum(torch.exp(Xt @ p) - yt * (Xt @ p)), b)


def classify_stationary_point(H: Any, rtol: float = 1e-8) -> str:
    """'minimum', 'maximum', 'saddle' or 'degenerate' from a symmetric Hessian.

    Parameters
    ----------
    H : array_like, shape (p, p)
        Symmetric.
    rtol : float, default 1e-8
        An eigenvalue with ``|lambda| <= rtol * max|lambda|`` counts as zero; when
        ``max|lambda| <= 1e-14`` every eigenvalue does.

    Returns
    -------
    str
        'saddle' with eigenvalues of both signs (whatever the zero ones), else 'degenerate' with
        any zero eigenvalue, else 'minimum' (all positive) or 'maximum' (all negative).
    """
    from .hessian import classify_critical_point

    kind = classify_critical_point(H, rtol=rtol).kind
    return "degenerate" if kind == "flat direction" else kind
