"""Values computed once per grading process, however many grading threads ask at once.

Hidden checks recompute expected values with ``reference`` for inputs drawn from
the course secret: the same inputs for every student of a run. With
``functools.lru_cache``, the threads that grade the first students at the same
time all miss the cache and each pay for the same computation (a training
run, a 20000-trial simulation); here the first caller computes and the others
wait for its value.
"""
from __future__ import annotations

import functools
import threading
from collections.abc import Callable
from typing import Any, TypeVar

F = TypeVar("F", bound=Callable[..., Any])


def computed_once(fn: F) -> F:
    """Memoise ``fn`` on its (hashable) arguments, computing each value once across threads.

    A call that raises caches nothing: the next caller tries again. The cache
    lives as long as the process, like ``lru_cache(maxsize=None)``.
    """
    values: dict[Any, Any] = {}
    key_locks: dict[Any, threading.Lock] = {}
    table_lock = threading.Lock()

    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        key = functools._make_key(args, kwargs, typed=False)
        try:
            return values[key]
        except KeyError:
            pass
        with table_lock:
            lock = key_locks.setdefault(key, threading.Lock())
        with lock:
            if key not in values:
                values[key] = fn(*args, **kwargs)
            return values[key]

    def cache_clear() -> None:
        with table_lock:
            values.clear()
            key_locks.clear()

    wrapper.cache_clear = cache_clear  # type: ignore[attr-defined]
    return wrapper  # type: ignore[return-value]
