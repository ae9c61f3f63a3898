"""The contracts framework without a sandbox: declarations, exact comparison, domains.

What the properties catch in a real kernel is measured by the audit's mistake operators
(``tests/test_audit.py``: memoisation, reordered parameters, global random state, seeds read as
truth values, inputs changed in place are killed by the contract checks); here each piece is
shown to do its job on its own, and every assignment domain is driven by Hypothesis against the
instructor's solutions.
"""
from __future__ import annotations

import subprocess
import sys
import warnings
from pathlib import Path

import numpy as np
import pandas as pd
import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from assignments.genomics_applications.checks import signatures
from assignments.genomics_applications.checks.ex1_irls_logistic import DOMAIN as IRLS_DOMAIN
from assignments.genomics_applications.checks.ex1_irls_logistic import compare_run
from assignments.genomics_applications.checks.ex2_condition import DESIGN_DOMAIN as CONDITION_DOMAIN
from assignments.genomics_applications.checks.ex2_condition import kappa_rtol
from assignments.genomics_applications.checks.ex4_real_data import DESIGN_DOMAIN, DIAGNOSTICS_DOMAIN
from assignments.genomics_applications.checks.ex4_real_data import compare_design_value, compare_diagnostics
from genomics import instructor_solution
from autograder.audit.mutants import strip_markers
from autograder.assignment import known_assignments
from autograder.grading.checking import clause_table
from autograder.contracts.compare import same
from autograder.contracts.properties import expected_draws
from autograder.contracts.spec import Contract, Param, clause_text
from autograder.kernel import wire

ROOT = Path(__file__).resolve().parents[2]


def draw_nothing(rng):
    return {}


# ------------------------------------------------------------- declarations
def test_a_contract_refuses_a_required_parameter_after_a_default():
    with pytest.raises(ValueError, match="required parameter 'y' follows"):
        Contract("f", (Param("x", 1), Param("y")), draw=draw_nothing)


def test_a_contract_refuses_a_parameter_listed_twice():
    with pytest.raises(ValueError, match="listed twice"):
        Contract("f", (Param("x"), Param("x")), draw=draw_nothing)


def test_a_draw_must_name_every_parameter_and_nothing_else():
    contract = Contract("f", (Param("x"), Param("y", 2)), draw=lambda rng: {"x": 1})
    with pytest.raises(ValueError, match="the parameters are"):
        contract.checked_draw(np.random.default_rng(0))


def test_the_signature_is_written_as_the_statement_writes_it():
    contract = Contract("irls", (Param("X"), Param("y"), Param("max_iter", 25), Param("tol", 1e-8)),
                        draw=draw_nothing)
    assert contract.signature() == "irls(X, y, max_iter=25, tol=1e-08)"


def test_the_clause_names_only_the_promises_its_contracts_make():
    plot = Contract("plot", (Param("v"),), draw=draw_nothing, deterministic=False, leaves_global_rngs=False)
    text = clause_text([plot])
    assert "unchanged" in text and "global generators" not in text and "depends on the arguments" not in text


@pytest.mark.parametrize("assignment", known_assignments(), ids=lambda a: a.name)
def test_every_exercise_has_one_contract_check_and_its_clause_in_the_table(assignment):
    # the assignment's own checks, not the process's registry: a module run before this one on the same
    # worker may have loaded a test's variant assignment, whose exercises are not shipped
    checks = assignment.checks()
    contracts = [c for c in checks if c.name == "contract"]
    assert sorted(c.exercise for c in contracts) == sorted(assignment.exercise_ids)
    for check in contracts:
        ids = {c.id for c in clause_table(check.exercise)}
        assert set(check.clauses) <= ids



DECLARED = [getattr(signatures, name) for name in ("IRLS", "DESIGN", "RMSE", "STUDY", "DESIGN_MATRIX", "DIAGNOSTICS")]


@pytest.mark.parametrize("contract", DECLARED, ids=lambda c: c.function)
def test_every_varied_parameter_moves_the_reference_answer(contract):
    """A call whose change leaves the answer as it was cannot tell a result kept between calls from a
    right one (both kernels would read the kept answer alike): each change must move the answer."""
    import reference

    function = getattr(reference, contract.function)
    rng = np.random.default_rng(7)
    for _ in range(3):
        base = contract.checked_draw(rng)
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            want = function(**base)
            for name, value in contract.vary(rng, base).items():
                assert moved(function(**dict(base, **{name: value})), want), name


@pytest.mark.parametrize("contract", [c for c in DECLARED if c.permuted], ids=lambda c: c.function)
def test_every_permuted_pair_has_one_summary_bit_for_bit_and_two_reference_answers(contract):
    """Two arguments with the same shape, dtype, sum and norms (exactly, as floating point computes
    them in any order) whose answers differ: a result kept under any such summary answers one with
    the other's."""
    import reference
    from autograder.contracts.properties import _permuted_pair

    function = getattr(reference, contract.function)
    rng = np.random.default_rng(11)
    for _ in range(5):
        base = contract.checked_draw(rng)
        for name in contract.permuted:
            grid, twin = _permuted_pair(rng, base[name])
            assert twin.shape == grid.shape == base[name].shape and twin.dtype == grid.dtype == base[name].dtype
            assert np.array_equal(np.sort(twin, axis=None), np.sort(grid, axis=None))
            for summary in (np.sum, lambda a: np.abs(a).sum(), lambda a: (a * a).sum(), np.max, np.min):
                assert np.array_equal(summary(twin), summary(grid))
            assert moved(function(**dict(base, **{name: twin})), function(**dict(base, **{name: grid}))), name


def test_a_contract_refuses_to_permute_a_parameter_it_does_not_have():
    with pytest.raises(ValueError, match="permuted names no parameter"):
        Contract("f", (Param("x"),), draw=draw_nothing, permuted=("X",))


def leaves(value) -> list[np.ndarray]:
    """Every number of an answer, as float arrays in a fixed order (names and labels left out)."""
    if isinstance(value, dict):
        return [leaf for key in sorted(value) for leaf in leaves(value[key])]
    if isinstance(value, (tuple, list)) and not all(isinstance(v, (int, float)) for v in value):
        return [leaf for v in value for leaf in leaves(v)]
    if isinstance(value, pd.DataFrame):
        value = value.to_numpy()
    try:
        return [np.asarray(value, dtype=float)]
    except (TypeError, ValueError):
        return []


def moved(a, b) -> bool:
    """Whether two answers differ by more than rounding (1e-9 relative)."""
    x, y = leaves(a), leaves(b)
    return len(x) != len(y) or any(p.shape != q.shape or not np.allclose(p, q, rtol=1e-9, atol=0, equal_nan=True)
                                   for p, q in zip(x, y, strict=True))


# ------------------------------------------------------------- comparison
@pytest.mark.parametrize(("a", "b"), [
    (np.array([1.0, np.nan]), np.array([1.0, np.nan])),
    (np.array([np.inf, -np.inf]), np.array([np.inf, -np.inf])),
    ((np.zeros(2), {"beta": [np.ones(1)]}), (np.zeros(2), {"beta": [np.ones(1)]})),
    (float("nan"), float("nan")),
    (pd.DataFrame({"a": [1, 2]}, index=["x", "y"]), pd.DataFrame({"a": [1, 2]}, index=["x", "y"])),
])
def test_the_same_answer_is_the_same_nan_and_infinities_included(a, b):
    assert same(a, b)


@pytest.mark.parametrize(("a", "b"), [
    (np.array([1.0, 2.0]), np.array([1.0, 2.0 + 1e-16 * 4])),
    (np.array([1.0, 2.0]), np.array([1.0, 2.0], dtype=np.float32)),
    (np.array([np.inf]), np.array([-np.inf])),
    (np.array([np.nan]), np.array([0.0])),
    ([1.0, 2.0], (1.0, 2.0)),
    ({"a": 1, "b": 2}, {"b": 2, "a": 1}),
    (wire.Opaque("thing"), wire.Opaque("thing")),
    (pd.DataFrame({"a": [1, 2]}), pd.DataFrame({"a": [1.0, 2.0]})),
    (pd.DataFrame({"a": [1, 2]}, index=["x", "y"]), pd.DataFrame({"a": [1, 2]})),
])
def test_anything_else_is_different_and_unreadable_values_fail_closed(a, b):
    assert not same(a, b)


@pytest.mark.parametrize(("a", "b"), [
    (np.int64(3), 3), (np.float64(0.5), 0.5), (np.float32(0.5), 0.5), (np.bool_(True), True),
    ((np.int64(2), {"n": [np.float64("nan")]}), (2, {"n": [float("nan")]})),
])
def test_numpy_and_python_scalars_of_one_kind_and_value_are_the_same_when_compared_by_value(a, b):
    assert same(a, b, scalars_by_value=True) and same(b, a, scalars_by_value=True)


@pytest.mark.parametrize(("a", "b"), [(np.int64(3), 3.0), (np.bool_(True), 1), (np.int64(3), 4), (1, True),
                                      (np.array([3]), 3)])
def test_scalars_of_another_kind_or_value_differ_even_when_compared_by_value(a, b):
    assert not same(a, b, scalars_by_value=True)


def test_numpy_scalar_arithmetic_that_rounds_differently_gives_the_same_answer_by_value():
    # numpy's integer-scalar power rounds differently from Python's on some bases and exponents: a
    # correct design built from kappa ** exponent must not lose the contract when kappa is np.int64
    kappas = np.arange(2, 3000)
    exponent = 1 - 5 / 6
    python = np.array([int(k) ** exponent for k in kappas])
    numpy_int = np.array([np.int64(k) ** exponent for k in kappas])
    assert not np.array_equal(python, numpy_int)  # the gauge: they do differ in the last bit somewhere
    assert same(numpy_int, python, scalars_by_value=True) and not same(numpy_int, python)
    k = int(kappas[np.argmax(python != numpy_int)])
    assert same(np.int64(k) ** exponent, k ** exponent, scalars_by_value=True)


@pytest.mark.parametrize(("a", "b"), [
    (np.array([1.0, 2.0]), np.array([1.0, 2.0 + 1e-9])),             # beyond rounding
    (np.array([1.0, np.nan]), np.array([1.0, 1.0])),                  # NaN against a number
    (np.array([1.0, np.inf]), np.array([1.0, -np.inf])),              # infinities of either sign
    (np.array([1.0, 2.0]), np.array([1.0, 2.0], dtype=np.float32)),   # another dtype
    (0.1, 0.1 + 1e-12),
])
def test_floating_answers_beyond_rounding_or_with_other_specials_differ_by_value(a, b):
    assert not same(a, b, scalars_by_value=True) and not same(b, a, scalars_by_value=True)


def test_a_numpy_scalar_and_a_python_number_differ_in_the_exact_comparison():
    assert not same(np.int64(3), 3) and not same(np.bool_(True), True)


@pytest.mark.parametrize(("value", "arrives"), [(True, np.bool_), (7, np.int64), (0.25, np.float64)])
def test_each_python_argument_kind_is_sent_as_its_numpy_scalar_and_arrives_as_one(value, arrives):
    from autograder.contracts.properties import numpy_scalar

    received = wire.decode(wire.encode({"x": numpy_scalar(value)}))["x"]
    assert type(received) is arrives and received == value


@pytest.mark.parametrize("value", [2**31, -2**40, "a", None, [1], np.float64(0.5)])
def test_no_numpy_scalar_is_made_of_a_large_integer_or_of_anything_but_a_python_number(value):
    from autograder.contracts.properties import numpy_scalar

    assert numpy_scalar(value) is None


def test_the_expected_draws_are_those_of_freshly_seeded_global_generators():
    import random

    import torch

    np.random.seed(5)
    random.seed(5)
    torch.manual_seed(5)
    assert expected_draws(5) == [float(np.random.random()), random.random(), float(torch.rand(1).item())]


# ------------------------------------------------------------- domains
def instructor_function(exercise: str, name: str):
    namespace = {"np": np, "pd": pd}
    exec(compile(strip_markers(instructor_solution(exercise)), exercise, "exec"), namespace)  # noqa: S102
    return namespace[name]


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(drawn=IRLS_DOMAIN.strategy())
def test_the_instructors_irls_matches_the_reference_on_every_kind_of_its_domain(drawn):
    kind, args = drawn
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        answer = instructor_function("ex1_irls_logistic", "irls_logistic")(**args)
    assert compare_run(answer, args, kind) is None


@settings(max_examples=25, deadline=None)
@given(drawn=IRLS_DOMAIN.strategy())
def test_a_fit_that_stops_one_iteration_early_is_told_it_ran_fewer_iterations_than_it_should(drawn):
    kind, args = drawn
    assume(args["max_iter"] > 0)  # no fit stops before no iteration
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        beta, history = instructor_function("ex1_irls_logistic", "irls_logistic")(**args)
    short = (history["beta"][-2], {"beta": history["beta"][:-1], "deviance": history["deviance"][:-1]})
    assert "the fit ran fewer iterations than it should" in (compare_run(short, args, kind) or "")



@settings(max_examples=15, deadline=None)
@given(seed=st.integers(0, 2**32 - 1))
def test_a_stopping_test_measured_on_centred_covariates_is_told_it_ran_fewer_iterations(seed):
    """The same iterates, but the stop decided on the intercept at the covariates' means."""
    kind = next(k for k in IRLS_DOMAIN.kinds if "far from 0" in k.name)
    args = kind.draw(np.random.default_rng(seed))
    X, tol = args["X"], args["tol"]
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        _, history = instructor_function("ex1_irls_logistic", "irls_logistic")(X, args["y"], args["max_iter"], 1e-300)
    betas = np.asarray(history["beta"])
    centred = betas.copy()
    centred[:, 0] += betas[:, 1:] @ X[:, 1:].mean(axis=0)
    stop = 1 + int(np.argmax(np.max(np.abs(np.diff(centred, axis=0)), axis=1) < tol))
    answer = (betas[stop], {"beta": list(betas[:stop + 1]), "deviance": history["deviance"][:stop]})
    assert "the fit ran fewer iterations than it should" in (compare_run(answer, args, kind) or "")

@settings(max_examples=10, deadline=None)
@given(seed=st.integers(0, 2**32 - 1))
def test_a_fit_that_iterates_once_when_max_iter_is_0_is_told_it_ran_more_iterations(seed):
    """A do-while loop: the update runs before max_iter is first tested."""
    kind = next(k for k in IRLS_DOMAIN.kinds if "max_iter = 0" in k.name)
    args = kind.draw(np.random.default_rng(seed))
    assert args["max_iter"] == 0
    answer = instructor_function("ex1_irls_logistic", "irls_logistic")(**{**args, "max_iter": 1})
    assert "the fit ran more iterations than it should" in (compare_run(answer, args, kind) or "")


@settings(max_examples=20, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(drawn=IRLS_DOMAIN.strategy())
def test_a_deviance_at_the_previous_coefficients_is_told_on_every_kind_that_iterates(drawn):
    kind, args = drawn
    assume(args["max_iter"] > 0)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        beta, history = instructor_function("ex1_irls_logistic", "irls_logistic")(**args)
    X, y = args["X"], args["y"]
    old = [float(2.0 * np.sum(np.logaddexp(0.0, X @ b) - y * (X @ b))) for b in history["beta"][:-1]]
    answer = (beta, {"beta": history["beta"], "deviance": old})
    assert "history['deviance'] is not the binomial deviance" in (compare_run(answer, args, kind) or "")


def test_every_kind_draws_the_same_arguments_from_the_same_generator():
    for kind in IRLS_DOMAIN.kinds:
        a, b = kind.draw(np.random.default_rng(7)), kind.draw(np.random.default_rng(7))
        assert all(same(np.asarray(a[k]), np.asarray(b[k])) for k in a), kind.name


@settings(max_examples=30, deadline=None)
@given(drawn=DESIGN_DOMAIN.strategy())
def test_the_instructors_design_matrix_matches_the_reference_on_every_kind_of_its_domain(drawn):
    kind, args = drawn
    answer = instructor_function("ex4_real_data", "build_design_matrix")(args["obs"].copy(), list(args["covariates"]),
                                                                        args["standardize"])
    assert compare_design_value(answer, args, kind) is None



@settings(max_examples=30, deadline=None)
@given(drawn=CONDITION_DOMAIN.strategy())
def test_the_instructors_design_has_the_asked_shape_and_condition_number_on_every_kind_of_its_domain(drawn):
    kind, args = drawn
    X = instructor_function("ex2_condition", "design_with_condition")(**args)
    s = np.linalg.svd(X, compute_uv=False)
    assert X.shape == (args["n_samples"], args["n_features"])
    assert abs(s[0] / s[-1] - args["kappa"]) <= kappa_rtol(args["kappa"]) * args["kappa"], kind.name


def test_every_kind_of_the_condition_domain_names_its_shape_and_kappa_range_and_draws_within_them():
    """The kind's name is the message: its column count is fixed, its kappa within the range it names."""
    import re

    for kind in CONDITION_DOMAIN.kinds:
        for seed in range(20):
            args = kind.draw(np.random.default_rng(seed))
            p, n, kappa = args["n_features"], args["n_samples"], args["kappa"]
            assert (n == p) if "square" in kind.name else (f"{p} column" in kind.name or p == 1 and "one column"
                                                           in kind.name), kind.name
            bounds = re.search(r"between ([\d.e]+) and ([\d.e]+)", kind.name)
            if bounds:
                assert float(bounds.group(1)) <= kappa <= float(bounds.group(2)), kind.name
            elif "1e9" in kind.name:
                assert 0.5e9 <= kappa <= 2e9
            else:
                assert kappa == 1.0 and "kappa = 1" in kind.name

def test_every_kind_of_the_design_domain_is_tried_both_standardized_and_not_under_any_secret():
    """A flag the statement allows either way is covered, not drawn: a course whose draw left
    standardize=True out would not see a standardisation mistake (measured: it was drawn once).
    A kind named "not standardized" is one the statement allows only that way (a constant column
    has no z-score): it is always tried with standardize=False."""
    for seed in range(20):
        tried = {}
        for kind in DESIGN_DOMAIN.kinds:
            args = kind.draw(np.random.default_rng(seed))
            tried.setdefault(kind.name.removesuffix(", standardized"), set()).add(args["standardize"])
        one_way = {name for name in tried if name.endswith("not standardized")}
        assert one_way and all(tried[name] == {False} for name in one_way), tried
        assert all(values == {False, True} for name, values in tried.items() if name not in one_way), tried


def test_the_frame_of_every_column_type_holds_1_and_the_string_1_in_one_column_on_every_draw():
    from assignments.genomics_applications.checks.ex4_real_data import drawn_frame

    for seed in range(20):
        lane = [(type(v), v) for v in drawn_frame(seed)["lane"]]
        assert (int, 1) in lane and (str, "1") in lane, seed


@settings(max_examples=30, deadline=None)
@given(drawn=DESIGN_DOMAIN.strategy(lambda kind: kind.name.startswith("a frame whose row labels")))
def test_rows_looked_up_by_label_are_told_to_keep_the_frames_order(drawn):
    kind, args = drawn
    obs = args["obs"]
    reordered = obs.sort_index()  # what a label lookup in 0..n-1 order does to a shuffled index
    assume(not reordered.index.equals(obs.index))
    answer = instructor_function("ex4_real_data", "build_design_matrix")(reordered, list(args["covariates"]),
                                                                        args["standardize"])
    assert "rows must stay in the frame's order" in (compare_design_value(answer, args, kind) or "")


@settings(max_examples=30, deadline=None)
@given(drawn=DIAGNOSTICS_DOMAIN.strategy())
def test_the_instructors_diagnostics_match_the_reference_and_a_truncated_spectrum_does_not(drawn):
    kind, args = drawn
    answer = instructor_function("ex4_real_data", "design_diagnostics")(args["X"])
    assert compare_diagnostics(answer, args, kind) is None
    truncated = dict(answer, singular_values=answer["singular_values"][:answer["rank"]])
    if answer["rank"] < len(answer["singular_values"]):
        assert "zero ones" in compare_diagnostics(truncated, args, kind)


def test_a_frame_keeps_integer_row_labels_over_the_wire():
    frame = pd.DataFrame({"a": [1.0, 2.0, 3.0]}, index=[12, 3, 40])
    back = wire.decode_frame(wire.encode(wire.FrameArg(frame)), lambda n: wire.decode(n), [wire.MAX_ARRAY_BYTES])
    assert list(back.index) == [12, 3, 40] and back.index.dtype.kind == "i"


def test_a_frame_keeps_the_name_of_its_index_over_the_wire_even_a_columns_name():
    frame = pd.DataFrame({"depth": [1.0, 2.0]}, index=pd.Index([7, 8], name="depth"))
    back = wire.decode_frame(wire.encode(wire.FrameArg(frame)), lambda n: wire.decode(n), [wire.MAX_ARRAY_BYTES])
    assert back.index.name == "depth" and list(back.columns) == ["depth"]


@pytest.mark.parametrize("name", [7, "x" * 1001, ["a"]])
def test_a_frame_whose_index_name_is_not_a_short_string_is_refused(name):
    node = wire.encode(wire.FrameArg(pd.DataFrame({"a": [1.0]})))
    node["index_name"] = name
    with pytest.raises(wire.WireError, match="index name"):
        wire.decode_frame(node, lambda n: wire.decode(n), [wire.MAX_ARRAY_BYTES])


def test_the_seeds_of_the_seed_study_checks_are_never_ascending_in_any_course():
    """A seed_study that sorts its seeds (or runs them in any order of their values) differs in every
    course, not only where the secret happened to draw them unsorted."""
    import hashlib

    from assignments.genomics_applications.checks.ex3_seed_study import drawn_seeds
    from autograder.grading.checking import Student
    from autograder.common.config import GradingConfig
    from autograder.course.secret import CourseSecret

    for label in range(30):
        student = Student(None, GradingConfig(), CourseSecret(hashlib.sha256(str(label).encode()).digest()))
        for count in (2, 3, 4):
            seeds = drawn_seeds(student, "any purpose", count)
            assert len(set(seeds)) == count and list(seeds) != sorted(seeds), seeds
            assert min(seeds) < 0, seeds  # any integer is a seed: one that refuses negatives fails everywhere
            if count > 2:
                assert list(seeds) != sorted(seeds, reverse=True), seeds


# ------------------------------------------------- the domain's numerical edges (session 14)
def irls_variant(X, y, max_iter, tol, *, halve=False, clip_p=None, literal=False):
    """The instructor's IRLS with one student's departure: a step halved while the deviance rises
    (glm.fit's safeguard), the deviance from p clipped to [clip_p, 1 - clip_p], or the statement's
    formulas taken literally in floating point (p by 1 / (1 + e^-eta), z by dividing by w)."""
    X, y = np.asarray(X, dtype=float), np.asarray(y, dtype=float)

    def deviance(b):
        eta = X @ b
        if clip_p is None and not literal:
            return float(2.0 * np.sum(np.logaddexp(0.0, eta) - y * eta))
        p = 1.0 / (1.0 + np.exp(-eta))
        if clip_p is not None:
            p = np.clip(p, clip_p, 1 - clip_p)
        return float(-2.0 * np.sum(y * np.log(p) + (1 - y) * np.log(1 - p)))

    beta = np.zeros(X.shape[1])
    history = {"beta": [beta.copy()], "deviance": []}
    for _ in range(max_iter):
        eta = X @ beta
        if literal:
            p = 1.0 / (1.0 + np.exp(-eta))
            w = p * (1.0 - p)
            rhs = X.T @ (w * (eta + (y - p) / w))
        else:
            p, q = np.exp(-np.logaddexp(0.0, -eta)), np.exp(-np.logaddexp(0.0, eta))
            w = p * q
            rhs = X.T @ (w * eta + (y - p))
        new = np.linalg.solve(X.T @ (w[:, None] * X), rhs)
        while halve and deviance(new) > deviance(beta) and np.max(np.abs(new - beta)) > 1e-12:
            new = (new + beta) / 2
        change = np.max(np.abs(new - beta))
        beta = new
        history["beta"].append(beta.copy())
        history["deviance"].append(deviance(beta))
        if change < tol:
            break
    return beta, history


def edge_kind(words: str):
    return next(k for k in IRLS_DOMAIN.kinds if words in k.name)


@settings(max_examples=15, deadline=None)
@given(seed=st.integers(0, 2**32 - 1))
def test_a_step_halved_when_the_deviance_rises_is_told_it_left_the_irls_path(seed):
    kind = edge_kind("raises the deviance")
    args = kind.draw(np.random.default_rng(seed))
    message = compare_run(irls_variant(**args, halve=True), args, kind) or ""
    assert "is not the IRLS update" in message or "iterations than it should" in message


@settings(max_examples=10, deadline=None)
@given(seed=st.integers(0, 2**32 - 1))
def test_a_deviance_from_probabilities_clipped_away_from_0_and_1_is_told_on_a_misclassified_far_cell(seed):
    kind = edge_kind("misclassified cell")
    args = kind.draw(np.random.default_rng(seed))
    assert "is not the binomial deviance" in (compare_run(irls_variant(**args, clip_p=1e-15), args, kind) or "")


@settings(max_examples=10, deadline=None)
@given(seed=st.integers(0, 2**32 - 1))
def test_the_statements_formulas_taken_literally_are_told_nan_where_sigma_rounds_to_0_or_1(seed):
    kind = edge_kind("between 40 and 100")
    args = kind.draw(np.random.default_rng(seed))
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        answer = irls_variant(**args, literal=True)
    assert "NaN or inf" in (compare_run(answer, args, kind) or "")


def test_the_float32_kind_sends_float32_data_the_float64_fit_solves_to_its_tol():
    kind = edge_kind("float32")
    for seed in range(5):
        args = kind.draw(np.random.default_rng(seed))
        assert args["X"].dtype == np.float32 and args["tol"] == 1e-10
        single = irls_variant(args["X"].astype(np.float32).astype(float), args["y"], 25, 1e-10)
        assert compare_run(single, args, kind) is None  # the same values in float64: exact
        X32, y32 = args["X"], args["y"].astype(np.float32)
        beta = np.zeros(X32.shape[1], dtype=np.float32)
        history = {"beta": [beta.copy()], "deviance": []}
        for _ in range(25):  # the same update computed in float32 throughout
            eta = X32 @ beta
            p = (1 / (1 + np.exp(-eta))).astype(np.float32)
            w = p * (1 - p)
            new = np.linalg.solve(X32.T @ (w[:, None] * X32), X32.T @ (w * eta + (y32 - p))).astype(np.float32)
            change, beta = np.max(np.abs(new - beta)), new
            history["beta"].append(beta.copy())
            history["deviance"].append(float(2 * np.sum(np.logaddexp(0, X32 @ beta) - y32 * (X32 @ beta))))
            if change < 1e-10:
                break
        assert compare_run((beta, history), args, kind) is not None


def test_the_frame_of_every_column_type_repeats_a_row_label_and_has_levels_apart_only_by_spaces():
    from assignments.genomics_applications.checks.ex4_real_data import drawn_frame

    for seed in range(20):
        frame = drawn_frame(seed)
        assert frame.index.has_duplicates and not frame.index.is_monotonic_increasing, seed
        assert {"a", "a ", " a"} <= set(frame["well"]) and set(frame["spliced"]) == {0, 1}, seed
        assert {str(frame[c].dtype) for c in ("tag", "umi", "qc")} == {"string", "Int64", "boolean"}, seed


def test_a_contract_sends_a_matrix_argument_fortran_ordered_and_anything_else_as_it_is():
    from autograder.contracts.properties import _fortran

    matrix = np.arange(6.0).reshape(3, 2)
    assert _fortran(matrix).flags.f_contiguous and np.array_equal(_fortran(matrix), matrix)
    column, tensor = np.arange(3.0).reshape(3, 1), wire.as_tensor(np.ones((2, 2), dtype=np.float32))
    assert _fortran(column) is column and _fortran(tensor) is tensor and _fortran(3) == 3



#: one way for each setting of the session a function can leave changed (see agent.session_settings)
LEAKS = {
    "numpy errors": "np.seterr(all='raise')",
    "torch default dtype": "torch.set_default_dtype(torch.float64)",
    "torch threads": "torch.set_num_threads(torch.get_num_threads() + 1)",
    "matplotlib settings": "plt.style.use('ggplot')",
    "open figures": "plt.close('all')",
    "figures' contents": "plt.gcf().add_subplot().hist([1.0, 2.0])",
    "numpy print options": "np.set_printoptions(precision=3)",
    "warnings filters": "warnings.filterwarnings('ignore', category=RuntimeWarning)",
    "working directory": "os.chdir('/')",
    "torch modes": "torch.use_deterministic_algorithms(True)",
    "pandas options": "pd.options.mode.chained_assignment = None",
    "subnormal numbers": "torch.set_flush_denormal(True)",
    "environment variables": "os.environ['OMP_NUM_THREADS'] = str(os.cpu_count() + 7)",
    "recursion limit": "sys.setrecursionlimit(sys.getrecursionlimit() + 1000)",
    "garbage collector": "gc.disable()",
    "logging": "logging.basicConfig(level=logging.INFO, force=True)",
    "torch matmul precision": "torch.set_float32_matmul_precision('medium')",
    "names rebound": "warnings.warn = lambda *args, **kwargs: None",
    "library settings objects": "torch.set_printoptions(precision=10)",
    "locale": "import locale\n"
              "locale.setlocale(locale.LC_COLLATE, 'C' if locale.setlocale(locale.LC_COLLATE) != 'C' else 'C.UTF-8')",
    "signal handlers": "import signal\nsignal.signal(signal.SIGALRM, lambda *args: None)",
    "decimal context": "import decimal\ndecimal.getcontext().prec = 34",
    "threads left running": "import threading, time\nthreading.Thread(target=time.sleep, args=(0.5,)).start()",
    "tracing hooks": "import tracemalloc\ntracemalloc.start()",
}
#: what no request can put back: the contract says so, and the next calls find it so
NOT_RESTORABLE = ("threads left running",)
#: ... and ways that leave it as it was
TIDY = {
    "an errstate block": "with np.errstate(all='raise'):\n    pass",
    "a style context and a figure of its own": "with plt.style.context('ggplot'):\n    plt.figure()",
    "a figure of its own drawn on": "fig, ax = plt.subplots()\nax.hist([1.0, 2.0])",
    "warnings silenced in a block": "with warnings.catch_warnings():\n    warnings.simplefilter('ignore')",
    "a library's own filters added on import": "warnings.filterwarnings('always', category=type('LibWarning', "
                                               "(UserWarning,), {}))\n"
                                               "warnings.filterwarnings('ignore', message='the matrix subclass')",
    "a pandas option in a context": "with pd.option_context('mode.chained_assignment', None):\n    pass",
    "gradients off in a block": "with torch.no_grad():\n    pass",
    # as scikit-learn's import does
    "a library's variables set on its first import": "import tempfile\nfolder = tempfile.mkdtemp()\n"
                                                     "with open(os.path.join(folder, 'freshly_imported_lib.py'), "
                                                     "'w') as f:\n"
                                                     "    f.write('import os\\nos.environ.setdefault("
                                                     "\"FRESHLY_IMPORTED_LIB_FLAG\", \"FALSE\")\\n')\n"
                                                     "sys.path.insert(0, folder)\nimport freshly_imported_lib\n"
                                                     "sys.path.remove(folder)",
    "a logger of its own": "logging.getLogger('students.module').setLevel(logging.DEBUG)",
    "a thread joined before returning": "import threading\nt = threading.Thread(target=sum, args=([1],))\n"
                                        "t.start()\nt.join()",
    "a name patched in a block": "import unittest.mock\nwith unittest.mock.patch('warnings.warn'):\n    pass",
    "a decimal context of its own": "import decimal\nwith decimal.localcontext() as ctx:\n    ctx.prec = 50",
    "a library's submodule imported": "import numpy.polynomial",
}


@pytest.fixture
def session_kept():
    """This process's settings restored after the test, with one figure drawn on and current during it."""
    import gc
    import logging
    import os
    import sys
    import threading

    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt
    import torch

    from autograder.kernel import agent

    saved = agent.saved_settings()
    running = set(threading.enumerate())
    plt.figure().add_subplot().plot([0, 1])
    yield {"np": np, "torch": torch, "plt": plt, "pd": pd, "warnings": warnings, "os": os, "sys": sys, "gc": gc,
           "logging": logging}
    agent.restore_settings(saved)
    plt.close("all")
    sys.modules.pop("freshly_imported_lib", None)
    for thread in set(threading.enumerate()) - running:  # one a case left running ends before the next reads
        thread.join(5)


def _settings_around(code: str, names: dict) -> tuple[dict, dict]:
    """The session's settings as the kernel's agent reads them before and after ``code`` runs."""
    from autograder.kernel import agent

    before = agent.session_settings()
    exec(code, dict(names))  # noqa: S102 - the test's own lines
    return before, agent.session_settings()


def _judged(pair: tuple[dict, dict]) -> str:
    """What the contract says of a call around which the settings read ``pair`` ("" when it passes)."""
    from autograder.contracts.properties import _Outcome, _settings_unchanged
    from autograder.contracts.spec import Contract

    contract = Contract("f", (), lambda rng: {})
    try:
        _settings_unchanged(contract, _Outcome([], [], [None, pair], None, None, []))
    except Exception as exc:  # noqa: BLE001 - CheckFailed, whose message is the verdict
        return str(exc)
    return ""


@pytest.mark.parametrize("setting", LEAKS)
def test_a_call_that_leaves_a_session_setting_changed_breaks_the_contract_saying_how_to_keep_it(
        setting, session_kept):
    from autograder.contracts.properties import SETTING_ADVICE

    before, after = _settings_around(LEAKS[setting], session_kept)
    verdict = _judged((before, after))
    assert "leaves the caller's session changed" in verdict
    assert [name for name, advice in SETTING_ADVICE.items() if advice.split("{")[0] in verdict] == [setting]


def test_a_name_a_call_rebinds_is_named_in_the_verdict(session_kept):
    before, after = _settings_around("np.linalg.solve = np.linalg.lstsq\nsys.modules['numpy'].random.seed = None",
                                     session_kept)
    assert "(numpy.linalg.solve, numpy.random.seed)" in _judged((before, after))


def test_a_name_a_call_adds_to_a_librarys_module_is_named_in_the_verdict_and_taken_out_again(session_kept):
    from autograder.kernel import agent

    saved = agent.saved_settings()
    before, after = _settings_around("np.float = float", session_kept)
    try:
        assert "were added (numpy.float)" in _judged((before, after))
    finally:
        agent.restore_settings(saved)
    assert not hasattr(np, "float") and agent.session_settings()["names rebound"] == before["names rebound"]


def test_a_submodule_a_call_imports_is_the_librarys_own_name_not_an_added_one(session_kept):
    before, after = _settings_around("import sys, types\nsys.modules['numpy.freshly_made'] = types.ModuleType('x')\n"
                                     "np.freshly_made = sys.modules['numpy.freshly_made']", session_kept)
    try:
        assert _judged((before, after)) == ""
    finally:
        sys.modules.pop("numpy.freshly_made", None)
        vars(np).pop("freshly_made", None)


def test_a_call_that_lowers_its_priority_breaks_the_contract():
    """os.nice cannot be undone by an unprivileged process: tried in a child of its own."""
    code = ("import os, sys\nsys.path.insert(0, 'autograder/kernel')\nimport session_state\n"
            "before = session_state.session_settings()['process priority']\nos.nice(1)\n"
            "print(before, session_state.session_settings()['process priority'])")
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True)
    before, after = map(int, out.stdout.split())
    assert "os.nice" in _judged(({"process priority": before}, {"process priority": after}))


@pytest.mark.parametrize("setting", [name for name in LEAKS
                                     if name not in ("open figures", "figures' contents", *NOT_RESTORABLE)])
def test_a_setting_a_call_left_changed_is_put_back_between_requests(setting, session_kept):
    from autograder.kernel import agent

    saved, before = agent.saved_settings(), agent.session_settings()
    exec(LEAKS[setting], dict(session_kept))  # noqa: S102 - the test's own lines
    assert agent.session_settings()[setting] != before[setting]
    agent.restore_settings(saved)
    assert agent.session_settings() == before


#: a setting the notebook's cell sets, then a call that sets it to the same value: (cell, call)
SET_BY_THE_CELL_TOO = {
    "logging": ("logging.basicConfig(level=logging.INFO, force=True)", "logging.getLogger().setLevel(logging.INFO)"),
    "environment variables": ("os.environ['OMP_NUM_THREADS'] = '1'", "os.environ['OMP_NUM_THREADS'] = '1'"),
    "recursion limit": ("sys.setrecursionlimit(5000)", "sys.setrecursionlimit(5000)"),
    # a stream set back to the process's own, not to what the call found (Jupyter's)
    "names rebound": ("sys.stdout = sys.__stdout__", "sys.stdout = sys.__stdout__"),
}


@pytest.mark.parametrize("setting", SET_BY_THE_CELL_TOO)
def test_a_call_that_sets_a_value_the_cell_set_too_changes_a_callers_session_that_holds_its_own(
        setting, session_kept):
    from autograder.contracts.properties import SETTING_ADVICE
    from autograder.kernel import agent

    cell, call = SET_BY_THE_CELL_TOO[setting]
    exec(cell, dict(session_kept))  # noqa: S102 - the test's own lines
    assert _judged(_settings_around(call, session_kept)) == ""  # in the kernel's own session: nothing to see
    saved = agent.callers_own_settings()
    try:
        verdict = _judged(_settings_around(call, session_kept))
    finally:
        agent.restore_settings(saved)
    assert SETTING_ADVICE[setting].split("{")[0] in verdict


@pytest.mark.parametrize("also", ["", "sys.stdout = sys.__stdout__\n"])
def test_a_call_that_imports_a_library_keeps_the_callers_own_streams_apart_from_the_librarys_names(
        also, session_kept):
    from autograder.kernel import agent

    call = also + "import types\nsys.modules['freshly_imported_lib'] = types.ModuleType('x')"
    saved = agent.callers_own_settings()
    try:
        verdict = _judged(_settings_around(call, session_kept))
    finally:
        agent.restore_settings(saved)
    assert ("(sys.stdout)" in verdict) == bool(also), verdict


@pytest.mark.parametrize("how", TIDY)
def test_a_call_that_changes_a_setting_only_within_a_context_keeps_the_contract(how, session_kept):
    assert _judged(_settings_around(TIDY[how], session_kept)) == ""


def test_settings_in_any_other_form_than_the_agents_read_as_not_sent():
    from autograder.grading.session import _settings

    fine = [{"numpy errors": "divide=warn", "torch threads": 1, "open figures": [1, 2]}] * 2
    assert _settings(fine) == (fine[0], fine[1])
    for forged in (None, [fine[0]], [fine[0], "x"], [{"a": {"nested": 1}}, {}], [{"a": [1.5]}, {}],
                   [{1: "x"}, {}], [{f"k{i}": 1 for i in range(80)}, {}]):
        assert _settings(forged) is None, forged


@pytest.mark.parametrize("seed", range(4))
def test_single_trials_on_a_leverage_design_show_the_noise_is_normal_not_uniform_of_the_same_variance(seed):
    import reference
    from assignments.genomics_applications.checks.ex2_condition import (LEVERAGE_SEEDS, leverage_problem,
                                                                        tail_band, tail_threshold)

    X, beta, sd, _ = leverage_problem(seed)
    low, high = tail_band()

    def exceedances(noise) -> int:
        fits = np.linalg.lstsq(X, (X @ beta)[:, None] + noise, rcond=None)[0]
        return int(np.sum(np.sum((fits - beta[:, None]) ** 2, axis=0) > tail_threshold(seed)))

    rng = np.random.default_rng(seed)
    normal = exceedances(rng.normal(0.0, sd, size=(X.shape[0], LEVERAGE_SEEDS)))
    uniform = exceedances(rng.uniform(-np.sqrt(3) * sd, np.sqrt(3) * sd, size=(X.shape[0], LEVERAGE_SEEDS)))
    references = np.array([reference.coefficient_rmse(X, beta, noise_sd=sd, n_trials=1, seed=s)
                           for s in range(LEVERAGE_SEEDS)]) ** 2
    assert low <= normal <= high and low <= int(np.sum(references > tail_threshold(seed))) <= high
    assert uniform < low


@settings(max_examples=200, deadline=None)
@given(seed=st.integers(0, 2**63 - 1))
def test_the_tol_problems_of_every_seed_tell_every_reading_of_change_apart(seed):
    """Never a DrawExhausted (a correct fit would lose the check's points for want of a draw)."""
    from assignments.genomics_applications.checks.ex1_irls_logistic import READINGS, separating_tols, tol_problems

    pairs = tol_problems(seed, 2)
    assert len({key for key, _ in pairs}) >= 2
    assert set().union(*(separating_tols(key) for key, _ in pairs)) >= set(READINGS)


def _reseed_verdict(contract, one, other) -> str:
    from autograder.contracts.properties import _global_rngs_not_reseeded

    try:
        _global_rngs_not_reseeded(contract, one, other)
    except Exception as exc:  # noqa: BLE001 - CheckFailed, whose message is the verdict
        return str(exc)
    return ""


def test_a_call_that_reseeds_a_global_generator_is_told_unless_the_notebook_reseeds_it_too():
    import random

    import torch

    from autograder.contracts.properties import GLOBAL_SEEDS

    def after(seed: int, reseed: str | None, used: bool) -> list:
        """The next draws after the global generators were seeded with ``seed`` and the call ran."""
        np.random.seed(seed)
        random.seed(seed)
        torch.manual_seed(seed)
        if used:
            np.random.random(3)
        if reseed == "numpy":
            np.random.seed(0)
        if reseed == "torch":
            torch.manual_seed(0)
        return [float(np.random.random()), random.random(), float(torch.rand(1).item())]

    plot = Contract("plot", (Param("v"),), draw=draw_nothing, deterministic=False, leaves_global_rngs=False)
    study = Contract("study", (Param("v"),), draw=draw_nothing, leaves_global_rngs=False, may_reseed=("torch",))
    one, other = GLOBAL_SEEDS
    assert "reseeds numpy's global generator (np.random.seed)" in _reseed_verdict(
        plot, after(one, "numpy", False), after(other, "numpy", False))
    assert _reseed_verdict(plot, after(one, None, True), after(other, None, True)) == ""  # used, not reseeded
    assert _reseed_verdict(study, after(one, "torch", False), after(other, "torch", False)) == ""
    assert "torch's global generator" in _reseed_verdict(plot, after(one, "torch", False), after(other, "torch", False))
    with pytest.raises(ValueError, match="may_reseed names no global generator"):
        Contract("f", (), draw=draw_nothing, may_reseed=("numpy.random",))


def _state_verdict(contract: Contract, left: list[list]) -> str:
    """What the contract says of a call of ``contract`` made four times (three on GLOBAL_SEEDS[0], the
    fourth on GLOBAL_SEEDS[1]) that left the global generators with the next draws ``left``."""
    from autograder.contracts.properties import _Call, _global_state_reproducible, _Outcome

    calls = [_Call("the call", {}, 0)]
    first = _Outcome([None, None], [left[0], left[1]], [None, None], None, None, [])
    again = _Outcome([None, None], [left[2], left[3]], [None, None], None, None, [])
    try:
        _global_state_reproducible(contract, calls, first, again)
    except Exception as exc:  # noqa: BLE001 - CheckFailed, whose message is the verdict
        return str(exc)
    return ""


def test_a_call_that_reseeds_a_global_generator_from_entropy_is_told_and_one_that_reseeds_from_its_arguments_is_not():
    import random

    import torch

    from autograder.contracts.properties import GLOBAL_SEEDS

    def after(seed: int, how: str) -> list:
        """The next draws after the global generators were seeded with ``seed`` and the call ran."""
        np.random.seed(seed)
        random.seed(seed)
        torch.manual_seed(seed)
        if how == "from its arguments":
            torch.manual_seed(123)
            torch.rand(5)
        elif how == "from entropy":
            torch.seed()
        elif how == "saved and put back":
            state = torch.get_rng_state()
            torch.manual_seed(123)
            torch.set_rng_state(state)
        return [float(np.random.random()), random.random(), float(torch.rand(1).item())]

    study = Contract("study", (Param("v"),), draw=draw_nothing, leaves_global_rngs=False, may_reseed=("torch",))
    seeds = [GLOBAL_SEEDS[0]] * 3 + [GLOBAL_SEEDS[1]]
    for how in ("from its arguments", "saved and put back", "untouched"):
        assert _state_verdict(study, [after(seed, how) for seed in seeds]) == "", how
    verdict = _state_verdict(study, [after(seed, "from entropy") for seed in seeds])
    assert "leaves torch's global generator in another state after each of two identical calls" in verdict
    # a cache: the first call reseeds from its arguments, the repeats answer without touching the generator
    assert _state_verdict(study, [after(GLOBAL_SEEDS[0], "from its arguments")]
                          + [after(seed, "untouched") for seed in seeds[1:]]) == ""


#: run in a fresh interpreter, where scikit-learn and scipy.special are not yet imported: the session's
#: settings around a first import (and a setting changed after it), the global draws after a first
#: import beside freshly seeded ones, and what putting the settings back leaves
FIRST_IMPORT = """
import json, random, sys
sys.path.insert(0, "autograder/kernel")
import agent
import session_state
import numpy as np
saved, before = session_state.saved_settings(), session_state.session_settings()
random.seed(5); np.random.seed(5)
import sklearn.preprocessing
imported = session_state.session_settings()
draws = [random.random(), float(np.random.random())]
random.seed(5); np.random.seed(5)
seeded = [random.random(), float(np.random.random())]
import scipy.special
scipy.special.seterr(all="raise")
changed = session_state.session_settings()
session_state.restore_settings(saved)
# a library whose own code sets a variable on import, and the caller setting one beside a first import
import os, tempfile
folder = tempfile.mkdtemp()
with open(os.path.join(folder, "sets_on_import.py"), "w") as f:
    f.write("import os\\nos.environ['A_LIBRARY_OWN_VARIABLE'] = '1'\\n")
sys.path.insert(0, folder)
unset = session_state.session_settings()
import sets_on_import
library_env = [unset, session_state.session_settings()]
import colorsys
os.environ["A_CALLERS_OWN_VARIABLE"] = "1"
caller_env = [unset, session_state.session_settings()]
print(json.dumps({"imported": [session_state.with_values_at_import(before, imported), imported],
                  "changed": [session_state.with_values_at_import(before, changed), changed],
                  "library_env": library_env, "caller_env": caller_env,
                  "draws": draws, "seeded": seeded, "restored": scipy.special.geterr()["overflow"]}))
"""


@pytest.fixture(scope="module")
def first_import():
    import json

    out = subprocess.run([sys.executable, "-c", FIRST_IMPORT], cwd=ROOT, capture_output=True, text=True, check=True)
    return json.loads(out.stdout.splitlines()[-1])


def test_a_library_a_call_imports_first_keeps_the_contract_and_the_global_generators_as_seeded(first_import):
    assert _judged(tuple(first_import["imported"])) == ""
    assert first_import["draws"] == first_import["seeded"]


def test_a_library_setting_a_call_changes_after_importing_the_library_first_breaks_the_contract(first_import):
    assert "a library's settings (scipy.special.geterr())" in _judged(tuple(first_import["changed"]))


def test_a_variable_a_librarys_own_code_sets_on_its_first_import_is_the_librarys(first_import):
    assert _judged(tuple(first_import["library_env"])) == ""


def test_a_variable_the_caller_sets_beside_a_first_import_is_the_callers(first_import):
    assert "environment variables" in _judged(tuple(first_import["caller_env"]))


def test_a_library_setting_changed_after_a_first_import_is_put_back_as_it_was_at_the_import(first_import):
    assert first_import["restored"] == "ignore"


def test_the_pairs_of_an_answers_arrays_that_share_memory_are_counted_and_views_of_an_argument_are_not():
    from autograder.kernel import agent

    beta, X = np.zeros(3), np.ones((4, 3))
    history = {"beta": [np.zeros(3), beta], "deviance": [1.0]}
    stacked = np.zeros((3, 3))

    def pairs(value, shared=()) -> int:
        return wire.decode(agent.aliases({"aliases": 0}, [value, None], list(shared))["value"])

    assert pairs((beta, history)) == 1
    assert pairs((beta.copy(), history)) == 0
    assert pairs((stacked[2], {"beta": list(stacked)})) == 1        # a row of the history's own matrix
    assert pairs((X[0], {"beta": [X[1]]}), shared=[X]) == 0           # views of the caller's argument
    assert pairs([beta, beta, beta]) == 3


@pytest.mark.parametrize(("value", "single"), [(0.1, np.float32(0.1)), (1e-8, np.float32(1e-8)),
                                               (-2.5, np.float32(-2.5)), (0.0, np.float32(0.0)),
                                               (10.0, np.float32(10.0))])
def test_a_python_float_is_also_sent_as_the_nearest_float32(value, single):
    from autograder.contracts.properties import float32_scalar

    got = float32_scalar(value)
    assert type(got) is np.float32 and got == single


@pytest.mark.parametrize("value", [1e-50, 1e39, float("inf"), float("nan"), 3, True, np.float64(0.5), "0.5"])
def test_no_float32_is_made_of_what_it_cannot_hold_or_of_anything_but_a_python_float(value):
    from autograder.contracts.properties import float32_scalar

    assert float32_scalar(value) is None


def test_an_answer_computed_in_float32_is_the_same_within_float32_rounding_and_a_fallback_is_not():
    exact = np.linspace(0.1, 3.0, 7)
    rounded = (exact.astype(np.float32) ** 2).astype(np.float64) ** 0.5  # a float32 step on the way
    assert not same(rounded, exact, scalars_by_value=True)
    assert same(rounded, exact, scalars_by_value=True, single=True)
    assert same({"beta": [rounded], "n": 3}, {"beta": [exact], "n": 3}, scalars_by_value=True, single=True)
    assert not same(exact * (1 + 1e-3), exact, scalars_by_value=True, single=True)
    assert not same(exact[:6], exact, scalars_by_value=True, single=True)  # one iteration fewer


#: lines at a solution cell's top level that draw from or reseed a global generator, and the generator
CELL_DRAWS = {"np.random.seed(0)": "numpy", "np.random.normal()": "numpy", "import random\nrandom.random()": "random",
              "torch.manual_seed(0)": "torch"}


@pytest.fixture
def generators_kept(session_kept):
    """The session's names, with this process's global generators put back after the test."""
    from autograder.kernel import session_state

    states = session_state._global_rng_states()
    yield session_kept
    for put, state in states:
        put(state)


def _cell_reading(code: str, names: dict) -> tuple[dict, dict]:
    """The settings and global generators as the kernel's agent reads them around a solution cell."""
    from autograder.kernel import agent

    def read() -> dict:
        return dict(agent.session_settings(), **{agent.CELL_GENERATORS: agent.global_rng_readings()})

    before = read()
    exec(code, dict(names))  # noqa: S102 - the test's own lines
    return before, read()


@pytest.mark.parametrize("line", CELL_DRAWS)
def test_a_solution_cell_that_draws_from_or_reseeds_a_global_generator_is_told_which(line, generators_kept):
    from autograder.contracts.properties import cell_leaves_settings
    from autograder.grading.checking import CheckFailed

    pair = _cell_reading(line, generators_kept)
    with pytest.raises(CheckFailed, match=rf"the global random generators \({CELL_DRAWS[line]}\)"):
        cell_leaves_settings("ex", [pair])
    # an exercise whose functions may reseed a generator (the notebook's own training does) is not judged on it
    cell_leaves_settings("ex", [pair], generators=False)


def test_a_solution_cell_that_draws_from_a_generator_of_its_own_leaves_the_global_ones_alone(generators_kept):
    from autograder.contracts.properties import cell_leaves_settings

    cell_leaves_settings("ex", [_cell_reading("rng = np.random.default_rng(0)\nrng.normal(size=3)\n"
                                              "torch.Generator().manual_seed(1)", generators_kept)])
