"""Recording results where nbgrader's own tools look for them.

* The gradebook (``gradebook.db``): one submission per student, and for every
  instructor test cell an ``auto_score`` (its exercise's score split over the
  exercise's test cells by points). ``nbgrader export`` and formgrader read it.
* The autograded notebook: the instructor's notebook with the student's code
  in place, and the hidden checks' verdicts as the output of each exercise's
  test cell, so ``nbgrader generate_feedback`` tells students what went wrong.

Only the grader's own process writes here, one submission at a time.
"""
from __future__ import annotations

import copy
from pathlib import Path

import nbformat
from nbgrader.api import Gradebook

from autograder.assignment import ASSIGNMENT, exercise_of
from autograder.grading import SubmissionResult
from autograder.notebooks import is_solution_cell, is_test_cell, nbgrader_meta

NOTEBOOK_ID = "genomics_applications"


def record_in_gradebook(db_url: str, source: nbformat.NotebookNode, result: SubmissionResult) -> None:
    """Create or update the student's submission and set every auto_score."""
    with Gradebook(db_url) as gb:
        gb.update_or_create_student(result.student)
        gb.update_or_create_submission(ASSIGNMENT, result.student)
        per_exercise: dict[str, list] = {}
        for cell in source.cells:
            if is_test_cell(cell):
                meta = nbgrader_meta(cell)
                per_exercise.setdefault(exercise_of(meta["grade_id"]) or "", []).append(meta)
        for exercise, cells in per_exercise.items():
            total = sum(float(m.get("points", 0)) for m in cells) or 1.0
            score = result.exercises.get(exercise, {}).get("score", 0.0)
            for meta in cells:
                grade = gb.find_grade(meta["grade_id"], NOTEBOOK_ID, ASSIGNMENT, result.student)
                grade.auto_score = score * float(meta.get("points", 0)) / total
        gb.db.commit()


def feedback_text(result: SubmissionResult, exercise: str) -> str:
    """The verdict lines for one exercise, as a student reads them."""
    if result.status == "error":
        return f"This notebook could not be graded: {result.error}\n"
    lines = []
    ex = result.exercises.get(exercise, {})
    lines.append(f"{exercise}: {ex.get('score', 0):g} / {ex.get('max_score', 0):g} points")
    for check in result.checks:
        if check.exercise != exercise:
            continue
        mark = "PASS" if check.passed else "FAIL"
        line = f"  [{mark}] {check.description}"
        if not check.passed:
            line += f"\n         -> {check.message}"
        lines.append(line)
    return "\n".join(lines) + "\n"


def write_autograded_notebook(path: Path, source: nbformat.NotebookNode,
                              result: SubmissionResult) -> None:
    """The instructor's notebook, the student's code, and the verdicts."""
    nb = copy.deepcopy(source)
    solutions = (result.student_code or {}).get("solutions", {})
    cells = []
    for cell in nb.cells:
        if cell.cell_type == "code":
            cell.outputs = []
            cell.execution_count = None
        if is_solution_cell(cell):
            sources = solutions.get(nbgrader_meta(cell)["grade_id"])
            cell.source = "\n\n".join(sources) if sources else "# (missing from the submission)"
        cells.append(cell)
        if is_test_cell(cell):
            exercise = exercise_of(nbgrader_meta(cell)["grade_id"])
            if exercise is not None:
                cell.outputs = [nbformat.v4.new_output("stream", name="stdout",
                                                       text=feedback_text(result, exercise))]
    nb.cells = cells
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(".tmp")
    nbformat.write(nb, tmp)
    tmp.replace(path)
