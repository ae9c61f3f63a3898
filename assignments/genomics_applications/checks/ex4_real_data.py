"""Exercise 4: design matrices from real cell metadata.

Inputs: the ``.obs`` of scanpy's packaged PBMC 68k reduced data (700 cells),
plus frames drawn from the course secret with every kind of column the
statement names (integers, float32 far from zero, booleans with one or two
values, categoricals with unused and unsorted categories, mixed-case,
numeric-looking and mixed-type strings, and pandas' own string, nullable
integer and nullable boolean dtypes, 0/1 integers, levels that differ only by
surrounding spaces) on a shuffled string index with a repeated label. The
PBMC numeric columns are float32 near their mean, so z-scores computed in
float32 differ by ~1e-6 from float64 ones, hence atol 1e-5 there; on the
drawn frames, where the statement's float64 arithmetic is exact to ~1e-15,
the tolerance is 1e-9, and a float32 column with a large offset tells the
two apart.

``design_diagnostics`` is checked on tall, square and wide matrices at
scales 1e-20 to 1e20, and on matrices whose smallest singular value sits
just above or just below numpy's rank tolerance S.max() * max(M, N) * eps,
including condition numbers on both sides of 1 / eps.
"""
from __future__ import annotations

from autograder.checks import (CheckFailed, Clause, Domain, FrameArg, Kind, StudentError, as_array, assert_close,
                               attempts, check, clauses, computed_once, domain_check,
                               shape_difference, timed)

import numpy as np
import pandas as pd

import reference
from .. import formats

from .signatures import DESIGN_MATRIX, DIAGNOSTICS
from reference.design import is_numeric_covariate

EX = "ex4_real_data"
PBMC_ATOL = 1e-5
EXACT_ATOL = 1e-9
EPS = np.finfo(float).eps

clauses(EX, [
    Clause("4.1", "build_design_matrix(obs, covariates, standardize=True) returns a pair (X, names): X a float "
                  "numpy array with one row per row of obs, in obs's order, names a list of strings.",
           "any call; read with the format rules; frames with a shuffled string index in which one label is "
           "repeated; single-cell QC covariates ('pct_counts_mt', 'percent_mito', ...) over their full ranges, "
           "percentages up to 60 (every row kept: no QC filtering)"),
    Clause("4.2", "Column 0 is all ones and is named 'intercept'; then come the covariates' columns, in the "
                  "order of covariates (an empty list gives the intercept alone).",
           "covariates in two different orders; an empty list of covariates; covariates whose columns repeat "
           "one another, each keeping its own; one categorical covariate alone (still an intercept, not "
           "cell-means coding)"),
    Clause("4.3", "A numeric, non-boolean column gives one column: (x - mean) / std with ddof=0, computed in "
                  "float64, when standardize is true; otherwise its raw values as floats.",
           "integer (numpy and pandas' nullable Int64, unsigned uint16, 0/1 integers, codes 1 to 4 named "
           "'batch', 'plate', "
           "'lane', 'replicate' or 'sample') and negative columns; a float32 column far "
           "from zero "
           "(float32 arithmetic drifts); the "
           "sample sd would differ by sqrt(n / (n - 1)); a column already near its z-score (mean within 0.05 "
           "of 0, sd 3 to 7% off 1: z-scored all the same); standardize=False, with a constant column too; "
           "timestamps and library sizes of 2e6 to 2e9 with a small spread (raw means raw, not centred); one "
           "cell 20 to 60 sds out among 300 to 800 (mean and population sd, not a robust z-score)"),
    Clause("4.4", "Any other column (categorical, strings, booleans) is categorical: its levels are the "
                  "distinct values occurring in it, converted to strings, sorted as Python sorts strings; the "
                  "first level gets no column, every other level a 0/1 indicator column, in that order.",
           "categoricals with unused and unsorted categories; ordered categoricals; integer-coded categories "
           "('10' < '2'); mixed case "
           "('B' < 'a'); levels that differ only by surrounding spaces; levels holding '|' and the empty string, "
           "covariate names with a dot or a space, and an index named like a column; values of mixed types that "
           "become the "
           "same string; floats whose str differs where a shorter format merges them (1 and 1.0, 0.1 + 0.2 "
           "and 0.3: each its own level); pandas' string dtype (not object); "
           "booleans, numpy's and pandas' nullable boolean ('False' < 'True'), "
           "including a column that is always True and a column with one level (no indicator at all); "
           "1,200 to 2,500 cells with a level met only after the first 1,000 rows; levels that differ only in "
           "Unicode form or case (the micro sign and the Greek mu, a ligature, 'NK' and 'nk': cleaned labels "
           "merge them), or only in the separator between their words ('T cell', 'T_cell', 'T-cell', 'T/cell')"),
    Clause("4.5", "names has one distinct string per column of X.",
           "two boolean covariates (both have the level 'True') and categoricals sharing levels; covariates "
           "'cell' (level 'x_1') and 'cell_x' (level '1'), whose names joined by '_' collide; 'batch' (level "
           "'2') beside a covariate 'batch2'; three to five levels 25 to 60 characters long that share all but "
           "their last few (names cut to a fixed width collide)"),
    Clause("4.6", "design_diagnostics(X) returns a dict with 'singular_values' (a 1-D float array, descending, "
                  "the singular values of X), 'rank' (an int) and 'condition_number' (a float).",
           "tall, square and wide matrices; read with the format rules; 3,000 to 6,000 rows and 2 to 4 "
           "columns (every singular value: a truncated SVD falls out)"),
    Clause("4.7", "'rank' is numpy's numerical rank at its default tolerance, S.max() * max(M, N) * eps.",
           "matrices at scales 1e-20 and 1e20; a smallest singular value just above and just below that "
           "tolerance, for tall and for wide matrices (where max(M, N) is the number of columns); 1.5 times "
           "that tolerance beside several unit singular values (another norm of X reads it otherwise)"),
    Clause("4.8", "'condition_number' is the largest singular value over the smallest when X has full rank "
                  "(rank == min(X.shape)), and numpy.inf when it is rank deficient.",
           "full rank with condition number 1e10 and 5e13; rank deficient with condition number 1e15 "
           "(below 1 / eps) and with exact zero singular values; a zero matrix; a wide matrix; a square "
           "full-rank matrix that is not symmetric, its lower triangle mirrored singular (a rank or condition "
           "number read from one triangle, or in another norm, falls out); an intercept beside covariates in "
           "raw units, column norms 1e3 to 1e6 apart (columns rescaled first fall out)"),
], free=[
    "the names' style beyond 'intercept' (patsy's 'cov[T.level]' is only a suggestion)",
    "inputs outside the assumptions: missing values, a constant numeric column with standardize=True "
    "(no z-score exists), repeated covariates, a covariate named 'intercept'",
    "how the SVD is computed (thin or full; numpy or scipy)",
])


# ------------------------------------------------------------------ frames
@computed_once
def pbmc_obs() -> pd.DataFrame:
    return reference.load_pbmc68k_obs()


@computed_once
def drawn_frame(seed: int) -> pd.DataFrame:
    """Every kind of column the statement names, on a shuffled string index with one label repeated."""
    rng = np.random.default_rng(seed)
    n = int(rng.integers(12, 30))

    def pick(values, size=n):
        return [values[i] for i in rng.integers(0, len(values), size=size)]

    letters = ["a", "B", "c", "D", "e"]
    for _ in attempts("a frame of every column type"):
        frame = pd.DataFrame({
            "count": rng.integers(-50, 500, size=n),                                    # int64, negatives
            "depth": (5e4 + rng.normal(0, 3.0, size=n)).astype(np.float32),             # float32 far from 0
            "score": rng.normal(0, 2.0, size=n),                                        # float64
            "treated": rng.random(n) < 0.5,                                             # bool
            "spiked": rng.random(n) < 0.5,                                              # bool: 'True' again
            "flagged": np.ones(n, dtype=bool),                                          # bool, one value
            "batch": pd.Categorical(pick(["b3", "b1", "b2"]), categories=["b3", "b2", "b1", "b0"]),
            "cluster": pd.Categorical(pick([10, 2, 1, 33])),                            # '1' < '10' < '2' < '33'
            "donor": pick(letters),                                                     # 'B' < 'D' < 'a'
            "lane": pd.Series(pick([1, "1", 2.5, "x"]), dtype=object),                  # 1 and '1' are one level
            "site": ["s1"] * n,                                                          # one level
            # pandas' own dtypes for the same kinds: strings, a nullable integer, a nullable boolean
            "tag": pd.array(pick(["x", "Y", "10", "2"]), dtype="string"),               # strings, not objects
            "umi": pd.array(rng.integers(0, 900, size=n), dtype="Int64"),               # numeric
            "qc": pd.array(rng.random(n) < 0.5, dtype="boolean"),                       # boolean
            "spliced": rng.integers(0, 2, size=n),                                       # 0/1 integers: numeric
            "well": pick(["a", "a ", " a", "b"]),                                       # ' a' < 'a' < 'a ' < 'b'
            "n_genes": rng.integers(200, 6000, size=n).astype(np.uint16),                # unsigned: numeric
            # a column already near its z-score (mean within 0.05 of 0, sd 3 to 7 % off 1): z-scored anyway
            "scaled": _near_z_score(rng, n),
            # floats whose str differs where a shorter format merges them: 1 and 1.0, 0.1 + 0.2 and 0.3
            "dose": pd.Series(pick([1, 1.0, 2.5, 0.1 + 0.2, 0.3]), dtype=object),
        })
        dose = {(type(v), v) for v in frame["dose"]}
        # 1 and '1' both present on every draw: two raw values that are one level as strings
        lane = [(type(v), v) for v in frame["lane"]]
        # and levels that differ only by surrounding spaces, which stripping them would merge
        if (int, 1) in lane and (str, "1") in lane and {"a", "a ", " a"} <= set(frame["well"]) and \
                {(int, 1), (float, 1.0), (float, 2.5), (float, 0.1 + 0.2), (float, 0.3)} <= dose and \
                all(frame[c].nunique() > 1 for c in ("treated", "spiked", "batch", "cluster", "donor", "lane", "tag",
                                                     "qc", "spliced")):
            break
    order = rng.permutation(n)
    labels = [f"cell{i:03d}" for i in order]
    # "its index can be anything": repeated labels too (a join or a lookup by label multiplies rows)
    first, second = rng.choice(n, size=2, replace=False)
    labels[second] = labels[first]
    frame.index = labels
    return frame


def _near_z_score(rng: np.random.Generator, n: int) -> np.ndarray:
    """A float column whose mean is 0.02 to 0.05 from 0 and whose population sd is 3 to 7 % from 1: one a
    student may take for "already scaled", which (x - mean) / sd still moves by 2 % or more.

    Returns
    -------
    ndarray, shape (n,)
    """
    z = rng.normal(size=n)
    z = (z - z.mean()) / z.std()
    return z * (1.0 + rng.choice([-1, 1]) * rng.uniform(0.03, 0.07)) + rng.choice([-1, 1]) * rng.uniform(0.02, 0.05)


def student_design(student, frame, covariates, standardize, pass_standardize=True):
    (want, want_names), seconds = timed(reference.build_design_matrix, frame, list(covariates), standardize)
    kwargs = {"standardize": standardize} if pass_standardize else {}
    value = student.call("build_design_matrix", FrameArg(frame), list(covariates), ref_seconds=seconds, **kwargs)
    return value, want


def compare_design(student, frame, covariates, standardize, label, atol, pass_standardize=True):
    call = f"build_design_matrix({label}, {list(covariates)}" + (
        f", standardize={standardize})" if pass_standardize else ")")
    try:
        value, want = student_design(student, frame, covariates, standardize, pass_standardize)
    except StudentError as exc:
        cause = diagnose_covariates(student, frame, covariates, standardize, pass_standardize)
        if cause is None or exc.kind != "exception":
            raise
        raise CheckFailed(f"{exc}; {cause}") from None
    if not isinstance(value, (tuple, list)) or len(value) != 2:
        raise CheckFailed(f"{call} returned {formats.describe(value)}, not a pair (X, names)")
    X = as_array(value[0], f"X from {call}", ndim=2)
    if X.shape != want.shape:
        cause = diagnose_covariates(student, frame, covariates, standardize, pass_standardize)
        raise CheckFailed(f"X from {call} is {shape_difference(X.shape, want.shape)}" + (
            f": {cause}" if cause else " (the intercept, one column per numeric covariate, one per level after "
                                       "the first)"))
    names = value[1]
    if not isinstance(names, (list, tuple)) or len(names) != X.shape[1]:
        raise CheckFailed(f"names from {call} must hold one name per column of X (it has "
                          f"{'more' if len(names) > X.shape[1] else 'fewer'} names than columns)"
                          if isinstance(names, (list, tuple)) else f"names from {call} must be a list of strings")
    if not all(isinstance(n, str) for n in names) or len(set(names)) != len(names):
        raise CheckFailed(f"names from {call} must be distinct strings")
    if names[0] != "intercept":
        raise CheckFailed(f"the first column must be named 'intercept'; got {names[0]!r}")
    for j in range(want.shape[1]):
        try:
            assert_close(X[:, j], want[:, j], f"column {j} ({names[j]}) of X from {call}", atol=atol)
        except CheckFailed as exc:
            cause = diagnose_covariates(student, frame, covariates, standardize, pass_standardize) if j else None
            raise CheckFailed(f"{exc}: {cause}" if cause else str(exc)) from None
    return X


def covariate_kind(series: pd.Series) -> str:
    if pd.api.types.is_bool_dtype(series.dtype):
        return "boolean"
    if is_numeric_covariate(series):
        return f"numeric ({series.dtype})"
    return "categorical"


def _close(got, want) -> bool:
    return got.shape == want.shape and bool(np.allclose(got, want, rtol=1e-6, atol=PBMC_ATOL))


def diagnose_covariates(student, frame, covariates, standardize, pass_standardize) -> str | None:
    """The first covariate whose columns are wrong when asked for alone, and how; None if none is."""
    for c in covariates:
        try:
            value, want = student_design(student, frame, (c,), standardize, pass_standardize)
            X = np.asarray(value[0], dtype=float)
        except Exception:  # noqa: BLE001, S112 - a diagnosis only: a covariate that cannot be read alone is skipped
            continue
        if X.ndim != 2 or X.shape[0] != want.shape[0] or X.shape[1] < 1:
            continue
        series, kind = frame[c], covariate_kind(frame[c])
        got, exp = X[:, 1:], want[:, 1:]
        if got.shape[1] != exp.shape[1]:
            if kind.startswith("numeric"):
                return f"the {kind} covariate {c!r} gives {got.shape[1]} columns; a numeric covariate gives one"
            levels = series.astype(str).nunique()
            return (f"the {kind} covariate {c!r} gives {got.shape[1]} columns for its {levels} levels; a "
                    f"categorical covariate{' (booleans are categorical)' if kind == 'boolean' else ''} gives "
                    "one 0/1 column per level after the first level (none when it has one level)")
        if _close(got, exp):
            continue
        if kind.startswith("numeric"):
            return numeric_mistake(series, c, kind, got[:, 0], standardize)
        raw = series.to_numpy(dtype=float) if kind == "boolean" else None
        with np.errstate(divide="ignore", invalid="ignore"):
            z = None if raw is None else (raw - raw.mean()) / raw.std()
        if z is not None and _close(got[:, 0], z):
            return (f"the boolean covariate {c!r} is z-scored as a number; booleans are categorical: one 0/1 "
                    "indicator for the level 'True'")
        if not np.isin(got, (0.0, 1.0)).all():
            return (f"the indicator columns of the {kind} covariate {c!r} are not 0/1"
                    + (" (standardize z-scores numeric covariates only, never indicators)" if standardize else ""))
        return (f"the indicator columns of the {kind} covariate {c!r} are for other levels or in another order: "
                "its levels are the distinct values converted to strings, sorted as strings ('10' < '2'); the "
                "first level gets no column, every other level one, in that order")
    return None


def numeric_mistake(series, name, kind, got, standardize) -> str:
    raw = series.to_numpy(dtype=np.float64)
    z = (raw - raw.mean()) / raw.std()
    if standardize and _close(got, (raw - raw.mean()) / raw.std(ddof=1)):
        return (f"the {kind} covariate {name!r} is z-scored with the sample sd (ddof=1); use the population "
                "sd (ddof=0)")
    if standardize and _close(got, raw):
        return f"the {kind} covariate {name!r} is not z-scored, though standardize=True"
    if not standardize and _close(got, z):
        return f"the {kind} covariate {name!r} is z-scored although standardize=False: keep its raw values"
    return (f"the column of the {kind} covariate {name!r} is not "
            + ("its z-score (mean 0, population sd 1, computed in float64)" if standardize else "its raw values"))


# ------------------------------------------------------- build_design_matrix
@check(EX, points=0.5, clauses=("4.1", "4.5"),
       description="build_design_matrix returns (X, names): a float array and a list of distinct strings")
def design_format(student):
    frame = drawn_frame(student.seed(EX, "frame", 0))
    covariates = ["donor", "score", "batch"]
    value, want = student_design(student, frame, covariates, True)
    X, names = formats.build_design_matrix_format(value, len(frame))
    if len(set(names)) != len(names) or names[0] != "intercept":
        raise CheckFailed("names must be distinct, and names[0] must be 'intercept'")


@check(EX, points=0.5, clauses=("4.1", "4.2", "4.3", "4.4"),
       description="build_design_matrix on the PBMC metadata: intercept, z-scores (population sd), phase indicators")
def pbmc_numeric_and_categorical(student):
    compare_design(student, pbmc_obs(), ("n_counts", "percent_mito", "phase"), True, "pbmc.obs", PBMC_ATOL)
    compare_design(student, pbmc_obs(), ("louvain", "n_genes"), True, "pbmc.obs", PBMC_ATOL, pass_standardize=False)


@check(EX, points=0.75, clauses=("4.4",),
       description="levels are the values that occur, as strings, sorted as strings; the first has no column")
def levels_sorted_as_strings(student):
    frame = drawn_frame(student.seed(EX, "frame", 1))
    compare_design(student, frame, ("batch", "cluster", "donor", "lane", "tag", "well", "dose"), False,
                   "a frame of categorical columns", EXACT_ATOL)


@check(EX, points=0.5, clauses=("4.4", "4.2"),
       description="booleans are categorical; a column with one level adds no column")
def booleans_and_single_levels(student):
    frame = drawn_frame(student.seed(EX, "frame", 2))
    compare_design(student, frame, ("treated", "flagged", "spiked", "qc", "site", "score"), True,
                   "a frame with boolean and one-level columns", EXACT_ATOL)


@check(EX, points=0.5, clauses=("4.2", "4.3"),
       description="numeric columns: z-scores in float64 with ddof=0, raw values without standardize, in order")
def numeric_columns(student):
    frame = drawn_frame(student.seed(EX, "frame", 3))
    compare_design(student, frame, ("depth", "count", "umi", "spliced", "score", "n_genes", "scaled"), True,
                   "a frame of numeric columns", EXACT_ATOL)
    compare_design(student, frame, ("score", "spliced", "n_genes", "umi", "count", "depth", "scaled"), False,
                   "a frame of numeric columns", EXACT_ATOL)
    compare_design(student, frame, (), True, "a frame", EXACT_ATOL)


# --------------------------------------------------------- design_diagnostics
def with_singular_values(rng, shape, values) -> np.ndarray:
    """A matrix of ``shape`` with exactly these singular values (random orthogonal factors)."""
    m, n = shape
    k = min(m, n)
    U, _ = np.linalg.qr(rng.normal(size=(m, k)))
    V, _ = np.linalg.qr(rng.normal(size=(n, k)))
    return (U * np.asarray(values, dtype=float)) @ V.T


def numpy_tol(shape) -> float:
    return max(shape) * EPS  # for a largest singular value of 1


@computed_once
def full_rank_cases(seed: int):
    rng = np.random.default_rng(seed)
    tall = (int(rng.integers(20, 60)), int(rng.integers(3, 6)))
    wide = (int(rng.integers(3, 6)), int(rng.integers(20, 60)))
    square = (5, 5)

    def spectrum(k, kappa):
        return np.geomspace(1.0, 1.0 / kappa, k)

    X_pbmc, _ = reference.build_design_matrix(pbmc_obs(), ["n_counts", "percent_mito", "phase"], True)
    cases = [
        (X_pbmc, "the PBMC design"),
        (X_pbmc * 1e-20, "the PBMC design times 1e-20"),
        (with_singular_values(rng, tall, spectrum(tall[1], 1e10)) * 1e20, "a tall full-rank matrix with condition "
                                                                         "number 1e10, times 1e20"),
        (with_singular_values(rng, wide, spectrum(wide[0], 30.0)), "a wide matrix of full row rank"),
        (with_singular_values(rng, square, spectrum(5, 5e13)), "a square matrix with condition number 5e13"),
        (with_singular_values(rng, tall, [1.0] * (tall[1] - 1) + [3 * numpy_tol(tall)]),
         "a tall matrix whose smallest singular value is just above numpy's rank tolerance"),
        (with_singular_values(rng, wide, [1.0] * (wide[0] - 1) + [3 * numpy_tol(wide)]),
         "a wide matrix whose smallest singular value is just above numpy's rank tolerance"),
    ]
    # Six to nine columns, all singular values 1 but the smallest, 1.5 times the tolerance: a tolerance
    # from another norm of X (the Frobenius norm is sqrt(k - 1) >= 2.2 times the 2-norm here) reads it
    # as rank deficient, while SVD routines differ by a few eps, within 10% of that margin.
    many = (int(rng.integers(20, 60)), int(rng.integers(6, 10)))
    cases.append((with_singular_values(rng, many, [1.0] * (many[1] - 1) + [1.5 * numpy_tol(many)]),
                  "a tall matrix with several unit singular values and a smallest one 1.5 times numpy's rank "
                  "tolerance (S.max() * max(M, N) * eps, S.max() the 2-norm)"))
    return cases


@computed_once
def deficient_cases(seed: int):
    rng = np.random.default_rng(seed)
    tall = (int(rng.integers(20, 60)), int(rng.integers(3, 6)))
    wide = (int(rng.integers(3, 6)), int(rng.integers(20, 60)))
    frame = drawn_frame(seed)
    confounded = frame.assign(copy=frame["score"] * 2.0 + 1.0)
    X_conf, _ = reference.build_design_matrix(confounded, ["score", "copy"], False)
    return [
        (X_conf, "a design with a column that is a multiple of another plus a constant"),
        (X_conf * 1e6, "the same design times 1e6"),
        (with_singular_values(rng, tall, [1.0] * (tall[1] - 1) + [numpy_tol(tall) / 3]),
         "a tall matrix whose smallest singular value is just below numpy's rank tolerance"),
        (with_singular_values(rng, wide, [1.0] * (wide[0] - 1) + [numpy_tol(wide) / 3]),
         "a wide matrix whose smallest singular value is below max(M, N) * eps but above min(M, N) * eps"),
        (with_singular_values(rng, (30, 4), [1.0, 0.5, 0.1, 1e-15]),
         "a matrix with condition number 1e15: below 1 / eps, yet rank deficient at numpy's tolerance"),
        (np.zeros((6, 3)), "a zero matrix"),
        (with_singular_values(rng, (8, 4), [2.0, 1.0, 0.0, 0.0]), "a matrix of rank 2 with 4 columns"),
        (zero_column_first(rng), "a matrix whose first column is zero and whose other columns are nonzero in "
                                 "its first rows only"),
    ]


def zero_column_first(rng) -> np.ndarray:
    """A zero column, then k columns that are scaled unit vectors e_0 .. e_(k-1): rank k. The zero
    column uses up the first row of an unpivoted QR, after which every later column is zero below
    it: rank read from that R's diagonal is 0, from the singular values k."""
    k, m = int(rng.integers(2, 4)), int(rng.integers(5, 9))
    X = np.zeros((m, k + 1))
    X[np.arange(k), np.arange(1, k + 1)] = rng.choice([-1.0, 1.0], size=k) * rng.uniform(0.5, 3.0, size=k)
    return X


def student_diagnostics(student, X, label):
    _, seconds = timed(reference.design_diagnostics, X)
    value = student.call("design_diagnostics", X, ref_seconds=seconds)
    if not isinstance(value, dict) or not {"singular_values", "rank", "condition_number"} <= set(value):
        raise CheckFailed(f"design_diagnostics of {label} returned {formats.describe(value)} without the keys "
                          "'singular_values', 'rank' and 'condition_number'")
    return value


def _rank(value, label) -> int:
    try:
        return int(as_array(value, f"rank of {label}").reshape(()))
    except (ValueError, TypeError):
        raise CheckFailed(f"rank of {label} is {formats.describe(value)}, not a whole number") from None


@check(EX, points=0.25, clauses=("4.6",),
       description="design_diagnostics returns singular values as a float array, rank as an int, "
                   "condition number as a float")
def diagnostics_format(student):
    X, label = full_rank_cases(student.seed(EX, "full"))[0]
    formats.design_diagnostics_format(student.call("design_diagnostics", X,
                                                   ref_seconds=timed(reference.design_diagnostics, X)[1]))


@check(EX, points=0.5, clauses=("4.6", "4.7", "4.8"),
       description="design_diagnostics of full-rank matrices (tall, square, wide; any scale): singular values, "
                   "rank, condition number")
def diagnostics_full_rank(student):
    for X, label in full_rank_cases(student.seed(EX, "full")):
        want = reference.design_diagnostics(X)
        got = student_diagnostics(student, X, label)
        s = as_array(got["singular_values"], f"singular_values of {label}", ndim=1)
        if s.shape == want["singular_values"].shape and s.size > 1 and s[0] < s[-1] and \
                np.allclose(s[::-1], want["singular_values"], rtol=1e-8, atol=1e-10 * want["singular_values"][0]):
            raise CheckFailed(f"singular_values of {label} are in ascending order; return them descending, "
                              "the largest first")
        assert_close(s, want["singular_values"], f"singular_values of {label}", rtol=1e-8,
                     atol=1e-10 * want["singular_values"][0])
        if _rank(got["rank"], label) != want["rank"]:
            # the rank returned depends on the drawn size: only its side of the full rank is said
            raise CheckFailed(f"rank of {label} is {'below' if _rank(got['rank'], label) < want['rank'] else 'above'}"
                              " its full rank, but numpy's default tolerance (S.max() * max(M, N) * eps, "
                              "S.max() the largest singular value) finds it of full rank")
        cond = float(as_array(got["condition_number"], f"condition_number of {label}").reshape(()))
        kappa = want["condition_number"]
        # a backward-stable SVD moves the smallest singular value by ~eps * largest: relative eps * kappa
        if not np.isfinite(cond) or abs(cond - kappa) > max(1e-5, 64 * EPS * kappa) * kappa:
            raise CheckFailed(f"condition_number of {label} is not its largest singular value over its smallest"
                              + (" (it is inf, but the matrix has full rank)" if np.isinf(cond) else ""))


@check(EX, points=0.5, clauses=("4.7", "4.8"),
       description="design_diagnostics of rank-deficient matrices: numpy's rank and an infinite condition number")
def diagnostics_rank_deficient(student):
    for X, label in deficient_cases(student.seed(EX, "deficient")):
        want = reference.design_diagnostics(X)
        got = student_diagnostics(student, X, label)
        rank = _rank(got["rank"], label)
        if rank != want["rank"]:
            raise CheckFailed(f"rank of {label} is {'more' if rank > want['rank'] else 'less'} than numpy's "
                              "default tolerance S.max() * max(M, N) * eps gives")
        cond = as_array(got["condition_number"], f"condition_number of {label}")
        if not np.all(cond == np.inf):  # +inf only: -inf and NaN are not the statement's inf
            raise CheckFailed(f"for {label} the condition number returned is finite; a rank-deficient matrix "
                              "has condition number inf")


# ------------------------------------------------------------ the domain's edges
# Kinds of input the statement allows on which a plausible departure shows, each exercised on
# every grading (values drawn per course): row labels that are not positions, and category
# values that look like numbers; for the diagnostics, every shape and rank, compared in full.
def _index_frame(rng: np.random.Generator) -> pd.DataFrame:
    n = int(rng.integers(8, 16))
    for _ in attempts("a frame with two donors"):
        frame = pd.DataFrame({
            "depth": rng.integers(100, 900, size=n),
            "score": rng.normal(1.0, 2.0, size=n),
            "donor": rng.choice(["d2", "d1", "d3"], size=n),
        })
        if frame["donor"].nunique() > 1:
            return frame


def _integer_index(rng):
    """Row labels are shuffled integers that are not 0..n-1: position and label disagree."""
    frame = _index_frame(rng)
    frame.index = rng.permutation(len(frame)) + int(rng.integers(3, 50))
    covariates = [str(c) for c in rng.permutation(["depth", "score", "donor"])]
    return {"obs": frame, "covariates": covariates}


def _numeric_looking_levels(rng):
    """Levels that are strings of numbers ('10' < '2' as strings), as text and as integers in an object column."""
    frame = _index_frame(rng)
    n = len(frame)
    for _ in attempts("two plates and two wells"):
        frame["plate"] = [str(v) for v in rng.choice([2, 10, 1, 33], size=n)]
        frame["well"] = pd.Series(list(rng.choice([7, 12, 100], size=n)), dtype=object, index=frame.index)
        if frame["plate"].nunique() > 1 and frame["well"].nunique() > 1:
            break
    return {"obs": frame, "covariates": ["plate", "depth", "well"]}


def _colliding_names(rng):
    """Covariates 'cell' (levels 'a' and 'x_1') and 'cell_x' (levels '0' and '1'): names joined by '_'
    give 'cell_x_1' twice, patsy's 'cell[T.x_1]' and 'cell_x[T.1]' stay distinct; and 'batch' (levels
    '1' and '2') beside a numeric 'batch2': names joined without a separator, as R writes them, give
    'batch2' twice."""
    frame = _index_frame(rng)
    n = len(frame)
    for _ in attempts("both levels of every categorical covariate"):
        frame["cell"] = list(rng.choice(["a", "x_1"], size=n))
        frame["cell_x"] = list(rng.choice(["0", "1"], size=n))
        frame["batch"] = list(rng.choice(["1", "2"], size=n))
        if all(frame[c].nunique() == 2 for c in ("cell", "cell_x", "batch")):
            break
    frame["batch2"] = rng.normal(0.0, 1.0, size=n)
    return {"obs": frame, "covariates": ["cell", "depth", "cell_x", "batch", "batch2"]}


def _labels_that_are_not_identifiers(rng):
    """Covariate names with a dot and a space ('percent.mito', 'cell type'), levels holding '|' and the
    empty string, and an index named like one of the columns: names and labels are data, not Python
    identifiers, separators or column names of a reset index."""
    frame = _index_frame(rng)
    n = len(frame)
    frame["percent.mito"] = rng.uniform(0.0, 5.0, size=n)
    for _ in attempts("every level of 'cell type'"):
        frame["cell type"] = list(rng.choice(["T|NK", "", "B", "mono"], size=n))
        if frame["cell type"].nunique() == 4:
            break
    frame.index = pd.Index(rng.permutation(n) + int(rng.integers(3, 50)), name="depth")
    covariates = [str(c) for c in rng.permutation(["cell type", "percent.mito", "depth"])]
    return {"obs": frame, "covariates": covariates}


def _constant_numeric(rng):
    """A numeric covariate with one value in every row (an integer or a float column), with
    standardize=False: it keeps its raw values (only standardize=True has no z-score for it)."""
    frame = _index_frame(rng)
    if rng.random() < 0.5:
        frame["lane"] = np.full(len(frame), int(rng.integers(1, 9)), dtype=np.int64)
    else:
        frame["lane"] = np.full(len(frame), float(rng.uniform(-50, 50)))
    covariates = [str(c) for c in rng.permutation(["lane", "depth", "donor"])]
    return {"obs": frame, "covariates": covariates, "standardize": False}


def _same_information(rng):
    """Covariates whose columns repeat one another: a boolean flag and a two-level category with the same
    pattern (their indicators are the same column), and a numeric covariate beside a copy of it under another
    name. A design may be confounded; each covariate still gives its own columns."""
    frame = _index_frame(rng)
    n = len(frame)
    for _ in attempts("a flag with both values"):
        flag = rng.random(n) < 0.5
        if 0 < flag.sum() < n:
            break
    frame["treated"] = flag
    frame["drug"] = np.where(flag, "yes", "no")
    frame["depth_again"] = frame["depth"].copy()
    covariates = [str(c) for c in rng.permutation(["treated", "drug", "depth", "depth_again", "donor"])]
    return {"obs": frame, "covariates": covariates}


def _many_levels(rng):
    """A categorical covariate with 51 to 120 levels (donors, samples or plates of a large study), each in one
    to three rows, beside a numeric covariate: every level but the first gives its own column, however many
    there are (no level lumped, no covariate skipped for its cardinality)."""
    levels = int(rng.integers(51, 121))
    names = [f"donor{k:03d}" for k in rng.permutation(levels) + int(rng.integers(0, 400))]
    labels = np.repeat(names, rng.integers(1, 4, size=levels))
    rng.shuffle(labels)
    frame = pd.DataFrame({"donor": labels, "depth": rng.integers(100, 900, size=labels.size)},
                         index=[f"cell{k}" for k in rng.permutation(labels.size)])
    covariates = [str(c) for c in rng.permutation(["donor", "depth"])]
    return {"obs": frame, "covariates": covariates}


def _control_levels(rng):
    """Levels named as controls ('WT', 'untreated', 'control') that do not sort first ('KO' < 'WT', 'IFNg' <
    'untreated', 'Treated' < 'control' as Python sorts strings): the reference level is the first sorted one,
    whatever its name."""
    frame = _index_frame(rng)
    n = len(frame)
    vocabularies = {"genotype": ["KO", "WT"], "condition": ["IFNg", "LPS", "untreated"],
                    "treatment": ["Treated", "control"]}
    for _ in attempts("every level of every control-like covariate"):
        for name, levels in vocabularies.items():
            frame[name] = list(rng.choice(levels, size=n))
        if all(frame[name].nunique() == len(levels) for name, levels in vocabularies.items()):
            break
    covariates = [str(c) for c in rng.permutation(["genotype", "depth", "condition", "treatment"])]
    return {"obs": frame, "covariates": covariates}


def _signed_levels(rng):
    """Levels that differ only in a sign or a symbol ('CD8+', 'CD8-', 'CD4+', 'CD4-'), as marker-gated cell
    populations are called: each level is its own column with its own name."""
    frame = _index_frame(rng)
    n = len(frame)
    for _ in attempts("every marker level"):
        frame["gate"] = list(rng.choice(["CD8+", "CD8-", "CD4+", "CD4-"], size=n))
        if frame["gate"].nunique() == 4:
            break
    covariates = [str(c) for c in rng.permutation(["gate", "score"])]
    return {"obs": frame, "covariates": covariates}


#: words of cell-type annotations (scanpy's PBMC 'bulk_labels' style): long labels that share a prefix
ANNOTATION_WORDS = ("CD4+", "CD8+", "CD45RA+", "CD45RO+", "CD25-", "Naive", "Memory", "Cytotoxic", "T", "Reg",
                    "cells", "cluster", "subset", "activated", "resting", "Leiden")


def _long_shared_prefix(rng):
    """Three to five levels 25 to 60 characters long that agree on all but their last few (annotations of
    sub-populations, 'CD4+/CD45RA+ Naive T cells A' and '... B'): each level is its own column with its own
    name, however long (a name cut to a fixed width makes two of them one)."""
    frame = _index_frame(rng)
    n = len(frame)
    words = [str(w) for w in rng.permutation(ANNOTATION_WORDS)]
    prefix = ""
    while len(prefix) < int(rng.integers(24, 56)):
        prefix += words.pop() + str(rng.choice(["/", " ", " "]))
    # three levels or more: two indicator columns or more, whose names a fixed width would make one
    suffixes = [str(s) for s in rng.permutation(["A", "B", "high", "low", "1", "2"])[:int(rng.integers(3, 6))]]
    for _ in attempts("every sub-population"):
        frame["population"] = list(rng.choice([prefix + s for s in suffixes], size=n))
        if frame["population"].nunique() == len(suffixes):
            break
    covariates = [str(c) for c in rng.permutation(["population", "depth"])]
    return {"obs": frame, "covariates": covariates}


#: pairs of labels that are different strings but one under Unicode normalisation (NFC or NFKC) or case
#: folding: the micro sign and the Greek mu, a ligature, the Angstrom sign, a full-width letter, a
#: decomposed accent, a capital
UNICODE_TWINS = (("\u00b5-opioid", "\u03bc-opioid"), ("\ufb01broblast", "fibroblast"), ("\u212b", "\u00c5"),
                 ("\uff34 cell", "T cell"), ("cafe\u0301", "caf\u00e9"), ("NK cell", "nk cell"))


def _unicode_twins(rng):
    """Levels that differ only in their Unicode form or case ('\u00b5' and '\u03bc', '\ufb01' and 'fi', 'NK' and
    'nk'): they are different strings, so different levels; cleaning labels merges them."""
    frame = _index_frame(rng)
    n = max(len(frame), 12)
    frame = frame.iloc[np.arange(n) % len(frame)].copy()
    frame.index = [f"c{k}" for k in rng.permutation(n)]
    pairs = [UNICODE_TWINS[k] for k in rng.choice(len(UNICODE_TWINS), size=2, replace=False)]
    levels = [label for pair in pairs for label in pair]
    for _ in attempts("every twin"):
        frame["label"] = list(rng.choice(levels, size=n))
        if frame["label"].nunique() == len(levels):
            break
    covariates = [str(c) for c in rng.permutation(["label", "score"])]
    return {"obs": frame, "covariates": covariates}


#: words joined by one separator or another: one label with a space, an underscore, a hyphen, a slash or a dot
SEPARATED_WORDS = (("T", "cell"), ("CD14", "Mono"), ("NK", "like"), ("pre", "B"), ("Treg", "stim"))
SEPARATORS = (" ", "_", "-", "/", ".")


def _separator_twins(rng):
    """Levels that differ only in the separator between their words ('T cell', 'T_cell', 'T-cell',
    'T/cell'): they are different strings, so different levels; cleaning labels for column names before
    finding the levels (spaces and slashes to underscores) merges them."""
    frame = _index_frame(rng)
    n = max(len(frame), 12)
    frame = frame.iloc[np.arange(n) % len(frame)].copy()
    frame.index = [f"c{k}" for k in rng.permutation(n)]
    first, second = SEPARATED_WORDS[int(rng.integers(len(SEPARATED_WORDS)))]
    # a space and an underscore always, and one or two of the others
    joins = [" ", "_", *(str(j) for j in rng.choice(SEPARATORS[2:], size=int(rng.integers(1, 3)), replace=False))]
    levels = [f"{first}{j}{second}" for j in joins]
    for _ in attempts("every separator twin"):
        frame["label"] = list(rng.choice(levels, size=n))
        if frame["label"].nunique() == len(levels):
            break
    covariates = [str(c) for c in rng.permutation(["label", "score"])]
    return {"obs": frame, "covariates": covariates}


def _integer_codes(rng):
    """Two integer covariates named as labels often are ('batch', 'plate', 'lane', 'replicate', 'sample'),
    each holding a few codes from 1 to 4: a numeric, non-boolean column gives one column whatever its name
    and however few values it takes (R's factor() makes it a factor only when asked)."""
    frame = _index_frame(rng)
    n = len(frame)
    names = [str(c) for c in rng.permutation(["batch", "plate", "lane", "replicate", "sample"])[:2]]
    for name in names:
        for _ in attempts(f"more than one code in '{name}'"):
            codes = rng.integers(1, 5, size=n).astype(np.int64)
            if len(set(codes.tolist())) > 1:
                break
        frame[name] = codes
    covariates = [str(c) for c in rng.permutation([*names, "depth", "donor"])]
    return {"obs": frame, "covariates": covariates}


def _ordered_categories(rng):
    """An ordered pandas categorical (grades, severities or disease stages, its categories in their
    natural order, which is not the sorted one): ordered or not, a categorical's levels are sorted as
    strings and each but the first gets a 0/1 indicator, not polynomial or successive-difference
    contrasts, and the categories' own order names no reference level."""
    frame = _index_frame(rng)
    n = len(frame)
    vocabularies = (["low", "mid", "high"], ["stage I", "stage II", "stage III", "stage IV"],
                    ["mild", "moderate", "severe"])
    vocabulary = vocabularies[int(rng.integers(len(vocabularies)))]
    for _ in attempts("every level of an ordered covariate"):
        values = [str(v) for v in rng.choice(vocabulary, size=n)]
        if len(set(values)) == len(vocabulary):
            break
    frame["grade"] = pd.Categorical(values, categories=vocabulary, ordered=True)
    covariates = [str(c) for c in rng.permutation(["grade", "depth", "donor"])]
    return {"obs": frame, "covariates": covariates}


def _late_level(rng):
    """A large table (1,200 to 2,500 cells, as a real dataset has) whose categorical covariate meets one of its
    levels only after the first 1,000 rows: the levels are those occurring anywhere in the column, not in a
    head of it."""
    n = int(rng.integers(1200, 2501))
    first = int(rng.integers(1001, n - 5))
    levels = ["B cells", "NK", "T cells"]
    late = str(rng.choice(["Mono", "DC", "Platelet"]))  # sorts among the others: never the reference level
    labels = rng.choice(levels, size=n).astype(object)
    labels[first + rng.permutation(n - first)[:int(rng.integers(1, 6))]] = late
    frame = pd.DataFrame({"cell_type": labels, "n_genes": rng.integers(200, 5000, size=n)},
                         index=[f"cell{k}" for k in range(n)])
    covariates = [str(c) for c in rng.permutation(["cell_type", "n_genes"])]
    return {"obs": frame, "covariates": covariates}


def _single_factor(rng):
    """Exactly one covariate, a categorical (cell types, conditions or batches: strings, or a pandas
    categorical) with 2 to 5 levels occurring: the design is still the intercept, named 'intercept',
    then one indicator per level but the first. A cell-means coding ('~ 0 + group', one indicator per
    level and no intercept) has as many columns but no column of ones."""
    n = int(rng.integers(8, 41))
    vocabulary = [str(v) for v in rng.choice(["B cells", "NK", "T cells", "Mono", "DC", "ctrl", "stim"],
                                             size=int(rng.integers(2, 6)), replace=False)]
    for _ in attempts("every level of a single factor"):
        values = [str(v) for v in rng.choice(vocabulary, size=n)]
        if len(set(values)) == len(vocabulary):
            break
    name = str(rng.choice(["cell_type", "condition", "batch"]))
    column = pd.Categorical(values) if rng.random() < 0.5 else values
    frame = pd.DataFrame({name: column, "depth": rng.integers(100, 900, size=n)},
                         index=[f"cell{k}" for k in rng.permutation(n)])
    return {"obs": frame, "covariates": [name]}


def _large_raw_values(rng):
    """Numeric covariates of large raw values with a small spread, as timestamps (int64 seconds near 1.5e9
    to 2e9, an sd of 1e3 to 1e5) and library sizes (floats 2e6 to 2e7, an sd 1e-4 to 1e-2 of them) are:
    without standardize the column is the raw values as given (not centred, not rescaled, however large);
    with it, the exact z-score (the mean is 1e3 to 1e5 sds from 0, so float64 keeps ~11 digits of it)."""
    n = int(rng.integers(10, 41))
    stamps = float(rng.uniform(1.5e9, 2e9)) + rng.normal(0.0, float(10.0 ** rng.uniform(3, 5)), size=n)
    size = float(10.0 ** rng.uniform(6.3, 7.3))
    frame = pd.DataFrame({"timestamp": np.round(stamps).astype(np.int64),
                          "library_size": size + rng.normal(0.0, size * float(10.0 ** rng.uniform(-4, -2)), size=n),
                          "donor": rng.choice(["d2", "d1", "d3"], size=n)},
                         index=[f"cell{k}" for k in rng.permutation(n)])
    covariates = [str(c) for c in rng.permutation(["timestamp", "library_size", "donor"])]
    return {"obs": frame, "covariates": covariates}


def _nanosecond_timestamps(rng):
    """Timestamps in nanoseconds, as pandas stores times (int64 near 1.5e18 to 1.7e18, an sd of 1e9 to 1e12
    ns): every value fits int64, their sum does not (ten cells pass 2**63), so a mean or sum taken in the
    integers wraps around; the column is the values as float64, z-scored with standardize."""
    n = int(rng.integers(10, 41))
    start = float(rng.uniform(1.5e18, 1.7e18))
    stamps = start + rng.normal(0.0, float(10.0 ** rng.uniform(9, 12)), size=n)
    frame = pd.DataFrame({"acquired_ns": np.round(stamps).astype(np.int64),
                          "donor": rng.choice(["d2", "d1", "d3"], size=n)},
                         index=[f"cell{k}" for k in rng.permutation(n)])
    return {"obs": frame, "covariates": [str(c) for c in rng.permutation(["acquired_ns", "donor"])]}


def _mostly_zero_counts(rng):
    """A numeric covariate whose cells are mostly 0, as a marker gene's counts (60 to 90% zeros, the rest
    1 to 50) beside an ordinary one: z-scored like any other column, (x - mean) / sd over every cell,
    zeros included (a sparse scaling that skips the centring, or leaves the zeros alone, is another)."""
    for _ in attempts("a mostly-zero covariate with some spread"):
        n = int(rng.integers(20, 81))
        zero_share = float(rng.uniform(0.6, 0.9))
        counts = np.where(rng.random(n) < zero_share, 0, rng.integers(1, 51, size=n))
        if 0.55 <= np.mean(counts == 0) and np.count_nonzero(counts) >= 2 and np.unique(counts).size >= 3:
            break
    gene = str(rng.choice(["CD3E", "MS4A1", "NKG7", "LYZ", "PPBP"]))
    frame = pd.DataFrame({gene: counts, "total_counts": rng.integers(500, 5000, size=n)},
                         index=[f"cell{k}" for k in rng.permutation(n)])
    return {"obs": frame, "covariates": [str(c) for c in rng.permutation([gene, "total_counts"])]}


def _far_outlier(rng):
    """One cell far out on a numeric covariate (a doublet: total counts 20 to 60 sds of the other cells above
    them, a z-score of 16 or more with it included) among 300 to 800 cells: the z-score is (x - mean) / sd
    with the population sd, the outlier included, whatever the outlier does to them; a robust z-score
    (median and MAD), a clipped or winsorised column, or the outlier left out, is another column."""
    for _ in attempts("a cell far out on total counts"):
        n = int(rng.integers(300, 801))
        mean, sd = float(rng.uniform(1500, 4000)), float(rng.uniform(200, 500))
        counts = rng.normal(mean, sd, size=n)
        counts[int(rng.integers(n))] = mean + float(rng.uniform(20, 60)) * sd
        if np.max((counts - counts.mean()) / counts.std()) >= 16:
            break
    frame = pd.DataFrame({"total_counts": np.round(counts), "sample": rng.choice(["s1", "s2"], size=n)},
                         index=[f"cell{k}" for k in rng.permutation(n)])
    covariates = [str(c) for c in rng.permutation(["total_counts", "sample"])]
    return {"obs": frame, "covariates": covariates}


def _qc_covariates(rng):
    """Single-cell QC covariates under their usual names (a mitochondrial percentage named 'pct_counts_mt',
    'percent_mito' or 'pct_mito', 'pct_counts_ribo', 'n_genes_by_counts', 'total_counts') over their full
    ranges, percentages 0 to 60 with some cells above 20: a design encodes every cell as given. QC filtering
    (dying cells above a mitochondrial threshold, too few genes) is not the design's to do: every row is kept,
    every value as it is."""
    n = int(rng.integers(20, 81))
    mito = str(rng.choice(["pct_counts_mt", "percent_mito", "pct_mito"]))
    for _ in attempts("mitochondrial percentages above 20 and below"):
        frame = pd.DataFrame({
            mito: rng.uniform(0.0, 60.0, size=n),
            "pct_counts_ribo": rng.uniform(0.0, 60.0, size=n),
            "n_genes_by_counts": rng.integers(50, 6000, size=n),
            "total_counts": rng.integers(100, 50000, size=n),
        }, index=[f"cell{k}" for k in rng.permutation(n)])
        if 3 <= int(np.sum(frame[mito] > 20)) <= n - 3:
            break
    covariates = [str(c) for c in rng.permutation([mito, "pct_counts_ribo", "n_genes_by_counts", "total_counts"])]
    return {"obs": frame, "covariates": covariates}


def _standardized(draw, standardize: bool):
    """``draw`` (obs and covariates) with ``standardize`` fixed: each kind is tried both ways on every
    draw, never by a coin."""
    return lambda rng: dict(draw(rng), standardize=standardize)


DESIGN_DOMAIN = Domain(DESIGN_MATRIX, tuple(
    Kind(f"{what}{', standardized' if standardize else ''}", clause, _standardized(draw, standardize))
    for what, clause, draw in (
        ("a frame whose row labels are shuffled integers, not 0..n-1", "4.1", _integer_index),
        ("categories whose values look like numbers", "4.4", _numeric_looking_levels),
        ("covariates whose names and levels joined by '_' or by nothing collide", "4.5", _colliding_names),
        ("names with dots and spaces, levels with '|' and '', an index named like a column", "4.4",
         _labels_that_are_not_identifiers),
        ("covariates whose columns repeat one another (a flag and a category of the same pattern, a numeric "
         "covariate and its copy)", "4.2", _same_information),
        ("a categorical covariate with 51 to 120 levels", "4.4", _many_levels),
        ("levels named as controls ('WT', 'untreated', 'control') that do not sort first", "4.4", _control_levels),
        ("levels that differ only in a sign ('CD8+', 'CD8-')", "4.5", _signed_levels),
        ("integer covariates named 'batch', 'plate', 'lane', 'replicate' or 'sample', holding codes 1 to 4", "4.3",
         _integer_codes),
        ("an ordered categorical whose natural order is not the sorted one", "4.4", _ordered_categories),
        ("1,200 to 2,500 cells, a level met only after the first 1,000 rows", "4.4", _late_level),
        ("one categorical covariate alone, 2 to 5 levels", "4.2", _single_factor),
        ("timestamps near 1.5e9 to 2e9 and library sizes 2e6 to 2e7, each with a small spread", "4.3",
         _large_raw_values),
        ("300 to 800 cells, one of them 20 to 60 sds out on a numeric covariate", "4.3", _far_outlier),
        ("timestamps in nanoseconds (int64 near 1.6e18, whose sum passes 2**63)", "4.3", _nanosecond_timestamps),
        ("a numeric covariate of counts that are 0 in 60 to 90% of the cells", "4.3", _mostly_zero_counts),
        ("QC covariates ('pct_counts_mt', 'percent_mito', 'n_genes_by_counts', ...) over their full ranges, "
         "percentages 0 to 60", "4.1", _qc_covariates),
        ("three to five levels 25 to 60 characters long that share all but their last few", "4.5",
         _long_shared_prefix),
        ("levels that differ only in Unicode form or case ('\u00b5' and '\u03bc', a ligature, 'NK' and 'nk')", "4.4",
         _unicode_twins),
        ("levels that differ only in the separator between their words ('T cell', 'T_cell', 'T-cell')", "4.4",
         _separator_twins))
    for standardize in (False, True)) + (
    Kind("a constant numeric covariate, not standardized", "4.3", _constant_numeric),))


def centring_slack(obs: pd.DataFrame, names, standardize: bool) -> dict[str, float]:
    """Per standardized numeric column, the rounding that centring its raw values in float64 may leave,
    in units of its z-scores: 64 eps max|x| / sd. Next to 1e-9 for ordinary covariates (|x| a few sds);
    about 2e-5 for timestamps in nanoseconds (1.6e18 with an sd of 1e9), where a mean summed exactly
    and numpy's pairwise one differ by a few hundred nanoseconds, and a sum that wraps in int64 is
    1e8 sds off."""
    if not standardize:
        return {}
    slack = {}
    for name in names[1:]:
        if name in obs.columns and not name.endswith("]"):
            raw = np.asarray(obs[name].to_numpy(dtype=np.float64))
            sd = float(raw.std()) if raw.size else 0.0
            if sd > 0 and np.isfinite(sd):
                slack[name] = 64 * float(np.finfo(float).eps) * float(np.abs(raw).max()) / sd
    return slack


def compare_design_value(value, args, kind) -> str | None:
    """The student's (X, names) against the reference's; the reason when they differ."""
    want, want_names = reference.build_design_matrix(args["obs"], list(args["covariates"]), args["standardize"])
    if not isinstance(value, (tuple, list)) or len(value) != 2:
        return f"build_design_matrix returned {formats.describe(value)}, not a pair (X, names)"
    try:
        X = as_array(value[0], "X", ndim=2)
    except CheckFailed as exc:
        return str(exc)
    if X.shape != want.shape:
        return (f"X is {shape_difference(X.shape, want.shape)} (the intercept, one column per numeric covariate, "
                "one per level after the first, levels being the values that occur as strings, sorted as strings)")
    names = value[1]
    if not isinstance(names, (list, tuple)) or len(names) != X.shape[1] or names[:1] != ["intercept"] or \
            not all(isinstance(n, str) for n in names) or len(set(names)) != len(names):
        return "names must be distinct strings, one per column of X, the first 'intercept'"
    slack = centring_slack(args["obs"], want_names, args["standardize"])

    def same_column(a, b, j=None) -> bool:
        atol = 1e-9 * max(1.0, float(np.abs(b).max())) + (slack.get(want_names[j], 0.0) if j is not None else 0.0)
        return bool(np.allclose(a, b, rtol=0, atol=atol))

    # the numeric covariates' columns in place: the rows are in order, so a wrong indicator is a wrong level
    numeric = [k for k, name in enumerate(want_names[1:], start=1) if not name.endswith("]")]
    rows_in_order = bool(numeric) and all(same_column(X[:, k], want[:, k], k) for k in numeric)
    for j in range(want.shape[1]):
        if not same_column(X[:, j], want[:, j], j):
            if want_names[j].endswith("]") and any(same_column(X[:, k], want[:, j]) for k in range(X.shape[1])):
                return (f"column {j} ({want_names[j]}) of X is elsewhere in X: a categorical's indicator columns "
                        "come in the order of its levels sorted as strings, the covariates in the order given")
            # or no column of X holds this indicator's values in any row order: a level is missing, not moved
            if want_names[j].endswith("]") and (rows_in_order or not any(
                    same_column(np.sort(X[:, k]), np.sort(want[:, j])) for k in range(X.shape[1]))):
                return (f"X has no column {want_names[j]}: a categorical gives one indicator per level but the "
                        "first in sorted string order, whatever the levels are called (the reference level is the "
                        "first sorted one, not a control or wild-type level)")
            # a numeric column whose values are not the reference's in any row order: the values are wrong
            if not want_names[j].endswith("]") and not same_column(np.sort(X[:, j]), np.sort(want[:, j]), j):
                # (neither its position nor its name: both are drawn, and the words are the same in every course)
                return ("a numeric covariate's column of X does not hold its values "
                        + ("z-scored: (x - mean) / sd over every cell, zeros and outliers included, with the "
                           "population sd (ddof=0), computed in float64 (convert before any sum)"
                           if args["standardize"] else
                           "as given, converted to float64 (not centred, scaled or transformed)"))
            return (f"column {j} ({want_names[j]}) of X is not right: rows must stay in the frame's order, "
                    "whatever its row labels (use positions or whole columns, not labels)")
    return None


def _tall_rank_deficient(rng):
    """A tall matrix with a repeated column: every singular value, the zero ones included, is returned."""
    X = rng.normal(size=(int(rng.integers(6, 10)), int(rng.integers(3, 5))))
    X[:, -1] = X[:, 0] * rng.uniform(0.5, 2.0)
    return {"X": X}


def _wide(rng):
    """A wide matrix: min(n, p) singular values, rank n."""
    return {"X": rng.normal(size=(int(rng.integers(2, 4)), int(rng.integers(5, 8))))}


def _one_column(rng):
    """One column: one singular value, condition number 1."""
    return {"X": rng.normal(size=(int(rng.integers(3, 8)), 1)) * rng.uniform(0.1, 10)}


def _huge_entries(rng):
    """A full-rank tall matrix with entries near 1e160 (any float matrix is allowed): a sum of squares of its
    entries overflows to inf, so a Frobenius norm, a Gram matrix X'X or a pre-scaling by either gives inf or
    NaN where numpy's SVD (which scales for itself) gives every value."""
    X = rng.normal(size=(int(rng.integers(5, 9)), int(rng.integers(2, 4))))
    return {"X": X * 10.0 ** rng.uniform(159, 161)}


def _square_not_symmetric(rng):
    """A square full-rank matrix that is not symmetric, whose lower triangle mirrored is a singular matrix of
    rank 2: a rank or a condition number read from one triangle (``hermitian=True``, ``eigvalsh``) or in
    another norm (1, inf, Frobenius) is not X's; the rank is min(M, N) and the condition number the 2-norm one."""
    k = int(rng.integers(3, 7))
    u, v = rng.normal(size=(2, k))
    mirrored = np.outer(u, u) + np.outer(v, v)
    for _ in attempts("a full-rank square matrix on a singular lower triangle"):
        X = np.tril(mirrored) + np.triu(rng.normal(size=(k, k)) * rng.uniform(1, 5), 1)
        if np.linalg.matrix_rank(X) == k and np.linalg.cond(X) < 1e8:
            return {"X": X}


def _many_rows(rng):
    """A tall matrix of 3,000 to 6,000 rows (one per cell, as a PBMC dataset has) and 2 to 4 columns, its
    singular values drawn 1e-3 to 1e3 apart: all min(n, p) singular values, the smallest included, however
    many rows. A truncated SVD (scipy's svds takes at most min(n, p) - 1) or a randomised one misses or blurs
    the smallest, and with it the rank and the condition number. No more rows: a full SVD with
    ``full_matrices=True`` (an n x n U, correct however wasteful) must fit in a kernel's memory."""
    shape = (int(rng.integers(3_000, 6_001)), int(rng.integers(2, 5)))
    values = np.sort(10.0 ** rng.uniform(-3, 3, size=shape[1]))[::-1]
    return {"X": with_singular_values(rng, shape, values)}


def _raw_units(rng):
    """An intercept beside covariates in their raw units (a library size of 1e3 to 1e6 counts, and a
    percentage up to 60), as a design built with standardize=False is: column norms 1e3 to 1e6 apart. Its
    singular values and condition number are X's as given; rescaling the columns first (equilibration,
    "kappa depends on the units") gives another matrix's."""
    n = int(rng.integers(6, 40))
    X = np.column_stack([np.ones(n), 10.0 ** rng.uniform(3, 6) * rng.uniform(0.5, 2.0, size=n),
                         rng.uniform(0, 60, size=n)])
    return {"X": X[:, :int(rng.integers(2, 4))]}


DIAGNOSTICS_DOMAIN = Domain(DIAGNOSTICS, (
    Kind("a square full-rank matrix, not symmetric", "4.8", _square_not_symmetric),
    Kind("a tall rank-deficient matrix", "4.6", _tall_rank_deficient),
    Kind("a wide matrix", "4.6", _wide),
    Kind("a matrix with one column", "4.8", _one_column),
    Kind("a matrix with entries near 1e160", "4.6", _huge_entries),
    Kind("a tall matrix of 3,000 to 6,000 rows and 2 to 4 columns", "4.6", _many_rows),
    Kind("an intercept beside covariates in raw units (column norms 1e3 to 1e6 apart)", "4.8", _raw_units),
))


def compare_diagnostics(value, args, kind) -> str | None:
    want = reference.design_diagnostics(args["X"])
    if not isinstance(value, dict) or not {"singular_values", "rank", "condition_number"} <= set(value):
        return f"design_diagnostics returned {formats.describe(value)} without the three keys"
    try:
        s = as_array(value["singular_values"], "singular_values", ndim=1)
        rank = int(as_array(value["rank"], "rank").reshape(()))
        cond = float(as_array(value["condition_number"], "condition_number").reshape(()))
    except (CheckFailed, ValueError, TypeError) as exc:
        return str(exc)
    ws = want["singular_values"]
    if s.shape != ws.shape:
        return ("singular_values must hold all min(n, p) singular values, the zero ones of a rank-deficient "
                "matrix included")
    if not np.allclose(s, ws, rtol=1e-8, atol=1e-10 * ws[0]):
        return "singular_values are not X's singular values in descending order"
    if rank != want["rank"]:
        return "rank is not numpy's numerical rank (np.linalg.matrix_rank with its default tolerance)"
    kappa = want["condition_number"]
    if (kappa == np.inf) != (cond == np.inf) or (np.isfinite(kappa) and not abs(cond - kappa) <= 1e-6 * kappa):
        return "condition_number is not the largest singular value over the smallest (inf when rank deficient)"
    return None


domain_check(EX, DESIGN_DOMAIN, name="design_over_the_domain", points=0.25, compare=compare_design_value,
             description="build_design_matrix on row labels that are not positions, on number-like levels, "
                         "on a categorical with more than 50 levels, on levels named as controls and levels "
                         "apart only by a sign, on a level met only after 1,000 rows, on one categorical alone, on "
                         "large raw values, a far outlier and QC covariates, and on a constant column kept raw")
domain_check(EX, DIAGNOSTICS_DOMAIN, name="diagnostics_over_the_domain", points=0.25, compare=compare_diagnostics,
             description="design_diagnostics on a rank-deficient, a wide, a square non-symmetric and a one-column "
                         "matrix, on entries near 1e160 and on 3,000 to 6,000 rows: every value")
