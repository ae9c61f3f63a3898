"""Exercise 3: DESeq2's negative-binomial weights (``nb_weights``).

Compared entry by entry with :func:`reference.count_models.nb_weights` (tested against
statsmodels' ``NegativeBinomial.weights``) to a relative 1e-12: every correct form (the quotient
where alpha mu <= 1, 1 / (alpha + 1 / mu) beyond, or either throughout where it does not
overflow) is within a few ulps. Zero means must give exactly 0 and alpha = 0 the means (to 1e-14).
"""
from __future__ import annotations

import numpy as np

import reference.count_models as answers
from autograder.checks import (PER_SUBMISSION, CheckFailed, Clause, Domain, Kind, as_array, check, clauses,
                               domain_check, draws)

from .. import formats
from ._common import formatted
from .signatures import WEIGHTS

EX = "ex3_nb_weights"
RTOL = 1e-12

clauses(EX, [
    Clause("3.1", "nb_weights(mu, alpha) returns mu / (1 + alpha mu) entry by entry, within a relative 1e-12.",
           "means from 1e-3 to 1e5 with dispersions from 1e-3 to 10; integer means; means from 1e-300 to 1e-200; "
           "float32 means with alpha mu from 1e-2 to 1e4 (the exact weights of the values given: a float32 "
           "computation is 1e-8 off)"),
    Clause("3.2", "alpha = 0 (Poisson) gives mu itself; mu = 0 gives 0.",
           "alpha = 0 exactly (a form that divides by alpha or special-cases it returns NaN or 0), with ordinary "
           "means and with means from 1e297 to 1.7e308 (an alpha floored at a tiny value, or a switch on the size "
           "of mu, is wrong there); a third of the means exactly 0 (a division by mu left uninitialised or 0 / 0 "
           "gives garbage or NaN)"),
    Clause("3.3", "The weight stays right where alpha mu exceeds the largest double: about 1 / alpha.",
           "means from 1e300 to 1.7e308, one at least 1e308, with dispersions from 3 to 1e6 (alpha mu overflows to "
           "inf: the literal quotient is 0)"),
    Clause("3.4", "alpha is a float or an array that broadcasts with mu; the result is a float numpy array of the "
                  "broadcast shape.",
           "one dispersion per gene as a column (n_genes, 1) against a genes x samples mu with n_genes != "
           "n_samples and with n_genes == n_samples (a flattened column then broadcasts along the wrong axis); a "
           "dispersion per entry; a 1-D mu with a float alpha; a column of dispersions against means whose "
           "alpha mu overflows (a patch of the overflowed entries written for a float alpha fails); a column of "
           "dispersions against a 1-D mu (the result is larger than mu)"),
], free=[
    "the formula's arrangement (mu / (1 + alpha mu), 1 / (1 / mu + alpha), a switch between them)",
    "warnings numpy may print on the way (an overflow or a division by zero that does not reach the answer)",
    "what happens for negative, infinite or NaN inputs (none is drawn)",
])

draws(EX, PER_SUBMISSION, "arrays cost microseconds to draw and to answer with the reference")


def _means(rng, shape, low=-3.0, high=5.0):
    return 10.0 ** rng.uniform(low, high, size=shape)


def _ordinary(rng):
    return {"mu": _means(rng, int(rng.integers(5, 30))), "alpha": float(10.0 ** rng.uniform(-3, 1))}


def _poisson(rng):
    return {"mu": _means(rng, int(rng.integers(5, 30))), "alpha": 0.0}


def _zero_means(rng):
    mu = _means(rng, int(rng.integers(6, 30)), -2, 3)
    mu[rng.permutation(len(mu))[: len(mu) // 3]] = 0.0
    return {"mu": mu, "alpha": float(10.0 ** rng.uniform(-2, 0))}


def _huge_means(rng):
    mu = 10.0 ** rng.uniform(300, 308, size=int(rng.integers(4, 12)))
    mu[0] = float(rng.uniform(1.0, 1.7)) * 1e308
    # alpha >= 3 keeps alpha * mu[0] above the largest double (1.8e308): the literal quotient is 0 there
    return {"mu": mu, "alpha": float(10.0 ** rng.uniform(0.5, 6))}


def _tiny_means(rng):
    return {"mu": _means(rng, int(rng.integers(4, 12)), -300, -200), "alpha": float(10.0 ** rng.uniform(-2, 2))}


def _integer_means(rng):
    return {"mu": rng.integers(0, 5000, size=int(rng.integers(5, 20))), "alpha": float(rng.uniform(0.01, 2.0))}


def _poisson_huge_means(rng):
    mu = 10.0 ** rng.uniform(297, 308, size=int(rng.integers(4, 12)))
    mu[0] = float(rng.uniform(1.0, 1.7)) * 1e308
    mu[1] = 10.0 ** rng.uniform(300, 307)
    return {"mu": mu, "alpha": 0.0}


def _single_precision(rng):
    # float32 means (exact as given) with alpha mu from 1e-2 to 1e4: the weights of those values, in float64
    alpha = float(10.0 ** rng.uniform(-3, -1))
    mu = (10.0 ** rng.uniform(-2, 4, size=int(rng.integers(6, 20))) / alpha).astype(np.float32)
    mu[0] = np.float32(rng.uniform(1.5, 3.0) / alpha)
    return {"mu": mu, "alpha": alpha}


def _per_gene_overflow(rng):
    genes = int(rng.integers(2, 5))
    samples = genes + int(rng.integers(1, 4))
    mu = _means(rng, (genes, samples), -1, 4)
    mu[:, 0] = 10.0 ** rng.uniform(300, 308, size=genes)
    mu[0, 0] = float(rng.uniform(1.0, 1.7)) * 1e308
    # every alpha >= 3: alpha * mu[0, 0] overflows to inf
    return {"mu": mu, "alpha": 10.0 ** rng.uniform(0.5, 6, size=(genes, 1))}


def _samples_against_genes(rng):
    genes = int(rng.integers(2, 5))
    samples = int(rng.integers(2, 6))
    return {"mu": _means(rng, samples, -1, 4), "alpha": 10.0 ** rng.uniform(-3, 0, size=(genes, 1))}


def _per_gene(rng):
    genes = int(rng.integers(2, 6))
    samples = genes + int(rng.integers(1, 4))
    return {"mu": _means(rng, (genes, samples), -1, 4), "alpha": 10.0 ** rng.uniform(-3, 0, size=(genes, 1))}


def _per_gene_square(rng):
    genes = int(rng.integers(2, 6))
    return {"mu": _means(rng, (genes, genes), -1, 4), "alpha": 10.0 ** rng.uniform(-3, 0, size=(genes, 1))}


def _per_entry(rng):
    shape = (int(rng.integers(2, 5)), int(rng.integers(2, 5)))
    alpha = 10.0 ** rng.uniform(-3, 1, size=shape)
    alpha[0, 0] = 0.0
    return {"mu": _means(rng, shape, -1, 4), "alpha": alpha}


VALUES = Domain(WEIGHTS, (
    Kind("ordinary means and a dispersion", "3.1", _ordinary),
    Kind("integer means", "3.1", _integer_means),
    Kind("means between 1e-300 and 1e-200", "3.1", _tiny_means),
    Kind("float32 means", "3.1", _single_precision),
    Kind("alpha = 0", "3.2", _poisson),
    Kind("alpha = 0 with means from 1e297 to 1.7e308", "3.2", _poisson_huge_means),
    Kind("means of which a third are 0", "3.2", _zero_means),
    Kind("means between 1e300 and 1.7e308", "3.3", _huge_means),
))
SHAPES = Domain(WEIGHTS, (
    Kind("one dispersion per gene (a column) against genes x samples means", "3.4", _per_gene),
    Kind("one dispersion per gene against as many genes as samples", "3.4", _per_gene_square),
    Kind("one dispersion per entry", "3.4", _per_entry),
    Kind("one dispersion per gene (a column) against means whose alpha mu overflows", "3.4", _per_gene_overflow),
    Kind("a column of dispersions against 1-D means (a broadcast shape larger than mu's)", "3.4",
         _samples_against_genes),
))


def _compare(value, args, kind):
    want = answers.nb_weights(args["mu"], args["alpha"])
    try:
        got = as_array(value, "the weights")
    except CheckFailed as exc:
        return str(exc)
    if got.shape != want.shape:
        return ("the weights do not have the broadcast shape of mu and alpha (numpy's broadcasting: a column of "
                "dispersions applies one per row)")
    if not np.all(np.isfinite(got)):
        return "some weights are NaN or inf: a zero mean has weight 0, alpha = 0 gives mu, a huge mu about 1 / alpha"
    bad = np.abs(got - want) > RTOL * np.abs(want)
    if not bad.any():
        return None
    if np.asarray(args["mu"]).dtype == np.float32 and np.all(np.abs(got - want) <= 1e-5 * np.abs(want)):
        return ("the weights are off by float32 rounding: compute in float64 (np.asarray(mu, dtype=float)), "
                "whatever the dtype of mu; the exact weights of the values given are asked for")
    mu, alpha = np.broadcast_arrays(np.asarray(args["mu"], dtype=float), np.asarray(args["alpha"], dtype=float))
    if np.any(bad & (mu == 0)):
        return "a weight where mu = 0 is not 0"
    if np.any(bad & (alpha == 0)):
        return "a weight where alpha = 0 is not mu (the Poisson weight)"
    with np.errstate(over="ignore"):
        if np.any(bad & np.isinf(alpha * mu)):
            return ("a weight where alpha * mu overflows is wrong: it is about 1 / alpha there, which "
                    "1 / (alpha + 1 / mu) computes without overflow")
    return "the weights are not mu / (1 + alpha mu)"


@check(EX, points=0.5, clauses=("3.4",),
       description="nb_weights returns a float array of the broadcast shape of mu and alpha")
def returns_an_array(student):
    args = _per_gene(student.rng(EX, "format"))
    value = student.call("nb_weights", args["mu"], args["alpha"])
    formatted(formats.nb_weights_format, value, np.broadcast_shapes(args["mu"].shape, args["alpha"].shape))


domain_check(EX, VALUES, name="weights_across_the_domain", points=1.5, compare=_compare,
             description="the weights are mu / (1 + alpha mu) to 1e-12 for ordinary, integer, float32, tiny, zero "
                         "and huge means, and alpha = 0 (with huge means too)")
domain_check(EX, SHAPES, name="broadcasts_dispersions", points=0.5, compare=_compare,
             description="dispersions per gene (a column) and per entry broadcast with the means as numpy does, "
                         "against overflowing and 1-D means too")
