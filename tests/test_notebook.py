"""The assignment notebook: its structure, and that it runs and teaches what the grader checks."""
from __future__ import annotations

import pytest

from genomics import EXERCISES, SOURCE_TEXT, build_source_notebook
from autograder.grading.notebooks import is_solution_cell, is_test_cell, nbgrader_meta


@pytest.fixture(scope="module")
def source():
    return build_source_notebook()


def test_each_exercise_has_exactly_one_solution_cell_with_its_contract_id(source):
    ids = [nbgrader_meta(c)["grade_id"] for c in source.cells if is_solution_cell(c)]
    assert ids == list(EXERCISES)


def test_each_exercise_is_worth_the_same(source):
    points = {nbgrader_meta(c)["grade_id"]: nbgrader_meta(c)["points"] for c in source.cells if is_test_cell(c)}
    assert points == {f"{ex}_tests": 5 for ex in EXERCISES}


def test_grade_ids_are_unique(source):
    ids = [nbgrader_meta(c).get("grade_id") for c in source.cells if nbgrader_meta(c)]
    assert len(ids) == len(set(ids))


def test_source_text_stores_no_outputs():
    text = SOURCE_TEXT.read_text()
    assert '"outputs"' not in text and "execution_count" not in text


def test_teaching_code_never_builds_diagonal_weight_matrices(source):
    code = "\n".join(c.source for c in source.cells if c.cell_type == "code")
    assert "np.diag(w" not in code and "np.diag(mu" not in code


# That the notebook runs top to bottom with its visible tests passing, and that every visible test
# fails on the release's placeholders, is held for every assignment by test_assignments.py (validate --run).
