"""Exercise 1: IRLS for logistic regression (``irls_logistic``).

Inputs are small well-posed logistic problems (no separation). IRLS from
beta = 0 is a deterministic map, so every correct implementation, whether it
solves the normal equations, uses QR or np.diag weights, produces the same
iterates up to rounding (~1e-12 here); the tolerances below (1e-6 relative on
coefficients, 1e-8 on deviances) leave four orders of magnitude for that and
still catch every wrong formula.
"""
from __future__ import annotations

import warnings
from functools import lru_cache

import numpy as np

import reference
from autograder.checking import CheckFailed, as_array, assert_close, check, timed

EX = "ex1_irls_logistic"
COEF_RTOL, COEF_ATOL = 1e-6, 1e-9
DEV_RTOL = 1e-8


@lru_cache(maxsize=None)
def problem(seed: int, n: int, p: int):
    """A logistic problem: intercept + p-1 Gaussian covariates, modest effects."""
    rng = np.random.default_rng(seed)
    X = np.column_stack([np.ones(n), rng.normal(size=(n, p - 1))])
    beta_true = rng.uniform(-1.0, 1.0, size=p)
    y = (rng.uniform(size=n) < 1 / (1 + np.exp(-X @ beta_true))).astype(float)
    return X, y


@lru_cache(maxsize=None)
def expected(seed: int, n: int, p: int, max_iter: int = 25, tol: float = 1e-8):
    X, y = problem(seed, n, p)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # max_iter=2 stops early on purpose
        (beta, history), seconds = timed(reference.irls_logistic, X, y, max_iter=max_iter, tol=tol)
    return beta, history, seconds


def student_fit(student, seed, n, p, **kwargs):
    X, y = problem(seed, n, p)
    _, _, seconds = expected(seed, n, p, **kwargs)
    value = student.call("irls_logistic", X, y, ref_seconds=seconds, **kwargs)
    if not isinstance(value, (tuple, list)) or len(value) != 2:
        raise CheckFailed("irls_logistic must return a pair (beta, history); "
                          f"it returned {type(value).__name__}")
    beta, history = value
    if not isinstance(history, dict) or not {"beta", "deviance"} <= set(history):
        raise CheckFailed("history must be a dict with keys 'beta' and 'deviance'")
    if not isinstance(history["beta"], (list, tuple)) or not isinstance(history["deviance"], (list, tuple, np.ndarray)):
        raise CheckFailed("history['beta'] and history['deviance'] must be lists")
    return beta, history


@check(EX, points=0.5, description="irls_logistic returns (beta, history) with beta a 1-D array of length p")
def returns_beta_and_history(student):
    beta, _ = student_fit(student, 1, 120, 3)
    as_array(beta, "beta", ndim=1, shape=(3,))


@check(EX, points=1.5, description="the returned coefficients are the maximum-likelihood estimate")
def coefficients_match_mle(student):
    for seed, n, p in ((1, 120, 3), (2, 80, 2), (3, 200, 4)):
        beta, _ = student_fit(student, seed, n, p)
        want, _, _ = expected(seed, n, p)
        assert_close(as_array(beta, "beta", ndim=1), want, f"beta (problem n={n}, p={p})",
                     rtol=COEF_RTOL, atol=COEF_ATOL)


@check(EX, points=1.0, description="history['beta'] starts at zeros and holds one vector per iteration")
def history_of_coefficients(student):
    _, history = student_fit(student, 1, 120, 3)
    _, want, _ = expected(1, 120, 3)
    got = history["beta"]
    if len(got) == 0:
        raise CheckFailed("history['beta'] is empty; it should start with the initial zeros")
    first = as_array(got[0], "history['beta'][0]", ndim=1)
    if first.shape != (3,) or np.any(first != 0):
        raise CheckFailed(f"history['beta'][0] is {np.round(first, 4).tolist()}; "
                          "it should be the starting coefficients, all zeros")
    if len(got) != len(want["beta"]):
        raise CheckFailed(f"history['beta'] has {len(got)} entries; this fit takes "
                          f"{len(want['beta']) - 1} iterations, so expected {len(want['beta'])} "
                          "(the zeros, then one per iteration)")
    for k, (g, w) in enumerate(zip(got, want["beta"], strict=True)):
        assert_close(as_array(g, f"history['beta'][{k}]", ndim=1), w, f"history['beta'][{k}]",
                     rtol=COEF_RTOL, atol=COEF_ATOL)


@check(EX, points=1.0, description="history['deviance'] holds the deviance at the new coefficients of each iteration")
def deviance_at_new_coefficients(student):
    _, history = student_fit(student, 1, 120, 3)
    _, want, _ = expected(1, 120, 3)
    got = as_array(history["deviance"], "history['deviance']", ndim=1)
    n_iter = len(want["deviance"])
    if got.shape[0] != n_iter:
        raise CheckFailed(f"history['deviance'] has {got.shape[0]} entries; expected one per "
                          f"iteration, {n_iter}")
    assert_close(got, np.asarray(want["deviance"]), "history['deviance']", rtol=DEV_RTOL, atol=1e-9)


TOLS = (0.3, 0.05, 1e-2, 1e-3, 1e-5)


@lru_cache(maxsize=None)
def straddling_tol(seed: int, n: int, p: int) -> float | None:
    """A tol between an iteration's largest |change| and its Euclidean length.

    With it, the contract's criterion (largest |change| < tol) stops at that
    iteration while a norm-based one does not: the two are told apart.
    """
    _, history, _ = expected(seed, n, p)
    steps = np.diff(np.asarray(history["beta"]), axis=0)
    for k, step in enumerate(steps):
        largest, length = np.max(np.abs(step)), np.linalg.norm(step)
        if length > 1.05 * largest:
            tol = float(np.sqrt(largest * length))
            _, stopped, _ = expected(seed, n, p, tol=tol)
            if len(stopped["beta"]) == k + 2 and clear_of_tol(stopped, tol):
                return tol
    return None


def clear_of_tol(history: dict, tol: float) -> bool:
    """True unless some iteration's change lies within rounding distance of tol."""
    betas = np.asarray(history["beta"])
    changes = np.max(np.abs(np.diff(betas, axis=0)), axis=1)
    return bool(np.all(np.abs(changes - tol) > 1e-6 * tol))


@check(EX, points=1.0,
       description="iteration stops after the first iteration whose largest |change| is below tol, or at max_iter")
def stops_per_tol_and_max_iter(student):
    _, history = student_fit(student, 3, 200, 4, max_iter=2)
    if len(history["beta"]) != 3:
        raise CheckFailed(f"with max_iter=2, history['beta'] has {len(history['beta'])} entries; "
                          "expected 3 (the zeros and two iterations)")
    for seed, n, p in ((3, 200, 4), (4, 60, 3)):
        for tol in TOLS + tuple(t for t in [straddling_tol(seed, n, p)] if t is not None):
            want_beta, want, _ = expected(seed, n, p, tol=tol)
            if not clear_of_tol(want, tol):
                continue  # the stopping iteration would hinge on rounding
            beta, history = student_fit(student, seed, n, p, tol=tol)
            if len(history["beta"]) != len(want["beta"]):
                raise CheckFailed(
                    f"with tol={tol:g} (problem n={n}, p={p}) your fit ran {len(history['beta']) - 1} "
                    f"iterations; the first iteration whose largest |change| is below {tol:g} is "
                    f"iteration {len(want['beta']) - 1}")
            assert_close(as_array(beta, "beta", ndim=1), want_beta,
                         f"the returned beta with tol={tol:g} (problem n={n}, p={p})",
                         rtol=COEF_RTOL, atol=COEF_ATOL)
