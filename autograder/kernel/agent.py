"""The student's side of grading: runs cells, calls functions, reports values.

This file runs inside the sandbox, as the student's kernel or as the template
that kernels are forked from. It sees nothing of the project but the files of
this folder (``wire.py``, ``confine.py``, ``supervisor.py``, ``artists.py``,
``session_state.py``). Student code runs in the
same interpreter and can replace anything here, so this process is never
trusted with a verdict: it only executes what the grader asks and sends back
the raw values the student's functions return. Expected values never come in.

Protocol (see ``wire.py``): requests arrive one JSON line at a time on the file
descriptor ``AGENT_REQUEST_FD``; answers leave on ``AGENT_RESPONSE_FD``. The
student's own stdout and stderr stay on fds 1 and 2, which the grader drains
separately with size limits.

Requests
--------
``{"id", "op": "run_cell", "code", "settings"}``
    Execute one cell with IPython (magics allowed); with ``settings``, the answer also holds
    the session's settings before and after the cell (did a solution cell itself leave numpy's
    error handling or the warnings filters changed?), read with a few values of a caller's own in
    place, as a call's are, and put back after the cell.
``{"id", "op": "call", "func", "args", "kwargs", "summarize", "global_seed"}``
    Call ``func`` from the user namespace. ``summarize="axes"`` reports a
    returned matplotlib Axes as raw geometry (``artists.py``), which the
    grader judges. ``global_seed`` seeds numpy's, Python's and torch's global
    generators first.
``{"id", "op": "calls", "shared", "copies", "calls", "probe_global_rngs"}``
    Several calls in one request, in order; one failing does not stop the
    next. Arguments may name an entry of ``shared`` (``{"t": "shared",
    "i": k}``): every such argument is the same object, so a call that
    changes its input shows in what the next call returns. Or an entry of
    ``copies`` (``{"t": "copy", "i": k}``), arrays decoded once: each such
    argument is a fresh copy, as if the array were sent in full for that call
    (an array a thousand calls take travels once). Each call is
    answered on its own (``{"ok", "value"}`` or ``{"ok": false, "error"}``);
    with ``probe_global_rngs`` the answer also holds the next draw of
    numpy's, Python's and torch's global generators after the call, which the
    grader compares with freshly seeded ones (did the call use or reseed them?),
    and the session's settings before and after it (``session_settings``: did it
    leave numpy's error handling, torch's default dtype or threads, matplotlib's
    settings or the figures open changed?);
    with ``return_shared`` the reply also holds the shared objects as they were
    before the calls and as they are after them (did a call change its inputs?).
    An entry ``{"describe": j}`` describes what entry j returned, as it is now
    (is the first call's plot still there after the second call?).
    An entry ``{"assign": k, "value"}`` instead of a call copies an array into
    ``shared[k]`` in place (same shape and dtype; a list's items; a data frame's
    columns, same columns, index and dtypes), so that the next call gets
    the same object with other values (is a result kept by object, not value?).
    An entry ``{"aliases": j}`` counts the pairs of arrays in what entry j
    returned that share memory (does changing one part of an answer change
    another?).
    An entry ``{"scribble": j}`` changes, in place, every array in what entry j
    returned that shares no memory with a shared object, as a caller may do
    with an answer (does the next call hand out the same object again?).
``{"id", "op": "put_files", "files"}``
    Write the submission's own files (base64) into the private home.
``{"id", "op": "machine"}``
    Present another machine to the code that runs next: ``os.cpu_count()`` (and
    ``os.process_cpu_count()``, ``multiprocessing.cpu_count()``) answer another number of CPUs
    than the host has. Sent to a side kernel before the student's cells run in it, so that a
    result that depends on the machine (trials split by the number of CPUs) differs there.
``{"id", "op": "identity"}``
    Report uid, gid, uid/gid maps and whether host sysctls refuse a no-op
    write (the grader's start-up check; see ``sandbox/invariants.py``).
``{"id", "op": "fork", "limits"}`` (template only)
    Fork one confined kernel on the four descriptors sent just before.
"""
from __future__ import annotations

import os
import sys
import time
import traceback

# Thread pinning must precede the numerical imports: float32 training results
# depend on the thread count, and the grader recomputes with one thread.
for _var in ("OMP_NUM_THREADS", "MKL_NUM_THREADS", "OPENBLAS_NUM_THREADS", "NUMEXPR_NUM_THREADS"):
    os.environ.setdefault(_var, "1")
os.environ.setdefault("MPLBACKEND", "Agg")

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import wire  # noqa: E402  (a sibling file, not the project package)
from session_state import (CELL_GENERATORS, callers_own_settings, global_rng_readings,  # noqa: E402,F401
                           restore_settings, saved_settings, session_settings, watch_first_imports,
                           with_values_at_import)

watch_first_imports()

import numpy as np  # noqa: E402

#: what a warm template imports when the grader names nothing (``AGENT_PRELOAD``: the assignment's manifest)
PRELOAD = ("torch", "pandas", "matplotlib.pyplot", "IPython")


def preload(libraries: tuple[str, ...] = PRELOAD) -> None:
    """Import what every notebook of the course imports, once (forked kernels inherit it)."""
    import importlib
    import warnings

    for name in libraries:
        try:
            importlib.import_module(name)
        except ImportError:
            pass
    try:
        import torch

        torch.set_num_threads(1)
        torch.set_num_interop_threads(1)  # no thread pools to lose across fork()
    except (ImportError, RuntimeError):
        pass
    warnings.filterwarnings("default")


def warm_up() -> None:
    """Pay one-time initialisation costs once, in the template, not per student."""
    import warnings

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        rng = np.random.default_rng(0)
        a = rng.normal(size=(40, 5))
        np.linalg.svd(a, full_matrices=False)
        np.linalg.lstsq(a, a[:, 0], rcond=None)
        np.linalg.solve(a.T @ a, a.T @ a[:, 0])
        np.linalg.qr(a)
        np.linalg.eigvalsh(a.T @ a)
        try:
            import pandas as pd

            frame = pd.DataFrame({"x": a[:, 0], "g": pd.Categorical(["a", "b"] * 20)})
            pd.get_dummies(frame["g"].astype(str), drop_first=True)
            frame["x"].std(ddof=0)
        except ImportError:
            pass
        try:
            import torch
            from torch import nn

            torch.manual_seed(0)
            model = nn.Sequential(nn.Linear(20, 16), nn.ReLU(), nn.Linear(16, 20))
            opt = torch.optim.Adam(model.parameters(), lr=0.01)
            x = torch.randn(32, 20)
            for _ in range(3):
                opt.zero_grad()
                loss = nn.MSELoss()(model(x), x)
                loss.backward()
                opt.step()
                loss.item()
        except ImportError:
            pass
        try:
            import matplotlib.pyplot as plt

            fig, ax = plt.subplots()
            ax.hist(a[:, 0])
            ax.boxplot(a[:, 0])
            ax.scatter(a[:, 0], a[:, 1])
            ax.set_xlabel("x")
            fig.canvas.draw()
            plt.close("all")
        except ImportError:
            pass


def make_shell():
    from IPython.core.interactiveshell import InteractiveShell
    from traitlets.config import Config

    config = Config()
    config.HistoryManager.enabled = False
    config.InteractiveShell.xmode = "Plain"
    shell = InteractiveShell.instance(config=config)
    return shell


def describe_exception(exc: BaseException) -> dict:
    lines = traceback.format_exception(type(exc), exc, exc.__traceback__)
    text = "".join(lines)
    return {
        "type": type(exc).__name__,
        "message": str(exc)[:2000],
        "traceback": text[-8000:],
    }


# ------------------------------------------------------------ value codecs
def encode_extra(value):
    """Encode torch tensors and pandas objects the student returns."""
    module = type(value).__module__ or ""
    if module.startswith("pandas"):
        return wire.encode_pandas(value)
    if module.startswith("torch"):
        import torch

        if isinstance(value, torch.Tensor):
            return wire._encode_array(value.detach().cpu().numpy(), tag="tensor")
    return None


def decode_extra(tag, node, decode_child, budget):
    """Arguments the grader sends: DataFrames, one-shot iterators, ranges."""
    if tag == "frame":
        return wire.decode_frame(node, decode_child, budget)
    if tag == "iter":
        items = node.get("v")
        if not isinstance(items, list):
            raise wire.WireError("iter node without a list")
        return iter([to_torch(decode_child(v)) for v in items])
    if tag == "range":
        bounds = node.get("v")
        if not (isinstance(bounds, list) and len(bounds) == 3 and all(type(b) is int for b in bounds)):
            raise wire.WireError("range node without three ints")
        return range(*bounds)
    return None


def to_torch(value, keep: frozenset = frozenset()):
    """Turn arrays the grader marked as tensors into torch tensors.

    A container is rebuilt only when something in it was turned; the objects whose ids are in
    ``keep`` (a request's shared objects, already turned) are passed as themselves. Either way the
    caller's object reaches the student's function as that very object: a list it changes in place
    is the caller's list, as in a notebook, and the contracts read it back after the calls.
    """
    if id(value) in keep:
        return value
    if isinstance(value, wire.TensorMarker):
        import torch

        return torch.from_numpy(np.asarray(value).copy())
    if isinstance(value, (list, tuple)):
        items = [to_torch(v, keep) for v in value]
        if all(a is b for a, b in zip(items, value, strict=True)):
            return value
        return items if isinstance(value, list) else tuple(items)
    if isinstance(value, dict):
        items = {k: to_torch(v, keep) for k, v in value.items()}
        return value if all(items[k] is v for k, v in value.items()) else items
    return value


def describe_returned_axes(value):
    """A returned Axes as raw geometry (see artists.py); anything else as itself."""
    from matplotlib.axes import Axes

    if not isinstance(value, Axes):
        return wire.encode(value, extra=encode_extra)
    import artists

    return {"t": "axes", "v": wire.encode(artists.describe_axes(value))}


# --------------------------------------------------------------- handlers
def run_cell(shell, request):
    code = request.get("code")
    if not isinstance(code, str):
        return {"ok": False, "error": {"type": "ProtocolError", "message": "code must be a string"}}
    # a student's solution cell is read like a call: the session's settings before and after it run,
    # with a few values of a caller's own in place (the kernel's may be what the cell sets: its thread
    # variables are 1), put back after it, so that what the cell changed reaches no later cell
    probe = bool(request.get("settings"))
    callers_saved = callers_own_settings() if probe else None
    before = dict(session_settings(), **{CELL_GENERATORS: global_rng_readings()}) if probe else None
    result = shell.run_cell(code, store_history=False, silent=False)
    error = result.error_before_exec or result.error_in_exec
    settings = None
    if before is not None:
        try:
            after = dict(session_settings(), **{CELL_GENERATORS: global_rng_readings()})
            settings = [with_values_at_import(before, after), after]
        except Exception:  # noqa: BLE001 - a session the cell broke reads as not read
            settings = None
    if callers_saved is not None:
        restore_settings(callers_saved)
    # Only a notebook that imported pyplot can have open figures; importing it here would cost a
    # cold kernel a second and write font caches the student never asked for.
    plt = sys.modules.get("matplotlib.pyplot")
    if plt is not None:
        plt.close("all")
    answer = {"ok": False, "error": describe_exception(error)} if error is not None else {"ok": True}
    if settings is not None:
        answer["settings"] = settings
    return answer


def call(shell, request, shared=None, returned=None, copies=()):
    name = request.get("func")
    if not isinstance(name, str) or not name.isidentifier():
        return {"ok": False, "error": {"type": "ProtocolError", "message": "bad function name"}}
    func = shell.user_ns.get(name)
    if func is None:
        return {"ok": False, "error": {"type": "NameError",
                                       "message": f"name '{name}' is not defined"}}
    if not callable(func):
        return {"ok": False, "error": {"type": "TypeError",
                                       "message": f"'{name}' is a {type(func).__name__}, not a function"}}
    extra = decode_extra if shared is None and not copies else _with_shared(shared or [], copies)
    keep = frozenset(map(id, shared or ()))
    args = to_torch(wire.decode(request.get("args", []), extra=extra), keep)
    kwargs = to_torch(wire.decode(request.get("kwargs", {"t": "dict", "v": {}}), extra=extra), keep)
    if request.get("read_only"):  # as pandas' to_numpy() under copy-on-write gives them (never a shared object)
        for value in [*args, *kwargs.values()]:
            if type(value) is np.ndarray and id(value) not in keep:
                value.flags.writeable = False
    _keep(args, kwargs)
    seed = request.get("global_seed")
    if isinstance(seed, int):
        import random

        random.seed(seed)
        np.random.seed(seed)
        try:
            import torch

            torch.manual_seed(seed)
        except ImportError:
            pass
    value = func(*args, **kwargs)
    if returned is not None:
        returned[-1] = value
    if request.get("summarize") == "axes":
        encoded = describe_returned_axes(value)
    else:
        encoded = wire.encode(value, extra=encode_extra)
    return {"ok": True, "value": encoded}


#: every call's arguments, kept for the kernel's life (up to KEEP_BYTES of array data), so that no
#: argument object is freed and its id given to a later one: a result a student keeps by id(X)
#: then misses on every new object in every course alike, instead of hitting when the allocator
#: happens to reuse an address (the contract's in-place probe is what catches it)
_KEPT: list = []
_KEPT_BYTES = [0]
KEEP_BYTES = 16 * 2**20


def _keep(args, kwargs) -> None:
    size = sum(getattr(v, "nbytes", 64) for v in [*args, *kwargs.values()])
    if _KEPT_BYTES[0] + size <= KEEP_BYTES:
        _KEPT.append((args, kwargs))
        _KEPT_BYTES[0] += size


def _with_shared(shared: list, copies=()):
    """The argument decoder, plus ``{"t": "shared", "i": k}``: the very object ``shared[k]``; and
    ``{"t": "copy", "i": k}``: a fresh copy of ``copies[k]`` (as decoded from the wire, in its order)."""
    def decode(tag, node, decode_child, budget):
        if tag in ("shared", "copy"):
            table = shared if tag == "shared" else copies
            index = node.get("i")
            if type(index) is not int or not 0 <= index < len(table):
                raise wire.WireError(f"{tag} node with a bad index")
            return table[index] if tag == "shared" else table[index].copy(order="K")
        return decode_extra(tag, node, decode_child, budget)
    return decode


def global_draws() -> list:
    """The next draw of numpy's, Python's and torch's global generators (None where not installed)."""
    import random

    draws = [float(np.random.random()), random.random()]
    try:
        import torch

        draws.append(float(torch.rand(1).item()))
    except ImportError:
        draws.append(None)
    return draws


#: the session's settings as this kernel's first call found them, after the notebook's cells ran: put
#: back before every later call request, so that a function that leaves one changed costs marks on its
#: own exercise only (its contract says so), never on the exercises whose checks run after it
_baseline: dict | None = None


def keep_settings_between_requests() -> None:
    global _baseline
    if _baseline is None:
        _baseline = saved_settings()
    else:
        restore_settings(_baseline)


def calls(shell, request):
    """Several calls in one request; see the module doc."""
    entries = request.get("calls")
    if not isinstance(entries, list) or not all(isinstance(e, dict) for e in entries):
        return {"ok": False, "error": {"type": "ProtocolError", "message": "calls must be a list of requests"}}
    shared = to_torch(wire.decode(request.get("shared", []), extra=decode_extra))
    if not isinstance(shared, list):
        return {"ok": False, "error": {"type": "ProtocolError", "message": "shared must be a list"}}
    # the grader's own arrays, each of which it would otherwise have sent in every call that takes it
    copies = wire.decode(request.get("copies", []), max_bytes=2**40)
    if not (isinstance(copies, list) and all(type(c) is np.ndarray for c in copies)):
        return {"ok": False, "error": {"type": "ProtocolError", "message": "copies must be a list of arrays"}}
    # encoded before and after through the same path, so that the grader compares like with like
    before = wire.encode(shared, extra=encode_extra) if request.get("return_shared") else None
    answers = []
    returned: list = []  # each call's value as returned, for a later "describe" entry
    probe = bool(request.get("probe_global_rngs"))
    # a caller's figures, the last current when the calls begin, as in a notebook that has just plotted
    # and closed one of its figures: a function that draws on the current figure, or on a figure whose
    # number it picks itself (the count of open figures plus one), changes one of them
    callers_figures = open_callers_figures() if probe else []
    # and a few settings of a caller's own, where the kernel's may be what a function sets
    callers_saved = callers_own_settings() if probe else None
    settings = session_settings() if probe else None  # as the next call finds them
    for entry in entries:
        returned.append(None)
        settings_before = settings
        try:
            if "assign" in entry:
                answer = assign(entry, shared)
            elif "describe" in entry:
                answer = describe_again(entry, returned)
            elif "scribble" in entry:
                answer = scribble(entry, returned, shared)
            elif "aliases" in entry:
                answer = aliases(entry, returned, shared)
            else:
                answer = call(shell, entry, shared, returned, copies)
        except Exception as exc:  # noqa: BLE001 - one call's error is that call's answer
            answer = {"ok": False, "error": describe_exception(exc)}
        if probe:
            settings = session_settings()
            answer["settings"] = [with_values_at_import(settings_before, settings), settings]
            answer["rngs"] = global_draws()
        answers.append(answer)
    for figure in callers_figures:
        sys.modules["matplotlib.pyplot"].close(figure)
    if callers_saved is not None:
        restore_settings(callers_saved)
    reply = {"ok": True, "results": answers}
    if request.get("return_shared"):
        reply["shared"] = {"t": "tuple", "v": [before, wire.encode(shared, extra=encode_extra)]}
    return reply


def describe_again(entry, returned):
    """An earlier entry's returned Axes described as it is now (after the calls since)."""
    index = entry.get("describe")
    if type(index) is not int or not 0 <= index < len(returned) - 1 or returned[index] is None:
        return {"ok": False, "error": {"type": "ProtocolError", "message": "describe names no earlier value"}}
    return {"ok": True, "value": describe_returned_axes(returned[index])}


def open_callers_figures():
    """Two figures with one line on each, numbered with a gap between them (the caller closed the one
    in between), the last made current (only where the notebook imported pyplot)."""
    plt = sys.modules.get("matplotlib.pyplot")
    if plt is None or not hasattr(plt, "figure"):
        return []
    try:
        first, gap, last = plt.figure(), plt.figure(), plt.figure()
        plt.close(gap)
        for figure in (first, last):
            figure.add_subplot().plot([0.0, 1.0], [0.0, 1.0])
        plt.figure(last.number)
    except Exception:  # noqa: BLE001 - pyplot broken by the student's cells: their plot checks say so
        return []
    return [first, last]


def _arrays_in(value, depth: int = 0) -> list:
    """Every numpy array (a tensor as its array) in a returned value, as often as it appears."""
    if depth > 4:
        return []
    if isinstance(value, (list, tuple)):
        return [a for v in value[:10_000] for a in _arrays_in(v, depth + 1)]
    if isinstance(value, dict):
        return [a for v in list(value.values())[:10_000] for a in _arrays_in(v, depth + 1)]
    if type(value).__name__ == "Tensor" and getattr(value, "device", None) is not None \
            and value.device.type == "cpu":
        value = value.detach().numpy()
    return [value] if isinstance(value, np.ndarray) and value.size else []


def _shared_arrays(shared) -> list:
    """The request's shared arrays (a tensor as its array): the caller's own data, which views may share."""
    return [a.detach().numpy() if type(a).__name__ == "Tensor" else a for a in shared
            if isinstance(a, np.ndarray) or type(a).__name__ == "Tensor"]


def aliases(entry, returned, shared):
    """How many pairs of arrays in what entry j returned share memory (the same array twice counts):
    a caller who changes one part of an answer changes another. Arrays that share memory with a
    shared object (a view of an argument) are the caller's own and are left out."""
    index = entry.get("aliases")
    if type(index) is not int or not 0 <= index < len(returned) - 1:
        return {"ok": False, "error": {"type": "ProtocolError", "message": "aliases names no earlier value"}}
    inputs = _shared_arrays(shared)
    arrays = [a for a in _arrays_in(returned[index]) if not any(np.may_share_memory(a, b) for b in inputs)][:200]
    pairs = 0
    for i, a in enumerate(arrays):
        for b in arrays[i + 1:]:
            try:
                pairs += a is b or bool(np.shares_memory(a, b, max_work=10_000))
            except np.exceptions.TooHardError:
                pairs += 1
    return {"ok": True, "value": wire.encode(pairs)}


def scribble(entry, returned, shared):
    """Change every array in an earlier entry's returned value in place (numbers +1, booleans negated),
    leaving out arrays that share memory with a shared object (a view of an argument is the caller's
    own data); the answer is how many arrays were changed."""
    index = entry.get("scribble")
    if type(index) is not int or not 0 <= index < len(returned) - 1:
        return {"ok": False, "error": {"type": "ProtocolError", "message": "scribble names no earlier value"}}
    inputs = _shared_arrays(shared)
    changed = 0
    pending, seen = [(returned[index], 0)], set()
    while pending:
        value, depth = pending.pop()
        if id(value) in seen or depth > 4:
            continue
        seen.add(id(value))
        if isinstance(value, (list, tuple)):
            pending += [(v, depth + 1) for v in value]
        elif isinstance(value, dict):
            pending += [(v, depth + 1) for v in value.values()]
        elif type(value).__name__ == "Tensor":
            value = value.detach().numpy() if value.device.type == "cpu" else value
        if isinstance(value, np.ndarray) and value.flags.writeable and value.size \
                and not any(np.may_share_memory(value, a) for a in inputs):
            if value.dtype == bool:
                np.logical_not(value, out=value)
                changed += 1
            elif value.dtype.kind in "iufc":
                value += 1
                changed += 1
    return {"ok": True, "value": wire.encode(changed)}


def assign(entry, shared):
    """Copy a value into ``shared[k]`` in place (an array or tensor of the same shape and dtype, a
    list's items, or a data frame's columns): the object a later call receives is the one an earlier call saw, with
    other values."""
    index = entry.get("assign")
    if type(index) is not int or not 0 <= index < len(shared):
        return {"ok": False, "error": {"type": "ProtocolError", "message": "assign names no shared object"}}
    target, value = shared[index], to_torch(wire.decode(entry.get("value"), extra=decode_extra))
    if isinstance(target, np.ndarray) and isinstance(value, np.ndarray) and \
            target.shape == value.shape and target.dtype == value.dtype:
        np.copyto(target, value)
        return {"ok": True, "value": wire.encode(None)}
    if type(target).__name__ == "Tensor" and type(value) is type(target) and \
            target.shape == value.shape and target.dtype == value.dtype:
        target.copy_(value)  # a tensor the grader sent as one (torch is imported already)
        return {"ok": True, "value": wire.encode(None)}
    if type(target) is list and type(value) is list:
        target[:] = value  # a list the grader sent as one: the same list object, other items
        return {"ok": True, "value": wire.encode(None)}
    if type(target).__name__ == "DataFrame" and type(value) is type(target) and target.columns.is_unique \
            and target.columns.equals(value.columns) and target.index.equals(value.index) \
            and target.dtypes.equals(value.dtypes):
        # column by column, by position (an index may repeat labels), into the same frame object: as a
        # caller's obs["depth"] *= 10 does
        for column in target.columns:
            target[column] = value[column].array
        return {"ok": True, "value": wire.encode(None)}
    return {"ok": False, "error": {"type": "ProtocolError", "message": "assign needs an array of the same form"}}


def put_files(shell, request):
    """Write the submission's own files into the kernel's private home."""
    import base64

    home = os.path.realpath(os.environ.get("HOME", "/home/student"))
    files = request.get("files")
    if not isinstance(files, dict):
        return {"ok": False, "error": {"type": "ProtocolError", "message": "files must be a mapping"}}
    for name, data in files.items():
        path = os.path.normpath(os.path.join(home, str(name)))
        if not path.startswith(home + os.sep) or not isinstance(data, str):
            continue
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, "wb") as handle:
            handle.write(base64.b64decode(data))
    return {"ok": True}


#: global sysctls a confined process must not be able to write, even with their current value
PROBED_SYSCTLS = ("/proc/sys/kernel/core_pattern", "/proc/sys/vm/overcommit_memory")


def identity(shell, request):
    """Who this process is, and whether a no-op write to a host sysctl is refused.

    Used by the grader before any student code runs (in the template, and in
    a fresh probe kernel); the grader also reads the same facts from the host
    side, which no code in here can forge.
    """
    def read(path):
        try:
            with open(path) as handle:
                return handle.read()
        except OSError as exc:
            return f"<{exc.strerror}>"

    writes = {}
    for path in PROBED_SYSCTLS:
        try:
            with open(path) as handle:
                current = handle.read()
            with open(path, "w") as handle:
                handle.write(current)
            writes[path] = "written"
        except OSError as exc:
            writes[path] = f"refused: {exc.strerror}"
    return {"ok": True, "value": wire.encode({
        "uid": os.getuid(), "gid": os.getgid(), "euid": os.geteuid(),
        "uid_map": read("/proc/self/uid_map"), "gid_map": read("/proc/self/gid_map"),
        "status": read("/proc/self/status"), "sysctl_writes": writes})}


def other_machine_cpus(cpus: int) -> int:
    """The CPU count a side kernel presents: one fewer than the host's (never more than it has, so a
    pool sized by it stays within the process limit), or 2 on a one-CPU host."""
    return cpus - 1 if cpus > 1 else 2


def machine(shell, request):
    """Answer another number of CPUs from now on (see the ``machine`` request above)."""
    cpus = other_machine_cpus(os.cpu_count() or 1)

    def cpu_count():
        return cpus

    os.cpu_count = cpu_count
    if hasattr(os, "process_cpu_count"):
        os.process_cpu_count = cpu_count
    return {"ok": True, "value": wire.encode(cpus)}


HANDLERS = {"run_cell": run_cell, "call": call, "calls": calls, "put_files": put_files, "identity": identity,
            "machine": machine}


class Template:
    """The fork server: each ``fork`` request becomes one confined student kernel.

    The grader sends four descriptors over the control socket (the kernel's
    request and response pipes, its stdout and stderr), then a JSON request
    holding only limits. No submission, no solution and no student output
    ever passes through this process: the kernel receives its files and its
    cells on its own pipes, after it is confined.
    """

    def __init__(self, control_fd: int, seccomp_program: bytes) -> None:
        import socket

        self.control = socket.socket(fileno=control_fd)
        self.seccomp_program = seccomp_program

    def fork(self, shell, request, channels) -> dict:
        import socket

        _, fds, _, _ = socket.recv_fds(self.control, 16, 4)
        if len(fds) != 4:
            for fd in fds:
                os.close(fd)
            return {"ok": False, "error": {"type": "ProtocolError", "message": "expected 4 fds"}}
        limits = request.get("limits") or {}
        sys.stdout.flush()
        sys.stderr.flush()
        pid = os.fork()
        if pid:
            for fd in fds:
                os.close(fd)
            return {"ok": True, "child": pid}
        try:
            self.control.close()
            for stream in channels:
                stream.close()
            become_kernel(shell, fds, limits, self.seccomp_program)
        except BaseException:  # noqa: BLE001 - never fall back into the template's loop
            text = ("kernel confinement failed:\n" + traceback.format_exc()).encode()
            for fd in (fds[3], 2):
                try:
                    os.write(fd, text)
                    break
                except OSError:
                    continue
        os._exit(1)

    @staticmethod
    def reap() -> None:
        while True:
            try:
                pid, _ = os.waitpid(-1, os.WNOHANG)
            except ChildProcessError:
                return
            if pid == 0:
                return


def _read_line(fd: int, limit: int = 4096) -> bytes:
    """One line from a pipe, a byte at a time: nothing past it is consumed."""
    data = b""
    while not data.endswith(b"\n") and len(data) < limit:
        chunk = os.read(fd, 1)
        if not chunk:
            break
        data += chunk
    return data


def become_kernel(shell, fds, limits, seccomp_program: bytes) -> None:
    """In a fork of the template: intermediate, then supervisor, then student process.

    See ``confine.py`` for what each of the three does and why.
    """
    import confine
    import supervisor

    req_fd, resp_fd, out_fd, err_fd = fds
    confine.die_with_parent()
    os.write(resp_fd, wire.dumps({"id": "hello", "ok": True, "pid": os.getpid()}))
    go = wire.loads(_read_line(req_fd) or b"{}")  # the grader has placed us in our cgroup
    if go.get("op") != "go":
        os._exit(1)
    confine.new_namespaces()
    confine.die_with_parent()
    # The grader reads "supervisor" before "ready": PID 1 waits until the intermediate has reported, or
    # under load the student process (forked by PID 1) could write "ready" first on the same pipe.
    reported_r, reported_w = os.pipe()
    supervisor_pid = os.fork()
    if supervisor_pid:  # the intermediate: report, then outlive the kernel
        os.close(reported_r)
        os.write(resp_fd, wire.dumps({"id": "supervisor", "ok": True, "pid": supervisor_pid}))
        os.write(reported_w, b"1")
        os.close(reported_w)
        for fd in fds:
            os.close(fd)
        os.waitpid(supervisor_pid, 0)
        os._exit(0)
    # PID 1 of the kernel
    os.close(reported_w)
    if os.read(reported_r, 1) != b"1":
        os._exit(1)
    os.close(reported_r)
    confine.die_with_parent()
    confine.forbid_user_namespaces()
    confine.private_filesystem(int(limits["tmp_bytes"]), int(limits["home_bytes"]),
                               int(limits["shm_bytes"]))
    confine.lock_down(seccomp_program)
    released_r, released_w = os.pipe()
    student = os.fork()
    if student:
        confine.not_dumpable()
        os.close(released_r)
        os.write(released_w, b"1")  # only now may the student process go on
        os.close(released_w)
        for fd in (req_fd, resp_fd, out_fd):
            os.close(fd)
        devnull = os.open("/dev/null", os.O_RDWR)
        for target in (0, 1):
            os.dup2(devnull, target)
        os.dup2(err_fd, 2)
        budget = int(limits["memory_bytes"]) if limits.get("poll_memory") else None
        supervisor.supervise(student, budget, err_fd)
        os._exit(0)
    os.close(released_w)
    if os.read(released_r, 1) != b"1":
        os._exit(1)
    os.close(released_r)
    os.setsid()
    os.dup2(out_fd, 1)
    os.dup2(err_fd, 2)
    os.close(out_fd)
    os.close(err_fd)
    confine.close_other_fds({req_fd, resp_fd})
    confine.set_limits(int(limits["memory_bytes"]), int(limits["cpu_seconds"]),
                       int(limits["file_bytes"]), int(limits["processes"]))
    responses = os.fdopen(resp_fd, "wb", buffering=0)
    requests = os.fdopen(req_fd, "rb")
    serve_channels(shell, requests, responses, template=None)
    os._exit(0)


def serve(request_fd: int, response_fd: int, template: "Template | None" = None,
          warm: bool = False, libraries: tuple[str, ...] = PRELOAD) -> None:
    # A warm template forks many kernels: what it imports and initialises, each inherits for free.
    # A cold one makes a single kernel, which imports what its own cells import (one torch thread
    # all the same: the kernel's environment sets OMP_NUM_THREADS=1).
    preload(tuple(dict.fromkeys([*libraries, "IPython"])) if warm else ("IPython",))
    if warm:
        warm_up()
    shell = make_shell()
    requests = os.fdopen(request_fd, "rb")
    responses = os.fdopen(response_fd, "wb", buffering=0)
    serve_channels(shell, requests, responses, template)


def serve_channels(shell, requests, responses, template) -> None:
    responses.write(wire.dumps({"id": "ready", "ok": True, "pid": os.getpid()}))
    while True:
        line = requests.readline()
        if not line:
            return
        started = time.perf_counter()
        request: dict = {}
        try:
            request = wire.loads(line, limits=None)  # the grader's own requests (files may exceed reply limits)
            handler = HANDLERS.get(request.get("op"))
            if template is not None and request.get("op") == "fork":
                template.reap()
                answer = template.fork(shell, request, (requests, responses))
            elif handler is None:
                answer = {"ok": False, "error": {"type": "ProtocolError", "message": "unknown op"}}
            else:
                if handler in (call, calls):
                    keep_settings_between_requests()
                answer = handler(shell, request)
        except BaseException as exc:  # noqa: BLE001 - report everything, incl. KeyboardInterrupt
            answer = {"ok": False, "error": describe_exception(exc)}
        answer["id"] = request.get("id")
        answer["seconds"] = time.perf_counter() - started
        try:
            payload = wire.dumps(answer)
            # The grader refuses (and restarts) a kernel whose reply breaks wire.LIMITS; an honest
            # value that large is reported as such instead, and this kernel stays usable.
            wire.scan(payload[:-1])
        except wire.WireError as exc:
            payload = wire.dumps({"id": answer["id"], "ok": False,
                                  "error": {"type": "WireLimit", "message": f"the value is {exc}"}})
        except (TypeError, ValueError) as exc:
            payload = wire.dumps({"id": answer["id"], "ok": False,
                                  "error": {"type": "EncodingError", "message": str(exc)}})
        sys.stdout.flush()
        sys.stderr.flush()
        responses.write(payload)


def answer_interrupts() -> None:
    """SIGINT raises KeyboardInterrupt, whatever signal state this process inherited.

    A call past its time limit is interrupted with SIGINT and a cooperative
    kernel answers with an error and lives on. A process started with SIGINT
    ignored or blocked (both survive exec, from whoever started the grader)
    would never answer and be killed instead; kernels forked later inherit this.
    """
    import signal

    signal.pthread_sigmask(signal.SIG_UNBLOCK, {signal.SIGINT, signal.SIGTERM})
    signal.signal(signal.SIGINT, signal.default_int_handler)


def main() -> None:
    import base64

    answer_interrupts()
    control = os.environ.pop("AGENT_CONTROL_FD", None)
    program = base64.b64decode(os.environ.pop("AGENT_SECCOMP", ""))
    template = Template(int(control), program) if control else None
    warm = os.environ.pop("AGENT_WARM", "") == "1"
    named = os.environ.pop("AGENT_PRELOAD", None)
    libraries = tuple(n for n in named.split(",") if n) if named is not None else PRELOAD
    serve(int(os.environ.pop("AGENT_REQUEST_FD")), int(os.environ.pop("AGENT_RESPONSE_FD")),
          template, warm, libraries)


if __name__ == "__main__":
    main()
