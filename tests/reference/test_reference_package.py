"""Package surface: exports, light import, the plotting helper, the data loader."""

from __future__ import annotations

import inspect
import json
import os
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

import reference

REPO_ROOT = Path(reference.__file__).resolve().parent.parent


def test_every_exported_name_resolves():
    for name in reference.__all__:
        assert getattr(reference, name) is not None, name


def test_unknown_attribute_raises_attribute_error():
    with pytest.raises(AttributeError, match="no attribute 'nope'"):
        reference.nope  # noqa: B018


def test_import_does_not_load_torch_pandas_or_matplotlib():
    code = (
        "import sys, json; from reference import irls_logistic, design_with_condition; "
        "print(json.dumps([m for m in ('torch', 'pandas', 'matplotlib', 'scanpy', 'anndata') "
        "if m in sys.modules]))"
    )
    env = {
        **os.environ,
        "PYTHONPATH": os.pathsep.join([str(REPO_ROOT), os.environ.get("PYTHONPATH", "")]),
    }
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, env=env, check=True
    )
    assert json.loads(out.stdout) == []


def test_contract_signatures():
    sig = inspect.signature
    assert str(sig(reference.irls_logistic)).startswith(
        "(X: 'Any', y: 'Any', max_iter: 'int' = 25, tol: 'float' = 1e-08)"
    )
    assert list(sig(reference.irls_poisson).parameters) == ["X", "y", "max_iter", "tol"]
    assert list(sig(reference.irls_negative_binomial).parameters) == [
        "X",
        "y",
        "alpha",
        "max_iter",
        "tol",
    ]
    params = sig(reference.design_with_condition).parameters
    assert [(p.name, p.default) for p in params.values()] == [
        ("n_samples", inspect.Parameter.empty),
        ("kappa", inspect.Parameter.empty),
        ("n_features", 3),
        ("seed", 0),
    ]
    params = sig(reference.coefficient_rmse).parameters
    assert [(p.name, p.default) for p in params.values()] == [
        ("X", inspect.Parameter.empty),
        ("beta_true", inspect.Parameter.empty),
        ("noise_sd", 1.0),
        ("n_trials", 500),
        ("seed", 0),
    ]
    assert list(sig(reference.seed_study).parameters) == ["X", "seeds", "epochs"]
    assert sig(reference.seed_study).parameters["epochs"].default == 100
    assert list(sig(reference.build_design_matrix).parameters) == [
        "obs",
        "covariates",
        "standardize",
    ]
    assert list(sig(reference.design_diagnostics).parameters) == ["X"]


def test_plot_loss_distribution_returns_labelled_axes():
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt
    from matplotlib.axes import Axes

    ax = reference.plot_loss_distribution(np.array([0.51, 0.52, 0.50, 0.55]))
    try:
        assert isinstance(ax, Axes)
        assert ax.get_xlabel()
    finally:
        plt.close(ax.figure)


def test_plot_loss_distribution_rejects_empty_input():
    with pytest.raises(ValueError, match="non-empty 1-D"):
        reference.plot_loss_distribution([])


def test_pbmc_path_is_inside_installed_scanpy_without_importing_it():
    code = (
        "import sys; from reference.pbmc import pbmc68k_path; p = pbmc68k_path(); "
        "print(p.name, p.parent.parent.name, 'scanpy' in sys.modules)"
    )
    env = {**os.environ, "PYTHONPATH": str(REPO_ROOT)}
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, env=env, check=True
    )
    assert out.stdout.split() == ["10x_pbmc68k_reduced.h5ad", "scanpy", "False"]


def test_pbmc_loading_emits_no_warnings():
    code = (
        "import warnings; warnings.simplefilter('error'); "
        "from reference.pbmc import load_pbmc68k_obs; print(load_pbmc68k_obs().shape)"
    )
    env = {**os.environ, "PYTHONPATH": str(REPO_ROOT)}
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "(700, 8)"
