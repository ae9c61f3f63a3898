"""What an assignment's author is told is missing: ``autograder validate``.

Static checks, in seconds, need nothing but the folder:

- the manifest reads (:mod:`.manifest`) and the source notebook builds from it;
- the notebook's solution cells are the manifest's exercises, in order, one each, every grade id
  is unique, and each exercise's test cells carry the manifest's points;
- each exercise's instructor solution defines every function the manifest names;
- the checks load, every exercise has checks, every clause a check and every check a clause, and
  ``CLAUSES.md`` is what the checks' tables render;
- the corpus has, per exercise, a correct solution and a wrong one, each with its header lines;
- the audit's review file reads.

With ``run`` (``--run``), what takes a minute: the instructor's notebook runs top to bottom with
its visible tests passing, the release's placeholders fail every visible test, and the
instructor's solutions get full marks from the hidden checks in the sandbox (the calibration every
class run starts with).
"""
from __future__ import annotations

import copy
import re
import tempfile
from pathlib import Path

from autograder.assignment.loader import Assignment
from autograder.grading.notebooks import is_solution_cell, is_test_cell, nbgrader_meta, solution_ids

#: what nbgrader's release puts in every solution cell
STUB = "# YOUR CODE HERE\nraise NotImplementedError()"


def static_problems(assignment: Assignment) -> list[str]:
    """Everything the folder alone shows to be missing or inconsistent (empty: nothing)."""
    problems: list[str] = []
    try:
        source = assignment.build_source_notebook()
    except Exception as exc:  # noqa: BLE001 - each problem is one line for the author
        return [f"the source notebook does not build: {type(exc).__name__}: {exc}"]
    problems += _cells(assignment, source)
    problems += _functions(assignment)
    problems += _checks(assignment)
    problems += _corpus(assignment)
    problems += _audit(assignment)
    return problems


def _cells(assignment: Assignment, source) -> list[str]:
    problems = []
    solutions = solution_ids(source)
    if solutions != list(assignment.exercise_ids):
        problems.append(f"the notebook's solution cells are {solutions}; the manifest's exercises, in order, "
                        f"are {list(assignment.exercise_ids)} (one solution cell per exercise, named by its id)")
    ids = [nbgrader_meta(c).get("grade_id") for c in source.cells if nbgrader_meta(c).get("grade_id")]
    twice = sorted({i for i in ids if ids.count(i) > 1})
    if twice:
        problems.append(f"grade ids used more than once: {', '.join(twice)}")
    points: dict[str, float] = {}
    for cell in source.cells:
        if is_test_cell(cell):
            grade_id = nbgrader_meta(cell).get("grade_id", "")
            exercise = assignment.exercise_of(grade_id)
            if exercise is None:
                problems.append(f"test cell {grade_id!r} belongs to no exercise (its id must start with one)")
                continue
            points[exercise] = points.get(exercise, 0.0) + float(nbgrader_meta(cell).get("points", 0))
    for exercise in assignment.exercises:
        if exercise.id not in points:
            problems.append(f"{exercise.id} has no visible test cell (an nbgrader grade cell named {exercise.id}_...)")
        elif abs(points[exercise.id] - exercise.points) > 1e-9:
            problems.append(f"{exercise.id}: its test cells carry {points[exercise.id]:g} points; the manifest "
                            f"says {exercise.points:g}")
    return problems


def _functions(assignment: Assignment) -> list[str]:
    problems = []
    for exercise in assignment.exercises:
        try:
            code = assignment.instructor_solution(exercise.id)
        except Exception as exc:  # noqa: BLE001
            problems.append(str(exc))
            continue
        for name in exercise.functions:
            if not re.search(rf"^\s*def {re.escape(name)}\s*\(", code, flags=re.M):
                problems.append(f"{exercise.id}: the instructor's solution defines no function {name!r}, which "
                                "the manifest says the student writes")
    return problems


def _checks(assignment: Assignment) -> list[str]:
    from autograder.audit.clauses import coverage_problems, markdown

    try:
        checks = assignment.checks()
    except Exception as exc:  # noqa: BLE001
        return [f"the checks do not load: {type(exc).__name__}: {exc}"]
    problems = [f"{ex} has no hidden check" for ex in assignment.exercise_ids
                if not any(c.exercise == ex for c in checks)]
    problems += coverage_problems(assignment, checks)
    try:
        written = assignment.clauses_file.read_text()
    except OSError:
        written = None
    if written != markdown(assignment, checks):
        problems.append(f"{assignment.clauses_file} is {'missing' if written is None else 'out of date'}: run "
                        f"`autograder audit --assignment {assignment.name} --clauses > {assignment.clauses_file}`")
    return problems


def _corpus(assignment: Assignment) -> list[str]:
    from autograder.course.demo import corpus_entries

    try:
        entries = corpus_entries(assignment)
    except (OSError, ValueError) as exc:
        return [f"the corpus does not read: {exc}"]
    problems = []
    for exercise in assignment.exercise_ids:
        verdicts = {e.verdict for e in entries if e.exercise == exercise}
        for verdict in ("correct", "wrong"):
            if verdict not in verdicts:
                problems.append(f"{exercise}: the corpus ({assignment.corpus / exercise}) has no {verdict} solution")
    problems += [f"{e.path}: no '# what: ...' line saying what it does" for e in entries if not e.what]
    return problems


def _audit(assignment: Assignment) -> list[str]:
    from autograder.audit.equivalents import equivalents_file, load_equivalents

    path = equivalents_file(assignment)
    if not path.is_file():
        return [f"{path} is missing (an empty file is a review with no equivalent mutant)"]
    try:
        load_equivalents(path)
    except (OSError, ValueError) as exc:
        return [f"{path}: {exc}"]
    return []


def run_problems(assignment: Assignment, config=None, log=lambda *a: None) -> list[str]:
    """What running the notebooks shows (empty: nothing): visible tests, and full marks in the sandbox."""
    problems = visible_test_problems(assignment)
    problems += _full_marks(assignment, config, log)
    return problems


def _execute(nb, allow_errors: bool, data: dict[str, bytes]):
    """Run ``nb`` top to bottom in a Jupyter kernel whose working folder holds the assignment's data files."""
    from nbclient import NotebookClient

    with tempfile.TemporaryDirectory(prefix="autograder-validate-") as folder:
        for name, content in data.items():
            (Path(folder) / name).parent.mkdir(parents=True, exist_ok=True)
            (Path(folder) / name).write_bytes(content)
        NotebookClient(nb, timeout=600, kernel_name="python3", allow_errors=allow_errors,
                       resources={"metadata": {"path": folder}}).execute()
    return nb


def visible_test_problems(assignment: Assignment) -> list[str]:
    """The instructor's notebook runs top to bottom; every visible test fails on the release's placeholders."""
    source = assignment.build_source_notebook()
    problems = []
    try:
        _execute(copy.deepcopy(source), allow_errors=False, data=assignment.data_files())
    except Exception as exc:  # noqa: BLE001 - nbclient's CellExecutionError names the cell
        problems.append(f"the instructor's notebook does not run top to bottom: {str(exc)[:600]}")
    stub = copy.deepcopy(source)
    for cell in stub.cells:
        if is_solution_cell(cell):
            cell.source = STUB
    _execute(stub, allow_errors=True, data=assignment.data_files())
    for cell in stub.cells:
        if is_test_cell(cell) and not any(o.get("output_type") == "error" for o in cell.get("outputs", [])):
            problems.append(f"visible test cell {nbgrader_meta(cell).get('grade_id')} passes on the release's "
                            "placeholder (it tests nothing a student writes)")
    return problems


def _full_marks(assignment: Assignment, config, log) -> list[str]:
    from autograder.course.classrun import calibrate_course
    from autograder.common.config import GradingConfig
    from autograder.course.folder import grading_folder
    from autograder.common.errors import EnvironmentProblem

    with tempfile.TemporaryDirectory(prefix="autograder-validate-") as tmp:
        grading_folder(Path(tmp) / "course", assignment)
        try:
            calibrate_course(Path(tmp) / "course", config or GradingConfig(), log=log, assignment=assignment)
        except EnvironmentProblem as exc:
            return [f"the instructor's solutions in the sandbox: {exc}"]
    return []
