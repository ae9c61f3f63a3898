"""The course folder is portable and stable.

* Nothing in it names the folder itself: after ``mv`` or ``cp -r`` the course
  grades, gives feedback and exports in its new place, and never writes into
  the old one. nbgrader recognises every option of its config.
* ``nbgrader export`` writes its own CSV; the per-exercise ``grades.csv`` of
  ``autograder grade`` is never overwritten.
* ``autograder init`` again changes no byte when nothing changed, so every
  cached result stays valid.

The suite's small graded class (``tests/small_class.py``) is copied and given one more, ungraded
student; a ``cp -r`` of that is graded in the sandbox (the new student only: the rest is reused),
and every other test works on a ``cp -r`` of that graded course.
"""
from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import nbformat
import pytest
from nbgrader.api import Gradebook

from genomics import ASSIGNMENT, EXERCISES, GENOMICS, GRADES_CSV, GRADES_JSON, build_source_notebook
from autograder.course.folder import NBGRADER_EXPORT, Course, init_course, run_nbgrader
from autograder.course.demo import submit
from autograder.grading.notebooks import is_solution_cell, nbgrader_meta

from courses import GRADE_OPTIONS
from small_class import STUDENTS as CLASS
from small_class import copy_of

#: the student handed in after the class was graded (the release notebook, as it was released)
NEWCOMER = "carl"
STUDENTS = sorted([*CLASS, NEWCOMER])


def snapshot(root: Path) -> dict[str, bytes]:
    """Every file under ``root``, by relative path."""
    return {p.relative_to(root).as_posix(): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()}


def cp_r(source: Path, target: Path) -> Course:
    subprocess.run(["cp", "-r", str(source), str(target)], check=True)
    return Course(target.resolve(), GENOMICS)


def autograder(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "autograder", *args], capture_output=True, text=True,
                          timeout=900)


def grade(course: Course) -> subprocess.CompletedProcess:
    done = autograder("grade", str(course.root), "--jobs", "1", "--quiet", *GRADE_OPTIONS)
    assert done.returncode == 0, done.stdout[-2000:] + done.stderr[-2000:]
    return done


def results(course: Course) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted((course.state / "results").glob("*.json"))}


@pytest.fixture(scope="module")
def fresh(new_fresh_course) -> Course:
    """A course just made by ``autograder init`` (and copied), with no submission."""
    return new_fresh_course("folder-fresh")


@pytest.fixture(scope="module")
def graded(small_class, tmp_path_factory):
    """(original course, its ``cp -r`` copy graded in the sandbox, the original's files before).

    The original is the suite's graded class with carl's notebook handed in since, so grading the
    copy grades carl and writes every grades file again.
    """
    base = tmp_path_factory.mktemp("portable")
    original = copy_of(small_class, base / "original").course
    submit(original, NEWCOMER, nbformat.read(original.release_notebook, as_version=4))
    before = snapshot(original.root)
    copy = cp_r(original.root, base / "copy")
    grade(copy)
    return original, copy, before


def class_scores(small_class) -> dict[str, float]:
    """The graded class's scores, and carl's 0 for the release notebook."""
    grades = json.loads((small_class.course.root / GRADES_JSON).read_text())["students"]
    return {**{s: g["score"] for s, g in grades.items()}, NEWCOMER: 0.0}


# ---------------------------------------------------------------- the config
def test_the_nbgrader_config_holds_no_absolute_path(fresh):
    text = (fresh.root / "nbgrader_config.py").read_text()
    assert str(fresh.root) not in text
    assert not re.search(r"""["']/""", text), text


def test_nbgrader_recognises_every_option_of_the_config(fresh):
    output = run_nbgrader(fresh, ["db", "student", "list"])
    assert "not recognized" not in output, output
    assert "not absolute" not in output, output


def test_nbgrader_run_from_elsewhere_for_the_course_writes_only_into_the_course(fresh, tmp_path):
    # --CourseDirectory.root loads the course's config, which keeps every path in the course
    env = dict(os.environ, PATH=f"{Path(sys.executable).parent}{os.pathsep}{os.environ.get('PATH', '')}")
    subprocess.run([sys.executable, "-m", "nbgrader", "export", f"--CourseDirectory.root={fresh.root}"],
                   cwd=tmp_path, env=env, capture_output=True, check=True)
    assert list(tmp_path.iterdir()) == []
    assert (fresh.root / NBGRADER_EXPORT).is_file()


# ---------------------------------------------------------------- init again
def test_cell_ids_are_valid_unique_and_solution_cells_carry_their_grade_id():
    nb = build_source_notebook()
    ids = [cell.id for cell in nb.cells]
    assert len(ids) == len(set(ids))
    assert all(re.fullmatch(r"[a-zA-Z0-9_-]{1,64}", i) for i in ids)
    assert [c.id for c in nb.cells if is_solution_cell(c)] == [nbgrader_meta(c)["grade_id"]
                                                              for c in nb.cells if is_solution_cell(c)]


def test_init_again_changes_no_byte_of_the_config_source_or_release(fresh):
    files = ["nbgrader_config.py", f"source/{ASSIGNMENT}/{ASSIGNMENT}.ipynb",
             f"release/{ASSIGNMENT}/{ASSIGNMENT}.ipynb", "autograder/secret"]
    before = {f: (fresh.root / f).read_bytes() for f in files}
    init_course(fresh.root, [GENOMICS])
    assert {f: (fresh.root / f).read_bytes() for f in files} == before


@pytest.mark.slow
def test_init_again_keeps_every_cached_result_valid(graded, small_class, tmp_path):
    _, copy, _ = graded
    course = cp_r(copy.root, tmp_path / "course")
    kept = results(course)
    done = autograder("init", str(course.root), "--assignment", ASSIGNMENT)
    assert done.returncode == 0, done.stderr[-2000:]
    grade(course)
    assert results(course) == kept  # reused, not regraded (a regrade rewrites seconds and logs)
    grades = json.loads((course.root / GRADES_JSON).read_text())["students"]
    assert {s: g["score"] for s, g in grades.items()} == class_scores(small_class)


# ---------------------------------------------------------------- cp -r and mv
@pytest.mark.slow
def test_grading_a_copied_course_leaves_the_original_untouched(graded, small_class):
    original, copy, before = graded
    assert snapshot(original.root) == before
    with Gradebook(copy.db_url) as gb:
        assert sorted(s.id for s in gb.students) == STUDENTS
    grades = json.loads((copy.root / GRADES_JSON).read_text())["students"]
    assert {s: g["score"] for s, g in grades.items()} == class_scores(small_class)
    assert NEWCOMER not in json.loads((original.root / GRADES_JSON).read_text())["students"]


@pytest.mark.slow
def test_nbgrader_feedback_and_export_in_a_copy_write_into_the_copy_only(graded, tmp_path):
    original, copy, before = graded
    graded_files = snapshot(copy.root)
    course = cp_r(copy.root, tmp_path / "course")
    run_nbgrader(course, ["generate_feedback", ASSIGNMENT])
    run_nbgrader(course, ["export"])
    for student in STUDENTS:
        assert (course.root / "feedback" / student / ASSIGNMENT / f"{ASSIGNMENT}.html").is_file()
    assert (course.root / NBGRADER_EXPORT).is_file()
    assert snapshot(copy.root) == graded_files
    assert snapshot(original.root) == before


@pytest.mark.slow
def test_a_moved_course_grades_gives_feedback_and_exports_in_its_new_place(graded, tmp_path):
    _, copy, _ = graded
    old = cp_r(copy.root, tmp_path / "old")
    subprocess.run(["mv", str(old.root), str(tmp_path / "new")], check=True)
    new = Course((tmp_path / "new").resolve(), GENOMICS)
    grade(new)
    run_nbgrader(new, ["generate_feedback", ASSIGNMENT])
    run_nbgrader(new, ["export"])
    assert not old.root.exists()
    assert (new.root / "feedback" / "ada" / ASSIGNMENT / f"{ASSIGNMENT}.html").is_file()
    assert "ada" in (new.root / NBGRADER_EXPORT).read_text()


# ---------------------------------------------------------------- two CSV files
@pytest.mark.slow
def test_nbgrader_export_writes_its_own_csv_and_leaves_grades_csv_alone(graded, tmp_path):
    _, copy, _ = graded
    course = cp_r(copy.root, tmp_path / "course")
    ours, total = (course.root / GRADES_CSV).read_bytes(), (course.root / "grades.csv").read_bytes()
    output = run_nbgrader(course, ["export"])
    assert (course.root / GRADES_CSV).read_bytes() == ours and (course.root / "grades.csv").read_bytes() == total
    assert all(ex in ours.decode() for ex in EXERCISES)  # ours has per-exercise columns
    exported = (course.root / NBGRADER_EXPORT).read_text().splitlines()
    assert exported[0].startswith("assignment,duedate,timestamp,student_id")
    assert sorted(line.split(",")[3] for line in exported[1:] if line.startswith(f"{ASSIGNMENT},")) == STUDENTS
    assert NBGRADER_EXPORT in output
