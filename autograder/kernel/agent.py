"""The student's side of grading: runs cells, calls functions, reports values.

This file runs inside the sandbox, as the student's kernel. It sees nothing of
the project but itself and ``wire.py`` beside it. Student code runs in the
same interpreter and can replace anything here, so this process is never
trusted with a verdict: it only executes what the grader asks and sends back
the raw values the student's functions return. Expected values never come in.

Protocol (see ``wire.py``): requests arrive one JSON line at a time on the file
descriptor ``AGENT_REQUEST_FD``; answers leave on ``AGENT_RESPONSE_FD``. The
student's own stdout and stderr stay on fds 1 and 2, which the grader drains
separately with size limits.

Requests
--------
``{"id", "op": "run_cell", "code"}``
    Execute one cell with IPython (magics allowed).
``{"id", "op": "call", "func", "args", "kwargs", "summarize", "global_seed"}``
    Call ``func`` from the user namespace. ``summarize="axes"`` reports a
    matplotlib Axes by its labels, limits and artist counts. ``global_seed``
    seeds numpy's, Python's and torch's global generators first.
``{"id", "op": "ping"}``
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

import numpy as np  # noqa: E402

PRELOAD = ("torch", "pandas", "matplotlib.pyplot", "IPython")


def preload() -> None:
    """Import what every notebook of the course imports, once."""
    import importlib
    import warnings

    for name in PRELOAD:
        try:
            importlib.import_module(name)
        except ImportError:
            pass
    try:
        import torch

        torch.set_num_threads(1)
    except ImportError:
        pass
    warnings.filterwarnings("default")


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
    if module.startswith("torch"):
        import torch

        if isinstance(value, torch.Tensor):
            return wire._encode_array(value.detach().cpu().numpy(), tag="tensor")
    return None


def decode_extra(tag, node, decode_child, budget):
    if tag == "frame":
        return wire.decode_frame(node, decode_child, budget)
    return None


def to_torch(value):
    """Turn arrays the grader marked as tensors into torch tensors."""
    if isinstance(value, wire.TensorMarker):
        import torch

        return torch.from_numpy(np.asarray(value).copy())
    if isinstance(value, list):
        return [to_torch(v) for v in value]
    if isinstance(value, tuple):
        return tuple(to_torch(v) for v in value)
    if isinstance(value, dict):
        return {k: to_torch(v) for k, v in value.items()}
    return value


def summarize_axes(value):
    from matplotlib.axes import Axes

    if not isinstance(value, Axes):
        return wire.encode(value, extra=encode_extra)
    summary = {
        "xlabel": str(value.get_xlabel()),
        "ylabel": str(value.get_ylabel()),
        "xlim": [float(v) for v in value.get_xlim()],
        "ylim": [float(v) for v in value.get_ylim()],
        "n_patches": len(value.patches),
        "n_lines": len(value.lines),
        "n_collections": len(value.collections),
        "n_images": len(value.images),
    }
    return {"t": "axes", "v": wire.encode(summary)}


# --------------------------------------------------------------- handlers
def run_cell(shell, request):
    code = request.get("code")
    if not isinstance(code, str):
        return {"ok": False, "error": {"type": "ProtocolError", "message": "code must be a string"}}
    result = shell.run_cell(code, store_history=False, silent=False)
    error = result.error_before_exec or result.error_in_exec
    try:
        import matplotlib.pyplot as plt

        plt.close("all")
    except ImportError:
        pass
    if error is not None:
        return {"ok": False, "error": describe_exception(error)}
    return {"ok": True}


def call(shell, request):
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
    args = to_torch(wire.decode(request.get("args", []), extra=decode_extra))
    kwargs = to_torch(wire.decode(request.get("kwargs", {"t": "dict", "v": {}}), extra=decode_extra))
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
    if request.get("summarize") == "axes":
        encoded = summarize_axes(value)
    else:
        encoded = wire.encode(value, extra=encode_extra)
    return {"ok": True, "value": encoded}


HANDLERS = {"run_cell": run_cell, "call": call, "ping": lambda shell, request: {"ok": True}}


def serve(request_fd: int, response_fd: int) -> None:
    preload()
    shell = make_shell()
    requests = os.fdopen(request_fd, "rb", buffering=0)
    responses = os.fdopen(response_fd, "wb", buffering=0)
    responses.write(wire.dumps({"id": "ready", "ok": True, "pid": os.getpid()}))
    reader = requests  # a raw file; readline is fine on a pipe
    while True:
        line = reader.readline()
        if not line:
            return
        started = time.perf_counter()
        request: dict = {}
        try:
            request = wire.loads(line)
            handler = HANDLERS.get(request.get("op"))
            if handler is None:
                answer = {"ok": False, "error": {"type": "ProtocolError", "message": "unknown op"}}
            else:
                answer = handler(shell, request)
        except BaseException as exc:  # noqa: BLE001 - report everything, incl. KeyboardInterrupt
            answer = {"ok": False, "error": describe_exception(exc)}
        answer["id"] = request.get("id")
        answer["seconds"] = time.perf_counter() - started
        try:
            payload = wire.dumps(answer)
        except (TypeError, ValueError) as exc:
            payload = wire.dumps({"id": answer["id"], "ok": False,
                                  "error": {"type": "EncodingError", "message": str(exc)}})
        sys.stdout.flush()
        sys.stderr.flush()
        responses.write(payload)


def main() -> None:
    serve(int(os.environ["AGENT_REQUEST_FD"]), int(os.environ["AGENT_RESPONSE_FD"]))


if __name__ == "__main__":
    main()
