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
from .. import formats
from autograder.checks import Contract, FrameArg, Param, as_tensor, attempts, computed_once, quietly


# ------------------------------------------------------------ exercise 1
#: the largest |X @ beta| over the iterates of a drawn problem: every correct form of the update agrees
#: to rounding below it
MAX_ETA = 12.0


def well_posed(X: np.ndarray, y: np.ndarray, *, tol: float, min_per_class: int = 1) -> bool:
    """At least ``min_per_class`` observations of each class, not separable, and a moderate linear
    predictor (``|eta| < MAX_ETA``) at every iterate until the reference converges to ``tol`` within 50
    iterations: every correct way of computing the update then agrees to rounding (see ex1's checks).
    One rule for every logistic problem the checks draw."""
    if not min_per_class <= y.sum() <= len(y) - min_per_class:
        return False
    try:
        _, history = quietly(reference.irls_logistic, X, y, max_iter=50, tol=tol)
    except Exception:  # noqa: BLE001 - a draw the reference rejects is redrawn
        return False
    betas = np.asarray(history["beta"])
    # converged (a complete separation stops the reference early, its last step still large)
    converged = len(betas) > 1 and float(np.max(np.abs(betas[-1] - betas[-2]))) < tol
    return converged and len(betas) - 1 < 50 and float(np.max(np.abs(X @ betas.T))) < MAX_ETA


def _contract_problem(X: np.ndarray, y: np.ndarray) -> bool:
    """The contract check's problems: two of each class at least, converged to 1e-10."""
    return well_posed(X, y, tol=1e-10, min_per_class=2)


def _irls_args(rng):
    for _ in attempts("a well-posed logistic problem"):
        n, p = int(rng.integers(14, 20)), int(rng.integers(2, 4))
        X = np.column_stack([np.ones(n), rng.normal(size=(n, p - 1))])
        y = (rng.random(n) < 1 / (1 + np.exp(-X @ rng.uniform(-1, 1, size=p)))).astype(float)
        if _contract_problem(X, y):
            return {"X": X, "y": y, "max_iter": int(rng.integers(2, 4)), "tol": float(10.0 ** -rng.integers(3, 6))}


def _irls_vary(rng, args):
    X, y = args["X"], args["y"]
    for _ in attempts("a moved design and a flipped response"):  # each well posed with the other argument
        moved = X.copy()
        moved[:, 1:] = X[:, 1:] * rng.uniform(1.2, 1.8) + rng.uniform(-0.3, 0.3)
        flipped = y.copy()
        swap = rng.choice(len(y), size=2, replace=False)
        flipped[swap] = 1 - flipped[swap]
        if _contract_problem(moved, y) and _contract_problem(X, flipped):
            break
    # a tolerance of 10 stops after the first iteration, where max_iter >= 2 goes on
    return {"X": moved, "y": flipped, "max_iter": args["max_iter"] + 1, "tol": 10.0}


IRLS = Contract("irls_logistic", (Param("X"), Param("y"), Param("max_iter", 25), Param("tol", 1e-8)),
                draw=_irls_args, vary=_irls_vary,
                answer_form=lambda value, args: formats.irls_logistic_format(value, args["X"].shape[1]))


# ------------------------------------------------------------ exercise 2
def _design_args(rng):
    # a whole kappa, a Python int as a caller may give it: the contract also sends it as a numpy integer
    # (np.int64(10) ** -1 raises where 10 ** -1 does not); the checks of the values draw float kappas
    return {"n_samples": int(rng.integers(5, 9)), "kappa": int(rng.integers(2, 50)),
            "n_features": int(rng.integers(2, 3)) * 2, "seed": int(rng.integers(1, 2**31))}


def _design_vary(rng, args):
    return {"n_samples": args["n_samples"] + 1, "kappa": args["kappa"] * 2.0, "n_features": 2, "seed": 0}


def _rmse_args(rng):
    p = int(rng.integers(2, 4))
    return {"X": rng.normal(size=(int(rng.integers(6, 10)), p)), "beta_true": rng.normal(size=p),
            "noise_sd": float(rng.uniform(0.3, 0.8)), "n_trials": int(rng.integers(4, 9)),
            "seed": int(rng.integers(1, 2**31))}


def _rmse_vary(rng, args):
    # every change moves the answer: the RMSE does not depend on beta_true, so a call with only
    # beta_true changed would answer as the base call, and a result kept between calls that ignores X
    # would then read the same in both kernels (whether it did hinged on rounding)
    X = args["X"]
    return {"X": X * 1.5, "noise_sd": args["noise_sd"] * 2.0, "n_trials": args["n_trials"] + 3, "seed": 0}


DESIGN = Contract("design_with_condition",
                  (Param("n_samples"), Param("kappa"), Param("n_features", 3), Param("seed", 0)),
                  draw=_design_args, vary=_design_vary, random_from_seed=True,
                  answer_form=lambda value, args: formats.design_with_condition_format(value))
RMSE = Contract("coefficient_rmse",
                (Param("X"), Param("beta_true"), Param("noise_sd", 1.0), Param("n_trials", 500), Param("seed", 0)),
                draw=_rmse_args, vary=_rmse_vary, random_from_seed=True,
                answer_form=lambda value, args: formats.coefficient_rmse_format(value))


# ------------------------------------------------------------ exercise 3
def _expression(rng) -> np.ndarray:
    return _simulated(int(rng.integers(6, 9)), int(rng.integers(4, 7)), int(rng.integers(2**31))).copy()


@computed_once
def _simulated(n_cells: int, n_genes: int, seed: int) -> np.ndarray:
    """The notebook's data (torch's generator draws it): kept with the reference values."""
    X = reference.simulate_expression(n_cells=n_cells, n_genes=n_genes, seed=seed)
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
    # an array, as seed_study returns it: a plot that sorts or scales the caller's array in place shows
    # (a list is copied by np.asarray anyway; the plot checks send lists too)
    return {"final_losses": rng.uniform(0.5, 2.0, size=6)}


# the notebook's train_autoencoder seeds torch's global generator itself: seed_study may move it
STUDY = Contract("seed_study", (Param("X"), Param("seeds"), Param("epochs", 100)),
                 draw=_study_args, vary=_study_vary, send=_send_study, leaves_global_rngs=False, may_reseed=("torch",),
                 # epochs_are_honoured already calls without epochs (100 of them): not repeated here
                 defaults_checked_apart=True,
                 answer_form=lambda value, args: formats.seed_study_format(value, len(args["seeds"])))
# a plot may jitter its points at random (a strip plot), so only its signature and inputs are checked
PLOT = Contract("plot_loss_distribution", (Param("final_losses"),), draw=_plot_args, summarize="axes",
                deterministic=False, leaves_global_rngs=False,
                answer_form=lambda value, args: formats.plot_loss_distribution_format(value))


# ------------------------------------------------------------ exercise 4
def _frame(rng) -> pd.DataFrame:
    n = int(rng.integers(6, 10))
    for _ in attempts("a frame with two groups and two donors"):
        frame = pd.DataFrame({
            "depth": rng.integers(100, 900, size=n),                                   # int64: not float
            "score": rng.normal(2.0, 1.5, size=n),
            "group": pd.Categorical(rng.choice(["g2", "g10", "g1"], size=n), categories=["g2", "g10", "g1", "g0"]),
            "donor": rng.choice(["b", "A", "c"], size=n),
        })
        if frame["group"].nunique() > 1 and frame["donor"].nunique() > 1:
            break
    frame.index = [f"c{i}" for i in rng.permutation(n) + 7]                          # labels, not 0..n-1
    # a column no call names, whose label has surrounding spaces: a function that tidies the caller's
    # labels (obs.columns = obs.columns.str.strip()) changes the caller's frame, which is read back
    frame[" batch note "] = rng.choice(["kept", "redo"], size=n)
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
                         draw=_design_matrix_args, vary=_design_matrix_vary, send=_send_frame,
                         answer_form=lambda value, args: formats.build_design_matrix_format(value, len(args["obs"])))
DIAGNOSTICS = Contract("design_diagnostics", (Param("X"),), draw=_diagnostics_args, vary=_diagnostics_vary,
                       permuted=("X",),
                       answer_form=lambda value, args: formats.design_diagnostics_format(value))
