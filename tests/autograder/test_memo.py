"""``computed_once``: one computation per argument, however many threads ask at once."""
from __future__ import annotations

import threading
import time
from concurrent.futures import ThreadPoolExecutor

import pytest

from autograder.grading.memo import computed_once


def test_threads_asking_at_once_share_one_computation():
    calls = []

    @computed_once
    def slow(x):
        calls.append(x)
        time.sleep(0.2)
        return [x]  # a fresh object: every caller must get this same one

    with ThreadPoolExecutor(8) as pool:
        got = list(pool.map(slow, [3] * 8))
    assert calls == [3]
    assert all(value is got[0] for value in got)


def test_different_arguments_are_computed_apart_and_in_parallel():
    started = threading.Barrier(2, timeout=5)

    @computed_once
    def waits_for_the_other(x):
        started.wait()  # deadlocks (BrokenBarrierError) if one key's computation blocked another's
        return x * 2

    with ThreadPoolExecutor(2) as pool:
        assert sorted(pool.map(waits_for_the_other, [1, 2])) == [2, 4]


def test_keyword_and_positional_calls_are_cached_on_their_arguments():
    calls = []

    @computed_once
    def f(x, y=1):
        calls.append((x, y))
        return x + y

    assert (f(1), f(1), f(1, y=2), f(1, y=2)) == (2, 2, 3, 3)
    assert calls == [(1, 1), (1, 2)]


def test_a_call_that_raises_caches_nothing():
    calls = []

    @computed_once
    def flaky(x):
        calls.append(x)
        if len(calls) == 1:
            raise RuntimeError("first try fails")
        return x

    with pytest.raises(RuntimeError):
        flaky(5)
    assert flaky(5) == 5 and flaky(5) == 5
    assert calls == [5, 5]
