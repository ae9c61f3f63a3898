"""What a student is told about one graded submission, before any formatting.

A :class:`Feedback` holds, per exercise, the score and max score, each check's
description, the statement clauses it enforces, its points and verdict, the
one-line message of a failed check (written by the checks to name what the
answer did, never a hidden input or expected value) and the errors the
student's own cells raised. The text of notebooks and the HTML pages are both
made from it, so they cannot disagree.

Everything taken from a submission (messages, tracebacks, the student id)
is untrusted: it is cleaned here (:func:`autograder.common.untrusted.for_log`) and
escaped by each renderer.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from autograder.assignment import Assignment
from autograder.grading.checking import CheckResult
from autograder.grading.submission import SubmissionResult
from autograder.common.untrusted import for_log, one_line

#: cell statuses that mean the student's cell did not finish
FAILED_CELL = ("error", "timeout", "crash", "budget")


@dataclass(frozen=True)
class CheckLine:
    """One hidden check as the student sees it."""

    description: str
    clauses: tuple[str, ...]
    points: float
    passed: bool
    #: "" when passed, and when the exercise was not attempted (one line says so for every check);
    #: an exception already said by an earlier check is not said again but referred to by number
    message: str
    #: 1, 2, ... in the exercise, as messages refer to checks
    number: int = 0


@dataclass(frozen=True)
class CellError:
    """One of the student's own cells that raised, hung or crashed the kernel."""

    label: str
    status: str
    message: str
    traceback: str

    def summary(self) -> str:
        """One sentence: which cell, what it raised, what that means for the checks."""
        what = {"error": f"raised {self.message}",
                "timeout": f"did not finish in time ({self.message})",
                "crash": f"crashed the kernel ({self.message})",
                "budget": f"was not run ({self.message})"}.get(self.status, self.message)
        return f"Your cell ({self.label}) {what}, so the checks below may not have found your functions."


@dataclass(frozen=True)
class ExerciseFeedback:
    exercise: str
    title: str
    score: float
    max_score: float
    checks: tuple[CheckLine, ...]
    cell_errors: tuple[CellError, ...]
    #: extra credit a TA gave in formgrader (already in ``score``)
    extra_credit: float = 0.0
    #: the checks' score when a TA set another one in formgrader (``score`` is the TA's), else None
    auto_score: float | None = None
    #: the TA's comment from formgrader, None without one
    comment: str | None = None
    #: every check failed because the student's code still raises NotImplementedError (the release's stub)
    not_attempted: bool = False

    @property
    def points_lost(self) -> float:
        return round(self.max_score - self.score, 6)


@dataclass(frozen=True)
class Feedback:
    """A student's whole feedback: ``error`` set when the notebook could not be graded.

    ``score`` is the final grade, after any late penalty (``penalty``, worded
    ``late_note`` as on every page, e.g. ``late 1 day: -2.00``); exercise
    scores are before it.
    """

    student: str
    score: float
    max_score: float
    error: str | None
    exercises: tuple[ExerciseFeedback, ...] = ()
    #: errors of cells that belong to no exercise (cells the student added at the top)
    cell_errors: tuple[CellError, ...] = field(default_factory=tuple)
    #: points the late penalty took off ``score`` (0 when on time or without a deadline)
    penalty: float = 0.0
    #: the lateness as every page words it (``late 1 day: -2.00``); None when on time
    late_note: str | None = None

    @property
    def score_before_penalty(self) -> float:
        return round(self.score + self.penalty, 6)

    def exercise(self, exercise: str) -> ExerciseFeedback | None:
        return next((e for e in self.exercises if e.exercise == exercise), None)


def _exercise_of_label(label: str, exercises: tuple[str, ...]) -> str | None:
    """The exercise a planned cell belongs to, from its label (``solution cell <exercise>...``)."""
    for exercise in exercises:
        if exercise in label:
            return exercise
    return None


def cell_errors(result: SubmissionResult, exercises: tuple[str, ...]) -> dict[str | None, list[CellError]]:
    """The student's cells that did not finish, by exercise (None: no exercise)."""
    found: dict[str | None, list[CellError]] = {}
    for cell in result.cells:
        if cell.owner != "student" or cell.status not in FAILED_CELL:
            continue
        error = CellError(one_line(cell.label, 120), cell.status, one_line(cell.message, 300),
                          for_log(getattr(cell, "traceback", "") or ""))
        found.setdefault(_exercise_of_label(cell.label, exercises), []).append(error)
    return found


def build(assignment: Assignment, result: SubmissionResult,
          clause_ids: dict[tuple[str, str], tuple[str, ...]] | None = None,
          scores: dict[str, dict] | None = None, late: dict | None = None) -> Feedback:
    """The feedback of ``result``.

    Parameters
    ----------
    assignment : Assignment
        What ``result`` is a submission of (its exercises' order and titles).
    result : SubmissionResult
    clause_ids : dict, optional
        ``(exercise, check name) -> clause ids`` (from the registered checks).
    scores : dict, optional
        Final per-exercise scores (a TA's overrides applied, with ``extra_credit`` and
        ``comment`` as :func:`autograder.outputs.grades.final_exercises` gives them); the automatic
        ones by default.
    late : dict, optional
        The student's ``late`` block of ``grades.json`` (days late, penalty):
        the total is then after the penalty, as in every export.
    """
    from autograder.outputs.lateness import describe

    student = one_line(result.student, 200)
    penalty = round(float((late or {}).get("penalty") or 0.0), 6)
    if result.status == "error":
        # nothing was checked; what a TA scored by hand still counts, as in grades.json and every export
        by_hand = tuple(_ta_only(assignment, exercise, ex) for exercise, ex in (scores or {}).items())
        total = round(sum(e.score for e in by_hand), 6)
        return Feedback(student, round(total - penalty, 6), result.max_score,
                        one_line(result.error or "unknown error", 1000), by_hand, (), penalty, describe(late))
    scores = scores or result.exercises
    errors = cell_errors(result, assignment.exercise_ids)
    exercises = []
    for exercise in assignment.exercise_ids:
        if exercise not in result.exercises and not any(c.exercise == exercise for c in result.checks):
            continue
        ex = scores.get(exercise) or result.exercises.get(exercise, {})
        mine = [c for c in result.checks if c.exercise == exercise]
        # a check's weight, in the exercise's points (as grading.score_exercises scales them)
        weight = sum(c.points for c in mine)
        scale = float(result.exercises.get(exercise, {}).get("max_score", 0.0)) / weight if weight else 0.0
        blank = not_attempted(mine)
        checks = tuple(CheckLine(one_line(c.description, 500), (clause_ids or {}).get((c.exercise, c.name), ()),
                                 round(float(c.points) * scale, 4), bool(c.passed),
                                 "" if blank else one_line(message, 500), number)
                       for number, (c, message) in enumerate(zip(mine, said_once(mine), strict=True), start=1))
        comment = ex.get("comment")
        overridden = ex.get("manual_score") is not None
        exercises.append(ExerciseFeedback(exercise, assignment.heading(exercise), float(ex.get("score", 0.0)),
                                          float(ex.get("max_score", 0.0)), checks,
                                          tuple(errors.get(exercise, [])),
                                          float(ex.get("extra_credit") or 0.0),
                                          float(ex.get("auto_score") or 0.0) if overridden else None,
                                          for_log(comment) if comment else None, blank))
    total = round(sum(e.score for e in exercises), 6)
    return Feedback(student, round(total - penalty, 6), result.max_score, None, tuple(exercises),
                    tuple(errors.get(None, [])), penalty, describe(late))


#: what the release's stub of every solution cell raises
STUB_ERROR = "NotImplementedError"
NOT_ATTEMPTED = f"not attempted (still raises {STUB_ERROR})"


def not_attempted(checks: list[CheckResult]) -> bool:
    """Whether every one of an exercise's checks failed on the stub's ``NotImplementedError``."""
    return bool(checks) and all(not c.passed and c.raised == STUB_ERROR for c in checks)


def not_attempted_line(ex: ExerciseFeedback) -> str:
    """The one line that stands for every check of a blank exercise."""
    return (f"Not attempted: your cell still raises {STUB_ERROR} (the release's placeholder), "
            f"so none of its {len(ex.checks)} checks passed.")


def said_once(checks: list[CheckResult]) -> list[str]:
    """Each check's message ("" when passed), an exception of the student's code said only once.

    The first check that met an exception says it, followed by ``(also in checks 3 and 5)``; the
    later ones say ``the same error as check 2`` in its place, keeping their own words around it
    (which input met it).
    """
    first: dict[str, int] = {}
    later: dict[str, list[int]] = {}
    for number, c in enumerate(checks, start=1):
        said = c.raised_text
        if not c.passed and said and said in c.message:
            if said in first:
                later[said].append(number)
            else:
                first[said], later[said] = number, []
    messages = []
    for number, c in enumerate(checks, start=1):
        said = c.raised_text
        if c.passed or said not in first or said not in c.message:
            messages.append("" if c.passed else c.message)
        elif first[said] == number:
            also = later[said]
            where = f" (also in check{'s' if len(also) > 1 else ''} {_and(also)})" if also else ""
            messages.append(c.message.replace(said, said + where, 1))
        else:
            messages.append(c.message.replace(said, f"the same error as check {first[said]}", 1))
    return messages


def _and(numbers: list[int]) -> str:
    """``3``, ``3 and 5``, ``3, 5 and 7``."""
    words = [str(n) for n in numbers]
    return words[0] if len(words) == 1 else f"{', '.join(words[:-1])} and {words[-1]}"


def _ta_only(assignment: Assignment, exercise: str, ex: dict) -> ExerciseFeedback:
    """An exercise of a notebook that could not be graded, scored by a TA in formgrader."""
    comment = ex.get("comment")
    return ExerciseFeedback(exercise, assignment.heading(exercise), float(ex.get("score", 0.0)),
                            float(ex.get("max_score", 0.0)), (), (), float(ex.get("extra_credit") or 0.0),
                            float(ex.get("auto_score") or 0.0) if ex.get("manual_score") is not None else None,
                            for_log(comment) if comment else None)


def registered_clause_ids(assignment: Assignment) -> dict[tuple[str, str], tuple[str, ...]]:
    """``(exercise, check name) -> clause ids`` of every hidden check of ``assignment``."""
    return {(c.exercise, c.name): tuple(c.clauses) for c in assignment.checks()}


def clause_texts(assignment: Assignment) -> dict[str, str]:
    """Every statement clause's text by id (``"1.5"``), from the checks' clause tables."""
    from autograder.grading.checking import clause_table

    assignment.checks()  # registers the tables
    return {c.id: c.text for exercise in assignment.exercise_ids for c in clause_table(exercise)}
