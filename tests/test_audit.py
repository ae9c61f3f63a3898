"""The hidden checks' strength, measured: mutants of the instructor's solutions and the corpus.

The audit grades every mutant through the real sandboxed path. Every exercise must kill at
least 95% of its non-equivalent mutants; every survivor must be reviewed as equivalent (with
a reason) in ``assignments/genomics_applications/audit/equivalent_mutants.toml``; no entry of
that file may be stale or killed after all; the corpus keeps its verdicts.
"""
from __future__ import annotations

import pytest

from autograder.audit.equivalents import load_equivalents
from autograder.audit.runner import TARGET, run_audit

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def report():
    return run_audit(log=lambda *a: None)


def test_every_exercise_kills_at_least_95_percent_of_its_non_equivalent_mutants(report):
    scores = {ex: audit.score for ex, audit in report.exercises.items()}
    assert all(score >= TARGET for score in scores.values()), scores


def test_every_surviving_mutant_is_reviewed_as_equivalent(report):
    survivors = {ex: [o.mutant.describe() for o in audit.survived] for ex, audit in report.exercises.items()}
    assert survivors == {ex: [] for ex in report.exercises}


def test_no_reviewed_equivalent_is_stale_or_killed_after_all(report):
    for audit in report.exercises.values():
        assert audit.stale == [] and audit.wrongly_equivalent == []


def test_every_equivalent_has_a_reason():
    assert all(len(e.reason) > 20 for e in load_equivalents().values())


def test_the_corpus_keeps_its_verdicts_under_the_audit_secret(report):
    for rows in report.corpus.values():
        for row in rows:
            if row.entry.verdict == "correct":
                assert row.failed == [] and row.score == row.max_score, row.entry.name
            else:
                assert row.failed and row.score < row.max_score, row.entry.name


@pytest.mark.parametrize("course", ["course A", "course B", "course C"])
def test_the_corpus_keeps_its_verdicts_under_other_course_secrets(course):
    """Checks are properties of the statement, not constants tuned to one draw of inputs."""
    import hashlib

    from autograder.secret import CourseSecret

    secret = CourseSecret(hashlib.sha256(course.encode()).digest())
    corpus = run_audit(mutants=False, secret=secret, log=lambda *a: None).corpus
    wrong_verdicts = [row.entry.student for rows in corpus.values() for row in rows
                      if (row.entry.verdict == "correct") != (not row.failed)]
    assert wrong_verdicts == []
