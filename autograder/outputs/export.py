"""``autograder export COURSE --format csv|canvas``: grades for a spreadsheet or for Canvas.

Both files are built from the same entries as ``grades.json`` (TA overrides
and late penalties included), from every stored result of the course.

* ``csv``: one row per student: ``student``, the final score of each
  exercise (unpenalised), ``total``, ``max_score``, ``submitted_at``,
  ``days_late``, ``penalty``, ``final_score`` (total after the penalty),
  ``status``, ``error``.
* ``canvas``: Canvas's gradebook import layout: ``Student``, ``ID``,
  ``SIS User ID``, ``SIS Login ID``, ``Section``, then one column for the
  assignment, titled ``Genomics Applications`` or ``Genomics Applications
  (<canvas assignment id>)``; the first data row is ``Points Possible``.
  Canvas matches a row to a student by ``ID``, ``SIS User ID`` or ``SIS
  Login ID``. Without a roster the nbgrader student id is the ``Student`` and
  ``SIS Login ID`` cells, which is right only when nbgrader ids are the
  students' Canvas logins; the output says so every time. A roster CSV maps
  nbgrader ids to Canvas's own; then a student missing from it is left out of
  the file (their id would match nobody, or the wrong person) and listed, in
  full, in ``..._not_in_roster.csv`` beside it.

Every cell goes through :func:`autograder.common.untrusted.csv_cell`: student ids,
roster text and error messages are never run as spreadsheet formulas.

The penalties exported are also written to nbgrader's gradebook (unless a
``grade`` run holds the course, which writes them itself when it ends), so
``nbgrader export`` agrees with these files even after a policy change or a
TA's new score in formgrader.
"""
from __future__ import annotations

import csv
import io
import json
from dataclasses import dataclass
from pathlib import Path

from autograder.course.folder import Course
from autograder.common.errors import EnvironmentProblem
from autograder.grading.submission import SubmissionResult
from autograder.outputs.lateness import PolicyError, course_lateness, warning_report
from autograder.common.files import atomic_write
from autograder.outputs.grades import course_overrides, grades_document, record_penalties
from autograder.common.untrusted import csv_cell, one_line

FORMATS = ("csv", "canvas")
CANVAS_ID_COLUMNS = ("Student", "ID", "SIS User ID", "SIS Login ID", "Section")
#: the roster column that holds nbgrader's student id; without it, ``SIS Login ID`` is matched
ROSTER_KEY = "nbgrader_id"


@dataclass(frozen=True)
class Export:
    """What ``export`` wrote: the file, and lines for the instructor (unmatched roster rows, ...)."""

    path: Path
    rows: int
    notes: list[str]
    left_out: int = 0  # students a roster did not name, so not in a Canvas file


def default_path(course: Course, fmt: str) -> Path:
    """``COURSE/exports/<assignment>.csv`` or ``..._canvas.csv``: never grades.csv or nbgrader's file."""
    suffix = "" if fmt == "csv" else f"_{fmt}"
    return course.root / "exports" / f"{course.assignment.name}{suffix}.csv"


def _number(value: float | None) -> object:
    return "" if value is None else round(float(value), 4)


def plain_csv(exercises: tuple[str, ...], document: dict) -> str:
    """The per-exercise CSV from an assignment's grades document, ``exercises`` its columns in order."""
    ids = exercises
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(["student", *ids, "total", "max_score", "submitted_at", "days_late", "penalty",
                     "final_score", "status", "error"])
    for student, entry in document["students"].items():
        late = entry.get("late") or {}
        exercises = entry["exercises"]
        total = late.get("score_before_penalty", entry["score"])
        writer.writerow([csv_cell(student),
                         *[_number(exercises[ex]["score"]) if ex in exercises else "" for ex in ids],
                         _number(total), _number(entry["max_score"]), csv_cell(late.get("submitted_at") or ""),
                         late.get("days_late", 0), _number(late.get("penalty", 0.0)), _number(entry["score"]),
                         csv_cell(entry["status"]), csv_cell(entry["error"] or "")])
    return out.getvalue()


def read_roster(path: Path) -> dict[str, dict[str, str]]:
    """``{nbgrader id: {Canvas column: value}}`` from a roster CSV.

    The roster has a header row. The nbgrader id is the ``nbgrader_id``
    column, or, without one, ``SIS Login ID`` (so Canvas's own gradebook
    export works as a roster). Any of ``Student``, ``ID``, ``SIS User ID``,
    ``SIS Login ID``, ``Section`` present are used as they are.

    Raises
    ------
    EnvironmentProblem
        The file cannot be read, or has neither key column.
    """
    try:
        text = Path(path).read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        raise EnvironmentProblem(f"cannot read the roster {path}: {exc}") from None
    reader = csv.DictReader(io.StringIO(text))
    header = [h.strip() for h in reader.fieldnames or []]
    key = ROSTER_KEY if ROSTER_KEY in header else "SIS Login ID" if "SIS Login ID" in header else None
    if key is None:
        raise EnvironmentProblem(
            f"the roster {path} needs a header with a {ROSTER_KEY!r} column (the nbgrader student id) "
            f"or a 'SIS Login ID' column; it has: {', '.join(map(repr, header)) or 'no header'}")
    roster = {}
    for row in reader:
        row = {(k or "").strip(): (v or "").strip() for k, v in row.items() if isinstance(v, str)}
        student = row.get(key, "")
        if student and "Points Possible" not in row.get("Student", ""):  # a Canvas export's second row
            roster[student] = {column: row[column] for column in CANVAS_ID_COLUMNS if row.get(column)}
    return roster


#: said after every export without a roster: the one assumption Canvas's import then rests on
NO_ROSTER_NOTE = ("Canvas ids: without --roster, each row's 'SIS Login ID' (and 'Student') is the nbgrader "
                  "student id, so Canvas matches a row only when that id is the student's Canvas login. If "
                  "your nbgrader ids are anything else, pass --roster FILE (a CSV with columns 'nbgrader_id' and "
                  "any of 'SIS Login ID', 'SIS User ID', 'ID'; Canvas's own gradebook export works when its "
                  "'SIS Login ID' is the nbgrader id)")


@dataclass(frozen=True)
class CanvasFile:
    """The Canvas import CSV, the students left out of it (not in the roster) and lines for the TA."""

    text: str
    unmatched: list[str]
    notes: list[str]


def canvas_csv(document: dict, roster: dict[str, dict[str, str]] | None, title: str,
               assignment_id: str | None = None) -> CanvasFile:
    """Canvas's gradebook import CSV, and who was left out.

    The assignment column holds each student's final score (after TA
    overrides and the late penalty); its ``Points Possible`` is the max score.
    Without a roster every student is exported under their nbgrader id (and
    the notes say what that assumes). With one, students missing from it are
    left out of the file and returned in ``unmatched``: a guessed id could
    put a grade on nobody, or on another student.
    """
    column = f"{title} ({assignment_id})" if assignment_id else title
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow([*CANVAS_ID_COLUMNS, csv_cell(column)])
    max_scores = {entry["max_score"] for entry in document["students"].values()} or {0.0}
    writer.writerow(["Points Possible", "", "", "", "", _number(max(max_scores))])
    unmatched = []
    for student, entry in document["students"].items():
        ids = {"Student": student, "SIS Login ID": student}
        if roster is not None:
            if student not in roster:
                unmatched.append(student)
                continue
            ids = roster[student]
        writer.writerow([*[csv_cell(ids.get(c, "")) for c in CANVAS_ID_COLUMNS], _number(entry["score"])])
    notes = [] if roster is not None else [NO_ROSTER_NOTE]
    if unmatched:
        shown = ", ".join(one_line(s, limit=40) for s in unmatched[:10]) + (", ..." if len(unmatched) > 10 else "")
        notes.append(f"warning: {len(unmatched)} student(s) are not in the roster and are NOT in the Canvas file "
                     f"(add them to the roster and export again): {shown}")
    if roster is not None:
        absent = sorted(set(roster) - set(document["students"]))
        if absent:
            notes.append(f"{len(absent)} roster student(s) have no graded submission and are not in the file")
    return CanvasFile(out.getvalue(), unmatched, notes)


def unmatched_csv(document: dict, unmatched: list[str]) -> str:
    """The students a roster did not name: nbgrader id, final score and max score, to add by hand or to the roster."""
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(["nbgrader_id", "final_score", "max_score"])
    for student in unmatched:
        entry = document["students"][student]
        writer.writerow([csv_cell(student), _number(entry["score"]), _number(entry["max_score"])])
    return out.getvalue()


def stored_results(course: Course) -> list[SubmissionResult]:
    """Every readable stored result of the course's assignment (``COURSE/autograder/<assignment>/results/``)."""
    results = []
    for path in sorted((course.state / "results").glob("*.json")):
        try:
            results.append(SubmissionResult.from_json(json.loads(path.read_text())))
        except (OSError, ValueError, TypeError, KeyError):
            continue  # a half-written or foreign file: `grade` regrades that student
    return results


def _record_in_gradebook(course: Course, document: dict, lateness) -> list[str]:
    """Write the exported penalties to nbgrader's gradebook; lines saying what happened, if anything."""
    from autograder.course.lock import CourseBusy, CourseLock, command_line

    notes: list[str] = []
    try:
        with CourseLock(course.root, command_line()):
            changed = record_penalties(course, document, lateness, log=notes.append)
    except CourseBusy:
        return ["nbgrader's gradebook not updated now: a run holds the course (a `grade` run writes the "
                "same penalties when it ends)"]
    except OSError as exc:
        return [f"warning: nbgrader's gradebook not updated (the course lock: {one_line(exc, limit=200)})"]
    if changed:
        notes.append(f"updated the late penalty of {len(changed)} student(s) in nbgrader's gradebook, "
                     "so `nbgrader export` agrees with this file")
    return notes


def export(course: Course, fmt: str, output: Path | None = None, roster: Path | None = None,
           title: str | None = None, assignment_id: str | None = None, log=print) -> Export:
    """Write one assignment's grades as ``fmt`` to ``output`` (default under ``COURSE/exports/``).

    ``title`` (Canvas's column) defaults to the assignment's title.

    Raises
    ------
    EnvironmentProblem
        Unknown format, no graded student, an invalid late policy (exported
        grades must not silently lack penalties) or an unreadable roster.
    """
    root = course.root
    if fmt not in FORMATS:
        raise EnvironmentProblem(f"unknown export format {fmt!r}; choose from {', '.join(FORMATS)}")
    results = stored_results(course)
    if not results:
        raise EnvironmentProblem(f"no graded students of {course.assignment.name} in {root}: run "
                                 f"`autograder grade {root}` first")
    try:
        lateness = course_lateness(root, sorted(r.student for r in results), course.assignment.name)
    except PolicyError as exc:
        raise EnvironmentProblem(f"cannot apply late penalties: {exc}. Fix the file or run "
                                 f"`autograder policy {root} ...`") from None
    document = grades_document(course.assignment, results, course_overrides(course, log=log), lateness)
    try:
        notes = warning_report(root, lateness, course.assignment.name)
    except OSError as exc:
        notes = [f"warning: could not write {course.state / 'lateness.log'}: {one_line(exc, limit=200)}"]
    notes += _record_in_gradebook(course, document, lateness)
    text = plain_csv(course.assignment.exercise_ids, document) if fmt == "csv" else ""
    path = Path(output) if output else default_path(course, fmt)
    ours = {root / "grades.csv", root / "grades.json", root / "nbgrader_grades.csv"}
    ours |= {root / "grades" / f"{course.assignment.name}{suffix}" for suffix in (".csv", ".json")}
    if path.resolve() in ours:
        raise EnvironmentProblem(f"{path} is written by `grade` or `nbgrader export`; choose another --output")
    if fmt == "canvas":
        canvas = canvas_csv(document, read_roster(roster) if roster else None, title or course.assignment.title,
                            assignment_id)
        text, notes = canvas.text, notes + canvas.notes
        left_out = path.with_name(f"{path.stem}_not_in_roster.csv")
        if canvas.unmatched:
            atomic_write(left_out, unmatched_csv(document, canvas.unmatched))
            notes.append(f"the students left out, with their scores: {left_out}")
        elif left_out.exists():
            left_out.unlink()  # a list from an earlier export would now be wrong
    atomic_write(path, text)
    left = len(canvas.unmatched) if fmt == "canvas" else 0
    return Export(path, len(document["students"]) - left, notes, left)
