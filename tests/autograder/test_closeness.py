"""assert_close: the numeric comparison of the hidden checks, and what its failures may say."""
import re

import numpy as np
import pytest
from hypothesis import given
from hypothesis import strategies as st

from autograder.grading.checking import CheckFailed, assert_close

finite = st.floats(min_value=-1e6, max_value=1e6, allow_nan=False).filter(lambda v: abs(v) > 1e-3)


@given(got=finite, want=finite)
def test_a_failure_message_shows_neither_the_answer_nor_the_correct_value(got, want):
    """Feedback never carries a value at a hidden input: the message says only how far off."""
    try:
        assert_close(np.array([got]), np.array([want]), "beta", rtol=1e-9)
    except CheckFailed as failure:
        message = str(failure)
        numbers = [float(n) for n in re.findall(r"\d+\.\d+(?:e[+-]?\d+)?", message)]
        assert all(not np.isclose(n, abs(v), rtol=1e-3) for n in numbers for v in (got, want)), message
        assert "index" not in message


@given(want=finite, rel=st.floats(min_value=1e-12, max_value=1e-7))
def test_values_within_rtol_pass(want, rel):
    assert_close(np.array([want * (1 + rel)]), np.array([want]), "x", rtol=1e-6)


@pytest.mark.parametrize("got", [1.0, -np.inf, np.nan])
def test_only_the_same_infinity_matches_an_infinite_correct_value(got):
    with pytest.raises(CheckFailed):
        assert_close(np.array([got]), np.array([np.inf]), "kappa", rtol=1e-6)
    assert_close(np.array([np.inf]), np.array([np.inf]), "kappa", rtol=1e-6)


def test_the_message_of_a_wrong_number_says_nothing_that_depends_on_the_draw():
    """The same mistake (5% too large, or the wrong sign) on draws of other sizes, values and
    positions reads the same: no index, no size of the error."""
    messages = set()
    for want in (np.array([3.0, 1.0, 7.0]), np.array([0.2, 40.0]), np.array([-1e-3, 5.0])):
        for wrong in (want * 1.05, -want):
            with pytest.raises(CheckFailed) as caught:
                assert_close(wrong, want, "x", rtol=1e-6)
            messages.add(str(caught.value))
    assert messages == {"x is not the correct value"}


def test_a_shape_mismatch_says_which_axis_is_too_long_without_the_hidden_sizes():
    with pytest.raises(CheckFailed, match=r"wrong shape: entries along axis 0 \(too many\)") as caught:
        assert_close(np.zeros(3), np.zeros(2), "beta")
    assert "3" not in str(caught.value) and "2" not in str(caught.value)


def test_a_matrix_of_the_wrong_size_names_rows_and_columns():
    with pytest.raises(CheckFailed, match=r"rows \(too few\), columns \(too many\)"):
        assert_close(np.zeros((2, 5)), np.zeros((4, 3)), "X")


def test_a_shape_with_other_dimensions_says_how_many():
    with pytest.raises(CheckFailed, match=r"2 dimension\(s\) where 1 are due"):
        assert_close(np.zeros((4, 1)), np.zeros(4), "beta")


def test_nan_passes_only_where_the_reference_is_nan():
    assert_close(np.array([1.0, np.nan]), np.array([1.0, np.nan]), "x")
    with pytest.raises(CheckFailed, match="it is nan"):
        assert_close(np.array([1.0, np.nan]), np.array([1.0, 2.0]), "x", rtol=1.0)
    with pytest.raises(CheckFailed):
        assert_close(np.array([1.0, 2.0]), np.array([1.0, np.nan]), "x", rtol=1.0)


def test_minus_infinity_is_not_infinity():
    with pytest.raises(CheckFailed, match="infinite with the wrong sign"):
        assert_close(np.array([-np.inf]), np.array([np.inf]), "x", rtol=1.0)
