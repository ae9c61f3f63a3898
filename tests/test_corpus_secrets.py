"""Verdicts do not depend on the draw: the corpus keeps them under other course secrets.

The hidden checks are properties of the statement, not constants tuned to one draw of inputs.
The instructor's solutions and every corpus solution are graded (through the audit's batched
sandboxed path, once per test run) under three course secrets other than the audit's: each
correct one passes every check, each wrong one fails at least one check of its exercise. (The
audit's own secret is ``test_audit.py``'s; the demo class, under a secret of its own, is
``test_ordinary_user.py``'s.)
"""
from __future__ import annotations

import hashlib

import pytest

from autograder.audit.runner import run_audit
from autograder.demo import corpus_entries
from autograder.secret import CourseSecret

from courses import OTHER_SECRETS

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def verdicts():
    """Per secret label, per exercise: the rows of the instructor's solution and the corpus."""
    others = {label: CourseSecret(hashlib.sha256(label.encode()).digest()) for label in OTHER_SECRETS}
    return run_audit(mutants=False, corpus=False, other_secrets=others, log=lambda *a: None).verdicts


@pytest.mark.parametrize("course", OTHER_SECRETS)
def test_every_corpus_solution_and_the_instructors_are_graded(verdicts, course):
    expected = sorted(["instructor"] * 4 + [e.name for e in corpus_entries()])
    assert sorted(r.entry.name for rows in verdicts[course].values() for r in rows) == expected


@pytest.mark.parametrize("course", OTHER_SECRETS)
def test_the_corpus_keeps_its_verdicts_under_other_course_secrets(verdicts, course):
    wrong = [f"{row.entry.exercise}/{row.entry.name}" for rows in verdicts[course].values() for row in rows
             if (row.entry.verdict == "correct") != (not row.failed)]
    assert wrong == []


@pytest.mark.parametrize("course", OTHER_SECRETS)
def test_the_instructors_solutions_pass_every_check_under_other_course_secrets(verdicts, course):
    rows = [r for rows in verdicts[course].values() for r in rows if r.entry.name == "instructor"]
    assert len(rows) == 4 and all(r.failed == [] and r.score == r.max_score for r in rows)
