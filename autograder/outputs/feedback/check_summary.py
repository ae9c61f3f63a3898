"""What ``autograder check`` prints for a TA: per exercise the score out of its maximum and why.

One line per exercise says its score, its maximum and how many checks passed;
under it, what the first failing check said, or, for an exercise left as
released, one line that it was not attempted. Cells of the student's that
raised, hung or crashed come first. The lines are made from the same
:class:`~autograder.outputs.feedback.model.Feedback` as the student's page, so the
two never disagree, and are wrapped to ``width``.
"""
from __future__ import annotations

import textwrap

from autograder.outputs.feedback.model import NOT_ATTEMPTED, CellError, ExerciseFeedback, Feedback

INDENT = "    "
#: how each failed cell status reads after the cell's name
CELL_STATUS = {"error": "raised", "timeout": "did not finish in time:", "crash": "crashed the kernel:",
               "budget": "was not run:"}


def _wrapped(text: str, width: int, first: str = "", rest: str = INDENT) -> list[str]:
    return textwrap.wrap(text, width=max(40, width - 1), initial_indent=first, subsequent_indent=rest,
                         break_on_hyphens=False) or [first.rstrip()]


def _cell(error: CellError) -> str:
    return f"cell error: {error.label} {CELL_STATUS.get(error.status, error.status)} {error.message}"


def _status(ex: ExerciseFeedback) -> str:
    if ex.not_attempted:
        return NOT_ATTEMPTED
    failed = [c for c in ex.checks if not c.passed]
    if not failed:
        return f"all {len(ex.checks)} check{'' if len(ex.checks) == 1 else 's'} passed"
    return f"{len(ex.checks) - len(failed)} of {len(ex.checks)} checks passed"


def _exercise(ex: ExerciseFeedback, width: int) -> list[str]:
    lines = _wrapped(f"{ex.exercise:<17} {ex.score:>6g} / {ex.max_score:g}   {_status(ex)}", width)
    for error in ex.cell_errors:
        lines += _wrapped(_cell(error), width, INDENT, INDENT * 2)
    first = next((c for c in ex.checks if not c.passed), None)
    if first is not None and not ex.not_attempted:
        lines += _wrapped(f"first failure (check {first.number}): {first.message}", width, INDENT, INDENT * 2)
    return lines


def summary(feedback: Feedback, width: int = 80) -> str:
    """The lines ``check`` prints for one graded notebook.

    Parameters
    ----------
    feedback : Feedback
    width : int
        Columns to wrap to (the terminal's, or 80).
    """
    if feedback.error is not None:
        return "\n".join(_wrapped(f"could not be graded: {feedback.error}", width))
    lines = [line for error in feedback.cell_errors for line in _wrapped(_cell(error), width, "", INDENT)]
    for ex in feedback.exercises:
        lines += _exercise(ex, width)
    lines.append(f"{'total':<17} {feedback.score:>6g} / {feedback.max_score:g}")
    return "\n".join(lines)
