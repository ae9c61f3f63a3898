"""Every statement clause is enforced by a check, every check enforces a clause, and the
published clause tables are the ones in the checks."""
from __future__ import annotations

from autograder.assignment import REPO
from autograder.audit.clauses import coverage_problems, markdown
from genomics import GENOMICS, load_checks

CLAUSES_MD = REPO / "assignments" / "genomics_applications" / "CLAUSES.md"


def test_every_clause_has_a_check_and_every_check_a_clause():
    assert coverage_problems(GENOMICS, load_checks()) == []


def test_the_published_clause_tables_match_the_checks():
    assert GENOMICS.clauses_file == CLAUSES_MD
    assert CLAUSES_MD.read_text() == markdown(GENOMICS, load_checks()), \
        ("regenerate: autograder audit --assignment genomics_applications --clauses > "
         "assignments/genomics_applications/CLAUSES.md")


def test_points_per_exercise_add_up_to_five():
    totals: dict[str, float] = {}
    for check in load_checks():
        totals[check.exercise] = totals.get(check.exercise, 0.0) + check.points
    assert {ex: round(t, 9) for ex, t in totals.items()} == {ex: 5.0 for ex in totals}
