"""nbgrader's formgrader agrees with the autograder.

The suite's small class (``tests/small_class.py``; ada: every exercise right; bob: only exercise 1;
and others), graded once by ``autograder grade`` in the sandbox, is copied; then a real formgrader (``jupyter server``
with nbgrader's server extension, on 127.0.0.1, with a token) is driven
through its HTTP API, as its web page does:

* no submission is listed as "needs manual grade";
* its Autograde button refuses, with our message, and changes nothing; so
  does ``nbgrader autograde`` on the command line;
* a score a TA sets there is the final score in ``grades.json``,
  ``grades.csv`` and the TA's table at the next ``autograder grade``, beside
  the automatic one; and records something else changed are repaired;
* in a real browser (Debian's headless Chromium, driven by Playwright, every
  request to anything but the server and local files blocked), a TA walks
  formgrader's pages: Manage Submissions, Manual Grading, one submission with
  the autograder's scores and verdicts, where they type a score, extra
  credit and a comment and save; ``autograder grade`` carries them into
  ``grades.json``, ``grades.csv`` and the student's page, which formgrader's
  Generate Feedback button writes again, byte for byte. A screenshot of every step is
  kept in the test's folder and in /tmp/formgrader-shots/.

How recording treats overrides on a regrade is tested on a copy of the
gradebook, with made-up results (no sandbox needed).
"""
from __future__ import annotations

import csv
import io
import itertools
import json
import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

import nbformat
import pytest
from nbgrader.api import Gradebook
from nbgrader.utils import parse_utc as nbgrader_parse_utc

from genomics import ASSIGNMENT, EXERCISES, GENOMICS, GRADES_CSV, GRADES_JSON
from autograder.course.folder import Course, run_nbgrader
from autograder.common.errors import EnvironmentProblem
from autograder.course.gradebook import read_overrides, record_in_gradebook
from autograder.grading.submission import SubmissionResult
from autograder.course.nbgrader_hooks import REFUSAL
from autograder.outputs.feedback.course_pages import page_html
from autograder.outputs.grades import final_exercises, grades_csv, grades_document, table

from courses import GRADE_OPTIONS
from small_class import SECOND, SECOND_EXERCISE, STUDENTS, copy_of

NOTEBOOK_ID = GENOMICS.notebook_id

# nbgrader's gradebook makes SQLAlchemy talk about its own session handling
pytestmark = pytest.mark.filterwarnings("ignore:.*not in session.*")

TOKEN = "formgrader-test-token"  # noqa: S105 - a throwaway token for a server on 127.0.0.1
OVERRIDE = 4.0  # bob's exercise 2: the sandbox gave 0.0, a TA gives 4.0
TAMPERED = "ex3_seed_study_tests"  # a cell whose auto score a foreign autograde "rewrites" to full marks
SHOTS = Path("/tmp/formgrader-shots")  # a copy of the browser walk's screenshots, to look at
#: what the pages use of MathJax, which they load from a CDN: formgrader's grading script calls it
#: when the page loads (without it, its keyboard shortcuts are never set up), and the test is offline
MATHJAX_STUB = ("window.MathJax = {Hub: {Config: function () {}, Queue: function () {}, "
                "Startup: {signal: {Interest: function () {}}}}};")
# bob's exercise 4 (the sandbox gave 0.0), set by a TA in the browser
TA_SCORE, TA_EXTRA = 3.0, 1.0
TA_COMMENT = "Right idea, wrong link: fit the counts with the log link (section 2.3)."


def autograder(*args: str) -> subprocess.CompletedProcess:
    done = subprocess.run([sys.executable, "-m", "autograder", *args], capture_output=True, text=True,
                          timeout=900)
    assert done.returncode == 0, done.stdout[-2000:] + done.stderr[-2000:]
    return done


def grade_rows(course: Course, student: str) -> list:
    with Gradebook(course.db_url) as gb:
        notebook = gb.find_submission_notebook(NOTEBOOK_ID, ASSIGNMENT, student)
        return sorted((g.name, g.auto_score, g.manual_score, g.needs_manual_grade) for g in notebook.grades)


@pytest.fixture(scope="module")
def course(small_class, tmp_path_factory) -> Course:
    """A copy of the suite's small graded class (``tests/small_class.py``): ada (all right), bob
    (exercise 1 only) and the others; the course also holds a second assignment, the plug-in
    vector_norms, where ada is right and bob's norm is the L1 norm."""
    return copy_of(small_class, tmp_path_factory.mktemp("formgrader") / "course").course


def final_scores(course: Course) -> dict[str, float]:
    """Student -> score before the late penalty, as grades.json gives it (after overrides): what
    formgrader shows (nbgrader keeps the penalty apart)."""
    students = json.loads((course.root / GRADES_JSON).read_text())["students"]
    return {s: e["score"] + ((e.get("late") or {}).get("penalty") or 0.0) for s, e in students.items()}


def table_row(stdout: str, student: str) -> str:
    """The student's row of the TA's table, with the note lines that did not fit beside it."""
    lines = iter(stdout.splitlines())
    row = next(line for line in lines if line.startswith(f"{student} "))
    notes = itertools.takewhile(lambda line: line.startswith("    "), lines)  # table() indents wrapped notes
    return " ".join([row, *(line.strip() for line in notes)])


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Formgrader:
    """A client of formgrader's HTTP API, authenticated by token."""

    def __init__(self, port: int) -> None:
        self.root = f"http://127.0.0.1:{port}"
        self.base = f"{self.root}/formgrader/api"

    def call(self, method: str, path: str, body: dict | None = None):
        data = None if body is None else json.dumps(body).encode()
        # always http://127.0.0.1: our own server
        request = urllib.request.Request(self.base + path, data=data, method=method,  # noqa: S310
                                         headers={"Authorization": f"token {TOKEN}",
                                                  "Content-Type": "application/json"})
        with urllib.request.urlopen(request, timeout=120) as response:  # noqa: S310
            return json.loads(response.read())


@pytest.fixture(scope="module")
def formgrader(course, tmp_path_factory):
    """formgrader served from the course folder, as a TA starts it; stopped after the module."""
    home = tmp_path_factory.mktemp("jupyter")
    port = free_port()
    env = dict(os.environ, JUPYTER_CONFIG_DIR=str(home / "config"), JUPYTER_RUNTIME_DIR=str(home / "runtime"),
               JUPYTER_DATA_DIR=str(home / "data"), JUPYTER_PLATFORM_DIRS="1",
               PATH=f"{Path(sys.executable).parent}{os.pathsep}{os.environ.get('PATH', '')}")
    log = (home / "server.log").open("w")
    server = subprocess.Popen(
        [sys.executable, "-m", "jupyter", "server", "--ServerApp.ip=127.0.0.1", f"--ServerApp.port={port}",
         "--ServerApp.port_retries=0", "--ServerApp.open_browser=False", "--ServerApp.allow_root=True",
         f"--IdentityProvider.token={TOKEN}",
         "--ServerApp.jpserver_extensions={'nbgrader.server_extensions.formgrader': True}"],
        cwd=course.root, env=env, stdout=log, stderr=subprocess.STDOUT)
    client = Formgrader(port)
    try:
        deadline = time.monotonic() + 90
        while True:
            try:
                assert client.call("GET", "/status") == {"status": True}
                break
            except (urllib.error.URLError, ConnectionError):
                if server.poll() is not None or time.monotonic() > deadline:
                    raise AssertionError("formgrader did not start:\n"
                                         + (home / "server.log").read_text()[-3000:]) from None
                time.sleep(0.5)
        yield client
    finally:
        server.terminate()
        try:
            server.wait(timeout=20)
        except subprocess.TimeoutExpired:
            server.kill()
            server.wait()
        log.close()


def grade_id_of(formgrader: Formgrader, student: str, cell: str) -> str:
    """The id formgrader's page uses for one test cell's grade of a student."""
    notebooks = formgrader.call("GET", f"/submitted_notebooks/{ASSIGNMENT}/{NOTEBOOK_ID}")
    submission = next(n for n in notebooks if n["student"] == student)
    grades = formgrader.call("GET", f"/grades?submission_id={submission['id']}")
    return next(g["id"] for g in grades if g["name"] == cell)


# ------------------------------------------------ formgrader, as the sandbox left it

@pytest.mark.slow
def test_formgrader_lists_no_submission_as_needing_manual_grading(course, formgrader):
    submissions = formgrader.call("GET", f"/submissions/{ASSIGNMENT}")
    assert sorted(s["student"] for s in submissions) == sorted(STUDENTS)
    assert not any(s["needs_manual_grade"] for s in submissions)
    assert {s["student"]: s["score"] for s in submissions} == final_scores(course)
    assert (final_scores(course)["ada"], final_scores(course)["bob"]) == (20.0, 5.0)


def test_a_submission_whose_timestamp_nbgrader_cannot_read_leaves_formgrader_working(course, formgrader):
    # =1+2's timestamp.txt is no time nbgrader can parse: its own reader raises, and without the
    # course's config every request about the assignment would answer HTTP 500
    stamp = (course.submission("=1+2").parent / "timestamp.txt").read_text()
    with pytest.raises(ValueError):
        nbgrader_parse_utc(stamp.strip())
    submission = formgrader.call("GET", f"/submission/{ASSIGNMENT}/=1%2B2")
    assert (submission["student"], submission["score"], submission["timestamp"]) == ("=1+2", 5.0, None)
    assert submission["autograded"] and not submission["needs_manual_grade"]


@pytest.mark.slow
def test_formgrader_shows_every_test_cell_as_autograded(formgrader):
    notebooks = formgrader.call("GET", f"/submitted_notebooks/{ASSIGNMENT}/{NOTEBOOK_ID}")
    grades = [g for n in notebooks for g in formgrader.call("GET", f"/grades?submission_id={n['id']}")]
    assert len(grades) == len(STUDENTS) * len(EXERCISES)
    assert all(g["auto_score"] is not None and not g["needs_manual_grade"] for g in grades)


@pytest.mark.slow
def test_formgraders_autograde_button_refuses_and_changes_nothing(course, formgrader):
    notebook = course.autograded("bob").read_bytes()
    before = grade_rows(course, "bob")
    answer = formgrader.call("POST", f"/submission/{ASSIGNMENT}/bob/autograde")
    assert answer["success"] is False
    assert REFUSAL in answer["error"]
    assert course.autograded("bob").read_bytes() == notebook
    assert grade_rows(course, "bob") == before


@pytest.mark.slow
def test_nbgrader_autograde_on_the_command_line_refuses_and_changes_nothing(course):
    notebook = course.autograded("ada").read_bytes()
    before = grade_rows(course, "ada")
    with pytest.raises(EnvironmentProblem, match="autograde is disabled for this course"):
        run_nbgrader(course, ["autograde", ASSIGNMENT, "--student", "ada", "--force"])
    assert course.autograded("ada").read_bytes() == notebook
    assert grade_rows(course, "ada") == before


# ------------------------------------- a TA's score, a foreign autograde, then a regrade

@pytest.fixture(scope="module")
def after_formgrader(course, formgrader):
    """A TA overrides bob's exercise 2 in formgrader; something else rewrites an auto score
    and bob's feedback notebook (as an unsandboxed ``nbgrader autograde`` would); then
    ``autograder grade`` runs again (nothing to regrade). Returns its output."""
    feedback = course.autograded("bob").read_bytes()
    answer = formgrader.call("PUT", f"/grade/{grade_id_of(formgrader, 'bob', 'ex2_condition_tests')}",
                             {"manual_score": OVERRIDE, "extra_credit": None})
    assert answer["manual_score"] == OVERRIDE
    with Gradebook(course.db_url) as gb:
        gb.find_grade(TAMPERED, NOTEBOOK_ID, ASSIGNMENT, "bob").auto_score = 5.0
        gb.db.commit()
    course.autograded("bob").write_text("{}")
    done = autograder("grade", str(course.root), "--jobs", "1", *GRADE_OPTIONS)
    return done.stdout, feedback


@pytest.mark.slow
def test_a_formgrader_override_is_the_final_score_in_grades_json_beside_the_automatic_one(course, after_formgrader):
    bob = json.loads((course.root / GRADES_JSON).read_text())["students"]["bob"]
    ex2 = bob["exercises"]["ex2_condition"]
    assert ex2 == {"score": OVERRIDE, "max_score": 5.0, "auto_score": 0.0, "manual_score": OVERRIDE,
                   "extra_credit": 0.0, "comment": None}
    assert bob["exercises"]["ex1_irls_logistic"]["manual_score"] is None
    assert (bob["score"], bob["auto_score"]) == (5.0 + OVERRIDE, 5.0)


@pytest.mark.slow
def test_a_formgrader_override_is_the_final_score_in_grades_csv_beside_the_automatic_one(course, after_formgrader):
    rows = {r["student"]: r for r in csv.DictReader((course.root / GRADES_CSV).open())}
    bob = rows["bob"]
    assert (float(bob["score"]), float(bob["auto_score"])) == (5.0 + OVERRIDE, 5.0)
    assert (float(bob["ex2_condition"]), float(bob["ex2_condition_auto"]),
            float(bob["ex2_condition_manual"])) == (OVERRIDE, 0.0, OVERRIDE)
    assert rows["ada"]["ex2_condition_manual"] == ""


@pytest.mark.slow
def test_the_tas_table_marks_the_override_and_gives_the_automatic_score(after_formgrader):
    stdout, _ = after_formgrader
    bob = table_row(stdout, "bob")
    assert f"{OVERRIDE:.2f}*" in bob and "ex2 auto 0.00" in bob and f"{5.0 + OVERRIDE:.2f}" in bob


@pytest.mark.slow
def test_a_later_grade_run_repairs_auto_scores_someone_else_wrote(course, after_formgrader):
    rows = {name: (auto, manual) for name, auto, manual, _ in grade_rows(course, "bob")}
    assert rows[TAMPERED] == (0.0, None)
    assert rows["ex2_condition_tests"] == (0.0, OVERRIDE)


@pytest.mark.slow
def test_a_later_grade_run_repairs_the_feedback_notebook_someone_else_wrote(course, after_formgrader):
    _, feedback = after_formgrader
    assert course.autograded("bob").read_bytes() == feedback


@pytest.mark.slow
def test_formgrader_still_lists_no_submission_as_needing_manual_grading_after_the_regrade(course, formgrader,
                                                                                         after_formgrader):
    submissions = formgrader.call("GET", f"/submissions/{ASSIGNMENT}")
    assert not any(s["needs_manual_grade"] for s in submissions)
    assert {s["student"]: s["score"] for s in submissions} == final_scores(course)
    assert (final_scores(course)["ada"], final_scores(course)["bob"]) == (20.0, 5.0 + OVERRIDE)


# ------------------------------------------- a TA in a real browser, then a regrade

class Walk:
    """One browser tab on formgrader: every page it opens must answer 200, and no call of its
    scripts may fail; each step leaves a screenshot (in ``folder`` and in :data:`SHOTS`).

    Only the server and local files are reached: MathJax (from its CDN) is :data:`MATHJAX_STUB`,
    anything else is blocked and listed.
    """

    def __init__(self, browser, formgrader: Formgrader, folder: Path) -> None:
        self.root = formgrader.root
        self.folder = folder
        self.shots: list[Path] = []
        self.failed: list[str] = []  # requests to the server that did not succeed
        self.blocked: list[str] = []  # requests elsewhere: never made
        self.errors: list[str] = []  # uncaught errors of the pages' scripts
        self.context = browser.new_context(viewport={"width": 1280, "height": 900})
        self.context.route("**/*", self._route)
        self.page = self.context.new_page()
        self.page.on("response", self._response)
        self.page.on("pageerror", lambda error: self.errors.append(str(error)))

    def _route(self, route) -> None:
        url = route.request.url
        if url.startswith((self.root + "/", "file:")):
            route.continue_()
        elif "mathjax" in url.lower():
            route.fulfill(status=200, content_type="application/javascript", body=MATHJAX_STUB)
        else:
            self.blocked.append(url)
            route.abort()

    def _response(self, response) -> None:
        if response.url.startswith(self.root) and response.status >= 400:
            self.failed.append(f"{response.status} {response.request.method} {response.url}")

    def open(self, url: str) -> None:
        response = self.page.goto(url)
        assert response is not None and response.status == 200, (url, response and response.status)
        self.page.wait_for_load_state("networkidle")

    def follow(self, selector: str) -> None:
        """Click a link and check the page it opens (after any redirect) answers 200."""
        with self.page.expect_navigation() as navigation:
            self.page.click(selector)
        assert navigation.value is not None and navigation.value.status == 200, (selector, self.page.url)
        self.page.wait_for_load_state("networkidle")

    def shot(self, name: str, *elements) -> None:
        """A screenshot of the window, or of the part of the page that holds ``elements``
        (formgrader's bar, fixed at the top of the window, hidden)."""
        path = self.folder / f"{len(self.shots) + 1:02d}-{name}.png"
        if elements:
            elements[0].scroll_into_view_if_needed()
            x, y = self.page.evaluate("[window.scrollX, window.scrollY]")
            boxes = [e.bounding_box() for e in elements]
            left, top = min(b["x"] for b in boxes), min(b["y"] for b in boxes)
            right, bottom = max(b["x"] + b["width"] for b in boxes), max(b["y"] + b["height"] for b in boxes)
            # a full-page shot of a long notebook page takes seconds on a loaded machine: more than 30 s were seen
            self.page.screenshot(path=str(path), full_page=True, style=".navbar-fixed-top { display: none; }",
                                 clip={"x": left + x, "y": top + y, "width": right - left, "height": bottom - top},
                                 timeout=120_000)
        else:
            self.page.screenshot(path=str(path))
        SHOTS.mkdir(parents=True, exist_ok=True)
        shutil.copy(path, SHOTS / path.name)
        self.shots.append(path)

    def text(self) -> str:
        return self.page.inner_text("body")


def submission_row(walk: Walk, student: str):
    """The student's row of formgrader's Manage Submissions table (loaded by its script)."""
    row = walk.page.locator("tbody tr", has=walk.page.locator("td", has_text=student))
    row.first.wait_for()
    return row.first


@pytest.mark.slow
def test_a_ta_grades_in_formgrader_in_a_browser_and_grade_carries_it_everywhere(course, formgrader, after_formgrader,
                                                                              browser, tmp_path):
    """The whole walk; after ``after_formgrader`` (bob: 5 on ex1, the API's override of 4 on ex2)."""
    shutil.rmtree(SHOTS, ignore_errors=True)
    walk = Walk(browser, formgrader, tmp_path)
    page = walk.page
    try:
        # log in with the token, as a TA does, and land on Manage Submissions
        walk.open(f"{walk.root}/login?next=/formgrader/manage_submissions/{ASSIGNMENT}")
        page.fill("#password_input", TOKEN)
        walk.follow("#login_submit")
        assert page.url.endswith(f"/formgrader/manage_submissions/{ASSIGNMENT}")
        assert "20 / 20" in submission_row(walk, "ada").inner_text()
        assert f"{5 + OVERRIDE:g} / 20" in submission_row(walk, "bob").inner_text()
        walk.shot("manage-submissions")

        # Manual Grading: the assignment, its notebook, its submissions, bob's
        walk.open(f"{walk.root}/formgrader/gradebook")
        page.locator("td", has_text=ASSIGNMENT).first.wait_for()
        assert f"{round(sum(final_scores(course).values()) / len(STUDENTS), 2):g} / 20" in walk.text()  # the mean
        walk.shot("gradebook")
        walk.follow(f"a[href$='/formgrader/gradebook/{ASSIGNMENT}']")
        walk.follow(f"a[href$='/formgrader/gradebook/{ASSIGNMENT}/{NOTEBOOK_ID}']")
        page.click("#toggle_names")
        page.locator("a.name-shown", has_text="bob").wait_for()
        assert page.locator("td.needs-manual-grade").count() == len(STUDENTS)  # none of them ticked
        assert page.locator("td.needs-manual-grade .glyphicon").count() == 0
        walk.shot("notebook-submissions")
        walk.follow("a.name-shown:text-is('bob')")

        # bob's submission: the autograder's scores and verdicts, the API's override
        page.wait_for_function("formgrader.loaded && formgrader.grades.loaded && formgrader.comments.loaded")
        text = walk.text()
        for bad in ("TemplateNotFound", "Traceback", "500 : Internal Server Error"):
            assert bad not in text
        assert page.get_attribute("#ex1_irls_logistic_tests", "placeholder") == "5"  # auto score, full marks
        assert page.input_value("#ex2_condition_tests") == f"{OVERRIDE:g}"  # the override set through the API
        score, extra = page.locator("#ex4_real_data_tests"), page.locator("#ex4_real_data_tests_extra_credit")
        assert (score.get_attribute("placeholder"), score.input_value(), extra.input_value()) == ("0", "", "")
        ex4_answer, ex4_tests = page.locator("[id='cell-id=ex4_real_data']"), \
            page.locator("[id='cell-id=ex4_real_data_tests']")
        verdicts = ex4_tests.locator(".output_text").inner_text()
        assert verdicts.startswith("Exercise 4: real data: 0 / 5 points")
        assert "[FAIL]" in verdicts and "[PASS]" not in verdicts  # bob left exercise 4 as released
        ex1_verdicts = page.locator("[id='cell-id=ex1_irls_logistic_tests'] .output_text").inner_text()
        assert ex1_verdicts.startswith("Exercise 1: IRLS for logistic regression: 5 / 5 points")
        assert "[PASS]" in ex1_verdicts and "[FAIL]" not in ex1_verdicts
        walk.shot("submission-ex1-scores-and-verdicts", page.locator("[id='cell-id=ex1_irls_logistic_tests']"))
        walk.shot("submission-ex2-api-override", page.locator("[id='cell-id=ex2_condition_tests']"))
        walk.shot("submission-ex4-before", ex4_answer, ex4_tests)

        # the TA types a score, extra credit and a comment; each is saved when its field loses focus
        for field, value, api in ((score, f"{TA_SCORE:g}", "/api/grade/"),
                                  (extra, f"{TA_EXTRA:g}", "/api/grade/"),
                                  (page.locator("#ex4_real_data-comment"), TA_COMMENT, "/api/comment/")):
            field.fill(value)
            with page.expect_response(lambda r, api=api: api in r.url and r.request.method == "PUT") as saved:
                field.blur()
            assert saved.value.status == 200
        page.wait_for_load_state("networkidle")
        walk.shot("typed-and-saved", ex4_answer, ex4_tests.locator(".panel-heading"))
        with Gradebook(course.db_url) as gb:
            grade = gb.find_grade("ex4_real_data_tests", NOTEBOOK_ID, ASSIGNMENT, "bob")
            assert (grade.manual_score, grade.extra_credit) == (TA_SCORE, TA_EXTRA)
            comment = gb.find_comment("ex4_real_data", NOTEBOOK_ID, ASSIGNMENT, "bob")
            assert comment.manual_comment == TA_COMMENT

        # what was saved is what the page shows when opened again
        walk.open(page.url)
        page.wait_for_function("formgrader.loaded && formgrader.grades.loaded && formgrader.comments.loaded")
        assert (score.input_value(), extra.input_value()) == (f"{TA_SCORE:g}", f"{TA_EXTRA:g}")
        assert page.input_value("#ex4_real_data-comment") == TA_COMMENT
        walk.shot("reopened", ex4_answer, ex4_tests.locator(".panel-heading"))

        # the next `autograder grade` carries all three into grades.json, grades.csv and the TA's table
        done = autograder("grade", str(course.root), "--jobs", "1", *GRADE_OPTIONS)
        total = 5.0 + OVERRIDE + TA_SCORE + TA_EXTRA
        row = table_row(done.stdout, "bob")
        assert f"{TA_SCORE + TA_EXTRA:.2f}*" in row and "ex4 auto 0.00" in row and f"{total:.2f}" in row
        bob = json.loads((course.root / GRADES_JSON).read_text())["students"]["bob"]
        assert bob["exercises"]["ex4_real_data"] == {
            "score": TA_SCORE + TA_EXTRA, "max_score": 5.0, "auto_score": 0.0, "manual_score": TA_SCORE,
            "extra_credit": TA_EXTRA, "comment": TA_COMMENT}
        assert (bob["score"], bob["auto_score"]) == (total, 5.0)
        rows = {r["student"]: r for r in csv.DictReader((course.root / GRADES_CSV).open())}
        assert float(rows["bob"]["score"]) == total
        assert (float(rows["bob"]["ex4_real_data"]), float(rows["bob"]["ex4_real_data_auto"]),
                float(rows["bob"]["ex4_real_data_manual"]), float(rows["bob"]["ex4_real_data_extra_credit"]),
                rows["bob"]["ex4_real_data_comment"]) == (TA_SCORE + TA_EXTRA, 0.0, TA_SCORE, TA_EXTRA, TA_COMMENT)
        assert (rows["ada"]["ex4_real_data_extra_credit"], rows["ada"]["ex4_real_data_comment"]) == ("0.0", "")

        # the student's page (`autograder feedback`): the final score, the extra credit, the comment
        autograder("feedback", str(course.root))
        page_file = course.root / "feedback" / "bob" / ASSIGNMENT / f"{NOTEBOOK_ID}.html"
        walk.open(page_file.as_uri())
        written = page_file.read_bytes()
        text = walk.text()
        assert f"Total: {total:g} / 20 points" in text
        assert f"Exercise 4: real data: {TA_SCORE + TA_EXTRA:g} / 5" in text
        assert "Score set by your TA; the checks below gave 0 / 5." in page.locator("#ex4_real_data").inner_text()
        assert "Score set by your TA; the checks below gave 0 / 5." in page.locator("#ex2_condition").inner_text()
        assert f"Including {TA_EXTRA:g} point of extra credit from your TA." in text
        assert TA_COMMENT in page.locator("#ex4_real_data .ta-comment").inner_text()
        walk.shot("student-page-top")
        walk.shot("student-page-ex4", page.locator("#ex4_real_data"))

        # formgrader's Generate Feedback button writes the same page, where release_feedback takes it
        walk.open(f"{walk.root}/formgrader/manage_submissions/{ASSIGNMENT}")
        assert f"{total:g} / 20" in submission_row(walk, "bob").inner_text()
        submission_row(walk, "bob").locator(".generate-feedback a").click()
        page.locator("#success-modal").wait_for()
        assert "Successfully generated feedback" in page.locator("#success-modal").inner_text()
        walk.shot("generate-feedback")
        assert page_file.read_bytes() == written
        walk.open(page_file.as_uri())
        assert f"Total: {total:g} / 20 points" in walk.text()
        assert TA_COMMENT in page.locator("#ex4_real_data .ta-comment").inner_text()
        walk.shot("generated-feedback-page")
        walk.shot("generated-feedback-ex4", page.locator("#ex4_real_data"))

        assert (walk.failed, walk.blocked, walk.errors) == ([], [], [])
    finally:
        walk.context.close()
    assert len(walk.shots) == 13 and all(p.stat().st_size > 10_000 for p in walk.shots)


@pytest.mark.slow
def test_a_ta_finds_the_second_assignment_in_formgrader_and_its_submission_page_with_the_autograders_verdicts(
        course, formgrader, browser, tmp_path):
    """Manage Assignments lists both; vector_norms's Manage Submissions and bob's submission page
    show the autograder's scores and verdicts, as genomics_applications's do."""
    walk = Walk(browser, formgrader, tmp_path)
    page = walk.page
    try:
        walk.open(f"{walk.root}/login?next=/formgrader/manage_assignments")
        page.fill("#password_input", TOKEN)
        walk.follow("#login_submit")
        page.locator("td", has_text=SECOND).first.wait_for()
        assert ASSIGNMENT in walk.text()
        walk.shot("second-assignment-listed")
        walk.open(f"{walk.root}/formgrader/manage_submissions/{SECOND}")
        assert "2 / 2" in submission_row(walk, "ada").inner_text()
        assert "0 / 2" in submission_row(walk, "bob").inner_text()
        walk.shot("second-assignment-submissions")
        walk.open(f"{walk.root}/formgrader/gradebook/{SECOND}/{SECOND}")
        page.click("#toggle_names")
        page.locator("a.name-shown", has_text="bob").wait_for()
        walk.follow("a.name-shown:text-is('bob')")
        page.wait_for_function("formgrader.loaded && formgrader.grades.loaded && formgrader.comments.loaded")
        text = walk.text()
        for bad in ("TemplateNotFound", "Traceback", "500 : Internal Server Error"):
            assert bad not in text
        assert page.get_attribute(f"#{SECOND_EXERCISE}_tests", "placeholder") == "0"
        verdicts = page.locator(f"[id='cell-id={SECOND_EXERCISE}_tests'] .output_text").inner_text()
        assert verdicts.startswith("Exercise 1: the Euclidean norm: 0 / 2 points"), verdicts
        assert "[FAIL]" in verdicts
        walk.shot("second-assignment-submission", page.locator(f"[id='cell-id={SECOND_EXERCISE}_tests']"))
        assert (walk.failed, walk.blocked, walk.errors) == ([], [], [])
    finally:
        walk.context.close()
    assert len(walk.shots) == 3 and all(p.stat().st_size > 5_000 for p in walk.shots)


# --------------------------------------- recording and overrides, on a copy of the gradebook

def result(student: str, scores: list[float], status: str = "graded") -> SubmissionResult:
    """A made-up result: one score per exercise when graded, none for an error."""
    if status == "error":
        return SubmissionResult(student, "error", "broken", {}, 20.0)
    exercises = {ex: {"score": float(s), "max_score": 5.0} for ex, s in zip(EXERCISES, scores, strict=True)}
    return SubmissionResult(student, status, None, exercises, 20.0)


@pytest.fixture
def gradebook(course, tmp_path) -> tuple[str, nbformat.NotebookNode]:
    """A copy of the course's gradebook (its assignment and cells) and the instructor's notebook."""
    shutil.copy(course.root / "gradebook.db", tmp_path / "gradebook.db")
    return f"sqlite:///{tmp_path / 'gradebook.db'}", course.load_source()[0]


def set_manual(db_url: str, student: str, cell: str, score: float) -> None:
    """What formgrader's PUT /formgrader/api/grade/<id> does."""
    with Gradebook(db_url) as gb:
        grade = gb.find_grade(cell, NOTEBOOK_ID, ASSIGNMENT, student)
        grade.manual_score, grade.needs_manual_grade = score, False
        gb.db.commit()


def flags(db_url: str, student: str) -> dict[str, tuple]:
    with Gradebook(db_url) as gb:
        notebook = gb.find_submission_notebook(NOTEBOOK_ID, ASSIGNMENT, student)
        return {g.name: (g.auto_score, g.manual_score, g.needs_manual_grade) for g in notebook.grades}


@pytest.mark.slow
def test_a_regrade_updates_the_auto_score_and_keeps_the_manual_one(gradebook):
    db_url, source = gradebook
    record_in_gradebook(db_url, GENOMICS, source, result("cy", [5, 0, 5, 5]))
    set_manual(db_url, "cy", "ex2_condition_tests", 3.0)
    record_in_gradebook(db_url, GENOMICS, source, result("cy", [5, 1, 5, 5]))
    assert flags(db_url, "cy")["ex2_condition_tests"][:2] == (1.0, 3.0)
    assert read_overrides(db_url, GENOMICS)["cy"]["ex2_condition"].final_score(1.0) == 3.0


@pytest.mark.slow
def test_an_override_whose_auto_score_changed_is_flagged_for_a_second_look(gradebook):
    db_url, source = gradebook
    record_in_gradebook(db_url, GENOMICS, source, result("cy", [5, 0, 5, 5]))
    set_manual(db_url, "cy", "ex2_condition_tests", 3.0)
    record_in_gradebook(db_url, GENOMICS, source, result("cy", [5, 0, 5, 5]))
    assert flags(db_url, "cy")["ex2_condition_tests"][2] is False
    record_in_gradebook(db_url, GENOMICS, source, result("cy", [5, 1, 5, 5]))
    assert flags(db_url, "cy")["ex2_condition_tests"][2] is True


@pytest.mark.slow
def test_a_notebook_that_could_not_be_graded_needs_manual_grading(gradebook):
    db_url, source = gradebook
    record_in_gradebook(db_url, GENOMICS, source, result("dee", [], status="error"))
    assert {f[2] for f in flags(db_url, "dee").values()} == {True}


@pytest.mark.slow
def test_a_tas_score_on_a_notebook_that_could_not_be_graded_is_its_grade(gradebook):
    db_url, source = gradebook
    record_in_gradebook(db_url, GENOMICS, source, result("dee", [], status="error"))
    set_manual(db_url, "dee", "ex1_irls_logistic_tests", 2.5)
    dee = grades_document(GENOMICS, [result("dee", [], status="error")],
                          read_overrides(db_url, GENOMICS))["students"]["dee"]
    assert (dee["status"], dee["score"], dee["auto_score"]) == ("error", 2.5, 0.0)
    assert dee["exercises"] == {"ex1_irls_logistic": {"score": 2.5, "max_score": 5.0, "auto_score": 0.0,
                                                      "manual_score": 2.5, "extra_credit": 0.0,
                                                      "comment": None}}


@pytest.mark.slow
def test_extra_credit_from_formgrader_adds_to_the_final_score(gradebook):
    db_url, source = gradebook
    record_in_gradebook(db_url, GENOMICS, source, result("cy", [5, 2, 5, 5]))
    with Gradebook(db_url) as gb:
        gb.find_grade("ex2_condition_tests", NOTEBOOK_ID, ASSIGNMENT, "cy").extra_credit = 1.0
        gb.db.commit()
    cy = grades_document(GENOMICS, [result("cy", [5, 2, 5, 5])], read_overrides(db_url, GENOMICS))["students"]["cy"]
    assert (cy["score"], cy["auto_score"]) == (18.0, 17.0)
    assert cy["exercises"]["ex2_condition"]["manual_score"] is None


@pytest.mark.slow
def test_a_comment_alone_reaches_grades_and_the_page_and_changes_no_score(gradebook):
    db_url, source = gradebook
    record_in_gradebook(db_url, GENOMICS, source, result("cy", [5, 2, 5, 5]))
    with Gradebook(db_url) as gb:
        gb.find_comment("ex2_condition", NOTEBOOK_ID, ASSIGNMENT, "cy").manual_comment = " See <b>2.3</b>.\n"
        gb.find_comment("ex3_seed_study", NOTEBOOK_ID, ASSIGNMENT, "cy").manual_comment = "  \n"  # blank: none
        gb.db.commit()
    cy, overrides = result("cy", [5, 2, 5, 5]), read_overrides(db_url, GENOMICS)
    entry = grades_document(GENOMICS, [cy], overrides)["students"]["cy"]
    assert (entry["score"], entry["exercises"]["ex3_seed_study"]["comment"]) == (17.0, None)
    assert entry["exercises"]["ex2_condition"] == {"score": 2.0, "max_score": 5.0, "auto_score": 2.0,
                                                   "manual_score": None, "extra_credit": 0.0,
                                                   "comment": "See <b>2.3</b>."}
    row = next(csv.DictReader(io.StringIO(grades_csv(GENOMICS, [cy], overrides))))
    assert (row["ex2_condition_comment"], row["ex2_condition_manual"], row["ex2_condition_extra_credit"]) == \
        ("See <b>2.3</b>.", "", "0.0")
    assert "*" not in table(GENOMICS, [cy], overrides)  # not an override of a score
    html = page_html(GENOMICS, cy, final_exercises(cy, overrides, EXERCISES))
    assert "See &lt;b&gt;2.3&lt;/b&gt;." in html and "<b>2.3" not in html
    assert "Score set by your TA" not in html and "extra credit" not in html
    # a notebook that could not be graded has no exercise a comment alone would give it
    broken = result("cy", [], status="error")
    assert grades_document(GENOMICS, [broken], overrides)["students"]["cy"]["exercises"] == {}


def test_a_course_without_a_gradebook_has_no_overrides_and_gets_none(tmp_path):
    assert read_overrides(f"sqlite:///{tmp_path / 'gradebook.db'}", GENOMICS) == {}
    assert not (tmp_path / "gradebook.db").exists()
