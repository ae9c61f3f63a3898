"""Late submissions (policy, nbgrader's timestamp.txt, penalties) and ``autograder export``."""
from __future__ import annotations

import csv
import io
import json
import re
import subprocess
import sys
from datetime import datetime, timedelta, timezone
from pathlib import Path
from types import SimpleNamespace
from typing import NamedTuple

import pytest
from hypothesis import given
from hypothesis import strategies as st

from genomics import ASSIGNMENT, EXERCISES, GENOMICS, GRADES_CSV, GRADES_JSON
from autograder.course.folder import Course, run_nbgrader
from autograder.common.errors import EnvironmentProblem
from autograder.outputs.export import NO_ROSTER_NOTE, canvas_csv, plain_csv, read_roster
from autograder.outputs.feedback import model, page
from autograder.grading.submission import SubmissionResult
from autograder.outputs.lateness import (
                                         ClassLateness,
                                         LatePolicy,
                                         Lateness,
                                         PolicyError,
                                         assess,
                                         course_lateness,
                                         days_late,
                                         load_policy,
                                         parse_due,
                                         parse_timestamp,
                                         penalty,
                                         policy_path,
                                         save_policy,
                                         )
from autograder.outputs.grades import class_lateness

from courses import copy_course
from small_class import STUDENTS, copy_of

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


# --- time zones: timestamp.txt offsets, --due with a zone name or a plain date ---------------------

def test_a_numeric_zone_in_timestamp_txt_is_hours_and_minutes_not_seconds():
    nine_utc = datetime(2026, 12, 3, 9, 0, tzinfo=timezone.utc)
    assert parse_timestamp("2026-12-03 10:00:00 +0100") == nine_utc
    assert parse_timestamp("2026-12-03 10:00:00 +01:00") == nine_utc
    assert parse_timestamp("2026-12-03 04:30:00 -0430") == nine_utc


def test_a_numeric_zone_that_is_no_hhmm_offset_is_an_unreadable_timestamp():
    late = assess(TEN_PERCENT, "2026-12-03 10:00:00 +3600")
    assert late.submitted_at is None and not late.missing and "+HHMM" in late.warning


def test_a_due_date_alone_is_the_end_of_that_day_in_the_course_time_zone():
    assert parse_due("2026-12-01") == datetime(2026, 12, 1, 23, 59, 59, tzinfo=timezone.utc)
    assert parse_due("2026-12-01", "Europe/Berlin") == datetime(2026, 12, 1, 22, 59, 59, tzinfo=timezone.utc)


def test_a_due_with_a_zone_name_is_in_that_zone_summer_time_included():
    assert parse_due("2026-12-01T23:59 Europe/Berlin") == datetime(2026, 12, 1, 22, 59, tzinfo=timezone.utc)
    assert parse_due("2026-07-01T23:59 Europe/Berlin") == datetime(2026, 7, 1, 21, 59, tzinfo=timezone.utc)
    assert parse_due("2026-12-01 Asia/Kolkata") == datetime(2026, 12, 1, 18, 29, 59, tzinfo=timezone.utc)


def test_a_due_time_without_zone_is_in_the_course_time_zone():
    assert parse_due("2026-12-01 23:59", "America/New_York") == datetime(2026, 12, 2, 4, 59, tzinfo=timezone.utc)


def test_an_unknown_zone_name_or_a_file_path_as_zone_is_refused():
    with pytest.raises(PolicyError, match="unknown time zone 'Mars/Base'"):
        parse_due("2026-12-01 Mars/Base")
    with pytest.raises(PolicyError, match="unknown time zone"):
        LatePolicy(timezone="../../etc/localtime")


def test_a_due_with_both_an_offset_and_a_zone_name_is_refused():
    with pytest.raises(PolicyError, match="both a UTC offset and a zone name"):
        parse_due("2026-12-01T23:59+01:00 Europe/Berlin")


def test_a_policy_file_with_a_time_zone_and_a_toml_date_is_the_end_of_that_day_there(tmp_path):
    policy_path(tmp_path).parent.mkdir(parents=True)
    policy_path(tmp_path).write_text('due = 2026-12-01\ntimezone = "Europe/Berlin"\n')
    policy = load_policy(tmp_path)
    assert (policy.due, policy.timezone) == (datetime(2026, 12, 1, 22, 59, 59, tzinfo=timezone.utc), "Europe/Berlin")


def test_a_saved_policy_keeps_its_time_zone_and_shows_the_deadline_in_it(tmp_path):
    policy = LatePolicy(parse_due("2026-12-01", "Europe/Berlin"), "zero", timezone="Europe/Berlin")
    save_policy(tmp_path, policy)
    assert 'due = "2026-12-01T23:59:59+01:00"' in policy_path(tmp_path).read_text()
    assert load_policy(tmp_path) == policy


def test_policy_command_takes_a_plain_date_a_zone_name_and_the_course_time_zone(new_fresh_course):
    course = new_fresh_course("zones")
    plain = _run("policy", course.root, "--timezone", "Europe/Berlin", "--due", "2026-12-01")
    assert plain.returncode == 0, plain.stderr
    assert "due: 2026-12-01T23:59:59+01:00 (Europe/Berlin)" in plain.stdout
    assert load_policy(course.root).due == datetime(2026, 12, 1, 22, 59, 59, tzinfo=timezone.utc)
    named = _run("policy", course.root, "--due", "2026-12-01T23:59 America/New_York")
    assert named.returncode == 0, named.stderr
    policy = load_policy(course.root)
    assert (policy.due, policy.timezone) == (datetime(2026, 12, 2, 4, 59, tzinfo=timezone.utc), "Europe/Berlin")
    assert "due: 2026-12-02T05:59:00+01:00 (Europe/Berlin)" in named.stdout


def test_an_assignment_follows_the_courses_policy_until_it_has_its_own(tmp_path):
    course_wide = LatePolicy(DUE, "zero")
    save_policy(tmp_path, course_wide)
    assert load_policy(tmp_path, "first") == load_policy(tmp_path, "second") == course_wide
    own = LatePolicy(DUE + timedelta(days=7), "percent_per_day", 10.0)
    assert save_policy(tmp_path, own, "second") == tmp_path / "autograder" / "second" / "policy.toml"
    assert (load_policy(tmp_path, "first"), load_policy(tmp_path, "second"), load_policy(tmp_path)) == \
        (course_wide, own, course_wide)


def test_lateness_in_an_assignment_is_judged_by_its_own_deadline(tmp_path):
    save_policy(tmp_path, LatePolicy(DUE, "zero"))
    save_policy(tmp_path, LatePolicy(DUE + timedelta(days=7), "zero"), "later")
    for name in ("early", "later"):
        stamp = tmp_path / "submitted" / "ada" / name / "timestamp.txt"
        stamp.parent.mkdir(parents=True)
        stamp.write_text("2026-12-03 12:00:00.000000 UTC\n")  # two days after DUE, five before the later one
    early, later = (course_lateness(tmp_path, ["ada"], name).students["ada"] for name in ("early", "later"))
    assert (early.days_late, later.days_late) == (2, 0)


def test_policy_command_sets_one_assignments_own_deadline_and_refuses_an_unknown_one(new_fresh_course):
    course = new_fresh_course("own-deadline")
    _run("policy", course.root, "--due", "2026-12-01", "--penalty", "zero")
    own = _run("policy", course.root, "--assignment", ASSIGNMENT, "--due", "2026-12-08")
    assert own.returncode == 0, own.stderr
    assert f"assignment: {ASSIGNMENT}, policy: its own" in own.stdout
    policy = load_policy(course.root, ASSIGNMENT)
    # a copy of the course's with the new deadline; the course's own is unchanged
    assert (policy.due.date().isoformat(), policy.penalty) == ("2026-12-08", "zero")
    assert load_policy(course.root).due.date().isoformat() == "2026-12-01"
    shown = _run("policy", course.root)
    assert f"with a policy of their own, which this one does not change: {ASSIGNMENT}" in shown.stdout
    unknown = _run("policy", course.root, "--assignment", "no_such_thing", "--due", "2026-12-08")
    assert unknown.returncode == 2 and "has no assignment 'no_such_thing'" in unknown.stderr, unknown.stderr
    assert "Traceback" not in unknown.stderr


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

def test_a_due_date_that_is_no_date_is_refused_naming_the_format():
    with pytest.raises(PolicyError, match=r"ISO 8601 date and time with a UTC offset \(2026-12-01T23:59:00\+00:00\)"):
        parse_due("1st of December 23:59")


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


# --- warnings about unknown submission times: a summary, the real errors by name, the list in a log --

def _class_without_timestamps(root: Path, missing: int) -> list[str]:
    """A course folder with a deadline, ``missing`` students without timestamp.txt and one unreadable one."""
    save_policy(root, TEN_PERCENT)
    bad = root / "submitted" / "mallory" / ASSIGNMENT
    bad.mkdir(parents=True)
    (bad / "timestamp.txt").write_text("last tuesday, around noon\n")
    return [f"s{k:02d}" for k in range(missing)] + ["mallory"]


def test_84_missing_timestamps_make_one_line_while_the_unreadable_one_is_named(tmp_path):
    students = _class_without_timestamps(tmp_path, 84)
    lines = []
    class_lateness(Course(tmp_path, GENOMICS), [SimpleNamespace(student=s) for s in students], log=lines.append)
    log = tmp_path / "autograder" / ASSIGNMENT / "lateness.log"
    assert lines[0] == ("warning: 84 submissions have no timestamp.txt: counted as on time "
                        f"(s00, s01, s02, ...; list in {log})")
    assert len(lines) == 2
    assert lines[1].startswith("warning: mallory: timestamp.txt unreadable, counted as on time: not a time")


def test_the_lateness_log_lists_every_submission_without_a_time(tmp_path):
    students = _class_without_timestamps(tmp_path, 84)
    class_lateness(Course(tmp_path, GENOMICS), [SimpleNamespace(student=s) for s in students], log=lambda line: None)
    listed = (tmp_path / "autograder" / ASSIGNMENT / "lateness.log").read_text().splitlines()
    entries = [line for line in listed if not line.startswith("#")]
    assert entries[:84] == [f"{s}: no timestamp.txt: counted as on time" for s in students[:84]]
    assert len(entries) == 85 and entries[84].startswith(
        "mallory: timestamp.txt unreadable, counted as on time: not a time in nbgrader's 'YYYY-MM-DD")


def test_the_lateness_log_goes_once_every_time_is_known(tmp_path):
    students = _class_without_timestamps(tmp_path, 2)
    class_lateness(Course(tmp_path, GENOMICS), [SimpleNamespace(student=s) for s in students], log=lambda line: None)
    lines = []
    class_lateness(Course(tmp_path, GENOMICS), [SimpleNamespace(student="ada")], log=lines.append)
    assert lines == [f"warning: 1 submission has no timestamp.txt: counted as on time "
                     f"(ada; list in {tmp_path / 'autograder' / ASSIGNMENT / 'lateness.log'})"]
    (tmp_path / "submitted" / "ada" / ASSIGNMENT).mkdir(parents=True)
    (tmp_path / "submitted" / "ada" / ASSIGNMENT / "timestamp.txt").write_text("2026-12-01 10:00:00 UTC\n")
    lines = []
    class_lateness(Course(tmp_path, GENOMICS), [SimpleNamespace(student="ada")], log=lines.append)
    assert lines == [] and not (tmp_path / "autograder" / ASSIGNMENT / "lateness.log").exists()


# --- the student's page: the final score, the penalty shown as such -----------------------------------

LATE_1_DAY = {"submitted_at": "2026-12-02T10:00:00+00:00", "due": "2026-12-01T23:59:00+00:00", "days_late": 1,
              "penalty": 2.0, "score_before_penalty": 20.0}


def test_the_students_page_total_is_after_the_penalty_shown_as_late_1_day():
    graded = SubmissionResult("ada", "graded", None, {ex: {"score": 5.0, "max_score": 5.0} for ex in EXERCISES},
                              20.0)
    html = page.render(GENOMICS, model.build(GENOMICS, graded, late=LATE_1_DAY))
    assert "Total: <strong>18 / 20</strong> points after the late penalty" in html
    assert "<strong>late 1 day: -2.00</strong> (from 20 / 20)" in html


def test_the_page_of_an_ungradable_notebook_a_ta_scored_has_the_tas_total_less_the_penalty():
    broken = SubmissionResult("bob", "error", "notebook is not valid JSON", {}, 20.0)
    scores = {"ex1_irls_logistic": {"score": 4.0, "max_score": 5.0, "auto_score": 0.0, "manual_score": 4.0,
                                    "extra_credit": 0.0, "comment": "graded by hand from your PDF"}}
    html = page.render(GENOMICS, model.build(GENOMICS, broken, scores=scores, late=LATE_1_DAY))
    assert "could not be graded" in html and "Total: <strong>2 / 20</strong> points after the late penalty" in html
    assert "Score set by your TA.</p>" in html and "graded by hand from your PDF" in html


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
    rows = _rows(plain_csv(EXERCISES, _document()))
    assert rows[0] == ["student", *EXERCISES, "total", "max_score", "submitted_at", "days_late", "penalty",
                       "final_score", "status", "error"]
    assert rows[1] == ["'=1+2", "5.0", "5.0", "5.0", "5.0", "20.0", "20.0", "2026-12-03T23:59:00+00:00", "3",
                       "6.0", "14.0", "graded", ""]


def test_plain_csv_error_text_is_formula_safe():
    assert _rows(plain_csv(EXERCISES, _document()))[2][-1] == "'@SUM(A1) not a notebook"


def test_canvas_csv_header_follows_canvas_import_columns():
    rows = _rows(canvas_csv(_document(), None, GENOMICS.title, assignment_id="4711").text)
    assert rows[0] == ["Student", "ID", "SIS User ID", "SIS Login ID", "Section", "Genomics Applications (4711)"]


def test_canvas_csv_first_data_row_is_points_possible():
    assert _rows(canvas_csv(_document(), None, GENOMICS.title).text)[1] == ["Points Possible", "", "", "", "", "20.0"]


def test_canvas_csv_puts_the_formula_safe_id_in_sis_login_id_with_the_penalised_score():
    assert _rows(canvas_csv(_document(), None, GENOMICS.title).text)[2] == ["'=1+2", "", "", "'=1+2", "", "14.0"]


def test_canvas_csv_maps_students_through_a_roster(tmp_path):
    roster = tmp_path / "roster.csv"
    roster.write_text("nbgrader_id,Student,ID,SIS User ID,SIS Login ID,Section\n"
                      "bob,\"Builder, Bob\",123,S-9,bob@uni,=cmd|' /C calc'!A0\n")
    assert _rows(canvas_csv(_document(), read_roster(roster), GENOMICS.title).text)[2] == \
        ["Builder, Bob", "123", "S-9", "bob@uni", "'=cmd|' /C calc'!A0", "0.0"]


def test_canvas_csv_leaves_students_missing_from_the_roster_out_and_names_them(tmp_path):
    roster = tmp_path / "roster.csv"
    roster.write_text("nbgrader_id,SIS Login ID\nbob,bob@uni\n")
    canvas = canvas_csv(_document(), read_roster(roster), GENOMICS.title)
    assert [r[3] for r in _rows(canvas.text)[2:]] == ["bob@uni"]
    assert canvas.unmatched == ["=1+2"]
    assert canvas.notes == ["warning: 1 student(s) are not in the roster and are NOT in the Canvas file "
                            "(add them to the roster and export again): =1+2"]


def test_canvas_csv_without_a_roster_says_it_takes_nbgrader_ids_for_canvas_logins():
    assert canvas_csv(_document(), None, GENOMICS.title).notes == [NO_ROSTER_NOTE]
    assert "Canvas matches a row only when that id is the student's Canvas login" in NO_ROSTER_NOTE


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

def _run(*args):
    return subprocess.run([sys.executable, "-m", "autograder", *map(str, args)],
                          capture_output=True, text=True, timeout=900)


class Graded(NamedTuple):
    root: Path
    submission: object
    grade_output: str


@pytest.fixture(scope="module")
def course(small_class, tmp_path_factory):
    """A copy of the suite's small graded class (``tests/small_class.py``), whose policy was set before
    its one `grade` run: ada on time, late3 three days late, =1+2 with an unreadable time, bob without
    timestamp.txt."""
    copy = copy_of(small_class, tmp_path_factory.mktemp("late") / "course").course
    return Graded(copy.root, copy.submission, small_class.grade_output)


def students(course) -> dict[str, dict]:
    return json.loads((course.root / GRADES_JSON).read_text())["students"]


def test_policy_command_wrote_the_policy_file(course):
    assert load_policy(course.root) == LatePolicy(DUE, "percent_per_day", 10, 5)


def test_policy_command_refuses_a_bad_date_naming_the_format(course):
    bad = _run("policy", course.root, "--due", "next friday")
    assert bad.returncode == 2 and "2026-12-01T23:59:00+00:00" in bad.stderr


def test_grades_json_has_a_late_block_and_the_penalised_score(course):
    late3 = json.loads((course.root / GRADES_JSON).read_text())["students"]["late3"]
    assert late3["late"] == {"submitted_at": "2026-12-04T10:00:00.500000+00:00",
                             "due": "2026-12-01T23:59:00+00:00", "days_late": 3, "penalty": 6.0,
                             "score_before_penalty": 20.0}
    assert late3["score"] == 14.0
    assert {ex: e["score"] for ex, e in late3["exercises"].items()} == {ex: 5.0 for ex in EXERCISES}


def test_grades_json_on_time_student_keeps_the_full_score(course):
    ontime = students(course)["ada"]
    assert (ontime["score"], ontime["late"]["days_late"], ontime["late"]["penalty"]) == (20.0, 0, 0.0)


def test_an_unreadable_timestamp_is_on_time_with_a_warning_in_grades_json(course):
    student = students(course)["=1+2"]
    assert (student["score"], student["late"]["days_late"]) == (5.0, 0)  # exercise 1 right, no penalty
    assert "counted as on time" in student["late"]["warning"]


def test_grade_warns_about_a_missing_timestamp(course):
    # the graded course's own log (this copy's is in the same place under the copy)
    assert re.search(r"^warning: 1 submission has no timestamp.txt: counted as on time \(bob; list in "
                     rf"\S+/autograder/{ASSIGNMENT}/lateness.log\)$", course.grade_output, re.MULTILINE)


def test_the_table_notes_the_late_days_and_penalty(course):
    row = next(line for line in course.grade_output.splitlines() if line.startswith("late3"))
    assert "14.00" in row and row.endswith("late 3 days: -6.00")


def test_grades_csv_keeps_its_columns_and_appends_lateness(course):
    rows = list(csv.reader((course.root / GRADES_CSV).open()))
    assert rows[0][:len(EXERCISES) + 5] == ["student", "status", "score", "max_score", *EXERCISES, "error"]
    assert rows[0][-4:] == ["submitted_at", "days_late", "late_penalty", "score_before_penalty"]
    late3 = next(r for r in rows if r[0] == "late3")
    assert (late3[2], late3[-3:]) == ("14.0", ["3", "6.0", "20.0"])


def test_export_csv_is_written_under_exports_with_the_penalty(course):
    done = _run("export", course.root, "--format", "csv")
    assert done.returncode == 0, done.stderr
    rows = {r["student"]: r for r in csv.DictReader((course.root / "exports" / "genomics_applications.csv").open())}
    assert sorted(rows) == sorted("'" + s if s.startswith("=") else s for s in STUDENTS)
    assert (rows["late3"]["total"], rows["late3"]["penalty"], rows["late3"]["final_score"]) == ("20.0", "6.0", "14.0")


def test_export_canvas_has_points_possible_and_penalised_scores(course):
    done = _run("export", course.root, "--format", "canvas")
    assert done.returncode == 0, done.stderr
    rows = list(csv.reader((course.root / "exports" / "genomics_applications_canvas.csv").open()))
    assert rows[0][-1] == "Genomics Applications"  # the default title: the assignment's
    assert rows[1] == ["Points Possible", "", "", "", "", "20.0"]
    assert {r[3]: r[5] for r in rows[2:]} == {("'" + s if s.startswith("=") else s): str(e["score"])
                                              for s, e in students(course).items()}
    assert {r[3]: r[5] for r in rows[2:]}["late3"] == "14.0"


def test_export_never_overwrites_grades_csv(course):
    for ours in (course.root / "grades.csv", course.root / GRADES_CSV, course.root / GRADES_JSON):
        refused = _run("export", course.root, "--assignment", ASSIGNMENT, "--format", "csv", "--output", ours)
        assert refused.returncode == 2 and "choose another --output" in refused.stderr


def test_export_prints_one_line_for_missing_timestamps_and_names_the_unreadable_one(course):
    done = _run("export", course.root, "--format", "csv")
    assert done.returncode == 0, done.stderr
    warnings = [line for line in done.stdout.splitlines() if line.startswith("warning:")]
    assert warnings[0] == ("warning: 1 submission has no timestamp.txt: counted as on time (bob; list in "
                           f"{course.root / 'autograder' / ASSIGNMENT / 'lateness.log'})")
    assert len(warnings) == 2 and warnings[1].startswith("warning: =1+2: timestamp.txt unreadable")


# --- one final score: the student's page and nbgrader's gradebook carry the same penalty -----------

def _nbgrader_export(root: Path, to: Path) -> dict[str, dict]:
    run_nbgrader(Course(root, GENOMICS), ["export", "--to", str(to)])
    return {row["student_id"]: row for row in csv.DictReader(to.open()) if row["assignment"] == ASSIGNMENT}


def test_nbgrader_export_subtracts_the_same_late_penalty_as_our_exports(course, tmp_path):
    ours = json.loads((course.root / GRADES_JSON).read_text())["students"]
    theirs = _nbgrader_export(course.root, tmp_path / "nbgrader.csv")
    assert (theirs["late3"]["late_submission_penalty"], theirs["late3"]["score"]) == ("6.0", "14.0")
    assert {s: float(row["score"]) for s, row in theirs.items()} == {s: e["score"] for s, e in ours.items()}
    assert (theirs["late3"]["timestamp"], theirs["late3"]["duedate"]) == \
        ("2026-12-04 10:00:00.500000", "2026-12-01 23:59:00")


def test_the_students_feedback_page_shows_the_late_penalty_and_the_final_score(course):
    done = _run("feedback", course.root)
    assert done.returncode == 0, done.stderr
    late = (course.root / "feedback" / "late3" / ASSIGNMENT / f"{ASSIGNMENT}.html").read_text()
    assert "Total: <strong>14 / 20</strong> points after the late penalty" in late
    assert "<strong>late 3 days: -6.00</strong> (from 20 / 20)" in late
    on_time = (course.root / "feedback" / "ada" / ASSIGNMENT / f"{ASSIGNMENT}.html").read_text()
    assert "Total: <strong>20 / 20</strong> points</p>" in on_time and "late penalty" not in on_time


def test_nbgrader_generate_feedback_shows_the_late_penalty_and_the_final_score(course):
    run_nbgrader(Course(course.root, GENOMICS), ["generate_feedback", ASSIGNMENT, "--force"])
    page = (course.root / "feedback" / "late3" / ASSIGNMENT / f"{ASSIGNMENT}.html").read_text()
    # the course's generate_feedback renders the autograder's page: the same words as `autograder feedback`
    assert "Total: <strong>14 / 20</strong> points after the late penalty" in page
    assert "<strong>late 3 days: -6.00</strong> (from 20 / 20)" in page


def test_a_zero_policy_and_a_ta_score_give_0_in_canvas_and_in_nbgrader_export(course, tmp_path):
    # the case: a late student a TA scored 19.5 in formgrader, under penalty = "zero"
    from nbgrader.api import Gradebook

    copy = copy_course(Course(course.root, GENOMICS), tmp_path / "course")
    changed = _run("policy", copy.root, "--penalty", "zero")
    assert changed.returncode == 0, changed.stderr
    assert "rewrote" in changed.stdout and "nothing regraded" in changed.stdout
    assert json.loads((copy.root / GRADES_JSON).read_text())["students"]["late3"]["score"] == 0.0
    with Gradebook(copy.db_url) as gb:
        grade = next(g for g in gb.find_submission_notebook(GENOMICS.notebook_id, ASSIGNMENT, "late3").grades
                     if g.max_score)
        grade.manual_score = grade.max_score - 0.5
        gb.db.commit()
    exported = _run("export", copy.root, "--format", "canvas")
    assert exported.returncode == 0, exported.stderr
    canvas = {r[3]: r[5] for r in csv.reader((copy.root / "exports" / "genomics_applications_canvas.csv").open())}
    theirs = _nbgrader_export(copy.root, tmp_path / "nbgrader.csv")["late3"]
    assert (canvas["late3"], theirs["raw_score"], theirs["late_submission_penalty"], theirs["score"]) == \
        ("0.0", "19.5", "19.5", "0.0")
