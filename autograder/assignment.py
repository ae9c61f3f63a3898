"""The course's one assignment: fixed names and the source notebook builder.

The notebook is kept in git as a jupytext percent file
(``assignments/genomics_applications/genomics_applications.py``) with its
solution cells left as placeholders; the instructor's solutions live in
``solutions/instructor/<grade_id>.py``. :func:`build_source_notebook` joins
them into the nbgrader source notebook.
"""
from __future__ import annotations

import hashlib
import re
from pathlib import Path

import nbformat

from autograder.errors import EnvironmentProblem
from autograder.notebooks import is_solution_cell, nbgrader_meta

ASSIGNMENT = "genomics_applications"
NOTEBOOK = "genomics_applications.ipynb"
EXERCISES = ("ex1_irls_logistic", "ex2_condition", "ex3_seed_study", "ex4_real_data")

REPO = Path(__file__).resolve().parents[1]
SOURCE_TEXT = REPO / "assignments" / ASSIGNMENT / f"{ASSIGNMENT}.py"
INSTRUCTOR_SOLUTIONS = REPO / "solutions" / "instructor"
FORMAT_RULES = REPO / "assignments" / ASSIGNMENT / "formats.py"
#: what nbformat 4.5 allows as a cell id
CELL_ID = re.compile(r"[a-zA-Z0-9_-]{1,64}")
#: locked cells the builder fills from a file of the project
FILLED_CELLS = {"teach_format_rules": FORMAT_RULES}
CORPUS = REPO / "solutions" / "corpus"


class AnswerKeyMissing(EnvironmentProblem):
    """The instructor's solution of a cell cannot be read: this is no full checkout of the project.

    Attributes
    ----------
    path : Path
        The file that is missing or unreadable.
    """

    def __init__(self, path: Path, why: str) -> None:
        super().__init__(f"the instructor's solutions are missing: cannot read {path} ({why}); the instructor's "
                         f"notebook is built from {INSTRUCTOR_SOLUTIONS}, which only a checkout of the course "
                         "repository has")
        self.path = path


def instructor_solution(grade_id: str) -> str:
    """The instructor's content of one solution cell.

    Raises
    ------
    AnswerKeyMissing
        When ``solutions/instructor/<grade_id>.py`` cannot be read.
    """
    path = INSTRUCTOR_SOLUTIONS / f"{grade_id}.py"
    try:
        return path.read_text().rstrip("\n")
    except OSError as exc:
        raise AnswerKeyMissing(path, exc.strerror or type(exc).__name__) from None


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
    assign_stable_cell_ids(nb)
    nb.metadata.pop("jupytext", None)
    nb.metadata["kernelspec"] = {"display_name": "Python 3", "language": "python", "name": "python3"}
    nb.metadata["language_info"] = {"name": "python"}
    nbformat.validate(nb)
    return nb


def assign_stable_cell_ids(nb: nbformat.NotebookNode) -> None:
    """Give every cell an id that depends only on the cell, not on chance.

    nbformat gives new cells random ids; those would change the source
    notebook's bytes, hence its digest, at every ``autograder init`` and make
    every cached result stale. A cell with an nbgrader ``grade_id`` takes it as
    its id (unique, and stable while the instructor edits the cell); any other
    cell takes its type and a hash of its content. A repeated id gets a
    ``-2``, ``-3``, ... suffix, in notebook order.
    """
    nb.nbformat_minor = max(nb.get("nbformat_minor", 0), 5)  # cell ids exist from 4.5 on
    taken: set[str] = set()
    for cell in nb.cells:
        grade_id = nbgrader_meta(cell).get("grade_id")
        if isinstance(grade_id, str) and CELL_ID.fullmatch(grade_id):
            base = grade_id
        else:
            base = f"{cell.cell_type}-{hashlib.sha256(cell.source.encode()).hexdigest()[:12]}"
        cell_id, copy = base, 1
        while cell_id in taken:
            copy += 1
            suffix = f"-{copy}"
            cell_id = base[:64 - len(suffix)] + suffix
        taken.add(cell_id)
        cell["id"] = cell_id


def solution_ids(nb: nbformat.NotebookNode) -> list[str]:
    return [nbgrader_meta(c)["grade_id"] for c in nb.cells if is_solution_cell(c)]


def exercise_of(grade_id: str) -> str | None:
    """The exercise a cell belongs to, by grade_id prefix."""
    for exercise in EXERCISES:
        if grade_id == exercise or grade_id.startswith(exercise + "_"):
            return exercise
    return None
