"""A large class made from stored results, without grading: for the class report's links and its open time.

``make_class(course, n)`` writes ``n`` stored results (and a log per student)
into a course made by ``init``, as ``autograder grade`` would have left
them. The results are either copies of another course's real ones (cycled,
under new ids) or made up: per exercise a few checks, some failed, with a
seeded random generator, so every run makes the same class. Some ids hold
characters a link must encode (space, ``#``, ``%``).
"""
from __future__ import annotations

import json
import random
from pathlib import Path

from autograder.assignment import EXERCISES
from autograder.checking import CheckResult
from autograder.course import Course
from autograder.grading import SubmissionResult

CHECKS_PER_EXERCISE = 6
MESSAGES = ("returned {n} entries; expected one per iteration", "the result is not finite at input {n}",
            "column {n} is not standardised")


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


def make_class(course: Course, n: int, source: list[SubmissionResult] | None = None,
               seed: int = 0) -> list[str]:
    """Write ``n`` stored results and logs into ``course``; returns the student ids."""
    rng = random.Random(seed)
    (course.state / "results").mkdir(parents=True, exist_ok=True)
    (course.state / "logs").mkdir(parents=True, exist_ok=True)
    students = []
    for i in range(n):
        student = student_id(i)
        if source:
            data = source[i % len(source)].to_json()
            data["student"] = student
            result = SubmissionResult.from_json(data)
        else:
            result = made_up(student, rng)
        course.result_file(student).write_text(json.dumps(result.to_json()))
        Path(course.state / "logs" / f"{course.result_file(student).stem}.log").write_text(
            f"{student}: stored result copied in, not graded\n")
        students.append(student)
    return students
