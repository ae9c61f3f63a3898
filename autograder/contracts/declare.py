"""An exercise's contracts as one hidden check and one clause of its table."""
from __future__ import annotations

from autograder.grading.checking import Check, Clause, Student, add_clause, check
from autograder.contracts.properties import check_contracts
from autograder.contracts.spec import Contract, clause_text


def contract_check(exercise: str, contracts: list[Contract], *, points: float, clause_id: str,
                   also: tuple[str, ...] = ()) -> Check:
    """Register the check of ``contracts`` (one exercise's functions) and its clause ``clause_id``.

    The clause's text is generated from the contracts, so the table says what is checked;
    ``also`` names clauses of the statement's own table that the contract enforces too (e.g.
    the defaults).
    """
    if not contracts:
        raise ValueError(f"{exercise}: a contract check needs at least one contract")
    permuted = sorted({name for c in contracts for name in c.permuted})
    add_clause(exercise, Clause(clause_id, clause_text(contracts),
                                "small draws from each function's domain: positional, keyword and default "
                                "calls; each number and flag once as a numpy scalar, each float once more as a numpy "
                                "float32 (where the contract changes it, else in the base call); shared arguments read "
                                "back; global generators seeded before and read after every call; the session's "
                                "settings (and the global generators, where the functions leave them alone) read "
                                "before and after the solution cell and every call, in a session holding a caller's "
                                "own "
                                "logging level, recursion limit, thread variables and output streams; the calls "
                                "repeated, reversed, in a fresh kernel that reports another CPU count, under another "
                                "global seed, with one "
                                "argument changed at a time, afresh and in place (new values put into the very array "
                                "or data frame an earlier call saw)"
                                + (f" and {' and '.join(permuted)} with its entries permuted (the same shape, "
                                   f"sum and norms)" if permuted else "")))
    names = ", ".join(c.function for c in contracts)

    def contract(student: Student) -> None:
        check_contracts(student, exercise, contracts)

    contract.__name__ = "contract"
    check(exercise, points=points, clauses=(*also, clause_id),
          description=f"{names} keep the contract: calls agree however made, inputs and global random "
                      f"generators are left alone, and answers depend on the arguments alone")(contract)
    return contract
