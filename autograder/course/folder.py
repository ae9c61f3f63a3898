"""An nbgrader course folder holding one or more assignments: make it, release it, find it.

Layout (nbgrader's own, so ``nbgrader export``, formgrader and
``nbgrader collect`` keep working), for each assignment A with notebook N::

    COURSE/nbgrader_config.py        (no absolute path: the course may be moved or copied)
    COURSE/gradebook.db
    COURSE/source/A/N.ipynb                    (instructor)
    COURSE/release/A/N.ipynb                   (students)
    COURSE/submitted/<student>/A/N.ipynb
    COURSE/autograded/<student>/A/...          (written by grade)
    COURSE/autograder/secret                   (init; hidden-check inputs, one per course)
    COURSE/autograder/A/results/<stem>.json, logs/<stem>.log   (written by grade; the stem
                                          is the student id, or a safe name for an id that is not
                                          plain: ``files.student_file_stem``; the id is in the file)
    COURSE/grades.json, COURSE/grades.csv      (written by grade)
    COURSE/nbgrader_grades.csv                                         (written by `nbgrader export`)

Nothing stored in the folder names the folder itself: nbgrader's config
finds the course from its own location when it runs, and our code from the
path it is given, so ``mv`` and ``cp -r`` give a working course that never
writes into the original.
"""
from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import nbformat

from autograder.assignment import Assignment, find_assignment, known_assignments, load_assignment
from autograder.common.errors import EnvironmentProblem
from autograder.common.files import student_file_stem
from autograder.course.secret import load_or_create, secret_path

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
# code unsandboxed as whoever started it: it refuses, see autograder/course/nbgrader_hooks.py.
c.Autograde.exporter_class = "autograder.course.nbgrader_hooks.RefuseAutogradeExporter"
c.Autograde.sanitize_preprocessors = ["autograder.course.nbgrader_hooks.RefuseAutograde"]
c.Autograde.autograde_preprocessors = ["autograder.course.nbgrader_hooks.RefuseAutograde"]
# `nbgrader generate_feedback`: nbgrader's page, its index naming each exercise's checks
# (nbgrader's own page, index "Test cell", where the autograder package is not installed).
try:
    from autograder.outputs.feedback.nbgrader_template import configure as _feedback_template
except ImportError:
    pass
else:
    _feedback_template(c)
# formgrader parses every submission's timestamp.txt, which the student's side writes: one that
# nbgrader cannot read would make every page of its assignment answer HTTP 500. It reads as no
# time, as `autograder grade` counts it (on time, with a warning naming the file).
try:
    from autograder.course.nbgrader_hooks import tolerate_unreadable_timestamps as _tolerate
except ImportError:
    pass
else:
    _tolerate()
'''


@dataclass(frozen=True)
class Course:
    """Paths of one assignment in one course folder.

    Attributes
    ----------
    root : Path
        The course folder (absolute).
    assignment : Assignment
        The assignment these paths are of.
    """

    root: Path
    assignment: Assignment

    @property
    def source_notebook(self) -> Path:
        return self.root / "source" / self.assignment.name / self.assignment.notebook

    @property
    def release_notebook(self) -> Path:
        return self.root / "release" / self.assignment.name / self.assignment.notebook

    @property
    def submitted(self) -> Path:
        return self.root / "submitted"

    @property
    def db_url(self) -> str:
        return f"sqlite:///{self.root / 'gradebook.db'}"

    @property
    def state(self) -> Path:
        """What grading stores of this assignment (results, logs, calibration)."""
        return self.root / "autograder" / self.assignment.name

    def submission(self, student: str) -> Path:
        return self.submitted / student / self.assignment.name / self.assignment.notebook

    def autograded(self, student: str) -> Path:
        return self.root / "autograded" / student / self.assignment.name / self.assignment.notebook

    def result_file(self, student: str) -> Path:
        """The student's stored result (the id inside it is the real one; the name may be a safe stem)."""
        return self.state / "results" / f"{student_file_stem(student)}.json"

    def log_file(self, student: str) -> Path:
        """The student's log for a TA, named as :meth:`result_file`."""
        return self.state / "logs" / f"{student_file_stem(student)}.log"

    def students(self) -> list[str]:
        """Every student with a folder under ``submitted/``, sorted: any folder name but a hidden one.

        A student folder that holds other assignments of the course but not this one is not
        listed; one that holds none of them is (its notebook is missing: the TA is told).
        """
        ours = {p.name for p in (self.root / "source").iterdir()} if (self.root / "source").is_dir() else set()
        ours.add(self.assignment.name)

        def listed(folder: Path) -> bool:
            try:
                held = {p.name for p in folder.iterdir()}
            except OSError:
                return True
            return self.assignment.name in held or not held & ours

        return sorted(p.name for p in self._folders() if not p.name.startswith(".") and listed(p))

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
        """The instructor's notebook and a digest of it; EnvironmentProblem saying why when there is none."""
        if not self.source_notebook.is_file():
            raise EnvironmentProblem(course_problem(self.root)
                                     or f"no source notebook at {self.source_notebook}")
        raw = self.source_notebook.read_bytes()
        return nbformat.reads(raw.decode(), as_version=4), hashlib.sha256(raw).hexdigest()


def course_problem(path: Path) -> str | None:
    """Why ``path`` is not a course this package can grade, in one sentence saying what to do; None if it is one.

    A course is a folder holding the instructor's notebook (``source/...``), which
    ``autograder init`` writes with ``nbgrader_config.py``. The sentence names the path
    as given and tells a missing path ("no such folder"), a file and a folder that is
    no course apart. It suggests ``autograder init`` only for a folder the user
    plausibly meant as a course (an empty one, or one with nbgrader's layout), never
    for a missing path (that would make a stray course at a typo), and "did you mean"
    a course folder with a similar name beside it, inside it or holding it.
    """
    path = Path(path)
    if course_assignments(path):
        return None
    if not path.exists():
        where = "" if path.parent.is_dir() else f" (not even {path.parent} exists)"
        guess = _did_you_mean(_similar_courses(path) + _holding_course(path))
        return (f"no course at {path}: no such folder{where}; "
                + (guess or "check the path, or give the folder `autograder init` made "
                   "(the one holding nbgrader_config.py)"))
    if not path.is_dir():
        hint = (f"to grade one notebook without a course, use `autograder check {path}`"
                if path.suffix.lower() == ".ipynb" else None)
        return (f"{path} is a file, not a course folder; "
                + (hint or _did_you_mean(_holding_course(path) + _similar_courses(path))
                   or "give the course folder (the one holding nbgrader_config.py)"))
    if (path / "nbgrader_config.py").is_file():
        made_by_init = "autograder" in (path / "nbgrader_config.py").read_text(errors="replace")
        return (f"{path} is an nbgrader course but has no notebook of any assignment the grader knows "
                f"({_known_sources()} missing); run `autograder init {path}` to write them "
                + ("again (nothing else is changed)" if made_by_init
                   else "(this also replaces its nbgrader_config.py with the autograder's)"))
    what = f"{path} is a folder but not a course (no nbgrader_config.py or source/<assignment> in it)"
    try:
        held = sorted(p.name for p in path.iterdir())
    except OSError:
        held = []
    guess = _did_you_mean(_courses_in(path) + _holding_course(path) + _similar_courses(path))
    if guess:
        return f"{what}; {guess}"
    if not held:
        return f"{what}; it is empty: to make the course there, run `autograder init {path}`"
    if {"source", "release", "submitted", "autograded", "gradebook.db"} & set(held):
        return (f"{what}, though it has nbgrader's folders; to make it this assignment's course, "
                f"run `autograder init {path}` (it adds the notebook and config and keeps the rest)")
    return f"{what}; give the course folder (the one holding nbgrader_config.py)"


def _known_sources() -> str:
    return " and ".join(f"source/{a.name}/{a.notebook}" for a in known_assignments()) or "source/<assignment>"


#: ``COURSE/<this>/<name>/``: the copy ``init`` keeps of an assignment from outside the project
SNAPSHOTS = Path("autograder") / "assignments"


def course_assignments(path: Path) -> list[Assignment]:
    """The assignments whose instructor's notebook the course at ``path`` holds.

    Each is one the grader knows (the project's, or ``--assignments DIR``'s), else the course's own
    snapshot of it (:data:`SNAPSHOTS`, written by ``init``): a course made from an assignment kept
    outside the project grades, moves and is copied without that folder.
    """
    path = Path(path)
    try:
        known = {a.name: a for a in known_assignments()}
        snapshots = sorted((path / SNAPSHOTS).glob("*/assignment.toml")) if (path / SNAPSHOTS).is_dir() else []
        for manifest in snapshots:
            if manifest.parent.name not in known:
                assignment = load_assignment(manifest.parent)
                known[assignment.name] = assignment
        return [a for a in known.values() if (path / "source" / a.name / a.notebook).is_file()]
    except OSError:
        return []


def _snapshot(root: Path, assignment: Assignment) -> None:
    """Keep a copy of an assignment from outside the project in the course (see :data:`SNAPSHOTS`)."""
    from autograder.assignment.loader import PROJECT_ASSIGNMENTS

    if assignment.folder.parent == PROJECT_ASSIGNMENTS.resolve():
        return
    target = Path(root) / SNAPSHOTS / assignment.name
    if target.resolve() == assignment.folder:
        return
    tmp = target.with_name(f".{assignment.name}.tmp")
    shutil.rmtree(tmp, ignore_errors=True)
    shutil.copytree(assignment.folder, tmp, ignore=shutil.ignore_patterns("__pycache__", "*.pyc"))
    shutil.rmtree(target, ignore_errors=True)
    tmp.rename(target)


def require_course_folder(path: Path) -> Path:
    """``path`` resolved when it is a course folder, else EnvironmentProblem with :func:`course_problem`'s sentence."""
    problem = course_problem(path)
    if problem:
        raise EnvironmentProblem(problem)
    return Path(path).resolve()


def require_course(path: Path, assignment: str | Assignment | None = None) -> Course:
    """One assignment of the course at ``path``.

    ``assignment`` by name or object; ``None`` means the course's only assignment.

    Raises
    ------
    EnvironmentProblem
        With :func:`course_problem`'s sentence; or naming the course's assignments when
        ``assignment`` is not one of them, or is ``None`` and the course holds several.
    """
    problem = course_problem(path)
    if problem:
        raise EnvironmentProblem(problem)
    return course_of(path, assignment)


def course_of(path: Path, assignment: str | Assignment | None = None) -> Course:
    """:class:`Course` for one assignment of the folder at ``path`` (see :func:`require_course`)."""
    root = Path(path).resolve()
    if isinstance(assignment, Assignment):
        return Course(root, assignment)
    held = course_assignments(root)
    if assignment is not None:
        chosen = next((a for a in held if a.name == assignment), None) or find_assignment(assignment)
        if held and chosen not in held:
            raise EnvironmentProblem(f"the course {root} has no assignment {assignment!r}; it has "
                                     f"{', '.join(a.name for a in held)} (`autograder init {root} --assignment "
                                     f"{assignment}` adds it)")
        return Course(root, chosen)
    if len(held) == 1:
        return Course(root, held[0])
    if not held:
        known = known_assignments()
        if len(known) == 1:
            return Course(root, known[0])
        raise EnvironmentProblem(f"{root} holds no assignment yet; choose one with --assignment NAME "
                                 f"({', '.join(a.name for a in known)})")
    raise EnvironmentProblem(f"the course {root} holds {len(held)} assignments ({', '.join(a.name for a in held)}); "
                             "choose one with --assignment NAME")


def chosen_courses(path: Path, names: list[str] | None, *, having: str = "submissions") -> list[Course]:
    """The assignments of the course at ``path`` a command works on, as :class:`Course` views.

    ``names`` (``--assignment``, repeatable) chooses; without them, every assignment of the course
    that has ``having``: ``"submissions"`` (a student folder holds it) or ``"results"`` (graded).

    Raises
    ------
    EnvironmentProblem
        A name the course does not hold, or (without names) no assignment has what is needed.
    """
    if names:
        return [course_of(path, name) for name in dict.fromkeys(names)]
    root = Path(path).resolve()
    held = [Course(root, a) for a in course_assignments(root)]
    if having == "results":
        found = [c for c in held if any((c.state / "results").glob("*.json"))]
        if not found:
            raise EnvironmentProblem(f"no graded submission in {root}: run `autograder grade {root}` first")
        return found
    if len(held) == 1:
        return held  # its own run says what is missing, in its own words
    found = [c for c in held if c.students()]
    if not found:
        raise EnvironmentProblem(
            f"no submissions to grade in {root}: expected notebooks at {root / 'submitted'}/<student>/"
            + " or ".join(f"{a.name}/{a.notebook}" for a in course_assignments(root))
            + " (nbgrader collect puts them there). Nothing was graded.")
    return found


def _is_course(path: Path) -> bool:
    try:
        return (path / "nbgrader_config.py").is_file() or bool(course_assignments(path))
    except OSError:
        return False


def _similar_courses(path: Path) -> list[Path]:
    """Course folders beside ``path`` whose names are close to its name (a typo), closest first."""
    import difflib

    parent = path.parent
    try:
        names = [p.name for p in parent.iterdir() if p.name != path.name and p.is_dir() and _is_course(p)]
    except OSError:
        return []
    return [parent / name for name in difflib.get_close_matches(path.name, names, n=3, cutoff=0.6)]


def _courses_in(path: Path) -> list[Path]:
    """Course folders directly inside ``path`` (given the folder that holds the course)."""
    try:
        return sorted(p for p in path.iterdir() if p.is_dir() and _is_course(p))[:3]
    except OSError:
        return []


def _holding_course(path: Path) -> list[Path]:
    """The course a path inside a course belongs to (given ``COURSE/grades.csv`` or ``COURSE/submitted``)."""
    for parent in list(path.parents)[:4]:
        if parent != path and _is_course(parent):
            return [parent]
    return []


def _did_you_mean(candidates: list[Path]) -> str | None:
    """"did you mean X?" for the first candidates (no repeats), or None."""
    seen = list(dict.fromkeys(candidates))[:3]
    if not seen:
        return None
    return "did you mean " + " or ".join(str(p) for p in seen) + "?"


#: what the grader kept per course before a course held several assignments (now in ``autograder/<name>/``)
_SINGLE_ASSIGNMENT_STATE = ("results", "logs", "calibration.json", "references.pickle", "forced_pending.json",
                            "feedback-by-hand.txt", "lateness.log")


def bring_up_to_date(root: Path) -> list[str]:
    """Carry a course made by an earlier version over to this one; what was done, in words.

    Its per-student results, logs and calibration move into its one assignment's state folder
    (``COURSE/autograder/<name>/``), so nothing is regraded for it; an ``nbgrader_config.py`` that
    ``init`` wrote is rewritten, since the hooks it names moved. A course holding several
    assignments, or none, is left alone.
    """
    root = Path(root)
    done = []
    config = root / "nbgrader_config.py"
    try:
        ours = "written by `autograder init`" in config.read_text()
    except OSError:
        ours = False
    if ours and config.read_text() != CONFIG_TEMPLATE.format(export=NBGRADER_EXPORT):
        write_if_changed(config, CONFIG_TEMPLATE.format(export=NBGRADER_EXPORT))
        done.append(f"rewrote {config} (the grader's hooks moved)")
    held = course_assignments(root)
    old = [root / "autograder" / name for name in _SINGLE_ASSIGNMENT_STATE if (root / "autograder" / name).exists()]
    if len(held) == 1 and old:
        state = root / "autograder" / held[0].name
        state.mkdir(parents=True, exist_ok=True)
        for path in old:
            if not (state / path.name).exists():
                path.rename(state / path.name)
        done.append(f"moved {', '.join(p.name for p in old)} into {state} (one folder per assignment now)")
    return done


def init_course(root: Path, assignments: list[Assignment] | None = None) -> list[Course]:
    """Make (or refresh) the course folder, and the source and release notebooks of each assignment.

    ``assignments`` defaults to every assignment the grader knows; those already in the course
    are kept (``init`` never removes an assignment).

    Raises
    ------
    EnvironmentProblem
        When nbgrader cannot generate a release.
    """
    chosen = list(assignments) if assignments else known_assignments()
    if Path(root).is_dir():
        bring_up_to_date(root)  # before a second assignment makes the old state ambiguous
    courses = [grading_folder(root, a) for a in chosen]
    for assignment in chosen:
        _snapshot(courses[0].root, assignment)
    write_if_changed(courses[0].root / "nbgrader_config.py", CONFIG_TEMPLATE.format(export=NBGRADER_EXPORT))
    for course in courses:
        run_nbgrader(course, ["generate_assignment", course.assignment.name, "--force"])
        if not course.release_notebook.is_file():
            raise EnvironmentProblem(f"nbgrader generate_assignment did not write {course.release_notebook}")
    return courses


def grading_folder(root: Path, assignment: Assignment, source: bytes | None = None) -> Course:
    """What grading needs of a course and nothing more: the instructor's notebook and the secret.

    ``init`` adds nbgrader's config, gradebook and release to it; ``check``
    grades one notebook in such a folder alone, with nothing of nbgrader's.
    ``source`` is the instructor's notebook as bytes (another course's, for
    ``check --course``); by default it is built from the project's answer key.

    Raises
    ------
    AnswerKeyMissing
        When ``source`` is not given and the instructor's solutions cannot be read.
    """
    course = Course(root.resolve(), assignment)
    # Same notebook, same bytes: the source's digest keys every cached result.
    text = source.decode() if source is not None else nbformat.writes(assignment.build_source_notebook()) + "\n"
    course.root.mkdir(parents=True, exist_ok=True)
    write_if_changed(course.source_notebook, text)
    # beside the notebook, where it opens them: nbgrader releases them with it
    for name, data in assignment.data_files().items():
        write_if_changed(course.source_notebook.parent / name, data)
    load_or_create(secret_path(course.root))  # kept with the course, never released
    return course


def write_if_changed(path: Path, text: str | bytes) -> None:
    """Write ``text`` to ``path`` unless it already holds exactly that (mtime kept)."""
    data = text.encode() if isinstance(text, str) else text
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
    command = [sys.executable, "-I", "-m", "autograder.course.nbgrader_cli", *args]
    # nbgrader runs `alembic` for gradebook migrations: it must find the venv's copy.
    env = dict(os.environ, PATH=f"{Path(sys.executable).parent}{os.pathsep}{os.environ.get('PATH', '')}")
    proc = subprocess.run(command, cwd=course.root, capture_output=True, text=True, env=env)
    if proc.returncode != 0:
        raise EnvironmentProblem(f"`nbgrader {' '.join(args)}` failed:\n{proc.stdout}{proc.stderr}")
    return proc.stdout + proc.stderr
