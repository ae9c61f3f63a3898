"""``autograder feedback COURSE``: one HTML page per student with a stored result, where nbgrader delivers it.

The page is written where ``nbgrader generate_feedback`` writes its own,
``COURSE/feedback/<student>/<assignment>/<notebook>.html``, beside the two
files ``nbgrader release_feedback`` needs there (see
:mod:`autograder.feedback.delivery`). So ``nbgrader release_feedback`` copies
our page to the exchange and the student's ``nbgrader fetch_feedback`` (or the
Assignments tab) brings it home; nbgrader's own ``generate_feedback`` (and
formgrader's Generate Feedback button) renders this same page
(:mod:`autograder.feedback.nbgrader_template`).

Scores are the final ones, as in ``grades.json`` and every export: a TA's
formgrader override shows as the score, and the total is after the course's
late penalty, shown as such (``late 1 day: -2.00``).
"""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from autograder.assignment import ASSIGNMENT, NOTEBOOK
from autograder.feedback import model, page
from autograder.feedback.delivery import delivery_files, missing_note
from autograder.grading import SubmissionResult
from autograder.untrusted import one_line

#: the page's name: nbgrader's, the notebook's stem with ``.html``
PAGE_NAME = NOTEBOOK.rsplit(".", 1)[0] + ".html"
#: where pages were written before they moved into nbgrader's layout; removed when a page is rewritten
OLD_PAGE_NAME = "autograder.html"
#: ``COURSE/autograder/<this>``: the students whose page must be handed over another way, with its path
BY_HAND = "feedback-by-hand.txt"


@dataclass
class FeedbackRun:
    """What ``autograder feedback`` wrote: the pages, and the students ``fetch_feedback`` cannot reach."""

    pages: list[Path] = field(default_factory=list)
    by_hand: list[str] = field(default_factory=list)  # submissions not made by `nbgrader submit`


def page_path(root: Path, student: str) -> Path | None:
    """Where a student's page goes, or None for an id that is not one plain folder name."""
    if not student or student in (".", "..") or student.startswith(".") or "/" in student or "\x00" in student:
        return None
    return Path(root) / "feedback" / student / ASSIGNMENT / PAGE_NAME


def page_html(result: SubmissionResult, scores: dict[str, dict] | None = None, late: dict | None = None) -> str:
    """The page of one result (``scores``: the final per-exercise scores, overrides applied; ``late``:
    the ``late`` block of ``grades.json``)."""
    feedback = model.build(result, model.registered_clause_ids(), scores, late)
    return page.render(feedback, model.clause_texts())


def _entries(root: Path, results: dict[str, SubmissionResult], log) -> dict[str, dict]:
    """Each student's ``grades.json`` entry: overrides, then the late penalty."""
    from autograder.course import Course
    from autograder.report import class_lateness, course_overrides, grades_document

    overrides = course_overrides(root, Course(root).db_url, log=log)
    lateness = class_lateness(root, list(results.values()), log=log)
    return grades_document(list(results.values()), overrides, lateness)["students"]


def student_page(root: Path, student: str, log=lambda *a: None) -> str | None:
    """One student's page from the stored results, or None when the course has no result for them.

    Used by ``nbgrader generate_feedback`` (through the course's exporter),
    so formgrader's Generate Feedback button gives the page
    ``autograder feedback`` gives.
    """
    from autograder.classrun import stored_results

    root = Path(root).resolve()
    results = stored_results(root / "autograder" / "results")
    if student not in results:
        return None
    entry = _entries(root, results, log)[student]
    return page_html(results[student], entry["exercises"], entry.get("late"))


def write_course_feedback(root: Path, log=print) -> FeedbackRun:
    """Write every student's page and its delivery files; returns what was written.

    Raises
    ------
    EnvironmentProblem
        When the course has no stored result (nothing was graded yet).
    """
    from autograder.classrun import stored_results
    from autograder.course import Course
    from autograder.errors import EnvironmentProblem
    from autograder.files import atomic_write

    course = Course(root.resolve())
    course.load_source()  # not a course: say so before anything is written
    results = stored_results(course.state / "results")
    if not results:
        raise EnvironmentProblem(f"no graded submissions in {course.root}: run `autograder grade "
                                 f"{root}` first")
    entries = _entries(course.root, results, log)
    run = FeedbackRun()
    for student, result in sorted(results.items()):
        path = page_path(course.root, student)
        if path is None:
            log(f"warning: no feedback page for {one_line(student, 60)!r}: not a folder name")
            continue
        entry = entries[student]
        atomic_write(path, page_html(result, entry["exercises"], entry.get("late")))
        files, fetchable = delivery_files(course.submitted / student / ASSIGNMENT, path.parent)
        for name, text in files.items():
            atomic_write(path.parent / name, text)
        (path.parent.parent / OLD_PAGE_NAME).unlink(missing_ok=True)  # an earlier version's page: stale now
        run.pages.append(path)
        if not fetchable:
            run.by_hand.append(student)
    listing = course.state / BY_HAND
    if run.by_hand:
        atomic_write(listing, "".join(f"{s}\t{page_path(course.root, s)}\n" for s in run.by_hand))
        log(missing_note(run.by_hand, listing))
    else:
        listing.unlink(missing_ok=True)  # an earlier run's list would now be wrong
    return run
