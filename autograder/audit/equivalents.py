"""The reviewed list of equivalent mutants: changes no check may tell apart.

A mutant is equivalent when no input the statement allows gives it a
different answer from the instructor's (for example, converting an array the
statement guarantees is already float64). Equivalence is a human decision,
taken once and recorded in ``assignments/<assignment>/audit/equivalent_mutants.toml``::

    [[equivalent]]
    id = "1adfaf077e46"
    exercise = "ex1_fit"
    change = "line 27 [deleted_statement]: 'X = np.asarray(X, dtype=float)' -> 'pass'"
    reason = "X is always a float64 ndarray (statement: format rules)"

An entry for a mistake operator's mutant names its family (``family = "mistakes-v1"``);
without it, an entry belongs to the syntactic operators.

``change`` is for the reviewer; ``id`` (a hash of the mutated cell) is what
matches. An entry whose mutant no longer exists (the solution changed) is
reported as stale, so a review never silently covers new code.
"""
from __future__ import annotations

import tomllib
from dataclasses import dataclass
from pathlib import Path

from autograder.assignment import Assignment

#: in an assignment's ``audit/`` folder: the reviewed equivalents, and the frozen measurement of the
#: mistake operators' version 1 (see :mod:`autograder.audit.mistakes`)
EQUIVALENTS_NAME = "equivalent_mutants.toml"
MISTAKES_NAME = "mistakes-v1.toml"


def equivalents_file(assignment: Assignment) -> Path:
    return assignment.audit_folder / EQUIVALENTS_NAME


def mistakes_record(assignment: Assignment) -> Path:
    return assignment.audit_folder / MISTAKES_NAME


@dataclass(frozen=True)
class Equivalent:
    id: str
    exercise: str
    change: str
    reason: str
    family: str = "syntactic"


def load_equivalents(path: Path) -> dict[str, Equivalent]:
    """The reviewed entries by mutant id.

    Raises
    ------
    ValueError
        On an entry without an id or a reason, or a duplicated id.
    """
    if not path.exists():
        return {}
    entries: dict[str, Equivalent] = {}
    for number, raw in enumerate(tomllib.loads(path.read_text()).get("equivalent", []), 1):
        missing = [k for k in ("id", "exercise", "reason") if not str(raw.get(k, "")).strip()]
        if missing:
            raise ValueError(f"{path.name}: entry {number} has no {', '.join(missing)}")
        if raw["id"] in entries:
            raise ValueError(f"{path.name}: mutant {raw['id']} is listed twice")
        entries[raw["id"]] = Equivalent(raw["id"], raw["exercise"], str(raw.get("change", "")),
                                        str(raw["reason"]).strip(), str(raw.get("family", "syntactic")))
    return entries


def entry_text(mutant, reason: str) -> str:
    """A new entry for the file, ready for a reviewer to paste and justify."""
    change = mutant.describe().replace('"', "'")
    family = f'family = "{mutant.family}"\n' if mutant.family != "syntactic" else ""
    return (f'[[equivalent]]\nid = "{mutant.id}"\nexercise = "{mutant.exercise}"\n{family}'
            f'change = "{change}"\nreason = "{reason}"\n')
