"""A class run killed with SIGKILL resumes where it stopped, with nothing lost or doubled."""
from __future__ import annotations

import json
import signal
import subprocess
import sys
import time

import nbformat
import pytest
from nbgrader.api import Gradebook

from genomics import EXERCISES, GRADES_JSON, instructor_solution
from autograder.course.demo import notebook_with, submit

from courses import GRADE_OPTIONS, kernel_processes

pytestmark = pytest.mark.slow
STUDENTS = [f"s{i}" for i in range(6)]
#: this run's kernels have a host uid of their own (as root): what they leave behind is theirs
SANDBOX_UID = 63000


def grade(course, *extra):
    return subprocess.Popen([sys.executable, "-m", "autograder", "grade", str(course.root),
                             "--jobs", "1", "--quiet", *GRADE_OPTIONS, "--sandbox-uid", str(SANDBOX_UID), *extra],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def test_killed_run_resumes_without_losing_or_doubling_results(new_course):
    course = new_course("resume")
    release = nbformat.read(course.release_notebook, as_version=4)
    solved = notebook_with(release, {ex: instructor_solution(ex) for ex in EXERCISES})
    for student in STUDENTS:
        submit(course, student, solved)
    results = course.state / "results"

    first = grade(course)
    deadline = time.monotonic() + 300
    while time.monotonic() < deadline and len(list(results.glob("*.json"))) < 2:
        time.sleep(0.05)
    first.send_signal(signal.SIGKILL)
    first.wait()
    done_before = {p.name: p.read_text() for p in results.glob("*.json")}
    assert 2 <= len(done_before) < len(STUDENTS)

    second = grade(course)
    second.wait(timeout=600)
    assert second.returncode == 0, second.stderr[-2000:]
    grades = json.loads((course.root / GRADES_JSON).read_text())["students"]
    assert sorted(grades) == STUDENTS
    assert {s: g["score"] for s, g in grades.items()} == {s: 20.0 for s in STUDENTS}
    for name, text in done_before.items():  # finished work was kept, not redone
        assert (results / name).read_text() == text
    with Gradebook(course.db_url) as gb:
        assert sorted(s.id for s in gb.students) == STUDENTS
        assert len(gb.find_assignment("genomics_applications").submissions) == len(STUDENTS)
    assert kernel_processes(SANDBOX_UID) == []
