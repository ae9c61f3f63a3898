"""What the tests share to make and grade courses.

Every class a test grades is a copy of one course made by ``autograder init``
and calibrated once per test run (the ``base_course`` fixture), graded with
the same limits (:data:`GRADE_OPTIONS`): a copy keeps the secret and the
stored calibration, so no grading run of the suite calibrates again.
"""
from __future__ import annotations

import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from autograder.assignment import add_assignment_folders
from autograder.assignment.loader import EXTRA_FOLDERS
from autograder.common.config import GradingConfig
from autograder.course.folder import Course

#: the assignments kept outside the project that the tests plug in (``--assignments DIR``)
PLUGINS = Path(__file__).resolve().parent / "plugin_assignment"


@contextmanager
def knowing(*folders: Path) -> Iterator[None]:
    """The grader in this process also knows the assignments under ``folders``, until the block ends."""
    before = list(EXTRA_FOLDERS)
    add_assignment_folders(list(folders))
    try:
        yield
    finally:
        EXTRA_FOLDERS[:] = before

#: the limits of every class the suite grades (the base course is calibrated for them); hangs
#: are cut after 10 s in a cell and 6 s in a checked call
GRADE_OPTIONS = ("--cell-timeout-floor", "10", "--check-timeout-floor", "6")
TEST_CONFIG = GradingConfig(cell_timeout_floor_s=10.0, check_timeout_floor_s=6.0)
#: secrets under which the audit also grades the corpus (four in all, with the audit's own): verdicts
#: and messages must not depend on the draw. The demo class (test_ordinary_user.py) judges every
#: corpus file's verdict under a fifth, its own; benchmarks/draw_independence.py sweeps more.
OTHER_SECRETS = ("course A", "course B", "course C")


def autograder(*args: object, timeout: float = 900) -> subprocess.CompletedProcess:
    """``python -m autograder ARGS`` in a child process, as a TA runs it."""
    return subprocess.run([sys.executable, "-m", "autograder", *map(str, args)], capture_output=True,
                          text=True, timeout=timeout)


def grade(course: Course, *extra: object, timeout: float = 900) -> subprocess.CompletedProcess:
    """``autograder grade COURSE`` with the suite's limits; fails the test unless it exits 0."""
    done = autograder("grade", course.root, *GRADE_OPTIONS, *extra, timeout=timeout)
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-3000:]
    return done


def copy_course(source: Course, target: Path) -> Course:
    """``cp -r`` of a course: the copy grades, with the same secret and calibration, in its own place."""
    shutil.copytree(source.root, target, symlinks=True)
    return Course(target.resolve(), source.assignment)


def kernel_processes(sandbox_uid: int) -> list[str]:
    """``pid command`` of every kernel process left by runs with ``--sandbox-uid sandbox_uid``.

    As root, a run given a pool of its own (its templates lease uids from ``sandbox_uid`` up) is
    the only one with kernels of those uids; an ordinary user's kernels run as that user, so every
    kernel of the user counts.
    """
    uids = range(sandbox_uid, sandbox_uid + 64) if os.geteuid() == 0 else [os.getuid()]
    found = subprocess.run(["pgrep", "-a", "-u", ",".join(map(str, uids)), "-f", "/opt/agent/agent.py"],
                           capture_output=True, text=True)
    return found.stdout.strip().splitlines()
