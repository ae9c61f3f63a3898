"""The report as one self-contained HTML page, and ``checks.csv``.

The page has inline CSS and its figures embedded as ``data:`` URIs (each also
links to its PNG file beside the page), so it opens offline, from anywhere,
with no CDN. Every text that a submission controls (student ids, failure
and error messages) goes through :func:`~autograder.untrusted.one_line` and
:func:`html.escape`; the CSV's through :func:`~autograder.untrusted.csv_cell`.
"""
from __future__ import annotations

import base64
import csv
import html
import io

from autograder.lateness import describe
from autograder.class_report.analysis import ClassAnalysis, StudentRow
from autograder.class_report.figures import Png
from autograder.untrusted import csv_cell, one_line

_CSS = """
body { font-family: system-ui, -apple-system, "Segoe UI", sans-serif; margin: 2em auto; max-width: 72em;
       color: #222; padding: 0 1em; }
h1 { font-size: 1.6em; } h2 { font-size: 1.25em; margin-top: 2em; border-bottom: 1px solid #ddd; }
table { border-collapse: collapse; margin: 0.5em 0 1em; font-size: 0.9em; }
th, td { border: 1px solid #ddd; padding: 0.25em 0.6em; text-align: left; vertical-align: top; }
th { background: #f3f3f3; } td.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
tr.flagged td { background: #fdecea; } .flag { color: #b3261e; font-weight: bold; }
.muted { color: #666; } code { font-size: 0.95em; } img { max-width: 100%; height: auto; }
.cards { display: flex; flex-wrap: wrap; gap: 1em; } .card { border: 1px solid #ddd; border-radius: 6px;
  padding: 0.6em 1em; min-width: 9em; } .card b { display: block; font-size: 1.4em; }
"""


def _text(value: object, limit: int | None = 300) -> str:
    """Untrusted text for HTML: one line, escapes shown, never obeyed, then HTML-escaped."""
    return html.escape(one_line(value, limit=limit))


def _num(value: float | None, digits: int = 2, suffix: str = "") -> str:
    return "—" if value is None else f"{value:.{digits}f}{suffix}"


def _pct(value: float | None) -> str:
    return "—" if value is None else f"{100 * value:.0f}%"


def _figure(png: Png) -> str:
    data = base64.b64encode(png.data).decode("ascii")
    return (f'<p><a href="{html.escape(png.name)}"><img src="data:image/png;base64,{data}" '
            f'alt="{html.escape(png.alt)}"></a></p>')


def _table(header: list[str], rows: list[str]) -> str:
    head = "".join(f"<th>{h}</th>" for h in header)
    return f"<table><thead><tr>{head}</tr></thead><tbody>{''.join(rows)}</tbody></table>"


def _summary(a: ClassAnalysis, course_name: str) -> str:
    mean = sum(a.totals) / len(a.totals) if a.totals else None
    cards = [("students", str(len(a.students))), ("graded", str(len(a.graded))),
             ("could not be graded", str(len(a.errors))),
             ("mean total", f"{_num(mean)} / {a.max_score:g}"),
             (f"flagged (&lt; {100 * a.flag_below:.0f}% of max)", str(len(a.flagged))),
             ("timed out, crashed or unreadable", str(sum(1 for s in a.graded if s.problems)))]
    cells = "".join(f'<div class="card"><b>{value}</b>{label}</div>' for label, value in cards)
    return f"<h1>Class report: {_text(course_name, 80)}</h1><div class=\"cards\">{cells}</div>"


def _checks(a: ClassAnalysis) -> str:
    rows = []
    for c in sorted(a.checks, key=lambda c: -(c.rate or 0.0)):
        kinds = ", ".join(f"{k} {n}" for k, n in sorted(c.kinds.items()))
        top = (f"{_text(c.top_message)} <span class=\"muted\">({c.top_count} of {c.failed})</span>"
               if c.failed else "")
        rows.append(f"<tr><td><code>{html.escape(c.label)}</code><br><span class=\"muted\">"
                    f"{_text(c.description)}</span></td><td class=\"num\">{c.points:g}</td>"
                    f"<td class=\"num\">{c.failed} / {c.ran}</td><td class=\"num\">{_pct(c.rate)}</td>"
                    f"<td>{top}</td><td>{html.escape(kinds)}</td></tr>")
    return _table(["check", "points", "failed", "rate", "most common failure message", "kinds"], rows)


def _items(a: ClassAnalysis) -> str:
    rows = [f"<tr><td><code>{html.escape(i.exercise)}</code></td><td class=\"num\">{i.max_score:g}</td>"
            f"<td class=\"num\">{i.n}</td><td class=\"num\">{_num(i.mean)}</td>"
            f"<td class=\"num\">{_pct(i.mean_fraction)}</td><td class=\"num\">{_num(i.sd)}</td>"
            f"<td class=\"num\">{_num(i.discrimination)}</td><td class=\"num\">{i.full_marks}</td></tr>"
            for i in a.items]
    return (_table(["exercise", "max", "graded", "mean", "mean %", "sd", "discrimination", "full marks"], rows)
            + "<p class=\"muted\">Discrimination: Pearson correlation of the exercise's score with the total "
              "score over graded submissions (as PrairieLearn reports it); — when every student scored the "
              "same, so there is nothing to correlate. sd is the sample sd.</p>")


def _late_cell(row: StudentRow) -> str:
    # the ``late`` block of grades.json (autograder/lateness.py): days late and the points taken off
    late = row.late or {}
    days = late.get("days_late")
    if isinstance(days, (int, float)) and days > 0:
        text = describe(late)  # the words every page and export uses: "late 1 day: -2.00"
    elif late.get("submitted_at") is None and late.get("warning"):
        text = "no submission time"
    else:
        text = "on time"
    return f"<td>{html.escape(text)}</td>"


def _students(a: ClassAnalysis) -> str:
    exercises = a.exercises
    rows = []
    for s in a.students:
        flag = '<span class="flag">flagged</span>' if s.flagged else ""
        cells = "".join(f"<td class=\"num\">{_num(s.exercises.get(ex))}</td>" for ex in exercises)
        status = "graded" if s.status == "graded" else "<span class=\"flag\">error</span>"
        late = _late_cell(s) if a.lateness else ""
        marked = ' class="flagged"' if s.flagged else ""
        rows.append(f"<tr{marked}><td>{_text(s.student, 80)}</td>"
                    f"<td>{status}</td>{cells}<td class=\"num\">{s.score:.2f} / {s.max_score:g}</td>"
                    f"<td class=\"num\">{_pct(s.fraction)}</td><td class=\"num\">{s.failed_checks}</td>"
                    f"{late}<td>{flag}</td></tr>")
    header = ["student", "status", *[ex.split("_")[0] for ex in exercises], "total", "%", "failed checks",
              *(["late"] if a.lateness else []), ""]
    return (f"<p>Lowest score first. Flagged: below {100 * a.flag_below:.0f}% of the max score "
            f"({a.flag_below * a.max_score:g} of {a.max_score:g}), or not graded.</p>" + _table(header, rows))


def _problems(a: ClassAnalysis) -> str:
    rows = [f"<tr><td>{_text(s.student, 80)}</td><td><code>{_text(p.where, 80)}</code></td>"
            f"<td>{html.escape(p.kind)}</td><td>{_text(p.message)}</td></tr>"
            for s in sorted(a.with_problems, key=lambda s: s.student) for p in s.problems]
    if not rows:
        return "<p>None: every notebook was graded, and no check hit a time limit, the notebook's " \
               "budget, a crash or a grader problem.</p>"
    return ("<p>Notebooks that could not be graded, and checks or cells that timed out, crashed, ran "
            "out of the notebook's budget, sent an answer the grader cannot read (protocol) or could not "
            "be checked. Each student's log "
            "(<code>autograder/logs/&lt;student&gt;.log</code>) says more.</p>"
            + _table(["student", "where", "kind", "message"], rows))


def _times(a: ClassAnalysis) -> str:
    seconds = [s.seconds for s in a.students]
    if not seconds:
        return "<p>No submission.</p>"
    rows = [f"<tr><td>{_text(s.student, 80)}</td><td class=\"num\">{s.seconds:.1f}</td></tr>"
            for s in a.slowest(5)]
    return (f"<p>Median {sorted(seconds)[len(seconds) // 2]:.1f} s, total {sum(seconds):.0f} s over "
            f"{len(seconds)} submission(s). Slowest:</p>" + _table(["student", "seconds"], rows))


def render(analysis: ClassAnalysis, figures: dict[str, Png], course_name: str, generated: str) -> str:
    """The report page.

    Parameters
    ----------
    analysis : ClassAnalysis
        What to show.
    figures : dict of Png
        By role, as :func:`autograder.class_report.figures.all_figures` gives them.
    course_name : str
        Shown in the title (the course folder's name).
    generated : str
        When the report was made, shown under the title.
    """
    a = analysis
    parts = [_summary(a, course_name), f"<p class=\"muted\">Generated {html.escape(generated)} from the stored "
             "results and the TA's formgrader scores.</p>",
             "<h2>Score distributions</h2>", _figure(figures["overall"]), _figure(figures["exercises"]),
             "<h2>Item analysis</h2>", _items(a),
             "<h2>Hidden checks: failure rates</h2>", _checks(a), _figure(figures["checks"]),
             "<h2>Students</h2>", _students(a),
             "<h2>Errors, timeouts and crashes</h2>", _problems(a),
             "<h2>Grading time</h2>", _figure(figures["time"]), _times(a)]
    body = "\n".join(parts)
    return (f"<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
            f"<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
            f"<title>Class report: {_text(course_name, 80)}</title><style>{_CSS}</style></head>"
            f"<body>\n{body}\n</body></html>\n")


def checks_csv(analysis: ClassAnalysis) -> str:
    """``checks.csv``: one row per hidden check; message cells are formula-safe."""
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(["exercise", "check", "points", "ran", "failed", "failure_rate",
                     "most_common_message", "most_common_count", "message_pattern", "kinds", "description"])
    for c in analysis.checks:
        writer.writerow([c.exercise, c.name, c.points, c.ran, c.failed,
                         "" if c.rate is None else round(c.rate, 4),
                         csv_cell(c.top_message), c.top_count, csv_cell(c.top_pattern),
                         ";".join(f"{k}={n}" for k, n in sorted(c.kinds.items())), csv_cell(c.description)])
    return out.getvalue()
