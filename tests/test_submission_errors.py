"""A missing notebook or a missing solution cell costs what it should, and says why.

* A notebook under another name or in another folder is that student's error
  line, naming the path that was expected and the notebooks found instead.
* A solution cell that was deleted (or whose ``grade_id`` was changed) costs
  its exercise only: that exercise scores 0 with the reason, the others are
  graded as usual (one small class, graded through the real sandbox).
"""
from __future__ import annotations

import json

import nbformat
import pytest

from genomics import (ASSIGNMENT, EXERCISES, GENOMICS, GRADES_JSON, NOTEBOOK, build_source_notebook,
                      instructor_solution)
from autograder.common.config import GradingConfig
from autograder.course.folder import Course
from autograder.course.demo import notebook_with, submit
from autograder.common.errors import SubmissionError
from autograder.grading.submission import grade_notebook
from autograder.grading.notebooks import extract_student_code, is_solution_cell, nbgrader_meta
from autograder.course.secret import CourseSecret

from courses import grade

SOLVED = {ex: instructor_solution(ex) for ex in EXERCISES}
MISSING_EX2 = "the solution cell ex2_condition is missing from the notebook"


@pytest.fixture(scope="module")
def source():
    return build_source_notebook()


def solved(source) -> nbformat.NotebookNode:
    return notebook_with(source, SOLVED)


def without_ex2(nb: nbformat.NotebookNode) -> nbformat.NotebookNode:
    nb.cells = [c for c in nb.cells if nbgrader_meta(c).get("grade_id") != "ex2_condition"]
    return nb


def with_ex2_renamed(nb: nbformat.NotebookNode) -> nbformat.NotebookNode:
    for cell in nb.cells:
        if nbgrader_meta(cell).get("grade_id") == "ex2_condition":
            cell.metadata["nbgrader"]["grade_id"] = "my_ex2"
    return nb


def error_for(tmp_path, source, files: dict[str, nbformat.NotebookNode]) -> str:
    """The error line of student ``bob``, whose folder holds ``files`` (paths relative to it)."""
    course = Course(tmp_path, GENOMICS)
    for name, nb in files.items():
        path = course.submitted / "bob" / name
        path.parent.mkdir(parents=True, exist_ok=True)
        nbformat.write(nb, path)
    (course.submitted / "bob").mkdir(parents=True, exist_ok=True)
    # nothing is run for a notebook that is not there: no kernels, no checks
    result = grade_notebook("bob", course.submission("bob"), source, [], None, GradingConfig(),
                            CourseSecret(b"submission errors test secret"), assignment=ASSIGNMENT)
    assert result.status == "error" and result.exercises == {}
    return result.error


# ---------------------------------------------------------------- missing notebook
def test_a_misnamed_notebook_error_names_the_expected_path_and_the_notebook_found(tmp_path, source):
    error = error_for(tmp_path, source, {f"{ASSIGNMENT}/Genomics.ipynb": solved(source)})
    assert f"submitted/bob/{ASSIGNMENT}/{NOTEBOOK}" in error
    assert f"found instead in {tmp_path / 'submitted' / 'bob'}: {ASSIGNMENT}/Genomics.ipynb" in error


def test_a_notebook_in_another_assignment_folder_is_named_in_the_error(tmp_path, source):
    error = error_for(tmp_path, source, {f"genomics/{NOTEBOOK}": solved(source),
                                         f"genomics/.ipynb_checkpoints/{NOTEBOOK}": solved(source)})
    assert f"submitted/bob/{ASSIGNMENT}/{NOTEBOOK}" in error
    assert error.count(".ipynb") == 2  # the expected path and genomics/..., not the checkpoint
    assert f": genomics/{NOTEBOOK}" in error


def test_a_student_folder_without_notebooks_says_so(tmp_path, source):
    error = error_for(tmp_path, source, {})
    assert f"submitted/bob/{ASSIGNMENT}/{NOTEBOOK}" in error
    assert "holds no .ipynb file" in error


# ---------------------------------------------------------------- missing solution cell
def test_a_deleted_solution_cell_is_listed_as_missing_and_the_rest_is_taken(source):
    code = extract_student_code(without_ex2(solved(source)), source)
    assert code.missing == ["ex2_condition"]
    assert sorted(code.solutions) == sorted(set(EXERCISES) - {"ex2_condition"})


def test_a_solution_cell_whose_grade_id_changed_is_listed_as_missing(source):
    code = extract_student_code(with_ex2_renamed(solved(source)), source)
    assert code.missing == ["ex2_condition"]


def test_a_notebook_without_any_solution_cell_is_an_error(source):
    nb = solved(source)
    nb.cells = [c for c in nb.cells if not is_solution_cell(c)]
    with pytest.raises(SubmissionError, match="none of the assignment's solution cells"):
        extract_student_code(nb, source)


@pytest.mark.slow
@pytest.mark.ordinary_user  # the class run that must also hold when an ordinary user grades
def test_a_missing_solution_cell_costs_its_exercise_only(new_course):
    course = new_course("missing-cells")
    release = nbformat.read(course.release_notebook, as_version=4)
    submit(course, "deleted", without_ex2(notebook_with(release, SOLVED)))
    submit(course, "renamed", with_ex2_renamed(notebook_with(release, SOLVED)))
    misnamed = course.submitted / "misnamed" / ASSIGNMENT / "Genomics.ipynb"
    misnamed.parent.mkdir(parents=True)
    nbformat.write(notebook_with(release, SOLVED), misnamed)

    grade(course, "--jobs", "2", "--quiet")
    grades = json.loads((course.root / GRADES_JSON).read_text())["students"]
    for student in ("deleted", "renamed"):
        entry = grades[student]
        assert entry["status"] == "graded", entry["error"]
        assert {ex: e["score"] for ex, e in entry["exercises"].items()} == {
            "ex1_irls_logistic": 5.0, "ex2_condition": 0.0, "ex3_seed_study": 5.0, "ex4_real_data": 5.0}
        checks = json.loads((course.state / "results" / f"{student}.json").read_text())["checks"]
        ex2 = [c for c in checks if c["exercise"] == "ex2_condition"]
        assert ex2 and all(not c["passed"] and c["message"].startswith(MISSING_EX2) for c in ex2)
    assert grades["misnamed"]["status"] == "error"
    assert f"misnamed/{ASSIGNMENT}/{NOTEBOOK}" in grades["misnamed"]["error"]
    assert f"{ASSIGNMENT}/Genomics.ipynb" in grades["misnamed"]["error"]
