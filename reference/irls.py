"""Iteratively reweighted least squares (IRLS) for GLMs.

The loop (:func:`fit_glm`) is family-agnostic: each iteration asks the
family for IRLS weights and the working response at the current linear
predictor and solves one weighted least-squares problem
(:func:`reference.wls.weighted_least_squares`). The three public wrappers
keep the exercise's fixed signature ``(X, y, ...) -> (beta, history)``.

History layout (fixed by the exercise contract)
-----------------------------------------------
``history['beta']`` is a list of 1-D arrays of shape ``(n_features,)``: the
starting coefficients, then the coefficients after each iteration.
``history['deviance']`` holds one float per iteration, the deviance at the
*new* coefficients of that iteration, so
``len(history['deviance']) == len(history['beta']) - 1``.
"""

from __future__ import annotations

import warnings
from dataclasses import dataclass, field
from typing import Any

import numpy as np
from scipy.special import expit

from ._validation import (
    as_design,
    as_response,
    check_full_column_rank,
    check_int,
    check_positive_finite,
)
from .errors import (
    ConvergenceWarning,
    IRLSDivergenceError,
    PerfectSeparationWarning,
    RankDeficientError,
)
from .families import Binomial, Family, NegativeBinomial, Poisson
from .wls import weighted_least_squares

__all__ = [
    "IRLSResult",
    "fit_glm",
    "irls_logistic",
    "irls_poisson",
    "irls_negative_binomial",
    "SEPARATION_ATOL",
]

#: A fitted probability within this distance of its 0/1 response counts as
#: "perfectly predicted" in the quasi-separation heuristic (statsmodels uses
#: the same threshold).
SEPARATION_ATOL = 1e-8


@dataclass(frozen=True, eq=False)
class IRLSResult:
    """Outcome of :func:`fit_glm`.

    Attributes
    ----------
    beta : ndarray of shape (n_features,)
        Final coefficients (the last entry of ``history['beta']``).
    converged : bool
        True if the last iteration changed no coefficient by ``tol`` or more.
    n_iter : int
        Number of weighted least-squares updates performed.
    history : dict
        ``{'beta': list of n_iter + 1 arrays, 'deviance': list of n_iter floats}``.
    """

    beta: np.ndarray
    converged: bool
    n_iter: int
    history: dict[str, list[Any]] = field(repr=False)

    @property
    def deviance(self) -> float:
        """Deviance at :attr:`beta`."""
        return float(self.history["deviance"][-1])


def _starting_point(
    X: np.ndarray, y: np.ndarray, family: Family, start: Any
) -> tuple[np.ndarray, np.ndarray]:
    """Return ``(beta0, eta0)``: recorded start and the predictor of step 1.

    With ``start=None`` the family's data-based start is used. For count
    families ``eta0 = log(y + 0.1)`` is generally not in the column space of
    ``X``; ``beta0`` is then its least-squares projection, recorded so that
    ``history['beta'][0]`` is a genuine coefficient vector, while the first
    IRLS step uses ``eta0`` itself (as R's ``glm.fit`` does with ``mustart``).
    """
    n, p = X.shape
    if start is None:
        eta0 = family.starting_eta(y)
        if not eta0.any():
            return np.zeros(p), eta0  # beta = 0 start (logistic): keep exact zeros
        beta0 = np.linalg.lstsq(X, eta0, rcond=None)[0]
        return beta0, eta0
    beta0 = np.asarray(start, dtype=np.float64)
    if beta0.shape != (p,):
        raise ValueError(f"start must have shape ({p},) to match X; got shape {beta0.shape}")
    if not np.all(np.isfinite(beta0)):
        raise ValueError(f"start must be finite; got {beta0!r}")
    return beta0.copy(), X @ beta0


def _check_finite_step(k: int, eta: np.ndarray, w: np.ndarray, z: np.ndarray) -> None:
    """Raise :class:`IRLSDivergenceError` if the step-``k`` inputs overflowed."""
    if not (np.all(np.isfinite(w)) and np.all(np.isfinite(z))):
        raise IRLSDivergenceError(
            f"IRLS diverged at iteration {k}: weights or working response are not finite "
            f"(linear predictor range [{eta.min():.4g}, {eta.max():.4g}]); "
            "try a start closer to the data"
        )


def _wls_step(k: int, X: np.ndarray, z: np.ndarray, w: np.ndarray) -> np.ndarray:
    """One WLS update; a singular *weighted* design means the iteration diverged.

    ``X`` itself was checked to have full rank, so ``sqrt(w) X`` can only lose
    rank through weights spanning too many orders of magnitude (a start far
    from the solution) or underflowing (fitted means at the boundary).
    """
    try:
        return weighted_least_squares(X, z, w)
    except RankDeficientError as exc:
        raise IRLSDivergenceError(
            f"IRLS diverged at iteration {k}: {exc}. The start may be too far from the "
            "solution, or fitted means reached the boundary of their range"
        ) from exc


def _completely_separated(y: np.ndarray, eta: np.ndarray) -> bool:
    """True if ``eta`` classifies every 0/1 response strictly correctly.

    Then ``beta`` itself is a separating direction: scaling it up raises the
    likelihood without bound, so the MLE provably does not exist.
    """
    return bool(np.all(np.where(y == 1, eta, -eta) > 0))


def _perfectly_predicted(y: np.ndarray, eta: np.ndarray) -> np.ndarray:
    """Boolean mask of observations whose fitted probability is within
    :data:`SEPARATION_ATOL` of the 0/1 response, computed without cancellation."""
    return y * expit(-eta) + (1.0 - y) * expit(eta) < SEPARATION_ATOL


def _warn_not_converged(
    family: Family, y: np.ndarray, eta: np.ndarray, n_iter: int, change: float, tol: float
) -> None:
    """Issue the most specific warning explaining a non-converged fit."""
    if isinstance(family, Binomial):
        extreme = _perfectly_predicted(y, eta)
        if extreme.any():
            warnings.warn(
                f"quasi-complete separation suspected: {int(extreme.sum())} of {y.size} fitted "
                f"probabilities are within {SEPARATION_ATOL:g} of their 0/1 response and the "
                f"coefficients were still changing by {change:.3g} after {n_iter} iterations; "
                "the maximum-likelihood estimate may not exist",
                PerfectSeparationWarning,
                stacklevel=3,
            )
            return
    warnings.warn(
        f"IRLS did not converge in {n_iter} iterations: last max |coefficient change| "
        f"{change:.3g} >= tol {tol:g}",
        ConvergenceWarning,
        stacklevel=3,
    )


def fit_glm(
    X: Any,
    y: Any,
    family: Family,
    max_iter: int = 25,
    tol: float = 1e-8,
    *,
    start: Any = None,
) -> IRLSResult:
    """Fit a GLM by IRLS (Fisher scoring).

    Parameters
    ----------
    X : array_like of shape (n_samples, n_features)
        Design matrix with full column rank; include an intercept column
        yourself if you want one.
    y : array_like of shape (n_samples,)
        Response in the family's support (0/1 for :class:`Binomial`,
        non-negative integer counts for the count families).
    family : Family
        :class:`Poisson`, :class:`Binomial` or :class:`NegativeBinomial`.
    max_iter : int, default 25
        Maximum number of IRLS updates, ``>= 0`` (0 returns the start, no deviance).
    tol : float, default 1e-8
        Stop after the first iteration whose largest absolute coefficient
        change is ``< tol`` (coefficient units, i.e. link scale).
    start : array_like of shape (n_features,), optional
        Starting coefficients. Default: the family's start (``beta = 0`` for
        logistic, ``mu0 = y + 0.1`` for count models; see Notes).

    Returns
    -------
    IRLSResult

    Raises
    ------
    RankDeficientError
        If ``X`` is numerically rank deficient (``numpy.linalg.matrix_rank``
        tolerance); the message includes the condition number.
    IRLSDivergenceError
        If the iteration overflows (non-finite weights, working response or
        deviance) or the weighted design becomes numerically singular.

    Warns
    -----
    ConvergenceWarning
        If ``max_iter`` is reached with a coefficient change still ``>= tol``.
    PerfectSeparationWarning
        Logistic only; a subclass of :class:`ConvergenceWarning`. Complete
        separation is certified exactly: as soon as an iterate's linear
        predictor has the sign of ``2 y - 1`` for every observation, that
        iterate separates the data, the MLE does not exist, and the loop stops
        there (further steps only push the coefficients towards infinity)
        returning ``converged=False``. Quasi-complete separation cannot be
        certified this way; it is reported instead of the plain
        :class:`ConvergenceWarning` when the fit does not converge and some
        fitted probabilities are within 1e-8 of their 0/1 response.

    Notes
    -----
    Iteration ``k`` computes ``w = 1/(g'(mu)^2 V(mu))`` and
    ``z = eta + g'(mu)(y - mu)`` at ``eta^(k-1)`` and sets
    ``beta^(k) = argmin sum w (z - X beta)^2``. For count families the first
    step uses ``eta^(0) = log(y + 0.1)`` directly, and ``history['beta'][0]`` is
    its least-squares projection onto the columns of ``X``
    (``argmin ||X b - eta^(0)||``); the first coefficient change is measured
    from that vector.
    """
    if not isinstance(family, Family):
        raise TypeError(f"family must be a reference.families.Family; got {family!r}")
    X = as_design(X)
    y = as_response(y, X.shape[0])
    family.validate_response(y)
    check_full_column_rank(X)
    max_iter = check_int(max_iter, "max_iter", minimum=0)
    tol = check_positive_finite(tol, "tol")

    beta, eta = _starting_point(X, y, family, start)
    history: dict[str, list[Any]] = {"beta": [beta.copy()], "deviance": []}
    if max_iter == 0:  # no iteration asked for: the start, without a convergence warning
        return IRLSResult(beta=beta, converged=False, n_iter=0, history=history)
    converged = False
    change = float("inf")
    # overflow is detected explicitly below and raised as IRLSDivergenceError
    with np.errstate(over="ignore", invalid="ignore", divide="ignore"):
        for k in range(1, max_iter + 1):
            w = family.irls_weights(eta)
            z = family.working_response(y, eta)
            _check_finite_step(k, eta, w, z)
            beta_new = _wls_step(k, X, z, w)
            eta = X @ beta_new
            change = float(np.max(np.abs(beta_new - beta)))
            beta = beta_new
            deviance = family.deviance(y, eta)
            if not np.isfinite(deviance):
                raise IRLSDivergenceError(
                    f"IRLS diverged at iteration {k}: deviance is {deviance} "
                    f"(linear predictor range [{eta.min():.4g}, {eta.max():.4g}])"
                )
            history["beta"].append(beta.copy())
            history["deviance"].append(deviance)
            if change < tol:
                converged = True
                break
            if isinstance(family, Binomial) and _completely_separated(y, eta):
                warnings.warn(
                    f"complete separation: the coefficients of iteration {k} classify every "
                    "observation correctly (X @ beta > 0 exactly where y == 1), so the "
                    "likelihood grows without bound along beta and the maximum-likelihood "
                    "estimate does not exist. Stopping.",
                    PerfectSeparationWarning,
                    stacklevel=2,
                )
                return IRLSResult(beta=beta, converged=False, n_iter=k, history=history)
    if not converged:
        _warn_not_converged(family, y, eta, len(history["deviance"]), change, tol)
    return IRLSResult(
        beta=beta, converged=converged, n_iter=len(history["deviance"]), history=history
    )


def irls_logistic(
    X: Any, y: Any, max_iter: int = 25, tol: float = 1e-8
) -> tuple[np.ndarray, dict[str, list[Any]]]:
    """Logistic regression ``y ~ Bernoulli(sigmoid(X @ beta))`` by IRLS from ``beta = 0``.

    Parameters
    ----------
    X : array_like of shape (n_samples, n_features)
    y : array_like of shape (n_samples,), values in {0, 1}
    max_iter : int, default 25
    tol : float, default 1e-8
        Stop after the first iteration whose max absolute coefficient change is ``< tol``.

    Returns
    -------
    beta : ndarray of shape (n_features,)
    history : dict
        ``'beta'``: list starting with zeros, then one array per iteration;
        ``'deviance'``: binomial deviance ``-2 loglik`` at each iteration's new
        coefficients.

    See Also
    --------
    fit_glm : warnings, errors and the full result object.
    """
    result = fit_glm(X, y, Binomial(), max_iter=max_iter, tol=tol)
    return result.beta, result.history


def irls_poisson(
    X: Any, y: Any, max_iter: int = 25, tol: float = 1e-8
) -> tuple[np.ndarray, dict[str, list[Any]]]:
    """Poisson regression ``y ~ Poisson(exp(X @ beta))`` by IRLS.

    Starts from ``mu0 = y + 0.1`` (see :func:`fit_glm` Notes for what
    ``history['beta'][0]`` records). Returns ``(beta, history)`` as
    :func:`irls_logistic`, with the Poisson deviance.
    """
    result = fit_glm(X, y, Poisson(), max_iter=max_iter, tol=tol)
    return result.beta, result.history


def irls_negative_binomial(
    X: Any, y: Any, alpha: float, max_iter: int = 25, tol: float = 1e-8
) -> tuple[np.ndarray, dict[str, list[Any]]]:
    """Negative binomial (NB2, known ``alpha``, log link) regression by IRLS.

    ``Var(y) = mu + alpha mu^2`` with ``alpha > 0``. Starts from
    ``mu0 = y + 0.1``. Returns ``(beta, history)`` as :func:`irls_logistic`,
    with the NB deviance.
    """
    result = fit_glm(X, y, NegativeBinomial(alpha), max_iter=max_iter, tol=tol)
    return result.beta, result.history
