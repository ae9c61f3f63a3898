"""The course's one assignment: fixed names and the source notebook builder.

The notebook is kept in git as a jupytext percent file
(``assignments/genomics_applications/genomics_applications.py``) with its
solution cells left as placeholders; the instructor's solutions live in
``solutions/instructor/<grade_id>.py``. :func:`build_source_notebook` joins
them into the nbgrader source notebook.
"""
from __future__ import annotations

from pathlib import Path

import nbformat

from autograder.notebooks import is_solution_cell, nbgrader_meta

ASSIGNMENT = "genomics_applications"
NOTEBOOK = "genomics_applications.ipynb"
EXERCISES = ("ex1_irls_logistic", "ex2_condition", "ex3_seed_study", "ex4_real_data")

REPO = Path(__file__).resolve().parents[1]
SOURCE_TEXT = REPO / "assignments" / ASSIGNMENT / f"{ASSIGNMENT}.py"
INSTRUCTOR_SOLUTIONS = REPO / "solutions" / "instructor"
FORMAT_RULES = REPO / "assignments" / ASSIGNMENT / "formats.py"
#: locked cells the builder fills from a file of the project
FILLED_CELLS = {"teach_format_rules": FORMAT_RULES}
CORPUS = REPO / "solutions" / "corpus"


def instructor_solution(grade_id: str) -> str:
    """The instructor's content of one solution cell."""
    return (INSTRUCTOR_SOLUTIONS / f"{grade_id}.py").read_text().rstrip("\n")


def build_source_notebook() -> nbformat.NotebookNode:
    """The nbgrader source notebook: teaching cells, solutions and tests.

    Returns
    -------
    nbformat.NotebookNode
        With outputs empty and the python3 kernelspec set.
    """
    import jupytext

    nb = jupytext.read(SOURCE_TEXT)
    for cell in nb.cells:
        grade_id = nbgrader_meta(cell).get("grade_id")
        if is_solution_cell(cell):
            cell.source = instructor_solution(grade_id)
        elif grade_id in FILLED_CELLS:
            cell.source = FILLED_CELLS[grade_id].read_text().rstrip("\n")
        if cell.cell_type == "code":
            cell.outputs = []
            cell.execution_count = None
    nb.metadata.pop("jupytext", None)
    nb.metadata["kernelspec"] = {"display_name": "Python 3", "language": "python", "name": "python3"}
    nb.metadata["language_info"] = {"name": "python"}
    nbformat.validate(nb)
    return nb


def solution_ids(nb: nbformat.NotebookNode) -> list[str]:
    return [nbgrader_meta(c)["grade_id"] for c in nb.cells if is_solution_cell(c)]


def exercise_of(grade_id: str) -> str | None:
    """The exercise a cell belongs to, by grade_id prefix."""
    for exercise in EXERCISES:
        if grade_id == exercise or grade_id.startswith(exercise + "_"):
            return exercise
    return None
