"""nbgrader's formgrader agrees with the autograder.

A small class (ada: every exercise right; bob: only exercise 1) is graded by
``autograder grade`` in the sandbox, then a real formgrader (``jupyter server``
with nbgrader's server extension, on 127.0.0.1, with a token) is driven
through its HTTP API, as its web page does:

* no submission is listed as "needs manual grade";
* its Autograde button refuses, with our message, and changes nothing; so
  does ``nbgrader autograde`` on the command line;
* a score a TA sets there is the final score in ``grades.json``,
  ``grades.csv`` and the TA's table at the next ``autograder grade``, beside
  the automatic one; and records something else changed are repaired.

How recording treats overrides on a regrade is tested on a copy of the
gradebook, with made-up results (no sandbox needed).
"""
from __future__ import annotations

import csv
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

from autograder.assignment import ASSIGNMENT, EXERCISES, instructor_solution
from autograder.course import Course, run_nbgrader
from autograder.demo import notebook_with, submit
from autograder.errors import EnvironmentProblem
from autograder.gradebook import NOTEBOOK_ID, read_overrides, record_in_gradebook
from autograder.grading import SubmissionResult
from autograder.nbgrader_hooks import REFUSAL
from autograder.report import grades_document

from courses import GRADE_OPTIONS

# nbgrader's gradebook makes SQLAlchemy talk about its own session handling
pytestmark = pytest.mark.filterwarnings("ignore:.*not in session.*")

TOKEN = "formgrader-test-token"  # noqa: S105 - a throwaway token for a server on 127.0.0.1
OVERRIDE = 4.0  # bob's exercise 2: the sandbox gave 0.0, a TA gives 4.0
TAMPERED = "ex3_seed_study_tests"  # a cell whose auto score a foreign autograde "rewrites" to full marks


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
def course(new_course) -> Course:
    """ada (all right) and bob (exercise 1 only), graded in the sandbox."""
    course = new_course("formgrader")
    release = nbformat.read(course.release_notebook, as_version=4)
    submit(course, "ada", notebook_with(release, {ex: instructor_solution(ex) for ex in EXERCISES}))
    submit(course, "bob", notebook_with(release, {"ex1_irls_logistic": instructor_solution("ex1_irls_logistic")}))
    autograder("grade", str(course.root), "--jobs", "1", "--quiet", *GRADE_OPTIONS)
    return course


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Formgrader:
    """A client of formgrader's HTTP API, authenticated by token."""

    def __init__(self, port: int) -> None:
        self.base = f"http://127.0.0.1:{port}/formgrader/api"

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
def test_formgrader_lists_no_submission_as_needing_manual_grading(formgrader):
    submissions = formgrader.call("GET", f"/submissions/{ASSIGNMENT}")
    assert sorted(s["student"] for s in submissions) == ["ada", "bob"]
    assert [s["needs_manual_grade"] for s in submissions] == [False, False]
    assert {s["student"]: s["score"] for s in submissions} == {"ada": 20.0, "bob": 5.0}


@pytest.mark.slow
def test_formgrader_shows_every_test_cell_as_autograded(formgrader):
    notebooks = formgrader.call("GET", f"/submitted_notebooks/{ASSIGNMENT}/{NOTEBOOK_ID}")
    grades = [g for n in notebooks for g in formgrader.call("GET", f"/grades?submission_id={n['id']}")]
    assert len(grades) == 2 * len(EXERCISES)
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
    bob = json.loads((course.root / "grades.json").read_text())["students"]["bob"]
    ex2 = bob["exercises"]["ex2_condition"]
    assert ex2 == {"score": OVERRIDE, "max_score": 5.0, "auto_score": 0.0, "manual_score": OVERRIDE,
                   "extra_credit": 0.0}
    assert bob["exercises"]["ex1_irls_logistic"]["manual_score"] is None
    assert (bob["score"], bob["auto_score"]) == (5.0 + OVERRIDE, 5.0)


@pytest.mark.slow
def test_a_formgrader_override_is_the_final_score_in_grades_csv_beside_the_automatic_one(course, after_formgrader):
    rows = {r["student"]: r for r in csv.DictReader((course.root / "grades.csv").open())}
    bob = rows["bob"]
    assert (float(bob["score"]), float(bob["auto_score"])) == (5.0 + OVERRIDE, 5.0)
    assert (float(bob["ex2_condition"]), float(bob["ex2_condition_auto"]),
            float(bob["ex2_condition_manual"])) == (OVERRIDE, 0.0, OVERRIDE)
    assert rows["ada"]["ex2_condition_manual"] == ""


@pytest.mark.slow
def test_the_tas_table_marks_the_override_and_gives_the_automatic_score(after_formgrader):
    stdout, _ = after_formgrader
    bob = next(line for line in stdout.splitlines() if line.startswith("bob "))
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
def test_formgrader_still_lists_no_submission_as_needing_manual_grading_after_the_regrade(formgrader,
                                                                                         after_formgrader):
    submissions = formgrader.call("GET", f"/submissions/{ASSIGNMENT}")
    assert [s["needs_manual_grade"] for s in submissions] == [False, False]
    assert {s["student"]: s["score"] for s in submissions} == {"ada": 20.0, "bob": 5.0 + OVERRIDE}


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
    record_in_gradebook(db_url, source, result("cy", [5, 0, 5, 5]))
    set_manual(db_url, "cy", "ex2_condition_tests", 3.0)
    record_in_gradebook(db_url, source, result("cy", [5, 1, 5, 5]))
    assert flags(db_url, "cy")["ex2_condition_tests"][:2] == (1.0, 3.0)
    assert read_overrides(db_url)["cy"]["ex2_condition"].final_score(1.0) == 3.0


@pytest.mark.slow
def test_an_override_whose_auto_score_changed_is_flagged_for_a_second_look(gradebook):
    db_url, source = gradebook
    record_in_gradebook(db_url, source, result("cy", [5, 0, 5, 5]))
    set_manual(db_url, "cy", "ex2_condition_tests", 3.0)
    record_in_gradebook(db_url, source, result("cy", [5, 0, 5, 5]))
    assert flags(db_url, "cy")["ex2_condition_tests"][2] is False
    record_in_gradebook(db_url, source, result("cy", [5, 1, 5, 5]))
    assert flags(db_url, "cy")["ex2_condition_tests"][2] is True


@pytest.mark.slow
def test_a_notebook_that_could_not_be_graded_needs_manual_grading(gradebook):
    db_url, source = gradebook
    record_in_gradebook(db_url, source, result("dee", [], status="error"))
    assert {f[2] for f in flags(db_url, "dee").values()} == {True}


@pytest.mark.slow
def test_a_tas_score_on_a_notebook_that_could_not_be_graded_is_its_grade(gradebook):
    db_url, source = gradebook
    record_in_gradebook(db_url, source, result("dee", [], status="error"))
    set_manual(db_url, "dee", "ex1_irls_logistic_tests", 2.5)
    dee = grades_document([result("dee", [], status="error")], read_overrides(db_url))["students"]["dee"]
    assert (dee["status"], dee["score"], dee["auto_score"]) == ("error", 2.5, 0.0)
    assert dee["exercises"] == {"ex1_irls_logistic": {"score": 2.5, "max_score": 5.0, "auto_score": 0.0,
                                                      "manual_score": 2.5, "extra_credit": 0.0}}


@pytest.mark.slow
def test_extra_credit_from_formgrader_adds_to_the_final_score(gradebook):
    db_url, source = gradebook
    record_in_gradebook(db_url, source, result("cy", [5, 2, 5, 5]))
    with Gradebook(db_url) as gb:
        gb.find_grade("ex2_condition_tests", NOTEBOOK_ID, ASSIGNMENT, "cy").extra_credit = 1.0
        gb.db.commit()
    cy = grades_document([result("cy", [5, 2, 5, 5])], read_overrides(db_url))["students"]["cy"]
    assert (cy["score"], cy["auto_score"]) == (18.0, 17.0)
    assert cy["exercises"]["ex2_condition"]["manual_score"] is None


def test_a_course_without_a_gradebook_has_no_overrides_and_gets_none(tmp_path):
    assert read_overrides(f"sqlite:///{tmp_path / 'gradebook.db'}") == {}
    assert not (tmp_path / "gradebook.db").exists()
