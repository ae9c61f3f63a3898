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
- the working directory.

Only libraries already imported are read, so reading imports nothing. What :func:`session_settings`
reports is a few named strings and numbers (the grader reads nothing else, see
``grading/session.py``); what :func:`saved_settings` keeps is what :func:`restore_settings` needs to
put it back between requests.
"""
from __future__ import annotations

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


def _torch_modes(torch) -> tuple:
    return (torch.are_deterministic_algorithms_enabled(), torch.is_deterministic_algorithms_warn_only_enabled(),
            torch.is_grad_enabled(), torch.is_anomaly_enabled())


def saved_settings() -> dict:
    """Every setting listed in the module doc that can be put back, as it is now."""
    saved: dict = {"numpy": np.geterr(), "numpy print": np.get_printoptions(), "warnings": list(warnings.filters),
                   "subnormals": _subnormals_kept()}
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
    pd = sys.modules.get("pandas")
    if pd is not None and hasattr(pd, "get_option"):
        try:
            saved["pandas"] = _pandas_options(pd)
        except Exception:  # noqa: BLE001,S110 - a pandas without these internals: its options are not read
            pass
    mpl = sys.modules.get("matplotlib")
    if mpl is not None and hasattr(mpl, "rcParams"):
        saved["matplotlib"] = dict.copy(mpl.rcParams)  # the validated values as they are, no re-validation
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


def restore_settings(saved: dict) -> None:
    """Put back what :func:`saved_settings` read, where it changed; a library the student's code broke
    is left as it is (its own exercise's checks say so)."""
    steps = [_restore_numpy, _restore_warnings, _restore_cwd, _restore_torch, _restore_pandas, _restore_matplotlib]
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
