"""An nbgrader course folder for the assignment: make it, release it, find it.

Layout (nbgrader's own, so ``nbgrader export``, formgrader and
``nbgrader collect`` keep working)::

    COURSE/nbgrader_config.py        (no absolute path: the course may be moved or copied)
    COURSE/gradebook.db
    COURSE/source/genomics_applications/genomics_applications.ipynb    (instructor)
    COURSE/release/genomics_applications/genomics_applications.ipynb   (students)
    COURSE/submitted/<student>/genomics_applications/genomics_applications.ipynb
    COURSE/autograded/<student>/genomics_applications/...              (written by grade)
    COURSE/autograder/secret                                           (init; hidden-check inputs)
    COURSE/autograder/results/<stem>.json, logs/<stem>.log            (written by grade; the stem
                                          is the student id, or a safe name for an id that is not
                                          plain: ``files.student_file_stem``; the id is in the file)
    COURSE/grades.json, COURSE/grades.csv                              (written by grade)
    COURSE/nbgrader_grades.csv                                         (written by `nbgrader export`)

Nothing stored in the folder names the folder itself: nbgrader's config
finds the course from its own location when it runs, and our code from the
path it is given, so ``mv`` and ``cp -r`` give a working course that never
writes into the original.
"""
from __future__ import annotations

import hashlib
import os
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import nbformat

from autograder.assignment import ASSIGNMENT, NOTEBOOK, build_source_notebook
from autograder.errors import EnvironmentProblem
from autograder.files import student_file_stem
from autograder.secret import load_or_create, secret_path

#: nbgrader's export CSV: our ``grades.csv`` (per exercise) is another file
NBGRADER_EXPORT = "nbgrader_grades.csv"
CONFIG_TEMPLATE = '''\
# nbgrader configuration written by `autograder init`. Grading runs through
# `autograder grade`, which uses nbgrader's layout and gradebook.
#
# The course is the folder holding this file, wherever it is now: no path is
# stored, so a moved or copied course works in its new place and never writes
# into the old one. The gradebook is nbgrader's default, <root>/gradebook.db.
import os

course = os.path.dirname(os.path.abspath(__file__))
c = get_config()  # noqa: F821
c.CourseDirectory.course_id = "genomics"
c.CourseDirectory.root = course
# `nbgrader export` would write ./grades.csv, over the per-exercise grades.csv
# of `autograder grade`; `nbgrader export --to FILE` still chooses another.
c.ExportPlugin.to = os.path.join(course, "{export}")
c.ClearSolutions.code_stub = dict(python="# YOUR CODE HERE\\nraise NotImplementedError()")
# nbgrader's autograde (the command, and formgrader's Autograde button) would run student
# code unsandboxed as whoever started it: it refuses, see autograder/nbgrader_hooks.py.
c.Autograde.exporter_class = "autograder.nbgrader_hooks.RefuseAutogradeExporter"
c.Autograde.sanitize_preprocessors = ["autograder.nbgrader_hooks.RefuseAutograde"]
c.Autograde.autograde_preprocessors = ["autograder.nbgrader_hooks.RefuseAutograde"]
# `nbgrader generate_feedback`: nbgrader's page, its index naming each exercise's checks
# (nbgrader's own page, index "Test cell", where the autograder package is not installed).
try:
    from autograder.feedback.nbgrader_template import configure as _feedback_template
except ImportError:
    pass
else:
    _feedback_template(c)
'''


@dataclass(frozen=True)
class Course:
    """Paths of one course folder."""

    root: Path

    @property
    def source_notebook(self) -> Path:
        return self.root / "source" / ASSIGNMENT / NOTEBOOK

    @property
    def release_notebook(self) -> Path:
        return self.root / "release" / ASSIGNMENT / NOTEBOOK

    @property
    def submitted(self) -> Path:
        return self.root / "submitted"

    @property
    def db_url(self) -> str:
        return f"sqlite:///{self.root / 'gradebook.db'}"

    @property
    def state(self) -> Path:
        return self.root / "autograder"

    def submission(self, student: str) -> Path:
        return self.submitted / student / ASSIGNMENT / NOTEBOOK

    def autograded(self, student: str) -> Path:
        return self.root / "autograded" / student / ASSIGNMENT / NOTEBOOK

    def result_file(self, student: str) -> Path:
        """The student's stored result (the id inside it is the real one; the name may be a safe stem)."""
        return self.state / "results" / f"{student_file_stem(student)}.json"

    def log_file(self, student: str) -> Path:
        """The student's log for a TA, named as :meth:`result_file`."""
        return self.state / "logs" / f"{student_file_stem(student)}.log"

    def students(self) -> list[str]:
        """Every student with a folder under ``submitted/``, sorted: any folder name but a hidden one."""
        return sorted(p.name for p in self._folders() if not p.name.startswith("."))

    def not_students(self) -> list[str]:
        """Folders under ``submitted/`` that cannot be a student, sorted: those whose name starts with ``.``.

        Such a folder is hidden (``ls`` and nbgrader's own ``*`` glob skip it) and is what tools
        leave behind (``.ipynb_checkpoints``, ``.git``): never graded, and named by ``grade``.
        """
        return sorted(p.name for p in self._folders() if p.name.startswith("."))

    def _folders(self) -> list[Path]:
        if not self.submitted.is_dir():
            return []
        return [p for p in self.submitted.iterdir() if p.is_dir()]

    def load_source(self) -> tuple[nbformat.NotebookNode, str]:
        """The instructor's notebook and a digest of it."""
        if not self.source_notebook.is_file():
            raise EnvironmentProblem(f"no source notebook at {self.source_notebook}: "
                                     f"run `autograder init {self.root}` first")
        raw = self.source_notebook.read_bytes()
        return nbformat.reads(raw.decode(), as_version=4), hashlib.sha256(raw).hexdigest()


def init_course(root: Path) -> Course:
    """Make (or refresh) the course folder, source and release notebooks.

    Raises
    ------
    EnvironmentProblem
        When nbgrader cannot generate the release.
    """
    course = grading_folder(root)
    write_if_changed(course.root / "nbgrader_config.py", CONFIG_TEMPLATE.format(export=NBGRADER_EXPORT))
    run_nbgrader(course, ["generate_assignment", ASSIGNMENT, "--force"])
    if not course.release_notebook.is_file():
        raise EnvironmentProblem("nbgrader generate_assignment did not write the release notebook")
    return course


def grading_folder(root: Path) -> Course:
    """What grading needs of a course and nothing more: the instructor's notebook and the secret.

    ``init`` adds nbgrader's config, gradebook and release to it; ``check``
    grades one notebook in such a folder alone, with nothing of nbgrader's.
    """
    course = Course(root.resolve())
    course.root.mkdir(parents=True, exist_ok=True)
    # Same notebook, same bytes: the source's digest keys every cached result.
    write_if_changed(course.source_notebook, nbformat.writes(build_source_notebook()) + "\n")
    load_or_create(secret_path(course.root))  # kept with the course, never released
    return course


def write_if_changed(path: Path, text: str) -> None:
    """Write ``text`` to ``path`` unless it already holds exactly that (mtime kept)."""
    data = text.encode()
    try:
        if path.read_bytes() == data:
            return
    except OSError:
        path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(path.name + ".tmp")
    tmp.write_bytes(data)
    tmp.replace(path)


def run_nbgrader(course: Course, args: list[str]) -> str:
    """Run an nbgrader command in the course folder; raise with its output on failure."""
    # -I: the course's own autograder/ folder (in the working directory) must not shadow the package
    command = [sys.executable, "-I", "-m", "autograder.nbgrader_cli", *args]
    # nbgrader runs `alembic` for gradebook migrations: it must find the venv's copy.
    env = dict(os.environ, PATH=f"{Path(sys.executable).parent}{os.pathsep}{os.environ.get('PATH', '')}")
    proc = subprocess.run(command, cwd=course.root, capture_output=True, text=True, env=env)
    if proc.returncode != 0:
        raise EnvironmentProblem(f"`nbgrader {' '.join(args)}` failed:\n{proc.stdout}{proc.stderr}")
    return proc.stdout + proc.stderr
