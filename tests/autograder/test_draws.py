"""The guards of grader-side drawing: bounded rejection loops, warnings silenced thread by thread."""
import threading
import warnings

import pytest

from autograder.contracts.draws import DrawExhausted, attempts, quietly


def test_a_rejection_loop_that_never_accepts_fails_naming_what_it_drew():
    def never():
        for _ in attempts("an impossible problem", limit=7):
            pass

    with pytest.raises(DrawExhausted, match="an impossible problem in 7 attempts"):
        never()


def test_a_rejection_loop_returns_its_first_accepted_draw():
    def third():
        for k in attempts("the third draw"):
            if k == 2:
                return k

    assert third() == 2


def test_warnings_are_silenced_in_every_thread_and_the_filters_left_as_they_were():
    shown = []

    def warns(k):
        warnings.warn(f"reference warning {k}", RuntimeWarning, stacklevel=2)
        return k

    def worker(start):
        for k in range(start, start + 300):
            assert quietly(warns, k) == k

    before = list(warnings.filters)
    with warnings.catch_warnings():
        warnings.simplefilter("always")
        old, warnings.showwarning = warnings.showwarning, lambda *a, **k: shown.append(a[0])
        try:
            threads = [threading.Thread(target=worker, args=(1000 * t,)) for t in range(4)]
            for thread in threads:
                thread.start()
            for thread in threads:
                thread.join()
            inside = list(warnings.filters)
        finally:
            warnings.showwarning = old
    assert shown == []
    assert inside[0][0] == "always" and len(inside) == len(before) + 1
    assert list(warnings.filters) == before
