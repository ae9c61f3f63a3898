"""One format policy: the visible tests and the hidden checks accept and reject the same forms.

Each variant wraps the instructor's solution so that one returned value takes another form
(the values stay right). Its notebook is graded both ways, in the sandbox: the exercise's
visible test cell runs after the student's cells, and the hidden checks run as in a real
grading. A form is accepted by both (visible cell passes, format check passes) or rejected by
both, with the same message.
"""
from __future__ import annotations

import re

import numpy as np
import pytest

from assignments.genomics_applications import formats
from genomics import EXERCISES, instructor_solution
from genomics import load_checks
from autograder.grading.notebooks import PlannedCell, build_plan, extract_student_code, is_test_cell, nbgrader_meta
from autograder.grading.checking import run_checks
from autograder.course.demo import notebook_with
from autograder.course.secret import CourseSecret
from autograder.grading.session import KernelSession

pytestmark = pytest.mark.slow

IRLS = '''
_solution_irls = irls_logistic
def irls_logistic(X, y, max_iter=25, tol=1e-8):
    beta, history = _solution_irls(X, y, max_iter=max_iter, tol=tol)
    {change}
'''
DESIGN = '''
_solution_design = design_with_condition
def design_with_condition(n_samples, kappa, n_features=3, seed=0):
    X = _solution_design(n_samples, kappa, n_features=n_features, seed=seed)
    {change}
'''
RMSE = '''
_solution_rmse = coefficient_rmse
def coefficient_rmse(X, beta_true, noise_sd=1.0, n_trials=500, seed=0):
    value = _solution_rmse(X, beta_true, noise_sd=noise_sd, n_trials=n_trials, seed=seed)
    {change}
'''
SEEDS = '''
_solution_seeds = seed_study
def seed_study(X, seeds, epochs=100):
    value = _solution_seeds(X, seeds, epochs=epochs)
    {change}
'''
PLOT = '''
_solution_plot = plot_loss_distribution
def plot_loss_distribution(final_losses):
    ax = _solution_plot(final_losses)
    {change}
'''
BUILD = '''
_solution_build = build_design_matrix
def build_design_matrix(obs, covariates, standardize=True):
    X, names = _solution_build(obs, covariates, standardize=standardize)
    {change}
'''
DIAG = '''
_solution_diag = design_diagnostics
def design_diagnostics(X):
    d = _solution_diag(X)
    {change}
'''

# (exercise, wrapper, change, accepted?, the format check that judges it)
VARIANTS = [
    ("ex1_irls_logistic", IRLS, "history['beta'] = np.array(history['beta']); return beta, history", False,
     "returns_pair_and_history"),
    ("ex1_irls_logistic", IRLS, "return list(beta), history", False, "returns_pair_and_history"),
    ("ex1_irls_logistic", IRLS, "history['deviance'] = np.array(history['deviance']); return beta, history",
     False, "returns_pair_and_history"),
    ("ex1_irls_logistic", IRLS, "history['note'] = 'converged'; return beta, history", True,
     "returns_pair_and_history"),
    ("ex1_irls_logistic", IRLS, "return [beta, history]", True, "returns_pair_and_history"),
    ("ex1_irls_logistic", IRLS, "history['beta'] = tuple(history['beta']); return beta, history", True,
     "returns_pair_and_history"),
    ("ex2_condition", DESIGN, "import pandas as pd; return pd.DataFrame(X)", False, "design_shape"),
    ("ex2_condition", DESIGN, "return X.tolist()", False, "design_shape"),
    ("ex2_condition", DESIGN, "return np.asmatrix(X)", False, "design_shape"),
    ("ex2_condition", RMSE, "return np.array([value])", False, "rmse_returns_a_float"),
    ("ex2_condition", RMSE, "return np.array(value)", False, "rmse_returns_a_float"),
    ("ex2_condition", RMSE, "return np.float64(value)", True, "rmse_returns_a_float"),
    ("ex3_seed_study", SEEDS, "return torch.from_numpy(value)", False, "one_value_per_seed"),
    ("ex3_seed_study", SEEDS, "return value.tolist()", False, "one_value_per_seed"),
    ("ex3_seed_study", SEEDS, "return value.astype(np.float32).astype(np.float64)", True, "one_value_per_seed"),
    ("ex3_seed_study", PLOT, "return ax.figure", False, "plot_draws_the_values"),
    ("ex4_real_data", BUILD, "import pandas as pd; return pd.DataFrame(X, columns=names, index=obs.index), names",
     False, "design_format"),
    ("ex4_real_data", BUILD, "return X, tuple(names)", True, "design_format"),
    ("ex4_real_data", BUILD, "return np.ma.masked_invalid(X), names", False, "design_format"),
    ("ex4_real_data", BUILD, "return X, np.array(names)", False, "design_format"),
    ("ex4_real_data", DIAG, "d['rank'] = np.int64(d['rank']); return d", True, "diagnostics_format"),
    ("ex4_real_data", DIAG, "d['rank'] = float(d['rank']); return d", False, "diagnostics_format"),
    ("ex4_real_data", DIAG, "d['singular_values'] = list(d['singular_values']); return d", False,
     "diagnostics_format"),
    ("ex4_real_data", DIAG, "d['condition_number'] = np.float64(d['condition_number']); d['extra'] = 1; return d",
     True, "diagnostics_format"),
]


def numbers_masked(text: str) -> str:
    return re.sub(r"\d+", "#", text)


@pytest.fixture(scope="module")
def grading(instructor_kernels):
    return instructor_kernels


def both_ways(grading, exercise: str, code: str, check_name: str):
    """(visible outcome, hidden result) for a notebook whose exercise cell is ``code``."""
    source, kernels, config = grading
    solutions = {ex: instructor_solution(ex) for ex in EXERCISES}
    solutions[exercise] = code
    nb = notebook_with(source, solutions)
    plan = build_plan(source, extract_student_code(nb, source))
    test_cell = next(c for c in source.cells if is_test_cell(c) and nbgrader_meta(c)["grade_id"] == f"{exercise}_tests")
    plan.append(PlannedCell("visible tests", test_cell.source, "instructor"))
    factory, preloaded = kernels.for_plan(plan, None)
    session = KernelSession(plan, factory, config, preloaded=preloaded)
    try:
        session.run_plan()
        visible = next(o for o in session.outcomes if o.label == "visible tests")
        checks = [c for c in load_checks() if c.name == check_name]
        hidden = run_checks(checks, session, config, CourseSecret(b"format rules test secret!"))[0]
    finally:
        session.close()
    return visible, hidden


@pytest.mark.parametrize("exercise, wrapper, change, accepted, check_name", VARIANTS,
                         ids=[f"{v[0][:3]}-{v[2][:40]}" for v in VARIANTS])
def test_a_form_is_accepted_or_rejected_alike_by_visible_tests_and_hidden_checks(
        grading, exercise, wrapper, change, accepted, check_name):
    code = instructor_solution(exercise) + "\n" + wrapper.format(change=change)
    visible, hidden = both_ways(grading, exercise, code, check_name)
    if accepted:
        assert visible.status == "ok", visible.message
        assert hidden.passed, hidden.message
    else:
        assert visible.status == "error" and not hidden.passed
        assert visible.message.startswith("FormatError: "), visible.message
        # the words are the same; only sizes of the (hidden or visible) inputs may differ
        assert numbers_masked(visible.message.removeprefix("FormatError: ")) == numbers_masked(hidden.message)


def test_the_rules_describe_values_alike_in_the_kernel_and_in_the_grader():
    import torch

    from autograder.kernel import wire

    tensor = torch.zeros(3)
    marker = wire.decode(wire.encode(wire.as_tensor(np.zeros(3, dtype=np.float32))))
    assert formats.describe(tensor) == formats.describe(marker) == "a torch tensor with 1 dimension"
    opaque = wire.Opaque("matplotlib.figure.Figure")
    import matplotlib.figure

    assert formats.describe(matplotlib.figure.Figure()) == formats.describe(opaque)
    for subclassed in (np.asmatrix(np.eye(2)), np.ma.masked_invalid([1.0, np.nan])):
        arrived = wire.decode(wire.encode(subclassed))
        assert formats.describe(subclassed) == formats.describe(arrived)
        assert "(a subclass of numpy.ndarray)" in formats.describe(arrived)
        np.testing.assert_array_equal(np.asarray(arrived), np.asarray(subclassed))  # the values still arrive


def test_an_ndarray_subclass_is_refused_by_name_in_the_notebook_and_in_the_grader():
    from autograder.kernel import wire

    matrix = np.asmatrix(np.eye(2))
    messages = []
    for value in (matrix, wire.decode(wire.encode(matrix))):
        with pytest.raises(formats.FormatError) as raised:
            formats.require_float_array(value, "X", ndim=2)
        messages.append(str(raised.value))
    assert messages[0] == messages[1] and "numpy.matrix" in messages[0] and "np.asarray" in messages[0]
    assert formats.require_float_array(np.asarray(matrix), "X", ndim=2).shape == (2, 2)
