"""Late submissions (policy, nbgrader's timestamp.txt, penalties) and ``autograder export``."""
from __future__ import annotations

import csv
import io
import json
import subprocess
import sys
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import NamedTuple

import nbformat
import pytest
from hypothesis import given
from hypothesis import strategies as st

from autograder.assignment import EXERCISES, instructor_solution
from autograder.demo import notebook_with, submit
from autograder.errors import EnvironmentProblem
from autograder.export import canvas_csv, plain_csv, read_roster
from autograder.lateness import (
    ClassLateness,
    LatePolicy,
    Lateness,
    PolicyError,
    assess,
    days_late,
    load_policy,
    parse_due,
    parse_timestamp,
    penalty,
    policy_path,
)

from courses import GRADE_OPTIONS

DUE = datetime(2026, 12, 1, 23, 59, tzinfo=timezone.utc)
TEN_PERCENT = LatePolicy(DUE, "percent_per_day", 10.0)


# --- lateness: pure functions ------------------------------------------------------------------

def test_nbgrader_timestamp_format_is_parsed_as_utc():
    assert parse_timestamp("2026-11-30 14:02:11.123456 UTC") == \
        datetime(2026, 11, 30, 14, 2, 11, 123456, tzinfo=timezone.utc)


def test_a_named_time_zone_is_converted_to_utc():
    assert parse_timestamp("2026-12-02 00:30:00 Europe/Berlin") == datetime(2026, 12, 1, 23, 30, tzinfo=timezone.utc)


def test_an_iso_offset_is_converted_to_utc():
    assert parse_timestamp("2026-12-01T20:00:00-05:00") == datetime(2026, 12, 2, 1, 0, tzinfo=timezone.utc)


def test_a_time_without_zone_is_utc_as_in_nbgrader():
    assert parse_timestamp("2026-12-01 23:00:00") == datetime(2026, 12, 1, 23, 0, tzinfo=timezone.utc)


def test_a_zone_that_is_a_file_path_is_refused():
    with pytest.raises(ValueError, match="unknown time zone"):
        parse_timestamp("2026-12-01 23:00:00 /etc/localtime")


def test_on_time_is_zero_days_late():
    assert days_late(DUE - timedelta(hours=3), DUE) == 0


def test_exactly_at_the_deadline_is_on_time():
    assert days_late(DUE, DUE) == 0


def test_within_the_grace_is_on_time():
    assert days_late(DUE + timedelta(minutes=9), DUE, grace_minutes=10) == 0


def test_past_the_grace_counts_days_from_the_deadline():
    assert days_late(DUE + timedelta(minutes=11), DUE, grace_minutes=10) == 1


def test_one_minute_late_is_one_day():
    assert days_late(DUE + timedelta(minutes=1), DUE) == 1


def test_a_day_and_a_minute_late_is_two_days():
    assert days_late(DUE + timedelta(days=1, minutes=1), DUE) == 2


def test_three_days_at_ten_percent_a_day_deducts_thirty_percent_of_the_max():
    assert penalty(TEN_PERCENT, score=15.0, max_score=20.0, days=3) == pytest.approx(6.0)


def test_zero_policy_takes_the_whole_score():
    assert penalty(LatePolicy(DUE, "zero"), score=17.0, max_score=20.0, days=1) == 17.0


def test_none_policy_deducts_nothing():
    assert penalty(LatePolicy(DUE, "none"), score=17.0, max_score=20.0, days=9) == 0.0


def test_a_penalty_never_takes_the_score_below_zero():
    assert penalty(TEN_PERCENT, score=4.0, max_score=20.0, days=5) == 4.0


def test_a_bad_timestamp_is_not_late_with_a_warning():
    late = assess(TEN_PERCENT, "yesterday-ish at noon")
    assert (late.days_late, late.submitted_at) == (0, None)
    assert "timestamp.txt unreadable" in late.warning and "YYYY-MM-DD HH:MM:SS" in late.warning


def test_a_missing_timestamp_is_not_late_with_a_warning():
    late = assess(TEN_PERCENT, None, "no timestamp.txt")
    assert late.days_late == 0 and late.warning == "no timestamp.txt: counted as on time"


def test_without_a_deadline_nothing_is_late_or_warned():
    assert assess(LatePolicy(), None) == Lateness(None, 0)


def test_the_late_block_reports_penalty_and_score_before_it():
    lateness = ClassLateness(TEN_PERCENT, {"ada": Lateness(DUE + timedelta(days=2), 3)})
    assert lateness.block("ada", 15.0, 20.0) == {
        "submitted_at": "2026-12-03T23:59:00+00:00", "due": "2026-12-01T23:59:00+00:00",
        "days_late": 3, "penalty": 6.0, "score_before_penalty": 15.0}


@given(score=st.floats(0, 20), days=st.integers(0, 60), percent=st.floats(0.01, 100),
       kind=st.sampled_from(["none", "zero", "percent_per_day"]))
def test_penalty_is_monotone_in_days_and_within_zero_and_the_score(score, days, percent, kind):
    policy = LatePolicy(DUE, kind, percent)
    now, later = penalty(policy, score, 20.0, days), penalty(policy, score, 20.0, days + 1)
    assert 0.0 <= now <= later <= score


# --- the policy file ---------------------------------------------------------------------------

def test_a_due_date_without_offset_is_refused_naming_the_format():
    with pytest.raises(PolicyError, match="ISO 8601 date and time with a UTC offset"):
        parse_due("2026-12-01 23:59")


def test_a_bad_policy_file_names_the_file_and_the_format(tmp_path):
    policy_path(tmp_path).parent.mkdir(parents=True)
    policy_path(tmp_path).write_text('due = "1st of December"\npenalty = "zero"\n')
    with pytest.raises(PolicyError, match=r"policy\.toml.*2026-12-01T23:59:00\+00:00"):
        load_policy(tmp_path)


def test_an_unknown_penalty_lists_the_choices(tmp_path):
    policy_path(tmp_path).parent.mkdir(parents=True)
    policy_path(tmp_path).write_text('due = "2026-12-01T23:59:00+00:00"\npenalty = "half"\n')
    with pytest.raises(PolicyError, match="none, zero, percent_per_day"):
        load_policy(tmp_path)


def test_a_policy_file_is_read(tmp_path):
    policy_path(tmp_path).parent.mkdir(parents=True)
    policy_path(tmp_path).write_text('due = "2026-12-01T23:59:00+00:00"\npenalty = "percent_per_day"\n'
                                     "percent_per_day = 10\ngrace_minutes = 5\n")
    assert load_policy(tmp_path) == LatePolicy(DUE, "percent_per_day", 10, 5)


# --- export files from a grades document -------------------------------------------------------

def _document():
    exercises = {ex: {"score": 5.0, "max_score": 5.0} for ex in EXERCISES}
    return {"assignment": "genomics_applications", "students": {
        "=1+2": {"status": "graded", "error": None, "score": 14.0, "max_score": 20.0, "exercises": exercises,
                 "late": {"submitted_at": "2026-12-03T23:59:00+00:00", "due": "2026-12-01T23:59:00+00:00",
                          "days_late": 3, "penalty": 6.0, "score_before_penalty": 20.0}},
        "bob": {"status": "error", "error": "@SUM(A1) not a notebook", "score": 0.0, "max_score": 20.0,
                "exercises": {}}}}


def _rows(text):
    return list(csv.reader(io.StringIO(text)))


def test_plain_csv_has_per_exercise_scores_total_penalty_and_final():
    rows = _rows(plain_csv(_document()))
    assert rows[0] == ["student", *EXERCISES, "total", "max_score", "submitted_at", "days_late", "penalty",
                       "final_score", "status", "error"]
    assert rows[1] == ["'=1+2", "5.0", "5.0", "5.0", "5.0", "20.0", "20.0", "2026-12-03T23:59:00+00:00", "3",
                       "6.0", "14.0", "graded", ""]


def test_plain_csv_error_text_is_formula_safe():
    assert _rows(plain_csv(_document()))[2][-1] == "'@SUM(A1) not a notebook"


def test_canvas_csv_header_follows_canvas_import_columns():
    rows = _rows(canvas_csv(_document(), assignment_id="4711")[0])
    assert rows[0] == ["Student", "ID", "SIS User ID", "SIS Login ID", "Section", "Genomics Applications (4711)"]


def test_canvas_csv_first_data_row_is_points_possible():
    assert _rows(canvas_csv(_document())[0])[1] == ["Points Possible", "", "", "", "", "20.0"]


def test_canvas_csv_puts_the_formula_safe_id_in_sis_login_id_with_the_penalised_score():
    assert _rows(canvas_csv(_document())[0])[2] == ["'=1+2", "", "", "'=1+2", "", "14.0"]


def test_canvas_csv_maps_students_through_a_roster(tmp_path):
    roster = tmp_path / "roster.csv"
    roster.write_text("nbgrader_id,Student,ID,SIS User ID,SIS Login ID,Section\n"
                      "bob,\"Builder, Bob\",123,S-9,bob@uni,=cmd|' /C calc'!A0\n")
    text, notes = canvas_csv(_document(), read_roster(roster))
    assert _rows(text)[3] == ["Builder, Bob", "123", "S-9", "bob@uni", "'=cmd|' /C calc'!A0", "0.0"]
    assert notes == ["1 student(s) not in the roster, exported with their nbgrader id as 'SIS Login ID': =1+2"]


def test_a_canvas_export_works_as_a_roster_matched_on_sis_login_id(tmp_path):
    roster = tmp_path / "canvas.csv"
    roster.write_text("Student,ID,SIS User ID,SIS Login ID,Section,Other\n"
                      "    Points Possible,,,,,10\nAda L,77,,ada,Sec A,3\n")
    assert read_roster(roster) == {"ada": {"Student": "Ada L", "ID": "77", "SIS Login ID": "ada",
                                           "Section": "Sec A"}}


def test_a_roster_without_an_id_column_is_refused(tmp_path):
    roster = tmp_path / "roster.csv"
    roster.write_text("name,email\nAda,ada@uni\n")
    with pytest.raises(EnvironmentProblem, match="nbgrader_id"):
        read_roster(roster)


# --- end to end: a small graded course with a late student -------------------------------------

STAMPS = {"ontime": "2026-12-01 22:00:00.000001 UTC", "late3": "2026-12-04 10:00:00.5 UTC",
          "=1+2": "not a time"}


def _run(*args):
    return subprocess.run([sys.executable, "-m", "autograder", *map(str, args)],
                          capture_output=True, text=True, timeout=900)


class Graded(NamedTuple):
    root: Path
    submission: object
    grade_output: str


@pytest.fixture(scope="module")
def course(new_course):
    course = new_course("late")
    release = nbformat.read(course.release_notebook, as_version=4)
    solved = notebook_with(release, {ex: instructor_solution(ex) for ex in EXERCISES})
    for student in ("ontime", "late3", "=1+2", "nostamp"):
        submit(course, student, solved)
        if student in STAMPS:
            (course.submission(student).parent / "timestamp.txt").write_text(STAMPS[student] + "\n")
    policy = _run("policy", course.root, "--due", "2026-12-01T23:59:00+00:00", "--penalty", "percent_per_day",
                  "--percent-per-day", "10", "--grace-minutes", "5")
    assert policy.returncode == 0, policy.stderr
    graded = _run("grade", course.root, "--jobs", "2", *GRADE_OPTIONS)
    assert graded.returncode == 0, graded.stderr[-3000:]
    return Graded(course.root, course.submission, graded.stdout)


def test_policy_command_wrote_the_policy_file(course):
    assert load_policy(course.root) == LatePolicy(DUE, "percent_per_day", 10, 5)


def test_policy_command_refuses_a_bad_date_naming_the_format(course):
    bad = _run("policy", course.root, "--due", "next friday")
    assert bad.returncode == 2 and "2026-12-01T23:59:00+00:00" in bad.stderr


def test_grades_json_has_a_late_block_and_the_penalised_score(course):
    late3 = json.loads((course.root / "grades.json").read_text())["students"]["late3"]
    assert late3["late"] == {"submitted_at": "2026-12-04T10:00:00.500000+00:00",
                             "due": "2026-12-01T23:59:00+00:00", "days_late": 3, "penalty": 6.0,
                             "score_before_penalty": 20.0}
    assert late3["score"] == 14.0
    assert {ex: e["score"] for ex, e in late3["exercises"].items()} == {ex: 5.0 for ex in EXERCISES}


def test_grades_json_on_time_student_keeps_the_full_score(course):
    ontime = json.loads((course.root / "grades.json").read_text())["students"]["ontime"]
    assert (ontime["score"], ontime["late"]["days_late"], ontime["late"]["penalty"]) == (20.0, 0, 0.0)


def test_an_unreadable_timestamp_is_on_time_with_a_warning_in_grades_json(course):
    student = json.loads((course.root / "grades.json").read_text())["students"]["=1+2"]
    assert (student["score"], student["late"]["days_late"]) == (20.0, 0)
    assert "counted as on time" in student["late"]["warning"]


def test_grade_warns_about_a_missing_timestamp(course):
    assert "warning: nostamp: no timestamp.txt: counted as on time" in course.grade_output


def test_the_table_notes_the_late_days_and_penalty(course):
    row = next(line for line in course.grade_output.splitlines() if line.startswith("late3"))
    assert "14.00" in row and row.endswith("late 3d -6.00")


def test_grades_csv_keeps_its_columns_and_appends_lateness(course):
    rows = list(csv.reader((course.root / "grades.csv").open()))
    assert rows[0][:len(EXERCISES) + 5] == ["student", "status", "score", "max_score", *EXERCISES, "error"]
    assert rows[0][-4:] == ["submitted_at", "days_late", "late_penalty", "score_before_penalty"]
    late3 = next(r for r in rows if r[0] == "late3")
    assert (late3[2], late3[-3:]) == ("14.0", ["3", "6.0", "20.0"])


def test_export_csv_is_written_under_exports_with_the_penalty(course):
    done = _run("export", course.root, "--format", "csv")
    assert done.returncode == 0, done.stderr
    rows = {r["student"]: r for r in csv.DictReader((course.root / "exports" / "genomics_applications.csv").open())}
    assert sorted(rows) == ["'=1+2", "late3", "nostamp", "ontime"]
    assert (rows["late3"]["total"], rows["late3"]["penalty"], rows["late3"]["final_score"]) == ("20.0", "6.0", "14.0")


def test_export_canvas_has_points_possible_and_penalised_scores(course):
    done = _run("export", course.root, "--format", "canvas")
    assert done.returncode == 0, done.stderr
    rows = list(csv.reader((course.root / "exports" / "genomics_applications_canvas.csv").open()))
    assert rows[1] == ["Points Possible", "", "", "", "", "20.0"]
    assert {r[3]: r[5] for r in rows[2:]} == {"'=1+2": "20.0", "late3": "14.0", "nostamp": "20.0", "ontime": "20.0"}


def test_export_never_overwrites_grades_csv(course):
    refused = _run("export", course.root, "--format", "csv", "--output", course.root / "grades.csv")
    assert refused.returncode == 2 and "choose another --output" in refused.stderr
