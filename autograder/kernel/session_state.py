"""The caller's session, as a call may not leave it changed: read, reported, put back.

Runs in the kernel beside ``agent.py`` (a sibling file, like ``wire.py``). The format rules say
every function "must leave the session as it found it"; this module names what that covers, once
for every assignment:

- numpy's floating-point error handling and print options, and the processor's handling of
  subnormal numbers (``torch.set_flush_denormal(True)`` flushes them to 0 for numpy too);
- Python's warnings filters, read by what they do: the action each of a few ordinary warnings
  (numpy's overflow, a user warning, a deprecation) would get. Reading them so, and not as the
  list itself, lets a library that a call imports for the first time add its own filters (scipy,
  statsmodels and others do, for their own warning classes and messages) without counting as a
  change, while ``warnings.simplefilter('ignore')`` left behind does count;
- pandas' options (every option registered when first read);
- torch's default dtype, thread count, deterministic-algorithms mode, gradient mode and anomaly
  detection;
- matplotlib's rcParams, the figures open, and what each of them shows: a call that draws on
  the caller's current figure (``plt.gcf()``, ``plt.hist`` on ``plt.gca()``) changes one;
- the working directory and the environment variables (those a library that a call imports for the
  first time adds are that library's, as with the warnings filters: scikit-learn sets two on import);
- Python's own: the recursion limit, the garbage collector (on, and its thresholds) and the logging
  configuration (the root logger's level and handlers, ``logging.disable``);
- torch's float32 matrix-multiplication precision (``torch.set_float32_matmul_precision``), which
  changes what a float32 model computes.

Only libraries already imported are read, so reading imports nothing. What :func:`session_settings`
reports is a few named strings and numbers (the grader reads nothing else, see
``grading/session.py``); what :func:`saved_settings` keeps is what :func:`restore_settings` needs to
put it back between requests.
"""
from __future__ import annotations

import gc
import hashlib
import itertools
import os
import sys
import warnings

import numpy as np

#: (category name, message, module): warnings a caller's code meets every day; the filters' action
#: for each is what a call may not leave changed
WARNING_PROBES = (
    ("RuntimeWarning", "overflow encountered in exp", "__main__"),
    ("RuntimeWarning", "divide by zero encountered in log", "numpy"),
    ("RuntimeWarning", "invalid value encountered in divide", "__main__"),
    ("UserWarning", "the caller's own warning", "__main__"),
    ("DeprecationWarning", "this function is deprecated", "__main__"),
    ("FutureWarning", "the default will change", "pandas"),
    ("Warning", "a warning", "__main__"),
)

_FIGURE_SERIALS = itertools.count(1)
_PANDAS_KEYS: list[str] = []   # the options registered when pandas was first read
#: environment variables added while a call imported a library for the first time: the library's
_LIBRARY_ENV: set[str] = set()
#: (modules imported, variable names) at the last reading, to tell a library's additions from a call's
_ENV_SEEN: list = []


def _warning_actions() -> str:
    """What the current filters do with each of :data:`WARNING_PROBES`, as warnings.warn_explicit
    decides it (first matching filter, else the default action)."""
    import builtins

    actions = []
    for category_name, message, module in WARNING_PROBES:
        category = getattr(builtins, category_name)
        action = warnings.defaultaction
        for entry in list(warnings.filters):
            try:
                act, text, kind, where, line = entry
                if (text is None or (text.match(message) if hasattr(text, "match") else message.startswith(text))) \
                        and isinstance(kind, type) and issubclass(category, kind) \
                        and (where is None or (where.match(module) if hasattr(where, "match") else module == where)) \
                        and line == 0:
                    action = act
                    break
            except (TypeError, ValueError):  # a filter entry of another form: not one of these
                continue
        actions.append(f"{category_name}:{action}")
    return ",".join(actions)


def _pandas_options(pd) -> dict:
    from pandas._config import config

    if not _PANDAS_KEYS:  # deprecated options warn when read: not read
        _PANDAS_KEYS.extend(sorted(k for k in config._registered_options if k not in config._deprecated_options))
    options = {}
    for key in _PANDAS_KEYS:
        try:
            options[key] = pd.get_option(key)
        except Exception:  # noqa: BLE001,S112 - an option a later pandas removed: not read
            continue
    return options


#: the smallest normal double: half of it is a subnormal number, or 0 where subnormals are flushed
_SMALLEST_NORMAL = np.float64(2.2250738585072014e-308)


def _subnormals_kept() -> bool:
    return bool(_SMALLEST_NORMAL / np.float64(2.0) != 0.0)


def _environment() -> dict[str, str]:
    """The environment variables a call may not leave changed: all but those a library added on import."""
    env = dict(os.environ)
    if _ENV_SEEN and len(sys.modules) > _ENV_SEEN[0]:  # a library imported since the last reading
        _LIBRARY_ENV.update(set(env) - _ENV_SEEN[1])
    _ENV_SEEN[:] = [len(sys.modules), set(env)]
    return {k: v for k, v in env.items() if k not in _LIBRARY_ENV}


def _readings_done() -> None:
    """What reading the settings imported (pandas reads some options lazily) is not a call's import."""
    if _ENV_SEEN:
        _ENV_SEEN[0] = len(sys.modules)


def _logging_state(logging) -> tuple:
    root = logging.root
    return root.level, list(root.handlers), root.manager.disable


def _torch_modes(torch) -> tuple:
    return (torch.are_deterministic_algorithms_enabled(), torch.is_deterministic_algorithms_warn_only_enabled(),
            torch.is_grad_enabled(), torch.is_anomaly_enabled())


def saved_settings() -> dict:
    """Every setting listed in the module doc that can be put back, as it is now."""
    saved: dict = {"numpy": np.geterr(), "numpy print": np.get_printoptions(), "warnings": list(warnings.filters),
                   "subnormals": _subnormals_kept(), "environment": _environment(),
                   "python": (sys.getrecursionlimit(), gc.isenabled(), gc.get_threshold())}
    logging = sys.modules.get("logging")
    if logging is not None:
        saved["logging"] = _logging_state(logging)
    try:
        saved["cwd"] = os.getcwd()
    except OSError:  # the directory was removed under us: nothing to go back to
        pass
    torch = sys.modules.get("torch")
    if torch is not None and hasattr(torch, "get_default_dtype"):
        saved["torch"] = (torch.get_default_dtype(), torch.get_num_threads())
        try:
            saved["torch modes"] = _torch_modes(torch)
        except (AttributeError, RuntimeError):
            pass
        if hasattr(torch, "get_float32_matmul_precision"):
            saved["torch matmul"] = torch.get_float32_matmul_precision()
    pd = sys.modules.get("pandas")
    if pd is not None and hasattr(pd, "get_option"):
        try:
            saved["pandas"] = _pandas_options(pd)
        except Exception:  # noqa: BLE001,S110 - a pandas without these internals: its options are not read
            pass
    mpl = sys.modules.get("matplotlib")
    if mpl is not None and hasattr(mpl, "rcParams"):
        saved["matplotlib"] = dict.copy(mpl.rcParams)  # the validated values as they are, no re-validation
    _readings_done()
    return saved


def _digest(value) -> str:
    return hashlib.sha256(repr(value).encode()).hexdigest()[:16]


def _figure_contents(figure) -> str:
    """What a figure shows, coarsely: its Axes and, on each, how many artists of each kind and the labels."""
    parts = []
    for ax in figure.axes:
        parts.append((len(ax.lines), len(ax.collections), len(ax.patches), len(ax.images), len(ax.texts),
                      ax.get_xlabel(), ax.get_ylabel(), ax.get_title()))
    return _digest((parts, len(figure.texts)))


def session_settings() -> dict:
    """The settings of this session that a call may not leave changed for its caller, as the grader
    compares them (long values as digests)."""
    saved = saved_settings()
    settings = {"numpy errors": ",".join(f"{k}={v}" for k, v in sorted(saved["numpy"].items())),
                "numpy print options": _digest(sorted(saved["numpy print"].items(), key=lambda kv: kv[0])),
                "warnings filters": _warning_actions(),
                "subnormal numbers": "kept" if saved["subnormals"] else "flushed to 0"}
    if "cwd" in saved:
        settings["working directory"] = saved["cwd"]
    settings["environment variables"] = _digest(sorted(saved["environment"].items()))
    limit, collecting, thresholds = saved["python"]
    settings["recursion limit"] = int(limit)
    settings["garbage collector"] = ("on" if collecting else "off") + " " + ",".join(map(str, thresholds))
    if "logging" in saved:
        level, handlers, disabled = saved["logging"]
        settings["logging"] = f"root level {level}, handlers {[type(h).__name__ for h in handlers]}, disable {disabled}"
    if "torch matmul" in saved:
        settings["torch matmul precision"] = str(saved["torch matmul"])
    if "torch" in saved:
        dtype, threads = saved["torch"]
        settings["torch default dtype"] = str(dtype)
        settings["torch threads"] = int(threads)
    if "torch modes" in saved:
        settings["torch modes"] = "deterministic={},warn_only={},grad={},anomaly={}".format(*saved["torch modes"])
    if "pandas" in saved:
        settings["pandas options"] = _digest(sorted(saved["pandas"].items()))
    if "matplotlib" in saved:
        params = saved["matplotlib"].items()
        settings["matplotlib settings"] = _digest(sorted((key, repr(value)) for key, value in params))
        helpers = sys.modules.get("matplotlib._pylab_helpers")
        if helpers is not None:  # pyplot's registry; numbers are reused once figures close, so a serial each
            serials, contents = [], []
            for manager in list(helpers.Gcf.figs.values()):
                figure = manager.canvas.figure
                if not hasattr(figure, "_autograder_serial"):
                    figure._autograder_serial = next(_FIGURE_SERIALS)
                serials.append(int(figure._autograder_serial))
                contents.append(f"{figure._autograder_serial}:{_figure_contents(figure)}")
            settings["open figures"] = serials
            settings["figures' contents"] = ";".join(contents)
    return settings


#: the thread-count variables a notebook session on a laptop leaves unset (the kernel sets them, see agent.py)
THREAD_VARIABLES = ("OMP_NUM_THREADS", "MKL_NUM_THREADS", "OPENBLAS_NUM_THREADS", "NUMEXPR_NUM_THREADS")


def callers_own_settings() -> dict:
    """Give a few settings values of a caller's own, as a caller's session may hold them, and return what
    puts them back (:func:`restore_settings`).

    The kernel's values may already be those a function sets (the notebook's cell set them, or the
    kernel did): a call that sets the root logger's level, the recursion limit or the thread variables
    to values of its own then changes nothing here, and would change a caller's session that holds
    others. With the caller's values in place, it does.
    """
    saved = saved_settings()
    logging = sys.modules.get("logging")
    if logging is not None:
        logging.root.setLevel(logging.ERROR if logging.root.level != logging.ERROR else logging.CRITICAL)
    for name in THREAD_VARIABLES:
        os.environ.pop(name, None)
    sys.setrecursionlimit(sys.getrecursionlimit() + 211)
    return saved


def restore_settings(saved: dict) -> None:
    """Put back what :func:`saved_settings` read, where it changed; a library the student's code broke
    is left as it is (its own exercise's checks say so)."""
    steps = [_restore_numpy, _restore_warnings, _restore_cwd, _restore_environment, _restore_python, _restore_logging,
             _restore_torch, _restore_pandas, _restore_matplotlib]
    for step in steps:
        try:
            step(saved)
        except Exception as exc:  # noqa: BLE001 - never the agent's failure; the contract property reports the change
            print(f"autograder: the session's settings could not be put back ({step.__name__[9:]}: "
                  f"{type(exc).__name__})", file=sys.stderr)


def _restore_numpy(saved: dict) -> None:
    if np.geterr() != saved["numpy"]:
        np.seterr(**saved["numpy"])
    if repr(np.get_printoptions()) != repr(saved["numpy print"]):
        np.set_printoptions(**saved["numpy print"])


def _restore_warnings(saved: dict) -> None:
    if warnings.filters != saved["warnings"]:
        warnings.filters[:] = saved["warnings"]
        warnings._filters_mutated()  # the module's cache of decisions is keyed on this version


def _restore_cwd(saved: dict) -> None:
    if "cwd" in saved and os.getcwd() != saved["cwd"]:
        os.chdir(saved["cwd"])


def _restore_environment(saved: dict) -> None:
    now = _environment()
    for key in set(now) - set(saved["environment"]):
        del os.environ[key]
    for key, value in saved["environment"].items():
        if now.get(key) != value:
            os.environ[key] = value


def _restore_python(saved: dict) -> None:
    limit, collecting, thresholds = saved["python"]
    if sys.getrecursionlimit() != limit:
        sys.setrecursionlimit(limit)
    if gc.get_threshold() != thresholds:
        gc.set_threshold(*thresholds)
    if gc.isenabled() != collecting:
        (gc.enable if collecting else gc.disable)()


def _restore_logging(saved: dict) -> None:
    logging = sys.modules.get("logging")
    if logging is None or "logging" not in saved or _logging_state(logging) == saved["logging"]:
        return
    level, handlers, disabled = saved["logging"]
    logging.root.setLevel(level)
    logging.root.handlers[:] = handlers
    logging.disable(disabled)


def _restore_torch(saved: dict) -> None:
    torch = sys.modules.get("torch")
    if torch is None or "torch" not in saved:
        return
    if saved["subnormals"] and not _subnormals_kept():  # torch's switch is the one a notebook can reach
        torch.set_flush_denormal(False)
    dtype, threads = saved["torch"]
    if torch.get_default_dtype() != dtype:
        torch.set_default_dtype(dtype)
    if torch.get_num_threads() != threads:
        torch.set_num_threads(threads)
    if "torch modes" in saved and _torch_modes(torch) != saved["torch modes"]:
        deterministic, warn_only, grad, anomaly = saved["torch modes"]
        torch.use_deterministic_algorithms(deterministic, warn_only=warn_only)
        torch.set_grad_enabled(grad)
        torch.autograd.set_detect_anomaly(anomaly)
    if "torch matmul" in saved and torch.get_float32_matmul_precision() != saved["torch matmul"]:
        torch.set_float32_matmul_precision(saved["torch matmul"])


def _restore_pandas(saved: dict) -> None:
    pd = sys.modules.get("pandas")
    if pd is None or "pandas" not in saved:
        return
    for key, value in saved["pandas"].items():
        if pd.get_option(key) != value:
            pd.set_option(key, value)


def _restore_matplotlib(saved: dict) -> None:
    mpl = sys.modules.get("matplotlib")
    if "matplotlib" in saved and mpl is not None and dict.copy(mpl.rcParams) != saved["matplotlib"]:
        dict.update(mpl.rcParams, saved["matplotlib"])
