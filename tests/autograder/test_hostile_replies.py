"""Hostile kernel replies cost the call that received them, never the grader or other checks.

Student code can write any bytes to the agent's response pipe. The grader's read path
(``Worker._read_message``) and decoder (``wire.decode``) must refuse what is too large, too deep
or malformed, cheaply and in bounded memory; the session turns the refusal into a failed check
with the reason, and the student's other checks keep their marks.

The first tests feed bytes from a real pipe (a child process writes them) to the real read path;
the session tests run real checks against a stand-in kernel that answers through that path; the
last test grades a whole notebook through the sandbox.
"""
from __future__ import annotations

import os
import subprocess
import sys
import time
import tracemalloc

import numpy as np
import pytest

from autograder.grading.checking import Check, CheckFailed, run_checks
from autograder.common.config import GradingConfig
from autograder.common.errors import WorkerProtocolError
from autograder.kernel import wire
from autograder.sandbox.worker import MAX_STRAY_MESSAGES, Worker
from autograder.course.secret import CourseSecret
from autograder.grading.session import KernelSession
from stand_in_kernel import ScriptedKernel

LIMIT = wire.LIMITS.message_bytes
MiB = 1024 * 1024

# A child that writes one payload to its stdout (``mode`` picks it), optionally in small chunks.
WRITER = r'''
import base64, os, sys, time
mode, chunk = sys.argv[1], int(sys.argv[2])
answer = lambda value: b'{"id":"want","ok":true,"value":' + value + b'}\n'
if mode == "deep":
    data = b"[" * 200_000 + b"\n"
elif mode == "lists":
    data = answer(b"[[]" + b",[]" * (21 * 1024 * 1024) + b"]")
elif mode == "endless":
    data = b"7" * (100 * 1024 * 1024)
elif mode == "array":
    raw = bytes(range(256)) * 4096
    data = answer(b'{"t":"ndarray","dtype":"|u1","shape":[%d],"data":"%s"}' % (len(raw), base64.b64encode(raw)))
elif mode == "strays":
    data = b'{"id":"stale","ok":true}\n' * 1000 + answer(b"1")
elif mode == "two":
    data = answer(b"1") + answer(b"2")
view = memoryview(data)
try:
    while view:
        view = view[os.write(1, view[:chunk]):]
except OSError:
    pass
time.sleep(60)
'''


class PipeWorker(Worker):
    """The grader's side of a kernel whose answers come from a child process's stdout."""

    def __init__(self, mode: str, chunk: int = 1 << 30) -> None:
        super().__init__()
        self.proc = subprocess.Popen([sys.executable, "-c", WRITER, mode, str(chunk)], stdout=subprocess.PIPE)
        self._resp = self.proc.stdout.fileno()
        os.set_blocking(self._resp, False)
        self.started = True

    def alive(self) -> bool:
        return self.proc.poll() is None

    def _signal(self, sig: int) -> None:
        self.proc.kill()

    def _reap(self) -> None:
        self.proc.wait()
        self.proc.stdout.close()
        self._resp = -1  # closed with the stream just above

    def read(self) -> dict:
        return self._await("want", time.monotonic() + 120, "calling f")


@pytest.fixture
def pipe_worker():
    workers: list[PipeWorker] = []

    def make(mode: str, chunk: int = 1 << 30) -> PipeWorker:
        workers.append(PipeWorker(mode, chunk))
        return workers[-1]

    yield make
    for worker in workers:
        worker.kill()


def peak_traced_bytes(func) -> tuple[object, int]:
    """``func()`` (or the exception it raised) and the peak of Python allocations while it ran."""
    tracemalloc.start()
    try:
        try:
            outcome: object = func()
        except Exception as exc:  # noqa: BLE001 - the outcome is what the test looks at
            outcome = exc
        return outcome, tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


# ------------------------------------------------------------ the read path
def test_two_hundred_thousand_nested_brackets_are_a_protocol_error(pipe_worker):
    worker = pipe_worker("deep")
    with pytest.raises(WorkerProtocolError, match="could not be read .*too (large|deep)"):
        worker.read()


def test_a_kernel_that_sent_an_unreadable_answer_is_stopped(pipe_worker):
    worker = pipe_worker("deep")
    with pytest.raises(WorkerProtocolError):
        worker.read()
    assert worker.dead and worker.proc.poll() is not None


def test_sixty_three_mib_of_empty_lists_are_refused_in_bounded_memory(pipe_worker):
    worker = pipe_worker("lists")
    outcome, peak = peak_traced_bytes(worker.read)
    assert isinstance(outcome, WorkerProtocolError) and "too large" in str(outcome)
    # main parsed it: 3.4 GiB and more. The bound: the line limit, and room for one chunk and a copy.
    assert peak < 3 * LIMIT, f"{peak / MiB:.0f} MiB"


def test_an_answer_without_an_end_is_refused_at_the_size_limit_in_bounded_memory(pipe_worker):
    worker = pipe_worker("endless")
    outcome, peak = peak_traced_bytes(worker.read)
    assert isinstance(outcome, WorkerProtocolError) and f"too large: more than {LIMIT} bytes" in str(outcome)
    assert peak < 3 * LIMIT, f"{peak / MiB:.0f} MiB"


def test_an_answer_arriving_in_many_tiny_chunks_is_read_whole(pipe_worker):
    # 1.4 MB in 7-byte writes: about 200,000 chunks, read well within the deadline
    worker = pipe_worker("array", chunk=7)
    value = wire.decode(worker.read()["value"])
    assert np.array_equal(value, np.frombuffer(bytes(range(256)) * 4096, dtype=np.uint8))


def test_two_answers_in_one_read_are_both_kept(pipe_worker):
    worker = pipe_worker("two")
    assert worker.read()["value"] == 1
    assert worker.read()["value"] == 2


def test_a_flood_of_answers_to_other_requests_is_a_protocol_error(pipe_worker):
    worker = pipe_worker("strays")
    with pytest.raises(WorkerProtocolError, match=f"more than {MAX_STRAY_MESSAGES} answers to other requests"):
        worker.read()


# ------------------------------------------------------------ the session
def honest(request: dict, value=42) -> bytes:
    return wire.dumps({"id": request["id"], "ok": True, "value": wire.encode(value)})


def graded(reply_for: dict) -> tuple[list, int]:
    """Run one check per function of ``reply_for`` ({func: reply(request) -> bytes}); (results, kernels started)."""
    kernels: list[ScriptedKernel] = []

    def new_kernel() -> ScriptedKernel:
        kernels.append(ScriptedKernel(lambda request: reply_for[request["func"]](request)))
        return kernels[-1]

    def calling(func: str):
        def body(student) -> None:
            if student.call(func) != 42:
                raise CheckFailed(f"{func} did not return 42")
        body.__name__ = func
        return body

    checks = [Check(f"ex{k}", func, 1.0, func, calling(func)) for k, func in enumerate(reply_for, start=1)]
    config = GradingConfig()
    session = KernelSession([], new_kernel, config)
    try:
        session.run_plan()
        results = run_checks(checks, session, config, CourseSecret(b"hostile replies test secret"))
    finally:
        session.close()
    return results, len(kernels)


def test_a_hostile_reply_fails_only_the_check_that_made_the_call():
    results, _ = graded({"hostile": lambda request: b"[" * 200_000 + b"\n", "first": honest, "second": honest})
    assert [r.passed for r in results] == [False, True, True]
    assert results[0].kind == "protocol"
    assert "the kernel's answer could not be read (too large" in results[0].message


def test_after_a_hostile_reply_the_next_call_gets_a_fresh_kernel():
    _, started = graded({"hostile": lambda request: b"[" * 200_000 + b"\n", "after": honest})
    assert started == 2


def test_an_unreadable_value_fails_its_check_and_keeps_the_kernel():
    bad = {"t": "complex", "re": [1], "im": 0}
    results, started = graded({"odd": lambda r: wire.dumps({"id": r["id"], "ok": True, "value": bad}),
                               "next": honest})
    assert [r.passed for r in results] == [False, True] and results[0].kind == "protocol"
    assert "cannot read" in results[0].message and started == 1


def test_a_value_too_large_to_send_is_reported_as_such():
    def refused(request: dict) -> bytes:
        return wire.dumps({"id": request["id"], "ok": False,
                           "error": {"type": "WireLimit", "message": "the value is too large: 60000 brackets"}})

    results, _ = graded({"huge": refused})
    assert results[0].kind == "protocol"
    assert "returned a value too large for the grader to read" in results[0].message


def test_an_error_report_that_is_not_an_object_still_fails_its_check_in_one_line():
    results, _ = graded({"odd": lambda r: wire.dumps({"id": r["id"], "ok": False, "error": ["x\ny"] * 3}),
                         "next": honest})
    assert [r.passed for r in results] == [False, True]
    assert results[0].kind == "exception" and "\n" not in results[0].message


@pytest.fixture
def agent(monkeypatch):
    """``kernel/agent.py`` imported as the sandbox runs it, beside its own copy of ``wire.py``."""
    import importlib

    for name in ("OMP_NUM_THREADS", "MKL_NUM_THREADS", "OPENBLAS_NUM_THREADS", "NUMEXPR_NUM_THREADS",
                 "MPLBACKEND"):  # the agent sets these for its kernel: keep them out of this process
        monkeypatch.setenv(name, "1")
        monkeypatch.delenv(name)
    monkeypatch.setattr(sys, "path", [os.path.dirname(wire.__file__), *sys.path])
    for name in ("agent", "wire"):
        monkeypatch.delitem(sys.modules, name, raising=False)
    module = importlib.import_module("agent")
    yield module
    for name in ("agent", "wire"):
        sys.modules.pop(name, None)


def test_the_agent_reports_an_honest_value_beyond_the_limits_instead_of_sending_it(agent, monkeypatch):
    big = {f"k{i}": i for i in range(wire.LIMITS.separators)}
    monkeypatch.setitem(agent.HANDLERS, "call", lambda shell, request: {"ok": True, "value": wire.encode(big)})
    request_r, request_w = os.pipe()
    answer_r, answer_w = os.pipe()
    os.write(request_w, wire.dumps({"id": "r1", "op": "call"}))
    os.close(request_w)
    with os.fdopen(request_r, "rb") as requests, os.fdopen(answer_w, "wb", buffering=0) as responses:
        agent.serve_channels(None, requests, responses, template=None)
    with os.fdopen(answer_r, "rb") as answers:
        ready, answer = (wire.loads(line.rstrip(b"\n")) for line in answers.read().splitlines(keepends=True))
    assert answer["ok"] is False and answer["error"]["type"] == "WireLimit"
    assert "too large" in answer["error"]["message"]


# ------------------------------------------------------------ a whole notebook
HOSTILE_DEEP = '''

_honest_irls_logistic = irls_logistic
def irls_logistic(X, y, max_iter=25, tol=1e-8):
    import sys
    # the agent's own copy of the wire format: from now on every answer it sends is 200,000 "["
    sys.modules["wire"].dumps = lambda message: b"[" * 200_000 + b"\\n"
    return _honest_irls_logistic(X, y, max_iter=max_iter, tol=tol)
'''

HOSTILE_LISTS = '''

_honest_irls_logistic = irls_logistic
def irls_logistic(X, y, max_iter=25, tol=1e-8):
    import gc, io
    # 63 MiB of [[],[],...] straight onto the agent's response pipe, before the agent's own answer
    for handle in gc.get_objects():
        if isinstance(handle, io.FileIO) and handle.mode == "wb" and not handle.closed and handle.fileno() > 2:
            try:
                handle.write(b"[[]" + b",[]" * (21 * 1024 * 1024) + b"]\\n")
            except OSError:
                pass
    return _honest_irls_logistic(X, y, max_iter=max_iter, tol=tol)
'''


@pytest.mark.slow
@pytest.mark.parametrize("attack", [HOSTILE_DEEP, HOSTILE_LISTS], ids=["patched-agent-deep", "raw-63MiB-lists"])
def test_a_notebook_whose_exercise_1_answers_with_hostile_bytes_keeps_its_other_marks(
        instructor_kernels, tmp_path, attack):
    import nbformat

    from genomics import EXERCISES, instructor_solution
    from genomics import load_checks
    from autograder.course.demo import notebook_with
    from autograder.grading.submission import grade_notebook

    source, kernels, config = instructor_kernels
    solutions = {ex: instructor_solution(ex) for ex in EXERCISES}
    solutions["ex1_irls_logistic"] += attack
    path = tmp_path / "genomics_applications.ipynb"
    nbformat.write(notebook_with(source, solutions), path)
    result = grade_notebook("hostile", path, source, load_checks(), kernels, config,
                            CourseSecret(b"hostile replies test secret"))
    assert result.status == "graded", result.error
    for exercise in EXERCISES[1:]:
        assert result.exercises[exercise]["score"] == result.exercises[exercise]["max_score"], \
            [c.message for c in result.checks if c.exercise == exercise and not c.passed]
    ex1 = [c for c in result.checks if c.exercise == "ex1_irls_logistic"]
    assert result.exercises["ex1_irls_logistic"]["score"] == 0.0
    assert all(c.kind == "protocol" and "could not be read" in c.message for c in ex1), [c.message for c in ex1]
