"""Second-order checks at an optimum: autograd Hessians and Fisher information.

At a minimum the Hessian is positive definite; IRLS uses ``X^T W X``, the
Fisher information, in place of the Hessian of the negative log-likelihood
(NLL). For canonical links (Poisson/log, Bernoulli/logit) the two are equal
at every ``beta``; this module computes both so the notebook can show it.
All torch computations run in float64.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, NamedTuple

import numpy as np
import torch
from torch.autograd.functional import hessian

from ._validation import as_design, as_response
from .families import Binomial, Family, NegativeBinomial, Poisson
from .irls import fit_glm

__all__ = [
    "CriticalPoint",
    "FisherCheck",
    "hessian_at",
    "classify_critical_point",
    "glm_fisher_information",
    "glm_nll_hessian",
    "check_fisher_information",
]


class CriticalPoint(NamedTuple):
    """Classification of a critical point from its Hessian."""

    kind: str  #: 'minimum', 'maximum', 'saddle' or 'flat direction'
    eigenvalues: np.ndarray  #: ascending, shape (n_params,)


class FisherCheck(NamedTuple):
    """Fisher information versus the autograd Hessian of the NLL."""

    fisher: np.ndarray  #: X^T W X, shape (p, p)
    hessian: np.ndarray  #: autograd Hessian of the NLL, shape (p, p)
    max_relative_difference: float  #: max |F - H| / max |H|
    matches: bool  #: max_relative_difference <= rtol


def _as_param_tensor(params: Any) -> torch.Tensor:
    if isinstance(params, torch.Tensor):
        t = params.detach().to(torch.float64).clone()
    else:
        t = torch.as_tensor(np.asarray(params, dtype=np.float64))
    if t.ndim != 1 or t.numel() < 1:
        raise ValueError(f"params must be a non-empty 1-D vector; got shape {tuple(t.shape)}")
    if not bool(torch.isfinite(t).all()):
        raise ValueError(f"params must be finite; got {t.tolist()!r}")
    return t


def hessian_at(loss_fn: Callable[[torch.Tensor], torch.Tensor], params: Any) -> np.ndarray:
    """Hessian of a scalar loss at ``params`` by automatic differentiation.

    Parameters
    ----------
    loss_fn : callable
        Maps a float64 tensor of shape (n_params,) to a scalar tensor. Any
        data it closes over must be float64 too (torch does not mix dtypes
        in matrix products).
    params : tensor or array_like of shape (n_params,)
        Point of evaluation; converted to float64 and detached.

    Returns
    -------
    ndarray of shape (n_params, n_params), dtype float64
    """
    if not callable(loss_fn):
        raise TypeError(f"loss_fn must be callable; got {loss_fn!r}")
    p = _as_param_tensor(params)
    value = loss_fn(p)
    if not isinstance(value, torch.Tensor) or value.numel() != 1:
        raise ValueError(
            "loss_fn must return a scalar tensor; got "
            f"{type(value).__name__} of shape {tuple(getattr(value, 'shape', ()))}"
        )
    H = hessian(loss_fn, p)
    n = p.numel()
    # a loss of shape (1,) rather than () gives a Hessian of shape (1, n, n)
    out = H.detach().to(torch.float64).reshape(n, n).numpy().copy()
    if not np.all(np.isfinite(out)):
        raise ValueError("the Hessian is not finite at params")
    return out


def classify_critical_point(H: Any, rtol: float = 1e-8, atol: float = 1e-14) -> CriticalPoint:
    """Classify a critical point by the signs of the Hessian's eigenvalues.

    Parameters
    ----------
    H : array_like of shape (n_params, n_params)
        Symmetric Hessian (asymmetry beyond rounding is an error).
    rtol : float, default 1e-8
        Eigenvalues with ``|lambda| <= rtol * max|lambda|`` count as zero.
        Relative, so the verdict does not depend on the loss's units.
    atol : float, default 1e-14
        Absolute floor for the all-zero case: if ``max|lambda| <= atol`` every
        eigenvalue counts as zero (rounding noise of an exactly flat loss
        must not decide the verdict). It is the only absolute threshold, so
        Hessians of any scale above it are classified alike.

    Returns
    -------
    CriticalPoint
        ``kind`` is 'saddle' if there are eigenvalues of both signs (there is
        a descent direction whatever the zero ones do), else 'flat direction'
        if any is zero, else 'minimum' (all positive) or 'maximum' (all
        negative).

    Notes
    -----
    A positive-definite Hessian whose condition number exceeds ``1 / rtol``
    is reported as 'flat direction': numerically, it is one.
    """
    A = as_design(H, name="H", shape_desc="(n_params, n_params)")
    if A.shape[0] != A.shape[1]:
        raise ValueError(f"H must be square; got shape {A.shape}")
    for name, v in (("rtol", rtol), ("atol", atol)):
        if not (np.isfinite(v) and v >= 0):
            raise ValueError(f"{name} must be finite and >= 0; got {v!r}")
    scale = float(np.max(np.abs(A)))
    asym = float(np.max(np.abs(A - A.T)))
    if asym > max(1e-10 * scale, atol):
        raise ValueError(f"H must be symmetric; max |H - H^T| = {asym:.3e} (max |H| = {scale:.3e})")
    eig = np.linalg.eigvalsh((A + A.T) / 2)
    largest = float(np.max(np.abs(eig)))
    threshold = rtol * largest if largest > atol else np.inf
    pos, neg = eig > threshold, eig < -threshold
    if pos.any() and neg.any():
        kind = "saddle"
    elif pos.all():
        kind = "minimum"
    elif neg.all():
        kind = "maximum"
    else:
        kind = "flat direction"
    return CriticalPoint(kind, eig)


def _check_glm_inputs(X: Any, beta: Any, family: Any) -> tuple[np.ndarray, np.ndarray]:
    if not isinstance(family, Family):
        raise TypeError(f"family must be a reference.families.Family; got {family!r}")
    X = as_design(X)
    b = np.asarray(beta, dtype=np.float64)
    if b.shape != (X.shape[1],):
        raise ValueError(f"beta must have shape ({X.shape[1]},) to match X; got shape {b.shape}")
    if not np.all(np.isfinite(b)):
        raise ValueError(f"beta must be finite; got {b!r}")
    return X, b


def glm_fisher_information(X: Any, beta: Any, family: Family) -> np.ndarray:
    """Fisher information ``X^T W X`` of a GLM at ``beta``.

    Parameters
    ----------
    X : array_like of shape (n_samples, n_features)
    beta : array_like of shape (n_features,)
    family : Family

    Returns
    -------
    ndarray of shape (n_features, n_features)
        ``sum_i w_i x_i x_i^T`` with the IRLS weights ``w`` at ``X beta``
        (inverse-variance weights on the link scale).
    """
    X, b = _check_glm_inputs(X, beta, family)
    w = family.irls_weights(X @ b)
    return X.T @ (w[:, None] * X)


def _torch_nll(family: Family, y: torch.Tensor, eta: torch.Tensor) -> torch.Tensor:
    """Negative log-likelihood (constants included) as a torch scalar."""
    if isinstance(family, Poisson):
        return torch.sum(torch.exp(eta) - y * eta + torch.lgamma(y + 1))
    if isinstance(family, Binomial):
        return torch.sum(torch.nn.functional.softplus(eta) - y * eta)
    if isinstance(family, NegativeBinomial):
        r = 1.0 / family.alpha  # NB2 "size"
        log_r = float(np.log(r))
        log_r_plus_mu = torch.logaddexp(torch.full_like(eta, log_r), eta)
        loglik = (
            torch.lgamma(y + r)
            - torch.lgamma(torch.tensor(r, dtype=torch.float64))
            - torch.lgamma(y + 1)
            + r * (log_r - log_r_plus_mu)
            + y * (eta - log_r_plus_mu)
        )
        return -torch.sum(loglik)
    raise TypeError(f"no torch log-likelihood for family {family!r}")


def glm_nll_hessian(X: Any, y: Any, beta: Any, family: Family) -> np.ndarray:
    """Autograd Hessian of the GLM negative log-likelihood at ``beta``.

    Parameters
    ----------
    X : array_like of shape (n_samples, n_features)
    y : array_like of shape (n_samples,)
    beta : array_like of shape (n_features,)
    family : Family

    Returns
    -------
    ndarray of shape (n_features, n_features), float64
    """
    X, b = _check_glm_inputs(X, beta, family)
    yv = as_response(y, X.shape[0])
    family.validate_response(yv)
    Xt, yt = torch.from_numpy(X), torch.from_numpy(yv)
    return hessian_at(lambda p: _torch_nll(family, yt, Xt @ p), b)


def check_fisher_information(
    X: Any, y: Any, family: Family, beta: Any = None, rtol: float = 1e-8
) -> FisherCheck:
    """Compare ``X^T W X`` with the autograd Hessian of the NLL.

    Parameters
    ----------
    X, y : array_like
        Design (n_samples, n_features) and response (n_samples,).
    family : Family
    beta : array_like of shape (n_features,), optional
        Point of comparison; default the IRLS solution ``fit_glm(X, y, family).beta``.
    rtol : float, default 1e-8
        Tolerance on ``max |F - H| / max |H|`` for ``matches``.

    Returns
    -------
    FisherCheck

    Notes
    -----
    For canonical links the NLL Hessian is ``X^T diag(Var(y_i)/phi) X``
    exactly, so the two agree at every ``beta`` up to rounding. For the
    negative binomial with log link (not canonical) they differ by a term
    proportional to the residuals ``y - mu``; they agree only in expectation.
    """
    if beta is None:
        beta = fit_glm(X, y, family).beta
    F = glm_fisher_information(X, beta, family)
    H = glm_nll_hessian(X, y, beta, family)
    diff = float(np.max(np.abs(F - H)) / np.max(np.abs(H)))
    return FisherCheck(F, H, diff, diff <= rtol)
