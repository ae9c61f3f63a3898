"""Only the student's code is taken from a submission; defects are SubmissionErrors."""
import json

import nbformat
import pytest

from autograder.common.errors import SubmissionError
from autograder.grading.notebooks import build_plan, extract_student_code, load_submission


def meta(grade_id, *, solution=False, grade=False, points=0):
    m = {"grade": grade, "grade_id": grade_id, "locked": not solution, "schema_version": 3,
         "solution": solution, "task": False}
    if grade:
        m["points"] = points
    return {"nbgrader": m}


def source_notebook():
    nb = nbformat.v4.new_notebook()
    nb.cells = [
        nbformat.v4.new_code_cell("import numpy as np", metadata=meta("teach_imports")),
        nbformat.v4.new_code_cell("plot()", metadata={**meta("teach_plot"), "autograder": {"run": False}}),
        nbformat.v4.new_code_cell("def f(): return 1", metadata=meta("ex1_irls_logistic", solution=True)),
        nbformat.v4.new_code_cell("assert f() == 1", metadata=meta("ex1_irls_logistic_tests", grade=True, points=5)),
    ]
    return nb


def student_notebook(solution="def f(): return 2"):
    nb = source_notebook()
    nb.cells[2].source = solution
    return nb


def write(tmp_path, nb):
    path = tmp_path / "nb.ipynb"
    nbformat.write(nb, path)
    return path


def test_invalid_json_is_an_error_naming_the_line(tmp_path):
    path = tmp_path / "nb.ipynb"
    path.write_text('{\n "cells": [\n  {,\n')
    with pytest.raises(SubmissionError, match=r"not valid JSON \(line 3\)"):
        load_submission(path)


def test_unexpected_nbformat_version_is_an_error(tmp_path):
    path = tmp_path / "nb.ipynb"
    path.write_text(json.dumps({"nbformat": 5, "nbformat_minor": 0, "cells": [], "metadata": {}}))
    with pytest.raises(SubmissionError, match="nbformat version 5"):
        load_submission(path)


def test_json_that_is_not_a_notebook_is_an_error(tmp_path):
    path = tmp_path / "nb.ipynb"
    path.write_text("[1, 2, 3]")
    with pytest.raises(SubmissionError, match="not a notebook"):
        load_submission(path)


def test_missing_solution_cell_is_an_error():
    nb = student_notebook()
    del nb.cells[2]
    with pytest.raises(SubmissionError, match="ex1_irls_logistic missing"):
        extract_student_code(nb, source_notebook())


def test_edited_and_repointed_test_cells_are_ignored():
    nb = student_notebook()
    nb.cells[3].source = "pass  # tests removed"
    nb.cells[3].metadata["nbgrader"]["points"] = 500
    nb.cells.append(nbformat.v4.new_code_cell("print('fake')", metadata=meta("ex1_extra", grade=True, points=99)))
    plan = build_plan(source_notebook(), extract_student_code(nb, source_notebook()))
    sources = [c.source for c in plan]
    assert "pass  # tests removed" not in sources and "assert f() == 1" not in sources
    assert "print('fake')" in sources  # runs as plain student code, worth nothing


def test_edited_teaching_cells_run_as_the_instructor_wrote_them():
    nb = student_notebook()
    nb.cells[0].source = "import os; os.system('echo hacked')"
    plan = build_plan(source_notebook(), extract_student_code(nb, source_notebook()))
    assert plan[0].source == "import numpy as np" and plan[0].owner == "instructor"


def test_student_added_cells_run_after_the_cell_they_follow():
    nb = student_notebook()
    nb.cells.insert(3, nbformat.v4.new_code_cell("helper = 1"))
    plan = build_plan(source_notebook(), extract_student_code(nb, source_notebook()))
    labels = [c.label for c in plan]
    assert labels == ["teach_imports", "solution cell ex1_irls_logistic",
                      "your cell after ex1_irls_logistic"]


def test_demo_cells_marked_run_false_are_skipped_when_grading():
    plan = build_plan(source_notebook(), extract_student_code(student_notebook(), source_notebook()))
    assert "plot()" not in [c.source for c in plan]
