"""Values computed once per grading process, however many grading threads ask at once.

Hidden checks recompute expected values with ``reference`` for inputs drawn from
the course secret: the same inputs for every student of a run. With
``functools.lru_cache``, the threads that grade the first students at the same
time all miss the cache and each pay for the same computation (a training
run, a 20000-trial simulation); here the first caller computes and the others
wait for its value.

A grading run can also keep the values across processes: :func:`keep_values_in` hands the
module a :class:`autograder.grading.reference_store.ReferenceStore`, which a miss consults before
computing and which records what was computed (functions with plain arguments only).
"""
from __future__ import annotations

import contextlib
import contextvars
import functools
import threading
from collections.abc import Callable, Iterator
from typing import Any, TypeVar

F = TypeVar("F", bound=Callable[..., Any])

#: the process's store of values kept across processes (None: values live as long as the process)
_store = None
#: what a store answers for a value it does not hold
MISSING = object()


def keep_values_in(store) -> None:
    """Consult and fill ``store`` (a :class:`~autograder.grading.reference_store.ReferenceStore`, or None
    for no store) from now on, in every thread of this process."""
    global _store
    _store = store


def computed_once(fn: F | None = None, *, course_wide: bool = False) -> F:
    """Memoise ``fn`` on its (hashable) arguments, computing each value once across threads.

    ``@computed_once(course_wide=True)`` marks a function whose arguments never come from one
    submission's draws (constants of the checks, say): its values are kept in the course's store
    even when computed inside a check that draws for one submission, so that every later run
    reads them instead of computing them (and importing what computing them needs).

    A call that raises caches nothing: the next caller tries again. The cache
    lives as long as the process, like ``lru_cache(maxsize=None)``.
    """
    if fn is None:
        return functools.partial(computed_once, course_wide=course_wide)  # type: ignore[return-value]
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
                values[key] = _kept_or_computed(fn, args, kwargs, course_wide)
            return values[key]

    def cache_clear() -> None:
        with table_lock:
            values.clear()
            key_locks.clear()

    wrapper.cache_clear = cache_clear  # type: ignore[attr-defined]
    return wrapper  # type: ignore[return-value]


#: within a check (:func:`persisting`), a one-element flag, cleared once the check draws inputs for
#: one submission only: values computed from then on are memoised in this process but never
#: written to the course's store, which would otherwise grow with every submission for values no
#: other submission asks for
_persisting: contextvars.ContextVar[list[bool] | None] = contextvars.ContextVar("persisting", default=None)


@contextlib.contextmanager
def persisting() -> Iterator[None]:
    """Within the block (in this thread), keep computed values in the store until
    :func:`stop_persisting` is called in it."""
    token = _persisting.set([True])
    try:
        yield
    finally:
        _persisting.reset(token)


def stop_persisting() -> None:
    """Keep no value computed from now on in the current :func:`persisting` block; outside one, nothing."""
    flag = _persisting.get()
    if flag is not None:
        flag[0] = False


def _kept_or_computed(fn: Callable, args: tuple, kwargs: dict, course_wide: bool = False) -> Any:
    store = _store
    flag = _persisting.get()
    if store is None or (flag is not None and not flag[0] and not course_wide):
        return fn(*args, **kwargs)
    name, key = f"{fn.__module__}.{fn.__qualname__}", plain_key(args, kwargs)
    if key is None:
        return fn(*args, **kwargs)
    value = store.lookup(name, key)
    if value is MISSING:
        value = fn(*args, **kwargs)
        store.record(name, key, value)
    return value


def plain_key(args: tuple, kwargs: dict) -> str | None:
    """A stable text for a call's arguments, or None when one of them is not plain data."""
    def plain(value: Any) -> bool:
        if isinstance(value, tuple):
            return all(plain(v) for v in value)
        return value is None or type(value) in (bool, int, float, str)

    if not (plain(args) and all(plain(v) for v in kwargs.values())):
        return None
    return repr((args, sorted(kwargs.items())))
