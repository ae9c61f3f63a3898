"""What the class report says, computed from stored results: pure functions, no I/O.

Everything here takes :class:`~autograder.grading.submission.SubmissionResult` objects
(and the TA's overrides) and returns plain dataclasses that the figures, the
HTML page, ``checks.csv`` and the terminal summary all read. Text that came
from a submission (ids, messages) is kept as it came; each renderer makes it
safe for its medium.

Definitions
-----------
* A check's **failure rate** is over the graded submissions that ran it;
  a notebook that could not be graded (status ``error``) ran no check.
* Failure messages are **grouped** after masking numbers, so "7 entries;
  expected 6" and "9 entries; expected 8" count as one mistake.
* **Item analysis** is over graded submissions, on final scores (a TA's
  override counts): mean, median and quartiles (numpy's linear interpolation),
  sample sd (``ddof=1``) and the PrairieLearn-style
  discrimination, the Pearson correlation of the exercise's score with the
  total score. A constant column (everyone got the same) has no correlation:
  it is ``None``, never NaN.
* A student's **score** is the final grade of ``grades.json``: a TA's
  override counts, and a late penalty comes off it. Item analysis uses the
  exercise scores, before any penalty: it measures the questions.
* A student is **flagged** when that score is below ``flag_below`` times
  the max score; a notebook that could not be graded is flagged too.
"""
from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass, field

import numpy as np

from autograder.grading.submission import SubmissionResult
from autograder.outputs.grades import Overrides, final_exercises

#: default ``--flag-below``: flag students under half the max score
DEFAULT_FLAG_BELOW = 0.5
#: check kinds that say the grading itself hit a limit or broke, not that the answer was wrong
PROBLEM_KINDS = ("timeout", "crash", "budget", "protocol", "internal")
#: cell outcomes worth a TA's look
PROBLEM_CELLS = ("timeout", "crash")

# a number on its own (not the 1 of "ex1"): ints, decimals, exponents, nan/inf
_NUMBER = re.compile(r"(?<![A-Za-z_\d.])[-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?(?![A-Za-z_\d])"
                     r"|(?<![A-Za-z_])(?:nan|inf)(?![A-Za-z_])")


def mask_numbers(message: str) -> str:
    """``message`` with every stand-alone number replaced by ``#`` (names like ``ex1`` kept)."""
    return _NUMBER.sub("#", message)


@dataclass(frozen=True)
class CheckStat:
    """One hidden check across the class.

    Attributes
    ----------
    exercise, name, description : str
        The check, as the grader registered it.
    points : float
        Its points.
    ran : int
        Graded submissions with a result for it.
    failed : int
        Those that failed it.
    top_message : str
        An example (the first, by student id) of the most common failure
        message, after grouping by :func:`mask_numbers`; ``""`` if none failed.
    top_pattern : str
        That group's masked text.
    top_count : int
        How many failures fall in that group.
    kinds : dict
        Failures per kind (``"answer"`` for an ordinary wrong answer).
    failed_students : tuple of str
        The students who failed it, by id.
    """

    exercise: str
    name: str
    description: str
    points: float
    ran: int
    failed: int
    top_message: str = ""
    top_pattern: str = ""
    top_count: int = 0
    kinds: dict = field(default_factory=dict)
    failed_students: tuple[str, ...] = ()

    @property
    def rate(self) -> float | None:
        """Failed / ran; ``None`` when no graded submission ran it."""
        return self.failed / self.ran if self.ran else None

    @property
    def label(self) -> str:
        return f"{self.exercise}/{self.name}"


@dataclass(frozen=True)
class ItemStat:
    """One exercise across the graded submissions (item analysis)."""

    exercise: str
    max_score: float
    n: int
    mean: float | None
    sd: float | None
    discrimination: float | None
    full_marks: int
    median: float | None = None
    q1: float | None = None   # first quartile (numpy's linear interpolation)
    q3: float | None = None

    @property
    def mean_fraction(self) -> float | None:
        return self.mean / self.max_score if self.mean is not None and self.max_score else None


@dataclass(frozen=True)
class Problem:
    """One thing that went wrong in grading a student, beyond a wrong answer."""

    where: str   # "exercise/check", a cell's label, or "notebook"
    kind: str    # error | timeout | crash | budget | protocol | internal
    message: str


@dataclass(frozen=True)
class StudentRow:
    """One student: final score, flag, and what went wrong while grading."""

    student: str
    status: str
    score: float
    max_score: float
    flagged: bool
    seconds: float
    exercises: dict
    failed_checks: int
    problems: tuple[Problem, ...] = ()
    late: Mapping | None = None
    #: per exercise a TA scored in formgrader (a manual score or extra credit): the automatic score under it
    overridden: Mapping[str, float] = field(default_factory=dict)

    @property
    def penalty(self) -> float:
        """Points the late penalty took off (0 without one)."""
        return float((self.late or {}).get("penalty") or 0.0)

    @property
    def fraction(self) -> float:
        return self.score / self.max_score if self.max_score else 0.0


@dataclass(frozen=True)
class ClassAnalysis:
    """Everything the report shows."""

    students: list[StudentRow]          # sorted by score, lowest first
    checks: list[CheckStat]             # in the grader's order
    items: list[ItemStat]               # one per exercise
    exercises: list[str]
    max_score: float
    flag_below: float
    totals: list[float]                 # final totals of graded submissions
    exercise_scores: dict[str, list[float]]  # per exercise, graded submissions, same order as totals
    lateness: bool = False              # any student has a ``late`` block

    @property
    def graded(self) -> list[StudentRow]:
        return [s for s in self.students if s.status == "graded"]

    @property
    def errors(self) -> list[StudentRow]:
        return [s for s in self.students if s.status != "graded"]

    @property
    def flagged(self) -> list[StudentRow]:
        return [s for s in self.students if s.flagged]

    @property
    def with_problems(self) -> list[StudentRow]:
        return [s for s in self.students if s.problems]

    def most_failed(self, n: int = 3) -> list[CheckStat]:
        """The ``n`` checks failed by most of the class (ties: the grader's order); none never failed."""
        failing = [c for c in self.checks if c.failed]
        return sorted(failing, key=lambda c: -(c.rate or 0.0))[:n]

    def slowest(self, n: int = 5) -> list[StudentRow]:
        return sorted(self.students, key=lambda s: -s.seconds)[:n]


# ------------------------------------------------------------------ statistics
def mean_sd(values: list[float]) -> tuple[float | None, float | None]:
    """Mean and sample sd (``ddof=1``); ``None`` where undefined (no values, or one for the sd)."""
    if not values:
        return None, None
    array = np.asarray(values, dtype=float)
    return float(array.mean()), (float(array.std(ddof=1)) if len(array) > 1 else None)


def quartiles(values: list[float]) -> tuple[float | None, float | None, float | None]:
    """First quartile, median and third quartile (numpy's default linear interpolation); ``None`` without values."""
    if not values:
        return None, None, None
    q1, median, q3 = np.percentile(np.asarray(values, dtype=float), [25, 50, 75])
    return float(q1), float(median), float(q3)


def pearson(x: list[float], y: list[float]) -> float | None:
    """Pearson correlation of ``x`` and ``y``; ``None`` if fewer than 2 pairs or either is constant."""
    if len(x) != len(y) or len(x) < 2:
        return None
    a, b = np.asarray(x, dtype=float), np.asarray(y, dtype=float)
    a, b = a - a.mean(), b - b.mean()
    # exact zero spread, or spread at rounding level of the values: no correlation to speak of
    scale_a, scale_b = float(np.sqrt(a @ a)), float(np.sqrt(b @ b))
    if scale_a <= 1e-12 * max(1.0, float(np.abs(x).max())) or scale_b <= 1e-12 * max(1.0, float(np.abs(y).max())):
        return None
    r = float(a @ b) / (scale_a * scale_b)
    return max(-1.0, min(1.0, r)) if math.isfinite(r) else None


# ------------------------------------------------------------------ the parts
def check_stats(results: list[SubmissionResult], order_of_exercises: tuple[str, ...] = ()) -> list[CheckStat]:
    """Failure rate and most common failure message of every check, over graded submissions.

    Exercises come in ``order_of_exercises`` (the assignment's), then in the order graded.
    """
    order: dict[tuple[str, str], tuple[str, float]] = {}
    ran: Counter = Counter()
    failures: dict[tuple[str, str], list[tuple[str, str]]] = {}
    failed_by: dict[tuple[str, str], list[str]] = {}
    for result in sorted(results, key=lambda r: r.student):
        if result.status != "graded":
            continue
        for check in result.checks:
            key = (check.exercise, check.name)
            order.setdefault(key, (check.description, check.points))
            ran[key] += 1
            if not check.passed:
                failures.setdefault(key, []).append((check.message or "", check.kind or "answer"))
                failed_by.setdefault(key, []).append(result.student)
    position = {ex: i for i, ex in enumerate(dict.fromkeys([*order_of_exercises, *(k[0] for k in order)]))}
    stats = []
    for key, (description, points) in order.items():
        failed = failures.get(key, [])
        groups = Counter(mask_numbers(message) for message, _ in failed)
        pattern, count = groups.most_common(1)[0] if groups else ("", 0)
        example = next((m for m, _ in failed if mask_numbers(m) == pattern), "")
        stats.append(CheckStat(key[0], key[1], description, points, ran[key], len(failed),
                               example, pattern, count, dict(Counter(k for _, k in failed)),
                               tuple(failed_by.get(key, ()))))
    # the grader's check order within an exercise; exercises in the assignment's order
    index = {key: i for i, key in enumerate(order)}
    return sorted(stats, key=lambda c: (position.get(c.exercise, len(position)), index[(c.exercise, c.name)]))


def student_problems(result: SubmissionResult) -> tuple[Problem, ...]:
    """What went wrong in grading ``result`` beyond wrong answers: its error, limits hit, crashes."""
    if result.status != "graded":
        return (Problem("notebook", "error", result.error or "could not be graded"),)
    problems = [Problem(f"{c.exercise}/{c.name}", c.kind, c.message)
                for c in result.checks if not c.passed and c.kind in PROBLEM_KINDS]
    problems += [Problem(f"cell {cell.label}", cell.status, cell.message)
                 for cell in result.cells if cell.status in PROBLEM_CELLS]
    return tuple(problems)


def student_rows(results: list[SubmissionResult], overrides: Overrides | None, flag_below: float,
                 late: Mapping[str, Mapping] | None = None) -> list[StudentRow]:
    """One row per student, lowest final score first (ties by id)."""
    rows = []
    for r in results:
        exercises = final_exercises(r, overrides)
        late_block = (late or {}).get(r.student)
        # the final grade, as grades.json gives it: after a TA's overrides, then the late penalty
        penalty = float(late_block.get("penalty") or 0.0) if late_block else 0.0
        score = round(sum(e["score"] for e in exercises.values()) - penalty, 6)
        flagged = r.status != "graded" or score < flag_below * r.max_score
        rows.append(StudentRow(r.student, r.status, score, r.max_score, flagged, float(r.seconds or 0.0),
                               {ex: e["score"] for ex, e in exercises.items()},
                               sum(1 for c in r.checks if not c.passed), student_problems(r), late_block,
                               {ex: float(e.get("auto_score", e["score"])) for ex, e in exercises.items()
                                if e.get("manual_score") is not None or e.get("extra_credit")}))
    return sorted(rows, key=lambda s: (s.fraction, s.score, s.student))


def item_stats(results: list[SubmissionResult], overrides: Overrides | None,
               exercises: list[str]) -> tuple[list[ItemStat], list[float], dict[str, list[float]]]:
    """Item analysis per exercise over graded submissions; also the score columns it used."""
    graded = sorted((r for r in results if r.status == "graded"), key=lambda r: r.student)
    finals = [final_exercises(r, overrides) for r in graded]
    columns = {ex: [float(f.get(ex, {}).get("score", 0.0)) for f in finals] for ex in exercises}
    totals = [round(sum(e["score"] for e in f.values()), 6) for f in finals]
    items = []
    for ex in exercises:
        column = columns[ex]
        maxima = [float(f[ex]["max_score"]) for f in finals if ex in f]
        max_score = max(maxima) if maxima else 0.0
        mean, sd = mean_sd(column)
        full_marks = sum(1 for v, f in zip(column, finals, strict=True) if ex in f and v >= f[ex]["max_score"])
        q1, median, q3 = quartiles(column)
        items.append(ItemStat(ex, max_score, len(column), mean, sd, pearson(column, totals), full_marks,
                              median, q1, q3))
    return items, totals, columns


def analyse(results: list[SubmissionResult], overrides: Overrides | None = None, *,
            flag_below: float = DEFAULT_FLAG_BELOW,
            late: Mapping[str, Mapping] | None = None, exercises: tuple[str, ...] = ()) -> ClassAnalysis:
    """The whole report's content from the stored results.

    Parameters
    ----------
    results : list of SubmissionResult
        Every stored result of the course (an empty class gives an empty analysis).
    overrides : mapping, optional
        The TA's formgrader scores, as :func:`autograder.outputs.grades.course_overrides` gives them.
    flag_below : float
        Flag students whose final score is below this fraction of the max score.
    late : mapping, optional
        Per student, the ``late`` block of ``grades.json`` (days late, penalty), when lateness is configured.
    exercises : tuple of str
        The assignment's exercises in order (an exercise nobody was graded on still gets its column).

    Raises
    ------
    ValueError
        If ``flag_below`` is not a fraction in [0, 1].
    """
    if not 0.0 <= flag_below <= 1.0:
        raise ValueError(f"flag_below must be a fraction between 0 and 1, got {flag_below!r}")
    results = list(results)
    seen = {ex for r in results for ex in r.exercises}
    order = exercises
    exercises = [ex for ex in order if ex in seen or not seen] + sorted(seen - set(order))
    items, totals, columns = item_stats(results, overrides, exercises)
    students = student_rows(results, overrides, flag_below, late)
    max_score = max((r.max_score for r in results), default=0.0)
    return ClassAnalysis(students, check_stats(results, order), items, exercises, max_score, flag_below,
                         totals, columns, lateness=any(s.late for s in students))
