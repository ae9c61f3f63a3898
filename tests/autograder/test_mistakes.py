"""The mistake operators: each writes the mistake it names, and version 1 stays frozen.

The audit grades these mutants (``tests/test_audit.py``); here, without a sandbox, each operator is
shown to make code that behaves as the student habit it models, and the set it makes of the
instructor's solutions is the recorded one (a changed operator would move the gauge).
"""
from __future__ import annotations

import inspect

import numpy as np
import pandas as pd
import pytest

from genomics import EXERCISES, instructor_solution
from autograder.audit import mistakes
from genomics import MISTAKES_RECORD
from autograder.audit.mistakes import OPERATORS, load_record, mistakes_of
from autograder.audit.mutants import strip_markers


def cell(body: str, signature: str = "def f(X, y, max_iter=5, tol=1e-8):") -> str:
    lines = "\n".join("    " + line for line in body.strip().splitlines())
    return f"{signature}\n    ### BEGIN SOLUTION\n{lines}\n    ### END SOLUTION\n"


def by_operator(source: str, operator: str) -> list[str]:
    return [m.source for m in mistakes_of(source, "ex") if m.operator == operator]


def run(source: str, name: str = "f", **extra):
    namespace = {"np": np, "pd": pd, **extra}
    exec(compile(strip_markers(source), "<mutant>", "exec"), namespace)  # noqa: S102 - our own mutant
    return namespace[name]


def test_the_operators_make_exactly_the_recorded_set_of_mutants():
    record = load_record(MISTAKES_RECORD)
    made = {m.id: (m.exercise, m.operator) for ex in EXERCISES for m in mistakes_of(instructor_solution(ex), ex)}
    assert made == {i: (e["exercise"], e["operator"]) for i, e in record.items()}


def test_every_operator_says_which_mistake_it_models_and_fires_on_some_solution():
    fired = {m.operator for ex in EXERCISES for m in mistakes_of(instructor_solution(ex), ex)}
    for name, operator in OPERATORS:
        assert len(inspect.getdoc(operator) or "") > 20, name
        assert name in fired, f"{name} makes no mutant of any instructor solution"


def test_every_mutant_is_labelled_with_its_versioned_family():
    mutants = [m for ex in EXERCISES for m in mistakes_of(instructor_solution(ex), ex)]
    assert {m.family for m in mutants} == {f"mistakes-v{mistakes.VERSION}"}
    assert len({m.id for m in mutants}) == len(mutants)


def test_loop_bound_runs_one_step_fewer_one_more_or_from_one():
    source = cell("steps = []\nfor k in range(max_iter):\n    steps.append(k)\nreturn steps")
    results = sorted(len(run(code)(None, None, max_iter=5)) for code in by_operator(source, "loop_bound"))
    assert results == [4, 4, 6]


def test_no_stop_on_first_iteration_takes_a_second_step_where_the_first_converged():
    source = cell("n = 0\nfor _ in range(max_iter):\n    n += 1\n    if n >= 1:\n        break\nreturn n")
    [code] = by_operator(source, "no_stop_on_first_iteration")
    assert run(source)(None, None) == 1 and run(code)(None, None) == 2


def test_stop_before_update_returns_the_previous_iterate():
    source = cell("x = 0.0\nfor _ in range(max_iter):\n    new = x + 1.0\n    change = abs(new - x)\n"
                  "    x = new\n    if change < 2:\n        break\nreturn x")
    [code] = by_operator(source, "stop_before_update")
    assert run(source)(None, None) == 1.0 and run(code)(None, None) == 0.0


def test_memoised_on_part_repeats_an_answer_when_only_the_left_out_argument_changes():
    source = cell("return np.random.default_rng(tol).normal()", "def f(X, tol=0):")
    variants = by_operator(source, "memoised_on_part")
    assert len(variants) == 2  # one per parameter
    ignores_tol = run(variants[1])
    assert ignores_tol(1, tol=1) == ignores_tol(1, tol=2)
    assert run(source)(1, tol=1) != run(source)(1, tol=2)


def test_reordered_parameters_swap_only_neighbours_of_the_same_kind():
    source = cell("return (X, y, max_iter, tol)")
    got = sorted(run(code)(1, 2, 3, 4) for code in by_operator(source, "reordered_parameters"))
    assert got == [(1, 2, 4, 3), (2, 1, 3, 4)]


def test_global_random_state_draws_from_and_moves_numpys_global_generator():
    source = cell("rng = np.random.default_rng(seed)\nreturn rng.standard_normal(3)", "def f(seed=0):")
    [code] = by_operator(source, "global_random_state")
    np.random.seed(123)
    before = np.random.get_state()[1].copy()
    run(code)(seed=5)
    assert not np.array_equal(before, np.random.get_state()[1])


def test_seed_as_truth_value_makes_seed_zero_unseeded():
    source = cell("return np.random.default_rng(seed).standard_normal()", "def f(seed=0):")
    [code] = by_operator(source, "seed_as_truth_value")
    assert run(code)(seed=0) != run(code)(seed=0)
    assert run(code)(seed=3) == run(source)(seed=3)


def test_in_place_update_writes_into_the_callers_column():
    source = cell("col = obs[c]\nx = col.astype(float)\nx = (x - x.mean()) / x.std(ddof=0)\nreturn x",
                  "def f(obs, c):")
    [code] = by_operator(source, "in_place_update")
    obs = pd.DataFrame({"a": [1.0, 2.0, 4.0]})
    run(code)(obs, "a")
    assert obs["a"].tolist() != [1.0, 2.0, 4.0]


def test_written_into_input_changes_the_callers_frame():
    source = cell("col = obs[c]\nx = col.astype(float)\nx = (x - x.mean()) / x.std(ddof=0)\nreturn x",
                  "def f(obs, c):")
    [code] = by_operator(source, "written_into_input")
    obs = pd.DataFrame({"a": [1, 2, 4]})
    run(code)(obs, "a")
    assert obs["a"].dtype == float


def test_label_indexing_misaligns_rows_whose_index_is_not_0_to_n_minus_1():
    source = cell("cols = {'one': pd.Series(1.0, index=obs.index), c: obs[c]}\n"
                  "return pd.DataFrame(cols).to_numpy()", "def f(obs, c):")
    obs = pd.DataFrame({"a": [1.0, 2.0]}, index=[10, 20])
    outputs = [run(code)(obs, "a") for code in by_operator(source, "label_indexing")]
    assert len(outputs) == 2 and all(np.isnan(out).any() for out in outputs)


def test_figure_by_name_draws_every_call_on_the_same_axes():
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    source = cell("fig, ax = plt.subplots()\nax.plot(v)\nreturn ax", "def f(v):")
    [code] = by_operator(source, "figure_by_name")
    f = run(code, plt=plt)
    first, second = f([1, 2]), f([3, 4])
    assert first is second and len(second.lines) == 2
    plt.close("all")


def test_safeguards_change_results_only_at_extreme_inputs():
    source = cell("p = np.exp(-np.logaddexp(0.0, -X))\nreturn np.linalg.solve(np.diag(p), y)")
    variants = by_operator(source, "safeguard_clip") + by_operator(source, "safeguard_ridge")
    assert len(variants) == 3
    moderate, extreme = np.array([0.5, -1.0]), np.array([40.0, -40.0])
    for code in variants:
        f = run(code)
        assert np.allclose(f(moderate, np.ones(2)), run(source)(moderate, np.ones(2)), rtol=1e-6)
        assert not np.allclose(f(extreme, np.ones(2)), run(source)(extreme, np.ones(2)), rtol=1e-6)


@pytest.mark.parametrize("operator", ["narrowed_dtype", "sample_statistic", "criterion_norm",
                                      "history_off_by_one", "safeguard_truncation"])
def test_operators_of_small_changes_change_a_value(operator):
    source = cell("X = np.asarray(X, dtype=float)\nhistory = [X.std(ddof=0)]\nfor _ in range(max_iter):\n"
                  "    d = np.max(np.abs(X - 1 / 3))\n    X = X / 3\n    history.append(d + X.sum())\n"
                  "b = np.linalg.lstsq(np.diag([1.0, 1e-12, 1.0]), X[:3], rcond=None)[0]\nreturn history, b")
    X = np.array([1.0, 1e-9, 1 / 3, 7.0])
    want = run(source)(X, None)
    changed = 0
    variants = by_operator(source, operator)
    for code in variants:
        try:
            got = run(code)(X, None)
        except Exception:  # noqa: BLE001 - a mutant that raises has changed the outcome too
            changed += 1
            continue
        same = len(got[0]) == len(want[0]) and np.array_equal(got[0], want[0]) and np.array_equal(got[1], want[1])
        changed += not same
    assert variants and changed == len(variants)
