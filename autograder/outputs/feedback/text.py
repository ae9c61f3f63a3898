"""Feedback as plain text: the output of each test cell in the autograded notebook.

``nbgrader generate_feedback`` shows a test cell's stream output as
preformatted, escaped text, so this is what a student reads there.
"""
from __future__ import annotations

from autograder.outputs.feedback.model import ExerciseFeedback, Feedback, not_attempted_line


def _points(value: float) -> str:
    return f"{value:g} point" + ("" if value == 1 else "s")


def exercise_text(feedback: Feedback, exercise: str) -> str:
    """The lines for one exercise: score, the student's cell errors, then each check."""
    if feedback.error is not None:
        return f"This notebook could not be graded: {feedback.error}\n"
    ex = feedback.exercise(exercise)
    if ex is None:
        return f"{exercise}: not graded\n"
    return "\n".join(_lines(ex, feedback)) + "\n"


def _lines(ex: ExerciseFeedback, feedback: Feedback) -> list[str]:
    lines = [f"{ex.title}: {ex.score:g} / {ex.max_score:g} points"]
    for error in (*feedback.cell_errors, *ex.cell_errors):
        lines.append("")
        lines.append(error.summary())
        if error.traceback:
            lines.extend("    " + line for line in error.traceback.splitlines())
    if ex.not_attempted:
        lines += ["", not_attempted_line(ex)]
    lines.append("")
    for check in ex.checks:
        mark = "PASS" if check.passed else "FAIL"
        clauses = f" (rules {', '.join(check.clauses)})" if check.clauses else ""
        number = f"{check.number}. " if check.number else ""
        lines.append(f"{number}[{mark}] {_points(check.points)}: {check.description}{clauses}")
        if check.message:
            lines.append(f"       -> {check.message}")
    return lines
