"""Fixtures shared by the whole suite: one calibrated course to copy, one audit, one sandbox source.

Expensive things are made once per test run and copied, never redone, by tests that change them.
A session fixture alone runs once per xdist worker: the courses every module copies are made by
the first worker that needs them, in the run's own folder, while the others wait on its lock
(:func:`once_per_run`); a fixture that only one module needs is made once anyway, since a module
runs on one worker.
"""
import os
import shutil
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

import pytest  # noqa: E402


#: the order modules start in: longest processing time first, so that no worker is left alone with one
#: at the end of the run while the others idle. xdist sends each module to one worker (``--dist
#: loadfile``), so what a module's tests share is made once; it hands each of the three workers one
#: module, then queues a second behind each (the 4th to 6th here), then hands out the rest as workers
#: free up. The 5th waits behind the audit, so it is a short one. Durations: worker-seconds in a
#: clean-clone CI (``benchmarks/suite_time.py --from``); a module left out starts after these, in
#: collection order. (Left at alphabetical order's end, test_run_safety's waits on hung students once
#: left the machine idle for ~40 s.)
LONGEST_FIRST = ("test_ordinary_user.py", "test_audit.py", "test_class_grading.py",
                 "test_run_safety.py", "test_secret.py", "test_confinement.py",
                 "test_assignments.py", "test_plots.py", "test_feedback_pages.py", "test_formgrader.py",
                 "test_export_and_lateness.py", "test_course_folder.py", "test_hostile_replies.py",
                 "test_host_privilege.py", "test_class_report.py", "test_resume.py", "test_calibration_reuse.py",
                 "test_contracts.py")


#: fixtures that grade whole notebooks (directly or through a course built on them)
GRADING_FIXTURES = {"base_course", "fresh_course", "instructor_kernels", "small_class"}


def pytest_collection_modifyitems(config, items):
    rank = {name: k for k, name in enumerate(LONGEST_FIRST)}
    items.sort(key=lambda item: rank.get(item.path.name, len(rank)))  # stable: the rest keep their order
    # A test that needs a graded or calibrated course is slow wherever it lives: the fast tier
    # (-m "not slow") leaves it out without each module having to remember the mark.
    for item in items:
        if GRADING_FIXTURES & set(getattr(item, "fixturenames", ())):
            item.add_marker(pytest.mark.slow)


def run_folder(tmp_path_factory) -> Path:
    """The folder of this test run, shared by its xdist workers (each has its own basetemp below it)."""
    base = tmp_path_factory.getbasetemp()
    return base.parent if os.environ.get("PYTEST_XDIST_WORKER") else base


def once_per_run(tmp_path_factory, name: str, make) -> Path:
    """``make(folder)`` run once per test run, whichever worker asks first; returns ``folder``.

    The others wait on a lock and reuse the folder. A ``make`` that raises leaves no folder
    behind, so the next worker that asks tries again (and reports its own error).
    """
    from filelock import FileLock

    folder = run_folder(tmp_path_factory) / name
    done = folder.with_name(f"{name}.done")
    with FileLock(str(folder.with_name(f"{name}.lock"))):
        if not done.exists():
            shutil.rmtree(folder, ignore_errors=True)
            folder.mkdir()
            make(folder)
            done.touch()
    return folder


@pytest.fixture(scope="session", autouse=True)
def calibration_cache(tmp_path_factory):
    """Calibrations of throw-away courses (``check``, the audit) go to this run's folder, not ~/.cache."""
    path = run_folder(tmp_path_factory) / "autograder-cache"
    previous = os.environ.get("AUTOGRADER_CACHE_DIR")
    os.environ["AUTOGRADER_CACHE_DIR"] = str(path)  # child processes inherit it
    yield path
    if previous is None:
        os.environ.pop("AUTOGRADER_CACHE_DIR", None)
    else:
        os.environ["AUTOGRADER_CACHE_DIR"] = previous


@pytest.fixture(scope="session")
def fresh_course(tmp_path_factory):
    """A course just made by ``autograder init``, with no submission, made once per test run;
    never changed (copy it)."""
    from autograder.course.folder import Course, init_course
    from genomics import GENOMICS

    return Course(once_per_run(tmp_path_factory, "fresh",
                               lambda folder: init_course(folder / "course", [GENOMICS])).resolve() / "course",
                  GENOMICS)


@pytest.fixture(scope="session")
def base_course(fresh_course, tmp_path_factory):
    """A copy of the fresh course, calibrated for the suite's limits (with the reference values its
    checks compute), made once per test run; never changed (copy it)."""
    from autograder.course.classrun import calibrate_course
    from autograder.course.folder import Course
    from courses import TEST_CONFIG, copy_course

    def make(folder: Path) -> None:
        course = copy_course(fresh_course, folder / "course")
        calibrate_course(course.root, TEST_CONFIG, log=lambda *a: None, assignment=fresh_course.assignment)

    return Course(once_per_run(tmp_path_factory, "base", make).resolve() / "course", fresh_course.assignment)


@pytest.fixture(scope="session")
def new_course(base_course, tmp_path_factory):
    """``new_course(name)``: a copy of the calibrated base course, graded without calibrating again."""
    from courses import copy_course

    return lambda name: copy_course(base_course, tmp_path_factory.mktemp(name) / "course")


@pytest.fixture(scope="session")
def small_class(base_course, tmp_path_factory):
    """The small class the course-level tests share (``tests/small_class.py``), graded once per test
    run; never changed (``small_class.copy_of`` it)."""
    from small_class import build_and_grade, small_class_in

    folder = once_per_run(tmp_path_factory, "small-class", lambda folder: build_and_grade(folder, base_course))
    return small_class_in(folder, base_course)


@pytest.fixture(scope="session")
def new_fresh_course(fresh_course, tmp_path_factory):
    """``new_fresh_course(name)``: a copy of the fresh course (for tests that need no sandbox)."""
    from courses import copy_course

    return lambda name: copy_course(fresh_course, tmp_path_factory.mktemp(name) / "course")


@pytest.fixture(scope="session")
def instructor_kernels():
    """(source notebook, KernelSource for the instructor's plan, config): grade single notebooks in the sandbox."""
    from genomics import build_source_notebook
    from autograder.common.config import GradingConfig
    from autograder.grading.notebooks import build_plan, extract_student_code
    from autograder.sandbox.kernels import KernelSource
    from autograder.sandbox.launch import make_launcher

    from genomics import GENOMICS

    config = GradingConfig(check_timeout_floor_s=10, cell_timeout_floor_s=30)
    source = build_source_notebook()
    instructor_plan = build_plan(source, extract_student_code(source, source))
    kernels = KernelSource.create(make_launcher(config, GENOMICS.manifest.preload), config, instructor_plan)
    yield source, kernels, config
    kernels.close()


#: Debian's Chromium, driven by Playwright (never ``playwright install``)
CHROMIUM = "/usr/bin/chromium"


@pytest.fixture(scope="module")
def browser():
    """Headless Chromium, launched once per module that asks for it."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as pw:
        chromium = pw.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox"])
        yield chromium
        chromium.close()
