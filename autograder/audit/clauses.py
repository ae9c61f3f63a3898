"""The clause tables: every rule of each statement, the checks that enforce it, the inputs that separate it.

The tables live beside the checks (``clauses(...)`` in each check module);
this renders them as the reviewed document
``assignments/<assignment>/CLAUSES.md``, regenerated with
``autograder audit --assignment NAME --clauses > assignments/NAME/CLAUSES.md``
(a test fails when the file and the checks disagree).
"""
from __future__ import annotations

from autograder.assignment import Assignment
from autograder.grading.checking import Check, clause_table, draw_declarations, free_choices


def coverage_problems(assignment: Assignment, checks: list[Check]) -> list[str]:
    """Clauses no check enforces, checks that enforce no clause, and unknown clause ids."""
    problems = []
    for exercise in assignment.exercise_ids:
        ids = {c.id for c in clause_table(exercise)}
        if not ids:
            problems.append(f"{exercise} has no clause table")
        mine = [c for c in checks if c.exercise == exercise]
        used = {clause for c in mine for clause in c.clauses}
        problems += [f"{exercise}: clause {i} is enforced by no check" for i in sorted(ids - used)]
        problems += [f"{exercise}: check {c.name} names no clause" for c in mine if not c.clauses]
        problems += [f"{exercise}: check {c.name} names unknown clause {i}"
                     for c in mine for i in c.clauses if i not in ids]
    return problems


def _cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def markdown(assignment: Assignment, checks: list[Check]) -> str:
    lines = ["# Clause tables of the hidden checks", "",
             "Every sentence of an exercise statement that constrains the answer is a numbered clause. "
             "Each names the hidden checks that enforce it and the inputs that tell compliance from each way "
             "of breaking it; inputs are drawn from the course secret, and per submission (the student and their "
             "code too) unless the exercise says why not. What a statement leaves free is listed "
             "under each table. Generated from the check modules by "
             f"`autograder audit --assignment {assignment.name} --clauses > "
             f"assignments/{assignment.name}/CLAUSES.md`.", ""]
    for exercise in assignment.exercise_ids:
        mine = [c for c in checks if c.exercise == exercise]
        lines += [f"## {assignment.heading(exercise)}", "",
                  "| clause | rule | checks (points) | separating inputs |", "|---|---|---|---|"]
        for clause in clause_table(exercise):
            enforcing = ", ".join(f"`{c.name}` ({c.points:g})" for c in mine if clause.id in c.clauses)
            lines.append(f"| {clause.id} | {_cell(clause.text)} | {enforcing} | {_cell(clause.separates)} |")
        lines += ["", "Where the inputs come from:", ""]
        for rule in draw_declarations(exercise):
            which = (f"draws labelled {', '.join(repr(p) for p in rule.purposes)}" if rule.purposes
                     else "every draw" if len(draw_declarations(exercise)) == 1 else "every other draw")
            where = ("per submission (course secret, student and code)" if rule.scope == "submission"
                     else "per course (course secret alone)")
            lines.append(f"- {which}: {where}, because {_cell(rule.why)}")
        free = free_choices(exercise)
        if free:
            lines += ["", "Free (no check may tell these apart):", ""] + [f"- {_cell(f)}" for f in free]
        lines.append("")
    return "\n".join(lines)
