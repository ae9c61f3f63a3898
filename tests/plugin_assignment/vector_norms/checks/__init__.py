"""Hidden checks of ``vector_norms``, written with the checks API only."""
from autograder.checks import registered_checks

from . import norms  # noqa: F401

CHECKS = [c for c in registered_checks() if c.exercise == "ex1_norms"]
