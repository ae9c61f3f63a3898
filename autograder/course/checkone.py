"""``autograder check NOTEBOOK``: grade one notebook, no course or gradebook needed.

A staff tool: TAs and instructors check one notebook before or outside a
class run. It needs the answer key, the instructor's notebook: with
``--course COURSE`` that course's own (``source/``), else one built from the
assignment's ``solutions/instructor/``, which only a checkout of the
assignment's folder has. The assignment is the notebook's own (its cells' ids),
or ``--assignment NAME``. Without it, ``check`` stops before anything runs and says so.

The notebook is graded by the class path itself: a throw-away course is made
in a temporary folder (the instructor's notebook and the secret; nothing of
nbgrader's, which only records grades), the notebook is its only submission,
and ``grade_course`` grades it (calibration, sandbox, hidden checks, scoring).
So ``check`` gives exactly what ``grade`` gives the same notebook in a course
with the same secret; nothing but the feedback page beside the notebook is
left behind.

Secret (the hidden-check inputs are drawn from it): a course's
(``--course COURSE`` reads ``COURSE/autograder/secret``), a secret file
(``--secret-file PATH``, 64 hex digits as ``init`` writes them), or else
:data:`DEFAULT_SECRET`, fixed and public: fine for trying a notebook,
never for a grade, since anyone can compute its inputs.
"""
from __future__ import annotations

import hashlib
import re
import shutil
import tempfile
from dataclasses import dataclass
from pathlib import Path

from autograder.assignment import AnswerKeyMissing
from autograder.grading.calibration import CALIBRATION_FILE
from autograder.common.provenance import user_cache_dir
from autograder.common.config import GradingConfig
from autograder.common.errors import EnvironmentProblem
from autograder.grading.submission import SubmissionResult
from autograder.course.secret import CourseSecret, secret_path, write_new

#: the secret used without --course or --secret-file: fixed and documented, so not secret at all
DEFAULT_SECRET = CourseSecret(hashlib.sha256(b"autograder check: the public default secret").digest())
PUBLIC_KEY_NOTE = ("note: graded with the fixed public default secret (any two runs draw the same hidden "
                       "inputs); pass --course COURSE or --secret-file PATH to draw a course's inputs")


@dataclass(frozen=True)
class Checked:
    """The result of checking one notebook and the feedback page written beside it (None if not written)."""

    result: SubmissionResult
    page: Path | None


def feedback_page_path(notebook: Path) -> Path:
    """``<folder>/<notebook stem>.feedback.html``."""
    return notebook.with_name(f"{notebook.stem}.feedback.html")


def student_id(notebook: Path) -> str:
    """A folder-safe student id from the notebook's name."""
    return re.sub(r"[^A-Za-z0-9_.-]", "_", notebook.stem).lstrip(".")[:60] or "student"


def read_secret(secret_file: Path | None, course: Path | None) -> tuple[CourseSecret, bool]:
    """The secret to grade with and whether it is the public default."""
    if secret_file is not None and course is not None:
        raise EnvironmentProblem("give --secret-file or --course, not both")
    path = secret_file if secret_file is not None else (secret_path(course) if course is not None else None)
    if path is None:
        return DEFAULT_SECRET, True
    try:
        return CourseSecret.from_text(path.read_text()), False
    except OSError as exc:
        raise EnvironmentProblem(f"cannot read the secret at {path}: {exc.strerror}") from exc
    except ValueError as exc:
        raise EnvironmentProblem(f"{path} is not a course secret: {exc}") from exc


def notebook_assignment(notebook: Path, name: str | None = None, course: Path | None = None):
    """The assignment ``notebook`` is a submission of.

    ``name`` (``--assignment``) decides when given; else the known assignment (of ``course``, when
    given) whose exercises' cell ids the notebook holds most of, the notebook's file name breaking
    ties; a notebook that holds none of them is refused, naming the assignments there are.

    Raises
    ------
    EnvironmentProblem
        No assignment matches, or two match alike.
    """
    import json

    from autograder.assignment import find_assignment, known_assignments
    from autograder.course.folder import course_assignments

    if name is not None:
        return find_assignment(name)
    candidates = course_assignments(course) if course is not None else known_assignments()
    try:
        cells = json.loads(Path(notebook).read_text(encoding="utf-8", errors="replace")).get("cells", [])
        ids = {str(((c.get("metadata") or {}).get("nbgrader") or {}).get("grade_id", "")) for c in cells
               if isinstance(c, dict)}
    except (OSError, ValueError, AttributeError):
        ids = set()
    scored = sorted(((sum(any(a.exercise_of(i) == ex for i in ids) for ex in a.exercise_ids),
                      Path(notebook).name == a.notebook, a) for a in candidates),
                    key=lambda t: (t[0], t[1]), reverse=True)
    if len(scored) == 1:
        return scored[0][2]  # even a notebook that lost its cells' ids is graded: its error line says why
    if not scored or scored[0][0] == 0 and not scored[0][1]:
        known = ", ".join(a.name for a in candidates) or "none"
        raise EnvironmentProblem(f"{notebook} holds no exercise of any assignment the grader knows ({known}); "
                                 "name one with --assignment NAME")
    if len(scored) > 1 and scored[0][:2] == scored[1][:2]:
        raise EnvironmentProblem(f"{notebook} could be {scored[0][2].name} or {scored[1][2].name}; "
                                 "name one with --assignment NAME")
    return scored[0][2]


def check_notebook(notebook: Path, config: GradingConfig, secret: CourseSecret, *, assignment,
                   progress: bool = False, log=print, course: Path | None = None, student: str | None = None,
                   source: bytes | None = None) -> SubmissionResult:
    """Grade ``notebook`` in a temporary course with ``secret``; never writes beside the notebook.

    ``student`` is the id it is graded as (hidden inputs are drawn per student and code, so with a
    course's secret and that student's id, ``check`` gives exactly what ``grade`` gives them); by
    default an id made from the notebook's name. ``source`` is the instructor's notebook
    (:func:`instructor_notebook`'s bytes), found here when not given.

    The instructor's notebook and calibration come from ``course`` (read only): its notebook, and its
    calibration when it holds one for the same key, else the per-user cache
    (:func:`autograder.common.provenance.user_cache_dir`), where a new one is kept. Without ``course``, the
    instructor's notebook is built from the project's ``solutions/instructor/``.

    Raises
    ------
    EnvironmentProblem
        No such file, no answer key (one sentence saying what is missing and what to do), or the
        environment cannot grade (as ``grade`` would say).
    """
    from autograder.course.classrun import grade_course
    from autograder.course.folder import Course, grading_folder

    notebook = Path(notebook)
    require_inputs(notebook, student)
    source = source if source is not None else instructor_notebook(assignment, course)
    with tempfile.TemporaryDirectory(prefix="autograder-check-") as tmp:
        root = Path(tmp) / "course"
        write_new(secret_path(root), secret)
        # keeps the secret written above; nothing of nbgrader's
        made: Course = grading_folder(root, assignment, source)
        stored = (Course(Path(course).resolve(), assignment).state / CALIBRATION_FILE
                  if course is not None else None)
        if stored is not None and stored.is_file():
            made.state.mkdir(parents=True, exist_ok=True)  # the assignment's own folder: nothing made it yet
            shutil.copyfile(stored, made.state / CALIBRATION_FILE)
        student = student if student is not None else student_id(notebook)
        target = made.submission(student)
        target.parent.mkdir(parents=True)
        shutil.copyfile(notebook, target)
        results = grade_course(root, config, force=True, progress=progress, log=log,
                               calibration_cache=user_cache_dir(), nbgrader_records=False, assignment=assignment)
    return next(r for r in results if r.student == student)


def require_inputs(notebook: Path, student: str | None) -> None:
    """EnvironmentProblem unless ``notebook`` is a file and ``student`` (if given) can be a student id."""
    if not Path(notebook).is_file():
        raise EnvironmentProblem(f"no notebook at {notebook}")
    if student is not None and (not student or "/" in student or "\0" in student or student.startswith(".")):
        raise EnvironmentProblem(f"--student {student!r} cannot be a student id: an id is a folder name under "
                                 "submitted/ (no '/', not starting with '.')")


def instructor_notebook(assignment, course: Path | None) -> bytes:
    """The answer key ``check`` grades against: the instructor's notebook, as bytes.

    With ``course``, that course's own notebook (``source/``); else one built from the project's
    ``solutions/instructor/``.

    Raises
    ------
    EnvironmentProblem
        No course there, or no answer key: one sentence naming what is missing and what to do.
    """
    import nbformat

    from autograder.course.folder import course_of

    if course is not None:
        found = course_of(course, assignment)
        found.load_source()  # a course, or the sentence saying why not
        return found.source_notebook.read_bytes()
    try:
        return (nbformat.writes(assignment.build_source_notebook()) + "\n").encode()
    except AnswerKeyMissing as exc:
        folder = assignment.instructor_solutions
        missing = folder if not folder.is_dir() else exc.path
        raise EnvironmentProblem(no_answer_key(missing)) from None


def no_answer_key(missing: Path) -> str:
    """The one sentence ``check`` says when the instructor's solutions are not there."""
    return (f"`autograder check` is a staff tool for TAs and instructors and needs the instructor's solutions, "
            f"but {missing} is missing: run it in a checkout of the course repository, or pass --course COURSE "
            "to grade against that course's instructor notebook (students: use the visible tests in your notebook)")


def json_entry(assignment, result: SubmissionResult) -> dict:
    """A ``grades.json`` student entry, plus ``student``, ``assignment`` and every check's verdict."""
    from autograder.outputs.grades import grades_document

    entry = dict(grades_document(assignment, [result])["students"][result.student])
    entry["assignment"] = assignment.name
    entry["student"] = result.student
    entry["checks"] = [c.to_json() for c in result.checks]
    return entry


def write_page(assignment, notebook: Path, result: SubmissionResult, log=print) -> Path | None:
    """Write the feedback page beside the notebook; None (and a warning) when the folder is read-only."""
    from autograder.outputs.feedback.course_pages import page_html
    from autograder.common.files import atomic_write

    path = feedback_page_path(notebook)
    try:
        atomic_write(path, page_html(assignment, result))
    except OSError as exc:
        log(f"warning: could not write {path}: {exc.strerror}")
        return None
    return path
