"""Exercise 1: Poisson IRLS with a safe start (``irls_poisson``).

IRLS from a fixed start is a deterministic map, so the checks compare every iterate with
:func:`reference.irls_poisson` (R's ``glm.fit`` start, tested against statsmodels): the start
(``lstsq`` of ``log(y + 0.1)``), the first step taken from ``log(y + 0.1)`` itself, every later
step, the deviance at each new iterate (judged at the student's own iterate, so that rounding of
the iterates does not blur a wrong formula) and the iteration at which the fit stops.

Problems are drawn from the course secret and the submission: counts from ~2 to ~1e5 (from
beta = 0 the larger ones overflow), designs with and without a column of ones, p = 1 to 5.
Tolerances: iterates within 1e-7 of the iterate's largest coefficient (correct forms agree to
~1e-11), deviances within 1e-9 relative. The stopping rule is judged with tols placed between
the statement's measure of a step (the largest absolute change) and each other plausible measure
(Euclidean length, relative change, deviance change), each stopping at another iteration, and
never within a factor 1.2 of an actual change.
"""
from __future__ import annotations

import numpy as np

from autograder.checks import (PER_SUBMISSION, CheckFailed, Clause, Domain, Kind, StudentError, as_array, attempts,
                               check, clauses, domain_check, draws)

from .. import formats
from ._common import formatted
from .poisson_problems import (
    clear_of_tol,
    draw_problem,
    first_below,
    full_path,
    max_changes,
    problem,
    reference_run,
)
from .signatures import IRLS

EX = "ex1_poisson_irls"
COEF_RTOL = 1e-7
DEV_RTOL = 1e-9

clauses(EX, [
    Clause("1.1", "irls_poisson(X, y, max_iter=25, tol=1e-8) returns a pair (beta, history); history is a dict "
                  "with the keys 'beta' and 'deviance' (more keys are allowed).",
           "any problem; read with the format rules"),
    Clause("1.2", "X is an (n, p) float array (float32 or float64; computed in float64) of full column rank that "
                  "already contains an intercept column if one is wanted; y holds n non-negative integer counts "
                  "(floats or integers), zeros allowed, up to 1e5.",
           "problems without a column of ones and with p = 1; y sent as int64; X sent as float32 and solved "
           "to tol = 1e-10 (in float32 the steps stall near 1e-7); X and y both sent as float32, iterates judged "
           "to 1e-9 (log(y + 0.1) in float32 is 1e-8 off)"),
    Clause("1.3", "Start as glm.fit does: eta0 = log(y + 0.1); history['beta'][0] = lstsq(X, eta0).",
           "max_iter = 0 (the start alone), on problems with zero counts and with counts up to 1e5"),
    Clause("1.4", "One iteration is one IRLS update at the current eta (the first at eta0 itself, then at "
                  "X beta): mu = exp(eta), w = mu, z = eta + (y - mu) / mu, beta <- (X' W X)^-1 X' W z.",
           "max_iter = 1 (the first step differs when taken from X beta0 or from beta = 0) and every later "
           "iterate; counts in the thousands to 1e5, where a start at beta = 0 overflows; a column on a scale of "
           "1e-3 to 1e-2 (X' W X with an eigenvalue below 1e-2, where a ridge or any other change of the update "
           "shows)"),
    Clause("1.5", "history['beta'] holds beta0, then a copy of the coefficients after every iteration.",
           "every entry against the reference iterate (a stored reference would show the last one); a second "
           "call, after which the first call's history must hold as many arrays as before (a history kept "
           "between calls holds the second call's)"),
    Clause("1.6", "history['deviance'] holds, after every iteration, the Poisson deviance at that iteration's new "
                  "coefficients, with 0 log 0 = 0 (finite); len(deviance) == len(beta) - 1.",
           "every entry against the deviance at the fit's own new and old iterates, which differ; problems with "
           "many zero counts (the literal y log(y / mu) is NaN there)"),
    Clause("1.7", "Stop right after the first iteration whose change max_k |beta_new_k - beta_old_k| (the first "
                  "measured from beta0) is below tol, or after max_iter iterations.",
           "tol between the largest and the Euclidean change of a step, between the mean and the largest "
           "absolute change, between the absolute and the relative change, and between the coefficient and the "
           "deviance change; a tol above the first iteration's change (measured from beta0) and below the "
           "coefficients' size (the change from beta = 0), so that the fit stops after one iteration; max_iter 0 "
           "and 1"),
    Clause("1.8", "Return beta, the coefficients after the last iteration (history['beta'][-1]), a 1-D float "
                  "numpy array of length p.",
           "every problem: beta against the fit's own last iterate"),
    Clause("1.9", "tol defaults to 1e-8 and max_iter to 25.",
           "a problem whose iteration count at tol = 1e-8 differs from that at 1e-6 and at 1e-10, called "
           "without tol and max_iter"),
], free=[
    "how each weighted least-squares step is solved (solve, lstsq, QR, Cholesky, Newton's method with the "
    "Hessian X' W X) and any numerically stable rewriting of the formulas (W z as mu eta + y - mu)",
    "whether a change exactly equal to tol stops the iteration (no input sits within rounding of tol)",
    "whether X and y are converted or copied",
    "the default max_iter when more than 25 iterations would be needed: every problem converges in fewer",
    "guards against overflow of exp(eta) (the statement promises |eta| <= 30 at every iterate; every problem "
    "keeps |eta| < 15)",
])

draws(EX, PER_SUBMISSION, "a problem costs milliseconds to draw and to answer with the reference")


# ------------------------------------------------------------------ reading answers
def fit_pair(value) -> tuple[object, dict]:
    """``(beta, history)`` read leniently (the format is the format check's)."""
    if not isinstance(value, (tuple, list)) or len(value) != 2:
        raise CheckFailed(f"irls_poisson returned {formats.describe(value)}, not a pair (beta, history)")
    beta, history = value
    if not isinstance(history, dict) or not {"beta", "deviance"} <= set(history):
        raise CheckFailed("history is not a dict with the keys 'beta' and 'deviance'")
    return beta, history


def iterates(history: dict, p: int) -> list[np.ndarray]:
    entries = history["beta"]
    if isinstance(entries, np.ndarray) and entries.ndim == 2:
        entries = list(entries)
    if not isinstance(entries, (list, tuple)) or not entries:
        raise CheckFailed(f"history['beta'] is {formats.describe(entries)}, not a non-empty list of coefficient "
                          "vectors")
    return [as_array(v, f"history['beta'][{k}]", ndim=1, shape=(p,)) for k, v in enumerate(entries)]


def near(a: np.ndarray, b: np.ndarray, rtol: float = COEF_RTOL) -> bool:
    """Within ``rtol`` of the larger coefficient of ``b`` (one scale per iterate)."""
    return a.shape == b.shape and bool(np.all(np.isfinite(a))) and \
        bool(np.max(np.abs(a - b), initial=0.0) <= rtol * max(float(np.max(np.abs(b))), 1e-3))


def deviance(X: np.ndarray, y: np.ndarray, beta: np.ndarray) -> float:
    """The Poisson deviance at ``beta`` (the reference family's, 0 log 0 = 0)."""
    from reference.families import Poisson

    with np.errstate(over="ignore", invalid="ignore", divide="ignore"):
        return Poisson().deviance(np.asarray(y, dtype=float), np.asarray(X, dtype=float) @ beta)


def start_deviance(y: np.ndarray) -> float:
    """The Poisson deviance at the start's own mean, mu = y + 0.1 (where the first iteration starts)."""
    from reference.families import Poisson

    y = np.asarray(y, dtype=float)
    return Poisson().deviance(y, np.log(y + 0.1))


def compare_run(value, args: dict, kind: Kind | None = None) -> str | None:
    """The student's ``(beta, history)`` against the reference's iterates; the reason when they differ."""
    X, y, max_iter, tol = args["X"], args["y"], args["max_iter"], args["tol"]
    rtol = (kind.rtol if kind is not None and kind.rtol else None) or COEF_RTOL
    wide = np.asarray(X, dtype=float)
    want_beta, want = reference_run(wide, y, max_iter, tol)
    try:
        beta, history = fit_pair(value)
        got = iterates(history, X.shape[1])
        beta = as_array(beta, "beta", ndim=1)
    except CheckFailed as exc:
        return str(exc)
    path = full_path(wide, y, max(len(got), len(want["beta"])) + 1)
    pairs = zip(got, path, strict=False)
    single = np.float32 in (np.asarray(X).dtype, np.asarray(y).dtype)
    if single and any(not near(g, b, rtol) and near(g, b, 1e-3) for g, b in pairs):
        return ("the iterates are off by float32 rounding: compute in float64 (np.asarray(X, dtype=float) and "
                "np.asarray(y, dtype=float)), whatever the dtypes of X and y")
    if len(got) > 2 and all(np.array_equal(g, got[-1]) for g in got[1:]) and not near(got[1], path[1], rtol):
        return ("every entry of history['beta'] is the same vector, the last coefficients: append a copy of "
                "beta (beta.copy()) after each iteration, and do not update beta in place")
    if not near(got[0], path[0], rtol):
        return ("history['beta'][0] is not the start: the least-squares fit of eta0 = log(y + 0.1), "
                "np.linalg.lstsq(X, np.log(y + 0.1), rcond=None)[0] (a start at beta = 0 overflows on large counts)")
    if len(got) > 1 and not near(got[1], path[1], rtol):
        return ("history['beta'][1] is not the first IRLS step: it is computed at eta0 = log(y + 0.1) itself "
                "(mu = y + 0.1), not at X @ beta0, with w = mu and z = eta + (y - mu) / mu")
    for k in range(2, min(len(got), len(path))):
        if not near(got[k], path[k], rtol):
            return ("an entry of history['beta'] is not the IRLS update of the entry before it "
                    "(beta <- (X' W X)^-1 X' W z at eta = X beta, computed in float64)")
    ran, want_ran = len(got) - 1, len(want["beta"]) - 1
    if ran != want_ran:
        # one wording for both directions: which way a misread rule errs depends on the drawn problem
        return ("the fit stops after another number of iterations than it should: after each "
                "iteration, stop if max |beta_new - beta_old| < tol (the first iteration's change measured from "
                "beta0), and never run more than max_iter")
    if not (beta.shape == got[-1].shape and np.array_equal(beta, got[-1])) and not near(beta, want_beta, rtol):
        return "the returned beta is not the last entry of history['beta']"
    try:
        deviances = as_array(history.get("deviance"), "history['deviance']", ndim=1)
    except CheckFailed as exc:
        return str(exc)
    if deviances.shape != (ran,):
        return "history['deviance'] does not hold one entry per iteration (len(history['beta']) - 1 of them)"
    for k in range(ran):
        at_new = deviance(X, y, got[k + 1])
        if not (np.isfinite(deviances[k]) and abs(deviances[k] - at_new) <= DEV_RTOL * max(abs(at_new), 1.0)):
            # the iteration's old coefficients; the first iteration starts from eta0 = log(y + 0.1) itself
            olds = [deviance(X, y, got[k])] + ([start_deviance(y)] if k == 0 else [])
            if np.isfinite(deviances[k]) and any(abs(deviances[k] - at_old) <= DEV_RTOL * max(abs(at_old), 1.0)
                                                 for at_old in olds):
                return ("an entry of history['deviance'] is the deviance at the iteration's OLD coefficients: "
                        "evaluate it at the new ones")
            if not np.isfinite(deviances[k]):
                return ("an entry of history['deviance'] is NaN or inf: with zero counts take y log(y / mu) as 0 "
                        "where y == 0 (0 log 0 = 0), e.g. scipy.special.xlogy(y, y / mu)")
            return ("an entry of history['deviance'] is not the Poisson deviance 2 sum(y log(y / mu) - (y - mu)) at "
                    "that iteration's new coefficients")
    return None


# ------------------------------------------------------------------ ordinary problems
#: p, intercept, log of the mean count, integer y: the kinds of ordinary problem in turn
CYCLE = ((2, True, 5.0, False), (1, False, 2.0, True), (3, True, 8.0, False), (4, False, 3.0, True))


def ordinary(student, purpose: str, count: int) -> list[dict]:
    """``count`` ordinary problems for ``purpose`` (drawn per submission), as keyword arguments."""
    rng = student.rng(EX, purpose)
    found = []
    for k in range(count):
        p, intercept, log_mean, integer_y = CYCLE[k % len(CYCLE)]
        X, y = problem(student.seed(EX, purpose, k), int(rng.integers(30, 120)), p, intercept,
                       float(log_mean + rng.uniform(-1.0, 1.0)))
        found.append({"X": X, "y": y.astype(np.int64) if integer_y else y, "max_iter": 25, "tol": 1e-8})
    return found


@check(EX, points=0.75, clauses=("1.3", "1.4"),
       description="the start is the least-squares fit of log(y + 0.1), and the first step is taken from "
                   "log(y + 0.1) itself, on counts with zeros and counts up to 1e5")
def starts_from_the_data(student):
    rng = student.rng(EX, "start")
    for k, (log_mean, intercept) in enumerate(((0.3, False), (float(rng.uniform(9.0, 11.0)), True))):
        X, y = problem(student.seed(EX, "start", k), int(rng.integers(30, 80)), 2 + k, intercept, log_mean)
        path = full_path(X, y, 2)
        for max_iter in (0, 1):
            try:
                _, history = fit_pair(student.call("irls_poisson", X, y, max_iter=max_iter, tol=1e-12))
            except StudentError as exc:
                raise exc.within(f"called with max_iter={max_iter}") from None
            got = iterates(history, X.shape[1])
            if len(got) != max_iter + 1:
                raise CheckFailed(f"with max_iter={max_iter} history['beta'] should hold {max_iter + 1} "
                                  f"entr{'y' if max_iter == 0 else 'ies'} (the start, then one per iteration)")
            if not near(got[0], path[0]):
                raise CheckFailed("history['beta'][0] is not the least-squares fit of eta0 = log(y + 0.1) "
                                  "(np.linalg.lstsq(X, np.log(y + 0.1), rcond=None)[0])"
                                  + (" on counts with zeros" if k == 0 else " on counts in the thousands"))
            if max_iter == 1 and not near(got[1], path[1]):
                raise CheckFailed("the first IRLS step is wrong: take it at eta0 = log(y + 0.1) itself "
                                  "(mu = y + 0.1), not at X @ beta0 or beta = 0")


@check(EX, points=0.5, clauses=("1.1", "1.8"),
       description="irls_poisson returns (beta, history) in the forms the format rules ask for")
def returns_pair_and_history(student):
    args = ordinary(student, "format", 1)[0]
    value = student.call("irls_poisson", args["X"], args["y"])
    formatted(formats.irls_poisson_format, value, args["X"].shape[1])


@check(EX, points=1.0, clauses=("1.2", "1.4", "1.5", "1.6", "1.7", "1.8"),
       description="on ordinary problems (with and without an intercept, p = 1 to 4, integer y) every iterate, "
                   "every deviance and the number of iterations are IRLS's")
def iterates_and_deviances(student):
    for args in ordinary(student, "path", 4):
        reason = compare_run(student.call("irls_poisson", **args), args)
        if reason:
            raise CheckFailed(reason)


@check(EX, points=0.5, clauses=("1.9",),
       description="called without tol and max_iter, the fit stops as with tol=1e-8 and max_iter=25")
def default_arguments(student):
    rng = student.rng(EX, "defaults")
    # one problem that a looser default tol (1e-6) stops earlier, one that a tighter one (1e-10) stops later
    for other in (1e-6, 1e-10):
        for _ in attempts(f"a problem whose stop at tol = 1e-8 differs from that at {other:g}"):
            X, y = draw_problem(rng, int(rng.integers(20, 60)), int(rng.integers(2, 4)), intercept=True,
                                log_mean=float(rng.uniform(1.0, 6.0)))
            changes = max_changes(full_path(X, y, 30))
            if first_below(changes, 1e-8) != first_below(changes, other) and clear_of_tol(changes, 1e-8):
                break
        reason = compare_run(student.call("irls_poisson", X, y), {"X": X, "y": y, "max_iter": 25, "tol": 1e-8})
        if reason:
            raise CheckFailed(f"called without tol and max_iter: {reason} (the defaults are max_iter=25, tol=1e-8)")


def _fixed_length(rng, max_iter: int, what: str) -> dict:
    """A problem on which the fit runs exactly ``max_iter`` iterations (every change far above tol)."""
    for _ in attempts(what):
        X, y = draw_problem(rng, int(rng.integers(15, 40)), int(rng.integers(2, 4)), intercept=True,
                            log_mean=float(rng.uniform(1.0, 5.0)), what=what)
        changes = max_changes(full_path(X, y, max_iter))
        if np.all(changes > 1e-9):
            return {"X": X, "y": y, "max_iter": max_iter, "tol": 1e-12}


@check(EX, points=0.25, clauses=("1.5",),
       description="a second call leaves the history the first call returned as it was (a new dict and new "
                   "lists in every call)")
def answers_stay_the_callers(student):
    rng = student.rng(EX, "two calls")
    first = _fixed_length(rng, 1, "a problem fitted in one iteration")
    second = _fixed_length(rng, 3, "a problem fitted in three iterations")
    # the arrays of the first answer are counted right after the call and again after the second call
    # (a "scribble" entry changes them, as a caller may, and answers how many there were): the first
    # answer's history is the caller's, so a later call neither adds entries to it nor takes any away
    entries = [{"func": "irls_poisson", "kwargs": first}, {"scribble": 0},
               {"func": "irls_poisson", "kwargs": second}, {"scribble": 0}]
    answers = student.calls(entries)
    for k, what in ((0, "the first call"), (2, "the second call")):
        if answers[k].error is not None:
            raise answers[k].error.within(what)
    before, after = answers[1].value, answers[3].value
    if answers[1].error is None and answers[3].error is None and before != after:
        raise CheckFailed("a second call changed the history the first call returned (it then holds the second "
                          "call's iterates): create a new history dict, with new lists, in every call, not "
                          "one kept between calls")


# ------------------------------------------------------------------ the domain's edges
def _large_counts(rng):
    """Counts in the thousands to 1e5: one IRLS step from beta = 0 leaves double precision."""
    X, y = draw_problem(rng, int(rng.integers(20, 80)), int(rng.integers(2, 4)), intercept=True,
                        log_mean=float(rng.uniform(8.0, 11.5)), what="a problem with large counts")
    return {"X": X, "y": y, "max_iter": 25, "tol": 1e-8}


def _many_zeros(rng):
    """Mean counts near 0.3 to 1: a third or more of the counts are 0."""
    for _ in attempts("a problem with many zero counts"):
        X, y = draw_problem(rng, int(rng.integers(40, 100)), int(rng.integers(1, 4)), intercept=False,
                            log_mean=float(rng.uniform(-1.0, 0.0)), what="a problem with many zero counts")
        if np.mean(y == 0) > 0.3:
            return {"X": X, "y": y, "max_iter": 25, "tol": 1e-8}


def _no_iteration(rng):
    X, y = draw_problem(rng, int(rng.integers(20, 50)), int(rng.integers(1, 4)), intercept=True,
                        log_mean=float(rng.uniform(1.0, 5.0)))
    return {"X": X, "y": y, "max_iter": 0, "tol": float(10.0 ** -rng.uniform(6, 10))}


def _one_iteration(rng):
    X, y = draw_problem(rng, int(rng.integers(20, 50)), int(rng.integers(2, 4)), intercept=True,
                        log_mean=float(rng.uniform(1.0, 5.0)))
    return {"X": X, "y": y, "max_iter": 1, "tol": 1e-12}


def _between(rng, other, what: str, p_range=(2, 5), log_mean=(1.0, 6.0)):
    """A problem and a tol between the statement's measure of a step and ``other(path, X, y)``'s, at the
    same iteration, so that the two readings stop at different iterations, each clear of tol."""
    for _ in attempts(what):
        p = int(rng.integers(*p_range))
        X, y = draw_problem(rng, int(rng.integers(20, 80)), p, intercept=bool(rng.integers(0, 2)) or p == 1,
                            log_mean=float(rng.uniform(*log_mean)))
        path = full_path(X, y, 30)
        actual, alternative = max_changes(path), other(path, X, y)
        scale = float(np.max(np.abs(path[-1])))
        for k in rng.permutation(min(len(actual), 8)):
            if not (actual[k] > 0 and alternative[k] > 0) or abs(np.log(actual[k] / alternative[k])) < np.log(1.5):
                continue
            tol = float(np.sqrt(actual[k] * alternative[k]))
            if first_below(actual, tol) != first_below(alternative, tol) and clear_of_tol(actual, tol, scale) \
                    and clear_of_tol(alternative, tol, scale, margin=1.05):
                return {"X": X, "y": y, "max_iter": 25, "tol": tol}


def _euclidean(path, X, y):
    return np.array([float(np.linalg.norm(path[k] - path[k - 1])) for k in range(1, len(path))])


def _relative(path, X, y):
    return np.array([float(np.max(np.abs(path[k] - path[k - 1]) / np.maximum(np.abs(path[k]), 1e-12)))
                     for k in range(1, len(path))])


def _deviance_change(path, X, y):
    devs = [deviance(X, y, b) for b in path]
    return np.abs(np.diff(devs))


def _single_precision(rng):
    """X sent as float32, solved to tol = 1e-10: in float64 the fit gets there; in float32 it stalls."""
    for _ in attempts("a float32 design solved to tol = 1e-10"):
        X, y = draw_problem(rng, int(rng.integers(30, 80)), int(rng.integers(2, 4)), intercept=True,
                            log_mean=float(rng.uniform(2.0, 5.0)))
        X32 = X.astype(np.float32)
        wide = X32.astype(float)
        try:
            changes = max_changes(full_path(wide, y, 30))
        except Exception:  # noqa: BLE001, S112 - a rounded design the reference rejects is redrawn
            continue
        if first_below(changes, 1e-10) < 20 and clear_of_tol(changes, 1e-10, margin=3.0):
            return {"X": X32, "y": y, "max_iter": 25, "tol": 1e-10}


def _one_column(rng):
    X, y = draw_problem(rng, int(rng.integers(20, 60)), 1, intercept=False, log_mean=float(rng.uniform(0.5, 4.0)))
    return {"X": X, "y": y.astype(np.int64), "max_iter": 25, "tol": 1e-8}


def _first_step_below(rng):
    """A tol above the first iteration's change (measured from beta0) and below the coefficients' size (the
    change from beta = 0): the fit stops after one iteration."""
    for _ in attempts("a tol above the first iteration's change"):
        p = int(rng.integers(1, 4))
        X, y = draw_problem(rng, int(rng.integers(20, 60)), p, intercept=p > 1,
                            log_mean=float(rng.uniform(1.0, 6.0)), what="a tol above the first change")
        path = full_path(X, y, 30)
        actual = max_changes(path)
        from_zero = float(np.max(np.abs(path[1])))
        tol = float(actual[0] * 10.0 ** rng.uniform(0.3, 1.0))
        if tol * 2.0 < from_zero and first_below(actual, tol) == 1 \
                and clear_of_tol(actual, tol, float(np.max(np.abs(path[-1]))), margin=1.5):
            return {"X": X, "y": y, "max_iter": 25, "tol": tol}


def _mean_change(path, X, y):
    return np.array([float(np.mean(np.abs(path[k] - path[k - 1]))) for k in range(1, len(path))])


def _single_precision_counts(rng):
    """X and y sent as float32 (counts in the hundreds to thousands, exact in float32), solved to tol = 1e-10."""
    for _ in attempts("float32 X and y solved to tol = 1e-10"):
        X, y = draw_problem(rng, int(rng.integers(30, 80)), int(rng.integers(2, 4)), intercept=True,
                            log_mean=float(rng.uniform(4.0, 8.0)), what="float32 X and y")
        wide = X.astype(np.float32).astype(float)
        try:
            changes = max_changes(full_path(wide, y, 30))
        except Exception:  # noqa: BLE001, S112 - a rounded design the reference rejects is redrawn
            continue
        if first_below(changes, 1e-10) < 20 and clear_of_tol(changes, 1e-10, margin=3.0):
            return {"X": X.astype(np.float32), "y": y.astype(np.float32), "max_iter": 25, "tol": 1e-10}


def _small_scale_column(rng):
    """One column on a scale of 1e-3 to 1e-2 (its coefficient is then the largest): X' W X has an eigenvalue
    below 1e-2, where any change to the update (a ridge added to X' W X, say) shows."""
    for _ in attempts("a design with a column on a small scale"):
        p = int(rng.integers(2, 4))
        X, y = draw_problem(rng, int(rng.integers(20, 50)), p, intercept=True,
                            log_mean=float(rng.uniform(0.5, 2.5)), what="a design with a column on a small scale")
        X = X.copy()
        X[:, int(rng.integers(1, p))] *= 10.0 ** rng.uniform(-3, -2)  # IRLS is equivariant: the same fit
        path = full_path(X, y, 30)
        mu = np.exp(X @ path[-1])
        if float(np.linalg.eigvalsh(X.T @ (mu[:, None] * X))[0]) < 1e-2 \
                and clear_of_tol(max_changes(path), 1e-8, float(np.max(np.abs(path[-1]))), margin=3.0):
            return {"X": X, "y": y, "max_iter": 25, "tol": 1e-8}


DOMAIN = Domain(IRLS, (
    Kind("counts in the thousands to 1e5", "1.4", _large_counts),
    Kind("a problem with many zero counts", "1.6", _many_zeros),
    Kind("a call with max_iter = 0", "1.3", _no_iteration),
    Kind("a call with max_iter = 1", "1.4", _one_iteration),
    Kind("a tol between the largest and the Euclidean change of a step", "1.7",
         lambda rng: _between(rng, _euclidean, "a tol between max and Euclidean change", p_range=(4, 7))),
    Kind("a tol between the absolute and the relative change of a step", "1.7",
         lambda rng: _between(rng, _relative, "a tol between absolute and relative change", log_mean=(3.0, 8.0))),
    Kind("a tol between the coefficient change and the deviance change", "1.7",
         lambda rng: _between(rng, _deviance_change, "a tol between coefficient and deviance change")),
    Kind("a tol above the first iteration's change and below the coefficients' size", "1.7", _first_step_below),
    Kind("a tol between the mean and the largest absolute change of a step", "1.7",
         lambda rng: _between(rng, _mean_change, "a tol between mean and largest change", p_range=(3, 6))),
    Kind("a float32 X solved to tol = 1e-10", "1.2", _single_precision),
    Kind("float32 X and float32 counts solved to tol = 1e-10", "1.2", _single_precision_counts, rtol=1e-9),
    Kind("a design with a column on a scale of 1e-3 to 1e-2", "1.4", _small_scale_column),
    Kind("a single column without intercept and integer counts", "1.2", _one_column),
))


def _compare(value, args, kind):
    return compare_run(value, args, kind)


domain_check(EX, DOMAIN, name="edges_of_the_iteration", points=1.5, compare=_compare,
             description="on the domain's edges (counts up to 1e5, many zeros, max_iter 0 and 1, tols between "
                         "the statement's change and the Euclidean, mean, relative and deviance changes, a tol "
                         "above the first change, float32 X and y, a column on a small scale, one column) every "
                         "iterate, every deviance and the number of iterations are IRLS's")
