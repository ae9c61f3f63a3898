"""Poisson regression problems for exercise 1 and its contract, and the reference's answers.

A problem is drawn from a generator: a design (with or without a column of ones, columns on
drawn scales) and counts from a Poisson GLM whose mean count is drawn on a log scale. It is kept
only if the reference's IRLS converges to 1e-10 within 30 iterations with a moderate linear
predictor (|eta| < 15): then the maximum-likelihood estimate exists (no group of zeros pushing a
coefficient to -inf) and every double-precision form of the update agrees to ~1e-12.
"""
from __future__ import annotations

import numpy as np

import reference
from autograder.checks import attempts, computed_once, quietly

#: the largest |eta| over a kept problem's iterates
MAX_ETA = 15.0


def reference_run(X: np.ndarray, y: np.ndarray, max_iter: int, tol: float):
    """The reference's ``(beta, history)``; a max_iter that stops early warns on purpose: silenced."""
    return quietly(reference.irls_poisson, X, y, max_iter=max_iter, tol=tol)


def full_path(X: np.ndarray, y: np.ndarray, iterations: int = 30) -> list[np.ndarray]:
    """The reference's iterates, run ``iterations`` steps whatever the changes (tol far below rounding)."""
    return [np.asarray(b) for b in reference_run(X, y, iterations, 1e-300)[1]["beta"]]


def well_posed(X: np.ndarray, y: np.ndarray) -> bool:
    """The reference converges to 1e-10 within 30 iterations, with |eta| < MAX_ETA at every iterate."""
    try:
        _, history = reference_run(X, y, 30, 1e-10)
    except Exception:  # noqa: BLE001 - a draw the reference rejects (divergence, rank) is redrawn
        return False
    betas = np.asarray(history["beta"])
    converged = len(betas) > 1 and float(np.max(np.abs(betas[-1] - betas[-2]))) < 1e-10
    return converged and len(betas) - 1 < 30 and float(np.max(np.abs(X.astype(float) @ betas.T))) < MAX_ETA


def draw_problem(rng: np.random.Generator, n: int, p: int, *, intercept: bool, log_mean: float,
                 what: str = "a Poisson problem") -> tuple[np.ndarray, np.ndarray]:
    """A well-posed problem with ``n`` samples and ``p`` columns, counts near ``exp(log_mean)``.

    Columns get scales between 0.3 and 3 (their coefficients scale the other way); without an
    intercept the columns are positive, so that ``log_mean`` still sets the level of the counts.
    """
    for _ in attempts(what):
        scales = np.exp(rng.uniform(np.log(0.3), np.log(3.0), size=p))
        if intercept:
            X = rng.normal(size=(n, p)) * scales
            X[:, 0] = 1.0
            scales[0] = 1.0
            beta = rng.uniform(-0.6, 0.6, size=p) / scales
            beta[0] = log_mean
        else:
            X = rng.uniform(0.5, 1.5, size=(n, p)) * scales
            weights = rng.dirichlet(np.ones(p))
            beta = weights * log_mean / (scales * np.mean(X / scales, axis=0))
            beta += rng.uniform(-0.3, 0.3, size=p) / scales
        y = rng.poisson(np.exp(np.clip(X @ beta, -30, 30))).astype(float)
        if well_posed(X, y):
            return X, y
    raise AssertionError("unreachable")  # pragma: no cover - attempts() raises first


def first_below(changes: np.ndarray, tol: float) -> int:
    """The 1-based iteration at which a fit stops on ``changes < tol`` (len + 1 if never)."""
    below = np.flatnonzero(np.asarray(changes) < tol)
    return int(below[0]) + 1 if below.size else len(changes) + 1


def max_changes(betas: list[np.ndarray]) -> np.ndarray:
    return np.array([float(np.max(np.abs(betas[k] - betas[k - 1]))) for k in range(1, len(betas))])


def clear_of_tol(changes: np.ndarray, tol: float, scale: float = 1.0, margin: float = 1.2) -> bool:
    """No change up to the stopping iteration lies within a factor ``margin`` of tol, the fit stops
    within the changes given, and tol is far above the rounding noise of a converged fit (steps of
    ~1e-15 of the coefficients' ``scale``): so every correct form stops at the same iteration."""
    stop = first_below(changes, tol)
    near = [c for c in changes[:stop] if tol / margin < c < tol * margin]
    return not near and stop <= len(changes) and tol > 1e-11 * max(1.0, scale)


@computed_once
def problem(seed: int, n: int, p: int, intercept: bool, log_mean: float) -> tuple[np.ndarray, np.ndarray]:
    """:func:`draw_problem` from ``seed`` (kept: the same course draws the same problems)."""
    return draw_problem(np.random.default_rng(seed), n, p, intercept=intercept, log_mean=log_mean)
