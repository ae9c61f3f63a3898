"""Recording results where nbgrader's own tools look for them, and reading back a TA's overrides.

* The gradebook (``gradebook.db``): one submission per student, and for every
  instructor test cell an ``auto_score`` (its exercise's score split over the
  exercise's test cells by points). ``nbgrader export`` and formgrader read it.
* The autograded notebook: the instructor's notebook with the student's code
  in place, and the hidden checks' verdicts as the output of each exercise's
  test cell, so ``nbgrader generate_feedback`` tells students what went wrong.
* Late penalties (:func:`record_late_penalties`): each student's penalty,
  as ``grades.json`` has it, is the submitted notebook's
  ``late_submission_penalty``, where nbgrader's own late-submission plugin
  puts it: ``nbgrader export`` subtracts it and ``nbgrader
  generate_feedback`` shows it. With a deadline, the submission's
  ``timestamp`` and the assignment's ``duedate`` are ours too.
* Overrides: a score a TA types into formgrader is the grade's
  ``manual_score`` (and ``extra_credit``); a comment typed under an
  exercise's answer is the ``manual_comment`` of its solution cell.
  Recording never touches any of them, so they survive regrades;
  ``read_overrides`` hands them to the reports.

nbgrader's ``Grade.needs_manual_grade`` defaults to True and only nbgrader's
own autograde clears it; formgrader lists every submission holding such a
grade as "needs manual grade". So recording sets it for every test cell: False
once the autograder has scored the cell; True when the notebook could not be
graded and no TA has scored the cell yet (a human must look), or when a cell a
TA overrode gets another automatic score (the override may need a second
look, as nbgrader's own autograde does); otherwise an overridden cell's flag
is the TA's to clear.

Only the grader's own process writes here, one submission at a time.
"""
from __future__ import annotations

import copy
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path

from typing import TYPE_CHECKING

import nbformat

from autograder.assignment import Assignment
from autograder.grading.submission import SubmissionResult
from autograder.grading.notebooks import is_solution_cell, is_test_cell, nbgrader_meta

if TYPE_CHECKING:
    from nbgrader.api import Gradebook

SQLITE = "sqlite:///"


def auto_scores(assignment: Assignment, source: nbformat.NotebookNode, result: SubmissionResult) -> dict[str, float]:
    """Every instructor test cell's automatic score, by ``grade_id``.

    An exercise's score is split over its test cells in proportion to their
    points, so the cells of an exercise add up to the exercise's score.
    """
    per_exercise: dict[str, list[dict]] = {}
    for cell in source.cells:
        if is_test_cell(cell):
            meta = nbgrader_meta(cell)
            per_exercise.setdefault(assignment.exercise_of(meta["grade_id"]) or "", []).append(meta)
    scores = {}
    for exercise, cells in per_exercise.items():
        total = sum(float(m.get("points", 0)) for m in cells) or 1.0
        score = result.exercises.get(exercise, {}).get("score", 0.0)
        for meta in cells:
            scores[meta["grade_id"]] = score * float(meta.get("points", 0)) / total
    return scores


def _same(a: float | None, b: float | None) -> bool:
    return a is not None and b is not None and abs(a - b) <= 1e-9


def _record(gb: Gradebook, assignment: Assignment, source: nbformat.NotebookNode, result: SubmissionResult) -> bool:
    """Set the student's auto scores and review flags; True when anything changed."""
    gb.update_or_create_student(result.student)
    gb.update_or_create_submission(assignment.name, result.student)
    changed = False
    for grade_id, score in auto_scores(assignment, source, result).items():
        grade = gb.find_grade(grade_id, assignment.notebook_id, assignment.name, result.student)
        rescored = not _same(grade.auto_score, score)
        if grade.manual_score is None:
            needs_review = result.status == "error"  # nothing scored it: a human must look
        else:
            # An override stays the final score; a new automatic score asks for a second look,
            # and a flag the TA has not cleared yet stays set.
            needs_review = bool(grade.needs_manual_grade) or (rescored and grade.auto_score is not None)
        if rescored or grade.needs_manual_grade != needs_review:
            grade.auto_score = score
            grade.needs_manual_grade = needs_review
            changed = True
    return changed


def record_in_gradebook(db_url: str, assignment: Assignment, source: nbformat.NotebookNode,
                        result: SubmissionResult) -> None:
    """Create or update the student's submission and set every auto_score.

    A TA's ``manual_score`` and ``extra_credit`` are left as they are.
    """
    from nbgrader.api import Gradebook  # a second of imports: only when a gradebook is written

    with Gradebook(db_url) as gb:
        _record(gb, assignment, source, result)
        gb.db.commit()


def feedback_text(assignment: Assignment, result: SubmissionResult, exercise: str) -> str:
    """The verdict lines for one exercise, as a student reads them (see :mod:`autograder.outputs.feedback.text`)."""
    from autograder.outputs.feedback import model, text

    return text.exercise_text(model.build(assignment, result, model.registered_clause_ids(assignment)), exercise)


def autograded_notebook(assignment: Assignment, source: nbformat.NotebookNode,
                        result: SubmissionResult) -> nbformat.NotebookNode:
    """The instructor's notebook, the student's code, and the verdicts.

    Each test cell's output is its exercise's feedback text; its
    ``metadata.autograder.feedback_label`` names the exercise, for the index
    at the top of ``nbgrader generate_feedback``'s page (the course's feedback
    template shows it instead of nbgrader's "Test cell").
    """
    from autograder.outputs.feedback import model, text

    feedback = model.build(assignment, result, model.registered_clause_ids(assignment))
    nb = copy.deepcopy(source)
    solutions = (result.student_code or {}).get("solutions", {})
    for cell in nb.cells:
        if cell.cell_type == "code":
            cell.outputs = []
            cell.execution_count = None
        if is_solution_cell(cell):
            sources = solutions.get(nbgrader_meta(cell)["grade_id"])
            cell.source = "\n\n".join(sources) if sources else "# (missing from the submission)"
        if is_test_cell(cell):
            exercise = assignment.exercise_of(nbgrader_meta(cell)["grade_id"])
            if exercise is not None:
                cell.metadata.setdefault("autograder", {})["feedback_label"] = \
                    f"{assignment.heading(exercise)}: hidden checks"
                cell.outputs = [nbformat.v4.new_output("stream", name="stdout",
                                                       text=text.exercise_text(feedback, exercise))]
    return nb


def write_autograded_notebook(path: Path, assignment: Assignment, source: nbformat.NotebookNode,
                              result: SubmissionResult) -> bool:
    """Write the autograded notebook unless the file already holds it; True when written."""
    text = nbformat.writes(autograded_notebook(assignment, source, result))
    text += "" if text.endswith("\n") else "\n"
    try:
        if path.read_text(encoding="utf-8") == text:
            return False
    except (OSError, UnicodeDecodeError):
        pass  # missing or unreadable: write it
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(".tmp")
    tmp.write_text(text, encoding="utf-8")
    tmp.replace(path)
    return True


def _sqlite_file(db_url: str) -> Path | None:
    return Path(db_url[len(SQLITE):]) if db_url.startswith(SQLITE) else None


def repair_records(db_url: str, assignment: Assignment, source: nbformat.NotebookNode,
                   results: Iterable[SubmissionResult], autograded: Callable[[str], Path]) -> list[str]:
    """Write again every record of ours that someone else changed.

    Anything but ``autograder grade`` that writes auto scores or autograded
    notebooks (stock ``nbgrader autograde``, formgrader's Autograde button in a
    course made before it was disabled) leaves records that disagree with the
    sandboxed results. Every run calls this with all stored results, so those
    records are repaired whether or not the submission was graded again.
    Manual scores and extra credit are kept.

    Parameters
    ----------
    db_url : str
        The gradebook.
    assignment : Assignment
        The assignment the results are of.
    source : NotebookNode
        The instructor's notebook.
    results : iterable of SubmissionResult
        Every stored result.
    autograded : callable
        A student id to the path of their autograded notebook.

    Returns
    -------
    list of str
        The students whose gradebook entries or autograded notebook were written again.
    """
    from nbgrader.api import Gradebook

    results = list(results)
    repaired = set()
    with Gradebook(db_url) as gb:
        for result in results:
            if _record(gb, assignment, source, result):
                repaired.add(result.student)
        gb.db.commit()
    for result in results:
        if write_autograded_notebook(autograded(result.student), assignment, source, result):
            repaired.add(result.student)
    return sorted(repaired)


def _naive_utc(value: datetime | str | None) -> datetime | None:
    """A time as nbgrader's gradebook stores it: naive, in UTC."""
    if value is None:
        return None
    stamp = datetime.fromisoformat(value) if isinstance(value, str) else value
    return stamp.astimezone(timezone.utc).replace(tzinfo=None) if stamp.utcoffset() is not None else stamp


def record_late_penalties(db_url: str, assignment: Assignment, late: Mapping[str, Mapping | None],
                          due: datetime | None) -> list[str]:
    """Write each student's late penalty where nbgrader keeps it; the students whose record changed.

    Parameters
    ----------
    db_url : str
        The gradebook; one that does not exist is not created.
    late : mapping
        Per student, the ``late`` block of ``grades.json`` (``penalty``,
        ``submitted_at``), or None when the course has no deadline (no
        penalty: the notebook's ``late_submission_penalty`` is cleared).
    due : datetime, optional
        The deadline; when set, the assignment's ``duedate`` and each
        submission's ``timestamp`` become ours (nbgrader's own autograde,
        disabled here, would set them from the same ``timestamp.txt``).

    Students without a submission in the gradebook are skipped (``grade``
    records them).
    """
    path = _sqlite_file(db_url)
    if path is not None and not path.is_file():
        return []
    from nbgrader.api import Gradebook, MissingEntry

    changed = []
    with Gradebook(db_url) as gb:
        try:
            record = gb.find_assignment(assignment.name)
        except MissingEntry:
            return []
        if due is not None and record.duedate != _naive_utc(due):
            record.duedate = _naive_utc(due)
        for student, block in sorted(late.items()):
            try:
                notebook = gb.find_submission_notebook(assignment.notebook_id, assignment.name, student)
            except MissingEntry:
                continue
            penalty = None if block is None else float(block.get("penalty") or 0.0)
            touched = False
            if not (penalty is None and notebook.late_submission_penalty is None) \
                    and not _same(notebook.late_submission_penalty, penalty):
                notebook.late_submission_penalty = penalty
                touched = True
            if block is not None:
                submitted = _naive_utc(block.get("submitted_at"))
                if notebook.assignment.timestamp != submitted:
                    notebook.assignment.timestamp = submitted
                    touched = True
            if touched:
                changed.append(student)
        gb.db.commit()
    return changed


@dataclass(frozen=True)
class CellGrade:
    """One test cell's grade as formgrader holds it."""

    grade_id: str
    max_score: float
    manual_score: float | None
    extra_credit: float


@dataclass(frozen=True)
class Override:
    """What a TA set in formgrader on one exercise: the grades of all its test cells, and comments."""

    cells: tuple[CellGrade, ...]
    #: the TA's comments on the exercise's cells (in formgrader: under its answer), by cell name
    comments: tuple[str, ...] = ()

    @property
    def comment(self) -> str | None:
        """The TA's comments as one text, or None when there is none."""
        return "\n\n".join(self.comments) or None

    @property
    def max_score(self) -> float:
        return sum(c.max_score for c in self.cells)

    @property
    def extra_credit(self) -> float:
        return sum(c.extra_credit for c in self.cells)

    def manual_score(self, auto: float) -> float | None:
        """The exercise's score as the TA set it, or None when no cell was overridden.

        Overridden cells count their manual score, the others their share of
        ``auto`` (split by points, as ``auto_scores`` records it).
        """
        if all(c.manual_score is None for c in self.cells):
            return None
        total = self.max_score or 1.0
        return round(sum(c.manual_score if c.manual_score is not None else auto * c.max_score / total
                         for c in self.cells), 6)

    def final_score(self, auto: float) -> float:
        """The exercise's grade: the TA's score where set, else ``auto``, plus extra credit."""
        manual = self.manual_score(auto)
        return round((auto if manual is None else manual) + self.extra_credit, 6)


def read_overrides(db_url: str, assignment: Assignment) -> dict[str, dict[str, Override]]:
    """Every student's overridden exercises: ``{student: {exercise: Override}}``.

    An exercise appears when a TA set a manual score or extra credit on any of
    its test cells, or wrote a comment on any of its cells (a blank comment
    is none). A gradebook that does not exist has no overrides (and is not
    created).
    """
    path = _sqlite_file(db_url)
    if path is not None and not path.is_file():
        return {}
    from nbgrader.api import Gradebook, MissingEntry

    overrides: dict[str, dict[str, Override]] = {}
    with Gradebook(db_url) as gb:
        try:
            record = gb.find_assignment(assignment.name)
        except MissingEntry:
            return {}
        for submission in record.submissions:
            per_exercise: dict[str, list[CellGrade]] = {}
            comments: dict[str, list[tuple[str, str]]] = {}
            for notebook in submission.notebooks:
                if notebook.name != assignment.notebook_id:
                    continue
                for grade in notebook.grades:
                    exercise = assignment.exercise_of(grade.name)
                    if exercise is None:
                        continue
                    per_exercise.setdefault(exercise, []).append(CellGrade(
                        grade.name, float(grade.max_score or 0.0),
                        None if grade.manual_score is None else float(grade.manual_score),
                        float(grade.extra_credit or 0.0)))
                for comment in notebook.comments:
                    exercise = assignment.exercise_of(comment.name)
                    text = (comment.manual_comment or "").strip()
                    if exercise is not None and text:
                        comments.setdefault(exercise, []).append((comment.name, text))
            touched = {ex: Override(tuple(sorted(cells, key=lambda c: c.grade_id)),
                                    tuple(text for _, text in sorted(comments.get(ex, []))))
                       for ex, cells in per_exercise.items()
                       if any(c.manual_score is not None or c.extra_credit for c in cells) or ex in comments}
            if touched:
                overrides[submission.student.id] = touched
    return overrides
