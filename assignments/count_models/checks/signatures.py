"""The contract of every student function of this assignment, as data (see :mod:`autograder.contracts`).

Declared here, registered as checks by :mod:`.contract_checks` (after each exercise's own checks).
Each contract draws small arguments (milliseconds per call); ``vary`` gives, per parameter, another
value that changes the correct answer, so that a result kept between calls under a key that leaves
the parameter out repeats a wrong answer.
"""
from __future__ import annotations

import numpy as np

from autograder.checks import Contract, Param, attempts

from .. import formats
from .poisson_problems import draw_problem


# ------------------------------------------------------------ exercise 1
def _irls_args(rng):
    # float counts with at least one zero: a function that writes into y (its zeros, say) shows
    for _ in attempts("a small problem with a zero count"):
        X, y = draw_problem(rng, int(rng.integers(10, 16)), int(rng.integers(2, 4)), intercept=True,
                            log_mean=float(rng.uniform(1.0, 3.0)))
        if np.any(y == 0):
            return {"X": X, "y": y, "max_iter": int(rng.integers(2, 4)), "tol": float(10.0 ** -rng.integers(3, 6))}


def _irls_vary(rng, args):
    X, y = args["X"], args["y"]
    moved = X.copy()
    moved[:, 1:] = X[:, 1:] * 1.5
    more = y.copy()
    more[0] += 3.0
    # a tolerance of 10 stops after the first iteration, where max_iter >= 2 goes on
    return {"X": moved, "y": more, "max_iter": args["max_iter"] + 1, "tol": 10.0}


IRLS = Contract("irls_poisson", (Param("X"), Param("y"), Param("max_iter", 25), Param("tol", 1e-8)),
                draw=_irls_args, vary=_irls_vary,
                answer_form=lambda value, args: formats.irls_poisson_format(value, args["X"].shape[1]))


# ------------------------------------------------------------ exercise 2
def _design(rng):
    n, p = int(rng.integers(5, 9)), int(rng.integers(2, 4))
    X = np.column_stack([np.ones(n), rng.normal(size=(n, p - 1))])
    return X, rng.uniform(-0.5, 0.5, size=p)


def _hessian_args(rng):
    X, beta = _design(rng)
    return {"X": X, "beta": beta}


def _hessian_vary(rng, args):
    return {"X": args["X"] * 1.3, "beta": args["beta"] + 0.4}


def _autograd_args(rng):
    X, beta = _design(rng)
    return {"X": X, "y": rng.poisson(2.0, size=len(X)).astype(float), "beta": beta}


def _autograd_vary(rng, args):
    # y does not change the Poisson Hessian: only X and beta are varied
    return {"X": args["X"] * 1.3, "beta": args["beta"] + 0.4}


def _symmetric(rng, lam):
    q, _ = np.linalg.qr(rng.normal(size=(len(lam), len(lam))))
    H = (q * np.asarray(lam)) @ q.T
    return (H + H.T) / 2


def _classify_args(rng):
    # a minimum at rtol 1e-6, degenerate at rtol 1e-2
    return {"H": _symmetric(rng, [rng.uniform(0.5, 2.0), rng.uniform(0.5, 2.0), 1e-4]), "rtol": 1e-6}


def _classify_vary(rng, args):
    return {"H": _symmetric(rng, [1.0, -2.0, 0.5]), "rtol": 1e-2}


HESSIAN = Contract("poisson_hessian", (Param("X"), Param("beta")), draw=_hessian_args, vary=_hessian_vary,
                   answer_form=lambda value, args: formats.hessian_format(value, args["X"].shape[1],
                                                                          "poisson_hessian"))
AUTOGRAD = Contract("autograd_hessian", (Param("X"), Param("y"), Param("beta")), draw=_autograd_args,
                    vary=_autograd_vary,
                    answer_form=lambda value, args: formats.hessian_format(value, args["X"].shape[1],
                                                                           "autograd_hessian"))
CLASSIFY = Contract("classify_stationary_point", (Param("H"), Param("rtol", 1e-8)), draw=_classify_args,
                    vary=_classify_vary,
                    answer_form=lambda value, args: formats.classify_stationary_point_format(value))


# ------------------------------------------------------------ exercise 3
def _weights_args(rng):
    return {"mu": rng.gamma(2.0, 20.0, size=(2, 4)), "alpha": rng.uniform(0.05, 1.0, size=(2, 1))}


def _weights_vary(rng, args):
    return {"mu": args["mu"] * 3.0, "alpha": args["alpha"] * 2.0}


WEIGHTS = Contract("nb_weights", (Param("mu"), Param("alpha")), draw=_weights_args, vary=_weights_vary,
                   answer_form=lambda value, args: formats.nb_weights_format(
                       value, np.broadcast_shapes(np.shape(args["mu"]), np.shape(args["alpha"]))))
