"""A whole class graded through `autograder grade`: hostile or tampered notebooks get exactly
the scores they earn, beside the instructor's solutions and the untouched release notebook.

The class is graded once per test run (session fixture) and every test reads it. Its course's
instructor notebook carries a marker, so this run calibrates (in a sandbox of its own) and the
memory thief can look for the instructor's solutions. The solution corpus is graded as a class
by the Quick start's demo (``test_ordinary_user.py``) and by the audit (``test_audit.py``)."""
from __future__ import annotations

import hashlib
import json
import re
import socket
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from genomics import ASSIGNMENT, EXERCISES, GRADES_CSV, GRADES_JSON
from autograder.course.folder import Course, run_nbgrader

from class_builder import (CLASSMATE_TOKEN, CORE_PATTERN_MARKER, INSTRUCTOR_TOKEN, MARKER_SERVER_PORT,
                           build_class, protected_paths)
from courses import GRADE_OPTIONS

pytestmark = pytest.mark.slow


class ConnectionRecorder:
    """A loopback TCP server that counts the connections it accepts."""

    def __init__(self, port: int) -> None:
        self.count = 0
        self.sock = socket.socket()
        self.sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self.sock.bind(("127.0.0.1", port))
        self.sock.listen()
        self.sock.settimeout(0.2)
        self.running = True
        self.thread = threading.Thread(target=self._serve, daemon=True)
        self.thread.start()

    def _serve(self) -> None:
        while self.running:
            try:
                conn, _ = self.sock.accept()
                self.count += 1
                conn.close()
            except OSError:
                continue

    def stop(self) -> None:
        self.running = False
        self.thread.join()
        self.sock.close()


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


HOST_SYSCTLS = ("/proc/sys/kernel/core_pattern", "/proc/sys/vm/overcommit_memory", "/proc/sys/vm/panic_on_oom")


def host_state() -> dict:
    """What a kernel with host privilege would change: global sysctls and device nodes."""
    state = {path: Path(path).read_text() for path in HOST_SYSCTLS}
    for name in ("null", "zero"):
        stat = Path(f"/dev/{name}").stat()
        state[f"/dev/{name}"] = (stat.st_mode, stat.st_uid, stat.st_mtime_ns)
    return state


@pytest.fixture(scope="session")
def graded(new_course):
    course = new_course("class")
    expectations = build_class(course)
    watched = [p for p in protected_paths(course) if p.name != "gradebook.db"]
    before = {p: digest(p) for p in watched}
    host_before = host_state()
    CORE_PATTERN_MARKER.unlink(missing_ok=True)
    recorder = ConnectionRecorder(MARKER_SERVER_PORT)
    try:
        proc = subprocess.run([sys.executable, "-m", "autograder", "grade", str(course.root), "--jobs", "2",
                               *GRADE_OPTIONS], capture_output=True, text=True, timeout=1800)
    finally:
        recorder.stop()
    assert proc.returncode == 0, proc.stderr[-3000:]
    grades = json.loads((course.root / GRADES_JSON).read_text())
    return {"course": course, "grades": grades["students"], "expect": expectations,
            "before": before, "connections": recorder.count, "stdout": proc.stdout,
            "raw": grades, "course_raw": json.loads((course.root / "grades.json").read_text()),
            "host_before": host_before, "host_after": host_state()}


def student_log(graded, student: str) -> str:
    return (graded["course"].state / "logs" / f"{student}.log").read_text()


def exercise_scores(entry):
    return {ex: entry["exercises"][ex]["score"] for ex in EXERCISES}


def test_release_notebook_scores_zero_everywhere(graded):
    entry = graded["grades"]["release"]
    assert entry["status"] == "graded"
    assert exercise_scores(entry) == {ex: 0.0 for ex in EXERCISES}


def test_instructor_solutions_score_full_marks(graded):
    assert exercise_scores(graded["grades"]["instructor"]) == {ex: 5.0 for ex in EXERCISES}


def test_every_submission_of_the_class_is_in_grades_json(graded):
    assert sorted(graded["grades"]) == sorted(graded["expect"])


def test_the_run_calibrated_because_the_instructors_notebook_changed(graded):
    assert "calibrating on the instructor's solutions (the instructor's notebook changed)" in graded["stdout"]


def test_hostile_and_tampered_notebooks_get_exactly_their_expected_scores(graded):
    wrong = {}
    for student, expected in graded["expect"].items():
        got = graded["grades"][student]
        if "error" in expected:
            if got["status"] != "error" or expected["error"] not in (got["error"] or ""):
                wrong[student] = (got["status"], got["error"])
        elif got["status"] != "graded" or exercise_scores(got) != expected["scores"]:
            wrong[student] = (got["status"], got.get("exercises"), got["checks_failed"])
    assert wrong == {}


def test_max_scores_are_the_instructors_whatever_the_metadata_claims(graded):
    assert {e["max_score"] for e in graded["grades"].values()} == {20.0}


def test_protected_files_are_byte_identical_after_grading(graded):
    assert {p: digest(p) for p in graded["before"]} == graded["before"]


def test_no_connection_reached_the_host(graded):
    assert graded["connections"] == 0


def test_no_student_process_survives_grading(graded):
    found = subprocess.run(["pgrep", "-f", "grader-test-survivor"], capture_output=True, text=True)
    assert found.stdout.strip() == ""


def test_snooping_kernel_saw_nothing_outside_its_box(graded):
    log = (graded["course"].state / "logs" / "attack-snoop.log").read_text()
    assert "SNOOP" in log
    for secret in ("BEGIN SOLUTION", "ex1_irls_logistic_tests", "'connected'", "pwned", "SQLite"):
        assert secret not in log


def test_grades_json_follows_the_contract(graded):
    raw = graded["raw"]
    assert raw["assignment"] == "genomics_applications"
    for entry in raw["students"].values():
        assert entry["status"] in ("graded", "error")
        assert set(entry) >= {"status", "error", "score", "max_score", "exercises"}
        if entry["status"] == "graded":
            assert set(entry["exercises"]) == set(EXERCISES)
            assert entry["score"] == pytest.approx(sum(e["score"] for e in entry["exercises"].values()))
        else:
            assert entry["exercises"] == {} and entry["score"] == 0.0 and entry["error"]


def test_the_courses_grades_json_totals_are_the_assignments_scores(graded):
    course_raw = graded["course_raw"]
    assert course_raw["assignments"] == {ASSIGNMENT: graded["raw"]}
    assert sorted(course_raw["students"]) == sorted(graded["grades"])
    for student, entry in graded["grades"].items():
        total = course_raw["students"][student]
        assert (total["score"], total["max_score"]) == (entry["score"], entry["max_score"]), student
        assert (total["assignments"], total["missing"]) == ({ASSIGNMENT: entry["score"]}, []), student


def test_the_courses_grades_csv_has_each_students_total_and_assignment_score(graded):
    import csv

    course: Course = graded["course"]
    rows = list(csv.reader((course.root / "grades.csv").open()))
    assert rows[0] == ["student", "score", "max_score", ASSIGNMENT]
    ours = {r[0]: r for r in csv.reader((course.root / GRADES_CSV).open())}
    assert len(rows) - 1 == len(graded["grades"])
    for student, score, max_score, assignment_score in rows[1:]:
        assert float(score) == float(assignment_score) == float(ours[student][2]), student
        assert float(max_score) == float(ours[student][3]), student


def test_nbgrader_export_sees_the_autograder_scores(graded):
    course: Course = graded["course"]
    run_nbgrader(course, ["export", "--to", str(course.root / "export.csv")])
    rows = (course.root / "export.csv").read_text().splitlines()
    header = rows[0].split(",")
    instructor = next(r.split(",") for r in rows[1:] if ",instructor," in f",{r},")
    assert float(instructor[header.index("raw_score")]) == 20.0


def test_second_run_over_unchanged_submissions_gives_identical_grades(graded):
    course: Course = graded["course"]
    proc = subprocess.run([sys.executable, "-m", "autograder", "grade", str(course.root), "--quiet"],
                          capture_output=True, text=True, timeout=600)
    assert proc.returncode == 0, proc.stderr[-2000:]
    again = json.loads((course.root / GRADES_JSON).read_text())
    assert again == graded["raw"]
    assert json.loads((course.root / "grades.json").read_text()) == graded["course_raw"]


def test_no_kernel_changed_a_host_sysctl_or_device_node(graded):
    assert graded["host_after"] == graded["host_before"]
    assert not CORE_PATTERN_MARKER.exists()
    log = student_log(graded, "attack-host-sysctl-and-devices")
    assert "HOSTPRIV" in log and "'written'" not in log and "'changed'" not in log


def test_no_kernel_memory_held_a_classmates_notebook_or_the_instructors_solutions(graded):
    log = student_log(graded, "zz-attack-memory-thief")
    assert "THIEF solutions: 0 markers: []" in log
    assert CLASSMATE_TOKEN not in log and INSTRUCTOR_TOKEN not in log


def test_nothing_one_kernel_leaves_is_seen_by_another(graded):
    assert "SHM stopped: No space left on device" in student_log(graded, "attack-shm-plant")
    assert "SHARED [False, False, False]" in student_log(graded, "attack-shm-read")


def test_keyrings_and_vsock_are_out_of_reach(graded):
    log = student_log(graded, "attack-keyring-and-vsock")
    assert "KEYS {'add_key': (-1, 1), 'vsock': 'Address family not supported by protocol'}" in log


def test_a_disk_filling_kernel_stops_at_its_own_tmpfs_sizes(graded):
    import ast

    log = student_log(graded, "attack-disk-filler")
    filled = ast.literal_eval(log.split("FILLED ", 1)[1].splitlines()[0])
    sizes = {"/home/student": 128, "/tmp": 256, "/dev/shm": 64}
    file_mib = 128  # the largest file a kernel may write
    assert set(filled) == set(sizes)
    for folder, (mib, reason) in filled.items():
        bound = min(sizes[folder], file_mib)
        assert reason in ("No space left on device", "File too large"), (folder, reason)
        assert bound - 8 <= mib <= bound, (folder, mib)


def grading_interval(graded, student: str) -> tuple[float, float]:
    """When the student's notebook was being graded, host wall clock."""
    result = json.loads(graded["course"].result_file(student).read_text())
    return result["started"], result["started"] + result["seconds"]


def test_a_pipe_hog_beside_a_classmate_takes_nothing_from_it_and_tells_it_nothing(graded):
    hog, receiver = grading_interval(graded, "a0-attack-pipe-hog"), grading_interval(graded, "a1-pipe-receiver")
    # they overlapped: the hog began before the receiver's probe (2 s into its cell) and held its
    # pipes (5 s) until after it
    assert hog[0] < receiver[0] + 1.0 and receiver[0] + 3.0 < hog[1], (hog, receiver)
    hog_log = student_log(graded, "a0-attack-pipe-hog")
    armed = re.search(r"PIPE HOG armed: \d+ pipes; a new pipe of mine holds (\d+) bytes", hog_log)
    assert armed and int(armed.group(1)) < 65536, hog_log[-2000:]  # the attack took its uid's share
    assert "PIPE RECEIVER sees a new pipe of 65536 bytes" in student_log(graded, "a1-pipe-receiver")
    assert exercise_scores(graded["grades"]["a1-pipe-receiver"]) == {ex: 5.0 for ex in EXERCISES}
