"""Reference solutions (the answer key) of the ``genomics_applications`` assignment.

Modules, one job each:

========================  ==================================================
``errors``                named warnings and errors
``_validation``           boundary checks shared by all entry points
``families``              links and GLM families (Poisson, Binomial, NB)
``wls``                   one weighted least-squares step
``irls``                  the IRLS loop and exercise 1's ``irls_logistic``
``simulate``              seeded GLM data sets
``conditioning``          exercise 2: designs of given condition number
``diagnostics``           exercise 4: singular values, rank, condition
``design``                exercise 4: design matrix from cell metadata
``pbmc``                  exercise 4: scanpy's packaged PBMC 68k metadata
``autoencoder``           exercise 3: autoencoder, seed study (torch)
``hessian``               Hessian checks at the optimum (torch)
``plotting``              exercise 3's figure (matplotlib)
========================  ==================================================

Importing the package does not import torch, matplotlib or pandas; the
names that need them are loaded on first access.
"""

from __future__ import annotations

import importlib
from typing import Any

from .conditioning import (
    coefficient_rmse,
    condition_experiment,
    design_with_condition,
    theoretical_coefficient_rmse,
)
from .diagnostics import design_diagnostics
from .errors import (
    ConvergenceWarning,
    IRLSDivergenceError,
    PerfectSeparationWarning,
    RankDeficientError,
)
from .families import Binomial, NegativeBinomial, Poisson
from .irls import IRLSResult, fit_glm, irls_logistic, irls_negative_binomial, irls_poisson

# name -> submodule, imported on first attribute access (PEP 562): these
# need torch, matplotlib or pandas, which together take seconds to import
_LAZY = {
    "build_design_matrix": "design",
    "load_pbmc68k_obs": "pbmc",
    "GeneExpressionAutoencoder": "autoencoder",
    "train_autoencoder": "autoencoder",
    "seed_study": "autoencoder",
    "torch_threads": "autoencoder",
    "simulate_expression": "autoencoder",
    "hessian_at": "hessian",
    "classify_critical_point": "hessian",
    "glm_fisher_information": "hessian",
    "glm_nll_hessian": "hessian",
    "check_fisher_information": "hessian",
    "plot_loss_distribution": "plotting",
}

__all__ = [
    "irls_logistic",
    "irls_poisson",
    "irls_negative_binomial",
    "fit_glm",
    "IRLSResult",
    "Poisson",
    "Binomial",
    "NegativeBinomial",
    "design_with_condition",
    "coefficient_rmse",
    "theoretical_coefficient_rmse",
    "condition_experiment",
    "design_diagnostics",
    "ConvergenceWarning",
    "PerfectSeparationWarning",
    "RankDeficientError",
    "IRLSDivergenceError",
    *_LAZY,
]


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        value = getattr(importlib.import_module(f".{_LAZY[name]}", __name__), name)
        globals()[name] = value  # later lookups skip this hook
        return value
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(_LAZY))
