"""The grades files, per-student logs and the TA's table.

Each assignment's grades go to ``COURSE/grades/<assignment>.json`` and ``.csv`` (one student per
entry, per exercise); ``COURSE/grades.json`` and ``grades.csv`` are the course's, rebuilt from every
assignment's file after each write: each student's total over the assignments
(``../shared/CONTRACT.md``). A course with one assignment goes the same way.
"""
from __future__ import annotations

import csv
import io
import json
import sys
import textwrap
from collections.abc import Mapping
from pathlib import Path

from autograder.common.files import atomic_write
from autograder.course.folder import Course
from autograder.course.gradebook import Override, read_overrides, record_late_penalties, repair_records
from autograder.grading.submission import SubmissionResult
from autograder.outputs.lateness import ClassLateness, PolicyError, course_lateness, describe, warning_report
from autograder.common.untrusted import csv_cell, for_log, one_line


#: ``{student: {exercise: Override}}``, as ``gradebook.read_overrides`` gives it.
Overrides = Mapping[str, Mapping[str, Override]]


def final_exercises(result: SubmissionResult, overrides: Overrides | None = None,
                    order: tuple[str, ...] = ()) -> dict[str, dict]:
    """Each exercise's automatic score, the TA's override and the final score.

    Per exercise: ``score`` (final: the TA's score where a TA set one in
    formgrader, else the automatic one, plus any extra credit), ``max_score``,
    ``auto_score``, ``manual_score`` (None without an override),
    ``extra_credit`` and ``comment`` (the TA's comment from formgrader, None
    without one). A notebook that could not be graded has no exercises,
    except those a TA scored by hand (or gave extra credit).
    """
    own = (overrides or {}).get(result.student, {})
    rows = {}
    for exercise, scores in (result.exercises if result.status == "graded" else {}).items():
        auto, override = scores["score"], own.get(exercise)
        rows[exercise] = {**scores, "score": override.final_score(auto) if override else auto,
                          "auto_score": auto,
                          "manual_score": override.manual_score(auto) if override else None,
                          "extra_credit": override.extra_credit if override else 0.0,
                          "comment": override.comment if override else None}
    for exercise, override in own.items():
        scored = override.manual_score(0.0) is not None or override.extra_credit
        if exercise not in rows and scored:  # not graded automatically, scored by a TA
            rows[exercise] = {"score": override.final_score(0.0), "max_score": override.max_score,
                              "auto_score": 0.0, "manual_score": override.manual_score(0.0),
                              "extra_credit": override.extra_credit, "comment": override.comment}
    order = {ex: i for i, ex in enumerate(dict.fromkeys([*order, *result.exercises]))}
    return {ex: rows[ex] for ex in sorted(rows, key=lambda ex: (order.get(ex, len(order)), ex))}


def _student_entry(r: SubmissionResult, overrides: Overrides | None,
                   lateness: ClassLateness | None = None, order: tuple[str, ...] = ()) -> dict:
    exercises = final_exercises(r, overrides, order)
    final = round(sum(e["score"] for e in exercises.values()), 6)
    # the late penalty comes off the final score (after a TA's overrides), never off an exercise
    late = lateness.block(r.student, final, r.max_score) if lateness else None
    entry = {
        "status": r.status,
        "error": r.error,
        "score": round(final - late["penalty"], 6) if late else final,
        "auto_score": r.score if r.status == "graded" else 0.0,
        "max_score": r.max_score,
        "exercises": exercises,
        "checks_failed": [f"{c.exercise}/{c.name}" for c in r.checks if not c.passed],
        "seconds": round(r.seconds, 3),
    }
    if late is not None:
        entry["late"] = late
    return entry


def grades_document(assignment, results: list[SubmissionResult], overrides: Overrides | None = None,
                    lateness: ClassLateness | None = None) -> dict:
    """The contract's per-assignment grades (``grades/<assignment>.json``) of ``assignment``.

    ``score`` is the final grade: a TA's override from formgrader where there
    is one, minus the late penalty when the course has a deadline. Then a
    ``late`` block (``submitted_at``, ``due``, ``days_late``, ``penalty``,
    ``score_before_penalty``, and a ``warning`` when the time is unknown) says
    how. ``auto_score`` (the student's and each exercise's) is what the
    autograder gave, ``manual_score`` what the TA set (None when nothing);
    exercise scores never carry the penalty.
    """
    students = {r.student: _student_entry(r, overrides, lateness, assignment.exercise_ids)
                for r in sorted(results, key=lambda r: r.student)}
    return {"assignment": assignment.name, "students": students}


def grades_csv(assignment, results: list[SubmissionResult], overrides: Overrides | None = None,
               lateness: ClassLateness | None = None) -> str:
    """``grades/<assignment>.csv``: the final scores first, then the automatic and the TA's per exercise.

    The columns up to ``error`` keep their meaning (``score`` and the exercise
    columns are final grades, extra credit included; ``score`` is after any
    late penalty); ``auto_score``, ``<exercise>_auto``, ``<exercise>_manual``
    (empty without an override), ``<exercise>_extra_credit`` and
    ``<exercise>_comment`` (the TA's, on one line; empty without one) follow
    them, then ``submitted_at``, ``days_late``, ``late_penalty`` and
    ``score_before_penalty`` (empty without a deadline).
    """
    ids = assignment.exercise_ids  # the columns, in the notebook's order
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(["student", "status", "score", "max_score", *ids, "error", "auto_score",
                     *[f"{ex}_auto" for ex in ids], *[f"{ex}_manual" for ex in ids],
                     *[f"{ex}_extra_credit" for ex in ids], *[f"{ex}_comment" for ex in ids],
                     "submitted_at", "days_late", "late_penalty", "score_before_penalty"])
    for r in sorted(results, key=lambda r: r.student):
        entry = _student_entry(r, overrides, lateness, ids)
        late = entry.get("late") or {}
        exercises = entry["exercises"]

        def column(ex: str, key: str, exercises: dict = exercises) -> object:
            value = exercises.get(ex, {}).get(key)
            return "" if value is None else value

        # ids and error texts come from submissions: never let a spreadsheet run them as formulas
        writer.writerow([csv_cell(r.student), r.status, entry["score"], r.max_score,
                         *[column(ex, "score") for ex in ids],
                         csv_cell(r.error or ""), entry["auto_score"],
                         *[column(ex, "auto_score") for ex in ids],
                         *[column(ex, "manual_score") for ex in ids],
                         *[column(ex, "extra_credit") for ex in ids],
                         *[csv_cell(column(ex, "comment")) for ex in ids],
                         late.get("submitted_at") or "", late.get("days_late", ""), late.get("penalty", ""),
                         late.get("score_before_penalty", "")])
    return out.getvalue()


def course_overrides(course: Course, log=print) -> dict[str, dict[str, Override]]:
    """The TA's overrides of the course's assignment in its gradebook; none, with a warning, when it
    cannot be read."""
    try:
        return read_overrides(course.db_url, course.assignment)
    except Exception as exc:  # noqa: BLE001 - grades are still written, without overrides
        log(f"warning: could not read the TA's scores from nbgrader's gradebook: {exc}")
        return {}


def class_lateness(course: Course, results: list[SubmissionResult], log=print) -> ClassLateness | None:
    """Every student's lateness under the course's policy; None, with a warning, when the policy is invalid.

    Submissions whose time is unknown (they count as on time) are listed in
    ``COURSE/autograder/<assignment>/lateness.log`` and told in a few lines
    (:func:`autograder.outputs.lateness.warning_lines`): one for all those without
    ``timestamp.txt``, one per unreadable ``timestamp.txt``.
    """
    try:
        lateness = course_lateness(course.root, sorted(r.student for r in results), course.assignment.name)
    except PolicyError as exc:  # grades are still written, without penalties, and the TA is told
        log(f"warning: late penalties NOT applied, the policy is invalid: {one_line(exc, limit=400)}")
        return None
    try:
        lines = warning_report(course.root, lateness, course.assignment.name)
    except OSError as exc:  # the log is a convenience: the grades are written anyway
        from autograder.outputs.lateness import warning_lines

        lines = warning_lines(lateness) + [f"warning: could not write the list of submissions without a "
                                           f"time: {one_line(exc, limit=200)}"]
    for line in lines:
        log(line)
    return lateness


def _late_blocks(document: dict) -> dict[str, dict | None]:
    """Each student's ``late`` block in a ``grades.json`` document (None without a deadline)."""
    return {student: entry.get("late") for student, entry in document["students"].items()}


def record_penalties(course: Course, document: dict, lateness: ClassLateness | None, log=print) -> list[str]:
    """Write the document's late penalties where nbgrader keeps them; the students whose record changed.

    nbgrader's gradebook then agrees with ``grades.json``: ``nbgrader export``
    subtracts the same penalty and ``nbgrader generate_feedback`` shows it.
    With an invalid policy (``lateness`` None) the document has no
    penalties, and neither has the gradebook (the TA was warned).
    """
    try:
        return record_late_penalties(course.db_url, course.assignment, _late_blocks(document),
                                     lateness.policy.due if lateness else None)
    except Exception as exc:  # noqa: BLE001 - our own files are still right; say what nbgrader lacks
        log(f"warning: could not write the late penalties to nbgrader's gradebook (`nbgrader export` "
            f"and `nbgrader generate_feedback` will not show them): {one_line(exc, limit=300)}")
        return []


def write_grades(course: Course, results: list[SubmissionResult], log=print, repair: bool = True) -> None:
    """Bring nbgrader's records in line with ``results``, then write the assignment's grades files
    and the course's.

    Gradebook entries and autograded notebooks that something else changed
    (``gradebook.repair_records``) are written again first, so every run
    repairs them, regraded or not (``repair=False`` skips that pass, which
    reads every student's records: an interrupted run leaves it to the next). The grades then carry the TA's overrides,
    and each student's late penalty is written to the gradebook too
    (:func:`record_penalties`).

    Parameters
    ----------
    course : Course
        The course folder and the assignment graded.
    results : list of SubmissionResult
        Every student of the assignment with a stored result.
    log : callable
        Where warnings and repairs are reported.
    """
    try:
        source, _ = course.load_source()
        repaired = repair_records(course.db_url, course.assignment, source, results,
                                  course.autograded) if repair else []
    except Exception as exc:  # noqa: BLE001 - the grades files are written whatever the gradebook says
        log(f"warning: could not check nbgrader's gradebook and autograded notebooks: {exc}")
    else:
        if repaired:
            log(f"rewrote the gradebook entries or autograded notebooks of {len(repaired)} student(s) "
                f"that something other than `autograder grade` had changed: "
                f"{', '.join(one_line(s, limit=40) for s in repaired)}")
    overrides = course_overrides(course, log)
    lateness = class_lateness(course, results, log)
    document = grades_document(course.assignment, results, overrides, lateness)
    record_penalties(course, document, lateness, log)
    folder = assignment_grades_folder(course.root)
    atomic_write(folder / f"{course.assignment.name}.json", json.dumps(document, indent=2) + "\n")
    atomic_write(folder / f"{course.assignment.name}.csv", grades_csv(course.assignment, results, overrides, lateness))
    write_course_grades(course.root, log)


def assignment_grades_folder(root: Path) -> Path:
    """``COURSE/grades/``: one ``<assignment>.json`` and ``.csv`` per graded assignment."""
    return Path(root) / "grades"


def assignment_grades(root: Path) -> dict[str, dict]:
    """Every assignment's grades document in the course, by assignment name (unreadable files left out)."""
    found = {}
    folder = assignment_grades_folder(root)
    for path in sorted(folder.glob("*.json")) if folder.is_dir() else []:
        try:
            document = json.loads(path.read_text())
        except (OSError, ValueError):
            continue
        if isinstance(document, dict) and document.get("assignment") == path.stem:
            found[path.stem] = document
    return found


def course_grades_document(documents: Mapping[str, dict]) -> dict:
    """The course's ``grades.json``: every assignment's object, and each student's total over them.

    A student absent from an assignment scores 0 of its max score there (the max score of an
    assignment is its students' max score, the instructor's).
    """
    maxima = {name: max((s["max_score"] for s in doc["students"].values()), default=0.0)
              for name, doc in documents.items()}
    students = sorted({s for doc in documents.values() for s in doc["students"]})
    totals = {}
    for student in students:
        scores = {name: (doc["students"][student]["score"] if student in doc["students"] else 0.0)
                  for name, doc in documents.items()}
        totals[student] = {"score": round(sum(scores.values()), 6), "max_score": round(sum(maxima.values()), 6),
                           "assignments": scores,
                           "missing": [name for name, doc in documents.items() if student not in doc["students"]]}
    return {"assignments": dict(documents), "students": totals}


def course_grades_csv(document: dict) -> str:
    """The course's ``grades.csv``: per student the total, its max, and each assignment's score."""
    names = list(document["assignments"])
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(["student", "score", "max_score", *names])
    for student, entry in document["students"].items():
        writer.writerow([csv_cell(student), entry["score"], entry["max_score"],
                         *[entry["assignments"][name] for name in names]])
    return out.getvalue()


def write_course_grades(root: Path, log=print) -> None:
    """Rewrite ``COURSE/grades.json`` and ``grades.csv`` from every assignment's grades file."""
    document = course_grades_document(assignment_grades(root))
    atomic_write(Path(root) / "grades.json", json.dumps(document, indent=2) + "\n")
    atomic_write(Path(root) / "grades.csv", course_grades_csv(document))


def student_log(result: SubmissionResult) -> str:
    """A log a TA can read: what ran, what failed, timed out or was killed, and why."""
    lines = [f"student: {result.student}", f"status: {result.status}"]
    if result.error:
        lines.append(f"error: {result.error}")
    lines.append(f"score: {result.score:g} / {result.max_score:g}   ({result.seconds:.1f} s)")
    for ex, s in result.exercises.items():
        lines.append(f"  {ex}: {s['score']:g} / {s['max_score']:g}")
    lines += ["", "== what happened, in order"] + [f"  {line}" for line in result.log]
    failed = [c for c in result.checks if not c.passed]
    if failed:
        lines += ["", "== failed checks"]
        lines += [f"  {c.exercise}/{c.name} ({c.points:g} pt{' ' + c.kind if c.kind else ''}): {c.message}"
                  for c in failed]
    for title, text in (("stdout of the kernel", result.stdout), ("stderr of the kernel", result.stderr)):
        if text.strip():
            lines += ["", f"== {title}", text.rstrip()]
    # student output and messages may hold terminal escapes: shown, never obeyed
    return for_log("\n".join(lines) + "\n")


#: the student column's widest id in the table; longer ids lose their middle (grades.csv has them whole)
TABLE_NAME_WIDTH = 20
#: an error note's characters in the table (wrapped); the student's log has it whole
TABLE_ERROR_CHARS = 600


def _short_name(student: str, width: int = TABLE_NAME_WIDTH) -> str:
    """``student`` on one line, its middle cut to fit ``width``: the start and end of an id tell ids apart."""
    name = one_line(student)
    if len(name) <= width:
        return name
    tail = (width - 1) // 2
    return name[: width - 1 - tail] + "…" + name[len(name) - tail:]


def table(assignment, results: list[SubmissionResult], overrides: Overrides | None = None,
          lateness: ClassLateness | None = None, width: int | None = None) -> str:
    """A fixed-width table: one row per student, one column per exercise, fitted to ``width``.

    Scores are final grades; a ``*`` marks a TA's override, and the row's
    notes give the automatic score it replaced. The total is after any late
    penalty, noted as every page words it, ``late 3 days: -6.00``
    (``no submission time`` when ``timestamp.txt`` is missing or unreadable).
    No line is wider than ``width`` (the terminal's, 80 off a terminal):
    long ids lose their middle, and notes that do not fit beside the row
    are wrapped on indented lines under it, whole (an error's first
    ``TABLE_ERROR_CHARS`` characters; the student's log has all of it).
    """
    from autograder.common.terminal import columns

    limit = max(60, width or columns(sys.stdout)) - 1  # the last column wraps on some terminals
    ids = assignment.exercise_ids  # the columns, in the notebook's order
    short = {ex: ex.split("_")[0] for ex in ids}
    names = {r.student: _short_name(r.student) for r in results}
    width = max([len("student")] + [len(n) for n in names.values()]) + 2
    # each exercise column is a number and one mark: "*" after a TA's score, else a space
    header = "student".ljust(width) + "".join(f"{short[ex]:>6} " for ex in ids) + "  total  notes"
    rows = [header, "-" * len(header)]
    finals = {r.student: final_exercises(r, overrides, ids) for r in results}
    lates = {r.student: (_student_entry(r, overrides, lateness, ids).get("late") if lateness else None)
             for r in results}

    def total_of(student: str) -> float:
        late = lates[student]
        return round(sum(e["score"] for e in finals[student].values()) - (late["penalty"] if late else 0.0), 6)

    def with_notes(row: str, notes: list[str]) -> list[str]:
        text = ", ".join(notes)
        if not text or len(row) + len(text) <= limit:
            return [(row + text).rstrip()]
        return [row.rstrip()] + textwrap.wrap(text, width=limit, initial_indent="    ", subsequent_indent="    ",
                                              break_long_words=True, break_on_hyphens=False)

    marked = False
    for r in sorted(results, key=lambda r: r.student):
        exercises = finals[r.student]
        cells, notes = "", []
        for ex in ids:
            e = exercises.get(ex)
            if e is None:
                cells += f"{'-':>6} "
            elif e["manual_score"] is not None or e["extra_credit"]:
                cells += f"{e['score']:>6.2f}*"
                notes.append(f"{short[ex]} auto {e['auto_score']:.2f}")
                marked = True
            else:
                cells += f"{e['score']:>6.2f} "
        total = total_of(r.student)
        late = lates[r.student]
        if describe(late):
            notes.append(describe(late))
        elif late and late.get("warning"):
            notes.append("no submission time")
        if r.status == "error":
            error = one_line(r.error)
            notes.append(f"ERROR: {error}" if len(error) <= TABLE_ERROR_CHARS else
                         f"ERROR: {error[:TABLE_ERROR_CHARS]}… (the rest in the student's log)")
        else:
            notes += sorted({c.kind for c in r.checks
                             if not c.passed and c.kind in ("timeout", "crash", "budget")})
        rows += with_notes(names[r.student].ljust(width) + cells + f"{total:>7.2f}  ", notes)
    graded = [r for r in results if r.status == "graded"]
    if graded:
        means = "".join(f"{sum(finals[r.student][ex]['score'] for r in graded) / len(graded):>6.2f} "
                        for ex in ids)
        total = sum(total_of(r.student) for r in graded) / len(graded)
        rows += ["-" * len(header), "mean".ljust(width) + means + f"{total:>7.2f}"]
    if marked:
        rows.append("* a TA's score from formgrader (the notes give the automatic score it replaced)")
    errors = [r.student for r in results if r.status == "error"]
    if errors:
        rows += textwrap.wrap(f"{len(errors)} submission(s) could not be graded: "
                              f"{', '.join(names[e] for e in errors)}", width=limit, subsequent_indent="    ",
                              break_long_words=True, break_on_hyphens=False)
    return "\n".join(rows)
