"""``autograder feedback COURSE``: one HTML page per student with a stored result, where nbgrader delivers it.

The page is written where ``nbgrader generate_feedback`` writes its own,
``COURSE/feedback/<student>/<assignment>/<notebook>.html``, beside the two
files ``nbgrader release_feedback`` needs there (see
:mod:`autograder.outputs.feedback.delivery`). So ``nbgrader release_feedback`` copies
our page to the exchange and the student's ``nbgrader fetch_feedback`` (or the
Assignments tab) brings it home; nbgrader's own ``generate_feedback`` (and
formgrader's Generate Feedback button) renders this same page
(:mod:`autograder.outputs.feedback.nbgrader_template`).

Scores are the final ones, as in ``grades.json`` and every export: a TA's
formgrader override shows as the score, and the total is after the course's
late penalty, shown as such (``late 1 day: -2.00``).
"""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from autograder.course.folder import Course
from autograder.outputs.feedback import model, page
from autograder.outputs.feedback.delivery import delivery_files, missing_note
from autograder.grading.submission import SubmissionResult
from autograder.common.untrusted import one_line

#: where pages were written before they moved into nbgrader's layout; removed when a page is rewritten
OLD_PAGE_NAME = "autograder.html"
#: ``COURSE/autograder/<this>``: the students whose page must be handed over another way, with its path
BY_HAND = "feedback-by-hand.txt"


@dataclass
class FeedbackRun:
    """What ``autograder feedback`` wrote: the pages, and the students ``fetch_feedback`` cannot reach."""

    pages: list[Path] = field(default_factory=list)
    by_hand: list[str] = field(default_factory=list)  # submissions not made by `nbgrader submit`


def page_name(course: Course) -> str:
    """The page's name: nbgrader's, the notebook's stem with ``.html``."""
    return course.assignment.notebook_id + ".html"


def page_path(course: Course, student: str) -> Path | None:
    """Where a student's page goes, or None for an id that is not one plain folder name."""
    if not student or student in (".", "..") or student.startswith(".") or "/" in student or "\x00" in student:
        return None
    return course.root / "feedback" / student / course.assignment.name / page_name(course)


def page_html(assignment, result: SubmissionResult, scores: dict[str, dict] | None = None,
              late: dict | None = None) -> str:
    """The page of one result (``scores``: the final per-exercise scores, overrides applied; ``late``:
    the ``late`` block of ``grades.json``)."""
    feedback = model.build(assignment, result, model.registered_clause_ids(assignment), scores, late)
    return page.render(assignment, feedback, model.clause_texts(assignment))


def _entries(course: Course, results: dict[str, SubmissionResult], log) -> dict[str, dict]:
    """Each student's ``grades.json`` entry: overrides, then the late penalty."""
    from autograder.outputs.grades import class_lateness, course_overrides, grades_document

    overrides = course_overrides(course, log=log)
    lateness = class_lateness(course, list(results.values()), log=log)
    return grades_document(course.assignment, list(results.values()), overrides, lateness)["students"]


def student_page(course: Course, student: str, log=lambda *a: None) -> str | None:
    """One student's page from the stored results, or None when the course has no result for them.

    Used by ``nbgrader generate_feedback`` (through the course's exporter),
    so formgrader's Generate Feedback button gives the page
    ``autograder feedback`` gives.
    """
    from autograder.course.classrun import stored_results

    results = stored_results(course.state / "results")
    if student not in results:
        return None
    entry = _entries(course, results, log)[student]
    return page_html(course.assignment, results[student], entry["exercises"], entry.get("late"))


def write_course_feedback(course: Course, log=print) -> FeedbackRun:
    """Write every student's page and its delivery files; returns what was written.

    Raises
    ------
    EnvironmentProblem
        When the course has no stored result (nothing was graded yet).
    """
    from autograder.course.classrun import stored_results
    from autograder.common.errors import EnvironmentProblem
    from autograder.common.files import atomic_write

    course.load_source()  # not a course: say so before anything is written
    results = stored_results(course.state / "results")
    if not results:
        raise EnvironmentProblem(f"no graded submissions of {course.assignment.name} in {course.root}: run "
                                 f"`autograder grade {course.root} --assignment {course.assignment.name}` first")
    entries = _entries(course, results, log)
    run = FeedbackRun()
    for student, result in sorted(results.items()):
        path = page_path(course, student)
        if path is None:
            log(f"warning: no feedback page for {one_line(student, 60)!r}: not a folder name")
            continue
        entry = entries[student]
        atomic_write(path, page_html(course.assignment, result, entry["exercises"], entry.get("late")))
        files, fetchable = delivery_files(course.submitted / student / course.assignment.name, path.parent,
                                          course.assignment.notebook)
        for name, text in files.items():
            atomic_write(path.parent / name, text)
        (path.parent.parent / OLD_PAGE_NAME).unlink(missing_ok=True)  # an earlier version's page: stale now
        run.pages.append(path)
        if not fetchable:
            run.by_hand.append(student)
    listing = course.state / BY_HAND
    if run.by_hand:
        atomic_write(listing, "".join(f"{s}\t{page_path(course, s)}\n" for s in run.by_hand))
        log(missing_note(run.by_hand, listing))
    else:
        listing.unlink(missing_ok=True)  # an earlier run's list would now be wrong
    return run
