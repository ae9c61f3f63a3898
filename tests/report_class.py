"""A large class made from stored results, without grading: for the class report's links and its open time.

``make_class(course, n)`` writes ``n`` stored results (and a log per student)
into a course made by ``init``, as ``autograder grade`` would have left
them. The results are either copies of another course's real ones (cycled,
under new ids) or made up: per exercise a few checks, some failed, with a
seeded random generator, so every run makes the same class. Some ids hold
characters a link must encode (space, ``#``, ``%``). With ``variety=True`` a
few made-up students are not graded (:data:`NOT_GRADED`), handed in late
under a deadline (:data:`LATE_DAYS`, ``timestamp.txt`` as nbgrader writes it)
or were scored by a TA in formgrader's gradebook (:data:`TA_SCORES`).
"""
from __future__ import annotations

import json
import random
import warnings
from datetime import datetime, timedelta
from pathlib import Path

from genomics import ASSIGNMENT, EXERCISES, GENOMICS
from autograder.grading.checking import CheckResult
from autograder.course.folder import Course
from autograder.grading.submission import SubmissionResult
from autograder.outputs.lateness import TIMESTAMP_FILE, LatePolicy, save_policy

CHECKS_PER_EXERCISE = 6
MESSAGES = ("returned {n} entries; expected one per iteration", "the result is not finite at input {n}",
            "column {n} is not standardised")

# the variety of a made-up class (``make_class(..., variety=True)``), by the student's position:
#: notebooks that could not be graded
NOT_GRADED = (11, 108, 205)
#: days late, under :data:`POLICY`; everyone else handed in on time
LATE_DAYS = {20: 1, 103: 2, 186: 1, 269: 3}
#: a TA's score in formgrader on one exercise (108 was not graded: the TA scored it by hand)
TA_SCORES = {30: (EXERCISES[1], 5.0), 108: (EXERCISES[0], 3.5), 172: (EXERCISES[3], 0.5), 243: (EXERCISES[2], 4.0)}
POLICY = LatePolicy(datetime.fromisoformat("2026-12-01T23:59:00+00:00"), "percent_per_day", 10)


def made_up(student: str, rng: random.Random) -> SubmissionResult:
    """One graded result: per exercise, checks failing with a per-student skill."""
    skill = rng.random()
    checks, exercises = [], {}
    for ex in EXERCISES:
        passed_points = 0.0
        for i in range(CHECKS_PER_EXERCISE):
            passed = rng.random() < skill + 0.15 * (CHECKS_PER_EXERCISE - i) / CHECKS_PER_EXERCISE
            message = "" if passed else rng.choice(MESSAGES).format(n=rng.randint(1, 9))
            checks.append(CheckResult(ex, f"check_{i}", f"{ex} part {i}", 1.0, passed, message, 0.01))
            passed_points += passed
        exercises[ex] = {"score": round(5.0 * passed_points / CHECKS_PER_EXERCISE, 4), "max_score": 5.0}
    return SubmissionResult(student, "graded", None, exercises, 5.0 * len(EXERCISES), checks=checks,
                            seconds=round(rng.uniform(0.4, 1.2), 3))


def student_id(i: int) -> str:
    """Plain ids, and every 50th one with characters a link must percent-encode."""
    return f"student {i:03d}#%" if i % 50 == 7 else f"s{i:03d}"


def handed_in(i: int) -> str:
    """Student ``i``'s ``timestamp.txt``: a few hours before the deadline, or :data:`LATE_DAYS` days late."""
    days = LATE_DAYS.get(i, 0)
    when = POLICY.due + (timedelta(days=days - 1, hours=10) if days else timedelta(hours=-3))
    return when.strftime("%Y-%m-%d %H:%M:%S UTC") + "\n"


def not_graded(student: str) -> SubmissionResult:
    return SubmissionResult(student, "error", "notebook is not valid JSON", {}, 5.0 * len(EXERCISES), seconds=0.1)


def score_by_hand(course: Course, results: dict[str, SubmissionResult]) -> None:
    """What a TA's formgrader scores leave in the gradebook: each result recorded, one cell scored by hand."""
    from nbgrader.api import Gradebook

    from autograder.course.gradebook import record_in_gradebook

    source = course.load_source()[0]
    with warnings.catch_warnings():  # nbgrader's own SQLAlchemy warnings, as `grade` silences them
        warnings.filterwarnings("ignore", message=".*not in session.*")
        for result in results.values():
            record_in_gradebook(course.db_url, course.assignment, source, result)
        with Gradebook(course.db_url) as gb:
            for i, (exercise, score) in TA_SCORES.items():
                grade = gb.find_grade(f"{exercise}_tests", GENOMICS.notebook_id, ASSIGNMENT, student_id(i))
                grade.manual_score, grade.needs_manual_grade = score, False
            gb.db.commit()


def make_class(course: Course, n: int, source: list[SubmissionResult] | None = None,
               seed: int = 0, *, variety: bool = False) -> list[str]:
    """Write ``n`` stored results and logs into ``course``; returns the student ids.

    ``variety``: made-up results only, and ``n`` above the largest position in :data:`NOT_GRADED`,
    :data:`LATE_DAYS` and :data:`TA_SCORES`.
    """
    rng = random.Random(seed)
    (course.state / "results").mkdir(parents=True, exist_ok=True)
    (course.state / "logs").mkdir(parents=True, exist_ok=True)
    students, by_hand = [], {}
    for i in range(n):
        student = student_id(i)
        if source:
            data = source[i % len(source)].to_json()
            data["student"] = student
            result = SubmissionResult.from_json(data)
        else:
            result = made_up(student, rng)  # drawn for every student, so the others stay the same
        if variety:
            result = not_graded(student) if i in NOT_GRADED else result
            stamp = course.submitted / student / ASSIGNMENT / TIMESTAMP_FILE
            stamp.parent.mkdir(parents=True, exist_ok=True)
            stamp.write_text(handed_in(i))
            if i in TA_SCORES:
                by_hand[student] = result
        course.result_file(student).write_text(json.dumps(result.to_json()))
        Path(course.state / "logs" / f"{course.result_file(student).stem}.log").write_text(
            f"{student}: stored result copied in, not graded\n")
        students.append(student)
    if variety:
        save_policy(course.root, POLICY)
        score_by_hand(course, by_hand)
    return students
