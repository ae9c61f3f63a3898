"""Hidden checks of the ``genomics_applications`` assignment.

They run in the grader's process, never in the student's kernel: each one
chooses its inputs, calls the student's function through the sandbox, and
compares what came back with :mod:`reference`. Importing this package
registers them (see :func:`autograder.checks.check`).
"""
from autograder.checks import registered_checks

from . import ex1_irls_logistic, ex2_condition, ex3_seed_study, ex4_real_data  # noqa: F401
from . import contract_checks  # noqa: F401, I001 - after the exercises: each exercise's contract check comes last

CHECKS = [c for c in registered_checks() if c.exercise in
          ("ex1_irls_logistic", "ex2_condition", "ex3_seed_study", "ex4_real_data")]
