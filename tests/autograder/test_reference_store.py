"""Reference values kept with the course: reused by the next process, ignored when they cannot be trusted."""
from __future__ import annotations

import os
import pickle

import numpy as np
import pandas as pd
import pytest
from hypothesis import given
from hypothesis import strategies as st

from autograder.grading import memo
from autograder.grading.memo import computed_once, plain_key
from autograder.grading.reference_store import STORE_FILE, ReferenceStore, reference_values_kept, store_key
from autograder.course.secret import CourseSecret

SECRET = CourseSecret(b"reference store test secret, 32b")
OTHER = CourseSecret(b"another course's secret, 32 byte")


def make_values():
    """Stands for a check's reference: counts its computations, returns values of every kind a check keeps."""
    calls = []

    @computed_once
    def reference_value(seed: int, shape: tuple, kind: str = "a"):
        calls.append((seed, shape, kind))
        frame = pd.DataFrame({"group": pd.Categorical(["g2", "g10"], categories=["g2", "g10", "g0"]),
                              "depth": np.array([3, 4], dtype=np.int64)}, index=[7, 3])
        return (np.arange(np.prod(shape), dtype=np.float32).reshape(shape) / 3, frame, 0.1 + seed, [-0.0, np.nan])

    return reference_value, calls


def graded_with_store(state_dir, secret, seeds=(1, 2)):
    """One 'process': a fresh in-memory memo, the store consulted and written at the end."""
    fn, calls = make_values()
    with reference_values_kept(state_dir, secret, log=lambda *a: None) as store:
        values = [fn(seed, (2, 3), kind="b") for seed in seeds]
    return values, calls, store


def identical(a, b) -> bool:
    if type(a) is not type(b):
        return False
    if isinstance(a, np.ndarray):
        return a.dtype == b.dtype and a.shape == b.shape and a.tobytes() == b.tobytes()
    if isinstance(a, pd.DataFrame):
        return a.dtypes.equals(b.dtypes) and a.index.equals(b.index) and a.equals(b)
    if isinstance(a, (tuple, list)):
        return len(a) == len(b) and all(identical(x, y) for x, y in zip(a, b, strict=True))
    if isinstance(a, float):
        return np.float64(a).tobytes() == np.float64(b).tobytes()
    return a == b


def test_a_second_process_reuses_every_value_bit_for_bit_and_computes_none(tmp_path):
    first, calls, store = graded_with_store(tmp_path, SECRET)
    assert len(calls) == 2 and store.computed == 2 and (tmp_path / STORE_FILE).is_file()
    again, calls, store = graded_with_store(tmp_path, SECRET)
    assert calls == [] and store.reused == 2 and store.computed == 0
    assert all(identical(a, b) for a, b in zip(first, again, strict=True))


def test_the_store_is_readable_by_the_graders_user_alone(tmp_path):
    graded_with_store(tmp_path, SECRET)
    assert (tmp_path / STORE_FILE).stat().st_mode & 0o077 == 0


def test_a_store_signed_with_another_courses_secret_is_ignored_and_replaced(tmp_path):
    graded_with_store(tmp_path, OTHER)
    _, calls, store = graded_with_store(tmp_path, SECRET)
    assert len(calls) == 2 and "not made with this course's secret" in store.summary()
    _, calls, _ = graded_with_store(tmp_path, SECRET)
    assert calls == []


@pytest.mark.parametrize("damage", ["truncated", "flipped byte", "empty", "unsigned pickle"])
def test_a_damaged_or_forged_store_is_never_read(tmp_path, damage):
    graded_with_store(tmp_path, SECRET)
    path = tmp_path / STORE_FILE
    data = path.read_bytes()
    forged = {"truncated": data[: len(data) // 2], "flipped byte": data[:40] + bytes([data[40] ^ 1]) + data[41:],
              "empty": b"", "unsigned pickle": pickle.dumps({"format": 1})}[damage]
    path.write_bytes(forged)
    _, calls, store = graded_with_store(tmp_path, SECRET)
    assert len(calls) == 2 and store.reused == 0


def test_a_store_made_by_another_grader_or_machine_is_ignored(tmp_path, monkeypatch):
    graded_with_store(tmp_path, SECRET)
    monkeypatch.setattr("autograder.grading.reference_store.store_key",
                        lambda secret, scope=(): dict(store_key(secret, scope), grader="another version"))
    _, calls, store = graded_with_store(tmp_path, SECRET)
    assert len(calls) == 2 and "another grader or on another machine" in store.summary()


def test_nothing_is_written_when_nothing_was_computed(tmp_path):
    graded_with_store(tmp_path, SECRET)
    before = os.stat(tmp_path / STORE_FILE).st_mtime_ns
    graded_with_store(tmp_path, SECRET)
    assert os.stat(tmp_path / STORE_FILE).st_mtime_ns == before


def test_values_of_calls_with_other_than_plain_arguments_are_computed_in_each_process(tmp_path):
    calls = []

    @computed_once
    def of_bytes(data):
        calls.append(1)
        return len(data)

    for _ in range(2):
        of_bytes.cache_clear()
        with reference_values_kept(tmp_path, SECRET, log=lambda *a: None):
            of_bytes(b"not plain data")
    assert len(calls) == 2 and not (tmp_path / STORE_FILE).exists()


def test_without_a_store_values_live_as_long_as_the_process():
    fn, calls = make_values()
    assert memo._store is None
    fn(1, (1, 1)), fn(1, (1, 1))
    assert len(calls) == 1


def test_the_per_user_cache_keeps_the_store_of_a_course_that_is_thrown_away(tmp_path, monkeypatch):
    monkeypatch.setenv("AUTOGRADER_CACHE_DIR", str(tmp_path))
    store = ReferenceStore.for_course(None, SECRET)
    assert store.path.parent == tmp_path / "references"


PLAIN = st.recursive(st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=5),
                     lambda inner: st.tuples(inner, inner), max_leaves=6)


@given(st.tuples(PLAIN, PLAIN), st.tuples(PLAIN, PLAIN))
def test_plain_keys_tell_different_arguments_apart_and_equal_ones_alike(a, b):
    assert plain_key(a, {}) == plain_key(tuple(a), {})
    if plain_key(a, {}) == plain_key(b, {}):
        assert repr(a) == repr(b)


def test_a_store_is_keyed_on_its_own_assignments_code_only(tmp_path):
    """Editing one assignment (a new blind file, another assignment's checks) keeps every other
    assignment's stored values; its own checks changing does not."""
    from autograder.common.provenance import grader_digest

    one, other = tmp_path / "one", tmp_path / "other"
    for folder in (one, other):
        (folder / "checks").mkdir(parents=True)
        (folder / "assignment.toml").write_text('name = "x"\n')
        (folder / "checks" / "a.py").write_text("X = 1\n")
    before = grader_digest((str(one),))
    (other / "checks" / "a.py").write_text("X = 2\n")
    (one / "solutions" / "blind").mkdir(parents=True)
    (one / "solutions" / "blind" / "wrong.py").write_text("y = 3\n")
    grader_digest.cache_clear()
    assert grader_digest((str(one),)) == before
    (one / "checks" / "a.py").write_text("X = 3\n")
    grader_digest.cache_clear()
    assert grader_digest((str(one),)) != before
