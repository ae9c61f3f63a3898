"""Format rules of this notebook: the framework's common rules, then one validator per returned value.

Written once, used twice. The course builder copies this file into a locked
cell of the notebook (the common rules' text in place of their import), where
the visible tests apply it; the hidden checks import it. A returned value that
one side rejects, the other rejects too, with the same message. (The statement
of the rules, for students, is in the notebook's "How this notebook works".)

Rules
-----
array
    A ``numpy.ndarray`` with a floating-point dtype (float16/32/64). Not a
    list, a torch tensor or a pandas object: convert those.
list
    A Python ``list`` (a ``tuple`` is accepted too).
float
    One real number: a Python ``float`` or ``int`` (not ``bool``) or a numpy
    integer or floating-point scalar. Not an array of any shape.
int
    A Python ``int`` or a numpy integer scalar (not ``bool``, not ``3.0``).
dict
    A ``dict`` with at least the keys asked for; extra keys are ignored.
pair
    A ``tuple`` (or ``list``) of exactly two items.

Numpy only; no import of the grader or of torch/pandas (recognised by name).
"""
# the framework's common rules: arrays, floats, ints, lists, dicts, pairs (pasted here in the notebook)
from autograder.contracts.format_rules import *  # noqa: F403


# ----------------------------------------------------------------- per function
# One validator per returned value of the exercises: the visible tests and the hidden
# format checks call these, so both reject exactly the same forms with the same words.
AXES_RULE = "it must be the matplotlib Axes the plot was drawn on"


def irls_logistic_format(value, p):
    """``(beta, history)`` of exercise 1, for a problem with ``p`` columns."""
    beta, history = require_pair(value, "the value irls_logistic returns")
    require_float_array(beta, "beta", ndim=1, length=p)
    require_dict(history, "history", ("beta", "deviance"))
    require_vector_list(history["beta"], "history['beta']", length=p)
    require_float_list(history["deviance"], "history['deviance']")
    return beta, history


def design_with_condition_format(value):
    return require_float_array(value, "the matrix design_with_condition returns", ndim=2)


def coefficient_rmse_format(value):
    return require_float(value, "the value coefficient_rmse returns")


def seed_study_format(value, n_seeds):
    return require_float_array(value, "the value seed_study returns", ndim=1, length=n_seeds)


def plot_loss_distribution_format(value):
    is_axes = getattr(type(value), "is_axes", False) or (
        (type(value).__module__ or "").startswith("matplotlib") and hasattr(value, "get_xlabel")
        and hasattr(value, "get_xlim"))
    if not is_axes:
        _fail("the value plot_loss_distribution returns", value, AXES_RULE)
    return value


def build_design_matrix_format(value, n_rows):
    X, names = require_pair(value, "the value build_design_matrix returns")
    require_float_array(X, "X", ndim=2, length=n_rows)
    require_str_list(names, "names", length=X.shape[1])
    return X, names


def design_diagnostics_format(value):
    result = require_dict(value, "the value design_diagnostics returns",
                          ("singular_values", "rank", "condition_number"))
    require_float_array(result["singular_values"], "'singular_values'", ndim=1)
    require_int(result["rank"], "'rank'")
    require_float(result["condition_number"], "'condition_number'")
    return result
