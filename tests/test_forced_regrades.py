"""The list of forced regrades still owed: what lets a plain run finish a --force run stopped by Ctrl-C.

The whole story (a real --force run, Ctrl-C, the plain run that finishes it) is graded in
``test_run_safety.py``; here the list and the message alone, in milliseconds.
"""
from __future__ import annotations

import json

from autograder.course.classrun import FORCED_PENDING_FILE, ForcedRegrades, RunInterrupted


def test_the_forced_list_is_written_at_the_start_shrinks_as_students_finish_and_is_removed_when_done(tmp_path):
    path = tmp_path / FORCED_PENDING_FILE
    ForcedRegrades(path).add(["alice", "bob", "=1+2"])
    assert json.loads(path.read_text())["students"] == ["=1+2", "alice", "bob"]
    later = ForcedRegrades(path)  # another run reads what the stopped one left
    later.done("alice")
    assert ForcedRegrades(path).students == {"bob", "=1+2"}
    later.add(["carol"])  # a second forced run adds its own; the earlier ones stay owed
    assert ForcedRegrades(path).students == {"bob", "=1+2", "carol"}
    for student in ("bob", "=1+2", "carol"):
        later.done(student)
    assert not path.exists() and not list(tmp_path.iterdir())  # no temporary file left either


def test_an_unreadable_forced_list_owes_nothing_and_is_replaced_by_the_next_forced_run(tmp_path):
    path = tmp_path / FORCED_PENDING_FILE
    path.write_text("{not json")
    assert ForcedRegrades(path).students == set()
    ForcedRegrades(path).add(["alice"])
    assert json.loads(path.read_text())["students"] == ["alice"]


def test_the_ctrl_c_message_of_a_forced_run_names_the_plain_command_and_how_many_are_left():
    message = str(RunInterrupted(2, 6, 4, "my-course"))
    assert message == ("interrupted: 2 of 6 submission(s) finished and kept; run `autograder grade my-course` "
                       "(without --force) to regrade the 4 students not yet done")
    assert "1 student not yet done" in str(RunInterrupted(5, 6, 1, "c"))
    assert str(RunInterrupted(2, 6)).endswith("run the same command again to grade the rest")
