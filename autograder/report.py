"""``grades.json``, ``grades.csv``, per-student logs and the TA's table."""
from __future__ import annotations

import csv
import io
import json
import os
from pathlib import Path

from autograder.assignment import ASSIGNMENT, EXERCISES
from autograder.grading import SubmissionResult


def atomic_write(path: Path, text: str) -> None:
    """Write via a temporary file and rename, so readers never see half a file."""
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    with open(tmp, "w") as handle:
        handle.write(text)
        handle.flush()
        os.fsync(handle.fileno())
    tmp.replace(path)


def grades_document(results: list[SubmissionResult]) -> dict:
    """The contract's ``grades.json`` content."""
    students = {}
    for r in sorted(results, key=lambda r: r.student):
        students[r.student] = {
            "status": r.status,
            "error": r.error,
            "score": r.score if r.status == "graded" else 0.0,
            "max_score": r.max_score,
            "exercises": r.exercises if r.status == "graded" else {},
            "checks_failed": [f"{c.exercise}/{c.name}" for c in r.checks if not c.passed],
            "seconds": round(r.seconds, 3),
        }
    return {"assignment": ASSIGNMENT, "students": students}


def grades_csv(results: list[SubmissionResult]) -> str:
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(["student", "status", "score", "max_score", *EXERCISES, "error"])
    for r in sorted(results, key=lambda r: r.student):
        writer.writerow([r.student, r.status, r.score if r.status == "graded" else 0.0, r.max_score,
                         *[r.exercises.get(ex, {}).get("score", "") for ex in EXERCISES],
                         r.error or ""])
    return out.getvalue()


def write_grades(root: Path, results: list[SubmissionResult]) -> None:
    atomic_write(root / "grades.json", json.dumps(grades_document(results), indent=2) + "\n")
    atomic_write(root / "grades.csv", grades_csv(results))


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
    return "\n".join(lines) + "\n"


def table(results: list[SubmissionResult]) -> str:
    """A fixed-width table: one row per student, one column per exercise."""
    short = {ex: ex.split("_")[0] for ex in EXERCISES}
    width = max([len("student")] + [len(r.student) for r in results]) + 2
    header = "student".ljust(width) + "".join(f"{short[ex]:>7}" for ex in EXERCISES) + "   total  notes"
    rows = [header, "-" * len(header)]
    for r in sorted(results, key=lambda r: r.student):
        if r.status == "error":
            rows.append(r.student.ljust(width) + "".join(f"{'-':>7}" for _ in EXERCISES)
                        + f"{0:>8.2f}  ERROR: {r.error}")
            continue
        cells = "".join(f"{r.exercises.get(ex, {}).get('score', 0):>7.2f}" for ex in EXERCISES)
        kinds = sorted({c.kind for c in r.checks if not c.passed and c.kind in ("timeout", "crash")})
        notes = ", ".join(kinds)
        rows.append(r.student.ljust(width) + cells + f"{r.score:>8.2f}  {notes}")
    graded = [r for r in results if r.status == "graded"]
    if graded:
        means = "".join(f"{sum(r.exercises[ex]['score'] for r in graded) / len(graded):>7.2f}"
                        for ex in EXERCISES)
        rows += ["-" * len(header), "mean".ljust(width) + means
                 + f"{sum(r.score for r in graded) / len(graded):>8.2f}"]
    errors = [r.student for r in results if r.status == "error"]
    if errors:
        rows.append(f"{len(errors)} submission(s) could not be graded: {', '.join(errors)}")
    return "\n".join(rows)
