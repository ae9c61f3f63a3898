"""The grader's handle on one sandboxed process: a template or a student kernel.

A :class:`Worker` starts ``kernel/agent.py`` (through bubblewrap, or by
forking a template), sends it requests and reads its answers with deadlines. Everything that comes
back is parsed strictly by :mod:`autograder.kernel.wire`, within its limits
(``wire.LIMITS``): an answer that is too large, too deep or malformed fails
that one request with :class:`WorkerProtocolError` and stops the kernel (the
session starts a fresh one for the next request). The process's own
stdout and stderr are drained into bounded buffers for the student's log.

A request's timeout counts the kernel's own time: its deadline moves out by the time the
kernel's threads waited for a CPU while other processes had it (:mod:`.cpu_wait`), to at most
:data:`LOAD_ALLOWANCE` times the timeout, so that a verdict does not depend on the machine's load.

Timeouts escalate: SIGINT first (the agent answers with a KeyboardInterrupt
error and stays usable), then, after a grace period, the whole process tree
is killed and the worker is dead.
"""
from __future__ import annotations

import os
import secrets
import selectors
import signal
import subprocess
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

from autograder.common.errors import WorkerDied, WorkerProtocolError, WorkerTimeout
from autograder.kernel import wire
from autograder.sandbox.cpu_wait import run_queue_wait_s

AGENT_DIR = Path(__file__).resolve().parents[1] / "kernel"
#: placeholders a launcher may put in argv; replaced by the pipe fd numbers
REQ_FD, RESP_FD = "@AGENT_REQUEST_FD@", "@AGENT_RESPONSE_FD@"
#: how long an interrupted kernel has to answer before it is killed, s. A cooperative kernel answers
#: within milliseconds (between two bytecodes) or when the C call it is in returns; one that ignores
#: SIGINT burns a core for all of it, so it is kept short: a kernel killed instead is replayed.
INTERRUPT_GRACE_S = 2.0
#: a read shorter than this (without a newline) means a trickle: pause so the next read gets more
TRICKLE_BYTES = 4096
#: the pause, s: at most ~1000 reads a second per pipe, whatever the kernel's writes
TRICKLE_PAUSE_S = 0.001
#: answers to other requests (stale or forged) one request may skip before the channel counts as flooded
MAX_STRAY_MESSAGES = 100
#: a request's deadline moves out by what its kernel waited for a CPU, to at most this many times its
#: timeout: on 2 cores with 2 grading jobs and a test run beside them a kernel waits up to about as
#: long as it runs, and a bound keeps a hang under load from holding a job for long
LOAD_ALLOWANCE = 3.0


class BoundedBuffer:
    """Keeps the first ``limit`` bytes written to it and counts the rest."""

    def __init__(self, limit: int) -> None:
        self.limit = limit
        self.chunks: list[bytes] = []
        self.kept = 0
        self.dropped = 0
        self.lock = threading.Lock()

    def write(self, data: bytes) -> None:
        with self.lock:
            room = self.limit - self.kept
            if room > 0:
                self.chunks.append(data[:room])
                self.kept += min(room, len(data))
            self.dropped += max(0, len(data) - max(room, 0))

    def text(self) -> str:
        with self.lock:
            body = b"".join(self.chunks).decode("utf-8", "replace")
            if self.dropped:
                body += f"\n[... {self.dropped} more bytes not kept]"
            return body


def _drain(stream, buffer: BoundedBuffer) -> None:
    try:
        while True:
            chunk = stream.read1(65536) if hasattr(stream, "read1") else stream.read(65536)
            if not chunk:
                return
            buffer.write(chunk)
            if len(chunk) < TRICKLE_BYTES:
                # Output written a byte at a time would wake this thread once per byte;
                # a pause lets the pipe gather it, so tiny writes cost the grader little.
                time.sleep(TRICKLE_PAUSE_S)
    except (OSError, ValueError):
        return


@dataclass
class LaunchSpec:
    """How to start one sandboxed process: argv, environment and working directory."""

    argv: list[str]
    env: dict[str, str]
    cwd: str
    #: called after the process has ended, to release resources
    cleanup: list = field(default_factory=list)
    #: human-readable description of the limits in force
    limits: str = ""
    #: extra descriptors the process inherits (e.g. a template's control socket)
    pass_fds: tuple = ()


class Worker:
    """One running kernel, as the grader sees it: pipes, a pid, and deadlines.

    Subclasses say how the process comes to be (:meth:`_spawn`), how to tell
    whether it lives, and how to signal and kill it.

    Parameters
    ----------
    output_limit : int
        Bytes of stdout and of stderr kept for the log.
    """

    def __init__(self, output_limit: int = 1 << 20, limits: str = "") -> None:
        self.stdout = BoundedBuffer(output_limit)
        self.stderr = BoundedBuffer(output_limit)
        self.limits = limits
        self._pending = bytearray()  # bytes received after the last full line
        self._req = self._resp = -1
        self.dead = False
        self.started = False
        self.status_text = "no exit status"
        self.agent_pid: int | None = None
        #: (start, timeout, CPU wait at the start) of the request in flight, for load_extended
        self._clock: tuple[float, float, float] | None = None

    # -------------------------------------------------- subclass interface
    def _spawn(self, deadline: float) -> tuple[int, int, object, object]:
        """Start the kernel; return (request fd, response fd, stdout, stderr)."""
        raise NotImplementedError

    def alive(self) -> bool:
        raise NotImplementedError

    def _signal(self, sig: int) -> None:
        raise NotImplementedError

    def _reap(self) -> None:
        """Kill everything the kernel started and release its resources."""

    def timed_pid(self) -> int | None:
        """Host pid of the process whose threads run the requests (None: deadlines stay wall time)."""
        return None

    def cpu_wait_s(self) -> float:
        """Seconds the kernel's threads have waited, runnable, for a CPU (:mod:`.cpu_wait`)."""
        return run_queue_wait_s(self.timed_pid())

    def load_extended(self, deadline: float) -> float | None:
        """A later deadline for the request in flight, when its kernel waited for a CPU; else None.

        The request may take ``timeout`` seconds of its own plus whatever its kernel waited, to at
        most ``LOAD_ALLOWANCE * timeout`` of wall time.
        """
        if self._clock is None:
            return None
        start, timeout, waited = self._clock
        own = start + timeout + max(0.0, self.cpu_wait_s() - waited)
        later = min(own, start + LOAD_ALLOWANCE * timeout)
        return later if later > max(deadline, time.monotonic()) + 0.01 else None

    # ----------------------------------------------------------- lifecycle
    def start(self, timeout: float) -> None:
        """Start the kernel and wait for the agent's ready message."""
        deadline = time.monotonic() + timeout
        self._req, self._resp, out, err = self._spawn(deadline)
        self.started = True
        os.set_blocking(self._resp, False)
        for stream, buffer in ((out, self.stdout), (err, self.stderr)):
            threading.Thread(target=_drain, args=(stream, buffer), daemon=True).start()
        self._after_spawn(deadline)
        ready = self._read_message(deadline, "starting the kernel")
        self.agent_pid = ready.get("pid") if isinstance(ready.get("pid"), int) else None
        if ready.get("id") != "ready":
            self.kill()
            raise WorkerProtocolError("the kernel did not start cleanly")
        self._after_ready(deadline)

    def _after_spawn(self, deadline: float) -> None:
        """Hook between spawning and the ready message (e.g. cgroup placement)."""

    def _after_ready(self, deadline: float) -> None:
        """Hook after the ready message (e.g. handing over the submission's files)."""

    def kill(self) -> None:
        """Kill the kernel and everything it started; idempotent."""
        if self.dead and self._req < 0:
            return
        self.dead = True
        try:
            self._signal(signal.SIGKILL)
        except (ProcessLookupError, PermissionError):
            pass
        self._reap()
        for fd in (self._req, self._resp):
            if fd >= 0:
                try:
                    os.close(fd)
                except OSError:
                    pass
        self._req = self._resp = -1


    def interrupt(self) -> None:
        """SIGINT: a KeyboardInterrupt in the student's code."""
        if self.alive():
            try:
                self._signal(signal.SIGINT)
            except ProcessLookupError:
                pass

    def exit_reason(self) -> str:
        return self.status_text

    # ------------------------------------------------------------ requests
    def request(self, op: str, timeout: float, what: str, **fields) -> dict:
        """Send one request and return the agent's answer.

        Parameters
        ----------
        op : str
            ``run_cell`` or ``call`` (or ``fork`` to a zygote).
        timeout : float
            Seconds before the kernel is interrupted, then killed.
        what : str
            Words for messages ("calling fit_counts").

        Raises
        ------
        WorkerTimeout, WorkerDied, WorkerProtocolError
        """
        if self.dead or not self.started:
            raise WorkerDied(f"{what}: the kernel is not running")
        request_id = secrets.token_hex(16)
        message = dict(fields, id=request_id, op=op)
        start = time.monotonic()
        deadline = start + timeout
        self._clock = (start, timeout, self.cpu_wait_s())
        try:
            self._write(wire.dumps(message), deadline, what)
            return self._await(request_id, deadline, what)
        except WorkerTimeout:
            self._clock = None
            # Interrupt first: a cooperative kernel answers with an error and lives on.
            self.interrupt()
            try:
                self._await(request_id, time.monotonic() + INTERRUPT_GRACE_S, what)
            except (WorkerTimeout, WorkerDied, WorkerProtocolError):
                self.kill()
                raise WorkerTimeout(f"{what} did not finish within {timeout:.0f} s; "
                                    "the kernel was killed") from None
            raise WorkerTimeout(f"{what} did not finish within {timeout:.0f} s "
                                "and was interrupted") from None
        finally:
            self._clock = None

    def send(self, message: dict, timeout: float, what: str) -> None:
        """Write one message without waiting for an answer."""
        self._write(wire.dumps(message), time.monotonic() + timeout, what)

    def _await(self, request_id: str, deadline: float, what: str) -> dict:
        for _ in range(MAX_STRAY_MESSAGES + 1):
            answer = self._read_message(deadline, what)
            if answer.get("id") == request_id:
                return answer
            # Anything else on the channel (stale or forged) is ignored, up to a point.
        self.kill()
        raise WorkerProtocolError(f"{what}: the kernel sent more than {MAX_STRAY_MESSAGES} answers to "
                                  "other requests; the kernel was stopped")

    def _write(self, payload: bytes, deadline: float, what: str) -> None:
        view = memoryview(payload)
        os.set_blocking(self._req, False)
        with selectors.DefaultSelector() as sel:
            sel.register(self._req, selectors.EVENT_WRITE)
            while view:
                remaining = deadline - time.monotonic()
                if remaining <= 0:
                    deadline = self.load_extended(deadline) or deadline
                    if deadline <= time.monotonic():
                        raise WorkerTimeout(f"{what}: the kernel stopped reading requests")
                    continue
                if not sel.select(remaining):
                    continue
                try:
                    sent = os.write(self._req, view)
                except BrokenPipeError:
                    self._died()
                    raise WorkerDied(f"{what}: the kernel exited ({self.exit_reason()})") from None
                view = view[sent:]

    def _read_message(self, deadline: float, what: str) -> dict:
        """The next line from the kernel, parsed within ``wire.LIMITS``.

        Reading stops at the size limit, so a line without an end costs at
        most that much memory; chunks are appended to a bytearray and only the
        new bytes are searched for the newline, so many small chunks cost
        linear, not quadratic, time.
        """
        limit = wire.LIMITS.message_bytes
        end = self._pending.find(b"\n")
        with selectors.DefaultSelector() as sel:
            sel.register(self._resp, selectors.EVENT_READ)
            while end < 0:
                if len(self._pending) > limit:
                    self.kill()
                    raise WorkerProtocolError(f"{what}: the kernel's answer could not be read (too large: more "
                                              f"than {limit} bytes without an end of line); the kernel was stopped")
                remaining = deadline - time.monotonic()
                if remaining <= 0:
                    deadline = self.load_extended(deadline) or deadline
                    if deadline <= time.monotonic():
                        raise WorkerTimeout(f"{what} timed out")
                    continue
                if not sel.select(min(remaining, 0.5)):
                    if not self.alive():
                        self._died()
                        raise WorkerDied(f"{what}: the kernel exited ({self.exit_reason()})")
                    continue
                try:
                    chunk = os.read(self._resp, 1 << 20)
                except BlockingIOError:
                    continue
                if not chunk:
                    self._died()
                    raise WorkerDied(f"{what}: the kernel exited ({self.exit_reason()})")
                searched = len(self._pending)
                self._pending += chunk
                end = self._pending.find(b"\n", searched)
                if end < 0 and len(chunk) < TRICKLE_BYTES:
                    time.sleep(TRICKLE_PAUSE_S)  # a trickle: let the pipe gather more per read
        with memoryview(self._pending) as view:
            line = view[:end].tobytes()
            rest = bytearray(view[end + 1:])
        self._pending = rest
        return self._parse(line, what)

    def _parse(self, line: bytes, what: str) -> dict:
        """One answer line as a message; anything unreadable stops the kernel.

        Raises
        ------
        WorkerProtocolError
            Whatever went wrong (``wire.WireError`` says too large, too deep
            or malformed; anything else Python raises counts as malformed).
        """
        try:
            return wire.loads(line)
        except Exception as exc:  # noqa: BLE001 - loads maps errors to WireError; this is the last guard
            # The kernel no longer follows the protocol (its agent may be patched): do not trust
            # what else it says. The session starts a fresh kernel for the next request.
            self.kill()
            reason = str(exc) if isinstance(exc, wire.WireError) else f"malformed: {type(exc).__name__}"
            raise WorkerProtocolError(f"{what}: the kernel's answer could not be read ({reason}); "
                                      "the kernel was stopped") from exc

    def _died(self) -> None:
        self._record_status()
        self.kill()

    def _record_status(self) -> None:
        """Note how the kernel ended, where that is knowable."""


def _status_words(status: int | None) -> str:
    if status is None:
        return "no exit status"
    if status < 0:
        try:
            return f"killed by {signal.Signals(-status).name}"
        except ValueError:
            return f"killed by signal {-status}"
    return f"exit status {status}"


#: bubblewrap's ``--die-with-parent`` (``PR_SET_PDEATHSIG``) fires when the *thread*
#: that started it ends, not the process: a template started from a short-lived
#: thread would be killed with that thread. Every sandboxed process is therefore
#: started from this one thread, which lives as long as the grader.
_SPAWNER = ThreadPoolExecutor(max_workers=1, thread_name_prefix="process-spawner")


def spawn(*args, **kwargs) -> subprocess.Popen:
    """``subprocess.Popen(*args, **kwargs)``, started from the long-lived spawner thread."""
    return _SPAWNER.submit(subprocess.Popen, *args, **kwargs).result()




class PopenWorker(Worker):
    """A process started by the grader: a template in its sandbox, or an unconfined kernel."""

    def __init__(self, spec: LaunchSpec, output_limit: int = 1 << 20) -> None:
        super().__init__(output_limit, spec.limits)
        self.spec = spec
        self.proc: subprocess.Popen | None = None

    def _spawn(self, deadline: float):
        req_r, req_w = os.pipe()
        resp_r, resp_w = os.pipe()
        fill = {REQ_FD: str(req_r), RESP_FD: str(resp_w)}
        argv = [fill.get(word, word) for word in self.spec.argv]
        env = {k: fill.get(v, v) for k, v in self.spec.env.items()}
        env["AGENT_REQUEST_FD"], env["AGENT_RESPONSE_FD"] = str(req_r), str(resp_w)
        try:
            self.proc = spawn(
                argv, env=env, cwd=self.spec.cwd, stdin=subprocess.DEVNULL,
                stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                pass_fds=(req_r, resp_w, *self.spec.pass_fds), start_new_session=True)
        finally:
            os.close(req_r)
            os.close(resp_w)
        return req_w, resp_r, self.proc.stdout, self.proc.stderr

    def alive(self) -> bool:
        return self.proc is not None and self.proc.poll() is None

    def timed_pid(self) -> int | None:
        return self.agent_pid  # the agent reports its host pid: a template shares the host's numbering

    def _signal(self, sig: int) -> None:
        if self.proc is None:
            return
        if sig == signal.SIGINT:
            self.proc.send_signal(sig)
            return
        try:
            os.killpg(self.proc.pid, sig)
        except (ProcessLookupError, PermissionError):
            self.proc.send_signal(sig)

    def _reap(self) -> None:
        if self.proc is not None:
            try:
                self.proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                pass
        for hook in self.spec.cleanup:
            hook()
        self.spec.cleanup = []

    def _record_status(self) -> None:
        if self.proc is not None:
            try:
                self.proc.wait(timeout=2)
            except subprocess.TimeoutExpired:
                return
            self.status_text = _status_words(self.proc.returncode)
