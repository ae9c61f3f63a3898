"""Hidden checks of the ``count_models`` assignment.

They run in the grader's process, never in the student's kernel: each one draws its inputs,
calls the student's function through the sandbox and compares what came back with
:mod:`reference`. Importing this package registers them (see :func:`autograder.checks.check`).
Sibling modules are imported relatively: the package may be loaded under another name.
"""
from autograder.checks import registered_checks

from . import ex1_poisson_irls, ex2_hessian_check, ex3_nb_weights  # noqa: F401
from . import contract_checks  # noqa: F401, I001 - after the exercises: each exercise's contract check comes last

EXERCISES = ("ex1_poisson_irls", "ex2_hessian_check", "ex3_nb_weights")
CHECKS = [c for c in registered_checks() if c.exercise in EXERCISES]
