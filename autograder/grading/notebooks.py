"""Reading notebooks and deciding what code runs for a submission.

The instructor's source notebook decides which cells exist, which are tests
and how many points they carry. From a submission only *student code* is
taken: the content of each solution cell (matched by nbgrader ``grade_id``)
and any code cells the student added. Teaching cells run as the instructor
wrote them, and test cells are never taken from the submission, so editing,
deleting, re-pointing or re-ordering them changes nothing.
"""
from __future__ import annotations

import json
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

import nbformat

from autograder.common.errors import SubmissionError

MAX_NOTEBOOK_BYTES = 32 * 1024 * 1024
#: notebooks named at most when the expected one is missing
MAX_LISTED = 10


def nbgrader_meta(cell) -> dict:
    meta = cell.get("metadata", {}).get("nbgrader", {})
    return meta if isinstance(meta, dict) else {}


def is_solution_cell(cell) -> bool:
    return cell.get("cell_type") == "code" and bool(nbgrader_meta(cell).get("solution"))


def is_test_cell(cell) -> bool:
    meta = nbgrader_meta(cell)
    return cell.get("cell_type") == "code" and bool(meta.get("grade")) and not meta.get("solution")


def solution_ids(nb) -> list[str]:
    """The ``grade_id`` of every solution cell, in notebook order: one per exercise, its id."""
    return [nbgrader_meta(c)["grade_id"] for c in nb.cells if is_solution_cell(c)]


def exercise_of(exercises, grade_id: str) -> str | None:
    """The exercise a cell belongs to, by ``grade_id`` prefix (``None``: no exercise's)."""
    for exercise in exercises:
        if grade_id == exercise or grade_id.startswith(exercise + "_"):
            return exercise
    return None


def runs_when_grading(cell) -> bool:
    """Teaching cells that only demonstrate (plots, demos of the exercises) carry
    ``metadata.autograder.run = false`` in the source: they define nothing the
    exercises need, so grading skips them."""
    meta = cell.get("metadata", {}).get("autograder", {})
    return not (isinstance(meta, dict) and meta.get("run") is False)


def notebooks_in(folder: Path, depth: int = 2, limit: int = MAX_LISTED) -> list[str]:
    """The ``.ipynb`` files in ``folder`` and its subfolders, as paths relative to it.

    Hidden files and folders (``.ipynb_checkpoints``) are skipped; at most
    ``depth`` levels are searched and the first ``limit`` names found (in
    breadth-first order) returned, sorted.
    """
    found: list[str] = []
    level = [folder]
    for _ in range(depth):
        below = []
        for directory in level:
            try:
                entries = sorted(directory.iterdir())
            except OSError:
                continue
            for entry in entries:
                if entry.name.startswith("."):
                    continue
                if entry.is_dir():
                    below.append(entry)
                elif entry.suffix.lower() == ".ipynb" and len(found) < limit:
                    found.append(entry.relative_to(folder).as_posix())
        level = below
    return sorted(found)


def missing_notebook_message(path: Path, look_in: Path) -> str:
    """Name the notebook that was expected and the notebooks that were found instead."""
    found = notebooks_in(look_in, limit=MAX_LISTED + 1)
    if found:
        instead = f"found instead in {look_in}: {', '.join(found[:MAX_LISTED])}"
        if len(found) > MAX_LISTED:
            instead += ", ..."
    elif look_in.is_dir():
        instead = f"{look_in} holds no .ipynb file"
    else:
        instead = f"there is no folder {look_in}"
    return (f"expected the notebook at {path}, but there is none; {instead} "
            "(rename or move the notebook to the expected path, then grade again)")


def load_submission(path: Path, look_in: Path | None = None) -> nbformat.NotebookNode:
    """Read a student's notebook, turning every defect into a SubmissionError.

    Parameters
    ----------
    path : Path
        The submitted ``.ipynb``.
    look_in : Path, optional
        Where to look for the notebooks to name when ``path`` does not exist
        (the student's folder); by default, the folder of ``path``.

    Returns
    -------
    nbformat.NotebookNode
        Version-4 notebook (version 3 is upgraded).
    """
    if not path.is_file():
        # A wrong name or folder is the common case: say what was expected and what is there.
        raise SubmissionError(missing_notebook_message(path, look_in or path.parent))
    try:
        size = path.stat().st_size
        if size > MAX_NOTEBOOK_BYTES:
            raise SubmissionError(f"notebook is {size / 2**20:.0f} MiB; the limit is "
                                  f"{MAX_NOTEBOOK_BYTES / 2**20:.0f} MiB")
        raw = path.read_bytes()
    except OSError as exc:
        raise SubmissionError(f"notebook {path} cannot be read ({exc.strerror})") from exc
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise SubmissionError(f"notebook is not UTF-8 text (byte {exc.start})") from exc
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise SubmissionError(f"notebook is not valid JSON (line {exc.lineno})") from exc
    if not isinstance(data, dict) or not isinstance(data.get("cells", data.get("worksheets")), list):
        raise SubmissionError("file is JSON but not a notebook (no list of cells)")
    version = data.get("nbformat")
    if version not in (3, 4):
        raise SubmissionError(f"notebook has nbformat version {version!r}; expected 4")
    try:
        nb = nbformat.reads(text, as_version=4)
    except Exception as exc:  # nbformat raises several unrelated types
        raise SubmissionError(f"notebook structure is invalid ({type(exc).__name__})") from exc
    for index, cell in enumerate(nb.cells):
        if not isinstance(cell, dict) or not isinstance(cell.get("source", ""), str):
            raise SubmissionError(f"cell {index} is malformed")
    return nb


@dataclass
class StudentCode:
    """The code a submission contributes.

    Attributes
    ----------
    solutions : dict[str, list[str]]
        Sources of the cells carrying each solution ``grade_id``, in order.
    added : dict[str | None, list[str]]
        Code cells without a known ``grade_id``, keyed by the ``grade_id`` of
        the instructor cell they follow (None: before any).
    missing : list[str]
        Solution ``grade_id`` s of the source with no cell in the submission
        (deleted, or the cell's ``grade_id`` changed); those exercises score 0.
    """

    solutions: dict[str, list[str]] = field(default_factory=dict)
    added: dict[str | None, list[str]] = field(default_factory=lambda: defaultdict(list))
    missing: list[str] = field(default_factory=list)


def missing_cell_message(grade_id: str) -> str:
    """Why an exercise whose solution cell is gone scores 0."""
    return (f"the solution cell {grade_id} is missing from the notebook (deleted, or its "
            "nbgrader grade_id was changed), so this exercise could not be graded")


def extract_student_code(submission: nbformat.NotebookNode,
                         source: nbformat.NotebookNode) -> StudentCode:
    """Take the student's code out of a submission, per the instructor's cells.

    A solution cell missing from the submission costs its exercise only: it is
    listed in ``missing`` and the other exercises are graded as usual.

    Raises
    ------
    SubmissionError
        When none of the source's solution cells is in the submission: then
        it is not this assignment's notebook, or all its metadata is gone.
    """
    ids = solution_ids(source)
    known_ids = {nbgrader_meta(c).get("grade_id") for c in source.cells} - {None}
    code = StudentCode()
    anchor: str | None = None
    for cell in submission.cells:
        if cell.get("cell_type") != "code":
            continue
        grade_id = nbgrader_meta(cell).get("grade_id")
        if grade_id in ids:
            code.solutions.setdefault(grade_id, []).append(cell.get("source", ""))
            anchor = grade_id
        elif grade_id in known_ids:
            anchor = grade_id  # the instructor's version of this cell runs instead
        else:
            code.added[anchor].append(cell.get("source", ""))
    code.missing = [gid for gid in ids if gid not in code.solutions]
    if ids and len(code.missing) == len(ids):
        raise SubmissionError(
            f"{', '.join(code.missing)} missing: the notebook has none of the assignment's "
            "solution cells (is it the assignment's notebook? was its nbgrader metadata removed?)"
        )
    return code


@dataclass(frozen=True)
class PlannedCell:
    """One cell to execute in the student's kernel."""

    label: str
    source: str
    owner: str  # "instructor" or "student"
    exercise: str | None = None


def build_plan(source: nbformat.NotebookNode, code: StudentCode) -> list[PlannedCell]:
    """Interleave the instructor's cells with the student's code.

    Test cells are left out: marks come from the hidden checks, which run in
    the grader and call the student's functions directly.
    """
    plan = [PlannedCell("your cell at the top", s, "student") for s in code.added.get(None, [])]
    for cell in source.cells:
        if cell.get("cell_type") != "code":
            continue
        grade_id = nbgrader_meta(cell).get("grade_id")
        if is_solution_cell(cell):
            for i, src in enumerate(code.solutions.get(grade_id, [])):
                suffix = "" if i == 0 else f" (copy {i + 1})"
                plan.append(PlannedCell(f"solution cell {grade_id}{suffix}", src, "student", grade_id))
        elif not is_test_cell(cell) and runs_when_grading(cell):
            plan.append(PlannedCell(grade_id or "instructor cell", cell.source, "instructor"))
        for src in code.added.get(grade_id, []) if grade_id else []:
            plan.append(PlannedCell(f"your cell after {grade_id}", src, "student",
                                    grade_id if is_solution_cell(cell) else None))
    return plan
