"""The hidden checks' strength, measured per assignment: mutants of the instructor's solutions and the corpus.

Every assignment the project ships meets the same bars. The audit (run once per assignment and test
run: the ``audits`` fixture) grades every mutant through the
real sandboxed path. Every exercise must kill at least 95% of its non-equivalent mutants; every
survivor must be reviewed as equivalent (with a reason) in
``assignments/<assignment>/audit/equivalent_mutants.toml``; no entry of that file may be
stale or killed after all; the corpus keeps its verdicts under the audit's secret and under three
other course secrets, and the instructor's own solutions pass every check under each.

The hidden checks are properties of the statement, not constants tuned to one draw of inputs: the
same run grades the instructor's solutions and the corpus under :data:`courses.OTHER_SECRETS` too
(one template per exercise serves every secret). Every solution stops at its first failing check,
which decides its verdict and its first message alike. (The demo class, under a secret of its own,
is ``test_ordinary_user.py``'s.)

The same corpus run holds the first failure a student reads: every wrong corpus solution
declares, in a ``# feedback: <regex>`` header line written from its mistake (not from the
grader's wording), what the message of its first failing check must say; and where the same
check fails first under every secret, its message is the same under every secret: no message of
the grader carries a drawn value (a seed, a size, a tolerance, which entry, how far off).
"""
from __future__ import annotations

import hashlib
import re

import pytest

from autograder.assignment import known_assignments
from autograder.audit.equivalents import equivalents_file, load_equivalents, mistakes_record
from autograder.audit.runner import AUDIT_LABEL, TARGET, run_audit
from autograder.course.demo import CorpusEntry, corpus_entries
from autograder.course.secret import CourseSecret

from courses import OTHER_SECRETS

pytestmark = pytest.mark.slow
ASSIGNMENTS = known_assignments()
WRONG = [(a, e) for a in ASSIGNMENTS for e in corpus_entries(a) if e.verdict == "wrong"]
per_assignment = pytest.mark.parametrize("assignment", ASSIGNMENTS, ids=lambda a: a.name)
_REPORTS: dict = {}


@pytest.fixture(scope="module")
def audits():
    """``audits(assignment)``: its audit, run once: every mutant, and the corpus (with the instructor's
    solutions) under its secret and under the other secrets, each solution up to its first failing check."""
    others = {label: CourseSecret(hashlib.sha256(label.encode()).digest()) for label in OTHER_SECRETS}

    def report(assignment):
        if assignment.name not in _REPORTS:
            _REPORTS[assignment.name] = run_audit(assignment, log=lambda *a: None, other_secrets=others,
                                                  matrix=False)
        return _REPORTS[assignment.name]
    return report


@per_assignment
def test_every_exercise_kills_at_least_95_percent_of_its_non_equivalent_mutants(audits, assignment):
    scores = {ex: audit.score for ex, audit in audits(assignment).exercises.items()}
    assert all(score >= TARGET for score in scores.values()), scores


@per_assignment
def test_every_exercise_kills_at_least_95_percent_of_the_frozen_mistake_operators_mutants(audits, assignment):
    from autograder.audit.mistakes import FAMILY

    scores = {ex: audit.score for ex, audit in audits(assignment).families[FAMILY].items()}
    assert all(score >= TARGET for score in scores.values()), scores


@per_assignment
def test_every_mutant_of_every_exercise_is_graded(audits, assignment):
    from autograder.audit.mutants import mutants_of

    graded = {ex: sorted(o.mutant.id for o in audit.outcomes) for ex, audit in audits(assignment).exercises.items()}
    assert graded == {ex: sorted(m.id for m in mutants_of(assignment.instructor_solution(ex), ex))
                      for ex in assignment.exercise_ids}


@per_assignment
def test_every_mistake_mutant_of_the_frozen_version_is_graded(audits, assignment):
    from autograder.audit.mistakes import FAMILY, load_record

    graded = sorted(o.mutant.id for audit in audits(assignment).families[FAMILY].values() for o in audit.outcomes)
    assert graded == sorted(load_record(mistakes_record(assignment)))


@per_assignment
def test_no_mistake_mutant_killed_when_the_gauge_was_frozen_survives_now(audits, assignment):
    """The mistake operators measure the checks: a change of the checks may raise their kill rate,
    never lose a mutant they killed when the operators were frozen."""
    from autograder.audit.mistakes import FAMILY, load_record

    record = load_record(mistakes_record(assignment))
    lost = [o.mutant.describe() for audit in audits(assignment).families[FAMILY].values() for o in audit.outcomes
            if not o.killed and record[o.mutant.id]["before"] == "killed"]
    assert lost == []


@per_assignment
def test_every_surviving_mutant_is_reviewed_as_equivalent(audits, assignment):
    exercises = audits(assignment).exercises
    survivors = {ex: [o.mutant.describe() for o in audit.survived] for ex, audit in exercises.items()}
    assert survivors == {ex: [] for ex in exercises}


@per_assignment
def test_no_reviewed_equivalent_is_stale_or_killed_after_all(audits, assignment):
    for family in audits(assignment).families.values():
        for audit in family.values():
            assert audit.stale == [] and audit.wrongly_equivalent == [], audit.exercise


@per_assignment
def test_every_equivalent_has_a_reason(assignment):
    assert all(len(e.reason) > 20 for e in load_equivalents(equivalents_file(assignment)).values())


@per_assignment
def test_the_corpus_keeps_its_verdicts_under_the_audit_secret(audits, assignment):
    for rows in audits(assignment).corpus.values():
        for row in rows:
            if row.entry.verdict == "correct":
                assert row.failed == [] and row.score == row.max_score, (row.entry.name, row.first_failure)
            else:
                assert row.failed and row.score < row.max_score, row.entry.name


@per_assignment
@pytest.mark.parametrize("course", (AUDIT_LABEL, *OTHER_SECRETS))
def test_every_corpus_solution_and_the_instructors_are_graded(audits, assignment, course):
    expected = sorted(["instructor"] * len(assignment.exercise_ids) + [e.name for e in corpus_entries(assignment)])
    assert sorted(r.entry.name for rows in audits(assignment).verdicts[course].values() for r in rows) == expected


@per_assignment
@pytest.mark.parametrize("course", OTHER_SECRETS)
def test_the_corpus_keeps_its_verdicts_under_other_course_secrets(audits, assignment, course):
    wrong = [f"{row.entry.exercise}/{row.entry.name} ({row.entry.verdict}): {row.first_failure}"
             for rows in audits(assignment).verdicts[course].values()
             for row in rows if (row.entry.verdict == "correct") != (not row.failed)]
    assert wrong == []


@per_assignment
@pytest.mark.parametrize("course", (AUDIT_LABEL, *OTHER_SECRETS))
def test_the_instructors_solutions_pass_every_check_under_every_secret(audits, assignment, course):
    rows = [r for rows in audits(assignment).verdicts[course].values() for r in rows if r.entry.name == "instructor"]
    assert len(rows) == len(assignment.exercise_ids) and all(r.failed == [] and r.score == r.max_score for r in rows)


# ------------------------------------------------------------ the first failure a student reads
def feedback_pattern(entry: CorpusEntry) -> str | None:
    """The entry's ``# feedback:`` regex, from its header lines (None when absent)."""
    for line in entry.path.read_text().splitlines()[:5]:
        if line.startswith("# feedback:"):
            return line.split(":", 1)[1].strip()
    return None


def first_failures(report) -> dict[str, tuple[str, str]]:
    """Per corpus student: (name, message) of the first failing check of its exercise."""
    return {row.entry.student: row.first_failure for rows in report.corpus.values() for row in rows
            if row.first_failure is not None}


def graders_part(message: str) -> str:
    """``message`` without what the student's own code raised (theirs, not the grader's)."""
    return re.sub(r"raised (\w+): [^;]*", r"raised \1: ...", message)


@per_assignment
@pytest.mark.parametrize("course", OTHER_SECRETS)
def test_a_first_failure_reads_the_same_under_every_secret(audits, assignment, course):
    """The same first failing check says the same words under another secret."""
    ours, theirs = audits(assignment).verdicts[AUDIT_LABEL], audits(assignment).verdicts[course]
    differ = [(f"{ex}/{a.entry.name}", a.first_failure[1], b.first_failure[1])
              for ex in ours for a, b in zip(ours[ex], theirs[ex], strict=True)
              if a.first_failure and b.first_failure and a.first_failure[0] == b.first_failure[0]
              and graders_part(a.first_failure[1]) != graders_part(b.first_failure[1])]
    assert differ == []


@pytest.mark.parametrize(("assignment", "entry"), WRONG, ids=lambda x: getattr(x, "student", None) or x.name)
def test_wrong_entry_declares_a_valid_feedback_pattern(assignment, entry):
    pattern = feedback_pattern(entry)
    assert pattern, f"{entry.path} has no '# feedback: <regex>' header line"
    re.compile(pattern)


@pytest.mark.parametrize(("assignment", "entry"), WRONG, ids=lambda x: getattr(x, "student", None) or x.name)
def test_first_failing_message_names_the_mistake(audits, assignment, entry):
    failures = first_failures(audits(assignment))
    assert entry.student in failures, f"{entry.what}: no check failed"
    name, message = failures[entry.student]
    assert re.search(feedback_pattern(entry) or "(?!)", message, re.IGNORECASE), \
        f"{entry.what}\n  first failure {name}: {message}"
