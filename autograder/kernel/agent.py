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
        torch.set_num_interop_threads(1)  # no thread pools to lose across fork()
    except (ImportError, RuntimeError):
        pass
    warnings.filterwarnings("default")


def warm_up() -> None:
    """Pay one-time initialisation costs once, in the zygote, not per student."""
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


HANDLERS = {"run_cell": run_cell, "call": call}


class Zygote:
    """Fork server: each ``fork`` request becomes a confined student kernel.

    The grader sends four descriptors over the control socket first (the
    kernel's request and response pipes, its stdout and stderr), then the
    JSON request with the submission's files and limits.
    """

    def __init__(self, control_fd: int) -> None:
        import socket

        self.control = socket.socket(fileno=control_fd)

    def fork(self, shell, request, channels) -> dict:
        import base64
        import socket

        _, fds, _, _ = socket.recv_fds(self.control, 16, 4)
        if len(fds) != 4:
            for fd in fds:
                os.close(fd)
            return {"ok": False, "error": {"type": "ProtocolError", "message": "expected 4 fds"}}
        files = {str(k): base64.b64decode(v) for k, v in (request.get("files") or {}).items()}
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
            become_student_kernel(shell, fds, files, limits)
        except BaseException:  # noqa: BLE001 - never fall back into the zygote loop
            try:
                os.write(2, ("kernel confinement failed:\n" + traceback.format_exc()).encode())
            except OSError:
                pass
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


def become_student_kernel(shell, fds, files, limits) -> None:
    """In a forked child: confine (see confine.py), then serve one student."""
    import confine

    req_fd, resp_fd, out_fd, err_fd = fds
    confine.unshare(confine.CLONE_NEWNS | confine.CLONE_NEWPID | confine.CLONE_NEWNET
                    | confine.CLONE_NEWIPC | confine.CLONE_NEWUTS)
    confine.die_with_parent()  # if the fork server goes, so does this kernel
    pid = os.fork()
    if pid:  # the intermediate process: outlive the kernel, then go
        for fd in fds:
            os.close(fd)
        os.waitpid(pid, 0)
        os._exit(0)
    confine.die_with_parent()
    os.dup2(out_fd, 1)
    os.dup2(err_fd, 2)
    os.close(out_fd)
    os.close(err_fd)
    confine.close_other_fds({req_fd, resp_fd})
    responses = os.fdopen(resp_fd, "wb", buffering=0)
    requests = os.fdopen(req_fd, "rb")
    responses.write(wire.dumps({"id": "hello", "ok": True, "pid": confine.host_pid()}))
    go = wire.loads(requests.readline() or b"{}")
    if go.get("op") != "go":
        os._exit(1)
    confine.private_filesystem(files, os.environ.get("HOME", "/home/student"),
                               int(limits.get("tmp_mb", 512)), int(limits.get("home_mb", 128)))
    confine.forbid_user_namespaces()
    confine.set_limits(int(limits["memory_bytes"]), int(limits["cpu_seconds"]),
                       int(limits.get("file_bytes", 256 * 2**20)))
    confine.drop_all_capabilities()
    serve_channels(shell, requests, responses, zygote=None)
    os._exit(0)


def serve(request_fd: int, response_fd: int, zygote: "Zygote | None" = None) -> None:
    preload()
    if zygote is not None:
        warm_up()
    shell = make_shell()
    requests = os.fdopen(request_fd, "rb")
    responses = os.fdopen(response_fd, "wb", buffering=0)
    serve_channels(shell, requests, responses, zygote)


def serve_channels(shell, requests, responses, zygote) -> None:
    responses.write(wire.dumps({"id": "ready", "ok": True, "pid": os.getpid()}))
    while True:
        line = requests.readline()
        if not line:
            return
        started = time.perf_counter()
        request: dict = {}
        try:
            request = wire.loads(line)
            handler = HANDLERS.get(request.get("op"))
            if zygote is not None and request.get("op") == "fork":
                zygote.reap()
                answer = zygote.fork(shell, request, (requests, responses))
            elif handler is None:
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
    control = os.environ.pop("AGENT_CONTROL_FD", None)
    zygote = Zygote(int(control)) if control else None
    serve(int(os.environ["AGENT_REQUEST_FD"]), int(os.environ["AGENT_RESPONSE_FD"]), zygote)


if __name__ == "__main__":
    main()
