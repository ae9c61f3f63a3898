"""Condition-number experiments (exercise 2).

Build designs of prescribed 2-norm condition number and measure how the
least-squares coefficient error grows with it, by simulation and by theory.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

import numpy as np
from scipy.linalg import solve_triangular

from ._validation import (
    as_design,
    check_full_column_rank,
    check_int,
    check_positive_finite,
    check_seed,
)

if TYPE_CHECKING:
    import pandas as pd

__all__ = [
    "design_with_condition",
    "coefficient_rmse",
    "theoretical_coefficient_rmse",
    "condition_experiment",
]


def _check_kappa(kappa: Any) -> float:
    k = check_positive_finite(kappa, "kappa")
    if k < 1:
        raise ValueError(f"kappa must be >= 1 (a condition number); got {kappa!r}")
    return k


def design_with_condition(
    n_samples: int, kappa: float, n_features: int = 3, seed: int = 0
) -> np.ndarray:
    """Random design matrix with 2-norm condition number ``kappa``.

    Parameters
    ----------
    n_samples : int
        Number of rows, ``>= n_features``.
    kappa : float
        Target condition number ``s_max / s_min``, finite and ``>= 1``.
    n_features : int, default 3
        Number of columns, ``>= 1`` (``kappa`` must be 1 when it is 1).
    seed : int, default 0
        Seed for ``numpy.random.default_rng``; the global RNG is neither
        used nor changed.

    Returns
    -------
    ndarray of shape (n_samples, n_features), dtype float64

    Notes
    -----
    ``X = U diag(s) V^T`` with ``U`` (n_samples x n_features, orthonormal
    columns) and ``V`` (n_features x n_features, orthogonal) the Q factors of
    Gaussian matrices, and ``s = sqrt(n_samples) * geomspace(1, 1/kappa,
    n_features)``, so the singular values of ``X`` are exactly ``s`` in exact
    arithmetic. The random ``V`` mixes the columns, making the
    ill-conditioning genuine collinearity rather than mere column scaling.

    Scale: the largest singular value is held at ``sqrt(n_samples)``, the norm
    of a column of unit-variance entries, so ``kappa = 1`` is an orthogonal
    design of standardised covariates and raising ``kappa`` shrinks the
    smallest singular value; the least-squares RMSE then grows roughly in
    proportion to ``kappa``. (Holding the smallest singular value at 1
    instead would make the RMSE *fall* as ``kappa`` grows, the opposite of
    the lesson.)

    Accuracy: forming ``X`` and computing its SVD each perturb every singular
    value by about ``eps * s_max`` (backward stability), so the *computed*
    condition number agrees with ``kappa`` to a relative error of order
    ``eps * kappa`` (measured: a few ``eps * kappa``, e.g. ~1e-8 at
    ``kappa = 1e8``, ~1e-14 at ``kappa = 100``). No design with genuinely
    collinear columns can be represented more exactly in float64.
    With ``n_features == 1`` only ``kappa = 1`` is possible; anything else
    raises rather than silently returning a design of condition number 1.
    """
    n_features = check_int(n_features, "n_features", minimum=1)
    n_samples = check_int(n_samples, "n_samples", minimum=1)
    if n_samples < n_features:
        raise ValueError(
            f"n_samples must be >= n_features for full column rank; "
            f"got n_samples={n_samples}, n_features={n_features}"
        )
    kappa = _check_kappa(kappa)
    if n_features == 1 and kappa != 1:
        raise ValueError(
            f"a single column always has condition number 1; got kappa={kappa!r} with n_features=1"
        )
    seed = check_seed(seed)
    rng = np.random.default_rng(seed)
    U, _ = np.linalg.qr(rng.standard_normal((n_samples, n_features)))
    V, _ = np.linalg.qr(rng.standard_normal((n_features, n_features)))
    s = np.sqrt(n_samples) * np.geomspace(1.0, 1.0 / kappa, n_features)
    return (U * s) @ V.T


def _check_beta(X: np.ndarray, beta_true: Any) -> np.ndarray:
    beta = np.asarray(beta_true, dtype=np.float64)
    if beta.shape != (X.shape[1],):
        raise ValueError(
            f"beta_true must have shape ({X.shape[1]},) to match X's {X.shape[1]} columns; "
            f"got shape {beta.shape}"
        )
    if not np.all(np.isfinite(beta)):
        raise ValueError(f"beta_true must be finite; got {beta!r}")
    return beta


def coefficient_rmse(
    X: Any,
    beta_true: Any,
    noise_sd: float = 1.0,
    n_trials: int = 500,
    seed: int = 0,
) -> float:
    """Monte Carlo root-mean-square error of least-squares coefficients.

    Parameters
    ----------
    X : array_like of shape (n_samples, n_features)
        Full-column-rank design.
    beta_true : array_like of shape (n_features,)
        True coefficients.
    noise_sd : float, default 1.0
        Standard deviation of the Gaussian noise (units of ``y``), ``>= 0``.
    n_trials : int, default 500
        Number of simulated data sets, ``>= 1``.
    seed : int, default 0
        Seed for ``numpy.random.default_rng``.

    Returns
    -------
    float
        ``sqrt(mean_t ||beta_hat_t - beta_true||^2)`` in coefficient units.

    Notes
    -----
    All trials are solved at once: ``X = QR`` is factorised once and the
    ``(n_samples, n_trials)`` matrix of responses ``Y = X beta + noise_sd Z``
    is solved as ``R B = Q^T Y``. The noise is ``noise_sd`` times one fixed
    draw of standard normals ``Z``, so for a fixed seed the error scales
    (up to rounding) in proportion to ``noise_sd``.
    Theory: ``E||beta_hat - beta||^2 = noise_sd^2 trace((X^T X)^{-1})``
    (see :func:`theoretical_coefficient_rmse`).
    """
    X = as_design(X)
    check_full_column_rank(X)
    beta = _check_beta(X, beta_true)
    noise_sd = check_positive_finite(noise_sd, "noise_sd", allow_zero=True)
    n_trials = check_int(n_trials, "n_trials", minimum=1)
    rng = np.random.default_rng(check_seed(seed))
    Z = rng.standard_normal((X.shape[0], n_trials))
    Y = (X @ beta)[:, None] + noise_sd * Z
    Q, R = np.linalg.qr(X)
    B = solve_triangular(R, Q.T @ Y, lower=False)
    sq_err = np.sum((B - beta[:, None]) ** 2, axis=0)
    return float(np.sqrt(np.mean(sq_err)))


def theoretical_coefficient_rmse(X: Any, noise_sd: float = 1.0) -> float:
    """Exact RMSE of least-squares coefficients, ``noise_sd sqrt(trace((X^T X)^{-1}))``.

    Parameters
    ----------
    X : array_like of shape (n_samples, n_features)
        Full-column-rank design.
    noise_sd : float, default 1.0
        Noise standard deviation, ``>= 0``.

    Returns
    -------
    float

    Notes
    -----
    ``trace((X^T X)^{-1}) = sum_i 1 / s_i^2`` over the singular values of
    ``X``; evaluating it from the SVD avoids forming ``X^T X``, whose
    condition number is ``kappa^2``.
    """
    X = as_design(X)
    check_full_column_rank(X)
    noise_sd = check_positive_finite(noise_sd, "noise_sd", allow_zero=True)
    s = np.linalg.svd(X, compute_uv=False)
    return float(noise_sd * np.sqrt(np.sum(1.0 / s**2)))


def condition_experiment(
    kappas: Iterable[float],
    n_samples: int = 100,
    n_features: int = 3,
    noise_sd: float = 1.0,
    n_trials: int = 500,
    seed: int = 0,
    beta_true: Any = None,
) -> pd.DataFrame:
    """Coefficient RMSE as a function of the design's condition number.

    Parameters
    ----------
    kappas : iterable of float
        Target condition numbers, each ``>= 1``.
    n_samples, n_features, seed :
        Passed to :func:`design_with_condition` (same seed for every kappa,
        so only the singular values change between rows).
    noise_sd, n_trials :
        Passed to :func:`coefficient_rmse`.
    beta_true : array_like of shape (n_features,), optional
        Defaults to all ones.

    Returns
    -------
    pandas.DataFrame
        One row per kappa with columns ``kappa`` (target), ``condition_number``
        (computed by ``numpy.linalg.cond``), ``rmse`` (simulated) and
        ``theoretical_rmse``.
    """
    import pandas as pd  # deferred: keeps `import reference` light

    kappa_list = [_check_kappa(k) for k in kappas]
    if not kappa_list:
        raise ValueError("kappas must contain at least one condition number; got none")
    beta = np.ones(n_features) if beta_true is None else beta_true
    rows = []
    for kappa in kappa_list:
        X = design_with_condition(n_samples, kappa, n_features=n_features, seed=seed)
        rows.append(
            {
                "kappa": kappa,
                "condition_number": float(np.linalg.cond(X)),
                "rmse": coefficient_rmse(X, beta, noise_sd=noise_sd, n_trials=n_trials, seed=seed),
                "theoretical_rmse": theoretical_coefficient_rmse(X, noise_sd=noise_sd),
            }
        )
    return pd.DataFrame(rows, columns=["kappa", "condition_number", "rmse", "theoretical_rmse"])
