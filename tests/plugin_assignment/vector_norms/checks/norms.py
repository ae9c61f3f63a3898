"""Exercise 1: the Euclidean norm, compared with numpy's over the statement's whole domain."""
from __future__ import annotations

from pathlib import Path

import numpy as np

from autograder.checks import CheckFailed, Clause, check, clauses

EX = "ex1_norms"
#: the manifest's data file, as the grader reads it
EXAMPLE = np.loadtxt(Path(__file__).resolve().parents[1] / "data" / "example.txt")

clauses(EX, [
    Clause("1.1", "l2_norm(x) returns the Euclidean norm of x as a Python float.",
           "vectors of 1 to 50 entries of either sign, and the empty vector"),
    Clause("1.2", "Entries up to 1e200 do not overflow.", "a vector with entries near 1e200"),
])


def _agrees(student, x: np.ndarray) -> None:
    got = student.call("l2_norm", x)
    if not isinstance(got, float):
        raise CheckFailed(f"l2_norm returned a {type(got).__name__}; return a Python float")
    scale = float(np.max(np.abs(x))) if x.size else 1.0
    want = scale * float(np.sqrt(np.sum((x / scale) ** 2)))  # scaled: np.linalg.norm overflows at 1e200
    if not np.isclose(got, want, rtol=1e-12, atol=0.0):
        raise CheckFailed("l2_norm differs from the Euclidean norm sqrt(sum of squares)")


@check(EX, points=1, clauses=("1.1",), description="the norm of ordinary vectors, and of the empty one")
def ordinary(student):
    rng = student.rng(EX, "ordinary")
    for n in (1, int(rng.integers(2, 50))):
        _agrees(student, rng.normal(size=n) * 10.0 ** rng.uniform(-3, 3))
    if student.call("l2_norm", np.zeros(0)) != 0.0:
        raise CheckFailed("the norm of the empty vector must be 0.0")
    # the notebook's own example, read in the kernel from the data file the manifest ships
    _agrees(student, np.asarray(student.call("example_vector"), dtype=float))
    if not np.array_equal(student.call("example_vector"), EXAMPLE):
        raise CheckFailed("example_vector() no longer returns the vector in data/example.txt")


@check(EX, points=1, clauses=("1.2",), description="no overflow at entries near 1e200")
def large(student):
    rng = student.rng(EX, "large")
    _agrees(student, rng.uniform(0.5, 1.0, size=int(rng.integers(2, 10))) * 1e200)
