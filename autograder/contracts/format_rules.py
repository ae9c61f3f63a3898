"""Format rules every assignment shares: what counts as an array, a list, a float, an int, a dict, a pair.

An assignment's ``formats.py`` starts from these: its line
``from autograder.contracts.format_rules import *`` is replaced, in the notebook's locked cell, by this
file's text (:func:`autograder.assignment.notebook.build_source_notebook`), and imports them in the
grader, where its hidden checks use the same rules. So a value one side rejects, the other rejects
too, with the same message.

Rules
-----
array
    A ``numpy.ndarray`` with a floating-point dtype (float16/32/64). Not a
    list, a torch tensor, a pandas object or an ndarray subclass such as
    ``numpy.matrix`` (whose rows are 2-D and whose ``**`` is a matrix power):
    convert those.
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

The same holds for what your functions are given: a parameter the statement calls a number, an
int or a flag may receive a numpy scalar (``np.float64(0.5)``, ``np.float32(0.5)``, ``np.int64(3)``,
``np.True_``) as well as a Python one, and must give the same answer (a float32 within its own
rounding). An array argument may be read-only (pandas' ``to_numpy()`` under copy-on-write,
``np.broadcast_to``): never write into an argument; work on a copy.

Your functions are called many times, one after another, in one session: each must leave the
session as it found it, and so must your solution cell itself when it runs (its top-level lines).
Numpy's floating-point error handling and print options (use ``with
np.errstate(...)`` and ``with np.printoptions(...)``, not ``np.seterr``), Python's warnings filters
(silence warnings inside ``with warnings.catch_warnings():``), pandas' options (``with
pd.option_context(...)``), torch's default dtype, thread count and modes (deterministic algorithms,
gradients: ``with torch.no_grad():``; flushing subnormal numbers; float32 matmul precision),
matplotlib's settings (``with plt.style.context(...)`` or ``plt.rc_context``, not ``plt.style.use``;
interactive mode), the working directory, the environment variables, Python's recursion limit,
garbage collector and logging configuration (log through ``logging.getLogger(__name__)``; never
``logging.basicConfig``), the global random generators (never reseed ``np.random``, ``random`` or
torch's unless the notebook's code does) and the figures already open (close only your own, and draw
on a new figure, not on ``plt.gcf()``) are the caller's. So are the names of Python's modules and of
the libraries (never replace ``warnings.warn``, ``sys.stdout`` or a library's function or flag, such as
``torch.backends.cudnn.deterministic``, without putting back what you found), library settings such as
torch's print options, and the process itself: the locale, signal handlers and alarms, the
``decimal`` context (use ``decimal.localcontext()``), the priority (never ``os.nice``), tracing hooks
(``sys.settrace``, ``tracemalloc``) and threads (shut down every executor you start, e.g. ``with
ThreadPoolExecutor() as pool:``).

Numpy only: it runs in the student's notebook, where neither the grader nor torch nor pandas is
imported (they are recognised by name).
"""
import numbers

import numpy as np

class FormatError(AssertionError):
    """A value is not in the form the statement asks for; the message says how to fix it."""


ARRAY_RULE = ("it must be a numpy array of floats: convert with np.asarray(value, dtype=float) "
              "(a torch tensor: tensor.detach().numpy(); a DataFrame: df.to_numpy(dtype=float))")
FLOAT_RULE = "it must be one number, a Python float (or a numpy float): convert with float(value)"
INT_RULE = "it must be a whole number, a Python int (or a numpy integer): convert with int(value)"
LIST_RULE = "it must be a Python list"
PAIR_RULE = "it must be a tuple of two items"
DICT_RULE = "it must be a dict"


def _dims(ndim: int) -> str:
    """Dimensions, not sizes: an answer's sizes follow the hidden inputs."""
    return f"{ndim} dimension{'s' * (ndim != 1)}"


def describe(value):
    """A reader's name for what ``value`` is, the same in the notebook and in the grader."""
    kind = getattr(type(value), "wire_kind", None)  # the grader's stand-ins for kernel objects
    if callable(kind):
        return kind(value)
    module = type(value).__module__ or ""
    if module.startswith("torch") and hasattr(value, "shape"):
        return f"a torch tensor with {_dims(value.ndim)}"
    if module.startswith("pandas"):
        name = type(value).__name__
        if name == "DataFrame":
            return "a pandas DataFrame"
        if name == "Series":
            return "a pandas Series"
        return f"a pandas {name}"
    if isinstance(value, np.ndarray) and type(value) is not np.ndarray:
        return f"a {module}.{type(value).__qualname__} (a subclass of numpy.ndarray) with {_dims(value.ndim)}"
    if isinstance(value, np.ndarray):
        return f"a numpy array with {_dims(value.ndim)} and dtype {value.dtype}"
    if isinstance(value, np.generic):
        return f"a numpy {value.dtype} scalar"
    if value is None:
        return "None"
    if isinstance(value, bool):
        return f"a bool ({value})"
    if isinstance(value, (list, tuple)):
        return f"a {type(value).__name__}" + (" (empty)" if len(value) == 0 else "")
    if isinstance(value, (int, float, str, dict)):
        return f"a {type(value).__name__}"
    return f"a {module}.{type(value).__qualname__} object"


def _fail(what, value, rule):
    raise FormatError(f"{what} is {describe(value)}; {rule}")


def require_float_array(value, what, ndim=None, length=None):
    """A numpy array of floats, optionally of ``ndim`` dimensions and ``length`` rows."""
    if type(value) is not np.ndarray:  # a subclass too: numpy.matrix, or the grader's stand-ins
        _fail(what, value, ARRAY_RULE)
    if value.dtype.kind != "f":
        raise FormatError(f"{what} is a numpy array of dtype {value.dtype}; it must hold floats: "
                          "convert with value.astype(float)")
    # the answer's sizes follow the hidden inputs: the messages say only which way they are off
    if ndim is not None and value.ndim != ndim:
        raise FormatError(f"{what} has {value.ndim} dimension{'s' * (value.ndim != 1)}; it must have {ndim}")
    if length is not None and value.shape[0] != length:
        raise FormatError(f"{what} has {'more' if value.shape[0] > length else 'fewer'} entries than it must")
    return value


def require_float(value, what):
    """One real number, as a Python float."""
    if isinstance(value, (bool, np.bool_)) or not isinstance(value, (numbers.Real, np.integer, np.floating)):
        _fail(what, value, FLOAT_RULE)
    if isinstance(value, np.ndarray):  # pragma: no cover - arrays are not numbers.Real
        _fail(what, value, FLOAT_RULE)
    return float(value)


def require_int(value, what):
    """A whole number, as a Python int."""
    if isinstance(value, (bool, np.bool_)) or not isinstance(value, (numbers.Integral, np.integer)):
        _fail(what, value, INT_RULE)
    return int(value)


def require_list(value, what):
    """A list (or tuple)."""
    if not isinstance(value, (list, tuple)):
        _fail(what, value, LIST_RULE)
    return list(value)


def require_pair(value, what):
    """A tuple (or list) of two items."""
    if not isinstance(value, (list, tuple)) or len(value) != 2:
        _fail(what, value, PAIR_RULE)
    return value[0], value[1]


def require_dict(value, what, keys):
    """A dict holding at least ``keys``; extra keys are ignored."""
    if not isinstance(value, dict):
        _fail(what, value, DICT_RULE)
    missing = [k for k in keys if k not in value]
    if missing:
        raise FormatError(f"{what} has no key{'s' * (len(missing) > 1)} {', '.join(repr(k) for k in missing)}; "
                          f"it must have {', '.join(repr(k) for k in keys)}")
    return value


def require_vector_list(value, what, length=None):
    """A list of 1-D float arrays, each of ``length`` entries."""
    items = require_list(value, what)
    return [require_float_array(v, f"{what}[{k}]", ndim=1, length=length) for k, v in enumerate(items)]


def require_float_list(value, what):
    """A list of numbers (floats)."""
    items = require_list(value, what)
    return [require_float(v, f"{what}[{k}]") for k, v in enumerate(items)]


def require_str_list(value, what, length=None):
    """A list of ``length`` strings."""
    items = require_list(value, what)
    if length is not None and len(items) != length:
        raise FormatError(f"{what} has {'more' if len(items) > length else 'fewer'} entries than it must")
    for k, item in enumerate(items):
        if not isinstance(item, str):
            _fail(f"{what}[{k}]", item, "it must be a str")
    return items


#: what an assignment's formats module takes from here (its own rules use the private helpers too)
__all__ = [
    "np", "numbers", "FormatError", "ARRAY_RULE", "FLOAT_RULE", "INT_RULE", "LIST_RULE", "PAIR_RULE",
    "DICT_RULE", "_dims", "describe", "_fail", "require_float_array", "require_float", "require_int",
    "require_list", "require_pair", "require_dict", "require_vector_list", "require_float_list",
    "require_str_list"
]
