"""What a TA mistypes is told plainly, and the demo keeps what it did not write.

* A course path that is wrong (a typo, a file, a folder that holds no course)
  is named as such by every command that needs a course, with the similarly
  named course beside it; ``autograder init`` is never offered for a missing
  path, which would make a stray course at the typo.
* A memory limit too small for any kernel is refused before a sandbox starts,
  naming ``--memory-mb`` and the least value that works; no message offers
  running without the sandbox.
* ``autograder demo`` again in its own folder replaces only what it wrote: a
  student added by hand, or a demo submission changed by hand, is kept and named.

No test here starts a sandbox: the commands are refused, or the demo's class is
written without being graded.
"""
from __future__ import annotations

import json

import nbformat

from autograder.cli import main
from autograder.common.config import MIN_MEMORY_MB
from autograder.course.demo import DEMO_MARK, claim_demo_folder, submit_corpus

#: every command that works on an existing course, with the arguments it needs besides COURSE
COURSE_COMMANDS = (("grade",), ("report",), ("feedback",), ("policy",), ("export", "--format", "csv"))


def run(capsys, *argv) -> tuple[int, str]:
    """``autograder ARGV`` in this process: (exit code, stderr)."""
    code = main([str(a) for a in argv])
    return code, capsys.readouterr().err


def test_a_mistyped_course_path_is_named_with_the_course_meant_and_never_offered_init(new_fresh_course, capsys,
                                                                                     tmp_path):
    course = new_fresh_course("typo")
    typo = course.root.with_name("cours")  # beside the real `course`
    for command, *extra in COURSE_COMMANDS:
        code, err = run(capsys, command, typo, *extra)
        assert code != 0, command
        assert err == f"autograder: no course at {typo}: no such folder; did you mean {course.root}?\n", (command, err)
    readme = tmp_path / "README.md"
    readme.write_text("notes\n")
    code, err = run(capsys, "grade", readme)
    assert code != 0 and f"{readme} is a file, not a course folder" in err and "init" not in err, err
    stray = tmp_path / "stray"
    (stray / "notes").mkdir(parents=True)
    code, err = run(capsys, "report", stray)
    assert code != 0 and f"{stray} is a folder but not a course (no nbgrader_config.py" in err, err
    assert "init" not in err and "Traceback" not in err and err.count("\n") == 1, err
    assert not typo.exists() and sorted(p.name for p in stray.iterdir()) == ["notes"]  # nothing was made


def test_a_memory_limit_too_small_for_a_kernel_is_refused_naming_the_option_and_the_least_that_works(
        new_fresh_course, capsys):
    course = new_fresh_course("memory")
    course.submission("ada").parent.mkdir(parents=True)
    course.submission("ada").write_bytes(course.release_notebook.read_bytes())
    code, err = run(capsys, "grade", course.root, "--memory-mb", 10)
    assert code != 0 and err.count("\n") == 1, err
    assert "--memory-mb 10 is too small" in err and f"--memory-mb {MIN_MEMORY_MB} or more" in err, err
    assert "--sandbox" not in err and "Traceback" not in err, err
    assert not (course.state / "calibration.json").exists()  # refused before any sandbox started


def test_an_instructor_run_whose_kernels_died_says_memory_names_the_option_and_never_offers_no_sandbox():
    from autograder.grading.calibration import calibration_failure
    from autograder.grading.checking import CheckResult
    from autograder.common.config import GradingConfig
    from autograder.grading.submission import SubmissionResult

    died = [CheckResult("ex1_irls_logistic", f"check_{k}", "", 1.0, False,
                        "irls_logistic(...): the kernel exited (no exit status)", 0.1, "crash") for k in range(30)]
    result = SubmissionResult("__instructor__", "graded", None, {}, 30.0, checks=died)
    for stderr, config in (("[sandbox] the kernel was ended: it held 69 MiB, over its 64 MiB memory budget",
                            GradingConfig(memory_mb=200)), ("", GradingConfig())):  # no cgroup / a cgroup's OOM
        result.stderr = stderr
        text = calibration_failure(result, died, [], config)
        assert "memory" in text and f"--memory-mb {config.memory_mb}" in text and "--sandbox" not in text, text
        assert len(text) < 800 and "and 26 more" in text, text


def test_a_demo_rerun_keeps_a_hand_added_submission_and_a_changed_one_and_names_them(new_fresh_course):
    course = new_fresh_course("demo-rerun")
    (course.root / DEMO_MARK).parent.mkdir(parents=True, exist_ok=True)
    (course.root / DEMO_MARK).write_text("made by `autograder demo`\n")  # as the first demos marked their folder
    submit_corpus(course)
    demo_students = sorted(p.name for p in course.submitted.iterdir())
    # by hand: a new student's submission, and an edit to one demo student's notebook
    added = course.submission("newstudent")
    added.parent.mkdir(parents=True)
    added.write_text(course.release_notebook.read_text())
    changed = course.submission("release")
    nb = nbformat.read(changed, as_version=4)
    nb.cells[0].source += "\n(edited by a TA)"
    nbformat.write(nb, changed)
    by_hand = {added: added.read_bytes(), changed: changed.read_bytes()}
    instructor = course.submission("instructor")
    instructor.write_bytes(instructor.read_bytes())  # untouched bytes: still the demo's

    claim_demo_folder(course.root)  # the rerun, as `autograder demo COURSE` runs it
    again = submit_corpus(course)

    assert {path: path.read_bytes() if path.exists() else None for path in by_hand} == by_hand
    assert again.not_the_demos == ["newstudent"] and again.changed == ["release"]
    assert sorted(again.written) == [s for s in demo_students if s != "release"]
    summary = again.summary(course)
    assert "newstudent" in summary and "release" in summary and "kept" in summary, summary
    recorded = json.loads((course.root / DEMO_MARK).read_text())["files"]
    assert not any("newstudent" in path or "/release/" in path for path in recorded), recorded


def test_check_refuses_a_student_id_that_cannot_be_a_folder_before_grading(tmp_path, capsys):
    notebook = tmp_path / "work.ipynb"
    nbformat.write(nbformat.v4.new_notebook(), notebook)
    for bad in (".hidden", "a/b"):
        code, err = run(capsys, "check", notebook, "--student", bad)
        assert code != 0 and "cannot be a student id" in err and "Traceback" not in err, err
