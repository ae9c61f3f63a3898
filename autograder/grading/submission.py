"""Grading one submission: a pipeline of small stages.

1. load      read the notebook strictly (SubmissionError on any defect)
2. extract   take only the student's code, per the instructor's cells
3. plan      interleave it with the instructor's teaching cells
4. execute   run the plan in a sandboxed kernel (KernelSession)
5. check     run the hidden checks in this process against reference/
6. score     points per exercise from the instructor's test cells

Nothing a submission contains can stop the pipeline: every failure becomes
that student's ``error`` or lost checks.
"""
from __future__ import annotations

import hashlib
import json
import time
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Callable

import nbformat

from autograder.grading.checking import Check, CheckResult, run_checks
from autograder.common.config import GradingConfig
from autograder.common.errors import SubmissionError
from autograder.course.secret import CourseSecret
from autograder.grading.notebooks import (build_plan, exercise_of, extract_student_code, is_test_cell,
                                          load_submission, missing_cell_message, nbgrader_meta, solution_ids)
from autograder.grading.session import CellOutcome, KernelSession, StudentError

GRADER_VERSION = "1"


def exercise_points(source: nbformat.NotebookNode) -> dict[str, float]:
    """Max score of each exercise: the points of its test cells in the source."""
    exercises = solution_ids(source)  # one solution cell per exercise, named by its id
    points = {ex: 0.0 for ex in exercises}
    for cell in source.cells:
        if is_test_cell(cell):
            exercise = exercise_of(exercises, nbgrader_meta(cell).get("grade_id", ""))
            if exercise is not None:
                points[exercise] += float(nbgrader_meta(cell).get("points", 0))
    return points


def score_exercises(results: list[CheckResult], points: dict[str, float]) -> dict[str, dict]:
    """Scale each exercise's passed check points to the instructor's max score."""
    scores = {}
    for exercise, max_score in points.items():
        mine = [r for r in results if r.exercise == exercise]
        total = sum(r.points for r in mine)
        earned = sum(r.points for r in mine if r.passed)
        score = round(max_score * earned / total, 6) if total else 0.0
        scores[exercise] = {"score": score, "max_score": max_score}
    return scores


@dataclass
class SubmissionResult:
    """Everything known about one graded submission."""

    student: str
    status: str  # graded | error
    error: str | None
    exercises: dict[str, dict]
    max_score: float
    checks: list[CheckResult] = field(default_factory=list)
    cells: list[CellOutcome] = field(default_factory=list)
    log: list[str] = field(default_factory=list)
    stdout: str = ""
    stderr: str = ""
    seconds: float = 0.0
    fingerprint: str = ""
    student_code: dict | None = None
    #: when grading began, host wall clock (seconds since the epoch): with ``seconds``, when the
    #: notebook's kernels were alive, to compare with a classmate's
    started: float = 0.0

    @property
    def score(self) -> float:
        return round(sum(e["score"] for e in self.exercises.values()), 6)

    def to_json(self) -> dict:
        data = asdict(self)
        data["score"] = self.score
        return data

    @classmethod
    def from_json(cls, data: dict) -> "SubmissionResult":
        data = dict(data)
        data.pop("score", None)
        data["checks"] = [CheckResult(**c) for c in data.get("checks", [])]
        data["cells"] = [CellOutcome(**c) for c in data.get("cells", [])]
        return cls(**data)


def fingerprint(path: Path, source_digest: str) -> str:
    """Identifies a grading: same submission, source and grader -> same grades."""
    digest = hashlib.sha256()
    digest.update(GRADER_VERSION.encode())
    digest.update(source_digest.encode())
    try:
        digest.update(path.read_bytes())
    except OSError:
        digest.update(b"<unreadable>")
    return digest.hexdigest()


def submission_key(student: str, code) -> str:
    """What keys a submission's own draws: the student and every line of code they wrote.

    Solution cells and added cells alike (an added cell can hold a table of answers the solution
    looks up), nothing else: saving the notebook again with other outputs meets the same inputs,
    and ``check --course C --student ID`` meets what ``grade`` met.
    """
    payload = json.dumps({"student": student, "solutions": code.solutions,
                          "added": {str(k): v for k, v in code.added.items()}}, sort_keys=True)
    return hashlib.sha256(payload.encode()).hexdigest()


def missing_cell_results(checks: list[Check], absent: dict[str, str]) -> list[CheckResult]:
    """A failed result for each check of an exercise whose solution cell is missing.

    Parameters
    ----------
    checks : list of Check
        The checks of those exercises; they are not run.
    absent : dict
        The solution cell's ``grade_id`` of each such exercise.
    """
    return [CheckResult(c.exercise, c.name, c.description, c.points, False,
                        missing_cell_message(absent[c.exercise]), 0.0, "missing") for c in checks]


def grade_notebook(student: str, path: Path, source: nbformat.NotebookNode, checks: list[Check],
                   kernels, config: GradingConfig, secret: CourseSecret,
                   cell_budget: dict[str, float] | None = None, source_digest: str = "",
                   stop_at_first_failure: bool = False, wall_budget_s: float | None = None,
                   run: Callable[[list[Check], KernelSession], list[CheckResult]] | None = None,
                   per_submission_draws: bool = True, assignment: str = "") -> SubmissionResult:
    """Grade one student's notebook; never raises for anything in the notebook.

    ``wall_budget_s`` bounds the notebook's whole cost (see :class:`KernelSession`). ``run(checks,
    session)`` runs the checks of the exercises whose cells are present, once the plan has run;
    by default :func:`run_checks` under ``secret``, keyed on the submission
    (:func:`submission_key`) unless ``per_submission_draws`` is False (the audit measures the
    checks under whole course secrets, and runs them under several in turn, in the same kernels).
    ``assignment`` (a name): a notebook at ``.../<student>/<assignment>/`` with another name is
    looked for in the whole student folder, as nbgrader's layout may put it there.
    """
    started = time.perf_counter()
    points = exercise_points(source)
    max_score = sum(points.values())
    result = SubmissionResult(student, "graded", None, {}, max_score,
                              fingerprint=fingerprint(path, source_digest), started=time.time())
    try:
        # In nbgrader's layout a misnamed notebook is somewhere in the student's folder.
        look_in = path.parent.parent if assignment and path.parent.name == assignment else path.parent
        submission = load_submission(path, look_in)
        code = extract_student_code(submission, source)
    except SubmissionError as exc:
        result.status, result.error = "error", str(exc)
        result.seconds = time.perf_counter() - started
        return result
    result.student_code = {"solutions": code.solutions,
                           "added": {str(k): v for k, v in code.added.items()}}
    plan = build_plan(source, code)
    new_kernel, preloaded = kernels.for_plan(plan, path.parent)
    session = KernelSession(plan, new_kernel, config, cell_budget, preloaded, wall_budget_s, exercises=list(points))
    try:
        try:
            session.run_plan()
        except StudentError as exc:
            session.log.add(f"the kernel could not run the notebook: {exc}")
        absent = {exercise_of(list(points), gid) or gid: gid for gid in code.missing}
        for exercise, grade_id in absent.items():
            session.log.add(f"exercise {exercise}: {missing_cell_message(grade_id)}")
        present = [c for c in checks if c.exercise not in absent]
        key = submission_key(student, code) if per_submission_draws else ""
        result.checks = (run(present, session) if run is not None
                         else run_checks(present, session, config, secret, stop_at_first_failure, key))
        result.checks += missing_cell_results([c for c in checks if c.exercise in absent], absent)
    finally:
        session.close()
        # the notebook's kernels are stopped: its template (its host uid) may serve another notebook
        release = getattr(new_kernel, "release", None)
        if release is not None:
            release()
    result.cells = session.outcomes
    result.log = session.log.lines
    result.stdout, result.stderr = session.output_text()
    result.exercises = score_exercises(result.checks, points)
    result.seconds = time.perf_counter() - started
    return result
