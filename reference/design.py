"""Design matrices from per-cell metadata (exercise 4).

Encoding rules (fixed by the exercise contract):

* column 0 is all ones, named ``'intercept'``;
* a numeric, non-boolean covariate gives one column, z-scored as
  ``(x - mean) / std`` with the population sd (``ddof=0``) when
  ``standardize`` (computed in float64 even for float32 input);
* any other covariate (categorical, string/object, boolean) gives one 0/1
  indicator column per level except the first, where the levels are the
  distinct values *present*, converted with ``str`` and sorted as strings.
  So integer-coded categorical levels 1, 2, 10 sort as '1', '10', '2' and
  '1' is the reference level. Indicator columns are named
  ``'<covariate>[T.<level>]'`` (patsy's treatment-coding style).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import numpy as np
import pandas as pd

__all__ = ["build_design_matrix", "is_numeric_covariate"]


def is_numeric_covariate(series: pd.Series) -> bool:
    """True if ``series`` is encoded as one numeric column (numeric, not bool)."""
    return pd.api.types.is_numeric_dtype(series.dtype) and not pd.api.types.is_bool_dtype(
        series.dtype
    )


def _check_inputs(obs: Any, covariates: Any, standardize: Any) -> list[str]:
    if not isinstance(obs, pd.DataFrame):
        raise TypeError(f"obs must be a pandas DataFrame; got {type(obs).__name__}")
    if isinstance(covariates, str) or not isinstance(covariates, Sequence):
        raise TypeError(
            f"covariates must be a list of column names; got {covariates!r}"
            + (" (wrap a single name in a list)" if isinstance(covariates, str) else "")
        )
    if not isinstance(standardize, (bool, np.bool_)):
        raise TypeError(f"standardize must be True or False; got {standardize!r}")
    covs = list(covariates)
    missing = [c for c in covs if c not in obs.columns]
    if missing:
        raise KeyError(
            f"covariate(s) {missing!r} not in obs; available columns: {list(obs.columns)!r}"
        )
    duplicated = sorted({str(c) for c in covs if covs.count(c) > 1})
    if duplicated:
        raise ValueError(f"covariates must be distinct; repeated: {duplicated!r}")
    for c in covs:
        n_missing = int(obs[c].isna().sum())
        if n_missing:
            raise ValueError(
                f"covariate {c!r} has {n_missing} missing value(s); drop or impute them first"
            )
        if pd.api.types.is_complex_dtype(obs[c].dtype):
            raise TypeError(f"covariate {c!r} is complex ({obs[c].dtype}); expected real values")
    return covs


def _numeric_column(series: pd.Series, name: str, standardize: bool) -> np.ndarray:
    x = series.to_numpy(dtype=np.float64)
    if not np.all(np.isfinite(x)):
        raise ValueError(f"covariate {name!r} has non-finite values")
    if not standardize:
        return x
    sd = x.std()  # population sd (ddof=0) as the contract fixes
    if sd == 0:
        raise ValueError(
            f"covariate {name!r} is constant ({x[0]!r}); it cannot be standardized "
            "and would duplicate the intercept"
        )
    return (x - x.mean()) / sd


def _indicator_columns(series: pd.Series, name: str) -> tuple[np.ndarray, list[str]]:
    labels = np.array([str(v) for v in series.to_numpy()], dtype=object)
    levels = sorted(set(labels))
    kept = levels[1:]  # the first sorted level is the reference
    columns = (labels[:, None] == np.array(kept, dtype=object)[None, :]).astype(np.float64)
    return columns.reshape(len(labels), len(kept)), [f"{name}[T.{lv}]" for lv in kept]


def build_design_matrix(
    obs: pd.DataFrame, covariates: Sequence[str], standardize: bool = True
) -> tuple[np.ndarray, list[str]]:
    """Encode metadata columns as a GLM design matrix.

    Parameters
    ----------
    obs : pandas.DataFrame of shape (n_cells, n_columns)
        Per-cell metadata, e.g. an AnnData ``.obs``.
    covariates : sequence of str
        Column names to encode, in order; distinct, without missing values.
    standardize : bool, default True
        z-score numeric covariates with the population sd.

    Returns
    -------
    X : ndarray of shape (n_cells, n_columns_out), dtype float64
        Intercept, then the encoded covariates in the given order.
    names : list of str
        One distinct name per column of ``X``.

    Raises
    ------
    TypeError
        ``obs`` not a DataFrame, ``covariates`` not a list of names.
    KeyError
        A covariate is not a column of ``obs`` (message lists the columns).
    ValueError
        Missing values, a constant numeric covariate with ``standardize``,
        or two output columns with the same name.

    Notes
    -----
    A categorical covariate with a single level present contributes no
    column (it is absorbed by the intercept).
    """
    covs = _check_inputs(obs, covariates, standardize)
    blocks = [np.ones((len(obs), 1))]
    names = ["intercept"]
    for c in covs:
        series = obs[c]
        if is_numeric_covariate(series):
            blocks.append(_numeric_column(series, c, bool(standardize))[:, None])
            names.append(str(c))
        else:
            cols, col_names = _indicator_columns(series, str(c))
            blocks.append(cols)
            names.extend(col_names)
    clashes = sorted({n for n in names if names.count(n) > 1})
    if clashes:
        raise ValueError(
            f"encoded column names are not distinct: {clashes!r}; rename the covariates"
        )
    return np.hstack(blocks), names
