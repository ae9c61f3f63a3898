"""One student's code, running in a kernel that survives hangs and crashes.

A :class:`KernelSession` executes a submission's execution plan, then answers
the hidden checks' calls. When a cell or a call hangs or kills the kernel, the
session notes why, and the next call starts a fresh kernel and replays the
plan (without the cells that hung or crashed before), so later checks and
later exercises are still graded.
"""
from __future__ import annotations

import time
from dataclasses import dataclass, field
from typing import Any, Callable

from autograder.config import GradingConfig
from autograder.errors import WorkerError
from autograder.kernel import wire
from autograder.notebooks import PlannedCell
from autograder.sandbox.worker import Worker


class StudentError(Exception):
    """A call into the student's code did not return a value.

    Attributes
    ----------
    kind : str
        ``exception``, ``timeout``, ``crash`` or ``protocol``.
    """

    def __init__(self, kind: str, message: str) -> None:
        super().__init__(message)
        self.kind = kind


@dataclass
class CellOutcome:
    label: str
    owner: str
    status: str  # ok | error | timeout | crash | skipped
    seconds: float
    message: str = ""


@dataclass
class SessionLog:
    """What happened, in order, for the student's log."""

    lines: list[str] = field(default_factory=list)

    def add(self, text: str) -> None:
        self.lines.append(text)


class KernelSession:
    """Runs one plan in a (restartable) sandboxed kernel.

    Parameters
    ----------
    plan : list of PlannedCell
    new_kernel : callable
        ``new_kernel() -> Worker`` (not started): a fresh sandboxed kernel.
    config : GradingConfig
    cell_budget : dict, optional
        Instructor's seconds per cell label, for cell time limits.

    preloaded : int
        The first ``preloaded`` cells of the plan have already run in every
        new kernel (a zygote ran them before forking).
    """

    def __init__(self, plan: list[PlannedCell], new_kernel: Callable[[], Worker],
                 config: GradingConfig, cell_budget: dict[str, float] | None = None,
                 preloaded: int = 0) -> None:
        self.plan = plan
        self.new_kernel = new_kernel
        self.preloaded = preloaded
        self.config = config
        self.cell_budget = cell_budget or {}
        self.log = SessionLog()
        self.outcomes: list[CellOutcome] = []
        self.poisoned: set[int] = set()  # plan indices that hung or crashed a kernel
        self.recorded: set[int] = set()
        self.worker: Worker | None = None
        self.stdout_parts: list[str] = []
        self.stderr_parts: list[str] = []

    # ------------------------------------------------------------ kernel
    def _start_kernel(self) -> Worker:
        worker = self.new_kernel()
        if worker.limits and not self.log.lines:
            self.log.add(f"kernel limits: {worker.limits}")
        try:
            worker.start(self.config.start_timeout_s)
        except WorkerError as exc:
            self._collect_output(worker)
            worker.kill()
            raise StudentError(exc.kind, f"the kernel did not start: {exc}") from exc
        return worker

    def _collect_output(self, worker: Worker) -> None:
        out, err = worker.stdout.text(), worker.stderr.text()
        if out:
            self.stdout_parts.append(out)
        if err:
            self.stderr_parts.append(err)

    def _retire(self) -> None:
        if self.worker is not None:
            self.worker.kill()
            self._collect_output(self.worker)
            self.worker = None

    def close(self) -> None:
        self._retire()

    def run_plan(self) -> None:
        """Execute the plan in a fresh kernel, skipping poisoned cells.

        When a cell hangs or kills the kernel, it is poisoned and the plan
        starts over in a new kernel, so every later cell runs with the state
        the earlier ones built.
        """
        while True:
            self._retire()
            self.worker = self._start_kernel()
            if not self._run_cells():
                return

    def _run_cells(self) -> bool:
        """One pass over the plan; True when a kernel died and a new pass is due."""
        for index, cell in enumerate(self.plan):
            if index < self.preloaded:
                self._record(index, CellOutcome(cell.label, cell.owner, "ok", 0.0,
                                                "run once for the class, before forking"))
                continue
            if index in self.poisoned:
                self._record(index, CellOutcome(cell.label, cell.owner, "skipped", 0.0,
                                                "skipped: it hung or crashed the kernel before"))
                continue
            assert self.worker is not None
            timeout = self.config.cell_timeout(self.cell_budget.get(cell.label))
            started = time.perf_counter()
            try:
                answer = self.worker.request("run_cell", timeout, f"running {cell.label}",
                                             code=cell.source)
            except WorkerError as exc:
                elapsed = time.perf_counter() - started
                if self.worker.dead:
                    self.poisoned.add(index)
                    self._record(index, CellOutcome(cell.label, cell.owner, exc.kind, elapsed, str(exc)))
                    self._retire()
                    self.log.add(f"restarting the kernel and replaying the cells before {cell.label}")
                    return True
                self._record(index, CellOutcome(cell.label, cell.owner, exc.kind, elapsed, str(exc)))
                continue
            elapsed = time.perf_counter() - started
            if answer.get("ok"):
                self._record(index, CellOutcome(cell.label, cell.owner, "ok", elapsed))
            else:
                self._record(index, CellOutcome(cell.label, cell.owner, "error", elapsed,
                                                _one_line(answer.get("error") or {})))
        return False

    def _record(self, index: int, outcome: CellOutcome) -> None:
        """Keep the first outcome of each cell; replays are not news."""
        if index in self.recorded:
            return
        self.recorded.add(index)
        self.outcomes.append(outcome)
        self.log.add(f"cell {outcome.label}: {outcome.status} in {outcome.seconds:.2f} s"
                     + (f" — {outcome.message}" if outcome.message else ""))

    # ------------------------------------------------------------- calls
    def call(self, func: str, *args: Any, timeout: float, summarize: str | None = None,
             global_seed: int | None = None, **kwargs: Any) -> Any:
        """Call a function the student defined, and decode what it returned.

        Raises
        ------
        StudentError
            When the call raised, hung, crashed the kernel or returned
            something unreadable.
        """
        if self.worker is None:
            self.log.add(f"restarting the kernel to call {func}")
            self.run_plan()
        assert self.worker is not None
        fields = {"func": func, "args": wire.encode(list(args)), "kwargs": wire.encode(kwargs),
                  "summarize": summarize, "global_seed": global_seed}
        try:
            answer = self.worker.request("call", timeout, f"{func}(...)", **fields)
        except WorkerError as exc:
            if self.worker.dead:
                self._retire()
            raise StudentError(exc.kind, str(exc)) from exc
        if not answer.get("ok"):
            raise StudentError("exception", f"{func} raised {_one_line(answer.get('error') or {})}")
        try:
            return wire.decode(answer.get("value"), extra=wire.decode_returned)
        except wire.WireError as exc:
            raise StudentError("protocol", f"{func} returned a value the grader cannot read ({exc})") from exc

    def output_text(self) -> tuple[str, str]:
        """Everything the kernels printed; call after :meth:`close`."""
        return "\n".join(self.stdout_parts), "\n".join(self.stderr_parts)


def _one_line(error: dict) -> str:
    kind = str(error.get("type", "Error"))[:100]
    message = " ".join(str(error.get("message", "")).split())[:300]
    return f"{kind}: {message}" if message else kind
