"""An assignment's nbgrader source notebook, built from its jupytext source and answer key.

The notebook is kept in git as a jupytext percent file (the manifest's ``source``) with its
solution cells left as placeholders; the instructor's solutions live in
``solutions/instructor/<grade_id>.py`` of the assignment's folder. :func:`build_source_notebook`
joins them into the nbgrader source notebook.
"""
from __future__ import annotations

import hashlib
import re
from pathlib import Path

import nbformat

from autograder.grading.notebooks import is_solution_cell, nbgrader_meta

#: what nbformat 4.5 allows as a cell id
CELL_ID = re.compile(r"[a-zA-Z0-9_-]{1,64}")
#: a line of a filled file that stands for the framework's common format rules
#: (:mod:`autograder.contracts.format_rules`):
#: the grader imports them; the notebook's cell gets their text, since the grader is not in the kernel
COMMON_RULES_LINE = re.compile(r"^from autograder\.contracts\.format_rules import \*.*$", re.M)
COMMON_RULES = Path(__file__).parents[1] / "contracts" / "format_rules.py"


def filled_text(path: Path) -> str:
    """A file's text as the notebook's locked cell holds it: the common format rules inlined."""
    text = path.read_text().rstrip("\n")
    return COMMON_RULES_LINE.sub(lambda _: COMMON_RULES.read_text().rstrip("\n"), text, count=1)


def build_source_notebook(assignment) -> nbformat.NotebookNode:
    """The nbgrader source notebook of ``assignment``: teaching cells, solutions and tests.

    Returns
    -------
    nbformat.NotebookNode
        With outputs empty and the python3 kernelspec set.
    """
    import jupytext

    nb = jupytext.read(assignment.manifest.source)
    for cell in nb.cells:
        grade_id = nbgrader_meta(cell).get("grade_id")
        if is_solution_cell(cell):
            cell.source = assignment.instructor_solution(grade_id)
        elif grade_id in assignment.manifest.fill:
            cell.source = filled_text(assignment.manifest.fill[grade_id])
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

