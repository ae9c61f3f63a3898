"""``autograder check`` is a staff tool, says so, and speaks to a TA.

* Without the answer key (the instructor's solutions) it stops before
  anything runs, in one sentence naming what is missing and what to do.
* Its output is, per exercise, the score out of the maximum and the first
  failing check's message; how the sandbox, the calibration and the job slots
  went is shown with ``--verbose`` only.

No test here starts a sandbox: the grading itself is replaced by a stand-in
that logs what a real run logs and returns a result.
"""
from __future__ import annotations

import re

import nbformat
import pytest

from genomics import ASSIGNMENT
from autograder.grading.checking import CheckResult
from autograder.cli import main
from autograder.grading.submission import SubmissionResult

#: what a real run logs (classrun, calibration, reference store), for operators
OPERATOR_LINES = (
    "calibration: reused the instructor's run of 2026-01-01 12:00 UTC (key 1234abcd)",
    "sandbox: bubblewrap as dedicated host uids leased from 61000-61999, one per job slot; this run holds host "
    "uid(s) 61002",
    "reference values: 12 reused, 0 computed",
    "grading 1 submission(s) with 2 job(s); each notebook may cost 120 s at most",
)
OPERATOR_WORDS = ("sandbox", "calibrat", "uid", "job", "reference values")
#: the test notebooks hold no exercise's cells, so `check` is told whose they are
GENOMICS_OPTION = ("--assignment", ASSIGNMENT)


def result_of(student: str) -> SubmissionResult:
    """Exercise 1 fully right; exercise 2 failing its second and third checks."""
    checks = [CheckResult("ex1_irls_logistic", "a", "beta is right", 1.0, True, "", 0.1),
              CheckResult("ex2_condition", "shape", "the design's shape", 1.0, True, "", 0.1),
              CheckResult("ex2_condition", "kappa", "the condition number", 2.0, False,
                          "the condition number is not kappa: the singular values are not spread as asked", 0.1),
              CheckResult("ex2_condition", "seed", "reproducible from seed", 1.0, False,
                          "two calls with the same seed gave different matrices", 0.1)]
    exercises = {"ex1_irls_logistic": {"score": 5.0, "max_score": 5.0},
                 "ex2_condition": {"score": 1.25, "max_score": 5.0}}
    return SubmissionResult(student, "graded", None, exercises, 10.0, checks)


@pytest.fixture
def graded_by_stand_in(monkeypatch):
    """``check_notebook`` replaced: it logs what a real run logs and returns :func:`result_of`."""
    import autograder.course.checkone

    def stand_in(notebook, config, secret, *, log=print, student=None, **_):
        for line in OPERATOR_LINES:
            log(line)
        return result_of(student or "work")

    monkeypatch.setattr(autograder.course.checkone, "check_notebook", stand_in)


@pytest.fixture
def notebook(tmp_path):
    path = tmp_path / "work.ipynb"
    nbformat.write(nbformat.v4.new_notebook(), path)
    return path


def test_check_without_the_instructors_solutions_refuses_in_one_sentence_saying_it_is_a_staff_tool(
        monkeypatch, notebook, tmp_path, capsys):
    from autograder.assignment import Assignment

    missing = tmp_path / "installed" / "solutions" / "instructor"
    monkeypatch.setattr(Assignment, "instructor_solutions", property(lambda self: missing))
    code = main(["check", str(notebook), *GENOMICS_OPTION])
    out, err = capsys.readouterr()
    assert code == 2 and out == ""
    assert err.count("\n") == 1 and "Traceback" not in err, err
    assert err.startswith("autograder: `autograder check` is a staff tool for TAs and instructors"), err
    assert f"but {missing} is missing" in err and "--course COURSE" in err, err
    assert "visible tests" in err, err  # what a student who ran it should use instead
    assert not (tmp_path / "work.feedback.html").exists()


def test_check_prints_each_exercise_out_of_its_maximum_with_the_first_failure_and_no_operator_lines(
        graded_by_stand_in, notebook, capsys):
    code = main(["check", str(notebook), *GENOMICS_OPTION])
    out, err = capsys.readouterr()
    assert code == 0, err
    assert re.search(r"^ex1_irls_logistic\s+5 / 5\s+all 1 check passed$", out, re.M), out
    assert re.search(r"^ex2_condition\s+1\.25 / 5\s+1 of 3 checks passed$", out, re.M), out
    assert ("\n    first failure (check 2): the condition number is not kappa: the singular values are not "
            "spread as asked") in re.sub(r"\n {8}", " ", out), out  # its wrapped lines joined
    assert "two calls with the same seed" not in out  # the first failure only
    assert re.search(r"^total\s+6\.25 / 10$", out, re.M), out
    assert "staff tool for TAs and instructors" in err, err
    assert not [word for word in OPERATOR_WORDS if word in out + err], out + err
    assert (notebook.parent / "work.feedback.html").is_file()


def test_check_verbose_shows_how_the_sandbox_and_the_calibration_went(graded_by_stand_in, notebook, capsys):
    assert main(["check", str(notebook), "--verbose", *GENOMICS_OPTION]) == 0
    err = capsys.readouterr().err
    assert all(line in err for line in OPERATOR_LINES), err


def test_check_help_says_it_is_a_staff_tool_and_what_it_needs(capsys):
    with pytest.raises(SystemExit):
        main(["check", "--help"])
    shown = " ".join(capsys.readouterr().out.split())
    assert "a staff tool for TAs and instructors" in shown and "instructor's solutions" in shown, shown


@pytest.mark.slow
def test_check_of_the_released_notebook_says_each_exercise_was_not_attempted_in_one_line(new_course, tmp_path):
    from courses import GRADE_OPTIONS, autograder

    course = new_course("check-release")
    notebook = tmp_path / "as released.ipynb"
    notebook.write_bytes(course.release_notebook.read_bytes())
    done = autograder("check", notebook, "--course", course.root, "--jobs", "1", *GRADE_OPTIONS)
    assert done.returncode == 0, done.stderr[-3000:]
    lines = done.stdout.splitlines()
    for exercise in ("ex1_irls_logistic", "ex2_condition", "ex3_seed_study", "ex4_real_data"):
        assert re.fullmatch(rf"{exercise}\s+0 / 5\s+not attempted \(still raises NotImplementedError\)",
                            next(line for line in lines if line.startswith(exercise))), done.stdout
    assert done.stdout.count("NotImplementedError") == 4 and re.search(r"^total\s+0 / 20$", done.stdout, re.M)
    assert "staff tool" in done.stderr and not [w for w in OPERATOR_WORDS if w in done.stdout + done.stderr], \
        done.stderr
