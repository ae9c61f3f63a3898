"""The hidden-check framework: how a check is declared, run and scored.

A check is a plain function in the grader's process. It draws its inputs
(``student.rng(exercise, ...)``) from the submission's secret: the course
secret, the student and their code, or where the exercise declares so
(:func:`draws`, with a reason) from the course secret alone. It calls the student's function
through :class:`Student` (which runs it in the sandboxed kernel and brings back
raw values), computes the expected answer with :mod:`reference`, and compares
the two here. A check passes by returning and fails by raising
:class:`CheckFailed` (or an exception type an assignment declares with
:func:`student_failure`, such as its format rules' ``FormatError``) with one line a
student understands, which names what the answer did, never the expected
value at a hidden input.

Every check enforces numbered clauses of its exercise's statement (the clause
tables beside the checks)::

    @check("ex1_fit", points=1, clauses=("1.5",), description="...")
    def coefficients(student):
        X, y = problem(student.rng("ex1_fit", "coefficients"))
        beta, history = student.call("fit_counts", X, y, ref_seconds=t)
        ...
"""
from __future__ import annotations

import time
from dataclasses import asdict, dataclass
from typing import Any, Callable

import numpy as np

from autograder.grading import memo
from autograder.contracts import format_rules
from autograder.common.config import GradingConfig
from autograder.kernel import wire
from autograder.course.secret import CourseSecret
from autograder.grading.session import KernelSession, StudentError


class CheckFailed(Exception):
    """The student's answer fell short; the message says how, in one line."""


#: exception types that, raised by a check, mean the student's answer fell short (see :func:`student_failure`):
#: the framework's common format rules' own among them
_STUDENT_FAILURES: list[type[BaseException]] = [CheckFailed, format_rules.FormatError]


def student_failure(kind: type[BaseException]) -> None:
    """Declare that ``kind``, raised by a check, is a failed check with a message for the student.

    An assignment whose format rules raise their own exception (the rules also run in the student's
    notebook, where this package does not exist) declares it once, beside its checks.
    """
    if not (isinstance(kind, type) and issubclass(kind, Exception)):
        raise TypeError(f"student_failure takes an exception class, not {kind!r}")
    if kind not in _STUDENT_FAILURES:
        _STUDENT_FAILURES.append(kind)


@dataclass(frozen=True)
class Check:
    exercise: str
    name: str
    points: float
    description: str
    func: Callable[["Student"], None]
    clauses: tuple[str, ...] = ()


@dataclass
class CheckResult:
    exercise: str
    name: str
    description: str
    points: float
    passed: bool
    message: str
    seconds: float
    kind: str = ""  # "" | exception | timeout | crash | protocol | internal
    #: the type the student's code raised when that failed the check (``NotImplementedError``), else ""
    raised: str = ""
    #: what raised it and where, as the message says it: the same in every check that met the same exception
    raised_text: str = ""

    def to_json(self) -> dict:
        return asdict(self)


@dataclass(frozen=True)
class Clause:
    """One numbered rule of an exercise's statement.

    Attributes
    ----------
    id : str
        ``"<exercise number>.<rule number>"``, e.g. ``"1.9"``.
    text : str
        The rule, in the statement's words.
    separates : str
        The inputs the checks use to tell compliance from each way of breaking it.
    """

    id: str
    text: str
    separates: str


_REGISTRY: list[Check] = []
_CLAUSES: dict[str, list[Clause]] = {}
#: what each statement leaves to the student, by exercise
_FREE: dict[str, list[str]] = {}


def clauses(exercise: str, table: list[Clause], free: list[str] | None = None) -> None:
    """Register an exercise's clause table (and what its statement leaves free)."""
    _CLAUSES[exercise] = list(table)
    _FREE[exercise] = list(free or [])


def add_clause(exercise: str, clause: Clause) -> None:
    """Add one clause to an exercise's table (the framework's own, e.g. its contract clause)."""
    table = _CLAUSES.setdefault(exercise, [])
    if any(c.id == clause.id for c in table):
        raise ValueError(f"{exercise}: clause {clause.id} is declared twice")
    table.append(clause)


#: where an exercise's hidden inputs come from (see :func:`draws`)
PER_SUBMISSION, PER_COURSE = "submission", "course"


@dataclass(frozen=True)
class Draws:
    """Where an exercise's hidden inputs are drawn from, and why.

    Attributes
    ----------
    scope : {"submission", "course"}
        ``"submission"``: from the course secret, the student and their code
        (:func:`autograder.grading.submission.submission_key`): a student who learns every
        input of one run from its feedback meets new ones as soon as the code
        changes, and a classmate meets others. ``"course"``: from the course
        secret alone, the same for every student.
    why : str
        The reason, shown in the clause table.
    """

    scope: str
    why: str
    purposes: tuple[str, ...] = ()


#: an exercise that declares nothing draws per submission: a course-wide draw needs a reason
DEFAULT_DRAWS = Draws(PER_SUBMISSION, "inputs cost little to draw and to answer with the reference")
_DRAWS: dict[str, list[Draws]] = {}


def draws(exercise: str, scope: str, why: str, purposes: tuple[str, ...] = ()) -> None:
    """Declare where ``exercise``'s hidden inputs come from (``"submission"`` or ``"course"``) and why.

    ``purposes`` limits the declaration to the draws whose first label (after the exercise) is one
    of them; a declaration without purposes covers the exercise's other draws.
    """
    if scope not in (PER_SUBMISSION, PER_COURSE):
        raise ValueError(f"{exercise}: draws scope {scope!r} is neither {PER_SUBMISSION!r} nor {PER_COURSE!r}")
    if not why.strip():
        raise ValueError(f"{exercise}: say why its inputs are drawn per {scope}")
    # a purpose declared again is declared anew (as clauses() does when a module is imported again)
    table = [d for d in _DRAWS.get(exercise, []) if not (set(d.purposes) & set(purposes) if purposes
                                                         else not d.purposes)]
    _DRAWS[exercise] = table + [Draws(scope, why, tuple(purposes))]


def draw_declarations(exercise: str) -> list[Draws]:
    """What ``exercise`` declared (the exercise-wide rule first), or the default."""
    table = sorted(_DRAWS.get(exercise, []), key=lambda d: bool(d.purposes))
    return table if table and not table[0].purposes else [DEFAULT_DRAWS] + table


def draws_of(exercise: str, purpose: object = None) -> Draws:
    """The rule for ``exercise``'s draws labelled ``purpose``."""
    table = draw_declarations(exercise)
    return next((d for d in table if purpose in d.purposes), table[0])


def clause_table(exercise: str) -> list[Clause]:
    return list(_CLAUSES.get(exercise, []))


def free_choices(exercise: str) -> list[str]:
    return list(_FREE.get(exercise, []))


def check(exercise: str, *, points: float, description: str, clauses: tuple[str, ...] = ()):
    """Register a hidden check (decorator); ``clauses`` are the statement clauses it enforces."""

    def register(func: Callable[["Student"], None]) -> Callable[["Student"], None]:
        _REGISTRY.append(Check(exercise, func.__name__, float(points), description, func, tuple(clauses)))
        return func

    return register


def forget_exercises(exercises: tuple[str, ...]) -> None:
    """Drop every check, clause, free choice and draw declaration registered for ``exercises``.

    An assignment's checks are imported once per process; a second folder that declares the same
    exercise ids (a copy being edited, a test's variant) must not inherit the first one's.
    """
    _REGISTRY[:] = [c for c in _REGISTRY if c.exercise not in exercises]
    for table in (_CLAUSES, _FREE, _DRAWS):
        for exercise in exercises:
            table.pop(exercise, None)


def registered_checks() -> list[Check]:
    return list(_REGISTRY)


class Student:
    """What a check sees of the student: their functions, callable remotely."""

    def __init__(self, session: KernelSession, config: GradingConfig, secret: CourseSecret,
                 submission: str = "") -> None:
        self._session = session
        self._config = config
        self._secret = secret
        self._submission = secret.for_submission(submission) if submission else None

    def secret_for(self, exercise: str, purpose: object = None) -> CourseSecret:
        """The secret ``exercise``'s draws labelled ``purpose`` come from: this submission's, or the
        course's where the exercise declares them course-wide (:func:`draws`) or no submission key
        was given."""
        if self._submission is not None and draws_of(str(exercise), purpose).scope == PER_SUBMISSION:
            # values computed from here on belong to this submission: not kept in the course's store
            memo.stop_persisting()
            return self._submission
        return self._secret

    def rng(self, exercise: str, *labels: object) -> np.random.Generator:
        """A generator for ``exercise``'s inputs named by ``labels`` (see :meth:`secret_for`)."""
        return self.secret_for(exercise, labels[0] if labels else None).rng(exercise, *labels)

    def seed(self, exercise: str, *labels: object) -> int:
        """An integer seed for ``exercise``'s inputs named by ``labels`` (for cached problem builders)."""
        return self.secret_for(exercise, labels[0] if labels else None).seed(exercise, *labels) % 2**32

    def call(self, func: str, *args: Any, ref_seconds: float | None = None,
             summarize: str | None = None, global_seed: int | None = None, **kwargs: Any) -> Any:
        """Call ``func(*args, **kwargs)`` in the student's kernel.

        Parameters
        ----------
        ref_seconds : float, optional
            The reference's own run time for this call; the time limit is
            derived from it (with a floor).
        summarize : {"axes"}, optional
            Ask for a summary of a returned matplotlib Axes.
        global_seed : int, optional
            Seed the kernel's global RNGs first.

        Raises
        ------
        StudentError
        """
        timeout = self._config.check_timeout(ref_seconds)
        return self._session.call(func, *args, timeout=timeout, summarize=summarize,
                                  global_seed=global_seed, **kwargs)

    def calls(self, entries: list[dict], *, ref_seconds: float | None = None, shared: list | None = None,
              probe_global_rngs: bool = False, return_shared: bool = False) -> list:
        """Several calls in one kernel request; see :meth:`KernelSession.calls`.

        ``ref_seconds`` is the reference's time for all of them together.
        """
        return self._session.calls(entries, self._config.check_timeout(ref_seconds), shared=shared,
                                   probe_global_rngs=probe_global_rngs, return_shared=return_shared)

    def cell_settings(self, exercise: str) -> list[tuple[dict, dict]]:
        """The session's settings before and after each of ``exercise``'s solution cells (first run)."""
        return list(getattr(self._session, "cell_settings", {}).get(exercise, []))

    def side_kernel(self):
        """``with student.side_kernel():`` the body's calls go to the notebook's side kernel, which
        started from the template with the student's cells replayed (nothing of the main kernel
        kept) and has run no call but those of earlier side uses; see :meth:`KernelSession.side_kernel`."""
        return self._session.side_kernel()


def run_checks(checks: list[Check], session: KernelSession, config: GradingConfig,
               secret: CourseSecret, stop_at_first_failure: bool = False,
               submission: str = "") -> list[CheckResult]:
    """Run every check against one session; a failure costs only its points.

    ``stop_at_first_failure`` is for the audit, which only asks whether a
    mutant is caught at all. ``submission`` (the student and their code) keys
    the draws of the exercises that draw per submission; empty, every draw is
    the course's.
    """
    student = Student(session, config, secret, submission)
    results = []
    for item in checks:
        if stop_at_first_failure and results and not results[-1].passed:
            break
        started = time.perf_counter()
        kind, raised = "", None
        try:
            with memo.persisting():  # until the check draws for this submission alone
                item.func(student)
            passed, message = True, ""
        except tuple(_STUDENT_FAILURES) as exc:
            passed, message, raised = False, str(exc), _student_raised(exc)
        except StudentError as exc:
            passed, message, kind, raised = False, str(exc), exc.kind, _student_raised(exc)
        except Exception as exc:  # noqa: BLE001 - odd return values must not stop grading
            passed, kind = False, "internal"
            message = f"the answer could not be checked ({type(exc).__name__}: {exc})"
        elapsed = time.perf_counter() - started
        session.log.add(f"check {item.exercise}/{item.name}: "
                        + ("passed" if passed else f"FAILED — {message}") + f" ({elapsed:.2f} s)")
        message = _line(message)
        said = _line(raised.raised_text) if raised is not None else ""
        if said not in message:  # cut off at 500 characters: the message no longer says it
            raised, said = None, ""
        results.append(CheckResult(item.exercise, item.name, item.description, item.points, passed, message,
                                   elapsed, kind, raised.raised if raised is not None else "", said))
    return results


def _line(message: str) -> str:
    """A check's message as stored: one line of at most 500 characters."""
    return " ".join(message.split())[:500]


def _student_raised(exc: BaseException) -> StudentError | None:
    """The exception of the student's code behind a failed check, or None.

    A check may say a :class:`StudentError` in its own words (``f"{exc}; {cause}"``, raised from
    None); Python still keeps it as the new exception's context, so it is found there.
    """
    seen: BaseException | None = exc
    for _ in range(8):  # a chain made by the checks is short; bounded all the same
        if seen is None:
            return None
        if isinstance(seen, StudentError) and seen.raised:
            return seen
        seen = seen.__context__
    return None


# ----------------------------------------------------------------- helpers
def timed(func: Callable, *args: Any, **kwargs: Any) -> tuple[Any, float]:
    """``func(*args, **kwargs)`` and its wall time in seconds."""
    started = time.perf_counter()
    value = func(*args, **kwargs)
    return value, time.perf_counter() - started


def as_array(value: Any, what: str, *, ndim: int | None = None, shape: tuple | None = None,
             allow_tensor: bool = False) -> np.ndarray:
    """Turn a returned value into a float array, or fail with a clear message."""
    if isinstance(value, wire.Opaque):
        raise CheckFailed(f"{what} is a {value.type_name}; expected an array")
    if isinstance(value, wire.TensorMarker) and not allow_tensor:
        value = np.asarray(value)
    try:
        arr = np.asarray(value, dtype=float)
    except (TypeError, ValueError):
        raise CheckFailed(f"{what} is a {type(value).__name__} that is not numeric") from None
    if ndim is not None and arr.ndim != ndim:
        raise CheckFailed(f"{what} has {arr.ndim} dimension(s); expected {ndim}")
    if shape is not None and arr.shape != tuple(shape):
        raise CheckFailed(f"{what} is {shape_difference(arr.shape, shape)}")
    return arr


def shape_difference(got: tuple, want: tuple) -> str:
    """How a shape differs from the expected one, without the sizes (they follow the hidden inputs)."""
    got, want = tuple(got), tuple(want)
    if len(got) != len(want):
        return f"an array with {len(got)} dimension(s) where {len(want)} are due"
    axes = [("rows" if k == 0 and len(want) == 2 else "columns" if k == 1 and len(want) == 2
             else f"entries along axis {k}") + (" (too many)" if g > w else " (too few)")
            for k, (g, w) in enumerate(zip(got, want, strict=True)) if g != w]
    return "an array of the wrong shape: " + ", ".join(axes) if axes else "an array of the expected shape"


def _how_far(got: float, want: float) -> str:
    """What is wrong with a number, in words that hold whatever inputs were drawn: NaN or an
    infinity where it matters, else nothing (how far off, which entry and the sign all change with
    the draw; a check's own diagnosis says what the mistake is)."""
    if np.isnan(got):
        return ": it is nan"
    if np.isinf(want):
        return ": it is infinite with the wrong sign" if np.isinf(got) else \
            ": it is finite where the correct value is infinite"
    if np.isinf(got):
        return ": it is infinite where a finite number is due"
    return ""


def assert_close(actual: np.ndarray, expected: np.ndarray, what: str, *,
                 rtol: float = 0.0, atol: float = 0.0) -> None:
    """Fail unless ``|actual - expected| <= atol + rtol*|expected|`` everywhere."""
    actual = np.asarray(actual, dtype=float)
    expected = np.asarray(expected, dtype=float)
    if actual.shape != expected.shape:
        raise CheckFailed(f"{what} is {shape_difference(actual.shape, expected.shape)}")
    both_inf = np.isinf(actual) & np.isinf(expected) & (np.sign(actual) == np.sign(expected))
    # NaN passes only where the reference is NaN too; every other comparison with NaN fails
    same_special = both_inf | (np.isnan(actual) & np.isnan(expected))
    with np.errstate(invalid="ignore"):
        diff = np.where(same_special, 0.0, np.abs(actual - expected))
    # an infinite expected value is matched only by the same infinity (inf <= rtol*inf would pass anything)
    bad = ~(diff <= atol + rtol * np.abs(np.where(same_special, 0.0, expected))) | (np.isinf(expected) & ~both_inf)
    if np.any(bad):
        index = tuple(int(i) for i in np.argwhere(bad)[0]) if actual.ndim else ()
        got, want = actual[index] if index else actual, expected[index] if index else expected
        # Feedback never carries a value at a hidden input, ours or the student's, nor anything that
        # changes with the drawn inputs (which entry, how many digits): the same mistake reads the
        # same in every course.
        raise CheckFailed(f"{what} is not the correct value{_how_far(float(got), float(want))}")
