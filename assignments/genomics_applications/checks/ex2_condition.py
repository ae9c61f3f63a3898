"""Exercise 2: condition-number experiments.

Inputs are drawn from the course secret. ``design_with_condition`` is
checked exactly: cond(X) must equal kappa to max(1e-6, 64 eps kappa)
relative (an SVD construction reaches ~4 eps kappa, see tests/reference), on
square and tall designs with 1 to 5 columns and kappa from exactly 1 to
1e10. ``coefficient_rmse`` is a Monte Carlo estimate whose random draws are
the student's own, so it is compared with theory, not with the reference's
draws: beta_hat - beta ~ N(0, s^2 (X'X)^-1), hence ||beta_hat - beta||^2 =
sum_i l_i chi2_1 with l the eigenvalues of s^2 (X'X)^-1: mean sum(l),
variance 2 sum(l^2). Each design is run under 40 seeds of 500 trials: the
mean of their squares (20000 trials pooled) is compared with sum(l), and
their spread with theory's, so that the verdict on a mistake is the same
for every draw (see :func:`rmse_matches_theory`).
"""
from __future__ import annotations

import functools

from autograder.checks import (CheckFailed, Clause, Domain, Kind, as_array, attempts, check, clauses, computed_once,
                               shape_difference, timed)

import numpy as np

import reference
from .. import formats

from .signatures import DESIGN

EX = "ex2_condition"
EPS = np.finfo(float).eps
N_TRIALS = 20000
Z = 5.0

clauses(EX, [
    Clause("2.1", "design_with_condition(n_samples, kappa, n_features=3, seed=0) returns a float numpy "
                  "array of shape (n_samples, n_features).",
           "square and tall designs, 1 to 5 columns, kappa from exactly 1 to 1e14, and a call without n_features"),
    Clause("2.2", "Its 2-norm condition number (largest over smallest singular value) equals kappa up to "
                  "rounding, for every kappa >= 1; with n_features = 1 only kappa = 1 is possible.",
           "kappa exactly 1, kappa a few millionths above 1, non-integer kappa from 1.5 to 1e6, kappa near 1e9 "
           "and between 1e13 and 1e14, one column with kappa = 1; within 1e-10 relative below kappa ~ 1e4 "
           "(a single-precision basis is off by 5e-8 and more), 64 eps kappa above"),
    Clause("2.3", "The matrix is random and reproducible from seed: the same arguments give the same matrix "
                  "whatever the global random state, different seeds give different matrices, and the "
                  "default seed is 0.",
           "the same call under two different global numpy/torch seeds; seeds s and s + 1, s and s + 2**32, "
           "s and s + 2**61 - 1 (hash() folds modulo it), s and s + 2**64, and two neighbours near 2**60 (a seed "
           "taken through float keeps 53 bits), each on "
           "every kind of the domain (square designs too); "
           "runs of three neighbouring seeds at kappa 1, a moderate kappa and one kappa in "
           "every half decade from 1e8 to 1e14 (a redraw from seed + 1 until the condition number matches makes "
           "neighbours share a matrix); "
           "a call without seed"),
    Clause("2.4", "coefficient_rmse(X, beta_true, noise_sd=1.0, n_trials=500, seed=0) returns one float.",
           "any call; read with the format rules"),
    Clause("2.5", "It returns sqrt of the mean over the n_trials trials of ||beta_hat - beta_true||^2, where "
                  "beta_hat is the least-squares fit to y = X beta_true + noise, also for a full-rank X with "
                  "kappa up to 1e10.",
           "40 seeds of 500 trials against the theoretical value, on designs with 2 to 5 columns, kappa up to 1e3 "
           "and near 1e10 (the normal equations and a pseudo-inverse that drops small singular values fall out) "
           "and non-zero beta_true (a band of about 2%: mean of norms, per-coefficient RMSE, no square root all "
           "fall out); without noise, a design at kappa exactly 1e10 whose condition number computes a rounding "
           "above it (a guard without room for rounding falls out), and at kappa 1e6 to 1e8 (the normal equations "
           "solved there, also with a fallback to the SVD only where Cholesky fails, fall out); n_trials = 2 "
           "over 300 seeds at a noise level 1e-6 of the problem's (a mean over "
           "n_trials - 1 trials doubles the mean square; a rounded result is 0); n_trials = 5 over 300 seeds on "
           "a design whose error is nearly one-dimensional (a median, of trials or of block means, sits about "
           "35% low); one call of an odd n_trials "
           "between 2,001 and 9,999 on a design of kappa 1e6 to 1e7 with a noise_sd small next to beta_true too "
           "(the normal equations fall out there in every course: Cholesky of X'X succeeds, and its rounding "
           "error dwarfs the noise's) and on three other edges "
           "(a last partial batch dropped falls out; a result outside its band is called "
           "with 12 more seeds, and one that is centred but noisier than n_trials fresh trials is left to "
           "rmse_single_trial); n_trials = 101, 1,001 and 1,025 "
           "over 100, 24 and 24 seeds, one past a round batch size, beside 1,000 over 24 seeds, on a design of "
           "16 to 24 columns of equal error variance (a last batch of one trial weighed like a full batch spreads "
           "like a single trial, only past the round size); one call each at n_trials = 127, 199, 255, 499, 511, "
           "999, 1,023, 1,999 and 3,999, one less than twice a round batch size, on that design (a last partial "
           "batch dropped, for batches of 25 to 3,000 trials, falls out: at one of them it is 12 to 50% of "
           "the trials)"),
    Clause("2.6", "Each trial draws fresh independent noise N(0, noise_sd^2 I).",
           "noise_sd far from 1 (sd versus variance); 500 trials under 40 seeds (results spread like an average "
           "of fresh draws, not like one draw); n_trials = 1 over 600 seeds (one fresh draw each, not an "
           "average); n_trials = 1 over 400 seeds on a design where one coefficient rests on one observation, "
           "so that one fit's error is that observation's noise: as often beyond the normal's 95th percentile "
           "as normal noise is (uniform noise of the same variance never is); n_trials = 1 over 200 seeds on a "
           "design of 16 to 24 columns of equal error variance: the squared results spread as a chi-square of p "
           "degrees of freedom does (a scale factor per trial, as overdispersed replicates, spreads 5 or more "
           "times as much; noise rescaled to a fixed norm barely spreads); n_trials = 1 over 300 seeds on a design "
           "whose least determined direction is the coefficients' mean (the error's spread around its own mean "
           "keeps under a quarter of it); n_trials = 50 over 200 seeds on a design of 16 to 24 columns and only "
           "1 or 2 more rows, where each coefficient's error rests mostly on single rows' noise, beside n_trials = "
           "1 over 600 seeds: the results spread as averages of 50 of the student's own independent trials do (noise "
           "stratified over the trials, as a Latin hypercube or scrambled Sobol points give, spreads a quarter "
           "as much or less); noise_sd = 0 gives 0"),
    Clause("2.7", "n_trials trials are simulated, and the result is reproducible from seed (the same seed "
                  "gives the same value, different seeds different values).",
           "n_trials = 1 and 20000; n_trials of 10,001 to 11,999 and one more, with the same seed (a cap on "
           "n_trials gives the same value); the same call under two global seeds; neighbouring seeds; seeds s, "
           "s + 2**32, s + 2**61 - 1 and s + 2**64; two neighbouring seeds near 2**60 (a seed taken through float "
           "keeps 53 bits)"),
    Clause("2.8", "The defaults are noise_sd=1.0 and n_trials=500.",
           "a call without noise_sd, n_trials and seed against one with 1.0, 500 and 0 spelled out: the same "
           "seed gives the same value (the contract check)"),
], free=[
    "how the design is built (SVD, QR, eigendecomposition) and its scale: only its shape, its condition "
    "number and its reproducibility are asked",
    "which generator seeded from seed is used, and how noise is drawn from it (normal(0, sd), "
    "sd * standard_normal, per trial or all at once)",
    "inputs outside the assumptions: kappa < 1, n_samples < n_features, a rank-deficient X in "
    "coefficient_rmse, n_features = 1 with kappa > 1 (no such matrix exists)",
])


def kappa_rtol(kappa: float) -> float:
    """The relative error of a condition number built in double precision: rounding grows with kappa
    (64 eps kappa); below kappa ~ 1e4 the floor, 1e-10, is 2,000 times the worst of the corpus's and
    the blind sets' 19 correct constructions (5e-14 at kappa = 1, 8 draws of every kind) and 500 times
    below what a basis drawn or orthonormalised in single precision gives (5e-8 and more)."""
    return max(1e-10, 64 * EPS * kappa)


# --------------------------------------------------------- design_with_condition
def _design_kind(p: int, kappa, rows: tuple[int, int] | None = (20, 120)):
    """A draw of (n_samples, kappa, n_features = p, seed): ``kappa`` a number or ``kappa(rng)``;
    ``rows`` None makes the design square."""
    def draw(rng: np.random.Generator) -> dict:
        n = p if rows is None else int(rng.integers(*rows))
        return {"n_samples": n, "kappa": float(kappa(rng) if callable(kappa) else kappa), "n_features": p,
                "seed": int(rng.integers(0, 2**31))}
    return draw


def _log_uniform(low: float, high: float):
    return lambda rng: float(np.exp(rng.uniform(np.log(low), np.log(high))))


# Every kind is exercised on every grading, in this order; its name is what a message calls it (no
# column count is drawn, so a name may give it). The kappas before the 1e9 kind stay below 300,
# where 10**kappa is finite, so a construction that overflows is caught first on the 1e9 kind in
# every course; larger kappas come after it.
DESIGN_DOMAIN = Domain(DESIGN, (
    Kind("4 columns and kappa = 1", "2.2", _design_kind(4, 1.0)),
    # within np.isclose's default rtol of 1 yet far above kappa_rtol: "kappa close to 1 is 1" shows
    Kind("3 columns and a kappa between 1.000003 and 1.000009", "2.2",
         _design_kind(3, lambda rng: 1.0 + rng.uniform(3e-6, 9e-6))),
    Kind("2 columns and a kappa between 1.5 and 250", "2.2", _design_kind(2, _log_uniform(1.5, 250.0))),
    Kind("3 columns and a kappa between 1.5 and 250", "2.2", _design_kind(3, _log_uniform(1.5, 250.0))),
    Kind("a square design and a kappa between 10 and 250", "2.2",
         _design_kind(5, _log_uniform(10.0, 250.0), rows=None)),
    Kind("one column and kappa = 1", "2.2", _design_kind(1, 1.0, rows=(5, 60))),
    # thousands of samples: a construction that changes method above some size shows. (No taller: an n x n
    # factor, as a full SVD's U is, must still fit in the kernel's memory: 290 MB at 6,000 rows; the corpus's
    # correct full-SVD construction ran out of its 2 GiB at 14,000.)
    Kind("3 columns, 4,001 to 6,000 rows and a kappa between 1.5 and 250", "2.2",
         _design_kind(3, _log_uniform(1.5, 250.0), rows=(4_001, 6_001))),
    Kind("4 columns and kappa near 1e9", "2.1", _design_kind(4, lambda rng: rng.uniform(0.5e9, 2e9))),
    Kind("2 columns and a kappa between 300 and 1e6", "2.2", _design_kind(2, _log_uniform(300.0, 1e6))),
    # the statement bounds kappa only below: near 1/eps's tenth the construction must still return a
    # matrix (an assert of cond(X) == kappa to numpy's default tolerance fails there), whose
    # condition number rounding leaves within kappa_rtol (14% at 1e13)
    Kind("3 columns and a kappa between 1e13 and 1e14", "2.1", _design_kind(3, _log_uniform(1e13, 1e14))),
))


def design_cases(student) -> list[tuple[str, int, float, int, int]]:
    """(kind name, n_samples, kappa, n_features, seed) for every kind of :data:`DESIGN_DOMAIN`."""
    return [(kind.name, a["n_samples"], a["kappa"], a["n_features"], a["seed"])
            for kind, a in DESIGN_DOMAIN.draws(student, EX)]


def student_design(student, n, kappa, p, seed, global_seed=None, pass_p=True, pass_seed=True):
    _, seconds = timed(reference.design_with_condition, n, kappa, n_features=p, seed=seed)
    kwargs = {}
    if pass_p:
        kwargs["n_features"] = p
    if pass_seed:
        kwargs["seed"] = seed
    value = student.call("design_with_condition", n, kappa, ref_seconds=seconds, global_seed=global_seed,
                         **kwargs)
    return value, as_array(value, "the matrix design_with_condition returns", ndim=2)


@check(EX, points=0.5, clauses=("2.1",),
       description="design_with_condition returns a finite float array of shape (n_samples, n_features)")
def design_shape(student):
    # every kind of the domain, kappa near 1e9 included: whether a construction overflows (a finite
    # matrix is part of the clause) must not depend on which kappas the secret drew
    for case, n, kappa, p, seed in design_cases(student):
        value, X = student_design(student, n, kappa, p, seed, pass_p=p != 3)
        formats.design_with_condition_format(value)
        if X.shape != (n, p):
            raise CheckFailed(f"for {case}, design_with_condition returned "
                              f"{shape_difference(X.shape, (n, p))}; the shape is (n_samples, n_features)"
                              + ("" if p != 3 else " (3 is the default n_features)"))
        if not np.all(np.isfinite(X)):
            raise CheckFailed(f"for {case}, design_with_condition returned NaN or inf "
                              "entries; singular values from 1 to kappa stay finite" +
                              (", but 10**kappa overflows (np.logspace takes exponents, not the ratio kappa)"
                               if kappa > 300 else ""))


@check(EX, points=1.25, clauses=("2.2",),
       description="the design's 2-norm condition number equals kappa, from kappa = 1 to 1e14")
def design_condition_number(student):
    for case, n, kappa, p, seed in design_cases(student):
        _, X = student_design(student, n, kappa, p, seed)
        if X.shape != (n, p):
            raise CheckFailed(f"for {case}, design_with_condition returned "
                              f"{shape_difference(X.shape, (n, p))}; the shape is (n_samples, n_features)")
        s = np.linalg.svd(X, compute_uv=False)
        got = s[0] / s[-1] if s[-1] > 0 else np.inf
        if not abs(got - kappa) <= kappa_rtol(kappa) * kappa:
            raise CheckFailed(f"for {case}, the condition number of the returned matrix "
                              + condition_mistake(got, kappa))


def condition_mistake(got: float, kappa: float) -> str:
    """How a wrong condition number relates to kappa, without its value."""
    if kappa > 1 and abs(got - np.sqrt(kappa)) <= 1e-6 * np.sqrt(kappa):
        return ("is sqrt(kappa): it is cond(X^T X) that equals kappa, but the condition number of X itself "
                "must (the singular values of X span a ratio of kappa)")
    with np.errstate(over="ignore"):
        if kappa < 300 and abs(got - 10.0**kappa) <= 1e-6 * 10.0**kappa:
            return ("is 10**kappa: the singular values span 10**kappa (np.logspace takes exponents), "
                    "not a ratio of kappa")
    side = "larger" if got > kappa else "smaller"
    if abs(got - kappa) <= 1e-5 * kappa:
        return (f"is slightly {side} than kappa, by more than double precision's rounding: U and V are "
                "orthonormal only to single precision (~1e-7); draw and orthonormalise them in float64")
    return (f"is {side} than kappa: if you build X = U diag(s) V^T, both U and V need orthonormal columns for "
            "s to be the singular values of X (a raw random or rescaled matrix is not orthogonal)")


#: how many neighbouring seeds (s, s + 1, ...) each kappa of :func:`neighbour_runs` is called with
NEIGHBOURS = 3


@computed_once
def neighbour_runs(seed: int) -> list[tuple[str, int, float, tuple[int, ...]]]:
    """(what, n_samples, kappa, seeds) for runs of NEIGHBOURS neighbouring seeds, 3 columns: at kappa = 1,
    at a moderate kappa, and at one kappa in every half decade from 1e8 to 1e14.

    Every kappa must give a matrix per seed: a construction that checks its condition number and, where
    rounding misses kappa, redraws from seed + 1, seed + 2, ... returns, for seeds s and s + 1, the matrix
    of the first seed whose draw passes, so neighbouring seeds share a matrix wherever about half the
    draws miss. Where that is depends on its test (at a relative 1e-9 from 1e8 to 1e10, a looser test
    higher), hence every half decade up to the largest kappas the domain draws, on every grading."""
    rng = np.random.default_rng(seed)
    cases = [("3 columns and kappa = 1", 1.0),
             ("3 columns and a kappa between 1.5 and 250", _log_uniform(1.5, 250.0)(rng))]
    cases += [("3 columns and a kappa between 1e8 and 1e14", float(10.0 ** rng.uniform(8 + k / 2, 8.5 + k / 2)))
              for k in range(12)]
    runs = []
    for what, kappa in cases:
        start = int(rng.integers(0, 2**31))
        runs.append((what, int(rng.integers(20, 121)), kappa, tuple(range(start, start + NEIGHBOURS))))
    return runs


def neighbours_apart(student) -> None:
    """Runs of neighbouring seeds at every regime of kappa give a different matrix each (one request)."""
    runs = neighbour_runs(student.seed(EX, "neighbours"))
    entries = [{"func": "design_with_condition", "args": (n, kappa), "kwargs": {"n_features": 3, "seed": seed}}
               for _, n, kappa, seeds in runs for seed in seeds]
    _, seconds = timed(reference.design_with_condition, 120, 1e14, n_features=3, seed=0)
    answers = iter(student.calls(entries, ref_seconds=len(entries) * seconds))
    for what, _, _, seeds in runs:
        matrices = [as_array(next(answers).get(), "the matrix design_with_condition returns", ndim=2) for _ in seeds]
        if any(a.shape == b.shape and np.array_equal(a, b) for a, b in zip(matrices, matrices[1:], strict=False)):
            raise CheckFailed(f"for {what}, two neighbouring seeds, s and s + 1, gave the same matrix; every seed "
                              "gives its own matrix, at every kappa (no seed may stand in for another, e.g. by "
                              "redrawing from seed + 1 until the condition number matches)")


@check(EX, points=0.5, clauses=("2.3",),
       description="design_with_condition is reproducible from seed (and only from seed); the default seed is 0")
def design_reproducible(student):
    _, n, kappa, p, seed = design_cases(student)[1]
    # reproducible under another global state, and random, on every kind of the domain: kappa = 1, one
    # column, square, tall, huge kappa (a construction may take another path on some shapes)
    for case, case_n, case_kappa, case_p, case_seed in design_cases(student):
        _, first = student_design(student, case_n, case_kappa, case_p, case_seed, global_seed=1)
        _, again = student_design(student, case_n, case_kappa, case_p, case_seed, global_seed=2)
        if again.shape != first.shape or not np.array_equal(first, again):
            raise CheckFailed(f"for {case}, two calls with the same seed gave different matrices (does it draw "
                              "from the global random state instead of a generator made from seed?)")
        _, c = student_design(student, case_n, case_kappa, case_p, case_seed + 1, global_seed=1)
        if c.shape == first.shape and np.array_equal(first, c):
            raise CheckFailed(f"for {case}, two neighbouring seeds, s and "
                              "s + 1, gave the same matrix; the matrix is random for every kappa, 1 included, "
                              "and the seed drives the draw")
        # seeds past 2**32 are seeds too, on every kind (a square design may take another library's
        # path): s and s + 2**32 are different seeds (a generator reduced to 32 bits by
        # RandomState(seed % 2**32), or a seed cast to uint32, makes them one, and scipy's 32-bit
        # random_state refuses them); so are s and s + 2**64, where np.asarray(seed) is an object array
        for past, offset, why in SEED_FOLDS:
            _, high = student_design(student, case_n, case_kappa, case_p, case_seed + past, global_seed=1)
            if high.shape == first.shape and np.array_equal(first, high):
                raise CheckFailed(f"for {case}, seeds s and s + {offset} gave the same matrix: "
                                  "every non-negative integer is its own seed (np.random.default_rng takes any "
                                  f"size; {why})")
        # and neighbouring seeds past 2**53, where a seed taken through float (53 bits) makes s and s + 1 one
        _, big = student_design(student, case_n, case_kappa, case_p, big_seed(case_seed), global_seed=1)
        _, next_big = student_design(student, case_n, case_kappa, case_p, big_seed(case_seed) + 1, global_seed=1)
        if big.shape == next_big.shape and np.array_equal(big, next_big):
            raise CheckFailed(f"for {case}, two neighbouring seeds past 2**53 (s and s + 1, both near 2**60) gave the "
                              f"same matrix: {BIG_SEED_ADVICE}")
    # and runs of neighbouring seeds at kappa 1, a moderate kappa and every half decade from 1e8 to 1e14
    neighbours_apart(student)
    _, zero = student_design(student, n, kappa, p, 0)
    _, default = student_design(student, n, kappa, p, 0, pass_seed=False)
    if zero.shape != default.shape or not np.array_equal(zero, default):
        raise CheckFailed("a call without seed differs from seed=0; the default seed is 0")


#: (offset, as a message writes it, advice): seeds s and s + offset are different seeds, which a seed folded
#: to fewer bits makes one: modulo 2**32 (RandomState, a uint32 cast), through Python's hash() (modulo the
#: prime 2**61 - 1), or past 64 bits (where np.asarray(seed) is an object array)
SEED_FOLDS = ((2**32, "2**32", "do not reduce it to 32 bits"),
              (2**61 - 1, "2**61 - 1", "do not fold it through hash(), which reduces integers modulo 2**61 - 1"),
              (2**64, "2**64", "however large"))


#: neighbouring seeds past 2**53 are tried on every kind (:func:`big_seed`): a float holds 53 bits of an
#: integer, so floats near 2**60 lie 256 apart
BIG_SEED = 2**60


def big_seed(seed: int) -> int:
    """2**60 + 256 seed: a float holds it exactly, and rounds the next integer down to it, on every draw."""
    return BIG_SEED + 256 * int(seed)


BIG_SEED_ADVICE = ("every non-negative integer is its own seed, however large: hand seed to np.random.default_rng "
                   "as the int it is (never through float(), np.float64 or a float array, which keep 53 bits)")


# ------------------------------------------------------------ coefficient_rmse
def error_variances(X, noise_sd: float) -> np.ndarray:
    """The variances of beta_hat - beta_true along X's right singular vectors, noise_sd^2 / s^2.

    From the SVD of X, not the eigenvalues of X'X: those square kappa and lose every digit of the
    smallest variance (the largest) once kappa passes ~1e8.

    Returns
    -------
    ndarray, shape (p,)
        In units of beta squared.
    """
    return noise_sd**2 / np.linalg.svd(X, compute_uv=False) ** 2


#: the condition numbers rmse_problem draws, per level: well conditioned, badly conditioned (the
#: RMSE grows with kappa), and near the top of the statement's range (1e10), where a fit through the
#: normal equations (kappa squared: ~1e19 eps) or a pseudo-inverse that drops small singular values
#: is no longer the least-squares fit, while lstsq, QR and the SVD stay within ~kappa eps of it
KAPPA_LEVELS = {"well": (2.0, 30.0), "badly": (300.0, 1000.0), "mid": (1e6, 1e8), "ill": (1e9, 1e10)}
#: levels whose kappa is drawn log-uniform (the others uniform)
LOG_LEVELS = ("mid", "ill")


@computed_once
def rmse_problem(seed: int, level: str):
    """A full-column-rank design, a non-zero beta_true, a noise sd far from 1 and an RMSE far from 1,
    with a condition number drawn from ``KAPPA_LEVELS[level]`` (uniform; log-uniform for LOG_LEVELS)."""
    rng = np.random.default_rng(seed)
    low, high = KAPPA_LEVELS[level]
    for _ in attempts("a design on which the misreadings of coefficient_rmse are told apart"):
        p = int(rng.integers(2, 6))
        n = int(rng.integers(max(3 * p, 20), 80))
        kappa = float(np.exp(rng.uniform(np.log(low), np.log(high))) if level in LOG_LEVELS else rng.uniform(low, high))
        X = reference.design_with_condition(n, kappa, n_features=p, seed=int(rng.integers(2**31)))
        beta = rng.choice([-1, 1], size=p) * rng.uniform(0.5, 3.0, size=p)
        noise_sd = float(rng.choice([rng.uniform(0.2, 0.6), rng.uniform(1.6, 3.0)]))
        # every misreading in rmse_causes (the MSE among them) lands at least 10% from the truth and
        # from every other, so that a wrong result is told the same cause in every course
        factors = np.log([1.0] + [factor for factor, _ in rmse_causes(X, noise_sd)])
        if np.min(np.abs(factors[:, None] - factors[None, :])[np.triu_indices(factors.size, 1)]) > 0.1:
            break
    _, seconds = timed(reference.coefficient_rmse, X, beta, noise_sd=noise_sd, n_trials=N_TRIALS, seed=0)
    return X, beta, noise_sd, seconds


@computed_once
def top_problem(seed: int):
    """A design at kappa = 1e10, the largest the statement allows, whose condition number computes a rounding
    above 1e10 (as about two thirds of such designs do): a guard that refuses cond(X) > 1e10 with no room for
    rounding refuses an allowed design. Same form as :func:`rmse_problem`'s."""
    rng = np.random.default_rng(seed)
    for _ in attempts("a design at kappa 1e10 whose computed condition number is above 1e10"):
        p = int(rng.integers(2, 6))
        X = reference.design_with_condition(int(rng.integers(max(3 * p, 20), 80)), 1e10, n_features=p,
                                            seed=int(rng.integers(2**31)))
        if np.linalg.cond(X) > 1e10:
            break
    beta = rng.choice([-1, 1], size=p) * rng.uniform(0.5, 3.0, size=p)
    _, seconds = timed(reference.coefficient_rmse, X, beta, noise_sd=1.0, n_trials=N_TRIALS, seed=0)
    return X, beta, 1.0, seconds


def student_rmse(student, problem, seed, n_trials=N_TRIALS, noise_sd=None, global_seed=None, strict=False,
                 **kwargs):
    X, beta, sd, seconds = problem
    args = dict(n_trials=n_trials, seed=seed, **kwargs)
    if noise_sd is not False:
        args["noise_sd"] = sd if noise_sd is None else noise_sd
    args = {k: v for k, v in args.items() if v is not None}
    value = student.call("coefficient_rmse", X, beta, ref_seconds=seconds * (n_trials or 500) / N_TRIALS,
                         global_seed=global_seed, **args)
    if strict:
        return formats.coefficient_rmse_format(value)
    return rmse_number(value)


def rmse_number(value) -> float:
    """One number read leniently from what coefficient_rmse returned (its format is checked apart)."""
    arr = as_array(value, "coefficient_rmse(...)")
    if arr.size != 1:
        raise CheckFailed(f"coefficient_rmse returned {arr.size} numbers; expected one")
    return float(arr.reshape(()))


@check(EX, points=0.25, clauses=("2.4",), description="coefficient_rmse returns one float")
def rmse_returns_a_float(student):
    student_rmse(student, rmse_problem(student.seed(EX, "rmse", 0), "well"), 3, n_trials=50, strict=True)


# The Monte Carlo test runs SEEDS_PER_DESIGN calls of TRIALS_PER_SEED trials each (the pooled
# N_TRIALS trials of a single call, at the same cost) so that it can see how the results spread
# between seeds as well as where they centre. Both verdicts hold for a whole class of mistakes, not
# for a lucky draw:
# - the centre is judged against the spread the student's results show (a t-test, 39 degrees of
#   freedom, 6 standard errors: 4e-7 of false alarms), never narrower than theory's 5 sd. An unbiased
#   estimate with too few effective trials (n_trials ignored, a fixed count) is then never failed here
#   (rmse_single_trial owns that clause), and a biased one always is;
# - results spreading SPREAD_LIMIT times theory's relative variance or more are the same noise reused
#   in every trial (500 times theory's): correct code reaches 2.8 once in 1e8 courses, a fixed count
#   of 100 trials or more at most 14, the same noise falls below 35 once in 1e9.
SEEDS_PER_DESIGN = 40
TRIALS_PER_SEED = N_TRIALS // SEEDS_PER_DESIGN
T_LIMIT = 6.0
SPREAD_LIMIT = 35.0


def mc_trials(student, problem, seeds, n_trials: int) -> np.ndarray:
    """coefficient_rmse(X, beta_true, noise_sd, n_trials, seed=s) for every seed s, in one kernel request.

    Returns
    -------
    ndarray, shape (len(seeds),)
        The results; the first call that raised raises its StudentError here.
    """
    X, beta, sd, seconds = problem
    entries = [{"func": "coefficient_rmse", "args": (X, beta),
                "kwargs": {"noise_sd": sd, "n_trials": n_trials, "seed": int(seed)}} for seed in seeds]
    answers = student.calls(entries, ref_seconds=seconds * len(entries) * n_trials / N_TRIALS)
    return np.array([rmse_number(answer.get()) for answer in answers])


@check(EX, points=1.0, clauses=("2.5", "2.6"),
       description="coefficient_rmse agrees with noise_sd * sqrt(trace((X'X)^-1)) within Monte Carlo error "
                   "(on one column, a column on a tiny scale and a tiny noise_sd too), "
                   "and varies between seeds as an average of fresh draws does")
def rmse_matches_theory(student):
    for k, level in ((0, "well"), (1, "badly"), (4, "ill")):
        problem = rmse_problem(student.seed(EX, "rmse", k), level)
        X, beta, sd, _ = problem
        lam = error_variances(X, sd)
        base = int(student.seed(EX, "rmse-seed", k) % 10**6)
        squares = mc_trials(student, problem, [base + j for j in range(SEEDS_PER_DESIGN)], TRIALS_PER_SEED) ** 2
        where = {"well": "on a well conditioned design", "badly": "on a badly conditioned design",
                 "ill": "on a design with kappa near 1e10 (full rank in double precision: fit it by lstsq, QR or "
                        "the SVD; the normal equations square kappa, and dropping small singular values is not "
                        "least squares)"}[level]
        if not np.all(np.isfinite(squares)):  # every comparison below fails closed on NaN and inf too
            raise CheckFailed(f"coefficient_rmse returned NaN or an infinite value {where}")
        # theory's variance of one result's square: a mean of TRIALS_PER_SEED independent ||error||^2
        theory_var = 2 * (lam**2).sum() / TRIALS_PER_SEED
        # the spread is judged relative to the results' own level, so that a result off by a factor (a
        # variance for an sd, no square root) is judged on its centre below, the same in every course
        relative_var = squares.var(ddof=1) / max(squares.mean() ** 2, 1e-300)
        if not relative_var < SPREAD_LIMIT * theory_var / lam.sum() ** 2:
            raise CheckFailed(
                f"with n_trials={TRIALS_PER_SEED}, the results {where} vary between seeds almost as much as "
                "single draws do, as if the same noise were used in every trial: each trial must draw fresh "
                "noise, so that the average over n_trials trials settles as n_trials grows")
        mse, mean = squares.mean(), lam.sum()
        tolerance = max(Z * np.sqrt(theory_var), T_LIMIT * squares.std(ddof=1)) / np.sqrt(SEEDS_PER_DESIGN)
        if not abs(mse - mean) <= tolerance:
            # neither the drawn noise_sd nor the column count: the same mistake reads the same everywhere
            theory = np.sqrt(mean)
            # the relative error of the student's own RMSE, whatever its scale: theory's for their level
            # or their own spread, whichever is wider (half the relative error of its square)
            band = max(Z * np.sqrt(theory_var) / mean, T_LIMIT * squares.std(ddof=1) / mse) \
                / np.sqrt(SEEDS_PER_DESIGN) / 2
            raise CheckFailed(
                f"over {SEEDS_PER_DESIGN} seeds of n_trials={TRIALS_PER_SEED}, coefficient_rmse {where} is "
                "outside the Monte Carlo band around noise_sd * sqrt(trace((X'X)^-1)): "
                + rmse_mistake(X, sd, np.sqrt(mse) / theory, band))
    # trials that draw their noise independently of each other, not stratified over the trials
    trials_independent(student)
    # a last batch of one trial first: weighed like a full batch, it also makes the one call below noisy
    last_batch_of_one(student)
    # and a last partial batch of nearly a whole batch, counted like the others (not dropped)
    every_trial_counted(student)
    # one call each of many trials, no round number of them (2,001 to 9,999, odd), in one request: every
    # trial counts, the last of a run of batches too; a design of one column (beta_true of length 1) is a
    # design; a tiny noise_sd is a noise_sd (no shortcut near 0). Each within Z of its Monte Carlo error.
    n_trials = int(student.rng(EX, "odd-trials").integers(1000, 5000)) * 2 + 1
    seed = int(student.seed(EX, "odd-seed") % 10**6)
    cases = [(rmse_problem(student.seed(EX, "rmse", 5), "well"),
              "with several thousand trials (not a round number), coefficient_rmse is outside the Monte Carlo band "
              "around noise_sd * sqrt(trace((X'X)^-1)): run n_trials trials, every one of them counted (a last "
              "partial batch too), each with fresh noise"),
             (edge_rmse_problem(student.seed(EX, "rmse-edge", 0), "one column"),
              "on a design with one column (beta_true of length 1), coefficient_rmse is outside the Monte Carlo "
              "band around noise_sd * sqrt(trace((X'X)^-1)): keep X 2-D and beta_true 1-D whatever p is (no "
              "squeeze)"),
             (edge_rmse_problem(student.seed(EX, "rmse-edge", 1), "tiny noise"),
              "with a tiny but non-zero noise_sd (below 1e-8), coefficient_rmse is outside the Monte Carlo band "
              "around noise_sd * sqrt(trace((X'X)^-1)): the RMSE is proportional to noise_sd all the way down "
              "(only noise_sd == 0 gives exactly 0)"),
             (edge_rmse_problem(student.seed(EX, "rmse-edge", 2), "tiny column"),
              "on a full-rank design with a column a billion times smaller than the others (a covariate in other "
              "units), "
              "coefficient_rmse is outside the Monte Carlo band around noise_sd * sqrt(trace((X'X)^-1)): every "
              "column of X is fitted, however small its norm"),
             (edge_rmse_problem(student.seed(EX, "rmse-edge", 6), "mid kappa tiny noise"),
              "on a design with kappa between 1e6 and 1e7 and a noise_sd small next to beta_true, coefficient_rmse "
              "is outside the Monte Carlo band around noise_sd * sqrt(trace((X'X)^-1)): the fit is not least "
              "squares to rounding (lstsq, a Householder QR or the SVD are; the normal equations, X'X solved by "
              "Cholesky or by a solver that falls back to another method only when that fails, square kappa and "
              "add an error far larger than the noise's)")]
    entries = [{"func": "coefficient_rmse", "args": (X, beta),
                "kwargs": {"noise_sd": sd, "n_trials": n_trials, "seed": seed}} for (X, beta, sd, _), _ in cases]
    answers = student.calls(entries, ref_seconds=sum(c[0][3] for c in cases) * n_trials / N_TRIALS)
    for (problem, message), answer in zip(cases, answers, strict=True):
        X, _, sd, _ = problem
        lam = error_variances(X, sd)
        square = rmse_number(answer.get()) ** 2
        if one_call_fits(student, problem, lam, n_trials, seed, square):
            continue
        # an edge's own mistake is far off (0, or another design); a result a little off reads as the first
        # case's in every course
        off = not abs(np.sqrt(square / lam.sum()) - 1.0) <= 0.5
        raise CheckFailed(message if off else cases[0][1])


#: a result outside the band of one call is called again with this many other seeds, to tell a biased result
#: from one merely noisier than n_trials fresh trials (which rmse_single_trial judges, on every draw)
NOISE_SEEDS = 12
#: results whose variance over seeds is this many times theory's are noisier than n_trials fresh trials
NOISE_RATIO = 2.0
#: how far (relative) the mean of those results may sit from theory's and still count as centred: fewer
#: trials than asked (100 of several thousand: a few % of standard error) stay well inside; a fit that
#: is numerically wrong (the normal equations on a column a billion times smaller) is noisy and far off
NOISE_CENTRE = 0.25


def one_call_fits(student, problem, lam: np.ndarray, n_trials: int, seed: int, square: float) -> bool:
    """Whether one call's squared result lies within Z of its Monte Carlo error around theory's, or
    outside it only as a centred but noisier result does (:func:`centred_but_noisy`)."""
    if abs(square - lam.sum()) <= Z * np.sqrt(2 * (lam**2).sum() / n_trials):
        return True
    return bool(np.isfinite(square)) and centred_but_noisy(student, problem, lam, n_trials, seed, square)


def centred_but_noisy(student, problem, lam: np.ndarray, n_trials: int, seed: int, square: float) -> bool:
    """Whether a result outside the band of one call is as noisy as fewer trials and centred all the same.

    Judged on the result and NOISE_SEEDS calls with other seeds: a variance over NOISE_RATIO times theory's
    but no more than one trial's (n_trials times theory's: the noisiest a count of trials makes it), with
    the mean inside T_LIMIT of the results' own standard errors and inside NOISE_CENTRE of theory's. A
    fixed or capped count of trials is then judged by rmse_single_trial alone, the same in every course
    (one call of it fell in the band by chance in 7 % of courses); a result with theory's spread and
    another centre, or one noisier than any count of trials and off centre, is not let through.
    ``lam`` is error_variances of the problem's design (theory's mean square is its sum).
    """
    squares = np.append(mc_trials(student, problem, [seed + 1 + j for j in range(NOISE_SEEDS)], n_trials) ** 2,
                        square)
    if not np.all(np.isfinite(squares)):
        return False
    theory_var = 2 * (lam**2).sum() / n_trials
    own = squares.std(ddof=1)
    off = abs(squares.mean() - lam.sum())
    return bool(NOISE_RATIO * theory_var < own**2 <= n_trials * theory_var
                and off <= T_LIMIT * own / np.sqrt(len(squares)) and off <= NOISE_CENTRE * lam.sum())


#: the independence part: INDEPENDENT_SEEDS results of INDEPENDENT_TRIALS trials, beside SINGLE_SEEDS
#: results of one trial (10,600 trials and 800 calls in all)
INDEPENDENT_TRIALS, INDEPENDENT_SEEDS, SINGLE_SEEDS = 50, 200, 600
#: Noise stratified over the trials (a Latin hypercube of the trials' noise, antithetic pairs, scrambled
#: Sobol points, noise rescaled to a fixed energy) covers each row's distribution evenly across the trials,
#: which removes the part of a result's spread that is a sum over single rows. On the "near square" design
#: that is most of it: the squared results of 50 such trials spread between seeds at 0.04 to 0.24 of what
#: 50 independent trials give (Latin hypercube 0.11 to 0.17, Sobol 0.13 to 0.24), measured against the
#: student's own single trials (one trial has nothing to stratify), so that noise of another distribution,
#: a biased or a scaled result, or a fixed count of trials, reads 1 or more here and is judged elsewhere, the
#: same in every course. Independent trials give a ratio whose logarithm has a standard deviation of about
#: 0.12 (200 means of 800 or more squared normals; 600 chi-squares of 16 to 24 degrees of freedom):
#: LOW_SPREAD is 7 of them below 1, and the stratified forms' highest reading 3 of them above sits below it.
LOW_SPREAD = 0.42
#: how far (relative) the mean squares of both sizes may sit from theory's for the spreads to be compared:
#: 7 standard errors of the single trials' (chi-squares of 16 or more degrees of freedom over 600 seeds)
CENTRED = 0.1


def trials_independent(student):
    """Results of INDEPENDENT_TRIALS trials spread between seeds as an average of that many
    independent trials of the student's own single trial does, on a design where noise stratified
    over the trials spreads far less."""
    problem = edge_rmse_problem(student.seed(EX, "rmse-edge", 7), "near square")
    base = int(student.seed(EX, "independent-seed") % 10**6)
    singles = mc_trials(student, problem, [base + j for j in range(SINGLE_SEEDS)], 1) ** 2
    means = mc_trials(student, problem, [base + SINGLE_SEEDS + j for j in range(INDEPENDENT_SEEDS)],
                      INDEPENDENT_TRIALS) ** 2
    if not (np.all(np.isfinite(singles)) and np.all(np.isfinite(means))):  # fails closed on NaN and inf
        raise CheckFailed("on a design with only 1 or 2 more rows than columns, coefficient_rmse returned NaN or an "
                          "infinite value")
    level = error_variances(problem[0], problem[2]).sum()  # theory's mean square
    if not (abs(singles.mean() / level - 1) <= CENTRED and abs(means.mean() / level - 1) <= CENTRED):
        return  # an estimate off at either size is judged on its level, by this check's other parts and the next
    if not means.var(ddof=1) < LOW_SPREAD * singles.var(ddof=1) / INDEPENDENT_TRIALS:
        return
    raise CheckFailed(
        f"with n_trials={INDEPENDENT_TRIALS}, on a design with only 1 or 2 more rows than columns, the results vary "
        f"between seeds far less than an average of {INDEPENDENT_TRIALS} independent trials of your own single "
        "trial (n_trials=1) does: each trial must draw fresh noise independent of the other trials' (noise "
        "spread evenly over the trials, as a Latin hypercube, antithetic pairs, quasi-random points or a "
        "rescaling to a fixed size give, is not independent)")


#: n_trials one past a round batch size (100, 1000 and 1024; 50, 200, 250, 256, 500 and 512 too, as two
#: or more full batches and one trial), each over this many seeds
REMAINDER_TRIALS = ((101, 100), (1001, 24), (1025, 24))
#: the n_trials (and seeds) every size above is compared with: a whole number of batches, or one partial
#: batch, for every batch size above, and as noisy as a fixed or capped count of trials makes the sizes
#: above (relative to theory), or more
REMAINDER_CONTROL = (1000, 24)
#: On edge_rmse_problem's "many columns" design one trial's squared error is nearly normal (a chi-square of
#: 16 or more degrees of freedom), so a result's spread over seeds is a steady gauge (on a design of few
#: columns it follows one trial's heavy tail, and missed in 9% of draws). A last batch of one trial
#: weighed like a full one makes the result spread 12 to 250 times theory's relative variance past the
#: round size (batches of 50 to 1024) and as theory says at the control; the part fails a spread
#: REMAINDER_SPREAD_LIMIT times theory's that is also REMAINDER_JUMP times its own at the control. Correct
#: code does both in under 1e-12 of courses; a fixed count of trials, at least as noisy at the control, is
#: given this part's message in about 1e-5 (an F ratio of 6 on 23 and 23 degrees of freedom), and the
#: other parts find it. 24 seeds at the large sizes, not more, and one control for all three: a correct
#: loop over trials pays ~25 us a trial, and this part's trials were most of a loop's grading. In the
#: chi-square model, over 3,000 draws each, batches of 50 to 1,024 weighed equally are caught on every
#: draw, but for 3 % of batches of 128 and 0.2 % of 50 (whose one-trial remainder sits among 8 or 20
#: other batches), and batches of 25 in most.
REMAINDER_SPREAD_LIMIT = 3.0
REMAINDER_JUMP = 6.0


def last_batch_of_one(student):
    """Results one trial past a round batch size spread between seeds as a mean of that many fresh
    trials does, and not far more than at the control size: every trial weighs the same, the last of a
    run of batches too."""
    problem = edge_rmse_problem(student.seed(EX, "rmse-edge", 4), "many columns")
    X, _, sd, _ = problem
    lam = error_variances(X, sd)
    base = int(student.seed(EX, "remainder-seed") % 10**6)

    def relative_spread(size: int, count: int) -> float:
        """The results' variance over ``count`` seeds, relative to their own level, over theory's."""
        squares = mc_trials(student, problem, [base + j for j in range(count)], size) ** 2
        if not np.all(np.isfinite(squares)):  # fails closed on NaN and inf
            raise CheckFailed(f"with n_trials={size}, coefficient_rmse returned NaN or an infinite value")
        theory = 2 * (lam**2).sum() / size / lam.sum() ** 2
        # relative to the results' own level: a result off by a factor is judged elsewhere, the same way
        return squares.var(ddof=1) / max(squares.mean() ** 2, 1e-300) / theory

    control_size, control_seeds = REMAINDER_CONTROL
    at_control = relative_spread(control_size, control_seeds)
    for n_trials, count in REMAINDER_TRIALS:
        past = relative_spread(n_trials, count)
        if not (past < REMAINDER_SPREAD_LIMIT or past < REMAINDER_JUMP * at_control):
            raise CheckFailed(
                f"with n_trials={n_trials} (one more than a round batch size), the results vary between seeds far "
                f"more than an average of that many fresh trials does (and, measured against theory, far more "
                f"than with n_trials={control_size}): every trial must count the same in the mean, a last "
                "partial batch too (average the squared errors of all trials, not the batches' means)")


#: n_trials one less than twice a round batch size (64, 100, 128, 250, 256, 500, 512, 1000, 1024, 2000 and
#: 2048): a batch size c of 25 to 3,000 leaves a last partial batch of 12 to 50 % of the trials at one of
#: them at least (half of them for the round sizes), which a loop over whole batches drops
REMAINDER_EDGES = (127, 199, 255, 499, 511, 999, 1023, 1999, 3999)


def every_trial_counted(student):
    """One call at each of REMAINDER_EDGES, in one request, each within Z of its Monte Carlo error on
    the many-column design: a last partial batch dropped (its trials left out of the sum, which is still
    divided by n_trials, or left out of both) makes one of these results at least 12 % low and the
    others exact, in every course; a result outside its band that is centred but noisier than that
    many trials (a fixed count) is left to rmse_single_trial, as in the odd-trials part."""
    problem = edge_rmse_problem(student.seed(EX, "rmse-edge", 4), "many columns")
    X, beta, sd, seconds = problem
    lam = error_variances(X, sd)
    seed = int(student.seed(EX, "remainder-edge-seed") % 10**6)
    entries = [{"func": "coefficient_rmse", "args": (X, beta),
                "kwargs": {"noise_sd": sd, "n_trials": n_trials, "seed": seed}} for n_trials in REMAINDER_EDGES]
    answers = student.calls(entries, ref_seconds=seconds * sum(REMAINDER_EDGES) / N_TRIALS)
    outside = []
    for n_trials, answer in zip(REMAINDER_EDGES, answers, strict=True):
        square = rmse_number(answer.get()) ** 2
        if one_call_fits(student, problem, lam, n_trials, seed, square):
            continue
        outside.append((n_trials, square < lam.sum()))
    if not outside:
        return
    if len(outside) == len(REMAINDER_EDGES) or not all(low for _, low in outside):
        # a dropped remainder makes a result low at some sizes and leaves the others exact; a result
        # high at any size, or off at every size, is the estimate itself: told without a size
        raise CheckFailed("on a design of 16 to 24 columns with n_trials one less than twice a round batch "
                          "size, coefficient_rmse is outside the Monte Carlo band around "
                          "noise_sd * sqrt(trace((X'X)^-1)): " + GENERIC_RMSE)
    raise CheckFailed(
        f"with n_trials={outside[0][0]} (one less than twice a round batch size), coefficient_rmse is outside the "
        "Monte Carlo band around noise_sd * sqrt(trace((X'X)^-1)), while other sizes are inside it: every one "
        "of the n_trials trials counts, a last partial batch too (simulate it, add its squared errors and "
        "divide by n_trials)")


def weak_mean_design(rng: np.random.Generator) -> np.ndarray:
    """A full-rank design of 3 to 5 columns and 20 to 60 rows, kappa 20 to 40, whose least determined
    direction (the right singular vector of the smallest singular value) is (1, ..., 1) / sqrt(p):
    columns that nearly cancel, so that most of a fit's error is the same in every coefficient. At
    least 78% of the error variance then lies in the coefficients' mean.

    Returns
    -------
    ndarray, shape (n, p)
    """
    p, n = int(rng.integers(3, 6)), int(rng.integers(20, 61))
    U, _ = np.linalg.qr(rng.standard_normal((n, p)))
    basis, _ = np.linalg.qr(np.column_stack([np.ones(p), rng.standard_normal((p, p - 1))]))
    V = np.column_stack([basis[:, 1:], basis[:, 0]])  # the mean's direction last: the smallest singular value
    s = np.sqrt(n) * np.geomspace(1.0, 1.0 / rng.uniform(20.0, 40.0), p)
    return (U * s) @ V.T


@computed_once
def edge_rmse_problem(seed: int, kind: str):
    """A design at an edge of coefficient_rmse's domain: "one column" (5 to 60 rows, kappa 1, beta_true of
    length 1), "tiny noise" (2 to 4 columns, kappa 2 to 30, noise_sd log-uniform from 1e-10 to 5e-9, far
    above the fit's rounding error of about kappa * eps * |beta|) or "tiny column" (a design of kappa 1, whose
    columns all have the norm sqrt(n), with one column scaled by 10^-9.5 to 10^-9: full rank, kappa 1e9 to
    3.2e9, within the statement's 1e10 and within lstsq's and QR's reach) or "many columns" (16 to 24 columns,
    p + 10 to 2p + 10 rows, kappa 1: every coefficient's error has the same variance, so one trial's squared
    error is noise_sd^2 / n times a chi-square of p degrees of freedom, nearly normal, of relative spread
    sqrt(2 / p)) or "near square" (16 to 24 columns, p + 1 or p + 2 rows, kappa 1: every row's leverage
    is near p / n, 0.89 to 0.96, so each coefficient's error rests mostly on single rows' noise) or
    "weak mean" (see :func:`weak_mean_design`) or "mid kappa tiny noise" (2 to 4 columns,
    kappa 1e6 to 1e7, log-uniform, where a Cholesky factorisation of X'X always succeeds, with a noise_sd
    that puts the weakest direction's error at 0.015 to 0.06 sqrt(kappa) times a backward-stable fit's
    rounding error, kappa * eps * |beta|: 30 times it or more, and a 1,000th or less of the normal
    equations' kappa^2 * eps * |beta|)."""
    rng = np.random.default_rng(seed)
    if kind == "many columns":
        p = int(rng.integers(16, 25))
        n = int(rng.integers(p + 10, 2 * p + 11))
    elif kind == "near square":
        p = int(rng.integers(16, 25))
        n = p + int(rng.integers(1, 3))

    else:
        p = 1 if kind == "one column" else int(rng.integers(2, 5))
        n = int(rng.integers(5, 61)) if kind == "one column" else int(rng.integers(20, 80))
    equal = ("one column", "tiny column", "many columns", "near square")
    kappa = 1.0 if kind in equal else float(rng.uniform(2.0, 30.0))
    X = reference.design_with_condition(n, kappa, n_features=p, seed=int(rng.integers(2**31)))
    if kind == "tiny column":
        X[:, int(rng.integers(p))] *= 10.0 ** rng.uniform(-9.5, -9.0)
    beta = rng.choice([-1, 1], size=p) * rng.uniform(0.5, 3.0, size=p)
    if kind == "weak mean":
        X = weak_mean_design(rng)
        beta = rng.choice([-1, 1], size=X.shape[1]) * rng.uniform(0.5, 3.0, size=X.shape[1])
    noise_sd = float(10.0 ** rng.uniform(-10, np.log10(5e-9))) if kind == "tiny noise" else float(rng.uniform(0.2, 3.0))
    if kind == "mid kappa tiny noise":
        kappa = float(np.exp(rng.uniform(np.log(1e6), np.log(1e7))))
        X = reference.design_with_condition(n, kappa, n_features=p, seed=int(rng.integers(2**31)))
        # the weakest direction's error, noise_sd * kappa / sqrt(n) (s_min = sqrt(n) / kappa), set between
        # the two fits' rounding errors on a log scale, nearer the stable fit's
        noise_sd = float(0.03 * 2.0 ** rng.uniform(-1, 1) * np.sqrt(n * kappa) * EPS * np.abs(beta).max())
    _, seconds = timed(reference.coefficient_rmse, X, beta, noise_sd=noise_sd, n_trials=N_TRIALS, seed=0)
    return X, beta, noise_sd, seconds


MEAN_OF_NORMS_DRAWS = 200_000


def simulated_squared_errors(X, noise_sd) -> np.ndarray:
    """||beta_hat - beta_true||^2 of MEAN_OF_NORMS_DRAWS single trials of normal noise, by the grader's own
    simulation of sum_j lambda_j z_j^2 (fixed generator: the same values in every course).

    Returns
    -------
    ndarray, shape (MEAN_OF_NORMS_DRAWS,)
        In units of beta squared.
    """
    lam = error_variances(X, noise_sd)
    return np.random.default_rng(0).standard_normal((MEAN_OF_NORMS_DRAWS, lam.size)) ** 2 @ lam


def mean_of_norms_ratio(X, noise_sd) -> float:
    """E||beta_hat - beta_true|| over sqrt(E||beta_hat - beta_true||^2), by the grader's own simulation."""
    return float(np.mean(np.sqrt(simulated_squared_errors(X, noise_sd)))
                 / np.sqrt(error_variances(X, noise_sd).sum()))


GENERIC_RMSE = ("the root of the mean over trials of the squared Euclidean error, ||beta_hat - beta_true||^2 "
                "with beta_hat the least-squares fit, stays within Monte Carlo error of this value")


def rmse_causes(X, noise_sd: float) -> list[tuple[float, str]]:
    """The misreadings of the statement that scale the RMSE by a known factor: (factor, what it says)."""
    p = X.shape[1]
    theory = np.sqrt(error_variances(X, noise_sd).sum())
    return [
        (noise_sd, "grows like noise_sd**2: noise_sd is the standard deviation of the noise, not its variance"),
        (1 / noise_sd, "does not scale with noise_sd: the noise must have standard deviation noise_sd"),
        (1 / np.sqrt(noise_sd), "grows like sqrt(noise_sd): noise_sd is the standard deviation of the noise, "
                                "so it is the scale of the draws, not their variance"),
        (theory, "is the mean squared error, not its square root"),
        (1 / np.sqrt(p), "is the RMSE divided by sqrt(p), p the number of coefficients: a trial's squared error "
                         "||beta_hat - beta_true||^2 is summed over the coefficients, not averaged"),
        (mean_of_norms_ratio(X, noise_sd), "is the mean of the error norms ||beta_hat - beta_true||; the RMSE is "
                                           "the square root of the mean of their squares"),
    ]


def rmse_mistake(X, noise_sd: float, ratio: float, band: float) -> str:
    """Which misreading explains a result ``ratio`` times the true RMSE: the cause whose factor lies
    nearest, when within twice the relative ``band`` of it. :func:`rmse_problem` keeps the factors 10%
    apart, while the ratio strays from its cause's factor by 5 standard errors (``band`` is 6) at most:
    the nearest is its own cause in every course."""
    distance, text = min((abs(np.log(ratio / factor)), text) for factor, text in rmse_causes(X, noise_sd))
    return text if distance <= 2 * band else GENERIC_RMSE


@computed_once
def leverage_problem(seed: int):
    """A design in which the first coefficient rests on one observation alone: its column is c at one row
    and 0 elsewhere, that row is 0 elsewhere, and c (0.05 to 0.15) is small beside the other columns
    (standard normal), so that the error of one fit is, to within a few percent, that one noise value over
    c. On any other design an error sums many noise values and looks normal whatever the noise (the
    central limit theorem); here it shows the noise's own distribution. Full column rank, more rows than
    columns, as the statement assumes."""
    rng = np.random.default_rng(seed)
    p = int(rng.integers(2, 5))
    n = int(rng.integers(p + 4, 20))
    for _ in attempts("the other columns well conditioned on the other rows"):
        X = rng.standard_normal((n, p))
        row = int(rng.integers(n))
        c = rng.uniform(0.05, 0.15)
        X[:, 0] = 0.0
        X[row, :] = 0.0
        X[row, 0] = c
        # the other coefficients' error variances at most 1/25 of the first's: its noise value dominates
        if np.linalg.svd(np.delete(X, row, axis=0)[:, 1:], compute_uv=False).min() >= 5 * c:
            break
    beta = rng.choice([-1, 1], size=p) * rng.uniform(0.5, 3.0, size=p)
    noise_sd = float(rng.uniform(0.2, 3.0))
    _, seconds = timed(reference.coefficient_rmse, X, beta, noise_sd=noise_sd, n_trials=N_TRIALS, seed=0)
    return X, beta, noise_sd, seconds


#: the share of single-trial squared errors above the Gaussian theory's TAIL_QUANTILE: LEVERAGE_SEEDS *
#: (1 - TAIL_QUANTILE) = 20 expected, and the band holds correct code in all but TAIL_FALSE_ALARM of
#: courses (none beyond it: 1.2e-9). A noise of the right variance but bounded (uniform: at most 3 sd^2
#: against the normal's 3.84 sd^2 at its 95th percentile) or with much heavier tails lands outside.
TAIL_QUANTILE = 0.95
LEVERAGE_SEEDS = 400
TAIL_FALSE_ALARM = 1e-8


@computed_once
def tail_threshold(seed: int) -> float:
    """The TAIL_QUANTILE quantile of ||beta_hat - beta_true||^2 for one trial of normal noise on
    leverage_problem(seed), by the grader's own simulation of sum_j lambda_j z_j^2."""
    X, _, sd, _ = leverage_problem(seed)
    return float(np.quantile(simulated_squared_errors(X, sd), TAIL_QUANTILE))


@functools.cache
def tail_band() -> tuple[int, int]:
    """The counts of exceedances (low, high) such that correct code falls below low, or above high, each
    in at most TAIL_FALSE_ALARM / 2 of courses."""
    from scipy.stats import binom

    share, half = 1 - TAIL_QUANTILE, TAIL_FALSE_ALARM / 2
    counts = np.arange(LEVERAGE_SEEDS + 1)
    low = int(counts[binom.cdf(counts, LEVERAGE_SEEDS, share) > half][0])  # P(K < low) <= half
    high = int(counts[binom.sf(counts, LEVERAGE_SEEDS, share) <= half][0])  # P(K > high) <= half
    return low, high


#: mean squares of n_trials = SMALL_COUNT over SMALL_COUNT_SEEDS seeds, on a badly conditioned design
#: whose error is nearly one-dimensional (a chi-square of 1 to 1.2 degrees of freedom): a median over
#: trials (or over blocks of them) instead of their mean sits 33 to 39% low there, against a band of
#: 5 standard errors of 17 to 18%
SMALL_COUNT = 5
SMALL_COUNT_SEEDS = 300


#: single trials on edge_rmse_problem's "many columns" design: the variance over SPREAD_SEEDS seeds of the
#: squared result over its theory, against theory's 2 / p. Correct code lands within SPREAD_BAND in all but
#: 1e-10 of courses (a sample variance over 200 values of a chi-square of 16 or more degrees of freedom over
#: its own: relative sd 0.12, so 0.25 and 2.5 are 6 and 12 sd away); a noise scaled by one factor per trial
#: (overdispersion: a gamma factor of variance 0.5 gives 5 to 7) or normalised per trial (its norm fixed:
#: about 0) lands outside on every draw
SPREAD_SEEDS = 200
SPREAD_BAND = (0.25, 2.5)
#: single trials on edge_rmse_problem's "weak mean" design, whose mean square must reach WEAK_MEAN_FLOOR of
#: theory's: correct code falls below it in under 1e-10 of courses (a mean of 300 near-chi-square(1) values
#: at half its expectation), a spread around the errors' own mean (at most 22% of theory there) on none
WEAK_MEAN_SEEDS = 300
WEAK_MEAN_FLOOR = 0.5

# 5 sd of the mean square is then within 30% of it even with 2 columns: a result off by a factor (an RMSE
# per coefficient, a variance for an sd) is caught on every draw
SINGLE_SEEDS = 600
#: the second part's noise level, relative to the problem's
TINY_NOISE = 1e-6


def own_or_theory(squares: np.ndarray, theory_sd: float) -> float:
    """The standard error of the mean of ``squares``: theory's, or the one the results' own spread shows
    when that is wider. A centre is judged against it, so that results noisier than their trial count
    allows (the same noise in every trial, a fixed count) are judged by the parts that measure noise, the
    same in every course, and not here by chance."""
    return max(theory_sd, float(squares.std(ddof=1)) / np.sqrt(squares.size))


@check(EX, points=0.5, clauses=("2.5", "2.6", "2.7"),
       description="with n_trials=1, coefficient_rmse is the error of one fresh fit of normal noise (its spread "
                   "on many columns too); with "
                   "n_trials=2 and 5, the root of the mean of two and five, at any noise level")
def rmse_single_trial(student):
    """Over many seeds, squared one-trial errors average to the theoretical MSE
    (mean sum(l), sd sqrt(2 sum(l^2) / seeds)); a zero or a pre-averaged value fails."""
    problem = rmse_problem(student.seed(EX, "rmse", 2), "well")
    X, _, sd, _ = problem
    lam = error_variances(X, sd)
    base = int(student.seed(EX, "single") % 10**6)
    squares = mc_trials(student, problem, [base + s for s in range(SINGLE_SEEDS)], 1) ** 2
    if np.any(squares == 0):
        raise CheckFailed("coefficient_rmse(..., n_trials=1) returned 0; one trial's error against beta_true, "
                          "||beta_hat - beta_true||, is almost never zero (the spread of beta_hat around its own "
                          "mean is not that error)")
    mean, spread_sd = lam.sum(), np.sqrt(2 * (lam**2).sum() / SINGLE_SEEDS)
    if not np.all(np.isfinite(squares)):  # every comparison below fails closed on NaN and inf too
        raise CheckFailed("coefficient_rmse(..., n_trials=1) returned NaN or an infinite value")
    # one trial's error summed over the coefficients, not its spread around its own mean: on a design whose
    # error lies mostly in the coefficients' mean, a spread (np.std(errors) * sqrt(p)) loses most of it
    # (first: a spread loses more of the error there than on the design above, whose message would not say why)
    weak = edge_rmse_problem(student.seed(EX, "rmse-edge", 5), "weak mean")
    weak_lam = error_variances(weak[0], weak[2])
    weak_base = int(student.seed(EX, "weak-mean-seeds") % 10**6)
    weak_squares = mc_trials(student, weak, [weak_base + s for s in range(WEAK_MEAN_SEEDS)], 1) ** 2
    if not np.all(np.isfinite(weak_squares)):
        raise CheckFailed("coefficient_rmse(..., n_trials=1) returned NaN or an infinite value")
    if not weak_squares.mean() >= WEAK_MEAN_FLOOR * weak_lam.sum():
        raise CheckFailed(f"over {WEAK_MEAN_SEEDS} seeds with n_trials=1, on a design whose least determined "
                          "direction is the mean of the coefficients (columns that nearly cancel), the squared "
                          "results average less than half what one fresh fit gives: one trial's squared error is "
                          "||beta_hat - beta_true||^2 summed over the coefficients (not their spread around their "
                          "own mean: np.std or np.var of the errors), with noise of standard deviation noise_sd")
    if not abs(squares.mean() - mean) <= Z * spread_sd:
        # the ratio itself would tell the drawn noise level: only its side is said
        raise CheckFailed(f"over {SINGLE_SEEDS} seeds with n_trials=1 the squared results average "
                          f"{'less' if squares.mean() < mean else 'more'} than single fresh noise draws give "
                          "(beyond Monte Carlo error): one trial's squared error is ||beta_hat - beta_true||^2, "
                          "with noise of standard deviation noise_sd")
    if not squares.var() >= 0.1 * 2 * (lam**2).sum():
        raise CheckFailed("with n_trials=1 the results barely vary between seeds, as an average over many "
                          "trials would: each should be one independent draw (is n_trials ignored? run n_trials "
                          "trials)")
    # two trials per seed, the same number of trials in all, at a noise level a million times smaller:
    # the mean over trials divides by n_trials (not n_trials - 1: twice the mean square here), and a
    # small RMSE is small, not zero (a rounded result is 0 at this level in every course)
    tiny = (X, problem[1], sd * TINY_NOISE, problem[3])
    squares = mc_trials(student, tiny, [base + SINGLE_SEEDS + s for s in range(SINGLE_SEEDS // 2)], 2) ** 2
    if not np.all(np.isfinite(squares)):
        raise CheckFailed("coefficient_rmse(..., n_trials=2) returned NaN or an infinite value for a small noise_sd")
    if np.any(squares == 0):
        raise CheckFailed("coefficient_rmse returned 0 for a small noise_sd: the errors are small, not zero (is the "
                          "result rounded?)")
    mean, spread_sd = lam.sum() * TINY_NOISE**2, np.sqrt(2 * (lam**2).sum() / SINGLE_SEEDS) * TINY_NOISE**2
    if not abs(squares.mean() - mean) <= Z * own_or_theory(squares, spread_sd):
        raise CheckFailed(f"over {SINGLE_SEEDS // 2} seeds with n_trials=2 the squared results average "
                          f"{'less' if squares.mean() < mean else 'more'} than the mean of two fresh trials gives "
                          "(beyond Monte Carlo error): the mean over trials divides the summed squared errors "
                          "by n_trials")
    # five trials per seed on a design whose error is nearly one-dimensional (a skewed chi-square): the mean
    # over trials, not their median nor a median of block means, which sit low
    problem = rmse_problem(student.seed(EX, "rmse", 6), "badly")
    X, _, sd, _ = problem
    lam = error_variances(X, sd)
    base = int(student.seed(EX, "three") % 10**6)
    squares = mc_trials(student, problem, [base + s for s in range(SMALL_COUNT_SEEDS)], SMALL_COUNT) ** 2
    if not np.all(np.isfinite(squares)):
        raise CheckFailed(f"coefficient_rmse(..., n_trials={SMALL_COUNT}) returned NaN or an infinite value")
    mean, spread_sd = lam.sum(), np.sqrt(2 * (lam**2).sum() / SMALL_COUNT / SMALL_COUNT_SEEDS)
    if not abs(squares.mean() - mean) <= Z * own_or_theory(squares, spread_sd):
        raise CheckFailed(f"over {SMALL_COUNT_SEEDS} seeds with n_trials={SMALL_COUNT} the squared results average "
                          f"{'less' if squares.mean() < mean else 'more'} than the mean of {SMALL_COUNT} fresh trials "
                          "gives (beyond Monte Carlo error): the result is the root of the MEAN of the trials' "
                          "squared errors, every trial counted once (not a median, not a mean of block medians "
                          "or a median of block means)")
    # the noise's own distribution, where one coefficient's error is one noise value: normal, not merely of
    # the right variance
    problem = leverage_problem(student.seed(EX, "leverage"))
    base = int(student.seed(EX, "leverage-seeds") % 10**6)
    squares = mc_trials(student, problem, [base + s for s in range(LEVERAGE_SEEDS)], 1) ** 2
    if not np.all(np.isfinite(squares)):
        raise CheckFailed("coefficient_rmse(..., n_trials=1) returned NaN or an infinite value")
    above = int(np.sum(squares > tail_threshold(student.seed(EX, "leverage"))))
    low, high = tail_band()
    if not low <= above <= high:
        expected = LEVERAGE_SEEDS * (1 - TAIL_QUANTILE)
        raise CheckFailed(
            f"over {LEVERAGE_SEEDS} seeds with n_trials=1, on a design where one coefficient rests on a single "
            f"observation (so one fit's error shows that observation's noise), {above} results lie beyond the "
            f"{TAIL_QUANTILE:.0%} point of normal noise's errors, where normal noise gives {expected:.0f} "
            f"(from {low} to {high} in all but one course in {1 / TAIL_FALSE_ALARM:.0e}): the noise must be "
            "normal, N(0, noise_sd^2) (rng.normal(0, noise_sd, ...) or noise_sd * rng.standard_normal(...)), "
            "not another distribution of the same variance")
    # the noise values of one trial independent of each other: on a design of many columns with equal error
    # variances, one trial's squared error is a chi-square of p degrees of freedom, whose spread is small
    problem = edge_rmse_problem(student.seed(EX, "rmse-edge", 3), "many columns")
    X, _, sd, _ = problem
    lam = error_variances(X, sd)
    base = int(student.seed(EX, "spread-seeds") % 10**6)
    ratios = mc_trials(student, problem, [base + s for s in range(SPREAD_SEEDS)], 1) ** 2 / lam.sum()
    if not np.all(np.isfinite(ratios)):
        raise CheckFailed("coefficient_rmse(..., n_trials=1) returned NaN or an infinite value on a design of many "
                          "columns")
    spread = ratios.var(ddof=1) / (2 * (lam**2).sum() / lam.sum() ** 2)
    if not SPREAD_BAND[0] <= spread <= SPREAD_BAND[1]:
        raise CheckFailed(
            f"over {SPREAD_SEEDS} seeds with n_trials=1, on a design of many columns with equal error variances, "
            f"the squared results vary {'more' if spread > 1 else 'less'} than one fit of normal noise allows "
            f"(beyond Monte Carlo error): every noise value of a trial is an independent N(0, noise_sd^2) draw, "
            + ("with no factor shared by a trial's values (no per-trial scale, no overdispersion)" if spread > 1
               else "not rescaled to a fixed norm or variance per trial"))


@check(EX, points=0.25, clauses=("2.5", "2.6", "2.7"),
       description="coefficient_rmse is reproducible from seed, and 0 without noise (up to rounding, kappa near "
                   "1e10 included)")
def rmse_reproducible(student):
    problem = rmse_problem(student.seed(EX, "rmse", 3), "well")
    seed = int(student.seed(EX, "repro") % 10**6)
    a = student_rmse(student, problem, seed, n_trials=300, global_seed=1)
    b = student_rmse(student, problem, seed, n_trials=300, global_seed=2)
    if a != b:
        raise CheckFailed("two calls with the same seed gave different values; the simulation should draw "
                          "from a generator made from seed")
    if a == student_rmse(student, problem, seed + 1, n_trials=300):
        raise CheckFailed("two neighbouring seeds, s and s + 1, gave the same value; the seed should drive the draw")
    for past, offset, why in SEED_FOLDS:
        if a == student_rmse(student, problem, seed + past, n_trials=300):
            raise CheckFailed(f"seeds s and s + {offset} gave the same value: every non-negative integer is its own "
                              f"seed (np.random.default_rng takes any size; {why})")
    if student_rmse(student, problem, big_seed(seed), n_trials=300) == \
            student_rmse(student, problem, big_seed(seed) + 1, n_trials=300):
        raise CheckFailed("two neighbouring seeds past 2**53 (s and s + 1, both near 2**60) gave the same value: "
                          + BIG_SEED_ADVICE)
    # every trial counts however many there are: one more trial changes the mean (a cap for speed does not)
    # (equal to rounding: one more trial moves the mean by ~1/n of it, 1e-5 here; the same noise in every
    # trial leaves it equal but for the summation's last bits, which vary with the draw)
    many = int(student.rng(EX, "many-trials").integers(10_001, 12_000))
    fewer, more = (student_rmse(student, problem, seed, n_trials=count) for count in (many, many + 1))
    if not abs(fewer - more) > 1e-10 * abs(fewer):
        raise CheckFailed("two calls with the same seed and over ten thousand trials, one trial apart, gave the "
                          "same value: every one of the n_trials trials counts, each with fresh noise, however "
                          "many (no cap on n_trials)")
    X, beta, _, _ = problem
    zero = student_rmse(student, problem, seed, n_trials=20, noise_sd=0.0)
    if not abs(zero) <= 1e-8 * max(1.0, float(np.abs(beta).max())):
        raise CheckFailed("with noise_sd=0 least squares recovers beta_true exactly, but coefficient_rmse "
                          "returned a non-zero value (is noise_sd used as the noise's standard deviation?)")
    # and on a design with kappa near 1e10: a backward-stable fit recovers beta_true to ~kappa eps of it,
    # a fit that loses orthogonality (classical Gram-Schmidt) or squares kappa does not
    ill = rmse_problem(student.seed(EX, "rmse", 4), "ill")
    kappa = float(np.linalg.cond(ill[0]))
    zero = student_rmse(student, ill, seed, n_trials=20, noise_sd=0.0)
    if not abs(zero) <= max(1e-8, 100 * EPS * kappa) * max(1.0, float(np.abs(ill[1]).max())):
        raise CheckFailed("with noise_sd=0 on a design with kappa near 1e10 (full rank in double precision), "
                          "coefficient_rmse is far from 0: the fit is not a least-squares fit accurate to "
                          "rounding there (lstsq, a Householder QR or the SVD are; the normal equations and "
                          "classical Gram-Schmidt lose the small singular directions)")
    # and where kappa squared is still below 1/eps (kappa 1e6 to 1e8): a Cholesky of X'X succeeds there, so
    # the normal equations are solved (also by a library that falls back to the SVD only when it fails, as
    # scikit-learn's Ridge does at 1e10) and lose digits by kappa^2 eps, 1e4 to 1e8 times a stable fit's
    mid = rmse_problem(student.seed(EX, "rmse", 6), "mid")
    kappa = float(np.linalg.cond(mid[0]))
    zero = student_rmse(student, mid, seed, n_trials=20, noise_sd=0.0)
    if not abs(zero) <= max(1e-8, 100 * EPS * kappa) * max(1.0, float(np.abs(mid[1]).max())):
        raise CheckFailed("with noise_sd=0 on a design with kappa between 1e6 and 1e8, coefficient_rmse is far "
                          "from 0: the fit is not a least-squares fit accurate to rounding there (lstsq, a "
                          "Householder QR or the SVD are; the normal equations, X'X solved by Cholesky or by a "
                          "solver that falls back to the SVD only when that fails, square kappa)")
    top = top_problem(student.seed(EX, "rmse-top", 0))
    zero = student_rmse(student, top, seed, n_trials=20, noise_sd=0.0)
    if not abs(zero) <= max(1e-8, 100 * EPS * 1e10) * max(1.0, float(np.abs(top[1]).max())):
        raise CheckFailed("with noise_sd=0 on a design at kappa = 1e10, the largest the statement allows (its "
                          "condition number computes a rounding above 1e10), coefficient_rmse is far from 0: "
                          "every full-rank design up to kappa 1e10 is fitted by least squares, to rounding")
