"""The class report of each assignment: ``COURSE/reports/<assignment>/index.html``, its figures and
``checks.csv``; ``COURSE/reports/index.html`` links the course's assignments' reports.

| module | job |
|---|---|
| ``analysis.py`` | pure functions over stored results: failure rates, item analysis, flags |
| ``figures.py``  | the PNG figures (matplotlib, Agg canvas) |
| ``page.py``     | the self-contained HTML page and ``checks.csv`` |
| ``links.py``    | each student row's links: feedback page and grading log |
| ``script.py``   | the page's inline script: sortable tables, the students filter |
| ``__init__``    | read the course, write the files, the terminal summary after ``grade`` |
"""
from __future__ import annotations

import json
import os
import time
from collections.abc import Mapping
from pathlib import Path

from autograder.outputs.class_report.analysis import DEFAULT_FLAG_BELOW, ClassAnalysis, analyse
from autograder.outputs.class_report.figures import all_figures
from autograder.outputs.class_report.links import student_links
from autograder.outputs.class_report.page import checks_csv, render, render_course_index
from autograder.course.folder import Course, course_assignments
from autograder.grading.submission import SubmissionResult
from autograder.common.files import atomic_write
from autograder.outputs.grades import Overrides, class_lateness, course_overrides, final_exercises
from autograder.common.untrusted import one_line

__all__ = ["DEFAULT_FLAG_BELOW", "analyse", "late_blocks", "report_after_grading", "report_folder", "summary",
           "write_report"]

REPORTS = "reports"
#: ``reports/<this>``: the settings the last report used, so a rewrite (after ``autograder feedback``) keeps them
SETTINGS = "settings.json"


def report_folder(course: Course) -> Path:
    """``COURSE/reports/<assignment>/``: the assignment's page, figures and ``checks.csv``."""
    return course.root / REPORTS / course.assignment.name


def _saved_flag_below(course: Course) -> float:
    try:
        value = float(json.loads((report_folder(course) / SETTINGS).read_text())["flag_below"])
    except (OSError, ValueError, TypeError, KeyError):
        return DEFAULT_FLAG_BELOW
    return value if 0.0 <= value <= 1.0 else DEFAULT_FLAG_BELOW


def late_blocks(course: Course, results: list[SubmissionResult], overrides: Overrides | None) -> dict[str, Mapping]:
    """Each student's ``late`` block, as ``grades.json`` has it (days late, penalty); none without a deadline.

    From the course's late-submission policy (``autograder/outputs/lateness.py``);
    an invalid policy gives none here (``grade`` already warned about it).
    """
    lateness = class_lateness(course, results, log=lambda *a: None)
    if lateness is None or not lateness.policy.active:
        return {}
    blocks = {}
    for r in results:
        finals = final_exercises(r, overrides, course.assignment.exercise_ids)
        final = round(sum(e["score"] for e in finals.values()), 6)
        block = lateness.block(r.student, final, r.max_score)
        if block is not None:
            blocks[r.student] = block
    return blocks


def write_report(course: Course, *, flag_below: float | None = None,
                 results: list[SubmissionResult] | None = None, overrides: Overrides | None = None,
                 log=print) -> Path:
    """Write ``COURSE/reports/<assignment>/index.html``, its PNG figures and ``checks.csv``; returns the
    page's path (and rewrites the course's ``reports/index.html``).

    Parameters
    ----------
    course : Course
        The course folder and the assignment.
    flag_below : float, optional
        Flag students below this fraction of the max score; by default the
        last report's (``reports/settings.json``), else 0.5.
    results : list of SubmissionResult, optional
        Every stored result; read from ``COURSE/autograder/results`` when not given.
    overrides : mapping, optional
        The TA's scores; read from the course's gradebook when not given.
    log : callable
        Where warnings go (an unreadable gradebook).
    """
    if flag_below is None:
        flag_below = _saved_flag_below(course)
    if results is None:
        from autograder.course.classrun import stored_results

        results = list(stored_results(course.state / "results").values())
    if overrides is None:
        overrides = course_overrides(course, log=log)
    return _write(course, _analyse_course(course, results, overrides, flag_below))


def _analyse_course(course: Course, results: list[SubmissionResult], overrides: Overrides | None,
                    flag_below: float) -> ClassAnalysis:
    return analyse(results, overrides, flag_below=flag_below, late=late_blocks(course, results, overrides),
                   exercises=course.assignment.exercise_ids)


def _write(course: Course, analysis: ClassAnalysis) -> Path:
    root = course.root
    out = report_folder(course)
    out.mkdir(parents=True, exist_ok=True)
    figures = all_figures(analysis)
    for png in figures.values():
        _write_bytes(out / png.name, png.data)
    atomic_write(out / "checks.csv", checks_csv(analysis))
    page = out / "index.html"
    links = student_links(course, [s.student for s in analysis.students])
    atomic_write(page, render(analysis, figures, f"{root.name}: {course.assignment.name}",
                              time.strftime("%Y-%m-%d %H:%M"), links))
    atomic_write(out / SETTINGS, json.dumps({"flag_below": analysis.flag_below}) + "\n")
    write_course_index(root)
    return page


def write_course_index(root: Path) -> Path:
    """``COURSE/reports/index.html``: one row per assignment with a report (from its grades file), linking to it."""
    from autograder.outputs.grades import assignment_grades

    documents = assignment_grades(root)
    rows = []
    for assignment in course_assignments(root):
        if not (Path(root) / REPORTS / assignment.name / "index.html").is_file():
            continue
        students = (documents.get(assignment.name) or {}).get("students", {})
        graded = [e for e in students.values() if e.get("status") == "graded"]
        top = max((float(e.get("max_score") or 0.0) for e in students.values()), default=0.0)
        rows.append({"name": assignment.name, "title": assignment.title, "students": len(students),
                     "graded": len(graded), "errors": len(students) - len(graded),
                     "mean": sum(float(e["score"]) for e in graded) / len(graded) if graded else None,
                     "max_score": top,
                     "flagged": sum(1 for e in students.values()
                                    if e.get("status") != "graded" or float(e["score"]) < DEFAULT_FLAG_BELOW * top)})
    path = Path(root) / REPORTS / "index.html"
    atomic_write(path, render_course_index(Path(root).name, rows, time.strftime("%Y-%m-%d %H:%M")))
    return path


def _write_bytes(path: Path, data: bytes) -> None:
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    tmp.write_bytes(data)
    tmp.replace(path)


def summary(analysis: ClassAnalysis, page: Path | None) -> str:
    """The few lines printed after ``grade``'s table: what needs a TA's attention, and where the report is."""
    graded = len(analysis.graded)
    lines = [f"class summary: {len(analysis.students)} student(s), {graded} graded"]
    if graded:
        means = "  ".join(f"{i.exercise.split('_')[0]} {i.mean:.2f}/{i.max_score:g}"
                          for i in analysis.items if i.mean is not None)
        lines.append(f"  mean per exercise: {means}")
    worst = analysis.most_failed(3)
    if worst:
        lines.append("  most failed checks: " + ", ".join(
            f"{c.label} {100 * (c.rate or 0):.0f}% ({c.failed}/{c.ran})" for c in worst))
    flagged = analysis.flagged
    names = ", ".join(one_line(s.student, limit=40) for s in flagged[:5]) + (", ..." if len(flagged) > 5 else "")
    lines.append(f"  flagged (below {100 * analysis.flag_below:.0f}% of {analysis.max_score:g}, or not graded): "
                 f"{len(flagged)}" + (f" ({names})" if flagged else ""))
    problems = sum(1 for s in analysis.graded if s.problems)
    lines.append(f"  errors: {len(analysis.errors)} notebook(s) could not be graded; "
                 f"{problems} timed out, ran out of budget, crashed or sent an unreadable answer")
    if analysis.lateness:
        late = [s for s in analysis.students if (s.late or {}).get("days_late")]
        lines.append(f"  late: {len(late)} submission(s), "
                     f"{sum(float(s.late.get('penalty') or 0) for s in late):g} point(s) deducted")
    if page is not None:
        lines.append(f"  report: {page}")
    return "\n".join(lines)


def report_after_grading(course: Course, results: list[SubmissionResult], overrides: Overrides | None,
                         *, flag_below: float = DEFAULT_FLAG_BELOW) -> str:
    """Write the report after a ``grade`` run and return the terminal summary.

    A report that cannot be written costs the report only: grades are already
    written, so the summary then says why and the run still succeeds.
    """
    try:
        analysis = _analyse_course(course, results, overrides, flag_below)
        page = _write(course, analysis)
    except Exception as exc:  # noqa: BLE001 - the grades are written; a report problem must not undo a run
        return f"class report: not written ({type(exc).__name__}: {one_line(exc, limit=200)})"
    return summary(analysis, page)
