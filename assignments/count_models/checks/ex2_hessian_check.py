"""Exercise 2: the Hessian at the answer (``poisson_hessian``, ``autograd_hessian``,
``classify_stationary_point``).

The two Hessians are compared with :mod:`reference.count_models` (closed form and torch autograd,
tested against statsmodels) to 1e-10 of the matrix's largest entry: double precision gets ~1e-15,
a float32 computation ~1e-7. The classifier is compared word for word with
:func:`reference.count_models.classify_stationary_point` on Hessians built from drawn eigenvalues
(a random rotation of a diagonal matrix), one kind per way of misreading the rule; no eigenvalue
is drawn within a factor 1.5 of the threshold ``rtol * max|lambda|``, and the rounding of the
rotation (~1e-16 of the largest eigenvalue) sits far below every threshold.
"""
from __future__ import annotations

import numpy as np

import reference.count_models as answers
from autograder.checks import (PER_SUBMISSION, Clause, Domain, Kind, attempts, check, clauses, domain_check, draws,
                               quietly)

from .. import formats
from ._common import formatted, matrix, relatively_close
from .signatures import AUTOGRAD, CLASSIFY, HESSIAN

EX = "ex2_hessian_check"
HESSIAN_RTOL = 1e-10

clauses(EX, [
    Clause("2.1", "poisson_hessian(X, beta) returns X' diag(exp(X beta)) X, a (p, p) float numpy array, computed "
                  "in float64 for X of float32 or float64 and any n >= 1.",
           "p = 1; n < p (a singular Hessian); max(X beta) from 27 to 30 (weights over 13 orders of magnitude; "
           "a clamp of eta below 30 shows); beta = 0 (where exp(X beta) = 1 and X beta = 0 differ); X sent as "
           "float32; X and beta both sent as float32"),
    Clause("2.2", "autograd_hessian(X, y, beta) returns the Hessian of sum(exp(eta) - y eta) at beta (summed, not "
                  "averaged; of the negative log-likelihood), a (p, p) float numpy array computed in float64 for "
                  "float32 or float64 X and beta and float or integer y.",
           "n of 5 to 60 (a mean differs from a sum); X and beta sent as float32 and y as int64 (a float32 "
           "computation is 1e-7 off); p = 1; max(X beta) from 27 to 30"),
    Clause("2.3", "classify_stationary_point(H, rtol=1e-8) returns 'saddle' when some eigenvalue is above "
                  "rtol * max|lambda| and some below -rtol * max|lambda|.",
           "indefinite Hessians, with and without an eigenvalue that counts as zero"),
    Clause("2.4", "Otherwise 'minimum' if every eigenvalue is above rtol * max|lambda|, 'maximum' if every one is "
                  "below -rtol * max|lambda|, else 'degenerate'.",
           "definite Hessians of either sign; positive and negative semidefinite Hessians with an eigenvalue at "
           "1e-13 to 1e-11 of the largest, of either sign (a test of signs without a tolerance, or a scale taken "
           "from the largest signed eigenvalue); p = 1"),
    Clause("2.5", "The tolerance is relative: |lambda| <= rtol * max|lambda| counts as zero, with the rtol given.",
           "a Hessian of scale 1e10 with an eigenvalue of ~1 and one of scale 1e-11 with all eigenvalues within "
           "a factor 100 (an absolute tolerance gets either wrong); an rtol of 1e-3 to 1e-1 with an eigenvalue "
           "below it; an eigenvalue between rtol times the largest entry of H and rtol times the largest "
           "|lambda|; several large eigenvalues and one just above rtol * max|lambda| (a threshold from the "
           "Frobenius norm or the trace); an indefinite Hessian of scale 1e40 to 1e150 (beyond float32's range); a "
           "Hessian of scale 1e-6 to 1e-2 with an rtol of 1e-12 to 1e-10 and an eigenvalue between rtol * "
           "max|lambda| and 1e-14 (nonzero: 1e-14 bounds max|lambda|, not the threshold)"),
    Clause("2.6", "When max|lambda| <= 1e-14 (H = 0, say) every eigenvalue counts as zero: 'degenerate'.",
           "the zero matrix; a Hessian of rounding-level eigenvalues of both signs; a diagonal Hessian whose "
           "largest |eigenvalue| is exactly 1e-14 (the bound is inclusive)"),
    Clause("2.7", "The two Hessians are float numpy arrays of shape (p, p), the classification one of the four "
                  "str 'minimum', 'maximum', 'saddle', 'degenerate'.",
           "any input; read with the format rules"),
], free=[
    "how the eigenvalues are computed (np.linalg.eigvalsh, eigvals, torch.linalg.eigvalsh; H is symmetric)",
    "whether an eigenvalue exactly at the threshold counts as zero (no input sits within a factor 1.5 of it)",
    "the precision of the eigenvalues of a float32 H (the statement keeps its eigenvalues away from the threshold "
    "by more than float32 rounding; every H drawn is float64)",
    "guards against |X beta| > 30 (the statement rules it out)",
    "how the autograd Hessian's function is written (with or without the constant sum log y!), as long as the "
    "Hessian is torch's in float64",
    "what classify_stationary_point does with a non-symmetric H (every H drawn is symmetric)",
])

draws(EX, PER_SUBMISSION, "matrices and eigenvalues cost microseconds to draw and to answer with the reference")


# ------------------------------------------------------------------ inputs
def _rotated(rng: np.random.Generator, lam) -> np.ndarray:
    """A symmetric matrix with eigenvalues ``lam`` in a random orthonormal basis."""
    lam = np.asarray(lam, dtype=float)
    q, _ = np.linalg.qr(rng.normal(size=(len(lam), len(lam))))
    H = (q * lam) @ q.T
    return (H + H.T) / 2


def _steep(rng, n, p):
    """A design and beta with max(X beta) between 27 and 30 and min(X beta) >= -30: weights over 13 orders
    of magnitude, the largest at the top of the statement's range (a clamp of eta below 30 shows)."""
    X, beta = _glm(rng, n, p, max_eta=30.0)
    eta = X @ beta
    if float(np.max(eta)) < -float(np.min(eta)):
        beta = -beta
    beta *= 30.0 / float(np.max(np.abs(X @ beta))) * rng.uniform(0.9, 1.0)
    return X, beta


def _glm(rng, n, p, max_eta=3.0, intercept=True):
    X = rng.normal(size=(n, p))
    if intercept and p > 1:
        X[:, 0] = 1.0
    beta = rng.normal(size=p)
    eta = X @ beta
    beta *= rng.uniform(0.3, 1.0) * max_eta / max(float(np.max(np.abs(eta))), 1e-12)
    return X, beta


def _hessian_kinds():
    def ordinary(rng):
        X, beta = _glm(rng, int(rng.integers(5, 40)), int(rng.integers(2, 5)))
        return {"X": X, "beta": beta}

    def one_column(rng):
        X, beta = _glm(rng, int(rng.integers(3, 20)), 1, intercept=False)
        return {"X": X, "beta": beta}

    def wide(rng):
        X, beta = _glm(rng, int(rng.integers(1, 3)), int(rng.integers(3, 5)))
        return {"X": X, "beta": beta}

    def steep(rng):
        X, beta = _steep(rng, int(rng.integers(10, 40)), int(rng.integers(2, 4)))
        return {"X": X, "beta": beta}

    def at_zero(rng):
        X, beta = _glm(rng, int(rng.integers(5, 30)), int(rng.integers(2, 4)))
        return {"X": X, "beta": np.zeros_like(beta)}

    def single(rng):
        X, beta = _glm(rng, int(rng.integers(10, 40)), int(rng.integers(2, 4)), max_eta=4.0)
        return {"X": X.astype(np.float32), "beta": beta}

    def both_single(rng):
        X, beta = _glm(rng, int(rng.integers(10, 40)), int(rng.integers(2, 4)), max_eta=4.0)
        return {"X": X.astype(np.float32), "beta": beta.astype(np.float32)}

    return (Kind("an ordinary design", "2.1", ordinary), Kind("a single column", "2.1", one_column),
            Kind("fewer rows than columns (a singular Hessian)", "2.1", wide),
            Kind("|X beta| up to 30", "2.1", steep), Kind("beta = 0", "2.1", at_zero),
            Kind("a float32 X", "2.1", single), Kind("float32 X and beta", "2.1", both_single))


def _autograd_kinds():
    def counts(rng, X, beta):
        return rng.poisson(np.exp(np.clip(X.astype(float) @ beta.astype(float), -30, 12))).astype(float)

    def ordinary(rng):
        X, beta = _glm(rng, int(rng.integers(5, 60)), int(rng.integers(2, 5)))
        return {"X": X, "y": counts(rng, X, beta), "beta": beta}

    def single(rng):
        X, beta = _glm(rng, int(rng.integers(10, 40)), int(rng.integers(2, 4)), max_eta=4.0)
        X32, b32 = X.astype(np.float32), beta.astype(np.float32)
        return {"X": X32, "y": counts(rng, X32, b32).astype(np.int64), "beta": b32}

    def one_column(rng):
        X, beta = _glm(rng, int(rng.integers(3, 20)), 1, intercept=False)
        return {"X": X, "y": counts(rng, X, beta), "beta": beta}

    def steep(rng):
        X, beta = _steep(rng, int(rng.integers(10, 40)), int(rng.integers(2, 4)))
        return {"X": X, "y": counts(rng, X, beta), "beta": beta}

    return (Kind("an ordinary problem", "2.2", ordinary),
            Kind("float32 X and beta with integer counts", "2.2", single),
            Kind("a single column", "2.2", one_column), Kind("|X beta| up to 30", "2.2", steep))


def _classify_kinds():
    def definite(sign):
        def draw(rng):
            p = int(rng.integers(2, 6))
            return {"H": _rotated(rng, sign * rng.uniform(0.1, 10.0, size=p) * 10.0 ** rng.uniform(-2, 3)),
                    "rtol": 1e-8}
        return draw

    def indefinite(rng):
        p = int(rng.integers(2, 6))
        lam = rng.uniform(0.1, 10.0, size=p) * rng.choice([-1.0, 1.0], size=p)
        lam[:2] = np.abs(lam[:2]) * np.array([1.0, -1.0])
        return {"H": _rotated(rng, lam), "rtol": 1e-8}

    def rounding_level(sign):
        def draw(rng):
            p = int(rng.integers(2, 6))
            lam = rng.uniform(0.5, 5.0, size=p) * sign
            lam[0] = float(rng.choice([-1.0, 1.0])) * 10.0 ** rng.uniform(-13, -11) * np.max(np.abs(lam))
            return {"H": _rotated(rng, lam), "rtol": 1e-8}
        return draw

    def saddle_with_zero(rng):
        p = int(rng.integers(3, 6))
        lam = rng.uniform(0.5, 5.0, size=p)
        lam[1] = -lam[1]
        lam[0] = 10.0 ** rng.uniform(-13, -11) * float(rng.choice([-1.0, 1.0]))
        return {"H": _rotated(rng, lam), "rtol": 1e-8}

    def large_scale(rng):
        p = int(rng.integers(2, 5))
        lam = rng.uniform(0.5, 2.0, size=p) * 1e10
        lam[0] = rng.uniform(0.5, 2.0)          # ratio ~1e-10: zero for rtol = 1e-8, far above 1e-8 absolute
        return {"H": _rotated(rng, lam), "rtol": 1e-8}

    def small_scale(rng):
        p = int(rng.integers(2, 5))
        lam = float(rng.choice([-1.0, 1.0])) * 10.0 ** rng.uniform(-13, -11) * rng.uniform(1.0, 100.0, size=p)
        return {"H": _rotated(rng, lam), "rtol": 1e-8}

    def given_rtol(rng):
        rtol = float(10.0 ** rng.uniform(-3, -1))
        p = int(rng.integers(2, 5))
        lam = rng.uniform(1.0, 3.0, size=p)
        # zero for this rtol (also against rtol times the largest entry, at least max|lambda| / p), positive for 1e-8
        lam[0] = rtol * rng.uniform(0.01, 0.15) * np.max(lam)
        return {"H": _rotated(rng, lam), "rtol": rtol}

    def below_largest_eigenvalue(rng):
        for _ in attempts("a Hessian whose largest entry is well below its largest eigenvalue"):
            p = int(rng.integers(5, 8))
            rtol = float(10.0 ** rng.uniform(-8, -4))
            v = np.ones(p) / np.sqrt(p) + rng.normal(0, 0.05, size=p)
            v /= np.linalg.norm(v)
            rest, _ = np.linalg.qr(np.column_stack([v, rng.normal(size=(p, p - 1))]))
            lam = np.r_[1.0, rng.uniform(0.01, 0.05, size=p - 2), 0.0]
            lam[-1] = rtol * rng.uniform(0.2, 0.6)               # zero relative to max|lambda| = 1
            H = (rest * lam) @ rest.T
            H = (H + H.T) / 2
            if rtol * np.max(np.abs(H)) < lam[-1] / 1.5:        # positive relative to the largest entry
                return {"H": H, "rtol": rtol}

    def several_large(rng):
        p = int(rng.integers(6, 9))
        rtol = float(10.0 ** rng.uniform(-8, -4))
        lam = rng.uniform(0.9, 1.0, size=p)     # Frobenius norm >= 2, trace >= 4.5: thresholds above lam[0]
        lam[0] = rtol * rng.uniform(1.6, 1.9) * np.max(lam)     # positive, below rtol * the Frobenius norm
        return {"H": _rotated(rng, lam), "rtol": rtol}

    def huge_scale(rng):
        p = int(rng.integers(2, 5))
        lam = rng.uniform(0.5, 2.0, size=p) * 10.0 ** rng.uniform(40, 150)   # beyond float32's range
        lam[1] = -lam[1]
        lam[0] = lam[0] * 10.0 ** rng.uniform(-6, -4)                         # nonzero for rtol = 1e-8
        return {"H": _rotated(rng, lam), "rtol": 1e-8}

    def small_below_floor(rng):
        # a Hessian of scale 1e-6 to 1e-2 with a small rtol: its smallest eigenvalue lies between rtol * s and
        # 1e-14, nonzero for the statement's relative threshold (1e-14 only bounds s, not the threshold)
        for _ in attempts("a small Hessian with an eigenvalue between rtol * max|lambda| and 1e-14"):
            p = int(rng.integers(2, 5))
            s = 10.0 ** rng.uniform(-6, -2)
            rtol = float(10.0 ** rng.uniform(-12, -10))
            lam = rng.uniform(0.5, 1.0, size=p) * s
            if 3.0 * rtol * np.max(lam) > 3e-15:
                continue
            lam[0] = 10.0 ** rng.uniform(np.log10(3.0 * rtol * np.max(lam)), np.log10(3e-15))
            if 2.0 * rtol * np.max(lam) < lam[0] < 0.5e-14:
                return {"H": _rotated(rng, lam), "rtol": rtol}

    def at_the_floor(rng):
        # a diagonal Hessian (its eigenvalues exact) whose largest |eigenvalue| is exactly 1e-14
        p = int(rng.integers(1, 5))
        lam = rng.uniform(0.1, 0.9, size=p) * 1e-14 * rng.choice([-1.0, 1.0], size=p)
        lam[0] = float(rng.choice([-1.0, 1.0])) * 1e-14
        return {"H": np.diag(rng.permutation(lam)), "rtol": float(10.0 ** rng.uniform(-10, -2))}

    def one_by_one(rng):
        return {"H": np.array([[float(rng.choice([-1.0, 1.0])) * 10.0 ** rng.uniform(-3, 3)]]), "rtol": 1e-8}

    def zero(rng):
        p = int(rng.integers(1, 5))
        return {"H": np.zeros((p, p)), "rtol": float(10.0 ** rng.uniform(-10, -2))}

    def rounding_noise(rng):
        p = int(rng.integers(2, 5))
        lam = 10.0 ** rng.uniform(-17, -15, size=p) * rng.choice([-1.0, 1.0], size=p)
        lam[:2] = np.abs(lam[:2]) * np.array([1.0, -1.0])
        return {"H": _rotated(rng, lam), "rtol": 1e-8}

    return (
        Kind("a positive definite Hessian", "2.4", definite(1.0)),
        Kind("a negative definite Hessian", "2.4", definite(-1.0)),
        Kind("an indefinite Hessian", "2.3", indefinite),
        Kind("a positive semidefinite Hessian with an eigenvalue at rounding level", "2.4", rounding_level(1.0)),
        Kind("a negative semidefinite Hessian with an eigenvalue at rounding level", "2.4", rounding_level(-1.0)),
        Kind("an indefinite Hessian with an eigenvalue at rounding level", "2.3", saddle_with_zero),
        Kind("a Hessian of scale 1e10 with an eigenvalue near 1", "2.5", large_scale),
        Kind("a Hessian whose eigenvalues are all near 1e-12", "2.5", small_scale),
        Kind("an indefinite Hessian of scale 1e40 to 1e150", "2.5", huge_scale),
        Kind("a Hessian of scale 1e-6 to 1e-2 with an rtol of 1e-12 to 1e-10", "2.5", small_below_floor),
        Kind("a call with rtol between 1e-3 and 1e-1", "2.5", given_rtol),
        Kind("a Hessian whose largest entry is well below its largest eigenvalue", "2.5", below_largest_eigenvalue),
        Kind("a Hessian with several large eigenvalues and one just above the threshold", "2.5", several_large),
        Kind("a 1 x 1 Hessian", "2.4", one_by_one),
        Kind("the zero matrix", "2.6", zero),
        Kind("a Hessian whose largest |eigenvalue| is exactly 1e-14", "2.6", at_the_floor),
        Kind("a Hessian of rounding-level eigenvalues of both signs", "2.6", rounding_noise),
    )


HESSIAN_DOMAIN = Domain(HESSIAN, _hessian_kinds())
AUTOGRAD_DOMAIN = Domain(AUTOGRAD, _autograd_kinds())
CLASSIFY_DOMAIN = Domain(CLASSIFY, _classify_kinds())


# ------------------------------------------------------------------ checks
@check(EX, points=0.5, clauses=("2.7",),
       description="the two Hessians are (p, p) float arrays and the classification one of the four words")
def returns_arrays_and_words(student):
    rng = student.rng(EX, "format")
    X, beta = _glm(rng, int(rng.integers(5, 20)), 3)
    y = rng.poisson(np.exp(X @ beta)).astype(float)
    formatted(formats.hessian_format, student.call("poisson_hessian", X, beta), 3, "poisson_hessian")
    formatted(formats.hessian_format, student.call("autograd_hessian", X, y, beta), 3, "autograd_hessian")
    formatted(formats.classify_stationary_point_format,
              student.call("classify_stationary_point", _rotated(rng, [1.0, 2.0, -0.5])))


def _compare_hessian(value, args, kind):
    want = answers.poisson_hessian(np.asarray(args["X"], dtype=float), np.asarray(args["beta"], dtype=float))
    got = matrix(value, "the Hessian", want.shape[0])
    if isinstance(got, str):
        return got
    if relatively_close(got, want, HESSIAN_RTOL):
        return None
    if relatively_close(got, want, 1e-5):
        return "the Hessian is off by float32 rounding: compute in float64 (np.asarray(X, dtype=float))"
    return "the Hessian is not X^T diag(exp(X beta)) X"


def _compare_autograd(value, args, kind):
    X, y, beta = (np.asarray(args[k], dtype=float) for k in ("X", "y", "beta"))
    want = quietly(answers.poisson_autograd_hessian, X, y, beta)
    got = matrix(value, "the Hessian", want.shape[0])
    if isinstance(got, str):
        return got
    if relatively_close(got, want, HESSIAN_RTOL):
        return None
    if relatively_close(got, want, 1e-5):
        return ("the Hessian is off by float32 rounding: make every tensor torch.float64 "
                "(torch.as_tensor(np.asarray(X, dtype=np.float64)), and so for y and beta)")
    if relatively_close(got * len(X), want, 1e-8):
        return "the Hessian is that of the mean of the terms: the NLL is their sum"
    if relatively_close(-got, want, 1e-8):
        return "the Hessian has the wrong sign: differentiate the negative log-likelihood sum(exp(eta) - y eta)"
    return "the Hessian is not that of sum(exp(eta) - y eta) at beta"


def _compare_kind(value, args, kind):
    want = answers.classify_stationary_point(args["H"], rtol=args["rtol"])
    if not isinstance(value, str):
        return f"classify_stationary_point returned {formats.describe(value)}, not a str"
    if value == want:
        return None
    if value not in formats.STATIONARY_KINDS:
        return "the answer is not one of 'minimum', 'maximum', 'saddle', 'degenerate'"
    return ("the answer is not the right one: an eigenvalue counts as zero when |lambda| <= rtol * "
            "max|lambda| (every one when max|lambda| <= 1e-14); 'saddle' when some are positive and some negative, "
            "else 'degenerate' if any is zero")


domain_check(EX, HESSIAN_DOMAIN, name="closed_form_hessian", points=1.0, compare=_compare_hessian,
             description="poisson_hessian is X' diag(exp(X beta)) X in float64 on one column, fewer rows than "
                         "columns, |X beta| up to 30, beta = 0 and a float32 X")
domain_check(EX, AUTOGRAD_DOMAIN, name="autograd_hessian_matches", points=1.25, compare=_compare_autograd,
             description="autograd_hessian is the float64 Hessian of the summed Poisson NLL, float32 inputs and "
                         "integer counts included")
domain_check(EX, CLASSIFY_DOMAIN, name="classifies_stationary_points", points=1.75, compare=_compare_kind,
             description="classify_stationary_point gives the statement's word on definite, indefinite and flat "
                         "Hessians, at every scale, with the rtol given and at rounding level")

