"""Two guards for the grader-side code that draws hidden inputs and computes reference answers.

Checks of different notebooks run in threads of one grading process, and a domain's kinds are
rejection samplers (draw, test a condition, draw again). Two things can go wrong there that no
single check shows:

- ``warnings.catch_warnings`` swaps the process-wide filter list on entry and puts back what it
  saved on exit; two threads inside it at once can leave either one's filters in force while the
  other runs. :func:`quietly` silences warnings under one lock, so a reference that warns on
  purpose (a small ``max_iter``, say) is always silenced, never turned into an exception or a
  printed line by another thread's filters.
- A rejection loop whose condition a changed reference, library or machine never meets would hang
  calibration and every grading run. :func:`attempts` bounds it and names what could not be drawn.
"""
from __future__ import annotations

import threading
import warnings
from typing import Any, Callable, Iterator

#: one lock for every grader-side warnings filter change (reentrant: a reference call may nest one)
_FILTERS = threading.RLock()


class DrawExhausted(RuntimeError):
    """A rejection sampler found no acceptable draw within its attempts (a grader problem)."""


def quietly(func: Callable[..., Any], *args: Any, **kwargs: Any) -> Any:
    """``func(*args, **kwargs)`` with every warning it raises ignored, whatever other threads do."""
    with _FILTERS, warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return func(*args, **kwargs)


def attempts(what: str, limit: int = 500) -> Iterator[int]:
    """The loop of a rejection sampler: ``for _ in attempts("a steep problem"): ... return draw``.

    Yields ``0 .. limit - 1``; a loop that has not returned by then raises :class:`DrawExhausted`
    naming ``what``, so that a condition nothing meets fails calibration at once instead of hanging.
    """
    yield from range(limit)
    raise DrawExhausted(f"no acceptable draw of {what} in {limit} attempts")
