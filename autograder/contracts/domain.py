"""Input domains as data: the kinds of input a statement allows, each always exercised.

A :class:`Domain` lists, for one student function, the **kinds** of boundary input that tell
compliance from each way of breaking a clause (a tol above the first step, a column on a tiny
scale, the smallest ``max_iter``, ...). Every kind is exercised on every grading; only its
concrete values are drawn, from the course secret at grading time (:meth:`Domain.draws`) and
from Hypothesis in tests (:meth:`Domain.strategy`, whose shrinking goes to the first kind and
the smallest seed). A :func:`domain_check` calls the student once per kind, all in one kernel
request, and compares each answer with the reference in the grader.

A kind's draw must hold for every value it can draw: it draws again (from its own generator)
until its condition holds, so a mistake it separates is caught under every secret.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Callable

import numpy as np

from autograder.grading.checking import CheckFailed, Student, check
from autograder.contracts.spec import Contract
from autograder.grading.memo import computed_once


@dataclass(frozen=True)
class Kind:
    """One kind of input, always exercised.

    Attributes
    ----------
    name : str
        What the message calls it: "a problem whose first step is below tol".
    clause : str
        The clause whose breaking it separates.
    draw : callable
        ``draw(rng) -> dict``: one call's arguments (every parameter), valid for the statement.
    rtol : float, optional
        The relative tolerance an answer meets on this kind (for ``compare``); None: the check's own.
    """

    name: str
    clause: str
    draw: Callable[[np.random.Generator], dict]
    rtol: float | None = None


@dataclass(frozen=True)
class Domain:
    """The kinds of input of one function (``contract`` names it and says how arguments travel)."""

    contract: Contract
    kinds: tuple[Kind, ...]

    def draws(self, student: Student, exercise: str) -> list[tuple[Kind, dict]]:
        """Every kind once, its values drawn from the course secret (a generator per kind, so that a
        kind added later changes no other kind's draw). The same course draws the same values for
        every student, so a grading process draws each kind once."""
        return [(kind, _drawn(self, kind, student.seed(exercise, self.contract.function, kind.name)))
                for kind in self.kinds]

    def _checked(self, kind: Kind, rng: np.random.Generator) -> dict:
        args = kind.draw(rng)
        if set(args) != set(self.contract.names):
            raise ValueError(f"{self.contract.function}: kind {kind.name!r} draws {sorted(args)}, "
                             f"the parameters are {list(self.contract.names)}")
        return args

    def strategy(self, where: Callable[[Kind], bool] | None = None):
        """A Hypothesis strategy over the same kinds (those ``where`` accepts): (kind, arguments)."""
        from hypothesis import strategies as st

        kinds = [kind for kind in self.kinds if where is None or where(kind)]
        if not kinds:
            raise ValueError(f"no kind of the domain of {self.contract.function} is accepted")
        return st.tuples(st.sampled_from(kinds), st.integers(0, 2**32 - 1)).map(
            lambda pair: (pair[0], self._checked(pair[0], np.random.default_rng(pair[1]))))


@computed_once
def _drawn(domain: Domain, kind: Kind, seed: int) -> dict:
    """One kind's arguments for one seed (read only: the grader never changes them)."""
    return domain._checked(kind, np.random.default_rng(seed))


def domain_check(exercise: str, domain: Domain, *, name: str, points: float, description: str,
                 compare: Callable[[Any, dict, Kind], str | None], ref_seconds: float | None = None) -> None:
    """Register a check that calls the student on every kind of ``domain`` (one kernel request)
    and fails on the first answer ``compare(answer, args, kind)`` finds wrong (it returns the
    reason, which must not quote a drawn value, or None).

    The check enforces the clauses its kinds name.
    """
    contract = domain.contract
    clauses = tuple(dict.fromkeys(kind.clause for kind in domain.kinds))

    def run(student: Student) -> None:
        draws = domain.draws(student, exercise)
        entries = [{"func": contract.function,
                    "kwargs": {n: contract.wire(n, args[n]) for n in contract.names}} for _, args in draws]
        answers = student.calls(entries, ref_seconds=ref_seconds)  # a failed request keeps its kind
        for (kind, args), answer in zip(draws, answers, strict=True):
            if answer.error is not None:  # keeps its kind (exception, protocol) for the report
                raise answer.error.within(f"on {kind.name}")
            reason = compare(answer.value, args, kind)
            if reason:
                raise CheckFailed(f"on {kind.name}: {reason}")

    run.__name__ = name
    check(exercise, points=points, clauses=clauses, description=description)(run)
