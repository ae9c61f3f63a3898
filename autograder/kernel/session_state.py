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
- the working directory and the environment variables (those a library's own code sets while it is
  first imported are that library's, as with the warnings filters: scikit-learn sets two on import;
  one a solution cell or a call sets is the caller's, whatever else it imported beside it);
- Python's own: the recursion limit, the garbage collector (on, and its thresholds) and the logging
  configuration (the root logger's level and handlers, ``logging.disable``);
- torch's float32 matrix-multiplication precision (``torch.set_float32_matmul_precision``), which
  changes what a float32 model computes;
- the names of Python's process-wide modules and of the course's libraries (:data:`WATCHED_MODULES`):
  a name a call points elsewhere or removes (``warnings.warn = ...``, ``sys.stdout = sys.__stdout__``,
  ``np.random.seed = ...``) is the caller's loss, while a name it adds is its own (a library imported
  for the first time adds its submodules). The switches a library module keeps as properties
  (``torch.backends.cudnn.deterministic``) are read by value, and so are the objects that hold a
  library's settings attribute by attribute (:data:`SETTINGS_OBJECTS`: torch's print options);
- the process's state outside Python's objects: the C library's locale, the signal handlers, the
  decimal module's context, the process's scheduling priority (``os.nice``), memory tracing
  (``tracemalloc``), trace and profile hooks (``sys.settrace``), ``faulthandler``, and the threads a
  call leaves running (non-daemon ones: an executor not shut down keeps them);
- settings a library keeps behind a getter of its own (:data:`SETTINGS_GETTERS`: numpy's error callback,
  scipy.special's error handling, scikit-learn's config, torch's inter-op thread count, matplotlib's
  interactive mode, Python's switch interval, ...), every named logger's level, handlers, propagate and
  disabled flags, and the process's CPUs and resource limits (:data:`RLIMITS`). These are sent as
  ``name@value`` entries, compared on the names both readings hold. A library first imported during a
  call is compared with its settings right after that import (a finder on ``sys.meta_path`` reads them,
  :func:`watch_first_imports`, and puts the global generators back after every first import: a draw a
  library makes at import is not the caller's); a logger that first appears during a call is its own.

Only libraries already imported are read, so reading imports nothing. What :func:`session_settings`
reports is a few named strings and numbers (the grader reads nothing else, see
``grading/session.py``); what :func:`saved_settings` keeps is what :func:`restore_settings` needs to
put it back between requests.
"""
from __future__ import annotations

import gc
import hashlib
import itertools
import operator
import os
import sys
import warnings
from importlib.machinery import ExtensionFileLoader, SourceFileLoader, SourcelessFileLoader
from typing import Any

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
#: environment variables a library's own code set while it was first imported (:class:`_FirstImports`
#: watches every module's first run): the library's, not the caller's. Only those: a variable set by a
#: solution cell or a call is the caller's, whatever else was imported beside it
_LIBRARY_ENV: set[str] = set()


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
    """The environment variables a call may not leave changed: all but those a library set on import."""
    return {k: v for k, v in os.environ.items() if k not in _LIBRARY_ENV}


def _readings_done() -> None:
    """What reading the settings imported (pandas reads some options lazily) is not a call's import."""
    if _BINDINGS_SEEN:
        _BINDINGS_SEEN[0] = len(sys.modules)


def _logging_state(logging) -> tuple:
    root = logging.root
    return root.level, list(root.handlers), root.manager.disable


def _torch_modes(torch) -> tuple:
    return (torch.are_deterministic_algorithms_enabled(), torch.is_deterministic_algorithms_warn_only_enabled(),
            torch.is_grad_enabled(), torch.is_anomaly_enabled())


#: the modules whose names a call may not rebind or remove, read where imported
WATCHED_MODULES = ("builtins", "sys", "os", "io", "warnings", "logging", "random", "math", "time", "signal",
                   "threading", "decimal", "locale", "numpy", "numpy.random", "numpy.linalg", "scipy", "scipy.linalg",
                   "scipy.stats", "pandas", "torch", "torch.nn", "torch.nn.functional", "torch.backends.cudnn",
                   "torch.backends.mkldnn", "torch.backends.mkl", "torch.backends.cpu", "torch.backends.openmp",
                   "matplotlib", "matplotlib.pyplot")
#: names that change without a call rebinding them, or whose contents another reading judges: the exception
#: last shown, pyplot's functions bound to the backend it resolves on the first figure, the warnings
#: filters (a ``catch_warnings`` block works on a copy of the list)
VOLATILE_NAMES = {"sys": {"last_type", "last_value", "last_traceback", "last_exc"},
                  "warnings": {"filters"},
                  "matplotlib.pyplot": {"new_figure_manager", "draw_if_interactive", "show"},
                  # follows the default dtype, which is read as such
                  "torch": {"Storage"}}
#: (module, attribute): objects that hold a library's settings, read attribute by attribute
SETTINGS_OBJECTS = (("torch._tensor_str", "PRINT_OPTS"),)
#: the locale categories read (setlocale(category) asks without changing)
LOCALE_CATEGORIES = ("LC_CTYPE", "LC_COLLATE", "LC_TIME", "LC_NUMERIC", "LC_MONETARY", "LC_MESSAGES")
#: each watched module's names as a first reading found them: what "rebound" is measured against
_FIRST_BINDINGS: dict[str, dict] = {}
#: and their switches
_FIRST_SWITCHES: dict[str, dict] = {}
#: the number of modules imported at the last reading of the names, and the names then
_BINDINGS_SEEN: list[int] = []
_LAST_BINDINGS: dict[str, dict] = {}
_PLAIN_VALUES = (int, float, complex, str, bytes, bool, type(None))
#: what a removed name points at, in a reading
_GONE = object()


def _same_binding(a, b) -> bool:
    """One object, or (for plain values, which Python may rebuild) one type and value."""
    return a is b or (type(a) is type(b) and type(a) in _PLAIN_VALUES and a == b)


def _module_switches(module) -> dict:
    """The values of the data descriptors a module's own class defines (torch.backends.cudnn's flags)."""
    switches = {}
    if type(module) is type(sys):
        return switches
    for name, attr in vars(type(module)).items():
        if not name.startswith("_") and hasattr(attr, "__set__"):
            try:
                value = getattr(module, name)
            except Exception:  # noqa: BLE001,S112 - a switch this build cannot read: not read
                continue
            if type(value) in _PLAIN_VALUES:
                switches[name] = value
    return switches


def _bindings() -> dict:
    """{module name: (its names, its switches)} for every watched module imported, as they are now.

    A library imported since the last reading may rebind names of others as it loads (torch's compiler
    wraps ``torch.manual_seed``): what moved then is that library's doing, and the new object is the
    name's from then on (:data:`_FIRST_BINDINGS`), as with the environment variables."""
    imported = bool(_BINDINGS_SEEN) and len(sys.modules) > _BINDINGS_SEEN[0]
    _BINDINGS_SEEN[:] = [len(sys.modules)]
    found = {}
    for name in WATCHED_MODULES:
        module = sys.modules.get(name)
        if module is None:
            continue
        names, switches = dict(vars(module)), _module_switches(module)
        first = _FIRST_BINDINGS.setdefault(name, names)
        firsts = _FIRST_SWITCHES.setdefault(name, dict(switches))
        last = _LAST_BINDINGS.get(name, first)
        if imported:  # only names that were still the first's at the last reading (a caller's own stay apart)
            first.update((k, v) for k, v in names.items() if k in first and not _same_binding(v, first[k])
                         and _same_binding(last.get(k, _GONE), first[k]))
            # and names that appeared since the last reading: a submodule bound to its package as it loads
            first.update((k, v) for k, v in names.items() if k not in first and k not in last)
            firsts.update((k, v) for k, v in switches.items() if k in firsts)
        _LAST_BINDINGS[name] = names
        found[name] = (names, switches)
    return found


def _rebound(bindings: dict) -> str:
    """The watched names that point elsewhere than at the first reading, or are gone, or were added (not by
    an import), or whose switch moved, each as ``module.name@what`` (what it points at now: two readings
    tell a name rebound twice apart)."""
    changed = []
    for module, (names, switches) in bindings.items():
        first, volatile = _FIRST_BINDINGS.get(module, {}), VOLATILE_NAMES.get(module, ())
        # every name still the same object: decided in C, as it is for nearly every module and call
        fast = all(map(operator.is_, map(names.get, first), first.values()))
        for key, value in () if fast else first.items():
            if not key.startswith("_") and key not in volatile and \
                    (key not in names or not _same_binding(names[key], value)):
                now = names.get(key, _GONE)
                what = repr(now) if type(now) in _PLAIN_VALUES else f"{id(now):x}"
                changed.append(f"{module}.{key}@{what}")
        # names no reading had and no import brought: a caller's own addition to a library (an alias a
        # newer version removed, np.float = float), which every later caller's code meets
        changed.extend(f"{module}.{key}@added" for key in names.keys() - first.keys()
                       if not key.startswith("_") and key not in volatile)
        firsts = _FIRST_SWITCHES.get(module, {})
        changed.extend(f"{module}.{key}@{value!r}" for key, value in switches.items()
                       if key in firsts and value != firsts[key])
    return ", ".join(sorted(changed))



def _settings_objects() -> dict:
    found = {}
    for module_name, attribute in SETTINGS_OBJECTS:
        holder = getattr(sys.modules.get(module_name), attribute, None)
        if holder is not None and hasattr(holder, "__dict__"):
            found[(module_name, attribute)] = (holder, dict(vars(holder)))
    return found


def _locale_state() -> dict:
    locale = sys.modules.get("locale")
    if locale is None:
        return {}
    state = {}
    for name in LOCALE_CATEGORIES:
        category = getattr(locale, name, None)
        if category is not None:
            try:
                state[name] = locale.setlocale(category)
            except (ValueError, locale.Error):
                continue
    return state


def _handler_name(handler) -> str:
    if handler is None or isinstance(handler, int):
        return repr(handler)
    return f"{getattr(handler, '__module__', '')}.{getattr(handler, '__qualname__', type(handler).__name__)}" \
           f"@{id(handler):x}"


def _signal_handlers() -> dict:
    import signal

    handlers = {}
    for number in sorted(signal.valid_signals()):
        try:
            handlers[int(number)] = signal.getsignal(number)
        except (ValueError, OSError):
            continue
    return handlers


#: the decimal context a thread starts with (``decimal.DefaultContext``), as :func:`_decimal_text` writes it:
#: the reading before a call that first imports decimal
DECIMAL_DEFAULT = ("prec=28,rounding=ROUND_HALF_EVEN,Emin=-999999,Emax=999999,capitals=1,clamp=0,"
                   "traps=['DivisionByZero', 'InvalidOperation', 'Overflow']")


def _decimal_context():
    decimal = sys.modules.get("decimal")
    return None if decimal is None else decimal.getcontext().copy()


def _decimal_text(context) -> str:
    traps = sorted(k.__name__ for k, on in context.traps.items() if on)
    return (f"prec={context.prec},rounding={context.rounding},Emin={context.Emin},Emax={context.Emax},"
            f"capitals={context.capitals},clamp={context.clamp},traps={traps}")


def _live_threads() -> int:
    """Python threads alive that are not daemons, the main one aside (an executor not shut down keeps some)."""
    import threading

    return sum(1 for t in threading.enumerate() if t.is_alive() and not t.daemon and t is not threading.main_thread())


def _priority() -> int | None:
    try:
        return os.getpriority(os.PRIO_PROCESS, 0)
    except (OSError, AttributeError):
        return None


def _hooks() -> tuple:
    faulthandler = sys.modules.get("faulthandler")
    tracemalloc = sys.modules.get("tracemalloc")
    # a module not imported yet is off: a call that imports it and switches it on changes it
    return (sys.gettrace(), sys.getprofile(), bool(faulthandler and faulthandler.is_enabled()),
            bool(tracemalloc and tracemalloc.is_tracing()))


#: settings a library keeps behind its own getter, read where the library is imported, as
#: ``(module, getter, setter, how the saved value goes back: "value" or "kwargs")``; a setter of None
#: marks a setting nothing can undo (reported only)
SETTINGS_GETTERS = (
    ("numpy", "geterrcall", "seterrcall", "value"),
    ("numpy", "getbufsize", "setbufsize", "value"),
    ("scipy.special", "geterr", "seterr", "kwargs"),
    ("sklearn", "get_config", "set_config", "kwargs"),
    ("matplotlib", "is_interactive", "interactive", "value"),
    ("torch", "get_num_interop_threads", None, "value"),
    ("torch", "get_default_device", "set_default_device", "value"),
    ("sys", "getswitchinterval", "setswitchinterval", "value"),
    ("sys", "get_int_max_str_digits", "set_int_max_str_digits", "value"),
    ("socket", "getdefaulttimeout", "setdefaulttimeout", "value"),
    ("threading", "stack_size", "stack_size", "value"),
)


#: "module.getter()" -> the value it read right after the module's first import, for a library first
#: imported after the kernel started (by a call, say): what a later call must leave it as (its default)
_AT_IMPORT: dict = {}


#: Python's, numpy's and torch's global generators: (label, module, getter, setter)
_GLOBAL_RNGS = (("random", "random", "getstate", "setstate"), ("numpy", "numpy.random", "get_state", "set_state"),
                ("torch", "torch", "get_rng_state", "set_rng_state"))


def _global_rng_states(labelled: bool = False) -> list:
    """(setter, state) of Python's, numpy's and torch's global generators, of those fully imported
    (reading one imports nothing: numpy imports numpy.random lazily, and a module being imported may
    be half made); with ``labelled``, (label, state) instead."""
    states = []
    for label, module_name, get, put in _GLOBAL_RNGS:
        module = sys.modules.get(module_name)
        spec = getattr(module, "__spec__", None)
        if module is None or getattr(spec, "_initializing", False):
            continue
        try:
            states.append((label if labelled else getattr(module, put), getattr(module, get)()))
        except Exception:  # noqa: BLE001, S112 - a generator that cannot be read now is not put back
            continue
    return states


#: the name a solution cell's reading of the global random generators goes by, beside its settings
CELL_GENERATORS = "global random generators"


def global_rng_readings() -> str:
    """Python's, numpy's and torch's global generators as an entry list (``numpy@digest, ...``) of
    those imported: a cell that draws from one or reseeds it leaves another reading. Read around a
    solution cell only, not around calls (the notebook's own ``train_autoencoder`` reseeds torch)."""
    return _entry_list({label: _digest(_state_bytes(state)) for label, state in _global_rng_states(labelled=True)})


def _state_bytes(state) -> object:
    """A generator's state in full: numpy's key array and torch's byte tensor as bytes (their reprs
    are abbreviated), anything else as it is."""
    if isinstance(state, tuple):
        return tuple(_state_bytes(part) for part in state)
    if hasattr(state, "tobytes"):
        return state.tobytes()
    if hasattr(state, "numpy"):
        return state.numpy().tobytes()
    return state


#: the loaders made one per module (a builtin or frozen module's loader is a class shared by all)
_FILE_LOADERS = (SourceFileLoader, SourcelessFileLoader, ExtensionFileLoader)


class _FirstImports:
    """A finder first on ``sys.meta_path``: it asks the others for the spec of a module not yet
    imported and has the module's own loader run its code between two readings. After the code ran,
    the global random generators are put back as they were (a library that draws at import, as one
    that scikit-learn's preprocessing imports does from ``random``, is not the caller's use of them),
    and a library of :data:`SETTINGS_GETTERS` has its settings read. Only file loaders, one per module,
    are touched; anything else is left to the usual finders as it is."""

    def __init__(self, watched: set[str]) -> None:
        self.watched = watched

    def find_spec(self, name, path=None, target=None):
        if name in sys.modules:
            return None
        for finder in list(sys.meta_path):
            if finder is self or not hasattr(finder, "find_spec"):
                continue
            spec = finder.find_spec(name, path, target)
            if spec is not None:
                break
        else:
            return None
        loader = spec.loader
        if not isinstance(loader, _FILE_LOADERS) or "exec_module" in vars(loader) or _kernels_own(spec):
            return spec
        run, watched = loader.exec_module, name in self.watched

        def exec_module(module):
            states, env = _global_rng_states(), dict(os.environ)
            try:
                run(module)
            finally:
                for put, state in states:
                    put(state)
                _LIBRARY_ENV.update(k for k, v in os.environ.items() if env.get(k) != v)
            if watched:
                _AT_IMPORT.update(_getter_settings(only=name))
        loader.exec_module = exec_module  # this module's loader object only
        return spec


def _kernels_own(spec) -> bool:
    """Whether ``spec`` is a module of the kernel's agent (this folder), imported again by its own name:
    the thread variables it sets are the kernel's, not a library's."""
    origin = getattr(spec, "origin", None)
    return isinstance(origin, str) and os.path.dirname(os.path.abspath(origin)) == _KERNEL_FOLDER


#: the folder of the kernel's agent and of this module
_KERNEL_FOLDER = os.path.dirname(os.path.abspath(__file__))


def watch_first_imports() -> None:
    """Install :class:`_FirstImports` (once per process, before any student code runs)."""
    if not any(isinstance(finder, _FirstImports) for finder in sys.meta_path):
        sys.meta_path.insert(0, _FirstImports({name for name, *_ in SETTINGS_GETTERS}))


def with_values_at_import(before: dict, after: dict) -> dict:
    """``before`` (a :func:`session_settings` reading), its library settings completed with the values
    at import of the libraries a call first imported (those ``after`` holds and ``before`` lacks): a
    call that imports scipy.special and sets its error handling leaves it changed like any other."""
    old, new = before.get("library settings"), after.get("library settings")
    if not (isinstance(old, str) and isinstance(new, str)):
        return before
    held = entry_list_items(old)
    added = {name: _entry_text(_AT_IMPORT[name]) for name in entry_list_items(new)
             if name not in held and name in _AT_IMPORT}
    if not added:
        return before
    return dict(before, **{"library settings": _entry_list({**held, **added})})


def _getter_settings(only: str | None = None) -> dict:
    """``{"module.getter()": value}`` for every getter of :data:`SETTINGS_GETTERS` whose module is imported
    (``only``: of that module alone); a "kwargs" getter's dict is copied, so that a later change of the
    library's own dict does not change the reading."""
    values = {}
    for module_name, getter, _, how in SETTINGS_GETTERS:
        if only is not None and module_name != only:
            continue
        module = sys.modules.get(module_name)
        read = getattr(module, getter, None) if module is not None else None
        if read is None:
            continue
        try:
            value = read()
        except Exception:  # noqa: BLE001, S112 - a getter that fails now is read no further
            continue
        values[f"{module_name}.{getter}()"] = dict(value) if how == "kwargs" else value
    return values


def _entry_text(value) -> str:
    """A reading as a short stable text: plain values as they print, anything else by identity."""
    if isinstance(value, _PLAIN_VALUES):
        return repr(value)[:40]
    if isinstance(value, dict):
        return _digest(sorted((str(k), _entry_text(v)) for k, v in value.items()))
    return _handler_name(value) if callable(value) else _digest(repr(value))


def _entry_list(values: dict) -> str:
    """``name@value, ...`` in name order, neither part holding the separator."""
    return ", ".join(f"{str(k).replace(', ', ',')}@{str(v).replace(', ', ',')}" for k, v in sorted(values.items()))


def entry_list_items(text: Any) -> dict[str, str]:
    """The ``{name: value}`` of an :func:`_entry_list` text (of anything else: none)."""
    parts = text.split(", ") if isinstance(text, str) else []
    return dict(part.partition("@")[::2] for part in parts if part)


#: the process's resource limits, by name (``resource.RLIMIT_*``)
RLIMITS = ("RLIMIT_AS", "RLIMIT_DATA", "RLIMIT_STACK", "RLIMIT_CPU", "RLIMIT_FSIZE", "RLIMIT_NOFILE",
           "RLIMIT_NPROC", "RLIMIT_CORE", "RLIMIT_MEMLOCK", "RLIMIT_RSS")


def _process_limits() -> dict:
    """The CPUs the process may run on and its resource limits ``(soft, hard)``."""
    limits: dict = {}
    try:
        limits["affinity"] = tuple(sorted(os.sched_getaffinity(0)))
    except (OSError, AttributeError):
        pass
    try:
        import resource
    except ImportError:
        return limits
    for name in RLIMITS:
        number = getattr(resource, name, None)
        if number is not None:
            try:
                limits[name] = resource.getrlimit(number)
            except (OSError, ValueError):
                continue
    return limits


def _loggers() -> dict:
    """Every named logger's configuration: level, disabled, propagate and its handlers (their kinds)."""
    logging = sys.modules.get("logging")
    if logging is None:
        return {}
    found = {}
    for name, logger in list(logging.root.manager.loggerDict.items()):
        if isinstance(logger, logging.Logger):
            found[name] = (logger.level, logger.disabled, logger.propagate,
                           tuple(_handler_name(type(h)) for h in logger.handlers))
    return found


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
    saved["bindings"] = _bindings()
    saved["modules imported"] = len(sys.modules)
    saved["settings objects"] = _settings_objects()
    saved["locale"] = _locale_state()
    saved["signals"] = _signal_handlers()
    saved["decimal"] = _decimal_context()
    saved["process"] = (_live_threads(), _priority(), _hooks())
    saved["getters"] = _getter_settings()
    saved["limits"] = _process_limits()
    saved["loggers"] = _loggers()
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
    settings["names rebound"] = _rebound(saved["bindings"])
    if saved["settings objects"]:
        settings["library settings objects"] = _digest(sorted(
            (f"{module}.{attribute}", sorted((k, repr(v)) for k, v in values.items()))
            for (module, attribute), (_, values) in saved["settings objects"].items()))
    if saved["locale"]:
        settings["locale"] = ",".join(f"{k}={v}" for k, v in sorted(saved["locale"].items()))
    settings["signal handlers"] = _digest([(k, _handler_name(h)) for k, h in saved["signals"].items()])
    settings["decimal context"] = DECIMAL_DEFAULT if saved["decimal"] is None else _decimal_text(saved["decimal"])
    threads, priority, (trace, profile, faults, tracing) = saved["process"]
    settings["threads left running"] = int(threads)
    if priority is not None:
        settings["process priority"] = int(priority)
    settings["tracing hooks"] = f"trace={_handler_name(trace)},profile={_handler_name(profile)}," \
                                f"faulthandler={faults},tracemalloc={tracing}"
    # entries "name@value": a library or logger that appears during a call (a first import) is its own
    settings["library settings"] = _entry_list({k: _entry_text(v) for k, v in saved["getters"].items()})
    settings["process limits"] = _entry_list(saved["limits"])
    settings["loggers"] = _entry_list({k: _digest(v)[:8] for k, v in saved["loggers"].items()})
    return settings


#: the thread-count variables a notebook session on a laptop leaves unset (the kernel sets them, see agent.py)
THREAD_VARIABLES = ("OMP_NUM_THREADS", "MKL_NUM_THREADS", "OPENBLAS_NUM_THREADS", "NUMEXPR_NUM_THREADS")


class CallersStream:
    """A caller's own stream in front of the kernel's, as Jupyter puts its own in front of the process's:
    a call that "restores" ``sys.stdout`` to ``sys.__stdout__`` instead of to what it found changes it."""

    def __init__(self, inner) -> None:
        self._inner = inner

    def write(self, text):
        return self._inner.write(text)

    def flush(self):
        return self._inner.flush()

    def __getattr__(self, name):
        return getattr(self._inner, name)


def callers_own_settings() -> dict:
    """Give a few settings values of a caller's own, as a caller's session may hold them, and return what
    puts them back (:func:`restore_settings`).

    The kernel's values may already be those a function sets (the notebook's cell set them, or the
    kernel did): a call that sets the root logger's level, the recursion limit, the thread variables or
    ``sys.stdout`` and ``sys.stderr`` (to the process's own streams) to values of its own then changes
    nothing here, and would change a caller's session that holds others. With the caller's values in
    place, it does.
    """
    saved = saved_settings()
    sys.stdout, sys.stderr = CallersStream(sys.stdout), CallersStream(sys.stderr)
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
             _restore_torch, _restore_pandas, _restore_matplotlib, _restore_bindings, _restore_settings_objects,
             _restore_locale, _restore_signals, _restore_decimal, _restore_hooks, _restore_getters, _restore_limits,
             _restore_loggers]
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


def _restore_bindings(saved: dict) -> None:
    for name, (names, switches) in saved.get("bindings", {}).items():
        module = sys.modules.get(name)
        if module is None:
            continue
        now, volatile, first = vars(module), VOLATILE_NAMES.get(name, ()), _FIRST_BINDINGS.get(name, {})
        # the names read, no more (private ones are the library's own), and not those a library's import
        # rebound since (their object is the name's now)
        for key, value in names.items():
            if not key.startswith("_") and key not in volatile and (key not in now or now[key] is not value) \
                    and first.get(key) is value:
                setattr(module, key, value)
        for key, value in switches.items():
            if getattr(module, key, value) != value:
                setattr(module, key, value)
        # names added since, when nothing was imported since (an import binds submodules to their packages)
        if len(sys.modules) == saved.get("modules imported", -1):
            for key in now.keys() - names.keys() - first.keys():
                if not key.startswith("_") and key not in volatile:
                    delattr(module, key)


def _restore_settings_objects(saved: dict) -> None:
    for holder, values in saved.get("settings objects", {}).values():
        for key, value in values.items():
            if getattr(holder, key, value) is not value:
                setattr(holder, key, value)


def _restore_locale(saved: dict) -> None:
    locale = sys.modules.get("locale")
    if locale is None or not saved.get("locale") or _locale_state() == saved["locale"]:
        return
    for name, value in saved["locale"].items():
        locale.setlocale(getattr(locale, name), value)


def _restore_signals(saved: dict) -> None:
    import signal
    import threading

    if "signals" not in saved or threading.current_thread() is not threading.main_thread():
        return
    for number, handler in saved["signals"].items():
        if handler is not None and signal.getsignal(number) is not handler:
            try:
                signal.signal(number, handler)
            except (ValueError, OSError):  # SIGKILL, SIGSTOP: never set, never put back
                continue


def _restore_decimal(saved: dict) -> None:
    decimal = sys.modules.get("decimal")
    if decimal is not None and saved.get("decimal") is not None and \
            _decimal_text(decimal.getcontext()) != _decimal_text(saved["decimal"]):
        decimal.setcontext(saved["decimal"].copy())


def _restore_hooks(saved: dict) -> None:
    """Trace and profile hooks, faulthandler and tracemalloc as they were. The threads a call left running and
    the priority it lowered cannot be put back from here: their reading says so to the contract."""
    if "process" not in saved:
        return
    trace, profile, faults, tracing = saved["process"][2]
    if sys.gettrace() is not trace:
        sys.settrace(trace)
    if sys.getprofile() is not profile:
        sys.setprofile(profile)
    faulthandler, tracemalloc = sys.modules.get("faulthandler"), sys.modules.get("tracemalloc")
    if faulthandler is not None and faulthandler.is_enabled() != faults:
        (faulthandler.enable if faults else faulthandler.disable)()
    if tracemalloc is not None and tracemalloc.is_tracing() != tracing:
        (tracemalloc.start if tracing else tracemalloc.stop)()


def _restore_getters(saved: dict) -> None:
    """Each library setting through its own setter; one nothing can undo stays as the call left it."""
    now = _getter_settings()
    for module_name, getter, setter, how in SETTINGS_GETTERS:
        key = f"{module_name}.{getter}()"
        if setter is None or key not in now:
            continue
        if key in saved.get("getters", {}):
            before = saved["getters"][key]
        elif key in _AT_IMPORT:  # a library first imported after the reading: as it was at its import
            before = _AT_IMPORT[key]
        else:
            continue
        if _entry_text(now[key]) == _entry_text(before):
            continue
        put = getattr(sys.modules[module_name], setter)
        put(**before) if how == "kwargs" else put(before)


def _restore_limits(saved: dict) -> None:
    """The CPUs the process may use, and soft limits lowered below what they were (a lowered hard
    limit cannot be raised again unprivileged: its reading says so to the contract)."""
    before, now = saved.get("limits", {}), _process_limits()
    if "affinity" in before and now.get("affinity") != before["affinity"]:
        try:
            os.sched_setaffinity(0, before["affinity"])
        except OSError:
            pass
    import resource

    for name in RLIMITS:
        if name in before and name in now and now[name] != before[name]:
            soft, hard = before[name][0], now[name][1]
            # the limits as they were; failing that (a hard limit lowered for good), the soft one up to it
            within = soft if hard == resource.RLIM_INFINITY or soft != resource.RLIM_INFINITY and soft <= hard \
                else hard
            for limits in (before[name], (within, hard)):
                try:
                    resource.setrlimit(getattr(resource, name), limits)
                    break
                except (OSError, ValueError):
                    continue


def _restore_loggers(saved: dict) -> None:
    logging = sys.modules.get("logging")
    if logging is None:
        return
    for name, (level, disabled, propagate, _) in saved.get("loggers", {}).items():
        logger = logging.root.manager.loggerDict.get(name)
        if isinstance(logger, logging.Logger) and (logger.level, logger.disabled, logger.propagate) != \
                (level, disabled, propagate):
            logger.setLevel(level)
            logger.disabled, logger.propagate = disabled, propagate
