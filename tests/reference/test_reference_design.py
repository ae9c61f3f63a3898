"""Exercise 4: build_design_matrix on fabricated frames and on the real PBMC metadata."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from reference import build_design_matrix, design_diagnostics, load_pbmc68k_obs


@pytest.fixture(scope="module")
def pbmc_obs():
    return load_pbmc68k_obs()


def _dummies(series):
    """Independent encoding: pandas' get_dummies on the str-converted values."""
    return pd.get_dummies(series.astype(str), drop_first=True, dtype=float)


def test_pbmc_obs_has_expected_shape_and_columns(pbmc_obs):
    assert pbmc_obs.shape == (700, 8)
    for col in ("n_counts", "percent_mito", "phase", "bulk_labels", "louvain"):
        assert col in pbmc_obs.columns


def test_pbmc_loader_returns_independent_copies():
    a = load_pbmc68k_obs()
    a.loc[a.index[0], "n_counts"] = -1.0
    assert load_pbmc68k_obs()["n_counts"].iloc[0] != -1.0


def test_pbmc_design_columns_and_names(pbmc_obs):
    X, names = build_design_matrix(pbmc_obs, ["n_counts", "percent_mito", "phase"])
    assert X.shape == (700, 5)
    assert X.dtype == np.float64
    assert names == ["intercept", "n_counts", "percent_mito", "phase[T.G2M]", "phase[T.S]"]


def test_pbmc_intercept_is_all_ones(pbmc_obs):
    X, _ = build_design_matrix(pbmc_obs, ["n_counts", "percent_mito", "phase"])
    assert np.all(X[:, 0] == 1.0)


def test_pbmc_numeric_columns_are_population_z_scores(pbmc_obs):
    X, _ = build_design_matrix(pbmc_obs, ["n_counts", "percent_mito", "phase"])
    for j, col in ((1, "n_counts"), (2, "percent_mito")):
        assert abs(X[:, j].mean()) < 1e-12
        assert X[:, j].std(ddof=0) == pytest.approx(1.0, rel=1e-12)
        raw = pbmc_obs[col].to_numpy(dtype=np.float64)
        np.testing.assert_allclose(X[:, j], (raw - raw.mean()) / raw.std(), rtol=1e-12)


def test_pbmc_indicators_match_get_dummies(pbmc_obs):
    X, _ = build_design_matrix(pbmc_obs, ["n_counts", "percent_mito", "phase"])
    np.testing.assert_array_equal(X[:, 3:], _dummies(pbmc_obs["phase"]).to_numpy())


def test_pbmc_louvain_levels_sort_as_strings(pbmc_obs):
    _, names = build_design_matrix(pbmc_obs, ["louvain"])
    # levels '0'..'10' sorted as strings: '0' is the reference, '10' comes after '1'
    assert names[1:4] == ["louvain[T.1]", "louvain[T.10]", "louvain[T.2]"]
    assert len(names) == 1 + 10


def test_pbmc_design_is_full_rank(pbmc_obs):
    X, _ = build_design_matrix(pbmc_obs, ["n_counts", "percent_mito", "phase", "bulk_labels"])
    out = design_diagnostics(X)
    assert out["rank"] == X.shape[1] and np.isfinite(out["condition_number"])


def test_unstandardized_numeric_column_is_raw_float64():
    obs = pd.DataFrame({"x": np.array([1.5, 2.5, 4.0], dtype=np.float32)})
    X, names = build_design_matrix(obs, ["x"], standardize=False)
    np.testing.assert_array_equal(X[:, 1], [1.5, 2.5, 4.0])
    assert names == ["intercept", "x"]


def test_boolean_column_becomes_one_indicator():
    obs = pd.DataFrame({"treated": [True, False, True, True]})
    X, names = build_design_matrix(obs, ["treated"])
    assert names == ["intercept", "treated[T.True]"]
    np.testing.assert_array_equal(X[:, 1], [1.0, 0.0, 1.0, 1.0])


def test_integer_coded_categorical_levels_sort_as_strings():
    obs = pd.DataFrame({"batch": pd.Categorical([1, 2, 10, 2, 1, 10])})
    X, names = build_design_matrix(obs, ["batch"])
    assert names == ["intercept", "batch[T.10]", "batch[T.2]"]
    np.testing.assert_array_equal(X[:, 1:], _dummies(obs["batch"]).to_numpy())


def test_plain_integer_column_is_numeric_not_categorical():
    obs = pd.DataFrame({"n_genes": [1, 2, 10, 2]})
    _, names = build_design_matrix(obs, ["n_genes"])
    assert names == ["intercept", "n_genes"]


def test_string_column_uses_present_levels_only():
    obs = pd.DataFrame({"donor": ["b", "a", "c", "a"]})
    obs["cat"] = pd.Categorical(["x", "y", "x", "y"], categories=["x", "y", "unused"])
    X, names = build_design_matrix(obs, ["donor", "cat"])
    assert names == ["intercept", "donor[T.b]", "donor[T.c]", "cat[T.y]"]
    np.testing.assert_array_equal(X[:, 1:3], _dummies(obs["donor"]).to_numpy())


def test_covariate_order_is_preserved():
    obs = pd.DataFrame({"a": [1.0, 2.0, 3.0], "g": ["u", "v", "u"]})
    _, names = build_design_matrix(obs, ["g", "a"])
    assert names == ["intercept", "g[T.v]", "a"]


def test_names_are_distinct_strings(pbmc_obs):
    _, names = build_design_matrix(pbmc_obs, list(pbmc_obs.columns))
    assert len(set(names)) == len(names) and all(isinstance(n, str) for n in names)


def test_unknown_covariate_lists_available_columns():
    obs = pd.DataFrame({"a": [1.0, 2.0], "b": ["x", "y"]})
    with pytest.raises(KeyError, match=r"\['nope'\] not in obs; available columns: \['a', 'b'\]"):
        build_design_matrix(obs, ["a", "nope"])


def test_missing_values_are_rejected():
    obs = pd.DataFrame({"a": [1.0, np.nan, 3.0]})
    with pytest.raises(ValueError, match="'a' has 1 missing value"):
        build_design_matrix(obs, ["a"])


def test_constant_numeric_column_cannot_be_standardized():
    obs = pd.DataFrame({"a": [2.0, 2.0, 2.0]})
    with pytest.raises(ValueError, match="'a' is constant"):
        build_design_matrix(obs, ["a"])


def test_obs_must_be_a_dataframe():
    with pytest.raises(TypeError, match="obs must be a pandas DataFrame; got dict"):
        build_design_matrix({"a": [1.0]}, ["a"])


def test_bare_string_covariates_are_rejected():
    obs = pd.DataFrame({"phase": ["a", "b"]})
    with pytest.raises(TypeError, match="wrap a single name in a list"):
        build_design_matrix(obs, "phase")


def test_repeated_covariate_is_rejected():
    obs = pd.DataFrame({"a": [1.0, 2.0, 3.0]})
    with pytest.raises(ValueError, match="repeated"):
        build_design_matrix(obs, ["a", "a"])
