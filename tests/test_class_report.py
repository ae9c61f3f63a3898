"""The class report: analysis on fabricated results, then the files of a real graded course."""
from __future__ import annotations

import base64
import csv
import io
import re
import subprocess
import sys
from pathlib import Path

import nbformat
import numpy as np
import pytest

from autograder.assignment import CORPUS, EXERCISES, instructor_solution
from autograder.checking import CheckResult
from autograder.class_report import summary
from autograder.class_report.analysis import analyse, mask_numbers, pearson
from autograder.class_report.figures import all_figures
from autograder.class_report.page import checks_csv, render
from autograder.demo import notebook_with, submit
from autograder.grading import SubmissionResult
from autograder.session import CellOutcome

from courses import GRADE_OPTIONS

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
    analysis = analyse(results)
    rows = sorted(results, key=lambda r: r.student)
    totals = [r.score for r in rows]
    for item in analysis.items:
        column = [r.exercises[item.exercise]["score"] for r in rows]
        assert item.discrimination == pytest.approx(np.corrcoef(column, totals)[0, 1], abs=1e-12)
        assert item.mean == pytest.approx(np.mean(column))
        assert item.sd == pytest.approx(np.std(column, ddof=1))


def test_everyone_with_the_same_score_has_undefined_discrimination_not_nan():
    analysis = analyse([result(f"s{i}", full(ex1=3.0)) for i in range(4)])
    assert [i.discrimination for i in analysis.items] == [None] * len(EXERCISES)
    assert [i.sd for i in analysis.items] == [0.0] * len(EXERCISES)
    assert analysis.items[0].mean == 3.0 and analysis.items[0].full_marks == 0


def test_pearson_is_undefined_for_fewer_than_two_pairs():
    assert pearson([1.0], [2.0]) is None and pearson([], []) is None


def test_failure_rate_counts_only_graded_submissions_that_ran_the_check():
    results = [result("a", full(ex1=0.0), {EX1: "wrong"}), result("b", full()), result("c", full()),
               result("d", full(ex1=2.0), {EX1: "wrong"}), result("broken", {}, status="error", error="bad JSON")]
    ex1 = next(c for c in analyse(results).checks if c.exercise == EX1)
    assert (ex1.failed, ex1.ran, ex1.rate) == (2, 4, 0.5)


def test_failure_messages_are_grouped_after_masking_numbers():
    messages = ["deviance has 7 entries; expected 6", "deviance has 9 entries; expected 8", "beta is None"]
    results = [result(f"s{i}", full(ex1=0.0), {EX1: m}) for i, m in enumerate(messages)]
    ex1 = next(c for c in analyse(results).checks if c.exercise == EX1)
    assert ex1.top_count == 2
    assert ex1.top_pattern == "deviance has # entries; expected #"
    assert ex1.top_message == "deviance has 7 entries; expected 6"


def test_mask_numbers_keeps_names_that_contain_digits():
    assert mask_numbers("ex1 beta[2] = -1.5e-3, tol=1e-8 float64 nan") == "ex1 beta[#] = #, tol=# float64 #"


def test_students_below_the_fraction_are_flagged_and_at_it_are_not():
    results = [result("low", full(ex1=0, ex2=0, ex3=0, ex4=4.99)), result("edge", full(ex1=0, ex2=0)),
               result("top", full()), result("broken", {}, status="error", error="not a notebook")]
    analysis = analyse(results, flag_below=0.5)
    assert [s.student for s in analysis.flagged] == ["broken", "low"]
    assert [s.student for s in analysis.students] == ["broken", "low", "edge", "top"]
    assert [s.student for s in analyse(results, flag_below=0.0).flagged] == ["broken"]


def test_flag_below_outside_zero_to_one_is_refused():
    with pytest.raises(ValueError, match="flag_below"):
        analyse([], flag_below=1.5)


def test_errors_timeouts_and_crashes_are_listed_per_student_but_wrong_answers_are_not():
    results = [result("slow", full(ex1=0), {EX1: "no answer within 6 s"}, kinds={EX1: "timeout"},
                      cells=[CellOutcome("ex1 solution", "student", "crash", 0.3, "kernel died")]),
               result("wrong", full(ex1=0), {EX1: "beta is None"}),
               result("broken", {}, status="error", error="notebook is not valid JSON")]
    problems = {s.student: [(p.kind, p.message) for p in s.problems] for s in analyse(results).students}
    assert problems["slow"] == [("timeout", "no answer within 6 s"), ("crash", "kernel died")]
    assert problems["wrong"] == []
    assert problems["broken"] == [("error", "notebook is not valid JSON")]


def test_a_late_penalty_lowers_the_score_and_can_flag():
    late = {"a": {"days_late": 2, "penalty": 6.0, "submitted_at": "2026-01-03T00:00:00+00:00"}}
    analysis = analyse([result("a", full(ex1=0, ex2=2)), result("b", full(ex1=0, ex2=2))], late=late)
    scores = {s.student: (s.score, s.flagged) for s in analysis.students}
    assert scores == {"a": (6.0, True), "b": (12.0, False)}
    assert analysis.lateness
    # worded as the student's page and the exports word it
    assert "late 2 days: -6.00" in render(analysis, all_figures(analysis), "late", "now")


def test_an_empty_class_renders_a_report_with_no_rows():
    analysis = analyse([])
    assert (analysis.students, analysis.checks, analysis.totals, analysis.most_failed()) == ([], [], [], [])
    page = render(analysis, all_figures(analysis), "empty", "now")
    assert "Class report" in page and "No submission." in page
    assert checks_csv(analysis).count("\n") == 1
    assert "0 student(s), 0 graded" in summary(analysis, None)


def test_page_escapes_student_ids_and_messages():
    results = [result("<script>alert(1)</script>", full(ex1=0), {EX1: "<img src=x onerror=alert(2)>"},
                      kinds={EX1: "crash"})]
    analysis = analyse(results)
    page = render(analysis, all_figures(analysis), "c", "now")
    assert "<script>alert" not in page and "<img src=x" not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page


def test_checks_csv_message_cells_cannot_run_as_formulas():
    analysis = analyse([result("a", full(ex1=0), {EX1: "=HYPERLINK(\"http://x\")"})])
    rows = list(csv.DictReader(io.StringIO(checks_csv(analysis))))
    ex1 = next(r for r in rows if r["exercise"] == EX1)
    assert ex1["most_common_message"].startswith("'=") and ex1["message_pattern"].startswith("'=")


# ------------------------------------------------------------------ a real graded course
WRONG_EX1 = "wrong_ignores_tol"


@pytest.fixture(scope="module")
def course(new_course):
    course = new_course("report")
    release = nbformat.read(course.release_notebook, as_version=4)
    solved = {ex: instructor_solution(ex) for ex in EXERCISES}
    submit(course, "instructor", notebook_with(release, solved))
    submit(course, "release", release)  # nothing filled in: 0 points, flagged
    wrong = (CORPUS / EX1 / f"{WRONG_EX1}.py").read_text()
    submit(course, "ex1-wrong", notebook_with(release, dict(solved, **{EX1: wrong})))
    proc = subprocess.run([sys.executable, "-m", "autograder", "grade", str(course.root), "--jobs", "2",
                           *GRADE_OPTIONS], capture_output=True, text=True, timeout=900)
    assert proc.returncode == 0, proc.stderr[-3000:]
    return course, proc.stdout


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
    assert "mean per exercise: ex1" in tail
    assert "flagged (below 50% of 20, or not graded): 1 (release)" in tail
    assert f"report: {course.root.resolve() / 'reports' / 'index.html'}" in tail


def test_report_page_is_offline_and_its_pngs_are_valid(course):
    course, _ = course
    page = (course.root / "reports" / "index.html").read_text()
    assert not re.search(r"https?://", page)
    embedded = re.findall(r'src="data:image/png;base64,([A-Za-z0-9+/=]+)"', page)
    linked = re.findall(r'href="([^"]+\.png)"', page)
    assert len(embedded) == len(linked) == 4
    for data, name in zip(embedded, linked, strict=True):
        on_disk = (course.root / "reports" / name).read_bytes()
        assert on_disk.startswith(PNG_MAGIC) and base64.b64decode(data) == on_disk


def test_report_page_lists_the_flagged_students(course):
    course, _ = course
    page = (course.root / "reports" / "index.html").read_text()
    flagged_rows = re.findall(r'<tr class="flagged"[^>]*><td[^>]*>([^<]*)</td>', page)
    assert flagged_rows == ["release"]


def test_checks_csv_has_one_formula_safe_row_per_check(course):
    course, _ = course
    from autograder.classrun import load_checks

    rows = list(csv.DictReader(io.StringIO((course.root / "reports" / "checks.csv").read_text())))
    assert sorted((r["exercise"], r["check"]) for r in rows) == sorted((c.exercise, c.name) for c in load_checks())
    assert all(not r["most_common_message"].startswith(("=", "+", "-", "@")) for r in rows)
    failed_by_wrong = {(r["exercise"], r["check"]) for r in rows if r["exercise"] == EX1 and int(r["failed"]) == 2}
    assert failed_by_wrong  # the wrong ex1 and the empty release notebook both fail some ex1 check


def test_report_command_takes_a_flag_threshold(course):
    course, _ = course
    proc = subprocess.run([sys.executable, "-m", "autograder", "report", str(course.root), "--flag-below", "1"],
                          capture_output=True, text=True, timeout=300)
    assert proc.returncode == 0, proc.stderr
    page = (course.root / "reports" / "index.html").read_text()
    assert re.findall(r'<tr class="flagged"[^>]*><td[^>]*>([^<]*)</td>', page) == ["release", "ex1-wrong"]


# ------------------------------------------------- a class of 300 from stored results, in Chromium
def test_each_check_lists_the_students_who_failed_it():
    results = [result("ann", full(ex1=0.0), {EX1: "wrong"}), result("bob", full()),
               result("cy", full(ex1=0.0), {EX1: "wrong"})]
    by_label = {c.label: c for c in analyse(results).checks}
    assert by_label[f"{EX1}/{EX1}_check"].failed_students == ("ann", "cy")
    assert by_label[f"{EX2}/{EX2}_check"].failed_students == ()


def test_item_analysis_gives_median_and_quartiles():
    results = [result(f"s{i}", full(ex1=float(i))) for i in range(5)]
    item = analyse(results).items[0]
    assert (item.q1, item.median, item.q3) == (1.0, 2.0, 3.0)


@pytest.fixture(scope="module")
def big_class(new_fresh_course):
    """300 students' stored results in a course, then `autograder feedback` and the report, as a TA runs them."""
    from autograder.class_report import write_report
    from autograder.feedback.course_pages import write_course_feedback

    from report_class import make_class

    course = new_fresh_course("class-of-300")
    students = make_class(course, 300)
    write_course_feedback(course.root, log=lambda *a: None)
    return course, students, write_report(course.root, log=lambda *a: None)


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
    from autograder.gradebook import CellGrade, Override

    overrides = {"a": {EX1: Override((CellGrade(f"{EX1}_tests", 5.0, 4.0, 0.0),))}}
    late = {"a": {"days_late": 1, "penalty": 2.0, "submitted_at": "2026-01-02T00:00:00+00:00"}}
    analysis = analyse([result("a", full(ex1=0)), result("b", full())], overrides, late=late)
    row = re.search(r'<tr[^>]*data-id="a".*?</tr>', render(analysis, all_figures(analysis), "c", "now")).group(0)
    assert 'title="scored by a TA in formgrader; the checks gave 0">4.00*</td>' in row
    assert "17.00 / 20" in row and "(late −2.00)" in row
    assert 'data-marks="ta late"' in row
