"""Exercise 1: IRLS for logistic regression (``irls_logistic``).

Every input is drawn from the course secret: logistic problems with and
without an intercept column, one to five columns on different scales, 0/1
responses as floats or integers, always non-separable and with a moderate
linear predictor (|eta| < 12 at every iterate, so every correct way of
computing the update, with or without dividing by the weights, is exact to
~1e-12). IRLS from beta = 0 is a deterministic map, so the checks compare
every iterate with ``reference``; the tolerances (1e-6 relative on
coefficients, 1e-8 on deviances) leave four orders of magnitude for rounding
and still catch every wrong formula.

The stopping rule is checked with tolerances placed *between* the contract's
measure of a step (the largest absolute change) and every other plausible
measure (Euclidean length, relative change, deviance change), so that each
reading stops at a different iteration; none sits within rounding distance
of an actual change.

Each check judges its own clauses and no other, so that a mistake costs the
same marks whatever the course secret draws: the iterates are judged on the
iterations the fit ran (however many), the deviances against the IRLS path
at those iterations, the returned beta against the fit's own last iterate,
and the default tol against the same fit called with tol=1e-8.
"""
from __future__ import annotations

from autograder.checks import (CheckFailed, Clause, Domain, Kind, StudentError, as_array, assert_close, attempts,
                               check, clauses, computed_once, domain_check, quietly,
                               timed)

import numpy as np

import reference
from .. import formats
from ..formats import FormatError

from .signatures import IRLS, well_posed

EX = "ex1_irls_logistic"
DEFAULT_MAX_ITER = 25  # the statement's default max_iter
COEF_RTOL, COEF_ATOL = 1e-6, 1e-9
DEV_RTOL = 1e-8
MEANINGFUL_STEP = 1e-9

clauses(EX, [
    Clause("1.1", "irls_logistic(X, y, max_iter=25, tol=1e-8) returns a pair (beta, history).",
           "any problem; the pair is read with the format rules"),
    Clause("1.2", "X is an (n, p) float array (float32 or float64; computed in float64) that already contains "
                  "an intercept column if one is wanted: the function adds nothing and treats every column alike.",
           "problems without a column of ones, with p = 1, with a constant column of 0.01 to 0.1 or 10 to 300, "
           "and with columns on scales 0.1 to 10, near 1e-4 and "
           "near 1e-7 (X'WX ill conditioned by scaling alone); designs of group indicators, whose rows repeat "
           "(each cell counts); X sent as float32 (computed in float64 the fit reaches tol = 1e-10, in float32 it "
           "stalls near 1e-7); two columns correlated above 0.999, of full rank (none dropped)"),
    Clause("1.3", "y is an array of n zeros and ones.",
           "y sent as a float array and as int64 and uint8 arrays (the MLE and the deviances), and as float32 "
           "solved to tol = 1e-10 (work arrays in y's dtype stall near 1e-7)"),
    Clause("1.4", "Start from beta = 0: history['beta'][0] is a vector of p zeros.",
           "the first iterate (from zero it is the least-squares fit of 4 (y - 1/2))"),
    Clause("1.5", "One iteration is one IRLS update: p = sigmoid(X beta), w = p (1 - p), "
                  "z = eta + (y - p) / w, beta <- (X' W X)^-1 X' W z, exact in double precision on every "
                  "allowed input, cells at |eta| above 40 (where sigma(eta) rounds to 0 or 1) included.",
           "every iterate against the reference, on problems whose weights are far from 1/4, at |eta| near 30 "
           "(clipped probabilities or floored weights move the iterates) and with cells at |eta| between 40 "
           "and 100 (w = p (1 - p) from a rounded p is 0, clipping eta changes their weights) and between 300 "
           "and 650 (derivatives of log(1 + exp(eta)) taken as written, by hand or by autograd, are 0/0 or 1 "
           "there); a cell at |eta| between 708.5 and 709.2, whose weight exp(-|eta|) is subnormal (arithmetic "
           "that raises on underflow or flushes subnormals to 0 fails there); a problem on "
           "which an IRLS step raises the deviance (a step halved or refused then leaves the path); a tol of 1e-4 "
           "to 1e-2 on coefficients that settle at different iterations (a settled coefficient frozen leaves it)"),
    Clause("1.6", "history is a dict with the keys 'beta' and 'deviance' (more keys are allowed).",
           "any problem; read with the format rules"),
    Clause("1.7", "history['beta'] holds the starting zeros, then the coefficients after every iteration, "
                  "each stored as it was then (a copy).",
           "every entry against the reference iterate (a stored reference would show the last one)"),
    Clause("1.8", "history['deviance'] holds, after every iteration, the binomial deviance at that "
                  "iteration's new coefficients, a finite float wherever the fit is; so "
                  "len(deviance) == len(beta) - 1.",
           "every entry against the deviance at the new and at the old coefficients, which differ; cells at "
           "|eta| between 40 and 100, where y log p + (1 - y) log(1 - p) from a rounded p is NaN; a misclassified "
           "cell on each side (y = 0 and y = 1) at |eta| between 40 and 80, whose terms a p clipped away from 0 "
           "and 1, or rounded to 1, gets wrong; 2,000 to 3,000 "
           "cells, a deviance above 2,000 (a likelihood written as a product of probabilities underflows)"),
    Clause("1.9", "Stop right after the first iteration whose change max_k |beta_new_k - beta_old_k| is "
                  "below tol, or after max_iter iterations.",
           "tol between the largest and the Euclidean change of a step, between absolute and relative "
           "change, and between coefficient and deviance change; max_iter 0 (no iteration) and 1 to 3 with "
           "a tiny tol; max_iter 1e9 to 1e12 on a problem that converges within 25"),
    Clause("1.10", "Return beta, the coefficients after the last iteration (equal to history['beta'][-1]), "
                   "a 1-D float numpy array of length p.",
           "max_iter below convergence, so the last iterate differs from the best and from the one before; a "
           "slowly converging problem stopped by a max_iter of 5 to 8 far from its optimum (an optimiser run on "
           "after IRLS falls out)"),
    Clause("1.11", "tol defaults to 1e-8 (and max_iter to 25).",
           "a problem with a step whose change lies between 1e-8 and 1e-6, called without tol; a steep problem "
           "that needs 11 to 24 iterations, called without max_iter"),
], free=[
    "how the update is computed (solve, lstsq, QR, Newton's method with the Hessian), and any "
    "numerically stable rewriting of the formulas",
    "whether a change exactly equal to tol stops the iteration (no input sits within rounding of tol)",
    "whether X and y are converted or copied (they arrive as float or integer numpy arrays)",
    "the default of max_iter when more than 25 iterations would be needed: every problem of this "
    "exercise converges in far fewer",
])


# Per submission, the default: benchmarks/draw_sweep.py ran every check but the contract over 2,000
# draws of the instructor's solution and 1,200 of each of the corpus's 6 correct forms, with no
# failure, once two edge kinds kept tol clear of the rounding noise of every correct form.


# ------------------------------------------------------------------ inputs
@computed_once
def problem(seed: int, n: int, p: int, intercept: bool, integer_y: bool | str = False):
    """A non-separable logistic problem with a moderate linear predictor.

    Columns get scales between 0.1 and 10 (the true coefficients scale the
    other way), so no column is special; ``intercept`` makes column 0 ones.
    """
    rng = np.random.default_rng(seed)
    for _ in range(200):
        scales = np.exp(rng.uniform(np.log(0.1), np.log(10.0), size=p))
        X = rng.normal(size=(n, p)) * scales
        if intercept:
            X[:, 0] = 1.0
            scales[0] = 1.0
        beta_true = rng.uniform(-1.5, 1.5, size=p) / scales
        y = (rng.uniform(size=n) < 1 / (1 + np.exp(-X @ beta_true))).astype(float)
        # generic position: with exactly half ones, a data-based start (logit of the mean) is zero
        # and passes for the statement's; such a draw is taken again
        if well_posed(X, y, tol=1e-12) and 2 * y.sum() != n:
            # integer_y: True for int64, or the name of another integer dtype ("uint8": 0 - 1 wraps)
            return X, (y.astype(np.int64 if integer_y is True else integer_y) if integer_y else y)
    raise RuntimeError("no well-posed logistic problem drawn")  # pragma: no cover


@computed_once
def expected(seed: int, n: int, p: int, intercept: bool, max_iter: int = 25, tol: float = 1e-8):
    X, y = problem(seed, n, p, intercept)
    # a small max_iter stops early on purpose: its warning is silenced
    (beta, history), seconds = timed(quietly, reference.irls_logistic, X, y, max_iter=max_iter, tol=tol)
    return beta, history, seconds


#: the column counts a check's problems take in turn, whatever the course: one column first (where
#: vector code written for several breaks, and every reading of "change" is one), and an intercept
#: column on every other problem, so a mistake meets the same kinds of problem in every course
P_CYCLE = (1, 3, 5, 2, 4)


def problems(student, purpose: str, count: int):
    """``count`` problem keys (seed, n, p, intercept) for ``purpose``: p from :data:`P_CYCLE`, an
    intercept on the odd ones; seed and n drawn from the course secret."""
    rng = student.rng(EX, purpose)
    keys = []
    for k in range(count):
        p = P_CYCLE[k % len(P_CYCLE)]
        keys.append((student.seed(EX, purpose, k), int(rng.integers(40, 160)), p, bool(k % 2 == 1 and p > 1)))
    return keys


def student_fit(student, key, integer_y=False, **kwargs):
    """The student's (beta, history) for problem ``key``, read leniently (format is checked apart)."""
    seed, n, p, intercept = key
    X, y = problem(seed, n, p, intercept, integer_y)
    _, _, seconds = expected(*key, **kwargs)
    return fit_pair(student.call("irls_logistic", X, y, ref_seconds=seconds, **kwargs))


def fit_pair(value):
    """``(beta, history)`` from what irls_logistic returned, read leniently (format is checked apart)."""
    if not isinstance(value, (tuple, list)) or len(value) != 2:
        raise CheckFailed(f"irls_logistic returned {formats.describe(value)}, not a pair (beta, history)")
    beta, history = value
    if not isinstance(history, dict) or not {"beta", "deviance"} <= set(history):
        raise CheckFailed("history is not a dict with the keys 'beta' and 'deviance'")
    return beta, history


def iterates(history, p: int) -> list[np.ndarray]:
    entries = history["beta"]
    if isinstance(entries, np.ndarray) and entries.ndim == 2:
        entries = list(entries)
    if not isinstance(entries, (list, tuple)):
        raise CheckFailed(f"history['beta'] is {formats.describe(entries)}, not a list of coefficient vectors")
    return [as_array(v, f"history['beta'][{k}]", ndim=1, shape=(p,)) for k, v in enumerate(entries)]


# ------------------------------------------------------------------ checks
@check(EX, points=0.5, clauses=("1.1", "1.6", "1.10"),
       description="irls_logistic returns (beta, history) in the forms the format rules ask for")
def returns_pair_and_history(student):
    key = problems(student, "format", 1)[0]
    p = key[2]
    X, y = problem(*key)
    try:
        formats.irls_logistic_format(student.call("irls_logistic", X, y, ref_seconds=expected(*key)[2]), p)
    except (StudentError, FormatError) as exc:
        if isinstance(exc, StudentError) and exc.kind != "protocol":
            raise  # it raised or ran out of time: that message is the one to read
        # NaN or a blown-up fit is a symptom; a wrong starting point is the usual cause: name it if so
        start = starting_point(student, key)
        if start is not None and np.any(start != 0):
            raise CheckFailed(f"{exc}; and history['beta'][0] is not all zeros: IRLS starts from beta = 0 "
                              "(from another start the iteration can diverge)") from None
        raise


def starting_point(student, key) -> np.ndarray | None:
    """history['beta'][0] from a call with max_iter=0 (no iteration), or None if it cannot be read."""
    X, y = problem(*key)
    try:
        value = student.call("irls_logistic", X, y, max_iter=0, ref_seconds=expected(*key)[2])
        return iterates(value[1], key[2])[0]
    except Exception:  # noqa: BLE001 - a diagnosis only: any failure means "no diagnosis"
        return None


@check(EX, points=0.75, clauses=("1.2", "1.3", "1.5", "1.10"),
       description="the returned coefficients are the maximum-likelihood estimate, with or without an "
                   "intercept column, for float and integer y, and equal history['beta'][-1]")
def coefficients_match_mle(student):
    for k, key in enumerate(problems(student, "mle", 4)):
        integer_y = {1: True, 3: "uint8"}.get(k, False)
        beta, history = student_fit(student, key, integer_y=integer_y)
        want, _, _ = expected(*key)
        beta = as_array(beta, "beta", ndim=1)
        # an IRLS iterate from zero has X, y and the update right; where it stopped is clause 1.9's
        on_path = beta.shape == want.shape and any(close(beta, step) for step in full_path(key)[1:])
        if not on_path and (beta.shape != want.shape or not close(beta, want)):
            got = iterates(history, key[2])
            if got and beta.shape == got[-1].shape and np.array_equal(beta, got[-1], equal_nan=True) and \
                    own_irls_path(key, got, integer_y):
                continue  # IRLS from another start: history_of_coefficients charges the start
            # "with y as integers" only where integers are the cause: whether an earlier (float) problem
            # showed the mistake first depends on the draw, what it is does not
            what = "beta with y as integers" if integer_y and fits_with_float_y(student, key) else "beta"
            raise CheckFailed(f"{what} is not the maximum-likelihood estimate: " + diagnose_history(history, key))
        got = iterates(history, key[2])
        if got and not np.array_equal(beta, got[-1]):
            if len(got) > 1 and np.array_equal(beta, got[-2]):
                raise CheckFailed("the returned beta is the previous iterate, history['beta'][-2]: return the "
                                  "coefficients after the last iteration, the vector history ends with")
            if close(beta, want) and len(got) == len(expected(*key)[1]["beta"]) - 1:
                raise CheckFailed("the returned beta is right, but history['beta'] ends one iteration early: the "
                                  "last iteration is missing from history (record each iteration before "
                                  "testing for convergence)")
            raise CheckFailed("the returned beta differs from history['beta'][-1]; return the coefficients "
                              "of the last iteration, the same vector that history ends with")


def fits_with_float_y(student, key) -> bool:
    """Whether the student's beta is right on problem ``key`` with y as floats."""
    try:
        beta, _ = student_fit(student, key)
        beta = as_array(beta, "beta", ndim=1)
    except (CheckFailed, StudentError):
        return False
    want = expected(*key)[0]
    return beta.shape == want.shape and close(beta, want)


def close(got, want) -> bool:
    return bool(np.allclose(got, want, rtol=COEF_RTOL, atol=COEF_ATOL))


def full_path(key) -> list[np.ndarray]:
    """The reference's IRLS iterates from zero, run far past any stopping point."""
    return expected(*key, max_iter=50, tol=1e-13)[1]["beta"]


def diagnose_history(history, key) -> str:
    """What the history says went wrong, when the final coefficients are wrong: the start, an update,
    the stored entries, or only the stopping point."""
    try:
        got = iterates(history, key[2])
    except CheckFailed as exc:
        return str(exc)
    path = full_path(key)
    want_ran = len(expected(*key)[1]["beta"]) - 1
    if len(got) > 2 and all(np.array_equal(g, got[-1]) for g in got):
        return ("every entry of history['beta'] is the same array: store a copy of beta each iteration "
                "(and update beta to a new array, not in place)")
    if not got:
        return "history['beta'] is empty; it should start with the initial zeros"
    if np.any(got[0] != 0):
        if len(path) > 1 and close(got[0], path[1]):
            return ("history['beta'] starts with the first iteration's coefficients instead of the initial "
                    "zeros: IRLS starts from beta = 0")
        return "history['beta'][0] is not all zeros: IRLS starts from beta = 0"
    for k in range(1, min(len(got), len(path))):
        if not close(got[k], path[k]):
            return ("an entry of history['beta'] is not the IRLS update of the entry before it: one iteration "
                    "is p = sigmoid(X beta), weights w = p (1 - p), working response z = eta + (y - p) / w, "
                    "beta <- (X' W X)^-1 X' W z")
    ran = len(got) - 1
    if ran != want_ran:
        return (f"your iterates are the IRLS iterates, but the fit ran {'more' if ran > want_ran else 'fewer'} "
                "iterations than it should: stop right after the first iteration whose largest absolute "
                "coefficient change max |beta_new - beta_old| is below tol")
    return "the iterates in history are right, but the returned beta is not the last of them"


@check(EX, points=0.75, clauses=("1.4", "1.5", "1.7"),
       description="history['beta'] holds the starting zeros, then each iteration's coefficients, each as it was")
def history_of_coefficients(student):
    # judged on the iterations the fit ran, however many: when to stop is clause 1.9's (stops_per_tol,
    # honours_max_iter), so a stopping rule that differs only on some draws costs no mark here
    for key in problems(student, "iterates", 2):
        _, history = student_fit(student, key)
        got = iterates(history, key[2])
        if not got or np.any(got[0] != 0) or not all(close(g, w) for g, w in zip(got, on_path(key, len(got)),
                                                                                 strict=True)):
            raise CheckFailed("history['beta'] is not the IRLS path: " + diagnose_history(history, key))


def on_path(key, count: int) -> list[np.ndarray]:
    """The first ``count`` IRLS iterates from zero; past convergence every iterate is the limit."""
    path = full_path(key)
    return [path[min(k, len(path) - 1)] for k in range(count)]


SATURATED_ETA = 30.0  # beyond, sigmoid rounds to 0 or 1 and implementations' updates part ways


def own_irls_path(key, got: list[np.ndarray], integer_y: bool | str = False) -> bool:
    """Whether iterates ``got`` start away from zero and then follow the IRLS update: each one the
    update of the one before, at least one of them, up to where the predictor leaves the range in
    which floating point can tell the update (|X beta| > SATURATED_ETA) or the update diverges.

    Such a fit breaks only the start (clause 1.4, history_of_coefficients'): a check of another
    clause then judges it on its own path, so that its verdict does not hang on whether the drawn
    problem converges from that start. A crash is still a crash."""
    if len(got) < 2 or not np.any(got[0] != 0):
        return False
    X, y = problem(*key, integer_y)
    told = False
    for before, after in zip(got, got[1:], strict=False):
        if not np.all(np.isfinite(before)):
            return told
        try:
            update = quietly(reference.fit_glm, X, y, reference.Binomial(), max_iter=1, tol=TINY_TOL,
                             start=before).beta
        except ArithmeticError:  # the update itself diverges
            return told
        if close(after, update):
            told = True
        elif max(np.max(np.abs(X @ before)), np.max(np.abs(X @ update))) > SATURATED_ETA:
            return told  # what follows cannot be told
        else:
            return False
    return told


def deviance(X, y, beta) -> float:
    eta = X @ beta
    return float(2.0 * np.sum(np.logaddexp(0.0, eta) - y * eta))


@check(EX, points=0.75, clauses=("1.8",),
       description="history['deviance'] holds the deviance at the new coefficients of each iteration")
def deviance_at_new_coefficients(student):
    # judged on the iterations the fit ran (one entry each), against the deviances along the IRLS path:
    # neither the stopping rule nor how the coefficients were stored decides this check's verdict
    for k, key in enumerate(problems(student, "deviance", 2)):
        # the second with y as unsigned integers: the deviance's arithmetic must not happen in y's dtype
        _, history = student_fit(student, key, integer_y="uint8" if k == 1 else False)
        got = as_array(history["deviance"], "history['deviance']", ndim=1)
        betas = iterates(history, key[2])
        ran = len(betas) - 1
        # a history without the starting zeros, or with every entry the same array, is history_of_coefficients'
        # mistake: its entries then still count the iterations
        counts = {ran} if betas and not np.any(betas[0] != 0) else {ran, ran + 1}
        if got.shape[0] not in counts:
            raise CheckFailed(f"history['deviance'] has {'more' if got.shape[0] > max(counts) else 'fewer'} "
                              "entries than iterations; expected one per iteration, len(history['beta']) - 1")
        path_deviance = np.asarray(expected(*key, max_iter=50, tol=1e-13)[1]["deviance"])
        X, y = problem(*key)
        want = path_deviance[np.minimum(np.arange(got.shape[0]), len(path_deviance) - 1)]
        ratio = got / want
        if got.shape[0] and np.all(np.isfinite(ratio)) and np.ptp(ratio) <= 1e-6 * abs(ratio[0]) and \
                abs(ratio[0] - 1) > 1e-6:
            raise CheckFailed(f"history['deviance'] is {ratio[0]:.3g} times the binomial deviance at every iteration: "
                              "the deviance is -2 times the log-likelihood, 2 sum(log(1 + exp(eta)) - y eta)")
        old = np.array([deviance(X, y, b) for b in on_path(key, got.shape[0])])
        if got.shape[0] and np.allclose(got, old, rtol=DEV_RTOL, atol=1e-9) and \
                not np.allclose(old, want, rtol=DEV_RTOL, atol=1e-9):
            raise CheckFailed("history['deviance'][k] is the deviance at the coefficients before iteration k; "
                              "it must be the deviance at that iteration's new coefficients")
        assert_close(got, want, "history['deviance']", rtol=DEV_RTOL, atol=1e-9)


# -------------------------------------------------------------- stopping
def step_measures(history: dict, n: int) -> dict[str, np.ndarray]:
    """Per iteration: the contract's change and every other plausible measure of a step."""
    betas = np.asarray(history["beta"])
    steps = np.diff(betas, axis=0)
    deviances = np.concatenate([[2.0 * n * np.log(2.0)], history["deviance"]])  # at beta = 0: 2 n log 2
    return {
        "largest": np.max(np.abs(steps), axis=1),                      # the contract
        "euclidean": np.linalg.norm(steps, axis=1),
        "relative": np.max(np.abs(steps), axis=1) / np.maximum(np.max(np.abs(betas[1:]), axis=1), 1e-300),
        "deviance": np.abs(np.diff(deviances)),
        "sum": np.sum(np.abs(steps), axis=1),
        "signed": np.max(steps, axis=1),  # the largest change without its absolute value
        # the coefficient change and the deviance change together: both below tol, or either
        "both": np.maximum(np.max(np.abs(steps), axis=1), np.abs(np.diff(deviances))),
        "either": np.minimum(np.max(np.abs(steps), axis=1), np.abs(np.diff(deviances))),
    }


def first_below(values: np.ndarray, tol: float) -> int:
    """1-based iteration at which a rule comparing ``values`` with tol would stop (len+1: never)."""
    below = np.nonzero(values < tol)[0]
    return int(below[0]) + 1 if below.size else len(values) + 1


@computed_once
def separating_tols(key) -> dict[str, float]:
    """For each other reading of "change" that some tol tells from the contract's on this problem's
    path: such a tol (the contract's rule stops at another iteration than that reading's)."""
    _, full, _ = expected(*key, max_iter=50, tol=1e-13)
    measures = step_measures(full, key[1])
    largest = measures["largest"]
    # below ~1e-9 a step is rounding as much as progress: its size depends on how the update is computed
    candidates = np.sort(np.concatenate([m[np.isfinite(m) & (m > MEANINGFUL_STEP)] for m in measures.values()]))
    tols = {}
    for other in READINGS:
        for a, b in zip(candidates, candidates[1:], strict=False):
            if b <= a * 1.001:
                continue
            tol = float(np.sqrt(a * b))
            if tol <= MEANINGFUL_STEP or np.any(np.abs(largest - tol) <= 1e-4 * tol):
                continue  # the stopping iteration would hinge on rounding
            if first_below(largest, tol) <= len(largest) and \
                    first_below(largest, tol) != first_below(measures[other], tol):
                tols[other] = tol
                break
    return tols


READINGS = ("euclidean", "relative", "deviance", "sum", "signed", "both", "either")


@computed_once
def tol_problems(seed: int, count: int) -> list[tuple[tuple, float]]:
    """(problem key, tol) pairs from problems drawn from ``seed`` until every reading of "change" in
    :data:`READINGS` is told from the contract's by one of them (then a mistaken reading is met in
    every course); at least ``count`` problems, p >= 3 (with one coefficient every measure is one)."""
    rng = np.random.default_rng(seed)
    pairs, told = [], set()
    for k in attempts("problems that tell every reading of change apart", limit=40):
        p = (3, 5, 4)[k % 3]
        key = (int(rng.integers(2**31)), int(rng.integers(40, 160)), p, bool(k % 2 == 1))
        tols = separating_tols(key)
        new = set(tols) - told
        if new or k < count:
            pairs += [(key, tol) for reading, tol in tols.items() if reading in new or k < count]
            told |= set(tols)
        if told >= set(READINGS) and k + 1 >= count:
            return pairs


@check(EX, points=0.75, clauses=("1.9", "1.10"),
       description="iteration stops right after the first iteration whose largest |change| is below tol")
def stops_per_tol(student):
    # The tols separate the readings of "change" on the IRLS path: the fit must stop where the
    # contract's reading does. Whether it returns the last of its own iterates is judged on them.
    for key, tol in tol_problems(student.seed(EX, "tol"), 2):
        _, want, _ = expected(*key, tol=tol)
        beta, history = student_fit(student, key, tol=tol)
        got = iterates(history, key[2])
        started = [np.zeros(key[2])] + got
        if len(started) == len(want["beta"]) and all(close(a, b) for a, b in zip(started, want["beta"], strict=True)):
            continue  # the right iterations, recorded without the starting zeros: history_of_coefficients' matter
        if len(got) != len(want["beta"]) and own_irls_path(key, got):
            # another start, then IRLS: its own steps decide where the contract's rule stops
            changes = np.max(np.abs(np.diff(np.asarray(got), axis=0)), axis=1)
            if len(got) - 1 == min(first_below(changes, tol), DEFAULT_MAX_ITER):
                continue
        if len(got) != len(want["beta"]):
            # which other reading stops there, and on which side, depend on the draw: not said
            raise CheckFailed(
                "with a tol at which the readings of \"change\" disagree, your fit did not stop right "
                "after the first iteration whose largest absolute coefficient change is below tol (the "
                "change is max |beta_new - beta_old|, not its Euclidean norm, the change relative to "
                "|beta|, the change of the deviance, alone or together with the coefficients', the sum of "
                "the absolute changes or the largest change without its absolute value)")
        if not np.array_equal(as_array(beta, "beta", ndim=1), got[-1], equal_nan=True):  # a diverged fit: NaN
            raise CheckFailed("with a tol between two readings of \"change\", the returned beta is not the "
                              "last entry of history['beta']: return the coefficients after the last iteration")


TINY_TOL = 1e-300  # no step is this small before max_iter is reached


@computed_once
def max_iter_problem(seed: int) -> tuple:
    """A problem whose first three steps each move some coefficient up and some down: with tol =
    TINY_TOL no reading of "change" (a signed one included) stops before max_iter, so max_iter alone
    decides."""
    rng = np.random.default_rng(seed)
    for k in attempts("a problem whose first steps move coefficients both ways"):
        key = (int(rng.integers(2**31)), int(rng.integers(40, 160)), (3, 4, 5)[k % 3], bool(k % 2 == 0))
        steps = np.diff(np.asarray(expected(*key, max_iter=3, tol=TINY_TOL)[1]["beta"]), axis=0)
        if np.all(steps.max(axis=1) > 0) and np.all(steps.min(axis=1) < 0):
            return key


@check(EX, points=0.25, clauses=("1.9", "1.10"),
       description="max_iter caps the number of iterations, and beta is the last iterate")
def honours_max_iter(student):
    key = max_iter_problem(student.seed(EX, "max_iter"))
    for max_iter in (1, 2, 3):
        want_beta, want, _ = expected(*key, max_iter=max_iter, tol=TINY_TOL)
        beta, history = student_fit(student, key, max_iter=max_iter, tol=TINY_TOL)
        ran = len(iterates(history, key[2])) - 1
        if ran != max_iter:
            raise CheckFailed(f"with max_iter={max_iter} and tol={TINY_TOL:g} your fit ran {ran} iterations; "
                              f"expected exactly {max_iter}")
        assert_close(as_array(beta, "beta", ndim=1), want_beta,
                     f"the returned beta after max_iter={max_iter} iterations (the last iterate)",
                     rtol=COEF_RTOL, atol=COEF_ATOL)


@computed_once
def default_tol_problem(seed: int):
    """A problem with a step whose largest change lies in [1e-8, 1e-6): default tol decides."""
    rng = np.random.default_rng(seed)
    for k in range(200):
        key = (int(rng.integers(2**32)), int(rng.integers(40, 160)), int(rng.integers(2, 5)), bool(k % 2))
        _, full, _ = expected(*key, max_iter=50, tol=1e-13)
        largest = step_measures(full, key[1])["largest"]
        if np.any((largest >= 1.5e-8) & (largest < 0.7e-6)) and _signed_agrees(*problem(*key), 25, 1e-8):
            return key
    return None  # pragma: no cover - in practice found within a few draws


@computed_once
def default_max_iter_problem(seed: int):
    """A steep but not separable problem that IRLS solves to tol = 1e-8 in 11 to 24 iterations, |eta|
    at most 36 on the way (every double-precision form of the update agrees there) and no step within
    a factor 3 of tol: a default max_iter of 10 or less stops it early, 25 does not."""
    rng = np.random.default_rng(seed)
    for _ in attempts("a problem that needs more than 10 iterations"):
        n = int(rng.integers(30, 60))
        t = rng.normal(size=n)
        y = (t > 0).astype(float)
        near = np.argsort(np.abs(t))[:2 * int(rng.integers(1, 4)) + int(rng.integers(0, 3))]
        y[near] = 1.0 - y[near]  # a few observations nearest the boundary swap classes: steep, not separable
        X = np.column_stack([np.ones(n), t * rng.uniform(0.5, 2.0)])
        if _separated(X, y, max_iter=25):
            continue
        betas = np.asarray(_reference_run(X, y, 25, 1e-8)[1]["beta"])
        if 11 <= len(betas) - 1 <= 24 and float(np.max(np.abs(X @ betas.T))) <= 36 and _clear_stop(X, y, 25, 1e-8):
            return X, y


@check(EX, points=0.25, clauses=("1.11",), description="the default tol is 1e-8 and the default max_iter 25")
def default_arguments(student):
    # the fit called without tol against the same fit called with tol=1e-8, on a problem whose steps
    # tell 1e-8 from its neighbours: whatever the stopping rule, only the default decides
    key = default_tol_problem(student.seed(EX, "defaults"))
    if key is None:  # pragma: no cover
        return

    def ran(**kwargs) -> int:
        return len(iterates(student_fit(student, key, **kwargs)[1], key[2])) - 1

    without, explicit = ran(), ran(tol=1e-8)
    # above every step of the path, any reading of "change" stops within an iteration or two: a fit
    # that stopped early with 1e-8 and runs as long with that tol ignores tol, and no default of it
    # can be 1e-8 (a fit that ran to max_iter, diverging from a wrong start say, tells nothing here)
    above = 2.0 * float(step_measures(expected(*key, max_iter=50, tol=1e-13)[1], key[1])["largest"].max())
    if explicit < 25 and ran(tol=above) == explicit:  # 25: the default max_iter
        raise CheckFailed("with a tol above every change of coefficients your fit ran as many iterations as with "
                          "tol=1e-8: tol must stop the iteration, and its default is 1e-8")
    if without != explicit:
        raise CheckFailed(f"called without tol, your fit ran {'more' if without > explicit else 'fewer'} iterations "
                          "than called with tol=1e-8: the default tol is 1e-8")
    # the same relative test for max_iter, on a problem that needs more than 10 iterations
    X, y = default_max_iter_problem(student.seed(EX, "defaults", "max_iter"))
    _, seconds = timed(_reference_run, X, y, 25, 1e-8)

    def iterations(**kwargs) -> int:
        _, history = fit_pair(student.call("irls_logistic", X, y, ref_seconds=seconds, tol=1e-8, **kwargs))
        return len(iterates(history, X.shape[1])) - 1

    with_25 = iterations(max_iter=25)
    if with_25 > 10 and iterations() < with_25:
        raise CheckFailed("called without max_iter, your fit stopped after fewer iterations than called with "
                          "max_iter=25, on a problem that needs more than 10: the default max_iter is 25")


# ------------------------------------------------------------ the domain's edges
# Kinds of input the statement allows that tell its stopping rule and its arithmetic from a
# plausible departure, each exercised on every grading; values drawn per course, each draw
# verified to hold its kind's condition.
def _moderate(rng: np.random.Generator, p: int, scale_last: float = 1.0):
    """An intercept and p - 1 normal columns, the last on ``scale_last``; a non-separable y."""
    for _ in attempts("a moderate logistic problem"):
        n = int(rng.integers(30, 60))
        scales = np.ones(p)
        scales[-1] = scale_last
        X = np.column_stack([np.ones(n), rng.normal(size=(n, p - 1))]) * scales
        y = (rng.random(n) < 1 / (1 + np.exp(-X @ (rng.uniform(-1, 1, size=p) / scales)))).astype(float)
        if 2 < y.sum() < n - 2 and not _separated(X, y):
            return X, y


#: the least tol, relative to the solution's largest coefficient, that a kind draws where steps
#: shrink to rounding noise: 400 times the noise of the noisiest correct form (the normal equations)
ROUNDING_FLOOR = 3e-9


def _clear_stop(X, y, max_iter, tol) -> bool:
    """No step's change lies within a factor 3 of tol: rounding cannot move the stopping iteration."""
    betas = np.asarray(_reference_run(X, y, max_iter, 1e-300)[1]["beta"])
    changes = np.max(np.abs(np.diff(betas, axis=0)), axis=1)
    return bool(np.all((changes > 3 * tol) | (changes < tol / 3)))


def _signed_agrees(X, y, max_iter: int, tol: float) -> bool:
    """Whether the largest change without its absolute value stops where the contract's does: a
    kind made to judge another clause keeps that reading (stops_per_tol's) from deciding it."""
    history = _reference_run(X, y, max_iter, 1e-300)[1]
    measures = step_measures(history, X.shape[0])
    return min(first_below(measures["signed"], tol), max_iter) == min(first_below(measures["largest"], tol),
                                                                       max_iter)


def _reference_run(X, y, max_iter, tol):
    return quietly(reference.irls_logistic, X, y, max_iter=max_iter, tol=tol)


def _separated(X, y, max_iter: int = 40) -> bool:
    """The reference stops early, or diverges, within ``max_iter`` iterations: an iterate classifies
    every observation (a draw where the reference and a plain IRLS part ways, so it is drawn again).
    With tol = 1e-300 nothing else stops it early."""
    try:
        _, history = _reference_run(X, y, max_iter, 1e-300)
    except Exception:  # noqa: BLE001 - diverged: no use either
        return True
    return len(history["deviance"]) < max_iter


def _first_step_below_tol(rng):
    """tol above the first step's largest change: exactly one iteration, then stop."""
    X, y = _moderate(rng, int(rng.integers(2, 4)))
    first = np.max(np.abs(_reference_run(X, y, 1, 1e-300)[1]["beta"][1]))
    return {"X": X, "y": y, "max_iter": int(rng.integers(5, 26)), "tol": float(first * rng.uniform(3.5, 6))}


def _tol_below_float32(rng):
    """tol = 1e-11: reached in double precision within max_iter, never in single precision."""
    for _ in attempts("a problem solved to tol = 1e-11"):
        X, y = _moderate(rng, int(rng.integers(2, 5)))
        _, history = _reference_run(X, y, 25, 1e-11)
        if len(history["beta"]) - 1 < 20 and _clear_stop(X, y, 25, 1e-11) and _signed_agrees(X, y, 25, 1e-11):
            return {"X": X, "y": y, "max_iter": 25, "tol": 1e-11}


def _tiny_step_above_tol(rng):
    """A step whose change lies between 3e-12 and 5e-11 (still progress, not rounding: every double-
    precision form of the update agrees to ~1e-13 here), and tol 3.2 to 4 times below it: the contract
    runs one more iteration, while a change rounded or cut to 10 decimals (0 there) or compared in
    single precision stops before it."""
    for _ in attempts("a problem with a tiny step above tol"):
        X, y = _moderate(rng, int(rng.integers(2, 5)))
        changes = np.max(np.abs(np.diff(np.asarray(_reference_run(X, y, 25, 1e-300)[1]["beta"]), axis=0)), axis=1)
        tiny = np.nonzero((changes > 3e-12) & (changes < 5e-11))[0]
        if tiny.size:
            tol = float(changes[tiny[0]] / rng.uniform(3.2, 4.0))
            if _clear_stop(X, y, 25, tol) and _signed_agrees(X, y, 25, tol):
                return {"X": X, "y": y, "max_iter": 25, "tol": tol}


def _column_on_a_tiny_scale(rng):
    """One column on a scale of 1e-4 (its coefficient on 1e4): a ridge or a truncation shows."""
    for _ in attempts("a problem with a column on a tiny scale"):
        X, y = _moderate(rng, 3, scale_last=float(10.0 ** -rng.uniform(3.5, 4.5)))
        if _clear_stop(X, y, 25, 1e-3) and _signed_agrees(X, y, 25, 1e-3):
            return {"X": X, "y": y, "max_iter": 25, "tol": 1e-3}


def _constant_column_not_one(rng):
    """The constant column at a value other than 1 (0.01 to 0.1, or 10 to 300: a column of library
    sizes' common factor, a dose given to every cell): X already holds whatever intercept is wanted
    and every column is treated alike, so its coefficient is the usual intercept divided by that
    value, while a fit that resets a constant column to ones (or adds an intercept of its own) fits
    another model. tol = 1e-5 stays far above the rounding of coefficients up to ~100."""
    for _ in attempts("a problem whose constant column is not 1"):
        X, y = _moderate(rng, int(rng.integers(2, 4)))
        X[:, 0] = float(10.0 ** (rng.choice([-1.0, 1.0]) * rng.uniform(1.0, 2.5)))
        if _clear_stop(X, y, 25, 1e-5) and _signed_agrees(X, y, 25, 1e-5):
            return {"X": X, "y": y, "max_iter": 25, "tol": 1e-5}


def _column_on_a_minute_scale(rng):
    """One column in units 1e7 to 2e7 times too small (a concentration in mol/L, say: its coefficient
    near 1e7), the others near 1: X'WX is then ill conditioned by scaling alone (condition number
    near 1e14, determinant near 1e-12), yet every double-precision solve of the update agrees with
    the reference to ~1e-11 (the corpus's and the blind sets' correct forms, 80 draws), while a guard
    that calls a small determinant singular refuses a problem that has a fit. (Below 6e-8 a solve
    that truncates small singular values, as lstsq does at its default rcond, drifts.)"""
    for _ in attempts("a problem with a column on a minute scale"):
        X, y = _moderate(rng, int(rng.integers(2, 4)), scale_last=float(10.0 ** -rng.uniform(6.7, 7.2)))
        if _clear_stop(X, y, 25, 1e-3) and _signed_agrees(X, y, 25, 1e-3):
            return {"X": X, "y": y, "max_iter": 25, "tol": 1e-3}


def _many_cells(rng):
    """Thousands of cells (2,000 to 3,000, as a single-cell data set has) on weak effects: the
    deviance is then above 2,000, where a likelihood written as a product of probabilities has
    underflowed (below exp(-745)), and every iterate is a sum over all the cells. (Small enough that
    an update written with an n x n diag(w) stays within the kernel's memory and time.)"""
    for _ in attempts("a problem with thousands of cells"):
        p = int(rng.integers(2, 5))
        n = int(rng.integers(2000, 3000))
        X = np.column_stack([np.ones(n), rng.normal(size=(n, p - 1))])
        y = (rng.random(n) < 1 / (1 + np.exp(-X @ rng.uniform(-0.5, 0.5, size=p)))).astype(float)
        tol = float(10.0 ** -rng.uniform(6, 9))
        if _reference_run(X, y, 25, tol)[1]["deviance"][-1] > 2000 and _clear_stop(X, y, 25, tol) \
                and _signed_agrees(X, y, 25, tol):
            return {"X": X, "y": y, "max_iter": 25, "tol": tol}


def _largest_data(rng):
    """The largest data the domain draws: 5,500 to 6,000 cells (a single-cell data set's size), where a fit
    that subsamples or bins large data fits other data. An update written with an n x n diag(w) still fits
    in the kernel's memory (290 MB per matrix, and two of them while the next replaces the last; at 8,900
    cells the corpus's correct diag(w) update ran out of the kernel's 2 GiB)."""
    for _ in attempts("a problem with the largest number of cells"):
        p = int(rng.integers(2, 4))
        n = int(rng.integers(5500, 6001))
        X = np.column_stack([np.ones(n), rng.normal(size=(n, p - 1))])
        y = (rng.random(n) < 1 / (1 + np.exp(-X @ rng.uniform(-0.8, 0.8, size=p)))).astype(float)
        tol = float(10.0 ** -rng.uniform(6, 9))
        if _clear_stop(X, y, 25, tol) and _signed_agrees(X, y, 25, tol):
            return {"X": X, "y": y, "max_iter": 25, "tol": tol}


def _many_columns(rng):
    """55 to 70 columns (an intercept and as many covariates, genes used as covariates say) on four to five
    cells per column, with weak effects: X'WX is 55 x 55 or larger, and a fit that narrows its arithmetic
    or takes another method above some number of columns (50, say) fits otherwise there. With four cells
    or more per column and labels this close to random the classes are not separable (Cover: points in
    general position are separable by chance only below two per dimension); a draw that diverged anyway
    has no clear stop and is drawn again."""
    for _ in attempts("a problem with many columns"):
        p = int(rng.integers(55, 71))
        n = int(rng.integers(4 * p, 5 * p + 1))
        X = np.column_stack([np.ones(n), rng.normal(size=(n, p - 1))])
        y = (rng.random(n) < 1 / (1 + np.exp(-X @ rng.uniform(-0.15, 0.15, size=p)))).astype(float)
        tol = float(10.0 ** -rng.uniform(7, 9))
        if _clear_stop(X, y, 25, tol) and _signed_agrees(X, y, 25, tol):
            return {"X": X, "y": y, "max_iter": 25, "tol": tol}


def _rare_class(rng):
    """A rare cell type: 2 to 6 % of 300 to 800 cells in one class (either one), not separable. Every cell
    weighs the same in the likelihood: class weights, resampling or a prior correction fit something else."""
    for _ in attempts("a problem with a rare class"):
        p = int(rng.integers(2, 4))
        n = int(rng.integers(300, 801))
        X = np.column_stack([np.ones(n), rng.normal(size=(n, p - 1))])
        slopes = rng.uniform(0.4, 1.2, size=p - 1) * rng.choice([-1.0, 1.0], size=p - 1)
        y = (rng.random(n) < 1 / (1 + np.exp(-(-3.8 + X[:, 1:] @ slopes)))).astype(float)
        if rng.random() < 0.5:
            y = 1.0 - y
        tol = float(10.0 ** -rng.uniform(6, 9))
        if 0.02 <= min(y.mean(), 1 - y.mean()) <= 0.06 and not _separated(X, y, max_iter=25) \
                and _clear_stop(X, y, 25, tol) and _signed_agrees(X, y, 25, tol):
            return {"X": X, "y": y, "max_iter": 25, "tol": tol}


def _one_class(rng):
    """Every cell in one class (all zeros or all ones), as in a sample of one cell type: y is still n zeros
    and ones. Without an intercept and with covariates on both sides of 0 the classes are not separable
    (no beta gives every cell an eta of its class's sign), so the MLE is finite: it is fitted like any other."""
    for _ in attempts("a problem whose cells are all of one class"):
        p = int(rng.integers(1, 3))
        n = int(rng.integers(30, 201))
        X = rng.normal(size=(n, p)) + rng.uniform(-0.6, 0.6, size=p)
        y = np.full(n, float(rng.integers(0, 2)))
        tol = float(10.0 ** -rng.uniform(6, 9))
        if not _separated(X, y, max_iter=25) and _clear_stop(X, y, 25, tol) and _signed_agrees(X, y, 25, tol):
            return {"X": X, "y": y, "max_iter": 25, "tol": tol}


def _group_design(rng):
    """A design of group indicators (an intercept and one column per condition or batch but the
    first, as a DESeq2 design is): every cell of a group has the same row of X, so most rows repeat.
    Each cell is one observation: the fit weighs a group by its number of cells (its coefficients
    are the logits of the groups' proportions), which a fit over the distinct rows alone does not."""
    for _ in attempts("a design of group indicators"):
        groups = int(rng.integers(2, 5))
        sizes = rng.integers(10, 50, size=groups)
        labels = np.repeat(np.arange(groups), sizes)
        X = np.column_stack([np.ones(labels.size)] + [(labels == g).astype(float) for g in range(1, groups)])
        y = (rng.random(labels.size) < rng.uniform(0.2, 0.8, size=groups)[labels]).astype(float)
        counts = np.bincount(labels, weights=y, minlength=groups)
        tol = float(10.0 ** -rng.uniform(6, 9))
        if np.all((counts > 0) & (counts < sizes)) and _clear_stop(X, y, 25, tol) and _signed_agrees(X, y, 25, tol):
            order = rng.permutation(labels.size)
            return {"X": X[order], "y": y[order], "max_iter": 25, "tol": tol}


def _single_iteration(rng):
    """max_iter = 1, the smallest that iterates: one update, whatever tol says."""
    X, y = _moderate(rng, int(rng.integers(2, 5)))
    return {"X": X, "y": y, "max_iter": 1, "tol": float(10.0 ** -rng.uniform(6, 10))}


def _huge_max_iter(rng):
    """A problem that converges within 25 iterations, called with max_iter between 1e9 and 1e12: the
    loop's bound, not its length, is huge, so storage set aside for max_iter iterations up front
    (8 p max_iter bytes: gigabytes to terabytes) cannot be had."""
    for _ in attempts("a problem called with a huge max_iter"):
        X, y = _moderate(rng, int(rng.integers(2, 5)))
        tol = float(10.0 ** -rng.uniform(6, 9))
        if len(_reference_run(X, y, 25, tol)[1]["deviance"]) < 25 and _clear_stop(X, y, 25, tol) \
                and _signed_agrees(X, y, 25, tol):
            return {"X": X, "y": y, "max_iter": int(10.0 ** rng.uniform(9, 12)), "tol": tol}


def _steep_core(rng):
    """An intercept and one normal covariate t, y = (t > 0) with the two observations nearest the
    boundary swapped: the classes overlap only there, so the fit is steep but exists."""
    n = int(rng.integers(30, 60))
    t = rng.normal(size=n)
    y = (t > 0).astype(float)
    y[np.argmin(np.where(t > 0, t, np.inf))] = 0.0
    y[np.argmax(np.where(t < 0, t, -np.inf))] = 1.0
    return np.column_stack([np.ones(n), t]), y


def _extreme_linear_predictor(rng):
    """A steep but not separable problem (the two observations nearest the boundary swap classes),
    stopped after an update made at |eta| between 26 and 33: probabilities within 5e-12 of 0 or 1,
    where clipping them or flooring the weights moves the iterates by 1e-10 or more, while every
    double-precision form of the update (the statement's division by w included, which breaks
    down past |eta| = 37) agrees to 1e-12."""
    for _ in attempts("a steep problem updated at |eta| near 30"):
        X, y = _steep_core(rng)
        if _separated(X, y, max_iter=25):
            continue
        betas = _reference_run(X, y, 25, 1e-300)[1]["beta"]
        etas = [float(np.max(np.abs(X @ b))) for b in betas]
        # landing below |eta| = 36, where p still rounds away from 0 and 1: the statement's literal
        # deviance is finite there, and compare_run judges the deviances too
        last = [k for k in range(1, len(betas)) if 26 < etas[k - 1] <= 33 and etas[k] <= 36]
        # and no step within a factor 3 of tol: a converging step of 1.02e-12 stopped the reference
        # and not three correct forms (benchmarks/draw_sweep.py, draw 5015)
        if last and _signed_agrees(X, y, last[-1], 1e-12) and _clear_stop(X, y, last[-1], 1e-12):
            return {"X": X, "y": y, "max_iter": last[-1], "tol": 1e-12}


def _far_predictors(rng, low: float = 40, high: float = 100):
    """A non-separable core with a few correctly classified cells far out, at |eta| between 40 and
    100 at the solution: there sigma(eta) rounds to exactly 0 or 1, so w = p (1 - p) computed from
    that p is 0, the literal z = eta + (y - p) / w divides by zero and log(1 - p) is log 0. Every
    form that keeps 1 - p as sigma(-eta) and the deviance as logaddexp agrees to ~1e-14; the
    literal forms return NaN, and clipping eta or p moves the far cells' weights."""
    for _ in attempts("a problem with cells far from the boundary"):
        core, y = _steep_core(rng)
        if _separated(core, y, max_iter=25):
            continue
        b = _reference_run(core, y, 25, 1e-8)[0]
        if abs(b[1]) < 1e-3:
            continue
        # cells placed at a drawn |eta| on the side their class lies (correctly classified: the
        # fit barely moves, and the data stay non-separable)
        k = int(rng.integers(2, 5))
        signs = rng.choice([-1.0, 1.0], size=k)
        signs[:2] = (-1.0, 1.0)
        eta = signs * rng.uniform(low, high, size=k)
        far = (eta - b[0]) / b[1]
        X = np.vstack([core, np.column_stack([np.ones(k), far])])
        y_all = np.r_[y, (eta > 0).astype(float)]
        order = rng.permutation(len(y_all))
        X, y_all = X[order], y_all[order]
        beta, history = _reference_run(X, y_all, 25, 1e-8)
        top = float(np.max(np.abs(X @ beta)))
        if low <= top <= 1.1 * high and len(history["deviance"]) < 25 and _clear_stop(X, y_all, 25, 1e-8) \
                and _signed_agrees(X, y_all, 25, 1e-8):
            return {"X": X, "y": y_all, "max_iter": 25, "tol": 1e-8}


def _very_far_predictors(rng):
    """Correctly classified cells at |eta| between 300 and 650 (the statement bounds |eta| nowhere): log(1 +
    exp(eta)) still has a finite exp there, but its derivatives taken as written (autograd of log1p(exp(eta)),
    exp(eta) / (1 + exp(eta))**2) are 0/0 or 1 instead of a weight of about 0; the stable forms agree."""
    return _far_predictors(rng, 300, 650)


def _subnormal_weight_cell(rng):
    """A gently sloped problem (one normal covariate, 150 to 300 cells) and one correctly classified cell
    placed at |eta| between 708.5 and 709.2 at the solution: there exp(-|eta|), the cell's weight,
    is a subnormal number (below 2.2e-308), the last range before it rounds to 0 and the statement's
    working response stops being finite (the reference raises from about 709.4). Any form that
    computes in double precision as numpy does by default agrees to ~1e-14; one that raises on
    floating-point underflow (``np.errstate(all="raise")``), or flushes subnormals, does not."""
    for _ in attempts("a problem with a cell whose weight is subnormal"):
        n = int(rng.integers(150, 301))
        x = rng.normal(size=n)
        a, b = rng.uniform(-1.0, 1.0), rng.uniform(1.5, 3.0)
        y = (rng.random(n) < 1.0 / (1.0 + np.exp(-(a + b * x)))).astype(float)
        core = np.column_stack([np.ones(n), x])
        fitted = _reference_run(core, y, 25, 1e-8)[0]
        eta = rng.choice([-1.0, 1.0]) * rng.uniform(708.5, 709.2)
        X = np.vstack([core, [1.0, (eta - fitted[0]) / fitted[1]]])
        y_all = np.r_[y, float(eta > 0)]
        order = rng.permutation(n + 1)
        X, y_all = X[order], y_all[order]
        try:
            beta, history = _reference_run(X, y_all, 25, 1e-8)
            top = float(np.max(np.abs(X @ beta)))
            fits = 708.4 < top < 709.4 and len(history["deviance"]) < 25 and _clear_stop(X, y_all, 25, 1e-8) \
                and _signed_agrees(X, y_all, 25, 1e-8)
        except reference.IRLSDivergenceError:  # the weight rounded to 0 on the way: not this kind
            continue
        if fits:
            return {"X": X, "y": y_all, "max_iter": 25, "tol": 1e-8}


def _misclassified_far_cell(rng):
    """A thousand cells or more on a steep boundary and two cells far out on the wrong side, one on each, at
    |eta| between 40 and 80 at the solution (non-separable: they are misclassified): their terms of
    the deviance, log(1 - p) for the y = 0 cell and log p for the y = 1 cell, are about -|eta|, which a
    p clipped away from 0 and 1 (at 1e-15: -34.5) or a rounded p (log 0 on the side where p rounds to
    1) gets wrong, while log sigma(-eta) is exact. Both sides in every draw, so a form wrong on one side
    only is caught in every course. They barely weigh in the update."""
    for _ in attempts("a problem with a misclassified cell far out on each side"):
        # a thousand cells or more on a steep slope, so that two misclassified cells far out flatten the fit
        # little and still sit at |eta| 40 to 80 (about half the draws)
        n = int(rng.integers(1000, 2000))
        t = rng.normal(size=n)
        y = (rng.random(n) < 1 / (1 + np.exp(-rng.uniform(4.0, 6.0) * t))).astype(float)
        # the far cells' classes are the other side's: y = 0 far on the positive side, y = 1 on the negative
        far = np.array([rng.uniform(15, 30), -rng.uniform(15, 30)])
        X = np.column_stack([np.ones(n + 2), np.r_[t, far]])
        y = np.r_[y, 0.0, 1.0]
        order = rng.permutation(n + 2)
        X, y = X[order], y[order]
        beta, history = _reference_run(X, y, 25, 1e-8)
        eta_far = np.array([1.0, far[0]]) @ beta, np.array([1.0, far[1]]) @ beta
        if 40 < eta_far[0] <= 80 and -80 <= eta_far[1] < -40 and len(history["deviance"]) < 25 \
                and _clear_stop(X, y, 25, 1e-8) and _signed_agrees(X, y, 25, 1e-8):
            return {"X": X, "y": y, "max_iter": 25, "tol": 1e-8}


#: a non-separable problem (no column of ones, a cell far out on one axis) on which an IRLS step
#: raises the deviance, by 11% at the 7th iteration, and which then converges: found by a search over
#: 300,000 small heavy-tailed designs (about 1 in 10,000 has such a step, none from normal data)
RISING_X = np.array([[-0.4105542532046279, -0.6102895696452555], [-1.4799891879167717, -0.4039507567672875],
                     [0.03432380269074605, 0.7780682268591337], [-1.3625361312622795, -1.5237892505009787],
                     [0.24962032232166026, 17.5174331208616], [142.02111773969887, 0.19238959225910993],
                     [-0.1424297485335523, -0.8667995641728792], [0.1328804322859093, -0.2918441323634339]])
RISING_Y = np.array([0.0, 1.0, 0.0, 1.0, 0.0, 0.0, 0.0, 1.0])


def _deviance_rises(rng):
    """RISING_X in other coordinates (X A for a random invertible A: IRLS is Newton's method, so its
    linear predictors, and hence its deviances, are the same in any coordinates) with its rows in
    another order: a step of IRLS raises the deviance, so a step halved, damped or refused when the
    deviance rises (glm.fit's safeguard) leaves the IRLS path, while every correct form agrees to
    ~1e-14 (measured over the corpus's and the blind sets' correct forms)."""
    for _ in attempts("a problem on which an IRLS step raises the deviance"):
        q, _ = np.linalg.qr(rng.normal(size=(2, 2)))
        X = (RISING_X @ (q * rng.uniform(0.3, 3.0, size=2)))
        order = rng.permutation(len(RISING_Y))
        X, y = X[order], RISING_Y[order]
        deviances = np.asarray(_reference_run(X, y, 25, 1e-8)[1]["deviance"])
        if len(deviances) < 25 and np.any(np.diff(deviances) > 1e-3 * deviances[1:]) \
                and _clear_stop(X, y, 25, 1e-8) and _signed_agrees(X, y, 25, 1e-8):
            return {"X": X, "y": y, "max_iter": 25, "tol": 1e-8}


def _single_precision_design(rng):
    """X sent as float32 (the statement's "float array" allows it), solved to tol = 1e-10: computed
    in float64, as the statement asks, the fit reaches that tol within max_iter; computed in X's own
    dtype the steps stall near 1e-7, every iterate moves by ~1e-7 and all max_iter iterations run."""
    for _ in attempts("a float32 design solved to tol = 1e-10"):
        X, y = _moderate(rng, int(rng.integers(2, 5)))
        X = X.astype(np.float32)
        wide = X.astype(float)  # the values the reference (and a float64 fit) work on
        _, history = _reference_run(wide, y, 25, 1e-10)
        if len(history["beta"]) - 1 < 20 and _clear_stop(wide, y, 25, 1e-10) and _signed_agrees(wide, y, 25, 1e-10):
            return {"X": X, "y": y, "max_iter": 25, "tol": 1e-10}


def _no_iteration(rng):
    """max_iter = 0, the smallest the statement allows: no update, the start and no deviance."""
    X, y = _moderate(rng, int(rng.integers(2, 5)))
    return {"X": X, "y": y, "max_iter": 0, "tol": float(10.0 ** -rng.uniform(6, 10))}


def _covariates_far_from_zero(rng):
    """Covariates whose means lie 5 to 20 from 0, and a tol between two measures of one iteration's
    step: the largest change of the coefficients themselves (the intercept's, which carries the means)
    and the largest change the same iterates show with the intercept taken at the covariates' means
    (~10x smaller). IRLS stops on the first; a stopping test measured in any other coordinates
    (centred columns, a rescaled design) stops at another iteration."""
    for _ in attempts("a problem with covariates far from 0"):
        p = int(rng.integers(2, 4))
        X, y = _moderate(rng, p)
        X[:, 1:] += rng.choice([-1.0, 1.0], size=p - 1) * rng.uniform(5, 20, size=p - 1)
        if _separated(X, y, max_iter=25):
            continue
        betas = np.asarray(_reference_run(X, y, 25, 1e-300)[1]["beta"])
        steps = np.diff(betas, axis=0)
        actual = np.max(np.abs(steps), axis=1)
        centred = steps.copy()
        centred[:, 0] += steps[:, 1:] @ X[:, 1:].mean(axis=0)
        centred = np.max(np.abs(centred), axis=1)
        # Far from 0 the update is ill conditioned: once converged, every correct form's steps are
        # rounding noise of its own (measured over 150 such problems: up to 7e-12 of the largest
        # |beta| for the normal equations, 1e-13 for QR or lstsq), which no tol near them can tell
        # from a last real step (benchmarks/draw_sweep.py found one such draw in 400).
        floor = ROUNDING_FLOOR * max(1.0, float(np.max(np.abs(betas[-1]))))
        for k in range(1, min(len(actual), 12)):  # stop at iteration k + 1 on one measure, later on the other
            tol = float(np.sqrt(actual[k] * centred[k]))
            if tol > floor and actual[k] > 4 * tol and np.all(np.minimum(actual[:k], centred[:k]) > 4 * tol) \
                    and _clear_stop(X, y, 25, tol) and _signed_agrees(X, y, 25, tol):
                return {"X": X, "y": y, "max_iter": 25, "tol": tol}


def _nearly_collinear(rng):
    """Two columns correlated above 0.999 yet of full rank (a gene and a near copy of it: x and x + c z,
    c from 0.01 to 0.05), beside an intercept: X'WX is well enough conditioned (cond(X) below ~200) for
    every double-precision solve, and every column is fitted, its own coefficient large and of opposite
    sign to its twin's. A column dropped (its coefficient held at 0) or merged fits another model."""
    for _ in attempts("two columns correlated above 0.999, of full rank"):
        n = int(rng.integers(200, 401))
        x = rng.normal(size=n)
        twin = x + float(rng.uniform(0.01, 0.05)) * rng.normal(size=n)
        X = np.column_stack([np.ones(n), x, twin])
        if rng.random() < 0.5:
            X = X[:, [0, 2, 1]]
        y = (rng.random(n) < 1 / (1 + np.exp(-(rng.uniform(-0.5, 0.5) + rng.uniform(0.5, 1.5) * x)))).astype(float)
        tol = float(10.0 ** -rng.uniform(6, 8))
        if np.corrcoef(x, twin)[0, 1] > 0.999 and np.linalg.cond(X) < 200 and not _separated(X, y, max_iter=25) \
                and _clear_stop(X, y, 25, tol) and _signed_agrees(X, y, 25, tol):
            return {"X": X, "y": y, "max_iter": 25, "tol": tol}


def _single_precision_response(rng):
    """y sent as float32 zeros and ones (the statement's y is zeros and ones, floats or integers), solved
    to tol = 1e-10: 0 and 1 are exact in float32, so the fit is the float64 one and reaches that tol within
    max_iter, while weights, residuals or probabilities held in y's dtype are rounded to 7 digits, their
    steps stall near 1e-7 and all max_iter iterations run."""
    for _ in attempts("a problem with a float32 y solved to tol = 1e-10"):
        X, y = _moderate(rng, int(rng.integers(2, 5)))
        _, history = _reference_run(X, y, 25, 1e-10)
        if len(history["beta"]) - 1 < 20 and _clear_stop(X, y, 25, 1e-10) and _signed_agrees(X, y, 25, 1e-10):
            return {"X": X, "y": y.astype(np.float32), "max_iter": 25, "tol": 1e-10}


def _coefficients_settle_apart(rng):
    """A loose tol (1e-4 to 1e-2) on 3 to 5 columns on scales 0.1 to 10 whose coefficients settle at
    different iterations: at an iteration before the stop one coefficient moves by less than tol / 3 while
    another still moves by more than 3 tol, and the settled one moves later by more than 1e-5 of the largest
    coefficient. Every iteration updates every coefficient (one IRLS step), so freezing a coefficient once
    its own change is below tol leaves the path."""
    for _ in attempts("a problem whose coefficients settle at different iterations"):
        p = int(rng.integers(3, 6))
        n = int(rng.integers(60, 200))
        scales = np.exp(rng.uniform(np.log(0.1), np.log(10.0), size=p))
        scales[0] = 1.0
        X = np.column_stack([np.ones(n), rng.normal(size=(n, p - 1))]) * scales
        y = (rng.random(n) < 1 / (1 + np.exp(-X @ (rng.uniform(-1.5, 1.5, size=p) / scales)))).astype(float)
        if not 5 < y.sum() < n - 5 or _separated(X, y, max_iter=25):
            continue
        betas = np.asarray(_reference_run(X, y, 25, 1e-300)[1]["beta"])
        steps = np.abs(np.diff(betas, axis=0))
        largest = steps.max(axis=1)
        top = float(np.max(np.abs(betas[-1])))
        for k in range(min(len(steps), 25)):
            # a tol between one coefficient's change and another's at iteration k + 1, within [1e-4, 1e-2]
            low, high = max(3 * steps[k].min(), 1e-4), min(largest[k] / 3, 1e-2)
            if low >= high:
                continue
            tol = float(np.exp(rng.uniform(np.log(low), np.log(high))))
            stop = first_below(largest, tol)
            settled = np.flatnonzero(steps[k] < tol / 3)
            if k + 1 < stop <= 24 and np.max(np.abs(betas[stop, settled] - betas[k + 1, settled])) > 1e-5 * top:
                if _clear_stop(X, y, 25, tol) and _signed_agrees(X, y, 25, tol):
                    return {"X": X, "y": y, "max_iter": 25, "tol": tol}
                break


def _stopped_far_from_optimum(rng):
    """A steep, nearly separable problem (a few cells nearest the boundary swap classes) that IRLS solves in
    11 to 24 iterations, called with max_iter from 5 to 8: the fit stops on max_iter, its last step still far
    above tol, its coefficients still far (more than 1% of the largest) from the optimum. beta is that last
    iterate, history['beta'][-1]; an optimiser run on after IRLS, or any other estimate, is not."""
    for _ in attempts("a slowly converging problem stopped by max_iter"):
        n = int(rng.integers(30, 80))
        t = rng.normal(size=n)
        y = (t > 0).astype(float)
        near = np.argsort(np.abs(t))[:int(rng.integers(2, 5))]
        y[near] = 1.0 - y[near]
        X = np.column_stack([np.ones(n), t * rng.uniform(0.5, 2.0)])
        if _separated(X, y, max_iter=25):
            continue
        betas = np.asarray(_reference_run(X, y, 25, 1e-8)[1]["beta"])
        max_iter = int(rng.integers(5, 9))
        tol = float(10.0 ** -rng.uniform(6, 9))
        if not 11 <= len(betas) - 1 <= 24 or float(np.max(np.abs(X @ betas[:max_iter + 1].T))) > 30:
            continue
        last, best = betas[max_iter], betas[-1]
        if np.max(np.abs(last - best)) > 1e-2 * np.max(np.abs(best)) and \
                np.max(np.abs(betas[max_iter] - betas[max_iter - 1])) > 3 * tol and \
                _clear_stop(X, y, max_iter, tol) and _signed_agrees(X, y, max_iter, tol):
            return {"X": X, "y": y, "max_iter": max_iter, "tol": tol}


DOMAIN = Domain(IRLS, (
    Kind("a problem whose first step is already below tol", "1.9", _first_step_below_tol),
    # well conditioned: every double-precision way of computing the update agrees to ~1e-13, and
    # data or arithmetic rounded to single precision moves the iterates by ~1e-7
    Kind("a problem solved to tol = 1e-11", "1.5", _tol_below_float32, rtol=1e-9),
    Kind("a tol a few times below a step of 3e-12 to 5e-11", "1.9", _tiny_step_above_tol, rtol=1e-9),
    Kind("a problem with a column on a scale of 1e-4", "1.2", _column_on_a_tiny_scale),
    Kind("a problem whose constant column is 0.01 to 0.1 or 10 to 300, not 1", "1.2", _constant_column_not_one),
    Kind("a call with max_iter = 1", "1.9", _single_iteration),
    Kind("a problem whose covariates lie far from 0", "1.9", _covariates_far_from_zero),
    # measured over 40 draws: the corpus's 8 correct update forms and the statement's literal one
    # within 4.2e-13 of the reference, clipped probabilities or floored weights 5.4e-10 or more away
    Kind("a steep problem updated at |eta| near 30", "1.5", _extreme_linear_predictor, rtol=3e-11),
    Kind("a call with max_iter = 0", "1.9", _no_iteration),
    Kind("a call with max_iter between 1e9 and 1e12 that converges within 25", "1.9", _huge_max_iter),
    # measured over 60 draws: the corpus's and the blind sets' 9 correct forms within 2.5e-14 of the
    # reference, a log-probability clipped at -30 (a floor on p of 1e-13) 2.7e-12 or more away
    Kind("a problem with cells at |eta| between 40 and 100", "1.5", _far_predictors, rtol=3e-13),
    Kind("a problem with cells at |eta| between 300 and 650", "1.5", _very_far_predictors, rtol=3e-13),
    Kind("a problem with a cell at |eta| between 708.5 and 709.2, whose weight is subnormal", "1.5",
         _subnormal_weight_cell, rtol=1e-10),
    Kind("a float32 X solved to tol = 1e-10", "1.2", _single_precision_design, rtol=1e-9),
    Kind("a problem with a misclassified cell on each side at |eta| between 40 and 80", "1.8",
         _misclassified_far_cell),
    Kind("a problem on which an IRLS step raises the deviance", "1.5", _deviance_rises, rtol=1e-11),
    Kind("a problem with a column on a scale near 1e-7", "1.2", _column_on_a_minute_scale),
    Kind("a problem with 2,000 to 3,000 cells", "1.8", _many_cells),
    Kind("a problem with 5,500 to 6,000 cells", "1.5", _largest_data),
    Kind("a problem with a rare class (2 to 6 % of the cells)", "1.5", _rare_class),
    # well conditioned however many columns: double-precision updates agree to ~1e-12, a Gram matrix
    # or a solve narrowed to float32 moves the iterates by ~1e-7
    Kind("a problem with 55 to 70 columns", "1.5", _many_columns, rtol=1e-9),
    Kind("a design of group indicators, its rows repeated", "1.2", _group_design),
    Kind("a problem whose cells are all of one class, without an intercept (not separable)", "1.3", _one_class),
    Kind("a problem with two columns correlated above 0.999, of full rank", "1.2", _nearly_collinear),
    # y's zeros and ones are exact in float32: the fit is the float64 one, to the same rounding
    Kind("a float32 y solved to tol = 1e-10", "1.3", _single_precision_response, rtol=1e-9),
    Kind("a tol between 1e-4 and 1e-2 on 3 to 5 columns whose coefficients settle at different iterations",
         "1.5", _coefficients_settle_apart),
    Kind("a slowly converging problem stopped by a max_iter between 5 and 8", "1.10", _stopped_far_from_optimum),
))


def compare_run(value, args, kind: Kind) -> str | None:
    """The student's (beta, history) against the reference's iterates; the reason when they differ."""
    X, y, max_iter, tol = args["X"], args["y"], args["max_iter"], args["tol"]
    want_beta, want = _reference_run(X, y, max_iter, tol)
    if not isinstance(value, (tuple, list)) or len(value) != 2 or not isinstance(value[1], dict) \
            or "beta" not in value[1]:
        return f"irls_logistic returned {formats.describe(value)}, not (beta, history)"
    try:
        got = iterates(value[1], X.shape[1])
        beta = as_array(value[0], "beta", ndim=1)
    except CheckFailed as exc:
        return str(exc)
    try:  # the reference's own iterates as far as the student's went (it may diverge beyond them)
        path = _reference_run(X, y, min(50, max(len(got) - 1, len(want["beta"]) - 1, 1)), 1e-300)[1]["beta"]
    except Exception:  # noqa: BLE001
        path = want["beta"]
    rtol = kind.rtol or COEF_RTOL

    def near(a, b) -> bool:  # relative to the iterate's largest coefficient: one scale per iterate
        return a.shape == b.shape and bool(np.max(np.abs(a - b), initial=0.0) <= rtol * max(np.max(np.abs(b)), 1e-3))

    for k in range(1, min(len(got), len(path))):
        if not np.all(np.isfinite(got[k])) and np.all(np.isfinite(path[k])):
            return ("an entry of history['beta'] holds NaN or inf where IRLS's update is finite: where |eta| is "
                    "large, sigma(eta) rounds to exactly 0 or 1 and w = p (1 - p) becomes 0, so dividing by w "
                    "breaks; compute W z as w * eta + (y - p), and 1 - p as sigma(-eta)")
        if not near(got[k], path[k]):
            return ("an entry of history['beta'] is not the IRLS update of the entry before it (no ridge, clipping "
                    "or truncation, and float64 throughout: the update is exactly beta <- (X' W X)^-1 X' W z)")
    ran, want_ran = len(got) - 1, len(want["beta"]) - 1
    if ran != want_ran:
        return (f"the fit ran {'more' if ran > want_ran else 'fewer'} iterations than it should: after each "
                "iteration, stop if max |beta_new - beta_old| < tol (the first iteration included), and never "
                "run more than max_iter")
    if not near(beta, want_beta):
        return "the returned beta is not the last iterate of history['beta']"
    try:
        deviances = as_array(value[1].get("deviance"), "history['deviance']", ndim=1)
    except CheckFailed as exc:
        return str(exc)
    want_deviances = np.asarray(want["deviance"], dtype=float)
    if deviances.shape != want_deviances.shape:
        return "history['deviance'] does not hold one entry per iteration"
    if not np.all(np.isfinite(deviances)) or \
            not np.allclose(deviances, want_deviances, rtol=max(rtol, DEV_RTOL), atol=1e-9):
        return ("an entry of history['deviance'] is not the binomial deviance at that iteration's coefficients "
                "(finite wherever the fit is: 2 sum(log(1 + exp(eta)) - y eta) never takes the log of 0)")
    return None


domain_check(EX, DOMAIN, name="edges_of_the_iteration", points=0.5, compare=compare_run,
             description="on the domain's edges (a first step below tol, tol = 1e-11, a column on a tiny "
                         "scale, max_iter = 0, 1 and 1e9 and more, covariates far from 0, "
                         "|eta| near 30 and past 40, a "
                         "misclassified cell far out, a float32 X, a step that raises the deviance, "
                         "5,500 cells and more, a rare class, 55 to 70 columns, columns correlated above 0.999, "
                         "a float32 y, a "
                         "loose tol on coefficients settling apart, max_iter 5 to 8 far from the optimum) every "
                         "iterate, every deviance and the number "
                         "of iterations are IRLS's")
