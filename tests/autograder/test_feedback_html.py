"""The feedback writers on fabricated results: escaping, points, the student's own traceback lines."""
from __future__ import annotations

from genomics import ASSIGNMENT, GENOMICS
from autograder.grading.checking import CheckResult
from autograder.course.folder import Course
from autograder.course.checkone import read_secret, student_id
from autograder.outputs.feedback import model, page, text
from autograder.outputs.feedback.course_pages import page_path
from autograder.outputs.feedback.tracebacks import student_traceback
from autograder.grading.submission import SubmissionResult
from autograder.grading.session import CellOutcome

HOSTILE = "<script>alert('x')</script>"
AGENT_TRACE = '''Traceback (most recent call last):
  File "/usr/lib/python3/site-packages/IPython/core/interactiveshell.py", line 3823, in run_code
    exec(code_obj, self.user_global_ns, self.user_ns)
  File "<ipython-input-1-950cfbbd6611>", line 2, in <module>
    y = f(1)
        ^^^^
  File "/opt/agent/agent.py", line 99, in hook
    secret_hidden_input = 42
  File "<ipython-input-1-f44e8e3810f3>", line 2, in f
    return undefined_name + x
NameError: name 'undefined_name' is not defined
'''


def result(student=HOSTILE, message=HOSTILE, cells=()) -> SubmissionResult:
    checks = [CheckResult("ex1_irls_logistic", "a", "beta is right", 1.0, True, "", 0.1),
              CheckResult("ex1_irls_logistic", "b", "weights are p (1 - p)", 3.0, False, message, 0.1)]
    return SubmissionResult(student, "graded", None,
                            {"ex1_irls_logistic": {"score": 1.25, "max_score": 5.0}}, 5.0, checks,
                            list(cells))


def test_page_escapes_a_hostile_student_id_and_message():
    html = page.render(GENOMICS, model.build(GENOMICS, result()))
    assert "<script>" not in html
    assert "&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt;" in html


def test_page_escapes_a_hostile_traceback_line():
    cell = CellOutcome("solution cell ex1_irls_logistic", "student", "error", 0.1, "NameError: x",
                       f"  In your cell, line 1, in <module>\n    {HOSTILE}")
    html = page.render(GENOMICS, model.build(GENOMICS, result(cells=[cell])))
    assert "<script>" not in html and "&lt;script&gt;" in html


def test_page_loads_nothing_from_the_network():
    html = page.render(GENOMICS, model.build(GENOMICS, result()))
    assert "http://" not in html and "https://" not in html and "<script" not in html
    assert "default-src 'none'" in html


def test_page_of_an_ungradable_notebook_names_the_error_escaped():
    broken = SubmissionResult(HOSTILE, "error", f"notebook is not valid JSON {HOSTILE}", {}, 20.0)
    html = page.render(GENOMICS, model.build(GENOMICS, broken))
    assert "could not be graded" in html and "<script>" not in html


def test_check_points_are_in_the_exercise_points():
    feedback = model.build(GENOMICS, result())
    assert [c.points for c in feedback.exercise("ex1_irls_logistic").checks] == [1.25, 3.75]


def test_text_shows_points_verdict_and_message_per_check():
    lines = text.exercise_text(model.build(GENOMICS, result(message="beta has the wrong sign")), "ex1_irls_logistic")
    assert "[PASS] 1.25 points: beta is right" in lines
    assert "[FAIL] 3.75 points: weights are p (1 - p)\n       -> beta has the wrong sign" in lines
    assert lines.startswith("Exercise 1: IRLS for logistic regression: 1.25 / 5 points")


def test_text_puts_the_students_cell_error_above_the_checks():
    cell = CellOutcome("solution cell ex1_irls_logistic", "student", "error", 0.1,
                       "NameError: name 'h' is not defined", "  In your cell, line 2, in <module>")
    lines = text.exercise_text(model.build(GENOMICS, result(cells=[cell])), "ex1_irls_logistic")
    error_at = lines.index("Your cell (solution cell ex1_irls_logistic) raised NameError")
    assert error_at < lines.index("[PASS]")
    assert "    In your cell, line 2, in <module>" in lines


def test_instructor_cell_errors_are_not_shown_as_the_students():
    cell = CellOutcome("ex1_teaching", "instructor", "error", 0.1, "NameError: x")
    assert model.build(GENOMICS, result(cells=[cell])).exercise("ex1_irls_logistic").cell_errors == ()


def test_student_traceback_keeps_only_cell_frames_and_the_exception():
    kept = student_traceback(AGENT_TRACE)
    assert kept.splitlines() == [
        "Your cell's traceback (most recent call last):",
        "  In your cell, line 2, in <module>",
        "    y = f(1)",
        "        ^^^^",
        "  In your cell, line 2, in f",
        "    return undefined_name + x",
        "NameError: name 'undefined_name' is not defined",
    ]


def test_student_traceback_is_bounded():
    frames = "".join(f'  File "<ipython-input-1-ab>", line {i}, in f\n    {"x" * 1000}\n' for i in range(500))
    kept = student_traceback("Traceback (most recent call last):\n" + frames + "RecursionError: deep\n")
    assert len(kept.splitlines()) <= 30 and max(len(line) for line in kept.splitlines()) <= 240
    assert kept.endswith("RecursionError: deep")


def test_student_traceback_of_a_non_string_is_empty():
    assert student_traceback({"not": "text"}) == "" and student_traceback(None) == ""


def test_page_path_refuses_ids_that_are_not_one_folder_name(tmp_path):
    course = Course(tmp_path, GENOMICS)
    assert page_path(course, "../etc") is None and page_path(course, ".hidden") is None
    assert page_path(course, "ann") == tmp_path / "feedback" / "ann" / ASSIGNMENT / "genomics_applications.html"


def test_check_without_a_secret_uses_the_public_default():
    _, default = read_secret(None, None)
    assert default is True


def test_check_student_id_is_folder_safe():
    from pathlib import Path

    assert student_id(Path("/x/my work (1).ipynb")) == "my_work__1_"
