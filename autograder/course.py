"""An nbgrader course folder for the assignment: make it, release it, find it.

Layout (nbgrader's own, so ``nbgrader export``, formgrader and
``nbgrader collect`` keep working)::

    COURSE/nbgrader_config.py
    COURSE/gradebook.db
    COURSE/source/genomics_applications/genomics_applications.ipynb    (instructor)
    COURSE/release/genomics_applications/genomics_applications.ipynb   (students)
    COURSE/submitted/<student>/genomics_applications/genomics_applications.ipynb
    COURSE/autograded/<student>/genomics_applications/...              (written by grade)
    COURSE/autograder/secret                                           (init; hidden-check inputs)
    COURSE/autograder/results/<student>.json, logs/<student>.log      (written by grade)
    COURSE/grades.json, COURSE/grades.csv
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
from autograder.secret import load_or_create, secret_path

CONFIG_TEMPLATE = '''\
# nbgrader configuration written by `autograder init`. Grading runs through
# `autograder grade`, which uses nbgrader's layout and gradebook.
c = get_config()  # noqa: F821
c.CourseDirectory.course_id = "genomics"
c.CourseDirectory.root = {root!r}
c.CourseDirectory.db_assignments = [dict(name="{assignment}")]
c.ClearSolutions.code_stub = dict(python="# YOUR CODE HERE\\nraise NotImplementedError()")
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

    def students(self) -> list[str]:
        """Every student with a folder under ``submitted/``, sorted."""
        if not self.submitted.is_dir():
            return []
        return sorted(p.name for p in self.submitted.iterdir()
                      if p.is_dir() and not p.name.startswith("."))

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
    course = Course(root.resolve())
    course.root.mkdir(parents=True, exist_ok=True)
    (course.root / "nbgrader_config.py").write_text(
        CONFIG_TEMPLATE.format(root=str(course.root), assignment=ASSIGNMENT))
    course.source_notebook.parent.mkdir(parents=True, exist_ok=True)
    nbformat.write(build_source_notebook(), course.source_notebook)
    load_or_create(secret_path(course.root))  # kept with the course, never released
    run_nbgrader(course, ["generate_assignment", ASSIGNMENT, "--force"])
    if not course.release_notebook.is_file():
        raise EnvironmentProblem("nbgrader generate_assignment did not write the release notebook")
    return course


def run_nbgrader(course: Course, args: list[str]) -> str:
    """Run an nbgrader command in the course folder; raise with its output on failure."""
    command = [sys.executable, "-m", "nbgrader", *args]
    # nbgrader runs `alembic` for gradebook migrations: it must find the venv's copy.
    env = dict(os.environ, PATH=f"{Path(sys.executable).parent}{os.pathsep}{os.environ.get('PATH', '')}")
    proc = subprocess.run(command, cwd=course.root, capture_output=True, text=True, env=env)
    if proc.returncode != 0:
        raise EnvironmentProblem(f"`nbgrader {' '.join(args)}` failed:\n{proc.stdout}{proc.stderr}")
    return proc.stdout + proc.stderr
