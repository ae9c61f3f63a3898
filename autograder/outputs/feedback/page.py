"""A student's feedback as one self-contained HTML page.

No script, no external style sheet, font or image: the page opens offline and
its Content-Security-Policy forbids fetching anything. The formulas in check
descriptions and statement rules are plain Unicode text (``w = p (1 - p)``),
so nothing renders math at view time. Every string is escaped with
:func:`html.escape`; most of them came from a submission.
"""
from __future__ import annotations

from html import escape

from autograder.outputs.feedback.model import (NOT_ATTEMPTED, CellError, CheckLine, ExerciseFeedback, Feedback,
                                               not_attempted_line)

CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:"
STYLE = """
body { font-family: system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; margin: 2em auto;
       max-width: 60em; padding: 0 1em; color: #1d1d1f; line-height: 1.45; }
h1 { font-size: 1.5em; margin-bottom: 0.2em; }
h2 { font-size: 1.2em; margin-top: 2em; border-bottom: 1px solid #ddd; padding-bottom: 0.2em; }
.total { font-size: 1.2em; margin: 0.5em 0 1.5em; }
table.summary { border-collapse: collapse; }
table.summary td, table.summary th { padding: 0.3em 0.8em; border-bottom: 1px solid #eee; text-align: left; }
ul.checks { list-style: none; padding-left: 0; }
ul.checks li { margin: 0.6em 0; padding: 0.4em 0.6em; border-left: 4px solid #ccc; }
li.pass { border-color: #2e7d32 !important; }
li.fail { border-color: #c62828 !important; background: #fff5f5; }
.verdict { font-weight: bold; font-family: ui-monospace, monospace; }
li.pass .verdict { color: #2e7d32; }
li.fail .verdict { color: #c62828; }
.points, .number { color: #555; }
.not-attempted { border-left: 4px solid #c62828; background: #fff5f5; padding: 0.4em 0.8em; }
.message { display: block; margin-top: 0.2em; }
.rules { color: #555; font-size: 0.9em; }
.cell-error, .error { border: 1px solid #c62828; background: #fff5f5; padding: 0.6em 0.8em; margin: 1em 0; }
pre { background: #f6f6f6; padding: 0.6em; overflow-x: auto; white-space: pre-wrap; }
footer { margin-top: 3em; color: #777; font-size: 0.85em; }
.ta-comment { border-left: 4px solid #1565c0; background: #f3f7fd; padding: 0.4em 0.8em; margin: 1em 0; }
.ta-comment p { white-space: pre-wrap; margin: 0.3em 0; }
.late { border-left: 4px solid #e65100; background: #fff8f0; padding: 0.4em 0.8em; margin: 0 0 1.5em; }
"""


def _e(text: object) -> str:
    return escape(str(text), quote=True)


def _points(value: float) -> str:
    return f"{value:g} point" + ("" if value == 1 else "s")


def _cell_error(error: CellError) -> str:
    trace = f"<pre class=\"traceback\">{_e(error.traceback)}</pre>" if error.traceback else ""
    return f"<div class=\"cell-error\"><p>{_e(error.summary())}</p>{trace}</div>"


def _check(check: CheckLine, clause_texts: dict[str, str]) -> str:
    verdict = "PASS" if check.passed else "FAIL"
    message = "" if check.passed else f"<span class=\"message\">{_e(check.message)}</span>"
    rules = ""
    if check.clauses:
        items = "".join(f"<li>{_e(cid)}: {_e(clause_texts.get(cid, ''))}</li>" for cid in check.clauses)
        rules = (f"<details class=\"rules\"><summary>rules of the statement it checks: "
                 f"{_e(', '.join(check.clauses))}</summary><ul>{items}</ul></details>")
    number = f"<span class=\"number\">{check.number}.</span> " if check.number else ""
    return (f"<li class=\"{verdict.lower()}\">{number}<span class=\"verdict\">{verdict}</span> "
            f"<span class=\"points\">({_e(_points(check.points))})</span> {_e(check.description)}"
            f"{message}{rules}</li>")


def _ta_notes(ex: ExerciseFeedback) -> str:
    """The score, extra credit and comment a TA gave the exercise in formgrader, if any."""
    notes = ""
    if ex.auto_score is not None and not ex.checks:
        notes += "<p class=\"ta-score\">Score set by your TA.</p>"
    elif ex.auto_score is not None:
        notes += (f"<p class=\"ta-score\">Score set by your TA; the checks below gave "
                  f"{ex.auto_score:g} / {ex.max_score:g}.</p>")
    if ex.extra_credit:
        notes += (f"<p class=\"extra-credit\">Including {_e(_points(ex.extra_credit))} of extra credit "
                  f"from your TA.</p>")
    if ex.comment:
        notes += (f"<div class=\"ta-comment\"><strong>Your TA's comment:</strong>"
                  f"<p>{_e(ex.comment)}</p></div>")
    return notes


def _exercise(ex: ExerciseFeedback, top_errors: tuple[CellError, ...], clause_texts: dict[str, str]) -> str:
    errors = "".join(_cell_error(e) for e in (*top_errors, *ex.cell_errors))
    checks = "".join(_check(c, clause_texts) for c in ex.checks)
    blank = f"<p class=\"not-attempted\">{_e(not_attempted_line(ex))}</p>" if ex.not_attempted else ""
    return (f"<section id=\"{_e(ex.exercise)}\"><h2>{_e(ex.title)}: "
            f"<span class=\"score\">{ex.score:g} / {ex.max_score:g}</span></h2>"
            f"{_ta_notes(ex)}{errors}{blank}<ul class=\"checks\">{checks}</ul></section>")


def _checks_cell(ex: ExerciseFeedback) -> str:
    if not ex.checks and (ex.auto_score is not None or ex.extra_credit):
        return "scored by your TA"
    if ex.not_attempted:
        return NOT_ATTEMPTED
    return f"{sum(c.passed for c in ex.checks)} of {len(ex.checks)} checks passed"


def _summary(feedback: Feedback) -> str:
    rows = "".join(
        f"<tr><td><a href=\"#{_e(ex.exercise)}\">{_e(ex.title)}</a></td>"
        f"<td>{ex.score:g} / {ex.max_score:g}</td>"
        f"<td>{_checks_cell(ex)}</td></tr>"
        for ex in feedback.exercises)
    return f"<table class=\"summary\"><tr><th>exercise</th><th>score</th><th>checks</th></tr>{rows}</table>"


def _total(feedback: Feedback) -> str:
    """The total line; for a late submission, the final score and the penalty that made it."""
    total = f"<p class=\"total\">Total: <strong>{feedback.score:g} / {feedback.max_score:g}</strong> points"
    if feedback.late_note is None:
        return total + "</p>"
    return (total + " after the late penalty</p>"
            f"<p class=\"late\">Handed in after the deadline: <strong>{_e(feedback.late_note)}</strong> "
            f"(from {feedback.score_before_penalty:g} / {feedback.max_score:g}). The exercise scores "
            "below are before the penalty.</p>")


def render(assignment, feedback: Feedback, clause_texts: dict[str, str] | None = None) -> str:
    """The whole page for one student.

    Parameters
    ----------
    assignment : Assignment
        Named in the title.
    feedback : Feedback
    clause_texts : dict, optional
        Statement rule texts by id, shown under each check.
    """
    clause_texts = clause_texts or {}
    title = f"{assignment.name}: feedback for {feedback.student}"
    if feedback.error is not None:
        body = (f"<div class=\"error\"><p>Your notebook could not be graded:</p>"
                f"<p>{_e(feedback.error)}</p></div>")
        if feedback.exercises:  # scored by a TA instead
            body += _summary(feedback) + "".join(_exercise(ex, (), clause_texts) for ex in feedback.exercises)
    else:
        body = (_summary(feedback)
                + "".join(_exercise(ex, feedback.cell_errors, clause_texts) for ex in feedback.exercises))
    return (
        "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
        f"<meta http-equiv=\"Content-Security-Policy\" content=\"{CSP}\">"
        "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
        f"<title>{_e(title)}</title><style>{STYLE}</style></head><body>"
        f"<h1>{_e(title)}</h1>"
        f"{_total(feedback)}"
        f"{body}"
        "<footer>Each check tests one or more rules of the exercise's statement with inputs you have not "
        "seen; a failed check says how your answer fell short. Written by <code>autograder</code>.</footer>"
        "</body></html>\n")
