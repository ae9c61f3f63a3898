"""The first failure a student reads names their actual mistake.

Every wrong corpus solution declares, in a ``# feedback: <regex>`` header line
written from its mistake (not from the grader's wording), what the message of
its first failing check must say. The corpus is graded once through the real
sandbox (the audit's corpus run); each entry's first failing check, in check
order, is the first verdict its author would read.
"""
from __future__ import annotations

import re

import pytest

from autograder.audit import runner
from autograder.demo import CorpusEntry, corpus_entries

pytestmark = pytest.mark.slow

WRONG = [e for e in corpus_entries() if e.verdict == "wrong"]


def feedback_pattern(entry: CorpusEntry) -> str | None:
    """The entry's ``# feedback:`` regex, from its header lines (None when absent)."""
    for line in entry.path.read_text().splitlines()[:5]:
        if line.startswith("# feedback:"):
            return line.split(":", 1)[1].strip()
    return None


@pytest.fixture(scope="module")
def first_failures() -> dict[str, tuple[str, str]]:
    """Per corpus student: (name, message) of the first failing check of its exercise."""
    results = {}
    grade = runner._grade

    def grade_and_keep(setup, name, exercise, code, stop_at_first_failure):
        result = grade(setup, name, exercise, code, stop_at_first_failure)
        results[name] = result
        return result

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(runner, "_grade", grade_and_keep)
        report = runner.run_audit(mutants=False, log=lambda *a: None)
    first = {}
    for rows in report.corpus.values():
        for row in rows:
            result = results[f"corpus-{row.entry.student}"]
            failed = [c for c in result.checks if c.exercise == row.entry.exercise and not c.passed]
            if failed:
                first[row.entry.student] = (failed[0].name, failed[0].message)
    return first


@pytest.mark.parametrize("entry", WRONG, ids=lambda e: e.student)
def test_wrong_entry_declares_a_valid_feedback_pattern(entry):
    pattern = feedback_pattern(entry)
    assert pattern, f"{entry.path} has no '# feedback: <regex>' header line"
    re.compile(pattern)


@pytest.mark.parametrize("entry", WRONG, ids=lambda e: e.student)
def test_first_failing_message_names_the_mistake(first_failures, entry):
    assert entry.student in first_failures, f"{entry.what}: no check failed"
    name, message = first_failures[entry.student]
    assert re.search(feedback_pattern(entry) or "(?!)", message, re.IGNORECASE), \
        f"{entry.what}\n  first failure {name}: {message}"
