"""Format rules: what counts as an array, a list, a float or an int in this notebook.

Written once, used twice. The course builder copies this file into a locked
cell of the ``count_models`` notebook (the framework's common rules' text in
place of their import), where the visible tests apply it; the hidden checks
import it. A returned value that one side rejects, the other rejects too,
with the same message. (The statement of the rules, for students, is in the
notebook's "How this notebook works".)

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
str
    A Python ``str`` (a numpy ``str_`` is one too).

Numpy only; no import of the grader or of torch/pandas (recognised by name).
"""
# the framework's common rules: arrays, floats, ints, lists, dicts, pairs (pasted here in the notebook)
from autograder.contracts.format_rules import *


# ----------------------------------------------------------------- per function
# One validator per returned value of the exercises: the visible tests and the hidden
# format checks call these, so both reject exactly the same forms with the same words.
STATIONARY_KINDS = ("minimum", "maximum", "saddle", "degenerate")


def _require_shape(value, what, shape):
    """An array of exactly ``shape``; the message says which axis is off, never the sizes."""
    if value.shape != tuple(shape):
        if value.ndim != len(shape):
            raise FormatError(f"{what} has {_dims(value.ndim)}; it must have {len(shape)}")
        axes = [f"{'more' if g > w else 'fewer'} {'rows' if k == 0 else 'columns' if k == 1 else 'entries'}"
                for k, (g, w) in enumerate(zip(value.shape, shape, strict=True)) if g != w]
        raise FormatError(f"{what} has {' and '.join(axes)} than it must")
    return value


def irls_poisson_format(value, p):
    """``(beta, history)`` of exercise 1, for a problem with ``p`` columns."""
    beta, history = require_pair(value, "the value irls_poisson returns")
    require_float_array(beta, "beta", ndim=1, length=p)
    require_dict(history, "history", ("beta", "deviance"))
    require_vector_list(history["beta"], "history['beta']", length=p)
    require_float_list(history["deviance"], "history['deviance']")
    return beta, history


def hessian_format(value, p, function):
    """A ``(p, p)`` float array returned by ``function`` (exercise 2)."""
    H = require_float_array(value, f"the value {function} returns", ndim=2)
    return _require_shape(H, f"the value {function} returns", (p, p))


def classify_stationary_point_format(value):
    """One of the four words of exercise 2."""
    if not isinstance(value, str):
        _fail("the value classify_stationary_point returns", value,
              "it must be a str: one of " + ", ".join(repr(k) for k in STATIONARY_KINDS))
    if value not in STATIONARY_KINDS:
        raise FormatError("the value classify_stationary_point returns is a str that is not one of "
                          + ", ".join(repr(k) for k in STATIONARY_KINDS) + " (spelled exactly so, in lower case)")
    return value


def nb_weights_format(value, shape):
    """The weights of exercise 3: a float array of the broadcast shape of mu and alpha."""
    w = require_float_array(value, "the value nb_weights returns")
    return _require_shape(w, "the value nb_weights returns", shape)
