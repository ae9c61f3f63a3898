"""A class run reuses the course's stored calibration, and redoes a corrupt one.

(How a record is keyed, signed and read is tested without a sandbox in
``tests/autograder/test_calibration.py``.)
"""
from __future__ import annotations

import json

import nbformat
import pytest

from genomics import EXERCISES, GRADES_JSON, instructor_solution
from autograder.course.demo import notebook_with, submit

from courses import grade

pytestmark = pytest.mark.slow


def test_a_corrupt_calibration_is_redone_stored_and_then_reused(new_course):
    course = new_course("recalibrate")
    release = nbformat.read(course.release_notebook, as_version=4)
    submit(course, "ada", notebook_with(release, {ex: instructor_solution(ex) for ex in EXERCISES}))
    record = course.state / "calibration.json"
    assert json.loads(record.read_text())["calibration"]["notebook_seconds"] > 0  # the base course's
    record.write_text('{"format": 1, "key": {')
    first = grade(course, "--jobs", "1")
    assert "calibrating on the instructor's solutions (the stored calibration is malformed" in first.stdout
    assert json.loads(record.read_text())["calibration"]["notebook_seconds"] > 0
    again = grade(course, "--jobs", "1", "--force")
    assert "calibration: reused the instructor's run of" in again.stdout
    assert "calibrating" not in again.stdout
    assert json.loads((course.root / GRADES_JSON).read_text())["students"]["ada"]["score"] == 20.0
