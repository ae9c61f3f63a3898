"""One student's code, running in a kernel that survives hangs and crashes.

A :class:`KernelSession` executes a submission's execution plan, then answers
the hidden checks' calls. When a cell or a call hangs or kills the kernel, the
session notes why, and the next call starts a fresh kernel and replays the
plan (without the cells that hung or crashed before), so later checks and
later exercises are still graded.
"""
from __future__ import annotations

import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any, Callable

import numpy as np

from autograder.common.config import GradingConfig
from autograder.common.errors import WorkerError, WorkerTimeout
from autograder.outputs.feedback.tracebacks import student_traceback
from autograder.kernel import wire
from autograder.grading.notebooks import PlannedCell
from autograder.grading.raised import Locator
from autograder.sandbox.worker import Worker

#: the error type the agent reports for a returned value beyond ``wire.LIMITS``
WIRE_LIMIT_ERROR = "WireLimit"
#: tries to start one kernel whose start-up breaks off before it is ready (see ``_start_kernel``)
START_ATTEMPTS = 3
#: seconds a new side kernel has to present another machine (the agent answers within milliseconds)
MACHINE_TIMEOUT_S = 10.0


class StudentError(Exception):
    """A call into the student's code did not return a value.

    Attributes
    ----------
    kind : str
        ``exception``, ``timeout``, ``crash``, ``protocol`` or ``budget`` (the
        notebook spent its whole budget: the call was not made).
    """

    def __init__(self, kind: str, message: str, raised: str = "") -> None:
        super().__init__(message)
        self.kind = kind
        #: the type the student's code raised (``NotImplementedError``), "" for any other failure
        self.raised = raised
        #: what raised it and where, the same sentence in every check that meets this exception
        self.raised_text = message if raised else ""

    def within(self, context: str) -> "StudentError":
        """The same error, said as met in ``context`` (``on a tall rank-deficient matrix``)."""
        error = StudentError(self.kind, f"{context}: {self}", self.raised)
        error.raised_text = self.raised_text
        return error


@dataclass
class CellOutcome:
    label: str
    owner: str
    status: str  # ok | error | timeout | crash | skipped
    seconds: float
    message: str = ""
    #: for a cell that raised: its own traceback lines (no grader frames), for the feedback
    traceback: str = ""


@dataclass
class SessionLog:
    """What happened, in order, for the student's log."""

    lines: list[str] = field(default_factory=list)

    def add(self, text: str) -> None:
        self.lines.append(text)


def _repeated_arrays(entries: list[dict]):
    """The plain arrays that two or more calls of one request take as a whole argument, and a map
    from an argument to what is sent for it: a :class:`wire.CopyArg` for one of them (decoded once
    in the kernel, a fresh copy per call), the argument itself otherwise.

    An array of a thousand trials' calls (the same design matrix) then travels and is decoded once
    instead of a thousand times; every call still gets an array of its own, as when sent in full.
    """
    seen: dict[int, tuple[np.ndarray, int]] = {}  # id -> (the array, how many times it is taken)
    for entry in entries:
        if "func" in entry:
            for value in [*entry.get("args", ()), *dict(entry.get("kwargs", {})).values()]:
                if type(value) is np.ndarray and value.dtype.str in wire.ALLOWED_DTYPES:
                    seen[id(value)] = (value, seen.get(id(value), (value, 0))[1] + 1)
    hoisted = [value for value, n in seen.values() if n > 1]
    index = {id(value): k for k, value in enumerate(hoisted)}

    def as_copy(value):
        return wire.CopyArg(index[id(value)]) if type(value) is np.ndarray and id(value) in index else value
    return hoisted, as_copy


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
    wall_budget_s : float, optional
        Wall seconds the whole notebook may cost: cells, restarts and calls
        together. The notebook, not the grader, decides how many cells and
        restarts it causes, so only a total bounds it; once spent, remaining
        cells are skipped and remaining calls fail with kind ``budget``.
        None: no total bound (the instructor's calibration run).
    exercises : sequence of str, optional
        Every exercise of the assignment in notebook order: what a student's cell is numbered by in
        messages ("your exercise 2 cell"); None: the plan's own exercises.
    """

    def __init__(self, plan: list[PlannedCell], new_kernel: Callable[[], Worker],
                 config: GradingConfig, cell_budget: dict[str, float] | None = None,
                 preloaded: int = 0, wall_budget_s: float | None = None,
                 exercises: Sequence[str] | None = None) -> None:
        self.plan = plan
        self.new_kernel = new_kernel
        self.preloaded = preloaded
        self.config = config
        self.cell_budget = cell_budget or {}
        self.log = SessionLog()
        self.outcomes: list[CellOutcome] = []
        #: exercise -> the session's settings (before, after) around each of its solution cells, as the
        #: kernel read them on the cells' first run in the main kernel
        self.cell_settings: dict[str, list[tuple[dict, dict]]] = {}
        self.poisoned: set[int] = set()  # plan indices that hung or crashed a kernel
        self.recorded: set[int] = set()
        self.worker: Worker | None = None
        #: the side kernel (see :meth:`side_kernel`) while the main one is in use
        self._side: Worker | None = None
        self._side_started = False
        #: requests go to the side kernel (see :meth:`side_kernel`)
        self._in_side = False
        self.stdout_parts: list[str] = []
        self.stderr_parts: list[str] = []
        self.kept_output = {"stdout": 0, "stderr": 0}
        self.wall_budget_s = wall_budget_s
        self.started = time.monotonic()
        self.kernel_starts = 0
        self._locator = Locator(plan, exercises)

    # ------------------------------------------------------------ budget
    def remaining_s(self) -> float:
        """Wall seconds left in the notebook's budget (inf without one)."""
        if self.wall_budget_s is None:
            return float("inf")
        return self.wall_budget_s - (time.monotonic() - self.started)

    def budget_spent(self, new_kernel: bool = False) -> str | None:
        """Why nothing more of this notebook may run (or no new kernel start, with ``new_kernel``), or None."""
        if self.remaining_s() <= 0:
            return (f"the notebook's budget of {self.wall_budget_s:.0f} s (cells, kernel restarts and "
                    f"checked calls together) is spent, so this was not run")
        if new_kernel and self.kernel_starts >= self.config.max_kernel_starts:
            return (f"the notebook already started {self.kernel_starts} kernels, the most one notebook "
                    f"may: its cells keep hanging or crashing the kernel, so this was not run")
        return None

    def _bounded(self, timeout: float) -> float:
        return max(0.05, min(timeout, self.remaining_s()))

    # ------------------------------------------------------------ kernel
    def _start_kernel(self) -> Worker:
        spent = self.budget_spent(new_kernel=True)
        if spent:
            raise StudentError("budget", spent)
        self.kernel_starts += 1
        for attempt in range(1, START_ATTEMPTS + 1):
            worker = self.new_kernel()
            if worker.limits and not self.log.lines:
                self.log.add(f"kernel limits: {worker.limits}")
            try:
                worker.start(self._bounded(self.config.start_timeout_s))
                return worker
            except WorkerError as exc:
                self._collect_output(worker)
                worker.kill()
                # Up to "ready" only the grader's own agent has run in the new kernel, never a line
                # of the student's: a start that broke off is tried again rather than charged to
                # the notebook. A start that hung already took its whole time limit.
                if isinstance(exc, WorkerTimeout) or attempt == START_ATTEMPTS or self.budget_spent():
                    raise StudentError(exc.kind, f"the kernel did not start: {exc}") from exc
                self.log.add(f"the kernel did not start ({exc}); starting another (attempt {attempt + 1})")
        raise ValueError(f"START_ATTEMPTS is {START_ATTEMPTS}; at least one start is needed")

    def _collect_output(self, worker: Worker) -> None:
        """Keep each kernel's output, at most ``output_limit_bytes`` per stream for the whole notebook."""
        for name, text, parts in (("stdout", worker.stdout.text(), self.stdout_parts),
                                  ("stderr", worker.stderr.text(), self.stderr_parts)):
            if not text:
                continue
            room = self.config.output_limit_bytes - self.kept_output[name]
            if room <= 0:
                continue
            if len(text) > room:
                text = text[:room] + f"\n[... output of later kernels not kept: the notebook's {name} limit]"
            self.kept_output[name] += len(text)
            parts.append(text)

    def _retire(self) -> None:
        if self.worker is not None:
            self.worker.kill()
            self._collect_output(self.worker)
            self.worker = None

    def close(self) -> None:
        self._retire()
        self.retire_side_kernel()

    def run_plan(self) -> None:
        """Execute the plan in a fresh kernel, skipping poisoned cells.

        When a cell hangs or kills the kernel, it is poisoned and the plan
        starts over in a new kernel, so every later cell runs with the state
        the earlier ones built.
        """
        while True:
            self._retire()
            self.worker = self._start_kernel()
            if self._in_side and not self._present_other_machine():
                continue
            if not self._run_cells():
                return

    def _present_other_machine(self) -> bool:
        """Before any cell of the student's runs in a side kernel, it presents another machine (the
        agent's ``machine`` request: another CPU count), so that an answer that depends on the machine
        differs from the main kernel's. False when the kernel died meanwhile (only the grader's agent
        ran in it: it is started again, as a start that broke off is)."""
        assert self.worker is not None
        try:
            self.worker.request("machine", self._bounded(MACHINE_TIMEOUT_S), "presenting another machine")
        except WorkerError as exc:
            self.log.add(f"the side kernel did not present another machine ({exc})")
        return not self.worker.dead

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
            spent = self.budget_spent()
            if spent:
                self._record(index, CellOutcome(cell.label, cell.owner, "budget", 0.0, spent))
                continue
            timeout = self._bounded(self.config.cell_timeout(self.cell_budget.get(cell.label)))
            started = time.perf_counter()
            try:
                read = cell.owner == "student" and cell.exercise is not None and not self._in_side \
                    and index not in self.recorded
                answer = self.worker.request("run_cell", timeout, f"running {cell.label}",
                                             code=cell.source, settings=read)
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
            pair = _settings(answer.get("settings")) if read else None
            if pair is not None:
                self.cell_settings.setdefault(str(cell.exercise), []).append(pair)
            if answer.get("ok"):
                self._record(index, CellOutcome(cell.label, cell.owner, "ok", elapsed))
            else:
                error = answer.get("error") or {}
                self._record(index, CellOutcome(cell.label, cell.owner, "error", elapsed, _one_line(error),
                                                student_traceback(error.get("traceback")
                                                                  if isinstance(error, dict) else None)))
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
        fields = {"func": func, "args": wire.encode(list(args)), "kwargs": wire.encode(kwargs),
                  "summarize": summarize, "global_seed": global_seed}
        return _returned(func, self._request("call", timeout, f"{func}(...)", fields), self._locator).get()

    def _request(self, op: str, timeout: float, what: str, fields: dict, func: str | None = None) -> dict:
        """One request to the kernel (restarted first if the last one died), or the reason it failed.

        Raises
        ------
        StudentError
            The notebook's budget is spent, or the request hung, crashed the kernel or broke the wire.
        """
        spent = self.budget_spent()
        if spent:
            raise StudentError("budget", spent)
        if self.worker is None:
            self.log.add(f"restarting the kernel to call {func or fields.get('func')}")
            self.run_plan()
        assert self.worker is not None
        try:
            return self.worker.request(op, self._bounded(timeout), what, **fields)
        except WorkerError as exc:
            if self.worker.dead:
                self._retire()
            raise StudentError(exc.kind, str(exc)) from exc

    def calls(self, entries: list[dict], timeout: float, shared: list | None = None,
              probe_global_rngs: bool = False, return_shared: bool = False) -> list["Returned"]:
        """Several calls in one kernel request (one round trip), answered one by one.

        Parameters
        ----------
        entries : list of dict
            ``{"func", "args", "kwargs", "global_seed", "summarize", "read_only"}`` each; an argument
            :class:`wire.SharedArg` ``(k)`` is the same object ``shared[k]`` in every call; with
            ``read_only`` every array argument but the shared objects arrives read-only, as a
            caller's may.
            ``{"assign": k, "value": array}`` copies ``array`` into ``shared[k]`` in place;
            ``{"describe": j}`` describes the Axes entry j returned, as it is by then;
            ``{"scribble": j}`` changes in place the arrays entry j returned (not views of
            shared objects), as a caller may; ``{"aliases": j}`` counts the pairs of arrays
            in what entry j returned that share memory.
        timeout : float
            For the whole request.

        return_shared : bool
            Also bring back the shared objects as they were before the calls and as they are
            after them: an extra last :class:`Returned` whose value is the pair of lists (or
            whose error says why not).

        Returns
        -------
        list of Returned
            One per entry, in order: the decoded value, or the :class:`StudentError` it met.

        Raises
        ------
        StudentError
            When the request as a whole failed (hang, crash, budget, unreadable reply).
        """
        names = sorted({str(e["func"]) for e in entries if "func" in e})
        what = f"{', '.join(names)}(...) x {len(entries)}"
        copies, as_copy = _repeated_arrays(entries)
        fields = {"shared": wire.encode(list(shared or [])), "probe_global_rngs": probe_global_rngs,
                  "return_shared": return_shared, "copies": wire.encode(copies),
                  "calls": [{"describe": e["describe"]} if "describe" in e else
                            {"scribble": e["scribble"]} if "scribble" in e else
                            {"aliases": e["aliases"]} if "aliases" in e else
                            {"assign": e["assign"], "value": wire.encode(e["value"])} if "assign" in e else
                            {"func": e["func"], "args": wire.encode([as_copy(v) for v in e.get("args", ())]),
                             "kwargs": wire.encode({k: as_copy(v) for k, v in dict(e.get("kwargs", {})).items()}),
                             "summarize": e.get("summarize"), "global_seed": e.get("global_seed"),
                             "read_only": bool(e.get("read_only"))}
                            for e in entries]}
        answer = self._request("calls", timeout, what, fields, names[0] if names else "functions")
        results = answer.get("results")
        if not answer.get("ok") or not isinstance(results, list) or len(results) != len(entries):
            error = answer.get("error") if not answer.get("ok") else "a reply that does not match the request"
            raise StudentError("protocol" if answer.get("ok") else "exception",
                               f"{names[0] if names else 'the call'} raised {_one_line(error)}")
        def what(entry: dict) -> str:
            return entry.get("func", "an earlier answer" if "describe" in entry or "aliases" in entry
                             else "an in-place change")

        out = [_returned(what(entry), result, self._locator)
               for entry, result in zip(entries, results, strict=True)]
        if return_shared:
            out.append(_returned("the inputs", {"ok": "shared" in answer, "value": answer.get("shared"),
                                                "error": "no inputs came back"}))
        return out

    @contextmanager
    def side_kernel(self) -> Iterator[None]:
        """Send the body's requests to the notebook's side kernel; the main kernel waits, untouched.

        The side kernel starts from the template with the plan replayed the first time it is
        used: nothing the main kernel's process kept (caches, files in its private folders,
        globals, a forked child) reaches it. It is kept for the notebook's later uses, so a
        function that has never been called in it meets it as fresh, whatever other functions
        ran there before; a crash there restarts the side kernel only. Its first start is the
        grader's choice, so it does not count against the notebook's kernel starts (its wall
        time does count against the notebook's budget).
        """
        main, self.worker = self.worker, self._side
        self._in_side = True
        try:
            if self.worker is None and not self._side_started:
                self._side_started = True
                self.kernel_starts -= 1
                self.run_plan()
            yield
        finally:
            self._in_side = False
            self._side, self.worker = self.worker, main

    def retire_side_kernel(self) -> None:
        """Stop the side kernel: the next :meth:`side_kernel` starts a new one, as for a new notebook."""
        if self._side is not None:
            self._side.kill()
            self._collect_output(self._side)
            self._side = None
        self._side_started = False

    def output_text(self) -> tuple[str, str]:
        """Everything the kernels printed; call after :meth:`close`."""
        return "\n".join(self.stdout_parts), "\n".join(self.stderr_parts)


@dataclass
class Returned:
    """One call of a batched request: its decoded value, or the error it met (``error`` set)."""

    value: Any = None
    error: "StudentError | None" = None
    #: the next draws of numpy's, Python's and torch's global generators after the call, when probed
    rngs: list | None = None
    #: the session's settings (name -> value) before and after the call, when probed
    settings: tuple[dict, dict] | None = None

    def get(self) -> Any:
        """The value; raises the call's :class:`StudentError` when it had none."""
        if self.error is not None:
            raise self.error
        return self.value


def _returned(func: str, result: Any, locator: Locator | None = None) -> Returned:
    """One answer of the kernel: the decoded value, or the StudentError it stands for. Decoding maps
    every failure (RecursionError, MemoryError, ...) to WireError, so an unreadable value costs that
    answer only and the kernel stays in step with the grader. An exception is said with the line of
    the student's cell where it was raised, when ``locator`` finds one in its traceback."""
    if not isinstance(result, dict):
        return Returned(error=StudentError("protocol", f"{func} answered with something the grader cannot read"))
    rngs = result.get("rngs")
    rngs = [r if isinstance(r, float) else None for r in rngs] if isinstance(rngs, list) else None
    returned = _returned_value(func, result, locator, rngs)
    returned.settings = _settings(result.get("settings"))
    return returned


def _settings(pair: Any) -> tuple[dict, dict] | None:
    """A probed call's settings before and after it, if the kernel sent them in their form: two dicts
    of a few named strings, numbers or lists of numbers (anything else reads as not sent)."""
    def readable(value: Any) -> bool:
        return isinstance(value, (str, int)) or (isinstance(value, list) and len(value) <= 10_000
                                                  and all(type(v) is int for v in value))
    if not (isinstance(pair, list) and len(pair) == 2 and all(isinstance(d, dict) and len(d) <= 64 for d in pair)):
        return None
    if not all(isinstance(k, str) and readable(v) for d in pair for k, v in d.items()):
        return None
    return pair[0], pair[1]


def _returned_value(func: str, result: dict, locator: Locator | None, rngs: list | None) -> Returned:
    """``result``'s value, or the StudentError it stands for (see :func:`_returned`)."""
    if not result.get("ok"):
        error = result.get("error") or {}
        # the agent refused to send a value beyond the wire's limits (see agent.serve_channels)
        if isinstance(error, dict) and error.get("type") == WIRE_LIMIT_ERROR:
            return Returned(error=StudentError("protocol", f"{func} returned a value too large for the grader "
                                                           f"to read ({_short(error.get('message'), 300)})"), rngs=rngs)
        return Returned(error=_raised(func, error, locator), rngs=rngs)
    try:
        return Returned(wire.decode(result.get("value"), extra=wire.decode_returned), rngs=rngs)
    except wire.WireError as exc:
        return Returned(error=StudentError("protocol", f"{func} returned a value the grader cannot read ({exc})"),
                        rngs=rngs)


def _raised(func: str, error: Any, locator: Locator | None) -> StudentError:
    """The StudentError of a call whose function raised: ``fit_counts raised LinAlgError: Singular
    matrix at line 12 of your exercise 1 cell: `beta = np.linalg.solve(A, b)```."""
    where = locator.locate(error.get("traceback")) if locator is not None and isinstance(error, dict) else None
    said = f"{func} raised {_one_line(error)}" + (f" {where.text()}" if where is not None else "")
    type_name = _short(error.get("type", "Error"), 100) if isinstance(error, dict) else "Error"
    return StudentError("exception", said, type_name or "Error")


def _one_line(error: Any) -> str:
    """An error the kernel reported, as one short line (any JSON value: the kernel is untrusted)."""
    if not isinstance(error, dict):
        error = {"type": "Error", "message": error}
    kind = _short(error.get("type", "Error"), 100)
    message = _short(error.get("message", ""), 300)
    return f"{kind}: {message}" if message else kind


def _short(value: Any, limit: int) -> str:
    """``value`` as one line of at most ``limit`` characters, without lone surrogates (no file can hold them)."""
    text = " ".join(str(value)[:8 * limit].split())[:limit]
    return text.encode("utf-8", "replace").decode("utf-8")
