"""Each exercise's contract check, registered after the exercise's own checks (see :mod:`.signatures`)."""
from __future__ import annotations

from autograder.checks import contract_check

from .signatures import AUTOGRAD, CLASSIFY, HESSIAN, IRLS, WEIGHTS

contract_check("ex1_poisson_irls", [IRLS], points=0.5, clause_id="1.10", also=("1.9",))
contract_check("ex2_hessian_check", [HESSIAN, AUTOGRAD, CLASSIFY], points=0.5, clause_id="2.8")
contract_check("ex3_nb_weights", [WEIGHTS], points=0.5, clause_id="3.5")
