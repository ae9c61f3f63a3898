"""The small graded class that the course-level tests share, graded once per test run.

One course (a copy of the calibrated base course, plus the plug-in assignment ``vector_norms``)
holds every student the feedback pages, the class report, formgrader, the exports with lateness
and the course-folder tests read. It is graded once by ``autograder grade``, as a TA runs it, with
a lateness policy set before; its output is kept beside the course. Tests that only read it use it
as it is; a test that changes it (feedback, a report, a formgrader override, a regrade) works on a
copy (:func:`courses.copy_course`: the copy keeps the secret, the calibration and the results).

Each student plays one part (:data:`STUDENTS`); the tests that read a part say what it must score.
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import nbformat

from autograder.course.demo import notebook_with, submit
from autograder.course.folder import Course
from genomics import CORPUS, EXERCISES, instructor_solution

#: nbgrader's timestamp.txt lines; the policy's deadline is DUE_ARG
DUE_ARG = "2026-12-01T23:59:00+00:00"
ON_TIME = "2026-12-01 22:00:00.000001 UTC"
THREE_DAYS_LATE = "2026-12-04 10:00:00.5 UTC"
UNREADABLE = "not a time"
POLICY_ARGS = ("--due", DUE_ARG, "--penalty", "percent_per_day", "--percent-per-day", "10", "--grace-minutes", "5")

EX1 = "ex1_irls_logistic"
SOLVED = {ex: instructor_solution(ex) for ex in EXERCISES}
#: the corpus's exercise-1 mistakes the class hands in (read from the corpus, never restated)
WRONG_POISSON = (CORPUS / EX1 / "wrong_poisson_weights.py").read_text()
WRONG_IGNORES_TOL = (CORPUS / EX1 / "wrong_ignores_tol.py").read_text()
RAISING_EX1 = '''
def irls_logistic(X, y, max_iter=25, tol=1e-8):
    return fit_with_helper(X, y, max_iter, tol)

beta, history = irls_logistic(np.eye(3), np.array([0.0, 1.0, 1.0]))
'''

#: student -> (the solution cells they filled, their timestamp.txt or None)
STUDENTS: dict[str, tuple[dict[str, str] | None, str | None]] = {
    "ada": (SOLVED, ON_TIME),                                   # every exercise right, on time
    "bob": ({EX1: SOLVED[EX1]}, None),                          # exercise 1 only; no timestamp.txt
    "release": (None, ON_TIME),                                 # the release notebook, untouched
    "=1+2": ({EX1: SOLVED[EX1]}, UNREADABLE),                   # a formula id; an unreadable time
    "late3": (SOLVED, THREE_DAYS_LATE),                         # right, three days late
    "ex1-wrong": (dict(SOLVED, **{EX1: WRONG_POISSON}), ON_TIME),
    "ex1-ignores-tol": (dict(SOLVED, **{EX1: WRONG_IGNORES_TOL}), ON_TIME),
    "ex1-raises": (dict(SOLVED, **{EX1: RAISING_EX1}), ON_TIME),
}

#: the second assignment (a plug-in from tests/plugin_assignment): ada right, bob's norm the L1 norm
SECOND, SECOND_EXERCISE = "vector_norms", "ex1_norms"


@dataclass(frozen=True)
class SmallClass:
    """The graded class: its course (``genomics_applications``), the second assignment's, and
    what ``autograder grade`` printed."""

    course: Course
    second: Course
    grade_output: str


def build_and_grade(root: Path, base: Course) -> None:
    """Make the class in ``root/course`` from the calibrated ``base`` course, set the policy, grade it."""
    from autograder.assignment import find_assignment
    from autograder.course.folder import init_course

    from courses import GRADE_OPTIONS, PLUGINS, autograder, copy_course, knowing

    course = copy_course(base, root / "course")
    release = nbformat.read(course.release_notebook, as_version=4)
    for student, (cells, stamp) in STUDENTS.items():
        submit(course, student, release if cells is None else notebook_with(release, cells))
        if stamp is not None:
            (course.submission(student).parent / "timestamp.txt").write_text(stamp + "\n")
    with knowing(PLUGINS):
        (norms,) = init_course(course.root, [find_assignment(SECOND)])
    second = nbformat.read(norms.release_notebook, as_version=4)
    for student, code in (("ada", norms.assignment.instructor_solution(SECOND_EXERCISE)),
                          ("bob", (norms.assignment.corpus / SECOND_EXERCISE / "wrong_l1.py").read_text())):
        submit(norms, student, notebook_with(second, {SECOND_EXERCISE: code}))
        (norms.submission(student).parent / "timestamp.txt").write_text(ON_TIME + "\n")
    policy = autograder("policy", course.root, *POLICY_ARGS)
    assert policy.returncode == 0, policy.stderr
    graded = autograder("grade", course.root, "--jobs", "2", *GRADE_OPTIONS)
    assert graded.returncode == 0, graded.stdout[-3000:] + graded.stderr[-3000:]
    (root / "grade.out").write_text(graded.stdout)


def small_class_in(root: Path, base: Course) -> SmallClass:
    """The class :func:`build_and_grade` left in ``root``."""
    from autograder.assignment import find_assignment

    from courses import PLUGINS, knowing

    with knowing(PLUGINS):
        second = find_assignment(SECOND)
    course = Course((root / "course").resolve(), base.assignment)
    return SmallClass(course, Course(course.root, second), (root / "grade.out").read_text())


def copy_of(small: SmallClass, target: Path) -> SmallClass:
    """``cp -r`` of the graded class, for a test that changes it."""
    from courses import copy_course

    course = copy_course(small.course, target)
    return SmallClass(course, Course(course.root, small.second.assignment), small.grade_output)

