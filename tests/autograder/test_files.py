"""A student's own files are named safely whatever the id (``files.student_file_stem``)."""
from __future__ import annotations

import os

from genomics import ASSIGNMENT, GENOMICS
from autograder.course.folder import Course
from autograder.common.files import student_file_stem

#: folder names nbgrader takes that are no plain file stem: too long once ".json" and a temporary name are added,
#: a formula, spaces, accents, a leading dash, terminal escapes, undecodable bytes
ODD_IDS = ["x" * 243, "x" * 242 + "y", "=1+2", "Ana María López", "Ünïcode", "-rf", "a\x1b[31mred", "bad\udcff",
           "a b"]


def test_a_plain_student_id_is_its_own_file_stem():
    for student in ("alice", "s0", "jdoe@example.edu", "a_b", "x" * 100, "A.B-c_d+e"):
        assert student_file_stem(student) == student


def test_an_odd_or_too_long_student_id_gets_a_distinct_short_stem_with_a_readable_prefix():
    stems = [student_file_stem(s) for s in ODD_IDS]
    assert len(set(stems)) == len(ODD_IDS)
    assert student_file_stem("a b") != student_file_stem("a_b")  # the plain id its prefix reads as
    for stem in stems:
        name = f".{stem}.json.{2**22}.tmp"  # what atomic_write names it for a moment
        assert len(os.fsencode(name)) <= 255 and stem.isascii() and stem.isprintable()
        assert not stem.startswith((".", "-")) and "/" not in stem
    assert student_file_stem("Ana María López").startswith("Ana_Maria_Lopez~")
    assert student_file_stem("x" * 243).startswith("x" * 40 + "~")


def test_a_courses_result_and_log_files_are_named_by_the_one_stem_function(tmp_path):
    course = Course(tmp_path, GENOMICS)
    state = tmp_path / "autograder" / ASSIGNMENT
    for student in ["alice", *ODD_IDS]:
        assert course.result_file(student) == state / "results" / f"{student_file_stem(student)}.json"
        assert course.log_file(student) == state / "logs" / f"{student_file_stem(student)}.log"
