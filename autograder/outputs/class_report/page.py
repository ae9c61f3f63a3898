"""The report as one self-contained HTML page, and ``checks.csv``.

The page has inline CSS and its figures embedded as ``data:`` URIs (each also
links to its PNG file beside the page), so it opens offline, from anywhere,
with no CDN. A small inline script (:mod:`autograder.outputs.class_report.script`)
sorts any table by a click on its header and filters the students; its
content security policy allows no fetch and no outside address. Every text
that a submission controls (student ids, failure and error messages) goes
through :func:`~autograder.common.untrusted.one_line` and :func:`html.escape`; the
CSV's through :func:`~autograder.common.untrusted.csv_cell`.
"""
from __future__ import annotations

import base64
import csv
import html
import io

from autograder.outputs.lateness import describe
from autograder.outputs.class_report.analysis import ClassAnalysis, StudentRow, quartiles
from autograder.outputs.class_report.figures import Png
from autograder.outputs.class_report.links import StudentLinks
from autograder.outputs.class_report.script import SCRIPT
from autograder.common.untrusted import csv_cell, one_line

_CSS = """
body { font-family: system-ui, -apple-system, "Segoe UI", sans-serif; margin: 2em auto; max-width: 72em;
       color: #222; padding: 0 1em; }
h1 { font-size: 1.6em; } h2 { font-size: 1.25em; margin-top: 2em; border-bottom: 1px solid #ddd; }
table { border-collapse: collapse; margin: 0.5em 0 1em; font-size: 0.9em; }
th, td { border: 1px solid #ddd; padding: 0.25em 0.6em; text-align: left; vertical-align: top; }
th { background: #f3f3f3; white-space: nowrap; }
td.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
tr.flagged td { background: #fdecea; } .flag { color: #b3261e; font-weight: bold; }
.muted { color: #666; } code { font-size: 0.95em; } img { max-width: 100%; height: auto; }
.cards { display: flex; flex-wrap: wrap; gap: 1em; } .card { border: 1px solid #ddd; border-radius: 6px;
  padding: 0.6em 1em; min-width: 9em; } .card b { display: block; font-size: 1.4em; }
nav { position: sticky; top: 0; background: #fff; border-bottom: 1px solid #ddd; padding: 0.4em 0; z-index: 2; }
nav a { margin-right: 1em; }
.scroll { max-height: 75vh; overflow: auto; border: 1px solid #ddd; }
.scroll table { margin: 0; width: 100%; } .scroll thead th { position: sticky; top: 0; z-index: 1; }
th.sort { cursor: pointer; user-select: none; } th.sort::after { content: " \\2195"; color: #999; }
th[aria-sort=ascending]::after { content: " \\2191"; color: #222; }
th[aria-sort=descending]::after { content: " \\2193"; color: #222; }
.override { color: #7a4d00; font-weight: bold; } .late { color: #b3261e; }
details summary { cursor: pointer; white-space: nowrap; }
.who { width: 22em; max-height: 12em; overflow: auto; } .who a { white-space: nowrap; }
td.nowrap { white-space: nowrap; }
.filters { margin: 0.5em 0; } .filters input[type=search] { width: 18em; font: inherit; }
tr:target td { background: #fff3b0; } #student-table tr { scroll-margin-top: 2.5em; }
"""
#: no fetch, no outside address: only this page's own inline style and script, and its embedded figures
_CSP = ("default-src 'none'; img-src data:; style-src 'unsafe-inline'; script-src 'unsafe-inline'; "
        "base-uri 'none'; form-action 'none'")


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


def _table(header: list[str], rows: list[str], *, sortable: bool = True, table_id: str = "") -> str:
    """A table; a sortable one sorts by a click on any header (cells' ``data-v`` are their sort keys)."""
    cls = ' class="sort"' if sortable else ""
    head = "".join(f"<th{cls}>{h}</th>" for h in header)
    ident = f' id="{table_id}"' if table_id else ""
    marker = ' class="sortable"' if sortable else ""
    return f"<table{ident}{marker}><thead><tr>{head}</tr></thead><tbody>{''.join(rows)}</tbody></table>"


def _n(value: float | None, digits: int = 2, suffix: str = "") -> str:
    """A numeric cell with its sort key (an empty key sorts last)."""
    key = "" if value is None else f"{value:.6g}"
    return f'<td class="num" data-v="{key}">{_num(value, digits, suffix)}</td>'


def _spread(values: list[float]) -> str:
    q1, median, q3 = quartiles(values)
    return "—" if median is None else f"{median:.2f} ({q1:.2f} – {q3:.2f})"


def _summary(a: ClassAnalysis, course_name: str) -> str:
    mean = sum(a.totals) / len(a.totals) if a.totals else None
    cards = [("students", str(len(a.students))), ("graded", str(len(a.graded))),
             ("could not be graded", str(len(a.errors))),
             ("mean total", f"{_num(mean)} / {a.max_score:g}"),
             ("median total (Q1 – Q3)", _spread(a.totals)),
             (f"flagged (&lt; {100 * a.flag_below:.0f}% of max)", str(len(a.flagged))),
             ("timed out, crashed or unreadable", str(sum(1 for s in a.graded if s.problems))),
             ("scored by a TA", str(sum(1 for s in a.students if s.overridden))),
             ("late penalty", str(sum(1 for s in a.students if s.penalty)))]
    cells = "".join(f'<div class="card"><b>{value}</b>{label}</div>' for label, value in cards)
    return f"<h1>Class report: {_text(course_name, 80)}</h1><div class=\"cards\">{cells}</div>"


def _nav() -> str:
    links = [("items", "Item analysis"), ("checks", "Hidden checks"), ("students", "Students"),
             ("problems", "Errors and timeouts"), ("distributions", "Distributions"), ("times", "Grading time")]
    return "<nav>" + "".join(f'<a href="#{k}">{label}</a>' for k, label in links) + "</nav>"


def _who(students: tuple[str, ...], anchors: dict[str, str]) -> str:
    """The students who failed a check, each a link to their row, folded away."""
    if not students:
        return ""
    # a space between the links: the list wraps inside its box (each id stays on one line)
    names = " ".join(f'<a href="#{anchors[s]}">{_text(s, 60)}</a>' for s in sorted(students) if s in anchors)
    return f'<details><summary>{len(students)} student(s)</summary><div class="who">{names}</div></details>'


def _checks(a: ClassAnalysis, anchors: dict[str, str]) -> str:
    rows = []
    for c in sorted(a.checks, key=lambda c: -(c.rate or 0.0)):
        kinds = ", ".join(f"{k} {n}" for k, n in sorted(c.kinds.items()))
        top = (f"{_text(c.top_message)} <span class=\"muted\">({c.top_count} of {c.failed})</span>"
               if c.failed else "")
        percent = None if c.rate is None else 100 * c.rate
        rows.append(f"<tr><td data-v=\"{html.escape(c.label)}\"><code>{html.escape(c.label)}</code><br>"
                    f"<span class=\"muted\">{_text(c.description)}</span></td>{_n(c.points, 2)}"
                    f"<td class=\"num\" data-v=\"{c.failed}\">{c.failed} / {c.ran}</td>{_n(percent, 0, '%')}"
                    f"<td>{_who(c.failed_students, anchors)}</td><td>{top}</td><td>{html.escape(kinds)}</td></tr>")
    return ("<p>Most failed first; click a header to sort. Each check lists the students who failed it "
            "(a link goes to the student's row).</p>"
            + _table(["check", "points", "failed", "rate", "who failed", "most common failure message", "kinds"],
                     rows, table_id="check-table"))


def _items(a: ClassAnalysis) -> str:
    rows = [f"<tr><td><code>{html.escape(i.exercise)}</code></td>{_n(i.max_score, 0)}"
            f"{_n(i.n, 0)}{_n(i.mean)}{_n(i.median)}{_n(i.q1)}{_n(i.q3)}"
            f"{_n(i.mean_fraction and 100 * i.mean_fraction, 0, '%')}{_n(i.sd)}"
            f"{_n(i.discrimination)}{_n(i.full_marks, 0)}</tr>"
            for i in a.items]
    return (_table(["exercise", "max", "graded", "mean", "median", "Q1", "Q3", "mean %", "sd", "discrimination",
                    "full marks"], rows)
            + "<p class=\"muted\">Over graded submissions, on final scores (a TA's score counts, before any "
              "late penalty). Q1 and Q3 are the quartiles (numpy's linear interpolation). Discrimination: "
              "Pearson correlation of the exercise's score with the total "
              "score over graded submissions (as PrairieLearn reports it); — when every student scored the "
              "same, so there is nothing to correlate. sd is the sample sd.</p>")


def _late_cell(row: StudentRow) -> str:
    # the ``late`` block of grades.json (autograder/outputs/lateness.py): days late and the points taken off
    late = row.late or {}
    days = late.get("days_late")
    if isinstance(days, (int, float)) and days > 0:
        text = describe(late)  # the words every page and export uses: "late 1 day: -2.00"
    elif late.get("submitted_at") is None and late.get("warning"):
        text = "no submission time"
    else:
        text = "on time"
    return f'<td class="nowrap">{html.escape(text)}</td>'


def _exercise_cell(row: StudentRow, exercise: str) -> str:
    score = row.exercises.get(exercise)
    if exercise not in row.overridden:
        return _n(score)
    auto = row.overridden[exercise]
    return (f'<td class="num override" data-v="{score:.6g}" title="scored by a TA in formgrader; the checks '
            f'gave {auto:g}">{_num(score)}*</td>')


def _total_cell(row: StudentRow) -> str:
    late = (f' <span class="late" title="after the late penalty">(late −{row.penalty:.2f})</span>'
            if row.penalty else "")
    return f'<td class="num" data-v="{row.score:.6g}">{row.score:.2f} / {row.max_score:g}{late}</td>'


def _links_cell(links: StudentLinks | None) -> str:
    if links is None:
        return '<td class="nowrap"></td>'
    page = (f'<a href="{html.escape(links.feedback)}">feedback</a>' if links.feedback
            else '<span class="muted" title="run `autograder feedback COURSE`">no page yet</span>')
    log = f' <a href="{html.escape(links.log)}">log</a>' if links.log else ""
    return f'<td class="nowrap">{page}{log}</td>'


def _students(a: ClassAnalysis, anchors: dict[str, str], links: dict[str, StudentLinks]) -> str:
    exercises = a.exercises
    rows = []
    for s in a.students:
        flag = '<span class="flag">flagged</span>' if s.flagged else ""
        cells = "".join(_exercise_cell(s, ex) for ex in exercises)
        status = "graded" if s.status == "graded" else "<span class=\"flag\">error</span>"
        late = _late_cell(s) if a.lateness else ""
        marks = " ".join(m for m in ("flagged" if s.flagged else "", "ta" if s.overridden else "",
                                      "late" if s.penalty else "", "error" if s.status != "graded" else "") if m)
        marked = ' class="flagged"' if s.flagged else ""
        rows.append(f'<tr{marked} id="{anchors[s.student]}" data-id="{html.escape(s.student.lower())}" '
                    f'data-marks="{marks}"><td data-v="{html.escape(s.student)}">{_text(s.student, 80)}</td>'
                    f"{_links_cell(links.get(s.student))}<td>{status}</td>{cells}{_total_cell(s)}"
                    f"{_n(s.fraction * 100, 0, '%')}{_n(s.failed_checks, 0)}{late}<td>{flag}</td></tr>")
    header = ["student", "pages", "status", *[ex.split("_")[0] for ex in exercises], "total", "%", "failed checks",
              *(["late"] if a.lateness else []), "flag"]
    filters = ('<div class="filters"><input type="search" id="student-filter" placeholder="filter by student id" '
               'aria-label="filter by student id"> <label><input type="checkbox" data-mark="flagged"> flagged</label> '
               '<label><input type="checkbox" data-mark="ta"> scored by a TA</label> '
               '<label><input type="checkbox" data-mark="late"> late penalty</label> '
               '<label><input type="checkbox" data-mark="error"> not graded</label> '
               '<span id="student-count" class="muted"></span></div>')
    return (f"<p>Lowest score first; click a header to sort. Flagged: below {100 * a.flag_below:.0f}% of the max "
            f"score ({a.flag_below * a.max_score:g} of {a.max_score:g}), or not graded. "
            "<span class=\"override\">*</span> a TA's formgrader score (hover for the checks' score); "
            "<span class=\"late\">late −x</span> points the late penalty took off the total. "
            "<em>feedback</em> opens the student's page (as <code>autograder feedback</code> wrote it), "
            "<em>log</em> their grading log.</p>"
            + filters + '<div class="scroll">' + _table(header, rows, table_id="student-table") + "</div>")


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


def student_anchors(analysis: ClassAnalysis) -> dict[str, str]:
    """Each student's row id: ``s-<n>`` by position, since ids may hold any character."""
    return {s.student: f"s-{i}" for i, s in enumerate(analysis.students)}


def render(analysis: ClassAnalysis, figures: dict[str, Png], course_name: str, generated: str,
           links: dict[str, StudentLinks] | None = None) -> str:
    """The report page.

    Parameters
    ----------
    analysis : ClassAnalysis
        What to show.
    figures : dict of Png
        By role, as :func:`autograder.outputs.class_report.figures.all_figures` gives them.
    course_name : str
        Shown in the title (the course folder's name).
    generated : str
        When the report was made, shown under the title.
    links : dict of StudentLinks, optional
        Each student's feedback page and log, relative to the page
        (:func:`autograder.outputs.class_report.links.student_links`); none when not given.
    """
    a = analysis
    anchors = student_anchors(a)
    parts = [_summary(a, course_name), f"<p class=\"muted\">Generated {html.escape(generated)} from the stored "
             "results and the TA's formgrader scores.</p>", _nav(),
             "<h2 id=\"items\">Item analysis</h2>", _items(a),
             "<h2 id=\"checks\">Hidden checks: failure rates</h2>", _checks(a, anchors),
             "<h2 id=\"students\">Students</h2>", _students(a, anchors, links or {}),
             "<h2 id=\"problems\">Errors, timeouts and crashes</h2>", _problems(a),
             "<h2 id=\"distributions\">Score distributions and failure rates</h2>", _figure(figures["overall"]),
             _figure(figures["exercises"]), _figure(figures["checks"]),
             "<h2 id=\"times\">Grading time</h2>", _figure(figures["time"]), _times(a)]
    body = "\n".join(parts)
    return (f"<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
            f"<meta http-equiv=\"Content-Security-Policy\" content=\"{_CSP}\">"
            f"<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
            f"<title>Class report: {_text(course_name, 80)}</title><style>{_CSS}</style></head>"
            f"<body>\n{body}\n<script>{SCRIPT}</script>\n</body></html>\n")


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


def render_course_index(course_name: str, rows: list[dict], generated: str) -> str:
    """``COURSE/reports/index.html``: one row per assignment with a report, linking to it.

    Parameters
    ----------
    course_name : str
        Shown in the title (the course folder's name).
    rows : list of dict
        Per assignment: ``name``, ``title``, ``students``, ``graded``, ``errors``, ``mean`` (of the
        graded's final scores, or None), ``max_score`` and ``flagged`` (below half the max score, or
        not graded), from its grades file.
    generated : str
        When, as the page says it.
    """
    body = []
    for row in rows:
        mean = "—" if row["mean"] is None else f"{row['mean']:.2f}"
        body.append(f'<tr><td><a href="{html.escape(row["name"])}/index.html">{_text(row["title"])}</a> '
                    f'<span class="muted"><code>{_text(row["name"])}</code></span></td>'
                    f'<td class="num">{row["students"]}</td><td class="num">{row["graded"]}</td>'
                    f'<td class="num">{row["errors"]}</td><td class="num">{mean} / {row["max_score"]:g}</td>'
                    f'<td class="num">{row["flagged"]}</td></tr>')
    table = ("<table><thead><tr><th>assignment</th><th>students</th><th>graded</th><th>could not be graded</th>"
             "<th>mean total</th><th>flagged (&lt; 50% of max, or not graded)</th></tr></thead><tbody>"
             + "".join(body) + "</tbody></table>") if body else "<p>No assignment is graded yet.</p>"
    title = f"Class reports: {_text(course_name)}"
    return ("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
            f"<meta http-equiv=\"Content-Security-Policy\" content=\"{_CSP}\">"
            "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
            f"<title>{title}</title><style>{_CSS}</style></head><body><h1>{title}</h1>"
            f"<p class=\"muted\">Each assignment's report, from its grades file. Generated {_text(generated)}.</p>"
            f"{table}</body></html>\n")
