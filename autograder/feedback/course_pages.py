"""``autograder feedback COURSE``: one HTML page per student with a stored result.

Pages go to ``COURSE/feedback/<student>/autograder.html``. ``nbgrader
generate_feedback`` writes ``COURSE/feedback/<student>/genomics_applications/
genomics_applications.html`` in the same student folder; that file is never
touched, and ``nbgrader release_feedback`` keeps working as before.
Scores are the final ones, as in ``grades.json`` and every export: a TA's
formgrader override shows as the score, and the total is after the course's
late penalty, shown as such (``late 1 day: -2.00``).
"""
from __future__ import annotations

from pathlib import Path

from autograder.feedback import model, page
from autograder.grading import SubmissionResult
from autograder.untrusted import one_line

PAGE_NAME = "autograder.html"


def page_path(root: Path, student: str) -> Path | None:
    """Where a student's page goes, or None for an id that is not one plain folder name."""
    if not student or student in (".", "..") or student.startswith(".") or "/" in student or "\x00" in student:
        return None
    return root / "feedback" / student / PAGE_NAME


def page_html(result: SubmissionResult, scores: dict[str, dict] | None = None, late: dict | None = None) -> str:
    """The page of one result (``scores``: the final per-exercise scores, overrides applied; ``late``:
    the ``late`` block of ``grades.json``)."""
    feedback = model.build(result, model.registered_clause_ids(), scores, late)
    return page.render(feedback, model.clause_texts())


def write_course_feedback(root: Path, log=print) -> list[Path]:
    """Write every student's page; returns the pages written.

    Raises
    ------
    EnvironmentProblem
        When the course has no stored result (nothing was graded yet).
    """
    from autograder.classrun import stored_results
    from autograder.course import Course
    from autograder.errors import EnvironmentProblem
    from autograder.files import atomic_write
    from autograder.report import class_lateness, course_overrides, grades_document

    course = Course(root.resolve())
    course.load_source()  # not a course: say so before anything is written
    results = stored_results(course.state / "results")
    if not results:
        raise EnvironmentProblem(f"no graded submissions in {course.root}: run `autograder grade "
                                 f"{root}` first")
    overrides = course_overrides(course.root, course.db_url, log=log)
    # the same entries as grades.json and the exports: overrides, then the late penalty
    lateness = class_lateness(course.root, list(results.values()), log=log)
    entries = grades_document(list(results.values()), overrides, lateness)["students"]
    written = []
    for student, result in sorted(results.items()):
        path = page_path(course.root, student)
        if path is None:
            log(f"warning: no feedback page for {one_line(student, 60)!r}: not a folder name")
            continue
        entry = entries[student]
        atomic_write(path, page_html(result, entry["exercises"], entry.get("late")))
        written.append(path)
    return written
