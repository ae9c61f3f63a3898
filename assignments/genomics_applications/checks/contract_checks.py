"""Each exercise's contract check, registered after the exercise's own checks (see :mod:`.signatures`)."""
from __future__ import annotations

from autograder.checks import contract_check

from .signatures import DESIGN, DESIGN_MATRIX, DIAGNOSTICS, IRLS, PLOT, RMSE, STUDY

contract_check("ex1_irls_logistic", [IRLS], points=0.5, clause_id="1.12")
# the defaults of coefficient_rmse (clause 2.8) are compared exactly: a call without them against
# one with noise_sd=1.0, n_trials=500 and seed=0 spelled out
contract_check("ex2_condition", [DESIGN, RMSE], points=0.75, clause_id="2.9", also=("2.8",))
contract_check("ex3_seed_study", [STUDY, PLOT], points=0.5, clause_id="3.9")
contract_check("ex4_real_data", [DESIGN_MATRIX, DIAGNOSTICS], points=0.5, clause_id="4.9")
