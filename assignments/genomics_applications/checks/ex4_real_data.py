"""Exercise 4: design matrices from real cell metadata.

Inputs: the ``.obs`` of scanpy's packaged PBMC 68k reduced data (700 cells),
plus small hand-made frames for the edge cases the contract names (boolean
and integer-coded categories, string columns, confounded covariates, a
constant column). The PBMC numeric columns are float32; z-scoring them in
float32 instead of float64 moves values by ~1e-6, hence atol 1e-5 there. The
sample-sd mistake moves them by ~7e-4 * |z| (n = 700), far outside it.
"""
from __future__ import annotations

from functools import lru_cache

import numpy as np
import pandas as pd

import reference
from autograder.checking import CheckFailed, as_array, assert_close, check, timed
from autograder.kernel.wire import FrameArg

EX = "ex4_real_data"
ATOL = 1e-5


@lru_cache(maxsize=None)
def pbmc_obs() -> pd.DataFrame:
    return reference.load_pbmc68k_obs()


@lru_cache(maxsize=None)
def edge_frame() -> pd.DataFrame:
    return pd.DataFrame({
        "treated": [True, False, True, False, False, True, True, False],
        "spike_in": [False, False, True, True, False, True, False, True],
        "cluster": pd.Categorical([2, 10, 1, 2, 10, 1, 2, 1]),
        "donor": ["d2", "d1", "d3", "d1", "d2", "d3", "d1", "d2"],
        "age": [31, 45, 27, 60, 38, 52, 41, 33],
        "depth": [1.5, 2.0, 0.5, 3.0, 2.5, 1.0, 2.2, 1.8],
    }, index=[f"cell{i}" for i in range(8)])


@lru_cache(maxsize=None)
def confounded_frame() -> pd.DataFrame:
    condition = ["ctrl", "ctrl", "trt", "trt", "ctrl", "trt", "ctrl", "trt"]
    return pd.DataFrame({
        "condition": pd.Categorical(condition),
        "batch": ["b1" if c == "ctrl" else "b2" for c in condition],
        "constant": [3.0] * 8,
        "depth": [1.5, 2.0, 0.5, 3.0, 2.5, 1.0, 2.2, 1.8],
    })


def compare_design(student, frame, covariates, standardize, label, atol=ATOL):
    (want, _), seconds = timed(reference.build_design_matrix, frame, list(covariates), standardize)
    value = student.call("build_design_matrix", FrameArg(frame), list(covariates),
                         standardize=standardize, ref_seconds=seconds)
    call = f"build_design_matrix({label}, {list(covariates)}, standardize={standardize})"
    if not isinstance(value, (tuple, list)) or len(value) != 2:
        raise CheckFailed(f"{call} must return a pair (X, names)")
    X = as_array(value[0], f"X from {call}", ndim=2)
    if X.shape != want.shape:
        raise CheckFailed(f"X from {call} has shape {X.shape}; expected {want.shape} "
                          "(intercept, one column per numeric covariate, one per level after the first)")
    names = value[1]
    if not isinstance(names, (list, tuple)) or len(names) != X.shape[1]:
        raise CheckFailed(f"names from {call} must be a list with one name per column of X ({X.shape[1]})")
    if not all(isinstance(n, str) for n in names) or len(set(names)) != len(names):
        raise CheckFailed(f"names from {call} must be distinct strings; got {list(names)[:8]}")
    if names[0] != "intercept":
        raise CheckFailed(f"the first column must be named 'intercept'; got {names[0]!r}")
    for j in range(want.shape[1]):
        assert_close(X[:, j], want[:, j], f"column {j} ({names[j]}) of X from {call}", atol=atol)
    return want


def student_diagnostics(student, X, label):
    _, seconds = timed(reference.design_diagnostics, X)
    value = student.call("design_diagnostics", X, ref_seconds=seconds)
    if not isinstance(value, dict) or not {"singular_values", "rank", "condition_number"} <= set(value):
        raise CheckFailed(f"design_diagnostics({label}) must return a dict with keys "
                          "'singular_values', 'rank' and 'condition_number'")
    return value


@check(EX, points=1.5,
       description="build_design_matrix on the PBMC metadata: intercept, z-scores (population sd), phase indicators")
def pbmc_numeric_and_categorical(student):
    compare_design(student, pbmc_obs(), ("n_counts", "percent_mito", "phase"), True, "pbmc.obs")


@check(EX, points=1.0, description="categorical levels are taken as strings, sorted, first level dropped")
def levels_sorted_as_strings(student):
    compare_design(student, pbmc_obs(), ("louvain", "bulk_labels"), False, "pbmc.obs")


@check(EX, points=1.0,
       description="booleans, integer-coded categories and strings become indicators; integers are numeric")
def edge_case_columns(student):
    compare_design(student, edge_frame(), ("treated", "cluster", "donor", "spike_in", "age", "depth"), True,
                   "a small frame", atol=1e-9)


@check(EX, points=0.5, description="standardize=False keeps numeric columns as they are")
def unstandardized_columns(student):
    compare_design(student, pbmc_obs(), ("n_genes", "phase"), False, "pbmc.obs")


def scaled_and_ill_conditioned():
    """Full-rank designs a fixed tolerance misjudges: tiny scale, and kappa = 1e10."""
    X, _ = reference.build_design_matrix(pbmc_obs(), ["n_counts", "percent_mito", "phase"], True)
    U, _ = np.linalg.qr(np.random.default_rng(5).normal(size=(30, 4)))
    V, _ = np.linalg.qr(np.random.default_rng(6).normal(size=(4, 4)))
    ill = (U * np.array([1.0, 1e-3, 1e-6, 1e-10])) @ V.T
    return [(X, "the PBMC design", 1e-8), (X * 1e-20, "the PBMC design times 1e-20", 1e-8),
            (ill, "a full-rank design with condition number 1e10", 1e-5)]


@check(EX, points=0.5,
       description="design_diagnostics of full-rank designs (any scale): singular values, rank, condition number")
def diagnostics_full_rank(student):
    for X, label, rtol in scaled_and_ill_conditioned():
        check_full_rank(student, X, label, rtol)


def check_full_rank(student, X, label, rtol):
    want = reference.design_diagnostics(X)
    got = student_diagnostics(student, X, label)
    s = as_array(got["singular_values"], "singular_values", ndim=1)
    assert_close(s, want["singular_values"], f"singular_values of {label}", rtol=1e-8,
                 atol=1e-10 * want["singular_values"][0])
    if got["rank"] != want["rank"]:
        raise CheckFailed(f"rank of {label} is {got['rank']!r}; expected {want['rank']} "
                          "(numpy's default tolerance scales with the largest singular value)")
    assert_close(as_array(got["condition_number"], "condition_number"),
                 want["condition_number"], f"condition_number of {label}", rtol=rtol)


@check(EX, points=0.5,
       description="design_diagnostics of rank-deficient designs: numerical rank and infinite condition number")
def diagnostics_rank_deficient(student):
    frame = confounded_frame()
    for covariates, what, scale in (
            (["condition", "batch", "depth"], "confounded condition and batch", 1.0),
            (["condition", "batch", "depth"], "confounded condition and batch, times 1e6", 1e6),
            (["constant", "depth"], "a constant column beside the intercept", 1.0)):
        X, _ = reference.build_design_matrix(frame, covariates, False)
        X = X * scale
        want = reference.design_diagnostics(X)
        got = student_diagnostics(student, X, what)
        if got["rank"] != want["rank"]:
            raise CheckFailed(f"for {what} ({X.shape[1]} columns), rank is {got['rank']!r}; "
                              f"expected {want['rank']} (numpy's default tolerance)")
        cond = as_array(got["condition_number"], "condition_number")
        if not np.isinf(cond):
            raise CheckFailed(f"for {what}, condition_number is {float(cond):.4g}; a rank-deficient "
                              "design has condition number inf")
