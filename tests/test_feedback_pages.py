"""What a student sees of their grade, in a real browser: our page and nbgrader's feedback page.

The suite's small class (``tests/small_class.py``), graded once for real in the sandbox, holds
the instructor's solutions (ada), a wrong exercise 1 from the corpus (Poisson weights), and an
exercise 1 whose cell raises a NameError, among others. On a copy, ``autograder feedback``,
``nbgrader generate_feedback`` (which renders the same page) and ``autograder
check`` run on it, and headless Chromium (Debian's package, driven by
Playwright, every network request blocked) opens the pages a student would
open. A copy goes nbgrader's whole route through an exchange folder: submit,
collect, ``autograder feedback``, ``release_feedback``, ``fetch_feedback``.
"""
from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from genomics import ASSIGNMENT, GRADES_JSON, NOTEBOOK
from autograder.course.folder import run_nbgrader

from courses import GRADE_OPTIONS, copy_course
from small_class import STUDENTS, copy_of

PAGE = NOTEBOOK.replace(".ipynb", ".html")

pytestmark = pytest.mark.slow

#: words that only grader code or hidden values would bring into a page
GRADER_WORDS = ("Traceback (most recent call last)", "agent.py", "checking.py", "interactiveshell.py",
                "/opt/agent", "expected value")


def autograder(*args: str, timeout: float = 900) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "autograder", *args], capture_output=True, text=True,
                          timeout=timeout)


@pytest.fixture(scope="module")
def course(small_class, tmp_path_factory):
    """A copy of the shared graded class (ada right, ex1-wrong's Poisson weights, ex1-raises' NameError,
    ...), where `autograder feedback` and then nbgrader's generate_feedback write the pages."""
    course = copy_of(small_class, tmp_path_factory.mktemp("feedback") / "course").course
    pages = autograder("feedback", str(course.root))
    assert pages.returncode == 0, pages.stderr[-3000:]
    # what `autograder feedback` wrote, before nbgrader's generate_feedback writes the same files again
    shutil.copytree(course.root / "feedback", written_by_feedback(course))
    run_nbgrader(course, ["generate_feedback", ASSIGNMENT, "--force"])
    return course


def written_by_feedback(course) -> Path:
    return course.root.parent / "written-by-autograder-feedback"


def open_offline(browser, path: Path) -> tuple[str, list[str]]:
    """The text a reader sees on ``path``, and every non-file request the page attempted (all blocked)."""
    context = browser.new_context(offline=True, java_script_enabled=True)
    attempted: list[str] = []

    def block(route):
        if not route.request.url.startswith("file:"):
            attempted.append(route.request.url)
            route.abort()
        else:
            route.continue_()

    context.route("**/*", block)
    page = context.new_page()
    page.goto(path.as_uri())
    text = page.inner_text("body")
    context.close()
    return text, attempted


def our_page(course, student: str) -> Path:
    """The student's page as `autograder feedback` wrote it (the same path nbgrader's generate_feedback uses)."""
    return written_by_feedback(course) / student / ASSIGNMENT / PAGE


def nbgrader_page(course, student: str) -> Path:
    return course.root / "feedback" / student / ASSIGNMENT / PAGE


def test_feedback_page_opens_offline_without_any_network_request(course, browser):
    _, attempted = open_offline(browser, our_page(course, "ex1-wrong"))
    assert attempted == []


def test_wrong_ex1_page_shows_exercise_scores(course, browser):
    grades = json.loads((course.root / GRADES_JSON).read_text())["students"]["ex1-wrong"]
    text, _ = open_offline(browser, our_page(course, "ex1-wrong"))
    ex1 = grades["exercises"]["ex1_irls_logistic"]
    assert ex1["score"] < ex1["max_score"]
    assert f"Exercise 1: IRLS for logistic regression: {ex1['score']:g} / {ex1['max_score']:g}" in text
    assert "Exercise 2: condition-number experiments: 5 / 5" in text
    assert f"Total: {grades['score']:g} / 20 points" in text


def test_wrong_ex1_page_shows_each_failed_check_with_points_and_message(course, browser):
    result = json.loads((course.state / "results" / "ex1-wrong.json").read_text())
    failed = [c for c in result["checks"] if not c["passed"]]
    assert failed
    weight = sum(c["points"] for c in result["checks"] if c["exercise"] == "ex1_irls_logistic")
    text, _ = open_offline(browser, our_page(course, "ex1-wrong"))
    for check in failed:
        points = round(check["points"] * 5 / weight, 4)
        assert f"FAIL ({points:g} point{'' if points == 1 else 's'}) {check['description']}" in text
        assert check["message"] in text


def test_wrong_ex1_page_shows_no_grader_code_or_hidden_values(course, browser):
    text, _ = open_offline(browser, our_page(course, "ex1-wrong"))
    for word in GRADER_WORDS:
        assert word not in text


def test_raising_cell_error_is_shown_with_the_students_own_frames(course, browser):
    text, _ = open_offline(browser, our_page(course, "ex1-raises"))
    assert "Your cell (solution cell ex1_irls_logistic) raised NameError: name 'fit_with_helper' is not defined" \
        in text
    assert "Your cell's traceback (most recent call last):" in text
    assert "In your cell, line 2, in irls_logistic" in text
    assert "return fit_with_helper(X, y, max_iter, tol)" in text
    for word in GRADER_WORDS:
        assert word not in text


def test_raising_cell_error_is_kept_in_the_stored_result(course):
    result = json.loads((course.state / "results" / "ex1-raises.json").read_text())
    cell = next(c for c in result["cells"] if c["label"] == "solution cell ex1_irls_logistic")
    assert cell["status"] == "error"
    assert "In your cell, line 4, in <module>" in cell["traceback"]
    assert "interactiveshell" not in cell["traceback"] and "agent" not in cell["traceback"]


def test_nbgrader_generate_feedback_writes_the_page_autograder_feedback_wrote(course):
    for student in STUDENTS:
        assert nbgrader_page(course, student).read_bytes() == our_page(course, student).read_bytes()


@pytest.fixture(scope="module")
def ungraded_by_us(course, tmp_path_factory):
    """A copy of the course whose stored results are gone: generate_feedback must fall back to nbgrader's page."""
    copy = copy_course(course, tmp_path_factory.mktemp("fallback") / "course")
    shutil.rmtree(copy.state / "results")
    run_nbgrader(copy, ["generate_feedback", ASSIGNMENT, "--force"])
    return copy


def test_without_a_stored_result_nbgrader_feedback_index_names_exercises_not_test_cell(ungraded_by_us, browser):
    text, _ = open_offline(browser, nbgrader_page(ungraded_by_us, "ex1-wrong"))
    head = text.split("Student's answer")[0]
    assert "Test cell" not in head
    assert "Exercise 1: IRLS for logistic regression: hidden checks" in head
    assert "Exercise 4: real data: hidden checks" in head


def test_without_a_stored_result_nbgrader_feedback_shows_points_per_check_and_no_traceback(ungraded_by_us, browser):
    text, _ = open_offline(browser, nbgrader_page(ungraded_by_us, "ex1-wrong"))
    assert "[FAIL] " in text and "[PASS] " in text
    assert " point: " in text or " points: " in text
    assert "Traceback (most recent call last)" not in text


def test_without_a_stored_result_nbgrader_feedback_shows_the_students_cell_error(ungraded_by_us, browser):
    text, _ = open_offline(browser, nbgrader_page(ungraded_by_us, "ex1-raises"))
    assert "raised NameError: name 'fit_with_helper' is not defined" in text


# ------------------------------------------- delivery through nbgrader's exchange, as a student gets it
def student_nbgrader(home: Path, *args: str) -> str:
    """The student's own ``nbgrader ARGS``, run in their home folder (its nbgrader_config.py)."""
    done = subprocess.run([str(Path(sys.executable).parent / "nbgrader"), *args], cwd=home, capture_output=True,
                          text=True, timeout=300)
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-3000:]
    return done.stdout + done.stderr


@pytest.fixture(scope="module")
def delivered(course, tmp_path_factory):
    """nbgrader's route end to end, in a copy with an exchange folder set in its nbgrader config.

    The instructor releases the assignment; the student ``ex1-wrong`` fetches it, puts in the notebook the
    course graded and submits it; the instructor collects, runs ``autograder feedback`` and
    ``nbgrader release_feedback``; the student runs ``nbgrader fetch_feedback``. The other students'
    notebooks were copied in by hand. Returns (copy, student's home, feedback's output, release's output).
    """
    folder = tmp_path_factory.mktemp("exchange-route")
    copy = copy_course(course, folder / "course")
    exchange, home = folder / "exchange", folder / "home"
    exchange.mkdir(mode=0o777)
    home.mkdir()
    with (copy.root / "nbgrader_config.py").open("a") as config:
        config.write(f"c.Exchange.root = {str(exchange)!r}\n")
    (home / "nbgrader_config.py").write_text(
        f"c = get_config()\nc.Exchange.root = {str(exchange)!r}\nc.Exchange.cache = {str(home / 'cache')!r}\n"
        "c.CourseDirectory.course_id = 'genomics'\nc.CourseDirectory.student_id = 'ex1-wrong'\n")
    run_nbgrader(copy, ["release_assignment", ASSIGNMENT])
    student_nbgrader(home, "fetch_assignment", ASSIGNMENT)
    (home / ASSIGNMENT / NOTEBOOK).write_bytes(course.submission("ex1-wrong").read_bytes())
    student_nbgrader(home, "submit", ASSIGNMENT)
    run_nbgrader(copy, ["collect", "--update", ASSIGNMENT])  # the folder the course graded is there already
    feedback = autograder("feedback", str(copy.root))
    assert feedback.returncode == 0, feedback.stderr[-3000:]
    released = run_nbgrader(copy, ["release_feedback", ASSIGNMENT])
    student_nbgrader(home, "fetch_feedback", ASSIGNMENT)
    return copy, home, feedback.stdout + feedback.stderr, released


def test_release_and_fetch_feedback_deliver_the_autograder_page_to_the_student(delivered):
    copy, home, _, _ = delivered
    fetched = list((home / ASSIGNMENT / "feedback").glob(f"*/{PAGE}"))
    assert len(fetched) == 1
    assert fetched[0].read_bytes() == (copy.root / "feedback" / "ex1-wrong" / ASSIGNMENT / PAGE).read_bytes()
    assert "Exercise 1: IRLS for logistic regression" in fetched[0].read_text()


def test_feedback_names_hand_copied_submissions_that_fetch_feedback_cannot_reach(delivered):
    copy, _, output, released = delivered
    assert f"{len(STUDENTS) - 1} submission(s) did not come through `nbgrader submit`" in output
    assert "hand those pages over yourself" in output
    listed = (copy.state / "feedback-by-hand.txt").read_text().splitlines()
    assert sorted(line.split("\t")[0] for line in listed) == sorted(set(STUDENTS) - {"ex1-wrong"})
    # release_feedback still goes through the whole class: it needs both files beside every page
    assert all(f"Releasing feedback for student '{s}'" in released for s in STUDENTS)


def test_check_gives_the_same_verdicts_and_scores_as_grade(course, tmp_path):
    notebook = tmp_path / "my work.ipynb"
    notebook.write_bytes(course.submission("ex1-wrong").read_bytes())
    # as that student, with the course's secret: the same hidden inputs as grade drew for them
    checked = autograder("check", str(notebook), "--json", "--verbose", "--course", str(course.root),
                         "--student", "ex1-wrong", "--jobs", "1", *GRADE_OPTIONS)
    assert checked.returncode == 0, checked.stderr[-3000:]
    assert "calibration: reused" in checked.stderr  # the course's own, read and left as it was
    mine = json.loads(checked.stdout)
    assert (mine["student"], mine["assignment"]) == ("ex1-wrong", ASSIGNMENT)
    graded = json.loads((course.state / "results" / "ex1-wrong.json").read_text())
    entry = json.loads((course.root / GRADES_JSON).read_text())["students"]["ex1-wrong"]
    assert [(c["exercise"], c["name"], c["passed"], c["message"]) for c in mine["checks"]] == \
        [(c["exercise"], c["name"], c["passed"], c["message"]) for c in graded["checks"]]
    assert mine["exercises"] == entry["exercises"] and mine["score"] == entry["score"]
    assert (tmp_path / "my work.feedback.html").is_file()
