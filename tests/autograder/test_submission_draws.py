"""Feedback earns nothing: a submission's inputs are keyed on the student and their code.

A student can learn every input of one graded run (an exception message quoting its arguments,
say) and hard-code answers for them. Here the strongest such student is built white-box: every
input the hidden checks of an exercise met in one submission's run, answered exactly with the
instructor's solution, in a lookup table. With those same inputs the table passes every check (the
control: the attack works when inputs stay put); as the resubmission it is (other code, so other
inputs) it earns nothing. The checks run in this process against a stand-in for the kernel that
answers with plain Python; everything else is the real check code.
"""
from __future__ import annotations

import copy
import pickle
from types import SimpleNamespace

import pytest

from autograder.grading import memo
from autograder.audit.inprocess import InProcessKernel, namespace_of
from genomics import instructor_solution
from autograder.grading.checking import (PER_COURSE, PER_SUBMISSION, Student, draw_declarations, draws, draws_of,
                                         run_checks)
from genomics import load_checks
from autograder.common.config import GradingConfig
from autograder.grading.submission import submission_key
from autograder.course.secret import CourseSecret

SECRET = CourseSecret(b"submission draws test secret 32b")


def call_digest(func, args, kwargs) -> bytes:
    return pickle.dumps((func, args, sorted(kwargs.items())))


def checks_of(exercise: str):
    return [c for c in load_checks() if c.exercise == exercise and c.name != "contract"]


def instructor_namespace(exercise: str) -> dict:
    return namespace_of(instructor_solution(exercise))


def answer_table(exercise: str, key: str) -> dict:
    """Every input the checks met under submission ``key``, answered by the instructor's solution."""
    kernel = InProcessKernel(instructor_namespace(exercise))
    results = run_checks(checks_of(exercise), kernel, GradingConfig(), SECRET, submission=key)
    assert all(r.passed for r in results), [(r.name, r.message) for r in results if not r.passed]
    reference = instructor_namespace(exercise)
    return {call_digest(f, a, k): reference[f](*copy.deepcopy(a), **copy.deepcopy(k)) for f, a, k in kernel.met}


def hard_coded(table: dict, functions: list[str]) -> dict:
    """A 'solution' that answers from the table and knows nothing else."""
    def make(name):
        def answer(*args, **kwargs):
            found = table.get(call_digest(name, args, kwargs))
            if found is None:
                raise ValueError("not in my table")
            return copy.deepcopy(found)
        return answer
    return {name: make(name) for name in functions}


FUNCTIONS = {"ex2_condition": ["design_with_condition", "coefficient_rmse"]}


def code(text: str) -> SimpleNamespace:
    return SimpleNamespace(solutions={"ex": text}, added={})


@pytest.mark.parametrize("exercise", sorted(FUNCTIONS))
def test_answers_hard_coded_for_the_inputs_of_one_run_earn_nothing_in_a_resubmission(exercise):
    first = submission_key("alice", code("the code of the first run"))
    table = answer_table(exercise, first)
    resubmission = submission_key("alice", code("the code of the first run + a table of answers"))
    checks = checks_of(exercise)
    with_same_inputs = run_checks(checks, InProcessKernel(hard_coded(table, FUNCTIONS[exercise])),
                                  GradingConfig(), SECRET, submission=first)
    assert all(r.passed for r in with_same_inputs), [(r.name, r.message) for r in with_same_inputs if not r.passed]
    resubmitted = run_checks(checks, InProcessKernel(hard_coded(table, FUNCTIONS[exercise])),
                             GradingConfig(), SECRET, submission=resubmission)
    assert [r.name for r in resubmitted if r.passed] == []


def test_a_classmate_given_the_table_earns_nothing_either():
    table = answer_table("ex2_condition", submission_key("alice", code("x")))
    results = run_checks(checks_of("ex2_condition"), InProcessKernel(hard_coded(table, FUNCTIONS["ex2_condition"])),
                         GradingConfig(), SECRET, submission=submission_key("bob", code("x")))
    assert not any(r.passed for r in results)


def test_the_key_is_the_student_and_their_code_and_nothing_else():
    base = submission_key("alice", SimpleNamespace(solutions={"a": "x = 1"}, added={}))
    assert base == submission_key("alice", SimpleNamespace(solutions={"a": "x = 1"}, added={}))
    assert base != submission_key("bob", SimpleNamespace(solutions={"a": "x = 1"}, added={}))
    assert base != submission_key("alice", SimpleNamespace(solutions={"a": "x = 2"}, added={}))
    assert base != submission_key("alice", SimpleNamespace(solutions={"a": "x = 1"}, added={3: "TABLE = {}"}))


def student(key: str = "") -> Student:
    return Student(None, GradingConfig(), SECRET, key)


def test_submission_draws_follow_the_key_and_course_draws_do_not():
    load_checks()
    a, b = student("a"), student("b")
    assert a.seed("ex2_condition", "rmse", 0) == student("a").seed("ex2_condition", "rmse", 0)
    assert a.seed("ex2_condition", "rmse", 0) != b.seed("ex2_condition", "rmse", 0)
    assert draws_of("ex1_irls_logistic").scope == PER_SUBMISSION
    # ex3's training inputs are the course's: the same for every submission, and without a key
    assert a.seed("ex3_seed_study", "data", 0) == b.seed("ex3_seed_study", "data", 0) \
        == student().seed("ex3_seed_study", "data", 0)
    assert a.seed("ex3_seed_study", "plot first") != b.seed("ex3_seed_study", "plot first")
    assert draws_of("ex3_seed_study", "data").scope == PER_COURSE
    assert draws_of("ex3_seed_study", "plot first").scope == PER_SUBMISSION


def test_without_a_key_every_draw_is_the_course_secrets():
    assert student().seed("ex1_irls_logistic", "tol") == SECRET.seed("ex1_irls_logistic", "tol") % 2**32


def test_a_draw_scope_must_be_known_and_give_a_reason():
    with pytest.raises(ValueError, match="neither"):
        draws("exZ", "class", "because")
    with pytest.raises(ValueError, match="say why"):
        draws("exZ", PER_COURSE, "  ")
    assert draw_declarations("exZ")[0].scope == PER_SUBMISSION  # nothing declared: per submission


class RecordingStore:
    def __init__(self) -> None:
        self.recorded: list[str] = []

    def lookup(self, name, key):
        return memo.MISSING

    def record(self, name, key, value):
        self.recorded.append(key)


def test_values_drawn_for_one_submission_are_not_kept_in_the_course_store():
    calls = []

    @memo.computed_once
    def expensive(seed: int) -> int:
        calls.append(seed)
        return seed * 2

    store = RecordingStore()
    memo.keep_values_in(store)
    try:
        with memo.persisting():
            expensive(1)  # a course draw: kept
            memo.stop_persisting()
            expensive(2)  # after a draw of the submission's own: computed, not kept
        expensive(3)
    finally:
        memo.keep_values_in(None)
    assert calls == [1, 2, 3] and store.recorded == [repr(((1,), [])), repr(((3,), []))]


def test_a_course_wide_value_computed_after_a_submissions_draw_is_still_kept():
    calls = []

    @memo.computed_once(course_wide=True)
    def of_a_constant(seed: int) -> int:
        calls.append(seed)
        return seed + 1

    store = RecordingStore()
    memo.keep_values_in(store)
    try:
        with memo.persisting():
            memo.stop_persisting()
            assert of_a_constant(7) == 8 and of_a_constant(7) == 8
    finally:
        memo.keep_values_in(None)
    assert calls == [7] and store.recorded == [repr(((7,), []))]


def test_the_contracts_expected_global_draws_are_kept_with_the_course():
    """Every grading process would import torch for them otherwise (2 s and 200 MiB)."""
    from autograder.contracts.properties import GLOBAL_SEEDS, expected_draws

    store = RecordingStore()
    memo.keep_values_in(store)
    expected_draws.cache_clear()
    try:
        with memo.persisting():
            memo.stop_persisting()
            for seed in GLOBAL_SEEDS:
                expected_draws(seed)
    finally:
        memo.keep_values_in(None)
        expected_draws.cache_clear()
    assert store.recorded == [repr(((seed,), [])) for seed in GLOBAL_SEEDS]
