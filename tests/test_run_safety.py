"""No notebook and no ordinary TA command can stall, crash or lose a class's grades.

One small course, graded for real in the sandbox, holds a hostile student per
way of attacking the record (untrusted text, a formula id, an id as long as a
folder name may be, too many kernel restarts with huge output, a correct but
slow notebook) next to honest ones, and a hidden folder that is no student.
Then the TA's ordinary commands run on it: a rerun, a subset regrade, an empty
class, two runs at once, Ctrl-C, the demo pointed at it.
"""
from __future__ import annotations

import csv
import json
import os
import shlex
import signal
import subprocess
import sys
import time

import nbformat
import pytest

from genomics import ASSIGNMENT, EXERCISES, GRADES_CSV, GRADES_JSON, instructor_solution
from autograder.course.demo import notebook_with, submit
from autograder.common.files import student_file_stem

from courses import GRADE_OPTIONS, kernel_processes

pytestmark = pytest.mark.slow
#: this class's kernels run as a host uid of their own (when graded by root), so that the processes
#: a run leaves behind can be told from those of runs graded at the same time
SANDBOX_UID = 62000

SOLVED = {ex: instructor_solution(ex) for ex in EXERCISES}
NOTEBOOK_FLOOR_S = 45.0
CHECK_FLOOR_S = 6.0
MAX_STARTS = 6
OUTPUT_LIMIT = 1 << 20

UNTRUSTED_TEXT = '''
import sys
print("\\x1b[2J\\x1b[31mred alert\\x1b[0m \\u202e reversed")
sys.stderr.write("\\x1b]0;title\\x07 bell\\n")
def irls_logistic(X, y, max_iter=25, tol=1e-8):
    raise ValueError("lone surrogate \\ud800 and escape \\x1b[5m here")
'''

SLOW_BUT_CORRECT = instructor_solution("ex1_irls_logistic") + '''
import time as _time
_solution_irls = irls_logistic
def irls_logistic(X, y, max_iter=25, tol=1e-8):
    _time.sleep(4.0)          # just under the 6 s call floor, on every call
    return _solution_irls(X, y, max_iter=max_iter, tol=tol)
'''

CRASHING_CELL = "print('x' * (2 << 20), flush=True)\nimport os\nos._exit(1)\n"
#: a folder name nbgrader takes, 243 characters: with ".json" and a temporary name it is no file name
LONG_ID = ("a-student-id-as-long-as-a-folder-name-may-be-" * 6)[:243]
STUDENTS = ["alice", "=1+2", "untrusted-text", "slow-but-correct", "restarts", LONG_ID]


def grade(course, *extra, wait=True, quiet=True):
    command = [sys.executable, "-m", "autograder", "grade", str(course.root), "--jobs", "2",
               *(["--quiet"] if quiet else []),
               *GRADE_OPTIONS, "--sandbox-uid", str(SANDBOX_UID),
               "--notebook-time-floor", str(NOTEBOOK_FLOOR_S), "--notebook-time-factor", "0",
               "--check-timeout-floor", str(CHECK_FLOOR_S), "--max-kernel-starts", str(MAX_STARTS), *extra]
    proc = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    if wait:
        out, err = proc.communicate(timeout=900)
        return proc.returncode, out, err
    return proc


def with_added_cells(nb, cells: list[str]):
    nb = nbformat.from_dict(json.loads(nbformat.writes(nb)))
    nb.cells.extend(nbformat.v4.new_code_cell(src) for src in cells)
    return nb


@pytest.fixture(scope="module")
def course(new_course):
    course = new_course("safety")
    release = nbformat.read(course.release_notebook, as_version=4)
    solved = notebook_with(release, SOLVED)
    submit(course, "alice", solved)
    submit(course, "=1+2", solved)
    submit(course, "untrusted-text", notebook_with(release, dict(SOLVED, ex1_irls_logistic=UNTRUSTED_TEXT)))
    submit(course, "slow-but-correct", notebook_with(release, dict(SOLVED, ex1_irls_logistic=SLOW_BUT_CORRECT)))
    submit(course, "restarts", with_added_cells(solved, [CRASHING_CELL] * 20))
    submit(course, LONG_ID, release)  # the untouched release notebook: graded in seconds, 0 points
    submit(course, ".hidden", solved)  # a hidden folder is never a student, whatever it holds
    assert len(LONG_ID) == 243
    code, out, err = grade(course)
    assert code == 0, err[-3000:]
    return course


@pytest.fixture(scope="module")
def rerun(course):
    """A second plain run of the graded class, as a TA types it (not quiet): ``(stdout, results before)``."""
    before = {p.name: (p.read_bytes(), p.stat().st_mtime_ns) for p in (course.state / "results").iterdir()}
    code, out, err = grade(course, quiet=False)
    assert code == 0, err[-3000:]
    return out, before


def grades(course) -> dict:
    return json.loads((course.root / GRADES_JSON).read_text())["students"]


#: the assignment's grades files and the course's, relative to the course folder
GRADES_FILES = (GRADES_JSON, GRADES_CSV, "grades.json", "grades.csv")


def results(course, student) -> dict:
    return json.loads((course.state / "results" / f"{student}.json").read_text())


def test_honest_students_keep_full_marks_beside_hostile_ones(course):
    assert grades(course)["alice"]["score"] == 20.0


def test_a_243_character_student_id_is_recorded_in_grades_json_and_grades_csv_with_its_score(course):
    entry = grades(course)[LONG_ID]
    assert entry["status"] == "graded" and entry["score"] == 0.0 and entry["max_score"] == 20.0
    for name in (GRADES_CSV, "grades.csv"):
        rows = {r[0]: r for r in csv.reader((course.root / name).open())}
        header = next(csv.reader((course.root / name).open()))
        assert float(rows[LONG_ID][header.index("score")]) == 0.0


def test_a_243_character_student_id_has_results_and_log_files_within_name_limits_holding_the_real_id(course):
    result_file = course.state / "results" / f"{student_file_stem(LONG_ID)}.json"
    log_file = course.state / "logs" / f"{student_file_stem(LONG_ID)}.log"
    assert json.loads(result_file.read_text())["student"] == LONG_ID
    assert log_file.read_text(encoding="utf-8").startswith(f"student: {LONG_ID}\n")
    name_max = os.pathconf(course.state, "PC_NAME_MAX")
    for path in (result_file, log_file):
        # a temporary name (".<name>.<pid>.tmp") must fit too: written atomically
        assert len(os.fsencode(f".{path.name}.{2**22}.tmp")) <= name_max, path.name
    assert sorted(json.loads(p.read_text())["student"] for p in (course.state / "results").glob("*.json")) \
        == sorted(STUDENTS)


def test_a_rerun_reuses_every_result_the_243_character_id_included_and_grades_nothing(course, rerun):
    out, before = rerun
    assert f"{len(STUDENTS)} submission(s) unchanged since the last run: results reused" in out
    assert "submission(s) with" not in out  # the line that starts grading
    after = {p.name: (p.read_bytes(), p.stat().st_mtime_ns) for p in (course.state / "results").iterdir()}
    assert after == before


def test_a_hidden_folder_is_named_with_the_reason_in_the_run_output_and_is_no_student(course, rerun):
    out, _ = rerun
    lines = [line for line in out.splitlines() if "'.hidden'" in line]
    assert len(lines) == 1 and "not graded" in lines[0] and "starts with '.'" in lines[0], out[-2000:]
    assert ".hidden" not in grades(course)
    assert not [name for name in GRADES_FILES if ".hidden" in (course.root / name).read_text()]


def test_the_student_option_selects_a_243_character_id_and_regrades_it_alone(course):
    results_dir = course.state / "results"
    before = {p.name: p.stat().st_mtime_ns for p in results_dir.iterdir()}
    code, out, err = grade(course, "--student", LONG_ID, "--force")
    assert code == 0, err[-2000:]
    after = {p.name: p.stat().st_mtime_ns for p in results_dir.iterdir()}
    changed = sorted(name for name in after if after[name] != before.get(name))
    assert changed == [f"{student_file_stem(LONG_ID)}.json"]
    assert grades(course)[LONG_ID]["score"] == 0.0 and sorted(grades(course)) == sorted(STUDENTS)


def test_untrusted_text_costs_only_its_exercise_and_is_made_safe_in_every_record(course):
    g = grades(course)["untrusted-text"]
    assert g["status"] == "graded"
    assert g["exercises"]["ex1_irls_logistic"]["score"] == 0.0
    assert all(g["exercises"][ex]["score"] == 5.0 for ex in EXERCISES[1:])
    log = (course.state / "logs" / "untrusted-text.log").read_text(encoding="utf-8")
    assert "\x1b" not in log and "\u202e" not in log and "\x07" not in log
    assert "red alert" in log and "\\u202e reversed" in log
    assert "lone surrogate" in log and "\ud800" not in log
    for name in GRADES_FILES:
        (course.root / name).read_text(encoding="utf-8").encode("utf-8")


def test_a_formula_like_student_id_is_text_in_grades_csv(course):
    for name in (GRADES_CSV, "grades.csv"):
        rows = list(csv.reader((course.root / name).open()))
        assert ["'=1+2"] == [r[0] for r in rows if r[0].endswith("=1+2")]
        assert not any(cell.startswith(("=", "+", "@")) for row in rows for cell in row)


def test_a_notebook_that_keeps_crashing_stops_at_the_kernel_start_limit(course):
    r = results(course, "restarts")
    assert r["log"].count("restarting the kernel") <= MAX_STARTS
    assert grades(course)["restarts"]["score"] == 0.0
    assert {c["kind"] for c in r["checks"]} == {"budget"}
    assert all("kernels" in c["message"] for c in r["checks"])
    assert len(r["stdout"]) <= OUTPUT_LIMIT + 200


def test_a_slow_notebook_stops_at_its_time_budget_and_says_why(course):
    r = results(course, "slow-but-correct")
    assert r["seconds"] <= NOTEBOOK_FLOOR_S + CHECK_FLOOR_S + 15
    spent = [c for c in r["checks"] if c["kind"] == "budget"]
    assert spent and all(f"{NOTEBOOK_FLOOR_S:.0f} s" in c["message"] for c in spent)
    assert grades(course)["slow-but-correct"]["score"] < 20.0


def test_regrading_one_student_keeps_the_whole_class_in_grades(course):
    before = grades(course)
    code, out, err = grade(course, "--student", "alice", "--force")
    assert code == 0, err[-2000:]
    after = grades(course)
    assert sorted(after) == sorted(before)
    assert {s: g["score"] for s, g in after.items()} == {s: g["score"] for s, g in before.items()}
    for name in (GRADES_CSV, "grades.csv"):
        rows = list(csv.reader((course.root / name).open()))
        assert len(rows) == 1 + len(before)


def test_an_unknown_student_is_a_clear_message_and_changes_nothing(course):
    before = {name: (course.root / name).read_bytes() for name in GRADES_FILES}
    code, out, err = grade(course, "--student", "nobody")
    assert code == 2 and "'nobody'" in err and "alice" in err
    assert {name: (course.root / name).read_bytes() for name in GRADES_FILES} == before


def test_an_empty_class_is_a_clear_message_and_leaves_previous_outputs(new_course):
    course = new_course("empty")
    (course.root / GRADES_JSON).parent.mkdir(parents=True, exist_ok=True)
    for name in (GRADES_JSON, "grades.json"):
        (course.root / name).write_text('{"kept": true}')
    code, out, err = grade(course)
    assert code == 2 and "no submissions to grade" in err and "submitted" in err
    assert "the grades files were left as they were" in err
    for name in (GRADES_JSON, "grades.json"):
        assert json.loads((course.root / name).read_text()) == {"kept": True}


def test_a_second_run_on_a_busy_course_says_who_holds_it(course):
    from autograder.course.lock import CourseLock

    with CourseLock(course.root, "autograder grade by a colleague"):
        code, out, err = grade(course)
    assert code == 2 and "another run is using the course" in err and "by a colleague" in err
    assert "pid" in err and "Traceback" not in err


def _interrupt_after_a_first_result(course, *options):
    """Start ``grade COURSE *options``, send Ctrl-C once it recorded a first result: ``(proc, out, err, seconds)``."""
    proc = grade(course, *options, wait=False)
    logs = course.state / "logs"
    started = {p: p.stat().st_mtime for p in logs.glob("*.log")}
    deadline = time.monotonic() + 300
    while time.monotonic() < deadline:  # wait until this run has recorded a first result
        if any(p.stat().st_mtime > started.get(p, 0) for p in logs.glob("*.log")):
            break
        time.sleep(0.1)
    interrupted = time.monotonic()
    proc.send_signal(signal.SIGINT)
    out, err = proc.communicate(timeout=60)
    return proc, out, err, time.monotonic() - interrupted


def _not_yet_done(course, n: int) -> str:
    return (f"run `autograder grade {shlex.quote(str(course.root))} --assignment {ASSIGNMENT}` "
            f"(without --force) to regrade the {n} student{'' if n == 1 else 's'} not yet done")


def test_ctrl_c_during_a_forced_subset_regrade_names_the_plain_run_that_regrades_exactly_the_rest(course):
    # three quick notebooks on two jobs: at the first result the third has not finished (it takes seconds)
    subset = ["alice", "=1+2", "untrusted-text"]
    pending_file = course.state / "forced_pending.json"
    assert not pending_file.exists()  # every earlier forced run finished: no list left behind
    proc, out, err, _ = _interrupt_after_a_first_result(
        course, "--force", *[arg for student in subset for arg in ("--student", student)])
    assert proc.returncode == 130, err[-2000:]
    pending = json.loads(pending_file.read_text())["students"]
    assert pending and set(pending) < set(subset), pending
    assert _not_yet_done(course, len(pending)) in err and "same command" not in err, err
    results_dir = course.state / "results"
    before = {p.name: p.stat().st_mtime_ns for p in results_dir.iterdir()}
    code, out, err = grade(course, quiet=False)  # the plain run the message names
    assert code == 0, err[-2000:]
    assert f"finishing {len(pending)} forced regrade(s) interrupted earlier" in out, out[-2000:]
    after = {p.name: p.stat().st_mtime_ns for p in results_dir.iterdir()}
    assert sorted(name for name in after if after[name] != before.get(name)) \
        == sorted(f"{student_file_stem(s)}.json" for s in pending)
    assert not pending_file.exists()
    assert sorted(grades(course)) == sorted(STUDENTS)


def test_ctrl_c_stops_within_seconds_keeps_finished_results_and_prints_one_line(course):
    proc, out, err, stopped_in = _interrupt_after_a_first_result(course, "--force")
    assert proc.returncode == 130, err[-2000:]
    assert stopped_in < 5.0, stopped_in
    lines = [line for line in err.strip().splitlines() if line.strip()]
    assert len(lines) == 1 and "interrupted" in lines[0] and "Traceback" not in err, err
    # the same command (with --force) would regrade everyone: the line names the plain run instead
    pending = json.loads((course.state / "forced_pending.json").read_text())["students"]
    assert 0 < len(pending) < len(STUDENTS) and _not_yet_done(course, len(pending)) in lines[0], lines[0]
    assert sorted(grades(course)) == sorted(STUDENTS)
    deadline = time.monotonic() + 5  # killed kernels are reaped by their supervisors: give them a moment
    while time.monotonic() < deadline and kernel_processes(SANDBOX_UID):
        time.sleep(0.2)
    assert kernel_processes(SANDBOX_UID) == []


def test_the_demo_never_touches_a_course_with_submissions(course):
    before = sorted(p.name for p in course.submitted.iterdir())
    proc = subprocess.run([sys.executable, "-m", "autograder", "demo", str(course.root)],
                          capture_output=True, text=True, timeout=120)
    assert proc.returncode == 2 and "was not made by the demo" in proc.stderr
    assert sorted(p.name for p in course.submitted.iterdir()) == before
