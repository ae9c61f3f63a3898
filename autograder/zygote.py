"""A warm fork server: student kernels in milliseconds instead of seconds.

Starting a kernel costs ~2.5 s of imports (torch, numpy, matplotlib, IPython)
and the instructor's teaching cells cost more; both are the same for every
student. The zygote pays them once per grading run, inside a bubblewrap
sandbox, and forks one confined child per kernel (see ``kernel/confine.py``).

Per child the grader:

1. sends the child's four pipe ends over the control socket and a ``fork``
   request with the submission's files and limits;
2. reads ``hello`` with the child's host pid, moves it into a fresh cgroup
   (memory, processes), and answers ``go``;
3. waits for ``ready``: by then the child has its own namespaces, ``/proc``,
   ``/tmp`` and home, rlimits, and no capabilities.

Only instructor code ever runs in the zygote itself.
"""
from __future__ import annotations

import base64
import os
import signal
import socket
import threading
import time
from pathlib import Path

from autograder.config import GradingConfig
from autograder.errors import EnvironmentProblem, WorkerError, WorkerProtocolError
from autograder.notebooks import PlannedCell
from autograder.sandbox import CgroupLimits, copy_submission_files
from autograder.worker import PopenWorker, Worker

ZYGOTE_START_TIMEOUT_S = 120.0


class Zygote:
    """The fork server of one grading run.

    Parameters
    ----------
    launcher : BwrapLauncher
    config : GradingConfig
    prefix : list of PlannedCell
        Instructor cells every plan starts with; run once, here.
    """

    def __init__(self, launcher, config: GradingConfig, prefix: list[PlannedCell]) -> None:
        self.launcher = launcher
        self.config = config
        self.prefix = prefix
        self.lock = threading.Lock()
        self.worker: PopenWorker | None = None
        self.control: socket.socket | None = None
        self.cell_seconds: dict[str, float] = {}
        self.use_cgroups = launcher.use_cgroups

    def start(self) -> None:
        """Start the server and run the prefix; EnvironmentProblem if it cannot."""
        ours, theirs = socket.socketpair(socket.AF_UNIX, socket.SOCK_STREAM)
        try:
            spec = self.launcher.launch_zygote(theirs.fileno())
            worker = PopenWorker(spec, self.config.output_limit_bytes)
            worker.start(ZYGOTE_START_TIMEOUT_S)
        except WorkerError as exc:
            raise EnvironmentProblem(f"the kernel fork server did not start: {exc}\n"
                                     f"{worker.stderr.text()[-2000:]}") from exc
        finally:
            theirs.close()
        for cell in self.prefix:
            started = time.perf_counter()
            answer = worker.request("run_cell", self.config.cell_timeout(None) * 4,
                                    f"running {cell.label} in the fork server", code=cell.source)
            if not answer.get("ok"):
                worker.kill()
                raise EnvironmentProblem(f"the instructor's cell {cell.label} fails in the sandbox: "
                                         f"{answer.get('error')}")
            self.cell_seconds[cell.label] = time.perf_counter() - started
        self.worker, self.control = worker, ours

    def alive(self) -> bool:
        return self.worker is not None and self.worker.alive()

    def stop(self) -> None:
        if self.worker is not None:
            self.worker.kill()
        if self.control is not None:
            self.control.close()
        self.worker = self.control = None

    def matches(self, plan: list[PlannedCell]) -> bool:
        """Does this plan start with the prefix the zygote already ran?"""
        head = plan[: len(self.prefix)]
        return [(c.label, c.source) for c in head] == [(c.label, c.source) for c in self.prefix]

    def new_kernel(self, submission_dir: Path | None) -> "ForkedWorker":
        return ForkedWorker(self, submission_dir)

    def fork(self, fds: list[int], files: dict[str, bytes], timeout: float) -> None:
        """Ask for one child; the caller owns the pipes."""
        limits = {"memory_bytes": self.config.memory_mb * 1024 * 1024,
                  "cpu_seconds": self.config.cpu_seconds}
        payload = {name: base64.b64encode(data).decode() for name, data in files.items()}
        with self.lock:
            if not self.alive():
                self.stop()
                self.start()
            assert self.worker is not None and self.control is not None
            socket.send_fds(self.control, [b"F"], fds)
            answer = self.worker.request("fork", timeout, "forking a kernel", files=payload,
                                         limits=limits)
        if not answer.get("ok"):
            raise WorkerProtocolError(f"the fork server refused: {answer.get('error')}")


class ForkedWorker(Worker):
    """A kernel forked from the zygote and confined before it runs student code."""

    def __init__(self, zygote: Zygote, submission_dir: Path | None) -> None:
        super().__init__(zygote.config.output_limit_bytes, zygote.launcher.describe())
        self.zygote = zygote
        self.submission_dir = submission_dir
        self.host_pid: int | None = None
        self.group: CgroupLimits | None = None

    def _spawn(self, deadline: float):
        req_r, req_w = os.pipe()
        resp_r, resp_w = os.pipe()
        out_r, out_w = os.pipe()
        err_r, err_w = os.pipe()
        files = copy_submission_files(self.submission_dir) if self.submission_dir else {}
        try:
            self.zygote.fork([req_r, resp_w, out_w, err_w], files, max(1.0, deadline - time.monotonic()))
        finally:
            for fd in (req_r, resp_w, out_w, err_w):
                os.close(fd)
        return req_w, resp_r, os.fdopen(out_r, "rb"), os.fdopen(err_r, "rb")

    def _after_spawn(self, deadline: float) -> None:
        hello = self._read_message(deadline, "forking a kernel")
        pid = hello.get("pid")
        if hello.get("id") != "hello" or not isinstance(pid, int) or pid <= 1:
            self.kill()
            raise WorkerProtocolError("the forked kernel did not say hello")
        self.host_pid = pid
        if self.zygote.use_cgroups:
            self.group = CgroupLimits(self.zygote.config.memory_mb * 1024 * 1024,
                                      self.zygote.config.max_processes, self.zygote.config.cpus)
            self.group.add(pid)
        self.send({"op": "go"}, max(1.0, deadline - time.monotonic()), "starting the kernel")

    def alive(self) -> bool:
        if self.host_pid is None:
            return True  # not yet known: the response pipe tells
        try:
            os.kill(self.host_pid, 0)
        except ProcessLookupError:
            return False
        try:
            state = Path(f"/proc/{self.host_pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
        except (OSError, IndexError):
            return False
        return state != "Z"

    def _signal(self, sig: int) -> None:
        if self.host_pid is None:
            return
        if sig == signal.SIGKILL and self.group is not None:
            self.group.kill_all()
        try:
            os.kill(self.host_pid, sig)
        except ProcessLookupError:
            pass

    def _reap(self) -> None:
        # PID 1 of the kernel's namespace is gone: the kernel killed the rest.
        for _ in range(200):
            if not self.alive():
                break
            time.sleep(0.005)
        if self.group is not None:
            self.group.remove()
            self.group = None
