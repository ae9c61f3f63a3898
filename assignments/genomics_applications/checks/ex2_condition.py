"""Exercise 2: condition-number experiments.

``design_with_condition`` is checked exactly (cond(X) to 1e-6 relative: an
SVD construction reaches ~1e-14, see tests/reference). ``coefficient_rmse`` is
a Monte Carlo estimate whose random draws are the student's own, so it is
compared with theory, not with the reference's draws:
beta_hat - beta ~ N(0, s^2 (X'X)^-1), hence ||beta_hat - beta||^2 = sum_i l_i chi2_1
with l the eigenvalues of s^2 (X'X)^-1: mean sum(l), variance 2 sum(l^2). The
mean over n trials has sd sqrt(2 sum(l^2) / n); a correct estimate lies within
5 sd with probability 1 - 6e-7 per seed. With n = 20000, that band is about
+-1.8% on the RMSE, far narrower than any of the typical mistakes (mean of
norms is -8%, per-coefficient RMSE is /sqrt(p); a reused draw or a fixed
100 trials lands in it with probability ~0.3 per call, over four calls, and
the one-trial check below tells those apart from a fresh draw directly).
"""
from __future__ import annotations

from functools import lru_cache

import numpy as np

import reference
from autograder.checking import CheckFailed, as_array, check, timed

EX = "ex2_condition"
KAPPA_RTOL = 1e-6
CASES = ((50, 1.0, 3, 0), (30, 10.0, 2, 1), (60, 1e3, 3, 2), (40, 1e6, 5, 3))
RMSE_SEEDS = (0, 1)
N_TRIALS = 20000
NOISE_SD = 0.7
Z = 5.0


def student_design(student, n, kappa, p, seed, global_seed=None):
    _, seconds = timed(reference.design_with_condition, n, kappa, n_features=p, seed=seed)
    X = student.call("design_with_condition", n, kappa, n_features=p, seed=seed,
                     ref_seconds=seconds, global_seed=global_seed)
    return as_array(X, f"design_with_condition({n}, {kappa:g}, n_features={p}, seed={seed})", ndim=2)


@lru_cache(maxsize=None)
def rmse_problem():
    X = reference.design_with_condition(40, 30.0, n_features=3, seed=11)
    beta = np.array([1.0, -2.0, 0.5])
    rmse, seconds = timed(reference.coefficient_rmse, X, beta, noise_sd=NOISE_SD,
                          n_trials=N_TRIALS, seed=0)
    return X, beta, seconds


def rmse_band(X, noise_sd, n_trials):
    """Theoretical RMSE and the 5-sd band of a Monte Carlo estimate of it."""
    lam = noise_sd**2 / np.linalg.eigvalsh(X.T @ X)
    mean, sd = lam.sum(), np.sqrt(2 * (lam**2).sum() / n_trials)
    return np.sqrt(mean), np.sqrt(max(mean - Z * sd, 0.0)), np.sqrt(mean + Z * sd)


def student_rmse(student, seed, n_trials=N_TRIALS, noise_sd=NOISE_SD, global_seed=None):
    X, beta, seconds = rmse_problem()
    value = student.call("coefficient_rmse", X, beta, noise_sd=noise_sd, n_trials=n_trials,
                         seed=seed, ref_seconds=seconds, global_seed=global_seed)
    arr = as_array(value, "coefficient_rmse(...)")
    if arr.size != 1:
        raise CheckFailed(f"coefficient_rmse returned {arr.size} numbers; expected one float")
    return float(arr.reshape(()))


@check(EX, points=0.5, description="design_with_condition returns an (n_samples, n_features) finite matrix")
def design_shape(student):
    X = student_design(student, 40, 10.0, 4, 3)
    if X.shape != (40, 4):
        raise CheckFailed(f"design_with_condition(40, 10, n_features=4) has shape {X.shape}; expected (40, 4)")
    if not np.all(np.isfinite(X)):
        raise CheckFailed("design_with_condition returned NaN or inf entries")


@check(EX, points=1.5, description="the design's 2-norm condition number equals kappa")
def design_condition_number(student):
    for n, kappa, p, seed in CASES:
        X = student_design(student, n, kappa, p, seed)
        if X.shape != (n, p):
            raise CheckFailed(f"design_with_condition({n}, {kappa:g}, n_features={p}) has shape "
                              f"{X.shape}; expected ({n}, {p})")
        s = np.linalg.svd(X, compute_uv=False)
        got = s[0] / s[-1] if s[-1] > 0 else np.inf
        if not abs(got - kappa) <= KAPPA_RTOL * kappa:
            raise CheckFailed(f"design_with_condition({n}, {kappa:g}, n_features={p}) has condition "
                              f"number {got:.6g}; expected {kappa:g}")


@check(EX, points=0.5, description="design_with_condition is reproducible from seed (and only from seed)")
def design_reproducible(student):
    a = student_design(student, 30, 100.0, 3, 7, global_seed=1)
    b = student_design(student, 30, 100.0, 3, 7, global_seed=2)
    if a.shape != b.shape or not np.array_equal(a, b):
        raise CheckFailed("two calls with seed=7 gave different matrices (does it use the global "
                          "random state instead of seed?)")
    c = student_design(student, 30, 100.0, 3, 8, global_seed=1)
    if c.shape == a.shape and np.array_equal(a, c):
        raise CheckFailed("seed=7 and seed=8 gave the same matrix; the seed should drive the draw")


@check(EX, points=1.5, description="coefficient_rmse agrees with sigma*sqrt(trace((X'X)^-1)) within Monte Carlo error")
def rmse_matches_theory(student):
    X, _, _ = rmse_problem()
    for noise_sd in (NOISE_SD, 2.0):
        theory, low, high = rmse_band(X, noise_sd, N_TRIALS)
        for seed in RMSE_SEEDS:
            got = student_rmse(student, seed, noise_sd=noise_sd)
            if not low <= got <= high:
                raise CheckFailed(
                    f"coefficient_rmse(noise_sd={noise_sd}, n_trials={N_TRIALS}, seed={seed}) is "
                    f"{got:.5g}; theory gives {theory:.5g}, and {N_TRIALS} fresh noise draws "
                    f"land within [{low:.5g}, {high:.5g}]")


@check(EX, points=0.5, description="coefficient_rmse is reproducible from seed")
def rmse_reproducible(student):
    a = student_rmse(student, 5, n_trials=500, global_seed=1)
    b = student_rmse(student, 5, n_trials=500, global_seed=2)
    if a != b:
        raise CheckFailed(f"two calls with seed=5 gave {a:.10g} and {b:.10g}; the simulation "
                          "should draw from a generator made from seed")


SINGLE_SEEDS = 150


@check(EX, points=0.5, description="with n_trials=1, coefficient_rmse is the error of one fresh fit")
def rmse_single_trial(student):
    """Over many seeds, squared one-trial errors average to the theoretical MSE
    (mean sum(l), sd sqrt(2 sum(l^2) / seeds)); a zero or a pre-averaged value fails."""
    X, _, _ = rmse_problem()
    lam = NOISE_SD**2 / np.linalg.eigvalsh(X.T @ X)
    squares = np.array([student_rmse(student, 1000 + s, n_trials=1) ** 2 for s in range(SINGLE_SEEDS)])
    if np.any(squares == 0):
        raise CheckFailed("coefficient_rmse(..., n_trials=1) returned 0; one trial's error "
                          "||beta_hat - beta_true|| is almost never zero")
    mean, sd = lam.sum(), np.sqrt(2 * (lam**2).sum() / SINGLE_SEEDS)
    got = squares.mean()
    if abs(got - mean) > Z * sd:
        raise CheckFailed(f"over {SINGLE_SEEDS} seeds with n_trials=1, the mean squared error is "
                          f"{got:.4g}; single fresh draws average to {mean:.4g} +- {Z * sd:.2g}")
    spread = squares.var()
    if spread < 0.1 * 2 * (lam**2).sum():
        raise CheckFailed(f"with n_trials=1 the results barely vary between seeds (variance {spread:.3g});"
                          " each should be one independent draw")
