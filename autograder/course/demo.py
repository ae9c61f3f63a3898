"""The demo class: each assignment's solution corpus submitted as students.

By default the demo hands in a spread of each exercise's corpus files (:func:`demo_entries`:
:data:`DEMO_WRONG` wrong files and :data:`DEMO_CORRECT` correct one per exercise, fewer where the
corpus has fewer), a class of about ten students per assignment that shows every column of the
gradebook and the report in a minute or two; ``autograder demo --whole-corpus`` hands in every
corpus file, as an instructor checking a corpus in a class would. Each chosen file is handed in by
exactly one student, as in a real class where a student gets some exercises right and others
wrong: a demo student's notebook holds one corpus file (or the instructor's solution) per exercise
(:func:`demo_students`). Each student also keeps one exercise right (a correct corpus file or the
instructor's solution), so a mistake that cost marks beyond its own exercise shows in every
student. Two more students: ``release`` hands in the untouched release notebook, ``instructor``
the instructor's solutions. With several assignments, a student whose name two corpora share
submits each of them.

The demo only ever replaces what it wrote itself. ``COURSE/autograder/demo-class``
marks a course the demo made and lists every submission file the demo wrote,
with a digest of its bytes. A rerun rewrites a demo student only while its
folder holds exactly what the demo wrote; a student folder the demo did not
make, or a demo submission changed since, is kept as it is, graded with the
class, and named in the run's output.
"""
from __future__ import annotations

import copy
import hashlib
import json
import shutil
from dataclasses import dataclass, field
from pathlib import Path

import nbformat

from autograder.assignment import Assignment
from autograder.course.folder import Course
from autograder.common.errors import EnvironmentProblem
from autograder.common.files import atomic_write
from autograder.grading.notebooks import is_solution_cell, nbgrader_meta

#: written into a course the demo made (the demo touches no other folder): the demo's manifest,
#: ``{"note", "files": {"submitted/<student>/...": sha256}, "students": {assignment: {student:
#: {exercise: corpus file name or "instructor"}}}}`` (an early demo wrote one line of text)
DEMO_MARK = Path("autograder") / "demo-class"
DEMO_NOTE = ("made by `autograder demo`: its submissions are the solution corpus; files lists what it wrote, "
             "students which corpus file each student handed in per exercise")


def claim_demo_folder(root: Path) -> None:
    """Make ``root`` the demo's folder, or refuse: the demo never touches a real course.

    A missing or empty folder, or one an earlier demo made, is the demo's;
    anything else (a course with submissions, grades, or any other files)
    is left exactly as it is. An earlier demo's manifest is kept.
    """
    root = Path(root)
    if (root / DEMO_MARK).is_file():
        return
    if root.exists():
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
    _write_manifest(root, {})


def _write_manifest(root: Path, files: dict[str, str], students: dict | None = None) -> None:
    (root / DEMO_MARK).parent.mkdir(parents=True, exist_ok=True)
    record = {"note": DEMO_NOTE, "files": files, "students": students or {}}
    atomic_write(root / DEMO_MARK, json.dumps(record, indent=1, sort_keys=True) + "\n")


def _recorded_files(root: Path) -> dict[str, str]:
    """What an earlier demo wrote, by path under the course: its digest; {} for an early demo's mark."""
    try:
        files = json.loads((root / DEMO_MARK).read_text()).get("files", {})
    except (OSError, ValueError, AttributeError):
        return {}
    return {str(k): str(v) for k, v in files.items()} if isinstance(files, dict) else {}


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


def corpus_entries(assignment: Assignment, folder: Path | None = None) -> list[CorpusEntry]:
    """Every file of a corpus-format folder (``folder/<exercise>/*.py``) with its declared verdict.

    Each file starts with ``# verdict: correct|wrong`` and ``# what: ...``. ``folder`` is the
    assignment's solution corpus by default; its ``solutions/blind*/`` have the same format.
    """
    folder = assignment.corpus if folder is None else Path(folder)
    entries = []
    for exercise in assignment.exercise_ids:
        for path in sorted((folder / exercise).glob("*.py")):
            header = dict(line[2:].split(":", 1) for line in path.read_text().splitlines()[:2]
                          if line.startswith("# ") and ":" in line)
            verdict = header.get("verdict", "").strip()
            if verdict not in ("correct", "wrong"):
                raise ValueError(f"{path} has no '# verdict: correct|wrong' header line")
            entries.append(CorpusEntry(exercise, path.stem, verdict,
                                       header.get("what", "").strip(), path))
    return entries


#: per exercise, how many wrong corpus files and how many correct ones the default demo class hands in
DEMO_WRONG, DEMO_CORRECT = 5, 1


def spread(items: list, k: int) -> list:
    """``k`` of ``items`` spread over the list: the middle item of each of ``k`` equal parts (the
    i-th part holds the items at ``j`` with ``i * n <= k * j < (i + 1) * n``); all when ``k`` or fewer."""
    n = len(items)
    if n <= k:
        return list(items)
    first = [-(-i * n // k) for i in range(k + 1)]  # ceil(i * n / k): where each part starts
    return [items[(first[i] + first[i + 1] - 1) // 2] for i in range(k)]


def demo_entries(assignment: Assignment, entries: list[CorpusEntry] | None = None,
                 whole: bool = False) -> list[CorpusEntry]:
    """The corpus files the demo class hands in: every one with ``whole``, else per exercise
    :data:`DEMO_WRONG` wrong files and :data:`DEMO_CORRECT` correct ones spread over its sorted files.

    Deterministic: the corpus decides the class.
    """
    entries = corpus_entries(assignment) if entries is None else entries
    if whole:
        return list(entries)
    return [e for ex in assignment.exercise_ids
            for verdict, k in (("correct", DEMO_CORRECT), ("wrong", DEMO_WRONG))
            for e in spread([e for e in entries if e.exercise == ex and e.verdict == verdict], k)]


@dataclass(frozen=True)
class DemoStudent:
    """One demo student of one assignment: per exercise, the corpus file handed in.

    Attributes
    ----------
    name : str
        The student id (``student01``...).
    entries : dict
        Exercise id -> :class:`CorpusEntry`, or None for the instructor's solution.
    """

    name: str
    entries: dict[str, CorpusEntry | None]

    def full_marks_expected(self, exercise: str) -> bool:
        """True when this exercise holds a correct corpus file or the instructor's solution."""
        entry = self.entries[exercise]
        return entry is None or entry.verdict == "correct"

    def key(self) -> dict[str, str]:
        """Exercise -> the corpus file's name (``wrong_...``, ``correct_...``) or ``instructor``."""
        return {ex: "instructor" if e is None else e.name for ex, e in self.entries.items()}


def demo_students(assignment: Assignment, entries: list[CorpusEntry] | None = None) -> list[DemoStudent]:
    """The demo class of one assignment: every one of ``entries`` (default: the whole corpus)
    handed in by exactly one student.

    Each student keeps one exercise right (its next correct entry, else the instructor's
    solution): the exercise with the fewest wrong entries left (ties in turn), so that the wrong
    entries of the others fill the class as fast as they can. Every other exercise takes its next
    wrong entry (else its next correct one, else the instructor's); students are added until every
    entry is handed in. With one exercise, each student hands in one entry. Deterministic: the
    corpus decides the class.
    """
    from collections import deque

    ids = list(assignment.exercise_ids)
    entries = corpus_entries(assignment) if entries is None else entries
    wrong = {ex: deque(e for e in entries if e.exercise == ex and e.verdict == "wrong") for ex in ids}
    right = {ex: deque(e for e in entries if e.exercise == ex and e.verdict == "correct") for ex in ids}

    def take(queue: deque) -> CorpusEntry | None:
        return queue.popleft() if queue else None

    students: list[DemoStudent] = []
    while any(wrong[ex] or right[ex] for ex in ids):
        turn = len(students)
        held = min(ids, key=lambda ex: (len(wrong[ex]), (ids.index(ex) - turn) % len(ids))) if len(ids) > 1 else None
        if held is not None and not right[held] and not any(wrong[ex] or right[ex] for ex in ids if ex != held):
            held = None  # only wrong files of this exercise are left: another exercise stays right
        chosen = {ex: take(right[ex]) if ex == held else (take(wrong[ex]) or take(right[ex])) for ex in ids}
        students.append(DemoStudent(f"student{len(students) + 1:02d}", chosen))
    return students


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


@dataclass
class DemoClass:
    """What :func:`submit_corpus` did: the corpus, and which student folders it wrote, kept or removed."""

    entries: list[CorpusEntry]
    #: assignment name -> its demo students (who handed in which corpus file)
    students: dict[str, list[DemoStudent]] = field(default_factory=dict)
    written: list[str] = field(default_factory=list)
    #: student folders the demo did not make: never touched, graded with the class
    not_the_demos: list[str] = field(default_factory=list)
    #: demo students whose folder changed since the demo wrote it: kept as they are now
    changed: list[str] = field(default_factory=list)
    #: an earlier demo's students no longer in the class, unchanged: removed with their results
    removed: list[str] = field(default_factory=list)
    #: every corpus file handed in (``--whole-corpus``), not the default spread of them
    whole: bool = False

    def summary(self, course: Course) -> str:
        """Lines for the run's output: the class, and every folder kept or removed, by name."""
        def names(students: list[str]) -> str:
            return ", ".join(students[:10]) + (f", ... ({len(students)} in all)" if len(students) > 10 else "")

        handed = ("every corpus file" if self.whole else
                  f"{len(self.entries)} corpus files, up to {DEMO_WRONG} wrong and {DEMO_CORRECT} correct per exercise "
                  "(--whole-corpus hands in every one)")
        lines = [f"demo class: {len(self.written)} students written in {course.submitted}, handing in {handed}; "
                 f"which file each handed in: {course.root / DEMO_MARK}"]
        if self.not_the_demos:
            lines.append(f"kept {len(self.not_the_demos)} student folder(s) the demo did not make, untouched "
                         f"and graded with the class: {names(self.not_the_demos)}")
        if self.changed:
            lines.append(f"kept {len(self.changed)} demo submission(s) changed since the demo wrote them, as they "
                         f"are now (delete a folder to get the demo's back): {names(self.changed)}")
        if self.removed:
            lines.append(f"removed {len(self.removed)} earlier demo student(s) no longer in the class: "
                         f"{names(self.removed)}")
        return "\n".join(lines)


def _notebook_bytes(nb: nbformat.NotebookNode) -> bytes:
    """What :func:`nbformat.write` writes for ``nb``."""
    text = nbformat.writes(nb)
    return (text if text.endswith("\n") else text + "\n").encode()


def _digest(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def _files_under(folder: Path, root: Path) -> dict[str, Path] | None:
    """Every entry under ``folder`` by path relative to ``root``; None when one is neither file nor folder."""
    found = {}
    for path in sorted(folder.rglob("*")):
        if path.is_symlink() or not (path.is_file() or path.is_dir()):
            return None
        if path.is_file():
            found[path.relative_to(root).as_posix()] = path
    return found


def _only_the_demos(folder: Path, root: Path, recorded: dict[str, str], new: dict[str, bytes]) -> bool:
    """True when ``folder`` holds nothing but files the demo wrote, unchanged since.

    A file is the demo's when its digest is the one the manifest recorded for it, or its bytes
    are what the demo writes there now (a course an early demo made has no manifest).
    """
    files = _files_under(folder, root)
    if files is None:
        return False
    for rel, path in files.items():
        data = path.read_bytes()
        if recorded.get(rel) != _digest(data) and new.get(rel) != data:
            return False
    return True


def submit_corpus(courses: Course | list[Course], whole: bool = False) -> DemoClass:
    """Write the demo class of every assignment in ``courses`` (one course folder) under
    ``COURSE/submitted``, replacing only what the demo wrote: the corpus files of
    :func:`demo_entries` (every one with ``whole``).

    A student folder holding exactly what an earlier demo wrote (its manifest,
    :data:`DEMO_MARK`) is rewritten; every other folder under ``submitted/`` is
    kept as it is and named in the result. An earlier demo's student that is no
    longer in any corpus is removed with its results and logs, unless changed.

    Raises
    ------
    EnvironmentProblem
        When the course was not made by the demo (nothing is changed), or the demo
        could only go on by deleting what it did not write.
    """
    courses = [courses] if isinstance(courses, Course) else list(courses)
    course = courses[0]
    root = course.root
    if course.submitted.exists() and not (root / DEMO_MARK).is_file():
        raise EnvironmentProblem(f"{root} holds submissions the demo did not write; nothing was changed")
    if course.submitted.exists() and not course.submitted.is_dir():
        raise EnvironmentProblem(f"{course.submitted} is a file the demo did not write; the demo would have to "
                                 "delete it to submit its class: move it away and run the demo again")
    recorded = _recorded_files(root)
    entries: list[CorpusEntry] = []
    students: dict[str, list[DemoStudent]] = {}
    new: dict[str, bytes] = {}
    files_of: dict[str, list[str]] = {}  # student -> the files the demo writes for them, over assignments
    for one in courses:
        assignment = one.assignment
        release = nbformat.read(one.release_notebook, as_version=4)
        instructor = {ex: assignment.instructor_solution(ex) for ex in assignment.exercise_ids}
        mine = demo_entries(assignment, whole=whole)
        entries += mine
        students[assignment.name] = demo_students(assignment, mine)
        notebooks = {"release": release, "instructor": notebook_with(release, instructor)}
        for student in students[assignment.name]:
            notebooks[student.name] = notebook_with(release, {
                ex: instructor[ex] if entry is None else entry.path.read_text()
                for ex, entry in student.entries.items()})
        for student, nb in notebooks.items():
            rel = one.submission(student).relative_to(root).as_posix()
            new[rel] = _notebook_bytes(nb)
            files_of.setdefault(student, []).append(rel)
    done = DemoClass(entries, students, whole=whole)
    present = sorted(p for p in course.submitted.iterdir()) if course.submitted.is_dir() else []
    for folder in present:
        if folder.name in files_of:
            continue
        if folder.is_dir() and not folder.is_symlink() and _only_the_demos(folder, root, recorded, {}) \
                and any(rel.startswith(f"submitted/{folder.name}/") for rel in recorded):
            shutil.rmtree(folder)
            for one in courses:
                for stale in (one.result_file(folder.name), one.log_file(folder.name)):
                    stale.unlink(missing_ok=True)
            done.removed.append(folder.name)
        elif folder.is_dir():
            done.not_the_demos.append(folder.name)
    written: dict[str, str] = {}
    for student, rels in files_of.items():
        folder = course.submitted / student
        if folder.is_symlink() or folder.exists() and not (
                folder.is_dir() and _only_the_demos(folder, root, recorded, new)):
            done.changed.append(student)
            continue
        for rel in rels:
            path = root / rel
            path.parent.mkdir(parents=True, exist_ok=True)
            atomic_write(path, new[rel])
            written[rel] = _digest(new[rel])
        done.written.append(student)
    _write_manifest(root, written, {name: {s.name: s.key() for s in group} for name, group in students.items()})
    return done
