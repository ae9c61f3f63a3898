"""The contract of every student function of this assignment, as data (see :mod:`autograder.contracts`).

Declared here, registered as checks by :mod:`.contract_checks` (after each exercise's own checks).

Each contract names the parameters in the statement's order with their defaults and draws small
arguments from the function's input domain (milliseconds per call): the framework checks that
calls agree however they are made, that inputs and the global generators are left alone, and
that answers depend on the arguments alone, across two kernels. ``vary`` gives, per parameter,
another value that changes the correct answer, so that a result kept between calls under a key
that leaves the parameter out repeats a wrong answer.
"""
from __future__ import annotations

import numpy as np
import pandas as pd

import reference
from autograder.contracts.spec import Contract, Param
from autograder.kernel.wire import FrameArg, as_tensor


# ------------------------------------------------------------ exercise 1
def _logistic(rng: np.random.Generator, n: int, p: int) -> tuple[np.ndarray, np.ndarray]:
    while True:
        X = np.column_stack([np.ones(n), rng.normal(size=(n, p - 1))])
        y = (rng.random(n) < 1 / (1 + np.exp(-X @ rng.uniform(-1, 1, size=p)))).astype(float)
        if 1 < y.sum() < n - 1:
            return X, y


def _irls_args(rng):
    X, y = _logistic(rng, int(rng.integers(10, 16)), int(rng.integers(2, 4)))
    return {"X": X, "y": y, "max_iter": int(rng.integers(2, 4)), "tol": float(10.0 ** -rng.integers(3, 6))}


def _irls_vary(rng, args):
    X, y = args["X"], args["y"]
    flipped = y.copy()
    flipped[:2] = 1 - flipped[:2]
    moved = X.copy()
    moved[:, 1:] = X[:, 1:] * 1.5 + 0.25
    # a tolerance of 10 stops after the first iteration, where max_iter >= 2 goes on
    return {"X": moved, "y": flipped, "max_iter": args["max_iter"] + 1, "tol": 10.0}


IRLS = Contract("irls_logistic", (Param("X"), Param("y"), Param("max_iter", 25), Param("tol", 1e-8)),
                draw=_irls_args, vary=_irls_vary)


# ------------------------------------------------------------ exercise 2
def _design_args(rng):
    return {"n_samples": int(rng.integers(5, 9)), "kappa": float(rng.uniform(2.0, 50.0)),
            "n_features": int(rng.integers(2, 3)) * 2, "seed": int(rng.integers(1, 2**31))}


def _design_vary(rng, args):
    return {"n_samples": args["n_samples"] + 1, "kappa": args["kappa"] * 2.0, "n_features": 2, "seed": 0}


def _rmse_args(rng):
    p = int(rng.integers(2, 4))
    return {"X": rng.normal(size=(int(rng.integers(6, 10)), p)), "beta_true": rng.normal(size=p),
            "noise_sd": float(rng.uniform(0.3, 0.8)), "n_trials": int(rng.integers(4, 9)),
            "seed": int(rng.integers(1, 2**31))}


def _rmse_vary(rng, args):
    X = args["X"]
    return {"X": X * 1.5, "beta_true": args["beta_true"] + 1.0, "noise_sd": args["noise_sd"] * 2.0,
            "n_trials": args["n_trials"] + 3, "seed": 0}


DESIGN = Contract("design_with_condition",
                  (Param("n_samples"), Param("kappa"), Param("n_features", 3), Param("seed", 0)),
                  draw=_design_args, vary=_design_vary, random_from_seed=True)
RMSE = Contract("coefficient_rmse",
                (Param("X"), Param("beta_true"), Param("noise_sd", 1.0), Param("n_trials", 500), Param("seed", 0)),
                draw=_rmse_args, vary=_rmse_vary, random_from_seed=True)


# ------------------------------------------------------------ exercise 3
def _expression(rng) -> np.ndarray:
    X = reference.simulate_expression(n_cells=int(rng.integers(6, 9)), n_genes=int(rng.integers(4, 7)),
                                      seed=int(rng.integers(2**31)))
    return np.asarray(X, dtype=np.float32)


def _study_args(rng):
    # one seed and one or two epochs: a call costs a few milliseconds, even with the default 100 epochs
    return {"X": _expression(rng), "seeds": [int(rng.integers(1000))], "epochs": int(rng.integers(1, 3))}


def _study_vary(rng, args):
    return {"X": (args["X"] * np.float32(1.5)).astype(np.float32), "seeds": [args["seeds"][0] + 1],
            "epochs": args["epochs"] + 1}


def _send_study(name, value):
    return as_tensor(value) if name == "X" else value


def _plot_args(rng):
    return {"final_losses": [float(v) for v in rng.uniform(0.5, 2.0, size=6)]}


# the notebook's train_autoencoder seeds torch's global generator itself: seed_study may move it
STUDY = Contract("seed_study", (Param("X"), Param("seeds"), Param("epochs", 100)),
                 draw=_study_args, vary=_study_vary, send=_send_study, leaves_global_rngs=False)
# a plot may jitter its points at random (a strip plot), so only its signature and inputs are checked
PLOT = Contract("plot_loss_distribution", (Param("final_losses"),), draw=_plot_args, summarize="axes",
                deterministic=False, leaves_global_rngs=False)


# ------------------------------------------------------------ exercise 4
def _frame(rng) -> pd.DataFrame:
    n = int(rng.integers(6, 10))
    while True:
        frame = pd.DataFrame({
            "depth": rng.integers(100, 900, size=n),                                   # int64: not float
            "score": rng.normal(2.0, 1.5, size=n),
            "group": pd.Categorical(rng.choice(["g2", "g10", "g1"], size=n), categories=["g2", "g10", "g1", "g0"]),
            "donor": rng.choice(["b", "A", "c"], size=n),
        })
        if frame["group"].nunique() > 1 and frame["donor"].nunique() > 1:
            break
    frame.index = [f"c{i}" for i in rng.permutation(n) + 7]                          # labels, not 0..n-1
    return frame


def _design_matrix_args(rng):
    return {"obs": _frame(rng), "covariates": ["depth", "group", "donor", "score"], "standardize": False}


def _design_matrix_vary(rng, args):
    other = args["obs"].copy()
    other["depth"] = other["depth"] * 2 + 1
    return {"obs": other, "covariates": ["donor", "depth"], "standardize": True}


def _send_frame(name, value):
    return FrameArg(value) if name == "obs" else value


def _diagnostics_args(rng):
    return {"X": rng.normal(size=(int(rng.integers(4, 7)), int(rng.integers(2, 4))))}


def _diagnostics_vary(rng, args):
    X = args["X"].copy()
    X[:, -1] = X[:, 0]                                                                 # rank deficient
    return {"X": X}


DESIGN_MATRIX = Contract("build_design_matrix", (Param("obs"), Param("covariates"), Param("standardize", True)),
                         draw=_design_matrix_args, vary=_design_matrix_vary, send=_send_frame)
DIAGNOSTICS = Contract("design_diagnostics", (Param("X"),), draw=_diagnostics_args, vary=_diagnostics_vary)
