"""The demo class: the solution corpus submitted as students.

Each corpus file becomes one student whose notebook is the released notebook
with the instructor's solutions in every solution cell except that file's
exercise, which holds the corpus file. Two more students: ``release`` hands
in the untouched release notebook, ``instructor`` the instructor's solutions.
"""
from __future__ import annotations

import copy
import shutil
from dataclasses import dataclass
from pathlib import Path

import nbformat

from autograder.assignment import CORPUS, EXERCISES, instructor_solution
from autograder.course import Course
from autograder.errors import EnvironmentProblem
from autograder.notebooks import is_solution_cell, nbgrader_meta


#: written into a course the demo made; the demo touches no other folder
DEMO_MARK = Path("autograder") / "demo-class"


def claim_demo_folder(root: Path) -> None:
    """Make ``root`` the demo's folder, or refuse: the demo never touches a real course.

    A missing or empty folder, or one an earlier demo made, is the demo's;
    anything else (a course with submissions, grades, or any other files)
    is left exactly as it is.
    """
    root = Path(root)
    if root.exists() and not (root / DEMO_MARK).is_file():
        if not root.is_dir():
            raise EnvironmentProblem(f"{root} exists and is not a folder; give the demo a new folder")
        held = sorted(p.name for p in root.iterdir())
        if held:
            submitted = root / "submitted"
            students = sorted(p.name for p in submitted.iterdir()) if submitted.is_dir() else []
            what = (f"submissions of {len(students)} student(s)" if students
                    else f"{len(held)} file(s) or folder(s): {', '.join(held[:5])}")
            raise EnvironmentProblem(
                f"{root} already exists and was not made by the demo (it holds {what}). The demo "
                "replaces its class's submissions, so it never runs in a real course: give it a new "
                "folder, e.g. `autograder demo demo-course`. Nothing was changed.")
    (root / DEMO_MARK).parent.mkdir(parents=True, exist_ok=True)
    (root / DEMO_MARK).write_text("made by `autograder demo`: its submissions are the solution corpus\n")


@dataclass(frozen=True)
class CorpusEntry:
    exercise: str
    name: str
    verdict: str  # correct | wrong
    what: str
    path: Path

    @property
    def student(self) -> str:
        return f"{self.exercise.split('_')[0]}-{self.name}"


def corpus_entries(folder: Path = CORPUS) -> list[CorpusEntry]:
    """Every file of a corpus-format folder (``folder/<exercise>/*.py``) with its declared verdict.

    Each file starts with ``# verdict: correct|wrong`` and ``# what: ...``. ``folder`` is the
    solution corpus by default; ``solutions/blind/`` has the same format.
    """
    entries = []
    for exercise in EXERCISES:
        for path in sorted((folder / exercise).glob("*.py")):
            header = dict(line[2:].split(":", 1) for line in path.read_text().splitlines()[:2]
                          if line.startswith("# ") and ":" in line)
            verdict = header.get("verdict", "").strip()
            if verdict not in ("correct", "wrong"):
                raise ValueError(f"{path} has no '# verdict: correct|wrong' header line")
            entries.append(CorpusEntry(exercise, path.stem, verdict,
                                       header.get("what", "").strip(), path))
    return entries


def notebook_with(release: nbformat.NotebookNode, replacements: dict[str, str]) -> nbformat.NotebookNode:
    """The release notebook with solution cells filled from ``replacements``."""
    nb = copy.deepcopy(release)
    for cell in nb.cells:
        if is_solution_cell(cell):
            grade_id = nbgrader_meta(cell)["grade_id"]
            if grade_id in replacements:
                cell.source = replacements[grade_id]
    return nb


def submit(course: Course, student: str, nb: nbformat.NotebookNode) -> Path:
    path = course.submission(student)
    path.parent.mkdir(parents=True, exist_ok=True)
    nbformat.write(nb, path)
    return path


def submit_corpus(course: Course) -> list[CorpusEntry]:
    """Write the demo class under ``COURSE/submitted``; returns the corpus entries."""
    release = nbformat.read(course.release_notebook, as_version=4)
    instructor = {ex: instructor_solution(ex) for ex in EXERCISES}
    if course.submitted.exists():
        if not (course.root / DEMO_MARK).is_file():
            raise EnvironmentProblem(f"{course.root} holds submissions the demo did not write; nothing was changed")
        shutil.rmtree(course.submitted)
    submit(course, "release", release)
    submit(course, "instructor", notebook_with(release, instructor))
    entries = corpus_entries()
    for entry in entries:
        code = dict(instructor, **{entry.exercise: entry.path.read_text()})
        submit(course, entry.student, notebook_with(release, code))
    return entries
