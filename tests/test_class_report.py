"""The class report: analysis on fabricated results, then the files of a real graded course."""
from __future__ import annotations

import base64
import csv
import html
import io
import json
import re
import shutil
import subprocess
import sys
from pathlib import Path
from typing import NamedTuple

import numpy as np
import pytest

from genomics import ASSIGNMENT, EXERCISES, GRADES_JSON
from autograder.grading.checking import CheckResult
from autograder.outputs.class_report import summary
from autograder.outputs.class_report.analysis import analyse, mask_numbers, pearson
from autograder.outputs.class_report.figures import all_figures
from autograder.outputs.class_report.page import checks_csv, render
from autograder.grading.submission import SubmissionResult
from autograder.grading.session import CellOutcome

from small_class import SECOND, copy_of
from report_class import LATE_DAYS, NOT_GRADED, POLICY, TA_SCORES, student_id

PNG_MAGIC = b"\x89PNG\r\n\x1a\n"
EX1, EX2 = EXERCISES[0], EXERCISES[1]


def result(student: str, scores: dict[str, float], failed: dict[str, str] | None = None, *,
           kinds: dict[str, str] | None = None, status: str = "graded", error: str | None = None,
           seconds: float = 1.0, cells: list[CellOutcome] | None = None) -> SubmissionResult:
    """A stored result: ``scores`` per exercise (max 5 each), one check per exercise, ``failed`` by check name."""
    failed, kinds = failed or {}, kinds or {}
    checks = [CheckResult(ex, f"{ex}_check", f"what {ex} must do", 1.0, ex not in failed,
                          failed.get(ex, ""), 0.1, kinds.get(ex, "")) for ex in scores]
    exercises = {ex: {"score": s, "max_score": 5.0} for ex, s in scores.items()} if status == "graded" else {}
    return SubmissionResult(student, status, error, exercises, 5.0 * len(EXERCISES),
                            checks=checks if status == "graded" else [], cells=cells or [], seconds=seconds)


def full(**scores: float) -> dict[str, float]:
    return {ex: scores.get(ex.split("_")[0], 5.0) for ex in EXERCISES}


# ------------------------------------------------------------------ analysis
def test_discrimination_is_numpys_pearson_correlation_with_the_total():
    rng = np.random.default_rng(3)
    results = [result(f"s{i}", {ex: float(rng.integers(0, 6)) for ex in EXERCISES}) for i in range(12)]
    analysis = analyse(results, exercises=EXERCISES)
    rows = sorted(results, key=lambda r: r.student)
    totals = [r.score for r in rows]
    for item in analysis.items:
        column = [r.exercises[item.exercise]["score"] for r in rows]
        assert item.discrimination == pytest.approx(np.corrcoef(column, totals)[0, 1], abs=1e-12)
        assert item.mean == pytest.approx(np.mean(column))
        assert item.sd == pytest.approx(np.std(column, ddof=1))


def test_everyone_with_the_same_score_has_undefined_discrimination_not_nan():
    analysis = analyse([result(f"s{i}", full(ex1=3.0)) for i in range(4)], exercises=EXERCISES)
    assert [i.discrimination for i in analysis.items] == [None] * len(EXERCISES)
    assert [i.sd for i in analysis.items] == [0.0] * len(EXERCISES)
    assert analysis.items[0].mean == 3.0 and analysis.items[0].full_marks == 0


def test_pearson_is_undefined_for_fewer_than_two_pairs():
    assert pearson([1.0], [2.0]) is None and pearson([], []) is None


def test_failure_rate_counts_only_graded_submissions_that_ran_the_check():
    results = [result("a", full(ex1=0.0), {EX1: "wrong"}), result("b", full()), result("c", full()),
               result("d", full(ex1=2.0), {EX1: "wrong"}), result("broken", {}, status="error", error="bad JSON")]
    ex1 = next(c for c in analyse(results, exercises=EXERCISES).checks if c.exercise == EX1)
    assert (ex1.failed, ex1.ran, ex1.rate) == (2, 4, 0.5)


def test_failure_messages_are_grouped_after_masking_numbers():
    messages = ["deviance has 7 entries; expected 6", "deviance has 9 entries; expected 8", "beta is None"]
    results = [result(f"s{i}", full(ex1=0.0), {EX1: m}) for i, m in enumerate(messages)]
    ex1 = next(c for c in analyse(results, exercises=EXERCISES).checks if c.exercise == EX1)
    assert ex1.top_count == 2
    assert ex1.top_pattern == "deviance has # entries; expected #"
    assert ex1.top_message == "deviance has 7 entries; expected 6"


def test_mask_numbers_keeps_names_that_contain_digits():
    assert mask_numbers("ex1 beta[2] = -1.5e-3, tol=1e-8 float64 nan") == "ex1 beta[#] = #, tol=# float64 #"


def test_students_below_the_fraction_are_flagged_and_at_it_are_not():
    results = [result("low", full(ex1=0, ex2=0, ex3=0, ex4=4.99)), result("edge", full(ex1=0, ex2=0)),
               result("top", full()), result("broken", {}, status="error", error="not a notebook")]
    analysis = analyse(results, flag_below=0.5, exercises=EXERCISES)
    assert [s.student for s in analysis.flagged] == ["broken", "low"]
    assert [s.student for s in analysis.students] == ["broken", "low", "edge", "top"]
    assert [s.student for s in analyse(results, flag_below=0.0, exercises=EXERCISES).flagged] == ["broken"]


def test_flag_below_outside_zero_to_one_is_refused():
    with pytest.raises(ValueError, match="flag_below"):
        analyse([], flag_below=1.5, exercises=EXERCISES)


def test_errors_timeouts_and_crashes_are_listed_per_student_but_wrong_answers_are_not():
    results = [result("slow", full(ex1=0), {EX1: "no answer within 6 s"}, kinds={EX1: "timeout"},
                      cells=[CellOutcome("ex1 solution", "student", "crash", 0.3, "kernel died")]),
               result("wrong", full(ex1=0), {EX1: "beta is None"}),
               result("broken", {}, status="error", error="notebook is not valid JSON")]
    problems = {s.student: [(p.kind, p.message) for p in s.problems]
                for s in analyse(results, exercises=EXERCISES).students}
    assert problems["slow"] == [("timeout", "no answer within 6 s"), ("crash", "kernel died")]
    assert problems["wrong"] == []
    assert problems["broken"] == [("error", "notebook is not valid JSON")]


def test_a_late_penalty_lowers_the_score_and_can_flag():
    late = {"a": {"days_late": 2, "penalty": 6.0, "submitted_at": "2026-01-03T00:00:00+00:00"}}
    analysis = analyse([result("a", full(ex1=0, ex2=2)), result("b", full(ex1=0, ex2=2))], late=late,
                       exercises=EXERCISES)
    scores = {s.student: (s.score, s.flagged) for s in analysis.students}
    assert scores == {"a": (6.0, True), "b": (12.0, False)}
    assert analysis.lateness
    # worded as the student's page and the exports word it
    assert "late 2 days: -6.00" in render(analysis, all_figures(analysis), "late", "now")


def test_an_empty_class_renders_a_report_with_no_rows():
    analysis = analyse([], exercises=EXERCISES)
    assert (analysis.students, analysis.checks, analysis.totals, analysis.most_failed()) == ([], [], [], [])
    page = render(analysis, all_figures(analysis), "empty", "now")
    assert "Class report" in page and "No submission." in page
    assert checks_csv(analysis).count("\n") == 1
    assert "0 student(s), 0 graded" in summary(analysis, None)


def test_page_escapes_student_ids_and_messages():
    results = [result("<script>alert(1)</script>", full(ex1=0), {EX1: "<img src=x onerror=alert(2)>"},
                      kinds={EX1: "crash"})]
    analysis = analyse(results, exercises=EXERCISES)
    page = render(analysis, all_figures(analysis), "c", "now")
    assert "<script>alert" not in page and "<img src=x" not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page


def test_checks_csv_message_cells_cannot_run_as_formulas():
    analysis = analyse([result("a", full(ex1=0), {EX1: "=HYPERLINK(\"http://x\")"})], exercises=EXERCISES)
    rows = list(csv.DictReader(io.StringIO(checks_csv(analysis))))
    ex1 = next(r for r in rows if r["exercise"] == EX1)
    assert ex1["most_common_message"].startswith("'=") and ex1["message_pattern"].startswith("'=")


# ------------------------------------------------------------------ a real graded course
@pytest.fixture(scope="module")
def course(small_class, tmp_path_factory):
    """A copy of the suite's small graded class (``tests/small_class.py``; `report` writes into it), and
    what its one `grade` run printed."""
    # what it printed for this assignment (the course's second assignment follows, with its own section)
    section = small_class.grade_output.split(f"== {SECOND}")[0]
    assert section.startswith(f"== {ASSIGNMENT}")
    return copy_of(small_class, tmp_path_factory.mktemp("report") / "course").course, section


def final_scores(course) -> dict[str, tuple[float, float]]:
    """Student -> (final score, max score), from the assignment's grades.json."""
    students = json.loads((course.root / GRADES_JSON).read_text())["students"]
    return {s: (e["score"], e["max_score"]) for s, e in students.items()}


def flagged_below(course, fraction: float) -> list[str]:
    """The students whose final score is below ``fraction`` of the max, lowest first (ties by id)."""
    scores = final_scores(course)
    return sorted((s for s, (score, top) in scores.items() if score < fraction * top),
                  key=lambda s: (scores[s][0] / scores[s][1], scores[s][0], s))


def test_a_copied_course_grades_with_its_stored_calibration(course):
    _, stdout = course
    assert "calibration: reused the instructor's run of" in stdout and "calibrating" not in stdout


def test_a_copied_course_grades_with_the_reference_values_its_calibration_stored(course):
    _, stdout = course
    kept = re.search(r"^reference values: (\d+) reused, (\d+) computed$", stdout, re.MULTILINE)
    # the course-wide values (exercise 3's trainings) are all in what calibration stored: none is
    # computed again; values drawn per submission are never stored, so they count in neither
    assert kept and int(kept.group(1)) >= 10 and int(kept.group(2)) == 0, stdout[-2000:]


def test_grade_prints_the_class_summary_with_the_report_path(course):
    course, stdout = course
    tail = stdout[stdout.index("class summary:"):]
    flagged = flagged_below(course, 0.5)
    assert "mean per exercise: ex1" in tail
    assert "release" in flagged and "ada" not in flagged
    assert f"flagged (below 50% of 20, or not graded): {len(flagged)} ({', '.join(flagged)})" in tail
    # the graded course's own report (this copy's is in the same place under the copy)
    printed = Path(re.search(r"report: (.+)$", tail, re.MULTILINE).group(1))
    assert printed.parts[-3:] == ("reports", ASSIGNMENT, "index.html") and printed.is_file()


def test_report_page_is_offline_and_its_pngs_are_valid(course):
    course, _ = course
    page = (course.root / "reports" / ASSIGNMENT / "index.html").read_text()
    assert not re.search(r"https?://", page)
    embedded = re.findall(r'src="data:image/png;base64,([A-Za-z0-9+/=]+)"', page)
    linked = re.findall(r'href="([^"]+\.png)"', page)
    assert len(embedded) == len(linked) == 4
    for data, name in zip(embedded, linked, strict=True):
        on_disk = (course.root / "reports" / ASSIGNMENT / name).read_bytes()
        assert on_disk.startswith(PNG_MAGIC) and base64.b64decode(data) == on_disk


def test_the_courses_report_index_links_the_assignments_report(course):
    course, _ = course
    index = (course.root / "reports" / "index.html").read_text()
    assert not re.search(r"https?://", index)
    assert re.findall(r'href="([^"]+)"', index) == [f"{ASSIGNMENT}/index.html", f"{SECOND}/index.html"]
    assert "Genomics Applications" in index


def test_report_page_lists_the_flagged_students(course):
    course, _ = course
    page = (course.root / "reports" / ASSIGNMENT / "index.html").read_text()
    flagged_rows = re.findall(r'<tr class="flagged"[^>]*><td[^>]*>([^<]*)</td>', page)
    assert flagged_rows == [html.escape(s) for s in flagged_below(course, 0.5)]


def test_checks_csv_has_one_formula_safe_row_per_check(course):
    course, _ = course
    from genomics import load_checks

    rows = list(csv.DictReader(io.StringIO((course.root / "reports" / ASSIGNMENT / "checks.csv").read_text())))
    assert sorted((r["exercise"], r["check"]) for r in rows) == sorted((c.exercise, c.name) for c in load_checks())
    assert all(not r["most_common_message"].startswith(("=", "+", "-", "@")) for r in rows)
    # each check's count is the number of stored results that ran it and failed it
    stored = [json.loads(p.read_text()) for p in (course.state / "results").glob("*.json")]
    failed = {(r["exercise"], r["check"]): int(r["failed"]) for r in rows}
    counted = {key: sum(1 for result in stored for c in result["checks"]
                        if (c["exercise"], c["name"]) == key and not c["passed"]) for key in failed}
    assert failed == counted
    assert any(n >= 3 for (exercise, _), n in failed.items() if exercise == EX1)  # the class's ex1 mistakes


def test_report_command_takes_a_flag_threshold(course):
    course, _ = course
    proc = subprocess.run([sys.executable, "-m", "autograder", "report", str(course.root), "--flag-below", "1"],
                          capture_output=True, text=True, timeout=300)
    assert proc.returncode == 0, proc.stderr
    page = (course.root / "reports" / ASSIGNMENT / "index.html").read_text()
    assert re.findall(r'<tr class="flagged"[^>]*><td[^>]*>([^<]*)</td>', page) == \
        [html.escape(s) for s in flagged_below(course, 1.0)]


# ------------------------------------------------- a class of 300 from stored results, in Chromium
def test_each_check_lists_the_students_who_failed_it():
    results = [result("ann", full(ex1=0.0), {EX1: "wrong"}), result("bob", full()),
               result("cy", full(ex1=0.0), {EX1: "wrong"})]
    by_label = {c.label: c for c in analyse(results, exercises=EXERCISES).checks}
    assert by_label[f"{EX1}/{EX1}_check"].failed_students == ("ann", "cy")
    assert by_label[f"{EX2}/{EX2}_check"].failed_students == ()


def test_item_analysis_gives_median_and_quartiles():
    results = [result(f"s{i}", full(ex1=float(i))) for i in range(5)]
    item = analyse(results, exercises=EXERCISES).items[0]
    assert (item.q1, item.median, item.q3) == (1.0, 2.0, 3.0)


@pytest.fixture(scope="module")
def big_class(new_fresh_course):
    """300 students' stored results in a course, then `autograder feedback` and the report, as a TA runs them."""
    from autograder.outputs.class_report import write_report
    from autograder.outputs.feedback.course_pages import write_course_feedback

    from report_class import make_class

    course = new_fresh_course("class-of-300")
    students = make_class(course, 300, variety=True)  # a few not graded, late, scored by a TA
    write_course_feedback(course, log=lambda *a: None)
    return course, students, write_report(course, log=lambda *a: None)


def test_report_rows_of_a_class_of_300_link_to_each_students_feedback_page_and_log(big_class, browser):
    course, students, report = big_class
    page = browser.new_page()
    page.goto(report.as_uri())
    rows = page.locator("#student-table tbody tr")
    assert rows.count() == 300
    targets = page.eval_on_selector_all("#student-table a", "links => links.map(a => [a.textContent, a.href])")
    assert sorted(text for text, _ in targets) == ["feedback"] * 300 + ["log"] * 300
    from urllib.parse import unquote, urlparse

    assert all(Path(unquote(urlparse(href).path)).is_file() for _, href in targets)
    # and one, an id with characters that must be encoded, opens that student's page in the browser
    odd = next(s for s in students if "#" in s)
    page.locator(f"#student-table tr[data-id='{odd.lower()}'] a", has_text="feedback").click()
    assert "Exercise 1: IRLS for logistic regression" in page.inner_text("body")
    page.close()


def test_report_marks_a_tas_score_and_the_late_penalty_in_the_students_row():
    from autograder.course.gradebook import CellGrade, Override

    overrides = {"a": {EX1: Override((CellGrade(f"{EX1}_tests", 5.0, 4.0, 0.0),))}}
    late = {"a": {"days_late": 1, "penalty": 2.0, "submitted_at": "2026-01-02T00:00:00+00:00"}}
    analysis = analyse([result("a", full(ex1=0)), result("b", full())], overrides, late=late, exercises=EXERCISES)
    row = re.search(r'<tr[^>]*data-id="a".*?</tr>', render(analysis, all_figures(analysis), "c", "now")).group(0)
    assert 'title="scored by a TA in formgrader; the checks gave 0">4.00*</td>' in row
    assert "17.00 / 20" in row and "(late −2.00)" in row
    assert 'data-marks="ta late"' in row


# ------------------------------------- the report's sortable tables and students filter, in Chromium
SHOTS = Path("/tmp/report-shots")  # a copy of the screenshots below, to look at
FLAG_BELOW = 0.5  # the report's default


class Expected(NamedTuple):
    """What the big class's report must show, from its stored results, the TA's scores and the deadline."""

    totals: dict[str, float]  # final total: a TA's score in place of the checks', less the late penalty
    marks: dict[str, set[str]]  # the students each filter check box must show, by its ``data-mark``
    failed: dict[str, set[str]]  # by check label (exercise/check): the graded students who failed it


@pytest.fixture(scope="module")
def expected(big_class) -> Expected:
    course, students, _ = big_class
    ta = {student_id(i): score for i, score in TA_SCORES.items()}
    days = {student_id(i): d for i, d in LATE_DAYS.items()}
    totals, penalised, failed = {}, set(), {}
    stored = {s: json.loads(course.result_file(s).read_text()) for s in students}
    for student, data in stored.items():
        scores = {ex: e["score"] for ex, e in data["exercises"].items()}
        if student in ta:
            exercise, score = ta[student]
            scores[exercise] = score
        before = sum(scores.values())
        penalty = min(before, data["max_score"] * POLICY.percent_per_day / 100 * days.get(student, 0))
        totals[student] = round(before - penalty, 6)  # to grades.json's precision: no float noise
        if penalty > 0:
            penalised.add(student)
        for check in data["checks"] if data["status"] == "graded" else []:
            failed.setdefault(f"{check['exercise']}/{check['name']}", set())
            if not check["passed"]:
                failed[f"{check['exercise']}/{check['name']}"].add(student)
    errors = {student_id(i) for i in NOT_GRADED}
    assert {s for s, d in stored.items() if d["status"] != "graded"} == errors
    flagged = errors | {s for s, total in totals.items() if total < FLAG_BELOW * stored[s]["max_score"]}
    marks = {"flagged": flagged, "ta": set(ta), "late": penalised, "error": errors}
    assert all(marks.values()) and len(penalised) >= 3, marks  # every check box has students to show
    return Expected(totals, marks, failed)


@pytest.fixture(scope="module")
def shots():
    """Where every test below copies its screenshots: emptied once per run of this module."""
    shutil.rmtree(SHOTS, ignore_errors=True)
    SHOTS.mkdir(parents=True)
    return SHOTS


def open_report(browser, report: Path):
    """The report in a fresh tab, at the size of a laptop's window; and the list its script's errors go to."""
    page = browser.new_page(viewport={"width": 1280, "height": 900})
    errors: list[str] = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    page.goto(report.as_uri())
    return page, errors


def shot(page, folder: Path, name: str, element=None) -> Path:
    """A screenshot of the window (or of ``element``) in the test's folder, copied to :data:`SHOTS`."""
    path = folder / f"{name}.png"
    # an element's shot: the sticky navigation bar stays at the page's top, not over the element
    (element or page).screenshot(path=str(path), style="nav { position: static; }" if element else None)
    shutil.copy(path, SHOTS / path.name)
    return path


def header(page, table: str, name: str):
    heads = page.eval_on_selector_all(f"#{table} thead th", "hs => hs.map(h => h.textContent)")
    return page.locator(f"#{table} thead th").nth(heads.index(name))


def click_header(page, table: str, name: str) -> None:
    header(page, table, name).click()


def scroll_to(page, selector: str) -> None:
    """The element at the top of the window (under the sticky navigation bar)."""
    page.locator(selector).evaluate("e => window.scrollTo(0, e.getBoundingClientRect().top + window.scrollY - 40)")


def column(page, table: str, name: str) -> list[tuple[str, str, str]]:
    """``(first cell's sort key, the column's sort key, its text)`` of each shown row, in the page's order."""
    return page.eval_on_selector_all(f"#{table} tbody tr", """(rows, name) => {
        const i = Array.from(rows[0].closest("table").tHead.rows[0].cells).findIndex(h => h.textContent === name);
        return rows.filter(r => r.getClientRects().length > 0)
                   .map(r => [r.cells[0].dataset.v, r.cells[i].dataset.v, r.cells[i].textContent]); }""", name)


def shown_students(page) -> set[str]:
    return {student for student, _, _ in column(page, "student-table", "student")}


def ascending(values: list[float]) -> bool:
    return all(a <= b for a, b in zip(values, values[1:], strict=False))


def test_clicking_total_sorts_the_students_by_their_final_total_and_a_second_click_reverses(
        big_class, expected, browser, shots, tmp_path):
    _, students, report = big_class
    page, errors = open_report(browser, report)
    click_header(page, "student-table", "student")  # by id first: the page opens lowest total first
    by_id = [expected.totals[s] for s, _, _ in column(page, "student-table", "total")]
    assert len(by_id) == 300 and not ascending(by_id)
    click_header(page, "student-table", "total")
    rows = column(page, "student-table", "total")
    assert sorted(s for s, _, _ in rows) == sorted(students)
    # the totals the stored results, the TA's scores and the late penalty give, shown as the page shows them
    assert [text.split(" (late")[0] for _, _, text in rows] == [f"{expected.totals[s]:.2f} / 20" for s, _, _ in rows]
    assert ascending([expected.totals[s] for s, _, _ in rows])
    click_header(page, "student-table", "total")
    again = column(page, "student-table", "total")
    assert sorted(again) == sorted(rows)
    assert ascending([expected.totals[s] for s, _, _ in reversed(again)])
    assert header(page, "student-table", "total").get_attribute("aria-sort") == "descending"
    scroll_to(page, "#students")
    shot(page, tmp_path, "students-sorted-by-total")
    assert errors == []
    page.close()


def test_typing_part_of_an_id_shows_exactly_the_students_whose_id_holds_it_in_any_case(
        big_class, browser, shots, tmp_path):
    _, students, report = big_class
    page, errors = open_report(browser, report)
    click_header(page, "student-table", "total")
    click_header(page, "student-table", "total")  # highest total first, as a TA looks at it
    for typed in ("S2", "7#%", "  s00 ", "nobody"):
        page.fill("#student-filter", typed)
        want = {s for s in students if typed.strip().lower() in s.lower()}
        assert shown_students(page) == want, typed
        assert page.inner_text("#student-count") == f"{len(want)} of 300 shown"
        if typed == "7#%":
            scroll_to(page, "#students")
            shot(page, tmp_path, "students-sorted-and-filtered")
    assert errors == []
    page.close()


@pytest.mark.parametrize("mark", ["flagged", "ta", "late", "error"])
def test_each_check_box_of_the_students_filter_shows_exactly_the_students_it_names(
        big_class, expected, browser, shots, tmp_path, mark):
    _, _, report = big_class
    page, errors = open_report(browser, report)
    page.check(f".filters input[data-mark='{mark}']")
    assert shown_students(page) == expected.marks[mark]
    assert page.inner_text("#student-count") == f"{len(expected.marks[mark])} of 300 shown"
    scroll_to(page, "#students")
    shot(page, tmp_path, f"students-checked-{mark}")
    page.uncheck(f".filters input[data-mark='{mark}']")
    assert len(shown_students(page)) == 300 and page.inner_text("#student-count") == "300 of 300 shown"
    assert errors == []
    page.close()


def test_clicking_failed_sorts_the_hidden_checks_by_how_many_students_failed_each(
        big_class, expected, browser, shots, tmp_path):
    _, _, report = big_class
    page, errors = open_report(browser, report)
    shot(page, tmp_path, "report-top")
    failed = {label: len(who) for label, who in expected.failed.items()}
    ran = 300 - len(NOT_GRADED)
    click_header(page, "check-table", "failed")
    rows = column(page, "check-table", "failed")
    assert sorted(label for label, _, _ in rows) == sorted(failed)
    assert [(int(key), text) for _, key, text in rows] == [(failed[c], f"{failed[c]} / {ran}") for c, _, _ in rows]
    assert ascending([failed[c] for c, _, _ in rows]) and failed[rows[0][0]] < failed[rows[-1][0]]
    click_header(page, "check-table", "failed")
    again = column(page, "check-table", "failed")
    assert ascending([failed[c] for c, _, _ in reversed(again)]) and sorted(again) == sorted(rows)
    # the most failed check's list of students, open, for the screenshot
    page.locator("#check-table tbody tr").first.locator("summary").click()
    shot(page, tmp_path, "checks-most-failed-open", page.locator("#check-table"))
    assert errors == []
    page.close()
