"""Assignments as plug-ins: find their folders, and load each one's parts through its manifest.

The project ships its assignments under ``assignments/<name>/``; a course team may keep others in
folders of its own (``--assignments DIR``: each sub-folder with an ``assignment.toml`` is one).
Nothing here knows any assignment by name: everything an assignment is comes from its folder.
"""
from __future__ import annotations

import hashlib
import importlib
import importlib.util
import sys
import types
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path

from autograder.assignment.manifest import Exercise, Manifest, ManifestError, read_manifest
from autograder.common.errors import EnvironmentProblem
from autograder.grading.notebooks import exercise_of

REPO = Path(__file__).resolve().parents[2]
#: where the project's own assignments live (a package: ``assignments.<name>``)
PROJECT_ASSIGNMENTS = REPO / "assignments"
#: folders searched after the project's, in order (``--assignments DIR`` adds to it)
EXTRA_FOLDERS: list[Path] = []


class AnswerKeyMissing(EnvironmentProblem):
    """The instructor's solution of a cell cannot be read: this is no full checkout of the assignment.

    Attributes
    ----------
    path : Path
        The file that is missing or unreadable.
    """

    def __init__(self, path: Path, why: str) -> None:
        super().__init__(f"the instructor's solutions are missing: cannot read {path} ({why}); the instructor's "
                         f"notebook is built from {path.parent}, which only a checkout of the assignment has")
        self.path = path


@dataclass(frozen=True, eq=False)
class Assignment:
    """One assignment: its manifest and the fixed places of its other parts.

    Attributes
    ----------
    manifest : Manifest
        What ``assignment.toml`` says, validated.
    """

    manifest: Manifest

    @property
    def name(self) -> str:
        """nbgrader's assignment name (the folder's name)."""
        return self.manifest.name

    @property
    def title(self) -> str:
        return self.manifest.title

    @property
    def notebook(self) -> str:
        """The notebook's file name, e.g. ``<assignment>.ipynb``."""
        return self.manifest.notebook

    @property
    def notebook_id(self) -> str:
        """nbgrader's notebook id: the file name without ``.ipynb``."""
        return self.manifest.notebook[:-len(".ipynb")]

    @property
    def folder(self) -> Path:
        return self.manifest.folder

    @property
    def exercises(self) -> tuple[Exercise, ...]:
        return self.manifest.exercises

    @property
    def exercise_ids(self) -> tuple[str, ...]:
        """The exercises' ids in the notebook's order."""
        return tuple(e.id for e in self.manifest.exercises)

    @property
    def functions(self) -> tuple[str, ...]:
        """Every function a student writes, over all exercises."""
        return tuple(f for e in self.manifest.exercises for f in e.functions)

    @property
    def instructor_solutions(self) -> Path:
        return self.folder / "solutions" / "instructor"

    @property
    def corpus(self) -> Path:
        return self.folder / "solutions" / "corpus"

    @property
    def audit_folder(self) -> Path:
        return self.folder / "audit"

    @property
    def clauses_file(self) -> Path:
        return self.folder / "CLAUSES.md"

    def exercise(self, exercise_id: str) -> Exercise:
        for exercise in self.manifest.exercises:
            if exercise.id == exercise_id:
                return exercise
        raise KeyError(f"{self.name} has no exercise {exercise_id!r}; it has {', '.join(self.exercise_ids)}")

    def heading(self, exercise_id: str) -> str:
        """``Exercise <n>: <title>``, as pages and tables name an exercise (its id when unknown)."""
        for number, exercise in enumerate(self.manifest.exercises, 1):
            if exercise.id == exercise_id:
                return f"Exercise {number}: {exercise.title}"
        return exercise_id

    def exercise_of(self, grade_id: str) -> str | None:
        """The exercise a cell belongs to, by ``grade_id`` prefix (``None``: no exercise's)."""
        return exercise_of(self.exercise_ids, grade_id)

    def instructor_solution(self, grade_id: str) -> str:
        """The instructor's content of one solution cell.

        Raises
        ------
        AnswerKeyMissing
            When ``solutions/instructor/<grade_id>.py`` cannot be read.
        """
        path = self.instructor_solutions / f"{grade_id}.py"
        try:
            return path.read_text().rstrip("\n")
        except OSError as exc:
            raise AnswerKeyMissing(path, exc.strerror or type(exc).__name__) from None

    def data_files(self) -> dict[str, bytes]:
        """The manifest's ``data`` files, by their path in the assignment's folder (the path its
        notebook opens, relative to the notebook): what every kernel finds in its working folder."""
        return {path.relative_to(self.folder).as_posix(): path.read_bytes() for path in self.manifest.data}

    def build_source_notebook(self):
        """The nbgrader source notebook (see :func:`autograder.assignment.notebook.build_source_notebook`)."""
        from autograder.assignment.notebook import build_source_notebook

        return build_source_notebook(self)

    @cached_property
    def package(self) -> str:
        """The name under which this folder is imported (its checks import their siblings relatively)."""
        if self.folder.parent == PROJECT_ASSIGNMENTS.resolve():
            return f"assignments.{self.name}"
        # one package per folder: two folders of one name (a copy being edited) never share modules
        digest = hashlib.sha256(str(self.folder).encode()).hexdigest()[:12]
        name = f"_autograder_assignment_{self.name}_{digest}"
        if name not in sys.modules:
            module = types.ModuleType(name, f"the assignment folder {self.folder}")
            module.__path__ = [str(self.folder)]
            sys.modules[name] = module
        return name

    def checks(self) -> list:
        """The assignment's hidden checks, in order (``checks/__init__.py``'s ``CHECKS``).

        Raises
        ------
        ManifestError
            When the package defines no ``CHECKS``, or a check belongs to no exercise of the manifest.
        """
        from autograder.grading.checking import forget_exercises

        if f"{self.package}.checks" not in sys.modules:
            forget_exercises(self.exercise_ids)  # registered by another folder of the same exercises
        module = importlib.import_module(f"{self.package}.checks")
        checks = getattr(module, "CHECKS", None)
        if not isinstance(checks, list):
            raise ManifestError(f"{self.folder / 'checks' / '__init__.py'} must define CHECKS, a list of checks")
        strays = sorted({c.exercise for c in checks} - set(self.exercise_ids))
        if strays:
            raise ManifestError(f"{self.folder / 'checks'}: checks of exercise(s) {', '.join(strays)}, which "
                                f"{self.folder / 'assignment.toml'} does not declare")
        return checks

    def formats_module(self):
        """The format rules as a module of the grader's process (``None`` when there are none)."""
        if self.manifest.formats is None:
            return None
        return importlib.import_module(f"{self.package}.{self.manifest.formats.stem}")

    def __repr__(self) -> str:
        return f"Assignment({self.name!r}, {self.folder})"


_LOADED: dict[Path, Assignment] = {}


def load_assignment(folder: Path) -> Assignment:
    """The assignment in ``folder`` (read once per process)."""
    key = Path(folder).resolve()
    if key not in _LOADED:
        _LOADED[key] = Assignment(read_manifest(key))
    return _LOADED[key]


def _folders() -> list[Path]:
    found = []
    for parent in [PROJECT_ASSIGNMENTS, *EXTRA_FOLDERS]:
        if (parent / "assignment.toml").is_file():
            found.append(parent)
        elif parent.is_dir():
            found.extend(sorted(p for p in parent.iterdir() if (p / "assignment.toml").is_file()))
    return found


def known_assignments() -> list[Assignment]:
    """Every assignment the grader can see: the project's, then those of ``--assignments`` folders.

    Raises
    ------
    ManifestError
        When two folders declare the same assignment name.
    """
    found: dict[str, Assignment] = {}
    owner: dict[str, Assignment] = {}  # exercise id -> its assignment: checks and clauses are keyed on it
    for folder in _folders():
        assignment = load_assignment(folder)
        if assignment.name in found:
            raise ManifestError(f"two assignments are named {assignment.name!r}: {found[assignment.name].folder} "
                                f"and {assignment.folder}")
        for exercise in assignment.exercise_ids:
            if exercise in owner:
                raise ManifestError(f"the exercise id {exercise!r} is used by {owner[exercise].name} and "
                                    f"{assignment.name}; exercise ids are unique over the assignments the grader "
                                    "knows (name them after the assignment)")
            owner[exercise] = assignment
        found[assignment.name] = assignment
    return list(found.values())


def find_assignment(name: str) -> Assignment:
    """The known assignment called ``name``.

    Raises
    ------
    EnvironmentProblem
        Naming the assignments there are.
    """
    known = known_assignments()
    for assignment in known:
        if assignment.name == name:
            return assignment
    raise EnvironmentProblem(f"no assignment is called {name!r}; the grader knows "
                             + (", ".join(a.name for a in known) or "none")
                             + " (add a folder of assignments with --assignments DIR)")


def add_assignment_folders(folders: list[Path]) -> None:
    """Search ``folders`` too (``--assignments DIR``): an assignment folder, or a folder of them."""
    for folder in folders:
        folder = Path(folder).resolve()
        if not folder.is_dir():
            raise EnvironmentProblem(f"--assignments {folder}: no such folder")
        if folder not in EXTRA_FOLDERS:
            EXTRA_FOLDERS.append(folder)
