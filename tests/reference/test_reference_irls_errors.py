"""One small test per invalid input or failure mode of the IRLS entry points."""

from __future__ import annotations

import warnings

import numpy as np
import pytest

from reference import (
    ConvergenceWarning,
    PerfectSeparationWarning,
    RankDeficientError,
    fit_glm,
    irls_logistic,
    irls_negative_binomial,
    irls_poisson,
)
from reference.families import Binomial, NegativeBinomial, Poisson


@pytest.fixture
def X():
    rng = np.random.default_rng(0)
    return np.column_stack([np.ones(6), rng.standard_normal(6)])


Y01 = np.array([0.0, 1, 0, 1, 1, 0])
COUNTS = np.array([0.0, 3, 1, 4, 2, 5])


def test_row_mismatch_names_both_lengths(X):
    with pytest.raises(ValueError, match="X has 6 rows but y has 5"):
        irls_logistic(X, Y01[:5])


def test_one_dimensional_X_is_rejected():
    with pytest.raises(ValueError, match=r"X must be 2-D .* got shape \(6,\)"):
        irls_logistic(np.ones(6), Y01)


def test_two_dimensional_y_is_rejected(X):
    with pytest.raises(ValueError, match=r"y must be 1-D .* got shape \(6, 1\)"):
        irls_logistic(X, Y01[:, None])


@pytest.mark.parametrize("bad", [np.nan, np.inf])
def test_non_finite_X_is_rejected_with_location(X, bad):
    X = X.copy()
    X[2, 1] = bad
    with pytest.raises(ValueError, match=r"X must be finite; found .* at index \(2, 1\)"):
        irls_poisson(X, COUNTS)


@pytest.mark.parametrize("bad", [np.nan, -np.inf])
def test_non_finite_y_is_rejected_with_location(X, bad):
    y = COUNTS.copy()
    y[4] = bad
    with pytest.raises(ValueError, match="y must be finite; found .* at index 4"):
        irls_poisson(X, y)


def test_non_numeric_X_is_a_type_error():
    with pytest.raises(TypeError, match="X must be numeric"):
        irls_logistic(np.array([["a", "b"]] * 6), Y01)


def test_logistic_response_outside_zero_one_is_echoed(X):
    y = Y01.copy()
    y[3] = 2.0
    with pytest.raises(ValueError, match=r"y must contain only 0 and 1; found 2\.0 at index 3"):
        irls_logistic(X, y)


def test_negative_counts_are_rejected(X):
    y = COUNTS.copy()
    y[1] = -3
    with pytest.raises(ValueError, match=r"non-negative counts; found -3\.0 at index 1"):
        irls_poisson(X, y)


def test_non_integer_counts_are_rejected(X):
    y = COUNTS.copy()
    y[5] = 2.5
    with pytest.raises(ValueError, match=r"integer counts; found 2\.5 at index 5"):
        irls_negative_binomial(X, y, alpha=0.5)


def test_all_zero_counts_are_rejected(X):
    with pytest.raises(ValueError, match="all zero"):
        irls_poisson(X, np.zeros(6))


@pytest.mark.parametrize("alpha", [0.0, -1.0, np.inf, np.nan])
def test_negative_binomial_alpha_must_be_positive_finite(X, alpha):
    with pytest.raises(ValueError, match="alpha must be finite and > 0"):
        irls_negative_binomial(X, COUNTS, alpha=alpha)


@pytest.mark.parametrize("max_iter", [-1, -25])
def test_max_iter_must_not_be_negative(X, max_iter):
    with pytest.raises(ValueError, match=f"max_iter must be >= 0; got {max_iter}"):
        irls_logistic(X, Y01, max_iter=max_iter)


def test_max_iter_0_returns_the_zero_start_with_no_deviance_and_no_warning(X):
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        beta, history = irls_logistic(X, Y01, max_iter=0)
    assert np.array_equal(beta, np.zeros(X.shape[1]))
    assert len(history["beta"]) == 1 and np.array_equal(history["beta"][0], beta)
    assert history["deviance"] == []


def test_max_iter_must_be_an_integer(X):
    with pytest.raises(TypeError, match="max_iter must be an integer; got 2.5"):
        irls_logistic(X, Y01, max_iter=2.5)


@pytest.mark.parametrize("tol", [0.0, -1e-8, np.nan])
def test_tol_must_be_positive(X, tol):
    with pytest.raises(ValueError, match="tol must be finite and > 0"):
        irls_logistic(X, Y01, tol=tol)


def test_family_must_be_a_reference_family(X):
    with pytest.raises(TypeError, match="family must be"):
        fit_glm(X, Y01, "binomial")


def test_start_of_wrong_length_is_rejected(X):
    with pytest.raises(ValueError, match=r"start must have shape \(2,\)"):
        fit_glm(X, COUNTS, Poisson(), start=np.zeros(3))


def test_collinear_design_reports_condition_number():
    x = np.arange(8.0)
    X = np.column_stack([np.ones(8), x, 2 * x + 1])
    with pytest.raises(RankDeficientError, match=r"condition number \d\.\d+e\+\d+") as info:
        irls_poisson(X, np.arange(8.0))
    assert info.value.condition_number > 1e12


def test_more_columns_than_rows_is_rank_deficient():
    X = np.random.default_rng(1).standard_normal((3, 4))
    with pytest.raises(RankDeficientError, match="rank deficient"):
        irls_logistic(X, np.array([0.0, 1, 0]))


def test_rank_deficient_error_is_a_value_error():
    assert issubclass(RankDeficientError, ValueError)


def test_complete_separation_warns_and_stops_early():
    x = np.linspace(-2, 2, 40)
    X = np.column_stack([np.ones(40), x])
    y = (x > 0).astype(float)
    with pytest.warns(PerfectSeparationWarning, match="complete separation"):
        beta, history = irls_logistic(X, y)
    assert len(history["deviance"]) < 25
    assert np.all(np.where(y == 1, X @ beta, -(X @ beta)) > 0)  # beta separates


def test_quasi_complete_separation_warns_instead_of_plain_convergence_warning():
    # x > 0 always y = 1, x < 0 always y = 0, but both outcomes at x = 0
    x = np.array([-2.0, -1.5, -1, -0.5, 0, 0, 0, 0, 0.5, 1, 1.5, 2])
    y = np.array([0.0, 0, 0, 0, 0, 1, 0, 1, 1, 1, 1, 1])
    X = np.column_stack([np.ones(12), x])
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        _, history = irls_logistic(X, y)
    categories = [w.category for w in caught]
    assert categories == [PerfectSeparationWarning]
    assert "quasi-complete separation" in str(caught[0].message)
    assert len(history["deviance"]) == 25


def test_perfect_separation_warning_is_a_convergence_warning():
    assert issubclass(PerfectSeparationWarning, ConvergenceWarning)
    assert issubclass(ConvergenceWarning, UserWarning)


def test_family_objects_validate_alpha_type():
    with pytest.raises(TypeError, match="alpha must be a real number"):
        NegativeBinomial("0.5")


def test_binomial_family_rejects_probability_response(X):
    with pytest.raises(ValueError, match="only 0 and 1"):
        fit_glm(X, np.full(6, 0.5), Binomial())
