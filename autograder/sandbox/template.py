"""Templates and the kernels forked from them.

Starting a kernel costs ~2.5 s of imports (torch, numpy, matplotlib, IPython)
and the instructor's teaching cells cost more; both are the same for every
student. A :class:`Template` pays them once, inside the sandbox, and forks one
confined kernel per request (see ``kernel/confine.py``). Only descriptors and
limits ever reach it: a kernel's files, cells and call arguments travel on the
kernel's own pipes after it is confined, so the template's memory, which every
later kernel inherits, never holds a submission or a solution.

Per kernel (:class:`ForkedKernel`) the grader:

1. sends the kernel's four pipe ends over the template's control socket and a
   ``fork`` request with limits only;
2. reads ``hello`` with the intermediate's host pid, moves it into a fresh
   cgroup (when it can make one) and answers ``go``;
3. reads ``supervisor`` with the host pid of the kernel's PID 1;
4. waits for ``ready`` from the student process (PID 2), confined by then,
   finds its host pid, and sends it the submission's files.

A :class:`ColdKernel` is the same thing with a template of its own that runs
no teaching cells: every kernel follows one confinement policy.
"""
from __future__ import annotations

import base64
import os
import signal
import socket
import threading
import time
from pathlib import Path

from autograder.common.config import GradingConfig
from autograder.common.errors import EnvironmentProblem, WorkerError, WorkerProtocolError
from autograder.grading.notebooks import PlannedCell
from autograder.sandbox.cgroups import CgroupLimits
from autograder.sandbox.environment import kernel_files
from autograder.sandbox.uid_pool import uids_with_processes
from autograder.sandbox.worker import PopenWorker, Worker
from autograder.common.untrusted import one_line

TEMPLATE_START_TIMEOUT_S = 120.0
#: how long a stopped template's uid waits for its last processes to go before it is returned
RELEASE_WAIT_S = 5.0


def process_state(pid: int | None) -> str | None:
    """The state letter of a host process (``R``, ``S``, ``Z``, ...), None when gone."""
    if pid is None:
        return None
    try:
        return Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except (OSError, IndexError):
        return None


def children_of(pid: int) -> list[int]:
    """Host pids of the children of host process ``pid``."""
    try:
        return [int(p) for p in Path(f"/proc/{pid}/task/{pid}/children").read_text().split()]
    except (OSError, ValueError):
        return []



def _encoded(files: dict[str, bytes]) -> dict[str, str]:
    """Files by relative path, as the agent's ``put_files`` takes them (base64 text)."""
    return {name: base64.b64encode(data).decode() for name, data in files.items()}

class Template:
    """One sandboxed template process and its control socket.

    Parameters
    ----------
    launcher : SandboxLauncher
    config : GradingConfig
    prefix : list of PlannedCell
        Instructor cells every plan starts with; run once, here.
    warm : bool
        Pay numerical libraries' one-time initialisation costs too.
    """

    def __init__(self, launcher, config: GradingConfig, prefix: list[PlannedCell],
                 warm: bool = True) -> None:
        self.launcher = launcher
        #: the host ids of this template and every kernel it forks: a root grader's template leases a
        #: uid of its own for its lifetime (``uid_pool.py``); an ordinary user's is that user
        self.host_ids = launcher.policy.identity
        self._lease = None
        self.config = config
        self.prefix = prefix
        self.warm = warm
        self.lock = threading.RLock()  # re-entered when a restarted template is checked
        self.worker: PopenWorker | None = None
        self.restarts = 0
        self.control: socket.socket | None = None
        self.cell_seconds: dict[str, float] = {}
        self.use_cgroups = launcher.use_cgroups

    @property
    def host_pid(self) -> int | None:
        """The template interpreter's host pid (it shares the host's PID numbering)."""
        return self.worker.agent_pid if self.worker is not None else None

    def start(self) -> None:
        """Start the template and run the prefix; EnvironmentProblem if it cannot."""
        self.host_ids, self._lease = self.launcher.policy.identity.leased()
        ours, theirs = socket.socketpair(socket.AF_UNIX, socket.SOCK_STREAM)
        worker = PopenWorker(self.launcher.template_spec(theirs.fileno(), self.warm, self.host_ids),
                             self.config.output_limit_bytes)
        try:
            worker.start(TEMPLATE_START_TIMEOUT_S)
        except WorkerError as exc:
            ours.close()
            self._release()
            raise EnvironmentProblem(f"the sandbox did not start: {exc}\n"
                                     + _last_lines(worker.stderr.text())) from exc
        finally:
            theirs.close()
        try:
            if self.launcher.data and self.prefix:  # the instructor's cells it runs may read them, as kernels may
                answer = worker.request("put_files", TEMPLATE_START_TIMEOUT_S, "giving the template the data files",
                                        files=_encoded(self.launcher.data))
                if not answer.get("ok"):
                    raise EnvironmentProblem(f"the template could not store the data files: {answer.get('error')}")
            for cell in self.prefix:
                started = time.perf_counter()
                answer = worker.request("run_cell", self.config.cell_timeout(None) * 4,
                                        f"running {cell.label} in the template", code=cell.source)
                if not answer.get("ok"):
                    raise EnvironmentProblem(f"the instructor's cell {cell.label} fails in the sandbox: "
                                             f"{answer.get('error')}")
                self.cell_seconds[cell.label] = time.perf_counter() - started
        except BaseException:
            worker.kill()
            ours.close()
            self._release()
            raise
        self.worker, self.control = worker, ours

    def alive(self) -> bool:
        return self.worker is not None and self.worker.alive()

    def stop(self) -> None:
        if self.worker is not None:
            self.worker.kill()
        if self.control is not None:
            self.control.close()
        self.worker = self.control = None
        self._release()

    def _release(self) -> None:
        """Return the leased uid once none of its processes is left, in the background (a stop
        must be quick: Ctrl-C). A grader that exits first drops the lock with its descriptors;
        either way the next holder's check skips a uid with a straggler (``uid_pool.py``)."""
        lease, self._lease = self._lease, None
        if lease is not None:
            threading.Thread(target=_release_when_gone, args=(lease,), daemon=True).start()

    def matches(self, plan: list[PlannedCell]) -> bool:
        """Does this plan start with the prefix the template already ran?"""
        head = plan[: len(self.prefix)]
        return [(c.label, c.source) for c in head] == [(c.label, c.source) for c in self.prefix]

    def new_kernel(self, submission_dir: Path | None) -> "ForkedKernel":
        return ForkedKernel(self, submission_dir)

    def identity(self, timeout: float = 30.0) -> dict:
        """The template's own answer to the ``identity`` probe (see invariants.py)."""
        with self.lock:
            assert self.worker is not None
            return self.worker.request("identity", timeout, "asking the template who it is")

    def fork(self, fds: list[int], timeout: float) -> None:
        """Ask for one kernel on these pipe ends (the caller owns them).

        A template that died (it should not) is started again and checked
        again before it forks anything.
        """
        with self.lock:
            if not self.alive():
                from autograder.sandbox.invariants import verify_unprivileged

                self.stop()
                self.start()
                self.restarts += 1
                verify_unprivileged(self)
            assert self.worker is not None and self.control is not None
            socket.send_fds(self.control, [b"F"], fds)
            answer = self.worker.request("fork", timeout, "forking a kernel",
                                         limits=self.launcher.policy.kernel_limits())
        if not answer.get("ok"):
            raise WorkerProtocolError(f"the template refused to fork: {answer.get('error')}")


class ForkedKernel(Worker):
    """A student kernel forked from a template; confined before it says ``ready``."""

    def __init__(self, template: Template, submission_dir: Path | None) -> None:
        super().__init__(template.config.output_limit_bytes, template.launcher.describe())
        self.template = template
        self.submission_dir = submission_dir
        self.intermediate: int | None = None
        self.supervisor: int | None = None
        self.student: int | None = None
        self.group: CgroupLimits | None = None

    def _spawn(self, deadline: float):
        if self.template.use_cgroups:  # made now, so that placing the kernel in it is quick
            config = self.template.config
            self.group = CgroupLimits(config.memory_mb * 1024 * 1024, self.template.launcher.policy.processes,
                                      config.cpus)
        req_r, req_w = os.pipe()
        resp_r, resp_w = os.pipe()
        out_r, out_w = os.pipe()
        err_r, err_w = os.pipe()
        try:
            self.template.fork([req_r, resp_w, out_w, err_w], max(1.0, deadline - time.monotonic()))
        except BaseException:
            for fd in (req_w, resp_r, out_r, err_r):
                os.close(fd)
            raise
        finally:
            for fd in (req_r, resp_w, out_w, err_w):
                os.close(fd)
        return req_w, resp_r, os.fdopen(out_r, "rb"), os.fdopen(err_r, "rb")

    def _after_spawn(self, deadline: float) -> None:
        hello = self._read_message(deadline, "forking a kernel")
        pid = hello.get("pid")
        if hello.get("id") != "hello" or not isinstance(pid, int) or pid <= 1:
            self.kill()
            raise WorkerProtocolError(f"the forked kernel did not say hello (it answered {one_line(hello, limit=300)})")
        self.intermediate = pid
        if self.group is not None:
            self.group.add(pid)
        self.send({"op": "go"}, max(1.0, deadline - time.monotonic()), "starting the kernel")
        message = self._read_message(deadline, "starting the kernel")
        pid = message.get("pid")
        if message.get("id") != "supervisor" or not isinstance(pid, int) or pid <= 1:
            self.kill()
            raise WorkerProtocolError("the kernel's supervisor did not start "
                                      f"(it answered {one_line(message, limit=300)})")
        self.supervisor = pid

    def _after_ready(self, deadline: float) -> None:
        students = children_of(self.supervisor) if self.supervisor else []
        if len(students) != 1:
            self.kill()
            raise WorkerProtocolError("the kernel's student process could not be found")
        self.student = students[0]
        files = kernel_files(self.submission_dir, self.template.launcher.data)
        if files:
            answer = self.request("put_files", max(1.0, deadline - time.monotonic()),
                                  "giving the kernel its files", files=_encoded(files))
            if not answer.get("ok"):
                self.kill()
                raise WorkerProtocolError(f"the kernel could not store its files: {answer.get('error')}")

    def timed_pid(self) -> int | None:
        return self.student

    def alive(self) -> bool:
        if self.intermediate is None:
            return True  # not yet known: the response pipe tells
        for pid in (self.student, self.supervisor) if self.student else (self.intermediate,):
            if process_state(pid) in (None, "Z", "X"):
                return False
        return True

    def _signal(self, sig: int) -> None:
        if sig == signal.SIGINT:
            if self.student is not None:
                _kill(self.student, sig)
            return
        # PID 1 gone: the kernel kills every process of the namespace
        for pid in (self.student, self.supervisor, self.intermediate):
            if pid is not None:
                _kill(pid, sig)

    def _reap(self) -> None:
        for _ in range(2000):
            if process_state(self.supervisor) in (None, "Z", "X") and \
                    process_state(self.intermediate) in (None, "Z", "X"):
                break
            time.sleep(0.001)
        if self.group is not None:
            self.group.remove()  # kills anything left over, e.g. a kernel that never got going
            self.group = None


class ColdKernel(ForkedKernel):
    """A kernel with a template of its own (no teaching cells run), stopped with it.

    Used where the warm template does not fit (a plan that starts with the
    student's own cell); the confinement is exactly a forked kernel's.
    """

    def __init__(self, launcher, config: GradingConfig, submission_dir: Path | None) -> None:
        super().__init__(Template(launcher, config, [], warm=False), submission_dir)

    def _spawn(self, deadline: float):
        try:
            self.template.start()
        except EnvironmentProblem as exc:
            raise WorkerProtocolError(str(exc)) from exc
        return super()._spawn(deadline)

    def _reap(self) -> None:
        super()._reap()
        self.template.stop()


def _release_when_gone(lease) -> None:
    deadline = time.monotonic() + RELEASE_WAIT_S
    while lease.uid in uids_with_processes() and time.monotonic() < deadline:
        time.sleep(0.01)
    lease.release()


def _kill(pid: int, sig: int) -> None:
    try:
        os.kill(pid, sig)
    except (ProcessLookupError, PermissionError):
        pass


def _last_lines(text: str, limit: int = 1500) -> str:
    """The end of a long stderr, for a message a TA reads."""
    text = text.strip()
    return text if len(text) <= limit else "...\n" + text[-limit:]
